"""Word 97-2003 binary structures the body walk needs: sprms, paragraph properties (PAPX in
FKP pages), character properties (CHPX: tracked deletions) and the style sheet (STSH).

Offsets are [MS-DOC]'s. Each structure is read within its stream's bytes: `u16`/`u32` raise
`Short` past the end, which the reader turns into "damaged"; counts come from the bytes there
are, never from a field alone.
"""

from __future__ import annotations

import struct
from bisect import bisect_right
from dataclasses import dataclass
from typing import TYPE_CHECKING

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
IN_TABLE, TTP, ITAP, OUTLINE, HUGE_PAPX, ILFO, ILVL = 0x2416, 0x2417, 0x6649, 0x2640, 0x6646, 0x460B, 0x260A
NO_LIST = 0x7FF  # an ilfo of 2047: numbering taken off
DEF_TABLE, DEF_TABLE10, CHG_TABS = 0xD608, 0xD606, 0xC615
SPRA_SIZE = {0: 1, 1: 1, 2: 2, 3: 4, 4: 2, 5: 2, 7: 3}
MAX_STYLES = 4095  # an istd is 12 bits
PAGE = 512  # an FKP page


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
    ilfo: int = 0  # automatic numbering: the list (1-based; 0 none), as w:numId
    ilvl: int | None = None  # ... and its level, as w:ilvl


DEFAULT = ParaProps()


def para_props(istd: int, grpprl: bytes, data: bytes) -> ParaProps:
    """The properties the walk reads from a paragraph's grpprl (and the Data stream's rest of it)."""
    in_table = row_end = False
    outline = ilvl = None
    itap = ilfo = 0
    for sprm, op in sprms(grpprl):
        if sprm == IN_TABLE:
            in_table = op[0] != 0
        elif sprm == TTP:
            row_end = op[0] != 0
        elif sprm == ITAP:
            itap = int.from_bytes(op, "little", signed=True)
        elif sprm == OUTLINE:
            outline = op[0] if op[0] < 9 else None
        elif sprm == ILFO:
            ilfo = int.from_bytes(op, "little", signed=True)
            ilfo = ilfo if 0 < ilfo < NO_LIST else 0
        elif sprm == ILVL:
            ilvl = min(op[0], 8)
        elif sprm == HUGE_PAPX and data:  # the rest of the properties, in the Data stream
            off = u32(op, 0)
            more = para_props(istd, data[off + 2:off + 2 + u16(data, off)], b"")
            in_table, row_end, ilfo = in_table or more.in_table, row_end or more.row_end, ilfo or more.ilfo
            outline = more.outline if more.outline is not None else outline
            ilvl = more.ilvl if more.ilvl is not None else ilvl
    return ParaProps(istd, in_table or itap > 0, row_end, outline, ilfo, ilvl)


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
        self.damaged = False

    def at(self, fc: int | None) -> ParaProps | None:
        """The properties of the paragraph whose mark is at `fc`; None where none can be found."""
        if fc is None or not self.pns:
            return None
        if fc not in self.cache:
            try:
                self.cache[fc] = self._find(fc)
            except (Short, struct.error, IndexError) as exc:  # a damaged FKP page: this paragraph goes without
                self.cache[fc] = None
                if not self.damaged:
                    self.damaged = True
                    self.w.warnings.append(f"its paragraph properties are damaged ({type(exc).__name__}): "
                                           "some paragraphs read without them")
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
    props: ParaProps  # its own paragraph properties (outline level, numbering), not its base's


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
        props = DEFAULT
        upx = cb_base + 4 + 2 * cch
        if stk == 1 and upx + 4 <= len(std):  # a paragraph style: its first UPX is its paragraph properties
            props = para_props(0, std[upx + 4:upx + 2 + u16(std, upx)], b"")
        styles[istd] = Style(name, sti, base, props)
    return styles




RMARK_DEL = 0x0800  # sprmCFRMarkDel: text deleted with change tracking on (still in the text stream)


def deleted(w: Word, plc: bytes) -> list[tuple[int, int]]:
    """CP ranges of tracked deletions: character runs (CHPX in the PlcBteChpx's FKP pages) whose
    properties say deleted, mapped through the piece table. The DOCX reader skips `w:del` alike."""
    n = (len(plc) - 4) // 8 if len(plc) >= 12 else 0
    fc_ranges = []
    for pn in sorted({u32(plc, 4 * (n + 1) + 4 * i) & 0x3FFFFF for i in range(n)}):
        raw = w.wd[pn * PAGE:(pn + 1) * PAGE]
        crun = raw[PAGE - 1] if len(raw) == PAGE else 0
        if not crun > 0 or 4 * (crun + 1) + crun >= PAGE:
            continue
        rgfc = struct.unpack_from(f"<{crun + 1}I", raw, 0)
        for j in range(crun):
            at = raw[4 * (crun + 1) + j] * 2
            if at and any(s == RMARK_DEL and op[0] == 1 for s, op in sprms(raw[at + 1:at + 1 + raw[at]])):
                fc_ranges.append((rgfc[j], rgfc[j + 1]))
    out = []
    for cp, cp_end, off, compressed in w.pieces if fc_ranges else ():
        width = 1 if compressed else 2
        top = off + width * (cp_end - cp)
        for a, b in fc_ranges:
            lo, hi = max(a, off), min(b, top)
            if lo < hi:
                out.append((cp + (lo - off) // width, cp + (hi - off + width - 1) // width))
    return sorted(out)


# Automatic numbering ([MS-DOC] 2.9.131 LVL, 2.9.147 LSTF, 2.9.131 LFO): an MSONFC number format
# -> the name the DOCX reader's formatter takes (ST_NumberFormat); any other counts in digits.
NFC = {0: "decimal", 1: "upperRoman", 2: "lowerRoman", 3: "upperLetter", 4: "lowerLetter",
       0x12: "decimalEnclosedCircle", 0x17: "bullet", 0x1E: "ideographTraditional", 0x21: "taiwaneseCounting",
       0x23: "taiwaneseCountingThousand", 0x25: "chineseCounting", 0x26: "chineseLegalSimplified",
       0x27: "chineseCountingThousand", 0xFF: "none"}
MAX_LISTS = 0x7FFF  # cLst is 16 bits
LVLF = 28


def read_lists(w: Word) -> dict[str, dict[int, tuple[str, str, int]]]:
    """ilfo (1-based, as sprmPIlfo gives it) -> level -> (format, text template with `%1`.., start),
    the shape of the DOCX reader's `Numbering.levels`. The PlfLst's LSTFs are followed in the table
    stream by their LVLs (one for a simple list, nine otherwise); the PlfLfo maps ilfo to a list's
    lsid. (An LFO's own start-at overrides are not read.)"""
    from .doc import PLFLFO, PLFLST

    if len(w.fclcb) <= PLFLFO:
        return {}
    fc, lcb = w.fclcb[PLFLST]
    t = w.table
    if lcb < 2 or fc + lcb > len(t):
        return {}
    count = min(u16(t, fc), MAX_LISTS, (lcb - 2) // 28)
    at = fc + lcb
    by_lsid: dict[int, dict[int, tuple[str, str, int]]] = {}
    for k in range(count):
        lstf = fc + 2 + 28 * k
        lsid, simple = u32(t, lstf), t[lstf + 26] & 1
        levels = {}
        for ilvl in range(1 if simple else 9):
            start, nfc = int.from_bytes(t[at:at + 4], "little", signed=True), t[at + 4] if at + 4 < len(t) else 0
            skip = t[at + 24] + t[at + 25] if at + 25 < len(t) else 0  # grpprlChpx, grpprlPapx
            at += LVLF + skip
            cch = u16(t, at)
            xst = t[at + 2:at + 2 + 2 * cch].decode("utf-16-le", "replace")
            at += 2 + 2 * cch
            template = "".join(f"%{ord(c) + 1}" if c < "\x09" else c for c in xst)
            levels[ilvl] = (NFC.get(nfc, "decimal"), template, min(max(start, 0), 1_000_000))
        by_lsid[lsid] = levels
    fc, lcb = w.fclcb[PLFLFO]
    if lcb < 4 or fc + lcb > len(t):
        return {}
    n = min(u32(t, fc), (lcb - 4) // 16)
    return {str(i + 1): by_lsid[lsid] for i in range(n) if (lsid := u32(t, fc + 4 + 16 * i)) in by_lsid}
