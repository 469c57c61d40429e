"""Layout assertion files: sizeof, alignment and every offsetof, checked by a compiler.

One C file per spec and flavor.  Compiling it for a target proves that
target lays the flavor's header out exactly as the spec's layout table
says; the tests compile it for every ABI.  It is C89 (an assertion is an
array type whose size goes negative when it fails), so it also runs where
_Static_assert does not exist.  The linux flavor's file includes
<linux/virtio_iommu.h> by its system path, so it can be compiled against
Linux's own header too: both passing proves them layout-identical.
"""

from typing import Dict, List

from ..abis import ABIS
from ..layout import LaidOutSpec
from .cheader import Flavor, _comment_block, size_constant_name
from .flavors import flavors


def _u64_align_macro() -> List[str]:
    small = [a for a in ABIS if a.u64_align != 8]
    lines = []
    for i, a in enumerate(small):
        lines += ["#%s %s  /* %s */" % ("if" if i == 0 else "elif", a.cpp_test, a.name),
                  "# define IOMMU_ABI_U64_ALIGN %d" % a.u64_align]
    lines += ["#else", "# define IOMMU_ABI_U64_ALIGN 8", "#endif"]
    return lines


def _render(lo: LaidOutSpec, fl: Flavor) -> str:
    spec, flname = lo.spec, fl.name
    out = ["/* SPDX-License-Identifier: MIT */", "/*",
           " * %s - layout assertions for %s" % (fl.assertions_path(), fl.path),
           " *"]
    out += _comment_block(
        "Generated from %s by gen/iommu-abi-gen: do not edit. Compiling this file "
        "for a target proves that the %s flavor has, on that target, the size, "
        "alignment and field offsets of layout/%s.json. C89: a failed assertion is "
        "an array of negative size." % (spec.source, flname, spec.name))
    out += [" */", "", "#include <stddef.h>", "#include <%s>" % fl.path, ""]
    out += ["#ifndef IOMMU_ABI_ASSERT",
            "#define IOMMU_ABI_ASSERT(name, cond) \\",
            "\ttypedef char iommu_abi_assert_##name[(cond) ? 1 : -1]",
            "#endif", ""]
    if flname == "xen":
        out += ["/* uint64_aligned_t is 8-aligned on every ABI (xen.h). */",
                "#ifndef IOMMU_ABI_XEN_U64_ALIGN", "# define IOMMU_ABI_XEN_U64_ALIGN 8",
                "#endif", ""]
        big = "IOMMU_ABI_XEN_U64_ALIGN"
    else:
        out += ["/* The alignment of a 64-bit integer in a struct, per ABI. */"]
        out += _u64_align_macro() + [""]
        big = "IOMMU_ABI_U64_ALIGN"
    for sl in lo.structs:
        st = sl.struct
        if not fl.emits_struct(st):
            continue
        ref = "struct " + fl.struct_tag(st.name)
        n = fl.struct_tag(st.name)
        out.append("/* %s */" % ref)
        out.append("IOMMU_ABI_ASSERT(%s__size, sizeof(%s) == %d);" % (n, ref, sl.size))
        for f in sl.fields:
            out.append("IOMMU_ABI_ASSERT(%s__%s, offsetof(%s, %s) == %d);"
                       % (n, f.field.name, ref, f.field.name, f.offset))
            out.append("IOMMU_ABI_ASSERT(%s__%s__size, sizeof(((%s *)0)->%s) == %d);"
                       % (n, f.field.name, ref, f.field.name, f.size))
        if st.variable_tail is not None and fl.flexible_member_guard() is None:
            t = st.variable_tail.name
            out.append("IOMMU_ABI_ASSERT(%s__%s, offsetof(%s, %s) == %d);"
                       % (n, t, ref, t, sl.tail_offset or 0))
        if sl.sizes and fl.size_constants():
            # Each size constant ends where the next version's first field
            # begins; the last is the size.
            for i, (_, size) in enumerate(sl.sizes):
                name = fl.macro(size_constant_name(st.name, i))
                nxt = next((f for f in sl.fields if f.offset >= size), None)
                what = ("offsetof(%s, %s)" % (ref, nxt.field.name) if nxt is not None
                        else "sizeof(%s)" % ref)
                out.append("IOMMU_ABI_ASSERT(%s__ver%d, %s == %d && %s == %d);"
                           % (n, i, name, size, what, size))
        align = big if sl.align == 8 else str(sl.align)
        out.append("struct iommu_abi_align_%s { char c; %s s; };" % (n, ref))
        out.append("IOMMU_ABI_ASSERT(%s__align, offsetof(struct iommu_abi_align_%s, s) == %s);"
                   % (n, n, align))
        out.append("")
    out[-1:] = []
    return "\n".join(out) + "\n"


def emit(lo: LaidOutSpec) -> Dict[str, str]:
    return {fl.assertions_path(): _render(lo, fl) for fl in flavors(lo)}
