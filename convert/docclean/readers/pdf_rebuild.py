"""A PDF cut short, read as far as it goes: a page tree rebuilt from the objects still there.

LibreOffice (and most writers that stream a document out) writes each page's content first,
then the fonts, and the page objects, the page tree, the catalog and the xref last: a
download cut anywhere before the last ~2 % of the file has no page at all, and both engines
refuse it ("Data format error"), though the text is all there. `rebuilt` appends what is
missing: the page objects it finds, or, when there are none, one page per content stream
(in file order, the order they were written) with the fonts its text uses, then a page tree,
a catalog and a trailer; both engines then rebuild the xref by scanning, as for
`pdf_repair.with_trailer`.

A content stream names its fonts (`/F3 12 Tf`), and the resource dictionary that said which
font object `/F3` is, is gone. A font is matched to a name only when that is sure: its
ToUnicode map holds every code the name shows and the highest is its `LastChar` (a subset
font is exactly the glyphs used), and either its subset tag is the one LibreOffice gives that
name (`/F3` -> `DAAAAA+...`: B for F1, C for F2, ...) or it is the only such font. Pages are
read up to the first whose fonts are not all matched (the text of a missing font would be a
hole in every sentence): "as far as it goes", with a warning naming the pages left out.
"""

from __future__ import annotations

import re
import zlib
from dataclasses import dataclass, field

from . import limits
from .pdf_repair import RE_OBJ_START

MAX_OBJECTS = 200_000  # objects looked at: a bound on the scan of a hostile file
MAX_STREAM = 64 * 1024 * 1024  # bytes a content stream or CMap may inflate to
MAX_CODES = 1 << 17  # codes a ToUnicode map's ranges may add up to (two-byte codes: 65,536); past it, unsure
A4 = (595.28, 841.89)  # a page's size when its content does not say (LibreOffice's clip says)

RE_TYPE = re.compile(rb"/Type\s*/(\w+)")
RE_REF = rb"\s+(\d+)\s+(\d+)\s+R"
RE_TOKEN = re.compile(rb"/([^\s/\[\]()<>{}%]+)|<([0-9A-Fa-f\s]*)>|\(((?:\\.|[^\\)])*)\)|([A-Za-z'\"*]+)")
RE_CODESPACE = re.compile(rb"begincodespacerange\s*<([0-9A-Fa-f]+)>")
RE_BFCHAR = re.compile(rb"beginbfchar(.*?)endbfchar", re.S)
RE_BFRANGE = re.compile(rb"beginbfrange(.*?)endbfrange", re.S)
RE_HEX = re.compile(rb"<([0-9A-Fa-f]+)>")
RE_CLIP = re.compile(rb"(-?[\d.]+)\s+(-?[\d.]+)\s+([\d.]+)\s+([\d.]+)\s+re\s+W")
RE_SUBSET = re.compile(rb"/BaseFont\s*/([A-Z]{6})\+")
RE_LAST_CHAR = re.compile(rb"/LastChar\s+(\d+)")
SHOW_OPS = {b"Tj", b"TJ", b"'", b'"'}
UNESCAPE = {ord("n"): 10, ord("r"): 13, ord("t"): 9, ord("b"): 8, ord("f"): 12}


@dataclass
class Obj:
    number: int
    generation: int
    head: bytes  # the dictionary (before `stream`), or the whole body
    stream: bytes | None  # raw stream bytes, when it has one


@dataclass
class Font:
    ref: tuple[int, int]
    tag: bytes | None  # the subset tag, `BAAAAA`
    last_char: int | None
    width: int  # bytes a code
    codes: frozenset[int] = field(default_factory=frozenset)


@dataclass
class Scan:
    objs: dict[tuple[int, int], Obj]
    end: int  # where the last complete object ends: what follows is a cut object (or junk)
    top: int  # the highest object number seen, complete or not


def objects(data: bytes) -> Scan:
    """Every complete object (`N G obj ... endobj`), the last copy of each; a cut one is left out."""
    starts = [m for _, m in zip(range(MAX_OBJECTS), RE_OBJ_START.finditer(data), strict=False)]
    out: dict[tuple[int, int], Obj] = {}
    last_end = 0
    for k, m in enumerate(starts):
        if k % 1024 == 0:
            limits.check()
        end = starts[k + 1].start() if k + 1 < len(starts) else len(data)
        body = data[m.end():end]
        stop = body.rfind(b"endobj")
        if stop < 0:
            continue  # cut inside this object
        last_end = m.end() + stop + len(b"endobj")
        body = body[:stop]
        at = body.find(b"stream")
        stream = None
        if at >= 0 and b"endstream" in body[at:]:
            raw = body[at + 6:body.rfind(b"endstream")]
            stream = raw[2:] if raw.startswith(b"\r\n") else raw[1:] if raw[:1] in (b"\n", b"\r") else raw
            body = body[:at]
        out[int(m.group(1)), int(m.group(2))] = Obj(int(m.group(1)), int(m.group(2)), body, stream)
    return Scan(out, last_end, max((int(m.group(1)) for m in starts), default=0))


def decoded(obj: Obj) -> bytes | None:
    """The stream's bytes: unfiltered or FlateDecode (what writers use for text); None otherwise."""
    if obj.stream is None:
        return None
    filters = re.findall(rb"/(\w+Decode)\b", obj.head)
    if not filters:
        return obj.stream
    if filters != [b"FlateDecode"]:
        return None
    try:  # (a cut or damaged stream gives what inflates)
        return zlib.decompressobj().decompress(obj.stream, MAX_STREAM)
    except zlib.error:
        return None


def _kind(obj: Obj) -> bytes | None:
    m = RE_TYPE.search(obj.head)
    return m.group(1) if m else None


def shown(content: bytes) -> dict[bytes, list[bytes]]:
    """The strings each font name shows in a content stream (`/F3 12 Tf <0102> Tj`)."""
    out: dict[bytes, list[bytes]] = {}
    font: bytes | None = None
    last_name: bytes | None = None
    pending: list[bytes] = []
    for m in RE_TOKEN.finditer(content):
        name, hexs, lit, op = m.groups()
        if name is not None:
            last_name = name
        elif hexs is not None:
            h = re.sub(rb"\s", b"", hexs)
            pending.append(bytes.fromhex((h + b"0" * (len(h) % 2)).decode()))
        elif lit is not None:
            pending.append(_unescape(lit))
        elif op is not None:
            if op == b"Tf":
                font = last_name
            elif op in SHOW_OPS and font is not None:
                out.setdefault(font, []).extend(pending)
            pending = []
    return out


def _unescape(lit: bytes) -> bytes:
    out = bytearray()
    i = 0
    while i < len(lit):
        c = lit[i]
        if c == 0x5C and i + 1 < len(lit):
            nxt = lit[i + 1]
            octal = re.match(rb"[0-7]{1,3}", lit[i + 1:i + 4])
            if octal:
                out.append(int(octal.group(), 8) & 0xFF)
                i += 1 + len(octal.group())
                continue
            out.append(UNESCAPE.get(nxt, nxt))
            i += 2
            continue
        out.append(c)
        i += 1
    return bytes(out)


def fonts(objs: dict[tuple[int, int], Obj]) -> list[Font]:
    """Every complete font whose ToUnicode map is here too, with the codes that map covers."""
    out = []
    for ref, obj in objs.items():
        if _kind(obj) != b"Font":
            continue
        tu = re.search(rb"/ToUnicode" + RE_REF, obj.head)
        cmap_obj = objs.get((int(tu.group(1)), int(tu.group(2)))) if tu else None
        cmap = decoded(cmap_obj) if cmap_obj is not None else None
        if not cmap:
            continue
        space = RE_CODESPACE.search(cmap)
        width = len(space.group(1)) // 2 if space else 1
        codes: set[int] = set()
        for block in RE_BFCHAR.findall(cmap):
            codes.update(int(h, 16) for h in RE_HEX.findall(block)[0::2])
        span = 0
        for block in RE_BFRANGE.findall(cmap):
            for lo, hi in re.findall(rb"<([0-9A-Fa-f]+)>\s*<([0-9A-Fa-f]+)>", block):
                span += max(0, int(hi, 16) - int(lo, 16) + 1)
                if span > MAX_CODES:
                    break
                codes.update(range(int(lo, 16), int(hi, 16) + 1))
        if span > MAX_CODES:
            continue  # a hostile map: no font matched by it
        tag = RE_SUBSET.search(obj.head)
        last = RE_LAST_CHAR.search(obj.head)
        out.append(Font(ref, tag.group(1) if tag else None, int(last.group(1)) if last else None, width,
                        frozenset(codes)))
    return out


def _codes(strings: list[bytes], width: int) -> set[int]:
    return {int.from_bytes(s[k:k + width], "big") for s in strings for k in range(0, len(s) - width + 1, width)}


def _libreoffice_tag(name: bytes) -> bytes | None:
    """The subset tag LibreOffice gives the font it names `name`: /F1 -> BAAAAA, /F2 -> CAAAAA."""
    m = re.fullmatch(rb"F(\d{1,2})", name)
    if m is None or not 1 <= int(m.group(1)) <= 25:
        return None
    return bytes([ord("A") + int(m.group(1))]) + b"AAAAA"


def match_fonts(used: dict[bytes, list[bytes]], found: list[Font]) -> dict[bytes, tuple[int, int]]:
    """Font name -> font object, for the names whose font is sure (see the module's docstring):
    in a file of LibreOffice's subset tags the tag decides (a missing font is never stood in for
    by another of the same size); elsewhere a font that fits one name only, and it no other font."""
    fits = {name: [f for f in found if _fits(strings, f)] for name, strings in used.items()}
    libreoffice = bool(found) and all(f.tag is not None and f.tag.endswith(b"AAAAA") for f in found)
    out: dict[bytes, tuple[int, int]] = {}
    for name, candidates in fits.items():
        if libreoffice:
            tagged = [f for f in candidates if f.tag == _libreoffice_tag(name)]
            if len(tagged) == 1:
                out[name] = tagged[0].ref
        elif len(candidates) == 1 and sum(candidates[0] in c for c in fits.values()) == 1:
            out[name] = candidates[0].ref
    return out


def _fits(strings: list[bytes], f: Font) -> bool:
    """Does the font's ToUnicode map hold every code shown, the highest being its LastChar?"""
    codes = _codes(strings, f.width)
    return bool(codes) and codes <= f.codes and (f.last_char is None or max(codes) == f.last_char)


@dataclass(frozen=True, slots=True)
class Rebuilt:
    data: bytes  # b"" when no page could be made
    pages: int  # pages in the rebuilt tree
    left_out: int  # content streams after them whose fonts are gone


def rebuilt(data: bytes) -> Rebuilt | None:
    """`data` with a page tree, a catalog and a trailer appended (no page made: `pages` 0, and
    `left_out` the content streams whose fonts are gone), or None when the file has a catalog
    (its problem is another) or no object at all."""
    scan = objects(data)
    objs = scan.objs
    if not objs or any(_kind(o) == b"Catalog" for o in objs.values()):
        return None
    top = scan.top + 1
    found = [ref for ref, o in objs.items() if _kind(o) == b"Page"]
    # Found page objects name a parent that is cut off: the new tree takes its number.
    parents = {m.groups() for ref in found if (m := re.search(rb"/Parent" + RE_REF, objs[ref].head))}
    lost = [(int(n), int(g)) for n, g in parents if (int(n), int(g)) not in objs]
    tree, catalog = (lost[0][0], top) if len(parents) == 1 and lost and lost[0][1] == 0 else (top, top + 1)
    pages, extra, left_out = _pages(objs, found, max(top, catalog) + 1, tree)
    if not pages:
        return Rebuilt(b"", 0, left_out)
    kids = b" ".join(b"%d %d R" % ref for ref in pages)
    tail = b"".join(extra) + (
        b"%d 0 obj\n<< /Type /Pages /Kids [%s] /Count %d >>\nendobj\n" % (tree, kids, len(pages))
        + b"%d 0 obj\n<< /Type /Catalog /Pages %d 0 R >>\nendobj\n" % (catalog, tree)
        + b"trailer\n<< /Root %d 0 R /Size %d >>\n%%%%EOF\n" % (catalog, max(top, catalog) + 1 + len(extra)))
    # The cut object is dropped: a stream without its end would swallow what is appended.
    return Rebuilt(data[:scan.end] + b"\n" + tail, len(pages), left_out)


def _pages(objs: dict[tuple[int, int], Obj], found: list[tuple[int, int]], first: int,
           tree: int) -> tuple[list[tuple[int, int]], list[bytes], int]:
    """The page tree's kids in content order: each content stream's own page object when it is
    here, else one made for it (its fonts matched), up to the first stream whose fonts are not all
    sure; the page objects made; and how many streams were left out. Without content streams
    (other filters, or none found), the page objects found."""
    streams = []
    for ref, o in sorted(objs.items(), key=lambda kv: kv[0][0]):
        limits.check()
        if o.stream is None or _kind(o) is not None or re.search(rb"/(Subtype|Length1|Length2|N)\b", o.head):
            continue
        content = decoded(o)
        if content and b"BT" in content and b"Tf" in content:
            streams.append((ref, content, shown(content)))
    if not streams:
        return sorted(found), [], 0
    page_of: dict[tuple[int, int], tuple[int, int]] = {}
    for ref in found:
        m = re.search(rb"/Contents" + RE_REF, objs[ref].head)
        if m:
            page_of[int(m.group(1)), int(m.group(2))] = ref
    used: dict[bytes, list[bytes]] = {}
    for _, _, s in streams:
        for name, strings in s.items():
            used.setdefault(name, []).extend(strings)
    sure = match_fonts(used, fonts(objs)) if len(page_of) < len(streams) else {}
    kids: list[tuple[int, int]] = []
    made: list[bytes] = []
    for k, (ref, content, s) in enumerate(streams):
        if ref in page_of:
            kids.append(page_of[ref])
            continue
        if not set(s) <= set(sure):
            return kids, made, len(streams) - k
        number = first + len(made)
        font_dict = b" ".join(b"/%s %d %d R" % (name, *sure[name]) for name in s)
        w, h = _size(content)
        made.append(b"%d 0 obj\n<< /Type /Page /Parent %d 0 R /MediaBox [0 0 %.2f %.2f] /Contents %d %d R "
                    b"/Resources << /Font << %s >> >> >>\nendobj\n" % (number, tree, w, h, *ref, font_dict))
        kids.append((number, 0))
    return kids, made, 0


def _size(content: bytes) -> tuple[float, float]:
    """The page's size from the clip its content starts with (LibreOffice's `0 0 595.3 841.9 re W`)."""
    m = RE_CLIP.search(content[:300])
    if m is None:
        return A4
    x, y, w, h = (float(v) for v in m.groups())
    return (x + w, y + h) if x + w > 50 and y + h > 50 else A4
