"""A DOCX cut short (a truncated download) read from what is left, the way `zip -FF` salvages.

A ZIP's directory is at its end, so a cut file has none and `zipfile` refuses it ("File is not a
zip file"). Its members are still there in order, each behind a local header with its name and
sizes; Word writes `word/document.xml` among the first, so a file cut at half usually holds all
of the text. The members found whole are put in a new archive; a `word/document.xml` that is
itself cut is inflated as far as it goes and its XML closed by lxml's recovering parser (the end
of the text is then missing, and the warning says so). Anything else is left to the caller's
error. Every loop is bounded by the archive limits of `docx.py`.
"""

from __future__ import annotations

import io
import posixpath
import struct
import zipfile
import zlib

LOCAL = b"PK\x03\x04"
HEADER = struct.Struct("<4sHHHHHIIIHH")  # signature .. name length, extra length (30 bytes)
DOCUMENT = "word/document.xml"
W_NS = "http://schemas.openxmlformats.org/wordprocessingml/2006/main"
STORED, DEFLATED = 0, 8


def salvage(data: bytes, max_members: int, max_total: int) -> tuple[bytes, str] | None:
    """(a whole archive made of the members found, a warning) or None when no text can be had."""
    members: dict[str, bytes] = {}
    cut = False
    total = 0
    at = data.find(LOCAL)
    while at >= 0 and len(members) < max_members:
        if at + HEADER.size > len(data):
            break
        _sig, _ver, flags, method, _t, _d, _crc, csize, usize, nlen, xlen = HEADER.unpack_from(data, at)
        start = at + HEADER.size + nlen + xlen
        name = data[at + HEADER.size:at + HEADER.size + nlen].decode("utf-8" if flags & 0x800 else "cp437", "replace")
        if method not in (STORED, DEFLATED) or start > len(data) or (flags & 0x8 and method == STORED):
            break  # nothing after this can be placed
        body, end, whole = _inflate(data, start, method, csize, usize, max_total - total)
        if body is None:
            break
        if whole:
            members[name] = body
        elif name == DOCUMENT:
            fixed = _close_xml(body)
            if fixed is None:
                return None
            members[name], cut = fixed, True
        total += len(body)
        if not whole:
            break
        at = data.find(LOCAL, end)
    if DOCUMENT not in members or "[Content_Types].xml" not in members:
        return None
    for name in [n for n in members if n.endswith(".rels")]:
        members[name] = _drop_lost_targets(name, members[name], members)
    out = io.BytesIO()
    with zipfile.ZipFile(out, "w", zipfile.ZIP_STORED) as zf:
        for name, body in members.items():
            zf.writestr(name, body)
    what = "its text is cut where the file ends" if cut else f"{len(members)} parts read whole"
    return out.getvalue(), f"a truncated ZIP archive (no directory): read from its parts' own headers, {what}"


def _inflate(data: bytes, start: int, method: int, csize: int, usize: int,
             room: int) -> tuple[bytes | None, int, bool]:
    """(the member's bytes, where it ends, whether it is whole); bytes None when it cannot be read."""
    if method == STORED:
        body = data[start:start + csize]
        return body, start + csize, len(body) == csize
    d = zlib.decompressobj(-15)
    limit = min(room, usize if usize else room) + 1  # a member past the archive limit is not read on
    try:
        body = d.decompress(data[start:start + csize] if csize else data[start:], limit)
    except zlib.error:
        return None, start, False
    if len(body) >= limit:
        return None, start, False
    whole = d.eof
    return body, (start + csize if csize else len(data) - len(d.unused_data)), whole


def _close_xml(body: bytes) -> bytes | None:
    """A cut `document.xml` re-serialised whole (lxml's recovering parser closes what is open)."""
    from lxml import etree

    try:
        root = etree.fromstring(body, etree.XMLParser(recover=True, resolve_entities=False, no_network=True,
                                                       huge_tree=False))
    except etree.XMLSyntaxError:
        return None
    if root is None or root.tag != f"{{{W_NS}}}document":  # cut inside its own namespace declarations
        return None
    return etree.tostring(root, xml_declaration=True, encoding="UTF-8", standalone=True)


def _drop_lost_targets(name: str, body: bytes, members: dict[str, bytes]) -> bytes:
    """A relationships part without its links to the parts the cut took (styles, numbering...):
    python-docx loads every target it names, and one missing would refuse the whole document."""
    from lxml import etree

    try:
        root = etree.fromstring(body, etree.XMLParser(resolve_entities=False, no_network=True))
    except etree.XMLSyntaxError:
        return body
    base = posixpath.dirname(posixpath.dirname(name))  # word/_rels/document.xml.rels -> word
    for rel in list(root):
        target = rel.get("Target") or ""
        if rel.get("TargetMode") == "External" or not target:
            continue
        part = posixpath.normpath(target.lstrip("/") if target.startswith("/") else posixpath.join(base, target))
        if part not in members:
            root.remove(rel)
    return etree.tostring(root, xml_declaration=True, encoding="UTF-8", standalone=True)

