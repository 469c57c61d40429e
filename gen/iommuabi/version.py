"""The project version, for every tool's --version.

Read from VERSION at the root of the tree these modules live in: the
repository, or an installed share/iommu-abi/ (the install mirrors the
repository's shape there).  CMake reads the same file.
"""

import os

ROOT = os.path.dirname(os.path.dirname(os.path.dirname(os.path.abspath(__file__))))

# Written by the install rules into the installed tree only: the generator
# must not take the installed headers for the place to write its output.
INSTALLED_MARKER = os.path.join(ROOT, "INSTALLED")


def version() -> str:
    try:
        with open(os.path.join(ROOT, "VERSION"), encoding="utf-8") as f:
            text = f.readline().strip()
    except OSError:
        return "unknown"
    return text or "unknown"


def installed() -> bool:
    return os.path.exists(INSTALLED_MARKER)
