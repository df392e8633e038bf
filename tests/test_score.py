"""The project's scorer measures what the owner's scorer measures."""

from __future__ import annotations

import importlib.util
from pathlib import Path

import pytest
from docclean import convert_path
from docclean.score import METRICS, score

from tests.conftest import SAMPLE_NAMES, SAMPLES, shared_path


def _owner():
    path = shared_path("eval", "score.py")
    spec = importlib.util.spec_from_file_location("owner_score", path)
    mod = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(mod)
    return mod


def _damaged(tmp: Path, name: str) -> list[Path]:
    """Real outputs plus damaged copies, so agreement is checked away from 1.0 too."""
    out = convert_path(SAMPLES / "raw" / f"{name}.txt").markdown
    paras = out.split("\n\n")
    variants = {
        "clean": out,
        "dropped": "\n\n".join(paras[:3] + paras[4:]),
        "merged": out.replace("\n\n", "\n", 3),
        "unheaded": out.replace("\n## ", "\n", 2),
        "ascii": out.replace("，", ",", 5) + "\n\n仅供学习 禁止外传\n",
    }
    files = []
    for k, v in variants.items():
        p = tmp / f"{name}.{k}.md"
        p.write_text(v, encoding="utf-8")
        files.append(p)
    return files


@pytest.mark.parametrize("name", SAMPLE_NAMES)
def test_agrees_with_the_owners_scorer(tmp_path: Path, name: str):
    owner = _owner()
    gold, chrome = SAMPLES / "expected" / f"{name}.md", SAMPLES / "expected" / f"{name}.chrome.txt"
    for out in _damaged(tmp_path, name):
        mine, theirs = score(gold, out, chrome), owner.score(gold, out, chrome)
        for m in (*METRICS, "title_ok", "violations"):
            assert mine[m] == pytest.approx(theirs[m], abs=1e-9), (out.name, m)


def test_missing_output_scores_zero(tmp_path: Path):
    row = score(SAMPLES / "expected" / f"{SAMPLE_NAMES[0]}.md", tmp_path / "nope.md")
    assert row["missing"] and row["body_sim"] == 0 and row["content_loss"] == 1
