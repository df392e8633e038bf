"""How the page pass reads lines (`page/lines.py`): injected pinyin read past, not removed."""

from __future__ import annotations

from docclean import clean_text

R = ("同学（xué）们，今天是10月13日，是中国（guó）少年先锋队（duì）建队（duì）61周年纪（jì）念日。"
     "今天，我国（guó）旗下讲话的题目是《让书（shū）香伴我们成长（zhǎng）》，读书能带给我们心灵的享受。")


def test_a_content_farms_crumb_is_read_past_its_injected_pinyin_and_the_text_keeps_it() -> None:
    out = clean_text("\n".join(("您现（xiàn）在的位置：某某网（wǎng）>新闻中心>国（guó）内（nèi）频道",
                                "国（guó）旗下演讲稿", R, R.replace("61", "62")))).markdown
    assert "您现" not in out and "新闻中心" not in out
    assert "少年先锋队（duì）" in out  # (only the reading changes)


def test_a_text_that_glosses_a_word_or_two_is_read_as_it_is() -> None:
    """A reading lesson's glosses (`血（xuè）`) are too few to be a content farm's."""
    text = "\n".join(("第一课　小小的船", "血（xuè）液在流动，弯弯的月儿小小的船。", "我在小小的船里坐，只看见闪闪的星星蓝蓝的天。"))
    assert "血（xuè）液" in clean_text(text).markdown


def test_a_collections_piece_heading_under_the_title_is_no_bar() -> None:
    out = clean_text("\n".join(("【精品】国旗下演讲稿范文7篇", "发布时间：2024-10-13 阅读：120", "国旗下演讲稿 篇1",
                                "同学们，今天是10月13日，是中国少年先锋队建队61周年纪念日。今天，我国旗下讲话的题目是《让书香伴我们成长》。",
                                "同学们，如果有人问你：世界上最香的东西是什么，你会怎么回答呢？我以为，世界上最香的东西不是饭菜，而是书的墨香。"))).markdown
    assert "国旗下演讲稿篇1" in out


def test_a_sites_bracketed_address_is_no_line_of_code_a_call_is() -> None:
    from docclean.page.lines import is_code
    assert not is_code("(http://www.dajiyuan.com)") and not is_code("（www.example.com.cn）")
    assert is_code("printf(\"%d\\n\", total);") and is_code("(function () { init(); })();")
