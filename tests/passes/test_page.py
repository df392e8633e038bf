"""The page pass: chrome around the body, the title and metadata by evidence, on pages written
here (not any site's): each heuristic with what it must remove and what it must keep."""

from __future__ import annotations

from docclean import clean_text

P1 = "现在，我代表市人民政府，向大会报告工作，请予审议，并请市政协委员和其他列席人员提出意见。"
# Paragraphs longer than a banner line, so the rule packs' edge zones end before them.
P2 = ("过去一年，面对复杂严峻的形势，全市上下坚持稳中求进工作总基调，经济运行总体平稳、稳中有进，"
      "主要指标好于预期，民生福祉持续增进，社会大局和谐稳定。")
P3 = ("新的一年，我们要坚定信心、真抓实干，奋力开创高质量发展新局面，向党和人民交出满意答卷，"
      "以实际行动推动各项决策部署落地见效，让人民群众的获得感、幸福感、安全感更加充实、更有保障、更可持续。")


def body(md: str) -> str:
    return md.split("---\n")[-1]


def rules_of(r) -> dict[str, str]:
    return {x.text: x.rule for x in r.removals}


def test_fragment_toolbars_breadcrumbs_and_fields_go_title_and_occasion_stay() -> None:
    page = "\n".join([
        "首页", ">", "要闻动态", "下载", "打印", "【字体：", "大", "中", "小", "】",
        "2026年某市政府工作报告", "——2026年1月20日在某市第十届人民代表大会第五次会议上",
        "来源：", "某市日报", "时间：2026-02-03", "市长 王某某",
        "各位代表：", P1, P2, P3,
        "责任编辑：", "李某", "扫一扫在手机打开当前页", "【打印本页】", "【关闭窗口】"])
    r = clean_text(page)
    out = body(r.markdown)
    assert out.startswith("# 2026年某市政府工作报告\n\n——2026年1月20日在某市第十届人民代表大会第五次会议上\n\n市长王某某\n\n各位代表：")
    for gone in ("要闻动态", "字体", "打印", "来源", "某市日报", "李某", "扫一扫", "关闭窗口"):
        assert gone not in out, gone
    assert (r.meta.title, r.meta.date) == ("2026年某市政府工作报告", "2026-02-03")
    assert r.meta.extra["publisher"] == "某市日报" and r.meta.extra["author"] == "李某"
    removed = rules_of(r)
    assert removed["大"] == "web.ui" and removed["要闻动态"].startswith("web.")


def test_a_page_title_with_a_site_suffix_gives_way_to_the_on_page_title() -> None:
    page = "\n".join(["关于做好春节期间工作的通知_通知公告_某某县人民政府", "某某县人民政府门户网站",
                      "首页 | 政务公开 | 政务服务 | 互动交流", "关于做好春节期间工作的通知", "发布时间：2024-01-18 10:20",
                      "各乡镇人民政府：", P2, P3, "某某县人民政府办公室", "2024年1月18日"])
    r = clean_text(page)
    out = body(r.markdown)
    assert r.meta.title == "关于做好春节期间工作的通知" and r.meta.date == "2024-01-18"
    assert out.count("关于做好春节期间工作的通知") == 1 and "门户网站" not in out and "政务公开" not in out
    assert out.rstrip().endswith("某某县人民政府办公室\n\n2024年1月18日"), "the closing office and date (落款) stay"


def test_a_related_links_tail_and_copies_below_the_text_go() -> None:
    page = "\n".join(["某某讲话稿", P1, P2, P3, "相关文章：", "·市长在优化营商环境大会上的讲话提纲",
                      "·县委书记在乡村振兴推进会上的讲话", "版权所有：某某网 京ICP备12345678号", "某某讲话稿",
                      P1[:30] + "…"])
    r = clean_text(page)
    out = body(r.markdown)
    assert "优化营商环境" not in out and "ICP" not in out and out.count(P1[:30]) == 1
    assert out.count("某某讲话稿") == 1


def test_ui_words_inside_the_body_stay() -> None:
    middle = ["下载", "打印机采购项目", "首页 > 第二页"]
    r = clean_text("\n".join(["某某工作总结", P2, P3, *middle, P2, P3]))
    out = body(r.markdown)
    for line in middle:
        assert line.replace(" ", "") in out.replace(" ", ""), line


def test_repeated_paragraphs_of_a_real_text_stay() -> None:
    r = clean_text("\n".join(["某某讲话", P1, P2, P3, "打印", P1, P2]))
    assert body(r.markdown).count(P2) == 2, "a copy below one UI word is not a page summary"


def test_a_split_heading_bracket_is_rejoined() -> None:
    r = clean_text("\n".join(["某某报告", P1, "（", "三）深化改革开放", P2, P3]))
    assert "### （三）深化改革开放" in r.markdown


def test_captions_go_anywhere_but_sentences_about_reporters_stay() -> None:
    r = clean_text("\n".join(["某某报告", P1, "会议现场。本报记者 张某 摄", P2, "记者从会上获悉，全市粮食产量创新高，农民收入稳步增长。", P3]))
    out = body(r.markdown)
    assert "张某" not in out and "记者从会上获悉" in out


def test_a_bare_chinese_date_is_a_closing_date_not_a_stamp() -> None:
    r = clean_text("\n".join(["关于某事的通知", P1, P2, "某某局", "2018年12月11日"]))
    assert r.meta.date is None and "2018年12月11日" in r.markdown


def test_our_own_output_passes_through_unchanged() -> None:
    first = clean_text("\n".join(["首页", ">", "要闻", "某某报告", "来源：某报", P1, P2, P3])).markdown
    assert clean_text(first).markdown == first


def test_a_download_sites_line_at_the_top_of_a_file_goes() -> None:
    r = clean_text("\n".join(["《某某》", "某某小说网 https://www.example.com，最好的文学网站，提供小说免费下载阅读", P1, P2, P3]))
    assert "example" not in r.markdown and r.removals[0].rule.startswith("web.")


def test_a_comment_thread_goes_but_a_heading_named_like_one_without_posts_stays() -> None:
    thread = ["网友评论（2）", "张三 2024-01-18 10:20", "写得很好，值得学习，收藏了！", "李四 2024-01-19 08:02",
              "讲得很透彻，我们单位也要认真学习贯彻落实。"]
    r = clean_text("\n".join(["某某讲话", P1, P2, P3, *thread]))
    out = body(r.markdown)
    assert "张三" not in out and "写得很好" not in out and out.rstrip().endswith(P3)
    kept = clean_text("\n".join(["某某讲话", P1, P2, "留言", "群众留言要件件有回音，这是我们的工作要求，必须坚持。", P3]))
    assert "群众留言要件件有回音" in kept.markdown and "\n\n留言\n\n" in kept.markdown


def test_a_self_media_author_block_goes_but_an_officials_byline_stays() -> None:
    page = ["关于做好春节工作的几点思考", "张某某", "公文写作爱好者 / 机关笔杆子", "1.2万 人赞同了该文章", P2, P3]
    r = clean_text("\n".join(page))
    out = body(r.markdown)
    assert "张某某" not in out and "爱好者" not in out and "赞同" not in out
    official = ["2026年某市政府工作报告", "——2026年1月20日在某市第十届人民代表大会第五次会议上", "某市市长 王某某",
                "会议现场。本报记者 张某 摄", "各位代表：", P1, P2, P3]
    kept = body(clean_text("\n".join(official)).markdown)
    assert "某市市长王某某" in kept.replace(" ", "") and "张某" not in kept


def test_under_a_lone_title_line_the_head_runs_on_to_the_publish_line() -> None:
    """A page with no on-page title: its <title> line on top, then the site's bar and menu,
    then the publish line. The head under the title goes; the kicker over the publish line,
    the subtitle and the salutation stay."""
    page = "\n".join(["在全县工作会议上的讲话 - 某某之窗", "某某之窗 首页 下载某某之窗", "切换模式", "写文章", "分享到： 微信 微博",
                      "凝心聚力抓落实 真抓实干开新局", "发布时间：2024-03-26 13:44", "——在全县工作会议上", "同志们：",
                      P1, P2, P3])
    r = clean_text(page)
    out = body(r.markdown)
    assert r.meta.title == "在全县工作会议上的讲话" and r.meta.date == "2024-03-26"
    for gone in ("首页", "切换模式", "写文章", "微博"):
        assert gone not in out, gone
    for kept in ("凝心聚力抓落实", "——在全县工作会议上", "同志们：", P1):
        assert kept in out, kept
    assert rules_of(r)["写文章"] == "web.site-header"


def test_a_documents_title_over_its_own_lines_keeps_them_all() -> None:
    """No furniture under the first line: the lines under the title are the document's."""
    page = "\n".join(["在全县工作会议上的讲话", "张某某", "县委书记", "（2024年3月26日）", "同志们：", P1, P2, P3])
    r = clean_text(page)
    out = body(r.markdown)
    assert r.meta.title == "在全县工作会议上的讲话"
    for kept in ("张某某", "县委书记", "（2024年3月26日）", "同志们："):
        assert kept in out, kept
    assert not r.removals


def test_a_toolbar_one_item_a_line_whose_first_item_went_before_goes_whole() -> None:
    """`下载全文` (a rule pack's) / `|` / `保存为PDF` / `|` / `打印文书`: the bar's remains are one bar."""
    page = "\n".join(["关于做好春节期间工作的通知", "发布时间：2024-01-18", "下载全文", "|", "保存为PDF", "|", "打印文书",
                      "各乡镇人民政府：", P1, P2, P3])
    out = body(clean_text(page).markdown)
    for gone in ("保存为PDF", "打印文书"):
        assert gone not in out, gone
    assert "各乡镇人民政府：" in out


def test_an_unknown_credit_label_beside_the_pages_credits_goes_but_a_notices_contacts_stay() -> None:
    page = ["关于做好春节期间工作的通知", "各乡镇人民政府：", P1, P2, P3, "来稿：某某都市报", "编辑：李某某", "审核：胡某某"]
    r = clean_text("\n".join(page))
    assert "来稿" not in body(r.markdown) and rules_of(r)["来稿：某某都市报"] == "web.fields"
    notice = ["关于做好春节期间工作的通知", "各乡镇人民政府：", P1, P2, P3, "联系人：张某某", "联系电话：0871-1234567",
              "某某县人民政府办公室", "2024年1月18日"]
    out = body(clean_text("\n".join(notice)).markdown)
    for kept in ("联系人：张某某", "联系电话：0871-1234567", "某某县人民政府办公室", "2024年1月18日"):
        assert kept in out, kept


def test_a_sites_english_name_above_the_title_goes_but_an_english_title_under_it_stays() -> None:
    page = ["关于做好春节期间工作的通知-协会动态-某某市建筑业协会", "会员登录 | 入会申请 | 证书查询", "某某市建筑业协会",
            "JIANGZHOU CONSTRUCTION INDUSTRY ASSOCIATION", "关于做好春节期间工作的通知",
            "Notice on the Work During the Spring Festival Holiday", "时间：2014.12.01　作者：秘书处　浏览：25135",
            P1, P2, P3]
    out = body(clean_text("\n".join(page)).markdown)
    assert "ASSOCIATION" not in out and "Notice on the Work During the Spring Festival Holiday" in out


def test_a_bar_of_short_tokens_beside_the_stamp_goes_but_a_kicker_a_byline_and_names_stay() -> None:
    page = ["关于做好春节期间工作的通知", "2024-01-18 10:20 来源：某某日报", "沉浸阅读 护眼 长图模式", "凝心聚力抓落实 真抓实干开新局",
            "自治区主席 韦 韬", "张某某 李某某", "各乡镇人民政府：", P1, P2, P3]
    r = clean_text("\n".join(page))
    out = body(r.markdown)
    assert "沉浸阅读" not in out and rules_of(r)["沉浸阅读 护眼 长图模式"] == "web.title-bar"
    for kept in ("凝心聚力抓落实", "自治区主席", "张某某"):
        assert kept in out, kept


def test_a_bar_right_above_the_title_goes_but_a_title_wrapped_above_its_stamp_stays_whole() -> None:
    page = ["某某县人民政府 网页打印版", "点击打印 | 返回原文", "关于做好春节期间工作的通知",
            "2024-01-18 10:20 来源：某某日报", "各乡镇人民政府：", P1, P2, P3]
    r = clean_text("\n".join(page))
    assert "点击打印" not in body(r.markdown) and r.meta.title == "关于做好春节期间工作的通知"
    wrapped = ["某某县人民政府 网页打印版", "关于做好春节期间各项", "工作的通知", "2024-01-18 10:20 来源：某某日报",
               "各乡镇人民政府：", P1, P2, P3]
    assert clean_text("\n".join(wrapped)).meta.title == "关于做好春节期间各项工作的通知"


def test_a_columns_name_over_the_headline_right_over_the_text_goes_as_the_sites_header() -> None:
    r = clean_text("\n".join(["集团新闻", "集团公司党委召开政工例会", P1, P2]))
    assert r.meta.title == "集团公司党委召开政工例会" and rules_of(r)["集团新闻"] == "web.site-header"
    kept = clean_text("\n".join(["春晓", "孟浩然", P1, P2]))  # (a short title over its author: both stay)
    assert kept.meta.title == "春晓" and "孟浩然" in body(kept.markdown)
