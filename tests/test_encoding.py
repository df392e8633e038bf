"""Decoding: BOMs, strict UTF-8, GB18030 vs Big5 vs UTF-16, binary and empty input."""

from __future__ import annotations

import pytest
from docclean.encoding import decode
from docclean.errors import BinaryInputError, InputError

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
