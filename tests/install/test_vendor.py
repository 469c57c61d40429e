"""iommu-abi-vendor: a copy into a hypervisor's tree, stamped, compilable
where it lands, and --check catching a hand edit or another version."""

import os
import re
import shutil
import subprocess
import sys
import tempfile
import unittest

HERE = os.path.dirname(os.path.abspath(__file__))
SRC = os.path.dirname(os.path.dirname(HERE))
VENDOR = os.path.join(SRC, "tools", "iommu-abi-vendor")
XEN_STANDINS = os.path.join(SRC, "tests", "headers", "xen-standins")
CC = os.environ.get("CC", "cc")
with open(os.path.join(SRC, "VERSION"), encoding="utf-8") as _f:
    VERSION = _f.readline().strip()


def vendor(*args):
    return subprocess.run([sys.executable, VENDOR] + list(args), stdout=subprocess.PIPE,
                          stderr=subprocess.STDOUT, universal_newlines=True)


class Vendor(unittest.TestCase):
    def setUp(self):
        self.tmp = tempfile.mkdtemp(prefix="iommu-abi-vendor-")
        self.public = os.path.join(self.tmp, "xen", "include", "public")
        self.args = ["--flavor", "xen", "--include-as", "public/", self.public]
        p = vendor(*self.args)
        self.assertEqual(p.returncode, 0, p.stdout)

    def tearDown(self):
        shutil.rmtree(self.tmp, ignore_errors=True)

    def read(self, name):
        with open(os.path.join(self.public, name), encoding="utf-8") as f:
            return f.read()

    def write(self, name, text):
        with open(os.path.join(self.public, name), "w", encoding="utf-8") as f:
            f.write(text)

    def test_copy_is_stamped_and_keeps_spdx_first(self):
        self.assertEqual(sorted(os.listdir(self.public)),
                         ["pv-iommu.h", "virtio-iommu.h", "virtio-iommu.xen-check.c",
                          "xen-pv-iommu.xen-check.c"])
        text = self.read("pv-iommu.h")
        lines = text.splitlines()
        self.assertEqual(lines[0], "/* SPDX-License-Identifier: MIT */")
        self.assertRegex(lines[1], r"iommu-abi %s \(spec xen-pv-iommu, sha256:[0-9a-f]{64}\)"
                         % re.escape(VERSION))
        with open(os.path.join(SRC, "include", "xen", "public", "pv-iommu.h"), encoding="utf-8") as f:
            self.assertEqual(lines[:1] + lines[2:], f.read().splitlines())

    def test_assertion_file_includes_the_copy_and_compiles_there(self):
        check = self.read("xen-pv-iommu.xen-check.c")
        self.assertIn("#include <public/pv-iommu.h>", check)
        self.assertNotIn("<xen/public/pv-iommu.h>", check)
        p = subprocess.run([CC, "-fsyntax-only", "-std=c99", "-D__XEN_TOOLS__", "-include", "stdint.h",
                            "-I", os.path.join(self.tmp, "xen", "include"), "-I", XEN_STANDINS,
                            os.path.join(self.public, "xen-pv-iommu.xen-check.c")],
                           stdout=subprocess.PIPE, stderr=subprocess.STDOUT, universal_newlines=True)
        self.assertEqual(p.returncode, 0, p.stdout)

    def test_default_include_is_relative_to_the_checks_dir(self):
        dest = os.path.join(self.tmp, "qemu", "include", "standard-headers", "iommu-abi")
        checks = os.path.join(self.tmp, "qemu", "tests", "iommu-abi")
        p = vendor("--flavor", "portable", "--spec", "virtio-iommu", "--checks-dir", checks, dest)
        self.assertEqual(p.returncode, 0, p.stdout)
        self.assertEqual(os.listdir(dest), ["virtio_iommu.h"])
        with open(os.path.join(checks, "virtio-iommu.portable-check.c"), encoding="utf-8") as f:
            self.assertIn('#include "../../include/standard-headers/iommu-abi/virtio_iommu.h"', f.read())
        p = subprocess.run([CC, "-fsyntax-only", os.path.join(checks, "virtio-iommu.portable-check.c")],
                           stdout=subprocess.PIPE, stderr=subprocess.STDOUT, universal_newlines=True)
        self.assertEqual(p.returncode, 0, p.stdout)

    def test_check_passes_on_a_fresh_copy(self):
        p = vendor("--check", *self.args)
        self.assertEqual(p.returncode, 0, p.stdout)
        self.assertIn("4 file(s) match iommu-abi " + VERSION, p.stdout)

    def test_check_finds_two_swapped_fields(self):
        text = self.read("pv-iommu.h")
        a = re.search(r"^(\s+uint64_aligned_t\s+gfn;.*)$", text, re.M)
        b = re.search(r"^(\s+uint64_aligned_t\s+dfn;.*)$", text, re.M)
        self.assertTrue(a and b)
        swapped = text.replace(a.group(1), "@A@").replace(b.group(1), a.group(1)).replace("@A@", b.group(1))
        self.write("pv-iommu.h", swapped)
        p = vendor("--check", *self.args)
        self.assertEqual(p.returncode, 1, p.stdout)
        self.assertIn("pv-iommu.h: differs from iommu-abi %s: it was edited by hand" % VERSION, p.stdout)
        self.assertRegex(p.stdout, r"(?m)^[-+]\s+uint64_aligned_t (gfn|dfn);")
        self.assertIn("1 of 4 file(s) differ", p.stdout)

    def test_check_names_another_version_and_a_missing_file(self):
        text = self.read("virtio-iommu.h").replace("iommu-abi %s (spec" % VERSION, "iommu-abi 0.0.1 (spec", 1)
        self.write("virtio-iommu.h", text)
        os.unlink(os.path.join(self.public, "virtio-iommu.xen-check.c"))
        p = vendor("--check", *self.args)
        self.assertEqual(p.returncode, 1, p.stdout)
        self.assertIn("vendored from another version or spec (stamp: 0.0.1", p.stdout)
        self.assertIn("virtio-iommu.xen-check.c: missing", p.stdout)

    def compile_user(self, include, call, *flags):
        """Compile a program that includes @include and returns @call on a
        zeroed buffer; the compiler's output if it fails."""
        prog = os.path.join(self.tmp, "use.c")
        with open(prog, "w", encoding="utf-8") as f:
            f.write("#include <%s>\n"
                    "int main(void) { unsigned char b[64] = { 0 };\n"
                    "  return (int)%s(b); }\n" % (include, call))
        p = subprocess.run([CC, "-fsyntax-only", "-std=c99", "-Wall", "-Werror"] + list(flags) + [prog],
                           stdout=subprocess.PIPE, stderr=subprocess.STDOUT, universal_newlines=True)
        self.assertEqual(p.returncode, 0, p.stdout)

    def test_wire_helpers_go_along_and_compile_where_they_land(self):
        # Xen: the helpers stay out of public/ and include the copy as <public/...>
        wire = os.path.join(self.tmp, "xen", "include", "xen")
        p = vendor("--wire-dir", wire, *self.args)
        self.assertEqual(p.returncode, 0, p.stdout)
        self.assertEqual(sorted(os.listdir(wire)), ["pv-iommu-wire.h", "virtio-iommu-wire.h"])
        with open(os.path.join(wire, "pv-iommu-wire.h"), encoding="utf-8") as f:
            text = f.read()
        self.assertIn("#include <public/pv-iommu.h>", text)
        self.assertNotIn('#include "public/pv-iommu.h"', text)
        self.assertRegex(text.splitlines()[1], r"iommu-abi %s \(spec xen-pv-iommu" % re.escape(VERSION))
        self.compile_user("xen/pv-iommu-wire.h", "xen_pv_iommu_map_pages_get_nr_pages_le",
                          "-D__XEN_TOOLS__", "-include", "stdint.h",
                          "-I", os.path.join(self.tmp, "xen", "include"), "-I", XEN_STANDINS)
        # --check covers the helpers: a hand edit there is found
        self.assertEqual(vendor("--check", "--wire-dir", wire, *self.args).returncode, 0)
        with open(os.path.join(wire, "pv-iommu-wire.h"), "w", encoding="utf-8") as f:
            f.write(text.replace("xen_pv_iommu_map_pages_get_nr_pages_le", "renamed_by_hand", 1))
        p = vendor("--check", "--wire-dir", wire, *self.args)
        self.assertEqual(p.returncode, 1, p.stdout)
        self.assertIn("pv-iommu-wire.h: differs from iommu-abi %s: it was edited by hand" % VERSION, p.stdout)

    def test_wire_helpers_beside_a_linux_copy(self):
        # QEMU's layout: include/standard-headers/linux, included as <linux/...>
        dest = os.path.join(self.tmp, "qemu", "include", "standard-headers", "linux")
        p = vendor("--flavor", "linux", "--spec", "virtio-iommu", "--include-as", "linux/",
                   "--wire-dir", dest, dest)
        self.assertEqual(p.returncode, 0, p.stdout)
        with open(os.path.join(dest, "virtio_iommu_wire.h"), encoding="utf-8") as f:
            self.assertIn("#include <linux/virtio_iommu.h>", f.read())
        self.compile_user("linux/virtio_iommu_wire.h", "virtio_iommu_req_map_get_flags",
                          "-I", os.path.join(self.tmp, "qemu", "include", "standard-headers"))

    def test_usage_errors(self):
        self.assertEqual(vendor("--flavor", "bsd", self.public).returncode, 2)
        p = vendor("--flavor", "xen", "--spec", "nosuch", self.public)
        self.assertEqual(p.returncode, 2, p.stdout)
        self.assertIn("unknown spec nosuch", p.stdout)

    def test_unwritable_destination_leaves_nothing_behind(self):
        if os.geteuid() == 0:
            self.skipTest("root can write anywhere")
        ro = os.path.join(self.tmp, "ro")
        os.makedirs(ro)
        os.chmod(ro, 0o555)
        p = vendor("--flavor", "linux", ro)
        self.assertEqual(p.returncode, 7, p.stdout)
        self.assertEqual(os.listdir(ro), [])


if __name__ == "__main__":
    unittest.main()
