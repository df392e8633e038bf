"""The page's <title> line: its title part, the site's name and columns it adds in any order
(`标题_栏目_某某网`, `某某局_栏目_标题`, `标题-纪检`), and the on-page copies of it. `page/title.py`
weighs this with the other evidence for the title."""

from __future__ import annotations

import re

from ..cache import rx
from ..model import Block
from ..tables import squash
from ..weblexicon import WebRules
from ..websuffix import (
    MAX_COLUMN,
    MIN_PREFIXED_TITLE,
    RE_TITLE_SEP,
    TITLE_SEP_CHARS,
    split_bracketed,
    split_site_suffix,
)
from ..webui import RE_SENTENCE_END, is_issuer, is_site_name
from .lines import Group

MAX_NEAR_BODY = 12  # ... or right over the text, under a directory or menu longer than that

RE_PAGE_TITLE_SEP = rx.compile(r"\s+[-–]\s+|\s*[_|｜]\s*|(?<=[\u4e00-\u9fff）)》”])-(?=[\u4e00-\u9fff])")  # `标题-纪检`
MIN_PAGE_TITLE = 6


def page_title_suffix(t: str) -> tuple[str, str] | None:
    """`标题 - 知言`: the page's first line over its head furniture is its <title>, and short
    parts after the <title>'s own separators are the site's name and column, whatever their
    wording."""
    t = t.strip()
    seps = list(RE_PAGE_TITLE_SEP.finditer(t))
    if not seps or seps[0].start() < MIN_PAGE_TITLE:
        return None
    parts = RE_PAGE_TITLE_SEP.split(t[seps[0].start():])[1:]
    if all(0 < len(p.strip()) <= MAX_COLUMN and not RE_SENTENCE_END.search(p) and not re.search(r"[，,。]", p)
           for p in parts):
        return t[:seps[0].start()].strip(), t[seps[0].start():]
    return None


def suffixed_line(cands: list[int], head: list[Group], web: WebRules, footer: str = "") -> int | None:
    """The first candidate with a site suffix the page names: the page's <title> line."""
    return next((x for x in cands if site_cut(head[x].text, head[x].blocks[0], head, web, footer)), None)


def site_cut(text: str, block: Block, head: list[Group], web: WebRules, footer: str) -> tuple[str, str] | None:
    """`split_site_suffix` of a head line with what the rest of the page shows: the other head
    lines' first words and every other line, where a site prints its name."""
    if not any(c in text for c in TITLE_SEP_CHARS):  # (no separator: only a bracketed column, which needs neither)
        return split_bracketed(text.strip())
    return split_site_suffix(text, web, head_words(head, block), elsewhere(head, block, footer))


def title_parts(text: str) -> list[str]:
    """The parts of a <title> line between its separators long enough to be its title."""
    t = text.strip()
    parts = RE_TITLE_SEP.split(t) if any(c in t for c in TITLE_SEP_CHARS) else [t]  # (no separator: no split)
    return [p.strip() for p in parts if len(p.strip()) >= MIN_PREFIXED_TITLE]


def part_copy(head: list[Group], cands: list[int], x: int, web: WebRules) -> int | None:
    """The later candidate that is one whole part of line x between its title separators: the
    on-page title under the <title> line that holds it with the site and column, in any order
    (never the part that names the site or an office, which the header shows again)."""
    if not RE_TITLE_SEP.search(head[x].text.strip()):
        return None
    parts = {squash(p) for p in title_parts(head[x].text) if not is_site_name(p, web) and not is_issuer(p, web)}
    if not parts:
        return None
    # (right over the text, where a title stands: a site's name or slogan the header shows is higher up)
    return next((y for y in cands if max(x + 1, len(head) - MAX_NEAR_BODY) <= y and squash(head[y].text) in parts),
                None)


def elsewhere(head: list[Group], title: Block, footer: str) -> str:
    """Every line of the page's head but the title's and its copies, and its foot: where a site
    prints its name (`标题——副题` shows its `副题` again only in its own <title> line)."""
    own = squash(title.text)
    return "\n".join([*(g.text for g in head if g.blocks[0] is not title and own not in squash(g.text)), footer])


def site_of(cut: str) -> str | None:
    """The site's name in what was cut off a title: the last part of `_栏目_某某网`, the first
    of `某某BBS - 栏目 - ` (a prefix ends in its separator)."""
    ends = " -_|｜–—"
    parts = [p.strip() for p in RE_TITLE_SEP.split(cut.strip(ends)) if p.strip()]
    prefix = cut.rstrip()[-1:] in ends and cut.lstrip()[:1] not in ends
    return (parts[0] if prefix else parts[-1]) if parts else None


def suffix_parts(cut: str) -> tuple[str, ...]:
    """Every name in what was cut off a title, `·` splitting too (`_湃流号·时事_湃流新闻`)."""
    return tuple(p.strip() for p in re.split(r"[·•]", " ".join(RE_TITLE_SEP.split(cut.strip()))) for p in p.split()
                 if p.strip())


MAX_SITE_WORD = 12


def head_words(head: list[Group], title: Block | None) -> tuple[str, ...]:
    """First words of the other head lines (short ones: names, not titles): a title's suffix
    found among them is the site's name."""
    return tuple(w for g in head if g.blocks[0] is not title for w in g.text.split()[:1]
                 if 2 <= len(w) <= MAX_SITE_WORD)


MIN_REPEATED_TITLE = 6  # a shorter line repeated in the head is a column name (`高层` in menu and crumb)


def same_title(a: str, b: str, decorations: tuple[str, ...] = ()) -> bool:
    """Equal, or one is the other plus a separated suffix (`标题_栏目`, `标题-站名`, `标题【栏目】`)
    or a doc site's decoration (`标题PPT课件`, `标题（完整版）`)."""
    if len(a) < MIN_REPEATED_TITLE or len(b) < MIN_REPEATED_TITLE:
        return False
    if a == b:
        return True
    short, long_ = sorted((a, b), key=len)
    cut = RE_ELIDED.sub("", short)  # a <title> shortened by the site: `关于印发…的通…`
    if cut != short and len(cut) >= MIN_REPEATED_TITLE:
        return long_.startswith(cut)
    if long_.startswith(short) and (long_[len(short)] in "_-–—|｜·【[（(" or long_[len(short):] in decorations):
        return True
    # the same title worded a little apart (a character, a mark, a 的): fuzzy, as the issue asks
    from rapidfuzz.fuzz import ratio

    return len(short) >= MIN_FUZZY_TITLE and ratio(short, long_) >= MIN_TITLE_RATIO


MIN_FUZZY_TITLE = 10
MIN_TITLE_RATIO = 90  # rapidfuzz's 0-100 Levenshtein ratio: one or two characters in a title of twenty


RE_ELIDED = rx.compile(r"(?:…+|\.{3,})$")


def unsuffixed(t: str, web: WebRules, known: tuple[str, ...] = ()) -> str:
    cut = split_site_suffix(t, web, known)
    return cut[0] if cut else t


# Labels of the page's own publishing; a drafting (成文) or update date ranks after them.
