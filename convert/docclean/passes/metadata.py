"""Document-level facts read off the cleaned blocks: the title text and truncation."""

from __future__ import annotations

from ..model import K_PARAGRAPH, K_TITLE, Document
from ..tables import RE_ENDS_SENTENCE
from .base import Context, Pass

MIN_TRUNCATED = 20  # a last paragraph shorter than this is a signature or date, not a cut-off


def run(doc: Document, ctx: Context) -> Document:
    title = next((b for b in doc.blocks if b.kind is K_TITLE), None)
    if title is not None:
        doc.meta.title = title.text
    last = next((b for b in reversed(doc.blocks) if b.text or b.rows), None)
    if (last is not None and last.kind is K_PARAGRAPH and len(last.text) >= MIN_TRUNCATED
            and not RE_ENDS_SENTENCE.search(last.text) and not doc.meta.truncated):
        doc.meta.truncated = True
        doc.changes[PASS.name] += 1
    return doc


PASS = Pass("metadata", "title text for the front matter; a scrape cut off mid-sentence", run)
