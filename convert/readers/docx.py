"""DOCX reader: recognised as a ZIP holding `word/document.xml`. The reader is its own issue."""

from __future__ import annotations

import io
import zipfile

from ..errors import UnsupportedFormatError
from ..model import Document
from ..options import Options


class DocxReader:
    name = "docx"
    priority = 90

    def accepts(self, head: bytes) -> bool:
        return head[:4] == b"PK\x03\x04"

    def read(self, data: bytes, path: str, options: Options) -> Document:
        try:
            names = zipfile.ZipFile(io.BytesIO(data)).namelist()
        except zipfile.BadZipFile as exc:
            raise UnsupportedFormatError(path, f"a damaged or truncated ZIP archive ({exc})") from exc
        if "word/document.xml" not in names:
            raise UnsupportedFormatError(path, "a ZIP archive without word/document.xml: not a Word document")
        raise UnsupportedFormatError(path, "DOCX input is recognised but not supported yet")
