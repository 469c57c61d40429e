/* SPDX-License-Identifier: MIT */
/*
 * json.h - a small JSON reader for the vector tests: enough for the
 * conformance vectors and the layout tables (objects, arrays, strings
 * without \u escapes beyond ASCII, integers, true/false/null).  Written
 * here so that the tests depend on no JSON package and on none of the
 * translator's trace code.
 */
#ifndef IOMMU_REF_TEST_JSON_H
#define IOMMU_REF_TEST_JSON_H

#include <stddef.h>
#include <stdint.h>

enum json_type { JSON_NULL, JSON_BOOL, JSON_INT, JSON_STRING, JSON_ARRAY, JSON_OBJECT };

struct json {
    enum json_type type;
    int64_t i;                  /* JSON_INT, JSON_BOOL (0/1) */
    char *s;                    /* JSON_STRING */
    size_t n;                   /* JSON_ARRAY, JSON_OBJECT: number of items */
    struct json *items;         /* their values */
    char **keys;                /* JSON_OBJECT: their keys */
};

/* Parse one JSON value filling all of @text (whitespace around it allowed).
 * NULL with a message in @err (at least 128 bytes) on a syntax error. */
struct json *json_parse(const char *text, char *err);
void json_free(struct json *j);

/* The member @key of an object, or NULL. */
const struct json *json_get(const struct json *obj, const char *key);
/* A member that is a string, or NULL. */
const char *json_str(const struct json *obj, const char *key);
/* A member that is an integer, or a "0x..." string: 0 and *v, else -1. */
int json_u64(const struct json *obj, const char *key, uint64_t *v);

/* Decode a string of hex digit pairs into a new buffer (*len bytes); NULL
 * on a malformed string or out of memory.  free() the result. */
uint8_t *json_hex_bytes(const char *s, size_t *len);

/* Read a whole file into a NUL-terminated buffer; NULL on failure. */
char *json_read_file(const char *path, size_t *len);

#endif /* IOMMU_REF_TEST_JSON_H */
