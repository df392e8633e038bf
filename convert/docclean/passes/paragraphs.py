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

from bisect import bisect_left
from collections import Counter
from itertools import compress

from ..model import K_LINE, K_PARAGRAPH, K_TITLE, Block, Document, Provenance
from ..tables import CJK, CONTINUES, RE_MAY_END_CLAUSE, Lazy, ends_clause, width
from .base import Context, Pass
from .flattened import flat_gaps, flattened_lines, split_paragraph_flattened
from .title import _is_title as is_title
from .wrapped import add_line, full_width

_CONTINUES = tuple(CONTINUES)
_RE_NOT_CJK = Lazy(f"[^{CJK}]")  # a character `wrapped._cjk` says no to


def _justified(widths: list[float], W: float) -> bool:
    """Indentation shows in widths only when full lines are tightly justified: a line of
    exactly W-2 cells is then rare unless it is a paragraph's indented first line. (Counted
    over the distinct widths: a flattened page's hundreds of lines have a few dozen.)"""
    band = at_indent = at_full = 0
    for w, k in Counter(widths).items():
        if W - 3 <= w <= W + 2:
            band += k
            at_indent += k if abs(w - (W - 2)) <= 0.25 else 0
            at_full += k if W - 1 <= w <= W + 1.5 else 0
    return band > 0 and at_full >= 0.85 * band and at_indent <= 0.12 * band


class Reflow:
    """Decides where the paragraphs of wrapped text end. The lines are given as columns
    (texts, widths, indents, provenances, blank-before flags): a flattened page's hundreds of
    pieces are never made into objects, and the questions below are asked of columns."""

    def __init__(self, texts: list[str], widths: list[float], indents: list[float], provs: list[Provenance],
                 blanks: list[bool], ctx: Context, indent_from_width: bool, full: float | None = None) -> None:
        self.texts, self.widths, self.indents, self.provs, self.blanks = texts, widths, indents, provs, blanks
        self.h = ctx.rules.headings
        spans = [w + i for w, i in zip(widths, indents, strict=True)] if any(indents) else widths
        self.spans = spans  # width + indent of each line
        self.W = W = full_width(spans) if full is None else full  # (`_wrapped_width` found it already)
        self.short_below = W - max(2.5, W * 0.08)
        self.indent_by_width = indent_from_width and W >= 16 and _justified(widths, W)
        self.explicit_indent = any(indents) and 0 < len([x for x in indents if x >= 1.5]) < 0.9 * len(texts)
        # each line's last character (a placeholder for an empty line): what `breaks` and
        # `paragraphs` scan for clause ends and joints
        self.lasts = "".join([t[-1] for t in texts] if all(texts) else [t[-1:] or "\x00" for t in texts])

    def indented(self, i: int) -> bool:
        if self.explicit_indent:
            return self.indents[i] >= 1.5
        return self.indent_by_width and abs(self.widths[i] - (self.W - 2)) <= 0.25

    def starts_paragraph(self, i: int) -> bool:
        t = self.texts[i]
        return (self.indented(i) or self.h.salutation.fullmatch(t) is not None
                or (self.h.point_start.match(t) is not None and self.spans[i] <= self.W - 1.5))

    def breaks(self) -> list[int]:
        """The lines after which a paragraph ends (the last line always does). A paragraph ends
        after a line when a blank line follows; when the line ends a clause and is short or
        the next starts a paragraph; or when a short line that does not run on (a title, a
        heading) has a paragraph start, or is itself a numbered point, after it. Only a line
        that is short, ends a clause (or may: its last character is a closer) or stands before
        a blank line can end one, so only those are asked (from columns, in C: most lines of a
        flattened page are none of them)."""
        texts, n = self.texts, len(self.texts)
        last = n - 1
        short_below = self.short_below
        shorts = [s < short_below for s in self.spans]
        ends_at = RE_MAY_END_CLAUSE.finditer(self.lasts)
        cands = {m.start() for m in ends_at}
        cands.update(compress(range(n), shorts))
        cands.update(i - 1 for i in compress(range(n), self.blanks) if i)
        starts = self.starts_paragraph
        point_start = self.h.point_start.match
        out = []
        for i in sorted(cands):
            if i >= last:
                continue
            if self.blanks[i + 1]:
                out.append(i)
                continue
            cur, short = texts[i], shorts[i]
            if ((ends_clause(cur) and (short or starts(i + 1)))
                    or (short and not cur.endswith(_CONTINUES) and (starts(i + 1) or point_start(cur) is not None))):
                out.append(i)
        out.append(last)
        return out

    def paragraphs(self) -> list[Block]:
        """The paragraphs, each line joined to the next as `add_line` joins them: with nothing
        between them where either edge is CJK (most lines), so a paragraph whose every joint is
        such is one `join`."""
        texts, provs = self.texts, self.provs
        if not texts:
            return []
        # joints (after line j) where neither edge is CJK: only there does `add_line` add a space or drop a hyphen
        odd_ends = {m.start() for m in _RE_NOT_CJK.finditer(self.lasts)}
        firsts = "".join([t[0] for t in texts] if all(texts) else [t[:1] or "\x00" for t in texts]) if odd_ends else ""
        odd = sorted(odd_ends.intersection(m.start() - 1 for m in _RE_NOT_CJK.finditer(firsts))) if odd_ends else []
        out: list[Block] = []
        a = 0
        for b in self.breaks():
            k = bisect_left(odd, a) if odd else 0
            if k < len(odd) and odd[k] < b:  # an odd joint inside: joined line by line
                parts: list[str] = []
                for t in texts[a:b + 1]:
                    add_line(parts, t)
                text = "".join(parts)
            else:
                text = "".join(texts[a:b + 1])
            prov = provs[a] or next((p for p in provs[a:b + 1] if p), None)
            out.append(Block(K_PARAGRAPH, text, 0, prov))
            a = b + 1
        return out


def _title_of_flattened(blocks: list[Block], ctx: Context) -> None:
    """A flattened page carries its title as its first piece: with no title found before,
    a first paragraph that reads as a title (and names a kind of document, or stands over a
    salutation) is the title."""
    if any(b.kind is K_TITLE for b in blocks):
        return
    text = [b for b in blocks if b.text or b.rows]
    if len(text) < 2 or text[0].kind is not K_PARAGRAPH or text[0].prov != text[1].prov:
        return  # only pieces of one flattened line
    h = ctx.rules.headings
    first, second = text[0].text.strip(), text[1].text.strip()
    if is_title(first, ctx) and (first.endswith(h.subtitle_suffixes) or h.salutation.match(second)):
        text[0].kind, text[0].level = K_TITLE, 1


def _wrapped_width(texts: list[str], spans: list[float], blanks: list[bool]) -> float | None:
    """Hard-wrapped text: most lines sit at one full width and many end mid-sentence. That
    width (which `Reflow` reads again), or None (`spans`: each line's width plus indent)."""
    if len(texts) < 6:
        return None
    W = full_width(spans)
    lo, hi = W - 2.5, W + 1.5
    full = [t for t, s in zip(texts, spans, strict=True) if lo <= s <= hi]
    if W < 10 or len(full) < 0.5 * len(texts):
        return None
    open_ended = sum(not ends_clause(t) for t in full)
    blank_sep = sum(blanks[1:])
    return W if open_ended >= 0.4 * len(full) and blank_sep < 0.5 * (len(texts) - 1) else None


def run(doc: Document, ctx: Context) -> Document:
    out: list[Block] = []
    # the current run of lines, as the columns `Reflow` reads (no object a line)
    texts: list[str] = []
    widths_: list[float] = []
    indents: list[float] = []
    provs: list[Provenance] = []
    blanks: list[bool] = []
    blank = False
    n_before = 0

    def flush() -> None:
        if not texts:
            return
        spans = [w + i for w, i in zip(widths_, indents, strict=True)] if any(indents) else widths_
        if (W := _wrapped_width(texts, spans, blanks)) is not None:
            out.extend(Reflow(texts, widths_, indents, provs, blanks, ctx, indent_from_width=False,
                              full=W).paragraphs())  # (read before the columns are cleared below)
        else:
            out.extend([Block(K_PARAGRAPH, t, 0, p) for t, p in zip(texts, provs, strict=True)])
        for column in (texts, widths_, indents, provs, blanks):
            column.clear()

    for b in doc.blocks:
        if b.kind is not K_LINE:
            flush()
            out.append(b)
            blank = False
            continue
        if not b.text:
            blank = True
            continue
        n_before += 1
        gaps = flat_gaps(b.text)
        segs = flattened_lines(b.text, gaps) if gaps is not None else None
        paras = split_paragraph_flattened(b.text, ctx.rules.headings, gaps) if gaps is not None and not segs else None
        if segs:
            flush()
            n = len(segs[0])
            out.extend(Reflow(segs[0], segs[1], [0.0] * n, [b.prov] * n, [False] * n, ctx,
                              indent_from_width=True).paragraphs())
        elif paras:
            flush()
            out.extend(Block(K_PARAGRAPH, x, prov=b.prov) for x in paras)
        else:
            texts.append(b.text)
            widths_.append(width(b.text))
            indents.append(b.indent)
            provs.append(b.prov)
            blanks.append(blank)
        blank = False
    flush()
    _title_of_flattened(out, ctx)
    doc.blocks = out
    doc.changes[PASS.name] += abs(n_before - sum(1 for b in out if b.kind is K_PARAGRAPH))
    return doc


PASS = Pass("paragraphs", "recover paragraphs from wrapped, flattened or line-per-paragraph text", run)
