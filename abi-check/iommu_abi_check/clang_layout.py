"""Read record layouts from the real compiler.

This is the one place in the project where compiler layouts are read.
For each target ABI we run

    clang -target TRIPLE -ffreestanding -fsyntax-only \
          -Xclang -fdump-record-layouts -Xclang -fdump-record-layouts-canonical  TU.c

on a generated translation unit that includes the headers under test and
takes ``sizeof`` of every struct it was told about (clang only dumps records
whose layout it computed), and parse the dump into
``Record`` objects: size, alignment and every field's offset and size,
with nested records expanded.

Clang's dump gives offsets but not the size of scalar fields, so the TU also
carries one probe record per C base type (``struct { T x; }``): its sizeof
and alignment in the dump *are* the size and alignment of ``T`` on that
target.  Canonical field types are requested so that every typedef resolves
to one of those base types, a record, an enum, a pointer or an array.

``layouts`` runs all targets in parallel through ``runner``, the one
parallel runner of verify and lint.

Not used: ``-fdump-record-layouts-complete``.  With clang 14 it lays records
out early and can get packed nested unions wrong (Linux's
vbox_vmmdev_types.h then fails its own size assertions), so every record
is laid out through sizeof instead.
"""

import os
import re
import shutil
import subprocess
import sys
from dataclasses import dataclass, field as dc_field
from typing import Dict, List, Optional

_HERE = os.path.dirname(os.path.abspath(__file__))
_REPO = os.path.dirname(os.path.dirname(_HERE))
if os.path.join(_REPO, "gen") not in sys.path:
    sys.path.insert(0, os.path.join(_REPO, "gen"))

from iommuabi import abis as _abis  # noqa: E402  (the project's one ABI table)

STANDINS = os.path.join(_HERE, "standins")

# C base types probed on every target.  Canonical type names as clang prints them.
BASE_TYPES = (
    "char", "signed char", "unsigned char", "_Bool",
    "short", "unsigned short", "int", "unsigned int",
    "long", "unsigned long", "long long", "unsigned long long",
    "__int128", "unsigned __int128",
    "float", "double", "long double", "void *",
)
_PROBE_PREFIX = "__abi_check_probe_"
_ENUM_PROBE = "__abi_check_enum"


class ClangError(Exception):
    """clang failed.  ``kind`` is 'missing-include', 'compile' or 'tool'."""

    def __init__(self, message, kind="compile", target=None):
        Exception.__init__(self, message)
        self.kind = kind
        self.target = target


@dataclass
class Field:
    name: str                  # '' for an unnamed bit-field / anonymous member
    type: str                  # canonical C type as clang prints it
    offset: int                # bytes from the start of the outermost record
    size: Optional[int]        # bytes; None for bit-fields
    align: Optional[int] = None  # natural alignment of the type (see below)
    bit_offset: Optional[int] = None   # bit-fields: first bit within the unit at offset
    bit_width: Optional[int] = None
    flexible: bool = False     # T name[] (flexible array member)
    nested: List["Field"] = dc_field(default_factory=list)

    @property
    def is_bitfield(self):
        return self.bit_width is not None

    @property
    def end(self):
        """First byte after the field (bit-fields: after the last bit used)."""
        if self.is_bitfield:
            return self.offset + (self.bit_offset + self.bit_width + 7) // 8
        return self.offset + (self.size or 0)


@dataclass
class Record:
    name: str          # 'foo' for struct foo; 'union foo', 'struct (unnamed at f.h:3:9)'...
    kind: str          # 'struct' or 'union'
    spelled: str       # the record's name exactly as clang printed it
    size: int
    align: int
    fields: List[Field]
    _by_name: Optional[Dict[str, Field]] = dc_field(default=None, init=False, repr=False,
                                                    compare=False)

    def field(self, name: str) -> Optional[Field]:
        """The first top-level field of that name.  A dictionary built on the
        first call: verify and lint ask for every field of records with
        thousands of them, and a scan each time would be quadratic."""
        if self._by_name is None:
            self._by_name = {}
            for f in self.fields:
                self._by_name.setdefault(f.name, f)
        return self._by_name.get(name)


def record_key(spelled):
    """'struct foo' -> 'foo'; anything else (unions, unnamed) stays as printed."""
    if spelled.startswith("struct ") and "(" not in spelled and "::" not in spelled:
        return spelled[len("struct "):]
    return spelled


# ---------------------------------------------------------------- parsing

_LINE = re.compile(r"^\s*(?P<off>\d+)?(?::(?P<bits>\d+-\d+|-))?\s*\|(?P<rest>.*)$")
_SIZE = re.compile(r"\[sizeof=(\d+),\s*(?:dsize=\d+,\s*)?align=(\d+)")
_ARRAY = re.compile(r"^(?P<elem>.*?)(?P<dims>(?:\[\d*\])+)$")


def _split_type_name(text):
    """'unsigned int[3] arr' -> ('unsigned int[3]', 'arr'); 'unsigned int ' -> (.., '')."""
    if text.endswith(" "):                      # unnamed member (bit-field, anonymous)
        return text.strip(), ""
    text = text.rstrip()
    m = re.match(r"^(?P<type>.*?[\s*\])])(?P<name>[A-Za-z_]\w*)$", text)
    if not m:
        return text, ""
    return m.group("type").rstrip(), m.group("name")


def _norm(spelled):
    """Clang says '(anonymous at' in a member's type, '(unnamed at' in the record's dump."""
    return spelled.replace("(anonymous at ", "(unnamed at ")


def parse_dump(text):
    """Parse clang's -fdump-record-layouts output into raw records.

    Returns {spelled name: (kind, size, align, [(depth, offset, bits, type, name)])}.
    """
    raw = {}
    for chunk in text.split("*** Dumping AST Record Layout")[1:]:
        lines = [ln for ln in chunk.splitlines() if ln.strip()]
        head = None
        entries = []
        size = align = None
        for ln in lines:
            m = _LINE.match(ln)
            if not m:
                continue
            rest = m.group("rest")
            sm = _SIZE.search(rest)
            if sm and m.group("off") is None:
                if size is None:                 # the first one closes the record
                    size, align = int(sm.group(1)), int(sm.group(2))
                continue
            if m.group("off") is None:
                continue
            body = rest[1:] if rest.startswith(" ") else rest
            indent = len(body) - len(body.lstrip(" "))
            depth = indent // 2
            body = body[indent:]
            if head is None:
                head = body.strip()
                continue
            if body.startswith("(") and body.strip().endswith(")") and " " not in body.strip():
                continue                        # '(base)', '(vftable pointer)' — C++ only
            typ, name = _split_type_name(body)
            entries.append((depth, int(m.group("off")), m.group("bits"), _norm(typ), name))
        if head is None or size is None:
            continue
        kind = head.split(" ", 1)[0]
        key = _norm(head)
        n = 1
        while key in raw:            # two records written at one macro expansion site
            n += 1
            key = "%s#%d" % (_norm(head), n)
        raw[key] = (kind, size, align, entries)
    return raw


class _Resolver:
    """Sizes and alignments of canonical types on one target."""

    def __init__(self, raw):
        self.raw = raw
        self.base = {}
        # canonical types no probe sized (a vector, _Complex, _Atomic(T),
        # _BitInt(N)) and enums sized by the generic enum probe: a second
        # compile probes each by its spelling (dump_target)
        self.missing = set()
        self.by_shape = {}
        for spelled, (_k, size, align, entries) in raw.items():
            shape = tuple((off, typ, name) for depth, off, _b, typ, name in entries if depth == 1)
            self.by_shape.setdefault(shape, set()).add((size, align))
            name = record_key(spelled)
            if name.startswith(_PROBE_PREFIX) and entries:
                self.base[entries[0][3]] = (size, align)

    def size_align(self, typ):
        t = typ
        for q in ("const ", "volatile ", "restrict "):
            t = t.replace(q, "")
        t = t.strip()
        m = _ARRAY.match(t)
        if m:
            dims = re.findall(r"\[(\d*)\]", m.group("dims"))
            es, ea = self.size_align(m.group("elem"))
            if es is None:
                return None, ea
            n = 1
            for d in dims:
                if d == "":
                    return 0, ea
                n *= int(d)
            return es * n, ea
        if t.endswith("*") or "(*)" in t:
            return self.base.get("void *", (None, None))
        if t in self.base:
            return self.base[t]
        spellable = "(unnamed at " not in t and "(anonymous at " not in t
        if t.startswith("enum "):
            # an enum with a value past 32 bits is 8 bytes: probe it by name
            if spellable:
                self.missing.add(t)
            return self.base.get("enum " + _ENUM_PROBE, (4, 4))
        if t in self.raw:
            _k, size, align, _e = self.raw[t]
            return size, align
        if spellable and not t.startswith(("struct ", "union ")):
            self.missing.add(t)
        return None, None


def _fill_by_shape(fields, resolver):
    """A typedef'd anonymous record prints as its typedef name, which no dump is
    keyed by; recognise it by its members instead (when that is unambiguous)."""
    for f in fields:
        _fill_by_shape(f.nested, resolver)
        if f.size is None and not f.is_bitfield and f.nested:
            shape = tuple((n.offset - f.offset, n.type, n.name) for n in f.nested)
            cands = resolver.by_shape.get(shape, set())
            if len(cands) == 1:
                f.size, f.align = next(iter(cands))


def _build_fields(entries, resolver):
    """Turn the flat (depth, offset, bits, type, name) list into a field tree."""
    root = []
    stack = [(0, root)]
    for depth, off, bits, typ, name in entries:
        while stack and stack[-1][0] >= depth:
            stack.pop()
        parent = stack[-1][1] if stack else root
        size, align = resolver.size_align(typ)
        f = Field(name=name, type=typ, offset=off, size=size, align=align)
        if typ.endswith("[]"):
            f.flexible = True
            f.size = 0
        if bits:
            f.size = None
            if bits == "-":
                f.bit_offset, f.bit_width = 0, 0
            else:
                lo, hi = bits.split("-")
                f.bit_offset, f.bit_width = int(lo), int(hi) - int(lo) + 1
        parent.append(f)
        stack.append((depth, f.nested))
    _fill_by_shape(root, resolver)
    return root


def records_from_dump(text):
    """Parse a dump into {record key: Record}, probe records removed."""
    return _records_and_missing(text)[0]


def _records_and_missing(text):
    """({record key: Record}, canonical types no probe of this dump sized)."""
    raw = parse_dump(text)
    resolver = _Resolver(raw)
    out = {}
    for spelled, (kind, size, align, entries) in raw.items():
        key = record_key(spelled)
        if key.startswith(_PROBE_PREFIX + "td") and entries:
            # struct { T x; } for a typedef'd anonymous record T: clang does not
            # dump T itself, but x's expansion is T's layout, at offset 0
            fields = _build_fields(entries, resolver)
            if fields and fields[0].nested:
                out[entries[0][3]] = Record(name=entries[0][3], kind=fields[0].type.split(" ")[0]
                                            if fields[0].type.startswith(("struct", "union"))
                                            else "struct", spelled=entries[0][3], size=size,
                                            align=align, fields=fields[0].nested)
            continue
        if key.startswith(_PROBE_PREFIX) or key == "__NSConstantString_tag":
            continue
        out[key] = Record(name=key, kind=kind, spelled=spelled, size=size, align=align,
                          fields=_build_fields(entries, resolver))
    return out, resolver.missing


def type_probes(types):
    """Probe records for canonical type spellings (see dump_target)."""
    out = []
    for i, t in enumerate(sorted(types)):
        out.append("struct %sx%d { %s x; };" % (_PROBE_PREFIX, i, t))
        out.append("typedef char %sx%d_used[sizeof(struct %sx%d)];"
                   % (_PROBE_PREFIX, i, _PROBE_PREFIX, i))
    return "\n".join(out) + "\n"


# ---------------------------------------------------------------- running

def probe_source(includes=(), structs=(), prelude="", type_names=()):
    """The TU clang lays out: the headers, base-type probes, sizeof(every struct).

    ``type_names``: typedef names of anonymous records, probed like base types
    (clang prints such a type by its typedef name, which no record dump has)."""
    out = ["/* generated by abi-check: forces clang to lay out every record */"]
    if prelude:
        out.append(prelude)
    for inc in includes:
        if inc.startswith("<") or inc.startswith('"'):
            out.append("#include %s" % inc)
        else:
            out.append('#include "%s"' % inc)
    out.append("enum %s { %s_0 };" % (_ENUM_PROBE, _ENUM_PROBE))
    types = list(BASE_TYPES) + ["enum " + _ENUM_PROBE]
    sizes = []
    for i, t in enumerate(types):
        decl = "struct %s%d { %s x; };" % (_PROBE_PREFIX, i, t)
        if "__int128" in t:      # only on 64-bit targets
            out.append("#ifdef __SIZEOF_INT128__\n%s\ntypedef char %s%d_used[sizeof(struct %s%d)];\n#endif"
                       % (decl, _PROBE_PREFIX, i, _PROBE_PREFIX, i))
            continue
        out.append(decl)
        sizes.append("sizeof(struct %s%d)" % (_PROBE_PREFIX, i))
    for j, t in enumerate(type_names):
        out.append("struct %std%d { %s x; };" % (_PROBE_PREFIX, j, t))
        sizes.append("sizeof(struct %std%d)" % (_PROBE_PREFIX, j))
    sizes += ["sizeof(%s)" % (s if " " in s else "struct " + s) for s in structs]
    out.append("typedef char %ssizes[%s];" % (_PROBE_PREFIX, " + ".join(sizes)))
    return "\n".join(out) + "\n"


def find_clang():
    return os.environ.get("IOMMU_ABI_CLANG") or shutil.which("clang") or "clang"


def clang_command(abi, tu_path, flags=(), clang=None):
    return [clang or find_clang(), "-target", abi.triple, "-ffreestanding", "-fsyntax-only",
            "-w", "-Xclang", "-fdump-record-layouts",
            "-Xclang", "-fdump-record-layouts-canonical"] + list(flags) + [tu_path]


def first_error(stderr):
    """The first 'file:line:col: error: ...' line of clang's output (or the first line)."""
    lines = [ln for ln in stderr.splitlines() if ln.strip()]
    for ln in lines:
        if " error: " in ln or ln.startswith("error:"):
            return ln.strip()
    return lines[0].strip() if lines else "clang failed"


def classify_error(stderr):
    msg = first_error(stderr)
    kind = "missing-include" if "file not found" in msg else "compile"
    return msg, kind


def dump_target(abi, tu_path, flags=(), clang=None):
    """Run clang for one ABI; return {record key: Record}.  Raises ClangError."""
    records, missing = _records_and_missing(_run_dump(abi, tu_path, flags, clang))
    if not missing:
        return records
    # Field types no base probe sized (vectors, _Complex, _Atomic(T),
    # _BitInt(N), enums that may be 64-bit): the compiler sizes each in a
    # second compile, the TU plus one probe per type, by its canonical
    # spelling.  Only headers with such types pay for it; if a spelling does
    # not compile on its own, the first answer stands.
    extra = "%s.%s.types.c" % (tu_path, abi.name)
    try:
        with open(extra, "w") as f:
            f.write('#include "%s"\n' % os.path.basename(tu_path) + type_probes(missing))
        second, _still = _records_and_missing(_run_dump(abi, extra, flags, clang))
    except (OSError, ClangError):
        return records
    finally:
        try:
            os.unlink(extra)
        except OSError:
            pass
    return second


def _run_dump(abi, tu_path, flags, clang):
    """clang's record-layout dump of one TU for one ABI.  Raises ClangError."""
    cmd = clang_command(abi, tu_path, flags, clang)
    try:
        p = subprocess.run(cmd, stdout=subprocess.PIPE, stderr=subprocess.PIPE,
                           universal_newlines=True)
    except OSError as e:
        raise ClangError("cannot run %s: %s" % (cmd[0], e.strerror), "tool", abi.name)
    if p.returncode != 0:
        msg, kind = classify_error(p.stderr)
        raise ClangError("%s: %s" % (abi.name, msg), kind, abi.name)
    return p.stdout


def resolve_abis(names=None):
    """ABI objects for a list of names (None/'all' = every ABI).  KeyError names the bad one."""
    if not names or names == ["all"] or names == "all":
        return list(_abis.ABIS)
    if isinstance(names, str):
        names = [n for n in names.split(",") if n]
    return [_abis.abi_by_name(n) for n in names]


def layouts(tu_path, abis=None, flags=(), clang=None):
    """Lay out one TU for several ABIs in parallel: {abi name: {record: Record}}.
    Raises the first ClangError in ABI order."""
    from .runner import Job, run_jobs       # the runner imports this module
    jobs = [Job(a.name, a, tu_path, list(flags)) for a in resolve_abis(abis)]
    results, failed = run_jobs(jobs, clang=clang)
    for j in jobs:
        if j.key in failed:
            raise failed[j.key]
    return results


def all_fields(record):
    """Depth-first (path, Field) over a record's fields, nested members as 'a.b'."""
    def walk(prefix, fields):
        for f in fields:
            path = prefix + f.name if f.name else prefix + "<anon>"
            yield path, f
            yield from walk(path + ".", f.nested)
    return list(walk("", record.fields))


def header_layouts(includes, structs=(), abis=None, flags=(), type_names=(), clang=None):
    """Convenience for tests elsewhere: lay out ``structs`` (tags; 'union u'
    for unions) of the given headers on ``abis`` (names; default all ten).

    ``includes``: header paths (or '<sys.h>' / '"local.h"' spellings).
    Returns {abi name: {record key: Record}}; raises ClangError.
    """
    import tempfile
    with tempfile.TemporaryDirectory(prefix="abi-check-layout-") as tmp:
        tu = os.path.join(tmp, "tu.c")
        with open(tu, "w") as f:
            f.write(probe_source([i if i[0] in "<\"" else os.path.abspath(i) for i in includes],
                                 structs, type_names=type_names))
        return layouts(tu, abis, flags, clang)
