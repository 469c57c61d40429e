/* SPDX-License-Identifier: MIT */
/*
 * diff_xen.c - differential test of the Xen PV-IOMMU model: random iommu_op
 * hypercalls (raw argument bytes, some with non-zero pads or short buffers)
 * and translations, each checked against a brute-force model of the rules in
 * translator/README.md ("Xen PV-IOMMU semantics"): a flat list of mapped
 * pages scanned linearly.
 *
 *   diff_xen [TOTAL_OPS [FIRST_SEED]]        (default 300000 ops, seed 1)
 *
 * Device: 3 devices, pgsize_mask 4 KiB | 2 MiB, max_ctx 5, a small page limit
 * (max_pages 48) so -ENOMEM is reached; per seed: max_iova 2^64-1, 2^40-1 or
 * 0xffffffffa7ff (ending inside a page),
 * caps default_identity / identity / cache on or off, and map/unmap
 * preempted every 0 (never), 1, 2 or 3 pages: the argument a continued call
 * leaves behind (gfn, dfn, nr_pages advanced to the last continuation) and
 * the number of continuations are predicted too.
 */
#include <errno.h>
#include <inttypes.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "wire.h"
#include "xen_pviommu.h"
#include "testlib.h"

#define MAXCTX 5
#define MAXPAGES 48
#define RUN_OPS 3000u
#define OFF(t, f) offsetof(struct t, f)

static const uint32_t devs[3] = { XEN_PVIOMMU_SBDF(0, 0, 0x08), XEN_PVIOMMU_SBDF(0, 1, 0x10), XEN_PVIOMMU_SBDF(2, 0xff, 0xff) };

struct mpage { int ctx; uint64_t iova, size, pa; unsigned perm; };

static struct {
    int init;
    unsigned nr_ctx;                    /* non-default contexts */
    int alloc[MAXCTX + 1], ident[MAXCTX + 1];
    int dev_ctx[3];
    struct mpage pages[MAXPAGES];
    int npages;
} M;

static uint32_t caps;
static uint64_t max_iova;
static struct tl_rng rng;
static uint32_t preempt;
static unsigned long long n_rc[128], n_xlate_ok, n_partial, n_cont;

static uint64_t rnd(void) { return tl_rng_next(&rng); }
static uint64_t below(uint64_t n) { return tl_rng_below(&rng, n); }

/* ---- model ---------------------------------------------------------------- */

static int pgshift(uint32_t pgsize)
{
    if (pgsize == 0x1000)
        return 12;
    if (pgsize == 0x200000)
        return 21;
    return -1;
}

/* nr pages of pgsize (a power of two: pgshift() accepted it) from 4 KiB
 * frame @first: aligned to pgsize, every byte <= limit?  Brute force on the
 * 128-bit address in two 64-bit halves (32-bit targets have no __int128;
 * tests/cross runs this there). */
static int frames_ok(uint64_t first, uint32_t nr, uint32_t pgsize, uint64_t limit)
{
    uint64_t lo = first << 12, hi = first >> 52, last_lo, last_hi;

    if (!nr)
        return 1;
    last_lo = lo + ((uint64_t)nr * pgsize - 1);
    last_hi = hi + (last_lo < lo);
    /* 2^64 is a multiple of pgsize: the low half alone decides alignment. */
    return lo % pgsize == 0 && last_hi == 0 && last_lo <= limit;
}

static int ctx_update(unsigned ctx)
{
    if (ctx == 0 || ctx > M.nr_ctx || !M.alloc[ctx] || M.ident[ctx])
        return -EINVAL;
    return 0;
}

/* Continuations of a map/unmap of @nr pages that passed its up-front checks
 * and did @done pages: one at every multiple of preempt below nr that the
 * call reached (a failing page at such a multiple is reached by a
 * continuation). */
static uint32_t continuations(uint32_t nr, uint32_t done, int failed)
{
    if (!preempt || !nr)
        return 0;
    return failed ? done / preempt : (nr - 1) / preempt;
}

static int checked;                     /* the last map/unmap passed its up-front checks */

static long m_map(int pads, unsigned ctx, uint64_t gfn, uint64_t dfn, uint32_t flags, uint32_t pgsize,
                  uint32_t nr, uint32_t *mapped)
{
    int s, i, rc;
    uint32_t k;

    *mapped = 0;
    if (pads)
        return -EINVAL;
    rc = ctx_update(ctx);
    if (rc)
        return rc;
    if ((flags & ~7u) || !(flags & 3))
        return -EINVAL;
    if ((flags & 4) && !(caps & IOMMUCAP_cache))
        return -EOPNOTSUPP;
    s = pgshift(pgsize);
    if (s < 0)
        return -EINVAL;
    if (!frames_ok(dfn, nr, pgsize, max_iova) || !frames_ok(gfn, nr, pgsize, UINT64_MAX))
        return -EINVAL;
    checked = 1;
    for (k = 0; k < nr; k++) {
        uint64_t iova = (dfn << 12) + (uint64_t)k * pgsize;
        for (i = 0; i < M.npages; i++)
            if (M.pages[i].ctx == (int)ctx && M.pages[i].iova <= iova + (pgsize - 1) &&
                iova <= M.pages[i].iova + (M.pages[i].size - 1))
                return -EINVAL;
        if (M.npages == MAXPAGES)
            return -ENOMEM;
        M.pages[M.npages].ctx = (int)ctx;
        M.pages[M.npages].iova = iova;
        M.pages[M.npages].size = pgsize;
        M.pages[M.npages].pa = (gfn << 12) + (uint64_t)k * pgsize;
        M.pages[M.npages].perm = flags & 3;
        M.npages++;
        ++*mapped;
    }
    return 0;
}

static long m_unmap(int pads, unsigned ctx, uint64_t dfn, uint32_t pgsize, uint32_t nr, uint32_t *unmapped)
{
    int s, i, rc;
    uint32_t k;

    *unmapped = 0;
    if (pads)
        return -EINVAL;
    rc = ctx_update(ctx);
    if (rc)
        return rc;
    s = pgshift(pgsize);
    if (s < 0)
        return -EINVAL;
    if (!frames_ok(dfn, nr, pgsize, max_iova))
        return -EINVAL;
    checked = 1;
    for (k = 0; k < nr; k++) {
        uint64_t iova = (dfn << 12) + (uint64_t)k * pgsize;
        int hit = -1, any = 0;
        for (i = 0; i < M.npages; i++)
            if (M.pages[i].ctx == (int)ctx && M.pages[i].iova <= iova + (pgsize - 1) &&
                iova <= M.pages[i].iova + (M.pages[i].size - 1)) {
                any = 1;
                if (M.pages[i].iova == iova && M.pages[i].size == pgsize)
                    hit = i;
            }
        if (!any)
            return -ENOENT;
        if (hit < 0)
            return -EINVAL;
        M.pages[hit] = M.pages[--M.npages];
        ++*unmapped;
    }
    return 0;
}

static long m_alloc(int pads, uint32_t flags, unsigned *ctx)
{
    unsigned i;

    if (pads)
        return -EINVAL;
    if (flags & ~1u)
        return -EINVAL;
    if ((flags & 1) && !(caps & IOMMUCAP_identity))
        return -EOPNOTSUPP;
    for (i = 1; i <= M.nr_ctx; i++)
        if (!M.alloc[i]) {
            M.alloc[i] = 1;
            M.ident[i] = flags & 1;
            *ctx = i;
            return 0;
        }
    return -ENOSPC;
}

static long m_free(int pads, unsigned ctx, uint32_t flags)
{
    int i, busy = 0;

    if (pads)
        return -EINVAL;
    if (flags & ~1u)
        return -EINVAL;
    if (ctx == 0)
        return -EINVAL;
    if (ctx > M.nr_ctx || !M.alloc[ctx])
        return -ENOENT;
    for (i = 0; i < 3; i++)
        busy |= M.dev_ctx[i] == (int)ctx;
    if (busy && !(flags & 1))
        return -EBUSY;
    for (i = 0; i < 3; i++)
        if (M.dev_ctx[i] == (int)ctx)
            M.dev_ctx[i] = 0;
    for (i = 0; i < M.npages;)
        if (M.pages[i].ctx == (int)ctx)
            M.pages[i] = M.pages[--M.npages];
        else
            i++;
    M.alloc[ctx] = M.ident[ctx] = 0;
    return 0;
}

static long m_reattach(int pads, unsigned ctx, int dev, uint32_t pasid)
{
    if (pads)
        return -EINVAL;
    if (pasid)
        return -EOPNOTSUPP;
    if (dev < 0)
        return -ENODEV;
    if (M.dev_ctx[dev] == (int)ctx)
        return 0;
    if (ctx > M.nr_ctx || !M.alloc[ctx])
        return -ENOENT;
    M.dev_ctx[dev] = (int)ctx;
    return 0;
}

static int m_translate(int dev, uint64_t a, int w, uint64_t *pa)
{
    int c, i;

    if (dev < 0)
        return 0;
    c = M.dev_ctx[dev];
    if (c == 0 && !(caps & IOMMUCAP_default_identity))
        return 0;
    if (a > max_iova)
        return 0;
    if (c == 0 || M.ident[c]) {
        *pa = a;
        return 1;
    }
    for (i = 0; i < M.npages; i++)
        if (M.pages[i].ctx == c && M.pages[i].iova <= a && a <= M.pages[i].iova + (M.pages[i].size - 1)) {
            if (!(M.pages[i].perm & (w ? 2u : 1u)))
                return 0;
            *pa = M.pages[i].pa + (a - M.pages[i].iova);
            return 1;
        }
    return 0;
}

/* ---- driver ---------------------------------------------------------------- */

static uint64_t gen_frame(int s)
{
    uint64_t top = max_iova >> s;

    switch (below(8)) {
    case 0: return top - below(3);
    case 1: return top + 1 + below(2);
    case 2: return rnd() >> below(64);
    case 3: return UINT64_MAX - below(2);
    default: return 0x10 + below(24);
    }
}

/* A 4 KiB frame number for a page of 2^s bytes: mostly aligned to it. */
static uint64_t gen_frame4k(int s)
{
    uint64_t f = gen_frame(s) << (s - 12);

    return below(10) == 0 ? f + 1 + below(3) : f;
}

static uint32_t gen_pgsize(void)
{
    static const uint32_t p[] = { 0x1000, 0x1000, 0x1000, 0x200000, 0x200000, 0, 0x2000, 0x3000, 0x201000, 0x80000000 };
    return p[below(sizeof(p) / sizeof(p[0]))];
}

static int gen_dev(uint8_t *b, size_t dev_off)
{
    int i = (int)below(4);
    uint32_t sbdf = i < 3 ? devs[i] : XEN_PVIOMMU_SBDF(0, 0, 0x09);

    wire_st16(b + dev_off + offsetof(struct physdev_pci_device, seg), (uint16_t)(sbdf >> 16));
    b[dev_off + offsetof(struct physdev_pci_device, bus)] = (uint8_t)(sbdf >> 8);
    b[dev_off + offsetof(struct physdev_pci_device, devfn)] = (uint8_t)sbdf;
    return i < 3 ? i : -1;
}

static void run(uint64_t seed, unsigned nops)
{
    struct xen_pviommu_config cfg;
    struct xen_pviommu *d;
    char msg[300];
    unsigned i;

    tl_rng_seed(&rng, seed * 0xd1342543de82ef95ull + 3);
    memset(&M, 0, sizeof(M));
    M.alloc[0] = 1;
    preempt = (uint32_t)((seed >> 4) % 4);
    max_iova = (seed % 3 == 0) ? UINT64_MAX : (seed % 3 == 1) ? 0xffffffffffull : 0xffffffffa7ffull;
    caps = (uint32_t)(((seed >> 1) & 1) * IOMMUCAP_default_identity | ((seed >> 2) & 1) * IOMMUCAP_identity |
                      ((seed >> 3) & 1) * IOMMUCAP_cache);
    memset(&cfg, 0, sizeof(cfg));
    cfg.devices = devs;
    cfg.nr_devices = 3;
    cfg.max_iova = max_iova;
    cfg.cap_flags = caps;
    cfg.pgsize_mask = 0x201000;
    cfg.max_ctx = MAXCTX;
    cfg.max_pages = MAXPAGES;
    d = xen_pviommu_new(&cfg);
    if (!d)
        exit(2);
    xen_pviommu_set_preempt(d, preempt);

    for (i = 0; i < nops; i++) {
        uint8_t b[64];
        unsigned k = (unsigned)below(100);
        int pads = below(40) == 0, shortbuf = below(60) == 0;
        unsigned subop;
        size_t len;
        long got, want;
        uint8_t in[64];
        uint64_t before;
        uint32_t out_got = 0, out_want = 0;

        tl_diff_op = i;
        checked = 0;
        memset(b, 0, sizeof(b));
        if (k < 3) {
            uint32_t n = below(10) == 0 ? UINT32_MAX - (uint32_t)below(2) : (uint32_t)below(MAXCTX + 2);
            subop = IOMMU_init;
            wire_st32(b + OFF(pv_iommu_init, max_ctx_no), n);
            pads = 0;
            want = shortbuf ? -EFAULT : n == UINT32_MAX ? -E2BIG : M.init ? -EACCES : 0;
            if (want == 0) {
                M.init = 1;
                M.nr_ctx = n > MAXCTX ? MAXCTX : n;
            }
            snprintf(msg, sizeof(msg), "init %u", n);
        } else if (k < 12) {
            uint32_t flags = below(6) == 0 ? (uint32_t)below(4) : below(3) == 0;
            unsigned ctx = 0;
            subop = IOMMU_alloc_context;
            wire_st32(b + OFF(pv_iommu_alloc, alloc_flags), flags);
            wire_st16(b + OFF(pv_iommu_alloc, ctx_no), 0xbeef);
            if (pads)
                b[OFF(pv_iommu_alloc, pad0)] = 1;
            want = shortbuf ? -EFAULT : m_alloc(pads, flags, &ctx);
            out_want = ctx;
            snprintf(msg, sizeof(msg), "alloc flags %u pads %d", flags, pads);
        } else if (k < 18) {
            unsigned ctx = (unsigned)below(MAXCTX + 1);
            uint32_t flags = below(8) == 0 ? 2 : (uint32_t)below(2);
            subop = IOMMU_free_context;
            wire_st16(b + OFF(pv_iommu_free, ctx_no), (uint16_t)ctx);
            wire_st32(b + OFF(pv_iommu_free, free_flags), flags);
            if (pads)
                b[OFF(pv_iommu_free, pad0) + 1] = 0x80;
            want = shortbuf ? -EFAULT : m_free(pads, ctx, flags);
            snprintf(msg, sizeof(msg), "free %u flags %u pads %d", ctx, flags, pads);
        } else if (k < 28) {
            unsigned ctx = (unsigned)below(MAXCTX + 1);
            uint32_t pasid = below(20) == 0;
            int dev;
            subop = IOMMU_reattach_device;
            wire_st16(b + OFF(pv_iommu_reattach_device, ctx_no), (uint16_t)ctx);
            dev = gen_dev(b, OFF(pv_iommu_reattach_device, dev));
            wire_st32(b + OFF(pv_iommu_reattach_device, pasid), pasid);
            if (pads)
                b[OFF(pv_iommu_reattach_device, pad0)] = 1;
            want = shortbuf ? -EFAULT : m_reattach(pads, ctx, dev, pasid);
            snprintf(msg, sizeof(msg), "reattach %u dev %d pasid %u pads %d", ctx, dev, pasid, pads);
        } else if (k < 58) {
            unsigned ctx = (unsigned)below(MAXCTX + 2);
            uint32_t pgsize = gen_pgsize(), flags = (uint32_t)below(8), nr = (uint32_t)below(8);
            int s = pgshift(pgsize) < 0 ? 12 : pgshift(pgsize);
            uint64_t dfn = gen_frame4k(s), gfn = below(4) == 0 ? gen_frame4k(s) : below(1000) << (s - 12);
            if (below(40) == 0)
                flags |= 8;
            if (below(50) == 0)
                nr = 0xffffffffu;
            subop = IOMMU_map_pages;
            wire_st64(b + OFF(pv_iommu_map_pages, gfn), gfn);
            wire_st64(b + OFF(pv_iommu_map_pages, dfn), dfn);
            wire_st32(b + OFF(pv_iommu_map_pages, map_flags), flags);
            wire_st32(b + OFF(pv_iommu_map_pages, pgsize), pgsize);
            wire_st32(b + OFF(pv_iommu_map_pages, nr_pages), nr);
            wire_st32(b + OFF(pv_iommu_map_pages, mapped), 0xdeadbeef);
            wire_st16(b + OFF(pv_iommu_map_pages, ctx_no), (uint16_t)ctx);
            if (pads)
                b[below(2) ? OFF(pv_iommu_map_pages, pad0) : OFF(pv_iommu_map_pages, pad1) + 3] = 1;
            want = shortbuf ? -EFAULT : m_map(pads, ctx, gfn, dfn, flags, pgsize, nr, &out_want);
            if (shortbuf)
                out_want = 0xdeadbeef;
            snprintf(msg, sizeof(msg), "map ctx %u gfn 0x%" PRIx64 " dfn 0x%" PRIx64 " flags %u pgsize 0x%x nr %u pads %d",
                     ctx, gfn, dfn, flags, pgsize, nr, pads);
        } else if (k < 78) {
            unsigned ctx = (unsigned)below(MAXCTX + 2);
            uint32_t pgsize = gen_pgsize(), nr = (uint32_t)below(6);
            int s = pgshift(pgsize) < 0 ? 12 : pgshift(pgsize);
            uint64_t dfn = gen_frame4k(s);
            if (below(50) == 0)
                nr = 0xffffffffu;
            subop = IOMMU_unmap_pages;
            wire_st64(b + OFF(pv_iommu_unmap_pages, dfn), dfn);
            wire_st32(b + OFF(pv_iommu_unmap_pages, pgsize), pgsize);
            wire_st32(b + OFF(pv_iommu_unmap_pages, nr_pages), nr);
            wire_st32(b + OFF(pv_iommu_unmap_pages, unmapped), 0xdeadbeef);
            wire_st16(b + OFF(pv_iommu_unmap_pages, ctx_no), (uint16_t)ctx);
            if (pads)
                b[OFF(pv_iommu_unmap_pages, pad0)] = 1;
            want = shortbuf ? -EFAULT : m_unmap(pads, ctx, dfn, pgsize, nr, &out_want);
            if (shortbuf)
                out_want = 0xdeadbeef;
            snprintf(msg, sizeof(msg), "unmap ctx %u dfn 0x%" PRIx64 " pgsize 0x%x nr %u pads %d", ctx, dfn, pgsize, nr, pads);
        } else {
            uint8_t tmp[8];
            int dev = gen_dev(tmp, 0), w = (int)below(2), ok, mok;
            uint32_t sbdf = XEN_PVIOMMU_SBDF(wire_ld16(tmp), tmp[2], tmp[3]);
            uint64_t a, pa = 0, mpa = 0;
            if (below(2) && M.npages) {
                const struct mpage *p = &M.pages[below((uint64_t)M.npages)];
                a = p->iova + below(p->size);
            } else {
                a = (gen_frame(12) << 12) + below(0x1000);
            }
            ok = xen_pviommu_translate(d, sbdf, a, w, &pa) == XEN_XLATE_OK;
            mok = m_translate(dev, a, w, &mpa);
            if (ok != mok || (ok && pa != mpa)) {
                snprintf(msg, sizeof(msg), "translate dev %d 0x%" PRIx64 " %c: got %d 0x%" PRIx64 ", model %d 0x%" PRIx64,
                         dev, a, w ? 'w' : 'r', ok, pa, mok, mpa);
                tl_diverge(msg);
            }
            n_xlate_ok += ok;
            continue;
        }
        len = xen_pviommu_arg_size(subop);
        if (shortbuf)
            len = below(len);
        memcpy(in, b, sizeof(in));
        before = xen_pviommu_continuations(d);
        got = xen_pviommu_op(d, subop, b, len);
        if (subop == IOMMU_map_pages)
            out_got = wire_ld32(b + OFF(pv_iommu_map_pages, mapped));
        else if (subop == IOMMU_unmap_pages)
            out_got = wire_ld32(b + OFF(pv_iommu_unmap_pages, unmapped));
        else if (subop == IOMMU_alloc_context)
            out_got = got == 0 ? wire_ld16(b + OFF(pv_iommu_alloc, ctx_no)) : 0;
        if (got != want || out_got != out_want) {
            char m2[400];
            snprintf(m2, sizeof(m2), "%s%s: got %ld out %u, model %ld out %u", msg, shortbuf ? " (short)" : "",
                     got, out_got, want, out_want);
            tl_diverge(m2);
        }
        if ((subop == IOMMU_map_pages && want && out_want) || (subop == IOMMU_unmap_pages && want && out_want))
            n_partial++;
        /* what the continuations left in the argument */
        if (!shortbuf && (subop == IOMMU_map_pages || subop == IOMMU_unmap_pages)) {
            int map = subop == IOMMU_map_pages;
            size_t o_dfn = map ? OFF(pv_iommu_map_pages, dfn) : OFF(pv_iommu_unmap_pages, dfn);
            size_t o_nr = map ? OFF(pv_iommu_map_pages, nr_pages) : OFF(pv_iommu_unmap_pages, nr_pages);
            size_t o_pg = map ? OFF(pv_iommu_map_pages, pgsize) : OFF(pv_iommu_unmap_pages, pgsize);
            uint32_t nr = wire_ld32(in + o_nr), q = checked ? continuations(nr, out_want, want != 0) : 0;
            uint64_t adv = (uint64_t)q * preempt * (wire_ld32(in + o_pg) >> 12);

            if (xen_pviommu_continuations(d) - before != q ||
                wire_ld64(b + o_dfn) != wire_ld64(in + o_dfn) + adv ||
                wire_ld32(b + o_nr) != nr - q * preempt ||
                (map && wire_ld64(b + OFF(pv_iommu_map_pages, gfn)) != wire_ld64(in + OFF(pv_iommu_map_pages, gfn)) + adv)) {
                char m2[400];
                snprintf(m2, sizeof(m2), "%s (preempt %u): %" PRIu64 " continuations, dfn 0x%" PRIx64 " nr %u; model %u, +0x%" PRIx64,
                         msg, preempt, xen_pviommu_continuations(d) - before, wire_ld64(b + o_dfn), wire_ld32(b + o_nr), q, adv);
                tl_diverge(m2);
            }
            n_cont += q;
        }
        n_rc[-want & 127]++;
        if (xen_pviommu_pages(d) != (uint64_t)M.npages)
            tl_diverge("page count differs");
    }
    xen_pviommu_free(d);
}

int main(int argc, char **argv)
{
    uint64_t first, last, ops;
    int rc = tl_diff_main("diff_xen", argc, argv, 300000ull, RUN_OPS, run);

    if (rc)
        return rc;
    tl_diff_summary(&first, &last, &ops);
    printf("diff_xen: OK %llu EINVAL %llu ENOENT %llu EBUSY %llu ENOSPC %llu ENOMEM %llu EACCES %llu "
           "E2BIG %llu ENODEV %llu EOPNOTSUPP %llu EFAULT %llu; partial map/unmap %llu; continuations %llu; "
           "translations OK %llu\n",
           n_rc[0], n_rc[EINVAL], n_rc[ENOENT], n_rc[EBUSY], n_rc[ENOSPC], n_rc[ENOMEM], n_rc[EACCES],
           n_rc[E2BIG], n_rc[ENODEV], n_rc[EOPNOTSUPP], n_rc[EFAULT], n_partial, n_cont, n_xlate_ok);
    if (!n_rc[0] || !n_rc[EINVAL] || !n_rc[ENOENT] || !n_rc[EBUSY] || !n_rc[ENOSPC] || !n_rc[ENOMEM] ||
        !n_rc[E2BIG] || !n_partial || !n_cont || !n_xlate_ok) {
        fprintf(stderr, "diff_xen: an outcome was never exercised\n");
        return 1;
    }
    printf("diff_xen: %llu operations, seeds %" PRIu64 "..%" PRIu64 ", 0 divergences\n",
           (unsigned long long)ops, first, last);
    return 0;
}
