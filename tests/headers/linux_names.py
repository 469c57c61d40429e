#!/usr/bin/env python3
"""The linux flavor of virtio-iommu keeps every name of Linux's own header.

Reads the system's <linux/virtio_iommu.h> (Debian's linux-libc-dev) and ours
(include/linux/virtio_iommu.h) and fails, naming each problem, unless:

  - every struct of the system header exists in ours, with the same fields in
    the same order, each with the same type spelling (__le64 stays __le64,
    struct virtio_iommu_range_64 stays that) and the same array length;
  - every macro of the system header is defined by ours, with the same value
    (values are computed by preprocessing each header on its own with clang
    and evaluating the expansion; 0 and 0U count as the same value);
  - ours uses the same include guard, so including both is harmless.

Names ours adds beyond Linux's are listed, not rejected.
Layout identity is proven separately, by compiling the layout assertions
against both headers for every target.
"""

import argparse
import os
import re
import subprocess
import sys
import tempfile

sys.dont_write_bytecode = True
import headers_common as hc  # noqa: E402

_MEMBER = re.compile(r"^(?P<type>.+?)\s*\b(?P<name>\w+)\s*(?:\[(?P<dim>[^\]]*)\])?$")
_DEFINE = re.compile(r"^[ \t]*#[ \t]*define[ \t]+(\w+)\b(?!\()", re.M)
_NUM = re.compile(r"\b(0[xX][0-9a-fA-F]+|\d+)[uUlL]*\b")
_SAFE_EXPR = re.compile(r"^[\s0-9a-fA-FxXoO()|&^~<>+\-*/%]*$")


def parse_structs(text):
    """{tag: [(field, type, dim)]} of a header, by reading its text."""
    out = {}
    for tag, body, _ in hc.struct_bodies(text):
        fields = []
        lines = [ln for ln in body.split("\n") if not ln.strip().startswith("#")]
        for decl in " ".join(lines).split(";"):
            decl = " ".join(decl.split())
            if not decl:
                continue
            m = _MEMBER.match(decl)
            if not m:
                raise ValueError("struct %s: cannot read member declaration '%s'" % (tag, decl))
            fields.append((m.group("name"), m.group("type"), m.group("dim")))
        out[tag] = fields
    return out


def eval_c_int(expr):
    """Value of a C integer constant expression made of literals only."""
    py = _NUM.sub(lambda m: str(int(m.group(1), 0) if not re.match(r"^0\d", m.group(1))
                                else int(m.group(1), 8)), expr)
    if not py.strip():
        return ""           # an empty macro (an include guard)
    if not _SAFE_EXPR.match(py):
        raise ValueError("not an integer constant expression: %r" % expr)
    py = py.replace("/", "//")
    return eval(py, {"__builtins__": {}}, {})  # only digits and operators remain


def macro_values(clang, header_text, include_args, names):
    """{name: value} of `names` after including the header (by -include)."""
    with tempfile.TemporaryDirectory() as tmp:
        hdr = os.path.join(tmp, "under_test.h")
        with open(hdr, "w") as f:
            f.write(header_text)
        probe = os.path.join(tmp, "probe.c")
        with open(probe, "w") as f:
            f.write('#include "under_test.h"\n')
            for n in names:
                f.write('@@"%s"@@ %s @@end@@\n' % (n, n))
        cmd = [clang, "-E", "-P", "-ffreestanding", "-nostdlibinc"] + include_args + [probe]
        res = subprocess.run(cmd, stdout=subprocess.PIPE, stderr=subprocess.PIPE,
                             universal_newlines=True)
        if res.returncode != 0:
            raise RuntimeError("preprocessing failed: %s\n%s" % (" ".join(cmd), res.stderr))
    vals = {}
    for m in re.finditer(r'@@"(\w+)"@@(.*?)@@end@@', res.stdout, re.S):
        name, body = m.group(1), " ".join(m.group(2).split())
        if body == name:
            vals[name] = None     # not defined by this header
        else:
            vals[name] = eval_c_int(body)
    return vals


def compare(system_text, ours_text, clang, sys_args, our_args):
    problems, notes = [], []
    sys_structs, our_structs = parse_structs(system_text), parse_structs(ours_text)
    if not sys_structs:
        problems.append("no struct found in the system header (parser broken?)")
    for tag, sfields in sys_structs.items():
        if tag not in our_structs:
            problems.append("struct %s: missing from ours" % tag)
            continue
        ofields = our_structs[tag]
        onames = [f[0] for f in ofields]
        if onames != [f[0] for f in sfields]:
            problems.append("struct %s: fields %s, Linux has %s"
                            % (tag, onames, [f[0] for f in sfields]))
            continue
        for (name, stype, sdim), (_, otype, odim) in zip(sfields, ofields):
            if stype != otype:
                problems.append("struct %s: field %s has type '%s', Linux '%s'" % (tag, name, otype, stype))
            sd = None if sdim is None else eval_c_int(sdim) if sdim.strip() else ""
            od = None if odim is None else eval_c_int(odim) if odim.strip() else ""
            if sd != od:
                problems.append("struct %s: field %s has array length %r, Linux %r" % (tag, name, odim, sdim))
    extra = sorted(set(our_structs) - set(sys_structs))
    if extra:
        notes.append("structs only in ours: %s" % ", ".join(extra))

    sys_macros = _DEFINE.findall(strip(system_text))
    our_macros = _DEFINE.findall(strip(ours_text))
    if not sys_macros:
        problems.append("no macro found in the system header (parser broken?)")
    sys_vals = macro_values(clang, system_text, sys_args, sys_macros)
    our_vals = macro_values(clang, ours_text, our_args, sys_macros)
    for name in sys_macros:
        if our_vals.get(name) is None:
            problems.append("macro %s: not defined by ours" % name)
        elif our_vals[name] != sys_vals[name]:
            problems.append("macro %s: ours is %r, Linux %r" % (name, our_vals[name], sys_vals[name]))
    extra = sorted(set(our_macros) - set(sys_macros))
    if extra:
        notes.append("macros only in ours: %s" % ", ".join(extra))
    return problems, notes, len(sys_structs), len(sys_macros)


def strip(text):
    return hc.strip_comments(text)


def main():
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--clang", default="clang")
    ap.add_argument("--system", default="/usr/include/linux/virtio_iommu.h")
    ap.add_argument("--ours", default=os.path.join(hc.INCLUDE, "linux", "virtio_iommu.h"))
    args = ap.parse_args()
    with open(args.system) as f:
        system_text = f.read()
    with open(args.ours) as f:
        ours_text = f.read()
    # Each header is preprocessed on its own, with the stand-in linux/types.h.
    inc = ["-I", hc.LINUX_STANDINS]
    problems, notes, ns, nm = compare(system_text, ours_text, args.clang, inc, inc)
    for n in notes:
        print("note: " + n)
    if problems:
        for p in problems:
            print("%s: error: %s (system header: %s)" % (args.ours, p, args.system))
        print("FAIL: %d difference(s) from Linux's names" % len(problems))
        return 1
    print("OK: %d structs (every field, type and array length) and %d macros of %s "
          "have the same names and values in %s" % (ns, nm, args.system, args.ours))
    return 0


if __name__ == "__main__":
    sys.exit(main())
