"""lint's findings: the Finding record, and the rules that produce findings
from the header's declarations and the compiler's layouts (enumerators,
holes, tail padding, cross-ABI differences, field kinds, empty records)."""

import re
from dataclasses import dataclass, field as dc_field
from typing import Dict, List, NamedTuple, Optional, Sequence, Tuple

from .. import layout
from ..clang_layout import Field, Record
from .cparse import OPAQUE
from .decls import StructDecl
from .reorder import ReorderAdvice, reorder_advice


@dataclass
class Finding:
    file: str
    line: int
    column: int
    rule: str
    message: str
    fix: str = ""
    struct: Optional[str] = None
    field: Optional[str] = None
    abis: List[str] = dc_field(default_factory=list)
    offset: Optional[int] = None
    size: Optional[int] = None

    def text(self) -> str:
        s = "%s:%d:%d: warning: %s [%s]" % (self.file, self.line, self.column,
                                            self.message, self.rule)
        if self.fix:
            s += "\n%s:%d:%d: note: fix: %s" % (self.file, self.line, self.column, self.fix)
        return s

    def as_dict(self) -> Dict[str, object]:
        d = {"file": self.file, "line": self.line, "column": self.column,
             "severity": "warning", "rule": self.rule, "message": self.message,
             "fix": self.fix}
        for k in ("struct", "field", "offset", "size"):
            if getattr(self, k) is not None:
                d[k] = getattr(self, k)
        if self.abis:
            d["abis"] = list(self.abis)
        return d


def _const_value(node):
    from pycparser import c_ast
    if isinstance(node, c_ast.Constant):
        v = node.value.rstrip("uUlL")
        try:
            return int(v, 0) if not re.match(r"^0\d", v) else int(v, 8)
        except ValueError:
            return None
    if isinstance(node, c_ast.UnaryOp) and node.op == "-":
        v = _const_value(node.expr)
        return -v if v is not None else None
    return None


def enum_findings(path: str, enums) -> List[Finding]:
    """Untagged enums and enumerators without '= N' (pycparser Enum nodes)."""
    out = []
    for e in enums:
        if not e.name:
            out.append(Finding(path, e.coord.line, e.coord.column, "abi-enum-untagged",
                               "enum has no tag, so a field holding one of its values cannot "
                               "name it", "give it a tag (e.g. 'enum pv_iommu_cmd') and say "
                               "'/* see enum … */' on the uint32_t fields that hold it"))
        nxt = 0
        for en in e.values.enumerators:
            if en.value is None:
                out.append(Finding(
                    path, en.coord.line, en.coord.column, "abi-enum-implicit-value",
                    "enumerator %s has no explicit value (it is %s by position); numbers that "
                    "are part of an ABI must be written" % (en.name, nxt if nxt is not None else "?"),
                    "write '%s = %s'" % (en.name, nxt if nxt is not None else "N")))
                nxt = nxt + 1 if nxt is not None else None
            else:
                v = _const_value(en.value)
                nxt = v + 1 if v is not None else None
    return out

def _union_fix(size: int, where: str) -> str:
    # a union member starts at the union's offset 0: a small pad member 'after'
    # the others would overlap them, not fill the tail; only a full-size one does
    return ("declare it: give %s a member 'uint8_t pad0[%d];' that spans all of it (reserved, "
            "must be zero); a member of a union starts at its offset 0, so a shorter one "
            "would not cover these bytes" % (where, size))

def explicit_padding(offset: int, size: int, taken) -> str:
    """Naturally aligned reserved members that fill [offset, offset+size)."""
    names = []
    i = 0
    out = []
    while size > 0:
        for s, t in ((8, "uint64_t"), (4, "uint32_t"), (2, "uint16_t"), (1, "uint8_t")):
            if s <= size and offset % s == 0:
                break
        count = 1
        if s == 1:
            count = size
        while "pad%d" % i in taken or "pad%d" % i in names:
            i += 1
        name = "pad%d" % i
        names.append(name)
        out.append("%s %s%s;" % (t, name, "[%d]" % count if count > 1 else ""))
        offset += s * count
        size -= s * count
    return " ".join(out)


def _abi_list(names: Sequence[str], all_names: Sequence[str]) -> str:
    if len(names) == len(all_names):
        return "every ABI"
    return ", ".join(names)


def _q(name):
    """A member path quoted; a description ('(anonymous union at offset 8)') as is."""
    if name is None:
        return "the start"
    return name if name.startswith("(") else "'%s'" % name


def _bytes(n, unit=" bytes"):
    return "%d%s" % (n, unit if n != 1 or unit != " bytes" else " byte")



Checked = Tuple[StructDecl, Dict[str, Record]]     # a declaration, {ABI: its Record}


def layout_findings(path: str, checked: Sequence[Checked],
                    all_abis: Sequence[str]) -> List[Finding]:
    """Holes, tail padding, cross-ABI differences and field kinds, from compiler
    layouts.  ``checked``: each declaration with its record on every ABI it
    exists on; ``all_abis``: every ABI that was laid out (a record on fewer
    names its ABIs, where one on all of them says "every ABI")."""
    out: List[Finding] = []
    inner_lines: Dict[str, Dict[str, Tuple[int, int]]] = {}   # outer label -> {path: (l, c)}
    for d, _recs in checked:
        if d.outer:
            for f in d.fields:
                if f.name:
                    inner_lines.setdefault(d.outer, {})[d.prefix + f.name] = (f.line, f.column)
    for d, recs in checked:
        abi_names = [a for a in all_abis if a in recs]
        if not abi_names:
            continue
        if d.outer:
            # its holes are the enclosing record's (gaps(inner=True)); only the
            # kinds of its fields are reported here, by member path
            out.extend(_field_kinds(path, d, d.outer, recs, abi_names, d.prefix,
                                    d.outer.split(" ", 1)[1]))
            continue
        label = "%s %s" % (d.kind, d.name or d.typedef or "<anonymous>")
        field_line = dict(inner_lines.get(label, {}))
        field_line.update((f.name, (f.line, f.column)) for f in d.fields if f.name)
        if d.empty:
            r0 = recs[abi_names[0]]
            out.append(Finding(path, d.line, d.column, "abi-empty-struct",
                               "%s is empty (size %d in GNU C; an empty struct is not valid ISO C "
                               "and has size 1 in C++)" % (label, r0.size),
                               "give it its members, or at least one explicit reserved member "
                               "(e.g. 'uint32_t reserved; /* must be zero */')",
                               struct=d.name or d.typedef))
            continue
        advice = reorder_advice(recs, abi_names)
        out.extend(_gap_findings(path, d, label, recs, abi_names, all_abis, field_line,
                                 advice if advice and not advice.saves else None))
        if advice and advice.saves:
            out.append(_reorder_finding(path, d, label, advice))
        out.extend(_cross_abi(path, d, label, recs, abi_names, field_line))
        out.extend(_field_kinds(path, d, label, recs, abi_names))
    return out


def _gap_findings(path, d, label, recs, abi_names, all_abis, field_line,
                  alternative: Optional[ReorderAdvice]) -> List[Finding]:
    """Holes and tail padding, grouped over the ABIs with identical numbers;
    ``alternative``, an order that moves a hole to the tail, goes into the
    first hole's fix."""
    out = []
    taken = set(field_line)
    groups: Dict[layout.Gap, List[str]] = {}
    for a in abi_names:
        for g in layout.gaps(recs[a], inner=True):
            groups.setdefault(g, []).append(a)
    for g, names in sorted(groups.items(), key=lambda kv: (kv[0].offset, kv[0].kind,
                                                         -len(kv[1]))):
        anchor = g.before if g.before is not None else g.after
        line, col = field_line.get(anchor, (d.line, d.column))
        pad = explicit_padding(g.offset, g.size, taken)
        if g.kind == "hole":
            msg = ("%s: %s hole at offset %d after %s (before %s) on %s"
                   % (label, _bytes(g.size, "-byte"), g.offset, _q(g.before), _q(g.after),
                      _abi_list(names, all_abis)))
            fix = "declare it: add '%s' after %s (reserved, must be zero)" % (pad, _q(g.before))
            usize = layout.union_ending_at(recs[names[0]].fields, g.offset, g.offset + g.size) \
                if g.after and g.after.startswith("(the end of") else None
            if usize is not None and g.after:
                what = g.after[len("(the end of "):-1]     # "'u'" or "the anonymous union …"
                fix = _union_fix(usize, "the union " + what if what.startswith("'") else what)
            if alternative:
                fix += ("; or, if the layout is not yet released, reorder as: %s, which puts "
                        "the same %d bytes at the tail, where a later version can use them"
                        % (", ".join(alternative.order), alternative.new))
                alternative = None
            rule = "abi-hole"
        else:
            msg = ("%s: %s of tail padding at offset %d after %s (size %d) on %s"
                   % (label, _bytes(g.size), g.offset, _q(g.before), recs[names[0]].size,
                      _abi_list(names, all_abis)))
            fix = "declare it: add '%s' at the end (reserved, must be zero)" % pad
            if d.kind == "union":
                fix = _union_fix(recs[names[0]].size, label)
            rule = "abi-tail-padding"
        out.append(Finding(path, line, col, rule, msg, fix, struct=d.name or d.typedef,
                           field=anchor, abis=names, offset=g.offset, size=g.size))
    return out


def _reorder_finding(path: str, d: StructDecl, label: str, a: ReorderAdvice) -> Finding:
    first = d.fields[0]
    left = ""
    if a.new:
        left = "; make the remaining %d byte(s) explicit at the end" % a.new
    return Finding(
        path, first.line, first.column, "abi-reorder",
        "%s: field order costs %d bytes of padding; reordered needs %d" % (label, a.now, a.new),
        "reorder as: %s (padding %d -> %d bytes)%s" % (", ".join(a.order), a.now, a.new, left),
        struct=d.name or d.typedef, abis=a.abis, size=a.now - a.new)


def _render(groups) -> str:
    return "; ".join("%s on %s" % ("absent" if k is None else k, ", ".join(v))
                     for k, v in groups.items())


def _cross_abi(path, d, label, recs, abi_names, field_line) -> List[Finding]:
    out = []
    diff = layout.cross_abi({a: recs[a] for a in abi_names})
    if diff.sizes:
        out.append(Finding(path, d.line, d.column, "abi-layout-differs",
                           "%s: size differs between ABIs: %s" % (label, _render(diff.sizes)),
                           "use fixed-width fields and explicit padding so every ABI "
                           "gets the same layout", struct=d.name or d.typedef))
    for name, og in diff.moved:
        line, col = field_line.get(name, (d.line, d.column))
        out.append(Finding(path, line, col, "abi-layout-differs",
                           "%s: field '%s' moves between ABIs: offset %s"
                           % (label, name, _render(og)),
                           "align it explicitly: declare the padding before it, "
                           "or use a type with the same alignment everywhere "
                           "(uint64_aligned_t for 64-bit Xen fields)",
                           struct=d.name or d.typedef, field=name))
    return out


def _has_pointer(f: Field) -> bool:
    if f.type.endswith("*") or "(*)" in f.type:
        return True
    return any(_has_pointer(n) for n in f.nested)


_KIND_WHY = {
    "pointer": ("is a pointer: 4 or 8 bytes depending on the ABI",
                "carry a uint64_t guest address (or an 8-byte guest handle type)"),
    "enum": ("has enum type: its size is the compiler's choice (-fshort-enums, C++)",
             "store it as uint32_t and say '/* see %(spelled)s */'"),
    "bool": ("is a bool: size and representation are not fixed by C",
             "use uint8_t (0/1) or a bit in a flags word"),
    "long": ("is '%(spelled)s': 4 bytes on 32-bit ABIs, 8 on 64-bit ones",
             "use uint32_t or uint64_t"),
    "int": ("is '%(spelled)s': not a fixed-width type", "use uint16_t/uint32_t (or int32_t)"),
}


def _compiler_agrees(kind: str, ctype: str) -> bool:
    """Is the compiler's canonical type of a field of that kind?  The kind is
    read from the source as pycparser sees it, where extensions are blanked
    (a vector typedef of int reads as int; __int128 has no spelling there)."""
    t = re.sub(r"\[\d*\]", "", ctype)
    t = re.sub(r"\b(const|volatile|restrict)\b", "", t).strip()
    t = re.sub(r"\s+", " ", t)
    if kind == "pointer":
        return t.endswith("*") or "(*)" in t
    if kind == "enum":
        return t.startswith("enum ")
    if kind == "bool":
        return t == "_Bool"
    if kind == "long":
        return t in ("long", "unsigned long")
    if kind == "int":
        return t in ("int", "unsigned int", "short", "unsigned short")
    return True


def _field_kinds(path, d, label, recs, abi_names, prefix="", struct=None) -> List[Finding]:
    out = []
    struct = struct or d.name or d.typedef
    r0 = recs[abi_names[0]]
    for fd in d.fields:
        if fd.name is None:
            continue
        why = None
        f = r0.field(fd.name)
        if fd.kind in _KIND_WHY and (f is None or _compiler_agrees(fd.kind, f.type)):
            words = {"spelled": fd.spelled.strip() if fd.kind == "enum" else fd.spelled}
            why = tuple(w % words for w in _KIND_WHY[fd.kind])
        elif f is not None and _has_pointer(f):
            sizes = sorted({recs[a].field(fd.name).size for a in abi_names
                            if recs[a].field(fd.name)})
            spelled = fd.spelled.strip()
            if not spelled or OPAQUE in spelled:
                spelled = f.type
            why = ("contains a pointer (type '%s'): %s bytes depending on the ABI"
                   % (spelled, " or ".join(str(s) for s in sizes)),
                       "use a handle type that is 8 bytes on every ABI (e.g. uint64_aligned_t)")
        if why:
            out.append(Finding(path, fd.line, fd.column, "abi-field-type",
                               "%s: field '%s' %s" % (label, prefix + fd.name, why[0]), why[1],
                               struct=struct, field=prefix + fd.name))
    return out


class Rule(NamedTuple):
    short: str                 # one line: what the rule finds
    full: str                  # why it matters for an ABI
    help: str                  # what to do about it


# Every rule lint reports, described once (the SARIF log's rule metadata).
RULES: Dict[str, Rule] = {
    "abi-hole": Rule(
        "Implicit padding between fields",
        "The compiler inserted bytes between two fields. Their content is undefined, "
        "a peer cannot tell them from data, and they cannot be given a meaning later "
        "without a flag day.",
        "Declare the bytes as explicit reserved members (must be zero), or reorder the "
        "fields if the layout is not yet released."),
    "abi-tail-padding": Rule(
        "Implicit padding at the end of a record",
        "The record's size is larger than its last field's end. Arrays of it and a "
        "peer's copy of it include bytes no field names.",
        "Declare the bytes as explicit reserved members at the end (for a union: one "
        "member as large as the union)."),
    "abi-reorder": Rule(
        "A field order that needs less padding exists",
        "Sorting the fields by alignment saves padding bytes on some ABIs.",
        "If the layout is not yet released, reorder the fields as the fix says."),
    "abi-layout-differs": Rule(
        "Size or field offset differs between ABIs",
        "A 32-bit and a 64-bit peer (or two architectures) lay the record out "
        "differently, so they cannot exchange it.",
        "Use fixed-width field types with the same alignment on every ABI and make "
        "padding explicit."),
    "abi-field-type": Rule(
        "A field whose type has no fixed size or representation",
        "Pointers, long, int, bool and enum types differ between ABIs or compilers.",
        "Use a fixed-width integer type (uint32_t, uint64_t) or an 8-byte handle."),
    "abi-empty-struct": Rule(
        "An empty record",
        "An empty struct is not ISO C, and its size differs between GNU C (0) and C++ (1).",
        "Give it an explicit reserved member."),
    "abi-enum-untagged": Rule(
        "An enum without a tag",
        "A field that holds one of its values cannot name the enum it takes them from.",
        "Give the enum a tag and name it in a comment on the fields that hold it."),
    "abi-enum-implicit-value": Rule(
        "An enumerator without an explicit value",
        "Its number depends on its position: inserting an enumerator above it changes "
        "the ABI.",
        "Write the value: NAME = N."),
    "abi-signed-shift": Rule(
        "A flag macro built with a signed shift",
        "1 << 31 is undefined behaviour, a negative value sign-extends into 64-bit "
        "flag words, and 1L differs in width between ABIs.",
        "Shift an unsigned literal: 1U << n, 1ULL << n."),
    "abi-uint64-aligned-fallback": Rule(
        "A header defines its own uint64_aligned_t",
        "On a 32-bit x86 build a plain uint64_t is 4-byte aligned, so 64-bit fields "
        "move between ABIs.",
        "Use the definition Xen's arch headers provide (8-byte aligned everywhere)."),
}
