/* SPDX-License-Identifier: MIT */
/*
 * addr_space.h - an IOMMU address space: a set of disjoint, inclusive
 * [virt_start, virt_end] -> phys_start mappings with permissions.
 *
 * Shared by the virtio-iommu and the Xen PV-IOMMU models.  Every address of
 * the 64-bit space can be mapped (including the last page and the single
 * range [0, 2^64-1]); no function ever computes virt_end + 1.
 *
 * Costs (n = number of mappings; see addr_space.c for the details):
 *   ias_lookup / ias_overlaps   O(log n), about one cache miss per tree level
 *   ias_tlb_lookup              O(1) on a hit (one 128-byte set), else ias_lookup
 *   ias_map                     O(log n)
 *   ias_unmap                   O(k log n) for k removed mappings, O(n) for [0, ~0]
 *   memory                      about 28-43 bytes per mapping (at 1 M random
 *                               page mappings: 43, measured by bench/), plus
 *                               8 KiB per address space (the cache's
 *                               generation numbers)
 * Threads: one thread at a time may update an address space (map, unmap,
 * clear; the caller serialises them), and any number of threads may look it
 * up at the same time, also while it is being updated: ias_lookup,
 * ias_tlb_lookup (each thread with its own cache), ias_find, ias_find_ge,
 * ias_overlaps, ias_count.  Lookups take no lock (a thread's first lookup
 * takes one once, to get its reader slot) and never wait for an update: the
 * writer copies the nodes it changes and publishes each update with one
 * atomic pointer store, so every lookup sees the state before or after each
 * update, and an unmap that removes several mappings at once is atomic to
 * them.  Removed nodes are reused only once no lookup can still be in them
 * (epochs, see addr_space.c).  ias_free and ias_selfcheck need all threads
 * done with the address space.
 */
#ifndef IOMMU_REF_ADDR_SPACE_H
#define IOMMU_REF_ADDR_SPACE_H

#include <stdint.h>
#include <stddef.h>

#ifdef __cplusplus
extern "C" {
#endif

enum { IAS_PERM_READ = 1u, IAS_PERM_WRITE = 2u, IAS_PERM_MMIO = 4u };
enum { IAS_OK = 0, IAS_EOVERLAP = -1, IAS_ESPLIT = -2, IAS_ENOMEM = -3, IAS_EINVAL = -4 };

struct ias;                                   /* opaque */

/* One mapping, as returned by the query functions below. */
struct ias_mapping {
    uint64_t virt_start;
    uint64_t virt_end;                        /* inclusive */
    uint64_t phys_start;
    unsigned perm;                            /* IAS_PERM_* */
};

struct ias *ias_new(void);
void ias_free(struct ias *as);

/* Map inclusive [virt_start, virt_end] -> phys_start.  IAS_EINVAL if
 * virt_end < virt_start, phys_start + (virt_end - virt_start) wraps past
 * 2^64-1, or perm has bits other than IAS_PERM_*; IAS_EOVERLAP if any address
 * in the range is already mapped; IAS_ENOMEM if memory ran out.  On any error
 * nothing changes. */
int ias_map(struct ias *as, uint64_t virt_start, uint64_t virt_end, uint64_t phys_start, unsigned perm);

/* Remove every mapping lying entirely inside [virt_start, virt_end].
 * IAS_ESPLIT (and nothing removed) if some mapping is only partly covered;
 * IAS_EINVAL if virt_end < virt_start; IAS_ENOMEM (nothing removed) if the
 * copies an update makes (see "Threads") cannot be allocated.  *removed (may be NULL) = count removed
 * (0 on error). */
int ias_unmap(struct ias *as, uint64_t virt_start, uint64_t virt_end, uint64_t *removed);

/* 1 and fills *pa and *perm (either may be NULL) if iova is mapped, else 0. */
int ias_lookup(const struct ias *as, uint64_t iova, uint64_t *pa, unsigned *perm);

/* 1 if any mapped address lies in [start, end] (0 if end < start). */
int ias_overlaps(const struct ias *as, uint64_t start, uint64_t end);

size_t ias_count(const struct ias *as);
void ias_clear(struct ias *as);

/* 1 and fills *m with the mapping containing iova, else 0. */
int ias_find(const struct ias *as, uint64_t iova, struct ias_mapping *m);

/* 1 and fills *m with the mapping of lowest virt_start >= from, else 0.
 * Iterate in address order with:
 *   for (ok = ias_find_ge(as, 0, &m); ok; ok = m.virt_end != UINT64_MAX &&
 *        ias_find_ge(as, m.virt_end + 1, &m)) ...                            */
int ias_find_ge(const struct ias *as, uint64_t from, struct ias_mapping *m);

/* A translation cache in front of address spaces, as an IOTLB is in front
 * of the page tables: recently used mappings, four-way set-associative
 * (IAS_TLB_SETS sets of four 32-byte entries, 16 KiB in all; a set is filled
 * first-in first-out).  The set is chosen by the XOR of all 7-bit groups of
 * the page number, so the pages of any power-of-two stride (4 KiB, 2 MiB,
 * 1 GiB, ...) fall in different sets instead of piling into a few.
 *
 * Positive results only, and invalidation as precise as a hardware IOTLB's:
 * every address space keeps IAS_GEN_BUCKETS generation numbers, and an entry
 * for a mapping is valid while the generation of its mapping's bucket (a hash
 * of the page of its first address) is the one it was filled under.
 * Removing a mapping moves only that bucket on, so it invalidates the entries
 * of that mapping and of the 1 in IAS_GEN_BUCKETS others that share its
 * bucket, never the whole cache; maps invalidate nothing (mappings never
 * overlap, so a cached one stays right until it is removed).  Generation
 * numbers come from one process-wide counter, so an entry never matches
 * another address space, even one allocated where a freed one was.  The cache
 * is therefore always coherent and needs no flush calls; one cache may serve
 * any number of address spaces.
 *
 * A cache is owned by one thread (e.g. one per vCPU or device thread); see
 * "Threads" above for what may run beside what.
 * Zero-initialised (ias_tlb_init, or static storage) it is empty. */
#define IAS_TLB_SETS 128
#define IAS_TLB_WAYS 4
#define IAS_TLB_PAGE_SHIFT 12                 /* sets are indexed by 4 KiB page */
#define IAS_TLB_PERM_BITS 3
#define IAS_GEN_BITS 10
#define IAS_GEN_BUCKETS (1u << IAS_GEN_BITS)
struct ias_tlb_entry {
    uint64_t start, end;                      /* the cached mapping, end inclusive */
    uint64_t delta;                           /* phys_start - virt_start, mod 2^64 */
    uint64_t tag;                             /* generation << 3 | perm; 0: empty */
};
struct ias_tlb {
    struct ias_tlb_entry set[IAS_TLB_SETS][IAS_TLB_WAYS];  /* [0] newest */
    uint64_t hits, misses;                    /* statistics */
};

void ias_tlb_init(struct ias_tlb *t);

/* The miss path of ias_tlb_lookup(): a tree lookup that fills the cache. */
int ias_tlb_fill(struct ias_tlb *t, const struct ias *as, uint64_t iova, uint64_t *pa,
                 unsigned *perm);

/* Not for callers: struct ias begins with this, so the cache's hit path can
 * be inline (a hit is then a handful of instructions and no call).  Shared
 * between threads, so always read and written with __atomic builtins. */
struct ias_head_ {
    uint64_t gen[IAS_GEN_BUCKETS];            /* see above; IAS_GEN_BUSY_ while a
                                                 removal is being published */
    uint64_t removals;                        /* count of published removals */
};
#define IAS_GEN_BUSY_ (UINT64_MAX >> IAS_TLB_PERM_BITS)

/* Not for callers: the set an address is cached in (all 7-bit groups of its
 * page number XORed together, see above). */
static inline unsigned ias_tlb_set_(uint64_t iova)
{
    uint64_t p = iova >> IAS_TLB_PAGE_SHIFT;  /* at most 52 bits: 8 groups */

    p ^= p >> 28;
    p ^= p >> 14;
    p ^= p >> 7;
    return (unsigned)(p % IAS_TLB_SETS);
}

/* Not for callers: the generation bucket of a mapping starting at @start
 * (a multiplicative hash of its first page). */
static inline unsigned ias_gen_bucket_(uint64_t start)
{
    return (unsigned)(((start >> IAS_TLB_PAGE_SHIFT) * 0x9e3779b97f4a7c15ull) >> (64 - IAS_GEN_BITS));
}

/* ias_lookup() through the cache: same results; a hit reads one set and one
 * generation number, takes no lock and writes nothing shared. */
static inline int ias_tlb_lookup(struct ias_tlb *t, const struct ias *as, uint64_t iova,
                                 uint64_t *pa, unsigned *perm)
{
    const struct ias_tlb_entry *e = t->set[ias_tlb_set_(iova)];
    const struct ias_head_ *h = (const struct ias_head_ *)(const void *)as;
    unsigned way;

    for (way = 0; way < IAS_TLB_WAYS; way++, e++) {
        /* A hit: iova in [start, end] (wrap-safe: start <= end), and the
         * mapping's bucket still has the generation the entry was filled
         * under.  An empty entry is [0, 0] with generation 0, which no
         * bucket ever has. */
        if (iova - e->start <= e->end - e->start &&
            __atomic_load_n(&h->gen[ias_gen_bucket_(e->start)], __ATOMIC_RELAXED) ==
                e->tag >> IAS_TLB_PERM_BITS) {
            t->hits++;
            if (pa)
                *pa = iova + e->delta;
            if (perm)
                *perm = (unsigned)(e->tag & ((1u << IAS_TLB_PERM_BITS) - 1u));
            return 1;
        }
    }
    return ias_tlb_fill(t, as, iova, pa, perm);
}

/* Bytes of heap currently held by the address space (its arena chunks plus
 * the handle, which holds the 8 KiB of generation numbers).  Grows in doubling chunks, so includes up to one chunk of
 * slack. */
size_t ias_memory(const struct ias *as);

/* Bytes of the tree nodes currently in use (the fill factor, without the
 * arena's slack or free nodes). */
size_t ias_node_bytes(const struct ias *as);

/* Verifies the internal invariants (ordering, disjointness, separators,
 * counts); 1 if they hold.  O(n log n); for tests. */
int ias_selfcheck(const struct ias *as);

#ifdef __cplusplus
}
#endif

#endif /* IOMMU_REF_ADDR_SPACE_H */
