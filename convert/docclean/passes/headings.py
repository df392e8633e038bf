"""Headings by the document's own numbering (OUTPUT.md §5), from `rules/headings.yaml`.

A paragraph becomes a heading only when it is the section title alone: short, with no
sentence end inside it. A numbered lead sentence that runs on into body text stays a
paragraph. Unnumbered standalone sub-document titles (`在…上的讲话稿`) become `##`.
"""

from __future__ import annotations

from ..cache import rx
from ..model import K_HEADING, K_PARAGRAPH, Document
from ..rules import HeadingRules
from ..tables import RE_IDEO
from .base import Context, Pass

RE_INNER_END = rx.compile(r"[。！？；!?;]")
RE_BAD_END = rx.compile(r"[：:，,、；;]$")
RE_TITLE_PUNCT = rx.compile(r"[^《》“”、·—\w\s]")


def standalone(text: str, rules: HeadingRules) -> bool:
    """Short enough for a section title, with no sentence end inside and no open end."""
    t = text.strip()
    return bool(t) and len(t) <= rules.max_chars and not RE_BAD_END.search(t) and not RE_INNER_END.search(t[:-1])


def heading_level(text: str, rules: HeadingRules) -> int:
    """The heading level of a standalone line, or 0 for a paragraph."""
    t = text.strip()
    if not standalone(t, rules):
        return 0
    for level, pattern in rules.levels:
        m = pattern.match(t)
        if m and RE_IDEO.search(t[m.end():]):
            return level
    return 0


def is_subtitle(text: str, rules: HeadingRules) -> bool:
    """A standalone sub-document title: ends in a document word, no sentence punctuation."""
    t = text.strip()
    return (6 <= len(t) <= rules.max_chars and t.endswith(rules.subtitle_suffixes)
            and not RE_TITLE_PUNCT.search(t))


def run(doc: Document, ctx: Context) -> Document:
    rules = ctx.rules.headings
    n = 0
    for b in doc.blocks:
        if b.kind is not K_PARAGRAPH:
            continue
        level = heading_level(b.text, rules) or (2 if is_subtitle(b.text, rules) else 0)
        if level:
            b.kind, b.level = K_HEADING, level
            n += 1
    doc.changes[PASS.name] += n
    return doc


PASS = Pass("headings", "standalone numbered section titles become headings", run)
