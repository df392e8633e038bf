"""The document model every reader produces and every pass transforms.

A document is a list of blocks with provenance (where in the source each came from),
plus metadata and the record of what the cleaner removed. Readers build it; passes
change it; writers render it. Nothing else carries state between stages.
"""

from __future__ import annotations

import hashlib
from collections import Counter
from dataclasses import dataclass, field
from enum import Enum


class Kind(str, Enum):
    """What a block is. LINE is a raw source line whose paragraph is not known yet."""

    LINE = "line"
    TITLE = "title"
    HEADING = "heading"
    PARAGRAPH = "paragraph"
    TABLE = "table"
    LIST = "list"
    FOOTNOTE = "footnote"  # a footnote's text; `ref` is its label (`[^ref]: text`)


# Kind's members as module globals, for hot loops (`from ..model import K_LINE`): one read
# through Kind is ~100 ns (Python 3.11's EnumType has a `__getattr__`, so every class attribute
# takes the slow path), a global ~10.
K_LINE, K_TITLE, K_HEADING, K_PARAGRAPH = Kind.LINE, Kind.TITLE, Kind.HEADING, Kind.PARAGRAPH
K_TABLE, K_LIST, K_FOOTNOTE = Kind.TABLE, Kind.LIST, Kind.FOOTNOTE


class Reason(str, Enum):
    """Why text was removed: a fixed set, so reports can be aggregated across a corpus."""

    CHROME = "chrome"  # site banners, promos, buttons, file-info lines
    DUPLICATE_TITLE = "duplicate-title"  # a second copy of the title
    FURNITURE = "page-furniture"  # PDF/DOCX running headers, footers, page numbers
    METADATA = "metadata"  # a stamp moved into the front matter (date lines)
    UNDECODABLE = "undecodable"  # bytes that no candidate encoding could read
    HIDDEN_CONTROL = "hidden-control"  # invisible controls that change how text displays (bidi overrides)


@dataclass(frozen=True, slots=True)
class Provenance:
    """Where a block came from: 1-based source line and/or page, and a style name."""

    line: int | None = None
    page: int | None = None
    style: str | None = None


@dataclass(slots=True)
class Block:
    """One unit of the document. `rows` is set for tables, `indent` (in CJK cells) for raw lines."""

    kind: Kind
    text: str
    level: int = 0
    prov: Provenance = field(default_factory=Provenance)
    rows: list[list[str]] | None = None
    indent: float = 0.0
    ordered: bool = False  # for LIST items: '1. ' rather than '- '
    ref: str | None = None  # for FOOTNOTE blocks: the label the body refers to


@dataclass(frozen=True, slots=True)
class Removal:
    """A piece of text the cleaner removed, with the rule that removed it."""

    text: str
    rule: str
    reason: Reason
    line: int | None = None
    page: int | None = None

    def to_json(self) -> dict[str, object]:
        return {"text": self.text, "rule": self.rule, "reason": self.reason.value,
                "line": self.line, "page": self.page}


@dataclass(slots=True)
class Metadata:
    """What is known about the document itself; written as front matter and JSONL metadata."""

    title: str | None = None
    date: str | None = None
    source: str | None = None
    encoding: str | None = None
    format: str | None = None
    truncated: bool = False
    pages: int | None = None
    script: str | None = None  # 'simplified' / 'traditional' as detected
    warnings: list[str] = field(default_factory=list)
    extra: dict[str, str] = field(default_factory=dict)  # front-matter keys read from the input


@dataclass(slots=True)
class Document:
    """Blocks, metadata, removals and per-pass change counts."""

    blocks: list[Block]
    meta: Metadata = field(default_factory=Metadata)
    removals: list[Removal] = field(default_factory=list)
    changes: Counter[str] = field(default_factory=Counter)
    edge_keys: list[str] = field(default_factory=list)  # normalised edge lines, for corpus learning
    # every line that is not a keyed edge line, one a line (set by the learned pass; None before it)
    body_text: str | None = field(default=None, repr=False)
    _body_key: str | None = field(default=None, init=False, repr=False, compare=False)
    # Set by the hygiene pass (its one scan of every line looks for them too): no text holds a
    # character t2s would change, so the script pass need not scan for them again; no text
    # holds a full-width letter or digit, so the punctuation pass need not. The passes between
    # only remove, cut, join or move text; one that writes new characters clears the second.
    no_traditional: bool = field(default=False, init=False, repr=False, compare=False)
    no_fullwidth_alnum: bool = field(default=False, init=False, repr=False, compare=False)

    @property
    def body_key(self) -> str:
        """A hash of `body_text`: same body, same key ("" before the learned pass). Hashed on first
        use: only a corpus run asks, and encoding and hashing the body was half the pass."""
        if self._body_key is None:
            if self.body_text is None:
                return ""
            self._body_key = hashlib.blake2b(self.body_text.encode("utf-8"), digest_size=8).hexdigest()
        return self._body_key

    def remove(self, text: str, rule: str, reason: Reason, prov: Provenance | None = None) -> None:
        """Record a removal; callers drop the text themselves."""
        text = text.strip()
        if text:
            p = prov or Provenance()
            self.removals.append(Removal(text, rule, reason, p.line, p.page))
