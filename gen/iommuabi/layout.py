"""The layout engine: the one place a struct's size, alignment and offsets are computed.

Rules (spec/README.md, "Padding is explicit"): every field sits at its natural alignment
with no implicit hole before it, and the struct's size is a multiple of its
largest member with no implicit tail padding.  The canonical layout is the
one in which every type is aligned to its own size; a struct that meets
these rules under it has the same size and offsets on every ABI, whatever
that ABI aligns 64-bit integers to.  That is then proved ABI by ABI (here
arithmetically, in abi-check and the tests with real compilers).

A hole is an error naming the field, unless the struct asks for
``padding: insert``; then a reserved ``__padN`` field fills it and the
layout report says where and why.
"""

from dataclasses import dataclass, field as dc_field
from typing import Any, Dict, List, Optional, Tuple

from .abis import ABIS, Abi
from .errors import SpecError
from .model import PRIMITIVES, Field, Spec, Struct


@dataclass
class FieldLayout:
    field: Field
    offset: int
    size: int            # total bytes (element size * count)
    elem_size: int
    align: int           # canonical alignment


@dataclass
class AbiLayout:
    size: int
    align: int           # with native fixed-width types (linux, portable flavors)
    xen_align: int       # with uint64_aligned_t (xen flavor): 64-bit is 8 everywhere
    offsets: Dict[str, int]


@dataclass
class StructLayout:
    struct: Struct
    size: int
    align: int
    fields: List[FieldLayout]
    padding: List[Dict[str, Any]]
    tail_offset: Optional[int]
    max_member: int
    abi: Dict[str, AbiLayout] = dc_field(default_factory=dict)
    # For a struct that grows at its tail between versions: (version index,
    # size) at its first version and at each version that makes it longer;
    # the size of a version is where its last field ends.  Empty otherwise.
    sizes: List[Tuple[int, int]] = dc_field(default_factory=list)

    @property
    def name(self) -> str:
        return self.struct.name


@dataclass
class LaidOutSpec:
    spec: Spec
    structs: List[StructLayout]

    def struct(self, name: str) -> StructLayout:
        for s in self.structs:
            if s.name == name:
                return s
        raise KeyError(name)


def _align_up(n: int, a: int) -> int:
    return (n + a - 1) // a * a


def _prim_align(ptype: str, u64_align: int, xen: bool) -> int:
    size = PRIMITIVES[ptype][0]
    if size == 8:
        # The xen flavor stores every 64-bit field as uint64_aligned_t,
        # 8-aligned on every ABI; elsewhere it is the ABI's own uint64_t.
        return 8 if xen else u64_align
    return size


def _pad_field(index: int, nbytes: int, why: str) -> Field:
    return Field(name="__pad%d" % index, type="u8", count=nbytes, reserved=True,
                 doc="Padding inserted by the generator: " + why + " Must be zero.",
                 inserted=True, why=why)


def _explain_declared(fields: List[FieldLayout], padding: List[Dict[str, Any]],
                      maxalign: int) -> None:
    """Say why each declared reserved field is there: what it keeps aligned."""
    index = {fl.field.name: i for i, fl in enumerate(fields)}
    for p in padding:
        if p["origin"] != "declared":
            continue
        # The next field that is not itself reserved decides: a run of pad
        # fields (pad0, pad1) is explained by what follows the whole run.
        i = index[p["field"]]
        nxt = next((fl for fl in fields[i + 1:] if not fl.field.reserved), None)
        if nxt is not None and p["offset"] % nxt.align:
            p["why"] = "keeps '%s' at its %d-byte alignment" % (nxt.field.name, nxt.align)
        elif nxt is None and p["offset"] % maxalign:
            p["why"] = "rounds the size up to a multiple of %d" % maxalign
        else:
            p["why"] = "reserved for future use"


def _canonical(spec: Spec, st: Struct, done: Dict[str, StructLayout]) -> StructLayout:
    """Lay ``st`` out under natural alignment, filling or rejecting holes."""
    fields: List[FieldLayout] = []
    padding: List[Dict[str, Any]] = []
    off, maxalign, maxmember = 0, 1, 1
    npad = 0

    def hole(before: str, nbytes: int, where_line: int, what: str) -> None:
        nonlocal off, npad
        why = "%d byte%s %s" % (nbytes, "s" if nbytes > 1 else "", what)
        if st.padding != "insert":
            line = where_line or st.line
            raise SpecError(spec.path, line, "structs[%s]%s" % (st.name, before),
                            "implicit padding: %s; declare it as a reserved field "
                            "(e.g. {name: pad0, type: u8, count: %d, reserved: true}) "
                            "or set 'padding: insert'" % (why, nbytes))
        pf = _pad_field(npad, nbytes, why + ".")
        npad += 1
        fields.append(FieldLayout(pf, off, nbytes, 1, 1))
        padding.append({"field": pf.name, "offset": off, "size": nbytes,
                        "origin": "inserted", "why": why})
        off += nbytes

    for f in st.fields:
        if f.type in PRIMITIVES:
            esize = PRIMITIVES[f.type][0]
            falign = esize
            fmax = esize
        else:
            inner = done[f.type]
            esize, falign, fmax = inner.size, inner.align, inner.max_member
        start = _align_up(off, falign)
        if start != off:
            hole(".fields[%s]" % f.name, start - off, f.line,
                 "before '%s' at offset %d, to align it to %d" % (f.name, off, falign))
        nbytes = esize * (f.count or 1)
        fields.append(FieldLayout(f, off, nbytes, esize, falign))
        if f.reserved:
            padding.append({"field": f.name, "offset": off, "size": nbytes,
                            "origin": "declared", "why": ""})
        off += nbytes
        maxalign = max(maxalign, falign)
        maxmember = max(maxmember, fmax)
    size = _align_up(off, maxalign)
    if size != off:
        hole("", size - off, st.line,
             "of tail padding at offset %d, to round the size up to a multiple of %d"
             % (off, maxalign))
    _explain_declared(fields, padding, maxalign)
    tail_offset = None
    if st.variable_tail is not None:
        tail_offset = size
    if st.size is not None and st.size != size:
        raise SpecError(spec.path, st.size_line or st.line,
                        "structs[%s].size" % st.name,
                        "the fields add up to %d bytes but the spec states %d" % (size, st.size))
    for f in st.fields:
        embedded = done.get(f.type)
        if embedded is not None and embedded.sizes:
            raise SpecError(spec.path, f.line, "structs[%s].fields[%s]" % (st.name, f.name),
                            "struct %s grows at its tail between versions (%s); a struct "
                            "embedding it would move what follows, so it cannot be embedded"
                            % (f.type, ", ".join("%d bytes" % n for _, n in embedded.sizes)))
    return StructLayout(struct=st, size=size, align=maxalign, fields=fields, padding=padding,
                        tail_offset=tail_offset, max_member=maxmember,
                        sizes=_version_sizes(spec, st, fields))


def _version_sizes(spec: Spec, st: Struct, fields: List[FieldLayout]) -> List[Tuple[int, int]]:
    """[(version index, size)] of a struct that grows at its tail, or [].

    A version's size is the end of the last field that version has; a
    later version's fields past it are its tail extension.  Inserted
    padding belongs to the field after it (or, at the end, to the struct's
    last version)."""
    if not spec.versions:
        return []
    first = spec.version_index(st.since)
    since = []
    for i, fl in enumerate(fields):
        if fl.field.inserted:
            nxt = next((g.field for g in fields[i + 1:] if not g.field.inserted), None)
            since.append(spec.version_index(nxt.since) if nxt is not None
                         else len(spec.versions) - 1)
        else:
            since.append(spec.version_index(fl.field.since))
    out: List[Tuple[int, int]] = []
    for v in range(first, len(spec.versions)):
        end = max((fl.offset + fl.size for fl, s in zip(fields, since) if s <= v), default=0)
        if end == 0:
            raise SpecError(spec.path, st.line, "structs[%s]" % st.name,
                            "no field belongs to the struct's own version '%s'"
                            % spec.versions[v].name)
        if not out or out[-1][1] != end:
            out.append((v, end))
    if len(out) < 2:
        return []
    if st.variable_tail is not None:
        raise SpecError(spec.path, st.line, "structs[%s]" % st.name,
                        "a struct with a variable-length tail cannot grow at its tail "
                        "(the variable part would move for old peers)")
    return out


def _abi_layout(sl: StructLayout, done_abi: Dict[str, AbiLayout], abi: Abi,
                xen: bool) -> Tuple[int, int, Dict[str, int]]:
    """Lay the canonical fields out under one ABI's alignment rules."""
    off, maxalign = 0, 1
    offsets: Dict[str, int] = {}
    for fl in sl.fields:
        f = fl.field
        if f.type in PRIMITIVES:
            a = _prim_align(f.type, abi.u64_align, xen)
        else:
            inner = done_abi[f.type]
            a = inner.xen_align if xen else inner.align
        off = _align_up(off, a)
        offsets[f.name] = off
        off += fl.size
        maxalign = max(maxalign, a)
    return _align_up(off, maxalign), maxalign, offsets


def lay_out(spec: Spec) -> LaidOutSpec:
    """Return the LaidOutSpec of a loaded spec, or raise SpecError."""
    done: Dict[str, StructLayout] = {}
    per_abi: Dict[str, Dict[str, AbiLayout]] = {a.name: {} for a in ABIS}
    out: List[StructLayout] = []
    for st in spec.structs:
        sl = _canonical(spec, st, done)
        for abi in ABIS:
            size, align, offsets = _abi_layout(sl, per_abi[abi.name], abi, xen=False)
            xsize, xalign, xoffsets = _abi_layout(sl, per_abi[abi.name], abi, xen=True)
            for what, got_size, got_offsets in (("", size, offsets), (" (xen flavor)", xsize, xoffsets)):
                moved = [fl.field.name for fl in sl.fields if got_offsets[fl.field.name] != fl.offset]
                if got_size != sl.size or moved:
                    raise SpecError(spec.path, st.line, "structs[%s]" % st.name,
                                    "layout differs on %s%s: size %d vs %d, moved fields: %s"
                                    % (abi.name, what, got_size, sl.size, ", ".join(moved) or "none"))
            al = AbiLayout(size=size, align=align, xen_align=xalign, offsets=offsets)
            sl.abi[abi.name] = al
            per_abi[abi.name][st.name] = al
        done[st.name] = sl
        out.append(sl)
    return LaidOutSpec(spec=spec, structs=out)
