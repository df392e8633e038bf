"""The pdfium engine's C helper (`_pdfchars.c`) against its Python loop: identical records.

Real PDFs only (the fixtures, PDFs drawn by reportlab, one written here byte by byte for the
cases reportlab cannot draw, ../shared's corpus when it is there), read by real pdfium through
both loops. Where the installed package has no helper (no compiler at install time), the
tests compile it into a temporary folder; without any compiler they skip.
"""

from __future__ import annotations

import ctypes
import math
import shutil
from pathlib import Path

import pytest
from docclean import convert_bytes
from docclean.options import Options

from ..conftest import ROOT, SAMPLES, shared_path
from .pdfgen import Box, Text, body_lines, make_pdf
from .test_pdf_layout import PARA

pdfium_chars = pytest.importorskip("docclean.readers.pdfium_chars")
pdfium_native = pytest.importorskip("docclean.readers.pdfium_native")
SOURCE = ROOT / "convert" / "docclean" / "readers" / "_pdfchars.c"


def _compile(target: Path) -> Path:
    from hatch_build import compile_helper

    if shutil.which("cc") is None and shutil.which("gcc") is None:
        pytest.skip("no C compiler here: the Python loop is all there is")
    error = compile_helper(SOURCE, target)
    assert error is None, error
    return target


@pytest.fixture(scope="module")
def lib(tmp_path_factory: pytest.TempPathFactory) -> ctypes.CDLL:
    """The installed helper, else one compiled for the test."""
    if pdfium_native.LIB is not None:
        return pdfium_native.LIB
    loaded = pdfium_native.load(_compile(tmp_path_factory.mktemp("lib") / pdfium_native.LIBNAME))
    assert loaded is not None
    return loaded


def both(data: bytes, lib: ctypes.CDLL) -> tuple[list, list]:
    """Every page's record through the C helper, then through the Python loop."""
    installed = pdfium_native.LIB
    pdfium_native.LIB = lib  # (our own switch: the module reads it when a document is opened)
    try:
        native = list(pdfium_chars.open_pages(data, native=True))
    finally:
        pdfium_native.LIB = installed
    return native, list(pdfium_chars.open_pages(data, native=False))


@pytest.mark.parametrize("pdf", sorted((SAMPLES / "pdf").glob("*.pdf")), ids=lambda p: p.name)
def test_both_loops_give_identical_records_on_every_fixture(pdf: Path, lib: ctypes.CDLL) -> None:
    native, python = both(pdf.read_bytes(), lib)
    assert native == python  # characters (text, box, size, font, weight), rulings, counts, to the last bit
    assert sum(len(p.chars) for p in native) > 400


@pytest.mark.slow
def test_both_loops_give_identical_records_on_the_shared_pdfs(lib: ctypes.CDLL) -> None:
    files = sorted(shared_path("corpus", "pdf").rglob("*.pdf"))
    for pdf in files:
        native, python = both(pdf.read_bytes(), lib)
        assert native == python, pdf.name


def test_both_loops_agree_on_drawn_tables_rotated_scaled_and_spaced_text(lib: ctypes.CDLL) -> None:
    from reportlab.pdfgen import canvas

    from .pdfgen import SONG, H, W

    grid = [Box(72 + 120 * c, 400 + 24 * r, 192 + 120 * c, 424 + 24 * r) for r in range(3) for c in range(3)]
    data = make_pdf([[Text(200, 60, "关于项目建设的通知", 20), *body_lines(PARA, 36), *grid]])
    native, python = both(data, lib)
    assert native == python and native[0].rulings
    import io

    buf = io.BytesIO()
    c = canvas.Canvas(buf, pagesize=(W, H))
    c.saveState()
    c.translate(100, 400)
    c.rotate(30)  # both b and d of the character matrix non-zero: the scale's square root
    c.scale(12, 12)
    c.setFont(SONG, 1)
    c.drawString(0, 0, "旋转的文字")
    c.restoreState()
    t = c.beginText(72, H - 100)
    t.setFont(SONG, 10)
    t.setCharSpace(100)  # pdfium's loose box runs to the next glyph: clamped to MAX_ADVANCE
    t.textOut("三本")
    c.drawText(t)
    c.showPage()
    c.save()
    native, python = both(buf.getvalue(), lib)
    assert native == python
    assert {round(ch[5], 1) for ch in native[0].chars} == {12.0, 10.0}


def crafted_pdf(text_ops: bytes) -> bytes:
    """A one-page PDF in Helvetica (not embedded) whose ToUnicode map sends A to U+20000 (a
    surrogate pair in pdfium's UTF-16), B to 中 and E to a lone high surrogate, and whose
    encoding gives D a glyph name nothing maps (no Unicode: a map error)."""
    cmap = (b"/CIDInit /ProcSet findresource begin 12 dict begin begincmap /CMapName /T def\n"
            b"1 begincodespacerange <00> <FF> endcodespacerange\n"
            b"3 beginbfchar <41> <D840DC00> <42> <4E2D> <45> <D840> endbfchar\n"
            b"endcmap CMapName currentdict /CMap defineresource pop end end\n")
    objs = [
        b"<< /Type /Catalog /Pages 2 0 R >>",
        b"<< /Type /Pages /Kids [3 0 R] /Count 1 >>",
        b"<< /Type /Page /Parent 2 0 R /MediaBox [0 0 300 200] /Resources << /Font << /F1 5 0 R >> >> "
        b"/Contents 4 0 R >>",
        b"<< /Length %d >>\nstream\n" % len(text_ops) + text_ops + b"\nendstream",
        b"<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica /ToUnicode 6 0 R "
        b"/Encoding << /Type /Encoding /Differences [68 /zzunknownglyph] >> >>",
        b"<< /Length %d >>\nstream\n" % len(cmap) + cmap + b"endstream",
    ]
    out = bytearray(b"%PDF-1.4\n")
    offsets = []
    for i, body in enumerate(objs, start=1):
        offsets.append(len(out))
        out += b"%d 0 obj\n" % i + body + b"\nendobj\n"
    xref = len(out)
    out += b"xref\n0 %d\n0000000000 65535 f \n" % (len(objs) + 1)
    out += b"".join(b"%010d 00000 n \n" % o for o in offsets)
    out += b"trailer\n<< /Size %d /Root 1 0 R >>\nstartxref\n%d\n%%%%EOF\n" % (len(objs) + 1, xref)
    return bytes(out)


def test_surrogate_pairs_lone_halves_and_unmapped_glyphs_alike(lib: ctypes.CDLL) -> None:
    """A pair is one character, its box over both halves; a lone half and a glyph without a
    Unicode map are left out and counted; after MAP_SAMPLE clean glyphs a font is trusted."""
    native, python = both(crafted_pdf(b"BT /F1 12 Tf 20 150 Td (ABDCEAB) Tj 0 -20 Td (DB) Tj ET"), lib)
    assert native == python
    page = native[0]
    assert "".join(c[0] for c in page.chars) == "\U00020000中C\U00020000中中"  # D (no map) and E (a lone half) gone
    assert page.unmapped == 3  # D twice (the font has map errors: all its glyphs are checked), E
    assert page.chars[0][2] - page.chars[0][1] > 0
    clean = b"B" * pdfium_chars.MAP_SAMPLE
    native, python = both(crafted_pdf(b"BT /F1 4 Tf 20 150 Td (" + clean + b") Tj 0 -10 Td (DB) Tj ET"), lib)
    assert native == python
    assert len(native[0].chars) == pdfium_chars.MAP_SAMPLE + 2 and native[0].unmapped == 0  # trusted: D kept


def test_whole_conversion_is_the_same_without_the_helper(lib: ctypes.CDLL) -> None:
    data = (SAMPLES / "pdf" / "table.pdf").read_bytes()
    installed = pdfium_native.LIB
    try:
        pdfium_native.LIB = lib
        a = convert_bytes(data, "t.pdf", Options(pdf_engine="pdfium"))
        pdfium_native.LIB = None  # a user who installed without a compiler
        b = convert_bytes(data, "t.pdf", Options(pdf_engine="pdfium"))
    finally:
        pdfium_native.LIB = installed
    assert a.markdown == b.markdown and a.removals == b.removals and a.meta.warnings == b.meta.warnings
    assert "|" in a.markdown


def test_a_missing_foreign_or_stale_library_is_not_used(tmp_path: Path) -> None:
    assert pdfium_native.load(tmp_path / "nothing.so") is None
    junk = tmp_path / "junk.so"
    junk.write_bytes(b"\x7fELF not really a library")
    assert pdfium_native.load(junk) is None
    stale = tmp_path / "stale.c"
    stale.write_text(SOURCE.read_text(encoding="utf-8").replace("#define ABI 1", "#define ABI 999"),
                     encoding="utf-8")
    from hatch_build import compile_helper

    if shutil.which("cc") is None and shutil.which("gcc") is None:
        pytest.skip("no C compiler here")
    assert compile_helper(stale, tmp_path / "stale.so") is None
    assert pdfium_native.load(tmp_path / "stale.so") is None  # built from another version of the source
    assert compile_helper(SOURCE, tmp_path / "ok.so") is None
    assert pdfium_native.load(tmp_path / "ok.so") is not None


def test_without_a_compiler_the_build_goes_on_and_says_why(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    from hatch_build import compile_helper

    monkeypatch.setenv("CC", str(tmp_path / "no-such-cc"))
    error = compile_helper(SOURCE, tmp_path / "x.so")
    assert error is not None and "no-such-cc" in error
    assert not list(tmp_path.glob("x.so*"))  # nothing half-written left behind


def test_buffers_are_checked_before_the_c_loop_writes(lib: ctypes.CDLL) -> None:
    import pypdfium2 as pdfium

    doc = pdfium.PdfDocument((SAMPLES / "pdf" / "table.pdf").read_bytes())
    try:
        page = pdfium_chars._load_page(doc.raw, 0)
        tp = pdfium_chars._load_text(page)
        try:
            n = pdfium_chars._count_chars(tp)
            short = ctypes.create_string_buffer(n)  # half the UTF-16 units the page has
            with pytest.raises(ValueError, match="holds"):
                pdfium_native.read_chars(lib, tp, n, short, 0.0, 842.0, 1.25, 32)
        finally:
            pdfium_chars._close_text(tp)
            pdfium_chars._close_page(page)
    finally:
        doc.close()


@pytest.mark.parametrize(("b", "d"), [(0.0, 12.0), (0.0, -3.5), (7.0, 0.0), (0.0, 0.0), (3.0, 4.0),
                                      (math.inf, 1.0), (0.5, math.nan)])
def test_matrix_scale_is_hypot(b: float, d: float) -> None:
    got, ref = pdfium_chars.matrix_scale(b, d), math.hypot(b, d)
    if b == 0.0 or d == 0.0 or math.isinf(ref):
        assert got == ref  # exact where one is zero (upright text: nearly every character)
    elif math.isnan(ref):
        assert math.isnan(got)
    else:
        assert got == pytest.approx(ref, rel=1e-15)
