/* SPDX-License-Identifier: MIT */
/* impl_gtree.c - the GLib GTree baseline (gtree_map.h). */
#include "gtree_map.h"

#define RUN_NAME                    run_gtree
#define SPACE                       struct gtree_map
#define SPACE_NEW()                 gtm_new()
#define SPACE_FREE(s)               gtm_free(s)
#define SPACE_MAP(s, va, end, pa)   gtm_map(s, va, end, pa, 3u)
#define SPACE_UNMAP(s, va, end)     (gtm_unmap(s, va, end) != 1)
#define SPACE_LOOKUP(s, va, pa)     gtm_lookup(s, va, pa)
#define SPACE_COUNT(s)              gtm_count(s)
#define SPACE_SELFCHECK(s)          1
#define SPACE_UPDATES_OK(n)         1
#define SPACE_BULK_LOAD(s, w)       (-1)

#include "impl_run.h"
