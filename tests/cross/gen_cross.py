#!/usr/bin/env python3
"""Configure-time helper of tests/cross: how each target ABI is built and
run with Debian's cross toolchains, and the sources of the runtime layout
program.

    gen_cross.py --out DIR [--include INCLUDE] [--specs SPEC...]

Prints, for CMake to read, one line per target ABI of gen/iommuabi/abis.py:

    abi NAME GCC PACKAGES QEMU MODE [FLAG...]

GCC is the cross compiler's command, PACKAGES the Debian packages that
provide it and its C library (comma-separated), QEMU the qemu-user binary
that runs its programs ("-" when the host runs them itself), MODE "run"
(a C library: every program) or "freestanding" (none: only the programs
registered FREESTANDING, linked with tests/cross/freestanding/rt.c), FLAGS
extra compiler flags.  Then one line per spec and flavor:

    check SPEC FLAVOR ASSERTIONS [FLAG...]

(the flavor's layout-assertion file relative to include/ and the flags its
header needs with a real cross compiler).  An ABI of abis.py without an
entry below is an error: a new target cannot be left out of the cross runs
by accident.

Into --out it writes (each file rewritten only when its text changes):

  layout-<spec>.<flavor>.c  for the target compiled (selected with abis.py's
                            preprocessor tests), at run time: the size,
                            alignment and every field's offset and size of
                            every struct, as include/layout/<spec>.json
                            states them; and, for every scalar field, that a
                            value stored through the field lands in exactly
                            the bytes the table gives, in the byte order
                            abis.py gives for that target.
  layout-main.c             runs them all; checks that the program runs on
                            the ABI named by its argument (pointer width,
                            byte order); exit 0 only if every check held.
"""

import argparse
import json
import os
import sys
from typing import Any, Dict, List, NamedTuple

HERE = os.path.dirname(os.path.abspath(__file__))
REPO = os.path.normpath(os.path.join(HERE, "..", ".."))
INCLUDE = os.path.join(REPO, "include")
XEN_STANDINS = os.path.join(REPO, "tests", "headers", "xen-standins")
sys.dont_write_bytecode = True
if os.path.join(REPO, "gen") not in sys.path:
    sys.path.insert(0, os.path.join(REPO, "gen"))
from iommuabi.abis import ABIS  # noqa: E402


class Cross(NamedTuple):
    gcc: str            # the cross compiler's command
    packages: str       # Debian packages: compiler, C library (comma-separated)
    qemu: str           # qemu-user binary, "-" for the host itself
    mode: str           # "run" or "freestanding"
    flags: str          # extra compiler flags, space-separated


# Debian 12's cross toolchains (gcc-<triple> + libc6-dev-<arch>-cross) and
# qemu-user's binaries, per ABI of abis.py.  Debian has no riscv32 C library
# (no libc6-dev-riscv32-cross): riscv32 is compiled, freestanding, with the
# riscv64 compiler in its ilp32d mode, and only the programs that need no C
# library beyond tests/cross/freestanding's minimal runtime run there.
CROSS: Dict[str, Cross] = {
    "i386": Cross("i686-linux-gnu-gcc", "gcc-i686-linux-gnu,libc6-dev-i386-cross", "qemu-i386", "run", ""),
    "x86_64": Cross("x86_64-linux-gnu-gcc", "gcc,libc6-dev", "-", "run", ""),
    "armv7": Cross("arm-linux-gnueabihf-gcc", "gcc-arm-linux-gnueabihf,libc6-dev-armhf-cross",
                   "qemu-arm", "run", ""),
    "aarch64": Cross("aarch64-linux-gnu-gcc", "gcc-aarch64-linux-gnu,libc6-dev-arm64-cross",
                     "qemu-aarch64", "run", ""),
    "riscv32": Cross("riscv64-linux-gnu-gcc", "gcc-riscv64-linux-gnu", "qemu-riscv32", "freestanding",
                     "-march=rv32gc -mabi=ilp32d -ffreestanding"),
    "riscv64": Cross("riscv64-linux-gnu-gcc", "gcc-riscv64-linux-gnu,libc6-dev-riscv64-cross",
                     "qemu-riscv64", "run", ""),
    "powerpc": Cross("powerpc-linux-gnu-gcc", "gcc-powerpc-linux-gnu,libc6-dev-powerpc-cross",
                     "qemu-ppc", "run", ""),
    "powerpc64le": Cross("powerpc64le-linux-gnu-gcc", "gcc-powerpc64le-linux-gnu,libc6-dev-ppc64el-cross",
                         "qemu-ppc64le", "run", ""),
    "s390x": Cross("s390x-linux-gnu-gcc", "gcc-s390x-linux-gnu,libc6-dev-s390x-cross", "qemu-s390x", "run", ""),
    "mips": Cross("mips-linux-gnu-gcc", "gcc-mips-linux-gnu,libc6-dev-mips-cross", "qemu-mips", "run", ""),
}

# Field types of the layout table whose C member is a plain integer of the
# field's size in every flavor (a byte-placement probe can store through it).
SCALAR_TYPES = {"u8", "u16", "u32", "u64", "le16", "le32", "le64"}


def cross_flags(flavor: str) -> List[str]:
    """What a flavor's header needs with a real cross compiler: the linux
    flavor takes the target's own <linux/types.h> from the cross C library's
    kernel headers (no stand-in); the xen flavor, as Xen checks its public
    headers, stdint.h from the includer, __XEN_TOOLS__ (x86_32's 8-aligned
    uint64_aligned_t) and Xen's types (the header tests' stand-ins)."""
    if flavor == "xen":
        return ["-D__XEN_TOOLS__", "-include", "stdint.h", "-I", XEN_STANDINS]
    return []


def load_layout(spec: str, include: str) -> Dict[str, Any]:
    with open(os.path.join(include, "layout", spec + ".json")) as f:
        table: Dict[str, Any] = json.load(f)
    return table


def specs(include: str) -> List[str]:
    return sorted(n[:-len(".json")] for n in os.listdir(os.path.join(include, "layout"))
                  if n.endswith(".json"))


def flavor_facts(table: Dict[str, Any], flavor: str) -> Dict[str, Any]:
    facts: Dict[str, Any] = table["flavors"][flavor]
    return facts


def probe_value(size: int) -> str:
    """A constant whose little-endian byte i is 0x81 + i."""
    digits = "".join("%02x" % (0x81 + i) for i in reversed(range(size)))
    return "0x%s%s" % (digits, "ULL" if size == 8 else "UL" if size == 4 else "U")


def c_ident(text: str) -> str:
    return "".join(ch if ch.isalnum() else "_" for ch in text)


def layout_unit(table: Dict[str, Any], flavor: str) -> str:
    spec = table["spec"]
    facts = flavor_facts(table, flavor)
    fn = "iommu_abi_cross_layout_%s_%s" % (c_ident(spec), flavor)
    out = [
        "/* Generated by tests/cross/gen_cross.py from include/layout/%s.json:\n" % spec,
        " * %s (%s flavor), checked at run time on the target. */\n" % (facts["header"], flavor),
        # The xen flavor as the tools see it; its includer supplies stdint.h.
        "#define __XEN_TOOLS__ 1\n#include <stdint.h>\n" if flavor == "xen" else "",
        "#include <stddef.h>\n#include <string.h>\n",
        "#include <%s>\n" % facts["header"],
        '#include "layout_check.h"\n\n',
        "int %s(struct layout_counts *n);\n\n" % fn,
        "int %s(struct layout_counts *n)\n{\n    int bad = 0;\n" % fn,
    ]
    first = True
    for abi in ABIS:
        out.append("#%s %s /* %s */\n" % ("if" if first else "elif", abi.cpp_test, abi.name))
        first = False
        if abi.name not in table["abis"]:
            out.append('#error "layout table %s.json has no entry for %s"\n' % (spec, abi.name))
            continue
        big = 1 if abi.big_endian else 0
        for st in table["structs"]:
            tag = facts["structs"][st["name"]]
            lay = st["abi"][abi.name]
            align = lay["xen_align"] if flavor == "xen" else lay["align"]
            t = "struct " + tag
            out.append("    {\n        struct al { char c; %s s; };\n" % t)
            out.append('        bad += LC_EQ(n, "%s size", sizeof(%s), %d);\n' % (tag, t, lay["size"]))
            out.append('        bad += LC_EQ(n, "%s alignment", offsetof(struct al, s), %d);\n' % (tag, align))
            for fld in st["fields"]:
                name = fld["name"]
                off, size = lay["fields"][name]
                out.append('        bad += LC_EQ(n, "%s.%s offset", offsetof(%s, %s), %d);\n'
                           % (tag, name, t, name, off))
                out.append('        bad += LC_EQ(n, "%s.%s size", sizeof(((%s *)0)->%s), %d);\n'
                           % (tag, name, t, name, size))
                if fld["type"] in SCALAR_TYPES and fld["count"] is None and size in (1, 2, 4, 8):
                    out.append("        {\n            %s s;\n" % t)
                    out.append("            memset(&s, 0, sizeof(s));\n")
                    out.append("            s.%s = %s;\n" % (name, probe_value(size)))
                    out.append('            bad += layout_probe(n, "%s.%s", (const unsigned char *)&s, '
                               "sizeof(s), %d, %d, %d);\n        }\n" % (tag, name, off, size, big))
            tail = st.get("variable_tail")
            if tail:
                out.append('        bad += LC_EQ(n, "%s.%s (tail) offset", offsetof(%s, %s), %d);\n'
                           % (tag, tail["name"], t, tail["name"], tail["offset"]))
            out.append("    }\n")
    out.append('#else\n#error "target not in gen/iommuabi/abis.py"\n#endif\n')
    out.append("    return bad;\n}\n")
    return "".join(out)


def main_unit(units: List[str]) -> str:
    out = ["/* Generated by tests/cross/gen_cross.py: the runtime layout program. */\n",
           "#include <stdio.h>\n#include <string.h>\n",
           '#include "layout_check.h"\n\n']
    for u in units:
        out.append("int %s(struct layout_counts *n);\n" % u)
    out.append("\nstatic const struct layout_target target = {\n")
    first = True
    for abi in ABIS:
        out.append("#%s %s\n" % ("if" if first else "elif", abi.cpp_test))
        first = False
        out.append('    "%s", %d, %d\n' % (abi.name, abi.bits, 1 if abi.big_endian else 0))
    out.append('#else\n#error "target not in gen/iommuabi/abis.py"\n#endif\n};\n\n')
    out.append("static int (*const units[])(struct layout_counts *) = {\n")
    for u in units:
        out.append("    %s,\n" % u)
    out.append("};\nstatic const char *const unit_names[] = {\n")
    for u in units:
        out.append('    "%s",\n' % u)
    out.append("};\n\n")
    out.append("int main(int argc, char **argv)\n{\n"
               "    return layout_main(&target, argc, argv, units, unit_names,\n"
               "                       sizeof(units) / sizeof(units[0]));\n}\n")
    return "".join(out)


def write_if_changed(path: str, text: str) -> None:
    old = None
    if os.path.exists(path):
        with open(path) as f:
            old = f.read()
    if old != text:
        with open(path, "w") as f:
            f.write(text)


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--out", required=True)
    ap.add_argument("--include", default=INCLUDE)
    ap.add_argument("--specs", nargs="+", metavar="SPEC")
    args = ap.parse_args()
    missing = [a.name for a in ABIS if a.name not in CROSS]
    if missing:
        raise SystemExit("gen_cross: no cross toolchain entry for %s (tests/cross/gen_cross.py CROSS)"
                         % ", ".join(missing))
    os.makedirs(args.out, exist_ok=True)
    units = []
    checks = []
    for spec in args.specs or specs(args.include):
        table = load_layout(spec, args.include)
        for flavor in sorted(table["flavors"]):
            write_if_changed(os.path.join(args.out, "layout-%s.%s.c" % (spec, flavor)),
                             layout_unit(table, flavor))
            units.append("iommu_abi_cross_layout_%s_%s" % (c_ident(spec), flavor))
            facts = flavor_facts(table, flavor)
            checks.append("check %s %s %s %s" % (spec, flavor, facts["assertions"],
                                                 " ".join(cross_flags(flavor))))
    write_if_changed(os.path.join(args.out, "layout-main.c"), main_unit(units))
    for abi in ABIS:
        c = CROSS[abi.name]
        print("abi %s %s %s %s %s %s" % (abi.name, c.gcc, c.packages, c.qemu, c.mode, c.flags))
    for line in checks:
        print(line)


if __name__ == "__main__":
    main()
