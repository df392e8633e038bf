"""A title glued onto the text's first line (`page/titleglue.py`): split off when the line repeats
it at once or a byline field follows it; a line that opens with a sentence keeps its words."""

from __future__ import annotations

from docclean import clean_text

P = ("过去一年，面对复杂严峻的形势，全市上下坚持稳中求进工作总基调，经济运行总体平稳、稳中有进，"
     "主要指标好于预期，民生福祉持续增进，社会大局和谐稳定，各项事业取得新的进展。")


def test_a_file_name_glued_before_the_documents_own_title_is_the_title() -> None:
    r = clean_text("2022院长在开学典礼上的讲话院长在开学典礼上的讲话 校长在开学典礼上发言稿 老师们、同学们：大家好！" + P)
    assert r.meta.title == "2022院长在开学典礼上的讲话"
    body = r.markdown.split("---\n")[-1]
    assert body.count("2022") == 1 and "院长在开学典礼上的讲话校长在开学典礼上发言稿" in body.replace(" ", "")


def test_a_title_the_line_holds_twice_is_the_title_and_the_line_keeps_both() -> None:
    r = clean_text("1、浅谈企业员工的培训与开发浅谈企业员工的培训与开发摘要企业管理者个人及其组织要想生存发展。" + P)
    assert r.meta.title == "浅谈企业员工的培训与开发"
    assert "浅谈企业员工的培训与开发浅谈企业员工的培训与开发摘要" in r.markdown.replace(" ", "")


def test_a_posts_title_glued_before_its_byline_field_is_the_title() -> None:
    r = clean_text("05.12校庆作者:car2012 年 5 月 16 日连日阴雨，校庆当天早上天气还不错，活动流程也很顺畅。" + P)
    assert r.meta.title == "05.12校庆"


def test_a_line_opening_with_a_sentence_or_a_short_repeat_keeps_its_words_and_gives_no_title() -> None:
    for line in ("研究研究再说吧，会议强调要坚持稳中求进。" + P, "会议强调，要坚持稳中求进作者：某某。" + P,
                 "本文作者：某某。" + P):
        r = clean_text(line)
        assert r.meta.title is None, line


def test_a_title_the_publish_line_opens_with_under_a_columns_name_is_the_title() -> None:
    r = clean_text("\n".join(["政府信息公开目录", "业务类", "基层卫生",
                              "关于开展2024年“世界家庭医生日”主题宣传活动的通知 ( 2024-05-11)", "各区卫生健康委：", P, P]))
    assert r.meta.title == "关于开展2024年“世界家庭医生日”主题宣传活动的通知" and r.meta.date == "2024-05-11"
    # a poster's name and a label before the date are no title
    r = clean_text("\n".join(["格盘", "论坛", "格盘祥解", "whb761 | 发表于 2011-3-5 12:00", P, P]))
    assert r.meta.title != "whb761 | 发表于"
