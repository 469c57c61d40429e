"""iommu-abi generator: spec/*.yaml -> model -> layout -> emitters.

    load_spec(path)      parse and validate a spec file (SpecError on problems)
    lay_out(spec)        the layout engine: sizes, alignments, offsets per ABI
    layout_table(spec)   the layout table / baseline data for a spec
    generate(spec)       every output file of a spec, {include-relative path: text}
    FLAVORS              the header flavor classes, in output order

The package is imported one way everywhere: with the repository's gen/ on
sys.path, as ``iommuabi`` (gen/iommu-abi-gen, abi-check's generator.py and the
tests' helpers each put it there once).
"""

from typing import Any, Callable, Dict, Tuple, Union

from .errors import SpecError
from .layout import LaidOutSpec, lay_out
from .loader import load_spec
from .model import Spec
from .emit import asserts, golden, layout_json, linux, portable, reference_md, wire, xen
from .emit.flavors import FLAVORS

EMITTERS: Tuple[Callable[[LaidOutSpec], Dict[str, str]], ...] = (
    linux.emit, xen.emit, portable.emit, layout_json.emit, asserts.emit, reference_md.emit,
    wire.emit, golden.emit)


def layout_table(spec: Union[str, Spec]) -> Dict[str, Any]:
    """The layout table of a spec (a path or a loaded Spec), as plain data."""
    if isinstance(spec, str):
        spec = load_spec(spec)
    return layout_json.table(lay_out(spec))


def generate(spec: Spec) -> Dict[str, str]:
    """All output files of one spec, rendered in memory."""
    lo = lay_out(spec)
    files: Dict[str, str] = {}
    for emit in EMITTERS:
        files.update(emit(lo))
    return files


__all__ = ["SpecError", "FLAVORS", "load_spec", "lay_out", "layout_table", "generate",
           "layout_json"]
