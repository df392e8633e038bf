"""Below the text and above the title (`page/edges.py`): what goes, and what of the document stays."""

from __future__ import annotations

from docclean import clean_text

P = ("过去一年，面对复杂严峻的形势，全市上下坚持稳中求进工作总基调，经济运行总体平稳、稳中有进，"
     "主要指标好于预期，民生福祉持续增进，社会大局和谐稳定，各项事业取得新的进展。")


def body(*lines: str) -> str:
    return clean_text("\n".join(lines)).markdown.split("---\n")[-1]






def test_a_menu_rendered_one_item_per_line_goes_above_the_title_only() -> None:
    out = body("某某网", "首页", "要闻动态", "信息公开", "政务服务", "政民互动", "关于做好某项工作的通知",
               "发布时间：2024-01-18 10:00", P, P)
    assert "要闻动态" not in out and "政民互动" not in out and out.startswith("# 关于做好某项工作的通知")
    inside = body("关于做好某项工作的通知", P, "信息公开", "政务服务", "政民互动", "数据发布", P)
    assert "信息公开" in inside and "数据发布" in inside
    # a stored excerpt that begins inside a poem: its short lines speak like verse, no menu's nouns
    verse = body("清晨落下的第一片叶子", "一定和你的远方有关", "你在河边洗衣", "在一棵老树下站了片刻", "也和她有关",
                 "你在黄昏里", "坐在门槛上不说话", "也是与她有关", "你不要不承认", "那山风吹过， 那流水奔跑", "像一群蜜蜂",
                 "《从明天起，做一个安静的人》", "从明天起，做一个安静的人", "读书，种菜，走遍山川",
                 "从明天起，关心天气和庄稼", "我有一间小屋，背靠青山，门前流水")
    assert "你在黄昏里" in verse and "你不要不承认" in verse


def test_short_lines_of_a_text_ending_in_ascii_periods_are_no_footer() -> None:
    # a blog post typed with `.` and written in short lines, after a separator and a link
    out = body("某某的部落格", P, "========================", "http://example.com/album/1",
               "夜深. 活动完了. 是男生们分赃的时候.", "就是分头送女生们回家的时候.", "男生肩起送女生回家的任务.")
    assert "活动完了" in out and "回家的任务" in out


def test_a_column_the_title_suffix_names_goes_from_above_the_title() -> None:
    out = body("全区超额完成市考指标任务动员会发言稿_湃流号·时事_湃流新闻", "湃流新闻 首页 要闻 深度 视频", "时事",
               "全区超额完成市考指标任务动员会发言稿", "2021-07-23 10:34 来源：湃流新闻", P, "时事", P)
    assert "时事\n\n" not in out.split(P)[0] and out.count("时事") == 1  # the one inside the text stays


def test_the_office_or_place_after_the_stamp_is_metadata_a_heading_there_stays() -> None:
    r = clean_text("\n".join(["在全县优化营商环境工作会议上的讲话稿", "2026年09月23日 13时18分", "新闻局", P, P]))
    assert "新闻局" not in r.markdown.split("---\n")[-1] and r.meta.extra.get("publisher") == "新闻局"
    r = clean_text("\n".join(["在全县优化营商环境工作会议上的讲话稿", "2026年09月23日 13时18分", "前言", P, P]))
    assert "前言" in r.markdown


def test_a_keyword_list_one_item_a_line_goes_with_its_label() -> None:
    out = body("在全县优化营商环境工作会议上的讲话稿 - 知源学术总库", "知源学术总库", "在全县优化营商环境工作会议上的讲话稿",
               "关键词：", "政府治理；", "基层治理；", "高质量发展；", P, P)
    assert "治理" not in out and "关键词" not in out


def test_counts_outside_the_text_go_numbers_inside_it_stay() -> None:
    q = "今年是全面贯彻落实党的二十大精神的关键之年，做好今年工作意义重大，我们要坚定信心、迎难而上。"
    out = body("首页 | 新闻 | 评论", "关于进一步加强安全生产工作的实施意见", "2024-03-05 来源：安徽日报", "0", P, "2024", q, "0/12")
    assert "\n0\n" not in f"\n{out}\n" and "0/12" not in out and "\n2024\n" in f"\n{out}\n"


def test_a_short_column_name_right_above_the_title_goes_a_longer_first_half_stays() -> None:
    out = body("新浪博客", "博文", "关于进一步加强安全生产工作的实施意见", "(2024-03-05 09:12:33)", P, P)
    assert "博文" not in out
    out = body("新浪博客", "关于进一步加强安全", "生产工作的实施意见", "(2024-03-05 09:12:33)", P, P)
    assert "安全" in out


def test_a_place_after_an_authors_badge_is_metadata() -> None:
    out = body("在全县优化营商环境工作会议上的讲话稿", "黄志强", "职场领域创作者", "广东", "同志们：", P, P)
    assert "广东" not in out and "同志们" in out


def test_a_page_counted_link_list_with_a_subtitle_goes_a_closing_line_with_a_colon_stays() -> None:
    out = body("关于进一步加强安全生产工作的实施意见", P, P, "相关文档", "关于进一步做好稳就业工作的实施意见 29页",
               "在全县秋冬季森林防火工作会议上的讲话 28页", "党课讲稿：坚定理想信念 勇担时代使命 6页", "客服热线：0320-3392501")
    assert "29页" not in out and "党课讲稿" not in out
    out = body("关于进一步加强安全生产工作的实施意见", P, P, "联系人：王某某", "联系电话：0320-3392501")
    assert "王某某" in out


def test_a_shared_by_line_goes_however_long_the_titles_it_quotes() -> None:
    t = "2021年在全市人大常委会办公室主任学习会讲话稿和在全县优化营商环境工作会议讲话稿合编"
    out = body(t, P, P, f"《{t}》由会员罗建华分享，可在线阅读，更多相关《{t}》请在文档库搜索。")
    assert "会员" not in out


def test_fragments_of_a_crumb_a_credit_and_a_copyright_are_judged_whole() -> None:
    out = body("当前位置", "：", "网站首页", ">>", "海川要闻", "关于进一步加强安全生产工作的实施意见",
               "发布时间：2024-03-05", P, "二、在责任落实上再加压、再加力", "▲", "江淮日报记者", "胡晓东", "摄影", P,
               "海川省人民政府办公厅", "版权所有")
    for gone in ("当前位置", "海川要闻", "▲", "胡晓东", "摄影", "办公厅", "版权所有"):
        assert gone not in out, gone
    assert "二、在责任落实上再加压、再加力" in out


def test_a_heading_before_a_broken_credit_stays() -> None:
    out = body("关于进一步加强安全生产工作的实施意见", "发布时间：2024-03-05", P, "二、在责任落实上再加压、再加力",
               "新闻通讯网记者", "张立群", "摄", P)
    assert "二、在责任落实上再加压、再加力" in out and "张立群" not in out




def test_a_dated_bar_under_the_title_is_the_publish_line_a_closing_date_is_not() -> None:
    r = clean_text("\n".join(["关于进一步加强安全生产工作的实施意见", "2014年02月04日 作者 胡晓东 分类 写作 75 条评论", P, P,
                              "某某市人民政府办公室", "2024年3月5日"]))
    assert r.meta.date == "2014-02-04" and "胡晓东" not in r.markdown.split("---\n")[-1]
    assert "2024年3月5日" in r.markdown
    r = clean_text("\n".join(["2026年11月2日 星期一 设为首页", "关于进一步加强安全生产工作的实施意见", "发布时间：2024-03-17", P]))
    assert r.meta.date == "2024-03-17"


def test_a_books_credit_above_a_chapter_is_metadata() -> None:
    out = body("云起书院 男生 女生 出版 排行", "基层笔记 / 王明远 著", "第一章 在县政府全体会议上的讲话", P, P)
    assert "王明远" not in out and "第一章" in out


def test_a_notices_time_place_and_contacts_before_its_closing_stay() -> None:
    out = body("关于召开全市安全生产工作会议的通知", "各县（区）人民政府，市直各单位：", P, P, "一、会议时间",
               "时间：2024年3月5日上午9:00", "地点：市政府三楼会议室", "二、参会人员", "各县区分管负责同志。",
               "联系人：张三 电话：0871-1234567", "某某市人民政府办公室", "2024年3月1日", "版权所有：某某市人民政府 ICP备123号")
    for kept in ("时间：2024年3月5日上午9:00", "地点：市政府三楼会议室", "联系人：张三", "2024年3月1日"):
        assert kept in out, kept
    assert "版权所有" not in out


def test_a_photo_credit_starts_no_footer_and_a_this_document_line_stays() -> None:
    out = body("关于进一步加强安全生产工作的实施意见", "发布时间：2024-03-05", P, P, "国务院办公厅",
               "（图片来源：视觉中国）", "2018年12月11日", "（此件公开发布）", "联系人：邹思媛", "（责任编辑：杨建国）", "相关新闻")
    for kept in ("2018年12月11日", "（此件公开发布）", "联系人：邹思媛"):
        assert kept in out, kept
    assert "视觉中国" not in out and "杨建国" not in out


def test_a_short_crumb_goes_above_the_title_a_comparison_in_the_text_stays() -> None:
    out = body("发布会 > 省政府新闻发布会", "关于进一步加强安全生产工作的实施意见", "发布时间：2024-03-05", P, "收入 > 支出", P)
    assert "发布会" not in out and "收入 > 支出" in out


def test_a_press_releases_stamp_after_its_end_mark_is_the_date() -> None:
    r = clean_text("\n".join(["某某特区政府新闻公报", "全区超额完成市考指标任务动员会发言稿", P, P, "完", "2016年8月18日（星期四）",
                              "香港时间17时20分", "列印本页"]))
    assert r.meta.date == "2016-08-18" and "17时20分" not in r.markdown




def test_a_court_notices_own_fields_stay_inside_the_text() -> None:
    out = body("开庭公告", "发布时间：2024-03-05", P, "案号：（2024）京01民初123号　案由：合同纠纷", P, P)
    assert "案由：合同纠纷" in out
    out = body("关于进一步加强安全生产工作的实施意见", "发布时间：2024-03-05", P, "阅读：5855　评论：12", P, P)
    assert "5855" not in out








def test_a_credit_that_opens_its_own_bracket_goes_the_paragraph_above_it_stays() -> None:
    last = "同志们，让我们更加紧密地团结起来，真抓实干，奋力谱写高质量发展新篇章！"
    out = body("某某讲话", "发布时间：2024-03-05", P, "（徐春梅", "摄）", last)
    assert "徐春梅" not in out and "主要指标好于预期" in out and last in out


def test_an_unknown_label_between_the_pages_fields_is_one_of_them() -> None:
    out = body("某某讲话", "撰稿：徐春梅", "科室：党委办公室", "审核：吴俊杰", "发布时间：2019-05-05", P, P)
    assert "党委办公室" not in out
    kept = body("关于召开全市安全生产工作会议的通知", "发布时间：2019-05-05", P, "时间：3月5日上午", "地点：市政府三楼", P)
    assert "时间：3月5日上午" in kept and "地点：市政府三楼" in kept


def test_an_encyclopedias_contents_box_goes_a_documents_own_contents_stay() -> None:
    out = body("某某词条_某某百科", "编辑", "讨论", "某某词条", "目录", "1", "正文", "2", "参考资料", P, P)
    assert "参考资料" not in out and "正文" not in out
    own = body("某某工作报告", "发布时间：2024-03-05", "目录", "一、总体要求", "二、主要任务", P, P)
    assert "一、总体要求" in own and "二、主要任务" in own


def test_the_body_stops_at_a_line_of_buttons_below_it_unless_a_paragraph_follows() -> None:
    out = body("关于开展反诈宣传的通告", "发布时间：2024-03-05", P, P, "江州市公安局", "2024年3月5日",
               "【打印此页】 【返回列表】", "反诈提醒：不听、不信、不转账，陌生来电多核实", "主办：江州市公安局 网站标识码：3302230")
    assert "反诈提醒" not in out and "2024年3月5日" in out
    last = "同志们，让我们更加紧密地团结起来，真抓实干，奋力谱写高质量发展新篇章，以优异成绩迎接新的一年！" * 2
    kept = body("关于开展反诈宣传的通告", "发布时间：2024-03-05", P, "【打印此页】 【返回列表】", "反诈提醒：陌生来电多核实", last)
    assert "反诈提醒" in kept and last in kept


def test_five_short_names_in_a_row_above_the_title_are_a_menu_a_kicker_stays() -> None:
    out = body("某某党建", "微党课 专题学习 党史天地 先锋榜样 我的积分", "关于进一步加强安全生产工作的实施意见",
               "发布时间：2024-03-05", P, P)
    assert "党史天地" not in out
    kicker = body("凝心聚力抓落实 真抓实干开新局", "关于进一步加强安全生产工作的实施意见", "发布时间：2024-03-05", P, P)
    assert "真抓实干开新局" in kicker


def test_the_pages_fields_above_a_citation_line_keep_the_body_from_reaching_up() -> None:
    out = body("某某讲话稿", "关键词：政府治理；基层治理", "中图分类号：D630 文献标志码：A 文章编号：1009-1105",
               "引用本文：罗建华，刘海涛．某某讲话稿[J]．基层治理研究，2024（3）：1-9．", "DOI：10.260/j.issn.1009-1105.2024.03",
               "出版日期：2024-05-02", P, P)
    for gone in ("中图分类号", "引用本文", "DOI", "关键词"):
        assert gone not in out, gone
    out = body("某某讲话稿", "罗建华，刘海涛．某某讲话稿[J]．基层治理研究，2024（3）：1-9．", "DOI：10.260/j.issn.1009-1105.2024.03",
               "浏览次数：45700", P, P)  # prose over the page's fields: the body does not reach up to it through them
    assert "DOI" not in out and "45700" not in out
    summary = "摘要：本文从基层治理的实践出发，分析了当前营商环境建设中存在的突出问题，并提出了对策建议。"
    kept = body("某某讲话稿", summary, "关键词：政府治理；基层治理", P, P)
    assert summary in kept


def test_authors_over_their_affiliation_go_with_it_a_speakers_line_stays() -> None:
    out = body("某某讲话稿", "罗建华 刘海涛", "（中共江城市委党校，江城 430000）", "关键词：政府治理；基层治理", P, P)
    assert "罗建华" not in out and "党校" not in out
    kept = body("某某讲话稿", "省长 王某某", "（2024年3月5日）", P, P)
    assert "王某某" in kept




def test_a_salutation_over_a_bracketed_credit_stays_the_credit_goes() -> None:
    out = body("某某讲话", "审核：胡晓东", "同志们：", "（高振宇", "摄）", P)
    assert "同志们：" in out and "高振宇" not in out


def test_a_footer_link_named_like_an_office_does_not_stretch_the_text_to_it() -> None:
    out = body("某某讲话", "发布时间：2024-03-05", P, "原标题：某某讲话", "编辑：陈思雨", "更多新闻", "长河网简介", "联系我们",
               "举报中心", "Copyright © 2010-2025 changhe.news")
    assert "原标题" not in out and "长河网简介" not in out
    kept = body("关于做好某项工作的通知", P, "某某县疾病预防控制中心", "2024年3月5日")
    assert "疾病预防控制中心" in kept


def test_a_sites_line_between_the_signing_office_and_its_date_goes_alone() -> None:
    out = body("关于进一步加强安全生产工作的实施意见", "发布时间：2024-03-05", P, "国务院办公厅", "【此帖已被版主加为精华】",
               "2018年12月11日", "（此件公开发布）", "版权所有：某某论坛")
    assert "2018年12月11日" in out and "（此件公开发布）" in out and "精华" not in out and "版权所有" not in out


def test_a_sites_name_in_both_scripts_over_the_title_goes_a_kicker_stays() -> None:
    out = body("某某研究报告_南湖发展研究院", "南湖发展研究院 Nanhu Institute for Development Studies", "首页 研究成果 专家观点",
               "某某研究报告", "发布时间：2026-09-17", P, P)
    assert "Nanhu Institute" not in out and "南湖发展研究院" not in out
    kicker = body("某某研究报告_南湖发展研究院", "首页 研究成果 专家观点", "——写在改革开放四十周年之际", "某某研究报告",
                  "发布时间：2026-09-17", P, P)
    assert "写在改革开放四十周年之际" in kicker




def test_a_subtitle_under_the_title_is_no_author_block() -> None:
    out = body("某某征文一等奖——得其意而不忘言--教研成果-某某中学", "首页 > 教研成果", "某某征文一等奖——得其意而不忘言",
               "——从高考导向看高中文言文教学", "作者：傅雅飞", "发布时间：2010年12月23日", P, P)
    assert "——从高考导向看高中文言文教学" in out


def test_the_title_is_found_under_a_menu_of_a_hundred_lines() -> None:
    menu = [f"栏目{i}" for i in range(100)]
    r = clean_text("\n".join(["关于做好春节期间工作的通知_通知公告_某某中学", *menu, "关于做好春节期间工作的通知",
                              "发布时间：2024-01-18", P, P]))
    assert r.meta.title == "关于做好春节期间工作的通知"


def test_a_comment_thread_known_by_its_posts_buttons_goes_a_text_quoting_support_stays() -> None:
    out = body("某某新闻", P, P, P, P, P, P, "热门评论", "原文：某某豪言王者归来！", "serica", "如果十二代出来后性能更高，价格更便宜就好了！",
               "支持[383] 反对[12]", "网友甲", "这篇文章说得很有道理，值得大家认真看一看。", "支持[98] 反对[3]")
    assert "serica" not in out and "值得大家认真看一看" not in out
    kept = body("某某讲话", P, "全县各级要大力支持（3）个重点项目建设。", P, P)
    assert "重点项目建设" in kept


def test_a_bulleted_tickers_last_item_right_over_the_title_goes_a_titles_first_half_stays() -> None:
    ticker = ["今日视点", "·", "打破“卡脖子”！某大学实现晶圆制造的突破", "·", "国庆返程后怎么办？多地紧急提醒", "·",
              "售价来了！新一代处理器提前上架"]
    out = clean_text("\n".join(["某某网 首页 > 资讯中心 > 科学动态", *ticker, "嫦娥五号为什么是最复杂任务？一图看懂",
                                "2020-11-23 10:22:14  出处：某某科技 作者：张三", P, P])).markdown
    assert "售价来了" not in out and "多地紧急提醒" not in out
    assert "一图看懂" in out
    # no bullet over it: the line right over the title may be its first half, and stays
    kept = clean_text("\n".join(["某某网 首页 > 资讯中心 > 科学动态", "今日视点", "·", "国庆返程后怎么办？多地紧急提醒",
                                 "更多>>", "首次采样带回！", "嫦娥五号为什么是最复杂任务？一图看懂",
                                 "2020-11-23 10:22:14  出处：某某科技 作者：张三", P, P])).markdown
    assert "首次采样带回" in kept


def test_a_related_header_alone_on_its_line_ends_the_text_a_texts_related_heading_stays() -> None:
    teaser = "4月20日，某省首次发布有关知识产权发展与保护状况白皮书。记者获悉，去年全省判赔数额同比增幅超过六成，创历史新高。"
    out = body("某某新闻", P, P, "采写：某某报记者 张三", "相关文章", "某省知识产权个案赔偿数额最高达到4000余万元,",
               teaser, "2019年11月03日", "某市地铁3号线启动安全保护区界线测设工作,", teaser, "2019年11月03日",
               "最近发表", "Copyright © 2019 某某网")
    assert "相关文章" not in out
    kept = body("关于做好某项工作的通知", P, "相关要求", P, "相关规定", P)
    assert "相关要求" in kept and "相关规定" in kept






def test_a_counted_comment_header_of_any_wording_and_its_floored_posts_go() -> None:
    out = body("关于做好某项工作的通知", P, P, "车友评论（160）", "车友张立群 9楼", "写得在理，希望各地都能出台这样的措施。",
               "车友李四 3楼", "支持，期待落地。", "Copyright © 2019 某某网")
    assert "车友评论" not in out and "写得在理" not in out and "期待落地" not in out
    # a text's own counted heading with no post under it stays
    kept = body("关于做好某项工作的通知", P, P, "各方评论（3）", P, "以上意见供参考。")
    assert "各方评论" in kept
    # one floor and a post's time with its buttons (`4天前 回复 赞`) are two posts' marks
    timed = body("关于做好某项工作的通知", P, P, "车友评论（175）", "车友何继平 4楼", "写得在理，希望各地都能出台这样的措施。",
                 "4天前 回复 赞", "Copyright © 2019 某某网")
    assert "车友评论" not in timed and "写得在理" not in timed
    dated = body("关于做好某项工作的通知", P, P, "群众评论（2）", "4天前，他回复了群众的来信。", P)
    assert "他回复了群众的来信" in dated


def test_a_line_of_replacement_characters_only_goes_a_line_with_words_and_one_stays() -> None:
    out = body("关于做好某项工作的通知", P, "\ufffd\ufffd\ufffd\ufffd", P, "某某\ufffd工作要抓紧落实，不得拖延。", P)
    assert "\ufffd\ufffd" not in out and "某某\ufffd工作要抓紧落实" in out


def test_a_keyword_label_alone_under_the_text_goes_with_its_tags() -> None:
    out = body("关于做好某项工作的通知", P, P, "关键字：", "口角", "新店", "坠楼", "Copyright © 2019 某某网")
    assert "关键字" not in out and "坠楼" not in out




def test_a_hot_comments_header_with_its_count_and_posts_with_relative_times_and_votes_go() -> None:
    from docclean.model import Block, Kind
    from docclean.page.edges import comments
    from docclean.page.lines import Group
    from docclean.rules import load_rules

    web = load_rules().web
    assert web is not None
    lines = [P, P, P, P, P, P, P, P, "热门评论 7条", "改个名字好难", "标题说得好，我们走着瞧！", "13小时前", "回复 踩0 赞104 收藏", "卡瓦石",
             "美国的如此行为，激励了中国的应战派！", "13小时前", "回复 踩0 赞83 收藏"]
    groups = [Group([Block(Kind.LINE, t)]) for t in lines]
    groups[8].mark("web.ui")  # (a header the foot's walk already took for its UI words)
    comments(groups, web)
    assert all(g.rule == "web.comments" for g in groups[9:]) and groups[0].rule is None
    kept = body("关于做好某项工作的通知", P, P, "群众评论", "大家普遍认为，这项工作抓得实、见效快。", P)
    assert "大家普遍认为" in kept


def test_the_texts_first_date_rendered_a_node_a_line_stays_with_it_a_bare_count_over_the_text_goes() -> None:
    out = body("某某学校新闻", "发布时间：2018年10月12日", "9", "月", "23",
               "日，来自德国某某高级文理中学的师生对我校进行了为期一周的友好访问，实地感受古城绍兴的魅力。", P, P)
    assert "9\n\n月\n\n23\n\n日，来自" in out  # (kept, each piece where it stood)
    counted = body("某某学校新闻", "发布时间：2018年10月12日", "点击数：", "23", "来自德国某某高级文理中学的师生对我校进行了友好访问。", P, P)
    assert "\n23\n" not in counted


def test_an_end_mark_under_the_text_goes_a_sentence_about_the_end_stays() -> None:
    out = body("关于做好某项工作的通知", P, P, "- THE END -", "转载请注明出处：某某网", "Copyright © 2019 某某网")
    assert "THE END" not in out and P in out
    kept = body("关于做好某项工作的通知", P, "The end of the year is near, 年底将至。", P)
    assert "The end of the year" in kept


def test_a_comment_button_in_the_toolbar_over_the_text_is_no_thread_a_thread_under_it_still_goes() -> None:
    from docclean.model import Block, Kind
    from docclean.page.edges import comments
    from docclean.page.lines import Group
    from docclean.rules import load_rules

    web = load_rules().web
    assert web is not None
    # a page cut short: its toolbar (`分享` / `留言` / `列印`) and stamp stand in the page's last part
    lines = ["某某新闻网", "焦点事件", "社会万象", "某某男子陈尸空屋", "分享", "留言", "列印", "2018-02-28 14:31", P,
             "马公启明派出所长表示，今天上午10时30分接获民众报案。", P]
    groups = [Group([Block(Kind.LINE, t)]) for t in lines]
    comments(groups, web)
    assert all(g.rule is None for g in groups)
    thread = body("关于做好某项工作的通知", P, P, "网友评论", "张三 2024-03-05 10:21", "写得好", "李四 2024-03-05 11:02",
                  "支持一下", "Copyright © 2019 某某网")
    assert "写得好" not in thread and "支持一下" not in thread


def test_a_document_number_over_the_title_is_no_sites_name() -> None:
    """`号` ends a WeChat account's name (`某某公众号`) and a document's number alike."""
    out = body("某府发〔2017〕92号", "某市人民政府关于加强政务诚信建设的通知", "各区人民政府，市政府各委、办、局：", P, P)
    assert "某府发〔2017〕92号" in out
    out = body("某某发布公众号", "某市人民政府关于加强政务诚信建设的通知", "发布时间：2026-09-17", P, P)
    assert "某某发布公众号" not in out


def test_a_disclosure_boxs_lines_with_cut_labels_go_with_its_fields_a_speakers_headline_stays() -> None:
    out = body("首页 > 区政府办公室 > 政府会议", "号: 003087762/202401-00007 信息分类: 专题会议", "内容分类: 发布日期: 2024-01-24",
               "发布机构: 某区人民政府办公室 生成日期: 2024-01-24", "称: 某区召开政府网站工作推进会", "号: 词:",
               "某区召开政府网站工作推进会", "来源:某区人民政府 发布时间:2024-01-24 18:25", P, P)
    assert "003087762" not in out and "称：" not in out and "号：词" not in out
    assert out.startswith("# 某区召开政府网站工作推进会")
    out = body("首页 > 要闻", "李强：加快建设现代化产业体系", "来源：新华社 发布时间：2024-01-24", "编辑：张三", P, P)
    assert "李强：加快建设现代化产业体系" in out


def test_a_sites_name_two_lines_over_a_repeated_title_goes_a_pieces_heading_stays() -> None:
    """No furniture over the title: the line right above it may be its first half and stays; a
    short line further up is the site's header. A collection's piece heading holds the title's
    first words and stays, whatever stands between."""
    out = body("某某医院工作动态", "北京某某医院", "工作动态", "某某医院好新闻一等奖连续七年花落我院", "发布时间：2017-12-21",
               P, P, "某某医院好新闻一等奖连续七年花落我院")
    assert "北京某某医院" not in out and out.count("连续七年花落我院") >= 1
    out = body("县长庆祝教师节讲话稿（精选18篇）", "来源：某某范文帮 1.91W", "县长庆祝教师节讲话稿 篇1", "各位老师、同学们：",
               "县长庆祝教师节讲话稿（精选18篇）", P, P)
    assert "县长庆祝教师节讲话稿篇1" in out


def test_a_label_right_above_a_repeated_title_goes_a_kicker_there_stays() -> None:
    """The line right above the title may be its first half; a short label that no copy of the
    title on the page holds is not. A kicker (`稳字当头 进中求好`) is longer, and stays."""
    title = "某县住房和城乡建设局2018年度整体支出绩效评价报告"
    out = body("当前位置：首页 > 公开领域", title, "详细信息", "公开具体内容", title, P, P)
    assert "公开具体内容" not in out
    out = body("当前位置：首页 > 要闻", title, "来源：某县融媒体中心", "稳字当头 进中求好", title, P, P)
    assert "稳字当头进中求好" in out  # (the spacing pass joins its halves)
