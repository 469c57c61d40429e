/* SPDX-License-Identifier: MIT */
/*
 * diff_viommu.c - differential test of the virtio-iommu device model: random
 * ATTACH / DETACH / MAP / UNMAP requests as raw bytes (plus truncated
 * requests, unknown types and translations), each checked against a small
 * brute-force model of the documented semantics (translator/README.md,
 * "Semantics and decisions (virtio-iommu)": G2, G4, G9, G11, G12, A1-A7,
 * D1-D4, M1-M6, M8, U1-U5, T1-T3).
 *
 *   diff_viommu [TOTAL_OPS [FIRST_SEED]]      (default 300000 ops, seed 1)
 *
 * Device: endpoints 1, 2, 3; granule 4 KiB; features MAP_UNMAP, MMIO,
 * BYPASS_CONFIG, DOMAIN_RANGE (0..7) and INPUT_RANGE (odd seeds: the whole
 * space; even seeds: [0x1000, 2^48-1]); config bypass = seed % 3 == 0.  No
 * reserved regions (their rules have their own conformance traces).  The
 * first divergence prints seed, op index and request, and fails.
 */
#include <inttypes.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "viommu.h"
#include "wire.h"
#include "testlib.h"

#define NDOM 10            /* ids 0..9; domain_range is 0..7 */
#define DOM_END 7
#define MAXMAP 96
#define RUN_OPS 5000u

struct mmap_ { uint64_t s, e, p; unsigned flags; };
struct mdom { int exists, bypass, neps; struct mmap_ m[MAXMAP]; int n; };

static struct mdom doms[NDOM];
static int ep_dom[4];                  /* endpoints 1..3: domain or -1 */
static uint64_t in_start, in_end;
static int cfg_bypass;

static struct tl_rng rng;

static uint64_t rnd(void)
{
    return tl_rng_next(&rng);
}

static uint64_t below(uint64_t n) { return n ? rnd() % n : 0; }

static const char *sname(unsigned s)
{
    static const char *n[] = { "OK", "IOERR", "UNSUPP", "DEVERR", "INVAL", "RANGE", "NOENT", "FAULT", "NOMEM" };
    return s < 9 ? n[s] : "?";
}

/* ---- model ---------------------------------------------------------------- */

static void m_detach(int ep)
{
    int d = ep_dom[ep];

    ep_dom[ep] = -1;
    if (--doms[d].neps == 0)
        memset(&doms[d], 0, sizeof(doms[d]));       /* the domain ceases to exist */
}

static unsigned m_attach(uint32_t dom, uint32_t ep, uint32_t flags, int reserved_nonzero)
{
    int bypass = flags & 1;

    if (reserved_nonzero || (flags & ~1u))
        return VIRTIO_IOMMU_S_INVAL;
    if (ep < 1 || ep > 3)
        return VIRTIO_IOMMU_S_NOENT;
    if (dom > DOM_END)
        return VIRTIO_IOMMU_S_RANGE;
    if (doms[dom].exists && doms[dom].bypass != bypass)
        return VIRTIO_IOMMU_S_INVAL;
    if (ep_dom[ep] == (int)dom)
        return VIRTIO_IOMMU_S_OK;
    if (ep_dom[ep] >= 0)
        m_detach((int)ep);
    if (!doms[dom].exists) {
        doms[dom].exists = 1;
        doms[dom].bypass = bypass;
    }
    doms[dom].neps++;
    ep_dom[ep] = (int)dom;
    return VIRTIO_IOMMU_S_OK;
}

static unsigned m_detach_req(uint32_t dom, uint32_t ep)
{
    if (ep < 1 || ep > 3)
        return VIRTIO_IOMMU_S_NOENT;
    if (dom > DOM_END)
        return VIRTIO_IOMMU_S_RANGE;
    if (ep_dom[ep] != (int)dom)
        return VIRTIO_IOMMU_S_INVAL;
    m_detach((int)ep);
    return VIRTIO_IOMMU_S_OK;
}

static unsigned m_map(uint32_t dom, uint64_t s, uint64_t e, uint64_t p, uint32_t flags)
{
    struct mdom *d;
    int i;

    if (flags & ~7u)
        return VIRTIO_IOMMU_S_INVAL;
    if (dom > DOM_END)
        return VIRTIO_IOMMU_S_RANGE;
    d = &doms[dom];
    if (!d->exists)
        return VIRTIO_IOMMU_S_NOENT;
    if (d->bypass || e < s)
        return VIRTIO_IOMMU_S_INVAL;
    if ((s & 0xfff) || (p & 0xfff) || (e & 0xfff) != 0xfff)
        return VIRTIO_IOMMU_S_RANGE;
    if (s < in_start || e > in_end)
        return VIRTIO_IOMMU_S_RANGE;
    if (e - s > UINT64_MAX - p)
        return VIRTIO_IOMMU_S_RANGE;
    for (i = 0; i < d->n; i++)
        if (d->m[i].s <= e && s <= d->m[i].e)
            return VIRTIO_IOMMU_S_INVAL;
    if (d->n == MAXMAP)
        tl_diverge("model full (test bug)");
    d->m[d->n].s = s;
    d->m[d->n].e = e;
    d->m[d->n].p = p;
    d->m[d->n].flags = flags;
    d->n++;
    return VIRTIO_IOMMU_S_OK;
}

static unsigned m_unmap(uint32_t dom, uint64_t s, uint64_t e, int reserved_nonzero)
{
    struct mdom *d;
    int i;

    if (reserved_nonzero)
        return VIRTIO_IOMMU_S_INVAL;
    if (dom > DOM_END)
        return VIRTIO_IOMMU_S_RANGE;
    d = &doms[dom];
    if (!d->exists)
        return VIRTIO_IOMMU_S_NOENT;
    if (d->bypass || e < s)
        return VIRTIO_IOMMU_S_INVAL;
    if (s < in_start || e > in_end)
        return VIRTIO_IOMMU_S_RANGE;
    for (i = 0; i < d->n; i++) {
        int overlap = d->m[i].s <= e && s <= d->m[i].e;
        int inside = s <= d->m[i].s && d->m[i].e <= e;
        if (overlap && !inside)
            return VIRTIO_IOMMU_S_RANGE;
    }
    for (i = 0; i < d->n;) {
        if (s <= d->m[i].s && d->m[i].e <= e)
            d->m[i] = d->m[--d->n];
        else
            i++;
    }
    return VIRTIO_IOMMU_S_OK;
}

/* 0 ok (*pa), else 1 + the fault reason (VIRTIO_IOMMU_FAULT_R_UNKNOWN is 0). */
static int m_translate(uint32_t ep, uint64_t iova, int w, uint64_t *pa)
{
    struct mdom *d;
    int i;

    if (ep < 1 || ep > 3)
        return 1 + VIRTIO_IOMMU_FAULT_R_UNKNOWN;
    if (ep_dom[ep] < 0) {
        if (cfg_bypass) {
            *pa = iova;
            return 0;
        }
        return 1 + VIRTIO_IOMMU_FAULT_R_DOMAIN;
    }
    d = &doms[ep_dom[ep]];
    if (d->bypass) {
        *pa = iova;
        return 0;
    }
    for (i = 0; i < d->n; i++)
        if (d->m[i].s <= iova && iova <= d->m[i].e) {
            if (!(d->m[i].flags & (w ? VIRTIO_IOMMU_MAP_F_WRITE : VIRTIO_IOMMU_MAP_F_READ)))
                return 1 + VIRTIO_IOMMU_FAULT_R_MAPPING;
            *pa = d->m[i].p + (iova - d->m[i].s);
            return 0;
        }
    return 1 + VIRTIO_IOMMU_FAULT_R_MAPPING;
}

/* ---- request generation ---------------------------------------------------- */

static uint64_t win_base;

static uint64_t page_addr(void)
{
    switch (below(10)) {
    case 0: return 0;
    case 1: return UINT64_MAX - 0xfff - 0x1000 * below(4);
    case 2: return rnd() & ~(uint64_t)0xfff;
    case 3: return (0x1000000000000ull - 0x1000) - 0x1000 * below(3);   /* around 2^48 */
    default: return win_base + 0x1000 * below(48);
    }
}

static void gen_range(uint64_t *s, uint64_t *e)
{
    uint64_t pages;

    if (below(40) == 0) {
        *s = 0;
        *e = UINT64_MAX;
        return;
    }
    *s = page_addr();
    pages = below(6) + 1;
    *e = (*s > UINT64_MAX - (pages * 0x1000 - 1)) ? UINT64_MAX : *s + pages * 0x1000 - 1;
    switch (below(24)) {
    case 0: *s += 1 + below(0xfff); break;              /* unaligned start */
    case 1: *e -= 1 + below(0xfff); break;              /* unaligned end */
    case 2: { uint64_t t = *s; *s = *e; *e = t; } break; /* inverted */
    default: break;
    }
}

static uint32_t gen_dom(void) { return (uint32_t)(below(16) == 0 ? 8 + below(2) : below(4)); }
static uint32_t gen_ep(void) { return (uint32_t)(below(16) == 0 ? (below(2) ? 0 : 7) : 1 + below(3)); }

/* ---- the driver ---------------------------------------------------------- */

static void check_counts(const struct viommu *v)
{
    size_t n = 0;
    uint32_t i;
    char msg[128];

    for (i = 0; i < NDOM; i++) {
        long long got = viommu_domain_mappings(v, i);
        long long want = doms[i].exists ? (doms[i].bypass ? 0 : doms[i].n) : -1;
        n += doms[i].exists;
        if (got != want && !(doms[i].exists && doms[i].bypass)) {
            snprintf(msg, sizeof(msg), "domain %u: %lld mappings, model %lld", i, got, want);
            tl_diverge(msg);
        }
        if (doms[i].exists && doms[i].bypass && got > 0)
            tl_diverge("bypass domain has mappings");
    }
    if (viommu_domain_count(v) != n)
        tl_diverge("domain count differs");
    for (i = 1; i <= 3; i++) {
        uint32_t d = 0;
        int a = viommu_endpoint_domain(v, i, &d);
        if (a != (ep_dom[i] >= 0) || (a && (int)d != ep_dom[i]))
            tl_diverge("endpoint attachment differs");
    }
}

static unsigned long long n_ops, n_ok, n_status[16], n_xlate_ok;

static void run(uint64_t seed, unsigned nops)
{
    struct viommu_config cfg;
    struct viommu *v;
    unsigned i;
    char msg[256];

    tl_rng_seed(&rng, seed * 0x9e3779b97f4a7c15ull + 7);
    memset(doms, 0, sizeof(doms));
    for (i = 0; i < 4; i++)
        ep_dom[i] = -1;
    in_start = (seed & 1) ? 0 : 0x1000;
    in_end = (seed & 1) ? UINT64_MAX : 0xffffffffffffull;
    cfg_bypass = (seed % 3 == 0);
    win_base = (seed % 4 == 2) ? UINT64_MAX - 0x2ffff : 0x10000;

    memset(&cfg, 0, sizeof(cfg));
    cfg.features = (1ull << VIRTIO_IOMMU_F_MAP_UNMAP) | (1ull << VIRTIO_IOMMU_F_MMIO) |
                   (1ull << VIRTIO_IOMMU_F_BYPASS_CONFIG) | (1ull << VIRTIO_IOMMU_F_DOMAIN_RANGE) |
                   (1ull << VIRTIO_IOMMU_F_INPUT_RANGE);
    cfg.page_size_mask = 0xfffffffffffff000ull;
    cfg.input_start = in_start;
    cfg.input_end = in_end;
    cfg.domain_start = 0;
    cfg.domain_end = DOM_END;
    cfg.probe_size = 512;
    cfg.bypass = (uint8_t)cfg_bypass;
    v = viommu_new(&cfg);
    if (!v || viommu_add_endpoint(v, 1) || viommu_add_endpoint(v, 2) || viommu_add_endpoint(v, 3)) {
        fprintf(stderr, "diff_viommu: cannot create the device\n");
        exit(2);
    }

    for (i = 0; i < nops; i++) {
        uint8_t in[64], out[4];
        size_t len = 0, used;
        unsigned want = 0, k = (unsigned)below(100);
        int truncate = below(40) == 0;

        tl_diff_op = i;
        memset(in, 0, sizeof(in));
        memset(out, 0xee, sizeof(out));
        if (k < 12) {
            typedef struct virtio_iommu_req_attach R;
            uint32_t dom = gen_dom(), ep = gen_ep(), flags = below(12) == 0 ? 2 : (below(5) == 0);
            int resv = below(30) == 0;
            in[0] = VIRTIO_IOMMU_T_ATTACH;
            wire_st32(in + offsetof(R, domain), dom);
            wire_st32(in + offsetof(R, endpoint), ep);
            wire_st32(in + offsetof(R, flags), flags);
            if (resv)
                in[offsetof(R, reserved) + below(WIRE_FIELD_SIZE(R, reserved))] = 1;
            len = offsetof(R, tail);
            if (!truncate)
                want = m_attach(dom, ep, flags, resv);
            snprintf(msg, sizeof(msg), "ATTACH dom %u ep %u flags %u resv %d", dom, ep, flags, resv);
        } else if (k < 20) {
            typedef struct virtio_iommu_req_detach R;
            uint32_t dom = gen_dom(), ep = gen_ep();
            in[0] = VIRTIO_IOMMU_T_DETACH;
            wire_st32(in + offsetof(R, domain), dom);
            wire_st32(in + offsetof(R, endpoint), ep);
            if (below(4) == 0)
                in[offsetof(R, reserved)] = 0x5a;        /* ignored (D1) */
            len = offsetof(R, tail);
            if (!truncate)
                want = m_detach_req(dom, ep);
            snprintf(msg, sizeof(msg), "DETACH dom %u ep %u", dom, ep);
        } else if (k < 55) {
            typedef struct virtio_iommu_req_map R;
            uint32_t dom = gen_dom(), flags = (uint32_t)below(8);
            uint64_t s, e, p;
            if (below(30) == 0)
                flags |= 8u << below(20);
            gen_range(&s, &e);
            p = below(8) == 0 ? UINT64_MAX - 0xfff - 0x1000 * below(3) : (rnd() & 0xfffffff000ull);
            if (below(30) == 0)
                p |= 0x800;
            in[0] = VIRTIO_IOMMU_T_MAP;
            wire_st32(in + offsetof(R, domain), dom);
            wire_st64(in + offsetof(R, virt_start), s);
            wire_st64(in + offsetof(R, virt_end), e);
            wire_st64(in + offsetof(R, phys_start), p);
            wire_st32(in + offsetof(R, flags), flags);
            len = offsetof(R, tail);
            if (!truncate)
                want = m_map(dom, s, e, p, flags);
            snprintf(msg, sizeof(msg), "MAP dom %u [0x%" PRIx64 ", 0x%" PRIx64 "] -> 0x%" PRIx64 " flags %u",
                     dom, s, e, p, flags);
        } else if (k < 75) {
            typedef struct virtio_iommu_req_unmap R;
            uint32_t dom = gen_dom();
            uint64_t s, e;
            int resv = below(30) == 0;
            gen_range(&s, &e);
            if (below(4) == 0 && !truncate) {       /* widen to whole mappings */
                s &= ~(uint64_t)0xffff;
                e |= 0xffff;
            }
            in[0] = VIRTIO_IOMMU_T_UNMAP;
            wire_st32(in + offsetof(R, domain), dom);
            wire_st64(in + offsetof(R, virt_start), s);
            wire_st64(in + offsetof(R, virt_end), e);
            if (resv)
                in[offsetof(R, reserved)] = 1;
            len = offsetof(R, tail);
            if (!truncate)
                want = m_unmap(dom, s, e, resv);
            snprintf(msg, sizeof(msg), "UNMAP dom %u [0x%" PRIx64 ", 0x%" PRIx64 "] resv %d", dom, s, e, resv);
        } else if (k < 78) {                        /* unknown type: nothing written */
            in[0] = (uint8_t)(6 + below(250));
            used = viommu_handle_request(v, in, 8 + below(40), out, sizeof(out));
            if (used != 0 || out[0] != 0xee) {
                snprintf(msg, sizeof(msg), "type %u: used %zu", in[0], used);
                tl_diverge(msg);
            }
            n_ops++;
            continue;
        } else {                                    /* translate */
            uint32_t ep = gen_ep();
            uint64_t iova = page_addr() + below(0x1000), pa = 0, mpa = 0;
            uint8_t reason = 0;
            int w = (int)below(2);
            int r = viommu_translate(v, ep, iova, w, &pa, &reason);
            int mr = m_translate(ep, iova, w, &mpa);
            if ((r == VIOMMU_XLATE_OK) != (mr == 0) || (mr == 0 && pa != mpa) || (mr && reason + 1 != mr)) {
                snprintf(msg, sizeof(msg), "translate ep %u 0x%" PRIx64 " %c: got %d pa 0x%" PRIx64
                         " reason %u, model %d (reason+1) pa 0x%" PRIx64, ep, iova, w ? 'w' : 'r', r, pa, reason, mr, mpa);
                tl_diverge(msg);
            }
            n_xlate_ok += (mr == 0);
            if (below(64) == 0) {
                struct virtio_iommu_fault f;
                while (viommu_pop_fault(v, &f))
                    ;
            }
            n_ops++;
            continue;
        }
        if (truncate) {
            len = below(len);                       /* shorter than the structure */
            want = VIRTIO_IOMMU_S_INVAL;
            strncat(msg, " (truncated)", sizeof(msg) - strlen(msg) - 1);
        }
        used = viommu_handle_request(v, in, len, out, sizeof(out));
        if (used != sizeof(out) || out[0] != want || out[1] || out[2] || out[3]) {
            char m2[400];
            snprintf(m2, sizeof(m2), "%s: used %zu status %s, model %s", msg, used, sname(out[0]), sname(want));
            tl_diverge(m2);
        }
        n_status[want & 15]++;
        n_ok += (want == 0);
        n_ops++;
        if ((i & 63) == 0)
            check_counts(v);
    }
    check_counts(v);
    viommu_free(v);
}

int main(int argc, char **argv)
{
    uint64_t first, last, ops;
    int rc = tl_diff_main("diff_viommu", argc, argv, 300000ull, RUN_OPS, run);

    if (rc)
        return rc;
    tl_diff_summary(&first, &last, &ops);
    printf("diff_viommu: statuses OK %llu INVAL %llu RANGE %llu NOENT %llu; translations OK %llu\n",
           n_status[0], n_status[VIRTIO_IOMMU_S_INVAL], n_status[VIRTIO_IOMMU_S_RANGE],
           n_status[VIRTIO_IOMMU_S_NOENT], n_xlate_ok);
    if (!n_status[0] || !n_status[VIRTIO_IOMMU_S_INVAL] || !n_status[VIRTIO_IOMMU_S_RANGE] ||
        !n_status[VIRTIO_IOMMU_S_NOENT] || !n_xlate_ok) {
        fprintf(stderr, "diff_viommu: an outcome was never exercised\n");
        return 1;
    }
    printf("diff_viommu: %llu operations, seeds %" PRIu64 "..%" PRIu64 ", 0 divergences\n",
           (unsigned long long)ops, first, last);
    return 0;
}
