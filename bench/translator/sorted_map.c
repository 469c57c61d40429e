/* SPDX-License-Identifier: MIT */
/* sorted_map.c - the sorted-array baseline (see sorted_map.h). */
#include "sorted_map.h"

#include <stdlib.h>
#include <string.h>

static int grow(struct sorted_map *m, size_t cap)
{
    uint64_t *s = realloc(m->start, cap * sizeof(*s));
    uint64_t *e, *p;

    if (!s)
        return -1;
    m->start = s;
    e = realloc(m->end, cap * sizeof(*e));
    if (!e)
        return -1;
    m->end = e;
    p = realloc(m->phys, cap * sizeof(*p));
    if (!p)
        return -1;
    m->phys = p;
    m->cap = cap;
    return 0;
}

int sm_init(struct sorted_map *m, size_t cap)
{
    memset(m, 0, sizeof(*m));
    return grow(m, cap ? cap : 16);
}

void sm_destroy(struct sorted_map *m)
{
    free(m->start);
    free(m->end);
    free(m->phys);
    memset(m, 0, sizeof(*m));
}

int sm_map(struct sorted_map *m, uint64_t start, uint64_t end, uint64_t phys)
{
    size_t r = sm_rank(m, end), tail;

    /* Disjoint iff the predecessor of `end` (the last mapping starting at or
     * before it) ends before `start`. */
    if (r > 0 && m->end[r - 1] >= start)
        return -1;
    if (m->n == m->cap && grow(m, m->cap * 2))
        return -2;
    tail = m->n - r;
    memmove(m->start + r + 1, m->start + r, tail * sizeof(uint64_t));
    memmove(m->end + r + 1, m->end + r, tail * sizeof(uint64_t));
    memmove(m->phys + r + 1, m->phys + r, tail * sizeof(uint64_t));
    m->start[r] = start;
    m->end[r] = end;
    m->phys[r] = phys;
    m->n++;
    return 0;
}

int sm_unmap(struct sorted_map *m, uint64_t start, uint64_t end)
{
    size_t r = sm_rank(m, start), tail;

    if (r == 0 || m->start[r - 1] != start || m->end[r - 1] != end)
        return -1;
    r--;
    tail = m->n - r - 1;
    memmove(m->start + r, m->start + r + 1, tail * sizeof(uint64_t));
    memmove(m->end + r, m->end + r + 1, tail * sizeof(uint64_t));
    memmove(m->phys + r, m->phys + r + 1, tail * sizeof(uint64_t));
    m->n--;
    return 0;
}

int sm_load_sorted(struct sorted_map *m, const uint64_t *start, const uint64_t *end,
                   const uint64_t *phys, size_t n)
{
    if (n > m->cap && grow(m, n))
        return -1;
    memcpy(m->start, start, n * sizeof(uint64_t));
    memcpy(m->end, end, n * sizeof(uint64_t));
    memcpy(m->phys, phys, n * sizeof(uint64_t));
    m->n = n;
    return 0;
}
