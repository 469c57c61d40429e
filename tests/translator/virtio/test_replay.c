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
#include "testlib.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>


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

/* replay_run() with @opt on @text; the output and error text land in
 * outbuf/errbuf. */
static int run_with(const char *text, const struct replay_options *opt, struct replay_summary *sum)
{
    FILE *in = fmemopen((void *)(size_t)text, strlen(text), "r");
    FILE *out = fmemopen(outbuf, sizeof(outbuf), "w");
    FILE *err = fmemopen(errbuf, sizeof(errbuf), "w");
    int rc;

    if (!in || !out || !err) {
        fprintf(stderr, "fmemopen failed\n");
        exit(2);
    }
    memset(outbuf, 0, sizeof(outbuf));
    memset(errbuf, 0, sizeof(errbuf));
    rc = replay_run(in, "c.trace", out, err, opt, sum);
    fclose(in);
    fclose(out);
    fclose(err);
    return rc;
}

/* replay_run() in check mode on @text; the disagreements land in errbuf. */
static int check_run(const char *text, struct replay_summary *sum)
{
    static const struct replay_options check_mode = { 1, 0, 0 };

    return run_with(text, &check_mode, sum);
}

static int runs(const char *text)
{
    return run(text, strlen(text));
}

static void test_parse(void)
{
    uint64_t v = 7;
    uint32_t w = 7;
    uint16_t h = 7;
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

    CHECK(tu_parse_u16("65535", &h) == 0 && h == 65535);
    CHECK(tu_parse_u16("0x10000", &h) == -1 && h == 65535);
    CHECK(tu_parse_uint("0x100", 0xff, &v) == -1 && tu_parse_uint("0xff", 0xff, &v) == 0 && v == 0xff);

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

static void test_flags(void)
{
    static const struct tu_flag letters[] = { { "r", 1 }, { "w", 2 } };
    static const struct tu_flag names[] = { { "alpha", 1 }, { "beta", 4 } };
    uint64_t v = 99;
    const char *bad = NULL;

    CHECK(tu_parse_flags("rw", letters, 2, TU_FLAGS_LETTERS, 0, &v, NULL) == 0 && v == 3);
    CHECK(tu_parse_flags("wr", letters, 2, TU_FLAGS_LETTERS, 0, &v, NULL) == 0 && v == 3);
    v = 99;
    CHECK(tu_parse_flags("rr", letters, 2, TU_FLAGS_LETTERS, 0, &v, NULL) == -1 && v == 99);
    CHECK(tu_parse_flags("rx", letters, 2, TU_FLAGS_LETTERS, 0, &v, NULL) == -1);
    CHECK(tu_parse_flags("", letters, 2, TU_FLAGS_LETTERS, 0, &v, NULL) == -1);
    CHECK(tu_parse_flags("7", letters, 2, TU_FLAGS_LETTERS, 0, &v, NULL) == -1);
    CHECK(tu_parse_flags("7", letters, 2, TU_FLAGS_LETTERS | TU_FLAGS_NUMBER, 0xff, &v, NULL) == 0 && v == 7);
    CHECK(tu_parse_flags("0x100", letters, 2, TU_FLAGS_LETTERS | TU_FLAGS_NUMBER, 0xff, &v, NULL) == -1);
    CHECK(tu_parse_flags("alpha,beta", names, 2, 0, 0, &v, NULL) == 0 && v == 5);
    CHECK(tu_parse_flags("beta,beta", names, 2, 0, 0, &v, NULL) == 0 && v == 4);   /* lists tolerate repeats */
    CHECK(tu_parse_flags("alpha,gamma,beta", names, 2, 0, 0, &v, &bad) == -1 && bad && !strncmp(bad, "gamma,", 6));
    CHECK(tu_parse_flags("alpha,", names, 2, 0, 0, &v, &bad) == -1 && bad && *bad == '\0');
    CHECK(tu_parse_flags("alpha,,beta", names, 2, 0, 0, &v, NULL) == -1);
    CHECK(tu_parse_flags("none", names, 2, 0, 0, &v, NULL) == -1);
    CHECK(tu_parse_flags("none", names, 2, TU_FLAGS_NONE, 0, &v, NULL) == 0 && v == 0);
    CHECK(tu_parse_flags("", names, 2, TU_FLAGS_NONE, 0, &v, NULL) == 0 && v == 0);
}

static void test_hex_and_annotations(void)
{
    uint8_t b[4];
    size_t n = 0, bad = 99;
    char l1[] = "map 1 2 #= OK mapped=1 \t\r\n", l2[] = "map 1 2 # no expectation\n", l3[] = "x #=   \n";
    char *a;

    CHECK(tu_parse_hex_bytes("0aFf", b, sizeof(b), &n, &bad) == 0 && n == 2 && b[0] == 0x0a && b[1] == 0xff);
    CHECK(tu_parse_hex_bytes("0102", b, sizeof(b), &n, &bad) == 0 && n == 4 && b[3] == 0x02);
    CHECK(tu_parse_hex_bytes("00", b, sizeof(b), &n, &bad) == TU_HEX_LONG && n == 4);
    n = 0;
    CHECK(tu_parse_hex_bytes("012", b, sizeof(b), &n, &bad) == TU_HEX_ODD && n == 0);
    CHECK(tu_parse_hex_bytes("01zz", b, sizeof(b), &n, &bad) == TU_HEX_DIGIT && bad == 2 && n == 0);

    a = tu_annotation(l1);
    CHECK(a && !strcmp(a, "OK mapped=1"));
    CHECK(tu_annotation(l2) == NULL);
    CHECK(tu_annotation(l3) == NULL);                  /* "#=" with nothing after it */
}

static void test_check_mode(void)
{
    struct replay_summary sum;

    /* every annotation agrees: nothing printed */
    CHECK(check_run("device endpoints=1\nattach 1 1   #= OK\ntranslate 1 0 r #= FAULT mapping \r\n", &sum) ==
          REPLAY_OK);
    CHECK(sum.results == 2 && sum.checked == 2 && sum.disagreements == 0);
    CHECK(outbuf[0] == 0 && errbuf[0] == 0);

    /* each disagreement, compiler style, and the run goes on */
    CHECK(check_run("device endpoints=1 #= OK\n"
                    "attach 1 1   #= NOENT\n"
                    "attach 1 2\n"
                    "# a comment #= is not a command\n"
                    "translate 1 0 r # reads nothing #= 0x0\n"
                    "xen-device devices=00:01.0\n"
                    "xen init 2 0 #= OK\n"
                    "xen alloc #= OK ctx=2\n", &sum) == REPLAY_OK);
    CHECK(sum.results == 5 && sum.checked == 5 && sum.disagreements == 4);
    CHECK(!strcmp(errbuf, "c.trace:1: expected OK, got no result\n"
                          "c.trace:2: expected NOENT, got OK\n"
                          "c.trace:5: expected 0x0, got FAULT mapping\n"
                          "c.trace:8: expected OK ctx=2, got OK ctx=1\n"));
    CHECK(outbuf[0] == 0);

    /* a malformed line still stops the trace */
    CHECK(check_run("device endpoints=1\nattach 1 #= OK\nattach 1 1 #= NOENT\n", &sum) == REPLAY_EMALFORMED);
    CHECK(!strcmp(errbuf, "c.trace:2: error: expected 'attach DOMAIN ENDPOINT [bypass]'\n"));
    CHECK(sum.disagreements == 0);
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

    /* a repeated endpoint: the first repetition in list order is named,
     * whatever the order of the values */
    CHECK(runs("device endpoints=9,5,3,5,3\n") == REPLAY_EMALFORMED);
    CHECK(!strcmp(errbuf, "t.trace:1: error: expected distinct endpoints, got 0x5 twice\n"));
    CHECK(runs("device endpoints=9,3,5,3,5\n") == REPLAY_EMALFORMED);
    CHECK(!strcmp(errbuf, "t.trace:1: error: expected distinct endpoints, got 0x3 twice\n"));
    /* endpoints listed in any order all exist; resv= finds its endpoint */
    CHECK(runs("device endpoints=7,2,0xffffffff,0 resv=2:0x1000-0x1fff:msi\nattach 1 0xffffffff\n"
               "attach 1 0\nattach 1 7\nattach 1 2\nattach 1 3\nprobe 2\n") == REPLAY_OK);
    CHECK(!strcmp(outbuf, "OK\nOK\nOK\nOK\nNOENT\nOK resv_mem msi 0x1000-0x1fff\n"));

    /* every state is per stream: a second run starts with no device */
    CHECK(runs("translate 1 0 r\n") == REPLAY_EMALFORMED);
}

/* replay_options.xen_max_pages: every Xen domain of the trace, the traced
 * one and a remote one, stops at that many pages; 0 keeps the model's
 * 2^18 (the fuzz target relies on the first, every other caller on the
 * second). */
static void test_xen_max_pages(void)
{
    static const char trace[] =
        "xen-device devices=0000:00:01.0 max_ctx=2 remote=allow\n"
        "xen init 1 0                     #= OK\n"
        "xen alloc                        #= OK ctx=1\n"
        "xen map 1 0x0 0x0 0x1000 100 rw  #= -ENOMEM mapped=64\n"
        "xen remote 1 init 1 0            #= OK\n"
        "xen remote 1 alloc               #= OK ctx=1\n"
        "xen remote 1 map 1 0x0 0x0 0x1000 65 rw #= -ENOMEM mapped=64\n";
    static const struct replay_options opt = { 1, 0, 64 };
    struct replay_summary sum;

    CHECK(run_with(trace, &opt, &sum) == REPLAY_OK);
    CHECK(sum.checked == 6 && sum.disagreements == 0);
    if (sum.disagreements)
        fprintf(stderr, "%s", errbuf);

    /* 0: the default limit, so 100 pages map */
    CHECK(runs("xen-device devices=0000:00:01.0\nxen init 1 0\nxen alloc\nxen map 1 0x0 0x0 0x1000 100 rw\n") ==
          REPLAY_OK);
    CHECK(strstr(outbuf, "OK mapped=100") != NULL);
}

int main(void)
{
    test_parse();
    test_flags();
    test_hex_and_annotations();
    test_check_mode();
    test_stream();
    test_xen_max_pages();
    return tl_finish("test_replay");
}
