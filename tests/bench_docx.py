"""DOCX bench: documents per second on a ~30-page document built from the samples, against
python-docx's own plain paragraph walk (`"\\n".join(p.text for p in doc.paragraphs)`) over
the same file in the same process."""

from __future__ import annotations

import io
import time
from pathlib import Path

from docclean import convert_bytes

ROOT = Path(__file__).resolve().parents[1]
ROUNDS = 20


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


def main() -> None:
    data = thirty_pages()
    convert_bytes(data, "warm.docx")
    paragraph_walk(data)
    t0 = time.perf_counter()
    for _ in range(ROUNDS):
        res = convert_bytes(data, "bench.docx")
    ours = (time.perf_counter() - t0) / ROUNDS
    t0 = time.perf_counter()
    for _ in range(ROUNDS):
        paragraph_walk(data)
    base = (time.perf_counter() - t0) / ROUNDS
    chars = len(res.markdown)
    print(f"DOCX path: {len(data) / 1e3:.0f} kB document, {chars:,} characters out (~{chars / 784:.0f} pages), "
          f"{1 / ours:.1f} docs/s "
          f"({ours * 1e3:.0f} ms each)")
    print(f"baseline python-docx paragraph walk: {1 / base:.1f} docs/s; ratio ours/baseline = {ours / base:.2f}")


if __name__ == "__main__":
    main()
