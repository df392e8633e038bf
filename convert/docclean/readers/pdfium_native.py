"""The compiled per-character loop of the pdfium engine (`_pdfchars.c`), when it was built.

pdfium_chars' Python loop pays three ctypes calls and a dozen bytecodes per character; the
C helper makes the same calls from C and fills flat arrays in one call per page, and Python
builds the tuples from the arrays with `zip` (~10x less time per character). It is plain C
loaded with ctypes: pdfium's functions are handed over as pointers from pypdfium2's loaded
library, so it needs neither Python nor pdfium headers, and every buffer belongs to Python.

The library is compiled by the build hook (`hatch_build.py`) when a C compiler is there
(`make install`, `pip install`); without one, or when the library is missing or built from
another version of the source, `LIB` is None and pdfium_chars uses its Python loop, which
gives identical records (the tests compare both on every fixture).
"""

from __future__ import annotations

import ctypes
import sys
from array import array
from pathlib import Path
from typing import NamedTuple

import pypdfium2.raw as pdfium_c

ABI = 1  # docclean_pdfchars_abi() of the source this module matches
LIBNAME = "_pdfchars.dll" if sys.platform == "win32" else "_pdfchars.so"

_VP = ctypes.c_void_p
_I32 = ctypes.c_int32
_P_I32 = ctypes.POINTER(_I32)


class Fns(ctypes.Structure):
    """`fns_t`: pdfium's function pointers, in the C struct's order."""

    _fields_ = [(name, _VP) for name in (
        "text_object", "loose_box", "char_origin", "map_error", "font_size", "char_matrix", "obj_font",
        "font_descent", "get_object", "obj_type")]


class Chars(ctypes.Structure):
    """`chars_t`: the output arrays (owned by Python) and counts of one text page."""

    _fields_ = [("cap", _I32), ("n_slots", _I32), ("code", _VP), ("x0", _VP), ("x1", _VP), ("top", _VP),
                ("bottom", _VP), ("size", _VP), ("font", _VP), ("objects", _VP), ("fonts", _VP), ("state", _VP),
                ("descent", _VP), ("slots", _VP), ("n_kept", _I32), ("n_objects", _I32), ("n_fonts", _I32),
                ("unmapped", _I32)]


def load(path: Path) -> ctypes.CDLL | None:
    """The helper library at `path` with its prototypes set; None if it is not there, does
    not load, or was built from another version of the source (the Python loop takes over)."""
    if not path.is_file():
        return None
    try:
        lib = ctypes.CDLL(str(path))
        abi = lib.docclean_pdfchars_abi
    except (OSError, AttributeError):  # another platform's build, or a stale one without the symbol
        return None
    abi.restype = ctypes.c_int
    abi.argtypes = []
    if abi() != ABI:
        return None
    lib.docclean_chars.restype = ctypes.c_int
    lib.docclean_chars.argtypes = [ctypes.POINTER(Fns), _VP, _VP, _I32, ctypes.c_double, ctypes.c_double,
                                   ctypes.c_double, _I32, ctypes.POINTER(Chars)]
    lib.docclean_objects.restype = ctypes.c_int
    lib.docclean_objects.argtypes = [ctypes.POINTER(Fns), _VP, _I32, _I32, _I32, _I32, _VP, _VP, _P_I32, _P_I32]
    return lib


LIB = load(Path(__file__).with_name(LIBNAME))

def address(name: str) -> int:
    """A pdfium function's address in pypdfium2's loaded library: for calls without ctypes'
    argument conversion (`pdfium_chars`) and for the helper, which links nothing."""
    addr = ctypes.cast(getattr(pdfium_c, name), _VP).value
    assert addr is not None
    return addr


_FNS = Fns(*[address(name) for name in (
    "FPDFText_GetTextObject", "FPDFText_GetLooseCharBox", "FPDFText_GetCharOrigin", "FPDFText_HasUnicodeMapError",
    "FPDFText_GetFontSize", "FPDFText_GetMatrix", "FPDFTextObj_GetFont", "FPDFFont_GetDescent", "FPDFPage_GetObject",
    "FPDFPageObj_GetType")])
_PFNS = ctypes.byref(_FNS)


class PageChars(NamedTuple):
    """What `docclean_chars` read from one text page: per kept character (all of the same
    length) its text (`text[i]`), box, size and font (an index into `fonts`, pdfium font
    handles); the text objects it met and the glyphs it left out for want of a Unicode map."""

    text: str
    x0: array[float]
    x1: array[float]
    top: array[float]
    bottom: array[float]
    size: array[float]
    font: array[int]
    fonts: list[int]
    objects: set[int]
    unmapped: int


def _doubles(n: int) -> array[float]:
    return array("d", bytes(8 * n))


def _addr(buf: array) -> int:  # type: ignore[type-arg]
    return buf.buffer_info()[0]


def read_chars(lib: ctypes.CDLL, textpage: ctypes.c_void_p, n: int, text: ctypes.Array[ctypes.c_char], left: float,
               page_top: float, max_advance: float, map_sample: int) -> PageChars:
    """The characters of a loaded text page of `n` characters, `text` its `n` UTF-16 units."""
    if n <= 0:
        return PageChars("", *[_doubles(0) for _ in range(5)], array("i"), [], set(), 0)  # type: ignore[arg-type]
    if ctypes.sizeof(text) < 2 * n:
        raise ValueError(f"the text buffer holds {ctypes.sizeof(text) // 2} of {n} characters")
    slots = 1 << (2 * n - 1).bit_length()  # a power of two, at least 2n
    code = array("I", bytes(4 * n))
    x0, x1, top, bottom, size = (_doubles(n) for _ in range(5))
    font = array("i", bytes(4 * n))
    objects = (_VP * n)()
    fonts = (_VP * n)()
    state = array("i", bytes(4 * n))
    descent = _doubles(n)
    slot = array("i", bytes(4 * slots))
    assert code.itemsize == 4 and font.itemsize == 4  # (uint32_t, int32_t in the C struct)
    out = Chars(n, slots, _addr(code), _addr(x0), _addr(x1), _addr(top), _addr(bottom), _addr(size), _addr(font),
                ctypes.addressof(objects), ctypes.addressof(fonts), _addr(state), _addr(descent), _addr(slot))
    if lib.docclean_chars(_PFNS, textpage, text, n, left, page_top, max_advance, map_sample, ctypes.byref(out)):
        raise ValueError("docclean_chars refused its buffers")  # (sized above: cannot happen)
    k = out.n_kept
    chars = code.tobytes()[: 4 * k].decode("utf-32-le", "surrogatepass")
    return PageChars(chars, x0[:k], x1[:k], top[:k], bottom[:k], size[:k], font[:k], list(fonts[: out.n_fonts]),
                     set(objects[: out.n_objects]), out.unmapped)


class PageObjects(NamedTuple):
    """A page's top-level objects: text object handles, indexes of those that may hold
    rulings (paths, forms, unknown kinds) in page order, and the number of images."""

    texts: list[int]
    others: list[int]
    images: int


def sort_objects(lib: ctypes.CDLL, page: ctypes.c_void_p, count: int, text_type: int, image_type: int) -> PageObjects:
    if count <= 0:
        return PageObjects([], [], 0)
    texts = (_VP * count)()
    others = array("i", bytes(4 * count))
    n_others, images = _I32(), _I32()
    n_texts = lib.docclean_objects(_PFNS, page, count, text_type, image_type, count, texts, _addr(others),
                                   ctypes.byref(n_others), ctypes.byref(images))
    if n_texts < 0:
        raise ValueError("docclean_objects refused its buffers")  # (sized above: cannot happen)
    return PageObjects(texts[:n_texts], others[: n_others.value].tolist(), images.value)
