"""`make bench`: every path's throughput against a baseline run in the same process.

TXT (here): >= 20 MB built from the samples. PDF: `bench_pdf.py`.

The timed part is the conversion of in-memory bytes (no file I/O). The baseline is one
`str.translate` pass over the same text in the same process, so the ratio is stable
across machines even when absolute speed is not.
"""

from __future__ import annotations

import time
from pathlib import Path

from docclean import convert_bytes

ROOT = Path(__file__).resolve().parents[1]
TARGET = 20 * 1024 * 1024
ROUNDS = 3


def corpus() -> list[tuple[str, bytes]]:
    raws = [(p.name, p.read_bytes()) for p in sorted((ROOT / "samples" / "raw").glob("*.txt"))]
    docs, size, i = [], 0, 0
    while size < TARGET:
        name, data = raws[i % len(raws)]
        docs.append((f"{i}_{name}", data))
        size += len(data)
        i += 1
    return docs


def main() -> None:
    """Every part; `python -m tests.bench txt` runs only start-up and TXT."""
    import os
    import sys

    print(f"== machine: {os.cpu_count()} cores, load average {' '.join(f'{x:.2f}' for x in os.getloadavg())}")
    print("== start-up")
    from . import bench_startup

    bench_startup.main()
    print("== TXT")
    txt()
    if sys.argv[1:] == ["txt"]:
        return
    from . import bench_pdf

    print("== PDF")
    bench_pdf.main()
    from . import bench_docx

    print("== DOCX")
    bench_docx.main()
    from . import bench_corpus

    print("== corpus")
    bench_corpus.main()


def txt() -> None:
    """Our conversion and one `str.translate` pass over the same text, interleaved in ROUNDS
    rounds (medians), so a load change on the machine hits both alike. Also the time without
    the page pass, to tell its share from the rest (its output differs, only its time counts)."""
    import statistics

    from docclean import api

    docs = corpus()
    total = sum(len(d) for _, d in docs)
    convert_bytes(docs[0][1], docs[0][0])  # warm caches: rules, OpenCC, regexes
    table = {ord(","): "，", ord(";"): "；", ord(":"): "："}
    texts = [d.decode("utf-8") for _, d in docs]
    full = api.PIPELINE
    no_page = tuple(p for p in full if p.name != "page")
    ours: list[float] = []
    bare: list[float] = []
    without_page: list[float] = []
    for _ in range(ROUNDS):
        t0 = time.process_time()
        for name, data in docs:
            convert_bytes(data, name)
        ours.append(time.process_time() - t0)
        t0 = time.process_time()
        for t in texts:
            t.translate(table)
        bare.append(time.process_time() - t0)
        api.PIPELINE = no_page
        try:
            t0 = time.process_time()
            for name, data in docs:
                convert_bytes(data, name)
            without_page.append(time.process_time() - t0)
        finally:
            api.PIPELINE = full
    t_ours, t_base, t_np = (statistics.median(x) for x in (ours, bare, without_page))
    mb = total / 1e6
    print(f"TXT path: {len(docs)} documents, {mb:.1f} MB, {ROUNDS} rounds (median CPU time per round)")
    print(f"  ours: {t_ours:.2f} s = {mb / t_ours:.2f} MB/s per core")
    print(f"  baseline str.translate: {mb / t_base:.1f} MB/s; ratio ours/baseline time = {t_ours / t_base:.1f}x")
    print(f"  without the page pass: {mb / t_np:.2f} MB/s per core = {t_np / t_base:.1f}x translate"
          f" (the page pass: {100 * (t_ours - t_np) / t_ours:.0f} % of our time)")
    met = mb / t_ours >= 20 and t_ours / t_base <= 3.5
    print(f"  goal >= 20 MB/s per core and <= 3.5x translate: {'met' if met else 'NOT met'}")


if __name__ == "__main__":
    main()
