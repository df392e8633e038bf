"""Duplicates: exact (hash of the cleaned text) and near (MinHash LSH over character 5-grams).

MinHash signatures are computed in the workers (64 values, a few hundred bytes each) with
numpy alone, vectorised over the document's shingles: the text's code points are one uint32
array, every 5-gram's hash is a polynomial over five shifted views of it, mixed by
splitmix64's finaliser, and binned by one-permutation hashing (see `minhash`). No Python
call per shingle (a blake2b per shingle cost more than the conversion itself).

Grouping is banded LSH in plain Python (`Index`): 5 bands of 11 values, the parameters
datasketch's MinHashLSH picks for threshold 0.8 and 64 permutations, so candidates are the
same. The index is kept as records arrive (the manifest feeds it), so at the end only the
keys two documents share are joined; it needs neither datasketch nor scipy.
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


Key = str | int  # a document's exact-text hash (str), or one of its LSH bands (int)


class Index:
    """The duplicate keys of every document so far, kept as results arrive, in any order.

    Each document holds its exact key and, with a current signature, one key per LSH band;
    a key held by two or more documents is *shared*. A document converted again (learned
    chrome changes its text) or gone is replaced or removed, so the index always mirrors the
    manifest, and `groups()` at the end only joins the shared keys: O(duplicates), not
    O(corpus). Two documents are in one group when a chain of shared keys links them, which
    is exactly the batch definition (equal text, or any equal band), whatever the order.
    A band is kept as the 64-bit hash of its 11 values (chance of a false match ~2^-64 a
    pair): a tuple of them would cost ~450 bytes a band.
    """

    def __init__(self) -> None:
        self.keys: dict[str, tuple[Key, ...]] = {}
        self.holders: dict[Key, str | set[str]] = {}  # one id, or the set of ids of a shared key
        self.shared: set[Key] = set()

    @classmethod
    def of(cls, docs: Iterable[tuple[str, str, list[int] | None]]) -> Index:
        ix = cls()
        for d in docs:
            ix.add(*d)
        return ix

    def add(self, rid: str, exact: str, sig: list[int] | None) -> None:
        """One document (replacing what it was, if it was added before)."""
        self.remove(rid)
        keys: tuple[Key, ...] = (exact,)
        if sig and sig[0] == SCHEME_TAG and len(sig) == 1 + NUM_PERM:
            keys += tuple(hash((i, *sig[1 + i * ROWS: 1 + (i + 1) * ROWS])) for i in range(BANDS))
        self.keys[rid] = keys
        holders = self.holders
        for k in keys:
            h = holders.setdefault(k, rid)
            if h == rid:
                continue
            if isinstance(h, str):
                holders[k] = {h, rid}
                self.shared.add(k)
            else:
                h.add(rid)

    def remove(self, rid: str) -> None:
        holders = self.holders
        for k in self.keys.pop(rid, ()):
            h = holders[k]
            if isinstance(h, str):
                del holders[k]
                continue
            h.discard(rid)
            if len(h) == 1:
                holders[k] = next(iter(h))
                self.shared.discard(k)

    def groups(self) -> list[list[str]]:
        """Groups of ids (sorted, first = the one kept) linked by shared keys."""
        parent: dict[str, str] = {}

        def find(x: str) -> str:
            root = x
            while parent.setdefault(root, root) != root:
                root = parent[root]
            while parent[x] != root:
                parent[x], x = root, parent[x]
            return root

        for k in self.shared:
            members = iter(self.holders[k])  # a set: two or more ids
            first = find(next(members))
            for m in members:
                r = find(m)
                if r != first:
                    first, r = min(first, r), max(first, r)
                    parent[r] = first
        out: dict[str, list[str]] = {}
        for rid in parent:
            out.setdefault(find(rid), []).append(rid)
        return sorted(sorted(g) for g in out.values() if len(g) > 1)


def groups(docs: Iterable[tuple[str, str, list[int] | None]]) -> list[list[str]]:
    """Groups of ids (sorted, first = the one kept) whose texts are equal or near-equal."""
    return Index.of(docs).groups()
