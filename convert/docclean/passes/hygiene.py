"""Unicode hygiene (OUTPUT.md §1): controls, zero-width, odd spaces, look-alike code points."""

from __future__ import annotations

from ..fixers import HYGIENE
from ..model import Document
from .base import Context, Pass, map_text


def _fix(text: str) -> str:
    for fixer in HYGIENE:
        text = fixer(text)
    return text.strip(" ")


def run(doc: Document, ctx: Context) -> Document:
    return map_text(doc, PASS.name, _fix)


PASS = Pass("hygiene", "control and zero-width characters, odd spaces, Kangxi radicals", run)
