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
    last is #endif (xen flavor: G is __XEN_PUBLIC_<NAME>_H__)
  - extern "C" for C++: opened (#ifdef __cplusplus) before the first
    declaration and closed after the last one
  - every shifted literal is unsigned (1U << n); every object-like macro whose
    value is a bare integer has a U suffix (Xen's __HYPERVISOR_* hypercall
    numbers excepted: Xen writes those without one; and the linux flavor of a
    drop-in for a kernel header, headers_common.LINUX_DROP_IN, has none, as
    the kernel's constants are int); every enumerator has an explicit value
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


def check_header(text, spec, flavor, table_structs=None):
    """[(line, message)] of every rule the header text breaks."""
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

    # Includes: exactly what the flavor may depend on.
    allowed_inc = ALLOWED_INCLUDES[flavor]
    for m in re.finditer(r'^[ \t]*#[ \t]*include[ \t]*([<"][^>"]+[>"])', code, re.M):
        if m.group(1) not in allowed_inc:
            errs.append((_line(code, m.start()), "%s flavor includes %s; it may include only %s"
                         % (flavor, m.group(1), ", ".join(sorted(allowed_inc)))))

    # extern "C".
    opens = [m.start() for m in re.finditer(r'#\s*ifdef\s+__cplusplus\s*\n\s*extern\s+"C"\s*\{\s*\n\s*#\s*endif', code)]
    closes = [m.start() for m in re.finditer(r'#\s*ifdef\s+__cplusplus\s*\n\s*\}\s*\n\s*#\s*endif', code)]
    decls = [m.start() for m in re.finditer(r"^\s*(struct|enum|typedef|union)\b", code, re.M)]
    if len(opens) != 1 or len(closes) != 1:
        errs.append((1, 'extern "C" block for C++ missing or not balanced '
                        '(%d opening, %d closing #ifdef __cplusplus blocks)' % (len(opens), len(closes))))
    elif decls and not (opens[0] < min(decls) and closes[0] > max(decls)):
        errs.append((_line(code, opens[0]), 'extern "C" block does not enclose every declaration'))

    # Unsigned constants -- or, in a drop-in for a kernel uapi header, the
    # kernel's plain int ones (no suffix; still no signed shift).
    kernel_int = flavor == "linux" and spec in hc.LINUX_DROP_IN
    for m in re.finditer(r"([\w.]+)\s*<<", code):
        if not re.match(r"^(0[xX][0-9a-fA-F]+|\d+)[uU][lL]{0,2}$", m.group(1)):
            errs.append((_line(code, m.start()), "shift of '%s': flag bits must be built from an "
                                                 "unsigned literal (1U << n)" % m.group(1)))
    for m in re.finditer(r"^[ \t]*#[ \t]*define[ \t]+(\w+)[ \t]+\(?[ \t]*(0[xX][0-9a-fA-F]+|\d+)(\w*)[ \t]*\)?[ \t]*$",
                         code, re.M):
        name, suffix = m.group(1), m.group(3)
        if name.startswith("__HYPERVISOR_"):
            continue
        if kernel_int:
            if suffix:
                errs.append((_line(code, m.start()), "macro %s: suffix '%s', but a drop-in for %s "
                             "keeps the kernel's plain int constants" % (name, suffix,
                                                                        hc.LINUX_DROP_IN[spec])))
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
        allowed |= typedefs | {"physdev_pci_device_t"}
    for tag, body, line in bodies:
        members = 0
        for raw in body.split(";"):
            decl_lines = [ln for ln in raw.split("\n") if not ln.strip().startswith("#")]
            decl = " ".join(" ".join(decl_lines).split())
            if not decl:
                continue
            members += 1
            m = re.match(r"^(.*?)\s*\b(\w+)\s*(\[[^\]]*\])?$", decl)
            ty = m.group(1) if m else decl
            field = m.group(2) if m else "?"
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
        want = {hc.flavor_tag(flavor, n) for n in table_structs
                if not (flavor == "xen" and n in hc.XEN_EXTERNAL_STRUCTS)}
        for t in sorted(want - tags):
            errs.append((1, "struct %s of the layout table is not defined" % t))
        for t in sorted(tags - want):
            errs.append((1, "struct %s is not in the layout table" % t))
    return errs


PRIMITIVE_SIZES = {"u8": 1, "u16": 2, "u32": 4, "u64": 8, "le16": 2, "le32": 4, "le64": 8,
                   "be16": 2, "be32": 4, "be64": 8, "guest_handle": 8}


def table_problems(table):
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


def main():
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--spec", required=True, choices=hc.SPECS)
    ap.add_argument("--flavor", required=True, choices=hc.FLAVORS)
    ap.add_argument("--include", default=hc.INCLUDE)
    ap.add_argument("--header", help="check this file instead of the generated header")
    args = ap.parse_args()
    rel = hc.HEADERS[(args.spec, args.flavor)]
    path = args.header or os.path.join(args.include, rel)
    with open(path) as f:
        text = f.read()
    table = hc.load_layout(args.spec, args.include)
    errs = check_header(text, args.spec, args.flavor, [s["name"] for s in table["structs"]])
    errs += [(1, "layout table: " + e) for e in table_problems(table)]
    for line, msg in errs:
        print("%s:%d: error: %s" % (path, line, msg))
    if errs:
        print("FAIL: %s breaks %d hygiene rule(s)" % (rel, len(errs)))
        return 1
    print("OK: %s (%s flavor of spec/%s.yaml): banner, guard, extern \"C\", unsigned constants, "
          "fixed-width members, %d structs as in the layout table"
          % (rel, args.flavor, args.spec, len(hc.struct_tags(text))))
    return 0


if __name__ == "__main__":
    sys.exit(main())
