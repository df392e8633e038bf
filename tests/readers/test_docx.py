"""The DOCX reader: each construct on a real file built by python-docx (raw XML where it has no API)."""

from __future__ import annotations

import io
import os
import shutil
import subprocess
import time
import tracemalloc
import zipfile
from pathlib import Path

import pytest
from docclean import Options, convert_bytes, convert_path
from docclean.errors import CorruptInputError, MissingDependencyError, UnsupportedFormatError
from docclean.score import parse, score

from ..conftest import SAMPLES, shared_path
from .docxgen import (
    FOOTER_TEXT,
    HEADER_TEXT,
    add_field,
    add_footnotes,
    add_table,
    append_xml,
    from_markdown,
    new_document,
    save,
)
from .test_pdf_layout import PARA, PARA2, body

pytest.importorskip("docx")

EXPECTED = sorted((SAMPLES / "expected").glob("*.md"))


def convert_doc(doc) -> list[str]:
    return body(convert_bytes(save(doc), "t.docx").markdown)


@pytest.mark.parametrize("gold", EXPECTED, ids=lambda p: p.stem)
def test_seed_docx_round_trip(gold: Path, tmp_path: Path) -> None:
    """Each seed's expected text as a DOCX converts back: body_sim >= 0.99, exact headings."""
    res = convert_bytes(from_markdown(gold.read_text(encoding="utf-8")), f"{gold.stem}.docx")
    out = tmp_path / gold.name
    out.write_text(res.markdown, encoding="utf-8")
    s = score(gold, out, gold.with_suffix(".chrome.txt"))
    assert s["body_sim"] >= 0.99
    assert s["content_loss"] == 0
    assert s["violations"] == 0
    headings = lambda p: [(lvl, t) for lvl, t in parse(p.read_text(encoding="utf-8"))[1] if lvl]  # noqa: E731
    assert headings(out) == headings(gold)
    assert HEADER_TEXT not in res.markdown and "内部资料" not in res.markdown and FOOTER_TEXT not in res.markdown


def test_headings_from_styles_localized_names_and_outline_levels() -> None:
    doc = new_document()
    doc.add_paragraph("关于做好年度工作的通知", style="Title")
    doc.add_paragraph("总体要求", style="Heading 1")
    doc.add_paragraph("工作目标", style="Heading 2")
    cn = doc.styles.add_style("标题 1", 1)  # a style whose name is the Chinese UI's
    doc.add_paragraph("保障措施", style=cn)
    p = doc.add_paragraph("附件说明")
    p._p.get_or_add_pPr().append(_xml('<w:outlineLvl w:val="1"/>'))
    based = doc.styles.add_style("我的标题", 1)
    based.base_style = doc.styles["Heading 2"]
    doc.add_paragraph("组织实施", style=based)
    doc.add_paragraph(PARA)
    assert convert_doc(doc) == ["# 关于做好年度工作的通知", "## 总体要求", "### 工作目标", "## 保障措施",
                                "### 附件说明", "### 组织实施", PARA]


def test_bold_numbered_normal_paragraphs_become_headings_by_numbering() -> None:
    doc = new_document()
    for text in ("一、总体要求", "（一）工作目标"):
        doc.add_paragraph().add_run(text).bold = True
    doc.add_paragraph("（二）强化保障。" + PARA)  # a lead sentence running on: a paragraph
    assert convert_doc(doc) == ["## 一、总体要求", "### （一）工作目标", "（二）强化保障。" + PARA]


NUMBERING = """<w:abstractNum w:abstractNumId="90"><w:lvl w:ilvl="0"><w:start w:val="1"/><w:numFmt w:val="chineseCounting"/>
<w:lvlText w:val="%1、"/></w:lvl><w:lvl w:ilvl="1"><w:start w:val="1"/><w:numFmt w:val="chineseCounting"/>
<w:lvlText w:val="（%2）"/></w:lvl></w:abstractNum>
<w:abstractNum w:abstractNumId="91"><w:lvl w:ilvl="0"><w:start w:val="1"/><w:numFmt w:val="decimal"/>
<w:lvlText w:val="%1."/></w:lvl><w:lvl w:ilvl="1"><w:start w:val="1"/><w:numFmt w:val="bullet"/>
<w:lvlText w:val="•"/></w:lvl></w:abstractNum>"""


def _numbered(doc, text: str, num_id: int, ilvl: int) -> None:
    p = doc.add_paragraph(text)
    p._p.get_or_add_pPr().append(_xml(f'<w:numPr><w:ilvl w:val="{ilvl}"/><w:numId w:val="{num_id}"/></w:numPr>'))


def test_generated_numbering_text_and_multilevel_lists() -> None:
    doc = new_document()
    numbering = doc.part.numbering_part.element
    for el in _xml_many(NUMBERING):
        numbering.insert(0, el)
    numbering.append(_xml('<w:num w:numId="90"><w:abstractNumId w:val="90"/></w:num>'))
    numbering.append(_xml('<w:num w:numId="91"><w:abstractNumId w:val="91"/></w:num>'))
    _numbered(doc, "总体要求", 90, 0)
    _numbered(doc, "工作目标", 90, 1)
    _numbered(doc, "工作措施", 90, 1)
    _numbered(doc, "保障措施", 90, 0)
    _numbered(doc, "第一项任务", 91, 0)
    _numbered(doc, "要点甲", 91, 1)
    _numbered(doc, "第二项任务", 91, 0)
    out = convert_bytes(save(doc), "t.docx").markdown.split("---\n", 2)[-1].strip()
    assert out == ("## 一、总体要求\n\n### （一）工作目标\n\n### （二）工作措施\n\n## 二、保障措施\n\n"
                   "1. 第一项任务\n  - 要点甲\n1. 第二项任务")


def test_table_with_merged_cells_and_a_nested_table() -> None:
    doc = new_document()
    t = add_table(doc, [["序号", "项目", "单位"], ["1", "污水处理厂", "住建局"], ["2", "标准化厂房", "管委会"]])
    t.cell(1, 2).merge(t.cell(2, 2))  # vertical merge
    t.cell(0, 0).merge(t.cell(0, 1))  # horizontal merge
    inner = t.cell(2, 1).add_table(rows=1, cols=2)
    inner.cell(0, 0).text, inner.cell(0, 1).text = "一期", "二期"
    blocks = convert_doc(doc)
    # (python-docx moves the merged cells' text into the first cell, as Word does)
    assert blocks == ["| 序号项目 |  | 单位 |\n| --- | --- | --- |\n| 1 | 污水处理厂 | 住建局管委会 |\n"
                      "| 2 | 标准化厂房一期二期 |  |"]


def test_tables_nested_three_deep_give_each_cell_once_in_order() -> None:
    """A cell of a table inside a table inside a table was read once for every table around it
    (its text twice at depth 3, 2^depth times deeper: a 46 KB fuzzed DOCX ran past a 30 s
    deadline); the one-level nested table above keeps its reading."""
    doc = new_document()
    t = add_table(doc, [["外层左", ""]])
    middle = t.cell(0, 1).add_table(rows=1, cols=2)
    middle.cell(0, 0).text = "中层左"
    deepest = middle.cell(0, 1).add_table(rows=2, cols=1)
    deepest.cell(0, 0).text, deepest.cell(1, 0).text = "最内层甲", "最内层乙"
    (block,) = convert_doc(doc)
    assert block == "| 外层左 | 中层左最内层甲最内层乙 |\n| --- | --- |"


def test_header_and_footer_are_not_body_text() -> None:
    doc = new_document(header="某某局文件　第3期", footer="打印：办公室")
    doc.add_paragraph(PARA)
    md = convert_bytes(save(doc), "t.docx").markdown
    assert "某某局文件" not in md and "打印" not in md and "—" not in md
    assert PARA in md


def test_tracked_changes_keep_insertions_and_drop_deletions() -> None:
    doc = new_document()
    p = doc.add_paragraph("会议要求")
    append_xml(p, '<w:ins w:id="1" w:author="a"><w:r><w:t>各单位</w:t></w:r></w:ins>'
                  '<w:del w:id="2" w:author="a"><w:r><w:delText>尽快</w:delText></w:r></w:del>'
                  '<w:r><w:t>按时报送。</w:t></w:r>')
    assert convert_doc(doc) == ["会议要求各单位按时报送。"]


def test_text_box_once_hyperlink_field_result_and_content_control() -> None:
    doc = new_document()
    p = doc.add_paragraph("详见")
    append_xml(p, '<w:hyperlink r:id="rIdX"><w:r><w:t>政府网站</w:t></w:r></w:hyperlink><w:r><w:t>，共</w:t></w:r>')
    add_field(p, "NUMPAGES", "12")
    p.add_run("页。")
    box = ('<w:r><mc:AlternateContent><mc:Choice Requires="wps"><w:drawing><wp:inline><a:graphic><a:graphicData>'
           '<wps:wsp><wps:txbx><w:txbxContent><w:p><w:r><w:t>框内说明文字。</w:t></w:r></w:p></w:txbxContent>'
           '</wps:txbx></wps:wsp></a:graphicData></a:graphic></wp:inline></w:drawing></mc:Choice><mc:Fallback>'
           '<w:pict><v:shape><v:textbox><w:txbxContent><w:p><w:r><w:t>框内说明文字。</w:t></w:r></w:p>'
           '</w:txbxContent></v:textbox></v:shape></w:pict></mc:Fallback></mc:AlternateContent></w:r>')
    append_xml(p, box)
    doc.element.body.insert(len(doc.element.body) - 1, _xml(
        '<w:sdt><w:sdtPr><w:alias w:val="正文"/></w:sdtPr><w:sdtContent><w:p><w:r><w:t>控件中的段落。</w:t></w:r>'
        '</w:p></w:sdtContent></w:sdt>'))
    assert convert_doc(doc) == ["详见政府网站，共12页。", "框内说明文字。", "控件中的段落。"]


def test_soft_line_breaks_join_like_pdf_lines() -> None:
    doc = new_document()
    p = doc.add_paragraph()
    p.add_run("这是一句完")
    p.add_run().add_break()
    p.add_run("整的话，and some English")
    p.add_run().add_break()
    p.add_run("words here。")
    assert convert_doc(doc) == ["这是一句完整的话，and some English words here。"]


def test_footnotes_become_markdown_footnotes() -> None:
    doc = new_document()
    p = doc.add_paragraph("依据有关规定")
    append_xml(p, '<w:r><w:footnoteReference w:id="1"/></w:r><w:r><w:t>执行。</w:t></w:r>')
    add_footnotes(doc, {1: "《中华人民共和国政府信息公开条例》第二十条。"})
    assert convert_doc(doc) == ["依据有关规定[^1]执行。", "[^1]: 《中华人民共和国政府信息公开条例》第二十条。"]


def test_zip_bomb_is_refused_fast_and_small() -> None:
    buf = io.BytesIO()
    with zipfile.ZipFile(buf, "w", zipfile.ZIP_DEFLATED) as zf:
        zf.writestr("[Content_Types].xml", "<Types/>")
        with zf.open("word/document.xml", "w") as f:
            chunk = b"\0" * (1 << 20)
            for _ in range(300):
                f.write(chunk)
    data = buf.getvalue()
    assert len(data) < 1_000_000
    tracemalloc.start()
    t0 = time.perf_counter()
    with pytest.raises(CorruptInputError, match="zip bomb"):
        convert_bytes(data, "bomb.docx")
    elapsed = time.perf_counter() - t0
    peak = tracemalloc.get_traced_memory()[1]
    tracemalloc.stop()
    assert elapsed < 1.0 and peak < 20_000_000


def test_external_entities_are_never_resolved(tmp_path: Path) -> None:
    secret = tmp_path / "secret.txt"
    secret.write_text("TOPSECRET", encoding="utf-8")
    good = save(_simple("正文内容。"))
    src = zipfile.ZipFile(io.BytesIO(good))
    buf = io.BytesIO()
    with zipfile.ZipFile(buf, "w") as zf:
        for item in src.infolist():
            blob = src.read(item.filename)
            if item.filename == "word/document.xml":
                blob = blob.replace(b"?>", f'?><!DOCTYPE d [<!ENTITY x SYSTEM "file://{secret}">]>'.encode(), 1)
                blob = blob.replace("正文内容。".encode(), "正文内容。&x;".encode())
            zf.writestr(item, blob)
    try:
        md = convert_bytes(buf.getvalue(), "xxe.docx").markdown
    except CorruptInputError:
        return  # refusing it is also safe
    assert "TOPSECRET" not in md


def test_missing_document_part_truncated_and_misnamed_files(tmp_path: Path) -> None:
    buf = io.BytesIO()
    with zipfile.ZipFile(buf, "w") as zf:
        zf.writestr("word/other.xml", "<x/>")
    with pytest.raises(UnsupportedFormatError, match=r"word/document\.xml"):
        convert_bytes(buf.getvalue(), "empty.docx")
    data = save(_simple(PARA))
    with pytest.raises(CorruptInputError, match="damaged or truncated"):
        convert_bytes(data[:200], "cut.docx")  # cut before word/document.xml
    half = convert_bytes(data[: len(data) // 2], "cut.docx")  # its text is there: salvaged, with a warning
    assert PARA in half.markdown and any("truncated ZIP archive" in w for w in half.meta.warnings)
    fake = tmp_path / "notes.docx"
    fake.write_text("这只是一个文本文件。", encoding="utf-8")
    result = convert_path(fake)  # the content decides: text, read as text, and the name warns
    assert "这只是一个文本文件。" in result.markdown
    assert any("named .docx but its content is plain text" in w for w in result.meta.warnings)


def _simple(text: str):
    doc = new_document()
    doc.add_paragraph(text)
    return doc


@pytest.mark.skipif(not shutil.which("soffice"), reason="LibreOffice is not installed")
@pytest.mark.parametrize("fmt", ["doc", "rtf", "odt"])
def test_legacy_formats_through_libreoffice(tmp_path: Path, fmt: str) -> None:
    src = tmp_path / "in.docx"
    doc = new_document()
    doc.add_paragraph("旧格式文件", style="Title")
    doc.add_paragraph(PARA)
    doc.add_paragraph(PARA2)
    src.write_bytes(save(doc))
    subprocess.run(["soffice", "--headless", f"-env:UserInstallation=file://{tmp_path}/p", "--convert-to", fmt,
                    "--outdir", str(tmp_path), str(src)], check=True, capture_output=True, timeout=120)
    res = convert_path(tmp_path / f"in.{fmt}")
    assert body(res.markdown) == ["# 旧格式文件", PARA, PARA2]
    assert res.meta.format == fmt


def test_legacy_format_without_libreoffice_names_what_is_needed(monkeypatch: pytest.MonkeyPatch) -> None:
    """Asked for LibreOffice (`doc_engine="libreoffice"`; RTF and ODT always are) where it is missing."""
    monkeypatch.setenv("PATH", os.defpath if not shutil.which("soffice", path=os.defpath) else "/nonexistent")
    with pytest.raises(MissingDependencyError, match="LibreOffice"):
        convert_bytes(b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1" + b"\0" * 600, "old.doc", Options(doc_engine="libreoffice"))
    with pytest.raises(MissingDependencyError, match="LibreOffice"):
        convert_bytes(b"{\\rtf1\\ansi \\par}", "old.rtf")


def test_real_corpus_docx() -> None:
    res = convert_path(shared_path("corpus", "paired", "民法典", "民法典.docx"))
    md = res.markdown
    assert md.count("\n## ") >= 7  # the seven 编 (and more) from Heading styles
    assert "第一千二百六十条" in md
    assert "|  |" not in md.split("\n")[0]


def _xml(s: str):
    from docx.oxml import parse_xml
    from docx.oxml.ns import nsdecls

    return parse_xml(f"<w:x {nsdecls('w')}>{s}</w:x>")[0]


def _xml_many(s: str):
    from docx.oxml import parse_xml
    from docx.oxml.ns import nsdecls

    return list(parse_xml(f"<w:x {nsdecls('w')}>{s}</w:x>"))[::-1]


def test_lists_and_footnotes_survive_a_second_conversion() -> None:
    """Idempotence: our own Markdown read back keeps its list items and footnotes as they are."""
    doc = new_document()
    p = doc.add_paragraph("依据有关规定")
    append_xml(p, '<w:r><w:footnoteReference w:id="1"/></w:r><w:r><w:t>执行。</w:t></w:r>')
    add_footnotes(doc, {1: "见条例: 第二十条。"})
    doc.add_paragraph("第一项任务", style="List Number")
    doc.add_paragraph("要点", style="List Bullet")
    once = convert_bytes(save(doc), "t.docx").markdown
    assert "1. 第一项任务" in once and "- 要点" in once and "[^1]: 见条例：第二十条。" in once
    assert convert_bytes(once.encode("utf-8"), "t.md").markdown.replace("t.md", "t.docx") == once
