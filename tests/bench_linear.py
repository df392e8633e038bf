"""Linear-time bounds (issue 11): the dash regex, join_lines, a DOCX and a TXT conversion on pathological input.

Run by `make bench`. Each input is timed at n and 4n in the same process: a linear cost
gives a ratio near 4, a quadratic one near 16. Fails (exit 1) above 8.
"""

from __future__ import annotations

import sys
import time
from collections.abc import Callable

from docclean.fixers import cjk_dash
from docclean.passes.wrapped import join_lines


def _time(fn: Callable[[], object]) -> float:
    best = float("inf")
    for _ in range(3):
        t0 = time.perf_counter()
        fn()
        best = min(best, time.perf_counter() - t0)
    return best


def _docx(n: int) -> Callable[[], object]:
    """A whole conversion (DOCX reader + passes + writer) of a real DOCX of n paragraphs."""
    from docclean.api import convert_bytes
    from docclean.options import Options

    from tests.readers.docxgen import many_paragraphs

    data = many_paragraphs(n)
    return lambda: convert_bytes(data, "many.docx", Options(deadline=None))


def _txt(n: int) -> Callable[[], object]:
    """A whole conversion of a scraped page of n lines (a sample's lines repeated): the passes'
    page-wide work (chrome, the page pass, paragraphs) over a document, not a line."""
    from pathlib import Path

    from docclean.api import convert_bytes
    from docclean.options import Options

    base = (Path(__file__).resolve().parents[1] / "samples" / "raw" / "001_24bec596c64ccf90.txt").read_text(
        encoding="utf-8").splitlines()
    data = "\n".join((base * (n // len(base) + 1))[:n]).encode()
    return lambda: convert_bytes(data, "many.txt", Options(deadline=None))


def main() -> int:
    cases = {
        "cjk_dash, a line of n '-'": (100_000, lambda n: (lambda: cjk_dash("-" * n))),
        "join_lines, n paragraphs": (100_000, lambda n: (lambda: join_lines(["段落文字。"] * n))),
        # The fuzzer's DOCX of 20,000-50,000 paragraphs (tests/fuzz/mutate.py, many-paras).
        "convert, a DOCX of n paragraphs": (12_500, _docx),
        "convert, a TXT page of n lines": (12_500, _txt),
    }
    bad = 0
    for name, (n, make) in cases.items():
        small, big = _time(make(n)), _time(make(4 * n))
        ratio = big / max(small, 1e-9)
        print(f"{name:32s} n={n / 1000:g}k {small * 1e3:7.1f} ms   n={4 * n / 1000:g}k {big * 1e3:7.1f} ms   "
              f"ratio {ratio:4.1f} (linear: 4)")
        bad += ratio > 8
    return 1 if bad else 0


if __name__ == "__main__":
    sys.exit(main())
