"""The reference document and layout report of a spec, in Markdown.

For a reader rather than a compiler: every constant with its number, every
struct with its fields, offsets and sizes, where padding sits and why, and
the alignment each ABI gives the struct.  Generated like the headers, so it
cannot disagree with them.
"""

from typing import Dict, List, Optional, Tuple

from ..abis import ABIS
from ..layout import LaidOutSpec
from ..model import PRIMITIVES, Spec
from .cheader import size_constant_name


def _cell(text: Optional[str]) -> str:
    return " ".join((text or "").split()).replace("|", "\\|")


def _version_how(spec: Spec, index: int) -> str:
    v = spec.versions[index]
    if v.feature:
        return "with feature bit `%s`" % v.feature
    if v.xen_interface is not None:
        return "`__XEN_INTERFACE_VERSION__ >= 0x%08x`" % v.xen_interface
    return "the interface as first defined"


def _versions(lo: LaidOutSpec) -> List[str]:
    """What each version adds, and how a peer knows it has it."""
    spec = lo.spec
    if not spec.versions:
        return []
    out = ["## Versions", "", "| version | how a peer knows | adds |", "| --- | --- | --- |"]
    for v in spec.versions:
        if v.index == 0:
            adds = "everything not listed below"
        else:
            items = ["`%s`" % c.name for _, c in spec.constants() if c.since == v.name]
            items += ["enum `%s`" % e.name for e in spec.enums if e.since == v.name]
            items += ["`%s`" % x.name for e in spec.enums if e.since != v.name
                      for x in e.enumerators if x.since == v.name]
            items += ["struct `%s`" % s.name for s in spec.structs if s.since == v.name]
            items += ["`%s.%s`" % (s.name, f.name) for s in spec.structs if s.since != v.name
                      for f in s.fields if f.since == v.name]
            adds = ", ".join(items) or "nothing in these structures"
        out.append("| `%s` | %s | %s |" % (v.name, _version_how(spec, v.index), adds))
    out.append("")
    for v in spec.versions:
        if v.doc:
            out += ["`%s`: %s" % (v.name, " ".join(v.doc.split())), ""]
    return out


def _render(lo: LaidOutSpec) -> str:
    spec = lo.spec
    out = ["<!-- Generated from %s by gen/iommu-abi-gen: do not edit. -->" % spec.source, "",
           "# %s" % spec.title, ""]
    if spec.doc:
        out += [spec.doc.strip(), ""]
    out += ["Headers: " + ", ".join("`include/%s` (%s)" % (p, f) for f, p in spec.outputs.items()),
            ""]
    out += _versions(lo)
    if spec.groups:
        out += ["## Constants", ""]
        for g in spec.groups:
            out += ["### %s" % g.name, ""]
            if g.doc:
                out += [g.doc.strip(), ""]
            out += ["| name | value | meaning |", "| --- | --- | --- |"]
            for c in g.items:
                value = "1 << %d" % c.bit if c.bit is not None else (
                    "0x%x" % c.value if g.kind == "mask" else str(c.value))
                out.append("| `%s` | %s | %s |" % (c.name, value, _cell(c.doc)))
            out.append("")
    for e in spec.enums:
        out += ["## enum %s" % e.name, ""]
        if e.doc:
            out += [e.doc.strip(), ""]
        out += ["| name | value | meaning |", "| --- | --- | --- |"]
        out += ["| `%s` | %d | %s |" % (x.name, x.value, _cell(x.doc)) for x in e.enumerators]
        out.append("")
    out += ["## Structures", ""]
    for sl in lo.structs:
        st = sl.struct
        out += ["### struct %s" % st.name, ""]
        if st.doc:
            out += [st.doc.strip(), ""]
        out += ["Size %d bytes on every ABI." % sl.size, ""]
        if spec.versions and st.since != spec.versions[0].name:
            out[-2:-1] = [out[-2] + "  Added in %s." % st.since]
        if sl.sizes:
            out += ["Grows at its tail: " + "; ".join(
                "%d bytes in %s (`%s`)" % (size, spec.versions[index].name,
                                            size_constant_name(st.name, i))
                for i, (index, size) in enumerate(sl.sizes)) + ".", ""]
        out += ["| offset | size | field | type | notes |", "| ---: | ---: | --- | --- | --- |"]
        for fl in sl.fields:
            f = fl.field
            t = f.type if f.type in PRIMITIVES else "struct " + f.type
            if f.count:
                t += "[%d]" % f.count
            notes = []
            if f.inserted:
                notes.append("padding inserted: " + f.why)
            elif f.reserved:
                notes.append("reserved")
            if f.dir:
                notes.append(f.dir.upper())
            if f.flags:
                notes.append("flags: " + f.flags)
            if f.enum:
                notes.append("values: enum " + f.enum)
            if spec.versions and f.since != st.since and not f.inserted:
                notes.append("since " + (f.since or ""))
            if f.doc and not f.inserted:
                notes.append(f.doc)
            out.append("| %d | %d | `%s` | %s | %s |" % (fl.offset, fl.size, f.name, t,
                                                        _cell("; ".join(notes))))
        if st.variable_tail is not None:
            vt = st.variable_tail
            out.append("| %d | — | `%s[]` | %s | %s |" % (sl.tail_offset or 0, vt.name, vt.type,
                                                         _cell("variable length; " + vt.doc)))
        out.append("")
        if sl.padding:
            out.append("Padding: " + "; ".join(
                "%d byte%s at %d (`%s`, %s: %s)" % (p["size"], "s" if p["size"] > 1 else "",
                                                     p["offset"], p["field"], p["origin"],
                                                     p["why"])
                for p in sl.padding) + ".")
        else:
            out.append("Padding: none.")
        aligns: Dict[Tuple[int, int], List[str]] = {}
        for abi in ABIS:
            al = sl.abi[abi.name]
            aligns.setdefault((al.align, al.xen_align), []).append(abi.name)
        out.append("Alignment: " + "; ".join(
            "%d (xen flavor %d) on %s" % (a, x, ", ".join(names))
            for (a, x), names in aligns.items()) + ".")
        out.append("")
    return "\n".join(out).rstrip("\n") + "\n"


def emit(lo: LaidOutSpec) -> Dict[str, str]:
    return {"layout/%s.md" % lo.spec.name: _render(lo)}
