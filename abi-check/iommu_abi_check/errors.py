"""Exit statuses and the one exception type the CLI turns into a one-line message.

The statuses follow libabigail's idea (bit 2: an ABI change was found, bit 3:
it is incompatible) so a CI script can test bits; input problems get odd
numbers of their own so each is told apart without parsing the message.

    0   nothing to report (no change, no finding, layouts verified)
    1   internal error (a bug in abi-check; the message says so)
    2   usage error (bad option, unknown target ABI, unknown subcommand)
    3   a header does not parse (clang or pycparser error; names file:line),
        lint's or a generated one in verify
    4   diff: compatible changes only        lint: findings reported
    5   a #include cannot be found
    7   an input file cannot be read (missing, a directory, no permission, not UTF-8)
    9   an input file is corrupt (baseline JSON malformed or not a layout
        table, spec YAML rejected by the generator)
    11  a required tool is missing or failed (clang, the generator)
    12  diff: at least one breaking change   verify: a layout mismatch
"""

EXIT_OK = 0
EXIT_INTERNAL = 1
EXIT_USAGE = 2
EXIT_PARSE = 3
EXIT_CHANGES = 4          # diff: compatible changes only
EXIT_FINDINGS = 4         # lint: findings
EXIT_MISSING_INCLUDE = 5
EXIT_UNREADABLE = 7
EXIT_CORRUPT = 9
EXIT_TOOL = 11
EXIT_BREAKING = 12        # diff
EXIT_MISMATCH = 12        # verify

STATUS_TABLE = __doc__.split("\n\n", 1)[1]


class AbiCheckError(Exception):
    """A user-facing failure: one line of text and an exit status."""

    def __init__(self, message, status):
        Exception.__init__(self, message)
        self.status = status


def read_text(path, what="file"):
    """Read a UTF-8 text file or raise AbiCheckError(EXIT_UNREADABLE)."""
    try:
        with open(path, "r", encoding="utf-8") as f:
            return f.read()
    except FileNotFoundError:
        raise AbiCheckError("%s: cannot read %s: no such file" % (path, what), EXIT_UNREADABLE)
    except IsADirectoryError:
        raise AbiCheckError("%s: cannot read %s: is a directory" % (path, what), EXIT_UNREADABLE)
    except PermissionError:
        raise AbiCheckError("%s: cannot read %s: permission denied" % (path, what), EXIT_UNREADABLE)
    except UnicodeDecodeError as e:
        raise AbiCheckError("%s: cannot read %s: not UTF-8 text (byte %d)" % (path, what, e.start),
                            EXIT_UNREADABLE)
    except OSError as e:
        raise AbiCheckError("%s: cannot read %s: %s" % (path, what, e.strerror), EXIT_UNREADABLE)
