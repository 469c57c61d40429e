"""Wire helpers: a companion header per spec and flavor that reads, writes and checks bytes.

For every struct of a spec, the companion header of a flavor declares

    <BASE>_SIZE, <BASE>_MIN_SIZE              the struct's size; the bytes a check needs
    <BASE>_<PATH>_OFFSET, <BASE>_<PATH>_SIZE  every field, nested ones by path
    <base>_get_<path>(buf), <base>_set_<path>(buf, v)
                                              one scalar, in the field's declared order
    <base>_get_<path>_le / _be, _set_..._le / _be
                                              CPU-order fields only: a given order
    <base>_check(buf, len, problem)           is a received struct acceptable?

on byte buffers (``unsigned char *``), with byte-wise loads and stores: no
alignment assumption, no cast of a buffer to a struct, no shift into a sign
bit, C89, freestanding, header-only.  The layout is the layout engine's;
the rules of ``_check`` come from the spec's field facts (``reserved: zero |
ignored``, ``flags:``, ``values:``, ``enum:``, ``value_mask:``, ``unknown:``,
``reply:``; spec/README.md).  The golden images (golden.py) prove every
helper on every ABI.

The companion is never the flavor header itself (the linux one is a drop-in
for the kernel's and must stay identical to it; Xen's public headers declare
no functions): it sits beside it (``iommu-abi/virtio_iommu_wire.h``,
``linux/virtio_iommu_wire.h``) or, for the xen flavor, one directory up,
outside ``public/`` (``xen/pv-iommu-wire.h``), where Xen keeps the
hypervisor's own headers (``xen/include/xen/``).
"""

import os
import re
import textwrap
from dataclasses import dataclass
from typing import Dict, List, Optional, Tuple

from ..errors import SpecError
from ..layout import LaidOutSpec, StructLayout
from ..model import PRIMITIVES, Field
from .cheader import Flavor, _comment_block
from .flavors import flavors

# The width in bytes of each primitive, and its byte order on the wire:
# "little", "big", "cpu" (the byte order of the CPU that reads it) or None (u8).
ORDER = {name: order for name, (_, order) in PRIMITIVES.items()}
WIDTH = {name: size for name, (size, _) in PRIMITIVES.items()}

# Problem kinds, in the order a check reports them when several apply: the
# first rejection found wins over any note.
KINDS = (("OK", 0, "nothing to report"),
         ("NOTE", 1, "accepted; something the receiver ignores is set"),
         ("SHORT", 2, "rejected: shorter than S_MIN_SIZE"),
         ("RESERVED", 3, "rejected: must-be-zero bytes are not zero"),
         ("FLAGS", 4, "rejected: an undefined flag bit is set"),
         ("VALUE", 5, "rejected: a value outside its group or enum"))


@dataclass
class Leaf:
    """One scalar or array of scalars of a struct, nested structs flattened."""
    path: List[str]              # field names from the outer struct: ["head", "type"]
    offset: int
    ptype: str                   # a PRIMITIVES key
    count: Optional[int]         # array length, or None
    field: Field                 # the innermost field: its facts
    reserved: Optional[str]      # "zero"/"ignored": its own or an enclosing field's rule
    reply: bool                  # inside a field the receiver writes (not checked)

    @property
    def size(self) -> int:
        return WIDTH[self.ptype] * (self.count or 1)

    @property
    def name(self) -> str:
        return ".".join(self.path)

    @property
    def ident(self) -> str:
        return ident(self.path)


def ident(path: List[str]) -> str:
    """A path as part of a C name: head.type -> head_type, pairs[1].a -> pairs_1_a."""
    return "_".join(p.replace("[", "_").replace("]", "") for p in path)


@dataclass
class Node:
    """A field at any depth (struct-typed ones too): what gets an offset constant."""
    path: List[str]
    offset: int
    size: int


def leaves(lo: LaidOutSpec, sl: StructLayout) -> List[Leaf]:
    """Every primitive of a struct, in offset order, with nested structs
    flattened; an array of structs element by element (pairs[1].a)."""
    out: List[Leaf] = []

    def walk(s: StructLayout, base: int, prefix: List[str], rule: Optional[str],
             reply: bool) -> None:
        for fl in s.fields:
            f = fl.field
            r = rule or (f.reserved_rule or ("zero" if f.reserved else None))
            if f.type in PRIMITIVES:
                out.append(Leaf(prefix + [f.name], base + fl.offset, f.type, f.count, f, r,
                                reply or f.reply))
            elif f.count is None:
                walk(lo.struct(f.type), base + fl.offset, prefix + [f.name], r,
                     reply or f.reply)
            else:
                for k in range(f.count):
                    walk(lo.struct(f.type), base + fl.offset + k * fl.elem_size,
                         prefix + ["%s[%d]" % (f.name, k)], r, reply or f.reply)
    walk(sl, 0, [], None, False)
    return out


def nodes(lo: LaidOutSpec, sl: StructLayout) -> List[Node]:
    """Every field at every depth, in offset order (a struct before its members)."""
    out: List[Node] = []

    def walk(s: StructLayout, base: int, prefix: List[str]) -> None:
        for fl in s.fields:
            f = fl.field
            out.append(Node(prefix + [f.name], base + fl.offset, fl.size))
            if f.type not in PRIMITIVES and f.count is None:
                walk(lo.struct(f.type), base + fl.offset, prefix + [f.name])
            elif f.type not in PRIMITIVES:
                for k in range(f.count or 0):
                    walk(lo.struct(f.type), base + fl.offset + k * fl.elem_size,
                         prefix + ["%s[%d]" % (f.name, k)])
    walk(sl, 0, [])
    return out


def min_size(lo: LaidOutSpec, sl: StructLayout) -> int:
    """The bytes a check needs: up to the end of the last field that is not a reply."""
    ends = [fl.offset + fl.size for fl in sl.fields if not fl.field.reply]
    return max(ends) if ends else 0


def _xen_prefixed(name: str) -> str:
    return name if name.lower().startswith("xen_") else "xen_" + name


class WireFlavor:
    """How one flavor's companion header spells things."""

    def __init__(self, fl: Flavor) -> None:
        self.fl = fl
        self.spec = fl.spec
        self.lo = fl.lo
        self.xen = fl.name == "xen"
        base = re.sub(r"[^A-Za-z0-9]", "_", self.spec.name).lower()
        self.prefix = _xen_prefixed(base) if self.xen else base
        self.P = self.prefix.upper()
        self.u = {1: "uint8_t", 2: "uint16_t", 4: "uint32_t", 8: "uint64_t"}
        if fl.name == "linux":
            self.u = {1: "__u8", 2: "__u16", 4: "__u32", 8: "__u64"}
        # Xen's own headers and Linux's have no size_t of their own to rely on.
        self.size_t = "size_t" if fl.name == "portable" else "unsigned long"

    # -- paths --------------------------------------------------------------
    @property
    def path(self) -> str:
        return wire_path(self.fl)

    def include(self) -> str:
        """How the companion includes its flavor header: relative to itself."""
        rel = os.path.relpath(self.fl.path, os.path.dirname(self.path)).replace(os.sep, "/")
        return '#include "%s"' % rel

    # -- names --------------------------------------------------------------
    def base(self, struct: str) -> str:
        return _xen_prefixed(struct) if self.xen else struct

    def macro_base(self, struct: str) -> str:
        return self.base(struct).upper()

    def get(self, struct: str, leaf: Leaf, order: str = "") -> str:
        return "%s_get_%s%s" % (self.base(struct), leaf.ident, order)

    def set(self, struct: str, leaf: Leaf, order: str = "") -> str:
        return "%s_set_%s%s" % (self.base(struct), leaf.ident, order)

    def check(self, struct: str) -> str:
        return "%s_check" % self.base(struct)

    def offset(self, struct: str, path: List[str]) -> str:
        return "%s_%s_OFFSET" % (self.macro_base(struct), ident(path).upper())

    def size(self, struct: str, path: Optional[List[str]] = None) -> str:
        if not path:
            return "%s_SIZE" % self.macro_base(struct)
        return "%s_%s_SIZE" % (self.macro_base(struct), ident(path).upper())

    def min_size(self, struct: str) -> str:
        return "%s_MIN_SIZE" % self.macro_base(struct)

    def code(self, kind: str) -> str:
        return "%s_WIRE_%s" % (self.P, kind)

    def problem(self) -> str:
        return "%s_wire_problem" % self.prefix

    def internal(self, what: str) -> str:
        return "%s_wire_%s" % (self.prefix, what)

    def value_type(self, ptype: str) -> str:
        return self.u[WIDTH[ptype]]


def wire_path(fl: Flavor) -> str:
    """The companion header of a flavor header: beside it, with a _wire (or
    -wire) suffix; for a header under .../public/, one directory up."""
    d, name = os.path.split(fl.path)
    stem = name[:-2]
    sep = "-" if "-" in stem else "_"
    if os.path.basename(d) == "public":
        d = os.path.dirname(d)
    return "%s/%s%swire.h" % (d, stem, sep) if d else "%s%swire.h" % (stem, sep)


def _head(ret: str, name: str, params: List[str]) -> List[str]:
    """A function definition's head: the return type on a line of its own,
    the parameters wrapped under the first when the line would pass 80."""
    one = "%s(%s)" % (name, ", ".join(params))
    if len(one) <= 80:
        return [ret, one]
    out = [ret, "%s(%s," % (name, params[0])]
    pad = " " * (len(name) + 1)
    for i, p in enumerate(params[1:]):
        out.append(pad + p + ("," if i < len(params) - 2 else ")"))
    return out


def _call(lead: str, name: str, args: List[str], end: str, indent: int = 0) -> List[str]:
    """A call statement, its arguments wrapped when the line would pass 80."""
    one = "%s%s(%s)%s" % (lead, name, ", ".join(args), end)
    if indent + len(one) <= 80:
        return [one]
    first = "%s%s(" % (lead, name)
    pad = " " * len(first)
    out: List[str] = []
    cur = first
    for i, a in enumerate(args):
        piece = a + (", " if i < len(args) - 1 else ")" + end)
        if cur.strip() and cur != first and indent + len(cur) + len(piece.rstrip()) > 80:
            out.append(cur.rstrip())
            cur = pad + piece
        else:
            cur += piece
    out.append(cur.rstrip())
    return out


def _wrap_or(lead: str, parts: List[str], end: str) -> List[str]:
    """lead + parts joined by |, continued under the first part past 80 columns."""
    out: List[str] = []
    cur = lead
    for i, p in enumerate(parts):
        piece = p + (" |" if i < len(parts) - 1 else end)
        if cur != lead and len(cur) + 1 + len(piece) > 80:
            out.append(cur)
            cur = " " * len(lead) + piece
        else:
            cur += ("" if cur == lead else " ") + piece
    out.append(cur)
    return out


def _stmt(lead: str, call: str) -> List[str]:
    """One statement of a function body, split after the call's parenthesis
    when it would pass 80 columns."""
    one = "    %s%s;" % (lead, call)
    if len(one) <= 80 or "(" not in call:
        return [one]
    head, rest = call.split("(", 1)
    return ["    %s%s(" % (lead, head), "        %s;" % rest]


def _above(indent: str, text: str) -> List[str]:
    one = "%s/* %s */" % (indent, text)
    if len(one) <= 80:
        return [one]
    return [indent + "/*"] + [indent + " * " + ln
                              for ln in textwrap.wrap(text, 76 - len(indent))] + [indent + " */"]


def _above_define(doc: str, define: str) -> List[str]:
    one = "%s  /* %s */" % (define, doc)
    if len(one) <= 80:
        return [one]
    return ["/*"] + _comment_block(doc) + [" */", define]


def _ranges(values: List[int]) -> List[Tuple[int, int]]:
    out: List[Tuple[int, int]] = []
    for v in sorted(set(values)):
        if out and out[-1][1] + 1 == v:
            out[-1] = (out[-1][0], v)
        else:
            out.append((v, v))
    return out


def _in_set(var: str, values: List[int]) -> str:
    """A C expression: @var (unsigned) is one of @values."""
    parts = []
    rs = _ranges(values)
    for lo, hi in rs:
        if lo == hi:
            parts.append("%s == %d" % (var, lo))
        elif lo == 0:
            parts.append("%s <= %d" % (var, hi))
        else:
            parts.append(("(%s >= %d && %s <= %d)" if len(rs) > 1 else "%s >= %d && %s <= %d")
                         % (var, lo, var, hi))
    return " || ".join(parts)


def allowed_values(lo: LaidOutSpec, f: Field) -> Optional[List[int]]:
    """The values a values:/enum: field may hold (masked by value_mask), or None."""
    spec = lo.spec
    if f.values:
        return [c.value for c in spec.group(f.values).items]
    if f.enum:
        return [x.value for x in spec.enum(f.enum).enumerators]
    return None


def flag_mask(lo: LaidOutSpec, f: Field) -> int:
    mask = 0
    for c in lo.spec.group(f.flags or "").items:
        mask |= c.value
    return mask


def value_mask(lo: LaidOutSpec, f: Field) -> Optional[int]:
    if not f.value_mask:
        return None
    return next(c.value for _, c in lo.spec.constants() if c.name == f.value_mask)


class _Writer:
    def __init__(self, wf: WireFlavor) -> None:
        self.wf = wf
        self.lines: List[str] = []
        self.names: Dict[str, str] = {}

    def w(self, *lines: str) -> None:
        self.lines.extend(lines)

    def claim(self, name: str, what: str, line: int) -> None:
        """Every generated name is declared once: a struct and field whose
        joined names meet another's ("req" + "map_domain", "req_map" +
        "domain") are a spec error."""
        if name in self.names and self.names[name] != what:
            raise SpecError(self.wf.spec.path, line, "structs",
                            "the wire helper name %s is made twice (%s, %s); rename one"
                            % (name, self.names[name], what))
        self.names[name] = what

    # -- file parts ---------------------------------------------------------
    def banner(self) -> None:
        wf, spec = self.wf, self.wf.spec
        self.w("/* SPDX-License-Identifier: MIT */", "/*")
        self.w(*_comment_block("%s - %s: wire helpers (%s flavor)" % (wf.path, spec.title,
                                                                      wf.fl.name)))
        self.w(" *")
        self.w(*_comment_block(
            "Generated from %s by gen/iommu-abi-gen: do not edit. Change the spec and "
            "regenerate (cmake --build build --target regen)." % spec.source))
        self.w(" *")
        self.w(*_comment_block(
            "Loads, stores and checks of every structure of %s on byte buffers: "
            "no alignment assumption, never a cast of a buffer to a structure, "
            "byte-wise and free of undefined behaviour; C89 and C++98, "
            "freestanding, header-only (static functions only). For struct S and "
            "field F (a nested field by its path, head_type; in an array of structures, "
            "pairs_1_a):" % wf.fl.path))
        self.w(" *",
               " *   S_SIZE, S_MIN_SIZE          size; bytes S_check needs",
               " *   S_F_OFFSET, S_F_SIZE        where F is (arrays: the whole range)",
               " *   S_get_F(buf), S_set_F(buf, v)",
               " *                               F in its declared byte order; an array",
               " *                               element: S_get_F(buf, i)",
               " *   S_check(buf, len, problem)  is a received S acceptable?",
               " *")
        self.w(*_comment_block(
            "Byte order. Fields declared little-endian (le16, le32, le64; every "
            "virtio field) are little-endian whatever the CPU. Fields declared in CPU "
            "order (u16, u32, u64, guest handles: Xen's hypercall arguments) are in "
            "the byte order of the guest that issues the hypercall, which is always "
            "the hypervisor's own (Xen copies arguments without converting them): "
            "S_get_F and S_set_F read and write them in this CPU's order, and "
            "S_get_F_le / S_get_F_be (and the _set_ ones) in a stated order, for "
            "a program that handles another machine's bytes (a record made on x86 "
            "replayed on a big-endian host). S_check reads CPU order."))
        self.w(" *")
        self.w(*_comment_block(
            "S_check returns %s (0) when there is nothing to report, %s (1) when the "
            "structure is acceptable but a reserved field, flag bit or value that the "
            "receiver ignores is set, and a rejection code (%s and above: %s, %s, %s, "
            "%s) otherwise. When problem is not NULL it is filled in for anything "
            "but %s: the first rejection, or else the first note, naming the field "
            "by its path. Reserved fields the spec marks 'ignored' and values it "
            "marks 'unknown: ignored' give notes; the rest reject. Bytes the "
            "receiver writes itself (a virtio request's tail) are not checked and "
            "not counted in S_MIN_SIZE."
            % (wf.code("OK"), wf.code("NOTE"), wf.code("SHORT"), wf.code("SHORT"),
               wf.code("RESERVED"), wf.code("FLAGS"), wf.code("VALUE"), wf.code("OK"))))
        if wf.xen:
            self.w(" *")
            self.w(*_comment_block(
                "Like Xen's public headers, this header expects uint8_t ... uint64_t "
                "from its environment (the hypervisor's types, or <stdint.h>); it "
                "lives outside public/ because public headers declare no functions."))
        self.w(" */", "")

    def prologue(self) -> None:
        wf = self.wf
        guard = self.guard()
        self.w("#ifndef %s" % guard, "#define %s" % guard, "", wf.include())
        if wf.fl.name == "portable":
            self.w("#include <stddef.h>")
        self.w("")
        fn = "%s_WIRE_FN" % wf.P
        self.w("/* Static functions: inline where the language has it, and marked as",
               " * possibly unused where the compiler can be told: an unused one costs",
               " * nothing and draws no warning, even in the file that defines it. */",
               "#if defined(__GNUC__) || defined(__clang__)",
               "#define %s static __inline__ __attribute__((__unused__))" % fn,
               "#elif defined(_MSC_VER)",
               "#define %s static __inline" % fn,
               "#elif defined(__cplusplus) || \\",
               "    (defined(__STDC_VERSION__) && __STDC_VERSION__ >= 199901L)",
               "#define %s static inline" % fn,
               "#else",
               "#define %s static" % fn,
               "#endif", "")
        width = max(len(wf.code(k)) for k, _, _ in KINDS)
        self.w("/* What S_check returns, and the kind of a problem. */")
        for k, n, doc in KINDS:
            self.w(*_above_define(doc, "#define %-*s %d" % (width, wf.code(k), n)))
        self.w("/* Whether a value S_check returned means the receiver refuses the structure. */",
               "#define %s_WIRE_REJECTS(rc) ((rc) >= %s)" % (wf.P, wf.code("SHORT")), "")
        u64 = wf.u[8]
        self.w("/* What S_check found (filled in unless it returns %s). */" % wf.code("OK"),
               "struct %s {" % wf.problem(),
               "    int kind;              /* SHORT, RESERVED, FLAGS or VALUE */",
               "    int rejected;          /* 1: the receiver refuses it; 0: a note */",
               "    const char *field;     /* its path: \"flags\", \"head.reserved\" */",
               "    %-22s /* where the field starts */" % ("%s offset;" % wf.size_t),
               "    %-22s /* its size in bytes */" % ("%s size;" % wf.size_t),
               "    %-22s /* RESERVED: first non-zero byte; SHORT: len */"
               % ("%s byte;" % wf.size_t),
               "    %-22s /* RESERVED: that byte (value_mask: the bits);"
               % ("%s value;" % u64),
               "                              FLAGS: the unknown bits; VALUE: the value */",
               "};", "")
        self.claim(wf.problem(), "the problem struct", 0)
        for k, _, _ in KINDS:
            self.claim(wf.code(k), "a check code", 0)

    def guard(self) -> str:
        g = re.sub(r"[^A-Za-z0-9]", "_", self.wf.path).upper()
        return g if g.startswith("IOMMU_ABI_") else "IOMMU_ABI_" + g

    def primitives(self) -> None:
        wf = self.wf
        fn = "%s_WIRE_FN" % wf.P
        cb = "const unsigned char *b"
        self.w("/* Byte-wise loads and stores: little-endian (le), big-endian (be) and",
               " * this CPU's order (cpu, through the value's object representation). */")
        for n in (2, 4, 8):
            t = wf.u[n]
            bits = 8 * n
            le = " | ".join("((%s)b[%d] << %d)" % (t, i, 8 * i) if i else "(%s)b[0]" % t
                            for i in range(n))
            be = " | ".join("((%s)b[%d] << %d)" % (t, i, 8 * (n - 1 - i)) if n - 1 - i
                            else "(%s)b[%d]" % (t, i) for i in range(n))
            if n == 2:      # the | of two promoted bytes is an int: say the narrowing
                le, be = "(%s)(%s)" % (t, le), "(%s)(%s)" % (t, be)
            for order, expr in (("le", le), ("be", be)):
                self.w("%s %s" % (fn, t), "%s(%s)" % (wf.internal("ld%d%s" % (bits, order)), cb), "{")
                self._wrap_return(expr)
                self.w("}")
                self.w("%s void" % fn, "%s(unsigned char *b, %s v)"
                       % (wf.internal("st%d%s" % (bits, order)), t), "{")
                for i in range(n):
                    sh = 8 * i if order == "le" else 8 * (n - 1 - i)
                    self.w("    b[%d] = (unsigned char)%s;" % (i, "(v >> %d)" % sh if sh else "v"))
                self.w("}")
            self.w("%s %s" % (fn, t), "%s(%s)" % (wf.internal("ld%dcpu" % bits), cb), "{",
                   "    %s v;" % t, "    unsigned char *o = (unsigned char *)&v;", "")
            self.w(*["    o[%d] = b[%d];" % (i, i) for i in range(n)])
            self.w("    return v;", "}")
            self.w("%s void" % fn, "%s(unsigned char *b, %s v)" % (wf.internal("st%dcpu" % bits), t),
                   "{", "    const unsigned char *o = (const unsigned char *)&v;", "")
            self.w(*["    b[%d] = o[%d];" % (i, i) for i in range(n)])
            self.w("}")
        st = wf.size_t
        self.w("/* The first non-zero byte of buf[from, to), or to. */",
               "%s %s" % (fn, st),
               "%s(const unsigned char *buf, %s from, %s to)" % (wf.internal("first_set"), st, st),
               "{",
               "    while (from < to && buf[from] == 0)", "        from++;", "    return from;", "}")
        self.w(*_head("%s int" % fn, wf.internal("report"),
                      ["struct %s *p" % wf.problem(), "int kind", "int rejected",
                       "const char *field", "%s offset" % st, "%s size" % st, "%s byte" % st,
                       "%s value" % wf.u[8]]))
        self.w("{",
               "    if (p) {", "        p->kind = kind;", "        p->rejected = rejected;",
               "        p->field = field;", "        p->offset = offset;",
               "        p->size = size;", "        p->byte = byte;", "        p->value = value;",
               "    }", "    return rejected ? kind : %s;" % wf.code("NOTE"), "}", "")
        for what in ("first_set", "report"):
            self.claim(wf.internal(what), "an internal helper", 0)

    def _wrap_return(self, expr: str) -> None:
        line = "    return %s;" % expr
        if len(line) <= 80:
            self.w(line)
            return
        parts = expr.split(" | ")
        cur = "    return " + parts[0]
        for p in parts[1:]:
            if len(cur) + len(p) + 3 > 78:
                self.w(cur)
                cur = "        | " + p
            else:
                cur += " | " + p
        self.w(cur + ";")

    # -- per struct ---------------------------------------------------------
    def struct(self, sl: StructLayout) -> None:
        wf, lo = self.wf, self.wf.lo
        st = sl.struct
        name = st.name
        lvs = leaves(lo, sl)
        tail = ""
        if st.variable_tail is not None:
            tail = ", then %s[] (variable length, not checked)" % st.variable_tail.name
        self.w("/* struct %s: %d bytes%s */" % (wf.fl.struct_tag(name), sl.size, tail))
        consts = [(wf.size(name), sl.size), (wf.min_size(name), min_size(lo, sl))]
        for nd in nodes(lo, sl):
            consts.append((wf.offset(name, nd.path), nd.offset))
            consts.append((wf.size(name, nd.path), nd.size))
        width = max(len(c) for c, _ in consts)
        for c, v in consts:
            self.claim(c, "struct %s" % name, st.line)
            self.w("#define %-*s %d" % (width, c, v))
        fn = "%s_WIRE_FN" % wf.P
        for lf in lvs:
            self.accessors(name, lf, fn, st.line)
        self.check_fn(sl, lvs, fn)
        self.w("")

    def accessors(self, struct: str, lf: Leaf, fn: str, line: int) -> None:
        wf = self.wf
        t = wf.value_type(lf.ptype)
        n = WIDTH[lf.ptype]
        order = ORDER[lf.ptype]
        idx = ["%s i" % wf.size_t] if lf.count else []
        at = "buf + %s" % wf.offset(struct, lf.path)
        if lf.count:
            at += " + i * %d" % n if n > 1 else " + i"
        variants: List[Tuple[str, str]]
        if order is None:
            variants = [("", "")]
        elif order == "cpu":
            variants = [("", "cpu"), ("_le", "le"), ("_be", "be")]
        else:
            variants = [("", "le" if order == "little" else "be")]
        for suffix, how in variants:
            g, s = wf.get(struct, lf, suffix), wf.set(struct, lf, suffix)
            self.claim(g, "struct %s" % struct, line)
            self.claim(s, "struct %s" % struct, line)
            store: Optional[str] = None
            if n == 1:
                load = "buf[%s%s]" % (wf.offset(struct, lf.path), " + i" if lf.count else "")
            else:
                load = "%s(%s)" % (wf.internal("ld%d%s" % (8 * n, how)), at)
                store = "%s(%s, v)" % (wf.internal("st%d%s" % (8 * n, how)), at)
            self.w(*_head("%s %s" % (fn, t), g, ["const unsigned char *buf"] + idx))
            self.w("{", *_stmt("return ", load), "}")
            self.w(*_head("%s void" % fn, s, ["unsigned char *buf"] + idx + ["%s v" % t]))
            self.w("{")
            if store is None:
                self.w("    %s = v;" % load)
            else:
                self.w(*_stmt("", store))
            self.w("}")

    def check_fn(self, sl: StructLayout, lvs: List[Leaf], fn: str) -> None:
        wf, lo = self.wf, self.wf.lo
        name = sl.struct.name
        checked = [lf for lf in lvs if not lf.reply]
        rules = [lf for lf in checked if lf.reserved or lf.field.flags or
                 allowed_values(lo, lf.field) is not None]
        need_v = any(not lf.reserved and (lf.field.flags or allowed_values(lo, lf.field))
                     for lf in rules)
        need_i = any(lf.reserved for lf in rules)
        self.claim(wf.check(name), "struct %s" % name, sl.struct.line)
        self.w(*_head("%s int" % fn, wf.check(name), ["const unsigned char *buf",
                                                      "%s len" % wf.size_t,
                                                      "struct %s *problem" % wf.problem()]))
        self.w("{", "    int rc = %s;" % wf.code("OK"))
        if need_v:
            self.w("    %s v;" % wf.u[8])
        if need_i:
            self.w("    %s i;" % wf.size_t)
        self.w("")
        if not rules:
            self.w("    (void)buf;      /* only its length matters */")
        report = wf.internal("report")
        for lf in checked:
            end = lf.offset + lf.size
            self.w("    if (len < %d)" % end)
            self.w(*_call("        return ", report, ["problem", wf.code("SHORT"), "1",
                                                      '"%s"' % lf.name, "%d" % lf.offset,
                                                      "%d" % lf.size, "len", "0"], ";"))
        for lf in rules:
            self.w(*self._rule(name, lf))
        self.w("    return rc;", "}")

    def _found(self, kind: str, rejected: bool, lf: Leaf, byte: str, value: str) -> List[str]:
        """The statement for a finding: return a rejection, or keep the first note."""
        args = ["problem", self.wf.code(kind), "1" if rejected else "0", '"%s"' % lf.name,
                "%d" % lf.offset, "%d" % lf.size, byte, value]
        if rejected:
            return _call("return ", self.wf.internal("report"), args, ";", 8)
        return (["if (rc == %s)" % self.wf.code("OK")] +
                _call("    rc = ", self.wf.internal("report"), args, ";", 12))

    def _rule(self, struct: str, lf: Leaf) -> List[str]:
        wf, lo = self.wf, self.wf.lo
        f = lf.field
        u64 = wf.u[8]
        out: List[str] = []

        def block(cond: str, body: List[str], comment: str) -> None:
            out.extend(_above("    ", comment))
            out.append("    if (%s)%s" % (cond, " {" if len(body) > 1 else ""))
            out.extend("        " + b for b in body)
            if len(body) > 1:
                out.append("    }")
        if lf.reserved:
            end = "%d" % (lf.offset + lf.size)
            out.append("    i = %s(buf, %d, %s);" % (wf.internal("first_set"), lf.offset, end))
            block("i < %s" % end, self._found("RESERVED", lf.reserved == "zero", lf, "i",
                                              "buf[i]"),
                  "%s: reserved, %s" % (lf.name, "must be zero" if lf.reserved == "zero"
                                        else "ignored by the receiver"))
            return out
        get = "(%s)%s(buf)" % (u64, wf.get(struct, lf))
        rejected = f.unknown != "ignored"
        if f.flags:
            group = lo.spec.group(f.flags)
            known = " | ".join(wf.fl.macro(c.name) for c in group.items)
            out.append("    v = %s;" % get)
            out.extend(_wrap_or("    v &= ~(%s)(" % u64, known.split(" | "), ");"))
            block("v", self._found("FLAGS", rejected, lf, "%d" % lf.offset, "v"),
                  "%s: %s" % (lf.name, "flag bits the spec does not define" +
                              ("" if rejected else ", ignored by the receiver")))
            return out
        allowed = allowed_values(lo, f) or []
        mask = value_mask(lo, f)
        out.append("    v = %s;" % get)
        if mask is not None:
            m = wf.fl.macro(f.value_mask or "")
            block("v & ~(%s)%s" % (u64, m),
                  self._found("RESERVED", f.other_bits == "zero", lf, "%d" % lf.offset,
                              "v & ~(%s)%s" % (u64, m)),
                  "%s: the bits outside %s are reserved, %s" % (
                      lf.name, m, "must be zero" if f.other_bits == "zero"
                      else "ignored by the receiver"))
            out.append("    v &= %s;" % m)
        src = ("values of %s" % f.values) if f.values else "enum %s" % wf.fl.enum_tag(f.enum or "")
        block("!(%s)" % _in_set("v", allowed),
              self._found("VALUE", rejected, lf, "%d" % lf.offset, "v"),
              "%s: one of the %s%s" % (lf.name, src, "" if rejected else
                                       " (others are ignored by the receiver)"))
        return out

    def render(self) -> str:
        self.banner()
        self.prologue()
        self.primitives()
        for sl in self.wf.lo.structs:
            self.struct(sl)
        self.w("#endif /* %s */" % self.guard())
        return "\n".join(self.lines) + "\n"


def wire_flavors(lo: LaidOutSpec) -> List[WireFlavor]:
    return [WireFlavor(fl) for fl in flavors(lo)]


def emit(lo: LaidOutSpec) -> Dict[str, str]:
    return {wf.path: _Writer(wf).render() for wf in wire_flavors(lo)}
