/* SPDX-License-Identifier: MIT */
/*
 * fuzz_replay.c - libFuzzer target for the trace reader: replay_stream() on
 * the input as a trace file (through fmemopen), virtio and Xen commands
 * alike.  Output and errors go to /dev/null; the result must be one of the
 * documented codes.
 */
#define _POSIX_C_SOURCE 200809L  /* fmemopen */
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>

#include "replay_core.h"

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size);

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
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
    rc = replay_stream(in, "fuzz", sink, sink);
    fclose(in);
    if (rc != REPLAY_OK && rc != REPLAY_EMALFORMED && rc != REPLAY_EIO)
        abort();
    return 0;
}
