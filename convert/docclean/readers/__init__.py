"""Readers: one per format, chosen by what the input *is* (its bytes), not its name.

Each reader says whether it `accepts` the first bytes of a file and `read`s the whole
file into a `Document`. The registry is tried in priority order (highest first); the
text reader accepts anything and comes last.
"""

from __future__ import annotations

from typing import Protocol

from ..model import Document
from ..options import Options
from .docx import DocxReader, LegacyWordReader
from .html import HtmlReader
from .pdf import PdfReader
from .text import TextReader


class Reader(Protocol):
    name: str
    priority: int

    def accepts(self, head: bytes) -> bool: ...

    def read(self, data: bytes, path: str, options: Options) -> Document: ...


REGISTRY: tuple[Reader, ...] = tuple(sorted((PdfReader(), DocxReader(), LegacyWordReader(), HtmlReader(),
                                             TextReader()),
                                            key=lambda r: -r.priority))


def reader_for(data: bytes) -> Reader:
    """The highest-priority reader that accepts these bytes."""
    head = data[:8192]
    return next(r for r in REGISTRY if r.accepts(head) or r.priority == 0)
