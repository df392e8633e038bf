"""Wrapped lines: a paragraph's lines join with no space at a CJK edge, a Latin hyphen closed
up and one space between Latin words; the full width is the commonest width of the longer lines."""

from __future__ import annotations

from docclean.passes.wrapped import add_line, full_width, join


def test_join_rules():
    assert join("这是一句完", "整的话。") == "这是一句完整的话。"
    assert join("inter-", "national law") == "international law"
    assert join("the first", "line") == "the first line"
    assert join("Latin end", "中文开头") == "Latin end中文开头"


def test_add_line_joins_as_join_does_on_the_edges():
    """A paragraph built line by line with `add_line` (its edge tests written out) equals the
    one `join` gives on each pair of edges (the last two characters and the next line):
    hyphens, one-character lines, CJK and Latin edges, newlines."""
    import random

    def by_join(lines: list[str]) -> str:
        parts: list[str] = []
        for t in lines:
            if parts and parts[-1] and t:
                edge = parts[-1][-2:]
                parts[-1] = parts[-1][:-2]
                t = join(edge, t)
            parts.append(t)
        return "".join(parts)

    rng = random.Random(3)
    pieces = ["inter-", "x-", "-", "a", "B", "national", "中", "文。", "，", "1", "-x", "y\n", "z-\n", "Ab", " ", "é", ""]
    for _ in range(5000):
        lines = [rng.choice(pieces) for _ in range(rng.randint(1, 7))]
        parts: list[str] = []
        for t in lines:
            add_line(parts, t)
        assert "".join(parts) == by_join(lines), lines


def test_full_width_is_the_commonest_rounded_width_of_the_longer_lines():
    """`full_width` counts each distinct width once before rounding: the same answer as
    rounding every width (the most common rounded width among the upper two thirds of the
    lines of 8 cells or more, the wider on a tie), on random widths in half cells."""
    import random
    from collections import Counter

    def plain(widths: list[float]) -> float:
        longish = sorted(w for w in widths if w >= 8)
        if not longish:
            return max(widths, default=0.0)
        counts = Counter(round(w) for w in longish[len(longish) // 3:])
        return float(max(counts.items(), key=lambda kv: (kv[1], kv[0]))[0])

    r = random.Random(7)
    for _ in range(5000):
        widths = [r.randint(0, 160) / 2 for _ in range(r.randint(0, 60))]
        assert full_width(widths) == plain(widths), widths
    assert full_width([30.5, 30.5, 31.0, 20.0, 9.0]) == 30.0  # (30.5 rounds to even: two of 30, one of 31)
