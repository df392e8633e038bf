"""Learning each site's chrome from the corpus: edge lines that recur in many documents.

Three guards keep recurring *content* out of the learned set (removing a real line is worse
than leaving a banner):
- a line that reads like a sentence never gets an edge key at all (`passes/learned.py`);
- documents with the same body (one speech scraped from several sites) vote once, so a
  duplicated document's title and headings do not become chrome;
- a line that recurs far less often than the strongest chrome it shares a document with is
  not that site's chrome: a site's banners recur together in nearly all of its documents,
  while a generic title (`在全县经济工作会议上的讲话`) recurs in a handful of them.

`Pilot` guesses the learned set while a corpus run goes, so that few documents are converted
twice; the set learned at the end (`learn`) is the one the output follows.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Iterable
from typing import Any

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


class Pilot:
    """A provisional learned set from the results so far, so that few documents need the
    second pass. It is renewed when a line has newly become frequent, or a frequent line kept
    as content has doubled its count since (the relative guard may judge it otherwise now),
    at most once per FIRST documents or 1/32 of those seen (the first renewal at once): a
    renewal reads every vote so far, so the total work stays linear in the corpus. (Renewing
    for every frequent line not learned cost a renewal per interval; waiting 50 documents and
    1/16 left a site met late in the walk unlearned for ~90 documents, each then converted
    twice.) Between renewals, a line that has just become frequent with every vote among the
    latest documents (the chrome of a folder the walk has just entered) is learned at once
    if the relative guard over those votes lets it (`_recent`): a renewal due to a line kept
    as content just before a new site's first documents made that site wait up to 1/32 of
    the corpus (~20-40 documents, each converted twice)."""

    FIRST = 20

    def __init__(self, learned: frozenset[str], enabled: bool) -> None:
        self.prior = self.learned = learned  # the last run's set, until this run knows better
        self.enabled = enabled
        self.counter = EdgeCounter()
        self.kept: dict[str, int] = {}  # frequent lines judged content at the last renewal: their counts then
        self.tried: dict[str, int] = {}  # frequent lines `_recent` looked at: their counts then
        self.last = 0
        self.stale = False

    def add(self, rec: dict[str, Any]) -> None:
        if self.enabled and rec.get("status") == "ok":
            self.see(rec.get("edges") or [], rec.get("body"))

    def see(self, keys: list[str], body: str | None) -> None:
        """One converted document's edge keys and body signature (`add` without the record)."""
        c = self.counter
        c.add(keys, body)
        for k in keys:
            if k in self.learned:
                continue
            if k in self.kept:
                self.stale = self.stale or c.counts[k] >= 2 * self.kept[k]
            elif c.frequent(k):
                self.stale = True
                if c.counts[k] >= 2 * self.tried.get(k, 0):  # each line looked at again only when its count doubled
                    self.tried[k] = c.counts[k]
                    if self._recent(k):
                        self.learned = self.learned | {k}
        if self.stale and (not self.last or c.docs - self.last >= max(self.FIRST, c.docs // 32)):
            learned, frequent = c.judge()
            self.kept = {k: c.counts[k] for k in frequent - learned}
            self.learned, self.last, self.stale = learned | self.prior, c.docs, False

    def _recent(self, key: str) -> bool:
        """Are all of `key`'s votes among the latest 2 x its count, and does the relative guard
        (`learn.EdgeCounter.judge`) over those documents keep it? Reads at most 2 x its count
        votes, and a line is looked at again only when its count has doubled: linear in all."""
        c = self.counter
        need, strongest = c.counts[key], 0
        for keys in reversed(c.voters[-2 * need:]):
            if key in keys:
                need -= 1
                here = [c.counts[k] for k in keys if c.frequent(k)]
                if len(here) > 1:
                    strongest = max(strongest, *here)
                if not need:
                    break
        return not need and c.counts[key] >= MIN_RELATIVE * strongest
