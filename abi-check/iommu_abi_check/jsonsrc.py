"""Read a JSON file that nobody is trusted to have written well.

Python's json module keeps the last of two duplicate keys without a word and
recurses once per nesting level (a few thousand '[' are a RecursionError).
A baseline is a contract, so a duplicated key is refused like the spec
loader refuses one in YAML, and nesting deeper than any layout table needs
is refused before the parser sees it.  Every refusal names file:line:col.

``locate(text, jpath)`` finds where a value sits (a path of keys and list
indices), so a check made on the parsed data can name its line too.  It is
run only on the error path: the common case pays for one json.loads.
"""

import json
import re

# A layout table nests 5 deep (top, structs, struct, abi, abi entry, pair);
# 32 leaves room for any extension and stays far from Python's recursion limit.
MAX_DEPTH = 32

_BRACKET_OR_STRING = re.compile(r'"(?:[^"\\]|\\.)*"?|[\[\]{}]', re.S)
_STRING = re.compile(r'"(?:[^"\\]|\\.)*"', re.S)
_SCALAR = re.compile(r'-?[0-9][0-9.eE+-]*|true|false|null|-?Infinity|NaN')
_SPACE = re.compile(r'[ \t\r\n]*')


class JsonError(Exception):
    """A refusal: ``line``/``col`` (1-based, 0 when unknown) and a message."""

    def __init__(self, line, col, message):
        Exception.__init__(self, message)
        self.line, self.col, self.message = line, col, message


def _line_col(text, pos):
    line = text.count("\n", 0, pos) + 1
    return line, pos - (text.rfind("\n", 0, pos) + 1) + 1


def _check_depth(text):
    depth = 0
    for m in _BRACKET_OR_STRING.finditer(text):
        c = m.group()
        if c in "[{":
            depth += 1
            if depth > MAX_DEPTH:
                raise JsonError(*_line_col(text, m.start()),
                                "nested deeper than %d levels" % MAX_DEPTH)
        elif c in "]}":
            depth -= 1


class _Duplicate(Exception):
    pass


def _no_duplicates(pairs):
    seen = set()
    for k, _ in pairs:
        if k in seen:
            raise _Duplicate(k)
        seen.add(k)
    return dict(pairs)


def _no_constant(name):
    raise ValueError("%s is not a JSON number" % name)


def _lone_surrogate(x):
    """A string holding half a UTF-16 pair (JSON "\\ud800"), which no output can encode."""
    if isinstance(x, str):
        return any("\ud800" <= c <= "\udfff" for c in x)
    if isinstance(x, dict):
        return any(_lone_surrogate(k) or _lone_surrogate(v) for k, v in x.items())
    if isinstance(x, list):
        return any(_lone_surrogate(v) for v in x)
    return False


def loads(text):
    """Parse ``text``; raise JsonError for bad syntax, depth or duplicate keys."""
    _check_depth(text)
    try:
        data = json.loads(text, object_pairs_hook=_no_duplicates, parse_constant=_no_constant)
    except _Duplicate:
        line, col, key, first = _find_duplicate(text)
        raise JsonError(line, col, "duplicate key %s (first given on line %d)"
                        % (json.dumps(key), first)) from None
    except json.JSONDecodeError as e:
        raise JsonError(e.lineno, e.colno, "not JSON (%s)" % e.msg) from None
    except (ValueError, RecursionError) as e:       # e.g. a number too long to convert
        raise JsonError(0, 0, "not JSON (%s)" % e) from None
    if _lone_surrogate(data):
        m = re.search(r"\\u[dD][89a-fA-F][0-9a-fA-F]{2}", text)
        raise JsonError(*(_line_col(text, m.start()) if m else (0, 0)),
                        "a string holds an unpaired UTF-16 surrogate")
    return data


def _walk(text):
    """Yield (jpath, pos, is_key) for every value and key of valid JSON ``text``."""
    stack = []          # frames: [is_object, key or index, keys seen {key: pos}]
    pos, n = 0, len(text)
    expect_key = False
    while pos < n:
        pos = _SPACE.match(text, pos).end()
        if pos >= n:
            break
        c = text[pos]
        if c in ",:":
            if c == "," and stack:
                if stack[-1][0]:
                    expect_key = True
                else:
                    stack[-1][1] += 1
            pos += 1
            continue
        if c in "]}":
            stack.pop()
            expect_key = False          # '{}' closes without a key
            pos += 1
            continue
        if expect_key:
            m = _STRING.match(text, pos)
            key = json.loads(m.group())
            stack[-1][1] = key
            yield tuple(f[1] for f in stack), pos, True
            expect_key = False
            pos = m.end()
            continue
        yield tuple(f[1] for f in stack), pos, False
        if c == "{":
            stack.append([True, None, {}])
            expect_key = True
            pos += 1
        elif c == "[":
            stack.append([False, 0, {}])
            pos += 1
        elif c == '"':
            pos = _STRING.match(text, pos).end()
        else:
            pos = _SCALAR.match(text, pos).end()


def _find_duplicate(text):
    seen = {}           # (object's path, key) -> line of its first occurrence
    for jpath, pos, is_key in _walk(text):
        if not is_key:
            continue
        where = (jpath[:-1], jpath[-1])
        line, col = _line_col(text, pos)
        if where in seen:
            return line, col, jpath[-1], seen[where]
        seen[where] = line
    return 0, 0, "?", 0


def locate(text, jpath):
    """(line, col) of the value at ``jpath`` (or of the deepest part of it that
    exists), (0, 0) if nothing of it is found.  ``text`` must be valid JSON."""
    want = tuple(jpath)
    best = (0, 0)
    for path, pos, is_key in _walk(text):
        if is_key:
            continue
        if path == want:
            return _line_col(text, pos)
        if want[:len(path)] == path and len(path) > 0:
            best = _line_col(text, pos)
    return best
