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
IN_TABLE, TTP, ITAP, INNER_CELL, INNER_TTP, OUTLINE, HUGE_PAPX = 0x2416, 0x2417, 0x6649, 0x244B, 0x244C, 0x2640, 0x6646
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
