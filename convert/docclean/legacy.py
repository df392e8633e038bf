"""Damaged GB18030 and Big5 lines put back in step (used by `encoding` for non-UTF-8 lines).

GB18030 and Big5 do not resynchronise: after one lost or extra byte, every following pair
is read across two characters and still decodes, into rare characters, until an ASCII byte
ends the stretch. Often the codec then meets an invalid pair (a codec error), but not
always: an ASCII letter is a valid trail byte of both encodings (and of Big5's punctuation:
，is A1 41), so the stretch can end by swallowing a letter, or (Big5) by leaving a trail
byte standing alone as a Latin letter, and the damage decodes without any error. Those
places are what `ABSORBED` finds; the line is then segmented again and the repair kept
only when it is clearly the better reading (MARGIN).
"""

from __future__ import annotations

import re
import unicodedata
from collections import Counter
from collections.abc import Iterable
from functools import lru_cache

from .cache import rx
from .encoding import ALIASES, LEGACY, _common_chars, _decode
from .tables import Lazy

RE_PRIVATE = Lazy("[\ue000-\uf8ff]")
RARE_RUN = 12  # uncommon ideographs in a row that make a line suspect (see _misaligned)
_rare_run: re.Pattern[str] | None = None
# A page "within the common set" (see stray_rare): at most RARE_GATE rare letters in each
# RARE_WINDOW characters. Measured on the 432 clean GB18030/Big5 pages of tests/fuzz/matrix.py's
# seeds (whole files and 6,000-character pages): no warning at 10 per 6,000 (one at 20).
RARE_WINDOW = 6000
RARE_GATE = 10
_rare_letters: dict[str, re.Pattern[str]] = {}

# Scores of the segmentation (see `resync`). A common character or punctuation mark 1, any
# other character 0.2, an ASCII byte 0.5, a dropped byte -2. Two readings real text almost
# never has, but damage that decodes without an error leaves:
LONE_LETTER = -1.6  # Big5: an ASCII letter alone between two ideographs (a stranded trail byte)
# ... and right after a 0xA1 byte: the trail of a Big5 punctuation mark (，is A1 41, 、A1 42,
# 。A1 43, ：A1 47) whose lead a broken character took (扭轉，-> 扭癒A). Real text would need
# a character ending in A1 before a lone Latin letter.
PUNCT_REMNANT = -3.0
SWALLOWED = -3.0  # a rare double-byte character made of a lead byte and an ASCII letter, inside a Latin word
# The repair of a line the codec read without an error must beat its strict reading by this
# much: on the 172 clean pages of the damage matrix (tests/fuzz/matrix.py, GB18030 and Big5)
# a margin of 1.0 changes nothing, while 0.3 already rewrote one real word (繫X -> 幾).
MARGIN = 1.0
# A private-use character: what GB18030 reads from a byte pair that is no character of GBK
# (none on the 172 clean pages of the damage matrix); scored like a dropped byte's half, so a
# repair that reads one in step is not chosen over one that drops the stray byte itself.
PRIVATE = -1.0
SUSPECT = 0.3  # a repair that wins by this much, but not MARGIN: reported, not made (see legacy_line)
ABSORBED = {
    "big5": Lazy("[\u3400-\u9fff][\x40-\x7e](?:[^\x00-\x7f]|\r?$)|[A-Za-z][^\x00-\x7f][A-Za-z]"),
    "gb18030": Lazy("[A-Za-z][^\x00-\x7f][A-Za-z]"),
}


def punct(ch: str) -> bool:
    """Punctuation and symbols of Chinese text: CJK, full-width, general punctuation, Latin-1.

    As likely as common characters; shifted by a byte, full-width digits read as common
    characters (１０ as 保埃), so they must not count as evidence of misalignment either.
    """
    return ("\u3000" <= ch <= "\u303f" or "\uff00" <= ch <= "\uffef" or "\u2000" <= ch <= "\u206f"
            or "\u00a0" <= ch <= "\u00ff")


def segment(line: bytes, enc: str, drop: float = 2.0) -> tuple[str, list[int], float]:
    """The line read the way that makes the most Chinese: (text, dropped offsets, score).

    Dynamic programming over the bytes (linear: each byte starts at most three candidates)
    into characters and dropped bytes: the misaligned reading loses to dropping the one
    stray byte and reading the rest in step. `drop` is the cost of a dropped byte (a huge
    one gives the strict reading's score). The context rules look at the previous
    character on the best path so far.
    """
    common = _common_chars()
    n = len(line)
    neg = float("-inf")
    best = [neg] * (n + 1)
    back: list[tuple[int, str | None]] = [(0, None)] * (n + 1)
    best[0] = 0.0
    for i in range(n):
        here = best[i]
        if here == neg:
            continue
        if here - drop > best[i + 1]:
            best[i + 1], back[i + 1] = here - drop, (i, None)
        b = line[i]
        prev = back[i][1] if i else None
        for size in ((1,) if b < 0x80 else (2, 4) if enc == "gb18030" else (2,)):
            if i + size > n:
                continue
            try:
                ch = line[i:i + size].decode(enc)
            except UnicodeDecodeError:
                continue
            if len(ch) != 1:  # four bytes that are two or more characters: their own candidates
                continue
            if size == 1:
                lone = (enc == "big5" and 0x40 <= b <= 0x7E and prev is not None and "\u3400" <= prev <= "\u9fff")
                if lone and line[i - 1] == 0xA1 and (i + 1 == n or line[i + 1] >= 0x80 or line[i + 1] == 0x0D):
                    score = PUNCT_REMNANT  # also at the end of the line: 。 ends most lines
                elif lone and i + 1 < n and line[i + 1] >= 0x80:
                    score = LONE_LETTER
                else:
                    score = 0.5
            elif ch in common or (punct(ch) and not (prev and punct(prev))):  # a run of marks is no text
                score = 1.0
            elif (size == 2 and 0x40 <= line[i + 1] <= 0x7E and prev is not None and prev.isascii()
                  and prev.isalpha() and i + 2 < n and chr(line[i + 2]).isalpha() and line[i + 2] < 0x80):
                score = SWALLOWED
            elif "\ue000" <= ch <= "\uf8ff":
                score = PRIVATE
            else:
                score = 0.2
            if here + score > best[i + size]:
                best[i + size], back[i + size] = here + score, (i, ch)
    parts: list[str] = []
    dropped: list[int] = []
    at = n
    while at > 0:
        prev_at, ch = back[at]
        if ch is None:
            if not dropped or dropped[-1] != at:  # adjacent dropped bytes are one sequence
                dropped.append(prev_at)
            else:
                dropped[-1] = prev_at
        else:
            parts.append(ch)
        at = prev_at
    return "".join(reversed(parts)), sorted(dropped), best[n]


def resync(line: bytes, enc: str) -> tuple[str, list[int]]:
    """A damaged line of a double-byte encoding read in step: (text, dropped byte offsets)."""
    text, dropped, _ = segment(line, enc)
    return text, dropped


def legacy_line(line: bytes, enc: str, suspects: list[int] | None = None, at: int = 0) -> tuple[str, str, list[int]]:
    """One line in the legacy encoding, put back in step when damaged; or UTF-8 when no better.

    Where a repair wins, but by less than MARGIN, the line is kept as read and the place
    (`at` + its offset) goes to `suspects`: a warning, never a change. So does each
    private-use character of a line that no repair changes: GB18030 reads a lead byte and
    an ASCII letter (a byte put in before a word) as one, and real text almost never has
    them (none on the 172 clean pages of the damage matrix). On the clean pages of
    the damage matrix this flags one page in 172 (a placeholder X after a rare character,
    繫X發, reads like a stranded trail byte), and three in four silent Big5 damages.
    """
    text, bad = _decode(line, enc)
    # A lost or extra byte shows as a codec error, or (when the shifted pairs still
    # decode) as a run of rare or private-use characters, or as an absorbed byte.
    if bad or _misaligned(text):
        text, bad = resync(line, enc)
        if not bad and suspects is not None:  # read in step as it was, private-use characters and all
            suspects.extend(at + len(text[:m.start()].encode(enc, "replace")) for m in RE_PRIVATE.finditer(text))
    elif ABSORBED[enc].search(text):
        fixed, dropped, score = segment(line, enc)
        gain = score - segment(line, enc, 1e9)[2] if dropped else 0.0
        if gain >= MARGIN:
            text, bad = fixed, dropped
        elif gain >= SUSPECT and suspects is not None:
            suspects.extend(at + o for o in dropped)
    if not bad:
        return enc, text, bad
    text8, bad8 = _decode(line, "utf-8")
    # Where the legacy reading is no better, dropping the bytes invents nothing; on a tie
    # the file's own encoding wins (an ASCII line with one stray byte is no UTF-8 line).
    return (enc, text, bad) if len(bad) <= len(bad8) else ("utf-8", text8, bad8)


def char_class(codes: Iterable[int]) -> str:
    """Ascending code points as the inside of a regex character class, runs as ranges (`一-龥`)."""
    ranges: list[str] = []
    start = prev = None
    for cp in [*codes, None]:
        if cp is None or prev is None or cp != prev + 1:
            if start is not None and prev is not None:
                ranges.append(f"{chr(start)}-{chr(prev)}" if prev > start else chr(start))
            start = cp
        prev = cp
    return "".join(ranges)


def _misaligned(text: str) -> bool:
    """Private-use characters, or RARE_RUN ideographs in a row none of which is common.

    Shifted byte pairs decode to characters spread over the whole code table: private use
    and rare ideographs. In real text the ~700 most common characters are over half of
    all, so 12 in a row without one happens about once in 60,000 characters (and then the
    resynchronisation finds nothing to change: it only costs time); a garbled stretch, where
    about one character in ten is common, does it at once. A shorter stretch that ends
    without a codec error is left to ABSORBED.
    """
    global _rare_run
    if _rare_run is None:
        common = _common_chars()  # the ideographs U+3400-U+9FFF that are not common
        rare = char_class(cp for cp in range(0x3400, 0xA000) if chr(cp) not in common)
        _rare_run = rx.compile(f"[{rare}]{{{RARE_RUN},}}")
    return RE_PRIVATE.search(text) is not None or _rare_run.search(text) is not None


def _pairs(enc: str, leads: range, trails: list[int]) -> list[str]:
    """What each byte pair reads as in `enc` (one decode, a newline between pairs keeps an
    invalid pair from shifting the rest): one character, or U+FFFD."""
    pairs = b"\n".join(bytes((lead, trail)) for lead in leads for trail in trails)
    return pairs.decode(enc, "replace").split("\n")


@lru_cache(maxsize=1)
def _everyday() -> frozenset[str]:
    """GB2312 (levels 1 and 2) and Big5's frequently used characters (A440-C67E): the two
    national sets of everyday characters, as Python's codecs have them."""
    chars = set(_pairs("gb2312", range(0xA1, 0xF8), list(range(0xA1, 0xFF))))
    trails = [*range(0x40, 0x7F), *range(0xA1, 0xFF)]
    big5 = _pairs("big5", range(0xA4, 0xC7), trails)  # A440 up to C67E, where the set ends
    return frozenset(chars | set(big5[: (0xC6 - 0xA4) * len(trails) + trails.index(0x7E) + 1]))


def rare_letters(enc: str) -> re.Pattern[str]:
    """The letters (ideographs, bopomofo, kana: Unicode category L, and the CJK radicals) that a
    byte pair of `enc` reads as and that are in neither everyday set: what a byte out of step
    makes of the text. Punctuation and symbols are left out (a bullet is common in web text
    and in no set). Built from the codecs' own tables."""
    if enc not in _rare_letters:
        gb = enc == "gb18030"
        trails = [*range(0x40, 0x7F), *range(0x80 if gb else 0xA1, 0xFF)]
        everyday = _everyday()
        codes = sorted({ord(ch) for ch in _pairs(enc, range(0x81 if gb else 0xA1, 0xFF), trails)
                        if len(ch) == 1 and ch not in everyday
                        and (unicodedata.category(ch)[0] == "L" or "\u2e80" <= ch <= "\u2fdf")})
        _rare_letters[enc] = rx.compile(f"[{char_class(codes)}]")
    return _rare_letters[enc]


def stray_rare(lines: list[tuple[int, str]], enc: str) -> list[int]:
    """Byte offsets of rare letters that may be a damaged byte read as a valid character.

    `lines`: (byte offset, text) of the lines read strictly in `enc`. A letter outside both
    everyday sets (`rare_letters`), found once in the file, on a page otherwise within them
    (RARE_GATE), and followed at once by a byte a double-byte character can end with (ASCII
    0x40-0x7E): a lead byte that lost its partner pairs with the next byte, and the pair
    after ends on a stranded trail byte or swallows a letter. On the 4,920 cases of the
    damage matrix this finds 49 of the 286 damages that decode without a codec error, and
    never a place elsewhere; it flags no clean page. Telling the rest from real text (a
    common character and a stranded capital, 池U for 各) needs more than this: real text has
    A級 and 阿Q.
    """
    pattern = rare_letters(enc)
    hits: list[tuple[int, int, int]] = []  # (position in all the lines, line, position in the line)
    at = 0
    for k, (_, text) in enumerate(lines):
        hits += [(at + m.start(), k, m.start()) for m in pattern.finditer(text)]
        at += len(text) + 1
    count = Counter(lines[k][1][p] for _, k, p in hits)
    per_page = Counter(g // RARE_WINDOW for g, _, _ in hits)
    out = []
    for g, k, p in hits:
        start, text = lines[k]
        after = text[p + 1:p + 2]
        if count[text[p]] == 1 and per_page[g // RARE_WINDOW] <= RARE_GATE and "\x40" <= after <= "\x7e":
            out.append(start + len(text[:p].encode(enc)))
    return out


# A lone ASCII byte that a double-byte character can end with (0x40-0x7E), right after a wide
# character and before another wide character or the line's end (see stray_letter).
RE_LONE = Lazy("(?<=[^\\x00-\\x7f])[\\x40-\\x7e](?=[^\\x00-\\x7f]|[\\s,.;:!?<&)~]|$)")
BRACKETS = {"[": "]", "{": "}", "]": "[", "}": "{"}
QUOTES = frozenset("‘’“”")  # real text puts them against Latin letters: Alice’s, “I’ve


def stray_letter(lines: list[tuple[int, str]], enc: str) -> list[int]:
    """Byte offsets of a wide character and lone letter that may be one character out of step.

    `lines` as for `stray_rare`. A lead byte that lost its partner (or a stray byte) pairs
    with the next character's lead byte, and that character's trail byte, when it is ASCII,
    is left standing as a letter: 代 (A5 4E) after a lost byte reads 郊N. The evidence, all of
    it needed: a letter alone after a wide character, before another, the line's end, or ASCII
    punctuation or space (real text has such letters: X市长, A股, 阿Q; a letter or digit after
    it makes a word: A4, G15); the character before it is not a common one nor a quotation
    mark (Alice’s), and ends on a lead-range byte (the pair of two lead bytes, or of a lead
    and a stray one; 劣 ends on an ASCII H); re-pairing the letter with either of that
    character's bytes reads a common character (郊N -> 代; in GB18030, an everyday one), or,
    when the character before is outside GB2312's level 1 (few texts use it) and the letter no
    tilde (喔~ drags a syllable), one of level 1; the letter stands alone nowhere else in the
    file (X as a placeholder is everywhere); and it is no bracket closed on its line (叭[口迷]).
    On the damage matrix this finds 112 of the 236 damages that decoded without a codec error
    or a note, and no place on the 245 clean files of `python -m tests.fuzz.clean` (without
    the common-character test: 5, 中G一期, 在n年前; without the tilde test: 1, 喔~).
    """
    return [at for at, missing in letter_evidence(lines, enc) if not missing]


def letter_evidence(lines: list[tuple[int, str]], enc: str) -> list[tuple[int, str]]:
    """Each lone letter after a wide character (see `stray_letter`): the byte offset of that
    character, and which evidence is missing ('' when there is all of it)."""
    common = _common_chars()
    # In GB18030 a pair that ends on an ASCII byte is in GBK's extension area (no GB2312 character
    # is), so one that reads an everyday character (a Traditional one) is evidence; in Big5 every
    # frequent character from A440 to C67E has a pair like that, so there it takes a common one.
    in_step = common | _everyday() if enc == "gb18030" else common
    hits = [(k, m.start()) for k, (_, text) in enumerate(lines) for m in RE_LONE.finditer(text)]
    count = Counter(lines[k][1][p] for k, p in hits)
    out = []
    for k, p in hits:
        start, text = lines[k]
        letter, before = text[p], text[p - 1]
        pair = before.encode(enc, "replace")
        if count[letter] > 1:
            missing = "the letter stands alone elsewhere in the file"
        elif before in common:
            missing = "a common character before the letter"
        elif before in QUOTES:
            missing = "a quotation mark before the letter"
        elif _closed(text, p):
            missing = "a bracket closed on its line"
        elif len(pair) != 2 or pair[1] < 0x80:
            missing = "the character before ends on no lead-range byte"
        else:
            again = [bytes((b, ord(letter))).decode(enc, "replace") for b in pair]
            level_one = _level_one()
            if any(ch in in_step for ch in again):
                missing = ""
            elif letter != "~" and before not in level_one and any(ch in level_one for ch in again):
                missing = ""  # a character few texts use, where the text in step has an everyday one
            else:
                missing = "no common character in step"
        out.append((start + len(text[:p - 1].encode(enc)), missing))
    return out


@lru_cache(maxsize=1)
def _level_one() -> frozenset[str]:
    """GB2312's level 1 (B0A1-D7F9: the 3,755 characters of everyday use, ~99.7 % of running
    text) and their Traditional forms: outside it, a character is one few texts use."""
    from opencc import OpenCC

    chars = "".join(ch for ch in _pairs("gb2312", range(0xB0, 0xD8), list(range(0xA1, 0xFF))) if len(ch) == 1)
    chars = chars.replace("\ufffd", "")  # the five codes after D7F9
    return frozenset(chars) | frozenset(OpenCC("s2t").convert(chars))


def _closed(text: str, p: int) -> bool:
    """Is the bracket at `p` closed (or opened) on its line: a bracket, not a stray byte?"""
    partner = BRACKETS.get(text[p])
    if partner is None:
        return False
    return partner in (text[p + 1:] if text[p] in "[{" else text[:p])


# HZ (RFC 1843): GB2312 in 7-bit ASCII between `~{` and `~}`, as Usenet and old email sent
# Chinese. It is valid ASCII, so the UTF-8 reading accepted it and gave `~{M,V>CG#~}` noise
# (or, with commas in it, "unsupported: CSV"). A shifted run: GB2312 rows 0x21-0x77, bytes 0x21-0x7E.
RE_HZ_RUN = rx.compile(b"~\\{(?:[\\x21-\\x77][\\x21-\\x7e])+~\\}")
HZ_MIN_CHARS = 4  # four ideographs at least: one run of two letter pairs can be chance (`~{ab~}`)
HZ_MIN_COMMON = 0.2  # real text is 30-60 % common characters; letters read as GB2312 pairs ~2 %


def is_hz(data: bytes) -> bool:
    """Is this ASCII text HZ-encoded Chinese? Its shifted runs (in the first 64 KB) must decode
    to enough Chinese, mostly common characters (chance pairs of ASCII letters read as rare ones)."""
    if b"~{" not in data or not data.isascii():
        return False
    runs = RE_HZ_RUN.findall(data[:65536])
    text = "".join(r.decode("hz", "replace") for r in runs)
    wide = [c for c in text if c > "\x7f" and c != "\ufffd"]
    return len(wide) >= HZ_MIN_CHARS and sum(c in _common_chars() for c in wide) >= HZ_MIN_COMMON * len(wide)


# what charset-normalizer may call a Chinese file (our own legacy codecs and their aliases, and Unicode)
CHINESE_CODECS = {*LEGACY, *ALIASES, "utf_8", "utf_16", "utf_16_le", "utf_16_be", "utf_32", "ascii"}


def foreign_hint(data: bytes) -> str | None:
    """'it looks like Japanese text (cp932)' for a file refused as not Chinese, when
    charset-normalizer names another encoding and a language for it; None when it cannot tell.
    Asked only on that error path, over the first 64 KB."""
    from charset_normalizer import from_bytes

    best = from_bytes(data[:65536]).best()
    if best is None or best.encoding in CHINESE_CODECS or best.chaos > 0.1 or best.language in ("", "Unknown"):
        return None
    return f"it looks like {best.language} text ({best.encoding}), which docclean does not read"

