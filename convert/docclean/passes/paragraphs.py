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
from collections.abc import Iterable
from itertools import compress

from ..cache import rx
from ..model import K_LINE, K_PARAGRAPH, K_TITLE, Block, Document, Provenance
from ..rules import HeadingRules
from ..tables import (
    CJK,
    CONTINUES,
    RE_CJK_CHAR,
    RE_ENDS_CLAUSE,
    RE_MAY_END_CLAUSE,
    Lazy,
    ends_clause,
    has_ascii_control,
    width,
    widths,
)
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
_RE_ASCII = rx.compile(r"[\x00-\x7f]")
_RE_ASCII_JOINT = rx.compile(r" (?:(?<=[\x00-\x7f] )|(?=[\x00-\x7f]))")  # a space beside an ASCII character
_RE_NOT_CJK = Lazy(f"[^{CJK}]")  # a character `_cjk` says no to



def full_width(widths: list[float]) -> float:
    """The full line width: the most common width among the longer lines."""
    ordered = sorted(widths)
    longish = ordered[bisect_left(ordered, 8):]
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
    # `text` is `" ".join(gaps)`, so its tokens are the gap pieces' own, in order; a piece
    # without a space (a sure line) is one token
    tokens = text.split(" ")
    spaced = "  " in text or text[:1] == " " or text[-1:] == " "  # (else `split` made no empty token)
    if spaced:
        tokens = [t for t in tokens if t]
    token_widths = widths(tokens)
    if not spaced and len(gaps) == len(tokens):
        sure = token_widths  # every piece is one token (a space inside one would make two)
    else:
        sure = []
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
    # Only a joint with an ASCII character on either side can close up (the rest, most of
    # them, are line breaks): those are found by one scan of the tokens' last and first
    # characters, and the tokens between them are taken as lines whole.
    if spaced:
        joints = {m.start() for m in _RE_ASCII.finditer("".join([t[-1] for t in tokens]))}  # (tokens are non-empty)
        joints.update(m.start() - 1 for m in _RE_ASCII.finditer("".join([t[0] for t in tokens])))
        joints.discard(-1)
        joints.discard(len(tokens) - 1)
    else:  # joint j is the text's j-th space: the ones beside an ASCII character, numbered by counting spaces
        joints = set()
        at = n = 0
        for m in _RE_ASCII_JOINT.finditer(text):
            n += text.count(" ", at, m.start())
            at = m.start()
            joints.add(n)
    # Without ASCII controls a width is additive (`tables.width`: only an all-ASCII text counts
    # a control as half a cell), so a joined segment's is the sum of its parts'.
    additive = bool(joints) and not has_ascii_control(text)
    segs: list[str] = [tokens[0]]
    seg_widths: list[float] = [token_widths[0]]  # (`_UNMEASURED`: measured below, once whole)
    taken = 1  # tokens placed so far
    for j in sorted(joints):  # the joint between tokens j and j + 1
        if j >= taken:
            segs += tokens[taken:j + 1]
            seg_widths += token_widths[taken:j + 1]
        tok, tok_width = tokens[j + 1], token_widths[j + 1]
        taken = j + 2
        prev = segs[-1]
        end, start = prev[-1], tok[0]
        if end == "\n":
            end = prev[-2:-1]  # `$` matches before a final newline too
        if end in _LATIN_END and start in _LATIN_START:
            segs[-1] = prev + " " + tok  # two Latin words: a real space
            seg_widths[-1] = _UNMEASURED
        elif (end in _ALNUM_END or start in _ALNUM) and (
                joined := seg_widths[-1] + tok_width if additive and seg_widths[-1] >= 0 else width(prev + tok)
        ) <= w + 1.5:
            segs[-1] = prev + tok  # a spurious space beside a half-width run
            seg_widths[-1] = joined
        else:
            segs.append(tok)
            seg_widths.append(tok_width)
    segs += tokens[taken:]
    seg_widths += token_widths[taken:]
    if _UNMEASURED in seg_widths:
        seg_widths = [width(x) if y == _UNMEASURED else y for x, y in zip(segs, seg_widths, strict=True)]
    lo, hi = w - 3, w + 1.5
    near = len([x for x in seg_widths if lo <= x <= hi])
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
        gaps = _gaps(b.text)
        segs = _split_flattened(b.text, gaps) if gaps is not None else None
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
