"""Shared facts for the header tests: where things are, which headers exist.

Nothing about a spec's headers is written here: which header a flavor has,
what it calls each struct, constant and enumerator, which structs it embeds
from another header and whether it replaces a kernel header are the flavor
facts the generator writes into the layout table (include/layout/<spec>.json,
"flavors"), read with the functions below.  The target ABIs come from the
generator's own table (gen/iommuabi/abis.py), imported as the package is
imported everywhere.  Nothing in this module runs a compiler.
"""

import json
import os
import re
import sys
from typing import Any, Dict, List, Tuple

HERE = os.path.dirname(os.path.abspath(__file__))
REPO = os.path.normpath(os.path.join(HERE, "..", ".."))
INCLUDE = os.path.join(REPO, "include")
XEN_STANDINS = os.path.join(HERE, "xen-standins")
LINUX_STANDINS = os.path.join(HERE, "linux-standins")

if os.path.join(REPO, "gen") not in sys.path:
    sys.path.insert(0, os.path.join(REPO, "gen"))
from iommuabi import FLAVORS as _FLAVOR_CLASSES  # noqa: E402
from iommuabi import abis as _abis  # noqa: E402

ABIS = _abis.ABIS
ABI_NAMES = _abis.ABI_NAMES
abi_by_name = _abis.abi_by_name
FLAVORS = tuple(cls.name for cls in _FLAVOR_CLASSES)


def layout_path(spec: str, root: str = INCLUDE) -> str:
    return os.path.join(root, "layout", spec + ".json")


def load_layout(spec: str, root: str = INCLUDE) -> Dict[str, Any]:
    with open(layout_path(spec, root)) as f:
        return json.load(f)


def specs(root: str = INCLUDE) -> List[str]:
    """The specs whose layout tables are under root/layout."""
    names = [n[:-len(".json")] for n in os.listdir(os.path.join(root, "layout"))
             if n.endswith(".json")]
    return sorted(names)


def flavor_facts(table: Dict[str, Any], flavor: str) -> Dict[str, Any]:
    """The layout table's facts about one flavor (header, struct tags,
    externals, constant and enumerator names, int constants, drop-in)."""
    try:
        return table["flavors"][flavor]
    except KeyError:
        raise SystemExit("layout table of %s has no facts about the %s flavor (format %s); "
                         "regenerate include/" % (table.get("spec"), flavor, table.get("format")))


def headers(table: Dict[str, Any]) -> Dict[str, str]:
    """flavor -> the flavor's header, relative to include/."""
    return {fl: facts["header"] for fl, facts in table["flavors"].items()}


def emitted_structs(table: Dict[str, Any], flavor: str) -> List[Tuple[str, str]]:
    """(spec name, tag) of every struct the flavor's header itself defines
    (not those it embeds from another header)."""
    facts = flavor_facts(table, flavor)
    return [(s["name"], facts["structs"][s["name"]]) for s in table["structs"]
            if s["name"] not in facts["externals"]]


def system_header(table: Dict[str, Any], flavor: str) -> str:
    """The system header a drop-in flavor replaces ('' when it replaces none)."""
    facts = flavor_facts(table, flavor)
    return "/usr/include/" + facts["header"] if facts["drop_in"] else ""


def compiler_flags(flavor: str) -> List[str]:
    """Flags (besides -target/-I include) a flavor's headers need."""
    if flavor == "xen":
        # As Xen checks its public headers: the includer supplies stdint.h;
        # __XEN_TOOLS__ is what gives x86_32 its 8-aligned uint64_aligned_t.
        return ["-D__XEN_TOOLS__", "-include", "stdint.h", "-I", XEN_STANDINS]
    if flavor == "linux":
        return ["-I", LINUX_STANDINS]
    return []


_COMMENT = re.compile(r"/\*.*?\*/|//[^\n]*", re.S)


def strip_comments(text: str) -> str:
    """Remove C comments, keeping newlines so line numbers stay right."""
    return _COMMENT.sub(lambda m: "\n" * m.group(0).count("\n") or " ", text)


_STRUCT_OPEN = re.compile(r"\bstruct\s+(\w+)\s*\{")


def struct_bodies(text: str) -> List[Tuple[str, str, int]]:
    """[(tag, body, line)] of every struct definition (brace-matched, so
    one-line definitions and nested braces are read correctly)."""
    code = strip_comments(text)
    out: List[Tuple[str, str, int]] = []
    pos = 0
    while True:
        m = _STRUCT_OPEN.search(code, pos)
        if not m:
            return out
        depth, i = 1, m.end()
        while i < len(code) and depth:
            depth += {"{": 1, "}": -1}.get(code[i], 0)
            i += 1
        out.append((m.group(1), code[m.end():i - 1], code.count("\n", 0, m.start(1)) + 1))
        pos = i


def struct_tags(text: str) -> List[str]:
    return [tag for tag, _, _ in struct_bodies(text)]
