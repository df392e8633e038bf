"""PDF pages through pdfium (pypdfium2): the character and ruling records `pdf_layout` reads.

pdfplumber (pdfminer) interprets content streams in Python, ~9 pages/s; pdfium does it in C++
and we only pay ctypes calls per character. Each character becomes a `pdf_layout.Char` tuple
(`text`, `x0`, `x1`, `top`, `bottom`, `size`, `fontname`, `weight`), the same fields the
pdfplumber engine gives, so the layout code does not know which engine read the page:

- the Unicode text of a whole page comes from one `FPDFText_GetText` call (one UTF-16 unit
  per character index); a surrogate pair is two indexes and is joined into one character, a
  lone half of one (a broken file) counts as an unmapped glyph;
- a line-end hyphen, which pdfium's text gives as U+FFFE, is the `-` that was drawn;
- characters pdfium generates (spaces and line breaks it infers; they have no text object)
  are skipped: the layout code infers its own from the gaps, as it does for pdfplumber;
- `size` is the font size times the character matrix's vertical scale (the raw size of a
  glyph drawn at 1 pt and scaled by its matrix would be 259 instead of 12.95);
- the box runs from the glyph origin to pdfium's loose box's right edge (the advance; at most
  `MAX_ADVANCE` em) and, vertically, pdfminer's box: the font size up from the font's descent
  below the baseline (pdfium's loose box is the glyph's ink box for Type3 fonts, which have no
  ascent and descent), so row overlaps and gaps measure the same;
- font name and weight are read once per text object, not per character.

Cost: the per-character calls (text object, loose box, origin) are made in C by the helper
`_pdfchars.c` (see `pdfium_native`) in one call a page, and Python zips its arrays into the
tuples; without the helper, `_chars_python` makes them through `_fast` prototypes, which skip
ctypes' argument conversion, with identical records. Per page, pdfium's own page and
text-page loads are the floor (~1.4 ms a page of 500 characters).

Rulings (for tables) come from path objects: every horizontal or vertical segment is an
edge in pdfplumber's edge format. Memory stays bounded by one page: each page and its text
page are closed as soon as they are read (before the page's records are handed on), the
document when the pages are done.
"""

from __future__ import annotations

import ctypes
import itertools
import logging
import math
import re
from array import array
from collections.abc import Iterator
from dataclasses import dataclass, field
from typing import Any

import pypdfium2 as pdfium
import pypdfium2.raw as pdfium_c
import pypdfium2_cfg

from . import pdfium_native

# pypdfium2 writes straight to stderr at exit about objects it finds unclosed (`Weakref … was not
# cleaned up from ObjectTracker?`): after a deadline stops a read mid-page the process is ending
# anyway, and a user's one-line error must stay one line. Only the default level is raised: a
# user who lowered it to debug closing keeps the messages.
if pypdfium2_cfg.DEBUG_AUTOCLOSE.value == logging.WARNING:
    pypdfium2_cfg.DEBUG_AUTOCLOSE.value = logging.CRITICAL + 1
from .pdf_layout import Char

_VP = ctypes.c_void_p
# pdfium's loose box adds character spacing (Tc) to the advance: a character set apart by a
# large Tc (text stacked in a column, one glyph per text object) would reach far to the right.
# pdfminer's box is the glyph advance only; no CJK or Latin glyph advances more than this.
MAX_ADVANCE = 1.25  # em
LOST_MIN, LOST_SHARE = 5, 0.1  # text objects pdfium dropped, before a page is read by pdfminer instead
MAP_SAMPLE = 32  # characters of a font checked for Unicode map errors before it is trusted
TRUSTED = -2
RE_SURROGATE = re.compile("[\ud800-\udfff]")


class _Handle(ctypes.c_void_p):
    """A pdfium handle as returned: ctypes converts a returned `c_void_p` to an int, which a
    `_fast` function would pass on truncated to 32 bits; a subclass stays a pointer."""


def _fn(name: str, restype: Any, *argtypes: Any) -> Any:
    """A private prototype of a pdfium function, with checked arguments (the per-page and
    per-font calls): pypdfium2's own return typed pointers and are shared with pdfplumber."""
    return ctypes.CFUNCTYPE(restype, *argtypes)(pdfium_native.address(name))


def _fast(name: str, restype: Any = ctypes.c_int) -> Any:
    """A pdfium function called without argument conversion, for the per-character and
    per-object calls (ctypes' `argtypes` checks took longer than pdfium's work): callers pass
    `_Handle`s, Python ints for C `int`s and `byref()` pointers, nothing else."""
    return ctypes.CFUNCTYPE(restype)(pdfium_native.address(name))


_load_page = _fn("FPDF_LoadPage", _Handle, _VP, ctypes.c_int)
_close_page = _fn("FPDF_ClosePage", None, _VP)
_media_box = _fn("FPDFPage_GetMediaBox", ctypes.c_int, _VP, *[ctypes.POINTER(ctypes.c_float)] * 4)
_load_text = _fn("FPDFText_LoadPage", _Handle, _VP)
_close_text = _fn("FPDFText_ClosePage", None, _VP)
_count_chars = _fn("FPDFText_CountChars", ctypes.c_int, _VP)
_get_text = _fn("FPDFText_GetText", ctypes.c_int, _VP, ctypes.c_int, ctypes.c_int, ctypes.c_void_p)
_font_name = _fn("FPDFFont_GetBaseFontName", ctypes.c_size_t, _VP, ctypes.c_char_p, ctypes.c_size_t)
_embedded = _fn("FPDFFont_GetIsEmbedded", ctypes.c_int, _VP)
_font_weight = _fn("FPDFFont_GetWeight", ctypes.c_int, _VP)
_font_descent = _fn("FPDFFont_GetDescent", ctypes.c_int, _VP, ctypes.c_float, ctypes.POINTER(ctypes.c_float))
_obj_font_checked = _fn("FPDFTextObj_GetFont", _Handle, _VP)
_count_objects = _fn("FPDFPage_CountObjects", ctypes.c_int, _VP)
_form_object = _fn("FPDFFormObj_GetObject", _Handle, _VP, ctypes.c_ulong)

_text_object = _fast("FPDFText_GetTextObject", _Handle)  # (text page, index)
_loose_box = _fast("FPDFText_GetLooseCharBox")  # (text page, index, FS_RECTF*)
_char_origin = _fast("FPDFText_GetCharOrigin")  # (text page, index, double*, double*)
_map_error = _fast("FPDFText_HasUnicodeMapError")  # (text page, index)
_font_size = _fast("FPDFText_GetFontSize", ctypes.c_double)  # (text page, index)
_char_matrix = _fast("FPDFText_GetMatrix")  # (text page, index, FS_MATRIX*)
_obj_font = _fast("FPDFTextObj_GetFont", _Handle)  # (text object)
_get_object = _fast("FPDFPage_GetObject", _Handle)  # (page, index)
_obj_type = _fast("FPDFPageObj_GetType")  # (object)
_obj_matrix = _fast("FPDFPageObj_GetMatrix")  # (object, FS_MATRIX*)
_form_count = _fast("FPDFFormObj_CountObjects")  # (form object)
_draw_mode = _fast("FPDFPath_GetDrawMode")  # (path, int*, int*)
_count_segments = _fast("FPDFPath_CountSegments")  # (path)
_get_segment = _fast("FPDFPath_GetPathSegment", _Handle)  # (path, index)
_segment_type = _fast("FPDFPathSegment_GetType")  # (segment)
_segment_point = _fast("FPDFPathSegment_GetPoint")  # (segment, float*, float*)
_segment_close = _fast("FPDFPathSegment_GetClose")  # (segment)

_TEXT, _PATH, _IMAGE = pdfium_c.FPDF_PAGEOBJ_TEXT, pdfium_c.FPDF_PAGEOBJ_PATH, pdfium_c.FPDF_PAGEOBJ_IMAGE
_FORM = pdfium_c.FPDF_PAGEOBJ_FORM
_MOVETO = pdfium_c.FPDF_SEGMENT_MOVETO
LETTER = (0.0, 0.0, 612.0, 792.0)  # pypdfium2's media box for a page without one


@dataclass(slots=True)
class PdfiumPage:
    """One page as plain records: nothing in it refers to pdfium once the page is closed."""

    number: int
    width: float
    height: float
    chars: list[Char]
    unmapped: int
    edges: list[dict[str, Any]] = field(default_factory=list)  # pdfplumber's edge format
    images: int = 0
    rulings: int = 0  # path objects that gave at least one edge
    lost: int = 0  # text objects in non-embedded fonts of which pdfium kept no character (see `read_page`)
    texts: int = 0  # text objects on the page

    @property
    def incomplete(self) -> bool:
        """pdfium dropped a real share of this page's text: read the file with pdfminer."""
        return self.lost >= LOST_MIN and self.lost >= LOST_SHARE * self.texts


def open_pages(data: bytes, native: bool = True) -> Iterator[PdfiumPage]:
    """Every page of the PDF in `data`, read and closed one at a time.

    Raises `pdfium.PdfiumError` for a file pdfium cannot open (its message says why:
    "Incorrect password", "Data format error", ...). Pages are loaded through pdfium's own
    calls, not pypdfium2's `PdfPage` and `PdfTextPage` (their finalizer bookkeeping cost a
    tenth of a short page's time); each is closed in a `finally`. `native`: through the C
    helper when it was built (`pdfium_native`), else (or when False) the Python loop.
    """
    lib = pdfium_native.LIB if native else None
    doc = pdfium.PdfDocument(data)
    try:
        for i in range(len(doc)):
            page = _load_page(doc.raw, i)
            if not page.value:
                raise pdfium.PdfiumError(f"Failed to load page {i + 1}.")
            try:
                record = read_page(page, i + 1, lib)
            finally:
                _close_page(page)
            yield record
    finally:
        doc.close()


def read_page(page: _Handle, number: int, lib: ctypes.CDLL | None = None) -> PdfiumPage:
    """Characters, rulings and image count of one loaded pdfium page (`lib`: the C helper)."""
    box = [ctypes.c_float() for _ in range(4)]
    left, bottom, right, top_y = ([b.value for b in box] if _media_box(page, *[ctypes.byref(b) for b in box])
                                  else LETTER)
    textpage = _load_text(page)
    if not textpage.value:
        raise pdfium.PdfiumError(f"Failed to load the text of page {number}.")
    try:
        chars, unmapped, seen = _chars(textpage, left, top_y, lib)
    finally:
        _close_text(textpage)
    edges, rulings, images, texts = _objects(page, left, top_y, lib)
    # pdfium leaves out, without an error, the glyphs of a non-embedded font it cannot decode
    # (STSong-Light through a predefined CMap it lacks); pdfminer reads them. Objects of
    # embedded fonts it leaves out are blank (runs of spaces), as far as we have seen.
    lost = sum(1 for obj in texts - seen if not _embedded(_obj_font_checked(obj)))
    return PdfiumPage(number, float(right - left), float(top_y - bottom), chars, unmapped, edges, images, rulings,
                      lost, len(texts))


def _chars(tp: _Handle, left: float, page_top: float, lib: ctypes.CDLL | None) -> tuple[list[Char], int, set[int]]:
    """The page's characters, how many lack a Unicode mapping, and the text objects seen:
    through the C helper's loop when `lib` is given, else `_chars_python`'s, the same records."""
    n = _count_chars(tp)
    if n <= 0:
        return [], 0, set()
    buf = ctypes.create_string_buffer(2 * (n + 1))
    _get_text(tp, 0, n, buf)
    if lib is None:
        return _chars_python(tp, n, buf, left, page_top)
    got = pdfium_native.read_chars(lib, tp, n, buf, left, page_top, MAX_ADVANCE, MAP_SAMPLE)
    styles = [_font(f)[:2] for f in got.fonts]
    names, weights = [s[0] for s in styles], [s[1] for s in styles]
    chars = list(zip(got.text, got.x0, got.x1, got.top, got.bottom, got.size, map(names.__getitem__, got.font),
                     map(weights.__getitem__, got.font), strict=True))
    return chars, got.unmapped, got.objects


def _chars_python(tp: _Handle, n: int, buf: ctypes.Array[ctypes.c_char], left: float, page_top: float
                  ) -> tuple[list[Char], int, set[int]]:
    """`_chars` without the C helper (`_pdfchars.c` does the same, statement for statement).

    This loop is the engine's hot path (~500 characters in ~200 text objects a page): per
    character three `_fast` calls (text object, loose box, origin) and one tuple; what belongs
    to the text object (size, font, the limits of the box) is computed once per object, and
    the Unicode-map and surrogate checks are skipped where they cannot apply.
    """
    seen: set[int] = set()
    text: str | list[str] = buf.raw[: 2 * n].decode("utf-16-le", "surrogatepass")
    if len(text) != n:  # the decoder joined surrogate pairs: index by code unit instead
        text = ["-" if u == 0xFFFE else chr(u) for u in array("H", buf.raw[: 2 * n])]
    else:  # pdfium's mark for a hyphen ending a line: the glyph drawn was "-"
        text = text.replace("\ufffe", "-")
    surrogates = isinstance(text, list) or RE_SURROGATE.search(text) is not None
    box = pdfium_c.FS_RECTF()
    pbox = ctypes.byref(box)
    m = pdfium_c.FS_MATRIX()
    pm = ctypes.byref(m)
    ox, oy = ctypes.c_double(), ctypes.c_double()
    pox, poy = ctypes.byref(ox), ctypes.byref(oy)
    text_object, loose_box, char_origin, map_error = _text_object, _loose_box, _char_origin, _map_error
    fonts: dict[int | None, tuple[str, int, float]] = {}
    checked: dict[int | None, int] = {}  # font -> characters checked for a Unicode map error (-1: has errors)
    out: list[Char] = []
    append = out.append
    unmapped = 0
    last_obj: int | None = 0  # (not None: a generated character, which has no object, must not match it)
    size, fontname, weight, font = 0.0, "", -1, None
    low = high = drop = 0.0  # the object's least and largest advance, and its descent below the baseline
    check = False  # the object's font is not trusted yet: check its characters for map errors
    skip = -1  # the second half of a surrogate pair, already read
    for i in range(n):
        if i == skip:
            continue
        handle = text_object(tp, i)
        obj = handle.value
        if obj != last_obj:  # size and font are the text object's: read them once per object
            if obj is None:  # generated by pdfium (inferred spaces and line breaks)
                continue
            last_obj = obj
            seen.add(obj)
            raw = _font_size(tp, i)
            size = raw * (matrix_scale(m.b, m.d) or 1.0) if _char_matrix(tp, i, pm) else raw
            font = _obj_font(handle).value
            style = fonts.get(font)
            if style is None:
                style = fonts[font] = _font(font)
            fontname, weight, descent = style
            low, high, drop = 0.1 * size, MAX_ADVANCE * size, descent * size
            check = checked.get(font, 0) != TRUSTED
        if check:
            # A font without a Unicode map fails on its first characters: after MAP_SAMPLE clean
            # ones it is trusted (a ctypes call per character is a third of the time).
            done = checked.get(font, 0)
            if done >= 0:
                if map_error(tp, i):
                    unmapped += 1
                    checked[font] = -1  # this font has errors: check all its characters
                    continue
                checked[font] = done + 1 if done + 1 < MAP_SAMPLE else TRUSTED
                check = done + 1 < MAP_SAMPLE
            elif map_error(tp, i):
                unmapped += 1
                continue
        ch = text[i]
        loose_box(tp, i, pbox)
        char_origin(tp, i, pox, poy)
        x0, x1 = ox.value, box.right
        if surrogates and "\ud800" <= ch <= "\udfff":
            if ch <= "\udbff" and i + 1 < n and "\udc00" <= text[i + 1] <= "\udfff":
                ch = (ch + text[i + 1]).encode("utf-16-le", "surrogatepass").decode("utf-16-le")
                loose_box(tp, i + 1, pbox)
                x1 = max(x1, box.right)
                skip = i + 1
            else:  # half of a pair without its other half: no code point
                unmapped += 1
                continue
        lo = x0 + low
        if x1 < lo:  # min(max(x1, lo), hi), without two builtin calls a character
            x1 = lo
        hi = x0 + high
        if x1 > hi:
            x1 = hi
        bottom = page_top - oy.value - drop  # (drop < 0) pdfminer's box: the font size up from the descent
        append((ch, x0 - left, x1 - left, bottom - size, bottom, size, fontname, weight))
    return out, unmapped, seen


def matrix_scale(b: float, d: float) -> float:
    """The vertical scale of a character matrix, hypot(b, d), computed with the operations
    `_pdfchars.c` uses (math.hypot's own algorithm can differ from C's in the last bit)."""
    if math.isinf(b) or math.isinf(d):
        return math.inf
    if b == 0.0:
        return abs(d)
    if d == 0.0:
        return abs(b)
    return math.sqrt(b * b + d * d)


def _font(font: int | None) -> tuple[str, int, float]:
    """(base font name, weight, descent per point of size) of a pdfium font."""
    if not font:
        return "", -1, -0.2
    buf = ctypes.create_string_buffer(256)
    length = _font_name(font, buf, 256)
    name = buf.value.decode("utf-8", "replace") if length else ""
    d = ctypes.c_float()
    descent = d.value if _font_descent(font, ctypes.c_float(1.0), ctypes.byref(d)) else -0.2
    return name, _font_weight(font), descent


Matrix = tuple[float, float, float, float, float, float]
IDENTITY: Matrix = (1.0, 0.0, 0.0, 1.0, 0.0, 0.0)


def _then(inner: Matrix, outer: Matrix) -> Matrix:
    """The transform that applies `inner`, then `outer` (PDF's [a b c d e f] convention)."""
    a, b, c, d, e, f = inner
    ta, tb, tc, td, te, tf = outer
    return (ta * a + tc * b, tb * a + td * b, ta * c + tc * d, tb * c + td * d,
            ta * e + tc * f + te, tb * e + td * f + tf)


def _objects(page: _Handle, left: float, page_top: float, lib: ctypes.CDLL | None = None
             ) -> tuple[list[dict[str, Any]], int, int, set[int]]:
    """Ruling edges from the page's path objects (form XObjects included, as pdfminer reads
    them: tables are often drawn inside one), how many images it shows, its text objects.
    With the C helper (`lib`), the top-level text and image objects are sorted out in C and
    only the others are walked here."""
    edges: list[dict[str, Any]] = []
    rulings = images = 0
    texts: set[int] = set()
    count = _count_objects(page)
    order: range | list[int] = range(count)  # the top-level objects to walk
    if lib is not None:
        top = pdfium_native.sort_objects(lib, page, count, _TEXT, _IMAGE)
        texts.update(top.texts)
        images, order = top.images, top.others
    m = pdfium_c.FS_MATRIX()
    pm = ctypes.byref(m)
    x, y = ctypes.c_float(), ctypes.c_float()
    px_, py_ = ctypes.byref(x), ctypes.byref(y)
    fill, stroke = ctypes.c_int(), ctypes.c_int()
    pfill, pstroke = ctypes.byref(fill), ctypes.byref(stroke)
    obj_type, get_segment, segment_point, segment_type = _obj_type, _get_segment, _segment_point, _segment_type
    get_object, add_text = _get_object, texts.add
    k, count = 0, len(order)
    todo: list[tuple[_Handle, Matrix]] = []  # a stack of form contents, each walked right after its form
    while True:
        if todo:
            obj, outer = todo.pop()
        elif k < count:
            obj, outer = get_object(page, order[k]), IDENTITY
            k += 1
        else:
            break
        kind = obj_type(obj)
        if kind == _TEXT:
            add_text(obj.value)
            continue
        if kind == _IMAGE:
            images += 1
            continue
        if kind == _FORM:
            _obj_matrix(obj, pm)
            inner = _then((m.a, m.b, m.c, m.d, m.e, m.f), outer)
            todo += [(_form_object(obj, k), inner) for k in reversed(range(_form_count(obj)))]
            continue
        if kind != _PATH:
            continue
        _obj_matrix(obj, pm)
        _draw_mode(obj, pfill, pstroke)
        background = fill.value and not stroke.value
        a, b, c, d, e, f = _then((m.a, m.b, m.c, m.d, m.e, m.f), outer)
        subpaths: list[list[tuple[float, float]]] = []
        for s in range(_count_segments(obj)):
            seg = get_segment(obj, s)
            segment_point(seg, px_, py_)
            sx, sy = x.value, y.value
            px, py = a * sx + c * sy + e - left, page_top - (b * sx + d * sy + f)
            if segment_type(seg) == _MOVETO or not subpaths:
                subpaths.append([(px, py)])
                continue
            subpaths[-1].append((px, py))
            if _segment_close(seg) and len(subpaths[-1]) > 2:
                subpaths[-1].append(subpaths[-1][0])
        found = [g for sub in subpaths if not (background and _filled_box(sub)) for g in _edges(sub)]
        if found:
            rulings += 1
            edges += found
    return edges, rulings, images, texts


def _filled_box(points: list[tuple[float, float]]) -> bool:
    """A subpath thicker than a rule (when filled and not stroked: a background or a highlight,
    whose edges nobody sees as rules; see `pdf._invisible`)."""
    xs = [p[0] for p in points]
    ys = [p[1] for p in points]
    return min(max(xs) - min(xs), max(ys) - min(ys)) > 2.5


def _edges(points: list[tuple[float, float]]) -> list[dict[str, Any]]:
    edges = [_edge(p, q) for p, q in itertools.pairwise(points)]
    return [e for e in edges if e is not None]


def _edge(p: tuple[float, float], q: tuple[float, float]) -> dict[str, Any] | None:
    """A horizontal or vertical segment as a pdfplumber edge; None for a slanted one."""
    (x0, y0), (x1, y1) = p, q
    if abs(y0 - y1) < 0.01:
        orientation = "h"
    elif abs(x0 - x1) < 0.01:
        orientation = "v"
    else:
        return None
    x0, x1 = sorted((x0, x1))
    top, bottom = sorted((y0, y1))
    return {"x0": x0, "x1": x1, "top": top, "bottom": bottom, "width": x1 - x0, "height": bottom - top,
            "orientation": orientation, "object_type": "line"}
