/* SPDX-License-Identifier: MIT */
/*
 * replay_core.h - the trace reader behind iommu-ref-replay.
 *
 * The trace format is the contract in translator/TRACE-FORMAT.md.  Virtio
 * commands are executed by building the request's raw bytes with the
 * generated header's layout and handing them to viommu_handle_request();
 * "xen-device" and "xen" lines go to the Xen half (replay_xen.h).
 */
#ifndef IOMMU_REF_REPLAY_CORE_H
#define IOMMU_REF_REPLAY_CORE_H

#include <stdio.h>

#ifdef __cplusplus
extern "C" {
#endif

enum {
    REPLAY_OK = 0,          /* every line was well-formed */
    REPLAY_EMALFORMED = 1,  /* a malformed line stopped the run */
    REPLAY_EIO = 2          /* reading failed or memory ran out */
};

/* Replay one trace read from @in.  One result line per command goes to @out;
 * the first malformed line gets "NAME:LINE: error: <what was expected>" on
 * @err and ends the run (the lines before it have been executed and
 * printed).  Every call starts from a blank state: no virtio device, no Xen
 * device.  Returns REPLAY_OK, REPLAY_EMALFORMED or REPLAY_EIO. */
int replay_stream(FILE *in, const char *name, FILE *out, FILE *err);

#ifdef __cplusplus
}
#endif

#endif /* IOMMU_REF_REPLAY_CORE_H */
