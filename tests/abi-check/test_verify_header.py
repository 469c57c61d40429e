"""abi-check verify --flavor F --header PATH: a header at any path (a vendored
copy) against its spec's layout table, on every target ABI."""

import os
import re
import shutil
import subprocess
import sys
import tempfile
import unittest

HERE = os.path.dirname(os.path.abspath(__file__))
REPO = os.path.dirname(os.path.dirname(HERE))
TOOL = os.path.join(REPO, "abi-check", "abi-check")
INCLUDE = os.path.join(REPO, "include")


def abi_check(*args):
    p = subprocess.run([sys.executable, TOOL] + list(args), stdout=subprocess.PIPE,
                       stderr=subprocess.PIPE, universal_newlines=True)
    return p.returncode, p.stdout, p.stderr


def problems(out):
    return [ln for ln in out.splitlines() if ln.startswith("abi-check: verify: ") and ": struct " in ln]


class VerifyHeader(unittest.TestCase):
    def setUp(self):
        self.tmp = tempfile.mkdtemp(prefix="abi-check-verify-header-")
        self.public = os.path.join(self.tmp, "xen", "include", "public")
        os.makedirs(self.public)
        self.hdr = os.path.join(self.public, "pv-iommu.h")
        shutil.copy(os.path.join(INCLUDE, "xen", "public", "pv-iommu.h"), self.hdr)

    def tearDown(self):
        shutil.rmtree(self.tmp, ignore_errors=True)

    def edit(self, path, fn):
        with open(path, encoding="utf-8") as f:
            text = f.read()
        new = fn(text)
        self.assertNotEqual(new, text, "the edit changed nothing")
        with open(path, "w", encoding="utf-8") as f:
            f.write(new)

    def test_a_faithful_copy_passes_on_every_abi(self):
        rc, out, err = abi_check("verify", "--flavor", "xen", "--header", self.hdr, "-D", "__XEN_TOOLS__")
        self.assertEqual(rc, 0, out + err)
        self.assertIn("has the layout of xen-pv-iommu (xen flavor): 13 structs on 10 ABI(s)", out)

    def test_two_swapped_fields_are_two_lines(self):
        def swap(text):
            a = re.search(r"^(\s+uint64_aligned_t\s+gfn;.*)$", text, re.M).group(1)
            b = re.search(r"^(\s+uint64_aligned_t\s+dfn;.*)$", text, re.M).group(1)
            return text.replace(a, "@A@", 1).replace(b, a, 1).replace("@A@", b, 1)
        self.edit(self.hdr, swap)
        rc, out, err = abi_check("verify", "--flavor", "xen", "--header", self.hdr, "-D", "__XEN_TOOLS__")
        self.assertEqual(rc, 12, out + err)
        self.assertEqual(problems(out), [
            "abi-check: verify: %s: struct xen_pv_iommu_map_pages [xen]: field 'gfn' at offset 8, "
            "spec says 0 (on every ABI)" % self.hdr,
            "abi-check: verify: %s: struct xen_pv_iommu_map_pages [xen]: field 'dfn' at offset 0, "
            "spec says 8 (on every ABI)" % self.hdr])
        self.assertIn("FAILED: %s is not the xen flavor of xen-pv-iommu: 2 problem(s)" % self.hdr, out)

    def test_a_problem_on_some_abis_names_them(self):
        # uint64_t instead of uint64_aligned_t: only i386 aligns it to 4, and
        # the struct has no other 8-aligned member
        self.edit(self.hdr, lambda t: t.replace("uint64_aligned_t max_iova_addr;", "uint64_t max_iova_addr;", 1))
        rc, out, err = abi_check("verify", "--flavor", "xen", "--header", self.hdr, "-D", "__XEN_TOOLS__",
                                 "--include", "stdint.h", "--targets", "i386,x86_64,aarch64")
        self.assertEqual(rc, 12, out + err)
        lines = problems(out)
        self.assertTrue(lines, out)
        for ln in lines:
            self.assertTrue(ln.endswith("(on i386)"), ln)

    def test_forced_includes_and_include_dirs_are_used(self):
        port = os.path.join(self.tmp, "vmm", "virtio_iommu.h")
        os.makedirs(os.path.dirname(port))
        shutil.copy(os.path.join(INCLUDE, "iommu-abi", "virtio_iommu.h"), port)
        # a header that relies on a project header included first
        self.edit(port, lambda t: t.replace("#include <stdint.h>", "#include <vmm-types.h>", 1))
        types_dir = os.path.join(self.tmp, "types")
        os.makedirs(types_dir)
        with open(os.path.join(types_dir, "vmm-types.h"), "w") as f:
            f.write("#include <stdint.h>\n")
        rc, out, err = abi_check("verify", "--flavor", "portable", "--header", port, "--targets", "x86_64")
        self.assertEqual(rc, 5, out + err)
        self.assertIn("vmm-types.h", err)
        rc, out, err = abi_check("verify", "--flavor", "portable", "--header", port, "--targets", "x86_64",
                                 "-I", types_dir)
        self.assertEqual(rc, 0, out + err)

    def test_the_spec_comes_from_the_name_or_from_spec(self):
        other = os.path.join(self.tmp, "renamed.h")
        shutil.copy(self.hdr, other)
        rc, out, err = abi_check("verify", "--flavor", "xen", "--header", other)
        self.assertEqual(rc, 2, out + err)
        self.assertIn("give --spec FILE", err)
        rc, out, err = abi_check("verify", "--flavor", "xen", "--header", other, "--targets", "x86_64",
                                 "--spec", os.path.join(REPO, "spec", "xen-pv-iommu.yaml"))
        self.assertEqual(rc, 0, out + err)

    def test_a_header_of_another_flavor_fails(self):
        rc, out, err = abi_check("verify", "--flavor", "xen", "--header",
                                 os.path.join(INCLUDE, "linux", "xen_pv_iommu.h"),
                                 "--spec", os.path.join(REPO, "spec", "xen-pv-iommu.yaml"), "--targets", "x86_64")
        self.assertEqual(rc, 12, out + err)
        self.assertIn("not declared by the header", out)

    def test_usage_and_input_errors(self):
        for flavors in ("xen,linux", "all", "bsd", ","):
            rc, out, err = abi_check("verify", "--flavor", flavors, "--header", self.hdr)
            self.assertEqual(rc, 2, (flavors, out, err))
        rc, out, err = abi_check("verify", "--flavor", "xen", "--header", self.hdr + ".nope")
        self.assertEqual(rc, 7, out + err)
        rc, out, err = abi_check("verify", "--flavor", "xen", "--header", self.hdr, "--include-dir", INCLUDE)
        self.assertEqual(rc, 2, out + err)
        rc, out, err = abi_check("verify", "-I", self.public)
        self.assertEqual(rc, 2, out + err)
        self.edit(self.hdr, lambda t: t.replace("struct xen_pv_iommu_init {", "struct xen_pv_iommu_init { int x", 1))
        rc, out, err = abi_check("verify", "--flavor", "xen", "--header", self.hdr, "--targets", "x86_64")
        self.assertEqual(rc, 3, out + err)
        self.assertIn("pv-iommu.h", err)


if __name__ == "__main__":
    unittest.main()
