"""The page as the cleaner reads it: lines grouped into the UI lines they form, and the
repairs a scrape needs first (a heading split at its bracket, a section label glued to a
chapter heading). Shared limits and shapes live here too."""

from __future__ import annotations

import itertools
import re
from collections.abc import Callable, Iterator
from dataclasses import dataclass
from typing import Any, Generic, TypeVar

from ..cache import rx
from ..model import Block, Document, Kind, Reason
from ..webfields import MAX_LIST_ITEM, Fields, fields, is_label_only
from ..weblexicon import WebRules
from ..webui import RE_CLOCK, RE_DATE, is_prose, is_related_header

FORMATS = ("txt", "html")  # paginated formats (PDF, DOCX) have furniture rules of their own
MAX_FRAGMENT = 8  # a UI fragment rendered on a line of its own is this short
MAX_GROUP = 12  # lines one reassembled UI line may span
MAX_LINK = 80  # a link title under a related-links header
MAX_TITLE = 80
RE_DOTS = rx.compile(r"。{2,}")  # `收下我的膝盖。。。`: an ellipsis written with full stops, no sentence's end
# how a speech opens (`同志们：`, `亲爱的朋友们：`): text starts there, whatever stands around it
SALUTATIONS = ("同志们", "各位", "尊敬的", "亲爱的", "女士们", "老师们", "同学们")
RE_SALUTATION = rx.compile("(?:" + "|".join(SALUTATIONS) + r")[^。！？]{0,30}[：:]$")
MAX_PROMO = 200  # a line outside the body that gives a web address: the site's promotion
# (a bare host's ending in lower case: `ASP.NET`, `C#.NET` are products, not addresses)
RE_WEB_ADDRESS = rx.compile(r"(?i:https?://|www\.[\w-]+\.)"
                            r"|(?<![A-Za-z0-9_-])[A-Za-z0-9][A-Za-z0-9_.-]*\.(?:com|cn|net|org)(?![A-Za-z0-9])")
# An image's file name shown in place of the image (a forum's attachment, a screenshot): a camera's
# or a screen's name, with a digit in it or Latin only (`截屏2022-11-15 下午1.25.57.jpg`,
# `IMG_2034.JPG (86.2 KB, 下载次数: 0)`), or an image's default alt text alone (`image`, `[图片]`);
# `请将照片命名为姓名.jpg` is an instruction and stays.
IMAGE_NAME = "web.image-name"  # its rule: a figure's stand-in
INJECTED_LINK = "web.injected-link"  # a spam page's keyword link between the words of a paragraph
IN_TEXT = (None, IMAGE_NAME, INJECTED_LINK)  # no rule, or one of what stands inside the text: no walk's furniture
RE_IMAGE_NAME = rx.compile(r"(?:(?=[^。，；！？]*\d|[\x21-\x7e\s]+\.)[^\s。，；！？]{1,60}"
                           r"(?:\s[^\s。，；！？]{1,30}){0,3}"
                           r"\.(?i:jpe?g|png|gif|bmp|webp)(?:\s*[（(][^（）()]{0,40}[)）])?)"
                           r"|(?i:image|img|picture|photo)\d{0,3}|[\[【]?(?:图片|配图)\d{0,3}[\]】]?")  # an alt text
IMAGE_WORD_FIRST = "IPipİı"  # what `(?i:image|…|photo)` may open with (the other forms hold `.` or 图)
# A line of a program listed in the text (a tech blog's, a forum's): a comment, an import, a
# statement. Its words are no page's furniture (`* Copyright notice` in a file's header comment).
RE_CODE_START = rx.compile(r"(?:/\*|\*/|\*(?:\s|$)|//|#include\b|#!|import\s|from\s+[\w.]+\s+import\s|package\s+[\w.]+;"
                           r"|def\s+\w+\s*\(|class\s+\w+|(?:public|private|protected|static)\s|return\b|(?:if|for|while)\s*\(|[{}]"
                           r"|\.{0,2}/\w+)")
RE_CODE_END = rx.compile(r"(?:[;{}(\[]|\)\s*;?)\s*$|[A-Za-z_]\w*\(.*\)|\s:?=\s")
MIN_CODE_ASCII = 0.8  # a statement's share of ASCII (a Chinese sentence typed with `;` ends like one)


MAX_CODE_LINE = 200
MIN_STATEMENT = 3


def is_code(text: str) -> bool:
    """A line of a program listing: its opening (`//`, `/*`, `import `) or, mostly ASCII, its end."""
    t = text.strip()
    if not t or len(t) > MAX_CODE_LINE:
        return False
    if RE_CODE_START.match(t):
        return True
    if len(t) < MIN_STATEMENT or (t[0] in "(（" and (RE_DATE.search(t) or RE_BRACKETED_URL.fullmatch(t))):
        # `(` alone, a fragment of a UI line (`评论` / `(` / `18` / `)`); `(2024-03-05 09:12:33)`, a stamp;
        # `(http://www.某某.com)`, a site's address under its article
        return False
    # (each character past ASCII is at least half a wide one: too many of them answer first, the
    # same test with that bound, where the ASCII ones are counted ~5x faster than UTF-8 is encoded)
    if len(t) - (len(t) - len(t.encode("ascii", "ignore"))) / 2 < MIN_CODE_ASCII * len(t):
        return False
    wide = (len(t.encode("utf-8")) - len(t)) / 2  # (a CJK character takes three bytes: the count without a loop)
    return len(t) - wide >= MIN_CODE_ASCII * len(t) and RE_CODE_END.search(t) is not None


RE_BRACKETED_URL = rx.compile(r"[(（]\s*(?:https?://|www\.)[^\s()（）]+\s*[)）]")
# A line of markup only (`<sup id="x"><input id="x"></input></sup>`, `1. <legend id="x"></legend>`):
# tags a spam page or a broken scrape left, with no text in them. Outside the text only: a web
# tutorial's listing is made of such lines too.
RE_MARKUP_ONLY = rx.compile(r"(?:\d{1,3}\.\s*)?(?:</?[A-Za-z][\w-]*"
                            r"(?:\s+[\w:-]+(?:=\"[^\"<>]*\"|='[^'<>]*'|=[^\s<>]+)?)*\s*/?>\s*)+")
RE_TRAIL_SEP = rx.compile(r"[>»›＞]")  # a breadcrumb's separator: a trail, however short
MAX_STRONG_PHRASE_LINE = 100  # a longer line is a paragraph that mentions furniture words, never removed
MIN_REPEAT = 8  # a shorter tail line may repeat body words by chance
MAX_REPEATS = 3  # a page repeats its title or summary below the text, not whole passages
MIN_FURNITURE = 2  # weak furniture lines that confirm a repeat below the text is the page's
MAX_VALUE = 20  # a label's value on the next line: a name or a date
CREDIT_ENDS = ("摄", "摄）", "摄)", "摄影", "摄影）", "摄影)")
MAX_CREDIT_PART = 10  # `某某日报记者`, a name
MAX_NAME = 5
TRAILERS = ("版权所有", "版权所有。", "主办", "承办", "供图", "制图")
MAX_TRAILED = 3  # `中共某某市纪委` / `某某市监委` / `版权所有`
# A line wholly in brackets (`（图片来源：某某）`, `（本文作者单位：…）`): whole, no half of a wrapped line
RE_CLOSED = rx.compile(r"^\s*[(（].*[)）]\s*$")
RE_LIST_ITEM_END = rx.compile(r"[；;、,，]$")
MAX_TAIL_RESIDUE = 20  # below the text: a footer's address, a one-line comment
MAX_RESIDUE = 6  # a column name left between two chrome lines in the head
RE_HEADLINE = rx.compile(r"[^。；;]{6,40}")  # a headline: short, no sentence ended with 。 or ；
RE_LIST_MARK = rx.compile(r"[‧·•◆◇■□▪▫●○★☆»|｜,，、]")  # a bullet or separator rendered on a line of its own
RE_CHAIN_SEP = rx.compile(r"[>»›|｜/·•→＞]{1,2}")
RE_SPLIT_BRACKET = rx.compile(r"^[一二三四五六七八九十百\d]{1,3}[）)]")
# `——2026年1月28日在…会议上`, `（2026年1月27日在…会议上）`: the occasion of a speech or report
OCCASION = r"(?:会议|大会|会|论坛|典礼|仪式|座谈|培训班|开幕式)"
RE_DELIVERY = rx.compile(r"^(?:[—－-]{1,2}\s*|[（(]\s*)(?:.{0,24}在.{2,60}" + OCCASION
                         + r"(?:上|开幕式上)?(?:的(?:讲话|发言|报告|致辞|工作报告))?"
                         r"|.{0,40}\d{4}年\d{1,2}月\d{1,2}日.{0,40})\s*[）)]?$"
                         r"|^\d{4}年\d{1,2}月\d{1,2}日在.{2,60}" + OCCASION + r"上\s*$")
_OFFICE = r"(?:省长|市长|县长|区长|主席|书记|主任|局长|部长|厅长|校长|院长|委员长|总理)"
_SPEECH = r"(?:致辞|讲话|发言|寄语|贺词|报告|的)"  # `新学期的校长致辞`: what the office holder says, no name
# `云南省省长 王予波`, `市委书记李强`; without a space the line is short (`…办公室主任学习会` is a title)
RE_BYLINE = rx.compile(r"^(?:.{0,20}" + _OFFICE + r"\s+[\u4e00-\u9fff·]{2,5}|.{0,8}" + _OFFICE
                       + r"(?!" + _SPEECH + r")[\u4e00-\u9fff·]{2,4}|(?:作者|文|撰文|文/图)\s*[:：/|]\s*\S{2,12})$")
RE_ELLIPSIS_END = rx.compile(r"(?:\.{3,}|…+|⋯+)$")


def is_subtitle(t: str) -> bool:
    """`——写在新一年开局之际`: a subtitle under its title, never a title nor the page's furniture."""
    return t.lstrip().startswith(("——", "--"))



T = TypeVar("T")


class cached(Generic[T]):
    """`functools.cached_property` without its lock (Python 3.11's takes an RLock on every first
    read) and without building the instance's `__dict__` (its attributes live inline until asked)."""

    def __init__(self, func: Callable[[Any], T]) -> None:
        self.func, self.name, self.__doc__ = func, func.__name__, func.__doc__

    def __get__(self, obj: Any, cls: type | None = None) -> T:
        value = self.func(obj)
        setattr(obj, self.name, value)  # (not `obj.__dict__[…]`: asking for __dict__ builds one, ~0.6 us)
        return value


@dataclass
class Group:
    """Consecutive lines read as one: a UI line and its fragments, or one line alone."""

    blocks: list[Block]
    rule: str | None = None
    reason: Reason = Reason.CHROME
    _prose: bool | None = None
    weak: tuple[str, Reason] | bool | None = False  # the weak evidence found, once asked (False: not yet)
    _fields: Fields | bool | None = False  # the line as `label：value` fields, once asked (False: not yet)
    sep: str = " "  # how the lines read as one: `来源： 某报`, or `制定机关：某县` from a two-column table
    twin: Group | None = None  # an earlier group of the same text in the document: its readings are this one's
    ruby: bool = False  # read without the pinyin a content farm injected after its characters (`现(xiàn)在`)

    @cached
    def text(self) -> str:
        """The lines read as one (cached: call `changed()` after editing a block's text)."""
        b = self.blocks
        t = b[0].text.strip() if len(b) == 1 else self.sep.join(x.text.strip() for x in b)  # (most: one line)
        return RE_RUBY.sub("", t) if self.ruby else t

    def changed(self) -> None:
        self.__dict__.pop("text", None)
        self._prose = None
        self.weak = False
        self._fields = False

    def fields(self, web: WebRules) -> Fields | None:
        """`webfields.fields` of the text, asked once: strong and weak evidence, the body span and
        the title all want it."""
        if self._fields is False:
            self._fields = fields(self.text, web)
        return self._fields  # type: ignore[return-value]

    @property
    def prose(self) -> bool:
        if self._prose is None:
            self._prose = is_prose(self.text)
        return self._prose

    def mark(self, rule: str, reason: Reason = Reason.CHROME) -> None:
        if self.rule is None:
            self.rule, self.reason = rule, reason

    def relabel(self, rule: str, reason: Reason) -> None:
        """Change what a marked line is (a bar first read as a menu is the page's stamp)."""
        self.rule, self.reason = rule, reason



def is_markdown(doc: Document) -> bool:
    """Our own output read back (front matter, `#` lines): already clean, left as it is."""
    return doc.meta.format == "txt" and any(b.kind is not Kind.LINE for b in doc.blocks)


def rejoin_split_brackets(doc: Document) -> int:
    """`（` alone on a line, then `三）改革开放…`: one heading, as the author wrote it."""
    n = 0
    lines = [b for b in doc.blocks if b.kind is Kind.LINE and b.text.strip()]
    for a, b in itertools.pairwise(lines):
        if a.text.strip() in ("（", "(") and RE_SPLIT_BRACKET.match(b.text.lstrip()):
            b.text = "（" + b.text.lstrip()
            a.text = ""
            n += 1
    return n




RE_SECTION_LABEL = rx.compile(r"^\s*(?:正文卷?|《\s*》\s*目录|目录|章节目录)\s*"
                              r"(?=第[一二三四五六七八九十百千零〇两\d]+[回章节卷部集篇]|附录|序[言章]?\s|前言|后记|楔子|引子|尾声)")


def section_labels(doc: Document) -> int:
    """A novel site's `正文` or `《》目录` glued before a chapter heading (`正文 第一回 …`)."""
    n = 0
    for b in doc.blocks:
        if b.kind is Kind.LINE and (m := RE_SECTION_LABEL.match(b.text)):
            doc.remove(m.group(), "web.section-label", Reason.CHROME, b.prov)
            b.text = b.text[m.end():]
            n += 1
    return n



MAX_BRACKET_PART = 30  # a short line broken inside its brackets; a paragraph's wrap is longer


def open_round(t: str) -> int:
    """Round brackets the line opens and does not close (negative: closes more than it opens)."""
    return t.count("（") + t.count("(") - t.count("）") - t.count(")")


def is_fragment(b: Block) -> bool:
    t = b.text.strip()
    return len(t) <= MAX_FRAGMENT and not is_prose(t)


def crumb_chain(lines: list[Block], i: int, j: int) -> int:
    """The end of a group from `i` that goes on over a crumb's separators and the fragments
    after them (`>` / `要闻` / `>` / `正文`), from `j`."""
    while j + 1 < len(lines) and j - i < MAX_GROUP and RE_CHAIN_SEP.fullmatch(lines[j].text.strip()) \
            and is_fragment(lines[j + 1]):
        j += 2
    return j


RE_SPACE_OR_COLON = rx.compile(r"[\s：:]")


def value_limit(label: str, web: WebRules) -> int:
    """How long a label's value on the next line may be: a name or a date, or for a source or
    an author a list of them (`信息来源:` / `某某研究院、某某研究院等`)."""
    kind = web.label_kind.get(RE_SPACE_OR_COLON.sub("", label))
    return 2 * MAX_VALUE if kind in ("publisher", "author") else MAX_VALUE


def runs(n: int, member: Callable[[int], bool]) -> Iterator[tuple[int, int]]:
    """The maximal runs [i, j) of consecutive indexes below n that `member` accepts, in order."""
    i = 0
    while i < n:
        if not member(i):
            i += 1
            continue
        j = i + 1
        while j < n and member(j):
            j += 1
        yield i, j
        i = j


def is_exclaimed_headline(t: str) -> bool:
    """`几元一件的外贸衣服，国内就可网购了！买吗？`: a headline that reads as a sentence only for
    the `！` or `？` it ends with (a text's sentence ends with `。` somewhere)."""
    t = t.strip()
    return RE_HEADLINE.fullmatch(t) is not None and t[-1] in "？！?!"


def is_list_header(t: str, web: WebRules) -> bool:
    """A related-links header, or a site's own list word with its colon (`友情链接：`): the
    lines under it are its items, not the value of a field."""
    t = t.strip()
    word = t.rstrip("：:").strip()
    return is_related_header(t, web) or (word in web.ui_words and (t != word or word.endswith(("链接", "导航"))))


DELIVERY_OPENERS = tuple("—－(（-")  # what a delivery line opens with: `——`, `（`


# A reading in brackets after a character, with its tone mark (`现(xiàn)`, `网（wǎng）`)
# (the bracket first, the character before it looked back at: a pattern that opens with a class is
# scanned for it at C speed, one that opens with a look-behind tries every position)
RE_RUBY = rx.compile(r"[（(](?<=[\u4e00-\u9fff][（(])[a-zü]{0,6}[āáǎàōóǒòēéěèīíǐìūúǔùǖǘǚǜ][a-zü]{0,6}[）)]")
MIN_RUBY = 8  # a content farm's pages carry dozens; a text that glosses a word or two is read as it is


def read_without_ruby(groups: list[Group]) -> None:
    """On a page whose characters carry injected pinyin everywhere (a content farm's broken
    converter), its lines are judged without it: `您现(xiàn)在的位置` is the breadcrumb it
    is. Only the reading changes: the text keeps what it shows."""
    found = 0
    for g in groups:
        t = g.blocks[0].text
        if ("(" in t or "（" in t) and (found := found + len(RE_RUBY.findall(t))) >= MIN_RUBY:
            break
    else:
        return
    for g in groups:
        g.ruby = True
        g.changed()


def make_groups(lines: list[Block], web: WebRules) -> list[Group]:
    """Reassemble UI lines the page split into fragments; every other line stands alone."""
    out: list[Group] = []
    s = [b.text.strip() for b in lines]  # (each line stripped once: the tests below look ahead)
    credits, trailers = any(x in CREDIT_ENDS for x in s), any(x in TRAILERS for x in s)  # (most pages: neither)
    i = 0
    while i < len(lines):
        j = i + 1
        t = s[i]
        if i + 1 < len(lines) and t.startswith(DELIVERY_OPENERS) and not (t[-1:] in ")）" and RE_CLOSED.search(t)) \
                and not RE_DELIVERY.match(t) and RE_DELIVERY.match(t + s[i + 1]):
            j = i + 2  # a delivery line wrapped in two: `——2026年1月26日在…第十四届` / `人民代表大会…会议上`
        elif RE_CHAIN_SEP.fullmatch(t) and i + 2 < len(lines) and is_fragment(lines[i + 1]) \
                and RE_CHAIN_SEP.fullmatch(lines[i + 2].text.strip()):
            j = crumb_chain(lines, i, i + 2)  # `|` / `保存为PDF` / `|` / `打印文书`: a bar whose first item went before
        elif is_fragment(lines[i]):
            opened = t.count("【") + t.count("[") - t.count("】") - t.count("]")
            if opened > 0:  # `【字体：` ... `】`
                k = i + 1
                while k < len(lines) and k - i < MAX_GROUP and is_fragment(lines[k]):
                    t2 = lines[k].text.strip()
                    opened += t2.count("【") + t2.count("[") - t2.count("】") - t2.count("]")
                    k += 1
                    if opened <= 0:
                        j = k
                        break
            elif i + 1 < len(lines) and (is_label_only(t, web)  # (the label first: most fragments are none)
                                         or (re.sub(r"\s", "", t) in web.label_kind and t not in web.ui_words)) \
                    and len(s[i + 1]) <= value_limit(t, web) \
                    and not is_prose(lines[i + 1].text) and not RE_DELIVERY.match(s[i + 1]) \
                    and not s[i + 1].endswith(("：", ":")) and not is_list_header(t, web):
                j = i + 2  # `来源:` / `四川日报`; a table's `制定机关` / `某某县人民政府`
                while j < len(lines) and j - i < MAX_GROUP and RE_LIST_ITEM_END.search(lines[j - 1].text.strip()) \
                        and len(lines[j].text.strip()) <= MAX_LIST_ITEM and not is_prose(lines[j].text) \
                        and not re.search(r"[：:]", lines[j].text):
                    j += 1  # `关键词：` / `政府治理；` / `基层治理；`: a list, one item a line
                if re.sub(r"\s", "", t) in web.label_kind:
                    out.append(Group(lines[i:j], sep="："))
                    i = j
                    continue
            if j == i + 1 or j - i >= 3:  # `首页` / `>` / `要闻` / `>` / `正文`
                j = crumb_chain(lines, i, j)
        if j == i + 1 and i + 1 < len(lines) and t.startswith(("19", "20")) and RE_DATE.fullmatch(t) \
                and RE_CLOCK.fullmatch(s[i + 1]):  # (a date opens with its year: most lines are spared the regex)
            j = i + 2  # `2014年07月11日` / `21時17分`: one stamp
        if j == i + 1 and i + 1 < len(lines) and len(t) <= MAX_BRACKET_PART and (opened := open_round(t)) > 0 \
                and len(nxt := s[i + 1]) <= MAX_BRACKET_PART and -open_round(nxt) >= opened:
            j = i + 2  # `《某某日报》（2012年01月22日` / `第2版）`: a short line broken inside its brackets
        if j == i + 1 and i + 2 < len(lines) and s[i + 1] in (":", "：") and is_fragment(lines[i]):
            j = crumb_chain(lines, i, i + 3)  # `当前位置` / `：` / `首页`: a label, its colon and its value
        if j == i + 1 and credits:  # a caption's credit broken over lines: `▲` / `某某日报记者` / `马晓丽` / `摄影`
            k = next((k for k in range(i + 1, min(i + 4, len(lines))) if s[k] in CREDIT_ENDS), None)
            part = MAX_CREDIT_PART if is_fragment(lines[i]) else MAX_NAME  # from `▲`, or from a caption's end
            if k is not None and all(len(x.text.strip()) <= part and not re.match(r"\s*[（(]|.*[：:]\s*$", x.text)
                                     for x in lines[i + 1:k]):
                j = k + 1  # (`（某某` / `摄）` is its own group; a `同志们：` is no credit)
        if j == i + 1 and trailers:  # `某某省人民政府办公厅` / `版权所有`: the word that says what the lines were
            k = next((k for k in range(i + 1, min(i + 1 + MAX_TRAILED, len(lines))) if s[k] in TRAILERS), None)
            if k is not None and all(len(x.text.strip()) <= MAX_VALUE * 2 and not is_prose(x.text)
                                     for x in lines[i:k]):
                j = k + 1
        out.append(Group(lines[i:j]))
        i = j
    return out



