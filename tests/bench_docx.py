"""DOCX bench: documents per CPU-second of our DOCX reader alone and of the whole conversion
(reader + passes), against python-docx's own walks over the same file in the same process:
the paragraph walk (`"\\n".join(p.text for p in doc.paragraphs)`) and the paragraph +
table-cell walk (the same, then every cell of every table). Goal: the reader no slower than
the paragraph + table-cell walk.

The document is ~35 pages built from the samples; the DOCX files under
`../shared/corpus` are timed too when present. CPU time, ROUNDS interleaved runs, the
median kept (the machine is shared).
"""

from __future__ import annotations

import gc
import io
import os
import statistics
import time
from collections.abc import Callable
from pathlib import Path

from docclean import convert_bytes
from docclean.options import Options
from docclean.readers.docx import DocxReader

ROOT = Path(__file__).resolve().parents[1]
SHARED = Path(os.environ.get("DOCCLEAN_SHARED", ROOT.parent / "shared")) / "corpus"  # env: another checkout
ROUNDS = 15
SHARED_ROUNDS = 5


def thirty_pages() -> bytes:
    """All the expected samples and a table: about 30 A4 pages in official layout
    (16 pt type, 28 lines of 28 characters)."""
    from .readers.docxgen import add_markdown, add_table, new_document, save

    doc = new_document()
    texts = sorted((p.read_text(encoding="utf-8") for p in (ROOT / "samples" / "expected").glob("*.md")), key=len)
    for text in texts:
        add_markdown(doc, text)
    add_table(doc, [["序号", "项目", "进展"], *([str(i), f"项目{i}", "按计划推进"] for i in range(1, 30))])
    return save(doc)


def paragraph_walk(data: bytes) -> str:
    import docx

    d = docx.Document(io.BytesIO(data))
    return "\n".join(p.text for p in d.paragraphs)


def paragraph_cell_walk(data: bytes) -> str:
    import docx

    d = docx.Document(io.BytesIO(data))
    texts = [p.text for p in d.paragraphs]
    texts += [cell.text for table in d.tables for row in table.rows for cell in row.cells]
    return "\n".join(texts)


def _cpu(fn: Callable[[], object]) -> float:
    gc.collect()  # each run pays for its own garbage, not for the previous run's
    t0 = time.process_time()
    fn()
    return time.process_time() - t0


def timings(data: bytes, rounds: int) -> dict[str, float]:
    """Median CPU seconds of each path over `rounds` interleaved runs."""
    options = Options()
    paths: dict[str, Callable[[], object]] = {
        "reader": lambda: DocxReader().read(data, "bench.docx", options),
        "conversion": lambda: convert_bytes(data, "bench.docx"),
        "paragraphs": lambda: paragraph_walk(data),
        "paragraphs+cells": lambda: paragraph_cell_walk(data),
    }
    for fn in paths.values():  # warm: imports, rules, regexes
        fn()
    runs: dict[str, list[float]] = {k: [] for k in paths}
    for _ in range(rounds):
        for k, fn in paths.items():
            runs[k].append(_cpu(fn))
    return {k: statistics.median(v) for k, v in runs.items()}


def main() -> None:
    data = thirty_pages()
    chars = len(convert_bytes(data, "bench.docx").markdown)
    t = timings(data, ROUNDS)
    print(f"DOCX, {len(data) / 1e3:.0f} kB document, {chars:,} characters out (~{chars / 784:.0f} pages), "
          f"documents per CPU-second: reader {1 / t['reader']:.1f}, whole conversion {1 / t['conversion']:.1f}; "
          f"python-docx paragraph walk {1 / t['paragraphs']:.1f}, paragraph + table-cell walk "
          f"{1 / t['paragraphs+cells']:.1f}")
    ratio = t["reader"] / t["paragraphs+cells"]
    print(f"  reader time / paragraph + table-cell walk = {ratio:.2f} (goal <= 1: {'met' if ratio <= 1 else 'NOT met'}); "
          f"/ paragraph walk = {t['reader'] / t['paragraphs']:.2f}; whole conversion / paragraph + table-cell walk = "
          f"{t['conversion'] / t['paragraphs+cells']:.2f}")
    files = sorted(SHARED.rglob("*.docx")) if SHARED.is_dir() else []
    if not files:
        print("../shared/corpus is not here: only the generated document was timed")
        return
    total = {k: 0.0 for k in ("reader", "conversion", "paragraphs", "paragraphs+cells")}
    for path in files:
        for k, v in timings(path.read_bytes(), SHARED_ROUNDS).items():
            total[k] += v
    print(f"DOCX, ../shared/corpus ({len(files)} files), documents per CPU-second: reader "
          f"{len(files) / total['reader']:.1f}, whole conversion {len(files) / total['conversion']:.1f}; "
          f"paragraph walk {len(files) / total['paragraphs']:.1f}, paragraph + table-cell walk "
          f"{len(files) / total['paragraphs+cells']:.1f}; reader time / paragraph + table-cell walk = "
          f"{total['reader'] / total['paragraphs+cells']:.2f}")


if __name__ == "__main__":
    main()
