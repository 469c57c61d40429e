/* SPDX-License-Identifier: MIT */
/* impl_ias.c - the translator's own address space (translator/addr_space.h). */
#include "addr_space.h"

/* One cache, as one device thread would own (zeroed static storage: empty). */
static struct ias_tlb tlb;

#define RUN_NAME                    run_ias
#define SPACE                       struct ias
#define SPACE_NEW()                 ias_new()
#define SPACE_FREE(s)               ias_free(s)
#define SPACE_MAP(s, va, end, pa)   ias_map(s, va, end, pa, IAS_PERM_READ | IAS_PERM_WRITE)
#define SPACE_UNMAP(s, va, end)     ias_unmap(s, va, end, NULL)
#define SPACE_LOOKUP(s, va, pa)     ias_lookup(s, va, pa, NULL)
#define SPACE_COUNT(s)              ias_count(s)
#define SPACE_SELFCHECK(s)          ias_selfcheck(s)
#define SPACE_UPDATES_OK(n)         1
#define SPACE_BULK_LOAD(s, w)       (-1)
#define SPACE_CACHED_LOOKUP(s, va, pa) ias_tlb_lookup(&tlb, s, va, pa, NULL)

#include "impl_run.h"
