/* SPDX-License-Identifier: MIT */
/*
 * xen-compat.h - test stand-in for Xen's public/xen-compat.h (iommu-abi
 * tests only; written for this project, not Xen's header).
 *
 * What the name means in Xen, and all this stand-in does:
 *
 *   __XEN_LATEST_INTERFACE_VERSION__  the newest interface the headers
 *       describe.  Xen's own tree says 0x00041300 (4.19) as of 4.22; this
 *       stand-in plays a tree into which the PV-IOMMU header has been merged,
 *       which raises it to that interface's version, 0x00041700 (4.23).
 *   __XEN_INTERFACE_VERSION__  the interface a build asks for.  Xen and the
 *       tools (__XEN__, __XEN_TOOLS__) always get the latest; a guest sets
 *       it itself, and one that does not gets 0x00000000, the oldest
 *       interface (so nothing guarded by a later version is declared).
 *       Asking for more than the latest is an error.
 */

#ifndef IOMMU_ABI_STANDIN_XEN_COMPAT_H
#define IOMMU_ABI_STANDIN_XEN_COMPAT_H

#define __XEN_LATEST_INTERFACE_VERSION__ 0x00041700

#if defined(__XEN__) || defined(__XEN_TOOLS__)
# undef __XEN_INTERFACE_VERSION__
# define __XEN_INTERFACE_VERSION__ __XEN_LATEST_INTERFACE_VERSION__
#elif !defined(__XEN_INTERFACE_VERSION__)
# define __XEN_INTERFACE_VERSION__ 0x00000000
#endif

#if __XEN_INTERFACE_VERSION__ > __XEN_LATEST_INTERFACE_VERSION__
# error "stand-in xen-compat.h: __XEN_INTERFACE_VERSION__ is newer than these headers"
#endif

#endif /* IOMMU_ABI_STANDIN_XEN_COMPAT_H */
