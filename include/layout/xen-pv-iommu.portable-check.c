/* SPDX-License-Identifier: MIT */
/*
 * layout/xen-pv-iommu.portable-check.c - layout assertions for iommu-abi/xen_pv_iommu.h
 *
 * Generated from spec/xen-pv-iommu.yaml by gen/iommu-abi-gen: do not edit.
 * Compiling this file for a target proves that the portable flavor has, on
 * that target, the size, alignment and field offsets of
 * layout/xen-pv-iommu.json. C89: a failed assertion is an array of negative
 * size.
 */

#include <stddef.h>
#include <iommu-abi/xen_pv_iommu.h>

#ifndef IOMMU_ABI_ASSERT
#define IOMMU_ABI_ASSERT(name, cond) \
	typedef char iommu_abi_assert_##name[(cond) ? 1 : -1]
#endif

/* The alignment of a 64-bit integer in a struct, per ABI. */
#if defined(__i386__)  /* i386 */
# define IOMMU_ABI_U64_ALIGN 4
#else
# define IOMMU_ABI_U64_ALIGN 8
#endif

/* struct physdev_pci_device */
IOMMU_ABI_ASSERT(physdev_pci_device__size, sizeof(struct physdev_pci_device) == 4);
IOMMU_ABI_ASSERT(physdev_pci_device__seg, offsetof(struct physdev_pci_device, seg) == 0);
IOMMU_ABI_ASSERT(physdev_pci_device__seg__size, sizeof(((struct physdev_pci_device *)0)->seg) == 2);
IOMMU_ABI_ASSERT(physdev_pci_device__bus, offsetof(struct physdev_pci_device, bus) == 2);
IOMMU_ABI_ASSERT(physdev_pci_device__bus__size, sizeof(((struct physdev_pci_device *)0)->bus) == 1);
IOMMU_ABI_ASSERT(physdev_pci_device__devfn, offsetof(struct physdev_pci_device, devfn) == 3);
IOMMU_ABI_ASSERT(physdev_pci_device__devfn__size, sizeof(((struct physdev_pci_device *)0)->devfn) == 1);
struct iommu_abi_align_physdev_pci_device { char c; struct physdev_pci_device s; };
IOMMU_ABI_ASSERT(physdev_pci_device__align, offsetof(struct iommu_abi_align_physdev_pci_device, s) == 2);

/* struct pv_iommu_capabilities */
IOMMU_ABI_ASSERT(pv_iommu_capabilities__size, sizeof(struct pv_iommu_capabilities) == 24);
IOMMU_ABI_ASSERT(pv_iommu_capabilities__max_iova_addr, offsetof(struct pv_iommu_capabilities, max_iova_addr) == 0);
IOMMU_ABI_ASSERT(pv_iommu_capabilities__max_iova_addr__size, sizeof(((struct pv_iommu_capabilities *)0)->max_iova_addr) == 8);
IOMMU_ABI_ASSERT(pv_iommu_capabilities__cap_flags, offsetof(struct pv_iommu_capabilities, cap_flags) == 8);
IOMMU_ABI_ASSERT(pv_iommu_capabilities__cap_flags__size, sizeof(((struct pv_iommu_capabilities *)0)->cap_flags) == 4);
IOMMU_ABI_ASSERT(pv_iommu_capabilities__pgsize_mask, offsetof(struct pv_iommu_capabilities, pgsize_mask) == 12);
IOMMU_ABI_ASSERT(pv_iommu_capabilities__pgsize_mask__size, sizeof(((struct pv_iommu_capabilities *)0)->pgsize_mask) == 4);
IOMMU_ABI_ASSERT(pv_iommu_capabilities__max_pasid, offsetof(struct pv_iommu_capabilities, max_pasid) == 16);
IOMMU_ABI_ASSERT(pv_iommu_capabilities__max_pasid__size, sizeof(((struct pv_iommu_capabilities *)0)->max_pasid) == 4);
IOMMU_ABI_ASSERT(pv_iommu_capabilities__max_ctx_no, offsetof(struct pv_iommu_capabilities, max_ctx_no) == 20);
IOMMU_ABI_ASSERT(pv_iommu_capabilities__max_ctx_no__size, sizeof(((struct pv_iommu_capabilities *)0)->max_ctx_no) == 2);
IOMMU_ABI_ASSERT(pv_iommu_capabilities__pad0, offsetof(struct pv_iommu_capabilities, pad0) == 22);
IOMMU_ABI_ASSERT(pv_iommu_capabilities__pad0__size, sizeof(((struct pv_iommu_capabilities *)0)->pad0) == 2);
struct iommu_abi_align_pv_iommu_capabilities { char c; struct pv_iommu_capabilities s; };
IOMMU_ABI_ASSERT(pv_iommu_capabilities__align, offsetof(struct iommu_abi_align_pv_iommu_capabilities, s) == IOMMU_ABI_U64_ALIGN);

/* struct pv_iommu_init */
IOMMU_ABI_ASSERT(pv_iommu_init__size, sizeof(struct pv_iommu_init) == 8);
IOMMU_ABI_ASSERT(pv_iommu_init__max_ctx_no, offsetof(struct pv_iommu_init, max_ctx_no) == 0);
IOMMU_ABI_ASSERT(pv_iommu_init__max_ctx_no__size, sizeof(((struct pv_iommu_init *)0)->max_ctx_no) == 4);
IOMMU_ABI_ASSERT(pv_iommu_init__arena_order, offsetof(struct pv_iommu_init, arena_order) == 4);
IOMMU_ABI_ASSERT(pv_iommu_init__arena_order__size, sizeof(((struct pv_iommu_init *)0)->arena_order) == 4);
struct iommu_abi_align_pv_iommu_init { char c; struct pv_iommu_init s; };
IOMMU_ABI_ASSERT(pv_iommu_init__align, offsetof(struct iommu_abi_align_pv_iommu_init, s) == 4);

/* struct pv_iommu_alloc */
IOMMU_ABI_ASSERT(pv_iommu_alloc__size, sizeof(struct pv_iommu_alloc) == 8);
IOMMU_ABI_ASSERT(pv_iommu_alloc__ctx_no, offsetof(struct pv_iommu_alloc, ctx_no) == 0);
IOMMU_ABI_ASSERT(pv_iommu_alloc__ctx_no__size, sizeof(((struct pv_iommu_alloc *)0)->ctx_no) == 2);
IOMMU_ABI_ASSERT(pv_iommu_alloc__pad0, offsetof(struct pv_iommu_alloc, pad0) == 2);
IOMMU_ABI_ASSERT(pv_iommu_alloc__pad0__size, sizeof(((struct pv_iommu_alloc *)0)->pad0) == 2);
IOMMU_ABI_ASSERT(pv_iommu_alloc__alloc_flags, offsetof(struct pv_iommu_alloc, alloc_flags) == 4);
IOMMU_ABI_ASSERT(pv_iommu_alloc__alloc_flags__size, sizeof(((struct pv_iommu_alloc *)0)->alloc_flags) == 4);
struct iommu_abi_align_pv_iommu_alloc { char c; struct pv_iommu_alloc s; };
IOMMU_ABI_ASSERT(pv_iommu_alloc__align, offsetof(struct iommu_abi_align_pv_iommu_alloc, s) == 4);

/* struct pv_iommu_free */
IOMMU_ABI_ASSERT(pv_iommu_free__size, sizeof(struct pv_iommu_free) == 8);
IOMMU_ABI_ASSERT(pv_iommu_free__ctx_no, offsetof(struct pv_iommu_free, ctx_no) == 0);
IOMMU_ABI_ASSERT(pv_iommu_free__ctx_no__size, sizeof(((struct pv_iommu_free *)0)->ctx_no) == 2);
IOMMU_ABI_ASSERT(pv_iommu_free__pad0, offsetof(struct pv_iommu_free, pad0) == 2);
IOMMU_ABI_ASSERT(pv_iommu_free__pad0__size, sizeof(((struct pv_iommu_free *)0)->pad0) == 2);
IOMMU_ABI_ASSERT(pv_iommu_free__free_flags, offsetof(struct pv_iommu_free, free_flags) == 4);
IOMMU_ABI_ASSERT(pv_iommu_free__free_flags__size, sizeof(((struct pv_iommu_free *)0)->free_flags) == 4);
struct iommu_abi_align_pv_iommu_free { char c; struct pv_iommu_free s; };
IOMMU_ABI_ASSERT(pv_iommu_free__align, offsetof(struct iommu_abi_align_pv_iommu_free, s) == 4);

/* struct pv_iommu_map_pages */
IOMMU_ABI_ASSERT(pv_iommu_map_pages__size, sizeof(struct pv_iommu_map_pages) == 40);
IOMMU_ABI_ASSERT(pv_iommu_map_pages__gfn, offsetof(struct pv_iommu_map_pages, gfn) == 0);
IOMMU_ABI_ASSERT(pv_iommu_map_pages__gfn__size, sizeof(((struct pv_iommu_map_pages *)0)->gfn) == 8);
IOMMU_ABI_ASSERT(pv_iommu_map_pages__dfn, offsetof(struct pv_iommu_map_pages, dfn) == 8);
IOMMU_ABI_ASSERT(pv_iommu_map_pages__dfn__size, sizeof(((struct pv_iommu_map_pages *)0)->dfn) == 8);
IOMMU_ABI_ASSERT(pv_iommu_map_pages__map_flags, offsetof(struct pv_iommu_map_pages, map_flags) == 16);
IOMMU_ABI_ASSERT(pv_iommu_map_pages__map_flags__size, sizeof(((struct pv_iommu_map_pages *)0)->map_flags) == 4);
IOMMU_ABI_ASSERT(pv_iommu_map_pages__pgsize, offsetof(struct pv_iommu_map_pages, pgsize) == 20);
IOMMU_ABI_ASSERT(pv_iommu_map_pages__pgsize__size, sizeof(((struct pv_iommu_map_pages *)0)->pgsize) == 4);
IOMMU_ABI_ASSERT(pv_iommu_map_pages__nr_pages, offsetof(struct pv_iommu_map_pages, nr_pages) == 24);
IOMMU_ABI_ASSERT(pv_iommu_map_pages__nr_pages__size, sizeof(((struct pv_iommu_map_pages *)0)->nr_pages) == 4);
IOMMU_ABI_ASSERT(pv_iommu_map_pages__mapped, offsetof(struct pv_iommu_map_pages, mapped) == 28);
IOMMU_ABI_ASSERT(pv_iommu_map_pages__mapped__size, sizeof(((struct pv_iommu_map_pages *)0)->mapped) == 4);
IOMMU_ABI_ASSERT(pv_iommu_map_pages__ctx_no, offsetof(struct pv_iommu_map_pages, ctx_no) == 32);
IOMMU_ABI_ASSERT(pv_iommu_map_pages__ctx_no__size, sizeof(((struct pv_iommu_map_pages *)0)->ctx_no) == 2);
IOMMU_ABI_ASSERT(pv_iommu_map_pages__pad0, offsetof(struct pv_iommu_map_pages, pad0) == 34);
IOMMU_ABI_ASSERT(pv_iommu_map_pages__pad0__size, sizeof(((struct pv_iommu_map_pages *)0)->pad0) == 2);
IOMMU_ABI_ASSERT(pv_iommu_map_pages__pad1, offsetof(struct pv_iommu_map_pages, pad1) == 36);
IOMMU_ABI_ASSERT(pv_iommu_map_pages__pad1__size, sizeof(((struct pv_iommu_map_pages *)0)->pad1) == 4);
struct iommu_abi_align_pv_iommu_map_pages { char c; struct pv_iommu_map_pages s; };
IOMMU_ABI_ASSERT(pv_iommu_map_pages__align, offsetof(struct iommu_abi_align_pv_iommu_map_pages, s) == IOMMU_ABI_U64_ALIGN);

/* struct pv_iommu_unmap_pages */
IOMMU_ABI_ASSERT(pv_iommu_unmap_pages__size, sizeof(struct pv_iommu_unmap_pages) == 24);
IOMMU_ABI_ASSERT(pv_iommu_unmap_pages__dfn, offsetof(struct pv_iommu_unmap_pages, dfn) == 0);
IOMMU_ABI_ASSERT(pv_iommu_unmap_pages__dfn__size, sizeof(((struct pv_iommu_unmap_pages *)0)->dfn) == 8);
IOMMU_ABI_ASSERT(pv_iommu_unmap_pages__pgsize, offsetof(struct pv_iommu_unmap_pages, pgsize) == 8);
IOMMU_ABI_ASSERT(pv_iommu_unmap_pages__pgsize__size, sizeof(((struct pv_iommu_unmap_pages *)0)->pgsize) == 4);
IOMMU_ABI_ASSERT(pv_iommu_unmap_pages__nr_pages, offsetof(struct pv_iommu_unmap_pages, nr_pages) == 12);
IOMMU_ABI_ASSERT(pv_iommu_unmap_pages__nr_pages__size, sizeof(((struct pv_iommu_unmap_pages *)0)->nr_pages) == 4);
IOMMU_ABI_ASSERT(pv_iommu_unmap_pages__unmapped, offsetof(struct pv_iommu_unmap_pages, unmapped) == 16);
IOMMU_ABI_ASSERT(pv_iommu_unmap_pages__unmapped__size, sizeof(((struct pv_iommu_unmap_pages *)0)->unmapped) == 4);
IOMMU_ABI_ASSERT(pv_iommu_unmap_pages__ctx_no, offsetof(struct pv_iommu_unmap_pages, ctx_no) == 20);
IOMMU_ABI_ASSERT(pv_iommu_unmap_pages__ctx_no__size, sizeof(((struct pv_iommu_unmap_pages *)0)->ctx_no) == 2);
IOMMU_ABI_ASSERT(pv_iommu_unmap_pages__pad0, offsetof(struct pv_iommu_unmap_pages, pad0) == 22);
IOMMU_ABI_ASSERT(pv_iommu_unmap_pages__pad0__size, sizeof(((struct pv_iommu_unmap_pages *)0)->pad0) == 2);
struct iommu_abi_align_pv_iommu_unmap_pages { char c; struct pv_iommu_unmap_pages s; };
IOMMU_ABI_ASSERT(pv_iommu_unmap_pages__align, offsetof(struct iommu_abi_align_pv_iommu_unmap_pages, s) == IOMMU_ABI_U64_ALIGN);

/* struct pv_iommu_reattach_device */
IOMMU_ABI_ASSERT(pv_iommu_reattach_device__size, sizeof(struct pv_iommu_reattach_device) == 12);
IOMMU_ABI_ASSERT(pv_iommu_reattach_device__ctx_no, offsetof(struct pv_iommu_reattach_device, ctx_no) == 0);
IOMMU_ABI_ASSERT(pv_iommu_reattach_device__ctx_no__size, sizeof(((struct pv_iommu_reattach_device *)0)->ctx_no) == 2);
IOMMU_ABI_ASSERT(pv_iommu_reattach_device__dev, offsetof(struct pv_iommu_reattach_device, dev) == 2);
IOMMU_ABI_ASSERT(pv_iommu_reattach_device__dev__size, sizeof(((struct pv_iommu_reattach_device *)0)->dev) == 4);
IOMMU_ABI_ASSERT(pv_iommu_reattach_device__pad0, offsetof(struct pv_iommu_reattach_device, pad0) == 6);
IOMMU_ABI_ASSERT(pv_iommu_reattach_device__pad0__size, sizeof(((struct pv_iommu_reattach_device *)0)->pad0) == 2);
IOMMU_ABI_ASSERT(pv_iommu_reattach_device__pasid, offsetof(struct pv_iommu_reattach_device, pasid) == 8);
IOMMU_ABI_ASSERT(pv_iommu_reattach_device__pasid__size, sizeof(((struct pv_iommu_reattach_device *)0)->pasid) == 4);
struct iommu_abi_align_pv_iommu_reattach_device { char c; struct pv_iommu_reattach_device s; };
IOMMU_ABI_ASSERT(pv_iommu_reattach_device__align, offsetof(struct iommu_abi_align_pv_iommu_reattach_device, s) == 4);

/* struct pv_iommu_remote_cmd */
IOMMU_ABI_ASSERT(pv_iommu_remote_cmd__size, sizeof(struct pv_iommu_remote_cmd) == 16);
IOMMU_ABI_ASSERT(pv_iommu_remote_cmd__domid, offsetof(struct pv_iommu_remote_cmd, domid) == 0);
IOMMU_ABI_ASSERT(pv_iommu_remote_cmd__domid__size, sizeof(((struct pv_iommu_remote_cmd *)0)->domid) == 2);
IOMMU_ABI_ASSERT(pv_iommu_remote_cmd__subop, offsetof(struct pv_iommu_remote_cmd, subop) == 2);
IOMMU_ABI_ASSERT(pv_iommu_remote_cmd__subop__size, sizeof(((struct pv_iommu_remote_cmd *)0)->subop) == 2);
IOMMU_ABI_ASSERT(pv_iommu_remote_cmd__pad0, offsetof(struct pv_iommu_remote_cmd, pad0) == 4);
IOMMU_ABI_ASSERT(pv_iommu_remote_cmd__pad0__size, sizeof(((struct pv_iommu_remote_cmd *)0)->pad0) == 4);
IOMMU_ABI_ASSERT(pv_iommu_remote_cmd__arg, offsetof(struct pv_iommu_remote_cmd, arg) == 8);
IOMMU_ABI_ASSERT(pv_iommu_remote_cmd__arg__size, sizeof(((struct pv_iommu_remote_cmd *)0)->arg) == 8);
struct iommu_abi_align_pv_iommu_remote_cmd { char c; struct pv_iommu_remote_cmd s; };
IOMMU_ABI_ASSERT(pv_iommu_remote_cmd__align, offsetof(struct iommu_abi_align_pv_iommu_remote_cmd, s) == IOMMU_ABI_U64_ALIGN);

/* struct pv_iommu_alloc_nested */
IOMMU_ABI_ASSERT(pv_iommu_alloc_nested__size, sizeof(struct pv_iommu_alloc_nested) == 24);
IOMMU_ABI_ASSERT(pv_iommu_alloc_nested__pgtable_gfn, offsetof(struct pv_iommu_alloc_nested, pgtable_gfn) == 0);
IOMMU_ABI_ASSERT(pv_iommu_alloc_nested__pgtable_gfn__size, sizeof(((struct pv_iommu_alloc_nested *)0)->pgtable_gfn) == 8);
IOMMU_ABI_ASSERT(pv_iommu_alloc_nested__nested_flags, offsetof(struct pv_iommu_alloc_nested, nested_flags) == 8);
IOMMU_ABI_ASSERT(pv_iommu_alloc_nested__nested_flags__size, sizeof(((struct pv_iommu_alloc_nested *)0)->nested_flags) == 8);
IOMMU_ABI_ASSERT(pv_iommu_alloc_nested__ctx_no, offsetof(struct pv_iommu_alloc_nested, ctx_no) == 16);
IOMMU_ABI_ASSERT(pv_iommu_alloc_nested__ctx_no__size, sizeof(((struct pv_iommu_alloc_nested *)0)->ctx_no) == 2);
IOMMU_ABI_ASSERT(pv_iommu_alloc_nested__pad0, offsetof(struct pv_iommu_alloc_nested, pad0) == 18);
IOMMU_ABI_ASSERT(pv_iommu_alloc_nested__pad0__size, sizeof(((struct pv_iommu_alloc_nested *)0)->pad0) == 2);
IOMMU_ABI_ASSERT(pv_iommu_alloc_nested__pad1, offsetof(struct pv_iommu_alloc_nested, pad1) == 20);
IOMMU_ABI_ASSERT(pv_iommu_alloc_nested__pad1__size, sizeof(((struct pv_iommu_alloc_nested *)0)->pad1) == 4);
struct iommu_abi_align_pv_iommu_alloc_nested { char c; struct pv_iommu_alloc_nested s; };
IOMMU_ABI_ASSERT(pv_iommu_alloc_nested__align, offsetof(struct iommu_abi_align_pv_iommu_alloc_nested, s) == IOMMU_ABI_U64_ALIGN);

/* struct pv_iommu_flush_nested */
IOMMU_ABI_ASSERT(pv_iommu_flush_nested__size, sizeof(struct pv_iommu_flush_nested) == 4);
IOMMU_ABI_ASSERT(pv_iommu_flush_nested__ctx_no, offsetof(struct pv_iommu_flush_nested, ctx_no) == 0);
IOMMU_ABI_ASSERT(pv_iommu_flush_nested__ctx_no__size, sizeof(((struct pv_iommu_flush_nested *)0)->ctx_no) == 2);
IOMMU_ABI_ASSERT(pv_iommu_flush_nested__pad0, offsetof(struct pv_iommu_flush_nested, pad0) == 2);
IOMMU_ABI_ASSERT(pv_iommu_flush_nested__pad0__size, sizeof(((struct pv_iommu_flush_nested *)0)->pad0) == 2);
struct iommu_abi_align_pv_iommu_flush_nested { char c; struct pv_iommu_flush_nested s; };
IOMMU_ABI_ASSERT(pv_iommu_flush_nested__align, offsetof(struct iommu_abi_align_pv_iommu_flush_nested, s) == 2);

/* struct pv_iommu_attach_pasid */
IOMMU_ABI_ASSERT(pv_iommu_attach_pasid__size, sizeof(struct pv_iommu_attach_pasid) == 12);
IOMMU_ABI_ASSERT(pv_iommu_attach_pasid__ctx_no, offsetof(struct pv_iommu_attach_pasid, ctx_no) == 0);
IOMMU_ABI_ASSERT(pv_iommu_attach_pasid__ctx_no__size, sizeof(((struct pv_iommu_attach_pasid *)0)->ctx_no) == 2);
IOMMU_ABI_ASSERT(pv_iommu_attach_pasid__dev, offsetof(struct pv_iommu_attach_pasid, dev) == 2);
IOMMU_ABI_ASSERT(pv_iommu_attach_pasid__dev__size, sizeof(((struct pv_iommu_attach_pasid *)0)->dev) == 4);
IOMMU_ABI_ASSERT(pv_iommu_attach_pasid__pad0, offsetof(struct pv_iommu_attach_pasid, pad0) == 6);
IOMMU_ABI_ASSERT(pv_iommu_attach_pasid__pad0__size, sizeof(((struct pv_iommu_attach_pasid *)0)->pad0) == 2);
IOMMU_ABI_ASSERT(pv_iommu_attach_pasid__pasid, offsetof(struct pv_iommu_attach_pasid, pasid) == 8);
IOMMU_ABI_ASSERT(pv_iommu_attach_pasid__pasid__size, sizeof(((struct pv_iommu_attach_pasid *)0)->pasid) == 4);
struct iommu_abi_align_pv_iommu_attach_pasid { char c; struct pv_iommu_attach_pasid s; };
IOMMU_ABI_ASSERT(pv_iommu_attach_pasid__align, offsetof(struct iommu_abi_align_pv_iommu_attach_pasid, s) == 4);

/* struct pv_iommu_detach_pasid */
IOMMU_ABI_ASSERT(pv_iommu_detach_pasid__size, sizeof(struct pv_iommu_detach_pasid) == 8);
IOMMU_ABI_ASSERT(pv_iommu_detach_pasid__dev, offsetof(struct pv_iommu_detach_pasid, dev) == 0);
IOMMU_ABI_ASSERT(pv_iommu_detach_pasid__dev__size, sizeof(((struct pv_iommu_detach_pasid *)0)->dev) == 4);
IOMMU_ABI_ASSERT(pv_iommu_detach_pasid__pasid, offsetof(struct pv_iommu_detach_pasid, pasid) == 4);
IOMMU_ABI_ASSERT(pv_iommu_detach_pasid__pasid__size, sizeof(((struct pv_iommu_detach_pasid *)0)->pasid) == 4);
struct iommu_abi_align_pv_iommu_detach_pasid { char c; struct pv_iommu_detach_pasid s; };
IOMMU_ABI_ASSERT(pv_iommu_detach_pasid__align, offsetof(struct iommu_abi_align_pv_iommu_detach_pasid, s) == 4);
