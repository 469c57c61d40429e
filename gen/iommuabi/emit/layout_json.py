"""The machine-readable layout table (also abi-check's baseline format).

For each ABI and struct: size, alignment, every field's offset and size;
every key of the spec that changes what a peer puts in or reads from the
bytes (a field's direction, flag group, enum, Xen type; a struct's external
Xen type; each constant group's kind); and, per flavor, the names and paths
under which that flavor declares all of it, so that no other tool derives
them again.  The format is documented in spec/README.md ("The layout
table").

Written in a fixed key order with one value per line, so a change to the
ABI shows up as a small, readable diff.  ``dumps`` is the one serializer:
abi-check writes its baselines with it, so a baseline and the generated
table of the same spec are the same bytes.
"""

import json
import re
from typing import Any, Dict, List, Optional

from ..abis import ABIS
from ..layout import FieldLayout, LaidOutSpec
from ..model import PRIMITIVES, Field, Spec
from .cheader import size_constant_name
from .flavors import flavors

FORMAT = "iommu-abi-layout-3"
# Every format abi-check still reads (a user's committed baseline may be old).
READABLE_FORMATS = ("iommu-abi-layout-1", "iommu-abi-layout-2", FORMAT)


def _type_name(f: Field) -> str:
    return f.type if f.type in PRIMITIVES else "struct " + f.type


def _field(fl: FieldLayout) -> Dict[str, Any]:
    f = fl.field
    return {"name": f.name, "offset": fl.offset, "size": fl.size, "type": _type_name(f),
            "count": f.count, "reserved": f.reserved,
            # what the bytes mean, beside where they are
            "dir": f.dir, "flags": f.flags, "enum": f.enum, "xen_type": f.xen_type,
            # the version that added it (null: the spec declares no versions)
            "since": f.since}


def _versions(spec: Spec) -> List[Dict[str, Any]]:
    """Each version, how a peer knows it has it, and what it adds: the
    constants, enums and structs of that version, and the enumerators and
    fields it adds to older enums and structs."""
    out = []
    for v in spec.versions:
        def of(items: Any) -> List[str]:
            return [x.name for x in items if x.since == v.name]
        adds = {
            "constants": of(c for _, c in spec.constants()),
            "enums": of(spec.enums),
            "enumerators": of(x for e in spec.enums if e.since != v.name
                              for x in e.enumerators),
            "structs": of(spec.structs),
            "fields": ["%s.%s" % (s.name, f.name) for s in spec.structs if s.since != v.name
                       for f in s.fields if f.since == v.name],
        }
        out.append({"name": v.name, "feature": v.feature, "xen_interface": v.xen_interface,
                    "adds": adds})
    return out


def table(lo: LaidOutSpec) -> Dict[str, Any]:
    """The layout table of a laid-out spec, as plain ordered data."""
    spec = lo.spec
    constants: List[Dict[str, Any]] = []
    for g, c in spec.constants():
        kind = {"flags": "bit", "mask": "mask"}.get(g.kind, "value")
        constants.append({"name": c.name, "value": c.value, "group": g.name, "kind": kind,
                          "since": c.since})
        if g.mask and c is g.items[-1]:
            mask = 0
            for it in g.items:
                mask |= it.value
            constants.append({"name": g.mask, "value": mask, "group": g.name, "kind": "mask",
                              "since": g.since})
    groups = [{"name": g.name, "kind": g.kind, "since": g.since} for g in spec.groups]
    enums = [{"name": e.name, "since": e.since,
              "enumerators": [{"name": x.name, "value": x.value, "since": x.since}
                              for x in e.enumerators]}
             for e in spec.enums]
    structs = []
    for sl in lo.structs:
        tail: Optional[Dict[str, Any]] = None
        t = sl.struct.variable_tail
        if sl.tail_offset is not None and t is not None:
            tail = {"name": t.name, "offset": sl.tail_offset, "type": _type_name(t), "doc": t.doc}
        per_abi = {}
        for abi in ABIS:
            al = sl.abi[abi.name]
            per_abi[abi.name] = {
                "size": al.size, "align": al.align, "xen_align": al.xen_align,
                "fields": {fl.field.name: [al.offsets[fl.field.name], fl.size] for fl in sl.fields},
            }
        sizes = [{"version": spec.versions[index].name, "size": size,
                  "constant": size_constant_name(sl.name, i)}
                 for i, (index, size) in enumerate(sl.sizes)]
        structs.append({"name": sl.name, "size": sl.size, "max_member_size": sl.max_member,
                        "since": sl.struct.since, "size_versions": sizes,
                        "variable_tail": tail, "xen_external": sl.struct.xen_external,
                        "fields": [_field(fl) for fl in sl.fields], "padding": sl.padding,
                        "abi": per_abi})
    return {"format": FORMAT, "spec": spec.name, "source": spec.source,
            "spec_digest": "sha256:" + spec.digest,
            "abis": [a.name for a in ABIS],
            "versions": _versions(spec),
            "flavors": {fl.name: fl.facts() for fl in flavors(lo)},
            "groups": groups, "constants": constants, "enums": enums, "structs": structs}


# json.dumps(indent=2) spreads each [offset, size] pair over four lines;
# keep them on one, where a reader (and a diff) expects them.
_PAIR = re.compile(r"\[\n\s+(-?\d+),\n\s+(-?\d+)\n\s+\]")


def dumps(data: Dict[str, Any]) -> str:
    """The table as text: key order as given, 2-space indent, each per-ABI
    [offset, size] pair on one line, final newline."""
    return _PAIR.sub(r"[\1, \2]", json.dumps(data, indent=2)) + "\n"


def emit(lo: LaidOutSpec) -> Dict[str, str]:
    return {"layout/%s.json" % lo.spec.name: dumps(table(lo))}
