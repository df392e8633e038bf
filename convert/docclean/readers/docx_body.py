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
from collections.abc import Callable, Iterator
from dataclasses import dataclass, field
from typing import Any

from ..model import Block, Kind, Provenance
from ..passes.paragraphs import join_lines
from . import limits

W = "http://schemas.openxmlformats.org/wordprocessingml/2006/main"
MC = "http://schemas.openxmlformats.org/markup-compatibility/2006"


def w(tag: str) -> str:
    return f"{{{W}}}{tag}"


SKIP = {w("del"), w("moveFrom"), w("instrText"), w("delText"), w("commentReference"), w("rPr"), w("pPr"),
        w("commentRangeStart"), w("commentRangeEnd"), w("proofErr"), w("bookmarkStart"), w("bookmarkEnd"),
        w("lastRenderedPageBreak"), w("delInstrText")}
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
    """Word's automatic numbering: numId -> level -> (format, text template, start)."""

    levels: dict[str, dict[int, tuple[str, str, int]]] = field(default_factory=dict)
    counters: dict[str, dict[int, int]] = field(default_factory=dict)

    def next_label(self, num_id: str, ilvl: int) -> tuple[str, str] | None:
        """The label Word would show for the next item, and the level's format."""
        lv = self.levels.get(num_id, {})
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


CN_DIGITS = "零一二三四五六七八九"


def chinese_number(n: int) -> str:
    """1 -> 一, 10 -> 十, 12 -> 十二, 20 -> 二十, 105 -> 一百零五 (up to 9999)."""
    if n <= 0 or n >= 10000:
        return str(n)
    if n < 10:
        return CN_DIGITS[n]
    if n < 20:
        return "十" + (CN_DIGITS[n % 10] if n % 10 else "")
    if n < 100:
        return CN_DIGITS[n // 10] + "十" + (CN_DIGITS[n % 10] if n % 10 else "")
    if n < 1000:
        rest = n % 100
        tail = "" if not rest else ("零" + chinese_number(rest) if rest < 10 else
                                    (chinese_number(rest) if rest >= 20 else "一" + chinese_number(rest)))
        return CN_DIGITS[n // 100] + "百" + tail
    return CN_DIGITS[n // 1000] + "千" + (chinese_number(n % 1000) if n % 1000 else "")


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
    nb = Numbering()
    if root is None:
        return nb
    abstract: dict[str, dict[int, tuple[str, str, int]]] = {}
    for an in root.iter(w("abstractNum")):
        levels = {}
        for lvl in an.iter(w("lvl")):
            ilvl = _int(lvl.get(w("ilvl")), 0, 0, MAX_LEVEL)
            fmt = _val(lvl.find(w("numFmt"))) or "decimal"
            text = _val(lvl.find(w("lvlText"))) or ""
            start = _int(_val(lvl.find(w("start"))), 1, 0, MAX_START)
            levels[ilvl] = (fmt, text, start)
        abstract[an.get(w("abstractNumId"), "")] = levels
    for num in root.iter(w("num")):
        aid = _val(num.find(w("abstractNumId")))
        levels = dict(abstract.get(aid or "", {}))
        for ov in num.iter(w("lvlOverride")):
            lvl = ov.find(w("lvl"))
            if lvl is not None:
                ilvl = _int(ov.get(w("ilvl")), 0, 0, MAX_LEVEL)
                levels[ilvl] = (_val(lvl.find(w("numFmt"))) or "decimal", _val(lvl.find(w("lvlText"))) or "",
                                _int(_val(lvl.find(w("start"))), 1, 0, MAX_START))
        nb.levels[num.get(w("numId"), "")] = levels
    return nb


def _int(text: str | None, default: int, lo: int, hi: int) -> int:
    """An integer attribute of untrusted XML: malformed ('%9', '1.5') -> default, clamped to [lo, hi]."""
    try:
        n = int(text) if text is not None else default
    except ValueError:
        n = default
    return min(max(n, lo), hi)


def _val(el: Any | None) -> str | None:
    return None if el is None else el.get(w("val"))


def _on(el: Any | None) -> bool:
    return el is not None and el.get(w("val"), "true") not in ("0", "false", "off")


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
            if tag == w("p"):
                self.paragraph(el)
            elif tag == w("tbl"):
                self.table(el)
            elif tag in (w("sdt"), w("customXml"), w("sdtContent"), w("ins"), w("moveTo")):
                self.body(el.find(w("sdtContent")) if tag == w("sdt") else el)
            elif tag == f"{{{MC}}}AlternateContent":
                self.body(_choice(el))

    # ------------------------------------------------------------ paragraphs

    def paragraph(self, p: Any) -> None:
        self.para_no += 1
        if self.para_no % 256 == 0:
            limits.check()
            limits.bound(self.para_no, limits.MAX_BLOCKS, "paragraphs", self.path)
        boxes: list[Any] = []
        segments = [""]
        for kind, text in self.inline(p, boxes):
            if kind == "br":
                segments.append("")
            else:
                segments[-1] += text
        text = join_lines(s for s in segments if s.strip()) if len(segments) > 1 else segments[0].strip()
        ppr = p.find(w("pPr"))
        style = self.style_of(_val(ppr.find(w("pStyle"))) if ppr is not None else None)
        level = style.level
        outline = _val(ppr.find(w("outlineLvl"))) if ppr is not None else None
        if outline is not None and outline.isdigit() and int(outline) < 9:
            level = int(outline) + 2
        num = num_props(ppr) or style.num
        prov = Provenance(line=self.para_no, style=style.name)
        block: Block | None = None
        if num is not None and text:
            label = self.numbering.next_label(*num)
            if label is not None:
                lab, fmt = label
                ilvl = num[1]
                if not level and fmt == "bullet":
                    block = Block(Kind.LIST, text, ilvl + 1, prov)
                elif not level and fmt == "decimal" and re.fullmatch(r"\d+\.", lab):
                    block = Block(Kind.LIST, text, ilvl + 1, prov, ordered=True)
                elif lab:
                    text = lab + ("" if lab[-1] in "、．.）)：:" or not lab[-1].isascii() else " ") + text
        if block is None and text:
            if level == 1:
                block = Block(Kind.TITLE, text, 1, prov)
            elif level:
                block = Block(Kind.HEADING, text, min(level, 6), prov)
            else:
                block = Block(Kind.PARAGRAPH, text, prov=prov)
        if block is not None:
            self.blocks.append(block)
        for box in boxes:  # text boxes anchored here follow their paragraph
            self.body(box)

    def inline(self, el: Any, boxes: list[Any]) -> Iterator[tuple[str, str]]:
        """(kind, text) pieces of a paragraph in order: kind is 'text' or 'br'."""
        field_depth = 0  # inside a complex field's instruction part
        stack: list[bool] = []  # per open field: True while in its instruction part
        for node in _walk(el):
            tag = node.tag
            if tag == w("fldChar"):
                t = node.get(w("fldCharType"))
                if t == "begin":
                    stack.append(True)
                elif t == "separate" and stack:
                    stack[-1] = False
                elif t == "end" and stack:
                    stack.pop()
                field_depth = sum(stack)
                continue
            if field_depth:
                continue
            if tag == w("t"):
                yield "text", node.text or ""
            elif tag == w("tab") and node.getparent().tag == w("r"):
                yield "text", " "
            elif tag in (w("br"), w("cr")):
                if node.get(w("type")) not in ("page", "column"):
                    yield "br", ""
            elif tag == w("noBreakHyphen"):
                yield "text", "-"
            elif tag == w("footnoteReference"):
                fid = node.get(w("id"), "")
                self.footnote_ids.append(fid)
                yield "text", f"[^{fid}]"
            elif tag == w("txbxContent"):
                boxes.append(node)

    # ------------------------------------------------------------ tables

    def table(self, tbl: Any) -> None:
        rows: list[list[str]] = []
        for tr in tbl.iter(w("tr")):
            if _ancestor_table(tr) is not tbl:
                continue  # a nested table's row: flattened into its cell below
            row: list[str] = []
            for tc in tr.findall(w("tc")) + [t for s in tr.findall(w("sdt")) for t in s.iter(w("tc"))]:
                tcpr = tc.find(w("tcPr"))
                span = _int(_val(tcpr.find(w("gridSpan"))), 1, 1, limits.MAX_CELLS) if tcpr is not None else 1
                vmerge = tcpr.find(w("vMerge")) if tcpr is not None else None
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
            if el.tag == w("tbl"):  # a nested table: its cells' text, in order
                for inner in el.iter(w("tc")):
                    sub.blocks.append(Block(Kind.PARAGRAPH, sub.cell_text(inner)))
            elif el.tag != w("tcPr"):
                sub.body([el])
        texts = [b.text for b in sub.blocks if b.text] + [c for b in sub.blocks if b.rows for r in b.rows for c in r]
        return join_lines(t for t in texts if t)


def _walk(el: Any) -> Iterator[Any]:
    """Descendants in document order, skipping deleted text, instructions and comments,
    and taking only one branch of `mc:AlternateContent`."""
    for child in el:
        tag = child.tag
        if not isinstance(tag, str) or tag in SKIP:
            continue
        if tag == f"{{{MC}}}AlternateContent":
            yield from _walk(_choice(child))
            continue
        yield child
        if tag != w("txbxContent"):  # a text box's paragraphs are walked as blocks of their own
            yield from _walk(child)


def _choice(alt: Any) -> Any:
    choice = alt.find(f"{{{MC}}}Choice")
    return choice if choice is not None else (alt.find(f"{{{MC}}}Fallback") if alt.find(
        f"{{{MC}}}Fallback") is not None else alt)


def num_props(ppr: Any | None) -> tuple[str, int] | None:
    if ppr is None:
        return None
    numpr = ppr.find(w("numPr"))
    if numpr is None:
        return None
    num_id = _val(numpr.find(w("numId")))
    if not num_id or num_id == "0":
        return None
    return num_id, _int(_val(numpr.find(w("ilvl"))), 0, 0, MAX_LEVEL)


def _ancestor_table(el: Any) -> Any:
    p = el.getparent()
    while p is not None and p.tag != w("tbl"):
        p = p.getparent()
    return p


def style_level(name: str) -> int:
    """Title -> 1, Heading N -> N + 1, anything else -> 0 (independent of the UI language)."""
    n = name.strip().lower()
    if n in TITLE_NAMES:
        return 1
    m = RE_HEADING_NAME.match(n)
    return int(m.group(1)) + 1 if m else 0
