/* SPDX-License-Identifier: MIT */
/*
 * replay_core.c - trace reader of iommu-ref-replay: splits each line into
 * words, looks the command up in one table, drives the virtio-iommu model
 * through its wire interface (raw request bytes laid out with the generated
 * header) and prints, or checks, one result line per command.
 */
#define _POSIX_C_SOURCE 200809L

#include "replay_core.h"

#include <inttypes.h>
#include <stdlib.h>
#include <string.h>

#include "replay_vectors.h"
#include "replay_xen.h"
#include "trace_util.h"
#include "viommu.h"

#include <iommu-abi/virtio_iommu_wire.h>

#define MAX_WORDS 4096
#define ARRAY_SIZE(a) (sizeof(a) / sizeof((a)[0]))
#define TAIL_SIZE VIRTIO_IOMMU_REQ_TAIL_SIZE

struct replay {
    struct viommu *v;
    uint32_t probe_size;
    struct xen_replay *xen;     /* see xen_state */
    const struct replay_options *opt;
    struct tu_buf res;          /* the result line of the current command */
    struct tu_buf vec_members;  /* its vector record, when vectors are written */
    struct tu_buf *vec;         /* &vec_members, or NULL */
    struct tu_error *e;
};

/* Store a request field with its generated setter, type##_set_##field
 * (which has the field's width), and record its value in the vector. */
#define SET_FIELD(r, req, type, field, value)                   \
    do {                                                        \
        type##_set_##field(req, value);                         \
        vec_field((r)->vec, #field, value);                     \
    } while (0)

static const char *const status_names[] = {
    "OK", "IOERR", "UNSUPP", "DEVERR", "INVAL", "RANGE", "NOENT", "FAULT", "NOMEM",
};

static void print_status(struct replay *r, const uint8_t *tail)
{
    uint8_t s = virtio_iommu_req_tail_get_status(tail);

    if (s < ARRAY_SIZE(status_names))
        tu_printf(&r->res, "%s", status_names[s]);
    else
        tu_printf(&r->res, "STATUS_0x%x", (unsigned)s);
}

/* ---- argument parsing ------------------------------------------------------- */

static int arg_u64(struct replay *r, const char *s, const char *what, uint64_t *v)
{
    if (tu_parse_u64(s, v))
        return tu_fail(r->e, "expected a number (decimal or 0x hex, 64-bit) for %s, got '%s'", what, s);
    return 0;
}

static int arg_u32(struct replay *r, const char *s, const char *what, uint32_t *v)
{
    if (tu_parse_u32(s, v))
        return tu_fail(r->e, "expected a 32-bit number (decimal or 0x hex) for %s, got '%s'", what, s);
    return 0;
}

/* "A-B" -> *a, *b (64-bit numbers). */
static int arg_range64(struct replay *r, const char *s, const char *what, uint64_t *a, uint64_t *b)
{
    const char *dash = strchr(s, '-');
    char buf[64];
    size_t n;

    if (!dash || (n = (size_t)(dash - s)) >= sizeof(buf))
        return tu_fail(r->e, "expected %s=START-END, got '%s'", what, s);
    memcpy(buf, s, n);
    buf[n] = '\0';
    if (tu_parse_u64(buf, a) || tu_parse_u64(dash + 1, b))
        return tu_fail(r->e, "expected %s=START-END with numbers, got '%s'", what, s);
    if (*b < *a)
        return tu_fail(r->e, "expected %s=START-END with START <= END, got '%s'", what, s);
    return 0;
}

/* ---- the device line ------------------------------------------------------ */

static const struct tu_flag feature_names[] = {
    { "input_range", 1ULL << VIRTIO_IOMMU_F_INPUT_RANGE },
    { "domain_range", 1ULL << VIRTIO_IOMMU_F_DOMAIN_RANGE },
    { "map_unmap", 1ULL << VIRTIO_IOMMU_F_MAP_UNMAP },
    { "bypass", 1ULL << VIRTIO_IOMMU_F_BYPASS },
    { "probe", 1ULL << VIRTIO_IOMMU_F_PROBE },
    { "mmio", 1ULL << VIRTIO_IOMMU_F_MMIO },
    { "bypass_config", 1ULL << VIRTIO_IOMMU_F_BYPASS_CONFIG },
};

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
        return tu_fail(r->e, "%s, got a value that is too long", usage);
    strcpy(buf, s);
    c1 = strchr(buf, ':');
    c2 = c1 ? strchr(c1 + 1, ':') : NULL;
    if (!c1 || !c2 || strchr(c2 + 1, ':'))
        return tu_fail(r->e, "%s, got '%s'", usage, s);
    *c1 = '\0';
    *c2 = '\0';
    if (tu_parse_u32(buf, &ra->ep))
        return tu_fail(r->e, "%s with a 32-bit endpoint, got '%s'", usage, s);
    if (arg_range64(r, c1 + 1, "resv", &ra->start, &ra->end))
        return -1;
    if (!strcmp(c2 + 1, "msi"))
        ra->subtype = VIRTIO_IOMMU_RESV_MEM_T_MSI;
    else if (!strcmp(c2 + 1, "reserved"))
        ra->subtype = VIRTIO_IOMMU_RESV_MEM_T_RESERVED;
    else if (!tu_parse_u32(c2 + 1, &sub) && sub <= 0xff)
        ra->subtype = (uint8_t)sub;
    else
        return tu_fail(r->e, "%s, got subtype '%s'", usage, c2 + 1);
    return 0;
}

/* An endpoint of the list and where it stood in it. */
struct ep_pos {
    uint32_t id;
    size_t pos;
};

static int cmp_ep_pos(const void *a_, const void *b_)
{
    const struct ep_pos *a = a_, *b = b_;

    if (a->id != b->id)
        return a->id < b->id ? -1 : 1;
    return a->pos < b->pos ? -1 : a->pos > b->pos;
}

/* endpoints=EP,...: the list sorted by id into *eps (*neps entries).  A
 * repeated endpoint is an error naming the first repetition in list order,
 * found in O(n log n) (sorting, then comparing neighbours). */
static int parse_endpoints(struct replay *r, char *s, struct ep_pos **eps, size_t *neps)
{
    struct ep_pos *v = NULL;
    size_t n = 0, cap = 0, i, dup = SIZE_MAX;

    while (*s) {
        size_t len = strcspn(s, ",");
        char save = s[len];
        uint32_t id;

        s[len] = '\0';
        if (tu_parse_u32(s, &id)) {
            free(v);
            return tu_fail(r->e, "expected endpoints=EP,... with 32-bit numbers, got '%s'", s);
        }
        s[len] = save;
        if (n == cap) {
            struct ep_pos *nv;
            cap = cap ? 2 * cap : 16;
            nv = (struct ep_pos *)realloc(v, cap * sizeof(*v));
            if (!nv) {
                free(v);
                return tu_fail(r->e, "out of memory");
            }
            v = nv;
        }
        v[n].id = id;
        v[n].pos = n;
        n++;
        s += len;
        if (*s == ',' && *++s == '\0') {
            free(v);
            return tu_fail(r->e, "expected an endpoint after ','");
        }
    }
    if (n)
        qsort(v, n, sizeof(*v), cmp_ep_pos);
    for (i = 1; i < n; i++)
        if (v[i].id == v[i - 1].id && (dup == SIZE_MAX || v[i].pos < v[dup].pos))
            dup = i;
    if (dup != SIZE_MAX) {
        uint32_t id = v[dup].id;
        free(v);
        return tu_fail(r->e, "expected distinct endpoints, got 0x%" PRIx32 " twice", id);
    }
    free(*eps);
    *eps = v;
    *neps = n;
    return 0;
}

static int listed(const struct ep_pos *eps, size_t n, uint32_t id)
{
    size_t lo = 0, hi = n;

    while (lo < hi) {
        size_t mid = lo + (hi - lo) / 2;
        if (eps[mid].id < id)
            lo = mid + 1;
        else
            hi = mid;
    }
    return lo < n && eps[lo].id == id;
}

/* Parse one KEY=VALUE of the device line into @cfg, @eps or @resv. */
static int device_key(struct replay *r, char *key, struct viommu_config *cfg, struct ep_pos **eps,
                      size_t *neps, struct resv_arg *resv, size_t *nresv)
{
    char *val = strchr(key, '=');
    uint64_t x, y;

    if (!val)
        return tu_fail(r->e, "expected KEY=VALUE in the device line, got '%s'", key);
    *val++ = '\0';
    if (!strcmp(key, "endpoints"))
        return parse_endpoints(r, val, eps, neps);          /* a repeated key replaces the list */
    if (!strcmp(key, "page_size_mask")) {
        if (arg_u64(r, val, "page_size_mask", &cfg->page_size_mask))
            return -1;
        if (!cfg->page_size_mask)
            return tu_fail(r->e, "expected a non-zero page_size_mask");
        return 0;
    }
    if (!strcmp(key, "input_range"))
        return arg_range64(r, val, "input_range", &cfg->input_start, &cfg->input_end);
    if (!strcmp(key, "domain_range")) {
        if (arg_range64(r, val, "domain_range", &x, &y))
            return -1;
        if (y > UINT32_MAX)
            return tu_fail(r->e, "expected domain_range=START-END with 32-bit numbers, got '%s'", val);
        cfg->domain_start = (uint32_t)x;
        cfg->domain_end = (uint32_t)y;
        return 0;
    }
    if (!strcmp(key, "bypass")) {
        if (strcmp(val, "0") && strcmp(val, "1"))
            return tu_fail(r->e, "expected bypass=0 or bypass=1, got '%s'", val);
        cfg->bypass = (uint8_t)(val[0] - '0');
        return 0;
    }
    if (!strcmp(key, "features")) {
        const char *bad;
        if (tu_parse_flags(val, feature_names, ARRAY_SIZE(feature_names), TU_FLAGS_NONE, 0, &cfg->features, &bad))
            return tu_fail(r->e, "expected features=NAME,... with names from input_range, domain_range, "
                                 "map_unmap, bypass, probe, mmio, bypass_config (or 'none'), got '%.*s'",
                           (int)strcspn(bad, ","), bad);
        return 0;
    }
    if (!strcmp(key, "probe_size")) {
        if (arg_u32(r, val, "probe_size", &cfg->probe_size))
            return -1;
        if (cfg->probe_size > VIOMMU_MAX_PROBE_SIZE)
            return tu_fail(r->e, "expected probe_size <= %u", (unsigned)VIOMMU_MAX_PROBE_SIZE);
        return 0;
    }
    if (!strcmp(key, "resv")) {
        if (parse_resv(r, val, &resv[*nresv]))
            return -1;
        (*nresv)++;
        return 0;
    }
    return tu_fail(r->e, "expected a device key (endpoints, page_size_mask, input_range, domain_range, "
                         "bypass, features, probe_size, resv), got '%s'", key);
}

/* Build the device the line describes; *out on success. */
static int build_device(struct replay *r, const struct viommu_config *cfg, const struct ep_pos *eps, size_t neps,
                        const struct resv_arg *resv, size_t nresv, struct viommu **out)
{
    struct viommu *v = viommu_new(cfg);
    size_t i;

    if (!v)
        return tu_fail(r->e, "device configuration rejected by the model (out of memory?)");
    /* In ascending order, so that each insertion appends to the model's
     * sorted endpoint array. */
    for (i = 0; i < neps; i++)
        if (viommu_add_endpoint(v, eps[i].id)) {
            viommu_free(v);
            return tu_fail(r->e, "out of memory adding endpoint 0x%" PRIx32, eps[i].id);
        }
    for (i = 0; i < nresv; i++) {
        if (!listed(eps, neps, resv[i].ep)) {
            viommu_free(v);
            return tu_fail(r->e, "expected resv=EP:... to name an endpoint of endpoints=, got 0x%" PRIx32,
                           resv[i].ep);
        }
        if (viommu_add_resv(v, resv[i].ep, resv[i].start, resv[i].end, resv[i].subtype)) {
            viommu_free(v);
            return tu_fail(r->e, "resv 0x%" PRIx32 ":0x%" PRIx64 "-0x%" PRIx64 " rejected: expected regions of "
                                 "one endpoint that do not overlap, at most one msi region, and all of them "
                                 "fitting in probe_size",
                           resv[i].ep, resv[i].start, resv[i].end);
        }
    }
    *out = v;
    return 0;
}

/* The vector of a device line: the configuration the model was given. */
static void record_device(struct replay *r, const struct viommu_config *cfg, const struct ep_pos *eps, size_t neps,
                          const struct resv_arg *resv, size_t nresv)
{
    size_t i;

    if (!r->vec)
        return;
    vec_str(r->vec, "kind", "virtio-device");
    vec_open(r->vec, "config", '{');
    vec_hex64(r->vec, "features", cfg->features);
    vec_hex64(r->vec, "page_size_mask", cfg->page_size_mask);
    vec_hex64(r->vec, "input_start", cfg->input_start);
    vec_hex64(r->vec, "input_end", cfg->input_end);
    vec_num(r->vec, "domain_start", cfg->domain_start);
    vec_num(r->vec, "domain_end", cfg->domain_end);
    vec_num(r->vec, "probe_size", cfg->probe_size);
    vec_num(r->vec, "bypass", cfg->bypass);
    vec_open(r->vec, "endpoints", '[');
    for (i = 0; i < neps; i++)
        vec_num(r->vec, NULL, eps[i].id);
    vec_close(r->vec, ']');
    vec_open(r->vec, "resv", '[');
    for (i = 0; i < nresv; i++) {
        vec_open(r->vec, NULL, '{');
        vec_num(r->vec, "endpoint", resv[i].ep);
        vec_hex64(r->vec, "start", resv[i].start);
        vec_hex64(r->vec, "end", resv[i].end);
        vec_num(r->vec, "subtype", resv[i].subtype);
        vec_close(r->vec, '}');
    }
    vec_close(r->vec, ']');
    vec_close(r->vec, '}');
}

static int cmd_device(struct replay *r, int argc, char **argv)
{
    struct viommu_config cfg;
    struct viommu *v = NULL;
    struct ep_pos *eps = NULL;
    struct resv_arg *resv;
    size_t neps = 0, nresv = 0;
    int a, rc = 0;

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

    resv = (struct resv_arg *)malloc((size_t)argc * sizeof(*resv));
    if (!resv)
        return tu_fail(r->e, "out of memory");
    for (a = 1; a < argc && !rc; a++)
        rc = device_key(r, argv[a], &cfg, &eps, &neps, resv, &nresv);
    if (!rc)
        rc = build_device(r, &cfg, eps, neps, resv, nresv, &v);
    if (!rc) {
        viommu_free(r->v);
        r->v = v;
        r->probe_size = cfg.probe_size;
        record_device(r, &cfg, eps, neps, resv, nresv);
    }
    free(eps);
    free(resv);
    return rc;
}

/* ---- requests ------------------------------------------------------------- */

/* The properties of an OK PROBE, in the order the device wrote them. */
static void print_probe_properties(struct replay *r, const uint8_t *out, size_t props_len)
{
    const size_t H = VIRTIO_IOMMU_PROBE_PROPERTY_SIZE, P = VIRTIO_IOMMU_PROBE_RESV_MEM_SIZE;
    size_t off = 0;

    while (off + H <= props_len) {
        const uint8_t *p = out + off;
        unsigned type = virtio_iommu_probe_property_get_type(p) & VIRTIO_IOMMU_PROBE_T_MASK;
        unsigned len = virtio_iommu_probe_property_get_length(p);

        if (type == VIRTIO_IOMMU_PROBE_T_NONE)
            break;
        if (type == VIRTIO_IOMMU_PROBE_T_RESV_MEM && off + P <= props_len && len >= P - H) {
            uint8_t sub = virtio_iommu_probe_resv_mem_get_subtype(p);
            tu_printf(&r->res, " resv_mem ");
            if (sub == VIRTIO_IOMMU_RESV_MEM_T_MSI)
                tu_printf(&r->res, "msi");
            else if (sub == VIRTIO_IOMMU_RESV_MEM_T_RESERVED)
                tu_printf(&r->res, "reserved");
            else
                tu_printf(&r->res, "0x%x", (unsigned)sub);
            tu_printf(&r->res, " 0x%" PRIx64 "-0x%" PRIx64, virtio_iommu_probe_resv_mem_get_start(p),
                      virtio_iommu_probe_resv_mem_get_end(p));
        } else {
            tu_printf(&r->res, " property 0x%x length 0x%x", type, len);
        }
        off += H + len;
    }
}

/* Send @in to the device with a writable area of @out_len bytes and print
 * the result: NOWRITE, the status, and for an OK PROBE the properties. */
static int send_request(struct replay *r, const uint8_t *in, size_t in_len, size_t out_len, int is_probe)
{
    uint8_t *out = (uint8_t *)malloc(out_len ? out_len : 1);
    size_t used, tail_off;

    if (!out)
        return tu_fail(r->e, "out of memory");
    memset(out, 0xa5, out_len);           /* untouched bytes are visible */
    used = viommu_handle_request(r->v, in, in_len, out, out_len);
    vec_bytes(r->vec, "in", in, in_len);
    vec_num(r->vec, "out_len", out_len);
    vec_num(r->vec, "used", used <= out_len ? used : 0);
    vec_bytes(r->vec, "out", out, used <= out_len ? used : 0);
    if (used == 0) {
        tu_printf(&r->res, "NOWRITE");
        free(out);
        return 0;
    }
    if (used > out_len || used < TAIL_SIZE) {
        free(out);
        return tu_fail(r->e, "internal error: the model reported a used length of %zu for a %zu-byte buffer",
                       used, out_len);
    }
    tail_off = used - TAIL_SIZE;
    print_status(r, out + tail_off);
    if (is_probe && virtio_iommu_req_tail_get_status(out + tail_off) == VIRTIO_IOMMU_S_OK)
        print_probe_properties(r, out, tail_off);
    free(out);
    return 0;
}

static int need_device(struct replay *r, const char *cmd)
{
    if (!r->v)
        return tu_fail(r->e, "expected a 'device' line before '%s'", cmd);
    return 0;
}

/* A request of @len bytes, all zero but the head's type; its vector
 * names the structure and opens the object of its fields. */
static void put_head(struct replay *r, uint8_t *req, size_t len, unsigned type, const char *request)
{
    memset(req, 0, len);
    virtio_iommu_req_head_set_type(req, (uint8_t)type);
    vec_str(r->vec, "kind", "virtio-request");
    vec_str(r->vec, "request", request);
    vec_open(r->vec, "fields", '{');
}

static int cmd_attach(struct replay *r, int argc, char **argv)
{
    uint8_t req[VIRTIO_IOMMU_REQ_ATTACH_TAIL_OFFSET];
    uint32_t domain, ep, flags = 0;

    if (argc != 3 && !(argc == 4 && !strcmp(argv[3], "bypass")))
        return tu_fail(r->e, "expected 'attach DOMAIN ENDPOINT [bypass]'");
    if (arg_u32(r, argv[1], "DOMAIN", &domain) || arg_u32(r, argv[2], "ENDPOINT", &ep) || need_device(r, argv[0]))
        return -1;
    if (argc == 4)
        flags = VIRTIO_IOMMU_ATTACH_F_BYPASS;
    put_head(r, req, sizeof(req), VIRTIO_IOMMU_T_ATTACH, "virtio_iommu_req_attach");
    SET_FIELD(r, req, virtio_iommu_req_attach, domain, domain);
    SET_FIELD(r, req, virtio_iommu_req_attach, endpoint, ep);
    SET_FIELD(r, req, virtio_iommu_req_attach, flags, flags);
    vec_close(r->vec, '}');
    return send_request(r, req, sizeof(req), TAIL_SIZE, 0);
}

static int cmd_detach(struct replay *r, int argc, char **argv)
{
    uint8_t req[VIRTIO_IOMMU_REQ_DETACH_TAIL_OFFSET];
    uint32_t domain, ep;

    if (argc != 3)
        return tu_fail(r->e, "expected 'detach DOMAIN ENDPOINT'");
    if (arg_u32(r, argv[1], "DOMAIN", &domain) || arg_u32(r, argv[2], "ENDPOINT", &ep) || need_device(r, argv[0]))
        return -1;
    put_head(r, req, sizeof(req), VIRTIO_IOMMU_T_DETACH, "virtio_iommu_req_detach");
    SET_FIELD(r, req, virtio_iommu_req_detach, domain, domain);
    SET_FIELD(r, req, virtio_iommu_req_detach, endpoint, ep);
    vec_close(r->vec, '}');
    return send_request(r, req, sizeof(req), TAIL_SIZE, 0);
}

static const struct tu_flag map_flag_letters[] = {
    { "r", VIRTIO_IOMMU_MAP_F_READ },
    { "w", VIRTIO_IOMMU_MAP_F_WRITE },
    { "m", VIRTIO_IOMMU_MAP_F_MMIO },
};

static int cmd_map(struct replay *r, int argc, char **argv)
{
    uint8_t req[VIRTIO_IOMMU_REQ_MAP_TAIL_OFFSET];
    uint32_t domain;
    uint64_t vs, ve, ps, flags;

    if (argc != 6)
        return tu_fail(r->e, "expected 'map DOMAIN VIRT_START VIRT_END PHYS_START FLAGS'");
    if (arg_u32(r, argv[1], "DOMAIN", &domain) || arg_u64(r, argv[2], "VIRT_START", &vs) ||
        arg_u64(r, argv[3], "VIRT_END", &ve) || arg_u64(r, argv[4], "PHYS_START", &ps))
        return -1;
    if (tu_parse_flags(argv[5], map_flag_letters, ARRAY_SIZE(map_flag_letters),
                       TU_FLAGS_LETTERS | TU_FLAGS_NUMBER, UINT32_MAX, &flags, NULL))
        return tu_fail(r->e, "expected FLAGS as a number or a combination of r, w, m (each once), got '%s'",
                       argv[5]);
    if (need_device(r, argv[0]))
        return -1;
    put_head(r, req, sizeof(req), VIRTIO_IOMMU_T_MAP, "virtio_iommu_req_map");
    SET_FIELD(r, req, virtio_iommu_req_map, domain, domain);
    SET_FIELD(r, req, virtio_iommu_req_map, virt_start, vs);
    SET_FIELD(r, req, virtio_iommu_req_map, virt_end, ve);
    SET_FIELD(r, req, virtio_iommu_req_map, phys_start, ps);
    SET_FIELD(r, req, virtio_iommu_req_map, flags, flags);
    vec_close(r->vec, '}');
    return send_request(r, req, sizeof(req), TAIL_SIZE, 0);
}

static int cmd_unmap(struct replay *r, int argc, char **argv)
{
    uint8_t req[VIRTIO_IOMMU_REQ_UNMAP_TAIL_OFFSET];
    uint32_t domain;
    uint64_t vs, ve;

    if (argc != 4)
        return tu_fail(r->e, "expected 'unmap DOMAIN VIRT_START VIRT_END'");
    if (arg_u32(r, argv[1], "DOMAIN", &domain) || arg_u64(r, argv[2], "VIRT_START", &vs) ||
        arg_u64(r, argv[3], "VIRT_END", &ve) || need_device(r, argv[0]))
        return -1;
    put_head(r, req, sizeof(req), VIRTIO_IOMMU_T_UNMAP, "virtio_iommu_req_unmap");
    SET_FIELD(r, req, virtio_iommu_req_unmap, domain, domain);
    SET_FIELD(r, req, virtio_iommu_req_unmap, virt_start, vs);
    SET_FIELD(r, req, virtio_iommu_req_unmap, virt_end, ve);
    vec_close(r->vec, '}');
    return send_request(r, req, sizeof(req), TAIL_SIZE, 0);
}

static int cmd_probe(struct replay *r, int argc, char **argv)
{
    uint8_t req[VIRTIO_IOMMU_REQ_PROBE_SIZE];
    uint32_t ep;

    if (argc != 2)
        return tu_fail(r->e, "expected 'probe ENDPOINT'");
    if (arg_u32(r, argv[1], "ENDPOINT", &ep) || need_device(r, argv[0]))
        return -1;
    put_head(r, req, sizeof(req), VIRTIO_IOMMU_T_PROBE, "virtio_iommu_req_probe");
    SET_FIELD(r, req, virtio_iommu_req_probe, endpoint, ep);
    vec_close(r->vec, '}');
    return send_request(r, req, sizeof(req), (size_t)r->probe_size + TAIL_SIZE, 1);
}

/* The fault record a failed translation queued (the oldest: the queue is
 * drained after every translate), as bytes and as fields. */
static void record_fault(struct replay *r)
{
    struct virtio_iommu_fault f;
    const uint8_t *b = (const uint8_t *)&f;

    if (!r->vec || !viommu_pop_fault(r->v, &f))
        return;
    vec_bytes(r->vec, "fault", b, sizeof(f));
    vec_open(r->vec, "fault_fields", '{');
    vec_field(r->vec, "reason", virtio_iommu_fault_get_reason(b));
    vec_field(r->vec, "flags", virtio_iommu_fault_get_flags(b));
    vec_field(r->vec, "endpoint", virtio_iommu_fault_get_endpoint(b));
    vec_field(r->vec, "address", virtio_iommu_fault_get_address(b));
    vec_close(r->vec, '}');
}

static int cmd_translate(struct replay *r, int argc, char **argv)
{
    static const char *const reasons[] = { "unknown", "domain", "mapping" };
    uint32_t ep;
    uint64_t iova, pa = 0;
    uint8_t reason = 0;
    int is_write;

    if (argc != 4 || (strcmp(argv[3], "r") && strcmp(argv[3], "w")))
        return tu_fail(r->e, "expected 'translate ENDPOINT IOVA r|w'");
    if (arg_u32(r, argv[1], "ENDPOINT", &ep) || arg_u64(r, argv[2], "IOVA", &iova) || need_device(r, argv[0]))
        return -1;
    is_write = argv[3][0] == 'w';
    vec_str(r->vec, "kind", "virtio-translate");
    vec_num(r->vec, "endpoint", ep);
    vec_hex64(r->vec, "iova", iova);
    vec_bool(r->vec, "write", is_write);
    if (viommu_translate(r->v, ep, iova, is_write, &pa, &reason) == VIOMMU_XLATE_OK) {
        tu_printf(&r->res, "0x%" PRIx64, pa);
        vec_hex64(r->vec, "pa", pa);
        return 0;
    }
    if (reason < ARRAY_SIZE(reasons))
        tu_printf(&r->res, "FAULT %s", reasons[reason]);
    else
        tu_printf(&r->res, "FAULT 0x%x", (unsigned)reason);
    record_fault(r);
    while (viommu_pop_fault(r->v, NULL))
        ;                                         /* the event queue is not modelled by traces */
    return 0;
}

/* raw HEXBYTES...: the words are concatenated; two hex digits per byte. */
static int cmd_raw(struct replay *r, int argc, char **argv)
{
    size_t total = 0, n = 0, out_len, bad = 0;
    uint8_t *req;
    int a, rc, is_probe;

    if (argc < 2)
        return tu_fail(r->e, "expected 'raw HEXBYTES' (the request's bytes, head included, as pairs of hex digits)");
    for (a = 1; a < argc; a++)
        total += strlen(argv[a]) / 2 + 1;
    req = (uint8_t *)malloc(total);
    if (!req)
        return tu_fail(r->e, "out of memory");
    for (a = 1; a < argc; a++) {
        rc = tu_parse_hex_bytes(argv[a], req, total, &n, &bad);
        if (rc == TU_HEX_ODD)
            rc = tu_fail(r->e, "expected HEXBYTES as pairs of hex digits, got an odd number of digits in '%s'",
                         argv[a]);
        else if (rc)
            rc = tu_fail(r->e, "expected HEXBYTES as pairs of hex digits, got '%c' in '%s'", argv[a][bad], argv[a]);
        if (rc) {
            free(req);
            return -1;
        }
    }
    if (need_device(r, argv[0])) {
        free(req);
        return -1;
    }
    is_probe = n > VIRTIO_IOMMU_REQ_HEAD_TYPE_OFFSET &&
               virtio_iommu_req_head_get_type(req) == VIRTIO_IOMMU_T_PROBE;
    out_len = TAIL_SIZE + (is_probe ? r->probe_size : 0);
    vec_str(r->vec, "kind", "virtio-request");
    rc = send_request(r, req, n, out_len, is_probe);
    free(req);
    return rc;
}

/* The Xen model, created by the first xen or xen-device line; NULL when out
 * of memory. */
static struct xen_replay *xen_state(struct replay *r)
{
    if (!r->xen)
        r->xen = xen_replay_new(r->opt->xen_max_pages);
    return r->xen;
}

static int cmd_xen_device(struct replay *r, int argc, char **argv)
{
    if (!xen_state(r))
        return tu_fail(r->e, "out of memory");
    return xen_replay_device(r->xen, argc, argv, r->vec, r->e);
}

static int cmd_xen(struct replay *r, int argc, char **argv)
{
    if (!xen_state(r))
        return tu_fail(r->e, "out of memory");
    return xen_replay_command(r->xen, argc, argv, &r->res, r->vec, r->e);
}

/* ---- dispatch ------------------------------------------------------------- */

static const struct command {
    const char *name;
    int (*run)(struct replay *r, int argc, char **argv);
} commands[] = {
    { "device", cmd_device },
    { "attach", cmd_attach },
    { "detach", cmd_detach },
    { "map", cmd_map },
    { "unmap", cmd_unmap },
    { "probe", cmd_probe },
    { "translate", cmd_translate },
    { "raw", cmd_raw },
    { "xen-device", cmd_xen_device },
    { "xen", cmd_xen },
};

static int run_line(struct replay *r, int argc, char **argv)
{
    char names[256] = "";
    size_t i;

    for (i = 0; i < ARRAY_SIZE(commands); i++)
        if (!strcmp(argv[0], commands[i].name))
            return commands[i].run(r, argc, argv);
    for (i = 0; i < ARRAY_SIZE(commands); i++) {
        if (i)
            strcat(names, ", ");
        strcat(names, commands[i].name);
    }
    return tu_fail(r->e, "expected a command (%s), got '%s'", names, argv[0]);
}

/* "command": the line's words, as the trace wrote them. */
static void record_command(struct tu_buf *vec, int argc, char **argv)
{
    struct tu_buf words = { 0 };
    int i;

    for (i = 0; i < argc; i++)
        tu_printf(&words, "%s%s", i ? " " : "", argv[i]);
    if (words.oom)
        vec->oom = 1;
    else
        vec_str(vec, "command", words.text);
    tu_buf_free(&words);
}

/* The result of one command: printed, or compared with the line's
 * annotation. */
static void finish_result(struct replay *r, const struct replay_options *opt, const char *name,
                          unsigned long lineno, const char *expect, FILE *out, FILE *err,
                          struct replay_summary *sum)
{
    int have = r->res.len > 0;

    if (have)
        sum->results++;
    if (!opt->check) {
        if (have) {
            fputs(r->res.text, out);
            fputc('\n', out);
        }
        return;
    }
    if (!expect)
        return;
    sum->checked++;
    if (!have) {
        fprintf(err, "%s:%lu: expected %s, got no result\n", name, lineno, expect);
        sum->disagreements++;
    } else if (strcmp(expect, r->res.text) != 0) {
        fprintf(err, "%s:%lu: expected %s, got %s\n", name, lineno, expect, r->res.text);
        sum->disagreements++;
    }
}

int replay_run(FILE *in, const char *name, FILE *out, FILE *err, const struct replay_options *opt,
               struct replay_summary *sum)
{
    static const struct replay_options print_mode;
    struct replay_summary local;
    struct tu_error e;
    struct replay r;
    char *line = NULL;
    char **argv;
    size_t cap = 0;
    ssize_t len;
    unsigned long lineno = 0;
    int rc = REPLAY_OK;

    memset(&r, 0, sizeof(r));
    r.e = &e;
    if (!opt)
        opt = &print_mode;
    r.opt = opt;
    if (opt->emit_vectors && !opt->check) {
        const char *base = strrchr(name ? name : "<stdin>", '/');
        struct tu_buf head = { 0 };
        r.vec = &r.vec_members;
        vec_str(&head, "format", REPLAY_VECTORS_FORMAT);
        vec_num(&head, "version", REPLAY_VECTORS_VERSION);
        vec_str(&head, "trace", base ? base + 1 : name ? name : "<stdin>");
        if (head.oom) {
            fprintf(err, "%s: error: out of memory\n", name ? name : "<stdin>");
            return REPLAY_EIO;
        }
        fprintf(out, "{%s}\n", head.text + 1);
        tu_buf_free(&head);
    }
    if (!sum)
        sum = &local;
    memset(sum, 0, sizeof(*sum));
    if (!name)
        name = "<stdin>";
    argv = (char **)malloc(MAX_WORDS * sizeof(*argv));
    if (!argv) {
        fprintf(err, "%s: error: out of memory\n", name);
        return REPLAY_EIO;
    }
    while ((len = getline(&line, &cap, in)) >= 0) {
        char *expect;
        int argc;

        lineno++;
        if (memchr(line, '\0', (size_t)len)) {
            fprintf(err, "%s:%lu: error: expected a text line, got a NUL byte\n", name, lineno);
            rc = REPLAY_EMALFORMED;
            break;
        }
        expect = opt->check ? tu_annotation(line) : NULL;
        argc = tu_split(line, argv, MAX_WORDS);
        if (argc < 0) {
            fprintf(err, "%s:%lu: error: expected at most %d words on a line\n", name, lineno, MAX_WORDS);
            rc = REPLAY_EMALFORMED;
            break;
        }
        if (argc == 0)
            continue;
        e.msg[0] = '\0';
        tu_buf_clear(&r.res);
        tu_buf_clear(&r.vec_members);
        if (r.vec)
            record_command(r.vec, argc, argv);
        if (run_line(&r, argc, argv)) {
            fprintf(err, "%s:%lu: error: %s\n", name, lineno, e.msg[0] ? e.msg : "malformed line");
            rc = REPLAY_EMALFORMED;
            break;
        }
        if (r.res.oom || r.vec_members.oom) {
            fprintf(err, "%s:%lu: error: out of memory\n", name, lineno);
            rc = REPLAY_EIO;
            break;
        }
        if (r.vec) {
            if (r.res.len)
                sum->results++;
            vec_write_record(out, lineno, r.vec, r.res.len ? r.res.text : NULL);
        } else {
            finish_result(&r, opt, name, lineno, expect, out, err, sum);
        }
    }
    if (rc == REPLAY_OK && ferror(in)) {
        fprintf(err, "%s: error: read failed\n", name);
        rc = REPLAY_EIO;
    }
    free(line);
    free(argv);
    tu_buf_free(&r.res);
    tu_buf_free(&r.vec_members);
    viommu_free(r.v);
    xen_replay_free(r.xen);
    fflush(out);
    return rc;
}

int replay_stream(FILE *in, const char *name, FILE *out, FILE *err)
{
    return replay_run(in, name, out, err, NULL, NULL);
}
