"""Character classes, regexes and code-point maps used by the fixers and passes.

Kept apart from the logic (as ftfy does) so a reader can see every character the
cleaner treats specially in one place. User-tunable tables live in `rules/` instead.
"""

from __future__ import annotations

import re
import unicodedata

from .cache import rx


class Lazy:
    """A regex compiled on first use. Every pattern holding the CJK class costs ~1.5 ms to
    compile (`re` builds its charset bitmap one code point at a time, in Python), so the
    ones a document may never need (a dash run, a quote pair, a flattened page) wait until
    it does. After the first use the methods are plain attributes: no per-call cost."""

    _METHODS = ("search", "match", "fullmatch", "sub", "subn", "split", "findall", "finditer",
                "pattern", "flags", "groups", "groupindex")

    def __init__(self, pattern: str, flags: int = 0) -> None:
        self._source = (pattern, flags)

    def __getattr__(self, name: str):  # type: ignore[no-untyped-def]  # only for attributes not yet set
        compiled = rx.compile(*self._source)
        for method in self._METHODS:
            setattr(self, method, getattr(compiled, method))
        return getattr(compiled, name)


# Ideographs: CJK unified (BMP + ext A), compatibility, and the supplementary planes.
IDEO = "\u3400-\u4dbf\u4e00-\u9fff\uf900-\ufaff\U00020000-\U0003134f"
# Punctuation that belongs to Chinese text: CJK symbols, full-width forms, curly quotes,
# ellipsis, em dash, middle dot, book-title marks.
CJK_PUNCT = ("\u3000-\u303f\uff01-\uff0f\uff1a-\uff20\uff3b-\uff40\uff5b-\uff65"
             "\u2018\u2019\u201c\u201d\u2026\u2014\u2015\u00b7")
# "Chinese context": an ideograph or Chinese punctuation.
CJK = IDEO + CJK_PUNCT
# Latin letters and digits (what spacing rules put beside CJK).
LATIN = "A-Za-z0-9"

RE_IDEO = rx.compile(f"[{IDEO}]")
RE_CJK_CHAR = rx.compile(f"[{CJK}]")
# Characters that take half a cell in a monospaced CJK layout.
RE_NARROW = rx.compile(r"[\x20-\x7e]")
# Half-width punctuation that scraped text turned from full-width: counts as one cell.
WIDE_ASCII_PUNCT = ",:;?!()"
RE_WIDE_ASCII = rx.compile(r"[,:;?!()]")

ZERO_WIDTH = "\u200b\u200c\u200d\u2060\ufeff\u00ad"  # soft hyphen too: invisible in output
RE_ZERO_WIDTH = rx.compile(f"[{ZERO_WIDTH}]")
RE_CONTROL = rx.compile(r"[\x00-\x08\x0b-\x1f\x7f-\x9f]")
# Spaces that should be a plain space (NBSP, the en/em spaces, narrow NBSP, math space,
# tab) and the ideographic space (removed as padding, a plain space inside text).
ODD_SPACES = "\u00a0\u2000-\u200a\u202f\u205f\t\u3000"
RE_ODD_SPACE = rx.compile(f"[{ODD_SPACES}]")

# Sentence enders, optionally followed by closing quotes/brackets.
SENTENCE_END = "。！？!?…"
CLOSERS = "”’」』）)》〉】\"'"
RE_ENDS_SENTENCE = rx.compile(f"[{SENTENCE_END}][{re.escape(CLOSERS)}]*$")
# A line that ends a clause or a lead-in (`同志们：`, `如下：`) also closes a paragraph.
RE_ENDS_CLAUSE = rx.compile(f"[{SENTENCE_END}：:；;][{re.escape(CLOSERS)}]*$")
_CLAUSE_END = frozenset(SENTENCE_END + "：:；;")


def ends_clause(text: str) -> bool:
    """`RE_ENDS_CLAUSE.search(text) is not None` without scanning the line: the closers are
    stripped from the end and the character before them is looked at (no closer ends a
    clause, so that is the only place a match can start; `$` also matches before a final
    newline, hence the second test)."""
    last = text[-1:]
    if last in _CLAUSE_END:
        return True  # (no closer ends a clause: nothing to strip)
    if last not in _CLOSERS_OR_NEWLINE:
        return False  # nothing to strip, and the last character ends no clause
    if last == "\n" and text[:-1].rstrip(CLOSERS)[-1:] in _CLAUSE_END:
        return True
    return text.rstrip(CLOSERS)[-1:] in _CLAUSE_END


_CLOSERS_OR_NEWLINE = frozenset(CLOSERS + "\n")
# A text's last character when `ends_clause` may say yes: a clause end, or a closer or newline it
# looks past (a scan of many lines' last characters, joined, finds the few to ask)
RE_MAY_END_CLAUSE = rx.compile("[" + re.escape("".join(sorted(_CLAUSE_END | _CLOSERS_OR_NEWLINE))) + "]")


# A line wholly in round brackets annotates the document itself: （此件公开发布）, （此页无正文）.
RE_ANNOTATION = rx.compile(r"[（(][^（()）]+[）)]")
# Section names that stand alone in a document's own structure, never site chrome.
SECTION_WORDS = frozenset({"目录", "前言", "引言", "序言", "摘要", "附件", "附录", "附则", "后记", "致谢", "参考文献"})
# A line ending in one of these cannot end a paragraph: the text goes on.
CONTINUES = "，、“‘《（(〈「『【—,"

CN_NUM = "〇零一二三四五六七八九十百千两"


CN_DIGITS = CN_NUM[1:11]  # 零 … 九


def chinese_number(n: int) -> str:
    """1 -> 一, 10 -> 十, 12 -> 十二, 20 -> 二十, 105 -> 一百零五 (up to 9999)."""
    if n <= 0 or n >= 10000:
        return str(n)
    if n < 10:
        return CN_DIGITS[n]
    if n < 20:
        return "十" + (CN_DIGITS[n % 10] if n % 10 else "")
    if n < 100:
        return CN_DIGITS[n // 10] + "十" + (CN_DIGITS[n % 10] if n % 10 else "")
    if n < 1000:
        rest = n % 100
        tail = "" if not rest else ("零" + chinese_number(rest) if rest < 10 else
                                    (chinese_number(rest) if rest >= 20 else "一" + chinese_number(rest)))
        return CN_DIGITS[n // 100] + "百" + tail
    return CN_DIGITS[n // 1000] + "千" + (chinese_number(n % 1000) if n % 1000 else "")




def _lookalike_map() -> dict[int, str]:
    """Kangxi radicals, CJK radical supplement and compatibility ideographs -> ordinary characters.

    Built from Unicode's own compatibility decompositions, but only for these blocks: NFKC
    on the whole text would also fold ，：（）“” to ASCII, which the contract forbids.
    """
    out: dict[int, str] = {}
    ranges = [(0x2E80, 0x2EFF), (0x2F00, 0x2FDF), (0xF900, 0xFAFF), (0x2F800, 0x2FA1F)]
    for lo, hi in ranges:
        for cp in range(lo, hi + 1):
            ch = chr(cp)
            norm = unicodedata.normalize("NFKC", ch)
            if norm != ch and len(norm) == 1:
                out[cp] = norm
    # Enclosed and parenthesised numerals: ㈠ -> （一）, ⑴ -> （1）, ⒈ -> 1.
    for i, num in enumerate("一二三四五六七八九十"):
        out[0x3220 + i] = f"（{num}）"
    for i in range(20):
        out[0x2474 + i] = f"（{i + 1}）"
        out[0x2488 + i] = f"{i + 1}."
    return out


LOOKALIKES = _lookalike_map()
# Ranges, not a list of characters: a quick test before the (rarely needed) translate.
RE_LOOKALIKE = rx.compile("[\u2e80-\u2fdf\uf900-\ufaff\U0002f800-\U0002fa1f\u3220-\u3229\u2474-\u249b]")

# Full-width ASCII letters and digits -> half-width (contract §6).
FULLWIDTH_ALNUM = {cp: cp - 0xFEE0 for r in ((0xFF10, 0xFF19), (0xFF21, 0xFF3A), (0xFF41, 0xFF5A))
                   for cp in range(r[0], r[1] + 1)}
RE_FULLWIDTH_ALNUM = rx.compile("[\uff10-\uff19\uff21-\uff3a\uff41-\uff5a]")


RE_KEY_NOISE = rx.compile(r"[\W_]+")
RE_DIGIT_RUN = rx.compile(r"\d+")


def line_key(text: str) -> str:
    """A line's identity for "the same line again": digit runs collapsed to `0`, spaces and
    punctuation ignored, lower case (`第 3 页` and `第12页` agree). Used for running headers
    and for corpus-learned chrome."""
    return RE_KEY_NOISE.sub("", RE_DIGIT_RUN.sub("0", text)).lower()


_ASCII_CONTROLS = bytes(range(0x20)) + b"\x7f"
_WIDE_ASCII_BYTES = WIDE_ASCII_PUNCT.encode("ascii")


def width(text: str) -> float:
    """Display width in CJK cells: ASCII is half a cell, except punctuation that was full-width.

    Counted on the text's ASCII bytes (`encode(..., "ignore")`, then `bytes.translate`
    deleting a class): C loops, where a regex `findall` built a list per call (the same
    figures as the `RE_NARROW` / `RE_WIDE_ASCII` counts: tests/test_tables.py)."""
    ascii_ = text.encode("ascii", "ignore")
    if not ascii_:
        return float(len(text))
    wide_punct = len(ascii_) - len(ascii_.translate(None, _WIDE_ASCII_BYTES))
    if len(ascii_) == len(text):  # all ASCII (controls too) is half a cell
        return 0.5 * len(text) + 0.5 * wide_punct
    narrow = len(ascii_.translate(None, _ASCII_CONTROLS))
    return len(text) - 0.5 * (narrow - (wide_punct if narrow else 0))


def has_ascii_control(text: str) -> bool:
    """Whether `text` holds an ASCII control character (newline and tab included): where none
    is, `width` is additive, `width(a + b) == width(a) + width(b)`."""
    ascii_ = text.encode("ascii", "ignore")
    return len(ascii_.translate(None, _ASCII_CONTROLS)) != len(ascii_)


_SEP = "\x00"  # joins the texts `widths` measures at once (a control: no text reaching it holds one)
_NOT_WIDE_NOR_SEP = bytes(b for b in range(128) if b not in _WIDE_ASCII_BYTES and b != 0)
_CONTROLS_BUT_SEP = _ASCII_CONTROLS[1:]


def widths(texts: list[str]) -> list[float]:
    """`[width(t) for t in texts]` in a few C calls over the texts joined (the ASCII bytes of
    all of them, then two `bytes.translate` and a split each) instead of three per text: a
    flattened page has hundreds of line pieces to measure. Texts that hold the separator
    are measured one by one."""
    if not texts:
        return []
    joined = _SEP.join(texts)
    ascii_ = joined.encode("ascii", "ignore")
    if len(ascii_) == len(texts) - 1:  # no ASCII at all: a CJK cell per character
        return list(map(float, map(len, texts)))
    if joined.count(_SEP) != len(texts) - 1:
        return [width(t) for t in texts]
    if len(ascii_.translate(None, _CONTROLS_BUT_SEP)) == len(ascii_):
        # No control characters (the common case): a text is then `len - 0.5 * h` cells, h its
        # printable ASCII that is not `,:;?!()` (all-ASCII too: 0.5 * len + 0.5 * wide is that,
        # exactly, in halves), one `translate` and one split for all of them.
        halves = ascii_.translate(None, _WIDE_ASCII_BYTES).split(b"\x00")
        return [len(t) - 0.5 * len(h) for t, h in zip(texts, halves, strict=True)]
    asc = list(map(len, ascii_.split(b"\x00")))
    wide = list(map(len, ascii_.translate(None, _NOT_WIDE_NOR_SEP).split(b"\x00")))
    narrow = list(map(len, ascii_.translate(None, _CONTROLS_BUT_SEP).split(b"\x00")))
    return [float(n) if not a else 0.5 * n + 0.5 * wp if a == n else n - 0.5 * (nw - (wp if nw else 0))
            for n, a, wp, nw in zip(map(len, texts), asc, wide, narrow, strict=True)]


SQUASH_FOLD = str.maketrans("，；：？！（）“”‘’", ",;:?!()\"\"''")
RE_SQUASH_SPACE = rx.compile(r"[\s\u200b-\u200d\u2060\ufeff]+")
RE_SQUASH_ELLIPSIS = rx.compile("……|。。。|⋯⋯|…")
RE_SQUASH_DASH = rx.compile("——|－－|—")


def squash(t: str) -> str:
    """Text for 'is it there' tests (the scorer's and the cleaner's): no whitespace, punctuation
    widths folded, ellipses and dashes written one way."""
    return squash_marks(drop_space(t))


SQUASH_INVISIBLE = ZERO_WIDTH.replace("\u00ad", "")  # RE_SQUASH_SPACE's characters that are no whitespace


def drop_space(t: str) -> str:
    """`RE_SQUASH_SPACE.sub("", t)` without the regex: `str.split()` splits at exactly what `\\s`
    matches (both ask Py_UNICODE_ISSPACE; a test checks every code point), at a few instructions
    a character where the class scan takes ~60; then the zero-width characters, rarely there."""
    t = "".join(t.split())
    for z in SQUASH_INVISIBLE:
        if z in t:
            t = t.replace(z, "")
    return t


def squash_marks(t: str) -> str:
    """`squash` past its whitespace: never shorter than `t` (the fold puts one character for
    one, the dash and ellipsis rewrites 2-3 characters for 1-3). The fold is `SQUASH_FOLD`'s
    `translate` as one `replace` per character it maps (none maps to another's key): a dict
    `translate` raises a KeyError inside for every other character, ~170 ns each on CJK text."""
    for full, half in _SQUASH_PAIRS:
        if full in t:
            t = t.replace(full, half)
    if "—" in t or "－－" in t:  # (every dash match holds one: most lines are spared the substitution)
        t = RE_SQUASH_DASH.sub("--", t)
    if "…" in t or "。。。" in t or "⋯⋯" in t:  # (likewise every ellipsis match)
        t = RE_SQUASH_ELLIPSIS.sub("...", t)
    return t


_SQUASH_PAIRS = tuple((chr(k), chr(v)) for k, v in SQUASH_FOLD.items())  # (SQUASH_FOLD maps ordinals to ordinals)


def squash_is(text: str, target: str) -> bool:
    """`squash(text) == target`, answered once the text without its whitespace is longer than
    the target (the rest never shortens it): a long paragraph is not folded to be compared
    with a title. A prefix tells first: its whitespace removed is a prefix of the whole's, so
    a prefix already longer than the target ends it without reading the rest of a long line."""
    n = len(target)
    if len(text) > 2 * n + 2 and len(drop_space(text[:2 * n + 2])) > n:
        return False
    t = drop_space(text)
    return len(t) <= len(target) and squash_marks(t) == target
