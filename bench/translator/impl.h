/* SPDX-License-Identifier: MIT */
/*
 * impl.h - one benchmark run of one address-space implementation over a
 * workload: fill, translate (random and hot), churn, verify, tear down.
 *
 * Each implementation has its own copy of the loops (impl_*.c), so a lookup
 * is a direct call in every one of them and no implementation pays for an
 * indirection the others do not.
 */
#ifndef IOMMU_BENCH_IMPL_H
#define IOMMU_BENCH_IMPL_H

#include <stdint.h>
#include <stddef.h>

#include "workload.h"

/* Lookups in the "hot" measurement cycle over this many mapped addresses. */
#define BENCH_HOT_SET 64u

/* Lookup measurements are repeated this often; the fastest counts. */
#define BENCH_REPS 3u

/* Above this many mappings the sorted array is bulk-loaded and its updates are
 * not measured: each one moves O(n) bytes and a run would take minutes. */
#define BENCH_SORTED_UPDATE_MAX 16384u

struct run_result {
    int measured_updates;     /* fill_ns and churn_ns are meaningful */
    double fill_ns;           /* per map, random order, into a growing space */
    double churn_ns;          /* per unmap + map pair at size n */
    double translate_ns;      /* per lookup, random over all n, dependent */
    double hot_ns;            /* per lookup, BENCH_HOT_SET addresses, dependent */
    double hot_cached_ns;     /* the same through a translation cache; 0: none */
    double bytes_per_mapping; /* heap growth of the fill, divided by n */
    size_t huge_bytes;        /* growth of transparent huge pages over the fill */
    uint64_t translate_sum;   /* sum of the random lookups' results */
    const char *error;        /* NULL, or what went wrong (a static string) */
};

int run_ias(const struct workload *w, struct run_result *r);
int run_gtree(const struct workload *w, struct run_result *r);
int run_sorted(const struct workload *w, struct run_result *r);

/* Shared helpers (bench_util.c). */
double now_ns(void);
/* Bytes the C heap has handed out (malloc'd plus mmapped), or 0 if unknown. */
size_t heap_in_use(void);
/* Bytes of this process's anonymous memory in transparent huge pages (0 where
 * /proc/self/smaps_rollup is unavailable), and its growth since a reading. */
size_t anon_huge_bytes(void);
size_t anon_huge_growth(size_t since);

/* The minimum so far of a repeated measurement (the first one is rep 0). */
static inline double run_min(double best, double v, size_t rep)
{
    return rep == 0 || v < best ? v : best;
}

/* Keeps the compiler from deleting a loop whose result nothing uses. */
static inline void keep(uint64_t v)
{
    __asm__ __volatile__("" : : "r"(v) : "memory");
}

#endif /* IOMMU_BENCH_IMPL_H */
