/* SPDX-License-Identifier: MIT */
/*
 * iommu-abi/virtio_iommu.h - virtio-iommu device interface (portable flavor)
 *
 * Generated from spec/virtio-iommu.yaml by gen/iommu-abi-gen: do not edit.
 * Change the spec and regenerate (cmake --build build --target regen).
 *
 * The virtio-iommu device (virtio device ID 23) manages DMA from endpoints.
 * The driver sends requests on the request virtqueue (0); the device reports
 * faults on the event virtqueue (1).  Every request starts with a
 * device-readable struct virtio_iommu_req_head and ends with a
 * device-writable struct virtio_iommu_req_tail.  All multi-byte fields are
 * little-endian on the wire, whatever the CPU.
 */

#ifndef IOMMU_ABI_VIRTIO_IOMMU_H
#define IOMMU_ABI_VIRTIO_IOMMU_H

#include <stdint.h>

/* Feature bits, as bit numbers in the device's feature word. */
/* input_range describes the virtual addresses the device can translate. */
#define VIRTIO_IOMMU_F_INPUT_RANGE   0U
/* domain_range describes the domain IDs the device supports. */
#define VIRTIO_IOMMU_F_DOMAIN_RANGE  1U
/* MAP and UNMAP requests are available. */
#define VIRTIO_IOMMU_F_MAP_UNMAP     2U
/*
 * Legacy; unattached endpoints bypass translation. Superseded by
 * BYPASS_CONFIG.
 */
#define VIRTIO_IOMMU_F_BYPASS        3U
#define VIRTIO_IOMMU_F_PROBE         4U  /* The PROBE request is available. */
/* The VIRTIO_IOMMU_MAP_F_MMIO flag is available. */
#define VIRTIO_IOMMU_F_MMIO          5U
/*
 * The config field bypass, and VIRTIO_IOMMU_ATTACH_F_BYPASS, control bypass.
 */
#define VIRTIO_IOMMU_F_BYPASS_CONFIG 6U

/* Request types, in virtio_iommu_req_head.type. */
#define VIRTIO_IOMMU_T_ATTACH 1U
#define VIRTIO_IOMMU_T_DETACH 2U
#define VIRTIO_IOMMU_T_MAP    3U
#define VIRTIO_IOMMU_T_UNMAP  4U
#define VIRTIO_IOMMU_T_PROBE  5U

/* Request status, written by the device in virtio_iommu_req_tail.status. */
#define VIRTIO_IOMMU_S_OK     0U  /* The request succeeded. */
#define VIRTIO_IOMMU_S_IOERR  1U  /* Virtio communication error. */
#define VIRTIO_IOMMU_S_UNSUPP 2U  /* Unsupported request. */
#define VIRTIO_IOMMU_S_DEVERR 3U  /* Internal device error. */
#define VIRTIO_IOMMU_S_INVAL  4U  /* Invalid parameters. */
#define VIRTIO_IOMMU_S_RANGE  5U  /* Out-of-range parameters. */
#define VIRTIO_IOMMU_S_NOENT  6U  /* Entry not found. */
#define VIRTIO_IOMMU_S_FAULT  7U  /* Bad address. */
#define VIRTIO_IOMMU_S_NOMEM  8U  /* Insufficient resources. */

/* Flags of virtio_iommu_req_attach.flags. */
/* Create or join a bypass domain (needs VIRTIO_IOMMU_F_BYPASS_CONFIG). */
#define VIRTIO_IOMMU_ATTACH_F_BYPASS (1U << 0)

/* Flags of virtio_iommu_req_map.flags. */
/* Endpoints may read the range. */
#define VIRTIO_IOMMU_MAP_F_READ  (1U << 0)
/* Endpoints may write the range. */
#define VIRTIO_IOMMU_MAP_F_WRITE (1U << 1)
/* The range is device memory (needs VIRTIO_IOMMU_F_MMIO). */
#define VIRTIO_IOMMU_MAP_F_MMIO  (1U << 2)
#define VIRTIO_IOMMU_MAP_F_MASK  (VIRTIO_IOMMU_MAP_F_READ | \
                                  VIRTIO_IOMMU_MAP_F_WRITE | \
                                  VIRTIO_IOMMU_MAP_F_MMIO)

/*
 * Probe property types, in the low 12 bits of
 * virtio_iommu_probe_property.type.
 */
#define VIRTIO_IOMMU_PROBE_T_NONE     0U  /* Ends the property list. */
#define VIRTIO_IOMMU_PROBE_T_RESV_MEM 1U  /* A reserved memory region. */

/*
 * The type bits of virtio_iommu_probe_property.type; bits 12-15 are reserved.
 */
#define VIRTIO_IOMMU_PROBE_T_MASK 0xfffU

/* Subtypes of a RESV_MEM property. */
/* Addresses the driver must not map. */
#define VIRTIO_IOMMU_RESV_MEM_T_RESERVED 0U
/* An MSI doorbell; like RESERVED, and the endpoint's MSIs go there. */
#define VIRTIO_IOMMU_RESV_MEM_T_MSI      1U

/* Fault reasons, in virtio_iommu_fault.reason. */
/* Internal error, or no better reason. */
#define VIRTIO_IOMMU_FAULT_R_UNKNOWN 0U
/* The endpoint is not attached to a domain. */
#define VIRTIO_IOMMU_FAULT_R_DOMAIN  1U
/* The address is not mapped, or not with the needed permission. */
#define VIRTIO_IOMMU_FAULT_R_MAPPING 2U

/* Flags of virtio_iommu_fault.flags. */
/* The faulting access was a read. */
#define VIRTIO_IOMMU_FAULT_F_READ    (1U << 0)
/* The faulting access was a write. */
#define VIRTIO_IOMMU_FAULT_F_WRITE   (1U << 1)
/*
 * The faulting access was an instruction fetch (defined by Linux, not by the
 * chapter).
 */
#define VIRTIO_IOMMU_FAULT_F_EXEC    (1U << 2)
/* The address field is valid. */
#define VIRTIO_IOMMU_FAULT_F_ADDRESS (1U << 8)

/**
 * struct virtio_iommu_range_64 - An inclusive range of 64-bit addresses,
 * [start, end].
 * @start: First address.
 * @end: Last address.
 */
struct virtio_iommu_range_64 {
    uint64_t start; /*  0 8 */
    uint64_t end;   /*  8 8 */
};                  /* size 16 */

/**
 * struct virtio_iommu_range_32 - An inclusive range of 32-bit identifiers,
 * [start, end].
 * @start: First identifier.
 * @end: Last identifier.
 */
struct virtio_iommu_range_32 {
    uint32_t start; /* 0 4 */
    uint32_t end;   /* 4 4 */
};                  /* size 8 */

/**
 * struct virtio_iommu_config - Device configuration space.
 * @page_size_mask: Supported page sizes.
 * @input_range: Supported IOVA range (INPUT_RANGE).
 * @domain_range: Supported domain IDs (DOMAIN_RANGE).
 * @probe_size: Size of a PROBE request's properties (PROBE).
 * @bypass: 1: unattached endpoints bypass (BYPASS_CONFIG).
 * @reserved: Reserved.
 *
 * page_size_mask is always valid; the other fields are valid when their
 * feature bit is offered.  The least significant bit set in page_size_mask is
 * the mapping granule.  Without VIRTIO_IOMMU_F_INPUT_RANGE the input range is
 * the whole 64-bit space.
 */
struct virtio_iommu_config {
    uint64_t                     page_size_mask; /*  0  8 */
    struct virtio_iommu_range_64 input_range;    /*  8 16 */
    struct virtio_iommu_range_32 domain_range;   /* 24  8 */
    uint32_t                     probe_size;     /* 32  4 */
    uint8_t                      bypass;         /* 36  1 */
    uint8_t                      reserved[3];    /* 37  3  reserved */
};                                               /* size 40 */
/*
 * Sizes of struct virtio_iommu_config by version, the bytes a peer of that
 * version uses: VER0 base, VER1 bypass_config (VIRTIO_IOMMU_F_BYPASS_CONFIG).
 */
#define VIRTIO_IOMMU_CONFIG_SIZE_VER0 36U
#define VIRTIO_IOMMU_CONFIG_SIZE_VER1 40U

/**
 * struct virtio_iommu_req_head - First four bytes of every request;
 * device-readable.
 * @type: VIRTIO_IOMMU_T_*.
 * @reserved: Ignored by the device.
 */
struct virtio_iommu_req_head {
    uint8_t type;        /* 0 1 */
    uint8_t reserved[3]; /* 1 3  reserved */
};                       /* size 4 */

/**
 * struct virtio_iommu_req_tail - Last four bytes of every request;
 * device-writable.
 * @status: VIRTIO_IOMMU_S_*.
 * @reserved: Written as zero.
 */
struct virtio_iommu_req_tail {
    uint8_t status;      /* 0 1 */
    uint8_t reserved[3]; /* 1 3  reserved */
};                       /* size 4 */

/**
 * struct virtio_iommu_req_attach - VIRTIO_IOMMU_T_ATTACH: attach endpoint to
 * domain, creating the domain if it does not exist.
 * @head: Request head; type: the request's VIRTIO_IOMMU_T_*.
 * @domain: Domain ID.
 * @endpoint: Endpoint ID.
 * @flags: Flags, VIRTIO_IOMMU_ATTACH_F_*; reserved (zero) before
 * BYPASS_CONFIG.
 * @reserved: Must be zero.
 * @tail: Request tail; the device writes the status there.
 *
 * An endpoint attached elsewhere is first detached. The device rejects a
 * request with non-zero reserved bytes or unknown flags
 * (VIRTIO_IOMMU_S_INVAL).
 */
struct virtio_iommu_req_attach {
    struct virtio_iommu_req_head head;        /*  0 4 */
    uint32_t                     domain;      /*  4 4 */
    uint32_t                     endpoint;    /*  8 4 */
    /* VIRTIO_IOMMU_ATTACH_F_BYPASS */
    uint32_t                     flags;       /* 12 4 */
    uint8_t                      reserved[4]; /* 16 4  reserved */
    struct virtio_iommu_req_tail tail;        /* 20 4 */
};                                            /* size 24 */

/**
 * struct virtio_iommu_req_detach - VIRTIO_IOMMU_T_DETACH: detach endpoint
 * from domain.
 * @head: Request head; type: the request's VIRTIO_IOMMU_T_*.
 * @domain: Domain ID.
 * @endpoint: Endpoint ID.
 * @reserved: Ignored by the device.
 * @tail: Request tail; the device writes the status there.
 *
 * A domain ceases to exist when its last endpoint is detached.
 */
struct virtio_iommu_req_detach {
    struct virtio_iommu_req_head head;        /*  0 4 */
    uint32_t                     domain;      /*  4 4 */
    uint32_t                     endpoint;    /*  8 4 */
    uint8_t                      reserved[8]; /* 12 8  reserved */
    struct virtio_iommu_req_tail tail;        /* 20 4 */
};                                            /* size 24 */

/**
 * struct virtio_iommu_req_map - VIRTIO_IOMMU_T_MAP: map [virt_start,
 * virt_end] (both inclusive) to phys_start in domain.
 * @head: Request head; type: the request's VIRTIO_IOMMU_T_*.
 * @domain: Domain ID.
 * @virt_start: A little-endian 64-bit value.
 * @virt_end: A little-endian 64-bit value.
 * @phys_start: A little-endian 64-bit value.
 * @flags: Flags, VIRTIO_IOMMU_MAP_F_*.
 * @tail: Request tail; the device writes the status there.
 *
 * virt_start, phys_start and virt_end + 1 are aligned on the page granule;
 * virt_end >= virt_start, so the last page of the 64-bit space can be mapped.
 * A range that overlaps an existing mapping is rejected.
 */
struct virtio_iommu_req_map {
    struct virtio_iommu_req_head head;       /*  0 4 */
    uint32_t                     domain;     /*  4 4 */
    uint64_t                     virt_start; /*  8 8 */
    uint64_t                     virt_end;   /* 16 8 */
    uint64_t                     phys_start; /* 24 8 */
    uint32_t                     flags;      /* 32 4  VIRTIO_IOMMU_MAP_F_* */
    struct virtio_iommu_req_tail tail;       /* 36 4 */
};                                           /* size 40 */

/**
 * struct virtio_iommu_req_unmap - VIRTIO_IOMMU_T_UNMAP: remove every mapping
 * of domain that lies inside [virt_start, virt_end] (both inclusive).
 * @head: Request head; type: the request's VIRTIO_IOMMU_T_*.
 * @domain: Domain ID.
 * @virt_start: A little-endian 64-bit value.
 * @virt_end: A little-endian 64-bit value.
 * @reserved: Should be zero.
 * @tail: Request tail; the device writes the status there.
 *
 * UNMAP(0, ~0) removes them all.  A mapping only partly covered is not split:
 * the request fails with VIRTIO_IOMMU_S_RANGE and removes nothing.
 */
struct virtio_iommu_req_unmap {
    struct virtio_iommu_req_head head;        /*  0 4 */
    uint32_t                     domain;      /*  4 4 */
    uint64_t                     virt_start;  /*  8 8 */
    uint64_t                     virt_end;    /* 16 8 */
    uint8_t                      reserved[4]; /* 24 4  reserved */
    struct virtio_iommu_req_tail tail;        /* 28 4 */
};                                            /* size 32 */

/**
 * struct virtio_iommu_probe_property - Header of one PROBE property.
 * @type: Bits 0-11 VIRTIO_IOMMU_PROBE_T_*, bits 12-15 reserved.
 * @length: Bytes of value after this header.
 *
 * The next property starts length + 4 bytes after this one; a type of
 * VIRTIO_IOMMU_PROBE_T_NONE ends the list.
 */
struct virtio_iommu_probe_property {
    uint16_t type;   /* 0 2 */
    uint16_t length; /* 2 2 */
};                   /* size 4 */

/**
 * struct virtio_iommu_probe_resv_mem - VIRTIO_IOMMU_PROBE_T_RESV_MEM
 * property: [start, end] (inclusive) is reserved for the endpoint and must
 * not be mapped.
 * @head: Property header; type: VIRTIO_IOMMU_PROBE_T_RESV_MEM.
 * @subtype: VIRTIO_IOMMU_RESV_MEM_T_*.
 * @reserved: Reserved.
 * @start: First reserved address.
 * @end: Last reserved address.
 */
struct virtio_iommu_probe_resv_mem {
    struct virtio_iommu_probe_property head;        /*  0 4 */
    uint8_t                            subtype;     /*  4 1 */
    uint8_t                            reserved[3]; /*  5 3  reserved */
    uint64_t                           start;       /*  8 8 */
    uint64_t                           end;         /* 16 8 */
};                                                  /* size 24 */

/**
 * struct virtio_iommu_req_probe - VIRTIO_IOMMU_T_PROBE: list the properties
 * of endpoint.
 * @head: Request head; type: the request's VIRTIO_IOMMU_T_*.
 * @endpoint: Endpoint ID.
 * @reserved: Room for future fields; ignored.
 * @properties: probe_size bytes of properties, then the tail. Property
 * lengths keep 8-byte alignment.
 *
 * The device-readable part is this structure; the device-writable part is
 * probe_size bytes of properties followed by a struct virtio_iommu_req_tail.
 */
struct virtio_iommu_req_probe {
    struct virtio_iommu_req_head head;         /*  0  4 */
    uint32_t                     endpoint;     /*  4  4 */
    uint8_t                      reserved[64]; /*  8 64  reserved */
#if defined(__STDC_VERSION__) && !defined(__cplusplus)
#if __STDC_VERSION__ >= 199901L
    uint8_t                      properties[]; /* 72  0  variable length */
#endif
#endif
};                                             /* size 72 */

/**
 * struct virtio_iommu_fault - A fault report, written by the device into an
 * event queue buffer.
 * @reason: VIRTIO_IOMMU_FAULT_R_*.
 * @reserved: Reserved.
 * @flags: Flags, VIRTIO_IOMMU_FAULT_F_*.
 * @endpoint: Endpoint ID.
 * @reserved2: Called reserved1 in the virtio specification; Linux's name is
 * kept.
 * @address: Valid when VIRTIO_IOMMU_FAULT_F_ADDRESS is set.
 */
struct virtio_iommu_fault {
    uint8_t  reason;       /*  0 1 */
    uint8_t  reserved[3];  /*  1 3  reserved */
    uint32_t flags;        /*  4 4  VIRTIO_IOMMU_FAULT_F_* */
    uint32_t endpoint;     /*  8 4 */
    uint8_t  reserved2[4]; /* 12 4  reserved */
    uint64_t address;      /* 16 8 */
};                         /* size 24 */

#endif /* IOMMU_ABI_VIRTIO_IOMMU_H */
