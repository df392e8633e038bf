"""PDF reader: characters with their geometry -> a document of blocks.

Two engines give the same character and ruling records: pdfium (`pdfium_chars`, the
default) and pdfplumber (pdfminer, the slower reference). Pages are read one at a time and
closed at once (`page.close()` drops pdfminer's layout cache; pdfium's page and text page
are closed), so memory stays bounded by one page plus the text lines kept so far. The
geometry work (lines, furniture, paragraphs, headings) is in `pdf_layout`; tables are
pdfplumber's `TableFinder` over either engine's rulings.
"""

from __future__ import annotations

import bisect
import contextlib
import io
import logging
from collections.abc import Callable, Iterator
from dataclasses import dataclass
from operator import itemgetter
from typing import TYPE_CHECKING, Any

from ..errors import (
    CorruptInputError,
    DoccleanError,
    EncryptedInputError,
    MissingDependencyError,
    NoTextLayerError,
)
from ..model import Document, Metadata, Reason
from ..options import Options
from ..rules import load_rules
from . import limits
from . import pdf_layout as layout
from .pdf_rebuild import rebuilt
from .pdf_repair import header_at, misplaced, startxref_astray, with_trailer, with_xref_repaired

if TYPE_CHECKING:
    from . import pdfium_chars

MIN_TABLE_EDGES = 4  # fewer ruling lines than this cannot make a table: skip the costly search


class PdfReader:
    name = "pdf"
    priority = 100

    def accepts(self, head: bytes) -> bool:
        return header_at(head) is not None

    def read(self, data: bytes, path: str, options: Options) -> Document:
        rules = load_rules(options.rules_dir)
        doc = Document(blocks=[], meta=Metadata(format="pdf"))
        start = header_at(data[:8192]) or 0
        if start:  # the PDF's offsets count from its header: read from there, as PDF readers do
            data = data[start:]
            doc.meta.warnings.append(f"{start} bytes before the PDF's %PDF header skipped")
        engine = _pdfium_pages if options.pdf_engine == "pdfium" else _pdfplumber_pages
        wrong = misplaced(data)
        if wrong:  # read where the objects really are: pdfminer would lose them, pdfium refuse pages
            data, missing = with_xref_repaired(data, wrong)
            lost = (f"; {missing} of them are nowhere in the file: text in those objects may be missing"
                    if missing else ": read from where the objects really are")
            doc.meta.warnings.append(f"the PDF's cross-reference table is damaged ({len(wrong)} objects are not "
                                     f"where it says){lost}")
        elif startxref_astray(data):
            doc.meta.warnings.append("the PDF's startxref pointer does not lead to its cross-reference table: "
                                     "the table was rebuilt from the objects, check the text is complete")
        cut = False
        try:
            try:
                pages, blank_scans = _read_pages(engine, data, path)
            except CorruptInputError as exc:
                data, cut = _repaired(data, path, doc, exc), True  # (the fallback below reads the same bytes)
                pages, blank_scans = _read_pages(engine, data, path)
        except _PdfiumIncomplete:  # fonts pdfium cannot decode: pdfminer can
            pages, blank_scans = _read_pages(_pdfplumber_pages, data, path)
        doc.meta.pages = len(pages)
        unmapped = sum(p.unmapped for p in pages)
        if unmapped:
            doc.remove(f"<{unmapped} glyphs without a Unicode mapping>", "pdf:unmapped-glyphs", Reason.UNDECODABLE)
            doc.meta.warnings.append(f"{unmapped} glyphs have no Unicode mapping in the PDF and are missing")
        if layout.looks_garbled(pages) or (unmapped and not any(p.lines for p in pages)):
            raise NoTextLayerError(path, "its text layer is unreadable (fonts without a Unicode map): "
                                         "run OCR on it first, e.g. ocrmypdf --force-ocr")
        if not any(p.lines for p in pages):
            if blank_scans:
                raise NoTextLayerError(path, f"no text layer on any of its {len(pages)} pages (a scan?): "
                                             "run OCR on it first, e.g. ocrmypdf")
            if cut:
                n = len(pages)
                raise CorruptInputError(path, f"damaged or truncated PDF: no text on the {n} page{'s' * (n != 1)} "
                                              "left of it (their content is past the cut)")
            raise CorruptInputError(path, f"no text on any of its {len(pages)} pages")
        if blank_scans:
            doc.meta.warnings.append(f"pages {_ranges(blank_scans)} have no text layer (scanned?); "
                                     "their content is missing: run OCR on them")
        layout.strip_furniture(pages, rules.furniture, layout.body_style(pages)[0], doc)
        body = layout.measure_body(pages)
        lines = [ln for p in pages for ln in p.lines]
        groups = layout.paragraphs(lines, body, rules.headings.point_start)
        doc.blocks = layout.to_blocks(groups, body, rules.headings)
        return doc


def _repaired(data: bytes, path: str, doc: Document, exc: CorruptInputError) -> bytes:
    """The bytes of a PDF cut short, made readable (with a warning): a trailer naming its catalog
    (`pdf_repair.with_trailer`), or a page tree rebuilt from the objects there (`pdf_rebuild`).
    `exc`, the engine's error, when neither applies."""
    fixed = with_trailer(data)
    if fixed is not None:
        doc.meta.warnings.append("the PDF ends before its cross-reference table and trailer (a cut "
                                 "download?): read by its objects, the last ones may be missing")
        return fixed
    made = rebuilt(data)
    if made is None:
        raise exc
    if not made.pages:
        why = (f"the text of its {made.left_out} pages is there but their fonts were cut off" if made.left_out
               else "its pages are not in what is there")
        raise CorruptInputError(path, f"damaged or truncated PDF: {why} ({len(data):,} bytes; a cut download "
                                      "loses the page objects and fonts written at its end): nothing can be read")
    lost = (f"; the {made.left_out} pages after them use fonts that were cut off and are missing"
            if made.left_out else "; pages after them may be missing")
    doc.meta.warnings.append(f"the PDF is cut short (no page tree, catalog or trailer: a cut download?): "
                             f"{made.pages} page{'s' * (made.pages > 1)} rebuilt from the objects there{lost}")
    return made.data


class _PdfiumIncomplete(Exception):
    """pdfium left out the text of fonts it cannot decode (see `PdfiumPage.incomplete`)."""


def _read_pages(read: Callable[[bytes, str], Iterator[tuple[layout.PageLines, int]]], data: bytes,
                path: str) -> tuple[list[layout.PageLines], list[int]]:
    """Every page's lines, and the numbers of the pages that are images without text."""
    pages: list[layout.PageLines] = []
    blank_scans: list[int] = []
    for pl, images in read(data, path):
        if not pl.lines and images:
            blank_scans.append(pl.number)
        pages.append(pl)
    return pages, blank_scans


def _pdfplumber_pages(data: bytes, path: str) -> Iterator[tuple[layout.PageLines, int]]:
    """The reference engine: pdfminer's interpreter through pdfplumber (slow, pure Python)."""
    try:
        import pdfplumber
        from pdfminer.pdfdocument import PDFPasswordIncorrect
    except ImportError as exc:
        raise MissingDependencyError(path, "PDF input needs pdfplumber and pypdfium2, dependencies of docclean: "
                                               "reinstall it (pip install docclean)") from exc
    for noisy in ("pdfminer", "pdfplumber"):  # font and metadata warnings are not the user's business
        logging.getLogger(noisy).setLevel(logging.ERROR)
    try:
        with pdfplumber.open(io.BytesIO(data), password="") as pdf:
            for number, page in enumerate(pdf.pages, start=1):
                limits.check()
                limits.bound(len(page.chars), limits.MAX_PAGE_CHARS, f"glyphs on page {number}", path)
                pl = read_page(page, number)
                images = len(page.images) if not pl.lines else 0
                page.close()
                yield pl, images
    except DoccleanError:
        raise
    except Exception as exc:  # pdfminer raises many unrelated types for damaged files
        cause = exc.__cause__ or exc.__context__ or exc
        if isinstance(exc, PDFPasswordIncorrect) or isinstance(cause, PDFPasswordIncorrect):
            raise EncryptedInputError(path, "the PDF is encrypted and the empty password does not open it") \
                from exc
        detail = f"{type(cause).__name__}: {cause}".strip().rstrip(":")
        raise CorruptInputError(path, f"damaged or truncated PDF ({detail[:160]})") from exc


def _pdfium_pages(data: bytes, path: str) -> Iterator[tuple[layout.PageLines, int]]:
    """The default engine: pdfium's C++ interpreter, ~10x pdfplumber (see `pdfium_chars`)."""
    try:
        import pypdfium2 as pdfium

        from . import pdfium_chars
    except ImportError as exc:
        raise MissingDependencyError(path, "PDF input needs pdfplumber and pypdfium2, dependencies of docclean: "
                                               "reinstall it (pip install docclean)") from exc
    try:
        # closing(): the document is closed at once, also when this generator stops early
        with contextlib.closing(pdfium_chars.open_pages(data)) as pages:
            for page in pages:
                limits.check()
                limits.bound(len(page.chars), limits.MAX_PAGE_CHARS, f"glyphs on page {page.number}", path)
                if page.incomplete:
                    raise _PdfiumIncomplete(path)
                yield read_pdfium_page(page), page.images
    except pdfium.PdfiumError as exc:
        if "password" in str(exc).lower():
            raise EncryptedInputError(path, "the PDF is encrypted and the empty password does not open it") \
                from exc
        raise CorruptInputError(path, f"damaged or truncated PDF ({str(exc)[:160]})") from exc


@dataclass(frozen=True, slots=True)
class _Rulings:
    """What pdfplumber's `TableFinder` reads from a page, for pages read by pdfium."""

    chars: list[layout.Char]  # (unused by the "lines" strategy; pdfplumber's `Page.chars` slot)
    edges: list[dict[str, Any]]
    bbox: tuple[float, float, float, float]


def read_pdfium_page(page: pdfium_chars.PdfiumPage) -> layout.PageLines:
    """One pdfium page's text lines and tables: the same table search as `read_page`, over
    pdfium's rulings (pdfplumber's `TableFinder` is pure geometry on edge and char dicts)."""
    chars = page.chars
    tables: list[layout.TextLine] = []
    if page.rulings >= MIN_TABLE_EDGES // 2 and len(page.edges) >= MIN_TABLE_EDGES:
        tables_found = _find_tables(_Rulings(chars, page.edges, (0.0, 0.0, page.width, page.height)))
        chars = _table_lines(tables_found, chars, page.number, tables, _cell_texts)
    return _page_lines(chars, tables, page.number, page.width, page.height, page.unmapped)


def _find_tables(page: _Rulings) -> list[Any]:
    """pdfplumber's `TableFinder(page).tables`, its steps in its order, with the cells found
    by `cells_from_intersections`: pdfplumber's own search re-evaluates type annotations and
    rebuilds each point's edge set for every pair of points it compares (half the time of
    the pdfium engine's table pages)."""
    from pdfplumber.table import (
        Table,
        TableFinder,
        TableSettings,
        cells_to_tables,
        edges_to_intersections,
        intersections_to_cells,
    )

    class Finder(TableFinder):  # (subclassed for `get_edges`, which reads `page` and `settings`)
        def __init__(self) -> None:
            self.page = page
            self.settings = TableSettings.resolve(None)
            self.edges = self.get_edges()
            self.intersections = edges_to_intersections(self.edges, self.settings.intersection_x_tolerance,
                                                        self.settings.intersection_y_tolerance)
            self.cells = cells_from_intersections(self.intersections, intersections_to_cells)
            self.tables = [Table(self.page, group) for group in cells_to_tables(self.cells)]

    return Finder().tables


Point = tuple[float, float]
Bbox = tuple[float, float, float, float]
_BBOX = itemgetter("x0", "top", "x1", "bottom")  # an edge's bbox, as pdfplumber's `obj_to_bbox`


def cells_from_intersections(intersections: dict[Point, dict[str, list[dict[str, Any]]]],
                             reference: Callable[[Any], list[Bbox]]) -> list[Bbox]:
    """The cells `pdfplumber.table.intersections_to_cells` finds, in its order: for each
    intersection (in sorted order), the first point below it and then the first point to its
    right that it shares a ruling with, such that the fourth corner is an intersection
    sharing a ruling with both. Each point's edge sets and its column and row are built once.
    `reference` (pdfplumber's function) answers for coordinates that are not numbers."""
    points = sorted(intersections)
    if any(x != x or y != y for x, y in points):  # NaN: equality and grouping part ways
        return reference(intersections)

    vertical = {p: frozenset(map(_BBOX, d["v"])) for p, d in intersections.items()}
    horizontal = {p: frozenset(map(_BBOX, d["h"])) for p, d in intersections.items()}
    columns: dict[float, list[Point]] = {}
    rows: dict[float, list[Point]] = {}
    for p in points:  # each column top to bottom, each row left to right
        columns.setdefault(p[0], []).append(p)
        rows.setdefault(p[1], []).append(p)
    at_column = {p: i for col in columns.values() for i, p in enumerate(col)}
    at_row = {p: i for row in rows.values() for i, p in enumerate(row)}
    cells: list[Bbox] = []
    for pt in points:
        below = columns[pt[0]][at_column[pt] + 1:]
        right = rows[pt[1]][at_row[pt] + 1:]
        cell = _smallest_cell(pt, below, right, vertical, horizontal)
        if cell is not None:
            cells.append(cell)
    return cells


def _smallest_cell(pt: Point, below: list[Point], right: list[Point], vertical: dict[Point, frozenset[Bbox]],
                   horizontal: dict[Point, frozenset[Bbox]]) -> Bbox | None:
    for b in below:
        if vertical[pt].isdisjoint(vertical[b]):
            continue
        for r in right:
            if horizontal[pt].isdisjoint(horizontal[r]):
                continue
            corner = (r[0], b[1])
            if (corner in vertical and not vertical[corner].isdisjoint(vertical[r])
                    and not horizontal[corner].isdisjoint(horizontal[b])):
                return (pt[0], pt[1], corner[0], corner[1])
    return None


def read_page(page: Any, number: int) -> layout.PageLines:
    """One page's text lines and tables, in reading order (top to bottom)."""
    glyphs = page.chars
    chars: list[layout.Char] = [
        (c["text"], c["x0"], c["x1"], c["top"], c["bottom"], c["size"], c.get("fontname", ""), -1)
        for c in glyphs if not c["text"].startswith("(cid:")]
    unmapped = len(glyphs) - len(chars)
    tables: list[layout.TextLine] = []
    if len(page.rects) + len(page.lines) >= MIN_TABLE_EDGES // 2 and len(page.edges) >= MIN_TABLE_EDGES:
        # Background boxes and highlights behind prose have edges nobody sees as rules.
        visible = page.filter(lambda o: o.get("object_type") != "rect" or not _invisible(o))
        chars = _table_lines(visible.find_tables(), chars, number, tables)
    return _page_lines(chars, tables, number, float(page.width), float(page.height), unmapped)


def _table_lines(found: Any, chars: list[layout.Char], number: int, tables: list[layout.TextLine],
                 extract: Callable[[Any, list[layout.Char]], list[list[str | None]]] | None = None
                 ) -> list[layout.Char]:
    """Append the real tables among pdfplumber's `found` to `tables`; the chars outside them."""
    for t in found:
        cells = extract(t, chars) if extract is not None else t.extract()
        rows = [[layout.clean_cell(c) for c in row] for row in cells]
        if not layout.is_real_table(rows):
            continue  # a framed paragraph, not a table: its text stays text
        x0, top, x1, bottom = t.bbox
        chars = [c for c in chars if not (x0 <= c[1] and c[2] <= x1 and top <= c[3] and c[4] <= bottom)]
        tables.append(layout.TextLine("", x0, x1, top, bottom, 0.0, "table", False, number, rows=rows))
    return chars


def _cell_texts(table: Any, chars: list[layout.Char]) -> list[list[str | None]]:
    """`Table.extract()` with the same rule (a character belongs to the cell holding its
    centre) and the same text, without testing every character of the page against every
    row and cell in Python (that was half of the pdfium engine's time on table pages): the
    characters whose centre is in a row's band are found once per band, sorted by their
    centre's x, and each cell of the band takes a slice of them by bisection."""
    import numpy as np
    from pdfplumber.utils import extract_text

    x0, top, x1, bottom = table.bbox
    near = [{"text": c[0], "x0": c[1], "x1": c[2], "top": c[3], "bottom": c[4], "size": c[5], "fontname": c[6],
             "weight": c[7], "upright": True, "doctop": c[3]}  # pdfplumber's char dict, with the keys its text reads
            for c in chars if x0 <= (c[1] + c[2]) / 2 < x1 and top <= (c[3] + c[4]) / 2 < bottom]
    h_mid = np.array([(c["x0"] + c["x1"]) / 2 for c in near])
    v_mid = np.array([(c["top"] + c["bottom"]) / 2 for c in near])
    bands: dict[tuple[float, float], tuple[list[float], list[int]]] = {}  # (top, bottom) -> centres' x, indexes
    out: list[list[str | None]] = []
    for row in table.rows:
        texts: list[str | None] = []
        for cell in row.cells:
            if cell is None:
                texts.append(None)
                continue
            cx0, ctop, cx1, cbottom = cell
            band = bands.get((ctop, cbottom))
            if band is None:  # (a NaN centre is in no cell: left out before the sort)
                inside = np.flatnonzero((v_mid >= ctop) & (v_mid < cbottom) & ~np.isnan(h_mid))
                inside = inside[np.argsort(h_mid[inside], kind="stable")]
                band = bands[(ctop, cbottom)] = (h_mid[inside].tolist(), inside.tolist())
            xs, order = band
            lo, hi = bisect.bisect_left(xs, cx0), bisect.bisect_left(xs, cx1)
            hits = sorted(order[lo:hi]) if cx0 == cx0 and cx1 == cx1 else []  # page order; NaN edges hold nothing
            cell_chars = [near[i] for i in hits]
            top = cell_chars[0]["top"] if cell_chars else 0.0
            if all(c["top"] == top for c in cell_chars):  # one baseline (most cells): no clustering
                texts.append(one_line_text(cell_chars))
            else:
                texts.append(extract_text(cell_chars))
        out.append(texts)
    return out


X_TOLERANCE = 3  # pdfplumber's default: a gap wider than this starts a new word


def one_line_text(chars: list[dict[str, Any]]) -> str:
    """pdfplumber's `extract_text(chars)` (default settings) for upright characters that all
    share one `top`: then its line clustering is moot and its words are what is left. Sorted
    by x0 (stably); a blank ends a word; a character left of the last one's x0 or more than
    X_TOLERANCE right of its x1 starts one; an empty one is a word of its own (pdfplumber's
    `"" in split_at_punctuation`); ligatures expanded; words joined by spaces. (Its set-up,
    clustering and text map cost ~30 us a cell, for the thousands of cells of a report.)"""
    from pdfplumber.utils.text import LIGATURES

    words: list[list[dict[str, Any]]] = []
    word: list[dict[str, Any]] = []
    for c in sorted(chars, key=_X0):
        t = c["text"]
        if t.isspace():
            if word:
                words.append(word)
            word = []
        elif not t:
            if word:
                words.append(word)
            words.append([c])
            word = []
        elif word and (c["x0"] < word[-1]["x0"] or c["x0"] > word[-1]["x1"] + X_TOLERANCE):
            words.append(word)
            word = [c]
        else:
            word.append(c)
    if word:
        words.append(word)
    return " ".join("".join(LIGATURES.get(c["text"], c["text"] or "") for c in w) for w in words)


_X0 = itemgetter("x0")


def _page_lines(chars: list[layout.Char], tables: list[layout.TextLine], number: int, width: float, height: float,
                unmapped: int) -> layout.PageLines:
    lines = layout.chars_to_lines(chars, number, width)
    for t in sorted(tables, key=lambda t: t.top):  # each table goes before the first line below it
        at = next((i for i, ln in enumerate(lines) if ln.rows is None and ln.top > t.top), len(lines))
        lines.insert(at, t)
    return layout.PageLines(number, width, height, lines, unmapped)


def _invisible(rect: dict[str, Any]) -> bool:
    """A filled, unstroked box thicker than a rule: a background or a highlight, not a ruling.

    Tables draw their grid as lines, stroked boxes or thin filled bars; the edges of a
    page background or a text highlight would otherwise cut prose into table cells.
    """
    if rect.get("stroke") or not rect.get("fill"):
        return False
    return min(rect["width"], rect["height"]) > 2.5


def _ranges(numbers: list[int]) -> str:
    """[1, 2, 3, 7] -> '1-3, 7'."""
    out: list[str] = []
    start = prev = numbers[0]
    for n in [*numbers[1:], 0]:
        if n != prev + 1:
            out.append(f"{start}-{prev}" if prev > start else str(start))
            start = n
        prev = n
    return ", ".join(out)

