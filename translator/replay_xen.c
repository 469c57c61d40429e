/* SPDX-License-Identifier: MIT */
/*
 * replay_xen.c - the "xen-device" and "xen ..." commands of iommu-ref-replay.
 *
 * Every command is turned into the raw bytes of its argument structure
 * (written with the generated wire helpers' little-endian setters, the byte
 * order the model and the conformance vectors use) and goes through
 * xen_pviommu_op(), exactly as a guest's hypercall would; the result line is
 * printed from the return value and the OUT fields read back from the bytes.
 * Commands are rows of one table (name, arguments, sub-operation, how the
 * result prints, how the argument is built).
 * Trace syntax and output: translator/TRACE-FORMAT.md and translator/README.md.
 */
#include "replay_xen.h"

#include <errno.h>
#include <inttypes.h>
#include <limits.h>
#include <stdlib.h>
#include <string.h>

#include "replay_vectors.h"
#include "xen_pviommu.h"

#include <iommu-abi/xen_pv_iommu_wire.h>

#define ARRAY_SIZE(a) (sizeof(a) / sizeof((a)[0]))
#define MAX_DEVICES 256
#define MAX_REMOTE_DOMAINS 8
#define MAX_RAW_BYTES 256
/* Guest address at which a remote_cmd's sub-argument is placed. */
#define GUEST_ARG_ADDR 0x10000u
/* Xen's DOMID_FIRST_RESERVED (public/xen.h): this and every higher domid
 * (DOMID_SELF, DOMID_IO, DOMID_XEN, DOMID_COW, DOMID_INVALID, DOMID_IDLE, ...)
 * names no guest, so a remote_cmd to it finds no domain. */
#define XEN_DOMID_FIRST_RESERVED 0x7ff0u

/* The configuration a xen-device line describes. */
struct xen_guest {
    struct xen_pviommu_config cfg;    /* cfg.devices points at devices[] */
    uint32_t devices[MAX_DEVICES];
    uint32_t preempt;                 /* preempt=N: map/unmap pages per invocation */
};

struct xen_replay {
    struct xen_pviommu *dev;          /* the traced domain (domid 0) */
    uint64_t last_continued;          /* continuations of the last hypercall */
    struct xen_guest guest_cfg;
    struct {
        uint16_t domid;
        struct xen_pviommu *dev;
    } remote[MAX_REMOTE_DOMAINS];
    unsigned nr_remote;
    uint8_t *guest;                   /* guest memory at GUEST_ARG_ADDR */
    size_t guest_len;
    uint32_t max_pages;               /* xen_replay_new's; 0: the default */
};

/* One hypercall: sub-operation and its argument bytes. */
struct xcall {
    unsigned subop;
    uint8_t buf[MAX_RAW_BYTES];
    size_t len;
};

/* The words of one "xen" command (argv[0] is the command's name), where a
 * rejection goes, and the command's vector record (NULL: none). */
struct xargs {
    int argc;
    char **argv;
    struct tu_error *e;
    struct tu_buf *vec;
};

/* Store an argument field and record its value in the vector. */
#define SET_FIELD(a, buf, type, field, value)                   \
    do {                                                        \
        type##_set_##field##_le(buf, value);                    \
        vec_field((a)->vec, #field, value);                     \
    } while (0)
/* An OUT field as the hypercall left it (little-endian, as the model writes). */
#define GET_FIELD(buf, type, field) type##_get_##field##_le(buf)

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
    case ENOSYS:     return "-ENOSYS";
    case ERANGE:     return "-ERANGE";
    case E2BIG:      return "-E2BIG";
    default:         return NULL;
    }
}

static void print_status(struct tu_buf *out, long rc)
{
    const char *n;

    if (rc == 0) {
        tu_printf(out, "OK");
        return;
    }
    n = errno_name(rc);
    if (n)
        tu_printf(out, "%s", n);
    else
        tu_printf(out, "%ld", rc);
}

/* ---- parsing ------------------------------------------------------------ */

static int parse_hex_part(const char *s, size_t n, unsigned max, unsigned *v)
{
    unsigned acc = 0;
    size_t i;

    if (n == 0 || n > 4)
        return -1;
    for (i = 0; i < n; i++) {
        int d = tu_hex_digit(s[i]);
        if (d < 0)
            return -1;
        acc = acc * 16 + (unsigned)d;
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

/* Argument @i of a command, each rejection worded "xen CMD: WHAT: ...". */
static int arg_u64(const struct xargs *a, int i, const char *what, uint64_t *v)
{
    if (tu_parse_u64(a->argv[i], v))
        return tu_fail(a->e, "xen %s: %s: expected a number, got '%s'", a->argv[0], what, a->argv[i]);
    return 0;
}

static int arg_u32(const struct xargs *a, int i, const char *what, uint32_t *v)
{
    if (tu_parse_u32(a->argv[i], v))
        return tu_fail(a->e, "xen %s: %s: expected a 32-bit number, got '%s'", a->argv[0], what, a->argv[i]);
    return 0;
}

static int arg_u16(const struct xargs *a, int i, const char *what, uint16_t *v)
{
    if (tu_parse_u16(a->argv[i], v))
        return tu_fail(a->e, "xen %s: %s: expected a 16-bit number, got '%s'", a->argv[0], what, a->argv[i]);
    return 0;
}

static int arg_sbdf(const struct xargs *a, int i, uint32_t *sbdf)
{
    if (parse_sbdf(a->argv[i], sbdf))
        return tu_fail(a->e, "xen %s: expected a device SSSS:BB:DD.F, got '%s'", a->argv[0], a->argv[i]);
    return 0;
}

/* An optional flag word: absent (0), the one name it may be, or a number. */
static int arg_opt_flag(const struct xargs *a, int i, const char *name, uint32_t bit, uint32_t *v)
{
    *v = 0;
    if (i >= a->argc)
        return 0;
    if (!strcmp(a->argv[i], name)) {
        *v = bit;
        return 0;
    }
    if (tu_parse_u32(a->argv[i], v))
        return tu_fail(a->e, "xen %s: expected '%s' or a number, got '%s'", a->argv[0], name, a->argv[i]);
    return 0;
}

static const struct tu_flag map_flag_letters[] = {
    { "r", IOMMU_MAP_readable },
    { "w", IOMMU_MAP_writeable },
    { "c", IOMMU_MAP_cache },
};

static const struct tu_flag cap_names[] = {
    { "default_identity", IOMMUCAP_default_identity },
    { "cache", IOMMUCAP_cache },
    { "nested", IOMMUCAP_nested },
    { "pasid", IOMMUCAP_pasid },
    { "identity", IOMMUCAP_identity },
};

/* A device field (struct physdev_pci_device) at @dev of an argument,
 * recorded as the fields dev.seg, dev.bus, dev.devfn. */
static void put_sbdf(const struct xargs *a, uint8_t *dev, uint32_t sbdf)
{
    physdev_pci_device_set_seg_le(dev, (uint16_t)(sbdf >> 16));
    physdev_pci_device_set_bus(dev, (uint8_t)(sbdf >> 8));
    physdev_pci_device_set_devfn(dev, (uint8_t)sbdf);
    vec_field(a->vec, "dev.seg", sbdf >> 16);
    vec_field(a->vec, "dev.bus", (sbdf >> 8) & 0xff);
    vec_field(a->vec, "dev.devfn", sbdf & 0xff);
}

/* ---- the hypercalls ----------------------------------------------------- */

/* How a command's result line continues after the status. */
enum result_kind { R_STATUS, R_CAPS, R_ALLOC, R_MAP, R_UNMAP };

/* Fill the argument of a hypercall from the command's words (arity already
 * checked).  x->subop and x->len are preset from the table; x->buf is zero.
 * 0, or -1 with the message in a->e. */
typedef int build_fn(const struct xargs *a, struct xcall *x);

static int build_init(const struct xargs *a, struct xcall *x)
{
    uint32_t n, order;

    if (arg_u32(a, 1, "MAX_CTX", &n) || arg_u32(a, 2, "ARENA_ORDER", &order))
        return -1;
    SET_FIELD(a, x->buf, pv_iommu_init, max_ctx_no, n);
    SET_FIELD(a, x->buf, pv_iommu_init, arena_order, order);
    return 0;
}

static int build_alloc(const struct xargs *a, struct xcall *x)
{
    uint32_t flags;

    if (arg_opt_flag(a, 1, "identity", IOMMU_ALLOC_identity, &flags))
        return -1;
    SET_FIELD(a, x->buf, pv_iommu_alloc, alloc_flags, flags);
    return 0;
}

static int build_free(const struct xargs *a, struct xcall *x)
{
    uint16_t ctx;
    uint32_t flags;

    if (arg_u16(a, 1, "CTX", &ctx) || arg_opt_flag(a, 2, "reattach_default", IOMMU_FREE_reattach_default, &flags))
        return -1;
    SET_FIELD(a, x->buf, pv_iommu_free, ctx_no, ctx);
    SET_FIELD(a, x->buf, pv_iommu_free, free_flags, flags);
    return 0;
}

static int build_reattach(const struct xargs *a, struct xcall *x)
{
    uint16_t ctx;
    uint32_t sbdf, pasid = 0;

    if (arg_u16(a, 1, "CTX", &ctx) || arg_sbdf(a, 2, &sbdf) || (a->argc > 3 && arg_u32(a, 3, "PASID", &pasid)))
        return -1;
    SET_FIELD(a, x->buf, pv_iommu_reattach_device, ctx_no, ctx);
    put_sbdf(a, x->buf + PV_IOMMU_REATTACH_DEVICE_DEV_OFFSET, sbdf);
    SET_FIELD(a, x->buf, pv_iommu_reattach_device, pasid, pasid);
    return 0;
}

static int build_map(const struct xargs *a, struct xcall *x)
{
    uint16_t ctx;
    uint64_t gfn, dfn, flags;
    uint32_t pgsize, nr;

    if (arg_u16(a, 1, "CTX", &ctx) || arg_u64(a, 2, "GFN", &gfn) || arg_u64(a, 3, "DFN", &dfn) ||
        arg_u32(a, 4, "PGSIZE", &pgsize) || arg_u32(a, 5, "NR", &nr))
        return -1;
    if (tu_parse_flags(a->argv[6], map_flag_letters, ARRAY_SIZE(map_flag_letters), TU_FLAGS_LETTERS | TU_FLAGS_NUMBER,
                       UINT32_MAX, &flags, NULL))
        return tu_fail(a->e, "xen map: FLAGS: expected r, w, c combined or a number, got '%s'", a->argv[6]);
    SET_FIELD(a, x->buf, pv_iommu_map_pages, gfn, gfn);
    SET_FIELD(a, x->buf, pv_iommu_map_pages, dfn, dfn);
    SET_FIELD(a, x->buf, pv_iommu_map_pages, map_flags, flags);
    SET_FIELD(a, x->buf, pv_iommu_map_pages, pgsize, pgsize);
    SET_FIELD(a, x->buf, pv_iommu_map_pages, nr_pages, nr);
    SET_FIELD(a, x->buf, pv_iommu_map_pages, ctx_no, ctx);
    return 0;
}

static int build_unmap(const struct xargs *a, struct xcall *x)
{
    uint16_t ctx;
    uint64_t dfn;
    uint32_t pgsize, nr;

    if (arg_u16(a, 1, "CTX", &ctx) || arg_u64(a, 2, "DFN", &dfn) || arg_u32(a, 3, "PGSIZE", &pgsize) ||
        arg_u32(a, 4, "NR", &nr))
        return -1;
    SET_FIELD(a, x->buf, pv_iommu_unmap_pages, dfn, dfn);
    SET_FIELD(a, x->buf, pv_iommu_unmap_pages, pgsize, pgsize);
    SET_FIELD(a, x->buf, pv_iommu_unmap_pages, nr_pages, nr);
    SET_FIELD(a, x->buf, pv_iommu_unmap_pages, ctx_no, ctx);
    return 0;
}

static int build_alloc_nested(const struct xargs *a, struct xcall *x)
{
    uint64_t gfn, flags;

    if (arg_u64(a, 1, "PGTABLE_GFN", &gfn) || arg_u64(a, 2, "NESTED_FLAGS", &flags))
        return -1;
    SET_FIELD(a, x->buf, pv_iommu_alloc_nested, pgtable_gfn, gfn);
    SET_FIELD(a, x->buf, pv_iommu_alloc_nested, nested_flags, flags);
    return 0;
}

static int build_flush_nested(const struct xargs *a, struct xcall *x)
{
    uint16_t ctx;

    if (arg_u16(a, 1, "CTX", &ctx))
        return -1;
    SET_FIELD(a, x->buf, pv_iommu_flush_nested, ctx_no, ctx);
    return 0;
}

static int build_attach_pasid(const struct xargs *a, struct xcall *x)
{
    uint16_t ctx;
    uint32_t sbdf, pasid;

    if (arg_u16(a, 1, "CTX", &ctx) || arg_sbdf(a, 2, &sbdf) || arg_u32(a, 3, "PASID", &pasid))
        return -1;
    SET_FIELD(a, x->buf, pv_iommu_attach_pasid, ctx_no, ctx);
    put_sbdf(a, x->buf + PV_IOMMU_ATTACH_PASID_DEV_OFFSET, sbdf);
    SET_FIELD(a, x->buf, pv_iommu_attach_pasid, pasid, pasid);
    return 0;
}

static int build_detach_pasid(const struct xargs *a, struct xcall *x)
{
    uint32_t sbdf, pasid;

    if (arg_sbdf(a, 1, &sbdf) || arg_u32(a, 2, "PASID", &pasid))
        return -1;
    put_sbdf(a, x->buf + PV_IOMMU_DETACH_PASID_DEV_OFFSET, sbdf);
    SET_FIELD(a, x->buf, pv_iommu_detach_pasid, pasid, pasid);
    return 0;
}

/* raw SUBOP [HEXBYTES]: any sub-operation number with exactly these bytes. */
static int build_raw(const struct xargs *a, struct xcall *x)
{
    uint32_t subop;
    const char *h = a->argc > 2 ? a->argv[2] : "";
    size_t n = strlen(h), bad = 0;

    if (arg_u32(a, 1, "SUBOP", &subop))
        return -1;
    if (n % 2 || n / 2 > MAX_RAW_BYTES)
        return tu_fail(a->e, "xen raw: expected an even number of hex digits (at most %d bytes), got %zu digits",
                       MAX_RAW_BYTES, n);
    x->subop = subop;
    x->len = 0;
    if (tu_parse_hex_bytes(h, x->buf, sizeof(x->buf), &x->len, &bad))
        return tu_fail(a->e, "xen raw: bad hex byte '%.2s'", h + (bad & ~(size_t)1));
    return 0;
}

/* A command that is not one hypercall of the traced domain (translate,
 * remote): it prints its own result. */
typedef int run_fn(struct xen_replay *r, const struct xargs *a, struct tu_buf *out);

static run_fn run_translate, run_remote;

static const struct xen_command {
    const char *name;
    const char *usage;          /* the command with its arguments */
    int min_args, max_args;     /* words after the name */
    const char *arg_struct;     /* the argument's structure, for vectors */
    unsigned subop;
    enum result_kind result;
    build_fn *build;            /* NULL: an argument of zeros */
    run_fn *run;                /* not NULL: not a plain hypercall */
} xen_commands[] = {
    { "noop", "noop", 0, 0, NULL, IOMMU_noop, R_STATUS, NULL, NULL },
    { "init", "init MAX_CTX ARENA_ORDER", 2, 2,
      "pv_iommu_init", IOMMU_init, R_STATUS, build_init, NULL },
    { "caps", "caps", 0, 0,
      "pv_iommu_capabilities", IOMMU_query_capabilities, R_CAPS, NULL, NULL },
    { "alloc", "alloc [identity]", 0, 1,
      "pv_iommu_alloc", IOMMU_alloc_context, R_ALLOC, build_alloc, NULL },
    { "free", "free CTX [reattach_default]", 1, 2,
      "pv_iommu_free", IOMMU_free_context, R_STATUS, build_free, NULL },
    { "reattach", "reattach CTX SSSS:BB:DD.F [PASID]", 2, 3,
      "pv_iommu_reattach_device", IOMMU_reattach_device, R_STATUS, build_reattach, NULL },
    { "map", "map CTX GFN DFN PGSIZE NR FLAGS", 6, 6,
      "pv_iommu_map_pages", IOMMU_map_pages, R_MAP, build_map, NULL },
    { "unmap", "unmap CTX DFN PGSIZE NR", 4, 4,
      "pv_iommu_unmap_pages", IOMMU_unmap_pages, R_UNMAP, build_unmap, NULL },
    { "translate", "translate SSSS:BB:DD.F DADDR r|w", 3, 3,
      NULL, 0, R_STATUS, NULL, run_translate },
    { "alloc_nested", "alloc_nested PGTABLE_GFN NESTED_FLAGS", 2, 2,
      "pv_iommu_alloc_nested", IOMMU_alloc_nested, R_STATUS, build_alloc_nested, NULL },
    { "flush_nested", "flush_nested CTX", 1, 1,
      "pv_iommu_flush_nested", IOMMU_flush_nested, R_STATUS, build_flush_nested, NULL },
    { "attach_pasid", "attach_pasid CTX SSSS:BB:DD.F PASID", 3, 3,
      "pv_iommu_attach_pasid", IOMMU_attach_pasid, R_STATUS, build_attach_pasid, NULL },
    { "detach_pasid", "detach_pasid SSSS:BB:DD.F PASID", 2, 2,
      "pv_iommu_detach_pasid", IOMMU_detach_pasid, R_STATUS, build_detach_pasid, NULL },
    { "raw", "raw SUBOP [HEXBYTES]", 1, 2,
      NULL, 0, R_STATUS, build_raw, NULL },
    { "remote", "remote DOMID COMMAND ARGS...", 2, INT_MAX,
      NULL, 0, R_STATUS, NULL, run_remote },
};

/* The row of @name, or NULL with "unknown command" in @e. */
static const struct xen_command *find_command(const char *name, struct tu_error *e)
{
    char names[512] = "";
    size_t i;

    for (i = 0; i < ARRAY_SIZE(xen_commands); i++)
        if (!strcmp(name, xen_commands[i].name))
            return &xen_commands[i];
    for (i = 0; i < ARRAY_SIZE(xen_commands); i++) {
        if (i)
            strcat(names, ", ");
        strcat(names, xen_commands[i].name);
    }
    tu_fail(e, "xen: unknown command '%s' (expected %s)", name, names);
    return NULL;
}

static int check_arity(const struct xen_command *c, const struct xargs *a)
{
    if (a->argc - 1 < c->min_args || a->argc - 1 > c->max_args)
        return tu_fail(a->e, "xen %s: expected '%s'", c->name, c->usage);
    return 0;
}

/* The hypercall of a plain command, built from its words. */
static int build_call(const struct xen_command *c, const struct xargs *a, struct xcall *x)
{
    int rc;

    memset(x, 0, sizeof(*x));
    x->subop = c->subop;
    x->len = xen_pviommu_arg_size(c->subop);
    vec_str(a->vec, "kind", "xen-hypercall");
    if (c->arg_struct)
        vec_str(a->vec, "arg_struct", c->arg_struct);
    vec_open(a->vec, "fields_in", '{');
    rc = c->build ? c->build(a, x) : 0;
    vec_close(a->vec, '}');
    return rc;
}

/* The OUT fields the result line shows, in the vector. */
static void record_out_fields(struct tu_buf *vec, enum result_kind kind, long rc, const uint8_t *b)
{
    if (!vec)
        return;
    vec_open(vec, "fields_out", '{');
    if (kind == R_CAPS && rc == 0) {
        vec_field(vec, "max_iova_addr", GET_FIELD(b, pv_iommu_capabilities, max_iova_addr));
        vec_field(vec, "cap_flags", GET_FIELD(b, pv_iommu_capabilities, cap_flags));
        vec_field(vec, "pgsize_mask", GET_FIELD(b, pv_iommu_capabilities, pgsize_mask));
        vec_field(vec, "max_pasid", GET_FIELD(b, pv_iommu_capabilities, max_pasid));
        vec_field(vec, "max_ctx_no", GET_FIELD(b, pv_iommu_capabilities, max_ctx_no));
    } else if (kind == R_ALLOC && rc == 0) {
        vec_field(vec, "ctx_no", GET_FIELD(b, pv_iommu_alloc, ctx_no));
    } else if (kind == R_MAP) {
        vec_field(vec, "mapped", GET_FIELD(b, pv_iommu_map_pages, mapped));
    } else if (kind == R_UNMAP) {
        vec_field(vec, "unmapped", GET_FIELD(b, pv_iommu_unmap_pages, unmapped));
    }
    vec_close(vec, '}');
}

/* @continued: continuations the hypercall went through (preempt=N); then
 * map and unmap also print the argument as the last continuation left it,
 * which is what the guest finds in its memory afterwards. */
static void print_result(struct tu_buf *out, enum result_kind kind, long rc, const uint8_t *b,
                         uint64_t continued)
{
    print_status(out, rc);
    switch (kind) {
    case R_CAPS:
        if (rc == 0)
            tu_printf(out, " max_iova=0x%" PRIx64 " cap_flags=0x%" PRIx32 " pgsize_mask=0x%" PRIx32
                      " max_pasid=%" PRIu32 " max_ctx_no=%u",
                      GET_FIELD(b, pv_iommu_capabilities, max_iova_addr),
                      GET_FIELD(b, pv_iommu_capabilities, cap_flags),
                      GET_FIELD(b, pv_iommu_capabilities, pgsize_mask),
                      GET_FIELD(b, pv_iommu_capabilities, max_pasid),
                      (unsigned)GET_FIELD(b, pv_iommu_capabilities, max_ctx_no));
        break;
    case R_ALLOC:
        if (rc == 0)
            tu_printf(out, " ctx=%u", (unsigned)GET_FIELD(b, pv_iommu_alloc, ctx_no));
        break;
    case R_MAP:
        tu_printf(out, " mapped=%" PRIu32, GET_FIELD(b, pv_iommu_map_pages, mapped));
        if (continued)
            tu_printf(out, " continued=%" PRIu64 " gfn=0x%" PRIx64 " dfn=0x%" PRIx64 " nr_pages=%" PRIu32,
                      continued, GET_FIELD(b, pv_iommu_map_pages, gfn),
                      GET_FIELD(b, pv_iommu_map_pages, dfn),
                      GET_FIELD(b, pv_iommu_map_pages, nr_pages));
        break;
    case R_UNMAP:
        tu_printf(out, " unmapped=%" PRIu32, GET_FIELD(b, pv_iommu_unmap_pages, unmapped));
        if (continued)
            tu_printf(out, " continued=%" PRIu64 " dfn=0x%" PRIx64 " nr_pages=%" PRIu32, continued,
                      GET_FIELD(b, pv_iommu_unmap_pages, dfn),
                      GET_FIELD(b, pv_iommu_unmap_pages, nr_pages));
        break;
    case R_STATUS:
        break;
    }
}

/* ---- domains and guest memory (the hooks of IOMMU_remote_cmd) ------------ */

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
    cfg = r->guest_cfg.cfg;
    cfg.allow_remote = 0;
    d = xen_pviommu_new(&cfg);
    if (!d)
        return NULL;
    xen_pviommu_set_preempt(d, r->guest_cfg.preempt);
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

/* One hypercall of the traced domain, recorded as an element of "calls":
 * the sub-operation, the argument bytes before and after, the return value,
 * and for a remote_cmd the guest memory its argument points at. */
static long hypercall(struct xen_replay *r, unsigned subop, uint8_t *arg, size_t len, struct tu_buf *vec)
{
    long rc;

    vec_open(vec, NULL, '{');
    vec_num(vec, "subop", subop);
    vec_bytes(vec, "arg_in", arg, len);
    if (r->guest) {
        vec_hex64(vec, "guest_addr", GUEST_ARG_ADDR);
        vec_bytes(vec, "guest_in", r->guest, r->guest_len);
    }
    rc = xen_pviommu_op(r->dev, subop, arg, len);
    vec_bytes(vec, "arg_out", arg, len);
    if (r->guest)
        vec_bytes(vec, "guest_out", r->guest, r->guest_len);
    vec_int(vec, "ret", rc);
    vec_close(vec, '}');
    return rc;
}

/* Issue @x on the traced domain, or through IOMMU_remote_cmd on @domid. */
static long issue(struct xen_replay *r, int remote, uint16_t domid, struct xcall *x, struct tu_buf *vec)
{
    uint8_t rc_buf[PV_IOMMU_REMOTE_CMD_SIZE];
    uint64_t before = xen_pviommu_continuations(r->dev);
    long rc;

    vec_open(vec, "calls", '[');
    if (!remote) {
        rc = hypercall(r, x->subop, x->buf, x->len, vec);
        r->last_continued = xen_pviommu_continuations(r->dev) - before;
        vec_close(vec, ']');
        return rc;
    }
    memset(rc_buf, 0, sizeof(rc_buf));
    pv_iommu_remote_cmd_set_domid_le(rc_buf, domid);
    /* A sub-operation number above 16 bits cannot be named remotely: send
     * the largest, which names no sub-operation either. */
    pv_iommu_remote_cmd_set_subop_le(rc_buf, x->subop > UINT16_MAX ? UINT16_MAX : x->subop);
    pv_iommu_remote_cmd_set_arg_le(rc_buf, GUEST_ARG_ADDR);
    r->guest = x->buf;
    r->guest_len = x->len;
    rc = hypercall(r, IOMMU_remote_cmd, rc_buf, sizeof(rc_buf), vec);
    r->last_continued = xen_pviommu_continuations(r->dev) - before;
    r->guest = NULL;
    r->guest_len = 0;
    vec_close(vec, ']');
    return rc;
}

/* ---- commands that are not one plain hypercall --------------------------- */

static int run_translate(struct xen_replay *r, const struct xargs *a, struct tu_buf *out)
{
    uint32_t sbdf;
    uint64_t daddr, maddr = 0;
    int w;

    if (arg_sbdf(a, 1, &sbdf))
        return -1;
    if (tu_parse_u64(a->argv[2], &daddr))
        return tu_fail(a->e, "xen translate: DADDR: expected a number, got '%s'", a->argv[2]);
    if (!strcmp(a->argv[3], "r"))
        w = 0;
    else if (!strcmp(a->argv[3], "w"))
        w = 1;
    else
        return tu_fail(a->e, "xen translate: expected r or w, got '%s'", a->argv[3]);
    vec_str(a->vec, "kind", "xen-translate");
    vec_num(a->vec, "sbdf", sbdf);
    vec_hex64(a->vec, "daddr", daddr);
    vec_bool(a->vec, "write", w);
    if (xen_pviommu_translate(r->dev, sbdf, daddr, w, &maddr) == XEN_XLATE_OK) {
        tu_printf(out, "0x%" PRIx64, maddr);
        vec_hex64(a->vec, "maddr", maddr);
    } else {
        tu_printf(out, "FAULT");
    }
    return 0;
}

/* remote DOMID COMMAND ARGS...: COMMAND's hypercall through IOMMU_remote_cmd. */
static int run_remote(struct xen_replay *r, const struct xargs *a, struct tu_buf *out)
{
    const struct xen_command *c;
    struct xargs sub;
    struct xcall x;
    long rc;
    uint16_t domid;

    if (tu_parse_u16(a->argv[1], &domid))
        return tu_fail(a->e, "xen remote: expected 'remote DOMID COMMAND ARGS...' (DOMID 0..65535)");
    sub.argc = a->argc - 2;
    sub.argv = a->argv + 2;
    sub.e = a->e;
    sub.vec = a->vec;
    c = find_command(sub.argv[0], a->e);
    if (!c)
        return -1;
    if (c->run)
        return tu_fail(a->e, "xen remote: '%s' cannot be issued remotely", c->name);
    if (check_arity(c, &sub) || build_call(c, &sub, &x))
        return -1;
    vec_num(a->vec, "remote_domid", domid);
    rc = issue(r, 1, domid, &x, a->vec);
    record_out_fields(a->vec, c->result, rc, x.buf);
    print_result(out, c->result, rc, x.buf, r->last_continued);
    return 0;
}

/* ---- the two kinds of line ---------------------------------------------- */

struct xen_replay *xen_replay_new(uint32_t max_pages)
{
    struct xen_replay *r = calloc(1, sizeof(struct xen_replay));

    if (r)
        r->max_pages = max_pages;
    return r;
}

void xen_replay_free(struct xen_replay *r)
{
    if (!r)
        return;
    drop_domains(r);
    free(r);
}

/* devices=SSSS:BB:DD.F,... */
static int key_devices(struct xen_guest *g, const char *v, struct tu_error *e)
{
    const char *p = v;
    size_t nr = 0;

    while (*p) {
        char tmp[32];
        const char *comma = strchr(p, ',');
        size_t n = comma ? (size_t)(comma - p) : strlen(p), j;
        uint32_t sbdf;

        if (n == 0 || n >= sizeof(tmp))
            return tu_fail(e, "xen-device: bad device list '%s' (expected SSSS:BB:DD.F,...)", v);
        memcpy(tmp, p, n);
        tmp[n] = 0;
        if (parse_sbdf(tmp, &sbdf))
            return tu_fail(e, "xen-device: bad device '%s' (expected SSSS:BB:DD.F, hex)", tmp);
        for (j = 0; j < nr; j++)            /* at most MAX_DEVICES^2 / 2 comparisons */
            if (g->devices[j] == sbdf)
                return tu_fail(e, "xen-device: device '%s' listed twice", tmp);
        if (nr == MAX_DEVICES)
            return tu_fail(e, "xen-device: more than %d devices", MAX_DEVICES);
        g->devices[nr++] = sbdf;
        p += n;
        if (*p == ',' && !*++p)
            return tu_fail(e, "xen-device: bad device list '%s' (trailing comma)", v);
    }
    g->cfg.nr_devices = nr;
    return 0;
}

static int key_pgsize_mask(struct xen_guest *g, const char *v, struct tu_error *e)
{
    if (tu_parse_u32(v, &g->cfg.pgsize_mask) || !g->cfg.pgsize_mask ||
        (g->cfg.pgsize_mask & (XEN_PVIOMMU_FRAME_SIZE - 1)))
        return tu_fail(e, "xen-device: pgsize_mask: expected a non-zero 32-bit number "
                          "without sizes below 4 KiB (0x1000), got '%s'", v);
    return 0;
}

static int key_max_iova(struct xen_guest *g, const char *v, struct tu_error *e)
{
    if (tu_parse_u64(v, &g->cfg.max_iova))
        return tu_fail(e, "xen-device: max_iova: expected a 64-bit number, got '%s'", v);
    return 0;
}

static int key_max_ctx(struct xen_guest *g, const char *v, struct tu_error *e)
{
    if (tu_parse_u16(v, &g->cfg.max_ctx) || g->cfg.max_ctx > XEN_PVIOMMU_MAX_CTX)
        return tu_fail(e, "xen-device: max_ctx: expected 0..65534, got '%s'", v);
    return 0;
}

/* preempt=N: every domain of the trace preempts map/unmap after N pages of
 * one invocation (0: never) and continues, as Xen's hypercall continuation
 * does; the guest then sees the argument the last continuation left. */
static int key_preempt(struct xen_guest *g, const char *v, struct tu_error *e)
{
    if (tu_parse_u32(v, &g->preempt))
        return tu_fail(e, "xen-device: preempt: expected a 32-bit number of pages (0: never), got '%s'", v);
    return 0;
}

static int key_max_pasid(struct xen_guest *g, const char *v, struct tu_error *e)
{
    if (tu_parse_u32(v, &g->cfg.max_pasid))
        return tu_fail(e, "xen-device: max_pasid: expected a 32-bit number, got '%s'", v);
    return 0;
}

static int key_caps(struct xen_guest *g, const char *v, struct tu_error *e)
{
    uint64_t caps;

    if (tu_parse_flags(v, cap_names, ARRAY_SIZE(cap_names), TU_FLAGS_NONE | TU_FLAGS_NUMBER, UINT32_MAX, &caps, NULL))
        return tu_fail(e, "xen-device: caps: expected a comma list of default_identity, cache, nested, pasid, "
                          "identity (or a number), got '%s'", v);
    g->cfg.cap_flags = (uint32_t)caps;
    return 0;
}

static int key_remote(struct xen_guest *g, const char *v, struct tu_error *e)
{
    if (!strcmp(v, "allow"))
        g->cfg.allow_remote = 1;
    else if (!strcmp(v, "deny"))
        g->cfg.allow_remote = 0;
    else
        return tu_fail(e, "xen-device: remote: expected allow or deny, got '%s'", v);
    return 0;
}

static const struct {
    const char *name;
    int (*parse)(struct xen_guest *g, const char *value, struct tu_error *e);
} device_keys[] = {
    { "devices", key_devices },
    { "pgsize_mask", key_pgsize_mask },
    { "max_iova", key_max_iova },
    { "max_ctx", key_max_ctx },
    { "max_pasid", key_max_pasid },
    { "caps", key_caps },
    { "remote", key_remote },
    { "preempt", key_preempt },
};

static int device_key(struct xen_guest *g, const char *word, struct tu_error *e)
{
    const char *eq = strchr(word, '=');
    size_t kl, i;

    if (!eq)
        return tu_fail(e, "xen-device: expected KEY=VALUE, got '%s'", word);
    kl = (size_t)(eq - word);
    for (i = 0; i < ARRAY_SIZE(device_keys); i++)
        if (strlen(device_keys[i].name) == kl && !strncmp(word, device_keys[i].name, kl))
            return device_keys[i].parse(g, eq + 1, e);
    return tu_fail(e, "xen-device: unknown key '%.*s' (expected devices, pgsize_mask, max_iova, max_ctx, "
                      "max_pasid, caps, remote, preempt)", (int)kl, word);
}

/* The vector of a xen-device line: the configuration the model was given. */
static void record_guest(struct tu_buf *vec, const struct xen_guest *g)
{
    size_t i;

    if (!vec)
        return;
    vec_str(vec, "kind", "xen-device");
    vec_open(vec, "config", '{');
    vec_open(vec, "devices", '[');
    for (i = 0; i < g->cfg.nr_devices; i++)
        vec_num(vec, NULL, g->devices[i]);
    vec_close(vec, ']');
    vec_hex64(vec, "max_iova", g->cfg.max_iova);
    vec_hex64(vec, "cap_flags", g->cfg.cap_flags);
    vec_hex64(vec, "pgsize_mask", g->cfg.pgsize_mask);
    vec_num(vec, "max_pasid", g->cfg.max_pasid);
    vec_num(vec, "max_ctx", g->cfg.max_ctx);
    vec_bool(vec, "allow_remote", g->cfg.allow_remote);
    vec_num(vec, "max_pages", g->cfg.max_pages ? g->cfg.max_pages : XEN_PVIOMMU_DEFAULT_MAX_PAGES);
    vec_num(vec, "preempt", g->preempt);
    vec_close(vec, '}');
}

int xen_replay_device(struct xen_replay *r, int argc, char **argv, struct tu_buf *vec, struct tu_error *e)
{
    struct xen_guest g;
    struct xen_pviommu_env env;
    struct xen_pviommu *dev;
    int i;

    memset(&g, 0, sizeof(g));
    g.cfg.pgsize_mask = 0x1000;
    g.cfg.max_iova = 0xffffffffffffu;
    g.cfg.max_ctx = 8;
    g.cfg.max_pages = r->max_pages;
    for (i = 1; i < argc; i++)
        if (device_key(&g, argv[i], e))
            return -1;
    g.cfg.devices = g.devices;
    dev = xen_pviommu_new(&g.cfg);
    if (!dev)
        return tu_fail(e, "xen-device: cannot create the device (out of memory)");
    drop_domains(r);
    r->guest_cfg = g;
    r->guest_cfg.cfg.devices = r->guest_cfg.devices;
    r->dev = dev;
    env.domain = env_domain;
    env.copy_from_guest = env_copy_from;
    env.copy_to_guest = env_copy_to;
    env.opaque = r;
    xen_pviommu_set_env(r->dev, &env);
    xen_pviommu_set_preempt(r->dev, g.preempt);
    record_guest(vec, &r->guest_cfg);
    return 0;
}

int xen_replay_command(struct xen_replay *r, int argc, char **argv, struct tu_buf *out, struct tu_buf *vec,
                       struct tu_error *e)
{
    const struct xen_command *c;
    struct xargs a;
    struct xcall x;
    long rc;

    if (argc < 2)
        return tu_fail(e, "xen: expected a command after 'xen'");
    if (!r->dev)
        return tu_fail(e, "xen %s: no xen-device line before it", argv[1]);
    a.argc = argc - 1;
    a.argv = argv + 1;
    a.e = e;
    a.vec = vec;
    c = find_command(a.argv[0], e);
    if (!c || check_arity(c, &a))
        return -1;
    if (c->run)
        return c->run(r, &a, out);
    if (build_call(c, &a, &x))
        return -1;
    rc = issue(r, 0, 0, &x, vec);
    record_out_fields(vec, c->result, rc, x.buf);
    print_result(out, c->result, rc, x.buf, r->last_continued);
    return 0;
}
