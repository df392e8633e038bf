"""What a line of a scraped web page is made of, judged from `rules/web.yaml`.

Pure functions over one (reassembled) line of text: the page pass decides *where* they
apply (outside the body everything counts; inside it only strong evidence). Nothing here
knows a site: the lexicon (`weblexicon.py`) is wording many sites share, the rest is shape.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from functools import lru_cache

from .cache import rx
from .weblexicon import WebRules, per_lexicon

# Separators between UI tokens: spaces, menu bars, breadcrumb arrows, brackets and colons.
RE_TOKEN_SEP = rx.compile(r"[\s>|｜/·•»›→<«‹\-–—=:：,，、;；【】〖〗\[\]「」『』()（）《》<>\"“”'‘’!！?？.。"
                          r"*★☆◆■□●○▼▲▽△]+")
# A CJK sentence may end in an ASCII `.` (typed on a Latin keyboard), never a `.` inside `2.5` or `a.xlsx`.
RE_SENTENCE_END = rx.compile(r"[。！？!?；;]|(?<=[\u4e00-\u9fff])\.(?=\s|$|[\u4e00-\u9fff])")
RE_PROSE_PUNCT = rx.compile(r"[，。；！？,;]|(?<=[\u4e00-\u9fff])\.(?=\s|$|[\u4e00-\u9fff])")
RE_COUNT = rx.compile(r"(?:\d+(?:\.\d+)?[万千wWkK]?\+?(?:次|人|条|篇|页|字|个|位|KB|MB|K|M|赞|阅读|浏览|下载|收藏|评论"
                      r"|点赞|粉丝|关注|赞同|回复|分享|转发|人气|文章|作品|获赞|喜欢)*|\d+/\d+)")
RE_COUNT_UNIT = rx.compile(r"\d.*[^\d.+万千wWkK]$")
# Compound controls: `打印此文`, `分享到Facebook`, `PDF下载`, `HTML阅读`.
RE_UI_TOKEN = rx.compile(r"(?:打印|关闭|返回|收藏|下载)(?:此|本)?"
                         r"(?:文|页|文章|本文|本页|窗口|页面|全文|正文|文档|原文|附件)?(?:Word|WORD|PDF|TXT)?(?:文档|版)?|(?:分享|转发)(?:到|至)[A-Za-z\u4e00-\u9fff]{1,10}|"
                         r"(?:HTML|CAJ|PDF|Word|WORD|TXT|EPUB|DOC|DOCX)\s*(?:阅读|下载|版|格式)?")
RE_CLOCK = rx.compile(r"\d{1,2}[:：时時]\d{2}(?:[:：分]\d{2}秒?)?分?")
RE_DATE = rx.compile(r"(?:19|20)\d{2}\s*[-/.年]\s*\d{1,2}\s*[-/.月]\s*\d{1,2}\s*日?")
RE_ISO_STAMP = rx.compile(r"(?:19|20)\d{2}[-/.]\d{1,2}[-/.]\d{1,2}")
# A host or page name is ASCII before its dot: `使用.NET框架` is no address
# (after a bare host's ending only ASCII: `ASP.NET教师…的设计` is a title, not an address)
RE_URL = rx.compile(r"(?:https?://|www\.)\S+|[A-Za-z0-9][\w\-.]*\.(?:com|cn|net|org|gov\.cn|html?|shtml|aspx?|php|jsp)"
                    r"(?![A-Za-z])[!-~]*", re.I)
RE_HASH = rx.compile(r"[0-9a-fA-F]{16,}[:：]?|10\.\d{3,9}/\S+")  # a hash id, a DOI
RE_SEPARATORS_ONLY = rx.compile(r"[#＃*＊×✕✖\s>|｜/·•»›→<«‹\-–—=:：【】\[\]「」『』()（）]+")
RE_BREADCRUMB_SEP = rx.compile(r"\s*(?:>{1,2}|»|›|→|＞)\s*|\s+/\s+")  # `新闻中心 / 基层动态` too


@lru_cache(maxsize=16)  # (a document asks again soon after: a few texts are enough)
def is_prose(text: str) -> bool:
    """A line of running text: long enough, mostly CJK, with sentence punctuation. (Remembered
    for the last texts asked: the page and learned passes ask it again of the same paragraphs,
    often a whole flattened page; a string keeps its hash, so asking again is a dict lookup.)"""
    t = text.strip()
    if len(t) < 16 or not RE_PROSE_PUNCT.search(t):
        return False
    # Characters of three UTF-8 bytes (CJK and full-width punctuation), counted at C speed.
    n = len(t)
    if n < MIN_PROSE_HALF:
        return (len(t.encode("utf-8")) - n) / 2 >= 0.4 * n
    # (a long line by halves: encoding is ~25 instructions a character, and when the first half
    # holds enough the second adds none or more; the halves' sum is the whole's, exactly)
    k = n // 2
    first = (len(t[:k].encode("utf-8")) - k) / 2
    return first >= 0.4 * n or first + (len(t[k:].encode("utf-8")) - (n - k)) / 2 >= 0.4 * n


MIN_PROSE_HALF = 200  # a line this long is first judged by its first half


def tokens(text: str) -> list[str]:
    return [t for t in RE_TOKEN_SEP.split(text) if t]


MAX_UI_LINE = 120
MAX_FREE_TOKEN = 8  # a name in an author block (`某某 33298粉丝 关注`)


def _ui_token(t: str, web: WebRules) -> bool:
    return t in web.ui_words or RE_UI_TOKEN.fullmatch(t) is not None


def is_ui_only(text: str, web: WebRules) -> bool:
    """Every token a UI word, a count, a date or a clock time (`下载 打印 全屏 收藏`); one short
    free token (a name) may stand among two or more of them (`某某 33298粉丝 关注`)."""
    if len(text) > MAX_UI_LINE:
        return False  # a toolbar or menu is short; most lines of a page are done here
    toks = tokens(text)
    if not toks or (len(toks) == 1 and len(toks[0]) == 1 and text.rstrip()[-1:] in "：:"):
        return False  # (`A：`, `Q：`: a Q&A's label, not the font-size button `A`)
    ui = known = 0
    free: list[tuple[int, str]] = []  # (position, token): neither a UI word nor a count, clock or date
    for k, t in enumerate(toks):  # each token judged once
        if _ui_token(t, web):
            ui += 1
        elif not (t[0].isdecimal() and (RE_COUNT.fullmatch(t) or RE_CLOCK.fullmatch(t) or RE_DATE.fullmatch(t))):
            # (each of the three opens with a digit, `\d`: a Unicode decimal, as isdecimal() says)
            free.append((k, t))
            continue
        known += 1
    if ui == 0:
        return False
    if len(free) > 1 and (":" in text or "：" in text):
        # a field among the buttons (`[本篇作者:某某] [进入讨论区] [返回顶部]`): its label and value are the page's too
        fielded = {k + d for k, t in enumerate(toks) if t in web.label_kind for d in (0, 1)}
        free = [(k, t) for k, t in free if k not in fielded]
        known += len(fielded)
    return not free or (len(free) == 1 and known >= 2 and len(free[0][1]) <= MAX_FREE_TOKEN)


def is_count_line(text: str) -> bool:
    """Only counts with their units (`12页 62474次阅读 106次下载`): the page's statistics."""
    if len(text) > MAX_UI_LINE or not RE_DIGIT.search(text):
        return False  # (a count has its digits: most lines are done without their tokens)
    toks = tokens(text)
    if len(toks) == 1:  # `153阅读` alone under a teaser's link, `浏览58964次` under a text
        return RE_ACTIVITY_COUNT.fullmatch(toks[0]) is not None or RE_COUNTED_ACTIVITY.fullmatch(toks[0]) is not None
    return len(toks) >= 2 and all(RE_COUNT.fullmatch(t) and RE_COUNT_UNIT.match(t) for t in toks)


RE_DIGIT = rx.compile(r"\d")  # (every count form below and RE_COUNT hold one)
# A count of what readers did (`153阅读`, `2万浏览`, `56赞`): alone on a line, the page's statistics (an account's
# `3167粉丝` is its card's, read with the name beside it)
# (a bare `12页` or `5条` may be a table's cell, and stays unless beside another count).
RE_ACTIVITY_COUNT = rx.compile(r"\d+(?:\.\d+)?[万千wWkK]?\+?\s*次?(?:阅读|浏览|下载|收藏|评论|点赞|赞|赞同|回复"
                               r"|分享|转发|人气|获赞|喜欢)")
RE_COUNTED_ACTIVITY = rx.compile(r"(?:阅读|浏览|点击|访问|播放)(?:量|数|次数)?\d+(?:\.\d+)?[万千wWkK]?\+?次?")


def is_shape_chrome(text: str) -> bool:
    """No words at all: separators only, a URL, a hash id, a bare count or clock."""
    t = text.strip()
    return bool(RE_SEPARATORS_ONLY.fullmatch(t) or RE_URL.fullmatch(t) or RE_HASH.fullmatch(t)
                or RE_CLOCK.fullmatch(t) or RE_PLUS_COUNT.fullmatch(t) or RE_BARE_COUNT.fullmatch(t)
                or RE_DIMENSIONS.fullmatch(t) or is_count_line(t))


RE_PLUS_COUNT = rx.compile(r"[+＋]\d{1,5}")
# `137.5×47`: a painting's or a photo's size, under its name
RE_DIMENSIONS = rx.compile(r"\d{1,4}(?:\.\d{1,2})?\s*[×xX*]\s*\d{1,4}(?:\.\d{1,2})?\s*(?:cm|CM|厘米|mm|毫米)?")
# `0` (a like or comment count), `0/12` (a preview's page counter): only numbers on the line
RE_BARE_COUNT = rx.compile(r"\d{1,6}|\d{1,4}\s*[/／]\s*\d{1,4}")
# `第 2 页 / 共 12 页`, `2/12`: a page counter inside a scraped document preview
RE_PAGE_COUNTER = rx.compile(r"\W{0,2}第\s*\d+\s*页\s*[/／,，]?\s*共\s*\d+\s*页\W{0,2}"
                             r"|\W{0,2}共\s*\d+\s*页\s*[,，]?\s*第\s*\d+\s*页\W{0,2}")




RE_ISSUER = rx.compile(r"[\u4e00-\u9fff]{2,16}")


def is_issuer(text: str, web: WebRules) -> bool:
    """An office's name (`新闻局`, `区政府办公室`) or a place (`广东`): alone, never a sentence."""
    t = text.strip()
    return t in web.places or (RE_ISSUER.fullmatch(t) is not None and t.endswith(web.issuer_words)
                               and not t.startswith(("在", "关于"))  # a title's first half: `在全市…办公室`
                               and len(t) > max((len(w) for w in web.issuer_words if t.endswith(w)), default=0))




# The one cue `site_talk` (a word list in rules/web.yaml) cannot hold: `未经某某许可`, words apart
RE_SITE_TALK = rx.compile(r"未经.{0,6}(?:许可|授权|同意)")


def talks_of_site(text: str, web: WebRules) -> bool:
    """The line speaks of the page or to its reader (`site_talk` in rules/web.yaml)."""
    return RE_SITE_TALK.search(text) is not None \
        or (web.site_talk is not None and web.site_talk.search(text) is not None)



# a title's or heading's grammar (`在…会议上的讲话`, `关于…的通知`): never a caption
RE_SCENE_GRAMMAR = rx.compile(r"^(?:在|关于|对于|对|以|为|把|让)|上的|之|的(?:讲话|发言|致辞)$")
RE_SCENE_SHAPE = rx.compile(r"[\u4e00-\u9fffA-Za-z0-9·\s]{4,24}")  # no punctuation, no brackets: a caption's shape


def scene(text: str, web: WebRules) -> str | None:
    """What an unmarked photo caption's wording makes of a short unpunctuated line: "alone" (it
    names a scene: `培训会现场`, `某某生产车间`), "company" (what people do: `某某领奖`, a caption
    only beside another one), or None. `page/captions.py` says where this counts."""
    t = text.strip()
    if not web.scenes or not RE_SCENE_SHAPE.fullmatch(t) or RE_SCENE_GRAMMAR.search(t):
        return None
    return "alone" if web.scenes[0].search(t) else "company" if web.scenes[1].search(t) else None


def is_caption(text: str, web: WebRules) -> bool:
    t = text.strip()
    if len(t) > 80:
        return False
    probe = _caption_probe(web)  # (the literals some caption needs: most lines hold none)
    return (probe is None or probe(t) is not None) and any(c.search(t) for c in web.captions)


def _caption_probe(web: WebRules) -> Callable[[str], object] | None:
    """A search for every literal one of which each caption pattern's matches contain
    (None when a pattern has none known). Kept by the lexicon's identity."""
    return per_lexicon(_CAPTION_PROBES, web, _build_caption_probe)


def _build_caption_probe(web: WebRules) -> Callable[[str], object] | None:
    from .literals import required
    needs = [required(c.pattern) for c in web.captions]
    words = sorted({w for n in needs for w in n or ()})
    return None if any(n is None for n in needs) or not words else rx.compile("|".join(map(re.escape, words))).search


_CAPTION_PROBES: dict[int, tuple[WebRules, Callable[[str], object] | None]] = {}


def is_head_caption(text: str, web: WebRules) -> bool:
    """A caption that only reads as one above the text (`某某作政府工作报告。`)."""
    t = text.strip()
    return len(t) <= 40 and any(c.search(t) for c in web.head_captions)


def is_related_header(text: str, web: WebRules) -> bool:
    t = text.strip()
    m = web.related.match(t)
    return m is not None and (m.end() == len(t) or (len(t) <= 60 and not RE_SENTENCE_END.search(t))
                              or (len(t) <= 60 and RE_PREV_NEXT_HEADLINE.fullmatch(t) is not None)
                              or (RE_PREV_AND_NEXT.fullmatch(t) is not None and not RE_SENTENCE_END.search(t)))


# `上一篇：某某是什么意思？`: the previous or next page's link, whose headline may end in ？ or ！
# `上一篇:某某[ 08-22 ] 下一篇:某某[ 08-22 ]`: both links on one line, each a headline's length
RE_PREV_AND_NEXT = rx.compile(r"\W{0,2}上一?[篇条]\s*[:：].{2,60}?下一?[篇条]\s*[:：].{2,60}")
RE_PREV_NEXT_HEADLINE = rx.compile(r"\W{0,2}(?:上|下)一?(?:篇|条|章)\s*[:：][^。；;！？!?]{2,50}[？！?!]")


def is_breadcrumb(text: str, web: WebRules) -> bool:
    t = text.strip()
    if len(t) > MAX_CRUMB_LINE:
        return False  # (no form below holds a longer line: a paragraph is not split and searched)
    # (a line without a separator's character is one part: most lines, split for nothing)
    parts = [p.strip() for p in RE_BREADCRUMB_SEP.split(t) if p.strip()] if any(c in t for c in CRUMB_SEP_CHARS) \
        else [t] if t else []
    if len(parts) >= 3 and parts[0].endswith(("首页", "主页", "首頁")) and len(t) <= MAX_CRUMB_LINE \
            and not any(RE_SENTENCE_END.search(p) for p in parts[:-1]):
        return True  # `首页 > 时政新闻 > 某某被骗上百万！…`: the trail ends in the page's own headline
    if len(t) > 80 or RE_SENTENCE_END.search(t):
        return False
    if web.breadcrumb.match(t):
        return True
    if len(parts) == 1 and t.endswith("正文") and len(t) <= MAX_FLAT_TRAIL and RE_TRAIL_HOME.search(t[:-2]):
        return True  # `某某考试网2016中考舟山中考正文`: a trail that lost its marks, ending where the text is
    if len(parts) >= 4 and sum(len(p) > 16 for p in parts) == 1 and len(parts[0]) <= 16:
        return True  # `某某在线> 继续教育> 学术交流> 分类评价：… > 正文`: a trail through its headline
    if len(parts) < 2 or any(len(p) > 16 for p in parts) or RE_CREDIT_END.search(t):
        return False  # (`[三国演义 / 罗贯中 著 ]` is a book's title line)
    return len(parts) >= 3 or parts[0] in web.ui_words or is_site_name(parts[0], web) \
        or parts[0].endswith(("首页", "主页", "首頁"))  # `某某网首页 > 要闻`


MAX_TITLE_IN_CRUMB = 80
MAX_FLAT_TRAIL = 30
RE_TRAIL_HOME = rx.compile(r"网|首页|主页|首頁")
MAX_CRUMB_LINE = 2 * MAX_TITLE_IN_CRUMB  # no longer line is a breadcrumb (a gate for callers: `len` before a scan)
CRUMB_SEP_CHARS = ">»›→＞/"  # every RE_BREADCRUMB_SEP match holds one
RE_CREDIT_END = rx.compile(r"(?:著|编著|主编|编|撰|译)\s*[\]】)）]?$")


def is_short_crumb(text: str) -> bool:
    """Two or more short parts on a breadcrumb's separator (`发布会 > 省政府新闻发布会`), or one
    before it (`校园消息 >`): a crumb above a title, a comparison (`收入 > 支出`) in a text, so
    judged above the title only."""
    t = text.strip()
    parts = [p.strip() for p in RE_BREADCRUMB_SEP.split(t) if p.strip()]
    trailing = len(parts) == 1 and t[-1:] in ">»›＞"  # `校园消息 >`: the trail's last step, its page's name cut
    return (len(parts) >= 2 or trailing) and all(len(p) <= MAX_CRUMB_PART for p in parts) \
        and not RE_CREDIT_END.search(t) and not RE_SENTENCE_END.search(t)


MAX_CRUMB_PART = 10


def is_banner(text: str, web: WebRules) -> bool:
    """`站名 | 口号`, `站名 口号 口号`: short parts, the first or one between bars a site name."""
    t = text.strip()
    if RE_SENTENCE_END.search(t) or ("|" not in t and "｜" not in t and len(t.split(maxsplit=1)) < 2):
        return False  # (one part and one word, no separator nor space: most lines)
    parts = [p.strip() for p in re.split(r"\s*[|｜]\s*|\s+[-–—]{1,2}\s+", t) if p.strip()]
    sites = [p for p in parts if is_site_name(p, web)]
    if sites == parts[-1:] and re.search(r"\s[-–—]{1,2}\s*" + re.escape(parts[-1]) + "$", t):
        return False  # `标题 - 某某网`: a page title with its site, however short
    # the other parts are slogans, short; a long one is a page title with its site (`标题 - 某某网`)
    if 2 <= len(parts) <= 4 and sites and all(len(p) <= MAX_SLOGAN for p in parts if p not in sites):
        return True
    words = t.split()
    return 2 <= len(words) <= 6 and is_site_name(words[0], web) and all(len(w) <= 10 for w in words[1:])


MAX_SLOGAN = 12


RE_MENU_SEP = rx.compile(r"\s*[|｜·•»/>＞]\s*")


def is_menu(text: str, web: WebRules) -> bool:
    """A menu bar: several short items, with menu separators or menu words among them."""
    t = text.strip()
    if RE_SENTENCE_END.search(t) or re.search(r"[，,、：:“”]", t):
        return False
    toks = [x for x in tokens(t) if not x.isdigit()]
    seps = len(RE_MENU_SEP.findall(t))  # (two items on three bars: `| 保存为PDF | 打印文书`, a bar's first one gone)
    first = RE_MENU_SEP.split(t)[0].strip()
    if seps and len(first) > MAX_MENU_PART and not any(x in web.ui_words for x in first.split()):
        return False  # `与母争吵疑失足坠楼 男子送医抢救不治 | 社会 | 某某新闻网`: a <title> line, its column and site
    if len(toks) < (2 if seps >= 2 else 3) or any(len(x) > 12 for x in toks):
        return False
    ui = sum(x in web.ui_words for x in toks)
    return (ui * 2 >= len(toks) or (ui >= 2 and (ui * 3 >= len(toks) or toks[0] in web.ui_words
                                                or is_site_name(toks[0], web)))
            or (seps >= 2 and not (" " not in t and "/" in t and any(len(x) > MAX_SLASHED_ITEM for x in toks)))
            or (ui >= 2 and len(t.split()) >= 4 and all(len(x) <= 8 for x in toks))
            or (ui >= 1 and len(t.split()) >= 4 and all(len(x) <= 6 for x in toks))
            or (len(t.split()) >= MIN_BARE_MENU and all(RE_MENU_ITEM.fullmatch(x) for x in toks)))


MAX_MENU_PART = 12
MAX_SLASHED_ITEM = 6  # `首页/新闻/通知`; `专科诊所/普通科诊所/日间医院特别安排` is a headline
MIN_BARE_MENU = 5  # five short names in a row, none a menu word (`微党课 专题学习 党史天地 先锋榜样 我的积分`)
RE_MENU_ITEM = rx.compile(r"[\u4e00-\u9fff]{2,4}")  # (a kicker's phrases are longer and fewer)


def is_site_name(text: str, web: WebRules) -> bool:
    t = text.strip()
    return 2 <= len(t) <= 24 and not RE_SENTENCE_END.search(t) and (t.endswith(web.site_words) or any(
        m.end() == len(t) or not t[m.end()].isalnum() for m in RE_URL.finditer(t)))  # (not `ASP.NET教师…`)


def check_web_examples(web: WebRules) -> list[str]:
    """One message per lexicon example that the lexicon gets wrong."""
    bad = []
    judge = {"caption": is_caption, "related": is_related_header, "breadcrumb": is_breadcrumb, "issuer": is_issuer,
             "scene": lambda t, w: scene(t, w) is not None}
    for what, text, want in web.examples:
        if judge[what](text, web) != want:
            bad.append(f"web.{what}: should {'match' if want else 'keep'} {text!r}")
    for p in web.phrases:
        bad += [f"{p.id}: should match {t!r}" for t in p.remove_examples if not p.regex.search(t)]
        bad += [f"{p.id}: should keep {t!r}" for t in p.keep_examples if p.regex.search(t)]
    return bad
