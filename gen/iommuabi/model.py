"""The semantic model of a spec: what the loader builds and everything else reads.

Plain data, already validated: every name is a C identifier, every number
is written, every type is known.  Layout is not here; ``layout.py`` derives
it from this model, once, for every ABI.
"""

from dataclasses import dataclass, field
from typing import Dict, Iterator, List, Optional, Tuple


# Fixed-width primitive types: name -> (size in bytes, byte order).
# guest_handle is a Xen guest handle carried as a 64-bit value: 8 bytes on
# every ABI, so the interface does not change between 32- and 64-bit guests.
PRIMITIVES = {
    "u8": (1, None), "u16": (2, "cpu"), "u32": (4, "cpu"), "u64": (8, "cpu"),
    "le16": (2, "little"), "le32": (4, "little"), "le64": (8, "little"),
    "be16": (2, "big"), "be32": (4, "big"), "be64": (8, "big"),
    "guest_handle": (8, "cpu"),
}

# Scalar typedefs of Xen's xen.h that a field may be spelled with in the xen
# flavor (`xen_type:`), each with the one primitive type it stands for.  The
# other flavors keep the primitive; the layout is the primitive's either way.
XEN_SCALAR_TYPEDEFS = {
    "domid_t": "u16",
}


@dataclass
class Version:
    """One version of an interface, in the order the spec lists them: the
    first is the interface as first defined; each later one adds to it.
    How a peer knows it has a version: a virtio feature bit it negotiated
    (``feature``, a constant of a bit_number group), or for Xen the
    __XEN_INTERFACE_VERSION__ it is built for (``xen_interface``)."""
    name: str
    index: int                       # position in Spec.versions
    doc: str = ""
    feature: Optional[str] = None    # a bit_number constant's name
    xen_interface: Optional[int] = None
    line: int = 0


@dataclass
class Constant:
    name: str
    value: int
    doc: str = ""
    bit: Optional[int] = None        # flags: the bit number; value == 1 << bit
    external: bool = False           # owned by another header (e.g. Xen's xen.h)
    since: Optional[str] = None      # the Version that added it (None: unversioned spec)
    line: int = 0


@dataclass
class ConstGroup:
    name: str
    kind: str                        # value | bit_number | flags | mask
    items: List[Constant]
    doc: str = ""
    mask: Optional[str] = None       # flags only: name of the OR of all bits
    since: Optional[str] = None
    line: int = 0


@dataclass
class Enumerator:
    name: str
    value: int
    doc: str = ""
    since: Optional[str] = None
    line: int = 0


@dataclass
class Enum:
    name: str
    enumerators: List[Enumerator]
    doc: str = ""
    since: Optional[str] = None
    line: int = 0


@dataclass
class Field:
    name: str
    type: str                        # a PRIMITIVES key or a struct name
    count: Optional[int] = None      # array length; None for a scalar
    reserved: bool = False           # must-be-zero / ignored bytes
    # For a reserved field, what its receiver does with non-zero bytes:
    # "zero" (rejects them) or "ignored" (accepts them); None otherwise.
    reserved_rule: Optional[str] = None
    doc: str = ""
    dir: Optional[str] = None        # in | out | inout (hypercall arguments)
    flags: Optional[str] = None      # name of the ConstGroup its bits come from
    enum: Optional[str] = None       # name of the Enum its value comes from
    xen_type: Optional[str] = None   # a XEN_SCALAR_TYPEDEFS name, for the xen flavor
    values: Optional[str] = None     # name of the `value` ConstGroup its value comes from
    value_mask: Optional[str] = None # a `mask` constant: only these bits hold the value
    other_bits: Optional[str] = None # with value_mask: "zero" or "ignored" for the rest
    # With flags, values or enum: what the receiver does with a bit or value
    # the spec does not define: "rejected" (the default) or "ignored".
    unknown: str = "rejected"
    reply: bool = False              # written by the structure's receiver (a virtio
                                     # request's tail): not part of what it checks
    inserted: bool = False           # padding the generator added
    why: str = ""                    # for inserted padding: the reason
    since: Optional[str] = None
    line: int = 0


@dataclass
class Struct:
    name: str
    fields: List[Field]
    doc: str = ""
    size: Optional[int] = None       # the size the spec states, checked
    padding: str = "explicit"        # explicit: a hole is an error; insert: fill it
    variable_tail: Optional[Field] = None
    xen_external: Optional[str] = None   # typedef provided by Xen's own headers
    since: Optional[str] = None
    line: int = 0
    size_line: int = 0               # where `size:` is written (for its error)


@dataclass
class Spec:
    name: str
    title: str
    path: str                        # as given, for messages
    source: str                      # repo-relative path, for banners
    digest: str = ""                 # SHA-256 of the spec file's bytes (hex)
    doc: str = ""
    outputs: Dict[str, str] = field(default_factory=dict)      # flavor -> include-relative path
    xen_includes: List[str] = field(default_factory=lambda: ["xen.h"])
    # The linux output replaces the kernel's own uapi header of that path.
    linux_drop_in: bool = False
    groups: List[ConstGroup] = field(default_factory=list)
    enums: List[Enum] = field(default_factory=list)
    structs: List[Struct] = field(default_factory=list)
    # Empty for a spec that declares no versions: nothing in it is versioned.
    versions: List[Version] = field(default_factory=list)

    def version(self, name: Optional[str]) -> Optional[Version]:
        """The Version called ``name`` (None for None)."""
        for v in self.versions:
            if v.name == name:
                return v
        return None

    def version_index(self, name: Optional[str]) -> int:
        """Position of version ``name`` (0 for the first, and for None)."""
        v = self.version(name)
        return v.index if v is not None else 0

    def struct(self, name: str) -> Struct:
        for s in self.structs:
            if s.name == name:
                return s
        raise KeyError(name)

    def group(self, name: str) -> ConstGroup:
        for g in self.groups:
            if g.name == name:
                return g
        raise KeyError(name)

    def enum(self, name: str) -> Enum:
        for e in self.enums:
            if e.name == name:
                return e
        raise KeyError(name)

    def constants(self) -> Iterator[Tuple[ConstGroup, Constant]]:
        for g in self.groups:
            for c in g.items:
                yield g, c
