"""Script: Traditional becomes Simplified; Simplified is never run through t2s."""

from __future__ import annotations

from docclean import Options, clean_text
from docclean.passes.script import detect

SIMP = "同志们：今天召开全县经济工作会议，主要任务是总结去年工作，安排部署今年的重点任务。乾安县发展很快。"
TRAD = "同志們：今天召開全縣經濟工作會議，主要任務是總結去年工作，安排部署今年的重點任務。"


def test_detect():
    assert detect(SIMP) == "simplified"
    assert detect(TRAD) == "traditional"
    assert detect("only latin text") == "none"


def test_traditional_becomes_simplified():
    r = clean_text("標題\n" + TRAD + "\n")
    assert "召开全县经济工作会议" in r.markdown and r.meta.script == "traditional"


def test_simplified_is_left_alone_even_with_characters_t2s_would_touch():
    r = clean_text("标题\n" + SIMP + "\n")
    assert "乾安县" in r.markdown  # plain t2s would give 干安县


def test_keep_and_to_traditional():
    assert "召開" in clean_text("標題\n" + TRAD + "\n", Options(script="keep")).markdown
    assert "召開" in clean_text("标题\n" + SIMP + "\n", Options(script="traditional")).markdown


def test_precomputed_script_sets_match_the_installed_opencc() -> None:
    """`_script_sets.py` is generated from OpenCC: regenerate it when OpenCC's tables change."""
    from docclean.passes import _script_sets, script

    trad, simp = script.sets_from_opencc()
    assert frozenset(trad) == _script_sets.TRADITIONAL_ONLY and frozenset(simp) == _script_sets.SIMPLIFIED_ONLY
    assert "國" in _script_sets.TRADITIONAL_ONLY and "国" not in _script_sets.TRADITIONAL_ONLY
    assert "国" in _script_sets.SIMPLIFIED_ONLY and "的" not in _script_sets.SIMPLIFIED_ONLY
