/* SPDX-License-Identifier: MIT */
/*
 * fuzz_xen.c - libFuzzer target for xen_pviommu_op(), the Xen PV-IOMMU
 * hypercall entry point, fed raw argument bytes, with remote_cmd hooks that
 * reach a second domain through a small guest memory.
 *
 * Input: one configuration byte, one preemption byte (map/unmap are
 * preempted every (byte % 8) pages, 0: never, and continued), then
 * operations:
 *   op byte % 4 in 0..2: a hypercall: SUBOP (1 byte, % 16) LEN (1 byte) then
 *                        LEN argument bytes (a heap block of exactly LEN
 *                        bytes, so out-of-bounds accesses are caught);
 *   3: translate:        DEVICE (1 byte, index) DADDR (8 bytes) WRITE (1).
 * Before each hypercall the argument bytes are also copied to the guest
 * memory at address 0, so remote_cmd with arg 0 finds them there.
 * Checked: return values are 0 or one of the documented negative errnos; a
 * hypercall that fails changes nothing in either domain
 * (xen_pviommu_state_digest: contexts, mappings, attachments), except the
 * pages a failing map/unmap reports in mapped/unmapped (kept, as the header
 * documents), which must be exactly the change in the page count.
 */
#include <errno.h>
#include <stdint.h>
#include <stdlib.h>
#include <string.h>

#include "xen_pviommu.h"

static const uint32_t devs[] = { XEN_PVIOMMU_SBDF(0, 0, 0x08), XEN_PVIOMMU_SBDF(0, 1, 0), XEN_PVIOMMU_SBDF(0xffff, 0xff, 0xff) };

struct world {
    struct xen_pviommu *dom[2];
    uint8_t mem[256];
    size_t mem_len;
};

static struct xen_pviommu *w_domain(void *o, uint16_t domid)
{
    struct world *w = o;
    return domid < 2 ? w->dom[domid] : NULL;
}

static int w_from(void *o, void *dst, uint64_t ga, size_t len)
{
    struct world *w = o;
    if (ga > w->mem_len || len > w->mem_len - ga)
        return -1;
    memcpy(dst, w->mem + ga, len);
    return 0;
}

static int w_to(void *o, uint64_t ga, const void *src, size_t len)
{
    struct world *w = o;
    if (ga > w->mem_len || len > w->mem_len - ga)
        return -1;
    memcpy(w->mem + ga, src, len);
    return 0;
}

static int known_rc(long rc)
{
    switch (-rc) {
    case 0: case EINVAL: case ENOENT: case EBUSY: case ENOSPC: case EPERM: case EACCES:
    case ENODEV: case EOPNOTSUPP: case ENOMEM: case EFAULT: case E2BIG:
        return 1;
    default:
        return 0;
    }
}

/* Pages a failed map/unmap reports as done (kept: mapped/unmapped count
 * them), read from its argument bytes @b of @len; 0 for other sub-operations.
 * *sign: +1 map, -1 unmap. */
static uint32_t partial_pages(unsigned subop, const uint8_t *b, size_t len, int *sign)
{
    size_t off;

    if (subop == IOMMU_map_pages && len >= sizeof(struct pv_iommu_map_pages)) {
        off = offsetof(struct pv_iommu_map_pages, mapped);
        *sign = 1;
    } else if (subop == IOMMU_unmap_pages && len >= sizeof(struct pv_iommu_unmap_pages)) {
        off = offsetof(struct pv_iommu_unmap_pages, unmapped);
        *sign = -1;
    } else {
        return 0;
    }
    return (uint32_t)b[off] | (uint32_t)b[off + 1] << 8 | (uint32_t)b[off + 2] << 16 | (uint32_t)b[off + 3] << 24;
}

/* After a failed hypercall: domain @t (the one that ran the sub-operation)
 * changed by exactly the @k reported pages, every other domain not at all.
 * @unsure: a remote_cmd, whose sub-operation may not have run at all (then
 * the guest memory still holds the caller's bytes, not a count). */
static void check_failed(struct world *w, const uint64_t *digest, const uint64_t *pages, int t,
                         uint32_t k, int sign, int unsure)
{
    int i;

    for (i = 0; i < 2; i++) {
        if (i == t && unsure && xen_pviommu_state_digest(w->dom[i]) == digest[i])
            continue;
        if (i == t && k) {
            uint64_t now = xen_pviommu_pages(w->dom[i]);
            if (sign > 0 ? now - pages[i] != k : pages[i] - now != k)
                abort();
            if (xen_pviommu_state_digest(w->dom[i]) == digest[i])
                abort();
        } else if (xen_pviommu_state_digest(w->dom[i]) != digest[i]) {
            abort();
        }
    }
}

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size);

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    struct xen_pviommu_config cfg;
    struct xen_pviommu_env env;
    struct world w;
    size_t pos = 2;
    int i;

    if (size < 2)
        return 0;
    memset(&cfg, 0, sizeof(cfg));
    cfg.devices = devs;
    cfg.nr_devices = 3;
    cfg.cap_flags = data[0] & 0x1f;
    cfg.pgsize_mask = (data[0] & 0x20) ? 0x40201000u : 0x1000u;
    cfg.max_iova = (data[0] & 0x40) ? UINT64_MAX : 0xffffffffa7ffull;
    cfg.max_ctx = 4;
    cfg.allow_remote = (data[0] >> 7) & 1;
    cfg.max_pages = 64;          /* small: the limit is reached, and the state digests taken around every hypercall stay cheap */
    memset(&w, 0, sizeof(w));
    w.dom[0] = xen_pviommu_new(&cfg);
    cfg.allow_remote = 0;
    w.dom[1] = xen_pviommu_new(&cfg);
    if (!w.dom[0] || !w.dom[1])
        abort();
    env.domain = w_domain;
    env.copy_from_guest = w_from;
    env.copy_to_guest = w_to;
    env.opaque = &w;
    for (i = 0; i < 2; i++) {
        xen_pviommu_set_env(w.dom[i], &env);
        xen_pviommu_set_preempt(w.dom[i], data[1] % 8);
    }

    while (pos < size) {
        uint8_t op = data[pos++] % 4;

        if (op < 3) {
            unsigned subop;
            size_t len;
            uint8_t *arg;
            long rc;
            uint64_t digest[2], pages[2];

            if (size - pos < 2)
                break;
            subop = data[pos] % 16;
            len = data[pos + 1];
            pos += 2;
            if (len > size - pos)
                len = size - pos;
            arg = malloc(len ? len : 1);
            if (!arg)
                abort();
            memcpy(arg, data + pos, len);
            memcpy(w.mem, data + pos, len);
            w.mem_len = len;
            pos += len;
            for (i = 0; i < 2; i++) {
                digest[i] = xen_pviommu_state_digest(w.dom[i]);
                pages[i] = xen_pviommu_pages(w.dom[i]);
            }
            rc = xen_pviommu_op(w.dom[op == 2], subop, len ? arg : NULL, len);
            if (!known_rc(rc))
                abort();
            if (rc) {
                int t = op == 2, sign = 0, unsure = 0;
                uint32_t k = partial_pages(subop, arg, len, &sign);

                if (subop == IOMMU_remote_cmd && len >= sizeof(struct pv_iommu_remote_cmd)) {
                    /* the sub-operation ran on domain domid with its argument
                     * (and OUT fields) in guest memory */
                    uint16_t domid = (uint16_t)(arg[0] | arg[1] << 8);
                    unsigned inner = (unsigned)(arg[2] | arg[3] << 8);
                    uint64_t ga = 0;
                    int b;

                    for (b = 7; b >= 0; b--)
                        ga = ga << 8 | arg[offsetof(struct pv_iommu_remote_cmd, arg) + (unsigned)b];
                    t = domid < 2 ? domid : -1;
                    k = ga < w.mem_len ? partial_pages(inner, w.mem + ga, w.mem_len - ga, &sign) : 0;
                    unsure = 1;
                }
                check_failed(&w, digest, pages, t, k, sign, unsure);
            }
            free(arg);
        } else {
            uint64_t a = 0, ma = 0;
            int k;

            if (size - pos < 10)
                break;
            for (k = 7; k >= 0; k--)
                a = (a << 8) | data[pos + 1 + k];
            if (xen_pviommu_translate(w.dom[0], devs[data[pos] % 3], a, data[pos + 9] & 1, &ma) == XEN_XLATE_OK &&
                a > cfg.max_iova)
                abort();
            pos += 10;
        }
    }
    xen_pviommu_free(w.dom[0]);
    xen_pviommu_free(w.dom[1]);
    return 0;
}
