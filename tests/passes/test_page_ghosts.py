"""The page pass sees the lines the rule packs removed as furniture beside their neighbours."""

from __future__ import annotations

from docclean import clean_text

P = ("过去一年，面对复杂严峻的形势，全市上下坚持稳中求进工作总基调，经济运行总体平稳、稳中有进，"
     "主要指标好于预期，民生福祉持续增进，社会大局和谐稳定，各项事业取得新的进展。")


def test_a_bar_item_between_a_pack_removed_stamp_and_a_prompt_goes() -> None:
    lines = ["某某讲话稿合编", "公众号文章精选", "首页", "某某讲话稿合编", "原创", "马晓丽", "机关文稿", "2023-07-26 15:07",
             "发表于河南", "已关注", "收录于合集：#讲话稿", "点击上方蓝字“机关文稿”关注我们，每天分享实用材料", P, P]
    r = clean_text("\n".join(lines))
    assert any(x.text == "2023-07-26 15:07" and not x.rule.startswith("web.") for x in r.removals)  # a pack took it
    body = r.markdown.split("---\n")[-1]
    assert "发表于河南" not in body and "机关文稿" not in body


def test_text_beside_a_pack_removed_line_inside_the_body_stays() -> None:
    body = clean_text("\n".join(["关于做好某项工作的通知", P, "2023-07-26 15:07", "同志们", P, P])).markdown
    assert "同志们" in body and body.count("各项事业取得新的进展") == 3


def test_a_kept_reading_is_the_fresh_one_and_a_new_lexicon_starts_afresh() -> None:
    from docclean.passes import page
    from docclean.rules import load_rules

    web = load_rules().web
    first = page.ghost_rule("2023-07-26 15:07", web)
    assert first == page.ghost_rule("2023-07-26 15:07", web) and first[0] != page.GHOST
    other = load_rules(verify=False).web
    if other is not web:
        page.ghost_rule("首页 > 要闻", other)
        assert page._GHOST_WEB[0] is other and "2023-07-26 15:07" not in page._GHOST_RULES
