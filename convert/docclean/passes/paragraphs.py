"""Paragraph recovery: turn source lines into paragraphs (OUTPUT.md §4).

Three shapes of input are told apart by line widths (CJK = 1 cell, ASCII = half):
- one paragraph per line (most scraped TXT): each line is a paragraph;
- hard-wrapped (a newline at every line): lines cluster at one full width W;
- flattened (every PDF line joined by one space into one long line): the spaces between
  CJK characters are the old line breaks, so the line is cut there and reflowed.
Reflow ends a paragraph after a short line that ends a sentence, before an indented or
numbered line after a sentence end, at a blank line, and after a short title-like line
followed by a paragraph start. Lines join with no space between CJK characters.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Iterable
from dataclasses import dataclass

from ..cache import rx
from ..model import Block, Document, Kind, Provenance
from ..rules import HeadingRules
from ..tables import CJK, CONTINUES, RE_CJK_CHAR, RE_ENDS_CLAUSE, Lazy, ends_clause, width, widths
from .base import Context, Pass
from .title import _is_title as is_title

MIN_FLAT = 200  # shortest line that can be a flattened page
_CONTINUES = tuple(CONTINUES)
# A space between Chinese text. The space comes first and the look-behind after it (`re`
# then jumps from space to space: the look-behind first was tried at every character).
RE_FLAT_GAP = Lazy(f" (?<=[{CJK},;:?!()] )(?=[{CJK}(])")
RE_LATIN_END = rx.compile(r"[A-Za-z0-9%.,;:!?)\]'\"]$")
RE_LATIN_START = rx.compile(r"^[A-Za-z0-9(\['\"]")
RE_ALNUM_END = rx.compile(r"[A-Za-z0-9%]$")
RE_ALNUM_START = rx.compile(r"^[A-Za-z0-9]")
# The four classes above as sets, for the per-token loop of a flattened page: `^[..]` tests
# a token's first character, `[..]$` its last (or the one before a final newline).
_ALNUM = frozenset("ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789")
_LATIN_END = _ALNUM | frozenset("%.,;:!?)]'\"")
_LATIN_START = _ALNUM | frozenset("(['\"")
_ALNUM_END = _ALNUM | {"%"}
_LETTERS = frozenset("ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz")  # RE_HYPHEN_END's [A-Za-z]
RE_HYPHEN_END = rx.compile(r"[A-Za-z]-$")
_UNMEASURED = -1.0  # a segment's width not known yet (no width is negative)



@dataclass(slots=True)
class Line:
    text: str
    width: float
    indent: float
    prov: Provenance
    blank_before: bool = False


def full_width(widths: list[float]) -> float:
    """The full line width: the most common width among the longer lines."""
    longish = sorted([w for w in widths if w >= 8])
    if not longish:
        return max(widths, default=0.0)
    upper = longish[len(longish) // 3:]
    counts: Counter[int] = Counter()
    for w, k in Counter(upper).items():  # (widths recur: each distinct one rounded once)
        counts[round(w)] += k
    return float(max(counts.items(), key=lambda kv: (kv[1], kv[0]))[0])


def split_flattened(text: str) -> list[str] | None:
    """The original lines of a flattened page, or None when `text` is not one."""
    found = _split_flattened(text, _gaps(text))
    return found[0] if found else None


def _gaps(text: str) -> list[str] | None:
    """`text` split at its spaces between Chinese text, or None when it has too few of them to
    be a flattened page or paragraphs joined by spaces (both splits below need 5). Split once
    for both (each counted and split again)."""
    if len(text) < MIN_FLAT or text.count(" ") < 5:
        return None  # (the space count first: most long lines hold none, and it costs no regex)
    pieces = RE_FLAT_GAP.split(text)
    return pieces if len(pieces) > 5 else None


def _split_flattened(text: str, gaps: list[str] | None) -> tuple[list[str], list[float]] | None:
    """The original lines of a flattened page and their widths, or None when `text` is not one
    (`gaps` is `_gaps(text)`).

    Every space between Chinese text is a line break. A space beside a Latin letter or
    digit (`X 秘书长`, `2021 年`) is usually one a PDF text layer put around half-width
    runs, so it is closed up, unless that would make the line longer than a full line;
    spaces between two Latin words are kept inside the line.
    """
    if gaps is None:
        return None
    # `text` is `" ".join(gaps)`, so its tokens are the gap pieces' own, in order: each token
    # is measured once, and a piece without a space (a sure line) is one token
    tokens = [t for t in text.split(" ") if t]
    token_widths = widths(tokens)
    sure: list[float] = []
    k = 0
    for piece in gaps:
        if " " not in piece:
            if piece:
                sure.append(token_widths[k])
                k += 1
        else:
            k += sum(1 for t in piece.split(" ") if t)
    w = full_width(sure)
    if w < 10:
        return None
    segs: list[str] = [tokens[0]]
    seg_widths: list[float] = [token_widths[0]]  # (`_UNMEASURED`: measured below, once whole)
    for tok, tok_width in zip(tokens[1:], token_widths[1:], strict=True):
        prev = segs[-1]
        end, start = prev[-1], tok[0]  # (tokens are non-empty)
        if end > "\x7f" and start > "\x7f":  # neither edge ASCII: in none of the sets below (most gaps)
            segs.append(tok)
            seg_widths.append(tok_width)
            continue
        if end == "\n":
            end = prev[-2:-1]  # `$` matches before a final newline too
        if end in _LATIN_END and start in _LATIN_START:
            segs[-1] = prev + " " + tok  # two Latin words: a real space
            seg_widths[-1] = _UNMEASURED
        elif (end in _ALNUM_END or start in _ALNUM) and (joined := width(prev + tok)) <= w + 1.5:
            segs[-1] = prev + tok  # a spurious space beside a half-width run
            seg_widths[-1] = joined
        else:
            segs.append(tok)
            seg_widths.append(tok_width)
    if _UNMEASURED in seg_widths:
        seg_widths = [width(x) if y == _UNMEASURED else y for x, y in zip(segs, seg_widths, strict=True)]
    near = sum(1 for x in seg_widths if w - 3 <= x <= w + 1.5)
    if near < 0.4 * len(segs):
        return None
    return segs, seg_widths


def split_paragraph_flattened(text: str, rules: HeadingRules, gaps: list[str] | None = None) -> list[str] | None:
    """The paragraphs of a text whose paragraphs (not page lines) were joined by spaces, as a
    field or an extractor flattens them: a gap after a sentence end, or before a numbered
    point or after a short title, is a paragraph break; any other gap is closed up
    (`gaps`: `_gaps(text)` when the caller has it)."""
    gaps = _gaps(text) if gaps is None else gaps
    if gaps is None:
        return None
    pieces = [t for t in gaps if t]
    ends = sum(1 for t in pieces if RE_ENDS_CLAUSE.search(t))
    if ends < 0.5 * len(pieces):
        return None  # gaps inside sentences: not paragraphs joined by spaces
    out = [pieces[0]]
    for nxt in pieces[1:]:
        prev = out[-1]
        title_like = len(prev) <= rules.max_chars and not RE_ENDS_CLAUSE.search(prev)
        if RE_ENDS_CLAUSE.search(prev) or rules.point_start.match(nxt) or rules.salutation.match(nxt) or title_like:
            out.append(nxt)
        else:
            out[-1] = prev + nxt
    return out if len(out) > 1 else None


_CJK_CHARS: dict[str, bool] = {}
MAX_CJK_CHARS = 16384


def _cjk(c: str) -> bool:
    """`RE_CJK_CHAR.match(c)` for one character, remembered (a dict hit is a third of a match
    call; the characters at line edges recur)."""
    found = _CJK_CHARS.get(c)
    if found is None:
        if len(_CJK_CHARS) >= MAX_CJK_CHARS:
            _CJK_CHARS.clear()
        found = _CJK_CHARS[c] = RE_CJK_CHAR.match(c) is not None
    return found


def join(a: str, b: str) -> str:
    """Join two wrapped lines: no space at a CJK edge, dehyphenate Latin, else one space."""
    if not a or not b:
        return a or b
    if RE_HYPHEN_END.search(a) and b[0].islower():
        return a[:-1] + b
    if _cjk(a[-1]) or _cjk(b[0]):
        return a + b
    return a + " " + b


def join_lines(texts: Iterable[str]) -> str:
    """Join wrapped lines of one paragraph (PDF lines, DOCX soft breaks, table cell lines)."""
    parts: list[str] = []
    for t in texts:
        if t.strip():
            add_line(parts, t.strip())
    return "".join(parts)


def add_line(parts: list[str], t: str) -> None:
    """Append line `t` to a paragraph kept as parts, as `join` would: it looks only at the two
    edges, so they are joined, not the growing text (linear in the paragraph's length). The
    edge tests are `join`'s on the last two characters, written out (a flattened page joins
    hundreds of lines): a Latin hyphen before a lower-case letter goes, a CJK character on
    either side takes no space, anything else one space."""
    if parts and t:
        last = parts[-1]
        if last:
            if last[-1] == "-" and last[-2:-1] in _LETTERS and t[0].islower():
                parts[-1] = last[:-1]
            elif not (_cjk(last[-1]) or _cjk(t[0])):
                t = " " + t
    parts.append(t)


class Reflow:
    """Decides, line by line, where the paragraphs of wrapped text end."""

    def __init__(self, lines: list[Line], ctx: Context, indent_from_width: bool) -> None:
        self.lines = lines
        self.h = ctx.rules.headings
        self.W = W = full_width([ln.width + ln.indent for ln in lines])
        self.short_below = W - max(2.5, W * 0.08)
        # Indentation shows in widths only when full lines are tightly justified: a line of
        # exactly W-2 cells is then rare unless it is a paragraph's indented first line.
        band = [ln.width for ln in lines if W - 3 <= ln.width <= W + 2]
        at_indent = len([x for x in band if abs(x - (W - 2)) <= 0.25])
        at_full = len([x for x in band if W - 1 <= x <= W + 1.5])
        self.indent_by_width = (indent_from_width and W >= 16 and bool(band)
                                and at_full >= 0.85 * len(band) and at_indent <= 0.12 * len(band))
        self.explicit_indent = 0 < len([ln for ln in lines if ln.indent >= 1.5]) < 0.9 * len(lines)

    def short(self, ln: Line) -> bool:
        return ln.width + ln.indent < self.short_below

    def indented(self, ln: Line) -> bool:
        if self.explicit_indent:
            return ln.indent >= 1.5
        return self.indent_by_width and abs(ln.width - (self.W - 2)) <= 0.25

    def starts_paragraph(self, ln: Line) -> bool:
        t = ln.text
        return (self.indented(ln) or self.h.salutation.fullmatch(t) is not None
                or (self.h.point_start.match(t) is not None and ln.width + ln.indent <= self.W - 1.5))

    def paragraphs(self) -> list[Block]:
        """A paragraph ends after a line when a blank line follows; when the line ends a clause
        and is short or the next starts a paragraph; or when a short line that does not run on
        (a title, a heading) has a paragraph start, or is itself a numbered point, after it.
        (One loop, each question asked at most once a line: a flattened page has hundreds.)"""
        out: list[Block] = []
        parts: list[str] = []
        prov = None
        lines = self.lines
        last = len(lines) - 1
        starts = self.starts_paragraph
        point_start = self.h.point_start.match
        short_below = self.short_below
        for i, ln in enumerate(lines):
            add_line(parts, ln.text)
            prov = prov or ln.prov
            if i < last:
                nxt = lines[i + 1]
                if nxt.blank_before:
                    brk = True
                else:
                    cur = ln.text
                    short = ln.width + ln.indent < short_below
                    if ends_clause(cur) and (short or starts(nxt)):
                        brk = True
                    elif short and not cur.endswith(_CONTINUES):
                        brk = starts(nxt) or point_start(cur) is not None
                    else:
                        brk = False
                if not brk:
                    continue
            out.append(Block(Kind.PARAGRAPH, "".join(parts), prov=prov))
            parts, prov = [], None
        return out


def _title_of_flattened(blocks: list[Block], ctx: Context) -> None:
    """A flattened page carries its title as its first piece: with no title found before,
    a first paragraph that reads as a title (and names a kind of document, or stands over a
    salutation) is the title."""
    if any(b.kind is Kind.TITLE for b in blocks):
        return
    text = [b for b in blocks if b.text or b.rows]
    if len(text) < 2 or text[0].kind is not Kind.PARAGRAPH or text[0].prov != text[1].prov:
        return  # only pieces of one flattened line
    h = ctx.rules.headings
    first, second = text[0].text.strip(), text[1].text.strip()
    if is_title(first, ctx) and (first.endswith(h.subtitle_suffixes) or h.salutation.match(second)):
        text[0].kind, text[0].level = Kind.TITLE, 1


def _is_wrapped(lines: list[Line]) -> bool:
    """Hard-wrapped text: most lines sit at one full width and many end mid-sentence."""
    if len(lines) < 6:
        return False
    W = full_width([ln.width + ln.indent for ln in lines])
    full = [ln for ln in lines if W - 2.5 <= ln.width + ln.indent <= W + 1.5]
    if W < 10 or len(full) < 0.5 * len(lines):
        return False
    open_ended = sum(not ends_clause(ln.text) for ln in full)
    blank_sep = sum(ln.blank_before for ln in lines[1:])
    return open_ended >= 0.4 * len(full) and blank_sep < 0.5 * (len(lines) - 1)


def run(doc: Document, ctx: Context) -> Document:
    out: list[Block] = []
    run_lines: list[Line] = []
    blank = False
    n_before = sum(1 for b in doc.blocks if b.kind is Kind.LINE and b.text)

    def flush() -> None:
        if not run_lines:
            return
        if _is_wrapped(run_lines):
            out.extend(Reflow(run_lines, ctx, indent_from_width=False).paragraphs())
        else:
            out.extend(Block(Kind.PARAGRAPH, ln.text, prov=ln.prov) for ln in run_lines)
        run_lines.clear()

    for b in doc.blocks:
        if b.kind is not Kind.LINE:
            flush()
            out.append(b)
            blank = False
            continue
        if not b.text:
            blank = True
            continue
        gaps = _gaps(b.text)
        segs = _split_flattened(b.text, gaps) if gaps is not None else None
        paras = split_paragraph_flattened(b.text, ctx.rules.headings, gaps) if gaps is not None and not segs else None
        if segs:
            flush()
            flat = [Line(s, w, 0.0, b.prov) for s, w in zip(*segs, strict=True)]
            out.extend(Reflow(flat, ctx, indent_from_width=True).paragraphs())
        elif paras:
            flush()
            out.extend(Block(Kind.PARAGRAPH, x, prov=b.prov) for x in paras)
        else:
            run_lines.append(Line(b.text, width(b.text), b.indent, b.prov, blank))
        blank = False
    flush()
    _title_of_flattened(out, ctx)
    doc.blocks = out
    doc.changes[PASS.name] += abs(n_before - sum(1 for b in out if b.kind is Kind.PARAGRAPH))
    return doc


PASS = Pass("paragraphs", "recover paragraphs from wrapped, flattened or line-per-paragraph text", run)
