"""The plain-text reader's line breaks: every separator str.splitlines knows, but the form feed."""

from __future__ import annotations

import pytest
from docclean import Options
from docclean.api import convert_bytes
from docclean.readers.text import TextReader

PARA = "同志们：今天召开全县项目建设工作会议，主要目的是贯彻落实市上会议精神。"


@pytest.mark.parametrize("sep", ["\u2028", "\u2029", "\x85", "\x0b"], ids=["LS", "PS", "NEL", "VT"])
def test_unicode_line_separators_end_lines(sep: str):
    """`标题<LS>正文<PS>正文` was one line: a title glued to the text, a separator in the output."""
    data = f"会议讲话{sep}{PARA}{sep}{PARA}\n".encode()
    got = convert_bytes(data, "page.txt", Options(front_matter=False))
    assert sep not in got.markdown
    assert got.markdown == convert_bytes(f"会议讲话\n{PARA}\n{PARA}\n".encode(), "page.txt",
                                         Options(front_matter=False)).markdown


def test_a_form_feed_is_not_made_a_line_break():
    """pdftotext puts a form feed at each page's start, often mid-sentence: reading it as one more
    line break (a blank line, a paragraph's end) would split the sentence. It reads as if absent."""
    text = f"会议讲话\n{PARA}\n{PARA}各级各部门要认真贯彻\n{{}}落实会议精神，确保各项任务落到实处。\n"
    opts = Options(front_matter=False)
    assert convert_bytes(text.format("\x0c").encode(), "p.txt", opts).markdown == \
        convert_bytes(text.format("").encode(), "p.txt", opts).markdown


def test_line_provenances_are_the_line_numbers_past_the_shared_ones_too():
    """The reader's shared provenances are what `Provenance(line=i)` makes, for any first line
    (front matter shifts it) and past the shared range."""
    from docclean.model import Provenance
    from docclean.readers import text

    for first, n in ((1, 0), (1, 3), (4, 10), (text.MAX_SHARED - 2, 5), (text.MAX_SHARED + 7, 2)):
        assert text._provenances(first, n) == [Provenance(line=i) for i in range(first, first + n)]
    doc = TextReader().read(b"---\ntitle: T\n---\n\n  a\nb\n", "x.md", Options())
    assert [b.prov.line for b in doc.blocks] == [4, 5, 6, 7]
    plain = TextReader().read("  缩进\n\u3000全角\n\t制表\nx".encode(), "x.txt", Options())
    assert [(b.prov.line, b.indent) for b in plain.blocks] == [(1, 1.0), (2, 1.0), (3, 2.0), (4, 0.0)]
