"""Word documents for the tests and fixtures, built by python-docx (raw XML where it has no API).

`from_markdown` sets an expected file as a Chinese official document: CJK fonts on every
style, a running header, a `— N —` page field in the footer, first-line indents, the title
in `Title`, `##` in `Heading 1`, `###` in `Heading 2`, pipe tables as Word tables.
"""

from __future__ import annotations

import io
import re
from typing import Any

from docx import Document
from docx.enum.table import WD_TABLE_ALIGNMENT
from docx.enum.text import WD_ALIGN_PARAGRAPH, WD_LINE_SPACING
from docx.opc.constants import RELATIONSHIP_TYPE as RT
from docx.opc.packuri import PackURI
from docx.opc.part import Part
from docx.oxml import OxmlElement, parse_xml
from docx.oxml.ns import nsdecls, qn
from docx.shared import Mm, Pt

SERIF, SANS = "Noto Serif CJK SC", "Noto Sans CJK SC"
BODY_PT = 16
HEADER_TEXT = "内部资料　注意保存"
FOOTER_TEXT = "某某市人民政府办公室印发"


def set_fonts(owner: Any, family: str, size: float, bold: bool = False) -> None:
    """Latin and East-Asian fonts on a style or run (python-docx sets only the Latin one)."""
    owner.font.name, owner.font.size, owner.font.bold = family, Pt(size), bold
    rpr = owner.element.get_or_add_rPr()
    fonts = rpr.find(qn("w:rFonts"))
    if fonts is None:
        fonts = OxmlElement("w:rFonts")
        rpr.insert(0, fonts)
    for attr in ("w:ascii", "w:hAnsi", "w:eastAsia", "w:cs"):
        fonts.set(qn(attr), family)


def _style(doc: Any, name: str, family: str, size: float, bold: bool, indent: bool, center: bool = False) -> None:
    st = doc.styles[name]
    set_fonts(st, family, size, bold)
    st.font.color.rgb = None
    pf = st.paragraph_format
    pf.first_line_indent = Pt(size * 2) if indent else Pt(0)
    pf.left_indent = Pt(0)
    pf.space_before = pf.space_after = Pt(0)
    pf.line_spacing_rule = WD_LINE_SPACING.EXACTLY
    pf.line_spacing = Pt(29 if size <= BODY_PT else size * 1.6)
    pf.alignment = WD_ALIGN_PARAGRAPH.CENTER if center else WD_ALIGN_PARAGRAPH.JUSTIFY
    ppr = st.element.get_or_add_pPr()
    for el in ppr.findall(qn("w:pBdr")):
        ppr.remove(el)


def add_page_field(par: Any) -> None:
    """`— N —`: the page number as a real PAGE field between two dashes."""
    par.add_run("— ")
    add_field(par, "PAGE", "1")
    par.add_run(" —")


def add_field(par: Any, instr: str, result: str) -> None:
    """A complex field: begin, instruction, separate, displayed result, end."""
    for kind, text in (("begin", None), ("instr", instr), ("separate", None), ("result", result), ("end", None)):
        run = par.add_run()
        if kind == "instr":
            it = OxmlElement("w:instrText")
            it.set(qn("xml:space"), "preserve")
            it.text = f" {text} "
            run._r.append(it)
        elif kind == "result":
            run.text = text
        else:
            fc = OxmlElement("w:fldChar")
            fc.set(qn("w:fldCharType"), kind)
            run._r.append(fc)


def new_document(header: str = HEADER_TEXT, footer: str = FOOTER_TEXT) -> Any:
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
    hp = sec.header.paragraphs[0]
    hp.text = header
    hp.alignment = WD_ALIGN_PARAGRAPH.RIGHT
    set_fonts(hp.runs[0], SERIF, 10.5)
    fp = sec.footer.paragraphs[0]
    fp.alignment = WD_ALIGN_PARAGRAPH.CENTER
    add_page_field(fp)
    if footer:
        sec.footer.add_paragraph(footer).alignment = WD_ALIGN_PARAGRAPH.CENTER
    for run in fp.runs:
        set_fonts(run, SERIF, 14)
    return doc


def add_markdown(doc: Any, md: str) -> None:
    """The body of an expected file: `#` title, `##`/`###` headings, paragraphs, pipe tables."""
    text = re.sub(r"\A---\n.*?\n---\n", "", md, flags=re.S)
    rows: list[list[str]] = []
    for line in [*text.split("\n"), ""]:
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
            doc.add_paragraph(m.group(2), style={1: "Title", 2: "Heading 1", 3: "Heading 2"}[len(m.group(1))])
        else:
            doc.add_paragraph(line.replace("\\", ""), style="Normal")


def add_table(doc: Any, rows: list[list[str]]) -> Any:
    t = doc.add_table(rows=len(rows), cols=len(rows[0]))
    t.style = doc.styles["Table Grid"]
    t.alignment = WD_TABLE_ALIGNMENT.CENTER
    for r, row in enumerate(rows):
        for c, text in enumerate(row):
            par = t.cell(r, c).paragraphs[0]
            par.paragraph_format.first_line_indent = Pt(0)
            par.paragraph_format.line_spacing = Pt(20)
            set_fonts(par.add_run(text), SANS if r == 0 else SERIF, 12)
    return t


def from_markdown(md: str) -> bytes:
    doc = new_document()
    add_markdown(doc, md)
    return save(doc)


def save(doc: Any) -> bytes:
    buf = io.BytesIO()
    doc.save(buf)
    return buf.getvalue()


def append_xml(par: Any, xml: str) -> None:
    """Raw WordprocessingML inside a paragraph (tracked changes, text boxes, hyperlinks)."""
    ns = {"mc": "http://schemas.openxmlformats.org/markup-compatibility/2006",
          "wps": "http://schemas.microsoft.com/office/word/2010/wordprocessingShape",
          "v": "urn:schemas-microsoft-com:vml"}
    decls = nsdecls("w", "r", "wp", "a") + "".join(f' xmlns:{k}="{v}"' for k, v in ns.items())
    for el in list(parse_xml(f"<w:wrap {decls}>{xml}</w:wrap>")):
        par._p.append(el)


def add_footnotes(doc: Any, notes: dict[int, str]) -> None:
    """A footnotes part (python-docx has no API for one) with the given notes."""
    body = "".join(f'<w:footnote w:id="{i}"><w:p><w:r><w:t xml:space="preserve">{t}</w:t></w:r></w:p></w:footnote>'
                   for i, t in notes.items())
    xml = (f'<w:footnotes {nsdecls("w")}><w:footnote w:type="separator" w:id="-1"><w:p><w:r><w:separator/>'
           f'</w:r></w:p></w:footnote>{body}</w:footnotes>').encode()
    part = Part(PackURI("/word/footnotes.xml"),
                "application/vnd.openxmlformats-officedocument.wordprocessingml.footnotes+xml", xml, doc.part.package)
    doc.part.relate_to(part, RT.FOOTNOTES)


def many_paragraphs(n: int) -> bytes:
    """A real DOCX of `n` short body paragraphs (for linear-time checks), appended as one parsed
    chunk of XML: python-docx's `add_paragraph` would take seconds for tens of thousands."""
    doc = Document()
    paras = "".join(f"<w:p><w:r><w:t>第{i}段：各级各部门要认真贯彻落实会议精神。</w:t></w:r></w:p>" for i in range(n))
    body = doc.element.body
    for el in list(parse_xml(f"<w:body {nsdecls('w')}>{paras}</w:body>")):
        body.insert(len(body) - 1, el)  # before the section properties, which end the body
    return save(doc)
