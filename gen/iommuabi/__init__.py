"""iommu-abi generator: spec/*.yaml -> model -> layout -> emitters.

    load_spec(path)      parse and validate a spec file (SpecError on problems)
    lay_out(spec)        the layout engine: sizes, alignments, offsets per ABI
    layout_table(spec)   the layout table / baseline data for a spec
    generate(spec)       every output file of a spec, {include-relative path: text}
"""

from .errors import SpecError
from .loader import load_spec
from .layout import lay_out
from .emit import asserts, layout_json, linux, portable, reference_md, xen

EMITTERS = (linux.emit, xen.emit, portable.emit, layout_json.emit, asserts.emit,
            reference_md.emit)


def layout_table(spec):
    """The layout table of a spec (a path or a loaded Spec), as plain data."""
    if isinstance(spec, str):
        spec = load_spec(spec)
    return layout_json.table(lay_out(spec))


def generate(spec):
    """All output files of one spec, rendered in memory."""
    lo = lay_out(spec)
    files = {}
    for emit in EMITTERS:
        files.update(emit(lo))
    return files


__all__ = ["SpecError", "load_spec", "lay_out", "layout_table", "generate"]
