"""Bytes -> text for scraped Chinese files in whatever encoding they came in, degrading gracefully.

Order, and why:
1. A byte-order mark decides (UTF-8/16/32), damage inside is dropped and reported.
2. File signatures (PNG, ZIP, ...) and control bytes mean binary; NUL bytes alone do not.
3. UTF-16 without a BOM only from the NUL pattern UTF-16 text really has: every ASCII code
   unit (each newline at least) has a zero high byte, so the zeros sit on one byte parity.
4. Strict UTF-8, after dropping stray NUL bytes (reported).
5. Otherwise line by line: a line that is UTF-8 with a few bad sequences stays UTF-8 (bad
   sequences dropped with Python's codec error handler, which also gives their offsets);
   the other lines are read in the one legacy encoding (GB18030 or Big5) that makes the
   most common Chinese of them, so a half-UTF-8 half-GBK file is read as both.
Nothing is guessed from a handful of bytes: GB2312/GBK are always decoded as GB18030
(Python's gb2312 codec rejects GBK-only characters) and every decision that is not the
plain one becomes a warning (`--report`, stderr).
"""

from __future__ import annotations

import bisect
import codecs
import re
import threading
from dataclasses import dataclass, replace

from .cache import rx
from .errors import BinaryInputError, DecodeError, InputError
from .tables import CJK, RE_CJK_CHAR, Lazy

RE_TEXTY = Lazy(f"[\\x20-\\x7e\\n\\r\\t{CJK}]")  # for judging legacy decodings only

BOMS = (
    (codecs.BOM_UTF32_LE, "utf-32-le"),
    (codecs.BOM_UTF32_BE, "utf-32-be"),
    (codecs.BOM_UTF8, "utf-8"),
    (codecs.BOM_UTF16_LE, "utf-16-le"),
    (codecs.BOM_UTF16_BE, "utf-16-be"),
)
LEGACY = ("gb18030", "big5")
ALIASES = {"gb2312": "gb18030", "gbk": "gb18030", "cp936": "gb18030", "hz": "gb18030",
           "big5hkscs": "big5", "cp950": "big5"}
SAMPLE = 256 * 1024  # enough to choose the legacy encoding; every line is then decoded
MAX_OFFSETS = 10  # byte offsets listed in a warning (the count is always exact)

# The most frequent Chinese characters in running text (Simplified). Real Chinese text is
# ~50% these; a wrong decoding (GBK read as Big5 or the reverse, UTF-16 in the wrong byte
# order) yields almost none of them. Their Traditional forms are added at first use.
COMMON = (
    "的一是在不了有和人这中大为上个国我以要他时来用们生到作地于出就分对成会可主发年动同工也能下过子说"
    "产种面而方后多定行学法所民得经十三之进着等部度家电力里如水化高自二理起小物现实加量都两体制机当使"
    "点从业本去把性好应开它合还因由其些然前外天政四日那社义事平形相全表间样与关各重新线内数正心反你明"
    "看原又么利比或但质气第向道命此变条只没结解问意建月公无系军很情者最立代想已通并提直题党程展五果料"
    "象员革位入常文总次品式活设及管特件长求老头基资边流路级少图山统接知较将组见计别她手角期根论运农指"
    "几九区强放决西被干做必战先回则任取据处队南给色光门即保治北造百规热领七海口东导器压志世金增争济阶"
    "油思术极交受联什认六共权收证改清己美再采转更单风切打白教速花带安场身车例真务具万每目至达走积示议"
    "声报斗完类八离华名确才科张信马节话米整空元况今集温传土许步群广石记需段研界拉林律叫且究观越织装影"
    "算低持音众书布复容儿须际商非验连断深难近矿千周委素技备半办青省列习响约支般史感劳便团往酸历市克何"
    "除消构府称太准精值号率族维划选标写存候毛亲快效斯院查江型眼王按格养易置派层片始却专状育厂京识适属"
    "圆包火住调满县局照参红细引听该铁价严龙飞讲"
)
_common: frozenset[str] | None = None

# File signatures of binary formats people drop into a text corpus by mistake.
BINARY_MAGIC = (b"\x89PNG", b"\xff\xd8\xff", b"GIF8", b"PK\x03\x04", b"\x7fELF", b"MZ", b"Rar!",
                b"\x1f\x8b", b"7z\xbc\xaf", b"\xd0\xcf\x11\xe0", b"%PDF", b"BM", b"ID3", b"OggS")
# C0 control bytes text never holds (tab, newlines, form feed and ESC excluded), NUL included.
# Counted by deleting them with bytes.translate (one C pass): 1.7 us on 4 KB, where a regex's
# findall took 8 us on text and 25 us on binary data.
CONTROL_BYTES = bytes([*range(0x00, 0x09), *range(0x0E, 0x1B), *range(0x1C, 0x20)])


@dataclass(frozen=True, slots=True)
class Decoded:
    text: str
    encoding: str  # 'utf-8', 'gb18030', ...; 'utf-8+gb18030' for a file of mixed lines
    dropped_bytes: int = 0  # undecodable byte sequences dropped (reported, never silently)
    bad_offsets: tuple[int, ...] = ()  # byte offsets of the first MAX_OFFSETS of them
    nul_bytes: int = 0  # NUL bytes dropped from 8-bit text
    warnings: tuple[str, ...] = ()


def _common_chars() -> frozenset[str]:
    global _common
    if _common is None:
        chars = set(COMMON)
        try:
            from opencc import OpenCC
            chars |= set(OpenCC("s2t").convert(COMMON))
        except ImportError:  # pragma: no cover - opencc is a hard dependency
            pass
        _common = frozenset(chars)
    return _common


def chinese_score(text: str) -> float:
    """Share of characters that are frequent Chinese ones, counting only non-ASCII text."""
    common = _common_chars()
    wide = [c for c in text[:20000] if ord(c) > 0x7F]
    if not wide:
        return 0.0
    return sum(c in common for c in wide) / len(wide)


# Python's codec error handlers give each undecodable sequence (the maximal invalid subpart,
# as Unicode recommends) with its offsets; this one drops it and remembers where it was.
_sink = threading.local()


def _record(exc: UnicodeError) -> tuple[str, int]:
    if not isinstance(exc, UnicodeDecodeError):
        raise exc
    _sink.offsets.append(exc.start)
    return "", exc.end


codecs.register_error("docclean-drop", _record)


def _decode(data: bytes, enc: str) -> tuple[str, list[int]]:
    """`data` decoded with every bad sequence dropped, and the offsets of those sequences."""
    _sink.offsets = []
    text = data.decode(enc, "docclean-drop")
    return text, _sink.offsets


def _texty(text: str) -> float:
    return len(RE_TEXTY.findall(text)) / max(1, len(text))


def _utf16_order(data: bytes) -> str | None:
    """'utf-16-le'/'utf-16-be' when the NUL bytes sit where UTF-16 text puts them, else None.

    ASCII code units (newlines at least) have a zero high byte: odd offsets in LE, even in
    BE. A zero low byte means a character U+xx00 (one in 256), so the other parity has
    fewer. The decoded text must then read as text (with a trace of damage).
    """
    even, odd = data[0::2].count(0), data[1::2].count(0)
    for enc, major, minor in (("utf-16-le", odd, even), ("utf-16-be", even, odd)):
        if major >= 2 and minor < major:
            text, bad = _decode(data[: len(data) // 2 * 2], enc)
            if len(bad) <= len(text) // 100 and _texty(text) >= 0.9:
                return enc
    return None


def _looks_binary(data: bytes) -> bool:
    """A binary file signature, or control bytes no text has (over 5 % of the first 4 KB).

    The 5 % is slack for damage: a page with a few stray NULs or control bytes is text to
    be repaired, while executables, images and compressed data run far above it.
    """
    if data.startswith(BINARY_MAGIC):
        return True
    head = data[:4096]
    return len(head) - len(head.translate(None, CONTROL_BYTES)) > len(head) // 20


def _guess(sample: bytes) -> str | None:
    """charset-normalizer's best guess among the Chinese legacy encodings, or None."""
    from charset_normalizer import from_bytes

    best = from_bytes(sample, cp_isolation=list(LEGACY)).best()
    if best is None:
        return None
    return ALIASES.get(best.encoding, best.encoding)


def _legacy(sample: bytes) -> str:
    """GB18030 or Big5: the one whose reading has the most common Chinese, minus its damage.

    GB18030 reads almost any byte pair, so Big5 text read as GB18030 decodes without errors
    but into rare characters; the score tells them apart. Ties go to GB18030 (the common
    case); charset-normalizer's pick wins near-ties on longer text.
    """
    scored: dict[str, float] = {}
    for enc in LEGACY:
        text, bad = _decode(sample, enc)
        scored[enc] = chinese_score(text) - 5 * len(bad) / max(1, len(text))
    best = max(scored, key=lambda e: scored[e])
    if len(sample) >= 400:
        guess = _guess(sample)
        if guess in scored and scored[guess] >= scored[best] - 0.05:
            best = guess
    return best


def decode(data: bytes, path: object = "<bytes>") -> Decoded:
    """Decode a file's bytes; raise a typed error naming `path` when it is not text."""
    try:
        d, score = _decode_file(data, path)
    except DecodeError as exc:  # say what it is instead, when that is clear (Japanese, Korean, ...)
        hint = legacy.foreign_hint(data)
        if not hint:
            raise
        raise DecodeError(path, f"{exc.reason} ({hint})") from exc
    if d.encoding in LEGACY and score is not None and score < SUSPECT_SCORE:
        hint = legacy.foreign_hint(data)  # (charset-normalizer's second opinion, only for these few files)
        if hint:
            raise DecodeError(path, f"read as {d.encoding} it is not Chinese text ({hint})")
    return d


# A legacy reading this far from Chinese is asked about (`foreign_hint`): EUC-KR Hangul reads as
# valid GB2312 characters (대한민국 -> 措茄刮惫), 10-16 % of them common ones, past the 5 %
# that stops random bytes. Real Chinese text scores 42 % (三国演义, the lowest of 245 clean files)
# to 74 %, so a Chinese page reaches this only when very short or made of names.
SUSPECT_SCORE = 0.3
MIN_WIDE = 50  # characters a score is judged on


def _decode_file(data: bytes, path: object) -> tuple[Decoded, float | None]:
    """The checked reading and its `chinese_score` (see `_checked`)."""
    if not data.strip():
        raise InputError(path, "the file is empty" if not data else "the file is empty (only whitespace)")
    for bom, name in BOMS:
        if data.startswith(bom):
            text, bad = _decode(data[len(bom):], name)
            if bad and bom == codecs.BOM_UTF8:
                return _after_utf8_bom(data, path)
            nuls = text.count("\x00")  # U+0000 is valid in every UTF, but never text
            notes = (f"{nuls} NUL characters dropped",) if nuls else ()
            return _checked(_result(text.replace("\x00", ""), name, [o + len(bom) for o in bad], notes, nuls), path)
    padding = _padding(data)
    if padding:
        d, score = _checked(_body(data[: len(data) - padding], path), path)
        return replace(d, warnings=(f"{padding} NUL bytes of padding at the end dropped", *d.warnings),
                       nul_bytes=d.nul_bytes + padding), score
    return _checked(_body(data, path), path)


def _after_utf8_bom(data: bytes, path: object) -> tuple[Decoded, float | None]:
    """A UTF-8 byte-order mark before bytes that are not all UTF-8: a GBK page or a file of mixed
    lines that a tool put a BOM on (both were refused as damaged UTF-8). The rest is read as a
    file without a BOM, its three bytes read as three spaces so that every byte offset stays
    right; a BOM that names the wrong encoding is a warning (mixed lines have their own). The
    text without those spaces is checked, once."""
    d = _body(b"   " + data[len(codecs.BOM_UTF8):], path)
    text = d.text[3:] if d.text.startswith("   ") else d.text.lstrip(" ")
    notes = d.warnings if d.encoding.startswith("utf-8") else (
        f"a UTF-8 byte-order mark, but the text after it is {d.encoding}: read as {d.encoding}", *d.warnings)
    return _checked(replace(d, text=text, warnings=notes), path)


def _padding(data: bytes) -> int:
    """Trailing NUL bytes that are padding (a preallocated or crashed download), not text.

    Sixteen or more: a stray NUL or the zero bytes of a UTF-16/32 last character are fewer.
    What is kept is rounded up to whole UTF-32 code units, so a UTF-16/32 last character
    keeps its own zero bytes.
    """
    run = len(data) - len(data.rstrip(b"\x00"))
    if run < 16:
        return 0
    if 0 not in data[: len(data) - run]:  # 8-bit text: every trailing NUL goes
        return run
    keep = -(-(len(data) - run) // 4) * 4
    return len(data) - keep


def _body(data: bytes, path: object) -> Decoded:
    """Everything after the BOM and padding checks: UTF-32/16 by their NUL pattern, binary, 8-bit
    (not yet `_checked`)."""
    wide = _utf32_order(data)
    if wide:
        text, bad = _decode(data, wide)
        return _result(text, wide, bad, (f"no byte-order mark: read as {wide} from the pattern of its NUL bytes",))
    if _looks_binary(data) and not _utf16_order(data):
        raise BinaryInputError(path, "binary data, not a text document")
    if 0 in data:
        order = _utf16_order(data)
        if order:
            text, bad = _decode(data[: len(data) // 2 * 2], order)
            cut = [len(data) - 1] if len(data) % 2 else []
            return _result(text, order, bad + cut, (f"no byte-order mark: read as {order} from the "
                                                     "pattern of its NUL bytes",))
    return _eight_bit(data)


def _utf32_order(data: bytes) -> str | None:
    """'utf-32-le'/'utf-32-be' when every code unit has a zero top byte and a plane byte of at most
    0x10 (what every Unicode character has) and the text reads as text; else None."""
    n = len(data) // 4
    if len(data) % 4 or n < 2 or 0 not in data:  # (no NUL byte, no zero top byte: memchr, before the slices)
        return None
    for enc, top, plane in (("utf-32-le", data[3::4], data[2::4]), ("utf-32-be", data[0::4], data[1::4])):
        if top.count(0) == n and max(plane) <= 0x10:
            text, bad = _decode(data, enc)
            if not bad and _texty(text) >= 0.9:
                return enc
    return None


def _eight_bit(data: bytes) -> Decoded:
    """UTF-8 and the legacy encodings, line by line when the file is not clean UTF-8."""
    # (a one-byte `in` is memchr: most files hold no NUL and are spared the regex scan)
    nuls = [m.start() for m in re.finditer(b"\\x00", data)] if b"\x00" in data else []
    notes: list[str] = []
    if nuls:
        data = data.replace(b"\x00", b"")
        notes.append(f"{len(nuls)} NUL bytes dropped (at byte {_list(nuls)})")

    free = [p - i for i, p in enumerate(nuls)]  # where each NUL was, in the NUL-free bytes

    def orig(offsets: list[int]) -> list[int]:  # offsets in the NUL-free bytes -> in the file
        return [o + bisect.bisect_right(free, o) for o in offsets]

    # HZ is valid ASCII: ask before UTF-8 takes it as it stands (`~` alone first: memchr, where
    # the two-byte search steps through every byte)
    if b"~" in data and b"~{" in data and legacy.is_hz(data):
        text, bad = _decode(data, "hz")
        return _result(text, "hz-gb-2312", orig(bad), tuple(notes), len(nuls))
    try:
        return _result(data.decode("utf-8"), "utf-8", [], tuple(notes), len(nuls))
    except UnicodeDecodeError:
        pass
    lines = data.split(b"\n")
    starts = [0]
    for ln in lines:
        starts.append(starts[-1] + len(ln) + 1)
    verdicts: list[tuple[str, str, list[int]] | None] = []
    legacy_lines: list[int] = []
    maybe: list[int] = []  # valid UTF-8 lines of 2-byte characters only: legacy bytes, by chance?
    for i, ln in enumerate(lines):
        try:
            text = ln.decode("utf-8")
            verdicts.append(("utf-8", text, []))
            if not ln.isascii() and max(text) < "\u0800":
                maybe.append(i)
            continue
        except UnicodeDecodeError:
            pass
        if _utf8_evidence(ln):
            text, bad = _decode(ln, "utf-8")
            verdicts.append(("utf-8", text, bad))
        else:
            verdicts.append(None)
            legacy_lines.append(i)
    enc = "utf-8"
    suspects: list[int] = []  # byte offsets where a lost or extra byte may hide (text kept as read)
    if legacy_lines:
        enc = _legacy(b"\n".join(lines[i] for i in legacy_lines[:2000])[:SAMPLE])
        # A file whose other lines are UTF-8 (with 3-byte characters: no legacy text by chance)
        # holds damaged UTF-8 lines, not legacy ones, unless the legacy reading is the better Chinese.
        utf8_lines = sum(1 for v, ln in zip(verdicts, lines, strict=True)
                         if v and not v[2] and not ln.isascii() and max(v[1]) >= "\u0800")
        for i in legacy_lines:
            verdicts[i] = legacy.legacy_line(lines[i], enc, suspects, starts[i])
            if utf8_lines > 2 * len(legacy_lines):
                text8, bad8 = _decode(lines[i], "utf-8")
                if len(bad8) <= 2 and chinese_score(text8) >= chinese_score(verdicts[i][1]):
                    verdicts[i] = ("utf-8", text8, bad8)
        for i, v in enumerate(verdicts):  # damaged UTF-8 by the evidence, but strict legacy text?
            if v is not None and v[0] == "utf-8" and v[2]:
                text, bad = _decode(lines[i], enc)
                if not bad and chinese_score(text) > chinese_score(v[1]):
                    verdicts[i] = (enc, text, [])
        for i in maybe:
            text, bad = _decode(lines[i], enc)
            if not bad and _texty(text) == 1.0:  # all CJK/ASCII in the file's legacy encoding
                verdicts[i] = (enc, text, [])
    # ASCII lines read the same in every candidate: they do not make a file mixed.
    used = {v[0] for v, ln in zip(verdicts, lines, strict=True) if v and not ln.isascii()} or {"utf-8"}
    bad_all = [starts[i] + o for i, v in enumerate(verdicts) if v for o in v[2]]
    text = "\n".join(v[1] for v in verdicts if v is not None)
    name = "+".join(sorted(used, key=lambda e: e != "utf-8"))
    if legacy_lines:  # a rare letter where a byte may have gone astray, in lines read strictly (see legacy.py)
        strict = [(starts[i], v[1]) for i, v in enumerate(verdicts) if v and v[0] == enc and not v[2]]
        suspects = sorted({*suspects, *legacy.stray_rare(strict, enc), *legacy.stray_letter(strict, enc)})
    suspects = [o for o in suspects if not _repeated_private(data, o, enc, text)]
    if suspects:
        notes.append(f"{len(suspects)} places read as valid {enc} may hide a lost or extra byte (at byte "
                     f"{_list(orig(suspects))}): kept as read, check them")
    if len(used) > 1:
        numbers = [i + 1 for i, v in enumerate(verdicts) if v and v[0] == enc and not lines[i].isascii()]
        notes.append(f"mixed encodings: {len(numbers)} lines read as {enc} (lines {_list(numbers)}), "
                     "the rest as utf-8")
    return _result(text, name, orig(bad_all), tuple(notes), len(nuls))


def _repeated_private(data: bytes, at: int, enc: str, text: str) -> bool:
    """Is the character at byte `at` a private-use one the file uses more than once? Then it
    is a convention or a user-defined character (SogouCS's GBK dumps mark every paragraph with
    U+E40C), not the one-off trace of a stray byte that `legacy_line` reports."""
    for size in (2, 4):
        try:
            ch = data[at:at + size].decode(enc)
        except UnicodeDecodeError:
            continue
        return len(ch) == 1 and "\ue000" <= ch <= "\uf8ff" and text.count(ch) > 1
    return False


RE_WIDE = rx.compile("[^\\x00-\\x7f]")
RE_CJK_RUN_BYTES = rx.compile(b"(?:[\\xe3-\\xe9][\\x80-\\xbf]{2}){3}")  # three UTF-8 CJK characters


def _utf8_evidence(line: bytes) -> bool:
    """Is a line that is not valid UTF-8 still UTF-8, with damage?

    Legacy double-byte text read as UTF-8 forms a valid 2-byte character about once in
    twelve byte pairs and a 3-byte one about once in seventy, mostly outside CJK (Hangul,
    private use), so CJK characters count fully and others a quarter: a line with more
    evidence than bad sequences is UTF-8 with damage, not GBK or Big5. (Counted with the
    'replace' handler and regexes: this runs on every line of every legacy file.)
    """
    if not RE_CJK_RUN_BYTES.search(line):
        return False
    text = line.decode("utf-8", "replace")
    bad = text.count("\ufffd")
    cjk = len(RE_CJK_CHAR.findall(text))
    wide = len(RE_WIDE.findall(text)) - bad
    return cjk + 0.25 * (wide - cjk) > bad


def _list(numbers: list[int]) -> str:
    head = ", ".join(map(str, numbers[:MAX_OFFSETS]))
    return head + (f" and {len(numbers) - MAX_OFFSETS} more" if len(numbers) > MAX_OFFSETS else "")


def _result(text: str, enc: str, bad: list[int], notes: tuple[str, ...] = (), nuls: int = 0) -> Decoded:
    if bad:
        notes = (*notes, f"{len(bad)} undecodable byte sequences dropped ({enc}; at byte {_list(bad)})")
    return Decoded(text.lstrip("\ufeff"), enc, len(bad), tuple(bad[:MAX_OFFSETS]), nuls, notes)


def _checked(d: Decoded, path: object) -> tuple[Decoded, float | None]:
    """Refuse what is damaged beyond repair or is not Chinese text in any supported encoding;
    else `d` and its `chinese_score` (None when not judged: not a legacy or UTF-16 reading, or
    under MIN_WIDE characters), which `decode` reads again for a reading far from Chinese.

    More than 2 % of the text dropped would leave visible holes in the output: such a file
    is refused rather than published. A legacy reading whose characters are almost never
    common Chinese ones (under 5 %, where real text scores 30-60 %) is noise: GB18030
    decodes nearly any bytes, so this is what stops random bytes passing as text.
    """
    if not d.text.strip():
        raise InputError(path, "the file is empty (only whitespace)")
    if d.dropped_bytes > max(16, len(d.text) // 50):
        raise DecodeError(path, f"{d.dropped_bytes} undecodable byte sequences as {d.encoding}: "
                                "not text in a supported encoding, or damaged beyond repair")
    score = None
    if (d.encoding in LEGACY or d.encoding.startswith("utf-16")) \
            and sum(c > "\x7f" for c in d.text[:20000]) >= MIN_WIDE:
        score = chinese_score(d.text)
        if score < 0.05:
            raise DecodeError(path, f"read as {d.encoding} it is not Chinese text: not UTF-8, GB18030, "
                                    "Big5 or UTF-16 text")
    return d, score


# Last: `legacy` reads this module's names as it loads (imported here once, not on every call).
from . import legacy  # noqa: E402
