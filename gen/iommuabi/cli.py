"""iommu-abi-gen: generate include/ from spec/, or check that it is in sync."""

import argparse
import difflib
import glob
import os
import sys
from typing import Dict, Iterable, List, Optional, Sequence, Tuple

from . import SpecError, generate, load_spec, outfile
from .version import installed, version
from .emit import golden, layout_json
from .emit.wire import WireFlavor
from .emit.flavors import flavors
from .layout import lay_out
from .model import Spec

REPO = os.path.dirname(os.path.dirname(os.path.dirname(os.path.abspath(__file__))))


def _specs(paths: Sequence[str]) -> List[str]:
    if paths:
        return list(paths)
    found = sorted(glob.glob(os.path.join(REPO, "spec", "*.yaml")))
    if not found:
        raise SpecError(os.path.join(REPO, "spec"), 0, "", "no spec/*.yaml files found")
    return found


def _load(path: str) -> Spec:
    rel = os.path.relpath(os.path.abspath(path), REPO)
    return load_spec(path, source=rel if not rel.startswith("..") else os.path.basename(path))


def _render_all(specs: Iterable[Spec]) -> Dict[str, str]:
    """Render every output of every spec before anything is written."""
    files: Dict[str, str] = {}
    for spec in specs:
        for name, text in generate(spec).items():
            if name in files:
                raise SpecError(spec.path, 0, "outputs",
                                "output %s is also produced by another spec" % name)
            files[name] = text
    return files


def _output_kinds(spec: Spec) -> List[Tuple[str, str]]:
    """(kind, include-relative path) of every output of a spec: header.<flavor>,
    assertions.<flavor>, table, wire.<flavor> (the wire helpers), golden.<flavor>
    (the golden-image test program), golden (the images in JSON), and other
    (the reference document)."""
    lo = lay_out(spec)
    kinds = {}
    for fl in flavors(lo):
        kinds[fl.path] = "header." + fl.name
        kinds[fl.assertions_path()] = "assertions." + fl.name
    kinds.update((name, "table") for name in layout_json.emit(lo))
    for fl in flavors(lo):
        wf = WireFlavor(fl)
        kinds[wf.path] = "wire." + fl.name
        kinds[golden.program_path(wf)] = "golden." + fl.name
    kinds[golden.json_path(lo)] = "golden"
    return [(kinds.get(name, "other"), name) for name in sorted(generate(spec))]


def _list_outputs(specs: Iterable[Spec]) -> None:
    """One tab-separated line per spec (NAME, "spec", absolute path of the
    YAML) and per output (NAME, kind, include-relative path): what CMake reads
    at configure time instead of keeping its own list of specs and headers."""
    for spec in specs:
        print("%s\tspec\t%s" % (spec.name, os.path.abspath(spec.path)))
        for kind, name in _output_kinds(spec):
            print("%s\t%s\t%s" % (spec.name, kind, name))


def _current(path: str) -> Optional[str]:
    try:
        with open(path, encoding="utf-8", newline="") as f:
            return f.read()
    except (OSError, UnicodeDecodeError):
        return None


def _write_atomically(outdir: str, files: Dict[str, str]) -> int:
    """Write the files whose content changed; return how many were written.

    An unchanged file is left alone, so its mtime (and everything make
    rebuilds from it) stays.  outfile's rules (whole files only, nothing but
    regular files replaced, symlinks followed), and every target checked
    before the first is written, so a refused one leaves the tree as it was."""
    for name in files:
        outfile.resolve(os.path.join(outdir, name))
    written = 0
    for name, text in sorted(files.items()):
        target = os.path.join(outdir, name)
        if os.path.isfile(target) and _current(target) == text:
            continue
        os.makedirs(os.path.dirname(target), exist_ok=True)
        outfile.write(target, text)
        written += 1
    return written


def _check(outdir: str, files: Dict[str, str], complete: bool) -> int:
    stale = []
    for name, text in sorted(files.items()):
        target = os.path.join(outdir, name)
        have = _current(target)
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


def main(argv: Optional[Sequence[str]] = None) -> int:
    ap = argparse.ArgumentParser(
        prog="iommu-abi-gen",
        description="Generate the C headers, layout tables and layout assertions "
                    "of include/ from the specs in spec/.")
    ap.add_argument("specs", nargs="*", metavar="SPEC",
                    help="spec files (default: every spec/*.yaml)")
    ap.add_argument("--version", action="version", version="iommu-abi-gen " + version())
    ap.add_argument("--out", default=None,
                    help="output directory (default: the repository's include/; "
                         "required when running an installed copy)")
    ap.add_argument("--check", action="store_true",
                    help="write nothing; exit 1 if any output differs from what is in --out")
    ap.add_argument("--list", action="store_true", help="print the output file names")
    ap.add_argument("--list-outputs", action="store_true",
                    help="print, tab-separated, each spec's name, 'spec' and its path, then "
                         "one line per output: spec name, kind (header.<flavor>, "
                         "assertions.<flavor>, table, wire.<flavor>, golden.<flavor>, golden, "
                         "other) and include-relative path")
    args = ap.parse_args(argv)
    if args.out is None:
        if installed() and not (args.check or args.list):
            # The installed tree's include/ is the installed headers.
            ap.error("--out DIR is required: this is an installed copy, not a checkout")
        args.out = os.path.join(REPO, "include")
    try:
        specs = [_load(p) for p in _specs(args.specs)]
        files = _render_all(specs)
    except SpecError as e:
        print("%s: error: %s" % (str(e).split(": ", 1)[0], str(e).split(": ", 1)[1])
              if ": " in str(e) else str(e), file=sys.stderr)
        return 2
    if args.list_outputs:
        _list_outputs(specs)
        return 0
    if args.list:
        for name in sorted(files):
            print(name)
        return 0
    if args.check:
        return _check(args.out, files, complete=not args.specs)
    try:
        written = _write_atomically(args.out, files)
    except outfile.OutputError as e:
        print("iommu-abi-gen: %s" % e, file=sys.stderr)
        return 3
    except OSError as e:
        print("iommu-abi-gen: cannot write %s: %s" % (e.filename or args.out, e.strerror),
              file=sys.stderr)
        return 3
    print("iommu-abi-gen: wrote %d of %d files under %s (the others were unchanged)"
          % (written, len(files), os.path.relpath(args.out)))
    return 0
