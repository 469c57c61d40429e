"""Meaning keys are ABI: dir, flags, enum, xen_type (per field), xen_external
(per struct) and a constant group's kind changed are BREAKING with a reason;
doc text is no ABI change; a table that does not record a key (format 1)
has nothing compared for it; a baseline of another spec is refused (exit 2).
The rules are in abi-check/README.md.

The tables here are the committed baseline with the meaning keys the spec
gives (as the layout table records them from format 2 on), edited on one side.
"""

import copy
import json
import os
import shutil
import sys
import tempfile
import unittest

HERE = os.path.dirname(os.path.abspath(__file__))
REPO = os.path.dirname(os.path.dirname(HERE))
sys.path.insert(0, os.path.join(REPO, "abi-check"))

from iommu_abi_check import errors  # noqa: E402
from iommu_abi_check.baseline import dumps  # noqa: E402
from test_diff import XEN, VIRTIO, field, load, run_cli, struct  # noqa: E402

XEN_SPEC = os.path.join(REPO, "spec", "xen-pv-iommu.yaml")
VIRTIO_SPEC = os.path.join(REPO, "spec", "virtio-iommu.yaml")

# What spec/xen-pv-iommu.yaml says of these (the rest: no direction etc.)
MEANING = {
    ("pv_iommu_remote_cmd", "arg"): {"dir": "inout"},
    ("pv_iommu_remote_cmd", "domid"): {"dir": "in", "xen_type": "domid_t"},
    ("pv_iommu_remote_cmd", "subop"): {"dir": "in", "enum": "pv_iommu_cmd"},
    ("pv_iommu_map_pages", "map_flags"): {"dir": "in", "flags": "map_flags"},
    ("pv_iommu_alloc", "alloc_flags"): {"dir": "in", "flags": "alloc_flags"},
}


def with_meaning():
    t = load(XEN)
    for s in t["structs"]:
        s["xen_external"] = "physdev_pci_device_t" if s["name"] == "physdev_pci_device" else None
        for f in s["fields"]:
            keys = MEANING.get((s["name"], f["name"]), {})
            for k in ("dir", "flags", "enum", "xen_type"):
                f[k] = keys.get(k)
    t["groups"] = [{"name": g, "kind": k} for g, k in
                   (("hypercall", "value"), ("default_context", "value"), ("cap_flags", "flags"),
                    ("alloc_flags", "flags"), ("free_flags", "flags"), ("map_flags", "flags"))]
    return t


def set_key(sname, fname, **kw):
    return lambda t: field(struct(t, sname), fname).update(kw)


EDITS = [
    ("dir narrowed inout -> in", set_key("pv_iommu_remote_cmd", "arg", dir="in"), 12,
     r"BREAKING: struct pv_iommu_remote_cmd: field 'arg': direction inout -> in \(narrowed\); "
     r"who writes the bytes changed"),
    ("dir reversed in -> out", set_key("pv_iommu_map_pages", "map_flags", dir="out"), 12,
     r"field 'map_flags': direction in -> out \(reversed\)"),
    ("dir widened in -> inout", set_key("pv_iommu_map_pages", "map_flags", dir="inout"), 12,
     r"field 'map_flags': direction in -> inout \(widened\)"),
    ("dir no longer stated", set_key("pv_iommu_map_pages", "map_flags", dir=None), 12,
     r"field 'map_flags': direction in -> unstated \(no longer stated\)"),
    ("dir now stated", set_key("pv_iommu_init", "max_ctx_no", dir="in"), 12,
     r"field 'max_ctx_no': direction unstated -> in \(now stated\)"),
    ("flag group changed", set_key("pv_iommu_map_pages", "map_flags", flags="alloc_flags"), 12,
     r"field 'map_flags': flag group map_flags -> alloc_flags; its bits are read as another"),
    ("flag group dropped", set_key("pv_iommu_map_pages", "map_flags", flags=None), 12,
     r"field 'map_flags': flag group map_flags -> none"),
    ("enum dropped", set_key("pv_iommu_remote_cmd", "subop", enum=None), 12,
     r"field 'subop': enum pv_iommu_cmd -> none; its values are read as another enum's"),
    ("xen_type dropped", set_key("pv_iommu_remote_cmd", "domid", xen_type=None), 12,
     r"field 'domid': xen_type domid_t -> none; the xen flavor declares it"),
    ("xen_external swapped", lambda t: struct(t, "physdev_pci_device").update(
        xen_external="struct physdev_pci_device"), 12,
     r"struct physdev_pci_device: xen_external physdev_pci_device_t -> struct "
     r"physdev_pci_device; the xen flavor embeds another type"),
    ("group kind changed", lambda t: t["groups"][0].update(kind="bit_number"), 12,
     r"constant group hypercall: kind changed value -> bit_number"),
]


class MeaningKeys(unittest.TestCase):
    def setUp(self):
        self.tmp = tempfile.mkdtemp()
        self.addCleanup(shutil.rmtree, self.tmp)

    def write(self, t, name):
        p = os.path.join(self.tmp, name)
        with open(p, "w") as f:
            f.write(dumps(t))
        return p

    def test_the_tables_here_are_no_change(self):
        base = self.write(with_meaning(), "old.json")
        st, out, _ = run_cli(["diff", base, self.write(with_meaning(), "same.json")])
        self.assertEqual(st, 0, out)
        # and against a table that records none of these keys: nothing compared
        st, out, _ = run_cli(["diff", XEN, base])
        self.assertEqual(st, 0, out)

    def test_each_meaning_key(self):
        old = self.write(with_meaning(), "old.json")
        for what, edit, status, pattern in EDITS:
            with self.subTest(what):
                t = with_meaning()
                edit(t)
                new = self.write(t, "new.json")
                st, out, err = run_cli(["diff", old, new])
                self.assertEqual(st, status, out + err)
                self.assertRegex(out, pattern)
                self.assertEqual(len([ln for ln in out.splitlines()
                                      if ln.startswith("BREAKING")]), 1, out)
                # the reverse edit is as breaking
                self.assertEqual(run_cli(["diff", new, old])[0], status)

    def test_enum_renamed_with_its_fields_is_compatible(self):
        old = self.write(with_meaning(), "old.json")
        t = with_meaning()
        t["enums"][0]["name"] = "pv_iommu_op"
        field(struct(t, "pv_iommu_remote_cmd"), "subop")["enum"] = "pv_iommu_op"
        st, out, _ = run_cli(["diff", old, self.write(t, "new.json")])
        self.assertEqual(st, errors.EXIT_CHANGES, out)
        self.assertIn("enum pv_iommu_cmd: renamed to enum pv_iommu_op", out)
        self.assertNotIn("field 'subop'", out)

    def test_flag_group_renamed_with_its_fields_is_compatible(self):
        old = self.write(with_meaning(), "old.json")
        t = with_meaning()
        for c in t["constants"]:
            if c.get("group") == "map_flags":
                c["group"] = "mapping_flags"
        field(struct(t, "pv_iommu_map_pages"), "map_flags")["flags"] = "mapping_flags"
        next(g for g in t["groups"] if g["name"] == "map_flags")["name"] = "mapping_flags"
        st, out, _ = run_cli(["diff", old, self.write(t, "new.json")])
        self.assertEqual(st, errors.EXIT_CHANGES, out)
        self.assertNotIn("BREAKING", out)

    def test_a_field_naming_what_the_table_lacks_is_corrupt(self):
        for key, value, words in (("flags", "no_such_group", "constant group 'no_such_group'"),
                                  ("enum", "no_such_enum", "enum 'no_such_enum'"),
                                  ("dir", "sideways", "'dir' is 'sideways'")):
            t = with_meaning()
            field(struct(t, "pv_iommu_map_pages"), "map_flags")[key] = value
            st, _, err = run_cli(["diff", XEN, self.write(t, "bad.json")])
            self.assertEqual(st, errors.EXIT_CORRUPT, err)
            self.assertIn("struct pv_iommu_map_pages: field 'map_flags': " + words, err)

    def test_baseline_of_another_spec_is_refused(self):
        for argv in (["diff", VIRTIO, XEN_SPEC], ["diff", XEN, VIRTIO_SPEC],
                     ["diff", VIRTIO_SPEC, XEN]):
            st, out, err = run_cli(argv)
            self.assertEqual(st, errors.EXIT_USAGE, out + err)
            self.assertIn("diff compares two versions of one spec", err)
            self.assertEqual(out, "")
        t = copy.deepcopy(load(XEN))
        t["spec"] = "xen-pv-iommu-v2"
        st, _, err = run_cli(["diff", XEN, self.write(t, "renamed.json")])
        self.assertEqual(st, errors.EXIT_USAGE)
        self.assertIn("describes spec 'xen-pv-iommu' but", err)


if __name__ == "__main__":
    unittest.main()
