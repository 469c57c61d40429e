"""abi-check lint: what a careful ABI reviewer says about a hand-written header.

Three sources, each used for what it is good at:
  * the raw header text, for #define lines (macros vanish in preprocessing):
    flag macros built with signed shifts, a self-made uint64_aligned_t
    (``macros``);
  * pycparser on the preprocessed header, for declarations and where they
    are written: enumerators without ``= N``, field types, empty structs
    (``toolchain`` runs clang -E, ``cparse`` parses, ``decls`` collects);
  * clang's record-layout dump on every target ABI (clang_layout, through the
    shared runner), for every number: holes, tail padding, 32/64-bit
    differences (``findings``, ``reorder``, on the shared ``layout`` module).
    Nothing is guessed.
``driver`` runs one header through all of it; ``output`` writes text, JSON
or SARIF.
"""

from .driver import LintReport, TargetSpecific, lint, lint_report
from .findings import RULES, Finding
from .output import to_sarif, write_json, write_sarif, write_text
from .toolchain import X86_ASM_DIRS as _X86_ASM_DIRS

__all__ = ["LintReport", "TargetSpecific", "lint", "lint_report", "RULES", "Finding",
           "to_sarif", "write_json", "write_sarif", "write_text", "_X86_ASM_DIRS"]
