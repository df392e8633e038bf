"""Damaged PDFs (reportlab output with bytes altered): a Result with a warning, or a typed error."""

from __future__ import annotations

import random
import re

import pytest
from docclean.api import convert_bytes
from docclean.errors import DoccleanError
from docclean.readers.pdf import xref_mismatches

from tests.readers.pdfgen import body_lines, make_pdf

PARA = "各级各部门要认真贯彻落实会议精神，切实加强组织领导，确保各项任务落到实处。" * 3


def _pdf() -> bytes:
    return make_pdf([body_lines(PARA, 30), body_lines(PARA, 30)])


def test_an_xref_offset_set_to_zero_is_a_warning_not_silent_loss():
    data = _pdf()
    assert xref_mismatches(data) == 0
    rows = list(re.finditer(rb"\n(\d{10}) 00000 n", data))
    warned = 0
    for m in rows:
        bad = data[:m.start(1)] + b"0000000000" + data[m.end(1):]
        assert xref_mismatches(bad) == 1
        try:
            result = convert_bytes(bad, "x.pdf")
        except DoccleanError:
            continue
        assert any("cross-reference table is damaged" in w for w in result.meta.warnings)
        warned += 1
    assert warned  # some damaged offsets still leave a readable document


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
    from docclean.readers.pdf import with_trailer

    data = _pdf()
    assert with_trailer(data) is None  # its own trailer
    cut = data[:data.rfind(b"\nxref")]
    fixed = with_trailer(cut)
    assert fixed is not None and fixed.startswith(cut) and b"/Root" in fixed[len(cut):]
    assert with_trailer(cut.replace(b"/Catalog", b"/Catalug")) is None
