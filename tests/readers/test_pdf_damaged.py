"""Damaged PDFs (reportlab output with bytes altered): a Result with a warning, or a typed error."""

from __future__ import annotations

import random
import re

import pytest
from docclean.api import convert_bytes
from docclean.errors import DoccleanError
from docclean.readers.pdf_repair import misplaced, startxref_astray, with_xref_repaired, xref_mismatches

from tests.readers.pdfgen import body_lines, make_pdf

PARA = "各级各部门要认真贯彻落实会议精神，切实加强组织领导，确保各项任务落到实处。" * 3


def _pdf() -> bytes:
    return make_pdf([body_lines(PARA, 30), body_lines(PARA, 30)])


@pytest.mark.parametrize("engine", ["pdfium", "pdfplumber"])
def test_a_wrong_xref_offset_is_repaired_with_a_warning_never_silent_loss(engine: str):
    """Every row of the table in turn set to 0 or a few bytes off: both engines read the whole
    text (pdfminer used to drop the object, pdfium to refuse the page) and say so."""
    from docclean.options import Options

    data = _pdf()
    opts = Options(pdf_engine=engine)
    whole = convert_bytes(data, "x.pdf", opts)
    assert not any("cross-reference" in w or "startxref" in w for w in whole.meta.warnings)
    rows = list(re.finditer(rb"\n(\d{10}) 00000 n", data))
    assert len(rows) >= 8
    for m in rows:
        for offset in (0, int(m.group(1)) + 7):
            bad = data[:m.start(1)] + b"%010d" % offset + data[m.end(1):]
            assert xref_mismatches(bad) == 1
            res = convert_bytes(bad, "x.pdf", opts)
            assert res.markdown == whole.markdown, (m.group(1), offset)
            assert any("cross-reference table is damaged (1 objects" in w and "read from where" in w
                       for w in res.meta.warnings)


def test_a_row_whose_object_is_nowhere_is_named_as_possible_loss():
    data = _pdf()
    gone = data.replace(b"\n9 0 obj", b"\n9 0 obk")  # a page's content stream, its header broken
    assert with_xref_repaired(gone, []) == (gone, 0)  # nothing wrong given, nothing done
    wrong = misplaced(gone)
    assert [r.number for r in wrong] == [9]
    fixed, missing = with_xref_repaired(gone, wrong)
    assert missing == 1 and fixed == gone  # no header to point at: the row stays as it was
    res = convert_bytes(gone, "x.pdf")
    assert any("nowhere in the file: text in those objects may be missing" in w for w in res.meta.warnings)


def test_the_repair_points_each_wrong_row_at_its_own_object_and_touches_nothing_else():
    data = _pdf()
    table = data.rindex(b"\nxref")
    bad = data[:table] + re.sub(rb"\n\d{10} 00000 n", b"\n0000000000 00000 n", data[table:])
    wrong = misplaced(bad)
    assert len(wrong) == len(re.findall(rb"\n\d{10} 00000 n", data))
    fixed, missing = with_xref_repaired(bad, wrong)
    assert missing == 0 and len(fixed) == len(bad)
    assert fixed == data  # reportlab writes each object where its row said
    assert misplaced(data) == [] and with_xref_repaired(data, []) == (data, 0)


def test_an_incremental_update_row_means_the_last_copy_before_its_table():
    body = b"%PDF-1.4\n1 0 obj\n(old)\nendobj\n"
    second = len(body)
    body += b"1 0 obj\n(new)\nendobj\n"
    table = len(body)
    body += b"xref\n0 2\n0000000000 65535 f \n0000000000 00000 n \ntrailer\n<<>>\n"
    after = body + b"1 0 obj\n(later)\nendobj\n"  # a copy after the table is not the one it lists
    fixed, missing = with_xref_repaired(after, misplaced(after))
    assert missing == 0
    assert fixed[table:].startswith(b"xref\n0 2\n0000000000 65535 f \n%010d 00000 n" % second)


def test_a_startxref_pointer_astray_is_read_with_a_warning():
    data = _pdf()
    assert not startxref_astray(data)
    m = re.search(rb"startxref\s+(\d+)", data)
    for value in (b"0", str(int(m.group(1)) + 5).encode()):
        bad = data[:m.start(1)] + value + data[m.end(1):]
        assert startxref_astray(bad)
        for engine in ("pdfium", "pdfplumber"):
            from docclean.options import Options

            res = convert_bytes(bad, "x.pdf", Options(pdf_engine=engine))
            assert "各级各部门要认真贯彻落实会议精神" in res.markdown
            assert any("startxref pointer does not lead" in w for w in res.meta.warnings), engine
    cut = data[:data.rfind(b"\nxref")]
    assert not startxref_astray(cut)  # no pointer: the cut-file repair's case, not this one


def test_only_xref_tables_are_checked_not_the_startxref_pointer():
    data = _pdf()
    table = data.rindex(b"\nxref") + 1
    # `startxref` followed by what looks like a table section: a pointer, never read as a table
    decoy = b"startxref\n0 1\n0000000000 00000 n \n"
    assert xref_mismatches(data + decoy) == xref_mismatches(data) == 0  # (appended: offsets unchanged)
    assert xref_mismatches(b"xref\n0 1\n0000000009 00000 n \n") == 1  # a table at the very start is one
    bad = data[:table] + re.sub(rb"\n\d{10} 00000 n", b"\n0000000000 00000 n", data[table:], count=1)
    assert xref_mismatches(bad) == 1


@pytest.mark.parametrize("seed", range(12))
def test_flipped_bytes_give_a_result_or_a_typed_error(seed: int):
    rng = random.Random(seed)
    data = bytearray(_pdf())
    for _ in range(8):
        data[rng.randrange(len(data))] ^= 1 << rng.randrange(8)
    try:
        convert_bytes(bytes(data), "x.pdf")
    except DoccleanError as exc:
        assert "\n" not in str(exc)


@pytest.mark.parametrize("engine", ["pdfium", "pdfplumber"])
def test_a_pdf_cut_before_its_xref_is_read_by_its_objects_with_a_warning(engine: str):
    from docclean.options import Options

    data = _pdf()
    cut = data[:data.rfind(b"\nxref")]
    res = convert_bytes(cut, "cut.pdf", Options(pdf_engine=engine))
    assert "各级各部门要认真贯彻落实会议精神" in res.markdown
    assert any("cross-reference table and trailer" in w for w in res.meta.warnings)
    whole = convert_bytes(data, "whole.pdf", Options(pdf_engine=engine))
    assert not any("trailer" in w for w in whole.meta.warnings)


def test_a_trailer_is_added_only_where_one_is_missing_and_a_catalog_is_there():
    from docclean.readers.pdf_repair import with_trailer

    data = _pdf()
    assert with_trailer(data) is None  # its own trailer
    cut = data[:data.rfind(b"\nxref")]
    fixed = with_trailer(cut)
    assert fixed is not None and fixed.startswith(cut) and b"/Root" in fixed[len(cut):]
    assert with_trailer(cut.replace(b"/Catalog", b"/Catalug")) is None


@pytest.mark.parametrize("prefix", [b"\r\n", b"HTTP/1.1 200 OK\r\nContent-Type: application/pdf\r\n\r\n",
                                    b"<html><body>download</body></html>\n" * 5])
@pytest.mark.parametrize("engine", ["pdfium", "pdfplumber"])
def test_bytes_before_the_header_are_skipped_with_a_warning(prefix: bytes, engine: str):
    """A download script's junk before `%PDF-` (within the first 1 KB, as PDF readers allow):
    read from the header, whose offsets the xref counts from; it was read as plain text or HTML
    (the PDF's syntax as its text), or its offsets all looked wrong."""
    from docclean.options import Options

    data = _pdf()
    opts = Options(pdf_engine=engine)
    whole = convert_bytes(data, "x.pdf", opts)
    res = convert_bytes(prefix + data, "x.pdf", opts)
    assert res.meta.format == "pdf" and res.markdown == whole.markdown
    assert res.meta.warnings == [f"{len(prefix)} bytes before the PDF's %PDF header skipped"]


def test_a_text_that_mentions_a_pdf_header_stays_text():
    from docclean.readers.pdf_repair import header_at

    assert header_at(_pdf()) == 0
    note = "格式说明\n%PDF-1.4 是文件头，后面跟着对象。\n正文第一段。\n".encode()
    assert header_at(note) is None  # at a line start, but no object after it
    assert header_at("正文提到 %PDF-1.7 与 1 0 obj。\n".encode()) is None  # not at a line start
    assert header_at(b"x" * 2000 + b"\n" + _pdf()) is None  # past the first 1 KB
    res = convert_bytes(note, "note.txt")
    assert res.meta.format == "txt" and "是文件头" in res.markdown


@pytest.mark.parametrize("engine", ["pdfium", "pdfplumber"])
def test_through_the_api_the_parsers_logs_never_reach_stderr(engine: str, capfd):
    """The API half of test_cli_robust's test: damaged PDFs (wrong xref rows, an Info value that
    refers to itself, cut short) leave nothing on the process's stderr, their damage in warnings."""
    from docclean.options import Options

    from tests.hostile import _broken_xref
    from tests.hostile import _pdf as hostile_pdf

    pdfs = [_broken_xref(), hostile_pdf().replace(b"/Subject (unspecified)", b"/Subject 6 0 R        "),
            hostile_pdf()[: hostile_pdf().rfind(b"\nxref")]]
    capfd.readouterr()
    for data in pdfs:
        res = convert_bytes(data, "x.pdf", Options(pdf_engine=engine))
        assert "各级各部门" in res.markdown or "同志们" in res.markdown
    out, err = capfd.readouterr()
    assert err == "" and out == ""
