"""Front-matter values from the page (`page/meta.py`)."""

from __future__ import annotations

from docclean import clean_text

P = ("过去一年，面对复杂严峻的形势，全市上下坚持稳中求进工作总基调，经济运行总体平稳、稳中有进，"
     "主要指标好于预期，民生福祉持续增进，社会大局和谐稳定，各项事业取得新的进展。")


def test_a_publish_label_ranks_over_a_drafting_date() -> None:
    r = clean_text("\n".join(["索引号：000-2017-01", "成文日期：2017-09-30", "关于做好某项工作的通知",
                              "发布日期：2017-10-05", P, P]))
    assert r.meta.date == "2017-10-05"


def test_publisher_author_and_byline() -> None:
    r = clean_text("\n".join(["某某报告", "来 源：某某日报  作 者：张三", P, P]))
    assert (r.meta.extra.get("publisher"), r.meta.extra.get("author")) == ("某某日报", "张三")
    nobody = clean_text("\n".join(["某某报告", "时间:2011-01-04 16:13 来源:未知 作者:admin 点击:198次", P, P]))
    assert "publisher" not in nobody.meta.extra and "author" not in nobody.meta.extra  # (a field that names nobody)
    assert nobody.meta.date == "2011-01-04" and "admin" not in nobody.markdown
    r = clean_text("\n".join(["某某报告", "文／记者 李四", P, P]))
    assert r.meta.extra.get("author") == "李四" and "李四" not in r.markdown.split("---\n")[-1]


def test_a_today_widget_is_no_publish_date() -> None:
    r = clean_text("\n".join(["今天是：2026年11月23日 星期一", "某某网 首页 | 新闻 | 政务", "某某报告", P, P]))
    assert r.meta.date is None


def test_a_references_access_date_is_no_publish_date() -> None:
    r = clean_text("\n".join(["某某词条", P, P, "参考资料", "1.", "全面从严治党主体责任落实情况报告", "．江淮日报",
                              "[引用日期2015-05-26]"]))
    assert r.meta.date is None
    r = clean_text("\n".join(["某某词条", "2014年02月04日 作者 胡晓东 分类 写作 75 条评论", P, P, "参考资料", "1.", "某某报告", "[引用日期2015-05-26]"]))
    assert r.meta.date == "2014-02-04"


def test_a_digital_editions_credit_line_dates_the_text_and_names_the_paper() -> None:
    r = clean_text("\n".join(["某某讲话稿", "第4版：理论评论", "上一版 下一版 版面导航", P, P,
                              "《江南日报》（2021年01月16日 第4版）", "上一篇 下一篇 返回本版目录"]))
    body = r.markdown.split("---\n")[-1]
    assert r.meta.date == "2021-01-16" and r.meta.extra.get("publisher") == "江南日报"
    assert "第4版" not in body and "版面导航" not in body and "江南日报" not in body


def test_a_related_links_bare_date_below_the_text_is_no_publish_date() -> None:
    r = clean_text("\n".join(["关于规范公文处理工作的通知", "发文机关", "：", "某某县人民政府", "发布日期", "：", "2024-07-12",
                              P, P, "相关政策", "全面从严治党主体责任落实情况报告", "2014-09-28", "分享", "打印"]))
    assert r.meta.date == "2024-07-12"


def test_an_editions_dated_page_line_dates_the_text_a_papers_name_under_the_title_is_the_publisher() -> None:
    r = clean_text("\n".join(["某某市报 数字版", "2026年04月15日 星期三　第06版：理论周刊", "某某讲话稿", P, P]))
    assert r.meta.date == "2026-04-15" and "理论周刊" not in r.markdown.split("---\n")[-1]
    r = clean_text("\n".join(["推荐 要闻 本地 视频 直播 更多", "某某讲话稿", "北方日报", "2018/10/07 07:26", P, P]))
    assert r.meta.extra.get("publisher") == "北方日报" and "北方日报" not in r.markdown.split("---\n")[-1]
    r = clean_text("\n".join(["某某讲话稿", "发布时间：2018-10-07", P, "北方日报", P]))
    assert "北方日报" in r.markdown.split("---\n")[-1]  # inside the text, a paper's name is the text's


def test_stamps_scraped_one_element_a_line_still_date_the_text() -> None:
    r = clean_text("\n".join(["某某讲话稿", "2024年04月09日", "作者", "杨建国", "分类", "读书笔记", P, P]))
    assert r.meta.date == "2024-04-09"
    r = clean_text("\n".join(["某某讲话稿", "2014年07月11日", "21時17分", P, P]))
    assert r.meta.date == "2014-07-11" and "2014年07月11日" not in r.markdown.split("---\n")[-1]
    r = clean_text("\n".join(["某某讲话稿", P, P, "《江南日报》（2012年01月22日", "第2版）", "上一篇 下一篇 返回本版目录"]))
    assert r.meta.date == "2012-01-22" and "江南日报" not in r.markdown.split("---\n")[-1]
    kept = clean_text("\n".join(["关于做好某项工作的通知", P, "某某县人民政府办公室", "2024年3月5日"]))
    assert "2024年3月5日" in kept.markdown.split("---\n")[-1]


def test_a_taiwan_pages_minguo_date_is_read_as_its_year() -> None:
    r = clean_text("\n".join(["關於加強安全生產工作的實施意見", "發布日期：113-03-05", P, P]))
    assert r.meta.date == "2024-03-05"
    r = clean_text("\n".join(["某某讲话稿", "发布时间：2024-03-05", P, "联系电话：0113-03-0588", P]))
    assert r.meta.date == "2024-03-05"


def test_a_reprints_original_headline_is_no_title_field() -> None:
    r = clean_text("\n".join(["定了！南沙邮轮母港即将开通_政务_湃流新闻网", "首页 要闻 政务", "定了！南沙邮轮母港即将开通",
                              "2019-08-13 14:07", "本文原标题：《定了！广州南沙邮轮母港即将开通！地铁直达》", P, P]))
    assert r.meta.title == "定了！南沙邮轮母港即将开通"
    assert "本文原标题" not in r.markdown.split("---\n")[-1]


def test_a_credit_set_apart_in_brackets_is_metadata_a_bracketed_sentence_stays() -> None:
    out = clean_text("\n".join(["某某讲话", "发布时间：2018-10-07", P, P, "(责编：汤诗瑶、丁涛)", P])).markdown.split("---\n")[-1]
    assert "汤诗瑶" not in out
    kept = clean_text("\n".join(["某某讲话", "发布时间：2018-10-07", P, "（本文作者系某某大学教授，文章有删节。）", P])).markdown
    assert "文章有删节" in kept


def test_a_bare_publish_label_dates_the_text() -> None:
    r = clean_text("\n".join(["某某研究报告", "发布：2026年09月17日　阅读：1560", P, P]))
    assert r.meta.date == "2026-09-17" and "阅读：1560" not in r.markdown.split("---\n")[-1]
    kept = clean_text("\n".join(["某某研究报告", "发布时间：2026-09-17", P, "发布：各单位要按时发布信息。", P])).markdown
    assert "各单位要按时发布信息" in kept


def test_a_source_label_alone_takes_a_longer_list_of_offices_on_the_next_line() -> None:
    r = clean_text("\n".join(["某某讲话", "发布日期:", "2021-01-05", "信息来源:", "中国空间技术研究院、中国运载火箭技术研究院等",
                              "字号:", "[大]", "[中]", "[小]", P, P]))
    assert r.meta.extra.get("publisher") == "中国空间技术研究院、中国运载火箭技术研究院等"
    assert "研究院等" not in r.markdown.split("---\n")[-1]


def test_a_desks_byline_leaves_the_body_naming_its_reporter_if_it_does() -> None:
    r = clean_text("\n".join(["某某新闻", "记者王小明／南市报导", P, P]))
    assert r.meta.extra.get("author") == "王小明" and "报导" not in r.markdown.split("---\n")[-1]
    r = clean_text("\n".join(["某某新闻", "社会中心／综合报导", P, P]))
    assert "author" not in r.meta.extra and "综合报导" not in r.markdown.split("---\n")[-1]
    # a sentence that reports is no byline
    r = clean_text("\n".join(["某某新闻", P, "据本报记者王小明从现场发回的报道", P]))
    assert "据本报记者王小明从现场发回的报道" in r.markdown


def test_a_reprints_original_headline_inside_the_text_leaves_it() -> None:
    r = clean_text("\n".join(("埃洛普离职：微软卧底成弃儿？", "某某 2015-06-19 11:20:11",
                              P, "原标题：[亦观察] No.550 埃洛普离职：微软的卧底为何成了弃儿", P, P, "原标题改了三次，才定下来。", P)))
    out = r.markdown.split("---\n")[-1]
    assert "原标题：" not in out and any(x.rule == "web.fields" and "原标题" in x.text for x in r.removals)
    assert "原标题改了三次" in out


def test_an_editors_credit_inside_the_text_leaves_it_for_the_front_matter() -> None:
    r = clean_text("\n".join(("某某诈骗案告破", "2019-09-01 10:00", P, P, "采写：南都记者 余毅菁 向雪妮", "责任编辑：",
                              "香港警方：示威行动未发生致命事件，谴责造谣者", P)))
    out = r.markdown.split("---\n")[-1]
    assert "采写" not in out and "责任编辑" not in out
    assert r.meta.extra.get("author") == "南都记者 余毅菁 向雪妮"
    kept = clean_text("\n".join(("某某工作规范", P, "编辑：要坚持实事求是，不得随意改动原意。", P))).markdown
    assert "编辑：要坚持实事求是" in kept


def test_a_date_with_its_weekday_under_the_text_dates_it_a_closing_date_stays() -> None:
    r = clean_text("\n".join(("专科诊所特别安排", P, P, "2017年5月24日(星期三)", "香港时间11时55分")))
    assert r.meta.date == "2017-05-24" and "星期三" not in r.markdown.split("---\n")[-1]
    signed = clean_text("\n".join(("关于做好某项工作的通知", P, P, "某某县人民政府办公室", "2017年5月24日")))
    assert "2017年5月24日" in signed.markdown.split("---\n")[-1]


def test_a_labelled_publish_date_under_a_cards_label_still_dates_the_page() -> None:
    r = clean_text("\n".join(("标题", "注册时间", "发布时间：2010-2-9", P)))
    assert r.meta.date == "2010-02-09"  # only a bare date under `注册时间` is the card's


def test_a_posts_own_stamp_dates_it_over_a_bare_stamp_on_the_posters_card() -> None:
    text = P
    card = ["查看: 2937|回复: 6", "ESP32 开发之旅 Station库的使用", "[复制链接]", "• TA的每日心情", "开心",
            "2021-1-4 08:50", "• 签到天数: 827 天"]
    r = clean_text("\n".join([*card, "发表于 2020-1-10 09:50 | 显示全部楼层 |阅读模式", text, text]))
    assert r.meta.date == "2020-01-10"
    upload = clean_text("\n".join(["某某文库", "上传时间：2019-03-04", "关于做好某项工作的通知", "发布时间：2020-01-10", text, text]))
    assert upload.meta.date == "2019-03-04"  # a labelled upload line a rule pack read keeps its date


def test_a_stamp_glued_before_the_texts_first_words_dates_the_page_a_dated_first_clause_does_not() -> None:
    glued = clean_text("\n".join(["某某小学校史馆启用", "2025-12-17 某某区 某某小学 王某某 报导点阅数:45 次校园新闻" + P, P]))
    assert glued.meta.date == "2025-12-17"
    labelled = clean_text("\n".join(["国旗下讲话", "发表时间:2017-09-04 22:51 国旗下讲话：铭记历史" + P, P]))
    assert labelled.meta.date == "2017-09-04"
    clause = clean_text("\n".join(["某某会议召开", "2024年3月5日，据新华社报道，" + P, P]))
    assert clause.meta.date is None


def test_a_day_first_dotted_stamp_a_range_and_wordpress_date_under_the_title_date_the_page() -> None:
    r = clean_text("\n".join(["初一：我的第一次外采写真", "08.02.2016  22:15", P, P]))
    assert r.meta.date == "2016-02-08" and "22:15" not in r.markdown.split("---\n")[-1]
    r = clean_text("\n".join(["2021-2022年度阅读周", "2022年05月30日-06月02日", P, P]))
    assert r.meta.date == "2022-05-30" and "06月02日" not in r.markdown.split("---\n")[-1]
    r = clean_text("\n".join(["阿里巴巴：制造孤独的CEO", "其它内容 十一月 6th, 2009", P, P]))
    assert r.meta.date == "2009-11-06" and "6th" not in r.markdown.split("---\n")[-1]


def test_a_range_or_dotted_date_in_a_sentence_and_a_closing_date_stay() -> None:
    r = clean_text("\n".join(["关于举办阅读周的通知", P, "2022年05月30日-06月02日，全校举办阅读周，请各班做好准备。", P,
                              "某某中学办公室", "2022年5月20日"]))
    out = r.markdown.split("---\n")[-1]
    assert r.meta.date is None and "06月02日，全校举办阅读周" in out and "2022年5月20日" in out
    r = clean_text("\n".join(["某某报告", P, "第3版于08.02.2016 22:15修订，修订后的文本更为完整。", P]))
    assert "08.02.2016" in r.markdown


def test_a_publish_line_read_as_a_toolbar_still_dates_the_page() -> None:
    r = clean_text("\n".join(["某镇人民代表大会召开", "来源:某镇???作者:何某 访问量: ???发布日期:2017-12-30???字体大小:", P, P]))
    assert r.meta.date == "2017-12-30" and "字体大小" not in r.markdown.split("---\n")[-1]
    # a toolbar far from the title, or a labelled date inside a sentence, dates nothing
    r = clean_text("\n".join(["某某讲话", P, "会议要求，发布日期:2017-12-30前各单位完成自查。", P]))
    assert r.meta.date is None and "完成自查" in r.markdown


def test_a_month_first_dotted_publish_date_is_read_where_day_first_is_no_date() -> None:
    r = clean_text("\n".join(["某某集团召开座谈会", "发布时间:02.25.2021 发布者:某某集团", P, P]))
    assert r.meta.date == "2021-02-25"
    r = clean_text("\n".join(["某某集团召开座谈会", "发布时间:08.02.2016 发布者:某某集团", P, P]))
    assert r.meta.date == "2016-02-08"  # (both readings are dates: day first, as the European templates write it)


def test_a_blogs_day_header_over_the_post_dates_it_over_a_date_inside_a_quoted_author_field() -> None:
    r = clean_text("\n".join(["某某的博客", "2010年11月21日 星期日", "转贴：某某公园的迷宫花园被拆了。", P,
                              "作者: 某某某 (2010/11/3)", P, P]))
    assert r.meta.date == "2010-11-21"
    r = clean_text("\n".join(["转贴：某某公园的迷宫花园被拆了。", P, "作者: 某某某 (2010/11/3)", P, P]))
    assert "2010/11/3" in r.markdown  # (inside the text, the quoted article's author line is the text's)


def test_a_posts_date_with_its_comment_status_and_a_monthlys_issue_are_no_title() -> None:
    r = clean_text("\n".join(["存档", "", "‘收藏’ 分类的存档", "", "参数$#,$*,$@,$0及特殊参数$?,$-等的含义", "",
                              "2012年3月31日 评论已被关闭", "", "Bash shell中的位置参数$#,$*,$@,$0及特殊参数$?,$-等的含义", P, P]))
    assert (r.meta.title, r.meta.date) == ("参数$#,$*,$@,$0及特殊参数$?,$-等的含义", "2012-03-31")
    assert "评论已被关闭" not in r.markdown.split("---\n")[-1]
    r = clean_text("\n".join(["2014年11月 第11期", "我院获颁卫生好新闻评比两奖项", P, P]))
    assert r.meta.title == "我院获颁卫生好新闻评比两奖项" and r.meta.date is None  # (an issue names no day)
    kept = clean_text("\n".join(["某某院报", P, "2014年11月，第11期院报刊登了这篇报道，评论已被关闭。", P]))
    assert "第11期院报刊登了这篇报道" in kept.markdown


def test_a_publish_line_read_as_a_comment_link_still_dates_the_page_by_its_timestamp() -> None:
    r = clean_text("\n".join(["共同的使命 共同的责任", "——首届某某协作会侧记",
                              "www.example.com?2009-04-15 17:42? 记者 吴某某?来源:福建日报    我来说两句", P, P]))
    assert r.meta.date == "2009-04-15" and "我来说两句" not in r.markdown.split("---\n")[-1]
    # the same chrome far under the title dates nothing, and a closing date stays
    r = clean_text("\n".join(["共同的使命 共同的责任", P, P, "www.example.com 2009-04-15 17:42 我来说两句", P,
                              "某某市人民政府办公室", "2009年4月20日"]))
    assert r.meta.date is None and "2009年4月20日" in r.markdown.split("---\n")[-1]


def test_a_posts_byline_and_date_glued_into_its_one_line_date_it() -> None:
    r = clean_text("05.12校庆作者:car2012 年 5 月 16 日2021 年 3 月 18 日连日阴雨，校庆当天早上天气还不错，" + P)
    assert r.meta.date == "2012-05-16"
    # a date far into the line, or a sentence that names an author and a date, is the text's
    r = clean_text("连日阴雨，校庆当天早上天气还不错，活动流程也很顺畅。" * 3 + "作者:某某2012年5月16日写下了这段话。" + P)
    assert r.meta.date is None


def test_a_widgets_latest_post_date_ranks_after_the_posts_own_stamp_wherever_the_title_is() -> None:
    lines = ["最新推荐文章于 2025-10-14 14:51:00 发布", "原创 何某某 于 2025-10-11 14:51:00 发布 阅读量34921 收藏 130", P, P]
    r = clean_text("\n".join(["在全市重点工作调研座谈会上的讲话_某某的博客-码农笔记", "码农笔记 博客 下载 学习 社区", *lines]))
    assert r.meta.date == "2025-10-11"
    kept = clean_text("\n".join(["在全市重点工作调研座谈会上的讲话", P, "相关文章于2025年10月14日发布，请大家认真阅读。", P]))
    assert kept.meta.date is None and "相关文章于2025年10月14日发布" in kept.markdown


def test_a_wikis_update_line_dates_the_page_when_nothing_else_does() -> None:
    notes = "词条统计 浏览次数：67508次 编辑次数：60次历史版本 最近更新：某某某 更新时间：2014-07-12"
    r = clean_text("\n".join(["某某词条", P, P, notes]))
    assert r.meta.date == "2014-07-12" and "词条统计" not in r.markdown
    r = clean_text("\n".join(["某某词条", "发布时间：2013-05-01", P, P, notes]))
    assert r.meta.date == "2013-05-01"  # (a publish line ranks first)
    kept = clean_text("\n".join(["某某规定", P, "本规定的更新时间：2014-07-12起施行，各单位遵照执行。", P]))
    assert kept.meta.date is None and "更新时间" in kept.markdown


def test_the_new_stamp_forms_leave_a_delivery_line_and_a_closing_date_in_the_text() -> None:
    r = clean_text("\n".join(["在全市工作会议上的讲话", "——2026年1月28日在全市工作会议上", P, P,
                              "某某市人民政府办公室", "2026年1月28日"]))
    out = r.markdown.split("---\n")[-1]
    assert r.meta.date is None and "——2026年1月28日在全市工作会议上" in out and out.rstrip().endswith("2026年1月28日")
    r = clean_text("\n".join(["关于举办阅读周的通知", P, "活动时间：2026年1月28日—2月3日", P]))
    assert r.meta.date is None and "活动时间：2026年1月28日—2月3日" in r.markdown  # (a labelled period is the text's)
