"""Corpus-learned chrome: lines that recur at the top or bottom of many documents of a corpus.

`docclean corpus` learns them in a first pass (see `docclean/corpus/learn.py`) and hands
them to this pass as `Options.learned_chrome` (normalised keys). Here every document also
records the keys of its own edge lines (`doc.edge_keys`), before anything is removed, so the
corpus run can learn from them. A line that reads like a sentence (it ends with `。！？：；`)
is never learned chrome: `谢谢大家！` closes many speeches and is still the speaker's text.
"""

from __future__ import annotations

import hashlib

from ..cache import rx
from ..model import K_LINE, K_PARAGRAPH, Block, Document, Reason
from ..rules import HeadingRules
from ..tables import RE_ANNOTATION, SECTION_WORDS, ends_clause, line_key
from ..webui import is_prose
from .base import Context, Pass
from .headings import heading_level

EDGE = 5  # the first and last five non-blank lines of a document are its edges
MAX_CHARS = 60
RE_SENTENCE_INSIDE = rx.compile("[。！？]")  # banners are labels, not sentences
RE_MENU_SEP = rx.compile(r"[>|｜/·»›]")  # a breadcrumb ending in a column `讲话稿` is no title


def edge_key(text: str, headings: HeadingRules | None = None) -> str | None:
    """Normalised identity of an edge line (digits collapsed, punctuation and spaces ignored),
    or None for a line that is the document's own even when many documents share it: too
    long, a sentence or clause (`谢谢大家！`, `如下：`, anything holding a `。`), a salutation
    (`同志们：`), a numbered heading (`第一章 总则`), a title naming a kind of document
    (`政府工作报告`: many documents share it), a section name (`目录`) or an annotation in
    brackets (`（此件公开发布）`)."""
    t = text.strip()
    if (not t or len(t) > MAX_CHARS or ends_clause(t) or RE_SENTENCE_INSIDE.search(t)
            or RE_ANNOTATION.fullmatch(t) or "".join(t.split()) in SECTION_WORDS):
        return None
    if headings and (headings.salutation.fullmatch(t) or heading_level(t, headings)
                     or (t.endswith(headings.subtitle_suffixes) and not RE_MENU_SEP.search(t))):
        return None  # a salutation, a numbered heading, or a title naming a kind of document
    key = line_key(t)
    return key if len(key) >= 2 else None


def rule_id(key: str) -> str:
    return "learned:" + hashlib.blake2b(key.encode("utf-8"), digest_size=4).hexdigest()


MAX_EDGE = 40  # a page rendered one element per line has long edges: up to its first prose
MAX_FRAGMENT = 8  # a UI fragment on a line of its own (`【字号：` / `加大` / `还原` / `减小` / `】`)


def _edges(lines: list[Block]) -> list[Block]:
    """The first and last EDGE lines, and beyond them the lines before the first (after the
    last) line of prose, up to MAX_EDGE: where a page rendered one element per line keeps its
    furniture."""
    # (only the first line of prose from each end counts: the search stops there)
    first = next((i for i, b in enumerate(lines[:MAX_EDGE]) if is_prose(b.text)), None)
    head = max(EDGE, min(first if first is not None else EDGE, MAX_EDGE))
    last = next((i for i in range(len(lines) - 1, max(-1, len(lines) - 1 - MAX_EDGE), -1)
                 if is_prose(lines[i].text)), None)
    tail = max(EDGE, min(len(lines) - 1 - last if last is not None else EDGE, MAX_EDGE))
    return lines[:head] + lines[max(head, len(lines) - tail):]


def _runs(edges: list[Block]) -> list[list[Block]]:
    """Runs of two or more consecutive short fragments: one UI line the page split up."""
    runs: list[list[Block]] = []
    cur: list[Block] = []
    for b in [*edges, None]:
        adjacent = b is not None and cur and cur[-1].prov.line is not None and b.prov.line is not None \
            and b.prov.line - cur[-1].prov.line <= 2
        if b is not None and len(b.text.strip()) <= MAX_FRAGMENT and (not cur or adjacent):
            cur.append(b)
            continue
        if len(cur) >= 2:
            runs.append(cur)
        cur = [b] if b is not None and len(b.text.strip()) <= MAX_FRAGMENT else []
    return runs


def run(doc: Document, ctx: Context) -> Document:
    lines = [b for b in doc.blocks if b.kind in (K_LINE, K_PARAGRAPH) and b.text]
    edges = _edges(lines)
    keyed = [(b, edge_key(b.text, ctx.rules.headings)) for b in edges]
    runs = [(r, edge_key(" ".join(b.text.strip() for b in r), ctx.rules.headings)) for r in _runs(edges)]
    doc.edge_keys = sorted({k for _, k in keyed if k} | {k for _, k in runs if k})
    maybe_chrome = {id(b) for b, k in keyed if k} | {id(b) for r, k in runs if k for b in r}
    doc.body_text = "".join(b.text + "\n" for b in lines if id(b) not in maybe_chrome)  # (hashed on first use)
    learned = ctx.options.learned_chrome
    if learned:
        for r, k in runs:  # a learned UI line the page split into fragments goes whole
            if k and k in learned and all(b.text for b in r):
                for b in r:
                    doc.remove(b.text, rule_id(k), Reason.CHROME, b.prov)
                    b.text = ""
                doc.changes[PASS.name] += 1
        for b, k in keyed:
            if k and k in learned and b.text:
                doc.remove(b.text, rule_id(k), Reason.CHROME, b.prov)
                b.text = ""
                doc.changes[PASS.name] += 1
    return doc


PASS = Pass("learned", "lines a corpus run learned as its sites' chrome (recurring at the edges)", run)
