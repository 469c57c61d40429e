/* SPDX-License-Identifier: MIT */
/*
 * addr_space.c - IOMMU address space as a B+tree keyed on virt_start.
 *
 * Shape
 *   Mappings never overlap, so sorting them by virt_start also sorts them by
 *   virt_end, and "the mapping containing X" is "the mapping with the largest
 *   virt_start <= X, if its virt_end >= X".  Every query is one such
 *   predecessor search.
 *
 *   Leaves hold up to LEAF_CAP (16) mappings as a struct of arrays:
 *   start[16], end[16], phys[16], perm[16], n.  A search reads only start[]
 *   (two cache lines), then one element of end/phys/perm.  Inner nodes hold up
 *   to INNER_CAP (32) children and 31 separator keys (512 bytes, eight cache
 *   lines); key[j] is exactly the smallest virt_start in child[j+1].
 *   Lookups prefetch a node's lines as soon as its address is known, so the
 *   misses inside one node overlap and a level costs about one memory latency.
 *   The fan-out is what random lookups over a big space pay for: at 1 M
 *   mappings the leaves are DRAM misses whatever the shape, and 32 children
 *   (four inner levels instead of five at 16) measured 20-25% faster there
 *   with bench/'s iommu-ref-bench, while 64 gained nothing more and slowed
 *   small spaces.
 *
 *   Splits are biased for the two common allocation orders: appending past the
 *   last mapping of the rightmost leaf keeps the old leaf full and starts a new
 *   one (ascending IOVA allocators), and inserting before the first mapping of
 *   the leftmost leaf does the mirror image (Linux's top-down IOVA allocator).
 *   Other splits are halves.  Deletion borrows from or merges with a sibling when
 *   a node falls below half full, so no empty node survives an operation.
 *
 * Costs (n mappings, h = inner levels = about log22(n / 11) at the fill of
 *   random inserts; 1 M mappings -> h = 4)
 *   ias_lookup, ias_find, ias_overlaps   O(log n): h inner nodes + 1 leaf,
 *                                        each a linear scan of <= 31 keys
 *   ias_tlb_lookup                       O(1) on a hit (addr_space.h)
 *   ias_map                              one descent (overlap check and the
 *                                        insertion's path), or none when the
 *                                        last update changed the same leaf
 *                                        (struct finger); O(log n), splits
 *                                        amortised O(1)
 *   ias_unmap                            one mapping: one descent (or none, as
 *                                        for ias_map); a range:
 *                                        two predecessor searches + one
 *                                        O(log n) deletion per removed mapping;
 *                                        [0, 2^64-1] frees the whole tree, O(n)
 *   memory                               a 448-byte leaf slot (408 bytes used,
 *                                        64-byte aligned) per 1..16 mappings:
 *                                        28 B/mapping when full (sequential
 *                                        maps), ~40 B at the ~69% fill of random
 *                                        inserts, <= 56 B after heavy deletion;
 *                                        inner nodes add ~2 B/mapping
 *   No allocation happens under a lookup.  ias_map reserves every node a split
 *   could need before touching the tree, so IAS_ENOMEM leaves it unchanged.
 *
 * Memory
 *   Nodes come from a per-address-space arena of chunks that double from 1 KiB
 *   to 2 MiB (a small domain costs little; a big one gets 2 MiB chunks that
 *   are 2 MiB aligned and madvise(MADV_HUGEPAGE)d, so a random lookup over
 *   millions of mappings does not also pay a TLB miss per level).  Freed nodes
 *   go to per-kind free lists and are reused; the chunks are released when the
 *   address space becomes empty (last unmap, UNMAP(0, ~0), ias_clear) or is
 *   freed.  ias_memory() reports the chunks' total size.
 *
 * Wrap safety: no expression computes virt_end + 1 or iova + 1; range checks
 * are done with <= on inclusive ends and the phys wrap check is done by
 * subtraction.
 */
#if defined(__linux__) && !defined(_DEFAULT_SOURCE)
#define _DEFAULT_SOURCE              /* madvise */
#endif

#include "addr_space.h"

#include <pthread.h>
#include <stdlib.h>
#include <string.h>
#if defined(__linux__)
#include <sys/mman.h>
#endif

#define LEAF_CAP   16
#define LEAF_MIN   (LEAF_CAP / 2)
#define INNER_CAP  32                /* children per inner node; see "Shape" */
#define INNER_MIN  (INNER_CAP / 2)
#define CHUNK_MIN  1024u             /* first arena chunk */
#define CHUNK_MAX  (2u << 20)        /* largest chunk: one huge page */
#define CHUNK_HDR  64u               /* chunk header, keeps nodes 64-byte aligned */
#define PERM_ALL   (IAS_PERM_READ | IAS_PERM_WRITE | IAS_PERM_MMIO)

/* A node is never changed while readers can reach it, except for an atomic
 * store of one child pointer (see "Threads").  `born` is the update that
 * created it: a node born in the current update is the writer's own and is
 * changed in place; any other is copied first. */
struct leaf {
    uint64_t start[LEAF_CAP];
    uint64_t end[LEAF_CAP];
    uint64_t phys[LEAF_CAP];
    uint8_t  perm[LEAF_CAP];
    uint16_t n;
    uint32_t born;
};

struct inner {
    uint64_t key[INNER_CAP - 1];
    uint16_t n;                      /* number of children, >= 2 unless root */
    uint32_t born;                   /* in what was padding: still 512 bytes */
    void    *child[INNER_CAP];       /* read by readers with __atomic loads */
};

struct spare {
    struct spare *next;
};

struct chunk {
    struct chunk *next;
    uint64_t stamp;                  /* retired chunks: epoch of retirement */
};

/* A node unlinked from the tree, kept until no reader can still be in it. */
struct limbo {
    void    *node;
    uint64_t stamp;                  /* reader epoch when it was unlinked */
    unsigned inner;
};

/* The child taken at each inner level of one descent: slot[h] for the
 * inner node of height h.  An update searches for its key first (is it
 * mapped? does it overlap?) and then changes the tree along the same path;
 * remembering the path spares the second walk its scans of every inner
 * node, which were a third of a warm map + unmap pair.  The height fits in
 * the six low bits of `published`, so 64 entries always suffice. */
struct path {
    uint8_t slot[64];
};

/* The key range a descent's leaf covers, from the separators it passed:
 * every key in [lo, hi) leads to that leaf (has_lo 0: no bound below; has_hi
 * 0: none above).  hi is also the smallest virt_start beyond the leaf, and
 * lo, when there is one, the leaf's own first virt_start. */
struct bounds {
    uint64_t lo, hi;
    int has_lo, has_hi;
};

/* Where the writer's last update left off: the leaf it changed (as it is
 * now), that leaf's bounds and the path to it.  An update whose key lies in
 * the bounds starts there instead of descending from the root.  A driver
 * that unmaps a buffer and maps the next one nearby, or an IOVA allocator
 * handing out the range it just took back, changes one leaf twice in a row;
 * the second update then pays no inner-node scans.  Only an update that
 * changes no separator and no path (no split, borrow or merge, and no
 * removal of the first mapping of a leaf other than the leftmost) leaves a
 * finger; every other update, and emptying the tree, drops it
 * (leaf = NULL). */
struct finger {
    const struct leaf *leaf;
    struct bounds b;
    struct path path;
};

/* Readers load `published` on every tree walk, and the writer stores most of
 * the fields after it on every update (serial, count, nlimbo, ...); sharing
 * a cache line, every update would take the line away from every reader
 * (measured: one reader beside a busy writer ran at half its speed alone).
 * So `published` has a line of its own, and the writer's fields start on
 * the next one; the handle is allocated 64-byte aligned. */
#define IAS_LINE 64

struct ias {
    struct ias_head_ head;           /* generations; first, see addr_space.h */
    uintptr_t    published __attribute__((aligned(IAS_LINE)));
                                     /* root | height, what readers see (__atomic) */
    void        *root __attribute__((aligned(IAS_LINE)));
                                     /* the writer's root: NULL, a leaf (height 0) */
    unsigned     height;             /* or an inner node; = published between updates */
    uint32_t     serial;             /* the current update (nodes' `born`) */
    int          batch;              /* this update publishes only at the root */
    int          no_shortcut;        /* ... and so does this one */
    struct limbo *limbo;             /* unlinked nodes, oldest first */
    size_t       nlimbo, limbo_cap;
    size_t       reclaim_at;         /* next reclaim when nlimbo reaches it */
    struct chunk *dead_chunks;       /* retired arenas (an emptied tree's) */
    size_t       count;
    size_t       nleaf, ninner;
    struct spare *spare_leaf, *spare_inner;     /* free nodes, reused first */
    unsigned     nspare_leaf, nspare_inner;
    struct finger finger;                       /* the writer's; see struct finger */
    const struct leaf *touched;                 /* the leaf this update left (a finger) */
    int reshaped;                               /* this update changed a separator or a path */
    uint64_t     gen_next, gen_end;             /* fresh generations taken, not used yet */
    struct chunk *chunks;                       /* the arena */
    char         *bump;                         /* unused tail of the newest chunk */
    size_t       bump_left, next_chunk, arena_bytes;
};

#if defined(__GNUC__) || defined(__clang__)
#define PREFETCH(p) __builtin_prefetch(p)
#else
#define PREFETCH(p) ((void)(p))
#endif

static void prefetch_bytes(const void *p, size_t len)
{
    const char *c = (const char *)p;
    size_t off;

    for (off = 0; off < len; off += 64)
        PREFETCH(c + off);
}

/* ---- node allocation ---------------------------------------------------- */

/* Node sizes in the arena, rounded so every node starts 64-byte aligned. */
#define LEAF_SLOT  ((sizeof(struct leaf) + 63u) & ~(size_t)63u)
#define INNER_SLOT ((sizeof(struct inner) + 63u) & ~(size_t)63u)

static void *arena_alloc(struct ias *as, size_t size)
{
    void *p;

    if (as->bump_left < size) {
        size_t csz = as->next_chunk ? as->next_chunk : CHUNK_MIN;
        struct chunk *c;

        if (csz == CHUNK_MAX) {
            c = (struct chunk *)aligned_alloc(CHUNK_MAX, CHUNK_MAX);
#if defined(__linux__) && defined(MADV_HUGEPAGE)
            if (c)
                (void)madvise(c, CHUNK_MAX, MADV_HUGEPAGE);   /* a hint; failure is harmless */
#endif
        } else {
            c = (struct chunk *)aligned_alloc(64, csz);
        }
        if (!c)
            return NULL;
        c->next = as->chunks;
        as->chunks = c;
        as->bump = (char *)c + CHUNK_HDR;
        as->bump_left = csz - CHUNK_HDR;
        as->arena_bytes += csz;
        if (csz < CHUNK_MAX)
            as->next_chunk = csz * 2;
    }
    p = as->bump;
    as->bump += size;
    as->bump_left -= size;
    memset(p, 0, size);
    return p;
}

/* Free a list of chunks. */
static void chunks_free(struct chunk *c)
{
    while (c) {
        struct chunk *next = c->next;
        free(c);
        c = next;
    }
}

/* Forget the arena: its chunks go to @to (freed at once, or kept until no
 * reader can be in them), and with them every spare and unlinked node. */
static void arena_drop(struct ias *as, struct chunk **to)
{
    struct chunk *c = as->chunks;

    while (c) {
        struct chunk *next = c->next;
        c->next = *to;
        *to = c;
        c = next;
    }
    as->chunks = NULL;
    as->bump = NULL;
    as->bump_left = 0;
    as->next_chunk = 0;
    as->arena_bytes = 0;
    as->spare_leaf = as->spare_inner = NULL;
    as->nspare_leaf = as->nspare_inner = 0;
    as->nlimbo = 0;
    as->reclaim_at = 0;
}

static void *spare_pop(struct spare **list, unsigned *n)
{
    struct spare *s = *list;

    *list = s->next;
    (*n)--;
    return s;
}

static void spare_push(struct spare **list, unsigned *n, void *node)
{
    struct spare *s = (struct spare *)node;

    s->next = *list;
    *list = s;
    (*n)++;
}

/* ---- readers and reclamation ----------------------------------------------
 *
 * Threads.  One writer at a time changes a tree; any number of readers walk
 * it at the same time without a lock.  The writer never changes a node a
 * reader can reach: it copies the nodes an update touches (path copying,
 * nodes it made in this same update it changes in place) and makes the
 * result visible with one atomic pointer store, either of the root or, when
 * an update changes a single child pointer of an otherwise unchanged node,
 * of that pointer.  A reader therefore sees the tree before or after each
 * update, and an UNMAP removing several mappings publishes once, at the root.
 *
 * An unlinked node is freed (put back on the spare lists) only when no
 * reader can still be in it, by epochs: a reader announces the global epoch
 * in its own slot before it reads the root and clears it when done; the
 * writer stamps unlinked nodes with the epoch read after unlinking them, and
 * later advances the epoch and frees the nodes stamped below every announced
 * epoch.  Only the writer advances the epoch, so a stamp is never below an
 * epoch a reader of the unlinked node announced.  A reader's announcement
 * is one sequentially consistent exchange per tree walk, and its loads are
 * sequentially consistent (plain moves on x86).  The writer's publishing
 * stores are releases (plain moves on x86, where a sequentially consistent
 * store is an exchange).  A reader the reclaim does not see must still see
 * every unlink made before the reclaim: the reclaim reads each slot with a
 * read-modify-write, so a reader's later exchange reads from it and
 * synchronises with it.  Every ordering is a release and acquire pair
 * (publication; a slot cleared and read by the reclaim; the slot
 * read-modify-write and a later announcement), which ThreadSanitizer
 * follows; it does not support fences.  liburcu would do the
 * same job, but its readers synchronise through membarrier and volatile
 * accesses that ThreadSanitizer cannot see, and the cache's hit path needs no
 * read-side section at all (it never touches a node), so the cost this saves
 * is only on the tree walk.
 */

/* Unlinked nodes that trigger a reclaim; and after one, how many more must
 * be unlinked before the next.  A reader that is always walking announces
 * an epoch that may be the one the newest nodes were stamped with, so a
 * reclaim can leave some behind: the next waits for RECLAIM_AT more rather
 * than running on every update, each time bumping the epoch line the
 * readers load and pulling in the slot lines they write (measured: a
 * writer beside one busy reader ran 6x slower than alone). */
#define RECLAIM_AT 64
#define RECLAIM_DUE(as) ((as)->nlimbo >= RECLAIM_AT && (as)->nlimbo >= (as)->reclaim_at)

struct reader_slot {
    uint64_t epoch;                  /* 0: not reading; __atomic */
    int in_use;                      /* owned by a live thread; __atomic */
    struct reader_slot *next;        /* immutable once published */
    char pad[64 - 2 * sizeof(uint64_t) - sizeof(void *)];
};

#define READER_POOL 256
static struct reader_slot reader_pool[READER_POOL] __attribute__((aligned(64)));
static unsigned pool_used;                      /* under readers_lock */
static struct reader_slot *readers;             /* __atomic; only grows */
static pthread_mutex_t readers_lock = PTHREAD_MUTEX_INITIALIZER;
static pthread_once_t reader_once = PTHREAD_ONCE_INIT;
static pthread_key_t reader_key;
/* The epoch every reader loads on every tree walk: on a line of its own, so
 * that no variable a writer stores often (the generation counter, a
 * program's own globals placed beside it) takes the line from the readers. */
static struct {
    uint64_t value;                              /* __atomic; from 1 */
    char pad[64 - sizeof(uint64_t)];
} reader_epoch __attribute__((aligned(64))) = { 1, { 0 } };
static _Thread_local struct reader_slot *my_slot;
static _Thread_local unsigned my_depth;

static void reader_thread_exit(void *slot)
{
    __atomic_store_n(&((struct reader_slot *)slot)->in_use, 0, __ATOMIC_RELEASE);
}

static void reader_key_init(void)
{
    if (pthread_key_create(&reader_key, reader_thread_exit))
        abort();                     /* no thread-exit hook: slots would leak */
}

/* A slot for this thread, taken once per thread (the only lock readers ever
 * take, before their first walk); freed for reuse when the thread exits. */
static struct reader_slot *reader_register(void)
{
    struct reader_slot *r;

    (void)pthread_once(&reader_once, reader_key_init);
    pthread_mutex_lock(&readers_lock);
    for (r = __atomic_load_n(&readers, __ATOMIC_ACQUIRE); r; r = r->next)
        if (!__atomic_load_n(&r->in_use, __ATOMIC_ACQUIRE))
            break;
    if (!r) {
        /* Static slots first (nothing for leak checkers to report), then
         * the heap for programs with very many threads. */
        if (pool_used < READER_POOL)
            r = &reader_pool[pool_used++];
        else if (!(r = (struct reader_slot *)aligned_alloc(64, sizeof(*r))))
            abort();                 /* 64 bytes, once per thread */
        memset(r, 0, sizeof(*r));
        r->next = readers;
        __atomic_store_n(&r->in_use, 1, __ATOMIC_RELAXED);
        __atomic_store_n(&readers, r, __ATOMIC_RELEASE);
    } else {
        __atomic_store_n(&r->in_use, 1, __ATOMIC_RELAXED);
    }
    pthread_mutex_unlock(&readers_lock);
    (void)pthread_setspecific(reader_key, r);
    return r;
}

static void rd_enter(void)
{
    if (my_depth++)
        return;
    if (!my_slot)
        my_slot = reader_register();
    (void)__atomic_exchange_n(&my_slot->epoch, __atomic_load_n(&reader_epoch.value, __ATOMIC_SEQ_CST),
                              __ATOMIC_SEQ_CST);
}

static void rd_exit(void)
{
    if (--my_depth == 0)
        __atomic_store_n(&my_slot->epoch, 0, __ATOMIC_RELEASE);
}

/* Put unlinked nodes no reader can be in back on the spare lists, and free
 * retired arenas likewise. */
static void reclaim(struct ias *as)
{
    uint64_t min = __atomic_add_fetch(&reader_epoch.value, 1, __ATOMIC_SEQ_CST);
    struct reader_slot *r;
    struct chunk **cp;
    size_t i = 0;

    for (r = __atomic_load_n(&readers, __ATOMIC_ACQUIRE); r; r = r->next) {
        /* A read-modify-write, not a load: a reader whose announcement
         * comes later reads this write, and so sees every unlink before it
         * (see "readers and reclamation"). */
        uint64_t v = __atomic_fetch_or(&r->epoch, 0, __ATOMIC_SEQ_CST);

        if (v && v < min)
            min = v;
    }
    while (i < as->nlimbo && as->limbo[i].stamp < min) {
        if (as->limbo[i].inner)
            spare_push(&as->spare_inner, &as->nspare_inner, as->limbo[i].node);
        else
            spare_push(&as->spare_leaf, &as->nspare_leaf, as->limbo[i].node);
        i++;
    }
    if (i) {
        memmove(as->limbo, as->limbo + i, (as->nlimbo - i) * sizeof(*as->limbo));
        as->nlimbo -= i;
    }
    as->reclaim_at = as->nlimbo + RECLAIM_AT;
    for (cp = &as->dead_chunks; *cp;) {
        struct chunk *c = *cp;

        if (c->stamp < min) {
            *cp = c->next;
            free(c);
        } else {
            cp = &c->next;
        }
    }
}

/* ---- updates: copying, publishing, retiring -------------------------------- */

/* Make sure an update cannot fail half way: @leaves and @inners spare nodes
 * and room to remember every node it can unlink. */
static int reserve(struct ias *as, size_t leaves, size_t inners, size_t unlinks)
{
    size_t need;

    if (unlinks > as->nleaf + as->ninner)
        unlinks = as->nleaf + as->ninner;     /* each node is unlinked once at most */
    need = as->nlimbo + unlinks;
    if (RECLAIM_DUE(as))
        reclaim(as);
    if (need > as->limbo_cap) {
        size_t cap = as->limbo_cap ? as->limbo_cap : 64;
        struct limbo *l;

        while (cap < need)
            cap *= 2;
        l = (struct limbo *)realloc(as->limbo, cap * sizeof(*l));
        if (!l)
            return -1;
        as->limbo = l;
        as->limbo_cap = cap;
    }
    while (as->nspare_leaf < leaves) {
        void *p = arena_alloc(as, LEAF_SLOT);
        if (!p)
            return -1;
        spare_push(&as->spare_leaf, &as->nspare_leaf, p);
    }
    while (as->nspare_inner < inners) {
        void *p = arena_alloc(as, INNER_SLOT);
        if (!p)
            return -1;
        spare_push(&as->spare_inner, &as->nspare_inner, p);
    }
    return 0;
}

static void reset_born(void *node, unsigned h)
{
    unsigned i;

    if (h == 0) {
        ((struct leaf *)node)->born = 0;
        return;
    }
    ((struct inner *)node)->born = 0;
    for (i = 0; i < ((struct inner *)node)->n; i++)
        reset_born(((struct inner *)node)->child[i], h - 1);
}

/* Start an update; returns where its unlinked nodes start in the limbo. */
static size_t begin_update(struct ias *as, int batch)
{
    if (++as->serial == 0) {         /* after 2^32 updates: no node may look new */
        if (as->root)
            reset_born(as->root, as->height);
        as->serial = 1;
    }
    as->batch = batch;
    as->no_shortcut = 0;
    as->finger.leaf = NULL;
    as->touched = NULL;
    as->reshaped = 0;
    return as->nlimbo;
}

/* Stamp what the update unlinked with the epoch read after it was published
 * (see "readers and reclamation"), and reclaim now and then. */
static void end_update(struct ias *as, size_t mark)
{
    uint64_t stamp = __atomic_load_n(&reader_epoch.value, __ATOMIC_SEQ_CST);
    size_t i;

    for (i = mark; i < as->nlimbo; i++)
        as->limbo[i].stamp = stamp;
    as->batch = 0;
    if (RECLAIM_DUE(as) || as->dead_chunks)
        reclaim(as);
}

static void publish_root(struct ias *as)
{
    __atomic_store_n(&as->published, (uintptr_t)as->root | as->height, __ATOMIC_RELEASE);
}

static struct leaf *take_leaf(struct ias *as)
{
    struct leaf *l = (struct leaf *)spare_pop(&as->spare_leaf, &as->nspare_leaf);

    l->n = 0;
    l->born = as->serial;
    as->nleaf++;
    return l;
}

static struct inner *take_inner(struct ias *as)
{
    struct inner *in = (struct inner *)spare_pop(&as->spare_inner, &as->nspare_inner);

    in->n = 0;
    in->born = as->serial;
    as->ninner++;
    return in;
}

static int is_own(const struct ias *as, const void *node, unsigned h)
{
    return (h ? ((const struct inner *)node)->born : ((const struct leaf *)node)->born) == as->serial;
}

/* A node leaves the tree: back to the spares if no reader ever saw it, else
 * into the limbo until none can be in it. */
static void discard(struct ias *as, void *node, unsigned h)
{
    if (h)
        as->ninner--;
    else
        as->nleaf--;
    if (is_own(as, node, h)) {
        if (h)
            spare_push(&as->spare_inner, &as->nspare_inner, node);
        else
            spare_push(&as->spare_leaf, &as->nspare_leaf, node);
        return;
    }
    as->limbo[as->nlimbo].node = node;
    as->limbo[as->nlimbo].stamp = 0;
    as->limbo[as->nlimbo].inner = h != 0;
    as->nlimbo++;
}

/* The writer's own version of @node: itself if made in this update, else a
 * copy (the original is unlinked once the copy is published). */
static void *own(struct ias *as, void *node, unsigned h)
{
    void *copy;

    if (is_own(as, node, h))
        return node;
    if (h) {
        struct inner *c = take_inner(as);
        memcpy(c, node, sizeof(*c));
        c->born = as->serial;
        copy = c;
    } else {
        struct leaf *c = take_leaf(as);
        memcpy(c, node, sizeof(*c));
        c->born = as->serial;
        copy = c;
    }
    discard(as, node, h);
    return copy;
}

/* Child @i of @in becomes @child.  In a node of this update: a plain store.
 * In a published node, when nothing else in it changes and the update
 * allows: one atomic store, which publishes the update.  Otherwise @in is
 * copied too.  Returns @in's version. */
static struct inner *set_child(struct ias *as, struct inner *in, unsigned i, void *child, unsigned h)
{
    if (is_own(as, in, h)) {
        in->child[i] = child;
        return in;
    }
    if (!as->batch && !as->no_shortcut) {
        __atomic_store_n(&in->child[i], child, __ATOMIC_RELEASE);
        return in;
    }
    in = (struct inner *)own(as, in, h);
    in->child[i] = child;
    return in;
}

/* ---- searching ------------------------------------------------------------
 *
 * Every search works on a view: the published tree (readers, under
 * rd_enter) or the writer's own (inside an update).  Child pointers are read
 * with atomic loads, as the writer may store one while a reader walks.
 */

struct view {
    const void *root;
    unsigned height;
};

static struct view reader_view(const struct ias *as)
{
    uintptr_t w = __atomic_load_n(&as->published, __ATOMIC_SEQ_CST);
    struct view v;

    v.root = (const void *)(w & ~(uintptr_t)63);
    v.height = (unsigned)(w & 63);
    return v;
}

static struct view writer_view(const struct ias *as)
{
    struct view v;

    v.root = as->root;
    v.height = as->height;
    return v;
}

static const void *child_at(const struct inner *in, unsigned i)
{
    return __atomic_load_n(&in->child[i], __ATOMIC_SEQ_CST);
}

/* Index of the child of @in whose key range holds @key. */
static unsigned inner_slot(const struct inner *in, uint64_t key)
{
    unsigned i, slot = 0, nk = in->n - 1u;

    for (i = 0; i < nk; i++)
        slot += in->key[i] <= key;
    return slot;
}

/* Number of mappings in @l whose start is <= key. */
static unsigned leaf_count_le(const struct leaf *l, uint64_t key)
{
    unsigned i, c = 0;

    for (i = 0; i < l->n; i++)
        c += l->start[i] <= key;
    return c;
}

/* Number of mappings in @l whose start is < key. */
static unsigned leaf_count_lt(const struct leaf *l, uint64_t key)
{
    unsigned i, c = 0;

    for (i = 0; i < l->n; i++)
        c += l->start[i] < key;
    return c;
}

/* Leaf whose key range holds @key, and that range (*b); @p (may be NULL)
 * records the path.  Each node is
 * prefetched whole as soon as its address is known, as in lookup_slot: an
 * unmap finds its mapping here and then copies the leaf, and without the
 * prefetch the lines the search does not read (end, phys, perm) were a
 * second DRAM latency inside the copy. */
static const struct leaf *descend(struct view v, uint64_t key, struct bounds *b, struct path *p)
{
    const void *node = v.root;
    unsigned h = v.height;

    b->has_lo = b->has_hi = 0;
    while (h--) {
        const struct inner *in = (const struct inner *)node;
        unsigned i = inner_slot(in, key);

        if (i > 0) {                               /* deeper levels bound tighter */
            b->lo = in->key[i - 1];
            b->has_lo = 1;
        }
        if (i + 1u < in->n) {
            b->hi = in->key[i];
            b->has_hi = 1;
        }
        if (p)
            p->slot[h + 1] = (uint8_t)i;
        node = child_at(in, i);
        prefetch_bytes(node, h ? sizeof(struct inner) : sizeof(struct leaf));
    }
    return (const struct leaf *)node;
}

/* The mapping with the largest virt_start <= key, given the leaf a descent
 * of @key reaches: 1 and *lp and *idx, or 0. */
static int pred_in(const struct leaf *l, uint64_t key, const struct leaf **lp, unsigned *idx)
{
    unsigned c = leaf_count_le(l, key);

    if (c == 0)
        return 0;       /* separators are exact: nothing smaller elsewhere */
    *lp = l;
    *idx = c - 1;
    return 1;
}

/* The mapping with the largest virt_start <= key: 1 and *lp and *idx, or 0. */
static int find_pred(struct view v, uint64_t key, const struct leaf **lp, unsigned *idx)
{
    struct bounds b;

    if (!v.root)
        return 0;
    return pred_in(descend(v, key, &b, NULL), key, lp, idx);
}

static void fill_mapping(const struct leaf *l, unsigned i, struct ias_mapping *m)
{
    m->virt_start = l->start[i];
    m->virt_end = l->end[i];
    m->phys_start = l->phys[i];
    m->perm = l->perm[i];
}

/* The leaf and slot of the mapping containing iova, or NULL.  The hot path
 * of every translation: no bookkeeping, just the descent. */
static inline const struct leaf *lookup_slot(struct view v, uint64_t iova, unsigned *idx)
{
    const void *node = v.root;
    unsigned h = v.height, c;
    const struct leaf *l;

    if (!node)
        return NULL;
    while (h--) {
        const struct inner *in = (const struct inner *)node;

        node = child_at(in, inner_slot(in, iova));
        prefetch_bytes(node, h ? sizeof(struct inner) : sizeof(struct leaf));
    }
    l = (const struct leaf *)node;
    c = leaf_count_le(l, iova);
    if (c == 0 || iova > l->end[c - 1])
        return NULL;
    *idx = c - 1;
    return l;
}

int ias_lookup(const struct ias *as, uint64_t iova, uint64_t *pa, unsigned *perm)
{
    unsigned i;
    const struct leaf *l;
    int found = 0;

    rd_enter();
    l = lookup_slot(reader_view(as), iova, &i);
    if (l) {
        if (pa)
            *pa = l->phys[i] + (iova - l->start[i]);
        if (perm)
            *perm = l->perm[i];
        found = 1;
    }
    rd_exit();
    return found;
}

static int find_v(struct view v, uint64_t iova, struct ias_mapping *m)
{
    const struct leaf *l;
    unsigned i;

    if (!find_pred(v, iova, &l, &i) || iova > l->end[i])
        return 0;
    if (m)
        fill_mapping(l, i, m);
    return 1;
}

static int find_ge_v(struct view v, uint64_t from, struct ias_mapping *m)
{
    struct bounds b;
    const struct leaf *l;
    unsigned pos;

    if (!v.root)
        return 0;
    l = descend(v, from, &b, NULL);
    pos = leaf_count_lt(l, from);
    if (pos < l->n) {
        if (m)
            fill_mapping(l, pos, m);
        return 1;
    }
    if (!b.has_hi)
        return 0;
    return find_v(v, b.hi, m);      /* hi is exactly a virt_start */
}

/* Does [start, end] (start <= end) overlap a mapping?  @l and @b: the leaf
 * a descent of @start reaches, and its bounds.
 *
 * Only two mappings can overlap: the last starting before @start (it may
 * reach into the range) and the first starting at or after it (it may start
 * inside).  The first lies in the leaf reached or is the smallest start
 * beyond it (hi).  The last lies in the leaf too when pos > 0; pos == 0
 * means the leaf is the leftmost (there is none) or its first mapping starts
 * exactly at @start, as the separator that led here is that mapping's start
 * and is <= @start. */
static int overlaps_in(const struct leaf *l, const struct bounds *b, uint64_t start, uint64_t end)
{
    unsigned pos = leaf_count_lt(l, start);

    if (pos > 0 && l->end[pos - 1] >= start)
        return 1;
    if (pos < l->n)
        return l->start[pos] <= end;
    return b->has_hi && b->hi <= end;
}

static int overlaps_v(struct view v, uint64_t start, uint64_t end)
{
    struct bounds b;

    if (end < start || !v.root)
        return 0;
    return overlaps_in(descend(v, start, &b, NULL), &b, start, end);
}

/* The writer's descent of @key in its non-empty tree: from the finger when
 * @key lies in its bounds (the descent would reach the same leaf along the
 * same path), else from the root.  *b and *p as in descend. */
static const struct leaf *writer_seek(const struct ias *as, uint64_t key, struct bounds *b, struct path *p)
{
    const struct finger *f = &as->finger;

    if (f->leaf && (!f->b.has_lo || key >= f->b.lo) && (!f->b.has_hi || key < f->b.hi)) {
        *b = f->b;
        *p = f->path;
        return f->leaf;
    }
    return descend(writer_view(as), key, b, p);
}

/* At the end of an update that started from bounds @b and path @p: leave
 * a finger on the leaf it changed, unless it changed more than that leaf. */
static void leave_finger(struct ias *as, const struct bounds *b, const struct path *p)
{
    if (as->reshaped || !as->touched)
        return;
    as->finger.leaf = as->touched;
    as->finger.b = *b;
    as->finger.path = *p;
}

int ias_find(const struct ias *as, uint64_t iova, struct ias_mapping *m)
{
    int r;

    rd_enter();
    r = find_v(reader_view(as), iova, m);
    rd_exit();
    return r;
}

int ias_find_ge(const struct ias *as, uint64_t from, struct ias_mapping *m)
{
    int r;

    rd_enter();
    r = find_ge_v(reader_view(as), from, m);
    rd_exit();
    return r;
}

int ias_overlaps(const struct ias *as, uint64_t start, uint64_t end)
{
    int r;

    rd_enter();
    r = overlaps_v(reader_view(as), start, end);
    rd_exit();
    return r;
}

/* ---- translation cache ----------------------------------------------------
 *
 * A cache entry for mapping M is valid while gen[bucket(M.start)] holds the
 * value it was filled under (addr_space.h).  Removing M must therefore move
 * that bucket on, and do it so that no thread can fill or keep an entry for M
 * once M is gone:
 *   1. gen[b] = BUSY         before the removal is visible (no hit on any
 *                            entry of bucket b from now on; fills skip it)
 *   2. publish the removal
 *   3. removals++            (release)
 *   4. gen[b] = fresh value  (release)
 * A fill reads `removals` before its tree walk and gen[b] and `removals`
 * again after it, and caches only when gen[b] is not BUSY and `removals` did
 * not move: if it read the fresh value of step 4 it also sees step 3 and
 * drops the entry (its walk may have seen M), and if it read an older value
 * the entry dies at step 1.  A hit that reads gen[b] after the reader has
 * seen a removal by any path sees step 1 or later, so an UNMAP removing
 * several mappings (all step 1s, one publish) is atomic to readers.
 * Fresh values come from one process-wide counter and are never reused, so an
 * entry never matches another address space or a bucket's earlier life.
 */

static uint64_t gen_counter;                    /* __atomic; values from 1 */

/* Generation numbers an address space takes from the counter at a time, so
 * that a removal does not pay a locked add on a line every writer in the
 * process shares (which also waits for the update's stores to drain). */
#define GEN_BLOCK 4096

/* @n fresh generation numbers: the first of them. */
static uint64_t fresh_gens(struct ias *as, uint64_t n)
{
    uint64_t v;

    if (as->gen_end - as->gen_next < n) {
        uint64_t take = n > GEN_BLOCK ? n : GEN_BLOCK;

        as->gen_next = __atomic_fetch_add(&gen_counter, take, __ATOMIC_RELAXED) + 1;
        as->gen_end = as->gen_next + take;
    }
    v = as->gen_next;
    as->gen_next += n;
    return v;
}

static void gen_set(struct ias *as, unsigned b, uint64_t v)
{
    __atomic_store_n(&as->head.gen[b], v, __ATOMIC_RELEASE);
}

/* Every bucket gets a fresh generation (a new or emptied address space). */
static void gen_renew_all(struct ias *as)
{
    uint64_t g = fresh_gens(as, IAS_GEN_BUCKETS);
    unsigned b;

    for (b = 0; b < IAS_GEN_BUCKETS; b++)
        gen_set(as, b, g + b);
}

/* Buckets of the mappings one update removes (steps 1 and 4 above): a
 * bitmap to take each once, and the list of them in the order taken, so
 * publishing does not scan the bitmap.  Only bits and n need clearing
 * (gen_set_init). */
struct gen_set_bits {
    uint64_t bits[IAS_GEN_BUCKETS / 64];
    unsigned n;
    uint16_t list[IAS_GEN_BUCKETS];
};

static void gen_set_init(struct gen_set_bits *g)
{
    memset(g->bits, 0, sizeof(g->bits));
    g->n = 0;
}

/* One more removal is published (step 3).  Only the writer changes the
 * count, so no locked instruction is needed. */
static void count_removal(struct ias *as)
{
    __atomic_store_n(&as->head.removals, __atomic_load_n(&as->head.removals, __ATOMIC_RELAXED) + 1,
                     __ATOMIC_RELEASE);
}

static void gen_busy(struct ias *as, struct gen_set_bits *g, uint64_t start)
{
    unsigned b = ias_gen_bucket_(start);

    if (g->bits[b / 64] >> (b % 64) & 1u)
        return;
    g->bits[b / 64] |= 1ull << (b % 64);
    g->list[g->n++] = (uint16_t)b;
    gen_set(as, b, IAS_GEN_BUSY_);
}

/* The same for an update that removes one mapping, starting at @start:
 * step 1 (gen_busy_one) and steps 3 and 4 (gen_publish_one), with no set to
 * keep. */
static unsigned gen_busy_one(struct ias *as, uint64_t start)
{
    unsigned b = ias_gen_bucket_(start);

    gen_set(as, b, IAS_GEN_BUSY_);
    return b;
}

static void gen_publish_one(struct ias *as, unsigned b)
{
    count_removal(as);
    gen_set(as, b, fresh_gens(as, 1));
}

static void gen_publish(struct ias *as, const struct gen_set_bits *g)
{
    uint64_t v;
    unsigned i;

    if (!g->n)
        return;
    count_removal(as);
    v = fresh_gens(as, g->n);
    for (i = 0; i < g->n; i++)
        gen_set(as, g->list[i], v + i);
}

void ias_tlb_init(struct ias_tlb *t)
{
    memset(t, 0, sizeof(*t));           /* [0, 0] with generation 0: never a hit */
}

/* The hit path is inline in addr_space.h. */
int ias_tlb_fill(struct ias_tlb *t, const struct ias *as, uint64_t iova, uint64_t *pa,
                 unsigned *perm)
{
    struct ias_tlb_entry *set = t->set[ias_tlb_set_(iova)], *e;
    const struct leaf *l;
    uint64_t removals, start, end, delta, g;
    unsigned c, p;

    t->misses++;
    removals = __atomic_load_n(&as->head.removals, __ATOMIC_ACQUIRE);
    rd_enter();
    l = lookup_slot(reader_view(as), iova, &c);
    if (!l) {
        rd_exit();
        return 0;                       /* misses are not cached: a map may fill them */
    }
    start = l->start[c];
    end = l->end[c];
    delta = l->phys[c] - start;         /* modulo 2^64: pa = iova + delta */
    p = l->perm[c];
    rd_exit();
    if (pa)
        *pa = iova + delta;
    if (perm)
        *perm = p;
    g = __atomic_load_n(&as->head.gen[ias_gen_bucket_(start)], __ATOMIC_ACQUIRE);
    if (g == IAS_GEN_BUSY_ || __atomic_load_n(&as->head.removals, __ATOMIC_ACQUIRE) != removals)
        return 1;                       /* a removal is under way: do not cache */
    memmove(set + 1, set, (IAS_TLB_WAYS - 1) * sizeof(*set));   /* the oldest goes */
    e = &set[0];
    e->start = start;
    e->end = end;
    e->delta = delta;
    e->tag = g << IAS_TLB_PERM_BITS | p;
    return 1;
}

size_t ias_count(const struct ias *as)
{
    return as->count;
}

size_t ias_memory(const struct ias *as)
{
    return sizeof(*as) + as->arena_bytes;
}

size_t ias_node_bytes(const struct ias *as)
{
    return as->nleaf * LEAF_SLOT + as->ninner * INNER_SLOT;
}

/* ---- insertion ------------------------------------------------------------ */

struct entry {
    uint64_t start, end, phys;
    uint8_t perm;
};

static void leaf_get(const struct leaf *l, unsigned i, struct entry *e)
{
    e->start = l->start[i];
    e->end = l->end[i];
    e->phys = l->phys[i];
    e->perm = l->perm[i];
}

static void leaf_put(struct leaf *l, unsigned i, const struct entry *e)
{
    l->start[i] = e->start;
    l->end[i] = e->end;
    l->phys[i] = e->phys;
    l->perm[i] = e->perm;
}

/* Move entries [from, from + cnt) of @l to [to, to + cnt) (overlap allowed). */
static void leaf_move(struct leaf *l, unsigned to, unsigned from, unsigned cnt)
{
    memmove(&l->start[to], &l->start[from], cnt * sizeof(l->start[0]));
    memmove(&l->end[to], &l->end[from], cnt * sizeof(l->end[0]));
    memmove(&l->phys[to], &l->phys[from], cnt * sizeof(l->phys[0]));
    memmove(&l->perm[to], &l->perm[from], cnt * sizeof(l->perm[0]));
}

/* Copy entries [from, from + cnt) of @src to [to, ...) of @dst. */
static void leaf_copy(struct leaf *dst, unsigned to, const struct leaf *src, unsigned from, unsigned cnt)
{
    memcpy(&dst->start[to], &src->start[from], cnt * sizeof(src->start[0]));
    memcpy(&dst->end[to], &src->end[from], cnt * sizeof(src->end[0]));
    memcpy(&dst->phys[to], &src->phys[from], cnt * sizeof(src->phys[0]));
    memcpy(&dst->perm[to], &src->perm[from], cnt * sizeof(src->perm[0]));
}

/* A published leaf's change is written straight into its copy: @dst gets
 * @src's entries with @e inserted at @pos (copy_insert) or with entry @pos
 * left out (copy_delete), in one pass over the live entries.  A whole-node
 * copy followed by a shift wrote every array twice and called memmove four
 * times (measured: 7% of a map + unmap pair at 1 M mappings, 15% of one in
 * cache).  The index arithmetic (not two copies around a gap) keeps the
 * compiler from turning the loops back into memmove calls. */
static void leaf_copy_insert(struct leaf *dst, const struct leaf *src, unsigned pos, const struct entry *e)
{
    unsigned k, n = src->n;

    for (k = 0; k <= n; k++) {
        struct entry t;

        leaf_get(src, k - (k > pos), &t);          /* entries after pos move up one */
        leaf_put(dst, k, &t);
    }
    leaf_put(dst, pos, e);
    dst->n = (uint16_t)(n + 1);
}

static void leaf_copy_delete(struct leaf *dst, const struct leaf *src, unsigned pos)
{
    unsigned k, n = src->n - 1u;

    for (k = 0; k < n; k++) {
        struct entry t;

        leaf_get(src, k + (k >= pos), &t);         /* entries after pos move down one */
        leaf_put(dst, k, &t);
    }
    dst->n = (uint16_t)n;
}

/* Insert @e into leaf @l.  Returns 1 if @l was split: *sep and *right describe
 * the new right sibling. */
static int ins_leaf(struct ias *as, struct leaf *l, const struct entry *e, int leftmost, int rightmost,
                    uint64_t *sep, void **right)
{
    unsigned n = l->n, pos = leaf_count_lt(l, e->start), m, k;
    struct leaf *r;

    if (n < LEAF_CAP) {
        leaf_move(l, pos + 1, pos, n - pos);
        leaf_put(l, pos, e);
        l->n = (uint16_t)(n + 1);
        return 0;
    }
    /* The combined sequence has LEAF_CAP + 1 entries, the new one at pos;
     * the first m stay in l, the rest move to r. */
    if (rightmost && pos == n)
        m = LEAF_CAP;
    else if (leftmost && pos == 0)
        m = 1;
    else
        m = (LEAF_CAP + 1) / 2;
    r = take_leaf(as);
    for (k = m; k <= LEAF_CAP; k++) {
        struct entry t;
        if (k < pos)
            leaf_get(l, k, &t);
        else if (k == pos)
            t = *e;
        else
            leaf_get(l, k - 1, &t);
        leaf_put(r, k - m, &t);
    }
    r->n = (uint16_t)(LEAF_CAP + 1 - m);
    if (pos < m) {
        leaf_move(l, pos + 1, pos, m - 1 - pos);
        leaf_put(l, pos, e);
    }
    l->n = (uint16_t)m;
    *sep = r->start[0];
    *right = r;
    return 1;
}

/* Insert @e below @node (height h) along path @p (descend of e->start);
 * returns the node's new version (itself if unchanged, or if the change was
 * published inside it).  *split: a new right sibling *right with smallest
 * key *sep. */
static void *ins_rec(struct ias *as, void *node, unsigned h, const struct entry *e, const struct path *p,
                     int leftmost, int rightmost, uint64_t *sep, void **right, int *split)
{
    struct inner *in, *r;
    unsigned n, i, m, k;
    uint64_t csep, keys[INNER_CAP];
    void *cright, *kids[INNER_CAP + 1], *child, *nc;
    int csplit;

    if (h == 0) {
        struct leaf *l = (struct leaf *)node;

        if (!is_own(as, l, 0) && l->n < LEAF_CAP) {
            struct leaf *c = take_leaf(as);

            leaf_copy_insert(c, l, leaf_count_lt(l, e->start), e);
            discard(as, l, 0);
            *split = 0;
            as->touched = c;
            return c;
        }
        l = (struct leaf *)own(as, l, 0);
        *split = ins_leaf(as, l, e, leftmost, rightmost, sep, right);
        as->touched = l;
        as->reshaped |= *split;
        return l;
    }
    in = (struct inner *)node;
    n = in->n;
    i = p->slot[h];
    child = in->child[i];
    nc = ins_rec(as, child, h - 1, e, p, leftmost && i == 0, rightmost && i + 1 == n, &csep, &cright, &csplit);
    *split = 0;
    if (!csplit)
        return nc == child ? (void *)in : (void *)set_child(as, in, i, nc, h);
    in = (struct inner *)own(as, in, h);
    in->child[i] = nc;
    if (n < INNER_CAP) {
        memmove(&in->key[i + 1], &in->key[i], (n - 1 - i) * sizeof(in->key[0]));
        memmove(&in->child[i + 2], &in->child[i + 1], (n - 1 - i) * sizeof(in->child[0]));
        in->key[i] = csep;
        in->child[i + 1] = cright;
        in->n = (uint16_t)(n + 1);
        return in;
    }
    /* Combined: INNER_CAP + 1 children, INNER_CAP keys (keys[j] = min of kids[j+1]). */
    for (k = 0; k <= i; k++)
        kids[k] = in->child[k];
    kids[i + 1] = cright;
    for (k = i + 1; k < n; k++)
        kids[k + 1] = in->child[k];
    for (k = 0; k < i; k++)
        keys[k] = in->key[k];
    keys[i] = csep;
    for (k = i; k + 1 < n; k++)
        keys[k + 1] = in->key[k];

    if (rightmost && i + 1 == n)
        m = INNER_CAP - 1;
    else if (leftmost && i == 0)
        m = 2;
    else
        m = (INNER_CAP + 1) / 2;
    r = take_inner(as);
    for (k = 0; k < m; k++)
        in->child[k] = kids[k];
    for (k = 0; k + 1 < m; k++)
        in->key[k] = keys[k];
    in->n = (uint16_t)m;
    for (k = m; k <= INNER_CAP; k++)
        r->child[k - m] = kids[k];
    for (k = m; k < INNER_CAP; k++)
        r->key[k - m] = keys[k];
    r->n = (uint16_t)(INNER_CAP + 1 - m);
    *sep = keys[m - 1];
    *right = r;
    *split = 1;
    return in;
}

int ias_map(struct ias *as, uint64_t virt_start, uint64_t virt_end, uint64_t phys_start, unsigned perm)
{
    struct path p;
    struct bounds b = { 0, 0, 0, 0 };
    struct entry e;
    uint64_t sep;
    void *right, *root;
    size_t mark;
    int split;

    if (virt_end < virt_start || (perm & ~(unsigned)PERM_ALL))
        return IAS_EINVAL;
    if (virt_end - virt_start > UINT64_MAX - phys_start)
        return IAS_EINVAL;
    /* One descent finds both the overlap and the path to insert along. */
    if (as->root && overlaps_in(writer_seek(as, virt_start, &b, &p), &b, virt_start, virt_end))
        return IAS_EOVERLAP;
    /* A copy and a split per level, a new root; a copy unlinked per level. */
    if (reserve(as, 2, 2 * (size_t)as->height + 1, (size_t)as->height + 1))
        return IAS_ENOMEM;

    mark = begin_update(as, 0);
    e.start = virt_start;
    e.end = virt_end;
    e.phys = phys_start;
    e.perm = (uint8_t)perm;
    root = as->root ? as->root : take_leaf(as);
    root = ins_rec(as, root, as->root ? as->height : 0, &e, &p, 1, 1, &sep, &right, &split);
    if (split) {
        struct inner *top = take_inner(as);
        top->n = 2;
        top->key[0] = sep;
        top->child[0] = root;
        top->child[1] = right;
        root = top;
        as->height++;
    }
    if (root != as->root) {
        as->root = root;
        publish_root(as);
    }
    as->count++;
    leave_finger(as, &b, &p);
    end_update(as, mark);
    return IAS_OK;
}

/* ---- deletion ------------------------------------------------------------- */

static unsigned node_n(const void *node, unsigned h)
{
    return h ? ((const struct inner *)node)->n : ((const struct leaf *)node)->n;
}

/* Smallest virt_start in a non-empty subtree. */
static uint64_t subtree_min(const void *node, unsigned h)
{
    while (h--)
        node = ((const struct inner *)node)->child[0];
    return ((const struct leaf *)node)->start[0];
}

/* Merge child a + 1 of @in (the writer's own) into child a (they fit) and
 * drop it. */
static void merge(struct ias *as, struct inner *in, unsigned a, unsigned ch)
{
    void *lp, *rp = in->child[a + 1];

    lp = in->child[a] = own(as, in->child[a], ch);
    if (ch == 0) {
        struct leaf *l = (struct leaf *)lp, *r = (struct leaf *)rp;
        leaf_copy(l, l->n, r, 0, r->n);
        l->n = (uint16_t)(l->n + r->n);
    } else {
        struct inner *l = (struct inner *)lp, *r = (struct inner *)rp;
        l->key[l->n - 1] = subtree_min(r, ch);
        memcpy(&l->key[l->n], &r->key[0], (r->n - 1u) * sizeof(r->key[0]));
        memcpy(&l->child[l->n], &r->child[0], r->n * sizeof(r->child[0]));
        l->n = (uint16_t)(l->n + r->n);
    }
    discard(as, rp, ch);
    memmove(&in->key[a], &in->key[a + 1], (in->n - 2u - a) * sizeof(in->key[0]));
    memmove(&in->child[a + 1], &in->child[a + 2], (in->n - 2u - a) * sizeof(in->child[0]));
    in->n--;
}

/* Move the last entry/child of child i - 1 to the front of child i. */
static void borrow_left(struct ias *as, struct inner *in, unsigned i, unsigned ch)
{
    in->child[i - 1] = own(as, in->child[i - 1], ch);
    in->child[i] = own(as, in->child[i], ch);
    if (ch == 0) {
        struct leaf *l = (struct leaf *)in->child[i - 1], *c = (struct leaf *)in->child[i];
        leaf_move(c, 1, 0, c->n);
        leaf_copy(c, 0, l, l->n - 1u, 1);
        c->n++;
        l->n--;
    } else {
        struct inner *l = (struct inner *)in->child[i - 1], *c = (struct inner *)in->child[i];
        memmove(&c->key[1], &c->key[0], (c->n - 1u) * sizeof(c->key[0]));
        memmove(&c->child[1], &c->child[0], c->n * sizeof(c->child[0]));
        c->child[0] = l->child[l->n - 1];
        c->key[0] = subtree_min(c->child[1], ch - 1);
        c->n++;
        l->n--;
    }
}

/* Move the first entry/child of child i + 1 to the end of child i. */
static void borrow_right(struct ias *as, struct inner *in, unsigned i, unsigned ch)
{
    in->child[i] = own(as, in->child[i], ch);
    in->child[i + 1] = own(as, in->child[i + 1], ch);
    if (ch == 0) {
        struct leaf *c = (struct leaf *)in->child[i], *r = (struct leaf *)in->child[i + 1];
        leaf_copy(c, c->n, r, 0, 1);
        leaf_move(r, 0, 1, r->n - 1u);
        c->n++;
        r->n--;
    } else {
        struct inner *c = (struct inner *)in->child[i], *r = (struct inner *)in->child[i + 1];
        c->key[c->n - 1] = subtree_min(r->child[0], ch - 1);
        c->child[c->n] = r->child[0];
        c->n++;
        memmove(&r->key[0], &r->key[1], (r->n - 2u) * sizeof(r->key[0]));
        memmove(&r->child[0], &r->child[1], (r->n - 1u) * sizeof(r->child[0]));
        r->n--;
    }
}

/* Child i of @in (the writer's own; children of height ch) fell below half
 * full: borrow or merge, then recompute the separators around it from the
 * children themselves. */
static void rebalance(struct ias *as, struct inner *in, unsigned i, unsigned ch)
{
    unsigned min = ch ? INNER_MIN : LEAF_MIN, j, lo, hi;

    if (in->n < 2)
        return;                                   /* root with one child */
    if (i > 0 && node_n(in->child[i - 1], ch) > min)
        borrow_left(as, in, i, ch);
    else if (i + 1u < in->n && node_n(in->child[i + 1], ch) > min)
        borrow_right(as, in, i, ch);
    else if (i > 0)
        merge(as, in, i - 1, ch), i--;
    else
        merge(as, in, i, ch);
    lo = i > 1 ? i - 1 : 1;
    hi = i + 1u < in->n ? i + 1 : in->n - 1u;
    for (j = lo; j <= hi && j < in->n; j++)
        in->key[j - 1] = subtree_min(in->child[j], ch);
}

/* Remove the mapping starting exactly at @key (it exists) from the subtree,
 * along path @p if not NULL: a descent of @key, or of an address above @key
 * with no mapping starting in between (the same path, as separators are
 * mapping starts).  Returns the node's new version (as ins_rec). */
static void *del_rec(struct ias *as, void *node, unsigned h, uint64_t key, const struct path *p)
{
    struct inner *in;
    unsigned i;
    void *child, *nc;
    int under, sep;

    if (h == 0) {
        struct leaf *l = (struct leaf *)node;
        unsigned pos = leaf_count_lt(l, key);

        if (pos == 0)
            as->no_shortcut = 1;      /* a separator above may change too: see below */
        if (!is_own(as, l, 0)) {
            struct leaf *c = take_leaf(as);

            leaf_copy_delete(c, l, pos);
            discard(as, l, 0);
            as->touched = c;
            return c;
        }
        leaf_move(l, pos, pos + 1, l->n - 1u - pos);
        l->n--;
        as->touched = l;
        return l;
    }
    in = (struct inner *)node;
    i = p ? p->slot[h] : inner_slot(in, key);
    child = in->child[i];
    nc = del_rec(as, child, h - 1, key, p);
    under = node_n(nc, h - 1) < (h - 1 ? INNER_MIN : LEAF_MIN);
    sep = i > 0 && in->key[i - 1] == key;
    if (!under && !sep)
        return nc == child ? (void *)in : (void *)set_child(as, in, i, nc, h);
    in = (struct inner *)own(as, in, h);
    in->child[i] = nc;
    as->reshaped = 1;                 /* a separator or a path changes: no finger */
    if (under)
        rebalance(as, in, i, h - 1);  /* recomputes key[i - 1] too */
    else
        in->key[i - 1] = subtree_min(in->child[i], h - 1);
    /* Removing a leaf's first mapping changes the one separator equal to
     * it, at some level above; until that level, every node is copied
     * (no_shortcut), so that the leaf and the separator are published
     * together.  Here is that level: above it nothing changes but a child
     * pointer, so one atomic store publishes it all and the path above
     * need not be copied (copying it to the root made every reader fetch a
     * new root and upper levels from the writer's cache). */
    if (sep)
        as->no_shortcut = 0;
    return in;
}

/* Retire the whole arena (the tree is empty or cleared): its chunks are
 * freed once no reader can be in them. */
static void arena_retire(struct ias *as)
{
    struct chunk *dead = NULL, *c;
    uint64_t stamp = __atomic_load_n(&reader_epoch.value, __ATOMIC_SEQ_CST);

    arena_drop(as, &dead);
    for (c = dead; c; c = c->next)
        c->stamp = stamp;
    while (dead) {
        c = dead->next;
        dead->next = as->dead_chunks;
        as->dead_chunks = dead;
        dead = c;
    }
    as->root = NULL;
    as->height = 0;
    as->count = 0;
    as->nleaf = 0;
    as->ninner = 0;
    as->finger.leaf = NULL;
    as->touched = NULL;
}

/* Delete one mapping within the current update (@p as in del_rec). */
static void delete_key(struct ias *as, uint64_t key, const struct path *p)
{
    void *root = del_rec(as, as->root, as->height, key, p);

    as->count--;
    while (as->height > 0 && ((struct inner *)root)->n == 1) {
        struct inner *old = (struct inner *)root;
        root = old->child[0];
        as->height--;
        discard(as, old, as->height + 1);
    }
    as->root = root;
}

/* Finish an unmap: publish the root (or an empty tree) if it changed. */
static void unmap_publish(struct ias *as, void *old_root, unsigned old_height)
{
    if (as->count == 0) {
        as->root = NULL;
        as->height = 0;
        publish_root(as);
        arena_retire(as);
    } else if (as->root != old_root || as->height != old_height) {
        publish_root(as);
    }
}

int ias_unmap(struct ias *as, uint64_t virt_start, uint64_t virt_end, uint64_t *removed)
{
    struct view v = writer_view(as);
    struct path p;
    struct bounds b;
    const struct leaf *l;
    unsigned i, bucket;
    uint64_t n = 0, k = 0, first, from;
    struct ias_mapping m;
    struct gen_set_bits g;
    void *old_root = as->root;
    unsigned old_height = as->height;
    size_t mark, h1 = (size_t)as->height + 1;

    if (removed)
        *removed = 0;
    if (virt_end < virt_start)
        return IAS_EINVAL;
    /* The last mapping starting at or before virt_end decides most cases. */
    if (!as->root || !pred_in(writer_seek(as, virt_end, &b, &p), virt_end, &l, &i))
        return IAS_OK;                            /* nothing starts <= virt_end */
    if (l->end[i] > virt_end)
        return IAS_ESPLIT;                        /* it covers virt_end and beyond */
    if (l->start[i] < virt_start) {
        /* Nothing starts inside the range; it may still reach into it. */
        return l->end[i] >= virt_start ? IAS_ESPLIT : IAS_OK;
    }
    first = l->start[i];
    if (first == virt_start) {
        /* The common case: the range is exactly one mapping (nothing else can
         * start in (virt_start, virt_end], and nothing before it reaches it).
         * A copy of the leaf and a sibling per level, each unlinking one,
         * plus merged-away nodes. */
        if (reserve(as, 2, 2 * h1, 3 * h1 + 1))
            return IAS_ENOMEM;
        mark = begin_update(as, 0);
        bucket = gen_busy_one(as, first);
        delete_key(as, first, &p);            /* nothing starts in (first, virt_end] */
        unmap_publish(as, old_root, old_height);
        leave_finger(as, &b, &p);
        end_update(as, mark);
        gen_publish_one(as, bucket);
        if (removed)
            *removed = 1;
        return IAS_OK;
    }
    /* A mapping that starts before the range and reaches into it. */
    if (find_pred(v, virt_start, &l, &i) && l->start[i] < virt_start && l->end[i] >= virt_start)
        return IAS_ESPLIT;

    if (virt_start == 0 && virt_end == UINT64_MAX) {
        n = as->count;
        ias_clear(as);
        if (removed)
            *removed = n;
        return IAS_OK;
    }
    /* Several mappings, removed as one update (published once, at the root):
     * count them to reserve what the copies need. */
    for (from = virt_start; find_ge_v(v, from, &m) && m.virt_start <= virt_end;) {
        k++;
        if (m.virt_end == UINT64_MAX)
            break;
        from = m.virt_end + 1;
    }
    if (reserve(as, k < as->nleaf ? 2 * k : as->nleaf + 1, k * 2 * h1 < as->ninner ? k * 2 * h1 : as->ninner + 1,
                k * (3 * h1 + 1)))
        return IAS_ENOMEM;
    mark = begin_update(as, 1);
    gen_set_init(&g);
    while (find_ge_v(writer_view(as), virt_start, &m) && m.virt_start <= virt_end) {
        gen_busy(as, &g, m.virt_start);
        delete_key(as, m.virt_start, NULL);
        n++;
        virt_start = m.virt_start;           /* now absent: find_ge moves on */
    }
    unmap_publish(as, NULL, 0);
    end_update(as, mark);
    gen_publish(as, &g);
    if (removed)
        *removed = n;
    return IAS_OK;
}

/* ---- self check (tests) -------------------------------------------------- */

/* Checks one subtree in address order: node occupancy, separators equal to
 * the subtree minimum, mappings sorted and disjoint; *cnt counts mappings. */
static int check_rec(const void *node, unsigned h, uint64_t *prev_end, int *have_prev, size_t *cnt)
{
    unsigned i;

    if (h == 0) {
        const struct leaf *l = (const struct leaf *)node;
        if (l->n == 0 || l->n > LEAF_CAP)
            return 0;
        for (i = 0; i < l->n; i++) {
            if (l->end[i] < l->start[i] || (l->perm[i] & ~(unsigned)PERM_ALL))
                return 0;
            if (l->end[i] - l->start[i] > UINT64_MAX - l->phys[i])
                return 0;
            if (*have_prev && l->start[i] <= *prev_end)
                return 0;
            *prev_end = l->end[i];
            *have_prev = 1;
        }
        *cnt += l->n;
        return 1;
    } else {
        const struct inner *in = (const struct inner *)node;
        if (in->n > INNER_CAP || in->n < 2u)
            return 0;
        for (i = 0; i < in->n; i++) {
            if (i > 0 && in->key[i - 1] != subtree_min(in->child[i], h - 1))
                return 0;
            if (!check_rec(in->child[i], h - 1, prev_end, have_prev, cnt))
                return 0;
        }
        return 1;
    }
}

/* The finger, if any, is where a descent of its lowest key leads. */
static int finger_ok(const struct ias *as)
{
    const struct finger *f = &as->finger;
    struct bounds b;
    struct path p;
    unsigned h;

    if (!f->leaf)
        return 1;
    if (descend(writer_view(as), f->b.has_lo ? f->b.lo : 0, &b, &p) != f->leaf ||
        b.has_lo != f->b.has_lo || b.has_hi != f->b.has_hi ||
        (b.has_lo && b.lo != f->b.lo) || (b.has_hi && b.hi != f->b.hi))
        return 0;
    for (h = 1; h <= as->height; h++)
        if (p.slot[h] != f->path.slot[h])
            return 0;
    return 1;
}

int ias_selfcheck(const struct ias *as)
{
    uint64_t prev_end = 0;
    int have_prev = 0;
    size_t cnt = 0;

    if (as->published != ((uintptr_t)as->root | as->height))
        return 0;                                 /* readers see another tree */
    if (!as->root)
        return as->count == 0 && as->height == 0 && !as->finger.leaf;
    if (!check_rec(as->root, as->height, &prev_end, &have_prev, &cnt))
        return 0;
    return cnt == as->count && finger_ok(as);
}

/* ---- lifetime ------------------------------------------------------------- */

struct ias *ias_new(void)
{
    struct ias *as = (struct ias *)aligned_alloc(IAS_LINE, sizeof(struct ias));

    if (as) {
        memset(as, 0, sizeof(*as));
        gen_renew_all(as);
    }
    return as;
}

void ias_clear(struct ias *as)
{
    unsigned b;

    /* Every mapping goes: every bucket, in the order the cache needs
     * (translation cache, above). */
    for (b = 0; b < IAS_GEN_BUCKETS; b++)
        gen_set(as, b, IAS_GEN_BUSY_);
    as->root = NULL;
    as->height = 0;
    publish_root(as);
    arena_retire(as);
    end_update(as, as->nlimbo);
    count_removal(as);
    gen_renew_all(as);
}

void ias_free(struct ias *as)
{
    struct chunk *dead = NULL;

    if (!as)
        return;
    arena_drop(as, &dead);
    chunks_free(dead);
    chunks_free(as->dead_chunks);
    free(as->limbo);
    free(as);
}
