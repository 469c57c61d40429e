/* SPDX-License-Identifier: MIT */
/*
 * replay_xen.c - the "xen-device" and "xen ..." commands of iommu-ref-replay.
 *
 * Every command is turned into the raw bytes of its argument structure (at
 * offsetof() of the generated header, little-endian) and goes through
 * xen_pviommu_op(), exactly as a guest's hypercall would; the result line is
 * printed from the return value and the OUT fields read back from the bytes.
 * Trace syntax and output: translator/README.md and translator/TRACE-FORMAT.md.
 */
#include "replay_xen.h"

#include <errno.h>
#include <inttypes.h>
#include <stdarg.h>
#include <stdlib.h>
#include <string.h>

#include "trace_util.h"
#include "wire.h"
#include "xen_pviommu.h"

#define MAX_DEVICES 256
#define MAX_REMOTE_DOMAINS 8
#define MAX_RAW_BYTES 256
/* Guest address at which a remote_cmd's sub-argument is placed. */
#define GUEST_ARG_ADDR 0x10000u
/* Xen's DOMID_FIRST_RESERVED (public/xen.h): this and every higher domid
 * (DOMID_SELF, DOMID_IO, DOMID_XEN, DOMID_COW, DOMID_INVALID, DOMID_IDLE, ...)
 * names no guest, so a remote_cmd to it finds no domain. */
#define XEN_DOMID_FIRST_RESERVED 0x7ff0u

#define XOFF(type, field) offsetof(struct type, field)
#define XSIZE(type, field) WIRE_FIELD_SIZE(struct type, field)

struct xen_replay {
    struct xen_pviommu *dev;          /* the traced domain (domid 0) */
    struct xen_pviommu_config cfg;
    uint32_t devices[MAX_DEVICES];
    struct {
        uint16_t domid;
        struct xen_pviommu *dev;
    } remote[MAX_REMOTE_DOMAINS];
    unsigned nr_remote;
    uint8_t *guest;                   /* guest memory at GUEST_ARG_ADDR */
    size_t guest_len;
};

/* One hypercall: sub-operation and its argument bytes. */
struct xcall {
    unsigned subop;
    uint8_t buf[MAX_RAW_BYTES];
    size_t len;
};

static int errf(char *err, size_t errlen, const char *fmt, ...)
{
    va_list ap;

    va_start(ap, fmt);
    vsnprintf(err, errlen, fmt, ap);
    va_end(ap);
    return -1;
}

static const char *errno_name(long rc)
{
    switch (-rc) {
    case EINVAL:     return "-EINVAL";
    case ENOENT:     return "-ENOENT";
    case EBUSY:      return "-EBUSY";
    case ENOSPC:     return "-ENOSPC";
    case EPERM:      return "-EPERM";
    case EACCES:     return "-EACCES";
    case ENODEV:     return "-ENODEV";
    case EEXIST:     return "-EEXIST";
    case EOPNOTSUPP: return "-EOPNOTSUPP";
    case ENOMEM:     return "-ENOMEM";
    case EFAULT:     return "-EFAULT";
    case ESRCH:      return "-ESRCH";
    case ENOSYS:     return "-ENOSYS";
    case ERANGE:     return "-ERANGE";
    case E2BIG:      return "-E2BIG";
    default:         return NULL;
    }
}

static void print_status(FILE *out, long rc)
{
    const char *n;

    if (rc == 0) {
        fputs("OK", out);
        return;
    }
    n = errno_name(rc);
    if (n)
        fputs(n, out);
    else
        fprintf(out, "%ld", rc);
}

/* ---- parsing helpers ---------------------------------------------------- */

static int parse_hex_part(const char *s, size_t n, unsigned max, unsigned *v)
{
    unsigned acc = 0;
    size_t i;

    if (n == 0 || n > 4)
        return -1;
    for (i = 0; i < n; i++) {
        char c = s[i];
        unsigned dgt;
        if (c >= '0' && c <= '9')
            dgt = (unsigned)(c - '0');
        else if (c >= 'a' && c <= 'f')
            dgt = (unsigned)(c - 'a' + 10);
        else if (c >= 'A' && c <= 'F')
            dgt = (unsigned)(c - 'A' + 10);
        else
            return -1;
        acc = acc * 16 + dgt;
    }
    if (acc > max)
        return -1;
    *v = acc;
    return 0;
}

/* SSSS:BB:DD.F (hex; the segment may be omitted: BB:DD.F). */
static int parse_sbdf(const char *s, uint32_t *sbdf)
{
    const char *c1 = strchr(s, ':'), *c2, *dot;
    unsigned seg = 0, bus, dev, fn;

    if (!c1)
        return -1;
    c2 = strchr(c1 + 1, ':');
    if (c2) {
        if (parse_hex_part(s, (size_t)(c1 - s), 0xffff, &seg))
            return -1;
        s = c1 + 1;
        c1 = c2;
    }
    dot = strchr(c1 + 1, '.');
    if (!dot || strchr(dot + 1, '.') || strchr(dot + 1, ':'))
        return -1;
    if (parse_hex_part(s, (size_t)(c1 - s), 0xff, &bus) ||
        parse_hex_part(c1 + 1, (size_t)(dot - c1 - 1), 0x1f, &dev) ||
        parse_hex_part(dot + 1, strlen(dot + 1), 7, &fn))
        return -1;
    *sbdf = XEN_PVIOMMU_SBDF(seg, bus, (dev << 3) | fn);
    return 0;
}

static int parse_u16(const char *s, uint16_t *v)
{
    uint64_t x;

    if (tu_parse_u64(s, &x) || x > UINT16_MAX)
        return -1;
    *v = (uint16_t)x;
    return 0;
}

/* Comma-separated names from @names (bit i = names[i]), or a number. */
static int parse_flag_list(const char *s, const char *const *names, uint32_t *v)
{
    uint32_t acc = 0;
    const char *p = s;

    if (!*s || !strcmp(s, "none")) {
        *v = 0;
        return 0;
    }
    if (s[0] >= '0' && s[0] <= '9')
        return tu_parse_u32(s, v);
    while (*p) {
        const char *e = strchr(p, ',');
        size_t n = e ? (size_t)(e - p) : strlen(p);
        unsigned i;
        for (i = 0; names[i]; i++)
            if (strlen(names[i]) == n && !strncmp(p, names[i], n))
                break;
        if (!names[i])
            return -1;
        acc |= 1u << i;
        p += n;
        if (*p == ',' && !*++p)
            return -1;
    }
    *v = acc;
    return 0;
}

/* Map flags: letters r, w, c in any combination, or a number. */
static int parse_map_flags(const char *s, uint32_t *v)
{
    uint32_t acc = 0;

    if (s[0] >= '0' && s[0] <= '9')
        return tu_parse_u32(s, v);
    for (; *s; s++) {
        uint32_t bit;
        switch (*s) {
        case 'r': bit = IOMMU_MAP_readable; break;
        case 'w': bit = IOMMU_MAP_writeable; break;
        case 'c': bit = IOMMU_MAP_cache; break;
        default: return -1;
        }
        if (acc & bit)
            return -1;
        acc |= bit;
    }
    *v = acc;
    return acc ? 0 : -1;
}

static int hexval(char c)
{
    if (c >= '0' && c <= '9')
        return c - '0';
    if (c >= 'a' && c <= 'f')
        return c - 'a' + 10;
    if (c >= 'A' && c <= 'F')
        return c - 'A' + 10;
    return -1;
}

/* ---- the device --------------------------------------------------------- */

static void drop_domains(struct xen_replay *r)
{
    unsigned i;

    for (i = 0; i < r->nr_remote; i++)
        xen_pviommu_free(r->remote[i].dev);
    r->nr_remote = 0;
    xen_pviommu_free(r->dev);
    r->dev = NULL;
}

static struct xen_pviommu *env_domain(void *opaque, uint16_t domid)
{
    struct xen_replay *r = opaque;
    struct xen_pviommu_config cfg;
    struct xen_pviommu *d;
    unsigned i;

    if (domid == 0)
        return r->dev;
    if (domid >= XEN_DOMID_FIRST_RESERVED)
        return NULL;
    for (i = 0; i < r->nr_remote; i++)
        if (r->remote[i].domid == domid)
            return r->remote[i].dev;
    if (r->nr_remote == MAX_REMOTE_DOMAINS)
        return NULL;
    cfg = r->cfg;
    cfg.allow_remote = 0;
    d = xen_pviommu_new(&cfg);
    if (!d)
        return NULL;
    r->remote[r->nr_remote].domid = domid;
    r->remote[r->nr_remote].dev = d;
    r->nr_remote++;
    return d;
}

static int env_in_guest(const struct xen_replay *r, uint64_t gaddr, size_t len)
{
    return r->guest && gaddr >= GUEST_ARG_ADDR && gaddr - GUEST_ARG_ADDR <= r->guest_len &&
           len <= r->guest_len - (size_t)(gaddr - GUEST_ARG_ADDR);
}

static int env_copy_from(void *opaque, void *dst, uint64_t gaddr, size_t len)
{
    struct xen_replay *r = opaque;

    if (!env_in_guest(r, gaddr, len))
        return -1;
    memcpy(dst, r->guest + (gaddr - GUEST_ARG_ADDR), len);
    return 0;
}

static int env_copy_to(void *opaque, uint64_t gaddr, const void *src, size_t len)
{
    struct xen_replay *r = opaque;

    if (!env_in_guest(r, gaddr, len))
        return -1;
    memcpy(r->guest + (gaddr - GUEST_ARG_ADDR), src, len);
    return 0;
}

struct xen_replay *xen_replay_new(void)
{
    return calloc(1, sizeof(struct xen_replay));
}

void xen_replay_free(struct xen_replay *r)
{
    if (!r)
        return;
    drop_domains(r);
    free(r);
}

static const char *const cap_names[] = {
    "default_identity", "cache", "nested", "pasid", "identity", NULL
};

static int cmd_device(struct xen_replay *r, int argc, char **argv, char *err, size_t errlen)
{
    struct xen_pviommu_config cfg;
    struct xen_pviommu_env env;
    size_t nr = 0;
    int i;

    memset(&cfg, 0, sizeof(cfg));
    cfg.pgsize_mask = 0x1000;
    cfg.max_iova = 0xffffffffffffu;
    cfg.max_ctx = 8;
    for (i = 1; i < argc; i++) {
        char *eq = strchr(argv[i], '=');
        const char *k = argv[i], *v;
        size_t kl;
        if (!eq)
            return errf(err, errlen, "xen-device: expected KEY=VALUE, got '%s'", argv[i]);
        kl = (size_t)(eq - k);
        v = eq + 1;
#define KEY(name) (kl == sizeof(name) - 1 && !strncmp(k, name, kl))
        if (KEY("devices")) {
            const char *p = v;
            nr = 0;
            while (*p) {
                char tmp[32];
                const char *e = strchr(p, ',');
                size_t n = e ? (size_t)(e - p) : strlen(p);
                uint32_t sbdf;
                size_t j;
                if (n == 0 || n >= sizeof(tmp))
                    return errf(err, errlen, "xen-device: bad device list '%s' (expected SSSS:BB:DD.F,...)", v);
                memcpy(tmp, p, n);
                tmp[n] = 0;
                if (parse_sbdf(tmp, &sbdf))
                    return errf(err, errlen, "xen-device: bad device '%s' (expected SSSS:BB:DD.F, hex)", tmp);
                for (j = 0; j < nr; j++)
                    if (r->devices[j] == sbdf)
                        return errf(err, errlen, "xen-device: device '%s' listed twice", tmp);
                if (nr == MAX_DEVICES)
                    return errf(err, errlen, "xen-device: more than %d devices", MAX_DEVICES);
                r->devices[nr++] = sbdf;
                p += n;
                if (*p == ',' && !*++p)
                    return errf(err, errlen, "xen-device: bad device list '%s' (trailing comma)", v);
            }
        } else if (KEY("pgsize_mask")) {
            if (tu_parse_u32(v, &cfg.pgsize_mask) || !cfg.pgsize_mask || (cfg.pgsize_mask & 0xfff))
                return errf(err, errlen, "xen-device: pgsize_mask: expected a non-zero 32-bit number "
                            "without sizes below 4 KiB (0x1000), got '%s'", v);
        } else if (KEY("max_iova")) {
            if (tu_parse_u64(v, &cfg.max_iova))
                return errf(err, errlen, "xen-device: max_iova: expected a 64-bit number, got '%s'", v);
        } else if (KEY("max_ctx")) {
            if (parse_u16(v, &cfg.max_ctx) || cfg.max_ctx > XEN_PVIOMMU_MAX_CTX)
                return errf(err, errlen, "xen-device: max_ctx: expected 0..65534, got '%s'", v);
        } else if (KEY("max_pasid")) {
            if (tu_parse_u32(v, &cfg.max_pasid))
                return errf(err, errlen, "xen-device: max_pasid: expected a 32-bit number, got '%s'", v);
        } else if (KEY("caps")) {
            if (parse_flag_list(v, cap_names, &cfg.cap_flags))
                return errf(err, errlen, "xen-device: caps: expected a comma list of default_identity, "
                            "cache, nested, pasid, identity (or a number), got '%s'", v);
        } else if (KEY("remote")) {
            if (!strcmp(v, "allow"))
                cfg.allow_remote = 1;
            else if (!strcmp(v, "deny"))
                cfg.allow_remote = 0;
            else
                return errf(err, errlen, "xen-device: remote: expected allow or deny, got '%s'", v);
        } else {
            return errf(err, errlen, "xen-device: unknown key '%.*s' (expected devices, pgsize_mask, "
                        "max_iova, max_ctx, max_pasid, caps, remote)", (int)kl, k);
        }
#undef KEY
    }
    cfg.devices = r->devices;
    cfg.nr_devices = nr;
    drop_domains(r);
    r->cfg = cfg;
    r->dev = xen_pviommu_new(&cfg);
    if (!r->dev)
        return errf(err, errlen, "xen-device: cannot create the device (out of memory)");
    env.domain = env_domain;
    env.copy_from_guest = env_copy_from;
    env.copy_to_guest = env_copy_to;
    env.opaque = r;
    xen_pviommu_set_env(r->dev, &env);
    return 0;
}

/* ---- commands ----------------------------------------------------------- */

enum print_kind { P_STATUS, P_CAPS, P_ALLOC, P_MAP, P_UNMAP };

/* Build the hypercall for "xen CMD ARGS..." (argv[0] = CMD). */
static int build(int argc, char **argv, struct xcall *x, enum print_kind *pk, char *err, size_t errlen)
{
    const char *c = argv[0];
    uint8_t *b = x->buf;

    memset(x, 0, sizeof(*x));
    *pk = P_STATUS;
#define NARGS(lo, hi, usage) \
    do { if (argc - 1 < (lo) || argc - 1 > (hi)) \
            return errf(err, errlen, "xen %s: expected '%s'", c, usage); } while (0)
#define NUM64(i, dst, what) \
    do { if (tu_parse_u64(argv[i], &(dst))) \
            return errf(err, errlen, "xen %s: %s: expected a number, got '%s'", c, what, argv[i]); } while (0)
#define NUM32(i, dst, what) \
    do { if (tu_parse_u32(argv[i], &(dst))) \
            return errf(err, errlen, "xen %s: %s: expected a 32-bit number, got '%s'", c, what, argv[i]); } while (0)
#define NUM16(i, dst, what) \
    do { if (parse_u16(argv[i], &(dst))) \
            return errf(err, errlen, "xen %s: %s: expected a 16-bit number, got '%s'", c, what, argv[i]); } while (0)
#define SBDF(i, dst) \
    do { if (parse_sbdf(argv[i], &(dst))) \
            return errf(err, errlen, "xen %s: expected a device SSSS:BB:DD.F, got '%s'", c, argv[i]); } while (0)
#define PUT16(type, field, v) wire_st16(b + XOFF(type, field), (uint16_t)(v))
#define PUT32(type, field, v) wire_st32(b + XOFF(type, field), (uint32_t)(v))
#define PUT64(type, field, v) wire_st64(b + XOFF(type, field), (uint64_t)(v))
#define PUTDEV(type, sbdf) do { \
        wire_st16(b + XOFF(type, dev) + offsetof(struct physdev_pci_device, seg), (uint16_t)((sbdf) >> 16)); \
        b[XOFF(type, dev) + offsetof(struct physdev_pci_device, bus)] = (uint8_t)((sbdf) >> 8); \
        b[XOFF(type, dev) + offsetof(struct physdev_pci_device, devfn)] = (uint8_t)(sbdf); } while (0)

    if (!strcmp(c, "noop")) {
        NARGS(0, 0, "noop");
        x->subop = IOMMU_noop;
    } else if (!strcmp(c, "init")) {
        uint32_t n, order;
        NARGS(2, 2, "init MAX_CTX ARENA_ORDER");
        NUM32(1, n, "MAX_CTX");
        NUM32(2, order, "ARENA_ORDER");
        x->subop = IOMMU_init;
        PUT32(pv_iommu_init, max_ctx_no, n);
        PUT32(pv_iommu_init, arena_order, order);
    } else if (!strcmp(c, "caps")) {
        NARGS(0, 0, "caps");
        x->subop = IOMMU_query_capabilities;
        *pk = P_CAPS;
    } else if (!strcmp(c, "alloc")) {
        uint32_t flags = 0;
        NARGS(0, 1, "alloc [identity]");
        if (argc == 2) {
            if (!strcmp(argv[1], "identity"))
                flags = IOMMU_ALLOC_identity;
            else if (tu_parse_u32(argv[1], &flags))
                return errf(err, errlen, "xen alloc: expected 'identity' or a number, got '%s'", argv[1]);
        }
        x->subop = IOMMU_alloc_context;
        PUT32(pv_iommu_alloc, alloc_flags, flags);
        *pk = P_ALLOC;
    } else if (!strcmp(c, "free")) {
        uint16_t ctx;
        uint32_t flags = 0;
        NARGS(1, 2, "free CTX [reattach_default]");
        NUM16(1, ctx, "CTX");
        if (argc == 3) {
            if (!strcmp(argv[2], "reattach_default"))
                flags = IOMMU_FREE_reattach_default;
            else if (tu_parse_u32(argv[2], &flags))
                return errf(err, errlen, "xen free: expected 'reattach_default' or a number, got '%s'", argv[2]);
        }
        x->subop = IOMMU_free_context;
        PUT16(pv_iommu_free, ctx_no, ctx);
        PUT32(pv_iommu_free, free_flags, flags);
    } else if (!strcmp(c, "reattach")) {
        uint16_t ctx;
        uint32_t sbdf, pasid = 0;
        NARGS(2, 3, "reattach CTX SSSS:BB:DD.F [PASID]");
        NUM16(1, ctx, "CTX");
        SBDF(2, sbdf);
        if (argc == 4)
            NUM32(3, pasid, "PASID");
        x->subop = IOMMU_reattach_device;
        PUT16(pv_iommu_reattach_device, ctx_no, ctx);
        PUTDEV(pv_iommu_reattach_device, sbdf);
        PUT32(pv_iommu_reattach_device, pasid, pasid);
    } else if (!strcmp(c, "map")) {
        uint16_t ctx;
        uint64_t gfn, dfn;
        uint32_t pgsize, nr, flags;
        NARGS(6, 6, "map CTX GFN DFN PGSIZE NR FLAGS");
        NUM16(1, ctx, "CTX");
        NUM64(2, gfn, "GFN");
        NUM64(3, dfn, "DFN");
        NUM32(4, pgsize, "PGSIZE");
        NUM32(5, nr, "NR");
        if (parse_map_flags(argv[6], &flags))
            return errf(err, errlen, "xen map: FLAGS: expected r, w, c combined or a number, got '%s'", argv[6]);
        x->subop = IOMMU_map_pages;
        PUT64(pv_iommu_map_pages, gfn, gfn);
        PUT64(pv_iommu_map_pages, dfn, dfn);
        PUT32(pv_iommu_map_pages, map_flags, flags);
        PUT32(pv_iommu_map_pages, pgsize, pgsize);
        PUT32(pv_iommu_map_pages, nr_pages, nr);
        PUT16(pv_iommu_map_pages, ctx_no, ctx);
        *pk = P_MAP;
    } else if (!strcmp(c, "unmap")) {
        uint16_t ctx;
        uint64_t dfn;
        uint32_t pgsize, nr;
        NARGS(4, 4, "unmap CTX DFN PGSIZE NR");
        NUM16(1, ctx, "CTX");
        NUM64(2, dfn, "DFN");
        NUM32(3, pgsize, "PGSIZE");
        NUM32(4, nr, "NR");
        x->subop = IOMMU_unmap_pages;
        PUT64(pv_iommu_unmap_pages, dfn, dfn);
        PUT32(pv_iommu_unmap_pages, pgsize, pgsize);
        PUT32(pv_iommu_unmap_pages, nr_pages, nr);
        PUT16(pv_iommu_unmap_pages, ctx_no, ctx);
        *pk = P_UNMAP;
    } else if (!strcmp(c, "alloc_nested")) {
        uint64_t gfn, flags;
        NARGS(2, 2, "alloc_nested PGTABLE_GFN NESTED_FLAGS");
        NUM64(1, gfn, "PGTABLE_GFN");
        NUM64(2, flags, "NESTED_FLAGS");
        x->subop = IOMMU_alloc_nested;
        PUT64(pv_iommu_alloc_nested, pgtable_gfn, gfn);
        PUT64(pv_iommu_alloc_nested, nested_flags, flags);
    } else if (!strcmp(c, "flush_nested")) {
        uint16_t ctx;
        NARGS(1, 1, "flush_nested CTX");
        NUM16(1, ctx, "CTX");
        x->subop = IOMMU_flush_nested;
        PUT16(pv_iommu_flush_nested, ctx_no, ctx);
    } else if (!strcmp(c, "attach_pasid")) {
        uint16_t ctx;
        uint32_t sbdf, pasid;
        NARGS(3, 3, "attach_pasid CTX SSSS:BB:DD.F PASID");
        NUM16(1, ctx, "CTX");
        SBDF(2, sbdf);
        NUM32(3, pasid, "PASID");
        x->subop = IOMMU_attach_pasid;
        PUT16(pv_iommu_attach_pasid, ctx_no, ctx);
        PUTDEV(pv_iommu_attach_pasid, sbdf);
        PUT32(pv_iommu_attach_pasid, pasid, pasid);
    } else if (!strcmp(c, "detach_pasid")) {
        uint32_t sbdf, pasid;
        NARGS(2, 2, "detach_pasid SSSS:BB:DD.F PASID");
        SBDF(1, sbdf);
        NUM32(2, pasid, "PASID");
        x->subop = IOMMU_detach_pasid;
        PUTDEV(pv_iommu_detach_pasid, sbdf);
        PUT32(pv_iommu_detach_pasid, pasid, pasid);
    } else if (!strcmp(c, "raw")) {
        uint32_t subop;
        const char *h;
        size_t n;
        NARGS(1, 2, "raw SUBOP [HEXBYTES]");
        NUM32(1, subop, "SUBOP");
        x->subop = subop;
        h = argc == 3 ? argv[2] : "";
        n = strlen(h);
        if (n % 2 || n / 2 > MAX_RAW_BYTES)
            return errf(err, errlen, "xen raw: expected an even number of hex digits (at most %d bytes), "
                        "got %zu digits", MAX_RAW_BYTES, n);
        for (x->len = 0; x->len < n / 2; x->len++) {
            int hi = hexval(h[2 * x->len]), lo = hexval(h[2 * x->len + 1]);
            if (hi < 0 || lo < 0)
                return errf(err, errlen, "xen raw: bad hex byte '%.2s'", h + 2 * x->len);
            b[x->len] = (uint8_t)(hi << 4 | lo);
        }
        return 0;
    } else {
        return errf(err, errlen, "xen: unknown command '%s' (expected noop, init, caps, alloc, free, reattach, "
                    "map, unmap, translate, alloc_nested, flush_nested, attach_pasid, detach_pasid, raw, remote)", c);
    }
    x->len = xen_pviommu_arg_size(x->subop);
    return 0;
#undef NARGS
#undef NUM64
#undef NUM32
#undef NUM16
#undef SBDF
#undef PUT16
#undef PUT32
#undef PUT64
#undef PUTDEV
}

/* Issue @x on the traced domain, or through IOMMU_remote_cmd on @domid. */
static long issue(struct xen_replay *r, int remote, uint16_t domid, struct xcall *x)
{
    uint8_t rc_buf[sizeof(struct pv_iommu_remote_cmd)];
    long rc;

    if (!remote)
        return xen_pviommu_op(r->dev, x->subop, x->buf, x->len);
    memset(rc_buf, 0, sizeof(rc_buf));
    wire_st16(rc_buf + XOFF(pv_iommu_remote_cmd, domid), domid);
    wire_st16(rc_buf + XOFF(pv_iommu_remote_cmd, subop), (uint16_t)x->subop);
    wire_st64(rc_buf + XOFF(pv_iommu_remote_cmd, arg), GUEST_ARG_ADDR);
    r->guest = x->buf;
    r->guest_len = x->len;
    if (x->subop > UINT16_MAX)
        wire_st16(rc_buf + XOFF(pv_iommu_remote_cmd, subop), UINT16_MAX);
    rc = xen_pviommu_op(r->dev, IOMMU_remote_cmd, rc_buf, sizeof(rc_buf));
    r->guest = NULL;
    r->guest_len = 0;
    return rc;
}

static void print_result(FILE *out, enum print_kind pk, long rc, const uint8_t *b)
{
    print_status(out, rc);
    switch (pk) {
    case P_CAPS:
        if (rc == 0)
            fprintf(out, " max_iova=0x%" PRIx64 " cap_flags=0x%" PRIx32 " pgsize_mask=0x%" PRIx32
                    " max_pasid=%" PRIu32 " max_ctx_no=%u",
                    wire_ld64(b + XOFF(pv_iommu_capabilities, max_iova_addr)),
                    wire_ld32(b + XOFF(pv_iommu_capabilities, cap_flags)),
                    wire_ld32(b + XOFF(pv_iommu_capabilities, pgsize_mask)),
                    wire_ld32(b + XOFF(pv_iommu_capabilities, max_pasid)),
                    (unsigned)wire_ld16(b + XOFF(pv_iommu_capabilities, max_ctx_no)));
        break;
    case P_ALLOC:
        if (rc == 0)
            fprintf(out, " ctx=%u", (unsigned)wire_ld16(b + XOFF(pv_iommu_alloc, ctx_no)));
        break;
    case P_MAP:
        fprintf(out, " mapped=%" PRIu32, wire_ld32(b + XOFF(pv_iommu_map_pages, mapped)));
        break;
    case P_UNMAP:
        fprintf(out, " unmapped=%" PRIu32, wire_ld32(b + XOFF(pv_iommu_unmap_pages, unmapped)));
        break;
    case P_STATUS:
        break;
    }
    fputc('\n', out);
}

static int cmd_translate(struct xen_replay *r, int argc, char **argv, FILE *out, char *err, size_t errlen)
{
    uint32_t sbdf;
    uint64_t daddr, maddr = 0;
    int w;

    if (argc != 4)
        return errf(err, errlen, "xen translate: expected 'translate SSSS:BB:DD.F DADDR r|w'");
    if (parse_sbdf(argv[1], &sbdf))
        return errf(err, errlen, "xen translate: expected a device SSSS:BB:DD.F, got '%s'", argv[1]);
    if (tu_parse_u64(argv[2], &daddr))
        return errf(err, errlen, "xen translate: DADDR: expected a number, got '%s'", argv[2]);
    if (!strcmp(argv[3], "r"))
        w = 0;
    else if (!strcmp(argv[3], "w"))
        w = 1;
    else
        return errf(err, errlen, "xen translate: expected r or w, got '%s'", argv[3]);
    if (xen_pviommu_translate(r->dev, sbdf, daddr, w, &maddr) == XEN_XLATE_OK)
        fprintf(out, "0x%" PRIx64 "\n", maddr);
    else
        fputs("FAULT\n", out);
    return 0;
}

int xen_replay_line(struct xen_replay *r, int argc, char **argv, FILE *out, char *err, size_t errlen)
{
    struct xcall x;
    enum print_kind pk;
    uint16_t domid = 0;
    int remote = 0;
    long rc;

    if (argc < 1)
        return errf(err, errlen, "empty command");
    if (!strcmp(argv[0], "xen-device"))
        return cmd_device(r, argc, argv, err, errlen);
    if (strcmp(argv[0], "xen"))
        return errf(err, errlen, "expected xen or xen-device, got '%s'", argv[0]);
    if (argc < 2)
        return errf(err, errlen, "xen: expected a command after 'xen'");
    if (!r->dev)
        return errf(err, errlen, "xen %s: no xen-device line before it", argv[1]);
    argc--;
    argv++;
    if (!strcmp(argv[0], "translate"))
        return cmd_translate(r, argc, argv, out, err, errlen);
    if (!strcmp(argv[0], "remote")) {
        if (argc < 3 || parse_u16(argv[1], &domid))
            return errf(err, errlen, "xen remote: expected 'remote DOMID COMMAND ARGS...' (DOMID 0..65535)");
        if (!strcmp(argv[2], "remote") || !strcmp(argv[2], "translate"))
            return errf(err, errlen, "xen remote: '%s' cannot be issued remotely", argv[2]);
        remote = 1;
        argc -= 2;
        argv += 2;
    }
    if (build(argc, argv, &x, &pk, err, errlen))
        return -1;
    rc = issue(r, remote, domid, &x);
    print_result(out, pk, rc, x.buf);
    return 0;
}
