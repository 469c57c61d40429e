"""The machine-readable layout table (also abi-check's baseline format).

For each ABI and struct: size, alignment, every field's offset and size.
Written in a fixed key order with one value per line, so a change to the
ABI shows up as a small, readable diff.
"""

import json

from ..abis import ABIS

FORMAT = "iommu-abi-layout-1"


def _type_name(f):
    from ..model import PRIMITIVES
    return f.type if f.type in PRIMITIVES else "struct " + f.type


def table(lo):
    """The layout table of a laid-out spec, as plain ordered data."""
    spec = lo.spec
    constants = []
    for g, c in spec.constants():
        kind = {"flags": "bit", "mask": "mask"}.get(g.kind, "value")
        constants.append({"name": c.name, "value": c.value, "group": g.name, "kind": kind})
        if g.mask and c is g.items[-1]:
            mask = 0
            for it in g.items:
                mask |= it.value
            constants.append({"name": g.mask, "value": mask, "group": g.name, "kind": "mask"})
    enums = [{"name": e.name,
              "enumerators": [{"name": x.name, "value": x.value} for x in e.enumerators]}
             for e in spec.enums]
    structs = []
    for sl in lo.structs:
        fields = [{"name": fl.field.name, "offset": fl.offset, "size": fl.size,
                   "type": _type_name(fl.field), "count": fl.field.count,
                   "reserved": fl.field.reserved} for fl in sl.fields]
        tail = None
        if sl.tail_offset is not None:
            t = sl.struct.variable_tail
            tail = {"name": t.name, "offset": sl.tail_offset, "type": _type_name(t), "doc": t.doc}
        per_abi = {}
        for abi in ABIS:
            al = sl.abi[abi.name]
            per_abi[abi.name] = {
                "size": al.size, "align": al.align, "xen_align": al.xen_align,
                "fields": {fl.field.name: [al.offsets[fl.field.name], fl.size] for fl in sl.fields},
            }
        structs.append({"name": sl.name, "size": sl.size, "max_member_size": sl.max_member,
                        "variable_tail": tail, "fields": fields, "padding": sl.padding,
                        "abi": per_abi})
    return {"format": FORMAT, "spec": spec.name, "source": spec.source,
            "abis": [a.name for a in ABIS], "constants": constants, "enums": enums,
            "structs": structs}


def _compact_pairs(text):
    # json.dumps(indent=2) spreads each [offset, size] pair over four lines;
    # keep them on one, where a reader (and a diff) expects them.
    import re
    return re.sub(r"\[\n\s+(\d+),\n\s+(\d+)\n\s+\]", r"[\1, \2]", text)


def dumps(data):
    return _compact_pairs(json.dumps(data, indent=2)) + "\n"


def emit(lo):
    return {"layout/%s.json" % lo.spec.name: dumps(table(lo))}
