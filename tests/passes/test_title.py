"""The title appears once: repeated copies go even when broken by spaces or a wrap."""

from __future__ import annotations

from docclean import clean_text

BODY = "今天召开全县经济工作会议，主要任务是总结去年工作，安排部署今年的重点任务，动员全县上下凝心聚力。"


def test_repeated_title_dropped_once_and_reported():
    r = clean_text(f"全区动员会发言稿\n\n全区动员会发言稿\n\n同志们:\n\n{BODY}\n")
    assert r.markdown.count("全区动员会发言稿") == 2  # front matter + the '#' line
    assert [x.rule for x in r.removals] == ["title.duplicate"]


def test_title_copy_with_spaces_and_wrap_inside_is_dropped():
    r = clean_text(f"2021年在全市学习会讲话稿合编\n2021 年在全市学习 会讲\n话稿合编\n同志们:\n{BODY}\n")
    body = r.markdown.split("---\n")[-1]
    assert body.count("合编") == 1


def test_body_sentence_that_starts_with_the_title_words_is_kept():
    r = clean_text(f"工作报告\n工作报告指出，要坚持稳中求进。{BODY}\n")
    assert "工作报告指出" in r.markdown
    assert not r.removals


def test_no_title_when_the_first_line_is_a_sentence():
    r = clean_text(f"{BODY}\n{BODY}\n")
    assert r.meta.title is None
    assert not r.markdown.startswith("---\ntitle")


def test_an_interviews_first_question_over_its_answer_is_no_title_a_question_over_the_text_is():
    r = clean_text(f"Q: 某某, 可以概括一下小程序吗？\nA:这也不行，那也不行\nQ:为什么？\n{BODY}\n")
    assert r.meta.title is None
    r = clean_text(f"可以概括一下小程序吗？\n{BODY}\n")
    assert r.meta.title == "可以概括一下小程序吗？"


def test_a_line_right_under_the_stamp_the_file_opens_with_is_no_title_a_line_over_it_is():
    r = clean_text(f"来源:人民日报 时间:2013-10-14 21:34:44 热度:923\n2014年起每年9月第三周都将举办\n{BODY}\n")
    assert r.meta.title is None and "2014年起每年9月第三周都将举办" in r.markdown
    r = clean_text(f"全国义诊周活动启动\n来源:人民日报 时间:2013-10-14 21:34:44 热度:923\n{BODY}\n")
    assert r.meta.title == "全国义诊周活动启动"


def test_a_dateline_over_the_heading_is_no_title_the_heading_is_and_stands_first() -> None:
    r = clean_text("民国101年10月03日 星期三\n新北市政府新闻行程\n10:00 某某派出所新建办公厅舍落成典礼\n地点：某某路50巷36号\n")
    assert r.meta.title == "新北市政府新闻行程"
    assert r.markdown.split("---\n")[-1].lstrip().startswith("# 新北市政府新闻行程\n\n民国101年10月03日")
    # (a date over a sentence gives no title)
    assert clean_text("2024年3月5日 星期二\n今天天气很好，我们去了公园。\n").meta.title is None
