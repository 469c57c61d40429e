"""abi-check diff: classify every change between two layout tables.

Breaking (exit 12): anything that makes a binary built against OLD and one
built against NEW disagree about bytes on the wire or in memory, or that
takes away something OLD promised: a field moved, resized or retyped (its
byte order or element layout changed), a field/struct/constant/enumerator
removed, a number changed, a struct's size or alignment changed, a field's
meaning withdrawn into reserved bytes, a variable-length tail added, removed
or moved, a target ABI dropped.

Compatible (exit 4, if nothing breaks): a new struct, constant, command,
enumerator or flag bit; reserved bytes (or padding) given a meaning at the
same offset and size; a struct grown at its tail by fields of a version the
old table did not know, with a size constant for the old and the new size
(format 3: a versioned extension; unversioned growth stays breaking); a field, constant, enumerator or struct renamed with
everything else identical (said to be source-incompatible: code using the
old name stops compiling, but the ABI is unchanged); documentation-only
changes; a new target ABI.
"""

import re
from dataclasses import dataclass

from .errors import AbiCheckError, EXIT_OK, EXIT_CHANGES, EXIT_BREAKING, EXIT_USAGE


@dataclass
class Change:
    breaking: bool
    subject: str        # 'struct virtio_iommu_req_map', 'constant X', 'enum e', 'abis'
    what: str           # the change itself
    why: str            # why it is (in)compatible

    def text(self):
        return "%s: %s: %s; %s" % ("BREAKING" if self.breaking else "compatible",
                                   self.subject, self.what, self.why)

    def as_dict(self):
        return {"class": "breaking" if self.breaking else "compatible",
                "subject": self.subject, "what": self.what, "why": self.why}


def _b(subject, what, why):
    return Change(True, subject, what, why)


def _c(subject, what, why):
    return Change(False, subject, what, why)


SRC_INCOMPAT = ("ABI-compatible (same bytes on the wire), but source-incompatible: "
                "code using the old name no longer compiles")


# Only for a hand-made table without the 'reserved' key: a name that is nothing
# but "reserved"/"pad" (and a number).  A prefix would take 'paddr' or
# 'padding_mode' for reserved bytes and let a change to them pass as compatible.
_RESERVED_NAME = re.compile(r"^_*(reserved|rsvd|pad|padding)_?\d*$")


def _is_reserved(f):
    if isinstance(f.get("reserved"), bool):
        return f["reserved"]            # the spec says so: the name is only a name
    return bool(_RESERVED_NAME.match(f.get("name", "")))


def _ftype(f, renames=None):
    t = f.get("type")
    if renames and t in renames:
        t = renames[t]              # a renamed struct is the same type
    return (t, f.get("count"))


def _encoding(t):
    """(size, byte order) of a primitive type, from the generator's table."""
    try:
        from iommuabi.model import PRIMITIVES
    except ImportError:                 # diff of two baselines without gen/ on the path
        PRIMITIVES = {"u64": (8, "cpu"), "guest_handle": (8, "cpu")}
    return PRIMITIVES.get(t)


def _same_encoding(f, g):
    """Two different type names for the same bytes: guest_handle and u64 are both
    a CPU-order 64-bit value (uint64_t / __u64 / uint64_aligned_t in every flavor)."""
    a, b = _encoding(f.get("type")), _encoding(g.get("type"))
    return a is not None and a == b and f.get("count") == g.get("count")


def _array_of_one(f, g):
    """'u32 x' and 'u32 x[1]': one element either way."""
    return f.get("type") == g.get("type") and f.get("count") != g.get("count") \
        and (f.get("count") or 1) == (g.get("count") or 1) == 1


def _fdesc(f):
    t = f.get("type") or "?"
    if f.get("count"):
        t += "[%d]" % f["count"]
    return "%s %s @%d+%d" % (t, f["name"], f["offset"], f["size"])


# ------------------------------------------------------------------ named values

def _diff_values(old, new, subject_of, is_flag, out):
    """Constants or enumerators: lists of dicts with name/value (+group/kind)."""
    o = {x["name"]: x for x in old}
    n = {x["name"]: x for x in new}
    removed = [x for k, x in o.items() if k not in n]
    added = [x for k, x in n.items() if k not in o]
    # renames: same value (and group/kind), one-to-one
    renamed = []
    for r in list(removed):
        cands = [a for a in added if a["value"] == r["value"]
                 and a.get("group") == r.get("group") and a.get("kind") == r.get("kind")]
        others = [x for x in removed if x is not r and x["value"] == r["value"]
                  and x.get("group") == r.get("group")]
        if len(cands) == 1 and not others:
            renamed.append((r, cands[0]))
            removed.remove(r)
            added.remove(cands[0])
    for k, x in o.items():
        if k in n:
            y = n[k]
            if x["value"] != y["value"] and x.get("kind") == "mask" == y.get("kind") \
                    and x["value"] & ~y["value"] == 0:
                out.append(_c(subject_of(x), "mask extended %#x -> %#x (new bits %#x)"
                              % (x["value"], y["value"], y["value"] & ~x["value"]),
                              "every old bit keeps its meaning; peers that check flags "
                              "against the old mask reject the new bits, as they must"))
            elif x["value"] != y["value"]:
                out.append(_b(subject_of(x), "value changed %s -> %s" % (x["value"], y["value"]),
                              "peers built from the old definition send or expect %s"
                              % x["value"]))
            elif (x.get("kind"), x.get("group")) != (y.get("kind"), y.get("group")):
                out.append(_c(subject_of(x), "classification changed (%s/%s -> %s/%s)"
                              % (x.get("group"), x.get("kind"), y.get("group"), y.get("kind")),
                              "the value is unchanged; documentation only"))
    for x in removed:
        out.append(_b(subject_of(x), "removed (value %s)" % x["value"],
                      "users of it stop compiling, and the number is free to be reused "
                      "with another meaning"))
    for r, a in renamed:
        out.append(_c(subject_of(r), "renamed to %s (value %s unchanged)" % (a["name"], r["value"]),
                      SRC_INCOMPAT))
    for x in added:
        kind = is_flag(x)
        out.append(_c(subject_of(x), "added (value %s)" % x["value"],
                      "%s: old peers never send it, new peers must not rely on old peers "
                      "understanding it" % kind))


def _const_kind(c):
    if c.get("kind") == "bit":
        return "a new flag bit"
    if c.get("kind") == "mask":
        return "a new mask"
    g = (c.get("group") or "").lower()
    if "feature" in g:
        return "a new feature bit (offered/negotiated, so old peers never see it set)"
    if "status" in g:
        return "a new status value"
    if "type" in g or "cmd" in g or "command" in g or "req" in g:
        return "a new command/request type"
    return "a new constant"


# ------------------------------------------------------------------ structs

def _same_layout(a, b, renames=None):
    return (a["size"] == b["size"] and
            [(f["offset"], f["size"], _ftype(f, renames)) for f in a["fields"]] ==
            [(f["offset"], f["size"], _ftype(f)) for f in b["fields"]])


def _field_names(s):
    return [f["name"] for f in s["fields"]]


# ------------------------------------------------------------------ fields: pairing

@dataclass
class Pair:
    """One old field and what became of it in the new struct, or one new field.

    ``old`` is None for a field only NEW has; ``new`` lists the new fields that
    took the old one's bytes: one (kept, renamed in place, retyped...), several
    (reserved bytes split), or none (removed).  Facts the rules read are
    computed once here, so every rule is a one-line predicate."""
    old: object
    new: list
    os_: dict                   # the old struct
    ns: dict                    # the new struct
    host: object = None         # added field: the removed old field whose bytes it took
    in_pad: bool = False        # added field: inside former padding
    now_inserted: bool = False  # removed reserved field: now generator-inserted padding
    renamed_as: "dict | None" = None  # {(key, old name): new name} of renamed flag groups and enums
    extension: "Extension | None" = None  # the struct grew by a versioned tail extension

    @property
    def g(self):
        return self.new[0] if len(self.new) == 1 else None

    @property
    def is_pair(self):
        return self.old is not None and len(self.new) == 1

    @property
    def moved(self):
        return self.is_pair and self.old["offset"] != self.g["offset"]

    @property
    def resized(self):
        return self.is_pair and self.old["size"] != self.g["size"]

    @property
    def renamed(self):
        return self.is_pair and self.old["name"] != self.g["name"]

    @property
    def typing(self):
        """How the pair's types relate: same, array_of_one, same_encoding, other."""
        f, g = self.old, self.g
        if _ftype(f) == _ftype(g):
            return "same"
        if _array_of_one(f, g):
            return "array_of_one"
        return "same_encoding" if _same_encoding(f, g) else "other"

    @property
    def abi_moves(self):
        """ABIs on which the pair's recorded offset changed while the ABI-independent
        one did not: {(old offset, new offset): [abi, ...]}."""
        if not self.is_pair or self.moved:
            return {}
        out = {}
        oa, na = self.os_.get("abi") or {}, self.ns.get("abi") or {}
        for abi in oa:
            a = (oa[abi].get("fields") or {}).get(self.old["name"])
            b = ((na.get(abi) or {}).get("fields") or {}).get(self.g["name"])
            if a is not None and b is not None and a[0] != b[0]:
                out.setdefault((a[0], b[0]), []).append(abi)
        return out

    @property
    def undeclared(self):
        """Bytes of split reserved field that no new field declares."""
        return self.old["size"] - sum(g["size"] for g in self.new)

    @property
    def meant(self):
        """The old field had a meaning (it was not reserved bytes)."""
        return self.old is not None and not _is_reserved(self.old)

    def over_meaning(self):
        """Reserved bytes whose new fields reach into bytes another old field gave
        a meaning (that field moved or went: it is reported on its own too)."""
        return any(not _is_reserved(g) and any(
            f is not self.old and not _is_reserved(f) and f["offset"] < g["offset"] + g["size"]
            and g["offset"] < f["offset"] + f["size"] for f in self.os_["fields"])
            for g in self.new)

    def meaning(self, key):
        """(old, new) of a meaning key of a kept field when both tables record
        it and it changed; a renamed flag group or enum is the same one."""
        if not (self.meant and self.is_pair) or key not in self.old or key not in self.g:
            return None
        a, b = self.old[key], self.g[key]
        if (self.renamed_as or {}).get((key, a), a) == b:
            return None
        return a, b

    def lost_meaning(self):
        return self.is_pair and not _is_reserved(self.old) and _is_reserved(self.g)

    def gains_meaning(self):
        """Reserved bytes (whole, or split) that a new field now gives a meaning to."""
        return (self.old is not None and self.new and _is_reserved(self.old)
                and any(not _is_reserved(g) for g in self.new) and not self.over_meaning())

    def still_reserved(self):
        """Reserved bytes re-declared as other reserved fields (retyped, renamed, split)."""
        return (self.old is not None and self.new and _is_reserved(self.old)
                and all(_is_reserved(g) for g in self.new)
                and (not self.is_pair or self.typing != "same" or self.moved or self.resized))


def _pair_fields(o, n, renamed_as=None):
    """Pair every old field with what became of it, before anything is judged.

    In order: reserved bytes re-described (every new field overlapping an old
    reserved field lies inside it); then fields by name; then an old field
    and a new one at the same offset and size (a rename); what is left was
    removed or added."""
    pairs = []
    of = {f["name"]: f for f in o["fields"]}
    done_old, done_new = set(), set()
    for f in o["fields"]:
        if not _is_reserved(f):
            continue
        lo, hi = f["offset"], f["offset"] + f["size"]
        over = [g for g in n["fields"] if g["offset"] < hi and g["offset"] + g["size"] > lo]
        if not over or not all(lo <= g["offset"] and g["offset"] + g["size"] <= hi for g in over):
            continue
        if any(g["name"] in of and g["name"] != f["name"] and not _is_reserved(of[g["name"]])
               for g in over):
            continue            # an existing field moved in: paired by its name below
        if len(over) == 1 and over[0]["name"] == f["name"]:
            continue            # the same field: paired by name below
        done_old.add(f["name"])
        done_new.update(g["name"] for g in over)
        pairs.append(Pair(f, over, o, n, renamed_as=renamed_as))
    nf = {g["name"]: g for g in n["fields"]}
    unmatched_old = []
    for f in o["fields"]:
        if f["name"] in done_old:
            continue
        g = nf.get(f["name"])
        if g is None or g["name"] in done_new:
            unmatched_old.append(f)
            continue
        done_new.add(g["name"])
        pairs.append(Pair(f, [g], o, n, renamed_as=renamed_as))
    unmatched_new = [g for g in n["fields"] if g["name"] not in done_new]
    removed = []
    for f in unmatched_old:
        same = [g for g in unmatched_new if g["offset"] == f["offset"] and g["size"] == f["size"]]
        if len(same) == 1:
            unmatched_new.remove(same[0])
            pairs.append(Pair(f, same, o, n, renamed_as=renamed_as))
            continue
        inserted = [(p["offset"], p["size"]) for p in n.get("padding", [])
                    if p.get("origin") == "inserted"]
        now_inserted = (_is_reserved(f) and f["offset"] + f["size"] <= n["size"]
                        and _covered(f["offset"], f["size"], inserted))
        removed.append(f)
        pairs.append(Pair(f, [], o, n, now_inserted=now_inserted, renamed_as=renamed_as))
    for g in unmatched_new:
        in_pad = _covered(g["offset"], g["size"], _zero_bytes(o))
        pairs.append(Pair(None, [g], o, n, in_pad=in_pad, renamed_as=renamed_as,
                          host=None if in_pad else _host(g, [f for f in removed
                                                             if not _is_reserved(f)])))
    return pairs


def _zero_bytes(s):
    """[(offset, size)] of the bytes peers of struct ``s`` send as zero:
    padding, and reserved fields (a hand-made table may list them only there)."""
    return ([(p["offset"], p["size"]) for p in s.get("padding", [])] +
            [(f["offset"], f["size"]) for f in s["fields"] if _is_reserved(f)])


# ------------------------------------------------------------------ versioned growth

@dataclass
class Extension:
    """How a struct grew at its tail by a later version (format 3), when it
    did so in the one way old peers cannot notice: the old bytes unchanged,
    every new byte past the old end in fields of a version the old table did
    not know, and a size constant for the old and for the new size."""
    old_size: int
    new_size: int
    old_const: str          # the size constant of the old size (VIRTIO_IOMMU_CONFIG_SIZE_VER0)
    new_const: str
    versions: list          # the versions of the new fields, oldest first
    how: str                # how a peer knows it has them

    def text(self):
        return ("grew %d -> %d bytes at its tail in version %s (%s = %d, %s = %d)"
                % (self.old_size, self.new_size, ", ".join(self.versions), self.old_const,
                   self.old_size, self.new_const, self.new_size))


def _version_how(v):
    if v.get("feature"):
        return "feature bit %s" % v["feature"]
    if v.get("xen_interface") is not None:
        return "__XEN_INTERFACE_VERSION__ >= 0x%08x" % v["xen_interface"]
    return "version %s" % v["name"]


def _extension(o, n, old_table, new_table):
    """The Extension by which struct ``o`` became ``n``, or None."""
    versions = new_table.get("versions") or []
    order = [v.get("name") for v in versions]
    if n["size"] <= o["size"] or not order or o.get("variable_tail") or n.get("variable_tail"):
        return None
    consts = {v.get("size"): v for v in n.get("size_versions") or []}
    if o["size"] not in consts or n["size"] not in consts:
        return None                 # no size constant says how long each version is
    oldv = consts[o["size"]].get("version")
    known = {v.get("name") for v in old_table.get("versions") or []}
    names = {f["name"] for f in o["fields"]}
    tail = [g for g in n["fields"] if g["offset"] + g["size"] > o["size"]]
    if not tail or oldv not in order:
        return None
    for g in tail:
        since = g.get("since")
        if g["name"] in names or g["offset"] < o["size"] or since not in order \
                or order.index(since) <= order.index(oldv) or since in known:
            return None
    added = sorted({g["since"] for g in tail}, key=order.index)
    return Extension(o["size"], n["size"], consts[o["size"]].get("constant"),
                     consts[n["size"]].get("constant"), added,
                     "; ".join(_version_how(versions[order.index(a)]) for a in added))


# ------------------------------------------------------------------ fields: the rules

def _who(p):
    """'field a', or 'field a renamed to b and' when the pair also changed name."""
    if p.renamed:
        return "field '%s' renamed to '%s' and" % (p.old["name"], p.g["name"])
    return "field '%s'" % p.old["name"]


def _reserved_what(p):
    return "reserved bytes '%s' (offset %d, %d bytes)" % (p.old["name"], p.old["offset"],
                                                          p.old["size"])


def _descs(p):
    return ", ".join(_fdesc(g) for g in p.new)


def _abi_move_texts(p):
    return ["field '%s' moved on %s: offset %d -> %d"
            % (p.old["name"], ", ".join(abis), a, b) for (a, b), abis in p.abi_moves.items()]


def _dir_change(p):
    a, b = p.meaning("dir")
    how = ("narrowed" if a == "inout" and b in ("in", "out") else
           "reversed" if {a, b} == {"in", "out"} else
           "widened" if b == "inout" and a in ("in", "out") else
           "now stated" if a is None else "no longer stated")
    return "field '%s': direction %s -> %s (%s)" % (p.old["name"], a or "unstated",
                                                    b or "unstated", how)


def _key_change(key, label):
    def what(p):
        a, b = p.meaning(key)
        return "field '%s': %s %s -> %s" % (p.old["name"], label, a or "none", b or "none")
    return what


@dataclass(frozen=True)
class Rule:
    """One verdict and its reason, written once.  ``when`` picks the pairs it
    applies to; ``what`` says what changed (a list: one line per item).  Rules
    marked ``exclusive`` are tried in order and only the first that applies
    speaks (a pair's bytes have one fate); the others all speak."""
    name: str
    exclusive: bool
    breaking: bool
    when: object
    what: object
    why: str


OLD_ONLY = lambda p: p.old is not None and not p.new            # noqa: E731
NEW_ONLY = lambda p: p.old is None                              # noqa: E731
MEANING_GIVEN = "old peers send zero there, which must mean 'not used' in the new definition"

FIELD_RULES = (
    # where the bytes are
    Rule("moved", False, True, lambda p: p.meant and p.moved,
         lambda p: "field '%s' moved: offset %d -> %d" % (p.old["name"], p.old["offset"],
                                                          p.g["offset"]),
         "old and new peers read it from different bytes"),
    Rule("moved on some ABIs", False, True, lambda p: p.meant and p.abi_moves, _abi_move_texts,
         "old and new peers on those ABIs read it from different bytes"),
    # what the bytes mean (format 2 records it; a format-1 side records nothing)
    Rule("direction changed", False, True, lambda p: p.meaning("dir"), _dir_change,
         "who writes the bytes changed: one side now reads what the other never writes, "
         "or writes what the other does not expect to change"),
    Rule("flag group changed", False, True, lambda p: p.meaning("flags"),
         _key_change("flags", "flag group"),
         "its bits are read as another group's (or as a plain number): old and new peers "
         "decode the same bits differently"),
    Rule("enum changed", False, True, lambda p: p.meaning("enum"), _key_change("enum", "enum"),
         "its values are read as another enum's (or as a plain number): old and new peers "
         "decode the same value differently"),
    Rule("xen type changed", False, True, lambda p: p.meaning("xen_type"),
         _key_change("xen_type", "xen_type"),
         "the xen flavor declares it with another type, which Xen's compat translation and "
         "its users follow"),
    Rule("resized", False, True, lambda p: p.meant and p.resized,
         lambda p: "field '%s' resized: %d -> %d bytes" % (p.old["name"], p.old["size"],
                                                            p.g["size"]),
         "old and new peers disagree on its extent and on what follows"),
    # what the bytes mean: one fate per pair
    Rule("withdrawn", True, True, lambda p: p.lost_meaning(),
         lambda p: "field '%s' withdrawn into reserved bytes%s%s" % (
             p.old["name"], " '%s'" % p.g["name"] if p.renamed else "",
             " (now %s)" % _tdesc(p.g) if p.typing != "same" else ""),
         "peers built from the old definition still put a value there"),
    Rule("reserved given a meaning", True, False, lambda p: p.gains_meaning(),
         lambda p: "%s given a meaning: %s" % (_reserved_what(p), _descs(p)), MEANING_GIVEN),
    Rule("reserved re-declared", True, False, lambda p: p.still_reserved(),
         lambda p: "%s re-declared as %s (still reserved)" % (_reserved_what(p), _descs(p)),
         "reserved bytes are zero whatever their declared type"),
    Rule("array of one", True, False,
         lambda p: p.meant and p.is_pair and not p.resized and p.typing == "array_of_one",
         lambda p: "%s retyped: %s -> %s (an array of one element is the element)"
         % (_who(p), _tdesc(p.old), _tdesc(p.g)),
         "the same bytes, decoded the same way; source-incompatible (x <-> x[0])"),
    Rule("same encoding", True, False,
         lambda p: p.meant and p.is_pair and not p.resized and p.typing == "same_encoding",
         lambda p: "%s retyped: %s -> %s (same size and byte order)"
         % (_who(p), _tdesc(p.old), _tdesc(p.g)),
         "the same bytes, decoded the same way and declared with the same C type in every "
         "flavor; only what the value means may differ"),
    Rule("retyped", True, True,
         lambda p: p.meant and p.is_pair and not p.resized and p.typing == "other",
         lambda p: "%s retyped: %s -> %s (same size)" % (_who(p), _tdesc(p.old), _tdesc(p.g)),
         "the same bytes are decoded differently (byte order, element size or signedness)"),
    Rule("added past the old end in a later version", True, False,
         lambda p: NEW_ONLY(p) and p.extension is not None and p.g["offset"] >= p.os_["size"],
         lambda p: "field '%s' added at offset %d (past the old size %d) in version %s"
         % (p.g["name"], p.g["offset"], p.os_["size"], p.g.get("since")),
         "a versioned tail extension: peers of the older version neither send nor read it, "
         "and newer peers know from the version whether it is there"),
    Rule("added past the old end", True, True,
         lambda p: NEW_ONLY(p) and p.g["offset"] >= p.os_["size"],
         lambda p: "field '%s' added at offset %d (past the old size %d)"
         % (p.g["name"], p.g["offset"], p.os_["size"]),
         "old peers send shorter structs or do not fill those bytes"),
    Rule("added in former padding", True, False,
         lambda p: NEW_ONLY(p) and p.in_pad and not _is_reserved(p.g),
         lambda p: "field '%s' added in former padding (%s)" % (p.g["name"], _fdesc(p.g)),
         "those bytes were padding the spec required to be zero"),
    Rule("former padding declared", True, False, lambda p: NEW_ONLY(p) and p.in_pad,
         lambda p: "former padding declared as '%s'" % p.g["name"], "layout unchanged"),
    # a split (le64 virt_start -> le32 virt_start_lo, _hi) or a replacement:
    # name the field whose bytes these were, not just "other data"
    Rule("added in a removed field's bytes", True, True, lambda p: NEW_ONLY(p) and p.host,
         lambda p: "field '%s' (%s) added in the bytes of removed field '%s' (%s)"
         % (p.g["name"], _fdesc(p.g), p.host["name"], _fdesc(p.host)),
         "old peers put the removed field there"),
    Rule("over bytes that had a meaning", True, True,
         lambda p: NEW_ONLY(p) or (not p.meant and p.old is not None and p.over_meaning()),
         lambda p: ("field '%s' added at offset %d over bytes that had a meaning"
                    % (p.g["name"], p.g["offset"])) if p.old is None else
         "%s became %s, over bytes that had a meaning" % (_reserved_what(p), _descs(p)),
         "old peers put other data there"),
    Rule("renamed", True, False, lambda p: p.renamed and not p.resized,
         lambda p: "field '%s' renamed to '%s' (offset %d, %d bytes, type unchanged)"
         % (p.old["name"], p.g["name"], p.g["offset"], p.g["size"]), SRC_INCOMPAT),
    Rule("reserved now inserted padding", True, False, lambda p: OLD_ONLY(p) and p.now_inserted,
         lambda p: "reserved field '%s' (offset %d, %d bytes) is now padding the generator "
         "inserts" % (p.old["name"], p.old["offset"], p.old["size"]),
         "layout unchanged (still must be zero); " + SRC_INCOMPAT),
    Rule("reserved removed", True, False, lambda p: OLD_ONLY(p) and not p.meant,
         lambda p: "reserved field '%s' (offset %d, %d bytes) removed"
         % (p.old["name"], p.old["offset"], p.old["size"]),
         "its bytes carried nothing; what lies there now is judged on its own"),
    Rule("removed", True, True, OLD_ONLY,
         lambda p: "field '%s' removed (was %s)" % (p.old["name"], _fdesc(p.old)),
         "peers built from the old definition still read or write it"),
    Rule("part of reserved undeclared", False, False,
         lambda p: p.old is not None and len(p.new) > 1 and p.undeclared > 0,
         lambda p: "part of reserved '%s' is now undeclared padding" % p.old["name"],
         "layout unchanged, but say in the spec that it must be zero"),
)


# A struct's size: one verdict per changed size (format 3 tells a versioned
# tail extension from any other growth).  Each is tried on the Growth of a
# struct whose size changed; the first that applies speaks.
@dataclass
class Growth:
    old: dict
    new: dict
    extension: "Extension | None"


SIZE_RULES = (
    Rule("versioned tail extension", True, False, lambda g: g.extension is not None,
         lambda g: g.extension.text(),
         "a compatible versioned extension: a peer of the older version sends and reads the "
         "old size, a newer peer knows from the version (its feature bit or interface version) "
         "how long the struct is, and the size constants say it"),
    Rule("size changed", True, True, lambda g: True,
         lambda g: "size changed %d -> %d" % (g.old["size"], g.new["size"]),
         "arrays of it, structs embedding it, and length checks on requests all change"),
)


def _classify(subj, pairs, out):
    """Every rule that speaks for each pair, in the struct's field order."""
    for p in sorted(pairs, key=lambda p: (p.old or p.g)["offset"]):
        spoke = False
        for r in FIELD_RULES:
            if r.exclusive and spoke or not r.when(p):
                continue
            spoke = spoke or r.exclusive
            what = r.what(p)
            for w in (what if isinstance(what, list) else [what]):
                out.append(Change(r.breaking, subj, w, r.why))


def _diff_struct(o, n, out, renames=None, renamed_as=None, tables=({}, {})):
    subj = "struct %s" % o["name"]
    if renames:
        o = dict(o)
        o["fields"] = [dict(f, type=renames.get(f.get("type"), f.get("type"))) for f in o["fields"]]
    start = len(out)
    ext = None
    if o["size"] != n["size"]:
        ext = _extension(o, n, *tables)
        growth = Growth(o, n, ext)
        r = next(r for r in SIZE_RULES if r.when(growth))
        out.append(Change(r.breaking, subj, r.what(growth), r.why))
    _diff_abi(subj, o, n, out)
    _diff_tail(subj, o.get("variable_tail"), n.get("variable_tail"), out)
    if "xen_external" in o and "xen_external" in n and o["xen_external"] != n["xen_external"]:
        out.append(_b(subj, "xen_external %s -> %s" % (o["xen_external"] or "none",
                                                      n["xen_external"] or "none"),
                      "the xen flavor embeds another type in its place (or declares the struct "
                      "itself): code and compat translation built on the old one disagree"))
    pairs = _pair_fields(o, n, renamed_as)
    for p in pairs:
        p.extension = ext
    _classify(subj, pairs, out)
    if len(out) == start:
        # nothing structural: report documentation / padding-description changes
        for key in sorted(set(o) | set(n)):
            # the new name of a renamed struct is a line of its own; the
            # variable tail was compared by _diff_tail (its doc is no change);
            # fields were judged pair by pair (a meaning key that one side
            # does not record is not compared: not recorded is not changed)
            # (format 3's 'since' of a struct says in which version it came,
            # and 'size_versions' how it grew: judged with the size above)
            if key in ("abi", "name", "variable_tail", "xen_external", "fields",
                       "size_versions"):
                continue
            if key == "since" and (key not in o or key not in n):
                continue        # a table before format 3 records no versions
            if o.get(key) != n.get(key):
                out.append(_c(subj, "'%s' changed (documentation/metadata only)" % key,
                              "sizes, offsets and types are unchanged"))


def _host(g, removed):
    """The removed old field whose bytes new field ``g`` lies in, if any."""
    return next((f for f in removed if f["offset"] <= g["offset"]
                 and g["offset"] + g["size"] <= f["offset"] + f["size"]), None)


def _covered(off, size, ranges):
    """Is [off, off+size) inside the union of ``ranges`` [(offset, size)]?
    (Interval by interval: a size in a hand-edited baseline may be huge.)"""
    at, end = off, off + size
    for o, n in sorted(ranges):
        if o > at:
            break
        at = max(at, o + n)
    return at >= end


def _tdesc(f):
    t = f.get("type") or "?"
    return t + ("[%d]" % f["count"] if f.get("count") else "")


def _diff_tail(subj, a, b, out):
    if a is None and b is None:
        return
    if a is None:
        out.append(_b(subj, "variable-length tail '%s' added at offset %d" % (b["name"], b["offset"]),
                      "the request's length and where its trailer sits change for old peers"))
    elif b is None:
        out.append(_b(subj, "variable-length tail '%s' removed" % a["name"],
                      "old peers still send the variable part"))
    elif a["offset"] != b["offset"]:
        out.append(_b(subj, "variable-length tail '%s' moved: offset %d -> %d"
                      % (a["name"], a["offset"], b["offset"]),
                      "old peers put the variable part elsewhere"))
    elif a.get("type") != b.get("type"):
        out.append(_b(subj, "variable-length tail '%s' retyped: %s -> %s"
                      % (a["name"], a.get("type"), b.get("type")),
                      "its elements are decoded differently"))
    elif a.get("name") != b.get("name"):
        out.append(_c(subj, "variable-length tail renamed '%s' -> '%s'" % (a["name"], b["name"]),
                      SRC_INCOMPAT))
    elif _undocumented(a) != _undocumented(b):
        out.append(_c(subj, "variable-length tail metadata changed",
                      "offset and type unchanged"))
    # A doc-only edit is no ABI change: the tail's 'doc' is the one doc string
    # the layout table carries (struct and field docs are not in it at all).


def _undocumented(tail):
    return {k: v for k, v in tail.items() if k != "doc"}


def _diff_abi(subj, o, n, out):
    """Per-ABI size/alignment (sizes and offsets are reported once, ABI-independently)."""
    oa, na = o.get("abi") or {}, n.get("abi") or {}
    for key, label in (("align", "alignment"), ("xen_align", "alignment in the xen flavor")):
        changed = {}
        for abi in oa:
            if abi in na and oa[abi].get(key) != na[abi].get(key) \
                    and oa[abi].get(key) is not None and na[abi].get(key) is not None:
                changed.setdefault((oa[abi][key], na[abi][key]), []).append(abi)
        for (a, b), abis in changed.items():
            out.append(_b(subj, "%s changed %d -> %d on %s" % (label, a, b, ", ".join(abis)),
                          "structs and arrays that embed it change layout"))
    # per-ABI offsets/sizes that differ while the ABI-independent ones do not
    if o["size"] == n["size"]:
        for abi in oa:
            if abi not in na:
                continue
            if oa[abi].get("size") != na[abi].get("size"):
                out.append(_b(subj, "size on %s changed %s -> %s"
                              % (abi, oa[abi].get("size"), na[abi].get("size")),
                              "old and new peers on that ABI disagree on its length"))


def refuse_other_spec(old, new, old_name, new_name):
    """diff compares two versions of one interface: tables of two different
    specs (by name) are a usage error, not a list of changes."""
    if old.get("spec") != new.get("spec"):
        raise AbiCheckError("%s describes spec '%s' but %s describes spec '%s': diff compares "
                            "two versions of one spec" % (old_name, old.get("spec"), new_name,
                                                          new.get("spec")), EXIT_USAGE)


def _group_renames(old, new):
    """{old group: new group} for constant groups renamed with every constant kept
    (same values and kinds), so a field's flags: that follows them is no change."""
    def groups(t):
        out = {}
        for c in t["constants"]:
            if c.get("group") is not None:
                out.setdefault(c["group"], []).append((c["value"], c.get("kind")))
        return {g: sorted(v) for g, v in out.items()}
    og, ng = groups(old), groups(new)
    found = {}
    for g, vals in og.items():
        if g in ng:
            continue
        twins = [h for h, w in ng.items() if h not in og and w == vals]
        if len(twins) == 1:
            found[g] = twins[0]
    return found


def _diff_groups(old, new, renamed, out):
    """Format 2 records each constant group's kind: a number that was a bit index
    and is now a value (or a mask, or flags) means another thing."""
    if "groups" not in old or "groups" not in new:
        return
    nk = {g["name"]: g.get("kind") for g in new["groups"]}
    for g in old["groups"]:
        now = nk.get(renamed.get(g["name"], g["name"]))
        if now is not None and now != g.get("kind"):
            out.append(_b("constant group %s" % g["name"], "kind changed %s -> %s"
                          % (g.get("kind"), now),
                          "its numbers are read another way (a bit index is not a value)"))


def diff(old, new):
    """Every change from layout table ``old`` to ``new``, breaking ones first."""
    out = []
    oabis, nabis = list(old.get("abis", [])), list(new.get("abis", []))
    for a in oabis:
        if a not in nabis:
            out.append(_b("abis", "target ABI %s dropped" % a,
                          "the layout is no longer proven there"))
    for a in nabis:
        if a not in oabis:
            out.append(_c("abis", "target ABI %s added" % a, "one more ABI proven"))

    _diff_values(old["constants"], new["constants"], lambda c: "constant %s" % c["name"],
                 _const_kind, out)
    group_renames = _group_renames(old, new)
    _diff_groups(old, new, group_renames, out)

    oe = {e["name"]: e for e in old["enums"]}
    ne = {e["name"]: e for e in new["enums"]}
    enum_key = lambda e: {(x["name"], x["value"]) for x in e["enumerators"]}
    pairs = {}                  # old enum name -> the new name it goes by
    for name, e in list(oe.items()):
        if name in ne:
            continue
        # renamed: every old enumerator kept (new ones may be added in the same
        # edit; they are then reported as additions, as for any enum)
        twins = [m for m, f in ne.items() if m not in oe and m not in pairs.values()
                 and enum_key(f) >= enum_key(e)]
        if len(twins) == 1:
            identical = enum_key(ne[twins[0]]) == enum_key(e)
            out.append(_c("enum %s" % name, "renamed to enum %s (%s)" % (
                twins[0], "enumerators identical" if identical else "every enumerator kept"),
                SRC_INCOMPAT))
            pairs[name] = twins[0]
    for name, e in oe.items():
        twin = ne.get(pairs.get(name, name))
        if twin is None:
            out.append(_b("enum %s" % name, "removed (%d enumerators)" % len(e["enumerators"]),
                          "users of it stop compiling, and its numbers are free for reuse"))
            continue
        _diff_values(e["enumerators"], twin["enumerators"],
                     lambda x, en=name: "enum %s: enumerator %s" % (en, x["name"]),
                     lambda x: "a new enumerator/command", out)
    renamed_as = {("flags", a): b for a, b in group_renames.items()}
    renamed_as.update((("enum", a), b) for a, b in pairs.items())
    ne = {k: v for k, v in ne.items() if k not in pairs.values()}
    for name in ne:
        if name not in oe:
            out.append(_c("enum %s" % name, "added", "nothing existing changes"))

    os_ = {s["name"]: s for s in old["structs"]}
    ns = {s["name"]: s for s in new["structs"]}
    gone = [s for k, s in os_.items() if k not in ns]
    new_only = [s for k, s in ns.items() if k not in os_]
    renames = {}
    pairs = []                  # (old, new) of each renamed struct
    for s in list(gone):
        twins = [t for t in new_only if _same_layout(s, t, renames)]
        if len(twins) > 1:
            # same-shaped structs renamed together (pv_iommu_alloc and _free):
            # the one whose fields kept their names is the renamed one
            twins = [t for t in twins if _field_names(t) == _field_names(s)]
        if len(twins) == 1:
            renames["struct " + s["name"]] = "struct " + twins[0]["name"]
            out.append(_c("struct %s" % s["name"], "renamed to struct %s (layout identical)"
                          % twins[0]["name"], SRC_INCOMPAT))
            gone.remove(s)
            new_only.remove(twins[0])
            pairs.append((s, twins[0]))
    for s in gone:
        out.append(_b("struct %s" % s["name"], "removed (size %d)" % s["size"],
                      "users of it stop compiling and peers still send it"))
    for name, s in os_.items():
        if name in ns:
            _diff_struct(s, ns[name], out, renames, renamed_as, (old, new))
    # A rename is matched on offsets, sizes and types only: the fields may still
    # have been renamed, swapped, or withdrawn into reserved bytes.
    for s, t in pairs:
        _diff_struct(s, t, out, renames, renamed_as, (old, new))
    for s in new_only:
        out.append(_c("struct %s" % s["name"], "added (size %d)" % s["size"],
                      "nothing existing changes"))
    out.sort(key=lambda c: not c.breaking)
    return out


def exit_status(changes):
    if any(c.breaking for c in changes):
        return EXIT_BREAKING
    return EXIT_CHANGES if changes else EXIT_OK


def summary(changes, old_name, new_name):
    nb = sum(1 for c in changes if c.breaking)
    nc = len(changes) - nb
    if not changes:
        verdict = "no ABI change"
    elif nb:
        verdict = "BREAKING"
    else:
        verdict = "compatible"
    return ("abi-check: diff %s -> %s: %s (%d breaking, %d compatible change(s); exit %d)"
            % (old_name, new_name, verdict, nb, nc, exit_status(changes)))
