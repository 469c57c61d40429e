/* SPDX-License-Identifier: MIT */
/*
 * check_layout.c - the conformance vectors against the structure layouts of
 * the layout tables (include/layout/NAME.json), which come from the spec, not
 * from the compiled headers the vectors were made with:
 *
 *   - a virtio request built from a command is exactly its structure up to
 *     the tail, head.type is the request type's constant, and every field
 *     the vector names holds, at the table's offset and width, its value;
 *   - every answer ends with a tail whose status byte is the constant the
 *     expected result names (NOWRITE: nothing written) and whose reserved
 *     bytes are zero; an OK PROBE's properties, decoded with the table,
 *     spell the expected result;
 *   - a fault record has the size of struct virtio_iommu_fault and its
 *     fields at the table's offsets;
 *   - a Xen argument has its structure's size, and its IN and OUT fields
 *     hold the vector's values before and after the call.
 *
 *   check_layout LAYOUT.json... -- VECTORS.jsonl...
 */
#include <inttypes.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "json.h"

#define MAX_TABLES 4
static struct json *tables[MAX_TABLES];
static int ntables;
static unsigned long n_fields, n_records, n_status;
static const char *cur_file;
static uint64_t cur_line;
static int failed;

static void bad(const char *fmt, const char *a, uint64_t x, uint64_t y)
{
    fprintf(stderr, "%s: record of line %" PRIu64 ": ", cur_file, cur_line);
    fprintf(stderr, fmt, a, x, y);
    fputc('\n', stderr);
    failed = 1;
}

static const struct json *find_struct(const char *name)
{
    int t;
    size_t i;

    if (!strncmp(name, "struct ", 7))
        name += 7;
    for (t = 0; t < ntables; t++) {
        const struct json *structs = json_get(tables[t], "structs");
        for (i = 0; structs && i < structs->n; i++)
            if (!strcmp(json_str(&structs->items[i], "name"), name))
                return &structs->items[i];
    }
    return NULL;
}

static int constant(const char *name, uint64_t *v)
{
    int t;
    size_t i;

    for (t = 0; t < ntables; t++) {
        const struct json *cs = json_get(tables[t], "constants");
        for (i = 0; cs && i < cs->n; i++)
            if (!strcmp(json_str(&cs->items[i], "name"), name))
                return json_u64(&cs->items[i], "value", v);
    }
    return -1;
}

static uint64_t struct_size(const struct json *s)
{
    uint64_t v = 0;

    json_u64(s, "size", &v);
    return v;
}

/* Offset and size of @path ("a" or "a.b", nested structures) in @s. */
static int find_field(const struct json *s, const char *path, uint64_t *off, uint64_t *size)
{
    const struct json *fields = json_get(s, "fields");
    size_t len = strcspn(path, "."), i;

    for (i = 0; fields && i < fields->n; i++) {
        const struct json *f = &fields->items[i];
        const char *name = json_str(f, "name");
        uint64_t o, sz;
        if (strlen(name) != len || strncmp(name, path, len))
            continue;
        if (json_u64(f, "offset", &o) || json_u64(f, "size", &sz))
            return -1;
        if (!path[len]) {
            *off = o;
            *size = sz;
            return 0;
        }
        s = find_struct(json_str(f, "type"));
        if (!s || find_field(s, path + len + 1, off, size))
            return -1;
        *off += o;
        return 0;
    }
    return -1;
}

static uint64_t ld_le(const uint8_t *b, uint64_t size)
{
    uint64_t v = 0;

    while (size--)
        v = v << 8 | b[size];
    return v;
}

/* Every member of @fields (an object of "0x..." values) is in @bytes at
 * the table's offset and width for structure @s. */
static void check_fields(const struct json *s, const struct json *fields, const uint8_t *bytes, size_t len)
{
    size_t i;

    for (i = 0; fields && i < fields->n; i++) {
        uint64_t off, size, want, got;
        if (find_field(s, fields->keys[i], &off, &size) || size > 8) {
            bad("no scalar field %s in the layout table", fields->keys[i], 0, 0);
            continue;
        }
        if (json_u64(fields, fields->keys[i], &want) || off + size > len) {
            bad("field %s lies outside the bytes (offset %" PRIu64 ", size %" PRIu64 ")", fields->keys[i], off, size);
            continue;
        }
        got = ld_le(bytes + off, size);
        if (got != want)
            bad("field %s holds 0x%" PRIx64 ", the vector says 0x%" PRIx64, fields->keys[i], got, want);
        n_fields++;
    }
}

/* The properties of an OK PROBE, spelled as the runner prints them. */
static void spell_properties(const uint8_t *out, uint64_t len, char *text, size_t cap)
{
    const struct json *hs = find_struct("virtio_iommu_probe_property"), *rs = find_struct("virtio_iommu_probe_resv_mem");
    uint64_t t_off, t_sz, l_off, l_sz, s_off, s_sz, a_off, a_sz, e_off, e_sz, mask = 0, none = 0, resv = 0, msi = 0,
             reserved = 0, pos = 0;
    size_t n = strlen(text);

    if (!hs || !rs || find_field(hs, "type", &t_off, &t_sz) || find_field(hs, "length", &l_off, &l_sz) ||
        find_field(rs, "subtype", &s_off, &s_sz) || find_field(rs, "start", &a_off, &a_sz) ||
        find_field(rs, "end", &e_off, &e_sz) || constant("VIRTIO_IOMMU_PROBE_T_MASK", &mask) ||
        constant("VIRTIO_IOMMU_PROBE_T_NONE", &none) || constant("VIRTIO_IOMMU_PROBE_T_RESV_MEM", &resv) ||
        constant("VIRTIO_IOMMU_RESV_MEM_T_MSI", &msi) || constant("VIRTIO_IOMMU_RESV_MEM_T_RESERVED", &reserved)) {
        bad("the layout table lacks the PROBE property structures%s", "", 0, 0);
        return;
    }
    while (pos + struct_size(hs) <= len) {
        uint64_t type = ld_le(out + pos + t_off, t_sz) & mask, plen = ld_le(out + pos + l_off, l_sz);
        if (type == none)
            break;
        if (type == resv && pos + struct_size(rs) <= len) {
            uint64_t sub = ld_le(out + pos + s_off, s_sz);
            n += (size_t)snprintf(text + n, cap - n, " resv_mem ");
            if (sub == msi || sub == reserved)
                n += (size_t)snprintf(text + n, cap - n, "%s", sub == msi ? "msi" : "reserved");
            else
                n += (size_t)snprintf(text + n, cap - n, "0x%" PRIx64, sub);
            n += (size_t)snprintf(text + n, cap - n, " 0x%" PRIx64 "-0x%" PRIx64, ld_le(out + pos + a_off, a_sz),
                                  ld_le(out + pos + e_off, e_sz));
        } else {
            n += (size_t)snprintf(text + n, cap - n, " property 0x%" PRIx64 " length 0x%" PRIx64, type, plen);
        }
        if (n >= cap)
            return;
        pos += struct_size(hs) + plen;
    }
}

static void virtio_request(const struct json *rec)
{
    const char *req = json_str(rec, "request"), *expect = json_str(rec, "expect");
    const struct json *tail = find_struct("virtio_iommu_req_tail");
    uint8_t *in, *out;
    size_t in_len, out_len;
    uint64_t used = 0, st_off, st_sz, rs_off, rs_sz, status, want;
    char word[32], name[64];

    if (!expect || !json_str(rec, "in") || !json_str(rec, "out") || json_u64(rec, "used", &used) ||
        !(in = json_hex_bytes(json_str(rec, "in"), &in_len))) {
        bad("malformed virtio-request record%s", "", 0, 0);
        return;
    }
    out = json_hex_bytes(json_str(rec, "out"), &out_len);
    if (req) {
        const struct json *s = find_struct(req);
        uint64_t tail_off, tail_size, t_off, t_sz, type;
        char cname[96];
        size_t i;
        /* PROBE's structure has no tail: its properties come between. */
        if (s && find_field(s, "tail", &tail_off, &tail_size))
            tail_off = struct_size(s);
        if (!s || find_field(s, "head.type", &t_off, &t_sz)) {
            bad("no request structure %s with a head in the layout table", req, 0, 0);
        } else {
            if (in_len != tail_off)
                bad("%s: %" PRIu64 " readable bytes, the structure has %" PRIu64 " before its tail", req, in_len,
                    tail_off);
            snprintf(cname, sizeof(cname), "VIRTIO_IOMMU_T_%s", req + strlen("virtio_iommu_req_"));
            for (i = strlen("VIRTIO_IOMMU_T_"); cname[i]; i++)
                if (cname[i] >= 'a' && cname[i] <= 'z')
                    cname[i] = (char)(cname[i] - 'a' + 'A');
            if (constant(cname, &type) || t_off + t_sz > in_len || ld_le(in + t_off, t_sz) != type)
                bad("head.type is not %s", cname, 0, 0);
            check_fields(s, json_get(rec, "fields"), in, in_len);
        }
    }
    sscanf(expect, "%31s", word);
    if (used == 0) {
        if (strcmp(word, "NOWRITE"))
            bad("nothing written, but the result is %s", expect, 0, 0);
    } else if (!tail || !out || find_field(tail, "status", &st_off, &st_sz) ||
               find_field(tail, "reserved", &rs_off, &rs_sz) || used < struct_size(tail) || out_len != used) {
        bad("an answer without a whole tail%s", "", 0, 0);
    } else {
        const uint8_t *t = out + used - struct_size(tail);
        status = ld_le(t + st_off, st_sz);
        snprintf(name, sizeof(name), "VIRTIO_IOMMU_S_%s", word);
        if (constant(name, &want) || status != want)
            bad("tail status %s is not what the layout table numbers it", name, status, 0);
        for (; rs_sz; rs_sz--)
            if (t[rs_off + rs_sz - 1])
                bad("tail reserved bytes are not zero%s", "", 0, 0);
        n_status++;
        if (!strcmp(word, "OK") && out_len > struct_size(tail) && in_len > 0) {
            char text[4096] = "OK";
            spell_properties(out, used - struct_size(tail), text, sizeof(text));
            if (strcmp(text, expect))
                bad("the PROBE properties read with the table say '%s'", text, 0, 0);
        }
    }
    free(in);
    free(out);
}

static void virtio_translate(const struct json *rec)
{
    const struct json *s = find_struct("virtio_iommu_fault");
    const char *hex = json_str(rec, "fault");
    uint8_t *b;
    size_t len;

    if (!hex)
        return;
    if (!s || !(b = json_hex_bytes(hex, &len))) {
        bad("malformed fault record%s", "", 0, 0);
        return;
    }
    if (len != struct_size(s))
        bad("a fault record of %s%" PRIu64 " bytes, the structure has %" PRIu64, "", len, struct_size(s));
    check_fields(s, json_get(rec, "fault_fields"), b, len);
    free(b);
}

static void xen_hypercall(const struct json *rec)
{
    const char *name = json_str(rec, "arg_struct");
    const struct json *calls = json_get(rec, "calls"), *s, *last;
    const char *in_hex, *out_hex;
    uint8_t *in, *out;
    size_t in_len, out_len;
    int remote = json_get(rec, "remote_domid") != NULL;

    if (!name)
        return;
    s = find_struct(name);
    if (!s || !calls || calls->type != JSON_ARRAY || !calls->n) {
        bad("no structure %s in the layout table, or no call", name, 0, 0);
        return;
    }
    last = &calls->items[calls->n - 1];
    in_hex = json_str(&calls->items[0], remote ? "guest_in" : "arg_in");
    out_hex = json_str(last, remote ? "guest_out" : "arg_out");
    if (!in_hex || !out_hex || !(in = json_hex_bytes(in_hex, &in_len))) {
        bad("malformed xen-hypercall record%s", "", 0, 0);
        return;
    }
    out = json_hex_bytes(out_hex, &out_len);
    if (in_len != struct_size(s) || !out || out_len != in_len)
        bad("%s: an argument of %" PRIu64 " bytes, the structure has %" PRIu64, name, in_len, struct_size(s));
    else {
        check_fields(s, json_get(rec, "fields_in"), in, in_len);
        check_fields(s, json_get(rec, "fields_out"), out, out_len);
    }
    free(in);
    free(out);
}

static int check_file(const char *file)
{
    char err[128], *text = json_read_file(file, NULL), *line, *next;

    if (!text) {
        fprintf(stderr, "%s: cannot read\n", file);
        return 2;
    }
    cur_file = file;
    for (line = text; line && *line; line = next) {
        struct json *rec;
        const char *kind;

        next = strchr(line, '\n');
        if (next)
            *next++ = '\0';
        rec = json_parse(line, err);
        if (!rec) {
            fprintf(stderr, "%s: %s\n", file, err);
            free(text);
            return 2;
        }
        cur_line = 0;
        json_u64(rec, "line", &cur_line);
        kind = json_str(rec, "kind");
        if (kind && !strcmp(kind, "virtio-request"))
            virtio_request(rec);
        else if (kind && !strcmp(kind, "virtio-translate"))
            virtio_translate(rec);
        else if (kind && !strcmp(kind, "xen-hypercall"))
            xen_hypercall(rec);
        if (kind)
            n_records++;
        json_free(rec);
    }
    free(text);
    return 0;
}

int main(int argc, char **argv)
{
    int i, sep = 0;

    for (i = 1; i < argc && strcmp(argv[i], "--"); i++) {
        char err[128], *text = json_read_file(argv[i], NULL);
        if (ntables == MAX_TABLES || !text || !(tables[ntables] = json_parse(text, err))) {
            fprintf(stderr, "%s: cannot read the layout table\n", argv[i]);
            return 2;
        }
        ntables++;
        free(text);
    }
    sep = i;
    if (!ntables || sep >= argc - 1) {
        fprintf(stderr, "usage: check_layout LAYOUT.json... -- VECTORS.jsonl...\n");
        return 2;
    }
    for (i = sep + 1; i < argc; i++)
        if (check_file(argv[i]))
            return 2;
    for (i = 0; i < ntables; i++)
        json_free(tables[i]);
    if (failed)
        return 1;
    if (!n_fields || !n_status) {
        fprintf(stderr, "check_layout: no field or status was checked\n");
        return 1;
    }
    printf("check_layout: %lu records of %d files: %lu fields and %lu tails as the layout tables say\n", n_records,
           argc - sep - 1, n_fields, n_status);
    return 0;
}
