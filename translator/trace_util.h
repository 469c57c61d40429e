/* SPDX-License-Identifier: MIT */
/*
 * trace_util.h - the parsing pieces every command of iommu-ref-replay uses:
 * one number parser, one flag parser, one hex-bytes parser, word splitting,
 * and the one error convention.
 *
 * The error convention: a function that can reject its input takes a
 * struct tu_error *, and on a rejection writes one message into it (what was
 * expected, and what the line had instead) and returns -1.  Only the trace
 * reader knows the file and line; it prefixes "FILE:LINE: error: ".
 */
#ifndef IOMMU_REF_TRACE_UTIL_H
#define IOMMU_REF_TRACE_UTIL_H

#include <stdint.h>
#include <stddef.h>

#ifdef __cplusplus
extern "C" {
#endif

struct tu_error {
    char msg[512];
};

/* printf-style: store the message in @e (truncated to fit).  Returns -1, so
 * that a rejection reads "return tu_fail(e, ...);". */
int tu_fail(struct tu_error *e, const char *fmt, ...)
#if defined(__GNUC__)
    __attribute__((format(printf, 2, 3)))
#endif
    ;

/* Parse a whole string as an unsigned number no larger than @max: decimal
 * digits, or "0x" / "0X" followed by hex digits (leading zeros allowed).  An
 * empty string, a sign, spaces, trailing garbage, a bare "0x" or a value
 * above @max is rejected.  Returns 0 and sets *v, or -1 (*v untouched). */
int tu_parse_uint(const char *s, uint64_t max, uint64_t *v);

/* tu_parse_uint with @max = 2^64-1, 2^32-1, 2^16-1. */
int tu_parse_u64(const char *s, uint64_t *v);
int tu_parse_u32(const char *s, uint32_t *v);
int tu_parse_u16(const char *s, uint16_t *v);

/* One flag name and the bits it stands for. */
struct tu_flag {
    const char *name;
    uint64_t bits;
};

enum {
    TU_FLAGS_LETTERS = 1u,  /* names are single letters written together
                               ("rw"), each at most once; otherwise names
                               are separated by commas ("a,b") */
    TU_FLAGS_NUMBER = 2u,   /* a string starting with a digit is a number */
    TU_FLAGS_NONE = 4u      /* "" and "none" stand for 0 */
};

/* Parse a set of flags: names from @names (@n of them) combined, or as @mode
 * allows a number (at most @max) or nothing.  Returns 0 and sets *v, or -1
 * (*v untouched) for an unknown name, a repeated letter, an empty item
 * ("a,,b", "a,"), an empty string or "none" without TU_FLAGS_NONE, or a bad
 * or too large number; then *bad (if @bad is not NULL) points at the
 * rejected item in @s, which runs to the next ',' or the end. */
int tu_parse_flags(const char *s, const struct tu_flag *names, size_t n, unsigned mode, uint64_t max,
                   uint64_t *v, const char **bad);

/* The value of one hex digit, or -1. */
int tu_hex_digit(char c);

/* Decode @s, pairs of hex digits without a prefix, into @out (room for
 * @cap bytes) from position *len on, advancing *len.  Returns 0, or
 * TU_HEX_ODD (an odd number of digits), TU_HEX_DIGIT (a non-hex character,
 * at s[*bad]) or TU_HEX_LONG (more than @cap bytes in all); then *len is
 * unchanged.  Each caller words its own message. */
enum { TU_HEX_ODD = -1, TU_HEX_DIGIT = -2, TU_HEX_LONG = -3 };
int tu_parse_hex_bytes(const char *s, uint8_t *out, size_t cap, size_t *len, size_t *bad);

/* A growing text buffer: the result line of one command is printed into it
 * (without the newline) and then written out or compared with the trace's
 * expectation.  Running out of memory is remembered in @oom, not returned,
 * so that printing code stays straight-line. */
struct tu_buf {
    char *text;             /* NUL-terminated once anything was printed */
    size_t len, cap;
    int oom;
};

void tu_printf(struct tu_buf *b, const char *fmt, ...)
#if defined(__GNUC__)
    __attribute__((format(printf, 2, 3)))
#endif
    ;
void tu_buf_clear(struct tu_buf *b);
void tu_buf_free(struct tu_buf *b);

/* Split @line in place into whitespace-separated words, stopping at a '#'
 * (the rest of the line is a comment) or the end of the string.  Stores at
 * most @max pointers in @argv.  Returns the number of words, or -1 if there
 * are more than @max. */
int tu_split(char *line, char **argv, int max);

/* The expectation a trace line carries: the text after its first "#= ",
 * without trailing spaces, tabs, CR or LF; NULL if the line has none.  The
 * result points into @line, whose trailing whitespace is cut off in place.
 * Call before tu_split, which ends the line at the first '#'. */
char *tu_annotation(char *line);

#ifdef __cplusplus
}
#endif

#endif /* IOMMU_REF_TRACE_UTIL_H */
