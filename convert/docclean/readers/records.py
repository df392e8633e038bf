"""Record dumps: XML files of many short documents, one record each (`<doc><url>…</url>
<contenttitle>…</contenttitle><content>…</content></doc>`, as SogouCS/SogouCA news corpora, RSS
items and crawler exports are shipped).

Read as a page, such a dump is one paragraph that glues every record's address, id, title and
text together. Read as records, it is a compilation: each record's title a `##` heading and
its text as paragraphs; the other fields (address, id, date) are the record's metadata and
are recorded as removed, so nothing is lost from the report. A file holding one record is
that record: its title is the document's.

Which field is the title and which the text is decided by name first (`title`, `content`…)
and by shape otherwise (the text is the longest field; the title a short one-line field).
SogouCS writes its paragraph breaks as the private-use character U+E40C: inside a record's
text it is read as the break it stands for.
"""

from __future__ import annotations

import re
from collections import Counter
from typing import Any

from ..encoding import decode
from ..errors import CorruptInputError
from ..model import Block, Document, Kind, Metadata, Provenance, Reason
from ..options import Options

# A record: an element whose first child is a field holding text (`<doc>` / `<url>…</url>`),
# after an optional XML declaration and one wrapping element (`<docs>`, `<channel>`).
RE_RECORD_HEAD = re.compile(rb"\A(?:<\?xml[^>]*\?>\s*)?(?:<!--.*?-->\s*)*(?:<([\w:.-]+)(?:\s[^<>]*)?>\s*)?"
                            rb"<([\w:.-]+)(?:\s[^<>]*)?>\s*<([\w:.-]+)(?:\s[^<>]*)?>[^<]*</\3\s*>", re.S)
# Tag names of HTML: a fragment of a page (`<div><p>…</p>`) is no record dump.
HTML_TAGS = frozenset(b"html head body div p span a table tr td th ul ol li h1 h2 h3 h4 h5 h6 section article "
                      b"main header footer nav aside font b i u em strong center form meta link br".split())
TITLE_FIELDS = ("contenttitle", "title", "headline", "subject", "name", "标题", "题目")
TEXT_FIELDS = ("content", "text", "body", "article", "description", "summary", "abstract", "正文", "内容")
MAX_TITLE = 120  # a field longer than this is text, never a title
PARAGRAPH_MARKS = re.compile(r"[\n\ue40c]+")  # U+E40C: SogouCS's paragraph break


class RecordsReader:
    name = "records"
    priority = 60  # before the HTML reader, which would read a dump as one page

    def accepts(self, head: bytes) -> bool:
        h = head[:4096].lstrip(b"\xef\xbb\xbf \t\r\n")
        m = RE_RECORD_HEAD.match(h)
        return m is not None and not any((m.group(k) or b"").lower() in HTML_TAGS for k in (1, 2, 3))

    def read(self, data: bytes, path: str, options: Options) -> Document:
        dec = decode(data, path)
        doc = Document(blocks=[], meta=Metadata(encoding=dec.encoding, format="records"))
        doc.meta.warnings.extend(dec.warnings)
        if dec.dropped_bytes:
            doc.remove(f"<{dec.dropped_bytes} undecodable byte sequences>", "decode:invalid-bytes",
                       Reason.UNDECODABLE)
        records = parse_records(dec.text, path)
        for fields in records:
            doc.blocks.extend(record_blocks(doc, fields, single=len(records) == 1))
        return doc


Field = tuple[str, str, int]  # (tag, text, source line)


def parse_records(text: str, path: str) -> list[list[Field]]:
    """The records as lists of fields, in order: the elements whose children are all fields
    (text only), of the tag most such elements share."""
    from lxml import etree

    body = re.sub(r"\A\ufeff?\s*<\?xml[^>]*\?>", "", text)
    parser = etree.XMLParser(recover=True, resolve_entities=False, no_network=True, huge_tree=False)
    try:  # a dump may hold many top-level records: a root of our own makes it one tree
        root = etree.fromstring(f"<docclean-records>{body}</docclean-records>", parser)
    except (etree.XMLSyntaxError, ValueError) as exc:
        raise CorruptInputError(path, f"unreadable record dump ({exc})") from exc
    if root is None:
        raise CorruptInputError(path, "unreadable record dump (no element could be parsed)")
    candidates: list[Any] = [e for e in root.iter() if isinstance(e.tag, str) and len(e) > 0
                             and all(isinstance(c.tag, str) and len(c) == 0 for c in e)]
    if not candidates:
        raise CorruptInputError(path, "a record dump without records (no element holds fields)")
    tag = Counter(e.tag for e in candidates).most_common(1)[0][0]
    return [[(c.tag, (c.text or "").strip(), c.sourceline or 0) for c in e] for e in candidates if e.tag == tag]


def _pick(fields: list[Field], names: tuple[str, ...]) -> int | None:
    return next((i for i, (tag, _, _) in enumerate(fields) if tag.lower() in names), None)


def record_blocks(doc: Document, fields: list[Field], single: bool) -> list[Block]:
    """One record: its title (a heading, or the document's title when it is alone), its text
    as paragraphs; every other field is removed as the record's metadata."""
    text_at = _pick(fields, TEXT_FIELDS)
    if text_at is None and fields:
        text_at = max(range(len(fields)), key=lambda i: len(fields[i][1]))
    title_at = _pick(fields, TITLE_FIELDS)
    if title_at is None:
        title_at = next((i for i, (_, t, _) in enumerate(fields) if i != text_at and 0 < len(t) <= MAX_TITLE
                         and "\n" not in t and not re.match(r"[\w.+-]+://|[0-9a-f-]{16,}$|\d", t)), None)
    out: list[Block] = []
    if title_at is not None and fields[title_at][1]:  # first, wherever the record keeps it
        _, t, line = fields[title_at]
        t = re.sub(r"\s+", " ", t)
        prov = Provenance(line=line)
        out.append(Block(Kind.TITLE, t, level=1, prov=prov) if single else Block(Kind.HEADING, t, level=2, prov=prov))
    for i, (tag, t, line) in enumerate(fields):
        if i == text_at:
            out.extend(Block(Kind.PARAGRAPH, p.strip(), prov=Provenance(line=line))
                       for p in PARAGRAPH_MARKS.split(t) if p.strip())
        elif i != title_at and t:
            doc.remove(t, f"records.field:{tag}", Reason.METADATA, Provenance(line=line))
    return out
