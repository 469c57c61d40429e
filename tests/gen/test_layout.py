"""The layout engine and the generator's outputs, checked against known facts."""

import contextlib
import io
import json
import os
import sys
import tempfile
import textwrap
import unittest

HERE = os.path.dirname(os.path.abspath(__file__))
REPO = os.path.dirname(os.path.dirname(HERE))
sys.path.insert(0, os.path.join(REPO, "gen"))

import iommuabi  # noqa: E402
from iommuabi.abis import ABIS  # noqa: E402
from iommuabi.cli import main  # noqa: E402

VIRTIO = os.path.join(REPO, "spec", "virtio-iommu.yaml")
XEN = os.path.join(REPO, "spec", "xen-pv-iommu.yaml")


def _struct(table, name):
    for s in table["structs"]:
        if s["name"] == name:
            return s
    raise KeyError(name)


def _offsets(s):
    return {f["name"]: f["offset"] for f in s["fields"]}


class VirtioLayout(unittest.TestCase):
    """Sizes and offsets the virtio specification's chapter fixes."""

    @classmethod
    def setUpClass(cls):
        cls.t = iommuabi.layout_table(VIRTIO)

    def test_map(self):
        s = _struct(self.t, "virtio_iommu_req_map")
        self.assertEqual(s["size"], 40)
        self.assertEqual(_offsets(s), {"head": 0, "domain": 4, "virt_start": 8, "virt_end": 16,
                                       "phys_start": 24, "flags": 32, "tail": 36})

    def test_unmap_attach_detach_probe_fault_config(self):
        expect = {"virtio_iommu_req_unmap": 32, "virtio_iommu_req_attach": 24,
                  "virtio_iommu_req_detach": 24, "virtio_iommu_req_probe": 72,
                  "virtio_iommu_fault": 24, "virtio_iommu_config": 40,
                  "virtio_iommu_probe_resv_mem": 24, "virtio_iommu_probe_property": 4}
        for name, size in expect.items():
            self.assertEqual(_struct(self.t, name)["size"], size, name)
        self.assertEqual(_struct(self.t, "virtio_iommu_req_probe")["variable_tail"]["offset"], 72)
        self.assertEqual(_offsets(_struct(self.t, "virtio_iommu_fault"))["address"], 16)

    def test_alignment_per_abi(self):
        s = _struct(self.t, "virtio_iommu_req_map")
        for abi in ABIS:
            self.assertEqual(s["abi"][abi.name]["align"], abi.u64_align, abi.name)
            self.assertEqual(s["abi"][abi.name]["xen_align"], 8, abi.name)
            self.assertEqual(s["abi"][abi.name]["size"], 40)

    def test_reserved_bytes_are_listed_as_padding(self):
        pads = _struct(self.t, "virtio_iommu_req_unmap")["padding"]
        self.assertEqual([(p["offset"], p["size"], p["origin"]) for p in pads], [(24, 4, "declared")])

    def test_constants(self):
        c = {x["name"]: x["value"] for x in self.t["constants"]}
        self.assertEqual(c["VIRTIO_IOMMU_T_PROBE"], 5)
        self.assertEqual(c["VIRTIO_IOMMU_S_NOMEM"], 8)
        self.assertEqual(c["VIRTIO_IOMMU_FAULT_F_ADDRESS"], 256)
        self.assertEqual(c["VIRTIO_IOMMU_MAP_F_MASK"], 7)


class XenLayout(unittest.TestCase):
    """The v4 structs with the review applied: no holes, ctx_no decisions."""

    @classmethod
    def setUpClass(cls):
        cls.t = iommuabi.layout_table(XEN)

    def test_sizes(self):
        expect = {"pv_iommu_capabilities": 24, "pv_iommu_init": 8, "pv_iommu_alloc": 8,
                  "pv_iommu_free": 8, "pv_iommu_map_pages": 40, "pv_iommu_unmap_pages": 24,
                  "pv_iommu_reattach_device": 12, "pv_iommu_remote_cmd": 16,
                  "pv_iommu_alloc_nested": 24, "pv_iommu_flush_nested": 4,
                  "pv_iommu_attach_pasid": 12, "pv_iommu_detach_pasid": 8}
        for name, size in expect.items():
            self.assertEqual(_struct(self.t, name)["size"], size, name)

    def test_handle_is_8_bytes_at_8(self):
        s = _struct(self.t, "pv_iommu_remote_cmd")
        arg = [f for f in s["fields"] if f["name"] == "arg"][0]
        self.assertEqual((arg["offset"], arg["size"]), (8, 8))

    def test_commands_numbered(self):
        cmds = {e["name"]: e["value"] for e in self.t["enums"][0]["enumerators"]}
        self.assertEqual(cmds["IOMMU_noop"], 0)
        self.assertEqual(cmds["IOMMU_detach_pasid"], 12)
        self.assertEqual(len(cmds), 13)


class InsertedPadding(unittest.TestCase):
    def _spec(self, body):
        d = tempfile.mkdtemp()
        path = os.path.join(d, "pad-test.yaml")
        with open(path, "w") as f:
            f.write(textwrap.dedent("""\
                spec: pad-test
                title: t
                outputs: {linux: linux/p.h, portable: iommu-abi/p.h, xen: xen/public/p.h}
                structs:
                """) + textwrap.indent(textwrap.dedent(body), "  "))
        return path

    def test_insert_fills_hole_and_tail(self):
        path = self._spec("""\
            - name: s
              padding: insert
              fields:
                - {name: a, type: u16}
                - {name: b, type: u64}
                - {name: c, type: u8}
            """)
        s = _struct(iommuabi.layout_table(path), "s")
        self.assertEqual(s["size"], 24)
        self.assertEqual(_offsets(s), {"a": 0, "__pad0": 2, "b": 8, "c": 16, "__pad1": 17})
        self.assertEqual([(p["offset"], p["size"], p["origin"]) for p in s["padding"]],
                         [(2, 6, "inserted"), (17, 7, "inserted")])
        files = iommuabi.generate(iommuabi.load_spec(path))
        self.assertIn("uint8_t  __pad0[6];", files["iommu-abi/p.h"])

    def test_explicit_is_the_default(self):
        path = self._spec("""\
            - name: s
              fields:
                - {name: a, type: u16}
                - {name: b, type: u32}
            """)
        with self.assertRaises(iommuabi.SpecError) as cm:
            iommuabi.lay_out(iommuabi.load_spec(path))
        self.assertIn("2 bytes before 'b' at offset 2", str(cm.exception))
        self.assertIn(":8: structs[s].fields[b]", str(cm.exception))


class FlavorConstants(unittest.TestCase):
    """linux: drop_in keeps the kernel header's int constants in the linux
    flavor only; xen structs sit behind the uint64_aligned_t guard."""

    def _gen(self, drop_in):
        d = tempfile.mkdtemp()
        path = os.path.join(d, "c-test.yaml")
        with open(path, "w") as f:
            f.write(textwrap.dedent("""\
                spec: c-test
                title: t
                outputs: {linux: linux/c.h, portable: iommu-abi/c.h, xen: xen/public/c.h}
                %s
                constants:
                  - group: types
                    kind: value
                    items: [{name: C_T_A, value: 3}]
                  - group: flags
                    kind: flags
                    mask: C_F_MASK
                    items: [{name: C_F_A, bit: 0}, {name: C_F_B, bit: 8}]
                structs:
                  - name: s
                    fields:
                      - {name: a, type: le64}
                """ % ("linux: {drop_in: true}" if drop_in else "")))
        return iommuabi.generate(iommuabi.load_spec(path))

    def test_drop_in_linux_flavor_is_int(self):
        files = self._gen(True)
        linux = files["linux/c.h"]
        self.assertRegex(linux, r"#define C_T_A +3\n")
        self.assertRegex(linux, r"#define C_F_A +0x1\n")
        self.assertRegex(linux, r"#define C_F_B +0x100\n")
        self.assertNotIn("U", "".join(l for l in linux.splitlines() if l.startswith("#define C_")))
        for other in ("iommu-abi/c.h", "xen/public/c.h"):
            self.assertIn("(1U << 8)", files[other])
            self.assertRegex(files[other], r"C_T_A +3U\n")

    def test_default_linux_flavor_is_unsigned(self):
        linux = self._gen(False)["linux/c.h"]
        self.assertRegex(linux, r"#define C_T_A +3U\n")
        self.assertIn("(1U << 8)", linux)

    def test_xen_structs_need_uint64_aligned_t(self):
        xen = self._gen(False)["xen/public/c.h"]
        guard = "#if defined(__XEN__) || defined(__XEN_TOOLS__) || defined(uint64_aligned_t)"
        self.assertIn(guard, xen)
        self.assertLess(xen.index("#define XEN_C_T_A"), xen.index(guard))
        self.assertLess(xen.index(guard), xen.index("struct xen_s {"))
        self.assertNotIn("define uint64_aligned_t", xen)


class Generated(unittest.TestCase):
    def test_committed_include_matches_the_specs(self):
        out = io.StringIO()
        with contextlib.redirect_stdout(out), contextlib.redirect_stderr(out):
            rc = main(["--check"])
        self.assertEqual(rc, 0, out.getvalue())

    def test_drift_is_detected(self):
        with tempfile.TemporaryDirectory() as d:
            with contextlib.redirect_stdout(io.StringIO()):
                self.assertEqual(main(["--out", d]), 0)
            victim = os.path.join(d, "iommu-abi", "virtio_iommu.h")
            with open(victim, "a") as f:
                f.write("/* hand edit */\n")
            err = io.StringIO()
            with contextlib.redirect_stdout(io.StringIO()), contextlib.redirect_stderr(err):
                self.assertEqual(main(["--out", d, "--check"]), 1)
            self.assertIn("virtio_iommu.h: differs from the spec", err.getvalue())

    def test_generation_is_deterministic(self):
        a = iommuabi.generate(iommuabi.load_spec(XEN))
        b = iommuabi.generate(iommuabi.load_spec(XEN))
        self.assertEqual(a, b)

    def test_layout_json_round_trips(self):
        with open(os.path.join(REPO, "include", "layout", "virtio-iommu.json")) as f:
            self.assertEqual(json.load(f), iommuabi.layout_table(VIRTIO))

    def test_every_header_carries_the_banner(self):
        for spec in (VIRTIO, XEN):
            for name, text in iommuabi.generate(iommuabi.load_spec(spec)).items():
                if name.endswith((".h", ".c")):
                    self.assertTrue(text.startswith("/* SPDX-License-Identifier: MIT */\n"), name)
                    self.assertIn("by gen/iommu-abi-gen: do not edit", text, name)


if __name__ == "__main__":
    unittest.main()
