"""Learning each site's chrome from the corpus: edge lines that recur in many documents."""

from __future__ import annotations

from collections import Counter
from collections.abc import Iterable

MIN_DOCS = 3  # a learned line recurs in at least this many documents ...
MIN_SHARE = 0.01  # ... and in at least this share of them


def learn(edge_lists: Iterable[list[str]]) -> frozenset[str]:
    counts: Counter[str] = Counter()
    n = 0
    for keys in edge_lists:
        n += 1
        counts.update(set(keys))
    need = max(MIN_DOCS, MIN_SHARE * n)
    return frozenset(k for k, c in counts.items() if c >= need)
