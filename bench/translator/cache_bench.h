/* SPDX-License-Identifier: MIT */
/*
 * cache_bench.h - the translation cache (ias_tlb) where device models use it:
 * under churn of unrelated mappings, on strided hot sets, and against the
 * floor of a hot lookup (an L1-resident direct-mapped table).
 */
#ifndef IOMMU_BENCH_CACHE_BENCH_H
#define IOMMU_BENCH_CACHE_BENCH_H

#include <stddef.h>

#define CACHE_BENCH_CHURNS 5              /* none, 1/1000, 1/100, 1/10, 1/1 */
#define CACHE_BENCH_STRIDES 20            /* 4 KiB .. 1 GiB, then random pages */

struct cache_result {
    double floor_ns;                      /* L1 probe, per dependent lookup */
    unsigned churn_every[CACHE_BENCH_CHURNS];   /* 0: no churn */
    double churn_cached_ns[CACHE_BENCH_CHURNS];
    double churn_tree_ns[CACHE_BENCH_CHURNS];
    double churn_hit[CACHE_BENCH_CHURNS];       /* 0..1 */
    unsigned long long stride_bytes[CACHE_BENCH_STRIDES]; /* 0: random pages */
    double stride_ns[CACHE_BENCH_STRIDES];
    double stride_hit[CACHE_BENCH_STRIDES];
    const char *error;                    /* NULL, or a static string */
};

/* Runs everything on @n page mappings with @lookups lookups per figure;
 * 0, or -1 with r->error set (a wrong translation or out of memory). */
int cache_bench(size_t n, size_t lookups, struct cache_result *r);

#endif /* IOMMU_BENCH_CACHE_BENCH_H */
