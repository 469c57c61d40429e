"""debian/: dpkg-buildpackage -us -uc -b builds iommu-abi-dev and
iommu-abi-tools with the files each should have, and lintian finds no error.

Built in a copy of the source tree (dpkg-buildpackage writes into debian/ and
next to the tree), without the build directories."""

import os
import re
import shutil
import subprocess
import tempfile
import unittest

HERE = os.path.dirname(os.path.abspath(__file__))
SRC = os.path.dirname(os.path.dirname(HERE))
with open(os.path.join(SRC, "VERSION"), encoding="utf-8") as _f:
    VERSION = _f.readline().strip()

DEV_FILES = [
    "usr/include/iommu-abi/virtio_iommu.h",
    "usr/include/iommu-abi/xen_pv_iommu.h",
    "usr/include/iommu-abi-linux/linux/virtio_iommu.h",
    "usr/include/iommu-abi-linux/linux/xen_pv_iommu.h",
    "usr/include/iommu-abi-xen/xen/public/pv-iommu.h",
    "usr/include/iommu-abi-xen/xen/public/virtio-iommu.h",
    "usr/include/iommu-abi/virtio_iommu_wire.h",
    "usr/include/iommu-abi-linux/linux/virtio_iommu_wire.h",
    "usr/include/iommu-abi-xen/xen/pv-iommu-wire.h",
    "usr/share/iommu-abi/layout/golden/virtio-iommu.json",
    "usr/include/iommu-ref/viommu.h",
    "usr/lib/{ma}/libiommu_ref.a",
    "usr/lib/{ma}/cmake/iommu-abi/iommu-abi-config.cmake",
    "usr/lib/{ma}/cmake/iommu-abi/iommu-abi-config-version.cmake",
    "usr/lib/{ma}/cmake/iommu-abi/IommuAbiCheck.cmake",
    "usr/lib/{ma}/pkgconfig/iommu-abi.pc",
    "usr/lib/{ma}/pkgconfig/iommu-ref.pc",
    "usr/share/iommu-abi/layout/xen-pv-iommu.json",
    "usr/share/iommu-abi/layout/xen-pv-iommu.xen-check.c",
    "usr/share/iommu-abi/spec/virtio-iommu.yaml",
    "usr/share/iommu-abi/abi-check/baseline/virtio-iommu.json",
]
TOOLS_FILES = [
    "usr/bin/abi-check", "usr/bin/iommu-abi-gen", "usr/bin/iommu-abi-vendor", "usr/bin/iommu-ref-replay",
    "usr/share/iommu-abi/VERSION",
    "usr/share/iommu-abi/abi-check/iommu_abi_check/cli.py",
    "usr/share/iommu-abi/gen/iommuabi/cli.py",
    "usr/share/iommu-abi/tools/iommu_abi_vendor.py",
]


def run(cmd, cwd=None):
    p = subprocess.run(cmd, cwd=cwd, stdout=subprocess.PIPE, stderr=subprocess.STDOUT,
                       universal_newlines=True)
    return p.returncode, p.stdout


def contents(deb):
    rc, out = run(["dpkg-deb", "-c", deb])
    assert rc == 0, out
    # "-rw-r--r-- root/root 123 2026-12-02 17:00 ./usr/x [-> target]"; directories left out
    return {re.split(r"\s+", ln, 5)[5].split(" -> ")[0][2:]
            for ln in out.splitlines() if ln.strip() and not ln.startswith("d")}


@unittest.skipUnless(shutil.which("dpkg-buildpackage") and shutil.which("dh"),
                     "dpkg-dev and debhelper not installed (.ci/run installs them)")
class DebianPackages(unittest.TestCase):
    @classmethod
    def setUpClass(cls):
        cls.tmp = tempfile.mkdtemp(prefix="iommu-abi-deb-")
        tree = os.path.join(cls.tmp, "iommu-abi")
        shutil.copytree(SRC, tree, symlinks=True, ignore=lambda d, names: [
            n for n in names if d == SRC and (n.startswith("build") or n == ".git")])
        rc, out = run(["dpkg-buildpackage", "-us", "-uc", "-b"], cwd=tree)
        cls.build_log = out
        cls.build_rc = rc
        rc, out = run(["dpkg-architecture", "-qDEB_HOST_MULTIARCH"])
        cls.multiarch = out.strip()
        rc, out = run(["dpkg-architecture", "-qDEB_HOST_ARCH"])
        cls.arch = out.strip()

    @classmethod
    def tearDownClass(cls):
        shutil.rmtree(cls.tmp, ignore_errors=True)

    def deb(self, package):
        return os.path.join(self.tmp, "%s_%s_%s.deb" % (package, VERSION, self.arch))

    def test_changelog_version_is_the_project_version(self):
        with open(os.path.join(SRC, "debian", "changelog"), encoding="utf-8") as f:
            self.assertTrue(f.readline().startswith("iommu-abi (%s) " % VERSION))

    def test_packages_build_with_their_files(self):
        self.assertEqual(self.build_rc, 0, self.build_log[-6000:])
        dev = contents(self.deb("iommu-abi-dev"))
        tools = contents(self.deb("iommu-abi-tools"))
        for f in DEV_FILES:
            self.assertIn(f.format(ma=self.multiarch), dev)
        for f in TOOLS_FILES:
            self.assertIn(f, tools)
        self.assertEqual(dev & tools, set(), "files in both packages")
        for name in dev | tools:
            self.assertFalse(name.startswith(("usr/include/linux/", "usr/include/xen/")), name)
            self.assertNotRegex(name, r"(^|/)(tests?|bench|fuzz)(/|$)")

    @unittest.skipUnless(shutil.which("lintian"), "lintian not installed (.ci/run installs it)")
    def test_lintian_reports_no_error(self):
        self.assertEqual(self.build_rc, 0, self.build_log[-6000:])
        changes = os.path.join(self.tmp, "iommu-abi_%s_%s.changes" % (VERSION, self.arch))
        rc, out = run(["lintian", "--fail-on", "error", changes])
        self.assertEqual(rc, 0, out)
        self.assertNotRegex(out, r"(?m)^E: ")


if __name__ == "__main__":
    unittest.main()
