"""Load a spec file, validate it against the schema (spec/README.md), build the model.

Every problem is a SpecError naming file, line and key, e.g.::

    spec/virtio-iommu.yaml:212: structs[virtio_iommu_req_map].fields[flags].type: unknown type 'le24'

Validation is complete before anything is derived: a model that leaves this
module is well-formed, so the layout engine and emitters need no checks of
their own beyond layout rules.
"""

import difflib
import os
import re
from typing import Any, Dict, List, NoReturn, Optional, Sequence, Set, Tuple

from .errors import SpecError
from .model import (PRIMITIVES, XEN_SCALAR_TYPEDEFS, Constant, ConstGroup, Enum, Enumerator,
                    Field, Spec, Struct, Version)
from .yamlsrc import Map, Seq, load_yaml

FLAVORS = ("linux", "portable", "xen")
GROUP_KINDS = ("value", "bit_number", "flags", "mask")
DIRS = ("in", "out", "inout")
# What the receiver of a structure does with reserved bytes that are not zero.
RECEIVER_RULES = ("zero", "ignored")

_IDENT = re.compile(r"^[A-Za-z_][A-Za-z0-9_]*$")
_VERSION_NAME = re.compile(r"^[A-Za-z0-9][A-Za-z0-9_.-]*$")

# Words that cannot name a field or type in C or C++.
_KEYWORDS = frozenset("""
auto break case char const continue default do double else enum extern float
for goto if inline int long register restrict return short signed sizeof static
struct switch typedef union unsigned void volatile while _Bool _Complex
_Imaginary _Alignas _Alignof _Atomic _Generic _Noreturn _Static_assert
_Thread_local alignas alignof and asm bool catch class constexpr delete
explicit export false friend mutable namespace new noexcept not nullptr
operator or private protected public template this throw true try typeid
typename using virtual wchar_t xor
""".split())

# C types a reviewer refuses in an ABI structure, with what to use instead.
_NOT_FIXED_WIDTH = {
    "int": "u32/le32", "unsigned": "u32/le32", "long": "u64/le64 (long is 4 or 8 bytes)",
    "short": "u16/le16", "char": "u8", "bool": "u8 (bool has no fixed size)",
    "_Bool": "u8", "enum": "u32 with 'enum: NAME' (an enum's size is the compiler's choice)",
    "size_t": "u64", "uintptr_t": "u64 or guest_handle", "pointer": "guest_handle",
    "void*": "guest_handle", "uint8_t": "u8", "uint16_t": "u16", "uint32_t": "u32",
    "uint64_t": "u64", "int8_t": "u8", "int16_t": "u16", "int32_t": "u32",
    "int64_t": "u64", "__u32": "u32", "__le32": "le32",
}


class _Ctx:
    """Where we are in the file, for messages."""

    def __init__(self, path: str) -> None:
        self.path = path

    def fail(self, line: int, key: str, msg: str) -> NoReturn:
        raise SpecError(self.path, line, key, msg)


def _keys(ctx: _Ctx, m: Any, key: str, required: Sequence[str],
          optional: Sequence[str]) -> None:
    if not isinstance(m, Map):
        ctx.fail(getattr(m, "line", 0), key, "expected a mapping, got %s" % _what(m))
    for k in m:
        if k not in required and k not in optional:
            known = sorted(set(required) | set(optional))
            near = difflib.get_close_matches(str(k), known, n=1)
            hint = "did you mean '%s'? " % near[0] if near else ""
            ctx.fail(m.lines[k], _sub(key, k),
                     "unknown key (%sallowed here: %s)" % (hint, ", ".join(known)))
    for k in required:
        if k not in m:
            ctx.fail(m.line, _sub(key, k), "missing required key")


def _sub(key: str, k: str) -> str:
    return "%s.%s" % (key, k) if key else k


def _what(v: Any) -> str:
    if v is None:
        return "nothing"
    if isinstance(v, bool):
        return "a boolean"
    if isinstance(v, Map):
        return "a mapping"
    if isinstance(v, Seq):
        return "a list"
    if isinstance(v, int):
        return "a number"
    if isinstance(v, str):
        return "text"
    return type(v).__name__


def _str(ctx: _Ctx, m: Map, k: str, key: str, default: Optional[str] = None,
         ident: bool = False) -> Any:
    """The text at m[k] (stripped unless an identifier), or default when absent:
    a str, or None only when the default is None."""
    if k not in m:
        return default
    v = m[k]
    if not isinstance(v, str) or not v.strip():
        ctx.fail(m.lines[k], _sub(key, k), "expected text, got %s" % _what(v))
    if ident:
        if not _IDENT.match(v):
            ctx.fail(m.lines[k], _sub(key, k), "'%s' is not a C identifier" % v)
        if v in _KEYWORDS:
            ctx.fail(m.lines[k], _sub(key, k), "'%s' is a C or C++ keyword" % v)
    return v.strip() if not ident else v


def _uint(ctx: _Ctx, m: Map, k: str, key: str, bits: int = 64, lo: int = 0) -> int:
    v = m[k]
    if isinstance(v, bool) or not isinstance(v, int):
        ctx.fail(m.lines[k], _sub(key, k), "expected a number, got %s" % _what(v))
    if v < lo or v >= (1 << bits):
        ctx.fail(m.lines[k], _sub(key, k),
                 "%d is out of range (%d..%d)" % (v, lo, (1 << bits) - 1))
    return v


def _bool(ctx: _Ctx, m: Map, k: str, key: str) -> bool:
    if k not in m:
        return False
    v = m[k]
    if not isinstance(v, bool):
        ctx.fail(m.lines[k], _sub(key, k), "expected true or false, got %s" % _what(v))
    return v


def _seq(ctx: _Ctx, m: Map, k: str, key: str, nonempty: bool = True) -> Seq:
    v = m[k]
    if not isinstance(v, Seq):
        ctx.fail(m.lines[k], _sub(key, k), "expected a list, got %s" % _what(v))
    if nonempty and not v:
        ctx.fail(m.lines[k], _sub(key, k), "list is empty")
    return v


class _Names:
    """One namespace: every name declared once, and we say where the first was."""

    def __init__(self, ctx: _Ctx, what: str) -> None:
        self.ctx, self.what = ctx, what
        self.seen: Dict[str, int] = {}

    def add(self, name: str, line: int, key: str) -> None:
        if name in self.seen:
            self.ctx.fail(line, key, "duplicate %s '%s' (first declared on line %d)"
                          % (self.what, name, self.seen[name]))
        self.seen[name] = line


def _load_versions(ctx: _Ctx, top: Map) -> List[Version]:
    """The spec's versions, in order (none when it declares none)."""
    if "versions" not in top:
        return []
    out: List[Version] = []
    names = _Names(ctx, "version")
    last_xen: Optional[int] = None
    for i, v in enumerate(_seq(ctx, top, "versions", "versions")):
        key = "versions[%d]" % i
        _keys(ctx, v, key, ("name",), ("doc", "feature", "xen_interface"))
        name = v["name"]
        if not isinstance(name, str) or not _VERSION_NAME.match(name):
            ctx.fail(v.lines["name"], _sub(key, "name"),
                     "a version name is letters, digits, '_', '.' and '-' (got %s)" % _what(name))
        key = "versions[%s]" % name
        names.add(name, v.lines["name"], _sub(key, "name"))
        feature = _str(ctx, v, "feature", key, ident=True)
        xen = _uint(ctx, v, "xen_interface", key, bits=32, lo=1) if "xen_interface" in v else None
        if i and feature is None and xen is None:
            ctx.fail(v.line, key, "a later version says how a peer knows it has it: "
                     "'feature' (a feature bit) or 'xen_interface' (an __XEN_INTERFACE_VERSION__)")
        if i and (xen is None) != (last_xen is None):
            ctx.fail(v.line, _sub(key, "xen_interface"),
                     "either every version has an xen_interface or none has")
        if xen is not None and last_xen is not None and xen <= last_xen:
            ctx.fail(v.lines["xen_interface"], _sub(key, "xen_interface"),
                     "0x%08x is not above the previous version's 0x%08x" % (xen, last_xen))
        last_xen = xen
        out.append(Version(name=name, index=i, doc=_str(ctx, v, "doc", key, ""), feature=feature,
                           xen_interface=xen, line=v.line))
    return out


def _since(ctx: _Ctx, m: Map, key: str, versions: List[Version],
           parent: Optional[str]) -> Optional[str]:
    """The version an item was added in: its own 'since', else its parent's,
    else the first version (None when the spec declares no versions).  An
    item cannot be older than what contains it."""
    if "since" not in m:
        if not versions:
            return None
        return parent if parent is not None else versions[0].name
    name = m["since"]
    line = m.lines["since"]
    if not versions:
        ctx.fail(line, _sub(key, "since"), "the spec declares no 'versions'")
    known = [v.name for v in versions]
    if not isinstance(name, str) or name not in known:
        ctx.fail(line, _sub(key, "since"), "unknown version %s (declared: %s)"
                 % ("'%s'" % name if isinstance(name, str) else _what(name), ", ".join(known)))
    if parent is not None and known.index(name) < known.index(parent):
        ctx.fail(line, _sub(key, "since"), "'%s' is older than '%s', the version of what "
                 "contains it" % (name, parent))
    return name


def _load_groups(ctx: _Ctx, top: Map, macros: _Names,
                 versions: List[Version]) -> List[ConstGroup]:
    groups: List[ConstGroup] = []
    if "constants" not in top:
        return groups
    names = _Names(ctx, "constant group")
    for i, g in enumerate(_seq(ctx, top, "constants", "constants")):
        key = "constants[%d]" % i
        _keys(ctx, g, key, ("group", "kind", "items"), ("doc", "mask", "since"))
        gname = _str(ctx, g, "group", key, ident=True)
        key = "constants[%s]" % gname
        names.add(gname, g.lines["group"], _sub(key, "group"))
        kind = _str(ctx, g, "kind", key)
        if kind not in GROUP_KINDS:
            ctx.fail(g.lines["kind"], _sub(key, "kind"),
                     "unknown kind '%s' (one of: %s)" % (kind, ", ".join(GROUP_KINDS)))
        mask = _str(ctx, g, "mask", key, ident=True)
        if mask and kind != "flags":
            ctx.fail(g.lines["mask"], _sub(key, "mask"), "only a flags group has a mask")
        if mask:
            macros.add(mask, g.lines["mask"], _sub(key, "mask"))
        items: List[Constant] = []
        numbers: Dict[int, str] = {}
        gsince = _since(ctx, g, key, versions, None)
        for j, it in enumerate(_seq(ctx, g, "items", key)):
            ikey = "%s.items[%d]" % (key, j)
            if kind == "flags":
                _keys(ctx, it, ikey, ("name", "bit"), ("doc", "external", "since"))
            else:
                _keys(ctx, it, ikey, ("name", "value"), ("doc", "external", "since"))
            name = _str(ctx, it, "name", ikey, ident=True)
            ikey = "%s.items[%s]" % (key, name)
            macros.add(name, it.lines["name"], _sub(ikey, "name"))
            if kind == "flags":
                bit = _uint(ctx, it, "bit", ikey, bits=5)
                value, nkey, line = 1 << bit, "bit", it.lines["bit"]
            else:
                bit = None
                value, nkey, line = _uint(ctx, it, "value", ikey), "value", it.lines["value"]
                if kind == "bit_number" and value > 63:
                    ctx.fail(line, _sub(ikey, "value"), "bit number %d is above 63" % value)
            if value in numbers:
                ctx.fail(line, _sub(ikey, nkey), "duplicate number %d in group '%s' (also %s)"
                         % (bit if bit is not None else value, gname, numbers[value]))
            numbers[value] = name
            items.append(Constant(name=name, value=value, bit=bit,
                                  doc=_str(ctx, it, "doc", ikey, ""),
                                  external=_bool(ctx, it, "external", ikey),
                                  since=_since(ctx, it, ikey, versions, gsince), line=it.line))
        groups.append(ConstGroup(name=gname, kind=kind, items=items, mask=mask,
                                 doc=_str(ctx, g, "doc", key, ""), since=gsince, line=g.line))
    return groups


def _load_enums(ctx: _Ctx, top: Map, macros: _Names, versions: List[Version]) -> List[Enum]:
    enums: List[Enum] = []
    if "enums" not in top:
        return enums
    names = _Names(ctx, "enum")
    for i, e in enumerate(_seq(ctx, top, "enums", "enums")):
        key = "enums[%d]" % i
        _keys(ctx, e, key, ("name", "enumerators"), ("doc", "since"))
        name = _str(ctx, e, "name", key, ident=True)
        key = "enums[%s]" % name
        names.add(name, e.lines["name"], _sub(key, "name"))
        esince = _since(ctx, e, key, versions, None)
        values: Dict[int, str] = {}
        items: List[Enumerator] = []
        for j, it in enumerate(_seq(ctx, e, "enumerators", key)):
            ikey = "%s.enumerators[%d]" % (key, j)
            if isinstance(it, Map) and "name" in it and "value" not in it:
                ctx.fail(it.line, ikey + ".value",
                         "missing required key: every enumerator has an explicit number")
            _keys(ctx, it, ikey, ("name", "value"), ("doc", "since"))
            iname = _str(ctx, it, "name", ikey, ident=True)
            ikey = "%s.enumerators[%s]" % (key, iname)
            macros.add(iname, it.lines["name"], _sub(ikey, "name"))
            # Enumerators are ints in C89; keep them within int's range.
            value = _uint(ctx, it, "value", ikey, bits=31)
            if value in values:
                ctx.fail(it.lines["value"], _sub(ikey, "value"),
                         "duplicate number %d (also %s)" % (value, values[value]))
            values[value] = iname
            items.append(Enumerator(iname, value, _str(ctx, it, "doc", ikey, ""),
                                    since=_since(ctx, it, ikey, versions, esince), line=it.line))
        enums.append(Enum(name, items, _str(ctx, e, "doc", key, ""), since=esince, line=e.line))
    return enums


def _load_field(ctx: _Ctx, f: Any, key: str, structs: Dict[str, Struct],
                groups: Dict[str, ConstGroup], enums: Set[str], fnames: _Names,
                versions: List[Version], ssince: Optional[str]) -> Field:
    _keys(ctx, f, key, ("name", "type"),
          ("count", "reserved", "doc", "dir", "flags", "enum", "xen_type", "values",
           "value_mask", "other_bits", "unknown", "reply", "since"))
    name = _str(ctx, f, "name", key, ident=True)
    key = key.rsplit("[", 1)[0] + "[%s]" % name
    fnames.add(name, f.lines["name"], _sub(key, "name"))
    ftype = f["type"]
    if not isinstance(ftype, str):
        ctx.fail(f.lines["type"], _sub(key, "type"), "expected a type name, got %s" % _what(ftype))
    ftype = ftype.strip()
    if ftype not in PRIMITIVES and ftype not in structs:
        compact = ftype.replace(" ", "")
        if compact in _NOT_FIXED_WIDTH or compact.endswith("*") or ftype.startswith("enum "):
            hint = _NOT_FIXED_WIDTH.get(compact, "guest_handle" if compact.endswith("*")
                                        else _NOT_FIXED_WIDTH["enum"])
            ctx.fail(f.lines["type"], _sub(key, "type"),
                     "'%s' is not a fixed-width type; use %s" % (ftype, hint))
        ctx.fail(f.lines["type"], _sub(key, "type"),
                 "unknown type '%s' (fixed-width types: %s; or a struct declared above)"
                 % (ftype, ", ".join(PRIMITIVES)))
    count = None
    if "count" in f:
        count = _uint(ctx, f, "count", key, bits=16, lo=1)
    direction = _str(ctx, f, "dir", key)
    if direction is not None and direction not in DIRS:
        ctx.fail(f.lines["dir"], _sub(key, "dir"),
                 "unknown direction '%s' (one of: %s)" % (direction, ", ".join(DIRS)))
    flags = _str(ctx, f, "flags", key, ident=True)
    if flags is not None:
        if flags not in groups:
            ctx.fail(f.lines["flags"], _sub(key, "flags"), "no constant group '%s'" % flags)
        if groups[flags].kind != "flags":
            ctx.fail(f.lines["flags"], _sub(key, "flags"), "group '%s' is not a flags group" % flags)
    enum = _str(ctx, f, "enum", key, ident=True)
    if enum is not None and enum not in enums:
        ctx.fail(f.lines["enum"], _sub(key, "enum"), "no enum '%s'" % enum)
    if flags and enum:
        ctx.fail(f.line, key, "a field takes its values from flags or from an enum, not both")
    if (flags or enum) and ftype not in PRIMITIVES:
        ctx.fail(f.lines["type"], _sub(key, "type"), "flags and enum values need an integer type")
    xen_type = _str(ctx, f, "xen_type", key, ident=True)
    if xen_type is not None:
        if xen_type not in XEN_SCALAR_TYPEDEFS:
            ctx.fail(f.lines["xen_type"], _sub(key, "xen_type"),
                     "unknown Xen typedef '%s' (known: %s)"
                     % (xen_type, ", ".join(sorted(XEN_SCALAR_TYPEDEFS))))
        if XEN_SCALAR_TYPEDEFS[xen_type] != ftype:
            ctx.fail(f.lines["xen_type"], _sub(key, "xen_type"),
                     "'%s' stands for %s, but the field's type is %s"
                     % (xen_type, XEN_SCALAR_TYPEDEFS[xen_type], ftype))
    reserved, rule = _reserved(ctx, f, key)
    values = _str(ctx, f, "values", key, ident=True)
    if values is not None:
        if values not in groups:
            ctx.fail(f.lines["values"], _sub(key, "values"), "no constant group '%s'" % values)
        if groups[values].kind != "value":
            ctx.fail(f.lines["values"], _sub(key, "values"),
                     "group '%s' is a %s group; values come from a value group (flags: for "
                     "flag bits)" % (values, groups[values].kind))
        if flags or enum:
            ctx.fail(f.lines["values"], _sub(key, "values"),
                     "a field takes its values from one of flags, enum or values")
        if ftype not in PRIMITIVES or f.get("count") is not None or ftype == "guest_handle":
            ctx.fail(f.lines["values"], _sub(key, "values"), "values need a scalar integer type")
    value_mask = _str(ctx, f, "value_mask", key, ident=True)
    other_bits = _str(ctx, f, "other_bits", key)
    if value_mask is not None:
        if values is None:
            ctx.fail(f.lines["value_mask"], _sub(key, "value_mask"),
                     "value_mask needs values: (the group the masked bits come from)")
        masks = {c.name for g in groups.values() if g.kind == "mask" for c in g.items}
        if value_mask not in masks:
            ctx.fail(f.lines["value_mask"], _sub(key, "value_mask"),
                     "no constant '%s' in a mask group" % value_mask)
        if other_bits not in RECEIVER_RULES:
            ctx.fail(f.lines.get("other_bits", f.lines["value_mask"]), _sub(key, "other_bits"),
                     "with value_mask, say what the receiver does with the other bits: "
                     "zero (it rejects them when set) or ignored")
    elif other_bits is not None:
        ctx.fail(f.lines["other_bits"], _sub(key, "other_bits"), "other_bits needs value_mask")
    unknown = _str(ctx, f, "unknown", key, "rejected")
    if "unknown" in f:
        if unknown not in ("rejected", "ignored"):
            ctx.fail(f.lines["unknown"], _sub(key, "unknown"),
                     "unknown is 'rejected' or 'ignored', not '%s'" % unknown)
        if not (flags or enum or values):
            ctx.fail(f.lines["unknown"], _sub(key, "unknown"),
                     "unknown applies to a field with flags, enum or values")
    reply = _bool(ctx, f, "reply", key)
    return Field(name=name, type=ftype, count=count, reserved=reserved, reserved_rule=rule,
                 doc=_str(ctx, f, "doc", key, ""), dir=direction, flags=flags, enum=enum,
                 xen_type=xen_type, values=values, value_mask=value_mask,
                 other_bits=other_bits, unknown=unknown, reply=reply,
                 since=_since(ctx, f, key, versions, ssince), line=f.line)


def _reserved(ctx: _Ctx, f: Map, key: str) -> Tuple[bool, Optional[str]]:
    """reserved: zero | ignored (true is zero): whether the field is reserved,
    and what its receiver does with non-zero bytes."""
    if "reserved" not in f:
        return False, None
    v = f["reserved"]
    if v is True:
        return True, "zero"
    if v is False:
        return False, None
    if v not in RECEIVER_RULES:
        ctx.fail(f.lines["reserved"], _sub(key, "reserved"),
                 "expected zero (the receiver rejects non-zero bytes), ignored (it accepts "
                 "them) or true (= zero), got %s" % (repr(v) if isinstance(v, str) else _what(v)))
    return True, v


def _load_structs(ctx: _Ctx, top: Map, groups: Dict[str, ConstGroup],
                  enums: Set[str], versions: List[Version]) -> List[Struct]:
    structs: Dict[str, Struct] = {}
    order: List[Struct] = []
    snames = _Names(ctx, "struct")
    for i, s in enumerate(_seq(ctx, top, "structs", "structs")):
        key = "structs[%d]" % i
        _keys(ctx, s, key, ("name",),
              ("doc", "size", "padding", "fields", "variable_tail", "xen_external", "since"))
        name = _str(ctx, s, "name", key, ident=True)
        key = "structs[%s]" % name
        snames.add(name, s.lines["name"], _sub(key, "name"))
        if name in PRIMITIVES:
            ctx.fail(s.lines["name"], _sub(key, "name"), "'%s' is a primitive type name" % name)
        if "fields" not in s or (isinstance(s["fields"], Seq) and not s["fields"]):
            line = s.lines.get("fields", s.line)
            ctx.fail(line, _sub(key, "fields"),
                     "empty struct: C forbids it and C++ gives it size 1; "
                     "give it at least one (reserved) field")
        fnames = _Names(ctx, "field")
        ssince = _since(ctx, s, key, versions, None)
        fields = [_load_field(ctx, f, "%s.fields[%d]" % (key, j), structs, groups, enums, fnames,
                              versions, ssince)
                  for j, f in enumerate(_seq(ctx, s, "fields", key))]
        tail = None
        if "variable_tail" in s:
            tkey = _sub(key, "variable_tail")
            t = s["variable_tail"]
            _keys(ctx, t, tkey, ("name", "type"), ("doc",))
            tail = _load_field(ctx, t, tkey + "[0]", structs, groups, enums, fnames,
                               versions, ssince)
            if tail.type not in PRIMITIVES:
                ctx.fail(t.lines["type"], _sub(tkey, "type"),
                         "a variable tail is an array of a primitive type")
        padding = _str(ctx, s, "padding", key, "explicit")
        if padding not in ("explicit", "insert"):
            ctx.fail(s.lines["padding"], _sub(key, "padding"),
                     "unknown padding mode '%s' (explicit or insert)" % padding)
        size = _uint(ctx, s, "size", key, bits=32, lo=1) if "size" in s else None
        st = Struct(name=name, fields=fields, doc=_str(ctx, s, "doc", key, ""), size=size,
                    padding=padding, variable_tail=tail,
                    xen_external=_str(ctx, s, "xen_external", key, ident=True), since=ssince,
                    line=s.line)
        st.size_line = s.lines.get("size", s.line)
        structs[name] = st
        order.append(st)
    return order


def load_spec(path: str, source: Optional[str] = None) -> Spec:
    """Load and validate ``path``; return the model.  Raises SpecError."""
    ctx = _Ctx(path)
    top, digest = load_yaml(path)
    _keys(ctx, top, "", ("spec", "title", "outputs", "structs"),
          ("doc", "constants", "enums", "xen", "linux", "versions"))
    name = _str(ctx, top, "spec", "")
    stem = os.path.splitext(os.path.basename(path))[0]
    if name != stem:
        ctx.fail(top.lines["spec"], "spec",
                 "spec is named '%s' but its file is '%s'; they must agree" % (name, stem))
    outputs = top["outputs"]
    _keys(ctx, outputs, "outputs", FLAVORS, ())
    out = {}
    for flavor in FLAVORS:
        rel = _str(ctx, outputs, flavor, "outputs")
        if rel.startswith("/") or ".." in rel.split("/") or not rel.endswith(".h"):
            ctx.fail(outputs.lines[flavor], "outputs." + flavor,
                     "'%s' must be a relative path to a .h file inside include/" % rel)
        out[flavor] = rel
    xen_includes = ["xen.h"]
    if "xen" in top:
        _keys(ctx, top["xen"], "xen", (), ("includes",))
        if "includes" in top["xen"]:
            inc = _seq(ctx, top["xen"], "includes", "xen")
            for j, h in enumerate(inc):
                if not isinstance(h, str) or not h.endswith(".h"):
                    ctx.fail(inc.lines[j], "xen.includes[%d]" % j, "expected a header name")
            xen_includes = list(inc)
    linux_drop_in = False
    if "linux" in top:
        _keys(ctx, top["linux"], "linux", (), ("drop_in",))
        linux_drop_in = _bool(ctx, top["linux"], "drop_in", "linux")
    macros = _Names(ctx, "constant")
    versions = _load_versions(ctx, top)
    groups = _load_groups(ctx, top, macros, versions)
    enums = _load_enums(ctx, top, macros, versions)
    structs = _load_structs(ctx, top, {g.name: g for g in groups}, {e.name for e in enums},
                            versions)
    _check_features(ctx, versions, groups)
    if versions and versions[0].xen_interface is not None:
        for g in groups:
            late = [c.name for c in g.items if c.since != g.since]
            if g.mask and late:
                ctx.fail(g.line, "constants[%s].mask" % g.name,
                         "the xen flavor declares %s only from its version on, but the mask "
                         "would name it in every version: give the later bits a group (and "
                         "mask) of their own" % ", ".join(late))
    return Spec(name=name, title=_str(ctx, top, "title", ""), path=path,
                source=source or "spec/%s" % os.path.basename(path), digest=digest,
                doc=_str(ctx, top, "doc", "", ""), outputs=out, xen_includes=xen_includes,
                linux_drop_in=linux_drop_in,
                groups=groups, enums=enums, structs=structs, versions=versions)


def _check_features(ctx: _Ctx, versions: List[Version], groups: List[ConstGroup]) -> None:
    """A version's feature is a feature bit of the spec (a bit_number
    constant) that exists by that version."""
    bits = {c.name: c for g in groups if g.kind == "bit_number" for c in g.items}
    order = [v.name for v in versions]
    for v in versions:
        if v.feature is None:
            continue
        c = bits.get(v.feature)
        if c is None:
            ctx.fail(v.line, "versions[%s].feature" % v.name,
                     "'%s' is not a constant of a bit_number group" % v.feature)
        if c.since is not None and order.index(c.since) > v.index:
            ctx.fail(v.line, "versions[%s].feature" % v.name,
                     "'%s' is added in '%s', after this version" % (v.feature, c.since))
