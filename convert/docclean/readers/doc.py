"""Word 97-2003 (`.doc`) and WPS Office (`.wps`) documents, read natively: no LibreOffice.

Both are OLE2 compound files holding a `WordDocument` stream in Word's binary format
([MS-DOC]). olefile opens the container (FAT and mini-FAT chains, directory, sector loops
caught): a well-kept, pure-Python library that has read malformed and hostile OLE files
for oletools for years, where hand-written sector walking would repeat its bugs. What is
Word's own is read here: the FIB (`fWhichTblStm`, `fcClx`, the CP counts of the stories),
the piece table of the CLX (cp1252 "compressed" pieces and UTF-16LE pieces), and through
`doc_body` the paragraph properties (tables, styles, outline levels). The main story is
the body; footnotes and endnotes follow as `[^n]` notes; headers, footers and comments are
other stories and are never read, as in the DOCX reader. Every structure is bounded by its
stream's length. What the text does without (styles, properties, lists) is read around when
damaged, with a warning; a cut file whose container is gone is read from its Word stream
(`salvage`); anything else malformed is a typed error naming the file.
"""

from __future__ import annotations

import io
import shutil
import struct
from bisect import bisect_right
from dataclasses import dataclass, field
from typing import Any

from ..errors import CorruptInputError, EncryptedInputError, MissingDependencyError, UnsupportedFormatError
from ..model import Document, Metadata
from ..options import Options
from . import doc_body as body
from . import limits
from .doc_props import Short, u16, u32

OLE_MAGIC = b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1"
WORD_MAGIC = 0xA5EC
MIN_NFIB = 0xC1  # Word 97; Word 6 and 95 (101-104) wrote another FIB and their own code page
MAX_PIECES = 1 << 20  # a piece table's entries: a real one has a few hundred at most
# The FIB's FibRgFcLcb97 pairs (fc, lcb) by index, [MS-DOC] 2.5.6.
STSHF, PLCFFNDREF, PLCFFNDTXT, PLCFBTECHPX, PLCFBTEPAPX, CLX = 1, 2, 3, 12, 13, 33
PLCSPAMOM, PLCFENDREF, PLCFENDTXT, PLCFTXBXTXT, PLFLST, PLFLFO = 40, 46, 47, 56, 73, 74
F_ENCRYPTED, F_WHICH_TBL, F_OBFUSCATED, F_COMPLEX = 0x0100, 0x0200, 0x8000, 0x0004
LOCKED_PACKAGE = ("a password-protected Office document (an encrypted package): docclean does not open it; "
                  "save a copy without the password")
OTHER_OLE = (  # what an OLE2 file that is no Word document usually is: say so
    ("Workbook", "an Excel 97-2003 workbook (.xls), not a Word document"),
    ("Book", "an Excel 5/95 workbook (.xls), not a Word document"),
    ("PowerPoint Document", "a PowerPoint 97-2003 presentation (.ppt), not a Word document"),
    ("CONTENTS", "a Microsoft Works or Publisher file, not a Word document"),
    ("__substg1.0_0037001F", "an Outlook message (.msg), not a Word document"),
)
# Compressed pieces are cp1252, and the bytes cp1252 leaves undefined are read as Latin-1 ([MS-DOC] 2.4.1).
CP1252 = "".join(bytes([b]).decode("cp1252", "ignore") or chr(b) for b in range(256))
_FROM_LATIN1 = {i: c for i, c in enumerate(CP1252) if ord(c) != i}


@dataclass(slots=True)
class Word:
    """A Word binary document's streams and the parts of its FIB the reader needs."""

    path: str
    wd: bytes  # the WordDocument stream
    table: bytes  # 0Table or 1Table, as the FIB says
    data: bytes  # the Data stream (huge paragraph properties live there), or b""
    flags: int
    ccp: list[int]  # the stories' lengths: main, footnotes, headers, macros, comments, endnotes, text boxes...
    fclcb: list[tuple[int, int]]
    pieces: list[tuple[int, int, int, bool]] = field(default_factory=list)  # (cp, cp end, byte offset, compressed)
    warnings: list[str] = field(default_factory=list)
    starts: list[int] = field(default_factory=list)  # the pieces' first CPs, for fc_of

    def plc(self, index: int) -> bytes:
        """The table-stream structure at FibRgFcLcb pair `index` (b"" when absent or out of the stream)."""
        if index >= len(self.fclcb):
            return b""
        fc, lcb = self.fclcb[index]
        if lcb == 0 or fc + lcb > len(self.table):
            return b""
        return self.table[fc:fc + lcb]

    def text(self, start: int, end: int) -> str:
        """The characters of CPs [start, end), exactly end - start of them: a CP no piece covers,
        or whose bytes are past the stream's end, reads as NUL (dropped later, with a warning).
        No story holds more characters than its stream has bytes: a larger count is damage, and
        is cut there rather than filled."""
        end = min(end, start + len(self.wd))
        out: list[str] = []
        at = start
        missing = 0
        for cp, cp_end, off, compressed in self.pieces:
            if cp_end <= at or cp >= end:
                continue
            if cp > at:  # a gap in the piece table
                out.append("\0" * (cp - at))
                missing += cp - at
                at = cp
            n = min(cp_end, end) - at
            if compressed:
                raw = self.wd[off + at - cp:off + at - cp + n]
                chunk = raw.decode("latin-1").translate(_FROM_LATIN1)
            else:
                raw = self.wd[off + 2 * (at - cp):off + 2 * (at - cp + n)]
                chunk = raw[:len(raw) // 2 * 2].decode("utf-16-le", "replace")
            if len(chunk) < n:
                missing += n - len(chunk)
                chunk += "\0" * (n - len(chunk))
            out.append(chunk)
            at += n
            if at >= end:
                break
        if at < end:
            out.append("\0" * (end - at))
            missing += end - at
        if missing:
            self.warnings.append(f"{missing} characters of the text are missing (the file is cut short or "
                                 "its piece table is damaged): read what is there")
        return "".join(out)

    def fc_of(self, cp: int) -> int | None:
        """The byte offset in WordDocument of the character at `cp` (what paragraph properties are keyed by)."""
        if len(self.starts) != len(self.pieces):
            self.starts = [p[0] for p in self.pieces]
        k = bisect_right(self.starts, cp) - 1
        if k >= 0:
            p_cp, p_end, off, compressed = self.pieces[k]
            if cp < p_end:
                return off + (cp - p_cp) * (1 if compressed else 2)
        return None


def open_word(data: bytes, path: str) -> Word:
    """The OLE2 container opened and the Word document in it located, or a typed error."""
    try:
        import olefile
    except ImportError as exc:
        raise MissingDependencyError(path, "legacy .doc input needs olefile, a dependency of docclean: "
                                           "reinstall it (pip install docclean)") from exc
    try:
        ole = olefile.OleFileIO(io.BytesIO(data))
    except (OSError, ValueError, IndexError, struct.error, RecursionError, MemoryError) as exc:
        # olefile's own errors (OleFileError, NotOleFileError) are OSErrors; the rest are its parsing of
        # a damaged directory or FAT
        found = salvage(data, path)
        if found is None:
            raise CorruptInputError(path, f"a damaged OLE2 (Word 97-2003) file ({_why(exc)})") from exc
        return found
    with ole:
        try:
            return _word(ole, path, data)
        except Short as exc:
            raise CorruptInputError(path, f"a damaged Word 97-2003 document: {exc}") from exc
        except (OSError, ValueError, IndexError, struct.error) as exc:  # olefile reading a stream's chain
            raise CorruptInputError(path, f"a damaged Word 97-2003 document ({_why(exc)})") from exc


FIB_CSW, FIB_CSLW = 0x0E, 0x16  # the counts of 16- and 32-bit FIB fields every Word 97+ writes
FC_MIN, FC_MAC = 0x18, 0x1C  # where the text starts and ends in WordDocument (FibBase's reserved5/6)


def salvage(data: bytes, path: str) -> Word | None:
    """A cut or damaged download whose OLE directory or FAT is gone: its WordDocument stream is
    found by the FIB at a sector boundary (64 bytes: a small stream lives in mini sectors), read
    on from there as one run of sectors (how Word and LibreOffice write a stream), and its text
    taken from fcMin..fcMac, which must hold exactly the characters the FIB counts (two bytes
    each, or one). Without the table stream the piece table, styles and paragraph properties are
    gone: paragraphs and cell marks are read from the text alone, with a warning. None when no
    such stream is there."""
    at = data.find(b"\xec\xa5", 512)
    while 0 <= at < len(data):
        w = from_stream(data[at:], path) if at % 64 == 0 else None
        if w is not None:
            w.warnings.append(f"a damaged or truncated OLE2 file: its text read from the Word stream at byte {at} "
                              "without its structure (tables, headings and notes may be approximate)")
            return w
        at = data.find(b"\xec\xa5", at + 1)
    return None


def from_stream(wd: bytes, path: str) -> Word | None:
    """A WordDocument stream read without its table stream: one piece, fcMin..fcMac (see `salvage`)."""
    if len(wd) <= 0x200 or u16(wd, 2) < MIN_NFIB or u16(wd, 32) != FIB_CSW or u16(wd, 62) != FIB_CSLW \
            or u16(wd, 0x0A) & (F_ENCRYPTED | F_OBFUSCATED):
        return None
    ccp = [u32(wd, 64 + 4 * i) for i in range(3, 11)]
    total = sum(ccp) + (1 if any(ccp[1:]) else 0)
    lo, hi = u32(wd, FC_MIN), u32(wd, FC_MAC)
    if ccp[0] <= 0 or not 0x200 <= lo < len(wd) or hi - lo not in (total, 2 * total):
        return None
    return Word(path, wd, b"", b"", u16(wd, 0x0A), ccp, [], pieces=[(0, total, lo, hi - lo == total)])


def _why(exc: BaseException) -> str:
    return " ".join(f"{type(exc).__name__}: {exc}".split())[:160]


def _stream(ole: Any, name: str) -> bytes:
    return bytes(ole.openstream(name).read()) if ole.exists(name) else b""


def _word(ole: Any, path: str, ole_data: bytes) -> Word:
    if not ole.exists("WordDocument"):
        if ole.exists("EncryptedPackage"):
            raise EncryptedInputError(path, LOCKED_PACKAGE)
        what = next((w for name, w in OTHER_OLE if ole.exists(name)), None)
        if what is not None:
            raise UnsupportedFormatError(path, f"unsupported: {what}")
        found = salvage(ole_data, path)  # a directory cut short loses its last entries first
        if found is None:
            raise UnsupportedFormatError(path, "unsupported: an OLE2 file without a Word document in it")
        return found
    wd = _stream(ole, "WordDocument")
    if u16(wd, 0) != WORD_MAGIC:
        raise CorruptInputError(path, "a damaged Word 97-2003 document: its WordDocument stream has no Word header")
    nfib, flags = u16(wd, 2), u16(wd, 0x0A)
    if nfib < MIN_NFIB:
        raise UnsupportedFormatError(path, "unsupported: a Word 6.0/95 document (an older binary format); "
                                           "open it with LibreOffice (--doc-engine libreoffice) or save it as .docx")
    if flags & (F_ENCRYPTED | F_OBFUSCATED):
        raise EncryptedInputError(path, "a password-protected Word 97-2003 document: docclean does not open it; "
                                        "save a copy without the password")
    csw = u16(wd, 32)
    at = 34 + 2 * csw
    cslw = u16(wd, at)
    ccp = [u32(wd, at + 2 + 4 * i) for i in range(3, min(cslw, 11))]
    at += 2 + 4 * cslw
    npairs = u16(wd, at)
    fclcb = [(u32(wd, at + 2 + 8 * i), u32(wd, at + 6 + 8 * i)) for i in range(npairs) if at + 10 + 8 * i <= len(wd)]
    if len(ccp) < 1 or len(fclcb) <= CLX:
        raise CorruptInputError(path, "a damaged Word 97-2003 document: its FIB is cut short")
    table = _stream(ole, "1Table" if flags & F_WHICH_TBL else "0Table")
    if not table:
        raise CorruptInputError(path, "a damaged Word 97-2003 document: its table stream is missing")
    w = Word(path, wd, table, _stream(ole, "Data"), flags, ccp, fclcb)
    try:
        w.pieces = _pieces(w)
    except (CorruptInputError, Short) as exc:  # the table stream is damaged: the text may still be read
        found = from_stream(wd, path)
        if found is None:
            raise
        found.warnings.append(f"{str(exc).split(': ', 1)[-1]}: its text read from fcMin..fcMac, without its structure "
                              "(tables, headings and notes may be approximate)")
        return found
    return w


def _pieces(w: Word) -> list[tuple[int, int, int, bool]]:
    """The piece table: the CLX's Prc records (property modifiers, skipped) then its Pcdt."""
    clx = w.plc(CLX)
    if not clx:
        raise CorruptInputError(w.path, "a damaged Word 97-2003 document: its piece table is missing")
    at = 0
    while at < len(clx) and clx[at] == 0x01:  # Prc: clxt, cbGrpprl (int16, never negative), grpprl
        size = int.from_bytes(clx[at + 1:at + 3], "little", signed=True)
        if size < 0:
            break  # (a step back would loop)
        at += 3 + size
    if at >= len(clx) or clx[at] != 0x02:
        raise CorruptInputError(w.path, "a damaged Word 97-2003 document: its piece table is unreadable")
    lcb = u32(clx, at + 1)
    plc = clx[at + 5:at + 5 + lcb]
    n = (len(plc) - 4) // 12
    if n <= 0:
        raise CorruptInputError(w.path, "a damaged Word 97-2003 document: its piece table is empty")
    limits.bound(n, MAX_PIECES, "pieces of text", w.path)
    cps = struct.unpack_from(f"<{n + 1}I", plc, 0)
    pieces = []
    for k in range(n):
        cp, cp_end = cps[k], cps[k + 1]
        if cp_end <= cp:
            continue  # an empty or reversed piece: nothing in it can be read
        fc = u32(plc, 4 * (n + 1) + 8 * k + 2)
        compressed = bool(fc & 0x40000000)
        off = (fc & 0x3FFFFFFF) // 2 if compressed else fc & 0x3FFFFFFF
        pieces.append((cp, cp_end, off, compressed))
    pieces.sort()
    return pieces


def _soffice() -> bool:
    """Is LibreOffice on PATH (the names `LegacyWordReader` runs)?"""
    return bool(shutil.which("soffice") or shutil.which("libreoffice"))


class DocReader:
    """`.doc`/`.wps` (OLE2) read natively, or through LibreOffice when the options say so
    (`doc_engine`: "auto" takes LibreOffice when `soffice` is on PATH, as docclean always did:
    it also reads Word 6/95 files and drawing-layer text)."""

    name = "doc"
    priority = 85

    def accepts(self, head: bytes) -> bool:
        return head.startswith(OLE_MAGIC)

    def read(self, data: bytes, path: str, options: Options) -> Document:
        from .docx import LegacyWordReader, _encrypted_package

        if _encrypted_package(data):  # a locked DOCX keeps its own error, whichever engine
            raise EncryptedInputError(path, LOCKED_PACKAGE)
        if options.doc_engine == "libreoffice" or (options.doc_engine == "auto" and _soffice()):
            return LegacyWordReader().read(data, path, options)
        w = open_word(data, path)
        try:
            blocks = body.Body(w).blocks()
        except Short as exc:
            raise CorruptInputError(path, f"a damaged Word 97-2003 document: {exc}") from exc
        warnings = list(dict.fromkeys(w.warnings))
        if w.flags & F_COMPLEX:
            warnings.append("saved with Word's fast save: the text is read, some paragraph styles may be missed")
        return Document(blocks=blocks, meta=Metadata(format="doc", warnings=warnings))
