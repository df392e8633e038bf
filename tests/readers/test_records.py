"""Record dumps (`readers/records.py`): many short documents in one XML file, read as a
compilation of records, their other fields kept in the report."""

from __future__ import annotations

import re
from pathlib import Path

import pytest
from docclean import convert_bytes
from docclean.readers import reader_for

SHARED = Path(__file__).resolve().parents[2].parent / "shared" / "corpus" / "txt-dirty" / "sogou"

TEXTS = ("南都讯　记者刘凡　继推出日票后，深圳今后将设地铁头等车厢，设坐票制。\ue40c论坛上，深圳市政府副秘书长透露，地铁未来的方向将分等级。",
         "同心县地处宁夏中部干旱带的核心区，冬寒长，春暖迟，夏热短，秋凉早，干旱少雨。", "")


def dump(titles: tuple[str, ...], texts: tuple[str, ...] = TEXTS) -> str:
    return "".join(f"<doc>\n<url>http://news.example.com/2012{i:04d}/n{i}.shtml</url>\n<docno>{i:016x}-34913306c0bb3300</docno>\n"
                   f"<contenttitle>{t}</contenttitle>\n<content>{x}</content>\n</doc>\n"
                   for i, (t, x) in enumerate(zip(titles, texts, strict=True)))


def body(markdown: str) -> str:
    return markdown.split("---\n")[-1]


def test_each_record_is_a_section_its_fields_are_reported() -> None:
    titles = ("深圳地铁将设立头等车厢", "中国西部是地球上主要干旱带之一", "爸爸为女儿百万建幼儿园")
    for enc in ("utf-8", "gb18030"):
        r = convert_bytes(dump(titles).encode(enc), "news.dat")
        out = body(r.markdown)
        assert [m for m in re.findall(r"^## (.+)$", out, re.M)] == list(titles), enc
        assert "论坛上，深圳市政府副秘书长透露" in out and "\ue40c" not in out
        assert "设坐票制。\n\n论坛上" in out  # SogouCS's U+E40C is the paragraph break it stands for
        assert "http://" not in out and "34913306c0bb3300" not in out
        rules = {x.rule for x in r.removals}
        assert {"records.field:url", "records.field:docno"} <= rules


def test_one_record_is_the_document_and_its_title_is_the_title() -> None:
    r = convert_bytes(dump(("深圳地铁将设立头等车厢",), TEXTS[:1]).encode(), "one.xml")
    assert r.meta.title == "深圳地铁将设立头等车厢"
    assert body(r.markdown).startswith("# 深圳地铁将设立头等车厢")


def test_an_rss_feed_is_read_by_its_items_the_channel_fields_stay_out() -> None:
    feed = ("<?xml version='1.0' encoding='utf-8'?><rss><channel><title>某某新闻</title><link>http://x.example</link>"
            + "".join(f"<item><title>标题{i}</title><link>http://x.example/{i}</link><description>本篇第{i}条正文，讲的是今年全市经济运行总体平稳、稳中有进的情况。</description>"
                      "</item>" for i in range(3)) + "</channel></rss>")
    out = body(convert_bytes(feed.encode(), "feed.xml").markdown)
    assert re.findall(r"^## (.+)$", out, re.M) == ["标题0", "标题1", "标题2"] and "本篇第2条正文，" in out


def test_a_page_or_a_fragment_of_one_is_no_record_dump() -> None:
    for page in (b"<div><p>\xe4\xb8\xad\xe6\x96\x87</p></div>", b"<html><head><title>t</title></head><body></body></html>"):
        assert reader_for(page).name != "records"
    assert reader_for(dump(("标题",), TEXTS[:1]).encode()).name == "records"


def test_a_dump_cut_short_keeps_every_record_before_the_cut() -> None:
    data = dump(("第一条新闻标题", "第二条新闻标题", "第三条新闻标题")).encode()
    cut = data[:data.index("同心县".encode()) + 30]
    out = body(convert_bytes(cut, "cut.dat").markdown)
    assert "## 第一条新闻标题" in out and "论坛上" in out and "同心县" in out


@pytest.mark.skipif(not SHARED.is_dir(), reason="needs ../shared/corpus")
def test_the_sogou_news_sample_keeps_every_records_title_and_text() -> None:
    data = (SHARED / "news_sohusite_xml.smarty.dat").read_bytes()
    out = re.sub(r"\s", "", body(convert_bytes(data, "news.dat").markdown))
    text = data.decode("utf-8")
    records = re.findall(r"<contenttitle>(.*?)</contenttitle>\s*<content>(.*?)</content>", text, re.S)
    assert len(records) == 200
    assert len(re.findall(r"##", out)) >= 190  # one heading a record (a record without a title has none)
    for _title, content in records[:40]:
        for piece in re.split(r"[\ue40c\u3000\s]+", content):
            if len(piece) >= 12 and re.fullmatch(r"[\u4e00-\u9fff，。、：；“”！？]+", piece):
                assert piece in out, piece
