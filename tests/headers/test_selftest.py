"""The header checkers fail on the problems they exist to catch.

Each checker (hygiene.py, linux_names.py, xen_compat.py) is fed small
headers with one known defect, in the style of the v4 PV-IOMMU posting the
ABI review was about, and must reject them with a message naming the defect;
a clean control header must pass, so a rejection is never the harness's
own fault.  None of this needs the generated files.
"""

import json
import os
import shutil
import tempfile
import unittest

import headers_common as hc
import hygiene
import linux_names
import xen_compat

CLANG = os.environ.get("IOMMU_ABI_CLANG") or shutil.which("clang") or "clang"

BANNER = ("/* SPDX-License-Identifier: MIT */\n"
          "/* Generated from spec/xen-pv-iommu.yaml by gen/iommu-abi-gen: do not edit. */\n")

GOOD_XEN = BANNER + """
#ifndef __XEN_PUBLIC_DEMO_H__
#define __XEN_PUBLIC_DEMO_H__

#include "xen.h"
#include "physdev.h"

#define XEN_DEMO_FLAG_a (1U << 0)

enum xen_demo_cmd {
    XEN_DEMO_noop = 0,
    XEN_DEMO_go   = 1
};

struct xen_demo_go {
    uint16_t             ctx_no;
    physdev_pci_device_t dev;
    uint16_t             pad0;
    uint64_aligned_t     dfn;
};
typedef struct xen_demo_go xen_demo_go_t;
DEFINE_XEN_GUEST_HANDLE(xen_demo_go_t);

#endif /* __XEN_PUBLIC_DEMO_H__ */
"""

DEMO_TABLE = {
    "structs": [
        {"name": "physdev_pci_device",
         "fields": [{"name": "seg"}, {"name": "bus"}, {"name": "devfn"}],
         "abi": {a: {"size": 4, "align": 2, "xen_align": 2,
                     "fields": {"seg": [0, 2], "bus": [2, 1], "devfn": [3, 1]}}
                 for a in ("i386", "x86_64")}},
        {"name": "demo_go",
         "fields": [{"name": "ctx_no"}, {"name": "dev"}, {"name": "pad0"}, {"name": "dfn"}],
         "abi": {a: {"size": 16, "align": al, "xen_align": 8,
                     "fields": {"ctx_no": [0, 2], "dev": [2, 4], "pad0": [6, 2], "dfn": [8, 8]}}
                 for a, al in (("i386", 4), ("x86_64", 8))}},
    ]
}


def v4_style(table, **field_keys):
    """The demo header in the style of the proposal's v4: a 32-bit ctx_no
    right before the 64-bit dfn, the hole left implicit; @table's demo_go
    becomes those two fields (each with @field_keys), at 0 and 8 on both
    ABIs.  Returns the header text."""
    text = GOOD_XEN.replace("uint16_t             pad0;\n", "")
    text = text.replace("uint16_t             ctx_no;\n    physdev_pci_device_t dev;\n",
                        "uint32_t             ctx_no;\n")
    st = table["structs"][1]
    st["fields"] = [dict(name="ctx_no", **field_keys), dict(name="dfn", **field_keys)]
    for a in ("i386", "x86_64"):
        st["abi"][a]["fields"] = {"ctx_no": [0, 4], "dfn": [8, 8]}
    return text


class CompatEmulation(unittest.TestCase):
    def setUp(self):
        self.tmp = tempfile.mkdtemp(prefix="iommu-abi-compat-")
        os.makedirs(os.path.join(self.tmp, "inc", "xen", "public"))
        self.table = os.path.join(self.tmp, "demo.json")
        with open(self.table, "w") as f:
            json.dump(DEMO_TABLE, f)

    def tearDown(self):
        shutil.rmtree(self.tmp)

    def run_compat(self, text, abi="x86_64", table=None):
        with open(os.path.join(self.tmp, "inc", "xen", "public", "demo.h"), "w") as f:
            f.write(text)
        tpath = self.table
        if table is not None:
            tpath = os.path.join(self.tmp, "other.json")
            with open(tpath, "w") as f:
                json.dump(table, f)
        ns = xen_compat.argparse.Namespace(clang=CLANG, include=os.path.join(self.tmp, "inc"),
                                           header="xen/public/demo.h", layout=tpath, abi=abi,
                                           standins=hc.XEN_STANDINS,
                                           work=os.path.join(self.tmp, "work-" + abi))
        problems, _ = xen_compat.run(ns)
        return "\n".join(problems)

    def test_control_header_passes_on_both_abis(self):
        for abi in ("i386", "x86_64"):
            self.assertEqual(self.run_compat(GOOD_XEN, abi), "", abi)

    def test_compat_copy_is_renamed(self):
        self.run_compat(GOOD_XEN)
        with open(os.path.join(self.tmp, "work-x86_64", "compat", "demo.h")) as f:
            compat = f.read()
        for want in ("struct compat_demo_go {", "physdev_pci_device_compat_t dev;",
                     "uint64_aligned_compat_t dfn;", "COMPAT_DEMO_noop = 0",
                     "typedef struct compat_demo_go compat_demo_go_t;",
                     "DEFINE_COMPAT_HANDLE(compat_demo_go_t);", "#define COMPAT_DEMO_FLAG_a (1U << 0)",
                     "#pragma pack(4)"):
            self.assertIn(want, compat)
        self.assertNotIn("xen_", compat.split("\n", 1)[1])  # past the banner

    def test_unprefixed_enumerator_is_declared_twice(self):
        bad = GOOD_XEN.replace("XEN_DEMO_noop = 0", "DEMO_noop = 0")
        out = self.run_compat(bad)
        self.assertIn("enumerator DEMO_noop is declared by the native header and again", out)
        self.assertIn("redefinition of enumerator 'DEMO_noop'", out)  # and the compiler agrees

    def test_struct_tag_member_is_rejected(self):
        bad = GOOD_XEN.replace("physdev_pci_device_t dev;", "struct physdev_pci_device dev;")
        out = self.run_compat(bad)
        self.assertIn("member dev is declared as 'struct physdev_pci_device'", out)

    def test_macro_defined_differently_is_rejected(self):
        bad = GOOD_XEN.replace("#define XEN_DEMO_FLAG_a (1U << 0)",
                               "#define XEN_DEMO_FLAG_a (1U << 0)\n#define DEMO_PAGE_SHIFT XEN_DEMO_FLAG_a")
        out = self.run_compat(bad)
        self.assertIn("macro DEMO_PAGE_SHIFT is defined by the native header as 'XEN_DEMO_FLAG_a' "
                      "and by the compat copy as 'COMPAT_DEMO_FLAG_a'", out)

    def test_layout_that_differs_between_i386_and_x86_64_fails(self):
        # v4 style: a 64-bit field right after 32 bits, hole left implicit.
        table = json.loads(json.dumps(DEMO_TABLE))
        bad = v4_style(table)
        out = self.run_compat(bad, "x86_64", table)
        self.assertIn("iommu_abi_compat_check_demo_go__size", out)
        self.assertIn("iommu_abi_compat_check_demo_go__dfn", out)

    def test_struct_missing_from_header_is_reported(self):
        table = json.loads(json.dumps(DEMO_TABLE))
        table["structs"].append(dict(table["structs"][1], name="demo_gone"))
        out = self.run_compat(GOOD_XEN, "i386", table)
        self.assertIn("struct demo_gone of the layout table is in neither", out)


def demo_table_with_facts(dir_on=True):
    """DEMO_TABLE with the xen flavor's facts and, optionally, demo_go a
    hypercall argument (a field with a direction), as the generator writes it."""
    table = json.loads(json.dumps(DEMO_TABLE))
    table["flavors"] = {"xen": {"structs": {"physdev_pci_device": "physdev_pci_device",
                                            "demo_go": "xen_demo_go"},
                                "externals": {"physdev_pci_device": "physdev_pci_device_t"}}}
    for st in table["structs"]:
        for f in st["fields"]:
            f["dir"] = "in" if dir_on and st["name"] == "demo_go" else None
    table["structs"][1]["fields"][1]["type"] = "struct physdev_pci_device"
    return table


class XlatFragment(unittest.TestCase):
    """xen_compat.py --xlat: the fragment's marks against the layout table,
    and each '?' line's CHECK_ made from the compat copy and compiled."""

    def setUp(self):
        self.tmp = tempfile.mkdtemp(prefix="iommu-abi-xlat-")
        os.makedirs(os.path.join(self.tmp, "inc", "xen", "public"))

    def tearDown(self):
        shutil.rmtree(self.tmp)

    def run_xlat(self, lines, text=GOOD_XEN, table=None, abi="x86_64"):
        with open(os.path.join(self.tmp, "inc", "xen", "public", "demo.h"), "w") as f:
            f.write(text)
        tpath = os.path.join(self.tmp, "xlat-table.json")
        with open(tpath, "w") as f:
            json.dump(table or demo_table_with_facts(), f)
        xpath = os.path.join(self.tmp, "xlat-demo.lst")
        with open(xpath, "w") as f:
            f.write("# a comment, as in Xen's xlat.lst\n\n" + lines)
        ns = xen_compat.argparse.Namespace(clang=CLANG, include=os.path.join(self.tmp, "inc"),
                                           header="xen/public/demo.h", layout=tpath, abi=abi,
                                           standins=hc.XEN_STANDINS, xlat=xpath,
                                           work=os.path.join(self.tmp, "xwork-" + abi))
        problems, _ = xen_compat.run(ns)
        return "\n".join(problems)

    def test_control_fragment_passes(self):
        for abi in ("i386", "x86_64"):
            self.assertEqual(self.run_xlat("?\tdemo_go\t\t\tdemo.h\n", abi=abi), "", abi)
        with open(os.path.join(self.tmp, "xwork-x86_64", "compat-check.c")) as f:
            unit = f.read()
        self.assertIn("#define CHECK_demo_go \\\n    CHECK_SIZE_(struct, demo_go); \\\n"
                      "    CHECK_FIELD_(struct, demo_go, ctx_no); \\\n", unit)
        self.assertIn("CHECK_demo_go;\n", unit)
        with open(os.path.join(self.tmp, "xwork-x86_64", "compat", "demo.h")) as f:
            compat = f.read()
        # the '?' struct's compat typedef is the native struct, as in Xen
        self.assertIn("typedef struct xen_demo_go __attribute__((__aligned__(__alignof__("
                      "struct compat_demo_go)))) compat_demo_go_t;", compat)

    def test_bang_where_the_layouts_agree_is_rejected(self):
        out = self.run_xlat("!\tdemo_go\t\t\tdemo.h\n")
        self.assertIn("demo_go is marked '!' (translate), but the layout table says its i386 "
                      "and x86_64 layouts are the same", out)

    def test_question_where_the_table_says_they_differ_is_rejected(self):
        table = demo_table_with_facts()
        table["structs"][1]["abi"]["i386"]["fields"]["dfn"] = [4, 8]
        out = self.run_xlat("?\tdemo_go\t\t\tdemo.h\n", table=table)
        self.assertIn("demo_go is marked '?' (check), but the layout table says its i386 and "
                      "x86_64 layouts differ (field 'dfn' at 4 on i386, 8 on x86_64)", out)

    def test_question_on_a_header_whose_compat_layout_differs_fails_its_check(self):
        # v4 style: the header's dfn follows a 32-bit field with no pad, so
        # the compat (pack 4) copy puts it at 4 while x86_64 puts it at 8; the
        # table is wrong too (it says 8 everywhere): only the CHECK_ sees it
        table = demo_table_with_facts()
        bad = v4_style(table, dir="in")
        out = self.run_xlat("?\tdemo_go\t\t\tdemo.h\n", text=bad, table=table)
        self.assertIn("CHECK_demo_go", out)
        self.assertIn("CHECK_FIELD_(struct, demo_go, dfn)", out)

    def test_a_hypercall_argument_without_a_line_is_reported(self):
        out = self.run_xlat("")
        self.assertIn("xen_demo_go is a hypercall argument (or part of one) without a line", out)

    def test_wrong_header_and_unknown_struct_are_reported(self):
        out = self.run_xlat("?\tdemo_go\t\t\tother.h\n?\tdemo_gone\t\tdemo.h\n")
        self.assertIn("demo_go names header other.h, not demo.h", out)
        self.assertIn("demo_gone is no struct of the layout table", out)

    def test_malformed_line_is_an_error(self):
        with self.assertRaisesRegex(xen_compat.CompatError, "not an xlat.lst line"):
            self.run_xlat("?demo_go demo.h\n")

    def test_embedded_struct_needs_xens_own_line(self):
        # without physdev_pci_device kept (Xen's xlat.lst has it as '?'), the
        # compat demo_go's dev is another struct type: CHECK_FIELD_ catches it
        table = demo_table_with_facts()
        table["flavors"]["xen"]["externals"] = {}
        out = self.run_xlat("?\tdemo_go\t\t\tdemo.h\n?\tphysdev_pci_device\tdemo.h\n",
                            table=table)
        self.assertIn("comparison of distinct pointer types", out)


GOOD_PORTABLE = """/* SPDX-License-Identifier: MIT */
/* Generated from spec/virtio-iommu.yaml by gen/iommu-abi-gen: do not edit. */
#ifndef DEMO_H
#define DEMO_H
#include <stdint.h>
#define DEMO_F_A (1U << 0)
#define DEMO_T_X 3U
/**
 * struct demo_head - The head of a demo request.
 * @type: DEMO_T_*.
 * @reserved: Reserved.
 */
struct demo_head { uint8_t type; uint8_t reserved[3]; };
/* A request; the device reads the head first. */
struct demo_req { struct demo_head head; uint32_t domain; uint64_t start; };
#endif
"""


def demo_facts(flavor, drop_in=False):
    """The layout table's facts about a flavor of the demo headers above, as
    the generator would write them (tags, externals, which constants are int)."""
    tag = (lambda n: "xen_" + n) if flavor == "xen" else (lambda n: n)
    names = ("demo_head", "demo_req", "demo_go", "demo_other", "demo_empty")
    externals = {"physdev_pci_device": "physdev_pci_device_t"} if flavor == "xen" else {}
    structs = {n: tag(n) for n in names}
    structs.update((n, t[:-2]) for n, t in externals.items())
    return {"header": "linux/virtio_iommu.h" if drop_in else "demo.h", "drop_in": drop_in,
            "structs": structs, "externals": externals, "constants": {}, "int_constants": []}


class Hygiene(unittest.TestCase):
    def errors(self, text, flavor="portable", spec="virtio-iommu", table=None, drop_in=False):
        return "\n".join(m for _, m in hygiene.check_header(text, spec, flavor,
                                                            demo_facts(flavor, drop_in), table))

    def test_control_passes(self):
        self.assertEqual(self.errors(GOOD_PORTABLE, table=["demo_head", "demo_req"]), "")
        self.assertEqual(self.errors(GOOD_XEN, "xen", "xen-pv-iommu",
                                     ["physdev_pci_device", "demo_go"]), "")

    def test_each_defect_is_named(self):
        cases = [
            (("(1U << 0)", "(1 << 0)"), "shift of '1'"),
            (("DEMO_T_X 3U", "DEMO_T_X 3"), "macro DEMO_T_X: integer constant without U suffix"),
            (("uint32_t domain;", "int domain;"), "member domain has type 'int'"),
            (("uint32_t domain;", "unsigned long domain;"), "member domain has type 'unsigned long'"),
            (("uint32_t domain;", "enum demo_t domain;"), "member domain has type 'enum demo_t'"),
            (("uint32_t domain;", "_Bool domain;"), "member domain has type '_Bool'"),
            (("uint32_t domain;", "uint8_t *domain;"), "member domain is a pointer"),
            (("struct demo_req {", "struct demo_empty { };\nstruct demo_req {"), "struct demo_empty is empty"),
            (("#ifndef DEMO_H\n#define DEMO_H\n", ""), "no include guard"),
            (("#define DEMO_F_A", '#ifdef __cplusplus\nextern "C" {\n#endif\n#define DEMO_F_A'),
             'extern "C" block: the header declares nothing with linkage'),
            (("/**\n * struct demo_head", "/*\n * struct demo_head"),
             "reads as kernel-doc (\"struct/enum NAME - ...\") but opens with /*, not /**"),
            ((" * @reserved: Reserved.\n", ""),
             "kernel-doc of struct demo_head describes type; its members are type, reserved"),
            ((" * @type: DEMO_T_*.\n * @reserved: Reserved.\n",
              " * @reserved: Reserved.\n * @type: DEMO_T_*.\n"),
             "describes reserved, type; its members are type, reserved"),
            ((" * struct demo_head - The head", " *\n * struct demo_head - The head"),
             "does not start with 'struct NAME - brief'"),
            (("head of a demo request.\n", "head of a demo request.\n *\n"),
             "a blank line before the member descriptions ends the brief early"),
            (("struct demo_head - The head", "struct demo_req - The head"),
             "kernel-doc comment for struct demo_req does not precede its definition"),
            (("/* A request; the device reads the head first. */",
              "/* A request; the device-\n * readable head comes first. */"),
             "comment line ends inside a hyphenated word"),
            (("do not edit", "edit freely"), "no banner"),
            (("uint32_t domain;", "uint32_t domain; /*%s*/" % ("x" * 80)), "columns wide; the limit is 80"),
            (("spec/virtio-iommu.yaml", "spec/other.yaml"), "no banner"),
            (("#include <stdint.h>", "#include <stdint.h>\n#define uint64_aligned_t uint64_t"),
             "defines uint64_aligned_t itself"),
            (("#include <stdint.h>", "#include <stdint.h>\n#include <stdbool.h>"),
             "portable flavor includes <stdbool.h>; it may include only <stdint.h>"),
        ]
        for (old, new), want in cases:
            self.assertIn(old, GOOD_PORTABLE)
            with self.subTest(defect=new):
                self.assertIn(want, self.errors(GOOD_PORTABLE.replace(old, new)))

    def test_linux_drop_in_keeps_kernel_int_constants(self):
        # The linux flavor of a spec whose header replaces the kernel's
        # (virtio-iommu) has plain int constants like the kernel's, never
        # a U suffix; a signed shift is still rejected; other linux-flavor
        # headers keep the U rule.
        good = (GOOD_PORTABLE.replace("#include <stdint.h>", "#include <linux/types.h>")
                .replace("uint32_t", "__le32").replace("uint8_t", "__u8").replace("uint64_t", "__le64")
                .replace("(1U << 0)", "0x1").replace("DEMO_T_X 3U", "DEMO_T_X 3"))
        self.assertNotIn("U", "".join(l for l in good.splitlines() if l.startswith("#define DEMO")))
        self.assertEqual(self.errors(good, "linux", drop_in=True), "")
        self.assertIn("macro DEMO_T_X: suffix 'U', but a drop-in for /usr/include/linux/virtio_iommu.h",
                      self.errors(good.replace("DEMO_T_X 3", "DEMO_T_X 3U"), "linux", drop_in=True))
        self.assertIn("shift of '1'", self.errors(good.replace("0x1", "(1 << 0)"), "linux", drop_in=True))
        self.assertIn("macro DEMO_T_X: integer constant without U suffix",
                      self.errors(good, "linux", "xen-pv-iommu"))

    def test_guest_handles_only_for_hypercall_arguments(self):
        table = {"structs": [{"name": "physdev_pci_device", "fields": [{"name": "seg"}]},
                             {"name": "demo_go", "fields": [{"name": "ctx_no", "dir": "in"}]}]}
        facts = demo_facts("xen")
        self.assertEqual(hygiene.guest_handle_problems(GOOD_XEN, table, facts), [])
        no_dir = {"structs": [dict(table["structs"][1], fields=[{"name": "ctx_no", "dir": None}])]}
        self.assertIn("struct xen_demo_go never crosses a hypercall",
                      "\n".join(hygiene.guest_handle_problems(GOOD_XEN, no_dir, facts)))
        bare = GOOD_XEN.replace("DEFINE_XEN_GUEST_HANDLE(xen_demo_go_t);\n", "")
        self.assertIn("struct xen_demo_go is a hypercall argument",
                      "\n".join(hygiene.guest_handle_problems(bare, table, facts)))

    def test_table_mismatch(self):
        out = self.errors(GOOD_PORTABLE, table=["demo_head", "demo_other"])
        self.assertIn("struct demo_other of the layout table is not defined", out)
        self.assertIn("struct demo_req is not in the layout table", out)

    def test_xen_flavor_rules(self):
        def xen(old, new):
            self.assertIn(old, GOOD_XEN)
            return self.errors(GOOD_XEN.replace(old, new), "xen", "xen-pv-iommu")
        self.assertIn("by its struct tag", xen("physdev_pci_device_t dev;", "struct physdev_pci_device dev;"))
        self.assertIn("(use uint64_aligned_t)", xen("uint64_aligned_t     dfn;", "uint64_t dfn;"))
        self.assertIn("first line must be", xen("/* SPDX-License-Identifier: MIT */\n", ""))
        self.assertIn("enumerator 'XEN_DEMO_go' has no explicit value", xen("XEN_DEMO_go   = 1", "XEN_DEMO_go"))
        self.assertIn("is not __XEN_PUBLIC_<NAME>_H__", xen("__XEN_PUBLIC_DEMO_H__", "DEMO_H"))


class TableRules(unittest.TestCase):
    def table(self):
        head = {"name": "h", "size": 4, "max_member_size": 1,
                "fields": [{"name": "t", "offset": 0, "size": 1, "type": "u8"},
                           {"name": "r", "offset": 1, "size": 3, "type": "u8"}]}
        req = {"name": "q", "size": 16, "max_member_size": 8,
               "fields": [{"name": "head", "offset": 0, "size": 4, "type": "struct h"},
                          {"name": "d", "offset": 4, "size": 4, "type": "le32"},
                          {"name": "a", "offset": 8, "size": 8, "type": "le64"}]}
        for st in (head, req):
            st["abi"] = {a: {"size": st["size"],
                             "fields": {f["name"]: [f["offset"], f["size"]] for f in st["fields"]}}
                         for a in ("i386", "x86_64")}
        return {"structs": [head, req]}

    def test_control_passes(self):
        self.assertEqual(hygiene.table_problems(self.table()), [])

    def test_misaligned_u64_and_odd_size_and_abi_difference(self):
        t = self.table()
        q = t["structs"][1]
        q["fields"][2]["offset"] = 4
        q["size"] = 12
        q["abi"]["i386"]["size"] = 12
        out = "\n".join(hygiene.table_problems(t))
        self.assertIn("field a at offset 4 is not 8-byte aligned", out)
        self.assertIn("size 12 is not a multiple of its largest member (8)", out)
        self.assertIn("layout on x86_64 differs", out)


@unittest.skipUnless(os.path.exists("/usr/include/linux/virtio_iommu.h"), "no linux-libc-dev")
class LinuxNames(unittest.TestCase):
    def setUp(self):
        with open("/usr/include/linux/virtio_iommu.h") as f:
            self.system = f.read()
        self.inc = ["-I", hc.LINUX_STANDINS]

    def problems(self, ours):
        return "\n".join(linux_names.compare(self.system, ours, CLANG, self.inc, self.inc)[0])

    def test_system_header_matches_itself(self):
        self.assertEqual(self.problems(self.system), "")

    def test_each_difference_is_named(self):
        cases = [
            (("#define VIRTIO_IOMMU_T_PROBE\t\t\t0x05", "#define VIRTIO_IOMMU_T_PROBE 6"),
             "macro VIRTIO_IOMMU_T_PROBE: ours is 6, Linux 5"),
            (("#define VIRTIO_IOMMU_S_NOMEM\t\t\t0x08", ""), "macro VIRTIO_IOMMU_S_NOMEM: not defined by ours"),
            (("__u8\t\t\t\t\treserved2[4];", "__u8 reserved1[4];"), "struct virtio_iommu_fault: fields"),
            (("__le32\t\t\t\t\tprobe_size;", "__u32 probe_size;"),
             "field probe_size has type '__u32', Linux '__le32'"),
            (("__u8\t\t\t\t\treserved[64];", "__u8 reserved[60];"), "field reserved has array length '60'"),
            (("struct virtio_iommu_range_32 {", "struct virtio_iommu_range32 {"),
             "struct virtio_iommu_range_32: missing from ours"),
        ]
        for (old, new), want in cases:
            self.assertIn(old, self.system)
            with self.subTest(change=new):
                self.assertIn(want, self.problems(self.system.replace(old, new, 1)))

    def test_function_like_macros_are_not_constants(self):
        self.assertEqual(linux_names._DEFINE.findall("#define FOO(x) (x)\n#define BAR 1U\n"), ["BAR"])

    def test_macro_values_are_evaluated(self):
        self.assertEqual(linux_names.eval_c_int("((1U << 0) | (1 << 1) | 0x4ul)"), 7)
        self.assertEqual(linux_names.eval_c_int("010"), 8)
        with self.assertRaises(ValueError):
            linux_names.eval_c_int("__import__('os')")


if __name__ == "__main__":
    unittest.main()
