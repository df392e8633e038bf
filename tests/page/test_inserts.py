"""What a site puts into the text's column (`page/inserts.py`): a summary box the text repeats, injected keyword links, a notice list over the text's end."""

from __future__ import annotations

from docclean import clean_text

P = ("过去一年，面对复杂严峻的形势，全市上下坚持稳中求进工作总基调，经济运行总体平稳、稳中有进，"
     "主要指标好于预期，民生福祉持续增进，社会大局和谐稳定，各项事业取得新的进展。")


def test_a_summary_that_the_text_repeats_goes_and_the_fields_under_it_are_front_matter() -> None:
    res = clean_text("\n".join(("某某大学迎来130岁生日", "摘要:" + P[:40] + "……", "来源:9月30日《某某日报》",
                                "作者:某某日报记者张三 李四", "这是某某大学校区一景。某某大学供图" + P, P)))
    body = res.markdown.split("---\n")[-1]
    assert "摘要" not in body and "来源" not in body and body.count("过去一年") == 2
    assert any(r.rule == "web.summary-box" for r in res.removals)


def test_a_papers_abstract_that_the_text_does_not_repeat_stays() -> None:
    abstract = "【摘要】本文以某市为例，分析了基层治理数字化的三种路径及其约束条件，提出了分层推进的建议。"
    body = clean_text("\n".join(("基层治理数字化路径研究", abstract, "一、引言", P, P))).markdown
    assert "分层推进的建议" in body


def test_keyword_links_injected_between_a_paragraphs_words_go_and_its_pieces_stay() -> None:
    lines = ("某县评出十家特色民宿", "吃老板做的手工面包、再学着自己和面团；上午跟着主人到菜园摘青菜", "某市区住宿",
             "，中午吃有机蔬菜；或入住树屋民宿，", "某某天后宫", "，体验生态生活；还有座僧人开的民宿，", "高速主轴油脂",
             "，屏东则有冲浪民宿，", "某某清洁公司推荐", "，民宿家数多，水准参差不齐。", P, P)
    res = clean_text("\n".join(lines))
    out = res.markdown
    for gone in ("某市区住宿", "某某天后宫", "高速主轴油脂", "某某清洁公司推荐"):
        assert gone not in out, gone
    for kept in ("中午吃有机蔬菜", "体验生态生活", "屏东则有冲浪民宿", "民宿家数多"):
        assert kept in out, kept


def test_one_short_line_before_a_comma_is_no_injection() -> None:
    """A poem's or a list's short line before a line that opens with a comma happens once; a spam
    page injects again and again."""
    out = clean_text("\n".join(("某某讲话", P, "我们的目标是", "共同富裕", "，这是一条长期的道路。", P))).markdown
    assert "共同富裕" in out


def test_a_download_notice_over_a_list_that_speaks_of_the_site_goes_a_texts_own_list_stays() -> None:
    notice = ("【下载声明】", "1. 本站全部试题类文档，若标题没写含答案，则无答案。", "2. 本站所有资源如无特殊说明，都需要安装阅读器。",
              "3. 请根据预览情况，自愿下载本文。本站不保证下载资源的准确性。")
    out = clean_text("\n".join(("某某考试真题答案", P, P, *notice, "某某考试真题答案.docx", P))).markdown
    assert "下载声明" not in out and "本站" not in out
    own = ("注意事项：", "1. 考生须携带准考证和身份证。", "2. 考试开始后三十分钟不得入场。", "3. 答题一律使用黑色签字笔。")
    kept = clean_text("\n".join(("关于做好考试工作的通知", P, *own, P))).markdown
    assert "注意事项" in kept and "黑色签字笔" in kept


def test_under_a_sites_notice_the_title_copy_and_the_documents_preview_stay() -> None:
    """A doc site prints the file's name over the document's preview below its download box:
    the preview is the text, however short."""
    lines = ("城市应急联动系统总体方案建议书", "温馨提示：快捷下载时，用户名和密码都是您填写的邮箱，方便查询和重复下载。",
             "如填写123，账号就是123，密码也是123。", "加入VIP，免费下载", "友情提示", "1、本站不支持迅雷下载，请使用浏览器下载即可。",
             "2、本站资源下载后的文档无水印，预览文档经过压缩。", "3、本站资源如有答案会在标题注明。",
             "城市应急联动系统总体方案建议书Word文档下载推荐.doc", "1、4.1.3综合信息门户架构设计324.1.4功能设计344")
    out = clean_text("\n".join(lines)).markdown
    assert "综合信息门户架构设计" in out


def test_a_collections_long_offer_over_its_first_piece_goes_the_same_paragraph_alone_stays() -> None:
    intro = ("演讲稿的内容要根据具体情境、具体场合来确定，要求情感真实，尊重观众。在社会发展不断提速的今天，演讲稿在我们的视野里"
             "出现的频率越来越高，那么你有了解过演讲稿吗？下面是小编为大家收集的开学典礼演讲稿，希望能够帮助到大家。")
    assert len(intro) > 100  # (longer than a strong phrase's line: only the collection's shape tells)
    out = clean_text("\n".join(("开学典礼演讲稿精选15篇", intro, "开学典礼演讲稿1师生们：", "大家好！", P, P))).markdown
    assert "小编为大家收集" not in out and "开学典礼演讲稿1" in out
    out = clean_text("\n".join(("开学典礼演讲稿精选15篇", intro, "【篇一】开学典礼演讲稿", P))).markdown
    assert "小编为大家收集" not in out
    alone = clean_text("\n".join(("开学典礼演讲稿精选15篇", intro, P, P))).markdown
    assert "小编为大家收集" in alone
