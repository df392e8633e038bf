"""Plain-text reader: decode, then one LINE block per source line with its indentation.

A file that starts with a YAML front-matter block (such as this tool's own output) is
read as Markdown: its front matter becomes metadata, `#` lines become headings, table
rows stay tables and escapes are undone, so converting an output again changes nothing.
"""

from __future__ import annotations

import re

from ..cache import rx
from ..encoding import Decoded, decode
from ..model import K_LINE, Block, Document, Kind, Metadata, Provenance, Reason
from ..options import Options
from ..tables import width
from ..writers.markdown import split_front_matter

RE_FRONT = rx.compile(r"\A---\n(.*?)\n---[ \t]*(?:\n|\Z)", re.S)
RE_ATX = rx.compile(r"^(#{1,6})[ \t]+(.+?)(?:[ \t]+#+)?[ \t]*$")
RE_ESCAPE = rx.compile(r"^\\([#>+*|\-])|^(\d+)\\\.")  # undo the writer's escapes
RE_FOOTNOTE = rx.compile(r"^\[\^([^\]\s]+)\]:[ \t]+(.+)$")
RE_LIST = rx.compile(r"^((?:  )*)(?:([-+*])|(\d+)\.)[ \t]+(.+)$")
_LEAD = " \t\u3000\u00a0"  # indentation: a line not starting with one of these has no indent
RE_LEAD = rx.compile(f"^[{_LEAD}]+")
FRONT_KEYS = ("title", "date", "source", "truncated")
# Line breaks other than CR and LF (str.splitlines' own list): Unicode's line and paragraph
# separators (some editors and web exports write them), NEL, and the vertical tab Word puts for
# a soft line break in copied text. They stayed inside one line: `标题\u2028正文` was one paragraph.
# (A form feed is a page break: pdftotext puts one between pages, mid-sentence; hygiene drops it.)
LINE_SEPARATORS = ("\u2028", "\u2029", "\x85", "\x0b")


class TextReader:
    name = "txt"
    priority = 0

    def accepts(self, head: bytes) -> bool:
        return True

    def read(self, data: bytes, path: str, options: Options) -> Document:
        dec = decode(data, path)
        doc = Document(blocks=[], meta=Metadata(encoding=dec.encoding, format="txt"))
        record_decoding(doc, dec)
        text = dec.text
        if "\r" in text:  # (a one-character `in` first: the two replacements each search the text)
            text = text.replace("\r\n", "\n").replace("\r", "\n")
        for sep in LINE_SEPARATORS:  # a one-character `in` is a vectorised scan: no cost when absent
            if sep in text:
                text = text.replace(sep, "\n")
        offset = 0
        m = RE_FRONT.match(text)
        markdown = m is not None
        if m:
            _front_matter(m.group(1), doc.meta)
            offset = m.group(0).count("\n")
            text = text[m.end():]
        lines = text.split("\n")
        if markdown:
            doc.blocks.extend(_markdown_block(raw, i) for i, raw in enumerate(lines, start=offset + 1))
        else:  # plain text: a LINE a line, built in one comprehension (a call per line is most of the reading)
            provs = _provenances(offset + 1, len(lines))
            doc.blocks.extend([Block(K_LINE, raw, 0, prov, None, _indent(raw) if raw[:1] in _LEAD else 0.0)
                               for raw, prov in zip(lines, provs, strict=True)])
        return doc


_SHARED: list[Provenance] = []  # Provenance(line=i + 1) at index i, built as documents need them
MAX_SHARED = 8192


def _provenances(first: int, n: int) -> list[Provenance]:
    """`[Provenance(line=i) for i in range(first, first + n)]`. A frozen dataclass's `__init__`
    sets each field through `object.__setattr__` (~7,000 instructions, more than the rest of
    reading a line): those of the first MAX_SHARED line numbers are built once and shared by every
    document, which an immutable value allows."""
    end = first + n
    shared = _SHARED
    if len(shared) < min(end - 1, MAX_SHARED):
        shared = _grow(min(max(end - 1, 2 * len(shared)), MAX_SHARED))
    out = shared[first - 1:end - 1]
    if len(out) < n:
        out.extend(Provenance(line=i) for i in range(first + len(out), end))
    return out


def _grow(upto: int) -> list[Provenance]:
    """The shared list, grown to `upto` lines: a new list bound in one step, so that a thread
    reading the old one meanwhile still reads a correct one."""
    global _SHARED
    old = _SHARED
    _SHARED = grown = old + [Provenance(line=i) for i in range(len(old) + 1, upto + 1)]
    return grown


def _indent(raw: str) -> float:
    lead = RE_LEAD.match(raw)
    return width(lead.group().replace("\t", "    ")) if lead else 0.0


def record_decoding(doc: Document, dec: Decoded) -> None:
    """What decoding dropped goes into the report (count and byte offsets), every decision
    that was not the plain one into the warnings: shared by every reader of text bytes."""
    if dec.dropped_bytes:
        at = ", ".join(map(str, dec.bad_offsets))
        doc.remove(f"<{dec.dropped_bytes} undecodable byte sequences at byte {at}>", "decode:invalid-bytes",
                   Reason.UNDECODABLE)
    if dec.nul_bytes:
        doc.remove(f"<{dec.nul_bytes} NUL bytes>", "decode:nul-bytes", Reason.UNDECODABLE)
    doc.meta.warnings.extend(dec.warnings)


def _front_matter(body: str, meta: Metadata) -> None:
    """Read with yaml.safe_load (what the writer's safe dumper wrote reads back the same)."""
    data, _ = split_front_matter(f"---\n{body}\n---\n")
    for key, val in data.items():
        if key == "truncated":
            meta.truncated = val is True or str(val).lower() == "true"
        elif key in FRONT_KEYS:
            setattr(meta, key, None if val is None else str(val))
        elif val is not None:
            meta.extra[key] = str(val)


def _markdown_block(raw: str, lineno: int) -> Block:
    """One line of a Markdown file (this tool's own output read again): a heading, footnote,
    list item or table row as such, any other line a LINE with the writer's escapes undone."""
    prov = Provenance(line=lineno)
    h = RE_ATX.match(raw)
    if h:
        level = len(h.group(1))
        return Block(Kind.TITLE if level == 1 else Kind.HEADING, h.group(2), level, prov)
    f = RE_FOOTNOTE.match(raw)
    if f:
        return Block(Kind.FOOTNOTE, f.group(2), prov=prov, ref=f.group(1))
    li = RE_LIST.match(raw)
    if li:
        return Block(Kind.LIST, li.group(4), len(li.group(1)) // 2 + 1, prov, ordered=li.group(3) is not None)
    if raw.startswith("|") and raw.rstrip().endswith("|"):
        return Block(Kind.TABLE, raw.strip(), prov=prov)
    indent = _indent(raw)  # (of the line as written, before its escapes are undone)
    return Block(Kind.LINE, RE_ESCAPE.sub(lambda e: e.group(1) or f"{e.group(2)}.", raw), prov=prov, indent=indent)
