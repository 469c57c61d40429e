/*
 * Minimal stand-in for Xen's public xen.h used by `abi-check verify` to
 * compile the xen flavor of the generated headers on every target.
 * It provides what those headers rely on and nothing else:
 *  - uint64_aligned_t: uint64_t forced to 8-byte alignment on every ABI
 *    (what Xen gives the hypervisor and toolstack builds);
 *  - XEN_GUEST_HANDLE / DEFINE_XEN_GUEST_HANDLE: on Arm a union of a pointer
 *    and a uint64_aligned_t, elsewhere a struct holding a pointer;
 *  - domid_t, a uint16_t as in Xen;
 *  - __XEN_INTERFACE_VERSION__: as xen-compat.h gives a tools build, the
 *    latest interface, __XEN_LATEST_INTERFACE_VERSION__: 0x00041700 (4.23,
 *    the PV-IOMMU interface's version) unless the command line says more.
 */
#ifndef ABI_CHECK_STANDIN_XEN_H
#define ABI_CHECK_STANDIN_XEN_H

#include <stdint.h>

#ifndef __XEN_LATEST_INTERFACE_VERSION__
#define __XEN_LATEST_INTERFACE_VERSION__ 0x00041700
#endif
#undef __XEN_INTERFACE_VERSION__
#define __XEN_INTERFACE_VERSION__ __XEN_LATEST_INTERFACE_VERSION__

#ifndef uint64_aligned_t
#define uint64_aligned_t uint64_t __attribute__((__aligned__(8)))
#endif

#if defined(__arm__) || defined(__aarch64__)
#define ___DEFINE_XEN_GUEST_HANDLE(name, type) \
    typedef union { type *p; uint64_aligned_t q; } __guest_handle_ ## name
#else
#define ___DEFINE_XEN_GUEST_HANDLE(name, type) \
    typedef struct { type *p; } __guest_handle_ ## name
#endif

#define __DEFINE_XEN_GUEST_HANDLE(name, type) \
    ___DEFINE_XEN_GUEST_HANDLE(name, type); \
    ___DEFINE_XEN_GUEST_HANDLE(const_ ## name, const type)
#define DEFINE_XEN_GUEST_HANDLE(name) __DEFINE_XEN_GUEST_HANDLE(name, name)
#define __XEN_GUEST_HANDLE(name) __guest_handle_ ## name
#define XEN_GUEST_HANDLE(name) __XEN_GUEST_HANDLE(name)
#define XEN_GUEST_HANDLE_PARAM(name) XEN_GUEST_HANDLE(name)

DEFINE_XEN_GUEST_HANDLE(void);

typedef uint16_t domid_t;

#endif
