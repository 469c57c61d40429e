"""abi-check command line: verify, dump, diff, lint.  See abi-check/README.md."""

import argparse
import json
import os
import sys

from . import errors
from .errors import AbiCheckError

DESCRIPTION = """\
ABI gate for the iommu-abi headers, and a linter for anyone's C ABI headers.

  verify  compile the generated headers for every target ABI with clang and
          compare the compiler's layouts with the spec's (size, alignment,
          every field offset); print a per-struct summary
  dump    write a spec's layout table as a stable JSON baseline
  diff    classify the changes between two baselines/specs as breaking or
          compatible
  lint    report ABI problems in a hand-written header (holes, tail padding,
          32/64-bit differences, implicit enum values, signed flag shifts,
          enum/bool/int/long/pointer fields, empty structs, ...)
"""

EPILOG = "exit statuses:\n" + "\n".join("  " + ln for ln in errors.STATUS_TABLE.splitlines())


class _Parser(argparse.ArgumentParser):
    def error(self, message):
        sys.stderr.write("abi-check: error: %s (see --help)\n" % message)
        sys.exit(errors.EXIT_USAGE)


def build_parser():
    p = _Parser(prog="abi-check", description=DESCRIPTION, epilog=EPILOG,
                formatter_class=argparse.RawDescriptionHelpFormatter)
    sub = p.add_subparsers(dest="cmd", metavar="COMMAND")

    v = sub.add_parser("verify", help="prove the generated headers' layouts on every target",
                       formatter_class=argparse.RawDescriptionHelpFormatter, epilog=EPILOG)
    v.add_argument("--spec", action="append", default=[], metavar="FILE",
                   help="spec YAML or layout JSON (repeatable); default: every spec/*.yaml")
    v.add_argument("--all", action="store_true", help="every spec (the default)")
    v.add_argument("--targets", default="all", metavar="LIST",
                   help="comma-separated ABI names (default: all ten)")
    v.add_argument("--flavor", default="all", metavar="LIST",
                   help="comma-separated header flavors: linux,portable,xen (default: all)")
    v.add_argument("--include-dir", metavar="DIR",
                   help="generated headers' root (default: the repo's include/)")
    v.add_argument("--no-summary", action="store_true", help="skip the per-struct summary table")
    v.add_argument("-q", "--quiet", action="store_true", help="print problems only")

    d = sub.add_parser("dump", help="write a spec's layout table as a JSON baseline",
                       formatter_class=argparse.RawDescriptionHelpFormatter, epilog=EPILOG)
    d.add_argument("spec", metavar="SPEC", help="spec YAML (or a layout JSON to normalise)")
    d.add_argument("-o", "--output", metavar="FILE", help="output file (default: stdout)")

    df = sub.add_parser("diff", help="classify changes between OLD and NEW",
                        formatter_class=argparse.RawDescriptionHelpFormatter, epilog=EPILOG)
    df.add_argument("old", metavar="OLD", help="baseline JSON or spec YAML")
    df.add_argument("new", metavar="NEW", help="baseline JSON or spec YAML")
    df.add_argument("--format", choices=("text", "json"), default="text")
    df.add_argument("-q", "--quiet", action="store_true", help="print breaking changes only")
    df.add_argument("--fail-on", choices=("any", "breaking"), default="any",
                    help="'breaking': exit 0 (not 4) when every change is compatible "
                         "(for build gates); default 'any' (libabigail-style statuses)")

    ln = sub.add_parser("lint", help="lint a hand-written C header",
                        formatter_class=argparse.RawDescriptionHelpFormatter, epilog=EPILOG)
    ln.add_argument("header", metavar="HEADER")
    ln.add_argument("-I", dest="includes", action="append", default=[], metavar="DIR")
    ln.add_argument("-D", dest="defines", action="append", default=[], metavar="NAME[=VALUE]")
    ln.add_argument("--include", dest="forced", action="append", default=[], metavar="FILE",
                    help="include FILE first (for headers that rely on being included "
                         "after e.g. <stdint.h>)")
    ln.add_argument("--targets", default="all", metavar="LIST",
                    help="comma-separated ABI names (default: all ten)")
    ln.add_argument("--format", choices=("text", "json", "sarif"), default="text")
    ln.add_argument("--fail-on", choices=("findings", "never"), default="findings",
                    help="'never': exit 0 even with findings (errors still fail)")
    return p


def _targets(text):
    from . import clang_layout as cl
    names = [n.strip() for n in text.split(",") if n.strip()]
    if not names:
        # ',' or '' (an empty CMake list, say) must not quietly mean "all ten" in
        # one command and "none" in a summary: it is a mistake
        raise AbiCheckError("--targets %r names no target ABI (use 'all', or some of: %s)"
                            % (text, ", ".join(a.name for a in cl.resolve_abis("all"))),
                            errors.EXIT_USAGE)
    try:
        abis = [a.name for a in cl.resolve_abis(",".join(names))]
    except KeyError as e:
        raise AbiCheckError(str(e).strip("'\""), errors.EXIT_USAGE)
    return list(dict.fromkeys(abis))        # each once: x86_64,x86_64 is one ABI


def cmd_lint(args, out):
    from . import lint
    targets = _targets(args.targets)
    for d in args.includes:
        # clang ignores a missing -I directory; a typo there would otherwise
        # only surface as some header "not found" (or not at all)
        if not os.path.isdir(d):
            sys.stderr.write("abi-check: lint: note: -I %s: no such directory (ignored)\n" % d)
    findings, skipped = lint.lint_report(args.header, args.includes, args.defines, targets,
                                         forced=args.forced)
    for abi, why in skipped.items():
        sys.stderr.write("abi-check: lint: note: %s skipped (layouts not checked there): %s\n"
                         % (abi, why))
    done = [t for t in targets if t not in skipped]
    if args.format == "json":
        out.write(json.dumps({"file": args.header, "targets": done, "skipped": skipped,
                              "findings": [f.as_dict() for f in findings]}, indent=2) + "\n")
    elif args.format == "sarif":
        out.write(json.dumps(lint.to_sarif(findings, args.header), indent=2) + "\n")
    else:
        for f in findings:
            out.write(f.text() + "\n")
        out.write("%s: %d finding(s) on %d target ABI(s)%s\n"
                  % (args.header, len(findings), len(done),
                     " (%d skipped: see notes)" % len(skipped) if skipped else ""))
    if findings and args.fail_on == "findings":
        return errors.EXIT_FINDINGS
    return errors.EXIT_OK


def _write_output(path, text, source):
    """Write ``path`` whole or not at all, never over what is not a regular
    file, following a symlink to its target (the generator's outfile rules,
    documented in abi-check/README.md), and never over the spec it was made from."""
    if os.path.exists(path) and os.path.exists(source) and os.path.samefile(path, source):
        raise AbiCheckError("%s: refusing to write the baseline over the spec it is made from"
                            % path, errors.EXIT_USAGE)
    from .baseline import generator_module
    outfile = generator_module("outfile")
    try:
        outfile.write(path, text)
    except outfile.OutputError as e:
        raise AbiCheckError(str(e), errors.EXIT_USAGE)
    except OSError as e:
        raise AbiCheckError("%s: cannot write: %s" % (path, e.strerror), errors.EXIT_UNREADABLE)


def cmd_dump(args, out):
    from . import baseline
    table = baseline.load(args.spec)
    text = baseline.dumps(table)
    if args.output:
        _write_output(args.output, text, args.spec)
    else:
        out.write(text)
    return errors.EXIT_OK


def cmd_diff(args, out):
    from . import baseline, diff
    old = baseline.load(args.old)
    new = baseline.load(args.new)
    diff.refuse_other_spec(old, new, args.old, args.new)
    changes = diff.diff(old, new)
    status = diff.exit_status(changes)
    if args.format == "json":
        out.write(json.dumps({"old": args.old, "new": args.new, "status": status,
                              "changes": [c.as_dict() for c in changes]}, indent=2) + "\n")
    else:
        for c in changes:
            if args.quiet and not c.breaking:
                continue
            out.write(c.text() + "\n")
        out.write(diff.summary(changes, args.old, args.new) + "\n")
    if status == errors.EXIT_CHANGES and args.fail_on == "breaking":
        if args.format == "text":
            out.write("abi-check: diff: compatible changes only: not failing (--fail-on breaking); "
                      "update the baseline with 'abi-check dump' to record them\n")
        return errors.EXIT_OK
    return status


def cmd_verify(args, out):
    from . import verify
    return verify.run(specs=args.spec, targets=_targets(args.targets), flavors=args.flavor,
                      include_dir=args.include_dir, summary=not args.no_summary,
                      quiet=args.quiet, out=out)


def main(argv=None, out=None):
    out = out or sys.stdout
    parser = build_parser()
    try:
        args = parser.parse_args(argv)
    except SystemExit as e:          # --help (0) or a usage error (2)
        return e.code if isinstance(e.code, int) else errors.EXIT_USAGE
    if not args.cmd:
        parser.print_help(out)
        return errors.EXIT_USAGE
    try:
        return {"lint": cmd_lint, "dump": cmd_dump, "diff": cmd_diff,
                "verify": cmd_verify}[args.cmd](args, out)
    except AbiCheckError as e:
        sys.stderr.write("abi-check: %s\n" % e)
        return e.status
    except KeyboardInterrupt:
        sys.stderr.write("abi-check: interrupted\n")
        return 130
    except BrokenPipeError:
        return errors.EXIT_OK
    except Exception as e:          # a bug: say so in one line, never a traceback
        sys.stderr.write("abi-check: internal error: %s: %s (please report)\n"
                         % (type(e).__name__, e))
        return errors.EXIT_INTERNAL
