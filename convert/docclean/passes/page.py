"""A scraped page as [head chrome] [title block] [body] [tail chrome], found by structure.

1. UI fragments are reassembled: a page rendered one element per line (`【字体：` / `大` /
   `中` / `小` / `】`, `来源:` / `四川日报`, `首页` / `>` / `要闻`) is judged as the line it
   forms; a lone bracket that splits a heading (`（` then `三）改革开放…`) is rejoined.
2. Strong evidence (captions, location breadcrumbs, copyright / QR / login / disclaimer
   wording, multi-field stamps, related-links headers) marks chrome anywhere.
3. The body is the run from the first to the last line of prose (length, sentence
   punctuation, CJK share). Before and after it, weaker evidence also removes: lines made
   only of UI words, `label：value` fields, banners, bare stamps, URLs, link lists under a
   related-links header, and copies of the title or of body text.
4. The title is chosen by evidence (a line the head repeats, with any site suffix cut; or
   the line before a delivery line, byline or publish line), never a UI line or banner.
5. Publish lines give `date`, `来源：` gives `publisher`, `作者：`/`编辑：` gives `author`.

Everything removed is recorded with the rule that removed it. The words are data
(`rules/web.yaml`); this module is only where each kind of evidence applies.
"""

from __future__ import annotations

import itertools
import re
from dataclasses import dataclass

from ..model import Block, Document, Kind, Reason
from ..rules import find_date
from ..webui import (
    RE_CLOCK,
    RE_DATE,
    RE_ISO_STAMP,
    RE_SENTENCE_END,
    RE_SEPARATORS_ONLY,
    RE_TITLE_SEP,
    WebRules,
    fields,
    is_banner,
    is_breadcrumb,
    is_caption,
    is_head_caption,
    is_menu,
    is_prose,
    is_related_header,
    is_shape_chrome,
    is_site_name,
    is_stamp_line,
    is_ui_only,
    label_of,
    phrase,
    split_site_suffix,
)
from .base import Context, Pass

FORMATS = ("txt", "html")  # paginated formats (PDF, DOCX) have furniture rules of their own
MAX_FRAGMENT = 8  # a UI fragment rendered on a line of its own is this short
MAX_GROUP = 12  # lines one reassembled UI line may span
MAX_LINK = 80  # a link title under a related-links header
MAX_TITLE = 80
MAX_PROMO = 200  # a line outside the body that gives a web address: the site's promotion
RE_WEB_ADDRESS = re.compile(r"https?://|www\.[\w-]+\.|\b[\w-]+\.(?:com|cn|net|org)\b", re.I)
MAX_STRONG_PHRASE_LINE = 100  # a longer line is a paragraph that mentions furniture words, never removed
MIN_REPEAT = 8  # a shorter tail line may repeat body words by chance
MAX_REPEATS = 3  # a page repeats its title or summary below the text, not whole passages
MIN_FURNITURE = 2  # weak furniture lines that confirm a repeat below the text is the page's
MAX_VALUE = 20  # a label's value on the next line: a name or a date
MAX_TAIL_RESIDUE = 20  # below the text: a footer's address, a one-line comment
MAX_RESIDUE = 6  # a column name left between two chrome lines in the head
RE_SPLIT_BRACKET = re.compile(r"^[一二三四五六七八九十百\d]{1,3}[）)]")
RE_LABEL_ONLY = re.compile(r"^\W{0,2}\S{1,6}\s*[:：]\s*$")
# `——2026年1月28日在…会议上`, `（2026年1月27日在…会议上）`: the occasion of a speech or report
OCCASION = r"(?:会议|大会|会|论坛|典礼|仪式|座谈|培训班|开幕式)"
RE_DELIVERY = re.compile(r"^(?:[—－-]{1,2}\s*|[（(]\s*)(?:.{0,24}在.{2,60}" + OCCASION
                         + r"(?:上|开幕式上)?(?:的(?:讲话|发言|报告|致辞|工作报告))?"
                         r"|.{0,40}\d{4}年\d{1,2}月\d{1,2}日.{0,40})\s*[）)]?$"
                         r"|^\d{4}年\d{1,2}月\d{1,2}日在.{2,60}" + OCCASION + r"上\s*$")
RE_BYLINE = re.compile(r"^(?:.{0,20}(?:省长|市长|县长|区长|主席|书记|主任|局长|部长|厅长|校长|院长|委员长|总理)"
                       r"\s*[\u4e00-\u9fff·]{2,5}|(?:作者|文|撰文|文/图)\s*[:：/|]\s*\S{2,12})$")
RE_ELLIPSIS_END = re.compile(r"(?:\.{3,}|…+|⋯+)$")


@dataclass
class Group:
    """Consecutive lines read as one: a UI line and its fragments, or one line alone."""

    blocks: list[Block]
    rule: str | None = None
    reason: Reason = Reason.CHROME
    _prose: bool | None = None

    @property
    def text(self) -> str:
        return " ".join(b.text.strip() for b in self.blocks)

    @property
    def prose(self) -> bool:
        if self._prose is None:
            self._prose = is_prose(self.text)
        return self._prose

    def mark(self, rule: str, reason: Reason = Reason.CHROME) -> None:
        if self.rule is None:
            self.rule, self.reason = rule, reason


def run(doc: Document, ctx: Context) -> Document:
    web = ctx.rules.web
    if web is None or doc.meta.format not in FORMATS or _is_markdown(doc):
        return doc
    n = _rejoin_split_brackets(doc) + _section_labels(doc)
    groups = _groups([b for b in doc.blocks if b.kind in (Kind.LINE, Kind.PARAGRAPH) and b.text.strip()], web)
    if not groups:
        return doc
    for i, g in enumerate(groups):
        _strong(g, web)
        if (i < EDGE_GROUPS or i >= len(groups) - EDGE_GROUPS) and _is_promo(g.text):
            g.mark("web.site-promo")  # `某某小说网 https://… 提供…免费下载` at the top or foot of a file
    _tail(groups, web)
    start, end = _body_span(groups, web)
    if start is not None and end is not None:
        for g in groups[:start] + groups[end + 1:]:
            _weak(g, web)
        for g in groups[:start]:
            if g.rule is None and is_head_caption(g.text, web):
                g.mark("web.caption")
    title, evidence = _title(doc, groups[:start] if start is not None else groups[:1], web, ctx)
    if start is not None and end is not None:
        above = next((i for i, g in enumerate(groups) if g.blocks[0] is title), start)
        _residue(groups[:above])
        _menu_items(groups[:above])
        if evidence in ("repeat", "occasion"):
            _above_title(groups[:above])
        site = doc.meta.extra.pop("_site", None)
        for i, g in enumerate(groups[:start]):
            t = g.text.strip()
            if g.rule is None and g.blocks[0] is not title and (
                    (i < above and is_site_name(t, web))
                    or (site and t.startswith(site) and len(t) <= 40 and not is_prose(t))):
                g.mark("web.site-name")
        _residue(groups[end + 1:], tail=True)
        _footer(groups[end + 1:])
        _link_list(groups[end + 1:], web)
    for g in groups:  # a wrapped delivery line is one line of the text
        if g.rule is None and len(g.blocks) == 2 and RE_DELIVERY.match(g.text.replace(" ", "")):
            g.blocks[0].text = g.blocks[0].text.rstrip() + g.blocks[1].text.strip()
            g.blocks[1].text = ""
            n += 1
    _metadata(doc, groups, ctx)
    for g in groups:
        if g.rule is None or g.blocks[0] is title:
            continue
        for b in g.blocks:
            doc.remove(b.text, g.rule, g.reason, b.prov)
            b.text = ""
        n += 1
    doc.changes[PASS.name] += n
    return doc


def _is_markdown(doc: Document) -> bool:
    """Our own output read back (front matter, `#` lines): already clean, left as it is."""
    return doc.meta.format == "txt" and any(b.kind is not Kind.LINE for b in doc.blocks)


def _rejoin_split_brackets(doc: Document) -> int:
    """`（` alone on a line, then `三）改革开放…`: one heading, as the author wrote it."""
    n = 0
    lines = [b for b in doc.blocks if b.kind is Kind.LINE and b.text.strip()]
    for a, b in itertools.pairwise(lines):
        if a.text.strip() in ("（", "(") and RE_SPLIT_BRACKET.match(b.text.lstrip()):
            b.text = "（" + b.text.lstrip()
            a.text = ""
            n += 1
    return n


RE_SQUASH = re.compile(r"\s+")
SQUASH_FOLD = str.maketrans("，；：？！（）“”‘’", ",;:?!()\"\"''")


def squash(t: str) -> str:
    """Text for 'is it a copy' tests: no whitespace, punctuation widths folded."""
    return RE_SQUASH.sub("", t).translate(SQUASH_FOLD)


RE_SECTION_LABEL = re.compile(r"^\s*(?:正文卷?|《\s*》\s*目录|目录|章节目录)\s*"
                              r"(?=第[一二三四五六七八九十百千零〇两\d]+[回章节卷部集篇]|附录|序[言章]?\s|前言|后记|楔子|引子|尾声)")


def _section_labels(doc: Document) -> int:
    """A novel site's `正文` or `《》目录` glued before a chapter heading (`正文 第一回 …`)."""
    n = 0
    for b in doc.blocks:
        if b.kind is Kind.LINE and (m := RE_SECTION_LABEL.match(b.text)):
            doc.remove(m.group(), "web.section-label", Reason.CHROME, b.prov)
            b.text = b.text[m.end():]
            n += 1
    return n


def _short(b: Block) -> bool:
    t = b.text.strip()
    return len(t) <= MAX_FRAGMENT and not is_prose(t)


def _groups(lines: list[Block], web: WebRules) -> list[Group]:
    """Reassemble UI lines the page split into fragments; every other line stands alone."""
    out: list[Group] = []
    i = 0
    while i < len(lines):
        j = i + 1
        t = lines[i].text.strip()
        if i + 1 < len(lines) and re.match(r"[—－(（-]", t) and not RE_DELIVERY.match(t) \
                and RE_DELIVERY.match(t + lines[i + 1].text.strip()):
            j = i + 2  # a delivery line wrapped in two: `——2026年1月26日在…第十四届` / `人民代表大会…会议上`
        elif _short(lines[i]):
            opened = t.count("【") + t.count("[") - t.count("】") - t.count("]")
            if opened > 0:  # `【字体：` ... `】`
                k = i + 1
                while k < len(lines) and k - i < MAX_GROUP and _short(lines[k]):
                    t2 = lines[k].text.strip()
                    opened += t2.count("【") + t2.count("[") - t2.count("】") - t2.count("]")
                    k += 1
                    if opened <= 0:
                        j = k
                        break
            elif RE_LABEL_ONLY.match(t) and (m := web.label_regex.match(t)) and web.label_kind[label_of(m)] != "other" \
                    and i + 1 < len(lines) and len(lines[i + 1].text.strip()) <= MAX_VALUE \
                    and not is_prose(lines[i + 1].text) and not RE_DELIVERY.match(lines[i + 1].text.strip()):
                j = i + 2  # `来源:` / `四川日报`
            # `首页` / `>` / `要闻` / `>` / `正文`: separators join their neighbours
            while j + 1 < len(lines) and j - i < MAX_GROUP and RE_SEPARATORS_ONLY.fullmatch(lines[j].text.strip()) \
                    and len(lines[j].text.strip()) <= 3 and _short(lines[j + 1]):
                j += 2
        if j == i + 1:  # a caption's credit broken over lines: `…记者` / `马晓丽` / `摄`
            k = next((k for k in range(i + 1, min(i + 4, len(lines)))
                      if lines[k].text.strip() in ("摄", "摄）", "摄)")), None)
            if k is not None and all(len(x.text.strip()) <= 5 for x in lines[i + 1:k]):
                j = k + 1
        out.append(Group(lines[i:j]))
        i = j
    return out


def _strong(g: Group, web: WebRules) -> None:
    """Evidence that holds anywhere on the page, inside the body too."""
    t = g.text.strip()
    if is_caption(t, web):
        g.mark("web.caption")
    elif web.breadcrumb.match(t) and is_breadcrumb(t, web):
        g.mark("web.breadcrumb")
    elif is_related_header(t, web):
        g.rule = None  # decided with the rest of the tail
    elif len(t) <= MAX_STRONG_PHRASE_LINE and (p := phrase(t, web, strong_only=True)) is not None:
        g.mark(p.id)
    else:
        f = fields(t, web)
        if f is not None and len(f.values) >= 2:
            g.mark("web.fields", Reason.METADATA if _meta_kinds(f) else Reason.CHROME)


def _meta_kinds(f: object) -> bool:
    return any(k in ("date", "publisher", "author") and v for k, v in f.values)  # type: ignore[attr-defined]


def _weak(g: Group, web: WebRules) -> None:
    """Evidence that counts outside the body only: what a line is made of."""
    if g.rule is not None:
        return
    t = g.text.strip()
    f = fields(t, web)
    if is_ui_only(t, web):
        g.mark("web.ui")
    elif f is not None:
        g.mark("web.fields", Reason.METADATA if _meta_kinds(f) else Reason.CHROME)
    elif is_shape_chrome(t):
        g.mark("web.shape")
    elif is_stamp_line(t):
        g.mark("web.stamp", Reason.METADATA)
    elif is_breadcrumb(t, web):
        g.mark("web.breadcrumb")
    elif is_menu(t, web):
        g.mark("web.menu")
    elif is_banner(t, web):
        g.mark("web.banner")
    elif is_related_header(t, web):
        g.mark("web.related")
    elif (p := phrase(t, web, strong_only=False)) is not None and not is_prose(t):
        g.mark(p.id)
    elif _is_stamp(t):
        g.mark("web.stamp", Reason.METADATA)
    elif _is_promo(t, strict=False):
        g.mark("web.site-promo")  # a site's own line with its address


RE_PROMO_WORDS = re.compile(r"网站|本站|本网|网址|[\u4e00-\u9fff]网|下载|阅读|提供|收藏|访问")
EDGE_GROUPS = 5  # the first and last lines of a file, where download sites put their own line


def _is_promo(t: str, strict: bool = True) -> bool:
    """A line that gives a web address and speaks of the site (strict), or just gives one."""
    t = t.strip()
    return len(t) <= MAX_PROMO and RE_WEB_ADDRESS.search(t) is not None and not RE_SIGNATURE.search(t) \
        and (not strict or RE_PROMO_WORDS.search(t) is not None)


def _is_stamp(t: str) -> bool:
    """A bare publish stamp (`2021-05-25 10:30`, `2026年02月10日 07时41分`), not a 落款 date."""
    parts = t.split()
    if not parts or not all(RE_DATE.fullmatch(p) or RE_CLOCK.fullmatch(p) for p in parts):
        return False
    return bool(RE_ISO_STAMP.match(parts[0])) or any(RE_CLOCK.fullmatch(p) for p in parts)


def _body_span(groups: list[Group], web: WebRules) -> tuple[int | None, int | None]:
    """First and last line of prose; a record field (`【 标  题 】…？`) is no prose however it reads."""
    prose = [i for i, g in enumerate(groups) if g.rule is None and g.prose and fields(g.text, web) is None]
    return (prose[0], prose[-1]) if prose else (None, None)


def _tail(groups: list[Group], web: WebRules) -> None:
    """From the end: copies of the title or body, UI lines, and link lists under a header."""
    k = len(groups) - 1
    pending: list[Group] = []  # maybe copies of body text, confirmed by furniture above them
    furniture = 0
    while k > 0:
        g = groups[k]
        t = g.text.strip()
        if g.rule is not None or is_ui_only(t, web) or is_shape_chrome(t):
            furniture += 1
            if pending and (furniture >= MIN_FURNITURE or g.rule is not None):
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
        if all(x.rule is not None or _link_like(x.text) or is_ui_only(x.text, web) or is_shape_chrome(x.text)
               for x in rest):
            groups[r].mark("web.related")
            for x in rest:
                x.mark("web.related-link")
            break


def _link_like(t: str) -> bool:
    t = t.strip()
    return len(t) <= MAX_LINK and not re.search(r"[。！？!?]$", t)


def _residue(zone: list[Group], tail: bool = False) -> None:
    """A short line between two chrome lines: a column name above the title, a footer's or
    a comment thread's leftovers below the text."""
    for a, g, b in zip(zone, zone[1:], zone[2:], strict=False):
        t = g.text.strip()
        if g.rule is None and a.rule and b.rule and g.blocks[0].kind is Kind.LINE:
            if not tail and len(t) <= MAX_RESIDUE and not re.search(r"[，。、：:]", t):
                g.mark("web.column")
            elif tail and (len(t) <= MAX_TAIL_RESIDUE or (len(t) <= 2 * MAX_TAIL_RESIDUE
                                                           and not re.search(r"[。！？!?]", t))):
                g.mark("web.tail-residue")


# Lines of an official document's own header, which may stand above its title.
RE_DOC_HEADER = re.compile(r"〔\d{4}〕|\[\d{4}\]\s*\d+\s*号|\d+号$|文件$|签发人|密级|绝密|机密|秘密|特急|加急|平急|"
                           r"^附件\s*\d*\s*[:：]?$|^（?此件|^编者按|^[一二三四五六七八九十]+、")
MAX_HEADER_LINE = 40
# A signing office or a closing date (落款): the text's own last lines.
RE_SIGNATURE = re.compile(r"(?:人民政府|委员会|办公室|办公厅|人大常委会|政协|局|厅|部|委|院|所|中心|公司|学校|大学|学院"
                          r"|支部|党委|总支|协会|学会|联合会)$|^[〇○零一二三四五六七八九十]{4}年")


def _above_title(above: list[Group]) -> None:
    """Above a title the page itself vouches for, and above the page furniture that stands over
    it, a short line that is not a sentence nor an official document's own header line is the
    site's header. (The line right above a title may be its first half: it stays.)"""
    last = max((i for i, g in enumerate(above) if g.rule is not None), default=-1)
    for g in above[:last]:
        t = g.text.strip()
        if g.rule is None and len(t) <= MAX_HEADER_LINE and not is_prose(t) and not RE_SENTENCE_END.search(t) \
                and not RE_DOC_HEADER.search(t):
            g.mark("web.site-header")


def _footer(tail: list[Group]) -> None:
    """Below the text, after the first line of page furniture, what is not a sentence is furniture
    (a closing date or signing office stays: they belong to the text)."""
    first = next((i for i, g in enumerate(tail) if g.rule is not None and g.rule != "web.repeat"), None)
    if first is None:
        return
    for g in tail[first + 1:]:
        t = g.text.strip()
        if g.rule is None and len(t) <= MAX_HEADER_LINE and not RE_SENTENCE_END.search(t[-1:]) \
                and not RE_DOC_HEADER.search(t) and not RE_DATE.fullmatch(t) and not RE_SIGNATURE.search(t):
            g.mark("web.footer")


MIN_LINK_RUN = 3  # article titles in a row below the text: a list of links


def _link_list(tail: list[Group], web: WebRules) -> None:
    """A run of article titles at the foot of the page (and the short header above it)."""
    def link(g: Group) -> bool:
        t = g.text.strip()
        return (g.rule is None and 6 <= len(t) <= 60 and not re.search(r"[，。；！？,;：:]", t)
                and not RE_NUMBERED.match(t) and not RE_DOC_HEADER.search(t) and not RE_DATE.fullmatch(t))

    def marked(g: Group) -> bool:  # a bullet before it or a date after it: how link lists look
        t = g.text.strip()
        return bool(RE_LINK_MARK.search(t))

    i = 0
    while i < len(tail):
        j = i
        while j < len(tail) and link(tail[j]):
            j += 1
        run = tail[i:j]
        if len(run) >= MIN_LINK_RUN and sum(map(marked, run)) * 2 >= len(run) \
                and all(g.rule is not None for g in tail[j:]):
            for g in tail[i:j]:
                g.mark("web.link-list")
            if i > 0 and tail[i - 1].rule is None and len(tail[i - 1].text.strip()) <= 16 \
                    and not RE_SENTENCE_END.search(tail[i - 1].text):
                tail[i - 1].mark("web.related")
        i = max(j, i + 1)


RE_LINK_MARK = re.compile(r"^[·•◆◇■□▪▫●○★☆>»\-*]|[（(\[]?\d{2,4}[-/.]\d{1,2}(?:[-/.]\d{1,2})?[）)\]]?$")
RE_NUMBERED = re.compile(r"^\s*(?:[一二三四五六七八九十]+[、．.]|[（(][一二三四五六七八九十\d]+[）)]|\d+[、．.]"
                         r"|第[一二三四五六七八九十\d]+)")


MENU_SEEDS = ("web.ui", "web.menu", "web.breadcrumb", "web.menu-item", "web.column", "web.site-name")
MAX_MENU_ITEM = 8  # an item of a menu the page rendered one per line


def _menu_items(above: list[Group]) -> None:
    """Above the title, short lines next to a menu are its items (`首页` / `要闻动态` / …), and a
    run of four or more such lines is a menu by itself."""
    def item(g: Group) -> bool:
        t = g.text.strip()
        return g.rule is None and 0 < len(t) <= MAX_MENU_ITEM and not re.search(r"[，。！？、：:；]", t)

    run: list[Group] = []
    for g in [*above, Group([])]:
        if g.blocks and item(g):
            run.append(g)
            continue
        if len(run) >= 4:
            for x in run:
                x.mark("web.menu-item")
        run = []
    changed = True
    while changed:
        changed = False
        for i, g in enumerate(above):
            near = [x for x in (above[i - 1] if i else None, above[i + 1] if i + 1 < len(above) else None) if x]
            if item(g) and any(x.rule in MENU_SEEDS for x in near):
                g.mark("web.menu-item")
                changed = True


def _title_like(t: str, web: WebRules) -> bool:
    t = t.strip()
    return (2 <= len(t) <= MAX_TITLE and re.search(r"[\u4e00-\u9fff]", t) is not None
            and not re.search(r"[：:，,；;、]$", t) and "。" not in t and not is_banner(t, web)
            and not RE_DELIVERY.match(t) and not RE_BYLINE.match(t) and not is_caption(t, web))


def _title(doc: Document, head: list[Group], web: WebRules, ctx: Context) -> tuple[Block | None, str]:
    """Choose the title from the head by evidence; cut a site suffix; drop the page-title copy.
    Returns the title and the evidence: repeat, occasion (a delivery, byline or publish line
    follows), kind (it names a kind of document), first (the first line left), or none."""
    if any(b.kind is Kind.TITLE for b in doc.blocks):
        return None, "none"
    evidence = "none"
    for g in head:  # a record that names its title: `【 标  题 】…`, `标题：…`
        f = fields(g.text, web) if g.rule in (None, "web.fields") and len(g.blocks) == 1 else None
        value = f.get("title") if f else None
        if value:
            g.rule, block = None, g.blocks[0]
            doc.remove(block.text[:block.text.index(value)], "web.title-label", Reason.CHROME, block.prov)
            block.text, block.kind, block.level = value, Kind.TITLE, 1
            return block, "field"
    cands = [i for i, g in enumerate(head) if g.rule is None and len(g.blocks) == 1 and _title_like(g.text, web)]
    chosen: int | None = None
    copy: int | None = None
    for x in cands:  # the head repeats it: page title (maybe with a site suffix) and on-page title
        base = squash(_unsuffixed(head[x].text, web))
        later = next((y for y in cands if y > x and _same_title(base, squash(_unsuffixed(head[y].text, web)))), None)
        if later is None:  # the on-page copy wrapped over two lines
            later = next((y for y in cands if y > x and y + 1 in cands
                          and base == squash(head[y].text + head[y + 1].text)), None)
            if later is not None:
                nxt = head[later + 1].blocks[0]
                head[later].blocks[0].text = head[later].blocks[0].text.rstrip() + nxt.text.strip()
                nxt.text = ""
        if later is not None:  # keep the copy without a suffix
            longer = len(squash(head[x].text)) > len(squash(head[later].text))
            chosen, copy = (later, x) if longer or len(squash(head[x].text)) == len(squash(head[later].text)) \
                else (x, later)
            evidence = "repeat"
            break
    if chosen is None:  # the line before a delivery line, byline or publish line
        for x in cands:
            nxt = next((g for g in head[x + 1:] if g.text.strip()), None)
            if nxt is not None and ((nxt.reason is Reason.METADATA and nxt.rule)
                                    or RE_DELIVERY.match(nxt.text.strip()) or RE_BYLINE.match(nxt.text.strip())):
                chosen, evidence = x, "occasion"
                break
    if chosen is None:  # it names a kind of document (`…的讲话`, `…的通知`)
        kinds = ctx.rules.headings.subtitle_suffixes
        chosen = next((x for x in cands if head[x].text.strip().endswith(kinds) and len(head[x].text.strip()) >= 6),
                      None)
        evidence = "kind" if chosen is not None else evidence
    if chosen is None and cands and cands[0] == next((i for i, g in enumerate(head) if g.rule is None), None):
        chosen, evidence = cands[0], "first"  # the first line that is not chrome, as before
    if chosen is None:
        return None, "none"
    block = head[chosen].blocks[0]
    _unwrap_title(doc, block)
    cut = split_site_suffix(block.text, web, _head_words(head, block))
    if cut is not None:
        doc.meta.extra["_site"] = RE_TITLE_SEP.split(cut[1].strip())[-1].strip() or cut[1]
        doc.remove(cut[1], "title.site-suffix", Reason.CHROME, block.prov)
        block.text = cut[0]
    block.kind, block.level = Kind.TITLE, 1
    if copy is not None:
        head[copy].mark("title.duplicate", Reason.DUPLICATE_TITLE)
        other = split_site_suffix(head[copy].text, web, _head_words(head, block))
        if other is not None and "_site" not in doc.meta.extra:
            doc.meta.extra["_site"] = RE_TITLE_SEP.split(other[1].strip())[-1].strip() or other[1]
    for x in cands:  # a page title that adds only a site suffix to the title
        if x < chosen and x != copy and squash(_unsuffixed(head[x].text, web)) == squash(block.text):
            head[x].mark("title.duplicate", Reason.DUPLICATE_TITLE)
    return block, evidence


RE_WRAPPED_TITLE = re.compile(r"^[《\[【]\s*([^《》\[\]【】]+?)\s*[》\]】]$")
RE_BOOK_AUTHOR = re.compile(r"\s*[/／]\s*([\u4e00-\u9fff·]{2,8})\s*(?:著|编著|撰|编)$")


def _unwrap_title(doc: Document, block: Block) -> None:
    """`《西游记》` and `[三国演义 / 罗贯中 著 ]`: a book's title line, its brackets and author off."""
    m = RE_WRAPPED_TITLE.match(block.text.strip())
    if not m:
        return
    inner = m.group(1)
    by = RE_BOOK_AUTHOR.search(inner)
    if by:
        doc.meta.extra.setdefault("author", by.group(1))
        inner = inner[:by.start()]
    if inner.strip():
        block.text = inner.strip()


def _head_words(head: list[Group], title: Block) -> tuple[str, ...]:
    """First words of the other head lines: a title's suffix found among them is the site's name."""
    return tuple(w for g in head if g.blocks[0] is not title for w in g.text.split()[:1] if len(w) >= 2)


def _same_title(a: str, b: str) -> bool:
    """Equal, or one is the other plus a separated suffix (`标题_栏目`, `标题-站名`)."""
    if a == b:
        return True
    short, long_ = sorted((a, b), key=len)
    return len(short) >= 4 and long_.startswith(short) and long_[len(short)] in "_-–—|｜·"


def _unsuffixed(t: str, web: WebRules) -> str:
    cut = split_site_suffix(t, web)
    return cut[0] if cut else t


def _metadata(doc: Document, groups: list[Group], ctx: Context) -> None:
    """Publish line -> date, `来源：` -> publisher, `作者：`/`编辑：` -> author (first of each)."""
    web = ctx.rules.web
    assert web is not None
    for g in groups:
        if g.reason is not Reason.METADATA or g.rule is None:
            continue
        f = fields(g.text, web)
        if f is None:
            if not doc.meta.date:
                doc.meta.date = find_date(g.text, ctx.rules)
            continue
        if not doc.meta.date:  # the date field, else a date anywhere in the stamp line
            doc.meta.date = find_date(f.get("date") or "", ctx.rules) or find_date(g.text, ctx.rules)
        for kind, key in (("publisher", "publisher"), ("author", "author")):
            v = f.get(kind)
            if v and key not in doc.meta.extra:
                doc.meta.extra[key] = v


PASS = Pass("page", "scraped-page structure: UI fragments, chrome around the body, title and metadata by evidence", run)
