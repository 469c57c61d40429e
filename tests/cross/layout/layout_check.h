/* SPDX-License-Identifier: MIT */
/*
 * The runtime layout program's checks (tests/cross): the generated
 * layout-<spec>.<flavor>.c units compare what the compiler of the target did
 * with the layout table's numbers through these, and layout-main.c runs them.
 */
#ifndef IOMMU_ABI_CROSS_LAYOUT_CHECK_H
#define IOMMU_ABI_CROSS_LAYOUT_CHECK_H

#include <stddef.h>

struct layout_counts {
    unsigned long checks;   /* sizes, alignments, offsets compared */
    unsigned long probes;   /* fields whose bytes were located by a store */
    unsigned long failures;
};

/* What the program was generated to expect of the target it was compiled
 * for (gen/iommuabi/abis.py). */
struct layout_target {
    const char *name;
    int bits;               /* pointer width */
    int big_endian;
};

/* 0 if @actual == @expected, else 1 (and the mismatch is printed). */
int layout_eq(struct layout_counts *n, const char *what, size_t actual, size_t expected);
#define LC_EQ(n, what, actual, expected) layout_eq((n), (what), (actual), (size_t)(expected))

/* @obj (@objsize bytes, zeroed, then the field stored with the value whose
 * little-endian byte i is 0x81 + i) must hold that value in bytes
 * [@off, @off + @size), most significant byte first if @big_endian, and zero
 * everywhere else.  0 if so, else 1. */
int layout_probe(struct layout_counts *n, const char *field, const unsigned char *obj, size_t objsize,
                 size_t off, size_t size, int big_endian);

/* main(): argv[1] names the ABI the program is run as; it must be the one
 * it was compiled for, with that ABI's pointer width and byte order, and
 * every unit must pass.  Returns the exit status. */
int layout_main(const struct layout_target *t, int argc, char **argv,
                int (*const units[])(struct layout_counts *), const char *const names[], size_t nunits);

#endif
