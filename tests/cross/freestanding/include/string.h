/* SPDX-License-Identifier: MIT */
/* The freestanding runtime's <string.h> (tests/cross/freestanding/README.md). */
#ifndef IOMMU_ABI_FREESTANDING_STRING_H
#define IOMMU_ABI_FREESTANDING_STRING_H

#include <stddef.h>

void *memcpy(void *dst, const void *src, size_t n);
void *memset(void *dst, int c, size_t n);
int memcmp(const void *a, const void *b, size_t n);
int strcmp(const char *a, const char *b);
size_t strlen(const char *s);

#endif
