"""abi-check lint on headers whose declarations differ by target, that reject
some targets with #error, whose records a macro of another header makes, and
whose field types only the compiler can size (issue 10 items 3 and 4).

The fixtures in fixtures/lint/ are written here, in the shapes such headers
have (per-target typedefs, a shared-ring macro, vector and _Complex types)."""

import json
import os
import shutil
import sys
import tempfile
import unittest

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, os.path.join(os.path.dirname(os.path.dirname(HERE)), "abi-check"))

from test_lint import run_cli  # noqa: E402
from iommu_abi_check import clang_layout as cl  # noqa: E402

FIX = os.path.join(HERE, "fixtures", "lint")


def lint(name, *argv):
    """(status, parsed JSON or None, stderr) of lint --format json."""
    path = name if os.path.isabs(name) else os.path.join(FIX, name)
    st, out, err = run_cli(["lint", "--format", "json", path] + list(argv))
    return st, (json.loads(out) if out.startswith("{") else None), err


def lint_text(test, text, *argv):
    d = tempfile.mkdtemp()
    test.addCleanup(shutil.rmtree, d)
    p = os.path.join(d, "t.h")
    with open(p, "w") as fh:
        fh.write(text)
    return lint(p, *argv)


class PerTargetDeclarations(unittest.TestCase):
    def test_each_target_has_its_own_records(self):
        # i386 alone declares wide_handle_t as a record, x86 alone x86_only:
        # the declarations of the first target probed on all ten was exit 3
        st, j, err = lint("per-target.h")
        self.assertEqual(st, 4, err)
        self.assertEqual(len(j["targets"]), 10)
        tails = [(f["struct"], f["offset"], f["size"], f["abis"]) for f in j["findings"]
                 if f["rule"] == "abi-tail-padding"]
        self.assertEqual(tails, [("x86_only", 6, 2, ["i386", "x86_64"])])
        specific = {t["record"]: t["abis"] for t in j["target_specific"]}
        self.assertEqual(specific, {"struct x86_only": ["i386", "x86_64"],
                                    "struct wide_handle_t": ["i386"]})
        self.assertIn("struct x86_only (line 14) is declared on i386, x86_64 only", err)

    def test_a_record_of_a_later_target_is_checked(self):
        # aarch64 first: x86_only was silently left unchecked on i386
        st, j, err = lint("per-target.h", "--targets", "aarch64,i386")
        self.assertEqual(st, 4, err)
        self.assertEqual([(f["struct"], f["abis"]) for f in j["findings"]],
                         [("x86_only", ["i386"])])

    def test_text_names_the_targets_of_a_target_specific_finding(self):
        st, out, err = run_cli(["lint", os.path.join(FIX, "per-target.h")])
        self.assertEqual(st, 4, err)
        self.assertIn("2 bytes of tail padding at offset 6 after 'b' (size 8) on i386, x86_64 "
                      "[abi-tail-padding]", out)


class TargetsTheHeaderRejects(unittest.TestCase):
    def test_default_targets_skip_what_the_header_rejects(self):
        st, j, err = lint("rejects-some.h")
        self.assertEqual(st, 4, err)
        self.assertEqual(sorted(j["skipped"]), ["mips", "powerpc", "powerpc64le", "s390x"])
        for why in j["skipped"].values():
            self.assertIn('the header rejects this target: ', why)
            self.assertIn('rejects-some.h:7:2: error: "no port for this architecture"', why)
        self.assertEqual(j["targets"], ["i386", "x86_64", "armv7", "aarch64", "riscv32",
                                        "riscv64"])
        self.assertEqual([(f["rule"], f["abis"]) for f in j["findings"]],
                         [("abi-hole", j["targets"])])
        self.assertIn("on every ABI", j["findings"][0]["message"])
        self.assertIn("note: mips skipped", err)

    def test_a_target_named_on_the_command_line_is_not_skipped(self):
        st, j, err = lint("rejects-some.h", "--targets", "x86_64,mips")
        self.assertEqual(st, 3, err)
        self.assertIn('"no port for this architecture" (preprocessing for mips)', err)

    def test_every_default_target_rejected_is_exit_3(self):
        st, j, err = lint_text(self, "#error \"nowhere\"\nstruct s { int a; };\n")
        self.assertEqual(st, 3, err)
        self.assertIn('t.h:1:2: error: "nowhere"', err)


class TargetsTheHeaderDoesNotCompileFor(unittest.TestCase):
    def test_default_targets_skip_them(self):
        # a type only some arch headers give: exit 3 on the default ten
        st, j, err = lint("arch-gaps.h")
        self.assertEqual(st, 4, err)
        self.assertEqual(j["targets"], ["x86_64", "aarch64"])
        self.assertEqual(len(j["skipped"]), 8)
        for why in j["skipped"].values():
            self.assertIn("the header does not compile for this target: ", why)
            self.assertIn("arch-gaps.h:13:5: error: unknown type name 'cb_addr_t'", why)
        self.assertEqual([(f["rule"], f["offset"], f["size"]) for f in j["findings"]],
                         [("abi-hole", 2, 6)])

    def test_named_targets_are_not_skipped(self):
        st, j, err = lint("arch-gaps.h", "--targets", "x86_64,i386")
        self.assertEqual(st, 3, err)
        self.assertIn("arch-gaps.h:13:5: error: unknown type name 'cb_addr_t'", err)

    def test_a_failed_layout_compile_is_skipped_too(self):
        # preprocessing and parsing pass; only the compile fails on 32-bit
        st, j, err = lint_text(self, "#include <stdint.h>\n"
                               "_Static_assert(sizeof(long) == 8, \"LP64 only\");\n"
                               "struct s { uint8_t a; uint32_t b; };\n",
                               "--targets", "all")
        self.assertEqual(st, 4, err)
        self.assertIn("i386", j["skipped"])
        self.assertNotIn("x86_64", j["skipped"])
        self.assertIn("LP64 only", j["skipped"]["i386"])


class MacroMadeRecords(unittest.TestCase):
    def test_reported_alike_whatever_the_arguments_and_lines(self):
        st, j, err = lint("ring-user.h", "--targets", "i386,x86_64")
        self.assertEqual(st, 4, err)
        with open(os.path.join(FIX, "ring-user.h")) as f:
            lines = f.read().split("\n")
        by = {}
        for f in j["findings"]:
            by.setdefault(f["struct"], set()).add((f["rule"], f["line"]))
            # a position in the header, not in the macro's expansion
            self.assertLessEqual(f["column"], len(lines[f["line"] - 1]), f)
        # struct arguments (line 8), typedef arguments (12), a call over 3 lines (14)
        for ring, line in (("blk", 8), ("net", 12), ("usb", 14)):
            rules = {r for r, ln in by.get(ring + "_shared", set()) | by.get(ring + "_front", set())
                     if ln == line}
            self.assertIn("abi-hole", rules, ring)
            self.assertIn("abi-field-type", {r for r, _ in by.get(ring + "_front", set())}, ring)
        # the macro-made records are the same records in each expansion
        self.assertEqual(by["blk_front"], {(r, 8) for r, _ in by["usb_front"]})

    def test_untagged_record_of_another_headers_macro_is_not_reported(self):
        d = tempfile.mkdtemp()
        self.addCleanup(shutil.rmtree, d)
        with open(os.path.join(d, "handles.h"), "w") as f:
            f.write("#define MAKE_HANDLE(n, t) typedef struct { t *p; } handle_##n\n")
        with open(os.path.join(d, "user.h"), "w") as f:
            f.write('#include <stdint.h>\n#include "handles.h"\n'
                    "MAKE_HANDLE(u32, uint32_t);\n"
                    "MAKE_HANDLE(s,\n            struct user_rec);\n"
                    "struct user_rec { handle_u32 h; uint64_t v; };\n")
        st, j, err = lint(os.path.join(d, "user.h"), "--targets", "i386,x86_64")
        self.assertEqual(st, 4, err)
        self.assertEqual({f["struct"] for f in j["findings"]}, {"user_rec"})


class CompilerSizedTypes(unittest.TestCase):
    WANT = {"z": 16, "lanes": 16, "big": 8, "counter": 4, "flag": 4, "seq": 8, "reserved": 8}

    def test_field_sizes_come_from_the_compiler(self):
        lay = cl.header_layouts([os.path.join(FIX, "odd-types.h")], ["odd_types"],
                                ["i386", "x86_64", "armv7"])
        for abi, recs in lay.items():
            r = recs["odd_types"]
            self.assertEqual({f.name: f.size for f in r.fields}, self.WANT, abi)
            self.assertEqual(r.field("seq").offset, 48, abi)

    def test_no_false_padding_and_real_type_names(self):
        st, j, err = lint("odd-types.h")
        self.assertEqual(st, 4, err)
        # the one finding is the enum field; no hole, no tail padding, and
        # '__typeof__(uint32_t)' is not "int"
        self.assertEqual([(f["rule"], f["field"]) for f in j["findings"]],
                         [("abi-field-type", "big")])
        specific = {t["record"]: t["abis"] for t in j["target_specific"]}
        self.assertEqual(specific["struct wide_int"],
                         ["x86_64", "aarch64", "riscv64", "powerpc64le", "s390x"])

    def test_int128_is_not_reported_as_long(self):
        st, j, err = lint_text(self, "#include <stdint.h>\n"
                               "struct w { unsigned __int128 v; __int128 s; long l; };\n",
                               "--targets", "x86_64")
        self.assertEqual(st, 4, err)
        self.assertEqual([(f["rule"], f["field"]) for f in j["findings"]],
                         [("abi-field-type", "l"), ("abi-tail-padding", "l")])

    def test_bitint_and_atomic_are_handled(self):
        st, j, err = lint_text(self, "#include <stdint.h>\n"
                               "struct b { unsigned _BitInt(37) n; _Atomic(uint16_t) a;\n"
                               "           uint16_t c; uint32_t d; };\n",
                               "--targets", "x86_64,i386")
        self.assertEqual((st, j["findings"] if j else None), (0, []), err)

    def test_a_vector_typedef_is_not_an_int_field(self):
        st, j, err = lint_text(self, "typedef int v2si __attribute__((vector_size(8)));\n"
                               "struct v { v2si a; };\n", "--targets", "x86_64")
        self.assertEqual((st, j["findings"] if j else None), (0, []), err)


class MacroTextScan(unittest.TestCase):
    def test_aligned_fallback_with_a_shift_in_its_body(self):
        # the fallback's note replaced the line's position mapper with a
        # string, and the shift on the same line was an internal error
        st, j, err = lint_text(self, "#include <stdint.h>\n"
                               "#define uint64_aligned_t uint64_t __attribute__((aligned(1 << 3)))\n"
                               "struct s { uint64_t a; };\n", "--targets", "x86_64")
        self.assertEqual(st, 4, err)
        self.assertEqual(sorted((f["rule"], f["line"], f["column"]) for f in j["findings"]),
                         [("abi-signed-shift", 2, 58), ("abi-uint64-aligned-fallback", 2, 9)])


if __name__ == "__main__":
    unittest.main()
