"""The page around the text: what stands above the title and below the last paragraph
(repeats, link lists, comment threads, footers, menus rendered one item per line)."""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

from ..cache import rx
from ..model import Kind, Reason
from ..tables import squash
from ..webfields import is_stamp_line
from ..weblexicon import WebRules
from ..webui import (
    RE_CLOCK,
    RE_DATE,
    RE_SENTENCE_END,
    is_prose,
    is_related_header,
    is_shape_chrome,
    is_short_crumb,
    is_site_name,
    is_ui_only,
)
from .lines import (
    IN_TEXT,
    MAX_LINK,
    MAX_REPEATS,
    MAX_RESIDUE,
    MAX_TAIL_RESIDUE,
    MIN_FURNITURE,
    MIN_REPEAT,
    RE_ELLIPSIS_END,
    RE_LIST_MARK,
    Group,
    is_exclaimed_headline,
)

if TYPE_CHECKING:
    from .title import Title

MAX_REPEAT_CHECKS = 4


def tail_walk(groups: list[Group], web: WebRules) -> None:
    """From the end: copies of the title or body, UI lines, and link lists under a header."""
    k = len(groups) - 1
    pending: list[Group] = []  # maybe copies of body text, confirmed by furniture above them
    furniture = 0
    checks = 0  # each check reads the text above once: a few per page, never one per line
    while k > 0:
        g = groups[k]
        t = g.text.strip()
        if g.rule is not None or is_ui_only(t, web) or is_shape_chrome(t):
            furniture += 1
            if pending and (furniture >= MIN_FURNITURE or g.rule is not None):
                checks += 1
                if checks > MAX_REPEAT_CHECKS:
                    break
                above = squash("".join(x.text for x in groups[:k]))  # only now: most pages never get here
                if not all(squash(RE_ELLIPSIS_END.sub("", p.text.strip())) in above for p in pending):
                    break  # text of its own above the furniture: the body, where the walk ends
                for p in pending:
                    p.mark("web.repeat")
                pending.clear()
        elif len(t) >= MIN_REPEAT and len(pending) < MAX_REPEATS:
            pending.append(g)
        else:
            break
        k -= 1
    # A related-links header whose followers are all link titles or furniture.
    end = k
    for r in range(max(0, end - 60), len(groups)):
        if not is_related_header(groups[r].text, web):
            continue
        rest = groups[r + 1:]
        if all(x.rule is not None or link_like(x.text, headline=True) or is_ui_only(x.text, web)
               or is_shape_chrome(x.text) for x in rest):
            groups[r].mark("web.related")
            for x in rest:
                x.mark("web.related-link")
            break


RE_COMMENTS = rx.compile(r"^\W{0,2}(?:(?:(?:网友|用户|读者|最新|热门|全部|精彩|相关)?"
                         r"(?:评论|留言|跟帖|回帖|回复)(?:区|列表)?|发表评论|我要评论|写评论|我来说两句)"
                         r"\s*(?:[（(]\s*\d+\s*[）)]|\d+\s*条)?"
                         r"|[\u4e00-\u9fff]{2}(?:评论|留言)\s*(?:[（(]\s*\d+\s*[）)]|\d+\s*条))"  # `车友评论（160）`
                         r"\s*[:：]?\W{0,2}$")
MIN_COMMENT_STAMPS = 1
RE_STAT_VALUE = rx.compile(r"\d{1,9}")  # a bare number under a label
# a post's own buttons and counts (`支持[383]`, `反对[12]`, `赞1,356`, `回复 举报`): posts, not an author's text
RE_COMMENT_ACTION = rx.compile(r"(?:支持|反对|顶|踩)\s*[\[（(]\d[\d,]*[\]）)]|赞\s*\d[\d,]*\s*回复"
                               r"|回复\s*举报|举报\s*回复|\S\s+\d{1,5}\s*楼$"  # `车友某某 9楼`: a post's floor
                               r"|踩\s*\d+\s*赞\s*\d+|赞\s*\d+\s*踩\s*\d+"  # `踩0 赞83`
                               r"|^\d{1,2}\s*(?:分钟|小时|天)前(?:\s+(?:回复|赞|踩|举报)\s*\d*)*$")  # `4天前 回复 赞`
MIN_COMMENT_ACTIONS = 2


def comments(groups: list[Group], web: WebRules) -> None:
    """A comment thread in the last part of the page: its header, and every line after it when
    its posts carry stamps (a name and a time), which no text of an author's has."""
    first = int(len(groups) * 0.4)
    for i in range(len(groups) - 1, first - 1, -1):
        if groups[i].rule in (None, "web.ui") and RE_COMMENTS.match(groups[i].text.strip()):
            rest = groups[i + 1:]
            if rest and RE_STAT_VALUE.fullmatch(rest[0].text.strip()):
                return  # `回帖` / `436`: a poster's card's statistic, not the thread's header (nor any above it)
            if rest and all(x.rule == "web.ui" or is_ui_only(x.text, web) or is_shape_chrome(x.text)
                            for x in (groups[i - 1], rest[0])):
                return  # `分享` / `留言` / `列印`: a toolbar's button over the text, not the thread's header
            if sum(is_stamp_line(g.text) for g in rest) >= MIN_COMMENT_STAMPS \
                    or sum(RE_COMMENT_ACTION.search(g.text) is not None for g in rest) >= MIN_COMMENT_ACTIONS:
                groups[i].mark("web.comments")
                for g in rest:
                    g.mark("web.comments")
            return


def link_like(t: str, headline: bool = False) -> bool:
    """A link's title: short, no sentence's end (under a related-links header, a headline's
    `？` or `！` may end it: `…关联交易何解？`)."""
    t = t.strip()
    if headline and is_exclaimed_headline(t):
        return True
    return len(t) <= MAX_LINK and not re.search(r"[。！？!?]$", t)


MAX_HEADLINE = 40


MAX_CONTEXT_LINE = 30


def context(zone: list[Group], top: bool) -> None:
    """Above the title and below the text, a short line with furniture on both sides is furniture
    too; the file's own edge counts as furniture (the line right under the text, or right
    over the title, has the document on one side and stays). A closing date, signing office
    or document line never goes."""
    def open_(g: Group) -> bool:
        t = g.text.strip()
        return (g.rule is None and 0 < len(t) <= MAX_CONTEXT_LINE and not g.prose and not RE_DOC_OWN.search(t)
                and not RE_THIS_DOC.match(t)
                and not RE_SIGNATURE.search(t) and not RE_DATE.fullmatch(t) and g.blocks[0].kind is Kind.LINE)

    # One sweep each way (linear: a fixed point could take a sweep per line of a long zone).
    for order in (range(len(zone)), range(len(zone) - 1, -1, -1)):
        for i in order:
            g = zone[i]
            if not open_(g):
                continue
            before = zone[i - 1].rule not in IN_TEXT if i > 0 else top
            after = zone[i + 1].rule not in IN_TEXT if i + 1 < len(zone) else not top
            if before and after:
                g.mark("web.context")


def residue(zone: list[Group], tail: bool = False) -> None:
    """A short line between two chrome lines: a column name above the title, a footer's or
    a comment thread's leftovers below the text."""
    for a, g, b in zip(zone, zone[1:], zone[2:], strict=False):
        t = g.text.strip()
        if g.rule is None and a.rule not in IN_TEXT and b.rule not in IN_TEXT \
                and g.blocks[0].kind is Kind.LINE and not RE_THIS_DOC.match(t):
            if not tail and len(t) <= MAX_RESIDUE and not re.search(r"[，。、：:]", t):
                g.mark("web.column")
            elif tail and (len(t) <= MAX_TAIL_RESIDUE or (len(t) <= 2 * MAX_TAIL_RESIDUE
                                                           and not re.search(r"[。！？!?]", t))):
                g.mark("web.tail-residue")


# Lines of an official document's own header, which may stand above its title.
RE_DOC_HEADER = rx.compile(r"〔\d{4}〕|\[\d{4}\]\s*\d+\s*号|\d+号$|文件$|签发人|密级|绝密|机密|秘密|特急|加急|平急|"
                           r"^附件\s*\d*\s*[:：]?$|^（?此件|^编者按|^[一二三四五六七八九十]+、")
RE_THIS_DOC = rx.compile(r"^\s*[（(]?\s*此件")  # `（此件公开发布）`: how an official document says where it goes
# Lines only an official document has: its attachment line and its document number.
RE_DOC_OWN = rx.compile(r"^附\s*件\s*\d*\s*[:：]?$|〔\d{4}〕\s*\d+\s*号|\[\d{4}\]\s*\d+\s*号")
MAX_HEADER_LINE = 40
# A signing office or a closing date (落款): the text's own last lines.
RE_SIGNATURE = rx.compile(r"(?:人民政府|委员会|办公室|办公厅|人大常委会|政协|局|厅|部|委|院|所|中心|公司|学校|大学|学院"
                          r"|支部|党委|总支|协会|学会|联合会)$|^[〇○零一二三四五六七八九十]{4}年")


def crumbs(above: list[Group]) -> None:
    """Above the title, short parts on a crumb's separator are the page's path."""
    for g in above:
        if g.rule is None and is_short_crumb(g.text):
            g.mark("web.breadcrumb")


def above_title(above: list[Group], title: str = "", copies: tuple[str, ...] = ()) -> None:
    """Above a title the page itself vouches for, and above the page furniture that stands over
    it, a short line that is not a sentence nor an official document's own header line is the
    site's header. (The line right above a title may be its first half: it stays, unless
    furniture stands between them, it is a column's short name, or none of the title's copies on
    the page holds it. A line with the title's first words is a collection's piece heading,
    `某某讲话稿 篇1`, over a title the site repeats.)"""
    last = max((i for i, g in enumerate(above) if g.rule is not None), default=-1)
    few = sum(g.rule is None for g in above) <= MAX_BARE_HEADER  # (more: a page that begins inside its text, a poem)
    for i, g in enumerate(above):
        t = g.text.strip()
        # past the furniture, only a column's short name: a title's first half is longer
        # (no half of a Chinese title, wherever it stands: an English name, a bar `点击打印 | 返回原文`)
        no_half = RE_LATIN_NAME.fullmatch(t) is not None or RE_BAR_ITEMS.fullmatch(t) is not None \
            or (few and bool(copies) and len(squash(t)) <= MAX_NAV_LABEL and not t.endswith(("：", ":"))
                and all(squash(t) not in squash(c) for c in copies))
        if g.rule is None and (i < last or (i < len(above) - 1 and few and not holds_title_words(t, title))
                               or len(t) <= MAX_COLUMN_NAME or no_half) \
                and (len(t) <= MAX_HEADER_LINE or no_half) \
                and not is_prose(t) and not RE_SENTENCE_END.search(t) and not RE_DOC_HEADER.search(t):
            g.mark("web.site-header")
        elif g.rule is None and (i < last or bulleted(above, i)) and link_like(t, headline=True) \
                and len(t) <= MAX_HEADLINE and not re.search(r"[。；;]", t) and not RE_DOC_HEADER.search(t):
            g.mark("web.site-header")  # a headline of the site's news bar (`…跑趴！`, `…致癌？`), above its furniture


def holds_title_words(t: str, title: str) -> bool:
    """A line with the title's first words, or a piece's number at its end: a collection's piece
    heading (`某某演讲稿 篇1`), never the page's bar or header."""
    return (len(own := squash(title)) >= MIN_TITLE_WORDS and own[:MIN_TITLE_WORDS] in squash(t)) \
        or RE_PIECE.search(t) is not None


# a collection's piece heading: `国旗下演讲稿 篇1`, `…心得体会第3篇`
RE_PIECE = rx.compile(r"(?:篇\s*[一二三四五六七八九十百\d]{1,3}|第\s*[一二三四五六七八九十百\d]{1,3}\s*篇)\s*$")


MIN_TITLE_WORDS = 8  # the title's first words: enough not to meet them by chance


def bulleted(zone: list[Group], i: int) -> bool:
    """Whether the line stands under a bullet rendered on a line of its own (`·`): an item of the
    list above, not the first half of the title under it."""
    return i > 0 and zone[i - 1].rule is not None and RE_LIST_MARK.fullmatch(zone[i - 1].text.strip()) is not None


MAX_COLUMN_NAME = 4  # `博文`, `时事`, `要闻`
MAX_NAV_LABEL = 6  # `公开具体内容`, `行政 导航`: a label, not a kicker over the headline (`稳字当头 进中求好`)
MAX_BARE_HEADER = 3  # a site's header lines over a title with no furniture among them
RE_BAR_ITEMS = rx.compile(r"[^\s|｜]{2,8}(?:\s*[|｜]\s*[^\s|｜]{2,8}){1,5}")  # short items between bars
# `JIANGZHOU CONSTRUCTION INDUSTRY ASSOCIATION`, `某某研究院 Some Institute`: a site's name in English, over its title
RE_LATIN_NAME = rx.compile(r"(?:[\u4e00-\u9fff]{2,16}\s+)?[A-Za-z][A-Za-z.&'’-]*(?: [A-Za-z.&'’-]+){1,14}")


RE_NUMBERED = rx.compile(r"^\s*(?:[一二三四五六七八九十]+[、．.]|[（(][一二三四五六七八九十\d]+[）)]|\d+[、．.]"
                         r"|第[一二三四五六七八九十\d]+"
                         r"|\d{1,2}(?:\.\d{1,2}){0,3}\s+[\u4e00-\u9fff]{3,12}$"  # `1 基本情况`, not `19 跟贴`
                         r"|0x[0-9A-Fa-f]{1,4}\s*[\u4e00-\u9fff]{2,12}$)")  # `0x00 前言`: a programmer's section number


# a pronoun or particle a menu's nouns have none of (not `我`, `在`: `我的订单`, `在线服务`)
RE_VERSE_WORD = rx.compile(r"[你她他它了着吗呢吧啊也]")
MENU_SEEDS = ("web.ui", "web.menu", "web.breadcrumb", "web.menu-item", "web.column", "web.site-name")
MAX_MENU_ITEM = 8  # an item of a menu the page rendered one per line


def menu_items(above: list[Group]) -> None:
    """Above the title, short lines next to a menu are its items (`首页` / `要闻动态` / …), and a
    run of four or more such lines is a menu by itself, unless most of them speak like verse
    (`也和她有关` / `你在暮色中`: a poem's lines where a stored excerpt begins)."""
    def item(g: Group) -> bool:
        t = g.text.strip()
        return g.rule is None and 0 < len(t) <= MAX_MENU_ITEM and not re.search(r"[，。！？、：:；]", t)

    run: list[Group] = []
    for g in [*above, Group([])]:
        if g.blocks and item(g):
            run.append(g)
            continue
        if len(run) >= 4 and 2 * sum(RE_VERSE_WORD.search(x.text) is not None for x in run) < len(run):
            for x in run:
                x.mark("web.menu-item")
        run = []
    for order in (range(len(above)), range(len(above) - 1, -1, -1)):  # one sweep each way: linear
        for i in order:
            g = above[i]
            near = [x for x in (above[i - 1] if i else None, above[i + 1] if i + 1 < len(above) else None) if x]
            if item(g) and any(x.rule in MENU_SEEDS for x in near):
                g.mark("web.menu-item")


def after_end_mark(tail: list[Group]) -> None:
    """A press release's `完` (`（完）`, `- END -`) ends the text: a date or clock line right after
    it is the release's stamp (`2016年8月18日（星期四）` / `香港时间17时20分`)."""
    for i, g in enumerate(tail):
        if RE_END_MARK.fullmatch(g.text.strip()):
            for h in tail[i + 1:i + 3]:
                t = h.text.strip()
                if h.rule in (None, "web.ui", "web.shape") and len(t) <= MAX_STAMP_AFTER_END \
                        and (RE_DATE.search(t) or RE_CLOCK.search(t)) and not RE_SENTENCE_END.search(t):
                    h.relabel("web.stamp", Reason.METADATA)  # (a date with its weekday reads as UI words)
            return


RE_END_MARK = rx.compile(r"\W{0,3}(?:完|全文完|(?:THE\s*|The\s*)?(?:END|End|end))\W{0,3}")  # `（完）`, `- THE END -`
MAX_STAMP_AFTER_END = 30
# A kicker over a title (`立足新起点 奋进新征程`): phrases of four or more set apart by spaces, no name
RE_SLOGAN = rx.compile(r"[\u4e00-\u9fff]{4,8}(?:[ \u3000]+[\u4e00-\u9fff]{4,8}){1,3}")


RE_TOC_HEADER = rx.compile(r"\W{0,2}(?:本文|文章|词条)?目\s*录\W{0,2}")
RE_TOC_NUMBER = rx.compile(r"\d{1,2}(?:\.\d{1,2})?\.?")
MAX_TOC_ITEM = 16


def toc_box(head: list[Group]) -> None:
    """Above the text, an encyclopedia's contents box rendered one cell per line (`目录` / `1` /
    `正文` / `2` / `参考资料`): each bare number and the short item after it. A document's own
    contents (`一、总体要求`, with no bare numbers) are not this."""
    for i, g in enumerate(head):
        if g.rule is None or not RE_TOC_HEADER.fullmatch(g.text.strip()):
            continue
        j = i + 1
        while j + 1 < len(head) and RE_TOC_NUMBER.fullmatch(head[j].text.strip()):
            item = head[j + 1].text.strip()
            if len(item) > MAX_TOC_ITEM or RE_SENTENCE_END.search(item) or re.search(r"[：:，,]", item):
                break
            head[j].mark("web.toc")
            head[j + 1].mark("web.toc")
            j += 2
        return


FIELD_RULES = ("web.fields", "docsite.upload-date", "docsite.page-count", "web.stamp", "web.editor-credit")
# `科室：党委办公室`: a short label no list names, and a short value that is no sentence
RE_ANY_FIELD = rx.compile(r"[\u4e00-\u9fff]{2,6}\s*[：:]\s*[^，。！？；,;!?：:]{1,20}")


def credit_fields(tail: list[Group]) -> None:
    """Below the text, a `label：value` line right over or under two of the page's credit
    fields is one of them (`来稿：某报` / `编辑：某某` / `审核：某某`)."""
    for i, g in enumerate(tail):
        if g.rule is not None or not RE_ANY_FIELD.fullmatch(g.text.strip()):
            continue
        below, above = tail[i + 1:i + 3], tail[max(0, i - 2):i]
        if any(len(run) == 2 and all(x.rule in FIELD_RULES for x in run) for run in (below, above)):
            g.mark("web.fields", Reason.METADATA)


# `称: 某某会议`, `号: 词:`: a box's label cut to its last character by the page's layout, or a
# line of several labels (a headline's speaker, `某某：…`, has two characters or more, and one colon)
RE_BOX_LINE = rx.compile(r"[\u4e00-\u9fff]\s*[：:].{0,60}|[\u4e00-\u9fff]{1,6}\s*[：:].{0,60}[：:].{0,30}")
MIN_BOX_FIELDS = 2


def box_fields(head: list[Group]) -> None:
    """Above the text, a `label：value` line in one run with the page's field lines (a
    disclosure box, its labels unknown or cut: `号: 003087762/202401-00007 信息分类: …`) is one
    of them, when the run holds two fields the lexicon knows. A sentence is never one."""
    i = 0
    while i < len(head):
        j = i
        while j < len(head) and (head[j].rule in FIELD_RULES or (head[j].rule is None and box_line(head[j]))):
            j += 1
        run = head[i:j]
        if sum(g.rule in FIELD_RULES for g in run) >= MIN_BOX_FIELDS:
            for g in run:
                g.mark("web.fields", Reason.METADATA)
        i = max(j, i + 1)


def box_line(g: Group) -> bool:
    t = g.text.strip()
    return RE_BOX_LINE.fullmatch(t) is not None and not g.prose and RE_SENTENCE_END.search(t) is None


RE_BOOK_CREDIT = rx.compile(r"《?[^《》/／\s]{1,20}》?\s*[/／]\s*[\u4e00-\u9fff·]{2,8}\s*(?:著|编著|主编|编|撰|译)")


MAX_SITE_LINE = 40


def own_number(head: list[Group], i: int) -> bool:
    """A document's number on a line of its own (`某府发〔2017〕92号`: `号` ends an account's name
    too), not the value of a box's `文号：` label (on its line, or on the line above)."""
    t = head[i].text
    return RE_DOC_OWN.search(t) is not None and not RE_COLON.search(t) \
        and not (i > 0 and head[i - 1].text.rstrip().endswith(("：", ":")))


RE_COLON = rx.compile(r"[：:]")


def site_lines(head: list[Group], above: int, title: Title, web: WebRules) -> None:
    """The site's own name on a line of its head: any line of site-name wording above the
    title, and below it too a line that opens with the name the title's suffix gave; a column
    the suffix names (`标题_湃流号·时事_湃流新闻`) on a line of its own above the title."""
    site = title.site
    for i, g in enumerate(head):
        t = g.text.strip()
        if g.rule is None and g.blocks[0] is not title.block and not own_number(head, i) and (
                (i < above and is_site_name(t, web))
                or (site and t.startswith(site) and len(t) <= MAX_SITE_LINE and not is_prose(t))):
            g.mark("web.site-name")
        elif g.rule is None and i < above and t in title.suffix:
            g.mark("web.column")
