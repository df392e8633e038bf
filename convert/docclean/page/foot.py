"""The page's foot, below the text: the footer after its first furniture, the lines under the
last line only a site writes, the walk up from the page's last line, and the list of links
there. Each stops at the text's own closing lines (落款, `附件`, a chronology)."""

from __future__ import annotations

import re

from ..cache import rx
from ..model import Kind
from ..tables import squash
from ..webfields import fields, names_person, office_fields
from ..weblexicon import WebRules
from ..webui import RE_DATE, RE_SENTENCE_END, RE_URL, is_issuer, is_prose, talks_of_site
from .edges import MAX_HEADER_LINE, RE_COLON, RE_DOC_HEADER, RE_DOC_OWN, RE_NUMBERED, RE_SIGNATURE
from .lines import IMAGE_NAME, INJECTED_LINK, MAX_PROMO, RE_CLOSED, RE_SALUTATION, Group, is_exclaimed_headline

# a separator, a bare link, a photo's credit, an image's file name: no footer yet
WEAK_TRIGGERS = ("web.repeat", "web.shape", "web.caption", IMAGE_NAME, INJECTED_LINK)


RE_FILE_END = rx.compile(r"\.(?:docx?|pdf|pptx?|xlsx?|txt|wps)\s*$", re.I)
RE_SECTION = rx.compile(r"\d{1,2}(?:\.\d{1,2})*\s*[.、．]\s*[\u4e00-\u9fff]{2,12}$")  # `2.1.研究背景`
MAX_FILE_SUFFIX = 16  # what a doc site adds to the file's name: `Word文档下载推荐.doc`


def is_title_copy(t: str, title: str | None) -> bool:
    """The title again as a file's name (`标题finalWord文档下载推荐.doc`): below the text, a document
    site's preview starts under it. (A sidebar's copy of the title has no extension; `3 条评论 针对
    这篇 “标题”` quotes it: a comment thread's header.)"""
    if not title or len(t) > len(title) + MAX_FILE_SUFFIX or RE_FILE_END.search(t) is None:
        return False
    return squash(t).startswith(squash(title))


def footer(tail: list[Group], web: WebRules, title: str | None = None) -> None:
    """Below the text, after the first line of page furniture, what is not a sentence is furniture
    (a closing date or signing office stays: they belong to the text). A copy of the title there
    is a document site's file name over the document's own preview: the footer ends above it."""
    first = next((i for i, g in enumerate(tail) if g.rule is not None and g.rule not in WEAK_TRIGGERS), None)
    while first is not None and tail[first].rule in IN_COLUMN \
            and (last := max((k for k in range(first + 1, len(tail)) if text_line(tail[k])), default=None)) is not None:
        # a read-more link between two items of a collection: the text goes on below it, and
        # the footer, if any, starts at furniture below the text's last sentence
        first = next((i for i in range(last + 1, len(tail))
                      if tail[i].rule is not None and tail[i].rule not in WEAK_TRIGGERS), None)
    if first is None or any(g.rule is None and RE_SALUTATION.match(g.text.strip()) for g in tail[first + 1:]):
        return  # (`亲爱的朋友们：` below: a speech starts there, under its title; no footer says that)
    for g in tail[first + 1:]:
        t = g.text.strip()
        if RE_DOC_OWN.search(t):
            return  # `附件`: what follows is the document's attachment, not the page's footer
        if g.rule is None and is_title_copy(t, title):
            return  # `标题finalWord文档下载推荐.doc` over the preview
        if RE_PREVIEW_LABEL.match(t):
            g.mark("web.footer")
            return  # `资源描述：` over the document's preview: what follows is the document
        if g.rule is None and len(t) <= MAX_HEADER_LINE and (not RE_SENTENCE_END.search(t[-1:]) or teaser(t)) \
                and not RE_DOC_HEADER.search(t) and not RE_DATE.fullmatch(t) and not RE_SECTION.match(t) \
                and (not RE_SIGNATURE.search(t) or RE_HOST_LABEL.match(t)):  # `主办：某某办公室` signs nothing
            g.mark("web.footer")
        elif g.rule is None and len(t) <= MAX_PROMO and office_fields(t, web) is not None:
            g.mark("web.footer")  # the site's address, phones and hours
    offices_among_furniture(tail[first + 1:])


# A document site's label over its preview of the document's text
RE_PREVIEW_LABEL = rx.compile(r"\W{0,2}(?:资源|文档|资料|内容|正文|在线)(?:描述|简介|介绍|预览)\W{0,2}\s*[:：]?\s*$")


def text_line(g: Group) -> bool:
    """A long line of the text's that ends a sentence (an English one too): no footer above it."""
    t = g.text.strip()
    return g.rule is None and len(t) > MAX_HEADER_LINE and (
        RE_SENTENCE_END.search(t[-1:]) is not None or (t.endswith(".") and t.count(" ") >= MIN_ENGLISH_WORDS))


MIN_ENGLISH_WORDS = 6
IN_COLUMN = ("web.read-more", "web.more-link")  # furniture that stands between a collection's items


def offices_among_furniture(tail: list[Group]) -> None:
    """Below the footer's first furniture, a run of office names with furniture right above and
    right below (`主任药师` / `药学部` / `某某医院` / `三甲` on a doctor's card) is the page's: a
    document's signing office stands under its text and over its date."""
    for i in range(1, len(tail) - 1):
        if tail[i].rule is not None or tail[i - 1].rule is None or not names_office(tail[i].text):
            continue
        j = i
        while j < len(tail) and j - i < MAX_OFFICE_RUN and tail[j].rule is None and names_office(tail[j].text):
            j += 1
        if j < len(tail) and tail[j].rule is not None and tail[j].rule not in WEAK_TRIGGERS \
                and not RE_DATE.search(tail[j].text):
            for g in tail[i:j]:
                g.mark("web.footer")


def names_office(text: str) -> bool:
    """A short line (a paragraph is never searched) that ends on an office's name, with no date."""
    t = text.strip()
    return len(t) <= MAX_HEADER_LINE and RE_SIGNATURE.search(t) is not None and RE_DATE.search(t) is None


MAX_OFFICE_RUN = 3


def owner_block(tail: list[Group], web: WebRules) -> None:
    """Below the text, the name the page's copyright line gives its owner, alone on a line, and
    the short `label：value` lines under it down to the page's furniture (`某某中心` / `某校区：
    某某楼` / `地点：…`): the site's own address block. A date or a person's name there makes
    it the text's closing (a notice signed by the site's owner) and all of it stays."""
    owners = [g.text for g in tail if g.rule == "web.copyright"]
    if not owners:
        return
    for i, g in enumerate(tail):
        t = g.text.strip()
        if g.rule is not None or not is_issuer(t, web) or not any(t in o for o in owners):
            continue
        j = next((k for k in range(i + 1, min(len(tail), i + 1 + MAX_ADDRESS_BLOCK)) if tail[k].rule is not None), None)
        block = tail[i + 1:j] if j is not None else []
        if block and all(is_address_line(x.text.strip(), web) for x in block):
            for x in (g, *block):
                x.mark("web.footer")
            return


def is_address_line(t: str, web: WebRules) -> bool:
    """A short `label：value` line of no sentence that names no person and gives no date."""
    return len(t) <= MAX_ADDRESS_LINE and re.search(r"[：:]", t) is not None and not RE_SENTENCE_END.search(t) \
        and not RE_DATE.search(t) and not names_person(t, web)


MAX_ADDRESS_LINE = 40
MAX_ADDRESS_BLOCK = 12  # an address block's lines under the owner's name (a bound: the scan stays linear)


def teaser(t: str) -> bool:
    """`九合一大选最新消息看这里！`: a headline that ends in ！ or ？ and no sentence before it: a link
    (`is_exclaimed_headline` already holds no 。 or ；)."""
    return is_exclaimed_headline(t) and not RE_EXCLAIMED.search(t[:-1])


RE_EXCLAIMED = rx.compile(r"[！？!?]")


RE_HOST_LABEL = rx.compile(r"\W{0,2}(?:主管|主办|承办|协办|运维|运行维护|网站维护|技术支持)(?:单位)?\s*[:：]")
SITE_ONLY_RULES = ("web.comments", "web.related", "web.link-list", "web.breadcrumb")
MAX_SITE_SENTENCE = 60  # a prompt or a notice, not a paragraph (a longer one that names a website is text)


def past_site_line(tail: list[Group], web: WebRules, title: str | None = None) -> None:
    """Below the text, under the last line only a site writes (a copyright, a QR or login
    prompt, a comment thread) past any paragraph, every short line is the site's
    (`温馨提示：…`, `欢迎投稿`): no text goes on under its page's foot. A signing office, a
    date, `附件`, a speech's salutation (`亲爱的朋友们：`) or the title's copy over a document's
    preview there means the text does, and all stay."""
    last_long = max((i for i, g in enumerate(tail) if g.rule is None and len(g.text.strip()) > MAX_SITE_SENTENCE),
                    default=-1)
    k = next((i for i in range(len(tail) - 1, last_long, -1)
              if tail[i].rule in web.strong_ids or tail[i].rule in SITE_ONLY_RULES), None)
    if k is None:
        return
    rest = [g for g in tail[k + 1:] if g.rule is None]
    if any(RE_DOC_OWN.search(t := g.text.strip()) or RE_SIGNATURE.search(t) or RE_DATE.fullmatch(t)
           or RE_SALUTATION.match(t) or is_title_copy(t, title) for g in rest):
        return
    for g in rest:
        g.mark("web.footer")


def end_walk(groups: list[Group], web: WebRules) -> None:
    """From the page's last line up: furniture, lines that are no sentence, and short sentences
    that speak of the page or to its reader (`本站法规仅供参考`, `求月票，感谢书友支持！`) are the
    page's foot. The walk stops at the text: a longer sentence, one that does not speak of the
    page (`谢谢大家！`), the document's own closing lines (落款, `附件`), or a heading."""
    bare: list[Group] = []  # the run of short bare lines marked last, given back if it grows to a poem's length
    furniture = False  # a line of the page's furniture below: else the page may be cut inside its text
    for k in range(len(groups) - 1, -1, -1):
        g = groups[k]
        t = g.text.strip()
        if g.rule is not None:
            bare = []
            furniture = furniture or g.rule not in WEAK_TRIGGERS
            continue
        if not furniture and len(t) <= MAX_PROMO and runs_on(groups, k):
            for x in bare:  # (and the short lines under it are the text's too)
                x.rule = None
            return  # a stored excerpt cut inside its text: `请大家互相转告通知，` / `愿大家都能`
        if len(t) <= MAX_OFFICE_NAME and RE_SIGNATURE.search(t) and (j := office_list(groups, k)) is not None:
            for x in groups[j:k + 1]:  # `某某美术馆` / `某某研究中心` / `某某纪念馆`: links, dated by none
                x.mark("web.link-list")
            bare = []
            continue
        if len(t) > MAX_PROMO or RE_DOC_OWN.search(t) or RE_SIGNATURE.search(t) or RE_DATE.search(t) \
                or RE_NUMBERED.match(t) or RE_DOC_HEADER.search(t) or RE_YEAR_ENTRY.match(t):
            return  # (the length first: the text's last paragraph may be a whole flattened page)
        colon = re.search(r"[：:]", t) is not None
        f = fields(t, web, contact_ok=True) if colon else None
        if f is not None and len(f.values) >= MIN_FOOTER_FIELDS and not names_person(t, web):
            g.mark("web.footer")  # `急救电话：120 投诉电话：…`: the site's own contacts, several to a line
        elif colon and is_site_contacts(t, web) and contacts_under_furniture(groups, k, web):
            g.mark("web.footer")  # contacts between a link list and the footer: the site's, not the text's
        elif colon or RE_SENTENCE_END.search(t) or is_prose(t) or RE_CLOSED.match(t):
            if not talks_of_site(t, web) or len(RE_URL.sub("", t)) > MAX_SITE_SENTENCE:  # (its address aside)
                return  # a sentence, a note `（本文作者单位：…）`, a field `联系电话：…`, a paragraph of the text
            g.mark("web.notice")
        elif len(t) <= MAX_HEADER_LINE and g.blocks[0].kind is Kind.LINE:
            g.mark("web.footer")
            bare.append(g)
            if len(bare) >= MAX_BARE_FOOTER_RUN:  # a poem's lines or a list of the text's, not a footer's links
                for x in bare:
                    x.rule = None
                return
        else:
            return


def runs_on(groups: list[Group], k: int) -> bool:
    """The line goes on with the text above it: it ends on a clause mark, or the line above
    does (a sentence broken over lines), or it keeps the paragraph indent of the prose above
    it. A site's links and notices end no line on `，`, and no footer is indented like the text's
    paragraphs."""
    t = groups[k].text.strip()
    if t[-1:] in CLAUSE_MARKS or RE_INNER_CLAUSE.search(t):
        return True  # (`用户3.4亿、光缆线路550`: a sentence's piece; a link or a label has no clause in it)
    if RE_QUOTED.search(t):
        return True  # `陆运会「校庆同乐接力赛」反应热烈`: the text quotes, a footer's link does not
    above = groups[k - 1] if k else None
    if above is None or above.rule is not None:
        return False
    if above.text.strip()[-1:] in CLAUSE_MARKS:
        return True
    if k == len(groups) - 1 and text_line(above) and not RE_COLON.search(t):
        return True  # the page's last line right under a paragraph, no label in it: a cut text's next subhead
    indent = groups[k].blocks[0].indent
    if indent >= MIN_PARAGRAPH_INDENT and any(
            x.prose and x.blocks[0].indent == indent for x in groups[max(0, k - PROSE_LOOKBACK):k] if x.rule is None):
        return True
    j = k - 1  # the head of the run of short lines that holds this one
    while j >= 0 and groups[j].rule is None and k - j <= MAX_BARE_FOOTER_RUN and is_short_bare(groups[j].text.strip()):
        j -= 1
    if j < 0 or groups[j].rule is not None:
        return False
    head = groups[j].text.strip()
    return head[-1:] in INTRO_MARKS  # `附海子诗歌四首：` / `《房屋》` / `你在早上`: a list or poem under its intro


def is_short_bare(t: str) -> bool:
    return len(t) <= MAX_HEADER_LINE and RE_SENTENCE_END.search(t) is None and t[-1:] not in INTRO_MARKS


INTRO_MARKS = "：:"
RE_INNER_CLAUSE = rx.compile(r"[\u4e00-\u9fff\d][，、,][\u4e00-\u9fff]")  # (a scrape may keep the half-width comma)
RE_QUOTED = rx.compile(r"「[^」]+」|“[^”]+”")
CLAUSE_MARKS = "，、,"  # (not `：`: a label ends on it; not `；`: a list's items do)
MIN_PARAGRAPH_INDENT = 2.0  # two CJK cells: a Chinese paragraph's first-line indent
PROSE_LOOKBACK = 8  # lines above searched for a paragraph of prose with the same indent


MIN_OFFICE_LIST = 3  # offices in a row under no date: a list of links; a joint document's signers sit over its date
MAX_OFFICE_NAME = 20


def office_list(groups: list[Group], k: int) -> int | None:
    """The first line of a run of office names ending at line k, when the run holds three or
    more (the foot's walk reached k from below, so no date stands under them)."""
    j = k
    while j > 0 and groups[j - 1].rule is None and is_office_name(groups[j - 1].text.strip()):
        j -= 1
    n = k + 1  # (with the names under k the walk already took as the footer's)
    while n < len(groups) and groups[n].rule == "web.footer" and is_office_name(groups[n].text.strip()):
        n += 1
    return j if is_office_name(groups[k].text.strip()) and n - j >= MIN_OFFICE_LIST else None


def is_office_name(t: str) -> bool:
    if not 0 < len(t) <= MAX_OFFICE_NAME:
        return False  # (the length first: a paragraph is never searched)
    named = RE_SIGNATURE.search(t) is not None or RE_INSTITUTION.search(t) is not None
    return named and RE_DATE.search(t) is None and not RE_SENTENCE_END.search(t) and not re.search(r"[，,：:]", t)


RE_INSTITUTION = rx.compile(r"(?:馆|站|社|研究会|基金会|出版社|报社)$")  # a museum's, a station's, a society's name


RE_YEAR_ENTRY = rx.compile(r"(?:19|20)\d{2}年(?!度)[\u4e00-\u9fff]")  # `2019年参与拍摄…`: a chronology of the text's
MAX_BARE_FOOTER_RUN = 8
MIN_FOOTER_FIELDS = 2  # one `联系电话：…` is a notice's own; several to a line, a footer's


def is_site_contacts(t: str, web: WebRules) -> bool:
    """`急救电话：120`, `某某县政府 地址：…`: contact fields that name no person (a notice's own do)."""
    return ("：" in t or ":" in t) and len(t) <= MAX_PROMO and office_fields(t, web) is not None \
        and not names_person(t, web)


def contacts_under_furniture(groups: list[Group], k: int, web: WebRules) -> bool:
    """Whether the run of contact lines that holds line k has page furniture right above it."""
    i = k - 1
    while i >= 0 and groups[i].rule is None and is_site_contacts(groups[i].text.strip(), web):
        i -= 1
    return i >= 0 and groups[i].rule is not None and groups[i].rule not in WEAK_TRIGGERS


MIN_LINK_RUN = 3  # article titles in a row below the text: a list of links


def link_list(tail: list[Group], web: WebRules) -> None:
    """A run of article titles at the foot of the page (and the short header above it)."""
    def link(g: Group) -> bool:
        t = g.text.strip()
        colon = re.search(r"[：:]", t) is not None  # `党课讲稿：坚定理想信念 6页`: a marked link may have one
        return (g.rule is None and 6 <= len(t) <= 60 and not re.search(r"[，。；！？,;]", t)
                and (not colon or (marked(g) and not re.search(r"[：:]\s*$", t)))
                and not RE_NUMBERED.match(t) and not RE_DOC_HEADER.search(t) and not RE_DATE.fullmatch(t))

    def marked(g: Group) -> bool:  # a bullet before it or a date after it: how link lists look
        t = g.text.strip()
        return bool(RE_LINK_MARK.search(t))

    marked_after = [True] * (len(tail) + 1)  # every line from here to the end is furniture (or the site's contacts)
    for k in range(len(tail) - 1, -1, -1):
        t = tail[k].text.strip()
        marked_after[k] = marked_after[k + 1] and (tail[k].rule is not None or is_site_contacts(t, web))
    i = 0
    while i < len(tail):
        j = i
        while j < len(tail) and link(tail[j]):
            j += 1
        run = tail[i:j]
        if len(run) >= MIN_LINK_RUN and sum(map(marked, run)) * 2 >= len(run) \
                and marked_after[j]:
            for g in tail[i:j]:
                g.mark("web.link-list")
            if i > 0 and tail[i - 1].rule is None and len(tail[i - 1].text.strip()) <= 16 \
                    and not RE_SENTENCE_END.search(tail[i - 1].text):
                tail[i - 1].mark("web.related")
        i = max(j, i + 1)


RE_LINK_MARK = rx.compile(r"^[·•◆◇■□▪▫●○★☆>»\-*←]|\s*[→»]$|^\[\d{1,3}\]"
                          r"|[（(\[]?\d{2,4}[-/.]\d{1,2}(?:[-/.]\d{1,2})?[）)\]]?$|\s\d+\s*页$")
