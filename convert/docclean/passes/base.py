"""What a pass is: a named step from document to document, counting what it changed."""

from __future__ import annotations

from collections.abc import Callable, Iterator
from dataclasses import dataclass

from ..model import Block, Document, Kind
from ..options import Options
from ..rules import RuleSet

TEXT_KINDS = (Kind.LINE, Kind.TITLE, Kind.HEADING, Kind.PARAGRAPH, Kind.LIST, Kind.FOOTNOTE)


@dataclass(frozen=True, slots=True)
class Context:
    options: Options
    rules: RuleSet


@dataclass(frozen=True, slots=True)
class Pass:
    """`run` returns the (possibly new) document and records its counts in `doc.changes[name]`."""

    name: str
    description: str
    run: Callable[[Document, Context], Document]


def text_blocks(doc: Document) -> Iterator[Block]:
    """Blocks whose `text` is prose (tables are handled cell by cell)."""
    return (b for b in doc.blocks if b.kind in TEXT_KINDS)


def map_text(doc: Document, name: str, fix: Callable[[str], str]) -> Document:
    """Apply a str -> str function to every piece of text, counting the blocks it changed."""
    n = 0
    for b in doc.blocks:
        if b.kind in TEXT_KINDS:
            new = fix(b.text)
            if new != b.text:
                b.text = new
                n += 1
        elif b.rows:
            rows = [[fix(c) for c in row] for row in b.rows]
            if rows != b.rows:
                b.rows = rows
                n += 1
    doc.changes[name] += n
    return doc
