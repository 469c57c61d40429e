"""The portable flavor: <stdint.h> only, freestanding, C89 through C++."""

from typing import Dict, List

from ..layout import LaidOutSpec
from . import cheader

_TYPES = {"u8": "uint8_t", "u16": "uint16_t", "u32": "uint32_t", "u64": "uint64_t",
          "le16": "uint16_t", "le32": "uint32_t", "le64": "uint64_t",
          "be16": "uint16_t", "be32": "uint32_t", "be64": "uint64_t",
          "guest_handle": "uint64_t"}


class Portable(cheader.Flavor):
    name = "portable"

    def prim(self, ptype: str) -> str:
        return _TYPES[ptype]

    def guard(self) -> str:
        return "IOMMU_ABI_" + super().guard().replace("IOMMU_ABI_", "", 1)

    def includes(self) -> List[str]:
        return ["#include <stdint.h>"]


def emit(lo: LaidOutSpec) -> Dict[str, str]:
    fl = Portable(lo)
    return {fl.path: cheader.render(fl)}
