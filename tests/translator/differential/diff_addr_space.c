/* SPDX-License-Identifier: MIT */
/*
 * diff_addr_space.c - differential test of the address space (addr_space.h)
 * against a deliberately simple model: an unsorted array of ranges, every
 * operation a linear scan.
 *
 *   diff_addr_space [TOTAL_OPS [FIRST_SEED]]      (default 1200000 ops, seed 1)
 *
 * Runs of RUN_OPS random operations each (seed = FIRST_SEED, FIRST_SEED+1, ...)
 * over address pools that concentrate on the hard places: address 0, the top
 * of the 64-bit space (last page, UINT64_MAX), the 2^63 midpoint, page
 * boundaries, the full range [0, 2^64-1], and dense small windows where
 * ranges touch and overlap all the time.  Every result (status, removed
 * count, lookup result, overlaps, find/find_ge, count) is compared with the
 * model; the first divergence prints the seed, the op index and the
 * operation, and the test fails.  Every lookup is also made through
 * NCACHES translation caches (ias_tlb_lookup) that live across all runs,
 * each lookup through a random one of them and then again through another,
 * so a stale entry in any cache (after an unmap that removed its mapping or
 * many, a clear, or in an address space allocated where a freed one was)
 * shows up as a divergence too; lookups also revisit recently translated
 * addresses, so entries survive unrelated unmaps long enough to be caught
 * stale.  The model is kept small (at most
 * MODEL_SOFT_MAX mappings, beyond which operations shift to unmapping) so the
 * linear scans stay cheap.
 */
#include <inttypes.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "addr_space.h"
#include "testlib.h"

#define RUN_OPS 10000u
#define MODEL_MAX 4096
#define MODEL_SOFT_MAX 160

/* ---- the model ----------------------------------------------------------- */

struct mrange {
    uint64_t s, e, p;
    unsigned perm;
};

static struct mrange model[MODEL_MAX];
static size_t model_n;

static int m_overlaps(uint64_t s, uint64_t e)
{
    size_t i;

    if (e < s)
        return 0;
    for (i = 0; i < model_n; i++)
        if (model[i].s <= e && s <= model[i].e)
            return 1;
    return 0;
}

static int m_map(uint64_t s, uint64_t e, uint64_t p, unsigned perm)
{
    if (e < s || p > UINT64_MAX - (e - s) || (perm & ~7u))
        return IAS_EINVAL;
    if (m_overlaps(s, e))
        return IAS_EOVERLAP;
    if (model_n == MODEL_MAX)
        return IAS_ENOMEM;      /* never reached: the driver keeps the model small */
    model[model_n].s = s;
    model[model_n].e = e;
    model[model_n].p = p;
    model[model_n].perm = perm;
    model_n++;
    return IAS_OK;
}

static int m_unmap(uint64_t s, uint64_t e, uint64_t *removed)
{
    size_t i, n = 0;

    *removed = 0;
    if (e < s)
        return IAS_EINVAL;
    for (i = 0; i < model_n; i++) {
        int overlap = model[i].s <= e && s <= model[i].e;
        int inside = s <= model[i].s && model[i].e <= e;
        if (overlap && !inside)
            return IAS_ESPLIT;
    }
    for (i = 0; i < model_n;) {
        if (s <= model[i].s && model[i].e <= e) {
            model[i] = model[--model_n];
            n++;
        } else {
            i++;
        }
    }
    *removed = n;
    return IAS_OK;
}

static const struct mrange *m_find(uint64_t a)
{
    size_t i;

    for (i = 0; i < model_n; i++)
        if (model[i].s <= a && a <= model[i].e)
            return &model[i];
    return NULL;
}

static const struct mrange *m_find_ge(uint64_t from)
{
    const struct mrange *best = NULL;
    size_t i;

    for (i = 0; i < model_n; i++)
        if (model[i].s >= from && (!best || model[i].s < best->s))
            best = &model[i];
    return best;
}

/* ---- random numbers and address pools ------------------------------------ */

static struct tl_rng rng;

static uint64_t rnd(void)
{
    return tl_rng_next(&rng);
}

static uint64_t rnd_below(uint64_t n)
{
    return n ? rnd() % n : 0;
}

/* Per-run shape: a dense window somewhere in the space. */
static uint64_t win_base, win_size;
static int page_mode;                        /* ranges aligned on 0x1000 */

static uint64_t special(void)
{
    static const uint64_t pts[] = {
        0, 1, 2, 0xfff, 0x1000, 0x1001, 0x1fff, 0x2000,
        UINT64_MAX, UINT64_MAX - 1, UINT64_MAX - 0xfff, UINT64_MAX - 0x1000, UINT64_MAX - 0x1fff,
        0x7fffffffffffffffull, 0x8000000000000000ull, 0x8000000000000fffull, 0x7ffffffffffff000ull,
        0xffffffffull, 0x100000000ull,
    };
    return pts[rnd_below(sizeof(pts) / sizeof(pts[0]))];
}

/* Where the last map or unmap started: the next update often lands close
 * by, as a driver's do, so that the writer's finger (the leaf the last
 * update changed, addr_space.c) is used as well as dropped. */
static uint64_t last_update;

static uint64_t addr(void)
{
    unsigned k = (unsigned)rnd_below(16);
    uint64_t a;

    if (k < 3) {
        a = last_update + rnd_below(page_mode ? 0x8000 : 0x40) - (page_mode ? 0x4000 : 0x20);
        if (page_mode)
            a &= ~(uint64_t)0xfff;
        return a;
    }
    if (k < 11) {
        a = win_base + rnd_below(win_size);           /* may wrap at the top: fine */
        if (page_mode)
            a &= ~(uint64_t)0xfff;
        return a;
    }
    if (k < 15)
        return special();
    return rnd();
}

/* An inclusive range [*s, *e]; occasionally inverted (e < s) on purpose. */
static void range(uint64_t *s, uint64_t *e)
{
    unsigned k = (unsigned)rnd_below(64);
    uint64_t len;

    if (k == 0) {                                       /* the whole space */
        *s = 0;
        *e = UINT64_MAX;
        return;
    }
    if (k == 1) {                                       /* inverted */
        *s = addr() | 1;
        *e = *s - 1;
        return;
    }
    *s = addr();
    if (k < 4) {                                        /* up to the top */
        *e = UINT64_MAX;
        return;
    }
    if (k < 6) {                                        /* a single address */
        *e = *s;
        return;
    }
    if (page_mode)
        len = (rnd_below(8) + 1) * 0x1000 - 1;
    else if (k < 40)
        len = rnd_below(8);
    else
        len = rnd_below(win_size / 4 + 1);
    *e = (*s > UINT64_MAX - len) ? UINT64_MAX : *s + len;
}

/* ---- the driver ----------------------------------------------------------- */

static unsigned long long total_ops;
/* Coverage counters, printed at the end: a run that never maps anything
 * would compare nothing. */
static unsigned long long n_map_ok, n_map_overlap, n_map_inval, n_unmap_ok, n_unmap_split,
    n_unmap_removed, n_lookup_hit, n_overlaps_hit, n_full_range, max_model;
#define NCACHES 3
#define RECENT 32
static struct ias_tlb tlbs[NCACHES];         /* shared by every run, never flushed */
static uint64_t recent[RECENT];              /* addresses translated lately */

static void run(uint64_t seed, unsigned nops)
{
    struct ias *as = ias_new();
    char msg[256];
    unsigned i;

    if (!as) {
        fprintf(stderr, "diff_addr_space: out of memory\n");
        exit(2);
    }
    tl_rng_seed(&rng, seed * 0x2545f4914f6cdd1dull + 1);
    model_n = 0;
    switch (seed % 5) {
    case 0:  win_base = 0;                                  break;
    case 1:  win_base = UINT64_MAX - 0x3fff;                break;   /* top of the space */
    case 2:  win_base = 0x8000000000000000ull - 0x2000;     break;   /* around 2^63 */
    case 3:  win_base = rnd();                              break;
    default: win_base = UINT64_MAX - 0x7ff;                 break;   /* window wraps to 0 */
    }
    win_size = (seed % 3 == 0) ? 0x400 : 0x4000;
    last_update = win_base;                 /* a run depends on its seed alone */
    page_mode = (seed % 4 == 3);

    for (i = 0; i < nops; i++) {
        unsigned k = (unsigned)rnd_below(100);
        uint64_t s, e, p, r1 = 0, r2 = 0;
        int a, b;

        tl_diff_op = i;
        if (model_n > MODEL_SOFT_MAX && k < 50)
            k = 40;                                 /* shed mappings */
        if (k < 35) {                               /* map */
            unsigned perm = (unsigned)rnd_below(8);
            range(&s, &e);
            if (rnd_below(32) == 0)
                perm |= 8;                          /* invalid permission bit */
            switch (rnd_below(8)) {
            case 0:  p = UINT64_MAX - (e - s);  break;           /* ends exactly at 2^64-1 */
            case 1:  p = UINT64_MAX - rnd_below(0x2000); break;  /* likely wraps */
            case 2:  p = s;                     break;
            default: p = rnd() & ~(uint64_t)0xfff; break;
            }
            if (e < s)
                p = rnd();
            a = ias_map(as, s, e, p, perm);
            b = m_map(s, e, p, perm);
            last_update = s;
            if (a != b) {
                snprintf(msg, sizeof(msg), "map [0x%" PRIx64 ", 0x%" PRIx64 "] -> 0x%" PRIx64 " perm %u: got %d, model %d",
                         s, e, p, perm, a, b);
                tl_diverge(msg);
            }
            n_map_ok += (a == IAS_OK);
            n_map_overlap += (a == IAS_EOVERLAP);
            n_map_inval += (a == IAS_EINVAL);
            n_full_range += (s == 0 && e == UINT64_MAX);
        } else if (k < 55) {                        /* unmap */
            range(&s, &e);
            a = ias_unmap(as, s, e, &r1);
            b = m_unmap(s, e, &r2);
            last_update = s;
            if (a != b || r1 != r2) {
                snprintf(msg, sizeof(msg), "unmap [0x%" PRIx64 ", 0x%" PRIx64 "]: got %d removed %" PRIu64
                         ", model %d removed %" PRIu64, s, e, a, r1, b, r2);
                tl_diverge(msg);
            }
            n_unmap_ok += (a == IAS_OK);
            n_unmap_split += (a == IAS_ESPLIT);
            n_unmap_removed += r1;
            n_full_range += (s == 0 && e == UINT64_MAX);
        } else if (k < 75) {                        /* lookup */
            const struct mrange *m;
            unsigned perm = 99;
            uint64_t q = addr();
            if (rnd_below(3) == 0)                  /* one translated lately */
                q = recent[rnd_below(RECENT)];
            else if (rnd_below(2) && model_n) {     /* near a mapping's edge */
                const struct mrange *t = &model[rnd_below(model_n)];
                switch (rnd_below(4)) {
                case 0: q = t->s; break;
                case 1: q = t->e; break;
                case 2: q = t->s - 1; break;
                default: q = t->e + 1; break;       /* wraps at the top: intended */
                }
            }
            m = m_find(q);
            p = 0;
            a = ias_lookup(as, q, &p, &perm);
            if (a != (m != NULL) || (m && (p != m->p + (q - m->s) || perm != m->perm))) {
                snprintf(msg, sizeof(msg), "lookup 0x%" PRIx64 ": got %d pa 0x%" PRIx64 " perm %u, model %d",
                         q, a, p, perm, m != NULL);
                tl_diverge(msg);
            }
            n_lookup_hit += (a == 1);
            if (ias_lookup(as, q, NULL, NULL) != a)
                tl_diverge("lookup with NULL outputs differs");
            recent[rnd_below(RECENT)] = q;
            for (b = 0; b < 2; b++) {               /* a fill, then likely a hit */
                uint64_t tp = 0;
                unsigned tperm = 99;
                int t = ias_tlb_lookup(&tlbs[rnd_below(NCACHES)], as, q, &tp, &tperm);

                if (t != a || (t && (tp != p || tperm != perm))) {
                    snprintf(msg, sizeof(msg), "cached lookup 0x%" PRIx64 ": got %d pa 0x%" PRIx64
                             " perm %u, model %d", q, t, tp, tperm, m != NULL);
                    tl_diverge(msg);
                }
            }
        } else if (k < 92) {                        /* overlaps */
            range(&s, &e);
            a = ias_overlaps(as, s, e);
            b = m_overlaps(s, e);
            if ((a != 0) != (b != 0)) {
                snprintf(msg, sizeof(msg), "overlaps [0x%" PRIx64 ", 0x%" PRIx64 "]: got %d, model %d", s, e, a, b);
                tl_diverge(msg);
            }
            n_overlaps_hit += (a != 0);
        } else if (k < 97) {                        /* find / find_ge */
            struct ias_mapping m;
            const struct mrange *t;
            uint64_t q = addr();
            memset(&m, 0, sizeof(m));
            a = ias_find(as, q, &m);
            t = m_find(q);
            if (a != (t != NULL) || (t && (m.virt_start != t->s || m.virt_end != t->e ||
                                           m.phys_start != t->p || m.perm != t->perm))) {
                snprintf(msg, sizeof(msg), "find 0x%" PRIx64 ": got %d", q, a);
                tl_diverge(msg);
            }
            a = ias_find_ge(as, q, &m);
            t = m_find_ge(q);
            if (a != (t != NULL) || (t && (m.virt_start != t->s || m.virt_end != t->e ||
                                           m.phys_start != t->p || m.perm != t->perm))) {
                snprintf(msg, sizeof(msg), "find_ge 0x%" PRIx64 ": got %d, model %d", q, a, t != NULL);
                tl_diverge(msg);
            }
        } else if (k < 99) {                        /* full iteration in order */
            struct ias_mapping m;
            size_t n = 0;
            int ok;
            uint64_t prev_end = 0;
            for (ok = ias_find_ge(as, 0, &m); ok;
                 ok = m.virt_end != UINT64_MAX && ias_find_ge(as, m.virt_end + 1, &m)) {
                const struct mrange *t = m_find(m.virt_start);
                if (!t || t->s != m.virt_start || t->e != m.virt_end || (n && m.virt_start <= prev_end))
                    tl_diverge("iteration returned a mapping the model does not have, or out of order");
                prev_end = m.virt_end;
                n++;
            }
            if (n != model_n)
                tl_diverge("iteration count differs from the model");
        } else {                                    /* occasionally: clear */
            if (rnd_below(8) == 0) {
                ias_clear(as);
                model_n = 0;
            }
        }
        if (model_n > max_model)
            max_model = model_n;
        if (ias_count(as) != model_n) {
            snprintf(msg, sizeof(msg), "count %zu, model %zu", ias_count(as), model_n);
            tl_diverge(msg);
        }
        if ((i & 1023) == 0 && !ias_selfcheck(as))
            tl_diverge("ias_selfcheck failed");
    }
    if (!ias_selfcheck(as))
        tl_diverge("ias_selfcheck failed at the end of the run");
    ias_free(as);
    total_ops += nops;
}

int main(int argc, char **argv)
{
    uint64_t first, last, ops;
    unsigned c;
    int rc = tl_diff_main("diff_addr_space", argc, argv, 1200000ull, RUN_OPS, run);

    if (rc)
        return rc;
    tl_diff_summary(&first, &last, &ops);
    printf("diff_addr_space: map ok %llu / overlap %llu / invalid %llu; unmap ok %llu (removed %llu) / split %llu;\n"
           "  lookup hits %llu; overlaps hits %llu; full-range ops %llu; largest model %llu mappings\n",
           n_map_ok, n_map_overlap, n_map_inval, n_unmap_ok, n_unmap_removed, n_unmap_split,
           n_lookup_hit, n_overlaps_hit, n_full_range, max_model);
    for (c = 0; c < NCACHES; c++) {
        printf("diff_addr_space: translation cache %u: hits %llu, misses %llu\n", c,
               (unsigned long long)tlbs[c].hits, (unsigned long long)tlbs[c].misses);
        if (!tlbs[c].hits)
            n_lookup_hit = 0;                       /* a cache never hit: fail below */
    }
    if (!n_map_ok || !n_map_overlap || !n_unmap_removed || !n_unmap_split || !n_lookup_hit) {
        fprintf(stderr, "diff_addr_space: an outcome was never exercised\n");
        return 1;
    }
    printf("diff_addr_space: %llu operations, seeds %" PRIu64 "..%" PRIu64 ", 0 divergences\n",
           (unsigned long long)ops, first, last);
    return 0;
}
