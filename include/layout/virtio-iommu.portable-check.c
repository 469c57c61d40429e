/* SPDX-License-Identifier: MIT */
/*
 * layout/virtio-iommu.portable-check.c - layout assertions for iommu-abi/virtio_iommu.h
 *
 * Generated from spec/virtio-iommu.yaml by gen/iommu-abi-gen: do not edit.
 * Compiling this file for a target proves that the portable flavor has, on
 * that target, the size, alignment and field offsets of
 * layout/virtio-iommu.json. C89: a failed assertion is an array of negative
 * size.
 */

#include <stddef.h>
#include <iommu-abi/virtio_iommu.h>

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

/* struct virtio_iommu_range_64 */
IOMMU_ABI_ASSERT(virtio_iommu_range_64__size, sizeof(struct virtio_iommu_range_64) == 16);
IOMMU_ABI_ASSERT(virtio_iommu_range_64__start, offsetof(struct virtio_iommu_range_64, start) == 0);
IOMMU_ABI_ASSERT(virtio_iommu_range_64__start__size, sizeof(((struct virtio_iommu_range_64 *)0)->start) == 8);
IOMMU_ABI_ASSERT(virtio_iommu_range_64__end, offsetof(struct virtio_iommu_range_64, end) == 8);
IOMMU_ABI_ASSERT(virtio_iommu_range_64__end__size, sizeof(((struct virtio_iommu_range_64 *)0)->end) == 8);
struct iommu_abi_align_virtio_iommu_range_64 { char c; struct virtio_iommu_range_64 s; };
IOMMU_ABI_ASSERT(virtio_iommu_range_64__align, offsetof(struct iommu_abi_align_virtio_iommu_range_64, s) == IOMMU_ABI_U64_ALIGN);

/* struct virtio_iommu_range_32 */
IOMMU_ABI_ASSERT(virtio_iommu_range_32__size, sizeof(struct virtio_iommu_range_32) == 8);
IOMMU_ABI_ASSERT(virtio_iommu_range_32__start, offsetof(struct virtio_iommu_range_32, start) == 0);
IOMMU_ABI_ASSERT(virtio_iommu_range_32__start__size, sizeof(((struct virtio_iommu_range_32 *)0)->start) == 4);
IOMMU_ABI_ASSERT(virtio_iommu_range_32__end, offsetof(struct virtio_iommu_range_32, end) == 4);
IOMMU_ABI_ASSERT(virtio_iommu_range_32__end__size, sizeof(((struct virtio_iommu_range_32 *)0)->end) == 4);
struct iommu_abi_align_virtio_iommu_range_32 { char c; struct virtio_iommu_range_32 s; };
IOMMU_ABI_ASSERT(virtio_iommu_range_32__align, offsetof(struct iommu_abi_align_virtio_iommu_range_32, s) == 4);

/* struct virtio_iommu_config */
IOMMU_ABI_ASSERT(virtio_iommu_config__size, sizeof(struct virtio_iommu_config) == 40);
IOMMU_ABI_ASSERT(virtio_iommu_config__page_size_mask, offsetof(struct virtio_iommu_config, page_size_mask) == 0);
IOMMU_ABI_ASSERT(virtio_iommu_config__page_size_mask__size, sizeof(((struct virtio_iommu_config *)0)->page_size_mask) == 8);
IOMMU_ABI_ASSERT(virtio_iommu_config__input_range, offsetof(struct virtio_iommu_config, input_range) == 8);
IOMMU_ABI_ASSERT(virtio_iommu_config__input_range__size, sizeof(((struct virtio_iommu_config *)0)->input_range) == 16);
IOMMU_ABI_ASSERT(virtio_iommu_config__domain_range, offsetof(struct virtio_iommu_config, domain_range) == 24);
IOMMU_ABI_ASSERT(virtio_iommu_config__domain_range__size, sizeof(((struct virtio_iommu_config *)0)->domain_range) == 8);
IOMMU_ABI_ASSERT(virtio_iommu_config__probe_size, offsetof(struct virtio_iommu_config, probe_size) == 32);
IOMMU_ABI_ASSERT(virtio_iommu_config__probe_size__size, sizeof(((struct virtio_iommu_config *)0)->probe_size) == 4);
IOMMU_ABI_ASSERT(virtio_iommu_config__bypass, offsetof(struct virtio_iommu_config, bypass) == 36);
IOMMU_ABI_ASSERT(virtio_iommu_config__bypass__size, sizeof(((struct virtio_iommu_config *)0)->bypass) == 1);
IOMMU_ABI_ASSERT(virtio_iommu_config__reserved, offsetof(struct virtio_iommu_config, reserved) == 37);
IOMMU_ABI_ASSERT(virtio_iommu_config__reserved__size, sizeof(((struct virtio_iommu_config *)0)->reserved) == 3);
IOMMU_ABI_ASSERT(virtio_iommu_config__ver0, VIRTIO_IOMMU_CONFIG_SIZE_VER0 == 36 && offsetof(struct virtio_iommu_config, bypass) == 36);
IOMMU_ABI_ASSERT(virtio_iommu_config__ver1, VIRTIO_IOMMU_CONFIG_SIZE_VER1 == 40 && sizeof(struct virtio_iommu_config) == 40);
struct iommu_abi_align_virtio_iommu_config { char c; struct virtio_iommu_config s; };
IOMMU_ABI_ASSERT(virtio_iommu_config__align, offsetof(struct iommu_abi_align_virtio_iommu_config, s) == IOMMU_ABI_U64_ALIGN);

/* struct virtio_iommu_req_head */
IOMMU_ABI_ASSERT(virtio_iommu_req_head__size, sizeof(struct virtio_iommu_req_head) == 4);
IOMMU_ABI_ASSERT(virtio_iommu_req_head__type, offsetof(struct virtio_iommu_req_head, type) == 0);
IOMMU_ABI_ASSERT(virtio_iommu_req_head__type__size, sizeof(((struct virtio_iommu_req_head *)0)->type) == 1);
IOMMU_ABI_ASSERT(virtio_iommu_req_head__reserved, offsetof(struct virtio_iommu_req_head, reserved) == 1);
IOMMU_ABI_ASSERT(virtio_iommu_req_head__reserved__size, sizeof(((struct virtio_iommu_req_head *)0)->reserved) == 3);
struct iommu_abi_align_virtio_iommu_req_head { char c; struct virtio_iommu_req_head s; };
IOMMU_ABI_ASSERT(virtio_iommu_req_head__align, offsetof(struct iommu_abi_align_virtio_iommu_req_head, s) == 1);

/* struct virtio_iommu_req_tail */
IOMMU_ABI_ASSERT(virtio_iommu_req_tail__size, sizeof(struct virtio_iommu_req_tail) == 4);
IOMMU_ABI_ASSERT(virtio_iommu_req_tail__status, offsetof(struct virtio_iommu_req_tail, status) == 0);
IOMMU_ABI_ASSERT(virtio_iommu_req_tail__status__size, sizeof(((struct virtio_iommu_req_tail *)0)->status) == 1);
IOMMU_ABI_ASSERT(virtio_iommu_req_tail__reserved, offsetof(struct virtio_iommu_req_tail, reserved) == 1);
IOMMU_ABI_ASSERT(virtio_iommu_req_tail__reserved__size, sizeof(((struct virtio_iommu_req_tail *)0)->reserved) == 3);
struct iommu_abi_align_virtio_iommu_req_tail { char c; struct virtio_iommu_req_tail s; };
IOMMU_ABI_ASSERT(virtio_iommu_req_tail__align, offsetof(struct iommu_abi_align_virtio_iommu_req_tail, s) == 1);

/* struct virtio_iommu_req_attach */
IOMMU_ABI_ASSERT(virtio_iommu_req_attach__size, sizeof(struct virtio_iommu_req_attach) == 24);
IOMMU_ABI_ASSERT(virtio_iommu_req_attach__head, offsetof(struct virtio_iommu_req_attach, head) == 0);
IOMMU_ABI_ASSERT(virtio_iommu_req_attach__head__size, sizeof(((struct virtio_iommu_req_attach *)0)->head) == 4);
IOMMU_ABI_ASSERT(virtio_iommu_req_attach__domain, offsetof(struct virtio_iommu_req_attach, domain) == 4);
IOMMU_ABI_ASSERT(virtio_iommu_req_attach__domain__size, sizeof(((struct virtio_iommu_req_attach *)0)->domain) == 4);
IOMMU_ABI_ASSERT(virtio_iommu_req_attach__endpoint, offsetof(struct virtio_iommu_req_attach, endpoint) == 8);
IOMMU_ABI_ASSERT(virtio_iommu_req_attach__endpoint__size, sizeof(((struct virtio_iommu_req_attach *)0)->endpoint) == 4);
IOMMU_ABI_ASSERT(virtio_iommu_req_attach__flags, offsetof(struct virtio_iommu_req_attach, flags) == 12);
IOMMU_ABI_ASSERT(virtio_iommu_req_attach__flags__size, sizeof(((struct virtio_iommu_req_attach *)0)->flags) == 4);
IOMMU_ABI_ASSERT(virtio_iommu_req_attach__reserved, offsetof(struct virtio_iommu_req_attach, reserved) == 16);
IOMMU_ABI_ASSERT(virtio_iommu_req_attach__reserved__size, sizeof(((struct virtio_iommu_req_attach *)0)->reserved) == 4);
IOMMU_ABI_ASSERT(virtio_iommu_req_attach__tail, offsetof(struct virtio_iommu_req_attach, tail) == 20);
IOMMU_ABI_ASSERT(virtio_iommu_req_attach__tail__size, sizeof(((struct virtio_iommu_req_attach *)0)->tail) == 4);
struct iommu_abi_align_virtio_iommu_req_attach { char c; struct virtio_iommu_req_attach s; };
IOMMU_ABI_ASSERT(virtio_iommu_req_attach__align, offsetof(struct iommu_abi_align_virtio_iommu_req_attach, s) == 4);

/* struct virtio_iommu_req_detach */
IOMMU_ABI_ASSERT(virtio_iommu_req_detach__size, sizeof(struct virtio_iommu_req_detach) == 24);
IOMMU_ABI_ASSERT(virtio_iommu_req_detach__head, offsetof(struct virtio_iommu_req_detach, head) == 0);
IOMMU_ABI_ASSERT(virtio_iommu_req_detach__head__size, sizeof(((struct virtio_iommu_req_detach *)0)->head) == 4);
IOMMU_ABI_ASSERT(virtio_iommu_req_detach__domain, offsetof(struct virtio_iommu_req_detach, domain) == 4);
IOMMU_ABI_ASSERT(virtio_iommu_req_detach__domain__size, sizeof(((struct virtio_iommu_req_detach *)0)->domain) == 4);
IOMMU_ABI_ASSERT(virtio_iommu_req_detach__endpoint, offsetof(struct virtio_iommu_req_detach, endpoint) == 8);
IOMMU_ABI_ASSERT(virtio_iommu_req_detach__endpoint__size, sizeof(((struct virtio_iommu_req_detach *)0)->endpoint) == 4);
IOMMU_ABI_ASSERT(virtio_iommu_req_detach__reserved, offsetof(struct virtio_iommu_req_detach, reserved) == 12);
IOMMU_ABI_ASSERT(virtio_iommu_req_detach__reserved__size, sizeof(((struct virtio_iommu_req_detach *)0)->reserved) == 8);
IOMMU_ABI_ASSERT(virtio_iommu_req_detach__tail, offsetof(struct virtio_iommu_req_detach, tail) == 20);
IOMMU_ABI_ASSERT(virtio_iommu_req_detach__tail__size, sizeof(((struct virtio_iommu_req_detach *)0)->tail) == 4);
struct iommu_abi_align_virtio_iommu_req_detach { char c; struct virtio_iommu_req_detach s; };
IOMMU_ABI_ASSERT(virtio_iommu_req_detach__align, offsetof(struct iommu_abi_align_virtio_iommu_req_detach, s) == 4);

/* struct virtio_iommu_req_map */
IOMMU_ABI_ASSERT(virtio_iommu_req_map__size, sizeof(struct virtio_iommu_req_map) == 40);
IOMMU_ABI_ASSERT(virtio_iommu_req_map__head, offsetof(struct virtio_iommu_req_map, head) == 0);
IOMMU_ABI_ASSERT(virtio_iommu_req_map__head__size, sizeof(((struct virtio_iommu_req_map *)0)->head) == 4);
IOMMU_ABI_ASSERT(virtio_iommu_req_map__domain, offsetof(struct virtio_iommu_req_map, domain) == 4);
IOMMU_ABI_ASSERT(virtio_iommu_req_map__domain__size, sizeof(((struct virtio_iommu_req_map *)0)->domain) == 4);
IOMMU_ABI_ASSERT(virtio_iommu_req_map__virt_start, offsetof(struct virtio_iommu_req_map, virt_start) == 8);
IOMMU_ABI_ASSERT(virtio_iommu_req_map__virt_start__size, sizeof(((struct virtio_iommu_req_map *)0)->virt_start) == 8);
IOMMU_ABI_ASSERT(virtio_iommu_req_map__virt_end, offsetof(struct virtio_iommu_req_map, virt_end) == 16);
IOMMU_ABI_ASSERT(virtio_iommu_req_map__virt_end__size, sizeof(((struct virtio_iommu_req_map *)0)->virt_end) == 8);
IOMMU_ABI_ASSERT(virtio_iommu_req_map__phys_start, offsetof(struct virtio_iommu_req_map, phys_start) == 24);
IOMMU_ABI_ASSERT(virtio_iommu_req_map__phys_start__size, sizeof(((struct virtio_iommu_req_map *)0)->phys_start) == 8);
IOMMU_ABI_ASSERT(virtio_iommu_req_map__flags, offsetof(struct virtio_iommu_req_map, flags) == 32);
IOMMU_ABI_ASSERT(virtio_iommu_req_map__flags__size, sizeof(((struct virtio_iommu_req_map *)0)->flags) == 4);
IOMMU_ABI_ASSERT(virtio_iommu_req_map__tail, offsetof(struct virtio_iommu_req_map, tail) == 36);
IOMMU_ABI_ASSERT(virtio_iommu_req_map__tail__size, sizeof(((struct virtio_iommu_req_map *)0)->tail) == 4);
struct iommu_abi_align_virtio_iommu_req_map { char c; struct virtio_iommu_req_map s; };
IOMMU_ABI_ASSERT(virtio_iommu_req_map__align, offsetof(struct iommu_abi_align_virtio_iommu_req_map, s) == IOMMU_ABI_U64_ALIGN);

/* struct virtio_iommu_req_unmap */
IOMMU_ABI_ASSERT(virtio_iommu_req_unmap__size, sizeof(struct virtio_iommu_req_unmap) == 32);
IOMMU_ABI_ASSERT(virtio_iommu_req_unmap__head, offsetof(struct virtio_iommu_req_unmap, head) == 0);
IOMMU_ABI_ASSERT(virtio_iommu_req_unmap__head__size, sizeof(((struct virtio_iommu_req_unmap *)0)->head) == 4);
IOMMU_ABI_ASSERT(virtio_iommu_req_unmap__domain, offsetof(struct virtio_iommu_req_unmap, domain) == 4);
IOMMU_ABI_ASSERT(virtio_iommu_req_unmap__domain__size, sizeof(((struct virtio_iommu_req_unmap *)0)->domain) == 4);
IOMMU_ABI_ASSERT(virtio_iommu_req_unmap__virt_start, offsetof(struct virtio_iommu_req_unmap, virt_start) == 8);
IOMMU_ABI_ASSERT(virtio_iommu_req_unmap__virt_start__size, sizeof(((struct virtio_iommu_req_unmap *)0)->virt_start) == 8);
IOMMU_ABI_ASSERT(virtio_iommu_req_unmap__virt_end, offsetof(struct virtio_iommu_req_unmap, virt_end) == 16);
IOMMU_ABI_ASSERT(virtio_iommu_req_unmap__virt_end__size, sizeof(((struct virtio_iommu_req_unmap *)0)->virt_end) == 8);
IOMMU_ABI_ASSERT(virtio_iommu_req_unmap__reserved, offsetof(struct virtio_iommu_req_unmap, reserved) == 24);
IOMMU_ABI_ASSERT(virtio_iommu_req_unmap__reserved__size, sizeof(((struct virtio_iommu_req_unmap *)0)->reserved) == 4);
IOMMU_ABI_ASSERT(virtio_iommu_req_unmap__tail, offsetof(struct virtio_iommu_req_unmap, tail) == 28);
IOMMU_ABI_ASSERT(virtio_iommu_req_unmap__tail__size, sizeof(((struct virtio_iommu_req_unmap *)0)->tail) == 4);
struct iommu_abi_align_virtio_iommu_req_unmap { char c; struct virtio_iommu_req_unmap s; };
IOMMU_ABI_ASSERT(virtio_iommu_req_unmap__align, offsetof(struct iommu_abi_align_virtio_iommu_req_unmap, s) == IOMMU_ABI_U64_ALIGN);

/* struct virtio_iommu_probe_property */
IOMMU_ABI_ASSERT(virtio_iommu_probe_property__size, sizeof(struct virtio_iommu_probe_property) == 4);
IOMMU_ABI_ASSERT(virtio_iommu_probe_property__type, offsetof(struct virtio_iommu_probe_property, type) == 0);
IOMMU_ABI_ASSERT(virtio_iommu_probe_property__type__size, sizeof(((struct virtio_iommu_probe_property *)0)->type) == 2);
IOMMU_ABI_ASSERT(virtio_iommu_probe_property__length, offsetof(struct virtio_iommu_probe_property, length) == 2);
IOMMU_ABI_ASSERT(virtio_iommu_probe_property__length__size, sizeof(((struct virtio_iommu_probe_property *)0)->length) == 2);
struct iommu_abi_align_virtio_iommu_probe_property { char c; struct virtio_iommu_probe_property s; };
IOMMU_ABI_ASSERT(virtio_iommu_probe_property__align, offsetof(struct iommu_abi_align_virtio_iommu_probe_property, s) == 2);

/* struct virtio_iommu_probe_resv_mem */
IOMMU_ABI_ASSERT(virtio_iommu_probe_resv_mem__size, sizeof(struct virtio_iommu_probe_resv_mem) == 24);
IOMMU_ABI_ASSERT(virtio_iommu_probe_resv_mem__head, offsetof(struct virtio_iommu_probe_resv_mem, head) == 0);
IOMMU_ABI_ASSERT(virtio_iommu_probe_resv_mem__head__size, sizeof(((struct virtio_iommu_probe_resv_mem *)0)->head) == 4);
IOMMU_ABI_ASSERT(virtio_iommu_probe_resv_mem__subtype, offsetof(struct virtio_iommu_probe_resv_mem, subtype) == 4);
IOMMU_ABI_ASSERT(virtio_iommu_probe_resv_mem__subtype__size, sizeof(((struct virtio_iommu_probe_resv_mem *)0)->subtype) == 1);
IOMMU_ABI_ASSERT(virtio_iommu_probe_resv_mem__reserved, offsetof(struct virtio_iommu_probe_resv_mem, reserved) == 5);
IOMMU_ABI_ASSERT(virtio_iommu_probe_resv_mem__reserved__size, sizeof(((struct virtio_iommu_probe_resv_mem *)0)->reserved) == 3);
IOMMU_ABI_ASSERT(virtio_iommu_probe_resv_mem__start, offsetof(struct virtio_iommu_probe_resv_mem, start) == 8);
IOMMU_ABI_ASSERT(virtio_iommu_probe_resv_mem__start__size, sizeof(((struct virtio_iommu_probe_resv_mem *)0)->start) == 8);
IOMMU_ABI_ASSERT(virtio_iommu_probe_resv_mem__end, offsetof(struct virtio_iommu_probe_resv_mem, end) == 16);
IOMMU_ABI_ASSERT(virtio_iommu_probe_resv_mem__end__size, sizeof(((struct virtio_iommu_probe_resv_mem *)0)->end) == 8);
struct iommu_abi_align_virtio_iommu_probe_resv_mem { char c; struct virtio_iommu_probe_resv_mem s; };
IOMMU_ABI_ASSERT(virtio_iommu_probe_resv_mem__align, offsetof(struct iommu_abi_align_virtio_iommu_probe_resv_mem, s) == IOMMU_ABI_U64_ALIGN);

/* struct virtio_iommu_req_probe */
IOMMU_ABI_ASSERT(virtio_iommu_req_probe__size, sizeof(struct virtio_iommu_req_probe) == 72);
IOMMU_ABI_ASSERT(virtio_iommu_req_probe__head, offsetof(struct virtio_iommu_req_probe, head) == 0);
IOMMU_ABI_ASSERT(virtio_iommu_req_probe__head__size, sizeof(((struct virtio_iommu_req_probe *)0)->head) == 4);
IOMMU_ABI_ASSERT(virtio_iommu_req_probe__endpoint, offsetof(struct virtio_iommu_req_probe, endpoint) == 4);
IOMMU_ABI_ASSERT(virtio_iommu_req_probe__endpoint__size, sizeof(((struct virtio_iommu_req_probe *)0)->endpoint) == 4);
IOMMU_ABI_ASSERT(virtio_iommu_req_probe__reserved, offsetof(struct virtio_iommu_req_probe, reserved) == 8);
IOMMU_ABI_ASSERT(virtio_iommu_req_probe__reserved__size, sizeof(((struct virtio_iommu_req_probe *)0)->reserved) == 64);
struct iommu_abi_align_virtio_iommu_req_probe { char c; struct virtio_iommu_req_probe s; };
IOMMU_ABI_ASSERT(virtio_iommu_req_probe__align, offsetof(struct iommu_abi_align_virtio_iommu_req_probe, s) == 4);

/* struct virtio_iommu_fault */
IOMMU_ABI_ASSERT(virtio_iommu_fault__size, sizeof(struct virtio_iommu_fault) == 24);
IOMMU_ABI_ASSERT(virtio_iommu_fault__reason, offsetof(struct virtio_iommu_fault, reason) == 0);
IOMMU_ABI_ASSERT(virtio_iommu_fault__reason__size, sizeof(((struct virtio_iommu_fault *)0)->reason) == 1);
IOMMU_ABI_ASSERT(virtio_iommu_fault__reserved, offsetof(struct virtio_iommu_fault, reserved) == 1);
IOMMU_ABI_ASSERT(virtio_iommu_fault__reserved__size, sizeof(((struct virtio_iommu_fault *)0)->reserved) == 3);
IOMMU_ABI_ASSERT(virtio_iommu_fault__flags, offsetof(struct virtio_iommu_fault, flags) == 4);
IOMMU_ABI_ASSERT(virtio_iommu_fault__flags__size, sizeof(((struct virtio_iommu_fault *)0)->flags) == 4);
IOMMU_ABI_ASSERT(virtio_iommu_fault__endpoint, offsetof(struct virtio_iommu_fault, endpoint) == 8);
IOMMU_ABI_ASSERT(virtio_iommu_fault__endpoint__size, sizeof(((struct virtio_iommu_fault *)0)->endpoint) == 4);
IOMMU_ABI_ASSERT(virtio_iommu_fault__reserved2, offsetof(struct virtio_iommu_fault, reserved2) == 12);
IOMMU_ABI_ASSERT(virtio_iommu_fault__reserved2__size, sizeof(((struct virtio_iommu_fault *)0)->reserved2) == 4);
IOMMU_ABI_ASSERT(virtio_iommu_fault__address, offsetof(struct virtio_iommu_fault, address) == 16);
IOMMU_ABI_ASSERT(virtio_iommu_fault__address__size, sizeof(((struct virtio_iommu_fault *)0)->address) == 8);
struct iommu_abi_align_virtio_iommu_fault { char c; struct virtio_iommu_fault s; };
IOMMU_ABI_ASSERT(virtio_iommu_fault__align, offsetof(struct iommu_abi_align_virtio_iommu_fault, s) == IOMMU_ABI_U64_ALIGN);
