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
    import os

    print(f"== machine: {os.cpu_count()} cores, load average {' '.join(f'{x:.2f}' for x in os.getloadavg())}")
    print("== start-up")
    from . import bench_startup

    bench_startup.main()
    print("== TXT")
    txt()
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
    docs = corpus()
    total = sum(len(d) for _, d in docs)
    convert_bytes(docs[0][1], docs[0][0])  # warm caches: rules, OpenCC, regexes
    t0 = time.perf_counter()
    for name, data in docs:
        convert_bytes(data, name)
    ours = time.perf_counter() - t0
    table = {ord(","): "，", ord(";"): "；", ord(":"): "："}
    texts = [d.decode("utf-8") for _, d in docs]
    t0 = time.perf_counter()
    for t in texts:
        t.translate(table)
    base = time.perf_counter() - t0
    mb = total / 1e6
    print(f"TXT path: {len(docs)} documents, {mb:.1f} MB in {ours:.2f} s = {mb / ours:.2f} MB/s per core")
    print(f"baseline str.translate: {mb / base:.1f} MB/s; ratio ours/baseline time = {ours / base:.1f}x")
    print(f"goal >= 5 MB/s per core: {'met' if mb / ours >= 5 else 'NOT met'}")


if __name__ == "__main__":
    main()
