"""lint's records: the structs, unions and enums the header declares, read
from pycparser's AST (where they are written, what each field's type is
spelled as), and the compiler record each one is."""

import functools
import os
import re
from dataclasses import dataclass, replace
from typing import Dict, List, Optional, Sequence, Set, Tuple

from .cparse import OPAQUE


# the typedefs cparse puts before the header's text
_STAND_INS = ("__builtin_va_list", OPAQUE)


@dataclass
class FieldDecl:
    name: Optional[str]    # None for an anonymous member / unnamed bit-field
    line: int
    column: int
    spelled: str           # the type as the reader sees it ('pfn_t (unsigned long)')
    kind: Optional[str]    # 'pointer', 'enum', 'bool', 'long', 'int', or None (fine)


@dataclass
class StructDecl:
    kind: str              # 'struct' / 'union'
    name: Optional[str]    # tag, or None
    typedef: Optional[str]
    line: int
    column: int
    fields: List[FieldDecl]
    empty: bool
    # an untagged record defined inside another (an anonymous member, or the
    # type of a member 'struct { ... } in;'): the outermost record's label and
    # the member path that reaches it ('in.' or '' for an anonymous member)
    outer: Optional[str] = None
    prefix: str = ""


def marker_path(name: str) -> str:
    """A path as clang -E's line markers spell it: non-ASCII bytes as octal
    escapes ('\\303\\274' for 'ü'), backslash and quote escaped."""
    if "\\" not in name:
        return name
    raw = re.sub(r"\\([0-7]{3})|\\(.)",
                 lambda m: chr(int(m.group(1), 8)) if m.group(1) else m.group(2), name)
    try:
        return raw.encode("latin-1").decode("utf-8")
    except (UnicodeEncodeError, UnicodeDecodeError):
        return raw


@functools.lru_cache(maxsize=None)
def same_file(a: Optional[str], b: str) -> bool:
    """Is ``a`` (a path as a line marker spells it) the file ``b``?"""
    a = marker_path(a) if a else a
    if a == b:
        return True
    if a is None:
        return False
    try:
        return os.path.realpath(a) == os.path.realpath(b)
    except (OSError, TypeError):
        return False


def _type_class(node, local_typedefs=None, depth=0) -> Tuple[Optional[str], str]:
    """'pointer', 'enum', 'bool', 'long', 'int', or None for the acceptable kinds.

    ``local_typedefs``: {name: type node} of the typedefs the linted header
    itself declares; a field spelled with one of those is classified by what
    it stands for ('typedef unsigned long pfn_t;' makes a pfn_t field 'long').
    Typedefs of other headers (uint64_t, __u64, xen_pfn_t …) are taken as
    written: what they stand for is the platform's business."""
    from pycparser import c_ast
    t = node
    if local_typedefs and depth < 8:
        u = t
        while isinstance(u, c_ast.ArrayDecl):
            u = u.type
        if isinstance(u, c_ast.TypeDecl) and isinstance(u.type, c_ast.IdentifierType) \
                and len(u.type.names) == 1 and u.type.names[0] in local_typedefs:
            name = u.type.names[0]
            cls, spelled = _type_class(local_typedefs[name], local_typedefs, depth + 1)
            if cls is not None:
                return cls, "%s (%s)" % (name, spelled) if spelled else name
            return None, name
    while isinstance(t, c_ast.ArrayDecl):
        t = t.type
    if isinstance(t, (c_ast.PtrDecl, c_ast.FuncDecl)):
        return "pointer", "pointer"
    if isinstance(t, c_ast.TypeDecl):
        inner = t.type
        if isinstance(inner, c_ast.Enum):
            return "enum", "enum %s" % (inner.name or "")
        if isinstance(inner, c_ast.IdentifierType):
            names = inner.names
            spelled = " ".join(names)
            if "_Bool" in names or "bool" in names:
                return "bool", spelled
            if "long" in names and names.count("long") == 1 and "double" not in names:
                return "long", spelled
            if set(names) <= {"int", "unsigned", "signed", "short"} and names:
                return "int", spelled
            return None, spelled
        if isinstance(inner, (c_ast.Struct, c_ast.Union)):
            return None, "%s %s" % ("struct" if isinstance(inner, c_ast.Struct) else "union",
                                   inner.name or "")
    return None, ""


def collect(ast, header: str):
    """(records, enums, {typedef name: anonymous record node}) the header
    itself declares: StructDecls (outermost first within each record's
    members), pycparser Enum nodes, and every anonymous record typedef."""
    from pycparser import c_ast
    structs, enums = [], []
    typedef_of = {}
    local_typedefs: Dict[str, object] = {}
    seen = set()

    def visit_struct(node, typedef=None, outer=None, prefix=""):
        if node.decls is None:          # a reference, not a definition
            return
        if id(node) in seen:            # 'struct p { ... } source, dest;': one definition
            return
        seen.add(id(node))
        if node.coord is None or not same_file(node.coord.file, header):
            return
        kind = "struct" if isinstance(node, c_ast.Struct) else "union"
        if node.name or typedef:
            outer, prefix = None, ""    # a tagged record is reported under its own name
        me = outer or "%s %s" % (kind, node.name or typedef or "<anonymous>")
        fields = []
        for d in node.decls:
            cls, spelled = _type_class(d.type, local_typedefs)
            c = d.coord or node.coord
            fields.append(FieldDecl(d.name, c.line, c.column, spelled, cls))
            visit_type(d.type, None, me, prefix + (d.name + "." if d.name else ""))
        structs.append(StructDecl(kind, node.name, typedef, node.coord.line, node.coord.column,
                                  fields, len(node.decls) == 0, outer, prefix))

    def visit_type(t, typedef=None, outer=None, prefix=""):
        while isinstance(t, (c_ast.TypeDecl, c_ast.ArrayDecl, c_ast.PtrDecl)):
            if isinstance(t, c_ast.PtrDecl):
                outer = None            # a pointer's target is no part of this layout
            t = t.type
        if isinstance(t, (c_ast.Struct, c_ast.Union)):
            visit_struct(t, typedef, outer, prefix)
        elif isinstance(t, c_ast.Enum) and t.values is not None and t.coord is not None \
                and same_file(t.coord.file, header):
            enums.append(t)

    for ext in ast.ext:
        if isinstance(ext, (c_ast.Decl, c_ast.Typedef)):
            td = ext.name if isinstance(ext, c_ast.Typedef) else None
            visit_type(ext.type, td)
        if isinstance(ext, c_ast.Typedef) and isinstance(ext.type, c_ast.TypeDecl) \
                and isinstance(ext.type.type, (c_ast.Struct, c_ast.Union)) \
                and ext.type.type.name is None and ext.type.type.decls is not None:
            typedef_of[ext.name] = ext.type.type     # every anonymous record typedef
        if isinstance(ext, c_ast.Typedef) and ext.coord is not None \
                and same_file(ext.coord.file, header) and ext.name not in _STAND_INS:
            local_typedefs[ext.name] = ext.type
    return structs, enums, typedef_of


def raw_columns(decls: Sequence[StructDecl], lines: Sequence[str]) -> None:
    """Field columns as written.  pycparser reads clang -E output, where a macro
    expanded earlier on the line ('VAL_T b;' with VAL_T=unsigned char) has
    shifted the name; where the name occurs once on the header's line, use that.
    ``lines``: the header's text, split into lines."""
    for d in decls:
        raw = lines[d.line - 1] if 0 < d.line <= len(lines) else ""
        at = raw[d.column - 1:] if raw else ""
        # (an untagged record inside another keeps clang's column: it is how
        # RecordIndex tells two on one line apart, and no finding shows it)
        if raw and not d.outer and not at.startswith((d.name or d.kind, d.kind, "{")):
            # made by a macro: pycparser's column is one of the expansion;
            # point at the tag where the line spells it, else at the call
            hits = [m.start() for m in re.finditer(r"\b%s\b" % re.escape(d.name), raw)] \
                if d.name else []
            d.column = hits[0] + 1 if len(hits) == 1 else len(raw) - len(raw.lstrip()) + 1
        for i, f in enumerate(d.fields):
            if not f.name:
                continue
            raw = lines[f.line - 1] if 0 < f.line <= len(lines) else ""
            if not raw or raw[f.column - 1:f.column - 1 + len(f.name)] == f.name:
                continue
            hits = [m.start() for m in re.finditer(r"\b%s\b" % re.escape(f.name), raw)]
            if len(hits) == 1:
                d.fields[i] = replace(f, column=hits[0] + 1)
            elif not hits:      # declared by a macro of this header: point at its use
                d.fields[i] = replace(f, column=len(raw) - len(raw.lstrip()) + 1)


def _written_here(d: StructDecl, lines: Sequence[str], own: Set[str]) -> bool:
    if not 0 < d.line <= len(lines):
        return True
    line = lines[d.line - 1]
    if re.search(r"\b%s\b" % d.kind, line):
        return True
    # a tagged record is one a peer names, whoever's macro wrote it (a shared
    # ring macro's 'struct NAME_sring'): pahole lists it where it is expanded
    if d.name:
        return True
    # a macro this header defines itself ('DECL_PAIR(pair32, uint32_t);') makes
    # the record this header's ABI as much as writing it out would
    return any(w in own for w in re.findall(r"\b\w+\b", line))


def reported(decls: Sequence[StructDecl], lines: Sequence[str],
             own: Set[str]) -> List[StructDecl]:
    """The records this header's ABI consists of.

    Left out: an untagged record that a macro of another header expands to at
    some line of this one (Xen's DEFINE_XEN_GUEST_HANDLE(x) defines
    pointer-sized handle structs: that is Xen's machinery, not this header's
    ABI), and the records defined inside it.  Whether a record is reported
    does not depend on how the macro's arguments are spelled or on how many
    lines its call spans.  ``lines``: the header's lines; ``own``:
    macros.own_macros() of it."""
    kept = {}
    for d in decls:
        if not d.outer:
            kept["%s %s" % (d.kind, d.name or d.typedef or "<anonymous>")] = \
                _written_here(d, lines, own)
    return [d for d in decls
            if (kept.get(d.outer, True) if d.outer else _written_here(d, lines, own))]


_NESTED_KEY = re.compile(r"\(unnamed at (.*):(\d+):(\d+)\)(?:#\d+)?$")


class RecordIndex:
    """The compiler records of one target, indexed by where unnamed ones are
    written, so that finding each declaration's record is one lookup (a scan
    of every record per declaration was quadratic in big headers)."""

    def __init__(self, records: Dict):
        self.records = records
        self.nested: Dict[Tuple[str, str, int], List[Tuple[int, str]]] = {}
        self.unnamed: Dict[Tuple[str, str, int], str] = {}
        for k in records:
            if "(unnamed at " not in k:
                continue
            kind = k.split(" ", 1)[0]
            if "::" in k:
                # clang: 'struct outer::(unnamed at f.h:L:C)' ('#2' when one site has two)
                m = _NESTED_KEY.search(k)
                if m:
                    self.nested.setdefault((kind, os.path.basename(m.group(1)),
                                            int(m.group(2))), []).append((int(m.group(3)), k))
                continue
            parts = k.split("(unnamed at ", 1)[1].rstrip(")").rsplit(":", 2)
            if len(parts) == 3 and parts[1].isdigit():
                self.unnamed.setdefault((kind, os.path.basename(parts[0]), int(parts[1])), k)

    def key_for(self, d: StructDecl, path: str) -> Optional[str]:
        """The key of the compiler record that ``d`` is, or None."""
        base = os.path.basename(path)
        if d.outer:
            cands = self.nested.get((d.kind, base, d.line), [])
            best = min(cands, key=lambda ck: abs(ck[0] - d.column), default=None)
            return best[1] if best else None
        if d.name:
            return d.name if d.kind == "struct" else "union " + d.name
        if d.typedef and d.typedef in self.records:     # probed by its typedef name
            return d.typedef
        # anonymous (typedef'd) record: clang names it by where it is written
        return self.unnamed.get((d.kind, base, d.line))
