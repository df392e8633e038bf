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
from dataclasses import dataclass

from .errors import BinaryInputError, DecodeError, InputError

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
    "的一是不了人我在有他这为之大来以个中上们到说国和地也子时道出而要于就下得可你年生自会那后能"
    "对着事其里所去行过家十用发天如然作方成者多日都三小军二无同么经法当起与好看学进种将还分此心"
    "前面又定见只主没公从知使全本工已两些开把新现意动应体部政加关问制机力点理实发展经济社会党国"
    "家工作建设市县区省全面推进要求重点项目企业管理服务改革提高加强发展会议领导干部群众文件通知"
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
    wide = [c for c in text if ord(c) > 0x7F]
    if not wide:
        return 0.0
    return sum(c in common for c in wide) / len(wide)


def _strict(data: bytes, enc: str) -> str | None:
    try:
        return data.decode(enc)
    except (UnicodeDecodeError, LookupError):
        return None


def _looks_binary(data: bytes) -> bool:
    if data.startswith(BINARY_MAGIC):
        return True
    head = data[:4096]
    # NULs are normal only in UTF-16/32; text in those has them in a regular pattern.
    nul = head.count(0)
    if nul and nul > len(head) // 3:
        even, odd = head[0::2].count(0), head[1::2].count(0)
        if min(even, odd) > max(even, odd) // 4:
            return True
    controls = sum(1 for b in head if b < 9 or 13 < b < 32 and b != 27)
    return controls > len(head) // 10 and nul == 0


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
    if text is not None:
        if "\x00" in text and _looks_binary(data):
            raise BinaryInputError(path, "binary data (NUL bytes), not a text document")
        return Decoded(text, "utf-8")
    if _looks_binary(data):
        raise BinaryInputError(path, "binary data, not a text document")

    sample = data[:SAMPLE]
    # Cut the sample at a newline so no multi-byte character is split.
    if len(data) > SAMPLE and b"\n" in sample[-4096:]:
        sample = sample[: sample.rindex(b"\n") + 1]
    scored: list[tuple[float, str]] = []
    for enc in CANDIDATES:
        if enc.startswith("utf-16") and len(sample) % 2:
            continue
        decoded = _strict(sample, enc)
        if decoded is not None:
            scored.append((chinese_score(decoded), enc))
    guess = _guess(sample)
    if scored:
        # Prefer charset-normalizer's pick unless another candidate reads clearly more like Chinese.
        scored.sort(reverse=True)
        best_score, best = scored[0]
        by_enc = dict((e, s) for s, e in scored)
        if guess in by_enc and by_enc[guess] >= best_score - 0.05:
            best = guess
        text = _strict(data, best)
        if text is not None:
            return Decoded(text, best)
        return _lenient(data, best, path)
    if guess:
        return _lenient(data, guess, path)
    raise DecodeError(path, "not UTF-8, GB18030, Big5 or UTF-16 text (no candidate encoding reads it)")


def _lenient(data: bytes, enc: str, path: object) -> Decoded:
    """Decode dropping the few bytes that do not fit; refuse when that is more than a trace."""
    text = data.decode(enc, errors="replace")
    bad = text.count("\ufffd")
    if bad > max(8, len(data) // 1000):
        raise DecodeError(path, f"{bad} undecodable byte sequences as {enc}: not a supported text encoding")
    return Decoded(text.replace("\ufffd", ""), enc, bad)
