/* SPDX-License-Identifier: MIT */
/*
 * test_xen_pviommu.c - the Xen PV-IOMMU model through its C API: argument
 * lengths, OUT fields in the raw bytes, translation fault reasons, the
 * remote_cmd hooks, configuration checks.
 */
#include <errno.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "wire.h"
#include "xen_pviommu.h"

static int failures;

#define CHECK(cond) do { if (!(cond)) { \
        fprintf(stderr, "%s:%d: check failed: %s\n", __FILE__, __LINE__, #cond); failures++; } } while (0)
#define CHECK_RC(expr, want) do { long rc_ = (expr); if (rc_ != (want)) { \
        fprintf(stderr, "%s:%d: %s = %ld, expected %ld\n", __FILE__, __LINE__, #expr, rc_, (long)(want)); \
        failures++; } } while (0)

#define OFF(type, field) offsetof(struct type, field)

static const uint32_t devs[] = { XEN_PVIOMMU_SBDF(0, 0, 0x08), XEN_PVIOMMU_SBDF(1, 0x80, 0xff) };

static struct xen_pviommu *mk(uint32_t caps, int remote)
{
    struct xen_pviommu_config c;

    memset(&c, 0, sizeof(c));
    c.devices = devs;
    c.nr_devices = 2;
    c.max_iova = 0xffffffffffffull;
    c.cap_flags = caps;
    c.pgsize_mask = 0x1000;
    c.max_ctx = 4;
    c.allow_remote = (uint8_t)remote;
    return xen_pviommu_new(&c);
}

static long init(struct xen_pviommu *d, uint32_t n)
{
    uint8_t b[sizeof(struct pv_iommu_init)];

    memset(b, 0, sizeof(b));
    wire_st32(b + OFF(pv_iommu_init, max_ctx_no), n);
    return xen_pviommu_op(d, IOMMU_init, b, sizeof(b));
}

static long alloc(struct xen_pviommu *d, uint16_t *ctx)
{
    uint8_t b[sizeof(struct pv_iommu_alloc)];
    long rc;

    memset(b, 0xee, sizeof(b));
    wire_st16(b + OFF(pv_iommu_alloc, pad0), 0);
    wire_st32(b + OFF(pv_iommu_alloc, alloc_flags), 0);
    rc = xen_pviommu_op(d, IOMMU_alloc_context, b, sizeof(b));
    *ctx = wire_ld16(b + OFF(pv_iommu_alloc, ctx_no));
    return rc;
}

static void test_config(void)
{
    struct xen_pviommu_config c;
    uint32_t dup[2] = { 5, 5 };

    memset(&c, 0, sizeof(c));
    c.pgsize_mask = 0x1000;
    c.max_ctx = 1;
    CHECK(xen_pviommu_new(NULL) == NULL);
    c.pgsize_mask = 0;
    CHECK(xen_pviommu_new(&c) == NULL);
    c.pgsize_mask = 0x1800;                 /* a size below the 4 KiB frame */
    CHECK(xen_pviommu_new(&c) == NULL);
    c.pgsize_mask = 0x1000;
    c.max_ctx = XEN_PVIOMMU_MAX_CTX + 1;
    CHECK(xen_pviommu_new(&c) == NULL);
    c.max_ctx = 0;                          /* the default context only */
    {
        struct xen_pviommu *d = xen_pviommu_new(&c);
        CHECK(d != NULL);
        xen_pviommu_free(d);
    }
    c.max_ctx = 1;
    c.devices = dup;
    c.nr_devices = 2;
    CHECK(xen_pviommu_new(&c) == NULL);
    c.nr_devices = 1;
    {
        struct xen_pviommu *d = xen_pviommu_new(&c);
        CHECK(d != NULL);
        xen_pviommu_free(d);
    }
    xen_pviommu_free(NULL);
}

static void test_lengths_and_out(void)
{
    struct xen_pviommu *d = mk(IOMMUCAP_default_identity, 0);
    uint8_t big[128];
    uint8_t caps[sizeof(struct pv_iommu_capabilities)];
    uint16_t ctx = 0;
    unsigned op;

    CHECK(d != NULL);
    CHECK_RC(xen_pviommu_op(NULL, IOMMU_noop, NULL, 0), -EINVAL);
    CHECK_RC(xen_pviommu_op(d, IOMMU_noop, NULL, 0), 0);
    /* every sub-operation with a structure: NULL / one byte short -> -EFAULT */
    for (op = IOMMU_query_capabilities; op <= IOMMU_remote_cmd; op++) {
        size_t n = xen_pviommu_arg_size(op);
        CHECK(n > 0);
        memset(big, 0, sizeof(big));
        CHECK_RC(xen_pviommu_op(d, op, NULL, n), -EFAULT);
        CHECK_RC(xen_pviommu_op(d, op, big, n - 1), -EFAULT);
    }
    for (op = IOMMU_alloc_nested; op <= IOMMU_detach_pasid; op++)
        CHECK_RC(xen_pviommu_op(d, op, big, sizeof(big)), -EOPNOTSUPP);
    CHECK_RC(xen_pviommu_op(d, 13, big, sizeof(big)), -EOPNOTSUPP);
    CHECK_RC(xen_pviommu_op(d, ~0u, big, sizeof(big)), -EOPNOTSUPP);
    CHECK(xen_pviommu_arg_size(IOMMU_map_pages) == 40);
    CHECK(xen_pviommu_arg_size(IOMMU_unmap_pages) == 24);
    CHECK(xen_pviommu_arg_size(13) == 0);

    memset(caps, 0xaa, sizeof(caps));
    CHECK_RC(xen_pviommu_op(d, IOMMU_query_capabilities, caps, sizeof(caps)), 0);
    CHECK(wire_ld64(caps + OFF(pv_iommu_capabilities, max_iova_addr)) == 0xffffffffffffull);
    CHECK(wire_ld32(caps + OFF(pv_iommu_capabilities, cap_flags)) == IOMMUCAP_default_identity);
    CHECK(wire_ld32(caps + OFF(pv_iommu_capabilities, pgsize_mask)) == 0x1000);
    CHECK(wire_ld32(caps + OFF(pv_iommu_capabilities, max_pasid)) == 0);
    CHECK(wire_ld16(caps + OFF(pv_iommu_capabilities, max_ctx_no)) == 0);   /* before init */
    CHECK(wire_ld16(caps + OFF(pv_iommu_capabilities, pad0)) == 0);

    CHECK(!xen_pviommu_initialized(d));
    CHECK_RC(init(d, 3), 0);
    CHECK(xen_pviommu_initialized(d));
    CHECK(xen_pviommu_nr_ctx(d) == 3);
    CHECK_RC(alloc(d, &ctx), 0);
    CHECK(ctx == 1);

    /* map: mapped is written on every path that got a full structure */
    memset(big, 0, sizeof(big));
    wire_st64(big + OFF(pv_iommu_map_pages, gfn), 0x40);
    wire_st64(big + OFF(pv_iommu_map_pages, dfn), 0x10);
    wire_st32(big + OFF(pv_iommu_map_pages, map_flags), IOMMU_MAP_readable);
    wire_st32(big + OFF(pv_iommu_map_pages, pgsize), 0x1000);
    wire_st32(big + OFF(pv_iommu_map_pages, nr_pages), 3);
    wire_st32(big + OFF(pv_iommu_map_pages, mapped), 77);
    wire_st16(big + OFF(pv_iommu_map_pages, ctx_no), 1);
    big[sizeof(struct pv_iommu_map_pages)] = 0x5a;    /* beyond the structure: untouched */
    CHECK_RC(xen_pviommu_op(d, IOMMU_map_pages, big, sizeof(big)), 0);
    CHECK(wire_ld32(big + OFF(pv_iommu_map_pages, mapped)) == 3);
    CHECK(big[sizeof(struct pv_iommu_map_pages)] == 0x5a);
    CHECK(xen_pviommu_pages(d) == 3);
    wire_st32(big + OFF(pv_iommu_map_pages, mapped), 77);
    CHECK_RC(xen_pviommu_op(d, IOMMU_map_pages, big, sizeof(struct pv_iommu_map_pages)), -EINVAL);
    CHECK(wire_ld32(big + OFF(pv_iommu_map_pages, mapped)) == 0);
    wire_st32(big + OFF(pv_iommu_map_pages, pad1), 1);
    wire_st32(big + OFF(pv_iommu_map_pages, mapped), 77);
    CHECK_RC(xen_pviommu_op(d, IOMMU_map_pages, big, sizeof(struct pv_iommu_map_pages)), -EINVAL);
    CHECK(wire_ld32(big + OFF(pv_iommu_map_pages, mapped)) == 0);

    /* translation reasons */
    {
        uint64_t pa = 0;
        CHECK(xen_pviommu_translate(d, 12345, 0, 0, &pa) == XEN_XLATE_UNKNOWN_DEVICE);
        CHECK(xen_pviommu_translate(d, devs[0], 0x1000, 1, &pa) == XEN_XLATE_OK && pa == 0x1000);
        CHECK(xen_pviommu_translate(d, devs[0], 0x1000000000000ull, 0, &pa) == XEN_XLATE_RANGE);
        memset(big, 0, sizeof(big));
        wire_st16(big + OFF(pv_iommu_reattach_device, ctx_no), 1);
        wire_st16(big + OFF(pv_iommu_reattach_device, dev) + offsetof(struct physdev_pci_device, seg), 1);
        big[OFF(pv_iommu_reattach_device, dev) + offsetof(struct physdev_pci_device, bus)] = 0x80;
        big[OFF(pv_iommu_reattach_device, dev) + offsetof(struct physdev_pci_device, devfn)] = 0xff;
        CHECK_RC(xen_pviommu_op(d, IOMMU_reattach_device, big, sizeof(struct pv_iommu_reattach_device)), 0);
        CHECK(xen_pviommu_device_ctx(d, devs[1]) == 1);
        CHECK(xen_pviommu_device_ctx(d, 999) == -1);
        CHECK(xen_pviommu_translate(d, devs[1], 0x10123, 0, &pa) == XEN_XLATE_OK && pa == 0x40123);
        CHECK(xen_pviommu_translate(d, devs[1], 0x12fff, 0, NULL) == XEN_XLATE_OK);
        CHECK(xen_pviommu_translate(d, devs[1], 0x10123, 1, &pa) == XEN_XLATE_PERM);
        CHECK(xen_pviommu_translate(d, devs[1], 0x13000, 0, &pa) == XEN_XLATE_NO_MAPPING);
    }
    /* free with reattach_default drops the pages */
    memset(big, 0, sizeof(big));
    wire_st16(big + OFF(pv_iommu_free, ctx_no), 1);
    CHECK_RC(xen_pviommu_op(d, IOMMU_free_context, big, 8), -EBUSY);
    wire_st32(big + OFF(pv_iommu_free, free_flags), IOMMU_FREE_reattach_default);
    CHECK_RC(xen_pviommu_op(d, IOMMU_free_context, big, 8), 0);
    CHECK(xen_pviommu_pages(d) == 0);
    CHECK(xen_pviommu_device_ctx(d, devs[1]) == 0);
    xen_pviommu_free(d);

    /* without default_identity the default context blocks */
    d = mk(0, 0);
    CHECK(xen_pviommu_translate(d, devs[0], 0x1000, 0, NULL) == XEN_XLATE_BLOCKED);
    xen_pviommu_free(d);
}

/* ---- remote_cmd hooks ---------------------------------------------------- */

struct world {
    struct xen_pviommu *doms[3];
    uint8_t mem[64];
    int fail_to;
};

static struct xen_pviommu *w_domain(void *opaque, uint16_t domid)
{
    struct world *w = opaque;
    return domid < 3 ? w->doms[domid] : NULL;
}

static int w_from(void *opaque, void *dst, uint64_t gaddr, size_t len)
{
    struct world *w = opaque;
    if (gaddr > sizeof(w->mem) || len > sizeof(w->mem) - gaddr)
        return -1;
    memcpy(dst, w->mem + gaddr, len);
    return 0;
}

static int w_to(void *opaque, uint64_t gaddr, const void *src, size_t len)
{
    struct world *w = opaque;
    if (w->fail_to || gaddr > sizeof(w->mem) || len > sizeof(w->mem) - gaddr)
        return -1;
    memcpy(w->mem + gaddr, src, len);
    return 0;
}

static long remote(struct xen_pviommu *d, uint16_t domid, uint16_t subop, uint64_t arg)
{
    uint8_t b[sizeof(struct pv_iommu_remote_cmd)];

    memset(b, 0, sizeof(b));
    wire_st16(b + OFF(pv_iommu_remote_cmd, domid), domid);
    wire_st16(b + OFF(pv_iommu_remote_cmd, subop), subop);
    wire_st64(b + OFF(pv_iommu_remote_cmd, arg), arg);
    return xen_pviommu_op(d, IOMMU_remote_cmd, b, sizeof(b));
}

static void test_remote(void)
{
    struct world w;
    struct xen_pviommu_env env;
    unsigned i;

    memset(&w, 0, sizeof(w));
    w.doms[0] = mk(0, 1);
    w.doms[1] = mk(0, 0);
    w.doms[2] = mk(0, 0);
    CHECK(remote(w.doms[0], 1, IOMMU_noop, 0) == -ENOENT);    /* no hooks yet */
    env.domain = w_domain;
    env.copy_from_guest = w_from;
    env.copy_to_guest = w_to;
    env.opaque = &w;
    for (i = 0; i < 3; i++)
        xen_pviommu_set_env(w.doms[i], &env);
    CHECK_RC(remote(w.doms[1], 0, IOMMU_noop, 0), -EPERM);
    CHECK_RC(remote(w.doms[0], 3, IOMMU_noop, 0), -ENOENT);
    /* the target is looked up before the nested check (Xen's remote_cmd_op) */
    CHECK_RC(remote(w.doms[0], 3, IOMMU_remote_cmd, 0), -ENOENT);
    CHECK_RC(remote(w.doms[0], 1, IOMMU_remote_cmd, 0), -EINVAL);
    /* init of domain 1 through guest memory at offset 8 */
    wire_st32(w.mem + 8 + OFF(pv_iommu_init, max_ctx_no), 2);
    CHECK_RC(remote(w.doms[0], 1, IOMMU_init, 8), 0);
    CHECK(xen_pviommu_initialized(w.doms[1]));
    CHECK(!xen_pviommu_initialized(w.doms[0]));
    CHECK(!xen_pviommu_initialized(w.doms[2]));
    CHECK_RC(remote(w.doms[0], 1, IOMMU_init, 60), -EFAULT);
    /* alloc: the OUT ctx_no lands in guest memory */
    memset(w.mem, 0, sizeof(w.mem));
    wire_st16(w.mem + 16 + OFF(pv_iommu_alloc, ctx_no), 0xffff);
    CHECK_RC(remote(w.doms[0], 1, IOMMU_alloc_context, 16), 0);
    CHECK(wire_ld16(w.mem + 16 + OFF(pv_iommu_alloc, ctx_no)) == 1);
    /* copy-back failure is reported even though the operation ran */
    w.fail_to = 1;
    CHECK_RC(remote(w.doms[0], 1, IOMMU_alloc_context, 16), -EFAULT);
    w.fail_to = 0;
    CHECK_RC(remote(w.doms[0], 1, IOMMU_alloc_context, 16), -ENOSPC);
    CHECK_RC(remote(w.doms[0], 1, IOMMU_alloc_nested, 0), -EOPNOTSUPP);
    CHECK_RC(remote(w.doms[0], 1, 200, 0), -EOPNOTSUPP);
    /* a preempted remote map: the continuation re-runs remote_cmd, which
     * reads the advanced argument back from guest memory; the caller counts
     * the continuations, the target's setting decides them */
    xen_pviommu_set_preempt(w.doms[1], 2);
    memset(w.mem, 0, sizeof(w.mem));
    wire_st64(w.mem + OFF(pv_iommu_map_pages, gfn), 0x30);
    wire_st64(w.mem + OFF(pv_iommu_map_pages, dfn), 0x40);
    wire_st32(w.mem + OFF(pv_iommu_map_pages, map_flags), IOMMU_MAP_readable);
    wire_st32(w.mem + OFF(pv_iommu_map_pages, pgsize), 0x1000);
    wire_st32(w.mem + OFF(pv_iommu_map_pages, nr_pages), 5);
    wire_st16(w.mem + OFF(pv_iommu_map_pages, ctx_no), 1);
    CHECK_RC(remote(w.doms[0], 1, IOMMU_map_pages, 0), 0);
    CHECK(wire_ld32(w.mem + OFF(pv_iommu_map_pages, mapped)) == 5);
    CHECK(wire_ld64(w.mem + OFF(pv_iommu_map_pages, dfn)) == 0x44);
    CHECK(wire_ld32(w.mem + OFF(pv_iommu_map_pages, nr_pages)) == 1);
    CHECK(xen_pviommu_continuations(w.doms[0]) == 2);
    CHECK(xen_pviommu_continuations(w.doms[1]) == 0);
    CHECK(xen_pviommu_pages(w.doms[1]) == 5);
    for (i = 0; i < 3; i++)
        xen_pviommu_free(w.doms[i]);
}

/* ---- preemption and continuation ------------------------------------------ */

static void fill_map(uint8_t *b, uint16_t ctx, uint64_t gfn, uint64_t dfn, uint32_t pgsize, uint32_t nr)
{
    memset(b, 0, sizeof(struct pv_iommu_map_pages));
    wire_st64(b + OFF(pv_iommu_map_pages, gfn), gfn);
    wire_st64(b + OFF(pv_iommu_map_pages, dfn), dfn);
    wire_st32(b + OFF(pv_iommu_map_pages, map_flags), IOMMU_MAP_readable | IOMMU_MAP_writeable);
    wire_st32(b + OFF(pv_iommu_map_pages, pgsize), pgsize);
    wire_st32(b + OFF(pv_iommu_map_pages, nr_pages), nr);
    wire_st16(b + OFF(pv_iommu_map_pages, ctx_no), ctx);
}

static void fill_unmap(uint8_t *b, uint16_t ctx, uint64_t dfn, uint32_t pgsize, uint32_t nr)
{
    memset(b, 0, sizeof(struct pv_iommu_unmap_pages));
    wire_st64(b + OFF(pv_iommu_unmap_pages, dfn), dfn);
    wire_st32(b + OFF(pv_iommu_unmap_pages, pgsize), pgsize);
    wire_st32(b + OFF(pv_iommu_unmap_pages, nr_pages), nr);
    wire_st16(b + OFF(pv_iommu_unmap_pages, ctx_no), ctx);
}

#define MAP_F(b, f) wire_ld64((b) + OFF(pv_iommu_map_pages, f))
#define MAP_F32(b, f) wire_ld32((b) + OFF(pv_iommu_map_pages, f))
#define UNMAP_F(b, f) wire_ld64((b) + OFF(pv_iommu_unmap_pages, f))
#define UNMAP_F32(b, f) wire_ld32((b) + OFF(pv_iommu_unmap_pages, f))

static void test_preempt(void)
{
    struct xen_pviommu_config c;
    struct xen_pviommu *d;
    uint8_t b[sizeof(struct pv_iommu_map_pages)];
    uint16_t ctx = 0;
    uint64_t pa = 0, before;

    memset(&c, 0, sizeof(c));
    c.devices = devs;
    c.nr_devices = 2;
    c.max_iova = 0xffffffffffffull;
    c.pgsize_mask = 0x201000;
    c.max_ctx = 2;
    d = xen_pviommu_new(&c);
    CHECK(d != NULL);
    CHECK_RC(init(d, 2), 0);
    CHECK_RC(alloc(d, &ctx), 0);
    xen_pviommu_set_preempt(d, 3);

    /* 10 pages, preempted after 3, 6 and 9: the argument is left as the last
     * continuation saw it, mapped counts the whole call */
    fill_map(b, 1, 0x100, 0x200, 0x1000, 10);
    wire_st32(b + OFF(pv_iommu_map_pages, mapped), 0xdead);   /* OUT: ignored */
    CHECK_RC(xen_pviommu_op(d, IOMMU_map_pages, b, sizeof(b)), 0);
    CHECK(MAP_F32(b, mapped) == 10);
    CHECK(MAP_F(b, gfn) == 0x109 && MAP_F(b, dfn) == 0x209 && MAP_F32(b, nr_pages) == 1);
    CHECK(xen_pviommu_continuations(d) == 3);
    CHECK(xen_pviommu_pages(d) == 10);
    CHECK_RC(xen_pviommu_op(d, IOMMU_reattach_device, (uint8_t[12]){ 1, 0, 0, 0, 0, 0x08 }, 12), 0);
    CHECK(xen_pviommu_translate(d, devs[0], 0x209abc, 1, &pa) == XEN_XLATE_OK && pa == 0x109abc);
    CHECK(xen_pviommu_translate(d, devs[0], 0x20a000, 0, &pa) == XEN_XLATE_NO_MAPPING);

    /* a failure in a continuation: mapped counts every page mapped by the
     * call, gfn/dfn/nr_pages are the last continuation's */
    fill_map(b, 1, 0x1000, 0x300, 0x1000, 1);
    CHECK_RC(xen_pviommu_op(d, IOMMU_map_pages, b, sizeof(b)), 0);          /* dfn 0x300 taken */
    fill_map(b, 1, 0x1000, 0x2f9, 0x1000, 10);
    CHECK_RC(xen_pviommu_op(d, IOMMU_map_pages, b, sizeof(b)), -EINVAL);
    CHECK(MAP_F32(b, mapped) == 7);
    CHECK(MAP_F(b, gfn) == 0x1006 && MAP_F(b, dfn) == 0x2ff && MAP_F32(b, nr_pages) == 4);
    CHECK(xen_pviommu_continuations(d) == 5);

    /* 2 MiB pages: frames advance by 0x200 per page */
    xen_pviommu_set_preempt(d, 1);
    fill_map(b, 1, 0x400, 0x800, 0x200000, 4);
    CHECK_RC(xen_pviommu_op(d, IOMMU_map_pages, b, sizeof(b)), 0);
    CHECK(MAP_F32(b, mapped) == 4);
    CHECK(MAP_F(b, gfn) == 0xa00 && MAP_F(b, dfn) == 0xe00 && MAP_F32(b, nr_pages) == 1);
    CHECK(xen_pviommu_continuations(d) == 8);
    CHECK(xen_pviommu_translate(d, devs[0], 0xe12345, 0, &pa) == XEN_XLATE_OK && pa == 0xa12345);

    /* unmap: dfn and nr_pages advance, unmapped counts the call */
    xen_pviommu_set_preempt(d, 4);
    fill_unmap(b, 1, 0x200, 0x1000, 10);
    wire_st32(b + OFF(pv_iommu_unmap_pages, unmapped), 0xdead);
    CHECK_RC(xen_pviommu_op(d, IOMMU_unmap_pages, b, sizeof(struct pv_iommu_unmap_pages)), 0);
    CHECK(UNMAP_F32(b, unmapped) == 10);
    CHECK(UNMAP_F(b, dfn) == 0x208 && UNMAP_F32(b, nr_pages) == 2);
    CHECK(xen_pviommu_continuations(d) == 10);
    fill_unmap(b, 1, 0x2f9, 0x1000, 10);                /* 0x2f9..0x2ff mapped, then 0x300, then holes */
    CHECK_RC(xen_pviommu_op(d, IOMMU_unmap_pages, b, sizeof(struct pv_iommu_unmap_pages)), -ENOENT);
    CHECK(UNMAP_F32(b, unmapped) == 8);
    CHECK(UNMAP_F(b, dfn) == 0x301 && UNMAP_F32(b, nr_pages) == 2);

    /* a call that fits in one invocation is not preempted; 0 turns it off */
    before = xen_pviommu_continuations(d);
    fill_map(b, 1, 0x5000, 0x5000, 0x1000, 4);
    CHECK_RC(xen_pviommu_op(d, IOMMU_map_pages, b, sizeof(b)), 0);
    CHECK(xen_pviommu_continuations(d) == before);
    CHECK(MAP_F(b, dfn) == 0x5000 && MAP_F32(b, nr_pages) == 4 && MAP_F32(b, mapped) == 4);
    xen_pviommu_set_preempt(d, 0);
    fill_unmap(b, 1, 0x5000, 0x1000, 4);
    CHECK_RC(xen_pviommu_op(d, IOMMU_unmap_pages, b, sizeof(struct pv_iommu_unmap_pages)), 0);
    CHECK(xen_pviommu_continuations(d) == before);
    xen_pviommu_free(d);
}

/* Failed requests leave the state digest alone; successful ones move it, and
 * undoing them brings it back. */
static void test_digest(void)
{
    struct xen_pviommu *d = mk(0, 0);
    uint8_t b[sizeof(struct pv_iommu_map_pages)];
    uint16_t ctx = 0;
    uint64_t h0, h1;

    CHECK(d != NULL);
    h0 = xen_pviommu_state_digest(d);
    CHECK_RC(alloc(d, &ctx), -ENOSPC);
    CHECK(xen_pviommu_state_digest(d) == h0);
    CHECK_RC(init(d, 2), 0);
    h1 = xen_pviommu_state_digest(d);
    CHECK(h1 != h0);
    CHECK_RC(alloc(d, &ctx), 0);
    h0 = xen_pviommu_state_digest(d);
    CHECK(h0 != h1);
    /* a map refused at its first page creates the context's address space
     * but no mapping: the same observable state */
    fill_map(b, 1, 0, 0, 0x1000, 1);
    wire_st32(b + OFF(pv_iommu_map_pages, map_flags), 0);
    CHECK_RC(xen_pviommu_op(d, IOMMU_map_pages, b, sizeof(b)), -EINVAL);
    CHECK(xen_pviommu_state_digest(d) == h0);
    fill_map(b, 1, 0x10, 0x20, 0x1000, 2);
    CHECK_RC(xen_pviommu_op(d, IOMMU_map_pages, b, sizeof(b)), 0);
    h1 = xen_pviommu_state_digest(d);
    CHECK(h1 != h0);
    /* the same pages at another guest frame or with other permissions differ */
    fill_unmap(b, 1, 0x20, 0x1000, 2);
    CHECK_RC(xen_pviommu_op(d, IOMMU_unmap_pages, b, sizeof(struct pv_iommu_unmap_pages)), 0);
    CHECK(xen_pviommu_state_digest(d) == h0);
    fill_map(b, 1, 0x11, 0x20, 0x1000, 2);
    CHECK_RC(xen_pviommu_op(d, IOMMU_map_pages, b, sizeof(b)), 0);
    CHECK(xen_pviommu_state_digest(d) != h1);
    fill_unmap(b, 1, 0x20, 0x1000, 2);
    CHECK_RC(xen_pviommu_op(d, IOMMU_unmap_pages, b, sizeof(struct pv_iommu_unmap_pages)), 0);
    fill_map(b, 1, 0x10, 0x20, 0x1000, 2);
    wire_st32(b + OFF(pv_iommu_map_pages, map_flags), IOMMU_MAP_readable);
    CHECK_RC(xen_pviommu_op(d, IOMMU_map_pages, b, sizeof(b)), 0);
    CHECK(xen_pviommu_state_digest(d) != h1);
    /* a device's context is part of the state */
    fill_unmap(b, 1, 0x20, 0x1000, 2);
    CHECK_RC(xen_pviommu_op(d, IOMMU_unmap_pages, b, sizeof(struct pv_iommu_unmap_pages)), 0);
    CHECK(xen_pviommu_state_digest(d) == h0);
    CHECK_RC(xen_pviommu_op(d, IOMMU_reattach_device, (uint8_t[12]){ 1, 0, 0, 0, 0, 0x08 }, 12), 0);
    CHECK(xen_pviommu_state_digest(d) != h0);
    xen_pviommu_free(d);
}

int main(void)
{
    test_config();
    test_lengths_and_out();
    test_remote();
    test_preempt();
    test_digest();
    if (failures) {
        fprintf(stderr, "%d check(s) failed\n", failures);
        return 1;
    }
    printf("test_xen_pviommu: all checks passed\n");
    return 0;
}
