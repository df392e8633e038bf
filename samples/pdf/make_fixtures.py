"""Make the PDF fixtures: each seed's expected text set as a Chinese official document.

For every `samples/expected/NAME.md` this writes a DOCX with python-docx (CJK fonts on
every style, a running header, a `— N —` page-number field in the footer, first-line
indents, a centred title, headings in a heading font) and has LibreOffice convert it to
`samples/pdf/NAME.pdf`. It also makes `table.pdf` (a table with a multi-line cell between
two paragraphs) with its expected text `table.md`.

The PDFs are committed, so CI does not need LibreOffice. To remake them:

    apt-get install libreoffice-writer fonts-noto-cjk
    .venv/bin/python samples/pdf/make_fixtures.py
"""

from __future__ import annotations

import re
import shutil
import subprocess
import sys
import tempfile
from pathlib import Path

from docx import Document
from docx.enum.table import WD_TABLE_ALIGNMENT
from docx.enum.text import WD_ALIGN_PARAGRAPH, WD_LINE_SPACING
from docx.oxml import OxmlElement
from docx.oxml.ns import qn
from docx.shared import Mm, Pt

HERE = Path(__file__).resolve().parent
EXPECTED = HERE.parent / "expected"
SERIF, SANS = "Noto Serif CJK SC", "Noto Sans CJK SC"
BODY_PT = 16  # 三号
HEADER_TEXT = "内部资料　注意保存"


def _fonts(rpr_owner, family: str, size: float, bold: bool = False) -> None:
    """Set Latin and East-Asian fonts on a style or run (python-docx sets only the Latin one)."""
    font = rpr_owner.font
    font.name, font.size, font.bold = family, Pt(size), bold
    rpr = rpr_owner.element.get_or_add_rPr()
    fonts = rpr.find(qn("w:rFonts"))
    if fonts is None:
        fonts = OxmlElement("w:rFonts")
        rpr.insert(0, fonts)
    for attr in ("w:ascii", "w:hAnsi", "w:eastAsia", "w:cs"):
        fonts.set(qn(attr), family)


def _style(doc, name: str, family: str, size: float, bold: bool, indent: bool, center: bool = False):
    st = doc.styles[name]
    _fonts(st, family, size, bold)
    pf = st.paragraph_format
    pf.first_line_indent = Pt(size * 2) if indent else Pt(0)
    pf.left_indent = Pt(0)
    pf.space_before = pf.space_after = Pt(0)
    pf.line_spacing_rule = WD_LINE_SPACING.EXACTLY
    pf.line_spacing = Pt(29 if size <= BODY_PT else size * 1.6)
    pf.alignment = WD_ALIGN_PARAGRAPH.CENTER if center else WD_ALIGN_PARAGRAPH.JUSTIFY
    pf.keep_with_next = False
    return st


def _page_field(par) -> None:
    """`— N —`: the page number as a real PAGE field between two dashes."""
    par.add_run("— ")
    for kind, text in (("begin", None), (None, " PAGE "), ("separate", None), (None, "1"), ("end", None)):
        run = par.add_run()
        if kind:
            fc = OxmlElement("w:fldChar")
            fc.set(qn("w:fldCharType"), kind)
            run._r.append(fc)
        elif text == " PAGE ":
            it = OxmlElement("w:instrText")
            it.set(qn("xml:space"), "preserve")
            it.text = text
            run._r.append(it)
        else:
            run.text = text
    par.add_run(" —")


def new_document() -> Document:
    doc = Document()
    sec = doc.sections[0]
    sec.page_height, sec.page_width = Mm(297), Mm(210)
    sec.top_margin, sec.bottom_margin = Mm(37), Mm(35)
    sec.left_margin, sec.right_margin = Mm(28), Mm(26)
    sec.header_distance, sec.footer_distance = Mm(15), Mm(20)
    _style(doc, "Normal", SERIF, BODY_PT, False, True)
    _style(doc, "Title", SERIF, 22, True, False, center=True)
    _style(doc, "Heading 1", SANS, BODY_PT, False, True)
    _style(doc, "Heading 2", SERIF, BODY_PT, True, True)
    for name in ("Heading 1", "Heading 2", "Title"):  # no coloured, bordered Word defaults
        doc.styles[name].font.color.rgb = None
        ppr = doc.styles[name].element.get_or_add_pPr()
        for el in ppr.findall(qn("w:pBdr")):
            ppr.remove(el)
    header = sec.header.paragraphs[0]
    header.text = HEADER_TEXT
    header.alignment = WD_ALIGN_PARAGRAPH.RIGHT
    _fonts(header.runs[0], SERIF, 10.5)
    footer = sec.footer.paragraphs[0]
    footer.alignment = WD_ALIGN_PARAGRAPH.CENTER
    _page_field(footer)
    for run in footer.runs:
        _fonts(run, SERIF, 14)
    return doc


def add_markdown(doc: Document, md: str) -> None:
    """The body of an expected file: `#` title, `##`/`###` headings, paragraphs, pipe tables."""
    body = re.sub(r"\A---\n.*?\n---\n", "", md, flags=re.S)
    rows: list[list[str]] = []
    for line in [*body.split("\n"), ""]:
        if line.startswith("|"):
            if not re.fullmatch(r"\|[\s|:-]+\|", line):
                rows.append([c.strip() for c in line.strip("|").split("|")])
            continue
        if rows:
            add_table(doc, rows)
            rows = []
        if not line.strip():
            continue
        m = re.match(r"(#{1,3}) (.*)", line)
        if m:
            style = {1: "Title", 2: "Heading 1", 3: "Heading 2"}[len(m.group(1))]
            doc.add_paragraph(m.group(2), style=style)
        else:
            doc.add_paragraph(line.replace("\\", ""), style="Normal")


def add_table(doc: Document, rows: list[list[str]]) -> None:
    t = doc.add_table(rows=len(rows), cols=len(rows[0]))
    t.style = doc.styles["Table Grid"]
    t.alignment = WD_TABLE_ALIGNMENT.CENTER
    for r, row in enumerate(rows):
        for c, text in enumerate(row):
            cell = t.cell(r, c)
            par = cell.paragraphs[0]
            par.paragraph_format.first_line_indent = Pt(0)
            par.paragraph_format.line_spacing = Pt(20)
            run = par.add_run(text)
            _fonts(run, SANS if r == 0 else SERIF, 12, bold=False)


TABLE_MD = """---
title: 关于报送2024年重点项目推进情况的通知
source: table.pdf
---
# 关于报送2024年重点项目推进情况的通知

各镇人民政府，县直各有关单位：

为全面掌握全县重点项目建设进展，及时协调解决项目推进中遇到的困难和问题，经县政府同意，现将有关事项通知如下。请各单位对照下表逐项核实本单位牵头项目的建设内容、投资完成情况和存在问题，确保数据真实准确，不得漏报、瞒报。各单位主要负责同志要亲自过问，分管负责同志具体抓，明确专人负责报送工作，确保按时完成。

| 序号 | 项目名称 | 牵头单位 | 本月进展及存在问题 |
| --- | --- | --- | --- |
| 1 | 县城污水处理厂提标改造工程 | 县住建局 | 主体工程已完工，设备安装调试正在进行，预计下月底投入试运行 |
| 2 | 工业园区标准化厂房建设项目 | 工业园区管委会 | 一期厂房封顶，二期完成土地征收，供电线路迁改尚待协调 |
| 3 | 农村公路提质改造工程 | 县交通运输局 | 完成路基工程12公里，受雨季影响进度滞后 |

请于每月25日前将上月项目推进情况报县发展改革局，联系人：XXX，联系电话：XXXXXXX。逾期未报送的，将在全县通报。

各单位要高度重视项目推进工作，对照年度目标任务，倒排工期、挂图作战，确保项目按期建成见效。对推进不力、进度滞后的项目，县政府将组织专项督查，并将督查结果纳入年度目标责任考核。
"""


def to_pdf(docx: Path, out_dir: Path) -> Path:
    soffice = shutil.which("soffice") or shutil.which("libreoffice")
    if not soffice:
        sys.exit("LibreOffice (soffice) is needed: apt-get install libreoffice-writer fonts-noto-cjk")
    subprocess.run([soffice, "--headless", "--convert-to", "pdf", "--outdir", str(out_dir), str(docx)],
                   check=True, capture_output=True, timeout=300)
    return out_dir / (docx.stem + ".pdf")


def main() -> None:
    jobs = [(p.stem, p.read_text(encoding="utf-8")) for p in sorted(EXPECTED.glob("*.md"))]
    (HERE / "table.md").write_text(TABLE_MD, encoding="utf-8")
    jobs.append(("table", TABLE_MD))
    with tempfile.TemporaryDirectory() as tmp:
        for name, md in jobs:
            doc = new_document()
            add_markdown(doc, md)
            docx = Path(tmp) / f"{name}.docx"
            doc.save(str(docx))
            pdf = to_pdf(docx, Path(tmp))
            shutil.copyfile(pdf, HERE / f"{name}.pdf")
            print(f"samples/pdf/{name}.pdf  {pdf.stat().st_size:,} bytes")


if __name__ == "__main__":
    main()
