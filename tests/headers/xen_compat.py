#!/usr/bin/env python3
"""Emulate Xen's compat header generation on a xen-flavor header, then check it.

Xen builds a 32-bit "compat" copy of each public header for its 64-bit
hypervisor: a source pass hides the header's #include and #define lines
from the preprocessor (so its own macros survive, while conditionals and
comments are resolved), then a rename pass turns xen_/XEN_ into compat_/
COMPAT_, struct/union/enum tags into compat_<tag>, typedef names xen_foo_t
into compat_foo_t and other foo_t into foo_compat_t (the C fixed-width
uint*_t/int*_t are kept), and guest handles into 32-bit compat handles.  The
hypervisor then compiles both copies in one unit and checks, struct by
struct, that the compat layout matches (xlat.lst, CHECK_*).  This script is
our own re-implementation of that pipeline, in these steps:

  1. lint: in the native header no struct member is declared with a
     "struct tag" type (embedded structs go by typedef, or the translation
     cannot follow them);
  2. translate the header, and the stand-in headers it includes other than
     xen.h (physdev.h), into <work>/compat/;
  3. declared twice: every tag, typedef and enumerator of the compat copy
     must differ from the native header's (a macro may be repeated only
     with an identical definition, which C allows);
  4. compile one unit, as the hypervisor would (-D__XEN__), with the
     stand-ins, the native header, the compat prelude (our stand-in for
     Xen's xen/compat.h: 4-byte-aligned 64-bit integers, 32-bit handles)
     and the compat copy, -Wall -Wextra -Werror,
     for the requested ABI (i386 or x86_64), with CHECK-style assertions
     generated from the layout table: for every struct, compat size, every
     compat field offset and size == native's == the table's x86_64 numbers,
     and the compat alignment == the table's i386 alignment.  Compiled for
     x86_64 this is Xen's own CHECK_*: the compat copy (packed to 4 as Xen
     does for x86_32 guests) against the native 64-bit layout.

Exit status 0 when everything holds; otherwise 1, with one error line per
problem.
"""

import argparse
import json
import os
import re
import subprocess
import sys

sys.dont_write_bytecode = True
import headers_common as hc  # noqa: E402

HIDE_DEFINE = "__IommuAbiDeFiNe__"
HIDE_UNDEF = "__IommuAbiUnDeF__"
KEEP_TYPEDEFS = re.compile(r"^u?int(8|16|32|64|ptr|max)_t$|^size_t$|^ptrdiff_t$")

PRELUDE = """\
/*
 * compat-prelude.h - written by tests/headers/xen_compat.py; plays the part
 * of Xen's xen/compat.h for the emulated compat headers: what a 32-bit x86
 * guest's view of the ABI types is.
 */
#ifndef IOMMU_ABI_COMPAT_PRELUDE_H
#define IOMMU_ABI_COMPAT_PRELUDE_H

/* A 64-bit integer as an x86_32 guest lays it out in a struct: 4-aligned. */
typedef uint64_t uint64_aligned_compat_t __attribute__((__aligned__(4)));
typedef domid_t domid_compat_t;
typedef uint32_t compat_ptr_t;

/* A guest handle of a 32-bit guest: a 32-bit guest virtual address. */
#define __DEFINE_COMPAT_HANDLE(name, type) \\
    typedef struct { compat_ptr_t c; } __compat_handle_ ## name
#define DEFINE_COMPAT_HANDLE(name) \\
    __DEFINE_COMPAT_HANDLE(name, name); \\
    __DEFINE_COMPAT_HANDLE(const_ ## name, const name)
#define COMPAT_HANDLE(name) __compat_handle_ ## name
DEFINE_COMPAT_HANDLE(void);
DEFINE_COMPAT_HANDLE(char);
DEFINE_COMPAT_HANDLE(int);

#endif
"""


class CompatError(Exception):
    pass


def _logical_lines(text):
    """Lines with backslash continuations joined."""
    return re.sub(r"\\\n", " ", text).split("\n")


def source_pass(text, clang, standins=None):
    """Includes removed, #define/#undef hidden, then preprocessed (-undef),
    with xen-compat.h from ``standins`` forced in first, as Xen's compat
    rules do (-include public/xen-compat.h): it sets __XEN_INTERFACE_VERSION__
    to the latest for __XEN__, so what a version guards is translated too."""
    out = []
    for line in _logical_lines(text):
        if re.match(r"^\s*#\s*include\b", line):
            out.append("")
            continue
        m = re.match(r"^\s*#\s*(define|undef)\b(.*)$", line)
        if m:
            out.append((HIDE_DEFINE if m.group(1) == "define" else HIDE_UNDEF) + m.group(2))
            continue
        out.append(line)
    # Xen makes the compat .i with its own CFLAGS, so __XEN__ is defined.
    forced = []
    if standins and os.path.exists(os.path.join(standins, "xen-compat.h")):
        forced = ["-include", os.path.join(standins, "xen-compat.h")]
    res = subprocess.run([clang, "-E", "-P", "-undef", "-D__XEN__", "-std=gnu99"] + forced +
                         ["-x", "c", "-"],
                         input="\n".join(out), stdout=subprocess.PIPE, stderr=subprocess.PIPE,
                         universal_newlines=True)
    if res.returncode != 0:
        raise CompatError("preprocessing failed:\n" + res.stderr)
    code = res.stdout
    code = re.sub(r"^\s*%s\b" % HIDE_DEFINE, "#define", code, flags=re.M)
    code = re.sub(r"^\s*%s\b" % HIDE_UNDEF, "#undef", code, flags=re.M)
    return re.sub(r"\n\s*\n+", "\n", code).strip() + "\n"


def _typedef_name(m):
    name = m.group(0)
    if KEEP_TYPEDEFS.match(name) or name.startswith("compat_") or name.endswith("_compat_t"):
        return name
    if name.startswith("xen_"):
        return "compat_" + name[len("xen_"):]
    return name[:-len("_t")] + "_compat_t"


def rename(code):
    """The compat rename pass, on preprocessed text."""
    code = re.sub(r"\bDEFINE_XEN_GUEST_HANDLE\b", "DEFINE_COMPAT_HANDLE", code)
    code = re.sub(r"\bXEN_GUEST_HANDLE(_64|_PARAM)?\b", "COMPAT_HANDLE", code)
    code = re.sub(r"\b(struct|union|enum)(\s+)(?:xen_)?(\w+)", r"\1\2compat_\3", code)
    code = re.sub(r"\b\w+_t\b", _typedef_name, code)
    code = re.sub(r"\bxen_", "compat_", code)
    # Only a word-initial XEN_ is a prefix: the native include guard
    # (__XEN_PUBLIC_..._H__) survives, repeated identically, as with Xen.
    code = re.sub(r"\bXEN_", "COMPAT_", code)
    return code


def compat_header(name, text, clang, standins=None):
    guard = "IOMMU_ABI_COMPAT_" + re.sub(r"\W", "_", name).upper()
    return ("/* compat/%s - generated by tests/headers/xen_compat.py; do not edit. */\n"
            "#ifndef %s\n#define %s\n#pragma pack(4)\n%s#pragma pack()\n#endif\n"
            % (name, guard, guard, rename(source_pass(text, clang, standins))))


def declared(code):
    """What preprocessed code declares: macros {name: body}, and sets of
    tags, typedef names and enumerators."""
    macros = {m.group(1): " ".join(m.group(2).split())
              for m in re.finditer(r"^#define\s+(\w+)(.*)$", code, re.M)}
    body = re.sub(r"^#.*$", "", code, flags=re.M)
    tags = set(re.findall(r"\b(?:struct|union|enum)\s+(\w+)\s*\{", body))
    typedefs = set(re.findall(r"\btypedef\b[^;{}]*?\b(\w+)\s*;", body))
    enumerators = set()
    for m in re.finditer(r"\benum\b[^{;]*\{([^}]*)\}", body):
        for item in m.group(1).split(","):
            item = item.strip()
            if item:
                enumerators.add(re.match(r"\w+", item).group(0))
    return macros, tags, typedefs, enumerators


def tag_embedding_problems(text, relpath):
    out = []
    for tag, body, line in hc.struct_bodies(text):
        for decl in body.split(";"):
            decl = " ".join(ln for ln in decl.split("\n") if not ln.strip().startswith("#"))
            m = re.match(r"^\s*(struct|union)\s+(\w+)\s+(\w+)", decl)
            if m:
                out.append("%s:%d: struct %s: member %s is declared as '%s %s': embed it by its "
                           "typedef, or Xen's compat translation cannot follow it"
                           % (relpath, line, tag, m.group(3), m.group(1), m.group(2)))
    return out


def twice_problems(native, compat, relpath):
    out = []
    nm, nt, nty, ne = declared(native)
    cm, ct, cty, ce = declared(compat)
    for kind, a, b in (("struct/union/enum tag", nt, ct), ("typedef", nty, cty),
                       ("enumerator", ne, ce)):
        for name in sorted(a & b):
            out.append("%s: %s %s is declared by the native header and again by its compat "
                       "copy: the xen_/XEN_ renaming does not reach it" % (relpath, kind, name))
    for name in sorted(set(nm) & set(cm)):
        if nm[name] != cm[name]:
            out.append("%s: macro %s is defined by the native header as '%s' and by the compat "
                       "copy as '%s'" % (relpath, name, nm[name], cm[name]))
    return out


def native_tag(name, native_code, deps_code):
    for cand in ("xen_" + name, name):
        if re.search(r"\bstruct\s+%s\s*\{" % cand, native_code + deps_code):
            return cand
    return None


def checks(table, abi, native_code, deps_code):
    lines = ["#define CHECK(name, cond) typedef char iommu_abi_compat_check_##name[(cond) ? 1 : -1]"]
    missing = []
    for st in table["structs"]:
        name = st["name"]
        tag = native_tag(name, native_code, deps_code)
        if tag is None:
            missing.append(name)
            continue
        nat, com = "struct " + tag, "struct compat_" + name
        x64, mine, i386 = st["abi"]["x86_64"], st["abi"][abi], st["abi"]["i386"]
        lines.append("/* %s */" % com)
        lines.append("CHECK(%s__size, sizeof(%s) == sizeof(%s));" % (name, com, nat))
        lines.append("CHECK(%s__size_table, sizeof(%s) == %d && sizeof(%s) == %d);"
                     % (name, com, x64["size"], nat, mine["size"]))
        lines.append("struct iommu_abi_compat_align_%s { char c; %s s; };" % (name, com))
        lines.append("CHECK(%s__compat_align, offsetof(struct iommu_abi_compat_align_%s, s) == %d);"
                     % (name, name, i386["align"]))
        for fld in st["fields"]:
            f = fld["name"]
            off, size = x64["fields"][f]
            noff = mine["fields"][f][0]
            lines.append("CHECK(%s__%s, offsetof(%s, %s) == offsetof(%s, %s));" % (name, f, com, f, nat, f))
            lines.append("CHECK(%s__%s__table, offsetof(%s, %s) == %d && offsetof(%s, %s) == %d);"
                         % (name, f, com, f, off, nat, f, noff))
            lines.append("CHECK(%s__%s__size, sizeof(((%s *)0)->%s) == sizeof(((%s *)0)->%s) "
                         "&& sizeof(((%s *)0)->%s) == %d);" % (name, f, com, f, nat, f, com, f, size))
    return "\n".join(lines) + "\n", missing


def run(args):
    header_path = os.path.join(args.include, args.header)
    with open(header_path) as f:
        text = f.read()
    with open(args.layout) as f:
        table = json.load(f)
    if args.abi not in ("i386", "x86_64"):
        raise CompatError("--abi must be i386 or x86_64 (Xen's compat pair)")
    problems = tag_embedding_problems(text, args.header)

    includes = re.findall(r'^\s*#\s*include\s+"([^"]+)"', text, re.M)
    deps = [i for i in includes if i != "xen.h"]
    compat_dir = os.path.join(args.work, "compat")
    os.makedirs(compat_dir, exist_ok=True)
    with open(os.path.join(args.work, "compat-prelude.h"), "w") as f:
        f.write(PRELUDE)
    deps_native = ""
    for dep in deps:
        dpath = os.path.join(args.standins, dep)
        if not os.path.exists(dpath):
            raise CompatError("%s includes \"%s\", which the stand-ins do not provide" % (args.header, dep))
        with open(dpath) as f:
            dtext = f.read()
        deps_native += source_pass(dtext, args.clang, args.standins)
        with open(os.path.join(compat_dir, dep), "w") as f:
            f.write(compat_header(dep, dtext, args.clang, args.standins))
    base = os.path.basename(args.header)
    native = source_pass(text, args.clang, args.standins)
    compat = compat_header(base, text, args.clang, args.standins)
    with open(os.path.join(compat_dir, base), "w") as f:
        f.write(compat)
    problems += twice_problems(native, compat, args.header)

    check_code, missing = checks(table, args.abi, native, deps_native)
    for name in missing:
        problems.append("%s: struct %s of the layout table is in neither the header nor the "
                        "stand-ins" % (args.header, name))
    # The native header is compiled from a copy, so that its quoted includes
    # ("xen.h", "physdev.h") resolve to the stand-ins, never to files that
    # happen to sit next to the original.
    native_root = os.path.join(args.work, "native")
    os.makedirs(os.path.dirname(os.path.join(native_root, args.header)), exist_ok=True)
    with open(os.path.join(native_root, args.header), "w") as f:
        f.write(text)
    tu = ["/* Generated by tests/headers/xen_compat.py: native + compat copy of %s, %s. */"
          % (args.header, args.abi), "#include <stddef.h>"]
    tu += ['#include "%s"' % i for i in includes]
    tu += ["#include <%s>" % args.header, '#include "compat-prelude.h"']
    tu += ['#include "compat/%s"' % d for d in deps] + ['#include "compat/%s"' % base]
    tu_path = os.path.join(args.work, "compat-check.c")
    with open(tu_path, "w") as f:
        f.write("\n".join(tu) + "\n" + check_code)
    if getattr(args, "gcc", None):
        # Xen itself is built with GCC: same unit, gcc -m32 / -m64.
        cc = [args.gcc, "-m32" if args.abi == "i386" else "-m64", "-ffreestanding", "-fsyntax-only"]
    else:
        cc = [args.clang, "-target", hc.abi_by_name(args.abi).triple, "-ffreestanding",
              "-nostdlibinc", "-fsyntax-only", "-ferror-limit=0"]
    cmd = cc + ["-std=gnu99", "-Wall", "-Wextra", "-Werror", "-D__XEN__", "-include", "stdint.h",
                "-I", args.work, "-I", args.standins, "-I", native_root, tu_path]
    res = subprocess.run(cmd, stdout=subprocess.PIPE, stderr=subprocess.STDOUT, universal_newlines=True)
    if res.returncode != 0:
        problems.append("native + compat unit does not compile for %s:\n  %s\n%s"
                        % (args.abi, " ".join(cmd), res.stdout.rstrip()))
    nm, nt, _, ne = declared(compat)
    return problems, (len(nt), len(nm), len(ne), len(table["structs"]))


def main(argv=None):
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--clang", default="clang", help="preprocesses, and compiles unless --gcc")
    ap.add_argument("--gcc", help="compile the unit with this gcc (-m32/-m64) instead of clang")
    ap.add_argument("--include", default=hc.INCLUDE, help="root the header path is relative to")
    ap.add_argument("--header", required=True, help="e.g. xen/public/pv-iommu.h")
    ap.add_argument("--layout", required=True, help="include/layout/<spec>.json")
    ap.add_argument("--abi", required=True, choices=("i386", "x86_64"))
    ap.add_argument("--standins", default=hc.XEN_STANDINS)
    ap.add_argument("--work", required=True, help="directory for the compat copy and the unit")
    args = ap.parse_args(argv)
    try:
        problems, counts = run(args)
    except CompatError as e:
        problems, counts = [str(e)], None
    for p in problems:
        print("error: " + p)
    if problems:
        print("FAIL: %s is not ready for Xen's compat pipeline (%d problem(s); files in %s)"
              % (args.header, len(problems), args.work))
        return 1
    print("OK: %s: compat copy (%d tags, %d macros, %d enumerators renamed) compiles next to the "
          "native header for %s; all %d structs: compat size/offsets == native == x86_64 table, "
          "compat alignment == i386's" % ((args.header,) + counts[:3] + (args.abi, counts[3])))
    return 0


if __name__ == "__main__":
    sys.exit(main())
