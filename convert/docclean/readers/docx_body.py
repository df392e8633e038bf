"""Walk a Word body in document order -> blocks. Pure XML work on python-docx's lxml tree.

What is text: runs (`w:t`), tabs and soft breaks, hyperlinks, content controls (`w:sdt`),
smart tags, inserted text (`w:ins`, `w:moveTo`), a field's displayed result, text boxes
(their paragraphs follow the paragraph that anchors them), footnote references (`[^n]`).
What is not: deleted text (`w:del`, `w:moveFrom`), field instructions, comments, page
headers and footers (they live in other parts, never walked), the Fallback copy of a text
box in `mc:AlternateContent`.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import dataclass, field
from typing import Any

from ..model import Block, Kind, Provenance
from ..passes.wrapped import join_lines
from ..tables import chinese_number
from . import limits

W = "http://schemas.openxmlformats.org/wordprocessingml/2006/main"
MC = "http://schemas.openxmlformats.org/markup-compatibility/2006"


def w(tag: str) -> str:
    return f"{{{W}}}{tag}"


SKIP = {w("del"), w("moveFrom"), w("instrText"), w("delText"), w("commentReference"), w("rPr"), w("pPr"),
        w("commentRangeStart"), w("commentRangeEnd"), w("proofErr"), w("bookmarkStart"), w("bookmarkEnd"),
        w("lastRenderedPageBreak"), w("delInstrText")}
# Qualified tag and attribute names, built once: the walk compares every element's tag.
P, TBL, TR, TC, TC_PR, PPR, R, T, TAB, BR, CR = (w(t) for t in ("p", "tbl", "tr", "tc", "tcPr", "pPr", "r", "t", "tab",
                                                               "br", "cr"))
SDT, SDT_CONTENT, CUSTOM_XML, INS, MOVE_TO = (w(t) for t in ("sdt", "sdtContent", "customXml", "ins", "moveTo"))
FLD_CHAR, FLD_CHAR_TYPE, NO_BREAK_HYPHEN, FOOTNOTE_REF = (w(t) for t in ("fldChar", "fldCharType", "noBreakHyphen",
                                                                        "footnoteReference"))
TXBX, P_STYLE, OUTLINE_LVL, NUM_PR, NUM_ID, ILVL = (w(t) for t in ("txbxContent", "pStyle", "outlineLvl", "numPr",
                                                                   "numId", "ilvl"))
GRID_SPAN, V_MERGE, VAL, ID, TYPE = (w(t) for t in ("gridSpan", "vMerge", "val", "id", "type"))
NUM, ABSTRACT_NUM, ABSTRACT_NUM_ID, LVL, LVL_OVERRIDE, NUM_FMT, LVL_TEXT, START = (
    w(t) for t in ("num", "abstractNum", "abstractNumId", "lvl", "lvlOverride", "numFmt", "lvlText", "start"))
CONTAINERS = {SDT, CUSTOM_XML, SDT_CONTENT, INS, MOVE_TO}  # body-level wrappers whose children are blocks
ALTERNATE = f"{{{MC}}}AlternateContent"
CHOICE, FALLBACK = f"{{{MC}}}Choice", f"{{{MC}}}Fallback"
# A paragraph without any of these is plain runs of `w:t` (run and paragraph properties
# hold no text in a valid document, so they need not be looked into).
SPECIAL = frozenset({TAB, BR, CR, NO_BREAK_HYPHEN, FOOTNOTE_REF, FLD_CHAR, TXBX, ALTERNATE,
                     *(SKIP - {w(t) for t in ("rPr", "pPr", "proofErr", "bookmarkStart", "bookmarkEnd",
                                              "lastRenderedPageBreak", "commentRangeStart", "commentRangeEnd")})})
RE_HEADING_NAME = re.compile(r"^(?:heading|标题)\s*(\d)$", re.I)
TITLE_NAMES = {"title", "标题"}
MAX_LEVEL = 8  # Word's numbering levels are 0-8
MAX_START = 1_000_000  # a list's start value; larger ones are corrupt, and slow to format


@dataclass(slots=True)
class StyleInfo:
    """What the body walk needs to know about a paragraph style (its chain resolved)."""

    name: str
    level: int  # 1 = title, 2.. = heading, 0 = body
    num: tuple[str, int] | None = None  # (numId, ilvl) a heading style is numbered with


@dataclass(slots=True)
class Numbering:
    """Word's automatic numbering: numId -> level -> (format, text template, start).

    A list's levels are read from `numbering.xml` when the body first uses it: Word's
    templates define dozens of lists of nine levels each, and a document uses a few.
    """

    levels: dict[str, dict[int, tuple[str, str, int]]] = field(default_factory=dict)
    counters: dict[str, dict[int, int]] = field(default_factory=dict)
    nums: dict[str, Any] = field(default_factory=dict)  # numId -> its w:num, not read yet
    abstracts: dict[str, Any] = field(default_factory=dict)  # abstractNumId -> w:abstractNum

    def level_table(self, num_id: str) -> dict[int, tuple[str, str, int]]:
        lv = self.levels.get(num_id)
        if lv is None:
            num = self.nums.get(num_id)
            lv = self.levels[num_id] = _num_levels(num, self.abstracts) if num is not None else {}
        return lv

    def next_label(self, num_id: str, ilvl: int) -> tuple[str, str] | None:
        """The label Word would show for the next item, and the level's format."""
        lv = self.level_table(num_id)
        if ilvl not in lv:
            return None
        fmt, text, start = lv[ilvl]
        cnt = self.counters.setdefault(num_id, {})
        cnt[ilvl] = cnt.get(ilvl, start - 1) + 1
        for deeper in [k for k in cnt if k > ilvl]:
            del cnt[deeper]  # a new item restarts its sub-levels

        def value(m: re.Match[str]) -> str:
            k = int(m.group(1)) - 1
            f = lv.get(k, ("decimal", "", 1))[0]
            return format_number(cnt.get(k, lv.get(k, ("", "", 1))[2]), f)

        return re.sub(r"%(\d)", value, text), fmt


def numbered_block(numbering: Numbering, num: tuple[str, int] | None, level: int, text: str,
                   prov: Provenance) -> Block:
    """A paragraph's block, its automatic number (`num`: list id, level) applied as Word shows it:
    a bullet or a plain `1.` of a body paragraph makes a list item, any other label is written
    before the text (`一、`, `第一章`, `(1)`); `level` (1 title, 2.. heading) makes a heading.
    The .doc reader numbers its paragraphs with this too."""
    if num is not None:
        label = numbering.next_label(*num)
        if label is not None:
            lab, fmt = label
            ilvl = num[1]
            if not level and fmt == "bullet":
                return Block(Kind.LIST, text, ilvl + 1, prov)
            if not level and fmt == "decimal" and re.fullmatch(r"\d+\.", lab):
                return Block(Kind.LIST, text, ilvl + 1, prov, ordered=True)
            if lab:
                text = lab + ("" if lab[-1] in "、．.）)：:" or not lab[-1].isascii() else " ") + text
    if level == 1:
        return Block(Kind.TITLE, text, 1, prov)
    if level:
        return Block(Kind.HEADING, text, min(level, 6), prov)
    return Block(Kind.PARAGRAPH, text, prov=prov)


def format_number(n: int, fmt: str) -> str:
    if fmt in ("chineseCounting", "chineseCountingThousand", "chineseLegalSimplified", "ideographTraditional",
               "japaneseCounting", "taiwaneseCounting", "taiwaneseCountingThousand"):
        return chinese_number(n)
    if fmt in ("upperLetter", "lowerLetter"):
        s = chr(ord("A") + (n - 1) % 26)
        return s if fmt == "upperLetter" else s.lower()
    if fmt in ("upperRoman", "lowerRoman"):
        s = roman(n)
        return s if fmt == "upperRoman" else s.lower()
    if fmt == "decimalEnclosedCircle" and 1 <= n <= 20:
        return chr(0x2460 + n - 1)
    if fmt in ("bullet", "none"):
        return ""
    return str(n)


def roman(n: int) -> str:
    if not 0 < n < 4000:
        return str(n)  # Roman numerals stop at 3999
    out = ""
    for v, s in ((1000, "M"), (900, "CM"), (500, "D"), (400, "CD"), (100, "C"), (90, "XC"), (50, "L"),
                 (40, "XL"), (10, "X"), (9, "IX"), (5, "V"), (4, "IV"), (1, "I")):
        while n >= v:
            out += s
            n -= v
    return out


def read_numbering(root: Any | None) -> Numbering:
    """The lists of `numbering.xml` (the last definition of an id wins), read lazily."""
    nb = Numbering()
    if root is not None:
        nb.abstracts = {an.get(ABSTRACT_NUM_ID, ""): an for an in root.iter(ABSTRACT_NUM)}
        nb.nums = {num.get(NUM_ID, ""): num for num in root.iter(NUM)}
    return nb


def _num_levels(num: Any, abstracts: dict[str, Any]) -> dict[int, tuple[str, str, int]]:
    """One list's levels: its abstract definition's, with the list's own overrides."""
    aid = _val(_child(num, ABSTRACT_NUM_ID))
    an = abstracts.get(aid or "")
    levels = {}
    if an is not None:
        for lvl in an.iter(LVL):
            levels[_int(lvl.get(ILVL), 0, 0, MAX_LEVEL)] = _level(lvl)
    for ov in num.iter(LVL_OVERRIDE):
        lvl = _child(ov, LVL)
        if lvl is not None:
            levels[_int(ov.get(ILVL), 0, 0, MAX_LEVEL)] = _level(lvl)
    return levels


def _level(lvl: Any) -> tuple[str, str, int]:
    return (_val(_child(lvl, NUM_FMT)) or "decimal", _val(_child(lvl, LVL_TEXT)) or "",
            _int(_val(_child(lvl, START)), 1, 0, MAX_START))


def _int(text: str | None, default: int, lo: int, hi: int) -> int:
    """An integer attribute of untrusted XML: malformed ('%9', '1.5') -> default, clamped to [lo, hi]."""
    try:
        n = int(text) if text is not None else default
    except ValueError:
        n = default
    return min(max(n, lo), hi)


def _child(el: Any, tag: str) -> Any | None:
    """`el.find(tag)` for a plain tag, by lxml's C iteration: `find` goes through lxml's
    ElementPath in Python, a few microseconds a call, paid several times per paragraph."""
    return next(el.iterchildren(tag), None)


def _val(el: Any | None) -> str | None:
    return None if el is None else el.get(VAL)


def _on(el: Any | None) -> bool:
    return el is not None and el.get(VAL, "true") not in ("0", "false", "off")


@dataclass(slots=True)
class Walker:
    """Turns body elements into blocks. `style_of(styleId)` resolves a paragraph style."""

    style_of: Callable[[str | None], StyleInfo]
    numbering: Numbering
    footnote_ids: list[str] = field(default_factory=list)
    blocks: list[Block] = field(default_factory=list)
    para_no: int = 0
    depth: int = 0  # tables nested around this walker
    path: str = "<docx>"  # for errors

    def body(self, parent: Any) -> None:
        for el in parent:
            tag = el.tag
            if tag == P:
                self.paragraph(el)
            elif tag == TBL:
                self.table(el)
            elif tag in CONTAINERS:
                self.body(_child(el, SDT_CONTENT) if tag == SDT else el)
            elif tag == ALTERNATE:
                self.body(_choice(el))

    # ------------------------------------------------------------ paragraphs

    def paragraph(self, p: Any) -> None:
        self.para_no += 1
        if self.para_no % 256 == 0:
            limits.check()
            limits.bound(self.para_no, limits.MAX_BLOCKS, "paragraphs", self.path)
        boxes: list[Any] = []
        segments = self.inline(p, boxes)
        text = join_lines(s for s in segments if s.strip()) if len(segments) > 1 else segments[0].strip()
        ppr = _child(p, PPR)
        style = self.style_of(_val(_child(ppr, P_STYLE)) if ppr is not None else None)
        level = style.level
        outline = _val(_child(ppr, OUTLINE_LVL)) if ppr is not None else None
        if outline is not None and outline.isdigit() and int(outline) < 9:
            level = int(outline) + 2
        num = num_props(ppr) or style.num
        prov = Provenance(line=self.para_no, style=style.name)
        block = numbered_block(self.numbering, num, level, text, prov) if text else None
        if block is not None:
            self.blocks.append(block)
        for box in boxes:  # text boxes anchored here follow their paragraph
            self.body(box)

    def inline(self, el: Any, boxes: list[Any]) -> list[str]:
        """A paragraph's text, one string per segment between soft line breaks.

        Its descendants are read in document order, skipping deleted text, instructions and
        comments (`SKIP`) and taking one branch of `mc:AlternateContent`; a text box's
        paragraphs are left to the caller (`boxes`). An explicit stack, not a recursive
        generator: this is the reader's hot loop (every element of every run of a long
        document), and a generator cost a frame per element and level.
        """
        # Most paragraphs are only runs of text: their `w:t` in order, in one pass over the
        # descendants that stops at the first special element (then the full walk below).
        # One pass, not a search for the special tags then one for `w:t`: each lxml `iter`
        # with tags costs more than the Python loop over a plain paragraph's few elements.
        parts: list[str] = []
        for node in el.iter():
            tag = node.tag
            if tag == T:
                parts.append(node.text or "")
            elif tag in SPECIAL:
                break
        else:
            return ["".join(parts)]
        segments: list[list[str]] = [[]]
        cur = segments[0]
        field_depth = 0  # inside a complex field's instruction part
        fields: list[bool] = []  # per open field: True while in its instruction part
        todo = [iter(el)]
        while todo:
            for node in todo[-1]:
                tag = node.tag
                if tag.__class__ is not str or tag in SKIP:
                    continue  # (comments and processing instructions have no string tag)
                if tag == ALTERNATE:
                    todo.append(iter(_choice(node)))
                    break
                if tag == T:
                    if not field_depth:
                        cur.append(node.text or "")
                elif tag == FLD_CHAR:
                    t = node.get(FLD_CHAR_TYPE)
                    if t == "begin":
                        fields.append(True)
                    elif t == "separate" and fields:
                        fields[-1] = False
                    elif t == "end" and fields:
                        fields.pop()
                    field_depth = sum(fields)
                elif tag == TXBX:  # a text box's paragraphs are walked as blocks of their own
                    if not field_depth:
                        boxes.append(node)
                    continue
                elif field_depth:
                    pass
                elif tag == TAB:
                    if node.getparent().tag == R:
                        cur.append(" ")
                elif tag in (BR, CR):
                    if node.get(TYPE) not in ("page", "column"):
                        cur = []
                        segments.append(cur)
                elif tag == NO_BREAK_HYPHEN:
                    cur.append("-")
                elif tag == FOOTNOTE_REF:
                    fid = node.get(ID, "")
                    self.footnote_ids.append(fid)
                    cur.append(f"[^{fid}]")
                if len(node):
                    todo.append(iter(node))
                    break
            else:
                todo.pop()
        return ["".join(parts) for parts in segments]

    # ------------------------------------------------------------ tables

    def table(self, tbl: Any) -> None:
        rows: list[list[str]] = []
        for tr in tbl.iter(TR):
            if _ancestor_table(tr) is not tbl:
                continue  # a nested table's row: flattened into its cell below
            row: list[str] = []
            for tc in tr.findall(TC) + [t for s in tr.findall(SDT) for t in s.iter(TC)]:
                tcpr = _child(tc, TC_PR)
                span = _int(_val(_child(tcpr, GRID_SPAN)), 1, 1, limits.MAX_CELLS) if tcpr is not None else 1
                vmerge = _child(tcpr, V_MERGE) if tcpr is not None else None
                continued = vmerge is not None and (_val(vmerge) or "continue") == "continue"
                text = "" if continued else self.cell_text(tc)
                row += [text] + [""] * (span - 1)  # merged cells: the text once, the rest empty
                limits.bound(len(row), limits.MAX_CELLS, "cells in a table row", self.path)
            rows.append(row)
        self.para_no += 1
        prov = Provenance(line=self.para_no, style="table")
        if max((len(r) for r in rows), default=0) <= 1:
            # A one-column table is a layout box (a cover block, a framed note): its text is prose.
            self.blocks += [Block(Kind.PARAGRAPH, r[0], prov=prov) for r in rows if r and r[0]]
        elif any(c for r in rows for c in r):
            self.blocks.append(Block(Kind.TABLE, "", prov=prov, rows=rows))

    def cell_text(self, tc: Any) -> str:
        limits.bound(self.depth + 1, limits.MAX_DEPTH, "levels of nested tables", self.path)
        sub = Walker(self.style_of, self.numbering, self.footnote_ids, depth=self.depth + 1, path=self.path)
        for el in tc:
            if el.tag == TBL:  # a nested table: its own cells' text, in order (each reads the tables in it:
                for inner in el.iter(TC):  # taking every cell below was each deeper cell 2^depth times)
                    if _ancestor_table(inner) is el:
                        sub.blocks.append(Block(Kind.PARAGRAPH, sub.cell_text(inner)))
            elif el.tag != TC_PR:
                sub.body([el])
        texts = [b.text for b in sub.blocks if b.text] + [c for b in sub.blocks if b.rows for r in b.rows for c in r]
        return join_lines(t for t in texts if t)


def _choice(alt: Any) -> Any:
    choice = _child(alt, CHOICE)
    return choice if choice is not None else (_child(alt, FALLBACK) if _child(alt, FALLBACK) is not None else alt)


def num_props(ppr: Any | None) -> tuple[str, int] | None:
    if ppr is None:
        return None
    numpr = _child(ppr, NUM_PR)
    if numpr is None:
        return None
    num_id = _val(_child(numpr, NUM_ID))
    if not num_id or num_id == "0":
        return None
    return num_id, _int(_val(_child(numpr, ILVL)), 0, 0, MAX_LEVEL)


def _ancestor_table(el: Any) -> Any:
    p = el.getparent()
    while p is not None and p.tag != TBL:
        p = p.getparent()
    return p


def style_level(name: str) -> int:
    """Title -> 1, Heading N -> N + 1, anything else -> 0 (independent of the UI language)."""
    n = name.strip().lower()
    if n in TITLE_NAMES:
        return 1
    m = RE_HEADING_NAME.match(n)
    return int(m.group(1)) + 1 if m else 0
