"""PDF reader: recognised by its `%PDF-` signature. The layout-aware reader is its own issue."""

from __future__ import annotations

from ..errors import UnsupportedFormatError
from ..model import Document
from ..options import Options


class PdfReader:
    name = "pdf"
    priority = 100

    def accepts(self, head: bytes) -> bool:
        return head.lstrip()[:5] == b"%PDF-"

    def read(self, data: bytes, path: str, options: Options) -> Document:
        raise UnsupportedFormatError(path, "PDF input is recognised but not supported yet")
