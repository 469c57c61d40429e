"""abi-check verify: the generated headers pass, and tampered copies fail precisely."""

import io
import os
import re
import shutil
import sys
import tempfile
import unittest

HERE = os.path.dirname(os.path.abspath(__file__))
REPO = os.path.dirname(os.path.dirname(HERE))
sys.path.insert(0, os.path.join(REPO, "abi-check"))

from iommu_abi_check import cli, errors  # noqa: E402

INCLUDE = os.path.join(REPO, "include")
HAVE_HEADERS = os.path.exists(os.path.join(INCLUDE, "layout", "virtio-iommu.json"))


def run_cli(argv):
    out, err = io.StringIO(), io.StringIO()
    old = sys.stderr
    sys.stderr = err
    try:
        status = cli.main(argv, out)
    finally:
        sys.stderr = old
    return status, out.getvalue(), err.getvalue()


@unittest.skipUnless(HAVE_HEADERS, "generated headers not present")
class VerifyRepo(unittest.TestCase):
    def test_all_specs_all_targets_all_flavors(self):
        st, out, err = run_cli(["verify"])
        self.assertEqual(st, 0, out + err)
        self.assertIn("per-struct layout summary", out)
        self.assertRegex(out, r"(?m)^xen-pv-iommu\s+pv_iommu_map_pages\s+40\s+4/8\s+8\s+9\s+.*30/30$")
        self.assertRegex(out, r"(?m)^virtio-iommu\s+virtio_iommu_req_probe\s+72\+properties@72\s")
        self.assertRegex(out, r"verify: OK: 2 spec\(s\), \d+ structs, 3 flavor\(s\) x 10 ABI\(s\)")

    def test_subset(self):
        st, out, _ = run_cli(["verify", "--spec", os.path.join(REPO, "spec", "xen-pv-iommu.yaml"),
                              "--targets", "i386,s390x", "--flavor", "xen", "--no-summary"])
        self.assertEqual(st, 0, out)
        self.assertIn("1 spec(s)", out)
        self.assertIn("1 flavor(s) x 2 ABI(s)", out)
        self.assertNotIn("per-struct", out)

    def test_unknown_target_and_flavor(self):
        st, _, err = run_cli(["verify", "--targets", "x86_64,z80"])
        self.assertEqual(st, errors.EXIT_USAGE)
        self.assertIn("unknown target ABI 'z80'", err)
        st, _, err = run_cli(["verify", "--flavor", "bsd"])
        self.assertEqual(st, errors.EXIT_USAGE)
        self.assertIn("unknown flavor 'bsd'", err)

    def test_missing_headers(self):
        with tempfile.TemporaryDirectory() as d:
            st, _, err = run_cli(["verify", "--include-dir", d])
        self.assertEqual(st, errors.EXIT_MISSING_INCLUDE)
        self.assertIn("generated header missing", err)

    def test_invalid_spec(self):
        with tempfile.TemporaryDirectory() as d:
            p = os.path.join(d, "bad.yaml")
            with open(p, "w") as f:
                f.write("spec: [\n")
            st, _, err = run_cli(["verify", "--spec", p])
        self.assertEqual(st, errors.EXIT_CORRUPT)
        self.assertNotIn("Traceback", err)


@unittest.skipUnless(HAVE_HEADERS, "generated headers not present")
class VerifyTampered(unittest.TestCase):
    def setUp(self):
        self.tmp = tempfile.mkdtemp()
        self.addCleanup(shutil.rmtree, self.tmp)
        self.inc = os.path.join(self.tmp, "include")
        shutil.copytree(INCLUDE, self.inc)

    def edit(self, rel, old, new):
        p = os.path.join(self.inc, rel)
        with open(p) as f:
            text = f.read()
        self.assertIn(old, text)
        with open(p, "w") as f:
            f.write(text.replace(old, new, 1))

    def verify(self, *extra):
        return run_cli(["verify", "--include-dir", self.inc, "--no-summary"] + list(extra))

    def test_widened_field(self):
        self.edit("iommu-abi/virtio_iommu.h",
                  "    uint32_t                     domain;     /*  4 4 */\n"
                  "    uint64_t                     virt_start; /*  8 8 */",
                  "    uint64_t                     domain;     /*  4 4 */\n"
                  "    uint64_t                     virt_start; /*  8 8 */")
        st, out, _ = self.verify("--flavor", "portable")
        self.assertEqual(st, errors.EXIT_MISMATCH, out)
        self.assertIn("layout assertions failed", out)
        self.assertRegex(out, r"iommu-abi/virtio_iommu\.h: struct virtio_iommu_req_map "
                              r"\[portable, x86_64\]: field 'domain' at offset 8, spec says 4")
        self.assertRegex(out, r"\[portable, i386\]: field 'domain' is 8 bytes, spec says 4")
        self.assertRegex(out, r"\[portable, x86_64\]: size 48, spec says 40")
        self.assertRegex(out, r"implicit 4-byte hole at offset 4 between 'head' and 'domain'")
        # i386 lays the u64 at 4: a cross-ABI difference, on its own line
        self.assertRegex(out, r"struct virtio_iommu_req_map \[portable\]: layout differs between "
                              r"ABIs: size 44 on i386; size 48 on x86_64")
        self.assertIn("verify: FAILED", out)
        for ln in out.splitlines():
            self.assertTrue(ln.startswith("abi-check: verify: "), ln)

    def test_removed_padding_member(self):
        self.edit("linux/xen_pv_iommu.h", "\t__u16 pad0;        /* reserved */\n", "")
        st, out, _ = self.verify("--flavor", "linux", "--targets", "riscv64")
        self.assertEqual(st, errors.EXIT_MISMATCH, out)
        self.assertRegex(out, r"struct pv_iommu_alloc \[linux, riscv64\]: field 'pad0' missing "
                              r"\(spec: offset 2, size 2\)")
        self.assertRegex(out, r"struct pv_iommu_alloc \[linux, riscv64\]: implicit 2-byte hole at "
                              r"offset 2 between 'ctx_no' and 'alloc_flags'")

    def test_struct_missing_from_the_header(self):
        p = os.path.join(self.inc, "iommu-abi", "virtio_iommu.h")
        with open(p) as f:
            text = f.read()
        new = re.sub(r"(?ms)^struct virtio_iommu_req_detach \{.*?^\};[^\n]*\n", "", text)
        self.assertNotEqual(new, text)
        with open(p, "w") as f:
            f.write(new)
        st, out, _ = self.verify("--flavor", "portable", "--targets", "mips")
        self.assertEqual(st, errors.EXIT_MISMATCH, out)
        self.assertIn("iommu-abi/virtio_iommu.h: struct virtio_iommu_req_detach [portable, mips]: "
                      "not declared by the header", out)
        self.assertNotIn("does not compile", out)

    def test_header_that_does_not_compile(self):
        self.edit("linux/xen_pv_iommu.h", "\t__u16 pad0;        /* reserved */\n",
                  "\t__u16 pad0        /* reserved */\n")
        st, out, _ = self.verify("--flavor", "linux", "--targets", "x86_64")
        # a broken header is exit 3 (does not parse), not 12 (layout mismatch)
        self.assertEqual(st, errors.EXIT_PARSE, out)
        self.assertRegex(out, r"\[x86_64\]: the header does not compile: x86_64: .*xen_pv_iommu\.h:\d+:\d+: error")


if __name__ == "__main__":
    unittest.main()
