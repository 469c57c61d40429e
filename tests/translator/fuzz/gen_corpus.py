#!/usr/bin/env python3
# SPDX-License-Identifier: MIT
"""Write the seed corpus of fuzz_viommu (corpus/fuzz_viommu/*).

Requests are laid out from include/layout/virtio-iommu.json (offsets are not
retyped here).  Input format: see fuzz_viommu.c.  Re-run after a layout
change:  python3 tests/translator/fuzz/gen_corpus.py
"""
import json
import os
import struct

HERE = os.path.dirname(os.path.abspath(__file__))
ROOT = os.path.normpath(os.path.join(HERE, "..", "..", ".."))
layout = json.load(open(os.path.join(ROOT, "include", "layout", "virtio-iommu.json")))
S = {s["name"]: s for s in layout["structs"]}
C = {c["name"]: c["value"] for c in layout["constants"]}
FMT = {1: "<B", 2: "<H", 4: "<I", 8: "<Q"}


def req(name, type_, **fields):
    """Device-readable bytes of a request: everything before the tail."""
    s = S["virtio_iommu_req_" + name]
    tail = [f["offset"] for f in s["fields"] if f["name"] == "tail"]
    b = bytearray(tail[0] if tail else s["size"])   # PROBE: no tail member
    b[0] = type_
    for f in s["fields"]:
        if f["name"] in fields:
            b[f["offset"]:f["offset"] + f["size"]] = struct.pack(FMT[f["size"]], fields[f["name"]])
    return bytes(b)


def op_req(data, out_len=4):
    return bytes([0, len(data)]) + struct.pack("<H", out_len) + data


def op_translate(ep_index, iova, write):
    return bytes([5, ep_index]) + struct.pack("<Q", iova) + bytes([write])


T = {k[len("VIRTIO_IOMMU_T_"):]: v for k, v in C.items() if k.startswith("VIRTIO_IOMMU_T_")}
RW = C["VIRTIO_IOMMU_MAP_F_READ"] | C["VIRTIO_IOMMU_MAP_F_WRITE"]
attach = req("attach", T["ATTACH"], domain=1, endpoint=1)
attach_bypass = req("attach", T["ATTACH"], domain=2, endpoint=2, flags=1)
detach = req("detach", T["DETACH"], domain=1, endpoint=1)
map_ = req("map", T["MAP"], domain=1, virt_start=0x10000, virt_end=0x1ffff, phys_start=0xa0000, flags=RW)
map_top = req("map", T["MAP"], domain=1, virt_start=0xfffffffffffff000, virt_end=0xffffffffffffffff,
              phys_start=0x1000, flags=1)
map_resv = req("map", T["MAP"], domain=1, virt_start=0xfee00000, virt_end=0xfee00fff, phys_start=0, flags=RW)
unmap_all = req("unmap", T["UNMAP"], domain=1, virt_start=0, virt_end=0xffffffffffffffff)
unmap_split = req("unmap", T["UNMAP"], domain=1, virt_start=0x10000, virt_end=0x10fff)
probe = req("probe", T["PROBE"], endpoint=1)

seeds = {
    "attach-map-translate": bytes([0]) + op_req(attach) + op_req(map_) + op_translate(1, 0x10010, 1)
    + op_translate(1, 0x20000, 0) + bytes([6]),
    "map-top-unmap-all": bytes([0]) + op_req(attach) + op_req(map_top) + op_translate(1, 0xffffffffffffffff, 0)
    + op_req(unmap_split) + op_req(unmap_all) + op_req(detach),
    "probe": bytes([0]) + op_req(probe, 512 + 4) + op_req(probe, 16) + bytes([1]) + op_req(probe, 68),
    "resv-and-bypass": bytes([0x40]) + op_req(attach) + op_req(map_resv) + op_req(attach_bypass)
    + op_translate(2, 0x1234, 1) + bytes([7, 0]) + op_translate(0, 0x1234, 0) + bytes([7, 0xff]),
    "short-and-unknown": bytes([0x10]) + op_req(attach[:5]) + op_req(b"\x09\x00\x00\x00") + op_req(b"")
    + op_req(map_, 0) + op_req(map_, 3),
}

out = os.path.join(HERE, "corpus", "fuzz_viommu")
os.makedirs(out, exist_ok=True)
for name, data in seeds.items():
    with open(os.path.join(out, name), "wb") as f:
        f.write(data)
print("wrote %d seeds to %s" % (len(seeds), out))
