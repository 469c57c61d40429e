"""abi-check lint: the Xen v4 review, the system's virtio_iommu.h, our own headers,
hand-made corner cases, output formats and bad input."""

import io
import json
import os
import shutil
import sys
import tempfile
import unittest

HERE = os.path.dirname(os.path.abspath(__file__))
REPO = os.path.dirname(os.path.dirname(HERE))
sys.path.insert(0, os.path.join(REPO, "abi-check"))

from iommu_abi_check import cli, errors, lint  # noqa: E402
from iommu_abi_check.clang_layout import STANDINS  # noqa: E402

FIX = os.path.join(HERE, "fixtures")
V4 = os.path.join(FIX, "pv-iommu-v4.h")
SYS_VIRTIO = "/usr/include/linux/virtio_iommu.h"
ALL = ["i386", "x86_64", "armv7", "aarch64", "riscv32", "riscv64", "powerpc",
       "powerpc64le", "s390x", "mips"]


def run_cli(argv):
    out, err = io.StringIO(), io.StringIO()
    old = sys.stderr
    sys.stderr = err
    try:
        status = cli.main(argv, out)
    finally:
        sys.stderr = old
    return status, out.getvalue(), err.getvalue()


def lint_json(argv):
    st, out, err = run_cli(["lint", "--format", "json"] + argv)
    if st not in (0, 4):
        raise AssertionError("lint failed (%d): %s" % (st, err))
    return st, json.loads(out)["findings"]


def gaps_of(findings, struct, rule):
    """{(offset, size): set(abis)} of the hole/tail findings of one struct."""
    out = {}
    for f in findings:
        if f["rule"] == rule and f.get("struct") == struct:
            out.setdefault((f["offset"], f["size"]), set()).update(f["abis"])
    return out


class XenV4Review(unittest.TestCase):
    """Every point the reviewer made on the v4 header, found with the right numbers.

    Built as the hypervisor/toolstack sees it (-D__XEN_TOOLS__: uint64_aligned_t
    is 8-aligned everywhere), which is the layout the review talks about."""

    @classmethod
    def setUpClass(cls):
        cls.status, cls.f = lint_json([V4, "-D", "__XEN_TOOLS__"])

    def test_exit_status_says_findings(self):
        self.assertEqual(self.status, errors.EXIT_FINDINGS)

    def hole(self, struct, offset, size, abis=ALL):
        got = gaps_of(self.f, struct, "abi-hole")
        self.assertIn((offset, size), got, "%s: holes found: %r" % (struct, got))
        self.assertEqual(got[(offset, size)], set(abis))

    def test_capabilities_tail_u16(self):
        self.assertEqual(gaps_of(self.f, "pv_iommu_capabilities", "abi-tail-padding"),
                         {(22, 2): set(ALL)})
        self.assertEqual(gaps_of(self.f, "pv_iommu_capabilities", "abi-hole"), {})

    def test_alloc_and_free_u16_hole(self):
        self.hole("pv_iommu_alloc", 2, 2)
        self.hole("pv_iommu_free", 2, 2)

    def test_map_pages_6_byte_hole(self):
        self.hole("pv_iommu_map_pages", 2, 6)
        self.assertEqual(gaps_of(self.f, "pv_iommu_map_pages", "abi-tail-padding"), {})

    def test_unmap_pages_6_plus_4_and_ctx_no_to_the_tail(self):
        self.hole("pv_iommu_unmap_pages", 2, 6)
        self.assertEqual(gaps_of(self.f, "pv_iommu_unmap_pages", "abi-tail-padding"),
                         {(28, 4): set(ALL)})
        re_ = [x for x in self.f if x["rule"] == "abi-reorder"
               and x["struct"] == "pv_iommu_unmap_pages"]
        self.assertEqual(len(re_), 1)
        self.assertIn("reorder as: dfn, pgsize, nr_pages, unmapped, ctx_no", re_[0]["fix"])
        self.assertIn("padding 10 -> 2 bytes", re_[0]["fix"])

    def test_reattach_device_and_attach_pasid_u16_after_dev(self):
        self.hole("pv_iommu_reattach_device", 6, 2)
        self.hole("pv_iommu_attach_pasid", 6, 2)

    def test_remote_cmd_u32_hole_where_the_handle_is_8_bytes(self):
        self.hole("pv_iommu_remote_cmd", 4, 4,
                  ["x86_64", "armv7", "aarch64", "riscv64", "powerpc64le", "s390x"])
        kinds = [x for x in self.f if x["rule"] == "abi-field-type"
                 and x["struct"] == "pv_iommu_remote_cmd"]
        self.assertEqual([x["field"] for x in kinds], ["arg"])
        self.assertIn("pointer", kinds[0]["message"])

    def test_alloc_nested_6_byte_hole(self):
        self.hole("pv_iommu_alloc_nested", 2, 6)
        # the reviewer's nit: ctx_no at the tail, so the padding can be used later
        h = [x for x in self.f if x["rule"] == "abi-hole" and x["struct"] == "pv_iommu_alloc_nested"]
        self.assertIn("reorder as: pgtable_gfn, nested_flags, ctx_no, which puts the same 6 bytes "
                      "at the tail", h[0]["fix"])

    def test_no_other_holes(self):
        structs = {x["struct"] for x in self.f if x["rule"] in ("abi-hole", "abi-tail-padding")}
        self.assertEqual(structs, {"pv_iommu_capabilities", "pv_iommu_alloc", "pv_iommu_free",
                                   "pv_iommu_map_pages", "pv_iommu_unmap_pages",
                                   "pv_iommu_reattach_device", "pv_iommu_remote_cmd",
                                   "pv_iommu_alloc_nested", "pv_iommu_attach_pasid"})

    def test_explicit_padding_fix_is_naturally_aligned(self):
        h = [x for x in self.f if x["rule"] == "abi-hole" and x["struct"] == "pv_iommu_map_pages"]
        self.assertIn("uint16_t pad0; uint32_t pad1;", h[0]["fix"])

    def test_empty_flush_nested(self):
        e = [x for x in self.f if x["rule"] == "abi-empty-struct"]
        self.assertEqual([x["struct"] for x in e], ["pv_iommu_flush_nested"])

    def test_enumerators_need_explicit_values(self):
        e = [x for x in self.f if x["rule"] == "abi-enum-implicit-value"]
        self.assertEqual(len(e), 12)               # all but IOMMU_noop = 0
        self.assertIn("write 'IOMMU_detach_pasid = 12'", [x["fix"] for x in e])
        self.assertTrue(any(x["rule"] == "abi-enum-untagged" for x in self.f))

    def test_flags_need_U_suffix(self):
        s = [x for x in self.f if x["rule"] == "abi-signed-shift"]
        self.assertEqual(len(s), 10)
        names = " ".join(x["message"] for x in s)
        for m in ("IOMMUCAP_default_identity", "IOMMUCAP_identity", "IOMMU_ALLOC_identity",
                  "IOMMU_FREE_reattach_default", "IOMMU_MAP_cache"):
            self.assertIn(m, names)
        self.assertTrue(all("1U <<" in x["fix"] for x in s))

    def test_uint64_aligned_fallback(self):
        u = [x for x in self.f if x["rule"] == "abi-uint64-aligned-fallback"]
        self.assertEqual(len(u), 1)
        self.assertEqual(u[0]["line"], 17)

    def test_positions_point_at_the_field_before_the_hole(self):
        with open(V4) as fh:
            lines = fh.read().split("\n")
        for x in self.f:
            if x["rule"] == "abi-hole":
                text = lines[x["line"] - 1]
                self.assertEqual(text[x["column"] - 1:].split(";")[0], x["field"], x)


class XenV4GuestBuild(unittest.TestCase):
    """Without __XEN_TOOLS__ a 32-bit x86 guest gets the header's own fallback:
    uint64_t with 4-byte alignment, so i386 differs from everyone else."""

    def test_i386_differs(self):
        _, f = lint_json([V4])
        holes = gaps_of(f, "pv_iommu_map_pages", "abi-hole")
        self.assertEqual(holes[(2, 2)], {"i386"})
        self.assertEqual(holes[(2, 6)], set(ALL) - {"i386"})
        diffs = [x for x in f if x["rule"] == "abi-layout-differs"
                 and x["struct"] == "pv_iommu_map_pages" and x.get("field") == "gfn"]
        self.assertEqual(len(diffs), 1)
        self.assertIn("offset 4 on i386; 8 on x86_64", diffs[0]["message"])


class SystemVirtioHeader(unittest.TestCase):
    @unittest.skipUnless(os.path.exists(SYS_VIRTIO), "linux-libc-dev not installed")
    def test_linux_uapi_virtio_iommu(self):
        st, f = lint_json([SYS_VIRTIO])
        rules = {x["rule"] for x in f}
        self.assertEqual(rules, {"abi-signed-shift"}, f)
        msgs = " ".join(x["message"] for x in f)
        self.assertIn("VIRTIO_IOMMU_MAP_F_READ", msgs)


class GeneratedHeadersAreQuiet(unittest.TestCase):
    HEADERS = [("iommu-abi/virtio_iommu.h", []), ("iommu-abi/xen_pv_iommu.h", []),
               ("linux/virtio_iommu.h", []), ("linux/xen_pv_iommu.h", []),
               ("xen/public/pv-iommu.h", ["-I", os.path.join(STANDINS, "xen")]),
               ("xen/public/virtio-iommu.h", ["-I", os.path.join(STANDINS, "xen")])]

    def test_quiet(self):
        for h, extra in self.HEADERS:
            with self.subTest(header=h):
                path = os.path.join(REPO, "include", h)
                if not os.path.exists(path):
                    self.skipTest("generated headers not present")
                st, out, err = run_cli(["lint", path] + extra)
                self.assertEqual(st, 0, out + err)
                self.assertIn("0 finding(s) on 10 target ABI(s)", out)


class CornerCases(unittest.TestCase):
    def lint_text(self, text, *argv):
        d = tempfile.mkdtemp()
        self.addCleanup(shutil.rmtree, d)
        p = os.path.join(d, "t.h")
        with open(p, "w") as fh:
            fh.write(text)
        st, out, err = run_cli(["lint", "--format", "json", p] + list(argv))
        return st, (json.loads(out)["findings"] if out.startswith("{") else None), err

    def test_clean_header(self):
        st, f, _ = self.lint_text("#include <stdint.h>\n"
                                  "struct ok { uint64_t a; uint32_t b; uint16_t c; uint8_t d[2]; };\n"
                                  "#define OK_F (1U << 3)\nenum ok_e { A = 0, B = 1 };\n")
        self.assertEqual((st, f), (0, []))

    def test_field_kinds(self):
        st, f, _ = self.lint_text("#include <stdint.h>\nenum e { E0 = 0 };\n"
                                  "struct k { long a; void *p; _Bool b; enum e c; int d;"
                                  " uint32_t ok; };\n", "--targets", "x86_64")
        kinds = {x["field"]: x["message"] for x in f if x["rule"] == "abi-field-type"}
        self.assertEqual(set(kinds), {"a", "p", "b", "c", "d"})
        self.assertIn("4 bytes on 32-bit ABIs", kinds["a"])

    def test_reorder_suggestion(self):
        st, f, _ = self.lint_text("#include <stdint.h>\n"
                                  "struct r { uint8_t a; uint64_t b; uint8_t c; };\n",
                                  "--targets", "x86_64")
        r = [x for x in f if x["rule"] == "abi-reorder"]
        self.assertEqual(len(r), 1)
        self.assertIn("reorder as: b, a, c (padding 14 -> 6 bytes)", r[0]["fix"])
        self.assertEqual(gaps_of(f, "r", "abi-hole"), {(1, 7): {"x86_64"}})
        self.assertEqual(gaps_of(f, "r", "abi-tail-padding"), {(17, 7): {"x86_64"}})

    def test_typedef_anonymous_struct_and_union(self):
        st, f, _ = self.lint_text("#include <stdint.h>\n"
                                  "typedef struct { uint16_t a; uint32_t b; } anon_t;\n"
                                  "union u { uint8_t x[3]; uint16_t y; };\n",
                                  "--targets", "i386")
        self.assertEqual(gaps_of(f, "anon_t", "abi-hole"), {(2, 2): {"i386"}})
        tails = [x for x in f if x["rule"] == "abi-tail-padding"]
        self.assertEqual([(x["struct"], x["offset"], x["size"]) for x in tails], [("u", 3, 1)])

    def test_bitfields_and_flexible_array(self):
        st, f, _ = self.lint_text("#include <stdint.h>\n"
                                  "struct b { uint32_t a : 3; uint32_t c : 5; uint8_t d; };\n"
                                  "struct fam { uint32_t n; uint8_t data[]; };\n",
                                  "--targets", "x86_64")
        self.assertEqual(gaps_of(f, "b", "abi-hole"), {})
        self.assertEqual(gaps_of(f, "b", "abi-tail-padding"), {(2, 2): {"x86_64"}})
        self.assertEqual([x for x in f if x.get("struct") == "fam"], [])

    def test_attributes_do_not_confuse_the_parser(self):
        st, f, _ = self.lint_text("#include <stdint.h>\n"
                                  "struct __attribute__((packed)) p { uint8_t a; uint32_t b; };\n"
                                  "struct q { uint8_t a; uint64_t b __attribute__((aligned(16))); };\n"
                                  "_Static_assert(sizeof(struct p) == 5, \"p\");\n",
                                  "--targets", "x86_64")
        self.assertEqual(gaps_of(f, "p", "abi-hole"), {})
        self.assertEqual(gaps_of(f, "q", "abi-hole"), {(1, 15): {"x86_64"}})

    def test_gnu_spellings_pycparser_does_not_know(self):
        st, f, err = self.lint_text("#include <stdint.h>\n"
                                    "struct g { uint8_t c[__alignof__(uint64_t)]; __signed__ int s;"
                                    " uint8_t d[__builtin_offsetof(struct { uint32_t a, b; }, b)]; };\n",
                                    "--targets", "x86_64")
        self.assertEqual(st, 4, err)            # the int field, nothing else
        self.assertEqual({x["rule"] for x in f}, {"abi-field-type"})

    def test_hex_and_continued_define(self):
        st, f, _ = self.lint_text("#define F_A (0x1 << 4)\n#define F_B \\\n   (1 << 5)\n"
                                  "#define F_C (1ULL << 40)\n#define F_D (1U<<2)\n"
                                  "#define BIT(n) (1 << (n))\n")
        s = [(x["line"], x["column"], x["message"].split()[1])
             for x in f if x["rule"] == "abi-signed-shift"]
        self.assertEqual(s, [(1, 14, "F_A"), (3, 5, "F_B"), (6, 17, "BIT")])
        self.assertIn("#define BIT(n) (1U << (n))", f[-1]["fix"])

    def test_non_ascii_file_name(self):
        # clang -E writes the path in line markers with octal escapes
        # ('\\303\\274' for 'ü'): the header's own structs were taken for
        # another file's, and every layout finding vanished
        d = tempfile.mkdtemp()
        self.addCleanup(shutil.rmtree, d)
        p = os.path.join(d, "pv-\u00fc.h")
        with open(p, "w", encoding="utf-8") as fh:
            fh.write("#include <stdint.h>\nstruct s { uint8_t a; uint32_t b; };\n")
        st, out, err = run_cli(["lint", "--format", "json", "--targets", "x86_64", p])
        self.assertEqual(st, 4, err)
        self.assertEqual([(x["rule"], x["struct"]) for x in json.loads(out)["findings"]],
                         [("abi-hole", "s")])

    def test_struct_from_this_headers_own_macro(self):
        # only another header's macros (Xen's DEFINE_XEN_GUEST_HANDLE) are that
        # header's machinery; a record this header's macro declares is its ABI
        st, f, _ = self.lint_text("#include <stdint.h>\n"
                                  "#define DECL_PAIR(n, t) struct n { uint8_t tag; t value; }\n"
                                  "DECL_PAIR(pair32, uint32_t);\n", "--targets", "x86_64")
        self.assertEqual([(x["rule"], x["struct"], x["line"], x["column"], x["size"])
                          for x in f], [("abi-hole", "pair32", 3, 1, 3)])

    def test_column_after_a_macro_on_the_line(self):
        # pycparser sees 'unsigned int b' where the header says 'VAL_T b': the
        # column must be the header's
        st, f, _ = self.lint_text("#define VAL_T unsigned int\n"
                                  "struct r { VAL_T b; };\n", "--targets", "x86_64")
        self.assertEqual([(x["rule"], x["line"], x["column"]) for x in f],
                         [("abi-field-type", 2, 18)])

    def test_cast_string_and_long_shifts(self):
        # '(__u64)1 << n' is unsigned (Linux's userfaultfd.h): no finding; a
        # string is text; 1L is 32 bits on ILP32 ABIs, 1LL is signed
        st, f, _ = self.lint_text("#include <stdint.h>\n"
                                  "#define C_A ((uint64_t)1 << _X |\\\n  (uint64_t) 1 << _Y)\n"
                                  "#define C_B \"1 << 3\"\n"
                                  "#define C_C (1L << 3)\n#define C_D (1ll << 40)\n")
        s = {x["message"].split()[1]: x for x in f if x["rule"] == "abi-signed-shift"}
        self.assertEqual(sorted(s), ["C_C", "C_D"], f)
        self.assertIn("type long, 32 bits on i386", s["C_C"]["message"])
        self.assertIn("(e.g. #define C_C (1UL << 3))", s["C_C"]["fix"])
        self.assertIn("(e.g. #define C_D (1Ull << 40))", s["C_D"]["fix"])


class NestedUntaggedRecords(unittest.TestCase):
    """Anonymous structs/unions and 'struct { ... } in;' members: their insides are
    part of the enclosing record (pahole reports their holes there, at offsets from
    the outer start) and are reported nowhere else."""

    lint_text = CornerCases.lint_text

    def test_hole_inside_anonymous_struct(self):
        st, f, _ = self.lint_text("#include <stdint.h>\n"
                                  "struct s { uint16_t x; struct { uint8_t p; uint32_t q; };"
                                  " uint8_t z; };\n", "--targets", "x86_64")
        holes = [x for x in f if x["rule"] == "abi-hole"]
        self.assertEqual([(x["offset"], x["size"], x["field"]) for x in holes],
                         [(2, 2, "x"), (5, 3, "p")])
        self.assertIn("before (anonymous struct at offset 4)", holes[0]["message"])
        self.assertNotIn("''", holes[0]["message"])
        self.assertEqual(gaps_of(f, "s", "abi-tail-padding"), {(13, 3): {"x86_64"}})

    def test_hole_and_tail_inside_named_untagged_member(self):
        st, f, _ = self.lint_text("#include <stdint.h>\n"
                                  "struct n { uint32_t k;\n"
                                  "  struct { uint64_t a; uint8_t b; uint32_t c; uint8_t d; } in;\n"
                                  "  union { struct { uint8_t p; uint64_t q; } s; uint32_t w; } u;\n"
                                  "};\n", "--targets", "x86_64")
        holes = {(x["offset"], x["size"]): x for x in f if x["rule"] == "abi-hole"}
        self.assertEqual(sorted(holes), [(4, 4), (17, 3), (25, 7), (33, 7)])
        self.assertEqual(holes[(17, 3)]["field"], "in.b")
        self.assertIn("before 'in.c'", holes[(17, 3)]["message"])
        self.assertIn("before (the end of 'in')", holes[(25, 7)]["message"])
        self.assertEqual(holes[(33, 7)]["field"], "u.s.p")
        self.assertEqual(holes[(17, 3)]["line"], 3)       # points at in.b's line

    def test_union_member_tail_is_not_a_hole(self):
        # the anonymous struct's own 2 tail bytes are bytes 'w' uses
        st, f, _ = self.lint_text("#include <stdint.h>\n"
                                  "struct v { uint64_t k; union { struct { uint32_t a;"
                                  " uint16_t b; }; uint64_t w; }; };\n", "--targets", "x86_64")
        self.assertEqual((st, f), (0, []))

    def test_union_tail_follows_its_longest_member(self):
        # bytes 5-7 of 'u' follow 'big' (Linux's hv_kvp_msg.body: kvp_ip_val, not
        # the last member), and only a member as large as the union fills them
        st, f, _ = self.lint_text("#include <stdint.h>\n"
                                  "struct s4 { union { uint8_t big[5]; uint32_t small; } u; };\n"
                                  "union tu { uint8_t b[5]; uint32_t a; };\n",
                                  "--targets", "x86_64")
        hole = [x for x in f if x["rule"] == "abi-hole"]
        self.assertEqual([(x["offset"], x["size"], x["field"]) for x in hole], [(5, 3, "u.big")])
        self.assertIn("give the union 'u' a member 'uint8_t pad0[8];'", hole[0]["fix"])
        tail = [x for x in f if x["rule"] == "abi-tail-padding"]
        self.assertEqual([(x["struct"], x["field"]) for x in tail], [("tu", "b")])
        self.assertIn("give union tu a member 'uint8_t pad0[8];'", tail[0]["fix"])

    def test_zero_length_array_is_not_reordered(self):
        # GNU 'T x[0]' is where the variable part starts: its hole is reported
        # (pahole agrees) but no order that moves it to the front is suggested
        st, f, _ = self.lint_text("#include <stdint.h>\n"
                                  "struct z0 { uint8_t n; uint32_t data[0]; };\n",
                                  "--targets", "x86_64")
        self.assertEqual(gaps_of(f, "z0", "abi-hole"), {(1, 3): {"x86_64"}})
        self.assertFalse([x for x in f if "reorder" in x["rule"] or "reorder" in x["fix"]], f)

    def test_field_kinds_inside_untagged_members(self):
        st, f, _ = self.lint_text("#include <stdint.h>\n"
                                  "struct k1 { uint64_t k; union { long l; uint64_t pad; }; };\n"
                                  "struct k2 { uint32_t k; struct { _Bool b; uint8_t c;"
                                  " uint16_t d; } in; };\n", "--targets", "x86_64")
        kinds = {(x["struct"], x["field"]) for x in f if x["rule"] == "abi-field-type"}
        self.assertEqual(kinds, {("k1", "l"), ("k2", "in.b")})

    def test_two_untagged_records_from_one_macro(self):
        # Linux's __DECLARE_FLEX_ARRAY (io_uring_buf_ring): clang dumps both records
        # as 'struct f::(unnamed at t.h:4:C)', the second with '#2' appended
        st, f, err = self.lint_text("#include <stdint.h>\nstruct e8 { uint64_t a; };\n"
                                    "#define FLEX(T, m) struct { struct { } e_##m; T m[]; }\n"
                                    "struct f { uint32_t n; union { struct { uint64_t a; };"
                                    " FLEX(struct e8, b); }; };\n", "--targets", "i386,x86_64")
        self.assertNotIn("internal error", err)
        self.assertEqual(gaps_of(f, "f", "abi-hole"), {(4, 4): {"x86_64"}})

    def test_tagged_struct_defined_with_two_declarators_is_reported_once(self):
        # Xen's grant_table.h: struct gnttab_copy { struct gnttab_copy_ptr {...} source, dest; ...
        st, f, _ = self.lint_text("#include <stdint.h>\n"
                                  "struct cp { struct cp_ptr { uint32_t ref; uint64_t gfn;"
                                  " uint16_t off; } source, dest; uint16_t len; };\n",
                                  "--targets", "x86_64")
        ptr = [(x["rule"], x.get("offset")) for x in f if x.get("struct") == "cp_ptr"]
        self.assertEqual(sorted(ptr), [("abi-hole", 4), ("abi-reorder", None),
                                       ("abi-tail-padding", 18)])

    def test_field_kind_through_the_headers_own_typedef(self):
        st, f, _ = self.lint_text("#include <stdint.h>\n"
                                  "typedef unsigned long my_pfn_t;\ntypedef my_pfn_t my_frame_t;\n"
                                  "typedef uint64_t my_u64;\n"
                                  "struct t { my_frame_t frame; my_u64 ok; uint64_t ok2; };\n",
                                  "--targets", "x86_64")
        kinds = {x["field"]: x["message"] for x in f if x["rule"] == "abi-field-type"}
        self.assertEqual(set(kinds), {"frame"})
        self.assertIn("'my_frame_t (my_pfn_t (unsigned long))'", kinds["frame"])

    def test_gap_before_flexible_array_is_a_hole(self):
        st, f, _ = self.lint_text("#include <stdint.h>\n"
                                  "struct fl { uint32_t len; uint8_t kind; uint64_t data[]; };\n"
                                  "struct f2 { uint64_t a; uint8_t b; uint8_t data[]; };\n",
                                  "--targets", "x86_64")
        self.assertEqual(gaps_of(f, "fl", "abi-hole"), {(5, 3): {"x86_64"}})
        self.assertEqual(gaps_of(f, "fl", "abi-tail-padding"), {})
        self.assertEqual(gaps_of(f, "f2", "abi-tail-padding"), {(9, 7): {"x86_64"}})

    def test_one_byte_is_singular(self):
        st, f, _ = self.lint_text("#include <stdint.h>\n"
                                  "struct o { uint16_t a; uint8_t b; };\n", "--targets", "x86_64")
        self.assertIn("1 byte of tail padding", f[0]["message"])


class HostAsmHeadersForI386(unittest.TestCase):
    """The host's x86 uapi <asm/*.h> describe i386 too; the asm-generic stand-ins
    do not (__kernel_mode_t is 16-bit on i386, 32-bit in asm-generic)."""

    lint_text = CornerCases.lint_text

    @unittest.skipUnless(any(os.path.isfile(os.path.join(d, "posix_types_32.h"))
                             for d in lint._X86_ASM_DIRS), "no x86 uapi asm headers")
    def test_i386_uses_the_real_x86_asm_headers(self):
        st, f, err = self.lint_text("#include <linux/types.h>\n#include <linux/posix_types.h>\n"
                                    "struct m { __kernel_mode_t mode; __u16 seq; };\n",
                                    "--targets", "i386")
        self.assertEqual(st, 0, (f, err))      # 2 + 2 bytes: no tail padding on i386

    @unittest.skipUnless(os.path.isfile("/usr/include/linux/kvm.h") and any(
        os.path.isfile(os.path.join(d, "kvm.h")) for d in lint._X86_ASM_DIRS),
        "no linux/kvm.h with x86 asm/kvm.h")
    def test_kvm_h_is_checked_on_i386(self):
        st, out, err = run_cli(["lint", "--targets", "i386,x86_64", "/usr/include/linux/kvm.h"])
        self.assertEqual(st, 4, err)
        self.assertNotIn("skipped", err)


class OutputFormats(unittest.TestCase):
    def test_text_is_compiler_style(self):
        st, out, _ = run_cli(["lint", V4, "-D", "__XEN_TOOLS__", "--targets", "x86_64"])
        self.assertEqual(st, 4)
        self.assertRegex(out, r"(?m)^.*pv-iommu-v4\.h:176:14: warning: struct pv_iommu_map_pages: "
                              r"6-byte hole at offset 2 after 'ctx_no' \(before 'gfn'\) on every ABI "
                              r"\[abi-hole\]$")
        self.assertRegex(out, r"(?m)^.*pv-iommu-v4\.h:176:14: note: fix: declare it: ")

    def test_sarif(self):
        st, out, _ = run_cli(["lint", "--format", "sarif", V4, "--targets", "x86_64"])
        s = json.loads(out)
        self.assertEqual(s["version"], "2.1.0")
        res = s["runs"][0]["results"]
        self.assertTrue(res)
        loc = res[0]["locations"][0]["physicalLocation"]
        self.assertTrue(loc["artifactLocation"]["uri"].endswith("pv-iommu-v4.h"))
        self.assertGreater(loc["region"]["startLine"], 0)


class BadInput(unittest.TestCase):
    def write(self, text):
        d = tempfile.mkdtemp()
        self.addCleanup(shutil.rmtree, d)
        p = os.path.join(d, "bad.h")
        with open(p, "w") as fh:
            fh.write(text)
        return p

    def one_line(self, err):
        self.assertEqual(len(err.strip().splitlines()), 1, err)
        self.assertNotIn("Traceback", err)

    def test_does_not_parse(self):
        p = self.write("#include <stdint.h>\nstruct a {\n  uint32_t x\n  uint32_t y;\n};\n")
        st, _, err = run_cli(["lint", p])
        self.assertEqual(st, errors.EXIT_PARSE)
        self.assertRegex(err, r"bad\.h:4:\d+: error: cannot parse")
        self.one_line(err)

    def test_compiler_rejects_what_pycparser_accepts(self):
        p = self.write("struct a { int x; };\nstruct a { int y; };\n")
        st, _, err = run_cli(["lint", p])
        self.assertEqual(st, errors.EXIT_PARSE)
        self.assertIn("bad.h:2:8: error: redefinition of 'a'", err)
        self.one_line(err)

    def test_missing_include(self):
        p = self.write('#include "no-such-header.h"\nstruct a { int x; };\n')
        st, _, err = run_cli(["lint", p])
        self.assertEqual(st, errors.EXIT_MISSING_INCLUDE)
        self.assertIn("'no-such-header.h' file not found", err)
        self.one_line(err)

    def test_include_dir_option_resolves_it(self):
        p = self.write('#include "xen.h"\nstruct a { uint64_aligned_t x; };\n')
        st, _, err = run_cli(["lint", p])
        self.assertEqual(st, errors.EXIT_MISSING_INCLUDE)
        # xen.h found, and -D__XEN__ makes it define uint64_aligned_t on x86
        st, _, err = run_cli(["lint", p, "-I", FIX, "-D", "__XEN__"])
        self.assertEqual(st, errors.EXIT_OK, err)

    def test_header_relying_on_earlier_includes(self):
        p = self.write("struct a { int64_t x; uint32_t y; };\n")
        st, _, err = run_cli(["lint", p, "--targets", "x86_64"])
        self.assertEqual(st, errors.EXIT_PARSE)
        self.assertIn("bad.h:1:12: error: unknown type name 'int64_t'", err)
        self.assertIn("name that one: --include FILE", err)         # the way out, in the message
        self.one_line(err)
        st, out, err = run_cli(["lint", p, "--targets", "x86_64", "--include", "stdint.h"])
        self.assertEqual(st, errors.EXIT_FINDINGS, err)
        self.assertIn("4 bytes of tail padding at offset 12", out)

    def test_missing_header(self):
        st, _, err = run_cli(["lint", "/nonexistent/x.h"])
        self.assertEqual(st, errors.EXIT_UNREADABLE)
        self.one_line(err)

    def test_unknown_target(self):
        st, _, err = run_cli(["lint", V4, "--targets", "x86_64,vax"])
        self.assertEqual(st, errors.EXIT_USAGE)
        self.assertIn("unknown target ABI 'vax'", err)
        self.one_line(err)

    def test_bad_format(self):
        st, _, err = run_cli(["lint", V4, "--format", "xml"])
        self.assertEqual(st, errors.EXIT_USAGE)


if __name__ == "__main__":
    unittest.main()
