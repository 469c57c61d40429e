"""The linux flavor: <linux/types.h> spellings, for Linux uapi and drivers.

For virtio-iommu it keeps the names and include guard of Linux's own
<linux/virtio_iommu.h>, so it can replace that header as it is.

A spec whose linux output replaces a kernel header (linux: drop_in: true)
also keeps the kernel header's constant types: Linux writes them as plain
int (0x01, (1 << 0)), and an unsigned constant would change what code built
against the kernel's header compiles to and warns about (with -Wsign-compare,
'int_var < VIRTIO_IOMMU_T_PROBE' becomes a signed/unsigned comparison; ~ of a
mask widened to 64 bits clears the upper half).  Values are written as int
literals -- flag bits as hex, never as a signed shift.
"""

from typing import Dict, List, Optional

from ..layout import LaidOutSpec
from . import cheader

_TYPES = {"u8": "__u8", "u16": "__u16", "u32": "__u32", "u64": "__u64",
          "le16": "__le16", "le32": "__le32", "le64": "__le64",
          "be16": "__be16", "be32": "__be32", "be64": "__be64",
          "guest_handle": "__u64"}


class Linux(cheader.Flavor):
    name = "linux"
    indent = "\t"

    def prim(self, ptype: str) -> str:
        return _TYPES[ptype]

    def guard(self) -> str:
        # linux/virtio_iommu.h -> _LINUX_VIRTIO_IOMMU_H, Linux's own guard.
        return "_" + super().guard()

    def includes(self) -> List[str]:
        return ["#include <linux/types.h>"]

    def offset_comments(self) -> bool:
        return False    # Linux's uapi headers have none; neither has its virtio_iommu.h

    def flexible_member_guard(self) -> Optional[List[str]]:
        return None   # uapi headers are built as GNU C; Linux declares it too

    def unsigned_constants(self) -> bool:
        return not self.spec.linux_drop_in

    def drop_in(self) -> bool:
        return self.spec.linux_drop_in

    def size_constants(self) -> bool:
        # A drop-in keeps the kernel header's names, no more: code written
        # against ours must build against the kernel's.  Linux has no
        # VIRTIO_IOMMU_CONFIG_SIZE_VER* (virtio config space is read field by
        # field); the portable and xen flavors carry them.
        return not self.spec.linux_drop_in

def emit(lo: LaidOutSpec) -> Dict[str, str]:
    fl = Linux(lo)
    return {fl.path: cheader.render(fl)}
