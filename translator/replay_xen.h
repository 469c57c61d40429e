/* SPDX-License-Identifier: MIT */
/*
 * replay_xen.h - the Xen PV-IOMMU half of iommu-ref-replay.
 *
 * The trace reader (replay_core.c) splits each line into words and hands
 * every line whose first word is "xen-device" or "xen" to this module.
 * Implemented in replay_xen.c by the translator-xen side.
 */
#ifndef IOMMU_REF_REPLAY_XEN_H
#define IOMMU_REF_REPLAY_XEN_H

#include <stddef.h>
#include <stdio.h>

#ifdef __cplusplus
extern "C" {
#endif

struct xen_replay;

struct xen_replay *xen_replay_new(void);
void xen_replay_free(struct xen_replay *r);

/* argv[0] is "xen-device" or "xen".  Prints exactly one line to out for
 * "xen ..." commands, none for "xen-device".  Returns 0, or -1 with a message
 * (no line number: the caller prefixes "NAME:LINE: error: ") in err. */
int xen_replay_line(struct xen_replay *r, int argc, char **argv, FILE *out, char *err, size_t errlen);

#ifdef __cplusplus
}
#endif

#endif /* IOMMU_REF_REPLAY_XEN_H */
