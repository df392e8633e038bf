"""PDF reader: pdfplumber's characters with their geometry -> a document of blocks.

Pages are read one at a time and closed at once (`page.close()` drops pdfminer's layout
cache), so memory stays bounded by one page plus the text lines kept so far. The
geometry work (lines, furniture, paragraphs, headings) is in `pdf_layout`.
"""

from __future__ import annotations

import io
import logging
import re
from typing import Any

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

MIN_TABLE_EDGES = 4  # fewer ruling lines than this cannot make a table: skip the costly search


class PdfReader:
    name = "pdf"
    priority = 100

    def accepts(self, head: bytes) -> bool:
        return head.lstrip()[:5] == b"%PDF-"

    def read(self, data: bytes, path: str, options: Options) -> Document:
        try:
            import pdfplumber
            from pdfminer.pdfdocument import PDFPasswordIncorrect
        except ImportError as exc:
            raise MissingDependencyError(path, "PDF input needs pdfplumber, a dependency of docclean: "
                                               "reinstall it (pip install docclean)") from exc
        for noisy in ("pdfminer", "pdfplumber"):  # font and metadata warnings are not the user's business
            logging.getLogger(noisy).setLevel(logging.ERROR)
        rules = load_rules(options.rules_dir)
        doc = Document(blocks=[], meta=Metadata(format="pdf"))
        pages: list[layout.PageLines] = []
        blank_scans: list[int] = []
        try:
            with pdfplumber.open(io.BytesIO(data), password="") as pdf:
                for number, page in enumerate(pdf.pages, start=1):
                    limits.check()
                    limits.bound(len(page.chars), limits.MAX_PAGE_CHARS, f"glyphs on page {number}", path)
                    pl = read_page(page, number)
                    if not pl.lines and page.images:
                        blank_scans.append(number)
                    pages.append(pl)
                    page.close()
        except DoccleanError:
            raise
        except Exception as exc:  # pdfminer raises many unrelated types for damaged files
            cause = exc.__cause__ or exc.__context__ or exc
            if isinstance(exc, PDFPasswordIncorrect) or isinstance(cause, PDFPasswordIncorrect):
                raise EncryptedInputError(path, "the PDF is encrypted and the empty password does not open it") \
                    from exc
            detail = f"{type(cause).__name__}: {cause}".strip().rstrip(":")
            raise CorruptInputError(path, f"damaged or truncated PDF ({detail[:160]})") from exc
        doc.meta.pages = len(pages)
        wrong = xref_mismatches(data)
        if wrong:
            doc.meta.warnings.append(f"the PDF's cross-reference table is damaged ({wrong} objects are not where it "
                                     "says): text in those objects may be missing")
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


def read_page(page: Any, number: int) -> layout.PageLines:
    """One page's text lines and tables, in reading order (top to bottom)."""
    chars = [c for c in page.chars if not c["text"].startswith("(cid:")]
    unmapped = len(page.chars) - len(chars)
    tables: list[layout.TextLine] = []
    if len(page.rects) + len(page.lines) >= MIN_TABLE_EDGES // 2 and len(page.edges) >= MIN_TABLE_EDGES:
        # Background boxes and highlights behind prose have edges nobody sees as rules.
        visible = page.filter(lambda o: o.get("object_type") != "rect" or not _invisible(o))
        for t in visible.find_tables():
            rows = [[layout.clean_cell(c) for c in row] for row in t.extract()]
            if not layout.is_real_table(rows):
                continue  # a framed paragraph, not a table: its text stays text
            x0, top, x1, bottom = t.bbox
            chars = [c for c in chars if not (x0 <= c["x0"] and c["x1"] <= x1 and top <= c["top"]
                                              and c["bottom"] <= bottom)]
            tables.append(layout.TextLine("", x0, x1, top, bottom, 0.0, "table", False, number, rows=rows))
    lines = layout.chars_to_lines(chars, number, float(page.width))
    for t in sorted(tables, key=lambda t: t.top):  # each table goes before the first line below it
        at = next((i for i, ln in enumerate(lines) if ln.rows is None and ln.top > t.top), len(lines))
        lines.insert(at, t)
    return layout.PageLines(number, float(page.width), float(page.height), lines, unmapped)


RE_XREF = re.compile(rb"(?<![a-z])xref\s+((?:\d+\s+\d+\s+(?:\d{10}\s\d{5}\s[nf]\s*)+)+)")
RE_XREF_ROW = re.compile(rb"(\d{10})\s(\d{5})\s([nf])")
RE_XREF_SECTION = re.compile(rb"(\d+)\s+(\d+)\s+((?:\d{10}\s\d{5}\s[nf]\s*)+)")
MAX_XREF_ROWS = 100_000  # checking more costs more than it tells


def xref_mismatches(data: bytes) -> int:
    """Objects a classic xref table places where there is no such object (pdfminer trusts it
    and silently loses what the object held). Xref streams are pdfminer's own business."""
    wrong = checked = 0
    for table in RE_XREF.finditer(data):
        for sec in RE_XREF_SECTION.finditer(table.group(1)):
            first = int(sec.group(1))
            for k, row in enumerate(RE_XREF_ROW.finditer(sec.group(3))):
                if row.group(3) != b"n" or checked >= MAX_XREF_ROWS:
                    continue
                checked += 1
                at = int(row.group(1))
                if not re.match(rb"\s*%d\s+\d+\s+obj\b" % (first + k), data[at:at + 40]):
                    wrong += 1
    return wrong


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

