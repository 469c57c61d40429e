"""lint's macro-text scan: what the raw header text says that preprocessing
erases.  #define lines built with a signed shift ('1 << n'), and a header
that defines or typedefs its own uint64_aligned_t."""

import re
from typing import Callable, Iterator, List, Set, Tuple

from .findings import Finding

_DEFINE = re.compile(r"^\s*#\s*define\s+(\w+)(\([^)]*\))?\s*(.*)$")
# a literal without U: int, or with L/LL a signed long / long long
_SIGNED_SHIFT = re.compile(r"(?<![\w.])(0x[0-9a-fA-F]+|\d+)([lL]{1,2})?(?![\w.])\s*<<")
_STRING = re.compile(r'"(?:\\.|[^"\\])*"|\'(?:\\.|[^\'\\])*\'')
_SHIFT_TYPE = {
    "": "it has type int, so the same pattern at bit 31 is undefined behaviour and a negative "
        "value sign-extends into 64-bit flag words",
    "l": "it has type long, 32 bits on i386, armv7, riscv32, powerpc and mips and 64 elsewhere: "
         "the same pattern at bit 31 is undefined behaviour on those ABIs only, and the flag's "
         "width differs between ABIs",
    "ll": "it has type long long, so the same pattern at bit 63 is undefined behaviour and a "
          "value with that bit set is negative",
}


def _signed_shifts(body):
    """The signed literal shifts of a macro body; '(__u64)1 << n' is cast first."""
    for sm in _SIGNED_SHIFT.finditer(body):
        if not body[:sm.start()].rstrip().endswith(")"):
            yield sm


def _logical_lines(text: str) -> Iterator[Tuple[int, str, Callable[[int], Tuple[int, int]]]]:
    """(first line number, joined text, where) with backslash continuations
    folded; where(pos) maps a position in the joined text to (line, column)."""
    lines = text.split("\n")
    i = 0
    while i < len(lines):
        start = i
        cur = lines[i]
        starts = [0]                 # joined-text offset where each physical line begins
        while cur.endswith("\\") and i + 1 < len(lines):
            i += 1
            cur = cur[:-1] + " "
            starts.append(len(cur))
            cur += lines[i]

        def where(pos, starts=starts, first=start + 1):
            k = max(j for j, o in enumerate(starts) if o <= pos)
            return first + k, pos - starts[k] + 1
        yield start + 1, cur, where
        i += 1


def text_findings(path: str, text: str) -> List[Finding]:
    """The findings of the header's own text (its #define and typedef lines)."""
    out = []
    guard_open = None
    for lineno, ln, where in _logical_lines(text):
        code = re.sub(r"/\*.*?\*/|//.*$", lambda m: " " * len(m.group(0)), ln)
        code = _STRING.sub(lambda m: " " * len(m.group(0)), code)     # "1 << 3" is text
        if re.match(r"^\s*#\s*ifndef\s+uint64_aligned_t\b", code):
            guard_open = lineno
        m = _DEFINE.match(code)
        if m and m.group(1) == "uint64_aligned_t":
            # not 'where': that name maps positions of this line below
            under = " (under #ifndef at line %d)" % guard_open if guard_open else ""
            out.append(Finding(
                path, lineno, code.index("uint64_aligned_t") + 1, "abi-uint64-aligned-fallback",
                "header defines its own uint64_aligned_t as '%s'%s; on a 32-bit x86 guest build "
                "that is a 4-byte-aligned uint64_t, so 64-bit fields move"
                % (m.group(3).strip(), under),
                "remove the fallback and depend on the definition of uint64_aligned_t that "
                "xen.h's arch headers provide (8-byte aligned on every ABI)"))
        if re.match(r"^\s*typedef\b.*\buint64_aligned_t\s*;", code):
            out.append(Finding(path, lineno, code.index("uint64_aligned_t") + 1,
                               "abi-uint64-aligned-fallback",
                               "header typedefs its own uint64_aligned_t",
                               "use the definition from xen.h's arch headers"))
        if m:
            body_start = m.start(3)
            for sm in _signed_shifts(m.group(3)):
                lit = sm.group(1) + (sm.group(2) or "")
                line, col = where(body_start + sm.start(1))
                out.append(Finding(
                    path, line, col, "abi-signed-shift",
                    "macro %s is built with a signed shift '%s << …': %s"
                    % (m.group(1), lit, _SHIFT_TYPE[(sm.group(2) or "").lower()]),
                    "write it unsigned: '%s << …' (e.g. #define %s%s %s)"
                    % (_unsigned(sm), m.group(1), m.group(2) or "",
                       _unsigned_body(m.group(3).strip()))))
    return out


def _unsigned(sm):
    return sm.group(1) + "U" + (sm.group(2) or "")


def _unsigned_body(body):
    out, at = [], 0
    for sm in _signed_shifts(body):
        out += [body[at:sm.start()], _unsigned(sm), " <<"]
        at = sm.end()
    return "".join(out) + body[at:]

def own_macros(text: str) -> Set[str]:
    """The names of the macros the header defines itself."""
    return set(re.findall(r"(?m)^\s*#\s*define\s+(\w+)", text))
