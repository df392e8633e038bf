"""Facts about a regex read from `re`'s own parse tree, for tests of the cheap gates written
beside a pattern (a character or string test before the regex runs): the gate must hold for
every match the pattern can make, so a branch added to the pattern without its gate fails.
Each check answers False (or None) when it cannot tell: a gate it cannot prove fails its test."""

from __future__ import annotations

import re

try:  # Python >= 3.11
    from re import _constants as _c
    from re import _parser as _p
except ImportError:  # pragma: no cover - Python 3.10
    import sre_constants as _c  # type: ignore[no-redef]
    import sre_parse as _p  # type: ignore[no-redef]

_ZERO_WIDTH = (_c.AT, _c.ASSERT, _c.ASSERT_NOT)
_REPEATS = (_c.MAX_REPEAT, _c.MIN_REPEAT)


def _tree(pattern: re.Pattern[str] | object) -> object:
    return _p.parse(pattern.pattern, pattern.flags & ~re.UNICODE)  # type: ignore[attr-defined]


def holds_one_of(pattern: re.Pattern[str], chars: str) -> bool:
    """Whether every match of the pattern holds one of `chars` (False when it cannot tell)."""
    fold = bool(pattern.flags & re.IGNORECASE)
    return _sequence(_tree(pattern), set(chars), fold)


def _sequence(items: object, chars: set[str], fold: bool) -> bool:
    return any(_item(op, av, chars, fold) for op, av in items)  # type: ignore[attr-defined]


def _item(op: object, av: object, chars: set[str], fold: bool) -> bool:
    if op is _c.LITERAL:
        c = chr(av)  # type: ignore[arg-type]
        return c in chars and (not fold or {c.lower(), c.upper()} <= chars)
    if op is _c.IN:
        return all(o is _c.LITERAL and _item(o, a, chars, fold) for o, a in av)  # type: ignore[attr-defined]
    if op is _c.SUBPATTERN:
        return _sequence(av[3], chars, fold)  # type: ignore[index]
    if op in _REPEATS:
        return av[0] >= 1 and _sequence(av[2], chars, fold)  # type: ignore[index]
    if op is _c.BRANCH:
        return all(_sequence(b, chars, fold) for b in av[1])  # type: ignore[index]
    return False


def holds_one_of_strings(pattern: object, needs: tuple[str, ...]) -> bool:
    """Whether every match of the pattern (a compiled regex, or anything with `pattern` and
    `flags`) contains one of `needs`: each top-level branch has a run of literal text it
    cannot match without (a literal repeated at least n times counts n times; look-arounds
    take no text) holding one of them. False when it cannot tell, or the pattern folds case."""
    if pattern.flags & re.IGNORECASE:  # type: ignore[attr-defined]
        return False
    tree = list(_tree(pattern))  # type: ignore[call-overload]
    branches = tree[0][1][1] if len(tree) == 1 and tree[0][0] is _c.BRANCH else [tree]
    return all(any(n in run for run in _runs(b) for n in needs) for b in branches)


def _runs(items: object) -> list[str]:
    """The runs of literal text every match of a sequence contains (conservative: anything
    but a literal, a repeated literal or a zero-width test ends a run)."""
    runs, cur = [], ""
    for op, av in items:  # type: ignore[attr-defined]
        if op is _c.LITERAL:
            cur += chr(av)
        elif op in _ZERO_WIDTH:
            continue
        elif op in _REPEATS and len(av[2]) == 1 and av[2][0][0] is _c.LITERAL:
            cur += chr(av[2][0][1]) * av[0]
            if av[1] != av[0]:  # (more of it may follow: what comes next is not beside these)
                runs.append(cur)
                cur = ""
        else:
            runs.append(cur)
            cur = ""
    return [*runs, cur]


DIGIT = "\\d"  # `first_chars`' name for a digit class (`str.isdecimal` says yes to the same characters)


def first_chars(pattern: re.Pattern[str]) -> set[str] | None:
    """The characters a match can start with (DIGIT for `\\d`), or None when unknown or when
    a match may be empty."""
    return _first(_tree(pattern))


def _first(items: object) -> set[str] | None:
    for op, av in items:  # type: ignore[attr-defined]
        if op in _ZERO_WIDTH:
            continue
        if op is _c.LITERAL:
            return {chr(av)}
        if op is _c.IN:  # (a class of literals and `\d`; a range, a negation, another category: unknown)
            members = [chr(a) if o is _c.LITERAL else DIGIT if o is _c.CATEGORY and a is _c.CATEGORY_DIGIT else None
                       for o, a in av]
            return None if None in members else set(members)  # type: ignore[arg-type]
        if op is _c.SUBPATTERN:
            return _first(av[3])
        if op in _REPEATS:
            return _first(av[2]) if av[0] >= 1 else None
        if op is _c.BRANCH:
            found = [_first(b) for b in av[1]]
            return None if any(f is None for f in found) else set().union(*found)  # type: ignore[arg-type]
        return None
    return None
