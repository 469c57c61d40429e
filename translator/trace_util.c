/* SPDX-License-Identifier: MIT */
/*
 * trace_util.c - number parsing and word splitting for trace files.
 * No locale-dependent functions: the trace format is byte-exact ASCII.
 */
#include "trace_util.h"

static int hex_digit(char c)
{
    if (c >= '0' && c <= '9')
        return c - '0';
    if (c >= 'a' && c <= 'f')
        return c - 'a' + 10;
    if (c >= 'A' && c <= 'F')
        return c - 'A' + 10;
    return -1;
}

int tu_parse_u64(const char *s, uint64_t *v)
{
    uint64_t acc = 0;

    if (!s || !*s)
        return -1;
    if (s[0] == '0' && (s[1] == 'x' || s[1] == 'X')) {
        s += 2;
        if (!*s)
            return -1;
        for (; *s; s++) {
            int d = hex_digit(*s);
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
    *v = acc;
    return 0;
}

int tu_parse_u32(const char *s, uint32_t *v)
{
    uint64_t x;

    if (tu_parse_u64(s, &x) || x > UINT32_MAX)
        return -1;
    *v = (uint32_t)x;
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
