/* SPDX-License-Identifier: MIT */
/* bench_util.c - clock, heap and huge-page accounting for the benchmark. */
#define _GNU_SOURCE                   /* mallinfo2 */
#include "impl.h"

#include <stdio.h>
#include <string.h>
#include <time.h>
#if defined(__GLIBC__) || defined(__linux__)
#include <malloc.h>
#endif

double now_ns(void)
{
    struct timespec ts;

    clock_gettime(CLOCK_MONOTONIC, &ts);
    return (double)ts.tv_sec * 1e9 + (double)ts.tv_nsec;
}

size_t heap_in_use(void)
{
#if defined(__GLIBC__) && (__GLIBC__ > 2 || (__GLIBC__ == 2 && __GLIBC_MINOR__ >= 33))
    struct mallinfo2 mi = mallinfo2();

    return mi.uordblks + mi.hblkhd;
#else
    return 0;
#endif
}

size_t anon_huge_bytes(void)
{
    /* Transparent huge pages are a hint (madvise); whether the kernel grants
     * them depends on fragmentation, and a random walk over a big buffer
     * costs a page walk more without them.  Reported so that a floor and a
     * tree measured with different page sizes are not compared unawares. */
    FILE *f = fopen("/proc/self/smaps_rollup", "r");
    char line[256];
    unsigned long long kib = 0;

    if (!f)
        return 0;
    while (fgets(line, sizeof(line), f)) {
        if (strncmp(line, "AnonHugePages:", 14) == 0) {
            if (sscanf(line + 14, "%llu", &kib) != 1)
                kib = 0;
            break;
        }
    }
    fclose(f);
    return (size_t)kib * 1024u;
}

size_t anon_huge_growth(size_t since)
{
    size_t now = anon_huge_bytes();

    return now > since ? now - since : 0;   /* other memory may have shrunk */
}
