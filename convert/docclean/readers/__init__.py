"""Readers: one per format, chosen by what the input *is* (its bytes), not its name.

Each reader says whether it `accepts` the first bytes of a file and `read`s the whole
file into a `Document`. The registry is tried in priority order (highest first); the
text reader accepts anything and comes last.
"""

from __future__ import annotations

import importlib
from collections.abc import Callable
from typing import Any, Protocol

from ..model import Document
from ..options import Options
from .text import TextReader


class Reader(Protocol):
    name: str
    priority: int

    def accepts(self, head: bytes) -> bool: ...

    def read(self, data: bytes, path: str, options: Options) -> Document: ...


class _Lazy:
    """A reader whose module (pdfplumber/pdfium glue, python-docx walk, layout code) is imported
    only when a file may be its format: `might` is a cheap superset of the real `accepts`.
    A TXT conversion then never pays for the PDF and DOCX readers' imports."""

    def __init__(self, module: str, cls: str, name: str, priority: int, might: Callable[[bytes], bool]) -> None:
        self.module, self.cls, self.name, self.priority, self.might = module, cls, name, priority, might
        self._reader: Any = None

    @property
    def reader(self) -> Any:
        if self._reader is None:
            self._reader = getattr(importlib.import_module(self.module, __package__), self.cls)()
        return self._reader

    def accepts(self, head: bytes) -> bool:
        return self.might(head) and bool(self.reader.accepts(head))

    def read(self, data: bytes, path: str, options: Options) -> Document:
        doc: Document = self.reader.read(data, path, options)
        return doc


def _zip_or_ole(head: bytes) -> bool:
    return head[:4] == b"PK\x03\x04" or head.startswith((b"\xd0\xcf\x11\xe0", b"{\\rtf"))


REGISTRY: tuple[Reader, ...] = (  # highest priority first (the priorities are the classes' own)
    _Lazy(".pdf", "PdfReader", "pdf", 100, lambda head: b"%PDF-" in head),
    _Lazy(".docx", "DocxReader", "docx", 90, _zip_or_ole),
    _Lazy(".docx", "LegacyWordReader", "legacy-word", 80, _zip_or_ole),
    _Lazy(".html", "HtmlReader", "html", 50, lambda head: True),  # its own sniffing decides
    TextReader(),
)


def reader_for(data: bytes) -> Reader:
    """The highest-priority reader that accepts these bytes."""
    head = data[:8192]
    return next(r for r in REGISTRY if r.accepts(head) or r.priority == 0)
