/* SPDX-License-Identifier: MIT */
/*
 * gtree_map.h - baseline: the interval map QEMU's virtio-iommu keeps per
 * domain, a GLib GTree keyed on inclusive [low, high] intervals whose
 * comparison calls overlapping intervals equal.  Each mapping costs two heap
 * blocks (key and value), as there.
 */
#ifndef IOMMU_BENCH_GTREE_MAP_H
#define IOMMU_BENCH_GTREE_MAP_H

#include <stdint.h>
#include <stddef.h>

struct gtree_map;

struct gtree_map *gtm_new(void);
void gtm_free(struct gtree_map *m);

/* 0, or -1 when [start, end] overlaps an existing mapping. */
int gtm_map(struct gtree_map *m, uint64_t start, uint64_t end, uint64_t phys, unsigned perm);

/* Removes the mappings inside [start, end]: the count, or -1 when one is
 * only partly covered (those found before it stay removed, as in QEMU). */
long gtm_unmap(struct gtree_map *m, uint64_t start, uint64_t end);

/* 1 and *pa when iova is mapped, else 0. */
int gtm_lookup(const struct gtree_map *m, uint64_t iova, uint64_t *pa);

size_t gtm_count(const struct gtree_map *m);

#endif /* IOMMU_BENCH_GTREE_MAP_H */
