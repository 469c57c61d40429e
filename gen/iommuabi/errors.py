"""The one error type of the generator: a problem in a spec file."""


class SpecError(Exception):
    """A spec problem, located by file, line and key.

    str() gives ``file:line: key: message``, the form editors and CI parse.
    """

    def __init__(self, path: str, line: int, key: str, message: str) -> None:
        super().__init__(message)
        self.path = path
        self.line = line
        self.key = key
        self.message = message

    def __str__(self) -> str:
        where = "%s:%s" % (self.path, self.line if self.line else 1)
        if self.key:
            return "%s: %s: %s" % (where, self.key, self.message)
        return "%s: %s" % (where, self.message)
