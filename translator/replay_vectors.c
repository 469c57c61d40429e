/* SPDX-License-Identifier: MIT */
/*
 * replay_vectors.c - JSON members of conformance vector records
 * (replay_vectors.h).
 */
#include "replay_vectors.h"

#include <inttypes.h>

/* The comma before a member, unless it opens its object or array. */
static void sep(struct tu_buf *v)
{
    char last = v->len ? v->text[v->len - 1] : '\0';

    if (last != '{' && last != '[')
        tu_printf(v, ",");
}

static void key(struct tu_buf *v, const char *k)
{
    sep(v);
    if (k)
        tu_printf(v, "\"%s\":", k);
}

static void json_string(struct tu_buf *v, const char *s)
{
    tu_printf(v, "\"");
    for (; *s; s++) {
        unsigned char c = (unsigned char)*s;
        if (c == '"' || c == '\\')
            tu_printf(v, "\\%c", c);
        else if (c < 0x20 || c >= 0x7f)
            tu_printf(v, "\\u%04x", c);
        else
            tu_printf(v, "%c", c);
    }
    tu_printf(v, "\"");
}

void vec_str(struct tu_buf *v, const char *k, const char *text)
{
    if (!v)
        return;
    key(v, k);
    json_string(v, text);
}

void vec_num(struct tu_buf *v, const char *k, uint64_t n)
{
    if (!v)
        return;
    key(v, k);
    tu_printf(v, "%" PRIu64, n);
}

void vec_int(struct tu_buf *v, const char *k, long n)
{
    if (!v)
        return;
    key(v, k);
    tu_printf(v, "%ld", n);
}

void vec_hex64(struct tu_buf *v, const char *k, uint64_t n)
{
    if (!v)
        return;
    key(v, k);
    tu_printf(v, "\"0x%" PRIx64 "\"", n);
}

void vec_bool(struct tu_buf *v, const char *k, int b)
{
    if (!v)
        return;
    key(v, k);
    tu_printf(v, b ? "true" : "false");
}

void vec_bytes(struct tu_buf *v, const char *k, const uint8_t *p, size_t n)
{
    size_t i;

    if (!v)
        return;
    key(v, k);
    tu_printf(v, "\"");
    for (i = 0; i < n; i++)
        tu_printf(v, "%02x", p[i]);
    tu_printf(v, "\"");
}

void vec_open(struct tu_buf *v, const char *k, char bracket)
{
    if (!v)
        return;
    key(v, k);
    tu_printf(v, "%c", bracket);
}

void vec_close(struct tu_buf *v, char bracket)
{
    if (!v)
        return;
    tu_printf(v, "%c", bracket);
}

void vec_write_record(FILE *out, unsigned long line, const struct tu_buf *members, const char *expect)
{
    struct tu_buf tail = { 0 };

    if (expect)
        vec_str(&tail, "expect", expect);
    fprintf(out, "{\"line\":%lu%s%s}\n", line, members->text ? members->text : "", tail.text ? tail.text : "");
    tu_buf_free(&tail);
}
