"""An oracle for `abi-check diff`: the class of a change, from the two layout
tables and the rules of abi-check/README.md, written without diff.py.

diff.py pairs fields and judges each pair by a rule table.  This oracle
looks at bytes instead: for every byte an old peer gave a meaning to, is
there a new field that gives the same bytes the same meaning?  The two are
different enough that a disagreement points at a bug in one of them.

    verdict(old, new) -> "breaking" | "compatible" | "none"
"""

# Types that are the same bytes decoded the same way (and one C type in
# every flavor); everything else of the same size is decoded differently.
_SAME_BYTES = [{"guest_handle", "u64"}]

# Keys that say nothing about bytes: their changes are "none".
_COSMETIC_STRUCT_KEYS = {"doc"}
_COSMETIC_TOP_KEYS = {"source", "doc", "title", "spec_digest", "flavors"}


def _ftype(f):
    return (f.get("type"), f.get("count") or None)


def _same_meaning_type(a, b):
    ta, tb = _ftype(a), _ftype(b)
    if ta == tb:
        return True
    if ta[0] == tb[0] and (ta[1] or 1) == (tb[1] or 1) == 1:
        return True                         # x and x[1]
    return ta[1] == tb[1] and any({ta[0], tb[0]} <= s for s in _SAME_BYTES)


def _meaning_breaks(a, b):
    """Item 1 of issue 10, restated: the keys that say what the bytes mean.

    dir: a direction is who writes the bytes.  'inout' -> 'in' or 'out' is
    narrowed (a peer relying on the other half breaks); 'in' <-> 'out' is
    reversed; widening to 'inout' makes the other side write bytes it never
    wrote: breaking as well.  Anything set or cleared is a change of who
    writes: breaking.  flags/enum: another group (or one taken away, or
    added) changes what the numbers mean: breaking.  xen_type: the xen
    flavor's C type: breaking when changed."""
    for key in ("dir", "flags", "enum", "xen_type"):
        if key in a and key in b and a[key] != b[key]:
            return True
    return False


def _bytes(s):
    """{offset: (field, is_reserved)} for every byte a field covers."""
    out = {}
    for f in s["fields"]:
        for i in range(f["offset"], f["offset"] + f["size"]):
            out[i] = f
    return out


def _reserved(f):
    return bool(f.get("reserved"))


def _per_abi(s):
    return {abi: {k: tuple(v) for k, v in (r.get("fields") or {}).items()}
            for abi, r in (s.get("abi") or {}).items()}


def _struct_verdict(o, n, struct_renames):
    """'breaking' / 'compatible' / 'none' for two versions of one struct."""
    if o["size"] != n["size"]:
        return "breaking"
    for abi, r in (o.get("abi") or {}).items():
        q = (n.get("abi") or {}).get(abi)
        if q is None:
            continue
        for k in ("size", "align", "xen_align"):
            if r.get(k) != q.get(k):
                return "breaking"
    ot, nt = o.get("variable_tail"), n.get("variable_tail")
    if (ot is None) != (nt is None):
        return "breaking"
    compatible = False
    if ot is not None:
        if (ot["offset"], ot.get("type")) != (nt["offset"], nt.get("type")):
            return "breaking"
        compatible |= ot["name"] != nt["name"]
    if o.get("xen_external", None) != n.get("xen_external", None) \
            and "xen_external" in o and "xen_external" in n:
        return "breaking"
    # every meaningful old field must still be there: same bytes, same meaning
    nb = _bytes(n)
    opa, npa = _per_abi(o), _per_abi(n)
    for f in o["fields"]:
        if _reserved(f):
            continue
        g = nb.get(f["offset"])
        if g is None or g["offset"] != f["offset"] or g["size"] != f["size"] or _reserved(g):
            return "breaking"
        ft = dict(f, type=struct_renames.get(f.get("type"), f.get("type")))
        if not _same_meaning_type(ft, g) or _meaning_breaks(f, g):
            return "breaking"
        for abi in opa:
            if abi in npa and opa[abi].get(f["name"]) != npa[abi].get(g["name"]):
                return "breaking"
        if (f["name"], _ftype(ft)) != (g["name"], _ftype(g)):
            compatible = True
    # every new field either is an old meaningful one (checked above) or sits
    # in bytes old peers sent as zero (reserved or padding)
    ob = _bytes(o)
    old_fields = {(f["offset"], f["size"]) for f in o["fields"] if not _reserved(f)}
    for g in n["fields"]:
        if (g["offset"], g["size"]) in old_fields and not _reserved(g):
            continue
        for i in range(g["offset"], g["offset"] + g["size"]):
            f = ob.get(i)
            if f is not None and not _reserved(f):
                return "breaking"
    olist = [(f["name"], f["offset"], f["size"], _ftype(f), _reserved(f)) for f in o["fields"]]
    nlist = [(f["name"], f["offset"], f["size"], _ftype(f), _reserved(f)) for f in n["fields"]]
    if struct_renames:
        olist = [(a, b, c, (struct_renames.get(t[0], t[0]), t[1]), r)
                 for a, b, c, t, r in olist]
    if olist != nlist:
        compatible = True
    oo = {k: v for k, v in o.items() if k not in _COSMETIC_STRUCT_KEYS | {"name", "fields", "abi"}}
    nn = {k: v for k, v in n.items() if k not in _COSMETIC_STRUCT_KEYS | {"name", "fields", "abi"}}
    if "variable_tail" in oo and oo["variable_tail"]:
        oo["variable_tail"] = {k: v for k, v in oo["variable_tail"].items() if k != "doc"}
        nn["variable_tail"] = {k: v for k, v in nn["variable_tail"].items() if k != "doc"}
    if oo != nn:
        compatible = True
    return "compatible" if compatible else "none"


def _values_verdict(old, new):
    """Constants or enumerators: [{name, value, group?, kind?}]."""
    o = {x["name"]: x for x in old}
    n = {x["name"]: x for x in new}
    verdict = "none"
    gone = [x for k, x in o.items() if k not in n]
    came = [x for k, x in n.items() if k not in o]
    for x in gone:
        same = [y for y in came if (y["value"], y.get("group"), y.get("kind"))
                == (x["value"], x.get("group"), x.get("kind"))]
        twins = [z for z in gone if (z["value"], z.get("group")) == (x["value"], x.get("group"))]
        if len(same) != 1 or len(twins) != 1:
            return "breaking"            # a number old peers use is gone
        verdict = "compatible"          # renamed
    for k in o.keys() & n.keys():
        a, b = o[k], n[k]
        if a["value"] != b["value"]:
            if a.get("kind") == b.get("kind") == "mask" and a["value"] & ~b["value"] == 0:
                verdict = "compatible"
            else:
                return "breaking"
        elif (a.get("group"), a.get("kind")) != (b.get("group"), b.get("kind")):
            verdict = "compatible"
    if came:
        verdict = "compatible"
    return verdict


def verdict(old, new):
    worst = ["none"]

    def see(v):
        if v == "breaking" or (v == "compatible" and worst[0] == "none"):
            worst[0] = v

    if set(old["abis"]) - set(new["abis"]):
        return "breaking"
    if set(new["abis"]) - set(old["abis"]):
        see("compatible")
    if old.get("spec") != new.get("spec"):
        see("compatible")
    see(_values_verdict(old["constants"], new["constants"]))
    oe = {e["name"]: e for e in old["enums"]}
    ne = {e["name"]: e for e in new["enums"]}
    for name, e in oe.items():
        if name not in ne:
            # renamed if exactly one new enum keeps all its enumerators
            keep = {(x["name"], x["value"]) for x in e["enumerators"]}
            twins = [m for m, f in ne.items() if m not in oe
                     and keep <= {(x["name"], x["value"]) for x in f["enumerators"]}]
            if len(twins) != 1:
                return "breaking"
            see(_values_verdict(e["enumerators"], ne[twins[0]]["enumerators"]))
            see("compatible")
            continue
        see(_values_verdict(e["enumerators"], ne[name]["enumerators"]))
    if any(name not in oe for name in ne):
        see("compatible")
    os_ = {s["name"]: s for s in old["structs"]}
    ns = {s["name"]: s for s in new["structs"]}
    renames = {}
    for name, s in os_.items():
        if name in ns:
            continue
        shape = lambda t: (t["size"], [(f["offset"], f["size"], _ftype(f)) for f in t["fields"]])  # noqa: E731
        twins = [t for m, t in ns.items() if m not in os_ and shape(t) == shape(s)]
        if len(twins) != 1:
            return "breaking"
        renames["struct " + name] = "struct " + twins[0]["name"]
        see("compatible")
    for name, s in os_.items():
        t = ns.get(name)
        if t is None:
            t = ns[renames["struct " + name][7:]]
        see(_struct_verdict(s, t, renames))
        if worst[0] == "breaking":
            return "breaking"
    if any(name not in os_ and "struct " + name not in renames.values() for name in ns):
        see("compatible")
    return worst[0]
