"""PDF geometry -> text lines -> paragraphs, headings and page furniture. No I/O here.

The reader (`pdf.py`) hands over pdfplumber's character dicts page by page; everything
below works on their coordinates (x0, x1, top, bottom), `size` and `fontname`:
- `chars_to_lines`: characters on one baseline become a line; a space goes in only where
  there is a visible gap between two characters that are not both East-Asian wide;
- `strip_furniture`: page numbers and running headers/footers in the top and bottom bands;
- `paragraphs`: lines -> groups, broken at indents, short lines, gaps and style changes,
  and never at a page break as such;
- `to_blocks`: groups -> TITLE / HEADING / PARAGRAPH / TABLE blocks, headings from
  font size and weight, levels from the numbering rules or the size rank.
"""

from __future__ import annotations

import bisect
import itertools
import math
import re
import unicodedata
from array import array
from collections import Counter
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field
from functools import lru_cache
from operator import itemgetter
from statistics import median
from typing import Any

from ..model import Block, Document, Kind, Provenance, Reason
from ..passes.headings import RE_INNER_END, heading_level, standalone
from ..passes.wrapped import join_lines
from ..rules import FurnitureRules, HeadingRules
from ..tables import CJK, CONTINUES, RE_ENDS_CLAUSE, RE_ENDS_SENTENCE, RE_IDEO, line_key

SPACE_GAP = 0.22  # a gap wider than this share of the font size between Latin glyphs is a space
WIDE_GAP = 0.8  # ... and between two East-Asian wide glyphs
RE_BOLD = re.compile(r"bold|black|heavy|semibold|demibold|\bdemi|[-,]b$|medium|黑体|粗", re.I)
RE_SUBSET = re.compile(r"^[A-Z]{6}\+")
RE_SPACED_CJK = re.compile(f"(?<=[{CJK}]) +(?=[{CJK}])")


@lru_cache(maxsize=4096)
def is_wide(ch: str) -> bool:
    """East-Asian wide or full-width: no space is ever put between two of these."""
    return unicodedata.east_asian_width(ch) in "WF"


Style = tuple[float, str, bool]  # (size rounded to 0.5 pt, font family, bold)


def half_pt(size: float) -> float:
    """Font sizes compared at half-point precision (PDF producers jitter in the decimals)."""
    return round(size * 2) / 2


@lru_cache(maxsize=4096)
def is_mark(text: str) -> bool:
    """A punctuation mark (its glyph box is often misplaced by odd fonts)."""
    return len(text) == 1 and unicodedata.category(text)[0] == "P"


@dataclass(slots=True)
class TextLine:
    """One line of a page (or a table, when `rows` is set), with its geometry and font.

    `size`, `family`, `bold` are the line's main style, read from its East-Asian characters
    (digits and Latin letters often come from another font). `head`/`tail` are the styles
    of its first and last such character (None for a line without any), so that a bold
    lead phrase does not make the line differ from the line after it.
    """

    text: str
    x0: float
    x1: float
    top: float
    bottom: float
    size: float
    family: str
    bold: bool
    page: int
    rows: list[list[str]] | None = None
    head: Style | None = None
    tail: Style | None = None

    @property
    def style(self) -> Style:
        return (half_pt(self.size), self.family, self.bold)


@dataclass(slots=True)
class PageLines:
    """The lines of one page in reading order, and the page's size."""

    number: int
    width: float
    height: float
    lines: list[TextLine] = field(default_factory=list)
    unmapped: int = 0  # glyphs pdfminer could only give as `(cid:N)`


@lru_cache(maxsize=1024)
def font_family(fontname: str) -> tuple[str, bool]:
    """`ABCDEF+NotoSerifCJKsc-Bold` -> (`NotoSerifCJKsc`, True)."""
    name = RE_SUBSET.sub("", fontname or "")
    family = re.split(r"[-,]", name, maxsplit=1)[0]
    return family, RE_BOLD.search(name) is not None


Char = tuple[str, float, float, float, float, float, str, int]
"""A glyph as both engines give it: (text, x0, x1, top, bottom, size, fontname, weight), in
points from the page's top left; pdfplumber's char keys as a tuple (a dict per glyph cost as
much as reading the glyph through pdfium). `weight` is -1 where the engine does not say."""
TEXT, X0, X1, TOP, BOTTOM, SIZE, FONTNAME = range(7)

_BY_X0 = itemgetter(X0)
_BY_TOP_X0 = itemgetter(TOP, X0)
_KINDS: dict[str, int] = {}  # glyph text -> 0 if blank, else NONBLANK | STARTS_WIDE | ENDS_WIDE
_MARKS: dict[str, bool] = {}  # glyph text -> is a punctuation mark
_CACHE_MAX = 1 << 16  # distinct glyph texts kept in those two (a document has a few thousand)
STARTS_WIDE, ENDS_WIDE, NONBLANK = 1, 2, 4


def _kind(t: str) -> int:
    if len(_KINDS) >= _CACHE_MAX:
        _KINDS.clear()
    k = _KINDS[t] = 0 if not t or t.isspace() else NONBLANK | is_wide(t[0]) * STARTS_WIDE | is_wide(t[-1]) * ENDS_WIDE
    return k


def _mark(t: str) -> bool:
    if len(_MARKS) >= _CACHE_MAX:
        _MARKS.clear()
    m = _MARKS[t] = is_mark(t)
    return m


def _line(chars: list[Char], page: int) -> TextLine | None:
    """One row's glyphs, left to right, as a line: a glyph drawn twice is kept once, spaces go
    where the gaps are (see `chars_to_lines`). Runs once per glyph of every page: a glyph's
    blankness and widths come from one dict, its style is looked up only when its size or font
    changes, and the kept glyphs are counted per style run (a list of their styles is built
    only for a row with more than one style, a few in a document)."""
    chars.sort(key=_BY_X0)
    parts: list[str] = []
    runs: list[tuple[Style, int, int]] = []  # (style, kept glyphs before it, wide ones before it)
    kinds = _KINDS
    space = False
    kept = False
    n_kept = n_wide = 0  # kept glyphs, and those of them that start East-Asian wide
    prev_text, prev_x0, prev_x1 = "", 0.0, 0.0
    prev_wide = 0  # does the last kept glyph end wide?
    first_x0 = 0.0
    top, bottom = math.inf, -math.inf
    last_size, last_font = math.nan, ""
    for c in chars:
        t = c[0]
        k = kinds.get(t)
        if k is None:
            k = _kind(t)
        if not k:
            space = kept
            continue
        x0, size = c[1], c[5]
        if kept:
            if t == prev_text and abs(x0 - prev_x0) < 0.3 * size:
                continue  # the same glyph drawn twice (fake bold, shadows)
            gap = x0 - prev_x1
            # Between wide characters only a blank of about a character is a space (`第一章　总则`);
            # the spacing pass keeps it only where the contract wants one.
            if gap > WIDE_GAP * size if prev_wide and k & STARTS_WIDE else (space or gap > SPACE_GAP * size):
                parts.append(" ")
        else:
            kept = True
            first_x0 = x0
        parts.append(t)
        if size != last_size or c[6] != last_font:
            last_size, last_font = size, c[6]
            runs.append((style_of(size, last_font), n_kept, n_wide))
        n_kept += 1
        if k & STARTS_WIDE:
            n_wide += 1
        if c[3] < top:
            top = c[3]
        if c[4] > bottom:
            bottom = c[4]
        prev_text, prev_x0, prev_x1 = t, x0, c[2]
        prev_wide = k & ENDS_WIDE
        space = False
    if not kept:
        return None
    main, head, tail = _main_style(runs, n_kept, n_wide)
    size, family, bold = main
    return TextLine("".join(parts), first_x0, prev_x1, top, bottom, size, family, bold, page, head=head, tail=tail)


def _main_style(runs: list[tuple[Style, int, int]], n_kept: int, n_wide: int
                ) -> tuple[Style, Style | None, Style | None]:
    """A line's main style (the most common among its East-Asian wide glyphs, else among all;
    ties: the first met) and the styles of its first and last wide glyphs, from its style runs."""
    first = runs[0][0]
    if all(r[0] == first for r in runs):  # one style (most rows)
        return first, (first if n_wide else None), (first if n_wide else None)
    styles: list[Style] = []  # of the kept glyphs
    wide: list[Style] = []  # of the kept glyphs that start wide
    for (style, k0, w0), (_, k1, w1) in itertools.pairwise([*runs, (first, n_kept, n_wide)]):
        styles += [style] * (k1 - k0)
        wide += [style] * (w1 - w0)
    counted = wide or styles
    main = counted[0]
    if len(counted) > 1 and counted.count(main) != len(counted):
        main = Counter(counted).most_common(1)[0][0]
    return main, (wide[0] if wide else None), (wide[-1] if wide else None)


@lru_cache(maxsize=4096)
def style_of(size: float, fontname: str) -> Style:
    """A character's style, from its size and font name (a few distinct pairs a document)."""
    family, bold = font_family(fontname)
    return (half_pt(size), family, bold)


def chars_to_lines(chars: Iterable[Char], page: int, page_width: float = 0.0) -> list[TextLine]:
    """Group a page's characters into lines by their vertical middle, in reading order.

    On a two-column page (a clear vertical gutter), each column is read top to bottom in
    turn, between the full-width lines (titles) that cross the gutter.
    """
    # [top, bottom, chars, height]: a character joins a row it overlaps by half (its first
    # character sets the row's extent, which never changes; the row's height is at least 0.1),
    # trying the last row first, then the two before it. A character with the box height of
    # the one before it (most: a run of one font on one baseline) joins that one's row: the
    # same rows are tried, and a row it started overlaps it fully (unless under 0.1 high).
    rows: list[list[Any]] = []
    marks: list[Char] = []
    is_marked = _MARKS
    # (top, bottom) of the last character placed if it is at least 0.1 high, else NaN (equal to nothing)
    same_top = same_bottom = math.nan
    same_row: list[Char] = []
    for c in sorted(chars, key=_BY_TOP_X0):
        t = c[0]
        m = is_marked.get(t)
        if m is None:
            m = _mark(t)
        if m:
            marks.append(c)
            continue
        top, bottom = c[3], c[4]
        if top == same_top and bottom == same_bottom:
            same_row.append(c)
            continue
        h = bottom - top
        if h >= 0.1:
            same_top, same_bottom = top, bottom
        else:
            same_top = same_bottom = math.nan
        if h < 0.1:
            h = 0.1
        for row in reversed(rows[-3:]):
            r0, r1 = row[0], row[1]
            overlap = (r1 if r1 < bottom else bottom) - (r0 if r0 > top else top)  # (min and max, inlined)
            rh = row[3]
            if overlap >= 0.5 * (rh if rh < h else h):
                same_row = row[2]
                same_row.append(c)
                break
        else:
            same_row = [c]
            rows.append([top, bottom, same_row, h])
    _place_marks(rows, marks)
    rows.sort(key=_ROW_TOP)
    gutter = find_gutter([r[2] for r in rows], page_width)
    out: list[TextLine] = []
    left: list[TextLine] = []
    right: list[TextLine] = []
    for row in rows:
        cs = row[2]
        if gutter is None or any(c[1] < gutter < c[2] for c in cs):
            out += left + right
            left, right = [], []
            if (ln := _line(cs, page)) is not None:
                out.append(ln)
            continue
        for side, part in ((left, [c for c in cs if c[2] <= gutter]), (right, [c for c in cs if c[1] >= gutter])):
            if part and (ln := _line(part, page)) is not None:
                side.append(ln)
    return out + left + right


_ROW_TOP = itemgetter(0)


def _place_marks(rows: list[list[Any]], marks: list[Char]) -> None:
    """Punctuation often comes from another font whose boxes sit too low or high: each mark
    joins the row it overlaps most, however little (the first such row), else starts one.

    `rows` are in order of their tops, so only the rows from one row height above a mark to
    its bottom can overlap it: a bisection finds them (a scan of all rows per mark was a
    third of the layout time on punctuation-heavy pages)."""
    tops = [r[0] for r in rows]
    hmax = max((r[1] - r[0] for r in rows), default=0.0)
    n_sorted = len(rows)
    for c in marks:
        ct, cb = c[3], c[4]
        best, best_overlap = None, -math.inf
        lo, hi = bisect.bisect_left(tops, ct - hmax - 1), bisect.bisect_right(tops, cb)
        for r in itertools.chain(itertools.islice(rows, lo, hi), itertools.islice(rows, n_sorted, None)):
            overlap = min(cb, r[1]) - max(ct, r[0])
            if overlap > best_overlap:
                best, best_overlap = r, overlap
        if best is not None and best_overlap > 0:
            best[2].append(c)
        else:
            rows.append([ct, cb, [c], max(cb - ct, 0.1)])


def find_gutter(rows: Sequence[Sequence[Char]], page_width: float) -> float | None:
    """The x of a column gutter: a vertical strip in the middle of the page that almost no
    line crosses, with long lines on both sides of it. None for a one-column page.

    Each glyph covers the 1-pt bins from int(x0) + 1 to int(x1 - 1); the gutter is the middle
    of the widest run (the first of equals) of at least 6 bins between 30 and 70 % of the page
    width that hardly any glyph covers. Counted with numpy: a loop over the glyphs was a
    tenth of the layout time."""
    if page_width <= 0 or len(rows) < 8:
        return None
    import numpy as np

    lo, hi = int(page_width * 0.3), int(page_width * 0.7)
    # (through array.array: numpy converts a list of floats one by one, several times slower)
    x0 = np.frombuffer(array("d", [c[1] for cs in rows for c in cs]))
    x1 = np.frombuffer(array("d", [c[2] for cs in rows for c in cs]))
    ok = np.isfinite(x0) & np.isfinite(x1)
    # (clipped on both sides before the cast: a huge coordinate must not wrap around)
    a = np.clip(np.trunc(x0[ok]) + 1, lo, hi + 1).astype(np.int64)
    b = np.clip(np.trunc(x1[ok] - 1), lo - 1, hi).astype(np.int64)
    spans = a <= b
    n_bins = hi - lo + 2
    delta = (np.bincount(a[spans] - lo, minlength=n_bins)[:n_bins]
             - np.bincount(b[spans] - lo + 1, minlength=n_bins)[:n_bins])
    cover = np.cumsum(delta[:-1])
    empty = cover <= 0.05 * len(rows) * 2  # each crossing row covers a bin about twice at most
    edges = np.flatnonzero(np.diff(np.concatenate(([0], empty.view(np.int8), [0]))))
    if not len(edges):
        return None
    starts, ends = edges[0::2], edges[1::2]
    best = int(np.argmax(ends - starts))
    start, end = int(starts[best]), int(ends[best])
    if end - start < 6:
        return None
    x = lo + (start + end) / 2
    both = [cs for cs in rows if any(c[2] <= x for c in cs) and any(c[1] >= x for c in cs)]
    if len(both) < 0.4 * len(rows):
        return None
    lwidth = median(max(c[2] for c in cs if c[2] <= x) - min(c[1] for c in cs) for cs in both)
    size = median(c[5] for cs in both for c in cs[:3])
    return x if lwidth >= 8 * size else None


RE_MOJIBAKE = re.compile("[\u00a1-\u00ff]")
RE_ASCII_PUNCT = re.compile(r"[!-/:-@\[-`{-~]")


def looks_garbled(pages: Sequence[PageLines]) -> bool:
    """A text layer of debris and almost no Chinese: Latin-1 (GBK bytes read through a font
    without a Unicode map, `Í¼ !"#$»ùÒò` instead of `图 基因`), or glyph codes passed off as
    ASCII (`!"#$ ,-./012`: pdfium gives a simple font's codes as they are, where pdfminer
    gives `(cid:N)`). Prose has a few per cent of ASCII punctuation, number tables ~15 %."""
    text = "".join(ln.text for p in pages for ln in p.lines if ln.rows is None).replace(" ", "")
    if len(text) < 20:
        return False
    need = 0.05 * len(text)
    # Chinese text reaches the share of ideographs in its first lines: count those first.
    if len(RE_IDEO.findall(text, 0, int(4 * need) + 1)) >= need or len(RE_IDEO.findall(text)) >= need:
        return False
    return len(RE_MOJIBAKE.findall(text)) >= 0.15 * len(text) or len(RE_ASCII_PUNCT.findall(text)) >= 0.3 * len(text)


# ---------------------------------------------------------------- page furniture


def strip_furniture(pages: Sequence[PageLines], rules: FurnitureRules, body_size: float,
                    doc: Document) -> None:
    """Remove page numbers and running headers/footers from the top and bottom bands."""
    from rapidfuzz import fuzz  # imported here: 10 ms of start-up for every non-PDF run
    cands: list[tuple[PageLines, TextLine, str]] = []  # (page, line, 'header'|'footer')
    for p in pages:
        text_lines = [ln for ln in p.lines if ln.rows is None]
        heads = [ln for ln in text_lines[:3] if ln.bottom <= rules.band * p.height]
        cands += [(p, ln, "header") for ln in heads]
        cands += [(p, ln, "footer") for ln in text_lines[-3:]
                  if ln.top >= (1 - rules.band) * p.height and all(ln is not h for h in heads)]
    n_pages = len(pages)
    need = max(rules.min_pages, rules.min_share * n_pages)
    keys: dict[str, list[int]] = {}  # key -> candidate indexes sharing it (fuzzily)
    for i, (_, ln, zone) in enumerate(cands):
        k = zone + ":" + line_key(ln.text)
        if len(ln.text) > rules.max_chars or not k.split(":", 1)[1]:
            continue
        home = k if k in keys else next(
            (h for h in keys if h[:6] == k[:6] and fuzz.ratio(h, k) >= rules.similarity), k)
        keys.setdefault(home, []).append(i)
    repeated = {i for idx in keys.values() if len({cands[i][0].number for i in idx}) >= need for i in idx}
    for i, (p, ln, zone) in enumerate(cands):
        if rules.is_page_number(ln.text):
            rule = "furniture.page-number"
        elif i in repeated:
            rule = f"furniture.running-{zone}"
        elif zone == "header" and ln.size <= 0.8 * body_size and _isolated(p, ln, body_size):
            rule = "furniture.small-header"  # small print alone above the text block
        else:
            continue
        doc.remove(ln.text, rule, Reason.FURNITURE, Provenance(page=p.number))
        p.lines.remove(ln)


def _isolated(p: PageLines, ln: TextLine, body_size: float) -> bool:
    below = [o for o in p.lines if o.top > ln.bottom]
    return not below or below[0].top - ln.bottom > 1.5 * body_size


# ---------------------------------------------------------------- paragraphs


@dataclass(frozen=True, slots=True)
class Body:
    """The body text's style and text block, measured over the whole document."""

    size: float
    family: str
    bold: bool
    leading: float
    margins: dict[int, tuple[float, float]]  # page -> (left, right)

    @property
    def style(self) -> Style:
        return (half_pt(self.size), self.family, self.bold)

    def left(self, ln: TextLine) -> float:
        return self.margins[ln.page][0]

    def right(self, ln: TextLine) -> float:
        return self.margins[ln.page][1]


def body_style(pages: Sequence[PageLines]) -> Style:
    """The style most of the text is set in (weighted by characters)."""
    weight: Counter[Style] = Counter()
    for p in pages:
        for ln in p.lines:
            if ln.rows is None:
                weight[ln.style] += len(ln.text)
    return weight.most_common(1)[0][0] if weight else (12.0, "", False)


def measure_body(pages: Sequence[PageLines]) -> Body:
    """Body style, per-page margins and line pitch (after the furniture is gone)."""
    lines = [ln for p in pages for ln in p.lines if ln.rows is None]
    size, family, bold = body_style(pages)
    body = [ln for ln in lines if abs(ln.size - size) < 0.6]

    def margins(sample: list[TextLine]) -> tuple[float, float]:
        lefts = Counter(round(ln.x0) for ln in sample)
        rights = Counter(round(ln.x1) for ln in sample)
        left = min(x for x, n in lefts.items() if n >= max(lefts.values()) * 0.5)
        right = max(x for x, n in rights.items() if n >= max(rights.values()) * 0.5)
        return float(left), float(right)

    default = margins(body) if body else (0.0, 0.0)
    by_page: dict[int, list[TextLine]] = {}
    for ln in body:
        by_page.setdefault(ln.page, []).append(ln)
    per_page = {p.number: margins(by_page[p.number]) if len(by_page.get(p.number, ())) >= 6 else default
                for p in pages}
    steps = [b.top - a.top for a, b in itertools.pairwise(body)
             if a.page == b.page and 0 < b.top - a.top < 3 * size]
    leading = median(steps) if steps else size * 1.5
    return Body(size, family, bold, leading, per_page)


def _indent(ln: TextLine, body: Body) -> float:
    return (ln.x0 - body.left(ln)) / max(ln.size, 1.0)


def _short(ln: TextLine, body: Body) -> bool:
    return ln.x1 < body.right(ln) - 1.5 * ln.size


def _centred(ln: TextLine, body: Body) -> bool:
    lgap, rgap = ln.x0 - body.left(ln), body.right(ln) - ln.x1
    return lgap > 2 * ln.size and abs(lgap - rgap) < 1.5 * ln.size


def breaks_between(prev: TextLine, cur: TextLine, body: Body,
                   point_start: re.Pattern[str] | None = None) -> bool:
    """Does a new paragraph start at `cur`? (The line-break decision of the PDF reader.)"""
    if prev.rows is not None or cur.rows is not None:
        return True
    if prev.tail is not None and cur.head is not None and prev.tail != cur.head:
        return True  # the font changes between the lines
    if cur.page == prev.page and cur.top - prev.top > 1.4 * max(body.leading, prev.size * 1.1):
        return True  # a larger vertical gap
    if prev.style != body.style or (_centred(prev, body) and _centred(cur, body)):
        return RE_ENDS_CLAUSE.search(prev.text) is not None  # a title or heading wrapped over lines
    if _centred(prev, body) != _centred(cur, body):
        return True
    ends_open = prev.text.endswith(tuple(CONTINUES))
    if _indent(cur, body) - _indent(prev, body) >= 1.2 and not ends_open:
        return True  # the next line is indented: a new paragraph
    if _indent(cur, body) >= 1.2 and RE_ENDS_CLAUSE.search(prev.text):
        return True  # a one-line paragraph, full to the margin, then another indented one
    if _short(prev, body):
        # Ragged-right text leaves short lines inside paragraphs: a short line ends one only
        # at a sentence end, or before an indented or numbered line.
        return (RE_ENDS_SENTENCE.search(prev.text) is not None or _indent(cur, body) >= 1.2
                or (point_start is not None and point_start.match(cur.text) is not None))
    return False


def paragraphs(lines: Sequence[TextLine], body: Body,
               point_start: re.Pattern[str] | None = None) -> list[list[TextLine]]:
    """Lines -> paragraphs; `point_start` (numbered-point pattern) marks a line that opens one."""
    groups: list[list[TextLine]] = []
    for ln in lines:
        if groups and not breaks_between(groups[-1][-1], ln, body, point_start):
            groups[-1].append(ln)
        else:
            groups.append([ln])
    return groups


# ---------------------------------------------------------------- blocks


def _heading_like(text: str, rules: HeadingRules) -> bool:
    return standalone(text, rules) and RE_IDEO.search(text) is not None


def _title_like(text: str) -> bool:
    return 2 <= len(text) <= 80 and RE_IDEO.search(text) is not None and RE_INNER_END.search(text[:-1]) is None


def to_blocks(groups: Sequence[list[TextLine]], body: Body, rules: HeadingRules) -> list[Block]:
    """Groups -> blocks. Larger or bolder text is a heading; the title is the largest on page 1."""
    texts = [join_lines(ln.text for ln in g) for g in groups]
    first_page = [i for i, g in enumerate(groups) if g[0].page == groups[0][0].page and g[0].rows is None]
    title_i = None
    if first_page:
        top = max(groups[i][0].size for i in first_page)
        if top >= body.size * 1.15:
            title_i = next((i for i in first_page if groups[i][0].size == top
                            and _title_like(texts[i]) and not heading_level(texts[i], rules)), None)
    styled = [i for i, g in enumerate(groups) if i != title_i and g[0].rows is None
              and (g[0].size >= body.size * 1.15 or (g[0].bold and not body.bold))
              and _heading_like(texts[i], rules)]
    ranks = sorted({half_pt(groups[i][0].size) for i in styled}, reverse=True)
    blocks: list[Block] = []
    for i, g in enumerate(groups):
        head = g[0]
        prov = Provenance(page=head.page, style=f"{head.family} {head.size:.1f}pt{' bold' if head.bold else ''}")
        if head.rows is not None:
            blocks.append(Block(Kind.TABLE, "", prov=prov, rows=head.rows))
        elif i == title_i:
            blocks.append(Block(Kind.TITLE, texts[i], 1, prov))
        elif i in styled:
            level = heading_level(texts[i], rules) or 2 + ranks.index(half_pt(head.size))
            blocks.append(Block(Kind.HEADING, texts[i], min(level, 6), prov))
        else:
            blocks.append(Block(Kind.PARAGRAPH, texts[i], prov=prov))
    return blocks


def is_real_table(rows: Sequence[Sequence[str]]) -> bool:
    """At least two rows and two columns, and some rows with two filled cells."""
    if len(rows) < 2 or max(len(r) for r in rows) < 2:
        return False
    multi = sum(1 for r in rows if sum(1 for c in r if c) >= 2)
    return multi >= 2 or multi >= 0.5 * len(rows)


def clean_cell(text: str | None) -> str:
    """A table cell's lines joined like paragraph lines (no space between CJK)."""
    if not text:
        return ""
    return RE_SPACED_CJK.sub("", join_lines(text.split("\n")))
