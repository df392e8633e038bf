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
    recs = [(f"{i:02d}", f"x{i}", dedupe.minhash(t)) for i, t in enumerate(docs)]
    recs.append(("99", "near", dedupe.minhash(near)))
    recs.append(("98", "x1", dedupe.minhash(docs[1])))  # an exact copy of 01
    assert dedupe.groups(recs) == [["00", "99"], ["01", "98"]]


def test_signatures_of_the_former_scheme_are_not_compared() -> None:
    old = [7] * dedupe.NUM_PERM  # as stored in an old manifest: 64 values, no tag
    assert dedupe.groups([("a", "x", old), ("b", "y", list(old))]) == []


def test_short_texts_fill_every_bin_and_stay_comparable() -> None:
    a, b = dedupe.minhash("同志们：今天开会。"), dedupe.minhash("同志们：今天开会。")
    assert a == b and dedupe.EMPTY not in a
    assert dedupe.minhash("同志们：今天开会。") != dedupe.minhash("各位代表：现在开会。")


def test_incremental_grouping_equals_the_batch() -> None:
    docs = texts()
    recs = [(f"{i}", f"x{i}", dedupe.minhash(t)) for i, t in enumerate([*docs, docs[0] + "补"])]
    g = dedupe.Groups()
    for r in reversed(recs):
        g.add(*r)
    assert g.result() == dedupe.groups(recs)
