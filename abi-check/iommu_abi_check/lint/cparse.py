"""lint's C parsing: pycparser on clang -E output.

pycparser knows C99, not the GNU and C11 extensions real headers use, so
those are first blanked out or respelled column for column (every position
pycparser reports stays the header's)."""

import re
from typing import Callable, Optional

from ..errors import AbiCheckError, EXIT_PARSE

# A type pycparser cannot spell (__typeof__(x), _Atomic(T), __int128,
# _BitInt(N)) becomes this typedef name: a type it does not classify.  Sizes
# and kinds come from the compiler's canonical types, not from this name.
OPAQUE = "__abiopq"
# type specifiers replaced by OPAQUE, with their signedness
_OPAQUE_TYPES = re.compile(r"\b(?:(?:un)?signed[ \t\n]+)?(?:__int128\b|_BitInt[ \t\n]*\([^()]*\))")
_TYPE_OF = ("__typeof__", "__typeof", "typeof", "_Atomic")
_BALANCED_KW = ("__attribute__", "__attribute", "__asm__", "__asm", "asm", "__declspec",
                "_Alignas", "_Static_assert") + _TYPE_OF
# spelled differently for pycparser, padded to the same width (columns stay exact)
_RESPELL = {"__alignof__": "sizeof", "__alignof": "sizeof", "_Alignof": "sizeof",
            "__builtin_offsetof": "offsetof", "__signed__": "signed",
            "__signed": "signed", "__const": "const", "__volatile": "volatile"}
# ('_Atomic' without a parenthesis is a qualifier: dropped like volatile)
_DROP_KW = ("__extension__", "__restrict__", "__restrict", "__inline__", "__inline",
            "__volatile__", "__const__", "__signed__", "_Noreturn", "__thread",
            "_Thread_local", "inline", "restrict")


def _opaque(span: str) -> str:
    """OPAQUE in place of a type spelling of at least its length, newlines kept."""
    return OPAQUE + _blank(span[len(OPAQUE):])


def _blank(s: str) -> str:
    return re.sub(r"[^\n]", " ", s)


def clean_for_pycparser(text: str) -> str:
    """Blank out GNU/C11 extensions pycparser does not know, keeping every column."""
    text = re.sub(r"^\s*#\s*pragma.*$", lambda m: _blank(m.group(0)), text, flags=re.M)
    # line markers ('# 12 "/usr/include/asm-generic/x.h"') and string literals
    # are copied untouched; keywords are handled everywhere else
    kw = re.compile(r"(?m)(^[ \t]*#[^\n]*)|(\"(?:\\.|[^\"\\\n])*\")|\b(%s)\b"
                    % "|".join(re.escape(k) for k in _BALANCED_KW + _DROP_KW + tuple(_RESPELL)))
    out = []
    i = 0
    while True:
        m = kw.search(text, i)
        if not m:
            out.append(text[i:])
            break
        out.append(text[i:m.start()])
        if m.group(1) is not None or m.group(2) is not None:
            out.append(m.group(0))
            i = m.end()
            continue
        word = m.group(3)
        j = m.end()
        if word in _RESPELL:
            out.append(_RESPELL[word].ljust(len(word)))
            i = j
            continue
        if word in _DROP_KW:
            out.append(" " * len(word))
            i = j
            continue
        k = j
        while k < len(text) and text[k] in " \t\n":
            k += 1
        if k < len(text) and text[k] == "(":
            depth = 0
            e = k
            while e < len(text):
                if text[e] == "(":
                    depth += 1
                elif text[e] == ")":
                    depth -= 1
                    if depth == 0:
                        break
                e += 1
            e += 1
            span = text[m.start():e]
            if word == "_Static_assert":
                # drop the trailing ';' too: an empty declaration is not C89
                n = e
                while n < len(text) and text[n] in " \t":
                    n += 1
                if n < len(text) and text[n] == ";":
                    e = n + 1
                    span = text[m.start():e]
            if word in _TYPE_OF:
                out.append(_opaque(span))
            else:
                out.append(_blank(span))
            i = e
        else:
            out.append(" " * len(word))
            i = j
    cleaned = _OPAQUE_TYPES.sub(lambda m: _opaque(m.group(0)), "".join(out))
    return "typedef int __builtin_va_list; typedef int %s;\n" % OPAQUE + cleaned


# pycparser parses by recursion: past about 128 nested parentheses Python's
# stack ends (a RecursionError, not a location).  Real headers nest a few
# levels; lint refuses deeper nesting up front, at the bracket that goes too
# deep, so the limit is a located error and not a traceback.
MAX_NESTING = 64
_MARKER = re.compile(r'^#\s*(?:line\s+)?(\d+)\s+"((?:\\.|[^"\\])*)"')
_TOKENS = re.compile(r'"(?:\\.|[^"\\\n])*"|\'(?:\\.|[^\'\\\n])*\'|[(\[{]|[)\]}]')


def check_nesting(pre_text: str, limit: int = MAX_NESTING) -> None:
    """Raise AbiCheckError (exit 3) at the first bracket of clang -E output
    nested deeper than ``limit`` ('file:line:col', from its line markers)."""
    depth = 0
    path, line = "<preprocessed>", 0
    for text in pre_text.split("\n"):
        line += 1
        if text.startswith("#"):
            m = _MARKER.match(text)
            if m:
                path, line = m.group(2), int(m.group(1)) - 1
            continue
        for m in _TOKENS.finditer(text):
            c = m.group(0)
            if c in "([{":
                depth += 1
                if depth > limit:
                    from .decls import marker_path
                    raise AbiCheckError(
                        "%s:%d:%d: error: brackets nested more than %d deep: lint reads at "
                        "most %d levels" % (marker_path(path), line, m.start() + 1, limit,
                                            limit), EXIT_PARSE)
            elif c in ")]}":
                depth = max(0, depth - 1)


def parse(header: str, pre_text: str, where: Optional[Callable[[], Optional[str]]] = None):
    """pycparser's AST of the preprocessed header.

    ``where`` (a callable) is asked for clang's own first error when pycparser
    cannot say which line it choked on (pycparser 3 does not always know).
    """
    from pycparser import c_parser
    check_nesting(pre_text)
    try:
        return c_parser.CParser().parse(clean_for_pycparser(pre_text), header)
    except Exception as e:        # ParseError, or pycparser's own errors on odd input
        msg = str(e)
        m = re.match(r"^(.*?):(\d+):(\d+):\s*(.*)$", msg)
        if m:
            raise AbiCheckError("%s:%s:%s: error: cannot parse: %s" % m.groups(), EXIT_PARSE)
        msg = re.sub(r"^%s:\s*" % re.escape(header), "", msg)
        precise = where() if where else None
        if precise:
            raise AbiCheckError(precise, EXIT_PARSE)
        raise AbiCheckError("%s: error: cannot parse: %s (clang accepts it: a construct "
                            "pycparser does not know)" % (header, msg), EXIT_PARSE)
