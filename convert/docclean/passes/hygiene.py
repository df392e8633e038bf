"""Unicode hygiene (OUTPUT.md §1): controls, zero-width, odd spaces, look-alike code points."""

from __future__ import annotations

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


def _fix(text: str) -> str:
    if _ONLY_LOOKALIKES_LEFT and _RE_ANY_OR_LOOKALIKE.search(text) is None:
        return text.strip(" ")
    if _RE_ANY.search(text):
        for fixer in _FIXERS:
            text = fixer(text)
    for fixer in _REST:
        text = fixer(text)
    return text.strip(" ")


def run(doc: Document, ctx: Context) -> Document:
    return map_text(doc, PASS.name, _fix)


PASS = Pass("hygiene", "control and zero-width characters, odd spaces, Kangxi radicals", run)
