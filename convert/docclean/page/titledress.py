"""What a chosen title line carries that is no part of the title: a record's name label
(`例稿名称：`), a board's thread type and badge (`[转贴] 标题 [推广有奖]`), a forum engine's
anti-copy jammer, a doc site's preview page and file extension, an official document's number
before its title in 《》, a book line's brackets and author; and whether a bracketed column is
the headline's own kicker (the page shows it too)."""

from __future__ import annotations

import re

from ..cache import rx
from ..model import Block, Document, Reason
from ..tables import squash

# a record's label naming what follows as the name or title (`例稿名称：`, `文章题目：`, a tab's `• 会议题目 •`),
# whatever its first words
RE_NAME_LABEL = rx.compile(r"\s*(?:[\u4e00-\u9fff]{0,4}(?:名称|标题|题目|题名|主题)\s*[:：]"
                           r"|[•·]\s*[\u4e00-\u9fff]{0,4}(?:名称|标题|题目|题名|主题)\s*[•·])\s*(?=\S)")
RE_THREAD_TYPE = rx.compile(r"\s*\[[^\[\]\s]{1,8}\]\s+(?=\S)")  # a board's thread type, set apart by a space
RE_THREAD_BADGE = rx.compile(r"\s+\[[^\[\]\s]{1,8}\]\s*$")  # a board's badge after the title (`[推广有奖]`)
# a forum engine's anti-copy jammer glued to a thread's title: pairs of a letter and a mark or digit
RE_JAMMER_TAIL = rx.compile(r"(?:[!-;] ?)?(?:[?-~][!-;] ){4,}[?-~]?\s*$")
MIN_JAMMER_PAIRS = 5
RE_PREVIEW_PAGE = rx.compile(r"\s*[_\-–|｜]\s*第\s*\d{1,4}\s*页$")  # a doc site's preview page on its <title>
MIN_PREVIEWED_TITLE = 6
RE_FILE_EXT = rx.compile(r"\.(?:docx?|pdf|txt|wps|pptx?|xlsx?|rtf|caj)\s*$", re.IGNORECASE)
# an official document's number glued before its title in book brackets (`京政办发〔2016〕26号《…的通知》`)
RE_NUMBERED_DOC = rx.compile(r"\s*(?P<no>[\u4e00-\u9fff]{2,12}\s*[〔［\[【(（]\s*(?:19|20)\d{2}\s*[〕］\]】)）]"
                             r"\s*第?\s*\d{1,4}\s*号)\s*《(?P<title>[^《》]+)》\s*")
RE_WRAPPED_TITLE = rx.compile(r"^[《\[【]\s*([^《》\[\]【】]+?)\s*[》\]】]$")
RE_BOOK_AUTHOR = rx.compile(r"\s*[/／]\s*([\u4e00-\u9fff·]{2,8})\s*(?:著|编著|撰|编)$")


def bar_kicker(title: str) -> tuple[str, str] | None:
    """`新华社权威快报|标题`, `微课堂| 标题`: a series' or column's short name before one bar, the
    headline after it -> (`标题`, the name with its bar). A banner's slogan (`某某网 | 口号`) is no
    headline twice the name's length."""
    parts = RE_BAR.split(title.strip())
    if len(parts) != 2 or not RE_KICKER.fullmatch(name := parts[0].strip()):
        return None
    rest = parts[1].strip()
    return (rest, title.strip()[:len(title.strip()) - len(rest)].strip()) \
        if len(rest) >= max(MIN_PREVIEWED_TITLE + 2, 2 * len(name)) else None


def column_tag(title: str) -> tuple[str, str] | None:
    """`[临时公告]标题`: a platform's type glued before the headline -> (`标题`, `[临时公告]`). After a
    board's type set apart (`[Web逆向] [新人试投]标题`) the rest is the subject as its poster typed it."""
    t = title.strip()
    if RE_THREAD_TYPE.match(t) or (m := RE_GLUED_TAG.match(t)) is None or len(t) - m.end() < MIN_PREVIEWED_TITLE:
        return None
    return t[m.end():].strip(), m.group()


def media_tag(title: str) -> tuple[str, str] | None:
    """`标题（多图）`: a news site's note that pictures come with the text -> (`标题`, `（多图）`)."""
    t = title.strip()
    m = RE_MEDIA_TAG.search(t)
    return (t[:m.start()].rstrip(), m.group().strip()) if m is not None and m.start() >= MIN_PREVIEWED_TITLE else None


RE_GLUED_TAG = rx.compile(r"\[[\u4e00-\u9fff]{2,6}\](?=\S)")
RE_MEDIA_TAG = rx.compile(r"\s*[（(](?:高清)?(?:多图|组图|图集|图文|附图|图|视频|附视频)[）)]$")
RE_BAR = rx.compile(r"\s*[|｜]\s*")
RE_KICKER = rx.compile(r"[\u4e00-\u9fffA-Za-z0-9]{2,8}")  # (a name: no sentence, no date)


def shown_bracket(cut: tuple[str, str], other: str) -> bool:
    """Whether a bracketed column cut off the title (`【中国稳健前行】`) stands on its other copy
    too, at the same end: the page shows it as part of its headline."""
    bracket, o = squash(cut[1]), squash(other)
    return bracket.startswith("【") and squash(cut[0]) in o \
        and (o.startswith(bracket) or o.endswith(bracket))


def shown_tag(tag: str, other: str) -> bool:
    """Whether the title's other copy shows a tag cut off it (`…七周年(图)_影音娱乐_新浪网`)."""
    return squash(tag) in squash(other)


def jammer_mix(tail: str) -> bool:
    """The jammer's mix (a digit and a mark among its pairs, letters of both cases): no list or code."""
    pairs = tail.split()
    return any(c.isdigit() for c in tail) and sum(not c.isalnum() for p in pairs for c in p[1:]) >= 2 \
        and any(c.isupper() for c in tail) and len(pairs) >= MIN_JAMMER_PAIRS


def cut_tags(doc: Document, block: Block) -> None:
    """Cut from the title what a board, a forum engine or a doc site adds to it, each reported."""
    if (tag := RE_THREAD_TYPE.match(block.text)) is not None:  # `[转贴] 标题`: the board's type, set apart
        doc.remove(tag.group().strip(), "title.thread-type", Reason.CHROME, block.prov)
        block.text = block.text[tag.end():]
    if (tag := RE_THREAD_BADGE.search(block.text)) is not None and tag.start() >= MIN_PREVIEWED_TITLE:
        doc.remove(tag.group().strip(), "title.thread-type", Reason.CHROME, block.prov)  # `标题 [推广有奖]`
        block.text = block.text[:tag.start()]
    if (jam := RE_JAMMER_TAIL.search(block.text)) is not None and jam.start() >= MIN_PREVIEWED_TITLE \
            and not block.text[:jam.start()].rstrip()[-1:].isascii() and jammer_mix(jam.group()):
        doc.remove(jam.group().strip(), "title.jammer", Reason.CHROME, block.prov)  # `标题+ O2 W- O: E/ I5 L9 Z`
        block.text = block.text[:jam.start()].rstrip()
    if (pg := RE_PREVIEW_PAGE.search(block.text)) is not None and pg.start() >= MIN_PREVIEWED_TITLE:
        doc.remove(pg.group().strip(), "title.preview-page", Reason.CHROME, block.prov)  # `标题_第1页`
        block.text = block.text[:pg.start()]
    if (doc_no := RE_NUMBERED_DOC.fullmatch(block.text)) is not None:  # the title is the one in 《》
        doc.remove(doc_no.group("no"), "title.doc-number", Reason.METADATA, block.prov)
        block.text = doc_no.group("title").strip()
    if (ext := RE_FILE_EXT.search(block.text)) is not None:  # a doc site's file name: `实施意见.doc - 某某文库`
        doc.remove(ext.group().strip(), "title.file-extension", Reason.CHROME, block.prov)
        block.text = block.text[:ext.start()]


def unwrap_title(doc: Document, block: Block) -> None:
    """`《西游记》` and `[三国演义 / 罗贯中 著 ]`: a book's title line, its brackets and author off."""
    m = RE_WRAPPED_TITLE.match(block.text.strip())
    if not m:
        return
    inner = m.group(1)
    by = RE_BOOK_AUTHOR.search(inner)
    if by:
        doc.meta.extra.setdefault("author", by.group(1))
        inner = inner[:by.start()]
    if inner.strip():
        block.text = inner.strip()
