"""`abi-check dump -o` and the generator's --out never replace what is not a
regular file; a symlink is followed to its target (which must exist) and
stays a link; a replaced file keeps its mode; a refusal writes nothing.

(No test writes near a real device node: if the rule regressed, running the
suite as root would replace it.  FIFOs and sockets made here stand in.)
"""

import contextlib
import io
import os
import shutil
import socket
import stat
import sys
import tempfile
import unittest

HERE = os.path.dirname(os.path.abspath(__file__))
REPO = os.path.dirname(os.path.dirname(HERE))
sys.path.insert(0, os.path.join(REPO, "abi-check"))
sys.path.insert(0, os.path.join(REPO, "gen"))

from iommu_abi_check import errors  # noqa: E402
from iommuabi import cli as gen_cli  # noqa: E402
from test_diff import run_cli  # noqa: E402

SPEC = os.path.join(REPO, "spec", "virtio-iommu.yaml")


def gen_main(argv):
    err = io.StringIO()
    with contextlib.redirect_stderr(err), contextlib.redirect_stdout(io.StringIO()):
        rc = gen_cli.main(argv)
    return rc, err.getvalue()


class Paths(unittest.TestCase):
    def setUp(self):
        self.tmp = tempfile.mkdtemp()
        self.addCleanup(shutil.rmtree, self.tmp)

    def p(self, name):
        return os.path.join(self.tmp, name)

    def listing(self):
        return sorted(os.listdir(self.tmp))

    def specials(self):
        fifo = self.p("fifo.json")
        os.mkfifo(fifo)
        sock = self.p("sock.json")
        s = socket.socket(socket.AF_UNIX)
        s.bind(sock)
        self.addCleanup(s.close)
        os.mkdir(self.p("dir.json"))
        return {fifo: "is a FIFO, not a regular file: refusing to replace it",
                sock: "is a socket, not a regular file",
                self.p("dir.json"): "is a directory"}


class DumpOutput(Paths):
    def test_special_files_are_refused_and_kept(self):
        for path, words in self.specials().items():
            with self.subTest(os.path.basename(path)):
                before = os.lstat(path)
                st, out, err = run_cli(["dump", SPEC, "-o", path])
                self.assertEqual(st, errors.EXIT_USAGE, err)
                self.assertIn(path + ": " + words, err)
                after = os.lstat(path)
                self.assertEqual((before.st_ino, before.st_mode), (after.st_ino, after.st_mode))
        self.assertEqual(self.listing(), ["dir.json", "fifo.json", "sock.json"])

    def test_symlink_is_followed_and_stays_a_link(self):
        real = self.p("real.json")
        with open(real, "w") as f:
            f.write("old\n")
        os.chmod(real, 0o640)
        os.symlink("real.json", self.p("link.json"))
        st, _, err = run_cli(["dump", SPEC, "-o", self.p("link.json")])
        self.assertEqual(st, 0, err)
        self.assertTrue(os.path.islink(self.p("link.json")))
        with open(real) as f:
            self.assertIn('"spec": "virtio-iommu"', f.read())
        self.assertEqual(stat.S_IMODE(os.stat(real).st_mode), 0o640)
        self.assertEqual(self.listing(), ["link.json", "real.json"])      # no temporary left

    def test_symlink_to_a_special_file_is_refused(self):
        fifo = self.p("fifo")
        os.mkfifo(fifo)
        os.symlink(fifo, self.p("link.json"))
        st, _, err = run_cli(["dump", SPEC, "-o", self.p("link.json")])
        self.assertEqual(st, errors.EXIT_USAGE)
        self.assertIn("is a FIFO", err)
        self.assertTrue(stat.S_ISFIFO(os.stat(fifo).st_mode))

    def test_dangling_symlink_is_refused(self):
        os.symlink(self.p("elsewhere.json"), self.p("link.json"))
        st, _, err = run_cli(["dump", SPEC, "-o", self.p("link.json")])
        self.assertEqual(st, errors.EXIT_USAGE)
        self.assertIn("which does not exist: refusing to create it", err)
        self.assertEqual(self.listing(), ["link.json"])

    def test_new_file_gets_the_usual_mode(self):
        old = os.umask(0o022)
        try:
            st, _, err = run_cli(["dump", SPEC, "-o", self.p("new.json")])
        finally:
            os.umask(old)
        self.assertEqual(st, 0, err)
        # not the 0600 of a temporary file renamed into place
        self.assertEqual(stat.S_IMODE(os.stat(self.p("new.json")).st_mode), 0o644)

    def test_missing_directory_is_a_write_error(self):
        st, _, err = run_cli(["dump", SPEC, "-o", self.p("no/such/dir.json")])
        self.assertEqual(st, errors.EXIT_UNREADABLE)
        self.assertIn("cannot write", err)


class GeneratorOut(Paths):
    def test_a_special_file_among_the_outputs_stops_the_run_before_any_write(self):
        out = self.p("include")
        os.makedirs(os.path.join(out, "linux"))
        fifo = os.path.join(out, "linux", "virtio_iommu.h")
        os.mkfifo(fifo)
        rc, err = gen_main(["--out", out, SPEC])
        self.assertEqual(rc, 3, err)
        self.assertIn("virtio_iommu.h: is a FIFO, not a regular file: refusing to replace it", err)
        self.assertTrue(stat.S_ISFIFO(os.lstat(fifo).st_mode))
        written = [os.path.join(r, n) for r, _, ns in os.walk(out) for n in ns]
        self.assertEqual(written, [fifo], "nothing else may be written")

    def test_symlinked_output_is_written_through(self):
        out = self.p("include")
        rc, err = gen_main(["--out", out, SPEC])
        self.assertEqual(rc, 0, err)
        hdr = os.path.join(out, "linux", "virtio_iommu.h")
        kept = self.p("kept.h")
        os.replace(hdr, kept)
        with open(kept, "w") as f:
            f.write("stale\n")
        os.symlink(kept, hdr)
        rc, err = gen_main(["--out", out, SPEC])
        self.assertEqual(rc, 0, err)
        self.assertTrue(os.path.islink(hdr))
        with open(kept) as f:
            self.assertIn("virtio_iommu", f.read())


if __name__ == "__main__":
    unittest.main()
