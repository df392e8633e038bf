"""What a site puts into the text's own column: a summary box over it (`摘要：…`) that the text
repeats, keyword links injected between its words, a numbered notice list under a `【下载声明】`
header that speaks of the site. Each is known by how it relates to the text or the site, not by
one site's words: a paper's abstract, which the text does not repeat, stays."""

from __future__ import annotations

from ..cache import rx
from ..tables import squash
from ..weblexicon import WebRules, phrase
from ..webui import talks_of_site
from .lines import INJECTED_LINK, Group
from .lists import RE_ITEM_NUMBER

RE_SUMMARY = rx.compile(r"\W{0,2}[【\[]?\s*(?:摘\s*要|内容摘要|内容提要|文章摘要|本文摘要|导读|提要)"
                        r"\s*[】\]]?\s*[:：]?\s*")
MIN_SUMMARY = 20  # a summary's length: a heading `摘要` alone, or a short label, is no box
KEY = 16  # the summary's first characters, squashed, that the text repeats
LOOK_AHEAD = 12  # lines under the summary where the text's opening is sought
LOOK_FROM = 12  # a summary stands in the page's first lines
MAX_NOTICE_HEADER = 10  # `【下载声明】`, `友情提示：`: a header, not a sentence
MIN_NOTICE_ITEMS = 2


def lead_boxes(groups: list[Group]) -> None:
    """A summary line in the page's first lines whose opening words the lines under it repeat
    (the text's first sentence, perhaps glued to a caption) is the site's lead box."""
    for i, g in enumerate(groups[:LOOK_FROM]):
        m = RE_SUMMARY.match(g.text) if g.rule is None else None
        if m is None or len(g.text) - m.end() < MIN_SUMMARY:
            continue
        key = squash(g.text[m.end():])[:KEY]
        if any(key in squash(x.text) for x in groups[i + 1:i + 1 + LOOK_AHEAD]):
            g.mark("web.summary-box")


RE_CLAUSE_START = rx.compile(r"\s*[,，]")
RE_KEYWORD = rx.compile(r"[^，。！？、；：,.!?;:“”「」]{2,12}")
MIN_INJECTED = 3  # a spam page injects its links again and again, close together
MAX_GAP = 6  # lines between two injections of one paragraph


def injected_links(groups: list[Group]) -> None:
    """Keyword links a spam page injects between the words of a paragraph (`…跟着民宿主人到菜园` /
    `花莲市区住宿` / `，中午吃有机蔬菜；…`): a short bare line between a line broken off mid-clause
    and one that goes on with a comma, three or more of them close together. (One such line, or
    two far apart, is a page's own: `…提升您的浏览器至` / `最新版本` / `，感谢您的配合。`)"""
    found = [i + 1 for i, (a, g, b) in enumerate(zip(groups, groups[1:], groups[2:], strict=False))
             if g.rule is None and RE_CLAUSE_START.match(b.text) and RE_KEYWORD.fullmatch(g.text.strip())
             and a.rule is None and a.text.rstrip()[-1:] not in "。！？!?…；;：:"]
    run: list[int] = []
    for i in [*found, None]:
        if i is not None and (not run or i - run[-1] <= MAX_GAP):
            run.append(i)
            continue
        if len(run) >= MIN_INJECTED:
            for k in run:
                groups[k].mark(INJECTED_LINK)
        run = [i] if i is not None else []


RE_NOTICE_HEADER = rx.compile(r"\W{0,2}[【\[]?\s*[\u4e00-\u9fff]{0,4}(?:声明|提示|说明|须知)\s*[】\]]?\s*[:：]?")


def notice_lists(groups: list[Group], web: WebRules) -> None:
    """A short header that names a notice (`【下载声明】`, `友情提示`, `温馨提示：`) over a numbered
    list most of whose items speak of the site (`本站全部试题类文档…`, `本站不支持迅雷下载…`): the
    site's download notice, the header and the whole list. A text's own `注意事项：` list speaks of
    its subject, and stays."""
    for i, g in enumerate(groups):
        t = g.text.strip()
        if g.rule is not None or len(t) > MAX_NOTICE_HEADER or RE_NOTICE_HEADER.fullmatch(t) is None:
            continue
        items = []
        for x in groups[i + 1:]:
            if not RE_ITEM_NUMBER.match(x.text):
                break
            items.append(x)
        if len(items) >= MIN_NOTICE_ITEMS and 2 * sum(talks_of_site(x.text, web) for x in items) > len(items):
            for x in (g, *items):
                if x.rule is None:
                    x.mark("web.notice-list")


INTRO = "web.editor-intro"
RE_PIECE_START = rx.compile(r"\s*(?:[【\[]\s*篇\s*[一二三四五六七八九十\d]{1,3}\s*[】\]]"
                            r"|第\s*[一二三四五六七八九十\d]{1,3}\s*篇)")
INTRO_REACH = 2  # the intro stands right under the title (and its stamp), over the first piece


def collection_intro(groups: list[Group], title: int, words: str, web: WebRules) -> None:
    """Under a 范文 collection's title, the site's offer of the collection (`…以下是小编整理的…，
    供大家参考。`), however long, over the first piece: a line that opens with the title's
    words (`开学典礼演讲稿1`), repeats the title, or numbers a piece (`【篇一】`, `第1篇：`). The
    same offer without a piece under it is left alone: it may be a text's own first paragraph."""
    rest = [k for k in range(title + 1, min(len(groups), title + 1 + 2 * INTRO_REACH)) if groups[k].rule is None]
    if len(rest) < 2 or len(key := squash(words)[:MIN_TITLE_KEY]) < MIN_TITLE_KEY:
        return
    g, piece = groups[rest[0]], squash(groups[rest[1]].text)
    if (p := phrase(g.text, web, strong_only=False)) is not None and p.id == INTRO \
            and (piece.startswith(key) or RE_PIECE_START.match(groups[rest[1]].text)):
        g.mark(INTRO)


MIN_TITLE_KEY = 6  # the title's first characters a piece heading opens with
