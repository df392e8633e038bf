"""The cleaning pipeline. This tuple is both the registry and the order: one place.

Each pass is document -> document with one concern; `doc.changes[pass.name]` counts
what it changed, and removals say which rule removed what.
"""

from __future__ import annotations

from . import chrome, headings, hygiene, learned, metadata, page, paragraphs, punctuation, script, spacing, title
from .base import Context, Pass

PIPELINE: tuple[Pass, ...] = (
    hygiene.PASS,       # Unicode hygiene on raw lines
    script.PASS,        # Traditional -> Simplified first, so every rule (written in Simplified) applies
    chrome.PASS,        # site chrome, by rule packs, before anything reads the lines
    learned.PASS,       # chrome a corpus run learned (recurring edge lines); records edge keys
    page.PASS,          # scraped-page structure: chrome around the body, title and metadata by evidence
    title.PASS,         # the title, and its repeated copies
    paragraphs.PASS,    # lines -> paragraphs (reflow wrapped and flattened text)
    headings.PASS,      # standalone numbered lines -> headings
    punctuation.PASS,   # full-width punctuation in Chinese context
    spacing.PASS,       # spaces between CJK and around Latin
    metadata.PASS,      # title text, truncation
)

__all__ = ["PIPELINE", "Context", "Pass"]
