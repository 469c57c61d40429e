/* SPDX-License-Identifier: MIT */
/*
 * gtree_map.c - the GTree baseline (see gtree_map.h).
 *
 * Written the way a VMM using GLib does it: a balanced tree whose compare
 * function treats overlapping intervals as equal, so one g_tree_lookup with a
 * one-byte interval finds the mapping containing an address, and a lookup with
 * the whole range finds any mapping that overlaps it.
 */
#include "gtree_map.h"

#include <glib.h>

struct interval {
    uint64_t low, high;                  /* inclusive */
};

struct target {
    uint64_t phys;
    unsigned perm;
};

struct gtree_map {
    GTree *tree;
};

static gint interval_cmp(gconstpointer a, gconstpointer b, gpointer unused)
{
    const struct interval *x = a, *y = b;

    (void)unused;
    if (x->high < y->low)
        return -1;
    if (y->high < x->low)
        return 1;
    return 0;
}

struct gtree_map *gtm_new(void)
{
    struct gtree_map *m = g_new0(struct gtree_map, 1);

    m->tree = g_tree_new_full(interval_cmp, NULL, g_free, g_free);
    return m;
}

void gtm_free(struct gtree_map *m)
{
    if (!m)
        return;
    g_tree_destroy(m->tree);
    g_free(m);
}

int gtm_map(struct gtree_map *m, uint64_t start, uint64_t end, uint64_t phys, unsigned perm)
{
    struct interval probe = { start, end };
    struct interval *key;
    struct target *val;

    if (g_tree_lookup(m->tree, &probe))
        return -1;
    key = g_new(struct interval, 1);
    val = g_new(struct target, 1);
    *key = probe;
    val->phys = phys;
    val->perm = perm;
    g_tree_insert(m->tree, key, val);
    return 0;
}

long gtm_unmap(struct gtree_map *m, uint64_t start, uint64_t end)
{
    struct interval probe = { start, end };
    gpointer k, v;
    long removed = 0;

    /* As in QEMU, a partly covered mapping stops the loop; mappings removed
     * before it stay removed (the benchmark only unmaps whole mappings). */
    while (g_tree_lookup_extended(m->tree, &probe, &k, &v)) {
        const struct interval *hit = k;

        if (hit->low < start || hit->high > end)
            return -1;
        g_tree_remove(m->tree, hit);
        removed++;
    }
    return removed;
}

int gtm_lookup(const struct gtree_map *m, uint64_t iova, uint64_t *pa)
{
    struct interval probe = { iova, iova };
    gpointer k, v;

    if (!g_tree_lookup_extended(m->tree, &probe, &k, &v))
        return 0;
    *pa = ((const struct target *)v)->phys + (iova - ((const struct interval *)k)->low);
    return 1;
}

size_t gtm_count(const struct gtree_map *m)
{
    return (size_t)g_tree_nnodes(m->tree);
}
