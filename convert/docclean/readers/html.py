"""HTML reader: saved web pages (`.html`, `.htm`, `.mht`, and HTML misnamed as `.doc`).

The page is decoded by its declared charset (checked strictly) or docclean's own decoder;
readability-lxml takes the main content, and the walk below turns it into blocks that keep
headings, lists and tables. The same passes then run as for any document, so chrome the
extractor leaves (breadcrumbs, print buttons, share bars) is still removed and reported.

Why readability-lxml: on Chinese news, government, documentation and old table-layout
pages made like real ones (tests/readers/htmlgen.py) it kept every body paragraph,
heading and table cell; trafilatura dropped a government page's title and headings, and
resiliparse dropped lists (README, "HTML pages"). It also installs small (lxml).
"""

from __future__ import annotations

import codecs
import email
import email.policy
import re
from email.message import EmailMessage
from typing import Any

from ..encoding import Decoded, decode
from ..errors import CorruptInputError, MissingDependencyError
from ..model import Block, Document, Kind, Metadata, Provenance
from ..options import Options
from ..tables import width
from .text import record_decoding

RE_MARKUP = re.compile(rb"<!doctype\s+html|<html[\s>]|<head[\s>]|<body[\s>]|<meta\s[^>]*charset|<title>", re.I)
RE_HEADER = re.compile(rb"^[A-Za-z][\w-]*:[ \t]")  # a MIME header line opens an MHT archive
RE_MHT = re.compile(rb"^content-type:\s*multipart/related", re.I | re.M)
RE_CHARSET = re.compile(rb"""<meta[^>]+charset\s*=\s*["']?\s*([\w.:-]+)|<\?xml[^>]+encoding=["']([\w.:-]+)""", re.I)
GB_FAMILY = {"gb2312", "gbk", "gb18030", "x-gbk", "euc-cn", "cp936", "hz-gb-2312"}
SKIP = {"script", "style", "noscript", "template", "iframe", "object", "embed", "svg", "head", "select",
        "button", "input", "textarea"}
BLOCKS = {"p", "div", "section", "article", "main", "blockquote", "center", "address", "figure",
          "figcaption", "header", "footer", "aside", "nav", "dl", "dd", "dt", "form", "fieldset", "body", "html",
          "tbody", "thead", "tfoot", "tr", "td", "th", "caption", "hr"}
HEADINGS = {f"h{i}": i for i in range(1, 7)}
LOOK_FOR_TITLE = 5  # blocks from the top where a page prints its own title
RE_SPACE = re.compile(r"[ \t\r\n\f]+")
RE_LEAD = re.compile(r"^[ \u3000\u00a0]+")


class HtmlReader:
    name = "html"
    priority = 50  # after the binary formats' magic numbers, before plain text

    def accepts(self, head: bytes) -> bool:
        """Markup near the start (after a BOM, whitespace or a comment), or a saved MHT archive."""
        if head.startswith((codecs.BOM_UTF16_LE, codecs.BOM_UTF16_BE)):  # sniff UTF-16 pages as text
            head = head.decode("utf-16", "ignore").encode("utf-8")
        h = head[:4096].lstrip(b"\xef\xbb\xbf \t\r\n")
        if is_mht(h):
            return True
        if not h.startswith(b"<"):
            return False
        return RE_MARKUP.search(h) is not None

    def read(self, data: bytes, path: str, options: Options) -> Document:
        fmt = "html"
        if is_mht(data[:4096].lstrip()):
            data, declared = mht_html(data, path)
            fmt = "mht"
        else:
            declared = None
        dec = decode_html(data, path, declared)
        doc = Document(blocks=[], meta=Metadata(encoding=dec.encoding, format=fmt))
        record_decoding(doc, dec)
        doc.blocks = page_blocks(dec.text, path)
        return doc


def is_mht(head: bytes) -> bool:
    """A saved web archive: MIME headers (browsers write From/Subject/Date or Content-Type first)
    declaring a multipart/related body, before any blank line."""
    top = head[:2048].split(b"\n\n", 1)[0].split(b"\r\n\r\n", 1)[0]
    return RE_HEADER.match(top) is not None and RE_MHT.search(top) is not None and b"mime-version" in top.lower()


def mht_html(data: bytes, path: str) -> tuple[bytes, str | None]:
    """The first text/html part of a saved MHT (MIME) page, with its declared charset."""
    msg = email.message_from_bytes(data, policy=email.policy.default)
    for part in msg.walk():
        if part.get_content_type() == "text/html" and isinstance(part, EmailMessage):
            payload = part.get_payload(decode=True)
            if isinstance(payload, bytes):
                return payload, part.get_content_charset()
    raise CorruptInputError(path, "an MHT archive without an HTML part")


def _codec(name: str | None) -> str | None:
    if not name:
        return None
    name = name.lower()
    if name in GB_FAMILY:
        return "gb18030"  # superset, as the decoder does: GBK-only characters are common on these pages
    if name in ("big5", "big5-hkscs", "x-x-big5"):
        return "big5hkscs"
    try:
        return codecs.lookup(name).name
    except LookupError:
        return None


def decode_html(data: bytes, path: str, declared: str | None = None) -> Decoded:
    """The declared charset when the bytes really are in it, else docclean's decoder (pages
    often declare one charset and are saved in another), with its warnings and offsets."""
    if not data.startswith((codecs.BOM_UTF8, codecs.BOM_UTF16_LE, codecs.BOM_UTF16_BE)):
        m = RE_CHARSET.search(data[:4096])
        enc = _codec(declared) or _codec((m.group(1) or m.group(2)).decode("ascii", "replace") if m else None)
        if enc:
            try:
                return Decoded(data.decode(enc), enc)
            except UnicodeDecodeError:
                pass
    return decode(data, path)


def page_blocks(html: str, path: str) -> list[Block]:
    """The main content of a page as blocks; the whole body when the extractor finds none."""
    try:
        import lxml.html
        from readability import Document as Readable
    except ImportError as exc:  # pragma: no cover - both are core dependencies
        raise MissingDependencyError(path, f"reading HTML needs readability-lxml ({exc})") from exc
    html = re.sub(r"^<\?xml[^>]*>", "", html.lstrip("\ufeff"))
    if not html.strip():
        return []
    try:
        page = Readable(html)
        title = RE_SPACE.sub(" ", page.title() or "").strip()
        short = RE_SPACE.sub(" ", page.short_title() or "").strip()  # readability drops a ' - site' suffix
        summary = page.summary(html_partial=True)
        root = lxml.html.fromstring(summary)
    except Exception as exc:  # readability and lxml raise bare parser errors on broken markup
        try:
            root = lxml.html.fromstring(html)
            title = short = ""
        except Exception as exc2:
            raise CorruptInputError(path, f"unreadable HTML ({exc2 or exc})") from exc2
    walk = Walk()
    walk.node(root, 0)
    walk.flush()
    blocks = walk.blocks
    if not any(b.text or b.rows for b in blocks):
        walk = Walk()
        walk.node(lxml.html.fromstring(html), 0)
        walk.flush()
        blocks = walk.blocks
    if title and not any(b.kind is Kind.TITLE for b in blocks):
        _page_title(blocks, title, short)
    return blocks


def _page_title(blocks: list[Block], title: str, short: str) -> None:
    """Without an <h1>, the title is the early block the page's <title> starts with (the
    <title> then only adds the site's name), or else the <title> itself."""
    for b in [b for b in blocks if b.text][:LOOK_FOR_TITLE]:
        if b.kind in (Kind.PARAGRAPH, Kind.LINE) and len(b.text) >= 2 and title.startswith(b.text):
            b.kind, b.level = Kind.TITLE, 1
            blocks.remove(b)
            blocks.insert(0, b)
            return
    blocks.insert(0, Block(Kind.PARAGRAPH, short, prov=Provenance(style="title")))


class Walk:
    """Turns an element tree into blocks: inline text gathers into a paragraph until a block
    element or <br> ends it; headings, list items and data tables become their own kinds."""

    def __init__(self) -> None:
        self.blocks: list[Block] = []
        self.buf: list[str] = []
        self.broken = False  # the current run of text was split by <br>: lines, not a paragraph

    def flush(self, by_br: bool = False) -> None:
        raw = "".join(self.buf)
        self.buf = []
        lead = RE_LEAD.match(raw.replace("\n", " "))
        text = RE_SPACE.sub(" ", raw).strip(" \u3000\u00a0")
        if text:
            kind = Kind.LINE if (by_br or self.broken) else Kind.PARAGRAPH
            indent = width(lead.group()) if lead and kind is Kind.LINE else 0.0
            self.blocks.append(Block(kind, text, prov=Provenance(style="html"), indent=indent))
        self.broken = by_br

    def node(self, el: Any, depth: int) -> None:
        tag = getattr(el, "tag", None)
        if not isinstance(tag, str):  # comments, processing instructions
            self.tail(el)
            return
        tag = tag.lower()
        if tag in SKIP:
            self.tail(el)
            return
        if tag == "br":
            self.flush(by_br=True)
        elif tag in HEADINGS:
            self.flush()
            text = _text(el)
            if text:
                level = HEADINGS[tag]
                self.blocks.append(Block(Kind.TITLE if level == 1 and not self._has_title() else Kind.HEADING,
                                         text, max(level, 1), Provenance(style=tag)))
        elif tag in ("ul", "ol"):
            self.flush()
            self.list(el, tag == "ol", depth + 1)
        elif tag == "table" and _data_table(el):
            self.flush()
            rows = [[_text(c) for c in tr if isinstance(c.tag, str) and c.tag.lower() in ("td", "th")]
                    for tr in el.iter("tr")]
            rows = [r for r in rows if any(r)]
            if rows:
                self.blocks.append(Block(Kind.TABLE, "", prov=Provenance(style="table"), rows=rows))
        elif tag == "pre":
            self.flush()
            for line in (el.text_content() or "").split("\n"):
                if line.strip():
                    self.blocks.append(Block(Kind.LINE, line.strip(), prov=Provenance(style="pre")))
        else:
            block = tag in BLOCKS or tag == "li"
            if block:
                self.flush()
            if el.text:
                self.buf.append(el.text)
            for child in el:
                self.node(child, depth)
            if block:
                self.flush()
        self.tail(el)

    def tail(self, el: Any) -> None:
        t = getattr(el, "tail", None)
        if t:
            self.buf.append(t)

    def list(self, el: Any, ordered: bool, level: int) -> None:
        for li in el:
            if not isinstance(li.tag, str):
                continue
            if li.tag.lower() in ("ul", "ol"):
                self.list(li, li.tag.lower() == "ol", level + 1)
                continue
            own = [li.text or ""]
            nested = []
            for child in li:
                if isinstance(child.tag, str) and child.tag.lower() in ("ul", "ol"):
                    nested.append(child)
                    own.append(child.tail or "")
                elif isinstance(child.tag, str) and child.tag.lower() in SKIP:
                    own.append(child.tail or "")
                else:
                    own.append(_text(child, keep_edges=True) + (child.tail or ""))
            text = RE_SPACE.sub(" ", "".join(own)).strip(" \u3000\u00a0")
            if text:
                self.blocks.append(Block(Kind.LIST, text, level, Provenance(style="li"), ordered=ordered))
            for n in nested:
                self.list(n, n.tag.lower() == "ol", level + 1)

    def _has_title(self) -> bool:
        return any(b.kind is Kind.TITLE for b in self.blocks)


def _text(el: Any, keep_edges: bool = False) -> str:
    """An element's visible text on one line (scripts and styles left out)."""
    parts: list[str] = []

    def go(e: Any) -> None:
        tag = getattr(e, "tag", None)
        if isinstance(tag, str) and tag.lower() in SKIP:
            return
        if isinstance(tag, str) and tag.lower() == "br":
            parts.append(" ")
        if isinstance(tag, str) and getattr(e, "text", None):
            parts.append(e.text)
        for c in e:
            go(c)
            if c.tail:
                parts.append(c.tail)

    go(el)
    text = RE_SPACE.sub(" ", "".join(parts))
    return text if keep_edges else text.strip(" \u3000\u00a0")


def _data_table(el: Any) -> bool:
    """A table of data, not page layout: no nested tables or block content, two or more columns."""
    if any(True for _ in el.iter("table") if _ is not el):
        return False
    if any(True for _ in el.iter("p", "div", "ul", "ol", "h1", "h2", "h3", "h4", "h5", "h6")):
        return False
    widths = [sum(1 for c in tr if isinstance(c.tag, str) and c.tag.lower() in ("td", "th"))
              for tr in el.iter("tr")]
    return bool(widths) and max(widths) >= 2
