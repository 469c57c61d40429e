/* SPDX-License-Identifier: MIT */
/*
 * xen/public/pv-iommu.h - Xen paravirtualized IOMMU hypercall interface
 *
 * Generated from spec/xen-pv-iommu.yaml by gen/iommu-abi-gen: do not edit.
 * Change the spec and regenerate (cmake --build build --target regen). This
 * is the xen flavor of its headers.
 *
 * A guest manages IOMMU contexts and maps its own memory for its devices with
 * the iommu_op hypercall:
 *     long HYPERVISOR_iommu_op(unsigned int subop, void *arg);
 * where subop is one of enum xen_pv_iommu_cmd and arg points to the matching
 * structure below.  The interface cannot create mappings of another domain's
 * memory.
 */

#ifndef __XEN_PUBLIC_PV_IOMMU_H__
#define __XEN_PUBLIC_PV_IOMMU_H__

#include "xen.h"
#include "physdev.h"

/*
 * Interface version xen-4.23 (0x00041700).  Xen and the tools see it
 * (xen-compat.h gives them __XEN_LATEST_INTERFACE_VERSION__, which must be at
 * least this); a guest sees it when it builds with __XEN_INTERFACE_VERSION__
 * set to it or later.  Without, a guest gets 0x00000000: none of it.
 */
#if __XEN_INTERFACE_VERSION__ >= 0x00041700

/* Hypercall number of iommu_op. */
#ifndef __HYPERVISOR_iommu_op
#define __HYPERVISOR_iommu_op 43  /* Defined here until xen.h carries it. */
#endif

/* The context every device starts in; it cannot be freed or modified. */
#define XEN_IOMMU_DEFAULT_CONTEXT 0U

/* Bits of xen_pv_iommu_capabilities.cap_flags. */
/*
 * Set: the default context maps domain memory 1:1. Clear: it blocks all DMA.
 */
#define XEN_IOMMUCAP_default_identity (1U << 0)
/* XEN_IOMMU_MAP_cache is supported. */
#define XEN_IOMMUCAP_cache            (1U << 1)
/* XEN_IOMMU_alloc_nested and XEN_IOMMU_flush_nested are supported. */
#define XEN_IOMMUCAP_nested           (1U << 2)
/*
 * XEN_IOMMU_attach_pasid, XEN_IOMMU_detach_pasid and the pasid of
 * reattach_device are supported.
 */
#define XEN_IOMMUCAP_pasid            (1U << 3)
/* XEN_IOMMU_ALLOC_identity is supported. */
#define XEN_IOMMUCAP_identity         (1U << 4)

/* Bits of xen_pv_iommu_alloc.alloc_flags. */
/*
 * Create a context that maps domain memory 1:1 (needs XEN_IOMMUCAP_identity).
 */
#define XEN_IOMMU_ALLOC_identity (1U << 0)

/* Bits of xen_pv_iommu_free.free_flags. */
/* Move the context's devices to the default context before freeing it. */
#define XEN_IOMMU_FREE_reattach_default (1U << 0)

/* Bits of xen_pv_iommu_map_pages.map_flags. */
/* The device may read the pages. */
#define XEN_IOMMU_MAP_readable  (1U << 0)
/* The device may write the pages. */
#define XEN_IOMMU_MAP_writeable (1U << 1)
/* Enforce DMA coherency (needs XEN_IOMMUCAP_cache). */
#define XEN_IOMMU_MAP_cache     (1U << 2)

/* Sub-operations of iommu_op.  Numbers are part of the ABI. */
enum xen_pv_iommu_cmd {
    /* Does nothing; succeeds. */
    XEN_IOMMU_noop               = 0,
    /* arg: struct xen_pv_iommu_capabilities. */
    XEN_IOMMU_query_capabilities = 1,
    /* arg: struct xen_pv_iommu_init. */
    XEN_IOMMU_init               = 2,
    /* arg: struct xen_pv_iommu_alloc. */
    XEN_IOMMU_alloc_context      = 3,
    /* arg: struct xen_pv_iommu_free. */
    XEN_IOMMU_free_context       = 4,
    /* arg: struct xen_pv_iommu_reattach_device. */
    XEN_IOMMU_reattach_device    = 5,
    /* arg: struct xen_pv_iommu_map_pages. */
    XEN_IOMMU_map_pages          = 6,
    /* arg: struct xen_pv_iommu_unmap_pages. */
    XEN_IOMMU_unmap_pages        = 7,
    /* arg: struct xen_pv_iommu_remote_cmd. */
    XEN_IOMMU_remote_cmd         = 8,
    /* arg: struct xen_pv_iommu_alloc_nested (XEN_IOMMUCAP_nested). */
    XEN_IOMMU_alloc_nested       = 9,
    /* arg: struct xen_pv_iommu_flush_nested (XEN_IOMMUCAP_nested). */
    XEN_IOMMU_flush_nested       = 10,
    /* arg: struct xen_pv_iommu_attach_pasid (XEN_IOMMUCAP_pasid). */
    XEN_IOMMU_attach_pasid       = 11,
    /* arg: struct xen_pv_iommu_detach_pasid (XEN_IOMMUCAP_pasid). */
    XEN_IOMMU_detach_pasid       = 12
};

/*
 * The structures use uint64_aligned_t, a 64-bit integer that is 8-byte
 * aligned on every ABI.  xen.h provides it to the hypervisor and the tools
 * (__XEN__, __XEN_TOOLS__) and, on Arm, to every build; elsewhere a guest
 * that uses these structures defines it before including this header.
 * It is never guessed here: a plain uint64_t is 4-byte aligned on x86_32.
 */
#if defined(__XEN__) || defined(__XEN_TOOLS__) || defined(uint64_aligned_t)

/**
 * struct xen_pv_iommu_capabilities - XEN_IOMMU_query_capabilities - what the
 * PV-IOMMU offers this domain.
 * @max_iova_addr: Highest device address the guest can map.
 * @cap_flags: Flags, XEN_IOMMUCAP_*.
 * @pgsize_mask: Every supported page size.
 * @max_pasid: Highest PASID (XEN_IOMMUCAP_pasid).
 * @max_ctx_no: Number of contexts this domain can use.
 * @pad0: Reserved.
 */
struct xen_pv_iommu_capabilities {
    uint64_aligned_t max_iova_addr; /* OUT */
    uint32_t         cap_flags;     /* OUT: XEN_IOMMUCAP_* */
    uint32_t         pgsize_mask;   /* OUT */
    uint32_t         max_pasid;     /* OUT */
    uint16_t         max_ctx_no;    /* OUT */
    uint16_t         pad0;          /* reserved */
};
typedef struct xen_pv_iommu_capabilities xen_pv_iommu_capabilities_t;
DEFINE_XEN_GUEST_HANDLE(xen_pv_iommu_capabilities_t);

/**
 * struct xen_pv_iommu_init - XEN_IOMMU_init - initialize the PV-IOMMU for
 * this domain.
 * @max_ctx_no: Number of contexts to provide besides the default one.
 * @arena_order: Page-table arena size, log2 of pages.
 *
 * Fails with -EACCES when it is already initialized, and with -E2BIG when
 * max_ctx_no is UINT32_MAX.
 */
struct xen_pv_iommu_init {
    uint32_t max_ctx_no;  /* IN */
    uint32_t arena_order; /* IN */
};
typedef struct xen_pv_iommu_init xen_pv_iommu_init_t;
DEFINE_XEN_GUEST_HANDLE(xen_pv_iommu_init_t);

/**
 * struct xen_pv_iommu_alloc - XEN_IOMMU_alloc_context - allocate a context.
 * @ctx_no: The allocated context number.
 * @pad0: Reserved.
 * @alloc_flags: Flags, XEN_IOMMU_ALLOC_identity.
 *
 * Fails with -ENOSPC when no context number is free.
 */
struct xen_pv_iommu_alloc {
    uint16_t ctx_no;      /* OUT */
    uint16_t pad0;        /* reserved */
    uint32_t alloc_flags; /* IN: XEN_IOMMU_ALLOC_identity */
};
typedef struct xen_pv_iommu_alloc xen_pv_iommu_alloc_t;
DEFINE_XEN_GUEST_HANDLE(xen_pv_iommu_alloc_t);

/**
 * struct xen_pv_iommu_free - XEN_IOMMU_free_context - destroy a context.
 * @ctx_no: Context to free.
 * @pad0: Reserved.
 * @free_flags: Flags, XEN_IOMMU_FREE_reattach_default.
 *
 * With devices still attached it fails with -EBUSY unless
 * XEN_IOMMU_FREE_reattach_default moves them to the default context first.
 * The default context cannot be freed.
 */
struct xen_pv_iommu_free {
    uint16_t ctx_no;     /* IN */
    uint16_t pad0;       /* reserved */
    uint32_t free_flags; /* IN: XEN_IOMMU_FREE_reattach_default */
};
typedef struct xen_pv_iommu_free xen_pv_iommu_free_t;
DEFINE_XEN_GUEST_HANDLE(xen_pv_iommu_free_t);

/**
 * struct xen_pv_iommu_map_pages - XEN_IOMMU_map_pages - map nr_pages pages of
 * pgsize bytes from guest frame gfn to device frame dfn in context ctx_no.
 * @gfn: First guest frame (4 KiB units).
 * @dfn: First device frame (4 KiB units).
 * @map_flags: Flags, XEN_IOMMU_MAP_*.
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
struct xen_pv_iommu_map_pages {
    uint64_aligned_t gfn;       /* IN */
    uint64_aligned_t dfn;       /* IN */
    uint32_t         map_flags; /* IN: XEN_IOMMU_MAP_* */
    uint32_t         pgsize;    /* IN */
    uint32_t         nr_pages;  /* IN */
    uint32_t         mapped;    /* OUT */
    uint16_t         ctx_no;    /* IN */
    uint16_t         pad0;      /* reserved */
    uint32_t         pad1;      /* reserved */
};
typedef struct xen_pv_iommu_map_pages xen_pv_iommu_map_pages_t;
DEFINE_XEN_GUEST_HANDLE(xen_pv_iommu_map_pages_t);

/**
 * struct xen_pv_iommu_unmap_pages - XEN_IOMMU_unmap_pages - unmap nr_pages
 * pages of pgsize bytes from device frame dfn (4 KiB units) in context
 * ctx_no.
 * @dfn: First device frame (4 KiB units).
 * @pgsize: Page size in bytes.
 * @nr_pages: Number of pages to unmap.
 * @unmapped: Pages actually unmapped.
 * @ctx_no: Context to unmap from.
 * @pad0: Reserved.
 *
 * Fails with -ENOENT at the first page without a mapping; unmapped reports
 * how many pages were unmapped, on failure too.  Preemptible like
 * XEN_IOMMU_map_pages: a continuation advances dfn and lowers nr_pages here.
 */
struct xen_pv_iommu_unmap_pages {
    uint64_aligned_t dfn;      /* IN */
    uint32_t         pgsize;   /* IN */
    uint32_t         nr_pages; /* IN */
    uint32_t         unmapped; /* OUT */
    uint16_t         ctx_no;   /* IN */
    uint16_t         pad0;     /* reserved */
};
typedef struct xen_pv_iommu_unmap_pages xen_pv_iommu_unmap_pages_t;
DEFINE_XEN_GUEST_HANDLE(xen_pv_iommu_unmap_pages_t);

/**
 * struct xen_pv_iommu_reattach_device - XEN_IOMMU_reattach_device - move a
 * device to another context.
 * @ctx_no: Target context.
 * @dev: The device to move.
 * @pad0: Reserved.
 * @pasid: PASID of the device (XEN_IOMMUCAP_pasid).
 *
 * Fails with -ENODEV when the device does not exist.
 */
struct xen_pv_iommu_reattach_device {
    uint16_t             ctx_no; /* IN */
    physdev_pci_device_t dev;    /* IN */
    uint16_t             pad0;   /* reserved */
    uint32_t             pasid;  /* IN */
};
typedef struct xen_pv_iommu_reattach_device xen_pv_iommu_reattach_device_t;
DEFINE_XEN_GUEST_HANDLE(xen_pv_iommu_reattach_device_t);

/**
 * struct xen_pv_iommu_remote_cmd - XEN_IOMMU_remote_cmd - run subop on
 * another domain.
 * @domid: Target domain.
 * @subop: A value of enum xen_pv_iommu_cmd.
 * @pad0: Reserved.
 * @arg: Guest address of subop's argument.
 *
 * Fails with -EPERM unless the caller may act on that domain.
 */
struct xen_pv_iommu_remote_cmd {
    domid_t          domid; /* IN */
    uint16_t         subop; /* IN: enum xen_pv_iommu_cmd */
    uint32_t         pad0;  /* reserved */
    uint64_aligned_t arg;   /* IN/OUT */
};
typedef struct xen_pv_iommu_remote_cmd xen_pv_iommu_remote_cmd_t;
DEFINE_XEN_GUEST_HANDLE(xen_pv_iommu_remote_cmd_t);

/**
 * struct xen_pv_iommu_alloc_nested - XEN_IOMMU_alloc_nested - create a
 * context translated by a guest page table at pgtable_gfn
 * (XEN_IOMMUCAP_nested).
 * @pgtable_gfn: Guest frame of the root of the guest page table.
 * @nested_flags: Must be zero; no flag is defined yet.
 * @ctx_no: The allocated context number.
 * @pad0: Reserved.
 * @pad1: Reserved.
 *
 * Changes to that table need XEN_IOMMU_flush_nested; map_pages and
 * unmap_pages do not apply.
 */
struct xen_pv_iommu_alloc_nested {
    uint64_aligned_t pgtable_gfn;  /* IN */
    uint64_aligned_t nested_flags; /* IN */
    uint16_t         ctx_no;       /* OUT */
    uint16_t         pad0;         /* reserved */
    uint32_t         pad1;         /* reserved */
};
typedef struct xen_pv_iommu_alloc_nested xen_pv_iommu_alloc_nested_t;
DEFINE_XEN_GUEST_HANDLE(xen_pv_iommu_alloc_nested_t);

/**
 * struct xen_pv_iommu_flush_nested - XEN_IOMMU_flush_nested - flush the IOTLB
 * of a nested context (XEN_IOMMUCAP_nested).
 * @ctx_no: The nested context to flush.
 * @pad0: Reserved.
 *
 * v4 left this structure empty; it names the context now, and the rest stays
 * reserved for the flush ranges to come.
 */
struct xen_pv_iommu_flush_nested {
    uint16_t ctx_no; /* IN */
    uint16_t pad0;   /* reserved */
};
typedef struct xen_pv_iommu_flush_nested xen_pv_iommu_flush_nested_t;
DEFINE_XEN_GUEST_HANDLE(xen_pv_iommu_flush_nested_t);

/**
 * struct xen_pv_iommu_attach_pasid - XEN_IOMMU_attach_pasid - attach a
 * device-with-PASID to a context (XEN_IOMMUCAP_pasid).
 * @ctx_no: Context to attach to.
 * @dev: The device.
 * @pad0: Reserved.
 * @pasid: The PASID (not 0).
 *
 * -EEXIST when it exists, -EINVAL for PASID 0, -ENOENT for a device not in
 * the domain.
 */
struct xen_pv_iommu_attach_pasid {
    uint16_t             ctx_no; /* IN */
    physdev_pci_device_t dev;    /* IN */
    uint16_t             pad0;   /* reserved */
    uint32_t             pasid;  /* IN */
};
typedef struct xen_pv_iommu_attach_pasid xen_pv_iommu_attach_pasid_t;
DEFINE_XEN_GUEST_HANDLE(xen_pv_iommu_attach_pasid_t);

/**
 * struct xen_pv_iommu_detach_pasid - XEN_IOMMU_detach_pasid - detach a
 * device-with-PASID (XEN_IOMMUCAP_pasid).
 * @dev: The device.
 * @pasid: The PASID (not 0).
 *
 * -ENOENT when it does not exist, -EINVAL for PASID 0.
 */
struct xen_pv_iommu_detach_pasid {
    physdev_pci_device_t dev;   /* IN */
    uint32_t             pasid; /* IN */
};
typedef struct xen_pv_iommu_detach_pasid xen_pv_iommu_detach_pasid_t;
DEFINE_XEN_GUEST_HANDLE(xen_pv_iommu_detach_pasid_t);

#endif /* __XEN__ || __XEN_TOOLS__ || uint64_aligned_t */

#endif /* __XEN_INTERFACE_VERSION__ >= 0x00041700 */

#endif /* __XEN_PUBLIC_PV_IOMMU_H__ */

/*
 * Local variables:
 * mode: C
 * c-file-style: "BSD"
 * c-basic-offset: 4
 * tab-width: 4
 * indent-tabs-mode: nil
 * End:
 */
