"""Flattened text: a line that is a whole PDF page (its lines joined by one space each) or a
field of paragraphs joined by spaces. The spaces between CJK characters are the old breaks:
the page is cut there (a space beside a Latin word or digit is closed up unless the line
would outgrow a full line), the paragraphs at the gaps after a sentence end or before a
point. The paragraphs pass reflows what these find."""

from __future__ import annotations

from ..cache import rx
from ..rules import HeadingRules
from ..tables import CJK, RE_ENDS_CLAUSE, Lazy, has_ascii_control, width, widths
from .wrapped import full_width

MIN_FLAT = 200  # shortest line that can be a flattened page
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
_UNMEASURED = -1.0  # a segment's width not known yet (no width is negative)
_RE_ASCII = rx.compile(r"[\x00-\x7f]")
_RE_ASCII_JOINT = rx.compile(r" (?:(?<=[\x00-\x7f] )|(?=[\x00-\x7f]))")  # a space beside an ASCII character


def split_flattened(text: str) -> list[str] | None:
    """The original lines of a flattened page, or None when `text` is not one."""
    found = flattened_lines(text, flat_gaps(text))
    return found[0] if found else None


def flat_gaps(text: str) -> list[str] | None:
    """`text` split at its spaces between Chinese text, or None when it has too few of them to
    be a flattened page or paragraphs joined by spaces (both splits below need 5). Split once
    for both (each counted and split again)."""
    if len(text) < MIN_FLAT or text.count(" ") < 5:
        return None  # (the space count first: most long lines hold none, and it costs no regex)
    pieces = RE_FLAT_GAP.split(text)
    return pieces if len(pieces) > 5 else None


def flattened_lines(text: str, gaps: list[str] | None) -> tuple[list[str], list[float]] | None:
    """The original lines of a flattened page and their widths, or None when `text` is not one
    (`gaps` is `flat_gaps(text)`).

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
    (`gaps`: `flat_gaps(text)` when the caller has it)."""
    gaps = flat_gaps(text) if gaps is None else gaps
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

