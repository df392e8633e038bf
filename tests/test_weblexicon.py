"""The compiled web lexicon: its phrases name the furniture they are written for and leave a
document's sentences alone, and the phrase lookup's literal probes skip only phrases that
could not match."""

from __future__ import annotations

import pytest
from docclean import weblexicon as lex
from docclean.rules import load_rules

WEB = load_rules().web
assert WEB is not None


@pytest.mark.parametrize(("line", "rule"), [
    ("本文来自微信公众号：某某观察（ID：abc123），作者：某某", "web.repost-source"),
    ("著作权归作者所有。商业转载请联系作者获得授权，非商业转载请注明出处。", "web.reprint-notice"),
    ("版权声明：本文为博主原创文章，遵循 CC 4.0 BY-SA 版权协议，转载请附上原文出处链接和本声明。", "web.disclaimer"),
    ("本文链接：https://blog.csdn.net/someone/article/details/82412345", "web.link-field"),
    ("您访问的链接即将离开“某某市人民政府”门户网站 是否继续？", "web.leave-site"),
    ("本文由百家号作者上传并发布，百家号仅提供信息发布平台。", "web.platform-statement"),
    ("起点中文网欢迎广大书友光临阅读，最新、最快、最火的连载作品尽在起点原创！", "web.novel-site"),
    ("喜欢元龙请大家收藏：(m.soxs.cc)元龙搜小说更新速度最快。", "web.novel-site"),
    ("您需要登录后才可以回帖 登录 | 立即注册", "web.forum-shell"),
    ("posted @ 2021-09-24 11:42 某某 阅读(10862) 评论(11) 编辑 收藏 举报", "web.blog-shell"),
    ("Powered by Discuz! X3.4", "web.copyright"),
    ("为防止网站丢失，请按Ctrl+D收藏本站为书签", "web.bookmark-prompt"),
    ("文章知识点与官方知识档案匹配，可进一步学习相关知识", "web.blog-shell"),
])
def test_second_round_phrases_name_their_furniture(line: str, rule: str) -> None:
    p = lex.phrase(line, WEB, strong_only=True)
    assert p is not None and p.id == rule


@pytest.mark.parametrize("line", [
    "作品刊登后，除著作权人声明不得转载、摘编的外，其他报刊可以转载或者作为文摘、资料刊登。",
    "本文来自基层一线的调研报告。", "即将离开工作岗位的同志要做好交接。", "要把全市政务网站的更新速度提上来。",
    "如果您喜欢这部作品，欢迎您来剧院观看首演。", "要搭建统一的信息发布平台，提供信息发布平台和政务服务入口。",
    "网址：www.example.gov.cn", "全省政府网站均已支持IPv6访问。", "在浏览器中按Ctrl+D键可将当前网页添加到收藏夹。",
    "某某讲话稿 - 公文写作 - 某某论坛 - Powered by Discuz!"])
def test_second_round_phrases_leave_document_sentences_alone(line: str) -> None:
    assert lex.phrase(line, WEB, strong_only=False) is None


def test_phrase_skips_a_line_only_when_no_phrase_could_match() -> None:
    """`phrase` skips the search of a phrase whose literals a line lacks: the same answer as
    searching every phrase, on every example of the lexicon and on fuzzed lines."""
    from tests.fuzz.lines import fuzz_text

    def every_phrase(text: str, strong_only: bool) -> lex.Phrase | None:
        return next((p for p in WEB.phrases if (p.strong or not strong_only) and p.regex.search(text)), None)

    texts = [x for p in WEB.phrases for x in (*p.remove_examples, *p.keep_examples)]
    texts += [line for seed in range(60) for line in fuzz_text(seed).split("\n")]
    found = 0
    for t in texts:
        for strong_only in (True, False):
            got = lex.phrase(t, WEB, strong_only)
            assert got is every_phrase(t, strong_only), t
            found += got is not None
    assert found > len(WEB.phrases)  # every phrase's own examples hit
    assert sum(needs is None for needs in lex._phrase_tables(WEB).needs) < len(WEB.phrases) // 4  # the skip is used


def test_a_click_for_the_big_picture_line_is_a_prompt_a_sentence_about_clicks_is_not() -> None:
    for line in ("（点击看清晰大图）", "点击看大图"):
        p = lex.phrase(line, WEB, strong_only=True)
        assert p is not None and p.id == "web.click-prompt", line
    assert lex.phrase("点击量看大图表更直观。", WEB, strong_only=False) is None


def test_a_scan_the_code_beside_prompt_is_a_qr_prompt_a_sentence_on_scanning_is_not() -> None:
    for line in ("扫描左侧二维码即可添加某某公众号，更多资讯。", "扫描下方二维码关注公众号，第一时间获取更新信息！"):
        p = lex.phrase(line, WEB, strong_only=True)
        assert p is not None and p.id == "web.qr-prompt", line
    assert lex.phrase("扫描仪左侧的指示灯亮起后再放入文件。", WEB, strong_only=False) is None


def test_a_liked_it_then_share_it_ask_is_strong_a_speechs_wish_to_share_is_not() -> None:
    for line in ("喜欢这篇文章？就分享给身边的朋友吧！", "如果对你有点帮助，欢迎分享给身边的朋友。"):
        p = lex.phrase(line, WEB, strong_only=True)
        assert p is not None and p.id == "web.share-ask", line
    for line in ("希望大家把今天学到的知识分享给身边的朋友。", "如果遇到困难，要及时向组织报告。"):
        assert lex.phrase(line, WEB, strong_only=False) is None, line



def test_the_phrase_probe_finds_the_same_first_characters_as_a_set():
    web = load_rules().web
    assert web is not None
    t = lex._phrase_tables(web)
    texts = [x for p in web.phrases for x in (*p.remove_examples, *p.keep_examples)] + ["", "-]^\\", "a"]
    assert any(t.first.keys() & set(x) for x in texts)
    for x in texts:
        assert set(t.starts.findall(x)) == t.first.keys() & set(x), x


def test_per_lexicon_builds_once_for_a_lexicon_and_again_for_another() -> None:
    """A table is kept by its lexicon's identity: the same lexicon reuses it, an equal-looking
    other lexicon (a user's overlay) gets its own, and the cache stays bounded."""
    import dataclasses

    cache: dict = {}
    built: list[int] = []

    def build(web: lex.WebRules) -> int:
        built.append(id(web))
        return len(built)

    assert lex.per_lexicon(cache, WEB, build) == lex.per_lexicon(cache, WEB, build) == 1
    other = dataclasses.replace(WEB)
    assert lex.per_lexicon(cache, other, build) == 2 and lex.per_lexicon(cache, WEB, build) == 1
    for _ in range(lex.MAX_LEXICONS + 2):
        lex.per_lexicon(cache, dataclasses.replace(WEB), build)
    assert len(cache) <= lex.MAX_LEXICONS


def test_a_doc_sites_rights_clauses_are_prompts_a_sentence_on_uploads_is_not() -> None:
    for line in ("- 2、本文档内容版权归属内容提供方，所产生的收益全部归内容提供方所有。如果您对本文有版权争议，请立即联系网站客服。",
                 "- 3、本文档由用户上传，本站不保证质量和数量令人满意，可能有诸多瑕疵。", "下载到本地 , 更方便阅读",
                 "您需要 登录 才可以下载或查看，没有账号？会员注册"):
        assert lex.phrase(line, WEB, strong_only=True) is not None, line
    for line in ("本文档由用户填写后上传至系统。", "请将文件下载到本地，更方便阅读和打印。", "您需要登录政务服务网才可以查看办理进度。"):
        assert lex.phrase(line, WEB, strong_only=False) is None, line


def test_a_tutorial_mirrors_stock_line_is_the_sites_a_sentence_sharing_a_plan_is_not() -> None:
    for line in ("这篇文章主要介绍了某某的部署方法，小编觉得挺不错的，现在分享给大家，也给大家做个参考。一起跟随小编过来看看吧",
                 "某某 收集整理的這篇文章主要介紹了 某某基础教程 小編覺得挺不錯的,現在分享給大家,幫大家做個參考."):
        p = lex.phrase(line, WEB, strong_only=True)
        assert p is not None and p.id == "web.editor-intro", line
    assert lex.phrase("大家觉得这个方案挺不错的，现在分享给各单位。", WEB, strong_only=False) is None


def test_an_authors_own_view_notice_is_the_sites_a_sentence_on_views_is_not() -> None:
    p = lex.phrase("本文仅代表作者观点，不代表新浪网立场。", WEB, strong_only=True)
    assert p is not None and p.id == "web.rights-notice"
    assert lex.phrase("发言仅代表作者观点的说法不成立。", WEB, strong_only=False) is None
