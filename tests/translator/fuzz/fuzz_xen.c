/* SPDX-License-Identifier: MIT */
/*
 * fuzz_xen.c - libFuzzer target for xen_pviommu_op(), the Xen PV-IOMMU
 * hypercall entry point, fed raw argument bytes, with remote_cmd hooks that
 * reach a second domain through a small guest memory.
 *
 * Input: one configuration byte, then operations:
 *   op byte % 4 in 0..2: a hypercall: SUBOP (1 byte, % 16) LEN (1 byte) then
 *                        LEN argument bytes (a heap block of exactly LEN
 *                        bytes, so out-of-bounds accesses are caught);
 *   3: translate:        DEVICE (1 byte, index) DADDR (8 bytes) WRITE (1).
 * Before each hypercall the argument bytes are also copied to the guest
 * memory at address 0, so remote_cmd with arg 0 finds them there.
 * Checked: return values are 0 or one of the documented negative errnos.
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
    case ENODEV: case EOPNOTSUPP: case ENOMEM: case EFAULT: case ESRCH:
        return 1;
    default:
        return 0;
    }
}

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size);

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    struct xen_pviommu_config cfg;
    struct xen_pviommu_env env;
    struct world w;
    size_t pos = 1;
    int i;

    if (size < 1)
        return 0;
    memset(&cfg, 0, sizeof(cfg));
    cfg.devices = devs;
    cfg.nr_devices = 3;
    cfg.cap_flags = data[0] & 0x1f;
    cfg.pgsize_mask = (data[0] & 0x20) ? 0x40201000u : 0x1000u;
    cfg.max_iova = (data[0] & 0x40) ? UINT64_MAX : 0xffffffffa7ffull;
    cfg.max_ctx = 4;
    cfg.allow_remote = (data[0] >> 7) & 1;
    cfg.max_pages = 512;
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
    for (i = 0; i < 2; i++)
        xen_pviommu_set_env(w.dom[i], &env);

    while (pos < size) {
        uint8_t op = data[pos++] % 4;

        if (op < 3) {
            unsigned subop;
            size_t len;
            uint8_t *arg;
            long rc;

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
            rc = xen_pviommu_op(w.dom[op == 2], subop, len ? arg : NULL, len);
            if (!known_rc(rc))
                abort();
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
