"""Punctuation in Chinese context (OUTPUT.md §6): half-width -> full-width, paired quotes
and parentheses, ellipses and dashes; full-width letters and digits -> half-width."""

from __future__ import annotations

from ..fixers import PUNCTUATION, set_punct_table
from ..model import Document
from .base import Context, Pass, map_text


def _fix(text: str) -> str:
    for fixer in PUNCTUATION:
        text = fixer(text)
    return text


def run(doc: Document, ctx: Context) -> Document:
    set_punct_table(ctx.rules.punctuation)
    return map_text(doc, PASS.name, _fix)


PASS = Pass("punctuation", "full-width punctuation in Chinese context", run)
