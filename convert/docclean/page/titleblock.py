"""Between the title and the text: the publish line's neighbours (author blocks, unknown fields,
bars of short tokens, the issuing office, a dated bar or a book's credit) and the lines the
page's own furniture hems in."""

from __future__ import annotations

import itertools
import re

from ..cache import rx
from ..model import Kind, Reason
from ..webfields import is_dated_bar
from ..weblexicon import WebRules
from ..webui import RE_DATE, RE_SENTENCE_END, is_issuer, is_prose
from .edges import (
    FIELD_RULES,
    RE_ANY_FIELD,
    RE_BOOK_CREDIT,
    RE_DOC_OWN,
    RE_NUMBERED,
    RE_SIGNATURE,
    RE_SLOGAN,
    RE_THIS_DOC,
    holds_title_words,
)
from .lines import RE_BYLINE, RE_DELIVERY, Group, is_subtitle, runs

MAX_HEMMED_LINE = 12  # a name, an account, a place: `马晓丽` / `机关文稿` / `发表于河南`
MAX_HEMMED_RUN = 3
TAG_MARKS = ("#", "＃")  # a hashtag's mark rendered on a line of its own, over the tag
RE_LONE_NAME = rx.compile(r"[\u4e00-\u9fff·]{2,4}")  # alone, the speaker under the delivery line (`毛伟明`)
RE_HEMMED = rx.compile(r"[^\s，。！？；：,.!?;:“”（）()—]+")  # one item: a byline or a slogan has a space


def hemmed_in(block: list[Group]) -> None:
    """A run of up to three short bare lines with the page's furniture right above and right
    below, between the title and the text, is the rest of the page's bar (an account's
    name, its place, a count), which the scrape split one item a line. A name alone (the
    speaker of a report, between its publish line and a photo's caption), a subtitle, a
    delivery line, a signing office or a date of the document's own stays."""
    for i, j in runs(len(block), lambda k: block[k].rule is None and hemmed(block[k])):
        hemmed_by_both = i > 0 and block[i - 1].rule is not None and j < len(block) and block[j].rule is not None
        lone_name = j - i == 1 and RE_LONE_NAME.fullmatch(block[i].text.strip()) is not None \
            and not (i > 0 and block[i - 1].text.strip() in TAG_MARKS)  # (`#` / `天文航天`: a tag, not a speaker)
        if hemmed_by_both and j - i <= MAX_HEMMED_RUN and not lone_name:
            for g in block[i:j]:
                g.mark("web.bar-item")


def hemmed(g: Group) -> bool:
    t = g.text.strip()
    return (0 < len(t) <= MAX_HEMMED_LINE and g.blocks[0].kind is Kind.LINE and RE_HEMMED.fullmatch(t) is not None
            and not is_prose(t) and not is_subtitle(t) and not RE_DELIVERY.match(t) and not RE_SIGNATURE.search(t)
            and not RE_OFFICE_WORD.search(t)
            and not RE_DATE.fullmatch(t) and not RE_DOC_OWN.search(t) and not RE_THIS_DOC.match(t)
            and not re.fullmatch(r"[\d\s]+", t))


AUTHOR_FURNITURE = ("web.creator-stats", "web.stamp", "web.ui", "web.fields", "web.paper-affiliation", "web.issuer")
MAX_AUTHOR_LINE = 16
RE_AUTHOR_LINE = rx.compile(r"^[^，。！？；：,.!?;:“”《》（）()]+$")


RE_NAMED_AUTHOR = rx.compile(r"(?:作者|撰文|文)\s*[:：]\s*\S")


def author_block(block: list[Group]) -> None:
    """Between the title and the text, a self-media author block: the author's name and badge
    lines right above the account's stamp or counts (`某某` / `公文写作爱好者` / `1万人赞同了该文章`).
    A byline with an office (`省长 某某`) stays, and so does a name above a photo caption."""
    for i in range(len(block) - 2, -1, -1):
        g, nxt = block[i], block[i + 1]
        t = g.text.strip()
        if (g.rule is None and nxt.rule in (*AUTHOR_FURNITURE, "web.author-block") and len(t) <= MAX_AUTHOR_LINE
                and RE_AUTHOR_LINE.match(t) and not RE_BYLINE.match(t) and not RE_DELIVERY.match(t)
                and not RE_SLOGAN.fullmatch(t) and not is_subtitle(t)
                and not RE_SIGNATURE.search(t) and g.blocks[0].kind is Kind.LINE):
            if RE_DATE.fullmatch(t):  # `2024年04月09日` over `作者` / `某某`: the post's stamp
                g.mark("web.stamp", Reason.METADATA)
            elif not RE_NAMED_AUTHOR.search(nxt.text):  # `作者：某某 …` under it names the author: a verse stays
                g.mark("web.author-block")


def title_block(block: list[Group]) -> None:
    """Above the text (the title's line left out): a bar of short tokens around a date is the publish line,
    and `书名 / 作者 著` the book's credit (a chapter page's)."""
    for g in block:
        t = g.text.strip()
        if g.rule in (None, "web.menu", "web.ui") and is_dated_bar(t) and not RE_DELIVERY.match(t):
            g.relabel("web.stamp", Reason.METADATA)  # a bar read as a menu: its date is the page's
        elif g.rule is None and RE_BOOK_CREDIT.fullmatch(t):
            g.mark("web.book-credit", Reason.METADATA)




def date_under_title(block: list[Group]) -> None:
    """The title's next line, a full date alone (`2015年5月26日`, `二零一五年五月二十六日`): the
    press release's or the post's publish date. A delivery date in brackets (`（2022年7月1日）`)
    and a date under an issuing office (`某某局` / `2022年11月21日`: the document's own header)
    stay: they belong to the text."""
    if block and block[0].rule is None and RE_DATE_ALONE.fullmatch(block[0].text.strip()):
        block[0].mark("web.stamp", Reason.METADATA)


RE_DATE_ALONE = rx.compile(r"(?:(?:(?:19|20)\d{2}|民国\s*\d{2,3})\s*年\s*\d{1,2}\s*月\s*\d{1,2}\s*日"  # (Minguo's too)
                          r"|[〇零○一二三四五六七八九]{4}\s*年\s*[一二三四五六七八九十]{1,2}\s*月\s*[一二三四五六七八九十]{1,3}\s*日)"
                          r"(?:\s*[（(]?\s*(?:星期|周|礼拜)[一二三四五六日天]\s*[）)]?)?")  # (its weekday)


def unknown_fields(block: list[Group]) -> None:
    """Between the title and the text, a `label：value` line set between two lines of the
    page's fields is one of them, whatever its label (the page's credits and counts)."""
    for a, g, b in zip(block, block[1:], block[2:], strict=False):
        if g.rule is None and a.rule in FIELD_RULES and b.rule in FIELD_RULES \
                and RE_ANY_FIELD.fullmatch(g.text.strip()):
            g.mark("web.fields", Reason.METADATA)


RE_OFFICE_WORD = rx.compile(r"(?:省长|市长|县长|区长|州长|旗长|主席|书记|主任|局长|部长|厅长"
                            r"|校长|院长|委员长|总理|同志)(?:\s|$)")
MAX_BAR_LINE = 40
MAX_BAR_TOKEN = 10
RE_BAR_SPLIT = rx.compile(r"\s+|\s*[|｜•/]\s*")  # (no `·`: it joins a name's parts)
RE_NAME_TOKEN = rx.compile(r"[\u4e00-\u9fff]{2,3}|[\u4e00-\u9fff]{1,4}·[\u4e00-\u9fff·]{2,8}")  # `艾尔肯·吐尼亚孜`


def title_bars(block: list[Group], title: str = "") -> None:
    """Between the title and the text, next to the page's furniture or stamp, a bar of short
    tokens that is no sentence (`县域号 立即打开`, `阅读模式 字号 夜间`) is the page's too. A line
    of names (`张某某 李某某`), a byline, a delivery line, a date or a line opening with the
    title's words (a collection's piece: `某某演讲稿 篇1`) stays."""
    for i, g in enumerate(block):
        t = g.text.strip()
        near = [x for x in (block[i - 1] if i else None, block[i + 1] if i + 1 < len(block) else None) if x]
        if g.rule is not None or not any(x.rule is not None for x in near) or len(t) > MAX_BAR_LINE \
                or g.prose or RE_SENTENCE_END.search(t) or re.search(r"[，,。：:；;（(《“]", t) \
                or RE_BYLINE.match(t) or RE_DELIVERY.match(t) or RE_DATE.search(t) or RE_SIGNATURE.search(t) \
                or is_subtitle(t) or g.blocks[0].kind is not Kind.LINE \
                or RE_SLOGAN.fullmatch(t) or RE_NUMBERED.match(t) or RE_OFFICE_WORD.search(t):
            continue  # (a kicker, a heading, a byline with its name spaced out: `自治区主席 韦 韬`)
        toks = [x for x in RE_BAR_SPLIT.split(t) if x]
        if len(toks) >= 2 and all(len(x) <= MAX_BAR_TOKEN for x in toks) \
                and not all(RE_NAME_TOKEN.fullmatch(x) for x in toks) \
                and not holds_title_words(t, title):  # (a collection's piece heading: `某某演讲稿 篇1`)
            g.mark("web.title-bar")


def issuer_lines(block: list[Group], web: WebRules) -> None:
    """Between the title and the text, right after the publish stamp or other furniture, a line
    that only names the issuing office or the poster's place (`2026年09月23日 13时18分` /
    `新闻局`) is the stamp's. (A stamp an older rule pack took is no group: any furniture counts.)"""
    for prev, g in itertools.pairwise(block):
        if g.rule is None and prev.rule is not None and is_issuer(g.text, web):
            g.mark("web.issuer", Reason.METADATA)
    for g in block[1:]:  # `北方日报` between the title and the text: the source, over its stamp
        t = g.text.strip()
        if g.rule is None and RE_PAPER_NAME.fullmatch(t) and t.endswith(web.paper_words):
            g.mark("web.issuer", Reason.METADATA)


RE_PAPER_NAME = rx.compile(r"[\u4e00-\u9fff]{4,14}")  # a name, no sentence (the words are `paper_words`)
