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


ABIS = (
    Abi("i386", "i386-pc-linux-gnu", 32, 4, False),
    Abi("x86_64", "x86_64-pc-linux-gnu", 64, 8, False),
    Abi("armv7", "armv7-unknown-linux-gnueabihf", 32, 8, False),
    Abi("aarch64", "aarch64-unknown-linux-gnu", 64, 8, False),
    Abi("riscv32", "riscv32-unknown-linux-gnu", 32, 8, False),
    Abi("riscv64", "riscv64-unknown-linux-gnu", 64, 8, False),
    Abi("powerpc", "powerpc-unknown-linux-gnu", 32, 8, True),
    Abi("powerpc64le", "powerpc64le-unknown-linux-gnu", 64, 8, False),
    Abi("s390x", "s390x-unknown-linux-gnu", 64, 8, True),
    Abi("mips", "mips-unknown-linux-gnu", 32, 8, True),
)

ABI_NAMES = tuple(a.name for a in ABIS)


def abi_by_name(name):
    """Return the Abi called ``name``; raise KeyError naming the known ones."""
    for abi in ABIS:
        if abi.name == name:
            return abi
    raise KeyError("unknown target ABI '%s' (known: %s)" % (name, ", ".join(ABI_NAMES)))
