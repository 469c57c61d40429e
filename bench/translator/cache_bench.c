/* SPDX-License-Identifier: MIT */
/*
 * cache_bench.c - the translation cache under the traffic device models see
 * (see cache_bench.h).  Everything is dependent lookups (each address
 * depends on the previous result), so the figures are latencies.
 */
#include "cache_bench.h"

#include <stdint.h>
#include <stdlib.h>
#include <string.h>

#include "addr_space.h"
#include "impl.h"
#include "workload.h"

#define HOT BENCH_HOT_SET
#define PAGE_LAST ((1u << WL_PAGE_SHIFT) - 1u)
#define FLOOR_ENTRIES 256u

static struct ias_tlb tlb;          /* one cache, as one device thread owns */

struct floor_entry {
    uint64_t page;
    uint64_t delta;
};

/* The floor of a hot lookup: a 256-entry direct-mapped table that stays in
 * L1, probed by page number, with the same dependent-address chain. */
static double floor_probe(const uint64_t *hot, size_t lookups, const char **err)
{
    static struct floor_entry tbl[FLOOR_ENTRIES];
    uint64_t pa = 0;
    double best = 0, t0;
    size_t i, rep;

    for (i = 0; i < HOT; i++) {
        uint64_t page = hot[i] >> WL_PAGE_SHIFT;

        tbl[page % FLOOR_ENTRIES].page = page;
        tbl[page % FLOOR_ENTRIES].delta = wl_phys((uint32_t)(hot[i] >> WL_PAGE_SHIFT) / WL_SLOT_PAGES)
                                          - (hot[i] & ~(uint64_t)PAGE_LAST);
    }
    for (rep = 0; rep < BENCH_REPS; rep++) {
        t0 = now_ns();
        for (i = 0; i < lookups; i++) {
            uint64_t va = hot[i % HOT] | (pa >> 63);
            const struct floor_entry *e = &tbl[(va >> WL_PAGE_SHIFT) % FLOOR_ENTRIES];

            if (e->page != va >> WL_PAGE_SHIFT) {
                *err = "the L1 probe missed";
                return -1;
            }
            pa = va + e->delta;
        }
        best = run_min(best, (now_ns() - t0) / (double)lookups, rep);
        keep(pa);
    }
    return best;
}

static int churn_one(struct ias *as, const uint32_t *churn, size_t nchurn, size_t *k)
{
    uint64_t c = wl_iova(churn[(*k)++ % nchurn], 0);

    return ias_unmap(as, c, c + PAGE_LAST, NULL) ||
           ias_map(as, c, c + PAGE_LAST, wl_phys((uint32_t)(c >> WL_PAGE_SHIFT) / WL_SLOT_PAGES),
                   IAS_PERM_READ | IAS_PERM_WRITE);
}

/* ns per lookup of @lookups dependent lookups over @hot (through the cache
 * or the tree), with slot churn[k % nchurn] unmapped and mapped again every
 * @every lookups (0: never).  Under churn only the lookups are timed: each
 * run of @every lookups between two clock readings, minus what a pair of
 * clock readings costs alone, read right beside it (on a virtual machine a
 * reading can cost 100 ns, more than the lookups it brackets at 1/1: the
 * figure is then a small difference of two large ones; the hit rate is the
 * exact part). */
static double churn_run(struct ias *as, const uint64_t *hot, const uint32_t *churn, size_t nchurn,
                        size_t lookups, unsigned every, int cached, const char **err)
{
    uint64_t pa = 0;
    size_t i = 0, k = 0;
    double t0, timed = 0, clocks = 0;

    if (!every)
        every = (unsigned)lookups;
    while (i < lookups) {
        size_t stop = i + every < lookups ? i + every : lookups;
        double c0 = now_ns(), c1 = now_ns();

        t0 = now_ns();
        for (; i < stop; i++) {
            uint64_t va = hot[i % HOT] | (pa >> 63);
            int ok = cached ? ias_tlb_lookup(&tlb, as, va, &pa, NULL) : ias_lookup(as, va, &pa, NULL);

            if (!ok || pa != wl_phys((uint32_t)(va >> WL_PAGE_SHIFT) / WL_SLOT_PAGES) + (va & PAGE_LAST)) {
                *err = cached ? "a hot address translated wrong through the cache under churn"
                              : "a hot address translated wrong under churn";
                return -1;
            }
        }
        timed += now_ns() - t0;
        clocks += c1 - c0;
        if (every < lookups && churn_one(as, churn, nchurn, &k)) {
            *err = "churn failed";
            return -1;
        }
    }
    keep(pa);
    return (timed > clocks ? timed - clocks : 0) / (double)lookups;
}

static int churn_rows(size_t n, size_t lookups, struct cache_result *r)
{
    static const unsigned every[CACHE_BENCH_CHURNS] = { 0, 1000, 100, 10, 1 };
    uint64_t rng = 0xcac4e5eedull, hot[HOT];
    uint32_t *churn = malloc(n * sizeof(uint32_t));
    uint8_t used[FLOOR_ENTRIES];
    struct ias *as = ias_new();
    size_t i, nchurn = 0, rep;
    unsigned c;
    int ret = -1;

    if (!as || !churn) {
        r->error = "out of memory";
        goto out;
    }
    /* Slot j mapped at its first page.  The hot set: HOT slots of the first
     * half whose pages differ modulo the floor table's size (so the floor
     * never misses); the churn: the second half, in random order. */
    for (i = 0; i < n; i++) {
        uint64_t va = wl_iova((uint32_t)i, 0);

        if (ias_map(as, va, va + PAGE_LAST, wl_phys((uint32_t)i), IAS_PERM_READ | IAS_PERM_WRITE)) {
            r->error = "map failed";
            goto out;
        }
    }
    memset(used, 0, sizeof(used));
    for (i = 0; i < HOT;) {
        uint32_t slot = (uint32_t)(wl_next(&rng) % (n / 2));
        uint64_t va = wl_iova(slot, 0);

        if (used[(va >> WL_PAGE_SHIFT) % FLOOR_ENTRIES])
            continue;
        used[(va >> WL_PAGE_SHIFT) % FLOOR_ENTRIES] = 1;
        hot[i++] = va + (wl_next(&rng) & PAGE_LAST);
    }
    for (i = n / 2; i < n; i++)
        churn[nchurn++] = (uint32_t)i;
    for (i = nchurn - 1; i > 0; i--) {
        size_t j = (size_t)(wl_next(&rng) % (i + 1));
        uint32_t t = churn[i];

        churn[i] = churn[j];
        churn[j] = t;
    }
    r->floor_ns = floor_probe(hot, lookups, &r->error);
    if (r->floor_ns < 0)
        goto out;
    for (c = 0; c < CACHE_BENCH_CHURNS; c++) {
        r->churn_every[c] = every[c];
        for (rep = 0; rep < BENCH_REPS; rep++) {
            uint64_t h0, m0;
            double v;

            ias_tlb_init(&tlb);
            if (churn_run(as, hot, churn, nchurn, HOT, 0, 1, &r->error) < 0)   /* warm */
                goto out;
            h0 = tlb.hits;
            m0 = tlb.misses;
            v = churn_run(as, hot, churn, nchurn, lookups, every[c], 1, &r->error);
            if (v < 0)
                goto out;
            r->churn_cached_ns[c] = run_min(r->churn_cached_ns[c], v, rep);
            r->churn_hit[c] = (double)(tlb.hits - h0) / (double)(tlb.hits - h0 + tlb.misses - m0);
            v = churn_run(as, hot, churn, nchurn, lookups, every[c], 0, &r->error);
            if (v < 0)
                goto out;
            r->churn_tree_ns[c] = run_min(r->churn_tree_ns[c], v, rep);
        }
    }
    if (ias_count(as) != n || !ias_selfcheck(as)) {
        r->error = "address space broken after churn";
        goto out;
    }
    ret = 0;
out:
    ias_free(as);
    free(churn);
    return ret;
}

/* HOT pages at @stride from a base (or random pages when @stride is 0),
 * through a cache filled once: ns per dependent lookup and the hit rate. */
static int stride_row(unsigned long long stride, size_t lookups, double *ns, double *hit,
                      const char **err)
{
    uint64_t base = 0x4000000000ull, rng = 0x57de1dull + stride, va[HOT], pa = 0;
    struct ias *as = ias_new();
    uint64_t h0, m0;
    double t0;
    size_t i, rep;
    int ret = -1;

    if (!as) {
        *err = "out of memory";
        return -1;
    }
    for (i = 0; i < HOT; i++) {
        uint64_t v = stride ? base + i * stride : base + ((wl_next(&rng) % (1ull << 24)) << WL_PAGE_SHIFT);

        if (ias_map(as, v, v + PAGE_LAST, v + 0x1000000000000ull, IAS_PERM_READ)) {
            if (stride)
                goto out_map;
            i--;                        /* the same random page twice: draw again */
            continue;
        }
        va[i] = v + 8 * i;
    }
    ias_tlb_init(&tlb);
    for (i = 0; i < HOT; i++)                     /* first touch: HOT misses */
        if (!ias_tlb_lookup(&tlb, as, va[i], &pa, NULL))
            goto out_map;
    h0 = tlb.hits;
    m0 = tlb.misses;
    for (rep = 0; rep < BENCH_REPS; rep++) {
        t0 = now_ns();
        for (i = 0; i < lookups; i++) {
            uint64_t v = va[i % HOT] | (pa >> 63);

            if (!ias_tlb_lookup(&tlb, as, v, &pa, NULL) || pa != v + 0x1000000000000ull) {
                *err = "a strided hot address translated wrong";
                goto out;
            }
        }
        *ns = run_min(*ns, (now_ns() - t0) / (double)lookups, rep);
        keep(pa);
    }
    *hit = (double)(tlb.hits - h0) / (double)(tlb.hits - h0 + tlb.misses - m0);
    ret = 0;
    goto out;
out_map:
    *err = "mapping a strided hot set failed";
out:
    ias_free(as);
    return ret;
}

int cache_bench(size_t n, size_t lookups, struct cache_result *r)
{
    unsigned k;

    memset(r, 0, sizeof(*r));
    if (churn_rows(n, lookups, r))
        return -1;
    for (k = 0; k < CACHE_BENCH_STRIDES; k++) {
        r->stride_bytes[k] = k + 1 < CACHE_BENCH_STRIDES ? 4096ull << k : 0;
        if (stride_row(r->stride_bytes[k], lookups, &r->stride_ns[k], &r->stride_hit[k], &r->error))
            return -1;
    }
    return 0;
}
