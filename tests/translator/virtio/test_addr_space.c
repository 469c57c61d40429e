/* SPDX-License-Identifier: MIT */
/*
 * Unit test of translator/addr_space: edge cases of the 64-bit range, the
 * UNMAP split rule, and a randomised comparison with a brute-force model
 * (with the tree's invariants checked after every step).
 */
#include "addr_space.h"
#include "testlib.h"

#include <inttypes.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>


#define MAXU UINT64_MAX

static void test_empty(void)
{
    struct ias *as = ias_new();
    uint64_t pa = 7, removed = 9;
    unsigned perm = 9;

    CHECK(as != NULL);
    CHECK(ias_count(as) == 0);
    CHECK(!ias_lookup(as, 0, &pa, &perm));
    CHECK(!ias_lookup(as, MAXU, &pa, &perm));
    CHECK(!ias_overlaps(as, 0, MAXU));
    CHECK(ias_unmap(as, 0, MAXU, &removed) == IAS_OK && removed == 0);
    CHECK(ias_unmap(as, 5, 4, &removed) == IAS_EINVAL);
    CHECK(ias_selfcheck(as));
    ias_free(as);
    ias_free(NULL);
}

static void test_full_range(void)
{
    struct ias *as = ias_new();
    uint64_t pa, removed;
    unsigned perm;

    /* The whole space, identity. */
    CHECK(ias_map(as, 0, MAXU, 0, IAS_PERM_READ) == IAS_OK);
    CHECK(ias_count(as) == 1);
    CHECK(ias_lookup(as, MAXU, &pa, &perm) && pa == MAXU && perm == IAS_PERM_READ);
    CHECK(ias_lookup(as, 0, &pa, &perm) && pa == 0);
    CHECK(ias_map(as, 0x1000, 0x1fff, 0, IAS_PERM_READ) == IAS_EOVERLAP);
    CHECK(ias_map(as, MAXU, MAXU, 0, IAS_PERM_READ) == IAS_EOVERLAP);
    CHECK(ias_unmap(as, 0, MAXU - 1, &removed) == IAS_ESPLIT && removed == 0);
    CHECK(ias_unmap(as, 1, MAXU, &removed) == IAS_ESPLIT && removed == 0);
    CHECK(ias_count(as) == 1);
    CHECK(ias_unmap(as, 0, MAXU, &removed) == IAS_OK && removed == 1);
    CHECK(ias_count(as) == 0);
    CHECK(!ias_lookup(as, 0, NULL, NULL));

    /* The whole space at a non-zero phys wraps: refused. */
    CHECK(ias_map(as, 0, MAXU, 1, IAS_PERM_READ) == IAS_EINVAL);
    CHECK(ias_map(as, 0x1000, 0x1fff, MAXU - 0xfff, 0) == IAS_OK);
    CHECK(ias_lookup(as, 0x1fff, &pa, NULL) && pa == MAXU);
    CHECK(ias_map(as, 0x2000, 0x2fff, MAXU - 0xffe, 0) == IAS_EINVAL);
    CHECK(ias_map(as, 5, 4, 0, 0) == IAS_EINVAL);
    CHECK(ias_map(as, 0x10000, 0x10fff, 0, 8) == IAS_EINVAL);
    CHECK(ias_count(as) == 1);

    /* The last page and the last byte. */
    ias_clear(as);
    CHECK(ias_map(as, 0xfffffffffffff000ULL, MAXU, 0x5000, IAS_PERM_READ | IAS_PERM_WRITE) == IAS_OK);
    CHECK(ias_lookup(as, MAXU, &pa, &perm) && pa == 0x5fff && perm == 3);
    CHECK(ias_lookup(as, 0xfffffffffffff000ULL, &pa, NULL) && pa == 0x5000);
    CHECK(!ias_lookup(as, 0xffffffffffffefffULL, NULL, NULL));
    CHECK(ias_overlaps(as, MAXU, MAXU));
    CHECK(ias_overlaps(as, 0, 0xfffffffffffff000ULL));
    CHECK(!ias_overlaps(as, 0, 0xffffffffffffefffULL));
    CHECK(ias_unmap(as, 0xfffffffffffff000ULL, 0xfffffffffffff7ffULL, &removed) == IAS_ESPLIT);
    CHECK(ias_unmap(as, 0xfffffffffffff800ULL, MAXU, &removed) == IAS_ESPLIT);
    CHECK(ias_unmap(as, 0xffffffffffff0000ULL, MAXU, &removed) == IAS_OK && removed == 1);
    CHECK(ias_map(as, MAXU, MAXU, 0, IAS_PERM_WRITE) == IAS_OK);
    CHECK(ias_map(as, 0, 0, MAXU, IAS_PERM_WRITE) == IAS_OK);
    CHECK(ias_lookup(as, MAXU, &pa, &perm) && pa == 0 && perm == IAS_PERM_WRITE);
    CHECK(ias_lookup(as, 0, &pa, NULL) && pa == MAXU);
    CHECK(ias_unmap(as, MAXU, MAXU, &removed) == IAS_OK && removed == 1);
    CHECK(ias_unmap(as, 0, 0, &removed) == IAS_OK && removed == 1);
    CHECK(ias_count(as) == 0);
    CHECK(ias_selfcheck(as));
    ias_free(as);
}

/* The seven UNMAP examples of the virtio-iommu specification. */
static void test_spec_examples(void)
{
    struct ias *as = ias_new();
    uint64_t r;

    CHECK(ias_unmap(as, 0, 4, &r) == IAS_OK && r == 0);                   /* (1) */
    CHECK(ias_map(as, 0, 9, 0, 1) == IAS_OK);                             /* (2) */
    CHECK(ias_unmap(as, 0, 9, &r) == IAS_OK && r == 1 && ias_count(as) == 0);
    CHECK(ias_map(as, 0, 4, 0, 1) == IAS_OK && ias_map(as, 5, 9, 5, 1) == IAS_OK); /* (3) */
    CHECK(ias_unmap(as, 0, 9, &r) == IAS_OK && r == 2 && ias_count(as) == 0);
    CHECK(ias_map(as, 0, 9, 0, 1) == IAS_OK);                             /* (4) */
    CHECK(ias_unmap(as, 0, 4, &r) == IAS_ESPLIT && r == 0 && ias_count(as) == 1);
    CHECK(ias_lookup(as, 3, NULL, NULL));
    ias_clear(as);
    CHECK(ias_map(as, 0, 4, 0, 1) == IAS_OK && ias_map(as, 5, 9, 5, 1) == IAS_OK); /* (5) */
    CHECK(ias_unmap(as, 0, 4, &r) == IAS_OK && r == 1 && ias_count(as) == 1);
    CHECK(!ias_lookup(as, 4, NULL, NULL) && ias_lookup(as, 5, NULL, NULL));
    ias_clear(as);
    CHECK(ias_map(as, 0, 4, 0, 1) == IAS_OK);                             /* (6) */
    CHECK(ias_unmap(as, 0, 9, &r) == IAS_OK && r == 1 && ias_count(as) == 0);
    CHECK(ias_map(as, 0, 4, 0, 1) == IAS_OK && ias_map(as, 10, 14, 0, 1) == IAS_OK); /* (7) */
    CHECK(ias_unmap(as, 0, 14, &r) == IAS_OK && r == 2 && ias_count(as) == 0);
    /* Adjacent ranges never overlap; the split rule is checked at both ends. */
    CHECK(ias_map(as, 0x1000, 0x1fff, 0, 1) == IAS_OK);
    CHECK(ias_map(as, 0x2000, 0x2fff, 0, 1) == IAS_OK);
    CHECK(ias_map(as, 0x0, 0xfff, 0, 1) == IAS_OK);
    CHECK(ias_map(as, 0xfff, 0x1000, 0, 1) == IAS_EOVERLAP);
    CHECK(ias_unmap(as, 0x1000, 0x27ff, &r) == IAS_ESPLIT && ias_count(as) == 3);
    CHECK(ias_unmap(as, 0x800, 0x1fff, &r) == IAS_ESPLIT && ias_count(as) == 3);
    CHECK(ias_unmap(as, 0x1000, 0x1fff, &r) == IAS_OK && r == 1);
    CHECK(ias_overlaps(as, 0xfff, 0x2000) && !ias_overlaps(as, 0x1000, 0x1fff));
    CHECK(ias_selfcheck(as));
    ias_free(as);
}

/* ---- randomised comparison with a brute-force model ---------------------- */

struct ref_map {
    uint64_t s, e, p;
    unsigned perm;
};

static struct ref_map ref[4096];
static size_t nref;

static struct tl_rng rng;

static uint64_t rnd(void)
{
    return tl_rng_next(&rng);
}

static int ref_overlaps(uint64_t s, uint64_t e)
{
    size_t i;
    for (i = 0; i < nref; i++)
        if (ref[i].s <= e && s <= ref[i].e)
            return 1;
    return 0;
}

static int ref_lookup(uint64_t a, uint64_t *pa, unsigned *perm)
{
    size_t i;
    for (i = 0; i < nref; i++)
        if (ref[i].s <= a && a <= ref[i].e) {
            *pa = ref[i].p + (a - ref[i].s);
            *perm = ref[i].perm;
            return 1;
        }
    return 0;
}

static int ref_map_op(uint64_t s, uint64_t e, uint64_t p, unsigned perm)
{
    if (e < s || e - s > MAXU - p)
        return IAS_EINVAL;
    if (ref_overlaps(s, e))
        return IAS_EOVERLAP;
    if (nref == sizeof(ref) / sizeof(ref[0]))
        return IAS_ENOMEM;
    ref[nref].s = s;
    ref[nref].e = e;
    ref[nref].p = p;
    ref[nref].perm = perm;
    nref++;
    return IAS_OK;
}

static int ref_unmap_op(uint64_t s, uint64_t e, uint64_t *removed)
{
    size_t i, j;
    *removed = 0;
    if (e < s)
        return IAS_EINVAL;
    for (i = 0; i < nref; i++)
        if (ref[i].s <= e && s <= ref[i].e && !(s <= ref[i].s && ref[i].e <= e))
            return IAS_ESPLIT;
    for (i = j = 0; i < nref; i++) {
        if (s <= ref[i].s && ref[i].e <= e)
            (*removed)++;
        else
            ref[j++] = ref[i];
    }
    nref = j;
    return IAS_OK;
}

/* An address drawn from a few clusters, including both ends of the space. */
static uint64_t rnd_addr(uint64_t span)
{
    uint64_t r = rnd(), off = rnd() % span;
    switch (r % 4) {
    case 0: return off;
    case 1: return MAXU - off;
    case 2: return 0x8000000000000000ULL + off;
    default: return 0x12340000ULL + off;
    }
}

static void random_run(uint64_t seed, unsigned steps, uint64_t span, unsigned maxlen)
{
    struct ias *as = ias_new();
    unsigned step;

    tl_rng_seed(&rng, seed);
    nref = 0;
    for (step = 0; step < steps; step++) {
        uint64_t op = rnd() % 16, s = rnd_addr(span), len = rnd() % maxlen, e, r1, r2, pa1 = 0, pa2 = 0;
        unsigned perm = (unsigned)(rnd() % 8), p1 = 0, p2 = 0;
        int a, b;

        e = len > MAXU - s ? MAXU : s + len;
        if (op < 7) {
            uint64_t p = rnd() % 8 == 0 ? MAXU - rnd() % 64 : rnd();
            a = ias_map(as, s, e, p, perm);
            b = ref_map_op(s, e, p, perm);
            if (b == IAS_ENOMEM)
                break;
            CHECK(a == b);
        } else if (op < 10) {
            if (rnd() % 4 == 0) {
                /* unmap exactly an existing mapping (mostly successful) */
                if (nref) {
                    size_t k = rnd() % nref;
                    s = ref[k].s;
                    e = ref[k].e;
                }
            }
            a = ias_unmap(as, s, e, &r1);
            b = ref_unmap_op(s, e, &r2);
            CHECK(a == b && r1 == r2);
        } else if (op < 15) {
            a = ias_lookup(as, s, &pa1, &p1);
            b = ref_lookup(s, &pa2, &p2);
            CHECK(a == b && (!a || (pa1 == pa2 && p1 == p2)));
            CHECK(ias_overlaps(as, s, e) == ref_overlaps(s, e));
        } else {
            if (rnd() % 64 == 0) {
                CHECK(ias_unmap(as, 0, MAXU, &r1) == IAS_OK && r1 == nref);
                nref = 0;
            }
        }
        CHECK(ias_count(as) == nref);
        if (step % 7 == 0 || nref < 40)
            CHECK(ias_selfcheck(as));
        if (tl_failures() > 20)
            break;
    }
    /* Iteration visits every mapping in order. */
    {
        struct ias_mapping m;
        size_t seen = 0;
        int ok;
        uint64_t pa;
        unsigned perm;
        for (ok = ias_find_ge(as, 0, &m); ok; ok = m.virt_end != MAXU && ias_find_ge(as, m.virt_end + 1, &m)) {
            seen++;
            CHECK(ref_lookup(m.virt_start, &pa, &perm) && pa == m.phys_start && perm == m.perm);
        }
        CHECK(seen == nref);
    }
    ias_free(as);
}

/* Many page-sized mappings in ascending, descending and shuffled order:
 * exercises splits, borrows and merges on a tall tree. */
static void bulk_run(unsigned n, int order)
{
    struct ias *as = ias_new();
    uint64_t *keys = malloc(n * sizeof(*keys)), pa, r;
    unsigned i;

    for (i = 0; i < n; i++)
        keys[i] = (uint64_t)(order < 0 ? n - 1 - i : i) << 12;
    if (order == 0) {
        tl_rng_seed(&rng, 42);
        for (i = n - 1; i > 0; i--) {
            unsigned j = (unsigned)(rnd() % (i + 1));
            uint64_t t = keys[i];
            keys[i] = keys[j];
            keys[j] = t;
        }
    }
    for (i = 0; i < n; i++)
        CHECK(ias_map(as, keys[i], keys[i] + 0xfff, keys[i] * 2, IAS_PERM_READ) == IAS_OK);
    CHECK(ias_count(as) == n);
    CHECK(ias_selfcheck(as));
    if (order != 0)
        CHECK(ias_node_bytes(as) <= 31u * n);        /* biased splits: leaves full */
    else
        CHECK(ias_node_bytes(as) <= 46u * n);        /* ~69% fill */
    CHECK(ias_memory(as) >= ias_node_bytes(as));
    CHECK(ias_memory(as) <= 2 * ias_node_bytes(as) + (4u << 20));
    for (i = 0; i < n; i++)
        CHECK(ias_lookup(as, keys[i] + 0x123, &pa, NULL) && pa == keys[i] * 2 + 0x123);
    /* remove every other page, then check, then the rest */
    for (i = 0; i < n; i += 2)
        CHECK(ias_unmap(as, keys[i], keys[i] + 0xfff, &r) == IAS_OK && r == 1);
    CHECK(ias_selfcheck(as));
    CHECK(ias_count(as) == n / 2);
    for (i = 0; i < n; i++)
        CHECK(ias_lookup(as, keys[i], NULL, NULL) == (int)(i % 2));
    for (i = 1; i < n; i += 2)
        CHECK(ias_unmap(as, keys[i], keys[i] + 0xfff, &r) == IAS_OK && r == 1);
    CHECK(ias_count(as) == 0);
    CHECK(ias_selfcheck(as));
    /* empty: arena released; the handle remains: the generation numbers
     * and a few cache lines (the root readers load has a line of its own) */
    CHECK(ias_memory(as) < sizeof(uint64_t) * (IAS_GEN_BUCKETS + 64));
    /* refill and drop a middle range in one request */
    for (i = 0; i < n; i++)
        CHECK(ias_map(as, (uint64_t)i << 12, ((uint64_t)i << 12) + 0xfff, 0, IAS_PERM_WRITE) == IAS_OK);
    CHECK(ias_unmap(as, (uint64_t)(n / 4) << 12, ((uint64_t)(3 * n / 4) << 12) - 1, &r) == IAS_OK);
    CHECK(r == 3 * n / 4 - n / 4);
    CHECK(ias_selfcheck(as));
    CHECK(ias_count(as) == n - r);
    free(keys);
    ias_free(as);
}

/* Overlap checks at every gap of a tree of several levels.  A map finds
 * overlaps in the leaf its start leads to, with its neighbours: the last
 * mapping before it may sit in the leaf to the left and the first after it
 * in the leaf to the right, so every gap is tried, and the gaps at leaf
 * boundaries are among them whatever the split points are. */
static void gap_run(unsigned n)
{
    struct ias *as = ias_new();
    uint64_t r;
    unsigned i;

    /* mapping i covers pages [4i, 4i + 1]; the gap is pages [4i + 2, 4i + 3] */
    for (i = 0; i < n; i++) {
        uint64_t va = ((uint64_t)((i * 7919u) % n) * 4u) << 12;     /* out of order */
        CHECK(ias_map(as, va, va + 0x1fff, va, IAS_PERM_READ) == IAS_OK);
    }
    CHECK(ias_selfcheck(as));
    for (i = 0; i + 1 < n; i++) {
        uint64_t end = (((uint64_t)i * 4u + 2u) << 12) - 1;   /* mapping i's last byte */
        uint64_t next = ((uint64_t)i * 4u + 4u) << 12;         /* mapping i+1's first */

        CHECK(ias_map(as, end, end + 1, 0, IAS_PERM_READ) == IAS_EOVERLAP);
        CHECK(ias_map(as, next - 1, next, 0, IAS_PERM_READ) == IAS_EOVERLAP);
        CHECK(ias_map(as, end + 1, next, 0, IAS_PERM_READ) == IAS_EOVERLAP);
        CHECK(ias_map(as, end, next - 1, 0, IAS_PERM_READ) == IAS_EOVERLAP);
        CHECK(ias_map(as, end - 0xfff, end + 0x2000, 0, IAS_PERM_READ) == IAS_EOVERLAP);
        /* the gap itself is free: map it, then unmap it */
        CHECK(ias_map(as, end + 1, next - 1, 0, IAS_PERM_READ) == IAS_OK);
        CHECK(ias_unmap(as, end + 1, next - 1, &r) == IAS_OK && r == 1);
        if (tl_failures() > 20)
            break;
    }
    CHECK(ias_count(as) == n);
    CHECK(ias_selfcheck(as));
    ias_free(as);
}

/* Updates close to each other start from the leaf the last one changed
 * (the writer's finger) instead of descending from the root, until an
 * update reshapes the tree: a split, a borrow or merge, or the removal of a
 * leaf's first mapping (which moves a separator).  A walk over neighbouring
 * slots moves, removes and re-adds mappings, so that every one of those
 * happens right before an update the finger could mislead; the invariants,
 * the finger's among them, are checked after every update, and every slot
 * near the walk is looked up. */
static void finger_run(uint64_t seed, unsigned n, unsigned steps)
{
    struct ias *as = ias_new();
    signed char *pg = malloc(n);            /* page of slot i's mapping, -1: none */
    uint64_t r, pa;
    unsigned i, k, at;

    CHECK(as != NULL && pg != NULL);
    tl_rng_seed(&rng, seed);
    /* slot i is pages [4i, 4i + 3]; one page of it is mapped */
    for (i = 0; i < n; i++) {
        unsigned j = (unsigned)(((uint64_t)i * 7919u) % n);
        uint64_t va;

        pg[j] = (signed char)(rnd() % 4);
        va = ((uint64_t)j * 4u + (unsigned)pg[j]) << 12;
        CHECK(ias_map(as, va, va + 0xfff, va ^ 0x40000000u, IAS_PERM_READ) == IAS_OK);
    }
    at = n / 2;
    for (k = 0; k < steps; k++) {
        unsigned op = (unsigned)(rnd() % 8), p;
        uint64_t va;

        at = (unsigned)((at + n + (unsigned)(rnd() % 7) - 3u) % n);   /* a step of -3..3 */
        p = (unsigned)(rnd() % 4);
        va = ((uint64_t)at * 4u + p) << 12;
        if (pg[at] < 0) {                    /* re-add: may split, may reach below lo */
            CHECK(ias_map(as, va, va + 0xfff, va ^ 0x40000000u, IAS_PERM_READ) == IAS_OK);
            pg[at] = (signed char)p;
        } else {
            uint64_t old = ((uint64_t)at * 4u + (unsigned)pg[at]) << 12;

            /* a map overlapping the slot's mapping fails, and an unmap
             * ending on its first byte would split it; both probe the
             * mapping's first byte, which is the upper bound of the leaf to
             * its left when it is the first of its own leaf */
            if (old >= 0x800) {
                CHECK(ias_map(as, old - 0x800, old, 0, IAS_PERM_READ) == IAS_EOVERLAP);
                CHECK(ias_unmap(as, old - 0x800, old, &r) == IAS_ESPLIT && r == 0);
            }
            CHECK(ias_map(as, old + 0x800, old + 0x17ff, 0, IAS_PERM_READ) == IAS_EOVERLAP);
            CHECK(ias_unmap(as, old, old + 0xfff, &r) == IAS_OK && r == 1);
            pg[at] = -1;
            if (op < 6) {                    /* move: the map follows the unmap */
                CHECK(ias_map(as, va, va + 0xfff, va ^ 0x40000000u, IAS_PERM_READ) == IAS_OK);
                pg[at] = (signed char)p;
            }
        }
        CHECK(ias_selfcheck(as));
        for (i = at + n - 8; i <= at + n + 8; i++) {
            unsigned j = i % n, q;

            for (q = 0; q < 4; q++) {
                uint64_t a = (((uint64_t)j * 4u + q) << 12) + 0x123;
                int want = pg[j] == (signed char)q;

                if (ias_lookup(as, a, &pa, NULL) != want || (want && pa != (a ^ 0x40000000u)))
                    CHECK(!"a slot near the walk translates wrongly");
            }
        }
        if (tl_failures() > 20)
            break;
    }
    /* emptying the tree drops the finger with it, by a range or by the
     * last single mapping; the next map starts afresh */
    CHECK(ias_unmap(as, 0, ((uint64_t)n * 4u << 12) - 1, &r) == IAS_OK);
    CHECK(ias_count(as) == 0 && ias_selfcheck(as));
    CHECK(ias_map(as, 0x5000, 0x5fff, 0, IAS_PERM_READ) == IAS_OK);
    CHECK(ias_unmap(as, 0x5000, 0x5fff, &r) == IAS_OK && r == 1);
    CHECK(ias_count(as) == 0 && ias_selfcheck(as));
    CHECK(ias_map(as, 0x5000, 0x5fff, 0, IAS_PERM_READ) == IAS_OK);
    CHECK(ias_selfcheck(as));
    free(pg);
    ias_free(as);
}

int main(void)
{
    uint64_t seed;

    test_empty();
    test_full_range();
    test_spec_examples();
    for (seed = 1; seed <= 40; seed++)
        random_run(seed, 4000, seed % 2 ? 64 : 1u << 20, seed % 3 ? 8 : 1u << 16);
    bulk_run(20000, 1);
    bulk_run(20000, -1);
    bulk_run(20000, 0);
    gap_run(12000);
    finger_run(1, 600, 6000);             /* two inner levels */
    finger_run(2, 20000, 3000);           /* three */
    return tl_finish("test_addr_space");
}
