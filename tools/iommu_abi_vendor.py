"""iommu-abi-vendor: copy one flavor's headers into another project's tree, or
check that a copy made earlier is still exactly what this version gives.

What scripts/update-linux-headers.sh is to QEMU's copy of the kernel's uapi
headers, for a hypervisor's or a VMM's copy of iommu-abi's:

    iommu-abi-vendor --flavor xen --include-as public/ xen/include/public
    iommu-abi-vendor --check --flavor xen --include-as public/ xen/include/public

Each copied file is the committed generated file with one stamp line after
its first (SPDX) line, naming the iommu-abi version and the spec's digest.
The layout-assertion file of each spec (<spec>.<flavor>-check.c) goes along,
its #include rewritten to where the header now is.  With --wire-dir, each
spec's wire helpers (the flavor's <name>_wire.h or <name>-wire.h: byte-wise
getters, setters and checks) go along too, their #include rewritten the
same way.  --check writes nothing,
prints a unified diff per file that differs and exits 1: a copy edited by
hand, or made by another version of iommu-abi (the stamp says which).

Exit statuses: 0 copied / in sync, 1 --check found a difference,
2 usage error, 7 a file cannot be read or written.
"""

import argparse
import difflib
import hashlib
import json
import os
import sys
import tempfile

HERE = os.path.dirname(os.path.abspath(__file__))
ROOT = os.path.dirname(HERE)            # the repository, or an installed share/iommu-abi
INCLUDE = os.path.join(ROOT, "include")
SPECS = os.path.join(ROOT, "spec")
FLAVORS = ("linux", "portable", "xen")

EXIT_OK, EXIT_DIFFERS, EXIT_USAGE, EXIT_IO = 0, 1, 2, 7

STAMP_PREFIX = "/* Vendored by iommu-abi-vendor from iommu-abi "


class VendorError(Exception):
    def __init__(self, message, status=EXIT_IO):
        super().__init__(message)
        self.status = status


def version():
    try:
        with open(os.path.join(ROOT, "VERSION"), encoding="utf-8") as f:
            return f.readline().strip() or "unknown"
    except OSError:
        return "unknown"


def _read(path, what, binary=False):
    try:
        with open(path, "rb" if binary else "r", **({} if binary else {"encoding": "utf-8", "newline": ""})) as f:
            return f.read()
    except (OSError, UnicodeDecodeError) as e:
        raise VendorError("%s: cannot read %s: %s" % (path, what, getattr(e, "strerror", None) or e))


def _fallback_header(spec, flavor):
    """Header path (relative to include/) for a format-1 table without "flavors"."""
    if flavor == "linux":
        return "linux/%s.h" % spec.replace("-", "_")
    if flavor == "portable":
        return "iommu-abi/%s.h" % spec.replace("-", "_")
    return "xen/public/%s.h" % (spec[4:] if spec.startswith("xen-") else spec)


def wire_header(header_rel):
    """The wire helpers' header (relative to include/) beside a flavor header:
    linux/x.h -> linux/x_wire.h, iommu-abi/x.h -> iommu-abi/x_wire.h, and
    xen/public/x.h -> xen/x-wire.h (kept out of public/, which is Xen's
    interface proper)."""
    d, base = os.path.split(header_rel)
    stem = base[:-2] if base.endswith(".h") else base
    if os.path.basename(d) == "public":
        return os.path.join(os.path.dirname(d), stem + "-wire.h").replace(os.sep, "/")
    return os.path.join(d, stem + "_wire.h").replace(os.sep, "/")


def rewrite_include(text, path, header_rel, new_line):
    """@text (the file at @path) with its one #include of the flavor header
    (written as <header_rel>, or "basename", or "public/basename") replaced."""
    base = os.path.basename(header_rel)
    candidates = ["#include <%s>" % header_rel, '#include "%s"' % base]
    if os.path.basename(os.path.dirname(header_rel)) == "public":
        candidates.append('#include "public/%s"' % base)
    for old in candidates:
        if old in text:
            return text.replace(old, new_line, 1)
    raise VendorError("%s: does not include %s; cannot rewrite its include" % (path, header_rel))


def spec_files(flavor, only=()):
    """[(spec name, spec digest, header rel path, assertions rel path)] from the layout tables."""
    layout = os.path.join(INCLUDE, "layout")
    try:
        names = sorted(n[:-5] for n in os.listdir(layout) if n.endswith(".json"))
    except OSError as e:
        raise VendorError("%s: cannot list the layout tables: %s" % (layout, e.strerror))
    unknown = sorted(set(only) - set(names))
    if unknown:
        raise VendorError("unknown spec %s (known: %s)" % (", ".join(unknown), ", ".join(names)), EXIT_USAGE)
    out = []
    for name in names:
        if only and name not in only:
            continue
        path = os.path.join(layout, name + ".json")
        try:
            table = json.loads(_read(path, "layout table"))
        except ValueError as e:
            raise VendorError("%s: corrupt layout table: %s" % (path, e))
        fl = (table.get("flavors") or {}).get(flavor) or {}
        header = fl.get("header") or _fallback_header(name, flavor)
        checks = fl.get("assertions") or "layout/%s.%s-check.c" % (name, flavor)
        digest = table.get("spec_digest")
        if not digest:
            spec = os.path.join(SPECS, name + ".yaml")
            digest = "sha256:" + hashlib.sha256(_read(spec, "spec", binary=True)).hexdigest()
        out.append((name, digest, header, checks))
    return out


def stamped(text, spec, digest):
    """The file with the stamp line after its first line (the SPDX line stays first)."""
    stamp = "%s%s (spec %s, %s); do not edit: regenerate the copy with iommu-abi-vendor */\n" % (
        STAMP_PREFIX, version(), spec, digest)
    first, nl, rest = text.partition("\n")
    return first + nl + stamp + rest


def include_line(header_rel, include_as, checks_dir, dest):
    """How the assertion file, at checks_dir, includes the header copied into dest."""
    base = os.path.basename(header_rel)
    if include_as is not None:
        return "#include <%s%s>" % (include_as, base)
    rel = os.path.relpath(os.path.join(dest, base), checks_dir).replace(os.sep, "/")
    return '#include "%s"' % rel


def plan(flavor, dest, include_as, checks_dir, only, with_checks, wire_dir=None):
    """{destination path: expected content} for one flavor."""
    files = {}
    for spec, digest, header, checks in spec_files(flavor, only):
        files[os.path.join(dest, os.path.basename(header))] = stamped(
            _read(os.path.join(INCLUDE, header), "generated header"), spec, digest)
        if wire_dir is not None:
            wire = wire_header(header)
            path = os.path.join(INCLUDE, wire)
            text = rewrite_include(_read(path, "wire helpers header"), path, header,
                                   include_line(header, include_as, wire_dir, dest))
            files[os.path.join(wire_dir, os.path.basename(wire))] = stamped(text, spec, digest)
        if not with_checks:
            continue
        path = os.path.join(INCLUDE, checks)
        text = rewrite_include(_read(path, "layout-assertion file"), path, header,
                               include_line(header, include_as, checks_dir, dest))
        files[os.path.join(checks_dir, os.path.basename(checks))] = stamped(text, spec, digest)
    return files


def write_all(files):
    """Every file to a temporary beside it first, then all renamed: an error
    leaves the old copy whole, never a mix of half-written files."""
    temps = []
    try:
        for path, text in sorted(files.items()):
            d = os.path.dirname(path) or "."
            os.makedirs(d, exist_ok=True)
            fd, tmp = tempfile.mkstemp(dir=d, prefix=".iommu-abi-vendor-")
            temps.append((tmp, path))
            with os.fdopen(fd, "w", encoding="utf-8", newline="\n") as f:
                f.write(text)
            os.chmod(tmp, 0o644)
        for tmp, path in temps:
            os.replace(tmp, path)
    except OSError as e:
        for tmp, _ in temps:
            if os.path.exists(tmp):
                os.unlink(tmp)
        raise VendorError("cannot write %s: %s" % (e.filename or "", e.strerror))


def _stamp_of(text):
    for line in text.splitlines()[:3]:
        if line.startswith(STAMP_PREFIX):
            return line
    return None


def check(files, out):
    bad = 0
    for path, want in sorted(files.items()):
        try:
            have = _read(path, "vendored copy")
        except VendorError:
            out.write("iommu-abi-vendor: %s: missing\n" % path)
            bad += 1
            continue
        if have == want:
            continue
        bad += 1
        hs, ws = _stamp_of(have), _stamp_of(want)
        if hs is None:
            why = "has no iommu-abi-vendor stamp (not made by iommu-abi-vendor, or the stamp was edited)"
        elif hs != ws:
            why = "was vendored from another version or spec (stamp: %s); re-vendor it" % hs[len(STAMP_PREFIX):].split(";")[0]
        else:
            why = "was edited by hand after vendoring"
        out.write("iommu-abi-vendor: %s: differs from iommu-abi %s: it %s\n" % (path, version(), why))
        out.writelines(difflib.unified_diff(want.splitlines(True), have.splitlines(True),
                                            "iommu-abi-%s/%s" % (version(), os.path.basename(path)), path))
    if bad:
        out.write("iommu-abi-vendor: %d of %d file(s) differ\n" % (bad, len(files)))
        return EXIT_DIFFERS
    out.write("iommu-abi-vendor: %d file(s) match iommu-abi %s\n" % (len(files), version()))
    return EXIT_OK


class _Parser(argparse.ArgumentParser):
    def error(self, message):
        sys.stderr.write("iommu-abi-vendor: error: %s (see --help)\n" % message)
        sys.exit(EXIT_USAGE)


def main(argv=None):
    ap = _Parser(prog="iommu-abi-vendor", description=__doc__.split("\n\n")[0],
                 formatter_class=argparse.RawDescriptionHelpFormatter,
                 epilog="exit statuses: 0 done / in sync, 1 --check: a file differs, "
                        "2 usage error, 7 cannot read or write a file")
    ap.add_argument("--version", action="version", version="iommu-abi-vendor " + version())
    ap.add_argument("--flavor", required=True, choices=FLAVORS, help="which flavor's headers")
    ap.add_argument("--spec", action="append", default=[], metavar="NAME",
                    help="only this spec (repeatable; default: every spec), e.g. xen-pv-iommu")
    ap.add_argument("--include-as", metavar="PREFIX",
                    help="how the destination's headers are included, e.g. 'public/' for "
                         "Xen's <public/pv-iommu.h> (default: a path relative to --checks-dir)")
    ap.add_argument("--checks-dir", metavar="DIR",
                    help="where the layout-assertion files go (default: DEST)")
    ap.add_argument("--no-checks", action="store_true", help="copy the headers only")
    ap.add_argument("--wire-dir", metavar="DIR",
                    help="also copy each spec's wire helpers header here (may be DEST), "
                         "its #include of the header rewritten as the assertion files' are")
    ap.add_argument("--check", action="store_true",
                    help="write nothing; exit 1 with a diff if the copy in DEST differs")
    ap.add_argument("dest", metavar="DEST", help="directory the headers go into")
    a = ap.parse_args(argv)
    if a.include_as is not None and a.include_as and not a.include_as.endswith("/"):
        a.include_as += "/"
    checks_dir = a.checks_dir or a.dest
    try:
        files = plan(a.flavor, a.dest, a.include_as, checks_dir, a.spec, not a.no_checks, a.wire_dir)
        if a.check:
            return check(files, sys.stdout)
        write_all(files)
    except VendorError as e:
        sys.stderr.write("iommu-abi-vendor: %s\n" % e)
        return e.status
    for path in sorted(files):
        print("iommu-abi-vendor: wrote %s" % path)
    return EXIT_OK


if __name__ == "__main__":
    sys.exit(main())
