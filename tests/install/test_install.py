"""The project as its users pick it up: installed into a fresh prefix and used
from there (find_package, pkg-config, the commands), and pulled into another
CMake project with add_subdirectory().

Environment (set by tests/install/CMakeLists.txt): IOMMU_ABI_BUILD_DIR (a
built tree to install), IOMMU_ABI_SOURCE_DIR, CMAKE_COMMAND, CC,
IOMMU_ABI_PYTHON.
"""

import os
import re
import shutil
import subprocess
import tempfile
import unittest

HERE = os.path.dirname(os.path.abspath(__file__))
SRC = os.environ.get("IOMMU_ABI_SOURCE_DIR") or os.path.dirname(os.path.dirname(HERE))
BUILD = os.environ.get("IOMMU_ABI_BUILD_DIR", "")
CMAKE = os.environ.get("CMAKE_COMMAND", "cmake")
CC = os.environ.get("CC", "cc")
CONSUMER = os.path.join(HERE, "consumer")
XEN_STANDINS = os.path.join(SRC, "tests", "headers", "xen-standins")
with open(os.path.join(SRC, "VERSION"), encoding="utf-8") as _f:
    VERSION = _f.readline().strip()
EXPECTED_RUN = "portable map 40 linux map 40 xen map 40 translate 0x80234"


def run(cmd, **kw):
    p = subprocess.run(cmd, stdout=subprocess.PIPE, stderr=subprocess.STDOUT,
                       universal_newlines=True, **kw)
    if p.returncode != 0:
        raise AssertionError("%s failed (%d):\n%s" % (" ".join(cmd), p.returncode, p.stdout[-6000:]))
    return p.stdout


def cache(build_dir):
    values = {}
    with open(os.path.join(build_dir, "CMakeCache.txt"), encoding="utf-8") as f:
        for line in f:
            if "=" in line and not line.startswith(("#", "//")):
                key, value = line.rstrip("\n").split("=", 1)
                values[key.split(":", 1)[0]] = value
    return values


@unittest.skipUnless(BUILD and os.path.isdir(BUILD), "IOMMU_ABI_BUILD_DIR not set")
class InstallTree(unittest.TestCase):
    @classmethod
    def setUpClass(cls):
        cls.tmp = tempfile.mkdtemp(prefix="iommu-abi-install-")
        # Install, then move the tree: the package must not remember where it
        # was installed, let alone where it was built.
        first = os.path.join(cls.tmp, "first")
        run([CMAKE, "--install", BUILD, "--prefix", first])
        cls.prefix = os.path.join(cls.tmp, "prefix")
        shutil.move(first, cls.prefix)

    @classmethod
    def tearDownClass(cls):
        shutil.rmtree(cls.tmp, ignore_errors=True)

    def p(self, *parts):
        return os.path.join(self.prefix, *parts)

    def test_layout_avoids_linux_libc_dev_and_xen_paths(self):
        inc = self.p("include")
        self.assertTrue(os.path.isfile(os.path.join(inc, "iommu-abi", "virtio_iommu.h")))
        self.assertTrue(os.path.isfile(os.path.join(inc, "iommu-abi-linux", "linux", "virtio_iommu.h")))
        self.assertTrue(os.path.isfile(os.path.join(inc, "iommu-abi-xen", "xen", "public", "pv-iommu.h")))
        self.assertTrue(os.path.isfile(os.path.join(inc, "iommu-ref", "viommu.h")))
        # Nothing directly in include/linux or include/xen (linux-libc-dev's and Xen's).
        self.assertFalse(os.path.exists(os.path.join(inc, "linux")))
        self.assertFalse(os.path.exists(os.path.join(inc, "xen")))
        layout = self.p("share", "iommu-abi", "layout")
        for spec in ("virtio-iommu", "xen-pv-iommu"):
            self.assertTrue(os.path.isfile(os.path.join(layout, spec + ".json")))
            for flavor in ("linux", "portable", "xen"):
                self.assertTrue(os.path.isfile(os.path.join(layout, "%s.%s-check.c" % (spec, flavor))))
        self.assertTrue(os.path.isfile(self.p("lib", "libiommu_ref.a")))
        # the wire helpers beside each flavor, the golden images in layout/golden/
        for rel in (("iommu-abi", "virtio_iommu_wire.h"), ("iommu-abi", "xen_pv_iommu_wire.h"),
                    ("iommu-abi-linux", "linux", "virtio_iommu_wire.h"),
                    ("iommu-abi-xen", "xen", "pv-iommu-wire.h"),
                    ("iommu-abi-xen", "xen", "virtio-iommu-wire.h")):
            self.assertTrue(os.path.isfile(os.path.join(inc, *rel)), rel)
        for spec in ("virtio-iommu", "xen-pv-iommu"):
            self.assertTrue(os.path.isfile(os.path.join(layout, "golden", spec + ".json")))
            self.assertTrue(os.path.isfile(os.path.join(layout, "golden", spec + ".portable.c")))
        # the translator's old hand-written accessors are not an installed API any more
        self.assertFalse(os.path.exists(os.path.join(inc, "iommu-ref", "wire.h")))

    def test_installed_golden_program_passes_against_installed_headers(self):
        prog = self.p("share", "iommu-abi", "layout", "golden", "virtio-iommu.portable.c")
        exe = os.path.join(self.tmp, "golden-virtio")
        run([CC, "-std=c99", "-I", self.p("include"), prog, "-o", exe])
        self.assertIn("checks match the golden images", run([exe]))

    def test_no_text_file_points_into_the_source_or_build_tree(self):
        for root, _, names in os.walk(self.prefix):
            for n in names:
                path = os.path.join(root, n)
                if os.path.islink(path):
                    self.assertFalse(os.path.isabs(os.readlink(path)), path)
                    continue
                with open(path, "rb") as f:
                    data = f.read()
                if data.startswith(b"\x7fELF") or data.startswith(b"!<arch>"):
                    continue            # debug info names the compile directory; not a path used
                for tree in (SRC, BUILD):
                    self.assertNotIn(os.fsencode(tree), data, path)

    def test_every_command_runs_from_bin_and_answers_version(self):
        for tool in ("abi-check", "iommu-abi-gen", "iommu-abi-vendor", "iommu-ref-replay"):
            out = run([self.p("bin", tool), "--version"], cwd=self.tmp)
            self.assertEqual(out.strip(), "%s %s" % (tool, VERSION))

    def test_installed_tools_work_on_installed_data(self):
        out = run([self.p("bin", "abi-check"), "verify", "--no-summary", "--targets", "x86_64,i386"],
                  cwd=self.tmp)
        self.assertIn("struct layouts match the spec", out)
        out = run([self.p("bin", "iommu-abi-gen"), "--check"], cwd=self.tmp)
        self.assertIn("match the specs", out)
        out = run([self.p("bin", "abi-check"), "diff", "--fail-on", "breaking",
                   self.p("share", "iommu-abi", "abi-check", "baseline", "xen-pv-iommu.json"),
                   self.p("share", "iommu-abi", "spec", "xen-pv-iommu.yaml")], cwd=self.tmp)
        self.assertIn("exit 0", out)
        trace = os.path.join(SRC, "tests", "translator", "virtio", "traces", "unmap_examples.trace")
        if os.path.exists(trace):
            run([self.p("bin", "iommu-ref-replay"), trace], cwd=self.tmp)
        # The installed generator refuses to write into the installed tree by default.
        p = subprocess.run([self.p("bin", "iommu-abi-gen")], stdout=subprocess.PIPE,
                           stderr=subprocess.STDOUT, universal_newlines=True, cwd=self.tmp)
        self.assertEqual(p.returncode, 2, p.stdout)
        self.assertIn("--out DIR is required", p.stdout)

    def test_find_package_consumer(self):
        b = os.path.join(self.tmp, "find-package")
        run([CMAKE, "-S", CONSUMER, "-B", b, "-DCMAKE_PREFIX_PATH=" + self.prefix,
             "-DXEN_STANDINS=" + XEN_STANDINS, "-DCMAKE_C_COMPILER=" + CC])
        out = run([CMAKE, "--build", b])
        self.assertIn("abi-check: consumer-abi", out)       # the gate ran in ALL
        self.assertEqual(run([os.path.join(b, "consumer")]).strip(), EXPECTED_RUN)
        c = cache(b)
        self.assertEqual(c.get("IOMMU_ABI_CHECK"), self.p("bin", "abi-check"))

    def test_abi_check_readme_cmake_example_runs_as_written(self):
        """abi-check/README.md's iommu_abi_check() example, verbatim, in a Xen
        layout vendored with the installed iommu-abi-vendor: it builds, and
        fails with one line per moved field once two fields are swapped."""
        with open(os.path.join(SRC, "abi-check", "README.md"), encoding="utf-8") as f:
            readme = f.read()
        example = re.search(r"```cmake\n(.*?)```", readme[readme.index("## CMake"):], re.S).group(1)
        xen = os.path.join(self.tmp, "xen-tree")
        public = os.path.join(xen, "xen", "include", "public")
        run([self.p("bin", "iommu-abi-vendor"), "--flavor", "xen", "--spec", "xen-pv-iommu",
             "--include-as", "public/", public])
        os.makedirs(os.path.join(xen, "abi"))
        shutil.copy(self.p("share", "iommu-abi", "abi-check", "baseline", "xen-pv-iommu.json"),
                    os.path.join(xen, "abi", "pv-iommu.json"))
        with open(os.path.join(xen, "CMakeLists.txt"), "w", encoding="utf-8") as f:
            f.write("cmake_minimum_required(VERSION 3.20)\nproject(xen NONE)\n" + example)
        b = os.path.join(xen, "build")
        run([CMAKE, "-S", xen, "-B", b, "-DCMAKE_PREFIX_PATH=" + self.prefix])
        out = run([CMAKE, "--build", b])
        self.assertIn("has the layout of xen-pv-iommu (xen flavor)", out)
        self.assertIn("no ABI change", out)
        hdr = os.path.join(public, "pv-iommu.h")
        with open(hdr, encoding="utf-8") as f:
            text = f.read()
        a = re.search(r"^(\s+uint64_aligned_t\s+gfn;.*)$", text, re.M).group(1)
        c = re.search(r"^(\s+uint64_aligned_t\s+dfn;.*)$", text, re.M).group(1)
        with open(hdr, "w", encoding="utf-8") as f:
            f.write(text.replace(a, "@A@", 1).replace(c, a, 1).replace("@A@", c, 1))
        p = subprocess.run([CMAKE, "--build", b], stdout=subprocess.PIPE, stderr=subprocess.STDOUT,
                           universal_newlines=True)
        self.assertNotEqual(p.returncode, 0, p.stdout)
        moved = [ln for ln in p.stdout.splitlines() if ln.startswith("abi-check: verify: ") and "field '" in ln]
        self.assertEqual(len(moved), 2, p.stdout)
        self.assertIn("field 'gfn' at offset 8, spec says 0", moved[0])
        self.assertIn("field 'dfn' at offset 0, spec says 8", moved[1])

    def test_find_package_version_file(self):
        b = os.path.join(self.tmp, "version")
        os.makedirs(b)
        with open(os.path.join(b, "CMakeLists.txt"), "w") as f:
            f.write("cmake_minimum_required(VERSION 3.20)\nproject(v NONE)\n"
                    "find_package(iommu-abi 99 CONFIG QUIET)\n"
                    "if(iommu-abi_FOUND)\n  message(FATAL_ERROR \"version 99 accepted\")\nendif()\n"
                    "find_package(iommu-abi %s CONFIG REQUIRED)\n"
                    "message(STATUS \"found iommu-abi ${iommu-abi_VERSION}\")\n" % VERSION)
        out = run([CMAKE, "-S", b, "-B", os.path.join(b, "build"), "-DCMAKE_PREFIX_PATH=" + self.prefix])
        self.assertIn("found iommu-abi " + VERSION, out)

    def test_pkg_config_consumer(self):
        pkg = shutil.which("pkg-config") or shutil.which("pkgconf")
        if not pkg:
            self.skipTest("pkg-config not installed")
        # .pc files name their prefix (written at install time): install afresh, unmoved.
        prefix = os.path.join(self.tmp, "pc-prefix")
        run([CMAKE, "--install", BUILD, "--prefix", prefix])
        env = dict(os.environ, PKG_CONFIG_PATH=os.path.join(prefix, "lib", "pkgconfig"))

        def flags(*args):
            return run([pkg] + list(args), env=env).split()
        self.assertEqual(run([pkg, "--modversion", "iommu-ref"], env=env).strip(), VERSION)
        self.assertEqual(flags("--cflags", "iommu-abi-linux"),
                         ["-I" + os.path.join(prefix, "include", "iommu-abi-linux")])
        objs = []
        for src, mod, extra in (("main.c", "iommu-ref", []),
                                ("linux.c", "iommu-abi-linux", []),
                                ("xen.c", "iommu-abi-xen", ["-I", XEN_STANDINS, "-D__XEN_TOOLS__"])):
            obj = os.path.join(self.tmp, "pc-" + src + ".o")
            run([CC, "-c", os.path.join(CONSUMER, src), "-o", obj] + flags("--cflags", mod) + extra)
            objs.append(obj)
        exe = os.path.join(self.tmp, "pc-consumer")
        run([CC, "-o", exe] + objs + flags("--libs", "iommu-ref"))
        self.assertEqual(run([exe]).strip(), EXPECTED_RUN)


class Subdirectory(unittest.TestCase):
    """add_subdirectory(): the same targets, nothing else built, nothing of the
    parent's changed."""

    def test_add_subdirectory_consumer(self):
        tmp = tempfile.mkdtemp(prefix="iommu-abi-subdir-")
        try:
            b = os.path.join(tmp, "build")
            run([CMAKE, "-S", CONSUMER, "-B", b, "-DIOMMU_ABI_SOURCE_DIR=" + SRC,
                 "-DXEN_STANDINS=" + XEN_STANDINS, "-DCMAKE_C_COMPILER=" + CC])
            c = cache(b)
            self.assertEqual(c.get("CMAKE_BUILD_TYPE"), "", "the parent's build type was changed")
            self.assertEqual(c.get("CMAKE_C_FLAGS", "").strip(), "")
            self.assertNotIn("BUILD_TESTING", c)             # include(CTest) is the parent's call
            self.assertEqual(c.get("IOMMU_ABI_BUILD_TESTS"), "OFF")
            self.assertEqual(c.get("IOMMU_ABI_GATE"), "OFF")
            out = run([CMAKE, "--build", b])
            self.assertNotIn("ABI gate", out)                   # no verify run by default
            self.assertNotIn("Checking include/", out)
            self.assertEqual(run([os.path.join(b, "consumer")]).strip(), EXPECTED_RUN)
            # No test, fuzzer or benchmark of iommu-abi was built or registered.
            for root, _, names in os.walk(os.path.join(b, "iommu-abi")):
                for n in names:
                    self.assertNotIn(n, ("diff_xen", "diff_viommu", "iommu-ref-bench",
                                         "fuzz_replay", "iommu-ref-replay-san", "libiommu_ref_san.a"),
                                     os.path.join(root, n))
            listing = run(["ctest", "--test-dir", b, "-N"])
            self.assertIn("Total Tests: 1", listing)
        finally:
            shutil.rmtree(tmp, ignore_errors=True)


if __name__ == "__main__":
    unittest.main()
