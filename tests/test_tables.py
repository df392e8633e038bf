"""tables.width and widths: CJK cells from byte counts, checked against the plain regex count."""

from __future__ import annotations

import pytest
from docclean.tables import RE_NARROW, RE_WIDE_ASCII, width, widths

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


def test_widths_measures_many_texts_as_width_does_each():
    """`widths` (all texts joined, a few C calls) gives `width` of each: CJK-only lists, mixed
    ones, all-ASCII pieces, controls, and texts holding its separator (measured one by one)."""
    import random

    rng = random.Random(1)
    alphabet = "中文，。、abc XYZ,:;?!()\t\x01\x7f\x001２（）—…\U00020000"
    cases: list[list[str]] = [[], [""], ["", ""], ["a"], ["中文", "字"], ["\x00"], ["a\x00b", "中"], ["a,", "中,"]]
    cases += [["".join(rng.choice(alphabet) for _ in range(rng.randint(0, 12))) for _ in range(rng.randint(1, 6))]
              for _ in range(2000)]
    cases += [fuzz_text(seed).split(" ") for seed in range(60)]
    for texts in cases:
        got = widths(texts)
        assert got == [width(t) for t in texts] == [plain_width(t) for t in texts], texts
        assert all(type(x) is float for x in got)


def test_squash_folds_as_its_translate_table():
    """`squash_marks`'s replacements are `SQUASH_FOLD`'s translate (no image is another's key)."""
    from docclean.tables import RE_SQUASH_DASH, RE_SQUASH_ELLIPSIS, SQUASH_FOLD, squash_marks

    assert not {chr(v) for v in SQUASH_FOLD.values()} & {chr(k) for k in SQUASH_FOLD}
    texts = ["，；：？！（）“”‘’", "标题（一）：“某某”‘x’，？！；", "……——", "", "abc", "“”“‘’’"]
    texts += [line for seed in range(10) for line in fuzz_text(seed).split("\n")]
    for t in texts:
        assert squash_marks(t) == RE_SQUASH_ELLIPSIS.sub("...", RE_SQUASH_DASH.sub("--", t.translate(SQUASH_FOLD))), t


def test_squash_is_the_squash_compared():
    """`squash_is(text, target)` answers `squash(text) == target`, also when it stops early
    (the text without whitespace longer than the target): ellipses and dashes that the fold
    lengthens, whitespace of every kind, and the fuzzed lines."""
    from docclean.tables import squash, squash_is

    texts = ["标题……", "标题…", "标题⋯⋯", "标题。。。", "标题——副", "标题—副", "标 题\u3000\u200b", "a  b", "", " ",
             "标题（一）", "标题(一)", "“标题”", "\u2060标题\ufeff"]
    texts += [line for seed in range(10) for line in fuzz_text(seed).split("\n")]
    targets = sorted({squash(t) for t in texts[:60]} | {"标题...", "标题--副", "标题", "标题(一)", "ab"})
    hits = 0
    for t in texts:
        for target in targets:
            assert squash_is(t, target) == (squash(t) == target), (t, target)
            hits += squash_is(t, target)
    assert hits >= 60  # each of the first texts meets its own squash


def test_width_is_additive_without_ascii_controls():
    """What `flattened_lines` relies on to add a joined segment's widths: exact sums (halves are
    exact floats) wherever neither part holds an ASCII control; `has_ascii_control` tells."""
    import random

    from docclean.tables import has_ascii_control, width

    rng = random.Random(7)
    alphabet = "中文，。ab Z9,:;?!()（）%\u3000\u00a0é" + "\t\n\x07\x1f\x7f"
    for _ in range(5000):
        a, b = ("".join(rng.choice(alphabet) for _ in range(rng.randrange(0, 12))) for _ in range(2))
        controls = any(c in a + b for c in "\t\n\x07\x1f\x7f")
        assert has_ascii_control(a + b) == controls
        if not controls:
            assert width(a + b) == width(a) + width(b), (a, b)
    assert width("中\t") != width("中") + width("\t")  # (an all-ASCII part counts its control as half a cell)


def test_drop_space_is_the_space_class_removed():
    """`drop_space` removes what RE_SQUASH_SPACE matches, no more: every code point alone and
    among CJK text, and the fuzzed lines (`str.split()` and the regex's `\\s` agree)."""
    import re

    from docclean.tables import RE_SQUASH_SPACE, drop_space

    one = re.compile(RE_SQUASH_SPACE.pattern.rstrip("+"))
    assert [c for c in map(chr, range(0x110000)) if (drop_space(c) == "") != bool(one.fullmatch(c))] == []
    texts = ["标 题\u3000\u200b", "\u2060标题\ufeff", "a\u00a0b\u2028c\x1cd", " 标题 ", ""]
    texts += [line for seed in range(10) for line in fuzz_text(seed).split("\n")]
    for t in texts:
        assert drop_space(t) == RE_SQUASH_SPACE.sub("", t), t
