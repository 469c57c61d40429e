/* SPDX-License-Identifier: MIT */
/* workload.c - build the shared workload (see workload.h). */
#include "workload.h"

#include <stdlib.h>
#include <string.h>

int wl_init(struct workload *w, size_t n, size_t nq, size_t nchurn, uint64_t seed)
{
    uint64_t rng = seed;
    size_t i;

    memset(w, 0, sizeof(*w));
    if (n == 0 || n > UINT32_MAX)
        return -1;
    w->n = n;
    w->nq = nq;
    w->nchurn = nchurn;
    w->page_in_slot = malloc(n);
    w->insert_order = malloc(n * sizeof(uint32_t));
    w->query = malloc(nq * sizeof(uint64_t));
    w->churn_slot = malloc(nchurn * sizeof(uint32_t));
    w->churn_page = malloc(nchurn);
    w->churn_from = malloc(nchurn * sizeof(uint64_t));
    w->final_page = malloc(n);
    if (!w->page_in_slot || !w->insert_order || !w->query || !w->churn_slot || !w->churn_page ||
        !w->churn_from || !w->final_page) {
        wl_destroy(w);
        return -1;
    }
    for (i = 0; i < n; i++) {
        w->page_in_slot[i] = (uint8_t)(wl_next(&rng) % WL_SLOT_PAGES);
        w->insert_order[i] = (uint32_t)i;
    }
    for (i = n - 1; i > 0; i--) {                 /* Fisher-Yates */
        size_t j = (size_t)(wl_next(&rng) % (i + 1));
        uint32_t t = w->insert_order[i];

        w->insert_order[i] = w->insert_order[j];
        w->insert_order[j] = t;
    }
    for (i = 0; i < nq; i++) {
        uint32_t slot = (uint32_t)(wl_next(&rng) % n);
        uint64_t off = wl_next(&rng) & ((1u << WL_PAGE_SHIFT) - 1);

        w->query[i] = wl_iova(slot, w->page_in_slot[slot]) + off;
    }
    memcpy(w->final_page, w->page_in_slot, n);
    for (i = 0; i < nchurn; i++) {
        uint32_t slot = (uint32_t)(wl_next(&rng) % n);

        w->churn_slot[i] = slot;
        w->churn_page[i] = (uint8_t)(wl_next(&rng) % WL_SLOT_PAGES);
        w->churn_from[i] = wl_iova(slot, w->final_page[slot]);
        w->final_page[slot] = w->churn_page[i];
    }
    return 0;
}

void wl_destroy(struct workload *w)
{
    free(w->page_in_slot);
    free(w->insert_order);
    free(w->query);
    free(w->churn_slot);
    free(w->churn_page);
    free(w->churn_from);
    free(w->final_page);
    memset(w, 0, sizeof(*w));
}
