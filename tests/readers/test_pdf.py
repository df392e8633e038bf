"""The PDF reader end to end: fixtures made by LibreOffice, page furniture, tables, bad input."""

from __future__ import annotations

import re
from pathlib import Path

import pytest
from docclean import convert_bytes, convert_path
from docclean.errors import CorruptInputError, EncryptedInputError, NoTextLayerError
from docclean.score import score

from ..conftest import SAMPLES, shared_path
from .pdfgen import Box, Text, body_lines, make_pdf
from .test_pdf_layout import PARA, PARA2, body

pytest.importorskip("pdfplumber")

PDF_DIR = SAMPLES / "pdf"
SEED_PDFS = sorted(p for p in PDF_DIR.glob("*.pdf") if (SAMPLES / "expected" / f"{p.stem}.md").exists())
HEADER = "内部资料　注意保存"


def test_every_seed_has_a_pdf_fixture() -> None:
    assert len(SEED_PDFS) == len(list((SAMPLES / "expected").glob("*.md"))) == 5


@pytest.mark.parametrize("pdf", SEED_PDFS, ids=lambda p: p.stem)
def test_seed_pdf_gate(pdf: Path, tmp_path: Path) -> None:
    """The issue's gate, scored by the project's scorer against the seed's expected file."""
    res = convert_path(pdf)
    out = tmp_path / f"{pdf.stem}.md"
    out.write_text(res.markdown, encoding="utf-8")
    gold = SAMPLES / "expected" / f"{pdf.stem}.md"
    s = score(gold, out, gold.with_suffix(".chrome.txt"))
    assert s["body_sim"] >= 0.98
    assert s["content_loss"] == 0
    assert s["para_f1"] >= 0.90
    assert s["heading_f1"] >= 0.80
    assert s["violations"] == 0
    assert s["title_ok"]
    text = res.markdown
    assert "内部资料" not in text and not re.search(r"— ?\d+ ?—", text)
    rules = {r.rule for r in res.removals}
    assert {"furniture.page-number", "furniture.running-header"} <= rules
    assert res.meta.pages and res.meta.pages >= 2


def test_table_fixture_becomes_one_gfm_table_and_its_text_is_not_repeated(tmp_path: Path) -> None:
    res = convert_path(PDF_DIR / "table.pdf")
    gold = PDF_DIR / "table.md"
    table = [ln for ln in gold.read_text(encoding="utf-8").splitlines() if ln.startswith("|")]
    assert [ln for ln in res.markdown.splitlines() if ln.startswith("|")] == table
    assert res.markdown.count("县城污水处理厂提标改造工程") == 1
    (tmp_path / "table.md").write_text(res.markdown, encoding="utf-8")
    assert score(gold, tmp_path / "table.md")["body_sim"] >= 0.98


def test_drawn_table_with_multiline_cells() -> None:
    items: list = [Text(96, 80, "下表列出各项目情况。")]
    xs, tops = [72, 200, 520], [110, 140, 190]
    items += [Box(xs[0], tops[0], xs[2], tops[-1]), Box(xs[0], tops[0], xs[1], tops[-1]),
              Box(xs[0], tops[0], xs[2], tops[1])]
    items += [Text(76, 116, "项目"), Text(204, 116, "进展"), Text(76, 146, "污水处理厂"),
              Text(204, 146, "主体工程已完工，设备安装调"), Text(204, 164, "试正在进行")]
    items += [Text(96, 210, "以上情况请各单位核实。")]
    blocks = body(convert_bytes(make_pdf([items]), "t.pdf").markdown)
    assert blocks == ["下表列出各项目情况。", "| 项目 | 进展 |\n| --- | --- |\n| 污水处理厂 | 主体工程已完工，设备安装调试正在进行 |",
                      "以上情况请各单位核实。"]


def _paged(n: int, header: str | None, footer: str | None) -> list[list]:
    pages = []
    for i in range(1, n + 1):
        items: list = body_lines(PARA if i % 2 else PARA2, 36, top=120)
        if header:
            items.append(Text(380, 40, header, 9))
        if footer:
            items.append(Text(270, 790, footer.format(i=i, n=n), 10))
        pages.append(items)
    return pages


@pytest.mark.parametrize("footer", ["— {i} —", "- {i} -", "第 {i} 页 共 {n} 页", "{i}/{n}", "{i}"])
def test_page_numbers_in_every_common_form_are_removed_and_reported(footer: str) -> None:
    res = convert_bytes(make_pdf(_paged(3, None, footer)), "t.pdf")
    assert body(res.markdown) == [PARA, PARA2, PARA]
    assert [r.rule for r in res.removals] == ["furniture.page-number"] * 3
    assert [r.page for r in res.removals] == [1, 2, 3]


def test_running_header_is_removed_even_with_page_numbers_inside() -> None:
    res = convert_bytes(make_pdf(_paged(4, "某某市人民政府办公室 第{i}期", None)), "t.pdf")
    # (the header's digits differ on every page: they are collapsed before comparing)
    assert "人民政府办公室" not in res.markdown
    assert {r.rule for r in res.removals} == {"furniture.running-header"}


def test_running_header_is_removed_per_page() -> None:
    res = convert_bytes(make_pdf(_paged(3, "某某市人民政府办公室文件", "— {i} —")), "t.pdf")
    assert body(res.markdown) == [PARA, PARA2, PARA]
    assert sum(r.rule == "furniture.running-header" for r in res.removals) == 3


def test_body_line_that_resembles_the_header_is_kept() -> None:
    pages = _paged(3, "某某市人民政府办公室文件", None)
    pages[1].append(Text(96, 400, "某某市人民政府办公室文件"))  # the same words, in the body
    res = convert_bytes(make_pdf(pages), "t.pdf")
    assert body(res.markdown).count("某某市人民政府办公室文件") == 1


def test_a_line_at_the_top_of_one_page_only_is_kept() -> None:
    pages = _paged(3, None, "— {i} —")
    pages[2].append(Text(72, 40, "附件：项目清单"))
    res = convert_bytes(make_pdf(pages), "t.pdf")
    assert "附件：项目清单" in res.markdown


def test_a_lone_number_in_the_body_is_kept() -> None:
    page = [*body_lines(PARA, 36, top=120), Text(96, 300, "2024"), *body_lines(PARA2, 36, top=330)]
    assert "2024" in body(convert_bytes(make_pdf([page]), "t.pdf").markdown)


def test_scan_without_text_layer_needs_ocr() -> None:
    with pytest.raises(NoTextLayerError, match="OCR"):
        convert_bytes(make_pdf([[], []], image_pages=(0, 1)), "scan.pdf")


def test_some_pages_without_text_give_a_warning_not_an_error() -> None:
    res = convert_bytes(make_pdf([body_lines(PARA, 36), []], image_pages=(1,)), "part.pdf")
    assert body(res.markdown) == [PARA]
    assert any("2" in w and "OCR" in w for w in res.meta.warnings)


def test_encrypted_with_a_password_is_a_clear_error() -> None:
    with pytest.raises(EncryptedInputError, match="encrypted"):
        convert_bytes(make_pdf([body_lines(PARA, 36)], user_password="secret"), "locked.pdf")


def test_encrypted_with_the_empty_password_opens() -> None:
    # (Latin text: pdfminer cannot read an encrypted, non-embedded CID font's encoding.)
    sentence = "Permissions are restricted but the text opens with the empty password."
    pages = [[Text(72, 100, sentence, 12, "Helvetica")]]
    res = convert_bytes(make_pdf(pages, owner_password="owner"), "perm.pdf")
    assert body(res.markdown) == [sentence]


@pytest.mark.parametrize("cut", [0.3, 0.6])
def test_truncated_pdf_is_a_clear_error(cut: float) -> None:
    data = (PDF_DIR / "table.pdf").read_bytes()
    with pytest.raises(CorruptInputError, match="damaged or truncated"):
        convert_bytes(data[: int(len(data) * cut)], "cut.pdf")


def test_garbage_after_the_signature_is_a_clear_error() -> None:
    with pytest.raises(CorruptInputError):
        convert_bytes(b"%PDF-1.7\n" + bytes(range(256)) * 20, "junk.pdf")


@pytest.mark.parametrize("name", ["hzq2023_working.pdf", "比对报告_宿迁市_2023vs2024-19.pdf"])
def test_real_corpus_pdfs(name: str) -> None:
    """Real government PDFs: no page numbers left, tables found, columns read in turn."""
    res = convert_path(shared_path("corpus", "pdf", name))
    md = res.markdown
    assert not re.search(r"^- ?\d+ ?-$", md, re.M)
    assert res.meta.pages and res.meta.pages >= 5
    assert "(cid:" not in md
    if name.startswith("hzq"):
        assert "| 规章 | 0 | 0 | 0 |" in md
        assert "## 一、总体情况" in md
    else:  # two columns: the 2023 column's paragraph is not interleaved with the 2024 one
        assert re.search(r"^2023年，我市以习近平新时代中国特色社会主义思想为指导，深入学习贯彻习近平总书记", md, re.M)


def test_garbled_text_layer_needs_ocr() -> None:
    with pytest.raises(NoTextLayerError, match="unreadable"):
        convert_path(shared_path("corpus", "pdf", "test_01.pdf"))
