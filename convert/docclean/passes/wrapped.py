"""Wrapped lines: the full line width of a wrapped text, and joining the lines of one
paragraph into its text (no space at a CJK edge, a Latin hyphen closed up, else one space).
The paragraphs pass and the PDF and DOCX readers join lines here."""

from __future__ import annotations

from bisect import bisect_left
from collections import Counter
from collections.abc import Iterable

from ..cache import rx
from ..tables import RE_CJK_CHAR

_LETTERS = frozenset("ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz")  # RE_HYPHEN_END's [A-Za-z]
RE_HYPHEN_END = rx.compile(r"[A-Za-z]-$")


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
