"""Duplicates: exact (hash of the cleaned text) and near (MinHash LSH over character 5-grams).

MinHash signatures are computed in the workers (64 permutations, a few hundred bytes each);
grouping happens once in the parent over every document's signature.
"""

from __future__ import annotations

from collections.abc import Iterable

NUM_PERM = 64
SHINGLE = 5
THRESHOLD = 0.8
SCHEME = "affine32"  # datasketch >= 2.0 names its hashing scheme; stored signatures need the same


def _shingles(text: str) -> set[bytes]:
    t = "".join(text.split())
    return {t[i:i + SHINGLE].encode("utf-8") for i in range(max(1, len(t) - SHINGLE + 1))}


_PRIME = (1 << 61) - 1
_PERMS: tuple[object, object] | None = None


def minhash(text: str) -> list[int]:
    """A 64-value MinHash signature (32-bit hashes, affine permutations mod 2^61-1).

    Computed with numpy alone: importing datasketch pulls in scipy (half a second), which
    every worker would pay; only the parent's LSH grouping needs datasketch.
    """
    import hashlib

    import numpy as np

    global _PERMS
    if _PERMS is None:
        rng = np.random.RandomState(1)
        _PERMS = (rng.randint(1, _PRIME, size=NUM_PERM, dtype=np.uint64),
                  rng.randint(0, _PRIME, size=NUM_PERM, dtype=np.uint64))
    a, b = _PERMS
    hv = np.fromiter((int.from_bytes(hashlib.blake2b(s, digest_size=4).digest(), "little")
                      for s in _shingles(text)), dtype=np.uint64)
    phv = ((np.outer(a, hv) + b[:, None]) % _PRIME) & np.uint64(0xFFFFFFFF)  # type: ignore[operator,index]
    return [int(x) for x in phv.min(axis=1)]


def groups(docs: Iterable[tuple[str, str, list[int] | None]]) -> list[list[str]]:
    """Groups of ids (sorted, first = the one kept) whose texts are equal or near-equal."""
    from datasketch import LeanMinHash, MinHashLSH

    lsh = MinHashLSH(threshold=THRESHOLD, num_perm=NUM_PERM)
    parent: dict[str, str] = {}

    def find(x: str) -> str:
        while parent[x] != x:
            parent[x] = parent[parent[x]]
            x = parent[x]
        return x

    def union(a: str, b: str) -> None:
        ra, rb = find(a), find(b)
        if ra != rb:
            parent[max(ra, rb)] = min(ra, rb)

    by_exact: dict[str, str] = {}
    for rid, exact, sig in sorted(docs, key=lambda d: d[0]):
        parent[rid] = rid
        if exact in by_exact:
            union(by_exact[exact], rid)
            continue
        by_exact[exact] = rid
        if sig:
            m = LeanMinHash(seed=1, hashvalues=sig, scheme=SCHEME)  # no permutation tables to build
            for other in lsh.query(m):
                union(other, rid)
            lsh.insert(rid, m)
    out: dict[str, list[str]] = {}
    for rid in parent:
        out.setdefault(find(rid), []).append(rid)
    return sorted(sorted(g) for g in out.values() if len(g) > 1)
