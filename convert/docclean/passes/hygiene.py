"""Unicode hygiene (OUTPUT.md §1): controls, zero-width, odd spaces, look-alike code points,
and bidirectional controls where no right-to-left script needs them."""

from __future__ import annotations

import re
import unicodedata
from collections import Counter
from functools import lru_cache

from ..cache import rx
from ..fixers import HYGIENE, map_lookalikes, normalize_spaces, remove_control_chars, remove_zero_width
from ..model import Block, Document, Reason
from ..tables import ODD_SPACES, RE_CONTROL, RE_FULLWIDTH_ALNUM, RE_LOOKALIKE, ZERO_WIDTH
from .base import TEXT_KINDS, Context, Pass
from .script import traditional

# Every character the first three fixers change (controls, zero-width, odd spaces): a text
# with none of them needs only the look-alike map, whose own test is as quick.
_RE_ANY = rx.compile(f"[{RE_CONTROL.pattern[1:-1]}{ZERO_WIDTH}{ODD_SPACES}]")
_FIXERS = (remove_control_chars, remove_zero_width, normalize_spaces)
_REST = tuple(f for f in HYGIENE if f not in _FIXERS)
# ... and with the look-alikes too: one scan tells that a line (most lines) needs no fixer at all.
_RE_ANY_OR_LOOKALIKE = rx.compile(f"[{_RE_ANY.pattern[1:-1]}{RE_LOOKALIKE.pattern[1:-1]}]")
# Bidirectional embeddings, overrides and isolates (U+202A-U+202E, U+2066-U+2069) and the three
# direction marks (LRM, RLM, ALM). In Chinese or Latin text they are invisible and only change how
# the line displays: an RLO shows `abc` as `cba` (the "Trojan Source" attack, CVE-2021-42574),
# and a copy from a web page leaves stray marks that break search and dedupe. They are the
# text's own only beside a right-to-left script (Hebrew, Arabic, ...), so that is where they stay.
BIDI_CONTROLS = "\u202a-\u202e\u2066-\u2069\u200e\u200f\u061c"
_RE_BIDI = rx.compile(f"[{BIDI_CONTROLS}]")
# The one scan of a line also finds these (`_one` leaves them as they are; `_drop_bidi` decides).
_RE_SCAN = rx.compile(f"[{_RE_ANY_OR_LOOKALIKE.pattern[1:-1]}{BIDI_CONTROLS}]")
RTL_CLASSES = ("R", "AL")  # Unicode's bidi classes of right-to-left letters
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


def _fix(text: str, dropped: Counter[str] | None = None) -> str:
    """The hygiene fixers' text; bidi controls are dropped (and counted in `dropped`) from the
    lines without a right-to-left letter, when `dropped` is given."""
    return _fixed(text, dropped, 0).strip(" ")


def _fixed(text: str, dropped: Counter[str] | None, at: int) -> str:
    """`_fix` before its strip: the text before the first character it changes is left as it is."""
    if _ONLY_LOOKALIKES_LEFT:
        m = _RE_SCAN.search(text, at)
        if m is None:
            return text
        at = m.start()  # (from the first hit: the scan has been made up to it)
        text = text[:at] + _RE_ANY_OR_LOOKALIKE.sub(_one, text[at:])
    else:
        if _RE_ANY.search(text):
            for fixer in _FIXERS:
                text = fixer(text)
        for fixer in _REST:
            text = fixer(text)
        at = 0
    if dropped is not None and _RE_BIDI.search(text, at):
        text = "\n".join(_drop_bidi(line, dropped) for line in text.split("\n"))
    return text


def _drop_bidi(line: str, dropped: Counter[str]) -> str:
    """The line without its bidi controls, unless a right-to-left letter is on it."""
    controls = _RE_BIDI.findall(line)
    if not controls:
        return line
    bare = _RE_BIDI.sub("", line)
    if any(unicodedata.bidirectional(c) in RTL_CLASSES for c in bare):  # (only lines holding a control)
        return line
    dropped.update(controls)
    return bare


def _record(doc: Document, b: Block, dropped: Counter[str]) -> None:
    what = ", ".join(f"{n} U+{ord(c):04X} {unicodedata.name(c)}" for c, n in dropped.items())
    doc.remove(f"<{what}>", "hygiene.bidi-control", Reason.HIDDEN_CONTROL, b.prov)
    dropped.clear()


def run(doc: Document, ctx: Context) -> Document:
    """`_fix` on every text and table cell (as `map_text`), recording each block's dropped bidi
    controls where it stood, and one warning for the document: hidden controls are a sign of
    a tampered text as much as of a careless copy.

    The scan of each text also looks for the characters t2s would change and for full-width
    letters and digits (one class, no dearer than the scan alone), and where no text holds them
    the document says so (`no_traditional`, `no_fullwidth_alnum`): the script pass, next, and
    the punctuation pass's `halfwidth_alnum` then need not scan for them again."""
    n = 0
    dropped: Counter[str] = Counter()
    total = 0
    trad_free = fw_free = _ONLY_LOOKALIKES_LEFT  # no text seen yet holds one
    for b in doc.blocks:
        if b.kind in TEXT_KINDS:
            text = b.text
            if trad_free or fw_free:
                m = _scan_or(trad_free, fw_free).search(text)
                if m is None:
                    new = text.strip(" ")
                else:  # (nothing of the classes before the hit: what follows is `_fix`'s from it)
                    at = m.start()
                    new = _fixed(text, dropped, at)
                    trad_free = trad_free and traditional().search(new, at) is None
                    fw_free = fw_free and RE_FULLWIDTH_ALNUM.search(new, at) is None
                    new = new.strip(" ")
            else:
                new = _fix(text, dropped)
            changed = new != text
            b.text = new
        elif b.rows:
            trad_free = trad_free and not b.text
            fw_free = False  # (cells: not looked at)
            rows = [[_fix(c, dropped) for c in row] for row in b.rows]
            changed = rows != b.rows
            b.rows = rows
        else:
            trad_free = trad_free and not b.text  # (a text the script pass reads that this pass does not)
            continue
        n += changed
        if dropped:
            total += sum(dropped.values())
            _record(doc, b, dropped)
    doc.no_traditional = trad_free
    doc.no_fullwidth_alnum = fw_free
    doc.changes[PASS.name] += n
    if total:
        doc.meta.warnings.append(f"{total} invisible bidirectional control characters dropped (they change how "
                                 "text displays, as in a 'Trojan Source' attack; kept on lines with "
                                 "right-to-left script): see the report, rule hygiene.bidi-control")
    return doc


@lru_cache(maxsize=4)
def _scan_or(traditional_chars: bool, fullwidth_alnum: bool) -> re.Pattern[str]:
    """`_RE_SCAN`'s class with every character t2s would change and the full-width letters and
    digits, as asked, in one class (compiled on first use, as `script.traditional`: some
    thousands of characters)."""
    from ._script_sets import TRADITIONAL_ONLY

    more = "".join(sorted(TRADITIONAL_ONLY)) if traditional_chars else ""
    more += RE_FULLWIDTH_ALNUM.pattern[1:-1] if fullwidth_alnum else ""
    return rx.compile(f"[{_RE_SCAN.pattern[1:-1]}{more}]")


PASS = Pass("hygiene", "control and zero-width characters, odd spaces, Kangxi radicals, stray bidi controls", run)
