#!/usr/bin/env python3
"""Static checks over all of the project's Python: pyflakes, then mypy.

    static_check.py --pyflakes pyflakes3 --mypy mypy --cache-dir DIR

Every Python file of the source tree takes part -- *.py and the scripts
whose first line names python -- found by walking the tree (build trees,
hidden directories and caches left out), so a file added anywhere is
checked without being listed.  pyflakes runs over all of them at once.  mypy
runs once per directory (each directory's scripts import their neighbours
and the project's packages by name, so each run sees gen/ and abi-check/ on
its path), with the settings of mypy.ini beside this file: the generator
package iommuabi must be fully annotated.

Exit 0 when both are clean; 1 with their findings otherwise; 2 when a tool
is missing.
"""

import argparse
import os
import subprocess
import sys
from typing import Dict, List

HERE = os.path.dirname(os.path.abspath(__file__))
REPO = os.path.normpath(os.path.join(HERE, "..", ".."))
CONFIG = os.path.join(HERE, "mypy.ini")
# Where the project's importable packages live (gen/iommuabi, abi-check/iommu_abi_check).
PACKAGE_ROOTS = (os.path.join(REPO, "gen"), os.path.join(REPO, "abi-check"))


def _is_python_script(path: str) -> bool:
    try:
        with open(path, "rb") as f:
            first = f.readline(200)
    except OSError:
        return False
    return first.startswith(b"#!") and b"python" in first


def python_files(root: str = REPO) -> List[str]:
    """Every Python file under root, build trees and hidden directories excluded."""
    found = []
    for d, dirs, names in os.walk(root):
        dirs[:] = sorted(x for x in dirs if not x.startswith((".", "__pycache__"))
                         and not os.path.exists(os.path.join(d, x, "CMakeCache.txt")))
        for n in sorted(names):
            p = os.path.join(d, n)
            if n.endswith(".py") or ("." not in n and os.access(p, os.X_OK)
                                     and _is_python_script(p)):
                found.append(p)
    return found


def mypy_groups(files: List[str]) -> Dict[str, List[str]]:
    """Directory -> its Python files; a package's modules go with the
    directory that holds the package (mypy names them by their __init__.py)."""
    groups: Dict[str, List[str]] = {}
    for p in files:
        d = os.path.dirname(p)
        while os.path.exists(os.path.join(d, "__init__.py")):
            d = os.path.dirname(d)
        groups.setdefault(d, []).append(p)
    return groups


def run_mypy(mypy: str, cache: str, d: str, files: List[str]) -> "subprocess.CompletedProcess[str]":
    args = [mypy, "--config-file", CONFIG, "--cache-dir", cache, "--no-error-summary"] + files
    env = dict(os.environ, MYPYPATH=os.pathsep.join([d] + [r for r in PACKAGE_ROOTS if r != d]))
    return subprocess.run(args, cwd=d, env=env, capture_output=True, text=True)


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--pyflakes", default="pyflakes3")
    ap.add_argument("--mypy", default="mypy")
    ap.add_argument("--cache-dir", default=os.path.join(REPO, "build", "mypy-cache"))
    args = ap.parse_args()
    cache = os.path.abspath(args.cache_dir)     # mypy runs in each directory
    files = python_files()
    if len(files) < 10:
        print("static_check: found only %d Python files under %s" % (len(files), REPO))
        return 1
    bad = 0
    try:
        r = subprocess.run([args.pyflakes] + files, capture_output=True, text=True)
    except OSError as e:
        print("static_check: cannot run %s: %s (Debian: apt-get install pyflakes3)"
              % (args.pyflakes, e.strerror))
        return 2
    if r.returncode != 0 or r.stdout.strip() or r.stderr.strip():
        sys.stdout.write(r.stdout + r.stderr)
        bad += 1
    groups = mypy_groups(files)
    for d in sorted(groups):
        try:
            r = run_mypy(args.mypy, cache, d, groups[d])
        except OSError as e:
            print("static_check: cannot run %s: %s (Debian: apt-get install mypy)"
                  % (args.mypy, e.strerror))
            return 2
        if r.returncode != 0:
            sys.stdout.write("mypy in %s:\n%s%s" % (os.path.relpath(d, REPO), r.stdout, r.stderr))
            bad += 1
    if bad:
        print("static_check: FAILED")
        return 1
    print("static_check: OK: pyflakes and mypy clean over %d Python files in %d directories"
          % (len(files), len(groups)))
    return 0


if __name__ == "__main__":
    sys.exit(main())
