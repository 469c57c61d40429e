"""Layout tables: load from a baseline JSON or a spec YAML, validate, write stably.

The format is the layout table the generator writes to
include/layout/<spec>.json (``"format": "iommu-abi-layout-3"``, documented in
spec/README.md); tables of the previous formats, ``iommu-abi-layout-2`` (no
versions) and ``iommu-abi-layout-1`` (no meaning keys either), are still read
(a user's committed baseline), what they lack then being "not recorded".  Writing goes through the generator's own serializer, so a
committed baseline is byte-identical to the generated table and only changes
where the spec does.
"""

import importlib
from typing import Any, Dict

from . import jsonsrc
from .errors import AbiCheckError, EXIT_CORRUPT, EXIT_TOOL, read_text
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
        data = jsonsrc.loads(text)
    except jsonsrc.JsonError as e:
        raise AbiCheckError("%s: corrupt baseline: %s" % (_where(path, e.line, e.col), e.message),
                            EXIT_CORRUPT)
    try:
        validate(data)
    except Corrupt as e:
        line, col = jsonsrc.locate(text, e.jpath)
        raise AbiCheckError("%s: corrupt baseline: %s" % (_where(path, line, col), e),
                            EXIT_CORRUPT)
    return data


def _where(path, line, col):
    if not line:
        return path
    return "%s:%d:%d" % (path, line, col) if col else "%s:%d" % (path, line)


def from_spec(path: str) -> Dict[str, Any]:
    read_text(path, "spec")          # a clear 'cannot read' before the generator sees it
    try:
        return iommuabi.layout_table(iommuabi.load_spec(path))
    except iommuabi.SpecError as e:
        raise AbiCheckError("invalid spec: %s" % e, EXIT_CORRUPT)


class Corrupt(Exception):
    """What is wrong with a table, and the JSON path of the value that is."""

    def __init__(self, what, jpath=()):
        Exception.__init__(self, what)
        self.jpath = tuple(jpath)


def _fail(what, jpath=()):
    raise Corrupt(what, jpath)


def _int(x):
    return isinstance(x, int) and not isinstance(x, bool)     # JSON true is not a number


def _count(x):
    return _int(x) and x >= 0


def _opt(x, pred):
    return x is None or pred(x)


def _str(x):
    return isinstance(x, str)


def generator_module(name):
    """One module of the generator package (gen/iommuabi), without requiring the
    rest of it to be usable; AbiCheckError(EXIT_TOOL) if it cannot be imported."""
    try:
        return importlib.import_module("iommuabi." + name)
    except ImportError as e:
        raise AbiCheckError("the generator (gen/iommuabi) is not usable: %s" % e, EXIT_TOOL)


def primitives():
    """{type: (size, byte order)} of the spec's fixed-width types: the generator's table."""
    return generator_module("model").PRIMITIVES


def validate(data):
    """Check the shape diff and verify rely on, and that the table is consistent
    with itself; raise Corrupt naming the first thing that is wrong.

    Every value diff reads is type-checked here, so a hand-edited baseline is
    'corrupt' (exit 9) with the place named, never an internal error or a
    verdict computed from numbers that cannot all be true."""
    if not isinstance(data, dict):
        _fail("top level is not an object")
    if data.get("format") not in READABLE_FORMATS:
        _fail("'format' is %r, expected one of %s"
              % (data.get("format"), ", ".join(map(repr, READABLE_FORMATS))), ["format"])
    for key, typ in (("spec", str), ("abis", list), ("constants", list), ("enums", list),
                     ("structs", list)):
        if not isinstance(data.get(key), typ):
            _fail("'%s' missing or not a %s" % (key, typ.__name__), [key])
    if not all(_str(a) for a in data["abis"]):
        _fail("'abis' must be a list of ABI names", ["abis"])
    for i, c in enumerate(data["constants"]):
        _check_value(c, "constants[%d]" % i, ["constants", i])
    for i, e in enumerate(data["enums"]):
        if not isinstance(e, dict) or not isinstance(e.get("name"), str) \
                or not isinstance(e.get("enumerators"), list):
            _fail("enums[%d] needs 'name' and 'enumerators'" % i, ["enums", i])
        for j, en in enumerate(e["enumerators"]):
            _check_value(en, "enums[%d].enumerators[%d]" % (i, j), ["enums", i, "enumerators", j])
    versions = _check_versions(data)
    for i, c in enumerate(data["constants"]):
        _check_since(c, versions, "constants[%d]" % i, ["constants", i])
    sizes = {}              # struct name -> size, of the structs declared so far
    names = {"flags": {c.get("group") for c in data["constants"]} - {None},
             "enum": {e["name"] for e in data["enums"]}}
    for i, s in enumerate(data["structs"]):
        _check_struct(s, i, data["abis"], sizes)
        _check_meaning(s, i, names)
        _check_struct_versions(s, i, versions)
        sizes[s["name"]] = s["size"]
    # diff matches everything by name: a name that appears twice would hide one of them
    for what, key in (("constant", "constants"), ("enum", "enums"), ("struct", "structs")):
        names = [x["name"] for x in data[key]]
        if len(set(names)) != len(names):
            dup = _first_dup(names)
            _fail("%s '%s' appears twice" % (what, dup),
                  [key, len(names) - 1 - names[::-1].index(dup), "name"])


def _check_versions(data):
    """Format 3's versions: a list of named versions, each name once.
    Returns their names in order (None for a table that records none)."""
    if "versions" not in data:
        return None
    vs = data["versions"]
    if not isinstance(vs, list) or not all(isinstance(v, dict) and _str(v.get("name"))
                                           for v in vs):
        _fail("'versions' must be a list of objects with a 'name'", ["versions"])
    for i, v in enumerate(vs):
        if not _opt(v.get("feature"), _str) or not _opt(v.get("xen_interface"), _count):
            _fail("versions[%d]: 'feature' must be a string and 'xen_interface' an integer "
                  "(or null)" % i, ["versions", i])
    order = [v["name"] for v in vs]
    if len(set(order)) != len(order):
        _fail("version '%s' appears twice" % _first_dup(order), ["versions"])
    return order


def _check_since(x, versions, where, jpath):
    """An item's 'since' names one of the table's versions (or is null)."""
    if "since" not in x:
        return
    since = x["since"]
    if not _opt(since, _str):
        _fail("%s: 'since' must be a string or null" % where, jpath + ["since"])
    if since is not None and versions is not None and since not in versions:
        _fail("%s: 'since' is '%s', which is not one of the table's versions" % (where, since),
              jpath + ["since"])


def _check_struct_versions(s, i, versions):
    """A struct's and its fields' 'since', and its size by version: sizes
    growing, each of a known version, the last one the struct's size."""
    at = ["structs", i]
    where = "struct %s" % s["name"]
    _check_since(s, versions, where, at)
    for j, f in enumerate(s["fields"]):
        _check_since(f, versions, "%s: field '%s'" % (where, f["name"]), at + ["fields", j])
    sv = s.get("size_versions")
    if sv is None:
        return
    if not isinstance(sv, list) or not all(
            isinstance(v, dict) and _str(v.get("version")) and _count(v.get("size"))
            and _str(v.get("constant")) for v in sv):
        _fail("%s: 'size_versions' must be a list of {version, size, constant}" % where,
              at + ["size_versions"])
    for k, v in enumerate(sv):
        if versions is None or v["version"] not in versions:
            _fail("%s: size_versions[%d]: version '%s' is not one of the table's versions"
                  % (where, k, v["version"]), at + ["size_versions", k, "version"])
        if k and (v["size"] <= sv[k - 1]["size"]
                  or versions.index(v["version"]) <= versions.index(sv[k - 1]["version"])):
            _fail("%s: size_versions[%d]: sizes and versions must both grow" % (where, k),
                  at + ["size_versions", k])
    if sv and sv[-1]["size"] != s["size"]:
        _fail("%s: its last size by version is %d, but its size is %d"
              % (where, sv[-1]["size"], s["size"]), at + ["size_versions", len(sv) - 1, "size"])


def _check_value(c, where, jpath):
    """A constant or an enumerator."""
    if not isinstance(c, dict) or not _str(c.get("name")) or not _int(c.get("value")):
        _fail("%s needs a string 'name' and an integer 'value'" % where, jpath)
    for key in ("group", "kind"):
        if not _opt(c.get(key), _str):
            _fail("%s: '%s' must be a string" % (where, key), jpath + [key])


def _check_struct(s, i, abis, sizes):
    at = ["structs", i]
    if not isinstance(s, dict) or not isinstance(s.get("name"), str):
        _fail("structs[%d] has no 'name'" % i, at)
    where = "struct %s" % s["name"]
    if not _count(s.get("size")):
        _fail("%s: 'size' missing or not an integer" % where, at + ["size"])
    if not isinstance(s.get("fields"), list):
        _fail("%s: 'fields' missing or not a list" % where, at + ["fields"])
    for j, f in enumerate(s["fields"]):
        fat = at + ["fields", j]
        if not isinstance(f, dict) or not isinstance(f.get("name"), str) \
                or not _count(f.get("offset")) or not _count(f.get("size")):
            _fail("%s: fields[%d] needs 'name', integer 'offset' and 'size'" % (where, j), fat)
        if not _opt(f.get("type"), _str) or not _opt(f.get("count"), _count) \
                or not _opt(f.get("reserved"), lambda r: isinstance(r, bool)):
            _fail("%s: field '%s': 'type' must be a string, 'count' an integer, "
                  "'reserved' true or false" % (where, f["name"]), fat)
        _check_type(f, where, sizes, fat)
    names = [f["name"] for f in s["fields"]]
    if len(set(names)) != len(names):
        _fail("%s: field '%s' appears twice" % (where, _first_dup(names)), at + ["fields"])
    generic = {f["name"]: (f["offset"], f["size"]) for f in s["fields"]}
    _check_extents(generic, s["size"], where, at + ["fields"], names)
    vt = s.get("variable_tail")
    if vt is not None and (not isinstance(vt, dict) or not _str(vt.get("name"))
                           or not _count(vt.get("offset")) or not _opt(vt.get("type"), _str)):
        _fail("%s: 'variable_tail' must be null or have a 'name', an integer 'offset' "
              "and a string 'type'" % where, at + ["variable_tail"])
    if vt is not None:
        end = max((o + n for o, n in generic.values()), default=0)
        if vt["offset"] < end:
            _fail("%s: variable_tail '%s' at offset %d lies inside the fixed fields "
                  "(they end at %d)" % (where, vt["name"], vt["offset"], end),
                  at + ["variable_tail", "offset"])
    pads = s.get("padding", [])
    if not isinstance(pads, list) or not all(
            isinstance(p, dict) and _count(p.get("offset")) and _count(p.get("size"))
            for p in pads):
        _fail("%s: 'padding' must be a list of entries with integer 'offset' and 'size'"
              % where, at + ["padding"])
    for k, p in enumerate(pads):
        if p["offset"] + p["size"] > s["size"]:
            _fail("%s: padding[%d] (offset %d, %d bytes) lies outside the struct (size %d)"
                  % (where, k, p["offset"], p["size"], s["size"]), at + ["padding", k])
    _check_abi(s, abis, generic, where, at + ["abi"])


DIRECTIONS = ("in", "out", "inout", None)


def _check_meaning(s, i, names):
    """The meaning keys (format 2 records them; a table without them has
    nothing to check): a direction diff knows, and a flag group or enum that
    the table defines (a field naming one that is not there is read as
    nothing by one side and as something by the other)."""
    where = "struct %s" % s["name"]
    if not _opt(s.get("xen_external"), _str):
        _fail("%s: 'xen_external' must be a string or null" % where,
              ["structs", i, "xen_external"])
    for j, f in enumerate(s["fields"]):
        at = ["structs", i, "fields", j]
        if f.get("dir") not in DIRECTIONS:
            _fail("%s: field '%s': 'dir' is %r, expected in, out, inout or null"
                  % (where, f["name"], f.get("dir")), at + ["dir"])
        for key in ("flags", "enum", "xen_type"):
            if not _opt(f.get(key), _str):
                _fail("%s: field '%s': '%s' must be a string or null" % (where, f["name"], key),
                      at + [key])
        for key, what in (("flags", "constant group"), ("enum", "enum")):
            if f.get(key) is not None and f[key] not in names[key]:
                _fail("%s: field '%s': %s '%s' is not in the table"
                      % (where, f["name"], what, f[key]), at + [key])


def _check_type(f, where, sizes, jpath):
    """A field's type is one the spec knows, and its size is that type's."""
    t = f.get("type")
    if t is None:
        return          # a hand-made table may leave types out; offsets are still compared
    prims = primitives()
    if t in prims:
        elem = prims[t][0]
    elif t.startswith("struct ") and t[7:] in sizes:
        elem = sizes[t[7:]]
    else:
        _fail("%s: field '%s': unknown type '%s' (a fixed-width type, or 'struct NAME' of a "
              "struct listed before it)" % (where, f["name"], t), jpath + ["type"])
    want = elem * (f.get("count") or 1) if f.get("count") != 0 else 0
    if f["size"] != want:
        _fail("%s: field '%s': size %d disagrees with its type %s%s (%d bytes)"
              % (where, f["name"], f["size"], t, "[%d]" % f["count"] if f.get("count") else "",
                 want), jpath + ["size"])


def _check_extents(extents, size, where, jpath, order):
    """Fields ({name: (offset, size)}) inside the struct and not overlapping."""
    spans = sorted((o, n, name) for name, (o, n) in extents.items() if n)
    for o, n, name in spans:
        if o + n > size:
            _fail("%s: field '%s' (offset %d, %d bytes) lies outside the struct (size %d)"
                  % (where, name, o, n, size), jpath + [_key(order, name)])
    for (o1, n1, a), (o2, n2, b) in zip(spans, spans[1:]):
        if o2 < o1 + n1:
            _fail("%s: fields '%s' (offset %d, %d bytes) and '%s' (offset %d, %d bytes) "
                  "overlap" % (where, a, o1, n1, b, o2, n2), jpath + [_key(order, b)])


def _key(order, name):
    """A field's JSON path component: its list index, or its name in an abi map."""
    return order.index(name) if isinstance(order, list) else name


def _check_abi(s, abis, generic, where, jpath):
    """Per-ABI size, alignments and [offset, size] pairs: each ABI's record is
    complete and possible by itself.  (Its offsets may differ from the
    ABI-independent ones: diff compares them ABI by ABI.)"""
    abi = s.get("abi", {})
    if not isinstance(abi, dict):
        _fail("%s: 'abi' is not an object" % where, jpath)
    for name, a in abi.items():
        at = jpath + [name]
        if not isinstance(a, dict) or not all(_opt(a.get(k), _count)
                                              for k in ("size", "align", "xen_align")):
            _fail("%s: abi '%s' needs integer 'size', 'align' and 'xen_align'"
                  % (where, name), at)
        for k in ("align", "xen_align"):
            if a.get(k) is not None and (a[k] < 1 or a[k] & (a[k] - 1)):
                _fail("%s: abi '%s': '%s' %d is not a power of two" % (where, name, k, a[k]),
                      at + [k])
        fields = a.get("fields", {})
        if not isinstance(fields, dict) or not all(
                isinstance(v, list) and len(v) == 2 and all(_count(x) for x in v)
                for v in fields.values()):
            _fail("%s: abi '%s': 'fields' must map names to [offset, size]"
                  % (where, name), at + ["fields"])
        if name not in abis:
            _fail("%s: abi '%s' is not one of the table's 'abis'" % (where, name), at)
        if "fields" not in a:
            continue        # sizes only: a hand-made table may record no more
        for fname, (off, size) in generic.items():
            if fname not in fields:
                _fail("%s: abi '%s': field '%s' missing" % (where, name, fname),
                      at + ["fields"])
            if fields[fname][1] != size:
                _fail("%s: abi '%s': field '%s' is %d bytes, but %d in 'fields'"
                      % (where, name, fname, fields[fname][1], size), at + ["fields", fname])
        for fname in fields:
            if fname not in generic:
                _fail("%s: abi '%s': field '%s' is not one of the struct's fields"
                      % (where, name, fname), at + ["fields", fname])
        _check_extents({k: tuple(v) for k, v in fields.items()},
                       a.get("size", s["size"]), "%s: abi '%s'" % (where, name),
                       at + ["fields"], "names")
    if abi:
        missing = [x for x in abis if x not in abi]
        if missing:
            _fail("%s: no 'abi' record for %s (listed in 'abis')" % (where, ", ".join(missing)),
                  jpath)
        _check_generic_recorded(s, abi, where, jpath[:-1])


def _check_generic_recorded(s, abi, where, sat):
    """The ABI-independent size and offsets are what the ABIs record.  One ABI
    may differ (diff then reports the change on that ABI, as verify does), but
    a number that no ABI records describes no header at all: verify, which
    compares per ABI, would pass it while diff would call it a move."""
    for i, f in enumerate(s["fields"]):
        seen = {}
        for name, a in abi.items():
            if "fields" in a:
                seen.setdefault(a["fields"][f["name"]][0], []).append(name)
        if seen and f["offset"] not in seen:
            _fail("%s: field '%s': offset %d disagrees with every ABI's (%s)"
                  % (where, f["name"], f["offset"],
                     "; ".join("%d on %s" % (o, ", ".join(n)) for o, n in sorted(seen.items()))),
                  sat + ["fields", i, "offset"])
    sizes = {a["size"] for a in abi.values() if a.get("size") is not None}
    if sizes and s["size"] not in sizes:
        _fail("%s: size %d disagrees with every ABI's (%s)"
              % (where, s["size"], ", ".join(str(x) for x in sorted(sizes))), sat + ["size"])


def _first_dup(names):
    seen = set()
    for n in names:
        if n in seen:
            return n
        seen.add(n)

