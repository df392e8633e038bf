"""Lists under a header of the page's own (`page/lists.py`), and the buttons that end a text."""

from __future__ import annotations

from docclean import clean_text

P = ("过去一年，面对复杂严峻的形势，全市上下坚持稳中求进工作总基调，经济运行总体平稳、稳中有进，"
     "主要指标好于预期，民生福祉持续增进，社会大局和谐稳定，各项事业取得新的进展。")


def body(*lines: str) -> str:
    return clean_text("\n".join(lines)).markdown.split("---\n")[-1]


def test_a_link_list_one_name_a_line_under_its_header_goes_when_furniture_closes_it() -> None:
    out = body("关于做好某项工作的通知", P, P, "友情链接：", "国务院国资委", "国家能源局", "中国电力企业联合会",
               "Copyright © 2025 某某集团 All Rights Reserved.")
    assert "友情链接" not in out and "国家能源局" not in out and "中国电力企业联合会" not in out
    head = body("某某网", "关于做好某项工作的通知", "推荐阅读：", "官场风云", "县委大院", "上一章", "加入书签", P, P)
    assert "官场风云" not in head and "县委大院" not in head


def test_short_lines_under_a_header_stay_when_text_follows_them() -> None:
    # a header the text itself uses, then its own short lines and a paragraph: nothing closes it as a list
    out = body("关于做好某项工作的通知", P, P, "推荐阅读：", "《论持久战》", "《实践论》", P)
    assert "《论持久战》" in out and "《实践论》" in out
    named = body("关于做好某项工作的通知", P, "友情链接：", "一、加强组织领导", "二、强化工作保障",
                 "Copyright © 2025 某某集团")
    assert "加强组织领导" in named and "强化工作保障" in named


def test_a_line_of_buttons_ends_the_text_a_signing_office_above_it_stays() -> None:
    out = body("关于做好某项工作的通知", P, P, "【打印】 【关闭】", "关注我们", "官方微博", "中国电力企业联合会",
               "京ICP备30498299号")
    assert "中国电力企业联合会" not in out and "关注我们" not in out
    signed = body("关于做好某项工作的通知", P, P, "某某县人民政府办公室", "2024年1月18日", "【打印】 【关闭】",
                  "京ICP备30498299号")
    assert "某某县人民政府办公室" in signed and "2024年1月18日" in signed


def test_a_run_of_headlines_below_the_text_is_a_list_not_text() -> None:
    out = body("关于做好某项工作的通知", P, P, "该文观点仅代表作者本人，某某号系信息发布平台，某某仅提供信息存储空间服务。",
               "热新闻",
               "习近平会见中国女排代表", "十全十美！中国女排击败塞尔维亚，提前一轮卫冕", "王菲版《我和我的祖国》怎么样？",
               "小米这部环绕屏手机定价两万元，买不买", "金融委最新会议释放4个信号，这件事为何一周内说了两次",
               "从高点降价700元！飞天茅台线上线下发力供货", "联系我们 关于我们 在某某工作",
               "Copyright © 2014-2019 某某新闻")
    assert "中国女排代表" not in out and "提前一轮卫冕" not in out and "我和我的祖国" not in out
    kept = body("关于做好某项工作的通知", P, "坚持稳中求进！", "坚持改革开放！", "坚持人民至上！", P, P)
    assert "坚持稳中求进！" in kept and "坚持人民至上！" in kept


def test_headlines_ending_in_a_question_under_a_related_header_are_links() -> None:
    out = body("关于做好某项工作的通知", P, P, "相关文章", "晶科电子IPO：实习生占比达14% 2.7亿关联交易何解？",
               "云南两教师上课点名发现异常，救下一家5口性命", "教育部@你！今年，这20项重磅教育政策与你我息息相关",
               "© Baidu")
    assert "何解" not in out and "救下一家5口性命" not in out
    kept = body("关于做好某项工作的通知", P, "相关问题", "这项工作为什么要做？", "怎样才能做好？", P, P)
    assert "为什么要做" in kept and "怎样才能做好" in kept


def test_headlines_each_with_its_clock_are_a_list_too() -> None:
    lines = ["与母争吵疑失足坠楼 男子送医抢救不治 | 社会 | 某某新闻网", "APP下载", "首页", "社会", "娱乐", "快讯",
             "连阿兜仔都爱！英军官穿乾隆皇袍跑趴", "11:09", "奥迪新一代电动方程式赛车登场亮相，引人关注", "11:09",
             "抗菌洗手乳较干净？专家：小心致癌", "10:57", "国道大货车坠落大排，2男救出不治", "10:55",
             "与母争吵疑失足坠楼 男子送医抢救不治", "2018/02/21 18:03:00", "A-", "A", "A+", P, P]
    r = clean_text("\n".join(lines))
    out = r.markdown.split("---\n")[-1]
    assert "英军官" not in out and "抗菌洗手乳" not in out and r.meta.date == "2018-02-21"


def test_a_dated_link_list_ends_the_text_before_an_office_name_a_signing_office_stays() -> None:
    out = body("某某讲话稿", P, P, "领导干部任前廉政谈话提纲 2025-02-14", "关于开展安全生产大检查的实施方案 2015-10-27",
               "全面从严治党主体责任落实情况报告 2015-07-24", "屏山市人民政府办公室 屏山市大数据中心", "074-3979902")
    assert "谈话提纲" not in out and "大数据中心" not in out
    signed = body("某某通知", P, P, "某某县人民政府办公室", "2024年1月18日", "京ICP备30498299号")
    assert "某某县人民政府办公室" in signed and "2024年1月18日" in signed


def test_headlines_between_the_title_and_the_pages_toolbar_go_a_subtitle_and_a_byline_stay() -> None:
    out = body("法国全国大罢工再次严重影响交通-新华网", "法国全国大罢工再次严重影响交通", "雄安等13地区试点“交通强国”建设",
               "沙特2020年财政支出预计达2720亿美元", "年内已出台19条开放措施 金融开放政策加速落地", "客户端", "搜索", "下一篇",
               "2019-12-06 10:38:42", P, P)
    assert "雄安" not in out and "沙特" not in out
    kept = body("某某讲话稿_某某网", "某某讲话稿", "——在全县经济工作会议上的讲话", "县委书记 张三", "（2024年1月5日）",
                "发布时间：2024-01-18", P, P)
    assert "——在全县经济工作会议上的讲话" in kept


def test_headlines_with_their_bullets_on_lines_of_their_own_are_a_list() -> None:
    items = ["谢哲胜：课税机关应负举证责任，非纳税者负协力义务", "专业照护长者，口腔健康呷百二",
             "颜纯左前诊所白衣天使缝制爱心包，为华山基金会募款", "行员机警通报阻诈，南市警五分局长颁感谢状表扬"]
    lines = ["某某新闻_某某新闻网", "首页 > 社会 > 正文", "某某新闻", "2018-02-21 18:03", P, P,
             "※本文版权所有，非经授权，不得转载。", "地方最新"]
    items = items * 3
    for x in items:
        lines += ["‧", x]
    out = body(*lines, "Copyright © 2018 某某新闻网")
    assert not any(x in out for x in items)


def test_a_link_list_under_a_bare_links_word_goes_even_where_the_foot_took_some_items() -> None:
    out = body("关于做好某项工作的通知", P, P, "（责任编辑：周雁）", "友情链接", "北斗卫星导航系统", "中国航天科技集团有限公司",
               "中国科学院", "中国探月与深空探测", "在线留言", "联系我们", "版权所有：某某网站")
    assert "中国航天科技集团有限公司" not in out and "中国科学院" not in out


def test_headlines_ending_in_a_question_or_exclamation_under_a_header_are_its_items() -> None:
    out = body("关于做好某项工作的通知", P, P, "推荐阅读", "几元一件的外贸衣服，国内就可网购了！买吗？",
               "高考今将全部落幕 这份“考后提醒”请收好！", "网络视听收入大涨 你贡献多少？", "热点视频",
               "Copyright © 2025 某某网 All Rights Reserved.")
    assert "外贸衣服" not in out and "考后提醒" not in out and "你贡献多少" not in out
    # a sentence the text ends on, under a header the text uses, is no headline: it stays
    kept = body("关于做好某项工作的通知", P, P, "推荐阅读", "同志们，让我们携起手来，共同开创美好的明天。",
                "Copyright © 2025 某某网 All Rights Reserved.")
    assert "共同开创美好的明天" in kept


TEASER = "4月20日，某省首次发布有关知识产权发展与保护状况白皮书。记者获悉，去年全省判赔数额同比增幅超过六成。"


def test_teasers_and_dates_between_a_lists_headlines_below_the_text_go() -> None:
    out = body("关于做好某项工作的通知", P, P, "责任编辑：张三", "相关文章", "某省知识产权个案赔偿数额最高达到4000余万元",
               TEASER, "2019年11月03日", "某市地铁3号线启动安全保护区界线测设工作", TEASER.replace("某省", "某市"),
               "2019年11月03日", "某市举行百家媒体旅游推介活动座谈会", "Copyright © 2019 某某网")
    assert "白皮书" not in out and "2019年11月03日" not in out


def test_one_short_paragraph_or_three_sentences_between_furniture_below_the_text_stay() -> None:
    last = "（完）本报记者将持续关注此事进展，欢迎提供线索。"
    out = body("关于做好某项工作的通知", P, P, "相关阅读", "某省知识产权个案赔偿数额最高达到4000余万元", last,
               "责任编辑：张三", "Copyright © 2019 某某网")
    assert "欢迎提供线索" in out
    verse = ["床前明月光，疑是地上霜。", "举头望明月，低头思故乡。", "这首诗我们从小就会背。"]
    out = body("关于做好某项工作的通知", P, P, "相关阅读", "某省知识产权个案赔偿数额最高达到4000余万元", *verse,
               "某市地铁3号线启动安全保护区界线测设工作", *verse, "Copyright © 2019 某某网")
    assert "低头思故乡" in out  # three sentences in a row are no teaser


def test_a_numbered_issue_list_rendered_a_node_a_line_weighs_as_no_prose_split_dates_in_the_text_do() -> None:
    from docclean.model import Block, Kind
    from docclean.page.evidence import headline_runs
    from docclean.page.lines import Group

    deck = "——记某某大学教授、中国工程院院士某某某的科研育人之路"
    listed = ["回澜阁"]
    for n, h in ((101, "沧海奇零"), (100, "弘扬教育家精神"), (99, "培育国之栋梁")):
        listed += ["第", str(n), "期", h + deck]
    text = ["9", "月", "19", "日在某大学崂山校区开展新生参观活动，", "2024", "级本科生新生代表参与此次活动。"]
    lines = [P, *text, P, *listed]
    groups = [Group([Block(Kind.LINE, t)]) for t in lines]
    weights = [len(t) if len(t) > 3 else -1 for t in lines]
    headline_runs(groups, weights)
    assert all(w == -1 for w in weights[len(text) + 2:])  # the list: no prose of the body
    assert weights[4] > 0 and weights[6] > 0  # the text's own lines between its date's pieces keep their weight


def test_a_line_the_foot_repeats_three_times_goes_a_refrain_in_the_text_stays() -> None:
    hot = ["王菲版《我和我的祖国》怎么样？你记忆中有哪些爱国歌曲？", "我是某大学控烟研究中心负责人，关于电子烟的影响，问吧！"]
    out = body("关于做好某项工作的通知", P, P, "Copyright © 2019 某某网", *hot, "热门", *hot, "推荐", *hot)
    assert "我和我的祖国" not in out and "问吧" not in out
    refrain = "我和我的祖国，一刻也不能分割。"
    kept = body("歌词赏析", P, refrain, P, refrain, P, refrain, P)
    assert kept.count("一刻也不能分割") == 3


def test_teasers_after_a_lists_counts_go_too() -> None:
    out = body("关于做好某项工作的通知", P, P, "责任编辑：张三", "最热文章", "某地新增2例无症状感染者", "18", TEASER,
               "某市地铁3号线启动安全保护区界线测设工作", "81", TEASER.replace("某省", "某市"), "Copyright © 2019 某某网")
    assert "白皮书" not in out


def test_teasers_with_their_read_counts_under_a_short_text_go_the_text_stays() -> None:
    titles = ("冬天手脚冰凉怎么调理，学会这些办法，这个冬天再也不怕冷了", "武安君有几个", "制作端午节香包材料",
              "天然气还是天燃气", "精油按摩之后要不要洗掉？", "古代皇帝是怎么发工资的？")
    teasers = [x for i, t in enumerate(titles) for x in (t, f"{150 + i}阅读")]
    out = body("某某是什么意思网络用语？", "2022-04-19 21:27:43 作者：佚名", "某某是某某的别称，源于日语写法（Otokonoko）。",
               "指喜欢某某的人。", "猜你喜欢", "生活常识", *teasers, "Copyright © 2022 某某网")
    assert "源于日语写法" in out and "指喜欢某某的人。" in out
    assert "150阅读" not in out and "155阅读" not in out and "武安君" not in out


def test_a_numbered_list_keeps_an_item_that_reads_like_a_button_a_numbered_toolbar_goes() -> None:
    """A format guide's list (`1.顶格写称谓语` / `2.…` / `3.正文`) is the text's, its UI-like item
    too, with or without paragraphs between the items; a toolbar rendered as an ordered list
    (`1. 检举` / `2. 列印` …) is all buttons."""
    guide = clean_text("\n".join(("演讲稿标准格式及范文", "演讲稿的标准格式", "1.顶格写称谓语(如:亲爱的老师)",
                                  "2.下一行空两格写问候(如:大家好)", "3.正文", "4.结尾(如:谢谢大家)", P, P))).markdown
    assert "3.正文" in guide and "顶格写称谓语" in guide
    spread = clean_text("\n".join(("讲话稿的格式", P, "1、标题", P, "2、称呼", P, "3、正文"))).markdown
    assert "3、正文" in spread
    bar = clean_text("\n".join(("某某公园亲子活动嗨翻天", "1. 检举", "2. 列印", "3. 收藏", "4. 推荐好友", P, P))).markdown
    assert "列印" not in bar and "推荐好友" not in bar
