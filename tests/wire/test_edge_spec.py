"""The wire emitter on what the two real specs do not have.

A scratch spec with big-endian fields, a value group with holes, a 64-bit
flags field with bit 31, an enum of one value, an array of scalars and an
array of structs, inserted padding, a variable tail and a struct longer
than 128 bytes: generated into a temporary directory, its golden programs
must build warning-free and pass for every flavor, and its portable
companion must compile as C89 and C++98.  One mutation of the helpers
(a store that writes the wrong byte) must make the program fail.
"""

import os
import shutil
import subprocess
import sys
import tempfile
import unittest

HERE = os.path.dirname(os.path.abspath(__file__))
REPO = os.path.dirname(os.path.dirname(HERE))
sys.path.insert(0, os.path.join(REPO, "gen"))

from iommuabi.cli import main  # noqa: E402

CC = os.environ.get("CC", "cc")
CXX = os.environ.get("CXX", "c++")
XEN_STANDINS = os.path.join(REPO, "tests", "headers", "xen-standins")

SPEC = """\
spec: edge-iommu
title: Edge cases of the wire emitter
outputs:
  linux: linux/edge_iommu.h
  portable: iommu-abi/edge_iommu.h
  xen: xen/public/edge-iommu.h
constants:
  - group: kinds
    kind: value
    items:
      - {name: EDGE_K_A, value: 0}
      - {name: EDGE_K_B, value: 2}
      - {name: EDGE_K_C, value: 3}
  - group: big_flags
    kind: flags
    items:
      - {name: EDGE_F_LOW, bit: 0}
      - {name: EDGE_F_HIGH, bit: 31}
enums:
  - name: edge_op
    enumerators:
      - {name: EDGE_OP_X, value: 7}
structs:
  - name: edge_pair
    size: 4
    fields:
      - {name: a, type: be16}
      - {name: b, type: u16, values: kinds}
  - name: edge_big
    padding: insert
    fields:
      - {name: kind, type: u8, values: kinds, unknown: ignored}
      - {name: flags, type: u64, flags: big_flags}
      - {name: words, type: le32, count: 3}
      - {name: pairs, type: edge_pair, count: 2}
      - {name: one, type: edge_pair}
      - {name: op, type: be32, enum: edge_op}
      - {name: blob, type: u8, count: 120}
      - {name: pad, type: u32, reserved: ignored}
    variable_tail: {name: more, type: le32}
"""


def run(cmd):
    return subprocess.run(cmd, stdout=subprocess.PIPE, stderr=subprocess.STDOUT,
                          universal_newlines=True)


class EdgeSpec(unittest.TestCase):
    tmp = ""
    inc = ""

    @classmethod
    def setUpClass(cls) -> None:
        cls.tmp = tempfile.mkdtemp(prefix="iommu-abi-wire-edge-")
        spec = os.path.join(cls.tmp, "edge-iommu.yaml")
        with open(spec, "w") as f:
            f.write(SPEC)
        cls.inc = os.path.join(cls.tmp, "include")
        with open(os.devnull, "w") as null:
            sys_stdout = sys.stdout
            sys.stdout = null
            try:
                assert main(["--out", cls.inc, spec]) == 0
            finally:
                sys.stdout = sys_stdout

    @classmethod
    def tearDownClass(cls) -> None:
        shutil.rmtree(cls.tmp, ignore_errors=True)

    def build_and_run(self, flavor: str, inc: str) -> "subprocess.CompletedProcess[str]":
        exe = os.path.join(self.tmp, "golden-" + flavor)
        extra = ["-I", XEN_STANDINS] if flavor == "xen" else []
        r = run([CC, "-std=c99", "-pedantic", "-Wall", "-Wextra", "-Werror", "-I", inc] + extra
                + [os.path.join(self.inc, "layout", "golden", "edge-iommu.%s.c" % flavor),
                   "-o", exe])
        self.assertEqual(r.returncode, 0, r.stdout)
        return run([exe])

    def test_golden_programs_pass(self) -> None:
        for flavor in ("linux", "portable", "xen"):
            with self.subTest(flavor=flavor):
                r = self.build_and_run(flavor, self.inc)
                self.assertEqual(r.returncode, 0, r.stdout)
                self.assertIn("2 structs", r.stdout)

    def test_accessors_of_every_kind_exist(self) -> None:
        with open(os.path.join(self.inc, "iommu-abi", "edge_iommu_wire.h")) as f:
            text = f.read()
        for name in ("edge_big_get_pairs_1_a(", "edge_big_set_words(", "edge_big_get_flags_le(",
                     "edge_big_get_op(", "EDGE_BIG_PAIRS_1_B_OFFSET", "EDGE_BIG_MIN_SIZE",
                     "edge_big_get___pad0("):
            self.assertIn(name, text)

    def test_companion_compiles_as_c89_and_cxx98(self) -> None:
        tu = os.path.join(self.tmp, "tu.c")
        with open(tu, "w") as f:
            f.write("#include <iommu-abi/edge_iommu_wire.h>\nint edge_probe;\n")
        for cc, lang, std in ((CC, "c", "c89"), (CXX, "c++", "c++98")):
            r = run([cc, "-x", lang, "-std=" + std, "-pedantic", "-Wall", "-Wextra", "-Werror",
                     "-fsyntax-only", "-I", self.inc, tu])
            self.assertEqual(r.returncode, 0, r.stdout)

    def test_a_broken_helper_fails_the_program(self) -> None:
        broken = os.path.join(self.tmp, "broken")
        shutil.copytree(self.inc, broken)
        path = os.path.join(broken, "iommu-abi", "edge_iommu_wire.h")
        with open(path) as f:
            text = f.read()
        wrong = text.replace("b[1] = (unsigned char)(v >> 8);", "b[1] = (unsigned char)v;", 1)
        self.assertNotEqual(wrong, text)
        with open(path, "w") as f:
            f.write(wrong)
        r = self.build_and_run("portable", broken)
        self.assertEqual(r.returncode, 1, r.stdout)
        self.assertIn("edge_big", r.stdout)


if __name__ == "__main__":
    unittest.main()
