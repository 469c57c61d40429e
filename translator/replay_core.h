/* SPDX-License-Identifier: MIT */
/*
 * replay_core.h - the trace reader behind iommu-ref-replay.
 *
 * The trace format is translator/TRACE-FORMAT.md.  Each line is looked up
 * in one command table; virtio commands build the request's raw bytes with
 * the generated header's layout and hand them to viommu_handle_request();
 * "xen-device" and "xen" lines go to the Xen half (replay_xen.h).
 */
#ifndef IOMMU_REF_REPLAY_CORE_H
#define IOMMU_REF_REPLAY_CORE_H

#include <stdint.h>
#include <stdio.h>

#ifdef __cplusplus
extern "C" {
#endif

enum {
    REPLAY_OK = 0,          /* every line was well-formed */
    REPLAY_EMALFORMED = 1,  /* a malformed line stopped the run */
    REPLAY_EIO = 2          /* reading failed or memory ran out */
};

struct replay_options {
    /* 0: print one result line per command on @out.  1: print nothing on
     * @out; compare each result with the "#= TEXT" annotation of its line
     * and report each disagreement on @err as "NAME:LINE: expected TEXT,
     * got RESULT" (a line without an annotation is not compared). */
    int check;
    /* 1 (with check 0): print conformance vectors on @out instead of the
     * result lines: a header line, then one JSON object per command
     * (translator/VECTORS.md). */
    int emit_vectors;
    /* 0: every Xen domain the trace creates has the model's page limit,
     * XEN_PVIOMMU_DEFAULT_MAX_PAGES.  Otherwise this limit instead.  The
     * fuzz target sets a small one: one map line may otherwise insert 2^18
     * pages, a second of work under the sanitizers, and a fuzzer that finds
     * such a line keeps mutating it (the campaign fell from 40000 to 500
     * executions a second); the limit's own path is exercised either way. */
    uint32_t xen_max_pages;
};

struct replay_summary {
    unsigned long results;       /* result lines produced */
    unsigned long checked;       /* of them, compared with an annotation */
    unsigned long disagreements; /* comparisons that failed */
};

/* Replay one trace read from @in.  The first malformed line gets
 * "NAME:LINE: error: <what was expected>" on @err and ends the run (the
 * lines before it have been executed, and printed or checked).  Every call
 * starts from a blank state: no virtio device, no Xen device.  @opt may be
 * NULL (print mode); @sum, if not NULL, receives the counts.  Returns
 * REPLAY_OK, REPLAY_EMALFORMED or REPLAY_EIO; disagreements in check mode
 * are counted in @sum, not returned. */
int replay_run(FILE *in, const char *name, FILE *out, FILE *err, const struct replay_options *opt,
               struct replay_summary *sum);

/* replay_run() in print mode. */
int replay_stream(FILE *in, const char *name, FILE *out, FILE *err);

#ifdef __cplusplus
}
#endif

#endif /* IOMMU_REF_REPLAY_CORE_H */
