"""Layout tables: load from a baseline JSON or a spec YAML, validate, write stably.

The format is the layout table the generator writes to
include/layout/<spec>.json (``"format": "iommu-abi-layout-2"``, documented in
spec/README.md); tables of the previous format, ``iommu-abi-layout-1``, are
still read (a user's committed baseline), their meaning keys then being "not
recorded".  Writing goes through the generator's own serializer, so a
committed baseline is byte-identical to the generated table and only changes
where the spec does.
"""

import json
from typing import Any, Dict, Tuple

from .errors import AbiCheckError, EXIT_CORRUPT, read_text
from .generator import REPO, iommuabi, layout_json

FORMAT = layout_json.FORMAT
READABLE_FORMATS = layout_json.READABLE_FORMATS
dumps = layout_json.dumps       # the one serializer (gen/iommuabi/emit/layout_json.py)

__all__ = ["FORMAT", "READABLE_FORMATS", "REPO", "dumps", "is_spec_path", "load", "from_spec",
           "validate"]


def is_spec_path(path: str) -> bool:
    return path.endswith((".yaml", ".yml"))


def load(path: str) -> Dict[str, Any]:
    """A layout table dict from a baseline JSON or a spec YAML.  Raises AbiCheckError."""
    if is_spec_path(path):
        return from_spec(path)
    text = read_text(path, "baseline")
    try:
        data = json.loads(text)
    except ValueError as e:
        raise AbiCheckError("%s: corrupt baseline: not JSON (%s)" % (path, e), EXIT_CORRUPT)
    validate(data, path)
    return data


# What format 2 records beyond format 1, per struct and per field (the
# top-level additions -- spec_digest, flavors, groups -- diff does not read).
_V2_STRUCT_KEYS = ("xen_external",)
_V2_FIELD_KEYS = ("dir", "flags", "enum", "xen_type")


def comparable(old: Dict[str, Any], new: Dict[str, Any]) -> Tuple[Dict[str, Any], Dict[str, Any]]:
    """The two tables as diff should see them: a key one side's format does
    not record is "not recorded", not "changed", so when either side is a
    format-1 table the other side's format-2-only keys are left out of both."""
    if old.get("format") == new.get("format"):
        return old, new
    return _without_v2_keys(old), _without_v2_keys(new)


def _without_v2_keys(table: Dict[str, Any]) -> Dict[str, Any]:
    out = dict(table)
    out["structs"] = []
    for s in table["structs"]:
        s = {k: v for k, v in s.items() if k not in _V2_STRUCT_KEYS}
        s["fields"] = [{k: v for k, v in f.items() if k not in _V2_FIELD_KEYS}
                       for f in s["fields"]]
        out["structs"].append(s)
    return out


def from_spec(path: str) -> Dict[str, Any]:
    read_text(path, "spec")          # a clear 'cannot read' before the generator sees it
    try:
        return iommuabi.layout_table(iommuabi.load_spec(path))
    except iommuabi.SpecError as e:
        raise AbiCheckError("invalid spec: %s" % e, EXIT_CORRUPT)


def _fail(path, what):
    raise AbiCheckError("%s: corrupt baseline: %s" % (path, what), EXIT_CORRUPT)


def _int(x):
    return isinstance(x, int) and not isinstance(x, bool)     # JSON true is not a number


def _count(x):
    return _int(x) and x >= 0


def _opt(x, pred):
    return x is None or pred(x)


def _str(x):
    return isinstance(x, str)


def validate(data: Any, path: str) -> None:
    """Check the shape diff and verify rely on; name the first thing that is wrong.

    Every value diff reads is type-checked here, so a hand-edited baseline is
    'corrupt' (exit 9) with the place named, never an internal error."""
    if not isinstance(data, dict):
        _fail(path, "top level is not an object")
    if data.get("format") not in READABLE_FORMATS:
        _fail(path, "'format' is %r, expected one of %s"
              % (data.get("format"), ", ".join(map(repr, READABLE_FORMATS))))
    for key, typ in (("spec", str), ("abis", list), ("constants", list), ("enums", list),
                     ("structs", list)):
        if not isinstance(data.get(key), typ):
            _fail(path, "'%s' missing or not a %s" % (key, typ.__name__))
    if not all(_str(a) for a in data["abis"]):
        _fail(path, "'abis' must be a list of ABI names")
    for i, c in enumerate(data["constants"]):
        _check_value(c, path, "constants[%d]" % i)
    for i, e in enumerate(data["enums"]):
        if not isinstance(e, dict) or not isinstance(e.get("name"), str) \
                or not isinstance(e.get("enumerators"), list):
            _fail(path, "enums[%d] needs 'name' and 'enumerators'" % i)
        for j, en in enumerate(e["enumerators"]):
            _check_value(en, path, "enums[%d].enumerators[%d]" % (i, j))
    for i, s in enumerate(data["structs"]):
        _check_struct(s, path, i)
    # diff matches everything by name: a name that appears twice would hide one of them
    for what, items in (("constant", data["constants"]), ("enum", data["enums"]),
                        ("struct", data["structs"])):
        names = [x["name"] for x in items]
        if len(set(names)) != len(names):
            _fail(path, "%s '%s' appears twice" % (what, _first_dup(names)))


def _check_value(c, path, where):
    """A constant or an enumerator."""
    if not isinstance(c, dict) or not _str(c.get("name")) or not _int(c.get("value")):
        _fail(path, "%s needs a string 'name' and an integer 'value'" % where)
    for key in ("group", "kind"):
        if not _opt(c.get(key), _str):
            _fail(path, "%s: '%s' must be a string" % (where, key))


def _check_struct(s, path, i):
    if not isinstance(s, dict) or not isinstance(s.get("name"), str):
        _fail(path, "structs[%d] has no 'name'" % i)
    where = "struct %s" % s["name"]
    if not _count(s.get("size")):
        _fail(path, "%s: 'size' missing or not an integer" % where)
    if not isinstance(s.get("fields"), list):
        _fail(path, "%s: 'fields' missing or not a list" % where)
    for j, f in enumerate(s["fields"]):
        if not isinstance(f, dict) or not isinstance(f.get("name"), str) \
                or not _count(f.get("offset")) or not _count(f.get("size")):
            _fail(path, "%s: fields[%d] needs 'name', integer 'offset' and 'size'" % (where, j))
        if not _opt(f.get("type"), _str) or not _opt(f.get("count"), _count) \
                or not _opt(f.get("reserved"), lambda r: isinstance(r, bool)):
            _fail(path, "%s: field '%s': 'type' must be a string, 'count' an integer, "
                  "'reserved' true or false" % (where, f["name"]))
    vt = s.get("variable_tail")
    if vt is not None and (not isinstance(vt, dict) or not _str(vt.get("name"))
                           or not _count(vt.get("offset")) or not _opt(vt.get("type"), _str)):
        _fail(path, "%s: 'variable_tail' must be null or have a 'name', an integer 'offset' "
              "and a string 'type'" % where)
    pads = s.get("padding", [])
    if not isinstance(pads, list) or not all(
            isinstance(p, dict) and _count(p.get("offset")) and _count(p.get("size"))
            for p in pads):
        _fail(path, "%s: 'padding' must be a list of entries with integer 'offset' and 'size'"
              % where)
    _check_abi(s.get("abi", {}), path, where)
    names = [f["name"] for f in s["fields"]]
    if len(set(names)) != len(names):
        _fail(path, "%s: field '%s' appears twice" % (where, _first_dup(names)))


def _check_abi(abi, path, where):
    """Per-ABI size, alignments and [offset, size] pairs of one struct."""
    if not isinstance(abi, dict):
        _fail(path, "%s: 'abi' is not an object" % where)
    for name, a in abi.items():
        if not isinstance(a, dict) or not all(_opt(a.get(k), _count)
                                              for k in ("size", "align", "xen_align")):
            _fail(path, "%s: abi '%s' needs integer 'size', 'align' and 'xen_align'"
                  % (where, name))
        fields = a.get("fields", {})
        if not isinstance(fields, dict) or not all(
                isinstance(v, list) and len(v) == 2 and all(_count(x) for x in v)
                for v in fields.values()):
            _fail(path, "%s: abi '%s': 'fields' must map names to [offset, size]"
                  % (where, name))


def _first_dup(names):
    seen = set()
    for n in names:
        if n in seen:
            return n
        seen.add(n)

