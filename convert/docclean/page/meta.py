"""Front-matter values from the lines the page pass took out: date (a publish label ranks
over drafting and update dates), publisher, author."""

from __future__ import annotations

from ..cache import rx
from ..model import Document, Kind, Reason
from ..passes.base import Context
from ..rules import find_date, other_date
from ..webfields import RE_PAPER_STAMP, RE_WEEKDAY_DATE
from ..webui import RE_DATE, RE_PROSE_PUNCT
from .evidence import byline
from .lines import Group

DATE = RE_DATE.pattern  # a full date, as every stamp here holds one
PUBLISH_LABELS = frozenset({"发布时间", "发布日期", "发表时间", "发表日期", "发布于", "发表于", "时间", "日期",
                            "上传时间", "上传日期", "刊发时间", "公开日期"})


# A publish stamp glued before the text's first words: `发表时间:2017-09-04 22:51 国旗下讲话…`,
# `2025-12-17 西屯区 西屯国小 某某 报导点阅数:45 次…`: a publish label before the date, or a
# reporter's or a count's word right after it.
RE_LEADING_STAMP = rx.compile(r"\W{0,2}(?P<label>(?:" + "|".join(sorted(PUBLISH_LABELS, key=len, reverse=True))
                              + r")\s*[:：]?\s*)?"
                              rf"(?P<date>{DATE})")
RE_STAMP_WORD = rx.compile(r"报导|报道|点阅|阅读|浏览|点击")


# A post's title, author field and date glued into the text's one line (`05.12校庆作者:car2012 年 5 月 16 日…`):
# the author's name is the shortest run before the year.
RE_GLUED_BYLINE = rx.compile(r"(?:作者|记者)\s*[:：]\s*[^\s，。,:：]{1,20}?\s*"
                             rf"(?P<date>{DATE})")
MAX_GLUED_HEAD = 60  # a headline's length: where the glued byline starts at most


def leading_stamp(text: str, ctx: Context) -> str | None:
    """The date of a publish stamp glued before the text's first words, or None."""
    m = RE_LEADING_STAMP.match(text)
    if m is None:
        g = RE_GLUED_BYLINE.search(text, 0, MAX_GLUED_HEAD + MAX_STAMP_TAIL)
        return find_date(g.group("date"), ctx.rules) if g is not None and g.start() <= MAX_GLUED_HEAD else None
    tail = RE_PROSE_PUNCT.split(text[m.end("date"):m.end("date") + MAX_STAMP_TAIL], maxsplit=1)[0]
    if not (m.group("label") or RE_STAMP_WORD.search(tail)):
        return None  # (`2024年3月5日，据新华社报道…`: the text's own first clause)
    return find_date(m.group("date"), ctx.rules)


MAX_STAMP_TAIL = 40
MAX_UNDER_TITLE = 2  # lines from the title to its publish line
# `最新推荐文章于 … 发布`: another post's date
RE_OTHER_POST = rx.compile(r"(?:最新|推荐|相关|热门|上一篇|下一篇)\S{0,4}(?:文章|博文|帖子)于")
RE_PUBLISHED = rx.compile(r"(?:发表|发布|发帖|上传)(?:于|时间|日期)")  # `发表于 2020-1-10 09:50 | 显示全部楼层`


# `发布日期:2017-12-30` inside a line read as a toolbar (`来源:某镇???作者:某某 访问量: ???发布日期:…???字体大小:`)
RE_LABELLED_DATE = rx.compile(r"(?:" + "|".join(sorted(PUBLISH_LABELS, key=len, reverse=True)) + r")\s*[:：]\s*"
                              rf"({DATE})")


# the page's own update label (never a comment's nor a related post's: they say when they were posted)
RE_UPDATED = rx.compile(r"(?:更新时间|最后更新|最近更新|更新日期|最后修订于|最后编辑于)\s*[:：]?\s*"
                        rf"({DATE})")
RE_TIMESTAMP = rx.compile(rf"(?<!\d)({DATE})\s*\d{{1,2}}[:：]\d{{2}}")


def metadata(doc: Document, groups: list[Group], ctx: Context) -> None:
    """Publish line -> date, `来源：` -> publisher, `作者：`/`编辑：` -> author (first of each)."""
    web = ctx.rules.web
    assert web is not None
    dates: list[tuple[int, str]] = []  # (rank, date): a publish label beats a drafting or update date
    title = next((i for i, g in enumerate(groups) if any(b.kind is Kind.TITLE for b in g.blocks)), 0)
    for i, g in enumerate(groups):
        if g.rule is not None and g.reason is Reason.CHROME and (m := RE_UPDATED.search(g.text)) is not None \
                and (d := find_date(m.group(1), ctx.rules)) is not None:
            dates.append((3, d))  # `词条统计 … 更新时间：2014-07-12` in a wiki's notes: the page's date, last of all
            continue
        if g.rule is not None and g.reason is Reason.CHROME and title < i <= title + MAX_UNDER_TITLE:
            # a publish line the toolbar's or comment link's words made chrome (`…发布日期:2017-12-30???字体大小:`,
            # `www.某某.com?2009-04-15 17:42? 记者 某某?来源:某报 我来说两句`): its labelled date, or its timestamp
            if (m := RE_LABELLED_DATE.search(g.text) or RE_TIMESTAMP.search(g.text)) is not None \
                    and (d := find_date(m.group(1), ctx.rules)) is not None:
                dates.append((0 if m.re is RE_LABELLED_DATE else 1, d))
            continue
        if g.reason is not Reason.METADATA or g.rule is None:
            continue
        if any(w in g.text for w in web.not_publish_dates) \
                or (i > 0 and other_date(groups[i - 1].text, g.text, ctx.rules)):
            continue  # `[引用日期2015-05-26]`, `注册时间` / `2010-2-9`: another date than the text's
        f = g.fields(web)
        if g.rule == "web.issuer":
            if g.text.strip() not in web.places:
                doc.meta.extra.setdefault("publisher", g.text.strip())
            continue
        if f is None:
            by = byline(g.text) if g.rule == "web.byline" else None
            if (paper := RE_PAPER_STAMP.fullmatch(g.text.strip())) is not None:
                doc.meta.extra.setdefault("publisher", paper.group(1).strip())
            if by and by.group(1):
                doc.meta.extra.setdefault("author", by.group(1))
            elif (d := find_date(g.text, ctx.rules)) is not None:
                # a bare stamp: after a labelled publish date; above the title, after the others
                # (a widget's `最新文章于 … 发布`); one that says it is the post's (`发表于 …`) ranks with them
                # (a blog's day header with its weekday right over the post's title ranks as under it)
                publish = i >= title and RE_PUBLISHED.search(g.text) is not None
                over = i == title - 1 and RE_WEEKDAY_DATE.fullmatch(g.text.strip()) is not None
                other = RE_OTHER_POST.search(g.text) is not None  # (the widget wherever the title was found)
                dates.append((0 if publish else 2 if other else 1 if i >= title or over else 2, d))
            continue
        d = find_date(f.get("date") or "", ctx.rules) or find_date(g.text, ctx.rules)
        if d is not None:
            # a publish label's date, or a leading one; one inside another field's value (`作者: 某某 (2010/11/3)`)
            # or under a drafting label ranks after
            dates.append((0 if f.date_label == "" or f.date_label in PUBLISH_LABELS else 1, d))
        for kind, key in (("publisher", "publisher"), ("author", "author")):
            v = f.get(kind)
            if v and key not in doc.meta.extra and v not in web.no_values:
                doc.meta.extra[key] = v
    if not dates:
        titled = any(b.kind is Kind.TITLE for g in groups for b in g.blocks)  # (else the title may be glued on)
        first = next((g for g in groups[title + 1 if titled else 0:] if g.rule is None), None)
        if not doc.meta.date and first is not None and (d := leading_stamp(first.text, ctx)) is not None:
            doc.meta.date = d  # (the stamp stays in the line: it is glued to the text's first words)
        return
    rank, date = min(dates, key=lambda x: x[0])  # the first of the best rank
    if not doc.meta.date or (rank == 0 and date != doc.meta.date and not pack_date_labelled(doc, ctx)):
        doc.meta.date = date  # (over a rule pack's bare stamp: `2021-1-4 08:50` on a poster's card)


def pack_date_labelled(doc: Document, ctx: Context) -> bool:
    """Whether the date a rule pack found stands on a labelled line (`上传时间：…`, `2021-05-25 发布`)."""
    return any(RE_DATE_LABEL.search(r.text) and find_date(r.text, ctx.rules) == doc.meta.date
               for r in doc.removals if not r.rule.startswith(("web.", "title.")))


RE_DATE_LABEL = rx.compile(r"发布|发表|上传|更新|时间|日期")


