"""abi-check lint: what a careful ABI reviewer says about a hand-written header.

Three sources, each used for what it is good at:
  * the raw header text, for #define lines (macros vanish in preprocessing):
    flag macros built with signed shifts, a self-made uint64_aligned_t;
  * pycparser on the preprocessed header, for declarations and where they
    are written: enumerators without ``= N``, field types, empty structs;
  * clang's record-layout dump on every target ABI (clang_layout), for every
    number: holes, tail padding, 32/64-bit differences.  Nothing is guessed.
"""

import os
import re
import subprocess
import tempfile
from dataclasses import dataclass, field as dc_field
from typing import List, Optional

from . import clang_layout as cl
from .errors import (AbiCheckError, EXIT_PARSE, EXIT_MISSING_INCLUDE, EXIT_TOOL,
                     EXIT_USAGE, read_text)


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

    def text(self):
        s = "%s:%d:%d: warning: %s [%s]" % (self.file, self.line, self.column,
                                            self.message, self.rule)
        if self.fix:
            s += "\n%s:%d:%d: note: fix: %s" % (self.file, self.line, self.column, self.fix)
        return s

    def as_dict(self):
        d = {"file": self.file, "line": self.line, "column": self.column,
             "severity": "warning", "rule": self.rule, "message": self.message,
             "fix": self.fix}
        for k in ("struct", "field", "offset", "size"):
            if getattr(self, k) is not None:
                d[k] = getattr(self, k)
        if self.abis:
            d["abis"] = list(self.abis)
        return d


# ----------------------------------------------------------- raw text checks

_DEFINE = re.compile(r"^\s*#\s*define\s+(\w+)(\([^)]*\))?\s*(.*)$")
# a literal without U: int, or with L/LL a signed long / long long
_SIGNED_SHIFT = re.compile(r"(?<![\w.])(0x[0-9a-fA-F]+|\d+)([lL]{1,2})?(?![\w.])\s*<<")
_STRING = re.compile(r'"(?:\\.|[^"\\])*"|\'(?:\\.|[^\'\\])*\'')
_SHIFT_TYPE = {
    "": "it has type int, so the same pattern at bit 31 is undefined behaviour and a negative "
        "value sign-extends into 64-bit flag words",
    "l": "it has type long, 32 bits on i386, armv7, riscv32, powerpc and mips and 64 elsewhere: "
         "the same pattern at bit 31 is undefined behaviour on those ABIs only, and the flag's "
         "width differs between ABIs",
    "ll": "it has type long long, so the same pattern at bit 63 is undefined behaviour and a "
          "value with that bit set is negative",
}


def _signed_shifts(body):
    """The signed literal shifts of a macro body; '(__u64)1 << n' is cast first."""
    for sm in _SIGNED_SHIFT.finditer(body):
        if not body[:sm.start()].rstrip().endswith(")"):
            yield sm


def _logical_lines(text):
    """(first line number, joined text, where) with backslash continuations
    folded; where(pos) maps a position in the joined text to (line, column)."""
    lines = text.split("\n")
    i = 0
    while i < len(lines):
        start = i
        cur = lines[i]
        starts = [0]                 # joined-text offset where each physical line begins
        while cur.endswith("\\") and i + 1 < len(lines):
            i += 1
            cur = cur[:-1] + " "
            starts.append(len(cur))
            cur += lines[i]

        def where(pos, starts=starts, first=start + 1):
            k = max(j for j, o in enumerate(starts) if o <= pos)
            return first + k, pos - starts[k] + 1
        yield start + 1, cur, where
        i += 1


def text_findings(path, text):
    out = []
    guard_open = None
    for lineno, ln, where in _logical_lines(text):
        code = re.sub(r"/\*.*?\*/|//.*$", lambda m: " " * len(m.group(0)), ln)
        code = _STRING.sub(lambda m: " " * len(m.group(0)), code)     # "1 << 3" is text
        if re.match(r"^\s*#\s*ifndef\s+uint64_aligned_t\b", code):
            guard_open = lineno
        m = _DEFINE.match(code)
        if m and m.group(1) == "uint64_aligned_t":
            where = " (under #ifndef at line %d)" % guard_open if guard_open else ""
            out.append(Finding(
                path, lineno, code.index("uint64_aligned_t") + 1, "abi-uint64-aligned-fallback",
                "header defines its own uint64_aligned_t as '%s'%s; on a 32-bit x86 guest build "
                "that is a 4-byte-aligned uint64_t, so 64-bit fields move"
                % (m.group(3).strip(), where),
                "remove the fallback and depend on the definition of uint64_aligned_t that "
                "xen.h's arch headers provide (8-byte aligned on every ABI)"))
        if re.match(r"^\s*typedef\b.*\buint64_aligned_t\s*;", code):
            out.append(Finding(path, lineno, code.index("uint64_aligned_t") + 1,
                               "abi-uint64-aligned-fallback",
                               "header typedefs its own uint64_aligned_t",
                               "use the definition from xen.h's arch headers"))
        if m:
            body_start = m.start(3)
            for sm in _signed_shifts(m.group(3)):
                lit = sm.group(1) + (sm.group(2) or "")
                line, col = where(body_start + sm.start(1))
                out.append(Finding(
                    path, line, col, "abi-signed-shift",
                    "macro %s is built with a signed shift '%s << …': %s"
                    % (m.group(1), lit, _SHIFT_TYPE[(sm.group(2) or "").lower()]),
                    "write it unsigned: '%s << …' (e.g. #define %s%s %s)"
                    % (_unsigned(sm), m.group(1), m.group(2) or "",
                       _unsigned_body(m.group(3).strip()))))
    return out


def _unsigned(sm):
    return sm.group(1) + "U" + (sm.group(2) or "")


def _unsigned_body(body):
    out, at = [], 0
    for sm in _signed_shifts(body):
        out += [body[at:sm.start()], _unsigned(sm), " <<"]
        at = sm.end()
    return "".join(out) + body[at:]


# ----------------------------------------------------------- preprocessing

# The host's x86 uapi <asm/*.h> serve i386 as well as x86_64 (they switch on
# __i386__: posix_types_32.h, kvm.h ...).  clang looks for them only in the
# x86_64 multiarch directory, so an i386 compile would otherwise get the
# asm-generic stand-ins, whose types differ from i386's (__kernel_mode_t,
# __kernel_uid_t ... are 16-bit on i386: struct ipc_perm is 16 bytes, not 28).
_X86_ASM_DIRS = ("/usr/include/x86_64-linux-gnu/asm", "/usr/include/i386-linux-gnu/asm",
                 "/usr/include/x86/asm")


def _x86_asm_sibling(asm_dir):
    return os.path.join(os.path.dirname(asm_dir), "asm-x86") if asm_dir else None


def _standin_flags(asm_dir=None, abi=None):
    # Searched last: the compiler's and the user's own headers win.
    x86 = _x86_asm_sibling(asm_dir)
    first = []
    if abi is not None and abi.name == "i386" and x86 and os.path.isdir(x86):
        first = ["-idirafter", x86]
    return first + ["-idirafter", asm_dir or os.path.join(cl.STANDINS, "asm"),
            "-idirafter", os.path.join(cl.STANDINS, "stdint")]


_BYTEORDER = """/* abi-check stand-in: the kernel's byte-order helpers for the target's order */
#if defined(__BYTE_ORDER__) && __BYTE_ORDER__ == __ORDER_BIG_ENDIAN__
#include <linux/byteorder/big_endian.h>
#else
#include <linux/byteorder/little_endian.h>
#endif
"""


def make_asm_standins(tmp, generic="/usr/include/asm-generic"):
    """<asm/X.h> for targets whose uapi asm headers are not installed: the
    arch-independent <asm-generic/X.h> where the kernel has one (every
    uapi arch starts from those), plus a byte-order switch.  Searched after
    the system's own, so the host's real asm headers still win."""
    d = os.path.join(tmp, "asm-standins")
    os.makedirs(os.path.join(d, "asm"), exist_ok=True)
    names = []
    try:
        names = [n for n in os.listdir(generic) if n.endswith(".h")]
    except OSError:
        pass
    for n in names:
        with open(os.path.join(d, "asm", n), "w") as f:
            f.write("/* abi-check stand-in */\n#include <asm-generic/%s>\n" % n)
    static = os.path.join(cl.STANDINS, "asm", "asm")
    for n in os.listdir(static):
        with open(os.path.join(static, n)) as src, open(os.path.join(d, "asm", n), "w") as dst:
            dst.write(src.read())
    with open(os.path.join(d, "asm", "byteorder.h"), "w") as f:
        f.write(_BYTEORDER)
    for real in _X86_ASM_DIRS:          # only asm/, not the 64-bit libc beside it
        if os.path.isfile(os.path.join(real, "posix_types_32.h")):
            x86 = _x86_asm_sibling(d)
            os.makedirs(x86, exist_ok=True)
            try:
                os.symlink(real, os.path.join(x86, "asm"))
            except OSError:
                pass
            break
    return d


def preprocess(header, flags, abi, clang=None, asm_dir=None):
    cmd = [clang or cl.find_clang(), "-target", abi.triple, "-ffreestanding", "-E", "-x", "c",
           "-std=gnu11"] + list(flags) + _standin_flags(asm_dir, abi) + [header]
    try:
        p = subprocess.run(cmd, stdout=subprocess.PIPE, stderr=subprocess.PIPE,
                           universal_newlines=True)
    except OSError as e:
        raise AbiCheckError("cannot run %s: %s" % (cmd[0], e.strerror), EXIT_TOOL)
    if p.returncode != 0:
        msg, kind = cl.classify_error(p.stderr)
        raise AbiCheckError(msg, EXIT_MISSING_INCLUDE if kind == "missing-include" else EXIT_PARSE)
    return p.stdout


_BALANCED_KW = ("__attribute__", "__attribute", "__asm__", "__asm", "asm", "__declspec",
                "_Alignas", "_Static_assert", "__typeof__", "__typeof", "typeof")
# spelled differently for pycparser, padded to the same width (columns stay exact)
_RESPELL = {"__alignof__": "sizeof", "__alignof": "sizeof", "_Alignof": "sizeof",
            "__builtin_offsetof": "offsetof", "__int128": "long", "__signed__": "signed",
            "__signed": "signed", "__const": "const", "__volatile": "volatile"}
_DROP_KW = ("__extension__", "__restrict__", "__restrict", "__inline__", "__inline",
            "__volatile__", "__const__", "__signed__", "_Noreturn", "__thread",
            "_Thread_local", "_Atomic", "inline", "restrict")


def _blank(s):
    return re.sub(r"[^\n]", " ", s)


def clean_for_pycparser(text):
    """Blank out GNU/C11 extensions pycparser does not know, keeping every column."""
    text = re.sub(r"^\s*#\s*pragma.*$", lambda m: _blank(m.group(0)), text, flags=re.M)
    # line markers ('# 12 "/usr/include/asm-generic/x.h"') and string literals
    # are copied untouched; keywords are handled everywhere else
    kw = re.compile(r"(?m)(^[ \t]*#[^\n]*)|(\"(?:\\.|[^\"\\\n])*\")|\b(%s)\b"
                    % "|".join(re.escape(k) for k in _BALANCED_KW + _DROP_KW + tuple(_RESPELL)))
    out = []
    i = 0
    while True:
        m = kw.search(text, i)
        if not m:
            out.append(text[i:])
            break
        out.append(text[i:m.start()])
        if m.group(1) is not None or m.group(2) is not None:
            out.append(m.group(0))
            i = m.end()
            continue
        word = m.group(3)
        j = m.end()
        if word in _RESPELL:
            out.append(_RESPELL[word].ljust(len(word)))
            i = j
            continue
        if word in _DROP_KW:
            out.append(" " * len(word))
            i = j
            continue
        k = j
        while k < len(text) and text[k] in " \t\n":
            k += 1
        if k < len(text) and text[k] == "(":
            depth = 0
            e = k
            while e < len(text):
                if text[e] == "(":
                    depth += 1
                elif text[e] == ")":
                    depth -= 1
                    if depth == 0:
                        break
                e += 1
            e += 1
            span = text[m.start():e]
            if word == "_Static_assert":
                # drop the trailing ';' too: an empty declaration is not C89
                n = e
                while n < len(text) and text[n] in " \t":
                    n += 1
                if n < len(text) and text[n] == ";":
                    e = n + 1
                    span = text[m.start():e]
            if word in ("__typeof__", "__typeof", "typeof"):
                out.append("int" + _blank(span)[3:])   # a type stand-in; layouts come from clang
            else:
                out.append(_blank(span))
            i = e
        else:
            out.append(" " * len(word))
            i = j
    return "typedef int __builtin_va_list;\n" + "".join(out)


def parse(header, pre_text, where=None):
    """pycparser's AST of the preprocessed header.

    ``where`` (a callable) is asked for clang's own first error when pycparser
    cannot say which line it choked on (pycparser 3 does not always know).
    """
    from pycparser import c_parser
    try:
        return c_parser.CParser().parse(clean_for_pycparser(pre_text), header)
    except Exception as e:        # ParseError, or pycparser's own errors on odd input
        msg = str(e)
        m = re.match(r"^(.*?):(\d+):(\d+):\s*(.*)$", msg)
        if m:
            raise AbiCheckError("%s:%s:%s: error: cannot parse: %s" % m.groups(), EXIT_PARSE)
        msg = re.sub(r"^%s:\s*" % re.escape(header), "", msg)
        precise = where() if where else None
        if precise:
            raise AbiCheckError(precise, EXIT_PARSE)
        raise AbiCheckError("%s: error: cannot parse: %s (clang accepts it: a construct "
                            "pycparser does not know)" % (header, msg), EXIT_PARSE)


def clang_first_error(header, flags, abi, clang=None, asm_dir=None):
    """clang's first error on the header alone, or None if it compiles."""
    cmd = [clang or cl.find_clang(), "-target", abi.triple, "-ffreestanding", "-fsyntax-only",
           "-x", "c", "-std=gnu11", "-w"] + list(flags) + _standin_flags(asm_dir, abi) + [header]
    try:
        p = subprocess.run(cmd, stdout=subprocess.PIPE, stderr=subprocess.PIPE,
                           universal_newlines=True)
    except OSError:
        return None
    return cl.first_error(p.stderr) if p.returncode else None


# ----------------------------------------------------------- AST collection

@dataclass
class StructDecl:
    kind: str              # 'struct' / 'union'
    name: Optional[str]    # tag, or None
    typedef: Optional[str]
    line: int
    column: int
    fields: list           # [(name, line, column, spelled type, type class)]
    empty: bool
    # an untagged record defined inside another (an anonymous member, or the
    # type of a member 'struct { ... } in;'): the outermost record's label and
    # the member path that reaches it ('in.' or '' for an anonymous member)
    outer: Optional[str] = None
    prefix: str = ""


def _marker_path(name):
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


def _same_file(a, b):
    a = _marker_path(a) if a else a
    if a == b:
        return True
    try:
        return os.path.realpath(a) == os.path.realpath(b)
    except (OSError, TypeError):
        return False


def _type_class(node, local_typedefs=None, depth=0):
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


def collect(ast, header):
    from pycparser import c_ast
    structs, enums = [], []
    typedef_of = {}
    local_typedefs = {}
    seen = set()

    def visit_struct(node, typedef=None, outer=None, prefix=""):
        if node.decls is None:          # a reference, not a definition
            return
        if id(node) in seen:            # 'struct p { ... } source, dest;': one definition
            return
        seen.add(id(node))
        if node.coord is None or not _same_file(node.coord.file, header):
            return
        kind = "struct" if isinstance(node, c_ast.Struct) else "union"
        if node.name or typedef:
            outer, prefix = None, ""    # a tagged record is reported under its own name
        me = outer or "%s %s" % (kind, node.name or typedef or "<anonymous>")
        fields = []
        for d in node.decls:
            cls, spelled = _type_class(d.type, local_typedefs)
            c = d.coord or node.coord
            fields.append((d.name, c.line, c.column, spelled, cls))
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
                and _same_file(t.coord.file, header):
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
                and _same_file(ext.coord.file, header):
            local_typedefs[ext.name] = ext.type
    return structs, enums, typedef_of


def _raw_columns(decls, lines):
    """Field columns as written.  pycparser reads clang -E output, where a macro
    expanded earlier on the line ('VAL_T b;' with VAL_T=unsigned char) has
    shifted the name; where the name occurs once on the header's line, use that.
    ``lines``: the header's text, split into lines."""
    for d in decls:
        for i, (name, line, col, spelled, cls) in enumerate(d.fields):
            raw = lines[line - 1] if name and 0 < line <= len(lines) else ""
            if not raw or raw[col - 1:col - 1 + len(name)] == name:
                continue
            hits = [m.start() for m in re.finditer(r"\b%s\b" % re.escape(name), raw)]
            if len(hits) == 1:
                d.fields[i] = (name, line, hits[0] + 1, spelled, cls)
            elif not hits:      # declared by a macro of this header: point at its use
                d.fields[i] = (name, line, len(raw) - len(raw.lstrip()) + 1, spelled, cls)


def _own_macros(text):
    """The names of the macros the header defines itself."""
    return set(re.findall(r"(?m)^\s*#\s*define\s+(\w+)", text))


def _written_here(d, lines, own):
    """False for a record a macro of another header expands to at this line
    (Xen's DEFINE_XEN_GUEST_HANDLE(x) defines pointer-sized handle structs:
    that is Xen's machinery, not this header's ABI).  ``lines``: the header's
    lines; ``own``: _own_macros() of it."""
    if not 0 < d.line <= len(lines):
        return True
    line = lines[d.line - 1]
    if re.search(r"\b%s\b" % d.kind, line):
        return True
    # a macro this header defines itself ('DECL_PAIR(pair32, uint32_t);') makes
    # the record this header's ABI as much as writing it out would
    return any(w in own for w in re.findall(r"\b\w+\b", line))


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


def enum_findings(path, enums):
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


# ----------------------------------------------------------- layout analysis

def gaps(rec, inner=False):
    """[(kind, offset, size, field before, field after)] of one compiler Record.

    ``inner``: also the holes inside untagged members (anonymous structs and
    unions, 'struct { ... } in;'), which no other record reports: at offsets
    from the start of ``rec``, their fields named by member path ('in.q'); the
    tail padding of such a member is a hole of ``rec`` ("before" the end of it).
    The bytes between the last fixed field and a flexible array member are a
    hole before it (pahole says so too); tail padding is what lies past both.
    """
    out = []
    _walk(rec.kind, 0, rec.size, rec.fields, "", inner, out, None)
    return out


def _untagged_member(f):
    return bool(f.nested) and "(unnamed at " in f.type and not f.type.endswith("]") \
        and f.type.startswith(("struct ", "union ")) and f.size is not None


def _anon_name(f):
    if f.type.startswith(("struct ", "union ")) and "(unnamed at " in f.type:
        return "(anonymous %s at offset %d)" % (f.type.split(" ", 1)[0], f.offset)
    if f.is_bitfield:
        return "(unnamed bit-field at offset %d)" % f.offset
    return "(unnamed member at offset %d)" % f.offset


def _walk(kind, start, size, fields, prefix, inner, out, container):
    fixed = sorted((f for f in fields if not f.flexible),
                   key=lambda f: (f.offset, f.bit_offset or 0))

    def nm(f):
        return prefix + f.name if f.name else _anon_name(f)

    def descend(f):
        if inner and _untagged_member(f):
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
                out.append(("hole", end, f.offset - end, nm(last) if last else None, nm(f)))
            descend(f)
            end = max(end, f.end)
            last = f
        for f in fields:
            if f.flexible and f.offset > end:
                out.append(("hole", end, f.offset - end, nm(last) if last else None, nm(f)))
                end = f.offset
    if start + size > end and last is not None and container is not False:
        if container is None:
            out.append(("tail", end, start + size - end, nm(last), None))
        else:
            out.append(("hole", end, start + size - end, nm(last), container))


def _union_ending_at(fields, off, end):
    """Size of the innermost untagged union member spanning [off, end) and
    ending at ``end`` (the union whose tail padding a gap is), or None."""
    found = None
    for f in fields:
        if _untagged_member(f) and f.offset <= off and f.offset + f.size >= end:
            inner = _union_ending_at(f.nested, off, end)
            if inner is not None:
                return inner
            if f.type.startswith("union ") and f.offset + f.size == end:
                found = f.size
    return found


def _union_fix(size, where):
    # a union member starts at the union's offset 0: a small pad member 'after'
    # the others would overlap them, not fill the tail; only a full-size one does
    return ("declare it: give %s a member 'uint8_t pad0[%d];' that spans all of it (reserved, "
            "must be zero); a member of a union starts at its offset 0, so a shorter one "
            "would not cover these bytes" % (where, size))


def _align_up(x, a):
    return (x + a - 1) // a * a if a else x


def effective_aligns(rec):
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
            while _align_up(end, p) != f.offset and p < 64:
                p *= 2
            if _align_up(end, p) == f.offset:
                a = max(a, p)
        out[f.name] = a
        end = max(end, f.end)
    return out


def simulate(order, sizes, aligns):
    """Size and total padding of a struct with fields in ``order``."""
    off = 0
    pad = 0
    amax = 1
    for n in order:
        a = aligns[n]
        new = _align_up(off, a)
        pad += new - off
        off = new + sizes[n]
        amax = max(amax, a)
    size = _align_up(off, amax)
    return size, pad + size - off


def explicit_padding(offset, size, taken):
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


def _abi_list(names, all_names):
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


def layout_findings(path, decls, per_abi, abis):
    """Holes, tail padding, cross-ABI differences and field kinds, from compiler layouts."""
    out = []
    abi_names = [a.name for a in abis]
    inner_lines = {}        # outer label -> {member path: (line, column)}
    for d in decls:
        if d.outer:
            for f in d.fields:
                if f[0]:
                    inner_lines.setdefault(d.outer, {})[d.prefix + f[0]] = (f[1], f[2])
    for d in decls:
        label = "%s %s" % (d.kind, d.name or d.typedef or "<anonymous>")
        key = _record_key_for(d, per_abi[abi_names[0]], path)
        recs = {a: per_abi[a].get(key) for a in abi_names}
        if any(r is None for r in recs.values()):
            continue
        if d.outer:
            # its holes are the enclosing record's (gaps(inner=True)); only the
            # kinds of its fields are reported here, by member path
            out.extend(_field_kinds(path, d, d.outer, recs, abi_names, d.prefix,
                                    d.outer.split(" ", 1)[1]))
            continue
        field_line = dict(inner_lines.get(label, {}))
        field_line.update((f[0], (f[1], f[2])) for f in d.fields)
        taken = set(field_line)
        if d.empty:
            r0 = recs[abi_names[0]]
            out.append(Finding(path, d.line, d.column, "abi-empty-struct",
                               "%s is empty (size %d in GNU C; an empty struct is not valid ISO C "
                               "and has size 1 in C++)" % (label, r0.size),
                               "give it its members, or at least one explicit reserved member "
                               "(e.g. 'uint32_t reserved; /* must be zero */')",
                               struct=d.name or d.typedef))
            continue
        reorder = _reorder_fix(recs, abi_names, d)
        alternative = reorder if isinstance(reorder, str) else None
        # holes and tail padding, grouped over ABIs with identical numbers
        groups = {}
        for a in abi_names:
            for g in gaps(recs[a], inner=True):
                groups.setdefault(g, []).append(a)
        for (kind, off, size, before, after), names in sorted(
                groups.items(), key=lambda kv: (kv[0][1], kv[0][0], -len(kv[1]))):
            anchor = before if before is not None else after
            line, col = field_line.get(anchor, (d.line, d.column))
            pad = explicit_padding(off, size, taken)
            if kind == "hole":
                msg = ("%s: %s hole at offset %d after %s (before %s) on %s"
                       % (label, _bytes(size, "-byte"), off, _q(before), _q(after),
                          _abi_list(names, abi_names)))
                fix = "declare it: add '%s' after %s (reserved, must be zero)" % (pad, _q(before))
                usize = _union_ending_at(recs[names[0]].fields, off, off + size) \
                    if after and after.startswith("(the end of") else None
                if usize is not None:
                    what = after[len("(the end of "):-1]       # "'u'" or "the anonymous union …"
                    fix = _union_fix(usize, "the union " + what if what.startswith("'") else what)
                if alternative:
                    fix += "; " + alternative
                    alternative = None
                rule = "abi-hole"
            else:
                msg = ("%s: %s of tail padding at offset %d after %s (size %d) on %s"
                       % (label, _bytes(size), off, _q(before), recs[names[0]].size,
                          _abi_list(names, abi_names)))
                fix = "declare it: add '%s' at the end (reserved, must be zero)" % pad
                if d.kind == "union":
                    fix = _union_fix(recs[names[0]].size, label)
                rule = "abi-tail-padding"
            out.append(Finding(path, line, col, rule, msg, fix, struct=d.name or d.typedef,
                               field=anchor, abis=names, offset=off, size=size))
        if isinstance(reorder, Finding):
            out.append(reorder)
        out.extend(_cross_abi(path, d, label, recs, abi_names, field_line))
        out.extend(_field_kinds(path, d, label, recs, abi_names))
    return out


def _reorder_fix(recs, abi_names, d):
    fields = [f.name for f in recs[abi_names[0]].fields]
    # a zero-size member (GNU 'T x[0]', the old spelling of a flexible array)
    # marks where variable data starts: like 'T x[]', it cannot move
    if any(f.is_bitfield or f.flexible or f.size == 0 or not f.name or f.size is None
           or f.align is None for r in recs.values() for f in r.fields):
        return None
    if any([f.name for f in r.fields] != fields for r in recs.values()):
        return None
    worst_now = worst_new = 0
    order_abi = max(abi_names, key=lambda a: (recs[a].align, recs[a].size))
    aligns_ref = effective_aligns(recs[order_abi])
    sizes_ref = {f.name: f.size for f in recs[order_abi].fields}
    order = sorted(fields, key=lambda n: (-aligns_ref[n], -sizes_ref[n], fields.index(n)))
    if order == fields:
        return None
    now_by, new_by = {}, {}
    for a in abi_names:
        r = recs[a]
        sizes = {f.name: f.size for f in r.fields}
        aligns = effective_aligns(r)
        now_pad = sum(g[2] for g in gaps(r))
        _nsize, new_pad = simulate(order, sizes, aligns)
        now_by[a], new_by[a] = now_pad, new_pad
        worst_now, worst_new = max(worst_now, now_pad), max(worst_new, new_pad)
    first = d.fields[0]
    label = "%s %s" % (d.kind, d.name or d.typedef)
    if worst_new == worst_now and worst_now and \
            any(g[0] == "hole" for a in abi_names for g in gaps(recs[a])):
        # same cost, but a hole in the middle can only ever be padding; at the
        # tail the same bytes can become the next version's fields
        return ("or, if the layout is not yet released, reorder as: %s, which puts the same "
                "%d bytes at the tail, where a later version can use them"
                % (", ".join(order), worst_new))
    if worst_new >= worst_now:
        return None
    left = ""
    if worst_new:
        left = "; make the remaining %d byte(s) explicit at the end" % worst_new
    return Finding(
        "", first[1], first[2], "abi-reorder",
        "%s: field order costs %d bytes of padding; reordered needs %d"
        % (label, worst_now, worst_new),
        "reorder as: %s (padding %d -> %d bytes)%s" % (", ".join(order), worst_now, worst_new, left),
        struct=d.name or d.typedef, abis=[a for a in abi_names if new_by[a] < now_by[a]],
        size=worst_now - worst_new)


def _cross_abi(path, d, label, recs, abi_names, field_line):
    out = []

    def groups(fn):
        g = {}
        for a in abi_names:
            g.setdefault(fn(recs[a]), []).append(a)
        return g

    def render(g, unit=""):
        return "; ".join("%s%s on %s" % (k, unit, ", ".join(v)) for k, v in g.items())

    sg = groups(lambda r: r.size)
    if len(sg) > 1:
        out.append(Finding(path, d.line, d.column, "abi-layout-differs",
                           "%s: size differs between ABIs: %s" % (label, render(sg)),
                           "use fixed-width fields and explicit padding so every ABI "
                           "gets the same layout", struct=d.name or d.typedef))
    for f in recs[abi_names[0]].fields:
        if not f.name:
            continue
        og = groups(lambda r: (r.field(f.name).offset if r.field(f.name) else None))
        if len(og) > 1:
            line, col = field_line.get(f.name, (d.line, d.column))
            out.append(Finding(path, line, col, "abi-layout-differs",
                               "%s: field '%s' moves between ABIs: offset %s"
                               % (label, f.name, render(og)),
                               "align it explicitly: declare the padding before it, "
                               "or use a type with the same alignment everywhere "
                               "(uint64_aligned_t for 64-bit Xen fields)",
                               struct=d.name or d.typedef, field=f.name))
    return out


def _has_pointer(f):
    if f.type.endswith("*") or "(*)" in f.type:
        return True
    return any(_has_pointer(n) for n in f.nested)


def _field_kinds(path, d, label, recs, abi_names, prefix="", struct=None):
    out = []
    struct = struct or d.name or d.typedef
    r0 = recs[abi_names[0]]
    for name, line, col, spelled, cls in d.fields:
        if name is None:
            continue
        why = None
        if cls == "pointer":
            why = ("is a pointer: 4 or 8 bytes depending on the ABI",
                   "carry a uint64_t guest address (or an 8-byte guest handle type)")
        elif cls == "enum":
            why = ("has enum type: its size is the compiler's choice (-fshort-enums, C++)",
                   "store it as uint32_t and say '/* see %s */'" % spelled.strip())
        elif cls == "bool":
            why = ("is a bool: size and representation are not fixed by C",
                   "use uint8_t (0/1) or a bit in a flags word")
        elif cls == "long":
            why = ("is '%s': 4 bytes on 32-bit ABIs, 8 on 64-bit ones" % spelled,
                   "use uint32_t or uint64_t")
        elif cls == "int":
            why = ("is '%s': not a fixed-width type" % spelled,
                   "use uint16_t/uint32_t (or int32_t)")
        else:
            f = r0.field(name)
            if f is not None and _has_pointer(f):
                sizes = sorted({recs[a].field(name).size for a in abi_names if recs[a].field(name)})
                why = ("contains a pointer (type '%s'): %s bytes depending on the ABI"
                       % (spelled.strip() or f.type, " or ".join(str(s) for s in sizes)),
                       "use a handle type that is 8 bytes on every ABI (e.g. uint64_aligned_t)")
        if why:
            out.append(Finding(path, line, col, "abi-field-type",
                               "%s: field '%s' %s" % (label, prefix + name, why[0]), why[1],
                               struct=struct, field=prefix + name))
    return out


_NESTED_KEY = re.compile(r"\(unnamed at (.*):(\d+):(\d+)\)(?:#\d+)?$")


def _record_key_for(d, records, path):
    base = os.path.basename(path)
    if d.outer:
        # clang: 'struct outer::(unnamed at f.h:L:C)' ('#2' when one site has two)
        best = None
        for k in records:
            m = _NESTED_KEY.search(k)
            if not m or "::" not in k or not k.startswith(d.kind + " "):
                continue
            if os.path.basename(m.group(1)) == base and int(m.group(2)) == d.line:
                dist = abs(int(m.group(3)) - d.column)
                if best is None or dist < best[0]:
                    best = (dist, k)
        return best[1] if best else None
    if d.name:
        return d.name if d.kind == "struct" else "union " + d.name
    if d.typedef and d.typedef in records:     # probed by its typedef name
        return d.typedef
    # anonymous (typedef'd) record: clang names it by where it is written
    base = os.path.basename(path)
    for k, r in records.items():
        if "(unnamed at " in k and k.startswith(d.kind) and "::" not in k:
            loc = k.split("(unnamed at ", 1)[1].rstrip(")")
            parts = loc.rsplit(":", 2)
            if len(parts) == 3 and os.path.basename(parts[0]) == base \
                    and int(parts[1]) == d.line:
                return k
    return None


# ----------------------------------------------------------- driver

def lint(header, includes=(), defines=(), targets=None, clang=None):
    """Return the list of Findings for one header.  Raises AbiCheckError."""
    return lint_report(header, includes, defines, targets, clang)[0]


def lint_report(header, includes=(), defines=(), targets=None, clang=None, forced=()):
    """(findings, {abi: why it was skipped}).

    A target whose compile fails for want of a header (a libc header that is
    only installed for the host, say) is skipped with a note, as long as at
    least one target compiles; any other compile error fails the run.
    """
    text = read_text(header, "header")
    try:
        abis = cl.resolve_abis(targets)
    except KeyError as e:
        raise AbiCheckError(str(e).strip("'\""), EXIT_USAGE)
    flags = []
    for i in includes:
        flags += ["-I", i]
    for dname in defines:
        flags += ["-D", dname]
    for f in forced:                 # headers this one expects to be included first
        flags += ["-include", f]
    with tempfile.TemporaryDirectory(prefix="abi-check-lint-") as tmp:
        asm_dir = make_asm_standins(tmp)
        pre = first = None
        for abi in abis:              # the first target the header preprocesses for
            try:
                pre = preprocess(header, flags, abi, clang, asm_dir)
                break
            except AbiCheckError as e:
                first = first or e
                if e.status != EXIT_MISSING_INCLUDE:
                    # an '#error' may be for this target only: say which one
                    raise AbiCheckError("%s (preprocessing for %s)" % (e, abi.name), e.status)
        if pre is None:
            raise first
        try:
            ast = parse(header, pre, lambda: clang_first_error(header, flags, abi, clang, asm_dir))
        except AbiCheckError as e:
            raise _with_hint(e)
        decls, enums, anon_typedefs = collect(ast, header)
        lines = text.split("\n")
        own = _own_macros(text)
        decls = [d for d in decls if _written_here(d, lines, own)]
        _raw_columns(decls, lines)

        findings = text_findings(header, text)
        findings += enum_findings(header, enums)

        named = [d.name if d.kind == "struct" else "union " + d.name for d in decls if d.name]
        own_anon = sorted(n for n, node in anon_typedefs.items()
                          if node.coord is not None and _same_file(node.coord.file, header))
        tu = os.path.join(tmp, "tu.c")
        with open(tu, "w") as f:
            f.write(cl.probe_source([os.path.abspath(header)], named,
                                    type_names=own_anon))
        def cflags(a):
            return flags + _standin_flags(asm_dir, a) + \
                ["-iquote", os.path.dirname(os.path.abspath(header))]
        per_abi, skipped = {}, {}
        first = None
        from concurrent.futures import ThreadPoolExecutor
        with ThreadPoolExecutor(max_workers=max(2, os.cpu_count() or 2)) as ex:
            futs = [(a, ex.submit(cl.dump_target, a, tu, cflags(a), clang)) for a in abis]
            for a, fut in futs:
                try:
                    per_abi[a.name] = fut.result()
                except cl.ClangError as e:
                    if e.kind == "tool":
                        raise AbiCheckError(str(e), EXIT_TOOL)
                    if e.kind != "missing-include":
                        raise _with_hint(AbiCheckError(str(e), EXIT_PARSE))
                    skipped[a.name] = str(e)
                    first = first or e
    if not per_abi:
        raise AbiCheckError(str(first), EXIT_MISSING_INCLUDE)
    done = [a for a in abis if a.name in per_abi]
    lf = layout_findings(header, decls, per_abi, done)
    for f in lf:
        if not f.file:
            f.file = header
    findings += lf
    findings.sort(key=lambda f: (f.line, f.column, f.rule))
    return findings, skipped


def _with_hint(e):
    """A type the header uses without including its definition (size_t in
    linux/coda.h) usually means it expects another header first."""
    if e.status == EXIT_PARSE and "unknown type name" in str(e):
        return AbiCheckError("%s (if the header relies on another being included first "
                             "for it, name that one: --include FILE)" % e, e.status)
    return e


def to_sarif(findings, header):
    rules = sorted({f.rule for f in findings})
    return {
        "$schema": "https://json.schemastore.org/sarif-2.1.0.json",
        "version": "2.1.0",
        "runs": [{
            "tool": {"driver": {"name": "abi-check lint",
                                "rules": [{"id": r} for r in rules]}},
            "results": [{
                "ruleId": f.rule, "level": "warning",
                "message": {"text": f.message + (" Fix: " + f.fix if f.fix else "")},
                "locations": [{"physicalLocation": {
                    "artifactLocation": {"uri": f.file},
                    "region": {"startLine": f.line, "startColumn": f.column}}}],
            } for f in findings],
        }],
    }
