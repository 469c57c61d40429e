"""abi-check verify --flavor F --header PATH: one header, wherever it lives
(a copy vendored into a hypervisor's tree, edited or not), against the
layout table of its spec, on every target ABI.

The header is compiled as its users compile it: -I, -D and forced includes
(--include) from the command line come first, then the flavor's stand-ins
(Xen's xen.h and physdev.h for the xen flavor, and, searched last,
<asm/*.h>, <linux/types.h>, <stdint.h>) so every target compiles on one
machine.  The comparison is verify's (verify._compare): size, alignment,
every field's offset and size, no field the spec lacks, no implicit
padding.  A problem that is the same on several ABIs is one line naming
them: two swapped fields are two lines, not two per ABI.
"""

import os
import re
import tempfile
import time

from . import clang_layout as cl
from . import verify as v
from .baseline import REPO, load as load_table
from .errors import AbiCheckError, EXIT_OK, EXIT_MISMATCH, EXIT_USAGE, EXIT_UNREADABLE, \
    EXIT_PARSE, EXIT_MISSING_INCLUDE


class _Collect:
    """verify's Report, keeping (abi, text) instead of printing."""

    def __init__(self):
        self.problems = 0
        self.items = []
        self.abi = None

    def problem(self, text):
        self.problems += 1
        self.items.append((self.abi, text))


def _flavor(flavors):
    names = [f.strip() for f in (flavors or "").split(",") if f.strip()]
    if len(names) != 1 or names[0] not in v.FLAVORS:
        raise AbiCheckError("--header needs exactly one --flavor (%s), got %r"
                            % (", ".join(v.FLAVORS), flavors), EXIT_USAGE)
    return names[0]


def _table_for(header, flavor, specs):
    """The layout table the header is a flavor of: the one spec given, or the
    spec whose generated header of this flavor has the same file name."""
    paths = list(specs) or sorted(
        p for p in (os.path.join(REPO, "spec", n) for n in os.listdir(os.path.join(REPO, "spec")))
        if p.endswith(".yaml"))
    tables = [load_table(p) for p in paths]
    if len(tables) == 1:
        return tables[0]
    base = os.path.basename(header)
    match = [t for t in tables if os.path.basename(v.header_for(t, flavor)) == base]
    if len(match) != 1:
        raise AbiCheckError("%s: cannot tell which spec this %s-flavor header is of (its name "
                            "matches %s); give --spec FILE"
                            % (header, flavor, ", ".join(t["spec"] for t in match) or "none"),
                            EXIT_USAGE)
    return match[0]


def _flags(flavor, includes, defines, forced):
    flags = []
    for d in includes:
        flags += ["-I", os.path.abspath(d)]
    for d in defines:
        flags += ["-D", d]
    for f in forced:
        flags += ["-include", f]
    if flavor == "xen":             # after the caller's: Xen's own xen.h wins where given
        flags += ["-idirafter", os.path.join(cl.STANDINS, "xen")]
    flags += ["-idirafter", os.path.join(cl.STANDINS, "asm"),
              "-idirafter", os.path.join(cl.STANDINS, "linux"),
              "-idirafter", os.path.join(cl.STANDINS, "stdint")]
    return flags


def _abis_text(abis, all_abis):
    if len(abis) == len(all_abis):
        return "on every ABI" if len(all_abis) > 1 else "on " + abis[0]
    return "on " + ", ".join(abis)


def run(header, flavors, specs=(), targets=None, includes=(), defines=(), forced=(), quiet=False,
        out=None):
    import sys
    out = out or sys.stdout
    t0 = time.time()
    flavor = _flavor(flavors)
    if not os.path.isfile(header):
        raise AbiCheckError("%s: cannot read header: %s" % (
            header, "is a directory" if os.path.isdir(header) else "no such file"), EXIT_UNREADABLE)
    for d in includes:
        if not os.path.isdir(d):
            sys.stderr.write("abi-check: verify: note: -I %s: no such directory (ignored)\n" % d)
    table = _table_for(header, flavor, specs)
    abis = cl.resolve_abis(targets)
    flags = _flags(flavor, includes, defines, forced)
    names = [v.struct_tag(table, flavor, s["name"]) for s in table["structs"]]
    results, missing = {}, {a.name: set() for a in abis}
    with tempfile.TemporaryDirectory(prefix="abi-check-verify-header-") as tmp:
        pending = list(abis)
        for _round in range(64):
            jobs = []
            for a in pending:
                tu = os.path.join(tmp, "%s.c" % a.name)
                with open(tu, "w") as f:
                    f.write(cl.probe_source(['"%s"' % os.path.abspath(header)],
                                            [n for n in names if n not in missing[a.name]]))
                jobs.append((a.name, a, tu, flags))
            got, failed = v._run_jobs(jobs)
            results.update(got)
            pending = []
            for name, err in failed.items():
                # a struct the header does not declare: leave it out, report it missing
                m = re.search(r"incomplete type '(?:struct|union) (\w+)'", err)
                if m and m.group(1) not in missing[name]:
                    missing[name].add(m.group(1))
                    pending.append(cl.resolve_abis([name])[0])
                    continue
                status = EXIT_MISSING_INCLUDE if "file not found" in err else EXIT_PARSE
                raise AbiCheckError("verify: %s does not compile for %s: %s" % (header, name, err),
                                    status)
            if not pending:
                break
    # Only the flavor's own tags count: a linux-flavor header (pv_iommu_*) is
    # not the xen flavor (xen_pv_iommu_*) even though its layouts match.
    wanted = set(names)
    per_abi = {a.name: {n: r for n, r in results[a.name].items() if n in wanted} for a in abis}
    rep = _Collect()
    key = "xen_align" if flavor == "xen" else "align"
    for a in abis:
        rep.abi = a.name
        v._compare(rep, flavor, a.name, header, table, per_abi[a.name], key)
    rep.abi = None
    v._cross_abi(rep, flavor, header, table, per_abi)
    grouped = {}
    for abi, text in rep.items:
        if abi is not None:
            text = text.replace("[%s, %s]" % (flavor, abi), "[%s]" % flavor)
        grouped.setdefault(text, []).append(abi)
    order = [a.name for a in abis]
    for text, where in grouped.items():
        if where == [None]:
            out.write("abi-check: verify: %s\n" % text)
        else:
            out.write("abi-check: verify: %s (%s)\n"
                      % (text, _abis_text(sorted(where, key=order.index), order)))
    elapsed = time.time() - t0
    if grouped:
        out.write("abi-check: verify: FAILED: %s is not the %s flavor of %s: %d problem(s) on %d "
                  "ABI(s) (%.2f s)\n" % (header, flavor, table["spec"], len(grouped), len(abis), elapsed))
        return EXIT_MISMATCH
    if not quiet:
        out.write("abi-check: verify: OK: %s has the layout of %s (%s flavor): %d structs on %d "
                  "ABI(s) (%.2f s)\n" % (header, table["spec"], flavor, len(table["structs"]),
                                         len(abis), elapsed))
    return EXIT_OK
