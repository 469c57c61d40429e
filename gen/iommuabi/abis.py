"""The target ABIs every layout is proven on.

One table, used by the layout engine (to compute the spec's canonical
layout per ABI), by abi-check (to drive ``clang -target``) and by the tests.
Only the facts the layout of fixed-width types depends on are recorded: the
natural alignment of a 64-bit integer (4 on i386's System V ABI, 8 elsewhere)
and the pointer width (for reporting; no emitted struct holds a pointer).
"""

from dataclasses import dataclass


@dataclass(frozen=True)
class Abi:
    name: str           # short name used everywhere (CLI, JSON, test names)
    triple: str         # clang -target triple
    bits: int           # pointer width
    u64_align: int      # alignment of uint64_t / unsigned long long in a struct
    big_endian: bool
    cpp_test: str       # preprocessor test true only when compiling for it


ABIS = (
    Abi("i386", "i386-pc-linux-gnu", 32, 4, False, "defined(__i386__)"),
    Abi("x86_64", "x86_64-pc-linux-gnu", 64, 8, False, "defined(__x86_64__)"),
    Abi("armv7", "armv7-unknown-linux-gnueabihf", 32, 8, False, "defined(__arm__)"),
    Abi("aarch64", "aarch64-unknown-linux-gnu", 64, 8, False, "defined(__aarch64__)"),
    Abi("riscv32", "riscv32-unknown-linux-gnu", 32, 8, False, "defined(__riscv) && __riscv_xlen == 32"),
    Abi("riscv64", "riscv64-unknown-linux-gnu", 64, 8, False, "defined(__riscv) && __riscv_xlen == 64"),
    Abi("powerpc", "powerpc-unknown-linux-gnu", 32, 8, True, "defined(__powerpc__) && !defined(__powerpc64__)"),
    Abi("powerpc64le", "powerpc64le-unknown-linux-gnu", 64, 8, False, "defined(__powerpc64__) && defined(__LITTLE_ENDIAN__)"),
    Abi("s390x", "s390x-unknown-linux-gnu", 64, 8, True, "defined(__s390x__)"),
    Abi("mips", "mips-unknown-linux-gnu", 32, 8, True, "defined(__mips__)"),
)

ABI_NAMES = tuple(a.name for a in ABIS)


def abi_by_name(name: str) -> Abi:
    """Return the Abi called ``name``; raise KeyError naming the known ones."""
    for abi in ABIS:
        if abi.name == name:
            return abi
    raise KeyError("unknown target ABI '%s' (known: %s)" % (name, ", ".join(ABI_NAMES)))
