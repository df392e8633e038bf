"""tables.width: CJK cells from byte counts, checked against the plain regex count."""

from __future__ import annotations

import pytest
from docclean.tables import RE_NARROW, RE_WIDE_ASCII, width

from tests.fuzz.lines import fuzz_text


def plain_width(text: str) -> float:
    """The definition: printable ASCII is half a cell, `,:;?!()` a whole one (scraped from
    full-width); an all-ASCII text is half a cell per character, controls too."""
    if text.isascii():
        return 0.5 * len(text) + 0.5 * len(RE_WIDE_ASCII.findall(text))
    narrow = len(RE_NARROW.findall(text))
    wide_punct = len(RE_WIDE_ASCII.findall(text)) if narrow else 0
    return len(text) - 0.5 * (narrow - wide_punct)


@pytest.mark.parametrize(("text", "cells"), [
    ("", 0.0), ("中文", 2.0), ("abcd", 2.0), ("a,b", 2.0), ("第3条", 2.5), ("（一）", 3.0),
    ("中(一)", 4.0), ("\x01中", 2.0), ("a\x01", 1.0), ("中文\U00020000", 3.0),
])
def test_width(text, cells):
    assert width(text) == cells == plain_width(text)


def test_width_equals_the_plain_count_on_fuzzed_text():
    for seed in range(200):
        for line in fuzz_text(seed).split("\n"):
            for piece in (line, *line.split(" ")):
                assert width(piece) == plain_width(piece), piece
