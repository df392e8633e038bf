"""Unicode hygiene (OUTPUT.md §1): controls, zero-width, odd spaces, look-alike code points."""

from __future__ import annotations

import re

from ..cache import rx
from ..fixers import HYGIENE, map_lookalikes, normalize_spaces, remove_control_chars, remove_zero_width
from ..model import Document
from ..tables import ODD_SPACES, RE_CONTROL, RE_LOOKALIKE, ZERO_WIDTH
from .base import Context, Pass, map_text

# Every character the first three fixers change (controls, zero-width, odd spaces): a text
# with none of them needs only the look-alike map, whose own test is as quick.
_RE_ANY = rx.compile(f"[{RE_CONTROL.pattern[1:-1]}{ZERO_WIDTH}{ODD_SPACES}]")
_FIXERS = (remove_control_chars, remove_zero_width, normalize_spaces)
_REST = tuple(f for f in HYGIENE if f not in _FIXERS)
# ... and with the look-alikes too: one scan tells that a line (most lines) needs no fixer at all.
_RE_ANY_OR_LOOKALIKE = rx.compile(f"[{_RE_ANY.pattern[1:-1]}{RE_LOOKALIKE.pattern[1:-1]}]")
_ONLY_LOOKALIKES_LEFT = (map_lookalikes,) == _REST  # (what the one scan covers)


def _one(m: re.Match[str]) -> str:
    """What the four fixers in turn make of one character of `_RE_ANY_OR_LOOKALIKE`. Each maps
    single characters (a one-character class substituted, or `translate`; the look-alike
    map's test only asks whether some character of its class is there), so the four over a
    text are the four over each of its characters: one substitution, where they made three
    scans and a fourth search of a line that held one odd space (001's lines end in NBSPs)."""
    c = m.group()
    out = _ONE.get(c)
    if out is None:
        out = c
        for fixer in HYGIENE:
            out = fixer(out)
        _ONE[c] = out
    return out


_ONE: dict[str, str] = {}


def _fix(text: str) -> str:
    if _ONLY_LOOKALIKES_LEFT:
        m = _RE_ANY_OR_LOOKALIKE.search(text)
        if m is None:
            return text.strip(" ")
        at = m.start()  # (from the first hit: the scan has been made up to it)
        return (text[:at] + _RE_ANY_OR_LOOKALIKE.sub(_one, text[at:])).strip(" ")
    if _RE_ANY.search(text):
        for fixer in _FIXERS:
            text = fixer(text)
    for fixer in _REST:
        text = fixer(text)
    return text.strip(" ")


def run(doc: Document, ctx: Context) -> Document:
    return map_text(doc, PASS.name, _fix)


PASS = Pass("hygiene", "control and zero-width characters, odd spaces, Kangxi radicals", run)
