"""The golden images agree with the layout table, with the value rule, and with the C programs.

include/layout/golden/<spec>.json gives, per struct, example values and the
bytes they make (with CPU-order fields little- and big-endian); every
generated program include/layout/golden/<spec>.<flavor>.c carries the same
images as C arrays.  Here, independently of the generator's own code:

- every field of the image sits where the layout table says, and the
  fields cover every byte of the struct exactly once;
- the bytes mean the values: little-endian fields little-endian in both
  images, big-endian ones big-endian, CPU-order ones in each image's order;
- the rule that makes the bytes tell where they come from holds: reserved
  fields zero, bytes of unconstrained fields 0x80 + offset, all distinct;
- the C arrays are the JSON's bytes.
"""

import json
import os
import re
import sys
import unittest
from typing import Any, Dict, List, Tuple

HERE = os.path.dirname(os.path.abspath(__file__))
REPO = os.path.dirname(os.path.dirname(HERE))
INC = os.path.join(REPO, "include")
sys.path.insert(0, os.path.join(REPO, "gen"))

import iommuabi  # noqa: E402

SPECS = ("virtio-iommu", "xen-pv-iommu")
ORDER = {"u8": None, "u16": "cpu", "u32": "cpu", "u64": "cpu", "guest_handle": "cpu",
         "le16": "little", "le32": "little", "le64": "little",
         "be16": "big", "be32": "big", "be64": "big"}


def load(rel: str) -> Dict[str, Any]:
    with open(os.path.join(INC, rel), encoding="utf-8") as f:
        data: Dict[str, Any] = json.load(f)
        return data


def resolve(table: Dict[str, Any], struct: str, path: str) -> Tuple[int, int, Dict[str, Any]]:
    """(offset, size, field entry) of a golden path such as head.type or reserved[2]."""
    structs = {s["name"]: s for s in table["structs"]}
    off = 0
    s = structs[struct]
    parts = path.split(".")
    for i, part in enumerate(parts):
        m = re.match(r"^(\w+)(?:\[(\d+)\])?$", part)
        assert m, path
        f = next(x for x in s["fields"] if x["name"] == m.group(1))
        off += f["offset"]
        if i + 1 < len(parts):
            s = structs[f["type"].split(" ", 1)[1]]
            continue
        if m.group(2) is not None:
            elem = f["size"] // f["count"]
            return off + int(m.group(2)) * elem, elem, f
        return off, f["size"], f
    raise AssertionError(path)


def c_images(program: str) -> Dict[str, Dict[str, bytes]]:
    """struct name -> {"little": bytes, "big": bytes} from a generated program."""
    with open(os.path.join(INC, program), encoding="utf-8") as f:
        text = f.read()
    out: Dict[str, Dict[str, bytes]] = {}
    for m in re.finditer(r'static const char st\[\] = "(\w+)";(.*?)\n}', text, re.S):
        body = m.group(2)
        imgs = {}
        for order, key in (("le", "little"), ("be", "big")):
            a = re.search(r"static const unsigned char %s\[(\d+)\] = \{(.*?)\};" % order, body, re.S)
            assert a, (program, m.group(1))
            data = bytes(int(x, 16) for x in re.findall(r"0x([0-9a-f]{2})", a.group(2)))
            assert len(data) == int(a.group(1))
            imgs[key] = data
        out[m.group(1)] = imgs
    return out


class Golden(unittest.TestCase):
    def setUp(self) -> None:
        self.golden = {s: load("layout/golden/%s.json" % s) for s in SPECS}
        self.tables = {s: load("layout/%s.json" % s) for s in SPECS}

    def each(self):  # type: ignore[no-untyped-def]
        for spec in SPECS:
            table = self.tables[spec]
            for st in self.golden[spec]["structs"]:
                yield spec, table, st

    def test_every_struct_has_an_image(self) -> None:
        for spec in SPECS:
            self.assertEqual([s["name"] for s in self.golden[spec]["structs"]],
                             [s["name"] for s in self.tables[spec]["structs"]])
            self.assertEqual(self.golden[spec]["spec_digest"], self.tables[spec]["spec_digest"])

    def test_fields_are_where_the_table_says_and_cover_every_byte(self) -> None:
        for spec, table, st in self.each():
            size = next(s["size"] for s in table["structs"] if s["name"] == st["name"])
            self.assertEqual(st["size"], size)
            owner: List[str] = [""] * size
            for f in st["fields"]:
                off, n, _ = resolve(table, st["name"], f["path"])
                self.assertEqual((f["offset"], f["size"]), (off, n), (st["name"], f["path"]))
                for b in range(off, off + n):
                    self.assertEqual(owner[b], "", "%s: byte %d in %s and %s"
                                     % (st["name"], b, owner[b], f["path"]))
                    owner[b] = f["path"]
            self.assertNotIn("", owner, st["name"])

    def test_the_bytes_mean_the_values(self) -> None:
        for spec, table, st in self.each():
            for key in ("little", "big"):
                data = bytes.fromhex(st["bytes"][key])
                self.assertEqual(len(data), st["size"])
                for f in st["fields"]:
                    raw = data[f["offset"]:f["offset"] + f["size"]]
                    order = ORDER[f["type"]]
                    order = key if order == "cpu" else (order or "little")
                    self.assertEqual(int.from_bytes(raw, "big" if order == "big" else "little"),
                                     int(f["value"], 16),
                                     "%s %s %s (%s)" % (spec, st["name"], f["path"], key))
            cpu = any(ORDER[f["type"]] == "cpu" and f["size"] > 1 for f in st["fields"])
            self.assertEqual(st["cpu_order"], cpu)
            self.assertEqual(st["bytes"]["little"] == st["bytes"]["big"], not cpu, st["name"])

    def test_the_value_rule(self) -> None:
        for spec in SPECS:
            lo = iommuabi.lay_out(iommuabi.load_spec(os.path.join(REPO, "spec", spec + ".yaml")))
            for st in self.golden[spec]["structs"]:
                data = bytes.fromhex(st["bytes"]["little"])
                free = []
                for f in st["fields"]:
                    _, _, entry = resolve(self.tables[spec], st["name"], f["path"])
                    reserved = any(resolve(self.tables[spec], st["name"],
                                           ".".join(f["path"].split(".")[:k + 1]))[2]["reserved"]
                                   for k in range(f["path"].count(".") + 1))
                    field = next(x for x in lo.struct(_owner(lo, st["name"], f["path"]))
                                 .struct.fields if x.name == re.sub(r"\[\d+\]$", "",
                                                                    f["path"].split(".")[-1]))
                    raw = data[f["offset"]:f["offset"] + f["size"]]
                    if reserved:
                        self.assertEqual(raw, bytes(len(raw)), (st["name"], f["path"]))
                    elif field.flags:
                        mask = 0
                        for c in lo.spec.group(field.flags).items:
                            mask |= c.value
                        self.assertEqual(int(f["value"], 16), mask)
                    elif field.values or field.enum:
                        self.assertNotEqual(int(f["value"], 16), 0, (st["name"], f["path"]))
                    else:
                        self.assertIsNone(entry["flags"])
                        self.assertEqual(list(raw), [0x80 + f["offset"] + k for k in range(len(raw))],
                                         (st["name"], f["path"]))
                        free += list(raw)
                self.assertEqual(len(free), len(set(free)), st["name"])

    def test_c_programs_carry_the_json_bytes(self) -> None:
        for spec in SPECS:
            want = {s["name"]: {k: bytes.fromhex(v) for k, v in s["bytes"].items()}
                    for s in self.golden[spec]["structs"]}
            for flavor in ("linux", "portable", "xen"):
                got = c_images("layout/golden/%s.%s.c" % (spec, flavor))
                self.assertEqual(got, want, (spec, flavor))

    def test_a_wrong_byte_is_seen(self) -> None:
        # the comparisons above can fail: one flipped byte breaks the value check
        st = self.golden["virtio-iommu"]["structs"][0]
        data = bytearray(bytes.fromhex(st["bytes"]["little"]))
        data[0] ^= 1
        f = st["fields"][0]
        self.assertNotEqual(int.from_bytes(data[f["offset"]:f["offset"] + f["size"]], "little"),
                            int(f["value"], 16))


def _owner(lo: Any, struct: str, path: str) -> str:
    """The struct that declares the last field of a path."""
    name = struct
    for part in path.split(".")[:-1]:
        f = next(x for x in lo.struct(name).struct.fields if x.name == part)
        name = f.type
    return name


if __name__ == "__main__":
    unittest.main()
