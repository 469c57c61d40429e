"""Xen's compat plumbing for the xen flavor: the xlat.lst lines of a header.

A 64-bit Xen serves 32-bit x86 guests through a "compat" copy of each public
header, made by its build (xen/include/Makefile) with 4-byte-aligned 64-bit
integers and 32-bit guest handles.  Every structure a hypercall takes is
listed in xen/include/xlat.lst, one line each, tab-separated:

    ?   NAME   HEADER     the compat layout is the native one: the build makes
                          a CHECK_NAME macro that proves it (sizeof, every
                          field's offsetof, and the fields' types)
    !   NAME   HEADER     they differ: the build makes XLAT_NAME, which copies
                          field by field between the two

NAME is the struct tag without xen_, HEADER the header's path below public/;
lines starting with # are comments.  This emitter writes those lines for the
hypercall arguments of a spec (structs with dir: fields) and the structs they
embed, from the layout table's i386 and x86_64 layouts (an x86_32 guest lays
a struct out as i386 does): '?' where the two agree, '!' where they differ,
with a comment per line naming the reason (and, for '!', the first field
that moves).  A spec without hypercall arguments (virtio-iommu: its
structures travel in virtqueues, never through a hypercall) has none.
"""

from typing import Dict, List, Optional, Set

from ..layout import LaidOutSpec, StructLayout
from .xen import Xen


def fragment_path(fl: Xen) -> str:
    """xen/public/pv-iommu.h -> xen/xlat-pv-iommu.lst (beside the wire helpers)."""
    base = fl.path.rsplit("/", 1)[-1]
    return "xen/xlat-%s.lst" % base[:-2]


def public_path(fl: Xen) -> str:
    """The header's path below public/, as xlat.lst names it."""
    return fl.path.split("public/", 1)[1] if "public/" in fl.path else fl.path


def xlat_name(fl: Xen, name: str) -> str:
    tag = fl.struct_tag(name)
    return tag[len("xen_"):] if tag.startswith("xen_") else tag


def difference(sl: StructLayout) -> Optional[str]:
    """Why the i386 and x86_64 layouts of a struct differ, or None."""
    a, b = sl.abi["i386"], sl.abi["x86_64"]
    for fl in sl.fields:
        name = fl.field.name
        if a.offsets[name] != b.offsets[name]:
            return "field '%s' is at offset %d on i386 and %d on x86_64" % (
                name, a.offsets[name], b.offsets[name])
    if a.size != b.size:
        return "the size is %d on i386 and %d on x86_64" % (a.size, b.size)
    return None


def entries(lo: LaidOutSpec) -> List[StructLayout]:
    """The structs the fragment lists: hypercall arguments and what they
    embed, in spec order, without those Xen's own headers provide."""
    fl = Xen(lo)
    want: Set[str] = set()

    def add(name: str) -> None:
        if name in want:
            return
        want.add(name)
        for f in lo.struct(name).struct.fields:
            if f.type in {s.name for s in lo.spec.structs}:
                add(f.type)
    for sl in lo.structs:
        if any(f.dir for f in sl.struct.fields):
            add(sl.name)
    return [sl for sl in lo.structs if sl.name in want and fl.emits_struct(sl.struct)]


def _line(mark: str, name: str, header: str) -> str:
    col = 8 + len(name)
    tabs = 1
    while col + 8 - col % 8 < 40:
        col += 8 - col % 8
        tabs += 1
    return "%s\t%s%s%s" % (mark, name, "\t" * tabs, header)


def render(lo: LaidOutSpec) -> Optional[str]:
    fl = Xen(lo)
    listed = entries(lo)
    if not listed:
        return None
    header = public_path(fl)
    externals = sorted({f.type for sl in listed for f in sl.struct.fields
                        if f.type in {s.name for s in lo.spec.structs}
                        and not fl.emits_struct(lo.spec.struct(f.type))})
    out = ["# xlat.lst lines for public/%s, in the format of Xen's" % header,
           "# xen/include/xlat.lst: '?' the 32-bit compat layout is the native one",
           "# (CHECK_<name> proves it), '!' it is not (XLAT_<name> translates).",
           "# Generated from %s by gen/iommu-abi-gen from the layout" % lo.spec.source,
           "# table's i386 and x86_64 layouts: do not edit.  How to merge: README.md,",
           "# \"Merging the PV-IOMMU header into Xen\".",
           "#"]
    for name in externals:
        out.append("# %s comes from Xen's own headers, whose xlat.lst line it keeps."
                   % fl.struct_tag(name))
    same = {sl.name for sl in listed if difference(sl) is None}
    # CHECK_ of a struct also checks the '?' structs it embeds: a handler
    # uses the outer one only (using both would define the inner one twice)
    embedded = {f.type for sl in listed if sl.name in same for f in sl.struct.fields
                if f.type in same}
    checks = [xlat_name(fl, sl.name) for sl in listed if sl.name in same - embedded]
    if checks:
        out += ["#", "# The compat path of the hypercall, after #include <compat/%s>:" % header]
        out += ["#     CHECK_%s;" % n for n in checks]
    for sl in sorted(listed, key=lambda s: xlat_name(fl, s.name)):
        why = difference(sl)
        name = xlat_name(fl, sl.name)
        out.append("")
        if why is None:
            out.append("# %s: the same %d bytes on i386 and x86_64" % (name, sl.size))
            out.append(_line("?", name, header))
        else:
            out.append("# %s: %s" % (name, why))
            out.append(_line("!", name, header))
    return "\n".join(out) + "\n"


def emit(lo: LaidOutSpec) -> Dict[str, str]:
    text = render(lo)
    return {fragment_path(Xen(lo)): text} if text is not None else {}
