"""Repairs of a PDF's cross-reference data, made on the bytes before either engine reads them.

An xref row that points where its object is not makes pdfminer lose the object without a
word (`PDFDocument.getobj` tries the offset, meets another object and gives up), and makes
pdfium refuse a page whose object moved; a PDF cut before its xref table has no table at
all. Both are repaired the way PDF readers rebuild a broken table (pdfminer's
`PDFXRefFallback`, mupdf's repair): by the `N G obj` headers that start the objects. A
wrong row gets the offset of its object's header (same width: nothing else moves), so the
two engines read the same repaired bytes and give the same text.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from dataclasses import dataclass

RE_XREF = re.compile(rb"xref\s+((?:\d+\s+\d+\s+(?:\d{10}\s\d{5}\s[nf]\s*)+)+)")
RE_XREF_ROW = re.compile(rb"(\d{10})\s(\d{5})\s([nf])")
RE_XREF_SECTION = re.compile(rb"(\d+)\s+(\d+)\s+((?:\d{10}\s\d{5}\s[nf]\s*)+)")
RE_OBJ_HEADER = re.compile(rb"\s*(\d+)\s+\d+\s+obj\b")
# An object's header where an object starts: after a line end or blank (or the file's start).
RE_OBJ_START = re.compile(rb"(?<![^\s])(\d{1,10})[ \t\r\n\f\x00]+(\d{1,5})[ \t\r\n\f\x00]+obj\b")
MAX_XREF_ROWS = 100_000  # checking more costs more than it tells
MAX_CATALOG_DICT = 4096  # bytes between an object's `N G obj` and its `/Type /Catalog`
RE_OBJ_HEAD = re.compile(rb"(\d{1,10})\s+(\d{1,5})\s+obj\b")


@dataclass(frozen=True, slots=True)
class XrefRow:
    """One in-use row of a classic xref table."""

    at: int  # where its ten offset digits are in the file
    number: int
    generation: int
    offset: int
    table: int  # where its table starts: the objects it lists come before it


HEADER_WITHIN = 1024  # where PDF readers look for the header (Acrobat: anywhere in the first 1 KB)
BLANK = b" \t\r\n\f\x00"
RE_HEADER = re.compile(rb"[\r\n][ \t\f\x00]*(%PDF-\d\.\d)")
RE_FIRST_OBJ = re.compile(rb"\d+\s+\d+\s+obj\b")


def header_at(head: bytes) -> int | None:
    """Where the `%PDF-` header starts: at the top (after blank bytes), or, as `%PDF-x.y` at a
    line start in the first 1 KB with an object after it (a page or a few lines of junk that a
    download script wrote before the PDF); None when this is no PDF (a text that mentions
    `%PDF-1.4`)."""
    top = len(head) - len(head.lstrip(BLANK))
    if head.startswith(b"%PDF-", top):
        return top if top <= HEADER_WITHIN else None
    m = RE_HEADER.search(head, 0, HEADER_WITHIN + 16)
    if m is None or m.start(1) > HEADER_WITHIN or RE_FIRST_OBJ.search(head, m.end()) is None:
        return None
    return m.start(1)


def xref_tables(data: bytes) -> Iterator[re.Match[bytes]]:
    """Each classic xref table: `xref` not preceded by a lowercase letter (`startxref` is a
    pointer, not a table). `bytes.find` jumps to each `xref`; a regex starting with a
    lookbehind would be tried at every byte of the file (half a millisecond a page)."""
    at = data.find(b"xref")
    while at >= 0:
        m = RE_XREF.match(data, at) if at == 0 or not 0x61 <= data[at - 1] <= 0x7A else None
        at = data.find(b"xref", m.end() if m else at + 1)
        if m:
            yield m


def xref_rows(data: bytes) -> Iterator[XrefRow]:
    """The in-use rows of every classic table, the first MAX_XREF_ROWS of them."""
    n = 0
    for table in xref_tables(data):
        for sec in RE_XREF_SECTION.finditer(data, table.start(1), table.end(1)):
            first = int(sec.group(1))
            for k, row in enumerate(RE_XREF_ROW.finditer(data, sec.start(3), sec.end(3))):
                if row.group(3) != b"n":
                    continue
                if n >= MAX_XREF_ROWS:
                    return
                n += 1
                yield XrefRow(row.start(1), first + k, int(row.group(2)), int(row.group(1)), table.start())


def misplaced(data: bytes) -> list[XrefRow]:
    """Rows that place an object where there is no such object. Xref streams are the
    engines' own business (pdfminer and pdfium check their entries themselves)."""
    wrong = []
    for row in xref_rows(data):
        # (one compiled pattern: a pattern per object number was compiled anew for each row)
        obj = RE_OBJ_HEADER.match(data, row.offset, row.offset + 40)
        if obj is None or obj.group(1) != b"%d" % row.number:
            wrong.append(row)
    return wrong


def xref_mismatches(data: bytes) -> int:
    return len(misplaced(data))


RE_STARTXREF = re.compile(rb"startxref\s+(\d{1,12})")


def startxref_astray(data: bytes) -> bool:
    """Does the last `startxref` point somewhere other than an xref table or an xref stream
    object? Both engines then rebuild the table by scanning the objects: read, but damaged."""
    tail = data.rfind(b"startxref")
    m = RE_STARTXREF.match(data, tail) if tail >= 0 else None
    if m is None:
        return False  # no pointer at all: a cut file (`with_trailer`) or the engines' own business
    at = int(m.group(1))
    head = data[at:at + 64].lstrip()
    return not (head.startswith(b"xref") or RE_OBJ_HEAD.match(head))


def with_xref_repaired(data: bytes, wrong: list[XrefRow]) -> tuple[bytes, int]:
    """`data` with each wrong row pointing at its object's header, and how many objects are
    nowhere in the file (their rows stay as they were). Where an object was written more
    than once (incremental updates), a table means the last copy before it."""
    if not wrong:
        return data, 0
    starts: dict[tuple[int, int], list[int]] = {}
    for m in RE_OBJ_START.finditer(data):  # one pass, whatever the number of wrong rows
        starts.setdefault((int(m.group(1)), int(m.group(2))), []).append(m.start())
    fixed = bytearray(data)
    missing = 0
    for row in wrong:
        before = [p for p in starts.get((row.number, row.generation), ()) if p < row.table]
        if not before:
            missing += 1
            continue
        fixed[row.at:row.at + 10] = b"%010d" % before[-1]
    return bytes(fixed), missing


def with_trailer(data: bytes) -> bytes | None:
    """A PDF cut before its xref table and trailer (every object intact) with a trailer that
    names its catalog appended: both engines then rebuild the xref by scanning the objects.
    What follows the last object (the start of a cut xref table, a cut object) is dropped: the
    engines would read a table of rows that are not there. None when the file has a trailer of
    its own or no catalog object."""
    if b"trailer" in data[-MAX_CATALOG_DICT:] or b"startxref" in data[-MAX_CATALOG_DICT:]:
        return None
    end = data.rfind(b"endobj")
    data = data[:end + len(b"endobj\n")] if end >= 0 else data
    at = data.rfind(b"/Catalog")
    while at >= 0:
        window = data[max(0, at - MAX_CATALOG_DICT):at]
        heads = list(RE_OBJ_HEAD.finditer(window))
        if heads and b"endobj" not in window[heads[-1].end():]:
            number, generation = heads[-1].group(1), heads[-1].group(2)
            return data + b"\ntrailer\n<< /Root " + number + b" " + generation + b" R >>\n%%EOF\n"
        at = data.rfind(b"/Catalog", 0, at)
    return None
