/* SPDX-License-Identifier: MIT */
/*
 * layout/golden/virtio-iommu.portable.c - golden byte images of virtio-iommu, checked
 * through iommu-abi/virtio_iommu_wire.h (portable flavor).
 *
 * Generated from spec/virtio-iommu.yaml by gen/iommu-abi-gen: do not edit.
 * A hosted C99 program without arguments: it encodes every struct with the
 * wire helpers and compares with the image, decodes the image, runs the
 * check functions on it and on mutated copies, and encodes with plain
 * struct assignment and byte-order conversions of its own.  Exit status 0
 * when everything matches; otherwise 1, after one line per mismatch naming
 * struct, field and byte.  Build: cc -std=c99 -I include FILE
 */

#include <stddef.h>
#include <stdint.h>
#include <stdio.h>
#include <string.h>

#include <iommu-abi/virtio_iommu_wire.h>

static int failures;
static long checks;
static int big_endian;

static int host_is_big_endian(void)
{
    const uint16_t one = 1;

    return *(const unsigned char *)&one == 0;
}

static void fail(const char *st, const char *field, const char *what)
{
    printf("%s: %s: %s\n", st, field, what);
    failures++;
}

/* Compare n bytes; name the first differing byte and its field. */
static void same_bytes(const char *st, const char *what,
                       const unsigned char *got, const unsigned char *want,
                       size_t n, const char *const *field_of)
{
    size_t i;

    checks++;
    for (i = 0; i < n; i++)
        if (got[i] != want[i]) {
            printf("%s: %s: byte %u (%s) is 0x%02x, the image has 0x%02x\n",
                   st, what, (unsigned)i, field_of[i], got[i], want[i]);
            failures++;
            return;
        }
}

static void same_value(const char *st, const char *field, const char *how,
                       uint64_t got, uint64_t want)
{
    checks++;
    if (got != want) {
        printf("%s: %s: %s gives 0x%llx, the image means 0x%llx\n", st, field,
               how, (unsigned long long)got, (unsigned long long)want);
        failures++;
    }
}

/* A check's result against what the mutation must give. */
static void expect(const char *st, const char *what, int rc,
                   const struct virtio_iommu_wire_problem *pr, int want_rc, int want_kind,
                   const char *want_field, size_t want_byte)
{
    checks++;
    if (rc != want_rc) {
        printf("%s: %s: check returned %d, expected %d\n", st, what, rc, want_rc);
        failures++;
        return;
    }
    if (want_rc == VIRTIO_IOMMU_WIRE_OK)
        return;
    if (pr->kind != want_kind || strcmp(pr->field, want_field) != 0 ||
        pr->byte != want_byte || pr->rejected != (want_rc != VIRTIO_IOMMU_WIRE_NOTE)) {
        printf("%s: %s: problem kind %d field %s byte %u rejected %d; expected "
               "kind %d field %s byte %u\n", st, what, pr->kind, pr->field,
               (unsigned)pr->byte, pr->rejected, want_kind, want_field,
               (unsigned)want_byte);
        failures++;
    }
}

static uint16_t t_le16(uint16_t v)
{
    unsigned char b[2];
    uint16_t r;
    int i;

    for (i = 0; i < 2; i++)
        b[i] = (unsigned char)(v >> (8 * i));
    memcpy(&r, b, sizeof(r));
    return r;
}
static uint32_t t_le32(uint32_t v)
{
    unsigned char b[4];
    uint32_t r;
    int i;

    for (i = 0; i < 4; i++)
        b[i] = (unsigned char)(v >> (8 * i));
    memcpy(&r, b, sizeof(r));
    return r;
}
static uint64_t t_le64(uint64_t v)
{
    unsigned char b[8];
    uint64_t r;
    int i;

    for (i = 0; i < 8; i++)
        b[i] = (unsigned char)(v >> (8 * i));
    memcpy(&r, b, sizeof(r));
    return r;
}

static void test_virtio_iommu_range_64(void)
{
    static const char st[] = "virtio_iommu_range_64";
    static const char *const field_of[16] = {
        "start", "start", "start", "start",
        "start", "start", "start", "start",
        "end", "end", "end", "end",
        "end", "end", "end", "end",
    };
    static const unsigned char le[16] = {
        0x80, 0x81, 0x82, 0x83, 0x84, 0x85, 0x86, 0x87, 0x88, 0x89, 0x8a, 0x8b,
        0x8c, 0x8d, 0x8e, 0x8f
    };
    static const unsigned char be[16] = {
        0x80, 0x81, 0x82, 0x83, 0x84, 0x85, 0x86, 0x87, 0x88, 0x89, 0x8a, 0x8b,
        0x8c, 0x8d, 0x8e, 0x8f
    };
    const unsigned char *img = big_endian ? be : le;
    unsigned char buf[16];
    struct virtio_iommu_wire_problem pr;
    struct virtio_iommu_range_64 s;

    memset(&pr, 0, sizeof(pr));
    /* encode with the helpers, over a buffer of 0x5a */
    memset(buf, 0x5a, sizeof(buf));
    virtio_iommu_range_64_set_start(buf, UINT64_C(0x8786858483828180));
    virtio_iommu_range_64_set_end(buf, UINT64_C(0x8f8e8d8c8b8a8988));
    same_bytes(st, "encoded", buf, img, 16, field_of);
    /* decode the image */
    same_value(st, "start", "get", virtio_iommu_range_64_get_start(img), UINT64_C(0x8786858483828180));
    same_value(st, "end", "get", virtio_iommu_range_64_get_end(img), UINT64_C(0x8f8e8d8c8b8a8988));
    /* the image passes its check with nothing to report */
    expect(st, "golden image", virtio_iommu_range_64_check(img, 16, &pr), &pr, VIRTIO_IOMMU_WIRE_OK, 0, "", 0);
    /* every length short of VIRTIO_IOMMU_RANGE_64_MIN_SIZE */
    expect(st, "length 0", virtio_iommu_range_64_check(img, 0, &pr), &pr, VIRTIO_IOMMU_WIRE_SHORT, VIRTIO_IOMMU_WIRE_SHORT, "start", 0);
    expect(st, "length 1", virtio_iommu_range_64_check(img, 1, &pr), &pr, VIRTIO_IOMMU_WIRE_SHORT, VIRTIO_IOMMU_WIRE_SHORT, "start", 1);
    expect(st, "length 2", virtio_iommu_range_64_check(img, 2, &pr), &pr, VIRTIO_IOMMU_WIRE_SHORT, VIRTIO_IOMMU_WIRE_SHORT, "start", 2);
    expect(st, "length 3", virtio_iommu_range_64_check(img, 3, &pr), &pr, VIRTIO_IOMMU_WIRE_SHORT, VIRTIO_IOMMU_WIRE_SHORT, "start", 3);
    expect(st, "length 4", virtio_iommu_range_64_check(img, 4, &pr), &pr, VIRTIO_IOMMU_WIRE_SHORT, VIRTIO_IOMMU_WIRE_SHORT, "start", 4);
    expect(st, "length 5", virtio_iommu_range_64_check(img, 5, &pr), &pr, VIRTIO_IOMMU_WIRE_SHORT, VIRTIO_IOMMU_WIRE_SHORT, "start", 5);
    expect(st, "length 6", virtio_iommu_range_64_check(img, 6, &pr), &pr, VIRTIO_IOMMU_WIRE_SHORT, VIRTIO_IOMMU_WIRE_SHORT, "start", 6);
    expect(st, "length 7", virtio_iommu_range_64_check(img, 7, &pr), &pr, VIRTIO_IOMMU_WIRE_SHORT, VIRTIO_IOMMU_WIRE_SHORT, "start", 7);
    expect(st, "length 8", virtio_iommu_range_64_check(img, 8, &pr), &pr, VIRTIO_IOMMU_WIRE_SHORT, VIRTIO_IOMMU_WIRE_SHORT, "end", 8);
    expect(st, "length 9", virtio_iommu_range_64_check(img, 9, &pr), &pr, VIRTIO_IOMMU_WIRE_SHORT, VIRTIO_IOMMU_WIRE_SHORT, "end", 9);
    expect(st, "length 10", virtio_iommu_range_64_check(img, 10, &pr), &pr, VIRTIO_IOMMU_WIRE_SHORT, VIRTIO_IOMMU_WIRE_SHORT, "end", 10);
    expect(st, "length 11", virtio_iommu_range_64_check(img, 11, &pr), &pr, VIRTIO_IOMMU_WIRE_SHORT, VIRTIO_IOMMU_WIRE_SHORT, "end", 11);
    expect(st, "length 12", virtio_iommu_range_64_check(img, 12, &pr), &pr, VIRTIO_IOMMU_WIRE_SHORT, VIRTIO_IOMMU_WIRE_SHORT, "end", 12);
    expect(st, "length 13", virtio_iommu_range_64_check(img, 13, &pr), &pr, VIRTIO_IOMMU_WIRE_SHORT, VIRTIO_IOMMU_WIRE_SHORT, "end", 13);
    expect(st, "length 14", virtio_iommu_range_64_check(img, 14, &pr), &pr, VIRTIO_IOMMU_WIRE_SHORT, VIRTIO_IOMMU_WIRE_SHORT, "end", 14);
    expect(st, "length 15", virtio_iommu_range_64_check(img, 15, &pr), &pr, VIRTIO_IOMMU_WIRE_SHORT, VIRTIO_IOMMU_WIRE_SHORT, "end", 15);
    /* plain struct assignment with byte-order conversions of the test's own */
    checks++;
    if (sizeof(s) != 16)
        fail(st, "sizeof", "differs from the image");
    else {
        memset(&s, 0, sizeof(s));
        s.start = t_le64(UINT64_C(0x8786858483828180));
        s.end = t_le64(UINT64_C(0x8f8e8d8c8b8a8988));
        same_bytes(st, "struct assignment", (const unsigned char *)&s, img, 16, field_of);
    }
}

static void test_virtio_iommu_range_32(void)
{
    static const char st[] = "virtio_iommu_range_32";
    static const char *const field_of[8] = {
        "start", "start", "start", "start",
        "end", "end", "end", "end",
    };
    static const unsigned char le[8] = {
        0x80, 0x81, 0x82, 0x83, 0x84, 0x85, 0x86, 0x87
    };
    static const unsigned char be[8] = {
        0x80, 0x81, 0x82, 0x83, 0x84, 0x85, 0x86, 0x87
    };
    const unsigned char *img = big_endian ? be : le;
    unsigned char buf[8];
    struct virtio_iommu_wire_problem pr;
    struct virtio_iommu_range_32 s;

    memset(&pr, 0, sizeof(pr));
    /* encode with the helpers, over a buffer of 0x5a */
    memset(buf, 0x5a, sizeof(buf));
    virtio_iommu_range_32_set_start(buf, 0x83828180U);
    virtio_iommu_range_32_set_end(buf, 0x87868584U);
    same_bytes(st, "encoded", buf, img, 8, field_of);
    /* decode the image */
    same_value(st, "start", "get", virtio_iommu_range_32_get_start(img), UINT64_C(0x83828180));
    same_value(st, "end", "get", virtio_iommu_range_32_get_end(img), UINT64_C(0x87868584));
    /* the image passes its check with nothing to report */
    expect(st, "golden image", virtio_iommu_range_32_check(img, 8, &pr), &pr, VIRTIO_IOMMU_WIRE_OK, 0, "", 0);
    /* every length short of VIRTIO_IOMMU_RANGE_32_MIN_SIZE */
    expect(st, "length 0", virtio_iommu_range_32_check(img, 0, &pr), &pr, VIRTIO_IOMMU_WIRE_SHORT, VIRTIO_IOMMU_WIRE_SHORT, "start", 0);
    expect(st, "length 1", virtio_iommu_range_32_check(img, 1, &pr), &pr, VIRTIO_IOMMU_WIRE_SHORT, VIRTIO_IOMMU_WIRE_SHORT, "start", 1);
    expect(st, "length 2", virtio_iommu_range_32_check(img, 2, &pr), &pr, VIRTIO_IOMMU_WIRE_SHORT, VIRTIO_IOMMU_WIRE_SHORT, "start", 2);
    expect(st, "length 3", virtio_iommu_range_32_check(img, 3, &pr), &pr, VIRTIO_IOMMU_WIRE_SHORT, VIRTIO_IOMMU_WIRE_SHORT, "start", 3);
    expect(st, "length 4", virtio_iommu_range_32_check(img, 4, &pr), &pr, VIRTIO_IOMMU_WIRE_SHORT, VIRTIO_IOMMU_WIRE_SHORT, "end", 4);
    expect(st, "length 5", virtio_iommu_range_32_check(img, 5, &pr), &pr, VIRTIO_IOMMU_WIRE_SHORT, VIRTIO_IOMMU_WIRE_SHORT, "end", 5);
    expect(st, "length 6", virtio_iommu_range_32_check(img, 6, &pr), &pr, VIRTIO_IOMMU_WIRE_SHORT, VIRTIO_IOMMU_WIRE_SHORT, "end", 6);
    expect(st, "length 7", virtio_iommu_range_32_check(img, 7, &pr), &pr, VIRTIO_IOMMU_WIRE_SHORT, VIRTIO_IOMMU_WIRE_SHORT, "end", 7);
    /* plain struct assignment with byte-order conversions of the test's own */
    checks++;
    if (sizeof(s) != 8)
        fail(st, "sizeof", "differs from the image");
    else {
        memset(&s, 0, sizeof(s));
        s.start = t_le32(0x83828180U);
        s.end = t_le32(0x87868584U);
        same_bytes(st, "struct assignment", (const unsigned char *)&s, img, 8, field_of);
    }
}

static void test_virtio_iommu_config(void)
{
    static const char st[] = "virtio_iommu_config";
    static const char *const field_of[40] = {
        "page_size_mask", "page_size_mask", "page_size_mask", "page_size_mask",
        "page_size_mask", "page_size_mask", "page_size_mask", "page_size_mask",
        "input_range.start", "input_range.start", "input_range.start", "input_range.start",
        "input_range.start", "input_range.start", "input_range.start", "input_range.start",
        "input_range.end", "input_range.end", "input_range.end", "input_range.end",
        "input_range.end", "input_range.end", "input_range.end", "input_range.end",
        "domain_range.start", "domain_range.start", "domain_range.start", "domain_range.start",
        "domain_range.end", "domain_range.end", "domain_range.end", "domain_range.end",
        "probe_size", "probe_size", "probe_size", "probe_size",
        "bypass", "reserved[0]", "reserved[1]", "reserved[2]",
    };
    static const unsigned char le[40] = {
        0x80, 0x81, 0x82, 0x83, 0x84, 0x85, 0x86, 0x87, 0x88, 0x89, 0x8a, 0x8b,
        0x8c, 0x8d, 0x8e, 0x8f, 0x90, 0x91, 0x92, 0x93, 0x94, 0x95, 0x96, 0x97,
        0x98, 0x99, 0x9a, 0x9b, 0x9c, 0x9d, 0x9e, 0x9f, 0xa0, 0xa1, 0xa2, 0xa3,
        0xa4, 0x00, 0x00, 0x00
    };
    static const unsigned char be[40] = {
        0x80, 0x81, 0x82, 0x83, 0x84, 0x85, 0x86, 0x87, 0x88, 0x89, 0x8a, 0x8b,
        0x8c, 0x8d, 0x8e, 0x8f, 0x90, 0x91, 0x92, 0x93, 0x94, 0x95, 0x96, 0x97,
        0x98, 0x99, 0x9a, 0x9b, 0x9c, 0x9d, 0x9e, 0x9f, 0xa0, 0xa1, 0xa2, 0xa3,
        0xa4, 0x00, 0x00, 0x00
    };
    const unsigned char *img = big_endian ? be : le;
    unsigned char buf[40];
    struct virtio_iommu_wire_problem pr;
    struct virtio_iommu_config s;

    memset(&pr, 0, sizeof(pr));
    /* encode with the helpers, over a buffer of 0x5a */
    memset(buf, 0x5a, sizeof(buf));
    virtio_iommu_config_set_page_size_mask(buf, UINT64_C(0x8786858483828180));
    virtio_iommu_config_set_input_range_start(buf, UINT64_C(0x8f8e8d8c8b8a8988));
    virtio_iommu_config_set_input_range_end(buf, UINT64_C(0x9796959493929190));
    virtio_iommu_config_set_domain_range_start(buf, 0x9b9a9998U);
    virtio_iommu_config_set_domain_range_end(buf, 0x9f9e9d9cU);
    virtio_iommu_config_set_probe_size(buf, 0xa3a2a1a0U);
    virtio_iommu_config_set_bypass(buf, 0xa4U);
    virtio_iommu_config_set_reserved(buf, 0, 0x0U);
    virtio_iommu_config_set_reserved(buf, 1, 0x0U);
    virtio_iommu_config_set_reserved(buf, 2, 0x0U);
    same_bytes(st, "encoded", buf, img, 40, field_of);
    /* decode the image */
    same_value(st, "page_size_mask", "get", virtio_iommu_config_get_page_size_mask(img), UINT64_C(0x8786858483828180));
    same_value(st, "input_range.start", "get", virtio_iommu_config_get_input_range_start(img), UINT64_C(0x8f8e8d8c8b8a8988));
    same_value(st, "input_range.end", "get", virtio_iommu_config_get_input_range_end(img), UINT64_C(0x9796959493929190));
    same_value(st, "domain_range.start", "get", virtio_iommu_config_get_domain_range_start(img), UINT64_C(0x9b9a9998));
    same_value(st, "domain_range.end", "get", virtio_iommu_config_get_domain_range_end(img), UINT64_C(0x9f9e9d9c));
    same_value(st, "probe_size", "get", virtio_iommu_config_get_probe_size(img), UINT64_C(0xa3a2a1a0));
    same_value(st, "bypass", "get", virtio_iommu_config_get_bypass(img), UINT64_C(0xa4));
    same_value(st, "reserved[0]", "get", virtio_iommu_config_get_reserved(img, 0), UINT64_C(0x0));
    same_value(st, "reserved[1]", "get", virtio_iommu_config_get_reserved(img, 1), UINT64_C(0x0));
    same_value(st, "reserved[2]", "get", virtio_iommu_config_get_reserved(img, 2), UINT64_C(0x0));
    /* the image passes its check with nothing to report */
    expect(st, "golden image", virtio_iommu_config_check(img, 40, &pr), &pr, VIRTIO_IOMMU_WIRE_OK, 0, "", 0);
    memcpy(buf, img, sizeof(buf));
    buf[37] = 0xa5;
    expect(st, "reserved byte 37 set", virtio_iommu_config_check(buf, 40, &pr), &pr, VIRTIO_IOMMU_WIRE_NOTE, VIRTIO_IOMMU_WIRE_RESERVED, "reserved", 37);
    memcpy(buf, img, sizeof(buf));
    buf[38] = 0xa5;
    expect(st, "reserved byte 38 set", virtio_iommu_config_check(buf, 40, &pr), &pr, VIRTIO_IOMMU_WIRE_NOTE, VIRTIO_IOMMU_WIRE_RESERVED, "reserved", 38);
    memcpy(buf, img, sizeof(buf));
    buf[39] = 0xa5;
    expect(st, "reserved byte 39 set", virtio_iommu_config_check(buf, 40, &pr), &pr, VIRTIO_IOMMU_WIRE_NOTE, VIRTIO_IOMMU_WIRE_RESERVED, "reserved", 39);
    /* every length short of VIRTIO_IOMMU_CONFIG_MIN_SIZE */
    expect(st, "length 0", virtio_iommu_config_check(img, 0, &pr), &pr, VIRTIO_IOMMU_WIRE_SHORT, VIRTIO_IOMMU_WIRE_SHORT, "page_size_mask", 0);
    expect(st, "length 1", virtio_iommu_config_check(img, 1, &pr), &pr, VIRTIO_IOMMU_WIRE_SHORT, VIRTIO_IOMMU_WIRE_SHORT, "page_size_mask", 1);
    expect(st, "length 2", virtio_iommu_config_check(img, 2, &pr), &pr, VIRTIO_IOMMU_WIRE_SHORT, VIRTIO_IOMMU_WIRE_SHORT, "page_size_mask", 2);
    expect(st, "length 3", virtio_iommu_config_check(img, 3, &pr), &pr, VIRTIO_IOMMU_WIRE_SHORT, VIRTIO_IOMMU_WIRE_SHORT, "page_size_mask", 3);
    expect(st, "length 4", virtio_iommu_config_check(img, 4, &pr), &pr, VIRTIO_IOMMU_WIRE_SHORT, VIRTIO_IOMMU_WIRE_SHORT, "page_size_mask", 4);
    expect(st, "length 5", virtio_iommu_config_check(img, 5, &pr), &pr, VIRTIO_IOMMU_WIRE_SHORT, VIRTIO_IOMMU_WIRE_SHORT, "page_size_mask", 5);
    expect(st, "length 6", virtio_iommu_config_check(img, 6, &pr), &pr, VIRTIO_IOMMU_WIRE_SHORT, VIRTIO_IOMMU_WIRE_SHORT, "page_size_mask", 6);
    expect(st, "length 7", virtio_iommu_config_check(img, 7, &pr), &pr, VIRTIO_IOMMU_WIRE_SHORT, VIRTIO_IOMMU_WIRE_SHORT, "page_size_mask", 7);
    expect(st, "length 8", virtio_iommu_config_check(img, 8, &pr), &pr, VIRTIO_IOMMU_WIRE_SHORT, VIRTIO_IOMMU_WIRE_SHORT, "input_range.start", 8);
    expect(st, "length 9", virtio_iommu_config_check(img, 9, &pr), &pr, VIRTIO_IOMMU_WIRE_SHORT, VIRTIO_IOMMU_WIRE_SHORT, "input_range.start", 9);
    expect(st, "length 10", virtio_iommu_config_check(img, 10, &pr), &pr, VIRTIO_IOMMU_WIRE_SHORT, VIRTIO_IOMMU_WIRE_SHORT, "input_range.start", 10);
    expect(st, "length 11", virtio_iommu_config_check(img, 11, &pr), &pr, VIRTIO_IOMMU_WIRE_SHORT, VIRTIO_IOMMU_WIRE_SHORT, "input_range.start", 11);
    expect(st, "length 12", virtio_iommu_config_check(img, 12, &pr), &pr, VIRTIO_IOMMU_WIRE_SHORT, VIRTIO_IOMMU_WIRE_SHORT, "input_range.start", 12);
    expect(st, "length 13", virtio_iommu_config_check(img, 13, &pr), &pr, VIRTIO_IOMMU_WIRE_SHORT, VIRTIO_IOMMU_WIRE_SHORT, "input_range.start", 13);
    expect(st, "length 14", virtio_iommu_config_check(img, 14, &pr), &pr, VIRTIO_IOMMU_WIRE_SHORT, VIRTIO_IOMMU_WIRE_SHORT, "input_range.start", 14);
    expect(st, "length 15", virtio_iommu_config_check(img, 15, &pr), &pr, VIRTIO_IOMMU_WIRE_SHORT, VIRTIO_IOMMU_WIRE_SHORT, "input_range.start", 15);
    expect(st, "length 16", virtio_iommu_config_check(img, 16, &pr), &pr, VIRTIO_IOMMU_WIRE_SHORT, VIRTIO_IOMMU_WIRE_SHORT, "input_range.end", 16);
    expect(st, "length 17", virtio_iommu_config_check(img, 17, &pr), &pr, VIRTIO_IOMMU_WIRE_SHORT, VIRTIO_IOMMU_WIRE_SHORT, "input_range.end", 17);
    expect(st, "length 18", virtio_iommu_config_check(img, 18, &pr), &pr, VIRTIO_IOMMU_WIRE_SHORT, VIRTIO_IOMMU_WIRE_SHORT, "input_range.end", 18);
    expect(st, "length 19", virtio_iommu_config_check(img, 19, &pr), &pr, VIRTIO_IOMMU_WIRE_SHORT, VIRTIO_IOMMU_WIRE_SHORT, "input_range.end", 19);
    expect(st, "length 20", virtio_iommu_config_check(img, 20, &pr), &pr, VIRTIO_IOMMU_WIRE_SHORT, VIRTIO_IOMMU_WIRE_SHORT, "input_range.end", 20);
    expect(st, "length 21", virtio_iommu_config_check(img, 21, &pr), &pr, VIRTIO_IOMMU_WIRE_SHORT, VIRTIO_IOMMU_WIRE_SHORT, "input_range.end", 21);
    expect(st, "length 22", virtio_iommu_config_check(img, 22, &pr), &pr, VIRTIO_IOMMU_WIRE_SHORT, VIRTIO_IOMMU_WIRE_SHORT, "input_range.end", 22);
    expect(st, "length 23", virtio_iommu_config_check(img, 23, &pr), &pr, VIRTIO_IOMMU_WIRE_SHORT, VIRTIO_IOMMU_WIRE_SHORT, "input_range.end", 23);
    expect(st, "length 24", virtio_iommu_config_check(img, 24, &pr), &pr, VIRTIO_IOMMU_WIRE_SHORT, VIRTIO_IOMMU_WIRE_SHORT, "domain_range.start", 24);
    expect(st, "length 25", virtio_iommu_config_check(img, 25, &pr), &pr, VIRTIO_IOMMU_WIRE_SHORT, VIRTIO_IOMMU_WIRE_SHORT, "domain_range.start", 25);
    expect(st, "length 26", virtio_iommu_config_check(img, 26, &pr), &pr, VIRTIO_IOMMU_WIRE_SHORT, VIRTIO_IOMMU_WIRE_SHORT, "domain_range.start", 26);
    expect(st, "length 27", virtio_iommu_config_check(img, 27, &pr), &pr, VIRTIO_IOMMU_WIRE_SHORT, VIRTIO_IOMMU_WIRE_SHORT, "domain_range.start", 27);
    expect(st, "length 28", virtio_iommu_config_check(img, 28, &pr), &pr, VIRTIO_IOMMU_WIRE_SHORT, VIRTIO_IOMMU_WIRE_SHORT, "domain_range.end", 28);
    expect(st, "length 29", virtio_iommu_config_check(img, 29, &pr), &pr, VIRTIO_IOMMU_WIRE_SHORT, VIRTIO_IOMMU_WIRE_SHORT, "domain_range.end", 29);
    expect(st, "length 30", virtio_iommu_config_check(img, 30, &pr), &pr, VIRTIO_IOMMU_WIRE_SHORT, VIRTIO_IOMMU_WIRE_SHORT, "domain_range.end", 30);
    expect(st, "length 31", virtio_iommu_config_check(img, 31, &pr), &pr, VIRTIO_IOMMU_WIRE_SHORT, VIRTIO_IOMMU_WIRE_SHORT, "domain_range.end", 31);
    expect(st, "length 32", virtio_iommu_config_check(img, 32, &pr), &pr, VIRTIO_IOMMU_WIRE_SHORT, VIRTIO_IOMMU_WIRE_SHORT, "probe_size", 32);
    expect(st, "length 33", virtio_iommu_config_check(img, 33, &pr), &pr, VIRTIO_IOMMU_WIRE_SHORT, VIRTIO_IOMMU_WIRE_SHORT, "probe_size", 33);
    expect(st, "length 34", virtio_iommu_config_check(img, 34, &pr), &pr, VIRTIO_IOMMU_WIRE_SHORT, VIRTIO_IOMMU_WIRE_SHORT, "probe_size", 34);
    expect(st, "length 35", virtio_iommu_config_check(img, 35, &pr), &pr, VIRTIO_IOMMU_WIRE_SHORT, VIRTIO_IOMMU_WIRE_SHORT, "probe_size", 35);
    expect(st, "length 36", virtio_iommu_config_check(img, 36, &pr), &pr, VIRTIO_IOMMU_WIRE_SHORT, VIRTIO_IOMMU_WIRE_SHORT, "bypass", 36);
    expect(st, "length 37", virtio_iommu_config_check(img, 37, &pr), &pr, VIRTIO_IOMMU_WIRE_SHORT, VIRTIO_IOMMU_WIRE_SHORT, "reserved", 37);
    expect(st, "length 38", virtio_iommu_config_check(img, 38, &pr), &pr, VIRTIO_IOMMU_WIRE_SHORT, VIRTIO_IOMMU_WIRE_SHORT, "reserved", 38);
    expect(st, "length 39", virtio_iommu_config_check(img, 39, &pr), &pr, VIRTIO_IOMMU_WIRE_SHORT, VIRTIO_IOMMU_WIRE_SHORT, "reserved", 39);
    /* plain struct assignment with byte-order conversions of the test's own */
    checks++;
    if (sizeof(s) != 40)
        fail(st, "sizeof", "differs from the image");
    else {
        memset(&s, 0, sizeof(s));
        s.page_size_mask = t_le64(UINT64_C(0x8786858483828180));
        s.input_range.start = t_le64(UINT64_C(0x8f8e8d8c8b8a8988));
        s.input_range.end = t_le64(UINT64_C(0x9796959493929190));
        s.domain_range.start = t_le32(0x9b9a9998U);
        s.domain_range.end = t_le32(0x9f9e9d9cU);
        s.probe_size = t_le32(0xa3a2a1a0U);
        s.bypass = 0xa4U;
        s.reserved[0] = 0x0U;
        s.reserved[1] = 0x0U;
        s.reserved[2] = 0x0U;
        same_bytes(st, "struct assignment", (const unsigned char *)&s, img, 40, field_of);
    }
}

static void test_virtio_iommu_req_head(void)
{
    static const char st[] = "virtio_iommu_req_head";
    static const char *const field_of[4] = {
        "type", "reserved[0]", "reserved[1]", "reserved[2]",
    };
    static const unsigned char le[4] = {
        0x05, 0x00, 0x00, 0x00
    };
    static const unsigned char be[4] = {
        0x05, 0x00, 0x00, 0x00
    };
    const unsigned char *img = big_endian ? be : le;
    unsigned char buf[4];
    struct virtio_iommu_wire_problem pr;
    struct virtio_iommu_req_head s;

    memset(&pr, 0, sizeof(pr));
    /* encode with the helpers, over a buffer of 0x5a */
    memset(buf, 0x5a, sizeof(buf));
    virtio_iommu_req_head_set_type(buf, 0x5U);
    virtio_iommu_req_head_set_reserved(buf, 0, 0x0U);
    virtio_iommu_req_head_set_reserved(buf, 1, 0x0U);
    virtio_iommu_req_head_set_reserved(buf, 2, 0x0U);
    same_bytes(st, "encoded", buf, img, 4, field_of);
    /* decode the image */
    same_value(st, "type", "get", virtio_iommu_req_head_get_type(img), UINT64_C(0x5));
    same_value(st, "reserved[0]", "get", virtio_iommu_req_head_get_reserved(img, 0), UINT64_C(0x0));
    same_value(st, "reserved[1]", "get", virtio_iommu_req_head_get_reserved(img, 1), UINT64_C(0x0));
    same_value(st, "reserved[2]", "get", virtio_iommu_req_head_get_reserved(img, 2), UINT64_C(0x0));
    /* the image passes its check with nothing to report */
    expect(st, "golden image", virtio_iommu_req_head_check(img, 4, &pr), &pr, VIRTIO_IOMMU_WIRE_OK, 0, "", 0);
    memcpy(buf, img, sizeof(buf));
    virtio_iommu_req_head_set_type(buf, 0x0U);
    expect(st, "value 0", virtio_iommu_req_head_check(buf, 4, &pr), &pr, VIRTIO_IOMMU_WIRE_VALUE, VIRTIO_IOMMU_WIRE_VALUE, "type", 0);
    memcpy(buf, img, sizeof(buf));
    virtio_iommu_req_head_set_type(buf, 0x6U);
    expect(st, "value 6", virtio_iommu_req_head_check(buf, 4, &pr), &pr, VIRTIO_IOMMU_WIRE_VALUE, VIRTIO_IOMMU_WIRE_VALUE, "type", 0);
    memcpy(buf, img, sizeof(buf));
    virtio_iommu_req_head_set_type(buf, 0xffU);
    expect(st, "value 255", virtio_iommu_req_head_check(buf, 4, &pr), &pr, VIRTIO_IOMMU_WIRE_VALUE, VIRTIO_IOMMU_WIRE_VALUE, "type", 0);
    memcpy(buf, img, sizeof(buf));
    buf[1] = 0xa5;
    expect(st, "reserved byte 1 set", virtio_iommu_req_head_check(buf, 4, &pr), &pr, VIRTIO_IOMMU_WIRE_NOTE, VIRTIO_IOMMU_WIRE_RESERVED, "reserved", 1);
    memcpy(buf, img, sizeof(buf));
    buf[2] = 0xa5;
    expect(st, "reserved byte 2 set", virtio_iommu_req_head_check(buf, 4, &pr), &pr, VIRTIO_IOMMU_WIRE_NOTE, VIRTIO_IOMMU_WIRE_RESERVED, "reserved", 2);
    memcpy(buf, img, sizeof(buf));
    buf[3] = 0xa5;
    expect(st, "reserved byte 3 set", virtio_iommu_req_head_check(buf, 4, &pr), &pr, VIRTIO_IOMMU_WIRE_NOTE, VIRTIO_IOMMU_WIRE_RESERVED, "reserved", 3);
    /* every length short of VIRTIO_IOMMU_REQ_HEAD_MIN_SIZE */
    expect(st, "length 0", virtio_iommu_req_head_check(img, 0, &pr), &pr, VIRTIO_IOMMU_WIRE_SHORT, VIRTIO_IOMMU_WIRE_SHORT, "type", 0);
    expect(st, "length 1", virtio_iommu_req_head_check(img, 1, &pr), &pr, VIRTIO_IOMMU_WIRE_SHORT, VIRTIO_IOMMU_WIRE_SHORT, "reserved", 1);
    expect(st, "length 2", virtio_iommu_req_head_check(img, 2, &pr), &pr, VIRTIO_IOMMU_WIRE_SHORT, VIRTIO_IOMMU_WIRE_SHORT, "reserved", 2);
    expect(st, "length 3", virtio_iommu_req_head_check(img, 3, &pr), &pr, VIRTIO_IOMMU_WIRE_SHORT, VIRTIO_IOMMU_WIRE_SHORT, "reserved", 3);
    /* plain struct assignment with byte-order conversions of the test's own */
    checks++;
    if (sizeof(s) != 4)
        fail(st, "sizeof", "differs from the image");
    else {
        memset(&s, 0, sizeof(s));
        s.type = 0x5U;
        s.reserved[0] = 0x0U;
        s.reserved[1] = 0x0U;
        s.reserved[2] = 0x0U;
        same_bytes(st, "struct assignment", (const unsigned char *)&s, img, 4, field_of);
    }
}

static void test_virtio_iommu_req_tail(void)
{
    static const char st[] = "virtio_iommu_req_tail";
    static const char *const field_of[4] = {
        "status", "reserved[0]", "reserved[1]", "reserved[2]",
    };
    static const unsigned char le[4] = {
        0x08, 0x00, 0x00, 0x00
    };
    static const unsigned char be[4] = {
        0x08, 0x00, 0x00, 0x00
    };
    const unsigned char *img = big_endian ? be : le;
    unsigned char buf[4];
    struct virtio_iommu_wire_problem pr;
    struct virtio_iommu_req_tail s;

    memset(&pr, 0, sizeof(pr));
    /* encode with the helpers, over a buffer of 0x5a */
    memset(buf, 0x5a, sizeof(buf));
    virtio_iommu_req_tail_set_status(buf, 0x8U);
    virtio_iommu_req_tail_set_reserved(buf, 0, 0x0U);
    virtio_iommu_req_tail_set_reserved(buf, 1, 0x0U);
    virtio_iommu_req_tail_set_reserved(buf, 2, 0x0U);
    same_bytes(st, "encoded", buf, img, 4, field_of);
    /* decode the image */
    same_value(st, "status", "get", virtio_iommu_req_tail_get_status(img), UINT64_C(0x8));
    same_value(st, "reserved[0]", "get", virtio_iommu_req_tail_get_reserved(img, 0), UINT64_C(0x0));
    same_value(st, "reserved[1]", "get", virtio_iommu_req_tail_get_reserved(img, 1), UINT64_C(0x0));
    same_value(st, "reserved[2]", "get", virtio_iommu_req_tail_get_reserved(img, 2), UINT64_C(0x0));
    /* the image passes its check with nothing to report */
    expect(st, "golden image", virtio_iommu_req_tail_check(img, 4, &pr), &pr, VIRTIO_IOMMU_WIRE_OK, 0, "", 0);
    memcpy(buf, img, sizeof(buf));
    virtio_iommu_req_tail_set_status(buf, 0x9U);
    expect(st, "value 9", virtio_iommu_req_tail_check(buf, 4, &pr), &pr, VIRTIO_IOMMU_WIRE_VALUE, VIRTIO_IOMMU_WIRE_VALUE, "status", 0);
    memcpy(buf, img, sizeof(buf));
    virtio_iommu_req_tail_set_status(buf, 0xffU);
    expect(st, "value 255", virtio_iommu_req_tail_check(buf, 4, &pr), &pr, VIRTIO_IOMMU_WIRE_VALUE, VIRTIO_IOMMU_WIRE_VALUE, "status", 0);
    memcpy(buf, img, sizeof(buf));
    buf[1] = 0xa5;
    expect(st, "reserved byte 1 set", virtio_iommu_req_tail_check(buf, 4, &pr), &pr, VIRTIO_IOMMU_WIRE_NOTE, VIRTIO_IOMMU_WIRE_RESERVED, "reserved", 1);
    memcpy(buf, img, sizeof(buf));
    buf[2] = 0xa5;
    expect(st, "reserved byte 2 set", virtio_iommu_req_tail_check(buf, 4, &pr), &pr, VIRTIO_IOMMU_WIRE_NOTE, VIRTIO_IOMMU_WIRE_RESERVED, "reserved", 2);
    memcpy(buf, img, sizeof(buf));
    buf[3] = 0xa5;
    expect(st, "reserved byte 3 set", virtio_iommu_req_tail_check(buf, 4, &pr), &pr, VIRTIO_IOMMU_WIRE_NOTE, VIRTIO_IOMMU_WIRE_RESERVED, "reserved", 3);
    /* every length short of VIRTIO_IOMMU_REQ_TAIL_MIN_SIZE */
    expect(st, "length 0", virtio_iommu_req_tail_check(img, 0, &pr), &pr, VIRTIO_IOMMU_WIRE_SHORT, VIRTIO_IOMMU_WIRE_SHORT, "status", 0);
    expect(st, "length 1", virtio_iommu_req_tail_check(img, 1, &pr), &pr, VIRTIO_IOMMU_WIRE_SHORT, VIRTIO_IOMMU_WIRE_SHORT, "reserved", 1);
    expect(st, "length 2", virtio_iommu_req_tail_check(img, 2, &pr), &pr, VIRTIO_IOMMU_WIRE_SHORT, VIRTIO_IOMMU_WIRE_SHORT, "reserved", 2);
    expect(st, "length 3", virtio_iommu_req_tail_check(img, 3, &pr), &pr, VIRTIO_IOMMU_WIRE_SHORT, VIRTIO_IOMMU_WIRE_SHORT, "reserved", 3);
    /* plain struct assignment with byte-order conversions of the test's own */
    checks++;
    if (sizeof(s) != 4)
        fail(st, "sizeof", "differs from the image");
    else {
        memset(&s, 0, sizeof(s));
        s.status = 0x8U;
        s.reserved[0] = 0x0U;
        s.reserved[1] = 0x0U;
        s.reserved[2] = 0x0U;
        same_bytes(st, "struct assignment", (const unsigned char *)&s, img, 4, field_of);
    }
}

static void test_virtio_iommu_req_attach(void)
{
    static const char st[] = "virtio_iommu_req_attach";
    static const char *const field_of[24] = {
        "head.type", "head.reserved[0]", "head.reserved[1]", "head.reserved[2]",
        "domain", "domain", "domain", "domain",
        "endpoint", "endpoint", "endpoint", "endpoint",
        "flags", "flags", "flags", "flags",
        "reserved[0]", "reserved[1]", "reserved[2]", "reserved[3]",
        "tail.status", "tail.reserved[0]", "tail.reserved[1]", "tail.reserved[2]",
    };
    static const unsigned char le[24] = {
        0x05, 0x00, 0x00, 0x00, 0x84, 0x85, 0x86, 0x87, 0x88, 0x89, 0x8a, 0x8b,
        0x01, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x08, 0x00, 0x00, 0x00
    };
    static const unsigned char be[24] = {
        0x05, 0x00, 0x00, 0x00, 0x84, 0x85, 0x86, 0x87, 0x88, 0x89, 0x8a, 0x8b,
        0x01, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x08, 0x00, 0x00, 0x00
    };
    const unsigned char *img = big_endian ? be : le;
    unsigned char buf[24];
    struct virtio_iommu_wire_problem pr;
    struct virtio_iommu_req_attach s;

    memset(&pr, 0, sizeof(pr));
    /* encode with the helpers, over a buffer of 0x5a */
    memset(buf, 0x5a, sizeof(buf));
    virtio_iommu_req_attach_set_head_type(buf, 0x5U);
    virtio_iommu_req_attach_set_head_reserved(buf, 0, 0x0U);
    virtio_iommu_req_attach_set_head_reserved(buf, 1, 0x0U);
    virtio_iommu_req_attach_set_head_reserved(buf, 2, 0x0U);
    virtio_iommu_req_attach_set_domain(buf, 0x87868584U);
    virtio_iommu_req_attach_set_endpoint(buf, 0x8b8a8988U);
    virtio_iommu_req_attach_set_flags(buf, 0x1U);
    virtio_iommu_req_attach_set_reserved(buf, 0, 0x0U);
    virtio_iommu_req_attach_set_reserved(buf, 1, 0x0U);
    virtio_iommu_req_attach_set_reserved(buf, 2, 0x0U);
    virtio_iommu_req_attach_set_reserved(buf, 3, 0x0U);
    virtio_iommu_req_attach_set_tail_status(buf, 0x8U);
    virtio_iommu_req_attach_set_tail_reserved(buf, 0, 0x0U);
    virtio_iommu_req_attach_set_tail_reserved(buf, 1, 0x0U);
    virtio_iommu_req_attach_set_tail_reserved(buf, 2, 0x0U);
    same_bytes(st, "encoded", buf, img, 24, field_of);
    /* decode the image */
    same_value(st, "head.type", "get", virtio_iommu_req_attach_get_head_type(img), UINT64_C(0x5));
    same_value(st, "head.reserved[0]", "get", virtio_iommu_req_attach_get_head_reserved(img, 0), UINT64_C(0x0));
    same_value(st, "head.reserved[1]", "get", virtio_iommu_req_attach_get_head_reserved(img, 1), UINT64_C(0x0));
    same_value(st, "head.reserved[2]", "get", virtio_iommu_req_attach_get_head_reserved(img, 2), UINT64_C(0x0));
    same_value(st, "domain", "get", virtio_iommu_req_attach_get_domain(img), UINT64_C(0x87868584));
    same_value(st, "endpoint", "get", virtio_iommu_req_attach_get_endpoint(img), UINT64_C(0x8b8a8988));
    same_value(st, "flags", "get", virtio_iommu_req_attach_get_flags(img), UINT64_C(0x1));
    same_value(st, "reserved[0]", "get", virtio_iommu_req_attach_get_reserved(img, 0), UINT64_C(0x0));
    same_value(st, "reserved[1]", "get", virtio_iommu_req_attach_get_reserved(img, 1), UINT64_C(0x0));
    same_value(st, "reserved[2]", "get", virtio_iommu_req_attach_get_reserved(img, 2), UINT64_C(0x0));
    same_value(st, "reserved[3]", "get", virtio_iommu_req_attach_get_reserved(img, 3), UINT64_C(0x0));
    same_value(st, "tail.status", "get", virtio_iommu_req_attach_get_tail_status(img), UINT64_C(0x8));
    same_value(st, "tail.reserved[0]", "get", virtio_iommu_req_attach_get_tail_reserved(img, 0), UINT64_C(0x0));
    same_value(st, "tail.reserved[1]", "get", virtio_iommu_req_attach_get_tail_reserved(img, 1), UINT64_C(0x0));
    same_value(st, "tail.reserved[2]", "get", virtio_iommu_req_attach_get_tail_reserved(img, 2), UINT64_C(0x0));
    /* the image passes its check with nothing to report */
    expect(st, "golden image", virtio_iommu_req_attach_check(img, 24, &pr), &pr, VIRTIO_IOMMU_WIRE_OK, 0, "", 0);
    /* bytes the receiver writes are not looked at */
    memcpy(buf, img, sizeof(buf));
    buf[20] = 0xff;
    buf[21] = 0xff;
    buf[22] = 0xff;
    buf[23] = 0xff;
    expect(st, "reply bytes set", virtio_iommu_req_attach_check(buf, 24, &pr), &pr, VIRTIO_IOMMU_WIRE_OK, 0, "", 0);
    memcpy(buf, img, sizeof(buf));
    virtio_iommu_req_attach_set_head_type(buf, 0x0U);
    expect(st, "value 0", virtio_iommu_req_attach_check(buf, 24, &pr), &pr, VIRTIO_IOMMU_WIRE_VALUE, VIRTIO_IOMMU_WIRE_VALUE, "head.type", 0);
    memcpy(buf, img, sizeof(buf));
    virtio_iommu_req_attach_set_head_type(buf, 0x6U);
    expect(st, "value 6", virtio_iommu_req_attach_check(buf, 24, &pr), &pr, VIRTIO_IOMMU_WIRE_VALUE, VIRTIO_IOMMU_WIRE_VALUE, "head.type", 0);
    memcpy(buf, img, sizeof(buf));
    virtio_iommu_req_attach_set_head_type(buf, 0xffU);
    expect(st, "value 255", virtio_iommu_req_attach_check(buf, 24, &pr), &pr, VIRTIO_IOMMU_WIRE_VALUE, VIRTIO_IOMMU_WIRE_VALUE, "head.type", 0);
    memcpy(buf, img, sizeof(buf));
    buf[1] = 0xa5;
    expect(st, "reserved byte 1 set", virtio_iommu_req_attach_check(buf, 24, &pr), &pr, VIRTIO_IOMMU_WIRE_NOTE, VIRTIO_IOMMU_WIRE_RESERVED, "head.reserved", 1);
    memcpy(buf, img, sizeof(buf));
    buf[2] = 0xa5;
    expect(st, "reserved byte 2 set", virtio_iommu_req_attach_check(buf, 24, &pr), &pr, VIRTIO_IOMMU_WIRE_NOTE, VIRTIO_IOMMU_WIRE_RESERVED, "head.reserved", 2);
    memcpy(buf, img, sizeof(buf));
    buf[3] = 0xa5;
    expect(st, "reserved byte 3 set", virtio_iommu_req_attach_check(buf, 24, &pr), &pr, VIRTIO_IOMMU_WIRE_NOTE, VIRTIO_IOMMU_WIRE_RESERVED, "head.reserved", 3);
    memcpy(buf, img, sizeof(buf));
    virtio_iommu_req_attach_set_flags(buf, 0x3U);
    expect(st, "unknown flag bit 1", virtio_iommu_req_attach_check(buf, 24, &pr), &pr, VIRTIO_IOMMU_WIRE_FLAGS, VIRTIO_IOMMU_WIRE_FLAGS, "flags", 12);
    memcpy(buf, img, sizeof(buf));
    virtio_iommu_req_attach_set_flags(buf, 0x5U);
    expect(st, "unknown flag bit 2", virtio_iommu_req_attach_check(buf, 24, &pr), &pr, VIRTIO_IOMMU_WIRE_FLAGS, VIRTIO_IOMMU_WIRE_FLAGS, "flags", 12);
    memcpy(buf, img, sizeof(buf));
    virtio_iommu_req_attach_set_flags(buf, 0x9U);
    expect(st, "unknown flag bit 3", virtio_iommu_req_attach_check(buf, 24, &pr), &pr, VIRTIO_IOMMU_WIRE_FLAGS, VIRTIO_IOMMU_WIRE_FLAGS, "flags", 12);
    memcpy(buf, img, sizeof(buf));
    virtio_iommu_req_attach_set_flags(buf, 0x11U);
    expect(st, "unknown flag bit 4", virtio_iommu_req_attach_check(buf, 24, &pr), &pr, VIRTIO_IOMMU_WIRE_FLAGS, VIRTIO_IOMMU_WIRE_FLAGS, "flags", 12);
    memcpy(buf, img, sizeof(buf));
    virtio_iommu_req_attach_set_flags(buf, 0x21U);
    expect(st, "unknown flag bit 5", virtio_iommu_req_attach_check(buf, 24, &pr), &pr, VIRTIO_IOMMU_WIRE_FLAGS, VIRTIO_IOMMU_WIRE_FLAGS, "flags", 12);
    memcpy(buf, img, sizeof(buf));
    virtio_iommu_req_attach_set_flags(buf, 0x41U);
    expect(st, "unknown flag bit 6", virtio_iommu_req_attach_check(buf, 24, &pr), &pr, VIRTIO_IOMMU_WIRE_FLAGS, VIRTIO_IOMMU_WIRE_FLAGS, "flags", 12);
    memcpy(buf, img, sizeof(buf));
    virtio_iommu_req_attach_set_flags(buf, 0x81U);
    expect(st, "unknown flag bit 7", virtio_iommu_req_attach_check(buf, 24, &pr), &pr, VIRTIO_IOMMU_WIRE_FLAGS, VIRTIO_IOMMU_WIRE_FLAGS, "flags", 12);
    memcpy(buf, img, sizeof(buf));
    virtio_iommu_req_attach_set_flags(buf, 0x101U);
    expect(st, "unknown flag bit 8", virtio_iommu_req_attach_check(buf, 24, &pr), &pr, VIRTIO_IOMMU_WIRE_FLAGS, VIRTIO_IOMMU_WIRE_FLAGS, "flags", 12);
    memcpy(buf, img, sizeof(buf));
    virtio_iommu_req_attach_set_flags(buf, 0x201U);
    expect(st, "unknown flag bit 9", virtio_iommu_req_attach_check(buf, 24, &pr), &pr, VIRTIO_IOMMU_WIRE_FLAGS, VIRTIO_IOMMU_WIRE_FLAGS, "flags", 12);
    memcpy(buf, img, sizeof(buf));
    virtio_iommu_req_attach_set_flags(buf, 0x401U);
    expect(st, "unknown flag bit 10", virtio_iommu_req_attach_check(buf, 24, &pr), &pr, VIRTIO_IOMMU_WIRE_FLAGS, VIRTIO_IOMMU_WIRE_FLAGS, "flags", 12);
    memcpy(buf, img, sizeof(buf));
    virtio_iommu_req_attach_set_flags(buf, 0x801U);
    expect(st, "unknown flag bit 11", virtio_iommu_req_attach_check(buf, 24, &pr), &pr, VIRTIO_IOMMU_WIRE_FLAGS, VIRTIO_IOMMU_WIRE_FLAGS, "flags", 12);
    memcpy(buf, img, sizeof(buf));
    virtio_iommu_req_attach_set_flags(buf, 0x1001U);
    expect(st, "unknown flag bit 12", virtio_iommu_req_attach_check(buf, 24, &pr), &pr, VIRTIO_IOMMU_WIRE_FLAGS, VIRTIO_IOMMU_WIRE_FLAGS, "flags", 12);
    memcpy(buf, img, sizeof(buf));
    virtio_iommu_req_attach_set_flags(buf, 0x2001U);
    expect(st, "unknown flag bit 13", virtio_iommu_req_attach_check(buf, 24, &pr), &pr, VIRTIO_IOMMU_WIRE_FLAGS, VIRTIO_IOMMU_WIRE_FLAGS, "flags", 12);
    memcpy(buf, img, sizeof(buf));
    virtio_iommu_req_attach_set_flags(buf, 0x4001U);
    expect(st, "unknown flag bit 14", virtio_iommu_req_attach_check(buf, 24, &pr), &pr, VIRTIO_IOMMU_WIRE_FLAGS, VIRTIO_IOMMU_WIRE_FLAGS, "flags", 12);
    memcpy(buf, img, sizeof(buf));
    virtio_iommu_req_attach_set_flags(buf, 0x8001U);
    expect(st, "unknown flag bit 15", virtio_iommu_req_attach_check(buf, 24, &pr), &pr, VIRTIO_IOMMU_WIRE_FLAGS, VIRTIO_IOMMU_WIRE_FLAGS, "flags", 12);
    memcpy(buf, img, sizeof(buf));
    virtio_iommu_req_attach_set_flags(buf, 0x10001U);
    expect(st, "unknown flag bit 16", virtio_iommu_req_attach_check(buf, 24, &pr), &pr, VIRTIO_IOMMU_WIRE_FLAGS, VIRTIO_IOMMU_WIRE_FLAGS, "flags", 12);
    memcpy(buf, img, sizeof(buf));
    virtio_iommu_req_attach_set_flags(buf, 0x20001U);
    expect(st, "unknown flag bit 17", virtio_iommu_req_attach_check(buf, 24, &pr), &pr, VIRTIO_IOMMU_WIRE_FLAGS, VIRTIO_IOMMU_WIRE_FLAGS, "flags", 12);
    memcpy(buf, img, sizeof(buf));
    virtio_iommu_req_attach_set_flags(buf, 0x40001U);
    expect(st, "unknown flag bit 18", virtio_iommu_req_attach_check(buf, 24, &pr), &pr, VIRTIO_IOMMU_WIRE_FLAGS, VIRTIO_IOMMU_WIRE_FLAGS, "flags", 12);
    memcpy(buf, img, sizeof(buf));
    virtio_iommu_req_attach_set_flags(buf, 0x80001U);
    expect(st, "unknown flag bit 19", virtio_iommu_req_attach_check(buf, 24, &pr), &pr, VIRTIO_IOMMU_WIRE_FLAGS, VIRTIO_IOMMU_WIRE_FLAGS, "flags", 12);
    memcpy(buf, img, sizeof(buf));
    virtio_iommu_req_attach_set_flags(buf, 0x100001U);
    expect(st, "unknown flag bit 20", virtio_iommu_req_attach_check(buf, 24, &pr), &pr, VIRTIO_IOMMU_WIRE_FLAGS, VIRTIO_IOMMU_WIRE_FLAGS, "flags", 12);
    memcpy(buf, img, sizeof(buf));
    virtio_iommu_req_attach_set_flags(buf, 0x200001U);
    expect(st, "unknown flag bit 21", virtio_iommu_req_attach_check(buf, 24, &pr), &pr, VIRTIO_IOMMU_WIRE_FLAGS, VIRTIO_IOMMU_WIRE_FLAGS, "flags", 12);
    memcpy(buf, img, sizeof(buf));
    virtio_iommu_req_attach_set_flags(buf, 0x400001U);
    expect(st, "unknown flag bit 22", virtio_iommu_req_attach_check(buf, 24, &pr), &pr, VIRTIO_IOMMU_WIRE_FLAGS, VIRTIO_IOMMU_WIRE_FLAGS, "flags", 12);
    memcpy(buf, img, sizeof(buf));
    virtio_iommu_req_attach_set_flags(buf, 0x800001U);
    expect(st, "unknown flag bit 23", virtio_iommu_req_attach_check(buf, 24, &pr), &pr, VIRTIO_IOMMU_WIRE_FLAGS, VIRTIO_IOMMU_WIRE_FLAGS, "flags", 12);
    memcpy(buf, img, sizeof(buf));
    virtio_iommu_req_attach_set_flags(buf, 0x1000001U);
    expect(st, "unknown flag bit 24", virtio_iommu_req_attach_check(buf, 24, &pr), &pr, VIRTIO_IOMMU_WIRE_FLAGS, VIRTIO_IOMMU_WIRE_FLAGS, "flags", 12);
    memcpy(buf, img, sizeof(buf));
    virtio_iommu_req_attach_set_flags(buf, 0x2000001U);
    expect(st, "unknown flag bit 25", virtio_iommu_req_attach_check(buf, 24, &pr), &pr, VIRTIO_IOMMU_WIRE_FLAGS, VIRTIO_IOMMU_WIRE_FLAGS, "flags", 12);
    memcpy(buf, img, sizeof(buf));
    virtio_iommu_req_attach_set_flags(buf, 0x4000001U);
    expect(st, "unknown flag bit 26", virtio_iommu_req_attach_check(buf, 24, &pr), &pr, VIRTIO_IOMMU_WIRE_FLAGS, VIRTIO_IOMMU_WIRE_FLAGS, "flags", 12);
    memcpy(buf, img, sizeof(buf));
    virtio_iommu_req_attach_set_flags(buf, 0x8000001U);
    expect(st, "unknown flag bit 27", virtio_iommu_req_attach_check(buf, 24, &pr), &pr, VIRTIO_IOMMU_WIRE_FLAGS, VIRTIO_IOMMU_WIRE_FLAGS, "flags", 12);
    memcpy(buf, img, sizeof(buf));
    virtio_iommu_req_attach_set_flags(buf, 0x10000001U);
    expect(st, "unknown flag bit 28", virtio_iommu_req_attach_check(buf, 24, &pr), &pr, VIRTIO_IOMMU_WIRE_FLAGS, VIRTIO_IOMMU_WIRE_FLAGS, "flags", 12);
    memcpy(buf, img, sizeof(buf));
    virtio_iommu_req_attach_set_flags(buf, 0x20000001U);
    expect(st, "unknown flag bit 29", virtio_iommu_req_attach_check(buf, 24, &pr), &pr, VIRTIO_IOMMU_WIRE_FLAGS, VIRTIO_IOMMU_WIRE_FLAGS, "flags", 12);
    memcpy(buf, img, sizeof(buf));
    virtio_iommu_req_attach_set_flags(buf, 0x40000001U);
    expect(st, "unknown flag bit 30", virtio_iommu_req_attach_check(buf, 24, &pr), &pr, VIRTIO_IOMMU_WIRE_FLAGS, VIRTIO_IOMMU_WIRE_FLAGS, "flags", 12);
    memcpy(buf, img, sizeof(buf));
    virtio_iommu_req_attach_set_flags(buf, 0x80000001U);
    expect(st, "unknown flag bit 31", virtio_iommu_req_attach_check(buf, 24, &pr), &pr, VIRTIO_IOMMU_WIRE_FLAGS, VIRTIO_IOMMU_WIRE_FLAGS, "flags", 12);
    memcpy(buf, img, sizeof(buf));
    buf[16] = 0xa5;
    expect(st, "reserved byte 16 set", virtio_iommu_req_attach_check(buf, 24, &pr), &pr, VIRTIO_IOMMU_WIRE_RESERVED, VIRTIO_IOMMU_WIRE_RESERVED, "reserved", 16);
    memcpy(buf, img, sizeof(buf));
    buf[17] = 0xa5;
    expect(st, "reserved byte 17 set", virtio_iommu_req_attach_check(buf, 24, &pr), &pr, VIRTIO_IOMMU_WIRE_RESERVED, VIRTIO_IOMMU_WIRE_RESERVED, "reserved", 17);
    memcpy(buf, img, sizeof(buf));
    buf[18] = 0xa5;
    expect(st, "reserved byte 18 set", virtio_iommu_req_attach_check(buf, 24, &pr), &pr, VIRTIO_IOMMU_WIRE_RESERVED, VIRTIO_IOMMU_WIRE_RESERVED, "reserved", 18);
    memcpy(buf, img, sizeof(buf));
    buf[19] = 0xa5;
    expect(st, "reserved byte 19 set", virtio_iommu_req_attach_check(buf, 24, &pr), &pr, VIRTIO_IOMMU_WIRE_RESERVED, VIRTIO_IOMMU_WIRE_RESERVED, "reserved", 19);
    /* every length short of VIRTIO_IOMMU_REQ_ATTACH_MIN_SIZE */
    expect(st, "length 0", virtio_iommu_req_attach_check(img, 0, &pr), &pr, VIRTIO_IOMMU_WIRE_SHORT, VIRTIO_IOMMU_WIRE_SHORT, "head.type", 0);
    expect(st, "length 1", virtio_iommu_req_attach_check(img, 1, &pr), &pr, VIRTIO_IOMMU_WIRE_SHORT, VIRTIO_IOMMU_WIRE_SHORT, "head.reserved", 1);
    expect(st, "length 2", virtio_iommu_req_attach_check(img, 2, &pr), &pr, VIRTIO_IOMMU_WIRE_SHORT, VIRTIO_IOMMU_WIRE_SHORT, "head.reserved", 2);
    expect(st, "length 3", virtio_iommu_req_attach_check(img, 3, &pr), &pr, VIRTIO_IOMMU_WIRE_SHORT, VIRTIO_IOMMU_WIRE_SHORT, "head.reserved", 3);
    expect(st, "length 4", virtio_iommu_req_attach_check(img, 4, &pr), &pr, VIRTIO_IOMMU_WIRE_SHORT, VIRTIO_IOMMU_WIRE_SHORT, "domain", 4);
    expect(st, "length 5", virtio_iommu_req_attach_check(img, 5, &pr), &pr, VIRTIO_IOMMU_WIRE_SHORT, VIRTIO_IOMMU_WIRE_SHORT, "domain", 5);
    expect(st, "length 6", virtio_iommu_req_attach_check(img, 6, &pr), &pr, VIRTIO_IOMMU_WIRE_SHORT, VIRTIO_IOMMU_WIRE_SHORT, "domain", 6);
    expect(st, "length 7", virtio_iommu_req_attach_check(img, 7, &pr), &pr, VIRTIO_IOMMU_WIRE_SHORT, VIRTIO_IOMMU_WIRE_SHORT, "domain", 7);
    expect(st, "length 8", virtio_iommu_req_attach_check(img, 8, &pr), &pr, VIRTIO_IOMMU_WIRE_SHORT, VIRTIO_IOMMU_WIRE_SHORT, "endpoint", 8);
    expect(st, "length 9", virtio_iommu_req_attach_check(img, 9, &pr), &pr, VIRTIO_IOMMU_WIRE_SHORT, VIRTIO_IOMMU_WIRE_SHORT, "endpoint", 9);
    expect(st, "length 10", virtio_iommu_req_attach_check(img, 10, &pr), &pr, VIRTIO_IOMMU_WIRE_SHORT, VIRTIO_IOMMU_WIRE_SHORT, "endpoint", 10);
    expect(st, "length 11", virtio_iommu_req_attach_check(img, 11, &pr), &pr, VIRTIO_IOMMU_WIRE_SHORT, VIRTIO_IOMMU_WIRE_SHORT, "endpoint", 11);
    expect(st, "length 12", virtio_iommu_req_attach_check(img, 12, &pr), &pr, VIRTIO_IOMMU_WIRE_SHORT, VIRTIO_IOMMU_WIRE_SHORT, "flags", 12);
    expect(st, "length 13", virtio_iommu_req_attach_check(img, 13, &pr), &pr, VIRTIO_IOMMU_WIRE_SHORT, VIRTIO_IOMMU_WIRE_SHORT, "flags", 13);
    expect(st, "length 14", virtio_iommu_req_attach_check(img, 14, &pr), &pr, VIRTIO_IOMMU_WIRE_SHORT, VIRTIO_IOMMU_WIRE_SHORT, "flags", 14);
    expect(st, "length 15", virtio_iommu_req_attach_check(img, 15, &pr), &pr, VIRTIO_IOMMU_WIRE_SHORT, VIRTIO_IOMMU_WIRE_SHORT, "flags", 15);
    expect(st, "length 16", virtio_iommu_req_attach_check(img, 16, &pr), &pr, VIRTIO_IOMMU_WIRE_SHORT, VIRTIO_IOMMU_WIRE_SHORT, "reserved", 16);
    expect(st, "length 17", virtio_iommu_req_attach_check(img, 17, &pr), &pr, VIRTIO_IOMMU_WIRE_SHORT, VIRTIO_IOMMU_WIRE_SHORT, "reserved", 17);
    expect(st, "length 18", virtio_iommu_req_attach_check(img, 18, &pr), &pr, VIRTIO_IOMMU_WIRE_SHORT, VIRTIO_IOMMU_WIRE_SHORT, "reserved", 18);
    expect(st, "length 19", virtio_iommu_req_attach_check(img, 19, &pr), &pr, VIRTIO_IOMMU_WIRE_SHORT, VIRTIO_IOMMU_WIRE_SHORT, "reserved", 19);
    /* plain struct assignment with byte-order conversions of the test's own */
    checks++;
    if (sizeof(s) != 24)
        fail(st, "sizeof", "differs from the image");
    else {
        memset(&s, 0, sizeof(s));
        s.head.type = 0x5U;
        s.head.reserved[0] = 0x0U;
        s.head.reserved[1] = 0x0U;
        s.head.reserved[2] = 0x0U;
        s.domain = t_le32(0x87868584U);
        s.endpoint = t_le32(0x8b8a8988U);
        s.flags = t_le32(0x1U);
        s.reserved[0] = 0x0U;
        s.reserved[1] = 0x0U;
        s.reserved[2] = 0x0U;
        s.reserved[3] = 0x0U;
        s.tail.status = 0x8U;
        s.tail.reserved[0] = 0x0U;
        s.tail.reserved[1] = 0x0U;
        s.tail.reserved[2] = 0x0U;
        same_bytes(st, "struct assignment", (const unsigned char *)&s, img, 24, field_of);
    }
}

static void test_virtio_iommu_req_detach(void)
{
    static const char st[] = "virtio_iommu_req_detach";
    static const char *const field_of[24] = {
        "head.type", "head.reserved[0]", "head.reserved[1]", "head.reserved[2]",
        "domain", "domain", "domain", "domain",
        "endpoint", "endpoint", "endpoint", "endpoint",
        "reserved[0]", "reserved[1]", "reserved[2]", "reserved[3]",
        "reserved[4]", "reserved[5]", "reserved[6]", "reserved[7]",
        "tail.status", "tail.reserved[0]", "tail.reserved[1]", "tail.reserved[2]",
    };
    static const unsigned char le[24] = {
        0x05, 0x00, 0x00, 0x00, 0x84, 0x85, 0x86, 0x87, 0x88, 0x89, 0x8a, 0x8b,
        0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x08, 0x00, 0x00, 0x00
    };
    static const unsigned char be[24] = {
        0x05, 0x00, 0x00, 0x00, 0x84, 0x85, 0x86, 0x87, 0x88, 0x89, 0x8a, 0x8b,
        0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x08, 0x00, 0x00, 0x00
    };
    const unsigned char *img = big_endian ? be : le;
    unsigned char buf[24];
    struct virtio_iommu_wire_problem pr;
    struct virtio_iommu_req_detach s;

    memset(&pr, 0, sizeof(pr));
    /* encode with the helpers, over a buffer of 0x5a */
    memset(buf, 0x5a, sizeof(buf));
    virtio_iommu_req_detach_set_head_type(buf, 0x5U);
    virtio_iommu_req_detach_set_head_reserved(buf, 0, 0x0U);
    virtio_iommu_req_detach_set_head_reserved(buf, 1, 0x0U);
    virtio_iommu_req_detach_set_head_reserved(buf, 2, 0x0U);
    virtio_iommu_req_detach_set_domain(buf, 0x87868584U);
    virtio_iommu_req_detach_set_endpoint(buf, 0x8b8a8988U);
    virtio_iommu_req_detach_set_reserved(buf, 0, 0x0U);
    virtio_iommu_req_detach_set_reserved(buf, 1, 0x0U);
    virtio_iommu_req_detach_set_reserved(buf, 2, 0x0U);
    virtio_iommu_req_detach_set_reserved(buf, 3, 0x0U);
    virtio_iommu_req_detach_set_reserved(buf, 4, 0x0U);
    virtio_iommu_req_detach_set_reserved(buf, 5, 0x0U);
    virtio_iommu_req_detach_set_reserved(buf, 6, 0x0U);
    virtio_iommu_req_detach_set_reserved(buf, 7, 0x0U);
    virtio_iommu_req_detach_set_tail_status(buf, 0x8U);
    virtio_iommu_req_detach_set_tail_reserved(buf, 0, 0x0U);
    virtio_iommu_req_detach_set_tail_reserved(buf, 1, 0x0U);
    virtio_iommu_req_detach_set_tail_reserved(buf, 2, 0x0U);
    same_bytes(st, "encoded", buf, img, 24, field_of);
    /* decode the image */
    same_value(st, "head.type", "get", virtio_iommu_req_detach_get_head_type(img), UINT64_C(0x5));
    same_value(st, "head.reserved[0]", "get", virtio_iommu_req_detach_get_head_reserved(img, 0), UINT64_C(0x0));
    same_value(st, "head.reserved[1]", "get", virtio_iommu_req_detach_get_head_reserved(img, 1), UINT64_C(0x0));
    same_value(st, "head.reserved[2]", "get", virtio_iommu_req_detach_get_head_reserved(img, 2), UINT64_C(0x0));
    same_value(st, "domain", "get", virtio_iommu_req_detach_get_domain(img), UINT64_C(0x87868584));
    same_value(st, "endpoint", "get", virtio_iommu_req_detach_get_endpoint(img), UINT64_C(0x8b8a8988));
    same_value(st, "reserved[0]", "get", virtio_iommu_req_detach_get_reserved(img, 0), UINT64_C(0x0));
    same_value(st, "reserved[1]", "get", virtio_iommu_req_detach_get_reserved(img, 1), UINT64_C(0x0));
    same_value(st, "reserved[2]", "get", virtio_iommu_req_detach_get_reserved(img, 2), UINT64_C(0x0));
    same_value(st, "reserved[3]", "get", virtio_iommu_req_detach_get_reserved(img, 3), UINT64_C(0x0));
    same_value(st, "reserved[4]", "get", virtio_iommu_req_detach_get_reserved(img, 4), UINT64_C(0x0));
    same_value(st, "reserved[5]", "get", virtio_iommu_req_detach_get_reserved(img, 5), UINT64_C(0x0));
    same_value(st, "reserved[6]", "get", virtio_iommu_req_detach_get_reserved(img, 6), UINT64_C(0x0));
    same_value(st, "reserved[7]", "get", virtio_iommu_req_detach_get_reserved(img, 7), UINT64_C(0x0));
    same_value(st, "tail.status", "get", virtio_iommu_req_detach_get_tail_status(img), UINT64_C(0x8));
    same_value(st, "tail.reserved[0]", "get", virtio_iommu_req_detach_get_tail_reserved(img, 0), UINT64_C(0x0));
    same_value(st, "tail.reserved[1]", "get", virtio_iommu_req_detach_get_tail_reserved(img, 1), UINT64_C(0x0));
    same_value(st, "tail.reserved[2]", "get", virtio_iommu_req_detach_get_tail_reserved(img, 2), UINT64_C(0x0));
    /* the image passes its check with nothing to report */
    expect(st, "golden image", virtio_iommu_req_detach_check(img, 24, &pr), &pr, VIRTIO_IOMMU_WIRE_OK, 0, "", 0);
    /* bytes the receiver writes are not looked at */
    memcpy(buf, img, sizeof(buf));
    buf[20] = 0xff;
    buf[21] = 0xff;
    buf[22] = 0xff;
    buf[23] = 0xff;
    expect(st, "reply bytes set", virtio_iommu_req_detach_check(buf, 24, &pr), &pr, VIRTIO_IOMMU_WIRE_OK, 0, "", 0);
    memcpy(buf, img, sizeof(buf));
    virtio_iommu_req_detach_set_head_type(buf, 0x0U);
    expect(st, "value 0", virtio_iommu_req_detach_check(buf, 24, &pr), &pr, VIRTIO_IOMMU_WIRE_VALUE, VIRTIO_IOMMU_WIRE_VALUE, "head.type", 0);
    memcpy(buf, img, sizeof(buf));
    virtio_iommu_req_detach_set_head_type(buf, 0x6U);
    expect(st, "value 6", virtio_iommu_req_detach_check(buf, 24, &pr), &pr, VIRTIO_IOMMU_WIRE_VALUE, VIRTIO_IOMMU_WIRE_VALUE, "head.type", 0);
    memcpy(buf, img, sizeof(buf));
    virtio_iommu_req_detach_set_head_type(buf, 0xffU);
    expect(st, "value 255", virtio_iommu_req_detach_check(buf, 24, &pr), &pr, VIRTIO_IOMMU_WIRE_VALUE, VIRTIO_IOMMU_WIRE_VALUE, "head.type", 0);
    memcpy(buf, img, sizeof(buf));
    buf[1] = 0xa5;
    expect(st, "reserved byte 1 set", virtio_iommu_req_detach_check(buf, 24, &pr), &pr, VIRTIO_IOMMU_WIRE_NOTE, VIRTIO_IOMMU_WIRE_RESERVED, "head.reserved", 1);
    memcpy(buf, img, sizeof(buf));
    buf[2] = 0xa5;
    expect(st, "reserved byte 2 set", virtio_iommu_req_detach_check(buf, 24, &pr), &pr, VIRTIO_IOMMU_WIRE_NOTE, VIRTIO_IOMMU_WIRE_RESERVED, "head.reserved", 2);
    memcpy(buf, img, sizeof(buf));
    buf[3] = 0xa5;
    expect(st, "reserved byte 3 set", virtio_iommu_req_detach_check(buf, 24, &pr), &pr, VIRTIO_IOMMU_WIRE_NOTE, VIRTIO_IOMMU_WIRE_RESERVED, "head.reserved", 3);
    memcpy(buf, img, sizeof(buf));
    buf[12] = 0xa5;
    expect(st, "reserved byte 12 set", virtio_iommu_req_detach_check(buf, 24, &pr), &pr, VIRTIO_IOMMU_WIRE_NOTE, VIRTIO_IOMMU_WIRE_RESERVED, "reserved", 12);
    memcpy(buf, img, sizeof(buf));
    buf[13] = 0xa5;
    expect(st, "reserved byte 13 set", virtio_iommu_req_detach_check(buf, 24, &pr), &pr, VIRTIO_IOMMU_WIRE_NOTE, VIRTIO_IOMMU_WIRE_RESERVED, "reserved", 13);
    memcpy(buf, img, sizeof(buf));
    buf[14] = 0xa5;
    expect(st, "reserved byte 14 set", virtio_iommu_req_detach_check(buf, 24, &pr), &pr, VIRTIO_IOMMU_WIRE_NOTE, VIRTIO_IOMMU_WIRE_RESERVED, "reserved", 14);
    memcpy(buf, img, sizeof(buf));
    buf[15] = 0xa5;
    expect(st, "reserved byte 15 set", virtio_iommu_req_detach_check(buf, 24, &pr), &pr, VIRTIO_IOMMU_WIRE_NOTE, VIRTIO_IOMMU_WIRE_RESERVED, "reserved", 15);
    memcpy(buf, img, sizeof(buf));
    buf[16] = 0xa5;
    expect(st, "reserved byte 16 set", virtio_iommu_req_detach_check(buf, 24, &pr), &pr, VIRTIO_IOMMU_WIRE_NOTE, VIRTIO_IOMMU_WIRE_RESERVED, "reserved", 16);
    memcpy(buf, img, sizeof(buf));
    buf[17] = 0xa5;
    expect(st, "reserved byte 17 set", virtio_iommu_req_detach_check(buf, 24, &pr), &pr, VIRTIO_IOMMU_WIRE_NOTE, VIRTIO_IOMMU_WIRE_RESERVED, "reserved", 17);
    memcpy(buf, img, sizeof(buf));
    buf[18] = 0xa5;
    expect(st, "reserved byte 18 set", virtio_iommu_req_detach_check(buf, 24, &pr), &pr, VIRTIO_IOMMU_WIRE_NOTE, VIRTIO_IOMMU_WIRE_RESERVED, "reserved", 18);
    memcpy(buf, img, sizeof(buf));
    buf[19] = 0xa5;
    expect(st, "reserved byte 19 set", virtio_iommu_req_detach_check(buf, 24, &pr), &pr, VIRTIO_IOMMU_WIRE_NOTE, VIRTIO_IOMMU_WIRE_RESERVED, "reserved", 19);
    /* every length short of VIRTIO_IOMMU_REQ_DETACH_MIN_SIZE */
    expect(st, "length 0", virtio_iommu_req_detach_check(img, 0, &pr), &pr, VIRTIO_IOMMU_WIRE_SHORT, VIRTIO_IOMMU_WIRE_SHORT, "head.type", 0);
    expect(st, "length 1", virtio_iommu_req_detach_check(img, 1, &pr), &pr, VIRTIO_IOMMU_WIRE_SHORT, VIRTIO_IOMMU_WIRE_SHORT, "head.reserved", 1);
    expect(st, "length 2", virtio_iommu_req_detach_check(img, 2, &pr), &pr, VIRTIO_IOMMU_WIRE_SHORT, VIRTIO_IOMMU_WIRE_SHORT, "head.reserved", 2);
    expect(st, "length 3", virtio_iommu_req_detach_check(img, 3, &pr), &pr, VIRTIO_IOMMU_WIRE_SHORT, VIRTIO_IOMMU_WIRE_SHORT, "head.reserved", 3);
    expect(st, "length 4", virtio_iommu_req_detach_check(img, 4, &pr), &pr, VIRTIO_IOMMU_WIRE_SHORT, VIRTIO_IOMMU_WIRE_SHORT, "domain", 4);
    expect(st, "length 5", virtio_iommu_req_detach_check(img, 5, &pr), &pr, VIRTIO_IOMMU_WIRE_SHORT, VIRTIO_IOMMU_WIRE_SHORT, "domain", 5);
    expect(st, "length 6", virtio_iommu_req_detach_check(img, 6, &pr), &pr, VIRTIO_IOMMU_WIRE_SHORT, VIRTIO_IOMMU_WIRE_SHORT, "domain", 6);
    expect(st, "length 7", virtio_iommu_req_detach_check(img, 7, &pr), &pr, VIRTIO_IOMMU_WIRE_SHORT, VIRTIO_IOMMU_WIRE_SHORT, "domain", 7);
    expect(st, "length 8", virtio_iommu_req_detach_check(img, 8, &pr), &pr, VIRTIO_IOMMU_WIRE_SHORT, VIRTIO_IOMMU_WIRE_SHORT, "endpoint", 8);
    expect(st, "length 9", virtio_iommu_req_detach_check(img, 9, &pr), &pr, VIRTIO_IOMMU_WIRE_SHORT, VIRTIO_IOMMU_WIRE_SHORT, "endpoint", 9);
    expect(st, "length 10", virtio_iommu_req_detach_check(img, 10, &pr), &pr, VIRTIO_IOMMU_WIRE_SHORT, VIRTIO_IOMMU_WIRE_SHORT, "endpoint", 10);
    expect(st, "length 11", virtio_iommu_req_detach_check(img, 11, &pr), &pr, VIRTIO_IOMMU_WIRE_SHORT, VIRTIO_IOMMU_WIRE_SHORT, "endpoint", 11);
    expect(st, "length 12", virtio_iommu_req_detach_check(img, 12, &pr), &pr, VIRTIO_IOMMU_WIRE_SHORT, VIRTIO_IOMMU_WIRE_SHORT, "reserved", 12);
    expect(st, "length 13", virtio_iommu_req_detach_check(img, 13, &pr), &pr, VIRTIO_IOMMU_WIRE_SHORT, VIRTIO_IOMMU_WIRE_SHORT, "reserved", 13);
    expect(st, "length 14", virtio_iommu_req_detach_check(img, 14, &pr), &pr, VIRTIO_IOMMU_WIRE_SHORT, VIRTIO_IOMMU_WIRE_SHORT, "reserved", 14);
    expect(st, "length 15", virtio_iommu_req_detach_check(img, 15, &pr), &pr, VIRTIO_IOMMU_WIRE_SHORT, VIRTIO_IOMMU_WIRE_SHORT, "reserved", 15);
    expect(st, "length 16", virtio_iommu_req_detach_check(img, 16, &pr), &pr, VIRTIO_IOMMU_WIRE_SHORT, VIRTIO_IOMMU_WIRE_SHORT, "reserved", 16);
    expect(st, "length 17", virtio_iommu_req_detach_check(img, 17, &pr), &pr, VIRTIO_IOMMU_WIRE_SHORT, VIRTIO_IOMMU_WIRE_SHORT, "reserved", 17);
    expect(st, "length 18", virtio_iommu_req_detach_check(img, 18, &pr), &pr, VIRTIO_IOMMU_WIRE_SHORT, VIRTIO_IOMMU_WIRE_SHORT, "reserved", 18);
    expect(st, "length 19", virtio_iommu_req_detach_check(img, 19, &pr), &pr, VIRTIO_IOMMU_WIRE_SHORT, VIRTIO_IOMMU_WIRE_SHORT, "reserved", 19);
    /* plain struct assignment with byte-order conversions of the test's own */
    checks++;
    if (sizeof(s) != 24)
        fail(st, "sizeof", "differs from the image");
    else {
        memset(&s, 0, sizeof(s));
        s.head.type = 0x5U;
        s.head.reserved[0] = 0x0U;
        s.head.reserved[1] = 0x0U;
        s.head.reserved[2] = 0x0U;
        s.domain = t_le32(0x87868584U);
        s.endpoint = t_le32(0x8b8a8988U);
        s.reserved[0] = 0x0U;
        s.reserved[1] = 0x0U;
        s.reserved[2] = 0x0U;
        s.reserved[3] = 0x0U;
        s.reserved[4] = 0x0U;
        s.reserved[5] = 0x0U;
        s.reserved[6] = 0x0U;
        s.reserved[7] = 0x0U;
        s.tail.status = 0x8U;
        s.tail.reserved[0] = 0x0U;
        s.tail.reserved[1] = 0x0U;
        s.tail.reserved[2] = 0x0U;
        same_bytes(st, "struct assignment", (const unsigned char *)&s, img, 24, field_of);
    }
}

static void test_virtio_iommu_req_map(void)
{
    static const char st[] = "virtio_iommu_req_map";
    static const char *const field_of[40] = {
        "head.type", "head.reserved[0]", "head.reserved[1]", "head.reserved[2]",
        "domain", "domain", "domain", "domain",
        "virt_start", "virt_start", "virt_start", "virt_start",
        "virt_start", "virt_start", "virt_start", "virt_start",
        "virt_end", "virt_end", "virt_end", "virt_end",
        "virt_end", "virt_end", "virt_end", "virt_end",
        "phys_start", "phys_start", "phys_start", "phys_start",
        "phys_start", "phys_start", "phys_start", "phys_start",
        "flags", "flags", "flags", "flags",
        "tail.status", "tail.reserved[0]", "tail.reserved[1]", "tail.reserved[2]",
    };
    static const unsigned char le[40] = {
        0x05, 0x00, 0x00, 0x00, 0x84, 0x85, 0x86, 0x87, 0x88, 0x89, 0x8a, 0x8b,
        0x8c, 0x8d, 0x8e, 0x8f, 0x90, 0x91, 0x92, 0x93, 0x94, 0x95, 0x96, 0x97,
        0x98, 0x99, 0x9a, 0x9b, 0x9c, 0x9d, 0x9e, 0x9f, 0x07, 0x00, 0x00, 0x00,
        0x08, 0x00, 0x00, 0x00
    };
    static const unsigned char be[40] = {
        0x05, 0x00, 0x00, 0x00, 0x84, 0x85, 0x86, 0x87, 0x88, 0x89, 0x8a, 0x8b,
        0x8c, 0x8d, 0x8e, 0x8f, 0x90, 0x91, 0x92, 0x93, 0x94, 0x95, 0x96, 0x97,
        0x98, 0x99, 0x9a, 0x9b, 0x9c, 0x9d, 0x9e, 0x9f, 0x07, 0x00, 0x00, 0x00,
        0x08, 0x00, 0x00, 0x00
    };
    const unsigned char *img = big_endian ? be : le;
    unsigned char buf[40];
    struct virtio_iommu_wire_problem pr;
    struct virtio_iommu_req_map s;

    memset(&pr, 0, sizeof(pr));
    /* encode with the helpers, over a buffer of 0x5a */
    memset(buf, 0x5a, sizeof(buf));
    virtio_iommu_req_map_set_head_type(buf, 0x5U);
    virtio_iommu_req_map_set_head_reserved(buf, 0, 0x0U);
    virtio_iommu_req_map_set_head_reserved(buf, 1, 0x0U);
    virtio_iommu_req_map_set_head_reserved(buf, 2, 0x0U);
    virtio_iommu_req_map_set_domain(buf, 0x87868584U);
    virtio_iommu_req_map_set_virt_start(buf, UINT64_C(0x8f8e8d8c8b8a8988));
    virtio_iommu_req_map_set_virt_end(buf, UINT64_C(0x9796959493929190));
    virtio_iommu_req_map_set_phys_start(buf, UINT64_C(0x9f9e9d9c9b9a9998));
    virtio_iommu_req_map_set_flags(buf, 0x7U);
    virtio_iommu_req_map_set_tail_status(buf, 0x8U);
    virtio_iommu_req_map_set_tail_reserved(buf, 0, 0x0U);
    virtio_iommu_req_map_set_tail_reserved(buf, 1, 0x0U);
    virtio_iommu_req_map_set_tail_reserved(buf, 2, 0x0U);
    same_bytes(st, "encoded", buf, img, 40, field_of);
    /* decode the image */
    same_value(st, "head.type", "get", virtio_iommu_req_map_get_head_type(img), UINT64_C(0x5));
    same_value(st, "head.reserved[0]", "get", virtio_iommu_req_map_get_head_reserved(img, 0), UINT64_C(0x0));
    same_value(st, "head.reserved[1]", "get", virtio_iommu_req_map_get_head_reserved(img, 1), UINT64_C(0x0));
    same_value(st, "head.reserved[2]", "get", virtio_iommu_req_map_get_head_reserved(img, 2), UINT64_C(0x0));
    same_value(st, "domain", "get", virtio_iommu_req_map_get_domain(img), UINT64_C(0x87868584));
    same_value(st, "virt_start", "get", virtio_iommu_req_map_get_virt_start(img), UINT64_C(0x8f8e8d8c8b8a8988));
    same_value(st, "virt_end", "get", virtio_iommu_req_map_get_virt_end(img), UINT64_C(0x9796959493929190));
    same_value(st, "phys_start", "get", virtio_iommu_req_map_get_phys_start(img), UINT64_C(0x9f9e9d9c9b9a9998));
    same_value(st, "flags", "get", virtio_iommu_req_map_get_flags(img), UINT64_C(0x7));
    same_value(st, "tail.status", "get", virtio_iommu_req_map_get_tail_status(img), UINT64_C(0x8));
    same_value(st, "tail.reserved[0]", "get", virtio_iommu_req_map_get_tail_reserved(img, 0), UINT64_C(0x0));
    same_value(st, "tail.reserved[1]", "get", virtio_iommu_req_map_get_tail_reserved(img, 1), UINT64_C(0x0));
    same_value(st, "tail.reserved[2]", "get", virtio_iommu_req_map_get_tail_reserved(img, 2), UINT64_C(0x0));
    /* the image passes its check with nothing to report */
    expect(st, "golden image", virtio_iommu_req_map_check(img, 40, &pr), &pr, VIRTIO_IOMMU_WIRE_OK, 0, "", 0);
    /* bytes the receiver writes are not looked at */
    memcpy(buf, img, sizeof(buf));
    buf[36] = 0xff;
    buf[37] = 0xff;
    buf[38] = 0xff;
    buf[39] = 0xff;
    expect(st, "reply bytes set", virtio_iommu_req_map_check(buf, 40, &pr), &pr, VIRTIO_IOMMU_WIRE_OK, 0, "", 0);
    memcpy(buf, img, sizeof(buf));
    virtio_iommu_req_map_set_head_type(buf, 0x0U);
    expect(st, "value 0", virtio_iommu_req_map_check(buf, 40, &pr), &pr, VIRTIO_IOMMU_WIRE_VALUE, VIRTIO_IOMMU_WIRE_VALUE, "head.type", 0);
    memcpy(buf, img, sizeof(buf));
    virtio_iommu_req_map_set_head_type(buf, 0x6U);
    expect(st, "value 6", virtio_iommu_req_map_check(buf, 40, &pr), &pr, VIRTIO_IOMMU_WIRE_VALUE, VIRTIO_IOMMU_WIRE_VALUE, "head.type", 0);
    memcpy(buf, img, sizeof(buf));
    virtio_iommu_req_map_set_head_type(buf, 0xffU);
    expect(st, "value 255", virtio_iommu_req_map_check(buf, 40, &pr), &pr, VIRTIO_IOMMU_WIRE_VALUE, VIRTIO_IOMMU_WIRE_VALUE, "head.type", 0);
    memcpy(buf, img, sizeof(buf));
    buf[1] = 0xa5;
    expect(st, "reserved byte 1 set", virtio_iommu_req_map_check(buf, 40, &pr), &pr, VIRTIO_IOMMU_WIRE_NOTE, VIRTIO_IOMMU_WIRE_RESERVED, "head.reserved", 1);
    memcpy(buf, img, sizeof(buf));
    buf[2] = 0xa5;
    expect(st, "reserved byte 2 set", virtio_iommu_req_map_check(buf, 40, &pr), &pr, VIRTIO_IOMMU_WIRE_NOTE, VIRTIO_IOMMU_WIRE_RESERVED, "head.reserved", 2);
    memcpy(buf, img, sizeof(buf));
    buf[3] = 0xa5;
    expect(st, "reserved byte 3 set", virtio_iommu_req_map_check(buf, 40, &pr), &pr, VIRTIO_IOMMU_WIRE_NOTE, VIRTIO_IOMMU_WIRE_RESERVED, "head.reserved", 3);
    memcpy(buf, img, sizeof(buf));
    virtio_iommu_req_map_set_flags(buf, 0xfU);
    expect(st, "unknown flag bit 3", virtio_iommu_req_map_check(buf, 40, &pr), &pr, VIRTIO_IOMMU_WIRE_FLAGS, VIRTIO_IOMMU_WIRE_FLAGS, "flags", 32);
    memcpy(buf, img, sizeof(buf));
    virtio_iommu_req_map_set_flags(buf, 0x17U);
    expect(st, "unknown flag bit 4", virtio_iommu_req_map_check(buf, 40, &pr), &pr, VIRTIO_IOMMU_WIRE_FLAGS, VIRTIO_IOMMU_WIRE_FLAGS, "flags", 32);
    memcpy(buf, img, sizeof(buf));
    virtio_iommu_req_map_set_flags(buf, 0x27U);
    expect(st, "unknown flag bit 5", virtio_iommu_req_map_check(buf, 40, &pr), &pr, VIRTIO_IOMMU_WIRE_FLAGS, VIRTIO_IOMMU_WIRE_FLAGS, "flags", 32);
    memcpy(buf, img, sizeof(buf));
    virtio_iommu_req_map_set_flags(buf, 0x47U);
    expect(st, "unknown flag bit 6", virtio_iommu_req_map_check(buf, 40, &pr), &pr, VIRTIO_IOMMU_WIRE_FLAGS, VIRTIO_IOMMU_WIRE_FLAGS, "flags", 32);
    memcpy(buf, img, sizeof(buf));
    virtio_iommu_req_map_set_flags(buf, 0x87U);
    expect(st, "unknown flag bit 7", virtio_iommu_req_map_check(buf, 40, &pr), &pr, VIRTIO_IOMMU_WIRE_FLAGS, VIRTIO_IOMMU_WIRE_FLAGS, "flags", 32);
    memcpy(buf, img, sizeof(buf));
    virtio_iommu_req_map_set_flags(buf, 0x107U);
    expect(st, "unknown flag bit 8", virtio_iommu_req_map_check(buf, 40, &pr), &pr, VIRTIO_IOMMU_WIRE_FLAGS, VIRTIO_IOMMU_WIRE_FLAGS, "flags", 32);
    memcpy(buf, img, sizeof(buf));
    virtio_iommu_req_map_set_flags(buf, 0x207U);
    expect(st, "unknown flag bit 9", virtio_iommu_req_map_check(buf, 40, &pr), &pr, VIRTIO_IOMMU_WIRE_FLAGS, VIRTIO_IOMMU_WIRE_FLAGS, "flags", 32);
    memcpy(buf, img, sizeof(buf));
    virtio_iommu_req_map_set_flags(buf, 0x407U);
    expect(st, "unknown flag bit 10", virtio_iommu_req_map_check(buf, 40, &pr), &pr, VIRTIO_IOMMU_WIRE_FLAGS, VIRTIO_IOMMU_WIRE_FLAGS, "flags", 32);
    memcpy(buf, img, sizeof(buf));
    virtio_iommu_req_map_set_flags(buf, 0x807U);
    expect(st, "unknown flag bit 11", virtio_iommu_req_map_check(buf, 40, &pr), &pr, VIRTIO_IOMMU_WIRE_FLAGS, VIRTIO_IOMMU_WIRE_FLAGS, "flags", 32);
    memcpy(buf, img, sizeof(buf));
    virtio_iommu_req_map_set_flags(buf, 0x1007U);
    expect(st, "unknown flag bit 12", virtio_iommu_req_map_check(buf, 40, &pr), &pr, VIRTIO_IOMMU_WIRE_FLAGS, VIRTIO_IOMMU_WIRE_FLAGS, "flags", 32);
    memcpy(buf, img, sizeof(buf));
    virtio_iommu_req_map_set_flags(buf, 0x2007U);
    expect(st, "unknown flag bit 13", virtio_iommu_req_map_check(buf, 40, &pr), &pr, VIRTIO_IOMMU_WIRE_FLAGS, VIRTIO_IOMMU_WIRE_FLAGS, "flags", 32);
    memcpy(buf, img, sizeof(buf));
    virtio_iommu_req_map_set_flags(buf, 0x4007U);
    expect(st, "unknown flag bit 14", virtio_iommu_req_map_check(buf, 40, &pr), &pr, VIRTIO_IOMMU_WIRE_FLAGS, VIRTIO_IOMMU_WIRE_FLAGS, "flags", 32);
    memcpy(buf, img, sizeof(buf));
    virtio_iommu_req_map_set_flags(buf, 0x8007U);
    expect(st, "unknown flag bit 15", virtio_iommu_req_map_check(buf, 40, &pr), &pr, VIRTIO_IOMMU_WIRE_FLAGS, VIRTIO_IOMMU_WIRE_FLAGS, "flags", 32);
    memcpy(buf, img, sizeof(buf));
    virtio_iommu_req_map_set_flags(buf, 0x10007U);
    expect(st, "unknown flag bit 16", virtio_iommu_req_map_check(buf, 40, &pr), &pr, VIRTIO_IOMMU_WIRE_FLAGS, VIRTIO_IOMMU_WIRE_FLAGS, "flags", 32);
    memcpy(buf, img, sizeof(buf));
    virtio_iommu_req_map_set_flags(buf, 0x20007U);
    expect(st, "unknown flag bit 17", virtio_iommu_req_map_check(buf, 40, &pr), &pr, VIRTIO_IOMMU_WIRE_FLAGS, VIRTIO_IOMMU_WIRE_FLAGS, "flags", 32);
    memcpy(buf, img, sizeof(buf));
    virtio_iommu_req_map_set_flags(buf, 0x40007U);
    expect(st, "unknown flag bit 18", virtio_iommu_req_map_check(buf, 40, &pr), &pr, VIRTIO_IOMMU_WIRE_FLAGS, VIRTIO_IOMMU_WIRE_FLAGS, "flags", 32);
    memcpy(buf, img, sizeof(buf));
    virtio_iommu_req_map_set_flags(buf, 0x80007U);
    expect(st, "unknown flag bit 19", virtio_iommu_req_map_check(buf, 40, &pr), &pr, VIRTIO_IOMMU_WIRE_FLAGS, VIRTIO_IOMMU_WIRE_FLAGS, "flags", 32);
    memcpy(buf, img, sizeof(buf));
    virtio_iommu_req_map_set_flags(buf, 0x100007U);
    expect(st, "unknown flag bit 20", virtio_iommu_req_map_check(buf, 40, &pr), &pr, VIRTIO_IOMMU_WIRE_FLAGS, VIRTIO_IOMMU_WIRE_FLAGS, "flags", 32);
    memcpy(buf, img, sizeof(buf));
    virtio_iommu_req_map_set_flags(buf, 0x200007U);
    expect(st, "unknown flag bit 21", virtio_iommu_req_map_check(buf, 40, &pr), &pr, VIRTIO_IOMMU_WIRE_FLAGS, VIRTIO_IOMMU_WIRE_FLAGS, "flags", 32);
    memcpy(buf, img, sizeof(buf));
    virtio_iommu_req_map_set_flags(buf, 0x400007U);
    expect(st, "unknown flag bit 22", virtio_iommu_req_map_check(buf, 40, &pr), &pr, VIRTIO_IOMMU_WIRE_FLAGS, VIRTIO_IOMMU_WIRE_FLAGS, "flags", 32);
    memcpy(buf, img, sizeof(buf));
    virtio_iommu_req_map_set_flags(buf, 0x800007U);
    expect(st, "unknown flag bit 23", virtio_iommu_req_map_check(buf, 40, &pr), &pr, VIRTIO_IOMMU_WIRE_FLAGS, VIRTIO_IOMMU_WIRE_FLAGS, "flags", 32);
    memcpy(buf, img, sizeof(buf));
    virtio_iommu_req_map_set_flags(buf, 0x1000007U);
    expect(st, "unknown flag bit 24", virtio_iommu_req_map_check(buf, 40, &pr), &pr, VIRTIO_IOMMU_WIRE_FLAGS, VIRTIO_IOMMU_WIRE_FLAGS, "flags", 32);
    memcpy(buf, img, sizeof(buf));
    virtio_iommu_req_map_set_flags(buf, 0x2000007U);
    expect(st, "unknown flag bit 25", virtio_iommu_req_map_check(buf, 40, &pr), &pr, VIRTIO_IOMMU_WIRE_FLAGS, VIRTIO_IOMMU_WIRE_FLAGS, "flags", 32);
    memcpy(buf, img, sizeof(buf));
    virtio_iommu_req_map_set_flags(buf, 0x4000007U);
    expect(st, "unknown flag bit 26", virtio_iommu_req_map_check(buf, 40, &pr), &pr, VIRTIO_IOMMU_WIRE_FLAGS, VIRTIO_IOMMU_WIRE_FLAGS, "flags", 32);
    memcpy(buf, img, sizeof(buf));
    virtio_iommu_req_map_set_flags(buf, 0x8000007U);
    expect(st, "unknown flag bit 27", virtio_iommu_req_map_check(buf, 40, &pr), &pr, VIRTIO_IOMMU_WIRE_FLAGS, VIRTIO_IOMMU_WIRE_FLAGS, "flags", 32);
    memcpy(buf, img, sizeof(buf));
    virtio_iommu_req_map_set_flags(buf, 0x10000007U);
    expect(st, "unknown flag bit 28", virtio_iommu_req_map_check(buf, 40, &pr), &pr, VIRTIO_IOMMU_WIRE_FLAGS, VIRTIO_IOMMU_WIRE_FLAGS, "flags", 32);
    memcpy(buf, img, sizeof(buf));
    virtio_iommu_req_map_set_flags(buf, 0x20000007U);
    expect(st, "unknown flag bit 29", virtio_iommu_req_map_check(buf, 40, &pr), &pr, VIRTIO_IOMMU_WIRE_FLAGS, VIRTIO_IOMMU_WIRE_FLAGS, "flags", 32);
    memcpy(buf, img, sizeof(buf));
    virtio_iommu_req_map_set_flags(buf, 0x40000007U);
    expect(st, "unknown flag bit 30", virtio_iommu_req_map_check(buf, 40, &pr), &pr, VIRTIO_IOMMU_WIRE_FLAGS, VIRTIO_IOMMU_WIRE_FLAGS, "flags", 32);
    memcpy(buf, img, sizeof(buf));
    virtio_iommu_req_map_set_flags(buf, 0x80000007U);
    expect(st, "unknown flag bit 31", virtio_iommu_req_map_check(buf, 40, &pr), &pr, VIRTIO_IOMMU_WIRE_FLAGS, VIRTIO_IOMMU_WIRE_FLAGS, "flags", 32);
    /* every length short of VIRTIO_IOMMU_REQ_MAP_MIN_SIZE */
    expect(st, "length 0", virtio_iommu_req_map_check(img, 0, &pr), &pr, VIRTIO_IOMMU_WIRE_SHORT, VIRTIO_IOMMU_WIRE_SHORT, "head.type", 0);
    expect(st, "length 1", virtio_iommu_req_map_check(img, 1, &pr), &pr, VIRTIO_IOMMU_WIRE_SHORT, VIRTIO_IOMMU_WIRE_SHORT, "head.reserved", 1);
    expect(st, "length 2", virtio_iommu_req_map_check(img, 2, &pr), &pr, VIRTIO_IOMMU_WIRE_SHORT, VIRTIO_IOMMU_WIRE_SHORT, "head.reserved", 2);
    expect(st, "length 3", virtio_iommu_req_map_check(img, 3, &pr), &pr, VIRTIO_IOMMU_WIRE_SHORT, VIRTIO_IOMMU_WIRE_SHORT, "head.reserved", 3);
    expect(st, "length 4", virtio_iommu_req_map_check(img, 4, &pr), &pr, VIRTIO_IOMMU_WIRE_SHORT, VIRTIO_IOMMU_WIRE_SHORT, "domain", 4);
    expect(st, "length 5", virtio_iommu_req_map_check(img, 5, &pr), &pr, VIRTIO_IOMMU_WIRE_SHORT, VIRTIO_IOMMU_WIRE_SHORT, "domain", 5);
    expect(st, "length 6", virtio_iommu_req_map_check(img, 6, &pr), &pr, VIRTIO_IOMMU_WIRE_SHORT, VIRTIO_IOMMU_WIRE_SHORT, "domain", 6);
    expect(st, "length 7", virtio_iommu_req_map_check(img, 7, &pr), &pr, VIRTIO_IOMMU_WIRE_SHORT, VIRTIO_IOMMU_WIRE_SHORT, "domain", 7);
    expect(st, "length 8", virtio_iommu_req_map_check(img, 8, &pr), &pr, VIRTIO_IOMMU_WIRE_SHORT, VIRTIO_IOMMU_WIRE_SHORT, "virt_start", 8);
    expect(st, "length 9", virtio_iommu_req_map_check(img, 9, &pr), &pr, VIRTIO_IOMMU_WIRE_SHORT, VIRTIO_IOMMU_WIRE_SHORT, "virt_start", 9);
    expect(st, "length 10", virtio_iommu_req_map_check(img, 10, &pr), &pr, VIRTIO_IOMMU_WIRE_SHORT, VIRTIO_IOMMU_WIRE_SHORT, "virt_start", 10);
    expect(st, "length 11", virtio_iommu_req_map_check(img, 11, &pr), &pr, VIRTIO_IOMMU_WIRE_SHORT, VIRTIO_IOMMU_WIRE_SHORT, "virt_start", 11);
    expect(st, "length 12", virtio_iommu_req_map_check(img, 12, &pr), &pr, VIRTIO_IOMMU_WIRE_SHORT, VIRTIO_IOMMU_WIRE_SHORT, "virt_start", 12);
    expect(st, "length 13", virtio_iommu_req_map_check(img, 13, &pr), &pr, VIRTIO_IOMMU_WIRE_SHORT, VIRTIO_IOMMU_WIRE_SHORT, "virt_start", 13);
    expect(st, "length 14", virtio_iommu_req_map_check(img, 14, &pr), &pr, VIRTIO_IOMMU_WIRE_SHORT, VIRTIO_IOMMU_WIRE_SHORT, "virt_start", 14);
    expect(st, "length 15", virtio_iommu_req_map_check(img, 15, &pr), &pr, VIRTIO_IOMMU_WIRE_SHORT, VIRTIO_IOMMU_WIRE_SHORT, "virt_start", 15);
    expect(st, "length 16", virtio_iommu_req_map_check(img, 16, &pr), &pr, VIRTIO_IOMMU_WIRE_SHORT, VIRTIO_IOMMU_WIRE_SHORT, "virt_end", 16);
    expect(st, "length 17", virtio_iommu_req_map_check(img, 17, &pr), &pr, VIRTIO_IOMMU_WIRE_SHORT, VIRTIO_IOMMU_WIRE_SHORT, "virt_end", 17);
    expect(st, "length 18", virtio_iommu_req_map_check(img, 18, &pr), &pr, VIRTIO_IOMMU_WIRE_SHORT, VIRTIO_IOMMU_WIRE_SHORT, "virt_end", 18);
    expect(st, "length 19", virtio_iommu_req_map_check(img, 19, &pr), &pr, VIRTIO_IOMMU_WIRE_SHORT, VIRTIO_IOMMU_WIRE_SHORT, "virt_end", 19);
    expect(st, "length 20", virtio_iommu_req_map_check(img, 20, &pr), &pr, VIRTIO_IOMMU_WIRE_SHORT, VIRTIO_IOMMU_WIRE_SHORT, "virt_end", 20);
    expect(st, "length 21", virtio_iommu_req_map_check(img, 21, &pr), &pr, VIRTIO_IOMMU_WIRE_SHORT, VIRTIO_IOMMU_WIRE_SHORT, "virt_end", 21);
    expect(st, "length 22", virtio_iommu_req_map_check(img, 22, &pr), &pr, VIRTIO_IOMMU_WIRE_SHORT, VIRTIO_IOMMU_WIRE_SHORT, "virt_end", 22);
    expect(st, "length 23", virtio_iommu_req_map_check(img, 23, &pr), &pr, VIRTIO_IOMMU_WIRE_SHORT, VIRTIO_IOMMU_WIRE_SHORT, "virt_end", 23);
    expect(st, "length 24", virtio_iommu_req_map_check(img, 24, &pr), &pr, VIRTIO_IOMMU_WIRE_SHORT, VIRTIO_IOMMU_WIRE_SHORT, "phys_start", 24);
    expect(st, "length 25", virtio_iommu_req_map_check(img, 25, &pr), &pr, VIRTIO_IOMMU_WIRE_SHORT, VIRTIO_IOMMU_WIRE_SHORT, "phys_start", 25);
    expect(st, "length 26", virtio_iommu_req_map_check(img, 26, &pr), &pr, VIRTIO_IOMMU_WIRE_SHORT, VIRTIO_IOMMU_WIRE_SHORT, "phys_start", 26);
    expect(st, "length 27", virtio_iommu_req_map_check(img, 27, &pr), &pr, VIRTIO_IOMMU_WIRE_SHORT, VIRTIO_IOMMU_WIRE_SHORT, "phys_start", 27);
    expect(st, "length 28", virtio_iommu_req_map_check(img, 28, &pr), &pr, VIRTIO_IOMMU_WIRE_SHORT, VIRTIO_IOMMU_WIRE_SHORT, "phys_start", 28);
    expect(st, "length 29", virtio_iommu_req_map_check(img, 29, &pr), &pr, VIRTIO_IOMMU_WIRE_SHORT, VIRTIO_IOMMU_WIRE_SHORT, "phys_start", 29);
    expect(st, "length 30", virtio_iommu_req_map_check(img, 30, &pr), &pr, VIRTIO_IOMMU_WIRE_SHORT, VIRTIO_IOMMU_WIRE_SHORT, "phys_start", 30);
    expect(st, "length 31", virtio_iommu_req_map_check(img, 31, &pr), &pr, VIRTIO_IOMMU_WIRE_SHORT, VIRTIO_IOMMU_WIRE_SHORT, "phys_start", 31);
    expect(st, "length 32", virtio_iommu_req_map_check(img, 32, &pr), &pr, VIRTIO_IOMMU_WIRE_SHORT, VIRTIO_IOMMU_WIRE_SHORT, "flags", 32);
    expect(st, "length 33", virtio_iommu_req_map_check(img, 33, &pr), &pr, VIRTIO_IOMMU_WIRE_SHORT, VIRTIO_IOMMU_WIRE_SHORT, "flags", 33);
    expect(st, "length 34", virtio_iommu_req_map_check(img, 34, &pr), &pr, VIRTIO_IOMMU_WIRE_SHORT, VIRTIO_IOMMU_WIRE_SHORT, "flags", 34);
    expect(st, "length 35", virtio_iommu_req_map_check(img, 35, &pr), &pr, VIRTIO_IOMMU_WIRE_SHORT, VIRTIO_IOMMU_WIRE_SHORT, "flags", 35);
    /* plain struct assignment with byte-order conversions of the test's own */
    checks++;
    if (sizeof(s) != 40)
        fail(st, "sizeof", "differs from the image");
    else {
        memset(&s, 0, sizeof(s));
        s.head.type = 0x5U;
        s.head.reserved[0] = 0x0U;
        s.head.reserved[1] = 0x0U;
        s.head.reserved[2] = 0x0U;
        s.domain = t_le32(0x87868584U);
        s.virt_start = t_le64(UINT64_C(0x8f8e8d8c8b8a8988));
        s.virt_end = t_le64(UINT64_C(0x9796959493929190));
        s.phys_start = t_le64(UINT64_C(0x9f9e9d9c9b9a9998));
        s.flags = t_le32(0x7U);
        s.tail.status = 0x8U;
        s.tail.reserved[0] = 0x0U;
        s.tail.reserved[1] = 0x0U;
        s.tail.reserved[2] = 0x0U;
        same_bytes(st, "struct assignment", (const unsigned char *)&s, img, 40, field_of);
    }
}

static void test_virtio_iommu_req_unmap(void)
{
    static const char st[] = "virtio_iommu_req_unmap";
    static const char *const field_of[32] = {
        "head.type", "head.reserved[0]", "head.reserved[1]", "head.reserved[2]",
        "domain", "domain", "domain", "domain",
        "virt_start", "virt_start", "virt_start", "virt_start",
        "virt_start", "virt_start", "virt_start", "virt_start",
        "virt_end", "virt_end", "virt_end", "virt_end",
        "virt_end", "virt_end", "virt_end", "virt_end",
        "reserved[0]", "reserved[1]", "reserved[2]", "reserved[3]",
        "tail.status", "tail.reserved[0]", "tail.reserved[1]", "tail.reserved[2]",
    };
    static const unsigned char le[32] = {
        0x05, 0x00, 0x00, 0x00, 0x84, 0x85, 0x86, 0x87, 0x88, 0x89, 0x8a, 0x8b,
        0x8c, 0x8d, 0x8e, 0x8f, 0x90, 0x91, 0x92, 0x93, 0x94, 0x95, 0x96, 0x97,
        0x00, 0x00, 0x00, 0x00, 0x08, 0x00, 0x00, 0x00
    };
    static const unsigned char be[32] = {
        0x05, 0x00, 0x00, 0x00, 0x84, 0x85, 0x86, 0x87, 0x88, 0x89, 0x8a, 0x8b,
        0x8c, 0x8d, 0x8e, 0x8f, 0x90, 0x91, 0x92, 0x93, 0x94, 0x95, 0x96, 0x97,
        0x00, 0x00, 0x00, 0x00, 0x08, 0x00, 0x00, 0x00
    };
    const unsigned char *img = big_endian ? be : le;
    unsigned char buf[32];
    struct virtio_iommu_wire_problem pr;
    struct virtio_iommu_req_unmap s;

    memset(&pr, 0, sizeof(pr));
    /* encode with the helpers, over a buffer of 0x5a */
    memset(buf, 0x5a, sizeof(buf));
    virtio_iommu_req_unmap_set_head_type(buf, 0x5U);
    virtio_iommu_req_unmap_set_head_reserved(buf, 0, 0x0U);
    virtio_iommu_req_unmap_set_head_reserved(buf, 1, 0x0U);
    virtio_iommu_req_unmap_set_head_reserved(buf, 2, 0x0U);
    virtio_iommu_req_unmap_set_domain(buf, 0x87868584U);
    virtio_iommu_req_unmap_set_virt_start(buf, UINT64_C(0x8f8e8d8c8b8a8988));
    virtio_iommu_req_unmap_set_virt_end(buf, UINT64_C(0x9796959493929190));
    virtio_iommu_req_unmap_set_reserved(buf, 0, 0x0U);
    virtio_iommu_req_unmap_set_reserved(buf, 1, 0x0U);
    virtio_iommu_req_unmap_set_reserved(buf, 2, 0x0U);
    virtio_iommu_req_unmap_set_reserved(buf, 3, 0x0U);
    virtio_iommu_req_unmap_set_tail_status(buf, 0x8U);
    virtio_iommu_req_unmap_set_tail_reserved(buf, 0, 0x0U);
    virtio_iommu_req_unmap_set_tail_reserved(buf, 1, 0x0U);
    virtio_iommu_req_unmap_set_tail_reserved(buf, 2, 0x0U);
    same_bytes(st, "encoded", buf, img, 32, field_of);
    /* decode the image */
    same_value(st, "head.type", "get", virtio_iommu_req_unmap_get_head_type(img), UINT64_C(0x5));
    same_value(st, "head.reserved[0]", "get", virtio_iommu_req_unmap_get_head_reserved(img, 0), UINT64_C(0x0));
    same_value(st, "head.reserved[1]", "get", virtio_iommu_req_unmap_get_head_reserved(img, 1), UINT64_C(0x0));
    same_value(st, "head.reserved[2]", "get", virtio_iommu_req_unmap_get_head_reserved(img, 2), UINT64_C(0x0));
    same_value(st, "domain", "get", virtio_iommu_req_unmap_get_domain(img), UINT64_C(0x87868584));
    same_value(st, "virt_start", "get", virtio_iommu_req_unmap_get_virt_start(img), UINT64_C(0x8f8e8d8c8b8a8988));
    same_value(st, "virt_end", "get", virtio_iommu_req_unmap_get_virt_end(img), UINT64_C(0x9796959493929190));
    same_value(st, "reserved[0]", "get", virtio_iommu_req_unmap_get_reserved(img, 0), UINT64_C(0x0));
    same_value(st, "reserved[1]", "get", virtio_iommu_req_unmap_get_reserved(img, 1), UINT64_C(0x0));
    same_value(st, "reserved[2]", "get", virtio_iommu_req_unmap_get_reserved(img, 2), UINT64_C(0x0));
    same_value(st, "reserved[3]", "get", virtio_iommu_req_unmap_get_reserved(img, 3), UINT64_C(0x0));
    same_value(st, "tail.status", "get", virtio_iommu_req_unmap_get_tail_status(img), UINT64_C(0x8));
    same_value(st, "tail.reserved[0]", "get", virtio_iommu_req_unmap_get_tail_reserved(img, 0), UINT64_C(0x0));
    same_value(st, "tail.reserved[1]", "get", virtio_iommu_req_unmap_get_tail_reserved(img, 1), UINT64_C(0x0));
    same_value(st, "tail.reserved[2]", "get", virtio_iommu_req_unmap_get_tail_reserved(img, 2), UINT64_C(0x0));
    /* the image passes its check with nothing to report */
    expect(st, "golden image", virtio_iommu_req_unmap_check(img, 32, &pr), &pr, VIRTIO_IOMMU_WIRE_OK, 0, "", 0);
    /* bytes the receiver writes are not looked at */
    memcpy(buf, img, sizeof(buf));
    buf[28] = 0xff;
    buf[29] = 0xff;
    buf[30] = 0xff;
    buf[31] = 0xff;
    expect(st, "reply bytes set", virtio_iommu_req_unmap_check(buf, 32, &pr), &pr, VIRTIO_IOMMU_WIRE_OK, 0, "", 0);
    memcpy(buf, img, sizeof(buf));
    virtio_iommu_req_unmap_set_head_type(buf, 0x0U);
    expect(st, "value 0", virtio_iommu_req_unmap_check(buf, 32, &pr), &pr, VIRTIO_IOMMU_WIRE_VALUE, VIRTIO_IOMMU_WIRE_VALUE, "head.type", 0);
    memcpy(buf, img, sizeof(buf));
    virtio_iommu_req_unmap_set_head_type(buf, 0x6U);
    expect(st, "value 6", virtio_iommu_req_unmap_check(buf, 32, &pr), &pr, VIRTIO_IOMMU_WIRE_VALUE, VIRTIO_IOMMU_WIRE_VALUE, "head.type", 0);
    memcpy(buf, img, sizeof(buf));
    virtio_iommu_req_unmap_set_head_type(buf, 0xffU);
    expect(st, "value 255", virtio_iommu_req_unmap_check(buf, 32, &pr), &pr, VIRTIO_IOMMU_WIRE_VALUE, VIRTIO_IOMMU_WIRE_VALUE, "head.type", 0);
    memcpy(buf, img, sizeof(buf));
    buf[1] = 0xa5;
    expect(st, "reserved byte 1 set", virtio_iommu_req_unmap_check(buf, 32, &pr), &pr, VIRTIO_IOMMU_WIRE_NOTE, VIRTIO_IOMMU_WIRE_RESERVED, "head.reserved", 1);
    memcpy(buf, img, sizeof(buf));
    buf[2] = 0xa5;
    expect(st, "reserved byte 2 set", virtio_iommu_req_unmap_check(buf, 32, &pr), &pr, VIRTIO_IOMMU_WIRE_NOTE, VIRTIO_IOMMU_WIRE_RESERVED, "head.reserved", 2);
    memcpy(buf, img, sizeof(buf));
    buf[3] = 0xa5;
    expect(st, "reserved byte 3 set", virtio_iommu_req_unmap_check(buf, 32, &pr), &pr, VIRTIO_IOMMU_WIRE_NOTE, VIRTIO_IOMMU_WIRE_RESERVED, "head.reserved", 3);
    memcpy(buf, img, sizeof(buf));
    buf[24] = 0xa5;
    expect(st, "reserved byte 24 set", virtio_iommu_req_unmap_check(buf, 32, &pr), &pr, VIRTIO_IOMMU_WIRE_RESERVED, VIRTIO_IOMMU_WIRE_RESERVED, "reserved", 24);
    memcpy(buf, img, sizeof(buf));
    buf[25] = 0xa5;
    expect(st, "reserved byte 25 set", virtio_iommu_req_unmap_check(buf, 32, &pr), &pr, VIRTIO_IOMMU_WIRE_RESERVED, VIRTIO_IOMMU_WIRE_RESERVED, "reserved", 25);
    memcpy(buf, img, sizeof(buf));
    buf[26] = 0xa5;
    expect(st, "reserved byte 26 set", virtio_iommu_req_unmap_check(buf, 32, &pr), &pr, VIRTIO_IOMMU_WIRE_RESERVED, VIRTIO_IOMMU_WIRE_RESERVED, "reserved", 26);
    memcpy(buf, img, sizeof(buf));
    buf[27] = 0xa5;
    expect(st, "reserved byte 27 set", virtio_iommu_req_unmap_check(buf, 32, &pr), &pr, VIRTIO_IOMMU_WIRE_RESERVED, VIRTIO_IOMMU_WIRE_RESERVED, "reserved", 27);
    /* every length short of VIRTIO_IOMMU_REQ_UNMAP_MIN_SIZE */
    expect(st, "length 0", virtio_iommu_req_unmap_check(img, 0, &pr), &pr, VIRTIO_IOMMU_WIRE_SHORT, VIRTIO_IOMMU_WIRE_SHORT, "head.type", 0);
    expect(st, "length 1", virtio_iommu_req_unmap_check(img, 1, &pr), &pr, VIRTIO_IOMMU_WIRE_SHORT, VIRTIO_IOMMU_WIRE_SHORT, "head.reserved", 1);
    expect(st, "length 2", virtio_iommu_req_unmap_check(img, 2, &pr), &pr, VIRTIO_IOMMU_WIRE_SHORT, VIRTIO_IOMMU_WIRE_SHORT, "head.reserved", 2);
    expect(st, "length 3", virtio_iommu_req_unmap_check(img, 3, &pr), &pr, VIRTIO_IOMMU_WIRE_SHORT, VIRTIO_IOMMU_WIRE_SHORT, "head.reserved", 3);
    expect(st, "length 4", virtio_iommu_req_unmap_check(img, 4, &pr), &pr, VIRTIO_IOMMU_WIRE_SHORT, VIRTIO_IOMMU_WIRE_SHORT, "domain", 4);
    expect(st, "length 5", virtio_iommu_req_unmap_check(img, 5, &pr), &pr, VIRTIO_IOMMU_WIRE_SHORT, VIRTIO_IOMMU_WIRE_SHORT, "domain", 5);
    expect(st, "length 6", virtio_iommu_req_unmap_check(img, 6, &pr), &pr, VIRTIO_IOMMU_WIRE_SHORT, VIRTIO_IOMMU_WIRE_SHORT, "domain", 6);
    expect(st, "length 7", virtio_iommu_req_unmap_check(img, 7, &pr), &pr, VIRTIO_IOMMU_WIRE_SHORT, VIRTIO_IOMMU_WIRE_SHORT, "domain", 7);
    expect(st, "length 8", virtio_iommu_req_unmap_check(img, 8, &pr), &pr, VIRTIO_IOMMU_WIRE_SHORT, VIRTIO_IOMMU_WIRE_SHORT, "virt_start", 8);
    expect(st, "length 9", virtio_iommu_req_unmap_check(img, 9, &pr), &pr, VIRTIO_IOMMU_WIRE_SHORT, VIRTIO_IOMMU_WIRE_SHORT, "virt_start", 9);
    expect(st, "length 10", virtio_iommu_req_unmap_check(img, 10, &pr), &pr, VIRTIO_IOMMU_WIRE_SHORT, VIRTIO_IOMMU_WIRE_SHORT, "virt_start", 10);
    expect(st, "length 11", virtio_iommu_req_unmap_check(img, 11, &pr), &pr, VIRTIO_IOMMU_WIRE_SHORT, VIRTIO_IOMMU_WIRE_SHORT, "virt_start", 11);
    expect(st, "length 12", virtio_iommu_req_unmap_check(img, 12, &pr), &pr, VIRTIO_IOMMU_WIRE_SHORT, VIRTIO_IOMMU_WIRE_SHORT, "virt_start", 12);
    expect(st, "length 13", virtio_iommu_req_unmap_check(img, 13, &pr), &pr, VIRTIO_IOMMU_WIRE_SHORT, VIRTIO_IOMMU_WIRE_SHORT, "virt_start", 13);
    expect(st, "length 14", virtio_iommu_req_unmap_check(img, 14, &pr), &pr, VIRTIO_IOMMU_WIRE_SHORT, VIRTIO_IOMMU_WIRE_SHORT, "virt_start", 14);
    expect(st, "length 15", virtio_iommu_req_unmap_check(img, 15, &pr), &pr, VIRTIO_IOMMU_WIRE_SHORT, VIRTIO_IOMMU_WIRE_SHORT, "virt_start", 15);
    expect(st, "length 16", virtio_iommu_req_unmap_check(img, 16, &pr), &pr, VIRTIO_IOMMU_WIRE_SHORT, VIRTIO_IOMMU_WIRE_SHORT, "virt_end", 16);
    expect(st, "length 17", virtio_iommu_req_unmap_check(img, 17, &pr), &pr, VIRTIO_IOMMU_WIRE_SHORT, VIRTIO_IOMMU_WIRE_SHORT, "virt_end", 17);
    expect(st, "length 18", virtio_iommu_req_unmap_check(img, 18, &pr), &pr, VIRTIO_IOMMU_WIRE_SHORT, VIRTIO_IOMMU_WIRE_SHORT, "virt_end", 18);
    expect(st, "length 19", virtio_iommu_req_unmap_check(img, 19, &pr), &pr, VIRTIO_IOMMU_WIRE_SHORT, VIRTIO_IOMMU_WIRE_SHORT, "virt_end", 19);
    expect(st, "length 20", virtio_iommu_req_unmap_check(img, 20, &pr), &pr, VIRTIO_IOMMU_WIRE_SHORT, VIRTIO_IOMMU_WIRE_SHORT, "virt_end", 20);
    expect(st, "length 21", virtio_iommu_req_unmap_check(img, 21, &pr), &pr, VIRTIO_IOMMU_WIRE_SHORT, VIRTIO_IOMMU_WIRE_SHORT, "virt_end", 21);
    expect(st, "length 22", virtio_iommu_req_unmap_check(img, 22, &pr), &pr, VIRTIO_IOMMU_WIRE_SHORT, VIRTIO_IOMMU_WIRE_SHORT, "virt_end", 22);
    expect(st, "length 23", virtio_iommu_req_unmap_check(img, 23, &pr), &pr, VIRTIO_IOMMU_WIRE_SHORT, VIRTIO_IOMMU_WIRE_SHORT, "virt_end", 23);
    expect(st, "length 24", virtio_iommu_req_unmap_check(img, 24, &pr), &pr, VIRTIO_IOMMU_WIRE_SHORT, VIRTIO_IOMMU_WIRE_SHORT, "reserved", 24);
    expect(st, "length 25", virtio_iommu_req_unmap_check(img, 25, &pr), &pr, VIRTIO_IOMMU_WIRE_SHORT, VIRTIO_IOMMU_WIRE_SHORT, "reserved", 25);
    expect(st, "length 26", virtio_iommu_req_unmap_check(img, 26, &pr), &pr, VIRTIO_IOMMU_WIRE_SHORT, VIRTIO_IOMMU_WIRE_SHORT, "reserved", 26);
    expect(st, "length 27", virtio_iommu_req_unmap_check(img, 27, &pr), &pr, VIRTIO_IOMMU_WIRE_SHORT, VIRTIO_IOMMU_WIRE_SHORT, "reserved", 27);
    /* plain struct assignment with byte-order conversions of the test's own */
    checks++;
    if (sizeof(s) != 32)
        fail(st, "sizeof", "differs from the image");
    else {
        memset(&s, 0, sizeof(s));
        s.head.type = 0x5U;
        s.head.reserved[0] = 0x0U;
        s.head.reserved[1] = 0x0U;
        s.head.reserved[2] = 0x0U;
        s.domain = t_le32(0x87868584U);
        s.virt_start = t_le64(UINT64_C(0x8f8e8d8c8b8a8988));
        s.virt_end = t_le64(UINT64_C(0x9796959493929190));
        s.reserved[0] = 0x0U;
        s.reserved[1] = 0x0U;
        s.reserved[2] = 0x0U;
        s.reserved[3] = 0x0U;
        s.tail.status = 0x8U;
        s.tail.reserved[0] = 0x0U;
        s.tail.reserved[1] = 0x0U;
        s.tail.reserved[2] = 0x0U;
        same_bytes(st, "struct assignment", (const unsigned char *)&s, img, 32, field_of);
    }
}

static void test_virtio_iommu_probe_property(void)
{
    static const char st[] = "virtio_iommu_probe_property";
    static const char *const field_of[4] = {
        "type", "type", "length", "length",
    };
    static const unsigned char le[4] = {
        0x01, 0x00, 0x82, 0x83
    };
    static const unsigned char be[4] = {
        0x01, 0x00, 0x82, 0x83
    };
    const unsigned char *img = big_endian ? be : le;
    unsigned char buf[4];
    struct virtio_iommu_wire_problem pr;
    struct virtio_iommu_probe_property s;

    memset(&pr, 0, sizeof(pr));
    /* encode with the helpers, over a buffer of 0x5a */
    memset(buf, 0x5a, sizeof(buf));
    virtio_iommu_probe_property_set_type(buf, 0x1U);
    virtio_iommu_probe_property_set_length(buf, 0x8382U);
    same_bytes(st, "encoded", buf, img, 4, field_of);
    /* decode the image */
    same_value(st, "type", "get", virtio_iommu_probe_property_get_type(img), UINT64_C(0x1));
    same_value(st, "length", "get", virtio_iommu_probe_property_get_length(img), UINT64_C(0x8382));
    /* the image passes its check with nothing to report */
    expect(st, "golden image", virtio_iommu_probe_property_check(img, 4, &pr), &pr, VIRTIO_IOMMU_WIRE_OK, 0, "", 0);
    memcpy(buf, img, sizeof(buf));
    virtio_iommu_probe_property_set_type(buf, 0x1001U);
    expect(st, "bit 12 outside the value mask", virtio_iommu_probe_property_check(buf, 4, &pr), &pr, VIRTIO_IOMMU_WIRE_NOTE, VIRTIO_IOMMU_WIRE_RESERVED, "type", 0);
    memcpy(buf, img, sizeof(buf));
    virtio_iommu_probe_property_set_type(buf, 0x2001U);
    expect(st, "bit 13 outside the value mask", virtio_iommu_probe_property_check(buf, 4, &pr), &pr, VIRTIO_IOMMU_WIRE_NOTE, VIRTIO_IOMMU_WIRE_RESERVED, "type", 0);
    memcpy(buf, img, sizeof(buf));
    virtio_iommu_probe_property_set_type(buf, 0x4001U);
    expect(st, "bit 14 outside the value mask", virtio_iommu_probe_property_check(buf, 4, &pr), &pr, VIRTIO_IOMMU_WIRE_NOTE, VIRTIO_IOMMU_WIRE_RESERVED, "type", 0);
    memcpy(buf, img, sizeof(buf));
    virtio_iommu_probe_property_set_type(buf, 0x8001U);
    expect(st, "bit 15 outside the value mask", virtio_iommu_probe_property_check(buf, 4, &pr), &pr, VIRTIO_IOMMU_WIRE_NOTE, VIRTIO_IOMMU_WIRE_RESERVED, "type", 0);
    memcpy(buf, img, sizeof(buf));
    virtio_iommu_probe_property_set_type(buf, 0x2U);
    expect(st, "value 2", virtio_iommu_probe_property_check(buf, 4, &pr), &pr, VIRTIO_IOMMU_WIRE_NOTE, VIRTIO_IOMMU_WIRE_VALUE, "type", 0);
    memcpy(buf, img, sizeof(buf));
    virtio_iommu_probe_property_set_type(buf, 0xfffU);
    expect(st, "value 4095", virtio_iommu_probe_property_check(buf, 4, &pr), &pr, VIRTIO_IOMMU_WIRE_NOTE, VIRTIO_IOMMU_WIRE_VALUE, "type", 0);
    /* every length short of VIRTIO_IOMMU_PROBE_PROPERTY_MIN_SIZE */
    expect(st, "length 0", virtio_iommu_probe_property_check(img, 0, &pr), &pr, VIRTIO_IOMMU_WIRE_SHORT, VIRTIO_IOMMU_WIRE_SHORT, "type", 0);
    expect(st, "length 1", virtio_iommu_probe_property_check(img, 1, &pr), &pr, VIRTIO_IOMMU_WIRE_SHORT, VIRTIO_IOMMU_WIRE_SHORT, "type", 1);
    expect(st, "length 2", virtio_iommu_probe_property_check(img, 2, &pr), &pr, VIRTIO_IOMMU_WIRE_SHORT, VIRTIO_IOMMU_WIRE_SHORT, "length", 2);
    expect(st, "length 3", virtio_iommu_probe_property_check(img, 3, &pr), &pr, VIRTIO_IOMMU_WIRE_SHORT, VIRTIO_IOMMU_WIRE_SHORT, "length", 3);
    /* plain struct assignment with byte-order conversions of the test's own */
    checks++;
    if (sizeof(s) != 4)
        fail(st, "sizeof", "differs from the image");
    else {
        memset(&s, 0, sizeof(s));
        s.type = t_le16(0x1U);
        s.length = t_le16(0x8382U);
        same_bytes(st, "struct assignment", (const unsigned char *)&s, img, 4, field_of);
    }
}

static void test_virtio_iommu_probe_resv_mem(void)
{
    static const char st[] = "virtio_iommu_probe_resv_mem";
    static const char *const field_of[24] = {
        "head.type", "head.type", "head.length", "head.length",
        "subtype", "reserved[0]", "reserved[1]", "reserved[2]",
        "start", "start", "start", "start",
        "start", "start", "start", "start",
        "end", "end", "end", "end",
        "end", "end", "end", "end",
    };
    static const unsigned char le[24] = {
        0x01, 0x00, 0x82, 0x83, 0x01, 0x00, 0x00, 0x00, 0x88, 0x89, 0x8a, 0x8b,
        0x8c, 0x8d, 0x8e, 0x8f, 0x90, 0x91, 0x92, 0x93, 0x94, 0x95, 0x96, 0x97
    };
    static const unsigned char be[24] = {
        0x01, 0x00, 0x82, 0x83, 0x01, 0x00, 0x00, 0x00, 0x88, 0x89, 0x8a, 0x8b,
        0x8c, 0x8d, 0x8e, 0x8f, 0x90, 0x91, 0x92, 0x93, 0x94, 0x95, 0x96, 0x97
    };
    const unsigned char *img = big_endian ? be : le;
    unsigned char buf[24];
    struct virtio_iommu_wire_problem pr;
    struct virtio_iommu_probe_resv_mem s;

    memset(&pr, 0, sizeof(pr));
    /* encode with the helpers, over a buffer of 0x5a */
    memset(buf, 0x5a, sizeof(buf));
    virtio_iommu_probe_resv_mem_set_head_type(buf, 0x1U);
    virtio_iommu_probe_resv_mem_set_head_length(buf, 0x8382U);
    virtio_iommu_probe_resv_mem_set_subtype(buf, 0x1U);
    virtio_iommu_probe_resv_mem_set_reserved(buf, 0, 0x0U);
    virtio_iommu_probe_resv_mem_set_reserved(buf, 1, 0x0U);
    virtio_iommu_probe_resv_mem_set_reserved(buf, 2, 0x0U);
    virtio_iommu_probe_resv_mem_set_start(buf, UINT64_C(0x8f8e8d8c8b8a8988));
    virtio_iommu_probe_resv_mem_set_end(buf, UINT64_C(0x9796959493929190));
    same_bytes(st, "encoded", buf, img, 24, field_of);
    /* decode the image */
    same_value(st, "head.type", "get", virtio_iommu_probe_resv_mem_get_head_type(img), UINT64_C(0x1));
    same_value(st, "head.length", "get", virtio_iommu_probe_resv_mem_get_head_length(img), UINT64_C(0x8382));
    same_value(st, "subtype", "get", virtio_iommu_probe_resv_mem_get_subtype(img), UINT64_C(0x1));
    same_value(st, "reserved[0]", "get", virtio_iommu_probe_resv_mem_get_reserved(img, 0), UINT64_C(0x0));
    same_value(st, "reserved[1]", "get", virtio_iommu_probe_resv_mem_get_reserved(img, 1), UINT64_C(0x0));
    same_value(st, "reserved[2]", "get", virtio_iommu_probe_resv_mem_get_reserved(img, 2), UINT64_C(0x0));
    same_value(st, "start", "get", virtio_iommu_probe_resv_mem_get_start(img), UINT64_C(0x8f8e8d8c8b8a8988));
    same_value(st, "end", "get", virtio_iommu_probe_resv_mem_get_end(img), UINT64_C(0x9796959493929190));
    /* the image passes its check with nothing to report */
    expect(st, "golden image", virtio_iommu_probe_resv_mem_check(img, 24, &pr), &pr, VIRTIO_IOMMU_WIRE_OK, 0, "", 0);
    memcpy(buf, img, sizeof(buf));
    virtio_iommu_probe_resv_mem_set_head_type(buf, 0x1001U);
    expect(st, "bit 12 outside the value mask", virtio_iommu_probe_resv_mem_check(buf, 24, &pr), &pr, VIRTIO_IOMMU_WIRE_NOTE, VIRTIO_IOMMU_WIRE_RESERVED, "head.type", 0);
    memcpy(buf, img, sizeof(buf));
    virtio_iommu_probe_resv_mem_set_head_type(buf, 0x2001U);
    expect(st, "bit 13 outside the value mask", virtio_iommu_probe_resv_mem_check(buf, 24, &pr), &pr, VIRTIO_IOMMU_WIRE_NOTE, VIRTIO_IOMMU_WIRE_RESERVED, "head.type", 0);
    memcpy(buf, img, sizeof(buf));
    virtio_iommu_probe_resv_mem_set_head_type(buf, 0x4001U);
    expect(st, "bit 14 outside the value mask", virtio_iommu_probe_resv_mem_check(buf, 24, &pr), &pr, VIRTIO_IOMMU_WIRE_NOTE, VIRTIO_IOMMU_WIRE_RESERVED, "head.type", 0);
    memcpy(buf, img, sizeof(buf));
    virtio_iommu_probe_resv_mem_set_head_type(buf, 0x8001U);
    expect(st, "bit 15 outside the value mask", virtio_iommu_probe_resv_mem_check(buf, 24, &pr), &pr, VIRTIO_IOMMU_WIRE_NOTE, VIRTIO_IOMMU_WIRE_RESERVED, "head.type", 0);
    memcpy(buf, img, sizeof(buf));
    virtio_iommu_probe_resv_mem_set_head_type(buf, 0x2U);
    expect(st, "value 2", virtio_iommu_probe_resv_mem_check(buf, 24, &pr), &pr, VIRTIO_IOMMU_WIRE_NOTE, VIRTIO_IOMMU_WIRE_VALUE, "head.type", 0);
    memcpy(buf, img, sizeof(buf));
    virtio_iommu_probe_resv_mem_set_head_type(buf, 0xfffU);
    expect(st, "value 4095", virtio_iommu_probe_resv_mem_check(buf, 24, &pr), &pr, VIRTIO_IOMMU_WIRE_NOTE, VIRTIO_IOMMU_WIRE_VALUE, "head.type", 0);
    memcpy(buf, img, sizeof(buf));
    virtio_iommu_probe_resv_mem_set_subtype(buf, 0x2U);
    expect(st, "value 2", virtio_iommu_probe_resv_mem_check(buf, 24, &pr), &pr, VIRTIO_IOMMU_WIRE_NOTE, VIRTIO_IOMMU_WIRE_VALUE, "subtype", 4);
    memcpy(buf, img, sizeof(buf));
    virtio_iommu_probe_resv_mem_set_subtype(buf, 0xffU);
    expect(st, "value 255", virtio_iommu_probe_resv_mem_check(buf, 24, &pr), &pr, VIRTIO_IOMMU_WIRE_NOTE, VIRTIO_IOMMU_WIRE_VALUE, "subtype", 4);
    memcpy(buf, img, sizeof(buf));
    buf[5] = 0xa5;
    expect(st, "reserved byte 5 set", virtio_iommu_probe_resv_mem_check(buf, 24, &pr), &pr, VIRTIO_IOMMU_WIRE_NOTE, VIRTIO_IOMMU_WIRE_RESERVED, "reserved", 5);
    memcpy(buf, img, sizeof(buf));
    buf[6] = 0xa5;
    expect(st, "reserved byte 6 set", virtio_iommu_probe_resv_mem_check(buf, 24, &pr), &pr, VIRTIO_IOMMU_WIRE_NOTE, VIRTIO_IOMMU_WIRE_RESERVED, "reserved", 6);
    memcpy(buf, img, sizeof(buf));
    buf[7] = 0xa5;
    expect(st, "reserved byte 7 set", virtio_iommu_probe_resv_mem_check(buf, 24, &pr), &pr, VIRTIO_IOMMU_WIRE_NOTE, VIRTIO_IOMMU_WIRE_RESERVED, "reserved", 7);
    /* every length short of VIRTIO_IOMMU_PROBE_RESV_MEM_MIN_SIZE */
    expect(st, "length 0", virtio_iommu_probe_resv_mem_check(img, 0, &pr), &pr, VIRTIO_IOMMU_WIRE_SHORT, VIRTIO_IOMMU_WIRE_SHORT, "head.type", 0);
    expect(st, "length 1", virtio_iommu_probe_resv_mem_check(img, 1, &pr), &pr, VIRTIO_IOMMU_WIRE_SHORT, VIRTIO_IOMMU_WIRE_SHORT, "head.type", 1);
    expect(st, "length 2", virtio_iommu_probe_resv_mem_check(img, 2, &pr), &pr, VIRTIO_IOMMU_WIRE_SHORT, VIRTIO_IOMMU_WIRE_SHORT, "head.length", 2);
    expect(st, "length 3", virtio_iommu_probe_resv_mem_check(img, 3, &pr), &pr, VIRTIO_IOMMU_WIRE_SHORT, VIRTIO_IOMMU_WIRE_SHORT, "head.length", 3);
    expect(st, "length 4", virtio_iommu_probe_resv_mem_check(img, 4, &pr), &pr, VIRTIO_IOMMU_WIRE_SHORT, VIRTIO_IOMMU_WIRE_SHORT, "subtype", 4);
    expect(st, "length 5", virtio_iommu_probe_resv_mem_check(img, 5, &pr), &pr, VIRTIO_IOMMU_WIRE_SHORT, VIRTIO_IOMMU_WIRE_SHORT, "reserved", 5);
    expect(st, "length 6", virtio_iommu_probe_resv_mem_check(img, 6, &pr), &pr, VIRTIO_IOMMU_WIRE_SHORT, VIRTIO_IOMMU_WIRE_SHORT, "reserved", 6);
    expect(st, "length 7", virtio_iommu_probe_resv_mem_check(img, 7, &pr), &pr, VIRTIO_IOMMU_WIRE_SHORT, VIRTIO_IOMMU_WIRE_SHORT, "reserved", 7);
    expect(st, "length 8", virtio_iommu_probe_resv_mem_check(img, 8, &pr), &pr, VIRTIO_IOMMU_WIRE_SHORT, VIRTIO_IOMMU_WIRE_SHORT, "start", 8);
    expect(st, "length 9", virtio_iommu_probe_resv_mem_check(img, 9, &pr), &pr, VIRTIO_IOMMU_WIRE_SHORT, VIRTIO_IOMMU_WIRE_SHORT, "start", 9);
    expect(st, "length 10", virtio_iommu_probe_resv_mem_check(img, 10, &pr), &pr, VIRTIO_IOMMU_WIRE_SHORT, VIRTIO_IOMMU_WIRE_SHORT, "start", 10);
    expect(st, "length 11", virtio_iommu_probe_resv_mem_check(img, 11, &pr), &pr, VIRTIO_IOMMU_WIRE_SHORT, VIRTIO_IOMMU_WIRE_SHORT, "start", 11);
    expect(st, "length 12", virtio_iommu_probe_resv_mem_check(img, 12, &pr), &pr, VIRTIO_IOMMU_WIRE_SHORT, VIRTIO_IOMMU_WIRE_SHORT, "start", 12);
    expect(st, "length 13", virtio_iommu_probe_resv_mem_check(img, 13, &pr), &pr, VIRTIO_IOMMU_WIRE_SHORT, VIRTIO_IOMMU_WIRE_SHORT, "start", 13);
    expect(st, "length 14", virtio_iommu_probe_resv_mem_check(img, 14, &pr), &pr, VIRTIO_IOMMU_WIRE_SHORT, VIRTIO_IOMMU_WIRE_SHORT, "start", 14);
    expect(st, "length 15", virtio_iommu_probe_resv_mem_check(img, 15, &pr), &pr, VIRTIO_IOMMU_WIRE_SHORT, VIRTIO_IOMMU_WIRE_SHORT, "start", 15);
    expect(st, "length 16", virtio_iommu_probe_resv_mem_check(img, 16, &pr), &pr, VIRTIO_IOMMU_WIRE_SHORT, VIRTIO_IOMMU_WIRE_SHORT, "end", 16);
    expect(st, "length 17", virtio_iommu_probe_resv_mem_check(img, 17, &pr), &pr, VIRTIO_IOMMU_WIRE_SHORT, VIRTIO_IOMMU_WIRE_SHORT, "end", 17);
    expect(st, "length 18", virtio_iommu_probe_resv_mem_check(img, 18, &pr), &pr, VIRTIO_IOMMU_WIRE_SHORT, VIRTIO_IOMMU_WIRE_SHORT, "end", 18);
    expect(st, "length 19", virtio_iommu_probe_resv_mem_check(img, 19, &pr), &pr, VIRTIO_IOMMU_WIRE_SHORT, VIRTIO_IOMMU_WIRE_SHORT, "end", 19);
    expect(st, "length 20", virtio_iommu_probe_resv_mem_check(img, 20, &pr), &pr, VIRTIO_IOMMU_WIRE_SHORT, VIRTIO_IOMMU_WIRE_SHORT, "end", 20);
    expect(st, "length 21", virtio_iommu_probe_resv_mem_check(img, 21, &pr), &pr, VIRTIO_IOMMU_WIRE_SHORT, VIRTIO_IOMMU_WIRE_SHORT, "end", 21);
    expect(st, "length 22", virtio_iommu_probe_resv_mem_check(img, 22, &pr), &pr, VIRTIO_IOMMU_WIRE_SHORT, VIRTIO_IOMMU_WIRE_SHORT, "end", 22);
    expect(st, "length 23", virtio_iommu_probe_resv_mem_check(img, 23, &pr), &pr, VIRTIO_IOMMU_WIRE_SHORT, VIRTIO_IOMMU_WIRE_SHORT, "end", 23);
    /* plain struct assignment with byte-order conversions of the test's own */
    checks++;
    if (sizeof(s) != 24)
        fail(st, "sizeof", "differs from the image");
    else {
        memset(&s, 0, sizeof(s));
        s.head.type = t_le16(0x1U);
        s.head.length = t_le16(0x8382U);
        s.subtype = 0x1U;
        s.reserved[0] = 0x0U;
        s.reserved[1] = 0x0U;
        s.reserved[2] = 0x0U;
        s.start = t_le64(UINT64_C(0x8f8e8d8c8b8a8988));
        s.end = t_le64(UINT64_C(0x9796959493929190));
        same_bytes(st, "struct assignment", (const unsigned char *)&s, img, 24, field_of);
    }
}

static void test_virtio_iommu_req_probe(void)
{
    static const char st[] = "virtio_iommu_req_probe";
    static const char *const field_of[72] = {
        "head.type", "head.reserved[0]", "head.reserved[1]", "head.reserved[2]",
        "endpoint", "endpoint", "endpoint", "endpoint",
        "reserved[0]", "reserved[1]", "reserved[2]", "reserved[3]",
        "reserved[4]", "reserved[5]", "reserved[6]", "reserved[7]",
        "reserved[8]", "reserved[9]", "reserved[10]", "reserved[11]",
        "reserved[12]", "reserved[13]", "reserved[14]", "reserved[15]",
        "reserved[16]", "reserved[17]", "reserved[18]", "reserved[19]",
        "reserved[20]", "reserved[21]", "reserved[22]", "reserved[23]",
        "reserved[24]", "reserved[25]", "reserved[26]", "reserved[27]",
        "reserved[28]", "reserved[29]", "reserved[30]", "reserved[31]",
        "reserved[32]", "reserved[33]", "reserved[34]", "reserved[35]",
        "reserved[36]", "reserved[37]", "reserved[38]", "reserved[39]",
        "reserved[40]", "reserved[41]", "reserved[42]", "reserved[43]",
        "reserved[44]", "reserved[45]", "reserved[46]", "reserved[47]",
        "reserved[48]", "reserved[49]", "reserved[50]", "reserved[51]",
        "reserved[52]", "reserved[53]", "reserved[54]", "reserved[55]",
        "reserved[56]", "reserved[57]", "reserved[58]", "reserved[59]",
        "reserved[60]", "reserved[61]", "reserved[62]", "reserved[63]",
    };
    static const unsigned char le[72] = {
        0x05, 0x00, 0x00, 0x00, 0x84, 0x85, 0x86, 0x87, 0x00, 0x00, 0x00, 0x00,
        0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00,
        0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00,
        0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00,
        0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00,
        0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00
    };
    static const unsigned char be[72] = {
        0x05, 0x00, 0x00, 0x00, 0x84, 0x85, 0x86, 0x87, 0x00, 0x00, 0x00, 0x00,
        0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00,
        0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00,
        0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00,
        0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00,
        0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00
    };
    const unsigned char *img = big_endian ? be : le;
    unsigned char buf[72];
    struct virtio_iommu_wire_problem pr;
    struct virtio_iommu_req_probe s;

    memset(&pr, 0, sizeof(pr));
    /* encode with the helpers, over a buffer of 0x5a */
    memset(buf, 0x5a, sizeof(buf));
    virtio_iommu_req_probe_set_head_type(buf, 0x5U);
    virtio_iommu_req_probe_set_head_reserved(buf, 0, 0x0U);
    virtio_iommu_req_probe_set_head_reserved(buf, 1, 0x0U);
    virtio_iommu_req_probe_set_head_reserved(buf, 2, 0x0U);
    virtio_iommu_req_probe_set_endpoint(buf, 0x87868584U);
    virtio_iommu_req_probe_set_reserved(buf, 0, 0x0U);
    virtio_iommu_req_probe_set_reserved(buf, 1, 0x0U);
    virtio_iommu_req_probe_set_reserved(buf, 2, 0x0U);
    virtio_iommu_req_probe_set_reserved(buf, 3, 0x0U);
    virtio_iommu_req_probe_set_reserved(buf, 4, 0x0U);
    virtio_iommu_req_probe_set_reserved(buf, 5, 0x0U);
    virtio_iommu_req_probe_set_reserved(buf, 6, 0x0U);
    virtio_iommu_req_probe_set_reserved(buf, 7, 0x0U);
    virtio_iommu_req_probe_set_reserved(buf, 8, 0x0U);
    virtio_iommu_req_probe_set_reserved(buf, 9, 0x0U);
    virtio_iommu_req_probe_set_reserved(buf, 10, 0x0U);
    virtio_iommu_req_probe_set_reserved(buf, 11, 0x0U);
    virtio_iommu_req_probe_set_reserved(buf, 12, 0x0U);
    virtio_iommu_req_probe_set_reserved(buf, 13, 0x0U);
    virtio_iommu_req_probe_set_reserved(buf, 14, 0x0U);
    virtio_iommu_req_probe_set_reserved(buf, 15, 0x0U);
    virtio_iommu_req_probe_set_reserved(buf, 16, 0x0U);
    virtio_iommu_req_probe_set_reserved(buf, 17, 0x0U);
    virtio_iommu_req_probe_set_reserved(buf, 18, 0x0U);
    virtio_iommu_req_probe_set_reserved(buf, 19, 0x0U);
    virtio_iommu_req_probe_set_reserved(buf, 20, 0x0U);
    virtio_iommu_req_probe_set_reserved(buf, 21, 0x0U);
    virtio_iommu_req_probe_set_reserved(buf, 22, 0x0U);
    virtio_iommu_req_probe_set_reserved(buf, 23, 0x0U);
    virtio_iommu_req_probe_set_reserved(buf, 24, 0x0U);
    virtio_iommu_req_probe_set_reserved(buf, 25, 0x0U);
    virtio_iommu_req_probe_set_reserved(buf, 26, 0x0U);
    virtio_iommu_req_probe_set_reserved(buf, 27, 0x0U);
    virtio_iommu_req_probe_set_reserved(buf, 28, 0x0U);
    virtio_iommu_req_probe_set_reserved(buf, 29, 0x0U);
    virtio_iommu_req_probe_set_reserved(buf, 30, 0x0U);
    virtio_iommu_req_probe_set_reserved(buf, 31, 0x0U);
    virtio_iommu_req_probe_set_reserved(buf, 32, 0x0U);
    virtio_iommu_req_probe_set_reserved(buf, 33, 0x0U);
    virtio_iommu_req_probe_set_reserved(buf, 34, 0x0U);
    virtio_iommu_req_probe_set_reserved(buf, 35, 0x0U);
    virtio_iommu_req_probe_set_reserved(buf, 36, 0x0U);
    virtio_iommu_req_probe_set_reserved(buf, 37, 0x0U);
    virtio_iommu_req_probe_set_reserved(buf, 38, 0x0U);
    virtio_iommu_req_probe_set_reserved(buf, 39, 0x0U);
    virtio_iommu_req_probe_set_reserved(buf, 40, 0x0U);
    virtio_iommu_req_probe_set_reserved(buf, 41, 0x0U);
    virtio_iommu_req_probe_set_reserved(buf, 42, 0x0U);
    virtio_iommu_req_probe_set_reserved(buf, 43, 0x0U);
    virtio_iommu_req_probe_set_reserved(buf, 44, 0x0U);
    virtio_iommu_req_probe_set_reserved(buf, 45, 0x0U);
    virtio_iommu_req_probe_set_reserved(buf, 46, 0x0U);
    virtio_iommu_req_probe_set_reserved(buf, 47, 0x0U);
    virtio_iommu_req_probe_set_reserved(buf, 48, 0x0U);
    virtio_iommu_req_probe_set_reserved(buf, 49, 0x0U);
    virtio_iommu_req_probe_set_reserved(buf, 50, 0x0U);
    virtio_iommu_req_probe_set_reserved(buf, 51, 0x0U);
    virtio_iommu_req_probe_set_reserved(buf, 52, 0x0U);
    virtio_iommu_req_probe_set_reserved(buf, 53, 0x0U);
    virtio_iommu_req_probe_set_reserved(buf, 54, 0x0U);
    virtio_iommu_req_probe_set_reserved(buf, 55, 0x0U);
    virtio_iommu_req_probe_set_reserved(buf, 56, 0x0U);
    virtio_iommu_req_probe_set_reserved(buf, 57, 0x0U);
    virtio_iommu_req_probe_set_reserved(buf, 58, 0x0U);
    virtio_iommu_req_probe_set_reserved(buf, 59, 0x0U);
    virtio_iommu_req_probe_set_reserved(buf, 60, 0x0U);
    virtio_iommu_req_probe_set_reserved(buf, 61, 0x0U);
    virtio_iommu_req_probe_set_reserved(buf, 62, 0x0U);
    virtio_iommu_req_probe_set_reserved(buf, 63, 0x0U);
    same_bytes(st, "encoded", buf, img, 72, field_of);
    /* decode the image */
    same_value(st, "head.type", "get", virtio_iommu_req_probe_get_head_type(img), UINT64_C(0x5));
    same_value(st, "head.reserved[0]", "get", virtio_iommu_req_probe_get_head_reserved(img, 0), UINT64_C(0x0));
    same_value(st, "head.reserved[1]", "get", virtio_iommu_req_probe_get_head_reserved(img, 1), UINT64_C(0x0));
    same_value(st, "head.reserved[2]", "get", virtio_iommu_req_probe_get_head_reserved(img, 2), UINT64_C(0x0));
    same_value(st, "endpoint", "get", virtio_iommu_req_probe_get_endpoint(img), UINT64_C(0x87868584));
    same_value(st, "reserved[0]", "get", virtio_iommu_req_probe_get_reserved(img, 0), UINT64_C(0x0));
    same_value(st, "reserved[1]", "get", virtio_iommu_req_probe_get_reserved(img, 1), UINT64_C(0x0));
    same_value(st, "reserved[2]", "get", virtio_iommu_req_probe_get_reserved(img, 2), UINT64_C(0x0));
    same_value(st, "reserved[3]", "get", virtio_iommu_req_probe_get_reserved(img, 3), UINT64_C(0x0));
    same_value(st, "reserved[4]", "get", virtio_iommu_req_probe_get_reserved(img, 4), UINT64_C(0x0));
    same_value(st, "reserved[5]", "get", virtio_iommu_req_probe_get_reserved(img, 5), UINT64_C(0x0));
    same_value(st, "reserved[6]", "get", virtio_iommu_req_probe_get_reserved(img, 6), UINT64_C(0x0));
    same_value(st, "reserved[7]", "get", virtio_iommu_req_probe_get_reserved(img, 7), UINT64_C(0x0));
    same_value(st, "reserved[8]", "get", virtio_iommu_req_probe_get_reserved(img, 8), UINT64_C(0x0));
    same_value(st, "reserved[9]", "get", virtio_iommu_req_probe_get_reserved(img, 9), UINT64_C(0x0));
    same_value(st, "reserved[10]", "get", virtio_iommu_req_probe_get_reserved(img, 10), UINT64_C(0x0));
    same_value(st, "reserved[11]", "get", virtio_iommu_req_probe_get_reserved(img, 11), UINT64_C(0x0));
    same_value(st, "reserved[12]", "get", virtio_iommu_req_probe_get_reserved(img, 12), UINT64_C(0x0));
    same_value(st, "reserved[13]", "get", virtio_iommu_req_probe_get_reserved(img, 13), UINT64_C(0x0));
    same_value(st, "reserved[14]", "get", virtio_iommu_req_probe_get_reserved(img, 14), UINT64_C(0x0));
    same_value(st, "reserved[15]", "get", virtio_iommu_req_probe_get_reserved(img, 15), UINT64_C(0x0));
    same_value(st, "reserved[16]", "get", virtio_iommu_req_probe_get_reserved(img, 16), UINT64_C(0x0));
    same_value(st, "reserved[17]", "get", virtio_iommu_req_probe_get_reserved(img, 17), UINT64_C(0x0));
    same_value(st, "reserved[18]", "get", virtio_iommu_req_probe_get_reserved(img, 18), UINT64_C(0x0));
    same_value(st, "reserved[19]", "get", virtio_iommu_req_probe_get_reserved(img, 19), UINT64_C(0x0));
    same_value(st, "reserved[20]", "get", virtio_iommu_req_probe_get_reserved(img, 20), UINT64_C(0x0));
    same_value(st, "reserved[21]", "get", virtio_iommu_req_probe_get_reserved(img, 21), UINT64_C(0x0));
    same_value(st, "reserved[22]", "get", virtio_iommu_req_probe_get_reserved(img, 22), UINT64_C(0x0));
    same_value(st, "reserved[23]", "get", virtio_iommu_req_probe_get_reserved(img, 23), UINT64_C(0x0));
    same_value(st, "reserved[24]", "get", virtio_iommu_req_probe_get_reserved(img, 24), UINT64_C(0x0));
    same_value(st, "reserved[25]", "get", virtio_iommu_req_probe_get_reserved(img, 25), UINT64_C(0x0));
    same_value(st, "reserved[26]", "get", virtio_iommu_req_probe_get_reserved(img, 26), UINT64_C(0x0));
    same_value(st, "reserved[27]", "get", virtio_iommu_req_probe_get_reserved(img, 27), UINT64_C(0x0));
    same_value(st, "reserved[28]", "get", virtio_iommu_req_probe_get_reserved(img, 28), UINT64_C(0x0));
    same_value(st, "reserved[29]", "get", virtio_iommu_req_probe_get_reserved(img, 29), UINT64_C(0x0));
    same_value(st, "reserved[30]", "get", virtio_iommu_req_probe_get_reserved(img, 30), UINT64_C(0x0));
    same_value(st, "reserved[31]", "get", virtio_iommu_req_probe_get_reserved(img, 31), UINT64_C(0x0));
    same_value(st, "reserved[32]", "get", virtio_iommu_req_probe_get_reserved(img, 32), UINT64_C(0x0));
    same_value(st, "reserved[33]", "get", virtio_iommu_req_probe_get_reserved(img, 33), UINT64_C(0x0));
    same_value(st, "reserved[34]", "get", virtio_iommu_req_probe_get_reserved(img, 34), UINT64_C(0x0));
    same_value(st, "reserved[35]", "get", virtio_iommu_req_probe_get_reserved(img, 35), UINT64_C(0x0));
    same_value(st, "reserved[36]", "get", virtio_iommu_req_probe_get_reserved(img, 36), UINT64_C(0x0));
    same_value(st, "reserved[37]", "get", virtio_iommu_req_probe_get_reserved(img, 37), UINT64_C(0x0));
    same_value(st, "reserved[38]", "get", virtio_iommu_req_probe_get_reserved(img, 38), UINT64_C(0x0));
    same_value(st, "reserved[39]", "get", virtio_iommu_req_probe_get_reserved(img, 39), UINT64_C(0x0));
    same_value(st, "reserved[40]", "get", virtio_iommu_req_probe_get_reserved(img, 40), UINT64_C(0x0));
    same_value(st, "reserved[41]", "get", virtio_iommu_req_probe_get_reserved(img, 41), UINT64_C(0x0));
    same_value(st, "reserved[42]", "get", virtio_iommu_req_probe_get_reserved(img, 42), UINT64_C(0x0));
    same_value(st, "reserved[43]", "get", virtio_iommu_req_probe_get_reserved(img, 43), UINT64_C(0x0));
    same_value(st, "reserved[44]", "get", virtio_iommu_req_probe_get_reserved(img, 44), UINT64_C(0x0));
    same_value(st, "reserved[45]", "get", virtio_iommu_req_probe_get_reserved(img, 45), UINT64_C(0x0));
    same_value(st, "reserved[46]", "get", virtio_iommu_req_probe_get_reserved(img, 46), UINT64_C(0x0));
    same_value(st, "reserved[47]", "get", virtio_iommu_req_probe_get_reserved(img, 47), UINT64_C(0x0));
    same_value(st, "reserved[48]", "get", virtio_iommu_req_probe_get_reserved(img, 48), UINT64_C(0x0));
    same_value(st, "reserved[49]", "get", virtio_iommu_req_probe_get_reserved(img, 49), UINT64_C(0x0));
    same_value(st, "reserved[50]", "get", virtio_iommu_req_probe_get_reserved(img, 50), UINT64_C(0x0));
    same_value(st, "reserved[51]", "get", virtio_iommu_req_probe_get_reserved(img, 51), UINT64_C(0x0));
    same_value(st, "reserved[52]", "get", virtio_iommu_req_probe_get_reserved(img, 52), UINT64_C(0x0));
    same_value(st, "reserved[53]", "get", virtio_iommu_req_probe_get_reserved(img, 53), UINT64_C(0x0));
    same_value(st, "reserved[54]", "get", virtio_iommu_req_probe_get_reserved(img, 54), UINT64_C(0x0));
    same_value(st, "reserved[55]", "get", virtio_iommu_req_probe_get_reserved(img, 55), UINT64_C(0x0));
    same_value(st, "reserved[56]", "get", virtio_iommu_req_probe_get_reserved(img, 56), UINT64_C(0x0));
    same_value(st, "reserved[57]", "get", virtio_iommu_req_probe_get_reserved(img, 57), UINT64_C(0x0));
    same_value(st, "reserved[58]", "get", virtio_iommu_req_probe_get_reserved(img, 58), UINT64_C(0x0));
    same_value(st, "reserved[59]", "get", virtio_iommu_req_probe_get_reserved(img, 59), UINT64_C(0x0));
    same_value(st, "reserved[60]", "get", virtio_iommu_req_probe_get_reserved(img, 60), UINT64_C(0x0));
    same_value(st, "reserved[61]", "get", virtio_iommu_req_probe_get_reserved(img, 61), UINT64_C(0x0));
    same_value(st, "reserved[62]", "get", virtio_iommu_req_probe_get_reserved(img, 62), UINT64_C(0x0));
    same_value(st, "reserved[63]", "get", virtio_iommu_req_probe_get_reserved(img, 63), UINT64_C(0x0));
    /* the image passes its check with nothing to report */
    expect(st, "golden image", virtio_iommu_req_probe_check(img, 72, &pr), &pr, VIRTIO_IOMMU_WIRE_OK, 0, "", 0);
    memcpy(buf, img, sizeof(buf));
    virtio_iommu_req_probe_set_head_type(buf, 0x0U);
    expect(st, "value 0", virtio_iommu_req_probe_check(buf, 72, &pr), &pr, VIRTIO_IOMMU_WIRE_VALUE, VIRTIO_IOMMU_WIRE_VALUE, "head.type", 0);
    memcpy(buf, img, sizeof(buf));
    virtio_iommu_req_probe_set_head_type(buf, 0x6U);
    expect(st, "value 6", virtio_iommu_req_probe_check(buf, 72, &pr), &pr, VIRTIO_IOMMU_WIRE_VALUE, VIRTIO_IOMMU_WIRE_VALUE, "head.type", 0);
    memcpy(buf, img, sizeof(buf));
    virtio_iommu_req_probe_set_head_type(buf, 0xffU);
    expect(st, "value 255", virtio_iommu_req_probe_check(buf, 72, &pr), &pr, VIRTIO_IOMMU_WIRE_VALUE, VIRTIO_IOMMU_WIRE_VALUE, "head.type", 0);
    memcpy(buf, img, sizeof(buf));
    buf[1] = 0xa5;
    expect(st, "reserved byte 1 set", virtio_iommu_req_probe_check(buf, 72, &pr), &pr, VIRTIO_IOMMU_WIRE_NOTE, VIRTIO_IOMMU_WIRE_RESERVED, "head.reserved", 1);
    memcpy(buf, img, sizeof(buf));
    buf[2] = 0xa5;
    expect(st, "reserved byte 2 set", virtio_iommu_req_probe_check(buf, 72, &pr), &pr, VIRTIO_IOMMU_WIRE_NOTE, VIRTIO_IOMMU_WIRE_RESERVED, "head.reserved", 2);
    memcpy(buf, img, sizeof(buf));
    buf[3] = 0xa5;
    expect(st, "reserved byte 3 set", virtio_iommu_req_probe_check(buf, 72, &pr), &pr, VIRTIO_IOMMU_WIRE_NOTE, VIRTIO_IOMMU_WIRE_RESERVED, "head.reserved", 3);
    memcpy(buf, img, sizeof(buf));
    buf[8] = 0xa5;
    expect(st, "reserved byte 8 set", virtio_iommu_req_probe_check(buf, 72, &pr), &pr, VIRTIO_IOMMU_WIRE_NOTE, VIRTIO_IOMMU_WIRE_RESERVED, "reserved", 8);
    memcpy(buf, img, sizeof(buf));
    buf[9] = 0xa5;
    expect(st, "reserved byte 9 set", virtio_iommu_req_probe_check(buf, 72, &pr), &pr, VIRTIO_IOMMU_WIRE_NOTE, VIRTIO_IOMMU_WIRE_RESERVED, "reserved", 9);
    memcpy(buf, img, sizeof(buf));
    buf[10] = 0xa5;
    expect(st, "reserved byte 10 set", virtio_iommu_req_probe_check(buf, 72, &pr), &pr, VIRTIO_IOMMU_WIRE_NOTE, VIRTIO_IOMMU_WIRE_RESERVED, "reserved", 10);
    memcpy(buf, img, sizeof(buf));
    buf[11] = 0xa5;
    expect(st, "reserved byte 11 set", virtio_iommu_req_probe_check(buf, 72, &pr), &pr, VIRTIO_IOMMU_WIRE_NOTE, VIRTIO_IOMMU_WIRE_RESERVED, "reserved", 11);
    memcpy(buf, img, sizeof(buf));
    buf[12] = 0xa5;
    expect(st, "reserved byte 12 set", virtio_iommu_req_probe_check(buf, 72, &pr), &pr, VIRTIO_IOMMU_WIRE_NOTE, VIRTIO_IOMMU_WIRE_RESERVED, "reserved", 12);
    memcpy(buf, img, sizeof(buf));
    buf[13] = 0xa5;
    expect(st, "reserved byte 13 set", virtio_iommu_req_probe_check(buf, 72, &pr), &pr, VIRTIO_IOMMU_WIRE_NOTE, VIRTIO_IOMMU_WIRE_RESERVED, "reserved", 13);
    memcpy(buf, img, sizeof(buf));
    buf[14] = 0xa5;
    expect(st, "reserved byte 14 set", virtio_iommu_req_probe_check(buf, 72, &pr), &pr, VIRTIO_IOMMU_WIRE_NOTE, VIRTIO_IOMMU_WIRE_RESERVED, "reserved", 14);
    memcpy(buf, img, sizeof(buf));
    buf[15] = 0xa5;
    expect(st, "reserved byte 15 set", virtio_iommu_req_probe_check(buf, 72, &pr), &pr, VIRTIO_IOMMU_WIRE_NOTE, VIRTIO_IOMMU_WIRE_RESERVED, "reserved", 15);
    memcpy(buf, img, sizeof(buf));
    buf[16] = 0xa5;
    expect(st, "reserved byte 16 set", virtio_iommu_req_probe_check(buf, 72, &pr), &pr, VIRTIO_IOMMU_WIRE_NOTE, VIRTIO_IOMMU_WIRE_RESERVED, "reserved", 16);
    memcpy(buf, img, sizeof(buf));
    buf[17] = 0xa5;
    expect(st, "reserved byte 17 set", virtio_iommu_req_probe_check(buf, 72, &pr), &pr, VIRTIO_IOMMU_WIRE_NOTE, VIRTIO_IOMMU_WIRE_RESERVED, "reserved", 17);
    memcpy(buf, img, sizeof(buf));
    buf[18] = 0xa5;
    expect(st, "reserved byte 18 set", virtio_iommu_req_probe_check(buf, 72, &pr), &pr, VIRTIO_IOMMU_WIRE_NOTE, VIRTIO_IOMMU_WIRE_RESERVED, "reserved", 18);
    memcpy(buf, img, sizeof(buf));
    buf[19] = 0xa5;
    expect(st, "reserved byte 19 set", virtio_iommu_req_probe_check(buf, 72, &pr), &pr, VIRTIO_IOMMU_WIRE_NOTE, VIRTIO_IOMMU_WIRE_RESERVED, "reserved", 19);
    memcpy(buf, img, sizeof(buf));
    buf[20] = 0xa5;
    expect(st, "reserved byte 20 set", virtio_iommu_req_probe_check(buf, 72, &pr), &pr, VIRTIO_IOMMU_WIRE_NOTE, VIRTIO_IOMMU_WIRE_RESERVED, "reserved", 20);
    memcpy(buf, img, sizeof(buf));
    buf[21] = 0xa5;
    expect(st, "reserved byte 21 set", virtio_iommu_req_probe_check(buf, 72, &pr), &pr, VIRTIO_IOMMU_WIRE_NOTE, VIRTIO_IOMMU_WIRE_RESERVED, "reserved", 21);
    memcpy(buf, img, sizeof(buf));
    buf[22] = 0xa5;
    expect(st, "reserved byte 22 set", virtio_iommu_req_probe_check(buf, 72, &pr), &pr, VIRTIO_IOMMU_WIRE_NOTE, VIRTIO_IOMMU_WIRE_RESERVED, "reserved", 22);
    memcpy(buf, img, sizeof(buf));
    buf[23] = 0xa5;
    expect(st, "reserved byte 23 set", virtio_iommu_req_probe_check(buf, 72, &pr), &pr, VIRTIO_IOMMU_WIRE_NOTE, VIRTIO_IOMMU_WIRE_RESERVED, "reserved", 23);
    memcpy(buf, img, sizeof(buf));
    buf[24] = 0xa5;
    expect(st, "reserved byte 24 set", virtio_iommu_req_probe_check(buf, 72, &pr), &pr, VIRTIO_IOMMU_WIRE_NOTE, VIRTIO_IOMMU_WIRE_RESERVED, "reserved", 24);
    memcpy(buf, img, sizeof(buf));
    buf[25] = 0xa5;
    expect(st, "reserved byte 25 set", virtio_iommu_req_probe_check(buf, 72, &pr), &pr, VIRTIO_IOMMU_WIRE_NOTE, VIRTIO_IOMMU_WIRE_RESERVED, "reserved", 25);
    memcpy(buf, img, sizeof(buf));
    buf[26] = 0xa5;
    expect(st, "reserved byte 26 set", virtio_iommu_req_probe_check(buf, 72, &pr), &pr, VIRTIO_IOMMU_WIRE_NOTE, VIRTIO_IOMMU_WIRE_RESERVED, "reserved", 26);
    memcpy(buf, img, sizeof(buf));
    buf[27] = 0xa5;
    expect(st, "reserved byte 27 set", virtio_iommu_req_probe_check(buf, 72, &pr), &pr, VIRTIO_IOMMU_WIRE_NOTE, VIRTIO_IOMMU_WIRE_RESERVED, "reserved", 27);
    memcpy(buf, img, sizeof(buf));
    buf[28] = 0xa5;
    expect(st, "reserved byte 28 set", virtio_iommu_req_probe_check(buf, 72, &pr), &pr, VIRTIO_IOMMU_WIRE_NOTE, VIRTIO_IOMMU_WIRE_RESERVED, "reserved", 28);
    memcpy(buf, img, sizeof(buf));
    buf[29] = 0xa5;
    expect(st, "reserved byte 29 set", virtio_iommu_req_probe_check(buf, 72, &pr), &pr, VIRTIO_IOMMU_WIRE_NOTE, VIRTIO_IOMMU_WIRE_RESERVED, "reserved", 29);
    memcpy(buf, img, sizeof(buf));
    buf[30] = 0xa5;
    expect(st, "reserved byte 30 set", virtio_iommu_req_probe_check(buf, 72, &pr), &pr, VIRTIO_IOMMU_WIRE_NOTE, VIRTIO_IOMMU_WIRE_RESERVED, "reserved", 30);
    memcpy(buf, img, sizeof(buf));
    buf[31] = 0xa5;
    expect(st, "reserved byte 31 set", virtio_iommu_req_probe_check(buf, 72, &pr), &pr, VIRTIO_IOMMU_WIRE_NOTE, VIRTIO_IOMMU_WIRE_RESERVED, "reserved", 31);
    memcpy(buf, img, sizeof(buf));
    buf[32] = 0xa5;
    expect(st, "reserved byte 32 set", virtio_iommu_req_probe_check(buf, 72, &pr), &pr, VIRTIO_IOMMU_WIRE_NOTE, VIRTIO_IOMMU_WIRE_RESERVED, "reserved", 32);
    memcpy(buf, img, sizeof(buf));
    buf[33] = 0xa5;
    expect(st, "reserved byte 33 set", virtio_iommu_req_probe_check(buf, 72, &pr), &pr, VIRTIO_IOMMU_WIRE_NOTE, VIRTIO_IOMMU_WIRE_RESERVED, "reserved", 33);
    memcpy(buf, img, sizeof(buf));
    buf[34] = 0xa5;
    expect(st, "reserved byte 34 set", virtio_iommu_req_probe_check(buf, 72, &pr), &pr, VIRTIO_IOMMU_WIRE_NOTE, VIRTIO_IOMMU_WIRE_RESERVED, "reserved", 34);
    memcpy(buf, img, sizeof(buf));
    buf[35] = 0xa5;
    expect(st, "reserved byte 35 set", virtio_iommu_req_probe_check(buf, 72, &pr), &pr, VIRTIO_IOMMU_WIRE_NOTE, VIRTIO_IOMMU_WIRE_RESERVED, "reserved", 35);
    memcpy(buf, img, sizeof(buf));
    buf[36] = 0xa5;
    expect(st, "reserved byte 36 set", virtio_iommu_req_probe_check(buf, 72, &pr), &pr, VIRTIO_IOMMU_WIRE_NOTE, VIRTIO_IOMMU_WIRE_RESERVED, "reserved", 36);
    memcpy(buf, img, sizeof(buf));
    buf[37] = 0xa5;
    expect(st, "reserved byte 37 set", virtio_iommu_req_probe_check(buf, 72, &pr), &pr, VIRTIO_IOMMU_WIRE_NOTE, VIRTIO_IOMMU_WIRE_RESERVED, "reserved", 37);
    memcpy(buf, img, sizeof(buf));
    buf[38] = 0xa5;
    expect(st, "reserved byte 38 set", virtio_iommu_req_probe_check(buf, 72, &pr), &pr, VIRTIO_IOMMU_WIRE_NOTE, VIRTIO_IOMMU_WIRE_RESERVED, "reserved", 38);
    memcpy(buf, img, sizeof(buf));
    buf[39] = 0xa5;
    expect(st, "reserved byte 39 set", virtio_iommu_req_probe_check(buf, 72, &pr), &pr, VIRTIO_IOMMU_WIRE_NOTE, VIRTIO_IOMMU_WIRE_RESERVED, "reserved", 39);
    memcpy(buf, img, sizeof(buf));
    buf[40] = 0xa5;
    expect(st, "reserved byte 40 set", virtio_iommu_req_probe_check(buf, 72, &pr), &pr, VIRTIO_IOMMU_WIRE_NOTE, VIRTIO_IOMMU_WIRE_RESERVED, "reserved", 40);
    memcpy(buf, img, sizeof(buf));
    buf[41] = 0xa5;
    expect(st, "reserved byte 41 set", virtio_iommu_req_probe_check(buf, 72, &pr), &pr, VIRTIO_IOMMU_WIRE_NOTE, VIRTIO_IOMMU_WIRE_RESERVED, "reserved", 41);
    memcpy(buf, img, sizeof(buf));
    buf[42] = 0xa5;
    expect(st, "reserved byte 42 set", virtio_iommu_req_probe_check(buf, 72, &pr), &pr, VIRTIO_IOMMU_WIRE_NOTE, VIRTIO_IOMMU_WIRE_RESERVED, "reserved", 42);
    memcpy(buf, img, sizeof(buf));
    buf[43] = 0xa5;
    expect(st, "reserved byte 43 set", virtio_iommu_req_probe_check(buf, 72, &pr), &pr, VIRTIO_IOMMU_WIRE_NOTE, VIRTIO_IOMMU_WIRE_RESERVED, "reserved", 43);
    memcpy(buf, img, sizeof(buf));
    buf[44] = 0xa5;
    expect(st, "reserved byte 44 set", virtio_iommu_req_probe_check(buf, 72, &pr), &pr, VIRTIO_IOMMU_WIRE_NOTE, VIRTIO_IOMMU_WIRE_RESERVED, "reserved", 44);
    memcpy(buf, img, sizeof(buf));
    buf[45] = 0xa5;
    expect(st, "reserved byte 45 set", virtio_iommu_req_probe_check(buf, 72, &pr), &pr, VIRTIO_IOMMU_WIRE_NOTE, VIRTIO_IOMMU_WIRE_RESERVED, "reserved", 45);
    memcpy(buf, img, sizeof(buf));
    buf[46] = 0xa5;
    expect(st, "reserved byte 46 set", virtio_iommu_req_probe_check(buf, 72, &pr), &pr, VIRTIO_IOMMU_WIRE_NOTE, VIRTIO_IOMMU_WIRE_RESERVED, "reserved", 46);
    memcpy(buf, img, sizeof(buf));
    buf[47] = 0xa5;
    expect(st, "reserved byte 47 set", virtio_iommu_req_probe_check(buf, 72, &pr), &pr, VIRTIO_IOMMU_WIRE_NOTE, VIRTIO_IOMMU_WIRE_RESERVED, "reserved", 47);
    memcpy(buf, img, sizeof(buf));
    buf[48] = 0xa5;
    expect(st, "reserved byte 48 set", virtio_iommu_req_probe_check(buf, 72, &pr), &pr, VIRTIO_IOMMU_WIRE_NOTE, VIRTIO_IOMMU_WIRE_RESERVED, "reserved", 48);
    memcpy(buf, img, sizeof(buf));
    buf[49] = 0xa5;
    expect(st, "reserved byte 49 set", virtio_iommu_req_probe_check(buf, 72, &pr), &pr, VIRTIO_IOMMU_WIRE_NOTE, VIRTIO_IOMMU_WIRE_RESERVED, "reserved", 49);
    memcpy(buf, img, sizeof(buf));
    buf[50] = 0xa5;
    expect(st, "reserved byte 50 set", virtio_iommu_req_probe_check(buf, 72, &pr), &pr, VIRTIO_IOMMU_WIRE_NOTE, VIRTIO_IOMMU_WIRE_RESERVED, "reserved", 50);
    memcpy(buf, img, sizeof(buf));
    buf[51] = 0xa5;
    expect(st, "reserved byte 51 set", virtio_iommu_req_probe_check(buf, 72, &pr), &pr, VIRTIO_IOMMU_WIRE_NOTE, VIRTIO_IOMMU_WIRE_RESERVED, "reserved", 51);
    memcpy(buf, img, sizeof(buf));
    buf[52] = 0xa5;
    expect(st, "reserved byte 52 set", virtio_iommu_req_probe_check(buf, 72, &pr), &pr, VIRTIO_IOMMU_WIRE_NOTE, VIRTIO_IOMMU_WIRE_RESERVED, "reserved", 52);
    memcpy(buf, img, sizeof(buf));
    buf[53] = 0xa5;
    expect(st, "reserved byte 53 set", virtio_iommu_req_probe_check(buf, 72, &pr), &pr, VIRTIO_IOMMU_WIRE_NOTE, VIRTIO_IOMMU_WIRE_RESERVED, "reserved", 53);
    memcpy(buf, img, sizeof(buf));
    buf[54] = 0xa5;
    expect(st, "reserved byte 54 set", virtio_iommu_req_probe_check(buf, 72, &pr), &pr, VIRTIO_IOMMU_WIRE_NOTE, VIRTIO_IOMMU_WIRE_RESERVED, "reserved", 54);
    memcpy(buf, img, sizeof(buf));
    buf[55] = 0xa5;
    expect(st, "reserved byte 55 set", virtio_iommu_req_probe_check(buf, 72, &pr), &pr, VIRTIO_IOMMU_WIRE_NOTE, VIRTIO_IOMMU_WIRE_RESERVED, "reserved", 55);
    memcpy(buf, img, sizeof(buf));
    buf[56] = 0xa5;
    expect(st, "reserved byte 56 set", virtio_iommu_req_probe_check(buf, 72, &pr), &pr, VIRTIO_IOMMU_WIRE_NOTE, VIRTIO_IOMMU_WIRE_RESERVED, "reserved", 56);
    memcpy(buf, img, sizeof(buf));
    buf[57] = 0xa5;
    expect(st, "reserved byte 57 set", virtio_iommu_req_probe_check(buf, 72, &pr), &pr, VIRTIO_IOMMU_WIRE_NOTE, VIRTIO_IOMMU_WIRE_RESERVED, "reserved", 57);
    memcpy(buf, img, sizeof(buf));
    buf[58] = 0xa5;
    expect(st, "reserved byte 58 set", virtio_iommu_req_probe_check(buf, 72, &pr), &pr, VIRTIO_IOMMU_WIRE_NOTE, VIRTIO_IOMMU_WIRE_RESERVED, "reserved", 58);
    memcpy(buf, img, sizeof(buf));
    buf[59] = 0xa5;
    expect(st, "reserved byte 59 set", virtio_iommu_req_probe_check(buf, 72, &pr), &pr, VIRTIO_IOMMU_WIRE_NOTE, VIRTIO_IOMMU_WIRE_RESERVED, "reserved", 59);
    memcpy(buf, img, sizeof(buf));
    buf[60] = 0xa5;
    expect(st, "reserved byte 60 set", virtio_iommu_req_probe_check(buf, 72, &pr), &pr, VIRTIO_IOMMU_WIRE_NOTE, VIRTIO_IOMMU_WIRE_RESERVED, "reserved", 60);
    memcpy(buf, img, sizeof(buf));
    buf[61] = 0xa5;
    expect(st, "reserved byte 61 set", virtio_iommu_req_probe_check(buf, 72, &pr), &pr, VIRTIO_IOMMU_WIRE_NOTE, VIRTIO_IOMMU_WIRE_RESERVED, "reserved", 61);
    memcpy(buf, img, sizeof(buf));
    buf[62] = 0xa5;
    expect(st, "reserved byte 62 set", virtio_iommu_req_probe_check(buf, 72, &pr), &pr, VIRTIO_IOMMU_WIRE_NOTE, VIRTIO_IOMMU_WIRE_RESERVED, "reserved", 62);
    memcpy(buf, img, sizeof(buf));
    buf[63] = 0xa5;
    expect(st, "reserved byte 63 set", virtio_iommu_req_probe_check(buf, 72, &pr), &pr, VIRTIO_IOMMU_WIRE_NOTE, VIRTIO_IOMMU_WIRE_RESERVED, "reserved", 63);
    memcpy(buf, img, sizeof(buf));
    buf[64] = 0xa5;
    expect(st, "reserved byte 64 set", virtio_iommu_req_probe_check(buf, 72, &pr), &pr, VIRTIO_IOMMU_WIRE_NOTE, VIRTIO_IOMMU_WIRE_RESERVED, "reserved", 64);
    memcpy(buf, img, sizeof(buf));
    buf[65] = 0xa5;
    expect(st, "reserved byte 65 set", virtio_iommu_req_probe_check(buf, 72, &pr), &pr, VIRTIO_IOMMU_WIRE_NOTE, VIRTIO_IOMMU_WIRE_RESERVED, "reserved", 65);
    memcpy(buf, img, sizeof(buf));
    buf[66] = 0xa5;
    expect(st, "reserved byte 66 set", virtio_iommu_req_probe_check(buf, 72, &pr), &pr, VIRTIO_IOMMU_WIRE_NOTE, VIRTIO_IOMMU_WIRE_RESERVED, "reserved", 66);
    memcpy(buf, img, sizeof(buf));
    buf[67] = 0xa5;
    expect(st, "reserved byte 67 set", virtio_iommu_req_probe_check(buf, 72, &pr), &pr, VIRTIO_IOMMU_WIRE_NOTE, VIRTIO_IOMMU_WIRE_RESERVED, "reserved", 67);
    memcpy(buf, img, sizeof(buf));
    buf[68] = 0xa5;
    expect(st, "reserved byte 68 set", virtio_iommu_req_probe_check(buf, 72, &pr), &pr, VIRTIO_IOMMU_WIRE_NOTE, VIRTIO_IOMMU_WIRE_RESERVED, "reserved", 68);
    memcpy(buf, img, sizeof(buf));
    buf[69] = 0xa5;
    expect(st, "reserved byte 69 set", virtio_iommu_req_probe_check(buf, 72, &pr), &pr, VIRTIO_IOMMU_WIRE_NOTE, VIRTIO_IOMMU_WIRE_RESERVED, "reserved", 69);
    memcpy(buf, img, sizeof(buf));
    buf[70] = 0xa5;
    expect(st, "reserved byte 70 set", virtio_iommu_req_probe_check(buf, 72, &pr), &pr, VIRTIO_IOMMU_WIRE_NOTE, VIRTIO_IOMMU_WIRE_RESERVED, "reserved", 70);
    memcpy(buf, img, sizeof(buf));
    buf[71] = 0xa5;
    expect(st, "reserved byte 71 set", virtio_iommu_req_probe_check(buf, 72, &pr), &pr, VIRTIO_IOMMU_WIRE_NOTE, VIRTIO_IOMMU_WIRE_RESERVED, "reserved", 71);
    /* every length short of VIRTIO_IOMMU_REQ_PROBE_MIN_SIZE */
    expect(st, "length 0", virtio_iommu_req_probe_check(img, 0, &pr), &pr, VIRTIO_IOMMU_WIRE_SHORT, VIRTIO_IOMMU_WIRE_SHORT, "head.type", 0);
    expect(st, "length 1", virtio_iommu_req_probe_check(img, 1, &pr), &pr, VIRTIO_IOMMU_WIRE_SHORT, VIRTIO_IOMMU_WIRE_SHORT, "head.reserved", 1);
    expect(st, "length 2", virtio_iommu_req_probe_check(img, 2, &pr), &pr, VIRTIO_IOMMU_WIRE_SHORT, VIRTIO_IOMMU_WIRE_SHORT, "head.reserved", 2);
    expect(st, "length 3", virtio_iommu_req_probe_check(img, 3, &pr), &pr, VIRTIO_IOMMU_WIRE_SHORT, VIRTIO_IOMMU_WIRE_SHORT, "head.reserved", 3);
    expect(st, "length 4", virtio_iommu_req_probe_check(img, 4, &pr), &pr, VIRTIO_IOMMU_WIRE_SHORT, VIRTIO_IOMMU_WIRE_SHORT, "endpoint", 4);
    expect(st, "length 5", virtio_iommu_req_probe_check(img, 5, &pr), &pr, VIRTIO_IOMMU_WIRE_SHORT, VIRTIO_IOMMU_WIRE_SHORT, "endpoint", 5);
    expect(st, "length 6", virtio_iommu_req_probe_check(img, 6, &pr), &pr, VIRTIO_IOMMU_WIRE_SHORT, VIRTIO_IOMMU_WIRE_SHORT, "endpoint", 6);
    expect(st, "length 7", virtio_iommu_req_probe_check(img, 7, &pr), &pr, VIRTIO_IOMMU_WIRE_SHORT, VIRTIO_IOMMU_WIRE_SHORT, "endpoint", 7);
    expect(st, "length 8", virtio_iommu_req_probe_check(img, 8, &pr), &pr, VIRTIO_IOMMU_WIRE_SHORT, VIRTIO_IOMMU_WIRE_SHORT, "reserved", 8);
    expect(st, "length 9", virtio_iommu_req_probe_check(img, 9, &pr), &pr, VIRTIO_IOMMU_WIRE_SHORT, VIRTIO_IOMMU_WIRE_SHORT, "reserved", 9);
    expect(st, "length 10", virtio_iommu_req_probe_check(img, 10, &pr), &pr, VIRTIO_IOMMU_WIRE_SHORT, VIRTIO_IOMMU_WIRE_SHORT, "reserved", 10);
    expect(st, "length 11", virtio_iommu_req_probe_check(img, 11, &pr), &pr, VIRTIO_IOMMU_WIRE_SHORT, VIRTIO_IOMMU_WIRE_SHORT, "reserved", 11);
    expect(st, "length 12", virtio_iommu_req_probe_check(img, 12, &pr), &pr, VIRTIO_IOMMU_WIRE_SHORT, VIRTIO_IOMMU_WIRE_SHORT, "reserved", 12);
    expect(st, "length 13", virtio_iommu_req_probe_check(img, 13, &pr), &pr, VIRTIO_IOMMU_WIRE_SHORT, VIRTIO_IOMMU_WIRE_SHORT, "reserved", 13);
    expect(st, "length 14", virtio_iommu_req_probe_check(img, 14, &pr), &pr, VIRTIO_IOMMU_WIRE_SHORT, VIRTIO_IOMMU_WIRE_SHORT, "reserved", 14);
    expect(st, "length 15", virtio_iommu_req_probe_check(img, 15, &pr), &pr, VIRTIO_IOMMU_WIRE_SHORT, VIRTIO_IOMMU_WIRE_SHORT, "reserved", 15);
    expect(st, "length 16", virtio_iommu_req_probe_check(img, 16, &pr), &pr, VIRTIO_IOMMU_WIRE_SHORT, VIRTIO_IOMMU_WIRE_SHORT, "reserved", 16);
    expect(st, "length 17", virtio_iommu_req_probe_check(img, 17, &pr), &pr, VIRTIO_IOMMU_WIRE_SHORT, VIRTIO_IOMMU_WIRE_SHORT, "reserved", 17);
    expect(st, "length 18", virtio_iommu_req_probe_check(img, 18, &pr), &pr, VIRTIO_IOMMU_WIRE_SHORT, VIRTIO_IOMMU_WIRE_SHORT, "reserved", 18);
    expect(st, "length 19", virtio_iommu_req_probe_check(img, 19, &pr), &pr, VIRTIO_IOMMU_WIRE_SHORT, VIRTIO_IOMMU_WIRE_SHORT, "reserved", 19);
    expect(st, "length 20", virtio_iommu_req_probe_check(img, 20, &pr), &pr, VIRTIO_IOMMU_WIRE_SHORT, VIRTIO_IOMMU_WIRE_SHORT, "reserved", 20);
    expect(st, "length 21", virtio_iommu_req_probe_check(img, 21, &pr), &pr, VIRTIO_IOMMU_WIRE_SHORT, VIRTIO_IOMMU_WIRE_SHORT, "reserved", 21);
    expect(st, "length 22", virtio_iommu_req_probe_check(img, 22, &pr), &pr, VIRTIO_IOMMU_WIRE_SHORT, VIRTIO_IOMMU_WIRE_SHORT, "reserved", 22);
    expect(st, "length 23", virtio_iommu_req_probe_check(img, 23, &pr), &pr, VIRTIO_IOMMU_WIRE_SHORT, VIRTIO_IOMMU_WIRE_SHORT, "reserved", 23);
    expect(st, "length 24", virtio_iommu_req_probe_check(img, 24, &pr), &pr, VIRTIO_IOMMU_WIRE_SHORT, VIRTIO_IOMMU_WIRE_SHORT, "reserved", 24);
    expect(st, "length 25", virtio_iommu_req_probe_check(img, 25, &pr), &pr, VIRTIO_IOMMU_WIRE_SHORT, VIRTIO_IOMMU_WIRE_SHORT, "reserved", 25);
    expect(st, "length 26", virtio_iommu_req_probe_check(img, 26, &pr), &pr, VIRTIO_IOMMU_WIRE_SHORT, VIRTIO_IOMMU_WIRE_SHORT, "reserved", 26);
    expect(st, "length 27", virtio_iommu_req_probe_check(img, 27, &pr), &pr, VIRTIO_IOMMU_WIRE_SHORT, VIRTIO_IOMMU_WIRE_SHORT, "reserved", 27);
    expect(st, "length 28", virtio_iommu_req_probe_check(img, 28, &pr), &pr, VIRTIO_IOMMU_WIRE_SHORT, VIRTIO_IOMMU_WIRE_SHORT, "reserved", 28);
    expect(st, "length 29", virtio_iommu_req_probe_check(img, 29, &pr), &pr, VIRTIO_IOMMU_WIRE_SHORT, VIRTIO_IOMMU_WIRE_SHORT, "reserved", 29);
    expect(st, "length 30", virtio_iommu_req_probe_check(img, 30, &pr), &pr, VIRTIO_IOMMU_WIRE_SHORT, VIRTIO_IOMMU_WIRE_SHORT, "reserved", 30);
    expect(st, "length 31", virtio_iommu_req_probe_check(img, 31, &pr), &pr, VIRTIO_IOMMU_WIRE_SHORT, VIRTIO_IOMMU_WIRE_SHORT, "reserved", 31);
    expect(st, "length 32", virtio_iommu_req_probe_check(img, 32, &pr), &pr, VIRTIO_IOMMU_WIRE_SHORT, VIRTIO_IOMMU_WIRE_SHORT, "reserved", 32);
    expect(st, "length 33", virtio_iommu_req_probe_check(img, 33, &pr), &pr, VIRTIO_IOMMU_WIRE_SHORT, VIRTIO_IOMMU_WIRE_SHORT, "reserved", 33);
    expect(st, "length 34", virtio_iommu_req_probe_check(img, 34, &pr), &pr, VIRTIO_IOMMU_WIRE_SHORT, VIRTIO_IOMMU_WIRE_SHORT, "reserved", 34);
    expect(st, "length 35", virtio_iommu_req_probe_check(img, 35, &pr), &pr, VIRTIO_IOMMU_WIRE_SHORT, VIRTIO_IOMMU_WIRE_SHORT, "reserved", 35);
    expect(st, "length 36", virtio_iommu_req_probe_check(img, 36, &pr), &pr, VIRTIO_IOMMU_WIRE_SHORT, VIRTIO_IOMMU_WIRE_SHORT, "reserved", 36);
    expect(st, "length 37", virtio_iommu_req_probe_check(img, 37, &pr), &pr, VIRTIO_IOMMU_WIRE_SHORT, VIRTIO_IOMMU_WIRE_SHORT, "reserved", 37);
    expect(st, "length 38", virtio_iommu_req_probe_check(img, 38, &pr), &pr, VIRTIO_IOMMU_WIRE_SHORT, VIRTIO_IOMMU_WIRE_SHORT, "reserved", 38);
    expect(st, "length 39", virtio_iommu_req_probe_check(img, 39, &pr), &pr, VIRTIO_IOMMU_WIRE_SHORT, VIRTIO_IOMMU_WIRE_SHORT, "reserved", 39);
    expect(st, "length 40", virtio_iommu_req_probe_check(img, 40, &pr), &pr, VIRTIO_IOMMU_WIRE_SHORT, VIRTIO_IOMMU_WIRE_SHORT, "reserved", 40);
    expect(st, "length 41", virtio_iommu_req_probe_check(img, 41, &pr), &pr, VIRTIO_IOMMU_WIRE_SHORT, VIRTIO_IOMMU_WIRE_SHORT, "reserved", 41);
    expect(st, "length 42", virtio_iommu_req_probe_check(img, 42, &pr), &pr, VIRTIO_IOMMU_WIRE_SHORT, VIRTIO_IOMMU_WIRE_SHORT, "reserved", 42);
    expect(st, "length 43", virtio_iommu_req_probe_check(img, 43, &pr), &pr, VIRTIO_IOMMU_WIRE_SHORT, VIRTIO_IOMMU_WIRE_SHORT, "reserved", 43);
    expect(st, "length 44", virtio_iommu_req_probe_check(img, 44, &pr), &pr, VIRTIO_IOMMU_WIRE_SHORT, VIRTIO_IOMMU_WIRE_SHORT, "reserved", 44);
    expect(st, "length 45", virtio_iommu_req_probe_check(img, 45, &pr), &pr, VIRTIO_IOMMU_WIRE_SHORT, VIRTIO_IOMMU_WIRE_SHORT, "reserved", 45);
    expect(st, "length 46", virtio_iommu_req_probe_check(img, 46, &pr), &pr, VIRTIO_IOMMU_WIRE_SHORT, VIRTIO_IOMMU_WIRE_SHORT, "reserved", 46);
    expect(st, "length 47", virtio_iommu_req_probe_check(img, 47, &pr), &pr, VIRTIO_IOMMU_WIRE_SHORT, VIRTIO_IOMMU_WIRE_SHORT, "reserved", 47);
    expect(st, "length 48", virtio_iommu_req_probe_check(img, 48, &pr), &pr, VIRTIO_IOMMU_WIRE_SHORT, VIRTIO_IOMMU_WIRE_SHORT, "reserved", 48);
    expect(st, "length 49", virtio_iommu_req_probe_check(img, 49, &pr), &pr, VIRTIO_IOMMU_WIRE_SHORT, VIRTIO_IOMMU_WIRE_SHORT, "reserved", 49);
    expect(st, "length 50", virtio_iommu_req_probe_check(img, 50, &pr), &pr, VIRTIO_IOMMU_WIRE_SHORT, VIRTIO_IOMMU_WIRE_SHORT, "reserved", 50);
    expect(st, "length 51", virtio_iommu_req_probe_check(img, 51, &pr), &pr, VIRTIO_IOMMU_WIRE_SHORT, VIRTIO_IOMMU_WIRE_SHORT, "reserved", 51);
    expect(st, "length 52", virtio_iommu_req_probe_check(img, 52, &pr), &pr, VIRTIO_IOMMU_WIRE_SHORT, VIRTIO_IOMMU_WIRE_SHORT, "reserved", 52);
    expect(st, "length 53", virtio_iommu_req_probe_check(img, 53, &pr), &pr, VIRTIO_IOMMU_WIRE_SHORT, VIRTIO_IOMMU_WIRE_SHORT, "reserved", 53);
    expect(st, "length 54", virtio_iommu_req_probe_check(img, 54, &pr), &pr, VIRTIO_IOMMU_WIRE_SHORT, VIRTIO_IOMMU_WIRE_SHORT, "reserved", 54);
    expect(st, "length 55", virtio_iommu_req_probe_check(img, 55, &pr), &pr, VIRTIO_IOMMU_WIRE_SHORT, VIRTIO_IOMMU_WIRE_SHORT, "reserved", 55);
    expect(st, "length 56", virtio_iommu_req_probe_check(img, 56, &pr), &pr, VIRTIO_IOMMU_WIRE_SHORT, VIRTIO_IOMMU_WIRE_SHORT, "reserved", 56);
    expect(st, "length 57", virtio_iommu_req_probe_check(img, 57, &pr), &pr, VIRTIO_IOMMU_WIRE_SHORT, VIRTIO_IOMMU_WIRE_SHORT, "reserved", 57);
    expect(st, "length 58", virtio_iommu_req_probe_check(img, 58, &pr), &pr, VIRTIO_IOMMU_WIRE_SHORT, VIRTIO_IOMMU_WIRE_SHORT, "reserved", 58);
    expect(st, "length 59", virtio_iommu_req_probe_check(img, 59, &pr), &pr, VIRTIO_IOMMU_WIRE_SHORT, VIRTIO_IOMMU_WIRE_SHORT, "reserved", 59);
    expect(st, "length 60", virtio_iommu_req_probe_check(img, 60, &pr), &pr, VIRTIO_IOMMU_WIRE_SHORT, VIRTIO_IOMMU_WIRE_SHORT, "reserved", 60);
    expect(st, "length 61", virtio_iommu_req_probe_check(img, 61, &pr), &pr, VIRTIO_IOMMU_WIRE_SHORT, VIRTIO_IOMMU_WIRE_SHORT, "reserved", 61);
    expect(st, "length 62", virtio_iommu_req_probe_check(img, 62, &pr), &pr, VIRTIO_IOMMU_WIRE_SHORT, VIRTIO_IOMMU_WIRE_SHORT, "reserved", 62);
    expect(st, "length 63", virtio_iommu_req_probe_check(img, 63, &pr), &pr, VIRTIO_IOMMU_WIRE_SHORT, VIRTIO_IOMMU_WIRE_SHORT, "reserved", 63);
    expect(st, "length 64", virtio_iommu_req_probe_check(img, 64, &pr), &pr, VIRTIO_IOMMU_WIRE_SHORT, VIRTIO_IOMMU_WIRE_SHORT, "reserved", 64);
    expect(st, "length 65", virtio_iommu_req_probe_check(img, 65, &pr), &pr, VIRTIO_IOMMU_WIRE_SHORT, VIRTIO_IOMMU_WIRE_SHORT, "reserved", 65);
    expect(st, "length 66", virtio_iommu_req_probe_check(img, 66, &pr), &pr, VIRTIO_IOMMU_WIRE_SHORT, VIRTIO_IOMMU_WIRE_SHORT, "reserved", 66);
    expect(st, "length 67", virtio_iommu_req_probe_check(img, 67, &pr), &pr, VIRTIO_IOMMU_WIRE_SHORT, VIRTIO_IOMMU_WIRE_SHORT, "reserved", 67);
    expect(st, "length 68", virtio_iommu_req_probe_check(img, 68, &pr), &pr, VIRTIO_IOMMU_WIRE_SHORT, VIRTIO_IOMMU_WIRE_SHORT, "reserved", 68);
    expect(st, "length 69", virtio_iommu_req_probe_check(img, 69, &pr), &pr, VIRTIO_IOMMU_WIRE_SHORT, VIRTIO_IOMMU_WIRE_SHORT, "reserved", 69);
    expect(st, "length 70", virtio_iommu_req_probe_check(img, 70, &pr), &pr, VIRTIO_IOMMU_WIRE_SHORT, VIRTIO_IOMMU_WIRE_SHORT, "reserved", 70);
    expect(st, "length 71", virtio_iommu_req_probe_check(img, 71, &pr), &pr, VIRTIO_IOMMU_WIRE_SHORT, VIRTIO_IOMMU_WIRE_SHORT, "reserved", 71);
    /* plain struct assignment with byte-order conversions of the test's own */
    checks++;
    if (sizeof(s) != 72)
        fail(st, "sizeof", "differs from the image");
    else {
        memset(&s, 0, sizeof(s));
        s.head.type = 0x5U;
        s.head.reserved[0] = 0x0U;
        s.head.reserved[1] = 0x0U;
        s.head.reserved[2] = 0x0U;
        s.endpoint = t_le32(0x87868584U);
        s.reserved[0] = 0x0U;
        s.reserved[1] = 0x0U;
        s.reserved[2] = 0x0U;
        s.reserved[3] = 0x0U;
        s.reserved[4] = 0x0U;
        s.reserved[5] = 0x0U;
        s.reserved[6] = 0x0U;
        s.reserved[7] = 0x0U;
        s.reserved[8] = 0x0U;
        s.reserved[9] = 0x0U;
        s.reserved[10] = 0x0U;
        s.reserved[11] = 0x0U;
        s.reserved[12] = 0x0U;
        s.reserved[13] = 0x0U;
        s.reserved[14] = 0x0U;
        s.reserved[15] = 0x0U;
        s.reserved[16] = 0x0U;
        s.reserved[17] = 0x0U;
        s.reserved[18] = 0x0U;
        s.reserved[19] = 0x0U;
        s.reserved[20] = 0x0U;
        s.reserved[21] = 0x0U;
        s.reserved[22] = 0x0U;
        s.reserved[23] = 0x0U;
        s.reserved[24] = 0x0U;
        s.reserved[25] = 0x0U;
        s.reserved[26] = 0x0U;
        s.reserved[27] = 0x0U;
        s.reserved[28] = 0x0U;
        s.reserved[29] = 0x0U;
        s.reserved[30] = 0x0U;
        s.reserved[31] = 0x0U;
        s.reserved[32] = 0x0U;
        s.reserved[33] = 0x0U;
        s.reserved[34] = 0x0U;
        s.reserved[35] = 0x0U;
        s.reserved[36] = 0x0U;
        s.reserved[37] = 0x0U;
        s.reserved[38] = 0x0U;
        s.reserved[39] = 0x0U;
        s.reserved[40] = 0x0U;
        s.reserved[41] = 0x0U;
        s.reserved[42] = 0x0U;
        s.reserved[43] = 0x0U;
        s.reserved[44] = 0x0U;
        s.reserved[45] = 0x0U;
        s.reserved[46] = 0x0U;
        s.reserved[47] = 0x0U;
        s.reserved[48] = 0x0U;
        s.reserved[49] = 0x0U;
        s.reserved[50] = 0x0U;
        s.reserved[51] = 0x0U;
        s.reserved[52] = 0x0U;
        s.reserved[53] = 0x0U;
        s.reserved[54] = 0x0U;
        s.reserved[55] = 0x0U;
        s.reserved[56] = 0x0U;
        s.reserved[57] = 0x0U;
        s.reserved[58] = 0x0U;
        s.reserved[59] = 0x0U;
        s.reserved[60] = 0x0U;
        s.reserved[61] = 0x0U;
        s.reserved[62] = 0x0U;
        s.reserved[63] = 0x0U;
        same_bytes(st, "struct assignment", (const unsigned char *)&s, img, 72, field_of);
    }
}

static void test_virtio_iommu_fault(void)
{
    static const char st[] = "virtio_iommu_fault";
    static const char *const field_of[24] = {
        "reason", "reserved[0]", "reserved[1]", "reserved[2]",
        "flags", "flags", "flags", "flags",
        "endpoint", "endpoint", "endpoint", "endpoint",
        "reserved2[0]", "reserved2[1]", "reserved2[2]", "reserved2[3]",
        "address", "address", "address", "address",
        "address", "address", "address", "address",
    };
    static const unsigned char le[24] = {
        0x02, 0x00, 0x00, 0x00, 0x07, 0x01, 0x00, 0x00, 0x88, 0x89, 0x8a, 0x8b,
        0x00, 0x00, 0x00, 0x00, 0x90, 0x91, 0x92, 0x93, 0x94, 0x95, 0x96, 0x97
    };
    static const unsigned char be[24] = {
        0x02, 0x00, 0x00, 0x00, 0x07, 0x01, 0x00, 0x00, 0x88, 0x89, 0x8a, 0x8b,
        0x00, 0x00, 0x00, 0x00, 0x90, 0x91, 0x92, 0x93, 0x94, 0x95, 0x96, 0x97
    };
    const unsigned char *img = big_endian ? be : le;
    unsigned char buf[24];
    struct virtio_iommu_wire_problem pr;
    struct virtio_iommu_fault s;

    memset(&pr, 0, sizeof(pr));
    /* encode with the helpers, over a buffer of 0x5a */
    memset(buf, 0x5a, sizeof(buf));
    virtio_iommu_fault_set_reason(buf, 0x2U);
    virtio_iommu_fault_set_reserved(buf, 0, 0x0U);
    virtio_iommu_fault_set_reserved(buf, 1, 0x0U);
    virtio_iommu_fault_set_reserved(buf, 2, 0x0U);
    virtio_iommu_fault_set_flags(buf, 0x107U);
    virtio_iommu_fault_set_endpoint(buf, 0x8b8a8988U);
    virtio_iommu_fault_set_reserved2(buf, 0, 0x0U);
    virtio_iommu_fault_set_reserved2(buf, 1, 0x0U);
    virtio_iommu_fault_set_reserved2(buf, 2, 0x0U);
    virtio_iommu_fault_set_reserved2(buf, 3, 0x0U);
    virtio_iommu_fault_set_address(buf, UINT64_C(0x9796959493929190));
    same_bytes(st, "encoded", buf, img, 24, field_of);
    /* decode the image */
    same_value(st, "reason", "get", virtio_iommu_fault_get_reason(img), UINT64_C(0x2));
    same_value(st, "reserved[0]", "get", virtio_iommu_fault_get_reserved(img, 0), UINT64_C(0x0));
    same_value(st, "reserved[1]", "get", virtio_iommu_fault_get_reserved(img, 1), UINT64_C(0x0));
    same_value(st, "reserved[2]", "get", virtio_iommu_fault_get_reserved(img, 2), UINT64_C(0x0));
    same_value(st, "flags", "get", virtio_iommu_fault_get_flags(img), UINT64_C(0x107));
    same_value(st, "endpoint", "get", virtio_iommu_fault_get_endpoint(img), UINT64_C(0x8b8a8988));
    same_value(st, "reserved2[0]", "get", virtio_iommu_fault_get_reserved2(img, 0), UINT64_C(0x0));
    same_value(st, "reserved2[1]", "get", virtio_iommu_fault_get_reserved2(img, 1), UINT64_C(0x0));
    same_value(st, "reserved2[2]", "get", virtio_iommu_fault_get_reserved2(img, 2), UINT64_C(0x0));
    same_value(st, "reserved2[3]", "get", virtio_iommu_fault_get_reserved2(img, 3), UINT64_C(0x0));
    same_value(st, "address", "get", virtio_iommu_fault_get_address(img), UINT64_C(0x9796959493929190));
    /* the image passes its check with nothing to report */
    expect(st, "golden image", virtio_iommu_fault_check(img, 24, &pr), &pr, VIRTIO_IOMMU_WIRE_OK, 0, "", 0);
    memcpy(buf, img, sizeof(buf));
    virtio_iommu_fault_set_reason(buf, 0x3U);
    expect(st, "value 3", virtio_iommu_fault_check(buf, 24, &pr), &pr, VIRTIO_IOMMU_WIRE_NOTE, VIRTIO_IOMMU_WIRE_VALUE, "reason", 0);
    memcpy(buf, img, sizeof(buf));
    virtio_iommu_fault_set_reason(buf, 0xffU);
    expect(st, "value 255", virtio_iommu_fault_check(buf, 24, &pr), &pr, VIRTIO_IOMMU_WIRE_NOTE, VIRTIO_IOMMU_WIRE_VALUE, "reason", 0);
    memcpy(buf, img, sizeof(buf));
    buf[1] = 0xa5;
    expect(st, "reserved byte 1 set", virtio_iommu_fault_check(buf, 24, &pr), &pr, VIRTIO_IOMMU_WIRE_NOTE, VIRTIO_IOMMU_WIRE_RESERVED, "reserved", 1);
    memcpy(buf, img, sizeof(buf));
    buf[2] = 0xa5;
    expect(st, "reserved byte 2 set", virtio_iommu_fault_check(buf, 24, &pr), &pr, VIRTIO_IOMMU_WIRE_NOTE, VIRTIO_IOMMU_WIRE_RESERVED, "reserved", 2);
    memcpy(buf, img, sizeof(buf));
    buf[3] = 0xa5;
    expect(st, "reserved byte 3 set", virtio_iommu_fault_check(buf, 24, &pr), &pr, VIRTIO_IOMMU_WIRE_NOTE, VIRTIO_IOMMU_WIRE_RESERVED, "reserved", 3);
    memcpy(buf, img, sizeof(buf));
    virtio_iommu_fault_set_flags(buf, 0x10fU);
    expect(st, "unknown flag bit 3", virtio_iommu_fault_check(buf, 24, &pr), &pr, VIRTIO_IOMMU_WIRE_NOTE, VIRTIO_IOMMU_WIRE_FLAGS, "flags", 4);
    memcpy(buf, img, sizeof(buf));
    virtio_iommu_fault_set_flags(buf, 0x117U);
    expect(st, "unknown flag bit 4", virtio_iommu_fault_check(buf, 24, &pr), &pr, VIRTIO_IOMMU_WIRE_NOTE, VIRTIO_IOMMU_WIRE_FLAGS, "flags", 4);
    memcpy(buf, img, sizeof(buf));
    virtio_iommu_fault_set_flags(buf, 0x127U);
    expect(st, "unknown flag bit 5", virtio_iommu_fault_check(buf, 24, &pr), &pr, VIRTIO_IOMMU_WIRE_NOTE, VIRTIO_IOMMU_WIRE_FLAGS, "flags", 4);
    memcpy(buf, img, sizeof(buf));
    virtio_iommu_fault_set_flags(buf, 0x147U);
    expect(st, "unknown flag bit 6", virtio_iommu_fault_check(buf, 24, &pr), &pr, VIRTIO_IOMMU_WIRE_NOTE, VIRTIO_IOMMU_WIRE_FLAGS, "flags", 4);
    memcpy(buf, img, sizeof(buf));
    virtio_iommu_fault_set_flags(buf, 0x187U);
    expect(st, "unknown flag bit 7", virtio_iommu_fault_check(buf, 24, &pr), &pr, VIRTIO_IOMMU_WIRE_NOTE, VIRTIO_IOMMU_WIRE_FLAGS, "flags", 4);
    memcpy(buf, img, sizeof(buf));
    virtio_iommu_fault_set_flags(buf, 0x307U);
    expect(st, "unknown flag bit 9", virtio_iommu_fault_check(buf, 24, &pr), &pr, VIRTIO_IOMMU_WIRE_NOTE, VIRTIO_IOMMU_WIRE_FLAGS, "flags", 4);
    memcpy(buf, img, sizeof(buf));
    virtio_iommu_fault_set_flags(buf, 0x507U);
    expect(st, "unknown flag bit 10", virtio_iommu_fault_check(buf, 24, &pr), &pr, VIRTIO_IOMMU_WIRE_NOTE, VIRTIO_IOMMU_WIRE_FLAGS, "flags", 4);
    memcpy(buf, img, sizeof(buf));
    virtio_iommu_fault_set_flags(buf, 0x907U);
    expect(st, "unknown flag bit 11", virtio_iommu_fault_check(buf, 24, &pr), &pr, VIRTIO_IOMMU_WIRE_NOTE, VIRTIO_IOMMU_WIRE_FLAGS, "flags", 4);
    memcpy(buf, img, sizeof(buf));
    virtio_iommu_fault_set_flags(buf, 0x1107U);
    expect(st, "unknown flag bit 12", virtio_iommu_fault_check(buf, 24, &pr), &pr, VIRTIO_IOMMU_WIRE_NOTE, VIRTIO_IOMMU_WIRE_FLAGS, "flags", 4);
    memcpy(buf, img, sizeof(buf));
    virtio_iommu_fault_set_flags(buf, 0x2107U);
    expect(st, "unknown flag bit 13", virtio_iommu_fault_check(buf, 24, &pr), &pr, VIRTIO_IOMMU_WIRE_NOTE, VIRTIO_IOMMU_WIRE_FLAGS, "flags", 4);
    memcpy(buf, img, sizeof(buf));
    virtio_iommu_fault_set_flags(buf, 0x4107U);
    expect(st, "unknown flag bit 14", virtio_iommu_fault_check(buf, 24, &pr), &pr, VIRTIO_IOMMU_WIRE_NOTE, VIRTIO_IOMMU_WIRE_FLAGS, "flags", 4);
    memcpy(buf, img, sizeof(buf));
    virtio_iommu_fault_set_flags(buf, 0x8107U);
    expect(st, "unknown flag bit 15", virtio_iommu_fault_check(buf, 24, &pr), &pr, VIRTIO_IOMMU_WIRE_NOTE, VIRTIO_IOMMU_WIRE_FLAGS, "flags", 4);
    memcpy(buf, img, sizeof(buf));
    virtio_iommu_fault_set_flags(buf, 0x10107U);
    expect(st, "unknown flag bit 16", virtio_iommu_fault_check(buf, 24, &pr), &pr, VIRTIO_IOMMU_WIRE_NOTE, VIRTIO_IOMMU_WIRE_FLAGS, "flags", 4);
    memcpy(buf, img, sizeof(buf));
    virtio_iommu_fault_set_flags(buf, 0x20107U);
    expect(st, "unknown flag bit 17", virtio_iommu_fault_check(buf, 24, &pr), &pr, VIRTIO_IOMMU_WIRE_NOTE, VIRTIO_IOMMU_WIRE_FLAGS, "flags", 4);
    memcpy(buf, img, sizeof(buf));
    virtio_iommu_fault_set_flags(buf, 0x40107U);
    expect(st, "unknown flag bit 18", virtio_iommu_fault_check(buf, 24, &pr), &pr, VIRTIO_IOMMU_WIRE_NOTE, VIRTIO_IOMMU_WIRE_FLAGS, "flags", 4);
    memcpy(buf, img, sizeof(buf));
    virtio_iommu_fault_set_flags(buf, 0x80107U);
    expect(st, "unknown flag bit 19", virtio_iommu_fault_check(buf, 24, &pr), &pr, VIRTIO_IOMMU_WIRE_NOTE, VIRTIO_IOMMU_WIRE_FLAGS, "flags", 4);
    memcpy(buf, img, sizeof(buf));
    virtio_iommu_fault_set_flags(buf, 0x100107U);
    expect(st, "unknown flag bit 20", virtio_iommu_fault_check(buf, 24, &pr), &pr, VIRTIO_IOMMU_WIRE_NOTE, VIRTIO_IOMMU_WIRE_FLAGS, "flags", 4);
    memcpy(buf, img, sizeof(buf));
    virtio_iommu_fault_set_flags(buf, 0x200107U);
    expect(st, "unknown flag bit 21", virtio_iommu_fault_check(buf, 24, &pr), &pr, VIRTIO_IOMMU_WIRE_NOTE, VIRTIO_IOMMU_WIRE_FLAGS, "flags", 4);
    memcpy(buf, img, sizeof(buf));
    virtio_iommu_fault_set_flags(buf, 0x400107U);
    expect(st, "unknown flag bit 22", virtio_iommu_fault_check(buf, 24, &pr), &pr, VIRTIO_IOMMU_WIRE_NOTE, VIRTIO_IOMMU_WIRE_FLAGS, "flags", 4);
    memcpy(buf, img, sizeof(buf));
    virtio_iommu_fault_set_flags(buf, 0x800107U);
    expect(st, "unknown flag bit 23", virtio_iommu_fault_check(buf, 24, &pr), &pr, VIRTIO_IOMMU_WIRE_NOTE, VIRTIO_IOMMU_WIRE_FLAGS, "flags", 4);
    memcpy(buf, img, sizeof(buf));
    virtio_iommu_fault_set_flags(buf, 0x1000107U);
    expect(st, "unknown flag bit 24", virtio_iommu_fault_check(buf, 24, &pr), &pr, VIRTIO_IOMMU_WIRE_NOTE, VIRTIO_IOMMU_WIRE_FLAGS, "flags", 4);
    memcpy(buf, img, sizeof(buf));
    virtio_iommu_fault_set_flags(buf, 0x2000107U);
    expect(st, "unknown flag bit 25", virtio_iommu_fault_check(buf, 24, &pr), &pr, VIRTIO_IOMMU_WIRE_NOTE, VIRTIO_IOMMU_WIRE_FLAGS, "flags", 4);
    memcpy(buf, img, sizeof(buf));
    virtio_iommu_fault_set_flags(buf, 0x4000107U);
    expect(st, "unknown flag bit 26", virtio_iommu_fault_check(buf, 24, &pr), &pr, VIRTIO_IOMMU_WIRE_NOTE, VIRTIO_IOMMU_WIRE_FLAGS, "flags", 4);
    memcpy(buf, img, sizeof(buf));
    virtio_iommu_fault_set_flags(buf, 0x8000107U);
    expect(st, "unknown flag bit 27", virtio_iommu_fault_check(buf, 24, &pr), &pr, VIRTIO_IOMMU_WIRE_NOTE, VIRTIO_IOMMU_WIRE_FLAGS, "flags", 4);
    memcpy(buf, img, sizeof(buf));
    virtio_iommu_fault_set_flags(buf, 0x10000107U);
    expect(st, "unknown flag bit 28", virtio_iommu_fault_check(buf, 24, &pr), &pr, VIRTIO_IOMMU_WIRE_NOTE, VIRTIO_IOMMU_WIRE_FLAGS, "flags", 4);
    memcpy(buf, img, sizeof(buf));
    virtio_iommu_fault_set_flags(buf, 0x20000107U);
    expect(st, "unknown flag bit 29", virtio_iommu_fault_check(buf, 24, &pr), &pr, VIRTIO_IOMMU_WIRE_NOTE, VIRTIO_IOMMU_WIRE_FLAGS, "flags", 4);
    memcpy(buf, img, sizeof(buf));
    virtio_iommu_fault_set_flags(buf, 0x40000107U);
    expect(st, "unknown flag bit 30", virtio_iommu_fault_check(buf, 24, &pr), &pr, VIRTIO_IOMMU_WIRE_NOTE, VIRTIO_IOMMU_WIRE_FLAGS, "flags", 4);
    memcpy(buf, img, sizeof(buf));
    virtio_iommu_fault_set_flags(buf, 0x80000107U);
    expect(st, "unknown flag bit 31", virtio_iommu_fault_check(buf, 24, &pr), &pr, VIRTIO_IOMMU_WIRE_NOTE, VIRTIO_IOMMU_WIRE_FLAGS, "flags", 4);
    memcpy(buf, img, sizeof(buf));
    buf[12] = 0xa5;
    expect(st, "reserved byte 12 set", virtio_iommu_fault_check(buf, 24, &pr), &pr, VIRTIO_IOMMU_WIRE_NOTE, VIRTIO_IOMMU_WIRE_RESERVED, "reserved2", 12);
    memcpy(buf, img, sizeof(buf));
    buf[13] = 0xa5;
    expect(st, "reserved byte 13 set", virtio_iommu_fault_check(buf, 24, &pr), &pr, VIRTIO_IOMMU_WIRE_NOTE, VIRTIO_IOMMU_WIRE_RESERVED, "reserved2", 13);
    memcpy(buf, img, sizeof(buf));
    buf[14] = 0xa5;
    expect(st, "reserved byte 14 set", virtio_iommu_fault_check(buf, 24, &pr), &pr, VIRTIO_IOMMU_WIRE_NOTE, VIRTIO_IOMMU_WIRE_RESERVED, "reserved2", 14);
    memcpy(buf, img, sizeof(buf));
    buf[15] = 0xa5;
    expect(st, "reserved byte 15 set", virtio_iommu_fault_check(buf, 24, &pr), &pr, VIRTIO_IOMMU_WIRE_NOTE, VIRTIO_IOMMU_WIRE_RESERVED, "reserved2", 15);
    /* every length short of VIRTIO_IOMMU_FAULT_MIN_SIZE */
    expect(st, "length 0", virtio_iommu_fault_check(img, 0, &pr), &pr, VIRTIO_IOMMU_WIRE_SHORT, VIRTIO_IOMMU_WIRE_SHORT, "reason", 0);
    expect(st, "length 1", virtio_iommu_fault_check(img, 1, &pr), &pr, VIRTIO_IOMMU_WIRE_SHORT, VIRTIO_IOMMU_WIRE_SHORT, "reserved", 1);
    expect(st, "length 2", virtio_iommu_fault_check(img, 2, &pr), &pr, VIRTIO_IOMMU_WIRE_SHORT, VIRTIO_IOMMU_WIRE_SHORT, "reserved", 2);
    expect(st, "length 3", virtio_iommu_fault_check(img, 3, &pr), &pr, VIRTIO_IOMMU_WIRE_SHORT, VIRTIO_IOMMU_WIRE_SHORT, "reserved", 3);
    expect(st, "length 4", virtio_iommu_fault_check(img, 4, &pr), &pr, VIRTIO_IOMMU_WIRE_SHORT, VIRTIO_IOMMU_WIRE_SHORT, "flags", 4);
    expect(st, "length 5", virtio_iommu_fault_check(img, 5, &pr), &pr, VIRTIO_IOMMU_WIRE_SHORT, VIRTIO_IOMMU_WIRE_SHORT, "flags", 5);
    expect(st, "length 6", virtio_iommu_fault_check(img, 6, &pr), &pr, VIRTIO_IOMMU_WIRE_SHORT, VIRTIO_IOMMU_WIRE_SHORT, "flags", 6);
    expect(st, "length 7", virtio_iommu_fault_check(img, 7, &pr), &pr, VIRTIO_IOMMU_WIRE_SHORT, VIRTIO_IOMMU_WIRE_SHORT, "flags", 7);
    expect(st, "length 8", virtio_iommu_fault_check(img, 8, &pr), &pr, VIRTIO_IOMMU_WIRE_SHORT, VIRTIO_IOMMU_WIRE_SHORT, "endpoint", 8);
    expect(st, "length 9", virtio_iommu_fault_check(img, 9, &pr), &pr, VIRTIO_IOMMU_WIRE_SHORT, VIRTIO_IOMMU_WIRE_SHORT, "endpoint", 9);
    expect(st, "length 10", virtio_iommu_fault_check(img, 10, &pr), &pr, VIRTIO_IOMMU_WIRE_SHORT, VIRTIO_IOMMU_WIRE_SHORT, "endpoint", 10);
    expect(st, "length 11", virtio_iommu_fault_check(img, 11, &pr), &pr, VIRTIO_IOMMU_WIRE_SHORT, VIRTIO_IOMMU_WIRE_SHORT, "endpoint", 11);
    expect(st, "length 12", virtio_iommu_fault_check(img, 12, &pr), &pr, VIRTIO_IOMMU_WIRE_SHORT, VIRTIO_IOMMU_WIRE_SHORT, "reserved2", 12);
    expect(st, "length 13", virtio_iommu_fault_check(img, 13, &pr), &pr, VIRTIO_IOMMU_WIRE_SHORT, VIRTIO_IOMMU_WIRE_SHORT, "reserved2", 13);
    expect(st, "length 14", virtio_iommu_fault_check(img, 14, &pr), &pr, VIRTIO_IOMMU_WIRE_SHORT, VIRTIO_IOMMU_WIRE_SHORT, "reserved2", 14);
    expect(st, "length 15", virtio_iommu_fault_check(img, 15, &pr), &pr, VIRTIO_IOMMU_WIRE_SHORT, VIRTIO_IOMMU_WIRE_SHORT, "reserved2", 15);
    expect(st, "length 16", virtio_iommu_fault_check(img, 16, &pr), &pr, VIRTIO_IOMMU_WIRE_SHORT, VIRTIO_IOMMU_WIRE_SHORT, "address", 16);
    expect(st, "length 17", virtio_iommu_fault_check(img, 17, &pr), &pr, VIRTIO_IOMMU_WIRE_SHORT, VIRTIO_IOMMU_WIRE_SHORT, "address", 17);
    expect(st, "length 18", virtio_iommu_fault_check(img, 18, &pr), &pr, VIRTIO_IOMMU_WIRE_SHORT, VIRTIO_IOMMU_WIRE_SHORT, "address", 18);
    expect(st, "length 19", virtio_iommu_fault_check(img, 19, &pr), &pr, VIRTIO_IOMMU_WIRE_SHORT, VIRTIO_IOMMU_WIRE_SHORT, "address", 19);
    expect(st, "length 20", virtio_iommu_fault_check(img, 20, &pr), &pr, VIRTIO_IOMMU_WIRE_SHORT, VIRTIO_IOMMU_WIRE_SHORT, "address", 20);
    expect(st, "length 21", virtio_iommu_fault_check(img, 21, &pr), &pr, VIRTIO_IOMMU_WIRE_SHORT, VIRTIO_IOMMU_WIRE_SHORT, "address", 21);
    expect(st, "length 22", virtio_iommu_fault_check(img, 22, &pr), &pr, VIRTIO_IOMMU_WIRE_SHORT, VIRTIO_IOMMU_WIRE_SHORT, "address", 22);
    expect(st, "length 23", virtio_iommu_fault_check(img, 23, &pr), &pr, VIRTIO_IOMMU_WIRE_SHORT, VIRTIO_IOMMU_WIRE_SHORT, "address", 23);
    /* plain struct assignment with byte-order conversions of the test's own */
    checks++;
    if (sizeof(s) != 24)
        fail(st, "sizeof", "differs from the image");
    else {
        memset(&s, 0, sizeof(s));
        s.reason = 0x2U;
        s.reserved[0] = 0x0U;
        s.reserved[1] = 0x0U;
        s.reserved[2] = 0x0U;
        s.flags = t_le32(0x107U);
        s.endpoint = t_le32(0x8b8a8988U);
        s.reserved2[0] = 0x0U;
        s.reserved2[1] = 0x0U;
        s.reserved2[2] = 0x0U;
        s.reserved2[3] = 0x0U;
        s.address = t_le64(UINT64_C(0x9796959493929190));
        same_bytes(st, "struct assignment", (const unsigned char *)&s, img, 24, field_of);
    }
}

int main(void)
{
    big_endian = host_is_big_endian();
    test_virtio_iommu_range_64();
    test_virtio_iommu_range_32();
    test_virtio_iommu_config();
    test_virtio_iommu_req_head();
    test_virtio_iommu_req_tail();
    test_virtio_iommu_req_attach();
    test_virtio_iommu_req_detach();
    test_virtio_iommu_req_map();
    test_virtio_iommu_req_unmap();
    test_virtio_iommu_probe_property();
    test_virtio_iommu_probe_resv_mem();
    test_virtio_iommu_req_probe();
    test_virtio_iommu_fault();
    if (failures) {
        printf("layout/golden/virtio-iommu.portable.c: %d of %ld checks failed\n", failures, checks);
        return 1;
    }
    printf("layout/golden/virtio-iommu.portable.c: 13 structs, %ld checks match the golden images "
           "(%s-endian host)\n", checks, big_endian ? "big" : "little");
    return 0;
}
