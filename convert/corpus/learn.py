"""Learning each site's chrome from the corpus: edge lines that recur in many documents."""

from __future__ import annotations

from collections import Counter
from collections.abc import Iterable

MIN_DOCS = 3  # a learned line recurs in at least this many documents ...
MIN_SHARE = 0.01  # ... and in at least this share of them


class EdgeCounter:
    """In how many documents each edge key occurs; `learned()` applies the thresholds."""

    def __init__(self) -> None:
        self.counts: Counter[str] = Counter()
        self.docs = 0

    def add(self, keys: Iterable[str]) -> None:
        self.counts.update(set(keys))
        self.docs += 1

    def learned(self) -> frozenset[str]:
        need = max(MIN_DOCS, MIN_SHARE * self.docs)
        return frozenset(k for k, c in self.counts.items() if c >= need)


def learn(edge_lists: Iterable[list[str]]) -> frozenset[str]:
    counter = EdgeCounter()
    for keys in edge_lists:
        counter.add(keys)
    return counter.learned()
