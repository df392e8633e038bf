"""A <title> line's site suffix (`websuffix.py`): cut where a site's name follows, kept otherwise."""

from __future__ import annotations

import pytest
from docclean import websuffix
from docclean.rules import load_rules

WEB = load_rules().web


@pytest.mark.parametrize(("title", "want"), [
    ("在全县工作会议上的讲话_理论学习_先锋党建网", "在全县工作会议上的讲话"),
    ("在全县工作会议上的讲话 - 职场杂谈 - 红枫论坛 - Powered by Discuz!", "在全县工作会议上的讲话"),
    ("关于做好春节工作的通知-某某省人民政府", "关于做好春节工作的通知"),
    ("2026年政府工作报告｜某某网", "2026年政府工作报告"),
])
def test_site_suffixes_are_cut(title: str, want: str) -> None:
    cut = websuffix.split_site_suffix(title, WEB)
    assert cut is not None and cut[0] == want and title == cut[0] + cut[1]


@pytest.mark.parametrize("title", ["拉萨—山南段公路建设情况", "关于A-B线路的通知", "“十四五”规划纲要", "中国—东盟博览会"])
def test_titles_without_a_site_keep_their_dashes(title: str) -> None:
    assert websuffix.split_site_suffix(title, WEB) is None


def test_a_suffix_the_page_names_elsewhere_is_a_site() -> None:
    assert websuffix.split_site_suffix("在县政府全体会议上的讲话 - 文档汇", WEB) is None
    assert websuffix.split_site_suffix("在县政府全体会议上的讲话 - 文档汇", WEB, ("文档汇",)) is not None
