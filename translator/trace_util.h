/* SPDX-License-Identifier: MIT */
/*
 * trace_util.h - small parsing helpers shared by the trace readers of
 * iommu-ref-replay (virtio and Xen halves).
 */
#ifndef IOMMU_REF_TRACE_UTIL_H
#define IOMMU_REF_TRACE_UTIL_H

#include <stdint.h>
#include <stddef.h>

#ifdef __cplusplus
extern "C" {
#endif

/* Parse a whole string as an unsigned 64-bit number: decimal digits, or "0x"
 * / "0X" followed by hex digits.  The full range 0 .. 2^64-1 is accepted;
 * an empty string, a sign, spaces, trailing garbage, a bare "0x" or a value
 * above 2^64-1 is rejected.  Returns 0 and sets *v, or -1 (*v untouched). */
int tu_parse_u64(const char *s, uint64_t *v);

/* Same, with the value limited to 0 .. 2^32-1. */
int tu_parse_u32(const char *s, uint32_t *v);

/* Split @line in place into whitespace-separated words, stopping at a '#'
 * (the rest of the line is a comment) or the end of the string.  Stores at
 * most @max pointers in @argv.  Returns the number of words, or -1 if there
 * are more than @max. */
int tu_split(char *line, char **argv, int max);

#ifdef __cplusplus
}
#endif

#endif /* IOMMU_REF_TRACE_UTIL_H */
