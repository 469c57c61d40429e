"""The xen flavor: a header ready for xen/include/public/.

Xen's rules for public headers: MIT licence on the first line; uint*_t and
uint64_aligned_t from xen.h (never redefined here); a typedef for every
struct and a guest handle for every hypercall argument (a struct whose
fields have a direction, dir: in/out/inout); embedded structs named by
typedef; enums declared but stored as fixed-width integers.

xen.h defines uint64_aligned_t only for the hypervisor and the tools
(__XEN__, __XEN_TOOLS__), and on Arm for everyone.  Xen's headers.chk
compiles every public header without either macro (-ansi -include
stdint.h), so structs that use it are declared only where it exists; the
constants and the enum stay visible to every includer.  Everything declared carries a
xen_/XEN_ prefix so that Xen's compat script, which renames those prefixes
to build the 32-bit copy, leaves nothing declared twice.
"""

from typing import Dict, List, Optional, Tuple

from ..layout import LaidOutSpec, StructLayout
from ..model import Field, Struct
from . import cheader

_TYPES = {"u8": "uint8_t", "u16": "uint16_t", "u32": "uint32_t",
          "u64": "uint64_aligned_t", "le16": "uint16_t", "le32": "uint32_t",
          "le64": "uint64_aligned_t", "be16": "uint16_t", "be32": "uint32_t",
          "be64": "uint64_aligned_t", "guest_handle": "uint64_aligned_t"}


def _prefixed(name: str, prefix: str) -> str:
    return name if name.lower().startswith(prefix.lower()) else prefix + name


class Xen(cheader.Flavor):
    name = "xen"

    def struct_tag(self, name: str) -> str:
        st = self.spec.struct(name)
        if st.xen_external:
            return st.xen_external[:-2] if st.xen_external.endswith("_t") else st.xen_external
        return _prefixed(name, "xen_")

    def typedef(self, name: str) -> str:
        st = self.spec.struct(name)
        return st.xen_external or self.struct_tag(name) + "_t"

    def struct_ref(self, name: str) -> str:
        return self.typedef(name)

    def macro(self, name: str) -> str:
        for _, c in self.spec.constants():
            if c.name == name and c.external:
                return name
        return _prefixed(name, "XEN_")

    def enum_tag(self, name: str) -> str:
        return _prefixed(name, "xen_")

    def enumerator(self, name: str) -> str:
        return _prefixed(name, "XEN_")

    def prim(self, ptype: str) -> str:
        return _TYPES[ptype]

    def field_type(self, f: Field) -> str:
        # domid_t and friends: Xen's own spelling of a primitive (same layout).
        return f.xen_type or super().field_type(f)

    def trailer(self) -> List[str]:
        # The editor settings block every file of Xen's public headers ends with.
        return ["", "/*", " * Local variables:", " * mode: C", ' * c-file-style: "BSD"',
                " * c-basic-offset: 4", " * tab-width: 4", " * indent-tabs-mode: nil",
                " * End:", " */"]

    def guard(self) -> str:
        # xen/public/pv-iommu.h -> __XEN_PUBLIC_PV_IOMMU_H__, Xen's style.
        return "__" + super().guard() + "__"

    def includes(self) -> List[str]:
        return ['#include "%s"' % h for h in self.spec.xen_includes]

    def structs_guard(self) -> Optional[Tuple[List[str], List[str]]]:
        if not any(self.prim(f.field.type) == "uint64_aligned_t"
                   for sl in self.lo.structs if self.emits_struct(sl.struct)
                   for f in sl.fields if f.field.type in _TYPES):
            return None
        opening = [
            "/*",
            " * The structures use uint64_aligned_t, a 64-bit integer that is 8-byte",
            " * aligned on every ABI.  xen.h provides it to the hypervisor and the tools",
            " * (__XEN__, __XEN_TOOLS__) and, on Arm, to every build; elsewhere a guest",
            " * that uses these structures defines it before including this header.",
            " * It is never guessed here: a plain uint64_t is 4-byte aligned on x86_32.",
            " */",
            "#if defined(__XEN__) || defined(__XEN_TOOLS__) || defined(uint64_aligned_t)"]
        closing = ["#endif /* __XEN__ || __XEN_TOOLS__ || uint64_aligned_t */"]
        return opening, closing

    def external_type(self, st: Struct) -> Optional[str]:
        return st.xen_external

    # Versions: Xen guards what a release added with __XEN_INTERFACE_VERSION__
    # (xen-compat.h sets it to the latest for Xen and the tools; a guest that
    # does not set it gets 0x00000000, the oldest interface), as its public
    # headers do, e.g. dom0_vga_console_info's tail (>= 0x00040d00).
    def _xen_version(self, name: Optional[str]) -> Optional[int]:
        v = self.spec.version(name)
        return v.xen_interface if v is not None else None

    def version_test(self, since: Optional[str], outer: Optional[str]) -> Optional[str]:
        if self.spec.version_index(since) <= self.spec.version_index(outer):
            return None
        number = self._xen_version(since)
        return None if number is None else "__XEN_INTERFACE_VERSION__ >= 0x%08x" % number

    def interface_test(self) -> Optional[str]:
        if not self.spec.versions or self.spec.versions[0].xen_interface is None:
            return None
        return "__XEN_INTERFACE_VERSION__ >= 0x%08x" % self.spec.versions[0].xen_interface

    def interface_guard(self) -> Optional[Tuple[List[str], List[str]]]:
        test = self.interface_test()
        if test is None:
            return None
        first = self.spec.versions[0]
        opening = ["/*"] + cheader._comment_block(
            "Interface version %s (0x%08x).  Xen and the tools see it (xen-compat.h gives "
            "them __XEN_LATEST_INTERFACE_VERSION__, which must be at least this); a guest "
            "sees it when it builds with __XEN_INTERFACE_VERSION__ set to it or later.  "
            "Without, a guest gets 0x00000000: none of it."
            % (first.name, first.xen_interface or 0)) + [" */", "#if %s" % test]
        return opening, ["#endif /* %s */" % test]

    def offset_comments(self) -> bool:
        return False    # Xen's public headers have none

    def after_struct(self, sl: StructLayout) -> List[str]:
        """The typedef (what embeds the struct, and what Xen's compat
        translation follows), and a guest handle for a hypercall argument --
        a struct with IN/OUT fields -- only: a struct that never crosses a
        hypercall (a virtqueue request) has nothing to pass by handle."""
        tag = self.struct_tag(sl.name)
        td = self.typedef(sl.name)
        one = "typedef struct %s %s;" % (tag, td)
        if cheader.columns(one) > cheader.MAX_COLUMNS:
            typedef = ["typedef struct %s" % tag, "    %s;" % td]
        else:
            typedef = [one]
        if any(f.dir for f in sl.struct.fields):
            typedef.append("DEFINE_XEN_GUEST_HANDLE(%s);" % td)
        return typedef


def emit(lo: LaidOutSpec) -> Dict[str, str]:
    fl = Xen(lo)
    return {fl.path: cheader.render(fl)}
