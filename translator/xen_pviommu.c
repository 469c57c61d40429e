/* SPDX-License-Identifier: MIT */
/*
 * xen_pviommu.c - reference model of Xen's PV-IOMMU for one domain.
 *
 * Argument structures are decoded from raw bytes through the generated wire
 * helpers (<iommu-abi/xen_pv_iommu_wire.h>, the xen flavor has the same
 * layout); nothing is cast from the guest buffer.  The arguments are those of
 * a little-endian guest (x86 and Arm, where Xen runs, and the byte order of
 * the committed conformance vectors), so the model reads and writes them
 * with the helpers' _le variants: the same bytes give the same results on a
 * big-endian host.  A real hypervisor, whose guests share its byte order,
 * uses the plain (CPU-order) helpers instead.  The decisions
 * behind every error code are in translator/README.md, "Xen PV-IOMMU
 * semantics"; the order of the checks in each handler below is that
 * section's order.
 *
 * Each non-default, non-identity context owns an address space (addr_space.h)
 * in which every mapped page is one mapping [dfn*pgsize, dfn*pgsize+pgsize-1]
 * -> gfn*pgsize, so unmap_pages can remove exactly the pages that were mapped.
 */
#include "xen_pviommu.h"

#include <errno.h>
#include <stdlib.h>
#include <string.h>

#include "addr_space.h"
#include "digest.h"

#include <iommu-abi/xen_pv_iommu_wire.h>

/* Field access on a raw argument buffer: the generated little-endian
 * accessors, LD(p, pv_iommu_map_pages, gfn) for pv_iommu_map_pages_get_gfn_le.
 * A field of another width or name does not compile. */
#define LD(p, type, field) type##_get_##field##_le(p)
#define ST(p, type, field, v) type##_set_##field##_le(p, v)
/* A pad field (u16 or u32) that is not zero. */
#define NONZERO(p, type, field) (LD(p, type, field) != 0)

struct xen_ctx {
    uint8_t allocated;
    uint8_t identity;
    struct ias *as;            /* created on first map */
};

struct xen_pviommu {
    struct xen_pviommu_config cfg;
    uint32_t *devices;         /* cfg.devices points here */
    uint16_t *dev_ctx;         /* context of each device */
    struct xen_pviommu_env env;
    int have_env;
    int initialized;
    unsigned nr_ctx;           /* non-default contexts, from IOMMU_init (0 before) */
    uint32_t arena_order;      /* recorded, not used */
    struct xen_ctx *ctx;       /* nr_ctx + 1 entries; [0] is the default context */
    uint64_t pages;            /* mapped pages, all contexts */
    uint32_t preempt_every;    /* 0, or pages per invocation of map/unmap */
    uint64_t continuations;    /* -ERESTART continuations run so far */
};

struct xen_pviommu *xen_pviommu_new(const struct xen_pviommu_config *cfg)
{
    struct xen_pviommu *d;
    size_t i, j;

    if (!cfg || !cfg->pgsize_mask || (cfg->pgsize_mask & (XEN_PVIOMMU_FRAME_SIZE - 1)) ||
        cfg->max_ctx > XEN_PVIOMMU_MAX_CTX || (cfg->nr_devices && !cfg->devices))
        return NULL;
    for (i = 0; i < cfg->nr_devices; i++)
        for (j = i + 1; j < cfg->nr_devices; j++)
            if (cfg->devices[i] == cfg->devices[j])
                return NULL;
    d = calloc(1, sizeof(*d));
    if (!d)
        return NULL;
    d->cfg = *cfg;
    if (!d->cfg.max_pages)
        d->cfg.max_pages = XEN_PVIOMMU_DEFAULT_MAX_PAGES;
    if (cfg->nr_devices) {
        d->devices = malloc(cfg->nr_devices * sizeof(*d->devices));
        d->dev_ctx = calloc(cfg->nr_devices, sizeof(*d->dev_ctx));
        if (!d->devices || !d->dev_ctx) {
            xen_pviommu_free(d);
            return NULL;
        }
        memcpy(d->devices, cfg->devices, cfg->nr_devices * sizeof(*d->devices));
    }
    d->cfg.devices = d->devices;
    /* Before init the domain has the default context only (Xen: no other
     * context exists until IOMMU_init sets them up). */
    d->ctx = calloc(1, sizeof(*d->ctx));
    if (!d->ctx) {
        xen_pviommu_free(d);
        return NULL;
    }
    d->ctx[0].allocated = 1;
    return d;
}

void xen_pviommu_free(struct xen_pviommu *d)
{
    unsigned i;

    if (!d)
        return;
    if (d->ctx)
        for (i = 0; i <= d->nr_ctx; i++)
            ias_free(d->ctx[i].as);
    free(d->ctx);
    free(d->devices);
    free(d->dev_ctx);
    free(d);
}

void xen_pviommu_set_env(struct xen_pviommu *d, const struct xen_pviommu_env *env)
{
    if (env) {
        d->env = *env;
        d->have_env = 1;
    } else {
        memset(&d->env, 0, sizeof(d->env));
        d->have_env = 0;
    }
}

size_t xen_pviommu_arg_size(unsigned int subop)
{
    switch (subop) {
    case IOMMU_query_capabilities: return PV_IOMMU_CAPABILITIES_SIZE;
    case IOMMU_init:               return PV_IOMMU_INIT_SIZE;
    case IOMMU_alloc_context:      return PV_IOMMU_ALLOC_SIZE;
    case IOMMU_free_context:       return PV_IOMMU_FREE_SIZE;
    case IOMMU_reattach_device:    return PV_IOMMU_REATTACH_DEVICE_SIZE;
    case IOMMU_map_pages:          return PV_IOMMU_MAP_PAGES_SIZE;
    case IOMMU_unmap_pages:        return PV_IOMMU_UNMAP_PAGES_SIZE;
    case IOMMU_remote_cmd:         return PV_IOMMU_REMOTE_CMD_SIZE;
    case IOMMU_alloc_nested:       return PV_IOMMU_ALLOC_NESTED_SIZE;
    case IOMMU_flush_nested:       return PV_IOMMU_FLUSH_NESTED_SIZE;
    case IOMMU_attach_pasid:       return PV_IOMMU_ATTACH_PASID_SIZE;
    case IOMMU_detach_pasid:       return PV_IOMMU_DETACH_PASID_SIZE;
    default:                       return 0;
    }
}

static long dev_index(const struct xen_pviommu *d, uint32_t sbdf)
{
    size_t i;

    for (i = 0; i < d->cfg.nr_devices; i++)
        if (d->devices[i] == sbdf)
            return (long)i;
    return -1;
}

/* A page size that is a single bit of pgsize_mask (the mask holds no size
 * below a 4 KiB frame, see xen_pviommu_new)? */
static int pgsize_ok(const struct xen_pviommu *d, uint32_t pgsize)
{
    return pgsize && !(pgsize & (pgsize - 1)) && (pgsize & d->cfg.pgsize_mask);
}

/* The byte address of 4 KiB frame @frame, if it is aligned to @pgsize and
 * nr pages of pgsize from it end at or below @limit; 64-bit overflow is
 * impossible (nr * pgsize < 2^63).  No pages: nothing to check (Xen's loop
 * does not run either). */
static int frames_fit(uint64_t frame, uint32_t nr, uint32_t pgsize, uint64_t limit, uint64_t *addr)
{
    uint64_t a, len = (uint64_t)nr * pgsize;

    *addr = 0;
    if (nr == 0)
        return 1;
    if (frame > (UINT64_MAX >> XEN_PVIOMMU_FRAME_SHIFT))
        return 0;
    a = frame << XEN_PVIOMMU_FRAME_SHIFT;
    if (a & (pgsize - 1u))
        return 0;
    if (a > limit || len - 1u > limit - a)
        return 0;
    *addr = a;
    return 1;
}

/* A context map/unmap may change: 0 or -EINVAL (the default context, one
 * that does not exist, an identity context: Xen's map_pages_op and
 * unmap_pages_op refuse the first two with -EINVAL alike). */
static long ctx_for_update(const struct xen_pviommu *d, uint16_t ctx_no)
{
    if (ctx_no == IOMMU_DEFAULT_CONTEXT || ctx_no > d->nr_ctx || !d->ctx[ctx_no].allocated ||
        d->ctx[ctx_no].identity)
        return -EINVAL;
    return 0;
}

static long op_query_caps(struct xen_pviommu *d, uint8_t *a)
{
    ST(a, pv_iommu_capabilities, max_iova_addr, d->cfg.max_iova);
    ST(a, pv_iommu_capabilities, cap_flags, d->cfg.cap_flags);
    ST(a, pv_iommu_capabilities, pgsize_mask, d->cfg.pgsize_mask);
    ST(a, pv_iommu_capabilities, max_pasid, d->cfg.max_pasid);
    ST(a, pv_iommu_capabilities, max_ctx_no, d->nr_ctx);
    ST(a, pv_iommu_capabilities, pad0, 0);
    return 0;
}

static long op_init(struct xen_pviommu *d, const uint8_t *a)
{
    uint32_t n = LD(a, pv_iommu_init, max_ctx_no);
    struct xen_ctx *ctx;

    if (n == UINT32_MAX)
        return -E2BIG;                  /* n + 1 contexts would not fit */
    if (d->initialized)
        return -EACCES;
    if (n > d->cfg.max_ctx)
        n = d->cfg.max_ctx;             /* grant what the device allows */
    ctx = calloc((size_t)n + 1, sizeof(*ctx));
    if (!ctx)
        return -ENOMEM;
    ctx[0] = d->ctx[0];
    free(d->ctx);
    d->ctx = ctx;
    d->nr_ctx = n;
    d->arena_order = LD(a, pv_iommu_init, arena_order);
    d->initialized = 1;
    return 0;
}

static long op_alloc(struct xen_pviommu *d, uint8_t *a)
{
    uint32_t flags = LD(a, pv_iommu_alloc, alloc_flags);
    unsigned i;

    if (NONZERO(a, pv_iommu_alloc, pad0))
        return -EINVAL;
    if (flags & ~IOMMU_ALLOC_identity)
        return -EINVAL;
    if ((flags & IOMMU_ALLOC_identity) && !(d->cfg.cap_flags & IOMMUCAP_identity))
        return -EOPNOTSUPP;
    for (i = 1; i <= d->nr_ctx; i++)
        if (!d->ctx[i].allocated)
            break;
    if (i > d->nr_ctx)
        return -ENOSPC;
    d->ctx[i].allocated = 1;
    d->ctx[i].identity = (flags & IOMMU_ALLOC_identity) ? 1 : 0;
    ST(a, pv_iommu_alloc, ctx_no, i);
    return 0;
}

static long op_free(struct xen_pviommu *d, const uint8_t *a)
{
    uint16_t ctx_no = LD(a, pv_iommu_free, ctx_no);
    uint32_t flags = LD(a, pv_iommu_free, free_flags);
    struct xen_ctx *c;
    size_t i;
    int busy = 0;

    if (NONZERO(a, pv_iommu_free, pad0))
        return -EINVAL;
    if (flags & ~IOMMU_FREE_reattach_default)
        return -EINVAL;
    if (ctx_no == IOMMU_DEFAULT_CONTEXT)
        return -EINVAL;
    if (ctx_no > d->nr_ctx || !d->ctx[ctx_no].allocated)
        return -ENOENT;
    for (i = 0; i < d->cfg.nr_devices; i++)
        if (d->dev_ctx[i] == ctx_no)
            busy = 1;
    if (busy && !(flags & IOMMU_FREE_reattach_default))
        return -EBUSY;
    for (i = 0; i < d->cfg.nr_devices; i++)
        if (d->dev_ctx[i] == ctx_no)
            d->dev_ctx[i] = IOMMU_DEFAULT_CONTEXT;
    c = &d->ctx[ctx_no];
    if (c->as) {
        d->pages -= ias_count(c->as);
        ias_free(c->as);
    }
    memset(c, 0, sizeof(*c));
    return 0;
}

static long op_reattach(struct xen_pviommu *d, const uint8_t *a)
{
    uint16_t ctx_no = LD(a, pv_iommu_reattach_device, ctx_no);
    uint32_t sbdf = XEN_PVIOMMU_SBDF(LD(a, pv_iommu_reattach_device, dev_seg),
                                     pv_iommu_reattach_device_get_dev_bus(a),
                                     pv_iommu_reattach_device_get_dev_devfn(a));
    long idx;

    if (NONZERO(a, pv_iommu_reattach_device, pad0))
        return -EINVAL;
    if (LD(a, pv_iommu_reattach_device, pasid) != 0)
        return -EOPNOTSUPP;
    idx = dev_index(d, sbdf);
    if (idx < 0)
        return -ENODEV;
    if (d->dev_ctx[idx] == ctx_no)
        return 0;
    if (ctx_no > d->nr_ctx || !d->ctx[ctx_no].allocated)
        return -ENOENT;
    d->dev_ctx[idx] = ctx_no;
    return 0;
}

/* Should a map/unmap that has done @done pages in this invocation, with
 * pages left, stop here to be continued? */
static int preempt_now(const struct xen_pviommu *d, uint32_t done)
{
    return d->preempt_every && done >= d->preempt_every;
}

static long op_map(struct xen_pviommu *d, uint8_t *a, int cont)
{
    uint64_t gfn = LD(a, pv_iommu_map_pages, gfn);
    uint64_t dfn = LD(a, pv_iommu_map_pages, dfn);
    uint32_t flags = LD(a, pv_iommu_map_pages, map_flags);
    uint32_t pgsize = LD(a, pv_iommu_map_pages, pgsize);
    uint32_t nr = LD(a, pv_iommu_map_pages, nr_pages);
    uint16_t ctx_no = LD(a, pv_iommu_map_pages, ctx_no);
    /* A continuation keeps counting where the previous invocation stopped. */
    uint32_t mapped = cont ? LD(a, pv_iommu_map_pages, mapped) : 0;
    uint64_t iova0, pa0;
    unsigned perm = 0;
    uint32_t i;
    long rc = 0;
    struct xen_ctx *c;

    ST(a, pv_iommu_map_pages, mapped, mapped);
    if (NONZERO(a, pv_iommu_map_pages, pad0) || NONZERO(a, pv_iommu_map_pages, pad1))
        return -EINVAL;
    rc = ctx_for_update(d, ctx_no);
    if (rc)
        return rc;
    if (flags & ~(IOMMU_MAP_readable | IOMMU_MAP_writeable | IOMMU_MAP_cache))
        return -EINVAL;
    if (!(flags & (IOMMU_MAP_readable | IOMMU_MAP_writeable)))
        return -EINVAL;
    if ((flags & IOMMU_MAP_cache) && !(d->cfg.cap_flags & IOMMUCAP_cache))
        return -EOPNOTSUPP;
    if (!pgsize_ok(d, pgsize))
        return -EINVAL;
    if (!frames_fit(dfn, nr, pgsize, d->cfg.max_iova, &iova0) ||
        !frames_fit(gfn, nr, pgsize, UINT64_MAX, &pa0))
        return -EINVAL;
    if (nr == 0)
        return 0;
    c = &d->ctx[ctx_no];
    if (!c->as) {
        struct ias *as = ias_new();

        if (!as)
            return -ENOMEM;
        /* Published whole: translations may run beside map (README). */
        __atomic_store_n(&c->as, as, __ATOMIC_RELEASE);
    }
    if (flags & IOMMU_MAP_readable)
        perm |= IAS_PERM_READ;
    if (flags & IOMMU_MAP_writeable)
        perm |= IAS_PERM_WRITE;
    for (i = 0; i < nr; i++) {
        uint64_t iova = iova0 + (uint64_t)i * pgsize;
        uint64_t pa = pa0 + (uint64_t)i * pgsize;
        int r;

        if (i && preempt_now(d, i)) {
            uint64_t frames = (uint64_t)i * (pgsize >> XEN_PVIOMMU_FRAME_SHIFT);

            ST(a, pv_iommu_map_pages, gfn, gfn + frames);
            ST(a, pv_iommu_map_pages, dfn, dfn + frames);
            ST(a, pv_iommu_map_pages, nr_pages, nr - i);
            rc = -XEN_PVIOMMU_ERESTART;
            break;
        }
        if (ias_overlaps(c->as, iova, iova + (pgsize - 1u))) {
            rc = -EINVAL;               /* already mapped (the guest's error first) */
            break;
        }
        if (d->pages >= d->cfg.max_pages) {
            rc = -ENOMEM;
            break;
        }
        r = ias_map(c->as, iova, iova + (pgsize - 1u), pa, perm);
        if (r != IAS_OK) {
            rc = (r == IAS_EOVERLAP) ? -EINVAL : -ENOMEM;
            break;
        }
        d->pages++;
        mapped++;
    }
    ST(a, pv_iommu_map_pages, mapped, mapped);
    return rc;
}

static long op_unmap(struct xen_pviommu *d, uint8_t *a, int cont)
{
    uint64_t dfn = LD(a, pv_iommu_unmap_pages, dfn);
    uint32_t pgsize = LD(a, pv_iommu_unmap_pages, pgsize);
    uint32_t nr = LD(a, pv_iommu_unmap_pages, nr_pages);
    uint16_t ctx_no = LD(a, pv_iommu_unmap_pages, ctx_no);
    uint32_t unmapped = cont ? LD(a, pv_iommu_unmap_pages, unmapped) : 0;
    uint64_t iova0;
    uint32_t i;
    long rc;
    struct xen_ctx *c;

    ST(a, pv_iommu_unmap_pages, unmapped, unmapped);
    if (NONZERO(a, pv_iommu_unmap_pages, pad0))
        return -EINVAL;
    rc = ctx_for_update(d, ctx_no);
    if (rc)
        return rc;
    if (!pgsize_ok(d, pgsize))
        return -EINVAL;
    if (!frames_fit(dfn, nr, pgsize, d->cfg.max_iova, &iova0))
        return -EINVAL;
    c = &d->ctx[ctx_no];
    for (i = 0; i < nr; i++) {
        uint64_t iova = iova0 + (uint64_t)i * pgsize, end = iova + (pgsize - 1u);
        struct ias_mapping m;

        if (i && preempt_now(d, i)) {
            ST(a, pv_iommu_unmap_pages, dfn, dfn + (uint64_t)i * (pgsize >> XEN_PVIOMMU_FRAME_SHIFT));
            ST(a, pv_iommu_unmap_pages, nr_pages, nr - i);
            rc = -XEN_PVIOMMU_ERESTART;
            break;
        }
        if (!c->as || !ias_overlaps(c->as, iova, end)) {
            rc = -ENOENT;
            break;
        }
        if (!ias_find(c->as, iova, &m) || m.virt_start != iova || m.virt_end != end) {
            rc = -EINVAL;           /* covered by a mapping of another size */
            break;
        }
        if (ias_unmap(c->as, iova, end, NULL) != IAS_OK) {
            rc = -EINVAL;
            break;
        }
        d->pages--;
        unmapped++;
    }
    ST(a, pv_iommu_unmap_pages, unmapped, unmapped);
    return rc;
}

static long do_subop(struct xen_pviommu *d, unsigned int subop, uint8_t *a, size_t arg_len,
                     int remote, int cont);

static long op_remote(struct xen_pviommu *d, const uint8_t *a, int cont)
{
    uint16_t domid = LD(a, pv_iommu_remote_cmd, domid);
    uint16_t subop = LD(a, pv_iommu_remote_cmd, subop);
    uint64_t gaddr = LD(a, pv_iommu_remote_cmd, arg);
    struct xen_pviommu *t;
    uint8_t buf[64];
    size_t len;
    long rc;

    if (NONZERO(a, pv_iommu_remote_cmd, pad0))
        return -EINVAL;
    if (!d->cfg.allow_remote)
        return -EPERM;
    t = (d->have_env && d->env.domain) ? d->env.domain(d->env.opaque, domid) : NULL;
    if (!t)
        return -ENOENT;
    if (subop == IOMMU_remote_cmd)
        return -EINVAL;
    len = xen_pviommu_arg_size(subop);
    if (len > sizeof(buf))
        return -EINVAL;
    memset(buf, 0, sizeof(buf));
    if (len && (!d->env.copy_from_guest || d->env.copy_from_guest(d->env.opaque, buf, gaddr, len)))
        return -EFAULT;
    rc = do_subop(t, subop, buf, len, 1, cont);
    if (len && (!d->env.copy_to_guest || d->env.copy_to_guest(d->env.opaque, gaddr, buf, len)))
        return -EFAULT;
    return rc;
}

/* One invocation of a sub-operation; -XEN_PVIOMMU_ERESTART asks the caller
 * to run it again (cont = 1) on the argument as this invocation left it. */
static long do_subop(struct xen_pviommu *d, unsigned int subop, uint8_t *a, size_t arg_len,
                     int remote, int cont)
{
    size_t need;

    switch (subop) {
    case IOMMU_noop:
        return 0;
    case IOMMU_alloc_nested:
    case IOMMU_flush_nested:
    case IOMMU_attach_pasid:
    case IOMMU_detach_pasid:
        return -EOPNOTSUPP;
    case IOMMU_remote_cmd:
        if (remote)
            return -EINVAL;             /* reached only through op_remote's own check */
        break;
    default:
        break;
    }
    need = xen_pviommu_arg_size(subop);
    if (!need)
        return -EOPNOTSUPP;
    if (!a || arg_len < need)
        return -EFAULT;
    switch (subop) {
    case IOMMU_query_capabilities: return op_query_caps(d, a);
    case IOMMU_init:               return op_init(d, a);
    case IOMMU_alloc_context:      return op_alloc(d, a);
    case IOMMU_free_context:       return op_free(d, a);
    case IOMMU_reattach_device:    return op_reattach(d, a);
    case IOMMU_map_pages:          return op_map(d, a, cont);
    case IOMMU_unmap_pages:        return op_unmap(d, a, cont);
    case IOMMU_remote_cmd:         return op_remote(d, a, cont);
    default:                       return -EOPNOTSUPP;
    }
}

long xen_pviommu_op(struct xen_pviommu *d, unsigned int subop, void *arg, size_t arg_len)
{
    long rc;

    if (!d)
        return -EINVAL;
    /* Xen turns -ERESTART into a hypercall continuation: the guest executes
     * the same hypercall again with the same argument address, whose bytes
     * the preempted invocation has advanced.  The guest never sees the code. */
    rc = do_subop(d, subop, arg, arg_len, 0, 0);
    while (rc == -XEN_PVIOMMU_ERESTART) {
        d->continuations++;
        rc = do_subop(d, subop, arg, arg_len, 0, 1);
    }
    return rc;
}

void xen_pviommu_set_preempt(struct xen_pviommu *d, uint32_t every_n_pages)
{
    d->preempt_every = every_n_pages;
}

uint64_t xen_pviommu_continuations(const struct xen_pviommu *d)
{
    return d->continuations;
}

/* Each thread that translates has its own translation cache (addr_space.h):
 * entries are exact for any address space, so one cache serves every context
 * of every domain, and a context freed and reallocated can never match an
 * old entry.  Thread-local, so translations from several threads never share
 * one and the hit path writes only memory its thread owns. */
static _Thread_local struct ias_tlb xlate_tlb;

enum xen_pviommu_xlate xen_pviommu_translate(const struct xen_pviommu *d, uint32_t sbdf,
                                             uint64_t daddr, int is_write, uint64_t *maddr)
{
    long idx = dev_index(d, sbdf);
    const struct xen_ctx *c;
    struct ias *as;
    uint64_t pa;
    unsigned perm;
    uint16_t ctx_no;

    if (idx < 0)
        return XEN_XLATE_UNKNOWN_DEVICE;
    ctx_no = d->dev_ctx[idx];
    if (ctx_no == IOMMU_DEFAULT_CONTEXT && !(d->cfg.cap_flags & IOMMUCAP_default_identity))
        return XEN_XLATE_BLOCKED;
    if (daddr > d->cfg.max_iova)
        return XEN_XLATE_RANGE;
    if (ctx_no == IOMMU_DEFAULT_CONTEXT || d->ctx[ctx_no].identity) {
        if (maddr)
            *maddr = daddr;
        return XEN_XLATE_OK;
    }
    c = &d->ctx[ctx_no];
    as = __atomic_load_n(&c->as, __ATOMIC_ACQUIRE);
    if (!as || !ias_tlb_lookup(&xlate_tlb, as, daddr, &pa, &perm))
        return XEN_XLATE_NO_MAPPING;
    if (!(perm & (is_write ? IAS_PERM_WRITE : IAS_PERM_READ)))
        return XEN_XLATE_PERM;
    if (maddr)
        *maddr = pa;
    return XEN_XLATE_OK;
}

int xen_pviommu_device_ctx(const struct xen_pviommu *d, uint32_t sbdf)
{
    long idx = dev_index(d, sbdf);

    return idx < 0 ? -1 : d->dev_ctx[idx];
}

int xen_pviommu_initialized(const struct xen_pviommu *d)
{
    return d->initialized;
}

unsigned xen_pviommu_nr_ctx(const struct xen_pviommu *d)
{
    return d->nr_ctx;
}

uint64_t xen_pviommu_pages(const struct xen_pviommu *d)
{
    return d->pages;
}

/* ---- state digest ------------------------------------------------------ */

uint64_t xen_pviommu_state_digest(const struct xen_pviommu *d)
{
    uint64_t h = 0x58454e00ull;
    size_t i;
    unsigned c;

    h = digest_mix(h, (uint64_t)d->initialized);
    h = digest_mix(h, d->nr_ctx);
    h = digest_mix(h, d->arena_order);
    h = digest_mix(h, d->pages);
    for (i = 0; i < d->cfg.nr_devices; i++)
        h = digest_mix(h, (uint64_t)d->devices[i] << 16 | d->dev_ctx[i]);
    for (c = 0; c <= d->nr_ctx; c++) {
        const struct xen_ctx *x = &d->ctx[c];
        struct ias_mapping m;
        int ok;

        h = digest_mix(h, (uint64_t)c << 16 | (uint64_t)x->allocated << 8 | x->identity);
        if (!x->as || !ias_count(x->as))
            continue;                   /* no address space yet == an empty one */
        h = digest_mix(h, ias_count(x->as));
        for (ok = ias_find_ge(x->as, 0, &m); ok;
             ok = m.virt_end != UINT64_MAX && ias_find_ge(x->as, m.virt_end + 1, &m)) {
            h = digest_mix(h, m.virt_start);
            h = digest_mix(h, m.virt_end);
            h = digest_mix(h, m.phys_start);
            h = digest_mix(h, m.perm);
        }
    }
    return h;
}
