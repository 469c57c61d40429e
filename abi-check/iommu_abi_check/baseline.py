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


def validate(data, path):
    """Check the shape diff and verify rely on; name the first thing that is wrong."""
    if not isinstance(data, dict):
        _fail(path, "top level is not an object")
    if data.get("format") != FORMAT:
        _fail(path, "'format' is %r, expected %r" % (data.get("format"), FORMAT))
    for key, typ in (("spec", str), ("abis", list), ("constants", list), ("enums", list),
                     ("structs", list)):
        if not isinstance(data.get(key), typ):
            _fail(path, "'%s' missing or not a %s" % (key, typ.__name__))
    for i, c in enumerate(data["constants"]):
        if not isinstance(c, dict) or not isinstance(c.get("name"), str) \
                or not isinstance(c.get("value"), int):
            _fail(path, "constants[%d] needs a string 'name' and an integer 'value'" % i)
    for i, e in enumerate(data["enums"]):
        if not isinstance(e, dict) or not isinstance(e.get("name"), str) \
                or not isinstance(e.get("enumerators"), list):
            _fail(path, "enums[%d] needs 'name' and 'enumerators'" % i)
        for j, en in enumerate(e["enumerators"]):
            if not isinstance(en, dict) or not isinstance(en.get("name"), str) \
                    or not isinstance(en.get("value"), int):
                _fail(path, "enums[%d].enumerators[%d] needs 'name' and integer 'value'" % (i, j))
    for i, s in enumerate(data["structs"]):
        if not isinstance(s, dict) or not isinstance(s.get("name"), str):
            _fail(path, "structs[%d] has no 'name'" % i)
        where = "struct %s" % s["name"]
        if not isinstance(s.get("size"), int):
            _fail(path, "%s: 'size' missing or not an integer" % where)
        if not isinstance(s.get("fields"), list):
            _fail(path, "%s: 'fields' missing or not a list" % where)
        for j, f in enumerate(s["fields"]):
            if not isinstance(f, dict) or not isinstance(f.get("name"), str) \
                    or not isinstance(f.get("offset"), int) or not isinstance(f.get("size"), int):
                _fail(path, "%s: fields[%d] needs 'name', integer 'offset' and 'size'" % (where, j))
        vt = s.get("variable_tail")
        if vt is not None and (not isinstance(vt, dict) or not isinstance(vt.get("offset"), int)):
            _fail(path, "%s: 'variable_tail' must be null or have an integer 'offset'" % where)
        if not isinstance(s.get("abi", {}), dict):
            _fail(path, "%s: 'abi' is not an object" % where)
        names = [f["name"] for f in s["fields"]]
        if len(set(names)) != len(names):
            _fail(path, "%s: field '%s' appears twice" % (where, _first_dup(names)))
    # diff matches everything by name: a name that appears twice would hide one of them
    for what, items in (("constant", data["constants"]), ("enum", data["enums"]),
                        ("struct", data["structs"])):
        names = [x["name"] for x in items]
        if len(set(names)) != len(names):
            _fail(path, "%s '%s' appears twice" % (what, _first_dup(names)))


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
