"""The body of a Word 97-2003 document -> blocks: paragraph properties, styles, fields, tables.

The text of a story is split at paragraph marks (`\\r`), cell marks (`\\x07`) and section or
page breaks (`\\x0c`). Which paragraph is in a table, and which cell mark ends a row, is in
the paragraph's properties (PAPX, found through the PlcBtePapx and its 512-byte FKP pages):
`sprmPFInTable`, `sprmPFTtp`, and for nested tables (cells ended by `\\r`) `sprmPItap`. A
paragraph's style (its istd) is looked up in the style sheet (STSH): built-in heading styles
by their language-independent sti (1-9: Heading 1-9; 62: Title), others by name and base
style, as the DOCX reader does, and an outline level (`sprmPOutLvl`) counts like `w:outlineLvl`.
Fields (`\\x13 code \\x14 result \\x15`) keep their result; special characters become what
the DOCX reader gives for the same thing. Every loop is bounded by its structure's bytes.
"""

from __future__ import annotations

import re
import struct
from bisect import bisect_right
from dataclasses import dataclass
from functools import lru_cache
from typing import TYPE_CHECKING

from ..model import Block, Kind, Provenance
from ..passes.paragraphs import join_lines
from . import limits
from .docx_body import style_level

if TYPE_CHECKING:
    from .doc import Word


class Short(Exception):
    """A structure runs past the end of its stream."""


def u16(buf: bytes, at: int) -> int:
    if at < 0 or at + 2 > len(buf):
        raise Short(f"a structure at byte {at} runs past the end of its stream")
    return int.from_bytes(buf[at:at + 2], "little")


def u32(buf: bytes, at: int) -> int:
    if at < 0 or at + 4 > len(buf):
        raise Short(f"a structure at byte {at} runs past the end of its stream")
    return int.from_bytes(buf[at:at + 4], "little")


# sprms ([MS-DOC] 2.6.2) the walk reads; the operand size of any other is told by its spra bits
IN_TABLE, TTP, ITAP, INNER_CELL, INNER_TTP, OUTLINE, HUGE_PAPX = 0x2416, 0x2417, 0x6649, 0x244B, 0x244C, 0x2640, 0x6646
DEF_TABLE, DEF_TABLE10, CHG_TABS = 0xD608, 0xD606, 0xC615
SPRA_SIZE = {0: 1, 1: 1, 2: 2, 3: 4, 4: 2, 5: 2, 7: 3}
STI_TITLE = 62  # the built-in Title style; sti 1-9 are Heading 1-9
MAX_STYLES = 4095  # an istd is 12 bits
MAX_CHAIN = 20  # base styles followed, as in the DOCX reader
PAGE = 512  # an FKP page
MARKS = "\r\x07\x0c\x0e"  # paragraph, cell (or row), section/page break, column break
RE_SPECIAL = re.compile("[\x00-\x1f]")
RE_FIELD = re.compile("[\x13\x14\x15]")


def sprms(grpprl: bytes) -> list[tuple[int, bytes]]:
    """(sprm, operand) of a grpprl, up to where it ends or stops making sense."""
    out = []
    at, n = 0, len(grpprl)
    while at + 2 <= n:
        sprm = u16(grpprl, at)
        at += 2
        spra = sprm >> 13
        if spra != 6:
            size = SPRA_SIZE[spra]
        elif sprm in (DEF_TABLE, DEF_TABLE10):  # a 2-byte length, counting itself less one
            size = u16(grpprl, at) + 1 if at + 2 <= n else n
        elif sprm == CHG_TABS and at < n and grpprl[at] == 255:  # tab stops deleted (4 bytes) and added (3)
            dels = grpprl[at + 1] if at + 1 < n else 0
            adds = grpprl[at + 2 + 4 * dels] if at + 2 + 4 * dels < n else 0
            size = 3 + 4 * dels + 3 * adds
        else:
            size = 1 + grpprl[at] if at < n else 1
        if at + size > n:
            break
        out.append((sprm, grpprl[at:at + size]))
        at += size
    return out


@dataclass(frozen=True, slots=True)
class ParaProps:
    istd: int = 0
    in_table: bool = False
    row_end: bool = False  # a TTP: the mark that ends a table row (of the outermost table)
    outline: int | None = None  # 0-8: an outline level, as w:outlineLvl


DEFAULT = ParaProps()


def para_props(istd: int, grpprl: bytes, data: bytes) -> ParaProps:
    in_table = row_end = False
    itap = 0
    outline = None
    for sprm, op in sprms(grpprl):
        if sprm == IN_TABLE:
            in_table = op[0] != 0
        elif sprm == TTP:
            row_end = op[0] != 0
        elif sprm == ITAP:
            itap = int.from_bytes(op, "little", signed=True)
        elif sprm == OUTLINE:
            outline = op[0] if op[0] < 9 else None
        elif sprm == HUGE_PAPX and data:  # the rest of the properties, in the Data stream
            off = u32(op, 0)
            more = para_props(istd, data[off + 2:off + 2 + u16(data, off)], b"")
            in_table, row_end = in_table or more.in_table, row_end or more.row_end
            outline = more.outline if more.outline is not None else outline
    return ParaProps(istd, in_table or itap > 0, row_end, outline)


class Papx:
    """Paragraph properties by the byte offset (FC) of a paragraph's mark: PlcBtePapx -> FKP page
    -> PapxInFkp ([MS-DOC] 2.4.6 and 2.9.174-2.9.176)."""

    def __init__(self, w: Word, plc: bytes) -> None:
        self.w = w
        n = (len(plc) - 4) // 8 if len(plc) >= 12 else 0
        self.fcs = struct.unpack_from(f"<{n + 1}I", plc, 0) if n else ()
        self.pns = [u32(plc, 4 * (n + 1) + 4 * i) & 0x3FFFFF for i in range(n)]
        self.pages: dict[int, tuple[tuple[int, ...], bytes] | None] = {}
        self.cache: dict[int, ParaProps | None] = {}

    def at(self, fc: int | None) -> ParaProps | None:
        """The properties of the paragraph whose mark is at `fc`; None where none can be found."""
        if fc is None or not self.pns:
            return None
        if fc not in self.cache:
            self.cache[fc] = self._find(fc)
        return self.cache[fc]

    def _find(self, fc: int) -> ParaProps | None:
        i = bisect_right(self.fcs, fc) - 1
        if i < 0 or i >= len(self.pns):
            return None
        page = self._page(self.pns[i])
        if page is None:
            return None
        rgfc, raw = page
        j = bisect_right(rgfc, fc) - 1
        if j < 0 or j >= len(rgfc) - 1:
            return None
        boff = raw[4 * len(rgfc) + 13 * j] * 2
        if boff == 0:
            return DEFAULT
        cb = raw[boff]
        start, size = (boff + 1, 2 * cb - 1) if cb else (boff + 2, 2 * raw[boff + 1])
        papx = raw[start:start + size]
        if len(papx) < 2:
            return DEFAULT
        return para_props(u16(papx, 0), papx[2:], self.w.data)

    def _page(self, pn: int) -> tuple[tuple[int, ...], bytes] | None:
        if pn not in self.pages:
            raw = self.w.wd[pn * PAGE:(pn + 1) * PAGE]
            crun = raw[PAGE - 1] if len(raw) == PAGE else 0
            ok = crun > 0 and 4 * (crun + 1) + 13 * crun < PAGE
            self.pages[pn] = (struct.unpack_from(f"<{crun + 1}I", raw, 0), raw) if ok else None
        return self.pages[pn]


@dataclass(frozen=True, slots=True)
class Style:
    name: str
    sti: int
    base: int
    outline: int | None


def read_styles(stsh: bytes) -> dict[int, Style]:
    """istd -> Style, from the STSH: its header (cstd, the size of a StdfBase) then each STD."""
    if len(stsh) < 6:
        return {}
    cb_stshi = u16(stsh, 0)
    cstd, cb_base = u16(stsh, 2), u16(stsh, 4)
    styles = {}
    at = 2 + cb_stshi
    for istd in range(min(cstd, MAX_STYLES)):
        if at + 2 > len(stsh):
            break
        cb = u16(stsh, at)
        std = stsh[at + 2:at + 2 + cb]
        at += 2 + cb
        if cb < 10 or cb_base + 2 > len(std):
            continue
        sti, stk, base = u16(std, 0) & 0x0FFF, u16(std, 2) & 0x000F, u16(std, 2) >> 4
        cch = u16(std, cb_base)
        name = std[cb_base + 2:cb_base + 2 + 2 * cch].decode("utf-16-le", "replace").split(",")[0].strip()
        outline = None
        upx = cb_base + 4 + 2 * cch
        if stk == 1 and upx + 4 <= len(std):  # a paragraph style: its first UPX is its paragraph properties
            size = u16(std, upx)
            outline = para_props(0, std[upx + 4:upx + 2 + size], b"").outline
        styles[istd] = Style(name, sti, base, outline)
    return styles


class Body:
    """The blocks of a Word document: the main story, then its footnotes and endnotes."""

    def __init__(self, w: Word) -> None:
        from .doc import PLCFBTEPAPX, STSHF

        self.w = w
        self.papx = Papx(w, w.plc(PLCFBTEPAPX))
        self.styles = read_styles(w.plc(STSHF))
        self.level = lru_cache(maxsize=None)(self._level)
        self.para_no = 0
        self.notes: list[tuple[int, int, str]] = []  # (story start, story end, label) in order of reference

    # ------------------------------------------------------------ stories and notes

    def blocks(self) -> list[Block]:
        from .doc import PLCFENDREF, PLCFENDTXT, PLCFFNDREF, PLCFFNDTXT

        ccp = self.w.ccp + [0] * 8
        refs = {**self._notes(PLCFFNDREF, PLCFFNDTXT, ccp[0]), **self._notes(PLCFENDREF, PLCFENDTXT, sum(ccp[:5]))}
        out = self.story(0, ccp[0], refs)
        for start, end, label in self.notes:
            texts = [t for t, _mark, _cp in self.paragraphs(start, end, {})]
            out.append(Block(Kind.FOOTNOTE, join_lines(t.replace("\n", " ") for t in texts),
                             prov=Provenance(style="footnote"), ref=label))
        return out

    def _notes(self, ref_index: int, txt_index: int, base: int) -> dict[int, tuple[int, int]]:
        """CP of each note reference in the main story -> the CPs of its text."""
        ref, txt = self.w.plc(ref_index), self.w.plc(txt_index)
        n = (len(ref) - 4) // 6 if len(ref) >= 10 else 0
        cps = [u32(txt, 4 * i) for i in range(len(txt) // 4)]
        return {u32(ref, 4 * k): (base + cps[k], base + cps[k + 1]) for k in range(min(n, len(cps) - 1))}

    # ------------------------------------------------------------ paragraphs

    def paragraphs(self, start: int, end: int, refs: dict[int, tuple[int, int]]) -> list[tuple[str, str, int]]:
        """The story [start, end) as (text, mark, CP of the mark): fields' codes dropped, their
        results kept, special characters made text; a soft line break is "\\n" in the text."""
        raw = self.w.text(start, end)
        paras: list[tuple[str, str, int]] = []
        cur: list[str] = []
        for a, b in _kept(raw, self.w.path):
            seg = raw[a:b]
            last = 0
            for m in RE_SPECIAL.finditer(seg):
                ch, at = m.group(), m.start()
                cur.append(seg[last:at])
                last = at + 1
                if ch in MARKS:
                    paras.append(("".join(cur), ch, start + a + at))
                    cur = []
                    if len(paras) % 256 == 0:
                        limits.check()
                        limits.bound(len(paras), limits.MAX_BLOCKS, "paragraphs", self.w.path)
                elif ch == "\x0b":
                    cur.append("\n")
                elif ch == "\t":
                    cur.append(" ")
                elif ch == "\x1e":  # a non-breaking hyphen
                    cur.append("-")
                elif ch == "\x02" and start + a + at in refs:  # a footnote or endnote reference
                    label = str(len(self.notes) + 1)
                    self.notes.append((*refs[start + a + at], label))
                    cur.append(f"[^{label}]")
                # anything else (\x01 and \x08 pictures and drawn objects, \x1f optional hyphens,
                # \x05 comment marks, NUL for text that could not be read) is no text
            cur.append(seg[last:])
        if "".join(cur).strip():  # text after the last mark (a story always ends with one; a damaged one may not)
            paras.append(("".join(cur), "\r", end))
        return paras

    def story(self, start: int, end: int, refs: dict[int, tuple[int, int]]) -> list[Block]:
        """Blocks of a story: paragraphs, headings, and tables from the cell and row marks."""
        blocks: list[Block] = []
        rows: list[list[str]] = []
        row: list[str] = []
        cell: list[str] = []
        prev_mark = ""

        def flush() -> None:
            if cell:
                row.append(join_lines(cell))
                cell.clear()
            if row:
                rows.append(list(row))
                row.clear()
            if rows:
                self.para_no += 1
                prov = Provenance(line=self.para_no, style="table")
                if max(len(r) for r in rows) <= 1:  # a one-column table is a layout box: its text is prose
                    blocks.extend(Block(Kind.PARAGRAPH, r[0], prov=prov) for r in rows if r and r[0])
                elif any(c for r in rows for c in r):
                    blocks.append(Block(Kind.TABLE, "", prov=prov, rows=[list(r) for r in rows]))
                rows.clear()

        for text, mark, cp in self.paragraphs(start, end, refs):
            props = self.papx.at(self.w.fc_of(cp))
            line = _one_line(text)
            if mark == "\x07":
                ends_row = props.row_end if props is not None else (prev_mark == "\x07" and not line and bool(row))
                prev_mark = mark
                if ends_row:
                    if cell:
                        row.append(join_lines(cell))
                        cell.clear()
                    rows.append(list(row))
                    row.clear()
                else:
                    cell.append(line)
                    row.append(join_lines(cell))
                    cell.clear()
                    limits.bound(len(row), limits.MAX_CELLS, "cells in a table row", self.w.path)
                continue
            prev_mark = mark
            if props is not None and props.in_table:
                cell.append(line)  # a paragraph of a cell (or of a table nested in it)
                continue
            flush()
            if line:
                blocks.append(self._block(line, props or DEFAULT))
        flush()
        return blocks

    def _block(self, text: str, props: ParaProps) -> Block:
        self.para_no += 1
        name, level = self.level(props.istd)
        if props.outline is not None:
            level = props.outline + 2
        prov = Provenance(line=self.para_no, style=name)
        if level == 1:
            return Block(Kind.TITLE, text, 1, prov)
        if level:
            return Block(Kind.HEADING, text, min(level, 6), prov)
        return Block(Kind.PARAGRAPH, text, prov=prov)

    def _level(self, istd: int) -> tuple[str, int]:
        """A style's name and level (1 title, 2.. heading, 0 body), its base styles followed."""
        style = self.styles.get(istd)
        name = style.name if style is not None else "Normal"
        level = 0
        seen = 0
        while style is not None and seen < MAX_CHAIN and not level:
            if 1 <= style.sti <= 9:
                level = style.sti + 1
            elif style.sti == STI_TITLE:
                level = 1
            else:
                level = style_level(style.name) or (style.outline + 2 if style.outline is not None else 0)
            style = self.styles.get(style.base) if style.base != 0x0FFF else None
            seen += 1
        return name, level


def _one_line(text: str) -> str:
    """A paragraph's text, its soft line breaks joined as the DOCX reader joins them."""
    if "\n" not in text:
        return text.strip()
    return join_lines(s for s in text.split("\n") if s.strip())


def _kept(raw: str, path: str) -> list[tuple[int, int]]:
    """The spans of `raw` outside fields' codes and field marks: a field `\\x13 code \\x14 result
    \\x15` keeps its result, one without a separator nothing; a mark with no partner is dropped."""
    drop: list[tuple[int, int]] = []
    stack: list[list[int]] = []  # [begin, separator or -1]
    for m in RE_FIELD.finditer(raw):
        ch, at = m.group(), m.start()
        if ch == "\x13":
            stack.append([at, -1])
            limits.bound(len(stack), limits.MAX_DEPTH, "levels of nested fields", path)
        elif ch == "\x14":
            if stack and stack[-1][1] < 0:
                stack[-1][1] = at
            else:
                drop.append((at, at + 1))
        elif stack:
            begin, sep = stack.pop()
            drop.append((begin, (sep if sep >= 0 else at) + 1))
            drop.append((at, at + 1))
        else:
            drop.append((at, at + 1))
    drop += [(b, b + 1) for b, _ in stack]  # a field never ended: its begin mark goes, its text stays
    spans: list[tuple[int, int]] = []
    at = 0
    for a, b in sorted(drop):
        if a > at:
            spans.append((at, a))
        at = max(at, b)
    if at < len(raw):
        spans.append((at, len(raw)))
    return spans
