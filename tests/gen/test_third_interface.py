"""Adding an interface is writing one YAML file.

In a scratch copy of the source tree, this writes spec/demo-iommu.yaml and
nothing else by hand, then drives the project the way a maintainer would:
configure, regenerate, record the baseline, run the build's ABI gate, run
the header tests.  Each step must pick the new interface up from the spec
alone -- the generator (its headers, layout table and assertions), abi-check
verify (every struct on every flavor and ABI), the gate's diff against the
committed baseline (and a renumbered command in the spec is then BREAKING),
and the header tests CMake registers.  Nothing in the real tree is touched.

Needs cmake, ctest and clang (CMAKE_COMMAND, CTEST_COMMAND, IOMMU_ABI_CLANG
from ctest; else found on PATH).
"""

import json
import os
import re
import shutil
import subprocess
import tempfile
import unittest
from typing import Dict, List, Optional

HERE = os.path.dirname(os.path.abspath(__file__))
REPO = os.path.normpath(os.path.join(HERE, "..", ".."))
CMAKE = os.environ.get("CMAKE_COMMAND") or shutil.which("cmake") or "cmake"
CTEST = os.environ.get("CTEST_COMMAND") or os.path.join(os.path.dirname(CMAKE), "ctest")
NAME = "demo-iommu"

SPEC = """\
# A third interface, written only by tests/gen/test_third_interface.py.
spec: demo-iommu
title: Demonstration IOMMU interface
doc: A small request interface that exists only in the third-interface test.
outputs:
  linux: linux/demo_iommu.h
  portable: iommu-abi/demo_iommu.h
  xen: xen/public/demo-iommu.h

constants:
  - group: map_flags
    kind: flags
    doc: Bits of demo_map.flags.
    items:
      - {name: DEMO_MAP_F_READ, bit: 0, doc: The device may read.}
      - {name: DEMO_MAP_F_WRITE, bit: 1, doc: The device may write.}

enums:
  - name: demo_cmd
    doc: Request types.
    enumerators:
      - {name: DEMO_CMD_MAP, value: 1, doc: "arg: struct demo_map."}
      - {name: DEMO_CMD_UNMAP, value: 2}

structs:
  - name: demo_head
    doc: The head of every request.
    size: 4
    fields:
      - {name: cmd, type: u8, enum: demo_cmd, dir: in}
      - {name: reserved, type: u8, count: 3, reserved: true}

  - name: demo_map
    doc: Map a range of device addresses.
    size: 24
    fields:
      - {name: head, type: demo_head, dir: in}
      - {name: flags, type: le32, flags: map_flags, dir: in}
      - {name: iova, type: le64, dir: in, doc: First device address.}
      - {name: paddr, type: le64, dir: in, doc: First physical address.}
"""


def _ignore_builds(directory: str, names: List[str]) -> List[str]:
    """Leave out build trees (anything holding a CMakeCache.txt), VCS data, caches."""
    return [n for n in names
            if n in (".git", "__pycache__", ".mypy_cache")
            or os.path.exists(os.path.join(directory, n, "CMakeCache.txt"))]


class ThirdInterface(unittest.TestCase):
    tmp: str
    src: str
    build: str
    spec: str
    env: Dict[str, str]

    @classmethod
    def setUpClass(cls) -> None:
        cls.tmp = tempfile.mkdtemp(prefix="iommu-abi-third-")
        cls.src = os.path.join(cls.tmp, "src")
        cls.build = os.path.join(cls.tmp, "build")
        shutil.copytree(REPO, cls.src, ignore=_ignore_builds, symlinks=True)
        cls.spec = os.path.join(cls.src, "spec", NAME + ".yaml")
        with open(cls.spec, "w") as f:
            f.write(SPEC)
        cls.env = dict(os.environ)
        r = cls.run_in(None, [CMAKE, "-S", cls.src, "-B", cls.build])
        if r.returncode != 0:
            raise AssertionError("configure failed:\n" + r.stdout + r.stderr)

    @classmethod
    def tearDownClass(cls) -> None:
        shutil.rmtree(cls.tmp, ignore_errors=True)

    @classmethod
    def run_in(cls, cwd: Optional[str], argv: List[str]) -> "subprocess.CompletedProcess[str]":
        return subprocess.run(argv, cwd=cwd or cls.src, env=cls.env, capture_output=True,
                              text=True)

    def target(self, name: str) -> "subprocess.CompletedProcess[str]":
        return self.run_in(None, [CMAKE, "--build", self.build, "--target", name])

    def table(self) -> dict:
        with open(os.path.join(self.src, "include", "layout", NAME + ".json")) as f:
            return json.load(f)

    def test_1_generation_verify_gate_and_header_tests(self) -> None:
        # Generation: the regen target writes every output of the new spec.
        r = self.target("regen")
        self.assertEqual(r.returncode, 0, r.stdout + r.stderr)
        table = self.table()
        self.assertEqual(table["format"], "iommu-abi-layout-3")
        self.assertEqual([s["name"] for s in table["structs"]], ["demo_head", "demo_map"])
        for flavor, facts in table["flavors"].items():
            for rel in (facts["header"], facts["assertions"]):
                self.assertTrue(os.path.isfile(os.path.join(self.src, "include", rel)),
                                "%s flavor: %s not generated" % (flavor, rel))
        self.assertEqual(table["flavors"]["xen"]["structs"]["demo_map"], "xen_demo_map")

        # The baseline target records it, byte-identical to the generated table.
        r = self.target("abi-baseline")
        self.assertEqual(r.returncode, 0, r.stdout + r.stderr)
        with open(os.path.join(self.src, "abi-check", "baseline", NAME + ".json")) as f:
            baseline = f.read()
        with open(os.path.join(self.src, "include", "layout", NAME + ".json")) as f:
            self.assertEqual(baseline, f.read())

        # The build's gate: verify proves both structs on every flavor and ABI,
        # and the diff against the new baseline runs for the new spec.
        r = self.target("abi-gate")
        out = r.stdout + r.stderr
        self.assertEqual(r.returncode, 0, out)
        self.assertRegex(out, r"verify: OK: 3 spec\(s\)")
        self.assertRegex(out, r"(?m)^demo-iommu\s+demo_map\s+24\s.*\s30/30$")
        self.assertRegex(out, r"diff \S*baseline/demo-iommu\.json -> \S*spec/demo-iommu\.yaml: "
                              r"no ABI change")

        # The header tests CMake registered for it, run.
        r = self.run_in(self.build, [CTEST, "-N", "-R", r"\.demo-iommu\."])
        listed = re.findall(r"Test +#\d+: (\S+)", r.stdout)
        for kind in ("layout", "padded", "hygiene", "xen-build", "xen-chk", "xen-compat",
                     "linux-uapi", "portable"):
            self.assertTrue(any(t.startswith("headers.%s.demo-iommu." % kind) for t in listed),
                            "no headers.%s test for the new spec in %s" % (kind, listed))
        # Every kind of header test on i386 (the ABI whose 64-bit integers are
        # 4-aligned, where flavors can differ) and the hygiene of each header:
        # the rest are the same tests on other targets.
        r = self.run_in(self.build, [CTEST, "-j2", "--output-on-failure", "-R",
                                     r"\.demo-iommu\.(.*\.)?i386$|^headers\.hygiene\.demo-iommu\."])
        self.assertEqual(r.returncode, 0, r.stdout[-6000:] + r.stderr)
        m = re.search(r"100% tests passed, 0 tests failed out of (\d+)", r.stdout)
        self.assertIsNotNone(m, r.stdout[-3000:])
        assert m is not None
        self.assertGreaterEqual(int(m.group(1)), 15)

    def test_2_gate_catches_a_breaking_edit_of_the_new_spec(self) -> None:
        # A renumbered command in the new spec, regenerated but not re-baselined:
        # the gate must fail, naming the spec and the change.
        with open(self.spec) as f:
            text = f.read()
        self.assertIn("{name: DEMO_CMD_UNMAP, value: 2}", text)
        with open(self.spec, "w") as f:
            f.write(text.replace("{name: DEMO_CMD_UNMAP, value: 2}",
                                 "{name: DEMO_CMD_UNMAP, value: 3}"))
        self.assertTrue(os.path.exists(os.path.join(self.src, "abi-check", "baseline",
                                                    NAME + ".json")), "test_1 recorded no baseline")
        r = self.target("regen")
        self.assertEqual(r.returncode, 0, r.stdout + r.stderr)
        r = self.target("abi-gate")
        out = r.stdout + r.stderr
        self.assertNotEqual(r.returncode, 0, out)
        self.assertRegex(out, r"BREAKING: enum demo_cmd: enumerator DEMO_CMD_UNMAP: value changed 2 -> 3")
        self.assertRegex(out, r"baseline/demo-iommu\.json -> \S*spec/demo-iommu\.yaml: BREAKING")


if __name__ == "__main__":
    unittest.main()
