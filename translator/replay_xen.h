/* SPDX-License-Identifier: MIT */
/*
 * replay_xen.h - the Xen PV-IOMMU half of iommu-ref-replay: the
 * "xen-device" and "xen ..." lines (translator/TRACE-FORMAT.md).
 *
 * The trace reader (replay_core.c) splits each line into words and hands
 * the words after "xen-device" or "xen" to this module.  Errors follow
 * trace_util.h's convention: -1 and a message without the line number.
 */
#ifndef IOMMU_REF_REPLAY_XEN_H
#define IOMMU_REF_REPLAY_XEN_H

#include "trace_util.h"

#ifdef __cplusplus
extern "C" {
#endif

struct xen_replay;

/* @max_pages: every domain's page limit, 0 for the model's default. */
struct xen_replay *xen_replay_new(uint32_t max_pages);
void xen_replay_free(struct xen_replay *r);

/* "xen-device KEY=VALUE...": argv[0] is "xen-device".  Starts a fresh guest;
 * prints nothing.  0, or -1 with the message in @e (the previous guest is
 * then kept).  @vec: the line's vector record (replay_vectors.h), or NULL. */
int xen_replay_device(struct xen_replay *r, int argc, char **argv, struct tu_buf *vec, struct tu_error *e);

/* "xen COMMAND ARGS...": argv[0] is "xen".  Prints the result (one line,
 * without its newline) into @out.  0, or -1 with the message in @e. */
int xen_replay_command(struct xen_replay *r, int argc, char **argv, struct tu_buf *out, struct tu_buf *vec,
                       struct tu_error *e);

#ifdef __cplusplus
}
#endif

#endif /* IOMMU_REF_REPLAY_XEN_H */
