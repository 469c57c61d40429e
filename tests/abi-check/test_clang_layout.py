"""clang_layout: the dump parser on known text, and live layouts on real targets."""

import os
import shutil
import sys
import tempfile
import unittest

HERE = os.path.dirname(os.path.abspath(__file__))
REPO = os.path.dirname(os.path.dirname(HERE))
sys.path.insert(0, os.path.join(REPO, "abi-check"))

from iommu_abi_check import clang_layout as cl  # noqa: E402

DUMP = """
*** Dumping AST Record Layout
         0 | struct pci
         0 |   unsigned short seg
         2 |   unsigned char bus
         3 |   unsigned char devfn
           | [sizeof=4, align=2]

*** Dumping AST Record Layout
         0 | struct s
         0 |   unsigned short a
         2 |   struct pci d
         2 |     unsigned short seg
         4 |     unsigned char bus
         5 |     unsigned char devfn
         8 |   unsigned long long x
        16 |   int[3] arr
    28:0-2 |   unsigned int f
    28:3-7 |   unsigned int g
       32:- |   unsigned int 
        32 |   char[] tail
           | [sizeof=32, align=4]

*** Dumping AST Record Layout
         0 | struct __abi_check_probe_0
         0 |   unsigned short x
           | [sizeof=2, align=2]

*** Dumping AST Record Layout
         0 | struct __abi_check_probe_1
         0 |   unsigned long long x
           | [sizeof=8, align=4]

*** Dumping AST Record Layout
         0 | struct __abi_check_probe_2
         0 |   int x
           | [sizeof=4, align=4]

*** Dumping AST Record Layout
         0 | struct __abi_check_probe_3
         0 |   unsigned int x
           | [sizeof=4, align=4]

*** Dumping AST Record Layout
         0 | struct __abi_check_probe_4
         0 |   unsigned char x
           | [sizeof=1, align=1]

*** Dumping AST Record Layout
         0 | struct __abi_check_probe_5
         0 |   char x
           | [sizeof=1, align=1]
"""


class ParseDump(unittest.TestCase):
    def setUp(self):
        self.recs = cl.records_from_dump(DUMP)

    def test_probe_records_are_hidden(self):
        self.assertEqual(sorted(self.recs), ["pci", "s"])

    def test_sizes_offsets_and_nesting(self):
        s = self.recs["s"]
        self.assertEqual((s.size, s.align, s.kind), (32, 4, "struct"))
        got = [(p, f.offset, f.size) for p, f in cl.all_fields(s)]
        self.assertEqual(got[:7], [("a", 0, 2), ("d", 2, 4), ("d.seg", 2, 2), ("d.bus", 4, 1),
                                   ("d.devfn", 5, 1), ("x", 8, 8), ("arr", 16, 12)])
        self.assertEqual(s.field("x").align, 4)      # measured by the probe, not assumed

    def test_bitfields_and_flexible_array(self):
        s = self.recs["s"]
        f, g = s.field("f"), s.field("g")
        self.assertEqual((f.offset, f.bit_offset, f.bit_width, f.size), (28, 0, 3, None))
        self.assertEqual((g.bit_offset, g.bit_width, g.end), (3, 5, 29))
        unnamed = [x for x in s.fields if x.name == ""]
        self.assertEqual(len(unnamed), 1)
        self.assertEqual(unnamed[0].bit_width, 0)
        t = s.field("tail")
        self.assertTrue(t.flexible)
        self.assertEqual((t.offset, t.size), (32, 0))


class LiveLayouts(unittest.TestCase):
    @classmethod
    def setUpClass(cls):
        cls.tmp = tempfile.mkdtemp()
        h = os.path.join(cls.tmp, "t.h")
        with open(h, "w") as f:
            f.write("#include <stdint.h>\n"
                    "struct t { uint16_t a; uint64_t b; long c; void *p;"
                    " union { uint32_t u; uint8_t v; }; };\n"
                    "typedef struct { char c; } anon_t;\n")
        cls.tu = os.path.join(cls.tmp, "tu.c")
        with open(cls.tu, "w") as f:
            f.write(cl.probe_source([h], ["t"], type_names=["anon_t"]))
        cls.all = cl.layouts(cls.tu)

    @classmethod
    def tearDownClass(cls):
        shutil.rmtree(cls.tmp)

    def test_every_target_ran(self):
        self.assertEqual(sorted(self.all), sorted(a.name for a in cl.resolve_abis(None)))

    def test_u64_alignment_per_abi(self):
        for abi, recs in self.all.items():
            want = 4 if abi == "i386" else 8
            self.assertEqual(recs["t"].field("b").offset, want, abi)

    def test_long_and_pointer_follow_the_abi(self):
        bits = {a.name: a.bits for a in cl.resolve_abis(None)}
        for abi, recs in self.all.items():
            t = recs["t"]
            self.assertEqual(t.field("c").size, bits[abi] // 8, abi)
            self.assertEqual(t.field("p").size, bits[abi] // 8, abi)

    def test_anonymous_union_member_is_sized(self):
        t = self.all["x86_64"]["t"]
        anon = [f for f in t.fields if f.name == ""][0]
        self.assertEqual(anon.size, 4)
        self.assertEqual([n.name for n in anon.nested], ["u", "v"])

    def test_typedef_of_unnamed_struct_is_found(self):
        for abi, recs in self.all.items():
            r = recs["anon_t"]                  # probed by its typedef name
            self.assertEqual((r.size, r.align, [f.name for f in r.fields]), (1, 1, ["c"]), abi)


class HeaderLayouts(unittest.TestCase):
    def test_convenience_api(self):
        fix = os.path.join(HERE, "fixtures")
        got = cl.header_layouts([os.path.join(fix, "pv-iommu-v4.h")],
                                ["pv_iommu_map_pages"], ["i386", "aarch64"],
                                ["-I", fix, "-D__XEN_TOOLS__"])
        for abi in ("i386", "aarch64"):
            r = got[abi]["pv_iommu_map_pages"]
            self.assertEqual((r.size, r.field("gfn").offset), (40, 8), abi)


class Errors(unittest.TestCase):
    def test_unknown_target(self):
        with self.assertRaises(KeyError) as e:
            cl.resolve_abis("x86_64,pdp11")
        self.assertIn("pdp11", str(e.exception))

    def test_missing_include_kind(self):
        with tempfile.TemporaryDirectory() as d:
            tu = os.path.join(d, "tu.c")
            with open(tu, "w") as f:
                f.write('#include "nope.h"\n')
            with self.assertRaises(cl.ClangError) as e:
                cl.layouts(tu, ["x86_64"])
            self.assertEqual(e.exception.kind, "missing-include")
            self.assertIn("x86_64: ", str(e.exception))
            self.assertIn("nope.h", str(e.exception))

    def test_compile_error_kind(self):
        with tempfile.TemporaryDirectory() as d:
            tu = os.path.join(d, "tu.c")
            with open(tu, "w") as f:
                f.write("struct a { int x }\n")
            with self.assertRaises(cl.ClangError) as e:
                cl.layouts(tu, ["i386", "mips"])
            self.assertEqual(e.exception.kind, "compile")
            self.assertIn("tu.c:1:", str(e.exception))

    def test_missing_compiler(self):
        with tempfile.TemporaryDirectory() as d:
            tu = os.path.join(d, "tu.c")
            open(tu, "w").close()
            with self.assertRaises(cl.ClangError) as e:
                cl.layouts(tu, ["x86_64"], clang=os.path.join(d, "no-clang"))
            self.assertEqual(e.exception.kind, "tool")


if __name__ == "__main__":
    unittest.main()
