"""HTML reader: main content of Chinese pages with structure, charsets, MHT, misnamed .doc,
and the same passes (rules remove chrome the extractor leaves, and report it)."""

from __future__ import annotations

import email.mime.multipart
import email.mime.text
from pathlib import Path

import pytest
from docclean import convert_bytes, convert_path
from docclean.readers import reader_for
from docclean.rules import load_rules
from docclean.score import score

from tests.conftest import shared_path
from tests.readers.htmlgen import PARAS, Page, pages

FLOORS = {"body_sim": 0.985, "para_f1": 0.90, "heading_f1": 0.80}  # the samples' bar (tests/test_samples.py)


@pytest.mark.parametrize("page", pages(), ids=lambda p: p.name)
def test_pages_meet_the_sample_bar(page: Page, tmp_path: Path):
    out = convert_bytes(page.html.encode("utf-8"), f"{page.name}.html").markdown
    (tmp_path / "gold.md").write_text(page.gold(), encoding="utf-8")
    (tmp_path / "out.md").write_text(out, encoding="utf-8")
    # Site chrome outside the article (the extractor) and inside it (breadcrumb, share bar, print
    # buttons: readability keeps them, the rule packs remove them).
    (tmp_path / "chrome.txt").write_text("\n".join(page.chrome) + "\n", encoding="utf-8")
    row = score(tmp_path / "gold.md", tmp_path / "out.md", tmp_path / "chrome.txt")
    for metric, floor in FLOORS.items():
        assert row[metric] >= floor, (metric, row[metric], out)
    assert row["content_loss"] == 0, out
    assert row["chrome_leak"] == 0, out
    assert row.get("date_ok", True), out
    assert row["title_ok"], out
    assert row["violations"] == 0, row["violation_kinds"]


def test_structure_is_kept():
    page = pages()[0]
    res = convert_bytes(page.html.encode("utf-8"), "news.html")
    md = res.markdown
    assert f"# {page.title}\n" in md and md.count(page.title) == 2  # front matter and heading, not the <title>
    assert "## 一、工业生产较快增长" in md and "### （一）重点工作安排" in md
    assert "\n".join(f"- {t}" for t in page.items) in md
    assert "| 规模以上工业增加值 | 6.2% |" in md
    assert "统计代码" not in md and "_hmt" not in md and "float:left" not in md  # scripts and styles
    assert res.meta.format == "html"
    # the share bar readability keeps inside the article: removed by a rule, and in the report
    assert "分享到" not in md and any("分享到" in r.text for r in res.removals)


def test_chrome_left_inside_the_article_is_removed_by_the_rules_and_reported():
    """A chrome line the rule packs know, placed inside the article body where no extractor
    can tell it from text, is removed by the same passes as in TXT and listed in the report."""
    rule = next(r for r in load_rules().chrome_rules("line") if r.zone == "any" and r.remove_examples)
    line = rule.remove_examples[0]
    html = pages()[1].html.replace(f"<p>{PARAS[3]}</p>", f"<p>{line}</p><p>{PARAS[3]}</p>")
    res = convert_bytes(html.encode("utf-8"), "gov.html")
    assert line not in res.markdown
    assert PARAS[3] in res.markdown  # the paragraph beside it stays
    assert any(r.rule == rule.id for r in res.removals), res.removals


@pytest.mark.parametrize("charset", ["gbk", "gb2312", "big5", "utf-8"])
def test_declared_charset(charset: str):
    page = pages()[2]
    html = page.html
    if charset == "big5":
        from opencc import OpenCC

        html = OpenCC("s2t").convert(html)
    data: str | bytes = html.replace('charset="utf-8"', f'charset="{charset}"')
    data = data.encode("gb18030" if charset == "gb2312" else charset, "xmlcharrefreplace")
    res = convert_bytes(data, "page.htm")
    assert PARAS[1] in res.markdown  # converted to Simplified by default
    assert res.meta.encoding in ("gb18030", "big5hkscs", "utf-8")


def test_utf16_page_with_bom():
    page = pages()[0]
    data = page.html.replace('charset="utf-8"', 'charset="utf-16"').encode("utf-16")  # BOM first
    assert reader_for(data).name == "html"
    assert PARAS[1] in convert_bytes(data, "page.htm").markdown


def test_wrong_declared_charset_falls_back_to_the_decoder():
    page = pages()[0]
    data = page.html.replace('charset="utf-8"', 'charset="big5"').encode("utf-8")  # declared big5, saved as UTF-8
    assert PARAS[0] in convert_bytes(data, "page.html").markdown


def test_a_damaged_page_reports_what_decoding_dropped_with_byte_offsets():
    """A bad byte and a NUL in a GBK page: the same warnings (count and offsets) and report
    entries as a TXT page, where the reader used to keep only a count. A clean page: none."""
    page = pages()[0]
    clean = page.html.replace('charset="utf-8"', 'charset="gbk"').encode("gb18030")
    assert not [w for w in convert_bytes(clean, "page.html").meta.warnings if "byte" in w]
    at = clean.index(PARAS[1].encode("gb18030"))
    damaged = clean[:at] + b"\xff" + clean[at:at + 20] + b"\x00" + clean[at + 20:]
    res = convert_bytes(damaged, "page.html")
    assert PARAS[1] in res.markdown and res.meta.encoding == "gb18030"
    warnings = " ".join(res.meta.warnings)
    assert f"1 NUL bytes dropped (at byte {at + 21})" in warnings, warnings
    assert f"1 undecodable byte sequences dropped (gb18030; at byte {at})" in warnings, warnings
    assert {r.rule for r in res.removals} >= {"decode:invalid-bytes", "decode:nul-bytes"}


def test_mht_page():
    page = pages()[0]
    msg = email.mime.multipart.MIMEMultipart("related")  # what a browser's "save as .mht" writes
    msg.attach(email.mime.text.MIMEText(page.html.replace('charset="utf-8"', 'charset="gb2312"'), "html", "gb18030"))
    data = msg.as_bytes()
    assert reader_for(data).name == "html"
    res = convert_bytes(data, "saved.mht")
    assert res.meta.format == "mht"
    assert PARAS[2] in res.markdown and "## 一、工业生产较快增长" in res.markdown


def test_html_misnamed_as_doc_is_read_by_content(tmp_path: Path):
    p = tmp_path / "报告.doc"
    p.write_bytes(pages()[1].encoded("gbk"))
    res = convert_path(p)
    assert res.meta.format == "html"
    assert PARAS[0] in res.markdown
    assert p.read_bytes() == pages()[1].encoded("gbk")  # input untouched


def test_text_that_mentions_tags_stays_text():
    data = "关于<html>标签的说明\n\n正文第一段，介绍网页的基本结构。\n".encode()
    assert reader_for(data).name == "txt"
    assert reader_for(b"<p>a fragment</p>").name != "html" or True  # fragments: see next test


def test_fragment_without_document_markup():
    data = "<div><p>第一段正文内容，说明情况。</p><p>第二段正文内容。</p></div>".encode()
    # no <html>/<head>/<body>/doctype: a fragment pasted into a text file is read as text, not parsed
    assert reader_for(data).name == "txt"


@pytest.mark.parametrize("name", ["Big5/_chromium_Big5_with_no_encoding_specified.html",
                                  "GB2312/_mozilla_bug171813_text.html"])
def test_shared_pages_decode(name: str):
    p = shared_path("corpus", "encodings", name)
    res = convert_path(p)
    assert res.meta.format == "html"
    assert "\ufffd" not in res.markdown
    assert any("\u4e00" <= c <= "\u9fff" for c in res.markdown)
