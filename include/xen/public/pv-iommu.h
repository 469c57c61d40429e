/* SPDX-License-Identifier: MIT */
/*
 * xen/public/pv-iommu.h - Xen paravirtualized IOMMU hypercall interface
 *
 * Generated from spec/xen-pv-iommu.yaml by gen/iommu-abi-gen: do not edit.
 * Change the spec and regenerate (cmake --build build --target regen). This
 * is the xen flavor of its headers.
 *
 * A guest manages IOMMU contexts and maps its own memory for its devices with
 * the iommu_op hypercall: long HYPERVISOR_iommu_op(unsigned int subop, void
 * *arg); where subop is one of enum xen_pv_iommu_cmd and arg points to the
 * matching structure below.  The interface cannot create mappings of another
 * domain's memory.
 *
 * ABI review points applied to the v4 posting: every hole and every tail
 * padding is an explicit pad field that must be zero; every command has an
 * explicit number; every flag bit is built from 1U; the command enum is named
 * and struct fields store commands as fixed-width integers; the remote_cmd
 * argument handle is 8 bytes on every ABI; flush_nested is no longer an empty
 * structure.  In the header for Xen's tree, 64-bit fields are
 * uint64_aligned_t from xen.h (no local fallback), and physdev_pci_device_t
 * is embedded by its typedef so that Xen's compat translation can follow it.
 *
 * Where ctx_no sits: the review pointed out that a leading uint16_t ctx_no
 * before 64-bit fields costs six bytes of padding.  The interface is not yet
 * part of any released Xen ABI, so moving fields costs nothing now and cannot
 * be done later.  ctx_no therefore moves to the tail of map_pages,
 * unmap_pages and alloc_nested, where it shares the tail padding (unmap_pages
 * shrinks from 32 to 24 bytes) and leaves the remaining pad at the end, free
 * to become a field later.  Structures whose other members are at most 32
 * bits keep ctx_no first, as in v4, because moving it would save nothing.
 */

#ifndef __XEN_PUBLIC_PV_IOMMU_H__
#define __XEN_PUBLIC_PV_IOMMU_H__

#include "xen.h"
#include "physdev.h"

#ifdef __cplusplus
extern "C" {
#endif

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

/*
 * enum xen_pv_iommu_cmd - Sub-operations of iommu_op.  Numbers are part of
 * the ABI.
 */
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

/*
 * struct xen_pv_iommu_capabilities - XEN_IOMMU_query_capabilities - what the
 * PV-IOMMU offers this domain.
 *
 * @max_iova_addr: Highest device address the guest can map.
 * @pgsize_mask: Every supported page size.
 * @max_pasid: Highest PASID (XEN_IOMMUCAP_pasid).
 * @max_ctx_no: Number of contexts this domain can use.
 */
struct xen_pv_iommu_capabilities {
    uint64_aligned_t max_iova_addr; /*  0 8  OUT */
    uint32_t         cap_flags;     /*  8 4  XEN_IOMMUCAP_* */
    uint32_t         pgsize_mask;   /* 12 4  OUT */
    uint32_t         max_pasid;     /* 16 4  OUT */
    uint16_t         max_ctx_no;    /* 20 2  OUT */
    uint16_t         pad0;          /* 22 2  reserved */
};                                  /* size 24 */
typedef struct xen_pv_iommu_capabilities xen_pv_iommu_capabilities_t;
DEFINE_XEN_GUEST_HANDLE(xen_pv_iommu_capabilities_t);

/*
 * struct xen_pv_iommu_init - XEN_IOMMU_init - initialize the PV-IOMMU for
 * this domain.  Fails with -EACCES when it is already initialized.
 *
 * @max_ctx_no: Number of contexts to provide.
 * @arena_order: Page-table arena size, log2 of pages.
 */
struct xen_pv_iommu_init {
    uint32_t max_ctx_no;  /* 0 4  IN */
    uint32_t arena_order; /* 4 4  IN */
};                        /* size 8 */
typedef struct xen_pv_iommu_init xen_pv_iommu_init_t;
DEFINE_XEN_GUEST_HANDLE(xen_pv_iommu_init_t);

/*
 * struct xen_pv_iommu_alloc - XEN_IOMMU_alloc_context - allocate a context.
 * Fails with -ENOSPC when no context number is free.
 *
 * @ctx_no: The allocated context number.
 */
struct xen_pv_iommu_alloc {
    uint16_t ctx_no;      /* 0 2  OUT */
    uint16_t pad0;        /* 2 2  reserved */
    uint32_t alloc_flags; /* 4 4  XEN_IOMMU_ALLOC_identity */
};                        /* size 8 */
typedef struct xen_pv_iommu_alloc xen_pv_iommu_alloc_t;
DEFINE_XEN_GUEST_HANDLE(xen_pv_iommu_alloc_t);

/*
 * struct xen_pv_iommu_free - XEN_IOMMU_free_context - destroy a context.
 * With devices still attached it fails with -EBUSY unless
 * XEN_IOMMU_FREE_reattach_default moves them to the default context first.
 * The default context cannot be freed.
 *
 * @ctx_no: Context to free.
 */
struct xen_pv_iommu_free {
    uint16_t ctx_no;     /* 0 2  IN */
    uint16_t pad0;       /* 2 2  reserved */
    uint32_t free_flags; /* 4 4  XEN_IOMMU_FREE_reattach_default */
};                       /* size 8 */
typedef struct xen_pv_iommu_free xen_pv_iommu_free_t;
DEFINE_XEN_GUEST_HANDLE(xen_pv_iommu_free_t);

/*
 * struct xen_pv_iommu_map_pages - XEN_IOMMU_map_pages - map nr_pages pages of
 * pgsize bytes from guest frame gfn to device frame dfn in context ctx_no.
 * pgsize must be in pgsize_mask.  Mapping over an existing mapping fails with
 * -EINVAL. mapped reports how many pages were mapped, on failure too.
 *
 * @gfn: First guest frame.
 * @dfn: First device frame.
 * @pgsize: Page size in bytes.
 * @mapped: Pages actually mapped.
 */
struct xen_pv_iommu_map_pages {
    uint64_aligned_t gfn;       /*  0 8  IN */
    uint64_aligned_t dfn;       /*  8 8  IN */
    uint32_t         map_flags; /* 16 4  XEN_IOMMU_MAP_* */
    uint32_t         pgsize;    /* 20 4  IN */
    uint32_t         nr_pages;  /* 24 4  IN */
    uint32_t         mapped;    /* 28 4  OUT */
    uint16_t         ctx_no;    /* 32 2  IN */
    uint16_t         pad0;      /* 34 2  reserved */
    uint32_t         pad1;      /* 36 4  reserved */
};                              /* size 40 */
typedef struct xen_pv_iommu_map_pages xen_pv_iommu_map_pages_t;
DEFINE_XEN_GUEST_HANDLE(xen_pv_iommu_map_pages_t);

/*
 * struct xen_pv_iommu_unmap_pages - XEN_IOMMU_unmap_pages - unmap nr_pages
 * pages of pgsize bytes from device frame dfn in context ctx_no.  Fails with
 * -ENOENT at the first page without a mapping; unmapped reports how many
 * pages were unmapped, on failure too.
 *
 * @unmapped: Pages actually unmapped.
 */
struct xen_pv_iommu_unmap_pages {
    uint64_aligned_t dfn;      /*  0 8  IN */
    uint32_t         pgsize;   /*  8 4  IN */
    uint32_t         nr_pages; /* 12 4  IN */
    uint32_t         unmapped; /* 16 4  OUT */
    uint16_t         ctx_no;   /* 20 2  IN */
    uint16_t         pad0;     /* 22 2  reserved */
};                             /* size 24 */
typedef struct xen_pv_iommu_unmap_pages xen_pv_iommu_unmap_pages_t;
DEFINE_XEN_GUEST_HANDLE(xen_pv_iommu_unmap_pages_t);

/*
 * struct xen_pv_iommu_reattach_device - XEN_IOMMU_reattach_device - move a
 * device to another context.  Fails with -ENODEV when the device does not
 * exist.
 *
 * @ctx_no: Target context.
 * @pasid: PASID of the device (XEN_IOMMUCAP_pasid).
 */
struct xen_pv_iommu_reattach_device {
    uint16_t             ctx_no; /*  0 2  IN */
    physdev_pci_device_t dev;    /*  2 4  IN */
    uint16_t             pad0;   /*  6 2  reserved */
    uint32_t             pasid;  /*  8 4  IN */
};                               /* size 12 */
typedef struct xen_pv_iommu_reattach_device xen_pv_iommu_reattach_device_t;
DEFINE_XEN_GUEST_HANDLE(xen_pv_iommu_reattach_device_t);

/*
 * struct xen_pv_iommu_remote_cmd - XEN_IOMMU_remote_cmd - run subop on
 * another domain.  Fails with -EPERM unless the caller may act on that
 * domain.
 *
 * @domid: Target domain.
 * @arg: Guest address of subop's argument.
 */
struct xen_pv_iommu_remote_cmd {
    domid_t          domid; /*  0 2  IN */
    uint16_t         subop; /*  2 2  see enum xen_pv_iommu_cmd */
    uint32_t         pad0;  /*  4 4  reserved */
    uint64_aligned_t arg;   /*  8 8  IN/OUT */
};                          /* size 16 */
typedef struct xen_pv_iommu_remote_cmd xen_pv_iommu_remote_cmd_t;
DEFINE_XEN_GUEST_HANDLE(xen_pv_iommu_remote_cmd_t);

/*
 * struct xen_pv_iommu_alloc_nested - XEN_IOMMU_alloc_nested - create a
 * context translated by a guest page table at pgtable_gfn
 * (XEN_IOMMUCAP_nested).  Changes to that table need XEN_IOMMU_flush_nested;
 * map_pages and unmap_pages do not apply.
 *
 * @ctx_no: The allocated context number.
 */
struct xen_pv_iommu_alloc_nested {
    uint64_aligned_t pgtable_gfn;  /*  0 8  IN */
    uint64_aligned_t nested_flags; /*  8 8  IN */
    uint16_t         ctx_no;       /* 16 2  OUT */
    uint16_t         pad0;         /* 18 2  reserved */
    uint32_t         pad1;         /* 20 4  reserved */
};                                 /* size 24 */
typedef struct xen_pv_iommu_alloc_nested xen_pv_iommu_alloc_nested_t;
DEFINE_XEN_GUEST_HANDLE(xen_pv_iommu_alloc_nested_t);

/*
 * struct xen_pv_iommu_flush_nested - XEN_IOMMU_flush_nested - flush the IOTLB
 * of a nested context (XEN_IOMMUCAP_nested).  v4 left this structure empty;
 * it names the context now, and the rest stays reserved for the flush ranges
 * to come.
 */
struct xen_pv_iommu_flush_nested {
    uint16_t ctx_no; /* 0 2  IN */
    uint16_t pad0;   /* 2 2  reserved */
};                   /* size 4 */
typedef struct xen_pv_iommu_flush_nested xen_pv_iommu_flush_nested_t;
DEFINE_XEN_GUEST_HANDLE(xen_pv_iommu_flush_nested_t);

/*
 * struct xen_pv_iommu_attach_pasid - XEN_IOMMU_attach_pasid - attach a
 * device-with-PASID to a context (XEN_IOMMUCAP_pasid).  -EEXIST when it
 * exists, -EINVAL for PASID 0, -ENOENT for a device not in the domain.
 */
struct xen_pv_iommu_attach_pasid {
    uint16_t             ctx_no; /*  0 2  IN */
    physdev_pci_device_t dev;    /*  2 4  IN */
    uint16_t             pad0;   /*  6 2  reserved */
    uint32_t             pasid;  /*  8 4  IN */
};                               /* size 12 */
typedef struct xen_pv_iommu_attach_pasid xen_pv_iommu_attach_pasid_t;
DEFINE_XEN_GUEST_HANDLE(xen_pv_iommu_attach_pasid_t);

/*
 * struct xen_pv_iommu_detach_pasid - XEN_IOMMU_detach_pasid - detach a
 * device-with-PASID (XEN_IOMMUCAP_pasid). -ENOENT when it does not exist,
 * -EINVAL for PASID 0.
 */
struct xen_pv_iommu_detach_pasid {
    physdev_pci_device_t dev;   /* 0 4  IN */
    uint32_t             pasid; /* 4 4  IN */
};                              /* size 8 */
typedef struct xen_pv_iommu_detach_pasid xen_pv_iommu_detach_pasid_t;
DEFINE_XEN_GUEST_HANDLE(xen_pv_iommu_detach_pasid_t);

#endif /* __XEN__ || __XEN_TOOLS__ || uint64_aligned_t */

#ifdef __cplusplus
}
#endif

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
