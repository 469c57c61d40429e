/* SPDX-License-Identifier: MIT */
/*
 * wire.h - the tests' own little-endian loads and stores on byte buffers.
 *
 * The translator reads and writes every wire structure through the generated
 * helpers (<iommu-abi/virtio_iommu_wire.h>, <iommu-abi/xen_pv_iommu_wire.h>).
 * The unit and differential tests build their requests and read the device's
 * answers with this independent, hand-written code instead, at offsetof()
 * of the generated structures, so that a fault in the generated helpers and
 * the same fault in the model's expectations cannot cancel out.
 */
#ifndef IOMMU_REF_WIRE_H
#define IOMMU_REF_WIRE_H

#include <stddef.h>
#include <stdint.h>

/* Size of a member, from the generated structure definition. */
#define WIRE_FIELD_SIZE(type, field) sizeof(((type *)0)->field)
/* One past the last byte of a member. */
#define WIRE_FIELD_END(type, field) (offsetof(type, field) + WIRE_FIELD_SIZE(type, field))

/* Field access on a byte buffer @p laid out as @type (a complete type,
 * "struct virtio_iommu_req_map"): the load or store of the width the name
 * says, at the field's offset.  A field of another width is a compile error,
 * so a header change that widens or narrows a field cannot be read with the
 * old width by mistake. */
#define WIRE_WIDTH_CHECK(type, field, n) ((void)sizeof(char[(WIRE_FIELD_SIZE(type, field) == (n)) ? 1 : -1]))
#define WIRE_PTR(p, type, field) ((p) + offsetof(type, field))
#define WIRE_LD8(p, type, field)  (WIRE_WIDTH_CHECK(type, field, 1), *WIRE_PTR(p, type, field))
#define WIRE_LD16(p, type, field) (WIRE_WIDTH_CHECK(type, field, 2), wire_ld16(WIRE_PTR(p, type, field)))
#define WIRE_LD32(p, type, field) (WIRE_WIDTH_CHECK(type, field, 4), wire_ld32(WIRE_PTR(p, type, field)))
#define WIRE_LD64(p, type, field) (WIRE_WIDTH_CHECK(type, field, 8), wire_ld64(WIRE_PTR(p, type, field)))
#define WIRE_ST8(p, type, field, v) \
    (WIRE_WIDTH_CHECK(type, field, 1), (void)(*WIRE_PTR(p, type, field) = (uint8_t)(v)))
#define WIRE_ST16(p, type, field, v) \
    (WIRE_WIDTH_CHECK(type, field, 2), wire_st16(WIRE_PTR(p, type, field), (uint16_t)(v)))
#define WIRE_ST32(p, type, field, v) \
    (WIRE_WIDTH_CHECK(type, field, 4), wire_st32(WIRE_PTR(p, type, field), (uint32_t)(v)))
#define WIRE_ST64(p, type, field, v) \
    (WIRE_WIDTH_CHECK(type, field, 8), wire_st64(WIRE_PTR(p, type, field), (uint64_t)(v)))
/* 1 if any byte of the field (reserved bytes, padding) is non-zero. */
#define WIRE_NONZERO(p, type, field) wire_nonzero(WIRE_PTR(p, type, field), WIRE_FIELD_SIZE(type, field))

static inline uint16_t wire_ld16(const uint8_t *p)
{
    return (uint16_t)(p[0] | (p[1] << 8));
}

static inline uint32_t wire_ld32(const uint8_t *p)
{
    return (uint32_t)p[0] | ((uint32_t)p[1] << 8) | ((uint32_t)p[2] << 16) | ((uint32_t)p[3] << 24);
}

static inline uint64_t wire_ld64(const uint8_t *p)
{
    return (uint64_t)wire_ld32(p) | ((uint64_t)wire_ld32(p + 4) << 32);
}

static inline void wire_st16(uint8_t *p, uint16_t v)
{
    p[0] = (uint8_t)v;
    p[1] = (uint8_t)(v >> 8);
}

static inline void wire_st32(uint8_t *p, uint32_t v)
{
    p[0] = (uint8_t)v;
    p[1] = (uint8_t)(v >> 8);
    p[2] = (uint8_t)(v >> 16);
    p[3] = (uint8_t)(v >> 24);
}

static inline void wire_st64(uint8_t *p, uint64_t v)
{
    wire_st32(p, (uint32_t)v);
    wire_st32(p + 4, (uint32_t)(v >> 32));
}

/* 1 if any of the @len bytes at @p is non-zero. */
static inline int wire_nonzero(const uint8_t *p, size_t len)
{
    size_t i;

    for (i = 0; i < len; i++)
        if (p[i])
            return 1;
    return 0;
}

#endif /* IOMMU_REF_WIRE_H */
