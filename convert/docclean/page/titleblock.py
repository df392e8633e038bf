"""Between the title and the text: the lines the page's own furniture hems in."""

from __future__ import annotations

import re

from ..cache import rx
from ..model import Kind
from ..webui import RE_DATE, is_prose
from .edges import RE_DOC_OWN, RE_OFFICE_WORD, RE_SIGNATURE, RE_THIS_DOC
from .lines import RE_DELIVERY, Group, is_subtitle

MAX_HEMMED_LINE = 12  # a name, an account, a place: `马晓丽` / `机关文稿` / `发表于河南`
MAX_HEMMED_RUN = 3
RE_LONE_NAME = rx.compile(r"[\u4e00-\u9fff·]{2,4}")  # alone, the speaker under the delivery line (`毛伟明`)
RE_HEMMED = rx.compile(r"[^\s，。！？；：,.!?;:“”（）()—]+")  # one item: a byline or a slogan has a space


def hemmed_in(block: list[Group]) -> None:
    """A run of up to three short bare lines with the page's furniture right above and right
    below, between the title and the text, is the rest of the page's bar (an account's
    name, its place, a count), which the scrape split one item a line. A name alone (the
    speaker of a report, between its publish line and a photo's caption), a subtitle, a
    delivery line, a signing office or a date of the document's own stays."""
    i = 0
    while i < len(block):
        if block[i].rule is not None or not hemmed(block[i]):
            i += 1
            continue
        j = i
        while j < len(block) and block[j].rule is None and hemmed(block[j]):
            j += 1
        hemmed_by_both = i > 0 and block[i - 1].rule is not None and j < len(block) and block[j].rule is not None
        lone_name = j - i == 1 and RE_LONE_NAME.fullmatch(block[i].text.strip()) is not None
        if hemmed_by_both and j - i <= MAX_HEMMED_RUN and not lone_name:
            for g in block[i:j]:
                g.mark("web.bar-item")
        i = max(j, i + 1)


def hemmed(g: Group) -> bool:
    t = g.text.strip()
    return (0 < len(t) <= MAX_HEMMED_LINE and g.blocks[0].kind is Kind.LINE and RE_HEMMED.fullmatch(t) is not None
            and not is_prose(t) and not is_subtitle(t) and not RE_DELIVERY.match(t) and not RE_SIGNATURE.search(t)
            and not RE_OFFICE_WORD.search(t)
            and not RE_DATE.fullmatch(t) and not RE_DOC_OWN.search(t) and not RE_THIS_DOC.match(t)
            and not re.fullmatch(r"[\d\s]+", t))
