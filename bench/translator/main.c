/* SPDX-License-Identifier: MIT */
/*
 * main.c - iommu-ref-bench: the translator's address space against two
 * baselines run side by side in the same process on the same workload:
 * GLib's GTree used as an interval map (what QEMU's virtio-iommu does) and a
 * sorted array with binary search, plus a pointer chase as the floor of one
 * dependent DRAM miss.  Prints every cost from 1 K to 4 M mappings, then the
 * ratios the project's performance targets are stated in (bench/README.md).
 *
 * Every run also checks its results (the sum of all random translations
 * against the workload, the final state after churn, each structure's own
 * invariants); a wrong answer exits 1, whatever the timings.
 *
 * Usage: iommu-ref-bench [--quick] [--max-size N] [--threads N]
 */
#include <errno.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "cache_bench.h"
#include "chase.h"
#include "threads_bench.h"
#include "impl.h"
#include "workload.h"

#define EXIT_WRONG 1
#define EXIT_USAGE 2
#define EXIT_NOMEM 3

#define TARGET_N          (1u << 20)
#define BENCH_FLOOR_BESIDE_MIN (256u << 10)  /* rows that get their own floor */
#define GOAL_HOT_NS       5.0      /* "a few ns" */
#define GOAL_CHASE_RATIO  2.0      /* random translate within 2x of one miss */
#define GOAL_UPDATE_RATIO 3.0      /* map + unmap at least 3x GTree */
#define GOAL_BYTES        48.0
#define CACHE_N           (64u << 10) /* mappings under the cache rows */
#define GOAL_CHURN10      1.5      /* cached at churn 1/10 vs churn-free */
#define GOAL_STRIDE_HIT   0.99
#define GOAL_HOT_FLOOR    3.0      /* hot translate vs the L1 probe */
#define GOAL_PAIR_FLOOR   2.5      /* map + unmap pair vs one DRAM miss */
#define GOAL_BESIDE       0.8      /* reader beside a writer vs alone */
#define GOAL_VS_GTREE     5.0      /* lock-free reader vs GTree behind a mutex */

enum { IAS, GTREE, SORTED, NIMPL };

static const char *const impl_name[NIMPL] = { "ias", "gtree", "sorted" };
static int (*const impl_run[NIMPL])(const struct workload *, struct run_result *) = {
    run_ias, run_gtree, run_sorted,
};

struct options {
    int quick;
    size_t max_size;
    unsigned threads;
};

static void usage(FILE *f)
{
    fputs("usage: iommu-ref-bench [--quick] [--max-size N] [--threads N]\n"
          "  --quick       small sizes and short runs (checks the benchmark works)\n"
          "  --max-size N  largest number of mappings (suffix K or M; default 4M)\n"
          "  --threads N   most reader threads beside the writer (1-8; default 2)\n", f);
}

/* "4M", "256K", "1000": 0 and *out, or -1. */
static int parse_size(const char *s, size_t *out)
{
    char *end;
    unsigned long long v;

    errno = 0;
    v = strtoull(s, &end, 10);
    if (errno || end == s)
        return -1;
    if (*end == 'K' || *end == 'k')
        v <<= 10, end++;
    else if (*end == 'M' || *end == 'm')
        v <<= 20, end++;
    if (*end || v == 0 || v > (1ull << 26))
        return -1;
    *out = (size_t)v;
    return 0;
}

static int parse_args(int argc, char **argv, struct options *o)
{
    int i;

    o->quick = 0;
    o->max_size = 4u << 20;
    o->threads = 2;
    for (i = 1; i < argc; i++) {
        if (!strcmp(argv[i], "--quick")) {
            o->quick = 1;
        } else if (!strcmp(argv[i], "--max-size") && i + 1 < argc) {
            if (parse_size(argv[++i], &o->max_size)) {
                fprintf(stderr, "iommu-ref-bench: --max-size: '%s' is not a size "
                        "between 1 and 64M (e.g. 4M, 256K)\n", argv[i]);
                return -1;
            }
        } else if (!strcmp(argv[i], "--threads") && i + 1 < argc) {
            char *end;
            unsigned long t = strtoul(argv[++i], &end, 10);

            if (*end || t < 1 || t > THREADS_BENCH_MAX) {
                fprintf(stderr, "iommu-ref-bench: --threads: '%s' is not a number from 1 to %d\n",
                        argv[i], THREADS_BENCH_MAX);
                return -1;
            }
            o->threads = (unsigned)t;
        } else if (!strcmp(argv[i], "--help") || !strcmp(argv[i], "-h")) {
            usage(stdout);
            exit(0);
        } else {
            fprintf(stderr, "iommu-ref-bench: unknown argument '%s'\n", argv[i]);
            usage(stderr);
            return -1;
        }
    }
    if (o->quick && o->max_size > 16384)
        o->max_size = 16384;
    return 0;
}

/* What the random lookups must add up to, from the workload alone. */
static uint64_t expected_sum(const struct workload *w)
{
    uint64_t sum = 0;
    size_t i;

    for (i = 0; i < w->nq; i++) {
        uint32_t slot = (uint32_t)(w->query[i] >> WL_PAGE_SHIFT) / WL_SLOT_PAGES;

        sum += wl_phys(slot) + (w->query[i] & ((1u << WL_PAGE_SHIFT) - 1u));
    }
    return sum;
}

/* Room for any size_t in decimal, a suffix and the NUL: gcc -O2
 * -Wformat-truncation checks every caller's buffer against this. */
#define SIZE_TEXT 24

static void print_size(char *buf, size_t len, size_t n)
{
    if (n >= (1u << 20) && n % (1u << 20) == 0)
        snprintf(buf, len, "%zuM", n >> 20);
    else if (n >= 1024 && n % 1024 == 0)
        snprintf(buf, len, "%zuK", n >> 10);
    else
        snprintf(buf, len, "%zu", n);
}

static void print_ns(double v, int valid)
{
    if (valid)
        printf(" %7.1f", v);
    else
        printf(" %7s", "-");
}

static void print_header(void)
{
    printf("\n%8s | %-31s | %-31s | %-20s | %s\n", "",
           "translate random, ns (dependent)", "map + unmap pair, ns",
           "bytes per mapping", "hot translate, ns (dependent)");
    printf("%8s | %7s %7s %7s %7s | %7s %7s %7s %7s | %6s %6s %6s | %5s %5s %5s %6s\n",
           "mappings", "ias", "gtree", "sorted", "/chase", "ias", "gtree", "sorted", "gt/ias",
           "ias", "gtree", "sorted", "+tlb", "ias", "gtree", "sorted");
}

static void print_row(size_t n, const struct run_result *r, double chase_ns)
{
    char size[SIZE_TEXT];
    int k;

    print_size(size, sizeof(size), n);
    printf("%8s |", size);
    for (k = 0; k < NIMPL; k++)
        print_ns(r[k].translate_ns, 1);
    print_ns(r[IAS].translate_ns / chase_ns, chase_ns > 0);
    printf(" |");
    for (k = 0; k < NIMPL; k++)
        print_ns(r[k].churn_ns, r[k].measured_updates);
    print_ns(r[GTREE].churn_ns / r[IAS].churn_ns, r[IAS].churn_ns > 0);
    printf(" |");
    for (k = 0; k < NIMPL; k++)
        printf(" %6.1f", r[k].bytes_per_mapping);
    printf(" | %5.1f", r[IAS].hot_cached_ns);
    for (k = 0; k < NIMPL; k++)
        printf(" %5.1f", r[k].hot_ns);
    printf("\n");
    fflush(stdout);
}

static const char *verdict(int met)
{
    return met ? "met" : "MISSED";
}

static void print_cache(const struct cache_result *c, size_t n)
{
    char size[SIZE_TEXT];
    unsigned k;

    print_size(size, sizeof(size), n);
    printf("\ntranslation cache at %s page mappings, %u hot addresses, dependent lookups;\n"
           "churn: one unrelated mapping unmapped and mapped again every K lookups; only\n"
           "the lookups are timed (clock read around each run of K, a clock pair's own\n"
           "cost read beside it and subtracted)\n", size, BENCH_HOT_SET);
    printf("  %-14s | %12s %12s %10s\n", "churn", "cached, ns", "tree, ns", "hit rate");
    for (k = 0; k < CACHE_BENCH_CHURNS; k++) {
        char label[32];

        if (c->churn_every[k])
            snprintf(label, sizeof(label), "1 per %u", c->churn_every[k]);
        else
            snprintf(label, sizeof(label), "none");
        printf("  %-14s | %12.1f %12.1f %9.1f%%\n", label, c->churn_cached_ns[k],
               c->churn_tree_ns[k], 100.0 * c->churn_hit[k]);
    }
    printf("  L1 probe floor (256-entry direct-mapped table, same addresses): %.1f ns\n",
           c->floor_ns);
    printf("\nstrided hot sets: %u pages at one stride, through a warm cache\n", BENCH_HOT_SET);
    printf("  %-8s | %8s %9s\n", "stride", "ns", "hit rate");
    for (k = 0; k < CACHE_BENCH_STRIDES; k++) {
        unsigned long long b = c->stride_bytes[k];
        char label[32];

        if (!b)
            snprintf(label, sizeof(label), "random");
        else if (b >= (1ull << 30))
            snprintf(label, sizeof(label), "%lluG", b >> 30);
        else if (b >= (1ull << 20))
            snprintf(label, sizeof(label), "%lluM", b >> 20);
        else
            snprintf(label, sizeof(label), "%lluK", b >> 10);
        printf("  %-8s | %8.1f %8.1f%%\n", label, c->stride_ns[k], 100.0 * c->stride_hit[k]);
    }
}

static void print_threads(const struct threads_result *t, size_t n, unsigned ms)
{
    static const char *const kind[TB_KINDS] = { "lock-free", "rwlock", "gtree+mutex" };
    char size[SIZE_TEXT];
    unsigned k, r;

    print_size(size, sizeof(size), n);
    printf("\nreaders beside a writer: %s page mappings, random lookups (tree, no cache) by\n"
           "1..%u reader threads, alone and beside one thread unmapping and mapping\n"
           "other pages as fast as it can; ns per lookup as each reader sees it (%u ms each,\n"
           "the fastest of %u runs interleaved with the other configurations)\n",
           size, t->max_readers, ms, (unsigned)TB_ROUNDS);
    printf("  %-12s %7s | %9s %9s %7s | %s\n", "", "readers", "alone", "beside", "ratio",
           "writer pairs/ms");
    for (k = 0; k < TB_KINDS; k++)
        for (r = 0; r < t->max_readers; r++)
            printf("  %-12s %7u | %9.1f %9.1f %6.2fx | %8.1f\n", kind[k], r + 1, t->alone_ns[k][r],
                   t->beside_ns[k][r], t->alone_ns[k][r] / t->beside_ns[k][r],
                   t->writer_pairs_per_ms[k][r]);
    printf("  %-12s %7u | %9.1f %9.1f %6.2fx | %8.1f   (writer on a space of its own)\n", "unrelated", 1u,
           t->alone_ns[TB_LOCKFREE][0], t->beside_unrelated_ns,
           t->alone_ns[TB_LOCKFREE][0] / t->beside_unrelated_ns, t->unrelated_pairs_per_ms);
    printf("\ntargets beside a writer (same run):\n");
    printf("  one reader, busy writer %6.1f ns = %.2fx the reader alone (%.1f ns)"
           "     goal >= %.1fx     %s\n", t->beside_ns[TB_LOCKFREE][0],
           t->alone_ns[TB_LOCKFREE][0] / t->beside_ns[TB_LOCKFREE][0], t->alone_ns[TB_LOCKFREE][0],
           GOAL_BESIDE, verdict(t->alone_ns[TB_LOCKFREE][0] / t->beside_ns[TB_LOCKFREE][0] >= GOAL_BESIDE));
    printf("  ... of which the machine's: beside an unrelated writer %.2fx; sharing costs %.2fx more\n",
           t->alone_ns[TB_LOCKFREE][0] / t->beside_unrelated_ns,
           t->beside_ns[TB_LOCKFREE][0] / t->beside_unrelated_ns);
    printf("  ... against gtree+mutex %6.1f ns = %.2fx faster"
           "                          goal >= %.0fx       %s\n", t->beside_ns[TB_GTREE][0],
           t->beside_ns[TB_GTREE][0] / t->beside_ns[TB_LOCKFREE][0], GOAL_VS_GTREE,
           verdict(t->beside_ns[TB_GTREE][0] >= GOAL_VS_GTREE * t->beside_ns[TB_LOCKFREE][0]));
}

static void print_cache_targets(const struct cache_result *c)
{
    double worst = 1.0, r10 = c->churn_cached_ns[3] / c->churn_cached_ns[0];
    unsigned k;

    for (k = 0; k < CACHE_BENCH_STRIDES; k++)
        if (c->stride_bytes[k] && c->stride_hit[k] < worst)
            worst = c->stride_hit[k];
    printf("\ntargets of the translation cache (same run):\n");
    printf("  churn 1/10              %6.1f ns = %.2fx churn-free (%.1f ns)"
           "          goal <= %.1fx     %s\n", c->churn_cached_ns[3], r10, c->churn_cached_ns[0],
           GOAL_CHURN10, verdict(r10 <= GOAL_CHURN10));
    printf("  churn 1/1               %6.1f ns, tree alone %.1f ns"
           "                      goal <= tree   %s\n", c->churn_cached_ns[4], c->churn_tree_ns[4],
           verdict(c->churn_cached_ns[4] <= c->churn_tree_ns[4]));
    printf("  strided hot sets        %6.1f%% hits at the worst stride (random pages %.1f%%)"
           "   goal >= %.0f%%     %s\n", 100.0 * worst, 100.0 * c->stride_hit[CACHE_BENCH_STRIDES - 1],
           100.0 * GOAL_STRIDE_HIT, verdict(worst >= GOAL_STRIDE_HIT));
    printf("  hot translate           %6.1f ns = %.2fx the L1 probe (%.1f ns)"
           "           goal <= %.0fx       %s\n", c->churn_cached_ns[0],
           c->churn_cached_ns[0] / c->floor_ns, c->floor_ns, GOAL_HOT_FLOOR,
           verdict(c->churn_cached_ns[0] <= GOAL_HOT_FLOOR * c->floor_ns));
}

static void print_targets(const struct run_result *r, double chase_ns, size_t chase_bytes,
                          size_t chase_huge)
{
    double chase_ratio = r[IAS].translate_ns / chase_ns;
    double update_ratio = r[GTREE].churn_ns / r[IAS].churn_ns;

    printf("\ntargets at 1M mappings (bench/README.md):\n");
    printf("  translate, hot          %6.1f ns/lookup through ias_tlb (tree alone %.1f,\n"
           "                          gtree %.1f, sorted %.1f)"
           "                  goal <= %.0f ns     %s\n", r[IAS].hot_cached_ns, r[IAS].hot_ns,
           r[GTREE].hot_ns, r[SORTED].hot_ns, GOAL_HOT_NS,
           verdict(r[IAS].hot_cached_ns <= GOAL_HOT_NS));
    printf("  translate, random       %6.1f ns = %.2fx the chase floor (%.1f ns)"
           "      goal <= %.0fx       %s\n", r[IAS].translate_ns, chase_ratio, chase_ns,
           GOAL_CHASE_RATIO, verdict(chase_ratio <= GOAL_CHASE_RATIO));
    printf("  map + unmap, page-sized %6.1f ns/pair, gtree %.1f = %.2fx"
           "              goal >= %.0fx       %s\n", r[IAS].churn_ns, r[GTREE].churn_ns,
           update_ratio, GOAL_UPDATE_RATIO, verdict(update_ratio >= GOAL_UPDATE_RATIO));
    printf("  map + unmap vs a miss   %6.1f ns/pair = %.2fx the floor (%.1f ns)"
           "        goal <= %.1fx     %s\n", r[IAS].churn_ns, r[IAS].churn_ns / chase_ns, chase_ns,
           GOAL_PAIR_FLOOR, verdict(r[IAS].churn_ns <= GOAL_PAIR_FLOOR * chase_ns));
    printf("  memory                  %6.1f bytes/mapping (gtree %.1f)"
           "                   goal <= %.0f B      %s\n", r[IAS].bytes_per_mapping,
           r[GTREE].bytes_per_mapping, GOAL_BYTES,
           verdict(r[IAS].bytes_per_mapping <= GOAL_BYTES));
    /* Both ask for transparent huge pages; the ratio above is fair only when
     * both got them (or neither did). */
    printf("  huge pages              chase buffer %zu of %zu MiB, ias %zu MiB after its fill%s\n",
           chase_huge >> 20, chase_bytes >> 20, r[IAS].huge_bytes >> 20,
           (chase_huge >= chase_bytes / 2) == (r[IAS].huge_bytes > 0) ? ""
           : "  (NOT ALIKE: compare the random ratio with care)");
}

int main(int argc, char **argv)
{
    static const size_t sizes[] = { 1u << 10, 4u << 10, 16u << 10, 64u << 10,
                                    256u << 10, 1u << 20, 4u << 20 };
    struct run_result at_target[NIMPL];
    struct options o;
    double chase_ns, row_chase[sizeof(sizes) / sizeof(sizes[0])], target_chase = 0;
    size_t chase_bytes, chase_huge, row_huge, target_huge = 0, nq, si;
    int have_target = 0;

    memset(at_target, 0, sizeof(at_target));
    if (parse_args(argc, argv, &o))
        return EXIT_USAGE;
    chase_bytes = o.quick ? (16u << 20) : (256u << 20);
    nq = o.quick ? 20000 : 1000000;

    printf("iommu-ref-bench: translator address space (ias, a B+tree) against "
           "GLib GTree\n(QEMU-style interval map) and a sorted array, same "
           "workload, same run%s\n", o.quick ? " (--quick: small sizes, short runs)" : "");
    chase_ns = chase_ns_per_hop(chase_bytes, o.quick ? 200000 : 4000000, 0x1234567ull,
                                &chase_huge);
    if (chase_ns < 0) {
        fprintf(stderr, "iommu-ref-bench: cannot allocate the %zu MiB chase buffer\n",
                chase_bytes >> 20);
        return EXIT_NOMEM;
    }
    printf("pointer chase over %zu MiB: %.1f ns per dependent load (the floor; "
           "%zu MiB in huge pages)\n", chase_bytes >> 20, chase_ns, chase_huge >> 20);
    if (!o.quick)
        printf("the floor is measured again right before each row from %zuK; "
               "/chase uses that row's floor\n", (size_t)BENCH_FLOOR_BESIDE_MIN >> 10);
    printf("sorted-array updates are measured up to %uK mappings (each moves O(n) bytes)\n",
           BENCH_SORTED_UPDATE_MAX >> 10);
    print_header();

    for (si = 0; si < sizeof(sizes) / sizeof(sizes[0]) && sizes[si] <= o.max_size; si++) {
        size_t n = sizes[si];
        size_t nchurn = n < 65536 ? 65536 : n > (1u << 20) ? (1u << 20) : n;
        struct run_result r[NIMPL];
        struct workload w;
        uint64_t want;
        int k;

        if (o.quick)
            nchurn = n;
        if (wl_init(&w, n, nq, nchurn, 0xb0a710adull + n)) {
            fprintf(stderr, "iommu-ref-bench: out of memory building %zu mappings\n", n);
            return EXIT_NOMEM;
        }
        want = expected_sum(&w);
        /* The floor moves with the machine (it has varied 1.7x between runs
         * of this VM), so for the rows the random target is judged on it is
         * measured again right before the lookups it is compared with. */
        row_chase[si] = chase_ns;
        row_huge = chase_huge;
        if (!o.quick && n >= BENCH_FLOOR_BESIDE_MIN) {
            size_t huge;
            double c = chase_ns_per_hop(chase_bytes, 4000000, 0x1234567ull + n, &huge);

            if (c > 0) {
                row_chase[si] = c;
                row_huge = huge;
            }
        }
        for (k = 0; k < NIMPL; k++) {
            if (impl_run[k](&w, &r[k]) || r[k].translate_sum != want) {
                fprintf(stderr, "iommu-ref-bench: %s with %zu mappings: %s\n", impl_name[k], n,
                        r[k].error ? r[k].error : "random translations add up wrong");
                wl_destroy(&w);
                return EXIT_WRONG;
            }
        }
        wl_destroy(&w);
        print_row(n, r, row_chase[si]);
        if (n == TARGET_N) {
            target_chase = row_chase[si];
            target_huge = row_huge;
            memcpy(at_target, r, sizeof(r));
            have_target = 1;
        }
    }
    if (!o.quick && si > 0 && sizes[si - 1] >= BENCH_FLOOR_BESIDE_MIN) {
        size_t j;

        printf("\nfloor measured again beside each row from %zuK (ns):",
               (size_t)BENCH_FLOOR_BESIDE_MIN >> 10);
        for (j = 0; j < si; j++) {
            char size[SIZE_TEXT];

            if (sizes[j] < BENCH_FLOOR_BESIDE_MIN)
                continue;
            print_size(size, sizeof(size), sizes[j]);
            printf(" %s %.1f", size, row_chase[j]);
        }
        printf("\n");
    }
    {
        struct cache_result c;
        size_t cn = o.quick ? 16384 : CACHE_N;

        if (cache_bench(cn, o.quick ? 20000 : 1000000, &c)) {
            fprintf(stderr, "iommu-ref-bench: translation cache: %s\n", c.error);
            return EXIT_WRONG;
        }
        print_cache(&c, cn);
        print_cache_targets(&c);
    }
    {
        struct threads_result t;
        unsigned ms = o.quick ? 20 : 500;

        if (threads_bench(o.quick ? 16384 : CACHE_N, o.threads, ms, &t)) {
            fprintf(stderr, "iommu-ref-bench: readers beside a writer: %s\n", t.error);
            return EXIT_WRONG;
        }
        print_threads(&t, o.quick ? 16384 : CACHE_N, ms);
    }
    if (have_target)
        print_targets(at_target, target_chase, chase_bytes, target_huge);
    else
        printf("\n(targets are stated at 1M mappings: run without --quick or --max-size "
               "below 1M to see them)\n");
    return 0;
}
