"""Small pure `str -> str` fixers, one concern each, and `fix_and_explain`.

Each fixer is idempotent and safe to run on any block of text. The passes call them;
the tests call them directly and replay the steps `fix_and_explain` reports.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterable

from .cache import rx
from .literals import sub_from
from .tables import (
    CJK,
    CN_NUM,
    FULLWIDTH_ALNUM,
    IDEO,
    LATIN,
    LOOKALIKES,
    RE_CONTROL,
    RE_FULLWIDTH_ALNUM,
    RE_LOOKALIKE,
    RE_ODD_SPACE,
    RE_ZERO_WIDTH,
    Lazy,
)

Fixer = Callable[[str], str]


# --- Unicode hygiene (contract §1) ----------------------------------------------------

def remove_control_chars(text: str) -> str:
    """Drop C0/C1 control characters other than newline."""
    return RE_CONTROL.sub("", text)


def remove_zero_width(text: str) -> str:
    """Drop zero-width characters, stray BOMs and soft hyphens."""
    return RE_ZERO_WIDTH.sub("", text)


def normalize_spaces(text: str) -> str:
    """NBSP, tabs, typographic spaces and the ideographic space become plain spaces."""
    return RE_ODD_SPACE.sub(" ", text)


def map_lookalikes(text: str) -> str:
    """Kangxi radicals and compatibility ideographs from PDF text layers -> ordinary characters."""
    return text.translate(LOOKALIKES) if RE_LOOKALIKE.search(text) else text


def halfwidth_alnum(text: str) -> str:
    """Full-width ASCII letters and digits (`Ａ１`) -> half-width (`A1`). Only their runs are
    translated (from the first): a dict `translate` of the whole line failed a lookup, at
    ~170 ns, on every other character (the class is the table's keys: tests/test_fixers.py)."""
    m = RE_FULLWIDTH_ALNUM.search(text)
    if m is None:
        return text
    at = m.start()
    return text[:at] + _RE_FULLWIDTH_ALNUM_RUN.sub(_halfwidth_run, text[at:])


_RE_FULLWIDTH_ALNUM_RUN = rx.compile(RE_FULLWIDTH_ALNUM.pattern + "+")


def _halfwidth_run(m: re.Match[str]) -> str:
    return m.group().translate(FULLWIDTH_ALNUM)


# --- Punctuation in Chinese context (contract §6) ----------------------------------------

_PUNCT = {",": "，", ";": "；", ":": "：", "?": "？", "!": "！"}
_RE_PAREN_PAIR = rx.compile(r"(.?)\(([^()\n]{0,200})\)(.?)")
_RE_CJK = rx.compile(f"[{CJK}]")
_RE_DQUOTE_PAIR = rx.compile(r'(.?)"([^"\n]{0,500})"(.?)')
_RE_SQUOTE_PAIR = Lazy(f"'([^'\\n]{{0,200}}[{IDEO}][^'\\n]{{0,200}})'")
_RE_ELLIPSIS = rx.compile(r"\.{3,}|。{3,}|⋯+|…+")
_ELLIPSIS_NEEDS = ("...", "。。。", "⋯", "…")  # one of these is in every match: a test with `in` first
# A run of dashes is tried from its first character only ((?<!-) etc.): tried from every
# position, a long run that is not followed by CJK made the search quadratic. Each branch
# starts with its first dash and looks behind after it (`-(?<=[CJK]-)` is `(?<=[CJK])-`), so
# `re` jumps between dashes instead of trying a look-behind at every character; the branches
# keep the order of `(?<=[CJK])(?:-{2,}|－{2,}|―{2,}|—―|―—)|(?<!-)-{2,}(?=[CJK])|…`, the same
# matches (tests/test_fixers.py).
_DASH_NEEDS = ("--", "－－", "――", "—―", "―—")  # one of these is in every match of _RE_DASH
_RE_DASH = Lazy(f"-(?<=[{CJK}]-)-+|－(?<=[{CJK}]－)－+|―(?<=[{CJK}]―)―+|—(?<=[{CJK}]—)―|―(?<=[{CJK}]―)—"
                f"|-(?<!--)-+(?=[{CJK}])|－(?<!－－)－+(?=[{CJK}])|―(?<!――)―+(?=[{CJK}])")


# Per mark, compiled on first need (~1.5 ms each: the CJK class): its substitution, and a search
# for the mark not right after a CJK character (at any position: overlapping ones too). When
# there is none, every occurrence `sub` meets is taken by `punct_regex`'s first branch,
# `(?<=[CJK]mark)`, so the substitution is `str.replace` (a sample's 465 commas: ~100 us -> ~20 us).
_RE_PUNCT: dict[str, tuple[re.Pattern[str], re.Pattern[str]]] = {}


def set_punct_table(table: dict[str, str]) -> None:
    """Replace the half -> full table (from `rules/punctuation.yaml`); a no-op when unchanged."""
    if table == _PUNCT:
        return
    _PUNCT.clear()
    _PUNCT.update(table)
    _RE_PUNCT.clear()


def punct_regex(half: str) -> re.Pattern[str]:
    """The rule for one mark: beside CJK on the left, or followed (after optional spaces) by
    CJK on the right, not after a Latin word unless CJK stands before it (`Hello, world! 然后`
    is English; `热爱X,把` is Chinese). The mark
    comes first and the look-behinds after it, so `re` finds candidates by a literal scan
    instead of trying a look-behind at every character (same matches: tests/test_fixers.py)."""
    h = re.escape(half)
    # a short Latin word inside Chinese (`热爱X,把`, `使用App,提高`) is Chinese context too
    embedded = "|".join(f"(?<=[{CJK}][A-Za-z]{{{n}}}{h})" for n in range(1, MAX_EMBEDDED_LATIN + 1))
    return rx.compile(f"{h}(?:(?<=[{CJK}]{h})|(?:(?<![A-Za-z]{h})|{embedded})(?= *[{CJK}]))")


MAX_EMBEDDED_LATIN = 8


def cjk_punctuation(text: str) -> str:
    """`, ; : ? !` beside a CJK character or CJK punctuation -> full-width; `1,000`, `10:30` stay.

    One mark after another in the table's order (an earlier mark's full-width form is CJK
    context for a later one); a mark not in the text costs one `in`. (Tried: one scan for all
    marks judging each by its neighbours in Python was 2x slower on punctuation-heavy text
    than these substitutions, which replace in C.)"""
    for half, full in _PUNCT.items():
        if half in text:
            compiled = _RE_PUNCT.get(half)
            if compiled is None:
                mark = re.escape(half)
                compiled = _RE_PUNCT[half] = (punct_regex(half), rx.compile(f"{mark}(?<![{CJK}]{mark})"))
            pattern, unled_search = compiled
            # (every mark right after CJK: the rule's first branch takes each, a plain replace)
            unled = unled_search.search(text) is not None
            text = pattern.sub(full, text) if unled else text.replace(half, full)
    return text


_RE_MIXED_PAIR = rx.compile(r"\(([^()（）\n]{0,60})）|（([^()（）\n]{0,60})\)")


def cjk_parentheses(text: str) -> str:
    """A `( … )` pair in Chinese context (inside or beside it) -> `（ … ）`, both halves together;
    a pair with one half of each width (`(一）`, `（九)`, scraped or OCR'd) -> `（ … ）` too."""
    if ("）" in text and "(" in text) or ("（" in text and ")" in text):
        def mixed(m: re.Match[str]) -> str:
            inner = m.group(1) if m.group(1) is not None else m.group(2)
            near = text[max(0, m.start() - 1):m.start()] + inner + text[m.end():m.end() + 1]
            return f"（{inner}）" if _RE_CJK.search(near) else m.group()

        text = _RE_MIXED_PAIR.sub(mixed, text)
    if "(" not in text:
        return text

    def pair(m: re.Match[str]) -> str:
        before, inner, after = m.groups()
        if _RE_CJK.search(before + inner + after):
            return f"{before}（{inner}）{after}"
        return m.group()

    return sub_near(_RE_PAREN_PAIR, pair, text, "(", 1)


def sub_near(pattern: re.Pattern[str], repl: Callable[[re.Match[str]], str], text: str, literal: str,
             lead: int) -> str:
    """`pattern.sub(repl, text)` for a pattern each of whose matches holds `literal` at most
    `lead` characters after its start (`(.?)\\(` holds its `(` 0 or 1 after): each search starts
    `lead` before the next occurrence of the literal. The pair patterns start with `(.?)`, so
    `re` tried them at every character of a line (~600 instructions each) for one bracket."""
    def start(pos: int) -> int:
        at = text.find(literal, pos)
        return at if at < 0 else max(pos, at - lead)

    return sub_from(pattern, repl, text, start)


def cjk_quotes(text: str) -> str:
    """Straight `"…"` pairs in Chinese context -> `“…”`; `'…'` holding Chinese -> `‘…’`."""
    if '"' in text:
        def pair(m: re.Match[str]) -> str:
            before, inner, after = m.groups()
            if _RE_CJK.search(before + inner + after):
                return f"{before}“{inner}”{after}"
            return m.group()
        text = sub_near(_RE_DQUOTE_PAIR, pair, text, '"', 1)
    if "'" in text:
        text = _RE_SQUOTE_PAIR.sub(r"‘\1’", text)
    return text


def cjk_ellipsis(text: str) -> str:
    """`...`, `。。。`, `⋯⋯`, a lone `…` in Chinese context -> `……`; `wait...` in English stays."""
    if not ("…" in text or "⋯" in text or ("." in text and "..." in text) or ("。" in text and "。。。" in text)):
        return text  # (_ELLIPSIS_NEEDS written out, not a generator; each need's first character first)

    def fix(m: re.Match[str]) -> str:
        s, e = m.span()
        near = text[max(0, s - 1):s] + text[e:e + 1]
        if m.group().startswith(".") and not _RE_CJK.search(near):
            return m.group()
        return "……"

    return _RE_ELLIPSIS.sub(fix, text)


def cjk_dash(text: str) -> str:
    """`--`, `－－`, `――` in Chinese context -> `——`; a single `—`/`-` connector stays."""
    if ("-" not in text and "－" not in text and "―" not in text) or not any(x in text for x in _DASH_NEEDS):
        return text  # (each need holds `-`, `－` or `―`: one-character tests first, a two-character `in` is slower)
    return _RE_DASH.sub("——", text)


# --- Spaces (contract §7) ------------------------------------------------------------------

# The space patterns start with the space itself and look behind it afterwards (`(?<=[X] )`
# is "X before the first space"): `re` then jumps from space to space instead of trying a
# look-behind at every character. tests/test_fixers.py checks them against the plain forms.
_RE_CJK_SPACE = Lazy(f" (?<=[{CJK}] ) *(?=[{CJK}])")
_FW_PUNCT = "\u3001-\u303f\uff01-\uff0f\uff1a-\uff20"  # 、。《》 and full-width forms: never take a space
_RE_PUNCT_SPACE = Lazy(f" (?:(?<=[{_FW_PUNCT}] ) *| *(?=[{_FW_PUNCT}]))")
_RE_CJK_LATIN_SPACE = Lazy(f" (?:(?<=[{CJK}] ) *(?=[{LATIN}%])|(?<=[{LATIN}%] ) *(?=[{CJK}]))")
_RE_CJK_LATIN_GAP = Lazy(f"(?<=[{IDEO}])(?=[{LATIN}])|(?<=[{LATIN}%])(?=[{IDEO}])")
_RE_LATIN_OR_PERCENT = rx.compile(f"[{LATIN}%]")  # in every match of _RE_CJK_LATIN_GAP
_RE_MULTI_SPACE = rx.compile(r" (?<=\S ) +(?=\S)")
_RE_SECTION_HEAD = rx.compile(f"^(第[{CN_NUM}\\d]+(?:[章节编条款]|部分))[ \u3000\u00a0]+(?=\\S)")


def remove_cjk_spaces(text: str) -> str:
    """No space between two CJK characters or beside CJK punctuation.

    The one space after a leading `第一章` / `第三条` / `第二部分` is the contract's separator
    and is normalized to exactly one ASCII space instead.
    """
    if " " not in text and "\u3000" not in text:
        return text
    m = _RE_SECTION_HEAD.match(text)
    head, rest = (m.group(1) + " ", text[m.end():]) if m else ("", text)
    rest = _RE_CJK_SPACE.sub("", rest)
    rest = _RE_PUNCT_SPACE.sub("", rest)
    return head + rest


def remove_cjk_latin_spaces(text: str) -> str:
    """`2021 年` -> `2021年`, `X 书记` -> `X书记` (official-document style, the default)."""
    return _RE_CJK_LATIN_SPACE.sub("", text) if " " in text else text


def add_cjk_latin_spaces(text: str) -> str:
    """`2021年` -> `2021 年`: one space between an ideograph and a Latin letter or digit."""
    return _RE_CJK_LATIN_GAP.sub(" ", text) if _RE_LATIN_OR_PERCENT.search(text) else text


def collapse_spaces(text: str) -> str:
    """Runs of spaces inside text become one; leading/trailing spaces go."""
    return (_RE_MULTI_SPACE.sub(" ", text) if " " in text and "  " in text else text).strip(" ")


# --- Registry and explanation ----------------------------------------------------------------

HYGIENE: tuple[Fixer, ...] = (remove_control_chars, remove_zero_width, normalize_spaces, map_lookalikes)
PUNCTUATION: tuple[Fixer, ...] = (halfwidth_alnum, cjk_punctuation, cjk_parentheses, cjk_quotes,
                                  cjk_ellipsis, cjk_dash)
SPACING = {
    "remove": (remove_cjk_spaces, remove_cjk_latin_spaces, collapse_spaces),
    "keep": (remove_cjk_spaces, collapse_spaces),
    "add": (remove_cjk_spaces, remove_cjk_latin_spaces, add_cjk_latin_spaces, collapse_spaces),
}
BY_NAME: dict[str, Fixer] = {f.__name__: f for f in (*HYGIENE, *PUNCTUATION, *SPACING["add"])}


def fix_and_explain(text: str, fixers: Iterable[Fixer] = (*HYGIENE, *PUNCTUATION, *SPACING["remove"])
                    ) -> tuple[str, list[str]]:
    """Run fixers in order; return the text and the names of those that changed it."""
    steps: list[str] = []
    for fixer in fixers:
        fixed = fixer(text)
        if fixed != text:
            steps.append(fixer.__name__)
            text = fixed
    return text, steps


def apply_steps(text: str, steps: Iterable[str]) -> str:
    """Replay the steps `fix_and_explain` reported."""
    for name in steps:
        text = BY_NAME[name](text)
    return text
