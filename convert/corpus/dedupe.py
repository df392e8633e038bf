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


def minhash(text: str) -> list[int]:
    from datasketch import MinHash

    m = MinHash(num_perm=NUM_PERM, seed=1, scheme=SCHEME)
    m.update_batch(list(_shingles(text)))
    return [int(x) for x in m.hashvalues]


def groups(docs: Iterable[tuple[str, str, list[int] | None]]) -> list[list[str]]:
    """Groups of ids (sorted, first = the one kept) whose texts are equal or near-equal."""
    from datasketch import MinHash, MinHashLSH

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
            m = MinHash(num_perm=NUM_PERM, seed=1, hashvalues=sig, scheme=SCHEME)
            for other in lsh.query(m):
                union(other, rid)
            lsh.insert(rid, m)
    out: dict[str, list[str]] = {}
    for rid in parent:
        out.setdefault(find(rid), []).append(rid)
    return sorted(sorted(g) for g in out.values() if len(g) > 1)
