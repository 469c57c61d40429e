"""The README as a newcomer follows it: what it says to install is what CI
installs, what it says to run is what CI runs, the CMake it needs is the one
the build asks for, and no file of the repository sends the reader to a
document the repository does not have."""

import os
import re
import unittest

HERE = os.path.dirname(os.path.abspath(__file__))
SRC = os.path.dirname(os.path.dirname(HERE))

# Documents the project was designed from, which users of the repository do
# not have (spelled in two parts so this file does not cite them itself).
OUTSIDE = ("DESIGN" + ".md", "/work/" + "shared", "seeds" + "/")
SKIP_DIRS = {".git", "__pycache__", "obj-x86_64-linux-gnu"}


def read(*parts):
    with open(os.path.join(SRC, *parts), encoding="utf-8") as f:
        return f.read()


def readme_blocks():
    return re.findall(r"```sh\n(.*?)```", read("README.md"), re.S)


def ci_packages():
    m = re.search(r"packages=\((.*?)\)", read(".ci", "run"), re.S)
    return m.group(1).split()


class Docs(unittest.TestCase):
    def test_no_file_cites_a_document_outside_the_repository(self):
        found = []
        for root, dirs, names in os.walk(SRC):
            # build trees and dpkg-buildpackage's staging directories are not the repository's
            dirs[:] = [d for d in dirs if d not in SKIP_DIRS and not d.startswith("build")
                       and not (os.path.basename(root) == "debian" and
                                (d.startswith("iommu-abi-") or d in ("tmp", ".debhelper")))]
            for n in names:
                path = os.path.join(root, n)
                try:
                    with open(path, encoding="utf-8") as f:
                        text = f.read()
                except (UnicodeDecodeError, OSError):
                    continue
                for lineno, line in enumerate(text.splitlines(), 1):
                    for ref in OUTSIDE:
                        if ref in line:
                            found.append("%s:%d: %s" % (os.path.relpath(path, SRC), lineno, line.strip()))
        self.assertEqual(found, [], "\n".join(found))

    def test_prerequisites_line_is_what_ci_installs(self):
        lines = [ln for b in readme_blocks() for ln in b.splitlines() if "apt-get install" in ln]
        self.assertTrue(lines, "README has no apt-get install line")
        line = lines[0]
        self.assertTrue(line.startswith("apt-get update && apt-get install -y "), line)
        packages = line.split("apt-get install -y ", 1)[1].split()
        self.assertEqual(sorted(packages), sorted(ci_packages()))

    def test_ci_runs_the_readme_commands_verbatim(self):
        ci = read(".ci", "run").splitlines()
        lines = [ln.strip() for b in readme_blocks() for ln in b.splitlines()]
        # the Quick start's: the first build line and the first test line
        commands = [next(ln for ln in lines if ln.startswith(p)) for p in ("cmake -S", "ctest ")]
        for c in commands:
            self.assertIn(c, ci)

    @unittest.skipUnless(os.environ.get("IOMMU_ABI_BUILD_DIR"), "IOMMU_ABI_BUILD_DIR not set")
    def test_every_test_has_its_part_label(self):
        import json
        import subprocess
        out = subprocess.run(["ctest", "--test-dir", os.environ["IOMMU_ABI_BUILD_DIR"], "-N",
                              "--show-only=json-v1"], stdout=subprocess.PIPE, universal_newlines=True,
                             check=True).stdout
        parts = {"gen", "headers", "abi-check", "translator", "install", "wire", "cross"}
        unlabelled = []
        for t in json.loads(out)["tests"]:
            labels = set()
            for prop in t.get("properties", []):
                if prop["name"] == "LABELS":
                    labels = set(prop["value"])
            if not labels & parts and not t["name"].startswith("bench."):
                unlabelled.append(t["name"])
        self.assertEqual(unlabelled, [])

    def test_cmake_minimum_required_covers_ctest_test_dir(self):
        m = re.search(r"cmake_minimum_required\(VERSION (\d+)\.(\d+)", read("CMakeLists.txt"))
        self.assertGreaterEqual((int(m.group(1)), int(m.group(2))), (3, 20))


if __name__ == "__main__":
    unittest.main()
