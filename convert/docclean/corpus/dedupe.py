"""Duplicates: exact (hash of the cleaned text) and near (MinHash LSH over character 5-grams).

MinHash signatures are computed in the workers (64 values, a few hundred bytes each) with
numpy alone, vectorised over the document's shingles: the text's code points are one uint32
array, every 5-gram's hash is a polynomial over five shifted views of it, mixed by
splitmix64's finaliser, and binned by one-permutation hashing (see `minhash`). No Python
call per shingle (a blake2b per shingle cost more than the conversion itself).

Grouping is banded LSH in plain Python (`Groups`): 5 bands of 11 values, the parameters
datasketch's MinHashLSH picks for threshold 0.8 and 64 permutations, so candidates are the
same; it runs as records arrive, so the parent need not wait for the end, and needs neither
datasketch nor scipy.
"""

from __future__ import annotations

from collections.abc import Iterable
from typing import Any

NUM_PERM = 64
SHINGLE = 5
THRESHOLD = 0.8
BANDS, ROWS = 5, 11  # datasketch.MinHashLSH(threshold=0.8, num_perm=64).b/.r: its optimal (b, r)
# A signature starts with this tag: signatures of the former blake2b scheme (32-bit values,
# still in old manifests) hash shingles differently and must not be compared with new ones.
SCHEME_TAG = (3 << 40) | 3

EMPTY = 1 << 63  # a bin no shingle fell into


def shingle_hashes(text: str) -> Any:
    """A 64-bit hash of each of the text's character 5-grams (whitespace removed), repeats kept."""
    import numpy as np

    t = "".join(text.split())
    cps = np.frombuffer(t.encode("utf-32-le"), dtype=np.uint32).astype(np.uint64)
    n = max(1, len(cps) - SHINGLE + 1)
    h = np.zeros(n, dtype=np.uint64)
    mult = np.uint64(0x100000001B3)
    with np.errstate(over="ignore"):
        for k in range(min(SHINGLE, len(cps))):  # a text shorter than a shingle is one shingle
            h = h * mult + cps[k:k + n]
        h ^= h >> np.uint64(30)
        h *= np.uint64(0xBF58476D1CE4E5B9)
        h ^= h >> np.uint64(27)
        h *= np.uint64(0x94D049BB133111EB)
        h ^= h >> np.uint64(31)
    return h


def minhash(text: str) -> list[int]:
    """`SCHEME_TAG` then a 64-value one-permutation MinHash signature.

    One hash per shingle: its top 6 bits pick one of 64 bins, the next 32 bits are its value,
    and each bin keeps its minimum (Li, Owen & Zhang's one-permutation hashing): O(shingles)
    instead of 64 affine permutations over every shingle (64x the work: 2-3 ms a document).
    A bin no shingle fell into (texts under ~300 characters) takes the next filled bin's
    value plus its distance (rotation densification), so equal texts still agree everywhere.
    """
    import numpy as np

    h = shingle_hashes(text)
    bins = (h >> np.uint64(58)).astype(np.intp)
    vals = (h >> np.uint64(26)) & np.uint64(0xFFFFFFFF)
    sig = np.full(NUM_PERM, EMPTY, dtype=np.uint64)
    np.minimum.at(sig, bins, vals)
    out = sig.tolist()
    if EMPTY in out:
        filled = [i for i, v in enumerate(out) if v != EMPTY]
        for i in range(NUM_PERM):
            if out[i] == EMPTY:
                j = next((k for k in filled if k > i), filled[0] + NUM_PERM)
                out[i] = out[j % NUM_PERM] + (j - i) * (1 << 32)  # above every real value
    return [SCHEME_TAG, *out]


class Groups:
    """Union-find over documents, fed one record at a time (exact key, then LSH bands)."""

    def __init__(self) -> None:
        self.parent: dict[str, str] = {}
        self.by_exact: dict[str, str] = {}
        self.buckets: list[dict[tuple[int, ...], str]] = [{} for _ in range(BANDS)]

    def find(self, x: str) -> str:
        parent = self.parent
        while parent[x] != x:
            parent[x] = parent[parent[x]]
            x = parent[x]
        return x

    def union(self, a: str, b: str) -> None:
        ra, rb = self.find(a), self.find(b)
        if ra != rb:
            self.parent[max(ra, rb)] = min(ra, rb)

    def add(self, rid: str, exact: str, sig: list[int] | None) -> None:
        """One document: joins the group of an equal text, or of any text sharing a band."""
        self.parent.setdefault(rid, rid)
        if exact in self.by_exact:
            self.union(self.by_exact[exact], rid)
            return
        self.by_exact[exact] = rid
        if not sig or sig[0] != SCHEME_TAG:
            return  # no signature, or one of the former scheme: exact duplicates only
        for i, bucket in enumerate(self.buckets):
            key = tuple(sig[1 + i * ROWS: 1 + (i + 1) * ROWS])
            other = bucket.setdefault(key, rid)  # one member per bucket is enough: the rest are unioned
            if other != rid:
                self.union(other, rid)

    def result(self) -> list[list[str]]:
        """Groups of ids (sorted, first = the one kept) with more than one member."""
        out: dict[str, list[str]] = {}
        for rid in self.parent:
            out.setdefault(self.find(rid), []).append(rid)
        return sorted(sorted(g) for g in out.values() if len(g) > 1)


def groups(docs: Iterable[tuple[str, str, list[int] | None]]) -> list[list[str]]:
    """Groups of ids (sorted, first = the one kept) whose texts are equal or near-equal."""
    g = Groups()
    for rid, exact, sig in sorted(docs, key=lambda d: d[0]):
        g.add(rid, exact, sig)
    return g.result()
