/* SPDX-License-Identifier: MIT */
/*
 * iommu-ref-replay - replay conformance traces through the reference models.
 *
 *   iommu-ref-replay [FILE...]          print one result line per command
 *   iommu-ref-replay --check FILE...    compare each result with the trace's
 *                                       own "#= RESULT" annotations
 *   iommu-ref-replay --emit-vectors FILE...  print conformance vectors
 *   iommu-ref-replay --version          the project version (VERSION)
 *
 * No FILE, or "-": standard input.  Each file starts from a blank state.
 * The trace format and the exit statuses are in translator/TRACE-FORMAT.md
 * and usage() below.
 */
#include <errno.h>
#include <stdio.h>
#include <string.h>

#include "replay_core.h"

#ifndef IOMMU_ABI_VERSION
#error "build with -DIOMMU_ABI_VERSION=\"x.y.z\" (the project's VERSION file; CMake does)"
#endif

static void usage(FILE *f)
{
    fputs("usage: iommu-ref-replay [FILE...]\n"
          "       iommu-ref-replay --check FILE...\n"
          "       iommu-ref-replay --emit-vectors FILE...\n"
          "       iommu-ref-replay --version\n"
          "Replays virtio-iommu and Xen PV-IOMMU conformance traces through the reference\n"
          "models.  Reads standard input when no FILE (or '-') is given.\n"
          "\n"
          "  (default)  print one result line per command.  Exit status: 0 ok,\n"
          "             1 malformed trace (the run stops at that line), 2 usage/I/O error.\n"
          "  --check    print nothing but each disagreement between a result and the\n"
          "             '#= RESULT' annotation on its line, as 'FILE:LINE: expected X,\n"
          "             got Y' (on stderr), then a summary line on stdout.  Every FILE is\n"
          "             checked.  Exit status: 0 every annotation agrees, 1 a disagreement,\n"
          "             a malformed trace or a trace without annotations, 2 usage/I/O error.\n"
          "  --emit-vectors  print each trace's conformance vectors (JSON Lines, format\n"
          "             in translator/VECTORS.md) instead of its results.  Exit status as\n"
          "             in the default mode.\n",
          f);
}

/* Replay one named file (or "-") in the given mode.  Returns the
 * replay_run() status, or REPLAY_EIO when it cannot be opened. */
static int replay_file(const char *path, const struct replay_options *opt, struct replay_summary *sum)
{
    FILE *f;
    int rc;

    if (!strcmp(path, "-"))
        return replay_run(stdin, "<stdin>", stdout, stderr, opt, sum);
    f = fopen(path, "r");
    if (!f) {
        fprintf(stderr, "iommu-ref-replay: cannot open %s: %s\n", path, strerror(errno));
        return REPLAY_EIO;
    }
    rc = replay_run(f, path, stdout, stderr, opt, sum);
    fclose(f);
    return rc;
}

/* --check FILE...: every file, every disagreement, one summary. */
static int check_files(int n, char **paths)
{
    struct replay_options opt = { 1, 0, 0 };
    unsigned long checked = 0, disagreements = 0, bad = 0;
    int i, io = 0;

    for (i = 0; i < n; i++) {
        struct replay_summary sum;
        int rc = replay_file(paths[i], &opt, &sum);

        if (rc == REPLAY_EIO) {
            io = 1;
            continue;
        }
        checked += sum.checked;
        disagreements += sum.disagreements;
        if (rc == REPLAY_EMALFORMED) {
            bad++;
        } else if (sum.checked == 0) {
            fprintf(stderr, "%s: error: expected '#= RESULT' annotations to check, found none\n", paths[i]);
            bad++;
        }
    }
    printf("iommu-ref-replay: %d trace(s), %lu result(s) checked, %lu disagreement(s)", n, checked, disagreements);
    if (bad)
        printf(", %lu trace(s) malformed or without annotations", bad);
    putchar('\n');
    if (fflush(stdout) || ferror(stdout)) {
        fprintf(stderr, "iommu-ref-replay: write error on standard output\n");
        return 2;
    }
    if (io)
        return 2;
    return disagreements || bad ? 1 : 0;
}

int main(int argc, char **argv)
{
    struct replay_options opt = { 0, 0, 0 };
    int i, rc, check = 0, nfiles = 0;

    /* Options may stand anywhere; the other words are files, kept in order
     * at the front of argv. */
    for (i = 1; i < argc; i++) {
        if (!strcmp(argv[i], "-h") || !strcmp(argv[i], "--help")) {
            usage(stdout);
            return 0;
        }
        if (!strcmp(argv[i], "--version")) {
            printf("iommu-ref-replay %s\n", IOMMU_ABI_VERSION);
            return 0;
        }
        if (!strcmp(argv[i], "--check")) {
            check = 1;
        } else if (!strcmp(argv[i], "--emit-vectors")) {
            opt.emit_vectors = 1;
        } else if (argv[i][0] == '-' && argv[i][1] != '\0') {
            fprintf(stderr, "iommu-ref-replay: unknown option '%s'\n", argv[i]);
            usage(stderr);
            return 2;
        } else {
            argv[1 + nfiles++] = argv[i];
        }
    }
    if (check && opt.emit_vectors) {
        fprintf(stderr, "iommu-ref-replay: --check and --emit-vectors exclude each other\n");
        usage(stderr);
        return 2;
    }
    if (check) {
        if (!nfiles) {
            fprintf(stderr, "iommu-ref-replay: --check needs at least one FILE\n");
            usage(stderr);
            return 2;
        }
        return check_files(nfiles, argv + 1);
    }
    if (!nfiles)
        return replay_run(stdin, "<stdin>", stdout, stderr, &opt, NULL);
    for (i = 1; i <= nfiles; i++) {
        rc = replay_file(argv[i], &opt, NULL);
        if (rc != REPLAY_OK)
            return rc;
    }
    if (fflush(stdout) || ferror(stdout)) {
        fprintf(stderr, "iommu-ref-replay: write error on standard output\n");
        return 2;
    }
    return 0;
}
