"""Record layouts from libclang, in this process: the fast path of verify.

``clang_layout`` runs one clang process per (flavor, target) and parses its
-fdump-record-layouts output.  On some machines most of that time is clang
starting up (its dynamic relocations and page faults: 30-85 ms a run, thirty
runs for a verify), while the compile itself takes a few milliseconds.
libclang is the same compiler behind a C API, loaded once: it parses each
translation unit in-process and answers sizeof, alignof and offsetof from
the ASTContext that the dump prints, so the layouts are the compiler's, not
ours.  It is Debian's libclang1-N, a dependency of the clang package, found
beside the clang binary that the process path would run.

Scope: the records ``verify`` compares, those of the generated headers.  A
record with a bit-field or an anonymous member is not represented here
(``Unsupported``): the caller then takes the process path for that job, which
handles everything.  A test checks, for every flavor and target, that both
paths return identical records for every struct of both specs.

Threads: each call creates its own index and translation unit; ctypes
releases the GIL while libclang parses, so two jobs parse on two cores.

Set ABI_CHECK_LIBCLANG=0 to always use the process path.
"""

import ctypes
import glob
import os
import shutil
import threading

from . import clang_layout as cl

# libclang's enums (clang-c/Index.h; stable since clang 3.x)
_CURSOR_STRUCT, _CURSOR_UNION, _CURSOR_FIELD = 2, 3, 6
_TYPE_RECORD, _TYPE_INCOMPLETE_ARRAY = 105, 114
_SEVERITY_ERROR = 3
_VISIT_CONTINUE = 1


class Unsupported(Exception):
    """This TU needs the process path (a record this reader does not model)."""


class _Cursor(ctypes.Structure):
    _fields_ = [("kind", ctypes.c_int), ("xdata", ctypes.c_int),
                ("data", ctypes.c_void_p * 3)]


class _Type(ctypes.Structure):
    _fields_ = [("kind", ctypes.c_int), ("data", ctypes.c_void_p * 2)]


class _String(ctypes.Structure):
    _fields_ = [("data", ctypes.c_void_p), ("flags", ctypes.c_uint)]


_VISITOR = ctypes.CFUNCTYPE(ctypes.c_int, _Cursor, _Cursor, ctypes.c_void_p)

_lock = threading.Lock()
_lib = None
_tried = False


def _library_candidates():
    """libclang beside the clang the process path runs (same version)."""
    clang = cl.find_clang()
    real = os.path.realpath(clang if os.path.isabs(clang) else (shutil.which(clang) or clang))
    libdir = os.path.join(os.path.dirname(os.path.dirname(real)), "lib")
    out = [os.path.join(libdir, "libclang.so.1")]
    out += sorted(glob.glob(os.path.join(libdir, "libclang-*.so*")))
    return out


def _declare(lib):
    sig = {
        "clang_createIndex": (ctypes.c_void_p, [ctypes.c_int, ctypes.c_int]),
        "clang_disposeIndex": (None, [ctypes.c_void_p]),
        "clang_parseTranslationUnit2": (ctypes.c_int, [
            ctypes.c_void_p, ctypes.c_char_p, ctypes.POINTER(ctypes.c_char_p), ctypes.c_int,
            ctypes.c_void_p, ctypes.c_uint, ctypes.c_uint, ctypes.POINTER(ctypes.c_void_p)]),
        "clang_disposeTranslationUnit": (None, [ctypes.c_void_p]),
        "clang_getNumDiagnostics": (ctypes.c_uint, [ctypes.c_void_p]),
        "clang_getDiagnostic": (ctypes.c_void_p, [ctypes.c_void_p, ctypes.c_uint]),
        "clang_getDiagnosticSeverity": (ctypes.c_int, [ctypes.c_void_p]),
        "clang_formatDiagnostic": (_String, [ctypes.c_void_p, ctypes.c_uint]),
        "clang_disposeDiagnostic": (None, [ctypes.c_void_p]),
        "clang_getCString": (ctypes.c_char_p, [_String]),
        "clang_disposeString": (None, [_String]),
        "clang_getTranslationUnitCursor": (_Cursor, [ctypes.c_void_p]),
        "clang_visitChildren": (ctypes.c_uint, [_Cursor, _VISITOR, ctypes.c_void_p]),
        "clang_getCursorSpelling": (_String, [_Cursor]),
        "clang_isCursorDefinition": (ctypes.c_uint, [_Cursor]),
        "clang_Cursor_isAnonymous": (ctypes.c_uint, [_Cursor]),
        "clang_Cursor_isBitField": (ctypes.c_uint, [_Cursor]),
        "clang_Cursor_getOffsetOfField": (ctypes.c_longlong, [_Cursor]),
        "clang_getCursorType": (_Type, [_Cursor]),
        "clang_getCanonicalType": (_Type, [_Type]),
        "clang_getTypeSpelling": (_String, [_Type]),
        "clang_getTypeDeclaration": (_Cursor, [_Type]),
        "clang_getArrayElementType": (_Type, [_Type]),
        "clang_Type_getSizeOf": (ctypes.c_longlong, [_Type]),
        "clang_Type_getAlignOf": (ctypes.c_longlong, [_Type]),
    }
    for name, (res, args) in sig.items():
        fn = getattr(lib, name)
        fn.restype = res
        fn.argtypes = args


def library():
    """The loaded libclang, or None (not installed, disabled, or unusable)."""
    global _lib, _tried
    with _lock:
        if _tried:
            return _lib
        _tried = True
        if os.environ.get("ABI_CHECK_LIBCLANG", "1") == "0":
            return None
        for path in _library_candidates():
            try:
                lib = ctypes.CDLL(path)
                _declare(lib)
            except (OSError, AttributeError):
                continue
            _lib = lib
            break
        return _lib


def _text(lib, s):
    try:
        raw = lib.clang_getCString(s)
        return raw.decode("utf-8", "replace") if raw else ""
    finally:
        lib.clang_disposeString(s)


def _children(lib, cursor):
    out = []

    def visit(child, _parent, _data):
        out.append(child)
        return _VISIT_CONTINUE
    lib.clang_visitChildren(cursor, _VISITOR(visit), None)
    return out


def _fields(lib, record_cursor, base):
    """Fields of a record definition at ``base`` bytes, nested records expanded
    (as clang's dump expands them)."""
    out = []
    for c in _children(lib, record_cursor):
        if c.kind in (_CURSOR_STRUCT, _CURSOR_UNION) and lib.clang_Cursor_isAnonymous(c):
            raise Unsupported("anonymous member")
        if c.kind != _CURSOR_FIELD:
            continue
        if lib.clang_Cursor_isBitField(c):
            raise Unsupported("bit-field")
        name = _text(lib, lib.clang_getCursorSpelling(c))
        bits = lib.clang_Cursor_getOffsetOfField(c)
        if bits < 0 or bits % 8:
            raise Unsupported("field offset of %s" % name)
        t = lib.clang_getCanonicalType(lib.clang_getCursorType(c))
        f = cl.Field(name=name, type=_text(lib, lib.clang_getTypeSpelling(t)),
                     offset=base + bits // 8, size=None)
        if t.kind == _TYPE_INCOMPLETE_ARRAY:
            f.flexible = True
            f.size = 0
            f.align = lib.clang_Type_getAlignOf(lib.clang_getArrayElementType(t))
        else:
            f.size = lib.clang_Type_getSizeOf(t)
            f.align = lib.clang_Type_getAlignOf(t)
        if f.size < 0 or f.align <= 0:         # libclang's layout error codes
            raise Unsupported("layout of %s" % name)
        if t.kind == _TYPE_RECORD:
            f.nested = _fields(lib, lib.clang_getTypeDeclaration(t), f.offset)
        out.append(f)
    return out


def _error_text(lib, tu):
    msgs = []
    for i in range(lib.clang_getNumDiagnostics(tu)):
        d = lib.clang_getDiagnostic(tu, i)
        try:
            if lib.clang_getDiagnosticSeverity(d) >= _SEVERITY_ERROR:
                # 0x1|0x2|0x4: file:line:col, as clang prints on stderr
                msgs.append(_text(lib, lib.clang_formatDiagnostic(d, 0x7)))
        finally:
            lib.clang_disposeDiagnostic(d)
    return "\n".join(msgs)


def dump_target(abi, tu_path, flags=()):
    """{record key: Record} of the named structs and unions ``tu_path`` defines,
    laid out for ``abi``.  Raises cl.ClangError as the process path does, and
    Unsupported when a record needs the process path."""
    lib = library()
    if lib is None:
        raise Unsupported("libclang not available")
    args = ["-target", abi.triple, "-ffreestanding", "-w"] + list(flags)
    argv = (ctypes.c_char_p * len(args))(*[a.encode() for a in args])
    index = lib.clang_createIndex(0, 0)
    tu = ctypes.c_void_p()
    try:
        rc = lib.clang_parseTranslationUnit2(index, tu_path.encode(), argv, len(args),
                                             None, 0, 0, ctypes.byref(tu))
        if rc != 0 or not tu.value:
            raise Unsupported("libclang could not parse (error %d)" % rc)
        try:
            errors = _error_text(lib, tu)
            if errors:
                msg, kind = cl.classify_error(errors)
                raise cl.ClangError("%s: %s" % (abi.name, msg), kind, abi.name)
            return _records(lib, tu)
        finally:
            lib.clang_disposeTranslationUnit(tu)
    finally:
        lib.clang_disposeIndex(index)


def _records(lib, tu):
    out = {}
    for c in _children(lib, lib.clang_getTranslationUnitCursor(tu)):
        if c.kind not in (_CURSOR_STRUCT, _CURSOR_UNION) or not lib.clang_isCursorDefinition(c):
            continue
        if lib.clang_Cursor_isAnonymous(c):
            continue
        tag = _text(lib, lib.clang_getCursorSpelling(c))
        if not tag or tag.startswith(cl._PROBE_PREFIX):
            continue
        kind = "struct" if c.kind == _CURSOR_STRUCT else "union"
        spelled = "%s %s" % (kind, tag)
        key = cl.record_key(spelled)
        t = lib.clang_getCursorType(c)
        out[key] = cl.Record(
            name=key, kind=kind, spelled=spelled,
            size=lib.clang_Type_getSizeOf(t), align=lib.clang_Type_getAlignOf(t),
            fields=_fields(lib, c, 0))
    return out
