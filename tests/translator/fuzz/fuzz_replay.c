/* SPDX-License-Identifier: MIT */
/*
 * fuzz_replay.c - libFuzzer target for the trace reader: replay_stream() on
 * the input as a trace file (through fmemopen), virtio and Xen commands
 * alike.  Output and errors go to /dev/null; the result must be one of the
 * documented codes.
 *
 * Xen domains get a limit of FUZZ_XEN_MAX_PAGES pages instead of 2^18: the
 * fuzzer learned to write "xen map ... 60000001 r", a line that inserts 2^18
 * pages (a second under the sanitizers), and kept mutating it until the
 * campaign ran at 1 % of its speed.  The limit's path is the same at 64
 * pages, the limit fuzz_xen's domains have too.
 */
#define _POSIX_C_SOURCE 200809L  /* fmemopen */
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>

#include "replay_core.h"

#define FUZZ_XEN_MAX_PAGES 64u

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size);

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    static const struct replay_options opt = { .xen_max_pages = FUZZ_XEN_MAX_PAGES };
    static FILE *sink;
    FILE *in;
    int rc;

    if (size == 0)
        return 0;
    if (!sink) {
        sink = fopen("/dev/null", "w");
        if (!sink)
            abort();
    }
    in = fmemopen((void *)(uintptr_t)data, size, "r");
    if (!in)
        abort();
    rc = replay_run(in, "fuzz", sink, sink, &opt, NULL);
    fclose(in);
    if (rc != REPLAY_OK && rc != REPLAY_EMALFORMED && rc != REPLAY_EIO)
        abort();
    return 0;
}
