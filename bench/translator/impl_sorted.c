/* SPDX-License-Identifier: MIT */
/* impl_sorted.c - the sorted-array baseline (sorted_map.h). */
#include <stdlib.h>

#include "sorted_map.h"
#include "workload.h"

static struct sorted_map *sorted_new(void)
{
    struct sorted_map *m = malloc(sizeof(*m));

    if (m && sm_init(m, 16)) {
        sm_destroy(m);
        free(m);
        return NULL;
    }
    return m;
}

static void sorted_free(struct sorted_map *m)
{
    sm_destroy(m);
    free(m);
}

/* Slots are numbered in address order, so the sorted arrays are one pass. */
static int sorted_load(struct sorted_map *m, const struct workload *w)
{
    uint64_t *start = malloc(w->n * sizeof(uint64_t));
    uint64_t *end = malloc(w->n * sizeof(uint64_t));
    uint64_t *phys = malloc(w->n * sizeof(uint64_t));
    int rc = -1;
    size_t i;

    if (start && end && phys) {
        for (i = 0; i < w->n; i++) {
            start[i] = wl_iova((uint32_t)i, w->page_in_slot[i]);
            end[i] = start[i] + ((1u << WL_PAGE_SHIFT) - 1u);
            phys[i] = wl_phys((uint32_t)i);
        }
        rc = sm_load_sorted(m, start, end, phys, w->n);
    }
    free(start);
    free(end);
    free(phys);
    return rc;
}

/* The array is in address order by construction: check that it is. */
static int sorted_selfcheck(const struct sorted_map *m)
{
    size_t i;

    for (i = 0; i < m->n; i++)
        if (m->end[i] < m->start[i] || (i > 0 && m->start[i] <= m->end[i - 1]))
            return 0;
    return 1;
}

#define RUN_NAME                    run_sorted
#define SPACE                       struct sorted_map
#define SPACE_NEW()                 sorted_new()
#define SPACE_FREE(s)               sorted_free(s)
#define SPACE_MAP(s, va, end, pa)   sm_map(s, va, end, pa)
#define SPACE_UNMAP(s, va, end)     sm_unmap(s, va, end)
#define SPACE_LOOKUP(s, va, pa)     sm_lookup(s, va, pa)
#define SPACE_COUNT(s)              ((s)->n)
#define SPACE_SELFCHECK(s)          sorted_selfcheck(s)
#define SPACE_UPDATES_OK(n)         ((n) <= BENCH_SORTED_UPDATE_MAX)
#define SPACE_BULK_LOAD(s, w)       sorted_load(s, w)

#include "impl_run.h"
