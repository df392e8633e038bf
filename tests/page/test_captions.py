"""Photo captions a page left unmarked, between the paragraphs of its text (`page/captions.py`)."""

from __future__ import annotations

from docclean import clean_text
from docclean.rules import load_rules
from docclean.webui import scene

P = ("过去一年，面对复杂严峻的形势，全市上下坚持稳中求进工作总基调，经济运行总体平稳、稳中有进，"
     "主要指标好于预期，民生福祉持续增进，社会大局和谐稳定，各项事业取得新的进展。")
Q = "会上，工作人员就平台的操作流程、常见问题等作了详细讲解，并现场解答了参会人员提出的问题。"
TITLE = "关于做好某项工作的通知"


def body(*lines: str) -> str:
    return clean_text("\n".join(lines)).markdown.split("---\n")[-1]


def test_a_scene_between_paragraphs_goes_alone() -> None:
    out = body(TITLE, P, "培训会现场", Q, "某某鞋业生产车间", P, "科研人员正在进行载荷设备测试", Q, P)
    assert "培训会现场" not in out and "生产车间" not in out and "正在进行" not in out
    assert P in out and Q in out
    named = body(TITLE, P, "党委组织部副部长某某某讲话", Q, P)
    assert "讲话" not in named


def test_what_people_do_goes_only_beside_another_caption() -> None:
    gallery = body(TITLE, "某某领奖", "某某接受采访", "某某红盖头造型", P, Q, P)
    assert "某某领奖" not in gallery and "接受采访" not in gallery and "红盖头造型" not in gallery
    single = body(TITLE, P, "加强监督检查", Q, P)  # a heading that ends in `检查`, alone: it stays
    assert "加强监督检查" in single


def test_headings_lists_and_speeches_stay() -> None:
    headings = body(TITLE, P, "中国空间技术研究院", Q, "一、会议现场", P, "在全县工作会议上的讲话", Q)
    assert "中国空间技术研究院" in headings and "一、会议现场" in headings and "在全县工作会议上的讲话" in headings
    agenda = body(TITLE, P, "会议议程：", "领导讲话", "代表发言", "合影留念", P)  # a list under its header
    assert "领导讲话" in agenda and "代表发言" in agenda and "合影留念" in agenda
    speech = body(TITLE, P, "县委书记张某某讲话", "同志们：", P)  # a speaker's heading over the speech
    assert "县委书记张某某讲话" in speech
    column = body(TITLE, P, "民生现场", "老旧小区改造让居民更有幸福感", Q, P)  # a column's heading over a subhead
    assert "民生现场" in column
    poem = body(TITLE, "月光照着月光", "月光普照", "照亮了回家的路", "月光下的人们", P)
    assert "月光普照" in poem


def test_a_scene_outside_the_text_is_not_this_rules_business() -> None:
    # no paragraph beside it: short lines among short lines are a list, a menu or a poem
    out = body(TITLE, "活动现场", "精彩瞬间", "领导致辞", "嘉宾合影")
    assert "活动现场" in out and "嘉宾合影" in out


def test_the_removal_is_reported_with_its_rule() -> None:
    removed = clean_text("\n".join((TITLE, P, "培训会现场", Q, P))).removals
    assert [r.rule for r in removed if r.text == "培训会现场"] == ["web.scene-caption"]


def test_the_lexicon_reads_scenes_by_wording_and_shape() -> None:
    web = load_rules().web
    assert web is not None
    assert scene("培训会现场", web) == "alone" and scene("某某领奖", web) == "company"
    assert scene("会议现场。", web) is None and scene("关于开展安全生产检查的通知", web) is None
    assert scene("现场", web) is None  # too short to be a caption by its wording


def test_a_gallerys_captions_under_the_texts_last_paragraph_go_a_closing_line_stays() -> None:
    from docclean import clean_text

    p = ("10月17日下午，学院龙湖大讲堂揭牌仪式在中心校区举行，校长出席并致辞，"
         "全校师生代表三百余人参加了仪式，现场气氛热烈，活动取得圆满成功。")
    out = clean_text("\n".join(["龙湖大讲堂揭牌", "发布时间：2024-10-18", p, p, "揭牌仪式",
                                "张新科为师生开设首场讲座", "张农校长致辞", "一审：张中强", "终审：李玲"])).markdown
    assert "揭牌仪式\n" not in out and "首场讲座" not in out and "张农校长致辞" not in out
    kept = clean_text("\n".join(["龙湖大讲堂揭牌", "发布时间：2024-10-18", p, p, "某某学院党委宣传部",
                                 "2024年10月18日"])).markdown
    assert "某某学院党委宣传部" in kept and "2024年10月18日" in kept
