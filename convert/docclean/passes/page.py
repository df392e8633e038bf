"""A scraped page as [head chrome] [title block] [body] [tail chrome], found by structure.

1. Lines (`page/lines.py`): UI fragments a page rendered one element per line are
   reassembled into the line they form (`【字体：` / `大` / `中` / `小` / `】`, `来源:` /
   `四川日报`, `首页` / `>` / `要闻`); a bracket that splits a heading is rejoined.
2. Evidence (`page/evidence.py`): strong evidence (captions, breadcrumbs, copyright, QR,
   login and disclaimer wording, multi-field stamps) marks chrome anywhere. The body is the
   span with the most prose for the least furniture; outside it, weaker evidence removes
   too: lines made only of UI words, `label：value` fields, menus, banners, bare stamps.
3. Edges (`page/edges.py`; the foot's walk, footer and link lists in `page/foot.py`): below
   the text, copies of the title or opening, link lists, comment threads and the footer; above
   the title, menus rendered one item per line, column names and the site's header.
4. Title (`page/title.py`; the <title> line's parts in `page/titleline.py`) by evidence: a
   line the head repeats (site suffix cut), the line before a delivery line, byline or publish
   line, a record's title field, or a line naming a kind of document; never a UI line, banner
   or site name.
5. Metadata (`page/meta.py`): `date` from the publish line, `publisher` from `来源：`,
   `author` from `作者：`/`编辑：` and bylines.

Everything removed is recorded with the rule that removed it (`explain.py` says why). The
words are data (`rules/web.yaml`); the code is only where each kind of evidence applies.
"""

from __future__ import annotations

from itertools import pairwise

from ..model import Block, Document, Kind, Reason
from ..page.captions import scene_captions
from ..page.docheader import memo_header, paper_keywords
from ..page.edges import (
    above_title,
    after_end_mark,
    box_fields,
    comments,
    context,
    credit_fields,
    crumbs,
    menu_items,
    residue,
    site_lines,
    tail_walk,
    toc_box,
)
from ..page.evidence import EDGE_GROUPS, body_span, is_promo, strong, weak
from ..page.foot import end_walk, footer, link_list, owner_block, past_site_line
from ..page.inserts import collection_intro, injected_links, lead_boxes, notice_lists
from ..page.lines import (
    FORMATS,
    RE_DELIVERY,
    RE_RUBY,
    Group,
    is_markdown,
    is_subtitle,
    make_groups,
    read_without_ruby,
    rejoin_split_brackets,
    section_labels,
)
from ..page.lists import headed_items, headline_list, numbered_items, recurring, teasers
from ..page.mail import mail_headers, mail_signature
from ..page.meta import metadata
from ..page.threads import thread_posts
from ..page.title import choose_title
from ..page.titleblock import (
    author_block,
    date_under_title,
    hemmed_in,
    issuer_lines,
    title_bars,
    title_block,
    unknown_fields,
)
from ..rules import find_date
from ..weblexicon import WebRules
from ..websuffix import split_site_suffix
from ..webui import is_head_caption
from .base import Context, Pass


def run(doc: Document, ctx: Context) -> Document:
    web = ctx.rules.web
    if web is None or doc.meta.format not in FORMATS or is_markdown(doc):
        return doc
    n = rejoin_split_brackets(doc) + section_labels(doc)
    groups = make_groups([b for b in doc.blocks if b.kind in (Kind.LINE, Kind.PARAGRAPH) and b.text.strip()], web)
    if not groups:
        return doc
    read_without_ruby(groups)
    read: dict[str, tuple[Group, str | None, Reason]] = {}  # strong evidence by text: a repeated line is read once
    for i, g in enumerate(groups):
        if (found := read.get(g.text)) is None:
            strong(g, web)
            read[g.text] = (g, g.rule, g.reason)
        else:
            g.twin = found[0]  # (its weak evidence is its first copy's too)
            if (rule := found[1]) is not None:
                g.mark(rule, found[2])
        if (i < EDGE_GROUPS or i >= len(groups) - EDGE_GROUPS) and is_promo(g.text) \
                and split_site_suffix(g.text, web) is None:  # (not `标题 | 某某新闻网 SOME.COM`: the <title>)
            g.mark("web.site-promo")  # `某某小说网 https://… 提供…免费下载` at the top or foot of a file
    mail_headers(groups, web)
    mail_signature(groups)
    tail_walk(groups, web)
    comments(groups, web)
    numbered_items(groups, web)
    lead_boxes(groups)
    injected_links(groups)
    notice_lists(groups, web)
    start, end = body_span(groups, web)
    groups, ghosts, start, end = with_ghosts(doc, groups, start, end, web)
    if start is not None and end is not None:
        for g in groups[:start] + groups[end + 1:]:
            weak(g, web)
        for g in groups[:start]:
            if g.rule is None and is_head_caption(g.text, web):
                g.mark("web.caption")
        box_fields(groups[:start])
    seen = [g for g in groups if id(g) not in ghosts]  # the title is chosen from the lines left
    cut = next((i for i, g in enumerate(seen) if start is not None and g is groups[start]), 1)
    under = {id(a): b for a, b in pairwise(groups) if id(b) in ghosts}  # a line a rule pack removed, under it
    chosen = choose_title(doc, seen[:cut], web, ctx, groups[end + 1:] if end is not None else [], under)
    title = chosen.block
    title_text = title.text if title is not None else None
    if title_text is not None and groups[0].ruby:
        title_text = RE_RUBY.sub("", title_text)  # (read as its lines are)
    at = next((i for i, g in enumerate(groups) if g.blocks[0] is title), None) if title is not None else None
    words = title_text or ""  # the title's own words: what a column tag or a site's name before it is not
    for part in chosen.suffix:
        words = words.replace(part, "")
    if start is not None and end is not None:
        above = at if at is not None else start
        head = head_zone(groups, above, start)
        runs_under = above == 0 and bool(head)  # the head runs on under the page's <title> line
        crumbs(head)
        residue(head)
        menu_items(head)
        if chosen.evidence in ("repeat", "occasion", "thread", "near") or runs_under:
            above_title(head, words, tuple(g.text for g in groups if g.rule == "title.duplicate"))
        site_lines(groups[:start], len(head) + 1 if runs_under else above, chosen, web)
        residue(groups[end + 1:], tail=True)
        context(head, top=True)
        context(groups[end + 1:], top=False)
        footer(groups[end + 1:], web, title_text)
        issuer_lines(groups[above:start], web)  # (first: a paper's name over its stamp is no author's)
        date_under_title(groups[above + 1:start])
        author_block(groups[above + 1:start])
        unknown_fields(groups[above + 1:start])
        title_bars(groups[above + 1:start], words)
        hemmed_in(groups[above + 1:start])
        headline_list(groups[above + 1:start])
        furniture = next((k for k in range(end + 1, len(groups)) if groups[k].rule is not None), len(groups))
        scene_captions(groups[above + 1:furniture], web)  # (and a gallery's captions under the text's last paragraph)
        toc_box(groups[:start])
        title_block([g for g in groups[:start] if g.blocks[0] is not title])
        credit_fields(groups[end + 1:])
        link_list(groups[end + 1:], web)
        headed_items(groups[:start], web)
        headed_items(groups[end + 1:], web)
        teasers(groups[end + 1:])
        recurring(groups[end + 1:])
        after_end_mark(groups[end + 1:])
        owner_block(groups[end:], web)  # (the body span may end at the owner's name: it reads as a signing office)
        end_walk(groups[above + 1:], web)
        past_site_line(groups[end + 1:], web, title_text)
        residue(groups[end + 1:], tail=True)  # again: the foot walk may have marked a leftover's neighbours
        thread_posts(groups, end, web)  # (last: a thread's posts are its text, whatever the foot made of them)
    for g in groups:  # a wrapped delivery line is one line of the text
        if g.rule is None and len(g.blocks) == 2 and RE_DELIVERY.match(g.text.replace(" ", "")):
            g.blocks[0].text = g.blocks[0].text.rstrip() + g.blocks[1].text.strip()
            g.blocks[1].text = ""
            g.changed()
            n += 1
    if at is not None:
        collection_intro(groups, at, words, web)
    for g in memo_header(groups):  # (last: the title block's walks read a header's date as the page's)
        if id(g) in ghosts:
            n += give_back(doc, g.blocks[0], ctx)
    paper_keywords(groups)
    metadata(doc, [g for g in groups if id(g) not in ghosts], ctx)
    for g in groups:
        if g.rule is None or id(g) in ghosts or g.blocks[0] is title:
            continue
        for b in g.blocks:
            doc.remove(b.text, g.rule, g.reason, b.prov)
            b.text = ""
        n += 1
    doc.changes[PASS.name] += n
    return doc



GHOST = "chrome.pack"  # a line a rule pack removed, read again as what it is when the page pass has no name for it


def with_ghosts(doc: Document, groups: list[Group], start: int | None, end: int | None,
                web: WebRules) -> tuple[list[Group], set[int], int | None, int | None]:
    """The groups with a stand-in for every line the rule packs removed, where it stood, marked
    as what the page pass calls it (a stamp, a toolbar): the page's furniture is evidence for
    its neighbours (a bar item between a removed date and a removed prompt), whichever pass
    took it. The body span is found without them, and they are not removed again."""
    gone: dict[int, list[str]] = {}
    for r in doc.removals:
        if r.line is not None and not r.rule.startswith(("web.", "title.")):
            gone.setdefault(r.line, []).append(r.text)
    if not gone:
        return groups, set(), start, end
    first = {id(g.blocks[0]): g for g in groups}
    out: list[Group] = []
    ghosts: set[int] = set()
    index: dict[int, int] = {}
    for b in doc.blocks:
        if (g := first.get(id(b))) is not None:
            index[id(g)] = len(out)
            out.append(g)
        elif b.kind is Kind.LINE and not b.text.strip() and b.prov.line in gone:
            text = "  ".join(gone[b.prov.line])
            ghost = Group([Block(Kind.LINE, text, prov=b.prov)])
            ghost.rule, ghost.reason = ghost_rule(text, web)
            ghosts.add(id(ghost))
            out.append(ghost)
    if start is not None and end is not None:
        start, end = index[id(groups[start])], index[id(groups[end])]
    return out, ghosts, start, end


def give_back(doc: Document, ghost: Block, ctx: Context) -> int:
    """Put a line a rule pack removed back where it stood, its removal unrecorded (and the
    date it gave the page, if it gave one)."""
    line = ghost.prov.line
    mine = [r for r in doc.removals if r.line == line and not r.rule.startswith(("web.", "title."))]
    b = next((b for b in doc.blocks if b.prov.line == line and b.kind is Kind.LINE and not b.text.strip()), None)
    if b is None or "  ".join(r.text for r in mine) != ghost.text:
        return 0  # (part of a line, or a line since moved: left as the pack made it)
    b.text = ghost.text
    doc.removals = [r for r in doc.removals if all(r is not m for m in mine)]
    if doc.meta.date and find_date(ghost.text, ctx.rules) == doc.meta.date:
        doc.meta.date = None  # (the publish lines left date the page again)
    return 1


_GHOST_RULES: dict[str, tuple[str, Reason]] = {}
_GHOST_WEB: list[WebRules] = []  # the lexicon the kept readings were made with (held, so its id is never reused)
MAX_GHOST_RULES = 4096  # a corpus's banners recur: their reading is kept, a few thousand lines at most


def ghost_rule(text: str, web: WebRules) -> tuple[str, Reason]:
    """What the page pass calls a line a rule pack removed (read once per wording and lexicon)."""
    if not _GHOST_WEB or _GHOST_WEB[0] is not web or len(_GHOST_RULES) >= MAX_GHOST_RULES:
        _GHOST_WEB[:] = [web]
        _GHOST_RULES.clear()
    if (found := _GHOST_RULES.get(text)) is None:
        g = Group([Block(Kind.LINE, text)])
        strong(g, web)
        weak(g, web)
        g.mark(GHOST)
        found = _GHOST_RULES[text] = (g.rule or GHOST, g.reason)
    return found


def head_zone(groups: list[Group], above: int, start: int) -> list[Group]:
    """The page's head: the lines above the title. A page that shows no title of its own keeps
    only its <title> line on top, and its head runs on under that line down to the last
    furniture before the title block: the publish line, or a line of the text's own (a
    subtitle `——…`, a salutation `同志们：`). A document's own title over its byline has no
    furniture under it, and no head."""
    if above > 0:
        return groups[:above]
    stop = next((i for i in range(1, start) if (groups[i].rule is not None and groups[i].reason is Reason.METADATA)
                 or (groups[i].rule is None and own_line(groups[i].text))), start)
    last = max((i for i in range(1, stop) if groups[i].rule is not None and groups[i].reason is Reason.CHROME),
               default=0)
    return groups[1:last + 1]


def own_line(t: str) -> bool:
    """A line of the text's own under its title: a subtitle, a delivery line, a salutation."""
    t = t.strip()
    return is_subtitle(t) or bool(RE_DELIVERY.match(t)) or t.endswith(("：", ":"))


PASS = Pass("page", "scraped-page structure: UI fragments, chrome around the body, title and metadata by evidence", run)

