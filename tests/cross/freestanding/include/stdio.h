/* SPDX-License-Identifier: MIT */
/* The freestanding runtime's <stdio.h> (tests/cross/freestanding/README.md):
 * printf to standard output, nothing else. */
#ifndef IOMMU_ABI_FREESTANDING_STDIO_H
#define IOMMU_ABI_FREESTANDING_STDIO_H

int printf(const char *fmt, ...) __attribute__((__format__(__printf__, 1, 2)));

#endif
