"""What the three C header flavors share: turning a laid-out spec into a header.

A flavor (linux.py, xen.py, portable.py) says how names and types are
spelled, what the header includes and what follows each struct; this module
writes the banner, guard, constants, enums and structs the same way for all
three, so they cannot drift apart in anything but spelling.
"""

import re
import textwrap
from typing import Any, Dict, List, Optional, Sequence, Tuple

from ..layout import LaidOutSpec, StructLayout
from ..model import PRIMITIVES, ConstGroup, Constant, Field, Struct

WIDTH = 78
MAX_COLUMNS = 80          # Xen's CODING_STYLE and Linux's preferred limit
# Two lines, so that neither passes MAX_COLUMNS.
C99_FLEX = ["#if defined(__STDC_VERSION__) && !defined(__cplusplus)",
            "#if __STDC_VERSION__ >= 199901L"]


def columns(line: str) -> int:
    """Display width of a line, tabs at 8."""
    return len(line.expandtabs(8))


class Flavor:
    """Spelling rules of one header flavor; subclasses override what differs."""

    name = ""
    indent = "    "
    license = "MIT"

    def __init__(self, lo: LaidOutSpec) -> None:
        self.lo = lo
        self.spec = lo.spec
        self.path = self.spec.outputs[self.name]
        names = [s.name for s in self.spec.structs] + [e.name for e in self.spec.enums]
        names += [c.name for _, c in self.spec.constants()]
        names += [g.mask for g in self.spec.groups if g.mask]
        names += [x.name for e in self.spec.enums for x in e.enumerators]
        self._doc_names = re.compile(r"\b(%s)\b" % "|".join(sorted((re.escape(n) for n in names),
                                                                   key=len, reverse=True)))

    # -- names --------------------------------------------------------------
    def struct_tag(self, name: str) -> str:
        return name

    def struct_ref(self, name: str) -> str:
        """How a struct is named where it is embedded in another."""
        return "struct " + self.struct_tag(name)

    def macro(self, name: str) -> str:
        return name

    def enum_tag(self, name: str) -> str:
        return name

    def enumerator(self, name: str) -> str:
        return name

    def rename(self, text: str) -> str:
        """Respell the spec's names inside documentation text."""
        spec = self.spec
        structs = {s.name for s in spec.structs}
        enums = {e.name for e in spec.enums}

        def sub(m: "re.Match[str]") -> str:
            word = m.group(1)
            if word in structs:
                return self.struct_tag(word)
            if word in enums:
                return self.enum_tag(word)
            for e in spec.enums:
                if any(x.name == word for x in e.enumerators):
                    return self.enumerator(word)
            return self.macro(word)
        text = self._doc_names.sub(sub, text)
        # Wildcards such as VIRTIO_IOMMU_T_* stand for a family of macros.
        macros = [c.name for _, c in spec.constants()]
        return re.sub(r"\b([A-Z][A-Z0-9_]*_)\*",
                      lambda m: (self.macro(m.group(1)) if any(n.startswith(m.group(1))
                                                             for n in macros)
                                 else m.group(1)) + "*", text)

    # -- types --------------------------------------------------------------
    def prim(self, ptype: str) -> str:
        raise NotImplementedError

    def field_type(self, f: Field) -> str:
        if f.type in PRIMITIVES:
            return self.prim(f.type)
        return self.struct_ref(f.type)

    # -- file structure -----------------------------------------------------
    def guard(self) -> str:
        return re.sub(r"[^A-Za-z0-9]", "_", self.path).upper()

    def includes(self) -> List[str]:
        return []

    def trailer(self) -> List[str]:
        """Lines after the include guard's #endif (none by default)."""
        return []

    def emits_struct(self, st: Struct) -> bool:
        return self.external_type(st) is None

    def after_struct(self, sl: StructLayout) -> List[str]:
        return []

    def structs_guard(self) -> Optional[Tuple[List[str], List[str]]]:
        """Lines that open and close a conditional around the structs, or None."""
        return None

    def offset_comments(self) -> bool:
        """Whether each member carries an /* offset size */ comment.  They
        serve the reader who works with the raw bytes (the portable flavor's:
        firmware, device models, other kernels); the linux and xen flavors
        read like their hand-written neighbours, which have none, and their
        layout is proven by the assertion files and the layout table."""
        return True

    def flexible_member_guard(self) -> Optional[List[str]]:
        """Preprocessor lines opening the conditional around a flexible array
        member (each closed by an #endif), or None for always."""
        return C99_FLEX

    def unsigned_constants(self) -> bool:
        """Whether the spec's own constants are written unsigned (3U, (1U << 2))."""
        return True

    def constant_is_int(self, c: Constant) -> bool:
        """Whether constant ``c`` is a plain int in this flavor: one another
        header owns (Xen's hypercall numbers), or every one where the flavor
        keeps a kernel header's int constants."""
        return c.external or not self.unsigned_constants()

    def constant_value(self, group: ConstGroup, c: Constant) -> str:
        if c.external:
            return "%d" % c.value
        u = "U" if self.unsigned_constants() else ""
        if group.kind == "flags":
            # an int flag is written in hex, never as a signed shift
            bit = c.bit or 0
            return "(1U << %d)" % bit if u else "0x%x" % (1 << bit)
        if group.kind == "mask":
            return "0x%x%s" % (c.value, u)
        return "%d%s" % (c.value, u)

    # -- versions -----------------------------------------------------------
    def size_constants(self) -> bool:
        """Whether the header defines <STRUCT>_SIZE_VER<n> for a struct that
        grows at its tail between versions (as Linux does for its extensible
        structs, CLONE_ARGS_SIZE_VER0...)."""
        return True

    def version_test(self, since: Optional[str], outer: Optional[str]) -> Optional[str]:
        """The preprocessor condition under which an item of version
        ``since``, inside something of version ``outer``, is declared; None
        when it is declared wherever its container is.  Only the xen flavor
        has one (__XEN_INTERFACE_VERSION__)."""
        return None

    def interface_test(self) -> Optional[str]:
        """The condition around everything the header declares (the
        interface's own first version), or None."""
        return None

    def interface_guard(self) -> Optional[Tuple[List[str], List[str]]]:
        """Lines that open and close interface_test() around the header's
        declarations, or None."""
        return None

    # -- facts for other tools (the layout table's "flavors") --------------
    def assertions_path(self) -> str:
        """The include-relative path of this flavor's layout-assertion file."""
        return "layout/%s.%s-check.c" % (self.spec.name, self.name)

    def external_type(self, st: Struct) -> Optional[str]:
        """The C type another header provides and this flavor embeds instead
        of declaring ``st`` itself, or None when the flavor declares it."""
        return None

    def drop_in(self) -> bool:
        """Whether the header replaces a system header of the same include path."""
        return False

    def facts(self) -> Dict[str, Any]:
        """Every name and path other tools need to find this flavor's
        declarations, computed here once (written into the layout table)."""
        spec = self.spec
        constants = []
        for g in spec.groups:
            constants += [c.name for c in g.items]
            if g.mask:
                constants.append(g.mask)
        int_constants = [c.name for _, c in spec.constants() if self.constant_is_int(c)]
        if not self.unsigned_constants():
            int_constants += [g.mask for g in spec.groups if g.mask]
        size_constants = {}
        if self.size_constants():
            for sl in self.lo.structs:
                for i in range(len(sl.sizes)):
                    name = size_constant_name(sl.name, i)
                    size_constants[name] = self.macro(name)
        return {
            "header": self.path,
            "assertions": self.assertions_path(),
            "guard": self.guard(),
            "drop_in": self.drop_in(),
            "structs": {s.name: self.struct_tag(s.name) for s in spec.structs},
            "externals": {s.name: ext for s in spec.structs
                          for ext in [self.external_type(s)] if ext is not None},
            "constants": {n: self.macro(n) for n in constants},
            "int_constants": [n for n in constants if n in int_constants],
            "enums": {e.name: self.enum_tag(e.name) for e in spec.enums},
            "enumerators": {x.name: self.enumerator(x.name)
                            for e in spec.enums for x in e.enumerators},
            "size_constants": size_constants,
            "interface_test": self.interface_test(),
        }


def size_constant_name(struct: str, index: int) -> str:
    """The spec-level name of a growing struct's size at its index-th size:
    virtio_iommu_config, 0 -> VIRTIO_IOMMU_CONFIG_SIZE_VER0."""
    return "%s_SIZE_VER%d" % (struct.upper(), index)


def _comment_block(text: str, lead: str = " * ") -> List[str]:
    """Wrap documentation into the lines of a /* */ block (without the delimiters).

    Paragraphs are wrapped at word boundaries only (never inside a hyphenated
    word); indented lines -- a prototype, a table -- are kept as written."""
    out: List[str] = []
    for para in re.split(r"\n\s*\n", text.strip("\n")):
        lines = para.split("\n")
        # runs of plain lines (wrapped together) and indented ones (kept)
        runs: List[Tuple[bool, List[str]]] = []
        for ln in lines:
            kept = ln.startswith(" ")
            if runs and runs[-1][0] == kept:
                runs[-1][1].append(ln)
            else:
                runs.append((kept, [ln]))
        for kept, run in runs:
            if kept:
                out += [(lead + ln).rstrip() for ln in run]
            else:
                words = " ".join(ln.strip() for ln in run)
                out += [lead + ln for ln in textwrap.wrap(words, WIDTH - len(lead),
                                                          break_on_hyphens=False)]
        out.append(lead.rstrip())
    if out and out[-1] == lead.rstrip():
        out.pop()
    return out


def _block_or_line(text: str) -> List[str]:
    """A comment of its own: one line when it fits, else a /* */ block."""
    one = "/* %s */" % text
    if columns(one) <= MAX_COLUMNS and "\n" not in text.strip():
        return [one]
    return ["/*"] + _comment_block(text) + [" */"]


# A sentence ends at a full stop followed by white space, except after the
# abbreviations a spec's prose uses.
_SENTENCE_END = re.compile(r"(?<!\be\.g)(?<!\bi\.e)\.\s+")


def _first_sentence(text: str) -> Tuple[str, str]:
    """(first sentence, the rest) of a doc text: a kernel-doc brief."""
    text = text.strip()
    m = _SENTENCE_END.search(text)
    if m is None or "\n\n" in text[:m.start()]:
        para = text.split("\n\n", 1)
        return " ".join(para[0].split()), para[1].strip() if len(para) > 1 else ""
    return " ".join(text[:m.start() + 1].split()), text[m.end():].strip()


_PRIMITIVE_WORDS = {
    "u8": "An 8-bit value", "u16": "A 16-bit value in CPU byte order",
    "u32": "A 32-bit value in CPU byte order", "u64": "A 64-bit value in CPU byte order",
    "le16": "A little-endian 16-bit value", "le32": "A little-endian 32-bit value",
    "le64": "A little-endian 64-bit value", "be16": "A big-endian 16-bit value",
    "be32": "A big-endian 32-bit value", "be64": "A big-endian 64-bit value",
    "guest_handle": "A guest handle, 64 bits on every ABI",
}


def _above(indent: str, text: str) -> List[str]:
    """A comment on the line(s) before a member or enumerator."""
    one = "%s/* %s */" % (indent, text)
    if columns(one) <= MAX_COLUMNS:
        return [one]
    lead = indent + " * "
    body = [lead + l for l in textwrap.wrap(text, MAX_COLUMNS - columns(lead), break_on_hyphens=False)]
    return [indent + "/*"] + body + [indent + " */"]


def _flag_prefix(names: Sequence[str]) -> str:
    """VIRTIO_IOMMU_MAP_F_READ, _WRITE, _MMIO -> VIRTIO_IOMMU_MAP_F_*."""
    if len(names) == 1:
        return names[0]
    prefix = names[0]
    for n in names[1:]:
        while not n.startswith(prefix):
            prefix = prefix[:-1]
    return prefix[:prefix.rfind("_") + 1] + "*"


class HeaderWriter:
    def __init__(self, flavor: Flavor) -> None:
        self.fl = flavor
        self.spec = flavor.spec
        self.lines: List[str] = []

    def w(self, *lines: str) -> None:
        self.lines.extend(lines)

    def banner(self) -> None:
        fl, spec = self.fl, self.spec
        title = "%s - %s (%s flavor)" % (fl.path, spec.title, fl.name)
        if columns(" * " + title) > MAX_COLUMNS:
            title = "%s - %s" % (fl.path, spec.title)
        self.w("/* SPDX-License-Identifier: %s */" % fl.license, "/*", *_comment_block(title))
        self.w(" *")
        self.w(*_comment_block(
            "Generated from %s by gen/iommu-abi-gen: do not edit. Change the spec and "
            "regenerate (cmake --build build --target regen).%s"
            % (spec.source, "" if "flavor)" in title else
               " This is the %s flavor of its headers." % fl.name)))
        if spec.doc:
            self.w(" *", *_comment_block(fl.rename(spec.doc)))
        self.w(" */", "")

    def _if(self, test: Optional[str]) -> None:
        if test:
            self.w("#if %s" % test)

    def _endif(self, test: Optional[str]) -> None:
        if test:
            self.w("#endif /* %s */" % test)

    def constants(self) -> None:
        fl = self.fl
        first = self.spec.versions[0].name if self.spec.versions else None
        for g in self.spec.groups:
            gtest = fl.version_test(g.since, first)
            self._if(gtest)
            names = [fl.macro(c.name) for c in g.items]
            width = max(len(n) for n in names + ([fl.macro(g.mask)] if g.mask else []))
            if g.doc:
                self.w(*(["/*"] + _comment_block(fl.rename(g.doc)) + [" */"]
                         if len(g.doc) > WIDTH - 6 else ["/* %s */" % fl.rename(g.doc)]))
            for c in g.items:
                ctest = fl.version_test(c.since, g.since)
                self._if(ctest)
                name = fl.macro(c.name)
                value = fl.constant_value(g, c)
                line = "#define %-*s %s" % (width, name, value)
                if c.doc:
                    doc = fl.rename(c.doc)
                    if len(line) + len(doc) + 8 <= WIDTH:
                        line += "  /* %s */" % doc
                    elif len(doc) + 6 <= WIDTH:
                        self.w("/* %s */" % doc)
                    else:
                        self.w("/*", *_comment_block(doc))
                        self.w(" */")
                if c.external:
                    self.w("#ifndef %s" % name, line, "#endif")
                else:
                    self.w(line)
                self._endif(ctest)
            if g.mask:
                parts = [fl.macro(c.name) for c in g.items]
                value = "(" + " | ".join(parts) + ")"
                head = "#define %-*s " % (width, fl.macro(g.mask))
                if len(head) + len(value) <= WIDTH:
                    self.w(head + value)
                else:
                    pad = " " * (len(head) + 1)
                    body = [("(" if i == 0 else pad) + p + (" | \\" if i < len(parts) - 1 else ")")
                            for i, p in enumerate(parts)]
                    self.w(head + body[0], *body[1:])
            self._endif(gtest)
            self.w("")

    def enums(self) -> None:
        fl = self.fl
        first = self.spec.versions[0].name if self.spec.versions else None
        for e in self.spec.enums:
            etest = fl.version_test(e.since, first)
            self._if(etest)
            tests = [fl.version_test(x.since, e.since) for x in e.enumerators]
            # C89 forbids a comma after the last enumerator: the enumerators
            # declared under a version test after the last unconditional one
            # carry a leading comma instead of a trailing one.
            last_plain = max(i for i, t in enumerate(tests) if t is None)
            if e.doc:
                # a plain comment: the enumerators carry their own
                self.w(*_block_or_line(fl.rename(e.doc)))
            self.w("enum %s {" % fl.enum_tag(e.name))
            width = max(len(fl.enumerator(x.name)) for x in e.enumerators)
            # Side comments, unless one would pass MAX_COLUMNS: then every
            # comment of the enum goes above its enumerator, for one style.
            side = all(columns("%s%-*s = %d,  /* %s */" % (fl.indent, width, "", x.value,
                                                            fl.rename(x.doc))) <= MAX_COLUMNS
                       for x in e.enumerators if x.doc)
            for i, x in enumerate(e.enumerators):
                lead = "," if i > last_plain else ""
                comma = "," if i < last_plain else ""
                line = "%s%s%-*s = %d%s" % (fl.indent, lead, width, fl.enumerator(x.name),
                                            x.value, comma)
                self._if(tests[i])
                if x.doc:
                    doc = fl.rename(x.doc)
                    if side:
                        line = "%-*s /* %s */" % (len(fl.indent) + width + 6, line, doc)
                    else:
                        self.w(*_above(fl.indent, doc))
                self.w(line)
                self._endif(tests[i])
            self.w("};")
            self._endif(etest)
            self.w("")

    def _note(self, f: Field) -> str:
        """What a member's bytes mean, beside it: the direction first (IN,
        OUT, IN/OUT) and then where its values come from, e.g.
        "IN: VIRTIO_IOMMU_MAP_F_*", "IN: enum xen_pv_iommu_cmd", "reserved"."""
        fl = self.fl
        if f.inserted:
            return "padding, must be zero"
        if f.reserved:
            return "reserved"
        what = ""
        if f.flags:
            what = _flag_prefix([fl.macro(c.name) for c in self.spec.group(f.flags).items])
        elif f.enum:
            what = "enum %s" % fl.enum_tag(f.enum)
        direction = {"in": "IN", "out": "OUT", "inout": "IN/OUT"}.get(f.dir or "", "")
        return ": ".join(p for p in (direction, what) if p)

    def _member_doc(self, f: Field) -> str:
        """A member's kernel-doc description: its spec doc, or what the spec
        says about it otherwise (every member is described)."""
        fl = self.fl
        if f.doc:
            return fl.rename(f.doc)
        if f.reserved:
            return "Reserved."
        if f.flags:
            return "Flags, %s." % _flag_prefix([fl.macro(c.name)
                                                for c in self.spec.group(f.flags).items])
        if f.enum:
            return "A value of enum %s." % fl.enum_tag(f.enum)
        if f.type not in PRIMITIVES:
            return "The %s." % fl.field_type(f)
        return _PRIMITIVE_WORDS[f.type] + "."

    def _tail_version(self, sl: StructLayout, offset: int) -> Optional[str]:
        """The version that added the bytes at ``offset`` of a struct that
        grows at its tail (None for those of its first version)."""
        if not sl.sizes or offset < sl.sizes[0][1]:
            return None
        index = min(v for v, size in sl.sizes if size > offset)
        return self.spec.versions[index].name

    def size_constants(self, sl: StructLayout) -> None:
        """<STRUCT>_SIZE_VER<n>: the struct's size at each version that made
        it longer, as Linux defines for its extensible structs."""
        fl = self.fl
        if not sl.sizes or not fl.size_constants():
            return
        names = [fl.macro(size_constant_name(sl.name, i)) for i in range(len(sl.sizes))]
        which = []
        for i, (index, _) in enumerate(sl.sizes):
            v = self.spec.versions[index]
            which.append("VER%d %s%s" % (i, v.name, " (%s)" % fl.macro(v.feature)
                                         if v.feature else ""))
        self.w(*_block_or_line(
            "Sizes of struct %s by version, the bytes a peer of that version uses: %s."
            % (fl.struct_tag(sl.name), ", ".join(which))))
        width = max(len(n) for n in names)
        for name, (index, size) in zip(names, sl.sizes):
            test = fl.version_test(self.spec.versions[index].name, sl.struct.since)
            self._if(test)
            self.w("#define %-*s %d%s" % (width, name, size,
                                          "U" if fl.unsigned_constants() else ""))
            self._endif(test)

    def struct(self, sl: StructLayout) -> None:
        fl, st = self.fl, sl.struct
        first = self.spec.versions[0].name if self.spec.versions else None
        stest = fl.version_test(st.since, first)
        self._if(stest)
        tag = fl.struct_tag(st.name)
        # Kernel-doc: "struct tag - brief", every member, then the rest.
        brief, rest = _first_sentence(fl.rename(st.doc or st.name))
        doc = ["/**"] + _comment_block("struct %s - %s" % (tag, brief))
        members = [f.field for f in sl.fields]
        if st.variable_tail is not None:
            members.append(st.variable_tail)
        for f in members:
            doc += _comment_block("@%s: %s" % (f.name, self._member_doc(f)))
        if rest:
            doc += [" *"] + _comment_block(rest)
        self.w(*doc, " */")
        rows = []
        tests: List[Optional[str]] = []
        for fld in sl.fields:
            decl = "%s%s;" % (fld.field.name, "[%d]" % fld.field.count if fld.field.count else "")
            rows.append((fl.field_type(fld.field), decl, fld.offset, fld.size,
                         self._note(fld.field)))
            tests.append(fl.version_test(self._tail_version(sl, fld.offset), st.since))
        tail = None
        if st.variable_tail is not None:
            t = st.variable_tail
            tail = (fl.field_type(t), "%s[];" % t.name, sl.tail_offset or 0, 0, "variable length")
            rows.append(tail)
        tw = max(len(r[0]) for r in rows)
        nw = max(len(r[1]) for r in rows)
        ow = len(str(sl.size))
        sw = max(len(str(r[3])) for r in rows)
        offsets = fl.offset_comments()
        self.w("struct %s {" % tag)
        for i, r in enumerate(rows):
            test = tests[i] if i < len(tests) else None
            if test and (i == 0 or tests[i - 1] != test):
                self._if(test)
            decl = "%s%-*s %s" % (fl.indent, tw, r[0], r[1])
            if offsets:
                comment = "/* %*d %*d%s */" % (ow, r[2], sw, r[3], "  " + r[4] if r[4] else "")
            else:
                comment = "/* %s */" % r[4] if r[4] else ""
            line = "%s%-*s %s" % (fl.indent, tw, r[0], "%-*s %s" % (nw, r[1], comment)
                                  if comment else r[1])
            above = []
            if columns(line) > MAX_COLUMNS:
                # The note goes above the member; the offsets stay beside it.
                line = decl if not offsets else "%s%-*s %-*s /* %*d %*d */" % (
                    fl.indent, tw, r[0], nw, r[1], ow, r[2], sw, r[3])
                above = _above(fl.indent, r[4])
            guard = fl.flexible_member_guard() if r is tail else None
            if guard:
                self.w(*guard)
            self.w(*above)
            self.w(line)
            if guard:
                self.w(*["#endif"] * len(guard))
            if test and (i + 1 >= len(tests) or tests[i + 1] != test):
                self._endif(test)
        if offsets:
            pad = len(fl.indent.expandtabs(8)) + tw + nw + 2
            self.w("%-*s/* size %d */" % (pad, "};", sl.size))
        else:
            self.w("};")
        self.w(*fl.after_struct(sl))
        self.size_constants(sl)
        self._endif(stest)
        self.w("")

    def render(self) -> str:
        fl = self.fl
        self.banner()
        guard = fl.guard()
        self.w("#ifndef %s" % guard, "#define %s" % guard, "")
        inc = fl.includes()
        if inc:
            self.w(*inc)
            self.w("")
        iguard = fl.interface_guard()
        if iguard:
            self.w(*iguard[0])
            self.w("")
        self.constants()
        self.enums()
        guard_lines = fl.structs_guard()
        if guard_lines:
            self.w(*guard_lines[0])
            self.w("")
        for sl in self.fl.lo.structs:
            if fl.emits_struct(sl.struct):
                self.struct(sl)
        if guard_lines:
            self.w(*guard_lines[1])
            self.w("")
        if iguard:
            self.w(*iguard[1])
            self.w("")
        self.w("#endif /* %s */" % guard)
        self.w(*self.fl.trailer())
        return "\n".join(self.lines) + "\n"


def render(flavor: Flavor) -> str:
    return HeaderWriter(flavor).render()
