"""Every malformed spec in bad-specs/ is rejected with its golden message, and nothing is written.

Each bad-specs/NAME.yaml breaks one rule; NAME.err is the exact error the
generator must print (file:line: error: key: message).  To review a changed
message, rerun the generator on the file and compare by eye before updating
the .err file.
"""

import contextlib
import glob
import io
import os
import sys
import tempfile
import unittest

HERE = os.path.dirname(os.path.abspath(__file__))
REPO = os.path.dirname(os.path.dirname(HERE))
sys.path.insert(0, os.path.join(REPO, "gen"))

from iommuabi.cli import main  # noqa: E402

BAD = os.path.join(HERE, "bad-specs")


class BadSpecs(unittest.TestCase):
    def test_there_are_enough_cases(self):
        self.assertGreaterEqual(len(glob.glob(os.path.join(BAD, "*.yaml"))), 15)

    def test_each_bad_spec(self):
        cases = sorted(glob.glob(os.path.join(BAD, "*.yaml")))
        old = os.getcwd()
        os.chdir(BAD)   # messages name the file as given: keep them relative
        try:
            for path in cases:
                name = os.path.basename(path)
                with self.subTest(spec=name), tempfile.TemporaryDirectory() as out:
                    err = io.StringIO()
                    with contextlib.redirect_stderr(err), contextlib.redirect_stdout(io.StringIO()):
                        rc = main(["--out", out, name])
                    with open(name[:-5] + ".err", encoding="utf-8") as f:
                        golden = f.read()
                    self.assertEqual(rc, 2, "exit status for %s" % name)
                    self.assertEqual(err.getvalue(), golden)
                    self.assertEqual(os.listdir(out), [], "%s wrote files" % name)
        finally:
            os.chdir(old)

    def test_one_bad_spec_among_good_ones_writes_nothing(self):
        good = os.path.join(REPO, "spec", "virtio-iommu.yaml")
        bad = os.path.join(BAD, "hole.yaml")
        with tempfile.TemporaryDirectory() as out:
            with contextlib.redirect_stderr(io.StringIO()), contextlib.redirect_stdout(io.StringIO()):
                rc = main(["--out", out, good, bad])
            self.assertEqual(rc, 2)
            self.assertEqual(os.listdir(out), [])


if __name__ == "__main__":
    unittest.main()
