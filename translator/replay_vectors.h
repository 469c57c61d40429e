/* SPDX-License-Identifier: MIT */
/*
 * replay_vectors.h - writing conformance vectors (translator/VECTORS.md):
 * one JSON object per trace command, built field by field while the
 * command runs.
 *
 * The trace reader keeps one record buffer; a command that has something to
 * record appends ',"key":value' members to it through these functions, which
 * do nothing when the buffer is NULL (vectors not requested).  The reader
 * then wraps the members into '{"line":N,...,"expect":"RESULT"}'.
 */
#ifndef IOMMU_REF_REPLAY_VECTORS_H
#define IOMMU_REF_REPLAY_VECTORS_H

#include <stddef.h>
#include <stdint.h>
#include <stdio.h>

#include "trace_util.h"

#ifdef __cplusplus
extern "C" {
#endif

/* The version written in every vector file's header line. */
#define REPLAY_VECTORS_FORMAT "iommu-abi-conformance-vectors"
#define REPLAY_VECTORS_VERSION 1

/* ,"key":"text" (escaped as JSON requires). */
void vec_str(struct tu_buf *v, const char *key, const char *text);
/* ,"key":N for a number that fits JSON's exact integers (< 2^53). */
void vec_num(struct tu_buf *v, const char *key, uint64_t n);
/* ,"key":N for a signed number (a hypercall's return value). */
void vec_int(struct tu_buf *v, const char *key, long n);
/* ,"key":"0x..." for a 64-bit value. */
void vec_hex64(struct tu_buf *v, const char *key, uint64_t n);
/* ,"key":true|false */
void vec_bool(struct tu_buf *v, const char *key, int b);
/* ,"key":"0a1b..." (two lowercase hex digits per byte). */
void vec_bytes(struct tu_buf *v, const char *key, const uint8_t *p, size_t n);
/* ,"key":{ ... } and ,"key":[ ... ] (key NULL: an element of an array).
 * A member is preceded by a comma unless it is the first inside a bracket. */
void vec_open(struct tu_buf *v, const char *key, char bracket);
void vec_close(struct tu_buf *v, char bracket);
/* One member of an object of structure fields: ,"name":"0x..." */
#define vec_field(v, name, value) vec_hex64((v), (name), (uint64_t)(value))

/* The whole record line: {"line":N<members>,"expect":"RESULT"} and a
 * newline, written to @out; @expect may be NULL (no "expect" member). */
void vec_write_record(FILE *out, unsigned long line, const struct tu_buf *members, const char *expect);

#ifdef __cplusplus
}
#endif

#endif /* IOMMU_REF_REPLAY_VECTORS_H */
