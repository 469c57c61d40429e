"""lint's C parsing: pycparser on clang -E output.

pycparser knows C99, not the GNU and C11 extensions real headers use, so
those are first blanked out or respelled column for column (every position
pycparser reports stays the header's)."""

import re
from typing import Callable, Optional

from ..errors import AbiCheckError, EXIT_PARSE

_BALANCED_KW = ("__attribute__", "__attribute", "__asm__", "__asm", "asm", "__declspec",
                "_Alignas", "_Static_assert", "__typeof__", "__typeof", "typeof")
# spelled differently for pycparser, padded to the same width (columns stay exact)
_RESPELL = {"__alignof__": "sizeof", "__alignof": "sizeof", "_Alignof": "sizeof",
            "__builtin_offsetof": "offsetof", "__int128": "long", "__signed__": "signed",
            "__signed": "signed", "__const": "const", "__volatile": "volatile"}
_DROP_KW = ("__extension__", "__restrict__", "__restrict", "__inline__", "__inline",
            "__volatile__", "__const__", "__signed__", "_Noreturn", "__thread",
            "_Thread_local", "_Atomic", "inline", "restrict")


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
            if word in ("__typeof__", "__typeof", "typeof"):
                out.append("int" + _blank(span)[3:])   # a type stand-in; layouts come from clang
            else:
                out.append(_blank(span))
            i = e
        else:
            out.append(" " * len(word))
            i = j
    return "typedef int __builtin_va_list;\n" + "".join(out)


def parse(header: str, pre_text: str, where: Optional[Callable[[], Optional[str]]] = None):
    """pycparser's AST of the preprocessed header.

    ``where`` (a callable) is asked for clang's own first error when pycparser
    cannot say which line it choked on (pycparser 3 does not always know).
    """
    from pycparser import c_parser
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
