"""PDF bench: pages per CPU-second of the whole PDF path with the pdfium engine (default) and
the pdfplumber engine, against pdfplumber's own `page.extract_text()` over the same pages in
the same process (goal: pdfium >= 10x extract_text), and whether the two engines give the
same Markdown. The pdfium engine is timed twice: with its C helper (`_pdfchars.c`, built by
the install when a compiler is there) and without it, as a user who installed without a
compiler runs it (the Python loop, the same records).

CPU time (`time.process_time`), not wall time: the bench machine is shared, and CPU seconds
of one single-threaded process are far steadier than its wall clock. Each file is timed
ROUNDS times per engine, interleaved, and the median kept.

Reads the committed fixtures in `samples/pdf/` and, when present, the real PDFs under
`../shared/corpus/pdf/` (never copied into the repository).
"""

from __future__ import annotations

import io
import logging
import os
import statistics
import time
from collections.abc import Callable
from pathlib import Path

from docclean import convert_bytes
from docclean.errors import DoccleanError
from docclean.options import Options
from docclean.readers import pdfium_native

ROOT = Path(__file__).resolve().parents[1]
SHARED_PDF = Path(os.environ.get("DOCCLEAN_SHARED", ROOT.parent / "shared")) / "corpus" / "pdf"  # env: another checkout
ROUNDS = 3
GOAL = 10.0
# No deadline: it is wall time, and a loaded machine pushed the pdfplumber engine on the
# 242-page file past it (the bench died with "too complex" half-way through ../shared).
ENGINES = {e: Options(pdf_engine=e, deadline=None) for e in ("pdfium", "pdfplumber")}


def extract_text_baseline(data: bytes) -> int:
    import pdfplumber

    with pdfplumber.open(io.BytesIO(data)) as pdf:
        n = 0
        for page in pdf.pages:
            page.extract_text()
            page.close()
            n += 1
        return n


def _cpu(fn: Callable[[], object]) -> float:
    t0 = time.process_time()
    fn()
    return time.process_time() - t0


def _without_helper(data: bytes) -> None:
    """The pdfium engine through its Python loop (what a user without a compiler runs)."""
    lib, pdfium_native.LIB = pdfium_native.LIB, None
    try:
        convert_bytes(data, "x.pdf", ENGINES["pdfium"])
    finally:
        pdfium_native.LIB = lib


def bench_set(label: str, files: list[Path], rounds: int = ROUNDS) -> dict[str, float]:
    """Median CPU seconds per file for the three readers; totals printed and returned."""
    tot = {"pdfium": 0.0, "pdfium_python": 0.0, "pdfplumber": 0.0, "extract_text": 0.0}
    pages = 0
    same = 0
    differ: list[str] = []
    for path in files:
        data = path.read_bytes()
        try:
            md = {e: convert_bytes(data, path.name, o) for e, o in ENGINES.items()}
        except DoccleanError as exc:
            print(f"  skipped {path.name}: {exc.reason}")
            continue
        n = md["pdfium"].meta.pages or 0
        if md["pdfium"].markdown == md["pdfplumber"].markdown:
            same += 1
        else:
            differ.append(path.name)
        runs: dict[str, list[float]] = {k: [] for k in tot}
        for _ in range(rounds if n < 100 else 1):  # interleaved, so load changes hit all three alike
            runs["pdfium"].append(_cpu(lambda d=data: convert_bytes(d, "x.pdf", ENGINES["pdfium"])))
            runs["pdfium_python"].append(_cpu(lambda d=data: _without_helper(d)))
            runs["pdfplumber"].append(_cpu(lambda d=data: convert_bytes(d, "x.pdf", ENGINES["pdfplumber"])))
            runs["extract_text"].append(_cpu(lambda d=data: extract_text_baseline(d)))
        med = {k: statistics.median(v) for k, v in runs.items()}
        for k in tot:
            tot[k] += med[k]
        pages += n
        print(f"  {path.name[:40]:40} {n:4d} pp  pdfium {n / med['pdfium']:6.1f} (no C "
              f"{n / med['pdfium_python']:6.1f})  pdfplumber "
              f"{n / med['pdfplumber']:5.1f}  extract_text {n / med['extract_text']:5.1f} pages/s")
    if not pages:
        return {}
    rates = {k: pages / v for k, v in tot.items()}
    print(f"{label}: {pages} pages; pages per CPU-second: pdfium engine {rates['pdfium']:.1f} (without its C "
          f"helper {rates['pdfium_python']:.1f}), pdfplumber engine {rates['pdfplumber']:.1f}, pdfplumber "
          f"extract_text {rates['extract_text']:.1f}")
    ratio = rates["pdfium"] / rates["extract_text"]
    helper = "in use" if pdfium_native.LIB is not None else "NOT BUILT: both figures are the Python loop's"
    print(f"  C helper {helper}; without it: {rates['pdfium_python'] / rates['extract_text']:.1f}x extract_text")
    print(f"  pdfium engine / extract_text = {ratio:.1f}x (goal >= {GOAL:.0f}x: {'met' if ratio >= GOAL else 'NOT met'}); "
          f"pdfium / pdfplumber engine = {rates['pdfium'] / rates['pdfplumber']:.1f}x")
    print(f"  same Markdown from both engines: {same} of {same + len(differ)} files"
          + (f" (differ, see README: {', '.join(differ)})" if differ else ""))
    return {"pages": pages, "ratio": ratio, **rates}


def main() -> None:
    logging.getLogger("pdfminer").setLevel(logging.ERROR)
    convert_bytes((ROOT / "samples" / "pdf" / "table.pdf").read_bytes(), "warm.pdf")  # rules, imports
    bench_set("samples/pdf", sorted((ROOT / "samples" / "pdf").glob("*.pdf")))
    if SHARED_PDF.is_dir():
        bench_set("../shared/corpus/pdf", sorted(SHARED_PDF.rglob("*.pdf")))
    else:
        print("../shared/corpus/pdf is not here: only the fixtures were timed")


if __name__ == "__main__":
    main()
