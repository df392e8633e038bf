"""Stamps and `label：value` fields (`webfields.py`)."""

from __future__ import annotations

import pytest
from docclean import webfields as wf
from docclean.rules import load_rules

WEB = load_rules().web


def test_fields_take_a_line_apart() -> None:
    f = wf.fields("发布时间：2015-06-15 16:26    来源：某某日报    作者：张三    阅读：5855次", WEB)
    assert f is not None
    assert (f.get("date"), f.get("publisher"), f.get("author")) == ("2015-06-15 16:26", "某某日报", "张三")
    spaced = wf.fields("来 源：某某网  编 辑：李四", WEB)
    assert spaced is not None and spaced.get("publisher") == "某某网" and spaced.get("author") == "李四"
    bracketed = wf.fields("【发布日期】2024.08.18", WEB)
    assert bracketed is not None and bracketed.get("date") == "2024.08.18"
    assert wf.fields("（责任编辑：王五）", WEB) is not None
    listed = wf.fields("• 资源ID:1456059       资源大小:7.21MB        全文页数:90页", WEB)  # a record's fields as a list
    assert listed is not None and len(listed.values) == 3
    assert wf.fields("• 时间就是生命，效率就是金钱。", WEB) is None


@pytest.mark.parametrize("line", ["时间就是生命，效率就是金钱。", "来源于群众，服务于群众。", "会议时间：2024年3月1日上午，请大家准时参加。",
                                  "联系人：张三 电话：12345678", "作者简介"])
def test_sentences_and_unknown_labels_are_no_fields(line: str) -> None:
    assert wf.fields(line, WEB) is None


def test_a_keyword_list_is_a_field_a_clause_list_is_not() -> None:
    f = wf.fields("关键词：政府治理；基层治理；高质量发展；", WEB)
    assert f is not None and f.values[0][0] == "other"
    assert wf.fields("关键词：要坚持问题导向，抓好落实；要强化责任担当。", WEB) is None


def test_an_unlisted_label_is_read_by_its_last_word_outside_a_sentence() -> None:
    f = wf.fields("稿件作者：张三 发文时间：2024-03-05", WEB)
    assert f is not None and f.get("author") == "张三" and f.get("date") == "2024-03-05"
    assert wf.fields("要加强数据来源：管理", WEB) is None
    assert wf.is_dated_bar("2014年02月04日 作者 某某 分类 写作 75 条评论")
    assert not wf.is_dated_bar("某某市人民政府 2024年3月5日") and not wf.is_dated_bar("2024年3月5日，全市召开大会，部署工作。")


# ---- Second lexicon round (sources: tests/devset/LEXICON_SOURCES.md) ----

def test_an_unknown_label_opening_a_line_of_known_credits_is_one_of_them() -> None:
    assert wf.fields("来稿：南国都市报　编辑：李某某　审核：胡某某", WEB) is not None
    assert wf.fields("会议主题：部署全年工作 时间：2024年3月1日", WEB) is None  # one known label: a notice's line


def test_a_label_known_by_its_last_word_that_names_a_schedule_is_the_texts_not_a_field() -> None:
    assert wf.fields("注册截止日期：北京时间2017年11月21日23点", WEB) is None
    assert wf.fields("竞赛开始时间：2017年11月23日上午6点", WEB) is None
    # the page's own labels, named or known by their last word, are fields still
    assert wf.fields("发文时间：2017-11-23", WEB) is not None
    assert wf.fields("稿件时间：2017-11-23 10:00", WEB) is not None


def test_a_full_date_opening_a_bar_of_short_tokens_is_a_stamp_a_dated_sentence_is_not() -> None:
    assert wf.is_stamp_line("2019年09月11日 某某传媒 时政新闻 1665 0")
    assert not wf.is_stamp_line("2019年09月11日，全市召开动员大会")
    assert not wf.is_stamp_line("2019年09月11日")  # a closing date alone (落款) is the text's




def test_a_posts_age_with_its_counts_is_a_stamp_a_sentence_about_years_is_not() -> None:
    assert wf.is_stamp_line("发表于 4年以前  | 总阅读数:3660 次") and wf.is_stamp_line("某某 发布于 3天前")
    assert not wf.is_stamp_line("他发表于3年前的论文至今仍被引用。") and not wf.is_stamp_line("三年前发表于某刊")


def test_a_label_as_long_as_the_lexicons_longest_is_read_a_longer_word_before_a_colon_is_not() -> None:
    assert wf.fields("Categories: 未分类", WEB) is not None
    assert wf.fields("Extraordinary: 非常好", WEB) is None
