"""abi-check's one way to the generator package (gen/iommuabi).

abi-check reads specs, the ABI table and the layout-table serializer from
the project's generator instead of keeping copies.  Every module of
abi-check imports the generator through here, never by path of its own:
the repository's gen/ goes on sys.path once, and ``iommuabi`` is imported
as the package it is (as gen/iommu-abi-gen and the tests import it).
"""

import os
import sys

REPO = os.path.dirname(os.path.dirname(os.path.dirname(os.path.abspath(__file__))))
GEN_DIR = os.path.join(REPO, "gen")

if GEN_DIR not in sys.path:
    sys.path.insert(0, GEN_DIR)

import iommuabi  # noqa: E402
from iommuabi import abis  # noqa: E402,F401  (re-exported: the one table of target ABIs)
from iommuabi.emit import layout_json  # noqa: E402,F401  (the one layout-table serializer)

__all__ = ["REPO", "GEN_DIR", "iommuabi", "abis", "layout_json"]
