/* SPDX-License-Identifier: MIT */
/*
 * testlib.c - checks, the PRNG and the differential driver (testlib.h).
 */
#include "testlib.h"

#include <inttypes.h>
#include <stdio.h>
#include <stdlib.h>

static int failures;

void tl_check_failed(const char *file, int line, const char *what)
{
    fprintf(stderr, "%s:%d: check failed: %s\n", file, line, what);
    failures++;
}

void tl_check_failed_eq(const char *file, int line, const char *what, long long actual, long long expected)
{
    fprintf(stderr, "%s:%d: check failed: %s = %lld, expected %lld\n", file, line, what, actual, expected);
    failures++;
}

int tl_failures(void)
{
    return failures;
}

int tl_finish(const char *name)
{
    if (failures) {
        fprintf(stderr, "%s: %d failure(s)\n", name, failures);
        return 1;
    }
    printf("%s: ok\n", name);
    return 0;
}

void tl_rng_seed(struct tl_rng *g, uint64_t seed)
{
    g->state = seed;
}

uint64_t tl_rng_next(struct tl_rng *g)
{
    uint64_t z = (g->state += 0x9e3779b97f4a7c15ull);

    z = (z ^ (z >> 30)) * 0xbf58476d1ce4e5b9ull;
    z = (z ^ (z >> 27)) * 0x94d049bb133111ebull;
    return z ^ (z >> 31);
}

uint64_t tl_rng_below(struct tl_rng *g, uint64_t n)
{
    return n ? tl_rng_next(g) % n : 0;
}

uint64_t tl_diff_seed;
unsigned tl_diff_op;
static const char *diff_name = "differential";
static uint64_t diff_first, diff_last, diff_ops;

/* A whole decimal or 0x-hex number. */
static int parse_count(const char *s, uint64_t *v)
{
    char *end;

    if (!*s || *s == '-' || *s == '+')
        return -1;
    *v = strtoull(s, &end, 0);
    return *end ? -1 : 0;
}

int tl_diff_main(const char *name, int argc, char **argv, uint64_t default_count, unsigned ops_per_seed,
                 void (*run_one)(uint64_t seed, unsigned nops))
{
    uint64_t want = default_count, seed = 1;

    diff_name = name;
    if (argc > 3 || (argc > 1 && parse_count(argv[1], &want)) || (argc > 2 && parse_count(argv[2], &seed))) {
        fprintf(stderr, "usage: %s [COUNT [SEED]]\n", name);
        return 2;
    }
    diff_first = seed;
    diff_ops = 0;
    while (diff_ops < want) {
        unsigned n = want - diff_ops < ops_per_seed ? (unsigned)(want - diff_ops) : ops_per_seed;
        tl_diff_seed = seed;
        tl_diff_op = 0;
        run_one(seed, n);
        diff_ops += n;
        diff_last = seed++;
    }
    return 0;
}

void tl_diverge(const char *what)
{
    fprintf(stderr, "%s: DIVERGENCE at seed %" PRIu64 " op %u: %s\n", diff_name, tl_diff_seed, tl_diff_op, what);
    exit(1);
}

void tl_diff_summary(uint64_t *first_seed, uint64_t *last_seed, uint64_t *ops)
{
    *first_seed = diff_first;
    *last_seed = diff_last;
    *ops = diff_ops;
}
