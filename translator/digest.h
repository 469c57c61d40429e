/* SPDX-License-Identifier: MIT */
/*
 * One 64-bit digest step shared by the device models' state digests
 * (viommu_state_digest, xen_pviommu_state_digest): the fuzz targets compare
 * digests before and after a failed request, so both models must fold their
 * state the same careful way.
 */
#ifndef IOMMU_REF_DIGEST_H
#define IOMMU_REF_DIGEST_H

#include <stdint.h>

/* Fold one 64-bit word into a running digest (splitmix64's finalizer over
 * the running value: every input bit reaches every output bit). */
static inline uint64_t digest_mix(uint64_t h, uint64_t v)
{
    h ^= v + 0x9e3779b97f4a7c15ull + (h << 6) + (h >> 2);
    h ^= h >> 30;
    h *= 0xbf58476d1ce4e5b9ull;
    h ^= h >> 27;
    h *= 0x94d049bb133111ebull;
    h ^= h >> 31;
    return h;
}

#endif /* IOMMU_REF_DIGEST_H */
