"""The literal text a regex cannot match without: a cheap `in` test before the regex runs.

A user's rule like `(?<![\\d.])\\d{2,6}\\s*字范文` starts with a look-behind, so `re` tries it
at every character of a line (~60 MB/s); `"字范文" in line` answers for most lines at
memory speed. `required(pattern)` reads `re`'s own parse tree: runs of literal characters
in the top sequence, inside groups and repeats taken at least once, and for an alternation
one literal per branch. If it finds nothing certain it returns None and the rule runs as
before, so the test never changes a result (tests/test_literals.py).
"""

from __future__ import annotations

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
    if best is not None and not all(best):
        return None  # an empty string would make the test pass anyway
    return best
