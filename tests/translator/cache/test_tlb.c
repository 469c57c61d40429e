/* SPDX-License-Identifier: MIT */
/*
 * test_tlb.c - what the translation cache (ias_tlb, addr_space.h) promises
 * beyond giving the same answers as the tree (diff_addr_space checks those):
 *
 *   precision  removing a mapping invalidates the entries of that mapping
 *              only (and of the few sharing its generation bucket), never
 *              a whole address space's or cache's worth;
 *   strides    64 hot pages at any power-of-two stride from 4 KiB to 1 GiB
 *              (and at any offset) all stay cached;
 *   big maps   an entry filled at any page of a large mapping dies when that
 *              mapping is removed, whichever page it was filled from.
 */
#include <inttypes.h>
#include <stdio.h>
#include <stdlib.h>

#include "addr_space.h"

#define HOT 64
#define PAGE 0x1000ull

static int failures;

static void check(int ok, const char *what, uint64_t detail)
{
    if (!ok) {
        fprintf(stderr, "test_tlb: FAIL: %s (0x%" PRIx64 ")\n", what, detail);
        failures++;
    }
}

static struct ias_tlb tlb;

/* Lookups of every hot address through the cache; returns the misses. */
static uint64_t pass(const struct ias *as, const uint64_t *va, unsigned n, uint64_t delta)
{
    uint64_t m0 = tlb.misses, pa;
    unsigned i;

    for (i = 0; i < n; i++) {
        int ok = ias_tlb_lookup(&tlb, as, va[i], &pa, NULL);

        check(ok && pa == va[i] + delta, "hot address translates", va[i]);
    }
    return tlb.misses - m0;
}

static void test_precision(void)
{
    struct ias *as = ias_new();
    uint64_t va[HOT], rng = 12345;
    unsigned i, churned = 0, r;

    ias_tlb_init(&tlb);
    for (i = 0; i < HOT; i++) {
        va[i] = (uint64_t)i * 16 * PAGE;
        check(ias_map(as, va[i], va[i] + PAGE - 1, va[i] + (1ull << 40), IAS_PERM_READ) == IAS_OK,
              "map hot", va[i]);
    }
    check(pass(as, va, HOT, 1ull << 40) == HOT, "first pass fills", 0);
    /* Unmap and map again 2000 unrelated pages, one at a time; only those
     * sharing a bucket with a hot mapping may cost a hot entry. */
    for (r = 0; r < 2000; r++) {
        uint64_t c = (1ull << 32) + (rng = rng * 6364136223846793005ull + 1442695040888963407ull) % 4096 * PAGE;
        unsigned shared = 0;

        (void)ias_unmap(as, c, c + PAGE - 1, NULL);
        check(ias_map(as, c, c + PAGE - 1, c, IAS_PERM_READ) == IAS_OK, "map churn", c);
        check(ias_unmap(as, c, c + PAGE - 1, NULL) == IAS_OK, "unmap churn", c);
        for (i = 0; i < HOT; i++)
            shared += ias_gen_bucket_(va[i]) == ias_gen_bucket_(c);
        churned += shared;
        check(pass(as, va, HOT, 1ull << 40) == shared,
              "an unrelated unmap costs only the entries sharing its bucket", c);
    }
    /* The hash spreads: far fewer losses than one per hot entry per unmap. */
    check(churned < 2000u * HOT / 64, "buckets spread the hot set", churned);
    /* Removing hot mapping 5 costs exactly its own entry (and bucket mates). */
    check(ias_unmap(as, va[5], va[5] + PAGE - 1, NULL) == IAS_OK, "unmap hot", va[5]);
    check(!ias_tlb_lookup(&tlb, as, va[5], NULL, NULL), "removed hot mapping is gone", va[5]);
    ias_free(as);
}

static void test_strides(void)
{
    unsigned k, i, off;

    for (k = 0; k <= 18; k++) {                  /* 4 KiB .. 1 GiB */
        for (off = 0; off < 3; off++) {
            uint64_t stride = PAGE << k, base = off * 0x123456789000ull + (off ? PAGE * off : 0);
            uint64_t va[HOT], misses = 0;
            struct ias *as = ias_new();
            unsigned p;

            ias_tlb_init(&tlb);
            for (i = 0; i < HOT; i++) {
                va[i] = base + i * stride;
                check(ias_map(as, va[i], va[i] + PAGE - 1, va[i] + 7 * PAGE, IAS_PERM_WRITE) == IAS_OK,
                      "map strided", va[i]);
            }
            (void)pass(as, va, HOT, 7 * PAGE);
            for (p = 0; p < 20; p++)
                misses += pass(as, va, HOT, 7 * PAGE);
            /* 99 % of 1280 lookups: at most 12 misses; in fact none. */
            check(misses <= 20 * HOT / 100, "strided hot set stays cached", stride | off);
            ias_free(as);
        }
    }
}

static void test_big_mapping(void)
{
    struct ias *as = ias_new();
    uint64_t base = 0x40000000ull, len = 1ull << 30, pa;
    unsigned i;

    ias_tlb_init(&tlb);
    check(ias_map(as, base, base + len - 1, 0x1000000000ull, IAS_PERM_READ) == IAS_OK, "map 1 GiB", base);
    check(ias_map(as, base + len, base + len + PAGE - 1, 0, IAS_PERM_READ) == IAS_OK, "map neighbour", base);
    for (i = 0; i < 300; i++)                    /* entries from 300 different pages */
        check(ias_tlb_lookup(&tlb, as, base + (uint64_t)i * 0x355000ull, &pa, NULL) &&
              pa == 0x1000000000ull + (uint64_t)i * 0x355000ull, "big mapping translates", i);
    check(ias_tlb_lookup(&tlb, as, base + len, NULL, NULL), "neighbour translates", base + len);
    check(ias_unmap(as, base, base + len - 1, NULL) == IAS_OK, "unmap 1 GiB", base);
    for (i = 0; i < 300; i++)
        check(!ias_tlb_lookup(&tlb, as, base + (uint64_t)i * 0x355000ull, NULL, NULL),
              "no entry of a removed big mapping survives", i);
    check(ias_tlb_lookup(&tlb, as, base + len, NULL, NULL), "neighbour still translates", base + len);
    ias_free(as);
}

int main(void)
{
    test_precision();
    test_strides();
    test_big_mapping();
    if (failures) {
        fprintf(stderr, "test_tlb: %d failures\n", failures);
        return 1;
    }
    printf("test_tlb: precision, strides 4K..1G, big mappings: ok\n");
    return 0;
}
