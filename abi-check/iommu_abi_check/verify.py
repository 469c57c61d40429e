"""abi-check verify: the generated headers, laid out by clang, against the spec.

One compile per (flavor, target), in-process through libclang where it is
installed (libclang_layout; else one clang process each): the TU includes every selected spec's
layout-assertion file for that flavor (which includes the flavor's header),
so the same run both proves the generator's static assertions and dumps the
record layouts.  If the assertions fail, the run is repeated with the
headers alone, to say precisely what differs.  All runs go in parallel.

Compared, for every struct of the spec, every flavor and every ABI:
size; alignment (``align`` for linux/portable, ``xen_align`` for xen);
every field's offset and size; the variable-length tail's offset; no
implicit hole or tail padding; and the same layout on every ABI.
"""

import glob
import os
import re
import tempfile
import time

from . import clang_layout as cl
from typing import Any, Dict

from .baseline import REPO, load as load_table
from .errors import AbiCheckError, EXIT_OK, EXIT_MISMATCH, EXIT_USAGE, EXIT_TOOL, EXIT_PARSE, \
    EXIT_MISSING_INCLUDE
from . import layout
from . import runner
from .runner import Job, run_jobs
from .generator import iommuabi

# The generator's flavors, in its order; what each one is called and where it
# lives is read from the layout table's "flavors", never derived here.
FLAVORS = tuple(cls.name for cls in iommuabi.FLAVORS)


def flavor_facts(table: Dict[str, Any], flavor: str) -> Dict[str, Any]:
    """The layout table's facts about one flavor of its spec: header path,
    assertion file, struct tags, external types (format iommu-abi-layout-2 or later)."""
    facts = (table.get("flavors") or {}).get(flavor)
    if not isinstance(facts, dict):
        raise AbiCheckError("layout table of spec '%s' (format %s) records no facts about the "
                            "%s flavor; verify the spec itself, or a table the generator wrote "
                            "(format %s)" % (table.get("spec"), table.get("format"), flavor,
                                             iommuabi.layout_json.FORMAT), EXIT_USAGE)
    return facts


def header_for(table: Dict[str, Any], flavor: str) -> str:
    """The flavor's generated header, relative to include/."""
    return flavor_facts(table, flavor)["header"]


def flavor_flags(flavor, include_dir):
    flags = ["-I", include_dir, "-I", os.path.join(include_dir, "layout")]
    if flavor == "xen":
        flags += ["-I", os.path.join(cl.STANDINS, "xen")]
    # searched last: a real <linux/types.h>/<asm/types.h> wins where there is one
    flags += ["-idirafter", os.path.join(cl.STANDINS, "asm"),
              "-idirafter", os.path.join(cl.STANDINS, "linux"),
              "-idirafter", os.path.join(cl.STANDINS, "stdint")]
    return flags


def struct_tag(table: Dict[str, Any], flavor: str, name: str) -> str:
    """The tag under which a flavor's translation unit declares the spec's
    struct ``name`` (for a struct the flavor embeds from another header, the
    tag that header gives it)."""
    return flavor_facts(table, flavor)["structs"][name]


def _tu(include_dir, flavor, tables, with_checks, missing=()):
    """One flavor's TU: the assertion files (or the bare headers) of every spec.

    The assertion files take sizeof of every struct, which is what makes clang
    lay them out; the bare-header TU (used to explain a failure) does it itself."""
    lines = []
    names = []
    for t in tables:
        check = os.path.join(include_dir, flavor_facts(t, flavor)["assertions"])
        if with_checks and os.path.exists(check):
            lines.append('"%s"' % check)
        else:
            lines.append("<%s>" % header_for(t, flavor))
            names += [tag for s in t["structs"] for tag in [struct_tag(t, flavor, s["name"])]
                      if tag not in missing]
    return cl.probe_source(lines, names)


class Report:
    def __init__(self, out, quiet):
        self.out = out
        self.quiet = quiet
        self.problems = 0
        self.broken = 0         # (flavor, target)s whose header does not compile

    def problem(self, text):
        self.problems += 1
        self.out.write("abi-check: verify: %s\n" % text)


def _compare(rep, flavor, abi, hdr, table, records, key):
    ok = 0
    for s in table["structs"]:
        name = struct_tag(table, flavor, s["name"])
        where = "%s: struct %s [%s, %s]" % (hdr, name, flavor, abi)
        r = records.get(name)
        want = s.get("abi", {}).get(abi, {})
        if r is None:
            rep.problem("%s: not declared by the header" % where)
            continue
        bad = 0
        size = want.get("size", s["size"])
        if r.size != size:
            rep.problem("%s: size %d, spec says %d" % (where, r.size, size)); bad += 1
        align = want.get(key)
        if align is not None and r.align != align:
            rep.problem("%s: alignment %d, spec says %d (%s)" % (where, r.align, align, key)); bad += 1
        wfields = want.get("fields") or {f["name"]: [f["offset"], f["size"]] for f in s["fields"]}
        for fname, (off, fsize) in wfields.items():
            f = r.field(fname)
            if f is None:
                rep.problem("%s: field '%s' missing (spec: offset %d, size %d)"
                            % (where, fname, off, fsize)); bad += 1
                continue
            if f.offset != off:
                rep.problem("%s: field '%s' at offset %d, spec says %d"
                            % (where, fname, f.offset, off)); bad += 1
            if f.size is not None and f.size != fsize:
                rep.problem("%s: field '%s' is %d bytes, spec says %d"
                            % (where, fname, f.size, fsize)); bad += 1
        tail = s.get("variable_tail")
        for f in r.fields:
            if f.name in wfields:
                continue
            if tail and f.name == tail.get("name") and f.flexible:
                if f.offset != tail["offset"]:
                    rep.problem("%s: variable tail '%s' at offset %d, spec says %d"
                                % (where, f.name, f.offset, tail["offset"])); bad += 1
                continue
            rep.problem("%s: field '%s' (offset %d) is not in the spec" % (where, f.name, f.offset))
            bad += 1
        for g in layout.gaps(r):
            if g.kind == "hole":
                rep.problem("%s: implicit %d-byte hole at offset %d between '%s' and '%s'"
                            % (where, g.size, g.offset, g.before, g.after))
            else:
                rep.problem("%s: implicit %d bytes of tail padding at offset %d after '%s'"
                            % (where, g.size, g.offset, g.before))
            bad += 1
        ok += bad == 0
    return ok


def _cross_abi(rep, flavor, hdr, table, per_abi):
    for s in table["structs"]:
        recs = {}
        for abi, records in per_abi.items():
            r = records.get(struct_tag(table, flavor, s["name"]))
            if r is not None:
                recs[abi] = r
        diff = layout.cross_abi(recs)
        if not diff:
            continue
        parts = ["size %d on %s" % (size, ", ".join(abis)) for size, abis in diff.sizes.items()]
        parts += ["field '%s' at offset %s" % (name, "; ".join(
            "%s on %s" % ("absent" if off is None else off, ", ".join(abis))
            for off, abis in og.items())) for name, og in diff.moved]
        rep.problem("%s: struct %s [%s]: layout differs between ABIs: %s"
                    % (hdr, s["name"], flavor, "; ".join(parts)))


def _pad_text(pad, declared, inserted):
    if not pad:
        return "0"
    if not inserted:
        return "%d declared" % pad
    if not declared:
        return "%d inserted" % pad
    return "%d (%d decl + %d ins)" % (pad, declared, inserted)


def summary(tables, proven, out):
    rows = []
    for t in tables:
        for s in t["structs"]:
            abi = s.get("abi", {})
            aligns = sorted({v.get("align") for v in abi.values() if v.get("align")})
            xaligns = sorted({v.get("xen_align") for v in abi.values() if v.get("xen_align")})
            pad = sum(p.get("size", 0) for p in s.get("padding", []))
            declared = sum(1 for p in s.get("padding", []) if p.get("origin") == "declared")
            inserted = sum(1 for p in s.get("padding", []) if p.get("origin") == "inserted")
            good, total = proven.get((t["spec"], s["name"]), (0, 0))
            tail = "+%s@%d" % (s["variable_tail"]["name"], s["variable_tail"]["offset"]) \
                if s.get("variable_tail") else ""
            rows.append((t["spec"], s["name"], str(s["size"]) + tail,
                         "/".join(map(str, aligns)) or "-", "/".join(map(str, xaligns)) or "-",
                         str(len(s["fields"])),
                         _pad_text(pad, declared, inserted),
                         "%d/%d" % (good, total)))
    head = ("spec", "struct", "size", "align", "xen_align", "fields", "padding", "proven")
    widths = [max(len(r[i]) for r in rows + [head]) for i in range(len(head))]
    out.write("\nper-struct layout summary (align: native fixed-width types, i386/others; "
              "padding: explicit reserved bytes, declared in the spec or inserted by the "
              "generator; proven: flavor x ABI layouts that match)\n")
    fmt = "  ".join("%%-%ds" if i < 2 else "%%%ds" for i in range(len(head))) % tuple(widths)
    out.write(fmt % head + "\n")
    out.write("  ".join("-" * w for w in widths) + "\n")
    for r in rows:
        out.write(fmt % r + "\n")


def _one_per_spec(tables, paths):
    """Each spec once: its assertion file included twice in one TU is a
    redefinition, which would read as a layout mismatch (exit 12)."""
    seen = {}
    for t, p in zip(tables, paths):
        first = seen.setdefault(t["spec"], (t, p))
        if first[0] != t:
            raise AbiCheckError("%s and %s both describe spec '%s', differently: verify one "
                                "of them" % (first[1], p, t["spec"]), EXIT_USAGE)
    return [t for t, _p in seen.values()]


def run(specs=(), targets=None, flavors="all", include_dir=None, summary=True, quiet=False,
        out=None):
    import sys
    out = out or sys.stdout
    t0 = time.time()
    include_dir = os.path.abspath(include_dir or os.path.join(REPO, "include"))
    spec_paths = list(specs) or sorted(glob.glob(os.path.join(REPO, "spec", "*.yaml")))
    if not spec_paths:
        raise AbiCheckError("no spec found (give --spec FILE)", EXIT_USAGE)
    tables = _one_per_spec([load_table(p) for p in spec_paths], spec_paths)
    if flavors in (None, "all"):
        flist = list(FLAVORS)
    else:
        flist = list(dict.fromkeys(f.strip() for f in flavors.split(",") if f.strip()))
        bad = [f for f in flist if f not in FLAVORS]
        if bad:
            raise AbiCheckError("unknown flavor '%s' (known: %s)" % (bad[0], ", ".join(FLAVORS)),
                                EXIT_USAGE)
        if not flist:       # else "OK: 0 struct layouts match": a gate that proves nothing
            raise AbiCheckError("--flavor %r names no flavor (known: %s)"
                                % (flavors, ", ".join(FLAVORS)), EXIT_USAGE)
    abis = cl.resolve_abis(targets)
    for t in tables:
        for fl in flist:
            h = os.path.join(include_dir, header_for(t, fl))
            if not os.path.exists(h):
                raise AbiCheckError("%s: generated header missing (run gen/iommu-abi-gen)" % h,
                                    EXIT_MISSING_INCLUDE)
    rep = Report(out, quiet)
    with tempfile.TemporaryDirectory(prefix="abi-check-verify-") as tmp:
        jobs = []
        for fl in flist:
            tu = os.path.join(tmp, "%s.c" % fl)
            with open(tu, "w") as f:
                f.write(_tu(include_dir, fl, tables, True))
            for a in abis:
                jobs.append(((fl, a.name), a, tu, flavor_flags(fl, include_dir)))
        results, failed = _run_jobs(jobs)
        if failed:
            for (fl, abi_name), err in failed.items():
                rep.problem("layout/*.%s-check.c [%s, %s]: layout assertions failed: %s"
                            % (fl, fl, abi_name, err))
            # again with the bare headers; a struct the header does not declare
            # is left out (and reported as missing by the comparison)
            missing = {key: set() for key in failed}
            pending = dict(failed)
            still = {}
            for _round in range(64):
                retry = []
                for (fl, abi_name) in pending:
                    tu = os.path.join(tmp, "%s-%s-plain.c" % (fl, abi_name))
                    with open(tu, "w") as f:
                        f.write(_tu(include_dir, fl, tables, False, missing[(fl, abi_name)]))
                    a = cl.resolve_abis([abi_name])[0]
                    retry.append(((fl, abi_name), a, tu, flavor_flags(fl, include_dir)))
                again, still = _run_jobs(retry)
                results.update(again)
                pending = {}
                for key, err in still.items():
                    m = re.search(r"incomplete type '(?:struct|union) (\w+)'", err)
                    if m and m.group(1) not in missing[key]:
                        missing[key].add(m.group(1))
                        pending[key] = err
                if not pending:
                    break
                still = {}
            for (fl, abi_name), err in still.items():
                rep.problem("%s [%s]: the header does not compile: %s" % (fl, abi_name, err))
                rep.broken += 1
    proven = {}
    for t in tables:
        for fl in flist:
            hdr = header_for(t, fl)
            key = "xen_align" if fl == "xen" else "align"
            per_abi = {}
            for a in abis:
                records = results.get((fl, a.name))
                if records is None:
                    continue
                per_abi[a.name] = records
                before = rep.problems
                _compare(rep, fl, a.name, hdr, t, records, key)
                for s in t["structs"]:
                    good, total = proven.get((t["spec"], s["name"]), (0, 0))
                    proven[(t["spec"], s["name"])] = (good, total + 1)
                if rep.problems == before:
                    for s in t["structs"]:
                        good, total = proven[(t["spec"], s["name"])]
                        proven[(t["spec"], s["name"])] = (good + 1, total)
                else:
                    _mark_per_struct(proven, t, fl, a.name, hdr, records, key)
            _cross_abi(rep, fl, hdr, t, per_abi)
    if summary and not quiet:
        globals()["summary"](tables, proven, out)
    n_structs = sum(len(t["structs"]) for t in tables)
    elapsed = time.time() - t0
    if rep.problems:
        out.write("abi-check: verify: FAILED: %d problem(s) in %d spec(s) over %d flavor(s) x %d "
                  "ABI(s) (%.2f s)\n" % (rep.problems, len(tables), len(flist), len(abis), elapsed))
        # a header that does not compile proves nothing about layouts: that
        # is a broken input (3), not a layout that differs from the spec (12)
        return EXIT_PARSE if rep.broken else EXIT_MISMATCH
    if not quiet:
        out.write("abi-check: verify: OK: %d spec(s), %d structs, %d flavor(s) x %d ABI(s): "
                  "%d struct layouts match the spec (%.2f s)\n"
                  % (len(tables), n_structs, len(flist), len(abis),
                     n_structs * len(flist) * len(abis), elapsed))
    return EXIT_OK


def _mark_per_struct(proven, table, fl, abi, hdr, records, key):
    """Recount this (flavor, abi) per struct after a failure, silently."""
    import io
    for s in table["structs"]:
        sub = Report(io.StringIO(), True)
        one = dict(table)
        one["structs"] = [s]
        _compare(sub, fl, abi, hdr, one, records, key)
        good, total = proven[(table["spec"], s["name"])]
        proven[(table["spec"], s["name"])] = (good + (sub.problems == 0), total)


def _dump(abi, tu, flags):
    """One (flavor, target) layout, the way verify takes it."""
    return runner.dump(abi, tu, flags, in_process=True)


def _run_jobs(jobs):
    """Lay the (flavor, target) TUs out in parallel, in-process through
    libclang where it can (else one clang process each): ({key: records},
    {key: error text})."""
    try:
        results, failed = run_jobs([Job(*j) for j in jobs], in_process=True)
    except cl.ClangError as e:
        raise AbiCheckError(str(e), EXIT_TOOL)
    return results, {key: str(e) for key, e in failed.items()}
