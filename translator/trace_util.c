/* SPDX-License-Identifier: MIT */
/*
 * trace_util.c - numbers, flags, hex bytes, words and errors for trace
 * files.  No locale-dependent functions: the trace format is byte-exact
 * ASCII.
 */
#include "trace_util.h"

#include <stdarg.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

int tu_fail(struct tu_error *e, const char *fmt, ...)
{
    va_list ap;

    va_start(ap, fmt);
    vsnprintf(e->msg, sizeof(e->msg), fmt, ap);
    va_end(ap);
    return -1;
}

void tu_printf(struct tu_buf *b, const char *fmt, ...)
{
    va_list ap;
    int n;

    if (b->oom)
        return;
    va_start(ap, fmt);
    n = vsnprintf(b->text ? b->text + b->len : NULL, b->text ? b->cap - b->len : 0, fmt, ap);
    va_end(ap);
    if (n < 0) {
        b->oom = 1;
        return;
    }
    if (!b->text || (size_t)n >= b->cap - b->len) {
        size_t cap = b->cap ? b->cap : 64;
        char *t;
        while (cap - b->len <= (size_t)n)
            cap *= 2;
        t = (char *)realloc(b->text, cap);
        if (!t) {
            b->oom = 1;
            return;
        }
        if (!b->text)
            t[0] = '\0';
        b->text = t;
        b->cap = cap;
        va_start(ap, fmt);
        vsnprintf(b->text + b->len, b->cap - b->len, fmt, ap);
        va_end(ap);
    }
    b->len += (size_t)n;
}

void tu_buf_clear(struct tu_buf *b)
{
    b->len = 0;
    b->oom = 0;
    if (b->text)
        b->text[0] = '\0';
}

void tu_buf_free(struct tu_buf *b)
{
    free(b->text);
    b->text = NULL;
    b->len = b->cap = 0;
    b->oom = 0;
}

int tu_hex_digit(char c)
{
    if (c >= '0' && c <= '9')
        return c - '0';
    if (c >= 'a' && c <= 'f')
        return c - 'a' + 10;
    if (c >= 'A' && c <= 'F')
        return c - 'A' + 10;
    return -1;
}

int tu_parse_uint(const char *s, uint64_t max, uint64_t *v)
{
    uint64_t acc = 0;

    if (!s || !*s)
        return -1;
    if (s[0] == '0' && (s[1] == 'x' || s[1] == 'X')) {
        s += 2;
        if (!*s)
            return -1;
        for (; *s; s++) {
            int d = tu_hex_digit(*s);
            if (d < 0 || acc > (UINT64_MAX >> 4))
                return -1;
            acc = (acc << 4) | (uint64_t)d;
        }
    } else {
        for (; *s; s++) {
            uint64_t d;
            if (*s < '0' || *s > '9')
                return -1;
            d = (uint64_t)(*s - '0');
            if (acc > (UINT64_MAX - d) / 10)
                return -1;
            acc = acc * 10 + d;
        }
    }
    if (acc > max)
        return -1;
    *v = acc;
    return 0;
}

int tu_parse_u64(const char *s, uint64_t *v)
{
    return tu_parse_uint(s, UINT64_MAX, v);
}

int tu_parse_u32(const char *s, uint32_t *v)
{
    uint64_t x;

    if (tu_parse_uint(s, UINT32_MAX, &x))
        return -1;
    *v = (uint32_t)x;
    return 0;
}

int tu_parse_u16(const char *s, uint16_t *v)
{
    uint64_t x;

    if (tu_parse_uint(s, UINT16_MAX, &x))
        return -1;
    *v = (uint16_t)x;
    return 0;
}

/* The entry of @names spelled by the @len bytes at @s, or NULL. */
static const struct tu_flag *find_flag(const char *s, size_t len, const struct tu_flag *names, size_t n)
{
    size_t i;

    for (i = 0; i < n; i++)
        if (strlen(names[i].name) == len && !strncmp(names[i].name, s, len))
            return &names[i];
    return NULL;
}

int tu_parse_flags(const char *s, const struct tu_flag *names, size_t n, unsigned mode, uint64_t max,
                   uint64_t *v, const char **bad)
{
    uint64_t acc = 0;
    const char *dummy;

    if (!bad)
        bad = &dummy;
    *bad = s;
    if (!s)
        return -1;
    if (!*s || !strcmp(s, "none")) {
        if (!(mode & TU_FLAGS_NONE))
            return -1;
        *v = 0;
        return 0;
    }
    if ((mode & TU_FLAGS_NUMBER) && *s >= '0' && *s <= '9')
        return tu_parse_uint(s, max, v);
    if (mode & TU_FLAGS_LETTERS) {
        for (; *s; s++) {
            const struct tu_flag *f = find_flag(s, 1, names, n);
            if (!f || (acc & f->bits))
                return -1;
            acc |= f->bits;
        }
    } else {
        for (;;) {
            size_t len = strcspn(s, ",");
            const struct tu_flag *f = find_flag(s, len, names, n);
            if (!f) {
                *bad = s;           /* also an empty item: no name is "" */
                return -1;
            }
            acc |= f->bits;
            if (!s[len])
                break;
            s += len + 1;
        }
    }
    *v = acc;
    return 0;
}

int tu_parse_hex_bytes(const char *s, uint8_t *out, size_t cap, size_t *len, size_t *bad)
{
    size_t digits = strlen(s), i;

    if (digits % 2)
        return TU_HEX_ODD;
    for (i = 0; i < digits; i++)
        if (tu_hex_digit(s[i]) < 0) {
            *bad = i;
            return TU_HEX_DIGIT;
        }
    if (digits / 2 > cap - *len)
        return TU_HEX_LONG;
    for (i = 0; i < digits; i += 2)
        out[(*len)++] = (uint8_t)(tu_hex_digit(s[i]) << 4 | tu_hex_digit(s[i + 1]));
    return 0;
}

static int is_space(char c)
{
    return c == ' ' || c == '\t' || c == '\r' || c == '\n' || c == '\v' || c == '\f';
}

int tu_split(char *line, char **argv, int max)
{
    int argc = 0;
    char *p = line;

    for (;;) {
        while (*p && is_space(*p))
            p++;
        if (!*p || *p == '#')
            break;
        if (argc == max)
            return -1;
        argv[argc++] = p;
        while (*p && !is_space(*p) && *p != '#')
            p++;
        if (*p == '#') {
            *p = '\0';
            break;
        }
        if (*p)
            *p++ = '\0';
    }
    return argc;
}

char *tu_annotation(char *line)
{
    char *a = strstr(line, "#= "), *end;

    if (!a)
        return NULL;
    a += 3;
    end = a + strlen(a);
    while (end > a && is_space(end[-1]))
        *--end = '\0';
    return *a ? a : NULL;
}
