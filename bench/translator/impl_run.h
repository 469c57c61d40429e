/* SPDX-License-Identifier: MIT */
/*
 * impl_run.h - the benchmark's loops, written once and instantiated per
 * implementation (impl_*.c), so every lookup is a direct call to that
 * implementation and none of them pays for an indirection the others do not.
 *
 * Define before including:
 *   RUN_NAME                 the function to define (declared in impl.h)
 *   SPACE                    the address space's type
 *   SPACE_NEW()              -> SPACE *, or NULL
 *   SPACE_FREE(s)
 *   SPACE_MAP(s, va, end, pa)    -> 0 on success (read/write mapping)
 *   SPACE_UNMAP(s, va, end)      -> 0 on success (removes exactly [va, end])
 *   SPACE_LOOKUP(s, va, &pa)     -> 1 and pa when va is mapped
 *   SPACE_COUNT(s)           number of mappings
 *   SPACE_SELFCHECK(s)       1 when internal invariants hold
 *   SPACE_UPDATES_OK(n)      1 when map/unmap are measured at size n
 *   SPACE_BULK_LOAD(s, w)    -> 0; fills s from w when updates are not measured
 * and optionally:
 *   SPACE_CACHED_LOOKUP(s, va, &pa)  a lookup through the implementation's own
 *                            translation cache, measured on the hot set too
 */
#include <stdlib.h>
#include <string.h>

#include "impl.h"

#define RUN_PAGE_LAST ((1u << WL_PAGE_SHIFT) - 1u)

int RUN_NAME(const struct workload *w, struct run_result *r)
{
    size_t i, rep, timed, mem0 = heap_in_use(), huge0 = anon_huge_bytes();
    SPACE *s = SPACE_NEW();
    uint64_t pa = 0, sum = 0;
    double t0;

    memset(r, 0, sizeof(*r));
    if (!s) {
        r->error = "out of memory";
        goto out;
    }

    r->measured_updates = SPACE_UPDATES_OK(w->n);
    t0 = now_ns();
    if (!r->measured_updates) {
        if (SPACE_BULK_LOAD(s, w)) {
            r->error = "bulk load failed";
            goto out;
        }
    } else {
        for (i = 0; i < w->n; i++) {
            uint32_t slot = w->insert_order[i];
            uint64_t va = wl_iova(slot, w->page_in_slot[slot]);

            if (SPACE_MAP(s, va, va + RUN_PAGE_LAST, wl_phys(slot))) {
                r->error = "map failed during fill";
                goto out;
            }
        }
    }
    r->fill_ns = (now_ns() - t0) / (double)w->n;
    r->bytes_per_mapping = (double)(heap_in_use() - mem0) / (double)w->n;
    r->huge_bytes = anon_huge_growth(huge0);

    /* Lookups are timed BENCH_REPS times and the fastest run counts: other
     * load on the machine only ever adds time.  Each address depends on the
     * previous result (pa's top bit is always clear), so lookups cannot
     * overlap: this is latency, like the chase. */
    for (rep = 0; rep < BENCH_REPS; rep++) {
        sum = 0;
        t0 = now_ns();
        for (i = 0; i < w->nq; i++) {
            if (!SPACE_LOOKUP(s, w->query[i] | (pa >> 63), &pa)) {
                r->error = "a mapped address did not translate";
                goto out;
            }
            sum += pa;
        }
        r->translate_ns = run_min(r->translate_ns, (now_ns() - t0) / (double)w->nq, rep);
        if (rep > 0 && sum != r->translate_sum) {
            r->error = "the same lookups gave different results";
            goto out;
        }
        r->translate_sum = sum;

        t0 = now_ns();
        for (i = 0; i < w->nq; i++) {
            if (!SPACE_LOOKUP(s, w->query[i % BENCH_HOT_SET] | (pa >> 63), &pa)) {
                r->error = "a hot address did not translate";
                goto out;
            }
        }
        r->hot_ns = run_min(r->hot_ns, (now_ns() - t0) / (double)w->nq, rep);
        keep(pa);
#ifdef SPACE_CACHED_LOOKUP
        t0 = now_ns();
        for (i = 0; i < w->nq; i++) {
            if (!SPACE_CACHED_LOOKUP(s, w->query[i % BENCH_HOT_SET] | (pa >> 63), &pa)) {
                r->error = "a hot address did not translate through the cache";
                goto out;
            }
        }
        r->hot_cached_ns = run_min(r->hot_cached_ns, (now_ns() - t0) / (double)w->nq, rep);
        keep(pa);
#endif
    }

    /* The churn runs once, timed in BENCH_REPS consecutive parts, and the
     * fastest part counts, as for the lookups (each part is a third of the
     * same random sequence, so none is easier than another). */
    for (rep = 0, timed = 0; r->measured_updates && rep < BENCH_REPS; rep++) {
        size_t from = w->nchurn * rep / BENCH_REPS, to = w->nchurn * (rep + 1) / BENCH_REPS;

        t0 = now_ns();
        for (i = from; i < to; i++) {
            uint32_t slot = w->churn_slot[i];
            uint64_t old = w->churn_from[i];
            uint64_t va = wl_iova(slot, w->churn_page[i]);

            if (SPACE_UNMAP(s, old, old + RUN_PAGE_LAST) ||
                SPACE_MAP(s, va, va + RUN_PAGE_LAST, wl_phys(slot))) {
                r->error = "unmap or map failed during churn";
                goto out;
            }
        }
        if (to > from)                     /* fewer pairs than parts leave some empty */
            r->churn_ns = run_min(r->churn_ns, (now_ns() - t0) / (double)(to - from), timed++);
    }

    /* Every slot translates where its last map put it, up to the last byte,
     * and the page before it in the same slot is not mapped. */
    for (i = 0; i < w->n; i++) {
        unsigned pg = r->measured_updates ? w->final_page[i] : w->page_in_slot[i];
        uint64_t va = wl_iova((uint32_t)i, pg);

        if (!SPACE_LOOKUP(s, va + RUN_PAGE_LAST, &pa) ||
            pa != wl_phys((uint32_t)i) + RUN_PAGE_LAST ||
            (pg > 0 && SPACE_LOOKUP(s, va - 1, &pa))) {
            r->error = "final state differs from the workload";
            goto out;
        }
    }
    if (SPACE_COUNT(s) != w->n || !SPACE_SELFCHECK(s))
        r->error = "internal invariants broken";
out:
    if (s)
        SPACE_FREE(s);
    return r->error ? -1 : 0;
}
