"""Document-level facts read off the cleaned blocks: the title text and truncation."""

from __future__ import annotations

import re

from ..cache import rx
from ..model import K_PARAGRAPH, K_TITLE, Document
from ..tables import CLOSERS, IDEO, RE_ENDS_SENTENCE
from .base import Context, Pass

MIN_TRUNCATED = 20  # a last paragraph shorter than this is a signature or date, not a cut-off
# A full stop ends a sentence after Latin text (an English paragraph, a Chinese one closing on
# `Windows.`: a word with a letter in it, or a number standing apart, `in 2020.`) and after a
# Chinese character (`会议到此结束.`, typed with an English input method; the punctuation pass
# leaves it), or a closing bracket or quote; `...` too. A number stuck to Chinese text is not a
# sentence's end: `增长率为3.` is `3.5` cut.
RE_FULL_STOP_ENDS = rx.compile(f"(?:[A-Za-z][A-Za-z0-9'’-]*|(?<=[\\sA-Za-z,;:(\\[-])[0-9][0-9,]*"
                               f"|[{IDEO}{re.escape(CLOSERS)}])\\.+[{re.escape(CLOSERS)}]*$")


TAIL = 100  # characters of a paragraph's end looked at: a 100 MB last line is not searched whole


def ends_sentence(text: str) -> bool:
    tail = text[-TAIL:]
    return RE_ENDS_SENTENCE.search(tail) is not None or RE_FULL_STOP_ENDS.search(tail) is not None


def run(doc: Document, ctx: Context) -> Document:
    title = next((b for b in doc.blocks if b.kind is K_TITLE), None)
    if title is not None:
        doc.meta.title = title.text
    last = next((b for b in reversed(doc.blocks) if b.text or b.rows), None)
    if (last is not None and last.kind is K_PARAGRAPH and len(last.text) >= MIN_TRUNCATED
            and not ends_sentence(last.text) and not doc.meta.truncated):
        doc.meta.truncated = True
        doc.changes[PASS.name] += 1
    return doc


PASS = Pass("metadata", "title text for the front matter; a scrape cut off mid-sentence", run)
