"""What a title line is and is not, whatever the evidence for it: short, with words, no sentence,
no UI, banner, caption, field, date, trail or bar of tokens; and the head's first line of words."""

from __future__ import annotations

import re

from ..cache import rx
from ..webfields import is_stamp_line
from ..weblexicon import WebRules
from ..websuffix import TITLE_SEP_CHARS
from ..webui import RE_DATE, is_banner, is_caption
from .edges import RE_COLON, RE_PIECE
from .lines import MAX_TITLE, RE_BYLINE, RE_DELIVERY, RE_DOTS, RE_TRAIL_SEP, Group, is_subtitle
from .titleblock import RE_DATE_ALONE


def title_like(t: str, web: WebRules) -> bool:
    t = t.strip()
    return (2 <= len(t) <= MAX_TITLE and re.search(r"[\u4e00-\u9fff]", t) is not None
            and not re.search(r"[：:，,；;、]$", t) and "。" not in RE_DOTS.sub("", t) and not is_banner(t, web)
            and not RE_DELIVERY.match(t) and not RE_BYLINE.match(t) and not is_caption(t, web)
            and not RE_DATE.fullmatch(t) and not is_stamp_line(t)  # `2024年04月09日` is a stamp, never a title
            and not is_subtitle(t)  # a subtitle (`——写在…之际`) stands under its title
            and not is_token_bar(t)
            and t.replace(" ", "") not in web.label_kind and t not in web.not_publish_dates  # `注册时间` over its value
            and not RE_TRAIL_SEP.search(t)  # `发布会 > 部门新闻发布会`: a trail, however short
            and not RE_ID_FIELD.fullmatch(t)  # `• 文档编号:5253039`: a record's field
            and not RE_LATIN_FIELD.fullmatch(t)  # `Categories: 未分类`: a blog's field
            and not is_bilingual_banner(t) and not RE_DATE_ALONE.fullmatch(t)  # `民国113年3月5日 星期二`
            and not is_issue_or_path(t)  # `2014年11月 第11期`, `学校 / 推广活动`
            and not RE_POINT.match(t)  # `1、内容上的现实性`, `（一）…`: a numbered point of a text, no title
            and not RE_PIECE.search(t)  # `某某心得体会篇1`: a collection's piece, the page's title went
            and len(RE_COLON.findall(t)) < MIN_FIELD_COLONS)  # `来源：… | 被引量：…`: a bar of fields


def is_bilingual_banner(t: str) -> bool:
    """`某某中学 SOME MIDDLE SCHOOL 创立于…`: a name with its English name in capitals, and no
    <title> separator before them (`标题 - 某某公司 SOME ENERGY` is a title with its suffix)."""
    return (m := RE_CAPS_NAME.search(t)) is not None and not any(c in t[:m.start()] for c in TITLE_SEP_CHARS)


def first_words(head: list[Group]) -> int | None:
    """The head's first line of words that is not chrome: bare counts (`165 0`), a poster's id
    field (`楼主: W1612…`), a blog's field (`Categories: 未分类`), a bilingual banner, a date alone
    a trail (`校园消息 >`, `学校 / 推广活动`) and an issue line (`2014年11月 第11期`) over it are no first line."""
    return next((i for i, g in enumerate(head) if g.rule is None
                 and not RE_NO_WORDS.fullmatch(t := g.text.strip()) and not RE_ID_FIELD.fullmatch(t)
                 and not RE_LATIN_FIELD.fullmatch(t) and not is_bilingual_banner(t) and not RE_DATE_ALONE.fullmatch(t)
                 and not RE_TRAIL_SEP.search(t) and not is_issue_or_path(t)), None)


def is_issue_or_path(t: str) -> bool:
    """A periodical's issue line or a path set apart by spaced slashes: neither is a title."""
    return RE_ISSUE.fullmatch(t) is not None or RE_SLASH_TRAIL.fullmatch(t) is not None


# a periodical's issue line over its item (`2014年11月 第11期`, `2023年第3期（总第120期）`): a date, no title
RE_ISSUE = rx.compile(r"(?:19|20)\d{2}\s*年\s*(?:\d{1,2}\s*月\s*)?第\s*\d{1,4}\s*期"
                      r"(?:\s*[（(]?\s*总第\s*\d{1,5}\s*期\s*[）)]?)?")
# a path of short names set apart by a spaced slash (`学校 / 推广活动`, `首页 / 新闻 / 通知`) or a dot between
# words: a trail, no title
RE_SLASH_TRAIL = rx.compile(r"[^\s/／]{1,6}(?:\s+[/／]\s+[^\s/／]{1,6})+"
                            r"|[\u4e00-\u9fff]{2,6}(?:[.．][\u4e00-\u9fff]{2,6})+")  # (or dots: `专业团队.校长的话`)
RE_LATIN_FIELD = rx.compile(r"[A-Za-z][A-Za-z ]{1,15}\s*[:：]\s*\S{1,4}")  # `Tags: 生活`
RE_CAPS_NAME = rx.compile(r"\b[A-Z]{4,}(?:\s+[A-Z]{2,})*\s+[A-Z]{4,}\b")  # `HOTUNG SECONDARY SCHOOL`
RE_POINT = rx.compile(r"\s*(?:[一二三四五六七八九十百]+、|[（(][一二三四五六七八九十百\d]+[）)]|\d{1,2}[．、.](?!\d))")
MIN_FIELD_COLONS = 2  # on a line: its fields (`A股代码:601390 A股简称:某某`), no title
RE_NO_WORDS = rx.compile(r"[\d\s.,:%+-]*")  # `165 0`: counts with their labels gone
RE_ID_FIELD = rx.compile(r"\W{0,2}[\u4e00-\u9fff()（）]{2,8}\s*[:：]\s*[\w.\-/]*\d[\w.\-/]*")  # a label, an id




def is_token_bar(t: str) -> bool:
    """`沉浸阅读 护眼 长图模式`: three or more short words set apart, no title (a kicker's phrases
    are longer; a title spaced out by a PDF has one-character pieces)."""
    toks = t.split()
    return len(toks) >= MIN_BAR_TOKENS and all(2 <= len(x) <= MAX_BAR_WORD for x in toks) \
        and not any(x.isdigit() for x in toks)


MIN_BAR_TOKENS = 3
MAX_BAR_WORD = 4
