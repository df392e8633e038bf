"""Readers: one per format, chosen by what the input *is* (its bytes), not its name.

Each reader says whether it `accepts` the first bytes of a file and `read`s the whole
file into a `Document`. The registry is tried in priority order (highest first); the
text reader accepts anything and comes last. Before it, `sniff` keeps markup and
structured data from passing as text: HTML/XML go to a reader named "html" when one is
registered, else fail as unsupported; JSON and CSV fail. A name that disagrees with the
content only warns. `read_document` is the one entry point: it adds the deadline and turns
anything a parser raises into a typed `DoccleanError` with one line of reason.
"""

from __future__ import annotations

import codecs
import csv
import importlib
import json
import logging
import os
import re
import threading
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from functools import lru_cache
from typing import Any, Protocol

from ..cache import rx
from ..errors import CorruptInputError, DoccleanError, TooComplexError, UnsupportedFormatError
from ..model import Document
from ..options import Options
from . import limits
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


def _might_be_markup(head: bytes) -> bool:
    """A superset of `HtmlReader.accepts` (a UTF-16 BOM, `<` first, or an MHT's MIME-Version
    header), so plain text never imports the HTML reader and its `email` modules (~10 ms)."""
    if head.startswith((codecs.BOM_UTF16_LE, codecs.BOM_UTF16_BE)):
        return True
    if head[:4096].lstrip(b"\xef\xbb\xbf \t\r\n").startswith(b"<"):
        return True
    top = head[:4096]  # (`-v` or `-V` first: no other case of `mime-version` lacks both, and most texts hold neither)
    return (b"-v" in top or b"-V" in top) and b"mime-version" in top.lower()


REGISTRY: tuple[Reader, ...] = (  # highest priority first (the priorities are the classes' own)
    _Lazy(".pdf", "PdfReader", "pdf", 100, lambda head: b"%PDF-" in head[:1100]),
    _Lazy(".docx", "DocxReader", "docx", 90, _zip_or_ole),
    _Lazy(".doc", "DocReader", "doc", 85, _zip_or_ole),  # OLE2: natively, or through LibreOffice (Options.doc_engine)
    _Lazy(".docx", "LegacyWordReader", "legacy-word", 80, _zip_or_ole),
    _Lazy(".records", "RecordsReader", "records", 60, _might_be_markup),
    _Lazy(".html", "HtmlReader", "html", 50, _might_be_markup),
    TextReader(),
)

# What each reader's files are usually called; a known suffix that disagrees only warns.
SUFFIXES = {"pdf": {".pdf"}, "docx": {".docx", ".docm", ".dotx"}, "doc": {".doc", ".wps", ".dot", ".wpt"},
            "legacy-word": {".doc", ".wps", ".rtf", ".odt"},
            "html": {".html", ".htm", ".xhtml", ".mht", ".xml"}, "records": {".xml", ".dat", ".txt"},
            "txt": {".txt", ".text", ".md", ".markdown"}}
RE_HTML = rx.compile(rb"\A(?:<!--.*?-->\s*)*<(?:!doctype\s+html|html|head|body|meta|title|div|p|table)[\s>/]",
                     re.I | re.S)
RE_XML = rx.compile(rb"\A<\?xml[\s?]|\A<[A-Za-z][\w:.-]*(?:\s[^<>]*)?>", re.S)
MAX_JSON = 64 * 1024 * 1024  # parsing a bigger file only to call it unsupported is not worth it


def _head_text(data: bytes) -> bytes:
    """The first 8 KB as ASCII-compatible bytes (UTF-16 folded), without BOM or leading space."""
    head = data[:8192]
    for bom, enc in ((codecs.BOM_UTF16_LE, "utf-16-le"), (codecs.BOM_UTF16_BE, "utf-16-be")):
        if head.startswith(bom):
            head = head[2:len(head) // 2 * 2].decode(enc, "replace").encode("utf-8", "replace")
    return head.removeprefix(codecs.BOM_UTF8).lstrip()


def sniff(data: bytes) -> str | None:
    """'HTML', 'XML', 'JSON' or 'CSV' when the bytes are markup or structured data, else None."""
    head = _head_text(data)
    if RE_HTML.match(head) or b"<html" in head[:1024].lower():
        return "HTML"
    if RE_XML.match(head) and re.search(rb"</[A-Za-z][\w:.-]*>\Z", data[-4096:].rstrip()):
        return "XML"
    if head[:1] in (b"{", b"[") and len(data) <= MAX_JSON:
        try:
            json.loads(data.decode("utf-8-sig"))
            return "JSON"
        except (ValueError, UnicodeDecodeError, RecursionError):
            pass
    from ..legacy import is_hz

    return "CSV" if _csv_like(head) and not is_hz(head) else None  # HZ Chinese is ASCII with commas


def _csv_like(head: bytes) -> bool:
    """Rows of one fixed number (two or more) of commas or tabs outside quotes, five rows or more.

    Prose never keeps the same count of ASCII delimiters line after line; Python's csv module
    does the quote-aware splitting.
    """
    if head.count(b",") < 10 and head.count(b"\t") < 10 and b'"' not in head:
        return False  # (five rows of two delimiters at least, unless quotes join lines into one row)
    try:
        head_text = head.decode("utf-8")
    except UnicodeDecodeError:
        return False
    lines = [ln for ln in head_text.splitlines()[:40] if ln.strip()]
    if len(head) >= 8192:
        lines = lines[:-1]  # the last line may be cut
    if len(lines) < 5:
        return False
    if '"' not in head_text and "\x00" not in head_text:
        # No quoting (the csv module's one special character; a NUL is its error): each line is
        # a row of its delimiters plus one fields, counted in C without building the rows.
        for delim in (",", "\t"):
            counts = {ln.count(delim) for ln in lines}
            if len(counts) == 1 and counts.pop() >= 2:
                return True
        return False
    for delim in (",", "\t"):
        try:
            widths = {len(row) for row in csv.reader(lines, delimiter=delim)}
        except csv.Error:
            continue
        if len(widths) == 1 and widths.pop() >= 3:
            return True
    return False


def reader_for(data: bytes) -> Reader:
    """The highest-priority reader that accepts these bytes."""
    head = data[:8192]
    return next(r for r in REGISTRY if r.accepts(head) or r.priority == 0)


def choose(data: bytes, name: str) -> tuple[Reader, list[str]]:
    """The reader for these bytes and the warnings about the choice (a name that disagrees)."""
    reader = reader_for(data)
    if reader.name == "txt":
        kind = sniff(data)
        if kind in ("HTML", "XML"):
            html = next((r for r in REGISTRY if r.name == "html"), None)
            if html is None:
                raise UnsupportedFormatError(name, f"unsupported: {kind} (a markup page, not a text document)")
            reader = html
        elif kind:
            raise UnsupportedFormatError(name, f"unsupported: {kind} (structured data, not a document)")
    warnings = []
    suffix = os.path.splitext(name)[1].lower()
    if suffix and suffix not in SUFFIXES.get(reader.name, set()):
        other = next((k for k, v in SUFFIXES.items() if suffix in v), None)
        if other is not None:
            what = {"txt": "plain text", "legacy-word": "a legacy Word file",
                    "doc": "a Word 97-2003 file"}.get(reader.name, reader.name.upper())
            warnings.append(f"named {suffix} but its content is {what}: read as {what}")
    return reader, warnings


LIBRARY_LOGGERS = ("pdfminer", "pdfplumber", "pypdfium2", "docx", "readability", "charset_normalizer")
MAX_LIBRARY_NOTES = 3  # a damaged file can make a parser log the same complaint thousands of times


class _Notes(logging.Handler):
    """Collects what a parser logs at ERROR or above (its WARNINGs are noise: metadata keys,
    font widths), once each, for the document's warnings."""

    def __init__(self) -> None:
        super().__init__(logging.ERROR)
        self.notes: list[str] = []

    def emit(self, record: logging.LogRecord) -> None:
        note = f"{record.name.split('.')[0]}: {' '.join(record.getMessage().split())[:160]}"
        if note not in self.notes and len(self.notes) < MAX_LIBRARY_NOTES:
            self.notes.append(note)


@lru_cache(maxsize=1)
def _loggers() -> tuple[logging.Logger, ...]:
    """The parsers' loggers, looked up once (`getLogger` takes logging's lock each time; a
    logger, once made, is the same object for the life of the process)."""
    return tuple(logging.getLogger(n) for n in LIBRARY_LOGGERS)


@contextmanager
def library_logs() -> Iterator[list[str]]:
    """Parsers' log records never reach stderr (Python's last-resort handler would print them
    as bare lines); the ones that matter come back as notes for `--report` and the CLI."""
    handler = getattr(_IDLE, "handler", None)  # (this thread's from its last read: a Handler's making
    if handler is None:  # takes logging's locks and registers it; a nested read makes its own)
        handler = _Notes()
    else:
        _IDLE.handler, handler.notes = None, []
    loggers = _loggers()
    saved = [lg.propagate for lg in loggers]
    for lg in loggers:
        lg.addHandler(handler)
        lg.propagate = False
    try:
        yield handler.notes
    finally:
        for lg, prop in zip(loggers, saved, strict=True):
            lg.removeHandler(handler)
            lg.propagate = prop
        _IDLE.handler = handler


_IDLE = threading.local()  # a thread's notes handler while no read of it uses one


def read_document(data: bytes, name: str, options: Options) -> Document:
    """Choose the reader by content and read, within the deadline, with every failure typed."""
    reader, warnings = choose(data, name)
    try:
        with limits.deadline(options.deadline, name), library_logs() as notes:
            doc = reader.read(data, name, options)
            warnings += notes
    except DoccleanError:
        raise
    except RecursionError as exc:
        raise TooComplexError(name, "too complex: its structure is nested too deeply") from exc
    except MemoryError as exc:
        raise TooComplexError(name, "too complex: reading it ran out of memory") from exc
    except Exception as exc:  # a parser's own exception on malformed input: typed, one line
        detail = " ".join(f"{type(exc).__name__}: {exc}".split())
        raise CorruptInputError(name, f"damaged {reader.name.upper()} file ({detail[:160]})") from exc
    doc.meta.warnings[:0] = warnings
    return doc
