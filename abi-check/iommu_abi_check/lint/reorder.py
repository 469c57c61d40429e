"""lint's reorder advice: a field order that needs less padding.

Fields sorted by the alignment the compiler actually gave them (largest
first), then by size; the padding of that order is computed per ABI with the
shared layout arithmetic and compared with what the header's order costs."""

from dataclasses import dataclass
from typing import Dict, List, Optional

from .. import layout
from ..clang_layout import Record


@dataclass
class ReorderAdvice:
    order: List[str]           # the proposed field order
    now: int                   # padding bytes of the header's order (worst ABI)
    new: int                   # padding bytes of the proposed order (worst ABI)
    abis: List[str]            # the ABIs on which the proposed order saves bytes

    @property
    def saves(self) -> bool:
        """False: same cost, but the padding moves from a hole to the tail."""
        return self.new < self.now


def reorder_advice(recs: Dict[str, Record], abi_names: List[str]) -> Optional[ReorderAdvice]:
    """The better order of one record laid out on several ABIs, or None.

    Advice is given when the order saves bytes on some ABI, or when it costs
    the same but turns a hole (which can only ever be padding) into tail
    padding (which a later version can turn into fields)."""
    fields = [f.name for f in recs[abi_names[0]].fields]
    # a zero-size member (GNU 'T x[0]', the old spelling of a flexible array)
    # marks where variable data starts: like 'T x[]', it cannot move
    if any(f.is_bitfield or f.flexible or f.size == 0 or not f.name or f.size is None
           or f.align is None for r in recs.values() for f in r.fields):
        return None
    if any([f.name for f in r.fields] != fields for r in recs.values()):
        return None
    order_abi = max(abi_names, key=lambda a: (recs[a].align, recs[a].size))
    aligns_ref = layout.effective_aligns(recs[order_abi])
    sizes_ref = {f.name: f.size or 0 for f in recs[order_abi].fields}
    position = {n: i for i, n in enumerate(fields)}
    order = sorted(fields, key=lambda n: (-aligns_ref[n], -sizes_ref[n], position[n]))
    if order == fields:
        return None
    now_by, new_by = {}, {}
    for a in abi_names:
        r = recs[a]
        sizes = {f.name: f.size or 0 for f in r.fields}     # none is None (above)
        now_by[a] = layout.padding_bytes(r)
        _size, new_by[a] = layout.simulate(order, sizes, layout.effective_aligns(r))
    worst_now, worst_new = max(now_by.values()), max(new_by.values())
    if worst_new == worst_now and worst_now and any(layout.has_hole(recs[a]) for a in abi_names):
        return ReorderAdvice(order, worst_now, worst_new, [])
    if worst_new >= worst_now:
        return None
    return ReorderAdvice(order, worst_now, worst_new,
                         [a for a in abi_names if new_by[a] < now_by[a]])
