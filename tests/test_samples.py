"""The quality gate on the five real samples, idempotence, and the same samples re-encoded."""

from __future__ import annotations

from pathlib import Path

import pytest
from docclean import convert_bytes, convert_path
from docclean.score import parse, score
from opencc import OpenCC
from rapidfuzz.distance import Levenshtein

from tests.conftest import SAMPLE_NAMES, SAMPLES

# Floors: the gate refuses to go below these (raise them as the tool improves, never lower).
FLOORS = {"body_sim": 0.985, "para_f1": 0.90, "heading_f1": 0.80}


@pytest.fixture(scope="module")
def outputs(tmp_path_factory) -> Path:
    out = tmp_path_factory.mktemp("out")
    for name in SAMPLE_NAMES:
        (out / f"{name}.md").write_text(convert_path(SAMPLES / "raw" / f"{name}.txt").markdown, encoding="utf-8")
    return out


@pytest.mark.parametrize("name", SAMPLE_NAMES)
def test_the_output_is_the_expected_file_byte_for_byte(outputs: Path, name: str):
    """Issue 10's no-regression bar: every sample exactly as a careful editor made it."""
    assert (outputs / f"{name}.md").read_bytes() == (SAMPLES / "expected" / f"{name}.md").read_bytes()


@pytest.mark.parametrize("name", SAMPLE_NAMES)
def test_quality_gate(outputs: Path, name: str):
    gold = SAMPLES / "expected"
    row = score(gold / f"{name}.md", outputs / f"{name}.md", gold / f"{name}.chrome.txt")
    for metric, floor in FLOORS.items():
        assert row[metric] >= floor, (metric, row[metric])
    assert row["content_loss"] == 0
    assert row["chrome_leak"] in (0, None)
    assert row["title_ok"]
    assert row["violations"] == 0, row["violation_kinds"]
    assert row.get("date_ok", True)


@pytest.mark.parametrize("name", SAMPLE_NAMES)
def test_converting_an_output_again_changes_nothing(outputs: Path, name: str):
    first = (outputs / f"{name}.md").read_bytes()
    again = convert_bytes(first, f"{name}.md").markdown.encode("utf-8")
    assert again == first


@pytest.mark.parametrize("name", SAMPLE_NAMES)
@pytest.mark.parametrize("enc", ["gb18030", "utf-16-le", "utf-16-be"])
def test_reencoded_sample_gives_the_same_output(outputs: Path, name: str, enc: str):
    text = (SAMPLES / "raw" / f"{name}.txt").read_text(encoding="utf-8")
    result = convert_bytes(text.encode(enc), f"{name}.txt")
    assert result.meta.encoding == enc
    assert result.markdown == (outputs / f"{name}.md").read_text(encoding="utf-8")


@pytest.mark.parametrize("name", SAMPLE_NAMES)
def test_big5_after_s2t_comes_back_simplified(outputs: Path, name: str):
    text = (SAMPLES / "raw" / f"{name}.txt").read_text(encoding="utf-8")
    trad = OpenCC("s2tw").convert(text)
    data = trad.encode("big5", errors="replace")  # the few characters Big5 lacks become '?'
    result = convert_bytes(data, f"{name}.txt")
    assert result.meta.encoding == "big5"
    assert result.meta.script == "traditional"
    gold = "\n".join(t for _, t in parse((outputs / f"{name}.md").read_text(encoding="utf-8"))[1])
    got = "\n".join(t for _, t in parse(result.markdown)[1])
    assert 1 - Levenshtein.normalized_distance(gold, got) >= 0.98
