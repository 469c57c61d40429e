/* SPDX-License-Identifier: MIT */
/* The runtime layout program's checks: see layout_check.h. */
#include "layout_check.h"

#include <stdint.h>
#include <stdio.h>
#include <string.h>

int layout_eq(struct layout_counts *n, const char *what, size_t actual, size_t expected)
{
    n->checks++;
    if (actual == expected)
        return 0;
    n->failures++;
    printf("MISMATCH %s: %lu, layout table says %lu\n", what, (unsigned long)actual, (unsigned long)expected);
    return 1;
}

int layout_probe(struct layout_counts *n, const char *field, const unsigned char *obj, size_t objsize,
                 size_t off, size_t size, int big_endian)
{
    size_t i;
    int bad = 0;

    n->probes++;
    for (i = 0; i < objsize; i++) {
        unsigned want = 0;

        if (i >= off && i < off + size) {
            size_t significance = big_endian ? size - 1 - (i - off) : i - off;
            want = 0x81u + (unsigned)significance;
        }
        if (obj[i] != want) {
            printf("MISMATCH %s: byte %lu of the struct is 0x%02x, expected 0x%02x "
                   "(field at %lu, %lu bytes, %s-endian)\n", field, (unsigned long)i, obj[i], want,
                   (unsigned long)off, (unsigned long)size, big_endian ? "big" : "little");
            bad = 1;
        }
    }
    n->failures += (unsigned long)bad;
    return bad;
}

int layout_main(const struct layout_target *t, int argc, char **argv,
                int (*const units[])(struct layout_counts *), const char *const names[], size_t nunits)
{
    struct layout_counts n = { 0, 0, 0 };
    const uint32_t word = 0x01020304u;
    unsigned char first;
    int big, bits;
    size_t i;

    if (argc != 2) {
        printf("usage: %s ABI\n", argv[0]);
        return 2;
    }
    if (strcmp(argv[1], t->name) != 0) {
        printf("FAIL: run as %s but compiled for %s\n", argv[1], t->name);
        return 1;
    }
    memcpy(&first, &word, 1);
    big = first == 0x01;
    bits = (int)(sizeof(void *) * 8);
    if (big != t->big_endian || bits != t->bits) {
        printf("FAIL: %s is %d-bit %s-endian here, gen/iommuabi/abis.py says %d-bit %s-endian\n", t->name,
               bits, big ? "big" : "little", t->bits, t->big_endian ? "big" : "little");
        return 1;
    }
    for (i = 0; i < nunits; i++) {
        unsigned long before = n.failures;

        units[i](&n);
        if (n.failures != before)
            printf("%s: %lu mismatch(es)\n", names[i], n.failures - before);
    }
    printf("layout on %s (%d-bit, %s-endian): %lu header(s), %lu size/alignment/offset checks, "
           "%lu field byte probes, %lu mismatch(es)\n", t->name, bits, big ? "big" : "little",
           (unsigned long)nunits, n.checks, n.probes, n.failures);
    if (n.failures || n.checks == 0 || n.probes == 0)
        return 1;
    return 0;
}
