"""Layout tables: load from a baseline JSON or a spec YAML, validate, write stably.

The format is the contract's layout table (``"format": "iommu-abi-layout-1"``),
the same thing the generator writes to include/layout/<spec>.json.  Writing
goes through ``dumps`` so a committed baseline only changes where the ABI does.
"""

import json
import os
import re
import sys

from .errors import AbiCheckError, EXIT_CORRUPT, EXIT_TOOL, read_text

FORMAT = "iommu-abi-layout-1"
REPO = os.path.dirname(os.path.dirname(os.path.dirname(os.path.abspath(__file__))))


def generator():
    """The project's generator package (gen/iommuabi), or AbiCheckError(EXIT_TOOL)."""
    gen = os.path.join(REPO, "gen")
    if gen not in sys.path:
        sys.path.insert(0, gen)
    try:
        import iommuabi
        iommuabi.load_spec, iommuabi.layout_table   # noqa: B018 (API present?)
    except (ImportError, AttributeError) as e:
        raise AbiCheckError("the generator (gen/iommuabi) is not usable: %s" % e, EXIT_TOOL)
    return iommuabi


def is_spec_path(path):
    return path.endswith((".yaml", ".yml"))


def load(path):
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


def from_spec(path):
    read_text(path, "spec")          # a clear 'cannot read' before the generator sees it
    gen = generator()
    try:
        spec = gen.load_spec(path)
        return gen.layout_table(spec)
    except gen.SpecError as e:
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


def validate(data, path):
    """Check the shape diff and verify rely on; name the first thing that is wrong.

    Every value diff reads is type-checked here, so a hand-edited baseline is
    'corrupt' (exit 9) with the place named, never an internal error."""
    if not isinstance(data, dict):
        _fail(path, "top level is not an object")
    if data.get("format") != FORMAT:
        _fail(path, "'format' is %r, expected %r" % (data.get("format"), FORMAT))
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


_PAIR = re.compile(r"\[\n\s+(-?\d+),\n\s+(-?\d+)\n\s+\]")


def dumps(table):
    """Stable text: key order as given (the generator's order), 2-space indent,
    each per-ABI [offset, size] pair on one line (as include/layout/*.json has
    them, so a baseline and the generated table compare byte for byte), final newline."""
    return _PAIR.sub(r"[\1, \2]", json.dumps(table, indent=2, sort_keys=False)) + "\n"
