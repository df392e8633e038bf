"""The body of a Word 97-2003 document -> blocks: paragraph properties, styles, fields, tables.

The text of a story is split at paragraph marks (`\\r`), cell marks (`\\x07`) and section or
page breaks (`\\x0c`). Which paragraph is in a table, and which cell mark ends a row, is in
the paragraph's properties (PAPX, found through the PlcBtePapx and its 512-byte FKP pages):
`sprmPFInTable`, `sprmPFTtp`, and for nested tables (cells ended by `\\r`) `sprmPItap`. A
paragraph's style (its istd) is looked up in the style sheet (STSH): built-in heading styles
by their language-independent sti (1-9: Heading 1-9; 62: Title), others by name and base
style, as the DOCX reader does, and an outline level (`sprmPOutLvl`) counts like `w:outlineLvl`.
Word's automatic numbering comes from its list tables and follows the DOCX reader's rules
(`docx_body.numbered_block`). Fields (`\\x13 code \\x14 result \\x15`) keep their result; text
deleted with change tracking on is left out; a text box's story follows its anchor; special
characters become what the DOCX reader gives for the same thing. Every loop is bounded by its
structure's bytes.
"""

from __future__ import annotations

import re
import struct
from collections.abc import Callable
from functools import lru_cache
from typing import TYPE_CHECKING, TypeVar

from ..model import Block, Kind, Provenance
from ..passes.wrapped import join_lines
from . import limits
from .doc_props import DEFAULT, Papx, ParaProps, Short, deleted, read_lists, read_styles, u32
from .docx_body import Numbering, numbered_block, style_level

if TYPE_CHECKING:
    from .doc import Word

T = TypeVar("T")
STI_TITLE = 62  # the built-in Title style; sti 1-9 are Heading 1-9
MAX_CHAIN = 20  # base styles followed, as in the DOCX reader
MARKS = "\r\x07\x0c\x0e"  # paragraph, cell (or row), section/page break, column break
RE_SPECIAL = re.compile("[\t\x0b\r\x07\x0c\x0e\x1e\x02]")  # the control characters that are (or mark) text
# ... and the others are none: \x01 and \x08 pictures and drawn objects, \x1f optional hyphens,
# \x05 comment marks, NUL (a character that could not be read); dropped at the join, at C speed
NO_TEXT = dict.fromkeys(c for c in range(32) if chr(c) not in "\t\x0b\r\x07\x0c\x0e\x1e\x02")
RE_FIELD = re.compile("[\x13\x14\x15]")


class Body:
    """The blocks of a Word document: the main story, then its footnotes and endnotes."""

    def __init__(self, w: Word) -> None:
        from .doc import PLCFBTECHPX, PLCFBTEPAPX, STSHF

        self.w = w
        self.papx = self.optional(lambda: Papx(w, w.plc(PLCFBTEPAPX)), Papx(w, b""), "paragraph properties")
        self.deleted = self.optional(lambda: deleted(w, w.plc(PLCFBTECHPX)), [], "character properties")
        self.styles = self.optional(lambda: read_styles(w.plc(STSHF)), {}, "style sheet")
        self.style = lru_cache(maxsize=None)(self._style)
        self.numbering = Numbering(levels=self.optional(lambda: read_lists(w), {}, "list tables"))
        self.para_no = 0
        self.notes: list[tuple[int, int, str]] = []  # (story start, story end, label) in order of reference

    def optional(self, read: Callable[[], T], empty: T, what: str) -> T:
        """A structure the text does without: when it is damaged, the document is read without it,
        with a warning (the piece table, which the text needs, fails the file instead)."""
        try:
            return read()
        except (Short, struct.error, IndexError, ValueError, KeyError) as exc:
            self.w.warnings.append(f"a damaged part ({what}, {type(exc).__name__}): the text is read without it")
            return empty

    # ------------------------------------------------------------ stories and notes

    def blocks(self) -> list[Block]:
        from .doc import PLCFENDREF, PLCFENDTXT, PLCFFNDREF, PLCFFNDTXT

        ccp = self.w.ccp + [0] * 8
        refs = self.optional(lambda: {**self._notes(PLCFFNDREF, PLCFFNDTXT, ccp[0]),
                                      **self._notes(PLCFENDREF, PLCFENDTXT, sum(ccp[:5]))}, {}, "footnote tables")
        out = self.story(0, ccp[0], refs, self.optional(lambda: self._boxes(sum(ccp[:6])), {}, "text box tables"))
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

    def _boxes(self, base: int) -> dict[int, list[tuple[int, int]]]:
        """CP of each text box's anchor in the main story -> the CPs of its text: the PlcftxbxTxt
        gives each box's text and shape id (FTXBXS.lid), the PlcSpaMom each shape's anchor."""
        from .doc import PLCFTXBXTXT, PLCSPAMOM

        txt, spa = self.w.plc(PLCFTXBXTXT), self.w.plc(PLCSPAMOM)
        n, m = (len(txt) - 4) // 26, (len(spa) - 4) // 30
        anchors = {u32(spa, 4 * (m + 1) + 26 * k): u32(spa, 4 * k) for k in range(max(m, 0))}
        size = (self.w.ccp + [0] * 8)[6]  # the text boxes' story
        out: dict[int, list[tuple[int, int]]] = {}
        for k in range(max(n, 0)):
            lid = u32(txt, 4 * (n + 1) + 22 * k + 14)
            start, end = u32(txt, 4 * k), u32(txt, 4 * k + 4)
            if lid in anchors and start < end <= size:
                out.setdefault(anchors[lid], []).append((base + start, base + end))
        return out

    # ------------------------------------------------------------ paragraphs

    def paragraphs(self, start: int, end: int, refs: dict[int, tuple[int, int]]) -> list[tuple[str, str, int]]:
        """The story [start, end) as (text, mark, CP of the mark): fields' codes dropped, their
        results kept, special characters made text; a soft line break is "\\n" in the text."""
        raw = self.w.text(start, end)
        paras: list[tuple[str, str, int]] = []
        cur: list[str] = []
        gone = [(max(a, start) - start, min(b, end) - start) for a, b in self.deleted if a < end and b > start]
        for a, b in _kept(raw, gone):
            seg = raw[a:b]
            last = 0
            for k, m in enumerate(RE_SPECIAL.finditer(seg)):
                ch, at = m.group(), m.start()
                cur.append(seg[last:at])
                last = at + 1
                if k % 4096 == 4095:
                    limits.check()
                if ch in MARKS:
                    paras.append(("".join(cur).translate(NO_TEXT), ch, start + a + at))
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
                # (a \x02 that is no note reference is an auto-numbered mark of the note's own text: none)
            cur.append(seg[last:])
        tail = "".join(cur).translate(NO_TEXT)
        if tail.strip():  # text after the last mark (a story always ends with one; a damaged one may not)
            paras.append((tail, "\r", end))
        return paras

    def story(self, start: int, end: int, refs: dict[int, tuple[int, int]],
              boxes: dict[int, list[tuple[int, int]]] | None = None) -> list[Block]:
        """Blocks of a story: paragraphs, headings, and tables from the cell and row marks; a text
        box's paragraphs after the paragraph (or table) that anchors it, as the DOCX reader."""
        blocks: list[Block] = []
        anchors = sorted(boxes or {})
        pending: list[tuple[int, int]] = []
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

        def unbox() -> None:
            for a, b in pending:
                blocks.extend(self.story(a, b, {}))
            pending.clear()

        for text, mark, cp in self.paragraphs(start, end, refs):
            while anchors and anchors[0] <= cp and boxes:
                pending.extend(boxes[anchors.pop(0)])
            props = self.papx.at(self.w.fc_of(cp))
            line = _one_line(text)
            if mark == "\x07":
                # Without properties (a salvaged file) an empty cell right after a cell ends the row
                # when the row has as many cells as the one before it.
                ends_row = props.row_end if props is not None else (
                    prev_mark == "\x07" and not line and bool(row) and (not rows or len(row) >= len(rows[-1])))
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
            if props.in_table if props is not None else bool(row or cell):
                cell.append(line)  # a paragraph of a cell (or of a table nested in it)
                continue
            flush()
            if line:
                blocks.append(self._block(line, props or DEFAULT))
            unbox()
        flush()
        unbox()
        return blocks

    def _block(self, text: str, props: ParaProps) -> Block:
        self.para_no += 1
        name, level, num = self.style(props.istd)
        if props.outline is not None:
            level = props.outline + 2
        if props.ilfo:
            num = (str(props.ilfo), props.ilvl if props.ilvl is not None else num[1] if num else 0)
        elif props.ilvl is not None and num:
            num = (num[0], props.ilvl)
        return numbered_block(self.numbering, num, level, text, Provenance(line=self.para_no, style=name))

    def _style(self, istd: int) -> tuple[str, int, tuple[str, int] | None]:
        """A style's name, level (1 title, 2.. heading, 0 body) and numbering, its base styles followed."""
        style = self.styles.get(istd)
        name = style.name if style is not None else "Normal"
        level = 0
        num = None
        seen = 0
        while style is not None and seen < MAX_CHAIN:
            if not level:
                if 1 <= style.sti <= 9:
                    level = style.sti + 1
                elif style.sti == STI_TITLE:
                    level = 1
                else:
                    outline = style.props.outline
                    level = style_level(style.name) or (outline + 2 if outline is not None else 0)
            if num is None and style.props.ilfo:
                num = (str(style.props.ilfo), style.props.ilvl or 0)
            style = self.styles.get(style.base) if style.base != 0x0FFF else None
            seen += 1
        return name, level, num


def _one_line(text: str) -> str:
    """A paragraph's text, its soft line breaks joined as the DOCX reader joins them."""
    if "\n" not in text:
        return text.strip()
    return join_lines(s for s in text.split("\n") if s.strip())


def _kept(raw: str, gone: list[tuple[int, int]]) -> list[tuple[int, int]]:
    """The spans of `raw` outside fields' codes and field marks: a field `\\x13 code \\x14 result
    \\x15` keeps its result, one without a separator nothing; a mark with no partner is dropped."""
    drop = list(gone)  # tracked deletions
    stack: list[list[int]] = []  # [begin, separator or -1]
    for m in RE_FIELD.finditer(raw):
        ch, at = m.group(), m.start()
        if ch == "\x13":
            if len(stack) < limits.MAX_DEPTH:
                stack.append([at, -1])
            else:  # deeper than any real document nests fields (damage): the mark alone goes
                drop.append((at, at + 1))
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
