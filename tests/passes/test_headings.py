"""Headings: standalone numbered lines only; run-on numbered leads stay paragraphs."""

from __future__ import annotations

import pytest
from docclean.passes.headings import heading_level, is_subtitle
from docclean.rules import load_rules

H = load_rules().headings


@pytest.mark.parametrize("text,level", [
    ("一、在思想认识上再聚焦、再提升", 2),
    ("二、要紧盯任务、突出重点，以奋进姿态抓落实。", 2),
    ("第一部分 总体要求", 2),
    ("第三章 附则", 2),
    ("（二）基本原则。", 3),
    ("(三)保障措施", 3),
    ("1．加强组织领导", 4),
    ("2、压实工作责任", 4),
    ("（一）打好项目落地建设突围战。推动项目落地是今年的重点。", 0),
    ("一要坚定发展信心。回顾去年，大家心中都很清楚。", 0),
    ("同志们：", 0),
    ("3.5%的增长来之不易", 0),
    ("2021年工作回顾", 0),
    ("一、", 0),
    ("一、" + "很长的标题" * 20, 0),
])
def test_heading_level(text, level):
    assert heading_level(text, H) == level


@pytest.mark.parametrize("text,yes", [
    ("在全县优化营商环境工作会议上的讲话稿", True),
    ("新余市绿色建筑管理办法", True),
    ("关于做好安全生产工作的通知", True),
    ("这是我们的工作报告。", False),
    ("报告", False),
    ("X X X X X X X", False),
])
def test_subtitle(text, yes):
    assert is_subtitle(text, H) is yes
