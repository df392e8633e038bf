"""An official document's own header: the memo fields a circular, a letter or a Taiwan 公文
opens with (`致：全体会员` / `由：会长` / `日期：2024年1月31日`, `发文日期：…` / `发文字号：…` /
`主旨：…`). Their `日期：` and `字号：` read like a page's publish fields, but they are the
document's, and an editor keeps them in its text; the date is the document's, not the page's.
Known by the memo labels beside them, which no site's publish line carries. A paper's
`关键词：` under its abstract is its own too, not a page's tag line."""

from __future__ import annotations

import re

from ..cache import rx
from .lines import Group

# Labels only a document's header has: `主旨`, `受文者`, `事由` alone prove it; a pair only
# together: a letter's to and from (`致`, `由`), a notice's time and place (`【时间：…】`, `【地点：…】`).
RE_MEMO = rx.compile(r"\s*[【\[]?\s*(?:(?P<strong>主\s*旨|受\s*文\s*者|事\s*由|速\s*别|密\s*等)"
                     r"|(?P<pair>致|由|时\s*间|地\s*点))\s*[:：]\s*\S")
PAIRS = ({"致", "由"}, {"时间", "地点"})
# A header's one field that reads like a page's: its date or its number, alone on the line (a
# publish line's `发布日期：… 来源：…` has more fields, and other labels).
RE_HEADER_FIELD = rx.compile(r"\s*[【\[]?\s*(?:发文|来文|收文|发稿)?(?:日\s*期|字\s*号|文\s*号)\s*[:：][^:：]+")
MAX_LINES = 8  # a header's lines, memo labels and fields together, with at most one other line among them


def memo_header(groups: list[Group]) -> list[Group]:
    """Give back to the text the date and number fields that stand in one run with a
    document's memo labels: the run holds a `主旨`-like label, or a pair. Returns
    the lines given back (a rule pack's may need its text back too)."""
    back: list[Group] = []
    if not any(RE_MEMO.match(g.text) for g in groups):
        return back  # (most pages: no memo label at all, so no header run to look for)
    i = 0
    while i < len(groups):
        run = header_run(groups, i)
        if not run:
            i += 1
            continue
        for g in run:
            if g.rule is not None and (RE_MEMO.match(g.text) or RE_HEADER_FIELD.fullmatch(g.text)):
                g.rule = None
                back.append(g)
        i += len(run)
    return back


def header_run(groups: list[Group], i: int) -> list[Group]:
    """The header's lines from `i` (memo labels and header fields, at most one other line
    among them), when they hold a memo proof; else none."""
    run: list[Group] = []
    strong, pair, other = False, set(), 0
    for g in groups[i:i + MAX_LINES]:
        m = RE_MEMO.match(g.text)  # (whatever a walk made of it: the head's walk takes a header over the title)
        if m is not None:
            strong = strong or m.group("strong") is not None
            if m.group("pair"):
                pair.add(m.group("pair").replace(" ", ""))
        elif not RE_HEADER_FIELD.fullmatch(g.text):
            if g.rule is not None or other or not run:
                break
            other += 1  # `例稿名称：…` between the header's fields
        run.append(g)
    while run and not (RE_MEMO.match(run[-1].text) or RE_HEADER_FIELD.fullmatch(run[-1].text)):
        run.pop()
    return run if strong or any(p <= pair for p in PAIRS) else []


RE_KEYWORDS = rx.compile(r"\W{0,2}(?:关\s*键\s*[词字]|key\s*words?)\s*[】\]]?\s*[:：]", re.IGNORECASE)
RE_ABSTRACT = rx.compile(r"(?:^|\W|\d)(?:摘\s*要|内容摘要|内容提要|abstract)\s*[】\]]?\s*(?:[:：]|$)", re.IGNORECASE)
ABSTRACT_REACH = 3  # the keywords stand under the abstract: its label and a paragraph or two


def paper_keywords(groups: list[Group]) -> None:
    """A paper's `关键词：A；B；C` under its abstract is the paper's, not a page's tag line."""
    for i, g in enumerate(groups):
        if g.rule is not None and RE_KEYWORDS.match(g.text) \
                and any(RE_ABSTRACT.search(x.text[:20]) for x in groups[max(0, i - ABSTRACT_REACH):i]):
            g.rule = None
