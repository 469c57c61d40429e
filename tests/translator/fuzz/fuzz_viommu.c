/* SPDX-License-Identifier: MIT */
/*
 * fuzz_viommu.c - libFuzzer target for viommu_handle_request(), the
 * virtio-iommu request handler, on a device with endpoints and reserved
 * regions.
 *
 * Input: one configuration byte, then a sequence of operations:
 *   op byte % 8 in 0..4: a request:  IN_LEN (1 byte) OUT_LEN (2 bytes, LE)
 *                        then IN_LEN bytes of request (head included);
 *                        the device-readable and device-writable areas are
 *                        separate heap blocks of exactly these sizes, so any
 *                        access past them is caught by ASan;
 *   5: translate:        ENDPOINT (1 byte, index) IOVA (8 bytes) WRITE (1)
 *   6: drain the fault queue;
 *   7: write the bypass config field (1 byte), or reset (when it is 0xff).
 * Checked: the used length never exceeds the writable area; a written status
 * is a known VIRTIO_IOMMU_S_* value; translation results are consistent; a
 * request that does not succeed (no tail written, or a status other than
 * OK) and a refused bypass write leave the device's whole observable state
 * (viommu_state_digest: attachments, domains, mappings, fault queue)
 * exactly as it was.
 */
#include <stdint.h>
#include <stdlib.h>
#include <string.h>

#include "viommu.h"

static const uint32_t endpoints[] = { 0, 1, 2, 0x104, 0xffffffffu };

static uint64_t ld64(const uint8_t *p)
{
    uint64_t v = 0;
    int i;

    for (i = 7; i >= 0; i--)
        v = (v << 8) | p[i];
    return v;
}

static struct viommu *make_device(uint8_t c)
{
    struct viommu_config cfg;
    struct viommu *v;
    size_t i;

    memset(&cfg, 0, sizeof(cfg));
    /* bit 0..5: drop one of the usually offered features; bit 6: legacy bypass */
    cfg.features = (1ull << VIRTIO_IOMMU_F_INPUT_RANGE) | (1ull << VIRTIO_IOMMU_F_DOMAIN_RANGE) |
                   (1ull << VIRTIO_IOMMU_F_MAP_UNMAP) | (1ull << VIRTIO_IOMMU_F_BYPASS_CONFIG) |
                   (1ull << VIRTIO_IOMMU_F_PROBE) | (1ull << VIRTIO_IOMMU_F_MMIO);
    if (c & 1)
        cfg.features &= ~(1ull << VIRTIO_IOMMU_F_PROBE);
    if (c & 2)
        cfg.features &= ~(1ull << VIRTIO_IOMMU_F_BYPASS_CONFIG);
    if (c & 4)
        cfg.features &= ~(1ull << VIRTIO_IOMMU_F_MMIO);
    if (c & 64)
        cfg.features |= 1ull << VIRTIO_IOMMU_F_BYPASS;
    cfg.page_size_mask = (c & 8) ? 0xfffffffffffff000ull : 0xffffffffffe00000ull | 0x1000;
    cfg.input_start = (c & 16) ? 0x1000 : 0;
    cfg.input_end = (c & 16) ? 0xffffffffffull : UINT64_MAX;
    cfg.domain_start = (c & 32) ? 1 : 0;
    cfg.domain_end = (c & 32) ? 64 : UINT32_MAX;
    cfg.probe_size = (c & 128) ? 64 : 512;
    cfg.bypass = (c >> 6) & 1;
    v = viommu_new(&cfg);
    if (!v)
        return NULL;
    for (i = 0; i < sizeof(endpoints) / sizeof(endpoints[0]); i++)
        if (viommu_add_endpoint(v, endpoints[i]))
            abort();
    /* reserved regions (the small probe_size may refuse some: that is fine) */
    (void)viommu_add_resv(v, 1, 0xfee00000, 0xfeefffff, VIRTIO_IOMMU_RESV_MEM_T_MSI);
    (void)viommu_add_resv(v, 1, 0x8000000, 0x80fffff, VIRTIO_IOMMU_RESV_MEM_T_RESERVED);
    (void)viommu_add_resv(v, 0x104, 0, 0xfff, VIRTIO_IOMMU_RESV_MEM_T_RESERVED);
    (void)viommu_add_resv(v, 0xffffffffu, 0xfffffffffffff000ull, UINT64_MAX, VIRTIO_IOMMU_RESV_MEM_T_MSI);
    return v;
}

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size);

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    struct viommu *v;
    size_t pos = 1;

    if (size < 1)
        return 0;
    v = make_device(data[0]);
    if (!v)
        return 0;
    while (pos < size) {
        uint8_t op = data[pos++] % 8;

        if (op <= 4) {
            size_t in_len, out_len, used;
            uint8_t *in, *out;
            uint64_t before;
            int ok;

            if (size - pos < 3)
                break;
            in_len = data[pos];
            out_len = (size_t)data[pos + 1] | ((size_t)data[pos + 2] << 8);
            pos += 3;
            if (in_len > size - pos)
                in_len = size - pos;
            in = malloc(in_len ? in_len : 1);
            out = malloc(out_len ? out_len : 1);
            if (!in || !out)
                abort();
            memcpy(in, data + pos, in_len);
            memset(out, 0xa5, out_len);
            pos += in_len;
            before = viommu_state_digest(v);
            used = viommu_handle_request(v, in, in_len, out, out_len);
            if (used > out_len)
                abort();
            ok = 0;
            if (used >= sizeof(struct virtio_iommu_req_tail)) {
                /* the tail is the last 4 written bytes: status first */
                uint8_t status = out[used - sizeof(struct virtio_iommu_req_tail)];
                if (status > VIRTIO_IOMMU_S_NOMEM)
                    abort();
                ok = status == VIRTIO_IOMMU_S_OK;
            }
            /* a request that did not succeed loses nothing */
            if (!ok && viommu_state_digest(v) != before)
                abort();
            free(in);
            free(out);
        } else if (op == 5) {
            uint64_t pa = 0x1234;
            uint8_t reason = 0xee;
            int r;

            if (size - pos < 10)
                break;
            r = viommu_translate(v, endpoints[data[pos] % 5], ld64(data + pos + 1), data[pos + 9] & 1, &pa, &reason);
            pos += 10;
            if (r != VIOMMU_XLATE_OK && r != VIOMMU_XLATE_FAULT)
                abort();
            if (r == VIOMMU_XLATE_FAULT && reason == 0xee)
                abort();
        } else if (op == 6) {
            struct virtio_iommu_fault f;
            unsigned n = 0;

            while (viommu_pop_fault(v, &f))
                if (++n > VIOMMU_FAULT_QUEUE)
                    abort();
        } else {
            if (size - pos < 1)
                break;
            if (data[pos] == 0xff) {
                viommu_reset(v);
            } else {
                uint64_t before = viommu_state_digest(v);

                if (viommu_write_bypass(v, data[pos]) != 0 && viommu_state_digest(v) != before)
                    abort();
            }
            pos++;
        }
    }
    viommu_free(v);
    return 0;
}
