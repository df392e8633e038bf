"""What the title chooser asks of pairs of head lines (`page/titlepairs.py`)."""

from __future__ import annotations

from docclean.page.titlepairs import first_half, headline_over_name, related, shares_words
from docclean.rules import load_rules

WEB = load_rules().web


def test_a_wrapped_titles_halves_and_what_is_no_first_half() -> None:
    assert first_half("在全县优化营商环境工作", "会议上的讲话稿", WEB, None)
    assert not first_half("3773考试网2016中考舟山中考正文", "舟山中学新城新校区开放", WEB, None)  # a trail's end
    assert not first_half("某某市人民政府办公室", "关于做好某项工作的通知", WEB, None)  # an issuer
    assert not first_half("英国美女在殡仪馆工作太痛苦，转行当美人鱼！", "加拿大必读", WEB, None)


def test_a_headline_over_an_accounts_name() -> None:
    assert headline_over_name("英国美女在殡仪馆工作太痛苦，转行当美人鱼！每小时收入近千元", "加拿大必读")
    assert not headline_over_name("关于做好春节期间各项", "工作的通知")


def test_lines_that_share_a_titles_words() -> None:
    assert related("2026年政府工作报告全文", "政府工作报告")
    assert not related("集团新闻", "集团公司党委召开政工例会")
    assert shares_words("2026年某某市政府工作报告和某某县政府工作报告合编", "2026年某某市政府工作报告")


def test_a_line_opening_with_guanyu_starts_a_title_and_is_no_wrapped_titles_second_half() -> None:
    assert not first_half("RT-Thread一般讨论", "关于控件和剪切域1", WEB, None)
    assert first_half("某某市教育局转发省厅关于开展", "主题团日活动的通知", WEB, None)
