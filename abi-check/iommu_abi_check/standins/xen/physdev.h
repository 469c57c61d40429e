/* Minimal stand-in for Xen's public physdev.h (used by abi-check verify). */
#ifndef ABI_CHECK_STANDIN_PHYSDEV_H
#define ABI_CHECK_STANDIN_PHYSDEV_H

#include "xen.h"

struct physdev_pci_device {
    /* IN */
    uint16_t seg;
    uint8_t bus;
    uint8_t devfn;
};
typedef struct physdev_pci_device physdev_pci_device_t;
DEFINE_XEN_GUEST_HANDLE(physdev_pci_device_t);

#endif
