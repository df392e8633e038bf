"""A thread's posts are its text: a forum topic, a question and its answers.

Below a news article, readers' comments are the page's; on a forum or a Q&A page the posts are
what the page is for. A page is a thread when two or more posts carry a floor mark (`1楼`,
`#2`) and the first of them opens the text (the topic's own post), or follows the answers'
count (`2 个回答`), or follows too little prose to be an article. Then every post's lines,
from under its header (floor, stamp, `只看该作者`) down to its own buttons (`引用 回复`), are
given back to the text where the foot's shape rules took them (a one-line reply has no
sentence's end); the posters' names and titles between posts stay the page's.
"""

from __future__ import annotations

import re

from ..weblexicon import WebRules, per_lexicon, phrase
from ..webui import RE_SEPARATORS_ONLY
from .lines import Group

FLOOR = "web.forum-floor"
MIN_FLOORS = 2
MAX_QUESTION = 120  # the prose above the first answer of a Q&A page: a question, not an article
# What the foot's walk and footer make of a line by its shape alone (a short line, a bare URL):
# inside a post, the post's own.
SHAPE_RULES = ("web.footer", "web.tail-residue", "web.notice", "web.context", "web.site-promo", "web.shape",
               "web.link-list", "web.column")


POST_END = ("web.ui", "web.menu", "web.copyright", "web.related", FLOOR)  # a post's buttons, or the page's end


def thread_posts(groups: list[Group], end: int, web: WebRules) -> int:
    """Give the posts' lines of a thread back to the text; how many were given back."""
    floors = [i for i, g in enumerate(groups) if is_floor(g, web)]
    if len(floors) < MIN_FLOORS or not is_thread(groups, floors[0], end):
        return 0
    given = 0
    at_floor = set(floors)
    for f in floors:
        k = f + 1
        while k < len(groups) and groups[k].rule is not None and groups[k].rule not in SHAPE_RULES:
            k += 1  # the post's header: its stamp, its font buttons, `只看该作者`
        while k < len(groups) and groups[k].rule not in POST_END and k not in at_floor:
            g = groups[k]  # down to the post's own buttons (`引用 回复`), past its edit note (`本帖最后由…编辑`)
            if g.rule in SHAPE_RULES and not RE_SEPARATORS_ONLY.fullmatch(g.text.strip()):
                g.rule = None  # (a bare `[` or `×` around the edit note is no post's word)
                given += 1
            k += 1
    return given


def is_floor(g: Group, web: WebRules) -> bool:
    # (the floor's own pattern first: `phrase` tries every phrase a line's literals allow, ~100 us
    # on a paragraph, and most lines are none; then `phrase`, which must find no phrase before it)
    return g.rule == FLOOR or (g.rule is None and (r := floor_regex(web)) is not None and r.search(g.text) is not None
                               and (p := phrase(g.text, web, strong_only=False)) is not None and p.id == FLOOR)


def floor_regex(web: WebRules) -> re.Pattern[str] | None:
    """The lexicon's floor phrase (None: it has none, so no line is one). Kept by the lexicon's identity."""
    return per_lexicon(_FLOOR, web, lambda w: next((p.regex for p in w.phrases if p.id == FLOOR), None))


_FLOOR: dict[int, tuple[WebRules, re.Pattern[str] | None]] = {}


def is_thread(groups: list[Group], first: int, end: int) -> bool:
    """The first floor opens the text, or sits under an answers' count or under a question."""
    if first <= end:
        return True
    if any(g.rule == "web.qa-bar" for g in groups[:first]):
        return True
    return sum(len(g.text) for g in groups[:first] if g.rule is None and g.prose) <= MAX_QUESTION
