"""Layout arithmetic on compiler records, shared by verify and lint.

Everything here reads ``clang_layout.Record`` objects (the compiler's numbers)
and computes what both tools report about them: the implicit holes and tail
padding of a record, the alignment each field was actually given, the padding
another field order would need, and how a record's layout differs between
ABIs.  Nothing here runs a compiler or prints a message.
"""

from typing import Dict, Hashable, List, NamedTuple, Optional, Sequence, Tuple, TypeVar

from .clang_layout import Field, Record


class Gap(NamedTuple):
    """Bytes of a record that no field covers."""
    kind: str                  # 'hole' (before a field) or 'tail' (after the last one)
    offset: int                # from the start of the outermost record
    size: int
    before: Optional[str]      # the field before it (member path), None at the start
    after: Optional[str]       # the field after it; None for tail padding


def gaps(rec: Record, inner: bool = False) -> List[Gap]:
    """The implicit holes and tail padding of one compiler Record.

    ``inner``: also the holes inside untagged members (anonymous structs and
    unions, 'struct { ... } in;'), which no other record reports: at offsets
    from the start of ``rec``, their fields named by member path ('in.q'); the
    tail padding of such a member is a hole of ``rec`` ("before" the end of it).
    The bytes between the last fixed field and a flexible array member are a
    hole before it (pahole says so too); tail padding is what lies past both.
    """
    out: List[Gap] = []
    _walk(rec.kind, 0, rec.size, rec.fields, "", inner, out, None)
    return out


def padding_bytes(rec: Record) -> int:
    """All implicit padding of a record (holes and tail), in bytes."""
    return sum(g.size for g in gaps(rec))


def has_hole(rec: Record) -> bool:
    return any(g.kind == "hole" for g in gaps(rec))


def untagged_member(f: Field) -> bool:
    """A member whose type is a record defined in place without a tag."""
    return bool(f.nested) and "(unnamed at " in f.type and not f.type.endswith("]") \
        and f.type.startswith(("struct ", "union ")) and f.size is not None


def _anon_name(f: Field) -> str:
    if f.type.startswith(("struct ", "union ")) and "(unnamed at " in f.type:
        return "(anonymous %s at offset %d)" % (f.type.split(" ", 1)[0], f.offset)
    if f.is_bitfield:
        return "(unnamed bit-field at offset %d)" % f.offset
    return "(unnamed member at offset %d)" % f.offset


def _walk(kind, start, size, fields, prefix, inner, out, container):
    """Append the gaps of one record body to ``out``.  ``container``: None for
    the outermost record, False for an untagged member of a union (its tail is
    bytes a larger member may use), else the description of the untagged
    member whose end a trailing gap lies before."""
    fixed = sorted((f for f in fields if not f.flexible),
                   key=lambda f: (f.offset, f.bit_offset or 0))

    def nm(f):
        return prefix + f.name if f.name else _anon_name(f)

    def descend(f):
        if inner and untagged_member(f):
            what = ("'%s'" % (prefix + f.name)) if f.name else \
                "the anonymous %s at offset %d" % (f.type.split(" ", 1)[0], f.offset)
            # a union member's own tail padding may be bytes a larger member
            # uses: not a hole (pahole does not call it one either)
            _walk(f.type.split(" ", 1)[0], f.offset, f.size, f.nested,
                  prefix + f.name + "." if f.name else prefix, inner, out,
                  False if kind == "union" else "(the end of %s)" % what)

    if kind == "union":
        for f in fixed:
            descend(f)
        end = max((f.end for f in fixed), default=start)
        # the union's tail padding follows its longest member, not its last one
        last = next((f for f in fixed if f.end == end), None)
    else:
        end = start
        last = None
        for f in fixed:
            if f.offset > end:
                out.append(Gap("hole", end, f.offset - end, nm(last) if last else None, nm(f)))
            descend(f)
            end = max(end, f.end)
            last = f
        for f in fields:
            if f.flexible and f.offset > end:
                out.append(Gap("hole", end, f.offset - end, nm(last) if last else None, nm(f)))
                end = f.offset
    if start + size > end and last is not None and container is not False:
        if container is None:
            out.append(Gap("tail", end, start + size - end, nm(last), None))
        else:
            out.append(Gap("hole", end, start + size - end, nm(last), container))


def union_ending_at(fields: Sequence[Field], off: int, end: int) -> Optional[int]:
    """Size of the innermost untagged union member spanning [off, end) and
    ending at ``end`` (the union whose tail padding a gap is), or None."""
    found = None
    for f in fields:
        if untagged_member(f) and f.offset <= off and f.offset + (f.size or 0) >= end:
            inner = union_ending_at(f.nested, off, end)
            if inner is not None:
                return inner
            if f.type.startswith("union ") and f.offset + (f.size or 0) == end:
                found = f.size
    return found


# ------------------------------------------------------------ field order

def align_up(x: int, a: int) -> int:
    return (x + a - 1) // a * a if a else x


def effective_aligns(rec: Record) -> Dict[str, int]:
    """Per top-level field, the alignment the compiler actually honoured.

    The canonical type's alignment, raised where a hole shows the field was
    aligned further (an aligned attribute on a typedef, say).
    """
    out = {}
    end = 0
    for f in sorted(rec.fields, key=lambda f: f.offset):
        a = f.align or 1
        if f.offset > end:
            p = a
            while align_up(end, p) != f.offset and p < 64:
                p *= 2
            if align_up(end, p) == f.offset:
                a = max(a, p)
        out[f.name] = a
        end = max(end, f.end)
    return out


def simulate(order: Sequence[str], sizes: Dict[str, int],
             aligns: Dict[str, int]) -> Tuple[int, int]:
    """(size, total padding) of a struct with fields of these sizes and
    alignments laid out in ``order``, as a C compiler lays out a struct."""
    off = 0
    pad = 0
    amax = 1
    for n in order:
        a = aligns[n]
        new = align_up(off, a)
        pad += new - off
        off = new + sizes[n]
        amax = max(amax, a)
    size = align_up(off, amax)
    return size, pad + size - off


# ------------------------------------------------------------ across ABIs

K = TypeVar("K", bound=Hashable)


def group_by_abi(values: Dict[str, K]) -> Dict[K, List[str]]:
    """{value: [ABI names that have it]}, in the order the ABIs were given."""
    out: Dict[K, List[str]] = {}
    for abi, v in values.items():
        out.setdefault(v, []).append(abi)
    return out


class AbiDifferences(NamedTuple):
    """How one record differs between ABIs (empty when it does not)."""
    sizes: Dict[int, List[str]]                            # >1 key: the size differs
    moved: List[Tuple[str, Dict[Optional[int], List[str]]]]   # (field, {offset: ABIs})

    def __bool__(self):
        return len(self.sizes) > 1 or bool(self.moved)


def cross_abi(recs: Dict[str, Record]) -> AbiDifferences:
    """The size and top-level field offsets of one record on several ABIs
    ({ABI name: Record}), grouped where they differ.  A field missing on an
    ABI has offset None there.  Fields are matched by name (unnamed ones are
    not compared): one dictionary per ABI, so this is linear in the fields."""
    sizes = group_by_abi({a: r.size for a, r in recs.items()})
    if len(sizes) == 1:
        sizes = {}
    by_name = {a: {f.name: f.offset for f in r.fields if f.name} for a, r in recs.items()}
    names: Dict[str, None] = {}
    for r in recs.values():
        for f in r.fields:
            if f.name:
                names.setdefault(f.name)
    moved = []
    for n in names:
        og = group_by_abi({a: by_name[a].get(n) for a in recs})
        if len(og) > 1:
            moved.append((n, og))
    return AbiDifferences(sizes if len(sizes) > 1 else {}, moved)
