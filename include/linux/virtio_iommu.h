/* SPDX-License-Identifier: MIT */
/*
 * linux/virtio_iommu.h - virtio-iommu device interface (linux flavor)
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

#ifndef _LINUX_VIRTIO_IOMMU_H
#define _LINUX_VIRTIO_IOMMU_H

#include <linux/types.h>

/* Feature bits, as bit numbers in the device's feature word. */
/* input_range describes the virtual addresses the device can translate. */
#define VIRTIO_IOMMU_F_INPUT_RANGE   0
/* domain_range describes the domain IDs the device supports. */
#define VIRTIO_IOMMU_F_DOMAIN_RANGE  1
/* MAP and UNMAP requests are available. */
#define VIRTIO_IOMMU_F_MAP_UNMAP     2
/*
 * Legacy; unattached endpoints bypass translation. Superseded by
 * BYPASS_CONFIG.
 */
#define VIRTIO_IOMMU_F_BYPASS        3
#define VIRTIO_IOMMU_F_PROBE         4  /* The PROBE request is available. */
/* The VIRTIO_IOMMU_MAP_F_MMIO flag is available. */
#define VIRTIO_IOMMU_F_MMIO          5
/*
 * The config field bypass, and VIRTIO_IOMMU_ATTACH_F_BYPASS, control bypass.
 */
#define VIRTIO_IOMMU_F_BYPASS_CONFIG 6

/* Request types, in virtio_iommu_req_head.type. */
#define VIRTIO_IOMMU_T_ATTACH 1
#define VIRTIO_IOMMU_T_DETACH 2
#define VIRTIO_IOMMU_T_MAP    3
#define VIRTIO_IOMMU_T_UNMAP  4
#define VIRTIO_IOMMU_T_PROBE  5

/* Request status, written by the device in virtio_iommu_req_tail.status. */
#define VIRTIO_IOMMU_S_OK     0  /* The request succeeded. */
#define VIRTIO_IOMMU_S_IOERR  1  /* Virtio communication error. */
#define VIRTIO_IOMMU_S_UNSUPP 2  /* Unsupported request. */
#define VIRTIO_IOMMU_S_DEVERR 3  /* Internal device error. */
#define VIRTIO_IOMMU_S_INVAL  4  /* Invalid parameters. */
#define VIRTIO_IOMMU_S_RANGE  5  /* Out-of-range parameters. */
#define VIRTIO_IOMMU_S_NOENT  6  /* Entry not found. */
#define VIRTIO_IOMMU_S_FAULT  7  /* Bad address. */
#define VIRTIO_IOMMU_S_NOMEM  8  /* Insufficient resources. */

/* Flags of virtio_iommu_req_attach.flags. */
/* Create or join a bypass domain (needs VIRTIO_IOMMU_F_BYPASS_CONFIG). */
#define VIRTIO_IOMMU_ATTACH_F_BYPASS 0x1

/* Flags of virtio_iommu_req_map.flags. */
#define VIRTIO_IOMMU_MAP_F_READ  0x1  /* Endpoints may read the range. */
#define VIRTIO_IOMMU_MAP_F_WRITE 0x2  /* Endpoints may write the range. */
/* The range is device memory (needs VIRTIO_IOMMU_F_MMIO). */
#define VIRTIO_IOMMU_MAP_F_MMIO  0x4
#define VIRTIO_IOMMU_MAP_F_MASK  (VIRTIO_IOMMU_MAP_F_READ | \
                                  VIRTIO_IOMMU_MAP_F_WRITE | \
                                  VIRTIO_IOMMU_MAP_F_MMIO)

/*
 * Probe property types, in the low 12 bits of
 * virtio_iommu_probe_property.type.
 */
#define VIRTIO_IOMMU_PROBE_T_NONE     0  /* Ends the property list. */
#define VIRTIO_IOMMU_PROBE_T_RESV_MEM 1  /* A reserved memory region. */

/*
 * The type bits of virtio_iommu_probe_property.type; bits 12-15 are reserved.
 */
#define VIRTIO_IOMMU_PROBE_T_MASK 0xfff

/* Subtypes of a RESV_MEM property. */
/* Addresses the driver must not map. */
#define VIRTIO_IOMMU_RESV_MEM_T_RESERVED 0
/* An MSI doorbell; like RESERVED, and the endpoint's MSIs go there. */
#define VIRTIO_IOMMU_RESV_MEM_T_MSI      1

/* Fault reasons, in virtio_iommu_fault.reason. */
/* Internal error, or no better reason. */
#define VIRTIO_IOMMU_FAULT_R_UNKNOWN 0
/* The endpoint is not attached to a domain. */
#define VIRTIO_IOMMU_FAULT_R_DOMAIN  1
/* The address is not mapped, or not with the needed permission. */
#define VIRTIO_IOMMU_FAULT_R_MAPPING 2

/* Flags of virtio_iommu_fault.flags. */
/* The faulting access was a read. */
#define VIRTIO_IOMMU_FAULT_F_READ    0x1
/* The faulting access was a write. */
#define VIRTIO_IOMMU_FAULT_F_WRITE   0x2
/*
 * The faulting access was an instruction fetch (defined by Linux, not by the
 * chapter).
 */
#define VIRTIO_IOMMU_FAULT_F_EXEC    0x4
#define VIRTIO_IOMMU_FAULT_F_ADDRESS 0x100  /* The address field is valid. */

/**
 * struct virtio_iommu_range_64 - An inclusive range of 64-bit addresses,
 * [start, end].
 * @start: First address.
 * @end: Last address.
 */
struct virtio_iommu_range_64 {
	__le64 start;
	__le64 end;
};

/**
 * struct virtio_iommu_range_32 - An inclusive range of 32-bit identifiers,
 * [start, end].
 * @start: First identifier.
 * @end: Last identifier.
 */
struct virtio_iommu_range_32 {
	__le32 start;
	__le32 end;
};

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
	__le64                       page_size_mask;
	struct virtio_iommu_range_64 input_range;
	struct virtio_iommu_range_32 domain_range;
	__le32                       probe_size;
	__u8                         bypass;
	__u8                         reserved[3];    /* reserved */
};

/**
 * struct virtio_iommu_req_head - First four bytes of every request;
 * device-readable.
 * @type: VIRTIO_IOMMU_T_*.
 * @reserved: Ignored by the device.
 */
struct virtio_iommu_req_head {
	__u8 type;
	__u8 reserved[3]; /* reserved */
};

/**
 * struct virtio_iommu_req_tail - Last four bytes of every request;
 * device-writable.
 * @status: VIRTIO_IOMMU_S_*.
 * @reserved: Written as zero.
 */
struct virtio_iommu_req_tail {
	__u8 status;
	__u8 reserved[3]; /* reserved */
};

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
	struct virtio_iommu_req_head head;
	__le32                       domain;
	__le32                       endpoint;
	/* VIRTIO_IOMMU_ATTACH_F_BYPASS */
	__le32                       flags;
	__u8                         reserved[4]; /* reserved */
	struct virtio_iommu_req_tail tail;
};

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
	struct virtio_iommu_req_head head;
	__le32                       domain;
	__le32                       endpoint;
	__u8                         reserved[8]; /* reserved */
	struct virtio_iommu_req_tail tail;
};

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
	struct virtio_iommu_req_head head;
	__le32                       domain;
	__le64                       virt_start;
	__le64                       virt_end;
	__le64                       phys_start;
	__le32                       flags;      /* VIRTIO_IOMMU_MAP_F_* */
	struct virtio_iommu_req_tail tail;
};

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
	struct virtio_iommu_req_head head;
	__le32                       domain;
	__le64                       virt_start;
	__le64                       virt_end;
	__u8                         reserved[4]; /* reserved */
	struct virtio_iommu_req_tail tail;
};

/**
 * struct virtio_iommu_probe_property - Header of one PROBE property.
 * @type: Bits 0-11 VIRTIO_IOMMU_PROBE_T_*, bits 12-15 reserved.
 * @length: Bytes of value after this header.
 *
 * The next property starts length + 4 bytes after this one; a type of
 * VIRTIO_IOMMU_PROBE_T_NONE ends the list.
 */
struct virtio_iommu_probe_property {
	__le16 type;
	__le16 length;
};

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
	struct virtio_iommu_probe_property head;
	__u8                               subtype;
	__u8                               reserved[3]; /* reserved */
	__le64                             start;
	__le64                             end;
};

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
	struct virtio_iommu_req_head head;
	__le32                       endpoint;
	__u8                         reserved[64]; /* reserved */
	__u8                         properties[]; /* variable length */
};

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
	__u8   reason;
	__u8   reserved[3];  /* reserved */
	__le32 flags;        /* VIRTIO_IOMMU_FAULT_F_* */
	__le32 endpoint;
	__u8   reserved2[4]; /* reserved */
	__le64 address;
};

#endif /* _LINUX_VIRTIO_IOMMU_H */
