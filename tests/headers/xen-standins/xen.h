/* SPDX-License-Identifier: MIT */
/*
 * xen.h - test stand-in for Xen's public/xen.h (iommu-abi tests only).
 *
 * Written for this project; it is not Xen's header.  It defines only what
 * the xen flavor of the generated headers relies on, with the per-arch
 * semantics Xen's own headers give those names:
 *
 *   uint64_aligned_t  a 64-bit integer that is 8-byte aligned in a struct on
 *                     every arch.  On x86 (32- and 64-bit) Xen only provides
 *                     it to hypervisor and tools builds (__XEN__ /
 *                     __XEN_TOOLS__): x86_32 as uint64_t with an explicit
 *                     aligned(8), x86_64 as plain uint64_t (xen.h's
 *                     default, itself under the same condition).  Arm's arch
 *                     header defines it for every build, aligned(8).  So an
 *                     x86 guest build -- and Xen's own headers.chk, which
 *                     compiles each public header with neither macro -- gets
 *                     no definition at all.
 *   guest handles     x86: a struct around a pointer (4 bytes on x86_32);
 *                     Arm: a union of the pointer and a uint64_aligned_t,
 *                     8 bytes on arm32 too.  Named members only (no
 *                     anonymous unions), so -ansi builds accept them.
 *   domid_t, __HYPERVISOR_* 0..42 (iommu_op, 43, is deliberately absent:
 *   the header under test must cope with an xen.h that lacks it).
 *   __XEN_INTERFACE_VERSION__ and __XEN_LATEST_INTERFACE_VERSION__, from
 *   the stand-in xen-compat.h, included first as Xen's xen.h does.
 *
 * Like Xen's xen.h it does not include <stdint.h>: the includer provides the
 * fixed-width types (Xen's header checks use -include stdint.h).
 */

#ifndef IOMMU_ABI_STANDIN_XEN_H
#define IOMMU_ABI_STANDIN_XEN_H

#include "xen-compat.h"

/* ------------------------------------------------------------------ */
/* Per-arch definitions.                                               */

#if defined(__i386__)
# if defined(__XEN__) || defined(__XEN_TOOLS__)
#  define uint64_aligned_t uint64_t __attribute__((__aligned__(8)))
# endif
# define IOMMU_ABI_STANDIN_HANDLE_STRUCT

#elif defined(__x86_64__)
# define IOMMU_ABI_STANDIN_HANDLE_STRUCT

#elif defined(__arm__) || defined(__aarch64__)
/* Arm: every guest handle is 64 bits wide, even on arm32. */
# define uint64_aligned_t uint64_t __attribute__((__aligned__(8)))
# define IOMMU_ABI_STANDIN_HANDLE_UNION64

#else
/*
 * Other targets the layout tests cover (riscv, powerpc, s390x, mips): model
 * them like Arm, which is what Xen's newer ports do; uint64_t is 8-byte
 * aligned there anyway.
 */
# define uint64_aligned_t uint64_t __attribute__((__aligned__(8)))
# define IOMMU_ABI_STANDIN_HANDLE_UNION64
#endif

/* The arch-neutral default, which xen.h gives to hypervisor/tools builds only. */
#if !defined(uint64_aligned_t) && (defined(__XEN__) || defined(__XEN_TOOLS__))
# define uint64_aligned_t uint64_t
#endif

/* ------------------------------------------------------------------ */
/* Guest handles.                                                      */

#if defined(IOMMU_ABI_STANDIN_HANDLE_STRUCT)
# define ___DEFINE_XEN_GUEST_HANDLE(name, type) \
    typedef struct { type *p; } __guest_handle_ ## name
#else
# define ___DEFINE_XEN_GUEST_HANDLE(name, type) \
    typedef union { type *p; uint64_aligned_t q; } __guest_handle_ ## name
#endif

/* A handle type for `type' and one for `const type'. */
#define __DEFINE_XEN_GUEST_HANDLE(name, type) \
    ___DEFINE_XEN_GUEST_HANDLE(name, type); \
    ___DEFINE_XEN_GUEST_HANDLE(const_ ## name, const type)
#define DEFINE_XEN_GUEST_HANDLE(name)   __DEFINE_XEN_GUEST_HANDLE(name, name)
#define __XEN_GUEST_HANDLE(name)        __guest_handle_ ## name
#define XEN_GUEST_HANDLE(name)          __XEN_GUEST_HANDLE(name)
#define set_xen_guest_handle(hnd, val)  do { (hnd).p = (val); } while (0)

/* Handles of the basic types, as Xen's arch headers provide them. */
__DEFINE_XEN_GUEST_HANDLE(uchar, unsigned char);
__DEFINE_XEN_GUEST_HANDLE(uint, unsigned int);
DEFINE_XEN_GUEST_HANDLE(char);
DEFINE_XEN_GUEST_HANDLE(int);
DEFINE_XEN_GUEST_HANDLE(void);
DEFINE_XEN_GUEST_HANDLE(uint8_t);
DEFINE_XEN_GUEST_HANDLE(uint16_t);
DEFINE_XEN_GUEST_HANDLE(uint32_t);
DEFINE_XEN_GUEST_HANDLE(uint64_t);

/* ------------------------------------------------------------------ */
/* Hypercall numbers 0..42 (11 is unused).                             */

#define __HYPERVISOR_set_trap_table                0
#define __HYPERVISOR_mmu_update                    1
#define __HYPERVISOR_set_gdt                       2
#define __HYPERVISOR_stack_switch                  3
#define __HYPERVISOR_set_callbacks                 4
#define __HYPERVISOR_fpu_taskswitch                5
#define __HYPERVISOR_sched_op_compat               6
#define __HYPERVISOR_platform_op                   7
#define __HYPERVISOR_set_debugreg                  8
#define __HYPERVISOR_get_debugreg                  9
#define __HYPERVISOR_update_descriptor            10
#define __HYPERVISOR_memory_op                    12
#define __HYPERVISOR_multicall                    13
#define __HYPERVISOR_update_va_mapping            14
#define __HYPERVISOR_set_timer_op                 15
#define __HYPERVISOR_event_channel_op_compat      16
#define __HYPERVISOR_xen_version                  17
#define __HYPERVISOR_console_io                   18
#define __HYPERVISOR_physdev_op_compat            19
#define __HYPERVISOR_grant_table_op               20
#define __HYPERVISOR_vm_assist                    21
#define __HYPERVISOR_update_va_mapping_otherdomain 22
#define __HYPERVISOR_iret                         23
#define __HYPERVISOR_vcpu_op                      24
#define __HYPERVISOR_set_segment_base             25
#define __HYPERVISOR_mmuext_op                    26
#define __HYPERVISOR_xsm_op                       27
#define __HYPERVISOR_nmi_op                       28
#define __HYPERVISOR_sched_op                     29
#define __HYPERVISOR_callback_op                  30
#define __HYPERVISOR_xenoprof_op                  31
#define __HYPERVISOR_event_channel_op             32
#define __HYPERVISOR_physdev_op                   33
#define __HYPERVISOR_hvm_op                       34
#define __HYPERVISOR_sysctl                       35
#define __HYPERVISOR_domctl                       36
#define __HYPERVISOR_kexec_op                     37
#define __HYPERVISOR_xc_reserved_op               38
#define __HYPERVISOR_argo_op                      39
#define __HYPERVISOR_xenpmu_op                    40
#define __HYPERVISOR_dm_op                        41
#define __HYPERVISOR_hypfs_op                     42

/* ------------------------------------------------------------------ */
/* Basic types.                                                        */

typedef uint16_t domid_t;

#define DOMID_FIRST_RESERVED 0x7FF0U
#define DOMID_SELF           0x7FF0U

#endif /* IOMMU_ABI_STANDIN_XEN_H */
