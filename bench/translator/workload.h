/* SPDX-License-Identifier: MIT */
/*
 * workload.h - the mappings and queries every implementation in the
 * benchmark is fed, identical for all of them.
 *
 * N page-sized mappings (4 KiB, inclusive ends), mapping j living somewhere
 * in its own 16 KiB slot [16 KiB * j, 16 KiB * (j + 1)), so mappings never
 * overlap and a quarter of the IOVA span is mapped (lookups walk a sparse,
 * realistic space rather than a dense array).  Mappings are inserted in a
 * random order; queries hit random mappings at random byte offsets.
 *
 * The churn moves random mappings within their slots.  Where each one is
 * before it moves is worked out here, not tracked by the timed loop: looking
 * it up there would be a random read of an n-byte array per pair, a cache
 * miss at 1 M mappings that every implementation paid and none of them
 * caused (a profile of the loop at 1 M put a tenth of an ias pair's time on
 * that one load).  The timed loop reads only arrays it walks in order, as
 * the lookup loops always did.
 */
#ifndef IOMMU_BENCH_WORKLOAD_H
#define IOMMU_BENCH_WORKLOAD_H

#include <stdint.h>
#include <stddef.h>

#define WL_PAGE_SHIFT 12
#define WL_SLOT_PAGES 4u

struct workload {
    size_t n;                 /* mappings */
    uint8_t *page_in_slot;    /* [n]: which page of its slot mapping j uses */
    uint32_t *insert_order;   /* [n]: slot numbers, a random permutation */
    size_t nq;
    uint64_t *query;          /* [nq]: IOVAs inside mapped pages */
    size_t nchurn;
    uint32_t *churn_slot;     /* [nchurn]: slot to unmap and map again ... */
    uint8_t *churn_page;      /* [nchurn]: ... at this page of the slot */
    uint64_t *churn_from;     /* [nchurn]: IOVA of the slot's mapping before */
    uint8_t *final_page;      /* [n]: page of each slot after the churn */
};

/* splitmix64: small, fast, and good enough to shuffle with. */
static inline uint64_t wl_next(uint64_t *state)
{
    uint64_t z = (*state += 0x9e3779b97f4a7c15ull);

    z = (z ^ (z >> 30)) * 0xbf58476d1ce4e5b9ull;
    z = (z ^ (z >> 27)) * 0x94d049bb133111ebull;
    return z ^ (z >> 31);
}

static inline uint64_t wl_iova(uint32_t slot, unsigned page)
{
    return ((uint64_t)slot * WL_SLOT_PAGES + page) << WL_PAGE_SHIFT;
}

/* Physical address a mapping of slot j points at (any injective choice
 * works; this one keeps phys distinct from the IOVA). */
static inline uint64_t wl_phys(uint32_t slot)
{
    return 0x100000000000ull + ((uint64_t)slot << WL_PAGE_SHIFT);
}

/* 0, or -1 when out of memory (nothing left allocated). */
int wl_init(struct workload *w, size_t n, size_t nq, size_t nchurn, uint64_t seed);
void wl_destroy(struct workload *w);

#endif /* IOMMU_BENCH_WORKLOAD_H */
