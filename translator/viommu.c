/* SPDX-License-Identifier: MIT */
/*
 * viommu.c - reference model of a virtio-iommu device.
 *
 * Every request is handled in two phases: decode and validate everything
 * (reading the untrusted bytes through the generated wire helpers,
 * <iommu-abi/virtio_iommu_wire.h>: byte-wise little-endian loads, and the
 * check function of each request for its length, reserved bytes and flag
 * bits), then apply.  A rejected request leaves
 * the device exactly as it was.  The order of the checks, which decides the
 * status when a request has several faults, is the same for every request:
 *
 *   1. request available? (feature bits)  -> NOWRITE / UNSUPP
 *   2. readable part long enough?         -> INVAL
 *   3. reserved bytes and flags           -> INVAL
 *   4. endpoint exists?                   -> NOENT
 *   5. domain inside domain_range?        -> RANGE
 *   6. domain state (exists, bypass, ...) -> NOENT / INVAL
 *   7. address checks                     -> INVAL / RANGE
 *   8. conflicts with existing state      -> INVAL / UNSUPP
 *
 * translator/README.md lists each decision with the rule it follows.
 */
#include "viommu.h"

#include <stdlib.h>
#include <string.h>

#include "addr_space.h"
#include "digest.h"

#include <iommu-abi/virtio_iommu_wire.h>

#define FEAT(v, f) (((v)->cfg.features >> (f)) & 1u)
#define TAIL_SIZE  VIRTIO_IOMMU_REQ_TAIL_SIZE
#define RESV_PROP_SIZE VIRTIO_IOMMU_PROBE_RESV_MEM_SIZE

struct resv {
    uint64_t start, end;
    uint8_t subtype;
};

struct domain;

struct endpoint {
    uint32_t id;
    struct domain *dom;         /* NULL when not attached */
    size_t dom_slot;            /* index in dom->eps */
    size_t resv_slot;           /* index in dom->resv_eps, if it has regions in force */
    struct resv *resv;
    size_t nresv;
};

/* Every cost of a request is at most logarithmic in the number of domains,
 * endpoints and mappings (a trace of n commands replays in O(n log n)),
 * except for reserved regions, which are few (bounded by probe_size when
 * PROBE is offered, by the configuration otherwise): MAP checks the regions
 * of each attached endpoint that has some, never every attached endpoint. */
struct domain {
    uint32_t id;
    int bypass;                 /* created with VIRTIO_IOMMU_ATTACH_F_BYPASS */
    struct ias *as;             /* created by the first MAP (NULL before, and
                                   always for a bypass domain): an empty
                                   domain costs no address space */
    struct endpoint **eps;      /* attached endpoints, in no order */
    size_t neps, caps;
    struct endpoint **resv_eps; /* those of them with reserved regions in force */
    size_t nresv_eps, cap_resv;
};

struct viommu {
    struct viommu_config cfg;
    uint64_t granule_mask;      /* granule - 1 */
    struct endpoint **eps;      /* sorted by id */
    size_t neps, caps;
    /* The domains, as an ordered map from id to struct domain *: an address
     * space in which domain D is the one-address mapping [D, D] whose
     * "physical address" is the domain's pointer.  Lookup, insertion and
     * removal are O(log n) whatever order the driver picks ids in (a sorted
     * array would move O(n) pointers per new domain). */
    struct ias *doms;
    size_t ndoms;
    struct virtio_iommu_fault faults[VIOMMU_FAULT_QUEUE];
    unsigned fault_head, fault_count;
    uint64_t faults_dropped;
    /* Recent translations of every domain (addr_space.h: coherent by
     * construction, so requests never have to flush it). */
    struct ias_tlb tlb;
};

/* ---- lookups -------------------------------------------------------------- */

/* Index of the first endpoint with id >= @id. */
static size_t ep_pos(const struct viommu *v, uint32_t id)
{
    size_t lo = 0, hi = v->neps;

    while (lo < hi) {
        size_t mid = lo + (hi - lo) / 2;
        if (v->eps[mid]->id < id)
            lo = mid + 1;
        else
            hi = mid;
    }
    return lo;
}

static struct endpoint *find_ep(const struct viommu *v, uint32_t id)
{
    size_t i = ep_pos(v, id);

    return i < v->neps && v->eps[i]->id == id ? v->eps[i] : NULL;
}

static struct domain *find_dom(const struct viommu *v, uint32_t id)
{
    uint64_t ptr;

    if (!ias_lookup(v->doms, id, &ptr, NULL))
        return NULL;
    return (struct domain *)(uintptr_t)ptr;
}

/* Room for @need endpoint pointers in *arr (capacity *cap): 0, or -1 with
 * nothing changed when memory runs out. */
static int reserve_eps(struct endpoint ***arr, size_t *cap, size_t need)
{
    struct endpoint **n;
    size_t c;

    if (need <= *cap)
        return 0;
    c = *cap ? *cap * 2 : 4;
    while (c < need)
        c *= 2;
    n = (struct endpoint **)realloc(*arr, c * sizeof(*n));
    if (!n)
        return -1;
    *arr = n;
    *cap = c;
    return 0;
}

static int resv_is_msi(const struct resv *r)
{
    return r->subtype == VIRTIO_IOMMU_RESV_MEM_T_MSI;
}

/* ---- configuration -------------------------------------------------------- */

struct viommu *viommu_new(const struct viommu_config *cfg)
{
    struct viommu *v;

    if (!cfg || cfg->page_size_mask == 0 || cfg->bypass > 1 || cfg->probe_size > VIOMMU_MAX_PROBE_SIZE)
        return NULL;
    if (((cfg->features >> VIRTIO_IOMMU_F_INPUT_RANGE) & 1u) && cfg->input_end < cfg->input_start)
        return NULL;
    if (((cfg->features >> VIRTIO_IOMMU_F_DOMAIN_RANGE) & 1u) && cfg->domain_end < cfg->domain_start)
        return NULL;
    v = (struct viommu *)calloc(1, sizeof(*v));
    if (!v)
        return NULL;
    v->doms = ias_new();
    if (!v->doms) {
        free(v);
        return NULL;
    }
    v->cfg = *cfg;
    /* the least significant bit set is the granule */
    v->granule_mask = (cfg->page_size_mask & (~cfg->page_size_mask + 1)) - 1;
    return v;
}

static void domain_destroy(struct domain *d)
{
    ias_free(d->as);
    free(d->eps);
    free(d->resv_eps);
    free(d);
}

void viommu_reset(struct viommu *v)
{
    struct ias_mapping m;
    size_t i;
    int ok;

    for (ok = ias_find_ge(v->doms, 0, &m); ok; ok = ias_find_ge(v->doms, m.virt_end + 1, &m))
        domain_destroy((struct domain *)(uintptr_t)m.phys_start);      /* ids < 2^32: no wrap */
    ias_clear(v->doms);
    v->ndoms = 0;
    for (i = 0; i < v->neps; i++)
        v->eps[i]->dom = NULL;
    v->fault_head = 0;
    v->fault_count = 0;
}

void viommu_free(struct viommu *v)
{
    size_t i;

    if (!v)
        return;
    viommu_reset(v);
    for (i = 0; i < v->neps; i++) {
        free(v->eps[i]->resv);
        free(v->eps[i]);
    }
    free(v->eps);
    ias_free(v->doms);
    free(v);
}

const struct viommu_config *viommu_get_config(const struct viommu *v)
{
    return &v->cfg;
}

int viommu_add_endpoint(struct viommu *v, uint32_t endpoint)
{
    size_t i = ep_pos(v, endpoint);
    struct endpoint *ep;

    if (i < v->neps && v->eps[i]->id == endpoint)
        return -1;
    if (reserve_eps(&v->eps, &v->caps, v->neps + 1))
        return -1;
    ep = (struct endpoint *)calloc(1, sizeof(*ep));
    if (!ep)
        return -1;
    ep->id = endpoint;
    memmove(&v->eps[i + 1], &v->eps[i], (v->neps - i) * sizeof(v->eps[0]));
    v->eps[i] = ep;
    v->neps++;
    return 0;
}

int viommu_add_resv(struct viommu *v, uint32_t endpoint, uint64_t start, uint64_t end, uint8_t subtype)
{
    struct endpoint *ep = find_ep(v, endpoint);
    struct resv *n;
    size_t i;

    if (!ep || ep->dom || end < start)
        return -1;
    for (i = 0; i < ep->nresv; i++) {
        if (ep->resv[i].start <= end && start <= ep->resv[i].end)
            return -1;
        if (subtype == VIRTIO_IOMMU_RESV_MEM_T_MSI && resv_is_msi(&ep->resv[i]))
            return -1;
    }
    if (FEAT(v, VIRTIO_IOMMU_F_PROBE) && (ep->nresv + 1) * RESV_PROP_SIZE > v->cfg.probe_size)
        return -1;
    n = (struct resv *)realloc(ep->resv, (ep->nresv + 1) * sizeof(*n));
    if (!n)
        return -1;
    ep->resv = n;
    n[ep->nresv].start = start;
    n[ep->nresv].end = end;
    n[ep->nresv].subtype = subtype;
    ep->nresv++;
    return 0;
}

int viommu_write_bypass(struct viommu *v, uint8_t value)
{
    if (!FEAT(v, VIRTIO_IOMMU_F_BYPASS_CONFIG))
        return -1;
    v->cfg.bypass = value & 1u;
    return 0;
}

uint8_t viommu_read_bypass(const struct viommu *v)
{
    return v->cfg.bypass;
}

int viommu_endpoint_domain(const struct viommu *v, uint32_t endpoint, uint32_t *domain)
{
    const struct endpoint *ep = find_ep(v, endpoint);

    if (!ep || !ep->dom)
        return 0;
    if (domain)
        *domain = ep->dom->id;
    return 1;
}

size_t viommu_domain_count(const struct viommu *v)
{
    return v->ndoms;
}

long long viommu_domain_mappings(const struct viommu *v, uint32_t domain)
{
    const struct domain *d = find_dom(v, domain);

    if (!d)
        return -1;
    return d->as ? (long long)ias_count(d->as) : 0;
}

/* ---- domains and endpoints ------------------------------------------------ */

static int domain_in_range(const struct viommu *v, uint32_t domain)
{
    if (!FEAT(v, VIRTIO_IOMMU_F_DOMAIN_RANGE))
        return 1;
    return domain >= v->cfg.domain_start && domain <= v->cfg.domain_end;
}

static int input_in_range(const struct viommu *v, uint64_t start, uint64_t end)
{
    if (!FEAT(v, VIRTIO_IOMMU_F_INPUT_RANGE))
        return 1;
    return start >= v->cfg.input_start && end <= v->cfg.input_end;
}

/* Number of @ep's reserved regions in force.  The driver learns of them only
 * as PROBE properties, so without VIRTIO_IOMMU_F_PROBE there are none: the
 * driver then maps the MSI doorbell itself, as the spec tells it to when no
 * MSI region is reported (README P7). */
static size_t resv_in_force(const struct viommu *v, const struct endpoint *ep)
{
    return FEAT(v, VIRTIO_IOMMU_F_PROBE) ? ep->nresv : 0;
}

/* Remove @ep from its domain in O(1) (each endpoint knows its slots); the
 * domain ceases to exist with its last endpoint.  Cannot fail. */
static void detach_ep(struct viommu *v, struct endpoint *ep)
{
    struct domain *d = ep->dom;

    d->eps[ep->dom_slot] = d->eps[--d->neps];
    d->eps[ep->dom_slot]->dom_slot = ep->dom_slot;
    if (resv_in_force(v, ep)) {
        d->resv_eps[ep->resv_slot] = d->resv_eps[--d->nresv_eps];
        d->resv_eps[ep->resv_slot]->resv_slot = ep->resv_slot;
    }
    ep->dom = NULL;
    if (d->neps == 0) {
        /* Removing the one-address mapping [id, id] never splits one. */
        ias_unmap(v->doms, d->id, d->id, NULL);
        v->ndoms--;
        domain_destroy(d);
    }
}

/* Add @ep to @d, whose arrays have room (reserve_eps).  Cannot fail. */
static void attach_ep(struct viommu *v, struct endpoint *ep, struct domain *d)
{
    ep->dom_slot = d->neps;
    d->eps[d->neps++] = ep;
    if (resv_in_force(v, ep)) {
        ep->resv_slot = d->nresv_eps;
        d->resv_eps[d->nresv_eps++] = ep;
    }
    ep->dom = d;
}

/* 1 if any reserved region of @ep overlaps a mapping of @d. */
static int resv_conflicts(const struct viommu *v, const struct endpoint *ep, const struct domain *d)
{
    size_t i;

    if (!d->as)
        return 0;
    for (i = 0; i < resv_in_force(v, ep); i++)
        if (ias_overlaps(d->as, ep->resv[i].start, ep->resv[i].end))
            return 1;
    return 0;
}

/* 1 if [start, end] overlaps a reserved region of an endpoint attached to @d. */
static int range_hits_resv(const struct viommu *v, const struct domain *d, uint64_t start, uint64_t end)
{
    size_t i, j;

    for (i = 0; i < d->nresv_eps; i++)
        for (j = 0; j < resv_in_force(v, d->resv_eps[i]); j++)
            if (d->resv_eps[i]->resv[j].start <= end && start <= d->resv_eps[i]->resv[j].end)
                return 1;
    return 0;
}

/* ---- requests ------------------------------------------------------------- */

/* The rules the spec states for a request's bytes (length before the tail,
 * must-be-zero reserved bytes, flag bits the interface defines), as the
 * request's generated check function applies them: a rejection is INVAL
 * (G2, A1, A2, M1, U1); what the device ignores (head.reserved, DETACH's and
 * PROBE's reserved bytes) is only a note.  Feature-dependent rules (a flag
 * defined by a feature that is not offered) stay with each request. */
#define REQ_REJECTED(check, in, in_len) \
    VIRTIO_IOMMU_WIRE_REJECTS(check((in), (in_len), NULL))

static uint8_t do_attach(struct viommu *v, const uint8_t *in, size_t in_len)
{
    uint32_t domain, endpoint, flags, known = 0;
    struct endpoint *ep;
    struct domain *d, *nd = NULL;
    int bypass;

    if (REQ_REJECTED(virtio_iommu_req_attach_check, in, in_len))
        return VIRTIO_IOMMU_S_INVAL;
    domain = virtio_iommu_req_attach_get_domain(in);
    endpoint = virtio_iommu_req_attach_get_endpoint(in);
    flags = virtio_iommu_req_attach_get_flags(in);
    if (FEAT(v, VIRTIO_IOMMU_F_BYPASS_CONFIG))
        known |= VIRTIO_IOMMU_ATTACH_F_BYPASS;
    if (flags & ~known)
        return VIRTIO_IOMMU_S_INVAL;
    bypass = (flags & VIRTIO_IOMMU_ATTACH_F_BYPASS) != 0;
    ep = find_ep(v, endpoint);
    if (!ep)
        return VIRTIO_IOMMU_S_NOENT;
    if (!domain_in_range(v, domain))
        return VIRTIO_IOMMU_S_RANGE;
    d = find_dom(v, domain);
    if (d && d->bypass != bypass)
        return VIRTIO_IOMMU_S_INVAL;
    if (d && ep->dom == d)
        return VIRTIO_IOMMU_S_OK;               /* already attached there */
    if (d && resv_conflicts(v, ep, d))
        return VIRTIO_IOMMU_S_UNSUPP;

    /* Allocate everything before changing anything. */
    if (!d) {
        nd = (struct domain *)calloc(1, sizeof(*nd));
        if (!nd)
            return VIRTIO_IOMMU_S_NOMEM;
        nd->id = domain;
        nd->bypass = bypass;
        if (reserve_eps(&nd->eps, &nd->caps, 1) ||
            reserve_eps(&nd->resv_eps, &nd->cap_resv, 1)) {
            domain_destroy(nd);
            return VIRTIO_IOMMU_S_NOMEM;
        }
        /* Entering the domain in the index is the first change, and on
         * failure changes nothing. */
        if (ias_map(v->doms, domain, domain, (uint64_t)(uintptr_t)nd, IAS_PERM_READ) != IAS_OK) {
            domain_destroy(nd);
            return VIRTIO_IOMMU_S_NOMEM;
        }
        v->ndoms++;
        d = nd;
    } else if (reserve_eps(&d->eps, &d->caps, d->neps + 1) ||
               reserve_eps(&d->resv_eps, &d->cap_resv, d->nresv_eps + 1)) {
        return VIRTIO_IOMMU_S_NOMEM;
    }

    /* As if DETACH(old domain, endpoint), then ATTACH.  (The old domain is
     * not @d: an endpoint already attached to @d returned above.) */
    if (ep->dom)
        detach_ep(v, ep);
    attach_ep(v, ep, d);
    return VIRTIO_IOMMU_S_OK;
}

static uint8_t do_detach(struct viommu *v, const uint8_t *in, size_t in_len)
{
    uint32_t domain, endpoint;
    struct endpoint *ep;

    /* reserved is ignored (device MUST ignore it): the check only notes it */
    if (REQ_REJECTED(virtio_iommu_req_detach_check, in, in_len))
        return VIRTIO_IOMMU_S_INVAL;
    domain = virtio_iommu_req_detach_get_domain(in);
    endpoint = virtio_iommu_req_detach_get_endpoint(in);
    ep = find_ep(v, endpoint);
    if (!ep)
        return VIRTIO_IOMMU_S_NOENT;
    if (!domain_in_range(v, domain))
        return VIRTIO_IOMMU_S_RANGE;
    if (!ep->dom || ep->dom->id != domain)
        return VIRTIO_IOMMU_S_INVAL;
    detach_ep(v, ep);
    return VIRTIO_IOMMU_S_OK;
}

static uint8_t do_map(struct viommu *v, const uint8_t *in, size_t in_len)
{
    uint32_t domain, flags, known = VIRTIO_IOMMU_MAP_F_READ | VIRTIO_IOMMU_MAP_F_WRITE;
    uint64_t vs, ve, ps;
    struct domain *d;
    unsigned perm = 0;
    int rc;

    if (!FEAT(v, VIRTIO_IOMMU_F_MAP_UNMAP))
        return VIRTIO_IOMMU_S_UNSUPP;
    if (REQ_REJECTED(virtio_iommu_req_map_check, in, in_len))
        return VIRTIO_IOMMU_S_INVAL;
    domain = virtio_iommu_req_map_get_domain(in);
    vs = virtio_iommu_req_map_get_virt_start(in);
    ve = virtio_iommu_req_map_get_virt_end(in);
    ps = virtio_iommu_req_map_get_phys_start(in);
    flags = virtio_iommu_req_map_get_flags(in);
    if (FEAT(v, VIRTIO_IOMMU_F_MMIO))
        known |= VIRTIO_IOMMU_MAP_F_MMIO;
    if (flags & ~known)
        return VIRTIO_IOMMU_S_INVAL;
    if (!domain_in_range(v, domain))
        return VIRTIO_IOMMU_S_RANGE;
    d = find_dom(v, domain);
    if (!d)
        return VIRTIO_IOMMU_S_NOENT;
    if (d->bypass)
        return VIRTIO_IOMMU_S_INVAL;
    if (ve < vs)
        return VIRTIO_IOMMU_S_INVAL;
    /* virt_start, phys_start and virt_end + 1 on the granule, without
     * computing virt_end + 1. */
    if ((vs & v->granule_mask) || (ps & v->granule_mask) || (ve & v->granule_mask) != v->granule_mask)
        return VIRTIO_IOMMU_S_RANGE;
    if (!input_in_range(v, vs, ve))
        return VIRTIO_IOMMU_S_RANGE;
    if (ve - vs > UINT64_MAX - ps)
        return VIRTIO_IOMMU_S_RANGE;            /* phys_end beyond 2^64 - 1 */
    if (range_hits_resv(v, d, vs, ve))
        return VIRTIO_IOMMU_S_INVAL;
    if (flags & VIRTIO_IOMMU_MAP_F_READ)
        perm |= IAS_PERM_READ;
    if (flags & VIRTIO_IOMMU_MAP_F_WRITE)
        perm |= IAS_PERM_WRITE;
    if (flags & VIRTIO_IOMMU_MAP_F_MMIO)
        perm |= IAS_PERM_MMIO;
    if (!d->as && !(d->as = ias_new()))
        return VIRTIO_IOMMU_S_NOMEM;
    rc = ias_map(d->as, vs, ve, ps, perm);
    if (rc == IAS_EOVERLAP)
        return VIRTIO_IOMMU_S_INVAL;
    if (rc == IAS_ENOMEM)
        return VIRTIO_IOMMU_S_NOMEM;
    if (rc != IAS_OK)
        return VIRTIO_IOMMU_S_DEVERR;
    return VIRTIO_IOMMU_S_OK;
}

static uint8_t do_unmap(struct viommu *v, const uint8_t *in, size_t in_len)
{
    uint32_t domain;
    uint64_t vs, ve;
    struct domain *d;
    int rc;

    if (!FEAT(v, VIRTIO_IOMMU_F_MAP_UNMAP))
        return VIRTIO_IOMMU_S_UNSUPP;
    if (REQ_REJECTED(virtio_iommu_req_unmap_check, in, in_len))
        return VIRTIO_IOMMU_S_INVAL;
    domain = virtio_iommu_req_unmap_get_domain(in);
    vs = virtio_iommu_req_unmap_get_virt_start(in);
    ve = virtio_iommu_req_unmap_get_virt_end(in);
    if (!domain_in_range(v, domain))
        return VIRTIO_IOMMU_S_RANGE;
    d = find_dom(v, domain);
    if (!d)
        return VIRTIO_IOMMU_S_NOENT;
    if (d->bypass)
        return VIRTIO_IOMMU_S_INVAL;
    if (ve < vs)
        return VIRTIO_IOMMU_S_INVAL;
    if (!input_in_range(v, vs, ve))
        return VIRTIO_IOMMU_S_RANGE;
    if (!d->as)
        return VIRTIO_IOMMU_S_OK;               /* never mapped: nothing to remove */
    rc = ias_unmap(d->as, vs, ve, NULL);
    if (rc == IAS_ESPLIT)
        return VIRTIO_IOMMU_S_RANGE;
    if (rc != IAS_OK)
        return VIRTIO_IOMMU_S_DEVERR;
    return VIRTIO_IOMMU_S_OK;
}

static void write_tail(uint8_t *tail, uint8_t status)
{
    size_t i;

    virtio_iommu_req_tail_set_status(tail, status);
    for (i = 0; i < VIRTIO_IOMMU_REQ_TAIL_RESERVED_SIZE; i++)
        virtio_iommu_req_tail_set_reserved(tail, i, 0);
}

/* A PROBE that fails: the @len bytes before the tail become an empty
 * property list (zeros: PROBE_T_NONE), so that every byte up to the used
 * length is written, as virtio requires of a used buffer. */
static size_t probe_fail(uint8_t *out, size_t len, uint8_t status)
{
    memset(out, 0, len);
    write_tail(out + len, status);
    return len + TAIL_SIZE;
}

/* PROBE: the writable part is probe_size bytes of properties, then the tail. */
static size_t do_probe(struct viommu *v, const uint8_t *in, size_t in_len, uint8_t *out, size_t out_len)
{
    size_t psize = v->cfg.probe_size, off = 0, i;
    const struct endpoint *ep;

    if (out_len < TAIL_SIZE)
        return 0;
    if (out_len - TAIL_SIZE < psize) {
        /* The properties area is smaller than probe_size: no property is
         * written; the status goes in the last bytes of the buffer. */
        return probe_fail(out, out_len - TAIL_SIZE, VIRTIO_IOMMU_S_INVAL);
    }
    /* reserved[64] is ignored (device MUST ignore it): the check only notes it */
    if (REQ_REJECTED(virtio_iommu_req_probe_check, in, in_len))
        return probe_fail(out, psize, VIRTIO_IOMMU_S_INVAL);
    ep = find_ep(v, virtio_iommu_req_probe_get_endpoint(in));
    if (!ep)
        return probe_fail(out, psize, VIRTIO_IOMMU_S_NOENT);
    /* viommu_add_resv guarantees the properties fit. */
    for (i = 0; i < ep->nresv && off + RESV_PROP_SIZE <= psize; i++) {
        uint8_t *p = out + off;
        size_t k;

        virtio_iommu_probe_resv_mem_set_head_type(p, VIRTIO_IOMMU_PROBE_T_RESV_MEM);
        virtio_iommu_probe_resv_mem_set_head_length(p, RESV_PROP_SIZE - VIRTIO_IOMMU_PROBE_PROPERTY_SIZE);
        virtio_iommu_probe_resv_mem_set_subtype(p, ep->resv[i].subtype);
        for (k = 0; k < VIRTIO_IOMMU_PROBE_RESV_MEM_RESERVED_SIZE; k++)
            virtio_iommu_probe_resv_mem_set_reserved(p, k, 0);
        virtio_iommu_probe_resv_mem_set_start(p, ep->resv[i].start);
        virtio_iommu_probe_resv_mem_set_end(p, ep->resv[i].end);
        off += RESV_PROP_SIZE;
    }
    memset(out + off, 0, psize - off);          /* the rest reads as PROBE_T_NONE */
    write_tail(out + psize, VIRTIO_IOMMU_S_OK);
    return psize + TAIL_SIZE;
}

size_t viommu_handle_request(struct viommu *v, const void *in_, size_t in_len, void *out_, size_t out_len)
{
    const uint8_t *in = (const uint8_t *)in_;
    uint8_t *out = (uint8_t *)out_, status;
    uint8_t type;

    if (!out)
        out_len = 0;
    if (!in)
        in_len = 0;
    if (in_len < VIRTIO_IOMMU_REQ_HEAD_TYPE_OFFSET + VIRTIO_IOMMU_REQ_HEAD_TYPE_SIZE) {
        /* Not even a type: a request shorter than its structure. */
        if (out_len < TAIL_SIZE)
            return 0;
        write_tail(out, VIRTIO_IOMMU_S_INVAL);
        return TAIL_SIZE;
    }
    type = virtio_iommu_req_head_get_type(in);
    /* head.reserved is ignored (device MUST ignore it) */
    switch (type) {
    case VIRTIO_IOMMU_T_ATTACH:
    case VIRTIO_IOMMU_T_DETACH:
    case VIRTIO_IOMMU_T_MAP:
    case VIRTIO_IOMMU_T_UNMAP:
        break;
    case VIRTIO_IOMMU_T_PROBE:
        if (!FEAT(v, VIRTIO_IOMMU_F_PROBE))
            return 0;
        return do_probe(v, in, in_len, out, out_len);
    default:
        return 0;                               /* unknown type: don't write */
    }
    if (out_len < TAIL_SIZE)
        return 0;                               /* no room for the tail */
    switch (type) {
    case VIRTIO_IOMMU_T_ATTACH:
        status = do_attach(v, in, in_len);
        break;
    case VIRTIO_IOMMU_T_DETACH:
        status = do_detach(v, in, in_len);
        break;
    case VIRTIO_IOMMU_T_MAP:
        status = do_map(v, in, in_len);
        break;
    default:
        status = do_unmap(v, in, in_len);
        break;
    }
    write_tail(out, status);
    return TAIL_SIZE;
}

/* ---- translation and faults ------------------------------------------------ */

static void queue_fault(struct viommu *v, uint8_t reason, uint32_t endpoint, uint64_t iova, int is_write)
{
    uint8_t *b;
    uint32_t flags = (is_write ? VIRTIO_IOMMU_FAULT_F_WRITE : VIRTIO_IOMMU_FAULT_F_READ) |
                     VIRTIO_IOMMU_FAULT_F_ADDRESS;

    if (v->fault_count == VIOMMU_FAULT_QUEUE) {
        v->faults_dropped++;
        return;
    }
    b = (uint8_t *)&v->faults[(v->fault_head + v->fault_count) % VIOMMU_FAULT_QUEUE];
    memset(b, 0, VIRTIO_IOMMU_FAULT_SIZE);
    virtio_iommu_fault_set_reason(b, reason);
    virtio_iommu_fault_set_flags(b, flags);
    virtio_iommu_fault_set_endpoint(b, endpoint);
    virtio_iommu_fault_set_address(b, iova);
    v->fault_count++;
}

static int fault(struct viommu *v, uint8_t r, uint32_t endpoint, uint64_t iova, int is_write, uint8_t *reason)
{
    queue_fault(v, r, endpoint, iova, is_write);
    if (reason)
        *reason = r;
    return VIOMMU_XLATE_FAULT;
}

static int identity(uint64_t iova, uint64_t *pa)
{
    if (pa)
        *pa = iova;
    return VIOMMU_XLATE_OK;
}

int viommu_translate(struct viommu *v, uint32_t endpoint, uint64_t iova, int is_write, uint64_t *pa, uint8_t *reason)
{
    const struct endpoint *ep = find_ep(v, endpoint);
    unsigned perm, need = is_write ? IAS_PERM_WRITE : IAS_PERM_READ;
    uint64_t out;
    size_t i;

    if (!ep)
        return fault(v, VIRTIO_IOMMU_FAULT_R_UNKNOWN, endpoint, iova, is_write, reason);
    if (!ep->dom) {
        int bypass = (FEAT(v, VIRTIO_IOMMU_F_BYPASS_CONFIG) && v->cfg.bypass == 1) ||
                     FEAT(v, VIRTIO_IOMMU_F_BYPASS);
        if (bypass)
            return identity(iova, pa);
        return fault(v, VIRTIO_IOMMU_FAULT_R_DOMAIN, endpoint, iova, is_write, reason);
    }
    if (ep->dom->bypass)
        return identity(iova, pa);
    /* An MSI doorbell region is reached untranslated: it can never be mapped
     * (MAP over a RESV_MEM region is refused) and the spec has the driver map
     * the doorbell itself only when no MSI region is reported. */
    for (i = 0; i < resv_in_force(v, ep); i++)
        if (resv_is_msi(&ep->resv[i]) && ep->resv[i].start <= iova && iova <= ep->resv[i].end)
            return identity(iova, pa);
    if (!ep->dom->as || !ias_tlb_lookup(&v->tlb, ep->dom->as, iova, &out, &perm) || !(perm & need))
        return fault(v, VIRTIO_IOMMU_FAULT_R_MAPPING, endpoint, iova, is_write, reason);
    if (pa)
        *pa = out;
    return VIOMMU_XLATE_OK;
}

int viommu_pop_fault(struct viommu *v, struct virtio_iommu_fault *out)
{
    if (v->fault_count == 0)
        return 0;
    if (out)
        *out = v->faults[v->fault_head];
    v->fault_head = (v->fault_head + 1) % VIOMMU_FAULT_QUEUE;
    v->fault_count--;
    return 1;
}

uint64_t viommu_faults_dropped(const struct viommu *v)
{
    return v->faults_dropped;
}

/* ---- state digest --------------------------------------------------------- */

uint64_t viommu_state_digest(const struct viommu *v)
{
    uint64_t h = 0x76696f6d6d75ull;
    struct ias_mapping dm;
    size_t i, j;
    unsigned k;
    int dok;

    h = digest_mix(h, v->cfg.bypass);
    h = digest_mix(h, v->neps);
    for (i = 0; i < v->neps; i++) {
        const struct endpoint *ep = v->eps[i];

        h = digest_mix(h, (uint64_t)ep->id << 1 | (ep->dom != NULL));
        if (ep->dom)
            h = digest_mix(h, ep->dom->id);
        for (j = 0; j < ep->nresv; j++) {
            h = digest_mix(h, ep->resv[j].start);
            h = digest_mix(h, ep->resv[j].end);
            h = digest_mix(h, ep->resv[j].subtype);
        }
    }
    h = digest_mix(h, v->ndoms);
    for (dok = ias_find_ge(v->doms, 0, &dm); dok; dok = ias_find_ge(v->doms, dm.virt_end + 1, &dm)) {
        const struct domain *d = (const struct domain *)(uintptr_t)dm.phys_start;   /* in id order */
        struct ias_mapping m;
        int ok;

        h = digest_mix(h, (uint64_t)d->id << 1 | (d->bypass ? 1u : 0u));
        if (!d->as)
            continue;
        h = digest_mix(h, ias_count(d->as));
        for (ok = ias_find_ge(d->as, 0, &m); ok;
             ok = m.virt_end != UINT64_MAX && ias_find_ge(d->as, m.virt_end + 1, &m)) {
            h = digest_mix(h, m.virt_start);
            h = digest_mix(h, m.virt_end);
            h = digest_mix(h, m.phys_start);
            h = digest_mix(h, m.perm);
        }
    }
    /* the fault queue, oldest first, as the driver would read it */
    h = digest_mix(h, v->fault_count);
    h = digest_mix(h, v->faults_dropped);
    for (k = 0; k < v->fault_count; k++) {
        const struct virtio_iommu_fault *f = &v->faults[(v->fault_head + k) % VIOMMU_FAULT_QUEUE];
        const uint8_t *b = (const uint8_t *)f;
        uint64_t w = 0;

        for (j = 0; j < sizeof(*f); j++) {
            w = w << 8 | b[j];
            if (j % 8 == 7 || j + 1 == sizeof(*f)) {
                h = digest_mix(h, w);
                w = 0;
            }
        }
    }
    return h;
}
