/* SPDX-License-Identifier: MIT */
/*
 * physdev.h - test stand-in for Xen's public/physdev.h (iommu-abi tests
 * only).  Written for this project; it carries just the PCI device
 * identifier the PV-IOMMU structures embed, with Xen's layout: segment,
 * bus, devfn; 4 bytes, 2-byte aligned.
 */

#ifndef IOMMU_ABI_STANDIN_PHYSDEV_H
#define IOMMU_ABI_STANDIN_PHYSDEV_H

#include "xen.h"

struct physdev_pci_device {
    uint16_t seg;
    uint8_t bus;
    uint8_t devfn;
};
typedef struct physdev_pci_device physdev_pci_device_t;
DEFINE_XEN_GUEST_HANDLE(physdev_pci_device_t);

#endif /* IOMMU_ABI_STANDIN_PHYSDEV_H */
