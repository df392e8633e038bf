"""Linear-time bounds (issue 11): the dash regex and join_lines on pathological input.

Run by `make bench`. Each input is timed at n and 4n in the same process: a linear cost
gives a ratio near 4, a quadratic one near 16. Fails (exit 1) above 8.
"""

from __future__ import annotations

import sys
import time
from collections.abc import Callable

from docclean.fixers import cjk_dash
from docclean.passes.paragraphs import join_lines


def _time(fn: Callable[[], object]) -> float:
    best = float("inf")
    for _ in range(3):
        t0 = time.perf_counter()
        fn()
        best = min(best, time.perf_counter() - t0)
    return best


def main() -> int:
    cases = {
        "cjk_dash, a line of n '-'": lambda n: (lambda: cjk_dash("-" * n)),
        "join_lines, n paragraphs": lambda n: (lambda: join_lines(["段落文字。"] * n)),
    }
    bad = 0
    for name, make in cases.items():
        small, big = _time(make(100_000)), _time(make(400_000))
        ratio = big / max(small, 1e-9)
        print(f"{name:32s} n=100k{small * 1e3:7.1f} ms   n=400k {big * 1e3:7.1f} ms   ratio {ratio:4.1f} (linear: 4)")
        bad += ratio > 8
    return 1 if bad else 0


if __name__ == "__main__":
    sys.exit(main())
