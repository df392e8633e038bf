"""The readers' deadline (readers/limits.py, `Options.deadline`): a read past it fails as
"too complex" with the file's name; within it, the same file converts. (The CLI reads with
the default deadline; `docclean corpus --timeout` also ends a worker that overruns.)"""

from __future__ import annotations

import pytest
from docclean.api import convert_bytes
from docclean.errors import TooComplexError
from docclean.options import Options
from docclean.readers import limits

from tests.readers.docxgen import from_markdown
from tests.readers.pdfgen import body_lines, make_pdf

PARA = "各级各部门要认真贯彻落实会议精神，切实加强组织领导，确保各项任务落到实处。" * 3


def _pdf() -> bytes:
    return make_pdf([body_lines(PARA, 30) for _ in range(4)])


@pytest.mark.parametrize("engine", ["pdfium", "pdfplumber"])
def test_a_pdf_read_past_its_deadline_is_too_complex_and_within_it_converts(engine: str):
    data = _pdf()
    with pytest.raises(TooComplexError, match="too complex") as err:
        convert_bytes(data, "slow.pdf", Options(deadline=1e-9, pdf_engine=engine))
    assert err.value.path == "slow.pdf"
    res = convert_bytes(data, "slow.pdf", Options(pdf_engine=engine))  # the default: 120 s
    assert "各级各部门要认真贯彻落实会议精神" in res.markdown


def test_a_docx_read_past_its_deadline_is_too_complex():
    data = from_markdown("\n\n".join([PARA] * 50))
    with pytest.raises(TooComplexError, match="too complex"):
        convert_bytes(data, "slow.docx", Options(deadline=1e-9))
    assert "各级各部门" in convert_bytes(data, "slow.docx").markdown


def test_a_deadline_that_ends_at_once_never_leaves_its_timer_running():
    """The alarm fired between arming the timer and the `try` that disarms it: the timer went
    on firing into whatever ran next (pytest's own teardown here; a corpus worker's next file)."""
    import signal

    for _ in range(200):
        with (pytest.raises(TooComplexError) as err, limits.deadline(1e-9, "outer.pdf"),
              limits.deadline(60, "inner.pdf")):  # the earlier end holds
            while True:
                limits.check()
        assert err.value.path == "outer.pdf"
        assert signal.getitimer(signal.ITIMER_REAL) == (0.0, 0.0)
        assert signal.getsignal(signal.SIGALRM) == signal.SIG_DFL
        limits.check()  # no deadline left behind
