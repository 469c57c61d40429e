"""Baselines are checked before they are trusted.

A layout table is JSON anyone can edit.  Every way it can contradict itself
(fields overlapping, outside the struct, missing on one ABI, of an unknown
type, of a size their type does not have, offsets no ABI records) is exit 9
naming file:line:col, struct, ABI and key; duplicate keys and deep nesting
are refused like the spec loader refuses them in YAML.  A consistent table
whose per-ABI offsets changed on one ABI is a change, and `verify --spec`
says the same of it as `diff`.
"""

import copy
import json
import os
import re
import shutil
import sys
import tempfile
import unittest

HERE = os.path.dirname(os.path.abspath(__file__))
REPO = os.path.dirname(os.path.dirname(HERE))
sys.path.insert(0, os.path.join(REPO, "abi-check"))

from iommu_abi_check import diff, errors  # noqa: E402
from iommu_abi_check.baseline import dumps  # noqa: E402
from test_diff import VIRTIO, XEN, load, run_cli, struct, field  # noqa: E402

MAP = "virtio_iommu_req_map"


def abi_fields(t, sname, abi):
    return struct(t, sname)["abi"][abi]["fields"]


class Tmp(unittest.TestCase):
    def setUp(self):
        self.tmp = tempfile.mkdtemp()
        self.addCleanup(shutil.rmtree, self.tmp)

    def write(self, text, name="t.json"):
        p = os.path.join(self.tmp, name)
        with open(p, "w") as f:
            f.write(text)
        return p


class Inconsistent(Tmp):
    """Each edit makes the table contradict itself: exit 9 on either side of
    diff and for verify, with the struct, ABI and key named, at a line."""

    def edits(self):
        def swap_generic_only(t):
            # the ABI-independent offsets say one thing, every ABI another
            s = struct(t, MAP)
            a, b = field(s, "virt_start"), field(s, "virt_end")
            a["offset"], b["offset"] = b["offset"], a["offset"]

        def drop_on_one_abi(t):
            abi_fields(t, MAP, "armv7").pop("virt_end")

        def extra_on_one_abi(t):
            abi_fields(t, MAP, "mips")["ghost"] = [40, 4]

        def overlap_generic(t):
            field(struct(t, MAP), "domain")["offset"] = 2
            for abi in struct(t, MAP)["abi"].values():
                abi["fields"]["domain"] = [2, 4]

        def overlap_one_abi(t):
            abi_fields(t, MAP, "s390x")["virt_end"] = [12, 8]

        def outside_struct(t):
            f = field(struct(t, MAP), "tail")
            f["offset"] = 40
            for abi in struct(t, MAP)["abi"].values():
                abi["fields"]["tail"] = [40, 4]

        def outside_on_one_abi(t):
            abi_fields(t, MAP, "riscv32")["tail"] = [60, 4]

        def unknown_type(t):
            field(struct(t, MAP), "domain")["type"] = "le24"

        def unknown_struct_type(t):
            field(struct(t, MAP), "head")["type"] = "struct virtio_iommu_req_nothing"

        def size_not_type(t):
            field(struct(t, MAP), "flags")["type"] = "le64"

        def per_abi_size_differs(t):
            abi_fields(t, MAP, "powerpc")["flags"] = [32, 2]

        def abi_not_listed(t):
            t["abis"].remove("mips")

        def abi_record_missing(t):
            struct(t, MAP)["abi"].pop("aarch64")

        def align_not_power_of_two(t):
            struct(t, MAP)["abi"]["i386"]["align"] = 3

        def struct_size_no_abi_has(t):
            struct(t, MAP)["size"] = 48

        return {
            "generic offsets that no ABI records": (
                swap_generic_only, r"struct virtio_iommu_req_map: field 'virt_start': offset 16 "
                r"disagrees with every ABI's \(8 on i386, x86_64"),
            "field missing on one ABI": (
                drop_on_one_abi, r"struct virtio_iommu_req_map: abi 'armv7': field 'virt_end' "
                r"missing"),
            "field on one ABI only": (
                extra_on_one_abi, r"abi 'mips': field 'ghost' is not one of the struct's fields"),
            "fields overlap": (
                overlap_generic, r"struct virtio_iommu_req_map: fields 'head' \(offset 0, 4 "
                r"bytes\) and 'domain' \(offset 2, 4 bytes\) overlap"),
            "fields overlap on one ABI": (
                overlap_one_abi, r"struct virtio_iommu_req_map: abi 's390x': fields 'virt_start' "
                r"\(offset 8, 8 bytes\) and 'virt_end' \(offset 12, 8 bytes\) overlap"),
            "field outside the struct": (
                outside_struct, r"field 'tail' \(offset 40, 4 bytes\) lies outside the struct "
                r"\(size 40\)"),
            "field outside the struct on one ABI": (
                outside_on_one_abi, r"abi 'riscv32': field 'tail' \(offset 60, 4 bytes\) lies "
                r"outside"),
            "unknown type": (unknown_type, r"field 'domain': unknown type 'le24'"),
            "unknown struct type": (
                unknown_struct_type, r"unknown type 'struct virtio_iommu_req_nothing'"),
            "size disagrees with the type": (
                size_not_type, r"field 'flags': size 4 disagrees with its type le64 \(8 bytes\)"),
            "per-ABI field size disagrees": (
                per_abi_size_differs, r"abi 'powerpc': field 'flags' is 2 bytes, but 4"),
            "ABI record for an ABI not listed": (
                abi_not_listed, r"abi 'mips' is not one of the table's 'abis'"),
            "ABI record missing": (
                abi_record_missing, r"struct virtio_iommu_req_map: no 'abi' record for aarch64"),
            "alignment not a power of two": (
                align_not_power_of_two, r"abi 'i386': 'align' 3 is not a power of two"),
            "struct size no ABI records": (
                struct_size_no_abi_has, r"struct virtio_iommu_req_map: size 48 disagrees with "
                r"every ABI's \(40\)"),
        }

    def test_each_inconsistency_is_corrupt_and_located(self):
        for name, (edit, words) in self.edits().items():
            with self.subTest(name):
                t = load(VIRTIO)
                edit(t)
                p = self.write(dumps(t))
                for argv in (["diff", p, VIRTIO], ["diff", VIRTIO, p]):
                    st, out, err = run_cli(argv)
                    self.assertEqual(st, errors.EXIT_CORRUPT, out + err)
                    self.assertRegex(err, re.escape(p) + r":\d+:\d+: corrupt baseline: ")
                    self.assertRegex(err, words)
                    self.assertEqual(len(err.splitlines()), 1, err)

    def test_the_line_named_is_the_value_at_fault(self):
        t = load(VIRTIO)
        field(struct(t, MAP), "domain")["type"] = "le24"
        text = dumps(t)
        p = self.write(text)
        _, _, err = run_cli(["diff", VIRTIO, p])
        line, col = map(int, re.search(r"t\.json:(\d+):(\d+):", err).groups())
        self.assertEqual(text.splitlines()[line - 1][col - 1:], '"le24",')


class Parsing(Tmp):
    def test_duplicate_key_is_refused_with_its_line(self):
        text = dumps(load(VIRTIO))
        # a second "offset" in the first field: json.loads would keep the last
        i = text.index('"offset": 0,')
        text = text[:i] + '"offset": 8,\n      ' + text[i:]
        p = self.write(text)
        want_line = text[:i].count("\n") + 1
        for argv in (["diff", p, VIRTIO], ["diff", VIRTIO, p], ["dump", p]):
            st, out, err = run_cli(argv)
            self.assertEqual(st, errors.EXIT_CORRUPT, out + err)
            self.assertIn("%s:%d:" % (p, want_line + 1), err)
            self.assertIn('duplicate key "offset" (first given on line %d)' % want_line, err)

    def test_duplicate_key_in_an_abi_map(self):
        text = dumps(load(VIRTIO)).replace('"start": [0, 8],',
                                           '"start": [0, 8],\n            "start": [8, 8],', 1)
        st, _, err = run_cli(["diff", VIRTIO, self.write(text)])
        self.assertEqual(st, errors.EXIT_CORRUPT)
        self.assertIn('duplicate key "start"', err)

    def test_deep_nesting_is_refused_not_a_traceback(self):
        for text in ('{"format": ' + "[" * 100000 + "]" * 100000 + "}",
                     '{"format": "iommu-abi-layout-1", "doc": ' + "{\"a\":" * 40 + "1" +
                     "}" * 40 + "}"):
            p = self.write(text)
            st, out, err = run_cli(["diff", p, VIRTIO])
            self.assertEqual(st, errors.EXIT_CORRUPT, err[:300])
            self.assertRegex(err, r"t\.json:1:\d+: corrupt baseline: nested deeper than 32")
            self.assertNotIn("Traceback", err)

    def test_not_json_names_line_and_column(self):
        st, _, err = run_cli(["diff", self.write('{\n  "format": x\n}'), VIRTIO])
        self.assertEqual(st, errors.EXIT_CORRUPT)
        self.assertRegex(err, r"t\.json:2:13: corrupt baseline: not JSON")

    def test_non_numbers_and_half_characters(self):
        for text in ('{"format": NaN}', '{"format": "iommu-abi-layout-1", "spec": "\\ud800"}',
                     '{"format": 1' + "0" * 5000 + "}"):
            st, out, err = run_cli(["diff", self.write(text), VIRTIO])
            self.assertEqual(st, errors.EXIT_CORRUPT, err[:300])
            self.assertIn("corrupt baseline", err)


class PerAbiOffsets(Tmp):
    """A consistent table that records another layout on one ABI: a change for
    diff, a mismatch for verify: the two agree."""

    def swapped_on_x86_64(self):
        t = load(VIRTIO)
        f = abi_fields(t, MAP, "x86_64")
        f["virt_start"], f["virt_end"] = f["virt_end"], f["virt_start"]
        return self.write(dumps(t))

    def test_diff_sees_a_swap_on_one_abi(self):
        p = self.swapped_on_x86_64()
        for argv, a, b in ((["diff", VIRTIO, p], 8, 16), (["diff", p, VIRTIO], 16, 8)):
            st, out, err = run_cli(argv)
            self.assertEqual(st, errors.EXIT_BREAKING, out + err)
            self.assertIn("BREAKING: struct virtio_iommu_req_map: field 'virt_start' moved on "
                          "x86_64: offset %d -> %d" % (a, b), out)

    def test_verify_agrees(self):
        if not shutil.which(os.environ.get("IOMMU_ABI_CLANG", "clang")):
            self.skipTest("clang not installed")
        p = self.swapped_on_x86_64()
        st, out, err = run_cli(["verify", "--spec", p, "--targets", "x86_64,i386",
                                "--flavor", "portable", "--no-summary"])
        self.assertEqual(st, errors.EXIT_MISMATCH, out + err)
        self.assertIn("[portable, x86_64]: field 'virt_start' at offset 8, spec says 16", out)
        self.assertNotIn("i386", out.replace("x86_64,i386", ""))
        # and the table both call corrupt, both call corrupt
        t = load(VIRTIO)
        a, b = field(struct(t, MAP), "virt_start"), field(struct(t, MAP), "virt_end")
        a["offset"], b["offset"] = b["offset"], a["offset"]
        q = self.write(dumps(t), "generic-only.json")
        self.assertEqual(run_cli(["verify", "--spec", q, "--targets", "x86_64"])[0],
                         errors.EXIT_CORRUPT)
        self.assertEqual(run_cli(["diff", VIRTIO, q])[0], errors.EXIT_CORRUPT)


class RuleTable(unittest.TestCase):
    def test_each_reason_is_written_once(self):
        whys = [r.why for r in diff.FIELD_RULES]
        self.assertEqual(len(whys), len(set(whys)), "a reason appears in two rules")
        self.assertEqual(len({r.name for r in diff.FIELD_RULES}), len(diff.FIELD_RULES))

    def test_reserved_renamed_and_retyped_is_still_reserved(self):
        # a reserved field renamed and retyped in place: zero either way.
        # (Pinned: it was "renamed and retyped ... BREAKING" before the pairs
        # were judged by one table; by name it was compatible.)
        t = load(XEN)
        new = copy.deepcopy(t)
        s = struct(new, "pv_iommu_map_pages")
        f = field(s, "pad1")
        f.update(name="reserved1", type="u8", count=4)
        for abi in s["abi"].values():
            abi["fields"]["reserved1"] = abi["fields"].pop("pad1")
        with tempfile.TemporaryDirectory() as tmp:
            p = os.path.join(tmp, "n.json")
            with open(p, "w") as fh:
                fh.write(dumps(new))
            st, out, _ = run_cli(["diff", XEN, p])
        self.assertEqual(st, errors.EXIT_CHANGES, out)
        self.assertIn("compatible: struct pv_iommu_map_pages: reserved bytes 'pad1' (offset 36, "
                      "4 bytes) re-declared as u8[4] reserved1 @36+4 (still reserved)", out)


if __name__ == "__main__":
    unittest.main()
