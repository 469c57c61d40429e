/* SPDX-License-Identifier: MIT */
/*
 * testlib.h - what every C test of the translator shares: CHECK and the
 * failure count, one pseudo-random generator, and the differential driver
 * (argument parsing, the run-per-seed loop, the divergence report).
 */
#ifndef IOMMU_REF_TESTLIB_H
#define IOMMU_REF_TESTLIB_H

#include <stdint.h>

#ifdef __cplusplus
extern "C" {
#endif

/* ---- checks ---------------------------------------------------------------- */

/* Record a failed check ("FILE:LINE: check failed: WHAT" on stderr) and go
 * on, so that one run reports every failure. */
#define CHECK(cond)                                                  \
    do {                                                             \
        if (!(cond))                                                 \
            tl_check_failed(__FILE__, __LINE__, #cond);              \
    } while (0)

/* Record a failed comparison of two integers, with both values:
 * "FILE:LINE: check failed: ACTUAL = 5, expected 7". */
#define CHECK_EQ(actual, expected)                                               \
    do {                                                                         \
        long long a_ = (long long)(actual), e_ = (long long)(expected);          \
        if (a_ != e_)                                                            \
            tl_check_failed_eq(__FILE__, __LINE__, #actual, a_, e_);             \
    } while (0)

void tl_check_failed(const char *file, int line, const char *what);
void tl_check_failed_eq(const char *file, int line, const char *what, long long actual, long long expected);
/* Failed checks so far. */
int tl_failures(void);
/* The end of a test's main(): "NAME: ok" and 0, or "NAME: N failure(s)"
 * on stderr and 1. */
int tl_finish(const char *name);

/* ---- random numbers ------------------------------------------------------ */

/* splitmix64: small, fast, and every seed (0 included) gives a full
 * period stream, so a failing seed reproduces exactly. */
struct tl_rng {
    uint64_t state;
};

void tl_rng_seed(struct tl_rng *g, uint64_t seed);
uint64_t tl_rng_next(struct tl_rng *g);
/* Uniform enough in [0, n) for tests (modulo bias is irrelevant); 0 if n is 0. */
uint64_t tl_rng_below(struct tl_rng *g, uint64_t n);

/* ---- the differential driver ---------------------------------------------- */

/* A differential test runs random operation sequences, one per seed, against
 * the implementation and a brute-force model until COUNT operations have
 * run.  Its command line is "NAME [COUNT [SEED]]" (decimal or 0x hex).
 *
 * run_one(seed, nops) runs one sequence of nops operations and calls
 * tl_diverge() on the first disagreement; tl_diff_main() returns the exit
 * status: 2 for a bad command line, else 0 (the caller then checks that
 * every outcome was exercised and prints its statistics). */
int tl_diff_main(const char *name, int argc, char **argv, uint64_t default_count, unsigned ops_per_seed,
                 void (*run_one)(uint64_t seed, unsigned nops));

/* The operation being run (seed and index within the seed's sequence), for
 * tl_diverge()'s report; tl_diff_main sets the seed, run_one the index. */
extern uint64_t tl_diff_seed;
extern unsigned tl_diff_op;

/* "NAME: DIVERGENCE at seed S op N: WHAT" on stderr, exit status 1. */
void tl_diverge(const char *what)
#if defined(__GNUC__)
    __attribute__((noreturn))
#endif
    ;

/* After tl_diff_main: the seeds used and the operations run. */
void tl_diff_summary(uint64_t *first_seed, uint64_t *last_seed, uint64_t *ops);

#ifdef __cplusplus
}
#endif

#endif /* IOMMU_REF_TESTLIB_H */
