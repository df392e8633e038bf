"""A title the scrape glued onto the text's first line, where no line of the head is one: a
document site's file name before the document's own title (`2022院长在开学典礼上的讲话院长在开学典礼
上的讲话 …`), or a post's title before its byline field (`05.12校庆作者:某某2012 年 5 月 16 日…`).
The title is split off the line as a block of its own (a title the line holds twice over is
the document's own title lines: the line keeps both, the title block is their copy)."""

from __future__ import annotations

from collections.abc import Callable

from ..cache import rx
from ..model import Block, Document, Kind
from ..weblexicon import WebRules
from .lines import Group

MIN_GLUED = 6  # a shorter run the line repeats is a word or a phrase (`研究研究`), no title
MIN_COPY_SHARE = 0.6  # the copy after a file name holds most of it (`2022` + `院长在…的讲话`)
MAX_GLUED = 40  # a title, not a sentence run together
MAX_LABEL = 6
RE_CHUNK_NO = rx.compile(r"\d{1,3}[、．]\s*")  # a doc site's chunk number before the text (`1、`)
RE_NOT_IN_TITLE = rx.compile(r"[，,；;：:。！？!?、“”\"]")
RE_BEFORE_COLON = rx.compile(rf"[^，,；;：:。！？!?、]{{{MIN_GLUED + 2},{MAX_GLUED + MAX_LABEL}}}(?=\s*[:：])")
GLUED_KINDS = ("author", "date", "publisher")  # the byline's and the stamp's labels


def doubled(t: str) -> int | None:
    """Where a title that the line repeats at once ends (`标题标题…`, `2022标题标题…`: the copy
    is the end of the first, most of it), or None."""
    for a in range(MIN_GLUED, min(len(t) // 2, MAX_GLUED) + 1):
        first = t[:a]
        if RE_NOT_IN_TITLE.search(first[-1]):
            return None  # (the title is the line's first words: a mark ends the search)
        shortest = max(MIN_GLUED, round(MIN_COPY_SHARE * a))
        if any(t.startswith(first[k:], a) for k in range(0, a - shortest + 1)) and len(set(first)) > 2:
            return a
    return None


def before_field(t: str, web: WebRules) -> int | None:
    """Where a title before a byline or stamp field glued to it ends (`05.12校庆作者:某某…`)."""
    m = RE_BEFORE_COLON.match(t)
    if m is None:
        return None
    pre = m.group().rstrip()
    for n in range(MAX_LABEL, 1, -1):  # the longest label the lexicon knows (`发布时间` before `时间`)
        if web.label_kind.get(pre[-n:]) in GLUED_KINDS and len(pre) - n >= MIN_GLUED:
            return len(pre) - n
    return None


def glued_title(doc: Document, at: int, web: WebRules, title_like: Callable[[str], bool]) -> Block | None:
    """The title glued onto the line `doc.blocks[at]`, split off as a title block of its own
    inserted before it (the line keeps the rest, and a chunk number it opens with), or None."""
    line = doc.blocks[at]
    text = line.text.strip()
    lead = m.group() if (m := RE_CHUNK_NO.match(text)) else ""
    rest = text[len(lead):]
    end = doubled(rest)
    if end is None:
        end = before_field(rest, web)
    if end is None or not title_like(title := rest[:end].strip()):
        return None
    block = Block(Kind.TITLE, title, level=1, prov=line.prov)
    if not rest.startswith(rest[:end], end):  # (`标题标题…`: a PDF's own title lines, twice, are the text's)
        line.text = lead + rest[end:].lstrip()
    doc.blocks.insert(at, block)
    return block


# `标题 ( 2024-05-11)`, `标题  (第二一八集)  2015/7/24  某某协会`: a title, then the stamp's date
RE_STAMP_HEAD = rx.compile(rf"(?P<title>\S.{{{MIN_GLUED - 1},{MAX_GLUED}}}?)\s*(?:[（(]\s*)?"
                           r"(?=(?:19|20)\d{2}\s*[-/.年])")


RE_STAMP_WORDS = rx.compile(r"[|｜]|(?:于|时间|日期|发表|发布|更新|上传|来源|作者)\s*[:：]?$")


def stamp_title(doc: Document, stamp: Group, title_like: Callable[[str], bool]) -> Block | None:
    """The title a publish line opens with, split off as a title block of its own inserted
    before it (the stamp keeps its date and the rest), or None."""
    block = stamp.blocks[0]
    m = RE_STAMP_HEAD.match(block.text.strip())
    if len(stamp.blocks) != 1 or m is None or not title_like(title := m.group("title").strip()) \
            or RE_STAMP_WORDS.search(title):
        return None  # (`某某 | 发表于 2011-…`: a poster and a label, no title)
    out = Block(Kind.TITLE, title, level=1, prov=block.prov)
    block.text = block.text.strip()[m.end():]
    doc.blocks.insert(next(i for i, b in enumerate(doc.blocks) if b is block), out)
    return out
