"""Read YAML keeping where every value came from.

PyYAML's plain loaders drop line numbers and silently keep the last of two
duplicate keys.  A spec error must name its line, and a duplicated key is
almost always a mistake, so specs are read from the node tree instead:
mappings become ``Map`` (a dict that remembers each key's line), sequences
``Seq`` (a list that remembers each item's line).  Scalars become plain
Python values through PyYAML's safe constructor.

libyaml's parser (PyYAML's C loader, in Debian's python3-yaml) is used when
present: it builds the same node tree, with the same marks, several times
faster.  A spec that does not parse is parsed again by the pure-Python
loader, so a YAML syntax error reads the same on every machine.
"""

import yaml

from .errors import SpecError


class Map(dict):
    """A YAML mapping; ``line`` is where it starts, ``lines[key]`` each key."""

    def __init__(self, line):
        super().__init__()
        self.line = line
        self.lines = {}


class Seq(list):
    """A YAML sequence; ``line`` is where it starts, ``lines[i]`` each item."""

    def __init__(self, line):
        super().__init__()
        self.line = line
        self.lines = []


def _line(node):
    return node.start_mark.line + 1


def _convert(node, path, key, constructor):
    if isinstance(node, yaml.MappingNode):
        out = Map(_line(node))
        for knode, vnode in node.value:
            if not isinstance(knode, yaml.ScalarNode):
                raise SpecError(path, _line(knode), key, "mapping keys must be plain words")
            name = constructor.construct_object(knode)
            if not isinstance(name, str):
                raise SpecError(path, _line(knode), key,
                                "mapping key %r is not a string" % (name,))
            sub = "%s.%s" % (key, name) if key else name
            if name in out:
                raise SpecError(path, _line(knode), sub,
                                "duplicate key (first given on line %d)" % out.lines[name])
            out.lines[name] = _line(knode)
            out[name] = _convert(vnode, path, sub, constructor)
        return out
    if isinstance(node, yaml.SequenceNode):
        out = Seq(_line(node))
        for i, item in enumerate(node.value):
            out.lines.append(_line(item))
            out.append(_convert(item, path, "%s[%d]" % (key, i), constructor))
        return out
    if node.tag == "tag:yaml.org,2002:int" and len(node.value) > MAX_INT_CHARS:
        # no field of a spec holds more than 64 bits; and Python refuses (or
        # takes quadratic time) to convert integers of thousands of digits
        raise SpecError(path, _line(node), key, "integer at column %d is %d characters long "
                        "(at most %d)" % (node.start_mark.column + 1, len(node.value),
                                          MAX_INT_CHARS))
    try:
        return constructor.construct_object(node, deep=True)
    except (ValueError, OverflowError) as e:     # e.g. an integer of 5,000 digits
        raise SpecError(path, _line(node), key, "value at column %d cannot be read: %s"
                        % (node.start_mark.column + 1, e)) from None


def load_yaml(path):
    """Parse ``path`` into Map/Seq/scalars; raise SpecError on any problem."""
    try:
        with open(path, "r", encoding="utf-8") as f:
            text = f.read()
    except OSError as e:
        raise SpecError(path, 0, "", "cannot read spec: %s" % e.strerror) from None
    except UnicodeDecodeError as e:
        raise SpecError(path, 0, "", "spec is not UTF-8 text (%s)" % e.reason) from None
    fast = getattr(yaml, "CSafeLoader", None)
    if fast is not None:
        try:
            return _load_with(fast, text, path)
        except yaml.YAMLError:
            pass        # reported below, in the pure-Python parser's words
    try:
        return _load_with(yaml.SafeLoader, text, path)
    except yaml.MarkedYAMLError as e:
        mark = e.problem_mark or e.context_mark
        line = mark.line + 1 if mark else 0
        what = e.problem or e.context or "malformed YAML"
        raise SpecError(path, line, "", "YAML syntax error: %s" % what) from None
    except yaml.YAMLError as e:
        raise SpecError(path, 0, "", "YAML error: %s" % e) from None


# Deeper than any spec needs (a spec nests 5 levels: top, structs, struct,
# fields, field), far below where PyYAML's recursive composer would fail.
MAX_DEPTH = 32
# 0b and 64 binary digits, with room for '_' separators
MAX_INT_CHARS = 100


def _check_events(loader_class, text, path):
    """Refuse aliases and deep nesting before the node tree is built.

    An alias makes the composed tree a graph: a few hundred bytes of nested
    aliases expand to gigabytes when converted ("billion laughs").  No spec
    needs one, so they are refused at the alias, with its line.  The event
    stream is flat (the parser keeps its own stack), so this pass cannot
    itself recurse or expand anything."""
    depth = 0
    loader = loader_class(text)
    try:
        while loader.check_event():
            ev = loader.get_event()
            if isinstance(ev, yaml.AliasEvent):
                raise SpecError(path, ev.start_mark.line + 1, "",
                                "YAML alias '*%s' at column %d: aliases (and the anchors they "
                                "repeat) are not allowed in a spec; write the value out"
                                % (ev.anchor, ev.start_mark.column + 1))
            if isinstance(ev, (yaml.SequenceStartEvent, yaml.MappingStartEvent)):
                depth += 1
                if depth > MAX_DEPTH:
                    raise SpecError(path, ev.start_mark.line + 1, "",
                                    "nested deeper than %d levels (column %d)"
                                    % (MAX_DEPTH, ev.start_mark.column + 1))
            elif isinstance(ev, (yaml.SequenceEndEvent, yaml.MappingEndEvent)):
                depth -= 1
    finally:
        loader.dispose()


def _load_with(loader_class, text, path):
    _check_events(loader_class, text, path)
    loader = loader_class(text)
    try:
        node = loader.get_single_node()
        if node is None:
            raise SpecError(path, 1, "", "spec is empty")
        return _convert(node, path, "", loader)
    finally:
        loader.dispose()
