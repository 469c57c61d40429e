"""lint's output formats: compiler-style text, JSON, and SARIF 2.1.0.

The SARIF log is what code-scanning UIs ingest: rules with descriptions and
help, the tool's name, version and information URI, one invocation that says
whether the run succeeded (a run that failed carries its error as a
notification, so a CI step can still upload the log), partial fingerprints
that survive line moves, and artifact URIs relative to the %SRCROOT% base.
"""

import hashlib
import json
import os
import re
from typing import Dict, List, Optional, TextIO

from .driver import LintReport
from .findings import RULES, Finding

SARIF_SCHEMA = "https://json.schemastore.org/sarif-2.1.0.json"
SRCROOT = "SRCROOT"
_HERE = os.path.dirname(os.path.abspath(__file__))
_PKG = os.path.dirname(_HERE)


def tool_version() -> str:
    """The project version: the package's own stamp where it was installed
    with one, else the top-level CMakeLists.txt's project(VERSION)."""
    import importlib
    stamp = getattr(importlib.import_module(__package__.rsplit(".", 1)[0]), "__version__", None)
    if stamp:
        return str(stamp)
    try:
        with open(os.path.join(os.path.dirname(os.path.dirname(_PKG)), "CMakeLists.txt"),
                  encoding="utf-8") as f:
            m = re.search(r"project\([^)]*\bVERSION\s+([0-9][0-9.]*)", f.read())
            if m:
                return m.group(1)
    except OSError:
        pass
    return "0"


def information_uri() -> str:
    """abi-check's README, where it is (a file: URI: the project has no web home)."""
    readme = os.path.join(os.path.dirname(_PKG), "README.md")
    return "file://" + readme.replace(os.sep, "/")


# ------------------------------------------------------------------ text

def write_text(report: LintReport, header: str, out: TextIO, err: TextIO) -> None:
    _notes(report, err)
    for f in report.findings:
        out.write(f.text() + "\n")
    out.write("%s: %d finding(s) on %d target ABI(s)%s\n"
              % (header, len(report.findings), len(report.targets),
                 " (%d skipped: see notes)" % len(report.skipped) if report.skipped else ""))


def _notes(report: LintReport, err: TextIO) -> None:
    for abi, why in report.skipped.items():
        err.write("abi-check: lint: note: %s skipped (layouts not checked there): %s\n"
                  % (abi, why))
    for t in report.target_specific:
        err.write("abi-check: lint: note: %s (line %d) is declared on %s only: checked there\n"
                  % (t.label, t.line, ", ".join(t.abis)))


# ------------------------------------------------------------------ JSON

def write_json(report: LintReport, header: str, out: TextIO, err: TextIO) -> None:
    _notes(report, err)
    out.write(json.dumps({
        "file": header, "targets": report.targets, "skipped": report.skipped,
        "target_specific": [{"record": t.label, "line": t.line, "column": t.column,
                             "abis": t.abis} for t in report.target_specific],
        "findings": [f.as_dict() for f in report.findings]}, indent=2) + "\n")


# ------------------------------------------------------------------ SARIF

def _relative_uri(path: str, base: str) -> str:
    rel = os.path.relpath(os.path.abspath(path), base)
    if rel.startswith(".."):
        return "file://" + os.path.abspath(path).replace(os.sep, "/")
    return rel.replace(os.sep, "/")


def _fingerprint(f: Finding) -> str:
    """Stable across edits that only move the finding: rule, record, field and
    the message without its numbers of lines."""
    key = "\0".join([f.rule, f.struct or "", f.field or "", os.path.basename(f.file),
                     re.sub(r"line \d+", "line N", f.message)])
    return hashlib.sha256(key.encode("utf-8")).hexdigest()[:32]


def _driver() -> Dict:
    return {
        "name": "abi-check lint",
        "fullName": "abi-check lint (iommu-abi)",
        "version": tool_version(),
        "semanticVersion": tool_version(),
        "informationUri": information_uri(),
        "rules": [{
            "id": rid, "name": "".join(w.capitalize() for w in rid.split("-")),
            "shortDescription": {"text": r.short},
            "fullDescription": {"text": r.full},
            "help": {"text": r.help},
            "defaultConfiguration": {"level": "warning"},
        } for rid, r in RULES.items()],
    }


def sarif_log(report: Optional[LintReport], header: str, base: Optional[str] = None,
              error: Optional[str] = None) -> Dict:
    """The SARIF log of one lint run; ``report`` None and ``error`` set for a
    run that failed.  ``base``: the directory URIs are relative to (the
    current one), announced as %SRCROOT%."""
    base = os.path.abspath(base or os.getcwd())
    rule_ids = list(RULES)
    notes: List[Dict] = []
    if report is not None:
        for abi, why in report.skipped.items():
            notes.append({"level": "note", "message": {
                "text": "%s skipped (layouts not checked there): %s" % (abi, why)}})
        for t in report.target_specific:
            notes.append({"level": "note", "message": {
                "text": "%s is declared on %s only: checked there" % (t.label, ", ".join(t.abis))},
                "locations": [_location(header, t.line, t.column, base)]})
    if error is not None:
        note: Dict = {"level": "error", "message": {"text": error}}
        m = re.match(r"^(.*?):(\d+):(?:(\d+):)? ", error)
        if m and os.path.exists(m.group(1)):
            note["locations"] = [_location(m.group(1), int(m.group(2)),
                                           int(m.group(3)) if m.group(3) else None, base)]
        notes.append(note)
    invocation: Dict = {"executionSuccessful": error is None}
    if notes:
        invocation["toolExecutionNotifications"] = notes
    results = []
    for f in (report.findings if report is not None else []):
        results.append({
            "ruleId": f.rule, "ruleIndex": rule_ids.index(f.rule), "level": "warning",
            "message": {"text": f.message + (" Fix: " + f.fix if f.fix else "")},
            "locations": [_location(f.file, f.line, f.column, base)],
            "partialFingerprints": {"abiCheckFinding/v1": _fingerprint(f)},
        })
    return {
        "$schema": SARIF_SCHEMA,
        "version": "2.1.0",
        "runs": [{
            "tool": {"driver": _driver()},
            "invocations": [invocation],
            "originalUriBaseIds": {SRCROOT: {"uri": "file://" + base.replace(os.sep, "/")
                                             .rstrip("/") + "/"}},
            "artifacts": [{"location": _location(header, 1, None, base)
                           ["physicalLocation"]["artifactLocation"]}],
            "results": results,
        }],
    }


def _location(path: str, line: int, column: Optional[int], base: str) -> Dict:
    region: Dict = {"startLine": max(1, line)}
    if column:
        region["startColumn"] = max(1, column)
    uri = _relative_uri(path, base)
    loc: Dict = {"uri": uri}
    if not uri.startswith("file://"):
        loc["uriBaseId"] = SRCROOT
    return {"physicalLocation": {"artifactLocation": loc, "region": region}}


def write_sarif(report: Optional[LintReport], header: str, out: TextIO,
                error: Optional[str] = None) -> None:
    out.write(json.dumps(sarif_log(report, header, error=error), indent=2) + "\n")


def to_sarif(findings: List[Finding], header: str) -> Dict:
    """The SARIF log of a list of findings (every target checked)."""
    return sarif_log(LintReport(list(findings), {}, []), header)
