"""An official document's own header (`page/docheader.py`): its date and number fields beside
memo labels stay in the text; a page's publish fields stay front matter."""

from __future__ import annotations

from docclean import clean_text

P = ("过去一年，面对复杂严峻的形势，全市上下坚持稳中求进工作总基调，经济运行总体平稳、稳中有进，"
     "主要指标好于预期，民生福祉持续增进，社会大局和谐稳定，各项事业取得新的进展。")


def body_of(text: str) -> tuple[str, str]:
    md = clean_text(text).markdown
    front, _, body = md.partition("---\n")[2].partition("---\n")
    return front, body


def test_a_circulars_to_from_and_date_lines_stay_in_its_text() -> None:
    front, body = body_of("\n".join(("会员通讯", "致：全体会员", "由：某某会长", "日期：2024年1月31日",
                                     "诚邀出席立法咨询会", P, P, P)))
    assert "日期：2024年1月31日" in body and "date:" not in front


def test_a_gongwens_date_and_number_over_its_subject_stay_in_its_text() -> None:
    front, body = body_of("\n".join(("某某地方法院公告", "发文日期：2018年3月13日", "发文字号：某院彩106司执字第70394号",
                                     "主旨：公告以投标方法拍卖本院不动产有关事项。", "依据：强制执行法第81条。", P, P)))
    assert "发文日期：2018年3月13日" in body and "发文字号：" in body and "date:" not in front


def test_a_pages_publish_fields_over_a_text_that_has_memo_words_go() -> None:
    """Without memo labels beside them, a date line is the page's: front matter, out of the text.
    A `由：` alone (no `致：`) proves nothing."""
    front, body = body_of("\n".join(("某某区召开工作会议", "发布日期：2024-01-31 来源：某某区政府网", "由：办公室", P, P, P)))
    assert "发布日期" not in body and "date: 2024-01-31" in front
    front, body = body_of("\n".join(("某某区召开工作会议", "日期：2024年1月31日", P, P, P)))
    assert "日期：2024年1月31日" not in body


def test_a_papers_keywords_under_its_abstract_stay_and_a_pages_tag_line_goes() -> None:
    """A page cut after the abstract: its keywords stand below the text, where a tag line would."""
    abstract = "摘要：" + P
    _, body = body_of("\n".join(("某某小程序的设计与实现", "内容：1.摘要", P, "关键词：Python技术；面部考勤；微信小程序")))
    assert "关键词：Python技术；面部考勤；微信小程序" in body
    _, body = body_of("\n".join(("某某区召开工作会议", P, P, P, "关键词：工作会议 某某区", "上一篇：某某新闻")))
    assert "关键词" not in body
    _, body = body_of("\n".join(("某某小程序的设计与实现", abstract, "Keywords: Python; WeChat")))
    assert "Keywords: Python; WeChat" in body


def test_a_press_notices_date_time_and_place_fields_stay_in_its_text() -> None:
    """`【时间：…】` with `【地点：…】` is a notice's own header; a page's time line alone is not."""
    front, body = body_of("\n".join(("教育局采访通知", "【发稿日期：111年7月29日】", "【主题：校长布达及交接典礼】",
                                     "【时间：111年8月1日上午10时20分】", "【地点：某某高级中学大同楼】", P)))
    assert "【发稿日期：111年7月29日】" in body and "【时间：111年8月1日上午10时20分】" in body
    front, body = body_of("\n".join(("某某区召开工作会议", "时间：2024-01-31 10:20", P, P, P)))
    assert "时间：2024-01-31" not in body and "date: 2024-01-31" in front
