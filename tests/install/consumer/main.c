/* An outside project using iommu-abi the way a device model would: the
 * portable header for the wire layout, the translator for the semantics. */
#include <stddef.h>
#include <stdio.h>

#include <iommu-abi/virtio_iommu.h>
#include <iommu-ref/addr_space.h>

int linux_flavor_map_size(void);
int xen_flavor_map_size(void);

int main(void)
{
    struct ias *as = ias_new();
    uint64_t pa = 0;
    unsigned perm = 0;
    int ok;

    if (!as)
        return 1;
    ok = ias_map(as, 0x1000, 0x1fff, 0x80000, IAS_PERM_READ) == IAS_OK &&
         ias_lookup(as, 0x1234, &pa, &perm) == 1 && pa == 0x80234;
    ias_free(as);
    printf("portable map %zu linux map %d xen map %d translate 0x%llx\n",
           sizeof(struct virtio_iommu_req_map), linux_flavor_map_size(),
           xen_flavor_map_size(), (unsigned long long)pa);
    return ok ? 0 : 1;
}
