"""Corpus-learned chrome: lines that recur at the top or bottom of many documents of a corpus.

`docclean corpus` learns them in a first pass (see `docclean/corpus/learn.py`) and hands
them to this pass as `Options.learned_chrome` (normalised keys). Here every document also
records the keys of its own edge lines (`doc.edge_keys`), before anything is removed, so the
corpus run can learn from them. A line that reads like a sentence (it ends with `。！？：；`)
is never learned chrome: `谢谢大家！` closes many speeches and is still the speaker's text.
"""

from __future__ import annotations

import hashlib
import re

from ..model import Document, Kind, Reason
from ..rules import HeadingRules
from ..tables import RE_ANNOTATION, RE_ENDS_CLAUSE, SECTION_WORDS, line_key
from .base import Context, Pass
from .headings import heading_level

EDGE = 5  # the first and last five non-blank lines of a document are its edges
MAX_CHARS = 60
RE_SENTENCE_INSIDE = re.compile("[。！？]")  # banners are labels, not sentences


def edge_key(text: str, headings: HeadingRules | None = None) -> str | None:
    """Normalised identity of an edge line (digits collapsed, punctuation and spaces ignored),
    or None for a line that is the document's own even when many documents share it: too
    long, a sentence or clause (`谢谢大家！`, `如下：`, anything holding a `。`), a salutation
    (`同志们：`), a numbered heading (`第一章 总则`), a section name (`目录`) or an annotation
    in brackets (`（此件公开发布）`)."""
    t = text.strip()
    if (not t or len(t) > MAX_CHARS or RE_ENDS_CLAUSE.search(t) or RE_SENTENCE_INSIDE.search(t)
            or RE_ANNOTATION.fullmatch(t) or "".join(t.split()) in SECTION_WORDS):
        return None
    if headings and (headings.salutation.fullmatch(t) or heading_level(t, headings)):
        return None
    key = line_key(t)
    return key if len(key) >= 2 else None


def rule_id(key: str) -> str:
    return "learned:" + hashlib.blake2b(key.encode("utf-8"), digest_size=4).hexdigest()


def run(doc: Document, ctx: Context) -> Document:
    lines = [b for b in doc.blocks if b.kind in (Kind.LINE, Kind.PARAGRAPH) and b.text]
    edges = lines[:EDGE] + lines[max(EDGE, len(lines) - EDGE):]
    keyed = [(b, edge_key(b.text, ctx.rules.headings)) for b in edges]
    doc.edge_keys = sorted({k for _, k in keyed if k})
    maybe_chrome = {id(b) for b, k in keyed if k}
    body = hashlib.blake2b(digest_size=8)
    for b in lines:
        if id(b) not in maybe_chrome:
            body.update(b.text.encode("utf-8") + b"\n")
    doc.body_key = body.hexdigest()
    learned = ctx.options.learned_chrome
    if learned:
        for b, k in keyed:
            if k and k in learned:
                doc.remove(b.text, rule_id(k), Reason.CHROME, b.prov)
                b.text = ""
                doc.changes[PASS.name] += 1
    return doc


PASS = Pass("learned", "lines a corpus run learned as its sites' chrome (recurring at the edges)", run)
