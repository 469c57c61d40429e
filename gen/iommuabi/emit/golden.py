"""Golden byte images: for every struct, example values and their exact wire bytes.

The rule that picks the values, so that every byte says where it came from:

- bytes of a field with no rule on its value hold 0x80 + their offset in the
  struct (all distinct in a struct of up to 128 bytes), and the field's
  value is what those bytes mean in its declared order (a CPU-order field:
  what they mean in little-endian order);
- a reserved field is zero (what a sender writes);
- a flags field holds every bit its group defines;
- a values:/enum: field holds the largest value of its group or enum.

So a golden image passes every check function with nothing to report, and
a wrong offset, width or byte order shows as a wrong byte.  Fields in CPU
order have two images: ``little`` and ``big`` (the same bytes for a struct
without such fields, every virtio struct).

Outputs, per spec: ``layout/golden/<spec>.json`` (the images, the values,
where each field is) and, per flavor, ``layout/golden/<spec>.<flavor>.c``:
a self-contained hosted C99 program that encodes the values with the wire
helpers and compares with the image, decodes the image, runs every check
function on the image and on mutated images (each reserved byte set, each
unknown flag bit, out-of-range values, every truncated length), and encodes
with plain struct assignment plus byte-order conversions of its own.  It
exits 0 when everything matches and names struct, field and byte otherwise.
"""

import json
from dataclasses import dataclass
from typing import Any, Dict, List, Optional, Set, Tuple

from ..layout import LaidOutSpec, StructLayout
from .flavors import flavors
from .wire import (ORDER, WIDTH, Leaf, WireFlavor, allowed_values, flag_mask, leaves,
                   min_size, value_mask, wire_path)

FORMAT = "iommu-abi-golden-1"


@dataclass
class Cell:
    """One scalar of a struct's image (an array element is a cell of its own)."""
    leaf: Leaf
    index: Optional[int]
    offset: int
    width: int
    value: int

    @property
    def path(self) -> str:
        return self.leaf.name + ("[%d]" % self.index if self.index is not None else "")

    @property
    def member(self) -> str:
        """The C member expression below the struct: head.type, reserved[2]."""
        return self.path


def _free_value(offset: int, width: int, order: Optional[str]) -> int:
    data = bytes((0x80 + offset + k) & 0xff for k in range(width))
    return int.from_bytes(data, "big" if order == "big" else "little")


def cells(lo: LaidOutSpec, sl: StructLayout) -> List[Cell]:
    out: List[Cell] = []
    for lf in leaves(lo, sl):
        width = WIDTH[lf.ptype]
        f = lf.field
        for k in range(lf.count or 1):
            off = lf.offset + k * width
            allowed = allowed_values(lo, f)
            if lf.reserved:
                value = 0
            elif f.flags:
                value = flag_mask(lo, f)
            elif allowed is not None:
                value = max(allowed)
            else:
                value = _free_value(off, width, ORDER[lf.ptype])
            out.append(Cell(lf, k if lf.count else None, off, width, value))
    return out


def image(sl: StructLayout, cs: List[Cell], cpu: str) -> bytes:
    """The struct's bytes, CPU-order fields in byte order @cpu ("little"/"big")."""
    buf = bytearray(sl.size)
    for c in cs:
        order = ORDER[c.leaf.ptype]
        order = cpu if order == "cpu" else (order or "little")
        buf[c.offset:c.offset + c.width] = c.value.to_bytes(
            c.width, "big" if order == "big" else "little")
    return bytes(buf)


def has_cpu_order(cs: List[Cell]) -> bool:
    return any(ORDER[c.leaf.ptype] == "cpu" and c.width > 1 for c in cs)


def table(lo: LaidOutSpec) -> Dict[str, Any]:
    spec = lo.spec
    structs = []
    for sl in lo.structs:
        cs = cells(lo, sl)
        structs.append({
            "name": sl.name, "size": sl.size, "cpu_order": has_cpu_order(cs),
            "bytes": {"little": image(sl, cs, "little").hex(), "big": image(sl, cs, "big").hex()},
            "fields": [{"path": c.path, "offset": c.offset, "size": c.width,
                        "type": c.leaf.ptype, "value": "0x%x" % c.value} for c in cs],
        })
    return {"format": FORMAT, "spec": spec.name, "source": spec.source,
            "spec_digest": "sha256:" + spec.digest,
            "rule": "bytes of a field without a rule on its value are 0x80 + their offset; "
                    "reserved fields are zero; flags fields hold every defined bit; value "
                    "and enum fields their largest value.  'little' and 'big' are the bytes "
                    "with CPU-order fields (u16/u32/u64/guest_handle) in that byte order; "
                    "values are what the bytes mean (CPU-order fields: in 'little').",
            "structs": structs}


def dumps(data: Dict[str, Any]) -> str:
    return json.dumps(data, indent=1) + "\n"


# ---- the C program --------------------------------------------------------

def _lit(value: int, width: int) -> str:
    if width == 8:
        return "UINT64_C(0x%x)" % value
    return "0x%xU" % value


def _bytes_c(data: bytes, indent: str = "        ") -> List[str]:
    items = ["0x%02x" % b for b in data]
    out = []
    for i in range(0, len(items), 12):
        out.append(indent + ", ".join(items[i:i + 12]) + ("," if i + 12 < len(items) else ""))
    return out


class _Program:
    def __init__(self, wf: WireFlavor) -> None:
        self.wf = wf
        self.lo = wf.lo
        self.lines: List[str] = []
        self.conversions: Set[Tuple[str, int]] = set()

    def w(self, *lines: str) -> None:
        self.lines.extend(lines)

    def path(self) -> str:
        return program_path(self.wf)

    def head(self) -> None:
        wf, spec = self.wf, self.wf.spec
        self.w("/* SPDX-License-Identifier: MIT */", "/*",
               " * %s - golden byte images of %s, checked" % (self.path(), spec.name),
               " * through %s (%s flavor)." % (wf.path, wf.fl.name), " *",
               " * Generated from %s by gen/iommu-abi-gen: do not edit." % spec.source,
               " * A hosted C99 program without arguments: it encodes every struct with the",
               " * wire helpers and compares with the image, decodes the image, runs the",
               " * check functions on it and on mutated copies, and encodes with plain",
               " * struct assignment and byte-order conversions of its own.  Exit status 0",
               " * when everything matches; otherwise 1, after one line per mismatch naming",
               " * struct, field and byte.  Build: cc -std=c99 -I include%s FILE" % (
                   " -I <dir of xen.h and physdev.h>" if wf.xen else ""),
               " */", "")
        if wf.xen:
            self.w("/* The structs of Xen's public headers are there for the hypervisor",
                   " * and the tools. */",
                   "#if !defined(__XEN__) && !defined(__XEN_TOOLS__)",
                   "#define __XEN_TOOLS__ 1", "#endif")
        self.w("#include <stddef.h>", "#include <stdint.h>", "#include <stdio.h>",
               "#include <string.h>", "", "#include <%s>" % wf.path, "")
        p = wf.problem()
        self.w("static int failures;", "static long checks;", "static int big_endian;", "",
               "static int host_is_big_endian(void)", "{", "    const uint16_t one = 1;", "",
               "    return *(const unsigned char *)&one == 0;", "}", "",
               "static void fail(const char *st, const char *field, const char *what)", "{",
               "    printf(\"%s: %s: %s\\n\", st, field, what);", "    failures++;", "}", "",
               "/* Compare n bytes; name the first differing byte and its field. */",
               "static void same_bytes(const char *st, const char *what,",
               "                       const unsigned char *got, const unsigned char *want,",
               "                       size_t n, const char *const *field_of)", "{",
               "    size_t i;", "", "    checks++;", "    for (i = 0; i < n; i++)",
               "        if (got[i] != want[i]) {",
               "            printf(\"%s: %s: byte %u (%s) is 0x%02x, the image has 0x%02x\\n\",",
               "                   st, what, (unsigned)i, field_of[i], got[i], want[i]);",
               "            failures++;", "            return;", "        }", "}", "",
               "static void same_value(const char *st, const char *field, const char *how,",
               "                       uint64_t got, uint64_t want)", "{", "    checks++;",
               "    if (got != want) {",
               "        printf(\"%s: %s: %s gives 0x%llx, the image means 0x%llx\\n\", st, field,",
               "               how, (unsigned long long)got, (unsigned long long)want);",
               "        failures++;", "    }", "}", "",
               "/* A check's result against what the mutation must give. */",
               "static void expect(const char *st, const char *what, int rc,",
               "                   const struct %s *pr, int want_rc, int want_kind," % p,
               "                   const char *want_field, size_t want_byte)", "{",
               "    checks++;", "    if (rc != want_rc) {",
               "        printf(\"%s: %s: check returned %d, expected %d\\n\", st, what, rc, want_rc);",
               "        failures++;", "        return;", "    }",
               "    if (want_rc == %s)" % wf.code("OK"), "        return;",
               "    if (pr->kind != want_kind || strcmp(pr->field, want_field) != 0 ||",
               "        pr->byte != want_byte || pr->rejected != (want_rc != %s)) {"
               % wf.code("NOTE"),
               "        printf(\"%s: %s: problem kind %d field %s byte %u rejected %d; expected \"",
               "               \"kind %d field %s byte %u\\n\", st, what, pr->kind, pr->field,",
               "               (unsigned)pr->byte, pr->rejected, want_kind, want_field,",
               "               (unsigned)want_byte);", "        failures++;", "    }", "}", "")
        # the test's own byte-order conversions, independent of the helpers
        for n in (2, 4, 8):
            t = "uint%d_t" % (8 * n)
            for order in ("le", "be"):
                if (order, n) not in self.conversions:
                    continue
                self.w("static %s t_%s%d(%s v)" % (t, order, 8 * n, t), "{",
                       "    unsigned char b[%d];" % n, "    %s r;" % t, "    int i;", "",
                       "    for (i = 0; i < %d; i++)" % n,
                       "        b[%s] = (unsigned char)(v >> (8 * i));"
                       % ("i" if order == "le" else "%d - i" % (n - 1)),
                       "    memcpy(&r, b, sizeof(r));", "    return r;", "}")
        self.w("")

    def struct(self, sl: StructLayout) -> str:
        wf, lo = self.wf, self.lo
        name = sl.name
        fn = "test_%s" % name
        cs = cells(lo, sl)
        le, be = image(sl, cs, "little"), image(sl, cs, "big")
        n = sl.size
        code = wf.code
        self.w("static void %s(void)" % fn, "{", "    static const char st[] = \"%s\";" % name)
        self.w("    static const char *const field_of[%d] = {" % n)
        owner = [""] * n
        for c in cs:
            for k in range(c.width):
                owner[c.offset + k] = c.path
        for i in range(0, n, 4):
            self.w("        " + " ".join('"%s",' % o for o in owner[i:i + 4]))
        self.w("    };")
        self.w("    static const unsigned char le[%d] = {" % n, *_bytes_c(le), "    };")
        self.w("    static const unsigned char be[%d] = {" % n, *_bytes_c(be), "    };")
        self.w("    const unsigned char *img = big_endian ? be : le;",
               "    unsigned char buf[%d];" % n, "    struct %s pr;" % wf.problem(),
               "    struct %s s;" % wf.fl.struct_tag(name), "")
        self.w("    memset(&pr, 0, sizeof(pr));")
        # encode with the helpers
        self.w("    /* encode with the helpers, over a buffer of 0x5a */",
               "    memset(buf, 0x5a, sizeof(buf));")
        self.w(*["    %s;" % self._set(name, c, "") for c in cs])
        self.w("    same_bytes(st, \"encoded\", buf, img, %d, field_of);" % n)
        cpu = has_cpu_order(cs)
        if cpu:
            for suffix, img in (("_le", "le"), ("_be", "be")):
                self.w("    memset(buf, 0x5a, sizeof(buf));")
                self.w(*["    %s;" % self._set(name, c, suffix) for c in cs])
                self.w("    same_bytes(st, \"encoded%s\", buf, %s, %d, field_of);" % (suffix, img, n))
        # decode
        self.w("    /* decode the image */")
        for c in cs:
            self.w("    same_value(st, \"%s\", \"get\", %s, %s);"
                   % (c.path, self._get(name, c, "", "img"), _lit(c.value, 8)))
            if cpu and ORDER[c.leaf.ptype] == "cpu":
                for suffix, img in (("_le", "le"), ("_be", "be")):
                    self.w("    same_value(st, \"%s\", \"get%s\", %s, %s);"
                           % (c.path, suffix, self._get(name, c, suffix, img), _lit(c.value, 8)))
        # checks
        check = wf.check(name)
        self.w("    /* the image passes its check with nothing to report */",
               "    expect(st, \"golden image\", %s(img, %d, &pr), &pr, %s, 0, \"\", 0);"
               % (check, n, code("OK")))
        reply = [c for c in cs if c.leaf.reply]
        if reply:
            self.w("    /* bytes the receiver writes are not looked at */",
                   "    memcpy(buf, img, sizeof(buf));")
            self.w(*["    buf[%d] = 0xff;" % (c.offset + k) for c in reply for k in range(c.width)])
            self.w("    expect(st, \"reply bytes set\", %s(buf, %d, &pr), &pr, %s, 0, \"\", 0);"
                   % (check, n, code("OK")))
        for what, mutate, rc, kind, field, byte in self._mutations(sl, cs):
            self.w("    memcpy(buf, img, sizeof(buf));", "    %s" % mutate,
                   "    expect(st, \"%s\", %s(buf, %d, &pr), &pr, %s, %s, \"%s\", %d);"
                   % (what, check, n, rc, kind, field, byte))
        checked = [lf for lf in leaves(lo, sl) if not lf.reply]
        self.w("    /* every length short of %s */" % wf.min_size(name))
        for ln in range(min_size(lo, sl)):
            lf = next(lf for lf in checked if lf.offset + lf.size > ln)
            self.w("    expect(st, \"length %d\", %s(img, %d, &pr), &pr, %s, %s, \"%s\", %d);"
                   % (ln, check, ln, code("SHORT"), code("SHORT"), lf.name, ln))
        # plain struct assignment
        self.w("    /* plain struct assignment with byte-order conversions of the test's own */",
               "    checks++;", "    if (sizeof(s) != %d)" % n,
               "        fail(st, \"sizeof\", \"differs from the image\");", "    else {",
               "        memset(&s, 0, sizeof(s));")
        for c in cs:
            order = ORDER[c.leaf.ptype]
            lit = _lit(c.value, c.width)
            if order in ("little", "big") and c.width > 1:
                short = order[0] + "e"
                self.conversions.add((short, c.width))
                lit = "t_%s%d(%s)" % (short, 8 * c.width, lit)
            self.w("        s.%s = %s;" % (c.member, lit))
        self.w("        same_bytes(st, \"struct assignment\", (const unsigned char *)&s, img, "
               "%d, field_of);" % n, "    }", "}", "")
        return fn

    def _set(self, struct: str, c: Cell, suffix: str) -> str:
        order = ORDER[c.leaf.ptype]
        sfx = suffix if order == "cpu" else ""
        idx = "%d, " % c.index if c.index is not None else ""
        return "%s(buf, %s%s)" % (self.wf.set(struct, c.leaf, sfx), idx, _lit(c.value, c.width))

    def _get(self, struct: str, c: Cell, suffix: str, img: str) -> str:
        idx = ", %d" % c.index if c.index is not None else ""
        return "%s(%s%s)" % (self.wf.get(struct, c.leaf, suffix), img, idx)

    def _mutations(self, sl: StructLayout,
                   cs: List[Cell]) -> List[Tuple[str, str, str, str, str, int]]:
        """(what, C statement on buf, expected rc, expected kind, field, byte)."""
        wf, lo = self.wf, self.lo
        code = wf.code
        out: List[Tuple[str, str, str, str, str, int]] = []
        done = set()
        for c in cs:
            lf = c.leaf
            if lf.reply or id(lf) in done and not lf.reserved:
                continue
            f = lf.field
            bits = 8 * WIDTH[lf.ptype]
            rej = f.unknown != "ignored"
            if lf.reserved:
                for k in range(c.width):
                    b = c.offset + k
                    out.append(("reserved byte %d set" % b, "buf[%d] = 0xa5;" % b,
                                code("RESERVED") if lf.reserved == "zero" else code("NOTE"),
                                code("RESERVED"), lf.name, b))
                continue
            done.add(id(lf))
            setter = wf.set(sl.name, lf)
            if f.flags:
                known = flag_mask(lo, f)
                for bit in range(bits):
                    if known >> bit & 1:
                        continue
                    out.append(("unknown flag bit %d" % bit,
                                "%s(buf, %s);" % (setter, _lit(known | 1 << bit, WIDTH[lf.ptype])),
                                code("FLAGS") if rej else code("NOTE"), code("FLAGS"), lf.name,
                                lf.offset))
                continue
            allowed = allowed_values(lo, f)
            if allowed is None:
                continue
            mask = value_mask(lo, f)
            if mask is not None:
                for bit in range(bits):
                    if mask >> bit & 1:
                        continue
                    out.append(("bit %d outside the value mask" % bit,
                                "%s(buf, %s);" % (setter, _lit(c.value | 1 << bit,
                                                                 WIDTH[lf.ptype])),
                                code("RESERVED") if f.other_bits == "zero" else code("NOTE"),
                                code("RESERVED"), lf.name, lf.offset))
            top = mask if mask is not None else (1 << bits) - 1
            bad = sorted({v for v in (min(set(range(len(allowed) + 1)) - set(allowed)),
                                      max(allowed) + 1, top) if v <= top and v not in allowed})
            for v in bad:
                out.append(("value %d" % v, "%s(buf, %s);" % (setter, _lit(v, WIDTH[lf.ptype])),
                            code("VALUE") if rej else code("NOTE"), code("VALUE"), lf.name,
                            lf.offset))
        return out

    def render(self) -> str:
        fns = [self.struct(sl) for sl in self.lo.structs]
        body, self.lines = self.lines, []
        self.head()
        self.lines += body
        self.w("int main(void)", "{", "    big_endian = host_is_big_endian();")
        self.w(*["    %s();" % f for f in fns])
        self.w("    if (failures) {",
               "        printf(\"%s: %%d of %%ld checks failed\\n\", failures, checks);"
               % self.path(),
               "        return 1;", "    }",
               "    printf(\"%s: %d structs, %%ld checks match the golden images \"" % (
                   self.path(), len(fns)),
               "           \"(%s-endian host)\\n\", checks, big_endian ? \"big\" : \"little\");",
               "    return 0;", "}")
        return "\n".join(self.lines) + "\n"


# In a directory of their own: tools list layout/*.json as the layout tables.
def program_path(wf: WireFlavor) -> str:
    return "layout/golden/%s.%s.c" % (wf.spec.name, wf.fl.name)


def json_path(lo: LaidOutSpec) -> str:
    return "layout/golden/%s.json" % lo.spec.name


def emit(lo: LaidOutSpec) -> Dict[str, str]:
    files = {json_path(lo): dumps(table(lo))}
    for fl in flavors(lo):
        wf = WireFlavor(fl)
        assert wire_path(fl) == wf.path
        files[program_path(wf)] = _Program(wf).render()
    return files
