"""Lists the page shows under a header of its own: `推荐阅读：` / `官场风云` / `县委大院`,
`友情链接：` / `国务院国资委` / `国家能源局`, rendered one item a line."""

from __future__ import annotations

import re

from ..cache import rx
from ..weblexicon import WebRules
from ..webui import RE_SENTENCE_END, is_prose, is_ui_only
from .edges import RE_DOC_OWN, RE_NUMBERED, RE_SIGNATURE
from .evidence import MIN_HEADLINE_RUN
from .lines import (
    MAX_PROMO,
    RE_BYLINE,
    RE_DELIVERY,
    RE_HEADLINE,
    RE_TRAIL_SEP,
    Group,
    is_exclaimed_headline,
    is_list_header,
    is_subtitle,
    runs,
)

LIST_HEADERS = ("web.related", "web.related-link")
SHAPE_MARKED = ("web.footer", "web.tail-residue", "web.context")
MAX_HEADED_ITEM = 30  # a link's title or a site's name, not a line of text
MAX_HEADED_RUN = 40
RE_ITEM_NUMBER = rx.compile(r"\s*(?:\d{1,2}[.、．](?!\d)|[一二三四五六七八九十]{1,3}、)\s*\S")


def numbered_items(groups: list[Group], web: WebRules) -> None:
    """A numbered line made of a UI word (`3.正文`, `3、正文` in a format guide) next to the text's
    prose or to another item of its list is an item of the text's, and no weak evidence takes it.
    A toolbar rendered as an ordered list (`1. 检举` / `2. 列印`) has an item of its kind next to
    each, and a menu's (`1. 首页` / `2. > 某栏目 >`) no neighbour of the text's."""
    def item(k: int) -> bool:
        return 0 <= k < len(groups) and RE_ITEM_NUMBER.match(groups[k].text) is not None

    def texts(k: int) -> bool:
        return 0 <= k < len(groups) and groups[k].rule is None and (groups[k].prose or (
            item(k) and not is_ui_only(groups[k].text, web) and not RE_TRAIL_SEP.search(groups[k].text)))

    def ui_item(k: int) -> bool:
        return item(k) and is_ui_only(groups[k].text, web)

    for i, g in enumerate(groups):
        if g.rule is None and ui_item(i) and (texts(i - 1) or texts(i + 1)) and not (ui_item(i - 1) or ui_item(i + 1)):
            g.weak = None  # (read as no furniture: the body span and the edges' weak marks skip it)


def headed_items(zone: list[Group], web: WebRules) -> None:
    """Outside the text, the short lines right under a list's header are its items, when
    furniture (or the page's end) closes the run: nothing of a text's own stands between a
    `推荐阅读：` and the next toolbar. A run that reaches prose is left alone."""
    i = 0
    while i < len(zone):
        g = zone[i]
        if not (g.rule in LIST_HEADERS or (g.rule is not None and is_list_header(g.text, web))):
            i += 1
            continue
        j = i + 1
        while j < len(zone) and j - i <= MAX_HEADED_RUN and (
                (zone[j].rule is None and (is_item(zone[j].text) or is_exclaimed_headline(zone[j].text)))
                or zone[j].rule in SHAPE_MARKED):
            j += 1  # (items the foot already took for their shape are items still)
        if j > i + 1 and (j == len(zone) or zone[j].rule is not None):
            for item in zone[i + 1:j]:
                item.mark("web.link-list")
        i = j


def is_item(text: str) -> bool:
    t = text.strip()
    return (0 < len(t) <= MAX_HEADED_ITEM and not is_prose(t) and not RE_SENTENCE_END.search(t)
            and not RE_NUMBERED.match(t) and not re.search(r"[：:]", t))


def headline_list(block: list[Group]) -> None:
    """Between the title and the text, three or more headlines in a row with the page's
    furniture right under them are a news ticker or a list of links, not the text's opening
    (a subtitle, a delivery line or a byline comes alone)."""
    for i, j in runs(len(block), lambda k: listed(block[k])):
        if j - i >= MIN_HEADLINE_RUN and j < len(block) and block[j].rule is not None:
            for g in block[i:j]:
                g.mark("web.link-list")


def listed(g: Group) -> bool:
    t = g.text.strip()
    return (g.rule is None and RE_HEADLINE.fullmatch(t) is not None and not is_subtitle(t)
            and not RE_DELIVERY.match(t) and not RE_BYLINE.match(t))


MAX_TEASER_LINES = 2  # a teaser and its date under a headline; three bare lines or more may be a poem
MIN_TEASERS = 2  # one short paragraph after an in-text related box is the text's last; a grid repeats


def teasers(tail: list[Group]) -> None:
    """Below the text, past a list's header: one or two bare lines between the page's headlines,
    again and again, are the list's teasers and dates (`相关文章` / headline / `4月20日，某省…` /
    `2019年11月03日` / headline …), however they read."""
    first = next((i for i, g in enumerate(tail) if g.rule in LIST_HEADERS), None)
    if first is None:
        return
    zone = tail[first:]
    slots: list[tuple[int, int]] = []
    for i, j in runs(len(zone), lambda k: zone[k].rule is None):
        t = [g.text.strip() for g in zone[i:j]]
        if j - i <= MAX_TEASER_LINES and zone[i - 1].rule != "web.caption" and (j == len(zone) or zone[j].rule) \
                and all(len(x) <= MAX_PROMO and not RE_DOC_OWN.search(x) and not RE_SIGNATURE.search(x) for x in t):
            slots.append((i, j))
    if len(slots) >= MIN_TEASERS:
        for i, j in slots:
            for g in zone[i:j]:
                g.mark("web.teaser")


MIN_RECURRENCES = 3  # a carousel rendered twice or thrice over; a refrain lives inside the text, never here
MIN_RECURRING_LINE = 8


def recurring(tail: list[Group]) -> None:
    """Below the text, a line the foot repeats three times or more is a widget's item (a hot
    list or a carousel the page renders once per tab), however it reads."""
    seen: dict[str, int] = {}
    for g in tail:
        t = g.text.strip()
        if len(t) >= MIN_RECURRING_LINE:
            seen[t] = seen.get(t, 0) + 1
    for g in tail:
        t = g.text.strip()
        if g.rule is None and seen.get(t, 0) >= MIN_RECURRENCES and not RE_SIGNATURE.search(t):
            g.mark("web.recurring")
