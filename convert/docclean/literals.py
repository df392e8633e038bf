"""The literal text a regex cannot match without: a cheap `in` test before the regex runs.

A user's rule like `(?<![\\d.])\\d{2,6}\\s*字范文` starts with a look-behind, so `re` tries it
at every character of a line (~60 MB/s); `"字范文" in line` answers for most lines at
memory speed. `required(pattern)` reads `re`'s own parse tree: runs of literal characters
in the top sequence, inside groups and repeats taken at least once, and for an alternation
one literal per branch. If it finds nothing certain it returns None and the rule runs as
before, so the test never changes a result (tests/test_literals.py).
"""

from __future__ import annotations

import re
from collections.abc import Callable

try:  # Python >= 3.11
    from re import _constants as _c
    from re import _parser as _p
except ImportError:  # pragma: no cover - Python 3.10
    import sre_constants as _c  # type: ignore[no-redef]
    import sre_parse as _p  # type: ignore[no-redef]

Needs = tuple[str, ...]  # a match contains at least one of these strings
_REPEATS = {_c.MAX_REPEAT, _c.MIN_REPEAT} | ({_c.POSSESSIVE_REPEAT} if hasattr(_c, "POSSESSIVE_REPEAT") else set())


def required(pattern: str) -> Needs | None:
    """Strings one of which every match of `pattern` contains, or None when unknown."""
    try:
        tree = _p.parse(pattern)
    except Exception:
        return None
    if tree.state.flags & _c.SRE_FLAG_IGNORECASE:
        return None
    return _sequence(tree)


def _better(a: Needs | None, b: Needs | None) -> Needs | None:
    """The more selective of two requirements: fewer alternatives, longer strings."""
    if a is None or b is None:
        return a if b is None else b
    def score(n: Needs) -> float:
        return min(len(x) for x in n) - 0.5 * (len(n) - 1)
    return b if score(b) > score(a) else a


MAX_CLASS_NEEDS = 4  # a class of a few literal characters is a need of one of them (no range, no negation)


def _sequence(items: object) -> Needs | None:
    best: Needs | None = None
    run: list[str] = []
    for op, av in [*items, (None, None)]:  # type: ignore[misc]
        if op is _c.LITERAL:
            run.append(chr(av))
            continue
        if run:
            best = _better(best, ("".join(run),))
            run = []
        if op is _c.SUBPATTERN:
            _group, add_flags, _del_flags, sub = av
            if add_flags & _c.SRE_FLAG_IGNORECASE:
                continue  # case-folded literals are not literal
            best = _better(best, _sequence(sub))
        elif op is _c.BRANCH:
            branches = [_sequence(sub) for sub in av[1]]
            if all(b is not None for b in branches):
                best = _better(best, tuple(dict.fromkeys(x for b in branches for x in b)))  # type: ignore[union-attr]
        elif op in _REPEATS and av[0] >= 1:
            best = _better(best, _sequence(av[2]))
        elif op is _c.IN and len(av) <= MAX_CLASS_NEEDS and all(o is _c.LITERAL for o, _a in av):
            best = _better(best, tuple(dict.fromkeys(chr(a) for _o, a in av)))  # `[|｜]`: one of its characters
    if best is not None and not all(best):
        return None  # an empty string would make the test pass anyway
    return best


# --- How long a match can be ------------------------------------------------------------

_ONE_CHAR = {_c.LITERAL, _c.NOT_LITERAL, _c.ANY, _c.IN, _c.CATEGORY}
_ZERO_WIDTH = {_c.AT, _c.ASSERT, _c.ASSERT_NOT}
_Width = tuple[int, dict[tuple[str, ...], int]]  # fixed characters, and {a run's class: how many times}


class WidthBound:
    """An upper bound on the length of any match of a pattern in a given text: a fixed count
    for everything of bounded length, plus, for each unbounded repeat of one character class
    (`\\s*`, `[>»]+`), how many characters of that class the text holds, which no such repeat
    can outgrow. A search for a match that must hold a literal (`required`) then need not
    start further back than this before the literal's first occurrence
    (`chrome.sub_while_needed`), where a pattern starting with a look-behind is otherwise
    tried at every character. The counts are C calls: `str.count` for literal characters,
    `str.split()` for white space (`\\s` is `str.isspace`)."""

    def __init__(self, fixed: int, runs: dict[tuple[str, ...], int]) -> None:
        self.fixed = fixed
        self.runs = tuple(runs.items())  # ((characters, or "\\s" for white space), times)

    def __call__(self, text: str) -> int:
        n = self.fixed
        space = -1
        for chars, k in self.runs:
            for c in chars:
                if c != _SPACE:
                    n += k * text.count(c)
                    continue
                if space < 0:
                    space = len(text) - sum(map(len, text.split()))
                n += k * space
        return n


_SPACE = "\\s"  # (a marker, not a character: every character `str.isspace` says yes to)


def width_bound(pattern: str) -> WidthBound | None:
    """`WidthBound` of `pattern`, or None where it has no such bound (an unbounded repeat of more
    than one character, a back-reference, flags that change what a class holds)."""
    try:
        tree = _p.parse(pattern)
    except Exception:
        return None
    if tree.state.flags & ~(_c.SRE_FLAG_UNICODE | _c.SRE_FLAG_DOTALL) or tree.state.groups > 100:
        return None  # (a multi-line `$` is no end of the text; case folding changes classes)
    found = _width(tree)
    return None if found is None else WidthBound(*found)


def _width(items: object) -> _Width | None:
    fixed: int = 0
    runs: dict[tuple[str, ...], int] = {}
    for op, av in items:  # type: ignore[attr-defined]
        if op in _ONE_CHAR:
            fixed += 1
            continue
        if op in _ZERO_WIDTH:
            continue  # (look-arounds consume nothing)
        if op is _c.SUBPATTERN:
            _group, add_flags, del_flags, sub = av
            if add_flags or del_flags:
                return None
            part = _width(sub)
        elif hasattr(_c, "ATOMIC_GROUP") and op is _c.ATOMIC_GROUP:
            part = _width(av)
        elif op is _c.BRANCH:
            parts = [_width(sub) for sub in av[1]]
            if any(x is None for x in parts):
                return None
            part = (max(x[0] for x in parts), {})  # type: ignore[index]
            for x in parts:  # (each run at its largest count in any branch: a bound of every branch)
                for i, k in x[1].items():  # type: ignore[index]
                    part[1][i] = max(part[1].get(i, 0), k)
        elif op in _REPEATS:
            _lo, hi, sub = av
            if hi == _c.MAXREPEAT:
                chars = _countable(sub)
                if chars is None:
                    return None
                part = (0, {chars: 1})
            else:
                inner = _width(sub)
                if inner is None:
                    return None
                part = (inner[0] * hi, {i: k * hi for i, k in inner[1].items()})
        else:
            return None  # a back-reference, a conditional, ...
        fixed += part[0]
        for i, k in part[1].items():
            runs[i] = runs.get(i, 0) + k
    return fixed, runs


def _countable(sub: object) -> tuple[str, ...] | None:
    """The characters (`_SPACE` for `\\s`) of a repeated item of one character that the text's
    characters can be counted for, or None: a literal, or a class of literals and `\\s`."""
    if len(sub) != 1:  # type: ignore[arg-type]
        return None
    op, av = sub[0]  # type: ignore[index]
    if op is _c.LITERAL:
        return (chr(av),)
    if op is not _c.IN:
        return None
    out: list[str] = []
    for iop, iav in av:
        if iop is _c.LITERAL:
            out.append(chr(iav))
        elif iop is _c.CATEGORY and iav is _c.CATEGORY_SPACE:
            out.append(_SPACE)
        else:
            return None  # a range, a negation, another category: not counted
    return tuple(dict.fromkeys(out))


def sub_from(pattern: re.Pattern[str], repl: Callable[[re.Match[str]], str], text: str,
             start: Callable[[int], int]) -> str:
    """`pattern.sub(repl, text)` when `start(pos)` knows where the next match after `pos` can
    begin at the earliest (-1: there is none): each search starts there, not at `pos`, so a
    pattern `re` cannot skip ahead in (one that starts with a look-behind or `(.?)`) is not
    tried at every character in between. Matches are `sub`'s (look-behinds still see the text
    before the start); none may be empty."""
    out: list[str] = []
    pos = 0
    while (at := start(pos)) >= 0:
        m = pattern.search(text, at)
        if m is None:
            break
        out.append(text[pos:m.start()])
        out.append(repl(m))
        pos = m.end()
    if not out:
        return text
    out.append(text[pos:])
    return "".join(out)
