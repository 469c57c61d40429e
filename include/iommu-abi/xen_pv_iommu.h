/* SPDX-License-Identifier: MIT */
/*
 * iommu-abi/xen_pv_iommu.h - Xen paravirtualized IOMMU hypercall interface
 *
 * Generated from spec/xen-pv-iommu.yaml by gen/iommu-abi-gen: do not edit.
 * Change the spec and regenerate (cmake --build build --target regen). This
 * is the portable flavor of its headers.
 *
 * A guest manages IOMMU contexts and maps its own memory for its devices with
 * the iommu_op hypercall:
 *     long HYPERVISOR_iommu_op(unsigned int subop, void *arg);
 * where subop is one of enum pv_iommu_cmd and arg points to the matching
 * structure below.  The interface cannot create mappings of another domain's
 * memory.
 */

#ifndef IOMMU_ABI_XEN_PV_IOMMU_H
#define IOMMU_ABI_XEN_PV_IOMMU_H

#include <stdint.h>

/* Hypercall number of iommu_op. */
#ifndef __HYPERVISOR_iommu_op
#define __HYPERVISOR_iommu_op 43  /* Defined here until xen.h carries it. */
#endif

/* The context every device starts in; it cannot be freed or modified. */
#define IOMMU_DEFAULT_CONTEXT 0U

/* Bits of pv_iommu_capabilities.cap_flags. */
/*
 * Set: the default context maps domain memory 1:1. Clear: it blocks all DMA.
 */
#define IOMMUCAP_default_identity (1U << 0)
/* IOMMU_MAP_cache is supported. */
#define IOMMUCAP_cache            (1U << 1)
/* IOMMU_alloc_nested and IOMMU_flush_nested are supported. */
#define IOMMUCAP_nested           (1U << 2)
/*
 * IOMMU_attach_pasid, IOMMU_detach_pasid and the pasid of reattach_device are
 * supported.
 */
#define IOMMUCAP_pasid            (1U << 3)
/* IOMMU_ALLOC_identity is supported. */
#define IOMMUCAP_identity         (1U << 4)

/* Bits of pv_iommu_alloc.alloc_flags. */
/* Create a context that maps domain memory 1:1 (needs IOMMUCAP_identity). */
#define IOMMU_ALLOC_identity (1U << 0)

/* Bits of pv_iommu_free.free_flags. */
/* Move the context's devices to the default context before freeing it. */
#define IOMMU_FREE_reattach_default (1U << 0)

/* Bits of pv_iommu_map_pages.map_flags. */
#define IOMMU_MAP_readable  (1U << 0)  /* The device may read the pages. */
#define IOMMU_MAP_writeable (1U << 1)  /* The device may write the pages. */
/* Enforce DMA coherency (needs IOMMUCAP_cache). */
#define IOMMU_MAP_cache     (1U << 2)

/* Sub-operations of iommu_op.  Numbers are part of the ABI. */
enum pv_iommu_cmd {
    /* Does nothing; succeeds. */
    IOMMU_noop               = 0,
    /* arg: struct pv_iommu_capabilities. */
    IOMMU_query_capabilities = 1,
    /* arg: struct pv_iommu_init. */
    IOMMU_init               = 2,
    /* arg: struct pv_iommu_alloc. */
    IOMMU_alloc_context      = 3,
    /* arg: struct pv_iommu_free. */
    IOMMU_free_context       = 4,
    /* arg: struct pv_iommu_reattach_device. */
    IOMMU_reattach_device    = 5,
    /* arg: struct pv_iommu_map_pages. */
    IOMMU_map_pages          = 6,
    /* arg: struct pv_iommu_unmap_pages. */
    IOMMU_unmap_pages        = 7,
    /* arg: struct pv_iommu_remote_cmd. */
    IOMMU_remote_cmd         = 8,
    /* arg: struct pv_iommu_alloc_nested (IOMMUCAP_nested). */
    IOMMU_alloc_nested       = 9,
    /* arg: struct pv_iommu_flush_nested (IOMMUCAP_nested). */
    IOMMU_flush_nested       = 10,
    /* arg: struct pv_iommu_attach_pasid (IOMMUCAP_pasid). */
    IOMMU_attach_pasid       = 11,
    /* arg: struct pv_iommu_detach_pasid (IOMMUCAP_pasid). */
    IOMMU_detach_pasid       = 12
};

/**
 * struct physdev_pci_device - A PCI device by segment, bus and devfn.
 * @seg: PCI segment.
 * @bus: Bus number.
 * @devfn: Device and function number.
 *
 * Part of Xen's physdev ABI.
 */
struct physdev_pci_device {
    uint16_t seg;   /* 0 2 */
    uint8_t  bus;   /* 2 1 */
    uint8_t  devfn; /* 3 1 */
};                  /* size 4 */

/**
 * struct pv_iommu_capabilities - IOMMU_query_capabilities - what the PV-IOMMU
 * offers this domain.
 * @max_iova_addr: Highest device address the guest can map.
 * @cap_flags: Flags, IOMMUCAP_*.
 * @pgsize_mask: Every supported page size.
 * @max_pasid: Highest PASID (IOMMUCAP_pasid).
 * @max_ctx_no: Number of contexts this domain can use.
 * @pad0: Reserved.
 */
struct pv_iommu_capabilities {
    uint64_t max_iova_addr; /*  0 8  OUT */
    uint32_t cap_flags;     /*  8 4  OUT: IOMMUCAP_* */
    uint32_t pgsize_mask;   /* 12 4  OUT */
    uint32_t max_pasid;     /* 16 4  OUT */
    uint16_t max_ctx_no;    /* 20 2  OUT */
    uint16_t pad0;          /* 22 2  reserved */
};                          /* size 24 */

/**
 * struct pv_iommu_init - IOMMU_init - initialize the PV-IOMMU for this
 * domain.
 * @max_ctx_no: Number of contexts to provide besides the default one.
 * @arena_order: Page-table arena size, log2 of pages.
 *
 * Fails with -EACCES when it is already initialized, and with -E2BIG when
 * max_ctx_no is UINT32_MAX.
 */
struct pv_iommu_init {
    uint32_t max_ctx_no;  /* 0 4  IN */
    uint32_t arena_order; /* 4 4  IN */
};                        /* size 8 */

/**
 * struct pv_iommu_alloc - IOMMU_alloc_context - allocate a context.
 * @ctx_no: The allocated context number.
 * @pad0: Reserved.
 * @alloc_flags: Flags, IOMMU_ALLOC_identity.
 *
 * Fails with -ENOSPC when no context number is free.
 */
struct pv_iommu_alloc {
    uint16_t ctx_no;      /* 0 2  OUT */
    uint16_t pad0;        /* 2 2  reserved */
    uint32_t alloc_flags; /* 4 4  IN: IOMMU_ALLOC_identity */
};                        /* size 8 */

/**
 * struct pv_iommu_free - IOMMU_free_context - destroy a context.
 * @ctx_no: Context to free.
 * @pad0: Reserved.
 * @free_flags: Flags, IOMMU_FREE_reattach_default.
 *
 * With devices still attached it fails with -EBUSY unless
 * IOMMU_FREE_reattach_default moves them to the default context first.  The
 * default context cannot be freed.
 */
struct pv_iommu_free {
    uint16_t ctx_no;     /* 0 2  IN */
    uint16_t pad0;       /* 2 2  reserved */
    uint32_t free_flags; /* 4 4  IN: IOMMU_FREE_reattach_default */
};                       /* size 8 */

/**
 * struct pv_iommu_map_pages - IOMMU_map_pages - map nr_pages pages of pgsize
 * bytes from guest frame gfn to device frame dfn in context ctx_no.
 * @gfn: First guest frame (4 KiB units).
 * @dfn: First device frame (4 KiB units).
 * @map_flags: Flags, IOMMU_MAP_*.
 * @pgsize: Page size in bytes.
 * @nr_pages: Number of pages to map.
 * @mapped: Pages actually mapped.
 * @ctx_no: Context to map in.
 * @pad0: Reserved.
 * @pad1: Reserved.
 *
 * gfn and dfn count 4 KiB frames (XEN_PAGE_SHIFT) whatever pgsize is; pgsize
 * must be in pgsize_mask.  Mapping over an existing mapping fails with
 * -EINVAL. mapped reports how many pages were mapped, on failure too.  The
 * hypercall is preemptible: a continuation advances gfn and dfn and lowers
 * nr_pages in this structure by the pages already done.
 */
struct pv_iommu_map_pages {
    uint64_t gfn;       /*  0 8  IN */
    uint64_t dfn;       /*  8 8  IN */
    uint32_t map_flags; /* 16 4  IN: IOMMU_MAP_* */
    uint32_t pgsize;    /* 20 4  IN */
    uint32_t nr_pages;  /* 24 4  IN */
    uint32_t mapped;    /* 28 4  OUT */
    uint16_t ctx_no;    /* 32 2  IN */
    uint16_t pad0;      /* 34 2  reserved */
    uint32_t pad1;      /* 36 4  reserved */
};                      /* size 40 */

/**
 * struct pv_iommu_unmap_pages - IOMMU_unmap_pages - unmap nr_pages pages of
 * pgsize bytes from device frame dfn (4 KiB units) in context ctx_no.
 * @dfn: First device frame (4 KiB units).
 * @pgsize: Page size in bytes.
 * @nr_pages: Number of pages to unmap.
 * @unmapped: Pages actually unmapped.
 * @ctx_no: Context to unmap from.
 * @pad0: Reserved.
 *
 * Fails with -ENOENT at the first page without a mapping; unmapped reports
 * how many pages were unmapped, on failure too.  Preemptible like
 * IOMMU_map_pages: a continuation advances dfn and lowers nr_pages here.
 */
struct pv_iommu_unmap_pages {
    uint64_t dfn;      /*  0 8  IN */
    uint32_t pgsize;   /*  8 4  IN */
    uint32_t nr_pages; /* 12 4  IN */
    uint32_t unmapped; /* 16 4  OUT */
    uint16_t ctx_no;   /* 20 2  IN */
    uint16_t pad0;     /* 22 2  reserved */
};                     /* size 24 */

/**
 * struct pv_iommu_reattach_device - IOMMU_reattach_device - move a device to
 * another context.
 * @ctx_no: Target context.
 * @dev: The device to move.
 * @pad0: Reserved.
 * @pasid: PASID of the device (IOMMUCAP_pasid).
 *
 * Fails with -ENODEV when the device does not exist.
 */
struct pv_iommu_reattach_device {
    uint16_t                  ctx_no; /*  0 2  IN */
    struct physdev_pci_device dev;    /*  2 4  IN */
    uint16_t                  pad0;   /*  6 2  reserved */
    uint32_t                  pasid;  /*  8 4  IN */
};                                    /* size 12 */

/**
 * struct pv_iommu_remote_cmd - IOMMU_remote_cmd - run subop on another
 * domain.
 * @domid: Target domain.
 * @subop: A value of enum pv_iommu_cmd.
 * @pad0: Reserved.
 * @arg: Guest address of subop's argument.
 *
 * Fails with -EPERM unless the caller may act on that domain.
 */
struct pv_iommu_remote_cmd {
    uint16_t domid; /*  0 2  IN */
    uint16_t subop; /*  2 2  IN: enum pv_iommu_cmd */
    uint32_t pad0;  /*  4 4  reserved */
    uint64_t arg;   /*  8 8  IN/OUT */
};                  /* size 16 */

/**
 * struct pv_iommu_alloc_nested - IOMMU_alloc_nested - create a context
 * translated by a guest page table at pgtable_gfn (IOMMUCAP_nested).
 * @pgtable_gfn: Guest frame of the root of the guest page table.
 * @nested_flags: Must be zero; no flag is defined yet.
 * @ctx_no: The allocated context number.
 * @pad0: Reserved.
 * @pad1: Reserved.
 *
 * Changes to that table need IOMMU_flush_nested; map_pages and unmap_pages do
 * not apply.
 */
struct pv_iommu_alloc_nested {
    uint64_t pgtable_gfn;  /*  0 8  IN */
    uint64_t nested_flags; /*  8 8  IN */
    uint16_t ctx_no;       /* 16 2  OUT */
    uint16_t pad0;         /* 18 2  reserved */
    uint32_t pad1;         /* 20 4  reserved */
};                         /* size 24 */

/**
 * struct pv_iommu_flush_nested - IOMMU_flush_nested - flush the IOTLB of a
 * nested context (IOMMUCAP_nested).
 * @ctx_no: The nested context to flush.
 * @pad0: Reserved.
 *
 * v4 left this structure empty; it names the context now, and the rest stays
 * reserved for the flush ranges to come.
 */
struct pv_iommu_flush_nested {
    uint16_t ctx_no; /* 0 2  IN */
    uint16_t pad0;   /* 2 2  reserved */
};                   /* size 4 */

/**
 * struct pv_iommu_attach_pasid - IOMMU_attach_pasid - attach a
 * device-with-PASID to a context (IOMMUCAP_pasid).
 * @ctx_no: Context to attach to.
 * @dev: The device.
 * @pad0: Reserved.
 * @pasid: The PASID (not 0).
 *
 * -EEXIST when it exists, -EINVAL for PASID 0, -ENOENT for a device not in
 * the domain.
 */
struct pv_iommu_attach_pasid {
    uint16_t                  ctx_no; /*  0 2  IN */
    struct physdev_pci_device dev;    /*  2 4  IN */
    uint16_t                  pad0;   /*  6 2  reserved */
    uint32_t                  pasid;  /*  8 4  IN */
};                                    /* size 12 */

/**
 * struct pv_iommu_detach_pasid - IOMMU_detach_pasid - detach a
 * device-with-PASID (IOMMUCAP_pasid).
 * @dev: The device.
 * @pasid: The PASID (not 0).
 *
 * -ENOENT when it does not exist, -EINVAL for PASID 0.
 */
struct pv_iommu_detach_pasid {
    struct physdev_pci_device dev;   /* 0 4  IN */
    uint32_t                  pasid; /* 4 4  IN */
};                                   /* size 8 */

#endif /* IOMMU_ABI_XEN_PV_IOMMU_H */
