#!/usr/bin/env python3
"""Hygiene of one generated header: the reviewers' rules, read off its text.

  python3 hygiene.py --spec virtio-iommu --flavor linux

Checks, each reported as file:line: error: ...
  - no line wider than 80 columns (tabs at 8), as Xen's CODING_STYLE asks
  - banner: "Generated from spec/<spec>.yaml ... do not edit" near the top;
    the xen flavor's first line is exactly "/* SPDX-License-Identifier: MIT */"
  - includes: portable <stdint.h> only, linux <linux/types.h> only, xen
    "xen.h" (and "physdev.h") only
  - include guard: the first directive is #ifndef G, then #define G, and the
    last is #endif; G is the table's guard for the flavor (xen flavor:
    __XEN_PUBLIC_<NAME>_H__)
  - no extern "C" block: nothing in the header has linkage, so there is
    nothing to wrap (Linux's uapi and Xen's public headers have none)
  - comments that read as kernel-doc ("struct NAME - brief") are
    well-formed kernel-doc: /**, the struct that follows, every member
    described once, in order; no comment line ends inside a hyphenated word
  - xen flavor: a guest handle for each hypercall argument (a struct with a
    field the table gives a direction) and for no other struct
  - every shifted literal is unsigned (1U << n); every object-like macro whose
    value is a bare integer has a U suffix, except the constants the layout
    table says the flavor writes as plain int (a hypercall number Xen's
    headers own, written without one as Xen does), and in a drop-in for a
    kernel header (the table's "drop_in") none has one, as the kernel's
    constants are int; every enumerator has an explicit value
  - struct members: fixed-width types only (uint*_t / __u* / __le* / __be*,
    uint64_aligned_t and xen.h's domid_t (uint16_t) in the xen flavor, or a
    struct of this header); never
    int, long, short, char, bool, enum, float, a pointer or a plain uint64_t
    in the xen flavor; the xen flavor embeds structs by typedef, never by
    "struct tag"; no empty struct
  - no uint64_aligned_t defined by the header itself (xen.h owns it)
  - the header defines exactly the structs of the layout table, and that
    table keeps every field naturally aligned (64-bit fields at 8-byte
    offsets), sizes a multiple of the largest member, one layout for all ABIs
"""

import argparse
import os
import re
import sys
from typing import Any, Dict, List, Optional, Sequence, Tuple

sys.dont_write_bytecode = True
import headers_common as hc  # noqa: E402

SPDX = "/* SPDX-License-Identifier: MIT */"
FORBIDDEN_WORDS = ("int", "long", "short", "char", "bool", "_Bool", "enum", "float",
                   "double", "signed", "unsigned", "size_t", "uintptr_t", "void")
ALLOWED = {
    "portable": {"uint8_t", "uint16_t", "uint32_t", "uint64_t"},
    "linux": {"__u8", "__u16", "__u32", "__u64", "__le16", "__le32", "__le64",
              "__be16", "__be32", "__be64"},
    "xen": {"uint8_t", "uint16_t", "uint32_t", "uint64_aligned_t", "domid_t"},
}
ALLOWED_INCLUDES = {
    "portable": {"<stdint.h>"},
    "linux": {"<linux/types.h>"},
    "xen": {'"xen.h"', '"physdev.h"'},
}
_DIRECTIVE = re.compile(r"^[ \t]*#[ \t]*(\w+)[ \t]*(.*)$", re.M)


def _line(code, pos):
    return code.count("\n", 0, pos) + 1


def check_header(text: str, spec: str, flavor: str, facts: Dict[str, Any],
                 table_structs: Optional[Sequence[str]] = None) -> List[Tuple[int, str]]:
    """[(line, message)] of every rule the header text breaks.  ``facts`` are
    the layout table's facts about the flavor (headers_common.flavor_facts)."""
    errs = []
    code = hc.strip_comments(text)
    lines = text.split("\n")

    # Banner and SPDX line.
    head = "\n".join(lines[:25])
    if not re.search(r"generated from spec/%s\.yaml\b.*?do not edit" % re.escape(spec),
                     head, re.I | re.S):
        errs.append((1, "no banner 'Generated from spec/%s.yaml ... do not edit' in the first 25 lines" % spec))
    if flavor == "xen" and lines[0] != SPDX:
        errs.append((1, "xen flavor: first line must be '%s', is '%s'" % (SPDX, lines[0])))

    # 80 columns (tabs at 8): Xen's CODING_STYLE limit, Linux's preferred one.
    for i, ln in enumerate(lines, 1):
        if len(ln.expandtabs(8)) > 80:
            errs.append((i, "line is %d columns wide; the limit is 80" % len(ln.expandtabs(8))))

    # Include guard.
    dirs = [(m.group(1), m.group(2).strip(), _line(code, m.start())) for m in _DIRECTIVE.finditer(code)]
    if len(dirs) < 3 or dirs[0][0] != "ifndef" or dirs[1][0] != "define" \
            or dirs[1][1].split()[:1] != [dirs[0][1]] or dirs[-1][0] != "endif":
        errs.append((dirs[0][2] if dirs else 1,
                     "no include guard (#ifndef G / #define G first, #endif last)"))
    elif flavor == "xen":
        guard = dirs[0][1]
        if not re.match(r"^__XEN_PUBLIC_[A-Z0-9_]+_H__$", guard):
            errs.append((dirs[0][2], "xen flavor: guard '%s' is not __XEN_PUBLIC_<NAME>_H__" % guard))
    if len(dirs) >= 1 and facts.get("guard") and dirs[0][0] == "ifndef" \
            and dirs[0][1] != facts["guard"]:
        errs.append((dirs[0][2], "include guard '%s' is not the layout table's '%s'"
                     % (dirs[0][1], facts["guard"])))

    # Includes: exactly what the flavor may depend on.
    allowed_inc = ALLOWED_INCLUDES[flavor]
    for m in re.finditer(r'^[ \t]*#[ \t]*include[ \t]*([<"][^>"]+[>"])', code, re.M):
        if m.group(1) not in allowed_inc:
            errs.append((_line(code, m.start()), "%s flavor includes %s; it may include only %s"
                         % (flavor, m.group(1), ", ".join(sorted(allowed_inc)))))

    # No extern "C": the header declares types and constants only, nothing
    # with linkage, so there is nothing for it to wrap (Linux's uapi headers
    # and Xen's public headers have none).
    for m in re.finditer(r'\bextern\s+"C"', code):
        errs.append((_line(code, m.start()), 'extern "C" block: the header declares nothing '
                                             'with linkage, so it wraps nothing'))

    errs += kernel_doc_problems(text)
    errs += broken_words(text)

    # Unsigned constants -- or, in a drop-in for a kernel uapi header, the
    # kernel's plain int ones (no suffix; still no signed shift).
    kernel_int = bool(facts["drop_in"])
    int_macros = {facts["constants"][n] for n in facts["int_constants"]}
    for m in re.finditer(r"([\w.]+)\s*<<", code):
        if not re.match(r"^(0[xX][0-9a-fA-F]+|\d+)[uU][lL]{0,2}$", m.group(1)):
            errs.append((_line(code, m.start()), "shift of '%s': flag bits must be built from an "
                                                 "unsigned literal (1U << n)" % m.group(1)))
    for m in re.finditer(r"^[ \t]*#[ \t]*define[ \t]+(\w+)[ \t]+\(?[ \t]*(0[xX][0-9a-fA-F]+|\d+)(\w*)[ \t]*\)?[ \t]*$",
                         code, re.M):
        name, suffix = m.group(1), m.group(3)
        if kernel_int:
            if suffix:
                errs.append((_line(code, m.start()), "macro %s: suffix '%s', but a drop-in for %s "
                             "keeps the kernel's plain int constants"
                             % (name, suffix, "/usr/include/" + facts["header"])))
        elif name in int_macros:
            if suffix:
                errs.append((_line(code, m.start()), "macro %s: suffix '%s' on a constant the layout "
                             "table says is a plain int" % (name, suffix)))
        elif "u" not in suffix.lower():
            errs.append((_line(code, m.start()), "macro %s: integer constant without U suffix" % name))
    for m in re.finditer(r"\benum\s+\w*\s*\{(.*?)\}", code, re.S):
        for item in m.group(1).split(","):
            if item.strip() and "=" not in item:
                errs.append((_line(code, m.start()), "enumerator '%s' has no explicit value" % item.strip()))

    # No home-made uint64_aligned_t.
    for m in re.finditer(r"#\s*define\s+uint64_aligned_t\b|typedef[^;]*\buint64_aligned_t\s*;", code):
        errs.append((_line(code, m.start()), "the header defines uint64_aligned_t itself (xen.h owns it)"))

    # Struct members.
    bodies = hc.struct_bodies(text)
    tags = {t for t, _, _ in bodies}
    typedefs = set(re.findall(r"typedef\s+struct\s+\w+\s+(\w+)\s*;", code))
    allowed = set(ALLOWED[flavor])
    if flavor == "xen":
        allowed |= typedefs | set(facts["externals"].values())
    for tag, body, line in bodies:
        members = 0
        for raw in body.split(";"):
            decl_lines = [ln for ln in raw.split("\n") if not ln.strip().startswith("#")]
            decl = " ".join(" ".join(decl_lines).split())
            if not decl:
                continue
            members += 1
            dm = re.match(r"^(.*?)\s*\b(\w+)\s*(\[[^\]]*\])?$", decl)
            ty = dm.group(1) if dm else decl
            field = dm.group(2) if dm else "?"
            where = "struct %s: member %s" % (tag, field)
            if "*" in ty:
                errs.append((line, "%s is a pointer ('%s')" % (where, ty)))
                continue
            words = ty.split()
            bad = [w for w in words if w in FORBIDDEN_WORDS]
            if bad:
                errs.append((line, "%s has type '%s': no %s in an ABI struct" % (where, ty, "/".join(bad))))
                continue
            if words and words[0] == "struct":
                if flavor == "xen":
                    errs.append((line, "%s embeds '%s' by its struct tag; the xen flavor must use its "
                                       "typedef so Xen's compat translation can follow it" % (where, ty)))
                elif len(words) != 2 or words[1] not in tags:
                    errs.append((line, "%s has type '%s', not a struct of this header" % (where, ty)))
                continue
            if len(words) != 1 or words[0] not in allowed:
                hint = " (use uint64_aligned_t)" if flavor == "xen" and ty == "uint64_t" else ""
                errs.append((line, "%s has type '%s', not a fixed-width %s-flavor type%s"
                             % (where, ty, flavor, hint)))
        if members == 0:
            errs.append((line, "struct %s is empty" % tag))

    # The table's structs, no more, no fewer.
    if table_structs is not None:
        want = {facts["structs"][n] for n in table_structs if n not in facts["externals"]}
        for t in sorted(want - tags):
            errs.append((1, "struct %s of the layout table is not defined" % t))
        for t in sorted(tags - want):
            errs.append((1, "struct %s is not in the layout table" % t))
    return errs


_DOC_COMMENT = re.compile(r"/\*\*(.*?)\*/", re.S)
_CLAIM = re.compile(r"^\s*\*?\s*(struct|union|enum)\s+(\w+)\s+-\s", re.M)


def kernel_doc_problems(text: str) -> List[Tuple[int, str]]:
    """A comment that reads as kernel-doc is well-formed kernel-doc: it opens
    with /**, its first line is "struct NAME - brief" naming the struct that
    follows it, and it describes every member of that struct with one
    "@member:" line, in declaration order, before the free description."""
    errs: List[Tuple[int, str]] = []
    # a plain /* comment that claims the form
    for m in re.finditer(r"/\*(?!\*)(.*?)\*/", text, re.S):
        if _CLAIM.match(m.group(1).lstrip("\n")):
            errs.append((text.count("\n", 0, m.start()) + 1,
                         "comment reads as kernel-doc (\"struct/enum NAME - ...\") but opens "
                         "with /*, not /**"))
    bodies = {tag: body for tag, body, _ in hc.struct_bodies(text)}
    for m in _DOC_COMMENT.finditer(text):
        line = text.count("\n", 0, m.start()) + 1
        lines = [re.sub(r"^\s*\* ?", "", ln) for ln in m.group(1).split("\n")]
        # the line right after /** names what is documented
        first = lines[1] if len(lines) > 1 and not lines[0].strip() else lines[0]
        claim = re.match(r"(struct|union|enum)\s+(\w+)\s+-\s+\S", first)
        if not claim:
            errs.append((line, "kernel-doc comment does not start with 'struct NAME - brief'"))
            continue
        kind, name = claim.groups()
        after = hc.strip_comments(text[m.end():])
        nxt = re.match(r"(?:\s*#[^\n]*\n)*\s*(struct|union|enum)\s+(\w+)\s*\{", after)
        if not nxt or nxt.group(2) != name:
            errs.append((line, "kernel-doc comment for %s %s does not precede its definition"
                         % (kind, name)))
            continue
        if kind != "struct" or name not in bodies:
            continue
        described = re.findall(r"^@(\w+):", "\n".join(lines), re.M)
        members = [mm.group(1) for mm in re.finditer(
            r"(\w+)\s*(?:\[[^\]]*\])?\s*;", bodies[name])]
        if described != members:
            errs.append((line, "kernel-doc of struct %s describes %s; its members are %s"
                         % (name, ", ".join(described) or "nothing", ", ".join(members))))
        # the members come right after the brief: a blank line ends them
        text_lines = "\n".join(lines).strip("\n").split("\n")
        first_member = next((i for i, ln in enumerate(text_lines) if ln.startswith("@")), None)
        if first_member is not None and "" in [ln.strip() for ln in text_lines[:first_member]]:
            errs.append((line, "kernel-doc of struct %s: a blank line before the member "
                               "descriptions ends the brief early" % name))
    return errs


def broken_words(text: str) -> List[Tuple[int, str]]:
    """Comment lines that end inside a hyphenated word ("device-" / "readable"):
    a wrapper broke a word a careful writer would have kept whole."""
    errs = []
    for i, ln in enumerate(text.split("\n"), 1):
        if re.search(r"[A-Za-z]-$", ln.rstrip()) and re.match(r"\s*(/?\*|//)", ln):
            errs.append((i, "comment line ends inside a hyphenated word: '%s'"
                         % ln.strip()[-30:]))
    return errs


def guest_handle_problems(text: str, table: Dict[str, Any], facts: Dict[str, Any]) -> List[str]:
    """xen flavor: a guest handle for every hypercall argument -- a struct
    with a field the table gives a direction -- and for nothing else."""
    handles = set(re.findall(r"DEFINE_XEN_GUEST_HANDLE\(\s*(\w+)\s*\)", hc.strip_comments(text)))
    errs = []
    for s in table["structs"]:
        if s["name"] in facts["externals"]:
            continue
        td = facts["structs"][s["name"]] + "_t"
        crosses = any(f.get("dir") for f in s["fields"])
        if crosses and td not in handles:
            errs.append("struct %s is a hypercall argument (its fields have directions) but has "
                        "no DEFINE_XEN_GUEST_HANDLE(%s)" % (facts["structs"][s["name"]], td))
        if not crosses and td in handles:
            errs.append("struct %s never crosses a hypercall (no field has a direction) but "
                        "has a guest handle" % facts["structs"][s["name"]])
    return errs


PRIMITIVE_SIZES = {"u8": 1, "u16": 2, "u32": 4, "u64": 8, "le16": 2, "le32": 4, "le64": 8,
                   "be16": 2, "be32": 4, "be64": 8, "guest_handle": 8}


def table_problems(table: Dict[str, Any]) -> List[str]:
    """The ABI rules (spec/README.md) that the layout table (proven equal to every flavor
    on every target by the layout tests) must obey: every field at an offset
    that is a multiple of its own natural alignment (so 64-bit fields sit at
    8-byte offsets on every ABI, 32-bit ABIs included), every size a multiple
    of the struct's largest member, and the same size and offsets on every
    ABI."""
    errs = []
    by_name = {st["name"]: st for st in table["structs"]}
    for st in table["structs"]:
        name = st["name"]
        for fld in st["fields"]:
            ty = fld["type"]
            if ty.startswith("struct "):
                inner = by_name.get(ty.split()[1])
                natural = inner["max_member_size"] if inner else None
            else:
                natural = PRIMITIVE_SIZES.get(ty)
            if natural is None:
                errs.append("struct %s: field %s has type '%s' the table does not define"
                            % (name, fld["name"], ty))
            elif fld["offset"] % natural:
                errs.append("struct %s: field %s at offset %d is not %d-byte aligned"
                            % (name, fld["name"], fld["offset"], natural))
        if st["size"] % st["max_member_size"]:
            errs.append("struct %s: size %d is not a multiple of its largest member (%d)"
                        % (name, st["size"], st["max_member_size"]))
        for abi, lay in st["abi"].items():
            if lay["size"] != st["size"] or any(
                    lay["fields"][f["name"]] != [f["offset"], f["size"]] for f in st["fields"]):
                errs.append("struct %s: layout on %s differs from the canonical one" % (name, abi))
    return errs


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--spec", required=True, help="a spec with a layout table under --include")
    ap.add_argument("--flavor", required=True, choices=hc.FLAVORS)
    ap.add_argument("--include", default=hc.INCLUDE)
    ap.add_argument("--header", help="check this file instead of the generated header")
    args = ap.parse_args()
    table = hc.load_layout(args.spec, args.include)
    facts = hc.flavor_facts(table, args.flavor)
    rel = facts["header"]
    path = args.header or os.path.join(args.include, rel)
    with open(path) as f:
        text = f.read()
    errs = check_header(text, args.spec, args.flavor, facts, [s["name"] for s in table["structs"]])
    errs += [(1, "layout table: " + e) for e in table_problems(table)]
    if args.flavor == "xen" and table.get("format") != "iommu-abi-layout-1":
        errs += [(1, e) for e in guest_handle_problems(text, table, facts)]
    for line, msg in errs:
        print("%s:%d: error: %s" % (path, line, msg))
    if errs:
        print("FAIL: %s breaks %d hygiene rule(s)" % (rel, len(errs)))
        return 1
    print("OK: %s (%s flavor of spec/%s.yaml): banner, guard, no extern \"C\", kernel-doc, "
          "unsigned constants, "
          "fixed-width members, %d structs as in the layout table"
          % (rel, args.flavor, args.spec, len(hc.struct_tags(text))))
    return 0


if __name__ == "__main__":
    sys.exit(main())
