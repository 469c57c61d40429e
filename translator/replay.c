/* SPDX-License-Identifier: MIT */
/*
 * iommu-ref-replay - replay conformance traces through the reference models.
 *
 *   iommu-ref-replay [FILE...]      (no FILE, or "-": standard input)
 *   iommu-ref-replay --version      (the project version, from VERSION)
 *
 * Prints one result line per command (trace format: translator/TRACE-FORMAT.md).  Exit status:
 * 0 all traces well-formed, 1 a malformed line (reported as
 * "FILE:LINE: error: ..." on stderr; the run stops there), 2 usage or I/O
 * error.  Each file starts from a blank state.
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
          "       iommu-ref-replay --version\n"
          "Replays virtio-iommu and Xen PV-IOMMU conformance traces through the reference\n"
          "models and prints one result line per command.  Reads standard input when no\n"
          "FILE (or '-') is given.  Exit status: 0 ok, 1 malformed trace, 2 usage/I/O error.\n",
          f);
}

int main(int argc, char **argv)
{
    int i, rc;

    for (i = 1; i < argc; i++) {
        if (!strcmp(argv[i], "-h") || !strcmp(argv[i], "--help")) {
            usage(stdout);
            return 0;
        }
        if (!strcmp(argv[i], "--version")) {
            printf("iommu-ref-replay %s\n", IOMMU_ABI_VERSION);
            return 0;
        }
        if (argv[i][0] == '-' && argv[i][1] != '\0') {
            fprintf(stderr, "iommu-ref-replay: unknown option '%s'\n", argv[i]);
            usage(stderr);
            return 2;
        }
    }
    if (argc < 2)
        return replay_stream(stdin, "<stdin>", stdout, stderr);
    for (i = 1; i < argc; i++) {
        FILE *f;

        if (!strcmp(argv[i], "-")) {
            rc = replay_stream(stdin, "<stdin>", stdout, stderr);
        } else {
            f = fopen(argv[i], "r");
            if (!f) {
                fprintf(stderr, "iommu-ref-replay: cannot open %s: %s\n", argv[i], strerror(errno));
                return 2;
            }
            rc = replay_stream(f, argv[i], stdout, stderr);
            fclose(f);
        }
        if (rc != REPLAY_OK)
            return rc;
    }
    if (fflush(stdout) || ferror(stdout)) {
        fprintf(stderr, "iommu-ref-replay: write error on standard output\n");
        return 2;
    }
    return 0;
}
