"""What each line is made of: strong evidence (holds anywhere), weak evidence (holds outside
the text), and where the text is (the span with the most prose for the least furniture)."""

from __future__ import annotations

import re

from ..cache import rx
from ..model import Reason
from ..tables import drop_space, squash, squash_marks
from ..webfields import Fields, is_stamp_line
from ..weblexicon import WebRules, phrase
from ..websuffix import split_site_suffix
from ..webui import (
    MAX_CRUMB_LINE,
    RE_COUNT,
    RE_DATE,
    RE_PAGE_COUNTER,
    RE_SENTENCE_END,
    RE_SEPARATORS_ONLY,
    is_banner,
    is_breadcrumb,
    is_caption,
    is_menu,
    is_related_header,
    is_shape_chrome,
    is_ui_only,
    talks_of_site,
)
from .edges import RE_DOC_OWN, RE_END_MARK, RE_SIGNATURE, RE_THIS_DOC
from .foot import MAX_SITE_SENTENCE
from .lines import (
    IMAGE_NAME,
    IMAGE_WORD_FIRST,
    IN_TEXT,
    MAX_PROMO,
    MAX_STRONG_PHRASE_LINE,
    MAX_TITLE,
    RE_DOTS,
    RE_HEADLINE,
    RE_IMAGE_NAME,
    RE_LIST_MARK,
    RE_MARKUP_ONLY,
    RE_TRAIL_SEP,
    RE_WEB_ADDRESS,
    Group,
    is_code,
    runs,
)
from .titleline import title_parts


def strong(g: Group, web: WebRules) -> None:
    """Evidence that holds anywhere on the page, inside the body too."""
    t = g.text.strip()
    if is_code(t):
        return  # a line of a program listed in the text: none of the page's wording is evidence there
    if ("." in t or "图" in t or t[:1] in IMAGE_WORD_FIRST) and RE_IMAGE_NAME.fullmatch(t):  # (most lines: none)
        g.mark(IMAGE_NAME)  # (a figure's stand-in: the text goes on around it, see `body_span`)
    elif is_caption(t, web):
        g.mark("web.caption")
    elif (web.breadcrumb.match(t) or RE_HOME_TRAIL.match(t)) and is_breadcrumb(t, web):
        g.mark("web.breadcrumb")
    elif is_related_header(t, web):
        if RE_INLINE_RELATED.match(t) and not RE_SENTENCE_END.search(t):
            g.mark("web.related-link")  # `延伸阅读：关于…的意见` inside the text: a link, not a sentence
        elif web.related.fullmatch(t) and not RE_TOPIC_RELATED.match(t):
            g.mark("web.related")  # a header alone on its line (`相关文章`, `推荐阅读：`), never a text's own heading
    elif RE_PAGE_COUNTER.fullmatch(t):
        g.mark("web.page-counter")
    elif RE_LOST_GLYPHS.fullmatch(t):
        g.mark("web.lost-glyphs")  # `������`: an emoji separator the page's encoding could not carry
    elif (len(t) <= MAX_STRONG_PHRASE_LINE
          or ("《" in t and len(RE_QUOTED_TITLE.sub("《》", t)) <= MAX_STRONG_PHRASE_LINE)) \
            and (p := phrase(t, web, strong_only=True)) is not None:  # a quoted title is no sentence of its own
        g.mark(p.id, Reason.METADATA if p.meta else Reason.CHROME)
    else:
        f = g.fields(web)
        if f is not None and RE_BRACKETED_LINE.fullmatch(t) and len(f.values) == 1 \
                and f.values[0][0] in ("author", "publisher"):
            g.mark("web.fields", Reason.METADATA)  # `（责编：某某）`, `（来源：某报）`: a credit set apart
        elif f is not None and len(f.values) == 1 and f.values[0][0] == "original":
            g.mark("web.fields", Reason.METADATA)  # `原标题：…`: a reprint's original headline, wherever it stands
        elif f is not None and sum(k != "contact" for k, _ in f.values) >= 2:
            meta = meta_kinds(f)
            # a stamp or the page's counts; `案号：… 案由：…` alone may be a court notice's own text
            if meta or all(k != "other" or RE_COUNT.fullmatch(re.sub(r"[\s,]", "", v)) for k, v in f.values):
                g.mark("web.fields", Reason.METADATA if meta else Reason.CHROME)


RE_HOME_TRAIL = rx.compile(r"\W{0,2}(?:网站)?首[页頁]\s*[>»›＞][^>»›＞]{1,16}[>»›＞]")  # `首页 > 要闻 > …`
RE_BRACKETED_LINE = rx.compile(r"[（(][^（()）]{2,60}[）)]")
# `相关规定`, `相关要求`: a heading an official text may have; `相关文章`, `相关新闻` are the page's
RE_TOPIC_RELATED = rx.compile(r"^\W{0,2}相关(?!文章|新闻|阅读|推荐|链接|报道|资讯|内容|专题|视频|图片|文档|范文"
                              r"|热词|标签)")
RE_LOST_GLYPHS = rx.compile(r"[\ufffd\s]*\ufffd[\ufffd\s]*\ufffd[\ufffd\s]*")  # two or more, nothing else
RE_QUOTED_TITLE = rx.compile(r"《[^《》]{1,100}》")
RE_INLINE_RELATED = rx.compile(r"^\W{0,2}(?:延伸阅读|相关阅读|相关链接|相关新闻|推荐阅读|相关报道|点击阅读|往期回顾"
                               r"|[上下]一?[篇条])"
                               r"\s*[:：]\s*\S")


def meta_kinds(f: Fields) -> bool:
    """Fields that give the front matter something: their line is a stamp, not mere chrome."""
    return any(k in ("date", "publisher", "author") and v for k, v in f.values)


def weak(g: Group, web: WebRules) -> None:
    """Evidence that counts outside the body only: what a line is made of."""
    if g.rule is None and (found := weak_of(g, web)) is not None:
        g.mark(*found)


def weak_of(g: Group, web: WebRules) -> tuple[str, Reason] | None:
    """`weak_rule` of a group's text, judged once (the body span and the marking both ask)."""
    if g.weak is False:
        twin = g.twin  # (a repeated line's reading is its first copy's, while their texts agree)
        g.weak = weak_of(twin, web) if twin is not None and twin.text == g.text else weak_rule(g, web)
    return g.weak


def weak_rule(g: Group, web: WebRules) -> tuple[str, Reason] | None:
    """The furniture a line is made of, if any (rule id and reason)."""
    t = g.text.strip()
    if RE_PLACEHOLDERS.fullmatch(t):
        return None  # `X X X X`: the author's placeholders (OUTPUT.md keeps them), no close buttons
    if "<" in t and RE_MARKUP_ONLY.fullmatch(t):
        return "web.markup", Reason.CHROME  # tags alone, outside the text
    if ("附" in t or "号" in t) and RE_DOC_OWN.search(t) \
            and not ((f := g.fields(web)) is not None and len(f.values) >= 2):  # (every match holds 附 or 号)
        return None  # an official document's own line (`附件`, `〔2024〕3号`), not an index's `文号：… 有效性：…`
    if is_ui_only(t, web):  # with a publish time in it, it is the page's stamp (`原创 2024-02-10 15:29`)
        return ("web.stamp", Reason.METADATA) if is_stamp_line(t) else ("web.ui", Reason.CHROME)
    if (f := g.fields(web)) is not None:
        return "web.fields", Reason.METADATA if meta_kinds(f) else Reason.CHROME
    if is_shape_chrome(t):
        return "web.shape", Reason.CHROME
    if RE_END_MARK.fullmatch(t):
        return "web.end-mark", Reason.CHROME  # `- THE END -` under the text
    if byline(t) is not None:
        return "web.byline", Reason.METADATA
    if is_stamp_line(t):
        return "web.stamp", Reason.METADATA
    for rule, judge in (("web.breadcrumb", is_breadcrumb), ("web.menu", is_menu), ("web.banner", is_banner),
                        ("web.related", is_related_header)):
        if judge(t, web):
            return rule, Reason.CHROME
    if not g.prose and (p := phrase(t, web, strong_only=False)) is not None:  # (prose first, kept: the cheaper test)
        return p.id, Reason.CHROME
    if is_promo(t, strict=False) and split_site_suffix(t, web) is None:  # (not `标题 | 某某新闻网 SOME.COM`)
        return "web.site-promo", Reason.CHROME  # a site's own line with its address
    return None


RE_PROMO_WORDS = rx.compile(r"网站|本站|本网|网址|下载|提供|收藏|访问|部落格|博客")
EDGE_GROUPS = 5  # the first and last lines of a file, where download sites put their own line


def is_promo(t: str, strict: bool = True) -> bool:
    """A line that gives a web address and speaks of the site (strict), or just gives one."""
    t = t.strip()
    # (an address holds its `.` or `:`; without one, `[\w-]+\.` would be tried from every character)
    return len(t) <= MAX_PROMO and ("." in t or ":" in t) and RE_WEB_ADDRESS.search(t) is not None \
        and not RE_SIGNATURE.search(t) and (not strict or RE_PROMO_WORDS.search(t) is not None)


# `文／记者 某某`, `某某新闻记者 | 某某`, `本报记者 某某`: a news article's byline
RE_REPORTER = rx.compile(r"^(?:文\s*[/／|｜]\s*(?:本报|特约)?(?:记者|通讯员)?\s*|.{0,12}(?:记者|编辑|作者|撰文|通讯员)"
                         r"(?:\s+|\s*[|｜/／]\s*))([\u4e00-\u9fff·]{2,5})(?:\s+(?:通讯员|记者)\s*[\u4e00-\u9fff·]{2,5})*$")
# `记者某某／南市报导`, `社会中心／综合报导`, `本报记者 某某 北京报道`: a desk's byline (its reporter named, or not)
RE_DESK_BYLINE = rx.compile(r"^(?:(?:本报|本台|本网)?(?:实习)?记者\s*([\u4e00-\u9fff·]{2,4})"
                            r"(?:[、，,\s]+[\u4e00-\u9fff·]{2,4})*|[\u4e00-\u9fff]{2,6}(?:中心|组|部))\s*[/／\s]\s*[\u4e00-\u9fff]{0,6}(?:报导|报道)$")


def byline(t: str) -> re.Match[str] | None:
    """A byline (`文／记者 某某`, `记者某某／南市报导`); its group 1 is the reporter when it names one."""
    t = t.strip()
    return RE_REPORTER.match(t) or RE_DESK_BYLINE.match(t)


RE_PLACEHOLDERS = rx.compile(r"[Xx]{1,3}(?:\s+[Xx]{1,3})+")
CODE_WEIGHT = 1  # a listing's lines keep the text's span going, however short
FURNITURE_WEIGHT = 40  # in characters of prose: what one line of furniture costs a span of text
MAX_PROSE_WEIGHT = 200
MIN_TEXT_PAST_BUTTONS = 2 * FURNITURE_WEIGHT  # a paragraph, not a page's one-line notice


def body_span(groups: list[Group], web: WebRules) -> tuple[int | None, int | None]:
    """The body: the span of lines with the most prose for the least furniture (the maximum
    subarray of prose length minus a fixed cost per furniture line, as body-text extraction
    does over HTML tags), trimmed to prose at both ends; prose outside it that talks about the
    site goes, other prose widens the span again. A record field (`【 标  题 】…？`) is no prose
    however it reads."""
    weights: list[int] = []
    buttons: set[int] = set()  # lines made only of UI words: menus, toolbars, buttons
    page_fields: set[int] = set()  # `label：value` lines of the page (publish time, DOI, counts)
    for g in groups:
        if g.rule is not None and g.rule in IN_TEXT:
            weights.append(0)  # an image's file name, an injected link: inside the text, not at its edge
        elif g.rule is not None:
            weights.append(-FURNITURE_WEIGHT)
        elif "<" in g.text and RE_MARKUP_ONLY.fullmatch(g.text.strip()):
            weights.append(0)  # tags alone: no text, and no furniture inside a tutorial's listing
        elif not weights and split_site_suffix(g.text, web) is not None:
            weights.append(-1)  # the <title> line with its site suffix: no prose (`定了！…_某某网`)
        elif g.prose and len(g.text) <= MAX_CRUMB_LINE and RE_TRAIL_SEP.search(g.text) and is_breadcrumb(g.text, web):
            weights.append(-FURNITURE_WEIGHT)  # a trail through a headline with commas
        elif g.prose and g.fields(web) is None and not is_stamp_line(g.text):  # `发信站: 某站 (日期 时刻), 站内`
            weights.append(min(len(g.text), MAX_PROSE_WEIGHT))
        elif is_code(g.text):
            weights.append(CODE_WEIGHT)  # a program's line goes on with the text around it
        elif not g.prose and (w := weak_of(g, web)) is not None:
            weights.append(-FURNITURE_WEIGHT)
            if w[0] == "web.ui":
                buttons.add(len(weights) - 1)
            elif w[0] == "web.fields":
                page_fields.add(len(weights) - 1)
        else:
            weights.append(-1)
    headlines_over_stamps(groups, weights, web)
    headline_runs(groups, weights)
    title_copies(groups, weights)
    best, best_span, cur, cur_start = 0, (None, None), 0, 0
    for i, w in enumerate(weights):
        if cur <= 0:
            cur, cur_start = 0, i
        cur += w
        if cur > best:
            best, best_span = cur, (cur_start, i)
    a, b = best_span
    if a is None or b is None:
        return None, None
    prose = [i for i in range(a, b + 1) if weights[i] > 0]
    start, end = prose[0], prose[-1]
    # Prose outside that span: a notice when it speaks of the site, its rights, its users;
    # otherwise it is text, and the body reaches out to it (what stands between is protected).
    for i, g in enumerate(groups):
        if (i < start or i > end) and g.rule is None and weights[i] > 0 and len(g.text) <= MAX_PROMO:
            if (p := phrase(g.text, web, strong_only=False)) is not None:
                g.mark(p.id)  # (by the phrase's own name: `web.paper-affiliation` is an author block's too)
            elif talks_of_site(g.text, web) and len(g.text.strip()) <= MAX_SITE_SENTENCE:
                g.mark("web.notice")
    # ... up to strong furniture (a copyright line, a related-links header, a comment thread):
    # prose past that is the page's, not the text's, and is only left alone.
    def furniture(i: int) -> bool:
        return groups[i].rule not in IN_TEXT

    while start > 0 and not furniture(start - 1):
        prev = next((i for i in range(start - 1, -1, -1) if furniture(i) or weights[i] > 0
                     or i in page_fields), None)
        if prev is None or furniture(prev) or prev in page_fields:
            break  # (above the text, the page's fields too: `DOI：…` over `引用本文：…` is the page's head)
        start = prev
    start = date_pieces_above(groups, start)
    while end + 1 < len(groups) and not furniture(end + 1):
        nxt = next((i for i in range(end + 1, len(groups)) if furniture(i) or weights[i] > 0
                    or i in buttons), None)
        if nxt is None or furniture(nxt):
            break
        if nxt in buttons:  # a line of buttons, then only a short line: `【打印此页】` / `反诈提醒：…`
            after = next((i for i in range(nxt + 1, len(groups)) if furniture(i) or weights[i] > 0), None)
            if after is None or furniture(after) or weights[after] < MIN_TEXT_PAST_BUTTONS:
                break
            nxt = after  # a paragraph of text past them: a list of UI-like words inside the text
        end = nxt
    return start, closing_end(groups, listed_end(groups, weights, start, end), web)


def date_pieces_above(groups: list[Group], start: int) -> int:
    """The text's start, moved up over its first date's pieces when it goes on from them
    (`9` / `月` / `23` / `日，来自…`: a date rendered a text node a line)."""
    if not RE_CONTINUED.match(groups[start].text.strip()):
        return start
    while start > 0 and groups[start - 1].rule is None and RE_DATE_PIECE.fullmatch(groups[start - 1].text.strip()):
        start -= 1
    return start


RE_DATE_PIECE = rx.compile(r"\d{1,4}|[年月日号]")
RE_CONTINUED = rx.compile(r"[年月日号]")  # a line that goes on from a date's pieces above it
RE_ENDS_DATED = rx.compile(RE_DATE.pattern + r"\s*[)）\]]?$")  # a list item's date at its end
MIN_LISTED_DATES = 2  # two dated items under a related-links header: a list of articles, not the text going on


def listed_end(groups: list[Group], weights: list[int], start: int, end: int) -> int:
    """A related-links header inside the span with dated items under it (`相关文章` / a headline /
    its teaser / `2019年11月03日` …) ends the text: the teasers' prose is the list's, however long."""
    for k in range(start + 1, end + 1):
        if groups[k].rule != "web.related":
            continue
        dated = sum(RE_ENDS_DATED.search(groups[i].text.strip()) is not None
                    for i in range(k + 1, min(len(groups), end + 2)))  # (the last teaser's date under the last prose)
        if dated >= MIN_LISTED_DATES:
            return max((i for i in range(start, k) if weights[i] > 0), default=end)
    return end


def headlines_over_stamps(groups: list[Group], weights: list[int], web: WebRules) -> None:
    """A headline right over its publish stamp (`…被端` / `2019年09月11日 某某传媒 …`) is the
    title block's, however it reads: no prose of the body (it is a title or stays where it was)."""
    for i in range(len(groups) - 1):
        t = groups[i].text.strip()
        if weights[i] <= 0 or len(t) > MAX_TITLE or RE_HEADLINE_STOP.search(RE_DOTS.sub("", t)):
            continue  # (`收下我的膝盖。。。`: an ellipsis ends a headline, a full stop does not)
        k = next((j for j in range(i + 1, min(len(groups), i + 1 + MAX_OVER_STAMP))
                  if groups[j].rule is None and not RE_SEPARATORS_ONLY.fullmatch(groups[j].text.strip())), None)
        # (weak_rule reads a stamp or fields only where is_stamp_line or fields() holds: a paragraph is spared it)
        if k is not None and (is_stamp_line(groups[k].text) or groups[k].fields(web) is not None) \
                and (w := weak_of(groups[k], web)) is not None and w[0] in ("web.stamp", "web.fields") \
                and w[1] is Reason.METADATA:
            weights[i] = -1  # (furniture between: `共 9926字，需浏览 20分钟` / `·` / `2020-12-08 17:37`)


RE_HEADLINE_STOP = rx.compile(r"[。；;]")
MAX_OVER_STAMP = 3  # lines from a headline to its stamp (the page's furniture between)
MAX_TITLE_LOOKAHEAD = 60


def title_copies(groups: list[Group], weights: list[int]) -> None:
    """The file's first line and its copy further down the head are the page's <title> and its
    on-page title, however they read (`英国独立游戏，…结合体验`): no prose of the body."""
    if not groups or not 0 < len(first := squash(groups[0].text)) <= MAX_TITLE:
        return
    # (or its title part: `标题-某某传媒`, `某某局_栏目_标题` over the on-page `标题`)
    targets = [first, *map(squash, title_parts(groups[0].text))]
    copy = next((i for i in range(1, min(len(groups), MAX_TITLE_LOOKAHEAD))
                 if squash_among(groups[i].text, targets)), None)
    if copy is not None:
        weights[0] = min(weights[0], -1)
        weights[copy] = min(weights[copy], -1)


def squash_among(text: str, targets: list[str]) -> bool:
    """`any(squash_is(text, x) for x in targets)` with the whitespace removed once for all of
    them: no target is met once the text without its whitespace is longer than the longest
    (the fold never shortens), which a prefix tells for a long line."""
    n = max(map(len, targets))
    if len(text) > 2 * n + 2 and len(drop_space(text[:2 * n + 2])) > n:
        return False
    t = drop_space(text)
    return len(t) <= n and squash_marks(t) in targets  # (squash past its whitespace, which is gone)


MIN_HEADLINE_RUN = 3
RE_DASHED_HEADLINE = rx.compile(r"[^。；;]{4,40}——[^。；;]{4,40}")  # `沧海奇零——南海科考日记`: a headline and its deck
MAX_HEADLINE_SHAPE = 2 * 40 + 2  # the longest line RE_DASHED_HEADLINE fullmatches (RE_HEADLINE's: 40)
MAX_LIST_GLUE = 3
RE_GLUE_PUNCT = rx.compile(r"[，。！？；：,.!?;:]")
RE_LISTED_TIME = rx.compile(r"\d{1,2}:\d{2}(?::\d{2})?|\d{1,2}-\d{1,2}|\d{4}[-/.]\d{1,2}[-/.]\d{1,2}")


def headline_runs(groups: list[Group], weights: list[int]) -> None:
    """Three or more headlines in a row (short lines that read as prose only for a `，`, `！`
    or `？`, none ending a sentence with `。`) are a list of links, not running text: they weigh
    as much as any line that is not prose (`热新闻` / `习近平会见…` / `十全十美！…`)."""
    def headline(i: int) -> bool:  # (a short line that is no prose at all may stand among them)
        t = groups[i].text.strip()
        if len(t) > MAX_HEADLINE_SHAPE:
            return False  # (no pattern below fullmatches a longer line: most of a page's text ends here)
        bare = weights[i] == -1 and groups[i].rule is None
        if (weights[i] > 0 or bare) and (RE_HEADLINE.fullmatch(t) is not None or RE_DASHED_HEADLINE.fullmatch(t)):
            return True
        # `11:09`, `12-29` beside a headline; a bullet rendered on a line of its own (`‧`)
        timed = groups[i].rule is None and RE_LISTED_TIME.fullmatch(t) is not None
        # (`第` / `101` / `期`: an item's number rendered a text node a line)
        glue = groups[i].rule is None and len(t) <= MAX_LIST_GLUE and RE_GLUE_PUNCT.search(t) is None
        return timed or glue or RE_LIST_MARK.fullmatch(t) is not None

    for i, j in runs(len(groups), headline):
        if j - i >= MIN_HEADLINE_RUN and sum(weights[k] > 0 for k in range(i, j)) >= MIN_HEADLINE_RUN - 1:
            for k in range(i, j):
                weights[k] = -1


CLOSING_STOPS = ("web.copyright", "web.comments", "web.related", "web.related-link")  # the page's own end
MAX_CLOSING_REACH = 30  # lines between the last prose and the text's closing: a notice's sections and 落款


def closing_end(groups: list[Group], end: int, web: WebRules) -> int:
    """The text's end reaches its own closing lines: a numbered section (`二、参会人员`) or the
    signing office and date (落款) below the last prose, before any strong furniture, bring the
    lines above them into the text (`时间：3月5日上午9:00`, `地点：…` of a meeting notice)."""
    last, crossed = end, False
    for i in range(end + 1, min(len(groups), end + 1 + MAX_CLOSING_REACH)):
        g = groups[i]
        if g.rule is not None:
            if g.rule in CLOSING_STOPS:
                break
            crossed = True  # a site's line between the office and its date (`【此帖已被版主加为精华】`) goes alone
            continue
        t = g.text.strip()
        if is_ui_only(t, web) or RE_DATED_LINK.fullmatch(t):
            break  # buttons (`【打印】 【关闭】`) or a dated link end the text: what is under is the page's
        if crossed:  # past the site's line, only the date and `（此件公开发布）` right under it are the text's
            if not (RE_CLOSING_DATE.fullmatch(t) or RE_THIS_DOC.match(t)):
                break
            last = i
            continue
        if RE_SECTION.match(t) or RE_CLOSING_DATE.fullmatch(t) or RE_THIS_DOC.match(t) or (
                RE_SIGNATURE.search(t) and len(t) <= MAX_SIGNATURE and not re.search(r"[：:]", t)
                and not is_ui_only(t, web)):  # `举报中心` in a footer's links is no signing office
            last = i
    return last


RE_DATED_LINK = rx.compile(r".{6,60}?\s+(?:19|20)\d{2}[-/.]\d{1,2}[-/.]\d{1,2}")  # `某某实施方案 2015-10-27`
RE_SECTION = rx.compile(r"^\s*(?:[一二三四五六七八九十]+、|第[一二三四五六七八九十]+[章节条部分])")
MAX_SIGNATURE = 30
RE_CLOSING_DATE = rx.compile(r"\s*(?:(?:19|20)\d{2}|[〇○零一二三四五六七八九]{4})\s*年"
                             r"\s*[\d一二三四五六七八九十]{1,2}\s*月\s*[\d一二三四五六七八九十]{1,3}\s*日\s*")


