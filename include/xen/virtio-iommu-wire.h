/* SPDX-License-Identifier: MIT */
/*
 * xen/virtio-iommu-wire.h - virtio-iommu device interface: wire helpers (xen
 * flavor)
 *
 * Generated from spec/virtio-iommu.yaml by gen/iommu-abi-gen: do not edit.
 * Change the spec and regenerate (cmake --build build --target regen).
 *
 * Loads, stores and checks of every structure of xen/public/virtio-iommu.h on
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
 * S_check returns XEN_VIRTIO_IOMMU_WIRE_OK (0) when there is nothing to
 * report, XEN_VIRTIO_IOMMU_WIRE_NOTE (1) when the structure is acceptable but
 * a reserved field, flag bit or value that the receiver ignores is set, and a
 * rejection code (XEN_VIRTIO_IOMMU_WIRE_SHORT and above:
 * XEN_VIRTIO_IOMMU_WIRE_SHORT, XEN_VIRTIO_IOMMU_WIRE_RESERVED,
 * XEN_VIRTIO_IOMMU_WIRE_FLAGS, XEN_VIRTIO_IOMMU_WIRE_VALUE) otherwise. When
 * problem is not NULL it is filled in for anything but
 * XEN_VIRTIO_IOMMU_WIRE_OK: the first rejection, or else the first note,
 * naming the field by its path. Reserved fields the spec marks 'ignored' and
 * values it marks 'unknown: ignored' give notes; the rest reject. Bytes the
 * receiver writes itself (a virtio request's tail) are not checked and not
 * counted in S_MIN_SIZE.
 *
 * Like Xen's public headers, this header expects uint8_t ... uint64_t from
 * its environment (the hypervisor's types, or <stdint.h>); it lives outside
 * public/ because public headers declare no functions.
 */

#ifndef IOMMU_ABI_XEN_VIRTIO_IOMMU_WIRE_H
#define IOMMU_ABI_XEN_VIRTIO_IOMMU_WIRE_H

#include "public/virtio-iommu.h"

/* Static functions: inline where the language has it, and marked as
 * possibly unused where the compiler can be told: an unused one costs
 * nothing and draws no warning, even in the file that defines it. */
#if defined(__GNUC__) || defined(__clang__)
#define XEN_VIRTIO_IOMMU_WIRE_FN static __inline__ __attribute__((__unused__))
#elif defined(_MSC_VER)
#define XEN_VIRTIO_IOMMU_WIRE_FN static __inline
#elif defined(__cplusplus) || \
    (defined(__STDC_VERSION__) && __STDC_VERSION__ >= 199901L)
#define XEN_VIRTIO_IOMMU_WIRE_FN static inline
#else
#define XEN_VIRTIO_IOMMU_WIRE_FN static
#endif

/* What S_check returns, and the kind of a problem. */
#define XEN_VIRTIO_IOMMU_WIRE_OK       0  /* nothing to report */
/*
 * accepted; something the receiver ignores is set
 */
#define XEN_VIRTIO_IOMMU_WIRE_NOTE     1
/*
 * rejected: shorter than S_MIN_SIZE
 */
#define XEN_VIRTIO_IOMMU_WIRE_SHORT    2
/*
 * rejected: must-be-zero bytes are not zero
 */
#define XEN_VIRTIO_IOMMU_WIRE_RESERVED 3
/*
 * rejected: an undefined flag bit is set
 */
#define XEN_VIRTIO_IOMMU_WIRE_FLAGS    4
/*
 * rejected: a value outside its group or enum
 */
#define XEN_VIRTIO_IOMMU_WIRE_VALUE    5
/* Whether a value S_check returned means the receiver refuses the structure. */
#define XEN_VIRTIO_IOMMU_WIRE_REJECTS(rc) ((rc) >= XEN_VIRTIO_IOMMU_WIRE_SHORT)

/* What S_check found (filled in unless it returns XEN_VIRTIO_IOMMU_WIRE_OK). */
struct xen_virtio_iommu_wire_problem {
    int kind;              /* SHORT, RESERVED, FLAGS or VALUE */
    int rejected;          /* 1: the receiver refuses it; 0: a note */
    const char *field;     /* its path: "flags", "head.reserved" */
    unsigned long offset;  /* where the field starts */
    unsigned long size;    /* its size in bytes */
    unsigned long byte;    /* RESERVED: first non-zero byte; SHORT: len */
    uint64_t value;        /* RESERVED: that byte (value_mask: the bits);
                              FLAGS: the unknown bits; VALUE: the value */
};

/* Byte-wise loads and stores: little-endian (le), big-endian (be) and
 * this CPU's order (cpu, through the value's object representation). */
XEN_VIRTIO_IOMMU_WIRE_FN uint16_t
xen_virtio_iommu_wire_ld16le(const unsigned char *b)
{
    return (uint16_t)((uint16_t)b[0] | ((uint16_t)b[1] << 8));
}
XEN_VIRTIO_IOMMU_WIRE_FN void
xen_virtio_iommu_wire_st16le(unsigned char *b, uint16_t v)
{
    b[0] = (unsigned char)v;
    b[1] = (unsigned char)(v >> 8);
}
XEN_VIRTIO_IOMMU_WIRE_FN uint16_t
xen_virtio_iommu_wire_ld16be(const unsigned char *b)
{
    return (uint16_t)(((uint16_t)b[0] << 8) | (uint16_t)b[1]);
}
XEN_VIRTIO_IOMMU_WIRE_FN void
xen_virtio_iommu_wire_st16be(unsigned char *b, uint16_t v)
{
    b[0] = (unsigned char)(v >> 8);
    b[1] = (unsigned char)v;
}
XEN_VIRTIO_IOMMU_WIRE_FN uint16_t
xen_virtio_iommu_wire_ld16cpu(const unsigned char *b)
{
    uint16_t v;
    unsigned char *o = (unsigned char *)&v;

    o[0] = b[0];
    o[1] = b[1];
    return v;
}
XEN_VIRTIO_IOMMU_WIRE_FN void
xen_virtio_iommu_wire_st16cpu(unsigned char *b, uint16_t v)
{
    const unsigned char *o = (const unsigned char *)&v;

    b[0] = o[0];
    b[1] = o[1];
}
XEN_VIRTIO_IOMMU_WIRE_FN uint32_t
xen_virtio_iommu_wire_ld32le(const unsigned char *b)
{
    return (uint32_t)b[0] | ((uint32_t)b[1] << 8) | ((uint32_t)b[2] << 16)
        | ((uint32_t)b[3] << 24);
}
XEN_VIRTIO_IOMMU_WIRE_FN void
xen_virtio_iommu_wire_st32le(unsigned char *b, uint32_t v)
{
    b[0] = (unsigned char)v;
    b[1] = (unsigned char)(v >> 8);
    b[2] = (unsigned char)(v >> 16);
    b[3] = (unsigned char)(v >> 24);
}
XEN_VIRTIO_IOMMU_WIRE_FN uint32_t
xen_virtio_iommu_wire_ld32be(const unsigned char *b)
{
    return ((uint32_t)b[0] << 24) | ((uint32_t)b[1] << 16)
        | ((uint32_t)b[2] << 8) | (uint32_t)b[3];
}
XEN_VIRTIO_IOMMU_WIRE_FN void
xen_virtio_iommu_wire_st32be(unsigned char *b, uint32_t v)
{
    b[0] = (unsigned char)(v >> 24);
    b[1] = (unsigned char)(v >> 16);
    b[2] = (unsigned char)(v >> 8);
    b[3] = (unsigned char)v;
}
XEN_VIRTIO_IOMMU_WIRE_FN uint32_t
xen_virtio_iommu_wire_ld32cpu(const unsigned char *b)
{
    uint32_t v;
    unsigned char *o = (unsigned char *)&v;

    o[0] = b[0];
    o[1] = b[1];
    o[2] = b[2];
    o[3] = b[3];
    return v;
}
XEN_VIRTIO_IOMMU_WIRE_FN void
xen_virtio_iommu_wire_st32cpu(unsigned char *b, uint32_t v)
{
    const unsigned char *o = (const unsigned char *)&v;

    b[0] = o[0];
    b[1] = o[1];
    b[2] = o[2];
    b[3] = o[3];
}
XEN_VIRTIO_IOMMU_WIRE_FN uint64_t
xen_virtio_iommu_wire_ld64le(const unsigned char *b)
{
    return (uint64_t)b[0] | ((uint64_t)b[1] << 8) | ((uint64_t)b[2] << 16)
        | ((uint64_t)b[3] << 24) | ((uint64_t)b[4] << 32)
        | ((uint64_t)b[5] << 40) | ((uint64_t)b[6] << 48)
        | ((uint64_t)b[7] << 56);
}
XEN_VIRTIO_IOMMU_WIRE_FN void
xen_virtio_iommu_wire_st64le(unsigned char *b, uint64_t v)
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
XEN_VIRTIO_IOMMU_WIRE_FN uint64_t
xen_virtio_iommu_wire_ld64be(const unsigned char *b)
{
    return ((uint64_t)b[0] << 56) | ((uint64_t)b[1] << 48)
        | ((uint64_t)b[2] << 40) | ((uint64_t)b[3] << 32)
        | ((uint64_t)b[4] << 24) | ((uint64_t)b[5] << 16)
        | ((uint64_t)b[6] << 8) | (uint64_t)b[7];
}
XEN_VIRTIO_IOMMU_WIRE_FN void
xen_virtio_iommu_wire_st64be(unsigned char *b, uint64_t v)
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
XEN_VIRTIO_IOMMU_WIRE_FN uint64_t
xen_virtio_iommu_wire_ld64cpu(const unsigned char *b)
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
XEN_VIRTIO_IOMMU_WIRE_FN void
xen_virtio_iommu_wire_st64cpu(unsigned char *b, uint64_t v)
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
XEN_VIRTIO_IOMMU_WIRE_FN unsigned long
xen_virtio_iommu_wire_first_set(const unsigned char *buf, unsigned long from, unsigned long to)
{
    while (from < to && buf[from] == 0)
        from++;
    return from;
}
XEN_VIRTIO_IOMMU_WIRE_FN int
xen_virtio_iommu_wire_report(struct xen_virtio_iommu_wire_problem *p,
                             int kind,
                             int rejected,
                             const char *field,
                             unsigned long offset,
                             unsigned long size,
                             unsigned long byte,
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
    return rejected ? kind : XEN_VIRTIO_IOMMU_WIRE_NOTE;
}

/* struct xen_virtio_iommu_range_64: 16 bytes */
#define XEN_VIRTIO_IOMMU_RANGE_64_SIZE         16
#define XEN_VIRTIO_IOMMU_RANGE_64_MIN_SIZE     16
#define XEN_VIRTIO_IOMMU_RANGE_64_START_OFFSET 0
#define XEN_VIRTIO_IOMMU_RANGE_64_START_SIZE   8
#define XEN_VIRTIO_IOMMU_RANGE_64_END_OFFSET   8
#define XEN_VIRTIO_IOMMU_RANGE_64_END_SIZE     8
XEN_VIRTIO_IOMMU_WIRE_FN uint64_t
xen_virtio_iommu_range_64_get_start(const unsigned char *buf)
{
    return xen_virtio_iommu_wire_ld64le(
        buf + XEN_VIRTIO_IOMMU_RANGE_64_START_OFFSET);
}
XEN_VIRTIO_IOMMU_WIRE_FN void
xen_virtio_iommu_range_64_set_start(unsigned char *buf, uint64_t v)
{
    xen_virtio_iommu_wire_st64le(
        buf + XEN_VIRTIO_IOMMU_RANGE_64_START_OFFSET, v);
}
XEN_VIRTIO_IOMMU_WIRE_FN uint64_t
xen_virtio_iommu_range_64_get_end(const unsigned char *buf)
{
    return xen_virtio_iommu_wire_ld64le(
        buf + XEN_VIRTIO_IOMMU_RANGE_64_END_OFFSET);
}
XEN_VIRTIO_IOMMU_WIRE_FN void
xen_virtio_iommu_range_64_set_end(unsigned char *buf, uint64_t v)
{
    xen_virtio_iommu_wire_st64le(buf + XEN_VIRTIO_IOMMU_RANGE_64_END_OFFSET, v);
}
XEN_VIRTIO_IOMMU_WIRE_FN int
xen_virtio_iommu_range_64_check(const unsigned char *buf,
                                unsigned long len,
                                struct xen_virtio_iommu_wire_problem *problem)
{
    int rc = XEN_VIRTIO_IOMMU_WIRE_OK;

    (void)buf;      /* only its length matters */
    if (len < 8)
        return xen_virtio_iommu_wire_report(problem,
                                            XEN_VIRTIO_IOMMU_WIRE_SHORT, 1,
                                            "start", 0, 8, len, 0);
    if (len < 16)
        return xen_virtio_iommu_wire_report(problem,
                                            XEN_VIRTIO_IOMMU_WIRE_SHORT, 1,
                                            "end", 8, 8, len, 0);
    return rc;
}

/* struct xen_virtio_iommu_range_32: 8 bytes */
#define XEN_VIRTIO_IOMMU_RANGE_32_SIZE         8
#define XEN_VIRTIO_IOMMU_RANGE_32_MIN_SIZE     8
#define XEN_VIRTIO_IOMMU_RANGE_32_START_OFFSET 0
#define XEN_VIRTIO_IOMMU_RANGE_32_START_SIZE   4
#define XEN_VIRTIO_IOMMU_RANGE_32_END_OFFSET   4
#define XEN_VIRTIO_IOMMU_RANGE_32_END_SIZE     4
XEN_VIRTIO_IOMMU_WIRE_FN uint32_t
xen_virtio_iommu_range_32_get_start(const unsigned char *buf)
{
    return xen_virtio_iommu_wire_ld32le(
        buf + XEN_VIRTIO_IOMMU_RANGE_32_START_OFFSET);
}
XEN_VIRTIO_IOMMU_WIRE_FN void
xen_virtio_iommu_range_32_set_start(unsigned char *buf, uint32_t v)
{
    xen_virtio_iommu_wire_st32le(
        buf + XEN_VIRTIO_IOMMU_RANGE_32_START_OFFSET, v);
}
XEN_VIRTIO_IOMMU_WIRE_FN uint32_t
xen_virtio_iommu_range_32_get_end(const unsigned char *buf)
{
    return xen_virtio_iommu_wire_ld32le(
        buf + XEN_VIRTIO_IOMMU_RANGE_32_END_OFFSET);
}
XEN_VIRTIO_IOMMU_WIRE_FN void
xen_virtio_iommu_range_32_set_end(unsigned char *buf, uint32_t v)
{
    xen_virtio_iommu_wire_st32le(buf + XEN_VIRTIO_IOMMU_RANGE_32_END_OFFSET, v);
}
XEN_VIRTIO_IOMMU_WIRE_FN int
xen_virtio_iommu_range_32_check(const unsigned char *buf,
                                unsigned long len,
                                struct xen_virtio_iommu_wire_problem *problem)
{
    int rc = XEN_VIRTIO_IOMMU_WIRE_OK;

    (void)buf;      /* only its length matters */
    if (len < 4)
        return xen_virtio_iommu_wire_report(problem,
                                            XEN_VIRTIO_IOMMU_WIRE_SHORT, 1,
                                            "start", 0, 4, len, 0);
    if (len < 8)
        return xen_virtio_iommu_wire_report(problem,
                                            XEN_VIRTIO_IOMMU_WIRE_SHORT, 1,
                                            "end", 4, 4, len, 0);
    return rc;
}

/* struct xen_virtio_iommu_config: 40 bytes */
#define XEN_VIRTIO_IOMMU_CONFIG_SIZE                      40
#define XEN_VIRTIO_IOMMU_CONFIG_MIN_SIZE                  40
#define XEN_VIRTIO_IOMMU_CONFIG_PAGE_SIZE_MASK_OFFSET     0
#define XEN_VIRTIO_IOMMU_CONFIG_PAGE_SIZE_MASK_SIZE       8
#define XEN_VIRTIO_IOMMU_CONFIG_INPUT_RANGE_OFFSET        8
#define XEN_VIRTIO_IOMMU_CONFIG_INPUT_RANGE_SIZE          16
#define XEN_VIRTIO_IOMMU_CONFIG_INPUT_RANGE_START_OFFSET  8
#define XEN_VIRTIO_IOMMU_CONFIG_INPUT_RANGE_START_SIZE    8
#define XEN_VIRTIO_IOMMU_CONFIG_INPUT_RANGE_END_OFFSET    16
#define XEN_VIRTIO_IOMMU_CONFIG_INPUT_RANGE_END_SIZE      8
#define XEN_VIRTIO_IOMMU_CONFIG_DOMAIN_RANGE_OFFSET       24
#define XEN_VIRTIO_IOMMU_CONFIG_DOMAIN_RANGE_SIZE         8
#define XEN_VIRTIO_IOMMU_CONFIG_DOMAIN_RANGE_START_OFFSET 24
#define XEN_VIRTIO_IOMMU_CONFIG_DOMAIN_RANGE_START_SIZE   4
#define XEN_VIRTIO_IOMMU_CONFIG_DOMAIN_RANGE_END_OFFSET   28
#define XEN_VIRTIO_IOMMU_CONFIG_DOMAIN_RANGE_END_SIZE     4
#define XEN_VIRTIO_IOMMU_CONFIG_PROBE_SIZE_OFFSET         32
#define XEN_VIRTIO_IOMMU_CONFIG_PROBE_SIZE_SIZE           4
#define XEN_VIRTIO_IOMMU_CONFIG_BYPASS_OFFSET             36
#define XEN_VIRTIO_IOMMU_CONFIG_BYPASS_SIZE               1
#define XEN_VIRTIO_IOMMU_CONFIG_RESERVED_OFFSET           37
#define XEN_VIRTIO_IOMMU_CONFIG_RESERVED_SIZE             3
XEN_VIRTIO_IOMMU_WIRE_FN uint64_t
xen_virtio_iommu_config_get_page_size_mask(const unsigned char *buf)
{
    return xen_virtio_iommu_wire_ld64le(
        buf + XEN_VIRTIO_IOMMU_CONFIG_PAGE_SIZE_MASK_OFFSET);
}
XEN_VIRTIO_IOMMU_WIRE_FN void
xen_virtio_iommu_config_set_page_size_mask(unsigned char *buf, uint64_t v)
{
    xen_virtio_iommu_wire_st64le(
        buf + XEN_VIRTIO_IOMMU_CONFIG_PAGE_SIZE_MASK_OFFSET, v);
}
XEN_VIRTIO_IOMMU_WIRE_FN uint64_t
xen_virtio_iommu_config_get_input_range_start(const unsigned char *buf)
{
    return xen_virtio_iommu_wire_ld64le(
        buf + XEN_VIRTIO_IOMMU_CONFIG_INPUT_RANGE_START_OFFSET);
}
XEN_VIRTIO_IOMMU_WIRE_FN void
xen_virtio_iommu_config_set_input_range_start(unsigned char *buf, uint64_t v)
{
    xen_virtio_iommu_wire_st64le(
        buf + XEN_VIRTIO_IOMMU_CONFIG_INPUT_RANGE_START_OFFSET, v);
}
XEN_VIRTIO_IOMMU_WIRE_FN uint64_t
xen_virtio_iommu_config_get_input_range_end(const unsigned char *buf)
{
    return xen_virtio_iommu_wire_ld64le(
        buf + XEN_VIRTIO_IOMMU_CONFIG_INPUT_RANGE_END_OFFSET);
}
XEN_VIRTIO_IOMMU_WIRE_FN void
xen_virtio_iommu_config_set_input_range_end(unsigned char *buf, uint64_t v)
{
    xen_virtio_iommu_wire_st64le(
        buf + XEN_VIRTIO_IOMMU_CONFIG_INPUT_RANGE_END_OFFSET, v);
}
XEN_VIRTIO_IOMMU_WIRE_FN uint32_t
xen_virtio_iommu_config_get_domain_range_start(const unsigned char *buf)
{
    return xen_virtio_iommu_wire_ld32le(
        buf + XEN_VIRTIO_IOMMU_CONFIG_DOMAIN_RANGE_START_OFFSET);
}
XEN_VIRTIO_IOMMU_WIRE_FN void
xen_virtio_iommu_config_set_domain_range_start(unsigned char *buf, uint32_t v)
{
    xen_virtio_iommu_wire_st32le(
        buf + XEN_VIRTIO_IOMMU_CONFIG_DOMAIN_RANGE_START_OFFSET, v);
}
XEN_VIRTIO_IOMMU_WIRE_FN uint32_t
xen_virtio_iommu_config_get_domain_range_end(const unsigned char *buf)
{
    return xen_virtio_iommu_wire_ld32le(
        buf + XEN_VIRTIO_IOMMU_CONFIG_DOMAIN_RANGE_END_OFFSET);
}
XEN_VIRTIO_IOMMU_WIRE_FN void
xen_virtio_iommu_config_set_domain_range_end(unsigned char *buf, uint32_t v)
{
    xen_virtio_iommu_wire_st32le(
        buf + XEN_VIRTIO_IOMMU_CONFIG_DOMAIN_RANGE_END_OFFSET, v);
}
XEN_VIRTIO_IOMMU_WIRE_FN uint32_t
xen_virtio_iommu_config_get_probe_size(const unsigned char *buf)
{
    return xen_virtio_iommu_wire_ld32le(
        buf + XEN_VIRTIO_IOMMU_CONFIG_PROBE_SIZE_OFFSET);
}
XEN_VIRTIO_IOMMU_WIRE_FN void
xen_virtio_iommu_config_set_probe_size(unsigned char *buf, uint32_t v)
{
    xen_virtio_iommu_wire_st32le(
        buf + XEN_VIRTIO_IOMMU_CONFIG_PROBE_SIZE_OFFSET, v);
}
XEN_VIRTIO_IOMMU_WIRE_FN uint8_t
xen_virtio_iommu_config_get_bypass(const unsigned char *buf)
{
    return buf[XEN_VIRTIO_IOMMU_CONFIG_BYPASS_OFFSET];
}
XEN_VIRTIO_IOMMU_WIRE_FN void
xen_virtio_iommu_config_set_bypass(unsigned char *buf, uint8_t v)
{
    buf[XEN_VIRTIO_IOMMU_CONFIG_BYPASS_OFFSET] = v;
}
XEN_VIRTIO_IOMMU_WIRE_FN uint8_t
xen_virtio_iommu_config_get_reserved(const unsigned char *buf, unsigned long i)
{
    return buf[XEN_VIRTIO_IOMMU_CONFIG_RESERVED_OFFSET + i];
}
XEN_VIRTIO_IOMMU_WIRE_FN void
xen_virtio_iommu_config_set_reserved(unsigned char *buf,
                                     unsigned long i,
                                     uint8_t v)
{
    buf[XEN_VIRTIO_IOMMU_CONFIG_RESERVED_OFFSET + i] = v;
}
XEN_VIRTIO_IOMMU_WIRE_FN int
xen_virtio_iommu_config_check(const unsigned char *buf,
                              unsigned long len,
                              struct xen_virtio_iommu_wire_problem *problem)
{
    int rc = XEN_VIRTIO_IOMMU_WIRE_OK;
    unsigned long i;

    if (len < 8)
        return xen_virtio_iommu_wire_report(problem,
                                            XEN_VIRTIO_IOMMU_WIRE_SHORT, 1,
                                            "page_size_mask", 0, 8, len, 0);
    if (len < 16)
        return xen_virtio_iommu_wire_report(problem,
                                            XEN_VIRTIO_IOMMU_WIRE_SHORT, 1,
                                            "input_range.start", 8, 8, len, 0);
    if (len < 24)
        return xen_virtio_iommu_wire_report(problem,
                                            XEN_VIRTIO_IOMMU_WIRE_SHORT, 1,
                                            "input_range.end", 16, 8, len, 0);
    if (len < 28)
        return xen_virtio_iommu_wire_report(problem,
                                            XEN_VIRTIO_IOMMU_WIRE_SHORT, 1,
                                            "domain_range.start", 24, 4, len,
                                            0);
    if (len < 32)
        return xen_virtio_iommu_wire_report(problem,
                                            XEN_VIRTIO_IOMMU_WIRE_SHORT, 1,
                                            "domain_range.end", 28, 4, len, 0);
    if (len < 36)
        return xen_virtio_iommu_wire_report(problem,
                                            XEN_VIRTIO_IOMMU_WIRE_SHORT, 1,
                                            "probe_size", 32, 4, len, 0);
    if (len < 37)
        return xen_virtio_iommu_wire_report(problem,
                                            XEN_VIRTIO_IOMMU_WIRE_SHORT, 1,
                                            "bypass", 36, 1, len, 0);
    if (len < 40)
        return xen_virtio_iommu_wire_report(problem,
                                            XEN_VIRTIO_IOMMU_WIRE_SHORT, 1,
                                            "reserved", 37, 3, len, 0);
    i = xen_virtio_iommu_wire_first_set(buf, 37, 40);
    /* reserved: reserved, ignored by the receiver */
    if (i < 40) {
        if (rc == XEN_VIRTIO_IOMMU_WIRE_OK)
            rc = xen_virtio_iommu_wire_report(problem,
                                              XEN_VIRTIO_IOMMU_WIRE_RESERVED,
                                              0, "reserved", 37, 3, i,
                                              buf[i]);
    }
    return rc;
}

/* struct xen_virtio_iommu_req_head: 4 bytes */
#define XEN_VIRTIO_IOMMU_REQ_HEAD_SIZE            4
#define XEN_VIRTIO_IOMMU_REQ_HEAD_MIN_SIZE        4
#define XEN_VIRTIO_IOMMU_REQ_HEAD_TYPE_OFFSET     0
#define XEN_VIRTIO_IOMMU_REQ_HEAD_TYPE_SIZE       1
#define XEN_VIRTIO_IOMMU_REQ_HEAD_RESERVED_OFFSET 1
#define XEN_VIRTIO_IOMMU_REQ_HEAD_RESERVED_SIZE   3
XEN_VIRTIO_IOMMU_WIRE_FN uint8_t
xen_virtio_iommu_req_head_get_type(const unsigned char *buf)
{
    return buf[XEN_VIRTIO_IOMMU_REQ_HEAD_TYPE_OFFSET];
}
XEN_VIRTIO_IOMMU_WIRE_FN void
xen_virtio_iommu_req_head_set_type(unsigned char *buf, uint8_t v)
{
    buf[XEN_VIRTIO_IOMMU_REQ_HEAD_TYPE_OFFSET] = v;
}
XEN_VIRTIO_IOMMU_WIRE_FN uint8_t
xen_virtio_iommu_req_head_get_reserved(const unsigned char *buf,
                                       unsigned long i)
{
    return buf[XEN_VIRTIO_IOMMU_REQ_HEAD_RESERVED_OFFSET + i];
}
XEN_VIRTIO_IOMMU_WIRE_FN void
xen_virtio_iommu_req_head_set_reserved(unsigned char *buf,
                                       unsigned long i,
                                       uint8_t v)
{
    buf[XEN_VIRTIO_IOMMU_REQ_HEAD_RESERVED_OFFSET + i] = v;
}
XEN_VIRTIO_IOMMU_WIRE_FN int
xen_virtio_iommu_req_head_check(const unsigned char *buf,
                                unsigned long len,
                                struct xen_virtio_iommu_wire_problem *problem)
{
    int rc = XEN_VIRTIO_IOMMU_WIRE_OK;
    uint64_t v;
    unsigned long i;

    if (len < 1)
        return xen_virtio_iommu_wire_report(problem,
                                            XEN_VIRTIO_IOMMU_WIRE_SHORT, 1,
                                            "type", 0, 1, len, 0);
    if (len < 4)
        return xen_virtio_iommu_wire_report(problem,
                                            XEN_VIRTIO_IOMMU_WIRE_SHORT, 1,
                                            "reserved", 1, 3, len, 0);
    v = (uint64_t)xen_virtio_iommu_req_head_get_type(buf);
    /* type: one of the values of req_types */
    if (!(v >= 1 && v <= 5)) {
        return xen_virtio_iommu_wire_report(problem,
                                            XEN_VIRTIO_IOMMU_WIRE_VALUE, 1,
                                            "type", 0, 1, 0, v);
    }
    i = xen_virtio_iommu_wire_first_set(buf, 1, 4);
    /* reserved: reserved, ignored by the receiver */
    if (i < 4) {
        if (rc == XEN_VIRTIO_IOMMU_WIRE_OK)
            rc = xen_virtio_iommu_wire_report(problem,
                                              XEN_VIRTIO_IOMMU_WIRE_RESERVED,
                                              0, "reserved", 1, 3, i,
                                              buf[i]);
    }
    return rc;
}

/* struct xen_virtio_iommu_req_tail: 4 bytes */
#define XEN_VIRTIO_IOMMU_REQ_TAIL_SIZE            4
#define XEN_VIRTIO_IOMMU_REQ_TAIL_MIN_SIZE        4
#define XEN_VIRTIO_IOMMU_REQ_TAIL_STATUS_OFFSET   0
#define XEN_VIRTIO_IOMMU_REQ_TAIL_STATUS_SIZE     1
#define XEN_VIRTIO_IOMMU_REQ_TAIL_RESERVED_OFFSET 1
#define XEN_VIRTIO_IOMMU_REQ_TAIL_RESERVED_SIZE   3
XEN_VIRTIO_IOMMU_WIRE_FN uint8_t
xen_virtio_iommu_req_tail_get_status(const unsigned char *buf)
{
    return buf[XEN_VIRTIO_IOMMU_REQ_TAIL_STATUS_OFFSET];
}
XEN_VIRTIO_IOMMU_WIRE_FN void
xen_virtio_iommu_req_tail_set_status(unsigned char *buf, uint8_t v)
{
    buf[XEN_VIRTIO_IOMMU_REQ_TAIL_STATUS_OFFSET] = v;
}
XEN_VIRTIO_IOMMU_WIRE_FN uint8_t
xen_virtio_iommu_req_tail_get_reserved(const unsigned char *buf,
                                       unsigned long i)
{
    return buf[XEN_VIRTIO_IOMMU_REQ_TAIL_RESERVED_OFFSET + i];
}
XEN_VIRTIO_IOMMU_WIRE_FN void
xen_virtio_iommu_req_tail_set_reserved(unsigned char *buf,
                                       unsigned long i,
                                       uint8_t v)
{
    buf[XEN_VIRTIO_IOMMU_REQ_TAIL_RESERVED_OFFSET + i] = v;
}
XEN_VIRTIO_IOMMU_WIRE_FN int
xen_virtio_iommu_req_tail_check(const unsigned char *buf,
                                unsigned long len,
                                struct xen_virtio_iommu_wire_problem *problem)
{
    int rc = XEN_VIRTIO_IOMMU_WIRE_OK;
    uint64_t v;
    unsigned long i;

    if (len < 1)
        return xen_virtio_iommu_wire_report(problem,
                                            XEN_VIRTIO_IOMMU_WIRE_SHORT, 1,
                                            "status", 0, 1, len, 0);
    if (len < 4)
        return xen_virtio_iommu_wire_report(problem,
                                            XEN_VIRTIO_IOMMU_WIRE_SHORT, 1,
                                            "reserved", 1, 3, len, 0);
    v = (uint64_t)xen_virtio_iommu_req_tail_get_status(buf);
    /* status: one of the values of status */
    if (!(v <= 8)) {
        return xen_virtio_iommu_wire_report(problem,
                                            XEN_VIRTIO_IOMMU_WIRE_VALUE, 1,
                                            "status", 0, 1, 0, v);
    }
    i = xen_virtio_iommu_wire_first_set(buf, 1, 4);
    /* reserved: reserved, ignored by the receiver */
    if (i < 4) {
        if (rc == XEN_VIRTIO_IOMMU_WIRE_OK)
            rc = xen_virtio_iommu_wire_report(problem,
                                              XEN_VIRTIO_IOMMU_WIRE_RESERVED,
                                              0, "reserved", 1, 3, i,
                                              buf[i]);
    }
    return rc;
}

/* struct xen_virtio_iommu_req_attach: 24 bytes */
#define XEN_VIRTIO_IOMMU_REQ_ATTACH_SIZE                 24
#define XEN_VIRTIO_IOMMU_REQ_ATTACH_MIN_SIZE             20
#define XEN_VIRTIO_IOMMU_REQ_ATTACH_HEAD_OFFSET          0
#define XEN_VIRTIO_IOMMU_REQ_ATTACH_HEAD_SIZE            4
#define XEN_VIRTIO_IOMMU_REQ_ATTACH_HEAD_TYPE_OFFSET     0
#define XEN_VIRTIO_IOMMU_REQ_ATTACH_HEAD_TYPE_SIZE       1
#define XEN_VIRTIO_IOMMU_REQ_ATTACH_HEAD_RESERVED_OFFSET 1
#define XEN_VIRTIO_IOMMU_REQ_ATTACH_HEAD_RESERVED_SIZE   3
#define XEN_VIRTIO_IOMMU_REQ_ATTACH_DOMAIN_OFFSET        4
#define XEN_VIRTIO_IOMMU_REQ_ATTACH_DOMAIN_SIZE          4
#define XEN_VIRTIO_IOMMU_REQ_ATTACH_ENDPOINT_OFFSET      8
#define XEN_VIRTIO_IOMMU_REQ_ATTACH_ENDPOINT_SIZE        4
#define XEN_VIRTIO_IOMMU_REQ_ATTACH_FLAGS_OFFSET         12
#define XEN_VIRTIO_IOMMU_REQ_ATTACH_FLAGS_SIZE           4
#define XEN_VIRTIO_IOMMU_REQ_ATTACH_RESERVED_OFFSET      16
#define XEN_VIRTIO_IOMMU_REQ_ATTACH_RESERVED_SIZE        4
#define XEN_VIRTIO_IOMMU_REQ_ATTACH_TAIL_OFFSET          20
#define XEN_VIRTIO_IOMMU_REQ_ATTACH_TAIL_SIZE            4
#define XEN_VIRTIO_IOMMU_REQ_ATTACH_TAIL_STATUS_OFFSET   20
#define XEN_VIRTIO_IOMMU_REQ_ATTACH_TAIL_STATUS_SIZE     1
#define XEN_VIRTIO_IOMMU_REQ_ATTACH_TAIL_RESERVED_OFFSET 21
#define XEN_VIRTIO_IOMMU_REQ_ATTACH_TAIL_RESERVED_SIZE   3
XEN_VIRTIO_IOMMU_WIRE_FN uint8_t
xen_virtio_iommu_req_attach_get_head_type(const unsigned char *buf)
{
    return buf[XEN_VIRTIO_IOMMU_REQ_ATTACH_HEAD_TYPE_OFFSET];
}
XEN_VIRTIO_IOMMU_WIRE_FN void
xen_virtio_iommu_req_attach_set_head_type(unsigned char *buf, uint8_t v)
{
    buf[XEN_VIRTIO_IOMMU_REQ_ATTACH_HEAD_TYPE_OFFSET] = v;
}
XEN_VIRTIO_IOMMU_WIRE_FN uint8_t
xen_virtio_iommu_req_attach_get_head_reserved(const unsigned char *buf,
                                              unsigned long i)
{
    return buf[XEN_VIRTIO_IOMMU_REQ_ATTACH_HEAD_RESERVED_OFFSET + i];
}
XEN_VIRTIO_IOMMU_WIRE_FN void
xen_virtio_iommu_req_attach_set_head_reserved(unsigned char *buf,
                                              unsigned long i,
                                              uint8_t v)
{
    buf[XEN_VIRTIO_IOMMU_REQ_ATTACH_HEAD_RESERVED_OFFSET + i] = v;
}
XEN_VIRTIO_IOMMU_WIRE_FN uint32_t
xen_virtio_iommu_req_attach_get_domain(const unsigned char *buf)
{
    return xen_virtio_iommu_wire_ld32le(
        buf + XEN_VIRTIO_IOMMU_REQ_ATTACH_DOMAIN_OFFSET);
}
XEN_VIRTIO_IOMMU_WIRE_FN void
xen_virtio_iommu_req_attach_set_domain(unsigned char *buf, uint32_t v)
{
    xen_virtio_iommu_wire_st32le(
        buf + XEN_VIRTIO_IOMMU_REQ_ATTACH_DOMAIN_OFFSET, v);
}
XEN_VIRTIO_IOMMU_WIRE_FN uint32_t
xen_virtio_iommu_req_attach_get_endpoint(const unsigned char *buf)
{
    return xen_virtio_iommu_wire_ld32le(
        buf + XEN_VIRTIO_IOMMU_REQ_ATTACH_ENDPOINT_OFFSET);
}
XEN_VIRTIO_IOMMU_WIRE_FN void
xen_virtio_iommu_req_attach_set_endpoint(unsigned char *buf, uint32_t v)
{
    xen_virtio_iommu_wire_st32le(
        buf + XEN_VIRTIO_IOMMU_REQ_ATTACH_ENDPOINT_OFFSET, v);
}
XEN_VIRTIO_IOMMU_WIRE_FN uint32_t
xen_virtio_iommu_req_attach_get_flags(const unsigned char *buf)
{
    return xen_virtio_iommu_wire_ld32le(
        buf + XEN_VIRTIO_IOMMU_REQ_ATTACH_FLAGS_OFFSET);
}
XEN_VIRTIO_IOMMU_WIRE_FN void
xen_virtio_iommu_req_attach_set_flags(unsigned char *buf, uint32_t v)
{
    xen_virtio_iommu_wire_st32le(
        buf + XEN_VIRTIO_IOMMU_REQ_ATTACH_FLAGS_OFFSET, v);
}
XEN_VIRTIO_IOMMU_WIRE_FN uint8_t
xen_virtio_iommu_req_attach_get_reserved(const unsigned char *buf,
                                         unsigned long i)
{
    return buf[XEN_VIRTIO_IOMMU_REQ_ATTACH_RESERVED_OFFSET + i];
}
XEN_VIRTIO_IOMMU_WIRE_FN void
xen_virtio_iommu_req_attach_set_reserved(unsigned char *buf,
                                         unsigned long i,
                                         uint8_t v)
{
    buf[XEN_VIRTIO_IOMMU_REQ_ATTACH_RESERVED_OFFSET + i] = v;
}
XEN_VIRTIO_IOMMU_WIRE_FN uint8_t
xen_virtio_iommu_req_attach_get_tail_status(const unsigned char *buf)
{
    return buf[XEN_VIRTIO_IOMMU_REQ_ATTACH_TAIL_STATUS_OFFSET];
}
XEN_VIRTIO_IOMMU_WIRE_FN void
xen_virtio_iommu_req_attach_set_tail_status(unsigned char *buf, uint8_t v)
{
    buf[XEN_VIRTIO_IOMMU_REQ_ATTACH_TAIL_STATUS_OFFSET] = v;
}
XEN_VIRTIO_IOMMU_WIRE_FN uint8_t
xen_virtio_iommu_req_attach_get_tail_reserved(const unsigned char *buf,
                                              unsigned long i)
{
    return buf[XEN_VIRTIO_IOMMU_REQ_ATTACH_TAIL_RESERVED_OFFSET + i];
}
XEN_VIRTIO_IOMMU_WIRE_FN void
xen_virtio_iommu_req_attach_set_tail_reserved(unsigned char *buf,
                                              unsigned long i,
                                              uint8_t v)
{
    buf[XEN_VIRTIO_IOMMU_REQ_ATTACH_TAIL_RESERVED_OFFSET + i] = v;
}
XEN_VIRTIO_IOMMU_WIRE_FN int
xen_virtio_iommu_req_attach_check(const unsigned char *buf,
                                  unsigned long len,
                                  struct xen_virtio_iommu_wire_problem *problem)
{
    int rc = XEN_VIRTIO_IOMMU_WIRE_OK;
    uint64_t v;
    unsigned long i;

    if (len < 1)
        return xen_virtio_iommu_wire_report(problem,
                                            XEN_VIRTIO_IOMMU_WIRE_SHORT, 1,
                                            "head.type", 0, 1, len, 0);
    if (len < 4)
        return xen_virtio_iommu_wire_report(problem,
                                            XEN_VIRTIO_IOMMU_WIRE_SHORT, 1,
                                            "head.reserved", 1, 3, len, 0);
    if (len < 8)
        return xen_virtio_iommu_wire_report(problem,
                                            XEN_VIRTIO_IOMMU_WIRE_SHORT, 1,
                                            "domain", 4, 4, len, 0);
    if (len < 12)
        return xen_virtio_iommu_wire_report(problem,
                                            XEN_VIRTIO_IOMMU_WIRE_SHORT, 1,
                                            "endpoint", 8, 4, len, 0);
    if (len < 16)
        return xen_virtio_iommu_wire_report(problem,
                                            XEN_VIRTIO_IOMMU_WIRE_SHORT, 1,
                                            "flags", 12, 4, len, 0);
    if (len < 20)
        return xen_virtio_iommu_wire_report(problem,
                                            XEN_VIRTIO_IOMMU_WIRE_SHORT, 1,
                                            "reserved", 16, 4, len, 0);
    v = (uint64_t)xen_virtio_iommu_req_attach_get_head_type(buf);
    /* head.type: one of the values of req_types */
    if (!(v >= 1 && v <= 5)) {
        return xen_virtio_iommu_wire_report(problem,
                                            XEN_VIRTIO_IOMMU_WIRE_VALUE, 1,
                                            "head.type", 0, 1, 0, v);
    }
    i = xen_virtio_iommu_wire_first_set(buf, 1, 4);
    /* head.reserved: reserved, ignored by the receiver */
    if (i < 4) {
        if (rc == XEN_VIRTIO_IOMMU_WIRE_OK)
            rc = xen_virtio_iommu_wire_report(problem,
                                              XEN_VIRTIO_IOMMU_WIRE_RESERVED,
                                              0, "head.reserved", 1, 3, i,
                                              buf[i]);
    }
    v = (uint64_t)xen_virtio_iommu_req_attach_get_flags(buf);
    v &= ~(uint64_t)(XEN_VIRTIO_IOMMU_ATTACH_F_BYPASS);
    /* flags: flag bits the spec does not define */
    if (v) {
        return xen_virtio_iommu_wire_report(problem,
                                            XEN_VIRTIO_IOMMU_WIRE_FLAGS, 1,
                                            "flags", 12, 4, 12, v);
    }
    i = xen_virtio_iommu_wire_first_set(buf, 16, 20);
    /* reserved: reserved, must be zero */
    if (i < 20) {
        return xen_virtio_iommu_wire_report(problem,
                                            XEN_VIRTIO_IOMMU_WIRE_RESERVED, 1,
                                            "reserved", 16, 4, i, buf[i]);
    }
    return rc;
}

/* struct xen_virtio_iommu_req_detach: 24 bytes */
#define XEN_VIRTIO_IOMMU_REQ_DETACH_SIZE                 24
#define XEN_VIRTIO_IOMMU_REQ_DETACH_MIN_SIZE             20
#define XEN_VIRTIO_IOMMU_REQ_DETACH_HEAD_OFFSET          0
#define XEN_VIRTIO_IOMMU_REQ_DETACH_HEAD_SIZE            4
#define XEN_VIRTIO_IOMMU_REQ_DETACH_HEAD_TYPE_OFFSET     0
#define XEN_VIRTIO_IOMMU_REQ_DETACH_HEAD_TYPE_SIZE       1
#define XEN_VIRTIO_IOMMU_REQ_DETACH_HEAD_RESERVED_OFFSET 1
#define XEN_VIRTIO_IOMMU_REQ_DETACH_HEAD_RESERVED_SIZE   3
#define XEN_VIRTIO_IOMMU_REQ_DETACH_DOMAIN_OFFSET        4
#define XEN_VIRTIO_IOMMU_REQ_DETACH_DOMAIN_SIZE          4
#define XEN_VIRTIO_IOMMU_REQ_DETACH_ENDPOINT_OFFSET      8
#define XEN_VIRTIO_IOMMU_REQ_DETACH_ENDPOINT_SIZE        4
#define XEN_VIRTIO_IOMMU_REQ_DETACH_RESERVED_OFFSET      12
#define XEN_VIRTIO_IOMMU_REQ_DETACH_RESERVED_SIZE        8
#define XEN_VIRTIO_IOMMU_REQ_DETACH_TAIL_OFFSET          20
#define XEN_VIRTIO_IOMMU_REQ_DETACH_TAIL_SIZE            4
#define XEN_VIRTIO_IOMMU_REQ_DETACH_TAIL_STATUS_OFFSET   20
#define XEN_VIRTIO_IOMMU_REQ_DETACH_TAIL_STATUS_SIZE     1
#define XEN_VIRTIO_IOMMU_REQ_DETACH_TAIL_RESERVED_OFFSET 21
#define XEN_VIRTIO_IOMMU_REQ_DETACH_TAIL_RESERVED_SIZE   3
XEN_VIRTIO_IOMMU_WIRE_FN uint8_t
xen_virtio_iommu_req_detach_get_head_type(const unsigned char *buf)
{
    return buf[XEN_VIRTIO_IOMMU_REQ_DETACH_HEAD_TYPE_OFFSET];
}
XEN_VIRTIO_IOMMU_WIRE_FN void
xen_virtio_iommu_req_detach_set_head_type(unsigned char *buf, uint8_t v)
{
    buf[XEN_VIRTIO_IOMMU_REQ_DETACH_HEAD_TYPE_OFFSET] = v;
}
XEN_VIRTIO_IOMMU_WIRE_FN uint8_t
xen_virtio_iommu_req_detach_get_head_reserved(const unsigned char *buf,
                                              unsigned long i)
{
    return buf[XEN_VIRTIO_IOMMU_REQ_DETACH_HEAD_RESERVED_OFFSET + i];
}
XEN_VIRTIO_IOMMU_WIRE_FN void
xen_virtio_iommu_req_detach_set_head_reserved(unsigned char *buf,
                                              unsigned long i,
                                              uint8_t v)
{
    buf[XEN_VIRTIO_IOMMU_REQ_DETACH_HEAD_RESERVED_OFFSET + i] = v;
}
XEN_VIRTIO_IOMMU_WIRE_FN uint32_t
xen_virtio_iommu_req_detach_get_domain(const unsigned char *buf)
{
    return xen_virtio_iommu_wire_ld32le(
        buf + XEN_VIRTIO_IOMMU_REQ_DETACH_DOMAIN_OFFSET);
}
XEN_VIRTIO_IOMMU_WIRE_FN void
xen_virtio_iommu_req_detach_set_domain(unsigned char *buf, uint32_t v)
{
    xen_virtio_iommu_wire_st32le(
        buf + XEN_VIRTIO_IOMMU_REQ_DETACH_DOMAIN_OFFSET, v);
}
XEN_VIRTIO_IOMMU_WIRE_FN uint32_t
xen_virtio_iommu_req_detach_get_endpoint(const unsigned char *buf)
{
    return xen_virtio_iommu_wire_ld32le(
        buf + XEN_VIRTIO_IOMMU_REQ_DETACH_ENDPOINT_OFFSET);
}
XEN_VIRTIO_IOMMU_WIRE_FN void
xen_virtio_iommu_req_detach_set_endpoint(unsigned char *buf, uint32_t v)
{
    xen_virtio_iommu_wire_st32le(
        buf + XEN_VIRTIO_IOMMU_REQ_DETACH_ENDPOINT_OFFSET, v);
}
XEN_VIRTIO_IOMMU_WIRE_FN uint8_t
xen_virtio_iommu_req_detach_get_reserved(const unsigned char *buf,
                                         unsigned long i)
{
    return buf[XEN_VIRTIO_IOMMU_REQ_DETACH_RESERVED_OFFSET + i];
}
XEN_VIRTIO_IOMMU_WIRE_FN void
xen_virtio_iommu_req_detach_set_reserved(unsigned char *buf,
                                         unsigned long i,
                                         uint8_t v)
{
    buf[XEN_VIRTIO_IOMMU_REQ_DETACH_RESERVED_OFFSET + i] = v;
}
XEN_VIRTIO_IOMMU_WIRE_FN uint8_t
xen_virtio_iommu_req_detach_get_tail_status(const unsigned char *buf)
{
    return buf[XEN_VIRTIO_IOMMU_REQ_DETACH_TAIL_STATUS_OFFSET];
}
XEN_VIRTIO_IOMMU_WIRE_FN void
xen_virtio_iommu_req_detach_set_tail_status(unsigned char *buf, uint8_t v)
{
    buf[XEN_VIRTIO_IOMMU_REQ_DETACH_TAIL_STATUS_OFFSET] = v;
}
XEN_VIRTIO_IOMMU_WIRE_FN uint8_t
xen_virtio_iommu_req_detach_get_tail_reserved(const unsigned char *buf,
                                              unsigned long i)
{
    return buf[XEN_VIRTIO_IOMMU_REQ_DETACH_TAIL_RESERVED_OFFSET + i];
}
XEN_VIRTIO_IOMMU_WIRE_FN void
xen_virtio_iommu_req_detach_set_tail_reserved(unsigned char *buf,
                                              unsigned long i,
                                              uint8_t v)
{
    buf[XEN_VIRTIO_IOMMU_REQ_DETACH_TAIL_RESERVED_OFFSET + i] = v;
}
XEN_VIRTIO_IOMMU_WIRE_FN int
xen_virtio_iommu_req_detach_check(const unsigned char *buf,
                                  unsigned long len,
                                  struct xen_virtio_iommu_wire_problem *problem)
{
    int rc = XEN_VIRTIO_IOMMU_WIRE_OK;
    uint64_t v;
    unsigned long i;

    if (len < 1)
        return xen_virtio_iommu_wire_report(problem,
                                            XEN_VIRTIO_IOMMU_WIRE_SHORT, 1,
                                            "head.type", 0, 1, len, 0);
    if (len < 4)
        return xen_virtio_iommu_wire_report(problem,
                                            XEN_VIRTIO_IOMMU_WIRE_SHORT, 1,
                                            "head.reserved", 1, 3, len, 0);
    if (len < 8)
        return xen_virtio_iommu_wire_report(problem,
                                            XEN_VIRTIO_IOMMU_WIRE_SHORT, 1,
                                            "domain", 4, 4, len, 0);
    if (len < 12)
        return xen_virtio_iommu_wire_report(problem,
                                            XEN_VIRTIO_IOMMU_WIRE_SHORT, 1,
                                            "endpoint", 8, 4, len, 0);
    if (len < 20)
        return xen_virtio_iommu_wire_report(problem,
                                            XEN_VIRTIO_IOMMU_WIRE_SHORT, 1,
                                            "reserved", 12, 8, len, 0);
    v = (uint64_t)xen_virtio_iommu_req_detach_get_head_type(buf);
    /* head.type: one of the values of req_types */
    if (!(v >= 1 && v <= 5)) {
        return xen_virtio_iommu_wire_report(problem,
                                            XEN_VIRTIO_IOMMU_WIRE_VALUE, 1,
                                            "head.type", 0, 1, 0, v);
    }
    i = xen_virtio_iommu_wire_first_set(buf, 1, 4);
    /* head.reserved: reserved, ignored by the receiver */
    if (i < 4) {
        if (rc == XEN_VIRTIO_IOMMU_WIRE_OK)
            rc = xen_virtio_iommu_wire_report(problem,
                                              XEN_VIRTIO_IOMMU_WIRE_RESERVED,
                                              0, "head.reserved", 1, 3, i,
                                              buf[i]);
    }
    i = xen_virtio_iommu_wire_first_set(buf, 12, 20);
    /* reserved: reserved, ignored by the receiver */
    if (i < 20) {
        if (rc == XEN_VIRTIO_IOMMU_WIRE_OK)
            rc = xen_virtio_iommu_wire_report(problem,
                                              XEN_VIRTIO_IOMMU_WIRE_RESERVED,
                                              0, "reserved", 12, 8, i,
                                              buf[i]);
    }
    return rc;
}

/* struct xen_virtio_iommu_req_map: 40 bytes */
#define XEN_VIRTIO_IOMMU_REQ_MAP_SIZE                 40
#define XEN_VIRTIO_IOMMU_REQ_MAP_MIN_SIZE             36
#define XEN_VIRTIO_IOMMU_REQ_MAP_HEAD_OFFSET          0
#define XEN_VIRTIO_IOMMU_REQ_MAP_HEAD_SIZE            4
#define XEN_VIRTIO_IOMMU_REQ_MAP_HEAD_TYPE_OFFSET     0
#define XEN_VIRTIO_IOMMU_REQ_MAP_HEAD_TYPE_SIZE       1
#define XEN_VIRTIO_IOMMU_REQ_MAP_HEAD_RESERVED_OFFSET 1
#define XEN_VIRTIO_IOMMU_REQ_MAP_HEAD_RESERVED_SIZE   3
#define XEN_VIRTIO_IOMMU_REQ_MAP_DOMAIN_OFFSET        4
#define XEN_VIRTIO_IOMMU_REQ_MAP_DOMAIN_SIZE          4
#define XEN_VIRTIO_IOMMU_REQ_MAP_VIRT_START_OFFSET    8
#define XEN_VIRTIO_IOMMU_REQ_MAP_VIRT_START_SIZE      8
#define XEN_VIRTIO_IOMMU_REQ_MAP_VIRT_END_OFFSET      16
#define XEN_VIRTIO_IOMMU_REQ_MAP_VIRT_END_SIZE        8
#define XEN_VIRTIO_IOMMU_REQ_MAP_PHYS_START_OFFSET    24
#define XEN_VIRTIO_IOMMU_REQ_MAP_PHYS_START_SIZE      8
#define XEN_VIRTIO_IOMMU_REQ_MAP_FLAGS_OFFSET         32
#define XEN_VIRTIO_IOMMU_REQ_MAP_FLAGS_SIZE           4
#define XEN_VIRTIO_IOMMU_REQ_MAP_TAIL_OFFSET          36
#define XEN_VIRTIO_IOMMU_REQ_MAP_TAIL_SIZE            4
#define XEN_VIRTIO_IOMMU_REQ_MAP_TAIL_STATUS_OFFSET   36
#define XEN_VIRTIO_IOMMU_REQ_MAP_TAIL_STATUS_SIZE     1
#define XEN_VIRTIO_IOMMU_REQ_MAP_TAIL_RESERVED_OFFSET 37
#define XEN_VIRTIO_IOMMU_REQ_MAP_TAIL_RESERVED_SIZE   3
XEN_VIRTIO_IOMMU_WIRE_FN uint8_t
xen_virtio_iommu_req_map_get_head_type(const unsigned char *buf)
{
    return buf[XEN_VIRTIO_IOMMU_REQ_MAP_HEAD_TYPE_OFFSET];
}
XEN_VIRTIO_IOMMU_WIRE_FN void
xen_virtio_iommu_req_map_set_head_type(unsigned char *buf, uint8_t v)
{
    buf[XEN_VIRTIO_IOMMU_REQ_MAP_HEAD_TYPE_OFFSET] = v;
}
XEN_VIRTIO_IOMMU_WIRE_FN uint8_t
xen_virtio_iommu_req_map_get_head_reserved(const unsigned char *buf,
                                           unsigned long i)
{
    return buf[XEN_VIRTIO_IOMMU_REQ_MAP_HEAD_RESERVED_OFFSET + i];
}
XEN_VIRTIO_IOMMU_WIRE_FN void
xen_virtio_iommu_req_map_set_head_reserved(unsigned char *buf,
                                           unsigned long i,
                                           uint8_t v)
{
    buf[XEN_VIRTIO_IOMMU_REQ_MAP_HEAD_RESERVED_OFFSET + i] = v;
}
XEN_VIRTIO_IOMMU_WIRE_FN uint32_t
xen_virtio_iommu_req_map_get_domain(const unsigned char *buf)
{
    return xen_virtio_iommu_wire_ld32le(
        buf + XEN_VIRTIO_IOMMU_REQ_MAP_DOMAIN_OFFSET);
}
XEN_VIRTIO_IOMMU_WIRE_FN void
xen_virtio_iommu_req_map_set_domain(unsigned char *buf, uint32_t v)
{
    xen_virtio_iommu_wire_st32le(
        buf + XEN_VIRTIO_IOMMU_REQ_MAP_DOMAIN_OFFSET, v);
}
XEN_VIRTIO_IOMMU_WIRE_FN uint64_t
xen_virtio_iommu_req_map_get_virt_start(const unsigned char *buf)
{
    return xen_virtio_iommu_wire_ld64le(
        buf + XEN_VIRTIO_IOMMU_REQ_MAP_VIRT_START_OFFSET);
}
XEN_VIRTIO_IOMMU_WIRE_FN void
xen_virtio_iommu_req_map_set_virt_start(unsigned char *buf, uint64_t v)
{
    xen_virtio_iommu_wire_st64le(
        buf + XEN_VIRTIO_IOMMU_REQ_MAP_VIRT_START_OFFSET, v);
}
XEN_VIRTIO_IOMMU_WIRE_FN uint64_t
xen_virtio_iommu_req_map_get_virt_end(const unsigned char *buf)
{
    return xen_virtio_iommu_wire_ld64le(
        buf + XEN_VIRTIO_IOMMU_REQ_MAP_VIRT_END_OFFSET);
}
XEN_VIRTIO_IOMMU_WIRE_FN void
xen_virtio_iommu_req_map_set_virt_end(unsigned char *buf, uint64_t v)
{
    xen_virtio_iommu_wire_st64le(
        buf + XEN_VIRTIO_IOMMU_REQ_MAP_VIRT_END_OFFSET, v);
}
XEN_VIRTIO_IOMMU_WIRE_FN uint64_t
xen_virtio_iommu_req_map_get_phys_start(const unsigned char *buf)
{
    return xen_virtio_iommu_wire_ld64le(
        buf + XEN_VIRTIO_IOMMU_REQ_MAP_PHYS_START_OFFSET);
}
XEN_VIRTIO_IOMMU_WIRE_FN void
xen_virtio_iommu_req_map_set_phys_start(unsigned char *buf, uint64_t v)
{
    xen_virtio_iommu_wire_st64le(
        buf + XEN_VIRTIO_IOMMU_REQ_MAP_PHYS_START_OFFSET, v);
}
XEN_VIRTIO_IOMMU_WIRE_FN uint32_t
xen_virtio_iommu_req_map_get_flags(const unsigned char *buf)
{
    return xen_virtio_iommu_wire_ld32le(
        buf + XEN_VIRTIO_IOMMU_REQ_MAP_FLAGS_OFFSET);
}
XEN_VIRTIO_IOMMU_WIRE_FN void
xen_virtio_iommu_req_map_set_flags(unsigned char *buf, uint32_t v)
{
    xen_virtio_iommu_wire_st32le(
        buf + XEN_VIRTIO_IOMMU_REQ_MAP_FLAGS_OFFSET, v);
}
XEN_VIRTIO_IOMMU_WIRE_FN uint8_t
xen_virtio_iommu_req_map_get_tail_status(const unsigned char *buf)
{
    return buf[XEN_VIRTIO_IOMMU_REQ_MAP_TAIL_STATUS_OFFSET];
}
XEN_VIRTIO_IOMMU_WIRE_FN void
xen_virtio_iommu_req_map_set_tail_status(unsigned char *buf, uint8_t v)
{
    buf[XEN_VIRTIO_IOMMU_REQ_MAP_TAIL_STATUS_OFFSET] = v;
}
XEN_VIRTIO_IOMMU_WIRE_FN uint8_t
xen_virtio_iommu_req_map_get_tail_reserved(const unsigned char *buf,
                                           unsigned long i)
{
    return buf[XEN_VIRTIO_IOMMU_REQ_MAP_TAIL_RESERVED_OFFSET + i];
}
XEN_VIRTIO_IOMMU_WIRE_FN void
xen_virtio_iommu_req_map_set_tail_reserved(unsigned char *buf,
                                           unsigned long i,
                                           uint8_t v)
{
    buf[XEN_VIRTIO_IOMMU_REQ_MAP_TAIL_RESERVED_OFFSET + i] = v;
}
XEN_VIRTIO_IOMMU_WIRE_FN int
xen_virtio_iommu_req_map_check(const unsigned char *buf,
                               unsigned long len,
                               struct xen_virtio_iommu_wire_problem *problem)
{
    int rc = XEN_VIRTIO_IOMMU_WIRE_OK;
    uint64_t v;
    unsigned long i;

    if (len < 1)
        return xen_virtio_iommu_wire_report(problem,
                                            XEN_VIRTIO_IOMMU_WIRE_SHORT, 1,
                                            "head.type", 0, 1, len, 0);
    if (len < 4)
        return xen_virtio_iommu_wire_report(problem,
                                            XEN_VIRTIO_IOMMU_WIRE_SHORT, 1,
                                            "head.reserved", 1, 3, len, 0);
    if (len < 8)
        return xen_virtio_iommu_wire_report(problem,
                                            XEN_VIRTIO_IOMMU_WIRE_SHORT, 1,
                                            "domain", 4, 4, len, 0);
    if (len < 16)
        return xen_virtio_iommu_wire_report(problem,
                                            XEN_VIRTIO_IOMMU_WIRE_SHORT, 1,
                                            "virt_start", 8, 8, len, 0);
    if (len < 24)
        return xen_virtio_iommu_wire_report(problem,
                                            XEN_VIRTIO_IOMMU_WIRE_SHORT, 1,
                                            "virt_end", 16, 8, len, 0);
    if (len < 32)
        return xen_virtio_iommu_wire_report(problem,
                                            XEN_VIRTIO_IOMMU_WIRE_SHORT, 1,
                                            "phys_start", 24, 8, len, 0);
    if (len < 36)
        return xen_virtio_iommu_wire_report(problem,
                                            XEN_VIRTIO_IOMMU_WIRE_SHORT, 1,
                                            "flags", 32, 4, len, 0);
    v = (uint64_t)xen_virtio_iommu_req_map_get_head_type(buf);
    /* head.type: one of the values of req_types */
    if (!(v >= 1 && v <= 5)) {
        return xen_virtio_iommu_wire_report(problem,
                                            XEN_VIRTIO_IOMMU_WIRE_VALUE, 1,
                                            "head.type", 0, 1, 0, v);
    }
    i = xen_virtio_iommu_wire_first_set(buf, 1, 4);
    /* head.reserved: reserved, ignored by the receiver */
    if (i < 4) {
        if (rc == XEN_VIRTIO_IOMMU_WIRE_OK)
            rc = xen_virtio_iommu_wire_report(problem,
                                              XEN_VIRTIO_IOMMU_WIRE_RESERVED,
                                              0, "head.reserved", 1, 3, i,
                                              buf[i]);
    }
    v = (uint64_t)xen_virtio_iommu_req_map_get_flags(buf);
    v &= ~(uint64_t)(XEN_VIRTIO_IOMMU_MAP_F_READ |
                     XEN_VIRTIO_IOMMU_MAP_F_WRITE |
                     XEN_VIRTIO_IOMMU_MAP_F_MMIO);
    /* flags: flag bits the spec does not define */
    if (v) {
        return xen_virtio_iommu_wire_report(problem,
                                            XEN_VIRTIO_IOMMU_WIRE_FLAGS, 1,
                                            "flags", 32, 4, 32, v);
    }
    return rc;
}

/* struct xen_virtio_iommu_req_unmap: 32 bytes */
#define XEN_VIRTIO_IOMMU_REQ_UNMAP_SIZE                 32
#define XEN_VIRTIO_IOMMU_REQ_UNMAP_MIN_SIZE             28
#define XEN_VIRTIO_IOMMU_REQ_UNMAP_HEAD_OFFSET          0
#define XEN_VIRTIO_IOMMU_REQ_UNMAP_HEAD_SIZE            4
#define XEN_VIRTIO_IOMMU_REQ_UNMAP_HEAD_TYPE_OFFSET     0
#define XEN_VIRTIO_IOMMU_REQ_UNMAP_HEAD_TYPE_SIZE       1
#define XEN_VIRTIO_IOMMU_REQ_UNMAP_HEAD_RESERVED_OFFSET 1
#define XEN_VIRTIO_IOMMU_REQ_UNMAP_HEAD_RESERVED_SIZE   3
#define XEN_VIRTIO_IOMMU_REQ_UNMAP_DOMAIN_OFFSET        4
#define XEN_VIRTIO_IOMMU_REQ_UNMAP_DOMAIN_SIZE          4
#define XEN_VIRTIO_IOMMU_REQ_UNMAP_VIRT_START_OFFSET    8
#define XEN_VIRTIO_IOMMU_REQ_UNMAP_VIRT_START_SIZE      8
#define XEN_VIRTIO_IOMMU_REQ_UNMAP_VIRT_END_OFFSET      16
#define XEN_VIRTIO_IOMMU_REQ_UNMAP_VIRT_END_SIZE        8
#define XEN_VIRTIO_IOMMU_REQ_UNMAP_RESERVED_OFFSET      24
#define XEN_VIRTIO_IOMMU_REQ_UNMAP_RESERVED_SIZE        4
#define XEN_VIRTIO_IOMMU_REQ_UNMAP_TAIL_OFFSET          28
#define XEN_VIRTIO_IOMMU_REQ_UNMAP_TAIL_SIZE            4
#define XEN_VIRTIO_IOMMU_REQ_UNMAP_TAIL_STATUS_OFFSET   28
#define XEN_VIRTIO_IOMMU_REQ_UNMAP_TAIL_STATUS_SIZE     1
#define XEN_VIRTIO_IOMMU_REQ_UNMAP_TAIL_RESERVED_OFFSET 29
#define XEN_VIRTIO_IOMMU_REQ_UNMAP_TAIL_RESERVED_SIZE   3
XEN_VIRTIO_IOMMU_WIRE_FN uint8_t
xen_virtio_iommu_req_unmap_get_head_type(const unsigned char *buf)
{
    return buf[XEN_VIRTIO_IOMMU_REQ_UNMAP_HEAD_TYPE_OFFSET];
}
XEN_VIRTIO_IOMMU_WIRE_FN void
xen_virtio_iommu_req_unmap_set_head_type(unsigned char *buf, uint8_t v)
{
    buf[XEN_VIRTIO_IOMMU_REQ_UNMAP_HEAD_TYPE_OFFSET] = v;
}
XEN_VIRTIO_IOMMU_WIRE_FN uint8_t
xen_virtio_iommu_req_unmap_get_head_reserved(const unsigned char *buf,
                                             unsigned long i)
{
    return buf[XEN_VIRTIO_IOMMU_REQ_UNMAP_HEAD_RESERVED_OFFSET + i];
}
XEN_VIRTIO_IOMMU_WIRE_FN void
xen_virtio_iommu_req_unmap_set_head_reserved(unsigned char *buf,
                                             unsigned long i,
                                             uint8_t v)
{
    buf[XEN_VIRTIO_IOMMU_REQ_UNMAP_HEAD_RESERVED_OFFSET + i] = v;
}
XEN_VIRTIO_IOMMU_WIRE_FN uint32_t
xen_virtio_iommu_req_unmap_get_domain(const unsigned char *buf)
{
    return xen_virtio_iommu_wire_ld32le(
        buf + XEN_VIRTIO_IOMMU_REQ_UNMAP_DOMAIN_OFFSET);
}
XEN_VIRTIO_IOMMU_WIRE_FN void
xen_virtio_iommu_req_unmap_set_domain(unsigned char *buf, uint32_t v)
{
    xen_virtio_iommu_wire_st32le(
        buf + XEN_VIRTIO_IOMMU_REQ_UNMAP_DOMAIN_OFFSET, v);
}
XEN_VIRTIO_IOMMU_WIRE_FN uint64_t
xen_virtio_iommu_req_unmap_get_virt_start(const unsigned char *buf)
{
    return xen_virtio_iommu_wire_ld64le(
        buf + XEN_VIRTIO_IOMMU_REQ_UNMAP_VIRT_START_OFFSET);
}
XEN_VIRTIO_IOMMU_WIRE_FN void
xen_virtio_iommu_req_unmap_set_virt_start(unsigned char *buf, uint64_t v)
{
    xen_virtio_iommu_wire_st64le(
        buf + XEN_VIRTIO_IOMMU_REQ_UNMAP_VIRT_START_OFFSET, v);
}
XEN_VIRTIO_IOMMU_WIRE_FN uint64_t
xen_virtio_iommu_req_unmap_get_virt_end(const unsigned char *buf)
{
    return xen_virtio_iommu_wire_ld64le(
        buf + XEN_VIRTIO_IOMMU_REQ_UNMAP_VIRT_END_OFFSET);
}
XEN_VIRTIO_IOMMU_WIRE_FN void
xen_virtio_iommu_req_unmap_set_virt_end(unsigned char *buf, uint64_t v)
{
    xen_virtio_iommu_wire_st64le(
        buf + XEN_VIRTIO_IOMMU_REQ_UNMAP_VIRT_END_OFFSET, v);
}
XEN_VIRTIO_IOMMU_WIRE_FN uint8_t
xen_virtio_iommu_req_unmap_get_reserved(const unsigned char *buf,
                                        unsigned long i)
{
    return buf[XEN_VIRTIO_IOMMU_REQ_UNMAP_RESERVED_OFFSET + i];
}
XEN_VIRTIO_IOMMU_WIRE_FN void
xen_virtio_iommu_req_unmap_set_reserved(unsigned char *buf,
                                        unsigned long i,
                                        uint8_t v)
{
    buf[XEN_VIRTIO_IOMMU_REQ_UNMAP_RESERVED_OFFSET + i] = v;
}
XEN_VIRTIO_IOMMU_WIRE_FN uint8_t
xen_virtio_iommu_req_unmap_get_tail_status(const unsigned char *buf)
{
    return buf[XEN_VIRTIO_IOMMU_REQ_UNMAP_TAIL_STATUS_OFFSET];
}
XEN_VIRTIO_IOMMU_WIRE_FN void
xen_virtio_iommu_req_unmap_set_tail_status(unsigned char *buf, uint8_t v)
{
    buf[XEN_VIRTIO_IOMMU_REQ_UNMAP_TAIL_STATUS_OFFSET] = v;
}
XEN_VIRTIO_IOMMU_WIRE_FN uint8_t
xen_virtio_iommu_req_unmap_get_tail_reserved(const unsigned char *buf,
                                             unsigned long i)
{
    return buf[XEN_VIRTIO_IOMMU_REQ_UNMAP_TAIL_RESERVED_OFFSET + i];
}
XEN_VIRTIO_IOMMU_WIRE_FN void
xen_virtio_iommu_req_unmap_set_tail_reserved(unsigned char *buf,
                                             unsigned long i,
                                             uint8_t v)
{
    buf[XEN_VIRTIO_IOMMU_REQ_UNMAP_TAIL_RESERVED_OFFSET + i] = v;
}
XEN_VIRTIO_IOMMU_WIRE_FN int
xen_virtio_iommu_req_unmap_check(const unsigned char *buf,
                                 unsigned long len,
                                 struct xen_virtio_iommu_wire_problem *problem)
{
    int rc = XEN_VIRTIO_IOMMU_WIRE_OK;
    uint64_t v;
    unsigned long i;

    if (len < 1)
        return xen_virtio_iommu_wire_report(problem,
                                            XEN_VIRTIO_IOMMU_WIRE_SHORT, 1,
                                            "head.type", 0, 1, len, 0);
    if (len < 4)
        return xen_virtio_iommu_wire_report(problem,
                                            XEN_VIRTIO_IOMMU_WIRE_SHORT, 1,
                                            "head.reserved", 1, 3, len, 0);
    if (len < 8)
        return xen_virtio_iommu_wire_report(problem,
                                            XEN_VIRTIO_IOMMU_WIRE_SHORT, 1,
                                            "domain", 4, 4, len, 0);
    if (len < 16)
        return xen_virtio_iommu_wire_report(problem,
                                            XEN_VIRTIO_IOMMU_WIRE_SHORT, 1,
                                            "virt_start", 8, 8, len, 0);
    if (len < 24)
        return xen_virtio_iommu_wire_report(problem,
                                            XEN_VIRTIO_IOMMU_WIRE_SHORT, 1,
                                            "virt_end", 16, 8, len, 0);
    if (len < 28)
        return xen_virtio_iommu_wire_report(problem,
                                            XEN_VIRTIO_IOMMU_WIRE_SHORT, 1,
                                            "reserved", 24, 4, len, 0);
    v = (uint64_t)xen_virtio_iommu_req_unmap_get_head_type(buf);
    /* head.type: one of the values of req_types */
    if (!(v >= 1 && v <= 5)) {
        return xen_virtio_iommu_wire_report(problem,
                                            XEN_VIRTIO_IOMMU_WIRE_VALUE, 1,
                                            "head.type", 0, 1, 0, v);
    }
    i = xen_virtio_iommu_wire_first_set(buf, 1, 4);
    /* head.reserved: reserved, ignored by the receiver */
    if (i < 4) {
        if (rc == XEN_VIRTIO_IOMMU_WIRE_OK)
            rc = xen_virtio_iommu_wire_report(problem,
                                              XEN_VIRTIO_IOMMU_WIRE_RESERVED,
                                              0, "head.reserved", 1, 3, i,
                                              buf[i]);
    }
    i = xen_virtio_iommu_wire_first_set(buf, 24, 28);
    /* reserved: reserved, must be zero */
    if (i < 28) {
        return xen_virtio_iommu_wire_report(problem,
                                            XEN_VIRTIO_IOMMU_WIRE_RESERVED, 1,
                                            "reserved", 24, 4, i, buf[i]);
    }
    return rc;
}

/* struct xen_virtio_iommu_probe_property: 4 bytes */
#define XEN_VIRTIO_IOMMU_PROBE_PROPERTY_SIZE          4
#define XEN_VIRTIO_IOMMU_PROBE_PROPERTY_MIN_SIZE      4
#define XEN_VIRTIO_IOMMU_PROBE_PROPERTY_TYPE_OFFSET   0
#define XEN_VIRTIO_IOMMU_PROBE_PROPERTY_TYPE_SIZE     2
#define XEN_VIRTIO_IOMMU_PROBE_PROPERTY_LENGTH_OFFSET 2
#define XEN_VIRTIO_IOMMU_PROBE_PROPERTY_LENGTH_SIZE   2
XEN_VIRTIO_IOMMU_WIRE_FN uint16_t
xen_virtio_iommu_probe_property_get_type(const unsigned char *buf)
{
    return xen_virtio_iommu_wire_ld16le(
        buf + XEN_VIRTIO_IOMMU_PROBE_PROPERTY_TYPE_OFFSET);
}
XEN_VIRTIO_IOMMU_WIRE_FN void
xen_virtio_iommu_probe_property_set_type(unsigned char *buf, uint16_t v)
{
    xen_virtio_iommu_wire_st16le(
        buf + XEN_VIRTIO_IOMMU_PROBE_PROPERTY_TYPE_OFFSET, v);
}
XEN_VIRTIO_IOMMU_WIRE_FN uint16_t
xen_virtio_iommu_probe_property_get_length(const unsigned char *buf)
{
    return xen_virtio_iommu_wire_ld16le(
        buf + XEN_VIRTIO_IOMMU_PROBE_PROPERTY_LENGTH_OFFSET);
}
XEN_VIRTIO_IOMMU_WIRE_FN void
xen_virtio_iommu_probe_property_set_length(unsigned char *buf, uint16_t v)
{
    xen_virtio_iommu_wire_st16le(
        buf + XEN_VIRTIO_IOMMU_PROBE_PROPERTY_LENGTH_OFFSET, v);
}
XEN_VIRTIO_IOMMU_WIRE_FN int
xen_virtio_iommu_probe_property_check(const unsigned char *buf,
                                      unsigned long len,
                                      struct xen_virtio_iommu_wire_problem *problem)
{
    int rc = XEN_VIRTIO_IOMMU_WIRE_OK;
    uint64_t v;

    if (len < 2)
        return xen_virtio_iommu_wire_report(problem,
                                            XEN_VIRTIO_IOMMU_WIRE_SHORT, 1,
                                            "type", 0, 2, len, 0);
    if (len < 4)
        return xen_virtio_iommu_wire_report(problem,
                                            XEN_VIRTIO_IOMMU_WIRE_SHORT, 1,
                                            "length", 2, 2, len, 0);
    v = (uint64_t)xen_virtio_iommu_probe_property_get_type(buf);
    /*
     * type: the bits outside XEN_VIRTIO_IOMMU_PROBE_T_MASK are reserved,
     * ignored by the receiver
     */
    if (v & ~(uint64_t)XEN_VIRTIO_IOMMU_PROBE_T_MASK) {
        if (rc == XEN_VIRTIO_IOMMU_WIRE_OK)
            rc = xen_virtio_iommu_wire_report(problem,
                                              XEN_VIRTIO_IOMMU_WIRE_RESERVED,
                                              0, "type", 0, 2, 0,
                                              v & ~(uint64_t)XEN_VIRTIO_IOMMU_PROBE_T_MASK);
    }
    v &= XEN_VIRTIO_IOMMU_PROBE_T_MASK;
    /*
     * type: one of the values of probe_types (others are ignored by the
     * receiver)
     */
    if (!(v <= 1)) {
        if (rc == XEN_VIRTIO_IOMMU_WIRE_OK)
            rc = xen_virtio_iommu_wire_report(problem,
                                              XEN_VIRTIO_IOMMU_WIRE_VALUE,
                                              0, "type", 0, 2, 0, v);
    }
    return rc;
}

/* struct xen_virtio_iommu_probe_resv_mem: 24 bytes */
#define XEN_VIRTIO_IOMMU_PROBE_RESV_MEM_SIZE               24
#define XEN_VIRTIO_IOMMU_PROBE_RESV_MEM_MIN_SIZE           24
#define XEN_VIRTIO_IOMMU_PROBE_RESV_MEM_HEAD_OFFSET        0
#define XEN_VIRTIO_IOMMU_PROBE_RESV_MEM_HEAD_SIZE          4
#define XEN_VIRTIO_IOMMU_PROBE_RESV_MEM_HEAD_TYPE_OFFSET   0
#define XEN_VIRTIO_IOMMU_PROBE_RESV_MEM_HEAD_TYPE_SIZE     2
#define XEN_VIRTIO_IOMMU_PROBE_RESV_MEM_HEAD_LENGTH_OFFSET 2
#define XEN_VIRTIO_IOMMU_PROBE_RESV_MEM_HEAD_LENGTH_SIZE   2
#define XEN_VIRTIO_IOMMU_PROBE_RESV_MEM_SUBTYPE_OFFSET     4
#define XEN_VIRTIO_IOMMU_PROBE_RESV_MEM_SUBTYPE_SIZE       1
#define XEN_VIRTIO_IOMMU_PROBE_RESV_MEM_RESERVED_OFFSET    5
#define XEN_VIRTIO_IOMMU_PROBE_RESV_MEM_RESERVED_SIZE      3
#define XEN_VIRTIO_IOMMU_PROBE_RESV_MEM_START_OFFSET       8
#define XEN_VIRTIO_IOMMU_PROBE_RESV_MEM_START_SIZE         8
#define XEN_VIRTIO_IOMMU_PROBE_RESV_MEM_END_OFFSET         16
#define XEN_VIRTIO_IOMMU_PROBE_RESV_MEM_END_SIZE           8
XEN_VIRTIO_IOMMU_WIRE_FN uint16_t
xen_virtio_iommu_probe_resv_mem_get_head_type(const unsigned char *buf)
{
    return xen_virtio_iommu_wire_ld16le(
        buf + XEN_VIRTIO_IOMMU_PROBE_RESV_MEM_HEAD_TYPE_OFFSET);
}
XEN_VIRTIO_IOMMU_WIRE_FN void
xen_virtio_iommu_probe_resv_mem_set_head_type(unsigned char *buf, uint16_t v)
{
    xen_virtio_iommu_wire_st16le(
        buf + XEN_VIRTIO_IOMMU_PROBE_RESV_MEM_HEAD_TYPE_OFFSET, v);
}
XEN_VIRTIO_IOMMU_WIRE_FN uint16_t
xen_virtio_iommu_probe_resv_mem_get_head_length(const unsigned char *buf)
{
    return xen_virtio_iommu_wire_ld16le(
        buf + XEN_VIRTIO_IOMMU_PROBE_RESV_MEM_HEAD_LENGTH_OFFSET);
}
XEN_VIRTIO_IOMMU_WIRE_FN void
xen_virtio_iommu_probe_resv_mem_set_head_length(unsigned char *buf, uint16_t v)
{
    xen_virtio_iommu_wire_st16le(
        buf + XEN_VIRTIO_IOMMU_PROBE_RESV_MEM_HEAD_LENGTH_OFFSET, v);
}
XEN_VIRTIO_IOMMU_WIRE_FN uint8_t
xen_virtio_iommu_probe_resv_mem_get_subtype(const unsigned char *buf)
{
    return buf[XEN_VIRTIO_IOMMU_PROBE_RESV_MEM_SUBTYPE_OFFSET];
}
XEN_VIRTIO_IOMMU_WIRE_FN void
xen_virtio_iommu_probe_resv_mem_set_subtype(unsigned char *buf, uint8_t v)
{
    buf[XEN_VIRTIO_IOMMU_PROBE_RESV_MEM_SUBTYPE_OFFSET] = v;
}
XEN_VIRTIO_IOMMU_WIRE_FN uint8_t
xen_virtio_iommu_probe_resv_mem_get_reserved(const unsigned char *buf,
                                             unsigned long i)
{
    return buf[XEN_VIRTIO_IOMMU_PROBE_RESV_MEM_RESERVED_OFFSET + i];
}
XEN_VIRTIO_IOMMU_WIRE_FN void
xen_virtio_iommu_probe_resv_mem_set_reserved(unsigned char *buf,
                                             unsigned long i,
                                             uint8_t v)
{
    buf[XEN_VIRTIO_IOMMU_PROBE_RESV_MEM_RESERVED_OFFSET + i] = v;
}
XEN_VIRTIO_IOMMU_WIRE_FN uint64_t
xen_virtio_iommu_probe_resv_mem_get_start(const unsigned char *buf)
{
    return xen_virtio_iommu_wire_ld64le(
        buf + XEN_VIRTIO_IOMMU_PROBE_RESV_MEM_START_OFFSET);
}
XEN_VIRTIO_IOMMU_WIRE_FN void
xen_virtio_iommu_probe_resv_mem_set_start(unsigned char *buf, uint64_t v)
{
    xen_virtio_iommu_wire_st64le(
        buf + XEN_VIRTIO_IOMMU_PROBE_RESV_MEM_START_OFFSET, v);
}
XEN_VIRTIO_IOMMU_WIRE_FN uint64_t
xen_virtio_iommu_probe_resv_mem_get_end(const unsigned char *buf)
{
    return xen_virtio_iommu_wire_ld64le(
        buf + XEN_VIRTIO_IOMMU_PROBE_RESV_MEM_END_OFFSET);
}
XEN_VIRTIO_IOMMU_WIRE_FN void
xen_virtio_iommu_probe_resv_mem_set_end(unsigned char *buf, uint64_t v)
{
    xen_virtio_iommu_wire_st64le(
        buf + XEN_VIRTIO_IOMMU_PROBE_RESV_MEM_END_OFFSET, v);
}
XEN_VIRTIO_IOMMU_WIRE_FN int
xen_virtio_iommu_probe_resv_mem_check(const unsigned char *buf,
                                      unsigned long len,
                                      struct xen_virtio_iommu_wire_problem *problem)
{
    int rc = XEN_VIRTIO_IOMMU_WIRE_OK;
    uint64_t v;
    unsigned long i;

    if (len < 2)
        return xen_virtio_iommu_wire_report(problem,
                                            XEN_VIRTIO_IOMMU_WIRE_SHORT, 1,
                                            "head.type", 0, 2, len, 0);
    if (len < 4)
        return xen_virtio_iommu_wire_report(problem,
                                            XEN_VIRTIO_IOMMU_WIRE_SHORT, 1,
                                            "head.length", 2, 2, len, 0);
    if (len < 5)
        return xen_virtio_iommu_wire_report(problem,
                                            XEN_VIRTIO_IOMMU_WIRE_SHORT, 1,
                                            "subtype", 4, 1, len, 0);
    if (len < 8)
        return xen_virtio_iommu_wire_report(problem,
                                            XEN_VIRTIO_IOMMU_WIRE_SHORT, 1,
                                            "reserved", 5, 3, len, 0);
    if (len < 16)
        return xen_virtio_iommu_wire_report(problem,
                                            XEN_VIRTIO_IOMMU_WIRE_SHORT, 1,
                                            "start", 8, 8, len, 0);
    if (len < 24)
        return xen_virtio_iommu_wire_report(problem,
                                            XEN_VIRTIO_IOMMU_WIRE_SHORT, 1,
                                            "end", 16, 8, len, 0);
    v = (uint64_t)xen_virtio_iommu_probe_resv_mem_get_head_type(buf);
    /*
     * head.type: the bits outside XEN_VIRTIO_IOMMU_PROBE_T_MASK are reserved,
     * ignored by the receiver
     */
    if (v & ~(uint64_t)XEN_VIRTIO_IOMMU_PROBE_T_MASK) {
        if (rc == XEN_VIRTIO_IOMMU_WIRE_OK)
            rc = xen_virtio_iommu_wire_report(problem,
                                              XEN_VIRTIO_IOMMU_WIRE_RESERVED,
                                              0, "head.type", 0, 2, 0,
                                              v & ~(uint64_t)XEN_VIRTIO_IOMMU_PROBE_T_MASK);
    }
    v &= XEN_VIRTIO_IOMMU_PROBE_T_MASK;
    /*
     * head.type: one of the values of probe_types (others are ignored by the
     * receiver)
     */
    if (!(v <= 1)) {
        if (rc == XEN_VIRTIO_IOMMU_WIRE_OK)
            rc = xen_virtio_iommu_wire_report(problem,
                                              XEN_VIRTIO_IOMMU_WIRE_VALUE,
                                              0, "head.type", 0, 2, 0, v);
    }
    v = (uint64_t)xen_virtio_iommu_probe_resv_mem_get_subtype(buf);
    /*
     * subtype: one of the values of resv_mem_subtypes (others are ignored by
     * the receiver)
     */
    if (!(v <= 1)) {
        if (rc == XEN_VIRTIO_IOMMU_WIRE_OK)
            rc = xen_virtio_iommu_wire_report(problem,
                                              XEN_VIRTIO_IOMMU_WIRE_VALUE,
                                              0, "subtype", 4, 1, 4, v);
    }
    i = xen_virtio_iommu_wire_first_set(buf, 5, 8);
    /* reserved: reserved, ignored by the receiver */
    if (i < 8) {
        if (rc == XEN_VIRTIO_IOMMU_WIRE_OK)
            rc = xen_virtio_iommu_wire_report(problem,
                                              XEN_VIRTIO_IOMMU_WIRE_RESERVED,
                                              0, "reserved", 5, 3, i,
                                              buf[i]);
    }
    return rc;
}

/* struct xen_virtio_iommu_req_probe: 72 bytes, then properties[] (variable length, not checked) */
#define XEN_VIRTIO_IOMMU_REQ_PROBE_SIZE                 72
#define XEN_VIRTIO_IOMMU_REQ_PROBE_MIN_SIZE             72
#define XEN_VIRTIO_IOMMU_REQ_PROBE_HEAD_OFFSET          0
#define XEN_VIRTIO_IOMMU_REQ_PROBE_HEAD_SIZE            4
#define XEN_VIRTIO_IOMMU_REQ_PROBE_HEAD_TYPE_OFFSET     0
#define XEN_VIRTIO_IOMMU_REQ_PROBE_HEAD_TYPE_SIZE       1
#define XEN_VIRTIO_IOMMU_REQ_PROBE_HEAD_RESERVED_OFFSET 1
#define XEN_VIRTIO_IOMMU_REQ_PROBE_HEAD_RESERVED_SIZE   3
#define XEN_VIRTIO_IOMMU_REQ_PROBE_ENDPOINT_OFFSET      4
#define XEN_VIRTIO_IOMMU_REQ_PROBE_ENDPOINT_SIZE        4
#define XEN_VIRTIO_IOMMU_REQ_PROBE_RESERVED_OFFSET      8
#define XEN_VIRTIO_IOMMU_REQ_PROBE_RESERVED_SIZE        64
XEN_VIRTIO_IOMMU_WIRE_FN uint8_t
xen_virtio_iommu_req_probe_get_head_type(const unsigned char *buf)
{
    return buf[XEN_VIRTIO_IOMMU_REQ_PROBE_HEAD_TYPE_OFFSET];
}
XEN_VIRTIO_IOMMU_WIRE_FN void
xen_virtio_iommu_req_probe_set_head_type(unsigned char *buf, uint8_t v)
{
    buf[XEN_VIRTIO_IOMMU_REQ_PROBE_HEAD_TYPE_OFFSET] = v;
}
XEN_VIRTIO_IOMMU_WIRE_FN uint8_t
xen_virtio_iommu_req_probe_get_head_reserved(const unsigned char *buf,
                                             unsigned long i)
{
    return buf[XEN_VIRTIO_IOMMU_REQ_PROBE_HEAD_RESERVED_OFFSET + i];
}
XEN_VIRTIO_IOMMU_WIRE_FN void
xen_virtio_iommu_req_probe_set_head_reserved(unsigned char *buf,
                                             unsigned long i,
                                             uint8_t v)
{
    buf[XEN_VIRTIO_IOMMU_REQ_PROBE_HEAD_RESERVED_OFFSET + i] = v;
}
XEN_VIRTIO_IOMMU_WIRE_FN uint32_t
xen_virtio_iommu_req_probe_get_endpoint(const unsigned char *buf)
{
    return xen_virtio_iommu_wire_ld32le(
        buf + XEN_VIRTIO_IOMMU_REQ_PROBE_ENDPOINT_OFFSET);
}
XEN_VIRTIO_IOMMU_WIRE_FN void
xen_virtio_iommu_req_probe_set_endpoint(unsigned char *buf, uint32_t v)
{
    xen_virtio_iommu_wire_st32le(
        buf + XEN_VIRTIO_IOMMU_REQ_PROBE_ENDPOINT_OFFSET, v);
}
XEN_VIRTIO_IOMMU_WIRE_FN uint8_t
xen_virtio_iommu_req_probe_get_reserved(const unsigned char *buf,
                                        unsigned long i)
{
    return buf[XEN_VIRTIO_IOMMU_REQ_PROBE_RESERVED_OFFSET + i];
}
XEN_VIRTIO_IOMMU_WIRE_FN void
xen_virtio_iommu_req_probe_set_reserved(unsigned char *buf,
                                        unsigned long i,
                                        uint8_t v)
{
    buf[XEN_VIRTIO_IOMMU_REQ_PROBE_RESERVED_OFFSET + i] = v;
}
XEN_VIRTIO_IOMMU_WIRE_FN int
xen_virtio_iommu_req_probe_check(const unsigned char *buf,
                                 unsigned long len,
                                 struct xen_virtio_iommu_wire_problem *problem)
{
    int rc = XEN_VIRTIO_IOMMU_WIRE_OK;
    uint64_t v;
    unsigned long i;

    if (len < 1)
        return xen_virtio_iommu_wire_report(problem,
                                            XEN_VIRTIO_IOMMU_WIRE_SHORT, 1,
                                            "head.type", 0, 1, len, 0);
    if (len < 4)
        return xen_virtio_iommu_wire_report(problem,
                                            XEN_VIRTIO_IOMMU_WIRE_SHORT, 1,
                                            "head.reserved", 1, 3, len, 0);
    if (len < 8)
        return xen_virtio_iommu_wire_report(problem,
                                            XEN_VIRTIO_IOMMU_WIRE_SHORT, 1,
                                            "endpoint", 4, 4, len, 0);
    if (len < 72)
        return xen_virtio_iommu_wire_report(problem,
                                            XEN_VIRTIO_IOMMU_WIRE_SHORT, 1,
                                            "reserved", 8, 64, len, 0);
    v = (uint64_t)xen_virtio_iommu_req_probe_get_head_type(buf);
    /* head.type: one of the values of req_types */
    if (!(v >= 1 && v <= 5)) {
        return xen_virtio_iommu_wire_report(problem,
                                            XEN_VIRTIO_IOMMU_WIRE_VALUE, 1,
                                            "head.type", 0, 1, 0, v);
    }
    i = xen_virtio_iommu_wire_first_set(buf, 1, 4);
    /* head.reserved: reserved, ignored by the receiver */
    if (i < 4) {
        if (rc == XEN_VIRTIO_IOMMU_WIRE_OK)
            rc = xen_virtio_iommu_wire_report(problem,
                                              XEN_VIRTIO_IOMMU_WIRE_RESERVED,
                                              0, "head.reserved", 1, 3, i,
                                              buf[i]);
    }
    i = xen_virtio_iommu_wire_first_set(buf, 8, 72);
    /* reserved: reserved, ignored by the receiver */
    if (i < 72) {
        if (rc == XEN_VIRTIO_IOMMU_WIRE_OK)
            rc = xen_virtio_iommu_wire_report(problem,
                                              XEN_VIRTIO_IOMMU_WIRE_RESERVED,
                                              0, "reserved", 8, 64, i,
                                              buf[i]);
    }
    return rc;
}

/* struct xen_virtio_iommu_fault: 24 bytes */
#define XEN_VIRTIO_IOMMU_FAULT_SIZE             24
#define XEN_VIRTIO_IOMMU_FAULT_MIN_SIZE         24
#define XEN_VIRTIO_IOMMU_FAULT_REASON_OFFSET    0
#define XEN_VIRTIO_IOMMU_FAULT_REASON_SIZE      1
#define XEN_VIRTIO_IOMMU_FAULT_RESERVED_OFFSET  1
#define XEN_VIRTIO_IOMMU_FAULT_RESERVED_SIZE    3
#define XEN_VIRTIO_IOMMU_FAULT_FLAGS_OFFSET     4
#define XEN_VIRTIO_IOMMU_FAULT_FLAGS_SIZE       4
#define XEN_VIRTIO_IOMMU_FAULT_ENDPOINT_OFFSET  8
#define XEN_VIRTIO_IOMMU_FAULT_ENDPOINT_SIZE    4
#define XEN_VIRTIO_IOMMU_FAULT_RESERVED2_OFFSET 12
#define XEN_VIRTIO_IOMMU_FAULT_RESERVED2_SIZE   4
#define XEN_VIRTIO_IOMMU_FAULT_ADDRESS_OFFSET   16
#define XEN_VIRTIO_IOMMU_FAULT_ADDRESS_SIZE     8
XEN_VIRTIO_IOMMU_WIRE_FN uint8_t
xen_virtio_iommu_fault_get_reason(const unsigned char *buf)
{
    return buf[XEN_VIRTIO_IOMMU_FAULT_REASON_OFFSET];
}
XEN_VIRTIO_IOMMU_WIRE_FN void
xen_virtio_iommu_fault_set_reason(unsigned char *buf, uint8_t v)
{
    buf[XEN_VIRTIO_IOMMU_FAULT_REASON_OFFSET] = v;
}
XEN_VIRTIO_IOMMU_WIRE_FN uint8_t
xen_virtio_iommu_fault_get_reserved(const unsigned char *buf, unsigned long i)
{
    return buf[XEN_VIRTIO_IOMMU_FAULT_RESERVED_OFFSET + i];
}
XEN_VIRTIO_IOMMU_WIRE_FN void
xen_virtio_iommu_fault_set_reserved(unsigned char *buf,
                                    unsigned long i,
                                    uint8_t v)
{
    buf[XEN_VIRTIO_IOMMU_FAULT_RESERVED_OFFSET + i] = v;
}
XEN_VIRTIO_IOMMU_WIRE_FN uint32_t
xen_virtio_iommu_fault_get_flags(const unsigned char *buf)
{
    return xen_virtio_iommu_wire_ld32le(
        buf + XEN_VIRTIO_IOMMU_FAULT_FLAGS_OFFSET);
}
XEN_VIRTIO_IOMMU_WIRE_FN void
xen_virtio_iommu_fault_set_flags(unsigned char *buf, uint32_t v)
{
    xen_virtio_iommu_wire_st32le(buf + XEN_VIRTIO_IOMMU_FAULT_FLAGS_OFFSET, v);
}
XEN_VIRTIO_IOMMU_WIRE_FN uint32_t
xen_virtio_iommu_fault_get_endpoint(const unsigned char *buf)
{
    return xen_virtio_iommu_wire_ld32le(
        buf + XEN_VIRTIO_IOMMU_FAULT_ENDPOINT_OFFSET);
}
XEN_VIRTIO_IOMMU_WIRE_FN void
xen_virtio_iommu_fault_set_endpoint(unsigned char *buf, uint32_t v)
{
    xen_virtio_iommu_wire_st32le(
        buf + XEN_VIRTIO_IOMMU_FAULT_ENDPOINT_OFFSET, v);
}
XEN_VIRTIO_IOMMU_WIRE_FN uint8_t
xen_virtio_iommu_fault_get_reserved2(const unsigned char *buf, unsigned long i)
{
    return buf[XEN_VIRTIO_IOMMU_FAULT_RESERVED2_OFFSET + i];
}
XEN_VIRTIO_IOMMU_WIRE_FN void
xen_virtio_iommu_fault_set_reserved2(unsigned char *buf,
                                     unsigned long i,
                                     uint8_t v)
{
    buf[XEN_VIRTIO_IOMMU_FAULT_RESERVED2_OFFSET + i] = v;
}
XEN_VIRTIO_IOMMU_WIRE_FN uint64_t
xen_virtio_iommu_fault_get_address(const unsigned char *buf)
{
    return xen_virtio_iommu_wire_ld64le(
        buf + XEN_VIRTIO_IOMMU_FAULT_ADDRESS_OFFSET);
}
XEN_VIRTIO_IOMMU_WIRE_FN void
xen_virtio_iommu_fault_set_address(unsigned char *buf, uint64_t v)
{
    xen_virtio_iommu_wire_st64le(
        buf + XEN_VIRTIO_IOMMU_FAULT_ADDRESS_OFFSET, v);
}
XEN_VIRTIO_IOMMU_WIRE_FN int
xen_virtio_iommu_fault_check(const unsigned char *buf,
                             unsigned long len,
                             struct xen_virtio_iommu_wire_problem *problem)
{
    int rc = XEN_VIRTIO_IOMMU_WIRE_OK;
    uint64_t v;
    unsigned long i;

    if (len < 1)
        return xen_virtio_iommu_wire_report(problem,
                                            XEN_VIRTIO_IOMMU_WIRE_SHORT, 1,
                                            "reason", 0, 1, len, 0);
    if (len < 4)
        return xen_virtio_iommu_wire_report(problem,
                                            XEN_VIRTIO_IOMMU_WIRE_SHORT, 1,
                                            "reserved", 1, 3, len, 0);
    if (len < 8)
        return xen_virtio_iommu_wire_report(problem,
                                            XEN_VIRTIO_IOMMU_WIRE_SHORT, 1,
                                            "flags", 4, 4, len, 0);
    if (len < 12)
        return xen_virtio_iommu_wire_report(problem,
                                            XEN_VIRTIO_IOMMU_WIRE_SHORT, 1,
                                            "endpoint", 8, 4, len, 0);
    if (len < 16)
        return xen_virtio_iommu_wire_report(problem,
                                            XEN_VIRTIO_IOMMU_WIRE_SHORT, 1,
                                            "reserved2", 12, 4, len, 0);
    if (len < 24)
        return xen_virtio_iommu_wire_report(problem,
                                            XEN_VIRTIO_IOMMU_WIRE_SHORT, 1,
                                            "address", 16, 8, len, 0);
    v = (uint64_t)xen_virtio_iommu_fault_get_reason(buf);
    /*
     * reason: one of the values of fault_reasons (others are ignored by the
     * receiver)
     */
    if (!(v <= 2)) {
        if (rc == XEN_VIRTIO_IOMMU_WIRE_OK)
            rc = xen_virtio_iommu_wire_report(problem,
                                              XEN_VIRTIO_IOMMU_WIRE_VALUE,
                                              0, "reason", 0, 1, 0, v);
    }
    i = xen_virtio_iommu_wire_first_set(buf, 1, 4);
    /* reserved: reserved, ignored by the receiver */
    if (i < 4) {
        if (rc == XEN_VIRTIO_IOMMU_WIRE_OK)
            rc = xen_virtio_iommu_wire_report(problem,
                                              XEN_VIRTIO_IOMMU_WIRE_RESERVED,
                                              0, "reserved", 1, 3, i,
                                              buf[i]);
    }
    v = (uint64_t)xen_virtio_iommu_fault_get_flags(buf);
    v &= ~(uint64_t)(XEN_VIRTIO_IOMMU_FAULT_F_READ |
                     XEN_VIRTIO_IOMMU_FAULT_F_WRITE |
                     XEN_VIRTIO_IOMMU_FAULT_F_EXEC |
                     XEN_VIRTIO_IOMMU_FAULT_F_ADDRESS);
    /* flags: flag bits the spec does not define, ignored by the receiver */
    if (v) {
        if (rc == XEN_VIRTIO_IOMMU_WIRE_OK)
            rc = xen_virtio_iommu_wire_report(problem,
                                              XEN_VIRTIO_IOMMU_WIRE_FLAGS,
                                              0, "flags", 4, 4, 4, v);
    }
    i = xen_virtio_iommu_wire_first_set(buf, 12, 16);
    /* reserved2: reserved, ignored by the receiver */
    if (i < 16) {
        if (rc == XEN_VIRTIO_IOMMU_WIRE_OK)
            rc = xen_virtio_iommu_wire_report(problem,
                                              XEN_VIRTIO_IOMMU_WIRE_RESERVED,
                                              0, "reserved2", 12, 4, i,
                                              buf[i]);
    }
    return rc;
}

#endif /* IOMMU_ABI_XEN_VIRTIO_IOMMU_WIRE_H */
