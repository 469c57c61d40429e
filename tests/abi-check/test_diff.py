"""abi-check diff: a table of spec edits and the classification each must get.

Each edit is applied to a copy of a real layout table (the committed
baselines) or of a real spec YAML; the diff is run through the CLI, and the
test asserts the exit status and that the change is reported in the right
class with the right words.
"""

import copy
import io
import json
import os
import re
import sys
import tempfile
import unittest

HERE = os.path.dirname(os.path.abspath(__file__))
REPO = os.path.dirname(os.path.dirname(HERE))
sys.path.insert(0, os.path.join(REPO, "abi-check"))

from iommu_abi_check import cli, errors  # noqa: E402
from iommu_abi_check.baseline import dumps  # noqa: E402

VIRTIO = os.path.join(REPO, "abi-check", "baseline", "virtio-iommu.json")
XEN = os.path.join(REPO, "abi-check", "baseline", "xen-pv-iommu.json")
FIX = os.path.join(HERE, "fixtures")


def load(path):
    with open(path) as f:
        return json.load(f)


def struct(t, name):
    return next(s for s in t["structs"] if s["name"] == name)


def field(s, name):
    return next(f for f in s["fields"] if f["name"] == name)


def set_field(t, sname, fname, **kw):
    s = struct(t, sname)
    f = field(s, fname)
    old = f["name"]
    f.update(kw)
    for abi in s.get("abi", {}).values():
        pair = abi["fields"].pop(old)
        abi["fields"][f["name"]] = [f["offset"], f["size"]]
        del pair


def sync_abi(t, sname):
    """Make every ABI's record of struct ``sname`` say what its fields say, as a
    generated table does (diff refuses a table that contradicts itself)."""
    s = struct(t, sname)
    for abi in s.get("abi", {}).values():
        abi["fields"] = {f["name"]: [f["offset"], f["size"]] for f in s["fields"]}


def set_size(t, sname, size):
    s = struct(t, sname)
    s["size"] = size
    for abi in s.get("abi", {}).values():
        abi["size"] = size


def run_cli(argv):
    out = io.StringIO()
    err = io.StringIO()
    old = sys.stderr
    sys.stderr = err
    try:
        status = cli.main(argv, out)
    finally:
        sys.stderr = old
    return status, out.getvalue(), err.getvalue()


# ---------------------------------------------------------------- the edits
# (name, base file, edit function, expected exit, class, regex the change line matches)

def e_move(t):
    s = struct(t, "virtio_iommu_req_map")
    set_field(t, s["name"], "virt_start", offset=16)
    set_field(t, s["name"], "virt_end", offset=8)


def e_resize(t):
    set_field(t, "virtio_iommu_req_map", "flags", size=8, type="le64")
    set_field(t, "virtio_iommu_req_map", "tail", offset=40)
    set_size(t, "virtio_iommu_req_map", 48)


def e_remove_field(t):
    s = struct(t, "virtio_iommu_req_detach")
    s["fields"] = [f for f in s["fields"] if f["name"] != "endpoint"]
    for abi in s["abi"].values():
        abi["fields"].pop("endpoint")


def e_rename_field(t):
    set_field(t, "virtio_iommu_req_map", "flags", name="map_flags")


def e_reserved_meaning(t):
    set_field(t, "virtio_iommu_req_attach", "reserved", name="pasid", type="le32", count=None,
              reserved=False)


def e_reserved_split(t):
    s = struct(t, "virtio_iommu_req_unmap")
    i = s["fields"].index(field(s, "reserved"))
    s["fields"][i:i + 1] = [
        {"name": "flags", "offset": 24, "size": 2, "type": "le16", "count": None, "reserved": False},
        {"name": "reserved", "offset": 26, "size": 2, "type": "u8", "count": 2, "reserved": True}]
    sync_abi(t, s["name"])


def e_retype(t):
    set_field(t, "virtio_iommu_req_map", "domain", type="be32")


def e_enum_renumber(t):
    e = t["enums"][0]
    next(x for x in e["enumerators"] if x["name"] == "IOMMU_map_pages")["value"] = 13


def e_enum_add(t):
    t["enums"][0]["enumerators"].append({"name": "IOMMU_invalidate", "value": 13})


def e_enum_remove(t):
    e = t["enums"][0]
    e["enumerators"] = [x for x in e["enumerators"] if x["name"] != "IOMMU_detach_pasid"]


def e_flag_bit_add(t):
    t["constants"].append({"name": "VIRTIO_IOMMU_MAP_F_EXEC", "value": 8, "group": "map_flags",
                           "kind": "bit"})


def e_const_change(t):
    next(c for c in t["constants"] if c["name"] == "VIRTIO_IOMMU_T_MAP")["value"] = 6


def e_const_remove(t):
    t["constants"] = [c for c in t["constants"] if c["name"] != "VIRTIO_IOMMU_T_PROBE"]


def e_command_add(t):
    t["constants"].append({"name": "VIRTIO_IOMMU_T_INVALIDATE", "value": 6, "group": "req_types",
                           "kind": "value"})


def e_const_rename(t):
    next(c for c in t["constants"] if c["name"] == "IOMMU_MAP_cache")["name"] = "IOMMU_MAP_coherent"


def e_struct_add(t):
    s = copy.deepcopy(struct(t, "virtio_iommu_req_detach"))
    s["name"] = "virtio_iommu_req_invalidate"
    s["fields"][2]["name"] = "flags"          # not a pure rename of an existing struct
    s["fields"][2]["type"] = "be32"
    t["structs"].append(s)
    sync_abi(t, s["name"])


def e_struct_remove(t):
    t["structs"] = [s for s in t["structs"] if s["name"] != "virtio_iommu_fault"]


def e_struct_rename(t):
    struct(t, "pv_iommu_flush_nested")["name"] = "pv_iommu_flush_iotlb"


def e_struct_grows(t):
    # unversioned growth: the new field is of the struct's first version (a
    # generated table then records no sizes by version)
    s = struct(t, "virtio_iommu_config")
    s["fields"].append({"name": "extra", "offset": 40, "size": 8, "type": "le64", "count": None,
                        "reserved": False, "since": "base"})
    s["size_versions"] = []
    set_size(t, "virtio_iommu_config", 48)
    sync_abi(t, "virtio_iommu_config")


def e_tail_moves(t):
    s = struct(t, "virtio_iommu_req_probe")
    set_field(t, s["name"], "reserved", size=68, count=68)
    set_size(t, s["name"], 76)
    s["variable_tail"]["offset"] = 76


def e_tail_removed(t):
    struct(t, "virtio_iommu_req_probe")["variable_tail"] = None


def e_tail_added(t):
    struct(t, "virtio_iommu_req_detach")["variable_tail"] = {"name": "data", "offset": 24,
                                                             "type": "u8", "doc": "x"}


def e_doc_only(t):
    struct(t, "virtio_iommu_req_attach")["padding"][0]["why"] = "reserved for PASID support"


def e_align_change(t):
    struct(t, "virtio_iommu_req_map")["abi"]["i386"]["xen_align"] = 4


def e_withdraw(t):
    set_field(t, "pv_iommu_init", "arena_order", name="reserved0", reserved=True)


def e_abi_dropped(t):
    t["abis"] = [a for a in t["abis"] if a != "mips"]
    for s in t["structs"]:
        s["abi"].pop("mips")


def e_pad_named(t):
    set_field(t, "pv_iommu_map_pages", "pad1", name="pgsize_hi", type="u32", reserved=False)


def e_mask_extended(t):
    next(c for c in t["constants"] if c["name"] == "VIRTIO_IOMMU_MAP_F_MASK")["value"] = 0xf
    e_flag_bit_add(t)


def e_mask_shrunk(t):
    next(c for c in t["constants"] if c["name"] == "VIRTIO_IOMMU_MAP_F_MASK")["value"] = 0x3


def e_embedded_struct_renamed(t):
    struct(t, "virtio_iommu_req_head")["name"] = "virtio_iommu_req_hdr"
    for s in t["structs"]:
        for f in s["fields"]:
            if f["type"] == "struct virtio_iommu_req_head":
                f["type"] = "struct virtio_iommu_req_hdr"


def e_enum_renamed(t):
    old = t["enums"][0]["name"]
    t["enums"][0]["name"] = "pv_iommu_op"
    for s in t["structs"]:
        for f in s["fields"]:
            if f.get("enum") == old:
                f["enum"] = "pv_iommu_op"


def e_enum_renamed_and_extended(t):
    e_enum_renamed(t)
    e_enum_add(t)


def e_enum_removed(t):
    t["enums"] = []
    for s in t["structs"]:
        for f in s["fields"]:
            if f.get("enum"):
                f["enum"] = None            # a table may not name an enum it lacks


def e_reserved_to_inserted_padding(t):
    s = struct(t, "virtio_iommu_req_attach")
    s["fields"] = [f for f in s["fields"] if f["name"] != "reserved"]
    for abi in s["abi"].values():
        abi["fields"].pop("reserved")
    s["padding"] = [{"field": None, "offset": 16, "size": 4, "origin": "inserted",
                     "why": "aligns the tail"}]


def e_feature_bit_add(t):
    t["constants"].append({"name": "VIRTIO_IOMMU_F_PASID", "value": 7, "group": "feature_bits",
                           "kind": "value"})


def e_handle_to_u64(t):
    set_field(t, "pv_iommu_remote_cmd", "arg", type="u64")


def e_handle_to_u64_renamed(t):
    set_field(t, "pv_iommu_remote_cmd", "arg", name="arg_gaddr", type="u64")


def e_handle_to_le64(t):
    set_field(t, "pv_iommu_remote_cmd", "arg", type="le64")


def e_struct_rename_withdraw(t):
    struct(t, "pv_iommu_init")["name"] = "pv_iommu_setup"
    set_field(t, "pv_iommu_setup", "arena_order", name="reserved0", reserved=True)


def e_struct_rename_swap(t):
    struct(t, "pv_iommu_init")["name"] = "pv_iommu_setup"
    set_field(t, "pv_iommu_setup", "max_ctx_no", offset=4)
    set_field(t, "pv_iommu_setup", "arena_order", offset=0)
    struct(t, "pv_iommu_setup")["fields"].reverse()       # in offset order, as generated


def e_struct_rename_field_rename(t):
    struct(t, "pv_iommu_flush_nested")["name"] = "pv_iommu_flush_iotlb"
    set_field(t, "pv_iommu_flush_iotlb", "ctx_no", name="context")


def e_two_same_shaped_structs_renamed(t):
    struct(t, "pv_iommu_alloc")["name"] = "pv_iommu_alloc_ctx"
    struct(t, "pv_iommu_free")["name"] = "pv_iommu_free_ctx"


def e_array_of_one(t):
    set_field(t, "pv_iommu_attach_pasid", "pasid", count=1)


def e_array_of_one_withdrawn(t):
    set_field(t, "pv_iommu_attach_pasid", "pasid", count=1, reserved=True)


def e_tail_doc(t):
    struct(t, "virtio_iommu_req_probe")["variable_tail"]["doc"] = "the properties"


def e_nothing(t):
    pass


BREAKING, COMPATIBLE = "BREAKING", "compatible"

EDITS = [
    ("field moved", VIRTIO, e_move, 12, BREAKING, r"field 'virt_start' moved: offset 8 -> 16"),
    ("field resized", VIRTIO, e_resize, 12, BREAKING, r"field 'flags' resized: 4 -> 8"),
    ("field removed", VIRTIO, e_remove_field, 12, BREAKING,
     r"field 'endpoint' removed \(was le32 endpoint @8\+4\)"),
    ("field renamed, same offset/size", VIRTIO, e_rename_field, 4, COMPATIBLE,
     r"field 'flags' renamed to 'map_flags'.*source-incompatible"),
    ("reserved bytes given a meaning", VIRTIO, e_reserved_meaning, 4, COMPATIBLE,
     r"reserved bytes 'reserved' \(offset 16, 4 bytes\) given a meaning: le32 pasid"),
    ("reserved bytes split into flags + reserved", VIRTIO, e_reserved_split, 4, COMPATIBLE,
     r"reserved bytes 'reserved' \(offset 24, 4 bytes\) given a meaning: le16 flags"),
    ("field retyped le32 -> be32", VIRTIO, e_retype, 12, BREAKING,
     r"field 'domain' retyped: le32 -> be32"),
    ("enumerator renumbered", XEN, e_enum_renumber, 12, BREAKING,
     r"enumerator IOMMU_map_pages: value changed 6 -> 13"),
    ("enumerator added", XEN, e_enum_add, 4, COMPATIBLE,
     r"enumerator IOMMU_invalidate: added \(value 13\)"),
    ("enumerator removed", XEN, e_enum_remove, 12, BREAKING,
     r"enumerator IOMMU_detach_pasid: removed"),
    ("flag bit added", VIRTIO, e_flag_bit_add, 4, COMPATIBLE,
     r"constant VIRTIO_IOMMU_MAP_F_EXEC: added.*new flag bit"),
    ("constant changed", VIRTIO, e_const_change, 12, BREAKING,
     r"constant VIRTIO_IOMMU_T_MAP: value changed 3 -> 6"),
    ("constant removed", VIRTIO, e_const_remove, 12, BREAKING,
     r"constant VIRTIO_IOMMU_T_PROBE: removed"),
    ("command added", VIRTIO, e_command_add, 4, COMPATIBLE,
     r"constant VIRTIO_IOMMU_T_INVALIDATE: added.*command"),
    ("constant renamed, same value", XEN, e_const_rename, 4, COMPATIBLE,
     r"constant IOMMU_MAP_cache: renamed to IOMMU_MAP_coherent.*source-incompatible"),
    ("struct added", VIRTIO, e_struct_add, 4, COMPATIBLE,
     r"struct virtio_iommu_req_invalidate: added"),
    ("struct removed", VIRTIO, e_struct_remove, 12, BREAKING, r"struct virtio_iommu_fault: removed"),
    ("struct renamed, identical layout", XEN, e_struct_rename, 4, COMPATIBLE,
     r"struct pv_iommu_flush_nested: renamed to struct pv_iommu_flush_iotlb"),
    ("struct grows a field at the end", VIRTIO, e_struct_grows, 12, BREAKING,
     r"struct virtio_iommu_config: size changed 40 -> 48"),
    ("variable-length tail moves", VIRTIO, e_tail_moves, 12, BREAKING,
     r"variable-length tail 'properties' moved: offset 72 -> 76"),
    ("variable-length tail removed", VIRTIO, e_tail_removed, 12, BREAKING,
     r"variable-length tail 'properties' removed"),
    ("variable-length tail added", VIRTIO, e_tail_added, 12, BREAKING,
     r"variable-length tail 'data' added at offset 24"),
    ("documentation only", VIRTIO, e_doc_only, 4, COMPATIBLE,
     r"struct virtio_iommu_req_attach: 'padding' changed \(documentation"),
    ("alignment changed on one ABI", VIRTIO, e_align_change, 12, BREAKING,
     r"alignment in the xen flavor changed 8 -> 4 on i386"),
    ("field withdrawn into reserved", XEN, e_withdraw, 12, BREAKING,
     r"field 'arena_order' withdrawn into reserved bytes"),
    ("target ABI dropped", VIRTIO, e_abi_dropped, 12, BREAKING, r"target ABI mips dropped"),
    ("pad field given a name", XEN, e_pad_named, 4, COMPATIBLE,
     r"reserved bytes 'pad1' \(offset 36, 4 bytes\) given a meaning: u32 pgsize_hi"),
    ("flag mask extended with a new bit", VIRTIO, e_mask_extended, 4, COMPATIBLE,
     r"constant VIRTIO_IOMMU_MAP_F_MASK: mask extended 0x7 -> 0xf \(new bits 0x8\)"),
    ("flag mask shrunk", VIRTIO, e_mask_shrunk, 12, BREAKING,
     r"constant VIRTIO_IOMMU_MAP_F_MASK: value changed 7 -> 3"),
    ("embedded struct renamed", VIRTIO, e_embedded_struct_renamed, 4, COMPATIBLE,
     r"struct virtio_iommu_req_head: renamed to struct virtio_iommu_req_hdr"),
    ("enum renamed", XEN, e_enum_renamed, 4, COMPATIBLE,
     r"enum pv_iommu_cmd: renamed to enum pv_iommu_op"),
    ("enum removed", XEN, e_enum_removed, 12, BREAKING, r"enum pv_iommu_cmd: removed \(13"),
    ("enum renamed and an enumerator added", XEN, e_enum_renamed_and_extended, 4, COMPATIBLE,
     r"enum pv_iommu_cmd: renamed to enum pv_iommu_op \(every enumerator kept\)"),
    ("reserved field becomes inserted padding", VIRTIO, e_reserved_to_inserted_padding, 4,
     COMPATIBLE, r"reserved field 'reserved' \(offset 16, 4 bytes\) is now padding"),
    ("feature bit added", VIRTIO, e_feature_bit_add, 4, COMPATIBLE,
     r"constant VIRTIO_IOMMU_F_PASID: added \(value 7\); a new feature bit"),
    ("guest handle spelled u64 (same bytes, same C type)", XEN, e_handle_to_u64, 4, COMPATIBLE,
     r"field 'arg' retyped: guest_handle -> u64 \(same size and byte order\)"),
    ("guest handle renamed and spelled u64", XEN, e_handle_to_u64_renamed, 4, COMPATIBLE,
     r"field 'arg' renamed to 'arg_gaddr' and retyped: guest_handle -> u64"),
    ("guest handle made little-endian", XEN, e_handle_to_le64, 12, BREAKING,
     r"field 'arg' retyped: guest_handle -> le64"),
    # a struct rename is matched on offsets, sizes and types; its fields are still compared
    ("struct renamed, a field withdrawn into reserved", XEN, e_struct_rename_withdraw, 12,
     BREAKING, r"struct pv_iommu_init: field 'arena_order' withdrawn into reserved"),
    ("struct renamed, two u32 fields swapped", XEN, e_struct_rename_swap, 12, BREAKING,
     r"struct pv_iommu_init: field 'max_ctx_no' moved: offset 0 -> 4"),
    ("struct renamed, a field renamed", XEN, e_struct_rename_field_rename, 4, COMPATIBLE,
     r"struct pv_iommu_flush_nested: field 'ctx_no' renamed to 'context'"),
    ("two same-shaped structs renamed together", XEN, e_two_same_shaped_structs_renamed, 4,
     COMPATIBLE, r"struct pv_iommu_free: renamed to struct pv_iommu_free_ctx"),
    ("scalar made an array of one", XEN, e_array_of_one, 4, COMPATIBLE,
     r"field 'pasid' retyped: u32 -> u32\[1\] \(an array of one element is the element\)"),
    ("scalar made a reserved array of one", XEN, e_array_of_one_withdrawn, 12, BREAKING,
     r"field 'pasid' withdrawn into reserved bytes \(now u32\[1\]\)"),
    ("variable tail's doc string only", VIRTIO, e_tail_doc, 0, None, None),
    ("no change", VIRTIO, e_nothing, 0, None, None),
]


class DiffEditTable(unittest.TestCase):
    def test_table_is_big_enough(self):
        self.assertGreaterEqual(len(EDITS), 20)

    def test_edits(self):
        for name, base, edit, status, klass, pattern in EDITS:
            with self.subTest(edit=name):
                t = load(base)
                edit(t)
                with tempfile.TemporaryDirectory() as tmp:
                    new = os.path.join(tmp, "new.json")
                    with open(new, "w") as f:
                        f.write(dumps(t))
                    got, out, err = run_cli(["diff", base, new])
                self.assertEqual(got, status, "%s: exit %d, output:\n%s%s" % (name, got, out, err))
                lines = out.splitlines()
                if pattern is None:
                    self.assertEqual(len(lines), 1, out)
                    self.assertIn("no ABI change", out)
                    continue
                hits = [ln for ln in lines if ln.startswith(klass + ":") and re.search(pattern, ln)]
                self.assertTrue(hits, "%s: no %s line matching %r in:\n%s"
                                % (name, klass, pattern, out))
                if status == 4:
                    self.assertFalse([ln for ln in lines if ln.startswith("BREAKING")], out)

    def test_reverse_of_compatible_addition_is_breaking(self):
        t = load(VIRTIO)
        e_flag_bit_add(t)
        with tempfile.TemporaryDirectory() as tmp:
            new = os.path.join(tmp, "new.json")
            with open(new, "w") as f:
                f.write(dumps(t))
            self.assertEqual(run_cli(["diff", base_or(new), VIRTIO])[0], errors.EXIT_BREAKING)


def base_or(p):
    return p


class DiffYamlEdits(unittest.TestCase):
    """The same gate with a spec YAML on the NEW side (as the build runs it)."""

    def _spec(self, name, edit):
        with open(os.path.join(REPO, "spec", name)) as f:
            text = f.read()
        new = edit(text)
        self.assertNotEqual(new, text, "the edit did not apply")
        tmp = tempfile.mkdtemp()
        self.addCleanup(lambda: __import__("shutil").rmtree(tmp))
        path = os.path.join(tmp, name)
        with open(path, "w") as f:
            f.write(new)
        return path

    def test_swap_fields_in_yaml_is_breaking(self):
        def edit(t):
            a = "      - {name: virt_start, type: le64}\n      - {name: virt_end, type: le64}\n"
            b = "      - {name: virt_end, type: le64}\n      - {name: virt_start, type: le64}\n"
            return t.replace(a, b, 1)
        st, out, _ = run_cli(["diff", VIRTIO, self._spec("virtio-iommu.yaml", edit)])
        self.assertEqual(st, 12, out)
        self.assertRegex(out, r"BREAKING: struct virtio_iommu_req_map: field 'virt_start' moved")

    def test_renumber_command_in_yaml_is_breaking(self):
        edit = lambda t: t.replace("{name: VIRTIO_IOMMU_T_MAP, value: 3}",
                                   "{name: VIRTIO_IOMMU_T_MAP, value: 9}")
        st, out, _ = run_cli(["diff", VIRTIO, self._spec("virtio-iommu.yaml", edit)])
        self.assertEqual(st, 12, out)
        self.assertIn("constant VIRTIO_IOMMU_T_MAP: value changed 3 -> 9", out)

    def test_new_map_flag_in_yaml_extends_the_mask(self):
        edit = lambda t: t.replace(
            "      - {name: VIRTIO_IOMMU_MAP_F_WRITE, bit: 1, doc: Endpoints may write the range.}\n",
            "      - {name: VIRTIO_IOMMU_MAP_F_WRITE, bit: 1, doc: Endpoints may write the range.}\n"
            "      - {name: VIRTIO_IOMMU_MAP_F_EXEC, bit: 3, doc: Endpoints may execute.}\n")
        st, out, _ = run_cli(["diff", VIRTIO, self._spec("virtio-iommu.yaml", edit)])
        self.assertEqual(st, 4, out)
        self.assertIn("compatible: constant VIRTIO_IOMMU_MAP_F_MASK: mask extended 0x7 -> 0xf", out)
        self.assertIn("compatible: constant VIRTIO_IOMMU_MAP_F_EXEC: added (value 8)", out)

    def test_new_flag_bit_in_yaml_is_compatible(self):
        edit = lambda t: t.replace(
            "      - {name: IOMMU_MAP_cache, bit: 2, doc: Enforce DMA coherency (needs IOMMUCAP_cache).}\n",
            "      - {name: IOMMU_MAP_cache, bit: 2, doc: Enforce DMA coherency (needs IOMMUCAP_cache).}\n"
            "      - {name: IOMMU_MAP_exec, bit: 3, doc: Device may execute.}\n")
        st, out, _ = run_cli(["diff", XEN, self._spec("xen-pv-iommu.yaml", edit)])
        self.assertEqual(st, 4, out)
        self.assertRegex(out, r"compatible: constant IOMMU_MAP_exec: added \(value 8\).*flag bit")

    def test_doc_edit_outside_the_table_is_no_change(self):
        edit = lambda t: t.replace("manages DMA from endpoints", "manages DMA from its endpoints")
        st, out, _ = run_cli(["diff", VIRTIO, self._spec("virtio-iommu.yaml", edit)])
        self.assertEqual(st, 0, out)

    def test_field_named_like_padding_is_not_reserved(self):
        # 'paddr' starts with "pad" but the spec does not say it is reserved:
        # retyping or withdrawing it breaks like any other field
        rename = lambda t: t.replace("{name: phys_start, type: le64}", "{name: paddr, type: le64}")
        old = self._spec("virtio-iommu.yaml", rename)
        edits = {
            "field 'paddr' retyped: le64 -> be64": lambda t: rename(t).replace(
                "{name: paddr, type: le64}", "{name: paddr, type: be64}"),
            "field 'paddr' withdrawn into reserved bytes": lambda t: rename(t).replace(
                "{name: paddr, type: le64}", "{name: paddr, type: le64, reserved: true}"),
        }
        for words, edit in edits.items():
            with self.subTest(words):
                tmp = tempfile.mkdtemp()
                self.addCleanup(__import__("shutil").rmtree, tmp)
                new = os.path.join(tmp, "virtio-iommu.yaml")
                with open(os.path.join(REPO, "spec", "virtio-iommu.yaml")) as f:
                    text = edit(f.read())
                with open(new, "w") as f:
                    f.write(text)
                st, out, _ = run_cli(["diff", old, new])
                self.assertEqual(st, 12, out)
                self.assertIn("BREAKING: struct virtio_iommu_req_map: " + words, out)

    def test_split_field_names_what_it_split(self):
        # le64 virt_start -> le32 virt_start_lo, virt_start_hi: breaking (the field
        # is gone), and the new halves are said to sit in its bytes
        edit = lambda t: t.replace(
            "      - {name: virt_start, type: le64}\n      - {name: virt_end, type: le64}\n"
            "      - {name: phys_start",
            "      - {name: virt_start_lo, type: le32}\n      - {name: virt_start_hi, type: le32}\n"
            "      - {name: virt_end, type: le64}\n      - {name: phys_start", 1)
        st, out, _ = run_cli(["diff", VIRTIO, self._spec("virtio-iommu.yaml", edit)])
        self.assertEqual(st, 12, out)
        self.assertIn("field 'virt_start' removed", out)
        self.assertIn("field 'virt_start_hi' (le32 virt_start_hi @12+4) added in the bytes of "
                      "removed field 'virt_start' (le64 virt_start @8+8)", out)
        self.assertNotIn("other data", out)

    def test_tail_doc_edit_is_no_change(self):
        # the variable tail's doc is the one doc string the layout table carries
        edit = lambda t: t.replace("doc: probe_size bytes of properties, then the tail.",
                                   "doc: probe_size bytes of properties, then a tail.")
        st, out, _ = run_cli(["diff", VIRTIO, self._spec("virtio-iommu.yaml", edit)])
        self.assertEqual(st, 0, out)
        self.assertIn("no ABI change", out)

    def test_spec_against_its_own_baseline_is_no_change(self):
        for base, spec in ((VIRTIO, "virtio-iommu.yaml"), (XEN, "xen-pv-iommu.yaml")):
            st, out, _ = run_cli(["diff", base, os.path.join(REPO, "spec", spec)])
            self.assertEqual(st, 0, out)


class WorkedExample(unittest.TestCase):
    """README: the seed's v0.5 MAP/UNMAP against the standardized layout."""

    OLD = os.path.join(FIX, "virtio-iommu-v0.5-map-unmap.json")
    NEW = os.path.join(FIX, "virtio-iommu-standard-map-unmap.json")

    def test_v05_to_standard_breaks_map_and_unmap(self):
        st, out, _ = run_cli(["diff", self.OLD, self.NEW])
        self.assertEqual(st, errors.EXIT_BREAKING)
        for pat in (r"BREAKING: struct virtio_iommu_req_map: size changed 32 -> 40",
                    r"BREAKING: struct virtio_iommu_req_map: field 'phys_start' moved: offset 4 -> 24",
                    r"BREAKING: struct virtio_iommu_req_map: field 'virt_start' moved: offset 12 -> 8",
                    r"BREAKING: struct virtio_iommu_req_map: field 'head' added at offset 0",
                    r"BREAKING: struct virtio_iommu_req_unmap: size changed 24 -> 32",
                    r"BREAKING: struct virtio_iommu_req_unmap: field 'tail' added at offset 28",
                    r"compatible: struct virtio_iommu_req_head: added"):
            self.assertRegex(out, pat)
        # commands and flag values did not change
        self.assertNotIn("constant", out)

    def test_v05_against_the_real_spec_is_breaking(self):
        st, out, _ = run_cli(["diff", self.OLD, os.path.join(REPO, "spec", "virtio-iommu.yaml")])
        self.assertEqual(st, errors.EXIT_BREAKING, out)

    def test_json_output(self):
        st, out, _ = run_cli(["diff", "--format", "json", self.OLD, self.NEW])
        data = json.loads(out)
        self.assertEqual(data["status"], 12)
        self.assertTrue(any(c["class"] == "breaking" and "phys_start" in c["what"]
                            for c in data["changes"]))


class DiffBadInput(unittest.TestCase):
    def _write(self, text, mode=None):
        fd, path = tempfile.mkstemp(suffix=".json")
        os.close(fd)
        self.addCleanup(os.unlink, path)
        with open(path, "w") as f:
            f.write(text)
        if mode is not None:
            os.chmod(path, mode)
        return path

    def test_missing_baseline(self):
        st, out, err = run_cli(["diff", "/nonexistent/base.json", VIRTIO])
        self.assertEqual(st, errors.EXIT_UNREADABLE)
        self.assertIn("cannot read baseline", err)
        self.assertEqual(len(err.splitlines()), 1)

    @unittest.skipIf(hasattr(os, "geteuid") and os.geteuid() == 0, "root reads any file")
    def test_unreadable_baseline(self):
        p = self._write("{}", 0)
        st, _, err = run_cli(["diff", p, VIRTIO])
        self.assertEqual(st, errors.EXIT_UNREADABLE)
        self.assertIn("permission denied", err)

    def test_directory_as_baseline(self):
        st, _, err = run_cli(["diff", FIX, VIRTIO])
        self.assertEqual(st, errors.EXIT_UNREADABLE)
        self.assertIn("is a directory", err)

    def test_corrupt_json(self):
        p = self._write('{"format": "iommu-abi-layout-1", "structs": [')
        st, _, err = run_cli(["diff", p, VIRTIO])
        self.assertEqual(st, errors.EXIT_CORRUPT)
        self.assertIn("corrupt baseline: not JSON", err)
        self.assertNotIn("Traceback", err)

    def test_wrong_types_inside(self):
        # every value diff reads is checked: corrupt (9), naming the place, never
        # an internal error (1) or a verdict computed from garbage
        def abi(t):
            return struct(t, "virtio_iommu_req_map")["abi"]
        edits = {
            "abi 'i386' needs integer": lambda t: abi(t)["i386"].update(align="8"),
            "abi 'x86_64' needs integer": lambda t: abi(t).update(x86_64=5),
            "'fields' must map names": lambda t: abi(t)["i386"]["fields"].update(domain=[4]),
            "'type' must be a string": lambda t: field(struct(t, "virtio_iommu_req_map"),
                                                       "domain").update(type=5),
            "'count' an integer": lambda t: field(struct(t, "virtio_iommu_req_map"),
                                                  "domain").update(count="2"),
            "'reserved' true or false": lambda t: field(struct(t, "virtio_iommu_req_map"),
                                                        "domain").update(reserved="no"),
            "'padding' must be a list": lambda t: struct(t, "virtio_iommu_req_attach")[
                "padding"][0].update(offset="16"),
            "'variable_tail' must be null or have a 'name'": lambda t: struct(
                t, "virtio_iommu_req_probe")["variable_tail"].pop("name"),
            "'abis' must be a list of ABI names": lambda t: t["abis"].append(7),
            "integer 'value'": lambda t: t["constants"][0].update(value=True),
            "'group' must be a string": lambda t: t["constants"][0].update(group=3),
            "'size' missing or not an integer": lambda t: struct(
                t, "virtio_iommu_req_map").update(size=-1),
        }
        for words, edit in edits.items():
            with self.subTest(words):
                t = load(VIRTIO)
                edit(t)
                p = self._write(json.dumps(t))
                for argv in (["diff", p, VIRTIO], ["diff", VIRTIO, p]):
                    st, _, err = run_cli(argv)
                    self.assertEqual(st, errors.EXIT_CORRUPT, err)
                    self.assertIn(words, err)

    def test_huge_padding_is_quick_and_corrupt(self):
        # a padding entry larger than the struct cannot be true: refused at
        # once (it used to reach the interval check, quick but accepted)
        t = load(VIRTIO)
        e_reserved_to_inserted_padding(t)
        struct(t, "virtio_iommu_req_attach")["padding"][0]["size"] = 1 << 40
        p = self._write(json.dumps(t))
        st, out, err = run_cli(["diff", VIRTIO, p])
        self.assertEqual(st, errors.EXIT_CORRUPT, out + err)
        self.assertIn("padding[0] (offset 16, 1099511627776 bytes) lies outside the struct", err)

    def test_wrong_shape(self):
        t = load(VIRTIO)
        t["structs"][0]["fields"][0]["offset"] = "zero"
        p = self._write(json.dumps(t))
        st, _, err = run_cli(["diff", p, VIRTIO])
        self.assertEqual(st, errors.EXIT_CORRUPT)
        self.assertIn("virtio_iommu_range_64: fields[0]", err)

    def test_duplicate_names(self):
        # diff matches by name: a second struct, constant or field of the same
        # name would otherwise be compared as if it were not there
        for edit, what in ((lambda t: t["structs"].append(t["structs"][0]),
                            "struct 'virtio_iommu_range_64' appears twice"),
                           (lambda t: t["constants"].append(dict(t["constants"][0], value=9)),
                            "constant 'VIRTIO_IOMMU_F_INPUT_RANGE' appears twice"),
                           (lambda t: t["structs"][0]["fields"].append(
                               t["structs"][0]["fields"][0]), "field 'start' appears twice")):
            t = load(VIRTIO)
            edit(t)
            p = self._write(json.dumps(t))
            st, out, err = run_cli(["diff", VIRTIO, p])
            self.assertEqual(st, errors.EXIT_CORRUPT, out + err)
            self.assertIn(what, err)

    def test_wrong_format_tag(self):
        p = self._write('{"format": "something-else"}')
        st, _, err = run_cli(["diff", p, VIRTIO])
        self.assertEqual(st, errors.EXIT_CORRUPT)

    def test_binary_garbage(self):
        fd, p = tempfile.mkstemp(suffix=".json")
        os.write(fd, b"\xff\xfe\x00garbage")
        os.close(fd)
        self.addCleanup(os.unlink, p)
        st, _, err = run_cli(["diff", p, VIRTIO])
        self.assertEqual(st, errors.EXIT_UNREADABLE)
        self.assertIn("not UTF-8", err)

    def test_invalid_spec_yaml(self):
        fd, p = tempfile.mkstemp(suffix=".yaml")
        os.write(fd, b"spec: virtio-iommu\nstructs: [1, 2\n")
        os.close(fd)
        self.addCleanup(os.unlink, p)
        st, _, err = run_cli(["diff", VIRTIO, p])
        self.assertEqual(st, errors.EXIT_CORRUPT, err)
        self.assertIn("invalid spec", err)

    def test_usage_error(self):
        st, _, err = run_cli(["diff", VIRTIO])
        self.assertEqual(st, errors.EXIT_USAGE)


class Dump(unittest.TestCase):
    def test_dump_is_byte_identical_to_the_generated_layout_table(self):
        for name in ("virtio-iommu", "xen-pv-iommu"):
            gen = os.path.join(REPO, "include", "layout", name + ".json")
            if not os.path.exists(gen):
                self.skipTest("generated layout tables not present")
            st, out, err = run_cli(["dump", os.path.join(REPO, "spec", name + ".yaml")])
            self.assertEqual(st, 0, err)
            with open(gen) as f:
                self.assertEqual(out, f.read(), "abi-check dump and the generator disagree "
                                 "on %s (or include/ is stale)" % name)

    def test_committed_baselines_gate_the_specs(self):
        # what the build's abi-gate runs: the specs must not break the baselines
        for spec, base in (("virtio-iommu.yaml", VIRTIO), ("xen-pv-iommu.yaml", XEN)):
            st, out, err = run_cli(["diff", "--fail-on", "breaking", base,
                                    os.path.join(REPO, "spec", spec)])
            self.assertEqual(st, 0, out + err)

    def test_dump_is_stable(self):
        a = run_cli(["dump", os.path.join(REPO, "spec", "virtio-iommu.yaml")])[1]
        b = run_cli(["dump", os.path.join(REPO, "spec", "virtio-iommu.yaml")])[1]
        self.assertEqual(a, b)

    def test_dump_to_file(self):
        with tempfile.TemporaryDirectory() as tmp:
            p = os.path.join(tmp, "x.json")
            st, _, _ = run_cli(["dump", os.path.join(REPO, "spec", "xen-pv-iommu.yaml"), "-o", p])
            self.assertEqual(st, 0)
            self.assertEqual(load(p)["spec"], "xen-pv-iommu")


if __name__ == "__main__":
    unittest.main()
