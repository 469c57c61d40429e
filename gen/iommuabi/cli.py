"""iommu-abi-gen: generate include/ from spec/, or check that it is in sync."""

import argparse
import difflib
import glob
import os
import sys

from . import SpecError, generate, load_spec, outfile

REPO = os.path.dirname(os.path.dirname(os.path.dirname(os.path.abspath(__file__))))


def _specs(paths):
    if paths:
        return paths
    found = sorted(glob.glob(os.path.join(REPO, "spec", "*.yaml")))
    if not found:
        raise SpecError(os.path.join(REPO, "spec"), 0, "", "no spec/*.yaml files found")
    return found


def _render_all(paths):
    """Render every output of every spec before anything is written."""
    files = {}
    for path in paths:
        rel = os.path.relpath(os.path.abspath(path), REPO)
        source = rel if not rel.startswith("..") else os.path.basename(path)
        spec = load_spec(path, source=source)
        for name, text in generate(spec).items():
            if name in files:
                raise SpecError(path, 0, "outputs", "output %s is also produced by another spec" % name)
            files[name] = text
    return files


def _write_atomically(outdir, files):
    # outfile's rules (whole files only, nothing but regular files replaced,
    # symlinks followed), and every target checked before the first is
    # written, so a refused one leaves the tree as it was.
    for name in files:
        outfile.resolve(os.path.join(outdir, name))
    for name, text in sorted(files.items()):
        target = os.path.join(outdir, name)
        os.makedirs(os.path.dirname(target), exist_ok=True)
        outfile.write(target, text)


def _check(outdir, files, complete):
    stale = []
    for name, text in sorted(files.items()):
        target = os.path.join(outdir, name)
        try:
            with open(target, encoding="utf-8", newline="") as f:
                have = f.read()
        except OSError:
            have = None
        if have != text:
            stale.append(name)
            print("iommu-abi-gen: %s: %s" % (os.path.relpath(target),
                                            "missing" if have is None else "differs from the spec"),
                  file=sys.stderr)
            if have is not None:
                diff = list(difflib.unified_diff(have.splitlines(), text.splitlines(),
                                                 "committed/" + name, "generated/" + name,
                                                 lineterm="", n=1))
                for line in diff[:40]:
                    print("    " + line, file=sys.stderr)
                if len(diff) > 40:
                    print("    ... (%d more diff lines)" % (len(diff) - 40), file=sys.stderr)
    for root, _, names in (os.walk(outdir) if complete else ()):
        for n in names:
            rel = os.path.relpath(os.path.join(root, n), outdir).replace(os.sep, "/")
            if rel not in files:
                stale.append(rel)
                print("iommu-abi-gen: %s: not generated from any spec (remove it, or "
                      "restore the spec that made it)" % os.path.join(os.path.relpath(outdir), rel),
                      file=sys.stderr)
    if stale:
        print("iommu-abi-gen: %d generated file(s) out of date; run "
              "'cmake --build build --target regen' (or gen/iommu-abi-gen) and commit include/"
              % len(stale), file=sys.stderr)
        return 1
    print("iommu-abi-gen: %d generated files match the specs" % len(files))
    return 0


def main(argv=None):
    ap = argparse.ArgumentParser(
        prog="iommu-abi-gen",
        description="Generate the C headers, layout tables and layout assertions "
                    "of include/ from the specs in spec/.")
    ap.add_argument("specs", nargs="*", metavar="SPEC",
                    help="spec files (default: every spec/*.yaml)")
    ap.add_argument("--out", default=os.path.join(REPO, "include"),
                    help="output directory (default: the repository's include/)")
    ap.add_argument("--check", action="store_true",
                    help="write nothing; exit 1 if any output differs from what is in --out")
    ap.add_argument("--list", action="store_true", help="print the output file names")
    args = ap.parse_args(argv)
    try:
        files = _render_all(_specs(args.specs))
    except SpecError as e:
        print("%s: error: %s" % (str(e).split(": ", 1)[0], str(e).split(": ", 1)[1])
              if ": " in str(e) else str(e), file=sys.stderr)
        return 2
    if args.list:
        for name in sorted(files):
            print(name)
        return 0
    if args.check:
        return _check(args.out, files, complete=not args.specs)
    try:
        _write_atomically(args.out, files)
    except outfile.OutputError as e:
        print("iommu-abi-gen: %s" % e, file=sys.stderr)
        return 3
    except OSError as e:
        print("iommu-abi-gen: cannot write %s: %s" % (e.filename or args.out, e.strerror),
              file=sys.stderr)
        return 3
    print("iommu-abi-gen: wrote %d files under %s" % (len(files), os.path.relpath(args.out)))
    return 0
