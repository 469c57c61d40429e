"""The abi-check entry script as users and CI run it: a subprocess, exit codes, no tracebacks."""

import os
import subprocess
import sys
import tempfile
import unittest

HERE = os.path.dirname(os.path.abspath(__file__))
REPO = os.path.dirname(os.path.dirname(HERE))
TOOL = os.path.join(REPO, "abi-check", "abi-check")
PY = os.environ.get("IOMMU_ABI_PYTHON") or sys.executable
FIX = os.path.join(HERE, "fixtures")
BASE = os.path.join(REPO, "abi-check", "baseline", "virtio-iommu.json")


def run(*argv):
    p = subprocess.run([PY, TOOL] + list(argv), stdout=subprocess.PIPE, stderr=subprocess.PIPE,
                       universal_newlines=True)
    return p.returncode, p.stdout, p.stderr


class Cli(unittest.TestCase):
    def test_help(self):
        st, out, _ = run("--help")
        self.assertEqual(st, 0)
        for word in ("verify", "dump", "diff", "lint", "exit statuses", "12  diff"):
            self.assertIn(word, out)

    def test_subcommand_help(self):
        for sub in ("verify", "dump", "diff", "lint"):
            st, out, _ = run(sub, "--help")
            self.assertEqual(st, 0, sub)
            self.assertIn("usage: abi-check " + sub, out)

    def test_no_command_is_a_usage_error(self):
        st, _, _ = run()
        self.assertEqual(st, 2)

    def test_unknown_command(self):
        st, _, err = run("frobnicate")
        self.assertEqual(st, 2)
        self.assertIn("invalid choice", err)
        self.assertNotIn("Traceback", err)

    def test_fail_on_breaking_lets_compatible_changes_pass(self):
        old = os.path.join(FIX, "virtio-iommu-standard-map-unmap.json")
        st, out, _ = run("diff", "--fail-on", "breaking", old, BASE)
        self.assertEqual(st, 0, out)             # only additions from subset to full
        self.assertIn("not failing", out)
        st, _, _ = run("diff", old, BASE)
        self.assertEqual(st, 4)
        st, _, _ = run("diff", "--fail-on", "breaking", BASE, old)
        self.assertEqual(st, 12)

    def test_lint_fail_on_never(self):
        st, out, _ = run("lint", "--fail-on", "never", "--targets", "x86_64",
                         os.path.join(FIX, "pv-iommu-v4.h"))
        self.assertEqual(st, 0)
        self.assertIn("warning:", out)

    def test_missing_compiler(self):
        env = dict(os.environ, IOMMU_ABI_CLANG="/nonexistent/clang")
        for argv in (["verify"], ["lint", os.path.join(FIX, "pv-iommu-v4.h")]):
            p = subprocess.run([PY, TOOL] + argv, stdout=subprocess.PIPE, stderr=subprocess.PIPE,
                               universal_newlines=True, env=env)
            self.assertEqual(p.returncode, 11, p.stderr)
            self.assertIn("cannot run /nonexistent/clang", p.stderr)

    def test_empty_or_repeated_targets(self):
        # ',' checked all ten ABIs while the summary said "on 0 target ABI(s)"
        for argv in (["lint", "--targets", ",", os.path.join(FIX, "pv-iommu-v4.h")],
                     ["verify", "--targets", ""]):
            st, _, err = run(*argv)
            self.assertEqual(st, 2, (argv, err))
            self.assertIn("names no target ABI", err)
        # and verify --flavor ',' said "OK: 0 struct layouts match the spec", exit 0
        st, out, err = run("verify", "--flavor", ",")
        self.assertEqual(st, 2, out + err)
        self.assertIn("names no flavor", err)
        st, out, err = run("verify", "--flavor", "linux,linux", "--targets", "x86_64",
                           "--no-summary")
        self.assertEqual(st, 0, err)
        self.assertIn("1 flavor(s) x 1 ABI(s)", out)
        st, out, err = run("lint", "--targets", "x86_64, x86_64", "-D", "__XEN_TOOLS__",
                           os.path.join(FIX, "pv-iommu-v4.h"))
        self.assertEqual(st, 4, err)
        self.assertIn("finding(s) on 1 target ABI(s)", out)

    def test_verify_same_spec_twice(self):
        # its assertion file twice in one TU read as a layout mismatch (exit 12)
        spec = os.path.join(REPO, "spec", "virtio-iommu.yaml")
        st, out, err = run("verify", "--spec", spec, "--spec", BASE, "--targets", "x86_64",
                           "--no-summary")
        self.assertEqual(st, 0, out + err)
        self.assertIn("OK: 1 spec(s)", out)
        other = os.path.join(FIX, "virtio-iommu-standard-map-unmap.json")
        st, out, err = run("verify", "--spec", spec, "--spec", other, "--targets", "x86_64")
        self.assertEqual(st, 2, out + err)
        self.assertIn("both describe spec 'virtio-iommu', differently", err)

    def test_missing_include_dir_is_noted(self):
        # clang ignores it silently; a typo in -I should not be invisible
        with tempfile.TemporaryDirectory() as d:
            h = os.path.join(d, "e.h")
            with open(h, "w") as f:
                f.write("struct e { unsigned char x; };\n")
            st, out, err = run("lint", "--targets", "x86_64", "-I", os.path.join(d, "nope"),
                               "-I", d, h)
        self.assertEqual(st, 0, err)
        self.assertIn("note: -I %s: no such directory" % os.path.join(d, "nope"), err)
        self.assertNotIn("-I %s:" % d, err)

    def test_error_directive_names_the_target(self):
        # an '#error' for all but one ABI: the message says which target hit it
        with tempfile.TemporaryDirectory() as d:
            h = os.path.join(d, "x.h")
            with open(h, "w") as f:
                f.write("#ifndef __x86_64__\n#error \"x86_64 only\"\n#endif\n")
            st, _, err = run("lint", "--targets", "i386,x86_64", h)
            self.assertEqual(st, 3, err)
            self.assertIn('x.h:2:2: error: "x86_64 only" (preprocessing for i386)', err)
            self.assertEqual(len(err.strip().splitlines()), 1, err)
            st, _, err = run("lint", "--targets", "x86_64", h)
            self.assertEqual(st, 0, err)

    def test_errors_are_one_line_without_traceback(self):
        with tempfile.TemporaryDirectory() as d:
            bad = os.path.join(d, "b.json")
            with open(bad, "w") as f:
                f.write("[1, 2")
            cases = [(("diff", bad, BASE), 9), (("diff", d, BASE), 7),
                     (("lint", os.path.join(d, "none.h")), 7),
                     (("lint", "--targets", "m68k", os.path.join(FIX, "pv-iommu-v4.h")), 2),
                     (("dump", os.path.join(d, "none.yaml")), 7)]
            for argv, want in cases:
                st, out, err = run(*argv)
                self.assertEqual(st, want, (argv, err))
                self.assertEqual(len(err.strip().splitlines()), 1, err)
                self.assertTrue(err.startswith("abi-check: "), err)
                self.assertNotIn("Traceback", err)

    def test_dump_output_is_whole_and_never_over_its_spec(self):
        with tempfile.TemporaryDirectory() as d:
            spec = os.path.join(d, "virtio-iommu.yaml")
            with open(os.path.join(REPO, "spec", "virtio-iommu.yaml")) as f:
                text = f.read()
            with open(spec, "w") as f:
                f.write(text)
            st, _, err = run("dump", spec, "-o", spec)
            self.assertEqual(st, 2, err)
            self.assertIn("refusing to write the baseline over the spec", err)
            with open(spec) as f:
                self.assertEqual(f.read(), text)
            out = os.path.join(d, "b.json")
            st, _, err = run("dump", spec, "-o", out)
            self.assertEqual(st, 0, err)
            with open(out) as f, open(BASE) as g:
                self.assertEqual(f.read(), g.read())
            self.assertEqual(sorted(os.listdir(d)), ["b.json", "virtio-iommu.yaml"])
            st, _, err = run("dump", spec, "-o", os.path.join(d, "no", "dir", "b.json"))
            self.assertEqual(st, 7, err)
            self.assertEqual(sorted(os.listdir(d)), ["b.json", "virtio-iommu.yaml"])


if __name__ == "__main__":
    unittest.main()
