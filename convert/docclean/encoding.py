"""Bytes -> text for scraped Chinese files in whatever encoding they came in.

Order: BOM; strict UTF-8; then the encodings Chinese text really uses (GB18030 family,
Big5, UTF-16 without BOM), each decoded strictly and scored by how much of the result is
common Chinese characters. charset-normalizer's restricted guess breaks ties and covers
long texts; restricting it matters because unrestricted it calls short GBK text cp949 or
cp874. GB2312/GBK are always decoded as GB18030: Python's gb2312 codec rejects GBK-only
characters and maps some punctuation differently.
"""

from __future__ import annotations

import codecs
import re
from dataclasses import dataclass

from .errors import BinaryInputError, DecodeError, InputError
from .tables import CJK

RE_TEXTY = re.compile(f"[\\x20-\\x7e\\n\\r\\t{CJK}]")

BOMS = (
    (codecs.BOM_UTF32_LE, "utf-32-le", "utf-32"),
    (codecs.BOM_UTF32_BE, "utf-32-be", "utf-32"),
    (codecs.BOM_UTF8, "utf-8", "utf-8-sig"),
    (codecs.BOM_UTF16_LE, "utf-16-le", "utf-16"),
    (codecs.BOM_UTF16_BE, "utf-16-be", "utf-16"),
)
CANDIDATES = ("gb18030", "big5", "utf-16-le", "utf-16-be")
ALIASES = {"gb2312": "gb18030", "gbk": "gb18030", "cp936": "gb18030", "hz": "gb18030",
           "big5hkscs": "big5", "cp950": "big5", "utf_16_le": "utf-16-le", "utf_16_be": "utf-16-be"}
SAMPLE = 256 * 1024  # enough to choose; the whole file is then decoded strictly

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


@dataclass(frozen=True, slots=True)
class Decoded:
    text: str
    encoding: str
    dropped_bytes: int = 0  # undecodable bytes skipped (reported, never silently)


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


def _strict(data: bytes, enc: str) -> str | None:
    try:
        return data.decode(enc)
    except (UnicodeDecodeError, LookupError):
        return None


def _looks_binary(data: bytes) -> bool:
    """File signatures, NUL bytes that are not UTF-16 text, or many control bytes."""
    if data.startswith(BINARY_MAGIC):
        return True
    head = data[:4096]
    if 0 in head:
        for enc in ("utf-16-le", "utf-16-be"):
            text = head[: len(head) // 2 * 2].decode(enc, errors="replace")
            texty = len(RE_TEXTY.findall(text))
            if text.count("\ufffd") <= 2 and texty >= 0.9 * len(text):
                return False
        return True
    controls = sum(1 for b in head if b < 9 or (13 < b < 32 and b != 27))
    return controls > len(head) // 20


def _guess(sample: bytes) -> str | None:
    """charset-normalizer's best guess among the Chinese encodings, or None."""
    from charset_normalizer import from_bytes

    best = from_bytes(sample, cp_isolation=["gb18030", "big5", "utf_16_le", "utf_16_be"]).best()
    if best is None:
        return None
    return ALIASES.get(best.encoding, best.encoding)


def decode(data: bytes, path: object = "<bytes>") -> Decoded:
    """Decode a file's bytes; raise a typed error naming `path` when it is not text."""
    if not data.strip():
        raise InputError(path, "the file is empty")
    for bom, name, codec in BOMS:
        if data.startswith(bom):
            text = _strict(data, codec)
            if text is None:
                raise DecodeError(path, f"starts with a {name} byte-order mark but is not valid {name}")
            return Decoded(text.lstrip("\ufeff"), name)
    text = _strict(data, "utf-8")
    if text is not None and "\x00" not in text:
        if _looks_binary(data):
            raise BinaryInputError(path, "binary data, not a text document")
        return Decoded(text, "utf-8")
    if _looks_binary(data):
        raise BinaryInputError(path, "binary data, not a text document")

    sample = data[:SAMPLE]
    # Cut the sample at a newline so no multi-byte character is split.
    if len(data) > SAMPLE and b"\n" in sample[-4096:]:
        sample = sample[: sample.rindex(b"\n") + 1]
    # Score each candidate that reads the sample with at most a trace of errors; ties go to
    # the first candidate (GB18030). charset-normalizer's pick wins near-ties on longer text.
    scored: dict[str, float] = {}
    for enc in CANDIDATES:
        if enc.startswith("utf-16") and len(sample) % 2:
            continue
        decoded = sample.decode(enc, errors="replace")
        bad = decoded.count("\ufffd")
        if bad <= max(1, len(sample) // 2000):
            scored[enc] = chinese_score(decoded) - bad / max(1, len(decoded))
    if not scored:
        raise DecodeError(path, "not UTF-8, GB18030, Big5 or UTF-16 text (no candidate encoding reads it)")
    best = max(scored, key=lambda e: scored[e])
    if len(sample) >= 400:
        guess = _guess(sample)
        if guess in scored and scored[guess] >= scored[best] - 0.05:
            best = guess
    text = _strict(data, best)
    if text is not None:
        return Decoded(text, best)
    return _lenient(data, best, path)


def _lenient(data: bytes, enc: str, path: object) -> Decoded:
    """Decode dropping the few bytes that do not fit; refuse when that is more than a trace."""
    text = data.decode(enc, errors="replace")
    bad = text.count("\ufffd")
    if bad > max(8, len(data) // 1000):
        raise DecodeError(path, f"{bad} undecodable byte sequences as {enc}: not a supported text encoding")
    return Decoded(text.replace("\ufffd", ""), enc, bad)
