/* SPDX-License-Identifier: MIT */
/*
 * linux/types.h - test stand-in for the kernel's uapi <linux/types.h>
 * (iommu-abi tests only; written for this project).
 *
 * Cross-target test compiles (clang -target T -ffreestanding) cannot use the
 * host's /usr/include/linux/types.h: it pulls in <asm/types.h>, which exists
 * only for the host's architecture.  The fixed-width kernel types are the
 * same on every Linux ABI, so this file defines them directly: 64-bit types
 * are long long (the "ll64" model every uapi header assumes), __le and __be
 * types are the plain unsigned types (sparse's __bitwise is left out).
 */

#ifndef _LINUX_TYPES_H
#define _LINUX_TYPES_H

#ifdef __GNUC__
# define IOMMU_ABI_STANDIN_EXT __extension__
#else
# define IOMMU_ABI_STANDIN_EXT
#endif

typedef signed char    __s8;
typedef unsigned char  __u8;
typedef signed short   __s16;
typedef unsigned short __u16;
typedef signed int     __s32;
typedef unsigned int   __u32;
IOMMU_ABI_STANDIN_EXT typedef signed long long   __s64;
IOMMU_ABI_STANDIN_EXT typedef unsigned long long __u64;

typedef __u16 __le16;
typedef __u16 __be16;
typedef __u32 __le32;
typedef __u32 __be32;
typedef __u64 __le64;
typedef __u64 __be64;

typedef __u16 __sum16;
typedef __u32 __wsum;

#endif /* _LINUX_TYPES_H */
