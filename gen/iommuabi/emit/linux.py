"""The linux flavor: <linux/types.h> spellings, for Linux uapi and drivers.

For virtio-iommu it keeps the names and include guard of Linux's own
<linux/virtio_iommu.h>, so it can replace that header as it is.
"""

from . import cheader

_TYPES = {"u8": "__u8", "u16": "__u16", "u32": "__u32", "u64": "__u64",
          "le16": "__le16", "le32": "__le32", "le64": "__le64",
          "be16": "__be16", "be32": "__be32", "be64": "__be64",
          "guest_handle": "__u64"}


class Linux(cheader.Flavor):
    name = "linux"
    indent = "\t"

    def prim(self, ptype):
        return _TYPES[ptype]

    def guard(self):
        # linux/virtio_iommu.h -> _LINUX_VIRTIO_IOMMU_H, Linux's own guard.
        return "_" + super().guard()

    def includes(self):
        return ["#include <linux/types.h>"]

    def flexible_member_guard(self):
        return None   # uapi headers are built as GNU C; Linux declares it too


def emit(lo):
    fl = Linux(lo)
    return {fl.path: cheader.render(fl)}
