"""Content decides the reader, the name only warns; markup and structured data are refused clearly."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

import pytest
from docclean.api import convert_bytes, convert_path
from docclean.errors import InputError, UnsupportedFormatError

from tests.conftest import SAMPLES

RAW = sorted((SAMPLES / "raw").glob("*.txt"))[0]


def cli(*args: str) -> subprocess.CompletedProcess[bytes]:
    return subprocess.run([sys.executable, "-m", "docclean", *args], capture_output=True, timeout=120)


@pytest.mark.parametrize("suffix", [".pdf", ".docx", ".doc"])
def test_text_named_as_another_format_is_read_as_text_with_a_warning(tmp_path: Path, suffix: str):
    page = tmp_path / f"page{suffix}"
    page.write_bytes(RAW.read_bytes())
    result = convert_path(page)
    assert (result.meta.format == "txt" and "同志们" in result.markdown) or result.markdown.strip()
    assert any(f"named {suffix}" in w for w in result.meta.warnings)
    p = cli("convert", str(page))
    assert p.returncode == 0
    assert f"docclean: warning: {page}: named {suffix}" in p.stderr.decode()


HTML = b"<!DOCTYPE html>\n<html><head><title>t</title></head><body><p>\xe6\xad\xa3\xe6\x96\x87\xe5\x86\x85\xe5\xae\xb9</p></body></html>"
XML = b"<?xml version='1.0'?>\n<doc><p>text</p></doc>\n"
DATA = [
    (json.dumps({"title": "标题", "body": ["一段", "两段"]}, ensure_ascii=False).encode(), "JSON"),
    ("名称,数量,单价\n苹果,3,5\n香蕉,4,2\n梨,1,3\n桃,2,8\n李,5,1\n".encode(), "CSV"),
]


@pytest.mark.parametrize("data", [HTML, b"\n  <html lang='zh'><body><p>\xe6\xad\xa3\xe6\x96\x87</p></body></html>", XML])
def test_markup_never_passes_through_as_text(data: bytes):
    try:
        result = convert_bytes(data, "download.doc")
    except UnsupportedFormatError as exc:
        assert "unsupported: " in str(exc)
        return
    assert result.meta.format != "txt"  # the HTML reader took it: its text, never its tags
    assert "<" not in result.markdown.split("---", 2)[-1]
    assert any("named .doc" in w for w in result.meta.warnings)


@pytest.mark.parametrize(("data", "kind"), [(HTML, "HTML"), (XML, "XML")])
def test_markup_without_an_html_reader_is_unsupported(monkeypatch: pytest.MonkeyPatch, data: bytes, kind: str):
    from docclean import readers

    monkeypatch.setattr(readers, "REGISTRY", tuple(r for r in readers.REGISTRY if r.name != "html"))
    with pytest.raises(UnsupportedFormatError, match=f"unsupported: {kind}"):
        convert_bytes(data, "download.doc")


@pytest.mark.parametrize(("data", "kind"), DATA)
def test_structured_data_is_refused(tmp_path: Path, data: bytes, kind: str):
    with pytest.raises(UnsupportedFormatError, match=f"unsupported: {kind}"):
        convert_bytes(data, "download.doc")
    f = tmp_path / "download.doc"
    f.write_bytes(data)
    p = cli("convert", str(f))
    err = p.stderr.decode().strip()
    assert p.returncode == 1 and len(err.splitlines()) == 1 and f"unsupported: {kind}" in err and str(f) in err


def test_prose_with_commas_and_brackets_is_still_text():
    text = "[转载] 关于做好工作的通知\n各单位：\n现将有关事项通知如下，请认真贯彻执行。\n"
    assert "关于做好工作的通知" in convert_bytes(text.encode(), "a.txt").markdown
    rows = "一、加强领导, 落实责任。\n二、突出重点, 狠抓落实, 注重实效。\n三、严格考核。\n四、总结经验。\n五、完善制度。\n"
    assert "严格考核" in convert_bytes(rows.encode(), "b.txt").markdown


def test_whitespace_only_file_is_an_error_like_an_empty_one(tmp_path: Path):
    f = tmp_path / "blank.txt"
    f.write_bytes("  \n\u3000\n\t\n".encode())
    with pytest.raises(InputError, match="empty"):
        convert_path(f)
    p = cli("convert", str(f))
    assert p.returncode == 1 and "empty" in p.stderr.decode() and str(f) in p.stderr.decode()


def test_the_html_readers_cheap_test_is_a_superset_of_its_own():
    """`_might_be_markup` decides whether the HTML reader is imported at all: it must say yes
    to everything the reader accepts (pages, MHT, UTF-16, comments first) and may say no to text."""
    import codecs
    import random

    from docclean.readers import _might_be_markup
    from docclean.readers.html import HtmlReader

    from tests.conftest import SAMPLES, SHARED

    heads = [p.read_bytes()[:8192] for p in sorted((SAMPLES / "raw").glob("*.txt"))]
    if SHARED.exists():
        heads += [p.read_bytes()[:8192] for p in sorted((SHARED / "corpus" / "encodings").rglob("*")) if p.is_file()]
    page = b"<!-- c -->\n<html><body><p>\xe4\xb8\xad</p></body></html>"
    mht = b"From: x\r\nMIME-Version: 1.0\r\nContent-Type: multipart/related; boundary=b\r\n\r\n--b\r\n"
    heads += [page, b"\xef\xbb\xbf  " + page, mht, codecs.BOM_UTF16_LE + page.decode("latin-1").encode("utf-16-le")]
    rng = random.Random(5)
    parts = [b"<", b"<html>", b"<p>", b" ", b"\n", b"\xef\xbb\xbf", b"MIME-Version: 1.0\n", b"Content-Type: multipart/related\n",
             b"From: a\n", b"\xe4\xb8\xad", b"text", b"<!-- x -->", b"\n\n"]
    heads += [b"".join(rng.choice(parts) for _ in range(rng.randrange(1, 12))) for _ in range(3000)]
    reader = HtmlReader()
    accepted = 0
    for head in heads:
        if reader.accepts(head):
            accepted += 1
            assert _might_be_markup(head), head
    assert accepted > 50
    assert not any(_might_be_markup(h) for h in heads[:5])  # the text samples do not even import it


def test_a_txt_conversion_does_not_import_the_other_readers(tmp_path):
    import subprocess
    import sys

    from tests.conftest import SAMPLES

    src = sorted((SAMPLES / "raw").glob("*.txt"))[0]
    code = ("import sys; from docclean import convert_path; convert_path(sys.argv[1]); "
            "print(sorted(m for m in sys.modules if m.startswith('docclean.readers.')))")
    out = subprocess.run([sys.executable, "-c", code, str(src)], capture_output=True, text=True, check=True).stdout
    assert "html" not in out and "pdf" not in out and "docx" not in out, out


def _csv_like_reference(head: bytes) -> bool:
    """`_csv_like` as first written: every head through the csv module."""
    import csv

    try:
        text = head.decode("utf-8")
    except UnicodeDecodeError:
        return False
    lines = [ln for ln in text.splitlines()[:40] if ln.strip()][: -1 if len(head) >= 8192 else None]

    def row_widths(delim: str) -> set[int]:
        try:
            return {len(row) for row in csv.reader(lines, delimiter=delim)}
        except csv.Error:
            return set()

    return len(lines) >= 5 and any(len(w) == 1 and min(w) >= 3 for w in map(row_widths, (",", "\t")))


def test_csv_like_counts_as_the_csv_module_splits():
    """Without quotes a row is a line and its fields its delimiters plus one: the counts give the
    csv module's answer, on fuzzed heads of rows, prose, quotes, NULs and cut characters."""
    import random

    from docclean.readers import _csv_like

    rng = random.Random(3)
    cells = ["a", "中文", "", " ", '"x"', '"a,b"', '"多\n行"', "1\t2", "\x00", "，", "x,y"]
    seen = set()
    for _ in range(4000):
        sep = rng.choice([",", "\t", ", ", ","])
        width = rng.randrange(1, 5)
        rows = [sep.join(rng.choice(cells[:4]) if rng.random() < 0.9 else rng.choice(cells)
                         for _ in range(width if rng.random() < 0.9 else rng.randrange(1, 5)))
                for _ in range(rng.randrange(0, 12))]
        head = "\n".join(rows).encode()
        if rng.random() < 0.1:
            head = (head * 400)[:8192]  # a cut head (its last line dropped, or a character cut)
        assert _csv_like(head) == _csv_like_reference(head), head[:200]
        seen.add(_csv_like(head))
    assert seen == {True, False}


def test_markup_probe_finds_a_mime_header_in_any_case():
    from docclean.readers import _might_be_markup

    for header in (b"MIME-Version: 1.0", b"mime-version: 1.0", b"Mime-VERSION: 1.0", b"mImE-vErSiOn"):
        assert _might_be_markup(b"From: x\r\n" + header + b"\r\n\r\nbody")
    assert not _might_be_markup("第一章 总则 2021-v2 MIME 版本".encode())
    assert _might_be_markup(b"\xef\xbb\xbf  <html>")
