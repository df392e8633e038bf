"""What the title chooser asks of a pair of head lines: whether one is a wrapped title's first
half, a column's name under a <title> line, the end of a breadcrumb, the site's name the <title>
line's suffix gives, a kind of document, or shares a title's words with another."""

from __future__ import annotations

import re

from ..cache import rx
from ..model import Document
from ..passes.base import Context
from ..tables import squash
from ..weblexicon import WebRules
from ..websuffix import RE_TITLE_SEP, split_bracketed
from ..webui import RE_BREADCRUMB_SEP, RE_SENTENCE_END, is_issuer, is_site_name
from .edges import RE_SLOGAN
from .lines import MAX_TITLE, Group
from .titleline import site_cut, site_of, unsuffixed


def names_site(line: str, page_title: Group, head: list[Group], web: WebRules, footer: str) -> bool:
    """Whether a line over the publish line holds the site's name that the <title> line's suffix
    gives, and nothing of the title (`某某之窗 首页 下载某某之窗`): the site's bar, no title."""
    cut = site_cut(page_title.text, page_title.blocks[0], head, web, footer)
    site = site_of(cut[1]) if cut else None
    return bool(site) and site in line and not related(cut[0], line.replace(site, ""))


MIN_KIND_TITLE = 6


def kind_line(cands: list[int], head: list[Group], ctx: Context) -> int | None:
    """The first candidate that names a kind of document (`…的讲话`, `…的通知`)."""
    kinds = ctx.rules.headings.subtitle_suffixes
    return next((x for x in cands if (t := head[x].text.strip()).endswith(kinds) and len(t) >= MIN_KIND_TITLE), None)


MIN_WHOLE = 1.5  # a compilation's title is much longer than its first text's (a reworded <title> is not)


def whole_of(first: Group, line: Group, doc: Document, head: list[Group], web: WebRules, footer: str) -> bool:
    """Whether the page's first line (its <title>) names a whole of which this line over the
    publish line is a part: the column its suffix names (`标题|某某新闻 · 宏观` over `宏观`), or
    a compilation whose title holds this text's title and another the page shows further down
    (`…讲话稿和…讲话稿合编`). A <title> that merely words the same title longer is no whole."""
    text, part = first.text.strip(), squash(line.text)
    if len(part) < MIN_SHARED:
        sep = RE_TITLE_SEP.search(text)
        return sep is not None and part in squash(text[sep.end():])
    cut = site_cut(text, first.blocks[0], head, web, footer)
    whole = squash(cut[0] if cut else text)
    if len(whole) < MIN_WHOLE * len(part) or not shares_words(whole, part):
        return False
    covered = [False] * len(whole)  # the characters of `whole` in a run it shares with `part`
    for k in range(len(whole) - MIN_SHARED + 1):
        if whole[k:k + MIN_SHARED] in part:
            covered[k:k + MIN_SHARED] = [True] * MIN_SHARED
    rest = "".join(c for c, done in zip(whole, covered, strict=True) if not done)
    after = doc.blocks[next(i for i, b in enumerate(doc.blocks) if b is line.blocks[0]) + 1:]
    return any(len(t := squash(b.text)) <= MAX_TITLE and t != part and shared_run(t, rest, MIN_SHARED) for b in after)


MIN_FIRST_HALF = 8


def join_wrapped(head: list[Group], cands: list[int], chosen: int, web: WebRules, page_title: int | None) -> int:
    """The chosen line and the line above it, when that is the first half of one wrapped title."""
    if chosen - 1 not in cands or not first_half(head[chosen - 1].text, head[chosen].text, web, page_title is not None
                                                 and squash(unsuffixed(head[page_title].text, web))):
        return chosen
    above = head[chosen - 1].blocks[0]
    above.text = above.text.rstrip() + head[chosen].blocks[0].text.strip()
    head[chosen].blocks[0].text = ""
    head[chosen - 1].changed()
    head[chosen].changed()
    return chosen - 1


RE_INNER_MARK = rx.compile(r"[，！？：,!?:](?=.)")  # a mark inside the line, not only at its end
RE_ACCOUNT = rx.compile(r"[\u4e00-\u9fff·A-Za-z]{2,6}")


def headline_over_name(above: str, line: str) -> bool:
    """`英国美女…太痛苦，转行当美人鱼！每小时收入近千元` over `加拿大必读`: a headline with marks of
    its own over an account's short name, not a title's two halves (`关于做好春节期间各项` / `工作的通知`)."""
    return RE_INNER_MARK.search(above.strip()) is not None and RE_ACCOUNT.fullmatch(line.strip()) is not None


def first_half(above: str, line: str, web: WebRules, page_title: str | None) -> bool:
    """Whether `above` is the first half of a title wrapped over two lines: the <title> line says
    so when there is one; else it is a title-like line of its own that no kicker, column or site
    name is (`在全县优化营商环` / `境工作会议上的讲话稿`)."""
    a, b = above.strip(), line.strip()
    if headline_over_name(a, b):
        return False
    joined = squash(a + b)
    if page_title and (column := split_bracketed(page_title)) is not None:
        page_title = column[0]  # `【工作总结】标题`: the column is no part of the title
        return joined == page_title or (page_title.startswith(joined) and len(joined) > len(squash(b)))
    # (a wrapped line is full: as long as what wrapped, and longer than a column name)
    return (len(a) >= MIN_FIRST_HALF and len(a) >= len(b) and len(a) + len(b) <= MAX_TITLE
            and not RE_SENTENCE_END.search(a[-1:]) and not is_issuer(a, web)
            and not RE_SLOGAN.fullmatch(a) and not is_site_name(a, web) and " " not in a
            and not re.search(r"[：:，,、》」』”]$", a) and not re.match(r"[（(《「『“—-]", b)
            and not b.startswith(TITLE_OPENERS)  # `某某一般讨论` / `关于…`: a board's name over a title
            and not a.endswith(CRUMB_ENDS))  # `某某考试网中考舟山中考正文`: a trail that lost its marks


TITLE_OPENERS = ("关于",)  # a line opening so starts a title (an issuing office above it is no half either)
CRUMB_ENDS = ("正文", "内容详情")  # where a page's path ends: at the text itself


MAX_CRUMB_GAP = 3


def column_under(head: list[Group], cands: list[int], x: int, web: WebRules) -> bool:
    """Whether line x is a column's short name under a longer title on the file's first line
    (its <title>, the page showing no headline of its own) that it has no part of."""
    line, first = head[x].text.strip(), unsuffixed(head[0].text, web) if cands and cands[0] == 0 < x else ""
    return len(line) <= MAX_COLUMN_LINE < len(first) and not related(first, line)


def crumb_end(head: list[Group], cands: list[int]) -> int | None:
    """The head's last line, right over the text, when a breadcrumb just above ends in it
    (`首页 > 创作与研究 > 历任画家 > 齐白石(已故)` / `齐白石(已故)`): the page names it twice."""
    y = len(head) - 1
    if y not in cands:
        return None
    line = squash(head[y].text)
    for g in head[max(0, y - MAX_CRUMB_GAP):y]:
        parts = [p for p in RE_BREADCRUMB_SEP.split(g.text.strip()) if p.strip()]
        if g.rule == "web.breadcrumb" and len(parts) >= 2 and squash(parts[-1]) == line:
            return y
    return None


MIN_RELATED = 4
MAX_COLUMN_LINE = 8  # `工作动态`, `领导讲话`: a column's name over the publish line, never a text's title
MAX_REPEATED_COLUMN = 12  # a column's name the menu and the path repeat
MIN_SHARED = 8


def shared_run(short: str, long_: str, n: int) -> bool:
    """Whether `long_` holds `n` characters of `short` in a row (the whole of it when shorter)."""
    return any(short[k:k + n] in long_ for k in range(0, max(1, len(short) - n + 1)))


def related(a: str, b: str) -> bool:
    """Whether two lines share four characters in a row (a title and its shorter on-page form)."""
    x, y = sorted((squash(a), squash(b)), key=len)
    return shared_run(x, y, MIN_RELATED)


def shares_words(above: str, line: str) -> bool:
    """A longer line right above that holds eight characters of this one in a row."""
    a, b = squash(above), squash(line)
    return len(a) > len(b) and shared_run(b, a, MIN_SHARED)


MAX_COUNTER_GAP = 2  # short lines between a thread's counter and its title (`收起左侧`)
MAX_BUTTONS = 10  # buttons between a headline and its stamp (`[复制链接]`, a share bar one button a line)
BUTTON_RULES = ("web.ui", "web.shape", "web.share-bar")
RE_SYMBOL = rx.compile(r"[^\w\s]{1,2}|[\d\s]+")  # a button's icon left as a mark (`+`, `✕`), its counts (`22 59`)
RE_THREAD_COUNTS = rx.compile(r"(?:查看|阅读|浏览|点击|人气)\s*[:：]?\s*\d+\s*[|｜/,，]?\s*"
                              r"(?:回复|回帖|评论)\s*[:：]?\s*\d+")


def below(head: list[Group], x: int) -> int | None:
    """The index of the next line under line x that holds text."""
    return next((k for k in range(x + 1, len(head)) if head[k].text.strip()), None)


def under_counter(head: list[Group], x: int) -> bool:
    """Whether line x stands under a thread's counter (`查看: 2937|回复: 6`), at most a
    sidebar toggle or two between them (short lines: a title is longer)."""
    for k in range(x - 1, max(-1, x - 2 - MAX_COUNTER_GAP), -1):
        if head[k].rule == "web.fields" and RE_THREAD_COUNTS.search(head[k].text):
            return True
        if len(head[k].text.strip()) > MAX_COLUMN_LINE:
            return False
    return False


def past_buttons(head: list[Group], k: int | None) -> int | None:
    """Line k, or the line under the page's buttons there (`[复制链接]` between a headline and its
    publish line): a button the UI lexicon took says nothing about what stands above it."""
    for _ in range(MAX_BUTTONS):
        t = head[k].text.strip() if k is not None else ""
        if k is None or (head[k].rule not in BUTTON_RULES and not RE_SYMBOL.fullmatch(t)) \
                or (len(t) > MAX_COLUMN_LINE and head[k].rule != "web.shape"):  # (a shape: a URL, a rule)
            return k
        k = below(head, k)
    return k
