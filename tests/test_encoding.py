"""Decoding: BOMs, strict UTF-8, GB18030 vs Big5 vs UTF-16, binary and empty input."""

from __future__ import annotations

import codecs

import pytest
from docclean.encoding import decode
from docclean.errors import BinaryInputError, DecodeError, InputError

from tests.conftest import shared_path

TEXT = "在全县市考指标推进暨项目建设工作会议上的讲话\n同志们：今天召开会议，主要目的就是贯彻市上会议精神。\n"


@pytest.mark.parametrize(("data", "enc"), [
    (TEXT.encode("utf-8"), "utf-8"),
    (b"\xef\xbb\xbf" + TEXT.encode("utf-8"), "utf-8"),
    (TEXT.encode("utf-16"), "utf-16-le"),
    (TEXT.encode("gb18030"), "gb18030"),
    (TEXT.encode("utf-16-le"), "utf-16-le"),
    (TEXT.encode("utf-16-be"), "utf-16-be"),
])
def test_decodes(data, enc):
    d = decode(data)
    assert d.text == TEXT
    assert d.encoding == enc


def test_big5():
    trad = "在全縣市考指標推進暨項目建設工作會議上的講話\n同志們：今天召開會議，主要目的就是貫徹市上會議精神。\n"
    d = decode(trad.encode("big5"))
    assert (d.text, d.encoding) == (trad, "big5")


@pytest.mark.parametrize("short", ["你好", "同志们：", "会议纪要", "中文", "讲话稿"])
def test_short_gbk_is_not_misread(short):
    # charset-normalizer alone calls these Big5 or cp949.
    assert decode(short.encode("gb18030")).text == short


def test_gbk_only_characters_and_punctuation():
    text = "亸珰铏·——“引号”…"
    assert decode(text.encode("gb18030")).text == text


@pytest.mark.parametrize("data", [b"", b"   \n\n"])
def test_empty(data):
    with pytest.raises(InputError, match="empty"):
        decode(data, "x.txt")


@pytest.mark.parametrize("data", [b"\x89PNG\r\n\x1a\n" + bytes(range(256)) * 4, bytes(range(256)) * 16,
                                  b"\x00\x01\x02\x03" * 500])
def test_binary(data):
    with pytest.raises(BinaryInputError, match=r"x\.bin: binary"):
        decode(data, "x.bin")


def test_truncated_multibyte_tail_is_dropped_and_counted():
    data = TEXT.encode("gb18030") + "尾".encode("gb18030")[:1]
    d = decode(data)
    assert d.text.startswith(TEXT) and "\ufffd" not in d.text
    assert d.dropped_bytes == 1


@pytest.mark.parametrize("folder,enc", [("GB2312", "gb18030"), ("Big5", "big5")])
def test_chardet_chinese_corpus(folder, enc):
    root = shared_path("corpus", "encodings", folder)
    files = sorted(root.iterdir())
    assert files
    for p in files:
        data = p.read_bytes()
        d = decode(data, p)
        assert d.encoding == enc, p.name
        assert d.text == data.decode(enc), p.name


# --- damaged, misnamed and mixed input (issue 11) ------------------------------------------

from opencc import OpenCC  # noqa: E402
from rapidfuzz.distance import LCSseq  # noqa: E402

from tests.conftest import SAMPLES  # noqa: E402

SEED = (SAMPLES / "raw" / "001_24bec596c64ccf90.txt").read_text(encoding="utf-8")


def _seed(enc: str) -> str:
    text = OpenCC("s2t").convert(SEED) if enc == "big5" else SEED
    return text.encode(enc, errors="ignore").decode(enc)


def _damaged(text: str, enc: str, how: str) -> tuple[bytes, str]:
    """(damaged bytes, the text they should still give)."""
    data = text.encode(enc)
    mid = len(text) // 2
    k = next(i for i in range(mid, len(text)) if ord(text[i]) > 0x7F)  # a wide character
    head, char, tail = text[:k].encode(enc), text[k].encode(enc), text[k + 1:].encode(enc)
    if how == "nul":
        return head + b"\x00" + char + tail, text
    if how in ("ff", "x80"):
        return head + (b"\xff" if how == "ff" else b"\x80") + char + tail, text
    if how == "broken":  # one character loses its last byte
        return head + char[:-1] + tail, text[:k] + text[k + 1:]
    body = text.rstrip()
    last = max(i for i, c in enumerate(body) if ord(c) > 0x7F)
    cut = body[:last].encode(enc) + body[last].encode(enc)[:1]
    assert data  # the whole text encodes
    return cut + (b"\n" if how == "cut-nl" else b""), body[:last] + body[last + 1:]


@pytest.mark.parametrize("how", ["nul", "ff", "x80", "broken", "cut", "cut-nl"])
@pytest.mark.parametrize("enc", ["utf-8", "gb18030", "big5"])
def test_lightly_damaged_page_is_read_with_a_warning(enc: str, how: str):
    text = _seed(enc)
    data, want = _damaged(text, enc, how)
    d = decode(data, "page.txt")
    assert d.encoding == enc
    assert LCSseq.similarity(want, d.text) / len(want) >= 0.99
    if enc == "big5" and how == "broken":
        # Big5 trail bytes include ASCII letters: the orphaned lead byte pairs with the next
        # character into another valid one and the reading is back in step at once. Two
        # characters change and no byte is invalid, so there is nothing to report.
        return
    assert d.warnings, "the damage must be reported"
    if how != "nul":
        assert d.dropped_bytes >= 1 and d.bad_offsets


def test_bad_sequences_are_reported_with_their_byte_offsets():
    data = "第一行正文。\n第二行".encode() + b"\xff" + "正文。\n".encode()
    d = decode(data)
    assert d.text == "第一行正文。\n第二行正文。\n"
    at = data.index(b"\xff")
    assert d.bad_offsets == (at,)
    assert any(f"at byte {at}" in w for w in d.warnings)


def test_nul_bytes_are_dropped_and_counted():
    data = "同志们：今天开会。".encode() + b"\x00\x00" + "会议很重要。".encode()
    d = decode(data)
    assert d.text == "同志们：今天开会。会议很重要。" and d.nul_bytes == 2 and d.encoding == "utf-8"
    assert any("2 NUL bytes" in w for w in d.warnings)


def test_utf8_with_nul_bytes_on_one_parity_is_not_utf16():
    text = _seed("utf-8")
    data = bytearray(text.encode())
    for at in (100, 300, 500, 700):  # even offsets: a UTF-16-BE-looking pattern, but not UTF-16 text
        data.insert(at, 0)
    d = decode(bytes(data))
    assert d.encoding == "utf-8" and LCSseq.similarity(text, d.text) / len(text) >= 0.99


def test_gbk_with_stray_ff_bytes_stays_gbk():
    text = _seed("gb18030")
    data = text.encode("gb18030")
    data = data[:1000] + b"\xff" + data[1000:2000] + b"\xff" + data[2000:]
    d = decode(data)
    assert d.encoding == "gb18030" and LCSseq.similarity(text, d.text) / len(text) >= 0.99


def test_mixed_file_is_decoded_line_by_line():
    lines = ["第一段用UTF-8保存。", "第二段是GBK编码的内容。", "第三段又是UTF-8。"]
    data = (lines[0] + "\n").encode() + (lines[1] + "\n").encode("gb18030") + (lines[2] + "\n").encode()
    d = decode(data)
    assert d.text == "\n".join(lines) + "\n"
    assert d.encoding == "utf-8+gb18030"
    assert any("lines 2" in w and "gb18030" in w for w in d.warnings)


def test_utf16_needs_a_bom_or_its_nul_pattern():
    text = _seed("utf-8")
    assert decode(text.encode("utf-16-le")).encoding == "utf-16-le"
    # a UTF-8 page with an odd number of bytes after damage is never read as UTF-16
    damaged = text.encode()[:-1]
    assert decode(damaged).encoding == "utf-8"


def test_whitespace_only_is_empty():
    for data in (b" \n\t\n", "\u3000\u3000\n".encode(), "\ufeff  \n".encode()):
        with pytest.raises(InputError, match="empty"):
            decode(data, "blank.txt")


def test_random_high_bytes_are_not_taken_for_chinese():
    import random

    rng = random.Random(7)
    data = bytes(rng.randrange(0x81, 0xFF) for _ in range(4000))
    with pytest.raises(DecodeError):
        decode(data, "noise.txt")


def test_a_byte_put_in_before_a_word_is_a_warning_with_its_offset_never_a_change():
    """GB18030 reads a stray lead byte and the next ASCII letter as one private-use character:
    the codec sees no error. The place is reported (kept as read); a clean page is not."""
    text = _seed("gb18030")
    clean = (text + "\n详见 www.example.org 网站。\n").encode("gb18030")
    d = decode(clean)
    assert not d.warnings
    at = clean.index(b"www.example") + 4  # between "www." and "example"
    damaged = clean[:at] + b"\xa1" + clean[at:]
    d = decode(damaged, "page.txt")
    assert d.encoding == "gb18030" and d.dropped_bytes == 0
    assert d.text == damaged.decode("gb18030")  # kept exactly as read: a warning, not a repair
    assert any("may hide a lost or extra byte" in w and f"at byte {at}" in w for w in d.warnings), d.warnings


def test_a_private_use_character_the_file_uses_again_is_its_convention_not_damage():
    """SogouCS's GBK dumps mark each paragraph with U+E40C (bytes FD A3): read as it is, with
    no "may hide" note; the same character alone once would be one (see the test above)."""
    paras = ["南都讯　记者刘凡　继推出日票后，深圳今后将设地铁头等车厢。", "论坛上，深圳市政府副秘书长透露，地铁未来将分等级。",
             "同心县地处宁夏中部干旱带的核心区，冬寒长，春暖迟。"]
    text = "\ue40c".join(paras) + "\n" + _seed("gb18030")
    d = decode(text.encode("gb18030"), "news.dat")
    assert (d.text, d.encoding, d.warnings) == (text, "gb18030", ())
    once = "\ue40c".join(paras[:2]) + "\n" + _seed("gb18030")
    d = decode(once.encode("gb18030"), "news.dat")
    assert d.text == once and any("may hide" in w for w in d.warnings)


HZ_TEXT = "同志们：今天召开全县项目建设工作会议，主要目的是贯彻落实市上会议精神，安排部署下一阶段工作。\nA, B, C 1,2,3.\n"


def test_hz_gb2312_is_read_as_chinese_not_ascii_noise():
    """HZ (RFC 1843) is 7-bit ASCII: it was read as UTF-8 and came out as `~{M,V>CG#...~}`."""
    d = decode(HZ_TEXT.encode("hz") * 5)
    assert d.encoding == "hz-gb-2312" and d.text == HZ_TEXT * 5 and not d.warnings


@pytest.mark.parametrize("text", [
    "Use a~{b~} in LaTeX; x~{y} is a tie before a brace.\n",  # a tilde-brace that is no HZ run
    "~{ab~} and ~{cd~}: two letter pairs only.\n",  # pairs that read as GB2312 but not as Chinese
    "同志们：今天开会。~{注~}\n",  # UTF-8 text: never asked (not ASCII)
])
def test_ascii_and_utf8_with_tilde_braces_stay_as_they_are(text: str):
    d = decode(text.encode("utf-8"))
    assert d.encoding == "utf-8" and d.text == text


@pytest.mark.parametrize(("text", "enc", "lang"), [
    ("日本語のテキストです。これはテストの文章です。\n" * 10, "shift_jis", "Japanese"),
    ("한국어 텍스트입니다. 이것은 테스트 문장입니다.\n" * 10, "euc_kr", "Korean"),
])
def test_a_refused_file_says_what_it_looks_like(text: str, enc: str, lang: str):
    """'not UTF-8, GB18030, Big5 or UTF-16 text' alone left the user guessing why."""
    with pytest.raises(DecodeError, match=f"it looks like {lang} text"):
        decode(text.encode(enc), "page.txt")


def test_damaged_chinese_gets_no_foreign_hint():
    import random

    rng = random.Random(1)
    data = bytearray((TEXT * 20).encode("gb18030"))
    for i in rng.sample(range(len(data)), len(data) // 10):
        data[i] = rng.randrange(256)
    with pytest.raises(DecodeError) as err:
        decode(bytes(data), "page.txt")
    assert "looks like" not in err.value.reason


def test_a_utf8_bom_before_gbk_or_mixed_lines_is_read_by_the_text_not_the_bom(tmp_path):
    """A tool's BOM on a GBK page or a file of mixed lines was refused as damaged UTF-8."""
    import subprocess
    import sys

    from tests.hostile import TEXT as PAGE
    from tests.hostile import _mixed

    gbk = codecs.BOM_UTF8 + PAGE.encode("gb18030")
    d = decode(gbk, "p.txt")
    assert (d.encoding, d.text, d.dropped_bytes) == ("gb18030", PAGE, 0)
    assert d.warnings == ("a UTF-8 byte-order mark, but the text after it is gb18030: read as gb18030",)
    mixed = decode(codecs.BOM_UTF8 + _mixed(), "m.txt")
    assert mixed.encoding == "utf-8+gb18030" and mixed.text == decode(_mixed(), "m.txt").text
    # Keep: a clean BOM file reads as before, and a damaged one stays UTF-8 with the true offset.
    assert decode(codecs.BOM_UTF8 + PAGE.encode(), "u.txt") == decode(PAGE.encode(), "u.txt")
    raw = PAGE.encode()
    at = raw.index(b"\n", 900) + 1  # (a line start: the bad byte breaks no character)
    hurt = decode(codecs.BOM_UTF8 + raw[:at] + b"\xff" + raw[at:], "h.txt")
    assert hurt.encoding == "utf-8" and hurt.bad_offsets == (at + 3,) and f"at byte {at + 3}" in hurt.warnings[-1]
    page = tmp_path / "bom-gbk.txt"
    page.write_bytes(gbk)
    p = subprocess.run([sys.executable, "-m", "docclean", "convert", str(page)], capture_output=True, timeout=120)
    assert p.returncode == 0 and "同志们" in p.stdout.decode()
    assert f"docclean: warning: {page}: a UTF-8 byte-order mark, but the text after it is gb18030" in p.stderr.decode()


KOREAN = ("대한민국은 민주공화국이다. 대한민국의 주권은 국민에게 있고, 모든 권력은 국민으로부터 나온다. "
          "대한민국의 영토는 한반도와 그 부속도서로 한다. ")


def test_euc_kr_korean_is_refused_not_read_as_chinese_nonsense(tmp_path):
    """EUC-KR Hangul bytes are valid GB2312 characters (대한민국 -> 措茄刮惫): it was converted, exit 0."""
    import subprocess
    import sys

    data = (KOREAN * 2).encode("euc-kr")
    with pytest.raises(DecodeError, match=r"read as gb18030 it is not Chinese text \(it looks like Korean text"):
        decode(data, "ko.txt")
    page = tmp_path / "ko.txt"
    page.write_bytes(data)
    p = subprocess.run([sys.executable, "-m", "docclean", "convert", str(page)], capture_output=True, timeout=120)
    assert p.returncode == 1 and p.stdout == b""
    assert f"docclean: error: {page}: read as gb18030 it is not Chinese text" in p.stderr.decode()


@pytest.mark.parametrize("enc", ["gb18030", "big5"])
def test_chinese_of_rare_characters_is_still_chinese(enc: str):
    """Keep: a page of uncommon characters scores as low as Korean does (10 %), and is Chinese."""
    from docclean.encoding import SUSPECT_SCORE, chinese_score

    text = "元素周期表：氢氦锂铍硼碳氮氧氟氖钠镁铝硅磷硫氯氩钾钙钪钛钒铬锰铁钴镍铜锌镓锗砷硒溴氪铷锶钇锆铌钼锝钌铑钯银镉铟锡锑碲碘氙。\n"
    data = text.encode(enc, "ignore")
    assert chinese_score(data.decode(enc)) < SUSPECT_SCORE  # (the case the second opinion is asked about)
    d = decode(data, "el.txt")
    assert d.encoding == enc and d.text == data.decode(enc)


@pytest.mark.parametrize("first", ["docclean.legacy", "docclean.encoding"])
def test_encoding_and_legacy_import_in_either_order(first: str):
    """`encoding` imports `legacy` once, last, and `legacy` reads `encoding`'s names as it loads:
    a fresh process that imports either one first can decode a GBK page (the cycle holds)."""
    import subprocess
    import sys

    code = (f"import {first}\nfrom docclean.encoding import decode\n"
            f"print(decode({TEXT.encode('gb18030')!r}).encoding)")
    p = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, timeout=120)
    assert p.returncode == 0, p.stderr
    assert p.stdout.strip() == "gb18030"
