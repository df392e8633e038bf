"""PDFs cut short (readers/pdf_rebuild.py): read as far as they go, with a warning, never garbled.

The fixtures are LibreOffice's (samples/pdf): it writes each page's content first, then the
fonts, and the page objects, page tree, catalog and xref last, so a cut anywhere but the last
~2 % used to be refused whole ("Data format error").
"""

from __future__ import annotations

import subprocess
import sys

import pytest
from docclean.api import convert_bytes
from docclean.errors import CorruptInputError
from docclean.options import Options
from docclean.readers import pdf_rebuild
from rapidfuzz.distance import LCSseq

from tests.conftest import SAMPLES

PDF_DIR = SAMPLES / "pdf"
CUTS = (0.5, 0.7, 0.85, 0.9, 0.95, 0.99)


def _full(name: str, engine: str = "pdfium") -> str:
    return convert_bytes((PDF_DIR / name).read_bytes(), name, Options(pdf_engine=engine)).original


@pytest.mark.parametrize("name", ["001_24bec596c64ccf90.pdf", "003_590090a74b10852c.pdf"])
def test_a_libreoffice_pdf_cut_at_many_points_is_read_as_far_as_it_goes(name: str):
    data = (PDF_DIR / name).read_bytes()
    full = _full(name)
    kept = []
    for cut in CUTS:
        res = convert_bytes(data[: int(len(data) * cut)], name)
        assert any("cut short" in w for w in res.meta.warnings), (cut, res.meta.warnings)
        # Never garbled: what is read is the document's own text, in its order (the last page's
        # paragraph may stop where the page does).
        assert LCSseq.similarity(res.original, full) >= 0.995 * len(res.original), cut
        assert res.original[:200] == full[:200]
        kept.append(LCSseq.similarity(res.original, full) / len(full))
    assert kept == sorted(kept) and kept[0] > 0 and kept[-1] > 0.99, kept  # more file, more text; 99 %: all


def test_the_reference_engine_reads_the_same_rebuilt_pages():
    name = "001_24bec596c64ccf90.pdf"
    data = (PDF_DIR / name).read_bytes()[: int(len((PDF_DIR / name).read_bytes()) * 0.9)]
    a = convert_bytes(data, name, Options(pdf_engine="pdfium"))
    b = convert_bytes(data, name, Options(pdf_engine="pdfplumber"))
    assert a.meta.pages == b.meta.pages and a.meta.pages >= 4
    assert LCSseq.similarity(a.original, b.original) >= 0.98 * len(a.original)
    assert any("cut short" in w for w in b.meta.warnings)


@pytest.mark.parametrize("cut", [0.05, 0.2])
def test_cut_before_the_fonts_is_a_clear_error_not_an_empty_document(cut: float):
    data = (PDF_DIR / "001_24bec596c64ccf90.pdf").read_bytes()
    with pytest.raises(CorruptInputError, match=r"damaged or truncated PDF: .*(fonts were cut off|not in what is there)"):
        convert_bytes(data[: int(len(data) * cut)], "cut.pdf")


def test_pages_stop_at_the_first_whose_font_is_gone_and_a_font_of_its_size_never_stands_in():
    """A cut between two 255-glyph subsets (F1 there, F3 cut off): F3's codes all fit F1's map,
    but F3's text read with F1's map would be other characters: F3's pages are not read."""
    data = (PDF_DIR / "001_24bec596c64ccf90.pdf").read_bytes()
    cut = data[: int(len(data) * 0.5)]
    scan = pdf_rebuild.objects(cut)
    found = pdf_rebuild.fonts(scan.objs)
    tags = {f.tag for f in found}
    assert b"BAAAAA" in tags and b"DAAAAA" not in tags
    used: dict[bytes, list[bytes]] = {}
    for o in scan.objs.values():
        content = pdf_rebuild.decoded(o) if o.stream is not None and b"/Length1" not in o.head else None
        if content and b"BT" in content:
            for k, v in pdf_rebuild.shown(content).items():
                used.setdefault(k, []).extend(v)
    f1 = next(f for f in found if f.tag == b"BAAAAA")
    assert pdf_rebuild._fits(used[b"F3"], f1)  # the same codes: only the tag tells them apart
    sure = pdf_rebuild.match_fonts(used, found)
    assert sure[b"F1"] == f1.ref and b"F3" not in sure
    made = pdf_rebuild.rebuilt(cut)
    assert made is not None and made.pages >= 1 and made.left_out >= 1


def test_a_file_with_its_catalog_is_left_to_the_other_repairs():
    data = (PDF_DIR / "table.pdf").read_bytes()
    assert pdf_rebuild.rebuilt(data) is None
    assert pdf_rebuild.rebuilt(b"%PDF-1.4\nnothing here") is None


def test_shown_reads_hex_literal_and_array_strings_per_font():
    content = rb"BT /F1 12 Tf <0102> Tj [(a\051b) -20 <03>] TJ /F2 9 Tf (\101) Tj ET"
    assert pdf_rebuild.shown(content) == {b"F1": [b"\x01\x02", b"a)b", b"\x03"], b"F2": [b"A"]}


def test_the_cli_converts_a_cut_pdf_with_the_warning(tmp_path):
    data = (PDF_DIR / "001_24bec596c64ccf90.pdf").read_bytes()
    page = tmp_path / "cut.pdf"
    page.write_bytes(data[: int(len(data) * 0.9)])
    p = subprocess.run([sys.executable, "-m", "docclean", "convert", str(page)], capture_output=True, timeout=120)
    assert p.returncode == 0, p.stderr.decode()
    assert f"docclean: warning: {page}: the PDF is cut short" in p.stderr.decode()
    assert "在全市重点工作重大项目调研座谈会上的讲话" in p.stdout.decode()
    assert page.read_bytes() == data[: int(len(data) * 0.9)]  # the input untouched


def test_a_hostile_tounicode_map_is_bounded_and_matches_nothing():
    import time
    import zlib

    ranges = b"".join(b"<0000> <FFFF> <4E00>\n" for _ in range(5000))  # 5,000 full two-byte ranges
    cmap = zlib.compress(b"begincodespacerange <0000> <FFFF> endcodespacerange\n5000 beginbfrange\n" + ranges
                         + b"endbfrange\n")
    data = (b"%%PDF-1.4\n1 0 obj\n<</Type/Font/Subtype/Type0/BaseFont/X/ToUnicode 2 0 R>>\nendobj\n"
            b"2 0 obj\n<</Length %d/Filter/FlateDecode>>\nstream\n" % len(cmap) + cmap + b"\nendstream\nendobj\n")
    t = time.perf_counter()
    assert pdf_rebuild.fonts(pdf_rebuild.objects(data).objs) == []
    assert time.perf_counter() - t < 5  # (a bound, not a benchmark: unbounded, it was 327M set insertions)
