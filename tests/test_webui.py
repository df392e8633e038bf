"""The web-page lexicon's judges: each must recognise what it names and leave prose alone."""

from __future__ import annotations

import pytest
from docclean import webfields as wf
from docclean import weblexicon as wl
from docclean import webui as w
from docclean.rules import load_rules

WEB = load_rules().web
assert WEB is not None


@pytest.mark.parametrize("line", ["下载 打印 全屏 收藏", "【字体： 大 中 小 】", "【打印本页】 【关闭窗口】",
                                  "首页 上一页 1 2 3 下一页 尾页", "2026年11月19日 星期四 设为首页 | 加入收藏",
                                  "分享到： 微信 微博 QQ空间", "赞(12) 在看 转发"])
def test_ui_only_lines(line: str) -> None:
    assert w.is_ui_only(line, WEB)


@pytest.mark.parametrize("line", ["下载文档后请仔细阅读。", "大中小企业都要参与", "1 2 3", "首页设计要简洁，突出重点。",
                                  "打印机采购项目", "A：", "Q:"])
def test_prose_and_words_are_not_ui(line: str) -> None:
    assert not w.is_ui_only(line, WEB)


@pytest.mark.parametrize("line", ["首页 | 党建要闻 | 理论学习 | 支部工作", "新闻 · 时政 · 财经 · 评论 · 视频",
                                  "公众号文章精选 首页 热门公众号 文章分类 搜索", "登录 注册 客户端下载 退出",
                                  "| 保存为PDF | 打印文书", "网站首页 新闻中心 信息公开 | 登录"])
def test_menus(line: str) -> None:
    assert w.is_menu(line, WEB)


@pytest.mark.parametrize("line", ["正文 第一回 宴桃园豪杰三结义 斩黄巾英雄首立功", "【 标  题 】第三条道路：一种大胆的“政治嫁接”",
                                  "坚持稳中求进，推动高质量发展。", "一、总体要求", "省长 施小琳",
                                  "收入 | 支出", "中国 / 东盟", "与母争吵疑失足坠楼 男子送医抢救不治 | 社会 | 某某新闻网"])
def test_headings_titles_and_sentences_are_no_menus(line: str) -> None:
    assert not w.is_menu(line, WEB)


@pytest.mark.parametrize("line", ["当前位置：首页 > 范文大全 > 工作报告 > 正文", "首页 » 新闻中心 » 本地要闻",
                                  "东海网 > 东海要闻 > 正文", "您的位置： 首页 > 云南要闻",
                                  "首页 > 时政新闻 > 江门七旬阿婆接来电称其涉黑被骗上百万！冒充公检法电诈团伙被端"])
def test_breadcrumbs(line: str) -> None:
    assert w.is_breadcrumb(line, WEB)


def test_prev_and_next_links_on_one_line_are_a_related_header_a_sentence_is_not() -> None:
    assert w.is_related_header("上一篇:某镇人大组织代表开展集中视察活动[ 08-22 ] 下一篇:某镇召开第十六届人民代表大会第三次会议[ 08-22 ]", WEB)
    assert not w.is_related_header("上一篇文章里我们讲了准备工作，下一篇将介绍具体做法，这一篇先讲原理。", WEB)


@pytest.mark.parametrize("line", ["位置优越，交通便利。", "收入 > 支出", "第一步 > 第二步的说明文字很长很长很长很长很长很长",
                                  "首页 > 打开网站！然后 > 点击登录"])
def test_comparisons_are_no_breadcrumbs(line: str) -> None:
    assert not w.is_breadcrumb(line, WEB)


def test_a_trails_last_step_alone_is_a_short_crumb_a_sentence_or_a_plain_word_is_not() -> None:
    assert w.is_short_crumb("校园消息 >") and w.is_short_crumb("政策法规 »")
    assert not w.is_short_crumb("校园消息") and not w.is_short_crumb("收入增长超过了支出的增长速度，差额 >")


def test_banners_and_site_names() -> None:
    assert w.is_banner("笔杆子范文网 | 机关写作一站式素材库", WEB)
    assert w.is_banner("先锋党建网 学习强党 实干兴邦", WEB)
    assert not w.is_banner("坚持党的领导 | 推动高质量发展。", WEB)
    assert w.is_site_name("某某省人民政府门户网站", WEB)
    assert not w.is_site_name("要织密社会保障网。", WEB)


def test_captions_and_related_headers() -> None:
    assert w.is_caption("省长作政府工作报告。本报记者 某某摄", WEB)
    assert w.is_caption("（宁夏日报记者 王鼎 摄）", WEB)
    assert not w.is_caption("记者从会上获悉，全省粮食产量创新高。", WEB)
    assert w.is_head_caption("张工作政府工作报告。", WEB)
    assert not w.is_head_caption("现在开会。", WEB)
    assert w.is_related_header("相关报道：", WEB) and w.is_related_header("推荐阅读", WEB)
    assert not w.is_related_header("相关部门要加强协调。", WEB)


def test_stamp_lines_and_prose() -> None:
    assert wf.is_stamp_line("原创 某某 机关文稿 2021-10-12 07:24 发表于河南")
    assert not wf.is_stamp_line("2021-10-12，全市召开大会，部署工作。")
    assert wf.is_stamp_line("2026年第29期") and wf.is_stamp_line("某某学报 2024年第3卷第2期")
    assert not wf.is_stamp_line("第二期培训班圆满结束") and not wf.is_stamp_line("2024年第3期培训班在市委党校举办，共培训干部120名。")
    assert w.is_prose("现在，我代表省人民政府，向大会报告工作，请予审议。")
    assert not w.is_prose("一、2025年工作回顾")


def test_the_lexicon_examples_hold() -> None:
    assert w.check_web_examples(WEB) == []


def test_issuers_and_places() -> None:
    assert w.is_issuer("新闻局", WEB) and w.is_issuer("区政府办公室", WEB) and w.is_issuer("广东", WEB)
    assert not w.is_issuer("局", WEB) and not w.is_issuer("前言", WEB) and not w.is_issuer("要发挥政府作用。", WEB)


def test_a_doi_is_shape_an_ascii_dot_word_in_a_title_is_no_address() -> None:
    assert w.is_shape_chrome("10.181/j.cnki.jc.2024.34") and w.is_shape_chrome("www.example.com")
    assert not w.is_shape_chrome("关于推广使用.NET框架的通知") and not w.is_shape_chrome("1234567")


def test_a_field_among_buttons_is_ui_and_an_original_headline_is_a_field_however_long() -> None:
    assert w.is_ui_only("职场人生版 [本篇作者:某某] [进入讨论区] [返回顶部]", WEB)
    assert not w.is_ui_only("职场人生 作者说 进入讨论", WEB)
    long_title = "原标题：2021年在全市市县人大常委会办公室主任学习会讲话稿和在全县优化营商环境工作会议讲话稿合编"
    assert wf.fields(long_title, WEB) is not None
    glued = "原标题:软件开发中的理性和感性决定作者 | 某某 责编 | 某某出品问题这个软件在过去的很多年中，有很多用户使用。"
    assert wf.fields(glued, WEB) is None  # the text glued to the headline: no field, the line is the text's
    assert wf.fields("来源：" + "某" * 60, WEB) is None


@pytest.mark.parametrize("line", ["我为政府网站找错 | 党政机关", "本网站支持IPv6", "领导信箱 | 我要写信 | 我要咨询",
                                  "声音 语速 阅读方式 配色 放大 缩小 大鼠标 十字光标 显示屏 帮助 读屏专用 退出服务",
                                  "赞同 12 添加评论 分享 收藏 申请转载", "最新章节 | TXT下载 | 加入书架",
                                  "控制面板 网站分类 最新留言 文章归档 站点信息", "全部评论 默认排序 按时间排序"])
def test_portal_platform_novel_and_blog_buttons_are_ui(line: str) -> None:
    assert w.is_ui_only(line, WEB)


@pytest.mark.parametrize("line", ["政务新媒体", "依申请公开", "意见征集", "要加强政务新媒体建设。", "全省政府网站均已支持IPv6访问。",
                                  "我要写信给远方的父母。"])
def test_headings_of_a_portal_report_and_sentences_are_no_ui(line: str) -> None:
    assert not w.is_ui_only(line, WEB)


def test_second_round_captions_labels_related_and_breadcrumbs() -> None:
    for line in ("（受访者供图）", "洛蓝古丽团队。受访者供图", "俄罗斯申请加入联合国人权理事会。（资料图）", "李明 摄", "图｜视觉中国",
                 "（摄影：高振宇）"):
        assert w.is_caption(line, WEB), line
    for line in ("各单位要按时报送供图。", "要做好资料图片的归档工作。", "拍摄"):
        assert not w.is_caption(line, WEB), line
    credits = wf.fields("美编：张三 校对：李四 监制：王五", WEB)
    assert credits is not None and credits.get("author") == "李四"  # 校对 was an author label; 美编, 监制 give none
    assert wf.fields("文章标签：python 爬虫", WEB) is not None and wf.fields("执行主编：张三", WEB) is not None
    assert wf.fields("策划组织了一系列主题宣传活动，取得了良好效果。", WEB) is None
    for line in ("点击排行", "看过本文的人还看了", "您可能对以下文章感兴趣", "频道总排行", "下一个：关于印发工作要点的通知"):
        assert w.is_related_header(line, WEB), line
    for line in ("阅读排行榜上的书目要定期更新。", "大家在看到成绩的同时，也要看到不足。", "下一个。"):
        assert not w.is_related_header(line, WEB), line
    assert w.is_breadcrumb("您当前所在位置：", WEB) and w.is_breadcrumb("所在栏目：通知公告", WEB)


def test_second_round_furniture_leaves_a_page_and_its_text_stays() -> None:
    from docclean import clean_text

    p = ("过去一年，面对复杂严峻的形势，全市上下坚持稳中求进工作总基调，经济运行总体平稳、稳中有进，"
         "主要指标好于预期，民生福祉持续增进，社会大局和谐稳定，各项事业取得新的进展。")
    law = "作品刊登后，除著作权人声明不得转载、摘编的外，其他报刊可以转载或者作为文摘、资料刊登。"
    out = clean_text("\n".join([
        "读屏专用 退出服务", "您当前所在位置：", "关于做好某项工作的通知", "发布时间：2024-01-18 10:00", p, law, p,
        "（受访者供图）", p, "美编：张三 监制：王五", "本文链接：https://www.example.com/a/12345.html",
        "著作权归作者所有。商业转载请联系作者获得授权，非商业转载请注明出处。", "频道总排行",
        "您访问的链接即将离开“某某市人民政府”门户网站 是否继续？", "我为政府网站找错 | 党政机关"])).markdown
    assert law in out and out.count("全市上下坚持稳中求进") == 3
    for chrome in ("读屏专用", "所在位置", "受访者供图", "监制", "example.com", "商业转载", "频道总排行", "即将离开", "找错"):
        assert chrome not in out, chrome


def test_caption_probe_skips_only_lines_no_caption_matches() -> None:
    """`is_caption` searches the captions only when a line holds one of their literals: the
    same answer as searching them all, on the lexicon's examples and fuzzed lines."""
    from tests.fuzz.lines import fuzz_text

    texts = [t for _, t, _ in WEB.examples] + [line for seed in range(60) for line in fuzz_text(seed).split("\n")]
    texts += ["（新华社记者 张三 摄）", "图为会议现场。", "资料图", "▲会场（李四 摄）"]
    hits = 0
    for t in texts:
        s = t.strip()
        expected = len(s) <= 80 and any(c.search(s) for c in WEB.captions)
        assert w.is_caption(t, WEB) == expected, t
        hits += expected
    assert hits >= 4 and w._caption_probe(WEB) is not None


def test_a_readers_count_alone_is_shape_a_bare_quantity_is_not() -> None:
    assert w.is_shape_chrome("153阅读") and w.is_shape_chrome("2万浏览") and w.is_shape_chrome("56次下载")
    assert w.is_shape_chrome("浏览58964次") and w.is_shape_chrome("阅读量12万")
    assert not w.is_shape_chrome("12页") and not w.is_shape_chrome("5条") and not w.is_shape_chrome("阅读153本书")


def test_a_prev_or_next_link_is_a_related_header_whatever_its_headline_ends_with() -> None:
    assert w.is_related_header("上一篇：某某梗是什么意思？", WEB) and w.is_related_header("下一篇：这也行！", WEB)
    assert not w.is_related_header("上一篇：我们做了什么？下一步怎么办？", WEB)


def test_a_works_size_alone_is_shape_a_sentence_with_one_is_not() -> None:
    assert w.is_shape_chrome("137.5×47") and w.is_shape_chrome("60 x 90 cm")
    assert not w.is_shape_chrome("画幅为137.5×47厘米。")


def test_a_headline_with_slashes_is_no_menu_a_bar_of_short_items_is() -> None:
    assert not w.is_menu("专科诊所/普通科诊所/日间医院特别安排", WEB)
    assert w.is_menu("首页/新闻/通知公告", WEB) and w.is_menu("首页 | 新闻中心 | 政务公开 | 办事服务", WEB)


def test_a_rule_of_stars_and_a_close_button_are_shape_a_star_in_words_is_not() -> None:
    assert w.is_shape_chrome("*******************") and w.is_shape_chrome("×") and w.is_shape_chrome("* * *")
    assert not w.is_shape_chrome("*注：以上数据为初步统计。") and not w.is_shape_chrome("3×4=12")


def test_a_title_that_opens_on_a_product_name_with_a_dot_is_no_address() -> None:
    title = "ASP.NET教师电子化信息库的设计与实现"
    assert not w.is_shape_chrome(title) and not w.is_site_name(title, WEB)
    for address in ("www.example.com", "example.com/news/1.html", "http://example.cn/a?b=1"):
        assert w.is_shape_chrome(address), address
    assert w.is_site_name("某某网 example.com", WEB) and w.is_site_name("example.net", WEB)


def test_a_trail_through_the_pages_headline_is_a_breadcrumb_a_sentence_with_arrows_is_not() -> None:
    trail = "中国教育在线> 高等继续教育> 学术交流> 分类评价：摆脱同质化，促进高校特色化发展 > 正文"
    assert w.is_breadcrumb(trail, WEB)
    assert not w.is_breadcrumb("实验表明，甲组 > 乙组 > 丙组 > 丁组，这一排序与预期一致并在重复实验中得到验证。", WEB)
    assert not w.is_breadcrumb("分类评价：摆脱同质化，促进高校特色化发展", WEB)


def test_a_trail_that_lost_its_marks_ends_at_the_text() -> None:
    assert w.is_breadcrumb("3773考试网2016中考舟山中考正文", WEB)
    assert not w.is_breadcrumb("以下为通知正文", WEB) and not w.is_breadcrumb("请认真阅读合同正文", WEB)


def test_a_portals_disclosure_box_is_fields_a_heading_in_a_sentence_is_not() -> None:
    for line in ("内容概述：", "内容概述：教育部办公厅关于举办某某活动的通知", "信息索引： 360A12-07-2024-0008-1 生成日期： 2024-06-04",
                 "发文机构： 教育部办公厅", "信息类别： 高等教育"):
        assert wf.fields(line, WEB) is not None, line
    assert wf.fields("本报告的内容概述如下，请各单位认真研读并抓好落实。", WEB) is None


def test_a_download_boxs_form_labels_are_ui_and_fields_a_sentence_on_accounts_is_not() -> None:
    assert w.is_ui_only("账号:", WEB) and w.is_ui_only("帐号：", WEB) and w.is_ui_only("密码:", WEB)
    assert wf.fields("支付方式: 支付宝    微信支付", WEB) is not None
    assert not w.is_ui_only("账号密码要妥善保管。", WEB) and wf.fields("支付方式要灵活多样，方便群众缴费。", WEB) is None


def test_a_review_chains_credits_are_fields_a_sentence_on_reviewing_is_not() -> None:
    for line in ("校稿:李咏", "一审:张中强", "二审：刘连启", "终审:李玲", "初审：王某 复审：李某 终审：张某"):
        assert wf.fields(line, WEB) is not None, line
    assert wf.fields("一审判决认定事实清楚，适用法律正确。", WEB) is None
    assert wf.fields("稿件须经初审、复审、终审三道程序。", WEB) is None


def test_a_blogs_profile_box_and_archive_widget_are_page_furniture_a_sentence_on_blogs_is_not() -> None:
    for line in ("• 博客访问: 1958597", "• 博客积分: 2078", "• 博客等级: 大尉", "• 技术积分: 1645", "• 用 户 组: 普通用户"):
        assert wf.fields(line, WEB) is not None, line
    for line in ("文章存档", "全部博文(498)", "2012年3月31日 评论已被关闭", "+A -A"):
        assert w.is_ui_only(line, WEB), line
    assert wf.fields("博客访问量逐年上升，技术积分制度运行良好。", WEB) is None
    assert not w.is_ui_only("文章存档工作要规范。", WEB)


def test_a_portals_section_heads_glued_with_more_are_related_headers_a_sentence_with_more_is_not() -> None:
    for line in ("视频更 多", "来论更 多评论更 多", "论坛更 多阅读排行", "图片更多>>"):
        assert w.is_related_header(line, WEB), line
    for line in ("视频更多的是记录生活。", "新闻更多地关注民生。", "视频"):
        assert not w.is_related_header(line, WEB), line


def test_a_blog_archives_header_is_strong_a_sentence_on_archiving_is_not() -> None:
    for line in ("‘收藏’ 分类的存档", "2012年3月 的存档", "标签为‘Linux’的文章"):
        p = wl.phrase(line, WEB, strong_only=True)
        assert p is not None and p.id == "web.archive-header", line
    assert w.is_ui_only("存档", WEB) and w.is_ui_only("归档", WEB)
    for line in ("“收藏”分类的存档工作由档案室负责。", "2012年的存档资料要移交档案馆。"):
        assert wl.phrase(line, WEB, strong_only=False) is None, line


def test_a_speech_of_welcome_beside_another_caption_is_a_caption_an_agenda_item_is_not() -> None:
    assert w.scene("香港历史博物馆总馆长何惠仪女士致欢迎辞", WEB) == "company"
    assert w.scene("某某中心理事会主席崔绮云博士致总结辞", WEB) == "company"
    assert w.scene("一、主持人致开幕词", WEB) is None and w.scene("请校长致欢迎辞。", WEB) is None


def test_an_illustrative_photos_note_is_a_caption_a_reference_to_a_diagram_is_not() -> None:
    for line in ("台湾近年基层劳力需求孔急，劳动部推动方案，协助特定缺工产业。（示意照，陈明仁摄）", "（资料照）"):
        assert w.is_caption(line, WEB), line
    for line in ("（示意图见附件2）", "（示意图略）", "施工示意图"):
        assert not w.is_caption(line, WEB), line


def test_neighbour_buttons_an_author_only_switch_and_a_language_bar_are_ui_a_sentence_is_not() -> None:
    for line in ("上一条 下一条", "只看楼主", "简体中文 | 繁體中文 | English"):
        assert w.is_ui_only(line, WEB), line
    for line in ("下一条路要靠自己走。", "只看楼主的回复就够了，别的不用看。", "简体中文版教材已经出版。"):
        assert not w.is_ui_only(line, WEB), line


def test_a_greeting_bars_login_and_a_register_link_are_the_sites_a_sentence_on_accounts_is_not() -> None:
    for line in ("你好，请登录  免费注册", "查看评论", "关注我们"):
        assert w.is_ui_only(line, WEB), line
    for line in ("没有账号？立即注册", "Hi，欢迎来到某某网"):
        assert wl.phrase(line, WEB, strong_only=True) is not None, line
    for line in ("没有账号的群众可以到窗口注册。", "你好，欢迎来到我们的课堂。", "请登录政务服务网查询办理进度。"):
        assert wl.phrase(line, WEB, strong_only=False) is None and not w.is_ui_only(line, WEB), line
