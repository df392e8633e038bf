"""The title by evidence: a line the head repeats (site suffix cut), the line before a
delivery line, byline or publish line, a record's title field, or a line naming a kind of
document; never a UI line, banner or site name."""

from __future__ import annotations

from dataclasses import dataclass

from ..model import Block, Document, Kind, Reason
from ..passes.base import Context
from ..tables import squash
from ..weblexicon import WebRules
from ..websuffix import split_bracketed, split_site_suffix
from ..webui import RE_BREADCRUMB_SEP, is_issuer, is_site_name
from .edges import RE_SLOGAN
from .lines import Group
from .titledress import RE_FILE_EXT, RE_NAME_LABEL, cut_tags, shown_bracket, unwrap_title
from .titleevidence import (
    headline_on_top,
    is_book_credit,
    occasion,
    over_occasion,
    stamped,
    text_top,
    trimmed_titles,
    under_headline,
    under_stamp,
)
from .titleglue import glued_title, stamp_title
from .titlelike import MIN_FIELD_COLONS, RE_COLON, first_words, title_like
from .titleline import (
    MAX_NEAR_BODY,
    RE_ELIDED,
    head_words,
    page_title_suffix,
    part_copy,
    same_title,
    site_cut,
    site_of,
    suffix_parts,
    suffixed_line,
    unsuffixed,
)
from .titlepairs import (
    MAX_COLUMN_LINE,
    MAX_REPEATED_COLUMN,
    MIN_SHARED,
    below,
    column_under,
    crumb_end,
    join_wrapped,
    kind_line,
    names_site,
    related,
    shared_run,
    shares_words,
    under_counter,
    whole_of,
)

MAX_CANDIDATES = 120  # a title stands among the first lines of the head (a rendered menu may take a hundred)



@dataclass(frozen=True, slots=True)
class Title:
    """The chosen title line, the evidence for it (field, repeat, occasion: a delivery, byline
    or publish line follows, suffix: a site's <title> line, kind: it names a kind of document,
    file: a document site's file name, thread: a forum thread's title under its counter,
    first: the first line left, near: the line over the text under a column's name on the
    first line, none), and the site's name when a suffix or prefix named it."""

    block: Block | None
    evidence: str = "none"
    site: str | None = None
    suffix: tuple[str, ...] = ()  # the parts cut off the title: columns and the site (`湃流号`, `时事`, `湃流新闻`)


def choose_title(doc: Document, head: list[Group], web: WebRules, ctx: Context, tail: list[Group] = (),
                 under: dict[int, Group] | None = None) -> Title:
    """Choose the title from the head by evidence; cut a site suffix; drop the page-title copy.
    (`tail`, the lines below the text, may name the site a suffix names: its copyright line;
    `under`, by a head line's id, a line a rule pack removed right under it: a publish stamp.)"""
    if any(b.kind is Kind.TITLE for b in doc.blocks):
        return Title(None)
    footer = "\n".join(g.text for g in tail)
    evidence = "none"
    for g in head:  # a record that names its title: `【 标  题 】…`, `标题：…`
        f = g.fields(web) if g.rule in (None, "web.fields") and len(g.blocks) == 1 else None
        value = f.get("title") if f else None
        if value:
            g.rule, block = None, g.blocks[0]
            doc.remove(block.text[:block.text.index(value)], "web.title-label", Reason.CHROME, block.prov)
            block.text, block.kind, block.level = value, Kind.TITLE, 1
            # the <title> line naming it too vouches for it as a repeat does: what is above is the head
            shown = any(h is not g and squash(value) in squash(h.text) for h in head)
            return Title(block, "repeat" if shown else "field")
    columns = {squash(p) for g in head if g.rule == "web.breadcrumb"
               for p in RE_BREADCRUMB_SEP.split(g.text.strip())[1:-1] if p.strip()}  # `主页 >> 新闻公报 >> 2015`
    trims = trimmed_titles(head, web)  # (the head's lines that are titles once a stop or a button is cut)
    cands = [i for i, g in enumerate(head) if g.rule is None and len(g.blocks) == 1
             and (title_like(g.text, web) or i in trims) and squash(g.text) not in columns]
    cands = cands[:MAX_CANDIDATES] + [i for i in cands[MAX_CANDIDATES:] if i >= len(head) - MAX_NEAR_BODY]
    # a site's name is a title only on a page of its own; `标题 - 某某网` is a title with its suffix
    names = {i for i in cands if is_site_name(unsuffixed(head[i].text, web), web)}
    if len(names) < len(cands):
        cands = [i for i in cands if i not in names]
    chosen: int | None = None
    copy: int | None = None
    top: Block | None = None  # a title block made from a line's part (the text's top line, a stamp's head)
    over_stamp = next((x for x in cands if len(head[x].text.strip()) > MAX_COLUMN_LINE
                       and (k := below(head, x)) is not None and occasion(head[k])), None)  # a headline over its stamp
    for x in cands:  # the head repeats it: page title (maybe with a site suffix) and on-page title
        base = squash(unsuffixed(head[x].text, web, head_words(head, head[x].blocks[0])))
        if over_stamp is not None and over_stamp != x and len(base) <= MAX_REPEATED_COLUMN \
                < len(stamp_line := head[over_stamp].text.strip()) and not related(base, stamp_line):
            continue  # `投资管理和项目推进` in the menu and the path: a column's name; the headline is over the stamp
        dressed = web.title_decorations
        later = next((y for y in cands if y > x and same_title(base, squash(unsuffixed(head[y].text, web)), dressed)),
                     None)
        wrapped = False
        if later is not None and later - 1 > x and later - 1 in cands \
                and squash(head[later - 1].text + head[later].text) == base != squash(head[later].text):
            later, wrapped = later - 1, True  # `2021年在全` / `市市县…合编`: the copy's second half alone is nearly it
        if later is None:  # the on-page copy wrapped over two lines
            later = next((y for y in cands if y > x and y + 1 in cands
                          and same_title(base, squash(head[y].text + head[y + 1].text), dressed)), None)
            wrapped = later is not None
        if later is None and (part := part_copy(head, cands, x, web)) is not None:
            chosen, copy, evidence = part, x, "repeat"  # the on-page title is one part of this line:
            break  # `某某局_栏目_标题`, `标题 - 栏目 - 某某网`, whichever part the site's name is
        if wrapped and later is not None:
            nxt = head[later + 1].blocks[0]
            head[later].blocks[0].text = head[later].blocks[0].text.rstrip() + nxt.text.strip()
            nxt.text = ""
            head[later].changed()
            head[later + 1].changed()
        if later is not None:  # keep the copy without a suffix
            later_base = squash(unsuffixed(head[later].text, web))
            if not (base.startswith(later_base) or later_base.startswith(base)):
                # worded apart: the on-page copy when the first was the <title> line (its suffix cut), else the first
                chosen, copy = (later, x) if base != squash(head[x].text) else (x, later)
            else:
                keep_later = len(squash(head[x].text)) >= len(squash(head[later].text)) or RE_ELIDED.search(base)
                chosen, copy = (later, x) if keep_later else (x, later)
            evidence = "repeat"
            break
    if chosen is None and (end := crumb_end(head, cands)) is not None and not column_under(head, cands, end, web):
        chosen, evidence = end, "repeat"  # the page's path ends in it, and it stands right over the text
    if chosen is None:  # a document site's file name (`实施方案.docx`): the document's title
        chosen = next((x for x in cands if RE_FILE_EXT.search(head[x].text)
                       and len(RE_FILE_EXT.sub("", head[x].text).strip()) > MAX_COLUMN_LINE), None)
        evidence = "file" if chosen is not None else evidence
    if chosen is None:  # a thread's title under its counter (`查看: 2937|回复: 6`), as forums print it
        chosen = next((x for x in cands if len(head[x].text.strip()) > MAX_COLUMN_LINE and under_counter(head, x)),
                      None)
        evidence = "thread" if chosen is not None else evidence
    if chosen is None:  # the line before a delivery line, byline or publish line
        book = any(is_book_credit(head[c].text) for c in cands)
        hits = [x for x in cands if over_occasion(head, x, web, book, under)]
        longer = [x for x in hits if len(head[x].text.strip()) > MAX_COLUMN_LINE]
        # (a headline over its stamp before a column's or a list's short name over a dated line)
        chosen = (longer or hits or [None])[0]
        evidence = "occasion" if chosen is not None else evidence
        if chosen is not None and not longer and (k := below(head, chosen)) is not None and stamped(head[k]) \
                and (top := stamp_title(doc, head[k], lambda t: title_like(t, web))) is not None:
            chosen, evidence = len(head), "stamp"  # `基层卫生` over `标题 ( 2024-05-11)`: the title in the stamp
        if chosen is not None and top is None:
            # `立足新起点 奋进新征程` (a kicker) or `工作动态` (a column) over the publish line, where the
            # <title> line names another text: that line is the title
            suffixed = suffixed_line(cands[:cands.index(chosen)], head, web, footer)
            line = head[chosen].text.strip()
            page_title = unsuffixed(head[suffixed].text, web) if suffixed is not None else ""
            if suffixed is not None and (RE_SLOGAN.fullmatch(line)
                                         or names_site(line, head[suffixed], head, web, footer)
                                         or (len(line) <= MAX_COLUMN_LINE < len(page_title)
                                             and not related(page_title, line))):
                chosen, evidence = suffixed, "suffix"
            elif suffixed is None and cands[0] == 0 < chosen \
                    and (RE_SLOGAN.fullmatch(line) or column_under(head, cands, chosen, web)):
                chosen, evidence = 0, "first"  # a <title> line with no suffix the page names: the file's first line
            elif len(line) <= MAX_COLUMN_LINE \
                    and (kind := kind_line(cands[:cands.index(chosen)], head, ctx)) is not None:
                chosen, evidence = kind, "kind"  # `在…会议上的讲话` / `县委书记` / `（2024年3月26日）`: a byline
            else:
                chosen = join_wrapped(head, cands, chosen, web, suffixed)
    if chosen is None:  # the page's <title> line: its suffix names the site the head shows
        chosen = suffixed_line(cands, head, web, footer)
        evidence = "suffix" if chosen is not None else evidence
    if chosen is None:  # it names a kind of document (`…的讲话`, `…的通知`)
        chosen = kind_line(cands, head, ctx)
        if chosen is not None and chosen - 1 in cands and shares_words(head[chosen - 1].text, head[chosen].text):
            chosen -= 1  # `…讲话稿和…讲话稿合编` over `在…上的讲话稿`: a compilation's title over its first part
        elif chosen is not None:
            page_line = suffixed_line(cands[:cands.index(chosen)], head, web, footer)
            chosen = join_wrapped(head, cands, chosen, web, page_line)
        evidence = "kind" if chosen is not None else evidence
    if chosen is None and cands and cands[0] == first_words(head) and not under_stamp(head, cands[0]):
        chosen, evidence = cands[0], "first"  # the first line that is not chrome, as before
        y = len(head) - 1  # (the text's header fields, a byline, the page's furniture under its headline)
        while y > chosen and under_headline(head[y]):
            y -= 1
        first = head[chosen].text.strip()
        if (len(first) <= MAX_COLUMN_LINE or is_issuer(first, web)) and y in cands \
                and len(head[y].text.strip()) > MAX_COLUMN_LINE:
            chosen, evidence = y, "near"  # `集团新闻` / `集团公司党委召开政工例会` over the text
            # (or the office's name over its news: `某某市第一人民医院` / `我院举办护理技能大赛`)
    if chosen is None and cands and cands[-1] == len(head) - 1 \
            and len(last := squash(head[-1].text)) > MAX_COLUMN_LINE \
            and len(RE_COLON.findall(last)) < MIN_FIELD_COLONS \
            and any(shared_run(squash(g.text), last, MIN_SHARED) for g in head[:-1]):
        chosen, evidence = cands[-1], "repeat"  # right over the text, its words again higher up (fuzzy)
    if (evidence == "first" and len(head[chosen].text.strip()) <= MAX_COLUMN_LINE) \
            or (chosen is None and head and not cands):
        # (a short first line, or a head of no candidate at all: `Categories: 未分类`, a date line)
        top = headline_on_top(doc, head, head[chosen].text if chosen is not None else "", web)
        if top is not None and ctx.rules.headings.salutation.match(top.text.strip()):
            top = None  # `尊敬的各位领导，大家晚上好！`: a speech's salutation opens the text, no headline
        chosen, evidence = (len(head), "top") if top is not None else (chosen, evidence)
    if chosen is None and (at := text_top(doc, head, 1)) and doc.blocks[at[0]].kind is Kind.LINE:
        top = glued_title(doc, at[0], web, lambda t: title_like(t, web) and not is_site_name(t, web))
        chosen, evidence = (len(head), "glued") if top is not None else (None, evidence)
    if chosen is None:
        return Title(None)
    if evidence in ("occasion", "kind") and cands[0] == 0 < chosen \
            and whole_of(head[0], head[chosen], doc, head, web, footer):
        chosen, evidence = 0, "whole"  # `…和…合编` or `标题|某某新闻 · 宏观` on the <title> line, a part on the page
    block = top or head[chosen].blocks[0]
    if top is None and chosen in trims:  # `标题。`, `标题 二维码`: no part of the title
        cut_at, rule = trims[chosen]
        doc.remove(block.text[cut_at:].strip(), rule, Reason.CHROME, block.prov)
        block.text = block.text[:cut_at].rstrip()
    if (label := RE_NAME_LABEL.match(block.text)) is not None and title_like(block.text[label.end():], web):
        doc.remove(label.group().strip(), "web.title-label", Reason.CHROME, block.prov)  # `例稿名称：公告`
        block.text = block.text[label.end():]
    unwrap_title(doc, block)
    known = head_words(head, block)
    cut = site_cut(block.text, block, head, web, footer)
    if cut is None and chosen == 0 and any(g.rule is not None and g.reason is Reason.CHROME for g in head):
        cut = page_title_suffix(block.text)
    if cut is not None and copy is not None and shown_bracket(cut, head[copy].text):
        cut = None  # `【中国稳健前行】标题` on the page as on the <title> line: the headline's own kicker
    site = site_of(cut[1]) if cut else None
    suffix = suffix_parts(cut[1]) if cut else ()
    if cut is not None:
        doc.remove(cut[1], "title.site-suffix", Reason.CHROME, block.prov)
        block.text = cut[0]
        if (column := split_bracketed(block.text)) is not None \
                and not (copy is not None and shown_bracket(column, head[copy].text)):  # `【工作总结】标题_某某网`
            doc.remove(column[1], "title.site-suffix", Reason.CHROME, block.prov)
            block.text = column[0]
    cut_tags(doc, block)
    block.kind, block.level = Kind.TITLE, 1
    if copy is not None:
        head[copy].mark("title.duplicate", Reason.DUPLICATE_TITLE)
        other = split_site_suffix(head[copy].text, web, known)  # the copy's suffix names the site too
        if other is not None:
            site = site or site_of(other[1])
            suffix = suffix or suffix_parts(other[1])
    for x in cands:  # a page title that adds only a site suffix to the title
        if x < chosen and x != copy and squash(unsuffixed(head[x].text, web)) == squash(block.text):
            head[x].mark("title.duplicate", Reason.DUPLICATE_TITLE)
    if cands and cands[0] == 0 < chosen and copy != 0 and head[0].rule is None \
            and site_cut(head[0].text, head[0].blocks[0], head, web, footer) is not None:
        head[0].mark("title.duplicate", Reason.DUPLICATE_TITLE)  # the <title> line, worded apart from the headline
    return Title(block, evidence, site, suffix)
