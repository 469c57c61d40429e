/* SPDX-License-Identifier: MIT */
/*
 * sorted_map.h - baseline: mappings in arrays sorted by start address,
 * looked up by binary search.  The fastest simple lookup there is; updates
 * move the tail of the arrays, so they cost O(n).
 */
#ifndef IOMMU_BENCH_SORTED_MAP_H
#define IOMMU_BENCH_SORTED_MAP_H

#include <stdint.h>
#include <stddef.h>

struct sorted_map {
    uint64_t *start, *end, *phys;        /* end inclusive */
    size_t n, cap;
};

/* 0, or -1 when out of memory. */
int sm_init(struct sorted_map *m, size_t cap);
void sm_destroy(struct sorted_map *m);

/* 0; -1 on overlap; -2 when out of memory. */
int sm_map(struct sorted_map *m, uint64_t start, uint64_t end, uint64_t phys);

/* Removes the mapping that is exactly [start, end]: 0, or -1 if none. */
int sm_unmap(struct sorted_map *m, uint64_t start, uint64_t end);

/* Bulk load from mappings sorted by start and disjoint (not checked). */
int sm_load_sorted(struct sorted_map *m, const uint64_t *start, const uint64_t *end,
                   const uint64_t *phys, size_t n);

/* Number of mappings whose start is <= key (branch-free binary search). */
static inline size_t sm_rank(const struct sorted_map *m, uint64_t key)
{
    const uint64_t *base = m->start;
    size_t len = m->n;

    if (len == 0)
        return 0;
    while (len > 1) {
        size_t half = len / 2;

        base = base[half] <= key ? base + half : base;
        len -= half;
    }
    return (size_t)(base - m->start) + (*base <= key);
}

/* 1 and *pa when iova is mapped, else 0. */
static inline int sm_lookup(const struct sorted_map *m, uint64_t iova, uint64_t *pa)
{
    size_t r = sm_rank(m, iova);

    if (r == 0 || iova > m->end[r - 1])
        return 0;
    *pa = m->phys[r - 1] + (iova - m->start[r - 1]);
    return 1;
}

#endif /* IOMMU_BENCH_SORTED_MAP_H */
