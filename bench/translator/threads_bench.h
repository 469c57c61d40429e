/* SPDX-License-Identifier: MIT */
/*
 * threads_bench.h - lookups from reader threads beside one thread that maps
 * and unmaps, for three ways of sharing an address space:
 *   lockfree  ias, readers take no lock (addr_space.h, "Threads")
 *   rwlock    the same ias behind a pthread_rwlock (readers share it, the
 *             writer takes it exclusively for each update)
 *   gtree     GLib GTree behind a mutex (QEMU's virtio-iommu model)
 */
#ifndef IOMMU_BENCH_THREADS_BENCH_H
#define IOMMU_BENCH_THREADS_BENCH_H

#include <stddef.h>

#define THREADS_BENCH_MAX 8
#define TB_ROUNDS 3                   /* runs of each configuration; the fastest counts */
enum { TB_LOCKFREE, TB_RWLOCK, TB_GTREE, TB_KINDS };

struct threads_result {
    unsigned max_readers;
    /* ns per lookup seen by one reader (wall time / its lookups), averaged
     * over the readers; [kind][readers - 1] */
    double alone_ns[TB_KINDS][THREADS_BENCH_MAX];
    double beside_ns[TB_KINDS][THREADS_BENCH_MAX];
    double writer_pairs_per_ms[TB_KINDS][THREADS_BENCH_MAX];
    /* One lock-free reader beside a writer that does the same work on a
     * space of its own: the slowdown that is the machine's, not sharing's. */
    double beside_unrelated_ns, unrelated_pairs_per_ms;
    const char *error;
};

/* @n mappings, 1..@max_readers readers, each configuration run TB_ROUNDS
 * times for @ms milliseconds.  0, or -1 with r->error set. */
int threads_bench(size_t n, unsigned max_readers, unsigned ms, struct threads_result *r);

#endif /* IOMMU_BENCH_THREADS_BENCH_H */
