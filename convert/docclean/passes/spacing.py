"""Spaces (OUTPUT.md §7): none between CJK characters; CJK-Latin spaces per the option."""

from __future__ import annotations

from ..fixers import SPACING
from ..model import Document
from .base import Context, Pass, map_text


def run(doc: Document, ctx: Context) -> Document:
    fixers = SPACING[ctx.options.cjk_latin_space]

    def fix(text: str) -> str:
        for f in fixers:
            text = f(text)
        return text

    return map_text(doc, PASS.name, fix)


PASS = Pass("spacing", "no spaces between CJK characters; CJK-Latin spacing", run)
