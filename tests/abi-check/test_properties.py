"""Property-based tests of the generator and the gate (Debian's python3-hypothesis).

1. Random valid specs (structs of random field types, counts, reserved
   fields, embedded structs, constants, flags, enums): the generator's headers
   compile on all ten targets with no implicit padding (`abi-check verify`),
   and `diff` of the spec against its own baseline is "no ABI change".
2. Random edits of a spec: `diff`'s verdict equals the oracle's
   (abi_oracle.py, written from the two layout tables and the README's
   rules, not from diff.py).
3. Random byte mutations of specs, baselines and headers: never a
   traceback, always an exit status from the documented table.

Seeded (derandomized) and bounded so ctest stays fast.  A longer run:
``tests/abi-check/properties-long.sh`` (PROPERTY_EXAMPLES, PROPERTY_SEED).
"""

import contextlib
import io
import os
import shutil
import sys
import tempfile
import unittest

import yaml
from hypothesis import HealthCheck, assume, given, seed, settings, strategies as st

HERE = os.path.dirname(os.path.abspath(__file__))
REPO = os.path.dirname(os.path.dirname(HERE))
sys.path.insert(0, os.path.join(REPO, "abi-check"))
sys.path.insert(0, os.path.join(REPO, "gen"))
sys.path.insert(0, HERE)

import abi_oracle  # noqa: E402
from iommu_abi_check import baseline, cli, diff, errors  # noqa: E402
from iommu_abi_check.errors import AbiCheckError  # noqa: E402
from iommuabi import cli as gen_cli  # noqa: E402

EXAMPLES = int(os.environ.get("PROPERTY_EXAMPLES", "0") or 0)
SEED = os.environ.get("PROPERTY_SEED")


def budget(n):
    """``n`` examples, the same ones every run (derandomized), unless a long run
    asks for more (PROPERTY_EXAMPLES) or for a seed of its own (PROPERTY_SEED)."""
    kw = dict(max_examples=EXAMPLES or n, deadline=None, database=None,
              suppress_health_check=list(HealthCheck), derandomize=SEED is None)

    def wrap(test):
        test = settings(**kw)(test)
        return seed(int(SEED))(test) if SEED is not None else test
    return wrap


# Every status abi-check documents, but 1 (an internal error is a bug).
DOCUMENTED = {0, 2, 3, 4, 5, 7, 9, 11, 12}
PRIMS = {"u8": 1, "u16": 2, "u32": 4, "u64": 8, "le16": 2, "le32": 4, "le64": 8,
         "be16": 2, "be32": 4, "be64": 8, "guest_handle": 8}
SAME_SIZE = {n: sorted(t for t, m in PRIMS.items() if m == s) for n, s in PRIMS.items()}
NAME = "prop-iommu"
OUTPUTS = {"linux": "linux/prop_iommu.h", "portable": "iommu-abi/prop_iommu.h",
           "xen": "xen/public/prop-iommu.h"}


# ------------------------------------------------------------------ random specs

@st.composite
def raw_field(draw):
    return {"type": draw(st.sampled_from(sorted(PRIMS))),
            "count": draw(st.one_of(st.none(), st.integers(1, 5))),
            "reserved": draw(st.integers(0, 4)) == 0}


@st.composite
def spec_model(draw):
    """A spec as plain data: laid out by construction (pads declared where the
    natural alignment needs them) so that every drawn spec is valid."""
    nconst = draw(st.integers(0, 4))
    values = draw(st.lists(st.integers(0, 1000), min_size=nconst, max_size=nconst, unique=True))
    bits = draw(st.lists(st.integers(0, 31), min_size=0, max_size=4, unique=True))
    enum_vals = draw(st.lists(st.integers(0, 100), min_size=0, max_size=4, unique=True))
    model = {
        "constants": [{"name": "PROP_T_%d" % i, "value": v} for i, v in enumerate(values)],
        "flags": [{"name": "PROP_F_%d" % i, "bit": b} for i, b in enumerate(bits)],
        "enum": [{"name": "PROP_CMD_%d" % i, "value": v} for i, v in enumerate(enum_vals)],
        "structs": [],
    }
    for si in range(draw(st.integers(1, 3))):
        raws = draw(st.lists(raw_field(), min_size=1, max_size=6))
        if si and draw(st.booleans()):
            raws.insert(draw(st.integers(0, len(raws))),
                        {"type": "prop_s%d" % draw(st.integers(0, si - 1)), "count": None,
                         "reserved": False})
        for f in raws:
            if f["type"] in PRIMS and not f["reserved"] and not f["count"]:
                f["dir"] = draw(st.sampled_from([None, "in", "out", "inout"]))
                if PRIMS[f["type"]] >= 4 and model["flags"] and draw(st.booleans()):
                    f["flags"] = "prop_flags"
                elif model["enum"] and draw(st.integers(0, 3)) == 0:
                    f["enum"] = "prop_cmd"
        model["structs"].append({"name": "prop_s%d" % si, "fields": raws})
    return lay_out_model(model)


def _size_align(model, t):
    if t in PRIMS:
        return PRIMS[t], PRIMS[t]
    s = next(s for s in model["structs"] if s["name"] == t)
    return s["_size"], s["_align"]


def lay_out_model(model):
    """Name fields, add reserved u8 pads where the natural layout has holes."""
    for s in model["structs"]:
        out, off, maxal, npad = [], 0, 1, 0
        for i, f in enumerate(s["fields"]):
            f = {k: v for k, v in f.items() if not k.startswith("_")}
            size, al = _size_align(model, f["type"])
            if off % al:
                out.append({"name": "pad%d" % npad, "type": "u8", "count": al - off % al,
                            "reserved": True})
                npad += 1
                off += al - off % al
            f["name"] = f.get("name") or "f%d" % i
            out.append(f)
            off += size * (f["count"] or 1)
            maxal = max(maxal, al)
        if off % maxal:
            out.append({"name": "pad%d" % npad, "type": "u8", "count": maxal - off % maxal,
                        "reserved": True})
            off += maxal - off % maxal
        # pads drawn earlier keep their names unique
        seen = set()
        for f in out:
            while f["name"] in seen:
                f["name"] += "_"
            seen.add(f["name"])
        s["fields"], s["_size"], s["_align"] = out, off, maxal
    return model


def render(model, doc="A random interface for property tests."):
    spec = {"spec": NAME, "title": "Property test interface", "doc": doc, "outputs": OUTPUTS}
    groups = []
    if model["constants"]:
        groups.append({"group": "req_types", "kind": "value", "items": model["constants"]})
    if model["flags"]:
        groups.append({"group": "prop_flags", "kind": "flags", "mask": "PROP_F_MASK",
                       "items": model["flags"]})
    if groups:
        spec["constants"] = groups
    if model["enum"]:
        spec["enums"] = [{"name": "prop_cmd", "enumerators": model["enum"]}]
    spec["structs"] = []
    for s in model["structs"]:
        fields = []
        for f in s["fields"]:
            y = {"name": f["name"], "type": f["type"]}
            if f.get("count"):
                y["count"] = f["count"]
            if f.get("reserved"):
                y["reserved"] = True
            for key in ("dir", "flags", "enum", "doc"):
                if f.get(key):
                    y[key] = f[key]
            fields.append(y)
        spec["structs"].append({"name": s["name"], "fields": fields})
    return yaml.safe_dump(spec, sort_keys=False, width=200)


def table_of(text, tmp, name=NAME + ".yaml"):
    d = tempfile.mkdtemp(dir=tmp)
    p = os.path.join(d, name)
    with open(p, "w") as f:
        f.write(text)
    return p, baseline.load(p)


def run_cli(argv):
    out, err = io.StringIO(), io.StringIO()
    with contextlib.redirect_stderr(err):
        status = cli.main(argv, out)
    return status, out.getvalue(), err.getvalue()


class Tmp(unittest.TestCase):
    def setUp(self):
        self.tmp = tempfile.mkdtemp(prefix="abi-prop-")
        self.addCleanup(shutil.rmtree, self.tmp)


# ------------------------------------------------------------------ 1. valid specs

class ValidSpecs(Tmp):
    @budget(4)
    @given(spec_model())
    def test_headers_compile_everywhere_without_padding_and_match_their_baseline(self, model):
        d = tempfile.mkdtemp(dir=self.tmp)
        spec = os.path.join(d, NAME + ".yaml")
        with open(spec, "w") as f:
            f.write(render(model))
        inc = os.path.join(d, "include")
        out = io.StringIO()
        with contextlib.redirect_stdout(out), contextlib.redirect_stderr(out):
            rc = gen_cli.main(["--out", inc, spec])
        self.assertEqual(rc, 0, out.getvalue() + render(model))
        st_, vout, verr = run_cli(["verify", "--spec", spec, "--include-dir", inc,
                                   "--no-summary"])
        self.assertEqual(st_, 0, vout + verr + render(model))
        self.assertIn("10 ABI(s)", vout)
        base = os.path.join(d, "base.json")
        self.assertEqual(run_cli(["dump", spec, "-o", base])[0], 0)
        st_, dout, _ = run_cli(["diff", base, spec])
        self.assertEqual(st_, 0, dout)
        self.assertIn("no ABI change", dout)

    @budget(60)
    @given(spec_model())
    def test_diff_against_itself_is_no_change(self, model):
        _, t = table_of(render(model), self.tmp)
        self.assertEqual(diff.diff(t, t), [])
        self.assertEqual(abi_oracle.verdict(t, t), "none")


# ------------------------------------------------------------------ 2. edits vs oracle

def _structs(model):
    return model["structs"]


EDITS = {}


def edit(fn):
    EDITS[fn.__name__] = fn
    return fn


@edit
def swap_fields(m, draw):
    s = draw(st.sampled_from(_structs(m)))
    if len(s["fields"]) < 2:
        return False
    i = draw(st.integers(0, len(s["fields"]) - 2))
    s["fields"][i], s["fields"][i + 1] = s["fields"][i + 1], s["fields"][i]
    return True


@edit
def retype_same_size(m, draw):
    s = draw(st.sampled_from(_structs(m)))
    f = draw(st.sampled_from(s["fields"]))
    if f["type"] not in PRIMS:
        return False
    f["type"] = draw(st.sampled_from(SAME_SIZE[f["type"]]))
    return True


@edit
def retype_any(m, draw):
    s = draw(st.sampled_from(_structs(m)))
    f = draw(st.sampled_from(s["fields"]))
    f["type"] = draw(st.sampled_from(sorted(PRIMS)))
    return True


@edit
def recount(m, draw):
    s = draw(st.sampled_from(_structs(m)))
    f = draw(st.sampled_from(s["fields"]))
    f["count"] = draw(st.one_of(st.none(), st.integers(1, 5)))
    return True


@edit
def rename_field(m, draw):
    s = draw(st.sampled_from(_structs(m)))
    f = draw(st.sampled_from(s["fields"]))
    f["name"] = f["name"] + "_renamed"
    return True


@edit
def toggle_reserved(m, draw):
    s = draw(st.sampled_from(_structs(m)))
    f = draw(st.sampled_from(s["fields"]))
    if f["type"] not in PRIMS:
        return False
    f["reserved"] = not f.get("reserved")
    return True


@edit
def split_reserved(m, draw):
    """Reserved u8[n] bytes: part given a meaning (a u8, or a wider field if aligned)."""
    s = draw(st.sampled_from(_structs(m)))
    for i, f in enumerate(s["fields"]):
        if f.get("reserved") and f["type"] == "u8" and (f["count"] or 1) >= 2:
            n = f["count"]
            s["fields"][i:i + 1] = [{"name": "used", "type": "u8", "count": None,
                                     "reserved": False},
                                    dict(f, count=n - 1)]
            return True
    return False


@edit
def append_field(m, draw):
    s = draw(st.sampled_from(_structs(m)))
    s["fields"].append(draw(raw_field()))
    s["fields"][-1]["name"] = "extra"
    return True


@edit
def remove_field(m, draw):
    s = draw(st.sampled_from(_structs(m)))
    if len(s["fields"]) < 2:
        return False
    del s["fields"][draw(st.integers(0, len(s["fields"]) - 1))]
    return True


@edit
def rename_struct(m, draw):
    s = draw(st.sampled_from(_structs(m)))
    old = s["name"]
    s["name"] = old + "_v2"
    for t in _structs(m):
        for f in t["fields"]:
            if f["type"] == old:
                f["type"] = s["name"]
    return True


@edit
def add_struct(m, draw):
    m["structs"].append({"name": "prop_new", "fields": [draw(raw_field())]})
    return True


@edit
def remove_last_struct(m, draw):
    if len(m["structs"]) < 2:
        return False
    gone = m["structs"].pop()["name"]
    return not any(f["type"] == gone for s in m["structs"] for f in s["fields"])


@edit
def change_constant(m, draw):
    if not m["constants"]:
        return False
    c = draw(st.sampled_from(m["constants"]))
    c["value"] = draw(st.integers(0, 1000))
    return True


@edit
def add_constant(m, draw):
    m["constants"].append({"name": "PROP_T_NEW", "value": draw(st.integers(1001, 2000))})
    return True


@edit
def remove_constant(m, draw):
    if not m["constants"]:
        return False
    m["constants"].pop(draw(st.integers(0, len(m["constants"]) - 1)))
    return True


@edit
def rename_constant(m, draw):
    if not m["constants"]:
        return False
    c = draw(st.sampled_from(m["constants"]))
    c["name"] += "_RENAMED"
    return True


@edit
def add_flag_bit(m, draw):
    used = {f["bit"] for f in m["flags"]}
    free = [b for b in range(32) if b not in used]
    m["flags"].append({"name": "PROP_F_NEW", "bit": draw(st.sampled_from(free))})
    return True


@edit
def remove_flag_bit(m, draw):
    if not m["flags"]:
        return False
    m["flags"].pop(draw(st.integers(0, len(m["flags"]) - 1)))
    return True


@edit
def enumerator_value(m, draw):
    if not m["enum"]:
        return False
    e = draw(st.sampled_from(m["enum"]))
    e["value"] = draw(st.integers(0, 100))
    return True


@edit
def add_enumerator(m, draw):
    m["enum"].append({"name": "PROP_CMD_NEW", "value": draw(st.integers(101, 200))})
    return True


@edit
def doc_only(m, draw):
    s = draw(st.sampled_from(_structs(m)))
    f = draw(st.sampled_from(s["fields"]))
    f["doc"] = "Now documented."
    return True


@edit
def change_dir(m, draw):
    s = draw(st.sampled_from(_structs(m)))
    f = draw(st.sampled_from(s["fields"]))
    if f.get("reserved") or f["type"] not in PRIMS:
        return False
    f["dir"] = draw(st.sampled_from([None, "in", "out", "inout"]))
    return True


@edit
def toggle_flags(m, draw):
    s = draw(st.sampled_from(_structs(m)))
    f = draw(st.sampled_from(s["fields"]))
    if f.get("reserved") or f["type"] not in PRIMS or PRIMS[f["type"]] < 4 or f.get("count") \
            or not m["flags"]:
        return False
    f["flags"] = None if f.get("flags") else "prop_flags"
    f.pop("enum", None)
    return True


@edit
def toggle_enum(m, draw):
    s = draw(st.sampled_from(_structs(m)))
    f = draw(st.sampled_from(s["fields"]))
    if f.get("reserved") or f["type"] not in PRIMS or f.get("count") or not m["enum"]:
        return False
    f["enum"] = None if f.get("enum") else "prop_cmd"
    f.pop("flags", None)
    return True


@st.composite
def edited(draw):
    model = draw(spec_model())
    new = yaml.safe_load(yaml.safe_dump(model))          # a deep copy
    names = draw(st.lists(st.sampled_from(sorted(EDITS)), min_size=1, max_size=3))
    applied = [n for n in names if EDITS[n](new, draw)]
    return model, lay_out_model(new), applied


class EditsAgainstOracle(Tmp):
    def test_diff_agrees_with_the_oracle(self):
        seen = {"none": 0, "compatible": 0, "breaking": 0}

        @budget(150)
        @given(edited())
        def check(case):
            model, new, applied = case
            text_old, text_new = render(model), render(new)
            _, old_t = table_of(text_old, self.tmp)
            try:
                _, new_t = table_of(text_new, self.tmp)
            except AbiCheckError as e:      # an edit the spec format refuses
                assume(e.status != errors.EXIT_CORRUPT)
                raise
            changes = diff.diff(old_t, new_t)
            got = {errors.EXIT_OK: "none", errors.EXIT_CHANGES: "compatible",
                   errors.EXIT_BREAKING: "breaking"}[diff.exit_status(changes)]
            want = abi_oracle.verdict(old_t, new_t)
            self.assertEqual(got, want, "edits %s:\n%s\n--- old spec:\n%s--- new spec:\n%s" % (
                applied, "\n".join(c.text() for c in changes), text_old, text_new))
            seen[want] += 1

        check()
        # the edits reach every verdict, or the agreement proves little
        self.assertTrue(all(seen.values()), seen)


# ------------------------------------------------------------------ 3. byte mutations

@st.composite
def mutated(draw, data):
    b = bytearray(data)
    for _ in range(draw(st.integers(1, 4))):
        op = draw(st.sampled_from(["flip", "insert", "delete", "truncate", "duplicate"]))
        pos = draw(st.integers(0, max(0, len(b) - 1)))
        if op == "flip" and b:
            b[pos] = draw(st.integers(0, 255))
        elif op == "insert":
            b[pos:pos] = draw(st.binary(min_size=1, max_size=8) | st.sampled_from(
                [b"[", b"{", b"&a ", b"*a", b"\"", b":", b"\n  ", b"\xff", b"-1", b"99999999999"]))
        elif op == "delete":
            del b[pos:pos + draw(st.integers(1, 40))]
        elif op == "truncate":
            del b[pos:]
        elif op == "duplicate":
            n = draw(st.integers(1, 60))
            b[pos:pos] = b[pos:pos + n]
    return bytes(b)


def _read(path):
    with open(path, "rb") as f:
        return f.read()


SPEC_BYTES = _read(os.path.join(REPO, "spec", "virtio-iommu.yaml"))
BASE_BYTES = _read(os.path.join(REPO, "abi-check", "baseline", "xen-pv-iommu.json"))
HEADER_BYTES = _read(os.path.join(HERE, "fixtures", "pv-iommu-v4.h"))
VIRTIO_BASE = os.path.join(REPO, "abi-check", "baseline", "virtio-iommu.json")
XEN_BASE = os.path.join(REPO, "abi-check", "baseline", "xen-pv-iommu.json")


class Mutations(Tmp):
    def write(self, data, name):
        d = tempfile.mkdtemp(dir=self.tmp)
        p = os.path.join(d, name)
        with open(p, "wb") as f:
            f.write(data)
        return p

    def assert_documented(self, argv):
        st_, out, err = run_cli(argv)
        self.assertIn(st_, DOCUMENTED, "%s: exit %d\n%s" % (argv, st_, err[-2000:]))
        self.assertNotIn("Traceback", err)
        return st_

    @budget(40)
    @given(mutated(SPEC_BYTES))
    def test_mutated_spec(self, data):
        p = self.write(data, "virtio-iommu.yaml")
        self.assert_documented(["diff", VIRTIO_BASE, p])
        out = os.path.join(self.tmp, "gen-out")
        with contextlib.redirect_stdout(io.StringIO()), contextlib.redirect_stderr(io.StringIO()):
            rc = gen_cli.main(["--out", out, p])      # an exception here fails the test
        self.assertIn(rc, (0, 2, 3))

    @budget(60)
    @given(mutated(BASE_BYTES))
    def test_mutated_baseline(self, data):
        p = self.write(data, "xen-pv-iommu.json")
        self.assert_documented(["diff", p, XEN_BASE])
        self.assert_documented(["diff", XEN_BASE, p])
        self.assert_documented(["dump", p])

    @budget(4)
    @given(mutated(HEADER_BYTES))
    def test_mutated_header(self, data):
        d = tempfile.mkdtemp(dir=self.tmp)
        for stand_in in ("xen.h", "physdev.h"):
            shutil.copy(os.path.join(HERE, "fixtures", stand_in), d)
        p = os.path.join(d, "pv-iommu-v4.h")
        with open(p, "wb") as f:
            f.write(data)
        self.assert_documented(["lint", "-D", "__XEN_TOOLS__", "--targets", "x86_64", p])


if __name__ == "__main__":
    unittest.main()
