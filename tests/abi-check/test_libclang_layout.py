"""verify's in-process layout reader (libclang) against the clang-process dump.

The fast path is only worth having if it is the same proof: for every flavor
and every target, the records it reads must equal, field for field (offsets,
sizes, alignments, canonical types, nested expansion, flexible tails), what
clang's -fdump-record-layouts says.  Errors must be classified the same way,
and records it does not model must send the caller to the process path.
"""

import os
import subprocess
import sys
import tempfile
import unittest

HERE = os.path.dirname(os.path.abspath(__file__))
REPO = os.path.dirname(os.path.dirname(HERE))
sys.path.insert(0, os.path.join(REPO, "abi-check"))

from iommu_abi_check import clang_layout as cl  # noqa: E402
from iommu_abi_check import libclang_layout as lc  # noqa: E402
from iommu_abi_check import verify  # noqa: E402

INCLUDE = os.path.join(REPO, "include")
HAVE_LIBCLANG = lc.library() is not None


def _tu(tmp, text):
    path = os.path.join(tmp, "tu.c")
    with open(path, "w") as f:
        f.write(text)
    return path


@unittest.skipUnless(HAVE_LIBCLANG, "libclang not found beside clang (Debian: libclang1-14)")
class SameAsTheDump(unittest.TestCase):
    def test_every_flavor_every_target_every_struct(self):
        tables = [verify.load_table(os.path.join(REPO, "spec", s))
                  for s in ("virtio-iommu.yaml", "xen-pv-iommu.yaml")]
        compared = 0
        with tempfile.TemporaryDirectory() as tmp:
            for fl in verify.FLAVORS:
                tu = os.path.join(tmp, fl + ".c")
                with open(tu, "w") as f:
                    f.write(verify._tu(INCLUDE, fl, tables, True))
                flags = verify.flavor_flags(fl, INCLUDE)
                for abi in cl.resolve_abis():
                    fast = lc.dump_target(abi, tu, flags)
                    slow = cl.dump_target(abi, tu, flags)
                    for t in tables:
                        for s in t["structs"]:
                            name = verify.struct_tag(t, fl, s["name"])
                            with self.subTest(flavor=fl, abi=abi.name, struct=name):
                                self.assertIsNotNone(slow.get(name))
                                self.assertEqual(fast.get(name), slow[name])
                                compared += 1
        self.assertEqual(compared, 3 * 10 * sum(len(t["structs"]) for t in tables))

    def test_nested_and_flexible(self):
        src = ("struct in { unsigned short a; unsigned char b[2]; };\n"
               "struct out { unsigned int x; struct in i; unsigned long long tail[]; };\n")
        with tempfile.TemporaryDirectory() as tmp:
            hdr = os.path.join(tmp, "h.h")
            with open(hdr, "w") as f:
                f.write(src)
            # the process path needs the base-type probes to size scalar fields
            tu = _tu(tmp, cl.probe_source([hdr], ["out"]))
            for abi in cl.resolve_abis(["i386", "x86_64"]):
                fast = lc.dump_target(abi, tu)
                slow = cl.dump_target(abi, tu)
                self.assertEqual(fast["out"], slow["out"], abi.name)
                self.assertTrue(fast["out"].field("tail").flexible)
                self.assertEqual([n.name for n in fast["out"].field("i").nested], ["a", "b"])


@unittest.skipUnless(HAVE_LIBCLANG, "libclang not found beside clang (Debian: libclang1-14)")
class Errors(unittest.TestCase):
    def error_of(self, src, abi):
        with tempfile.TemporaryDirectory() as tmp:
            with self.assertRaises(cl.ClangError) as cm:
                lc.dump_target(cl.resolve_abis([abi])[0], _tu(tmp, src))
        return cm.exception

    def test_failed_assertion_is_a_compile_error(self):
        e = self.error_of("struct s { int a; };\n"
                          "typedef char bad[sizeof(struct s) == 3 ? 1 : -1];\n", "x86_64")
        self.assertEqual(e.kind, "compile")
        self.assertIn("tu.c:2:", str(e))
        self.assertIn("negative size", str(e))

    def test_missing_include(self):
        e = self.error_of("#include <no/such/header.h>\n", "aarch64")
        self.assertEqual(e.kind, "missing-include")
        self.assertIn("file not found", str(e))

    def test_bitfields_and_anonymous_members_go_to_the_process_path(self):
        cases = ("struct s { unsigned a : 3; unsigned b : 5; };",
                 "struct s { int k; union { int x; short y; }; };")
        with tempfile.TemporaryDirectory() as tmp:
            for src in cases:
                tu = _tu(tmp, src + "\ntypedef char used[sizeof(struct s)];\n")
                with self.subTest(src=src), self.assertRaises(lc.Unsupported):
                    lc.dump_target(cl.resolve_abis(["x86_64"])[0], tu)

    def test_verify_falls_back_for_unsupported_records(self):
        with tempfile.TemporaryDirectory() as tmp:
            tu = _tu(tmp, "struct s { unsigned a : 3; };\ntypedef char used[sizeof(struct s)];\n")
            recs = verify._dump(cl.resolve_abis(["x86_64"])[0], tu, [])
            self.assertEqual(recs["s"].size, 4)
            self.assertEqual(recs["s"].fields[0].bit_width, 3)


class Switch(unittest.TestCase):
    def test_env_turns_the_fast_path_off(self):
        code = ("import sys; sys.path.insert(0, %r)\n"
                "from iommu_abi_check import libclang_layout as lc\n"
                "print(lc.library() is None)\n" % os.path.join(REPO, "abi-check"))
        env = dict(os.environ, ABI_CHECK_LIBCLANG="0")
        out = subprocess.run([sys.executable, "-c", code], env=env, stdout=subprocess.PIPE,
                             universal_newlines=True, check=True).stdout
        self.assertEqual(out.strip(), "True")


if __name__ == "__main__":
    unittest.main()
