"""Punctuation in Chinese context (OUTPUT.md §6): half-width -> full-width, paired quotes
and parentheses, ellipses and dashes; full-width letters and digits -> half-width."""

from __future__ import annotations

import re

from ..cache import rx
from ..fixers import _DASH_NEEDS, _ELLIPSIS_NEEDS, PUNCTUATION, Fixer, halfwidth_alnum, set_punct_table
from ..model import Document
from ..tables import FULLWIDTH_ALNUM
from .base import Context, Pass, map_text

# What the fixers need before one can change a text (their own `in` / search gates): full-width
# letters and digits, the table's half-width marks, an ASCII parenthesis (both pair rules
# need one), a straight quote, an ellipsis, a dash run. A text holding none of them is left
# alone by every fixer (the first changes nothing, so the next sees the same text, ...).
_FIXED_TRIGGERS = (*map(chr, FULLWIDTH_ALNUM), "(", ")", '"', "'", *_ELLIPSIS_NEEDS, *_DASH_NEEDS)
_COMMON = "。—"  # in most lines of Chinese text: a trigger made only of them is looked for whole


class Gate:
    """Whether a text holds a trigger: one character-class scan (a character of each trigger
    other than the common ones) and an `in` test for the triggers made only of common
    characters (`。。。`), where the six fixers' own gates made ~20 scans of every line.
    (Tried: running only the fixers whose triggers the scan found, by `findall`, cost more on
    long lines than it saved.)"""

    def __init__(self, triggers: tuple[str, ...]) -> None:
        chars = {next((c for c in t if c not in _COMMON), "") for t in triggers}
        self.whole = tuple(t for t in triggers if all(c in _COMMON for c in t))
        self.chars = rx.compile("[" + "".join(re.escape(c) for c in sorted(chars - {""})) + "]")

    def __call__(self, text: str) -> bool:
        if self.chars.search(text) is not None:
            return True
        for t in self.whole:  # noqa: SIM110  (a loop: `any` over a generator costs more than the one test)
            if t in text:
                return True
        return False


_GATES: dict[tuple[tuple[str, str], ...], Gate] = {}


def _fix(text: str, fixers: tuple[Fixer, ...] = PUNCTUATION) -> str:
    for fixer in fixers:
        text = fixer(text)
    return text


# Without `halfwidth_alnum`, for a document the hygiene pass found no full-width letter or
# digit in (`Document.no_fullwidth_alnum`): on such a text it returns the text, after a scan.
_WITHOUT_HALFWIDTH = tuple(f for f in PUNCTUATION if f is not halfwidth_alnum)


def run(doc: Document, ctx: Context) -> Document:
    table = ctx.rules.punctuation
    set_punct_table(table)
    key = tuple(table.items())
    gate = _GATES.get(key)
    if gate is None:
        gate = _GATES[key] = Gate((*_FIXED_TRIGGERS, *table))

    fixers = _WITHOUT_HALFWIDTH if doc.no_fullwidth_alnum else PUNCTUATION

    def fix(text: str) -> str:
        return _fix(text, fixers) if gate(text) else text

    return map_text(doc, PASS.name, fix)


PASS = Pass("punctuation", "full-width punctuation in Chinese context", run)
