/* SPDX-License-Identifier: MIT */
/*
 * chase.h - the floor for a random lookup: one dependent memory access per
 * step through a random cycle over a buffer much larger than the caches.
 */
#ifndef IOMMU_BENCH_CHASE_H
#define IOMMU_BENCH_CHASE_H

#include <stddef.h>

/* Nanoseconds per dependent load over a buffer of `bytes` (one cache line per
 * element, a single random cycle through all of them), or a negative value
 * when the buffer cannot be allocated.  *huge_bytes: how much of the buffer
 * the kernel backed with transparent huge pages. */
double chase_ns_per_hop(size_t bytes, size_t hops, unsigned long long seed,
                        size_t *huge_bytes);

#endif /* IOMMU_BENCH_CHASE_H */
