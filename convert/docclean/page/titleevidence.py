"""The evidence around a title candidate: a delivery line, byline or publish line under it (past
buttons, a subtitle, an author's name), a date alone, the text's first line over prose, a title
glued to a stop or a button's label; and what stands between a headline and the text."""

from __future__ import annotations

import re

from ..cache import rx
from ..model import Block, Document, Kind, Reason
from ..tables import squash
from ..weblexicon import WebRules
from ..webui import RE_DATE, is_issuer, is_prose, is_site_name
from .edges import RE_ANY_FIELD, RE_BOOK_CREDIT, RE_NUMBERED
from .lines import MAX_TITLE, RE_BYLINE, RE_DELIVERY, Group, is_subtitle
from .titleblock import RE_DATE_ALONE
from .titlelike import MIN_FIELD_COLONS, RE_COLON, first_words, is_token_bar, title_like
from .titlepairs import (
    MAX_COLUMN_LINE,
    MIN_SHARED,
    below,
    headline_over_name,
    past_buttons,
    related,
    shared_run,
)


def text_top(doc: Document, head: list[Group], n: int = 2) -> list[int]:
    """The indexes in `doc.blocks` of the first n lines under the head that hold text."""
    last = head[-1].blocks[-1] if head else None
    at = next((i for i, b in enumerate(doc.blocks) if b is last), -1) + 1
    return [i for i in range(at, len(doc.blocks)) if doc.blocks[i].text.strip()][:n]


def headline_on_top(doc: Document, head: list[Group], first: str, web: WebRules) -> Block | None:
    """The text's first line when it is a headline over the text and the head's only candidate
    a short line that shares none of its words (`校园活动报导` / `「某某学堂」启用，百年记忆薪火相传` /
    the report; `精品文档就在这里` / `某某岗位职责和流程标准` / `一.人员编制:`): the column's or the
    watermark's line, the headline under it. A numbered heading is the text's own."""
    lines = [doc.blocks[i] for i in text_top(doc, head)]
    if len(lines) < 2 or lines[0].kind is not Kind.LINE:
        return None
    t, nxt = lines[0].text.strip(), lines[1].text.strip()
    if len(t) <= MAX_COLUMN_LINE or not title_like(t, web) or RE_NUMBERED.match(t) or (first and related(first, t)) \
            or is_site_name(t, web):
        return None
    card = RE_ANY_FIELD.fullmatch(nxt.lstrip("•·*- \u3000"))  # (`• 挂号科室:内科消化科`: the entry's facts card)
    return lines[0] if RE_NUMBERED.match(nxt) or card or (len(nxt) > MAX_TITLE and is_prose(nxt)) else None


def trimmed_titles(head: list[Group], web: WebRules) -> dict[int, tuple[int, str]]:
    """Head lines that are titles but for what ends them, by index: where the title ends and
    the rule that cuts the rest (a headline's full stop; a button's label the scrape glued on,
    `铭记历史 珍惜当下 二维码`, set apart by a space)."""
    out = {}
    if (x := full_stop_title(head, web)) is not None:
        out[x] = (len(head[x].text.rstrip()) - 1, "title.full-stop")
    for i, g in enumerate(head):
        t = g.text.rstrip()
        if g.rule is None and len(g.blocks) == 1 and i not in out and len(parts := t.rsplit(None, 1)) == 2 \
                and parts[1] in web.ui_words and len(parts[0].strip()) > MAX_COLUMN_LINE \
                and title_like(parts[0], web) and not RE_ANY_DATE.search(parts[0]):
            out[i] = (len(parts[0]), "title.ui-tail")
    return out


def full_stop_title(head: list[Group], web: WebRules) -> int | None:
    """The head's first line of words when it is a title but for one `。` at its end and a later
    head line repeats eight of its characters in a row (`某某演讲稿(经典九篇)。` over
    `某某演讲稿 篇1`): a content site's headline with a full stop. A sentence is no title."""
    x = first_words(head)
    if x is None or len(head[x].blocks) != 1:
        return None
    t = head[x].text.strip()
    if not t.endswith("。") or t.endswith("。。") or not title_like(t[:-1], web) or re.search(r"[，,；;：:！!？?]", t):
        return None
    core = squash(t[:-1])
    return x if any(shared_run(core, squash(g.text), MIN_SHARED) for g in head[x + 1:]) else None


RE_ANY_DATE = rx.compile(r"\d{2,4}\s*年\s*\d{1,2}\s*月\s*\d{1,2}\s*日")  # (any era's year: `民国101年…`)
MAX_NAME_GAP = 24  # an author's name and post between a headline and its publish line
# `王文 某某大学研究院执行院长`: a name with a post (a bare name could be a wrapped title's second half)
RE_NAME_LINE = rx.compile(r"[\u4e00-\u9fff·]{2,4}\s*\S{0,16}(?:院长|主任|教授|研究员|书记"
                          r"|部长|局长|主席|总裁|董事长|总经理|博士|专家|学者|作家|评论员|记者|主编|编辑|创始人|所长|会长)")


def stamped(g: Group) -> bool:
    """A line the page pass took for the page's metadata (a publish stamp, its fields)."""
    return g.reason is Reason.METADATA and g.rule is not None


def occasion(g: Group) -> bool:
    """A publish line, delivery line or byline: what stands under a title."""
    t = g.text.strip()
    return stamped(g) or RE_DELIVERY.match(t) is not None or RE_BYLINE.match(t) is not None


def under_stamp(head: list[Group], x: int) -> bool:
    """Whether the head opens with the page's publish line or fields right over line x (`来源:某某日报
    时间:2013-10-14` / a deck): the scrape began under the headline, and a title never stands
    under its stamp."""
    return x > 0 and all(stamped(g) for g in head[:x]) \
        and RE_COLON.search(head[x - 1].text) is not None  # (fields: a date alone over a headline is a dateline)


def over_occasion(head: list[Group], x: int, web: WebRules, book: bool, under: dict[int, Group] | None) -> bool:
    """Whether line x stands over a delivery line, byline or publish line (past a button), over
    an author's name and post over the stamp, or over a stamp a rule pack took (a headline)."""
    k = below(head, x)
    if len(head[x].text.strip()) > MAX_COLUMN_LINE:  # (a headline: a label's value over its field is short)
        k = past_buttons(head, k)
    nxt = head[k] if k is not None else None
    if is_book_credit(head[x].text):
        return False  # `书名 / 某某 著` over a chapter's stamp: the book's credit, not the chapter's title
    if x > 0 and RE_DELIVERY.match(head[x - 1].text.strip()):
        return False  # `——2026年1月26日在某省第十四届` / `人民代表大会第五次会议上`: a delivery line's second half
    if nxt is not None and (occasion(nxt) or dated(head[x], nxt, web)):
        return True
    if nxt is not None and k is not None and is_subtitle(nxt.text.strip()) \
            and not any(w in web.ui_words for w in head[x].text.split()) \
            and (after := below(head, k)) is not None and stamped(head[after]):
        return True  # `标题` / `——从某某看某某` / the publish line: the subtitle between (no app bar over it)
    gap = nxt.text.strip() if nxt is not None and nxt.rule is None else ""
    if gap and len(line := head[x].text.strip()) > MAX_COLUMN_LINE \
            and len(gap) <= min(len(line), MAX_NAME_GAP) \
            and (RE_NAME_LINE.fullmatch(gap) or headline_over_name(line, gap)):
        after = past_buttons(head, below(head, k)) if k is not None else None
        if after is not None and stamped(head[after]):
            return True  # `标题` / `王文 某某研究院执行院长` / (a share bar) / the publish line
    # (a headline, longer than a name or a column, over a stamp, past its buttons; under a book's
    # credit, a chapter's stamp)
    last = (k if k is not None else len(head)) - 1  # the last button, or x itself
    gone = [g for j in range(x, max(x, last) + 1) if (g := (under or {}).get(id(head[j]))) is not None]
    return any(stamped(g) and RE_DATE.search(g.text) is not None for g in gone) \
        and len(head[x].text.strip()) > MAX_COLUMN_LINE and not book


def under_headline(g: Group) -> bool:
    """What stands between a headline and the text: the page's furniture, the text's header
    fields (`A股代码:… A股简称:…`), an author's name and post (`某某 主任医师 某某医院 内分泌科`)."""
    t = g.text.strip()
    return g.rule is not None or len(RE_COLON.findall(t)) >= MIN_FIELD_COLONS or is_token_bar(t) \
        or RE_NAME_LINE.fullmatch(t) is not None or RE_ANY_FIELD.fullmatch(t) is not None  # (`审核单位：某某`)


def dated(line: Group, nxt: Group, web: WebRules) -> bool:
    """A headline (longer than a column's name, no office's name) over a full date alone
    (`2024年3月5日`): the post's publish date under it. Under an issuing office, a date is the
    document's own header's."""
    t = line.text.strip()
    return nxt.rule is None and RE_DATE_ALONE.fullmatch(nxt.text.strip()) is not None \
        and len(t) > MAX_COLUMN_LINE and not is_issuer(t, web)


def is_book_credit(t: str) -> bool:
    """`书名 / 某某 著`, bracketed or not: a book's credit line (a chapter page's)."""
    return RE_BOOK_CREDIT.fullmatch(t.strip().strip("[]［］【】 ")) is not None
