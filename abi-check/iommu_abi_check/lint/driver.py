"""lint's driver: one header, every target, each target's records its own.

Per target: clang -E, then pycparser (once per distinct preprocessed text:
targets whose conditionals agree share one parse), then one layout compile
of a probe TU that names that text's records.  A record declared on some
targets only (a typedef that exists on i386 alone, say) is checked on the
targets that have it and named as target-specific.
"""

import os
import re
import tempfile
from dataclasses import dataclass, field as dc_field
from typing import Dict, List, Optional, Sequence, Tuple

from .. import clang_layout as cl
from ..errors import (AbiCheckError, EXIT_MISSING_INCLUDE, EXIT_PARSE, EXIT_TOOL, EXIT_USAGE,
                      read_text)
from ..runner import Job, each, run_jobs
from .cparse import parse
from .decls import RecordIndex, StructDecl, collect, raw_columns, reported, same_file
from .findings import Finding, enum_findings, layout_findings
from .macros import own_macros, text_findings
from .toolchain import clang_first_error, make_asm_standins, preprocess, standin_flags


@dataclass
class TargetSpecific:
    """A record the header declares on some of the checked targets only."""
    label: str                 # 'struct foo'
    line: int
    column: int
    abis: List[str]            # where it exists (and was checked)


@dataclass
class LintReport:
    findings: List[Finding]
    skipped: Dict[str, str]                  # {ABI: why its layouts were not checked}
    targets: List[str]                       # the ABIs that were checked
    target_specific: List[TargetSpecific] = dc_field(default_factory=list)


def lint(header: str, includes: Sequence[str] = (), defines: Sequence[str] = (),
         targets=None, clang=None) -> List[Finding]:
    """Return the list of Findings for one header.  Raises AbiCheckError."""
    return lint_report(header, includes, defines, targets, clang).findings


def _error_directive(message: str) -> bool:
    """Is clang's 'file:line:col: error: ...' an #error directive of some header?"""
    m = re.match(r"^(.*?):(\d+):\d+: error: ", message)
    if not m:
        return False
    try:
        with open(m.group(1), encoding="utf-8", errors="replace") as f:
            for i, line in enumerate(f, 1):
                if i == int(m.group(2)):
                    return re.match(r"^\s*#\s*error\b", line) is not None
    except OSError:
        pass
    return False


_MARKER = re.compile(r'^#\s*(\d+)\s+"((?:\\.|[^"\\])*)"')


def _own_lines(pre: str, header: str) -> str:
    """The lines of clang -E output that come from the header itself (with
    their line numbers): what its declarations are read from."""
    out = []
    mine = False
    for text in pre.split("\n"):
        if text.startswith("#"):
            m = _MARKER.match(text)
            if m:
                mine = same_file(m.group(2), header)
                out.append("#%s" % m.group(1) if mine else "#")
            continue
        if mine:
            out.append(text)
    return "\n".join(out)


def _why_skipped(e: AbiCheckError) -> str:
    """The note for a target a run skips."""
    if e.status == EXIT_PARSE:
        if _error_directive(re.sub(r"^\w+: ", "", str(e))):
            return "the header rejects this target: %s" % e
        return "the header does not compile for this target: %s" % e
    return str(e)


def _identity(d: StructDecl) -> Tuple:
    return (d.kind, d.name, d.typedef, d.line, d.column, d.outer, d.prefix)


def lint_report(header: str, includes: Sequence[str] = (), defines: Sequence[str] = (),
                targets=None, clang=None, forced: Sequence[str] = (),
                skip_rejecting: bool = False) -> LintReport:
    """Lint one header on every target.

    A target whose compile fails for want of a header (a libc header that is
    only installed for the host, say) is skipped with a note, as long as at
    least one target compiles; so is, with ``skip_rejecting`` (the default
    target list), a target the header rejects with #error.  Any other error
    fails the run (AbiCheckError, exit 3).
    """
    text = read_text(header, "header")
    try:
        abis = cl.resolve_abis(targets)
    except KeyError as e:
        raise AbiCheckError(str(e).strip("'\""), EXIT_USAGE)
    flags: List[str] = []
    for i in includes:
        flags += ["-I", i]
    for dname in defines:
        flags += ["-D", dname]
    for f in forced:                 # headers this one expects to be included first
        flags += ["-include", f]
    skipped: Dict[str, str] = {}
    with tempfile.TemporaryDirectory(prefix="abi-check-lint-") as tmp:
        asm_dir = make_asm_standins(tmp)
        pres = each(lambda a: preprocess(header, flags, a, clang, asm_dir), abis)
        # targets whose preprocessed text of the header itself is the same
        # have the same declarations: one parse serves them (stdint.h alone
        # differs between most targets; its lines do not matter here)
        by_text: Dict[str, list] = {}        # own text -> [full text, ABI...], in target order
        first: Optional[AbiCheckError] = None
        for a, result in pres:
            try:
                pre = result()
                by_text.setdefault(_own_lines(pre, header), [pre]).append(a)
            except AbiCheckError as e:
                if e.status == EXIT_TOOL:
                    raise
                if e.status == EXIT_MISSING_INCLUDE or (e.status == EXIT_PARSE and skip_rejecting):
                    skipped[a.name] = _why_skipped(e)
                    first = first or e
                    continue
                # an '#error' may be for this target only: say which one
                raise AbiCheckError("%s (preprocessing for %s)" % (e, a.name), e.status)
        if not by_text:
            assert first is not None
            raise first

        lines = text.split("\n")
        own = own_macros(text)
        findings = text_findings(header, text)
        groups = []          # (decls of one preprocessed text, its ABIs, its TU)
        unparsed: Optional[AbiCheckError] = None
        for n, (pre, *group) in enumerate(by_text.values()):
            g0 = group[0]
            try:
                ast = parse(header, pre,
                            lambda: clang_first_error(header, flags, g0, clang, asm_dir))
            except AbiCheckError as e:
                # on the default targets, one the header does not compile
                # for (a type its arch header lacks) is skipped like one it
                # rejects; what clang accepts and pycparser not is lint's limit
                broken = clang_first_error(header, flags, g0, clang, asm_dir) \
                    if skip_rejecting and e.status == EXIT_PARSE else None
                if broken is None:
                    raise _with_hint(e)
                for a in group:
                    skipped[a.name] = _why_skipped(AbiCheckError(broken, EXIT_PARSE))
                # if no target is left, the parse error is the run's error
                unparsed = unparsed or _with_hint(e)
                continue
            decls, enums, anon_typedefs = collect(ast, header)
            decls = reported(decls, lines, own)
            raw_columns(decls, lines)
            findings += enum_findings(header, enums)
            named = [d.name if d.kind == "struct" else "union " + d.name
                     for d in decls if d.name]
            own_anon = sorted(name for name, node in anon_typedefs.items()
                              if node.coord is not None and same_file(node.coord.file, header))
            tu = os.path.join(tmp, "tu%d.c" % n)
            with open(tu, "w") as out:
                out.write(cl.probe_source([os.path.abspath(header)], named, type_names=own_anon))
            groups.append((decls, group, tu))

        if not groups:
            assert unparsed is not None
            raise unparsed

        def cflags(a):
            return flags + standin_flags(asm_dir, a) + \
                ["-iquote", os.path.dirname(os.path.abspath(header))]
        jobs = [Job(a.name, a, tu, cflags(a)) for _d, group, tu in groups for a in group]
        try:
            per_abi, failed = run_jobs(jobs, clang=clang)
        except cl.ClangError as e:
            raise AbiCheckError(str(e), EXIT_TOOL)
    for j in jobs:                   # in target order: the first failure is reported
        err = failed.get(j.key)
        if err is None:
            continue
        status = EXIT_MISSING_INCLUDE if err.kind == "missing-include" else EXIT_PARSE
        if status == EXIT_PARSE and not skip_rejecting:
            raise _with_hint(AbiCheckError(str(err), EXIT_PARSE))
        skipped[str(j.key)] = _why_skipped(AbiCheckError(str(err), status))
        first = first or _with_hint(AbiCheckError(str(err), status))
    if not per_abi:
        assert first is not None
        raise first
    done = [a.name for a in abis if a.name in per_abi]

    # one entry per declaration, with its record on every target that has it
    checked: Dict[Tuple, Tuple[StructDecl, Dict[str, cl.Record]]] = {}
    index = {a: RecordIndex(records) for a, records in per_abi.items()}
    for decls, group, _tu in groups:
        for d in decls:
            entry = checked.setdefault(_identity(d), (d, {}))
            for a in group:
                if a.name not in index:
                    continue
                key = index[a.name].key_for(d, header)
                if key is not None and key in per_abi[a.name]:
                    entry[1][a.name] = per_abi[a.name][key]
    findings += layout_findings(header, list(checked.values()), done)
    specific = [TargetSpecific("%s %s" % (d.kind, d.name or d.typedef or "<anonymous>"),
                               d.line, d.column, [a for a in done if a in recs])
                for d, recs in checked.values()
                if not d.outer and recs and len(recs) < len(done)]
    # the same enum finding from two preprocessed texts is one finding
    unique: Dict[Tuple, Finding] = {}
    for fd in findings:
        unique.setdefault((fd.line, fd.column, fd.rule, fd.message), fd)
    ordered = sorted(unique.values(), key=lambda f: (f.line, f.column, f.rule))
    return LintReport(ordered, skipped, done, specific)


def _with_hint(e: AbiCheckError) -> AbiCheckError:
    """A type the header uses without including its definition (size_t in
    linux/coda.h) usually means it expects another header first."""
    if e.status == EXIT_PARSE and "unknown type name" in str(e):
        return AbiCheckError("%s (if the header relies on another being included first "
                             "for it, name that one: --include FILE)" % e, e.status)
    return e
