/* SPDX-License-Identifier: MIT */
/*
 * Unit test of replay_stream(), the trace reader's library entry point (the
 * trace-reader fuzzer calls it the same way, through fmemopen): output and
 * return codes, error messages naming the line, odd input (no final newline,
 * NUL bytes, very long lines, many words), tu_parse_u64 and tu_split.
 */
#define _POSIX_C_SOURCE 200809L

#include "replay_core.h"
#include "trace_util.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>

static int failures;

#define CHECK(cond)                                                              \
    do {                                                                         \
        if (!(cond)) {                                                           \
            fprintf(stderr, "%s:%d: check failed: %s\n", __FILE__, __LINE__, #cond); \
            failures++;                                                          \
        }                                                                        \
    } while (0)

static char outbuf[1 << 16], errbuf[1 << 12];

/* Replay @len bytes of @text; the output and error text land in outbuf/errbuf. */
static int run(const char *text, size_t len)
{
    FILE *in = fmemopen((void *)(size_t)text, len, "r");
    FILE *out = fmemopen(outbuf, sizeof(outbuf), "w");
    FILE *err = fmemopen(errbuf, sizeof(errbuf), "w");
    int rc;

    if (!in || !out || !err) {
        fprintf(stderr, "fmemopen failed\n");
        exit(2);
    }
    memset(outbuf, 0, sizeof(outbuf));
    memset(errbuf, 0, sizeof(errbuf));
    rc = replay_stream(in, "t.trace", out, err);
    fclose(in);
    fclose(out);
    fclose(err);
    return rc;
}

static int runs(const char *text)
{
    return run(text, strlen(text));
}

static void test_parse(void)
{
    uint64_t v = 7;
    uint32_t w = 7;
    char line[] = "  map 1\t0x10#c d\r\n";
    char *argv[8];

    CHECK(tu_parse_u64("0", &v) == 0 && v == 0);
    CHECK(tu_parse_u64("18446744073709551615", &v) == 0 && v == UINT64_MAX);
    CHECK(tu_parse_u64("0xffffffffffffffff", &v) == 0 && v == UINT64_MAX);
    CHECK(tu_parse_u64("0x0000000000000000000001", &v) == 0 && v == 1);
    CHECK(tu_parse_u64("0XaBc", &v) == 0 && v == 0xabc);
    v = 7;
    CHECK(tu_parse_u64("18446744073709551616", &v) == -1 && v == 7);
    CHECK(tu_parse_u64("0x10000000000000000", &v) == -1);
    CHECK(tu_parse_u64("", &v) == -1);
    CHECK(tu_parse_u64("0x", &v) == -1);
    CHECK(tu_parse_u64("-1", &v) == -1);
    CHECK(tu_parse_u64("+1", &v) == -1);
    CHECK(tu_parse_u64(" 1", &v) == -1);
    CHECK(tu_parse_u64("1 ", &v) == -1);
    CHECK(tu_parse_u64("12a", &v) == -1);
    CHECK(tu_parse_u64("0x1g", &v) == -1);
    CHECK(tu_parse_u64(NULL, &v) == -1);
    CHECK(v == 7);
    CHECK(tu_parse_u32("4294967295", &w) == 0 && w == UINT32_MAX);
    CHECK(tu_parse_u32("4294967296", &w) == -1 && w == UINT32_MAX);

    CHECK(tu_split(line, argv, 8) == 3);
    CHECK(!strcmp(argv[0], "map") && !strcmp(argv[1], "1") && !strcmp(argv[2], "0x10"));
    {
        char l2[] = "a b c";
        CHECK(tu_split(l2, argv, 2) == -1);
    }
    {
        char l3[] = "   # only a comment";
        CHECK(tu_split(l3, argv, 2) == 0);
    }
}

static void test_stream(void)
{
    static const char nul_line[] = "device endpoints=1\nattach 1 1\nattach \0 1\n";
    char *big, *p;
    size_t i, n;

    CHECK(runs("") == REPLAY_OK && outbuf[0] == 0 && errbuf[0] == 0);
    CHECK(runs("device endpoints=1\nattach 1 1\ntranslate 1 0x0 r") == REPLAY_OK);   /* no final newline */
    CHECK(!strcmp(outbuf, "OK\nFAULT mapping\n"));
    CHECK(runs("device endpoints=1\nprobe 1\nraw 99\n") == REPLAY_OK && !strcmp(outbuf, "OK\nNOWRITE\n"));

    /* errors name the line, stop the run, and keep earlier output */
    CHECK(runs("device endpoints=1\n\n# c\nattach 1 1\nattach 1\nattach 2 1\n") == REPLAY_EMALFORMED);
    CHECK(!strcmp(outbuf, "OK\n"));
    CHECK(!strcmp(errbuf, "t.trace:5: error: expected 'attach DOMAIN ENDPOINT [bypass]'\n"));
    CHECK(runs("probe 1\n") == REPLAY_EMALFORMED);
    CHECK(!strcmp(errbuf, "t.trace:1: error: expected a 'device' line before 'probe'\n"));
    CHECK(run(nul_line, sizeof(nul_line) - 1) == REPLAY_EMALFORMED);
    CHECK(!strcmp(errbuf, "t.trace:3: error: expected a text line, got a NUL byte\n"));
    CHECK(!strcmp(outbuf, "OK\n"));

    /* a very long raw line: a PROBE padded to 100000 readable bytes */
    n = 100000;
    big = (char *)malloc(64 + 2 * n);
    strcpy(big, "device endpoints=1\nraw 0500000001000000");
    for (i = 8, p = big + strlen(big); i < n; i++, p += 2)
        p[0] = p[1] = '0';
    strcpy(p, "\n");
    CHECK(runs(big) == REPLAY_OK && !strcmp(outbuf, "OK\n"));
    /* too many words on one line */
    {
        size_t words = 5000, len = strlen("device endpoints=1\nraw") + 3 * words + 2;
        p = (char *)malloc(len);
        strcpy(p, "device endpoints=1\nraw");
        for (i = 0; i < words; i++)
            strcat(p, " 00");
        strcat(p, "\n");
        CHECK(runs(p) == REPLAY_EMALFORMED);
        CHECK(strstr(errbuf, "t.trace:2: error: expected at most") == errbuf);
        free(p);
    }
    free(big);

    /* every state is per stream: a second run starts with no device */
    CHECK(runs("translate 1 0 r\n") == REPLAY_EMALFORMED);
}

int main(void)
{
    test_parse();
    test_stream();
    if (failures) {
        fprintf(stderr, "test_replay: %d failure(s)\n", failures);
        return 1;
    }
    printf("test_replay: ok\n");
    return 0;
}
