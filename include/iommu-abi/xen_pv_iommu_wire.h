/* SPDX-License-Identifier: MIT */
/*
 * iommu-abi/xen_pv_iommu_wire.h - Xen paravirtualized IOMMU hypercall
 * interface: wire helpers (portable flavor)
 *
 * Generated from spec/xen-pv-iommu.yaml by gen/iommu-abi-gen: do not edit.
 * Change the spec and regenerate (cmake --build build --target regen).
 *
 * Loads, stores and checks of every structure of iommu-abi/xen_pv_iommu.h on
 * byte buffers: no alignment assumption, never a cast of a buffer to a
 * structure, byte-wise and free of undefined behaviour; C89 and C++98,
 * freestanding, header-only (static functions only). For struct S and field F
 * (a nested field by its path, head_type; in an array of structures,
 * pairs_1_a):
 *
 *   S_SIZE, S_MIN_SIZE          size; bytes S_check needs
 *   S_F_OFFSET, S_F_SIZE        where F is (arrays: the whole range)
 *   S_get_F(buf), S_set_F(buf, v)
 *                               F in its declared byte order; an array
 *                               element: S_get_F(buf, i)
 *   S_check(buf, len, problem)  is a received S acceptable?
 *
 * Byte order. Fields declared little-endian (le16, le32, le64; every virtio
 * field) are little-endian whatever the CPU. Fields declared in CPU order
 * (u16, u32, u64, guest handles: Xen's hypercall arguments) are in the byte
 * order of the guest that issues the hypercall, which is always the
 * hypervisor's own (Xen copies arguments without converting them): S_get_F
 * and S_set_F read and write them in this CPU's order, and S_get_F_le /
 * S_get_F_be (and the _set_ ones) in a stated order, for a program that
 * handles another machine's bytes (a record made on x86 replayed on a
 * big-endian host). S_check reads CPU order.
 *
 * S_check returns XEN_PV_IOMMU_WIRE_OK (0) when there is nothing to report,
 * XEN_PV_IOMMU_WIRE_NOTE (1) when the structure is acceptable but a reserved
 * field, flag bit or value that the receiver ignores is set, and a rejection
 * code (XEN_PV_IOMMU_WIRE_SHORT and above: XEN_PV_IOMMU_WIRE_SHORT,
 * XEN_PV_IOMMU_WIRE_RESERVED, XEN_PV_IOMMU_WIRE_FLAGS,
 * XEN_PV_IOMMU_WIRE_VALUE) otherwise. When problem is not NULL it is filled
 * in for anything but XEN_PV_IOMMU_WIRE_OK: the first rejection, or else the
 * first note, naming the field by its path. Reserved fields the spec marks
 * 'ignored' and values it marks 'unknown: ignored' give notes; the rest
 * reject. Bytes the receiver writes itself (a virtio request's tail) are not
 * checked and not counted in S_MIN_SIZE.
 */

#ifndef IOMMU_ABI_XEN_PV_IOMMU_WIRE_H
#define IOMMU_ABI_XEN_PV_IOMMU_WIRE_H

#include "xen_pv_iommu.h"
#include <stddef.h>

/* Static functions: inline where the language has it, and marked as
 * possibly unused where the compiler can be told: an unused one costs
 * nothing and draws no warning, even in the file that defines it. */
#if defined(__GNUC__) || defined(__clang__)
#define XEN_PV_IOMMU_WIRE_FN static __inline__ __attribute__((__unused__))
#elif defined(_MSC_VER)
#define XEN_PV_IOMMU_WIRE_FN static __inline
#elif defined(__cplusplus) || \
    (defined(__STDC_VERSION__) && __STDC_VERSION__ >= 199901L)
#define XEN_PV_IOMMU_WIRE_FN static inline
#else
#define XEN_PV_IOMMU_WIRE_FN static
#endif

/* What S_check returns, and the kind of a problem. */
#define XEN_PV_IOMMU_WIRE_OK       0  /* nothing to report */
/*
 * accepted; something the receiver ignores is set
 */
#define XEN_PV_IOMMU_WIRE_NOTE     1
#define XEN_PV_IOMMU_WIRE_SHORT    2  /* rejected: shorter than S_MIN_SIZE */
/*
 * rejected: must-be-zero bytes are not zero
 */
#define XEN_PV_IOMMU_WIRE_RESERVED 3
/*
 * rejected: an undefined flag bit is set
 */
#define XEN_PV_IOMMU_WIRE_FLAGS    4
/*
 * rejected: a value outside its group or enum
 */
#define XEN_PV_IOMMU_WIRE_VALUE    5
/* Whether a value S_check returned means the receiver refuses the structure. */
#define XEN_PV_IOMMU_WIRE_REJECTS(rc) ((rc) >= XEN_PV_IOMMU_WIRE_SHORT)

/* What S_check found (filled in unless it returns XEN_PV_IOMMU_WIRE_OK). */
struct xen_pv_iommu_wire_problem {
    int kind;              /* SHORT, RESERVED, FLAGS or VALUE */
    int rejected;          /* 1: the receiver refuses it; 0: a note */
    const char *field;     /* its path: "flags", "head.reserved" */
    size_t offset;         /* where the field starts */
    size_t size;           /* its size in bytes */
    size_t byte;           /* RESERVED: first non-zero byte; SHORT: len */
    uint64_t value;        /* RESERVED: that byte (value_mask: the bits);
                              FLAGS: the unknown bits; VALUE: the value */
};

/* Byte-wise loads and stores: little-endian (le), big-endian (be) and
 * this CPU's order (cpu, through the value's object representation). */
XEN_PV_IOMMU_WIRE_FN uint16_t
xen_pv_iommu_wire_ld16le(const unsigned char *b)
{
    return (uint16_t)((uint16_t)b[0] | ((uint16_t)b[1] << 8));
}
XEN_PV_IOMMU_WIRE_FN void
xen_pv_iommu_wire_st16le(unsigned char *b, uint16_t v)
{
    b[0] = (unsigned char)v;
    b[1] = (unsigned char)(v >> 8);
}
XEN_PV_IOMMU_WIRE_FN uint16_t
xen_pv_iommu_wire_ld16be(const unsigned char *b)
{
    return (uint16_t)(((uint16_t)b[0] << 8) | (uint16_t)b[1]);
}
XEN_PV_IOMMU_WIRE_FN void
xen_pv_iommu_wire_st16be(unsigned char *b, uint16_t v)
{
    b[0] = (unsigned char)(v >> 8);
    b[1] = (unsigned char)v;
}
XEN_PV_IOMMU_WIRE_FN uint16_t
xen_pv_iommu_wire_ld16cpu(const unsigned char *b)
{
    uint16_t v;
    unsigned char *o = (unsigned char *)&v;

    o[0] = b[0];
    o[1] = b[1];
    return v;
}
XEN_PV_IOMMU_WIRE_FN void
xen_pv_iommu_wire_st16cpu(unsigned char *b, uint16_t v)
{
    const unsigned char *o = (const unsigned char *)&v;

    b[0] = o[0];
    b[1] = o[1];
}
XEN_PV_IOMMU_WIRE_FN uint32_t
xen_pv_iommu_wire_ld32le(const unsigned char *b)
{
    return (uint32_t)b[0] | ((uint32_t)b[1] << 8) | ((uint32_t)b[2] << 16)
        | ((uint32_t)b[3] << 24);
}
XEN_PV_IOMMU_WIRE_FN void
xen_pv_iommu_wire_st32le(unsigned char *b, uint32_t v)
{
    b[0] = (unsigned char)v;
    b[1] = (unsigned char)(v >> 8);
    b[2] = (unsigned char)(v >> 16);
    b[3] = (unsigned char)(v >> 24);
}
XEN_PV_IOMMU_WIRE_FN uint32_t
xen_pv_iommu_wire_ld32be(const unsigned char *b)
{
    return ((uint32_t)b[0] << 24) | ((uint32_t)b[1] << 16)
        | ((uint32_t)b[2] << 8) | (uint32_t)b[3];
}
XEN_PV_IOMMU_WIRE_FN void
xen_pv_iommu_wire_st32be(unsigned char *b, uint32_t v)
{
    b[0] = (unsigned char)(v >> 24);
    b[1] = (unsigned char)(v >> 16);
    b[2] = (unsigned char)(v >> 8);
    b[3] = (unsigned char)v;
}
XEN_PV_IOMMU_WIRE_FN uint32_t
xen_pv_iommu_wire_ld32cpu(const unsigned char *b)
{
    uint32_t v;
    unsigned char *o = (unsigned char *)&v;

    o[0] = b[0];
    o[1] = b[1];
    o[2] = b[2];
    o[3] = b[3];
    return v;
}
XEN_PV_IOMMU_WIRE_FN void
xen_pv_iommu_wire_st32cpu(unsigned char *b, uint32_t v)
{
    const unsigned char *o = (const unsigned char *)&v;

    b[0] = o[0];
    b[1] = o[1];
    b[2] = o[2];
    b[3] = o[3];
}
XEN_PV_IOMMU_WIRE_FN uint64_t
xen_pv_iommu_wire_ld64le(const unsigned char *b)
{
    return (uint64_t)b[0] | ((uint64_t)b[1] << 8) | ((uint64_t)b[2] << 16)
        | ((uint64_t)b[3] << 24) | ((uint64_t)b[4] << 32)
        | ((uint64_t)b[5] << 40) | ((uint64_t)b[6] << 48)
        | ((uint64_t)b[7] << 56);
}
XEN_PV_IOMMU_WIRE_FN void
xen_pv_iommu_wire_st64le(unsigned char *b, uint64_t v)
{
    b[0] = (unsigned char)v;
    b[1] = (unsigned char)(v >> 8);
    b[2] = (unsigned char)(v >> 16);
    b[3] = (unsigned char)(v >> 24);
    b[4] = (unsigned char)(v >> 32);
    b[5] = (unsigned char)(v >> 40);
    b[6] = (unsigned char)(v >> 48);
    b[7] = (unsigned char)(v >> 56);
}
XEN_PV_IOMMU_WIRE_FN uint64_t
xen_pv_iommu_wire_ld64be(const unsigned char *b)
{
    return ((uint64_t)b[0] << 56) | ((uint64_t)b[1] << 48)
        | ((uint64_t)b[2] << 40) | ((uint64_t)b[3] << 32)
        | ((uint64_t)b[4] << 24) | ((uint64_t)b[5] << 16)
        | ((uint64_t)b[6] << 8) | (uint64_t)b[7];
}
XEN_PV_IOMMU_WIRE_FN void
xen_pv_iommu_wire_st64be(unsigned char *b, uint64_t v)
{
    b[0] = (unsigned char)(v >> 56);
    b[1] = (unsigned char)(v >> 48);
    b[2] = (unsigned char)(v >> 40);
    b[3] = (unsigned char)(v >> 32);
    b[4] = (unsigned char)(v >> 24);
    b[5] = (unsigned char)(v >> 16);
    b[6] = (unsigned char)(v >> 8);
    b[7] = (unsigned char)v;
}
XEN_PV_IOMMU_WIRE_FN uint64_t
xen_pv_iommu_wire_ld64cpu(const unsigned char *b)
{
    uint64_t v;
    unsigned char *o = (unsigned char *)&v;

    o[0] = b[0];
    o[1] = b[1];
    o[2] = b[2];
    o[3] = b[3];
    o[4] = b[4];
    o[5] = b[5];
    o[6] = b[6];
    o[7] = b[7];
    return v;
}
XEN_PV_IOMMU_WIRE_FN void
xen_pv_iommu_wire_st64cpu(unsigned char *b, uint64_t v)
{
    const unsigned char *o = (const unsigned char *)&v;

    b[0] = o[0];
    b[1] = o[1];
    b[2] = o[2];
    b[3] = o[3];
    b[4] = o[4];
    b[5] = o[5];
    b[6] = o[6];
    b[7] = o[7];
}
/* The first non-zero byte of buf[from, to), or to. */
XEN_PV_IOMMU_WIRE_FN size_t
xen_pv_iommu_wire_first_set(const unsigned char *buf, size_t from, size_t to)
{
    while (from < to && buf[from] == 0)
        from++;
    return from;
}
XEN_PV_IOMMU_WIRE_FN int
xen_pv_iommu_wire_report(struct xen_pv_iommu_wire_problem *p,
                         int kind,
                         int rejected,
                         const char *field,
                         size_t offset,
                         size_t size,
                         size_t byte,
                         uint64_t value)
{
    if (p) {
        p->kind = kind;
        p->rejected = rejected;
        p->field = field;
        p->offset = offset;
        p->size = size;
        p->byte = byte;
        p->value = value;
    }
    return rejected ? kind : XEN_PV_IOMMU_WIRE_NOTE;
}

/* struct physdev_pci_device: 4 bytes */
#define PHYSDEV_PCI_DEVICE_SIZE         4
#define PHYSDEV_PCI_DEVICE_MIN_SIZE     4
#define PHYSDEV_PCI_DEVICE_SEG_OFFSET   0
#define PHYSDEV_PCI_DEVICE_SEG_SIZE     2
#define PHYSDEV_PCI_DEVICE_BUS_OFFSET   2
#define PHYSDEV_PCI_DEVICE_BUS_SIZE     1
#define PHYSDEV_PCI_DEVICE_DEVFN_OFFSET 3
#define PHYSDEV_PCI_DEVICE_DEVFN_SIZE   1
XEN_PV_IOMMU_WIRE_FN uint16_t
physdev_pci_device_get_seg(const unsigned char *buf)
{
    return xen_pv_iommu_wire_ld16cpu(buf + PHYSDEV_PCI_DEVICE_SEG_OFFSET);
}
XEN_PV_IOMMU_WIRE_FN void
physdev_pci_device_set_seg(unsigned char *buf, uint16_t v)
{
    xen_pv_iommu_wire_st16cpu(buf + PHYSDEV_PCI_DEVICE_SEG_OFFSET, v);
}
XEN_PV_IOMMU_WIRE_FN uint16_t
physdev_pci_device_get_seg_le(const unsigned char *buf)
{
    return xen_pv_iommu_wire_ld16le(buf + PHYSDEV_PCI_DEVICE_SEG_OFFSET);
}
XEN_PV_IOMMU_WIRE_FN void
physdev_pci_device_set_seg_le(unsigned char *buf, uint16_t v)
{
    xen_pv_iommu_wire_st16le(buf + PHYSDEV_PCI_DEVICE_SEG_OFFSET, v);
}
XEN_PV_IOMMU_WIRE_FN uint16_t
physdev_pci_device_get_seg_be(const unsigned char *buf)
{
    return xen_pv_iommu_wire_ld16be(buf + PHYSDEV_PCI_DEVICE_SEG_OFFSET);
}
XEN_PV_IOMMU_WIRE_FN void
physdev_pci_device_set_seg_be(unsigned char *buf, uint16_t v)
{
    xen_pv_iommu_wire_st16be(buf + PHYSDEV_PCI_DEVICE_SEG_OFFSET, v);
}
XEN_PV_IOMMU_WIRE_FN uint8_t
physdev_pci_device_get_bus(const unsigned char *buf)
{
    return buf[PHYSDEV_PCI_DEVICE_BUS_OFFSET];
}
XEN_PV_IOMMU_WIRE_FN void
physdev_pci_device_set_bus(unsigned char *buf, uint8_t v)
{
    buf[PHYSDEV_PCI_DEVICE_BUS_OFFSET] = v;
}
XEN_PV_IOMMU_WIRE_FN uint8_t
physdev_pci_device_get_devfn(const unsigned char *buf)
{
    return buf[PHYSDEV_PCI_DEVICE_DEVFN_OFFSET];
}
XEN_PV_IOMMU_WIRE_FN void
physdev_pci_device_set_devfn(unsigned char *buf, uint8_t v)
{
    buf[PHYSDEV_PCI_DEVICE_DEVFN_OFFSET] = v;
}
XEN_PV_IOMMU_WIRE_FN int
physdev_pci_device_check(const unsigned char *buf,
                         size_t len,
                         struct xen_pv_iommu_wire_problem *problem)
{
    int rc = XEN_PV_IOMMU_WIRE_OK;

    (void)buf;      /* only its length matters */
    if (len < 2)
        return xen_pv_iommu_wire_report(problem, XEN_PV_IOMMU_WIRE_SHORT, 1,
                                        "seg", 0, 2, len, 0);
    if (len < 3)
        return xen_pv_iommu_wire_report(problem, XEN_PV_IOMMU_WIRE_SHORT, 1,
                                        "bus", 2, 1, len, 0);
    if (len < 4)
        return xen_pv_iommu_wire_report(problem, XEN_PV_IOMMU_WIRE_SHORT, 1,
                                        "devfn", 3, 1, len, 0);
    return rc;
}

/* struct pv_iommu_capabilities: 24 bytes */
#define PV_IOMMU_CAPABILITIES_SIZE                 24
#define PV_IOMMU_CAPABILITIES_MIN_SIZE             24
#define PV_IOMMU_CAPABILITIES_MAX_IOVA_ADDR_OFFSET 0
#define PV_IOMMU_CAPABILITIES_MAX_IOVA_ADDR_SIZE   8
#define PV_IOMMU_CAPABILITIES_CAP_FLAGS_OFFSET     8
#define PV_IOMMU_CAPABILITIES_CAP_FLAGS_SIZE       4
#define PV_IOMMU_CAPABILITIES_PGSIZE_MASK_OFFSET   12
#define PV_IOMMU_CAPABILITIES_PGSIZE_MASK_SIZE     4
#define PV_IOMMU_CAPABILITIES_MAX_PASID_OFFSET     16
#define PV_IOMMU_CAPABILITIES_MAX_PASID_SIZE       4
#define PV_IOMMU_CAPABILITIES_MAX_CTX_NO_OFFSET    20
#define PV_IOMMU_CAPABILITIES_MAX_CTX_NO_SIZE      2
#define PV_IOMMU_CAPABILITIES_PAD0_OFFSET          22
#define PV_IOMMU_CAPABILITIES_PAD0_SIZE            2
XEN_PV_IOMMU_WIRE_FN uint64_t
pv_iommu_capabilities_get_max_iova_addr(const unsigned char *buf)
{
    return xen_pv_iommu_wire_ld64cpu(
        buf + PV_IOMMU_CAPABILITIES_MAX_IOVA_ADDR_OFFSET);
}
XEN_PV_IOMMU_WIRE_FN void
pv_iommu_capabilities_set_max_iova_addr(unsigned char *buf, uint64_t v)
{
    xen_pv_iommu_wire_st64cpu(
        buf + PV_IOMMU_CAPABILITIES_MAX_IOVA_ADDR_OFFSET, v);
}
XEN_PV_IOMMU_WIRE_FN uint64_t
pv_iommu_capabilities_get_max_iova_addr_le(const unsigned char *buf)
{
    return xen_pv_iommu_wire_ld64le(
        buf + PV_IOMMU_CAPABILITIES_MAX_IOVA_ADDR_OFFSET);
}
XEN_PV_IOMMU_WIRE_FN void
pv_iommu_capabilities_set_max_iova_addr_le(unsigned char *buf, uint64_t v)
{
    xen_pv_iommu_wire_st64le(
        buf + PV_IOMMU_CAPABILITIES_MAX_IOVA_ADDR_OFFSET, v);
}
XEN_PV_IOMMU_WIRE_FN uint64_t
pv_iommu_capabilities_get_max_iova_addr_be(const unsigned char *buf)
{
    return xen_pv_iommu_wire_ld64be(
        buf + PV_IOMMU_CAPABILITIES_MAX_IOVA_ADDR_OFFSET);
}
XEN_PV_IOMMU_WIRE_FN void
pv_iommu_capabilities_set_max_iova_addr_be(unsigned char *buf, uint64_t v)
{
    xen_pv_iommu_wire_st64be(
        buf + PV_IOMMU_CAPABILITIES_MAX_IOVA_ADDR_OFFSET, v);
}
XEN_PV_IOMMU_WIRE_FN uint32_t
pv_iommu_capabilities_get_cap_flags(const unsigned char *buf)
{
    return xen_pv_iommu_wire_ld32cpu(
        buf + PV_IOMMU_CAPABILITIES_CAP_FLAGS_OFFSET);
}
XEN_PV_IOMMU_WIRE_FN void
pv_iommu_capabilities_set_cap_flags(unsigned char *buf, uint32_t v)
{
    xen_pv_iommu_wire_st32cpu(buf + PV_IOMMU_CAPABILITIES_CAP_FLAGS_OFFSET, v);
}
XEN_PV_IOMMU_WIRE_FN uint32_t
pv_iommu_capabilities_get_cap_flags_le(const unsigned char *buf)
{
    return xen_pv_iommu_wire_ld32le(
        buf + PV_IOMMU_CAPABILITIES_CAP_FLAGS_OFFSET);
}
XEN_PV_IOMMU_WIRE_FN void
pv_iommu_capabilities_set_cap_flags_le(unsigned char *buf, uint32_t v)
{
    xen_pv_iommu_wire_st32le(buf + PV_IOMMU_CAPABILITIES_CAP_FLAGS_OFFSET, v);
}
XEN_PV_IOMMU_WIRE_FN uint32_t
pv_iommu_capabilities_get_cap_flags_be(const unsigned char *buf)
{
    return xen_pv_iommu_wire_ld32be(
        buf + PV_IOMMU_CAPABILITIES_CAP_FLAGS_OFFSET);
}
XEN_PV_IOMMU_WIRE_FN void
pv_iommu_capabilities_set_cap_flags_be(unsigned char *buf, uint32_t v)
{
    xen_pv_iommu_wire_st32be(buf + PV_IOMMU_CAPABILITIES_CAP_FLAGS_OFFSET, v);
}
XEN_PV_IOMMU_WIRE_FN uint32_t
pv_iommu_capabilities_get_pgsize_mask(const unsigned char *buf)
{
    return xen_pv_iommu_wire_ld32cpu(
        buf + PV_IOMMU_CAPABILITIES_PGSIZE_MASK_OFFSET);
}
XEN_PV_IOMMU_WIRE_FN void
pv_iommu_capabilities_set_pgsize_mask(unsigned char *buf, uint32_t v)
{
    xen_pv_iommu_wire_st32cpu(
        buf + PV_IOMMU_CAPABILITIES_PGSIZE_MASK_OFFSET, v);
}
XEN_PV_IOMMU_WIRE_FN uint32_t
pv_iommu_capabilities_get_pgsize_mask_le(const unsigned char *buf)
{
    return xen_pv_iommu_wire_ld32le(
        buf + PV_IOMMU_CAPABILITIES_PGSIZE_MASK_OFFSET);
}
XEN_PV_IOMMU_WIRE_FN void
pv_iommu_capabilities_set_pgsize_mask_le(unsigned char *buf, uint32_t v)
{
    xen_pv_iommu_wire_st32le(buf + PV_IOMMU_CAPABILITIES_PGSIZE_MASK_OFFSET, v);
}
XEN_PV_IOMMU_WIRE_FN uint32_t
pv_iommu_capabilities_get_pgsize_mask_be(const unsigned char *buf)
{
    return xen_pv_iommu_wire_ld32be(
        buf + PV_IOMMU_CAPABILITIES_PGSIZE_MASK_OFFSET);
}
XEN_PV_IOMMU_WIRE_FN void
pv_iommu_capabilities_set_pgsize_mask_be(unsigned char *buf, uint32_t v)
{
    xen_pv_iommu_wire_st32be(buf + PV_IOMMU_CAPABILITIES_PGSIZE_MASK_OFFSET, v);
}
XEN_PV_IOMMU_WIRE_FN uint32_t
pv_iommu_capabilities_get_max_pasid(const unsigned char *buf)
{
    return xen_pv_iommu_wire_ld32cpu(
        buf + PV_IOMMU_CAPABILITIES_MAX_PASID_OFFSET);
}
XEN_PV_IOMMU_WIRE_FN void
pv_iommu_capabilities_set_max_pasid(unsigned char *buf, uint32_t v)
{
    xen_pv_iommu_wire_st32cpu(buf + PV_IOMMU_CAPABILITIES_MAX_PASID_OFFSET, v);
}
XEN_PV_IOMMU_WIRE_FN uint32_t
pv_iommu_capabilities_get_max_pasid_le(const unsigned char *buf)
{
    return xen_pv_iommu_wire_ld32le(
        buf + PV_IOMMU_CAPABILITIES_MAX_PASID_OFFSET);
}
XEN_PV_IOMMU_WIRE_FN void
pv_iommu_capabilities_set_max_pasid_le(unsigned char *buf, uint32_t v)
{
    xen_pv_iommu_wire_st32le(buf + PV_IOMMU_CAPABILITIES_MAX_PASID_OFFSET, v);
}
XEN_PV_IOMMU_WIRE_FN uint32_t
pv_iommu_capabilities_get_max_pasid_be(const unsigned char *buf)
{
    return xen_pv_iommu_wire_ld32be(
        buf + PV_IOMMU_CAPABILITIES_MAX_PASID_OFFSET);
}
XEN_PV_IOMMU_WIRE_FN void
pv_iommu_capabilities_set_max_pasid_be(unsigned char *buf, uint32_t v)
{
    xen_pv_iommu_wire_st32be(buf + PV_IOMMU_CAPABILITIES_MAX_PASID_OFFSET, v);
}
XEN_PV_IOMMU_WIRE_FN uint16_t
pv_iommu_capabilities_get_max_ctx_no(const unsigned char *buf)
{
    return xen_pv_iommu_wire_ld16cpu(
        buf + PV_IOMMU_CAPABILITIES_MAX_CTX_NO_OFFSET);
}
XEN_PV_IOMMU_WIRE_FN void
pv_iommu_capabilities_set_max_ctx_no(unsigned char *buf, uint16_t v)
{
    xen_pv_iommu_wire_st16cpu(buf + PV_IOMMU_CAPABILITIES_MAX_CTX_NO_OFFSET, v);
}
XEN_PV_IOMMU_WIRE_FN uint16_t
pv_iommu_capabilities_get_max_ctx_no_le(const unsigned char *buf)
{
    return xen_pv_iommu_wire_ld16le(
        buf + PV_IOMMU_CAPABILITIES_MAX_CTX_NO_OFFSET);
}
XEN_PV_IOMMU_WIRE_FN void
pv_iommu_capabilities_set_max_ctx_no_le(unsigned char *buf, uint16_t v)
{
    xen_pv_iommu_wire_st16le(buf + PV_IOMMU_CAPABILITIES_MAX_CTX_NO_OFFSET, v);
}
XEN_PV_IOMMU_WIRE_FN uint16_t
pv_iommu_capabilities_get_max_ctx_no_be(const unsigned char *buf)
{
    return xen_pv_iommu_wire_ld16be(
        buf + PV_IOMMU_CAPABILITIES_MAX_CTX_NO_OFFSET);
}
XEN_PV_IOMMU_WIRE_FN void
pv_iommu_capabilities_set_max_ctx_no_be(unsigned char *buf, uint16_t v)
{
    xen_pv_iommu_wire_st16be(buf + PV_IOMMU_CAPABILITIES_MAX_CTX_NO_OFFSET, v);
}
XEN_PV_IOMMU_WIRE_FN uint16_t
pv_iommu_capabilities_get_pad0(const unsigned char *buf)
{
    return xen_pv_iommu_wire_ld16cpu(buf + PV_IOMMU_CAPABILITIES_PAD0_OFFSET);
}
XEN_PV_IOMMU_WIRE_FN void
pv_iommu_capabilities_set_pad0(unsigned char *buf, uint16_t v)
{
    xen_pv_iommu_wire_st16cpu(buf + PV_IOMMU_CAPABILITIES_PAD0_OFFSET, v);
}
XEN_PV_IOMMU_WIRE_FN uint16_t
pv_iommu_capabilities_get_pad0_le(const unsigned char *buf)
{
    return xen_pv_iommu_wire_ld16le(buf + PV_IOMMU_CAPABILITIES_PAD0_OFFSET);
}
XEN_PV_IOMMU_WIRE_FN void
pv_iommu_capabilities_set_pad0_le(unsigned char *buf, uint16_t v)
{
    xen_pv_iommu_wire_st16le(buf + PV_IOMMU_CAPABILITIES_PAD0_OFFSET, v);
}
XEN_PV_IOMMU_WIRE_FN uint16_t
pv_iommu_capabilities_get_pad0_be(const unsigned char *buf)
{
    return xen_pv_iommu_wire_ld16be(buf + PV_IOMMU_CAPABILITIES_PAD0_OFFSET);
}
XEN_PV_IOMMU_WIRE_FN void
pv_iommu_capabilities_set_pad0_be(unsigned char *buf, uint16_t v)
{
    xen_pv_iommu_wire_st16be(buf + PV_IOMMU_CAPABILITIES_PAD0_OFFSET, v);
}
XEN_PV_IOMMU_WIRE_FN int
pv_iommu_capabilities_check(const unsigned char *buf,
                            size_t len,
                            struct xen_pv_iommu_wire_problem *problem)
{
    int rc = XEN_PV_IOMMU_WIRE_OK;
    uint64_t v;
    size_t i;

    if (len < 8)
        return xen_pv_iommu_wire_report(problem, XEN_PV_IOMMU_WIRE_SHORT, 1,
                                        "max_iova_addr", 0, 8, len, 0);
    if (len < 12)
        return xen_pv_iommu_wire_report(problem, XEN_PV_IOMMU_WIRE_SHORT, 1,
                                        "cap_flags", 8, 4, len, 0);
    if (len < 16)
        return xen_pv_iommu_wire_report(problem, XEN_PV_IOMMU_WIRE_SHORT, 1,
                                        "pgsize_mask", 12, 4, len, 0);
    if (len < 20)
        return xen_pv_iommu_wire_report(problem, XEN_PV_IOMMU_WIRE_SHORT, 1,
                                        "max_pasid", 16, 4, len, 0);
    if (len < 22)
        return xen_pv_iommu_wire_report(problem, XEN_PV_IOMMU_WIRE_SHORT, 1,
                                        "max_ctx_no", 20, 2, len, 0);
    if (len < 24)
        return xen_pv_iommu_wire_report(problem, XEN_PV_IOMMU_WIRE_SHORT, 1,
                                        "pad0", 22, 2, len, 0);
    v = (uint64_t)pv_iommu_capabilities_get_cap_flags(buf);
    v &= ~(uint64_t)(IOMMUCAP_default_identity | IOMMUCAP_cache |
                     IOMMUCAP_nested | IOMMUCAP_pasid | IOMMUCAP_identity);
    /* cap_flags: flag bits the spec does not define, ignored by the receiver */
    if (v) {
        if (rc == XEN_PV_IOMMU_WIRE_OK)
            rc = xen_pv_iommu_wire_report(problem, XEN_PV_IOMMU_WIRE_FLAGS,
                                          0, "cap_flags", 8, 4, 8, v);
    }
    i = xen_pv_iommu_wire_first_set(buf, 22, 24);
    /* pad0: reserved, must be zero */
    if (i < 24) {
        return xen_pv_iommu_wire_report(problem, XEN_PV_IOMMU_WIRE_RESERVED, 1,
                                        "pad0", 22, 2, i, buf[i]);
    }
    return rc;
}

/* struct pv_iommu_init: 8 bytes */
#define PV_IOMMU_INIT_SIZE               8
#define PV_IOMMU_INIT_MIN_SIZE           8
#define PV_IOMMU_INIT_MAX_CTX_NO_OFFSET  0
#define PV_IOMMU_INIT_MAX_CTX_NO_SIZE    4
#define PV_IOMMU_INIT_ARENA_ORDER_OFFSET 4
#define PV_IOMMU_INIT_ARENA_ORDER_SIZE   4
XEN_PV_IOMMU_WIRE_FN uint32_t
pv_iommu_init_get_max_ctx_no(const unsigned char *buf)
{
    return xen_pv_iommu_wire_ld32cpu(buf + PV_IOMMU_INIT_MAX_CTX_NO_OFFSET);
}
XEN_PV_IOMMU_WIRE_FN void
pv_iommu_init_set_max_ctx_no(unsigned char *buf, uint32_t v)
{
    xen_pv_iommu_wire_st32cpu(buf + PV_IOMMU_INIT_MAX_CTX_NO_OFFSET, v);
}
XEN_PV_IOMMU_WIRE_FN uint32_t
pv_iommu_init_get_max_ctx_no_le(const unsigned char *buf)
{
    return xen_pv_iommu_wire_ld32le(buf + PV_IOMMU_INIT_MAX_CTX_NO_OFFSET);
}
XEN_PV_IOMMU_WIRE_FN void
pv_iommu_init_set_max_ctx_no_le(unsigned char *buf, uint32_t v)
{
    xen_pv_iommu_wire_st32le(buf + PV_IOMMU_INIT_MAX_CTX_NO_OFFSET, v);
}
XEN_PV_IOMMU_WIRE_FN uint32_t
pv_iommu_init_get_max_ctx_no_be(const unsigned char *buf)
{
    return xen_pv_iommu_wire_ld32be(buf + PV_IOMMU_INIT_MAX_CTX_NO_OFFSET);
}
XEN_PV_IOMMU_WIRE_FN void
pv_iommu_init_set_max_ctx_no_be(unsigned char *buf, uint32_t v)
{
    xen_pv_iommu_wire_st32be(buf + PV_IOMMU_INIT_MAX_CTX_NO_OFFSET, v);
}
XEN_PV_IOMMU_WIRE_FN uint32_t
pv_iommu_init_get_arena_order(const unsigned char *buf)
{
    return xen_pv_iommu_wire_ld32cpu(buf + PV_IOMMU_INIT_ARENA_ORDER_OFFSET);
}
XEN_PV_IOMMU_WIRE_FN void
pv_iommu_init_set_arena_order(unsigned char *buf, uint32_t v)
{
    xen_pv_iommu_wire_st32cpu(buf + PV_IOMMU_INIT_ARENA_ORDER_OFFSET, v);
}
XEN_PV_IOMMU_WIRE_FN uint32_t
pv_iommu_init_get_arena_order_le(const unsigned char *buf)
{
    return xen_pv_iommu_wire_ld32le(buf + PV_IOMMU_INIT_ARENA_ORDER_OFFSET);
}
XEN_PV_IOMMU_WIRE_FN void
pv_iommu_init_set_arena_order_le(unsigned char *buf, uint32_t v)
{
    xen_pv_iommu_wire_st32le(buf + PV_IOMMU_INIT_ARENA_ORDER_OFFSET, v);
}
XEN_PV_IOMMU_WIRE_FN uint32_t
pv_iommu_init_get_arena_order_be(const unsigned char *buf)
{
    return xen_pv_iommu_wire_ld32be(buf + PV_IOMMU_INIT_ARENA_ORDER_OFFSET);
}
XEN_PV_IOMMU_WIRE_FN void
pv_iommu_init_set_arena_order_be(unsigned char *buf, uint32_t v)
{
    xen_pv_iommu_wire_st32be(buf + PV_IOMMU_INIT_ARENA_ORDER_OFFSET, v);
}
XEN_PV_IOMMU_WIRE_FN int
pv_iommu_init_check(const unsigned char *buf,
                    size_t len,
                    struct xen_pv_iommu_wire_problem *problem)
{
    int rc = XEN_PV_IOMMU_WIRE_OK;

    (void)buf;      /* only its length matters */
    if (len < 4)
        return xen_pv_iommu_wire_report(problem, XEN_PV_IOMMU_WIRE_SHORT, 1,
                                        "max_ctx_no", 0, 4, len, 0);
    if (len < 8)
        return xen_pv_iommu_wire_report(problem, XEN_PV_IOMMU_WIRE_SHORT, 1,
                                        "arena_order", 4, 4, len, 0);
    return rc;
}

/* struct pv_iommu_alloc: 8 bytes */
#define PV_IOMMU_ALLOC_SIZE               8
#define PV_IOMMU_ALLOC_MIN_SIZE           8
#define PV_IOMMU_ALLOC_CTX_NO_OFFSET      0
#define PV_IOMMU_ALLOC_CTX_NO_SIZE        2
#define PV_IOMMU_ALLOC_PAD0_OFFSET        2
#define PV_IOMMU_ALLOC_PAD0_SIZE          2
#define PV_IOMMU_ALLOC_ALLOC_FLAGS_OFFSET 4
#define PV_IOMMU_ALLOC_ALLOC_FLAGS_SIZE   4
XEN_PV_IOMMU_WIRE_FN uint16_t
pv_iommu_alloc_get_ctx_no(const unsigned char *buf)
{
    return xen_pv_iommu_wire_ld16cpu(buf + PV_IOMMU_ALLOC_CTX_NO_OFFSET);
}
XEN_PV_IOMMU_WIRE_FN void
pv_iommu_alloc_set_ctx_no(unsigned char *buf, uint16_t v)
{
    xen_pv_iommu_wire_st16cpu(buf + PV_IOMMU_ALLOC_CTX_NO_OFFSET, v);
}
XEN_PV_IOMMU_WIRE_FN uint16_t
pv_iommu_alloc_get_ctx_no_le(const unsigned char *buf)
{
    return xen_pv_iommu_wire_ld16le(buf + PV_IOMMU_ALLOC_CTX_NO_OFFSET);
}
XEN_PV_IOMMU_WIRE_FN void
pv_iommu_alloc_set_ctx_no_le(unsigned char *buf, uint16_t v)
{
    xen_pv_iommu_wire_st16le(buf + PV_IOMMU_ALLOC_CTX_NO_OFFSET, v);
}
XEN_PV_IOMMU_WIRE_FN uint16_t
pv_iommu_alloc_get_ctx_no_be(const unsigned char *buf)
{
    return xen_pv_iommu_wire_ld16be(buf + PV_IOMMU_ALLOC_CTX_NO_OFFSET);
}
XEN_PV_IOMMU_WIRE_FN void
pv_iommu_alloc_set_ctx_no_be(unsigned char *buf, uint16_t v)
{
    xen_pv_iommu_wire_st16be(buf + PV_IOMMU_ALLOC_CTX_NO_OFFSET, v);
}
XEN_PV_IOMMU_WIRE_FN uint16_t
pv_iommu_alloc_get_pad0(const unsigned char *buf)
{
    return xen_pv_iommu_wire_ld16cpu(buf + PV_IOMMU_ALLOC_PAD0_OFFSET);
}
XEN_PV_IOMMU_WIRE_FN void
pv_iommu_alloc_set_pad0(unsigned char *buf, uint16_t v)
{
    xen_pv_iommu_wire_st16cpu(buf + PV_IOMMU_ALLOC_PAD0_OFFSET, v);
}
XEN_PV_IOMMU_WIRE_FN uint16_t
pv_iommu_alloc_get_pad0_le(const unsigned char *buf)
{
    return xen_pv_iommu_wire_ld16le(buf + PV_IOMMU_ALLOC_PAD0_OFFSET);
}
XEN_PV_IOMMU_WIRE_FN void
pv_iommu_alloc_set_pad0_le(unsigned char *buf, uint16_t v)
{
    xen_pv_iommu_wire_st16le(buf + PV_IOMMU_ALLOC_PAD0_OFFSET, v);
}
XEN_PV_IOMMU_WIRE_FN uint16_t
pv_iommu_alloc_get_pad0_be(const unsigned char *buf)
{
    return xen_pv_iommu_wire_ld16be(buf + PV_IOMMU_ALLOC_PAD0_OFFSET);
}
XEN_PV_IOMMU_WIRE_FN void
pv_iommu_alloc_set_pad0_be(unsigned char *buf, uint16_t v)
{
    xen_pv_iommu_wire_st16be(buf + PV_IOMMU_ALLOC_PAD0_OFFSET, v);
}
XEN_PV_IOMMU_WIRE_FN uint32_t
pv_iommu_alloc_get_alloc_flags(const unsigned char *buf)
{
    return xen_pv_iommu_wire_ld32cpu(buf + PV_IOMMU_ALLOC_ALLOC_FLAGS_OFFSET);
}
XEN_PV_IOMMU_WIRE_FN void
pv_iommu_alloc_set_alloc_flags(unsigned char *buf, uint32_t v)
{
    xen_pv_iommu_wire_st32cpu(buf + PV_IOMMU_ALLOC_ALLOC_FLAGS_OFFSET, v);
}
XEN_PV_IOMMU_WIRE_FN uint32_t
pv_iommu_alloc_get_alloc_flags_le(const unsigned char *buf)
{
    return xen_pv_iommu_wire_ld32le(buf + PV_IOMMU_ALLOC_ALLOC_FLAGS_OFFSET);
}
XEN_PV_IOMMU_WIRE_FN void
pv_iommu_alloc_set_alloc_flags_le(unsigned char *buf, uint32_t v)
{
    xen_pv_iommu_wire_st32le(buf + PV_IOMMU_ALLOC_ALLOC_FLAGS_OFFSET, v);
}
XEN_PV_IOMMU_WIRE_FN uint32_t
pv_iommu_alloc_get_alloc_flags_be(const unsigned char *buf)
{
    return xen_pv_iommu_wire_ld32be(buf + PV_IOMMU_ALLOC_ALLOC_FLAGS_OFFSET);
}
XEN_PV_IOMMU_WIRE_FN void
pv_iommu_alloc_set_alloc_flags_be(unsigned char *buf, uint32_t v)
{
    xen_pv_iommu_wire_st32be(buf + PV_IOMMU_ALLOC_ALLOC_FLAGS_OFFSET, v);
}
XEN_PV_IOMMU_WIRE_FN int
pv_iommu_alloc_check(const unsigned char *buf,
                     size_t len,
                     struct xen_pv_iommu_wire_problem *problem)
{
    int rc = XEN_PV_IOMMU_WIRE_OK;
    uint64_t v;
    size_t i;

    if (len < 2)
        return xen_pv_iommu_wire_report(problem, XEN_PV_IOMMU_WIRE_SHORT, 1,
                                        "ctx_no", 0, 2, len, 0);
    if (len < 4)
        return xen_pv_iommu_wire_report(problem, XEN_PV_IOMMU_WIRE_SHORT, 1,
                                        "pad0", 2, 2, len, 0);
    if (len < 8)
        return xen_pv_iommu_wire_report(problem, XEN_PV_IOMMU_WIRE_SHORT, 1,
                                        "alloc_flags", 4, 4, len, 0);
    i = xen_pv_iommu_wire_first_set(buf, 2, 4);
    /* pad0: reserved, must be zero */
    if (i < 4) {
        return xen_pv_iommu_wire_report(problem, XEN_PV_IOMMU_WIRE_RESERVED, 1,
                                        "pad0", 2, 2, i, buf[i]);
    }
    v = (uint64_t)pv_iommu_alloc_get_alloc_flags(buf);
    v &= ~(uint64_t)(IOMMU_ALLOC_identity);
    /* alloc_flags: flag bits the spec does not define */
    if (v) {
        return xen_pv_iommu_wire_report(problem, XEN_PV_IOMMU_WIRE_FLAGS, 1,
                                        "alloc_flags", 4, 4, 4, v);
    }
    return rc;
}

/* struct pv_iommu_free: 8 bytes */
#define PV_IOMMU_FREE_SIZE              8
#define PV_IOMMU_FREE_MIN_SIZE          8
#define PV_IOMMU_FREE_CTX_NO_OFFSET     0
#define PV_IOMMU_FREE_CTX_NO_SIZE       2
#define PV_IOMMU_FREE_PAD0_OFFSET       2
#define PV_IOMMU_FREE_PAD0_SIZE         2
#define PV_IOMMU_FREE_FREE_FLAGS_OFFSET 4
#define PV_IOMMU_FREE_FREE_FLAGS_SIZE   4
XEN_PV_IOMMU_WIRE_FN uint16_t
pv_iommu_free_get_ctx_no(const unsigned char *buf)
{
    return xen_pv_iommu_wire_ld16cpu(buf + PV_IOMMU_FREE_CTX_NO_OFFSET);
}
XEN_PV_IOMMU_WIRE_FN void
pv_iommu_free_set_ctx_no(unsigned char *buf, uint16_t v)
{
    xen_pv_iommu_wire_st16cpu(buf + PV_IOMMU_FREE_CTX_NO_OFFSET, v);
}
XEN_PV_IOMMU_WIRE_FN uint16_t
pv_iommu_free_get_ctx_no_le(const unsigned char *buf)
{
    return xen_pv_iommu_wire_ld16le(buf + PV_IOMMU_FREE_CTX_NO_OFFSET);
}
XEN_PV_IOMMU_WIRE_FN void
pv_iommu_free_set_ctx_no_le(unsigned char *buf, uint16_t v)
{
    xen_pv_iommu_wire_st16le(buf + PV_IOMMU_FREE_CTX_NO_OFFSET, v);
}
XEN_PV_IOMMU_WIRE_FN uint16_t
pv_iommu_free_get_ctx_no_be(const unsigned char *buf)
{
    return xen_pv_iommu_wire_ld16be(buf + PV_IOMMU_FREE_CTX_NO_OFFSET);
}
XEN_PV_IOMMU_WIRE_FN void
pv_iommu_free_set_ctx_no_be(unsigned char *buf, uint16_t v)
{
    xen_pv_iommu_wire_st16be(buf + PV_IOMMU_FREE_CTX_NO_OFFSET, v);
}
XEN_PV_IOMMU_WIRE_FN uint16_t
pv_iommu_free_get_pad0(const unsigned char *buf)
{
    return xen_pv_iommu_wire_ld16cpu(buf + PV_IOMMU_FREE_PAD0_OFFSET);
}
XEN_PV_IOMMU_WIRE_FN void
pv_iommu_free_set_pad0(unsigned char *buf, uint16_t v)
{
    xen_pv_iommu_wire_st16cpu(buf + PV_IOMMU_FREE_PAD0_OFFSET, v);
}
XEN_PV_IOMMU_WIRE_FN uint16_t
pv_iommu_free_get_pad0_le(const unsigned char *buf)
{
    return xen_pv_iommu_wire_ld16le(buf + PV_IOMMU_FREE_PAD0_OFFSET);
}
XEN_PV_IOMMU_WIRE_FN void
pv_iommu_free_set_pad0_le(unsigned char *buf, uint16_t v)
{
    xen_pv_iommu_wire_st16le(buf + PV_IOMMU_FREE_PAD0_OFFSET, v);
}
XEN_PV_IOMMU_WIRE_FN uint16_t
pv_iommu_free_get_pad0_be(const unsigned char *buf)
{
    return xen_pv_iommu_wire_ld16be(buf + PV_IOMMU_FREE_PAD0_OFFSET);
}
XEN_PV_IOMMU_WIRE_FN void
pv_iommu_free_set_pad0_be(unsigned char *buf, uint16_t v)
{
    xen_pv_iommu_wire_st16be(buf + PV_IOMMU_FREE_PAD0_OFFSET, v);
}
XEN_PV_IOMMU_WIRE_FN uint32_t
pv_iommu_free_get_free_flags(const unsigned char *buf)
{
    return xen_pv_iommu_wire_ld32cpu(buf + PV_IOMMU_FREE_FREE_FLAGS_OFFSET);
}
XEN_PV_IOMMU_WIRE_FN void
pv_iommu_free_set_free_flags(unsigned char *buf, uint32_t v)
{
    xen_pv_iommu_wire_st32cpu(buf + PV_IOMMU_FREE_FREE_FLAGS_OFFSET, v);
}
XEN_PV_IOMMU_WIRE_FN uint32_t
pv_iommu_free_get_free_flags_le(const unsigned char *buf)
{
    return xen_pv_iommu_wire_ld32le(buf + PV_IOMMU_FREE_FREE_FLAGS_OFFSET);
}
XEN_PV_IOMMU_WIRE_FN void
pv_iommu_free_set_free_flags_le(unsigned char *buf, uint32_t v)
{
    xen_pv_iommu_wire_st32le(buf + PV_IOMMU_FREE_FREE_FLAGS_OFFSET, v);
}
XEN_PV_IOMMU_WIRE_FN uint32_t
pv_iommu_free_get_free_flags_be(const unsigned char *buf)
{
    return xen_pv_iommu_wire_ld32be(buf + PV_IOMMU_FREE_FREE_FLAGS_OFFSET);
}
XEN_PV_IOMMU_WIRE_FN void
pv_iommu_free_set_free_flags_be(unsigned char *buf, uint32_t v)
{
    xen_pv_iommu_wire_st32be(buf + PV_IOMMU_FREE_FREE_FLAGS_OFFSET, v);
}
XEN_PV_IOMMU_WIRE_FN int
pv_iommu_free_check(const unsigned char *buf,
                    size_t len,
                    struct xen_pv_iommu_wire_problem *problem)
{
    int rc = XEN_PV_IOMMU_WIRE_OK;
    uint64_t v;
    size_t i;

    if (len < 2)
        return xen_pv_iommu_wire_report(problem, XEN_PV_IOMMU_WIRE_SHORT, 1,
                                        "ctx_no", 0, 2, len, 0);
    if (len < 4)
        return xen_pv_iommu_wire_report(problem, XEN_PV_IOMMU_WIRE_SHORT, 1,
                                        "pad0", 2, 2, len, 0);
    if (len < 8)
        return xen_pv_iommu_wire_report(problem, XEN_PV_IOMMU_WIRE_SHORT, 1,
                                        "free_flags", 4, 4, len, 0);
    i = xen_pv_iommu_wire_first_set(buf, 2, 4);
    /* pad0: reserved, must be zero */
    if (i < 4) {
        return xen_pv_iommu_wire_report(problem, XEN_PV_IOMMU_WIRE_RESERVED, 1,
                                        "pad0", 2, 2, i, buf[i]);
    }
    v = (uint64_t)pv_iommu_free_get_free_flags(buf);
    v &= ~(uint64_t)(IOMMU_FREE_reattach_default);
    /* free_flags: flag bits the spec does not define */
    if (v) {
        return xen_pv_iommu_wire_report(problem, XEN_PV_IOMMU_WIRE_FLAGS, 1,
                                        "free_flags", 4, 4, 4, v);
    }
    return rc;
}

/* struct pv_iommu_map_pages: 40 bytes */
#define PV_IOMMU_MAP_PAGES_SIZE             40
#define PV_IOMMU_MAP_PAGES_MIN_SIZE         40
#define PV_IOMMU_MAP_PAGES_GFN_OFFSET       0
#define PV_IOMMU_MAP_PAGES_GFN_SIZE         8
#define PV_IOMMU_MAP_PAGES_DFN_OFFSET       8
#define PV_IOMMU_MAP_PAGES_DFN_SIZE         8
#define PV_IOMMU_MAP_PAGES_MAP_FLAGS_OFFSET 16
#define PV_IOMMU_MAP_PAGES_MAP_FLAGS_SIZE   4
#define PV_IOMMU_MAP_PAGES_PGSIZE_OFFSET    20
#define PV_IOMMU_MAP_PAGES_PGSIZE_SIZE      4
#define PV_IOMMU_MAP_PAGES_NR_PAGES_OFFSET  24
#define PV_IOMMU_MAP_PAGES_NR_PAGES_SIZE    4
#define PV_IOMMU_MAP_PAGES_MAPPED_OFFSET    28
#define PV_IOMMU_MAP_PAGES_MAPPED_SIZE      4
#define PV_IOMMU_MAP_PAGES_CTX_NO_OFFSET    32
#define PV_IOMMU_MAP_PAGES_CTX_NO_SIZE      2
#define PV_IOMMU_MAP_PAGES_PAD0_OFFSET      34
#define PV_IOMMU_MAP_PAGES_PAD0_SIZE        2
#define PV_IOMMU_MAP_PAGES_PAD1_OFFSET      36
#define PV_IOMMU_MAP_PAGES_PAD1_SIZE        4
XEN_PV_IOMMU_WIRE_FN uint64_t
pv_iommu_map_pages_get_gfn(const unsigned char *buf)
{
    return xen_pv_iommu_wire_ld64cpu(buf + PV_IOMMU_MAP_PAGES_GFN_OFFSET);
}
XEN_PV_IOMMU_WIRE_FN void
pv_iommu_map_pages_set_gfn(unsigned char *buf, uint64_t v)
{
    xen_pv_iommu_wire_st64cpu(buf + PV_IOMMU_MAP_PAGES_GFN_OFFSET, v);
}
XEN_PV_IOMMU_WIRE_FN uint64_t
pv_iommu_map_pages_get_gfn_le(const unsigned char *buf)
{
    return xen_pv_iommu_wire_ld64le(buf + PV_IOMMU_MAP_PAGES_GFN_OFFSET);
}
XEN_PV_IOMMU_WIRE_FN void
pv_iommu_map_pages_set_gfn_le(unsigned char *buf, uint64_t v)
{
    xen_pv_iommu_wire_st64le(buf + PV_IOMMU_MAP_PAGES_GFN_OFFSET, v);
}
XEN_PV_IOMMU_WIRE_FN uint64_t
pv_iommu_map_pages_get_gfn_be(const unsigned char *buf)
{
    return xen_pv_iommu_wire_ld64be(buf + PV_IOMMU_MAP_PAGES_GFN_OFFSET);
}
XEN_PV_IOMMU_WIRE_FN void
pv_iommu_map_pages_set_gfn_be(unsigned char *buf, uint64_t v)
{
    xen_pv_iommu_wire_st64be(buf + PV_IOMMU_MAP_PAGES_GFN_OFFSET, v);
}
XEN_PV_IOMMU_WIRE_FN uint64_t
pv_iommu_map_pages_get_dfn(const unsigned char *buf)
{
    return xen_pv_iommu_wire_ld64cpu(buf + PV_IOMMU_MAP_PAGES_DFN_OFFSET);
}
XEN_PV_IOMMU_WIRE_FN void
pv_iommu_map_pages_set_dfn(unsigned char *buf, uint64_t v)
{
    xen_pv_iommu_wire_st64cpu(buf + PV_IOMMU_MAP_PAGES_DFN_OFFSET, v);
}
XEN_PV_IOMMU_WIRE_FN uint64_t
pv_iommu_map_pages_get_dfn_le(const unsigned char *buf)
{
    return xen_pv_iommu_wire_ld64le(buf + PV_IOMMU_MAP_PAGES_DFN_OFFSET);
}
XEN_PV_IOMMU_WIRE_FN void
pv_iommu_map_pages_set_dfn_le(unsigned char *buf, uint64_t v)
{
    xen_pv_iommu_wire_st64le(buf + PV_IOMMU_MAP_PAGES_DFN_OFFSET, v);
}
XEN_PV_IOMMU_WIRE_FN uint64_t
pv_iommu_map_pages_get_dfn_be(const unsigned char *buf)
{
    return xen_pv_iommu_wire_ld64be(buf + PV_IOMMU_MAP_PAGES_DFN_OFFSET);
}
XEN_PV_IOMMU_WIRE_FN void
pv_iommu_map_pages_set_dfn_be(unsigned char *buf, uint64_t v)
{
    xen_pv_iommu_wire_st64be(buf + PV_IOMMU_MAP_PAGES_DFN_OFFSET, v);
}
XEN_PV_IOMMU_WIRE_FN uint32_t
pv_iommu_map_pages_get_map_flags(const unsigned char *buf)
{
    return xen_pv_iommu_wire_ld32cpu(buf + PV_IOMMU_MAP_PAGES_MAP_FLAGS_OFFSET);
}
XEN_PV_IOMMU_WIRE_FN void
pv_iommu_map_pages_set_map_flags(unsigned char *buf, uint32_t v)
{
    xen_pv_iommu_wire_st32cpu(buf + PV_IOMMU_MAP_PAGES_MAP_FLAGS_OFFSET, v);
}
XEN_PV_IOMMU_WIRE_FN uint32_t
pv_iommu_map_pages_get_map_flags_le(const unsigned char *buf)
{
    return xen_pv_iommu_wire_ld32le(buf + PV_IOMMU_MAP_PAGES_MAP_FLAGS_OFFSET);
}
XEN_PV_IOMMU_WIRE_FN void
pv_iommu_map_pages_set_map_flags_le(unsigned char *buf, uint32_t v)
{
    xen_pv_iommu_wire_st32le(buf + PV_IOMMU_MAP_PAGES_MAP_FLAGS_OFFSET, v);
}
XEN_PV_IOMMU_WIRE_FN uint32_t
pv_iommu_map_pages_get_map_flags_be(const unsigned char *buf)
{
    return xen_pv_iommu_wire_ld32be(buf + PV_IOMMU_MAP_PAGES_MAP_FLAGS_OFFSET);
}
XEN_PV_IOMMU_WIRE_FN void
pv_iommu_map_pages_set_map_flags_be(unsigned char *buf, uint32_t v)
{
    xen_pv_iommu_wire_st32be(buf + PV_IOMMU_MAP_PAGES_MAP_FLAGS_OFFSET, v);
}
XEN_PV_IOMMU_WIRE_FN uint32_t
pv_iommu_map_pages_get_pgsize(const unsigned char *buf)
{
    return xen_pv_iommu_wire_ld32cpu(buf + PV_IOMMU_MAP_PAGES_PGSIZE_OFFSET);
}
XEN_PV_IOMMU_WIRE_FN void
pv_iommu_map_pages_set_pgsize(unsigned char *buf, uint32_t v)
{
    xen_pv_iommu_wire_st32cpu(buf + PV_IOMMU_MAP_PAGES_PGSIZE_OFFSET, v);
}
XEN_PV_IOMMU_WIRE_FN uint32_t
pv_iommu_map_pages_get_pgsize_le(const unsigned char *buf)
{
    return xen_pv_iommu_wire_ld32le(buf + PV_IOMMU_MAP_PAGES_PGSIZE_OFFSET);
}
XEN_PV_IOMMU_WIRE_FN void
pv_iommu_map_pages_set_pgsize_le(unsigned char *buf, uint32_t v)
{
    xen_pv_iommu_wire_st32le(buf + PV_IOMMU_MAP_PAGES_PGSIZE_OFFSET, v);
}
XEN_PV_IOMMU_WIRE_FN uint32_t
pv_iommu_map_pages_get_pgsize_be(const unsigned char *buf)
{
    return xen_pv_iommu_wire_ld32be(buf + PV_IOMMU_MAP_PAGES_PGSIZE_OFFSET);
}
XEN_PV_IOMMU_WIRE_FN void
pv_iommu_map_pages_set_pgsize_be(unsigned char *buf, uint32_t v)
{
    xen_pv_iommu_wire_st32be(buf + PV_IOMMU_MAP_PAGES_PGSIZE_OFFSET, v);
}
XEN_PV_IOMMU_WIRE_FN uint32_t
pv_iommu_map_pages_get_nr_pages(const unsigned char *buf)
{
    return xen_pv_iommu_wire_ld32cpu(buf + PV_IOMMU_MAP_PAGES_NR_PAGES_OFFSET);
}
XEN_PV_IOMMU_WIRE_FN void
pv_iommu_map_pages_set_nr_pages(unsigned char *buf, uint32_t v)
{
    xen_pv_iommu_wire_st32cpu(buf + PV_IOMMU_MAP_PAGES_NR_PAGES_OFFSET, v);
}
XEN_PV_IOMMU_WIRE_FN uint32_t
pv_iommu_map_pages_get_nr_pages_le(const unsigned char *buf)
{
    return xen_pv_iommu_wire_ld32le(buf + PV_IOMMU_MAP_PAGES_NR_PAGES_OFFSET);
}
XEN_PV_IOMMU_WIRE_FN void
pv_iommu_map_pages_set_nr_pages_le(unsigned char *buf, uint32_t v)
{
    xen_pv_iommu_wire_st32le(buf + PV_IOMMU_MAP_PAGES_NR_PAGES_OFFSET, v);
}
XEN_PV_IOMMU_WIRE_FN uint32_t
pv_iommu_map_pages_get_nr_pages_be(const unsigned char *buf)
{
    return xen_pv_iommu_wire_ld32be(buf + PV_IOMMU_MAP_PAGES_NR_PAGES_OFFSET);
}
XEN_PV_IOMMU_WIRE_FN void
pv_iommu_map_pages_set_nr_pages_be(unsigned char *buf, uint32_t v)
{
    xen_pv_iommu_wire_st32be(buf + PV_IOMMU_MAP_PAGES_NR_PAGES_OFFSET, v);
}
XEN_PV_IOMMU_WIRE_FN uint32_t
pv_iommu_map_pages_get_mapped(const unsigned char *buf)
{
    return xen_pv_iommu_wire_ld32cpu(buf + PV_IOMMU_MAP_PAGES_MAPPED_OFFSET);
}
XEN_PV_IOMMU_WIRE_FN void
pv_iommu_map_pages_set_mapped(unsigned char *buf, uint32_t v)
{
    xen_pv_iommu_wire_st32cpu(buf + PV_IOMMU_MAP_PAGES_MAPPED_OFFSET, v);
}
XEN_PV_IOMMU_WIRE_FN uint32_t
pv_iommu_map_pages_get_mapped_le(const unsigned char *buf)
{
    return xen_pv_iommu_wire_ld32le(buf + PV_IOMMU_MAP_PAGES_MAPPED_OFFSET);
}
XEN_PV_IOMMU_WIRE_FN void
pv_iommu_map_pages_set_mapped_le(unsigned char *buf, uint32_t v)
{
    xen_pv_iommu_wire_st32le(buf + PV_IOMMU_MAP_PAGES_MAPPED_OFFSET, v);
}
XEN_PV_IOMMU_WIRE_FN uint32_t
pv_iommu_map_pages_get_mapped_be(const unsigned char *buf)
{
    return xen_pv_iommu_wire_ld32be(buf + PV_IOMMU_MAP_PAGES_MAPPED_OFFSET);
}
XEN_PV_IOMMU_WIRE_FN void
pv_iommu_map_pages_set_mapped_be(unsigned char *buf, uint32_t v)
{
    xen_pv_iommu_wire_st32be(buf + PV_IOMMU_MAP_PAGES_MAPPED_OFFSET, v);
}
XEN_PV_IOMMU_WIRE_FN uint16_t
pv_iommu_map_pages_get_ctx_no(const unsigned char *buf)
{
    return xen_pv_iommu_wire_ld16cpu(buf + PV_IOMMU_MAP_PAGES_CTX_NO_OFFSET);
}
XEN_PV_IOMMU_WIRE_FN void
pv_iommu_map_pages_set_ctx_no(unsigned char *buf, uint16_t v)
{
    xen_pv_iommu_wire_st16cpu(buf + PV_IOMMU_MAP_PAGES_CTX_NO_OFFSET, v);
}
XEN_PV_IOMMU_WIRE_FN uint16_t
pv_iommu_map_pages_get_ctx_no_le(const unsigned char *buf)
{
    return xen_pv_iommu_wire_ld16le(buf + PV_IOMMU_MAP_PAGES_CTX_NO_OFFSET);
}
XEN_PV_IOMMU_WIRE_FN void
pv_iommu_map_pages_set_ctx_no_le(unsigned char *buf, uint16_t v)
{
    xen_pv_iommu_wire_st16le(buf + PV_IOMMU_MAP_PAGES_CTX_NO_OFFSET, v);
}
XEN_PV_IOMMU_WIRE_FN uint16_t
pv_iommu_map_pages_get_ctx_no_be(const unsigned char *buf)
{
    return xen_pv_iommu_wire_ld16be(buf + PV_IOMMU_MAP_PAGES_CTX_NO_OFFSET);
}
XEN_PV_IOMMU_WIRE_FN void
pv_iommu_map_pages_set_ctx_no_be(unsigned char *buf, uint16_t v)
{
    xen_pv_iommu_wire_st16be(buf + PV_IOMMU_MAP_PAGES_CTX_NO_OFFSET, v);
}
XEN_PV_IOMMU_WIRE_FN uint16_t
pv_iommu_map_pages_get_pad0(const unsigned char *buf)
{
    return xen_pv_iommu_wire_ld16cpu(buf + PV_IOMMU_MAP_PAGES_PAD0_OFFSET);
}
XEN_PV_IOMMU_WIRE_FN void
pv_iommu_map_pages_set_pad0(unsigned char *buf, uint16_t v)
{
    xen_pv_iommu_wire_st16cpu(buf + PV_IOMMU_MAP_PAGES_PAD0_OFFSET, v);
}
XEN_PV_IOMMU_WIRE_FN uint16_t
pv_iommu_map_pages_get_pad0_le(const unsigned char *buf)
{
    return xen_pv_iommu_wire_ld16le(buf + PV_IOMMU_MAP_PAGES_PAD0_OFFSET);
}
XEN_PV_IOMMU_WIRE_FN void
pv_iommu_map_pages_set_pad0_le(unsigned char *buf, uint16_t v)
{
    xen_pv_iommu_wire_st16le(buf + PV_IOMMU_MAP_PAGES_PAD0_OFFSET, v);
}
XEN_PV_IOMMU_WIRE_FN uint16_t
pv_iommu_map_pages_get_pad0_be(const unsigned char *buf)
{
    return xen_pv_iommu_wire_ld16be(buf + PV_IOMMU_MAP_PAGES_PAD0_OFFSET);
}
XEN_PV_IOMMU_WIRE_FN void
pv_iommu_map_pages_set_pad0_be(unsigned char *buf, uint16_t v)
{
    xen_pv_iommu_wire_st16be(buf + PV_IOMMU_MAP_PAGES_PAD0_OFFSET, v);
}
XEN_PV_IOMMU_WIRE_FN uint32_t
pv_iommu_map_pages_get_pad1(const unsigned char *buf)
{
    return xen_pv_iommu_wire_ld32cpu(buf + PV_IOMMU_MAP_PAGES_PAD1_OFFSET);
}
XEN_PV_IOMMU_WIRE_FN void
pv_iommu_map_pages_set_pad1(unsigned char *buf, uint32_t v)
{
    xen_pv_iommu_wire_st32cpu(buf + PV_IOMMU_MAP_PAGES_PAD1_OFFSET, v);
}
XEN_PV_IOMMU_WIRE_FN uint32_t
pv_iommu_map_pages_get_pad1_le(const unsigned char *buf)
{
    return xen_pv_iommu_wire_ld32le(buf + PV_IOMMU_MAP_PAGES_PAD1_OFFSET);
}
XEN_PV_IOMMU_WIRE_FN void
pv_iommu_map_pages_set_pad1_le(unsigned char *buf, uint32_t v)
{
    xen_pv_iommu_wire_st32le(buf + PV_IOMMU_MAP_PAGES_PAD1_OFFSET, v);
}
XEN_PV_IOMMU_WIRE_FN uint32_t
pv_iommu_map_pages_get_pad1_be(const unsigned char *buf)
{
    return xen_pv_iommu_wire_ld32be(buf + PV_IOMMU_MAP_PAGES_PAD1_OFFSET);
}
XEN_PV_IOMMU_WIRE_FN void
pv_iommu_map_pages_set_pad1_be(unsigned char *buf, uint32_t v)
{
    xen_pv_iommu_wire_st32be(buf + PV_IOMMU_MAP_PAGES_PAD1_OFFSET, v);
}
XEN_PV_IOMMU_WIRE_FN int
pv_iommu_map_pages_check(const unsigned char *buf,
                         size_t len,
                         struct xen_pv_iommu_wire_problem *problem)
{
    int rc = XEN_PV_IOMMU_WIRE_OK;
    uint64_t v;
    size_t i;

    if (len < 8)
        return xen_pv_iommu_wire_report(problem, XEN_PV_IOMMU_WIRE_SHORT, 1,
                                        "gfn", 0, 8, len, 0);
    if (len < 16)
        return xen_pv_iommu_wire_report(problem, XEN_PV_IOMMU_WIRE_SHORT, 1,
                                        "dfn", 8, 8, len, 0);
    if (len < 20)
        return xen_pv_iommu_wire_report(problem, XEN_PV_IOMMU_WIRE_SHORT, 1,
                                        "map_flags", 16, 4, len, 0);
    if (len < 24)
        return xen_pv_iommu_wire_report(problem, XEN_PV_IOMMU_WIRE_SHORT, 1,
                                        "pgsize", 20, 4, len, 0);
    if (len < 28)
        return xen_pv_iommu_wire_report(problem, XEN_PV_IOMMU_WIRE_SHORT, 1,
                                        "nr_pages", 24, 4, len, 0);
    if (len < 32)
        return xen_pv_iommu_wire_report(problem, XEN_PV_IOMMU_WIRE_SHORT, 1,
                                        "mapped", 28, 4, len, 0);
    if (len < 34)
        return xen_pv_iommu_wire_report(problem, XEN_PV_IOMMU_WIRE_SHORT, 1,
                                        "ctx_no", 32, 2, len, 0);
    if (len < 36)
        return xen_pv_iommu_wire_report(problem, XEN_PV_IOMMU_WIRE_SHORT, 1,
                                        "pad0", 34, 2, len, 0);
    if (len < 40)
        return xen_pv_iommu_wire_report(problem, XEN_PV_IOMMU_WIRE_SHORT, 1,
                                        "pad1", 36, 4, len, 0);
    v = (uint64_t)pv_iommu_map_pages_get_map_flags(buf);
    v &= ~(uint64_t)(IOMMU_MAP_readable | IOMMU_MAP_writeable |
                     IOMMU_MAP_cache);
    /* map_flags: flag bits the spec does not define */
    if (v) {
        return xen_pv_iommu_wire_report(problem, XEN_PV_IOMMU_WIRE_FLAGS, 1,
                                        "map_flags", 16, 4, 16, v);
    }
    i = xen_pv_iommu_wire_first_set(buf, 34, 36);
    /* pad0: reserved, must be zero */
    if (i < 36) {
        return xen_pv_iommu_wire_report(problem, XEN_PV_IOMMU_WIRE_RESERVED, 1,
                                        "pad0", 34, 2, i, buf[i]);
    }
    i = xen_pv_iommu_wire_first_set(buf, 36, 40);
    /* pad1: reserved, must be zero */
    if (i < 40) {
        return xen_pv_iommu_wire_report(problem, XEN_PV_IOMMU_WIRE_RESERVED, 1,
                                        "pad1", 36, 4, i, buf[i]);
    }
    return rc;
}

/* struct pv_iommu_unmap_pages: 24 bytes */
#define PV_IOMMU_UNMAP_PAGES_SIZE            24
#define PV_IOMMU_UNMAP_PAGES_MIN_SIZE        24
#define PV_IOMMU_UNMAP_PAGES_DFN_OFFSET      0
#define PV_IOMMU_UNMAP_PAGES_DFN_SIZE        8
#define PV_IOMMU_UNMAP_PAGES_PGSIZE_OFFSET   8
#define PV_IOMMU_UNMAP_PAGES_PGSIZE_SIZE     4
#define PV_IOMMU_UNMAP_PAGES_NR_PAGES_OFFSET 12
#define PV_IOMMU_UNMAP_PAGES_NR_PAGES_SIZE   4
#define PV_IOMMU_UNMAP_PAGES_UNMAPPED_OFFSET 16
#define PV_IOMMU_UNMAP_PAGES_UNMAPPED_SIZE   4
#define PV_IOMMU_UNMAP_PAGES_CTX_NO_OFFSET   20
#define PV_IOMMU_UNMAP_PAGES_CTX_NO_SIZE     2
#define PV_IOMMU_UNMAP_PAGES_PAD0_OFFSET     22
#define PV_IOMMU_UNMAP_PAGES_PAD0_SIZE       2
XEN_PV_IOMMU_WIRE_FN uint64_t
pv_iommu_unmap_pages_get_dfn(const unsigned char *buf)
{
    return xen_pv_iommu_wire_ld64cpu(buf + PV_IOMMU_UNMAP_PAGES_DFN_OFFSET);
}
XEN_PV_IOMMU_WIRE_FN void
pv_iommu_unmap_pages_set_dfn(unsigned char *buf, uint64_t v)
{
    xen_pv_iommu_wire_st64cpu(buf + PV_IOMMU_UNMAP_PAGES_DFN_OFFSET, v);
}
XEN_PV_IOMMU_WIRE_FN uint64_t
pv_iommu_unmap_pages_get_dfn_le(const unsigned char *buf)
{
    return xen_pv_iommu_wire_ld64le(buf + PV_IOMMU_UNMAP_PAGES_DFN_OFFSET);
}
XEN_PV_IOMMU_WIRE_FN void
pv_iommu_unmap_pages_set_dfn_le(unsigned char *buf, uint64_t v)
{
    xen_pv_iommu_wire_st64le(buf + PV_IOMMU_UNMAP_PAGES_DFN_OFFSET, v);
}
XEN_PV_IOMMU_WIRE_FN uint64_t
pv_iommu_unmap_pages_get_dfn_be(const unsigned char *buf)
{
    return xen_pv_iommu_wire_ld64be(buf + PV_IOMMU_UNMAP_PAGES_DFN_OFFSET);
}
XEN_PV_IOMMU_WIRE_FN void
pv_iommu_unmap_pages_set_dfn_be(unsigned char *buf, uint64_t v)
{
    xen_pv_iommu_wire_st64be(buf + PV_IOMMU_UNMAP_PAGES_DFN_OFFSET, v);
}
XEN_PV_IOMMU_WIRE_FN uint32_t
pv_iommu_unmap_pages_get_pgsize(const unsigned char *buf)
{
    return xen_pv_iommu_wire_ld32cpu(buf + PV_IOMMU_UNMAP_PAGES_PGSIZE_OFFSET);
}
XEN_PV_IOMMU_WIRE_FN void
pv_iommu_unmap_pages_set_pgsize(unsigned char *buf, uint32_t v)
{
    xen_pv_iommu_wire_st32cpu(buf + PV_IOMMU_UNMAP_PAGES_PGSIZE_OFFSET, v);
}
XEN_PV_IOMMU_WIRE_FN uint32_t
pv_iommu_unmap_pages_get_pgsize_le(const unsigned char *buf)
{
    return xen_pv_iommu_wire_ld32le(buf + PV_IOMMU_UNMAP_PAGES_PGSIZE_OFFSET);
}
XEN_PV_IOMMU_WIRE_FN void
pv_iommu_unmap_pages_set_pgsize_le(unsigned char *buf, uint32_t v)
{
    xen_pv_iommu_wire_st32le(buf + PV_IOMMU_UNMAP_PAGES_PGSIZE_OFFSET, v);
}
XEN_PV_IOMMU_WIRE_FN uint32_t
pv_iommu_unmap_pages_get_pgsize_be(const unsigned char *buf)
{
    return xen_pv_iommu_wire_ld32be(buf + PV_IOMMU_UNMAP_PAGES_PGSIZE_OFFSET);
}
XEN_PV_IOMMU_WIRE_FN void
pv_iommu_unmap_pages_set_pgsize_be(unsigned char *buf, uint32_t v)
{
    xen_pv_iommu_wire_st32be(buf + PV_IOMMU_UNMAP_PAGES_PGSIZE_OFFSET, v);
}
XEN_PV_IOMMU_WIRE_FN uint32_t
pv_iommu_unmap_pages_get_nr_pages(const unsigned char *buf)
{
    return xen_pv_iommu_wire_ld32cpu(
        buf + PV_IOMMU_UNMAP_PAGES_NR_PAGES_OFFSET);
}
XEN_PV_IOMMU_WIRE_FN void
pv_iommu_unmap_pages_set_nr_pages(unsigned char *buf, uint32_t v)
{
    xen_pv_iommu_wire_st32cpu(buf + PV_IOMMU_UNMAP_PAGES_NR_PAGES_OFFSET, v);
}
XEN_PV_IOMMU_WIRE_FN uint32_t
pv_iommu_unmap_pages_get_nr_pages_le(const unsigned char *buf)
{
    return xen_pv_iommu_wire_ld32le(buf + PV_IOMMU_UNMAP_PAGES_NR_PAGES_OFFSET);
}
XEN_PV_IOMMU_WIRE_FN void
pv_iommu_unmap_pages_set_nr_pages_le(unsigned char *buf, uint32_t v)
{
    xen_pv_iommu_wire_st32le(buf + PV_IOMMU_UNMAP_PAGES_NR_PAGES_OFFSET, v);
}
XEN_PV_IOMMU_WIRE_FN uint32_t
pv_iommu_unmap_pages_get_nr_pages_be(const unsigned char *buf)
{
    return xen_pv_iommu_wire_ld32be(buf + PV_IOMMU_UNMAP_PAGES_NR_PAGES_OFFSET);
}
XEN_PV_IOMMU_WIRE_FN void
pv_iommu_unmap_pages_set_nr_pages_be(unsigned char *buf, uint32_t v)
{
    xen_pv_iommu_wire_st32be(buf + PV_IOMMU_UNMAP_PAGES_NR_PAGES_OFFSET, v);
}
XEN_PV_IOMMU_WIRE_FN uint32_t
pv_iommu_unmap_pages_get_unmapped(const unsigned char *buf)
{
    return xen_pv_iommu_wire_ld32cpu(
        buf + PV_IOMMU_UNMAP_PAGES_UNMAPPED_OFFSET);
}
XEN_PV_IOMMU_WIRE_FN void
pv_iommu_unmap_pages_set_unmapped(unsigned char *buf, uint32_t v)
{
    xen_pv_iommu_wire_st32cpu(buf + PV_IOMMU_UNMAP_PAGES_UNMAPPED_OFFSET, v);
}
XEN_PV_IOMMU_WIRE_FN uint32_t
pv_iommu_unmap_pages_get_unmapped_le(const unsigned char *buf)
{
    return xen_pv_iommu_wire_ld32le(buf + PV_IOMMU_UNMAP_PAGES_UNMAPPED_OFFSET);
}
XEN_PV_IOMMU_WIRE_FN void
pv_iommu_unmap_pages_set_unmapped_le(unsigned char *buf, uint32_t v)
{
    xen_pv_iommu_wire_st32le(buf + PV_IOMMU_UNMAP_PAGES_UNMAPPED_OFFSET, v);
}
XEN_PV_IOMMU_WIRE_FN uint32_t
pv_iommu_unmap_pages_get_unmapped_be(const unsigned char *buf)
{
    return xen_pv_iommu_wire_ld32be(buf + PV_IOMMU_UNMAP_PAGES_UNMAPPED_OFFSET);
}
XEN_PV_IOMMU_WIRE_FN void
pv_iommu_unmap_pages_set_unmapped_be(unsigned char *buf, uint32_t v)
{
    xen_pv_iommu_wire_st32be(buf + PV_IOMMU_UNMAP_PAGES_UNMAPPED_OFFSET, v);
}
XEN_PV_IOMMU_WIRE_FN uint16_t
pv_iommu_unmap_pages_get_ctx_no(const unsigned char *buf)
{
    return xen_pv_iommu_wire_ld16cpu(buf + PV_IOMMU_UNMAP_PAGES_CTX_NO_OFFSET);
}
XEN_PV_IOMMU_WIRE_FN void
pv_iommu_unmap_pages_set_ctx_no(unsigned char *buf, uint16_t v)
{
    xen_pv_iommu_wire_st16cpu(buf + PV_IOMMU_UNMAP_PAGES_CTX_NO_OFFSET, v);
}
XEN_PV_IOMMU_WIRE_FN uint16_t
pv_iommu_unmap_pages_get_ctx_no_le(const unsigned char *buf)
{
    return xen_pv_iommu_wire_ld16le(buf + PV_IOMMU_UNMAP_PAGES_CTX_NO_OFFSET);
}
XEN_PV_IOMMU_WIRE_FN void
pv_iommu_unmap_pages_set_ctx_no_le(unsigned char *buf, uint16_t v)
{
    xen_pv_iommu_wire_st16le(buf + PV_IOMMU_UNMAP_PAGES_CTX_NO_OFFSET, v);
}
XEN_PV_IOMMU_WIRE_FN uint16_t
pv_iommu_unmap_pages_get_ctx_no_be(const unsigned char *buf)
{
    return xen_pv_iommu_wire_ld16be(buf + PV_IOMMU_UNMAP_PAGES_CTX_NO_OFFSET);
}
XEN_PV_IOMMU_WIRE_FN void
pv_iommu_unmap_pages_set_ctx_no_be(unsigned char *buf, uint16_t v)
{
    xen_pv_iommu_wire_st16be(buf + PV_IOMMU_UNMAP_PAGES_CTX_NO_OFFSET, v);
}
XEN_PV_IOMMU_WIRE_FN uint16_t
pv_iommu_unmap_pages_get_pad0(const unsigned char *buf)
{
    return xen_pv_iommu_wire_ld16cpu(buf + PV_IOMMU_UNMAP_PAGES_PAD0_OFFSET);
}
XEN_PV_IOMMU_WIRE_FN void
pv_iommu_unmap_pages_set_pad0(unsigned char *buf, uint16_t v)
{
    xen_pv_iommu_wire_st16cpu(buf + PV_IOMMU_UNMAP_PAGES_PAD0_OFFSET, v);
}
XEN_PV_IOMMU_WIRE_FN uint16_t
pv_iommu_unmap_pages_get_pad0_le(const unsigned char *buf)
{
    return xen_pv_iommu_wire_ld16le(buf + PV_IOMMU_UNMAP_PAGES_PAD0_OFFSET);
}
XEN_PV_IOMMU_WIRE_FN void
pv_iommu_unmap_pages_set_pad0_le(unsigned char *buf, uint16_t v)
{
    xen_pv_iommu_wire_st16le(buf + PV_IOMMU_UNMAP_PAGES_PAD0_OFFSET, v);
}
XEN_PV_IOMMU_WIRE_FN uint16_t
pv_iommu_unmap_pages_get_pad0_be(const unsigned char *buf)
{
    return xen_pv_iommu_wire_ld16be(buf + PV_IOMMU_UNMAP_PAGES_PAD0_OFFSET);
}
XEN_PV_IOMMU_WIRE_FN void
pv_iommu_unmap_pages_set_pad0_be(unsigned char *buf, uint16_t v)
{
    xen_pv_iommu_wire_st16be(buf + PV_IOMMU_UNMAP_PAGES_PAD0_OFFSET, v);
}
XEN_PV_IOMMU_WIRE_FN int
pv_iommu_unmap_pages_check(const unsigned char *buf,
                           size_t len,
                           struct xen_pv_iommu_wire_problem *problem)
{
    int rc = XEN_PV_IOMMU_WIRE_OK;
    size_t i;

    if (len < 8)
        return xen_pv_iommu_wire_report(problem, XEN_PV_IOMMU_WIRE_SHORT, 1,
                                        "dfn", 0, 8, len, 0);
    if (len < 12)
        return xen_pv_iommu_wire_report(problem, XEN_PV_IOMMU_WIRE_SHORT, 1,
                                        "pgsize", 8, 4, len, 0);
    if (len < 16)
        return xen_pv_iommu_wire_report(problem, XEN_PV_IOMMU_WIRE_SHORT, 1,
                                        "nr_pages", 12, 4, len, 0);
    if (len < 20)
        return xen_pv_iommu_wire_report(problem, XEN_PV_IOMMU_WIRE_SHORT, 1,
                                        "unmapped", 16, 4, len, 0);
    if (len < 22)
        return xen_pv_iommu_wire_report(problem, XEN_PV_IOMMU_WIRE_SHORT, 1,
                                        "ctx_no", 20, 2, len, 0);
    if (len < 24)
        return xen_pv_iommu_wire_report(problem, XEN_PV_IOMMU_WIRE_SHORT, 1,
                                        "pad0", 22, 2, len, 0);
    i = xen_pv_iommu_wire_first_set(buf, 22, 24);
    /* pad0: reserved, must be zero */
    if (i < 24) {
        return xen_pv_iommu_wire_report(problem, XEN_PV_IOMMU_WIRE_RESERVED, 1,
                                        "pad0", 22, 2, i, buf[i]);
    }
    return rc;
}

/* struct pv_iommu_reattach_device: 12 bytes */
#define PV_IOMMU_REATTACH_DEVICE_SIZE             12
#define PV_IOMMU_REATTACH_DEVICE_MIN_SIZE         12
#define PV_IOMMU_REATTACH_DEVICE_CTX_NO_OFFSET    0
#define PV_IOMMU_REATTACH_DEVICE_CTX_NO_SIZE      2
#define PV_IOMMU_REATTACH_DEVICE_DEV_OFFSET       2
#define PV_IOMMU_REATTACH_DEVICE_DEV_SIZE         4
#define PV_IOMMU_REATTACH_DEVICE_DEV_SEG_OFFSET   2
#define PV_IOMMU_REATTACH_DEVICE_DEV_SEG_SIZE     2
#define PV_IOMMU_REATTACH_DEVICE_DEV_BUS_OFFSET   4
#define PV_IOMMU_REATTACH_DEVICE_DEV_BUS_SIZE     1
#define PV_IOMMU_REATTACH_DEVICE_DEV_DEVFN_OFFSET 5
#define PV_IOMMU_REATTACH_DEVICE_DEV_DEVFN_SIZE   1
#define PV_IOMMU_REATTACH_DEVICE_PAD0_OFFSET      6
#define PV_IOMMU_REATTACH_DEVICE_PAD0_SIZE        2
#define PV_IOMMU_REATTACH_DEVICE_PASID_OFFSET     8
#define PV_IOMMU_REATTACH_DEVICE_PASID_SIZE       4
XEN_PV_IOMMU_WIRE_FN uint16_t
pv_iommu_reattach_device_get_ctx_no(const unsigned char *buf)
{
    return xen_pv_iommu_wire_ld16cpu(
        buf + PV_IOMMU_REATTACH_DEVICE_CTX_NO_OFFSET);
}
XEN_PV_IOMMU_WIRE_FN void
pv_iommu_reattach_device_set_ctx_no(unsigned char *buf, uint16_t v)
{
    xen_pv_iommu_wire_st16cpu(buf + PV_IOMMU_REATTACH_DEVICE_CTX_NO_OFFSET, v);
}
XEN_PV_IOMMU_WIRE_FN uint16_t
pv_iommu_reattach_device_get_ctx_no_le(const unsigned char *buf)
{
    return xen_pv_iommu_wire_ld16le(
        buf + PV_IOMMU_REATTACH_DEVICE_CTX_NO_OFFSET);
}
XEN_PV_IOMMU_WIRE_FN void
pv_iommu_reattach_device_set_ctx_no_le(unsigned char *buf, uint16_t v)
{
    xen_pv_iommu_wire_st16le(buf + PV_IOMMU_REATTACH_DEVICE_CTX_NO_OFFSET, v);
}
XEN_PV_IOMMU_WIRE_FN uint16_t
pv_iommu_reattach_device_get_ctx_no_be(const unsigned char *buf)
{
    return xen_pv_iommu_wire_ld16be(
        buf + PV_IOMMU_REATTACH_DEVICE_CTX_NO_OFFSET);
}
XEN_PV_IOMMU_WIRE_FN void
pv_iommu_reattach_device_set_ctx_no_be(unsigned char *buf, uint16_t v)
{
    xen_pv_iommu_wire_st16be(buf + PV_IOMMU_REATTACH_DEVICE_CTX_NO_OFFSET, v);
}
XEN_PV_IOMMU_WIRE_FN uint16_t
pv_iommu_reattach_device_get_dev_seg(const unsigned char *buf)
{
    return xen_pv_iommu_wire_ld16cpu(
        buf + PV_IOMMU_REATTACH_DEVICE_DEV_SEG_OFFSET);
}
XEN_PV_IOMMU_WIRE_FN void
pv_iommu_reattach_device_set_dev_seg(unsigned char *buf, uint16_t v)
{
    xen_pv_iommu_wire_st16cpu(buf + PV_IOMMU_REATTACH_DEVICE_DEV_SEG_OFFSET, v);
}
XEN_PV_IOMMU_WIRE_FN uint16_t
pv_iommu_reattach_device_get_dev_seg_le(const unsigned char *buf)
{
    return xen_pv_iommu_wire_ld16le(
        buf + PV_IOMMU_REATTACH_DEVICE_DEV_SEG_OFFSET);
}
XEN_PV_IOMMU_WIRE_FN void
pv_iommu_reattach_device_set_dev_seg_le(unsigned char *buf, uint16_t v)
{
    xen_pv_iommu_wire_st16le(buf + PV_IOMMU_REATTACH_DEVICE_DEV_SEG_OFFSET, v);
}
XEN_PV_IOMMU_WIRE_FN uint16_t
pv_iommu_reattach_device_get_dev_seg_be(const unsigned char *buf)
{
    return xen_pv_iommu_wire_ld16be(
        buf + PV_IOMMU_REATTACH_DEVICE_DEV_SEG_OFFSET);
}
XEN_PV_IOMMU_WIRE_FN void
pv_iommu_reattach_device_set_dev_seg_be(unsigned char *buf, uint16_t v)
{
    xen_pv_iommu_wire_st16be(buf + PV_IOMMU_REATTACH_DEVICE_DEV_SEG_OFFSET, v);
}
XEN_PV_IOMMU_WIRE_FN uint8_t
pv_iommu_reattach_device_get_dev_bus(const unsigned char *buf)
{
    return buf[PV_IOMMU_REATTACH_DEVICE_DEV_BUS_OFFSET];
}
XEN_PV_IOMMU_WIRE_FN void
pv_iommu_reattach_device_set_dev_bus(unsigned char *buf, uint8_t v)
{
    buf[PV_IOMMU_REATTACH_DEVICE_DEV_BUS_OFFSET] = v;
}
XEN_PV_IOMMU_WIRE_FN uint8_t
pv_iommu_reattach_device_get_dev_devfn(const unsigned char *buf)
{
    return buf[PV_IOMMU_REATTACH_DEVICE_DEV_DEVFN_OFFSET];
}
XEN_PV_IOMMU_WIRE_FN void
pv_iommu_reattach_device_set_dev_devfn(unsigned char *buf, uint8_t v)
{
    buf[PV_IOMMU_REATTACH_DEVICE_DEV_DEVFN_OFFSET] = v;
}
XEN_PV_IOMMU_WIRE_FN uint16_t
pv_iommu_reattach_device_get_pad0(const unsigned char *buf)
{
    return xen_pv_iommu_wire_ld16cpu(
        buf + PV_IOMMU_REATTACH_DEVICE_PAD0_OFFSET);
}
XEN_PV_IOMMU_WIRE_FN void
pv_iommu_reattach_device_set_pad0(unsigned char *buf, uint16_t v)
{
    xen_pv_iommu_wire_st16cpu(buf + PV_IOMMU_REATTACH_DEVICE_PAD0_OFFSET, v);
}
XEN_PV_IOMMU_WIRE_FN uint16_t
pv_iommu_reattach_device_get_pad0_le(const unsigned char *buf)
{
    return xen_pv_iommu_wire_ld16le(buf + PV_IOMMU_REATTACH_DEVICE_PAD0_OFFSET);
}
XEN_PV_IOMMU_WIRE_FN void
pv_iommu_reattach_device_set_pad0_le(unsigned char *buf, uint16_t v)
{
    xen_pv_iommu_wire_st16le(buf + PV_IOMMU_REATTACH_DEVICE_PAD0_OFFSET, v);
}
XEN_PV_IOMMU_WIRE_FN uint16_t
pv_iommu_reattach_device_get_pad0_be(const unsigned char *buf)
{
    return xen_pv_iommu_wire_ld16be(buf + PV_IOMMU_REATTACH_DEVICE_PAD0_OFFSET);
}
XEN_PV_IOMMU_WIRE_FN void
pv_iommu_reattach_device_set_pad0_be(unsigned char *buf, uint16_t v)
{
    xen_pv_iommu_wire_st16be(buf + PV_IOMMU_REATTACH_DEVICE_PAD0_OFFSET, v);
}
XEN_PV_IOMMU_WIRE_FN uint32_t
pv_iommu_reattach_device_get_pasid(const unsigned char *buf)
{
    return xen_pv_iommu_wire_ld32cpu(
        buf + PV_IOMMU_REATTACH_DEVICE_PASID_OFFSET);
}
XEN_PV_IOMMU_WIRE_FN void
pv_iommu_reattach_device_set_pasid(unsigned char *buf, uint32_t v)
{
    xen_pv_iommu_wire_st32cpu(buf + PV_IOMMU_REATTACH_DEVICE_PASID_OFFSET, v);
}
XEN_PV_IOMMU_WIRE_FN uint32_t
pv_iommu_reattach_device_get_pasid_le(const unsigned char *buf)
{
    return xen_pv_iommu_wire_ld32le(
        buf + PV_IOMMU_REATTACH_DEVICE_PASID_OFFSET);
}
XEN_PV_IOMMU_WIRE_FN void
pv_iommu_reattach_device_set_pasid_le(unsigned char *buf, uint32_t v)
{
    xen_pv_iommu_wire_st32le(buf + PV_IOMMU_REATTACH_DEVICE_PASID_OFFSET, v);
}
XEN_PV_IOMMU_WIRE_FN uint32_t
pv_iommu_reattach_device_get_pasid_be(const unsigned char *buf)
{
    return xen_pv_iommu_wire_ld32be(
        buf + PV_IOMMU_REATTACH_DEVICE_PASID_OFFSET);
}
XEN_PV_IOMMU_WIRE_FN void
pv_iommu_reattach_device_set_pasid_be(unsigned char *buf, uint32_t v)
{
    xen_pv_iommu_wire_st32be(buf + PV_IOMMU_REATTACH_DEVICE_PASID_OFFSET, v);
}
XEN_PV_IOMMU_WIRE_FN int
pv_iommu_reattach_device_check(const unsigned char *buf,
                               size_t len,
                               struct xen_pv_iommu_wire_problem *problem)
{
    int rc = XEN_PV_IOMMU_WIRE_OK;
    size_t i;

    if (len < 2)
        return xen_pv_iommu_wire_report(problem, XEN_PV_IOMMU_WIRE_SHORT, 1,
                                        "ctx_no", 0, 2, len, 0);
    if (len < 4)
        return xen_pv_iommu_wire_report(problem, XEN_PV_IOMMU_WIRE_SHORT, 1,
                                        "dev.seg", 2, 2, len, 0);
    if (len < 5)
        return xen_pv_iommu_wire_report(problem, XEN_PV_IOMMU_WIRE_SHORT, 1,
                                        "dev.bus", 4, 1, len, 0);
    if (len < 6)
        return xen_pv_iommu_wire_report(problem, XEN_PV_IOMMU_WIRE_SHORT, 1,
                                        "dev.devfn", 5, 1, len, 0);
    if (len < 8)
        return xen_pv_iommu_wire_report(problem, XEN_PV_IOMMU_WIRE_SHORT, 1,
                                        "pad0", 6, 2, len, 0);
    if (len < 12)
        return xen_pv_iommu_wire_report(problem, XEN_PV_IOMMU_WIRE_SHORT, 1,
                                        "pasid", 8, 4, len, 0);
    i = xen_pv_iommu_wire_first_set(buf, 6, 8);
    /* pad0: reserved, must be zero */
    if (i < 8) {
        return xen_pv_iommu_wire_report(problem, XEN_PV_IOMMU_WIRE_RESERVED, 1,
                                        "pad0", 6, 2, i, buf[i]);
    }
    return rc;
}

/* struct pv_iommu_remote_cmd: 16 bytes */
#define PV_IOMMU_REMOTE_CMD_SIZE         16
#define PV_IOMMU_REMOTE_CMD_MIN_SIZE     16
#define PV_IOMMU_REMOTE_CMD_DOMID_OFFSET 0
#define PV_IOMMU_REMOTE_CMD_DOMID_SIZE   2
#define PV_IOMMU_REMOTE_CMD_SUBOP_OFFSET 2
#define PV_IOMMU_REMOTE_CMD_SUBOP_SIZE   2
#define PV_IOMMU_REMOTE_CMD_PAD0_OFFSET  4
#define PV_IOMMU_REMOTE_CMD_PAD0_SIZE    4
#define PV_IOMMU_REMOTE_CMD_ARG_OFFSET   8
#define PV_IOMMU_REMOTE_CMD_ARG_SIZE     8
XEN_PV_IOMMU_WIRE_FN uint16_t
pv_iommu_remote_cmd_get_domid(const unsigned char *buf)
{
    return xen_pv_iommu_wire_ld16cpu(buf + PV_IOMMU_REMOTE_CMD_DOMID_OFFSET);
}
XEN_PV_IOMMU_WIRE_FN void
pv_iommu_remote_cmd_set_domid(unsigned char *buf, uint16_t v)
{
    xen_pv_iommu_wire_st16cpu(buf + PV_IOMMU_REMOTE_CMD_DOMID_OFFSET, v);
}
XEN_PV_IOMMU_WIRE_FN uint16_t
pv_iommu_remote_cmd_get_domid_le(const unsigned char *buf)
{
    return xen_pv_iommu_wire_ld16le(buf + PV_IOMMU_REMOTE_CMD_DOMID_OFFSET);
}
XEN_PV_IOMMU_WIRE_FN void
pv_iommu_remote_cmd_set_domid_le(unsigned char *buf, uint16_t v)
{
    xen_pv_iommu_wire_st16le(buf + PV_IOMMU_REMOTE_CMD_DOMID_OFFSET, v);
}
XEN_PV_IOMMU_WIRE_FN uint16_t
pv_iommu_remote_cmd_get_domid_be(const unsigned char *buf)
{
    return xen_pv_iommu_wire_ld16be(buf + PV_IOMMU_REMOTE_CMD_DOMID_OFFSET);
}
XEN_PV_IOMMU_WIRE_FN void
pv_iommu_remote_cmd_set_domid_be(unsigned char *buf, uint16_t v)
{
    xen_pv_iommu_wire_st16be(buf + PV_IOMMU_REMOTE_CMD_DOMID_OFFSET, v);
}
XEN_PV_IOMMU_WIRE_FN uint16_t
pv_iommu_remote_cmd_get_subop(const unsigned char *buf)
{
    return xen_pv_iommu_wire_ld16cpu(buf + PV_IOMMU_REMOTE_CMD_SUBOP_OFFSET);
}
XEN_PV_IOMMU_WIRE_FN void
pv_iommu_remote_cmd_set_subop(unsigned char *buf, uint16_t v)
{
    xen_pv_iommu_wire_st16cpu(buf + PV_IOMMU_REMOTE_CMD_SUBOP_OFFSET, v);
}
XEN_PV_IOMMU_WIRE_FN uint16_t
pv_iommu_remote_cmd_get_subop_le(const unsigned char *buf)
{
    return xen_pv_iommu_wire_ld16le(buf + PV_IOMMU_REMOTE_CMD_SUBOP_OFFSET);
}
XEN_PV_IOMMU_WIRE_FN void
pv_iommu_remote_cmd_set_subop_le(unsigned char *buf, uint16_t v)
{
    xen_pv_iommu_wire_st16le(buf + PV_IOMMU_REMOTE_CMD_SUBOP_OFFSET, v);
}
XEN_PV_IOMMU_WIRE_FN uint16_t
pv_iommu_remote_cmd_get_subop_be(const unsigned char *buf)
{
    return xen_pv_iommu_wire_ld16be(buf + PV_IOMMU_REMOTE_CMD_SUBOP_OFFSET);
}
XEN_PV_IOMMU_WIRE_FN void
pv_iommu_remote_cmd_set_subop_be(unsigned char *buf, uint16_t v)
{
    xen_pv_iommu_wire_st16be(buf + PV_IOMMU_REMOTE_CMD_SUBOP_OFFSET, v);
}
XEN_PV_IOMMU_WIRE_FN uint32_t
pv_iommu_remote_cmd_get_pad0(const unsigned char *buf)
{
    return xen_pv_iommu_wire_ld32cpu(buf + PV_IOMMU_REMOTE_CMD_PAD0_OFFSET);
}
XEN_PV_IOMMU_WIRE_FN void
pv_iommu_remote_cmd_set_pad0(unsigned char *buf, uint32_t v)
{
    xen_pv_iommu_wire_st32cpu(buf + PV_IOMMU_REMOTE_CMD_PAD0_OFFSET, v);
}
XEN_PV_IOMMU_WIRE_FN uint32_t
pv_iommu_remote_cmd_get_pad0_le(const unsigned char *buf)
{
    return xen_pv_iommu_wire_ld32le(buf + PV_IOMMU_REMOTE_CMD_PAD0_OFFSET);
}
XEN_PV_IOMMU_WIRE_FN void
pv_iommu_remote_cmd_set_pad0_le(unsigned char *buf, uint32_t v)
{
    xen_pv_iommu_wire_st32le(buf + PV_IOMMU_REMOTE_CMD_PAD0_OFFSET, v);
}
XEN_PV_IOMMU_WIRE_FN uint32_t
pv_iommu_remote_cmd_get_pad0_be(const unsigned char *buf)
{
    return xen_pv_iommu_wire_ld32be(buf + PV_IOMMU_REMOTE_CMD_PAD0_OFFSET);
}
XEN_PV_IOMMU_WIRE_FN void
pv_iommu_remote_cmd_set_pad0_be(unsigned char *buf, uint32_t v)
{
    xen_pv_iommu_wire_st32be(buf + PV_IOMMU_REMOTE_CMD_PAD0_OFFSET, v);
}
XEN_PV_IOMMU_WIRE_FN uint64_t
pv_iommu_remote_cmd_get_arg(const unsigned char *buf)
{
    return xen_pv_iommu_wire_ld64cpu(buf + PV_IOMMU_REMOTE_CMD_ARG_OFFSET);
}
XEN_PV_IOMMU_WIRE_FN void
pv_iommu_remote_cmd_set_arg(unsigned char *buf, uint64_t v)
{
    xen_pv_iommu_wire_st64cpu(buf + PV_IOMMU_REMOTE_CMD_ARG_OFFSET, v);
}
XEN_PV_IOMMU_WIRE_FN uint64_t
pv_iommu_remote_cmd_get_arg_le(const unsigned char *buf)
{
    return xen_pv_iommu_wire_ld64le(buf + PV_IOMMU_REMOTE_CMD_ARG_OFFSET);
}
XEN_PV_IOMMU_WIRE_FN void
pv_iommu_remote_cmd_set_arg_le(unsigned char *buf, uint64_t v)
{
    xen_pv_iommu_wire_st64le(buf + PV_IOMMU_REMOTE_CMD_ARG_OFFSET, v);
}
XEN_PV_IOMMU_WIRE_FN uint64_t
pv_iommu_remote_cmd_get_arg_be(const unsigned char *buf)
{
    return xen_pv_iommu_wire_ld64be(buf + PV_IOMMU_REMOTE_CMD_ARG_OFFSET);
}
XEN_PV_IOMMU_WIRE_FN void
pv_iommu_remote_cmd_set_arg_be(unsigned char *buf, uint64_t v)
{
    xen_pv_iommu_wire_st64be(buf + PV_IOMMU_REMOTE_CMD_ARG_OFFSET, v);
}
XEN_PV_IOMMU_WIRE_FN int
pv_iommu_remote_cmd_check(const unsigned char *buf,
                          size_t len,
                          struct xen_pv_iommu_wire_problem *problem)
{
    int rc = XEN_PV_IOMMU_WIRE_OK;
    uint64_t v;
    size_t i;

    if (len < 2)
        return xen_pv_iommu_wire_report(problem, XEN_PV_IOMMU_WIRE_SHORT, 1,
                                        "domid", 0, 2, len, 0);
    if (len < 4)
        return xen_pv_iommu_wire_report(problem, XEN_PV_IOMMU_WIRE_SHORT, 1,
                                        "subop", 2, 2, len, 0);
    if (len < 8)
        return xen_pv_iommu_wire_report(problem, XEN_PV_IOMMU_WIRE_SHORT, 1,
                                        "pad0", 4, 4, len, 0);
    if (len < 16)
        return xen_pv_iommu_wire_report(problem, XEN_PV_IOMMU_WIRE_SHORT, 1,
                                        "arg", 8, 8, len, 0);
    v = (uint64_t)pv_iommu_remote_cmd_get_subop(buf);
    /* subop: one of the enum pv_iommu_cmd */
    if (!(v <= 12)) {
        return xen_pv_iommu_wire_report(problem, XEN_PV_IOMMU_WIRE_VALUE, 1,
                                        "subop", 2, 2, 2, v);
    }
    i = xen_pv_iommu_wire_first_set(buf, 4, 8);
    /* pad0: reserved, must be zero */
    if (i < 8) {
        return xen_pv_iommu_wire_report(problem, XEN_PV_IOMMU_WIRE_RESERVED, 1,
                                        "pad0", 4, 4, i, buf[i]);
    }
    return rc;
}

/* struct pv_iommu_alloc_nested: 24 bytes */
#define PV_IOMMU_ALLOC_NESTED_SIZE                24
#define PV_IOMMU_ALLOC_NESTED_MIN_SIZE            24
#define PV_IOMMU_ALLOC_NESTED_PGTABLE_GFN_OFFSET  0
#define PV_IOMMU_ALLOC_NESTED_PGTABLE_GFN_SIZE    8
#define PV_IOMMU_ALLOC_NESTED_NESTED_FLAGS_OFFSET 8
#define PV_IOMMU_ALLOC_NESTED_NESTED_FLAGS_SIZE   8
#define PV_IOMMU_ALLOC_NESTED_CTX_NO_OFFSET       16
#define PV_IOMMU_ALLOC_NESTED_CTX_NO_SIZE         2
#define PV_IOMMU_ALLOC_NESTED_PAD0_OFFSET         18
#define PV_IOMMU_ALLOC_NESTED_PAD0_SIZE           2
#define PV_IOMMU_ALLOC_NESTED_PAD1_OFFSET         20
#define PV_IOMMU_ALLOC_NESTED_PAD1_SIZE           4
XEN_PV_IOMMU_WIRE_FN uint64_t
pv_iommu_alloc_nested_get_pgtable_gfn(const unsigned char *buf)
{
    return xen_pv_iommu_wire_ld64cpu(
        buf + PV_IOMMU_ALLOC_NESTED_PGTABLE_GFN_OFFSET);
}
XEN_PV_IOMMU_WIRE_FN void
pv_iommu_alloc_nested_set_pgtable_gfn(unsigned char *buf, uint64_t v)
{
    xen_pv_iommu_wire_st64cpu(
        buf + PV_IOMMU_ALLOC_NESTED_PGTABLE_GFN_OFFSET, v);
}
XEN_PV_IOMMU_WIRE_FN uint64_t
pv_iommu_alloc_nested_get_pgtable_gfn_le(const unsigned char *buf)
{
    return xen_pv_iommu_wire_ld64le(
        buf + PV_IOMMU_ALLOC_NESTED_PGTABLE_GFN_OFFSET);
}
XEN_PV_IOMMU_WIRE_FN void
pv_iommu_alloc_nested_set_pgtable_gfn_le(unsigned char *buf, uint64_t v)
{
    xen_pv_iommu_wire_st64le(buf + PV_IOMMU_ALLOC_NESTED_PGTABLE_GFN_OFFSET, v);
}
XEN_PV_IOMMU_WIRE_FN uint64_t
pv_iommu_alloc_nested_get_pgtable_gfn_be(const unsigned char *buf)
{
    return xen_pv_iommu_wire_ld64be(
        buf + PV_IOMMU_ALLOC_NESTED_PGTABLE_GFN_OFFSET);
}
XEN_PV_IOMMU_WIRE_FN void
pv_iommu_alloc_nested_set_pgtable_gfn_be(unsigned char *buf, uint64_t v)
{
    xen_pv_iommu_wire_st64be(buf + PV_IOMMU_ALLOC_NESTED_PGTABLE_GFN_OFFSET, v);
}
XEN_PV_IOMMU_WIRE_FN uint64_t
pv_iommu_alloc_nested_get_nested_flags(const unsigned char *buf)
{
    return xen_pv_iommu_wire_ld64cpu(
        buf + PV_IOMMU_ALLOC_NESTED_NESTED_FLAGS_OFFSET);
}
XEN_PV_IOMMU_WIRE_FN void
pv_iommu_alloc_nested_set_nested_flags(unsigned char *buf, uint64_t v)
{
    xen_pv_iommu_wire_st64cpu(
        buf + PV_IOMMU_ALLOC_NESTED_NESTED_FLAGS_OFFSET, v);
}
XEN_PV_IOMMU_WIRE_FN uint64_t
pv_iommu_alloc_nested_get_nested_flags_le(const unsigned char *buf)
{
    return xen_pv_iommu_wire_ld64le(
        buf + PV_IOMMU_ALLOC_NESTED_NESTED_FLAGS_OFFSET);
}
XEN_PV_IOMMU_WIRE_FN void
pv_iommu_alloc_nested_set_nested_flags_le(unsigned char *buf, uint64_t v)
{
    xen_pv_iommu_wire_st64le(
        buf + PV_IOMMU_ALLOC_NESTED_NESTED_FLAGS_OFFSET, v);
}
XEN_PV_IOMMU_WIRE_FN uint64_t
pv_iommu_alloc_nested_get_nested_flags_be(const unsigned char *buf)
{
    return xen_pv_iommu_wire_ld64be(
        buf + PV_IOMMU_ALLOC_NESTED_NESTED_FLAGS_OFFSET);
}
XEN_PV_IOMMU_WIRE_FN void
pv_iommu_alloc_nested_set_nested_flags_be(unsigned char *buf, uint64_t v)
{
    xen_pv_iommu_wire_st64be(
        buf + PV_IOMMU_ALLOC_NESTED_NESTED_FLAGS_OFFSET, v);
}
XEN_PV_IOMMU_WIRE_FN uint16_t
pv_iommu_alloc_nested_get_ctx_no(const unsigned char *buf)
{
    return xen_pv_iommu_wire_ld16cpu(buf + PV_IOMMU_ALLOC_NESTED_CTX_NO_OFFSET);
}
XEN_PV_IOMMU_WIRE_FN void
pv_iommu_alloc_nested_set_ctx_no(unsigned char *buf, uint16_t v)
{
    xen_pv_iommu_wire_st16cpu(buf + PV_IOMMU_ALLOC_NESTED_CTX_NO_OFFSET, v);
}
XEN_PV_IOMMU_WIRE_FN uint16_t
pv_iommu_alloc_nested_get_ctx_no_le(const unsigned char *buf)
{
    return xen_pv_iommu_wire_ld16le(buf + PV_IOMMU_ALLOC_NESTED_CTX_NO_OFFSET);
}
XEN_PV_IOMMU_WIRE_FN void
pv_iommu_alloc_nested_set_ctx_no_le(unsigned char *buf, uint16_t v)
{
    xen_pv_iommu_wire_st16le(buf + PV_IOMMU_ALLOC_NESTED_CTX_NO_OFFSET, v);
}
XEN_PV_IOMMU_WIRE_FN uint16_t
pv_iommu_alloc_nested_get_ctx_no_be(const unsigned char *buf)
{
    return xen_pv_iommu_wire_ld16be(buf + PV_IOMMU_ALLOC_NESTED_CTX_NO_OFFSET);
}
XEN_PV_IOMMU_WIRE_FN void
pv_iommu_alloc_nested_set_ctx_no_be(unsigned char *buf, uint16_t v)
{
    xen_pv_iommu_wire_st16be(buf + PV_IOMMU_ALLOC_NESTED_CTX_NO_OFFSET, v);
}
XEN_PV_IOMMU_WIRE_FN uint16_t
pv_iommu_alloc_nested_get_pad0(const unsigned char *buf)
{
    return xen_pv_iommu_wire_ld16cpu(buf + PV_IOMMU_ALLOC_NESTED_PAD0_OFFSET);
}
XEN_PV_IOMMU_WIRE_FN void
pv_iommu_alloc_nested_set_pad0(unsigned char *buf, uint16_t v)
{
    xen_pv_iommu_wire_st16cpu(buf + PV_IOMMU_ALLOC_NESTED_PAD0_OFFSET, v);
}
XEN_PV_IOMMU_WIRE_FN uint16_t
pv_iommu_alloc_nested_get_pad0_le(const unsigned char *buf)
{
    return xen_pv_iommu_wire_ld16le(buf + PV_IOMMU_ALLOC_NESTED_PAD0_OFFSET);
}
XEN_PV_IOMMU_WIRE_FN void
pv_iommu_alloc_nested_set_pad0_le(unsigned char *buf, uint16_t v)
{
    xen_pv_iommu_wire_st16le(buf + PV_IOMMU_ALLOC_NESTED_PAD0_OFFSET, v);
}
XEN_PV_IOMMU_WIRE_FN uint16_t
pv_iommu_alloc_nested_get_pad0_be(const unsigned char *buf)
{
    return xen_pv_iommu_wire_ld16be(buf + PV_IOMMU_ALLOC_NESTED_PAD0_OFFSET);
}
XEN_PV_IOMMU_WIRE_FN void
pv_iommu_alloc_nested_set_pad0_be(unsigned char *buf, uint16_t v)
{
    xen_pv_iommu_wire_st16be(buf + PV_IOMMU_ALLOC_NESTED_PAD0_OFFSET, v);
}
XEN_PV_IOMMU_WIRE_FN uint32_t
pv_iommu_alloc_nested_get_pad1(const unsigned char *buf)
{
    return xen_pv_iommu_wire_ld32cpu(buf + PV_IOMMU_ALLOC_NESTED_PAD1_OFFSET);
}
XEN_PV_IOMMU_WIRE_FN void
pv_iommu_alloc_nested_set_pad1(unsigned char *buf, uint32_t v)
{
    xen_pv_iommu_wire_st32cpu(buf + PV_IOMMU_ALLOC_NESTED_PAD1_OFFSET, v);
}
XEN_PV_IOMMU_WIRE_FN uint32_t
pv_iommu_alloc_nested_get_pad1_le(const unsigned char *buf)
{
    return xen_pv_iommu_wire_ld32le(buf + PV_IOMMU_ALLOC_NESTED_PAD1_OFFSET);
}
XEN_PV_IOMMU_WIRE_FN void
pv_iommu_alloc_nested_set_pad1_le(unsigned char *buf, uint32_t v)
{
    xen_pv_iommu_wire_st32le(buf + PV_IOMMU_ALLOC_NESTED_PAD1_OFFSET, v);
}
XEN_PV_IOMMU_WIRE_FN uint32_t
pv_iommu_alloc_nested_get_pad1_be(const unsigned char *buf)
{
    return xen_pv_iommu_wire_ld32be(buf + PV_IOMMU_ALLOC_NESTED_PAD1_OFFSET);
}
XEN_PV_IOMMU_WIRE_FN void
pv_iommu_alloc_nested_set_pad1_be(unsigned char *buf, uint32_t v)
{
    xen_pv_iommu_wire_st32be(buf + PV_IOMMU_ALLOC_NESTED_PAD1_OFFSET, v);
}
XEN_PV_IOMMU_WIRE_FN int
pv_iommu_alloc_nested_check(const unsigned char *buf,
                            size_t len,
                            struct xen_pv_iommu_wire_problem *problem)
{
    int rc = XEN_PV_IOMMU_WIRE_OK;
    size_t i;

    if (len < 8)
        return xen_pv_iommu_wire_report(problem, XEN_PV_IOMMU_WIRE_SHORT, 1,
                                        "pgtable_gfn", 0, 8, len, 0);
    if (len < 16)
        return xen_pv_iommu_wire_report(problem, XEN_PV_IOMMU_WIRE_SHORT, 1,
                                        "nested_flags", 8, 8, len, 0);
    if (len < 18)
        return xen_pv_iommu_wire_report(problem, XEN_PV_IOMMU_WIRE_SHORT, 1,
                                        "ctx_no", 16, 2, len, 0);
    if (len < 20)
        return xen_pv_iommu_wire_report(problem, XEN_PV_IOMMU_WIRE_SHORT, 1,
                                        "pad0", 18, 2, len, 0);
    if (len < 24)
        return xen_pv_iommu_wire_report(problem, XEN_PV_IOMMU_WIRE_SHORT, 1,
                                        "pad1", 20, 4, len, 0);
    i = xen_pv_iommu_wire_first_set(buf, 18, 20);
    /* pad0: reserved, must be zero */
    if (i < 20) {
        return xen_pv_iommu_wire_report(problem, XEN_PV_IOMMU_WIRE_RESERVED, 1,
                                        "pad0", 18, 2, i, buf[i]);
    }
    i = xen_pv_iommu_wire_first_set(buf, 20, 24);
    /* pad1: reserved, must be zero */
    if (i < 24) {
        return xen_pv_iommu_wire_report(problem, XEN_PV_IOMMU_WIRE_RESERVED, 1,
                                        "pad1", 20, 4, i, buf[i]);
    }
    return rc;
}

/* struct pv_iommu_flush_nested: 4 bytes */
#define PV_IOMMU_FLUSH_NESTED_SIZE          4
#define PV_IOMMU_FLUSH_NESTED_MIN_SIZE      4
#define PV_IOMMU_FLUSH_NESTED_CTX_NO_OFFSET 0
#define PV_IOMMU_FLUSH_NESTED_CTX_NO_SIZE   2
#define PV_IOMMU_FLUSH_NESTED_PAD0_OFFSET   2
#define PV_IOMMU_FLUSH_NESTED_PAD0_SIZE     2
XEN_PV_IOMMU_WIRE_FN uint16_t
pv_iommu_flush_nested_get_ctx_no(const unsigned char *buf)
{
    return xen_pv_iommu_wire_ld16cpu(buf + PV_IOMMU_FLUSH_NESTED_CTX_NO_OFFSET);
}
XEN_PV_IOMMU_WIRE_FN void
pv_iommu_flush_nested_set_ctx_no(unsigned char *buf, uint16_t v)
{
    xen_pv_iommu_wire_st16cpu(buf + PV_IOMMU_FLUSH_NESTED_CTX_NO_OFFSET, v);
}
XEN_PV_IOMMU_WIRE_FN uint16_t
pv_iommu_flush_nested_get_ctx_no_le(const unsigned char *buf)
{
    return xen_pv_iommu_wire_ld16le(buf + PV_IOMMU_FLUSH_NESTED_CTX_NO_OFFSET);
}
XEN_PV_IOMMU_WIRE_FN void
pv_iommu_flush_nested_set_ctx_no_le(unsigned char *buf, uint16_t v)
{
    xen_pv_iommu_wire_st16le(buf + PV_IOMMU_FLUSH_NESTED_CTX_NO_OFFSET, v);
}
XEN_PV_IOMMU_WIRE_FN uint16_t
pv_iommu_flush_nested_get_ctx_no_be(const unsigned char *buf)
{
    return xen_pv_iommu_wire_ld16be(buf + PV_IOMMU_FLUSH_NESTED_CTX_NO_OFFSET);
}
XEN_PV_IOMMU_WIRE_FN void
pv_iommu_flush_nested_set_ctx_no_be(unsigned char *buf, uint16_t v)
{
    xen_pv_iommu_wire_st16be(buf + PV_IOMMU_FLUSH_NESTED_CTX_NO_OFFSET, v);
}
XEN_PV_IOMMU_WIRE_FN uint16_t
pv_iommu_flush_nested_get_pad0(const unsigned char *buf)
{
    return xen_pv_iommu_wire_ld16cpu(buf + PV_IOMMU_FLUSH_NESTED_PAD0_OFFSET);
}
XEN_PV_IOMMU_WIRE_FN void
pv_iommu_flush_nested_set_pad0(unsigned char *buf, uint16_t v)
{
    xen_pv_iommu_wire_st16cpu(buf + PV_IOMMU_FLUSH_NESTED_PAD0_OFFSET, v);
}
XEN_PV_IOMMU_WIRE_FN uint16_t
pv_iommu_flush_nested_get_pad0_le(const unsigned char *buf)
{
    return xen_pv_iommu_wire_ld16le(buf + PV_IOMMU_FLUSH_NESTED_PAD0_OFFSET);
}
XEN_PV_IOMMU_WIRE_FN void
pv_iommu_flush_nested_set_pad0_le(unsigned char *buf, uint16_t v)
{
    xen_pv_iommu_wire_st16le(buf + PV_IOMMU_FLUSH_NESTED_PAD0_OFFSET, v);
}
XEN_PV_IOMMU_WIRE_FN uint16_t
pv_iommu_flush_nested_get_pad0_be(const unsigned char *buf)
{
    return xen_pv_iommu_wire_ld16be(buf + PV_IOMMU_FLUSH_NESTED_PAD0_OFFSET);
}
XEN_PV_IOMMU_WIRE_FN void
pv_iommu_flush_nested_set_pad0_be(unsigned char *buf, uint16_t v)
{
    xen_pv_iommu_wire_st16be(buf + PV_IOMMU_FLUSH_NESTED_PAD0_OFFSET, v);
}
XEN_PV_IOMMU_WIRE_FN int
pv_iommu_flush_nested_check(const unsigned char *buf,
                            size_t len,
                            struct xen_pv_iommu_wire_problem *problem)
{
    int rc = XEN_PV_IOMMU_WIRE_OK;
    size_t i;

    if (len < 2)
        return xen_pv_iommu_wire_report(problem, XEN_PV_IOMMU_WIRE_SHORT, 1,
                                        "ctx_no", 0, 2, len, 0);
    if (len < 4)
        return xen_pv_iommu_wire_report(problem, XEN_PV_IOMMU_WIRE_SHORT, 1,
                                        "pad0", 2, 2, len, 0);
    i = xen_pv_iommu_wire_first_set(buf, 2, 4);
    /* pad0: reserved, must be zero */
    if (i < 4) {
        return xen_pv_iommu_wire_report(problem, XEN_PV_IOMMU_WIRE_RESERVED, 1,
                                        "pad0", 2, 2, i, buf[i]);
    }
    return rc;
}

/* struct pv_iommu_attach_pasid: 12 bytes */
#define PV_IOMMU_ATTACH_PASID_SIZE             12
#define PV_IOMMU_ATTACH_PASID_MIN_SIZE         12
#define PV_IOMMU_ATTACH_PASID_CTX_NO_OFFSET    0
#define PV_IOMMU_ATTACH_PASID_CTX_NO_SIZE      2
#define PV_IOMMU_ATTACH_PASID_DEV_OFFSET       2
#define PV_IOMMU_ATTACH_PASID_DEV_SIZE         4
#define PV_IOMMU_ATTACH_PASID_DEV_SEG_OFFSET   2
#define PV_IOMMU_ATTACH_PASID_DEV_SEG_SIZE     2
#define PV_IOMMU_ATTACH_PASID_DEV_BUS_OFFSET   4
#define PV_IOMMU_ATTACH_PASID_DEV_BUS_SIZE     1
#define PV_IOMMU_ATTACH_PASID_DEV_DEVFN_OFFSET 5
#define PV_IOMMU_ATTACH_PASID_DEV_DEVFN_SIZE   1
#define PV_IOMMU_ATTACH_PASID_PAD0_OFFSET      6
#define PV_IOMMU_ATTACH_PASID_PAD0_SIZE        2
#define PV_IOMMU_ATTACH_PASID_PASID_OFFSET     8
#define PV_IOMMU_ATTACH_PASID_PASID_SIZE       4
XEN_PV_IOMMU_WIRE_FN uint16_t
pv_iommu_attach_pasid_get_ctx_no(const unsigned char *buf)
{
    return xen_pv_iommu_wire_ld16cpu(buf + PV_IOMMU_ATTACH_PASID_CTX_NO_OFFSET);
}
XEN_PV_IOMMU_WIRE_FN void
pv_iommu_attach_pasid_set_ctx_no(unsigned char *buf, uint16_t v)
{
    xen_pv_iommu_wire_st16cpu(buf + PV_IOMMU_ATTACH_PASID_CTX_NO_OFFSET, v);
}
XEN_PV_IOMMU_WIRE_FN uint16_t
pv_iommu_attach_pasid_get_ctx_no_le(const unsigned char *buf)
{
    return xen_pv_iommu_wire_ld16le(buf + PV_IOMMU_ATTACH_PASID_CTX_NO_OFFSET);
}
XEN_PV_IOMMU_WIRE_FN void
pv_iommu_attach_pasid_set_ctx_no_le(unsigned char *buf, uint16_t v)
{
    xen_pv_iommu_wire_st16le(buf + PV_IOMMU_ATTACH_PASID_CTX_NO_OFFSET, v);
}
XEN_PV_IOMMU_WIRE_FN uint16_t
pv_iommu_attach_pasid_get_ctx_no_be(const unsigned char *buf)
{
    return xen_pv_iommu_wire_ld16be(buf + PV_IOMMU_ATTACH_PASID_CTX_NO_OFFSET);
}
XEN_PV_IOMMU_WIRE_FN void
pv_iommu_attach_pasid_set_ctx_no_be(unsigned char *buf, uint16_t v)
{
    xen_pv_iommu_wire_st16be(buf + PV_IOMMU_ATTACH_PASID_CTX_NO_OFFSET, v);
}
XEN_PV_IOMMU_WIRE_FN uint16_t
pv_iommu_attach_pasid_get_dev_seg(const unsigned char *buf)
{
    return xen_pv_iommu_wire_ld16cpu(
        buf + PV_IOMMU_ATTACH_PASID_DEV_SEG_OFFSET);
}
XEN_PV_IOMMU_WIRE_FN void
pv_iommu_attach_pasid_set_dev_seg(unsigned char *buf, uint16_t v)
{
    xen_pv_iommu_wire_st16cpu(buf + PV_IOMMU_ATTACH_PASID_DEV_SEG_OFFSET, v);
}
XEN_PV_IOMMU_WIRE_FN uint16_t
pv_iommu_attach_pasid_get_dev_seg_le(const unsigned char *buf)
{
    return xen_pv_iommu_wire_ld16le(buf + PV_IOMMU_ATTACH_PASID_DEV_SEG_OFFSET);
}
XEN_PV_IOMMU_WIRE_FN void
pv_iommu_attach_pasid_set_dev_seg_le(unsigned char *buf, uint16_t v)
{
    xen_pv_iommu_wire_st16le(buf + PV_IOMMU_ATTACH_PASID_DEV_SEG_OFFSET, v);
}
XEN_PV_IOMMU_WIRE_FN uint16_t
pv_iommu_attach_pasid_get_dev_seg_be(const unsigned char *buf)
{
    return xen_pv_iommu_wire_ld16be(buf + PV_IOMMU_ATTACH_PASID_DEV_SEG_OFFSET);
}
XEN_PV_IOMMU_WIRE_FN void
pv_iommu_attach_pasid_set_dev_seg_be(unsigned char *buf, uint16_t v)
{
    xen_pv_iommu_wire_st16be(buf + PV_IOMMU_ATTACH_PASID_DEV_SEG_OFFSET, v);
}
XEN_PV_IOMMU_WIRE_FN uint8_t
pv_iommu_attach_pasid_get_dev_bus(const unsigned char *buf)
{
    return buf[PV_IOMMU_ATTACH_PASID_DEV_BUS_OFFSET];
}
XEN_PV_IOMMU_WIRE_FN void
pv_iommu_attach_pasid_set_dev_bus(unsigned char *buf, uint8_t v)
{
    buf[PV_IOMMU_ATTACH_PASID_DEV_BUS_OFFSET] = v;
}
XEN_PV_IOMMU_WIRE_FN uint8_t
pv_iommu_attach_pasid_get_dev_devfn(const unsigned char *buf)
{
    return buf[PV_IOMMU_ATTACH_PASID_DEV_DEVFN_OFFSET];
}
XEN_PV_IOMMU_WIRE_FN void
pv_iommu_attach_pasid_set_dev_devfn(unsigned char *buf, uint8_t v)
{
    buf[PV_IOMMU_ATTACH_PASID_DEV_DEVFN_OFFSET] = v;
}
XEN_PV_IOMMU_WIRE_FN uint16_t
pv_iommu_attach_pasid_get_pad0(const unsigned char *buf)
{
    return xen_pv_iommu_wire_ld16cpu(buf + PV_IOMMU_ATTACH_PASID_PAD0_OFFSET);
}
XEN_PV_IOMMU_WIRE_FN void
pv_iommu_attach_pasid_set_pad0(unsigned char *buf, uint16_t v)
{
    xen_pv_iommu_wire_st16cpu(buf + PV_IOMMU_ATTACH_PASID_PAD0_OFFSET, v);
}
XEN_PV_IOMMU_WIRE_FN uint16_t
pv_iommu_attach_pasid_get_pad0_le(const unsigned char *buf)
{
    return xen_pv_iommu_wire_ld16le(buf + PV_IOMMU_ATTACH_PASID_PAD0_OFFSET);
}
XEN_PV_IOMMU_WIRE_FN void
pv_iommu_attach_pasid_set_pad0_le(unsigned char *buf, uint16_t v)
{
    xen_pv_iommu_wire_st16le(buf + PV_IOMMU_ATTACH_PASID_PAD0_OFFSET, v);
}
XEN_PV_IOMMU_WIRE_FN uint16_t
pv_iommu_attach_pasid_get_pad0_be(const unsigned char *buf)
{
    return xen_pv_iommu_wire_ld16be(buf + PV_IOMMU_ATTACH_PASID_PAD0_OFFSET);
}
XEN_PV_IOMMU_WIRE_FN void
pv_iommu_attach_pasid_set_pad0_be(unsigned char *buf, uint16_t v)
{
    xen_pv_iommu_wire_st16be(buf + PV_IOMMU_ATTACH_PASID_PAD0_OFFSET, v);
}
XEN_PV_IOMMU_WIRE_FN uint32_t
pv_iommu_attach_pasid_get_pasid(const unsigned char *buf)
{
    return xen_pv_iommu_wire_ld32cpu(buf + PV_IOMMU_ATTACH_PASID_PASID_OFFSET);
}
XEN_PV_IOMMU_WIRE_FN void
pv_iommu_attach_pasid_set_pasid(unsigned char *buf, uint32_t v)
{
    xen_pv_iommu_wire_st32cpu(buf + PV_IOMMU_ATTACH_PASID_PASID_OFFSET, v);
}
XEN_PV_IOMMU_WIRE_FN uint32_t
pv_iommu_attach_pasid_get_pasid_le(const unsigned char *buf)
{
    return xen_pv_iommu_wire_ld32le(buf + PV_IOMMU_ATTACH_PASID_PASID_OFFSET);
}
XEN_PV_IOMMU_WIRE_FN void
pv_iommu_attach_pasid_set_pasid_le(unsigned char *buf, uint32_t v)
{
    xen_pv_iommu_wire_st32le(buf + PV_IOMMU_ATTACH_PASID_PASID_OFFSET, v);
}
XEN_PV_IOMMU_WIRE_FN uint32_t
pv_iommu_attach_pasid_get_pasid_be(const unsigned char *buf)
{
    return xen_pv_iommu_wire_ld32be(buf + PV_IOMMU_ATTACH_PASID_PASID_OFFSET);
}
XEN_PV_IOMMU_WIRE_FN void
pv_iommu_attach_pasid_set_pasid_be(unsigned char *buf, uint32_t v)
{
    xen_pv_iommu_wire_st32be(buf + PV_IOMMU_ATTACH_PASID_PASID_OFFSET, v);
}
XEN_PV_IOMMU_WIRE_FN int
pv_iommu_attach_pasid_check(const unsigned char *buf,
                            size_t len,
                            struct xen_pv_iommu_wire_problem *problem)
{
    int rc = XEN_PV_IOMMU_WIRE_OK;
    size_t i;

    if (len < 2)
        return xen_pv_iommu_wire_report(problem, XEN_PV_IOMMU_WIRE_SHORT, 1,
                                        "ctx_no", 0, 2, len, 0);
    if (len < 4)
        return xen_pv_iommu_wire_report(problem, XEN_PV_IOMMU_WIRE_SHORT, 1,
                                        "dev.seg", 2, 2, len, 0);
    if (len < 5)
        return xen_pv_iommu_wire_report(problem, XEN_PV_IOMMU_WIRE_SHORT, 1,
                                        "dev.bus", 4, 1, len, 0);
    if (len < 6)
        return xen_pv_iommu_wire_report(problem, XEN_PV_IOMMU_WIRE_SHORT, 1,
                                        "dev.devfn", 5, 1, len, 0);
    if (len < 8)
        return xen_pv_iommu_wire_report(problem, XEN_PV_IOMMU_WIRE_SHORT, 1,
                                        "pad0", 6, 2, len, 0);
    if (len < 12)
        return xen_pv_iommu_wire_report(problem, XEN_PV_IOMMU_WIRE_SHORT, 1,
                                        "pasid", 8, 4, len, 0);
    i = xen_pv_iommu_wire_first_set(buf, 6, 8);
    /* pad0: reserved, must be zero */
    if (i < 8) {
        return xen_pv_iommu_wire_report(problem, XEN_PV_IOMMU_WIRE_RESERVED, 1,
                                        "pad0", 6, 2, i, buf[i]);
    }
    return rc;
}

/* struct pv_iommu_detach_pasid: 8 bytes */
#define PV_IOMMU_DETACH_PASID_SIZE             8
#define PV_IOMMU_DETACH_PASID_MIN_SIZE         8
#define PV_IOMMU_DETACH_PASID_DEV_OFFSET       0
#define PV_IOMMU_DETACH_PASID_DEV_SIZE         4
#define PV_IOMMU_DETACH_PASID_DEV_SEG_OFFSET   0
#define PV_IOMMU_DETACH_PASID_DEV_SEG_SIZE     2
#define PV_IOMMU_DETACH_PASID_DEV_BUS_OFFSET   2
#define PV_IOMMU_DETACH_PASID_DEV_BUS_SIZE     1
#define PV_IOMMU_DETACH_PASID_DEV_DEVFN_OFFSET 3
#define PV_IOMMU_DETACH_PASID_DEV_DEVFN_SIZE   1
#define PV_IOMMU_DETACH_PASID_PASID_OFFSET     4
#define PV_IOMMU_DETACH_PASID_PASID_SIZE       4
XEN_PV_IOMMU_WIRE_FN uint16_t
pv_iommu_detach_pasid_get_dev_seg(const unsigned char *buf)
{
    return xen_pv_iommu_wire_ld16cpu(
        buf + PV_IOMMU_DETACH_PASID_DEV_SEG_OFFSET);
}
XEN_PV_IOMMU_WIRE_FN void
pv_iommu_detach_pasid_set_dev_seg(unsigned char *buf, uint16_t v)
{
    xen_pv_iommu_wire_st16cpu(buf + PV_IOMMU_DETACH_PASID_DEV_SEG_OFFSET, v);
}
XEN_PV_IOMMU_WIRE_FN uint16_t
pv_iommu_detach_pasid_get_dev_seg_le(const unsigned char *buf)
{
    return xen_pv_iommu_wire_ld16le(buf + PV_IOMMU_DETACH_PASID_DEV_SEG_OFFSET);
}
XEN_PV_IOMMU_WIRE_FN void
pv_iommu_detach_pasid_set_dev_seg_le(unsigned char *buf, uint16_t v)
{
    xen_pv_iommu_wire_st16le(buf + PV_IOMMU_DETACH_PASID_DEV_SEG_OFFSET, v);
}
XEN_PV_IOMMU_WIRE_FN uint16_t
pv_iommu_detach_pasid_get_dev_seg_be(const unsigned char *buf)
{
    return xen_pv_iommu_wire_ld16be(buf + PV_IOMMU_DETACH_PASID_DEV_SEG_OFFSET);
}
XEN_PV_IOMMU_WIRE_FN void
pv_iommu_detach_pasid_set_dev_seg_be(unsigned char *buf, uint16_t v)
{
    xen_pv_iommu_wire_st16be(buf + PV_IOMMU_DETACH_PASID_DEV_SEG_OFFSET, v);
}
XEN_PV_IOMMU_WIRE_FN uint8_t
pv_iommu_detach_pasid_get_dev_bus(const unsigned char *buf)
{
    return buf[PV_IOMMU_DETACH_PASID_DEV_BUS_OFFSET];
}
XEN_PV_IOMMU_WIRE_FN void
pv_iommu_detach_pasid_set_dev_bus(unsigned char *buf, uint8_t v)
{
    buf[PV_IOMMU_DETACH_PASID_DEV_BUS_OFFSET] = v;
}
XEN_PV_IOMMU_WIRE_FN uint8_t
pv_iommu_detach_pasid_get_dev_devfn(const unsigned char *buf)
{
    return buf[PV_IOMMU_DETACH_PASID_DEV_DEVFN_OFFSET];
}
XEN_PV_IOMMU_WIRE_FN void
pv_iommu_detach_pasid_set_dev_devfn(unsigned char *buf, uint8_t v)
{
    buf[PV_IOMMU_DETACH_PASID_DEV_DEVFN_OFFSET] = v;
}
XEN_PV_IOMMU_WIRE_FN uint32_t
pv_iommu_detach_pasid_get_pasid(const unsigned char *buf)
{
    return xen_pv_iommu_wire_ld32cpu(buf + PV_IOMMU_DETACH_PASID_PASID_OFFSET);
}
XEN_PV_IOMMU_WIRE_FN void
pv_iommu_detach_pasid_set_pasid(unsigned char *buf, uint32_t v)
{
    xen_pv_iommu_wire_st32cpu(buf + PV_IOMMU_DETACH_PASID_PASID_OFFSET, v);
}
XEN_PV_IOMMU_WIRE_FN uint32_t
pv_iommu_detach_pasid_get_pasid_le(const unsigned char *buf)
{
    return xen_pv_iommu_wire_ld32le(buf + PV_IOMMU_DETACH_PASID_PASID_OFFSET);
}
XEN_PV_IOMMU_WIRE_FN void
pv_iommu_detach_pasid_set_pasid_le(unsigned char *buf, uint32_t v)
{
    xen_pv_iommu_wire_st32le(buf + PV_IOMMU_DETACH_PASID_PASID_OFFSET, v);
}
XEN_PV_IOMMU_WIRE_FN uint32_t
pv_iommu_detach_pasid_get_pasid_be(const unsigned char *buf)
{
    return xen_pv_iommu_wire_ld32be(buf + PV_IOMMU_DETACH_PASID_PASID_OFFSET);
}
XEN_PV_IOMMU_WIRE_FN void
pv_iommu_detach_pasid_set_pasid_be(unsigned char *buf, uint32_t v)
{
    xen_pv_iommu_wire_st32be(buf + PV_IOMMU_DETACH_PASID_PASID_OFFSET, v);
}
XEN_PV_IOMMU_WIRE_FN int
pv_iommu_detach_pasid_check(const unsigned char *buf,
                            size_t len,
                            struct xen_pv_iommu_wire_problem *problem)
{
    int rc = XEN_PV_IOMMU_WIRE_OK;

    (void)buf;      /* only its length matters */
    if (len < 2)
        return xen_pv_iommu_wire_report(problem, XEN_PV_IOMMU_WIRE_SHORT, 1,
                                        "dev.seg", 0, 2, len, 0);
    if (len < 3)
        return xen_pv_iommu_wire_report(problem, XEN_PV_IOMMU_WIRE_SHORT, 1,
                                        "dev.bus", 2, 1, len, 0);
    if (len < 4)
        return xen_pv_iommu_wire_report(problem, XEN_PV_IOMMU_WIRE_SHORT, 1,
                                        "dev.devfn", 3, 1, len, 0);
    if (len < 8)
        return xen_pv_iommu_wire_report(problem, XEN_PV_IOMMU_WIRE_SHORT, 1,
                                        "pasid", 4, 4, len, 0);
    return rc;
}

#endif /* IOMMU_ABI_XEN_PV_IOMMU_WIRE_H */
