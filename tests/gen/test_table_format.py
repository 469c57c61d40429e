"""The layout table, format iommu-abi-layout-3: every fact other tools read.

The flavor facts (header paths, struct tags, external types, flavored names,
int constants, drop-in) are what abi-check verify and the header tests take
instead of deriving them again; the meaning keys are what the gate compares;
the spec digest ties a table to its spec's bytes; the versions say what each
version of an interface adds and how a struct grew.  Also: one serializer
(abi-check's baselines are the generated tables, byte for byte), the
generator leaves unchanged files alone, and --list-outputs is what CMake reads.
"""

import contextlib
import hashlib
import io
import os
import re
import shutil
import subprocess
import sys
import tempfile
import textwrap
import time
import unittest
from typing import Any, Dict, Tuple

HERE = os.path.dirname(os.path.abspath(__file__))
REPO = os.path.dirname(os.path.dirname(HERE))
sys.path.insert(0, os.path.join(REPO, "gen"))

import iommuabi  # noqa: E402
from iommuabi.cli import main  # noqa: E402
from iommuabi.emit import layout_json  # noqa: E402

VIRTIO = os.path.join(REPO, "spec", "virtio-iommu.yaml")
XEN = os.path.join(REPO, "spec", "xen-pv-iommu.yaml")
ABI_CHECK = os.path.join(REPO, "abi-check", "abi-check")


def _struct(table: Dict[str, Any], name: str) -> Dict[str, Any]:
    return next(s for s in table["structs"] if s["name"] == name)


def _field(struct: Dict[str, Any], name: str) -> Dict[str, Any]:
    return next(f for f in struct["fields"] if f["name"] == name)


def _edited_spec(text: str) -> Tuple[Any, Dict[str, Any]]:
    """The spec and layout table of a Xen spec whose text is @text."""
    with tempfile.TemporaryDirectory() as d:
        p = os.path.join(d, "xen-pv-iommu.yaml")
        with open(p, "w") as f:
            f.write(text)
        return iommuabi.load_spec(p), iommuabi.layout_table(p)


class BothTables(unittest.TestCase):
    """The layout tables of the two committed specs, built once per class."""
    xen: Dict[str, Any]
    virtio: Dict[str, Any]

    @classmethod
    def setUpClass(cls) -> None:
        cls.xen = iommuabi.layout_table(XEN)
        cls.virtio = iommuabi.layout_table(VIRTIO)


class FormatTwo(BothTables):

    def test_format_and_digest(self) -> None:
        self.assertEqual(self.xen["format"], "iommu-abi-layout-3")
        with open(XEN, "rb") as f:
            self.assertEqual(self.xen["spec_digest"], "sha256:" + hashlib.sha256(f.read()).hexdigest())
        self.assertEqual(list(self.xen)[:7],
                         ["format", "spec", "source", "spec_digest", "abis", "versions",
                          "flavors"])

    def test_flavor_facts_of_the_xen_flavor(self) -> None:
        xen = self.xen["flavors"]["xen"]
        self.assertEqual(xen["header"], "xen/public/pv-iommu.h")
        self.assertEqual(xen["assertions"], "layout/xen-pv-iommu.xen-check.c")
        self.assertEqual(xen["guard"], "__XEN_PUBLIC_PV_IOMMU_H__")
        self.assertFalse(xen["drop_in"])
        # physdev_pci_device comes from Xen's physdev.h: embedded, not emitted
        self.assertEqual(xen["externals"], {"physdev_pci_device": "physdev_pci_device_t"})
        self.assertEqual(xen["structs"]["physdev_pci_device"], "physdev_pci_device")
        self.assertEqual(xen["structs"]["pv_iommu_map_pages"], "xen_pv_iommu_map_pages")
        self.assertEqual(xen["constants"]["IOMMU_MAP_readable"], "XEN_IOMMU_MAP_readable")
        self.assertEqual(xen["constants"]["__HYPERVISOR_iommu_op"], "__HYPERVISOR_iommu_op")
        self.assertEqual(xen["int_constants"], ["__HYPERVISOR_iommu_op"])
        self.assertEqual(xen["enums"], {"pv_iommu_cmd": "xen_pv_iommu_cmd"})
        self.assertEqual(xen["enumerators"]["IOMMU_noop"], "XEN_IOMMU_noop")
        self.assertEqual(set(self.xen["flavors"]), {"linux", "portable", "xen"})
        self.assertEqual(self.xen["flavors"]["linux"]["externals"], {})

    def test_flavor_facts_are_what_the_headers_say(self) -> None:
        # every name the facts give is declared by the flavor's header
        for table in (self.xen, self.virtio):
            for flavor, facts in table["flavors"].items():
                with open(os.path.join(REPO, "include", facts["header"])) as f:
                    text = f.read()
                self.assertIn("#ifndef %s\n#define %s\n" % (facts["guard"], facts["guard"]), text)
                for name, tag in facts["structs"].items():
                    emitted = "struct %s {" % tag in text
                    self.assertEqual(emitted, name not in facts["externals"], (flavor, name))
                for macro in facts["constants"].values():
                    self.assertRegex(text, r"#define %s\b" % macro)
                for tag in facts["enums"].values():
                    self.assertIn("enum %s {" % tag, text)
                for name in facts["enumerators"].values():
                    self.assertRegex(text, r"\b%s\s*=" % name)
                self.assertTrue(os.path.isfile(os.path.join(REPO, "include", facts["assertions"])))

    def test_linux_drop_in_constants_are_int(self) -> None:
        linux = self.virtio["flavors"]["linux"]
        self.assertTrue(linux["drop_in"])
        self.assertEqual(linux["header"], "linux/virtio_iommu.h")
        self.assertEqual(linux["int_constants"], list(linux["constants"]))
        self.assertEqual(self.virtio["flavors"]["portable"]["int_constants"], [])

    def test_meaning_keys(self) -> None:
        cmd = _struct(self.xen, "pv_iommu_remote_cmd")
        self.assertEqual(_field(cmd, "domid")["xen_type"], "domid_t")
        self.assertEqual(_field(cmd, "subop")["enum"], "pv_iommu_cmd")
        self.assertEqual(_field(cmd, "arg")["dir"], "inout")
        self.assertIsNone(_field(cmd, "pad0")["dir"])
        m = _struct(self.xen, "pv_iommu_map_pages")
        self.assertEqual(_field(m, "map_flags")["flags"], "map_flags")
        self.assertEqual(_field(m, "mapped")["dir"], "out")
        self.assertEqual(_struct(self.xen, "physdev_pci_device")["xen_external"],
                         "physdev_pci_device_t")
        self.assertIsNone(m["xen_external"])
        self.assertEqual(list(_field(m, "gfn")),
                         ["name", "offset", "size", "type", "count", "reserved", "dir", "flags",
                          "enum", "xen_type", "since"])
        kinds = {g["name"]: g["kind"] for g in self.virtio["groups"]}
        self.assertEqual(kinds["feature_bits"], "bit_number")

    def test_a_meaning_edit_changes_the_table(self) -> None:
        # what the gate compares: an edit of dir/flags/enum/xen_type shows in the table
        with open(XEN) as f:
            text = f.read()
        for old, new, key in (("{name: mapped, type: u32, dir: out,", "{name: mapped, type: u32, dir: in,", "dir"),
                              ("{name: subop, type: u16, dir: in, enum: pv_iommu_cmd}",
                               "{name: subop, type: u16, dir: in}", "enum")):
            self.assertIn(old, text)
            _, t = _edited_spec(text.replace(old, new))
            self.assertNotEqual(t["spec_digest"], self.xen["spec_digest"])
            changed = [(s["name"], f["name"]) for s, s0 in zip(t["structs"], self.xen["structs"])
                       for f, f0 in zip(s["fields"], s0["fields"]) if f[key] != f0[key]]
            self.assertEqual(len(changed), 1, (key, changed))


class FormatThreeVersions(BothTables):
    """What each version adds, and the sizes of a struct that grows (virtio's
    configuration: 36 bytes until VIRTIO_IOMMU_F_BYPASS_CONFIG, 40 since)."""

    def test_virtio_versions_are_feature_bits(self) -> None:
        v = self.virtio["versions"]
        self.assertEqual([x["name"] for x in v], ["base", "bypass_config"])
        self.assertEqual(v[1]["feature"], "VIRTIO_IOMMU_F_BYPASS_CONFIG")
        self.assertIsNone(v[1]["xen_interface"])
        self.assertEqual(v[1]["adds"]["fields"], ["virtio_iommu_config.bypass",
                                                  "virtio_iommu_config.reserved",
                                                  "virtio_iommu_req_attach.flags"])
        self.assertEqual(v[1]["adds"]["constants"], ["VIRTIO_IOMMU_F_BYPASS_CONFIG",
                                                     "VIRTIO_IOMMU_ATTACH_F_BYPASS"])
        self.assertEqual(v[1]["adds"]["structs"], [])
        # the MMIO feature and flag are as old as the chapter
        self.assertIn("VIRTIO_IOMMU_MAP_F_MMIO", v[0]["adds"]["constants"])
        self.assertIn("VIRTIO_IOMMU_F_MMIO", v[0]["adds"]["constants"])
        consts = {c["name"]: c for c in self.virtio["constants"]}
        self.assertEqual(consts["VIRTIO_IOMMU_ATTACH_F_BYPASS"]["since"], "bypass_config")
        self.assertEqual(consts["VIRTIO_IOMMU_F_MMIO"]["since"], "base")

    def test_virtio_config_sizes_by_version(self) -> None:
        cfg = _struct(self.virtio, "virtio_iommu_config")
        self.assertEqual(cfg["size_versions"], [
            {"version": "base", "size": 36, "constant": "VIRTIO_IOMMU_CONFIG_SIZE_VER0"},
            {"version": "bypass_config", "size": 40, "constant": "VIRTIO_IOMMU_CONFIG_SIZE_VER1"}])
        self.assertEqual(_field(cfg, "probe_size")["since"], "base")
        self.assertEqual(_field(cfg, "bypass")["since"], "bypass_config")
        attach = _struct(self.virtio, "virtio_iommu_req_attach")
        self.assertEqual(attach["size_versions"], [])      # flags took reserved bytes
        self.assertEqual([s["name"] for s in self.virtio["structs"] if s["size_versions"]],
                         ["virtio_iommu_config"])

    def test_size_constants_per_flavor(self) -> None:
        fl = self.virtio["flavors"]
        self.assertEqual(fl["xen"]["size_constants"],
                         {"VIRTIO_IOMMU_CONFIG_SIZE_VER0": "XEN_VIRTIO_IOMMU_CONFIG_SIZE_VER0",
                          "VIRTIO_IOMMU_CONFIG_SIZE_VER1": "XEN_VIRTIO_IOMMU_CONFIG_SIZE_VER1"})
        self.assertEqual(set(fl["portable"]["size_constants"].values()),
                         {"VIRTIO_IOMMU_CONFIG_SIZE_VER0", "VIRTIO_IOMMU_CONFIG_SIZE_VER1"})
        # the kernel drop-in keeps the kernel header's names, and no more
        self.assertEqual(fl["linux"]["size_constants"], {})
        with open(os.path.join(REPO, "include", fl["linux"]["header"])) as f:
            self.assertNotIn("SIZE_VER", f.read())
        for flavor in ("portable", "xen"):
            with open(os.path.join(REPO, "include", fl[flavor]["header"])) as f:
                text = f.read()
            for macro in fl[flavor]["size_constants"].values():
                self.assertRegex(text, r"#define %s +\d+U\n" % macro)

    def test_xen_interface_version(self) -> None:
        v = self.xen["versions"]
        self.assertEqual([(x["name"], x["xen_interface"]) for x in v], [("xen-4.23", 0x00041700)])
        self.assertEqual(self.xen["flavors"]["xen"]["interface_test"],
                         "__XEN_INTERFACE_VERSION__ >= 0x00041700")
        self.assertIsNone(self.xen["flavors"]["portable"]["interface_test"])
        self.assertIsNone(self.virtio["flavors"]["xen"]["interface_test"])
        self.assertTrue(all(s["since"] == "xen-4.23" for s in self.xen["structs"]))
        with open(os.path.join(REPO, "include", "xen", "public", "pv-iommu.h")) as f:
            text = f.read()
        # everything after the includes sits inside the version test
        start = text.index("#if __XEN_INTERFACE_VERSION__ >= 0x00041700\n")
        self.assertLess(text.index('#include "physdev.h"'), start)
        self.assertLess(start, text.index("#define XEN_IOMMU_DEFAULT_CONTEXT"))
        self.assertLess(text.index("DEFINE_XEN_GUEST_HANDLE(xen_pv_iommu_detach_pasid_t)"),
                        text.index("#endif /* __XEN_INTERFACE_VERSION__ >= 0x00041700 */"))

    def test_a_later_xen_version_is_guarded_in_the_header(self) -> None:
        with open(XEN) as f:
            text = f.read()
        text = text.replace("    doc: The PV-IOMMU interface as reviewed here, for Xen 4.23.\n",
                            "    doc: The PV-IOMMU interface as reviewed here, for Xen 4.23.\n"
                            "  - {name: xen-4.24, xen_interface: 0x00041800}\n")
        old = "      - {name: arena_order, type: u32, dir: in, doc: \"Page-table arena size, log2 of pages.\"}\n"
        self.assertIn(old, text)
        text = text.replace(old, old + "      - {name: init_flags, type: u32, dir: in, since: xen-4.24}\n"
                            "      - {name: pad0, type: u32, reserved: true, since: xen-4.24}\n")
        text, n = re.subn(r"(  - name: pv_iommu_init\n(?:    .*\n|      .*\n)*?    size: )8\n",
                          r"\g<1>16\n", text)
        self.assertEqual(n, 1)
        spec, t = _edited_spec(text)
        header = iommuabi.generate(spec)["xen/public/pv-iommu.h"]
        init = _struct(t, "pv_iommu_init")
        self.assertEqual([(v["version"], v["size"]) for v in init["size_versions"]],
                         [("xen-4.23", 8), ("xen-4.24", 16)])
        self.assertEqual(t["versions"][1]["adds"]["fields"],
                         ["pv_iommu_init.init_flags", "pv_iommu_init.pad0"])
        self.assertIn("    uint32_t arena_order; /* IN */\n"
                      "#if __XEN_INTERFACE_VERSION__ >= 0x00041800\n"
                      "    uint32_t init_flags;  /* IN */\n"
                      "    uint32_t pad0;        /* reserved */\n"
                      "#endif /* __XEN_INTERFACE_VERSION__ >= 0x00041800 */\n};\n", header)
        self.assertIn("#define XEN_PV_IOMMU_INIT_SIZE_VER0 8U\n"
                      "#if __XEN_INTERFACE_VERSION__ >= 0x00041800\n"
                      "#define XEN_PV_IOMMU_INIT_SIZE_VER1 16U\n", header)

    def test_later_items_compile_for_old_and_new_guests(self) -> None:
        """A later enumerator (the last one: C89 allows no trailing comma), a
        later constant and a later tail field, compiled as C89 by a guest
        asking for the older and for the newer interface."""
        clang = os.environ.get("IOMMU_ABI_CLANG") or shutil.which("clang")
        if not clang:
            self.skipTest("no clang")
        with open(XEN) as f:
            text = f.read()
        edits = (
            ("    doc: The PV-IOMMU interface as reviewed here, for Xen 4.23.\n",
             "    doc: The PV-IOMMU interface as reviewed here, for Xen 4.23.\n"
             "  - {name: xen-4.24, xen_interface: 0x00041800}\n"),
            ('(IOMMUCAP_pasid)."}\n\nstructs:\n',
             '(IOMMUCAP_pasid)."}\n      - {name: IOMMU_flush_all, value: 13, since: xen-4.24}\n'
             "\nstructs:\n"),
            ("      - {name: IOMMU_DEFAULT_CONTEXT, value: 0}\n",
             "      - {name: IOMMU_DEFAULT_CONTEXT, value: 0}\n"
             "      - {name: IOMMU_LAST_CONTEXT, value: 99, since: xen-4.24}\n"),
            ('      - {name: arena_order, type: u32, dir: in, doc: "Page-table arena size, log2 of pages."}\n',
             '      - {name: arena_order, type: u32, dir: in, doc: "Page-table arena size, log2 of pages."}\n'
             "      - {name: init_flags, type: u32, dir: in, since: xen-4.24}\n"
             "      - {name: pad0, type: u32, reserved: true, since: xen-4.24}\n"))
        for old, new in edits:
            self.assertIn(old, text)
            text = text.replace(old, new)
        text, n = re.subn(r"(  - name: pv_iommu_init\n(?:    .*\n|      .*\n)*?    size: )8\n",
                          r"\g<1>16\n", text)
        self.assertEqual(n, 1)
        with tempfile.TemporaryDirectory() as d:
            p = os.path.join(d, "xen-pv-iommu.yaml")
            with open(p, "w") as f:
                f.write(text)
            header = iommuabi.generate(iommuabi.load_spec(p))["xen/public/pv-iommu.h"]
            # the last enumerator is guarded: it carries the comma
            self.assertIn("    XEN_IOMMU_detach_pasid       = 12\n"
                          "#if __XEN_INTERFACE_VERSION__ >= 0x00041800\n", header)
            self.assertIn("    ,XEN_IOMMU_flush_all", header)
            standins = os.path.join(d, "standins")
            shutil.copytree(os.path.join(REPO, "tests", "headers", "xen-standins"), standins)
            compat = os.path.join(standins, "xen-compat.h")
            with open(compat) as f:
                c = f.read().replace("__XEN_LATEST_INTERFACE_VERSION__ 0x00041700",
                                     "__XEN_LATEST_INTERFACE_VERSION__ 0x00041800")
            with open(compat, "w") as f:
                f.write(c)
            os.makedirs(os.path.join(d, "xen", "public"))
            with open(os.path.join(d, "xen", "public", "pv-iommu.h"), "w") as f:
                f.write(header)
            use = os.path.join(d, "use.c")
            with open(use, "w") as f:
                f.write("#include <xen/public/pv-iommu.h>\n"
                        "typedef char old_init[sizeof(struct xen_pv_iommu_init) == SIZE ? 1 : -1];\n"
                        "#ifdef NEW\n"
                        "typedef char later[XEN_IOMMU_flush_all == 13 && XEN_IOMMU_LAST_CONTEXT == 99"
                        " && XEN_PV_IOMMU_INIT_SIZE_VER1 == 16 ? 1 : -1];\n"
                        "#endif\n")
            for version, size, later in (("0x00041700", 8, False), ("0x00041800", 16, True)):
                cmd = [clang, "-target", "aarch64-linux-gnu", "-ffreestanding", "-fsyntax-only",
                       "-x", "c", "-ansi", "-pedantic", "-Wall", "-Wextra", "-Werror",
                       "-include", "stdint.h", "-I", standins, "-I", d,
                       "-D__XEN_INTERFACE_VERSION__=" + version, "-DSIZE=%d" % size, use]
                if later:
                    cmd.append("-DNEW")
                r = subprocess.run(cmd, capture_output=True, text=True)
                self.assertEqual(r.returncode, 0, version + ":\n" + r.stderr)
            # and the older guest does not see the later names
            r = subprocess.run(cmd[:-2] + ["-D__XEN_INTERFACE_VERSION__=0x00041700", "-DSIZE=8",
                                           "-DNEW", use], capture_output=True, text=True)
            self.assertNotEqual(r.returncode, 0)
            self.assertIn("XEN_IOMMU_flush_all", r.stderr)


class XlatFragment(unittest.TestCase):
    """include/xen/xlat-<header>.lst: Xen's xlat.lst lines for the xen flavor."""

    def test_pv_iommu_lines(self) -> None:
        lo = iommuabi.lay_out(iommuabi.load_spec(XEN))
        files = iommuabi.generate(lo.spec)
        text = files["xen/xlat-pv-iommu.lst"]
        lines = [ln for ln in text.splitlines() if ln and not ln.startswith("#")]
        # every hypercall argument, '?', by tag without xen_, header below public/
        self.assertEqual(len(lines), 12)
        self.assertIn("?\tpv_iommu_map_pages\t\tpv-iommu.h", lines)
        self.assertIn("?\tpv_iommu_reattach_device\tpv-iommu.h", lines)
        self.assertTrue(all(re.match(r"^\?\t\w+\t+pv-iommu\.h$", ln) for ln in lines), lines)
        self.assertNotIn("physdev_pci_device\t", text)       # Xen's own line
        self.assertIn("#     CHECK_pv_iommu_map_pages;", text)
        self.assertIn("# pv_iommu_map_pages: the same 40 bytes on i386 and x86_64", text)
        t = iommuabi.layout_table(XEN)
        self.assertEqual(t["flavors"]["xen"]["xlat"], "xen/xlat-pv-iommu.lst")
        self.assertNotIn("xlat", t["flavors"]["portable"])

    def test_virtio_has_none(self) -> None:
        # its structures travel in virtqueues, never as hypercall arguments
        files = iommuabi.generate(iommuabi.load_spec(VIRTIO))
        self.assertFalse([n for n in files if "xlat" in n])
        self.assertIsNone(iommuabi.layout_table(VIRTIO)["flavors"]["xen"]["xlat"])

    def test_a_layout_that_differs_is_marked_for_translation(self) -> None:
        from iommuabi.emit import xlat
        lo = iommuabi.lay_out(iommuabi.load_spec(XEN))
        lo.struct("pv_iommu_map_pages").abi["i386"].offsets["dfn"] = 4
        text = xlat.render(lo) or ""
        self.assertIn("# pv_iommu_map_pages: field 'dfn' is at offset 4 on i386 and 8 on x86_64\n"
                      "!\tpv_iommu_map_pages\t\tpv-iommu.h\n", text)
        self.assertNotIn("CHECK_pv_iommu_map_pages", text)
        self.assertIn("?\tpv_iommu_unmap_pages", text)


class OneSerializer(unittest.TestCase):
    def test_baselines_are_the_generated_tables(self) -> None:
        for spec in ("virtio-iommu", "xen-pv-iommu"):
            with open(os.path.join(REPO, "abi-check", "baseline", spec + ".json"), "rb") as f:
                baseline = f.read()
            with open(os.path.join(REPO, "include", "layout", spec + ".json"), "rb") as f:
                self.assertEqual(baseline, f.read(), spec)

    def test_abi_check_dump_writes_the_generated_bytes(self) -> None:
        r = subprocess.run([sys.executable, ABI_CHECK, "dump", XEN], capture_output=True, text=True)
        self.assertEqual(r.returncode, 0, r.stderr)
        self.assertEqual(r.stdout, layout_json.dumps(iommuabi.layout_table(XEN)))
        sys.path.insert(0, os.path.join(REPO, "abi-check"))
        from iommu_abi_check import baseline
        self.assertIs(baseline.dumps, layout_json.dumps)

    def test_pairs_on_one_line(self) -> None:
        text = layout_json.dumps({"fields": {"a": [0, 4], "b": [-1, 2]}})
        self.assertIn('"a": [0, 4]', text)
        self.assertIn('"b": [-1, 2]', text)
        self.assertTrue(text.endswith("}\n"))


class DiffReadsEveryFormat(unittest.TestCase):
    def _v1(self, table: Dict[str, Any]) -> Dict[str, Any]:
        """The same table as format 1 wrote it."""
        old = {k: v for k, v in table.items() if k not in ("spec_digest", "flavors", "groups")}
        old["format"] = "iommu-abi-layout-1"
        old["structs"] = [dict({k: v for k, v in s.items() if k != "xen_external"},
                               fields=[{k: v for k, v in f.items()
                                        if k not in ("dir", "flags", "enum", "xen_type")}
                                       for f in s["fields"]])
                          for s in table["structs"]]
        return old

    def test_format_2_baseline_against_the_spec_is_no_change(self) -> None:
        # what format 2 wrote: no versions, no 'since', no size versions
        for spec in (XEN, VIRTIO):
            t = iommuabi.layout_table(spec)
            old = {k: v for k, v in t.items() if k != "versions"}
            old["format"] = "iommu-abi-layout-2"
            old["constants"] = [{k: v for k, v in c.items() if k != "since"}
                                for c in t["constants"]]
            old["structs"] = [dict({k: v for k, v in s.items()
                                    if k not in ("since", "size_versions")},
                                   fields=[{k: v for k, v in f.items() if k != "since"}
                                           for f in s["fields"]])
                              for s in t["structs"]]
            with tempfile.TemporaryDirectory() as d:
                p = os.path.join(d, "old.json")
                with open(p, "w") as f:
                    f.write(layout_json.dumps(old))
                r = subprocess.run([sys.executable, ABI_CHECK, "diff", p, spec],
                                   capture_output=True, text=True)
            self.assertEqual(r.returncode, 0, r.stdout + r.stderr)
            self.assertIn("no ABI change", r.stdout)

    def test_format_1_baseline_against_the_spec_is_no_change(self) -> None:
        old = self._v1(iommuabi.layout_table(XEN))
        with tempfile.TemporaryDirectory() as d:
            p = os.path.join(d, "old.json")
            with open(p, "w") as f:
                f.write(layout_json.dumps(old))
            for argv in ([p, XEN], [XEN, p]):
                r = subprocess.run([sys.executable, ABI_CHECK, "diff"] + argv,
                                   capture_output=True, text=True)
                self.assertEqual(r.returncode, 0, r.stdout + r.stderr)
                self.assertIn("no ABI change", r.stdout)

    def test_format_1_still_sees_a_layout_change(self) -> None:
        old = self._v1(iommuabi.layout_table(XEN))
        next(c for c in old["constants"] if c["name"] == "IOMMU_MAP_cache")["value"] = 8
        with tempfile.TemporaryDirectory() as d:
            p = os.path.join(d, "old.json")
            with open(p, "w") as f:
                f.write(layout_json.dumps(old))
            r = subprocess.run([sys.executable, ABI_CHECK, "diff", p, XEN],
                               capture_output=True, text=True)
        self.assertEqual(r.returncode, 12, r.stdout + r.stderr)

    def test_unknown_format_is_corrupt(self) -> None:
        t = iommuabi.layout_table(XEN)
        t["format"] = "iommu-abi-layout-9"
        with tempfile.TemporaryDirectory() as d:
            p = os.path.join(d, "t.json")
            with open(p, "w") as f:
                f.write(layout_json.dumps(t))
            r = subprocess.run([sys.executable, ABI_CHECK, "diff", p, XEN],
                               capture_output=True, text=True)
        self.assertEqual(r.returncode, 9, r.stdout + r.stderr)
        self.assertIn("'format' is 'iommu-abi-layout-9'", r.stderr)


class GeneratorOutputs(unittest.TestCase):
    def test_unchanged_files_are_not_rewritten(self) -> None:
        with tempfile.TemporaryDirectory() as d:
            with contextlib.redirect_stdout(io.StringIO()):
                self.assertEqual(main(["--out", d]), 0)
            old = time.time() - 3600
            paths = [os.path.join(r, n) for r, _, ns in os.walk(d) for n in ns]
            for p in paths:
                os.utime(p, (old, old))
            victim = os.path.join(d, "iommu-abi", "virtio_iommu.h")
            with open(victim, "a") as f:
                f.write("/* stale */\n")
            out = io.StringIO()
            with contextlib.redirect_stdout(out):
                self.assertEqual(main(["--out", d]), 0)
            self.assertIn("wrote 1 of %d files" % len(paths), out.getvalue())
            for p in paths:
                if p != victim:
                    self.assertEqual(int(os.stat(p).st_mtime), int(old), p)
            with open(victim) as f:
                self.assertNotIn("stale", f.read())

    def test_list_outputs(self) -> None:
        out = io.StringIO()
        with contextlib.redirect_stdout(out):
            self.assertEqual(main(["--list-outputs"]), 0)
        rows = [line.split("\t") for line in out.getvalue().splitlines()]
        self.assertTrue(all(len(r) == 3 for r in rows), rows)
        self.assertIn(["xen-pv-iommu", "spec", XEN], rows)
        self.assertIn(["xen-pv-iommu", "header.xen", "xen/public/pv-iommu.h"], rows)
        self.assertIn(["virtio-iommu", "table", "layout/virtio-iommu.json"], rows)
        self.assertIn(["xen-pv-iommu", "xlat.xen", "xen/xlat-pv-iommu.lst"], rows)
        self.assertIn(["virtio-iommu", "assertions.linux", "layout/virtio-iommu.linux-check.c"],
                      rows)
        # every generated file is listed, under the spec that makes it
        listed = {r[2] for r in rows if r[1] != "spec"}
        want = set(iommuabi.generate(iommuabi.load_spec(VIRTIO)))
        want |= set(iommuabi.generate(iommuabi.load_spec(XEN)))
        self.assertEqual(listed, want)

    def test_list_outputs_of_a_bad_spec_is_a_located_error(self) -> None:
        with tempfile.TemporaryDirectory() as d:
            p = os.path.join(d, "x.yaml")
            with open(p, "w") as f:
                f.write(textwrap.dedent("""\
                    spec: x
                    title: t
                    outputs: {linux: a.h, portable: b.h}
                    structs: []
                    """))
            err = io.StringIO()
            with contextlib.redirect_stdout(io.StringIO()), contextlib.redirect_stderr(err):
                self.assertEqual(main(["--list-outputs", p]), 2)
            self.assertRegex(err.getvalue(), r"x\.yaml:3: error: outputs\.xen")


if __name__ == "__main__":
    unittest.main()
