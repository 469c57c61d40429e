"""lint's use of the compiler driver: the include directories every target
gets (stand-ins for headers a cross target lacks), and clang -E / clang
-fsyntax-only runs of the header.  The layouts themselves come from
clang_layout, through the runner."""

import os
import subprocess
from typing import List, Optional, Sequence

from .. import clang_layout as cl
from ..errors import AbiCheckError, EXIT_MISSING_INCLUDE, EXIT_PARSE, EXIT_TOOL

# The host's x86 uapi <asm/*.h> serve i386 as well as x86_64 (they switch on
# __i386__: posix_types_32.h, kvm.h ...).  clang looks for them only in the
# x86_64 multiarch directory, so an i386 compile would otherwise get the
# asm-generic stand-ins, whose types differ from i386's (__kernel_mode_t,
# __kernel_uid_t ... are 16-bit on i386: struct ipc_perm is 16 bytes, not 28).
X86_ASM_DIRS = ("/usr/include/x86_64-linux-gnu/asm", "/usr/include/i386-linux-gnu/asm",
                 "/usr/include/x86/asm")


def _x86_asm_sibling(asm_dir):
    return os.path.join(os.path.dirname(asm_dir), "asm-x86") if asm_dir else None


def standin_flags(asm_dir: Optional[str] = None, abi=None) -> List[str]:
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


def make_asm_standins(tmp: str, generic: str = "/usr/include/asm-generic") -> str:
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
    for real in X86_ASM_DIRS:          # only asm/, not the 64-bit libc beside it
        if os.path.isfile(os.path.join(real, "posix_types_32.h")):
            x86 = _x86_asm_sibling(d)
            os.makedirs(x86, exist_ok=True)
            try:
                os.symlink(real, os.path.join(x86, "asm"))
            except OSError:
                pass
            break
    return d


def preprocess(header: str, flags: Sequence[str], abi, clang=None,
               asm_dir: Optional[str] = None) -> str:
    """clang -E of the header for one target.  Raises AbiCheckError (3, or 5
    for a missing include, or 11 when clang cannot run)."""
    cmd = [clang or cl.find_clang(), "-target", abi.triple, "-ffreestanding", "-E", "-x", "c",
           "-std=gnu11"] + list(flags) + standin_flags(asm_dir, abi) + [header]
    try:
        p = subprocess.run(cmd, stdout=subprocess.PIPE, stderr=subprocess.PIPE,
                           universal_newlines=True)
    except OSError as e:
        raise AbiCheckError("cannot run %s: %s" % (cmd[0], e.strerror), EXIT_TOOL)
    if p.returncode != 0:
        msg, kind = cl.classify_error(p.stderr)
        raise AbiCheckError(msg, EXIT_MISSING_INCLUDE if kind == "missing-include" else EXIT_PARSE)
    return p.stdout

def clang_first_error(header: str, flags: Sequence[str], abi, clang=None,
                      asm_dir: Optional[str] = None) -> Optional[str]:
    """clang's first error on the header alone, or None if it compiles."""
    cmd = [clang or cl.find_clang(), "-target", abi.triple, "-ffreestanding", "-fsyntax-only",
           "-x", "c", "-std=gnu11", "-w"] + list(flags) + standin_flags(asm_dir, abi) + [header]
    try:
        p = subprocess.run(cmd, stdout=subprocess.PIPE, stderr=subprocess.PIPE,
                           universal_newlines=True)
    except OSError:
        return None
    return cl.first_error(p.stderr) if p.returncode else None
