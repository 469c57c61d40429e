/* SPDX-License-Identifier: MIT */
/*
 * json.c - the vector tests' JSON reader (json.h): recursive descent.
 */
#include "json.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>

struct parser {
    const char *p;
    char *err;
    int depth;
};

static int fail(struct parser *ps, const char *what)
{
    snprintf(ps->err, 128, "%s at '%.20s'", what, ps->p);
    return -1;
}

static void skip_ws(struct parser *ps)
{
    while (*ps->p == ' ' || *ps->p == '\t' || *ps->p == '\n' || *ps->p == '\r')
        ps->p++;
}

static int parse_value(struct parser *ps, struct json *out);

static int parse_string(struct parser *ps, char **out)
{
    const char *start = ++ps->p;        /* after the quote */
    size_t n = 0;
    char *s, *d;

    while (*ps->p && *ps->p != '"') {
        if (*ps->p == '\\' && ps->p[1])
            ps->p++;
        ps->p++;
        n++;
    }
    if (*ps->p != '"')
        return fail(ps, "unterminated string");
    s = d = (char *)malloc(n + 1);
    if (!s)
        return fail(ps, "out of memory");
    for (; start < ps->p; start++) {
        if (*start == '\\') {
            start++;
            switch (*start) {
            case 'n': *d++ = '\n'; break;
            case 't': *d++ = '\t'; break;
            case 'u': {            /* \u00XX only: the vectors escape nothing else */
                unsigned v = 0;
                int k;
                for (k = 1; k <= 4 && start[k]; k++)
                    v = v * 16 + (unsigned)(start[k] <= '9' ? start[k] - '0' : (start[k] | 0x20) - 'a' + 10);
                *d++ = (char)v;
                start += 4;
                break;
            }
            default: *d++ = *start; break;
            }
        } else {
            *d++ = *start;
        }
    }
    *d = '\0';
    ps->p++;
    *out = s;
    return 0;
}

static int parse_container(struct parser *ps, struct json *out, int is_obj)
{
    char close = is_obj ? '}' : ']';
    size_t cap = 0;

    out->type = is_obj ? JSON_OBJECT : JSON_ARRAY;
    ps->p++;
    skip_ws(ps);
    if (*ps->p == close) {
        ps->p++;
        return 0;
    }
    for (;;) {
        char *key = NULL;

        skip_ws(ps);
        if (is_obj) {
            if (*ps->p != '"' || parse_string(ps, &key))
                return fail(ps, "expected a key");
            skip_ws(ps);
            if (*ps->p != ':') {
                free(key);
                return fail(ps, "expected ':'");
            }
            ps->p++;
        }
        if (out->n == cap) {
            size_t c = cap ? 2 * cap : 8;
            struct json *ni = (struct json *)realloc(out->items, c * sizeof(*ni));
            char **nk = is_obj ? (char **)realloc(out->keys, c * sizeof(*nk)) : NULL;
            if (!ni || (is_obj && !nk)) {
                free(key);
                if (ni)
                    out->items = ni;
                if (nk)
                    out->keys = nk;
                return fail(ps, "out of memory");
            }
            out->items = ni;
            if (is_obj)
                out->keys = nk;
            cap = c;
        }
        memset(&out->items[out->n], 0, sizeof(out->items[0]));
        if (is_obj)
            out->keys[out->n] = key;
        out->n++;
        if (parse_value(ps, &out->items[out->n - 1]))
            return -1;
        skip_ws(ps);
        if (*ps->p == ',') {
            ps->p++;
            continue;
        }
        if (*ps->p == close) {
            ps->p++;
            return 0;
        }
        return fail(ps, "expected ',' or a closing bracket");
    }
}

static int parse_value(struct parser *ps, struct json *out)
{
    int rc;

    skip_ws(ps);
    if (++ps->depth > 64)
        return fail(ps, "nested too deeply");
    if (*ps->p == '{' || *ps->p == '[') {
        rc = parse_container(ps, out, *ps->p == '{');
    } else if (*ps->p == '"') {
        out->type = JSON_STRING;
        rc = parse_string(ps, &out->s);
    } else if (!strncmp(ps->p, "true", 4) || !strncmp(ps->p, "false", 5)) {
        out->type = JSON_BOOL;
        out->i = *ps->p == 't';
        ps->p += out->i ? 4 : 5;
        rc = 0;
    } else if (!strncmp(ps->p, "null", 4)) {
        out->type = JSON_NULL;
        ps->p += 4;
        rc = 0;
    } else if (*ps->p == '-' || (*ps->p >= '0' && *ps->p <= '9')) {
        char *end;
        out->type = JSON_INT;
        out->i = strtoll(ps->p, &end, 10);
        if (*end == '.' || *end == 'e' || *end == 'E')
            return fail(ps, "expected an integer");
        ps->p = end;
        rc = 0;
    } else {
        rc = fail(ps, "expected a value");
    }
    ps->depth--;
    return rc;
}

static void free_value(struct json *j)
{
    size_t i;

    for (i = 0; i < j->n; i++) {
        free_value(&j->items[i]);
        if (j->keys)
            free(j->keys[i]);
    }
    free(j->items);
    free(j->keys);
    free(j->s);
}

struct json *json_parse(const char *text, char *err)
{
    struct parser ps = { text, err, 0 };
    struct json *j = (struct json *)calloc(1, sizeof(*j));

    if (!j) {
        snprintf(err, 128, "out of memory");
        return NULL;
    }
    if (parse_value(&ps, j) == 0) {
        skip_ws(&ps);
        if (!*ps.p)
            return j;
        fail(&ps, "trailing text");
    }
    json_free(j);
    return NULL;
}

void json_free(struct json *j)
{
    if (!j)
        return;
    free_value(j);
    free(j);
}

const struct json *json_get(const struct json *obj, const char *key)
{
    size_t i;

    if (!obj || obj->type != JSON_OBJECT)
        return NULL;
    for (i = 0; i < obj->n; i++)
        if (!strcmp(obj->keys[i], key))
            return &obj->items[i];
    return NULL;
}

const char *json_str(const struct json *obj, const char *key)
{
    const struct json *v = json_get(obj, key);

    return v && v->type == JSON_STRING ? v->s : NULL;
}

int json_u64(const struct json *obj, const char *key, uint64_t *v)
{
    const struct json *j = json_get(obj, key);
    char *end;

    if (!j)
        return -1;
    if (j->type == JSON_INT || j->type == JSON_BOOL) {
        *v = (uint64_t)j->i;
        return 0;
    }
    if (j->type != JSON_STRING || strncmp(j->s, "0x", 2) || !j->s[2])
        return -1;
    *v = strtoull(j->s + 2, &end, 16);
    return *end ? -1 : 0;
}

static int hexval(char c)
{
    if (c >= '0' && c <= '9')
        return c - '0';
    if (c >= 'a' && c <= 'f')
        return c - 'a' + 10;
    return -1;
}

uint8_t *json_hex_bytes(const char *s, size_t *len)
{
    size_t n = strlen(s), i;
    uint8_t *b;

    if (n % 2)
        return NULL;
    b = (uint8_t *)malloc(n / 2 + 1);
    if (!b)
        return NULL;
    for (i = 0; i < n / 2; i++) {
        int hi = hexval(s[2 * i]), lo = hexval(s[2 * i + 1]);
        if (hi < 0 || lo < 0) {
            free(b);
            return NULL;
        }
        b[i] = (uint8_t)(hi << 4 | lo);
    }
    *len = n / 2;
    return b;
}

char *json_read_file(const char *path, size_t *len)
{
    FILE *f = fopen(path, "rb");
    char *buf = NULL;
    size_t cap = 0, n = 0, got;

    if (!f)
        return NULL;
    do {
        if (cap - n < 4096) {
            char *nb = (char *)realloc(buf, cap ? 2 * cap : 65536);
            if (!nb) {
                free(buf);
                fclose(f);
                return NULL;
            }
            buf = nb;
            cap = cap ? 2 * cap : 65536;
        }
        got = fread(buf + n, 1, cap - n - 1, f);
        n += got;
    } while (got);
    if (ferror(f)) {
        free(buf);
        fclose(f);
        return NULL;
    }
    fclose(f);
    buf[n] = '\0';
    if (len)
        *len = n;
    return buf;
}
