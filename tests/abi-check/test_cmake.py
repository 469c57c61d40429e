"""IommuAbiCheck.cmake as a downstream project uses it: a clean header and a
compatible baseline build; the Xen v4 header or a breaking baseline fail the build."""

import os
import shutil
import subprocess
import tempfile
import unittest

HERE = os.path.dirname(os.path.abspath(__file__))
REPO = os.path.dirname(os.path.dirname(HERE))
CMAKE = os.environ.get("CMAKE_COMMAND") or shutil.which("cmake")
FIX = os.path.join(HERE, "fixtures")

PROJECT = """cmake_minimum_required(VERSION 3.18)
project(downstream NONE)
list(APPEND CMAKE_MODULE_PATH "{mod}")
include(IommuAbiCheck)
iommu_abi_check(NAME abi ALL
  HEADERS "{header}" INCLUDE_DIRS "{fix}" DEFINES __XEN_TOOLS__
  TARGETS i386 x86_64 aarch64
  BASELINE "{old}" NEW "{new}")
"""


@unittest.skipUnless(CMAKE, "cmake not found")
class Downstream(unittest.TestCase):
    def build(self, header, old, new):
        src = tempfile.mkdtemp()
        self.addCleanup(shutil.rmtree, src)
        with open(os.path.join(src, "CMakeLists.txt"), "w") as f:
            f.write(PROJECT.format(mod=os.path.join(REPO, "abi-check"), header=header, fix=FIX,
                                   old=old, new=new))
        b = os.path.join(src, "build")
        env = dict(os.environ)
        args = []
        if env.get("IOMMU_ABI_PYTHON"):
            args.append("-DIOMMU_ABI_PYTHON=" + env["IOMMU_ABI_PYTHON"])
        c = subprocess.run([CMAKE, "-S", src, "-B", b] + args, stdout=subprocess.PIPE,
                           stderr=subprocess.STDOUT, universal_newlines=True)
        self.assertEqual(c.returncode, 0, c.stdout)
        p = subprocess.run([CMAKE, "--build", b], stdout=subprocess.PIPE,
                           stderr=subprocess.STDOUT, universal_newlines=True)
        return p.returncode, p.stdout

    def test_clean_header_and_compatible_change_build(self):
        clean = os.path.join(REPO, "include", "iommu-abi", "xen_pv_iommu.h")
        st, out = self.build(clean, os.path.join(FIX, "virtio-iommu-standard-map-unmap.json"),
                             os.path.join(REPO, "spec", "virtio-iommu.yaml"))
        self.assertEqual(st, 0, out)
        self.assertIn("0 finding(s) on 3 target ABI(s)", out)

    def test_v4_header_fails_the_build(self):
        st, out = self.build(os.path.join(FIX, "pv-iommu-v4.h"),
                             os.path.join(REPO, "abi-check", "baseline", "xen-pv-iommu.json"),
                             os.path.join(REPO, "spec", "xen-pv-iommu.yaml"))
        self.assertNotEqual(st, 0, out)
        self.assertRegex(out, r"pv-iommu-v4\.h:176:14: warning: struct pv_iommu_map_pages: "
                              r"6-byte hole")

    def test_breaking_baseline_fails_the_build(self):
        clean = os.path.join(REPO, "include", "iommu-abi", "virtio_iommu.h")
        st, out = self.build(clean, os.path.join(FIX, "virtio-iommu-v0.5-map-unmap.json"),
                             os.path.join(REPO, "spec", "virtio-iommu.yaml"))
        self.assertNotEqual(st, 0, out)
        self.assertIn("BREAKING: struct virtio_iommu_req_map", out)


if __name__ == "__main__":
    unittest.main()
