"""abi-check diff and versioned interfaces (layout table format 3).

A struct that grows at its tail is compatible only as a versioned
extension: the new bytes belong to a version the old table did not know,
and the new table has a size constant for the old and for the new size
(virtio's configuration: 36 bytes, VIRTIO_IOMMU_CONFIG_SIZE_VER0, until
VIRTIO_IOMMU_F_BYPASS_CONFIG added bypass and three reserved bytes, 40
bytes, _VER1).  Any other tail growth stays breaking, with the reasons it
had before versions existed.  Each test below fails without the
versioned-extension rules of diff.py (SIZE_RULES and "added past the old end
in a later version").
"""

import copy
import json
import os
import re
import shutil
import tempfile
import unittest

from test_diff import REPO, VIRTIO, XEN, field, load, run_cli, struct, sync_abi

from iommu_abi_check import diff as diff_mod  # noqa: E402
from iommu_abi_check.baseline import dumps  # noqa: E402


def before_bypass_config(t):
    """The virtio-iommu table as it was before VIRTIO_IOMMU_F_BYPASS_CONFIG
    (the chapter as added in 2019): a 36-byte configuration ending with
    probe_size, 8 reserved bytes in ATTACH where flags are now, no feature
    bit 6, no ATTACH flags, and only the first version known."""
    t = copy.deepcopy(t)
    t["versions"] = t["versions"][:1]
    gone = {"VIRTIO_IOMMU_F_BYPASS_CONFIG", "VIRTIO_IOMMU_ATTACH_F_BYPASS"}
    t["constants"] = [c for c in t["constants"] if c["name"] not in gone]
    t["groups"] = [g for g in t["groups"] if g["name"] != "attach_flags"]
    cfg = struct(t, "virtio_iommu_config")
    cfg["fields"] = [f for f in cfg["fields"] if f["name"] not in ("bypass", "reserved")]
    cfg["padding"] = []
    cfg["size"] = 36
    cfg["size_versions"] = []
    for abi in cfg["abi"].values():
        abi["size"] = 36
    sync_abi(t, "virtio_iommu_config")
    attach = struct(t, "virtio_iommu_req_attach")
    i = attach["fields"].index(field(attach, "flags"))
    attach["fields"][i:i + 2] = [{"name": "reserved", "offset": 12, "size": 8, "type": "u8",
                                  "count": 8, "reserved": True, "dir": None, "flags": None,
                                  "enum": None, "xen_type": None, "since": "base"}]
    attach["padding"] = [{"field": "reserved", "offset": 12, "size": 8, "origin": "declared",
                          "why": "reserved for future use"}]
    sync_abi(t, "virtio_iommu_req_attach")
    return t


class VersionedTailExtension(unittest.TestCase):
    def setUp(self):
        self.tmp = tempfile.mkdtemp()
        self.addCleanup(shutil.rmtree, self.tmp)

    def _write(self, name, t):
        p = os.path.join(self.tmp, name)
        with open(p, "w") as f:
            f.write(dumps(t))
        return p

    def _diff(self, old, new):
        return run_cli(["diff", self._write("old.json", old), self._write("new.json", new)])

    def test_virtio_config_grew_with_bypass_config(self):
        new = load(VIRTIO)
        st, out, err = self._diff(before_bypass_config(new), new)
        self.assertEqual(st, 4, out + err)
        self.assertNotIn("BREAKING", out)
        self.assertIn("compatible: struct virtio_iommu_config: grew 36 -> 40 bytes at its tail "
                      "in version bypass_config (VIRTIO_IOMMU_CONFIG_SIZE_VER0 = 36, "
                      "VIRTIO_IOMMU_CONFIG_SIZE_VER1 = 40); a compatible versioned extension",
                      out)
        self.assertIn("compatible: struct virtio_iommu_config: field 'bypass' added at offset 36 "
                      "(past the old size 36) in version bypass_config", out)
        # ATTACH's flags took reserved bytes: compatible as before versions existed
        self.assertIn("compatible: struct virtio_iommu_req_attach: reserved bytes 'reserved' "
                      "(offset 12, 8 bytes) given a meaning: le32 flags", out)

    def test_the_reverse_is_breaking(self):
        new = load(VIRTIO)
        st, out, _ = self._diff(new, before_bypass_config(new))
        self.assertEqual(st, 12, out)
        self.assertIn("BREAKING: struct virtio_iommu_config: size changed 40 -> 36", out)

    def test_without_size_constants_growth_is_breaking(self):
        new = load(VIRTIO)
        old = before_bypass_config(new)
        struct(new, "virtio_iommu_config")["size_versions"] = []
        st, out, _ = self._diff(old, new)
        self.assertEqual(st, 12, out)
        self.assertIn("BREAKING: struct virtio_iommu_config: size changed 36 -> 40", out)
        self.assertIn("BREAKING: struct virtio_iommu_config: field 'bypass' added at offset 36 "
                      "(past the old size 36); old peers send shorter structs", out)

    def test_a_version_the_old_table_knew_is_breaking(self):
        # peers of bypass_config were built from the old table: they lack the field
        new = load(VIRTIO)
        old = before_bypass_config(new)
        old["versions"] = copy.deepcopy(new["versions"])
        st, out, _ = self._diff(old, new)
        self.assertEqual(st, 12, out)
        self.assertIn("BREAKING: struct virtio_iommu_config: size changed 36 -> 40", out)

    def test_a_field_of_the_old_version_past_the_old_end_is_breaking(self):
        new = load(VIRTIO)
        old = before_bypass_config(new)
        field(struct(new, "virtio_iommu_config"), "bypass")["since"] = "base"
        st, out, _ = self._diff(old, new)
        self.assertEqual(st, 12, out)
        self.assertIn("field 'bypass' added at offset 36 (past the old size 36); old peers", out)

    def test_format_2_has_no_versions_and_growth_stays_breaking(self):
        new = load(VIRTIO)
        old = before_bypass_config(new)
        new.pop("versions")
        new["format"] = "iommu-abi-layout-2"
        for s in new["structs"]:
            s.pop("size_versions")
        st, out, _ = self._diff(old, new)
        self.assertEqual(st, 12, out)
        self.assertIn("BREAKING: struct virtio_iommu_config: size changed 36 -> 40", out)

    def test_the_rules_are_in_the_rule_tables(self):
        size = {r.name: r for r in diff_mod.SIZE_RULES}
        self.assertFalse(size["versioned tail extension"].breaking)
        self.assertTrue(size["size changed"].breaking)
        rules = [r.name for r in diff_mod.FIELD_RULES]
        later = rules.index("added past the old end in a later version")
        self.assertLess(later, rules.index("added past the old end"))
        self.assertFalse(diff_mod.FIELD_RULES[later].breaking)

    def test_json_output_classes(self):
        new = load(VIRTIO)
        old = self._write("old.json", before_bypass_config(new))
        st, out, _ = run_cli(["diff", "--format", "json", old, VIRTIO])
        data = json.loads(out)
        self.assertEqual(data["status"], 4)
        grew = [c for c in data["changes"] if c["what"].startswith("grew 36 -> 40")]
        self.assertEqual([c["class"] for c in grew], ["compatible"])


class VersionedSpecEdits(unittest.TestCase):
    """The same gate with an edited spec on the NEW side, as the build runs it."""

    ADD_VERSION = ("    doc: The PV-IOMMU interface as reviewed here, for Xen 4.23.\n",
                   "    doc: The PV-IOMMU interface as reviewed here, for Xen 4.23.\n"
                   "  - {name: xen-4.24, xen_interface: 0x00041800}\n")
    INIT = '      - {name: arena_order, type: u32, dir: in, doc: "Page-table arena size, log2 of pages."}\n'

    def _spec(self, tail):
        with open(os.path.join(REPO, "spec", "xen-pv-iommu.yaml")) as f:
            text = f.read()
        for old, new in (self.ADD_VERSION, (self.INIT, self.INIT + tail)):
            self.assertIn(old, text)
            text = text.replace(old, new)
        # pv_iommu_init's stated size: 8 -> 16
        text, n = re.subn(r"(  - name: pv_iommu_init\n(?:    .*\n|      .*\n)*?    size: )8\n",
                          r"\g<1>16\n", text)
        self.assertEqual(n, 1)
        tmp = tempfile.mkdtemp()
        self.addCleanup(shutil.rmtree, tmp)
        path = os.path.join(tmp, "xen-pv-iommu.yaml")
        with open(path, "w") as f:
            f.write(text)
        return path

    def test_tail_fields_of_a_new_xen_version_are_compatible(self):
        p = self._spec("      - {name: init_flags, type: u32, dir: in, since: xen-4.24}\n"
                       "      - {name: pad0, type: u32, reserved: true, since: xen-4.24}\n")
        st, out, _ = run_cli(["diff", XEN, p])
        self.assertEqual(st, 4, out)
        self.assertIn("compatible: struct pv_iommu_init: grew 8 -> 16 bytes at its tail in "
                      "version xen-4.24 (PV_IOMMU_INIT_SIZE_VER0 = 8, PV_IOMMU_INIT_SIZE_VER1 = "
                      "16)", out)
        self.assertIn("compatible: struct pv_iommu_init: field 'init_flags' added at offset 8 "
                      "(past the old size 8) in version xen-4.24", out)

    def test_the_same_fields_without_a_version_are_breaking(self):
        p = self._spec("      - {name: init_flags, type: u32, dir: in}\n"
                       "      - {name: pad0, type: u32, reserved: true}\n")
        st, out, _ = run_cli(["diff", XEN, p])
        self.assertEqual(st, 12, out)
        self.assertIn("BREAKING: struct pv_iommu_init: size changed 8 -> 16", out)
        self.assertIn("BREAKING: struct pv_iommu_init: field 'init_flags' added at offset 8 "
                      "(past the old size 8); old peers send shorter structs", out)


if __name__ == "__main__":
    unittest.main()
