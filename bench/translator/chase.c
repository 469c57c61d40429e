/* SPDX-License-Identifier: MIT */
/*
 * chase.c - pointer chase (see chase.h).
 *
 * The buffer is given the same huge-page hint the translator's arena uses, so
 * the floor is a DRAM miss, not a DRAM miss plus a page walk: the comparison
 * then charges the tree only for what the tree does.
 */
#define _DEFAULT_SOURCE                 /* madvise */
#include "chase.h"

#include <stdint.h>
#include <stdlib.h>
#if defined(__linux__)
#include <sys/mman.h>
#endif

#include "impl.h"
#include "workload.h"

#define LINE 64u
#define HUGE (2u << 20)

struct line {
    size_t next;
    char pad[LINE - sizeof(size_t)];
};

double chase_ns_per_hop(size_t bytes, size_t hops, unsigned long long seed,
                        size_t *huge_bytes)
{
    size_t n = bytes / LINE, i, at = 0;
    size_t alloc = (n * LINE + HUGE - 1) / HUGE * HUGE;
    struct line *buf;
    uint64_t rng = seed;
    double t0, ns = 0;
    unsigned rep;
    size_t huge0 = anon_huge_bytes();

    *huge_bytes = 0;
    if (n < 2)
        return -1;
    buf = aligned_alloc(HUGE, alloc);
    if (!buf)
        return -1;
#if defined(__linux__) && defined(MADV_HUGEPAGE)
    (void)madvise(buf, alloc, MADV_HUGEPAGE);
#endif
    /* Sattolo's shuffle: one cycle through every line. */
    for (i = 0; i < n; i++)
        buf[i].next = i;
    for (i = n - 1; i > 0; i--) {
        size_t j = (size_t)(wl_next(&rng) % i);
        size_t t = buf[i].next;

        buf[i].next = buf[j].next;
        buf[j].next = t;
    }
    *huge_bytes = anon_huge_growth(huge0);  /* every line is touched by now */
    for (rep = 0; rep < BENCH_REPS; rep++) {   /* the fastest counts */
        t0 = now_ns();
        for (i = 0; i < hops; i++)
            at = buf[at].next;
        ns = run_min(ns, (now_ns() - t0) / (double)hops, rep);
        keep(at);
    }
    free(buf);
    return ns;
}
