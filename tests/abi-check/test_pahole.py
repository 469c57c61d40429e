"""lint agrees with pahole.

The v4 fixture is compiled with debug info for i386 and x86_64 (a TU that
defines one object of every struct, so every type reaches DWARF), pahole
reads the holes and the tail padding back, and they must be exactly the ones
lint reports for that ABI: same structs, same member before each hole, same
byte counts.  Done for the toolstack build (-D__XEN_TOOLS__) and the guest
build (where i386 gets the header's 4-byte-aligned fallback).
"""

import io
import json
import os
import re
import shutil
import subprocess
import sys
import tempfile
import unittest

HERE = os.path.dirname(os.path.abspath(__file__))
REPO = os.path.dirname(os.path.dirname(HERE))
sys.path.insert(0, os.path.join(REPO, "abi-check"))

from iommu_abi_check import cli  # noqa: E402
from iommu_abi_check.clang_layout import find_clang  # noqa: E402

FIX = os.path.join(HERE, "fixtures")
V4 = os.path.join(FIX, "pv-iommu-v4.h")
PAHOLE = shutil.which("pahole")
TRIPLES = {"i386": "i386-pc-linux-gnu", "x86_64": "x86_64-pc-linux-gnu"}


def struct_names(path):
    with open(path) as f:
        return re.findall(r"^struct (\w+) \{", f.read(), re.M)


def parse_pahole(text):
    """{struct: {"holes": {(member before, bytes)}, "padding": bytes or 0}}"""
    out = {}
    cur = None
    last = None
    for ln in text.splitlines():
        m = re.match(r"^struct (\w+) \{", ln)
        if m:
            cur = out.setdefault(m.group(1), {"holes": set(), "padding": 0})
            last = None
            continue
        if cur is None:
            continue
        m = re.match(r"^\s+.*?\b(\w+)(?:\[\d*\])*;\s+/\*\s+\d+\s+\d+\s+\*/", ln)
        if m:
            last = m.group(1)
            continue
        m = re.search(r"/\* XXX (\d+) bytes? hole", ln)
        if m:
            cur["holes"].add((last, int(m.group(1))))
            continue
        m = re.search(r"/\* padding: (\d+) \*/", ln)
        if m:
            cur["padding"] = int(m.group(1))
        if ln.startswith("}"):
            cur = None
    return out


def lint_for(abi, defines):
    argv = ["lint", "--format", "json", "--targets", abi, V4]
    for d in defines:
        argv += ["-D", d]
    out = io.StringIO()
    cli.main(argv, out)
    found = {}
    for f in json.loads(out.getvalue())["findings"]:
        if f["rule"] == "abi-hole":
            found.setdefault(f["struct"], {"holes": set(), "padding": 0})["holes"].add(
                (f["field"], f["size"]))
        elif f["rule"] == "abi-tail-padding":
            found.setdefault(f["struct"], {"holes": set(), "padding": 0})["padding"] = f["size"]
    return found


@unittest.skipUnless(PAHOLE, "pahole (Debian: dwarves) is not installed: SKIPPING the "
                             "lint/pahole agreement test")
class LintAgreesWithPahole(unittest.TestCase):
    def pahole_for(self, abi, defines):
        tmp = tempfile.mkdtemp()
        self.addCleanup(shutil.rmtree, tmp)
        tu = os.path.join(tmp, "use.c")
        with open(tu, "w") as f:
            f.write('#include "pv-iommu-v4.h"\n')
            for s in struct_names(V4):
                f.write("struct %s abi_check_use_%s;\n" % (s, s))
        obj = os.path.join(tmp, "use.o")
        cmd = [find_clang(), "-target", TRIPLES[abi], "-ffreestanding", "-g", "-c", "-w",
               "-I", FIX] + ["-D" + d for d in defines] + [tu, "-o", obj]
        subprocess.run(cmd, check=True)
        p = subprocess.run([PAHOLE, obj], stdout=subprocess.PIPE, universal_newlines=True,
                           check=True)
        got = parse_pahole(p.stdout)
        self.assertIn("pv_iommu_map_pages", got, p.stdout)
        # keep only the structs that have something to say (pahole prints all)
        return {k: v for k, v in got.items()
                if k in struct_names(V4) and (v["holes"] or v["padding"])}

    def check(self, abi, defines):
        ph = self.pahole_for(abi, defines)
        ln = lint_for(abi, defines)
        self.assertTrue(ph, "pahole found no holes at all: the fixture or the parse is wrong")
        self.assertEqual(ln, ph, "lint and pahole disagree on %s %s" % (abi, defines))

    def test_i386_toolstack(self):
        self.check("i386", ["__XEN_TOOLS__"])

    def test_x86_64_toolstack(self):
        self.check("x86_64", ["__XEN_TOOLS__"])

    def test_i386_guest(self):
        self.check("i386", [])

    def test_x86_64_guest(self):
        self.check("x86_64", [])

    def test_the_known_numbers(self):
        ph = self.pahole_for("x86_64", ["__XEN_TOOLS__"])
        self.assertEqual(ph["pv_iommu_unmap_pages"], {"holes": {("ctx_no", 6)}, "padding": 4})
        self.assertEqual(ph["pv_iommu_remote_cmd"], {"holes": {("subop", 4)}, "padding": 0})
        ph32 = self.pahole_for("i386", [])
        self.assertEqual(ph32["pv_iommu_map_pages"], {"holes": {("ctx_no", 2)}, "padding": 0})
        self.assertNotIn("pv_iommu_remote_cmd", ph32)     # 4-byte handle: no hole on i386


if __name__ == "__main__":
    unittest.main()
