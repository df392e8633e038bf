"""Every rule that can remove text says why, in `-v` and in `--report`."""

from __future__ import annotations

import re
from pathlib import Path

from docclean import clean_text
from docclean.explain import BUILT_IN, explain
from docclean.rules import load_rules

SRC = Path(__file__).resolve().parents[1] / "convert" / "docclean"
PAGE = [SRC / "passes" / "page.py", *sorted((SRC / "page").glob("*.py"))]


def test_every_rule_the_page_pass_and_lexicon_name_is_explained() -> None:
    rules = load_rules()
    assert rules.web is not None
    named = {r for f in PAGE for r in re.findall(r'"((?:web|title)\.[a-z-]+)"', f.read_text(encoding="utf-8"))}
    phrases = {p.id for p in rules.web.phrases}
    missing = sorted(r for r in named - phrases if r not in BUILT_IN)
    assert not missing, missing
    assert all(explain(p.id, rules) == p.description and p.description for p in rules.web.phrases)
    for r in rules.chrome:
        assert explain(r.id, rules) == r.description


def test_the_report_says_why_for_each_rule_it_used() -> None:
    r = clean_text("首页\n>\n要闻\n某某报告\n来源：某报\n" + "现在，我代表市人民政府，向大会报告工作，请予审议。\n" * 3)
    why = r.report()["why"]
    assert set(why) == {x.rule for x in r.removals}
    assert all(text and text != rule for rule, text in why.items())
