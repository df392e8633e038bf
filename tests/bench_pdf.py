"""PDF bench: pages per second of the whole PDF path, against pdfplumber's own
`page.extract_text()` over the same pages in the same process (goal: ratio <= 1.5).

Reads the committed fixtures in `samples/pdf/` and, when present, the real PDFs under
`../shared/corpus/pdf/` (never copied into the repository).
"""

from __future__ import annotations

import io
import logging
import time
from pathlib import Path

from docclean import convert_bytes
from docclean.errors import DoccleanError

ROOT = Path(__file__).resolve().parents[1]
SHARED_PDF = ROOT.parent / "shared" / "corpus" / "pdf"


def pdf_files() -> list[Path]:
    files = sorted((ROOT / "samples" / "pdf").glob("*.pdf"))
    if SHARED_PDF.is_dir():
        files += sorted(SHARED_PDF.rglob("*.pdf"))
    return files


def extract_text_baseline(data: bytes) -> int:
    import pdfplumber

    with pdfplumber.open(io.BytesIO(data)) as pdf:
        n = 0
        for page in pdf.pages:
            page.extract_text()
            page.close()
            n += 1
        return n


def main() -> None:
    logging.getLogger("pdfminer").setLevel(logging.ERROR)
    ours_t = base_t = 0.0
    pages = 0
    rows = []
    for path in pdf_files():
        data = path.read_bytes()
        t0 = time.perf_counter()
        try:
            n_pages = convert_bytes(data, path.name).meta.pages or 0
        except DoccleanError as exc:
            print(f"  skipped {path.name}: {exc.reason}")
            continue
        t1 = time.perf_counter()
        extract_text_baseline(data)
        t2 = time.perf_counter()
        ours_t += t1 - t0
        base_t += t2 - t1
        pages += n_pages
        rows.append((path.name, n_pages, t1 - t0, t2 - t1))
    for name, n, a, b in rows:
        print(f"  {name[:48]:48} {n:4d} pp  ours {a:6.2f} s  extract_text {b:6.2f} s  ratio {a / b:4.2f}")
    ratio = ours_t / base_t
    print(f"PDF path: {len(rows)} files, {pages} pages in {ours_t:.1f} s = {pages / ours_t:.1f} pages/s")
    print(f"baseline pdfplumber extract_text: {pages / base_t:.1f} pages/s; ratio ours/baseline = {ratio:.2f}")
    print(f"goal ratio <= 1.5: {'met' if ratio <= 1.5 else 'NOT met'}")


if __name__ == "__main__":
    main()
