"""MinHash signatures (numpy, vectorised) and the banded LSH grouping, on real sample texts."""

from __future__ import annotations

import pytest
from docclean.corpus import dedupe

from ..conftest import SAMPLES

np = pytest.importorskip("numpy")


def texts() -> list[str]:
    return [p.read_text("utf-8") for p in sorted((SAMPLES / "expected").glob("*.md"))]


def test_shingle_hashes_are_one_per_distinct_5gram() -> None:
    t = texts()[0]
    flat = "".join(t.split())
    grams = {flat[i:i + 5] for i in range(len(flat) - 4)}
    assert len(np.unique(dedupe.shingle_hashes(t))) == len(grams)  # 64-bit: no collisions here
    assert len(dedupe.shingle_hashes("短文")) == 1 and len(dedupe.shingle_hashes("")) == 1


def test_signature_estimates_jaccard() -> None:
    a = texts()[1]
    b = a[: len(a) // 2] + texts()[2][: len(a) // 2]  # half shared
    sa, sb, sa2 = dedupe.minhash(a), dedupe.minhash(b), dedupe.minhash(a)
    assert sa == sa2 and sa[0] == dedupe.SCHEME_TAG and len(sa) == 1 + dedupe.NUM_PERM
    agree = sum(x == y for x, y in zip(sa[1:], sb[1:], strict=True)) / dedupe.NUM_PERM
    assert 0.15 < agree < 0.7


def test_near_duplicates_grouped_distinct_texts_not() -> None:
    docs = texts()
    near = docs[0].replace("。", "！", 1)  # one character changed
    recs = [(f"{i:02d}", f"x{i}", bands(t)) for i, t in enumerate(docs)]
    recs.append(("99", "near", bands(near)))
    recs.append(("98", "x1", bands(docs[1])))  # an exact copy of 01
    assert dedupe.groups(recs) == [["00", "99"], ["01", "98"]]


def bands(text: str) -> list[int] | None:
    return dedupe.bands(dedupe.minhash(text))


def test_band_keys_match_exactly_when_a_band_of_the_signature_does() -> None:
    sig = dedupe.minhash(texts()[0])
    keys = dedupe.bands(sig)
    assert keys is not None and len(keys) == dedupe.BANDS and len(set(keys)) == dedupe.BANDS
    assert all(0 <= k < 1 << 64 for k in keys)
    r = dedupe.ROWS
    for b in range(dedupe.BANDS):  # one value changed in band b: that band's key alone changes
        other = list(sig)
        other[1 + b * r + 3] += 1
        changed = [i for i, (x, y) in enumerate(zip(keys, dedupe.bands(other) or [], strict=True)) if x != y]
        assert changed == [b]
    # the values past the last band (64 - 5 * 11) are in no band
    tail = list(sig)
    tail[-1] += 1
    assert dedupe.bands(tail) == keys
    # the same 11 values in two bands give two keys (each band salted with its number)
    same = [sig[0], *(sig[1:1 + r] * dedupe.BANDS), *sig[1 + r * dedupe.BANDS:]]
    assert len(set(dedupe.bands(same) or [])) == dedupe.BANDS


def test_signatures_of_the_former_scheme_are_not_compared() -> None:
    old = [7] * dedupe.NUM_PERM  # as stored in an old manifest: 64 values, no tag
    assert dedupe.bands(old) is None and dedupe.bands(None) is None and dedupe.bands([]) is None
    assert dedupe.groups([("a", "x", dedupe.bands(old)), ("b", "y", dedupe.bands(list(old)))]) == []


def test_short_texts_fill_every_bin_and_stay_comparable() -> None:
    a, b = dedupe.minhash("同志们：今天开会。"), dedupe.minhash("同志们：今天开会。")
    assert a == b and dedupe.EMPTY not in a
    assert dedupe.minhash("同志们：今天开会。") != dedupe.minhash("各位代表：现在开会。")


def pairwise(docs: dict[str, tuple[str, list[int]]]) -> list[list[str]]:
    """The definition, checked pair by pair: equal text or any equal LSH band, then linked chains."""
    ids = sorted(docs)
    comp = {i: i for i in ids}

    def near(a: tuple[str, list[int]], b: tuple[str, list[int]]) -> bool:
        r = dedupe.ROWS
        return a[0] == b[0] or any(a[1][1 + k * r:1 + (k + 1) * r] == b[1][1 + k * r:1 + (k + 1) * r]
                                   for k in range(dedupe.BANDS))

    for x in ids:
        for y in ids:
            if x < y and near(docs[x], docs[y]):
                old, new = comp[y], comp[x]
                comp = {k: new if c == old else c for k, c in comp.items()}
    out: dict[str, list[str]] = {}
    for i in ids:
        out.setdefault(comp[i], []).append(i)
    return sorted(g for g in out.values() if len(g) > 1)


def test_index_fed_in_any_order_with_documents_redone_gives_the_batch_groups() -> None:
    import random

    docs = texts()
    variants = [*docs, docs[0].replace("。", "！", 1), docs[1], docs[2] + "补一句。", docs[3][: len(docs[3]) // 2]]
    rng = random.Random(3)
    final: dict[str, tuple[str, list[int]]] = {}
    events: list[tuple[str, str | None]] = []  # (id, text or None = removed), as a run sees them
    for i, t in enumerate(variants):
        events.append((f"d{i:02d}", t))
    rng.shuffle(events)
    # documents converted again with another text (learned chrome), some removed (vanished or failed)
    events += [("d00", docs[4]), ("d05", None), (f"d{len(variants) - 1:02d}", docs[3]), ("d02", docs[1])]
    ix = dedupe.Index()
    for rid, t in events:
        if t is None:
            ix.remove(rid)
            final.pop(rid, None)
        else:
            exact = str(hash(t))
            ix.add(rid, exact, bands(t))
            final[rid] = (exact, dedupe.minhash(t))
    expected = pairwise(final)
    assert ix.groups() == expected == dedupe.groups((k, e, dedupe.bands(m)) for k, (e, m) in final.items())
    assert len(expected) >= 3  # the redone and the near copies did link documents: the test saw groups
    # and what a removal or a changed text unlinks, it unlinks
    assert not any("d05" in g for g in expected)
    for rid in list(final):
        ix.remove(rid)
    assert ix.groups() == [] and not ix.holders and not ix.shared
