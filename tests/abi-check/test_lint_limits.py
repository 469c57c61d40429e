"""Limits of lint and verify on hostile or huge input (issue 10 item 5):
nesting is refused with a located error, and the analysis is near-linear in
the number of fields.

The growth test counts executed Python lines (sys.settrace), which does not
depend on the machine's load: doubling the fields must not quadruple them."""

import io
import os
import shutil
import sys
import tempfile
import unittest

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, os.path.join(os.path.dirname(os.path.dirname(HERE)), "abi-check"))

from test_lint import run_cli  # noqa: E402
from iommu_abi_check import verify  # noqa: E402
from iommu_abi_check.clang_layout import Field, Record  # noqa: E402
from iommu_abi_check.lint.decls import FieldDecl, StructDecl  # noqa: E402
from iommu_abi_check.lint.findings import layout_findings  # noqa: E402


def lines_run(fn):
    """How many Python lines calling fn() executes."""
    count = [0]

    def tracer(frame, event, arg):
        if event == "line":
            count[0] += 1
        return tracer
    sys.settrace(tracer)
    try:
        fn()
    finally:
        sys.settrace(None)
    return count[0]


def big_record(n, wide):
    """n fields alternating u8 and u32 (a hole after each u8); 'wide': the
    u32s 8-aligned, as another ABI might lay them out."""
    fields, off = [], 0
    for i in range(n):
        size = 1 if i % 2 == 0 else 4
        align = size if not wide or size == 1 else 8
        off = (off + align - 1) // align * align
        fields.append(Field(name="f%d" % i, type="unsigned char" if size == 1 else "unsigned int",
                            offset=off, size=size, align=align))
        off += size
    a = 8 if wide else 4
    return Record(name="big", kind="struct", spelled="struct big",
                  size=(off + a - 1) // a * a, align=a, fields=fields)


class GrowthIsNearLinear(unittest.TestCase):
    N = 400

    def lint_lines(self, n):
        decl = StructDecl("struct", "big", None, 1, 8,
                          [FieldDecl("f%d" % i, i + 2, 5, "uint8_t", None) for i in range(n)],
                          False)
        recs = {"i386": big_record(n, False), "x86_64": big_record(n, True)}
        return lines_run(lambda: layout_findings("big.h", [(decl, recs)], ["i386", "x86_64"]))

    def verify_lines(self, n):
        r = big_record(n, False)
        s = {"name": "big", "size": r.size,
             "fields": [{"name": f.name, "offset": f.offset, "size": f.size} for f in r.fields]}
        table = {"spec": "big", "structs": [s], "flavors": {"portable": {"structs": {"big": "big"}}}}
        per_abi = {"i386": {"big": r}, "x86_64": {"big": big_record(n, True)}}
        rep = verify.Report(io.StringIO(), True)

        def run():
            for abi, records in per_abi.items():
                verify._compare(rep, "portable", abi, "big.h", table, records, "align")
            verify._cross_abi(rep, "portable", "big.h", table, per_abi)
        return lines_run(run)

    def test_lint_findings(self):
        # a scan of every field per field (Record.field, list.index) made
        # 40,000 fields take 187 s
        small, large = self.lint_lines(self.N), self.lint_lines(2 * self.N)
        self.assertLess(large / small, 2.5, (small, large))

    def test_verify_comparison(self):
        small, large = self.verify_lines(self.N), self.verify_lines(2 * self.N)
        self.assertLess(large / small, 2.5, (small, large))


class Nesting(unittest.TestCase):
    def lint_text(self, text):
        d = tempfile.mkdtemp()
        self.addCleanup(shutil.rmtree, d)
        p = os.path.join(d, "deep.h")
        with open(p, "w") as fh:
            fh.write(text)
        return run_cli(["lint", "--targets", "x86_64", p])

    def test_deep_parentheses_are_a_located_error(self):
        # clang accepts 250 levels; pycparser's recursion gave up without a line
        st, out, err = self.lint_text("struct ok { int a; };\nenum e { A = "
                                      + "(" * 250 + "1" + ")" * 250 + " };\n")
        self.assertEqual(st, 3, err)
        self.assertRegex(err, r"deep\.h:2:77: error: brackets nested more than 64 deep")
        self.assertNotIn("Traceback", err)

    def test_deep_records_are_a_located_error(self):
        n = 200
        st, out, err = self.lint_text("struct s0 {\n" + "struct { " * n + "int x; "
                                      + "".join("} m%d; " % i for i in range(n)) + "};\n")
        self.assertEqual(st, 3, err)
        self.assertRegex(err, r"deep\.h:2:\d+: error: brackets nested more than 64 deep")

    def test_usual_nesting_is_read(self):
        st, out, err = self.lint_text("#define DEEP " + "(" * 40 + "1" + ")" * 40 + "\n"
                                      "enum e { A = " + "(" * 40 + "1" + ")" * 40 + " };\n"
                                      "struct s { int a; };\n")
        self.assertEqual(st, 4, err)        # the 'int' field: read, not refused


if __name__ == "__main__":
    unittest.main()
