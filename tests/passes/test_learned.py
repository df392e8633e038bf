"""The learned-chrome pass: which edge lines can be learned, and what it removes."""

from __future__ import annotations

from docclean import clean_text
from docclean.options import Options
from docclean.passes.learned import edge_key, rule_id
from docclean.rules import load_rules

HEADINGS = load_rules().headings


def test_edge_keys_collapse_digits_and_ignore_punctuation() -> None:
    assert edge_key("第一文库网 版权所有 2023") == edge_key("第一文库网·版权所有 2024") == "第一文库网版权所有0"


def test_sentences_clauses_salutations_and_long_lines_are_never_keys() -> None:
    for line in ("谢谢大家！", "同志们：", "具体安排如下：", "首先，请XX汇报。（发言顺序：XXX）", "好" * 61,
                 "各位代表，", "尊敬的各位领导、各位来宾，"):
        assert edge_key(line, HEADINGS) is None, line
    assert edge_key("同志们：", None) is None


def test_document_structure_and_annotations_are_never_keys() -> None:
    for line in ("第一章 总则", "一、总体要求", "（一）工作目标", "目 录", "附件", "（此件公开发布）", "(此页无正文)",
                 "政府工作报告", "关于做好工作的通知"):
        assert edge_key(line, HEADINGS) is None, line
    for line in ("第一文库网", "首页 > 讲话稿 > 领导讲话", "【免费下载】更多范文", "目录导航 | 上一篇 | 下一篇"):
        assert edge_key(line, HEADINGS), line  # chrome still gets a key


def test_learned_lines_are_removed_at_the_edges_only_and_reported() -> None:
    # a line no rule pack or web lexicon knows: only learning can tell it is chrome
    text = "清风徐来好文章\n关于做好工作的通知\n" + "正文第一段，内容很长。\n" * 12 + \
        "清风徐来好文章\n" + "正文第二段，内容也很长。\n" * 12 + "清风徐来好文章\n"
    key = edge_key("清风徐来好文章")
    res = clean_text(text, Options(learned_chrome=frozenset({key})))
    assert res.markdown.count("清风徐来") == 1  # the copy in the middle of the body stays
    assert [r.rule for r in res.removals if r.rule.startswith("learned:")] == [rule_id(key)] * 2
    plain = clean_text(text, Options(front_matter=False))
    assert plain.markdown.count("清风徐来") == 3 and key in plain.document.edge_keys


def test_body_key_ignores_the_chrome_lines_and_follows_the_body() -> None:
    body = "在全县经济工作会议上的讲话\n同志们：\n今天的会议很重要，大家要认真落实。\n谢谢大家！\n"
    a = clean_text("好范文网 www.haofanwen.test\n首页 > 讲话稿\n" + body + "本文来自好范文网\n").document
    b = clean_text("第一文库网\n" + body + "第一文库网 版权所有\n").document
    other = clean_text("第一文库网\n" + body.replace("很重要", "不重要") + "第一文库网 版权所有\n").document
    assert a.body_key == b.body_key  # one speech scraped from two sites: one body
    assert other.body_key != b.body_key


def test_a_ui_line_split_into_fragments_is_learned_whole() -> None:
    # a toolbar no lexicon knows, rendered one element per line, above and below the text
    bar = "【视图：\n宽屏\n窄屏\n】\n"
    body = "关于做好工作的通知\n" + "正文第一段，内容很长，反复说明各项要求和具体安排。\n" * 6
    doc = clean_text(bar + body + bar).document
    run_key = edge_key("【视图： 宽屏 窄屏 】")
    assert run_key in doc.edge_keys
    learned = clean_text(bar + body + bar, Options(learned_chrome=frozenset({run_key})))
    assert "视图" not in learned.markdown and "宽屏" not in learned.markdown
    assert [r.rule for r in learned.removals].count(rule_id(run_key)) == 8
    assert learned.markdown.count("正文第一段") == 6
    # the same short lines inside the text are not an edge run
    inside = clean_text(body + bar + body, Options(learned_chrome=frozenset({run_key})))
    assert "宽屏" in inside.markdown
