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
    RE_SEPARATORS_ONLY,
    WebRules,
    fields,
    is_banner,
    is_breadcrumb,
    is_caption,
    is_head_caption,
    is_prose,
    is_related_header,
    is_shape_chrome,
    is_ui_only,
    phrase,
    split_site_suffix,
)
from .base import Context, Pass

FORMATS = ("txt", "html")  # paginated formats (PDF, DOCX) have furniture rules of their own
MAX_FRAGMENT = 8  # a UI fragment rendered on a line of its own is this short
MAX_GROUP = 12  # lines one reassembled UI line may span
MAX_LINK = 80  # a link title under a related-links header
MAX_TITLE = 80
MIN_REPEAT = 8  # a shorter tail line may repeat body words by chance
MAX_REPEATS = 3  # a page repeats its title or summary below the text, not whole passages
MIN_FURNITURE = 2  # weak furniture lines that confirm a repeat below the text is the page's
MAX_VALUE = 20  # a label's value on the next line: a name or a date
MAX_RESIDUE = 6  # a column name left between two chrome lines in the head
RE_SPLIT_BRACKET = re.compile(r"^[一二三四五六七八九十百\d]{1,3}[）)]")
RE_LABEL_ONLY = re.compile(r"^\W{0,2}\S{1,6}\s*[:：]\s*$")
RE_DELIVERY = re.compile(r"^(?:[—－-]{1,2}|[（(])?.{0,24}在.{2,60}(?:会议|大会|会|论坛|典礼|仪式|座谈|培训班|开幕式)"
                         r"(?:上|开幕式上)?(?:的(?:讲话|发言|报告|致辞|工作报告))?\s*[）)]?$")
RE_BYLINE = re.compile(r"^(?:.{0,20}(?:省长|市长|县长|区长|主席|书记|主任|局长|部长|厅长|校长|院长|委员长|总理)"
                       r"\s*[\u4e00-\u9fff·]{2,5}|(?:作者|文|撰文|文/图)\s*[:：/|]\s*\S{2,12})$")
RE_ELLIPSIS_END = re.compile(r"(?:\.{3,}|…+|⋯+)$")


@dataclass
class Group:
    """Consecutive lines read as one: a UI line and its fragments, or one line alone."""

    blocks: list[Block]
    rule: str | None = None
    reason: Reason = Reason.CHROME

    @property
    def text(self) -> str:
        return " ".join(b.text.strip() for b in self.blocks)

    def mark(self, rule: str, reason: Reason = Reason.CHROME) -> None:
        if self.rule is None:
            self.rule, self.reason = rule, reason


def run(doc: Document, ctx: Context) -> Document:
    web = ctx.rules.web
    if web is None or doc.meta.format not in FORMATS or _is_markdown(doc):
        return doc
    n = _rejoin_split_brackets(doc)
    groups = _groups([b for b in doc.blocks if b.kind in (Kind.LINE, Kind.PARAGRAPH) and b.text.strip()], web)
    if not groups:
        return doc
    for g in groups:
        _strong(g, web)
    _tail(groups, web)
    start, end = _body_span(groups)
    if start is not None and end is not None:
        for g in groups[:start] + groups[end + 1:]:
            _weak(g, web)
        for g in groups[:start]:
            if g.rule is None and is_head_caption(g.text, web):
                g.mark("web.caption")
    title = _title(doc, groups[:start] if start is not None else groups[:1], web)
    if start is not None:
        _residue(groups[:next((i for i, g in enumerate(groups) if g.blocks[0] is title), start)])
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
            elif RE_LABEL_ONLY.match(t) and (m := web.label_regex.match(t)) and web.label_kind[m.group(1)] != "other" \
                    and i + 1 < len(lines) and len(lines[i + 1].text.strip()) <= MAX_VALUE \
                    and not is_prose(lines[i + 1].text) and not RE_DELIVERY.match(lines[i + 1].text.strip()):
                j = i + 2  # `来源:` / `四川日报`
            # `首页` / `>` / `要闻` / `>` / `正文`: separators join their neighbours
            while j + 1 < len(lines) and j - i < MAX_GROUP and RE_SEPARATORS_ONLY.fullmatch(lines[j].text.strip()) \
                    and len(lines[j].text.strip()) <= 3 and _short(lines[j + 1]):
                j += 2
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
    elif len(t) <= 200 and (p := phrase(t, web, strong_only=True)) is not None and not _long_prose(t):
        g.mark(p.id)
    else:
        f = fields(t, web)
        if f is not None and len(f.values) >= 2:
            g.mark("web.fields", Reason.METADATA if _meta_kinds(f) else Reason.CHROME)


def _long_prose(t: str) -> bool:
    """A real paragraph that happens to mention a furniture word: never removed."""
    return len(t) > 120 and t.count("，") >= 3


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
    elif is_breadcrumb(t, web):
        g.mark("web.breadcrumb")
    elif is_banner(t, web):
        g.mark("web.banner")
    elif is_related_header(t, web):
        g.mark("web.related")
    elif (p := phrase(t, web, strong_only=False)) is not None and not is_prose(t):
        g.mark(p.id)
    elif _is_stamp(t):
        g.mark("web.stamp", Reason.METADATA)


def _is_stamp(t: str) -> bool:
    """A bare publish stamp (`2021-05-25 10:30`, `2026年02月10日 07时41分`), not a 落款 date."""
    parts = t.split()
    if not parts or not all(RE_DATE.fullmatch(p) or RE_CLOCK.fullmatch(p) for p in parts):
        return False
    return bool(RE_ISO_STAMP.match(parts[0])) or any(RE_CLOCK.fullmatch(p) for p in parts)


def _body_span(groups: list[Group]) -> tuple[int | None, int | None]:
    prose = [i for i, g in enumerate(groups) if g.rule is None and is_prose(g.text)]
    return (prose[0], prose[-1]) if prose else (None, None)


def _tail(groups: list[Group], web: WebRules) -> None:
    """From the end: copies of the title or body, UI lines, and link lists under a header."""
    earlier = squash("".join(g.text for g in groups))
    k = len(groups) - 1
    pending: list[Group] = []  # copies of body text, confirmed by furniture above them
    furniture = 0
    while k > 0:
        g = groups[k]
        t = g.text.strip()
        q = squash(RE_ELLIPSIS_END.sub("", t))
        if g.rule is not None or is_ui_only(t, web) or is_shape_chrome(t):
            furniture += 1
            if furniture >= MIN_FURNITURE or g.rule is not None:
                for p in pending:
                    p.mark("web.repeat")
                pending.clear()
        elif len(q) >= MIN_REPEAT and len(pending) < MAX_REPEATS and q in earlier[:_offset(groups, k)]:
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


def _offset(groups: list[Group], k: int) -> int:
    return len(squash("".join(g.text for g in groups[:k])))


def _link_like(t: str) -> bool:
    t = t.strip()
    return len(t) <= MAX_LINK and not re.search(r"[。！？!?]$", t)


def _residue(head: list[Group]) -> None:
    """A short label between two chrome lines of the head is part of them (a column name)."""
    for a, g, b in zip(head, head[1:], head[2:], strict=False):
        t = g.text.strip()
        if g.rule is None and a.rule and b.rule and len(t) <= MAX_RESIDUE and not re.search(r"[，。、：:]", t) \
                and g.blocks[0].kind is Kind.LINE:
            g.mark("web.column")


def _title_like(t: str, web: WebRules) -> bool:
    t = t.strip()
    return (2 <= len(t) <= MAX_TITLE and re.search(r"[\u4e00-\u9fff]", t) is not None
            and not re.search(r"[：:，,；;、]$", t) and "。" not in t and not is_banner(t, web)
            and not RE_DELIVERY.match(t) and not RE_BYLINE.match(t) and not is_caption(t, web))


def _title(doc: Document, head: list[Group], web: WebRules) -> Block | None:
    """Choose the title from the head by evidence; cut a site suffix; drop the page-title copy."""
    if any(b.kind is Kind.TITLE for b in doc.blocks):
        return None
    cands = [i for i, g in enumerate(head) if g.rule is None and len(g.blocks) == 1 and _title_like(g.text, web)]
    chosen: int | None = None
    copy: int | None = None
    for x in cands:  # the head repeats it: page title (maybe with a site suffix) and on-page title
        base = squash(_unsuffixed(head[x].text, web))
        later = next((y for y in cands if y > x and squash(_unsuffixed(head[y].text, web)) == base), None)
        if later is not None:
            chosen, copy = later, x
            break
    if chosen is None:  # the line before a delivery line, byline or publish line
        for x in cands:
            nxt = next((g for g in head[x + 1:] if g.text.strip()), None)
            if nxt is not None and ((nxt.reason is Reason.METADATA and nxt.rule)
                                    or RE_DELIVERY.match(nxt.text.strip()) or RE_BYLINE.match(nxt.text.strip())):
                chosen = x
                break
    if chosen is None and cands and cands[0] == next((i for i, g in enumerate(head) if g.rule is None), None):
        chosen = cands[0]  # the first line that is not chrome, as before
    if chosen is None:
        return None
    block = head[chosen].blocks[0]
    cut = split_site_suffix(block.text, web)
    if cut is not None:
        doc.remove(cut[1], "title.site-suffix", Reason.CHROME, block.prov)
        block.text = cut[0]
    block.kind, block.level = Kind.TITLE, 1
    if copy is not None:
        head[copy].mark("title.duplicate", Reason.DUPLICATE_TITLE)
    for x in cands:  # a page title that adds only a site suffix to the title
        if x < chosen and x != copy and squash(_unsuffixed(head[x].text, web)) == squash(block.text):
            head[x].mark("title.duplicate", Reason.DUPLICATE_TITLE)
    return block


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
        if not doc.meta.date and f.get("date"):
            doc.meta.date = find_date(f.get("date") or "", ctx.rules)
        for kind, key in (("publisher", "publisher"), ("author", "author")):
            v = f.get(kind)
            if v and key not in doc.meta.extra:
                doc.meta.extra[key] = v


PASS = Pass("page", "scraped-page structure: UI fragments, chrome around the body, title and metadata by evidence", run)
