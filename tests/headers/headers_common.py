"""Shared facts for the header tests: where things are, which headers exist.

The generated files and their names are fixed by the team contract; the
target ABIs come from the generator's own table (gen/iommuabi/abis.py), never
retyped here.  Nothing in this module runs a compiler.
"""

import json
import os
import re
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
REPO = os.path.normpath(os.path.join(HERE, "..", ".."))
INCLUDE = os.path.join(REPO, "include")
XEN_STANDINS = os.path.join(HERE, "xen-standins")
LINUX_STANDINS = os.path.join(HERE, "linux-standins")



def _load_abis():
    """gen/iommuabi/abis.py, the one table of targets.  Loaded by file so the
    tests do not pay for the generator package's own imports (YAML loader);
    falls back to the package import should the module ever need it."""
    import importlib.util
    path = os.path.join(REPO, "gen", "iommuabi", "abis.py")
    try:
        spec = importlib.util.spec_from_file_location("iommuabi_abis_for_tests", path)
        mod = importlib.util.module_from_spec(spec)
        sys.modules[spec.name] = mod  # dataclasses looks its module up
        spec.loader.exec_module(mod)
        return mod
    except ImportError:
        sys.path.insert(0, os.path.join(REPO, "gen"))
        from iommuabi import abis
        return abis


_abis = _load_abis()

ABIS = _abis.ABIS
abi_by_name = _abis.abi_by_name

SPECS = ("virtio-iommu", "xen-pv-iommu")
FLAVORS = ("portable", "linux", "xen")

# (spec, flavor) -> header path relative to include/ (contract names).
HEADERS = {
    ("virtio-iommu", "portable"): "iommu-abi/virtio_iommu.h",
    ("xen-pv-iommu", "portable"): "iommu-abi/xen_pv_iommu.h",
    ("virtio-iommu", "linux"): "linux/virtio_iommu.h",
    ("xen-pv-iommu", "linux"): "linux/xen_pv_iommu.h",
    ("virtio-iommu", "xen"): "xen/public/virtio-iommu.h",
    ("xen-pv-iommu", "xen"): "xen/public/pv-iommu.h",
}

# Linux-flavor headers that replace the kernel's own uapi header (contract:
# "drop-in"): they keep its names and also its constant types (plain int,
# where our other headers use U), so code built against the kernel's header
# compiles against ours with the same warnings.  spec -> system header.
LINUX_DROP_IN = {"virtio-iommu": "/usr/include/linux/virtio_iommu.h"}

# Structures a xen-flavor header takes from Xen's own headers, not emitted.
XEN_EXTERNAL_STRUCTS = ("physdev_pci_device",)


def layout_path(spec, root=INCLUDE):
    return os.path.join(root, "layout", spec + ".json")


def check_path(spec, flavor, root=INCLUDE):
    return os.path.join(root, "layout", "%s.%s-check.c" % (spec, flavor))


def load_layout(spec, root=INCLUDE):
    with open(layout_path(spec, root)) as f:
        return json.load(f)


def flavor_tag(flavor, name):
    """The struct tag a flavor gives the table's struct `name`."""
    if flavor == "xen" and name not in XEN_EXTERNAL_STRUCTS:
        return "xen_" + name
    return name


def compiler_flags(flavor):
    """Flags (besides -target/-I include) a flavor's headers need."""
    if flavor == "xen":
        # As Xen checks its public headers: the includer supplies stdint.h;
        # __XEN_TOOLS__ is what gives x86_32 its 8-aligned uint64_aligned_t.
        return ["-D__XEN_TOOLS__", "-include", "stdint.h", "-I", XEN_STANDINS]
    if flavor == "linux":
        return ["-I", LINUX_STANDINS]
    return []


_COMMENT = re.compile(r"/\*.*?\*/|//[^\n]*", re.S)


def strip_comments(text):
    """Remove C comments, keeping newlines so line numbers stay right."""
    return _COMMENT.sub(lambda m: "\n" * m.group(0).count("\n") or " ", text)


_STRUCT_OPEN = re.compile(r"\bstruct\s+(\w+)\s*\{")


def struct_bodies(text):
    """[(tag, body, line)] of every struct definition (brace-matched, so
    one-line definitions and nested braces are read correctly)."""
    code = strip_comments(text)
    out = []
    pos = 0
    while True:
        m = _STRUCT_OPEN.search(code, pos)
        if not m:
            return out
        depth, i = 1, m.end()
        while i < len(code) and depth:
            depth += {"{": 1, "}": -1}.get(code[i], 0)
            i += 1
        out.append((m.group(1), code[m.end():i - 1], code.count("\n", 0, m.start(1)) + 1))
        pos = i


def struct_tags(text):
    return [tag for tag, _, _ in struct_bodies(text)]
