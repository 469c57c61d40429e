/* SPDX-License-Identifier: MIT */
/*
 * xen_pviommu.h - reference model of Xen's PV-IOMMU (the iommu_op hypercall)
 * for one guest domain.
 *
 * xen_pviommu_op() is the hypercall entry point: it takes the sub-operation
 * number and the raw bytes of its argument structure (as copied from guest
 * memory; little-endian, laid out as in <iommu-abi/xen_pv_iommu.h>), returns
 * 0 or a negative errno and writes the OUT fields back into the same bytes.
 * xen_pviommu_translate() is what the IOMMU does for a device's DMA.
 *
 * Threads: xen_pviommu_translate() may run on any number of threads at once
 * (each translates through its own per-thread translation cache), also
 * beside one thread issuing IOMMU_map_pages and IOMMU_unmap_pages: it sees
 * each page before or after its map or unmap.  Every other call (the other
 * sub-operations, creating and destroying the domain) needs no translation
 * running at the same time; the caller serialises all hypercalls.
 *
 * Every decision the interface leaves open is listed in translator/README.md,
 * section "Xen PV-IOMMU semantics".
 */
#ifndef IOMMU_REF_XEN_PVIOMMU_H
#define IOMMU_REF_XEN_PVIOMMU_H

#include <stddef.h>
#include <stdint.h>

#include <iommu-abi/xen_pv_iommu.h>

#ifdef __cplusplus
extern "C" {
#endif

/* A PCI device as a 32-bit SBDF: seg << 16 | bus << 8 | devfn. */
#define XEN_PVIOMMU_SBDF(seg, bus, devfn) \
    (((uint32_t)(seg) << 16) | ((uint32_t)(bus) << 8) | (uint32_t)(devfn))

/* gfn and dfn count 4 KiB frames (Xen's XEN_PAGE_SHIFT) whatever pgsize is;
 * nr_pages, mapped and unmapped count pages of pgsize bytes. */
#define XEN_PVIOMMU_FRAME_SHIFT 12
#define XEN_PVIOMMU_FRAME_SIZE  (1u << XEN_PVIOMMU_FRAME_SHIFT)

/* Most non-default contexts a domain can have: context numbers are 16 bits
 * and Xen reserves 0xffff as its invalid context number. */
#define XEN_PVIOMMU_MAX_CTX 65534u

/* Xen's ERESTART (public errno.h): an invocation of map/unmap was preempted
 * and must be continued.  Internal: xen_pviommu_op() never returns it. */
#define XEN_PVIOMMU_ERESTART 85

/* Default limit of mapped pages per domain (all contexts together); see
 * README.  Beyond it map_pages fails with -ENOMEM at the first page that
 * does not fit. */
#define XEN_PVIOMMU_DEFAULT_MAX_PAGES (1u << 18)

struct xen_pviommu_config {
    const uint32_t *devices;  /* SBDFs of the domain's devices */
    size_t nr_devices;
    uint64_t max_iova;        /* highest mappable device address (inclusive) */
    uint32_t cap_flags;       /* IOMMUCAP_* offered */
    uint32_t pgsize_mask;     /* supported page sizes; non-zero, none below 4 KiB */
    uint32_t max_pasid;       /* reported by query_capabilities */
    uint16_t max_ctx;         /* most non-default contexts init grants; <= XEN_PVIOMMU_MAX_CTX */
    uint8_t allow_remote;     /* 1: IOMMU_remote_cmd permitted */
    uint32_t max_pages;       /* 0: XEN_PVIOMMU_DEFAULT_MAX_PAGES */
};

struct xen_pviommu;

/* Hooks for IOMMU_remote_cmd: resolve a domain id to its model, and copy the
 * sub-operation's argument from/to the caller's guest memory.  Each copy
 * returns 0, or non-zero for an unmapped guest address (-> -EFAULT). */
struct xen_pviommu_env {
    struct xen_pviommu *(*domain)(void *opaque, uint16_t domid);
    int (*copy_from_guest)(void *opaque, void *dst, uint64_t gaddr, size_t len);
    int (*copy_to_guest)(void *opaque, uint64_t gaddr, const void *src, size_t len);
    void *opaque;
};

/* NULL if the configuration is invalid (pgsize_mask == 0 or with a size
 * below 4 KiB, max_ctx > XEN_PVIOMMU_MAX_CTX, duplicate device, devfn/bus out of range is impossible by type) or memory
 * ran out.  The device list is copied. */
struct xen_pviommu *xen_pviommu_new(const struct xen_pviommu_config *cfg);
void xen_pviommu_free(struct xen_pviommu *d);
void xen_pviommu_set_env(struct xen_pviommu *d, const struct xen_pviommu_env *env);

/* Size of the argument structure of @subop, or 0 for none / unknown. */
size_t xen_pviommu_arg_size(unsigned int subop);

/* The hypercall.  @arg holds @arg_len bytes of the argument (may be NULL when
 * arg_len is 0).  Returns 0 or -errno (<errno.h> numbers).  A preempted
 * map/unmap (xen_pviommu_set_preempt) is continued inside this call, as Xen's
 * hypercall continuation re-executes it: @arg is left as the last
 * invocation saw it (gfn, dfn and nr_pages advanced by the pages done before
 * the last preemption; mapped/unmapped count every page of the call). */
long xen_pviommu_op(struct xen_pviommu *d, unsigned int subop, void *arg, size_t arg_len);

/* Preempt map_pages and unmap_pages after every @every_n_pages pages of one
 * invocation when pages remain (0: never, the default).  Xen preempts when
 * the scheduler asks; this makes it deterministic, so a guest's handling of
 * the advanced argument can be tested.  Applies to the operations this
 * domain executes, remote ones included. */
void xen_pviommu_set_preempt(struct xen_pviommu *d, uint32_t every_n_pages);
/* Continuations run so far by hypercalls this domain issued. */
uint64_t xen_pviommu_continuations(const struct xen_pviommu *d);

/* A digest of everything a guest or device can observe of the domain:
 * initialization, contexts (allocated, identity), every mapping of every
 * context with its permissions, each device's context, the page count.  Two
 * states with the same digest are equal but for a 2^-64 chance; statistics
 * (continuations) are not part of it. */
uint64_t xen_pviommu_state_digest(const struct xen_pviommu *d);

enum xen_pviommu_xlate {
    XEN_XLATE_OK = 0,
    XEN_XLATE_UNKNOWN_DEVICE,  /* not a device of this domain */
    XEN_XLATE_BLOCKED,         /* default context without default_identity */
    XEN_XLATE_RANGE,           /* address above max_iova */
    XEN_XLATE_NO_MAPPING,      /* context has no mapping for the address */
    XEN_XLATE_PERM             /* mapping lacks the needed permission */
};

/* Translate a DMA access of device @sbdf at @daddr (is_write 0/1).
 * XEN_XLATE_OK and *maddr, or the fault reason.  The model has no p2m: a
 * guest frame's machine address is its guest physical address. */
enum xen_pviommu_xlate xen_pviommu_translate(const struct xen_pviommu *d, uint32_t sbdf,
                                             uint64_t daddr, int is_write, uint64_t *maddr);

/* Introspection for tests: context of a device (-1 if unknown), whether the
 * domain is initialized, number of non-default contexts (0 before init),
 * pages mapped. */
int xen_pviommu_device_ctx(const struct xen_pviommu *d, uint32_t sbdf);
int xen_pviommu_initialized(const struct xen_pviommu *d);
unsigned xen_pviommu_nr_ctx(const struct xen_pviommu *d);
uint64_t xen_pviommu_pages(const struct xen_pviommu *d);

#ifdef __cplusplus
}
#endif

#endif /* IOMMU_REF_XEN_PVIOMMU_H */
