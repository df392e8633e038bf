"""Duplicates: exact (hash of the cleaned text) and near (MinHash LSH over character 5-grams).

MinHash signatures are computed in the workers (64 values, a few hundred bytes each) with
numpy alone, vectorised over the document's shingles: the text's code points are one uint32
array, every 5-gram's hash is a polynomial over five shifted views of it, mixed by
splitmix64's finaliser, and binned by one-permutation hashing (see `minhash`). No Python
call per shingle (a blake2b per shingle cost more than the conversion itself).

Grouping is banded LSH in plain Python (`Index`): 5 bands of 11 values, the parameters
datasketch's MinHashLSH picks for threshold 0.8 and 64 permutations, so candidates are the
same. A worker sends each band as one 64-bit key (`bands`), not the signature: the parent
and the manifest only ever compare bands, and 5 numbers instead of 65 halved the record's
size (pickled to the parent, a JSON line in the manifest, read again by every rerun). The
index is kept as records arrive (the manifest feeds it), so at the end only the keys two
documents share are joined; it needs neither datasketch nor scipy.
"""

from __future__ import annotations

import functools
import hashlib
import struct
from collections.abc import Iterable, Sequence
from typing import Any

NUM_PERM = 64
SHINGLE = 5
THRESHOLD = 0.8
BANDS, ROWS = 5, 11  # datasketch.MinHashLSH(threshold=0.8, num_perm=64).b/.r: its optimal (b, r)
# A signature starts with this tag: signatures of the former blake2b scheme (32-bit values,
# still in old manifests) hash shingles differently and must not be compared with new ones.
SCHEME_TAG = (3 << 40) | 3

EMPTY = 1 << 63  # a bin no shingle fell into


@functools.cache
def _constants() -> tuple[Any, ...]:
    """numpy's uint64 scalars, made once (numpy is imported on first use: a run without MinHash,
    or a one-file conversion, never loads it)."""
    import numpy as np

    u = np.uint64
    return u(0x100000001B3), u(30), u(0xBF58476D1CE4E5B9), u(27), u(0x94D049BB133111EB), u(31), u(58), u(26), \
        u(0xFFFFFFFF)


def shingle_hashes(text: str) -> Any:
    """A 64-bit hash of each of the text's character 5-grams (whitespace removed), repeats kept.
    In-place uint64 arithmetic (it wraps, and numpy checks no overflow on arrays): each
    operation a new array cost a tenth of the signature's time, after a conversion left the
    caches cold."""
    import numpy as np

    mult, s30, c1, s27, c2, s31 = _constants()[:6]
    t = "".join(text.split())
    cps = np.frombuffer(t.encode("utf-32-le"), dtype=np.uint32).astype(np.uint64)
    if not len(cps):
        return np.zeros(1, dtype=np.uint64)
    n = max(1, len(cps) - SHINGLE + 1)
    h = cps[:n].copy()
    for k in range(1, min(SHINGLE, len(cps))):  # a text shorter than a shingle is one shingle
        h *= mult
        h += cps[k:k + n]
    h ^= h >> s30
    h *= c1
    h ^= h >> s27
    h *= c2
    h ^= h >> s31
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

    s58, s26, low = _constants()[6:]
    h = shingle_hashes(text)
    sig = np.full(NUM_PERM, EMPTY, dtype=np.uint64)
    np.minimum.at(sig, (h >> s58).astype(np.intp), (h >> s26) & low)
    out = sig.tolist()
    if EMPTY in out:
        filled = [i for i, v in enumerate(out) if v != EMPTY]
        for i in range(NUM_PERM):
            if out[i] == EMPTY:
                j = next((k for k in filled if k > i), filled[0] + NUM_PERM)
                out[i] = out[j % NUM_PERM] + (j - i) * (1 << 32)  # above every real value
    return [SCHEME_TAG, *out]


def bands(sig: Sequence[int] | None) -> list[int] | None:
    """The LSH band keys of a current-scheme signature (None for none or a former scheme's):
    each band's 11 values hashed to 64 bits with the band's number as salt, so equal values in
    two bands never match (chance of a false match ~2^-64 a pair). blake2b, not `hash()`:
    the keys are stored in the manifest, and a tuple's hash may change with Python's version."""
    if not sig or sig[0] != SCHEME_TAG or len(sig) != 1 + NUM_PERM:
        return None
    return [int.from_bytes(hashlib.blake2b(struct.pack(f"<{ROWS}Q", *sig[1 + i * ROWS: 1 + (i + 1) * ROWS]),
                                           digest_size=8, salt=bytes([i])).digest(), "little")
            for i in range(BANDS)]


Key = str | int  # a document's exact-text hash (str), or one of its LSH band keys (int)


class Index:
    """The duplicate keys of every document so far, kept as results arrive, in any order.

    Each document holds its exact key and, with a current signature, one key per LSH band;
    a key held by two or more documents is *shared*. A document converted again (learned
    chrome changes its text) or gone is replaced or removed, so the index always mirrors the
    manifest, and `groups()` at the end only joins the shared keys: O(duplicates), not
    O(corpus). Two documents are in one group when a chain of shared keys links them, which
    is exactly the batch definition (equal text, or any equal band), whatever the order.
    A band is kept as the 64-bit hash of its 11 values (chance of a false match ~2^-64 a
    pair, `bands`): a tuple of them would cost ~450 bytes a band.
    """

    def __init__(self) -> None:
        self.keys: dict[str, tuple[Key, ...]] = {}
        self.holders: dict[Key, str | set[str]] = {}  # one id, or the set of ids of a shared key
        self.shared: set[Key] = set()

    @classmethod
    def of(cls, docs: Iterable[tuple[str, str, Sequence[int] | None]]) -> Index:
        ix = cls()
        for d in docs:
            ix.add(*d)
        return ix

    def add(self, rid: str, exact: str, band_keys: Sequence[int] | None) -> None:
        """One document, by its exact key and its `bands` (None: exact copies only), replacing
        what it was if it was added before."""
        self.remove(rid)
        keys: tuple[Key, ...] = (exact, *band_keys) if band_keys else (exact,)
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


def groups(docs: Iterable[tuple[str, str, Sequence[int] | None]]) -> list[list[str]]:
    """Groups of ids (sorted, first = the one kept) whose texts are equal or near-equal: each
    document given as (id, exact key, band keys)."""
    return Index.of(docs).groups()
