/* SPDX-License-Identifier: MIT */
/*
 * xen/public/virtio-iommu.h - virtio-iommu device interface (xen flavor)
 *
 * Generated from spec/virtio-iommu.yaml by gen/iommu-abi-gen: do not edit.
 * Change the spec and regenerate (cmake --build build --target regen).
 *
 * The virtio-iommu device (virtio device ID 23) manages DMA from endpoints.
 * The driver sends requests on the request virtqueue (0); the device reports
 * faults on the event virtqueue (1).  Every request starts with a
 * device-readable struct xen_virtio_iommu_req_head and ends with a
 * device-writable struct xen_virtio_iommu_req_tail.  All multi-byte fields
 * are little-endian on the wire, whatever the CPU.
 */

#ifndef __XEN_PUBLIC_VIRTIO_IOMMU_H__
#define __XEN_PUBLIC_VIRTIO_IOMMU_H__

#include "xen.h"

/* Feature bits, as bit numbers in the device's feature word. */
/* input_range describes the virtual addresses the device can translate. */
#define XEN_VIRTIO_IOMMU_F_INPUT_RANGE   0U
/* domain_range describes the domain IDs the device supports. */
#define XEN_VIRTIO_IOMMU_F_DOMAIN_RANGE  1U
/* MAP and UNMAP requests are available. */
#define XEN_VIRTIO_IOMMU_F_MAP_UNMAP     2U
/*
 * Legacy; unattached endpoints bypass translation. Superseded by
 * BYPASS_CONFIG.
 */
#define XEN_VIRTIO_IOMMU_F_BYPASS        3U
/* The PROBE request is available. */
#define XEN_VIRTIO_IOMMU_F_PROBE         4U
/* The XEN_VIRTIO_IOMMU_MAP_F_MMIO flag is available. */
#define XEN_VIRTIO_IOMMU_F_MMIO          5U
/*
 * The config field bypass, and XEN_VIRTIO_IOMMU_ATTACH_F_BYPASS, control
 * bypass.
 */
#define XEN_VIRTIO_IOMMU_F_BYPASS_CONFIG 6U

/* Request types, in xen_virtio_iommu_req_head.type. */
#define XEN_VIRTIO_IOMMU_T_ATTACH 1U
#define XEN_VIRTIO_IOMMU_T_DETACH 2U
#define XEN_VIRTIO_IOMMU_T_MAP    3U
#define XEN_VIRTIO_IOMMU_T_UNMAP  4U
#define XEN_VIRTIO_IOMMU_T_PROBE  5U

/* Request status, written by the device in xen_virtio_iommu_req_tail.status. */
#define XEN_VIRTIO_IOMMU_S_OK     0U  /* The request succeeded. */
#define XEN_VIRTIO_IOMMU_S_IOERR  1U  /* Virtio communication error. */
#define XEN_VIRTIO_IOMMU_S_UNSUPP 2U  /* Unsupported request. */
#define XEN_VIRTIO_IOMMU_S_DEVERR 3U  /* Internal device error. */
#define XEN_VIRTIO_IOMMU_S_INVAL  4U  /* Invalid parameters. */
#define XEN_VIRTIO_IOMMU_S_RANGE  5U  /* Out-of-range parameters. */
#define XEN_VIRTIO_IOMMU_S_NOENT  6U  /* Entry not found. */
#define XEN_VIRTIO_IOMMU_S_FAULT  7U  /* Bad address. */
#define XEN_VIRTIO_IOMMU_S_NOMEM  8U  /* Insufficient resources. */

/* Flags of xen_virtio_iommu_req_attach.flags. */
/* Create or join a bypass domain (needs XEN_VIRTIO_IOMMU_F_BYPASS_CONFIG). */
#define XEN_VIRTIO_IOMMU_ATTACH_F_BYPASS (1U << 0)

/* Flags of xen_virtio_iommu_req_map.flags. */
/* Endpoints may read the range. */
#define XEN_VIRTIO_IOMMU_MAP_F_READ  (1U << 0)
/* Endpoints may write the range. */
#define XEN_VIRTIO_IOMMU_MAP_F_WRITE (1U << 1)
/* The range is device memory (needs XEN_VIRTIO_IOMMU_F_MMIO). */
#define XEN_VIRTIO_IOMMU_MAP_F_MMIO  (1U << 2)
#define XEN_VIRTIO_IOMMU_MAP_F_MASK  (XEN_VIRTIO_IOMMU_MAP_F_READ | \
                                      XEN_VIRTIO_IOMMU_MAP_F_WRITE | \
                                      XEN_VIRTIO_IOMMU_MAP_F_MMIO)

/*
 * Probe property types, in the low 12 bits of
 * xen_virtio_iommu_probe_property.type.
 */
#define XEN_VIRTIO_IOMMU_PROBE_T_NONE     0U  /* Ends the property list. */
#define XEN_VIRTIO_IOMMU_PROBE_T_RESV_MEM 1U  /* A reserved memory region. */

/*
 * The type bits of xen_virtio_iommu_probe_property.type; bits 12-15 are
 * reserved.
 */
#define XEN_VIRTIO_IOMMU_PROBE_T_MASK 0xfffU

/* Subtypes of a RESV_MEM property. */
/* Addresses the driver must not map. */
#define XEN_VIRTIO_IOMMU_RESV_MEM_T_RESERVED 0U
/* An MSI doorbell; like RESERVED, and the endpoint's MSIs go there. */
#define XEN_VIRTIO_IOMMU_RESV_MEM_T_MSI      1U

/* Fault reasons, in xen_virtio_iommu_fault.reason. */
/* Internal error, or no better reason. */
#define XEN_VIRTIO_IOMMU_FAULT_R_UNKNOWN 0U
/* The endpoint is not attached to a domain. */
#define XEN_VIRTIO_IOMMU_FAULT_R_DOMAIN  1U
/* The address is not mapped, or not with the needed permission. */
#define XEN_VIRTIO_IOMMU_FAULT_R_MAPPING 2U

/* Flags of xen_virtio_iommu_fault.flags. */
/* The faulting access was a read. */
#define XEN_VIRTIO_IOMMU_FAULT_F_READ    (1U << 0)
/* The faulting access was a write. */
#define XEN_VIRTIO_IOMMU_FAULT_F_WRITE   (1U << 1)
/*
 * The faulting access was an instruction fetch (defined by Linux, not by the
 * chapter).
 */
#define XEN_VIRTIO_IOMMU_FAULT_F_EXEC    (1U << 2)
/* The address field is valid. */
#define XEN_VIRTIO_IOMMU_FAULT_F_ADDRESS (1U << 8)

/*
 * The structures use uint64_aligned_t, a 64-bit integer that is 8-byte
 * aligned on every ABI.  xen.h provides it to the hypervisor and the tools
 * (__XEN__, __XEN_TOOLS__) and, on Arm, to every build; elsewhere a guest
 * that uses these structures defines it before including this header.
 * It is never guessed here: a plain uint64_t is 4-byte aligned on x86_32.
 */
#if defined(__XEN__) || defined(__XEN_TOOLS__) || defined(uint64_aligned_t)

/**
 * struct xen_virtio_iommu_range_64 - An inclusive range of 64-bit addresses,
 * [start, end].
 * @start: First address.
 * @end: Last address.
 */
struct xen_virtio_iommu_range_64 {
    uint64_aligned_t start;
    uint64_aligned_t end;
};
typedef struct xen_virtio_iommu_range_64 xen_virtio_iommu_range_64_t;

/**
 * struct xen_virtio_iommu_range_32 - An inclusive range of 32-bit
 * identifiers, [start, end].
 * @start: First identifier.
 * @end: Last identifier.
 */
struct xen_virtio_iommu_range_32 {
    uint32_t start;
    uint32_t end;
};
typedef struct xen_virtio_iommu_range_32 xen_virtio_iommu_range_32_t;

/**
 * struct xen_virtio_iommu_config - Device configuration space.
 * @page_size_mask: Supported page sizes.
 * @input_range: Supported IOVA range (INPUT_RANGE).
 * @domain_range: Supported domain IDs (DOMAIN_RANGE).
 * @probe_size: Size of a PROBE request's properties (PROBE).
 * @bypass: 1: unattached endpoints bypass (BYPASS_CONFIG).
 * @reserved: Reserved.
 *
 * page_size_mask is always valid; the other fields are valid when their
 * feature bit is offered.  The least significant bit set in page_size_mask is
 * the mapping granule.  Without XEN_VIRTIO_IOMMU_F_INPUT_RANGE the input
 * range is the whole 64-bit space.
 */
struct xen_virtio_iommu_config {
    uint64_aligned_t            page_size_mask;
    xen_virtio_iommu_range_64_t input_range;
    xen_virtio_iommu_range_32_t domain_range;
    uint32_t                    probe_size;
    uint8_t                     bypass;
    uint8_t                     reserved[3];    /* reserved */
};
typedef struct xen_virtio_iommu_config xen_virtio_iommu_config_t;
/*
 * Sizes of struct xen_virtio_iommu_config by version, the bytes a peer of
 * that version uses: VER0 base, VER1 bypass_config
 * (XEN_VIRTIO_IOMMU_F_BYPASS_CONFIG).
 */
#define XEN_VIRTIO_IOMMU_CONFIG_SIZE_VER0 36U
#define XEN_VIRTIO_IOMMU_CONFIG_SIZE_VER1 40U

/**
 * struct xen_virtio_iommu_req_head - First four bytes of every request;
 * device-readable.
 * @type: XEN_VIRTIO_IOMMU_T_*.
 * @reserved: Ignored by the device.
 */
struct xen_virtio_iommu_req_head {
    uint8_t type;
    uint8_t reserved[3]; /* reserved */
};
typedef struct xen_virtio_iommu_req_head xen_virtio_iommu_req_head_t;

/**
 * struct xen_virtio_iommu_req_tail - Last four bytes of every request;
 * device-writable.
 * @status: XEN_VIRTIO_IOMMU_S_*.
 * @reserved: Written as zero.
 */
struct xen_virtio_iommu_req_tail {
    uint8_t status;
    uint8_t reserved[3]; /* reserved */
};
typedef struct xen_virtio_iommu_req_tail xen_virtio_iommu_req_tail_t;

/**
 * struct xen_virtio_iommu_req_attach - XEN_VIRTIO_IOMMU_T_ATTACH: attach
 * endpoint to domain, creating the domain if it does not exist.
 * @head: Request head; type: the request's XEN_VIRTIO_IOMMU_T_*.
 * @domain: Domain ID.
 * @endpoint: Endpoint ID.
 * @flags: Flags, XEN_VIRTIO_IOMMU_ATTACH_F_*; reserved (zero) before
 * BYPASS_CONFIG.
 * @reserved: Must be zero.
 * @tail: Request tail; the device writes the status there.
 *
 * An endpoint attached elsewhere is first detached. The device rejects a
 * request with non-zero reserved bytes or unknown flags
 * (XEN_VIRTIO_IOMMU_S_INVAL).
 */
struct xen_virtio_iommu_req_attach {
    xen_virtio_iommu_req_head_t head;
    uint32_t                    domain;
    uint32_t                    endpoint;
    /* XEN_VIRTIO_IOMMU_ATTACH_F_BYPASS */
    uint32_t                    flags;
    uint8_t                     reserved[4]; /* reserved */
    xen_virtio_iommu_req_tail_t tail;
};
typedef struct xen_virtio_iommu_req_attach xen_virtio_iommu_req_attach_t;

/**
 * struct xen_virtio_iommu_req_detach - XEN_VIRTIO_IOMMU_T_DETACH: detach
 * endpoint from domain.
 * @head: Request head; type: the request's XEN_VIRTIO_IOMMU_T_*.
 * @domain: Domain ID.
 * @endpoint: Endpoint ID.
 * @reserved: Ignored by the device.
 * @tail: Request tail; the device writes the status there.
 *
 * A domain ceases to exist when its last endpoint is detached.
 */
struct xen_virtio_iommu_req_detach {
    xen_virtio_iommu_req_head_t head;
    uint32_t                    domain;
    uint32_t                    endpoint;
    uint8_t                     reserved[8]; /* reserved */
    xen_virtio_iommu_req_tail_t tail;
};
typedef struct xen_virtio_iommu_req_detach xen_virtio_iommu_req_detach_t;

/**
 * struct xen_virtio_iommu_req_map - XEN_VIRTIO_IOMMU_T_MAP: map [virt_start,
 * virt_end] (both inclusive) to phys_start in domain.
 * @head: Request head; type: the request's XEN_VIRTIO_IOMMU_T_*.
 * @domain: Domain ID.
 * @virt_start: A little-endian 64-bit value.
 * @virt_end: A little-endian 64-bit value.
 * @phys_start: A little-endian 64-bit value.
 * @flags: Flags, XEN_VIRTIO_IOMMU_MAP_F_*.
 * @tail: Request tail; the device writes the status there.
 *
 * virt_start, phys_start and virt_end + 1 are aligned on the page granule;
 * virt_end >= virt_start, so the last page of the 64-bit space can be mapped.
 * A range that overlaps an existing mapping is rejected.
 */
struct xen_virtio_iommu_req_map {
    xen_virtio_iommu_req_head_t head;
    uint32_t                    domain;
    uint64_aligned_t            virt_start;
    uint64_aligned_t            virt_end;
    uint64_aligned_t            phys_start;
    uint32_t                    flags;      /* XEN_VIRTIO_IOMMU_MAP_F_* */
    xen_virtio_iommu_req_tail_t tail;
};
typedef struct xen_virtio_iommu_req_map xen_virtio_iommu_req_map_t;

/**
 * struct xen_virtio_iommu_req_unmap - XEN_VIRTIO_IOMMU_T_UNMAP: remove every
 * mapping of domain that lies inside [virt_start, virt_end] (both inclusive).
 * @head: Request head; type: the request's XEN_VIRTIO_IOMMU_T_*.
 * @domain: Domain ID.
 * @virt_start: A little-endian 64-bit value.
 * @virt_end: A little-endian 64-bit value.
 * @reserved: Should be zero.
 * @tail: Request tail; the device writes the status there.
 *
 * UNMAP(0, ~0) removes them all.  A mapping only partly covered is not split:
 * the request fails with XEN_VIRTIO_IOMMU_S_RANGE and removes nothing.
 */
struct xen_virtio_iommu_req_unmap {
    xen_virtio_iommu_req_head_t head;
    uint32_t                    domain;
    uint64_aligned_t            virt_start;
    uint64_aligned_t            virt_end;
    uint8_t                     reserved[4]; /* reserved */
    xen_virtio_iommu_req_tail_t tail;
};
typedef struct xen_virtio_iommu_req_unmap xen_virtio_iommu_req_unmap_t;

/**
 * struct xen_virtio_iommu_probe_property - Header of one PROBE property.
 * @type: Bits 0-11 XEN_VIRTIO_IOMMU_PROBE_T_*, bits 12-15 reserved.
 * @length: Bytes of value after this header.
 *
 * The next property starts length + 4 bytes after this one; a type of
 * XEN_VIRTIO_IOMMU_PROBE_T_NONE ends the list.
 */
struct xen_virtio_iommu_probe_property {
    uint16_t type;
    uint16_t length;
};
typedef struct xen_virtio_iommu_probe_property
    xen_virtio_iommu_probe_property_t;

/**
 * struct xen_virtio_iommu_probe_resv_mem - XEN_VIRTIO_IOMMU_PROBE_T_RESV_MEM
 * property: [start, end] (inclusive) is reserved for the endpoint and must
 * not be mapped.
 * @head: Property header; type: XEN_VIRTIO_IOMMU_PROBE_T_RESV_MEM.
 * @subtype: XEN_VIRTIO_IOMMU_RESV_MEM_T_*.
 * @reserved: Reserved.
 * @start: First reserved address.
 * @end: Last reserved address.
 */
struct xen_virtio_iommu_probe_resv_mem {
    xen_virtio_iommu_probe_property_t head;
    uint8_t                           subtype;
    uint8_t                           reserved[3]; /* reserved */
    uint64_aligned_t                  start;
    uint64_aligned_t                  end;
};
typedef struct xen_virtio_iommu_probe_resv_mem
    xen_virtio_iommu_probe_resv_mem_t;

/**
 * struct xen_virtio_iommu_req_probe - XEN_VIRTIO_IOMMU_T_PROBE: list the
 * properties of endpoint.
 * @head: Request head; type: the request's XEN_VIRTIO_IOMMU_T_*.
 * @endpoint: Endpoint ID.
 * @reserved: Room for future fields; ignored.
 * @properties: probe_size bytes of properties, then the tail. Property
 * lengths keep 8-byte alignment.
 *
 * The device-readable part is this structure; the device-writable part is
 * probe_size bytes of properties followed by a struct
 * xen_virtio_iommu_req_tail.
 */
struct xen_virtio_iommu_req_probe {
    xen_virtio_iommu_req_head_t head;
    uint32_t                    endpoint;
    uint8_t                     reserved[64]; /* reserved */
#if defined(__STDC_VERSION__) && !defined(__cplusplus)
#if __STDC_VERSION__ >= 199901L
    uint8_t                     properties[]; /* variable length */
#endif
#endif
};
typedef struct xen_virtio_iommu_req_probe xen_virtio_iommu_req_probe_t;

/**
 * struct xen_virtio_iommu_fault - A fault report, written by the device into
 * an event queue buffer.
 * @reason: XEN_VIRTIO_IOMMU_FAULT_R_*.
 * @reserved: Reserved.
 * @flags: Flags, XEN_VIRTIO_IOMMU_FAULT_F_*.
 * @endpoint: Endpoint ID.
 * @reserved2: Called reserved1 in the virtio specification; Linux's name is
 * kept.
 * @address: Valid when XEN_VIRTIO_IOMMU_FAULT_F_ADDRESS is set.
 */
struct xen_virtio_iommu_fault {
    uint8_t          reason;
    uint8_t          reserved[3];  /* reserved */
    uint32_t         flags;        /* XEN_VIRTIO_IOMMU_FAULT_F_* */
    uint32_t         endpoint;
    uint8_t          reserved2[4]; /* reserved */
    uint64_aligned_t address;
};
typedef struct xen_virtio_iommu_fault xen_virtio_iommu_fault_t;

#endif /* __XEN__ || __XEN_TOOLS__ || uint64_aligned_t */

#endif /* __XEN_PUBLIC_VIRTIO_IOMMU_H__ */

/*
 * Local variables:
 * mode: C
 * c-file-style: "BSD"
 * c-basic-offset: 4
 * tab-width: 4
 * indent-tabs-mode: nil
 * End:
 */
