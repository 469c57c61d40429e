/* The xen flavor, with stand-ins for Xen's public xen.h and physdev.h. */
#include <stdint.h>
#include <xen/public/virtio-iommu.h>

int xen_flavor_map_size(void);
int xen_flavor_map_size(void)
{
    return (int)sizeof(struct xen_virtio_iommu_req_map);
}
