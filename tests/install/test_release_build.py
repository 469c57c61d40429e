"""The Release configuration, built the way a user or packager builds it but
with warnings as errors and the other C compiler than this build's (gcc <->
clang): the project's C must stay warning-free with both at -O3, where each
compiler warns about things the other does not (gcc's -Wformat-truncation)."""

import json
import os
import shutil
import subprocess
import tempfile
import unittest

HERE = os.path.dirname(os.path.abspath(__file__))
SRC = os.path.dirname(os.path.dirname(HERE))
CMAKE = os.environ.get("CMAKE_COMMAND", "cmake")
CC = os.environ.get("CC", "cc")
CLANG = os.environ.get("IOMMU_ABI_CLANG", "clang")


def other_compiler():
    this = subprocess.run([CC, "--version"], stdout=subprocess.PIPE, stderr=subprocess.STDOUT,
                          universal_newlines=True).stdout
    return shutil.which("gcc") if "clang" in this else (shutil.which(CLANG) or shutil.which("clang"))


class ReleaseWithTheOtherCompiler(unittest.TestCase):
    def test_release_build_is_warning_free(self):
        cc = other_compiler()
        if not cc:
            self.skipTest("no second C compiler (gcc and clang) installed")
        tmp = tempfile.mkdtemp(prefix="iommu-abi-release-")
        try:
            env = dict(os.environ)
            env.pop("IOMMU_ABI_WERROR", None)
            p = subprocess.run([CMAKE, "-S", SRC, "-B", tmp, "-DCMAKE_BUILD_TYPE=Release",
                                "-DCMAKE_C_COMPILER=" + cc, "-DIOMMU_ABI_WERROR=ON",
                                "-DBUILD_TESTING=OFF", "-DIOMMU_ABI_GATE=OFF"],
                               stdout=subprocess.PIPE, stderr=subprocess.STDOUT,
                               universal_newlines=True, env=env)
            self.assertEqual(p.returncode, 0, p.stdout[-4000:])
            p = subprocess.run([CMAKE, "--build", tmp, "-j2"], stdout=subprocess.PIPE,
                               stderr=subprocess.STDOUT, universal_newlines=True, env=env)
            self.assertEqual(p.returncode, 0, p.stdout[-6000:])
            self.assertNotIn("warning:", p.stdout)
            with open(os.path.join(tmp, "compile_commands.json"), encoding="utf-8") as f:
                commands = [c["command"] for c in json.load(f)]
            self.assertTrue(any("replay.c" in c for c in commands))
            for c in commands:
                self.assertTrue(c.startswith(cc), c)
                self.assertIn("-O3", c)
                self.assertIn("-Werror", c)
        finally:
            shutil.rmtree(tmp, ignore_errors=True)


if __name__ == "__main__":
    unittest.main()
