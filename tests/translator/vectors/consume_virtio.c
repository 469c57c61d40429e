/* SPDX-License-Identifier: MIT */
/*
 * consume_virtio.c - an independent consumer of the virtio-iommu
 * conformance vectors (translator/VECTORS.md), written the way another
 * device model's unit test would be: it reads the JSON Lines files, drives
 * the device model through its public C API only (viommu.h: viommu_new,
 * viommu_handle_request, viommu_translate, viommu_pop_fault; no trace
 * parser), and compares every byte the device writes, the used length,
 * every translation and every fault record with the vectors.
 *
 *   consume_virtio FILE.jsonl...
 *
 * Exit status 0 when every record agrees (and there was at least one
 * request and one translation), 1 on the first disagreement, 2 on a file
 * that cannot be read or parsed.
 */
#include <inttypes.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "json.h"
#include "viommu.h"

static unsigned long n_requests, n_translations, n_devices;

static int bad(const char *file, uint64_t line, const char *what)
{
    fprintf(stderr, "%s: record of line %" PRIu64 ": %s\n", file, line, what);
    return 1;
}

static int device(const char *file, uint64_t line, const struct json *rec, struct viommu **vp)
{
    const struct json *cfg = json_get(rec, "config"), *eps, *resv;
    struct viommu_config c;
    uint64_t x;
    size_t i;

    memset(&c, 0, sizeof(c));
    if (json_u64(cfg, "features", &c.features) || json_u64(cfg, "page_size_mask", &c.page_size_mask) ||
        json_u64(cfg, "input_start", &c.input_start) || json_u64(cfg, "input_end", &c.input_end))
        return bad(file, line, "config without features, page_size_mask or input range");
    if (json_u64(cfg, "domain_start", &x) || (c.domain_start = (uint32_t)x, json_u64(cfg, "domain_end", &x)))
        return bad(file, line, "config without domain range");
    c.domain_end = (uint32_t)x;
    if (json_u64(cfg, "probe_size", &x))
        return bad(file, line, "config without probe_size");
    c.probe_size = (uint32_t)x;
    if (json_u64(cfg, "bypass", &x))
        return bad(file, line, "config without bypass");
    c.bypass = (uint8_t)x;
    viommu_free(*vp);
    *vp = viommu_new(&c);
    if (!*vp)
        return bad(file, line, "viommu_new refused the configuration");
    eps = json_get(cfg, "endpoints");
    for (i = 0; eps && i < eps->n; i++)
        if (viommu_add_endpoint(*vp, (uint32_t)eps->items[i].i))
            return bad(file, line, "viommu_add_endpoint failed");
    resv = json_get(cfg, "resv");
    for (i = 0; resv && i < resv->n; i++) {
        uint64_t ep, start, end, sub;
        if (json_u64(&resv->items[i], "endpoint", &ep) || json_u64(&resv->items[i], "start", &start) ||
            json_u64(&resv->items[i], "end", &end) || json_u64(&resv->items[i], "subtype", &sub) ||
            viommu_add_resv(*vp, (uint32_t)ep, start, end, (uint8_t)sub))
            return bad(file, line, "reserved region refused");
    }
    n_devices++;
    return 0;
}

static int request(const char *file, uint64_t line, const struct json *rec, struct viommu *v)
{
    const char *in_hex = json_str(rec, "in"), *out_hex = json_str(rec, "out");
    uint64_t out_len, used_want;
    uint8_t *in = NULL, *want = NULL, *out = NULL;
    size_t in_len, want_len, used, i;
    int rc = 0;
    char msg[160];

    if (!v)
        return bad(file, line, "a request before any virtio-device record");
    if (!in_hex || !out_hex || json_u64(rec, "out_len", &out_len) || json_u64(rec, "used", &used_want) ||
        !(in = json_hex_bytes(in_hex, &in_len)) || !(want = json_hex_bytes(out_hex, &want_len)) ||
        want_len != used_want || out_len > (1u << 24)) {
        free(in);
        free(want);
        return bad(file, line, "malformed virtio-request record");
    }
    out = (uint8_t *)malloc(out_len ? out_len : 1);
    if (!out) {
        free(in);
        free(want);
        return bad(file, line, "out of memory");
    }
    memset(out, 0xa5, out_len);
    used = viommu_handle_request(v, in, in_len, out, out_len);
    if (used != used_want) {
        snprintf(msg, sizeof(msg), "used length %zu, the vector says %" PRIu64, used, used_want);
        rc = bad(file, line, msg);
    } else {
        for (i = 0; i < used; i++)
            if (out[i] != want[i]) {
                snprintf(msg, sizeof(msg), "byte %zu of the written buffer is 0x%02x, the vector says 0x%02x", i,
                         out[i], want[i]);
                rc = bad(file, line, msg);
                break;
            }
    }
    n_requests++;
    free(in);
    free(want);
    free(out);
    return rc;
}

static int translate(const char *file, uint64_t line, const struct json *rec, struct viommu *v)
{
    uint64_t ep, iova, write, pa_want, pa = 0;
    const char *fault_hex = json_str(rec, "fault");
    struct virtio_iommu_fault f;
    uint8_t reason = 0, *want;
    size_t want_len;
    int ok, rc = 0;

    if (!v)
        return bad(file, line, "a translation before any virtio-device record");
    if (json_u64(rec, "endpoint", &ep) || json_u64(rec, "iova", &iova) || json_u64(rec, "write", &write))
        return bad(file, line, "malformed virtio-translate record");
    ok = viommu_translate(v, (uint32_t)ep, iova, (int)write, &pa, &reason) == VIOMMU_XLATE_OK;
    n_translations++;
    if (!json_u64(rec, "pa", &pa_want)) {
        if (!ok)
            return bad(file, line, "the access faulted, the vector says it reaches an address");
        if (pa != pa_want)
            return bad(file, line, "the access reaches another address than the vector says");
        return 0;
    }
    if (ok)
        return bad(file, line, "the access was translated, the vector says it faults");
    if (!fault_hex || !(want = json_hex_bytes(fault_hex, &want_len)))
        return bad(file, line, "a fault without its record");
    if (!viommu_pop_fault(v, &f))
        rc = bad(file, line, "no fault record was queued");
    else if (want_len != sizeof(f) || memcmp(&f, want, sizeof(f)))
        rc = bad(file, line, "the fault record differs from the vector's bytes");
    while (viommu_pop_fault(v, NULL))
        ;
    free(want);
    return rc;
}

static int consume(const char *file)
{
    char err[128], *text = json_read_file(file, NULL), *line, *next;
    struct viommu *v = NULL;
    int rc = 0, first = 1;

    if (!text) {
        fprintf(stderr, "%s: cannot read\n", file);
        return 2;
    }
    for (line = text; !rc && line && *line; line = next) {
        struct json *rec;
        const char *kind;
        uint64_t lineno = 0;

        next = strchr(line, '\n');
        if (next)
            *next++ = '\0';
        rec = json_parse(line, err);
        if (!rec) {
            fprintf(stderr, "%s: %s\n", file, err);
            rc = 2;
            break;
        }
        if (first) {
            uint64_t version;
            const char *format = json_str(rec, "format");
            if (!format || strcmp(format, "iommu-abi-conformance-vectors") || json_u64(rec, "version", &version) ||
                version != 1) {
                fprintf(stderr, "%s: not a version 1 conformance vector file\n", file);
                rc = 2;
            }
            first = 0;
            json_free(rec);
            continue;
        }
        json_u64(rec, "line", &lineno);
        kind = json_str(rec, "kind");
        if (!kind)
            rc = bad(file, lineno, "record without a kind");
        else if (!strcmp(kind, "virtio-device"))
            rc = device(file, lineno, rec, &v);
        else if (!strcmp(kind, "virtio-request"))
            rc = request(file, lineno, rec, v);
        else if (!strcmp(kind, "virtio-translate"))
            rc = translate(file, lineno, rec, v);
        json_free(rec);
    }
    viommu_free(v);
    free(text);
    return rc;
}

int main(int argc, char **argv)
{
    int i, rc;

    if (argc < 2) {
        fprintf(stderr, "usage: consume_virtio FILE.jsonl...\n");
        return 2;
    }
    for (i = 1; i < argc; i++) {
        rc = consume(argv[i]);
        if (rc)
            return rc;
    }
    if (!n_requests || !n_translations) {
        fprintf(stderr, "consume_virtio: the files held no request or no translation to check\n");
        return 1;
    }
    printf("consume_virtio: %lu devices, %lu requests, %lu translations from %d files: every byte as the vectors say\n",
           n_devices, n_requests, n_translations, argc - 1);
    return 0;
}
