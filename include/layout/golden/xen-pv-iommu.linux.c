/* SPDX-License-Identifier: MIT */
/*
 * layout/golden/xen-pv-iommu.linux.c - golden byte images of xen-pv-iommu, checked
 * through linux/xen_pv_iommu_wire.h (linux flavor).
 *
 * Generated from spec/xen-pv-iommu.yaml by gen/iommu-abi-gen: do not edit.
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

#include <linux/xen_pv_iommu_wire.h>

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
                   const struct xen_pv_iommu_wire_problem *pr, int want_rc, int want_kind,
                   const char *want_field, size_t want_byte)
{
    checks++;
    if (rc != want_rc) {
        printf("%s: %s: check returned %d, expected %d\n", st, what, rc, want_rc);
        failures++;
        return;
    }
    if (want_rc == XEN_PV_IOMMU_WIRE_OK)
        return;
    if (pr->kind != want_kind || strcmp(pr->field, want_field) != 0 ||
        pr->byte != want_byte || pr->rejected != (want_rc != XEN_PV_IOMMU_WIRE_NOTE)) {
        printf("%s: %s: problem kind %d field %s byte %u rejected %d; expected "
               "kind %d field %s byte %u\n", st, what, pr->kind, pr->field,
               (unsigned)pr->byte, pr->rejected, want_kind, want_field,
               (unsigned)want_byte);
        failures++;
    }
}


static void test_physdev_pci_device(void)
{
    static const char st[] = "physdev_pci_device";
    static const char *const field_of[4] = {
        "seg", "seg", "bus", "devfn",
    };
    static const unsigned char le[4] = {
        0x80, 0x81, 0x82, 0x83
    };
    static const unsigned char be[4] = {
        0x81, 0x80, 0x82, 0x83
    };
    const unsigned char *img = big_endian ? be : le;
    unsigned char buf[4];
    struct xen_pv_iommu_wire_problem pr;
    struct physdev_pci_device s;

    memset(&pr, 0, sizeof(pr));
    /* encode with the helpers, over a buffer of 0x5a */
    memset(buf, 0x5a, sizeof(buf));
    physdev_pci_device_set_seg(buf, 0x8180U);
    physdev_pci_device_set_bus(buf, 0x82U);
    physdev_pci_device_set_devfn(buf, 0x83U);
    same_bytes(st, "encoded", buf, img, 4, field_of);
    memset(buf, 0x5a, sizeof(buf));
    physdev_pci_device_set_seg_le(buf, 0x8180U);
    physdev_pci_device_set_bus(buf, 0x82U);
    physdev_pci_device_set_devfn(buf, 0x83U);
    same_bytes(st, "encoded_le", buf, le, 4, field_of);
    memset(buf, 0x5a, sizeof(buf));
    physdev_pci_device_set_seg_be(buf, 0x8180U);
    physdev_pci_device_set_bus(buf, 0x82U);
    physdev_pci_device_set_devfn(buf, 0x83U);
    same_bytes(st, "encoded_be", buf, be, 4, field_of);
    /* decode the image */
    same_value(st, "seg", "get", physdev_pci_device_get_seg(img), UINT64_C(0x8180));
    same_value(st, "seg", "get_le", physdev_pci_device_get_seg_le(le), UINT64_C(0x8180));
    same_value(st, "seg", "get_be", physdev_pci_device_get_seg_be(be), UINT64_C(0x8180));
    same_value(st, "bus", "get", physdev_pci_device_get_bus(img), UINT64_C(0x82));
    same_value(st, "devfn", "get", physdev_pci_device_get_devfn(img), UINT64_C(0x83));
    /* the image passes its check with nothing to report */
    expect(st, "golden image", physdev_pci_device_check(img, 4, &pr), &pr, XEN_PV_IOMMU_WIRE_OK, 0, "", 0);
    /* every length short of PHYSDEV_PCI_DEVICE_MIN_SIZE */
    expect(st, "length 0", physdev_pci_device_check(img, 0, &pr), &pr, XEN_PV_IOMMU_WIRE_SHORT, XEN_PV_IOMMU_WIRE_SHORT, "seg", 0);
    expect(st, "length 1", physdev_pci_device_check(img, 1, &pr), &pr, XEN_PV_IOMMU_WIRE_SHORT, XEN_PV_IOMMU_WIRE_SHORT, "seg", 1);
    expect(st, "length 2", physdev_pci_device_check(img, 2, &pr), &pr, XEN_PV_IOMMU_WIRE_SHORT, XEN_PV_IOMMU_WIRE_SHORT, "bus", 2);
    expect(st, "length 3", physdev_pci_device_check(img, 3, &pr), &pr, XEN_PV_IOMMU_WIRE_SHORT, XEN_PV_IOMMU_WIRE_SHORT, "devfn", 3);
    /* plain struct assignment with byte-order conversions of the test's own */
    checks++;
    if (sizeof(s) != 4)
        fail(st, "sizeof", "differs from the image");
    else {
        memset(&s, 0, sizeof(s));
        s.seg = 0x8180U;
        s.bus = 0x82U;
        s.devfn = 0x83U;
        same_bytes(st, "struct assignment", (const unsigned char *)&s, img, 4, field_of);
    }
}

static void test_pv_iommu_capabilities(void)
{
    static const char st[] = "pv_iommu_capabilities";
    static const char *const field_of[24] = {
        "max_iova_addr", "max_iova_addr", "max_iova_addr", "max_iova_addr",
        "max_iova_addr", "max_iova_addr", "max_iova_addr", "max_iova_addr",
        "cap_flags", "cap_flags", "cap_flags", "cap_flags",
        "pgsize_mask", "pgsize_mask", "pgsize_mask", "pgsize_mask",
        "max_pasid", "max_pasid", "max_pasid", "max_pasid",
        "max_ctx_no", "max_ctx_no", "pad0", "pad0",
    };
    static const unsigned char le[24] = {
        0x80, 0x81, 0x82, 0x83, 0x84, 0x85, 0x86, 0x87, 0x1f, 0x00, 0x00, 0x00,
        0x8c, 0x8d, 0x8e, 0x8f, 0x90, 0x91, 0x92, 0x93, 0x94, 0x95, 0x00, 0x00
    };
    static const unsigned char be[24] = {
        0x87, 0x86, 0x85, 0x84, 0x83, 0x82, 0x81, 0x80, 0x00, 0x00, 0x00, 0x1f,
        0x8f, 0x8e, 0x8d, 0x8c, 0x93, 0x92, 0x91, 0x90, 0x95, 0x94, 0x00, 0x00
    };
    const unsigned char *img = big_endian ? be : le;
    unsigned char buf[24];
    struct xen_pv_iommu_wire_problem pr;
    struct pv_iommu_capabilities s;

    memset(&pr, 0, sizeof(pr));
    /* encode with the helpers, over a buffer of 0x5a */
    memset(buf, 0x5a, sizeof(buf));
    pv_iommu_capabilities_set_max_iova_addr(buf, UINT64_C(0x8786858483828180));
    pv_iommu_capabilities_set_cap_flags(buf, 0x1fU);
    pv_iommu_capabilities_set_pgsize_mask(buf, 0x8f8e8d8cU);
    pv_iommu_capabilities_set_max_pasid(buf, 0x93929190U);
    pv_iommu_capabilities_set_max_ctx_no(buf, 0x9594U);
    pv_iommu_capabilities_set_pad0(buf, 0x0U);
    same_bytes(st, "encoded", buf, img, 24, field_of);
    memset(buf, 0x5a, sizeof(buf));
    pv_iommu_capabilities_set_max_iova_addr_le(buf, UINT64_C(0x8786858483828180));
    pv_iommu_capabilities_set_cap_flags_le(buf, 0x1fU);
    pv_iommu_capabilities_set_pgsize_mask_le(buf, 0x8f8e8d8cU);
    pv_iommu_capabilities_set_max_pasid_le(buf, 0x93929190U);
    pv_iommu_capabilities_set_max_ctx_no_le(buf, 0x9594U);
    pv_iommu_capabilities_set_pad0_le(buf, 0x0U);
    same_bytes(st, "encoded_le", buf, le, 24, field_of);
    memset(buf, 0x5a, sizeof(buf));
    pv_iommu_capabilities_set_max_iova_addr_be(buf, UINT64_C(0x8786858483828180));
    pv_iommu_capabilities_set_cap_flags_be(buf, 0x1fU);
    pv_iommu_capabilities_set_pgsize_mask_be(buf, 0x8f8e8d8cU);
    pv_iommu_capabilities_set_max_pasid_be(buf, 0x93929190U);
    pv_iommu_capabilities_set_max_ctx_no_be(buf, 0x9594U);
    pv_iommu_capabilities_set_pad0_be(buf, 0x0U);
    same_bytes(st, "encoded_be", buf, be, 24, field_of);
    /* decode the image */
    same_value(st, "max_iova_addr", "get", pv_iommu_capabilities_get_max_iova_addr(img), UINT64_C(0x8786858483828180));
    same_value(st, "max_iova_addr", "get_le", pv_iommu_capabilities_get_max_iova_addr_le(le), UINT64_C(0x8786858483828180));
    same_value(st, "max_iova_addr", "get_be", pv_iommu_capabilities_get_max_iova_addr_be(be), UINT64_C(0x8786858483828180));
    same_value(st, "cap_flags", "get", pv_iommu_capabilities_get_cap_flags(img), UINT64_C(0x1f));
    same_value(st, "cap_flags", "get_le", pv_iommu_capabilities_get_cap_flags_le(le), UINT64_C(0x1f));
    same_value(st, "cap_flags", "get_be", pv_iommu_capabilities_get_cap_flags_be(be), UINT64_C(0x1f));
    same_value(st, "pgsize_mask", "get", pv_iommu_capabilities_get_pgsize_mask(img), UINT64_C(0x8f8e8d8c));
    same_value(st, "pgsize_mask", "get_le", pv_iommu_capabilities_get_pgsize_mask_le(le), UINT64_C(0x8f8e8d8c));
    same_value(st, "pgsize_mask", "get_be", pv_iommu_capabilities_get_pgsize_mask_be(be), UINT64_C(0x8f8e8d8c));
    same_value(st, "max_pasid", "get", pv_iommu_capabilities_get_max_pasid(img), UINT64_C(0x93929190));
    same_value(st, "max_pasid", "get_le", pv_iommu_capabilities_get_max_pasid_le(le), UINT64_C(0x93929190));
    same_value(st, "max_pasid", "get_be", pv_iommu_capabilities_get_max_pasid_be(be), UINT64_C(0x93929190));
    same_value(st, "max_ctx_no", "get", pv_iommu_capabilities_get_max_ctx_no(img), UINT64_C(0x9594));
    same_value(st, "max_ctx_no", "get_le", pv_iommu_capabilities_get_max_ctx_no_le(le), UINT64_C(0x9594));
    same_value(st, "max_ctx_no", "get_be", pv_iommu_capabilities_get_max_ctx_no_be(be), UINT64_C(0x9594));
    same_value(st, "pad0", "get", pv_iommu_capabilities_get_pad0(img), UINT64_C(0x0));
    same_value(st, "pad0", "get_le", pv_iommu_capabilities_get_pad0_le(le), UINT64_C(0x0));
    same_value(st, "pad0", "get_be", pv_iommu_capabilities_get_pad0_be(be), UINT64_C(0x0));
    /* the image passes its check with nothing to report */
    expect(st, "golden image", pv_iommu_capabilities_check(img, 24, &pr), &pr, XEN_PV_IOMMU_WIRE_OK, 0, "", 0);
    memcpy(buf, img, sizeof(buf));
    pv_iommu_capabilities_set_cap_flags(buf, 0x3fU);
    expect(st, "unknown flag bit 5", pv_iommu_capabilities_check(buf, 24, &pr), &pr, XEN_PV_IOMMU_WIRE_NOTE, XEN_PV_IOMMU_WIRE_FLAGS, "cap_flags", 8);
    memcpy(buf, img, sizeof(buf));
    pv_iommu_capabilities_set_cap_flags(buf, 0x5fU);
    expect(st, "unknown flag bit 6", pv_iommu_capabilities_check(buf, 24, &pr), &pr, XEN_PV_IOMMU_WIRE_NOTE, XEN_PV_IOMMU_WIRE_FLAGS, "cap_flags", 8);
    memcpy(buf, img, sizeof(buf));
    pv_iommu_capabilities_set_cap_flags(buf, 0x9fU);
    expect(st, "unknown flag bit 7", pv_iommu_capabilities_check(buf, 24, &pr), &pr, XEN_PV_IOMMU_WIRE_NOTE, XEN_PV_IOMMU_WIRE_FLAGS, "cap_flags", 8);
    memcpy(buf, img, sizeof(buf));
    pv_iommu_capabilities_set_cap_flags(buf, 0x11fU);
    expect(st, "unknown flag bit 8", pv_iommu_capabilities_check(buf, 24, &pr), &pr, XEN_PV_IOMMU_WIRE_NOTE, XEN_PV_IOMMU_WIRE_FLAGS, "cap_flags", 8);
    memcpy(buf, img, sizeof(buf));
    pv_iommu_capabilities_set_cap_flags(buf, 0x21fU);
    expect(st, "unknown flag bit 9", pv_iommu_capabilities_check(buf, 24, &pr), &pr, XEN_PV_IOMMU_WIRE_NOTE, XEN_PV_IOMMU_WIRE_FLAGS, "cap_flags", 8);
    memcpy(buf, img, sizeof(buf));
    pv_iommu_capabilities_set_cap_flags(buf, 0x41fU);
    expect(st, "unknown flag bit 10", pv_iommu_capabilities_check(buf, 24, &pr), &pr, XEN_PV_IOMMU_WIRE_NOTE, XEN_PV_IOMMU_WIRE_FLAGS, "cap_flags", 8);
    memcpy(buf, img, sizeof(buf));
    pv_iommu_capabilities_set_cap_flags(buf, 0x81fU);
    expect(st, "unknown flag bit 11", pv_iommu_capabilities_check(buf, 24, &pr), &pr, XEN_PV_IOMMU_WIRE_NOTE, XEN_PV_IOMMU_WIRE_FLAGS, "cap_flags", 8);
    memcpy(buf, img, sizeof(buf));
    pv_iommu_capabilities_set_cap_flags(buf, 0x101fU);
    expect(st, "unknown flag bit 12", pv_iommu_capabilities_check(buf, 24, &pr), &pr, XEN_PV_IOMMU_WIRE_NOTE, XEN_PV_IOMMU_WIRE_FLAGS, "cap_flags", 8);
    memcpy(buf, img, sizeof(buf));
    pv_iommu_capabilities_set_cap_flags(buf, 0x201fU);
    expect(st, "unknown flag bit 13", pv_iommu_capabilities_check(buf, 24, &pr), &pr, XEN_PV_IOMMU_WIRE_NOTE, XEN_PV_IOMMU_WIRE_FLAGS, "cap_flags", 8);
    memcpy(buf, img, sizeof(buf));
    pv_iommu_capabilities_set_cap_flags(buf, 0x401fU);
    expect(st, "unknown flag bit 14", pv_iommu_capabilities_check(buf, 24, &pr), &pr, XEN_PV_IOMMU_WIRE_NOTE, XEN_PV_IOMMU_WIRE_FLAGS, "cap_flags", 8);
    memcpy(buf, img, sizeof(buf));
    pv_iommu_capabilities_set_cap_flags(buf, 0x801fU);
    expect(st, "unknown flag bit 15", pv_iommu_capabilities_check(buf, 24, &pr), &pr, XEN_PV_IOMMU_WIRE_NOTE, XEN_PV_IOMMU_WIRE_FLAGS, "cap_flags", 8);
    memcpy(buf, img, sizeof(buf));
    pv_iommu_capabilities_set_cap_flags(buf, 0x1001fU);
    expect(st, "unknown flag bit 16", pv_iommu_capabilities_check(buf, 24, &pr), &pr, XEN_PV_IOMMU_WIRE_NOTE, XEN_PV_IOMMU_WIRE_FLAGS, "cap_flags", 8);
    memcpy(buf, img, sizeof(buf));
    pv_iommu_capabilities_set_cap_flags(buf, 0x2001fU);
    expect(st, "unknown flag bit 17", pv_iommu_capabilities_check(buf, 24, &pr), &pr, XEN_PV_IOMMU_WIRE_NOTE, XEN_PV_IOMMU_WIRE_FLAGS, "cap_flags", 8);
    memcpy(buf, img, sizeof(buf));
    pv_iommu_capabilities_set_cap_flags(buf, 0x4001fU);
    expect(st, "unknown flag bit 18", pv_iommu_capabilities_check(buf, 24, &pr), &pr, XEN_PV_IOMMU_WIRE_NOTE, XEN_PV_IOMMU_WIRE_FLAGS, "cap_flags", 8);
    memcpy(buf, img, sizeof(buf));
    pv_iommu_capabilities_set_cap_flags(buf, 0x8001fU);
    expect(st, "unknown flag bit 19", pv_iommu_capabilities_check(buf, 24, &pr), &pr, XEN_PV_IOMMU_WIRE_NOTE, XEN_PV_IOMMU_WIRE_FLAGS, "cap_flags", 8);
    memcpy(buf, img, sizeof(buf));
    pv_iommu_capabilities_set_cap_flags(buf, 0x10001fU);
    expect(st, "unknown flag bit 20", pv_iommu_capabilities_check(buf, 24, &pr), &pr, XEN_PV_IOMMU_WIRE_NOTE, XEN_PV_IOMMU_WIRE_FLAGS, "cap_flags", 8);
    memcpy(buf, img, sizeof(buf));
    pv_iommu_capabilities_set_cap_flags(buf, 0x20001fU);
    expect(st, "unknown flag bit 21", pv_iommu_capabilities_check(buf, 24, &pr), &pr, XEN_PV_IOMMU_WIRE_NOTE, XEN_PV_IOMMU_WIRE_FLAGS, "cap_flags", 8);
    memcpy(buf, img, sizeof(buf));
    pv_iommu_capabilities_set_cap_flags(buf, 0x40001fU);
    expect(st, "unknown flag bit 22", pv_iommu_capabilities_check(buf, 24, &pr), &pr, XEN_PV_IOMMU_WIRE_NOTE, XEN_PV_IOMMU_WIRE_FLAGS, "cap_flags", 8);
    memcpy(buf, img, sizeof(buf));
    pv_iommu_capabilities_set_cap_flags(buf, 0x80001fU);
    expect(st, "unknown flag bit 23", pv_iommu_capabilities_check(buf, 24, &pr), &pr, XEN_PV_IOMMU_WIRE_NOTE, XEN_PV_IOMMU_WIRE_FLAGS, "cap_flags", 8);
    memcpy(buf, img, sizeof(buf));
    pv_iommu_capabilities_set_cap_flags(buf, 0x100001fU);
    expect(st, "unknown flag bit 24", pv_iommu_capabilities_check(buf, 24, &pr), &pr, XEN_PV_IOMMU_WIRE_NOTE, XEN_PV_IOMMU_WIRE_FLAGS, "cap_flags", 8);
    memcpy(buf, img, sizeof(buf));
    pv_iommu_capabilities_set_cap_flags(buf, 0x200001fU);
    expect(st, "unknown flag bit 25", pv_iommu_capabilities_check(buf, 24, &pr), &pr, XEN_PV_IOMMU_WIRE_NOTE, XEN_PV_IOMMU_WIRE_FLAGS, "cap_flags", 8);
    memcpy(buf, img, sizeof(buf));
    pv_iommu_capabilities_set_cap_flags(buf, 0x400001fU);
    expect(st, "unknown flag bit 26", pv_iommu_capabilities_check(buf, 24, &pr), &pr, XEN_PV_IOMMU_WIRE_NOTE, XEN_PV_IOMMU_WIRE_FLAGS, "cap_flags", 8);
    memcpy(buf, img, sizeof(buf));
    pv_iommu_capabilities_set_cap_flags(buf, 0x800001fU);
    expect(st, "unknown flag bit 27", pv_iommu_capabilities_check(buf, 24, &pr), &pr, XEN_PV_IOMMU_WIRE_NOTE, XEN_PV_IOMMU_WIRE_FLAGS, "cap_flags", 8);
    memcpy(buf, img, sizeof(buf));
    pv_iommu_capabilities_set_cap_flags(buf, 0x1000001fU);
    expect(st, "unknown flag bit 28", pv_iommu_capabilities_check(buf, 24, &pr), &pr, XEN_PV_IOMMU_WIRE_NOTE, XEN_PV_IOMMU_WIRE_FLAGS, "cap_flags", 8);
    memcpy(buf, img, sizeof(buf));
    pv_iommu_capabilities_set_cap_flags(buf, 0x2000001fU);
    expect(st, "unknown flag bit 29", pv_iommu_capabilities_check(buf, 24, &pr), &pr, XEN_PV_IOMMU_WIRE_NOTE, XEN_PV_IOMMU_WIRE_FLAGS, "cap_flags", 8);
    memcpy(buf, img, sizeof(buf));
    pv_iommu_capabilities_set_cap_flags(buf, 0x4000001fU);
    expect(st, "unknown flag bit 30", pv_iommu_capabilities_check(buf, 24, &pr), &pr, XEN_PV_IOMMU_WIRE_NOTE, XEN_PV_IOMMU_WIRE_FLAGS, "cap_flags", 8);
    memcpy(buf, img, sizeof(buf));
    pv_iommu_capabilities_set_cap_flags(buf, 0x8000001fU);
    expect(st, "unknown flag bit 31", pv_iommu_capabilities_check(buf, 24, &pr), &pr, XEN_PV_IOMMU_WIRE_NOTE, XEN_PV_IOMMU_WIRE_FLAGS, "cap_flags", 8);
    memcpy(buf, img, sizeof(buf));
    buf[22] = 0xa5;
    expect(st, "reserved byte 22 set", pv_iommu_capabilities_check(buf, 24, &pr), &pr, XEN_PV_IOMMU_WIRE_RESERVED, XEN_PV_IOMMU_WIRE_RESERVED, "pad0", 22);
    memcpy(buf, img, sizeof(buf));
    buf[23] = 0xa5;
    expect(st, "reserved byte 23 set", pv_iommu_capabilities_check(buf, 24, &pr), &pr, XEN_PV_IOMMU_WIRE_RESERVED, XEN_PV_IOMMU_WIRE_RESERVED, "pad0", 23);
    /* every length short of PV_IOMMU_CAPABILITIES_MIN_SIZE */
    expect(st, "length 0", pv_iommu_capabilities_check(img, 0, &pr), &pr, XEN_PV_IOMMU_WIRE_SHORT, XEN_PV_IOMMU_WIRE_SHORT, "max_iova_addr", 0);
    expect(st, "length 1", pv_iommu_capabilities_check(img, 1, &pr), &pr, XEN_PV_IOMMU_WIRE_SHORT, XEN_PV_IOMMU_WIRE_SHORT, "max_iova_addr", 1);
    expect(st, "length 2", pv_iommu_capabilities_check(img, 2, &pr), &pr, XEN_PV_IOMMU_WIRE_SHORT, XEN_PV_IOMMU_WIRE_SHORT, "max_iova_addr", 2);
    expect(st, "length 3", pv_iommu_capabilities_check(img, 3, &pr), &pr, XEN_PV_IOMMU_WIRE_SHORT, XEN_PV_IOMMU_WIRE_SHORT, "max_iova_addr", 3);
    expect(st, "length 4", pv_iommu_capabilities_check(img, 4, &pr), &pr, XEN_PV_IOMMU_WIRE_SHORT, XEN_PV_IOMMU_WIRE_SHORT, "max_iova_addr", 4);
    expect(st, "length 5", pv_iommu_capabilities_check(img, 5, &pr), &pr, XEN_PV_IOMMU_WIRE_SHORT, XEN_PV_IOMMU_WIRE_SHORT, "max_iova_addr", 5);
    expect(st, "length 6", pv_iommu_capabilities_check(img, 6, &pr), &pr, XEN_PV_IOMMU_WIRE_SHORT, XEN_PV_IOMMU_WIRE_SHORT, "max_iova_addr", 6);
    expect(st, "length 7", pv_iommu_capabilities_check(img, 7, &pr), &pr, XEN_PV_IOMMU_WIRE_SHORT, XEN_PV_IOMMU_WIRE_SHORT, "max_iova_addr", 7);
    expect(st, "length 8", pv_iommu_capabilities_check(img, 8, &pr), &pr, XEN_PV_IOMMU_WIRE_SHORT, XEN_PV_IOMMU_WIRE_SHORT, "cap_flags", 8);
    expect(st, "length 9", pv_iommu_capabilities_check(img, 9, &pr), &pr, XEN_PV_IOMMU_WIRE_SHORT, XEN_PV_IOMMU_WIRE_SHORT, "cap_flags", 9);
    expect(st, "length 10", pv_iommu_capabilities_check(img, 10, &pr), &pr, XEN_PV_IOMMU_WIRE_SHORT, XEN_PV_IOMMU_WIRE_SHORT, "cap_flags", 10);
    expect(st, "length 11", pv_iommu_capabilities_check(img, 11, &pr), &pr, XEN_PV_IOMMU_WIRE_SHORT, XEN_PV_IOMMU_WIRE_SHORT, "cap_flags", 11);
    expect(st, "length 12", pv_iommu_capabilities_check(img, 12, &pr), &pr, XEN_PV_IOMMU_WIRE_SHORT, XEN_PV_IOMMU_WIRE_SHORT, "pgsize_mask", 12);
    expect(st, "length 13", pv_iommu_capabilities_check(img, 13, &pr), &pr, XEN_PV_IOMMU_WIRE_SHORT, XEN_PV_IOMMU_WIRE_SHORT, "pgsize_mask", 13);
    expect(st, "length 14", pv_iommu_capabilities_check(img, 14, &pr), &pr, XEN_PV_IOMMU_WIRE_SHORT, XEN_PV_IOMMU_WIRE_SHORT, "pgsize_mask", 14);
    expect(st, "length 15", pv_iommu_capabilities_check(img, 15, &pr), &pr, XEN_PV_IOMMU_WIRE_SHORT, XEN_PV_IOMMU_WIRE_SHORT, "pgsize_mask", 15);
    expect(st, "length 16", pv_iommu_capabilities_check(img, 16, &pr), &pr, XEN_PV_IOMMU_WIRE_SHORT, XEN_PV_IOMMU_WIRE_SHORT, "max_pasid", 16);
    expect(st, "length 17", pv_iommu_capabilities_check(img, 17, &pr), &pr, XEN_PV_IOMMU_WIRE_SHORT, XEN_PV_IOMMU_WIRE_SHORT, "max_pasid", 17);
    expect(st, "length 18", pv_iommu_capabilities_check(img, 18, &pr), &pr, XEN_PV_IOMMU_WIRE_SHORT, XEN_PV_IOMMU_WIRE_SHORT, "max_pasid", 18);
    expect(st, "length 19", pv_iommu_capabilities_check(img, 19, &pr), &pr, XEN_PV_IOMMU_WIRE_SHORT, XEN_PV_IOMMU_WIRE_SHORT, "max_pasid", 19);
    expect(st, "length 20", pv_iommu_capabilities_check(img, 20, &pr), &pr, XEN_PV_IOMMU_WIRE_SHORT, XEN_PV_IOMMU_WIRE_SHORT, "max_ctx_no", 20);
    expect(st, "length 21", pv_iommu_capabilities_check(img, 21, &pr), &pr, XEN_PV_IOMMU_WIRE_SHORT, XEN_PV_IOMMU_WIRE_SHORT, "max_ctx_no", 21);
    expect(st, "length 22", pv_iommu_capabilities_check(img, 22, &pr), &pr, XEN_PV_IOMMU_WIRE_SHORT, XEN_PV_IOMMU_WIRE_SHORT, "pad0", 22);
    expect(st, "length 23", pv_iommu_capabilities_check(img, 23, &pr), &pr, XEN_PV_IOMMU_WIRE_SHORT, XEN_PV_IOMMU_WIRE_SHORT, "pad0", 23);
    /* plain struct assignment with byte-order conversions of the test's own */
    checks++;
    if (sizeof(s) != 24)
        fail(st, "sizeof", "differs from the image");
    else {
        memset(&s, 0, sizeof(s));
        s.max_iova_addr = UINT64_C(0x8786858483828180);
        s.cap_flags = 0x1fU;
        s.pgsize_mask = 0x8f8e8d8cU;
        s.max_pasid = 0x93929190U;
        s.max_ctx_no = 0x9594U;
        s.pad0 = 0x0U;
        same_bytes(st, "struct assignment", (const unsigned char *)&s, img, 24, field_of);
    }
}

static void test_pv_iommu_init(void)
{
    static const char st[] = "pv_iommu_init";
    static const char *const field_of[8] = {
        "max_ctx_no", "max_ctx_no", "max_ctx_no", "max_ctx_no",
        "arena_order", "arena_order", "arena_order", "arena_order",
    };
    static const unsigned char le[8] = {
        0x80, 0x81, 0x82, 0x83, 0x84, 0x85, 0x86, 0x87
    };
    static const unsigned char be[8] = {
        0x83, 0x82, 0x81, 0x80, 0x87, 0x86, 0x85, 0x84
    };
    const unsigned char *img = big_endian ? be : le;
    unsigned char buf[8];
    struct xen_pv_iommu_wire_problem pr;
    struct pv_iommu_init s;

    memset(&pr, 0, sizeof(pr));
    /* encode with the helpers, over a buffer of 0x5a */
    memset(buf, 0x5a, sizeof(buf));
    pv_iommu_init_set_max_ctx_no(buf, 0x83828180U);
    pv_iommu_init_set_arena_order(buf, 0x87868584U);
    same_bytes(st, "encoded", buf, img, 8, field_of);
    memset(buf, 0x5a, sizeof(buf));
    pv_iommu_init_set_max_ctx_no_le(buf, 0x83828180U);
    pv_iommu_init_set_arena_order_le(buf, 0x87868584U);
    same_bytes(st, "encoded_le", buf, le, 8, field_of);
    memset(buf, 0x5a, sizeof(buf));
    pv_iommu_init_set_max_ctx_no_be(buf, 0x83828180U);
    pv_iommu_init_set_arena_order_be(buf, 0x87868584U);
    same_bytes(st, "encoded_be", buf, be, 8, field_of);
    /* decode the image */
    same_value(st, "max_ctx_no", "get", pv_iommu_init_get_max_ctx_no(img), UINT64_C(0x83828180));
    same_value(st, "max_ctx_no", "get_le", pv_iommu_init_get_max_ctx_no_le(le), UINT64_C(0x83828180));
    same_value(st, "max_ctx_no", "get_be", pv_iommu_init_get_max_ctx_no_be(be), UINT64_C(0x83828180));
    same_value(st, "arena_order", "get", pv_iommu_init_get_arena_order(img), UINT64_C(0x87868584));
    same_value(st, "arena_order", "get_le", pv_iommu_init_get_arena_order_le(le), UINT64_C(0x87868584));
    same_value(st, "arena_order", "get_be", pv_iommu_init_get_arena_order_be(be), UINT64_C(0x87868584));
    /* the image passes its check with nothing to report */
    expect(st, "golden image", pv_iommu_init_check(img, 8, &pr), &pr, XEN_PV_IOMMU_WIRE_OK, 0, "", 0);
    /* every length short of PV_IOMMU_INIT_MIN_SIZE */
    expect(st, "length 0", pv_iommu_init_check(img, 0, &pr), &pr, XEN_PV_IOMMU_WIRE_SHORT, XEN_PV_IOMMU_WIRE_SHORT, "max_ctx_no", 0);
    expect(st, "length 1", pv_iommu_init_check(img, 1, &pr), &pr, XEN_PV_IOMMU_WIRE_SHORT, XEN_PV_IOMMU_WIRE_SHORT, "max_ctx_no", 1);
    expect(st, "length 2", pv_iommu_init_check(img, 2, &pr), &pr, XEN_PV_IOMMU_WIRE_SHORT, XEN_PV_IOMMU_WIRE_SHORT, "max_ctx_no", 2);
    expect(st, "length 3", pv_iommu_init_check(img, 3, &pr), &pr, XEN_PV_IOMMU_WIRE_SHORT, XEN_PV_IOMMU_WIRE_SHORT, "max_ctx_no", 3);
    expect(st, "length 4", pv_iommu_init_check(img, 4, &pr), &pr, XEN_PV_IOMMU_WIRE_SHORT, XEN_PV_IOMMU_WIRE_SHORT, "arena_order", 4);
    expect(st, "length 5", pv_iommu_init_check(img, 5, &pr), &pr, XEN_PV_IOMMU_WIRE_SHORT, XEN_PV_IOMMU_WIRE_SHORT, "arena_order", 5);
    expect(st, "length 6", pv_iommu_init_check(img, 6, &pr), &pr, XEN_PV_IOMMU_WIRE_SHORT, XEN_PV_IOMMU_WIRE_SHORT, "arena_order", 6);
    expect(st, "length 7", pv_iommu_init_check(img, 7, &pr), &pr, XEN_PV_IOMMU_WIRE_SHORT, XEN_PV_IOMMU_WIRE_SHORT, "arena_order", 7);
    /* plain struct assignment with byte-order conversions of the test's own */
    checks++;
    if (sizeof(s) != 8)
        fail(st, "sizeof", "differs from the image");
    else {
        memset(&s, 0, sizeof(s));
        s.max_ctx_no = 0x83828180U;
        s.arena_order = 0x87868584U;
        same_bytes(st, "struct assignment", (const unsigned char *)&s, img, 8, field_of);
    }
}

static void test_pv_iommu_alloc(void)
{
    static const char st[] = "pv_iommu_alloc";
    static const char *const field_of[8] = {
        "ctx_no", "ctx_no", "pad0", "pad0",
        "alloc_flags", "alloc_flags", "alloc_flags", "alloc_flags",
    };
    static const unsigned char le[8] = {
        0x80, 0x81, 0x00, 0x00, 0x01, 0x00, 0x00, 0x00
    };
    static const unsigned char be[8] = {
        0x81, 0x80, 0x00, 0x00, 0x00, 0x00, 0x00, 0x01
    };
    const unsigned char *img = big_endian ? be : le;
    unsigned char buf[8];
    struct xen_pv_iommu_wire_problem pr;
    struct pv_iommu_alloc s;

    memset(&pr, 0, sizeof(pr));
    /* encode with the helpers, over a buffer of 0x5a */
    memset(buf, 0x5a, sizeof(buf));
    pv_iommu_alloc_set_ctx_no(buf, 0x8180U);
    pv_iommu_alloc_set_pad0(buf, 0x0U);
    pv_iommu_alloc_set_alloc_flags(buf, 0x1U);
    same_bytes(st, "encoded", buf, img, 8, field_of);
    memset(buf, 0x5a, sizeof(buf));
    pv_iommu_alloc_set_ctx_no_le(buf, 0x8180U);
    pv_iommu_alloc_set_pad0_le(buf, 0x0U);
    pv_iommu_alloc_set_alloc_flags_le(buf, 0x1U);
    same_bytes(st, "encoded_le", buf, le, 8, field_of);
    memset(buf, 0x5a, sizeof(buf));
    pv_iommu_alloc_set_ctx_no_be(buf, 0x8180U);
    pv_iommu_alloc_set_pad0_be(buf, 0x0U);
    pv_iommu_alloc_set_alloc_flags_be(buf, 0x1U);
    same_bytes(st, "encoded_be", buf, be, 8, field_of);
    /* decode the image */
    same_value(st, "ctx_no", "get", pv_iommu_alloc_get_ctx_no(img), UINT64_C(0x8180));
    same_value(st, "ctx_no", "get_le", pv_iommu_alloc_get_ctx_no_le(le), UINT64_C(0x8180));
    same_value(st, "ctx_no", "get_be", pv_iommu_alloc_get_ctx_no_be(be), UINT64_C(0x8180));
    same_value(st, "pad0", "get", pv_iommu_alloc_get_pad0(img), UINT64_C(0x0));
    same_value(st, "pad0", "get_le", pv_iommu_alloc_get_pad0_le(le), UINT64_C(0x0));
    same_value(st, "pad0", "get_be", pv_iommu_alloc_get_pad0_be(be), UINT64_C(0x0));
    same_value(st, "alloc_flags", "get", pv_iommu_alloc_get_alloc_flags(img), UINT64_C(0x1));
    same_value(st, "alloc_flags", "get_le", pv_iommu_alloc_get_alloc_flags_le(le), UINT64_C(0x1));
    same_value(st, "alloc_flags", "get_be", pv_iommu_alloc_get_alloc_flags_be(be), UINT64_C(0x1));
    /* the image passes its check with nothing to report */
    expect(st, "golden image", pv_iommu_alloc_check(img, 8, &pr), &pr, XEN_PV_IOMMU_WIRE_OK, 0, "", 0);
    memcpy(buf, img, sizeof(buf));
    buf[2] = 0xa5;
    expect(st, "reserved byte 2 set", pv_iommu_alloc_check(buf, 8, &pr), &pr, XEN_PV_IOMMU_WIRE_RESERVED, XEN_PV_IOMMU_WIRE_RESERVED, "pad0", 2);
    memcpy(buf, img, sizeof(buf));
    buf[3] = 0xa5;
    expect(st, "reserved byte 3 set", pv_iommu_alloc_check(buf, 8, &pr), &pr, XEN_PV_IOMMU_WIRE_RESERVED, XEN_PV_IOMMU_WIRE_RESERVED, "pad0", 3);
    memcpy(buf, img, sizeof(buf));
    pv_iommu_alloc_set_alloc_flags(buf, 0x3U);
    expect(st, "unknown flag bit 1", pv_iommu_alloc_check(buf, 8, &pr), &pr, XEN_PV_IOMMU_WIRE_FLAGS, XEN_PV_IOMMU_WIRE_FLAGS, "alloc_flags", 4);
    memcpy(buf, img, sizeof(buf));
    pv_iommu_alloc_set_alloc_flags(buf, 0x5U);
    expect(st, "unknown flag bit 2", pv_iommu_alloc_check(buf, 8, &pr), &pr, XEN_PV_IOMMU_WIRE_FLAGS, XEN_PV_IOMMU_WIRE_FLAGS, "alloc_flags", 4);
    memcpy(buf, img, sizeof(buf));
    pv_iommu_alloc_set_alloc_flags(buf, 0x9U);
    expect(st, "unknown flag bit 3", pv_iommu_alloc_check(buf, 8, &pr), &pr, XEN_PV_IOMMU_WIRE_FLAGS, XEN_PV_IOMMU_WIRE_FLAGS, "alloc_flags", 4);
    memcpy(buf, img, sizeof(buf));
    pv_iommu_alloc_set_alloc_flags(buf, 0x11U);
    expect(st, "unknown flag bit 4", pv_iommu_alloc_check(buf, 8, &pr), &pr, XEN_PV_IOMMU_WIRE_FLAGS, XEN_PV_IOMMU_WIRE_FLAGS, "alloc_flags", 4);
    memcpy(buf, img, sizeof(buf));
    pv_iommu_alloc_set_alloc_flags(buf, 0x21U);
    expect(st, "unknown flag bit 5", pv_iommu_alloc_check(buf, 8, &pr), &pr, XEN_PV_IOMMU_WIRE_FLAGS, XEN_PV_IOMMU_WIRE_FLAGS, "alloc_flags", 4);
    memcpy(buf, img, sizeof(buf));
    pv_iommu_alloc_set_alloc_flags(buf, 0x41U);
    expect(st, "unknown flag bit 6", pv_iommu_alloc_check(buf, 8, &pr), &pr, XEN_PV_IOMMU_WIRE_FLAGS, XEN_PV_IOMMU_WIRE_FLAGS, "alloc_flags", 4);
    memcpy(buf, img, sizeof(buf));
    pv_iommu_alloc_set_alloc_flags(buf, 0x81U);
    expect(st, "unknown flag bit 7", pv_iommu_alloc_check(buf, 8, &pr), &pr, XEN_PV_IOMMU_WIRE_FLAGS, XEN_PV_IOMMU_WIRE_FLAGS, "alloc_flags", 4);
    memcpy(buf, img, sizeof(buf));
    pv_iommu_alloc_set_alloc_flags(buf, 0x101U);
    expect(st, "unknown flag bit 8", pv_iommu_alloc_check(buf, 8, &pr), &pr, XEN_PV_IOMMU_WIRE_FLAGS, XEN_PV_IOMMU_WIRE_FLAGS, "alloc_flags", 4);
    memcpy(buf, img, sizeof(buf));
    pv_iommu_alloc_set_alloc_flags(buf, 0x201U);
    expect(st, "unknown flag bit 9", pv_iommu_alloc_check(buf, 8, &pr), &pr, XEN_PV_IOMMU_WIRE_FLAGS, XEN_PV_IOMMU_WIRE_FLAGS, "alloc_flags", 4);
    memcpy(buf, img, sizeof(buf));
    pv_iommu_alloc_set_alloc_flags(buf, 0x401U);
    expect(st, "unknown flag bit 10", pv_iommu_alloc_check(buf, 8, &pr), &pr, XEN_PV_IOMMU_WIRE_FLAGS, XEN_PV_IOMMU_WIRE_FLAGS, "alloc_flags", 4);
    memcpy(buf, img, sizeof(buf));
    pv_iommu_alloc_set_alloc_flags(buf, 0x801U);
    expect(st, "unknown flag bit 11", pv_iommu_alloc_check(buf, 8, &pr), &pr, XEN_PV_IOMMU_WIRE_FLAGS, XEN_PV_IOMMU_WIRE_FLAGS, "alloc_flags", 4);
    memcpy(buf, img, sizeof(buf));
    pv_iommu_alloc_set_alloc_flags(buf, 0x1001U);
    expect(st, "unknown flag bit 12", pv_iommu_alloc_check(buf, 8, &pr), &pr, XEN_PV_IOMMU_WIRE_FLAGS, XEN_PV_IOMMU_WIRE_FLAGS, "alloc_flags", 4);
    memcpy(buf, img, sizeof(buf));
    pv_iommu_alloc_set_alloc_flags(buf, 0x2001U);
    expect(st, "unknown flag bit 13", pv_iommu_alloc_check(buf, 8, &pr), &pr, XEN_PV_IOMMU_WIRE_FLAGS, XEN_PV_IOMMU_WIRE_FLAGS, "alloc_flags", 4);
    memcpy(buf, img, sizeof(buf));
    pv_iommu_alloc_set_alloc_flags(buf, 0x4001U);
    expect(st, "unknown flag bit 14", pv_iommu_alloc_check(buf, 8, &pr), &pr, XEN_PV_IOMMU_WIRE_FLAGS, XEN_PV_IOMMU_WIRE_FLAGS, "alloc_flags", 4);
    memcpy(buf, img, sizeof(buf));
    pv_iommu_alloc_set_alloc_flags(buf, 0x8001U);
    expect(st, "unknown flag bit 15", pv_iommu_alloc_check(buf, 8, &pr), &pr, XEN_PV_IOMMU_WIRE_FLAGS, XEN_PV_IOMMU_WIRE_FLAGS, "alloc_flags", 4);
    memcpy(buf, img, sizeof(buf));
    pv_iommu_alloc_set_alloc_flags(buf, 0x10001U);
    expect(st, "unknown flag bit 16", pv_iommu_alloc_check(buf, 8, &pr), &pr, XEN_PV_IOMMU_WIRE_FLAGS, XEN_PV_IOMMU_WIRE_FLAGS, "alloc_flags", 4);
    memcpy(buf, img, sizeof(buf));
    pv_iommu_alloc_set_alloc_flags(buf, 0x20001U);
    expect(st, "unknown flag bit 17", pv_iommu_alloc_check(buf, 8, &pr), &pr, XEN_PV_IOMMU_WIRE_FLAGS, XEN_PV_IOMMU_WIRE_FLAGS, "alloc_flags", 4);
    memcpy(buf, img, sizeof(buf));
    pv_iommu_alloc_set_alloc_flags(buf, 0x40001U);
    expect(st, "unknown flag bit 18", pv_iommu_alloc_check(buf, 8, &pr), &pr, XEN_PV_IOMMU_WIRE_FLAGS, XEN_PV_IOMMU_WIRE_FLAGS, "alloc_flags", 4);
    memcpy(buf, img, sizeof(buf));
    pv_iommu_alloc_set_alloc_flags(buf, 0x80001U);
    expect(st, "unknown flag bit 19", pv_iommu_alloc_check(buf, 8, &pr), &pr, XEN_PV_IOMMU_WIRE_FLAGS, XEN_PV_IOMMU_WIRE_FLAGS, "alloc_flags", 4);
    memcpy(buf, img, sizeof(buf));
    pv_iommu_alloc_set_alloc_flags(buf, 0x100001U);
    expect(st, "unknown flag bit 20", pv_iommu_alloc_check(buf, 8, &pr), &pr, XEN_PV_IOMMU_WIRE_FLAGS, XEN_PV_IOMMU_WIRE_FLAGS, "alloc_flags", 4);
    memcpy(buf, img, sizeof(buf));
    pv_iommu_alloc_set_alloc_flags(buf, 0x200001U);
    expect(st, "unknown flag bit 21", pv_iommu_alloc_check(buf, 8, &pr), &pr, XEN_PV_IOMMU_WIRE_FLAGS, XEN_PV_IOMMU_WIRE_FLAGS, "alloc_flags", 4);
    memcpy(buf, img, sizeof(buf));
    pv_iommu_alloc_set_alloc_flags(buf, 0x400001U);
    expect(st, "unknown flag bit 22", pv_iommu_alloc_check(buf, 8, &pr), &pr, XEN_PV_IOMMU_WIRE_FLAGS, XEN_PV_IOMMU_WIRE_FLAGS, "alloc_flags", 4);
    memcpy(buf, img, sizeof(buf));
    pv_iommu_alloc_set_alloc_flags(buf, 0x800001U);
    expect(st, "unknown flag bit 23", pv_iommu_alloc_check(buf, 8, &pr), &pr, XEN_PV_IOMMU_WIRE_FLAGS, XEN_PV_IOMMU_WIRE_FLAGS, "alloc_flags", 4);
    memcpy(buf, img, sizeof(buf));
    pv_iommu_alloc_set_alloc_flags(buf, 0x1000001U);
    expect(st, "unknown flag bit 24", pv_iommu_alloc_check(buf, 8, &pr), &pr, XEN_PV_IOMMU_WIRE_FLAGS, XEN_PV_IOMMU_WIRE_FLAGS, "alloc_flags", 4);
    memcpy(buf, img, sizeof(buf));
    pv_iommu_alloc_set_alloc_flags(buf, 0x2000001U);
    expect(st, "unknown flag bit 25", pv_iommu_alloc_check(buf, 8, &pr), &pr, XEN_PV_IOMMU_WIRE_FLAGS, XEN_PV_IOMMU_WIRE_FLAGS, "alloc_flags", 4);
    memcpy(buf, img, sizeof(buf));
    pv_iommu_alloc_set_alloc_flags(buf, 0x4000001U);
    expect(st, "unknown flag bit 26", pv_iommu_alloc_check(buf, 8, &pr), &pr, XEN_PV_IOMMU_WIRE_FLAGS, XEN_PV_IOMMU_WIRE_FLAGS, "alloc_flags", 4);
    memcpy(buf, img, sizeof(buf));
    pv_iommu_alloc_set_alloc_flags(buf, 0x8000001U);
    expect(st, "unknown flag bit 27", pv_iommu_alloc_check(buf, 8, &pr), &pr, XEN_PV_IOMMU_WIRE_FLAGS, XEN_PV_IOMMU_WIRE_FLAGS, "alloc_flags", 4);
    memcpy(buf, img, sizeof(buf));
    pv_iommu_alloc_set_alloc_flags(buf, 0x10000001U);
    expect(st, "unknown flag bit 28", pv_iommu_alloc_check(buf, 8, &pr), &pr, XEN_PV_IOMMU_WIRE_FLAGS, XEN_PV_IOMMU_WIRE_FLAGS, "alloc_flags", 4);
    memcpy(buf, img, sizeof(buf));
    pv_iommu_alloc_set_alloc_flags(buf, 0x20000001U);
    expect(st, "unknown flag bit 29", pv_iommu_alloc_check(buf, 8, &pr), &pr, XEN_PV_IOMMU_WIRE_FLAGS, XEN_PV_IOMMU_WIRE_FLAGS, "alloc_flags", 4);
    memcpy(buf, img, sizeof(buf));
    pv_iommu_alloc_set_alloc_flags(buf, 0x40000001U);
    expect(st, "unknown flag bit 30", pv_iommu_alloc_check(buf, 8, &pr), &pr, XEN_PV_IOMMU_WIRE_FLAGS, XEN_PV_IOMMU_WIRE_FLAGS, "alloc_flags", 4);
    memcpy(buf, img, sizeof(buf));
    pv_iommu_alloc_set_alloc_flags(buf, 0x80000001U);
    expect(st, "unknown flag bit 31", pv_iommu_alloc_check(buf, 8, &pr), &pr, XEN_PV_IOMMU_WIRE_FLAGS, XEN_PV_IOMMU_WIRE_FLAGS, "alloc_flags", 4);
    /* every length short of PV_IOMMU_ALLOC_MIN_SIZE */
    expect(st, "length 0", pv_iommu_alloc_check(img, 0, &pr), &pr, XEN_PV_IOMMU_WIRE_SHORT, XEN_PV_IOMMU_WIRE_SHORT, "ctx_no", 0);
    expect(st, "length 1", pv_iommu_alloc_check(img, 1, &pr), &pr, XEN_PV_IOMMU_WIRE_SHORT, XEN_PV_IOMMU_WIRE_SHORT, "ctx_no", 1);
    expect(st, "length 2", pv_iommu_alloc_check(img, 2, &pr), &pr, XEN_PV_IOMMU_WIRE_SHORT, XEN_PV_IOMMU_WIRE_SHORT, "pad0", 2);
    expect(st, "length 3", pv_iommu_alloc_check(img, 3, &pr), &pr, XEN_PV_IOMMU_WIRE_SHORT, XEN_PV_IOMMU_WIRE_SHORT, "pad0", 3);
    expect(st, "length 4", pv_iommu_alloc_check(img, 4, &pr), &pr, XEN_PV_IOMMU_WIRE_SHORT, XEN_PV_IOMMU_WIRE_SHORT, "alloc_flags", 4);
    expect(st, "length 5", pv_iommu_alloc_check(img, 5, &pr), &pr, XEN_PV_IOMMU_WIRE_SHORT, XEN_PV_IOMMU_WIRE_SHORT, "alloc_flags", 5);
    expect(st, "length 6", pv_iommu_alloc_check(img, 6, &pr), &pr, XEN_PV_IOMMU_WIRE_SHORT, XEN_PV_IOMMU_WIRE_SHORT, "alloc_flags", 6);
    expect(st, "length 7", pv_iommu_alloc_check(img, 7, &pr), &pr, XEN_PV_IOMMU_WIRE_SHORT, XEN_PV_IOMMU_WIRE_SHORT, "alloc_flags", 7);
    /* plain struct assignment with byte-order conversions of the test's own */
    checks++;
    if (sizeof(s) != 8)
        fail(st, "sizeof", "differs from the image");
    else {
        memset(&s, 0, sizeof(s));
        s.ctx_no = 0x8180U;
        s.pad0 = 0x0U;
        s.alloc_flags = 0x1U;
        same_bytes(st, "struct assignment", (const unsigned char *)&s, img, 8, field_of);
    }
}

static void test_pv_iommu_free(void)
{
    static const char st[] = "pv_iommu_free";
    static const char *const field_of[8] = {
        "ctx_no", "ctx_no", "pad0", "pad0",
        "free_flags", "free_flags", "free_flags", "free_flags",
    };
    static const unsigned char le[8] = {
        0x80, 0x81, 0x00, 0x00, 0x01, 0x00, 0x00, 0x00
    };
    static const unsigned char be[8] = {
        0x81, 0x80, 0x00, 0x00, 0x00, 0x00, 0x00, 0x01
    };
    const unsigned char *img = big_endian ? be : le;
    unsigned char buf[8];
    struct xen_pv_iommu_wire_problem pr;
    struct pv_iommu_free s;

    memset(&pr, 0, sizeof(pr));
    /* encode with the helpers, over a buffer of 0x5a */
    memset(buf, 0x5a, sizeof(buf));
    pv_iommu_free_set_ctx_no(buf, 0x8180U);
    pv_iommu_free_set_pad0(buf, 0x0U);
    pv_iommu_free_set_free_flags(buf, 0x1U);
    same_bytes(st, "encoded", buf, img, 8, field_of);
    memset(buf, 0x5a, sizeof(buf));
    pv_iommu_free_set_ctx_no_le(buf, 0x8180U);
    pv_iommu_free_set_pad0_le(buf, 0x0U);
    pv_iommu_free_set_free_flags_le(buf, 0x1U);
    same_bytes(st, "encoded_le", buf, le, 8, field_of);
    memset(buf, 0x5a, sizeof(buf));
    pv_iommu_free_set_ctx_no_be(buf, 0x8180U);
    pv_iommu_free_set_pad0_be(buf, 0x0U);
    pv_iommu_free_set_free_flags_be(buf, 0x1U);
    same_bytes(st, "encoded_be", buf, be, 8, field_of);
    /* decode the image */
    same_value(st, "ctx_no", "get", pv_iommu_free_get_ctx_no(img), UINT64_C(0x8180));
    same_value(st, "ctx_no", "get_le", pv_iommu_free_get_ctx_no_le(le), UINT64_C(0x8180));
    same_value(st, "ctx_no", "get_be", pv_iommu_free_get_ctx_no_be(be), UINT64_C(0x8180));
    same_value(st, "pad0", "get", pv_iommu_free_get_pad0(img), UINT64_C(0x0));
    same_value(st, "pad0", "get_le", pv_iommu_free_get_pad0_le(le), UINT64_C(0x0));
    same_value(st, "pad0", "get_be", pv_iommu_free_get_pad0_be(be), UINT64_C(0x0));
    same_value(st, "free_flags", "get", pv_iommu_free_get_free_flags(img), UINT64_C(0x1));
    same_value(st, "free_flags", "get_le", pv_iommu_free_get_free_flags_le(le), UINT64_C(0x1));
    same_value(st, "free_flags", "get_be", pv_iommu_free_get_free_flags_be(be), UINT64_C(0x1));
    /* the image passes its check with nothing to report */
    expect(st, "golden image", pv_iommu_free_check(img, 8, &pr), &pr, XEN_PV_IOMMU_WIRE_OK, 0, "", 0);
    memcpy(buf, img, sizeof(buf));
    buf[2] = 0xa5;
    expect(st, "reserved byte 2 set", pv_iommu_free_check(buf, 8, &pr), &pr, XEN_PV_IOMMU_WIRE_RESERVED, XEN_PV_IOMMU_WIRE_RESERVED, "pad0", 2);
    memcpy(buf, img, sizeof(buf));
    buf[3] = 0xa5;
    expect(st, "reserved byte 3 set", pv_iommu_free_check(buf, 8, &pr), &pr, XEN_PV_IOMMU_WIRE_RESERVED, XEN_PV_IOMMU_WIRE_RESERVED, "pad0", 3);
    memcpy(buf, img, sizeof(buf));
    pv_iommu_free_set_free_flags(buf, 0x3U);
    expect(st, "unknown flag bit 1", pv_iommu_free_check(buf, 8, &pr), &pr, XEN_PV_IOMMU_WIRE_FLAGS, XEN_PV_IOMMU_WIRE_FLAGS, "free_flags", 4);
    memcpy(buf, img, sizeof(buf));
    pv_iommu_free_set_free_flags(buf, 0x5U);
    expect(st, "unknown flag bit 2", pv_iommu_free_check(buf, 8, &pr), &pr, XEN_PV_IOMMU_WIRE_FLAGS, XEN_PV_IOMMU_WIRE_FLAGS, "free_flags", 4);
    memcpy(buf, img, sizeof(buf));
    pv_iommu_free_set_free_flags(buf, 0x9U);
    expect(st, "unknown flag bit 3", pv_iommu_free_check(buf, 8, &pr), &pr, XEN_PV_IOMMU_WIRE_FLAGS, XEN_PV_IOMMU_WIRE_FLAGS, "free_flags", 4);
    memcpy(buf, img, sizeof(buf));
    pv_iommu_free_set_free_flags(buf, 0x11U);
    expect(st, "unknown flag bit 4", pv_iommu_free_check(buf, 8, &pr), &pr, XEN_PV_IOMMU_WIRE_FLAGS, XEN_PV_IOMMU_WIRE_FLAGS, "free_flags", 4);
    memcpy(buf, img, sizeof(buf));
    pv_iommu_free_set_free_flags(buf, 0x21U);
    expect(st, "unknown flag bit 5", pv_iommu_free_check(buf, 8, &pr), &pr, XEN_PV_IOMMU_WIRE_FLAGS, XEN_PV_IOMMU_WIRE_FLAGS, "free_flags", 4);
    memcpy(buf, img, sizeof(buf));
    pv_iommu_free_set_free_flags(buf, 0x41U);
    expect(st, "unknown flag bit 6", pv_iommu_free_check(buf, 8, &pr), &pr, XEN_PV_IOMMU_WIRE_FLAGS, XEN_PV_IOMMU_WIRE_FLAGS, "free_flags", 4);
    memcpy(buf, img, sizeof(buf));
    pv_iommu_free_set_free_flags(buf, 0x81U);
    expect(st, "unknown flag bit 7", pv_iommu_free_check(buf, 8, &pr), &pr, XEN_PV_IOMMU_WIRE_FLAGS, XEN_PV_IOMMU_WIRE_FLAGS, "free_flags", 4);
    memcpy(buf, img, sizeof(buf));
    pv_iommu_free_set_free_flags(buf, 0x101U);
    expect(st, "unknown flag bit 8", pv_iommu_free_check(buf, 8, &pr), &pr, XEN_PV_IOMMU_WIRE_FLAGS, XEN_PV_IOMMU_WIRE_FLAGS, "free_flags", 4);
    memcpy(buf, img, sizeof(buf));
    pv_iommu_free_set_free_flags(buf, 0x201U);
    expect(st, "unknown flag bit 9", pv_iommu_free_check(buf, 8, &pr), &pr, XEN_PV_IOMMU_WIRE_FLAGS, XEN_PV_IOMMU_WIRE_FLAGS, "free_flags", 4);
    memcpy(buf, img, sizeof(buf));
    pv_iommu_free_set_free_flags(buf, 0x401U);
    expect(st, "unknown flag bit 10", pv_iommu_free_check(buf, 8, &pr), &pr, XEN_PV_IOMMU_WIRE_FLAGS, XEN_PV_IOMMU_WIRE_FLAGS, "free_flags", 4);
    memcpy(buf, img, sizeof(buf));
    pv_iommu_free_set_free_flags(buf, 0x801U);
    expect(st, "unknown flag bit 11", pv_iommu_free_check(buf, 8, &pr), &pr, XEN_PV_IOMMU_WIRE_FLAGS, XEN_PV_IOMMU_WIRE_FLAGS, "free_flags", 4);
    memcpy(buf, img, sizeof(buf));
    pv_iommu_free_set_free_flags(buf, 0x1001U);
    expect(st, "unknown flag bit 12", pv_iommu_free_check(buf, 8, &pr), &pr, XEN_PV_IOMMU_WIRE_FLAGS, XEN_PV_IOMMU_WIRE_FLAGS, "free_flags", 4);
    memcpy(buf, img, sizeof(buf));
    pv_iommu_free_set_free_flags(buf, 0x2001U);
    expect(st, "unknown flag bit 13", pv_iommu_free_check(buf, 8, &pr), &pr, XEN_PV_IOMMU_WIRE_FLAGS, XEN_PV_IOMMU_WIRE_FLAGS, "free_flags", 4);
    memcpy(buf, img, sizeof(buf));
    pv_iommu_free_set_free_flags(buf, 0x4001U);
    expect(st, "unknown flag bit 14", pv_iommu_free_check(buf, 8, &pr), &pr, XEN_PV_IOMMU_WIRE_FLAGS, XEN_PV_IOMMU_WIRE_FLAGS, "free_flags", 4);
    memcpy(buf, img, sizeof(buf));
    pv_iommu_free_set_free_flags(buf, 0x8001U);
    expect(st, "unknown flag bit 15", pv_iommu_free_check(buf, 8, &pr), &pr, XEN_PV_IOMMU_WIRE_FLAGS, XEN_PV_IOMMU_WIRE_FLAGS, "free_flags", 4);
    memcpy(buf, img, sizeof(buf));
    pv_iommu_free_set_free_flags(buf, 0x10001U);
    expect(st, "unknown flag bit 16", pv_iommu_free_check(buf, 8, &pr), &pr, XEN_PV_IOMMU_WIRE_FLAGS, XEN_PV_IOMMU_WIRE_FLAGS, "free_flags", 4);
    memcpy(buf, img, sizeof(buf));
    pv_iommu_free_set_free_flags(buf, 0x20001U);
    expect(st, "unknown flag bit 17", pv_iommu_free_check(buf, 8, &pr), &pr, XEN_PV_IOMMU_WIRE_FLAGS, XEN_PV_IOMMU_WIRE_FLAGS, "free_flags", 4);
    memcpy(buf, img, sizeof(buf));
    pv_iommu_free_set_free_flags(buf, 0x40001U);
    expect(st, "unknown flag bit 18", pv_iommu_free_check(buf, 8, &pr), &pr, XEN_PV_IOMMU_WIRE_FLAGS, XEN_PV_IOMMU_WIRE_FLAGS, "free_flags", 4);
    memcpy(buf, img, sizeof(buf));
    pv_iommu_free_set_free_flags(buf, 0x80001U);
    expect(st, "unknown flag bit 19", pv_iommu_free_check(buf, 8, &pr), &pr, XEN_PV_IOMMU_WIRE_FLAGS, XEN_PV_IOMMU_WIRE_FLAGS, "free_flags", 4);
    memcpy(buf, img, sizeof(buf));
    pv_iommu_free_set_free_flags(buf, 0x100001U);
    expect(st, "unknown flag bit 20", pv_iommu_free_check(buf, 8, &pr), &pr, XEN_PV_IOMMU_WIRE_FLAGS, XEN_PV_IOMMU_WIRE_FLAGS, "free_flags", 4);
    memcpy(buf, img, sizeof(buf));
    pv_iommu_free_set_free_flags(buf, 0x200001U);
    expect(st, "unknown flag bit 21", pv_iommu_free_check(buf, 8, &pr), &pr, XEN_PV_IOMMU_WIRE_FLAGS, XEN_PV_IOMMU_WIRE_FLAGS, "free_flags", 4);
    memcpy(buf, img, sizeof(buf));
    pv_iommu_free_set_free_flags(buf, 0x400001U);
    expect(st, "unknown flag bit 22", pv_iommu_free_check(buf, 8, &pr), &pr, XEN_PV_IOMMU_WIRE_FLAGS, XEN_PV_IOMMU_WIRE_FLAGS, "free_flags", 4);
    memcpy(buf, img, sizeof(buf));
    pv_iommu_free_set_free_flags(buf, 0x800001U);
    expect(st, "unknown flag bit 23", pv_iommu_free_check(buf, 8, &pr), &pr, XEN_PV_IOMMU_WIRE_FLAGS, XEN_PV_IOMMU_WIRE_FLAGS, "free_flags", 4);
    memcpy(buf, img, sizeof(buf));
    pv_iommu_free_set_free_flags(buf, 0x1000001U);
    expect(st, "unknown flag bit 24", pv_iommu_free_check(buf, 8, &pr), &pr, XEN_PV_IOMMU_WIRE_FLAGS, XEN_PV_IOMMU_WIRE_FLAGS, "free_flags", 4);
    memcpy(buf, img, sizeof(buf));
    pv_iommu_free_set_free_flags(buf, 0x2000001U);
    expect(st, "unknown flag bit 25", pv_iommu_free_check(buf, 8, &pr), &pr, XEN_PV_IOMMU_WIRE_FLAGS, XEN_PV_IOMMU_WIRE_FLAGS, "free_flags", 4);
    memcpy(buf, img, sizeof(buf));
    pv_iommu_free_set_free_flags(buf, 0x4000001U);
    expect(st, "unknown flag bit 26", pv_iommu_free_check(buf, 8, &pr), &pr, XEN_PV_IOMMU_WIRE_FLAGS, XEN_PV_IOMMU_WIRE_FLAGS, "free_flags", 4);
    memcpy(buf, img, sizeof(buf));
    pv_iommu_free_set_free_flags(buf, 0x8000001U);
    expect(st, "unknown flag bit 27", pv_iommu_free_check(buf, 8, &pr), &pr, XEN_PV_IOMMU_WIRE_FLAGS, XEN_PV_IOMMU_WIRE_FLAGS, "free_flags", 4);
    memcpy(buf, img, sizeof(buf));
    pv_iommu_free_set_free_flags(buf, 0x10000001U);
    expect(st, "unknown flag bit 28", pv_iommu_free_check(buf, 8, &pr), &pr, XEN_PV_IOMMU_WIRE_FLAGS, XEN_PV_IOMMU_WIRE_FLAGS, "free_flags", 4);
    memcpy(buf, img, sizeof(buf));
    pv_iommu_free_set_free_flags(buf, 0x20000001U);
    expect(st, "unknown flag bit 29", pv_iommu_free_check(buf, 8, &pr), &pr, XEN_PV_IOMMU_WIRE_FLAGS, XEN_PV_IOMMU_WIRE_FLAGS, "free_flags", 4);
    memcpy(buf, img, sizeof(buf));
    pv_iommu_free_set_free_flags(buf, 0x40000001U);
    expect(st, "unknown flag bit 30", pv_iommu_free_check(buf, 8, &pr), &pr, XEN_PV_IOMMU_WIRE_FLAGS, XEN_PV_IOMMU_WIRE_FLAGS, "free_flags", 4);
    memcpy(buf, img, sizeof(buf));
    pv_iommu_free_set_free_flags(buf, 0x80000001U);
    expect(st, "unknown flag bit 31", pv_iommu_free_check(buf, 8, &pr), &pr, XEN_PV_IOMMU_WIRE_FLAGS, XEN_PV_IOMMU_WIRE_FLAGS, "free_flags", 4);
    /* every length short of PV_IOMMU_FREE_MIN_SIZE */
    expect(st, "length 0", pv_iommu_free_check(img, 0, &pr), &pr, XEN_PV_IOMMU_WIRE_SHORT, XEN_PV_IOMMU_WIRE_SHORT, "ctx_no", 0);
    expect(st, "length 1", pv_iommu_free_check(img, 1, &pr), &pr, XEN_PV_IOMMU_WIRE_SHORT, XEN_PV_IOMMU_WIRE_SHORT, "ctx_no", 1);
    expect(st, "length 2", pv_iommu_free_check(img, 2, &pr), &pr, XEN_PV_IOMMU_WIRE_SHORT, XEN_PV_IOMMU_WIRE_SHORT, "pad0", 2);
    expect(st, "length 3", pv_iommu_free_check(img, 3, &pr), &pr, XEN_PV_IOMMU_WIRE_SHORT, XEN_PV_IOMMU_WIRE_SHORT, "pad0", 3);
    expect(st, "length 4", pv_iommu_free_check(img, 4, &pr), &pr, XEN_PV_IOMMU_WIRE_SHORT, XEN_PV_IOMMU_WIRE_SHORT, "free_flags", 4);
    expect(st, "length 5", pv_iommu_free_check(img, 5, &pr), &pr, XEN_PV_IOMMU_WIRE_SHORT, XEN_PV_IOMMU_WIRE_SHORT, "free_flags", 5);
    expect(st, "length 6", pv_iommu_free_check(img, 6, &pr), &pr, XEN_PV_IOMMU_WIRE_SHORT, XEN_PV_IOMMU_WIRE_SHORT, "free_flags", 6);
    expect(st, "length 7", pv_iommu_free_check(img, 7, &pr), &pr, XEN_PV_IOMMU_WIRE_SHORT, XEN_PV_IOMMU_WIRE_SHORT, "free_flags", 7);
    /* plain struct assignment with byte-order conversions of the test's own */
    checks++;
    if (sizeof(s) != 8)
        fail(st, "sizeof", "differs from the image");
    else {
        memset(&s, 0, sizeof(s));
        s.ctx_no = 0x8180U;
        s.pad0 = 0x0U;
        s.free_flags = 0x1U;
        same_bytes(st, "struct assignment", (const unsigned char *)&s, img, 8, field_of);
    }
}

static void test_pv_iommu_map_pages(void)
{
    static const char st[] = "pv_iommu_map_pages";
    static const char *const field_of[40] = {
        "gfn", "gfn", "gfn", "gfn",
        "gfn", "gfn", "gfn", "gfn",
        "dfn", "dfn", "dfn", "dfn",
        "dfn", "dfn", "dfn", "dfn",
        "map_flags", "map_flags", "map_flags", "map_flags",
        "pgsize", "pgsize", "pgsize", "pgsize",
        "nr_pages", "nr_pages", "nr_pages", "nr_pages",
        "mapped", "mapped", "mapped", "mapped",
        "ctx_no", "ctx_no", "pad0", "pad0",
        "pad1", "pad1", "pad1", "pad1",
    };
    static const unsigned char le[40] = {
        0x80, 0x81, 0x82, 0x83, 0x84, 0x85, 0x86, 0x87, 0x88, 0x89, 0x8a, 0x8b,
        0x8c, 0x8d, 0x8e, 0x8f, 0x07, 0x00, 0x00, 0x00, 0x94, 0x95, 0x96, 0x97,
        0x98, 0x99, 0x9a, 0x9b, 0x9c, 0x9d, 0x9e, 0x9f, 0xa0, 0xa1, 0x00, 0x00,
        0x00, 0x00, 0x00, 0x00
    };
    static const unsigned char be[40] = {
        0x87, 0x86, 0x85, 0x84, 0x83, 0x82, 0x81, 0x80, 0x8f, 0x8e, 0x8d, 0x8c,
        0x8b, 0x8a, 0x89, 0x88, 0x00, 0x00, 0x00, 0x07, 0x97, 0x96, 0x95, 0x94,
        0x9b, 0x9a, 0x99, 0x98, 0x9f, 0x9e, 0x9d, 0x9c, 0xa1, 0xa0, 0x00, 0x00,
        0x00, 0x00, 0x00, 0x00
    };
    const unsigned char *img = big_endian ? be : le;
    unsigned char buf[40];
    struct xen_pv_iommu_wire_problem pr;
    struct pv_iommu_map_pages s;

    memset(&pr, 0, sizeof(pr));
    /* encode with the helpers, over a buffer of 0x5a */
    memset(buf, 0x5a, sizeof(buf));
    pv_iommu_map_pages_set_gfn(buf, UINT64_C(0x8786858483828180));
    pv_iommu_map_pages_set_dfn(buf, UINT64_C(0x8f8e8d8c8b8a8988));
    pv_iommu_map_pages_set_map_flags(buf, 0x7U);
    pv_iommu_map_pages_set_pgsize(buf, 0x97969594U);
    pv_iommu_map_pages_set_nr_pages(buf, 0x9b9a9998U);
    pv_iommu_map_pages_set_mapped(buf, 0x9f9e9d9cU);
    pv_iommu_map_pages_set_ctx_no(buf, 0xa1a0U);
    pv_iommu_map_pages_set_pad0(buf, 0x0U);
    pv_iommu_map_pages_set_pad1(buf, 0x0U);
    same_bytes(st, "encoded", buf, img, 40, field_of);
    memset(buf, 0x5a, sizeof(buf));
    pv_iommu_map_pages_set_gfn_le(buf, UINT64_C(0x8786858483828180));
    pv_iommu_map_pages_set_dfn_le(buf, UINT64_C(0x8f8e8d8c8b8a8988));
    pv_iommu_map_pages_set_map_flags_le(buf, 0x7U);
    pv_iommu_map_pages_set_pgsize_le(buf, 0x97969594U);
    pv_iommu_map_pages_set_nr_pages_le(buf, 0x9b9a9998U);
    pv_iommu_map_pages_set_mapped_le(buf, 0x9f9e9d9cU);
    pv_iommu_map_pages_set_ctx_no_le(buf, 0xa1a0U);
    pv_iommu_map_pages_set_pad0_le(buf, 0x0U);
    pv_iommu_map_pages_set_pad1_le(buf, 0x0U);
    same_bytes(st, "encoded_le", buf, le, 40, field_of);
    memset(buf, 0x5a, sizeof(buf));
    pv_iommu_map_pages_set_gfn_be(buf, UINT64_C(0x8786858483828180));
    pv_iommu_map_pages_set_dfn_be(buf, UINT64_C(0x8f8e8d8c8b8a8988));
    pv_iommu_map_pages_set_map_flags_be(buf, 0x7U);
    pv_iommu_map_pages_set_pgsize_be(buf, 0x97969594U);
    pv_iommu_map_pages_set_nr_pages_be(buf, 0x9b9a9998U);
    pv_iommu_map_pages_set_mapped_be(buf, 0x9f9e9d9cU);
    pv_iommu_map_pages_set_ctx_no_be(buf, 0xa1a0U);
    pv_iommu_map_pages_set_pad0_be(buf, 0x0U);
    pv_iommu_map_pages_set_pad1_be(buf, 0x0U);
    same_bytes(st, "encoded_be", buf, be, 40, field_of);
    /* decode the image */
    same_value(st, "gfn", "get", pv_iommu_map_pages_get_gfn(img), UINT64_C(0x8786858483828180));
    same_value(st, "gfn", "get_le", pv_iommu_map_pages_get_gfn_le(le), UINT64_C(0x8786858483828180));
    same_value(st, "gfn", "get_be", pv_iommu_map_pages_get_gfn_be(be), UINT64_C(0x8786858483828180));
    same_value(st, "dfn", "get", pv_iommu_map_pages_get_dfn(img), UINT64_C(0x8f8e8d8c8b8a8988));
    same_value(st, "dfn", "get_le", pv_iommu_map_pages_get_dfn_le(le), UINT64_C(0x8f8e8d8c8b8a8988));
    same_value(st, "dfn", "get_be", pv_iommu_map_pages_get_dfn_be(be), UINT64_C(0x8f8e8d8c8b8a8988));
    same_value(st, "map_flags", "get", pv_iommu_map_pages_get_map_flags(img), UINT64_C(0x7));
    same_value(st, "map_flags", "get_le", pv_iommu_map_pages_get_map_flags_le(le), UINT64_C(0x7));
    same_value(st, "map_flags", "get_be", pv_iommu_map_pages_get_map_flags_be(be), UINT64_C(0x7));
    same_value(st, "pgsize", "get", pv_iommu_map_pages_get_pgsize(img), UINT64_C(0x97969594));
    same_value(st, "pgsize", "get_le", pv_iommu_map_pages_get_pgsize_le(le), UINT64_C(0x97969594));
    same_value(st, "pgsize", "get_be", pv_iommu_map_pages_get_pgsize_be(be), UINT64_C(0x97969594));
    same_value(st, "nr_pages", "get", pv_iommu_map_pages_get_nr_pages(img), UINT64_C(0x9b9a9998));
    same_value(st, "nr_pages", "get_le", pv_iommu_map_pages_get_nr_pages_le(le), UINT64_C(0x9b9a9998));
    same_value(st, "nr_pages", "get_be", pv_iommu_map_pages_get_nr_pages_be(be), UINT64_C(0x9b9a9998));
    same_value(st, "mapped", "get", pv_iommu_map_pages_get_mapped(img), UINT64_C(0x9f9e9d9c));
    same_value(st, "mapped", "get_le", pv_iommu_map_pages_get_mapped_le(le), UINT64_C(0x9f9e9d9c));
    same_value(st, "mapped", "get_be", pv_iommu_map_pages_get_mapped_be(be), UINT64_C(0x9f9e9d9c));
    same_value(st, "ctx_no", "get", pv_iommu_map_pages_get_ctx_no(img), UINT64_C(0xa1a0));
    same_value(st, "ctx_no", "get_le", pv_iommu_map_pages_get_ctx_no_le(le), UINT64_C(0xa1a0));
    same_value(st, "ctx_no", "get_be", pv_iommu_map_pages_get_ctx_no_be(be), UINT64_C(0xa1a0));
    same_value(st, "pad0", "get", pv_iommu_map_pages_get_pad0(img), UINT64_C(0x0));
    same_value(st, "pad0", "get_le", pv_iommu_map_pages_get_pad0_le(le), UINT64_C(0x0));
    same_value(st, "pad0", "get_be", pv_iommu_map_pages_get_pad0_be(be), UINT64_C(0x0));
    same_value(st, "pad1", "get", pv_iommu_map_pages_get_pad1(img), UINT64_C(0x0));
    same_value(st, "pad1", "get_le", pv_iommu_map_pages_get_pad1_le(le), UINT64_C(0x0));
    same_value(st, "pad1", "get_be", pv_iommu_map_pages_get_pad1_be(be), UINT64_C(0x0));
    /* the image passes its check with nothing to report */
    expect(st, "golden image", pv_iommu_map_pages_check(img, 40, &pr), &pr, XEN_PV_IOMMU_WIRE_OK, 0, "", 0);
    memcpy(buf, img, sizeof(buf));
    pv_iommu_map_pages_set_map_flags(buf, 0xfU);
    expect(st, "unknown flag bit 3", pv_iommu_map_pages_check(buf, 40, &pr), &pr, XEN_PV_IOMMU_WIRE_FLAGS, XEN_PV_IOMMU_WIRE_FLAGS, "map_flags", 16);
    memcpy(buf, img, sizeof(buf));
    pv_iommu_map_pages_set_map_flags(buf, 0x17U);
    expect(st, "unknown flag bit 4", pv_iommu_map_pages_check(buf, 40, &pr), &pr, XEN_PV_IOMMU_WIRE_FLAGS, XEN_PV_IOMMU_WIRE_FLAGS, "map_flags", 16);
    memcpy(buf, img, sizeof(buf));
    pv_iommu_map_pages_set_map_flags(buf, 0x27U);
    expect(st, "unknown flag bit 5", pv_iommu_map_pages_check(buf, 40, &pr), &pr, XEN_PV_IOMMU_WIRE_FLAGS, XEN_PV_IOMMU_WIRE_FLAGS, "map_flags", 16);
    memcpy(buf, img, sizeof(buf));
    pv_iommu_map_pages_set_map_flags(buf, 0x47U);
    expect(st, "unknown flag bit 6", pv_iommu_map_pages_check(buf, 40, &pr), &pr, XEN_PV_IOMMU_WIRE_FLAGS, XEN_PV_IOMMU_WIRE_FLAGS, "map_flags", 16);
    memcpy(buf, img, sizeof(buf));
    pv_iommu_map_pages_set_map_flags(buf, 0x87U);
    expect(st, "unknown flag bit 7", pv_iommu_map_pages_check(buf, 40, &pr), &pr, XEN_PV_IOMMU_WIRE_FLAGS, XEN_PV_IOMMU_WIRE_FLAGS, "map_flags", 16);
    memcpy(buf, img, sizeof(buf));
    pv_iommu_map_pages_set_map_flags(buf, 0x107U);
    expect(st, "unknown flag bit 8", pv_iommu_map_pages_check(buf, 40, &pr), &pr, XEN_PV_IOMMU_WIRE_FLAGS, XEN_PV_IOMMU_WIRE_FLAGS, "map_flags", 16);
    memcpy(buf, img, sizeof(buf));
    pv_iommu_map_pages_set_map_flags(buf, 0x207U);
    expect(st, "unknown flag bit 9", pv_iommu_map_pages_check(buf, 40, &pr), &pr, XEN_PV_IOMMU_WIRE_FLAGS, XEN_PV_IOMMU_WIRE_FLAGS, "map_flags", 16);
    memcpy(buf, img, sizeof(buf));
    pv_iommu_map_pages_set_map_flags(buf, 0x407U);
    expect(st, "unknown flag bit 10", pv_iommu_map_pages_check(buf, 40, &pr), &pr, XEN_PV_IOMMU_WIRE_FLAGS, XEN_PV_IOMMU_WIRE_FLAGS, "map_flags", 16);
    memcpy(buf, img, sizeof(buf));
    pv_iommu_map_pages_set_map_flags(buf, 0x807U);
    expect(st, "unknown flag bit 11", pv_iommu_map_pages_check(buf, 40, &pr), &pr, XEN_PV_IOMMU_WIRE_FLAGS, XEN_PV_IOMMU_WIRE_FLAGS, "map_flags", 16);
    memcpy(buf, img, sizeof(buf));
    pv_iommu_map_pages_set_map_flags(buf, 0x1007U);
    expect(st, "unknown flag bit 12", pv_iommu_map_pages_check(buf, 40, &pr), &pr, XEN_PV_IOMMU_WIRE_FLAGS, XEN_PV_IOMMU_WIRE_FLAGS, "map_flags", 16);
    memcpy(buf, img, sizeof(buf));
    pv_iommu_map_pages_set_map_flags(buf, 0x2007U);
    expect(st, "unknown flag bit 13", pv_iommu_map_pages_check(buf, 40, &pr), &pr, XEN_PV_IOMMU_WIRE_FLAGS, XEN_PV_IOMMU_WIRE_FLAGS, "map_flags", 16);
    memcpy(buf, img, sizeof(buf));
    pv_iommu_map_pages_set_map_flags(buf, 0x4007U);
    expect(st, "unknown flag bit 14", pv_iommu_map_pages_check(buf, 40, &pr), &pr, XEN_PV_IOMMU_WIRE_FLAGS, XEN_PV_IOMMU_WIRE_FLAGS, "map_flags", 16);
    memcpy(buf, img, sizeof(buf));
    pv_iommu_map_pages_set_map_flags(buf, 0x8007U);
    expect(st, "unknown flag bit 15", pv_iommu_map_pages_check(buf, 40, &pr), &pr, XEN_PV_IOMMU_WIRE_FLAGS, XEN_PV_IOMMU_WIRE_FLAGS, "map_flags", 16);
    memcpy(buf, img, sizeof(buf));
    pv_iommu_map_pages_set_map_flags(buf, 0x10007U);
    expect(st, "unknown flag bit 16", pv_iommu_map_pages_check(buf, 40, &pr), &pr, XEN_PV_IOMMU_WIRE_FLAGS, XEN_PV_IOMMU_WIRE_FLAGS, "map_flags", 16);
    memcpy(buf, img, sizeof(buf));
    pv_iommu_map_pages_set_map_flags(buf, 0x20007U);
    expect(st, "unknown flag bit 17", pv_iommu_map_pages_check(buf, 40, &pr), &pr, XEN_PV_IOMMU_WIRE_FLAGS, XEN_PV_IOMMU_WIRE_FLAGS, "map_flags", 16);
    memcpy(buf, img, sizeof(buf));
    pv_iommu_map_pages_set_map_flags(buf, 0x40007U);
    expect(st, "unknown flag bit 18", pv_iommu_map_pages_check(buf, 40, &pr), &pr, XEN_PV_IOMMU_WIRE_FLAGS, XEN_PV_IOMMU_WIRE_FLAGS, "map_flags", 16);
    memcpy(buf, img, sizeof(buf));
    pv_iommu_map_pages_set_map_flags(buf, 0x80007U);
    expect(st, "unknown flag bit 19", pv_iommu_map_pages_check(buf, 40, &pr), &pr, XEN_PV_IOMMU_WIRE_FLAGS, XEN_PV_IOMMU_WIRE_FLAGS, "map_flags", 16);
    memcpy(buf, img, sizeof(buf));
    pv_iommu_map_pages_set_map_flags(buf, 0x100007U);
    expect(st, "unknown flag bit 20", pv_iommu_map_pages_check(buf, 40, &pr), &pr, XEN_PV_IOMMU_WIRE_FLAGS, XEN_PV_IOMMU_WIRE_FLAGS, "map_flags", 16);
    memcpy(buf, img, sizeof(buf));
    pv_iommu_map_pages_set_map_flags(buf, 0x200007U);
    expect(st, "unknown flag bit 21", pv_iommu_map_pages_check(buf, 40, &pr), &pr, XEN_PV_IOMMU_WIRE_FLAGS, XEN_PV_IOMMU_WIRE_FLAGS, "map_flags", 16);
    memcpy(buf, img, sizeof(buf));
    pv_iommu_map_pages_set_map_flags(buf, 0x400007U);
    expect(st, "unknown flag bit 22", pv_iommu_map_pages_check(buf, 40, &pr), &pr, XEN_PV_IOMMU_WIRE_FLAGS, XEN_PV_IOMMU_WIRE_FLAGS, "map_flags", 16);
    memcpy(buf, img, sizeof(buf));
    pv_iommu_map_pages_set_map_flags(buf, 0x800007U);
    expect(st, "unknown flag bit 23", pv_iommu_map_pages_check(buf, 40, &pr), &pr, XEN_PV_IOMMU_WIRE_FLAGS, XEN_PV_IOMMU_WIRE_FLAGS, "map_flags", 16);
    memcpy(buf, img, sizeof(buf));
    pv_iommu_map_pages_set_map_flags(buf, 0x1000007U);
    expect(st, "unknown flag bit 24", pv_iommu_map_pages_check(buf, 40, &pr), &pr, XEN_PV_IOMMU_WIRE_FLAGS, XEN_PV_IOMMU_WIRE_FLAGS, "map_flags", 16);
    memcpy(buf, img, sizeof(buf));
    pv_iommu_map_pages_set_map_flags(buf, 0x2000007U);
    expect(st, "unknown flag bit 25", pv_iommu_map_pages_check(buf, 40, &pr), &pr, XEN_PV_IOMMU_WIRE_FLAGS, XEN_PV_IOMMU_WIRE_FLAGS, "map_flags", 16);
    memcpy(buf, img, sizeof(buf));
    pv_iommu_map_pages_set_map_flags(buf, 0x4000007U);
    expect(st, "unknown flag bit 26", pv_iommu_map_pages_check(buf, 40, &pr), &pr, XEN_PV_IOMMU_WIRE_FLAGS, XEN_PV_IOMMU_WIRE_FLAGS, "map_flags", 16);
    memcpy(buf, img, sizeof(buf));
    pv_iommu_map_pages_set_map_flags(buf, 0x8000007U);
    expect(st, "unknown flag bit 27", pv_iommu_map_pages_check(buf, 40, &pr), &pr, XEN_PV_IOMMU_WIRE_FLAGS, XEN_PV_IOMMU_WIRE_FLAGS, "map_flags", 16);
    memcpy(buf, img, sizeof(buf));
    pv_iommu_map_pages_set_map_flags(buf, 0x10000007U);
    expect(st, "unknown flag bit 28", pv_iommu_map_pages_check(buf, 40, &pr), &pr, XEN_PV_IOMMU_WIRE_FLAGS, XEN_PV_IOMMU_WIRE_FLAGS, "map_flags", 16);
    memcpy(buf, img, sizeof(buf));
    pv_iommu_map_pages_set_map_flags(buf, 0x20000007U);
    expect(st, "unknown flag bit 29", pv_iommu_map_pages_check(buf, 40, &pr), &pr, XEN_PV_IOMMU_WIRE_FLAGS, XEN_PV_IOMMU_WIRE_FLAGS, "map_flags", 16);
    memcpy(buf, img, sizeof(buf));
    pv_iommu_map_pages_set_map_flags(buf, 0x40000007U);
    expect(st, "unknown flag bit 30", pv_iommu_map_pages_check(buf, 40, &pr), &pr, XEN_PV_IOMMU_WIRE_FLAGS, XEN_PV_IOMMU_WIRE_FLAGS, "map_flags", 16);
    memcpy(buf, img, sizeof(buf));
    pv_iommu_map_pages_set_map_flags(buf, 0x80000007U);
    expect(st, "unknown flag bit 31", pv_iommu_map_pages_check(buf, 40, &pr), &pr, XEN_PV_IOMMU_WIRE_FLAGS, XEN_PV_IOMMU_WIRE_FLAGS, "map_flags", 16);
    memcpy(buf, img, sizeof(buf));
    buf[34] = 0xa5;
    expect(st, "reserved byte 34 set", pv_iommu_map_pages_check(buf, 40, &pr), &pr, XEN_PV_IOMMU_WIRE_RESERVED, XEN_PV_IOMMU_WIRE_RESERVED, "pad0", 34);
    memcpy(buf, img, sizeof(buf));
    buf[35] = 0xa5;
    expect(st, "reserved byte 35 set", pv_iommu_map_pages_check(buf, 40, &pr), &pr, XEN_PV_IOMMU_WIRE_RESERVED, XEN_PV_IOMMU_WIRE_RESERVED, "pad0", 35);
    memcpy(buf, img, sizeof(buf));
    buf[36] = 0xa5;
    expect(st, "reserved byte 36 set", pv_iommu_map_pages_check(buf, 40, &pr), &pr, XEN_PV_IOMMU_WIRE_RESERVED, XEN_PV_IOMMU_WIRE_RESERVED, "pad1", 36);
    memcpy(buf, img, sizeof(buf));
    buf[37] = 0xa5;
    expect(st, "reserved byte 37 set", pv_iommu_map_pages_check(buf, 40, &pr), &pr, XEN_PV_IOMMU_WIRE_RESERVED, XEN_PV_IOMMU_WIRE_RESERVED, "pad1", 37);
    memcpy(buf, img, sizeof(buf));
    buf[38] = 0xa5;
    expect(st, "reserved byte 38 set", pv_iommu_map_pages_check(buf, 40, &pr), &pr, XEN_PV_IOMMU_WIRE_RESERVED, XEN_PV_IOMMU_WIRE_RESERVED, "pad1", 38);
    memcpy(buf, img, sizeof(buf));
    buf[39] = 0xa5;
    expect(st, "reserved byte 39 set", pv_iommu_map_pages_check(buf, 40, &pr), &pr, XEN_PV_IOMMU_WIRE_RESERVED, XEN_PV_IOMMU_WIRE_RESERVED, "pad1", 39);
    /* every length short of PV_IOMMU_MAP_PAGES_MIN_SIZE */
    expect(st, "length 0", pv_iommu_map_pages_check(img, 0, &pr), &pr, XEN_PV_IOMMU_WIRE_SHORT, XEN_PV_IOMMU_WIRE_SHORT, "gfn", 0);
    expect(st, "length 1", pv_iommu_map_pages_check(img, 1, &pr), &pr, XEN_PV_IOMMU_WIRE_SHORT, XEN_PV_IOMMU_WIRE_SHORT, "gfn", 1);
    expect(st, "length 2", pv_iommu_map_pages_check(img, 2, &pr), &pr, XEN_PV_IOMMU_WIRE_SHORT, XEN_PV_IOMMU_WIRE_SHORT, "gfn", 2);
    expect(st, "length 3", pv_iommu_map_pages_check(img, 3, &pr), &pr, XEN_PV_IOMMU_WIRE_SHORT, XEN_PV_IOMMU_WIRE_SHORT, "gfn", 3);
    expect(st, "length 4", pv_iommu_map_pages_check(img, 4, &pr), &pr, XEN_PV_IOMMU_WIRE_SHORT, XEN_PV_IOMMU_WIRE_SHORT, "gfn", 4);
    expect(st, "length 5", pv_iommu_map_pages_check(img, 5, &pr), &pr, XEN_PV_IOMMU_WIRE_SHORT, XEN_PV_IOMMU_WIRE_SHORT, "gfn", 5);
    expect(st, "length 6", pv_iommu_map_pages_check(img, 6, &pr), &pr, XEN_PV_IOMMU_WIRE_SHORT, XEN_PV_IOMMU_WIRE_SHORT, "gfn", 6);
    expect(st, "length 7", pv_iommu_map_pages_check(img, 7, &pr), &pr, XEN_PV_IOMMU_WIRE_SHORT, XEN_PV_IOMMU_WIRE_SHORT, "gfn", 7);
    expect(st, "length 8", pv_iommu_map_pages_check(img, 8, &pr), &pr, XEN_PV_IOMMU_WIRE_SHORT, XEN_PV_IOMMU_WIRE_SHORT, "dfn", 8);
    expect(st, "length 9", pv_iommu_map_pages_check(img, 9, &pr), &pr, XEN_PV_IOMMU_WIRE_SHORT, XEN_PV_IOMMU_WIRE_SHORT, "dfn", 9);
    expect(st, "length 10", pv_iommu_map_pages_check(img, 10, &pr), &pr, XEN_PV_IOMMU_WIRE_SHORT, XEN_PV_IOMMU_WIRE_SHORT, "dfn", 10);
    expect(st, "length 11", pv_iommu_map_pages_check(img, 11, &pr), &pr, XEN_PV_IOMMU_WIRE_SHORT, XEN_PV_IOMMU_WIRE_SHORT, "dfn", 11);
    expect(st, "length 12", pv_iommu_map_pages_check(img, 12, &pr), &pr, XEN_PV_IOMMU_WIRE_SHORT, XEN_PV_IOMMU_WIRE_SHORT, "dfn", 12);
    expect(st, "length 13", pv_iommu_map_pages_check(img, 13, &pr), &pr, XEN_PV_IOMMU_WIRE_SHORT, XEN_PV_IOMMU_WIRE_SHORT, "dfn", 13);
    expect(st, "length 14", pv_iommu_map_pages_check(img, 14, &pr), &pr, XEN_PV_IOMMU_WIRE_SHORT, XEN_PV_IOMMU_WIRE_SHORT, "dfn", 14);
    expect(st, "length 15", pv_iommu_map_pages_check(img, 15, &pr), &pr, XEN_PV_IOMMU_WIRE_SHORT, XEN_PV_IOMMU_WIRE_SHORT, "dfn", 15);
    expect(st, "length 16", pv_iommu_map_pages_check(img, 16, &pr), &pr, XEN_PV_IOMMU_WIRE_SHORT, XEN_PV_IOMMU_WIRE_SHORT, "map_flags", 16);
    expect(st, "length 17", pv_iommu_map_pages_check(img, 17, &pr), &pr, XEN_PV_IOMMU_WIRE_SHORT, XEN_PV_IOMMU_WIRE_SHORT, "map_flags", 17);
    expect(st, "length 18", pv_iommu_map_pages_check(img, 18, &pr), &pr, XEN_PV_IOMMU_WIRE_SHORT, XEN_PV_IOMMU_WIRE_SHORT, "map_flags", 18);
    expect(st, "length 19", pv_iommu_map_pages_check(img, 19, &pr), &pr, XEN_PV_IOMMU_WIRE_SHORT, XEN_PV_IOMMU_WIRE_SHORT, "map_flags", 19);
    expect(st, "length 20", pv_iommu_map_pages_check(img, 20, &pr), &pr, XEN_PV_IOMMU_WIRE_SHORT, XEN_PV_IOMMU_WIRE_SHORT, "pgsize", 20);
    expect(st, "length 21", pv_iommu_map_pages_check(img, 21, &pr), &pr, XEN_PV_IOMMU_WIRE_SHORT, XEN_PV_IOMMU_WIRE_SHORT, "pgsize", 21);
    expect(st, "length 22", pv_iommu_map_pages_check(img, 22, &pr), &pr, XEN_PV_IOMMU_WIRE_SHORT, XEN_PV_IOMMU_WIRE_SHORT, "pgsize", 22);
    expect(st, "length 23", pv_iommu_map_pages_check(img, 23, &pr), &pr, XEN_PV_IOMMU_WIRE_SHORT, XEN_PV_IOMMU_WIRE_SHORT, "pgsize", 23);
    expect(st, "length 24", pv_iommu_map_pages_check(img, 24, &pr), &pr, XEN_PV_IOMMU_WIRE_SHORT, XEN_PV_IOMMU_WIRE_SHORT, "nr_pages", 24);
    expect(st, "length 25", pv_iommu_map_pages_check(img, 25, &pr), &pr, XEN_PV_IOMMU_WIRE_SHORT, XEN_PV_IOMMU_WIRE_SHORT, "nr_pages", 25);
    expect(st, "length 26", pv_iommu_map_pages_check(img, 26, &pr), &pr, XEN_PV_IOMMU_WIRE_SHORT, XEN_PV_IOMMU_WIRE_SHORT, "nr_pages", 26);
    expect(st, "length 27", pv_iommu_map_pages_check(img, 27, &pr), &pr, XEN_PV_IOMMU_WIRE_SHORT, XEN_PV_IOMMU_WIRE_SHORT, "nr_pages", 27);
    expect(st, "length 28", pv_iommu_map_pages_check(img, 28, &pr), &pr, XEN_PV_IOMMU_WIRE_SHORT, XEN_PV_IOMMU_WIRE_SHORT, "mapped", 28);
    expect(st, "length 29", pv_iommu_map_pages_check(img, 29, &pr), &pr, XEN_PV_IOMMU_WIRE_SHORT, XEN_PV_IOMMU_WIRE_SHORT, "mapped", 29);
    expect(st, "length 30", pv_iommu_map_pages_check(img, 30, &pr), &pr, XEN_PV_IOMMU_WIRE_SHORT, XEN_PV_IOMMU_WIRE_SHORT, "mapped", 30);
    expect(st, "length 31", pv_iommu_map_pages_check(img, 31, &pr), &pr, XEN_PV_IOMMU_WIRE_SHORT, XEN_PV_IOMMU_WIRE_SHORT, "mapped", 31);
    expect(st, "length 32", pv_iommu_map_pages_check(img, 32, &pr), &pr, XEN_PV_IOMMU_WIRE_SHORT, XEN_PV_IOMMU_WIRE_SHORT, "ctx_no", 32);
    expect(st, "length 33", pv_iommu_map_pages_check(img, 33, &pr), &pr, XEN_PV_IOMMU_WIRE_SHORT, XEN_PV_IOMMU_WIRE_SHORT, "ctx_no", 33);
    expect(st, "length 34", pv_iommu_map_pages_check(img, 34, &pr), &pr, XEN_PV_IOMMU_WIRE_SHORT, XEN_PV_IOMMU_WIRE_SHORT, "pad0", 34);
    expect(st, "length 35", pv_iommu_map_pages_check(img, 35, &pr), &pr, XEN_PV_IOMMU_WIRE_SHORT, XEN_PV_IOMMU_WIRE_SHORT, "pad0", 35);
    expect(st, "length 36", pv_iommu_map_pages_check(img, 36, &pr), &pr, XEN_PV_IOMMU_WIRE_SHORT, XEN_PV_IOMMU_WIRE_SHORT, "pad1", 36);
    expect(st, "length 37", pv_iommu_map_pages_check(img, 37, &pr), &pr, XEN_PV_IOMMU_WIRE_SHORT, XEN_PV_IOMMU_WIRE_SHORT, "pad1", 37);
    expect(st, "length 38", pv_iommu_map_pages_check(img, 38, &pr), &pr, XEN_PV_IOMMU_WIRE_SHORT, XEN_PV_IOMMU_WIRE_SHORT, "pad1", 38);
    expect(st, "length 39", pv_iommu_map_pages_check(img, 39, &pr), &pr, XEN_PV_IOMMU_WIRE_SHORT, XEN_PV_IOMMU_WIRE_SHORT, "pad1", 39);
    /* plain struct assignment with byte-order conversions of the test's own */
    checks++;
    if (sizeof(s) != 40)
        fail(st, "sizeof", "differs from the image");
    else {
        memset(&s, 0, sizeof(s));
        s.gfn = UINT64_C(0x8786858483828180);
        s.dfn = UINT64_C(0x8f8e8d8c8b8a8988);
        s.map_flags = 0x7U;
        s.pgsize = 0x97969594U;
        s.nr_pages = 0x9b9a9998U;
        s.mapped = 0x9f9e9d9cU;
        s.ctx_no = 0xa1a0U;
        s.pad0 = 0x0U;
        s.pad1 = 0x0U;
        same_bytes(st, "struct assignment", (const unsigned char *)&s, img, 40, field_of);
    }
}

static void test_pv_iommu_unmap_pages(void)
{
    static const char st[] = "pv_iommu_unmap_pages";
    static const char *const field_of[24] = {
        "dfn", "dfn", "dfn", "dfn",
        "dfn", "dfn", "dfn", "dfn",
        "pgsize", "pgsize", "pgsize", "pgsize",
        "nr_pages", "nr_pages", "nr_pages", "nr_pages",
        "unmapped", "unmapped", "unmapped", "unmapped",
        "ctx_no", "ctx_no", "pad0", "pad0",
    };
    static const unsigned char le[24] = {
        0x80, 0x81, 0x82, 0x83, 0x84, 0x85, 0x86, 0x87, 0x88, 0x89, 0x8a, 0x8b,
        0x8c, 0x8d, 0x8e, 0x8f, 0x90, 0x91, 0x92, 0x93, 0x94, 0x95, 0x00, 0x00
    };
    static const unsigned char be[24] = {
        0x87, 0x86, 0x85, 0x84, 0x83, 0x82, 0x81, 0x80, 0x8b, 0x8a, 0x89, 0x88,
        0x8f, 0x8e, 0x8d, 0x8c, 0x93, 0x92, 0x91, 0x90, 0x95, 0x94, 0x00, 0x00
    };
    const unsigned char *img = big_endian ? be : le;
    unsigned char buf[24];
    struct xen_pv_iommu_wire_problem pr;
    struct pv_iommu_unmap_pages s;

    memset(&pr, 0, sizeof(pr));
    /* encode with the helpers, over a buffer of 0x5a */
    memset(buf, 0x5a, sizeof(buf));
    pv_iommu_unmap_pages_set_dfn(buf, UINT64_C(0x8786858483828180));
    pv_iommu_unmap_pages_set_pgsize(buf, 0x8b8a8988U);
    pv_iommu_unmap_pages_set_nr_pages(buf, 0x8f8e8d8cU);
    pv_iommu_unmap_pages_set_unmapped(buf, 0x93929190U);
    pv_iommu_unmap_pages_set_ctx_no(buf, 0x9594U);
    pv_iommu_unmap_pages_set_pad0(buf, 0x0U);
    same_bytes(st, "encoded", buf, img, 24, field_of);
    memset(buf, 0x5a, sizeof(buf));
    pv_iommu_unmap_pages_set_dfn_le(buf, UINT64_C(0x8786858483828180));
    pv_iommu_unmap_pages_set_pgsize_le(buf, 0x8b8a8988U);
    pv_iommu_unmap_pages_set_nr_pages_le(buf, 0x8f8e8d8cU);
    pv_iommu_unmap_pages_set_unmapped_le(buf, 0x93929190U);
    pv_iommu_unmap_pages_set_ctx_no_le(buf, 0x9594U);
    pv_iommu_unmap_pages_set_pad0_le(buf, 0x0U);
    same_bytes(st, "encoded_le", buf, le, 24, field_of);
    memset(buf, 0x5a, sizeof(buf));
    pv_iommu_unmap_pages_set_dfn_be(buf, UINT64_C(0x8786858483828180));
    pv_iommu_unmap_pages_set_pgsize_be(buf, 0x8b8a8988U);
    pv_iommu_unmap_pages_set_nr_pages_be(buf, 0x8f8e8d8cU);
    pv_iommu_unmap_pages_set_unmapped_be(buf, 0x93929190U);
    pv_iommu_unmap_pages_set_ctx_no_be(buf, 0x9594U);
    pv_iommu_unmap_pages_set_pad0_be(buf, 0x0U);
    same_bytes(st, "encoded_be", buf, be, 24, field_of);
    /* decode the image */
    same_value(st, "dfn", "get", pv_iommu_unmap_pages_get_dfn(img), UINT64_C(0x8786858483828180));
    same_value(st, "dfn", "get_le", pv_iommu_unmap_pages_get_dfn_le(le), UINT64_C(0x8786858483828180));
    same_value(st, "dfn", "get_be", pv_iommu_unmap_pages_get_dfn_be(be), UINT64_C(0x8786858483828180));
    same_value(st, "pgsize", "get", pv_iommu_unmap_pages_get_pgsize(img), UINT64_C(0x8b8a8988));
    same_value(st, "pgsize", "get_le", pv_iommu_unmap_pages_get_pgsize_le(le), UINT64_C(0x8b8a8988));
    same_value(st, "pgsize", "get_be", pv_iommu_unmap_pages_get_pgsize_be(be), UINT64_C(0x8b8a8988));
    same_value(st, "nr_pages", "get", pv_iommu_unmap_pages_get_nr_pages(img), UINT64_C(0x8f8e8d8c));
    same_value(st, "nr_pages", "get_le", pv_iommu_unmap_pages_get_nr_pages_le(le), UINT64_C(0x8f8e8d8c));
    same_value(st, "nr_pages", "get_be", pv_iommu_unmap_pages_get_nr_pages_be(be), UINT64_C(0x8f8e8d8c));
    same_value(st, "unmapped", "get", pv_iommu_unmap_pages_get_unmapped(img), UINT64_C(0x93929190));
    same_value(st, "unmapped", "get_le", pv_iommu_unmap_pages_get_unmapped_le(le), UINT64_C(0x93929190));
    same_value(st, "unmapped", "get_be", pv_iommu_unmap_pages_get_unmapped_be(be), UINT64_C(0x93929190));
    same_value(st, "ctx_no", "get", pv_iommu_unmap_pages_get_ctx_no(img), UINT64_C(0x9594));
    same_value(st, "ctx_no", "get_le", pv_iommu_unmap_pages_get_ctx_no_le(le), UINT64_C(0x9594));
    same_value(st, "ctx_no", "get_be", pv_iommu_unmap_pages_get_ctx_no_be(be), UINT64_C(0x9594));
    same_value(st, "pad0", "get", pv_iommu_unmap_pages_get_pad0(img), UINT64_C(0x0));
    same_value(st, "pad0", "get_le", pv_iommu_unmap_pages_get_pad0_le(le), UINT64_C(0x0));
    same_value(st, "pad0", "get_be", pv_iommu_unmap_pages_get_pad0_be(be), UINT64_C(0x0));
    /* the image passes its check with nothing to report */
    expect(st, "golden image", pv_iommu_unmap_pages_check(img, 24, &pr), &pr, XEN_PV_IOMMU_WIRE_OK, 0, "", 0);
    memcpy(buf, img, sizeof(buf));
    buf[22] = 0xa5;
    expect(st, "reserved byte 22 set", pv_iommu_unmap_pages_check(buf, 24, &pr), &pr, XEN_PV_IOMMU_WIRE_RESERVED, XEN_PV_IOMMU_WIRE_RESERVED, "pad0", 22);
    memcpy(buf, img, sizeof(buf));
    buf[23] = 0xa5;
    expect(st, "reserved byte 23 set", pv_iommu_unmap_pages_check(buf, 24, &pr), &pr, XEN_PV_IOMMU_WIRE_RESERVED, XEN_PV_IOMMU_WIRE_RESERVED, "pad0", 23);
    /* every length short of PV_IOMMU_UNMAP_PAGES_MIN_SIZE */
    expect(st, "length 0", pv_iommu_unmap_pages_check(img, 0, &pr), &pr, XEN_PV_IOMMU_WIRE_SHORT, XEN_PV_IOMMU_WIRE_SHORT, "dfn", 0);
    expect(st, "length 1", pv_iommu_unmap_pages_check(img, 1, &pr), &pr, XEN_PV_IOMMU_WIRE_SHORT, XEN_PV_IOMMU_WIRE_SHORT, "dfn", 1);
    expect(st, "length 2", pv_iommu_unmap_pages_check(img, 2, &pr), &pr, XEN_PV_IOMMU_WIRE_SHORT, XEN_PV_IOMMU_WIRE_SHORT, "dfn", 2);
    expect(st, "length 3", pv_iommu_unmap_pages_check(img, 3, &pr), &pr, XEN_PV_IOMMU_WIRE_SHORT, XEN_PV_IOMMU_WIRE_SHORT, "dfn", 3);
    expect(st, "length 4", pv_iommu_unmap_pages_check(img, 4, &pr), &pr, XEN_PV_IOMMU_WIRE_SHORT, XEN_PV_IOMMU_WIRE_SHORT, "dfn", 4);
    expect(st, "length 5", pv_iommu_unmap_pages_check(img, 5, &pr), &pr, XEN_PV_IOMMU_WIRE_SHORT, XEN_PV_IOMMU_WIRE_SHORT, "dfn", 5);
    expect(st, "length 6", pv_iommu_unmap_pages_check(img, 6, &pr), &pr, XEN_PV_IOMMU_WIRE_SHORT, XEN_PV_IOMMU_WIRE_SHORT, "dfn", 6);
    expect(st, "length 7", pv_iommu_unmap_pages_check(img, 7, &pr), &pr, XEN_PV_IOMMU_WIRE_SHORT, XEN_PV_IOMMU_WIRE_SHORT, "dfn", 7);
    expect(st, "length 8", pv_iommu_unmap_pages_check(img, 8, &pr), &pr, XEN_PV_IOMMU_WIRE_SHORT, XEN_PV_IOMMU_WIRE_SHORT, "pgsize", 8);
    expect(st, "length 9", pv_iommu_unmap_pages_check(img, 9, &pr), &pr, XEN_PV_IOMMU_WIRE_SHORT, XEN_PV_IOMMU_WIRE_SHORT, "pgsize", 9);
    expect(st, "length 10", pv_iommu_unmap_pages_check(img, 10, &pr), &pr, XEN_PV_IOMMU_WIRE_SHORT, XEN_PV_IOMMU_WIRE_SHORT, "pgsize", 10);
    expect(st, "length 11", pv_iommu_unmap_pages_check(img, 11, &pr), &pr, XEN_PV_IOMMU_WIRE_SHORT, XEN_PV_IOMMU_WIRE_SHORT, "pgsize", 11);
    expect(st, "length 12", pv_iommu_unmap_pages_check(img, 12, &pr), &pr, XEN_PV_IOMMU_WIRE_SHORT, XEN_PV_IOMMU_WIRE_SHORT, "nr_pages", 12);
    expect(st, "length 13", pv_iommu_unmap_pages_check(img, 13, &pr), &pr, XEN_PV_IOMMU_WIRE_SHORT, XEN_PV_IOMMU_WIRE_SHORT, "nr_pages", 13);
    expect(st, "length 14", pv_iommu_unmap_pages_check(img, 14, &pr), &pr, XEN_PV_IOMMU_WIRE_SHORT, XEN_PV_IOMMU_WIRE_SHORT, "nr_pages", 14);
    expect(st, "length 15", pv_iommu_unmap_pages_check(img, 15, &pr), &pr, XEN_PV_IOMMU_WIRE_SHORT, XEN_PV_IOMMU_WIRE_SHORT, "nr_pages", 15);
    expect(st, "length 16", pv_iommu_unmap_pages_check(img, 16, &pr), &pr, XEN_PV_IOMMU_WIRE_SHORT, XEN_PV_IOMMU_WIRE_SHORT, "unmapped", 16);
    expect(st, "length 17", pv_iommu_unmap_pages_check(img, 17, &pr), &pr, XEN_PV_IOMMU_WIRE_SHORT, XEN_PV_IOMMU_WIRE_SHORT, "unmapped", 17);
    expect(st, "length 18", pv_iommu_unmap_pages_check(img, 18, &pr), &pr, XEN_PV_IOMMU_WIRE_SHORT, XEN_PV_IOMMU_WIRE_SHORT, "unmapped", 18);
    expect(st, "length 19", pv_iommu_unmap_pages_check(img, 19, &pr), &pr, XEN_PV_IOMMU_WIRE_SHORT, XEN_PV_IOMMU_WIRE_SHORT, "unmapped", 19);
    expect(st, "length 20", pv_iommu_unmap_pages_check(img, 20, &pr), &pr, XEN_PV_IOMMU_WIRE_SHORT, XEN_PV_IOMMU_WIRE_SHORT, "ctx_no", 20);
    expect(st, "length 21", pv_iommu_unmap_pages_check(img, 21, &pr), &pr, XEN_PV_IOMMU_WIRE_SHORT, XEN_PV_IOMMU_WIRE_SHORT, "ctx_no", 21);
    expect(st, "length 22", pv_iommu_unmap_pages_check(img, 22, &pr), &pr, XEN_PV_IOMMU_WIRE_SHORT, XEN_PV_IOMMU_WIRE_SHORT, "pad0", 22);
    expect(st, "length 23", pv_iommu_unmap_pages_check(img, 23, &pr), &pr, XEN_PV_IOMMU_WIRE_SHORT, XEN_PV_IOMMU_WIRE_SHORT, "pad0", 23);
    /* plain struct assignment with byte-order conversions of the test's own */
    checks++;
    if (sizeof(s) != 24)
        fail(st, "sizeof", "differs from the image");
    else {
        memset(&s, 0, sizeof(s));
        s.dfn = UINT64_C(0x8786858483828180);
        s.pgsize = 0x8b8a8988U;
        s.nr_pages = 0x8f8e8d8cU;
        s.unmapped = 0x93929190U;
        s.ctx_no = 0x9594U;
        s.pad0 = 0x0U;
        same_bytes(st, "struct assignment", (const unsigned char *)&s, img, 24, field_of);
    }
}

static void test_pv_iommu_reattach_device(void)
{
    static const char st[] = "pv_iommu_reattach_device";
    static const char *const field_of[12] = {
        "ctx_no", "ctx_no", "dev.seg", "dev.seg",
        "dev.bus", "dev.devfn", "pad0", "pad0",
        "pasid", "pasid", "pasid", "pasid",
    };
    static const unsigned char le[12] = {
        0x80, 0x81, 0x82, 0x83, 0x84, 0x85, 0x00, 0x00, 0x88, 0x89, 0x8a, 0x8b
    };
    static const unsigned char be[12] = {
        0x81, 0x80, 0x83, 0x82, 0x84, 0x85, 0x00, 0x00, 0x8b, 0x8a, 0x89, 0x88
    };
    const unsigned char *img = big_endian ? be : le;
    unsigned char buf[12];
    struct xen_pv_iommu_wire_problem pr;
    struct pv_iommu_reattach_device s;

    memset(&pr, 0, sizeof(pr));
    /* encode with the helpers, over a buffer of 0x5a */
    memset(buf, 0x5a, sizeof(buf));
    pv_iommu_reattach_device_set_ctx_no(buf, 0x8180U);
    pv_iommu_reattach_device_set_dev_seg(buf, 0x8382U);
    pv_iommu_reattach_device_set_dev_bus(buf, 0x84U);
    pv_iommu_reattach_device_set_dev_devfn(buf, 0x85U);
    pv_iommu_reattach_device_set_pad0(buf, 0x0U);
    pv_iommu_reattach_device_set_pasid(buf, 0x8b8a8988U);
    same_bytes(st, "encoded", buf, img, 12, field_of);
    memset(buf, 0x5a, sizeof(buf));
    pv_iommu_reattach_device_set_ctx_no_le(buf, 0x8180U);
    pv_iommu_reattach_device_set_dev_seg_le(buf, 0x8382U);
    pv_iommu_reattach_device_set_dev_bus(buf, 0x84U);
    pv_iommu_reattach_device_set_dev_devfn(buf, 0x85U);
    pv_iommu_reattach_device_set_pad0_le(buf, 0x0U);
    pv_iommu_reattach_device_set_pasid_le(buf, 0x8b8a8988U);
    same_bytes(st, "encoded_le", buf, le, 12, field_of);
    memset(buf, 0x5a, sizeof(buf));
    pv_iommu_reattach_device_set_ctx_no_be(buf, 0x8180U);
    pv_iommu_reattach_device_set_dev_seg_be(buf, 0x8382U);
    pv_iommu_reattach_device_set_dev_bus(buf, 0x84U);
    pv_iommu_reattach_device_set_dev_devfn(buf, 0x85U);
    pv_iommu_reattach_device_set_pad0_be(buf, 0x0U);
    pv_iommu_reattach_device_set_pasid_be(buf, 0x8b8a8988U);
    same_bytes(st, "encoded_be", buf, be, 12, field_of);
    /* decode the image */
    same_value(st, "ctx_no", "get", pv_iommu_reattach_device_get_ctx_no(img), UINT64_C(0x8180));
    same_value(st, "ctx_no", "get_le", pv_iommu_reattach_device_get_ctx_no_le(le), UINT64_C(0x8180));
    same_value(st, "ctx_no", "get_be", pv_iommu_reattach_device_get_ctx_no_be(be), UINT64_C(0x8180));
    same_value(st, "dev.seg", "get", pv_iommu_reattach_device_get_dev_seg(img), UINT64_C(0x8382));
    same_value(st, "dev.seg", "get_le", pv_iommu_reattach_device_get_dev_seg_le(le), UINT64_C(0x8382));
    same_value(st, "dev.seg", "get_be", pv_iommu_reattach_device_get_dev_seg_be(be), UINT64_C(0x8382));
    same_value(st, "dev.bus", "get", pv_iommu_reattach_device_get_dev_bus(img), UINT64_C(0x84));
    same_value(st, "dev.devfn", "get", pv_iommu_reattach_device_get_dev_devfn(img), UINT64_C(0x85));
    same_value(st, "pad0", "get", pv_iommu_reattach_device_get_pad0(img), UINT64_C(0x0));
    same_value(st, "pad0", "get_le", pv_iommu_reattach_device_get_pad0_le(le), UINT64_C(0x0));
    same_value(st, "pad0", "get_be", pv_iommu_reattach_device_get_pad0_be(be), UINT64_C(0x0));
    same_value(st, "pasid", "get", pv_iommu_reattach_device_get_pasid(img), UINT64_C(0x8b8a8988));
    same_value(st, "pasid", "get_le", pv_iommu_reattach_device_get_pasid_le(le), UINT64_C(0x8b8a8988));
    same_value(st, "pasid", "get_be", pv_iommu_reattach_device_get_pasid_be(be), UINT64_C(0x8b8a8988));
    /* the image passes its check with nothing to report */
    expect(st, "golden image", pv_iommu_reattach_device_check(img, 12, &pr), &pr, XEN_PV_IOMMU_WIRE_OK, 0, "", 0);
    memcpy(buf, img, sizeof(buf));
    buf[6] = 0xa5;
    expect(st, "reserved byte 6 set", pv_iommu_reattach_device_check(buf, 12, &pr), &pr, XEN_PV_IOMMU_WIRE_RESERVED, XEN_PV_IOMMU_WIRE_RESERVED, "pad0", 6);
    memcpy(buf, img, sizeof(buf));
    buf[7] = 0xa5;
    expect(st, "reserved byte 7 set", pv_iommu_reattach_device_check(buf, 12, &pr), &pr, XEN_PV_IOMMU_WIRE_RESERVED, XEN_PV_IOMMU_WIRE_RESERVED, "pad0", 7);
    /* every length short of PV_IOMMU_REATTACH_DEVICE_MIN_SIZE */
    expect(st, "length 0", pv_iommu_reattach_device_check(img, 0, &pr), &pr, XEN_PV_IOMMU_WIRE_SHORT, XEN_PV_IOMMU_WIRE_SHORT, "ctx_no", 0);
    expect(st, "length 1", pv_iommu_reattach_device_check(img, 1, &pr), &pr, XEN_PV_IOMMU_WIRE_SHORT, XEN_PV_IOMMU_WIRE_SHORT, "ctx_no", 1);
    expect(st, "length 2", pv_iommu_reattach_device_check(img, 2, &pr), &pr, XEN_PV_IOMMU_WIRE_SHORT, XEN_PV_IOMMU_WIRE_SHORT, "dev.seg", 2);
    expect(st, "length 3", pv_iommu_reattach_device_check(img, 3, &pr), &pr, XEN_PV_IOMMU_WIRE_SHORT, XEN_PV_IOMMU_WIRE_SHORT, "dev.seg", 3);
    expect(st, "length 4", pv_iommu_reattach_device_check(img, 4, &pr), &pr, XEN_PV_IOMMU_WIRE_SHORT, XEN_PV_IOMMU_WIRE_SHORT, "dev.bus", 4);
    expect(st, "length 5", pv_iommu_reattach_device_check(img, 5, &pr), &pr, XEN_PV_IOMMU_WIRE_SHORT, XEN_PV_IOMMU_WIRE_SHORT, "dev.devfn", 5);
    expect(st, "length 6", pv_iommu_reattach_device_check(img, 6, &pr), &pr, XEN_PV_IOMMU_WIRE_SHORT, XEN_PV_IOMMU_WIRE_SHORT, "pad0", 6);
    expect(st, "length 7", pv_iommu_reattach_device_check(img, 7, &pr), &pr, XEN_PV_IOMMU_WIRE_SHORT, XEN_PV_IOMMU_WIRE_SHORT, "pad0", 7);
    expect(st, "length 8", pv_iommu_reattach_device_check(img, 8, &pr), &pr, XEN_PV_IOMMU_WIRE_SHORT, XEN_PV_IOMMU_WIRE_SHORT, "pasid", 8);
    expect(st, "length 9", pv_iommu_reattach_device_check(img, 9, &pr), &pr, XEN_PV_IOMMU_WIRE_SHORT, XEN_PV_IOMMU_WIRE_SHORT, "pasid", 9);
    expect(st, "length 10", pv_iommu_reattach_device_check(img, 10, &pr), &pr, XEN_PV_IOMMU_WIRE_SHORT, XEN_PV_IOMMU_WIRE_SHORT, "pasid", 10);
    expect(st, "length 11", pv_iommu_reattach_device_check(img, 11, &pr), &pr, XEN_PV_IOMMU_WIRE_SHORT, XEN_PV_IOMMU_WIRE_SHORT, "pasid", 11);
    /* plain struct assignment with byte-order conversions of the test's own */
    checks++;
    if (sizeof(s) != 12)
        fail(st, "sizeof", "differs from the image");
    else {
        memset(&s, 0, sizeof(s));
        s.ctx_no = 0x8180U;
        s.dev.seg = 0x8382U;
        s.dev.bus = 0x84U;
        s.dev.devfn = 0x85U;
        s.pad0 = 0x0U;
        s.pasid = 0x8b8a8988U;
        same_bytes(st, "struct assignment", (const unsigned char *)&s, img, 12, field_of);
    }
}

static void test_pv_iommu_remote_cmd(void)
{
    static const char st[] = "pv_iommu_remote_cmd";
    static const char *const field_of[16] = {
        "domid", "domid", "subop", "subop",
        "pad0", "pad0", "pad0", "pad0",
        "arg", "arg", "arg", "arg",
        "arg", "arg", "arg", "arg",
    };
    static const unsigned char le[16] = {
        0x80, 0x81, 0x0c, 0x00, 0x00, 0x00, 0x00, 0x00, 0x88, 0x89, 0x8a, 0x8b,
        0x8c, 0x8d, 0x8e, 0x8f
    };
    static const unsigned char be[16] = {
        0x81, 0x80, 0x00, 0x0c, 0x00, 0x00, 0x00, 0x00, 0x8f, 0x8e, 0x8d, 0x8c,
        0x8b, 0x8a, 0x89, 0x88
    };
    const unsigned char *img = big_endian ? be : le;
    unsigned char buf[16];
    struct xen_pv_iommu_wire_problem pr;
    struct pv_iommu_remote_cmd s;

    memset(&pr, 0, sizeof(pr));
    /* encode with the helpers, over a buffer of 0x5a */
    memset(buf, 0x5a, sizeof(buf));
    pv_iommu_remote_cmd_set_domid(buf, 0x8180U);
    pv_iommu_remote_cmd_set_subop(buf, 0xcU);
    pv_iommu_remote_cmd_set_pad0(buf, 0x0U);
    pv_iommu_remote_cmd_set_arg(buf, UINT64_C(0x8f8e8d8c8b8a8988));
    same_bytes(st, "encoded", buf, img, 16, field_of);
    memset(buf, 0x5a, sizeof(buf));
    pv_iommu_remote_cmd_set_domid_le(buf, 0x8180U);
    pv_iommu_remote_cmd_set_subop_le(buf, 0xcU);
    pv_iommu_remote_cmd_set_pad0_le(buf, 0x0U);
    pv_iommu_remote_cmd_set_arg_le(buf, UINT64_C(0x8f8e8d8c8b8a8988));
    same_bytes(st, "encoded_le", buf, le, 16, field_of);
    memset(buf, 0x5a, sizeof(buf));
    pv_iommu_remote_cmd_set_domid_be(buf, 0x8180U);
    pv_iommu_remote_cmd_set_subop_be(buf, 0xcU);
    pv_iommu_remote_cmd_set_pad0_be(buf, 0x0U);
    pv_iommu_remote_cmd_set_arg_be(buf, UINT64_C(0x8f8e8d8c8b8a8988));
    same_bytes(st, "encoded_be", buf, be, 16, field_of);
    /* decode the image */
    same_value(st, "domid", "get", pv_iommu_remote_cmd_get_domid(img), UINT64_C(0x8180));
    same_value(st, "domid", "get_le", pv_iommu_remote_cmd_get_domid_le(le), UINT64_C(0x8180));
    same_value(st, "domid", "get_be", pv_iommu_remote_cmd_get_domid_be(be), UINT64_C(0x8180));
    same_value(st, "subop", "get", pv_iommu_remote_cmd_get_subop(img), UINT64_C(0xc));
    same_value(st, "subop", "get_le", pv_iommu_remote_cmd_get_subop_le(le), UINT64_C(0xc));
    same_value(st, "subop", "get_be", pv_iommu_remote_cmd_get_subop_be(be), UINT64_C(0xc));
    same_value(st, "pad0", "get", pv_iommu_remote_cmd_get_pad0(img), UINT64_C(0x0));
    same_value(st, "pad0", "get_le", pv_iommu_remote_cmd_get_pad0_le(le), UINT64_C(0x0));
    same_value(st, "pad0", "get_be", pv_iommu_remote_cmd_get_pad0_be(be), UINT64_C(0x0));
    same_value(st, "arg", "get", pv_iommu_remote_cmd_get_arg(img), UINT64_C(0x8f8e8d8c8b8a8988));
    same_value(st, "arg", "get_le", pv_iommu_remote_cmd_get_arg_le(le), UINT64_C(0x8f8e8d8c8b8a8988));
    same_value(st, "arg", "get_be", pv_iommu_remote_cmd_get_arg_be(be), UINT64_C(0x8f8e8d8c8b8a8988));
    /* the image passes its check with nothing to report */
    expect(st, "golden image", pv_iommu_remote_cmd_check(img, 16, &pr), &pr, XEN_PV_IOMMU_WIRE_OK, 0, "", 0);
    memcpy(buf, img, sizeof(buf));
    pv_iommu_remote_cmd_set_subop(buf, 0xdU);
    expect(st, "value 13", pv_iommu_remote_cmd_check(buf, 16, &pr), &pr, XEN_PV_IOMMU_WIRE_VALUE, XEN_PV_IOMMU_WIRE_VALUE, "subop", 2);
    memcpy(buf, img, sizeof(buf));
    pv_iommu_remote_cmd_set_subop(buf, 0xffffU);
    expect(st, "value 65535", pv_iommu_remote_cmd_check(buf, 16, &pr), &pr, XEN_PV_IOMMU_WIRE_VALUE, XEN_PV_IOMMU_WIRE_VALUE, "subop", 2);
    memcpy(buf, img, sizeof(buf));
    buf[4] = 0xa5;
    expect(st, "reserved byte 4 set", pv_iommu_remote_cmd_check(buf, 16, &pr), &pr, XEN_PV_IOMMU_WIRE_RESERVED, XEN_PV_IOMMU_WIRE_RESERVED, "pad0", 4);
    memcpy(buf, img, sizeof(buf));
    buf[5] = 0xa5;
    expect(st, "reserved byte 5 set", pv_iommu_remote_cmd_check(buf, 16, &pr), &pr, XEN_PV_IOMMU_WIRE_RESERVED, XEN_PV_IOMMU_WIRE_RESERVED, "pad0", 5);
    memcpy(buf, img, sizeof(buf));
    buf[6] = 0xa5;
    expect(st, "reserved byte 6 set", pv_iommu_remote_cmd_check(buf, 16, &pr), &pr, XEN_PV_IOMMU_WIRE_RESERVED, XEN_PV_IOMMU_WIRE_RESERVED, "pad0", 6);
    memcpy(buf, img, sizeof(buf));
    buf[7] = 0xa5;
    expect(st, "reserved byte 7 set", pv_iommu_remote_cmd_check(buf, 16, &pr), &pr, XEN_PV_IOMMU_WIRE_RESERVED, XEN_PV_IOMMU_WIRE_RESERVED, "pad0", 7);
    /* every length short of PV_IOMMU_REMOTE_CMD_MIN_SIZE */
    expect(st, "length 0", pv_iommu_remote_cmd_check(img, 0, &pr), &pr, XEN_PV_IOMMU_WIRE_SHORT, XEN_PV_IOMMU_WIRE_SHORT, "domid", 0);
    expect(st, "length 1", pv_iommu_remote_cmd_check(img, 1, &pr), &pr, XEN_PV_IOMMU_WIRE_SHORT, XEN_PV_IOMMU_WIRE_SHORT, "domid", 1);
    expect(st, "length 2", pv_iommu_remote_cmd_check(img, 2, &pr), &pr, XEN_PV_IOMMU_WIRE_SHORT, XEN_PV_IOMMU_WIRE_SHORT, "subop", 2);
    expect(st, "length 3", pv_iommu_remote_cmd_check(img, 3, &pr), &pr, XEN_PV_IOMMU_WIRE_SHORT, XEN_PV_IOMMU_WIRE_SHORT, "subop", 3);
    expect(st, "length 4", pv_iommu_remote_cmd_check(img, 4, &pr), &pr, XEN_PV_IOMMU_WIRE_SHORT, XEN_PV_IOMMU_WIRE_SHORT, "pad0", 4);
    expect(st, "length 5", pv_iommu_remote_cmd_check(img, 5, &pr), &pr, XEN_PV_IOMMU_WIRE_SHORT, XEN_PV_IOMMU_WIRE_SHORT, "pad0", 5);
    expect(st, "length 6", pv_iommu_remote_cmd_check(img, 6, &pr), &pr, XEN_PV_IOMMU_WIRE_SHORT, XEN_PV_IOMMU_WIRE_SHORT, "pad0", 6);
    expect(st, "length 7", pv_iommu_remote_cmd_check(img, 7, &pr), &pr, XEN_PV_IOMMU_WIRE_SHORT, XEN_PV_IOMMU_WIRE_SHORT, "pad0", 7);
    expect(st, "length 8", pv_iommu_remote_cmd_check(img, 8, &pr), &pr, XEN_PV_IOMMU_WIRE_SHORT, XEN_PV_IOMMU_WIRE_SHORT, "arg", 8);
    expect(st, "length 9", pv_iommu_remote_cmd_check(img, 9, &pr), &pr, XEN_PV_IOMMU_WIRE_SHORT, XEN_PV_IOMMU_WIRE_SHORT, "arg", 9);
    expect(st, "length 10", pv_iommu_remote_cmd_check(img, 10, &pr), &pr, XEN_PV_IOMMU_WIRE_SHORT, XEN_PV_IOMMU_WIRE_SHORT, "arg", 10);
    expect(st, "length 11", pv_iommu_remote_cmd_check(img, 11, &pr), &pr, XEN_PV_IOMMU_WIRE_SHORT, XEN_PV_IOMMU_WIRE_SHORT, "arg", 11);
    expect(st, "length 12", pv_iommu_remote_cmd_check(img, 12, &pr), &pr, XEN_PV_IOMMU_WIRE_SHORT, XEN_PV_IOMMU_WIRE_SHORT, "arg", 12);
    expect(st, "length 13", pv_iommu_remote_cmd_check(img, 13, &pr), &pr, XEN_PV_IOMMU_WIRE_SHORT, XEN_PV_IOMMU_WIRE_SHORT, "arg", 13);
    expect(st, "length 14", pv_iommu_remote_cmd_check(img, 14, &pr), &pr, XEN_PV_IOMMU_WIRE_SHORT, XEN_PV_IOMMU_WIRE_SHORT, "arg", 14);
    expect(st, "length 15", pv_iommu_remote_cmd_check(img, 15, &pr), &pr, XEN_PV_IOMMU_WIRE_SHORT, XEN_PV_IOMMU_WIRE_SHORT, "arg", 15);
    /* plain struct assignment with byte-order conversions of the test's own */
    checks++;
    if (sizeof(s) != 16)
        fail(st, "sizeof", "differs from the image");
    else {
        memset(&s, 0, sizeof(s));
        s.domid = 0x8180U;
        s.subop = 0xcU;
        s.pad0 = 0x0U;
        s.arg = UINT64_C(0x8f8e8d8c8b8a8988);
        same_bytes(st, "struct assignment", (const unsigned char *)&s, img, 16, field_of);
    }
}

static void test_pv_iommu_alloc_nested(void)
{
    static const char st[] = "pv_iommu_alloc_nested";
    static const char *const field_of[24] = {
        "pgtable_gfn", "pgtable_gfn", "pgtable_gfn", "pgtable_gfn",
        "pgtable_gfn", "pgtable_gfn", "pgtable_gfn", "pgtable_gfn",
        "nested_flags", "nested_flags", "nested_flags", "nested_flags",
        "nested_flags", "nested_flags", "nested_flags", "nested_flags",
        "ctx_no", "ctx_no", "pad0", "pad0",
        "pad1", "pad1", "pad1", "pad1",
    };
    static const unsigned char le[24] = {
        0x80, 0x81, 0x82, 0x83, 0x84, 0x85, 0x86, 0x87, 0x88, 0x89, 0x8a, 0x8b,
        0x8c, 0x8d, 0x8e, 0x8f, 0x90, 0x91, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00
    };
    static const unsigned char be[24] = {
        0x87, 0x86, 0x85, 0x84, 0x83, 0x82, 0x81, 0x80, 0x8f, 0x8e, 0x8d, 0x8c,
        0x8b, 0x8a, 0x89, 0x88, 0x91, 0x90, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00
    };
    const unsigned char *img = big_endian ? be : le;
    unsigned char buf[24];
    struct xen_pv_iommu_wire_problem pr;
    struct pv_iommu_alloc_nested s;

    memset(&pr, 0, sizeof(pr));
    /* encode with the helpers, over a buffer of 0x5a */
    memset(buf, 0x5a, sizeof(buf));
    pv_iommu_alloc_nested_set_pgtable_gfn(buf, UINT64_C(0x8786858483828180));
    pv_iommu_alloc_nested_set_nested_flags(buf, UINT64_C(0x8f8e8d8c8b8a8988));
    pv_iommu_alloc_nested_set_ctx_no(buf, 0x9190U);
    pv_iommu_alloc_nested_set_pad0(buf, 0x0U);
    pv_iommu_alloc_nested_set_pad1(buf, 0x0U);
    same_bytes(st, "encoded", buf, img, 24, field_of);
    memset(buf, 0x5a, sizeof(buf));
    pv_iommu_alloc_nested_set_pgtable_gfn_le(buf, UINT64_C(0x8786858483828180));
    pv_iommu_alloc_nested_set_nested_flags_le(buf, UINT64_C(0x8f8e8d8c8b8a8988));
    pv_iommu_alloc_nested_set_ctx_no_le(buf, 0x9190U);
    pv_iommu_alloc_nested_set_pad0_le(buf, 0x0U);
    pv_iommu_alloc_nested_set_pad1_le(buf, 0x0U);
    same_bytes(st, "encoded_le", buf, le, 24, field_of);
    memset(buf, 0x5a, sizeof(buf));
    pv_iommu_alloc_nested_set_pgtable_gfn_be(buf, UINT64_C(0x8786858483828180));
    pv_iommu_alloc_nested_set_nested_flags_be(buf, UINT64_C(0x8f8e8d8c8b8a8988));
    pv_iommu_alloc_nested_set_ctx_no_be(buf, 0x9190U);
    pv_iommu_alloc_nested_set_pad0_be(buf, 0x0U);
    pv_iommu_alloc_nested_set_pad1_be(buf, 0x0U);
    same_bytes(st, "encoded_be", buf, be, 24, field_of);
    /* decode the image */
    same_value(st, "pgtable_gfn", "get", pv_iommu_alloc_nested_get_pgtable_gfn(img), UINT64_C(0x8786858483828180));
    same_value(st, "pgtable_gfn", "get_le", pv_iommu_alloc_nested_get_pgtable_gfn_le(le), UINT64_C(0x8786858483828180));
    same_value(st, "pgtable_gfn", "get_be", pv_iommu_alloc_nested_get_pgtable_gfn_be(be), UINT64_C(0x8786858483828180));
    same_value(st, "nested_flags", "get", pv_iommu_alloc_nested_get_nested_flags(img), UINT64_C(0x8f8e8d8c8b8a8988));
    same_value(st, "nested_flags", "get_le", pv_iommu_alloc_nested_get_nested_flags_le(le), UINT64_C(0x8f8e8d8c8b8a8988));
    same_value(st, "nested_flags", "get_be", pv_iommu_alloc_nested_get_nested_flags_be(be), UINT64_C(0x8f8e8d8c8b8a8988));
    same_value(st, "ctx_no", "get", pv_iommu_alloc_nested_get_ctx_no(img), UINT64_C(0x9190));
    same_value(st, "ctx_no", "get_le", pv_iommu_alloc_nested_get_ctx_no_le(le), UINT64_C(0x9190));
    same_value(st, "ctx_no", "get_be", pv_iommu_alloc_nested_get_ctx_no_be(be), UINT64_C(0x9190));
    same_value(st, "pad0", "get", pv_iommu_alloc_nested_get_pad0(img), UINT64_C(0x0));
    same_value(st, "pad0", "get_le", pv_iommu_alloc_nested_get_pad0_le(le), UINT64_C(0x0));
    same_value(st, "pad0", "get_be", pv_iommu_alloc_nested_get_pad0_be(be), UINT64_C(0x0));
    same_value(st, "pad1", "get", pv_iommu_alloc_nested_get_pad1(img), UINT64_C(0x0));
    same_value(st, "pad1", "get_le", pv_iommu_alloc_nested_get_pad1_le(le), UINT64_C(0x0));
    same_value(st, "pad1", "get_be", pv_iommu_alloc_nested_get_pad1_be(be), UINT64_C(0x0));
    /* the image passes its check with nothing to report */
    expect(st, "golden image", pv_iommu_alloc_nested_check(img, 24, &pr), &pr, XEN_PV_IOMMU_WIRE_OK, 0, "", 0);
    memcpy(buf, img, sizeof(buf));
    buf[18] = 0xa5;
    expect(st, "reserved byte 18 set", pv_iommu_alloc_nested_check(buf, 24, &pr), &pr, XEN_PV_IOMMU_WIRE_RESERVED, XEN_PV_IOMMU_WIRE_RESERVED, "pad0", 18);
    memcpy(buf, img, sizeof(buf));
    buf[19] = 0xa5;
    expect(st, "reserved byte 19 set", pv_iommu_alloc_nested_check(buf, 24, &pr), &pr, XEN_PV_IOMMU_WIRE_RESERVED, XEN_PV_IOMMU_WIRE_RESERVED, "pad0", 19);
    memcpy(buf, img, sizeof(buf));
    buf[20] = 0xa5;
    expect(st, "reserved byte 20 set", pv_iommu_alloc_nested_check(buf, 24, &pr), &pr, XEN_PV_IOMMU_WIRE_RESERVED, XEN_PV_IOMMU_WIRE_RESERVED, "pad1", 20);
    memcpy(buf, img, sizeof(buf));
    buf[21] = 0xa5;
    expect(st, "reserved byte 21 set", pv_iommu_alloc_nested_check(buf, 24, &pr), &pr, XEN_PV_IOMMU_WIRE_RESERVED, XEN_PV_IOMMU_WIRE_RESERVED, "pad1", 21);
    memcpy(buf, img, sizeof(buf));
    buf[22] = 0xa5;
    expect(st, "reserved byte 22 set", pv_iommu_alloc_nested_check(buf, 24, &pr), &pr, XEN_PV_IOMMU_WIRE_RESERVED, XEN_PV_IOMMU_WIRE_RESERVED, "pad1", 22);
    memcpy(buf, img, sizeof(buf));
    buf[23] = 0xa5;
    expect(st, "reserved byte 23 set", pv_iommu_alloc_nested_check(buf, 24, &pr), &pr, XEN_PV_IOMMU_WIRE_RESERVED, XEN_PV_IOMMU_WIRE_RESERVED, "pad1", 23);
    /* every length short of PV_IOMMU_ALLOC_NESTED_MIN_SIZE */
    expect(st, "length 0", pv_iommu_alloc_nested_check(img, 0, &pr), &pr, XEN_PV_IOMMU_WIRE_SHORT, XEN_PV_IOMMU_WIRE_SHORT, "pgtable_gfn", 0);
    expect(st, "length 1", pv_iommu_alloc_nested_check(img, 1, &pr), &pr, XEN_PV_IOMMU_WIRE_SHORT, XEN_PV_IOMMU_WIRE_SHORT, "pgtable_gfn", 1);
    expect(st, "length 2", pv_iommu_alloc_nested_check(img, 2, &pr), &pr, XEN_PV_IOMMU_WIRE_SHORT, XEN_PV_IOMMU_WIRE_SHORT, "pgtable_gfn", 2);
    expect(st, "length 3", pv_iommu_alloc_nested_check(img, 3, &pr), &pr, XEN_PV_IOMMU_WIRE_SHORT, XEN_PV_IOMMU_WIRE_SHORT, "pgtable_gfn", 3);
    expect(st, "length 4", pv_iommu_alloc_nested_check(img, 4, &pr), &pr, XEN_PV_IOMMU_WIRE_SHORT, XEN_PV_IOMMU_WIRE_SHORT, "pgtable_gfn", 4);
    expect(st, "length 5", pv_iommu_alloc_nested_check(img, 5, &pr), &pr, XEN_PV_IOMMU_WIRE_SHORT, XEN_PV_IOMMU_WIRE_SHORT, "pgtable_gfn", 5);
    expect(st, "length 6", pv_iommu_alloc_nested_check(img, 6, &pr), &pr, XEN_PV_IOMMU_WIRE_SHORT, XEN_PV_IOMMU_WIRE_SHORT, "pgtable_gfn", 6);
    expect(st, "length 7", pv_iommu_alloc_nested_check(img, 7, &pr), &pr, XEN_PV_IOMMU_WIRE_SHORT, XEN_PV_IOMMU_WIRE_SHORT, "pgtable_gfn", 7);
    expect(st, "length 8", pv_iommu_alloc_nested_check(img, 8, &pr), &pr, XEN_PV_IOMMU_WIRE_SHORT, XEN_PV_IOMMU_WIRE_SHORT, "nested_flags", 8);
    expect(st, "length 9", pv_iommu_alloc_nested_check(img, 9, &pr), &pr, XEN_PV_IOMMU_WIRE_SHORT, XEN_PV_IOMMU_WIRE_SHORT, "nested_flags", 9);
    expect(st, "length 10", pv_iommu_alloc_nested_check(img, 10, &pr), &pr, XEN_PV_IOMMU_WIRE_SHORT, XEN_PV_IOMMU_WIRE_SHORT, "nested_flags", 10);
    expect(st, "length 11", pv_iommu_alloc_nested_check(img, 11, &pr), &pr, XEN_PV_IOMMU_WIRE_SHORT, XEN_PV_IOMMU_WIRE_SHORT, "nested_flags", 11);
    expect(st, "length 12", pv_iommu_alloc_nested_check(img, 12, &pr), &pr, XEN_PV_IOMMU_WIRE_SHORT, XEN_PV_IOMMU_WIRE_SHORT, "nested_flags", 12);
    expect(st, "length 13", pv_iommu_alloc_nested_check(img, 13, &pr), &pr, XEN_PV_IOMMU_WIRE_SHORT, XEN_PV_IOMMU_WIRE_SHORT, "nested_flags", 13);
    expect(st, "length 14", pv_iommu_alloc_nested_check(img, 14, &pr), &pr, XEN_PV_IOMMU_WIRE_SHORT, XEN_PV_IOMMU_WIRE_SHORT, "nested_flags", 14);
    expect(st, "length 15", pv_iommu_alloc_nested_check(img, 15, &pr), &pr, XEN_PV_IOMMU_WIRE_SHORT, XEN_PV_IOMMU_WIRE_SHORT, "nested_flags", 15);
    expect(st, "length 16", pv_iommu_alloc_nested_check(img, 16, &pr), &pr, XEN_PV_IOMMU_WIRE_SHORT, XEN_PV_IOMMU_WIRE_SHORT, "ctx_no", 16);
    expect(st, "length 17", pv_iommu_alloc_nested_check(img, 17, &pr), &pr, XEN_PV_IOMMU_WIRE_SHORT, XEN_PV_IOMMU_WIRE_SHORT, "ctx_no", 17);
    expect(st, "length 18", pv_iommu_alloc_nested_check(img, 18, &pr), &pr, XEN_PV_IOMMU_WIRE_SHORT, XEN_PV_IOMMU_WIRE_SHORT, "pad0", 18);
    expect(st, "length 19", pv_iommu_alloc_nested_check(img, 19, &pr), &pr, XEN_PV_IOMMU_WIRE_SHORT, XEN_PV_IOMMU_WIRE_SHORT, "pad0", 19);
    expect(st, "length 20", pv_iommu_alloc_nested_check(img, 20, &pr), &pr, XEN_PV_IOMMU_WIRE_SHORT, XEN_PV_IOMMU_WIRE_SHORT, "pad1", 20);
    expect(st, "length 21", pv_iommu_alloc_nested_check(img, 21, &pr), &pr, XEN_PV_IOMMU_WIRE_SHORT, XEN_PV_IOMMU_WIRE_SHORT, "pad1", 21);
    expect(st, "length 22", pv_iommu_alloc_nested_check(img, 22, &pr), &pr, XEN_PV_IOMMU_WIRE_SHORT, XEN_PV_IOMMU_WIRE_SHORT, "pad1", 22);
    expect(st, "length 23", pv_iommu_alloc_nested_check(img, 23, &pr), &pr, XEN_PV_IOMMU_WIRE_SHORT, XEN_PV_IOMMU_WIRE_SHORT, "pad1", 23);
    /* plain struct assignment with byte-order conversions of the test's own */
    checks++;
    if (sizeof(s) != 24)
        fail(st, "sizeof", "differs from the image");
    else {
        memset(&s, 0, sizeof(s));
        s.pgtable_gfn = UINT64_C(0x8786858483828180);
        s.nested_flags = UINT64_C(0x8f8e8d8c8b8a8988);
        s.ctx_no = 0x9190U;
        s.pad0 = 0x0U;
        s.pad1 = 0x0U;
        same_bytes(st, "struct assignment", (const unsigned char *)&s, img, 24, field_of);
    }
}

static void test_pv_iommu_flush_nested(void)
{
    static const char st[] = "pv_iommu_flush_nested";
    static const char *const field_of[4] = {
        "ctx_no", "ctx_no", "pad0", "pad0",
    };
    static const unsigned char le[4] = {
        0x80, 0x81, 0x00, 0x00
    };
    static const unsigned char be[4] = {
        0x81, 0x80, 0x00, 0x00
    };
    const unsigned char *img = big_endian ? be : le;
    unsigned char buf[4];
    struct xen_pv_iommu_wire_problem pr;
    struct pv_iommu_flush_nested s;

    memset(&pr, 0, sizeof(pr));
    /* encode with the helpers, over a buffer of 0x5a */
    memset(buf, 0x5a, sizeof(buf));
    pv_iommu_flush_nested_set_ctx_no(buf, 0x8180U);
    pv_iommu_flush_nested_set_pad0(buf, 0x0U);
    same_bytes(st, "encoded", buf, img, 4, field_of);
    memset(buf, 0x5a, sizeof(buf));
    pv_iommu_flush_nested_set_ctx_no_le(buf, 0x8180U);
    pv_iommu_flush_nested_set_pad0_le(buf, 0x0U);
    same_bytes(st, "encoded_le", buf, le, 4, field_of);
    memset(buf, 0x5a, sizeof(buf));
    pv_iommu_flush_nested_set_ctx_no_be(buf, 0x8180U);
    pv_iommu_flush_nested_set_pad0_be(buf, 0x0U);
    same_bytes(st, "encoded_be", buf, be, 4, field_of);
    /* decode the image */
    same_value(st, "ctx_no", "get", pv_iommu_flush_nested_get_ctx_no(img), UINT64_C(0x8180));
    same_value(st, "ctx_no", "get_le", pv_iommu_flush_nested_get_ctx_no_le(le), UINT64_C(0x8180));
    same_value(st, "ctx_no", "get_be", pv_iommu_flush_nested_get_ctx_no_be(be), UINT64_C(0x8180));
    same_value(st, "pad0", "get", pv_iommu_flush_nested_get_pad0(img), UINT64_C(0x0));
    same_value(st, "pad0", "get_le", pv_iommu_flush_nested_get_pad0_le(le), UINT64_C(0x0));
    same_value(st, "pad0", "get_be", pv_iommu_flush_nested_get_pad0_be(be), UINT64_C(0x0));
    /* the image passes its check with nothing to report */
    expect(st, "golden image", pv_iommu_flush_nested_check(img, 4, &pr), &pr, XEN_PV_IOMMU_WIRE_OK, 0, "", 0);
    memcpy(buf, img, sizeof(buf));
    buf[2] = 0xa5;
    expect(st, "reserved byte 2 set", pv_iommu_flush_nested_check(buf, 4, &pr), &pr, XEN_PV_IOMMU_WIRE_RESERVED, XEN_PV_IOMMU_WIRE_RESERVED, "pad0", 2);
    memcpy(buf, img, sizeof(buf));
    buf[3] = 0xa5;
    expect(st, "reserved byte 3 set", pv_iommu_flush_nested_check(buf, 4, &pr), &pr, XEN_PV_IOMMU_WIRE_RESERVED, XEN_PV_IOMMU_WIRE_RESERVED, "pad0", 3);
    /* every length short of PV_IOMMU_FLUSH_NESTED_MIN_SIZE */
    expect(st, "length 0", pv_iommu_flush_nested_check(img, 0, &pr), &pr, XEN_PV_IOMMU_WIRE_SHORT, XEN_PV_IOMMU_WIRE_SHORT, "ctx_no", 0);
    expect(st, "length 1", pv_iommu_flush_nested_check(img, 1, &pr), &pr, XEN_PV_IOMMU_WIRE_SHORT, XEN_PV_IOMMU_WIRE_SHORT, "ctx_no", 1);
    expect(st, "length 2", pv_iommu_flush_nested_check(img, 2, &pr), &pr, XEN_PV_IOMMU_WIRE_SHORT, XEN_PV_IOMMU_WIRE_SHORT, "pad0", 2);
    expect(st, "length 3", pv_iommu_flush_nested_check(img, 3, &pr), &pr, XEN_PV_IOMMU_WIRE_SHORT, XEN_PV_IOMMU_WIRE_SHORT, "pad0", 3);
    /* plain struct assignment with byte-order conversions of the test's own */
    checks++;
    if (sizeof(s) != 4)
        fail(st, "sizeof", "differs from the image");
    else {
        memset(&s, 0, sizeof(s));
        s.ctx_no = 0x8180U;
        s.pad0 = 0x0U;
        same_bytes(st, "struct assignment", (const unsigned char *)&s, img, 4, field_of);
    }
}

static void test_pv_iommu_attach_pasid(void)
{
    static const char st[] = "pv_iommu_attach_pasid";
    static const char *const field_of[12] = {
        "ctx_no", "ctx_no", "dev.seg", "dev.seg",
        "dev.bus", "dev.devfn", "pad0", "pad0",
        "pasid", "pasid", "pasid", "pasid",
    };
    static const unsigned char le[12] = {
        0x80, 0x81, 0x82, 0x83, 0x84, 0x85, 0x00, 0x00, 0x88, 0x89, 0x8a, 0x8b
    };
    static const unsigned char be[12] = {
        0x81, 0x80, 0x83, 0x82, 0x84, 0x85, 0x00, 0x00, 0x8b, 0x8a, 0x89, 0x88
    };
    const unsigned char *img = big_endian ? be : le;
    unsigned char buf[12];
    struct xen_pv_iommu_wire_problem pr;
    struct pv_iommu_attach_pasid s;

    memset(&pr, 0, sizeof(pr));
    /* encode with the helpers, over a buffer of 0x5a */
    memset(buf, 0x5a, sizeof(buf));
    pv_iommu_attach_pasid_set_ctx_no(buf, 0x8180U);
    pv_iommu_attach_pasid_set_dev_seg(buf, 0x8382U);
    pv_iommu_attach_pasid_set_dev_bus(buf, 0x84U);
    pv_iommu_attach_pasid_set_dev_devfn(buf, 0x85U);
    pv_iommu_attach_pasid_set_pad0(buf, 0x0U);
    pv_iommu_attach_pasid_set_pasid(buf, 0x8b8a8988U);
    same_bytes(st, "encoded", buf, img, 12, field_of);
    memset(buf, 0x5a, sizeof(buf));
    pv_iommu_attach_pasid_set_ctx_no_le(buf, 0x8180U);
    pv_iommu_attach_pasid_set_dev_seg_le(buf, 0x8382U);
    pv_iommu_attach_pasid_set_dev_bus(buf, 0x84U);
    pv_iommu_attach_pasid_set_dev_devfn(buf, 0x85U);
    pv_iommu_attach_pasid_set_pad0_le(buf, 0x0U);
    pv_iommu_attach_pasid_set_pasid_le(buf, 0x8b8a8988U);
    same_bytes(st, "encoded_le", buf, le, 12, field_of);
    memset(buf, 0x5a, sizeof(buf));
    pv_iommu_attach_pasid_set_ctx_no_be(buf, 0x8180U);
    pv_iommu_attach_pasid_set_dev_seg_be(buf, 0x8382U);
    pv_iommu_attach_pasid_set_dev_bus(buf, 0x84U);
    pv_iommu_attach_pasid_set_dev_devfn(buf, 0x85U);
    pv_iommu_attach_pasid_set_pad0_be(buf, 0x0U);
    pv_iommu_attach_pasid_set_pasid_be(buf, 0x8b8a8988U);
    same_bytes(st, "encoded_be", buf, be, 12, field_of);
    /* decode the image */
    same_value(st, "ctx_no", "get", pv_iommu_attach_pasid_get_ctx_no(img), UINT64_C(0x8180));
    same_value(st, "ctx_no", "get_le", pv_iommu_attach_pasid_get_ctx_no_le(le), UINT64_C(0x8180));
    same_value(st, "ctx_no", "get_be", pv_iommu_attach_pasid_get_ctx_no_be(be), UINT64_C(0x8180));
    same_value(st, "dev.seg", "get", pv_iommu_attach_pasid_get_dev_seg(img), UINT64_C(0x8382));
    same_value(st, "dev.seg", "get_le", pv_iommu_attach_pasid_get_dev_seg_le(le), UINT64_C(0x8382));
    same_value(st, "dev.seg", "get_be", pv_iommu_attach_pasid_get_dev_seg_be(be), UINT64_C(0x8382));
    same_value(st, "dev.bus", "get", pv_iommu_attach_pasid_get_dev_bus(img), UINT64_C(0x84));
    same_value(st, "dev.devfn", "get", pv_iommu_attach_pasid_get_dev_devfn(img), UINT64_C(0x85));
    same_value(st, "pad0", "get", pv_iommu_attach_pasid_get_pad0(img), UINT64_C(0x0));
    same_value(st, "pad0", "get_le", pv_iommu_attach_pasid_get_pad0_le(le), UINT64_C(0x0));
    same_value(st, "pad0", "get_be", pv_iommu_attach_pasid_get_pad0_be(be), UINT64_C(0x0));
    same_value(st, "pasid", "get", pv_iommu_attach_pasid_get_pasid(img), UINT64_C(0x8b8a8988));
    same_value(st, "pasid", "get_le", pv_iommu_attach_pasid_get_pasid_le(le), UINT64_C(0x8b8a8988));
    same_value(st, "pasid", "get_be", pv_iommu_attach_pasid_get_pasid_be(be), UINT64_C(0x8b8a8988));
    /* the image passes its check with nothing to report */
    expect(st, "golden image", pv_iommu_attach_pasid_check(img, 12, &pr), &pr, XEN_PV_IOMMU_WIRE_OK, 0, "", 0);
    memcpy(buf, img, sizeof(buf));
    buf[6] = 0xa5;
    expect(st, "reserved byte 6 set", pv_iommu_attach_pasid_check(buf, 12, &pr), &pr, XEN_PV_IOMMU_WIRE_RESERVED, XEN_PV_IOMMU_WIRE_RESERVED, "pad0", 6);
    memcpy(buf, img, sizeof(buf));
    buf[7] = 0xa5;
    expect(st, "reserved byte 7 set", pv_iommu_attach_pasid_check(buf, 12, &pr), &pr, XEN_PV_IOMMU_WIRE_RESERVED, XEN_PV_IOMMU_WIRE_RESERVED, "pad0", 7);
    /* every length short of PV_IOMMU_ATTACH_PASID_MIN_SIZE */
    expect(st, "length 0", pv_iommu_attach_pasid_check(img, 0, &pr), &pr, XEN_PV_IOMMU_WIRE_SHORT, XEN_PV_IOMMU_WIRE_SHORT, "ctx_no", 0);
    expect(st, "length 1", pv_iommu_attach_pasid_check(img, 1, &pr), &pr, XEN_PV_IOMMU_WIRE_SHORT, XEN_PV_IOMMU_WIRE_SHORT, "ctx_no", 1);
    expect(st, "length 2", pv_iommu_attach_pasid_check(img, 2, &pr), &pr, XEN_PV_IOMMU_WIRE_SHORT, XEN_PV_IOMMU_WIRE_SHORT, "dev.seg", 2);
    expect(st, "length 3", pv_iommu_attach_pasid_check(img, 3, &pr), &pr, XEN_PV_IOMMU_WIRE_SHORT, XEN_PV_IOMMU_WIRE_SHORT, "dev.seg", 3);
    expect(st, "length 4", pv_iommu_attach_pasid_check(img, 4, &pr), &pr, XEN_PV_IOMMU_WIRE_SHORT, XEN_PV_IOMMU_WIRE_SHORT, "dev.bus", 4);
    expect(st, "length 5", pv_iommu_attach_pasid_check(img, 5, &pr), &pr, XEN_PV_IOMMU_WIRE_SHORT, XEN_PV_IOMMU_WIRE_SHORT, "dev.devfn", 5);
    expect(st, "length 6", pv_iommu_attach_pasid_check(img, 6, &pr), &pr, XEN_PV_IOMMU_WIRE_SHORT, XEN_PV_IOMMU_WIRE_SHORT, "pad0", 6);
    expect(st, "length 7", pv_iommu_attach_pasid_check(img, 7, &pr), &pr, XEN_PV_IOMMU_WIRE_SHORT, XEN_PV_IOMMU_WIRE_SHORT, "pad0", 7);
    expect(st, "length 8", pv_iommu_attach_pasid_check(img, 8, &pr), &pr, XEN_PV_IOMMU_WIRE_SHORT, XEN_PV_IOMMU_WIRE_SHORT, "pasid", 8);
    expect(st, "length 9", pv_iommu_attach_pasid_check(img, 9, &pr), &pr, XEN_PV_IOMMU_WIRE_SHORT, XEN_PV_IOMMU_WIRE_SHORT, "pasid", 9);
    expect(st, "length 10", pv_iommu_attach_pasid_check(img, 10, &pr), &pr, XEN_PV_IOMMU_WIRE_SHORT, XEN_PV_IOMMU_WIRE_SHORT, "pasid", 10);
    expect(st, "length 11", pv_iommu_attach_pasid_check(img, 11, &pr), &pr, XEN_PV_IOMMU_WIRE_SHORT, XEN_PV_IOMMU_WIRE_SHORT, "pasid", 11);
    /* plain struct assignment with byte-order conversions of the test's own */
    checks++;
    if (sizeof(s) != 12)
        fail(st, "sizeof", "differs from the image");
    else {
        memset(&s, 0, sizeof(s));
        s.ctx_no = 0x8180U;
        s.dev.seg = 0x8382U;
        s.dev.bus = 0x84U;
        s.dev.devfn = 0x85U;
        s.pad0 = 0x0U;
        s.pasid = 0x8b8a8988U;
        same_bytes(st, "struct assignment", (const unsigned char *)&s, img, 12, field_of);
    }
}

static void test_pv_iommu_detach_pasid(void)
{
    static const char st[] = "pv_iommu_detach_pasid";
    static const char *const field_of[8] = {
        "dev.seg", "dev.seg", "dev.bus", "dev.devfn",
        "pasid", "pasid", "pasid", "pasid",
    };
    static const unsigned char le[8] = {
        0x80, 0x81, 0x82, 0x83, 0x84, 0x85, 0x86, 0x87
    };
    static const unsigned char be[8] = {
        0x81, 0x80, 0x82, 0x83, 0x87, 0x86, 0x85, 0x84
    };
    const unsigned char *img = big_endian ? be : le;
    unsigned char buf[8];
    struct xen_pv_iommu_wire_problem pr;
    struct pv_iommu_detach_pasid s;

    memset(&pr, 0, sizeof(pr));
    /* encode with the helpers, over a buffer of 0x5a */
    memset(buf, 0x5a, sizeof(buf));
    pv_iommu_detach_pasid_set_dev_seg(buf, 0x8180U);
    pv_iommu_detach_pasid_set_dev_bus(buf, 0x82U);
    pv_iommu_detach_pasid_set_dev_devfn(buf, 0x83U);
    pv_iommu_detach_pasid_set_pasid(buf, 0x87868584U);
    same_bytes(st, "encoded", buf, img, 8, field_of);
    memset(buf, 0x5a, sizeof(buf));
    pv_iommu_detach_pasid_set_dev_seg_le(buf, 0x8180U);
    pv_iommu_detach_pasid_set_dev_bus(buf, 0x82U);
    pv_iommu_detach_pasid_set_dev_devfn(buf, 0x83U);
    pv_iommu_detach_pasid_set_pasid_le(buf, 0x87868584U);
    same_bytes(st, "encoded_le", buf, le, 8, field_of);
    memset(buf, 0x5a, sizeof(buf));
    pv_iommu_detach_pasid_set_dev_seg_be(buf, 0x8180U);
    pv_iommu_detach_pasid_set_dev_bus(buf, 0x82U);
    pv_iommu_detach_pasid_set_dev_devfn(buf, 0x83U);
    pv_iommu_detach_pasid_set_pasid_be(buf, 0x87868584U);
    same_bytes(st, "encoded_be", buf, be, 8, field_of);
    /* decode the image */
    same_value(st, "dev.seg", "get", pv_iommu_detach_pasid_get_dev_seg(img), UINT64_C(0x8180));
    same_value(st, "dev.seg", "get_le", pv_iommu_detach_pasid_get_dev_seg_le(le), UINT64_C(0x8180));
    same_value(st, "dev.seg", "get_be", pv_iommu_detach_pasid_get_dev_seg_be(be), UINT64_C(0x8180));
    same_value(st, "dev.bus", "get", pv_iommu_detach_pasid_get_dev_bus(img), UINT64_C(0x82));
    same_value(st, "dev.devfn", "get", pv_iommu_detach_pasid_get_dev_devfn(img), UINT64_C(0x83));
    same_value(st, "pasid", "get", pv_iommu_detach_pasid_get_pasid(img), UINT64_C(0x87868584));
    same_value(st, "pasid", "get_le", pv_iommu_detach_pasid_get_pasid_le(le), UINT64_C(0x87868584));
    same_value(st, "pasid", "get_be", pv_iommu_detach_pasid_get_pasid_be(be), UINT64_C(0x87868584));
    /* the image passes its check with nothing to report */
    expect(st, "golden image", pv_iommu_detach_pasid_check(img, 8, &pr), &pr, XEN_PV_IOMMU_WIRE_OK, 0, "", 0);
    /* every length short of PV_IOMMU_DETACH_PASID_MIN_SIZE */
    expect(st, "length 0", pv_iommu_detach_pasid_check(img, 0, &pr), &pr, XEN_PV_IOMMU_WIRE_SHORT, XEN_PV_IOMMU_WIRE_SHORT, "dev.seg", 0);
    expect(st, "length 1", pv_iommu_detach_pasid_check(img, 1, &pr), &pr, XEN_PV_IOMMU_WIRE_SHORT, XEN_PV_IOMMU_WIRE_SHORT, "dev.seg", 1);
    expect(st, "length 2", pv_iommu_detach_pasid_check(img, 2, &pr), &pr, XEN_PV_IOMMU_WIRE_SHORT, XEN_PV_IOMMU_WIRE_SHORT, "dev.bus", 2);
    expect(st, "length 3", pv_iommu_detach_pasid_check(img, 3, &pr), &pr, XEN_PV_IOMMU_WIRE_SHORT, XEN_PV_IOMMU_WIRE_SHORT, "dev.devfn", 3);
    expect(st, "length 4", pv_iommu_detach_pasid_check(img, 4, &pr), &pr, XEN_PV_IOMMU_WIRE_SHORT, XEN_PV_IOMMU_WIRE_SHORT, "pasid", 4);
    expect(st, "length 5", pv_iommu_detach_pasid_check(img, 5, &pr), &pr, XEN_PV_IOMMU_WIRE_SHORT, XEN_PV_IOMMU_WIRE_SHORT, "pasid", 5);
    expect(st, "length 6", pv_iommu_detach_pasid_check(img, 6, &pr), &pr, XEN_PV_IOMMU_WIRE_SHORT, XEN_PV_IOMMU_WIRE_SHORT, "pasid", 6);
    expect(st, "length 7", pv_iommu_detach_pasid_check(img, 7, &pr), &pr, XEN_PV_IOMMU_WIRE_SHORT, XEN_PV_IOMMU_WIRE_SHORT, "pasid", 7);
    /* plain struct assignment with byte-order conversions of the test's own */
    checks++;
    if (sizeof(s) != 8)
        fail(st, "sizeof", "differs from the image");
    else {
        memset(&s, 0, sizeof(s));
        s.dev.seg = 0x8180U;
        s.dev.bus = 0x82U;
        s.dev.devfn = 0x83U;
        s.pasid = 0x87868584U;
        same_bytes(st, "struct assignment", (const unsigned char *)&s, img, 8, field_of);
    }
}

int main(void)
{
    big_endian = host_is_big_endian();
    test_physdev_pci_device();
    test_pv_iommu_capabilities();
    test_pv_iommu_init();
    test_pv_iommu_alloc();
    test_pv_iommu_free();
    test_pv_iommu_map_pages();
    test_pv_iommu_unmap_pages();
    test_pv_iommu_reattach_device();
    test_pv_iommu_remote_cmd();
    test_pv_iommu_alloc_nested();
    test_pv_iommu_flush_nested();
    test_pv_iommu_attach_pasid();
    test_pv_iommu_detach_pasid();
    if (failures) {
        printf("layout/golden/xen-pv-iommu.linux.c: %d of %ld checks failed\n", failures, checks);
        return 1;
    }
    printf("layout/golden/xen-pv-iommu.linux.c: 13 structs, %ld checks match the golden images "
           "(%s-endian host)\n", checks, big_endian ? "big" : "little");
    return 0;
}
