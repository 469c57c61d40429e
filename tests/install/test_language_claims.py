"""The language claims README.md's header table makes, per flavor, compiled
with -pedantic -Werror by gcc/g++ and clang/clang++:

  portable  C89, C99, C11, C++98, C++11, C++17
  xen       C89 (-ansi), C99, C11, C++98, C++17 (with Xen's xen.h: stand-ins)
  linux     C99, C11; C89 and C++ only without -pedantic: its virtio header
            ends PROBE with a flexible array member, as the kernel's does

and the linux flavor's limit is real (C89 -pedantic rejects it), so the
README cannot quietly claim more than is true."""

import glob
import os
import shutil
import subprocess
import unittest

HERE = os.path.dirname(os.path.abspath(__file__))
SRC = os.path.dirname(os.path.dirname(HERE))
INC = os.path.join(SRC, "include")
XEN_STANDINS = os.path.join(SRC, "tests", "headers", "xen-standins")

C = {"c89": ["-x", "c", "-std=c89"], "c99": ["-x", "c", "-std=c99"], "c11": ["-x", "c", "-std=c11"]}
CXX = {"c++98": ["-x", "c++", "-std=c++98"], "c++11": ["-x", "c++", "-std=c++11"],
       "c++17": ["-x", "c++", "-std=c++17"]}
FLAVORS = {
    "portable": (glob.glob(os.path.join(INC, "iommu-abi", "*.h")), [], list(C) + list(CXX)),
    "xen": (glob.glob(os.path.join(INC, "xen", "public", "*.h")),
            ["-D__XEN_TOOLS__", "-include", "stdint.h", "-I", XEN_STANDINS], list(C) + list(CXX)),
    "linux": (glob.glob(os.path.join(INC, "linux", "*.h")), [], ["c99", "c11"]),
}


def compilers(std):
    if std in C:
        return [c for c in (shutil.which("gcc"), shutil.which("clang")) if c]
    return [c for c in (shutil.which("g++"), shutil.which("clang++")) if c]


def compile_header(cc, std, header, extra, pedantic=True):
    mode = C.get(std) or CXX[std]
    cmd = [cc, "-fsyntax-only"] + mode + (["-pedantic"] if pedantic else []) + \
        ["-Wall", "-Wextra", "-Werror"] + extra + [header]
    p = subprocess.run(cmd, stdout=subprocess.PIPE, stderr=subprocess.STDOUT, universal_newlines=True)
    return p.returncode, " ".join(cmd) + "\n" + p.stdout


class LanguageClaims(unittest.TestCase):
    def test_every_claimed_mode_compiles_pedantically(self):
        for flavor, (headers, extra, stds) in FLAVORS.items():
            self.assertTrue(headers, flavor)
            for std in stds:
                for cc in compilers(std):
                    for h in headers:
                        with self.subTest(flavor=flavor, std=std, cc=os.path.basename(cc), header=h):
                            rc, out = compile_header(cc, std, h, extra)
                            self.assertEqual(rc, 0, out)

    def test_linux_flavor_is_c99_under_pedantic_and_c89_without(self):
        h = os.path.join(INC, "linux", "virtio_iommu.h")
        for cc in compilers("c89"):
            rc, out = compile_header(cc, "c89", h, [])
            self.assertNotEqual(rc, 0, "the README says the linux flavor needs C99 under -pedantic")
            self.assertIn("flexible array", out)
            rc, out = compile_header(cc, "c89", h, [], pedantic=False)
            self.assertEqual(rc, 0, out)
        for cxx in compilers("c++17"):
            rc, out = compile_header(cxx, "c++17", h, [], pedantic=False)
            self.assertEqual(rc, 0, out)


if __name__ == "__main__":
    unittest.main()
