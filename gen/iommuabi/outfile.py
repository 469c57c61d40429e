"""Write an output file whole or not at all, and never over something that is not a file.

The generator's --out tree and abi-check's ``dump -o`` both go through here.
The rules:

- the text goes to a new temporary file beside the target, which is then
  renamed over it: an interrupted run leaves the old file or the new one,
  never half of one;
- an existing target must be a regular file: a directory, device node, FIFO
  or socket is refused and left as it is (renaming over /dev/full would
  replace the device node with a JSON file);
- a symbolic link is followed: the file it points to is replaced and the
  link stays a link (a baseline kept in another directory and linked into a
  tree keeps working).  A link whose target does not exist is refused: a
  write must not create files wherever a link happens to point;
- a replaced file keeps its permission bits; a new one gets 0666 minus the
  umask, as ``open()`` would give it (not the 0600 of a temporary file).

Between the check and the rename another process could swap the target;
the check is repeated just before the rename, which narrows that window but,
as with any path-based tool, cannot close it against a hostile local user.
"""

import os
import stat
import tempfile


class OutputError(Exception):
    """A target this module refuses to write; str() is '<path>: <reason>'."""


def resolve(path):
    """The path a write to ``path`` replaces (a symlink's target), and its
    permission bits (None for a new file).  Raises OutputError."""
    real = path
    if os.path.islink(path):
        real = os.path.realpath(path)
        if not os.path.exists(real):
            raise OutputError("%s: is a symbolic link to %s, which does not exist: refusing to "
                              "create it" % (path, real))
    try:
        st = os.stat(real)
    except FileNotFoundError:
        return real, None
    except OSError as e:
        raise OutputError("%s: cannot write: %s" % (path, e.strerror))
    if stat.S_ISDIR(st.st_mode):
        raise OutputError("%s: is a directory" % path)
    if not stat.S_ISREG(st.st_mode):
        kind = ("a character device" if stat.S_ISCHR(st.st_mode) else
                "a block device" if stat.S_ISBLK(st.st_mode) else
                "a FIFO" if stat.S_ISFIFO(st.st_mode) else
                "a socket" if stat.S_ISSOCK(st.st_mode) else "not a regular file")
        raise OutputError("%s: is %s, not a regular file: refusing to replace it" % (path, kind))
    return real, stat.S_IMODE(st.st_mode)


def _new_file_mode():
    mask = os.umask(0)
    os.umask(mask)
    return 0o666 & ~mask


def write(path, text):
    """Replace (or create) ``path`` with ``text`` by the rules above.
    Raises OutputError for a refused target, OSError for a failed write."""
    real, mode = resolve(path)
    directory = os.path.dirname(real) or "."
    fd, tmp = tempfile.mkstemp(dir=directory, prefix="." + os.path.basename(real) + ".",
                               suffix=".tmp")
    try:
        os.fchmod(fd, _new_file_mode() if mode is None else mode)
        with os.fdopen(fd, "w", encoding="utf-8", newline="\n") as f:
            f.write(text)
        again, _ = resolve(path)
        if again != real:
            raise OutputError("%s: changed while it was being written: not replaced" % path)
        os.replace(tmp, real)
    except BaseException:
        try:
            os.unlink(tmp)
        except OSError:
            pass
        raise
