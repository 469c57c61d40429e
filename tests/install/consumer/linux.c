/* The linux flavor: <linux/xen_pv_iommu.h> exists only in iommu-abi's tree,
 * so this compiles only with the iommu-abi::linux include root. */
#include <linux/virtio_iommu.h>
#include <linux/xen_pv_iommu.h>

int linux_flavor_map_size(void);
int linux_flavor_map_size(void)
{
    return (int)sizeof(struct virtio_iommu_req_map) + 0 * (int)sizeof(struct pv_iommu_map_pages);
}
