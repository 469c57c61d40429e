/* SPDX-License-Identifier: MIT */
/*
 * replay_core.c - trace reader of iommu-ref-replay: parses each line, drives
 * the virtio-iommu model through its wire interface (raw request bytes laid
 * out with the generated header), prints one result line per command.
 */
#define _POSIX_C_SOURCE 200809L

#include "replay_core.h"

#include <inttypes.h>
#include <stdarg.h>
#include <stdlib.h>
#include <string.h>

#include "trace_util.h"
#include "viommu.h"
#include "replay_xen.h"
#include "wire.h"

#define MAX_WORDS 4096
#define ERR_LEN   512

struct replay {
    struct viommu *v;
    uint32_t probe_size;
    struct xen_replay *xen;     /* created by the first xen/xen-device line */
    FILE *out;
    char err[ERR_LEN];
};

static int fail(struct replay *r, const char *fmt, ...)
{
    va_list ap;

    va_start(ap, fmt);
    vsnprintf(r->err, sizeof(r->err), fmt, ap);
    va_end(ap);
    return -1;
}

static const char *const status_names[] = {
    "OK", "IOERR", "UNSUPP", "DEVERR", "INVAL", "RANGE", "NOENT", "FAULT", "NOMEM",
};

static void print_status(struct replay *r, const uint8_t *tail)
{
    uint8_t s = tail[offsetof(struct virtio_iommu_req_tail, status)];

    if (s < sizeof(status_names) / sizeof(status_names[0]))
        fputs(status_names[s], r->out);
    else
        fprintf(r->out, "STATUS_0x%x", (unsigned)s);
}

/* ---- argument parsing ------------------------------------------------------- */

static int arg_u64(struct replay *r, const char *s, const char *what, uint64_t *v)
{
    if (tu_parse_u64(s, v))
        return fail(r, "expected a number (decimal or 0x hex, 64-bit) for %s, got '%s'", what, s);
    return 0;
}

static int arg_u32(struct replay *r, const char *s, const char *what, uint32_t *v)
{
    if (tu_parse_u32(s, v))
        return fail(r, "expected a 32-bit number (decimal or 0x hex) for %s, got '%s'", what, s);
    return 0;
}

/* "A-B" -> *a, *b (64-bit numbers). */
static int arg_range64(struct replay *r, const char *s, const char *what, uint64_t *a, uint64_t *b)
{
    const char *dash = strchr(s, '-');
    char buf[64];
    size_t n;

    if (!dash || (n = (size_t)(dash - s)) >= sizeof(buf))
        return fail(r, "expected %s=START-END, got '%s'", what, s);
    memcpy(buf, s, n);
    buf[n] = '\0';
    if (tu_parse_u64(buf, a) || tu_parse_u64(dash + 1, b))
        return fail(r, "expected %s=START-END with numbers, got '%s'", what, s);
    if (*b < *a)
        return fail(r, "expected %s=START-END with START <= END, got '%s'", what, s);
    return 0;
}

/* ---- the device line ------------------------------------------------------ */

static const struct {
    const char *name;
    unsigned bit;
} feature_names[] = {
    { "input_range", VIRTIO_IOMMU_F_INPUT_RANGE },
    { "domain_range", VIRTIO_IOMMU_F_DOMAIN_RANGE },
    { "map_unmap", VIRTIO_IOMMU_F_MAP_UNMAP },
    { "bypass", VIRTIO_IOMMU_F_BYPASS },
    { "probe", VIRTIO_IOMMU_F_PROBE },
    { "mmio", VIRTIO_IOMMU_F_MMIO },
    { "bypass_config", VIRTIO_IOMMU_F_BYPASS_CONFIG },
};

static int parse_features(struct replay *r, const char *s, uint64_t *features)
{
    uint64_t f = 0;

    if (strcmp(s, "none") != 0) {
        while (*s) {
            size_t len = strcspn(s, ","), i;
            for (i = 0; i < sizeof(feature_names) / sizeof(feature_names[0]); i++)
                if (strlen(feature_names[i].name) == len && !strncmp(feature_names[i].name, s, len))
                    break;
            if (i == sizeof(feature_names) / sizeof(feature_names[0]))
                return fail(r, "expected features=NAME,... with names from input_range, domain_range, "
                               "map_unmap, bypass, probe, mmio, bypass_config (or 'none'), got '%.*s'",
                            (int)len, s);
            f |= 1ULL << feature_names[i].bit;
            s += len;
            if (*s == ',' && *++s == '\0')
                return fail(r, "expected a feature name after ','");
        }
    }
    *features = f;
    return 0;
}

struct resv_arg {
    uint32_t ep;
    uint64_t start, end;
    uint8_t subtype;
};

/* "EP:START-END:msi|reserved" */
static int parse_resv(struct replay *r, const char *s, struct resv_arg *ra)
{
    char buf[160];
    char *c1, *c2;
    const char *usage = "expected resv=EP:START-END:msi|reserved";
    uint32_t sub;

    if (strlen(s) >= sizeof(buf))
        return fail(r, "%s, got a value that is too long", usage);
    strcpy(buf, s);
    c1 = strchr(buf, ':');
    c2 = c1 ? strchr(c1 + 1, ':') : NULL;
    if (!c1 || !c2 || strchr(c2 + 1, ':'))
        return fail(r, "%s, got '%s'", usage, s);
    *c1 = '\0';
    *c2 = '\0';
    if (tu_parse_u32(buf, &ra->ep))
        return fail(r, "%s with a 32-bit endpoint, got '%s'", usage, s);
    if (arg_range64(r, c1 + 1, "resv", &ra->start, &ra->end))
        return -1;
    if (!strcmp(c2 + 1, "msi"))
        ra->subtype = VIRTIO_IOMMU_RESV_MEM_T_MSI;
    else if (!strcmp(c2 + 1, "reserved"))
        ra->subtype = VIRTIO_IOMMU_RESV_MEM_T_RESERVED;
    else if (!tu_parse_u32(c2 + 1, &sub) && sub <= 0xff)
        ra->subtype = (uint8_t)sub;
    else
        return fail(r, "%s, got subtype '%s'", usage, c2 + 1);
    return 0;
}

static int cmd_device(struct replay *r, int argc, char **argv)
{
    struct viommu_config cfg;
    struct viommu *v;
    uint32_t *eps = NULL;
    struct resv_arg *resv = NULL;
    size_t neps = 0, capeps = 16, nresv = 0, i;
    int a, rc = -1;

    memset(&cfg, 0, sizeof(cfg));
    cfg.features = (1ULL << VIRTIO_IOMMU_F_INPUT_RANGE) | (1ULL << VIRTIO_IOMMU_F_DOMAIN_RANGE) |
                   (1ULL << VIRTIO_IOMMU_F_MAP_UNMAP) | (1ULL << VIRTIO_IOMMU_F_BYPASS_CONFIG) |
                   (1ULL << VIRTIO_IOMMU_F_PROBE) | (1ULL << VIRTIO_IOMMU_F_MMIO);
    cfg.page_size_mask = 0xfffffffffffff000ULL;
    cfg.input_start = 0;
    cfg.input_end = UINT64_MAX;
    cfg.domain_start = 0;
    cfg.domain_end = UINT32_MAX;
    cfg.probe_size = 512;
    cfg.bypass = 0;

    eps = (uint32_t *)malloc(capeps * sizeof(*eps));
    resv = (struct resv_arg *)malloc((size_t)argc * sizeof(*resv));
    if (!eps || !resv) {
        fail(r, "out of memory");
        goto out;
    }
    for (a = 1; a < argc; a++) {
        char *key = argv[a], *val = strchr(key, '=');
        uint64_t x, y;

        if (!val) {
            fail(r, "expected KEY=VALUE in the device line, got '%s'", key);
            goto out;
        }
        *val++ = '\0';
        if (!strcmp(key, "endpoints")) {
            char *s = val;
            neps = 0;               /* a repeated key replaces the list */
            while (*s) {
                size_t len = strcspn(s, ",");
                char save = s[len];
                uint32_t ep;
                s[len] = '\0';
                if (tu_parse_u32(s, &ep)) {
                    fail(r, "expected endpoints=EP,... with 32-bit numbers, got '%s'", s);
                    goto out;
                }
                for (i = 0; i < neps; i++)
                    if (eps[i] == ep) {
                        fail(r, "expected distinct endpoints, got 0x%" PRIx32 " twice", ep);
                        goto out;
                    }
                if (neps == capeps) {
                    uint32_t *n = (uint32_t *)realloc(eps, 2 * capeps * sizeof(*eps));
                    if (!n) {
                        fail(r, "out of memory");
                        goto out;
                    }
                    eps = n;
                    capeps *= 2;
                }
                eps[neps++] = ep;
                s[len] = save;
                s += len;
                if (*s == ',' && *++s == '\0') {
                    fail(r, "expected an endpoint after ','");
                    goto out;
                }
            }
        } else if (!strcmp(key, "page_size_mask")) {
            if (arg_u64(r, val, "page_size_mask", &cfg.page_size_mask))
                goto out;
            if (!cfg.page_size_mask) {
                fail(r, "expected a non-zero page_size_mask");
                goto out;
            }
        } else if (!strcmp(key, "input_range")) {
            if (arg_range64(r, val, "input_range", &cfg.input_start, &cfg.input_end))
                goto out;
        } else if (!strcmp(key, "domain_range")) {
            if (arg_range64(r, val, "domain_range", &x, &y))
                goto out;
            if (y > UINT32_MAX) {
                fail(r, "expected domain_range=START-END with 32-bit numbers, got '%s'", val);
                goto out;
            }
            cfg.domain_start = (uint32_t)x;
            cfg.domain_end = (uint32_t)y;
        } else if (!strcmp(key, "bypass")) {
            if (strcmp(val, "0") && strcmp(val, "1")) {
                fail(r, "expected bypass=0 or bypass=1, got '%s'", val);
                goto out;
            }
            cfg.bypass = (uint8_t)(val[0] - '0');
        } else if (!strcmp(key, "features")) {
            if (parse_features(r, val, &cfg.features))
                goto out;
        } else if (!strcmp(key, "probe_size")) {
            if (arg_u32(r, val, "probe_size", &cfg.probe_size))
                goto out;
            if (cfg.probe_size > VIOMMU_MAX_PROBE_SIZE) {
                fail(r, "expected probe_size <= %u", (unsigned)VIOMMU_MAX_PROBE_SIZE);
                goto out;
            }
        } else if (!strcmp(key, "resv")) {
            if (parse_resv(r, val, &resv[nresv]))
                goto out;
            nresv++;
        } else {
            fail(r, "expected a device key (endpoints, page_size_mask, input_range, domain_range, "
                    "bypass, features, probe_size, resv), got '%s'", key);
            goto out;
        }
    }

    v = viommu_new(&cfg);
    if (!v) {
        fail(r, "device configuration rejected by the model (out of memory?)");
        goto out;
    }
    for (i = 0; i < neps; i++)
        if (viommu_add_endpoint(v, eps[i])) {
            viommu_free(v);
            fail(r, "out of memory adding endpoint 0x%" PRIx32, eps[i]);
            goto out;
        }
    for (i = 0; i < nresv; i++) {
        int known = 0;
        size_t k;
        for (k = 0; k < neps; k++)
            known |= eps[k] == resv[i].ep;
        if (!known) {
            viommu_free(v);
            fail(r, "expected resv=EP:... to name an endpoint of endpoints=, got 0x%" PRIx32, resv[i].ep);
            goto out;
        }
        if (viommu_add_resv(v, resv[i].ep, resv[i].start, resv[i].end, resv[i].subtype)) {
            viommu_free(v);
            fail(r, "resv 0x%" PRIx32 ":0x%" PRIx64 "-0x%" PRIx64 " rejected: expected regions of one endpoint "
                    "that do not overlap, at most one msi region, and all of them fitting in probe_size",
                 resv[i].ep, resv[i].start, resv[i].end);
            goto out;
        }
    }
    viommu_free(r->v);
    r->v = v;
    r->probe_size = cfg.probe_size;
    rc = 0;
out:
    free(eps);
    free(resv);
    return rc;
}

/* ---- requests ------------------------------------------------------------- */

/* Send @in to the device with a writable area of @out_len bytes and print
 * the result: NOWRITE, the status, and for an OK PROBE the properties. */
static int send_request(struct replay *r, const uint8_t *in, size_t in_len, size_t out_len, int is_probe)
{
    uint8_t *out = (uint8_t *)malloc(out_len ? out_len : 1);
    size_t used, tail_off;

    if (!out)
        return fail(r, "out of memory");
    memset(out, 0xa5, out_len);           /* untouched bytes are visible */
    used = viommu_handle_request(r->v, in, in_len, out, out_len);
    if (used == 0) {
        fputs("NOWRITE\n", r->out);
        free(out);
        return 0;
    }
    if (used > out_len || used < sizeof(struct virtio_iommu_req_tail)) {
        free(out);
        return fail(r, "internal error: the model reported a used length of %zu for a %zu-byte buffer", used,
                    out_len);
    }
    tail_off = used - sizeof(struct virtio_iommu_req_tail);
    print_status(r, out + tail_off);
    if (is_probe && out[tail_off] == VIRTIO_IOMMU_S_OK) {
        typedef struct virtio_iommu_probe_resv_mem P;
        typedef struct virtio_iommu_probe_property H;
        size_t off = 0;
        while (off + sizeof(H) <= tail_off) {
            const uint8_t *p = out + off;
            unsigned type = wire_ld16(p + offsetof(H, type)) & VIRTIO_IOMMU_PROBE_T_MASK;
            unsigned len = wire_ld16(p + offsetof(H, length));
            if (type == VIRTIO_IOMMU_PROBE_T_NONE)
                break;
            if (type == VIRTIO_IOMMU_PROBE_T_RESV_MEM && off + sizeof(P) <= tail_off &&
                len >= sizeof(P) - sizeof(H)) {
                uint8_t sub = p[offsetof(P, subtype)];
                fputs(" resv_mem ", r->out);
                if (sub == VIRTIO_IOMMU_RESV_MEM_T_MSI)
                    fputs("msi", r->out);
                else if (sub == VIRTIO_IOMMU_RESV_MEM_T_RESERVED)
                    fputs("reserved", r->out);
                else
                    fprintf(r->out, "0x%x", (unsigned)sub);
                fprintf(r->out, " 0x%" PRIx64 "-0x%" PRIx64, wire_ld64(p + offsetof(P, start)),
                        wire_ld64(p + offsetof(P, end)));
            } else {
                fprintf(r->out, " property 0x%x length 0x%x", type, len);
            }
            off += sizeof(H) + len;
        }
    }
    fputc('\n', r->out);
    free(out);
    return 0;
}

static int need_device(struct replay *r, const char *cmd)
{
    if (!r->v)
        return fail(r, "expected a 'device' line before '%s'", cmd);
    return 0;
}

static void put_head(uint8_t *req, unsigned type)
{
    memset(req, 0, sizeof(struct virtio_iommu_req_head));
    req[offsetof(struct virtio_iommu_req_head, type)] = (uint8_t)type;
}

static int cmd_attach(struct replay *r, int argc, char **argv)
{
    typedef struct virtio_iommu_req_attach R;
    uint8_t req[offsetof(R, tail)];
    uint32_t domain, ep, flags = 0;

    if (argc != 3 && !(argc == 4 && !strcmp(argv[3], "bypass")))
        return fail(r, "expected 'attach DOMAIN ENDPOINT [bypass]'");
    if (arg_u32(r, argv[1], "DOMAIN", &domain) || arg_u32(r, argv[2], "ENDPOINT", &ep) || need_device(r, argv[0]))
        return -1;
    if (argc == 4)
        flags = VIRTIO_IOMMU_ATTACH_F_BYPASS;
    memset(req, 0, sizeof(req));
    put_head(req, VIRTIO_IOMMU_T_ATTACH);
    wire_st32(req + offsetof(R, domain), domain);
    wire_st32(req + offsetof(R, endpoint), ep);
    wire_st32(req + offsetof(R, flags), flags);
    return send_request(r, req, sizeof(req), sizeof(struct virtio_iommu_req_tail), 0);
}

static int cmd_detach(struct replay *r, int argc, char **argv)
{
    typedef struct virtio_iommu_req_detach R;
    uint8_t req[offsetof(R, tail)];
    uint32_t domain, ep;

    if (argc != 3)
        return fail(r, "expected 'detach DOMAIN ENDPOINT'");
    if (arg_u32(r, argv[1], "DOMAIN", &domain) || arg_u32(r, argv[2], "ENDPOINT", &ep) || need_device(r, argv[0]))
        return -1;
    memset(req, 0, sizeof(req));
    put_head(req, VIRTIO_IOMMU_T_DETACH);
    wire_st32(req + offsetof(R, domain), domain);
    wire_st32(req + offsetof(R, endpoint), ep);
    return send_request(r, req, sizeof(req), sizeof(struct virtio_iommu_req_tail), 0);
}

/* FLAGS: a number, or a combination of r, w, m. */
static int parse_map_flags(struct replay *r, const char *s, uint32_t *flags)
{
    uint32_t f = 0;
    const char *p;

    if (*s >= '0' && *s <= '9')
        return arg_u32(r, s, "FLAGS", flags);
    for (p = s; *p; p++) {
        uint32_t bit = *p == 'r' ? VIRTIO_IOMMU_MAP_F_READ
                     : *p == 'w' ? VIRTIO_IOMMU_MAP_F_WRITE
                     : *p == 'm' ? VIRTIO_IOMMU_MAP_F_MMIO : 0;
        if (!bit || (f & bit))
            return fail(r, "expected FLAGS as a number or a combination of r, w, m (each once), got '%s'", s);
        f |= bit;
    }
    if (!*s)
        return fail(r, "expected FLAGS");
    *flags = f;
    return 0;
}

static int cmd_map(struct replay *r, int argc, char **argv)
{
    typedef struct virtio_iommu_req_map R;
    uint8_t req[offsetof(R, tail)];
    uint32_t domain, flags;
    uint64_t vs, ve, ps;

    if (argc != 6)
        return fail(r, "expected 'map DOMAIN VIRT_START VIRT_END PHYS_START FLAGS'");
    if (arg_u32(r, argv[1], "DOMAIN", &domain) || arg_u64(r, argv[2], "VIRT_START", &vs) ||
        arg_u64(r, argv[3], "VIRT_END", &ve) || arg_u64(r, argv[4], "PHYS_START", &ps) ||
        parse_map_flags(r, argv[5], &flags) || need_device(r, argv[0]))
        return -1;
    memset(req, 0, sizeof(req));
    put_head(req, VIRTIO_IOMMU_T_MAP);
    wire_st32(req + offsetof(R, domain), domain);
    wire_st64(req + offsetof(R, virt_start), vs);
    wire_st64(req + offsetof(R, virt_end), ve);
    wire_st64(req + offsetof(R, phys_start), ps);
    wire_st32(req + offsetof(R, flags), flags);
    return send_request(r, req, sizeof(req), sizeof(struct virtio_iommu_req_tail), 0);
}

static int cmd_unmap(struct replay *r, int argc, char **argv)
{
    typedef struct virtio_iommu_req_unmap R;
    uint8_t req[offsetof(R, tail)];
    uint32_t domain;
    uint64_t vs, ve;

    if (argc != 4)
        return fail(r, "expected 'unmap DOMAIN VIRT_START VIRT_END'");
    if (arg_u32(r, argv[1], "DOMAIN", &domain) || arg_u64(r, argv[2], "VIRT_START", &vs) ||
        arg_u64(r, argv[3], "VIRT_END", &ve) || need_device(r, argv[0]))
        return -1;
    memset(req, 0, sizeof(req));
    put_head(req, VIRTIO_IOMMU_T_UNMAP);
    wire_st32(req + offsetof(R, domain), domain);
    wire_st64(req + offsetof(R, virt_start), vs);
    wire_st64(req + offsetof(R, virt_end), ve);
    return send_request(r, req, sizeof(req), sizeof(struct virtio_iommu_req_tail), 0);
}

static int cmd_probe(struct replay *r, int argc, char **argv)
{
    typedef struct virtio_iommu_req_probe R;
    uint8_t req[sizeof(R)];
    uint32_t ep;

    if (argc != 2)
        return fail(r, "expected 'probe ENDPOINT'");
    if (arg_u32(r, argv[1], "ENDPOINT", &ep) || need_device(r, argv[0]))
        return -1;
    memset(req, 0, sizeof(req));
    put_head(req, VIRTIO_IOMMU_T_PROBE);
    wire_st32(req + offsetof(R, endpoint), ep);
    return send_request(r, req, sizeof(req), (size_t)r->probe_size + sizeof(struct virtio_iommu_req_tail), 1);
}

static int cmd_translate(struct replay *r, int argc, char **argv)
{
    static const char *const reasons[] = { "unknown", "domain", "mapping" };
    uint32_t ep;
    uint64_t iova, pa = 0;
    uint8_t reason = 0;
    int is_write;

    if (argc != 4 || (strcmp(argv[3], "r") && strcmp(argv[3], "w")))
        return fail(r, "expected 'translate ENDPOINT IOVA r|w'");
    if (arg_u32(r, argv[1], "ENDPOINT", &ep) || arg_u64(r, argv[2], "IOVA", &iova) || need_device(r, argv[0]))
        return -1;
    is_write = argv[3][0] == 'w';
    if (viommu_translate(r->v, ep, iova, is_write, &pa, &reason) == VIOMMU_XLATE_OK) {
        fprintf(r->out, "0x%" PRIx64 "\n", pa);
    } else {
        if (reason < sizeof(reasons) / sizeof(reasons[0]))
            fprintf(r->out, "FAULT %s\n", reasons[reason]);
        else
            fprintf(r->out, "FAULT 0x%x\n", (unsigned)reason);
        while (viommu_pop_fault(r->v, NULL))
            ;                                     /* the event queue is not modelled by traces */
    }
    return 0;
}

static int hex_val(char c)
{
    if (c >= '0' && c <= '9')
        return c - '0';
    if (c >= 'a' && c <= 'f')
        return c - 'a' + 10;
    if (c >= 'A' && c <= 'F')
        return c - 'A' + 10;
    return -1;
}

/* raw HEXBYTES...: the words are concatenated; two hex digits per byte. */
static int cmd_raw(struct replay *r, int argc, char **argv)
{
    size_t total = 0, n = 0, out_len;
    uint8_t *req;
    int a, rc;

    if (argc < 2)
        return fail(r, "expected 'raw HEXBYTES' (the request's bytes, head included, as pairs of hex digits)");
    for (a = 1; a < argc; a++) {
        size_t len = strlen(argv[a]), i;
        if (len % 2)
            return fail(r, "expected HEXBYTES as pairs of hex digits, got an odd number of digits in '%s'",
                        argv[a]);
        for (i = 0; i < len; i++)
            if (hex_val(argv[a][i]) < 0)
                return fail(r, "expected HEXBYTES as pairs of hex digits, got '%c' in '%s'", argv[a][i], argv[a]);
        total += len / 2;
    }
    if (need_device(r, argv[0]))
        return -1;
    req = (uint8_t *)malloc(total ? total : 1);
    if (!req)
        return fail(r, "out of memory");
    for (a = 1; a < argc; a++) {
        const char *s = argv[a];
        for (; *s; s += 2)
            req[n++] = (uint8_t)(hex_val(s[0]) << 4 | hex_val(s[1]));
    }
    out_len = sizeof(struct virtio_iommu_req_tail);
    if (total > offsetof(struct virtio_iommu_req_head, type) &&
        req[offsetof(struct virtio_iommu_req_head, type)] == VIRTIO_IOMMU_T_PROBE)
        out_len += r->probe_size;
    rc = send_request(r, req, total, out_len,
                      total > 0 && req[offsetof(struct virtio_iommu_req_head, type)] == VIRTIO_IOMMU_T_PROBE);
    free(req);
    return rc;
}

/* ---- dispatch ------------------------------------------------------------- */

static int run_line(struct replay *r, int argc, char **argv)
{
    const char *c = argv[0];

    if (!strcmp(c, "device"))
        return cmd_device(r, argc, argv);
    if (!strcmp(c, "attach"))
        return cmd_attach(r, argc, argv);
    if (!strcmp(c, "detach"))
        return cmd_detach(r, argc, argv);
    if (!strcmp(c, "map"))
        return cmd_map(r, argc, argv);
    if (!strcmp(c, "unmap"))
        return cmd_unmap(r, argc, argv);
    if (!strcmp(c, "probe"))
        return cmd_probe(r, argc, argv);
    if (!strcmp(c, "translate"))
        return cmd_translate(r, argc, argv);
    if (!strcmp(c, "raw"))
        return cmd_raw(r, argc, argv);
    if (!strcmp(c, "xen") || !strcmp(c, "xen-device")) {
        if (!r->xen && !(r->xen = xen_replay_new()))
            return fail(r, "out of memory");
        return xen_replay_line(r->xen, argc, argv, r->out, r->err, sizeof(r->err));
    }
    return fail(r, "expected a command (device, attach, detach, map, unmap, probe, translate, raw, "
                   "xen-device, xen), got '%s'", c);
}

int replay_stream(FILE *in, const char *name, FILE *out, FILE *err)
{
    struct replay r;
    char *line = NULL;
    char **argv;
    size_t cap = 0;
    ssize_t len;
    unsigned long lineno = 0;
    int rc = REPLAY_OK;

    memset(&r, 0, sizeof(r));
    r.out = out;
    if (!name)
        name = "<stdin>";
    argv = (char **)malloc(MAX_WORDS * sizeof(*argv));
    if (!argv) {
        fprintf(err, "%s: error: out of memory\n", name);
        return REPLAY_EIO;
    }
    while ((len = getline(&line, &cap, in)) >= 0) {
        int argc;

        lineno++;
        if (memchr(line, '\0', (size_t)len)) {
            fprintf(err, "%s:%lu: error: expected a text line, got a NUL byte\n", name, lineno);
            rc = REPLAY_EMALFORMED;
            break;
        }
        argc = tu_split(line, argv, MAX_WORDS);
        if (argc < 0) {
            fprintf(err, "%s:%lu: error: expected at most %d words on a line\n", name, lineno, MAX_WORDS);
            rc = REPLAY_EMALFORMED;
            break;
        }
        if (argc == 0)
            continue;
        r.err[0] = '\0';
        if (run_line(&r, argc, argv)) {
            fprintf(err, "%s:%lu: error: %s\n", name, lineno, r.err[0] ? r.err : "malformed line");
            rc = REPLAY_EMALFORMED;
            break;
        }
    }
    if (rc == REPLAY_OK && ferror(in)) {
        fprintf(err, "%s: error: read failed\n", name);
        rc = REPLAY_EIO;
    }
    free(line);
    free(argv);
    viommu_free(r.v);
    if (r.xen)
        xen_replay_free(r.xen);
    fflush(out);
    return rc;
}
