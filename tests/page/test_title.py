"""Title by evidence (`page/title.py`): what each kind of evidence picks, and what it never picks."""

from __future__ import annotations

from docclean import clean_text
from docclean.model import Block, Kind
from docclean.page.lines import make_groups
from docclean.page.titledress import bar_kicker, column_tag
from docclean.page.titlepairs import wrapped_twice
from docclean.rules import load_rules
from docclean.websuffix import site_slogan

P = ("过去一年，面对复杂严峻的形势，全市上下坚持稳中求进工作总基调，经济运行总体平稳、稳中有进，"
     "主要指标好于预期，民生福祉持续增进，社会大局和谐稳定，各项事业取得新的进展。")


def title_of(*lines: str) -> str | None:
    return clean_text("\n".join([*lines, P, P])).meta.title


def test_a_repeated_title_wins_and_its_site_suffix_goes() -> None:
    assert title_of("关于做好春节期间工作的通知_通知公告_某某县人民政府", "某某县人民政府门户网站",
                     "关于做好春节期间工作的通知", "发布时间：2024-01-18") == "关于做好春节期间工作的通知"


def test_a_site_name_before_the_title_is_cut_too() -> None:
    assert title_of("石桥镇人民政府-在县政府全体会议上的讲话", "在县政府全体会议上的讲话") == "在县政府全体会议上的讲话"


def test_the_line_before_a_delivery_line_is_the_title() -> None:
    assert title_of("首页", "政府工作报告", "——2026年1月26日在某省第十四届人民代表大会第五次会议上") == "政府工作报告"


def test_a_column_name_repeated_in_menu_and_breadcrumb_is_no_title() -> None:
    got = title_of("某某网", "首页", "高层", "时政", "高层", "在全县优化营商环境工作会议上的讲话稿", "2024-04-04 18:03")
    assert got == "在全县优化营商环境工作会议上的讲话稿"


def test_a_records_title_field_names_the_title() -> None:
    assert title_of("【 文献号 】1-2432", "【 作  者 】王某", "【 标  题 】美国出版社怎样经营管理？") == "美国出版社怎样经营管理？"


def test_a_book_title_line_loses_its_brackets_and_author() -> None:
    r = clean_text("\n".join(["[三国演义 / 罗贯中 著 ]", P, P]))
    assert r.meta.title == "三国演义" and r.meta.extra.get("author") == "罗贯中"


def test_a_site_name_is_no_title_when_another_line_can_be() -> None:
    assert title_of("濠江特区政府入口网站", "在全县优化营商环境工作会议上的讲话稿") == "在全县优化营商环境工作会议上的讲话稿"


def test_a_title_with_a_dash_of_its_own_keeps_it() -> None:
    assert title_of("中国—东盟博览会筹备工作情况的报告", "同志们：") == "中国—东盟博览会筹备工作情况的报告"


def test_a_prefix_the_page_shows_as_its_name_is_cut_and_a_wrapped_title_joined() -> None:
    got = title_of("育才中学-关于开展校园安全大检查工作的通知", "育才中学 YUCAI MIDDLE SCHOOL",
                   "网站首页 学校概况 校园新闻 德育天地", "关于开展校园安全大检查", "工作的通知", "作者：某某 日期：2024年04月23日")
    assert got == "关于开展校园安全大检查工作的通知"


def test_a_title_line_ending_in_a_site_name_is_still_a_title() -> None:
    got = title_of("全区超额完成市考指标任务动员会发言稿 - 东海网", "东海网 | 东海新闻门户", "全区超额完成市考指标任务动",
                   "员会发言稿", "2017-01-01 12:35", "来源：北方日报")
    assert got == "全区超额完成市考指标任务动员会发言稿"


def test_the_pages_title_line_beats_a_heading_that_names_a_kind_of_document() -> None:
    got = title_of("2021年讲话稿合编 - 东海网", "东海网 | 东海新闻门户", "2025-08-10 12:24  来源：江淮日报",
                   "在全市人大办公室主任学习会上的讲话稿", "同志们：")
    assert got == "2021年讲话稿合编"


def test_a_shortened_title_line_gives_way_to_the_full_title() -> None:
    got = title_of("关于进一步做好稳就业工作的…_某某县人民政府", "某某县人民政府门户网站",
                   "关于进一步做好稳就业工作的实施意见", "发布时间：2024-01-18")
    assert got == "关于进一步做好稳就业工作的实施意见"


def test_a_title_ending_in_an_office_word_is_no_byline() -> None:
    got = title_of("在全市市县人大常委会办公室主任学习会上的讲话稿 - 东海网", "东海网 > 区县新闻 > 正文",
                   "在全市市县人大常委会办公室主任学习会", "上的讲话稿", "2022-05-08 09:33  来源：西部商报")
    assert got == "在全市市县人大常委会办公室主任学习会上的讲话稿"
    from docclean.page.lines import RE_BYLINE

    assert RE_BYLINE.match("市委书记李强") and RE_BYLINE.match("云南省省长 王予波")
    assert not RE_BYLINE.match("在全市市县人大常委会办公室主任学习会")


def test_a_doc_sites_file_name_loses_its_extension() -> None:
    r = clean_text("\n".join(["文档下载 首页 分类 排行 上传", "关于进一步加强安全生产工作的实施意见.doc",
                               "上传人：用户8812  上传时间：2024-03-05  格式：DOC", P, P]))
    assert r.meta.title == "关于进一步加强安全生产工作的实施意见"
    assert any(x.rule == "title.file-extension" and x.text == ".doc" for x in r.removals)
    assert title_of("关于推广使用.NET框架的通知", "发布时间：2024-03-05") == "关于推广使用.NET框架的通知"
    r = clean_text("\n".join(["关于进一步加强安全生产工作的实施意见.docx - 某某文档网", "某某文档网 知识共享平台",
                               "上传人：用户8812  上传时间：2024-03-05", P, P]))
    assert r.meta.title == "关于进一步加强安全生产工作的实施意见"  # the extension before the site's suffix goes too


def test_a_now_reading_label_names_the_title() -> None:
    r = clean_text("\n".join(["正在阅读：关于进一步加强安全生产工作的实施意见", "2024年03月05日 09:12 | 来源：安徽日报",
                               P, P]))
    assert r.meta.title == "关于进一步加强安全生产工作的实施意见" and "正在阅读" not in r.markdown


def test_a_site_and_column_before_the_title_are_cut() -> None:
    got = title_of("清风BBS - 职场人生版 - 在全县优化营商环境工作会议上的讲话稿", "清风BBS 首页 分类 精华区",
                   "发信站: 清风BBS (2013-12-05 18:43:00), 站内")
    assert got == "在全县优化营商环境工作会议上的讲话稿"


def test_a_site_suffix_after_a_spaced_dash_is_cut_and_a_widgets_stamp_above_the_title_is_no_date() -> None:
    r = clean_text("\n".join(["在全县项目建设工作会议上的讲话 -北岭大学", "北岭大学新闻网", "最新推荐文章于 2025-02-04 07:50:00 发布",
                              "在全县项目建设工作会议上的讲话", "原创 罗建华 于 2025-01-14 07:50:00 发布", P, P]))
    assert r.meta.title == "在全县项目建设工作会议上的讲话" and r.meta.date == "2025-01-14"


def test_a_title_repeated_with_a_character_apart_is_one_title() -> None:
    r = clean_text("\n".join(["关于印发全市安全生产专项整治三年行动实施方案的通知_某某县人民政府", "某某县人民政府门户网站",
                              "关于印发全市安全生产专项整治三年行动实施方案通知", "发布时间：2024-01-18", P, P]))
    assert r.meta.title == "关于印发全市安全生产专项整治三年行动实施方案通知"
    assert "某某县人民政府" not in r.markdown.split("---\n")[-1]
    got = title_of("关于印发全市安全生产专项整治三年行动实施方案的通知", "关于印发全市安全生产专项整治三年行动实施方案的通知（2024）")
    assert got == "关于印发全市安全生产专项整治三年行动实施方案的通知"


def test_a_kicker_over_the_publish_line_gives_way_to_the_title_line_and_stays() -> None:
    r = clean_text("\n".join(["1975年国务院政府工作报告 - 要闻 - 长河网", "长河网 CHANGHE.NEWS", "要闻 | 时评 | 区县 | 图片",
                              "立足新起点 奋进新征程", "时间：2023-05-19 18:13  来源：江淮日报", "各位代表！", P, P]))
    assert r.meta.title == "1975年国务院政府工作报告" and "立足新起点" in r.markdown.split("---\n")[-1]
    assert title_of("首页", "坚定信心 真抓实干 奋力开创新局面", "时间：2023-05-19 18:13") == "坚定信心真抓实干奋力开创新局面"


def test_a_compilations_title_stands_over_its_first_parts_heading() -> None:
    got = title_of("某某特区政府新闻公报", "中文 | English | 简体版", "2021年在全市人大常委会办公室主任学习会讲话稿和在全县工作会议讲话稿合编",
                   "在全市人大常委会办公室主任学习会上的讲话稿", "同志们：")
    assert got == "2021年在全市人大常委会办公室主任学习会讲话稿和在全县工作会议讲话稿合编"
    assert title_of("首页", "中共某某市委办公厅", "在全市人大常委会办公室主任学习会上的讲话稿", "同志们：") \
        == "在全市人大常委会办公室主任学习会上的讲话稿"


def test_a_doc_sites_decoration_on_the_title_line_gives_way_to_the_on_page_title() -> None:
    r = clean_text("\n".join(["关于进一步加强安全生产工作的实施意见PPT课件 - 课件之家", "课件之家 免费课件下载",
                               "关于进一步加强安全生产工作的实施意见", "课件编号：KJ93129888 课件格式：PPTX 幻灯片：26张", P, P]))
    assert r.meta.title == "关于进一步加强安全生产工作的实施意见"


def test_a_suffix_the_page_prints_elsewhere_is_the_sites_name_whatever_its_wording() -> None:
    r = clean_text("\n".join(["关于进一步加强安全生产工作的实施意见 - 华辰能源集团有限公司HUACHEN ENERGY", "新闻中心",
                               "发布时间：2024-03-05", P, P, "版权所有 © 华辰能源集团有限公司"]))
    assert r.meta.title == "关于进一步加强安全生产工作的实施意见"
    kept = clean_text("\n".join(["关于印发《上海-重庆合作框架协议》的通知", "发布时间：2024-03-05", P, P]))
    assert kept.meta.title == "关于印发《上海-重庆合作框架协议》的通知"


def test_a_bracketed_column_or_an_office_at_either_end_of_the_title_line_is_cut() -> None:
    for line in ("关于进一步加强安全生产工作的实施意见【考研吧】", "【工作总结】关于进一步加强安全生产工作的实施意见",
                 "关于进一步加强安全生产工作的实施意见 - 濠海特区政府新闻局", "关于进一步加强安全生产工作的实施意见——江南日报数字报"):
        r = clean_text("\n".join([line, "江南日报数字报 往期回顾", "发布时间：2024-03-05", P, P]))
        assert r.meta.title == "关于进一步加强安全生产工作的实施意见", line


def test_a_column_over_the_publish_line_gives_way_to_the_title_line_a_short_title_does_not() -> None:
    r = clean_text("\n".join(["关于进一步加强安全生产工作的实施意见_工作动态_某某市人民政府", "工作动态", "发布时间：2024-03-05", P, P]))
    assert r.meta.title == "关于进一步加强安全生产工作的实施意见"
    r = clean_text("\n".join(["安全生产实施意见_工作动态_某某市人民政府", "安全生产实施意见", "发布时间：2024-03-05", P, P]))
    assert r.meta.title == "安全生产实施意见"


def test_a_title_wrapped_over_two_lines_is_one_title() -> None:
    r = clean_text("\n".join(["在全县优化营商环境工作会议上的讲话稿_某某网", "在全县优化营商环", "境工作会议上的讲话稿",
                              "发布时间：2024-03-05", P, P]))
    assert r.meta.title == "在全县优化营商环境工作会议上的讲话稿"
    r = clean_text("\n".join(["首页 > 讲话", "在全县优化营商环境", "工作会议上的讲话稿", "时间：2024-03-05", P, P]))
    assert r.meta.title == "在全县优化营商环境工作会议上的讲话稿"
    kicker = clean_text("\n".join(["凝心聚力 真抓实干", "在全县优化营商环境工作会议上的讲话稿", "时间：2024-03-05", P, P]))
    assert kicker.meta.title == "在全县优化营商环境工作会议上的讲话稿"


def test_a_bbs_names_itself_after_the_title() -> None:
    r = clean_text("\n".join(["关于进一步加强安全生产工作的实施意见 - 公文写作 - 清风BBS", "发布时间：2024-03-05", P, P]))
    assert r.meta.title == "关于进一步加强安全生产工作的实施意见"
    kept = clean_text("\n".join(["关于加强校园BBS管理的通知", "发布时间：2024-03-05", P, P]))
    assert kept.meta.title == "关于加强校园BBS管理的通知"


def test_a_doc_sites_preview_page_number_comes_off_the_title() -> None:
    r = clean_text("\n".join(["关于进一步加强安全生产工作的实施意见_第1页", "文档下载 首页 分类 排行 上传", "上传时间：2024-03-05", P, P]))
    assert r.meta.title == "关于进一步加强安全生产工作的实施意见"
    assert title_of("第一章 总则", "发布时间：2024-03-05") == "第一章 总则"


def test_a_column_in_brackets_goes_with_the_site_suffix() -> None:
    got = title_of("【工作总结】在全县项目建设工作会议上的讲话_某某范文网", "某某范文网 www.example.com",
                   "首页 工作总结 心得体会 讲话稿")
    assert got == "在全县项目建设工作会议上的讲话"


def test_a_bar_holding_the_suffixs_site_name_is_no_title_over_the_publish_line() -> None:
    got = title_of("全区动员会上的发言稿 - 某某之窗", "某某之窗 首页 下载某某之窗", "原创 2024-03-26 13:44·某某")
    assert got == "全区动员会上的发言稿"


def test_a_title_over_the_publish_line_that_names_the_site_is_still_the_title() -> None:
    got = title_of("加强某某之窗建设的讲话全文 - 某某之窗", "关于加强某某之窗建设的讲话", "原创 2024-03-26 13:44·某某")
    assert got == "关于加强某某之窗建设的讲话"


def test_a_lone_title_lines_short_suffix_goes_when_furniture_stands_under_it() -> None:
    assert title_of("在全县项目建设工作会议上的讲话 - 知言", "首发于", "切换模式", "分享到： 微信 微博") == \
        "在全县项目建设工作会议上的讲话"


def test_a_first_line_with_a_bar_but_no_furniture_under_it_keeps_its_words() -> None:
    assert title_of("关于表彰先进集体和先进个人的决定|附件", "各乡镇人民政府：") == "关于表彰先进集体和先进个人的决定|附件"


def test_a_subtitle_is_never_the_title_and_the_title_line_holding_the_part_shown_wins() -> None:
    got = title_of("2021年在全市学习会讲话稿和在全县营商环境会议讲话稿合编_某某网", "某某新闻 打开APP",
                   "——写在新一年开局之际", "某某新闻记者 张某某", "2021-06-02 18:48 来源：某某新闻",
                   "在全市学习会上的讲话稿", "同志们：")
    assert got == "2021年在全市学习会讲话稿和在全县营商环境会议讲话稿合编"


def test_a_column_the_title_line_names_is_no_title_over_the_publish_line() -> None:
    got = title_of("全区超额完成目标任务动员会上的发言稿|界线新闻 · 宏观", "界线新闻 首页 快讯 商业 财经 宏观", "宏观",
                   "界线新闻记者 | 赵某某", "2023.08.08 17:01")
    assert got == "全区超额完成目标任务动员会上的发言稿"


def test_a_books_credit_over_a_chapters_stamp_is_no_title() -> None:
    got = title_of("在全县营商环境工作会议上的讲话稿_黄某某《基层笔记》_某某书院", "某某书院 男生 女生 出版 排行 完本",
                   "基层笔记 / 黄某某 著", "本章字数：5476 更新时间：2016-12-12 21:13", "目录 设置 书架 手机阅读")
    assert got == "在全县营商环境工作会议上的讲话稿"


def test_a_journals_name_in_book_brackets_the_page_shows_is_a_suffix() -> None:
    got = title_of("在全县营商环境会议上的讲话稿--《基层治理研究》", "基层治理研究 JOURNAL OF GOVERNANCE",
                   "首页 期刊介绍 编委会 投稿须知")
    assert got == "在全县营商环境会议上的讲话稿"


def test_a_compilations_title_line_wins_over_its_first_texts_title_when_the_second_follows() -> None:
    first = ["2021年在全市学习会上的讲话稿和在全县营商环境会议上的讲话稿合编_某某网", "某某网 首页 新闻 评论",
             "在全市学习会上的讲话稿", "2021-06-02 18:48 来源：某某日报", "同志们：", P]
    assert clean_text("\n".join([*first, "在全县营商环境会议上的讲话稿", P])).meta.title == \
        "2021年在全市学习会上的讲话稿和在全县营商环境会议上的讲话稿合编"
    # a <title> that only words the title at greater length is no compilation: the page's own title stays
    reworded = ["某某县人民政府办公室关于做好2024年春节期间各项工作的通知_某某网", "某某网 首页 新闻 评论",
                "关于做好春节期间各项工作的通知", "2024-01-18 10:20 来源：某某日报", "各乡镇人民政府：", P, P]
    assert clean_text("\n".join(reworded)).meta.title == "关于做好春节期间各项工作的通知"


def test_a_bar_of_short_words_over_the_publish_line_is_no_title_nor_a_titles_second_half() -> None:
    assert title_of("关于做好春节期间工作的通知", "沉浸阅读 护眼 长图模式", "2024-01-18 10:20 来源：某某日报") == \
        "关于做好春节期间工作的通知"
    assert title_of("首页", "政 府 工 作 报 告", "2024-01-18 10:20 来源：某某日报") == "政府工作报告"  # spaced by a PDF


def test_a_company_suffix_with_its_english_name_goes_a_title_ending_in_a_name_keeps_it() -> None:
    assert title_of("全区超额完成市考指标任务动员会发言稿 - 华辰能源集团有限公司 HUACHEN ENERGY", "首页", "新闻中心",
                    "同志们：") == "全区超额完成市考指标任务动员会发言稿"
    assert title_of("走进华辰能源集团有限公司", "发布时间：2024-01-18") == "走进华辰能源集团有限公司"


def test_a_trail_is_never_the_title() -> None:
    got = title_of("在全县优化营商环境工作会议上的讲话稿_新闻发布会_某某省政府新闻办", "某某省人民政府新闻办公室",
                   "首页 发布会 权威发布 政策吹风 图片直播", "发布会 > 部门新闻发布会",
                   "发布时间：2021年02月20日 19:38　发布地点：省政府新闻发布厅")
    assert got == "在全县优化营商环境工作会议上的讲话稿"


def test_a_wrapped_title_joins_when_the_title_line_holds_it_with_a_column_or_the_half_is_short() -> None:
    assert title_of("【工作总结】在全市人大常委会办公室主任学习会上的讲话稿_笔端范文网", "笔端范文网 www.biduan.example",
                    "首页 工作总结 心得体会 讲话稿", "笔端范文网 → 工作总结 → 正文", "在全市人大常委会办公室主任学习会", "上的讲话稿",
                    "投稿：徐春梅 时间：2016-11-19 字数：5374") == "在全市人大常委会办公室主任学习会上的讲话稿"
    assert title_of("2021年在全市人大常委会办公室主任学习会讲话稿和在全县优化营商环境工作会议讲话稿合编 - 知源学术总库",
                    "知源学术总库 文献检索 知识元检索", "2021年在全",
                    "市人大常委会办公室主任学习会讲话稿和在全县优化营商环境工作会议讲话稿合编",
                    "在线公开时间：2025-12-08 10:29") \
        == "2021年在全市人大常委会办公室主任学习会讲话稿和在全县优化营商环境工作会议讲话稿合编"


def test_a_titles_first_half_ending_in_an_office_word_is_no_office_an_office_stays_one() -> None:
    assert title_of("学习高地", "推荐 要闻 新思想 综合", "在全市市县人大常委会办公室", "主任学习会上的讲话稿",
                    "南国都市报 刘海涛 2017-11-28") == "在全市市县人大常委会办公室主任学习会上的讲话稿"
    assert title_of("关于做好春节期间工作的通知 - 某某县人民政府办公室", "首页 通知公告", "关于做好春节期间工作的通知",
                    "发布时间：2024-01-18") == "关于做好春节期间工作的通知"


def test_a_title_line_with_a_column_and_a_site_with_its_address_is_the_page_title_no_promo() -> None:
    assert title_of("与母争吵疑失足坠楼　男子送医抢救不治 | 社会 | 三立新闻网 SETN.COM", "APP下载", "粉丝团", "三立官网",
                    "九合一选举", "普悠玛翻车", "东港迎王", "与母争吵疑失足坠楼　男子送医抢救不治",
                    "2018/02/21 18:03:00") == "与母争吵疑失足坠楼男子送医抢救不治"  # (the spacing pass joins CJK)


def test_a_first_line_repeated_as_the_on_page_title_is_no_prose_however_it_reads() -> None:
    r = clean_text("\n".join(["英国独立游戏，经典游戏规则与RPG成长冒险元素结合体验", "登录", "侵权投诉", "头条产品", "首页 / 游戏 / 正文",
                              "搜索", "转发", "微博", "英国独立游戏，经典游戏规则与RPG成长冒险元素结合体验",
                              "原创 GameForce 2019-09-04 22:18:34", P, P]))
    out = r.markdown.split("---\n")[-1]
    assert r.meta.title == "英国独立游戏，经典游戏规则与RPG成长冒险元素结合体验" and "侵权投诉" not in out and "头条产品" not in out
    kept = clean_text("\n".join(["关于做好某项工作的通知", P, "关于做好某项工作的通知", P])).markdown
    assert kept.count("关于做好某项工作的通知") >= 1 and kept.count("各项事业取得新的进展") == 2


def test_a_title_right_over_the_text_under_a_long_directory_is_still_found() -> None:
    """A rendered directory of 150 offices pushes the title past the first lines looked at; the
    lines just over the text are looked at too, so the repeat wins, not an office twice over."""
    title = "某市教育系统2024年公开招聘事业单位工作人员实施方案"
    directory = [f"第{i}办事处" for i in range(150)]
    got = title_of(f"某市人民政府-   {title}", title, "某市人社局", "某市人社局", "2024-06-27 16:18:03",
                   *directory, "您当前所在位置： 首页 >> 通知公告", title, "来源： 某市人社局 发布时间： 2024-06-27 16:18")
    assert got == title
    # ... but a directory entry just over the text is no title by being there
    assert title_of("某市人民政府", *directory, "您当前所在位置： 首页 >> 通知公告", "第一办事处地址") != "第一办事处地址"


def test_a_titles_second_part_after_a_dash_is_no_site_for_showing_in_the_titles_own_copy() -> None:
    title = "青春心向党 启航新征程——某省青年优秀美术作品展启幕"
    got = title_of(f"{title} _ 某某省文化和旅游厅", "首页", title, "2022-05-07 00:00 来源：某某厅机关党委")
    assert got == title.replace(" ", "")  # (a space between two Chinese characters goes, as everywhere)
    # a suffix the page prints on a line of its own is the site's, however it is worded
    got = title_of("关于做好春节期间工作的通知——华辰能源集团", "首页", "关于做好春节期间工作的通知——华辰能源集团",
                   "2022-05-07 00:00", P, "版权所有 华辰能源集团")
    assert got == "关于做好春节期间工作的通知"


def test_the_on_page_title_right_over_the_text_is_the_titles_part_of_a_prefixed_title_line() -> None:
    got = title_of("北京市某某局_行业传真_昌平区举办迎新春书法作品展", "首页", ">首页 > 政务公开 > 新闻中心 > 行业传真",
                   "昌平区举办迎新春书法作品展", "发布日期：2019-01-10")
    assert got == "昌平区举办迎新春书法作品展"
    # the part the header shows as the site's name is no title, on a page that shows no title of its own
    got = title_of("在全县优化营商环境工作会议上的讲话 - 南山职业技术学院", "南山职业技术学院", "学院首页 学院概况 院系专业")
    assert got != "南山职业技术学院"


def test_a_gov_info_index_names_the_title_and_the_head_above_it_goes() -> None:
    title = "教育部办公厅关于举办2024年高校宣传教育活动的通知"
    r = clean_text("\n".join([f"{title} - 中华人民共和国某某部政府门户网站", "Languages", "无障碍浏览", "登录 | 注册",
                              "当前位置：首页 > 公开", f"信息名称： {title}",
                              "信息索引： 360A12-07-2024-0008-1 生成日期： 2024-06-04 发文机构： 某某部办公厅", P, P]))
    assert r.meta.title == title and "Languages" not in r.markdown


def test_the_line_a_breadcrumb_ends_in_right_over_the_text_is_the_title() -> None:
    assert title_of("北京某某画院", "首页", "画院概况", "首页 > 创作与研究 > 历任画家 > 齐白石(已故)", "齐白石(已故)") == "齐白石（已故）"  # (brackets in CJK text are full-width)
    # a column the path ends in, over the title, is no title
    got = title_of("某某县人民政府", "首页 > 政务公开 > 通知公告", "通知公告", "关于做好春节期间工作的通知", "发布时间：2024-01-18")
    assert got == "关于做好春节期间工作的通知"


def test_the_files_first_line_beats_a_column_over_the_publish_line_when_the_page_shows_no_headline() -> None:
    got = title_of("我校召开智慧党建管理服务平台培训及答疑会", "首页", "机构设置", "学校新闻", "发布时间：2021-04-09",
                   "浏览次数： 615")
    assert got == "我校召开智慧党建管理服务平台培训及答疑会"
    got = title_of("中华人民共和国监察法-纪检", "当前位置：首页 > 纪检监察", "纪检监察", "发布时间：2021-04-09")
    assert got == "中华人民共和国监察法"  # (a short part after a hyphen between Chinese words: the column)
    # a short title of its own over its delivery line stays the title
    assert title_of("首页", "政府工作报告", "——2026年1月26日在某省第十四届人民代表大会第五次会议上") == "政府工作报告"
    assert title_of("1-10月某县固定资产投资结构趋稳趋优", "首页", "发展改革工作", "发布时间：2021-04-09") \
        == "1-10月某县固定资产投资结构趋稳趋优"


def test_a_headline_over_a_publish_line_a_rule_pack_removed_is_the_title_a_chapter_under_a_book_is_not() -> None:
    got = title_of("某某市文化和旅游网", "首页 | 新闻 | 政务 | 服务", "工作动态", "昌平区举办迎新春书法作品展", "发布日期：2019-01-10")
    assert got == "昌平区举办迎新春书法作品展"
    r = clean_text("\n".join(["[三国演义 / 罗贯中 著 ]", "正文 第一回 宴桃园豪杰三结义 斩黄巾英雄首立功",
                              "更新时间:2007-11-16 7:55:51 本章字数:4804", P, P]))
    assert r.meta.title == "三国演义"


def test_a_headline_over_its_authors_name_and_post_and_the_publish_line_is_the_title() -> None:
    got = title_of("某某网", "首页 | 新闻 | 评论", "风闻", "王文：中美贸易“持久战”，中国人的斗志被激发",
                   "王文某某大学研究院执行院长", "2019-09-07 09:25:09 来源：某某网")
    assert got == "王文：中美贸易“持久战”，中国人的斗志被激发"
    # a title wrapped over two lines is no headline over a name
    got = title_of("某某网", "首页 | 新闻 | 评论", "在全县市考指标推进暨项目", "建设工作会议上的讲话", "2019-09-07 09:25:09 来源：某某网")
    assert got == "在全县市考指标推进暨项目建设工作会议上的讲话"


def test_the_on_page_copy_of_the_titles_part_of_the_first_line_is_no_prose_and_its_stamp_gives_the_date() -> None:
    title = "[某某化妆品]江门七旬阿婆接来电称其涉黑被骗上百万！冒充公检法电诈团伙被端"
    r = clean_text("\n".join([f"{title}-某某传媒", "网站首页", "时政新闻", f"首页 > 时政新闻 > {title}", title,
                              "2019年09月11日 某某传媒 时政新闻 1665 0", P, P]))
    assert r.meta.date == "2019-09-11" and "1665" not in r.markdown


def test_a_headline_over_its_stamp_is_the_title_when_the_page_has_no_title_line() -> None:
    title = "江门七旬阿婆接来电称其涉黑被骗上百万！冒充公检法电诈团伙被端"
    r = clean_text("\n".join(["网站首页", "时政新闻", "国际新闻", title, "2019年09月11日 某某传媒 时政新闻 1665 0", P, P]))
    assert r.meta.title == title and r.meta.date == "2019-09-11"
    # a paragraph ending its sentence over a stamp is text
    r = clean_text("\n".join(["某某报告", P, "全市上下要坚定信心。", "2019-09-11 10:20", P]))
    assert "全市上下要坚定信心。" in r.markdown


def test_a_headline_with_marks_of_its_own_over_an_accounts_name_and_stamp_is_the_title_alone() -> None:
    title = "英国美女在殡仪馆工作太痛苦，转行当美人鱼！每小时收入近千元"
    got = title_of("百度首页", "设为首页", "登录", title, "加拿大必读", "2019-04-15 10:20 来源：百家号")
    assert got == title
    # two halves of one title wrapped over the publish line are joined still
    got = title_of("某某县人民政府 网页打印版", "关于做好春节期间各项", "工作的通知", "2024-01-18 10:20 来源：某某日报")
    assert got == "关于做好春节期间各项工作的通知"


def test_a_column_the_menu_and_path_repeat_gives_way_to_the_headline_over_the_stamp() -> None:
    got = title_of("简体 | 繁体 | 无障碍浏览", "投资管理和项目推进", "改革开放和营商环境", "投资管理和项目推进", "投资运行",
                   "1-10月某县固定资产投资结构趋稳趋优", "发布日期：2016-11-22 信息来源：省发改委")
    assert got == "1-10月某县固定资产投资结构趋稳趋优"
    # the title the page repeats wins over a deck over the stamp that is part of it
    got = title_of("关于做好春节期间工作的通知_某某县人民政府", "首页", "关于做好春节期间工作的通知", "发布时间：2024-01-18")
    assert got == "关于做好春节期间工作的通知"


def test_a_column_the_breadcrumb_names_is_never_the_title() -> None:
    assert title_of("跳转至主要内容", "主页 >> 新闻公报 >> 二零一五", "新闻公报", "所有诊所恢复正常服务",
                     "二零一五年五月二十六日") == "所有诊所恢复正常服务"
    # the trail's last item may be the page's own headline, named twice
    assert title_of("首页 > 创作与研究 > 齐白石生平", "齐白石生平") == "齐白石生平"


def test_a_qa_sites_name_is_a_suffix() -> None:
    assert title_of("网站索引掉得厉害有什么办法？ - 某某问答", "首页", "网站索引掉得厉害有什么办法？",
                    "我们的时光 2天前") == "网站索引掉得厉害有什么办法？"


def test_what_an_office_holder_says_is_no_byline() -> None:
    # `新学期的校长致辞`: an office and what its holder says, a title the page repeats; no name follows
    assert title_of("新学期的校长致辞", "秦风学", "新学期的校长致辞", "各位老师、同学们，大家好！") == "新学期的校长致辞"
    assert title_of("2026年政府工作报告", "某某市市长李强", "各位代表：") == "2026年政府工作报告"


def test_a_columns_name_on_the_first_line_gives_way_to_the_headline_over_the_text() -> None:
    assert title_of("集团新闻", "集团公司党委召开政工例会", P, P) == "集团公司党委召开政工例会"
    assert title_of("励志", "励志人生知识库", "公文通知的格式及范文", P, P) == "公文通知的格式及范文"
    assert title_of("春晓", "孟浩然", P, P) == "春晓"  # a short title over its author's name stays the title


def test_a_trail_that_reads_as_prose_is_no_text_and_its_headline_is_the_title() -> None:
    out = clean_text("\n".join(["中国教育在线> 高等继续教育> 学术交流> 分类评价:摆脱同质化,促进高校特色化发展 > 正文",
                                "分类评价:摆脱同质化,促进高校特色化发展", "分类评价:摆脱同质化,促进高校特色化发展", P, P]))
    assert out.meta.title == "分类评价：摆脱同质化，促进高校特色化发展" and "正文" not in out.markdown


def test_a_forum_threads_title_stands_under_its_counter_without_the_boards_type() -> None:
    card = ("[复制链接]", "3", "主题", "0", "回帖", "10", "积分", "新手上路")
    r = clean_text("\n".join(["找回密码", "会员注册", "查看: 16|回复: 0", "[理论探讨] B站评论系统架构设计", *card,
                              "发表于 2022-11-11 18:54:03 | 显示全部楼层 |阅读模式", P, P]))
    assert r.meta.title == "B站评论系统架构设计" and "[理论探讨]" in {x.text for x in r.removals}
    kept = clean_text("\n".join(["首页 > 社会新闻", "[诗婷露雅化妆品]江门七旬阿婆接来电称其涉黑被骗上百万", "来源：某某日报", P, P]))
    assert kept.meta.title == "[诗婷露雅化妆品]江门七旬阿婆接来电称其涉黑被骗上百万"


def test_a_headline_with_commas_and_an_ellipsis_over_its_stamp_is_the_title() -> None:
    head = "看完知乎轮子哥的编程之路,我只想说,收下我的膝盖。。。"
    r = clean_text("\n".join([head, "共 9926字,需浏览 20分钟", "·", "2020-12-08 17:37", P, P]))
    assert r.meta.title == "看完知乎轮子哥的编程之路，我只想说，收下我的膝盖……" and r.meta.date == "2020-12-08"
    prose = "会议强调，要坚持稳中求进。各地要抓好落实。"  # a sentence over a stamp stays text
    kept = clean_text("\n".join(["某某新闻", prose, "2020-12-08 17:37", P, P]))
    assert prose in kept.markdown


def test_a_doc_sites_file_name_is_the_title_a_records_id_field_never_is() -> None:
    lines = ["书签 分享 收藏 举报 版权申诉 / 21", "上传文档赚钱", "2021年通信工程师中级传输与接入有线真题答案.docx",
             "• 上传人(卖家):最好的沉淀", "• 文档编号:5253039", "• 上传时间:2023-02-26", "• 格式:DOCX", P, P]
    assert title_of(*lines) == "2021年通信工程师中级传输与接入有线真题答案"
    assert title_of("某某文库", "• 文档编号:5253039", "• 上传时间:2023-02-26", P, P) != "• 文档编号:5253039"
    assert title_of("分类评价：摆脱同质化，促进高校特色化发展", "发布时间：2023-02-26", P, P) == "分类评价：摆脱同质化，促进高校特色化发展"


def test_a_trail_that_lost_its_marks_is_no_first_half_of_the_title() -> None:
    got = title_of("舟山中考", "3773考试网2016中考舟山中考正文", "舟山中学新城新校区开放",
                   "来源:绍兴网-绍兴日报 2012-2-10 11:20:20", P, P)
    assert got == "舟山中学新城新校区开放"  # (a title wrapped over two lines is still joined: see above)


def test_a_posters_id_and_bare_counts_over_the_first_line_are_no_title() -> None:
    got = title_of("楼主: W161203002417jP", "165 0", "Windows硬件交互技术全景", "• 0关注", P, P)
    assert got == "Windows硬件交互技术全景"


def test_a_forum_engines_jammer_glued_to_the_title_is_cut_a_titles_own_latin_stays() -> None:
    for line in ("述职报告的撰写格式+ O2 W- O: E/ I5 L9 Z", "宜兰民以宿为天 s' Q+ R+ W. o4 E8 h6 ~- O"):
        r = clean_text("\n".join([line, "$ m4 D( A7 D( u; a, D: D0 K7 n", P, P]))
        assert r.meta.title in ("述职报告的撰写格式", "宜兰民以宿为天"), r.meta.title
    for title in ("高一英语选择题答案 A. B. C. D. A. B.", "ESP32 开发之旅 Station WiFiSTA库的使用 V1.2 R3"):
        got = clean_text("\n".join([title, "发布时间：2024-03-05", P, P])).meta.title or ""
        assert got.replace(" ", "") == title.replace(" ", "")  # (the spacing pass owns the space before Latin)


def test_a_threads_title_under_its_counter_past_a_sidebar_toggle_loses_its_boards_type_only() -> None:
    r = clean_text("\n".join(["某某论坛 - bbs.example.cn", "找回密码", "查看: 4550|回复: 58", "收起左侧",
                              "[Web逆向] [新人试投]某云音乐前端播放器逆向", "[复制链接]",
                              "某某 发表于 2022-11-14 23:07", P, P]))
    assert r.meta.title == "[新人试投]某云音乐前端播放器逆向"  # (a tag glued to the title is the title's)
    assert "[Web逆向]" in {x.text for x in r.removals}
    # a line of its own between the counter and a headline is no title
    far = clean_text("\n".join(["查看: 4550|回复: 58", "关于论坛近期整顿工作的公告说明", "[复制链接]",
                                "某某 发表于 2022-11-14 23:07", P, P]))
    assert far.meta.title == "关于论坛近期整顿工作的公告说明"


def test_a_button_between_a_headline_and_its_stamp_is_passed_a_fields_short_value_never_is() -> None:
    got = title_of("某某技术社区", "首页 > 编程语言", "浅谈领导讲话稿的写作方法与技巧", "[复制链接]", "发表于 2013-1-25 22:15:35")
    assert got == "浅谈领导讲话稿的写作方法与技巧"
    card = ("经验", "20 点", "在线时间", "0 小时", "注册时间", "2018-7-20")
    got = title_of("楼主: W161203002417jP", "Windows硬件交互技术全景", *card)
    assert got == "Windows硬件交互技术全景"  # (`0 小时` over `注册时间` and its date is a field's value)


def test_a_boards_badge_set_apart_after_the_title_is_cut_a_bracket_of_the_titles_own_stays() -> None:
    r = clean_text("\n".join(["楼主: W161203002417jP", "165 0", "[学科前沿] .NET Core与Windows硬件交互技术全景 [推广有奖]",
                              "• 0关注", P, P]))
    assert r.meta.title == ".NET Core与Windows硬件交互技术全景"
    assert {"[学科前沿]", "[推广有奖]"} <= {x.text for x in r.removals}
    assert title_of("首页 > 图片新闻", "某某县举行春季运动会开幕式[图]", "来源：某某日报") == "某某县举行春季运动会开幕式[图]"


def test_a_bracketed_kicker_the_headline_shows_too_stays_one_only_the_title_line_has_goes() -> None:
    for first in ("【中国稳健前行】坚定实施扩大内需战略 -中新网", "【中国稳健前行】坚定实施扩大内需战略"):
        got = title_of(first, "首页 → 理论新闻", "字号：", "【中国稳健前行】坚定实施扩大内需战略",
                       "2020年07月04日 12:10 来源：求是网")
        assert got == "【中国稳健前行】坚定实施扩大内需战略", first
    got = title_of("【工作总结】坚定实施扩大内需战略_某某范文网", "某某范文网 www.example.com", "坚定实施扩大内需战略",
                   "2020年07月04日 12:10 来源：求是网")
    assert got == "坚定实施扩大内需战略"


def test_a_name_label_on_the_chosen_line_goes_a_title_with_a_colon_of_its_own_keeps_it() -> None:
    got = title_of("法拍屋查询系统", "例稿名称：台湾士林地方法院公告（第二次拍卖）", "发文日期：中华民国107年3月13日")
    assert got == "台湾士林地方法院公告（第二次拍卖）"
    assert title_of("主题：求助一个电脑问题", "楼主：某某 发表于 2024-3-5", P) == "求助一个电脑问题"  # (a thread's subject)
    got = title_of("首页 > 要闻", "分类评价：摆脱同质化，促进高校特色化发展", "发布时间：2023-02-26")
    assert got == "分类评价：摆脱同质化，促进高校特色化发展"


def test_a_headline_with_a_full_stop_that_the_head_repeats_is_the_title_a_lone_sentence_is_not() -> None:
    intro = "五四青年节源于中国1919年的五四运动。下面是小编精心整理的五四青年节演讲稿范文，欢迎阅读与收藏。"
    r = clean_text("\n".join(["五四青年节来历演讲稿(经典九篇)。", intro, "", "五四青年节来历演讲稿 篇1", "亲爱的朋友们:", P, P]))
    assert r.meta.title == "五四青年节来历演讲稿（经典九篇）"
    r = clean_text("\n".join(["本站资源均来自网络。", intro, "", "五四青年节来历演讲稿 篇1", "亲爱的朋友们:", P, P]))
    assert r.meta.title != "本站资源均来自网络"


def test_a_headline_atop_the_text_under_a_columns_short_name_is_the_title_a_short_title_keeps_its_place() -> None:
    report = ("2025-12-17 西屯区 西屯国小 王某某 报导点阅数:45 次校园新闻台中市西屯国民小学于12月6日洋溢在爱与幸福之中，"
              "隆重庆祝百年校庆，并举行西屯时光学堂启用典礼。")
    got = title_of("校园活动报导", "-", "「西屯时光学堂」启用,百年记忆薪火相传", report)
    assert got == "「西屯时光学堂」启用，百年记忆薪火相传"
    assert title_of("春晓", "一、总体要求", P, P) == "春晓"  # (a numbered heading under it is the text's)


def test_a_buttons_label_glued_after_the_headline_is_cut_a_headline_ending_in_a_word_of_its_own_stays() -> None:
    line = "发表时间:2017-09-04 22:51 国旗下讲话:(2017年9月4日) 铭记历史 珍惜当下 演讲者:某某 尊敬的老师，亲爱的同学们：" + P
    r = clean_text("\n".join(["铭记历史 珍惜当下 二维码", line]))
    assert (r.meta.title or "").replace(" ", "") == "铭记历史珍惜当下" and "二维码" in {x.text for x in r.removals}
    assert title_of("首页 > 新闻", "某某中学举办第十届校园科技节 分享", "发布时间：2024-03-05") == "某某中学举办第十届校园科技节"
    assert title_of("首页 > 新闻", "关于举办第十届校园科技节的通知", "发布时间：2024-03-05") == "关于举办第十届校园科技节的通知"
    r = clean_text("\n".join(["民国101年10月03日 星期三", "新 北 市 政 府 新 闻 行 程", "10:00 某某落成典礼", P, P]))
    assert "星期三" not in {x.text for x in r.removals}  # (a date's weekday is no button)


def test_a_headline_over_the_text_whose_words_a_list_item_above_repeats_is_the_title() -> None:
    got = title_of("- 代理记账公司绩效考核方案 推荐度:", "- 相关推荐", "代理记账公司绩效考核方案(通用6篇)", P)
    assert got == "代理记账公司绩效考核方案（通用6篇）"
    # a short line over the text is no title for sharing a list item's words
    assert title_of("- 代理记账公司绩效考核方案 推荐度:", "- 相关推荐", "考核方案", P) != "考核方案"
    # nor a line of fields that repeats the fields above it
    got = title_of("企业会计准则第14号收入确认", "A股代码:601390 A股简称:中国中铁 公告编号:临2022-015",
                   "H股代码:00390 H股简称:中国中铁", P)
    assert got == "企业会计准则第14号收入确认"


def test_a_headline_atop_the_text_under_a_blogs_field_line_or_over_a_facts_card_is_the_title() -> None:
    got = title_of("Categories: 未分类", "北市推九大短期纾困措施 柯文哲:E化便民为主", P)
    assert got == "北市推九大短期纾困措施柯文哲：E化便民为主"
    card = ["• 挂号科室:内科消化科", "• 传染性:无传染性", P]
    assert title_of("隐藏栏目", "溃疡性结肠炎(慢性非特异性溃疡性结肠炎,结肠炎)", *card) == "溃疡性结肠炎（慢性非特异性溃疡性结肠炎，结肠炎）"
    assert title_of("Python: 入门与实践指南", "发布时间：2024-03-05") == "Python: 入门与实践指南"  # (a title, no field)


def test_a_headline_over_the_texts_header_fields_under_a_short_first_line_is_the_title() -> None:
    fields = ("A股代码:601390 A股简称:中国中铁 公告编号:临2022-015", "H股代码:00390 H股简称:中国中铁")
    assert title_of("1. 首页", "企业会计准则第14号收入确认", *fields, P) == "企业会计准则第14号收入确认"
    assert title_of("集团新闻", "集团公司党委召开政工例会", P, P) == "集团公司党委召开政工例会"


def test_a_bilingual_banner_and_a_trail_over_the_pages_heading_are_no_title() -> None:
    got = title_of("何东中学 HOTUNG SECONDARY SCHOOL 创立于一九五三年 FOUNDED IN 1953", "校园消息 >",
                   "活动消息 (2017/2018)", "「何东人」以英语于港台节目畅所欲言", P)
    assert got == "活动消息 (2017/2018)"
    assert title_of("NBA CBA联赛对比分析报告", "发布时间：2024-03-05") == "NBA CBA联赛对比分析报告"  # (short capitals stay)


def test_a_headline_over_a_date_alone_is_the_title_an_office_over_its_documents_date_is_not() -> None:
    assert title_of("卫生署", "卫生防护中心呼吁市民提防流感", "2024年3月5日", P) == "卫生防护中心呼吁市民提防流感"
    r = clean_text("\n".join(["主页 >> 通知公告", "关于做好某项工作的通知", "北京市经济和信息化局", "2022年11月21日", P, P]))
    assert r.meta.title == "关于做好某项工作的通知" and "2022年11月21日" in r.markdown.split("---\n")[-1]


def test_an_offices_name_over_its_news_headline_is_no_title_the_headline_is() -> None:
    assert title_of("徐州市第一人民医院", "我院举办护理技能大赛", P, P) == "我院举办护理技能大赛"
    assert title_of("徐州市第一人民医院", "新闻中心", "我院举办护理技能大赛", P, P) == "我院举办护理技能大赛"
    # a title over the office's name (its byline) stays the title
    assert title_of("关于做好春节期间各项工作的通知", "徐州市第一人民医院", P, P) == "关于做好春节期间各项工作的通知"


def test_a_headline_over_its_authors_name_and_post_under_a_column_is_the_title() -> None:
    got = title_of("医生回答", "糖尿病人饮食注意事项有哪些？", "某某 主任医师 某某医院 内分泌科", P, P)
    assert got == "糖尿病人饮食注意事项有哪些？"
    assert title_of("最新消息", "本校荣获全国科展第一名", "审核单位：某某", P, P) == "本校荣获全国科展第一名"
    assert title_of("春晓", "孟浩然", P, P) == "春晓"  # (a short title over its poet stays)


def test_a_date_line_of_any_era_over_the_headline_is_no_title() -> None:
    for date in ("民国113年3月5日 星期二", "2024年3月5日（星期二）"):
        assert title_of(date, "本校举办校庆运动会", P, P) == "本校举办校庆运动会", date


def test_a_headline_over_its_stamp_wins_over_a_columns_short_name_over_a_dated_line() -> None:
    got = title_of("首页", "今日视点", "2021年10月7日 星期四", "·", "Windows11打游戏更好了？直接让CPU倒退一代", "·",
                   "售价来了！12代酷睿提前上架：性能Zen3侧目",
                   "首次采样带回 嫦娥五号为什么是中国航天史上最复杂任务？一图看懂", "2020-11-23 10:22:14  出处：快科技", P, P)
    assert got == "首次采样带回嫦娥五号为什么是中国航天史上最复杂任务？一图看懂"
    got = title_of("政府工作报告", "——2026年1月26日在某省第十四届", "人民代表大会第五次会议上", "某省省长 王某某", P)
    assert got == "政府工作报告"  # (a delivery line's second half over the byline is no headline)


def test_a_headline_over_its_subtitle_over_the_publish_fields_is_the_title_not_the_column() -> None:
    got = title_of("首页 > 教学科研 > 教研成果", "教研成果", "绍兴市2010年高考征文一等奖——得其“意”而不忘“言”",
                   "——从高考导向看高中文言文教学", "文章来源：本站原创", "作者：某某", "发布时间：2010年12月23日", P, P)
    assert got == "绍兴市2010年高考征文一等奖——得其“意”而不忘“言”"


def test_a_headline_over_a_share_bar_one_button_a_line_over_its_stamp_is_the_title() -> None:
    bar = ("+", "分享", "分享", "留言", "列印", "A-", "A+")
    got = title_of("新闻", "社会", "焦点事件", "澎湖重度残障男子 陈尸马公水仙宫旁空屋", *bar, "2018-02-28 14:31",
                   "中央社 澎湖县28日电", P, P)
    assert got == "澎湖重度残障男子陈尸马公水仙宫旁空屋"


def test_a_headline_over_its_authors_name_and_a_share_bar_over_the_stamp_is_the_title() -> None:
    got = title_of("首页", "财经", "产经", "科技", "王文：中美贸易“持久战”，中国人的斗志被激发", "王文中国人民大学重阳金融研究院执行院长",
                   "分享到：", "22 59", "2019-09-07 09:25:09 字号：A- A A+ 来源：观察者网", "【文/观察者网专栏作者 王文】", P, P)
    assert got == "王文：中美贸易“持久战”，中国人的斗志被激发"
    assert title_of("首页", "某某", "22 59", "2019-09-07 09:25:09 来源：观察者网", P, P) != "22 59"  # (counts: no title)


def test_a_headline_over_the_sites_address_over_its_stamp_is_the_title() -> None:
    got = title_of("邮箱", "通行证", "音乐频道 > 内地音乐", "爱戴掀起红盖头 庆东南劲爆音乐颁奖七周年",
                   "http://www.sina.com.cn", "2009年11月09日13:48", "新浪娱乐", P, P)
    assert got == "爱戴掀起红盖头庆东南劲爆音乐颁奖七周年"


def test_a_numbered_point_or_a_salutation_atop_the_text_is_no_title() -> None:
    got = title_of("演讲稿的标准格式", "1.顶格写称谓语(如:亲爱的老师)", "3.正文", "演讲稿的总体特征:", "1、内容上的现实性", P, P)
    assert got != "1、内容上的现实性"
    got = title_of("当前位置:文秘家园>> 文秘范文>> 交流发言", "交流发言", "尊敬的书记、尊敬的县长、各位领导，大家晚上好！", P, P)
    assert got is None or not got.startswith("尊敬的")
    assert title_of("5.12汶川地震十周年纪念活动", "发布时间：2018-05-12", P) == "5.12汶川地震十周年纪念活动"


def test_a_periodicals_issue_line_or_a_slash_path_over_the_headline_is_no_title() -> None:
    head = "我院获颁“卫生好新闻评比”两奖项和网站“进步显著奖”"
    assert title_of("2014年11月 第11期", head, P, P) == head
    assert title_of("学校 / 推广活动", "第十四届校际历史文化专题研习比赛颁奖典礼", P, P) == "第十四届校际历史文化专题研习比赛颁奖典礼"
    assert title_of("专业团队.校长的话", "循循善诱勉励 孜孜不倦传薪", "亲爱的家长:", P, P) == "循循善诱勉励孜孜不倦传薪"
    assert title_of("5.12汶川地震十周年纪念活动", "专业团队", P, P) == "5.12汶川地震十周年纪念活动"  # (a date's dot)
    # (an issue's item keeps its own number; a book's credit with its slash is no path)
    assert title_of("2014年第11期工作要点", "发布时间：2014-11-18", P, P) == "2014年第11期工作要点"
    assert title_of("三国演义 / 罗贯中 著", P, P) != "罗贯中 著"


def test_a_share_label_glued_to_the_headline_comes_off_it() -> None:
    assert title_of("首页 -> 电讯", "香港第10间社区客厅开幕 全年将新开6间分享到:", P, P) == "香港第10间社区客厅开幕全年将新开6间"
    # (a label alone, or a short line with it, is no headline)
    assert title_of("首页 -> 电讯", "电讯分享到:", P, P) is None


def test_an_official_documents_number_before_its_title_in_book_brackets_is_cut() -> None:
    name = "北京市人民政府办公厅关于印发〈北京市2016年政务公开工作要点〉的通知"
    got = clean_text("\n".join([f"京政办发〔2016〕26号《{name}》", f"《{name}》", "京政办发〔2016〕26号", P, P]))
    assert got.meta.title == name
    assert any(r.rule == "title.doc-number" and r.text == "京政办发〔2016〕26号" for r in got.removals)
    # (a title naming a document in 《》 after its own words keeps them all)
    assert title_of("关于学习《中国共产党纪律处分条例》的通知", "发布时间：2024-01-18", P, P) == "关于学习《中国共产党纪律处分条例》的通知"


def test_a_collections_count_of_pieces_in_brackets_stays_a_column_in_brackets_goes() -> None:
    got = title_of("当前位置:首页 > 心得体会", "2021年世界读书日心得体会怎么写【十篇】", "发布时间:2021-04-29 00:45:01 查看人数:109", P, P)
    assert got == "2021年世界读书日心得体会怎么写【十篇】"
    got = title_of("在全市人大常委会办公室主任学习会上的讲话稿【精品范文】", "发布时间:2021-04-29 00:45:01", P, P)
    assert got == "在全市人大常委会办公室主任学习会上的讲话稿"


def test_the_title_under_a_records_cut_label_gives_way_to_its_clean_copy_a_speakers_title_does_not() -> None:
    got = title_of("首页 > 政府会议", "号: 003087762/202401-00007 信息分类: 专题会议", "称: 杜集区召开政府网站工作推进会",
                   "号: 词:", "杜集区召开政府网站工作推进会", "来源:杜集区人民政府 发布时间:2024-01-24 18:25", P, P)
    assert got == "杜集区召开政府网站工作推进会"
    got = title_of("王文：中美贸易“持久战”中国人的斗志被激发", "首页", "财经", "中美贸易“持久战”中国人的斗志被激发",
                   "2019-09-07 09:25:09 来源：观察者网", P, P)
    assert got == "王文：中美贸易“持久战”中国人的斗志被激发"


def test_a_series_name_before_a_bar_comes_off_the_headline_unless_both_copies_show_it() -> None:
    got = title_of("微课堂| 关于入党申请书，这些事项请注意！", "发布时间:2022-11-04 浏览次数:1978", P, P)
    assert got == "关于入党申请书，这些事项请注意！"
    got = title_of("重磅 | 微信订阅号全新改版上线！", "重磅 | 微信订阅号全新改版上线！", "微信派", P, P)
    assert got == "重磅 | 微信订阅号全新改版上线！"
    # (a banner's slogan is no headline after a kicker: no longer than twice the name)
    assert bar_kicker("笔杆子范文网 | 机关写作一站式素材库") is None
    assert bar_kicker("新华社权威快报|全国三级公立中医医院实现儿科全覆盖") == ("全国三级公立中医医院实现儿科全覆盖", "新华社权威快报|")


def test_a_platforms_type_tag_and_a_pictures_note_come_off_the_headline_unless_both_copies_show_them() -> None:
    assert title_of("[临时公告]西默电气：拟修订《公司章程》公告", "发布时间：2025-03-01", P, P) == "西默电气：拟修订《公司章程》公告"
    assert title_of("【走基层】初一：我的第一次外采写真（多图）", "08.02.2016 22:15", P, P) == "初一：我的第一次外采写真"
    got = title_of("阿里郎全新力作《兰花指》单曲成红歌(图)_影音娱乐_新浪网", "音乐频道 > 内地音乐 > 正文",
                   "阿里郎全新力作《兰花指》单曲成红歌(图)", "2009年11月09日13:56", P, P)
    assert got == "阿里郎全新力作《兰花指》单曲成红歌（图）"
    # (after a board's type set apart, the subject is as its poster typed it)
    assert column_tag("[Web逆向] [新人试投]某云音乐前端播放器逆向") is None
    assert column_tag("[年报]豪美新材(002988):2023年年度报告摘要") == ("豪美新材(002988):2023年年度报告摘要", "[年报]")


def test_a_hijacked_pages_keyword_line_on_top_is_no_title_a_title_of_parallel_phrases_is() -> None:
    spam = "天天做夜夜做,久久亚洲私人国产精品va,一本大道香蕉视频在线观看,亚洲自拍另类,夜夜草专业av导航,久久99中文字幕"
    r = clean_text("\n".join([spam, "", "首页 新闻中心 本地新闻 评论", "", "墨痕深处的城市心跳", "", "2025-11-24 06:56", "", P, P]))
    assert r.meta.title == "墨痕深处的城市心跳"
    assert any(x.rule == "spam.keyword-line" for x in r.removals) and "夜夜" not in r.markdown
    assert title_of("对标先进找差距，凝心聚力抓落实，砥砺奋进谱新篇，推动高质量发展", P, P) \
        == "对标先进找差距，凝心聚力抓落实，砥砺奋进谱新篇，推动高质量发展"


def test_a_headline_over_an_events_days_is_the_title_a_short_column_over_them_is_not() -> None:
    got = title_of("Special announcement for inclement weather", "10 July 2025", "2022年5月30日至6月2日- 2021-2022年度阅读周",
                   "2022年05月30日-06月02日", "学术活动", P, P)
    assert got == "2022年5月30日至6月2日- 2021-2022年度阅读周"
    assert title_of("Special announcement", "学术活动", "2022年05月30日-06月02日", P, P) != "学术活动"


def test_a_sites_banner_with_its_slogan_after_a_comma_is_a_suffix_and_no_title() -> None:
    got = title_of("在全市重点工作重大项目调研座谈会上的讲话 - 万卷文库，自由的图书馆", "跳到导航 跳到搜索", "万卷文库，自由的图书馆",
                   "作者：XX县人民政府 2014年2月1日", "同志们：", P, P)
    assert got == "在全市重点工作重大项目调研座谈会上的讲话"
    # (a title with a comma of its own is no banner: its first words name no site)
    assert title_of("不忘初心，牢记使命", "发布时间：2024-01-18", P, P) == "不忘初心，牢记使命"
    assert not site_slogan("不忘初心，牢记使命", load_rules().web) and site_slogan("万卷文库，自由的图书馆", load_rules().web)


def test_a_title_wrapped_apart_on_both_copies_is_one_title_a_menus_pair_repeated_is_not() -> None:
    got = title_of("在全县优化营商环", "境工作会议上的讲话稿", "在全县优化营", "商环境工作会议上的讲话稿", "同志们：", P, P)
    assert got == "在全县优化营商环境工作会议上的讲话稿"
    menu = make_groups([Block(Kind.LINE, t) for t in ("学校新闻动态", "党建工作园地", "首页", "学校新闻动态", "党建工作园地")],
                       load_rules().web)
    assert wrapped_twice(menu, [0, 1, 2, 3, 4], 0) is None


def test_a_titles_first_half_alone_is_no_copy_when_it_and_the_next_line_are_the_title_line() -> None:
    title = "2021年在全市市县人大常委会办公室主任学习会讲话稿和在全县优化营商环境工作会议讲话稿合编"
    got = title_of(f"{title}-江南人大网", "首页 > 代表风采", title[:37], title[37:],
                   "发布时间：2023-08-13 来源：江淮日报", "在全市市县人大常委会办公室主任学习会上的讲话稿", "同志们：", P, P)
    assert got == title


def test_a_title_wrapped_between_a_year_and_its_unit_is_joined() -> None:
    got = title_of("某某特区政府新闻公报", "在县政府2024", "年第一次全体会议上的讲话", "同志们：", P, P)
    assert got == "在县政府2024年第一次全体会议上的讲话"
    assert title_of("某某特区政府新闻公报", "某某活动2024", "在县政府全体会议上的讲话", "同志们：", P, P) \
        == "在县政府全体会议上的讲话"  # (no unit broken off: two lines)


def test_a_tabs_title_label_set_off_by_bullets_comes_off_the_title_a_theme_in_the_title_stays() -> None:
    got = title_of("• 会议题目 • 于晓东主持召开区政府第4次常务会议", "• 会议内容", "• 提纲速读", P, P)
    assert got == "于晓东主持召开区政府第4次常务会议"
    assert title_of("我的主题·我的青春故事分享会", "发布时间：2024-01-18", P, P) == "我的主题·我的青春故事分享会"


def test_a_collections_piece_heading_or_a_bar_of_fields_is_no_title_a_title_with_one_colon_is() -> None:
    """A page whose own title went (a stored excerpt) starts at its first piece or its fields:
    it gets no title rather than a wrong one."""
    from docclean.page.titlelike import title_like
    from docclean.rules import load_rules
    web = load_rules().web
    assert not title_like("读工匠精神的心得体会篇1", web) and not title_like("县长庆祝教师节讲话稿 第3篇", web)
    assert not title_like("来源：山东政报 | 被引量：0次 | 上传用户：某某", web)
    assert title_like("李强：加快建设现代化产业体系", web) and title_like("心得体会范文（精选10篇）", web)
    out = clean_text("\n".join(("读工匠精神的心得体会篇1", "重拾工匠精神，对教师教育的启示有四。", "一是尊重教育经验。"))).markdown
    assert "# 读工匠精神的心得体会篇1" not in out and "读工匠精神的心得体会篇1" in out
