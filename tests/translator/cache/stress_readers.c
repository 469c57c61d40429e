/* SPDX-License-Identifier: MIT */
/*
 * stress_readers.c - lookups from several threads beside one thread that
 * maps and unmaps (addr_space.h, "Threads"), every result checked.
 *
 *   stress_readers [READERS [UPDATES]]     (default 2 readers, 20000 updates)
 *
 * The writer's updates are fixed in advance, so the state after update v is
 * known for every v: slot j (16 KiB at j * 0x4000) is either unmapped or
 * maps [base, base + 0x1fff] to a physical address and permission that name
 * the update that mapped it.  Updates toggle one slot, unmap a run of 2-16
 * slots in one call (which must look atomic), or clear everything.  The
 * writer counts updates started and finished; a reader reads "finished"
 * before a lookup and "started" after it, so the lookup must match the state
 * after some update in that window, and, because each reader's view never
 * goes back in time, no earlier update than the one its previous lookups
 * matched.  Readers alternate between their own translation cache
 * (ias_tlb_lookup) and the tree (ias_lookup, ias_find).  Built plain, with
 * ASan+UBSan, and with ThreadSanitizer (stress_readers_tsan), which must
 * report nothing.
 */
#include <inttypes.h>
#include <pthread.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "addr_space.h"

#define SLOTS 192u
#define SLOT_BYTES 0x4000ull
#define MAP_LAST 0x1fffull

/* One change of one slot: from update `version` on, the slot is `mapped`
 * with `phys` and `perm`. */
struct change {
    uint32_t version;
    uint8_t mapped;
    uint8_t perm;
    uint64_t phys;
};

struct history {
    struct change *c;
    size_t n, cap;
};

enum { OP_TOGGLE, OP_RANGE, OP_CLEAR };
struct op {
    int kind;
    uint32_t slot, nslots;
};

static struct history hist[SLOTS];
static struct op *ops;
static uint32_t nops;
static struct ias *as;
static uint32_t started, finished;          /* __atomic */
static int failed;                          /* __atomic */

static uint64_t slot_base(uint32_t j)
{
    return (uint64_t)j * SLOT_BYTES;
}

static void record(uint32_t j, uint32_t v, int mapped)
{
    struct history *h = &hist[j];

    if (h->n == h->cap) {
        h->cap = h->cap ? 2 * h->cap : 16;
        h->c = realloc(h->c, h->cap * sizeof(*h->c));
        if (!h->c) {
            fprintf(stderr, "stress_readers: out of memory\n");
            exit(2);
        }
    }
    h->c[h->n].version = v;
    h->c[h->n].mapped = (uint8_t)mapped;
    h->c[h->n].perm = (uint8_t)(1u + v % 3u);
    h->c[h->n].phys = ((uint64_t)(j + 1) << 40) | ((uint64_t)v << 16);
    h->n++;
}

static uint64_t rng_next(uint64_t *s)
{
    uint64_t z = (*s += 0x9e3779b97f4a7c15ull);

    z = (z ^ (z >> 30)) * 0xbf58476d1ce4e5b9ull;
    z = (z ^ (z >> 27)) * 0x94d049bb133111ebull;
    return z ^ (z >> 31);
}

/* The schedule and every slot's history (version 0: all unmapped). */
static void plan(uint32_t n)
{
    uint64_t rng = 42;
    uint32_t v, j;

    ops = calloc(n + 1, sizeof(*ops));
    if (!ops)
        exit(2);
    nops = n;
    for (j = 0; j < SLOTS; j++)
        record(j, 0, 0);
    for (v = 1; v <= n; v++) {
        uint64_t r = rng_next(&rng) % 1000;
        struct op *o = &ops[v];

        if (r < 2) {
            o->kind = OP_CLEAR;
            for (j = 0; j < SLOTS; j++)
                if (hist[j].c[hist[j].n - 1].mapped)
                    record(j, v, 0);
        } else if (r < 200) {
            o->kind = OP_RANGE;
            o->slot = (uint32_t)(rng_next(&rng) % (SLOTS - 16));
            o->nslots = 2 + (uint32_t)(rng_next(&rng) % 15);
            for (j = o->slot; j < o->slot + o->nslots; j++)
                if (hist[j].c[hist[j].n - 1].mapped)
                    record(j, v, 0);
        } else {
            o->kind = OP_TOGGLE;
            o->slot = (uint32_t)(rng_next(&rng) % SLOTS);
            record(o->slot, v, !hist[o->slot].c[hist[o->slot].n - 1].mapped);
        }
    }
}

static void fail(const char *what, uint64_t a, uint64_t b)
{
    if (!__atomic_exchange_n(&failed, 1, __ATOMIC_SEQ_CST))
        fprintf(stderr, "stress_readers: FAIL: %s (0x%" PRIx64 ", 0x%" PRIx64 ")\n", what, a, b);
}

static void *writer(void *unused)
{
    uint32_t v;

    (void)unused;
    for (v = 1; v <= nops && !__atomic_load_n(&failed, __ATOMIC_RELAXED); v++) {
        const struct op *o = &ops[v];

        __atomic_store_n(&started, v, __ATOMIC_SEQ_CST);
        if (o->kind == OP_CLEAR) {
            ias_clear(as);
        } else if (o->kind == OP_RANGE) {
            if (ias_unmap(as, slot_base(o->slot), slot_base(o->slot + o->nslots) - 1, NULL) != IAS_OK)
                fail("range unmap", o->slot, v);
        } else {
            const struct history *h = &hist[o->slot];
            size_t k;

            for (k = 0; h->c[k].version != v; k++)
                ;
            if (h->c[k].mapped) {
                if (ias_map(as, slot_base(o->slot), slot_base(o->slot) + MAP_LAST, h->c[k].phys,
                            h->c[k].perm) != IAS_OK)
                    fail("map", o->slot, v);
            } else if (ias_unmap(as, slot_base(o->slot), slot_base(o->slot) + MAP_LAST, NULL) != IAS_OK) {
                fail("unmap", o->slot, v);
            }
        }
        __atomic_store_n(&finished, v, __ATOMIC_SEQ_CST);
    }
    return NULL;
}

/* The smallest version in [from, to] at which slot j looks like the result
 * (found, pa, perm) for offset off, or UINT32_MAX. */
static uint32_t consistent(uint32_t j, uint64_t off, int found, uint64_t pa, unsigned perm,
                           uint32_t from, uint32_t to)
{
    const struct history *h = &hist[j];
    size_t k;

    for (k = 0; k < h->n; k++) {
        uint32_t lo = h->c[k].version;
        uint32_t hi = k + 1 < h->n ? h->c[k + 1].version - 1 : UINT32_MAX;
        int ok;

        if (hi < from || lo > to)
            continue;
        if (!h->c[k].mapped || off > MAP_LAST)
            ok = !found;
        else
            ok = found && pa == h->c[k].phys + off && perm == h->c[k].perm;
        if (ok)
            return lo > from ? lo : from;
    }
    return UINT32_MAX;
}

struct reader_stats {
    uint64_t seed, lookups, hits;
};

static void *reader(void *arg)
{
    struct reader_stats *st = arg;
    static _Thread_local struct ias_tlb tlb;
    uint64_t rng = st->seed;
    uint32_t cur = 0;                            /* this reader's view: never goes back */

    ias_tlb_init(&tlb);
    while (!__atomic_load_n(&failed, __ATOMIC_RELAXED)) {
        uint32_t lo = __atomic_load_n(&finished, __ATOMIC_SEQ_CST), hi, v;
        uint32_t j = (uint32_t)(rng_next(&rng) % SLOTS), now = __atomic_load_n(&started, __ATOMIC_RELAXED);
        uint64_t off = rng_next(&rng) % SLOT_BYTES, pa = 0;
        unsigned perm = 0, how = (unsigned)(rng_next(&rng) % 4);
        int found;

        if (lo >= nops)
            break;
        /* Half the lookups aim at the slots of the update in flight. */
        if ((j & 1) && now >= 1 && now <= nops && ops[now].kind == OP_RANGE)
            j = ops[now].slot + j % ops[now].nslots;
        else if ((j & 1) && now >= 1 && now <= nops && ops[now].kind == OP_TOGGLE)
            j = ops[now].slot;
        if (how < 2) {
            found = ias_tlb_lookup(&tlb, as, slot_base(j) + off, &pa, &perm);
        } else if (how == 2) {
            found = ias_lookup(as, slot_base(j) + off, &pa, &perm);
        } else {
            struct ias_mapping m;

            found = ias_find(as, slot_base(j) + off, &m);
            if (found) {
                pa = m.phys_start + (slot_base(j) + off - m.virt_start);
                perm = m.perm;
            }
        }
        hi = __atomic_load_n(&started, __ATOMIC_SEQ_CST);
        v = consistent(j, off, found, pa, perm, lo > cur ? lo : cur, hi);
        if (v == UINT32_MAX) {
            fail(how < 2 ? "a cached lookup matches no state it may see"
                         : "a lookup matches no state it may see", slot_base(j) + off, pa);
            break;
        }
        cur = v;
        st->lookups++;
        st->hits += found;
    }
    return NULL;
}

int main(int argc, char **argv)
{
    unsigned nreaders = argc > 1 ? (unsigned)strtoul(argv[1], NULL, 0) : 2;
    uint32_t n = argc > 2 ? (uint32_t)strtoul(argv[2], NULL, 0) : 20000;
    pthread_t w, r[16];
    struct reader_stats st[16];
    uint64_t total = 0, hits = 0;
    unsigned i;
    uint32_t j;

    if (nreaders < 1 || nreaders > 16 || n < 1) {
        fprintf(stderr, "usage: stress_readers [READERS (1-16) [UPDATES]]\n");
        return 2;
    }
    plan(n);
    as = ias_new();
    if (!as)
        return 2;
    memset(st, 0, sizeof(st));
    for (i = 0; i < nreaders; i++) {
        st[i].seed = 1000 + i;
        if (pthread_create(&r[i], NULL, reader, &st[i]))
            return 2;
    }
    if (pthread_create(&w, NULL, writer, NULL))
        return 2;
    pthread_join(w, NULL);
    for (i = 0; i < nreaders; i++) {
        pthread_join(r[i], NULL);
        total += st[i].lookups;
        hits += st[i].hits;
    }
    /* The final state, slot by slot. */
    for (j = 0; j < SLOTS && !failed; j++) {
        const struct change *c = &hist[j].c[hist[j].n - 1];
        struct ias_mapping m;
        int found = ias_find(as, slot_base(j), &m);

        if (found != c->mapped || (found && (m.phys_start != c->phys || m.perm != c->perm)))
            fail("final state", j, (uint64_t)found);
    }
    if (!ias_selfcheck(as))
        fail("ias_selfcheck", 0, 0);
    ias_free(as);
    for (j = 0; j < SLOTS; j++)
        free(hist[j].c);
    free(ops);
    if (failed)
        return 1;
    /* Some lookups must have been checked.  (Not both outcomes: on a loaded
     * machine the readers may run only while the writer sleeps after a
     * clear, and every answer is still checked.) */
    if (total == 0) {
        fprintf(stderr, "stress_readers: %" PRIu64 " lookups, %" PRIu64 " found: too few to judge\n",
                total, hits);
        return 1;
    }
    printf("stress_readers: %u readers, %u updates, %" PRIu64 " lookups (%" PRIu64 " mapped), "
           "every one consistent\n", nreaders, n, total, hits);
    return 0;
}
