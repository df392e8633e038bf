"""The PDF geometry decisions, on real PDFs drawn by reportlab and read by pdfplumber."""

from __future__ import annotations

import pytest
from docclean import convert_bytes
from docclean.options import Options

from .pdfgen import Text, body_lines, make_pdf

pytest.importorskip("pdfplumber")

PARA = ("我们要坚持以人民为中心的发展思想，着力解决群众急难愁盼问题，不断增强人民群众的获得感、"
        "幸福感和安全感。各级各部门要把思想和行动统一到党中央决策部署上来，确保各项任务落到实处。")
PARA2 = "第二段话从这里开始，内容是关于项目建设的安排，要求各单位按时报送材料，不得拖延。"


def body(md: str) -> list[str]:
    """The Markdown blocks after the front matter."""
    text = md.split("---\n", 2)[-1]
    return [b for b in text.strip().split("\n\n") if b]


def convert(pages: list, **opts: object) -> list[str]:
    return body(convert_bytes(make_pdf(pages), "t.pdf", Options(**opts)).markdown)


def test_wrapped_cjk_lines_join_without_space() -> None:
    blocks = convert([body_lines(PARA, 36) + body_lines(PARA2, 36, top=200)])
    assert blocks == [PARA, PARA2]


def test_latin_words_get_one_space_and_hyphens_are_closed() -> None:
    lines = [Text(96, 100, "这是一段说明，引用了 the quick brown"), Text(72, 120, "fox jumps over a hyphen-"),
             Text(72, 140, "ated word and ends here。")]
    assert convert([lines]) == ["这是一段说明，引用了the quick brown fox jumps over a hyphenated word and ends here。"]


def test_space_between_cjk_and_latin_follows_the_option() -> None:
    page = [Text(96, 100, "请X 市长在2021 年底前完成。")]
    assert convert([page]) == ["请X市长在2021年底前完成。"]
    assert convert([page], cjk_latin_space="keep") == ["请X 市长在2021 年底前完成。"]


def test_indented_line_starts_a_paragraph_even_after_a_full_line() -> None:
    # The first paragraph ends exactly at the right margin, with a sentence end.
    first = "这一段正好写满一行并以句号结束，后面还有几个字凑满整行的宽度。"
    lines = [Text(72 + 24, 100, first, 12), *body_lines(PARA2, 36, top=120)]
    assert convert([lines]) == [first, PARA2]


def test_short_line_without_sentence_end_does_not_end_a_ragged_paragraph() -> None:
    # Ragged right: a line broken early before a long e-mail address, then the text goes on.
    lines = [Text(96, 100, "如有疑问请联系办公室，地址：某某市某某区人民大道90号，电子邮箱："),
             Text(72, 120, "someone@example.gov.cn）。")]
    assert convert([lines]) == ["如有疑问请联系办公室，地址：某某市某某区人民大道90号，电子邮箱：someone@example.gov.cn）。"]


def test_vertical_gap_separates_unindented_paragraphs() -> None:
    a = body_lines(PARA, 36, indent_first=False)
    b = body_lines(PARA2, 36, top=a[-1].top + 50, indent_first=False)
    assert convert([a + b]) == [PARA, PARA2]


def test_paragraph_continues_across_a_page_break_without_furniture() -> None:
    lines = body_lines(PARA, 36, top=700)
    cut = 2  # the first two lines on page 1, the rest on page 2
    p1 = [*lines[:cut], Text(280, 800, "— 1 —")]
    p2 = [Text(ln.x, 100 + 20 * i, ln.text) for i, ln in enumerate(lines[cut:])] + [Text(280, 800, "— 2 —")]
    assert convert([p1, p2]) == [PARA]


def test_larger_font_makes_the_title_and_headings() -> None:
    page = [Text(150, 60, "关于做好年度重点工作的通知", 22), Text(72, 120, "总体安排", 16), *body_lines(PARA, 36, top=150)]
    blocks = convert([page])
    assert blocks[0] == "# 关于做好年度重点工作的通知"
    assert blocks[1] == "## 总体安排"
    assert blocks[2] == PARA


def test_numbered_heading_takes_its_level_from_the_numbering() -> None:
    page = [Text(72, 100, "（一）加强组织领导", 16), *body_lines(PARA, 36, top=130)]
    assert convert([page])[0] == "### （一）加强组织领导"


def test_a_long_large_paragraph_is_not_a_heading() -> None:
    page = body_lines(PARA, 24, size=18, leading=28)
    assert convert([page]) == [PARA]
