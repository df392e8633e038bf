"""Learning each site's chrome from the corpus: edge lines that recur in many documents.

Three guards keep recurring *content* out of the learned set (removing a real line is worse
than leaving a banner):
- a line that reads like a sentence never gets an edge key at all (`passes/learned.py`);
- documents with the same body (one speech scraped from several sites) vote once, so a
  duplicated document's title and headings do not become chrome;
- a line that recurs far less often than the strongest chrome it shares a document with is
  not that site's chrome: a site's banners recur together in nearly all of its documents,
  while a generic title (`在全县经济工作会议上的讲话`) recurs in a handful of them.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Iterable

MIN_DOCS = 3  # a learned line recurs in at least this many documents ...
MIN_SHARE = 0.01  # ... and in at least this share of them ...
MIN_RELATIVE = 0.5  # ... and in at least half as many documents as the strongest chrome beside it


class EdgeCounter:
    """In how many distinct documents each edge key occurs; `learned()` applies the thresholds."""

    def __init__(self) -> None:
        self.counts: Counter[str] = Counter()
        self.docs = 0
        self.bodies: set[str] = set()
        self.voters: list[list[str]] = []  # each voting document's keys (the records' own lists)

    def add(self, keys: list[str], body: str | None = None) -> None:
        self.docs += 1
        if body:
            if body in self.bodies:
                return  # the same body again: its edge lines have voted already
            self.bodies.add(body)
        self.counts.update(keys)  # a document's edge keys are distinct (sorted set)
        self.voters.append(keys)

    def frequent(self, key: str) -> bool:
        """Recurring often enough to be learned, before the relative guard."""
        return self.counts[key] >= max(MIN_DOCS, MIN_SHARE * self.docs)

    def learned(self) -> frozenset[str]:
        return self.judge()[0]

    def judge(self) -> tuple[frozenset[str], frozenset[str]]:
        """(the learned keys, every frequent key: the learned ones and those the relative guard kept)."""
        frequent = frozenset(k for k in self.counts if self.frequent(k))
        strongest: dict[str, int] = {}
        for keys in self.voters:
            here = [k for k in keys if k in frequent]
            if len(here) > 1:
                top = max(self.counts[k] for k in here)
                for k in here:
                    strongest[k] = max(strongest.get(k, 0), top)
        return frozenset(k for k in frequent if self.counts[k] >= MIN_RELATIVE * strongest.get(k, 0)), frequent


def learn(records: Iterable[tuple[list[str], str | None]]) -> frozenset[str]:
    """The learned set from each document's (edge keys, body signature)."""
    counter = EdgeCounter()
    for keys, body in records:
        counter.add(keys, body)
    return counter.learned()
