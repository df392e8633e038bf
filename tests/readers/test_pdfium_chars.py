"""The pdfium engine against pdfplumber, the reference: same records, same Markdown.

Real PDFs only: the committed fixtures, PDFs drawn here by reportlab, and ../shared's
corpus when it is beside the checkout.
"""

from __future__ import annotations

import io
from pathlib import Path

import pytest
from docclean import convert_bytes
from docclean.options import Options
from docclean.readers.pdf_layout import font_family, is_wide

from ..conftest import SAMPLES, shared_path
from .pdfgen import SONG, Box, H, Text, W, body_lines, make_pdf
from .test_pdf_layout import PARA, PARA2

pdfplumber = pytest.importorskip("pdfplumber")
pdfium_chars = pytest.importorskip("docclean.readers.pdfium_chars")


def both(data: bytes) -> tuple[str, str]:
    """The Markdown of the two engines."""
    return tuple(convert_bytes(data, "t.pdf", Options(pdf_engine=e)).markdown  # type: ignore[return-value]
                 for e in ("pdfium", "pdfplumber"))


def pages(data: bytes) -> list[pdfium_chars.PdfiumPage]:
    return list(pdfium_chars.open_pages(data))


FIELDS = ("text", "x0", "x1", "top", "bottom", "size", "fontname", "weight")


def char_dicts(data: bytes, page: int = 0) -> list[dict]:
    """The pdfium engine's glyph tuples of a page, keyed like pdfplumber's char dicts."""
    return [dict(zip(FIELDS, c, strict=True)) for c in pages(data)[page].chars]


def reference_chars(data: bytes) -> list[list[dict]]:
    with pdfplumber.open(io.BytesIO(data)) as pdf:
        return [[c for c in p.chars if not c["text"].isspace()] for p in pdf.pages]


@pytest.mark.parametrize("pdf", sorted((SAMPLES / "pdf").glob("*.pdf")), ids=lambda p: p.name)
def test_fixtures_give_the_same_markdown_with_both_engines(pdf: Path) -> None:
    a, b = both(pdf.read_bytes())
    assert a == b


def test_drawn_paragraphs_headings_and_tables_give_the_same_markdown() -> None:
    grid = [Box(72 + 120 * c, 400 + 24 * r, 192 + 120 * c, 424 + 24 * r) for r in range(3) for c in range(3)]
    cells = [Text(80 + 120 * c, 405 + 24 * r, f"单元{r}{c}") for r in range(3) for c in range(3)]
    page1 = [Text(200, 60, "关于项目建设的通知", 20), *body_lines(PARA, 36), *grid, *cells]
    page2 = [*body_lines(PARA2, 36), Text(290, 800, "- 2 -", 10)]
    a, b = both(make_pdf([page1, page2]))
    assert a == b
    assert "| 单元10 | 单元11 | 单元12 |" in a


def test_characters_match_pdfplumbers_boxes_and_sizes() -> None:
    data = make_pdf([[Text(72, 100, "第一章　总则 Article 1", 14), Text(72, 140, "正文第二行。", 10.5)]])
    ours = char_dicts(data)
    ref = reference_chars(data)[0]
    assert [c["text"] for c in ours if not c["text"].isspace()] == [c["text"] for c in ref]
    for a, b in zip([c for c in ours if not c["text"].isspace()], ref, strict=True):
        assert a["size"] == pytest.approx(b["size"], abs=0.05)
        assert a["x0"] == pytest.approx(b["x0"], abs=0.2)
        if is_wide(a["text"]):  # (half-width glyphs of a CID font: the two read different default widths)
            assert a["x1"] == pytest.approx(b["x1"], abs=0.2)
        assert a["bottom"] - a["top"] == pytest.approx(a["size"])  # pdfminer's box height
        assert abs(a["top"] - b["top"]) < 0.25 * a["size"]
        # A Type0 font's own name (pdfminer gives its descendant's: STSongStd-Light): same weight.
        assert a["fontname"].startswith("STSong") and font_family(a["fontname"])[1] == font_family(b["fontname"])[1]


def _scaled_pdf() -> bytes:
    """12 pt text drawn as 1 pt glyphs under a 12x matrix (as some producers do)."""
    from reportlab.pdfgen import canvas

    buf = io.BytesIO()
    c = canvas.Canvas(buf, pagesize=(W, H))
    c.saveState()
    c.translate(72, H - 100)
    c.scale(12, 12)
    c.setFont(SONG, 1)
    c.drawString(0, 0, "放大的文字")
    c.restoreState()
    c.setFont(SONG, 12)
    c.drawString(72, H - 130, "正常的文字")
    c.showPage()
    c.save()
    return buf.getvalue()


def test_font_size_is_scaled_by_the_character_matrix() -> None:
    chars = char_dicts(_scaled_pdf())
    assert {round(c["size"], 1) for c in chars} == {12.0}
    ref = reference_chars(_scaled_pdf())[0]
    assert [round(c["size"], 1) for c in ref] == [round(c["size"], 1) for c in chars]


def test_generated_spaces_and_line_breaks_are_skipped_real_ones_kept() -> None:
    data = make_pdf([[Text(72, 100, "第一行"), Text(72, 130, "第二行 word")]])
    texts = [c["text"] for c in char_dicts(data)]
    assert "\n" not in texts and "\r" not in texts
    assert "".join(texts) == "第一行第二行 word"


def test_large_character_spacing_does_not_widen_a_glyph() -> None:
    """A Tc of 100 pt stacks glyphs far apart; pdfium's loose box would run to the next one."""
    from reportlab.pdfgen import canvas

    buf = io.BytesIO()
    c = canvas.Canvas(buf, pagesize=(W, H))
    t = c.beginText(72, H - 100)
    t.setFont(SONG, 10)
    t.setCharSpace(100)
    t.textOut("三本")
    c.drawText(t)
    c.showPage()
    c.save()
    chars = char_dicts(buf.getvalue())
    ref = reference_chars(buf.getvalue())[0]
    assert [c["text"] for c in chars] == ["三", "本"]
    for a, b in zip(chars, ref, strict=True):
        assert a["x1"] - a["x0"] <= pdfium_chars.MAX_ADVANCE * a["size"]
        assert a["x0"] == pytest.approx(b["x0"], abs=0.2)


def _ruled_pdf() -> bytes:
    from reportlab.pdfgen import canvas

    buf = io.BytesIO()
    c = canvas.Canvas(buf, pagesize=(W, H))
    c.rect(72, 600, 200, 50, stroke=1, fill=0)  # a stroked box: four rules
    c.line(72, 500, 272, 500)  # a rule
    c.rect(72, 400, 200, 1, stroke=0, fill=1)  # a thin filled bar: a rule
    c.setFillGray(0.9)
    c.rect(300, 300, 200, 200, stroke=0, fill=1)  # a grey background: not a rule
    c.line(72, 200, 272, 260)  # slanted: not a rule
    c.showPage()
    c.save()
    return buf.getvalue()


def test_rulings_come_from_path_objects() -> None:
    page = pages(_ruled_pdf())[0]
    edges = sorted((e["orientation"], round(e["x0"]), round(e["top"]), round(e["x1"]), round(e["bottom"]))
                   for e in page.edges)
    box = [("h", 72, H - 650, 272, H - 650), ("h", 72, H - 600, 272, H - 600),
           ("v", 72, H - 650, 72, H - 600), ("v", 272, H - 650, 272, H - 600)]
    for e in [*box, ("h", 72, H - 500, 272, H - 500), ("h", 72, H - 401, 272, H - 401)]:
        assert (e[0], e[1], round(e[2]), e[3], round(e[4])) in edges
    assert not [e for e in page.edges if e["x0"] >= 299]  # the background gave none
    assert page.rulings == 3 and page.images == 0


def test_every_page_is_read_and_the_document_closed() -> None:
    data = make_pdf([body_lines(PARA, 36)] * 3)
    it = pdfium_chars.open_pages(data)
    got = [p.number for p in it]
    assert got == [1, 2, 3]
    with pytest.raises(StopIteration):
        next(it)


def test_unreadable_file_is_a_pdfium_error_turned_into_a_clear_error() -> None:
    from docclean.errors import CorruptInputError

    with pytest.raises(CorruptInputError, match="damaged"):
        convert_bytes(b"%PDF-1.7\n" + bytes(range(256)) * 20, "junk.pdf", Options(pdf_engine="pdfium"))


def test_engine_option_is_checked() -> None:
    with pytest.raises(ValueError, match="pdf_engine"):
        Options(pdf_engine="mupdf")


SAME = ["2list_1table.pdf", "3list_1table.pdf", "hzq2023_working.pdf", "hzq2024_working.pdf", "p3_图文混排84.pdf",
        "上海市普陀区人民政府万里街道办事处24年预算.pdf", "上海市普陀区人民政府万里街道办事处25年预算.pdf",
        "中共上海市普陀区委社会工作部 2024 年度部门决算.pdf", "chatchat-content/1.pdf", "chatchat-kb-test/1.pdf"]


@pytest.mark.slow
@pytest.mark.parametrize("name", SAME)
def test_shared_corpus_pdfs_give_the_same_markdown(name: str) -> None:
    """The files README lists as identical (the others' differences are explained there)."""
    a, b = both(shared_path("corpus", "pdf", *name.split("/")).read_bytes())
    assert a == b


def _grid(xs: list[float], ys: list[float], skip: set[tuple[str, int, int]]) -> list[dict[str, object]]:
    """Ruling edges of a grid in pdfplumber's format, one segment per cell side; `skip` leaves
    out ('h', row, col) or ('v', row, col) segments (a merged cell)."""
    edges: list[dict[str, object]] = []
    for r, y in enumerate(ys):
        for c in range(len(xs) - 1):
            if ("h", r, c) not in skip:
                edges.append({"x0": xs[c], "x1": xs[c + 1], "top": y, "bottom": y, "orientation": "h"})
    for c, x in enumerate(xs):
        for r in range(len(ys) - 1):
            if ("v", r, c) not in skip:
                edges.append({"x0": x, "x1": x, "top": ys[r], "bottom": ys[r + 1], "orientation": "v"})
    for e in edges:
        e.update(width=e["x1"] - e["x0"], height=e["bottom"] - e["top"], object_type="line")
    return edges


@pytest.mark.parametrize("skip", [set(), {("v", 0, 1)}, {("h", 1, 0), ("h", 1, 1)}, {("v", 1, 2), ("h", 2, 2)}],
                         ids=["full", "merged-across", "merged-down", "open-corner"])
def test_our_cell_search_finds_pdfplumbers_cells_in_its_order(skip: set[tuple[str, int, int]]) -> None:
    from docclean.readers.pdf import _Rulings, cells_from_intersections
    from pdfplumber.table import TableFinder, intersections_to_cells

    page = _Rulings([], _grid([10.0, 60.0, 110.0, 160.0], [10.0, 30.0, 50.0, 70.0], skip), (0.0, 0.0, 200.0, 100.0))
    finder = TableFinder(page)
    cells = cells_from_intersections(finder.intersections, intersections_to_cells)
    assert cells == finder.cells
    assert len(cells) == 9 if not skip else 0 < len(cells) < 9  # a missing segment merges cells


def test_tables_on_the_fixture_pages_are_pdfplumbers() -> None:
    from docclean.readers.pdf import _find_tables, _Rulings
    from pdfplumber.table import TableFinder

    found = 0
    for page in pages((SAMPLES / "pdf" / "table.pdf").read_bytes()):
        rulings = _Rulings(page.chars, page.edges, (0.0, 0.0, page.width, page.height))
        ours, ref = _find_tables(rulings), TableFinder(rulings).tables
        assert [t.bbox for t in ours] == [t.bbox for t in ref]
        assert [[c for row in t.rows for c in row.cells] for t in ours] == [
            [c for row in t.rows for c in row.cells] for t in ref]
        found += len(ours)
    assert found


def test_one_line_cell_text_is_pdfplumbers_extract_text() -> None:
    """Cells on one baseline skip pdfplumber's extract_text: blanks, gaps over its tolerance,
    glyphs drawn out of order or over one another, ligatures and empty glyphs must come out
    the same (seeded random cells)."""
    import random

    from docclean.readers.pdf import one_line_text
    from pdfplumber.utils import extract_text

    rng = random.Random(7)
    for _ in range(3000):
        chars, x = [], 0.0
        for _ in range(rng.randint(0, 8)):
            x += rng.choice([0.0, 1.0, 2.9, 3.0, 3.1, 8.0, -4.0])
            w = rng.choice([0.0, 5.0, 9.0])
            chars.append({"text": rng.choice(["中", "a", " ", "\ufb01", "", "\u3000", "1"]), "x0": x, "x1": x + w,
                          "top": 5.0, "bottom": 14.0, "upright": True, "doctop": 5.0, "size": 9.0})
            x += w
        rng.shuffle(chars)
        assert one_line_text(chars) == extract_text(chars)
