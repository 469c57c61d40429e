/* SPDX-License-Identifier: MIT */
/*
 * viommu.h - reference model of a virtio-iommu device.
 *
 * The model consumes request buffers exactly as a device sees them on the
 * request virtqueue: a device-readable byte string (head + request fields,
 * untrusted, any length, little-endian) and a device-writable byte buffer
 * (the tail, or the PROBE properties followed by the tail).  It implements
 * ATTACH, DETACH, MAP, UNMAP and PROBE with every normative rule of the
 * virtio specification's IOMMU device chapter, plus the project decisions
 * listed in translator/README.md ("Semantics and decisions"), and translates
 * endpoint DMA with fault reporting.
 *
 * Features are modelled as offered == negotiated: the driver is assumed to
 * accept everything the device offers.
 *
 * Threads: one thread at a time per device, translations included:
 * viommu_translate() records faults in the device's queue and uses the
 * device's one translation cache.  The address spaces underneath allow
 * lookups beside an update (addr_space.h); a device model that wants
 * translations on several threads looks its domains up there, each thread
 * with its own ias_tlb.
 */
#ifndef IOMMU_REF_VIOMMU_H
#define IOMMU_REF_VIOMMU_H

#include <stddef.h>
#include <stdint.h>

#include <iommu-abi/virtio_iommu.h>

#ifdef __cplusplus
extern "C" {
#endif

struct viommu_config {
    uint64_t features;          /* offered feature bits, (1ULL << VIRTIO_IOMMU_F_*) */
    uint64_t page_size_mask;    /* must be non-zero; lowest set bit = granule */
    uint64_t input_start, input_end;     /* used with VIRTIO_IOMMU_F_INPUT_RANGE */
    uint32_t domain_start, domain_end;   /* used with VIRTIO_IOMMU_F_DOMAIN_RANGE */
    uint32_t probe_size;        /* bytes of PROBE properties */
    uint8_t  bypass;            /* config-space bypass field, 0 or 1 */
};

struct viommu;

/* NULL if the configuration is invalid (page_size_mask == 0, bypass > 1,
 * an empty input or domain range when its feature is offered, probe_size
 * above VIOMMU_MAX_PROBE_SIZE) or memory ran out. */
#define VIOMMU_MAX_PROBE_SIZE (1u << 20)
struct viommu *viommu_new(const struct viommu_config *cfg);
void viommu_free(struct viommu *v);
const struct viommu_config *viommu_get_config(const struct viommu *v);

/* Declare an endpoint the device manages.  0, or -1 if it already exists or
 * memory ran out. */
int  viommu_add_endpoint(struct viommu *v, uint32_t endpoint);

/* Declare a reserved region [start, end] of an endpoint, reported by PROBE as
 * a RESV_MEM property of this subtype (VIRTIO_IOMMU_RESV_MEM_T_*; any other
 * value is treated as RESERVED by the model).  Configuration time only.
 * 0, or -1 if: the endpoint is unknown or attached, end < start, the region
 * overlaps another region of the endpoint, it would be a second MSI region,
 * the endpoint's properties would no longer fit in probe_size (PROBE
 * offered), or memory ran out.  Without VIRTIO_IOMMU_F_PROBE the driver
 * cannot learn of a region, so regions are kept but have no effect (MAP,
 * ATTACH and translation ignore them). */
int  viommu_add_resv(struct viommu *v, uint32_t endpoint, uint64_t start, uint64_t end, uint8_t subtype);

/* Handle one request.
 * in: device-readable bytes (head + request fields, untrusted, any length);
 * out: device-writable buffer (tail, or properties + tail for PROBE).
 * Returns the used length: bytes written into out; 0 = nothing written. */
size_t viommu_handle_request(struct viommu *v, const void *in, size_t in_len, void *out, size_t out_len);

enum { VIOMMU_XLATE_OK = 0, VIOMMU_XLATE_FAULT = 1 };

/* Translate a DMA access of @endpoint at @iova.  is_write: 0 read, 1 write.
 * VIOMMU_XLATE_OK and *pa, or VIOMMU_XLATE_FAULT with *reason =
 * VIRTIO_IOMMU_FAULT_R_* and a fault record queued.  pa and reason may be
 * NULL. */
int  viommu_translate(struct viommu *v, uint32_t endpoint, uint64_t iova, int is_write, uint64_t *pa, uint8_t *reason);

/* Dequeue the oldest fault record, in wire format (the bytes of *out are what
 * goes into an event queue buffer: little-endian fields).  1 if one was
 * dequeued, 0 if the queue is empty.  The queue holds VIOMMU_FAULT_QUEUE
 * records; further faults are dropped (counted by viommu_faults_dropped). */
#define VIOMMU_FAULT_QUEUE 256u
int  viommu_pop_fault(struct viommu *v, struct virtio_iommu_fault *out);
uint64_t viommu_faults_dropped(const struct viommu *v);

/* The driver writes the config field bypass (VIRTIO_IOMMU_F_BYPASS_CONFIG).
 * Only bit 0 is used (the spec tells drivers to write 0 or 1 and devices
 * never present other values).  -1 if BYPASS_CONFIG is not offered. */
int  viommu_write_bypass(struct viommu *v, uint8_t value);
uint8_t viommu_read_bypass(const struct viommu *v);

/* Device reset: every endpoint is detached and every domain destroyed.
 * Endpoints, reserved regions and the bypass field are kept (the spec: bypass
 * SHOULD NOT change on device reset).  Pending faults are discarded; the
 * count of dropped faults is kept. */
void viommu_reset(struct viommu *v);

/* Introspection for tests and embedders.  viommu_endpoint_domain: 1 and
 * *domain if the endpoint is attached, else 0. */
int  viommu_endpoint_domain(const struct viommu *v, uint32_t endpoint, uint32_t *domain);
size_t viommu_domain_count(const struct viommu *v);
/* Number of mappings in a domain, or -1 if it does not exist. */
long long viommu_domain_mappings(const struct viommu *v, uint32_t domain);

/* A digest of everything a driver or endpoint can observe of the device:
 * the bypass field, each endpoint's attachment (and reserved regions), every
 * domain with its kind and mappings, the pending fault records in order and
 * the count of dropped ones.  Two states with the same digest are equal but
 * for a 2^-64 chance; the translation cache is not part of the state.
 * A request that does not succeed leaves it unchanged (the fuzz target
 * fuzz_viommu checks this on every request). */
uint64_t viommu_state_digest(const struct viommu *v);

#ifdef __cplusplus
}
#endif

#endif /* IOMMU_REF_VIOMMU_H */
