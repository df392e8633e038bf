"""The page's foot below the text (`page/foot.py`): the footer, the foot's walk, the lines under
a site's last line, link lists; what goes, and what of the document stays."""

from __future__ import annotations

from docclean import clean_text

P = ("过去一年，面对复杂严峻的形势，全市上下坚持稳中求进工作总基调，经济运行总体平稳、稳中有进，"
     "主要指标好于预期，民生福祉持续增进，社会大局和谐稳定，各项事业取得新的进展。")


def body(*lines: str) -> str:
    return clean_text("\n".join(lines)).markdown.split("---\n")[-1]


def test_a_footer_goes_but_the_signing_office_date_and_attachment_stay() -> None:
    out = body("关于做好某项工作的通知", P, P, "【打印本页】", "某某县人民政府办公室", "2024年1月18日",
               "主办：某某县人民政府 ICP备12345678号", "地址：某某路1号 电话：1234567")
    assert "某某县人民政府办公室" in out and "2024年1月18日" in out
    assert "ICP" not in out and "某某路1号" not in out
    attached = body("关于做好某项工作的通知", P, P, "打印本页", "附件", "某某工作组名单", "组长：张三")
    assert "某某工作组名单" in attached and "组长：张三" in attached
def test_a_bulleted_or_dated_link_list_at_the_foot_goes_a_list_in_the_text_stays() -> None:
    out = body("某某讲话", P, P, "· 关于开展安全生产大检查的实施方案", "· 县委书记在乡村振兴推进会上的讲话",
               "· 2026年政府工作报告学习心得体会")
    assert "实施方案" not in out and "心得体会" not in out
    kept = body("某某讲话", P, "一是加强组织领导", "二是强化工作保障", "三是严格督查考核", P)
    assert "一是加强组织领导" in kept and "三是严格督查考核" in kept
def test_the_foot_walk_takes_the_pages_own_sentences_and_leaves_the_texts() -> None:
    out = body("关于进一步加强安全生产工作的实施意见", "发布时间：2024-03-05", P, P, "法规沿革 暂无",
               "如发现本法规有错误，请点此纠错", "本站法规仅供参考，请以政府公报为准", "作者的话", "求月票，求推荐，感谢各位书友支持！")
    for gone in ("法规沿革", "纠错", "仅供参考", "作者的话", "月票"):
        assert gone not in out, gone
    q = "同志们，让我们更加紧密地团结起来，真抓实干，奋力谱写高质量发展新篇章！"
    for kept in ("谢谢大家！", "（本文作者单位：新闻出版署）", "联系电话：68724690（某某局办公室）", "某某市人民政府办公室"):
        out = body("关于进一步加强安全生产工作的实施意见", "发布时间：2024-03-05", P, q, kept)
        assert kept in out, kept
def test_lines_above_a_copyright_word_are_one_footer() -> None:
    out = body("关于进一步加强安全生产工作的实施意见", "发布时间：2024-03-05", P, P, "中共江陵市纪委", "江陵市监委", "版权所有")
    assert "纪委" not in out and "监委" not in out
def test_a_notices_contact_line_that_names_a_person_stays_at_the_end_of_the_page() -> None:
    for contact in ("联系人：王老师 联系电话：0371-65432100", "新闻联络人：徐春梅 电话：0370-7998205"):
        out = body("关于举办春季招聘会的通知", "发布时间：2024-03-05", P, P, contact)
        assert contact.split("：")[1].split()[0] in out, contact
    out = body("关于举办春季招聘会的通知", "发布时间：2024-03-05", P, P, "急救电话：120 投诉电话：0242-6018987")
    assert "投诉电话" not in out
def test_the_sites_contacts_between_a_link_list_and_the_footer_go_a_notices_own_stay() -> None:
    out = body("某某讲话", "发布时间：2024-03-05", P, P, "健康科普", "· 关于开展安全生产大检查的实施方案",
               "· 县委书记在乡村振兴推进会上的讲话", "· 2026年政府工作报告学习心得体会", "急救电话：120",
               "投诉电话：0242-6018987", "微信预约", "版权所有：某某市中心医院")
    for gone in ("实施方案", "急救电话", "投诉电话"):
        assert gone not in out, gone
    kept = body("某某讲话", "发布时间：2024-03-05", P, P, "咨询电话：0242-6018987", "版权所有：某某市中心医院")
    assert "咨询电话：0242-6018987" in kept
def test_an_offices_address_among_the_footer_fields_goes() -> None:
    out = body("某某讲话", "发布时间：2024-03-05", P, P, "点阅次数：41511", "更新日期：2024-03-23",
               "嘉禾县政府 地址：嘉禾县府前路1号", "服务时间：周一至周五 8:00-17:00")
    assert "府前路" not in out and "服务时间" not in out
    kept = body("关于举办春季招聘会的通知", "发布时间：2024-03-05", P, P, "嘉禾县政府 地址：嘉禾县府前路1号")
    assert "府前路" in kept
def test_short_sentences_past_a_line_only_a_site_writes_are_the_sites() -> None:
    out = body("关于开展反诈宣传的通告", "发布时间：2024-03-05", P, P, "扫一扫在手机打开当前页", "版权所有：某某银行",
               "温馨提示：本行工作人员不会以任何理由向您索要短信验证码。", "欢迎广大读者踊跃投稿，来稿请注明联系方式。")
    assert "温馨提示" not in out and "踊跃投稿" not in out
    kept = body("关于开展反诈宣传的通告", "发布时间：2024-03-05", P, P, "温馨提示：请携带身份证原件办理。",
                "扫一扫在手机打开当前页", "江州市公安局", "2024年3月5日")
    assert "请携带身份证原件办理。" in kept and "江州市公安局" in kept and "2024年3月5日" in kept
    poem = body("静夜思", "版权所有：某某诗词网", "床前明月光，", "疑是地上霜。", "举头望明月，", "低头思故乡。")
    assert "疑是地上霜。" in poem and "低头思故乡。" in poem  # a short text under a site's line in its head
def test_a_poems_short_lines_under_the_last_sentence_stay_a_footers_few_go() -> None:
    poem = ["我只看见这么一棵", "果然火红而美丽", "我在这个夜晚", "我住在山腰", "房子里", "我的前面充满了泉水",
            "或溪涧之水的声音", "静静的跳伞塔", "心醉的屋子你打开门", "北方那片起伏的山峰", "远远的", "只有九棵树"]
    out = body("海子诗歌四首", P, P, "为什么我只看见这么一棵美丽的杜鹃？", *poem, "【打印正文】", "网站地图 | 联系我们",
               "某某中学 版权所有 Copyright © 2011")
    assert all(x in out for x in poem)
    foot = body("某某通知", P, P, "某某中学", "主办单位", "技术支持", "某某中学 版权所有 Copyright © 2011")
    assert "技术支持" not in foot
def test_a_sites_host_lines_go_an_event_notices_organisers_stay() -> None:
    out = body("关于做好某项工作的通知", P, P, "返回顶部", "主办：某某区人民政府办公室", "承办：某某区大数据发展中心",
               "政府网站找错", "浙公网安备72052209806109号")
    assert "主办" not in out and "承办" not in out
    one = body("关于做好某项工作的通知", P, P, "主办单位：某某市人民政府办公室　承办单位：某某市大数据中心")
    assert "主办单位" not in one
    notice = body("2017年某某地区大学生数学建模竞赛", P, "【组织机构】", "主办单位：某某省现场统计学会 某某竞赛组委会",
                  "承办单位：某某学院", "【赛程安排】", "注册截止日期：北京时间2017年11月21日23点",
                  "竞赛开始时间：北京时间2017年11月23日上午6点", P)
    assert "主办单位：某某省现场统计学会" in notice and "承办单位：某某学院" in notice
    assert "注册截止日期" in notice and "竞赛开始时间" in notice
def test_a_long_paragraph_under_the_text_that_names_a_website_stays_a_short_site_notice_goes() -> None:
    long = "参赛学生、指导老师以及学校领队可以在竞赛官网上自行报名组队，竞赛章程和竞赛文件见竞赛官网，竞赛的最新消息均以该网站公布的为准。"
    out = body("2017年某某竞赛通知", P, P, "【竞赛联系方式】", "联系电话：18210922591（郭老师）", "竞赛官网：www.example.com/2017",
               long, "附件下载", "Copyright © 2017 某某网")
    assert "以该网站公布的为准" in out
    short = body("2017年某某竞赛通知", P, P, "本站法规仅供参考，请以正式文本为准。", "Copyright © 2017 某某网")
    assert "本站法规仅供参考" not in short
def test_a_site_notice_under_the_text_is_judged_by_its_words_not_its_address() -> None:
    out = body("关于做好某项工作的通知", P, P, "本文仅代表作者个人观点。",
               "请支持独立网站，转发请注明本文链接：https://www.example.com/WangWen/2019_09_07_516891.shtml",
               "责任编辑: 小婷", "Copyright © 2019 某某网")
    assert "仅代表作者个人观点" not in out and "请支持独立网站" not in out
def test_a_member_of_an_academy_under_the_text_is_no_site_talk_a_sites_membership_prompt_is() -> None:
    out = body("关于做好某项工作的通知", P, P, "关于专家组评委：某某书画院理事、某某省书画院会员田某某", "Copyright © 2019 某某网")
    assert "书画院会员田某某" in out
    prompt = body("关于做好某项工作的通知", P, P, "开通会员，免费下载全文。", "Copyright © 2019 某某网")
    assert "开通会员" not in prompt
def test_a_chronology_under_the_text_stays() -> None:
    years = ["2018年参与拍摄院线电影《某某英雄》", "2019年参与拍摄电影《某某功德》", "2021年参与拍摄电影《某某魔蛛》"]
    out = body("关于做好某项工作的通知", P, P, *years, "责任编辑： 张某某", "扫一扫在手机打开当前页")
    assert all(y in out for y in years)


def test_the_owner_named_by_the_copyright_line_and_its_addresses_go_over_the_footer() -> None:
    copyright_line = "© 2020 版权所有 某某大学信息化建设管理服务中心 All Rights Reserved"
    out = body("某某调研信息化工作", P, P, "信息化建设管理服务中心", "东校区：信息化中心大楼", "地点：图书馆后面",
               "西校区：综合服务大厅", "地点：学生食堂东面", "关于我们", "服务电话", copyright_line)
    assert "信息化建设管理服务中心" not in out and "东校区" not in out and "学生食堂东面" not in out
    assert P in out


def test_the_owners_name_stays_as_a_signing_office_or_when_it_is_not_the_copyrights() -> None:
    copyright_line = "© 2020 版权所有 某某县教育局 All Rights Reserved"
    signed = body("关于做好某项工作的通知", P, P, "某某县教育局", "地点：县教育局三楼会议室", "2024年1月18日",
                  "关于我们", copyright_line)
    assert "某某县教育局" in signed and "三楼会议室" in signed and "2024年1月18日" in signed
    person = body("关于做好某项工作的通知", P, P, "某某县教育局", "联系人：王老师", "关于我们", copyright_line)
    assert "联系人：王老师" in person
    other = body("关于做好某项工作的通知", P, P, "某某县财政局", "地点：县财政局三楼", "关于我们", copyright_line)
    assert "某某县财政局" in other and "县财政局三楼" in other


def test_a_papers_numbered_section_heading_at_the_foot_stays_a_count_goes() -> None:
    out = body("健康城市建设背景下综合医院的发展", P, P, "1 基本情况")
    assert "基本情况" in out
    counted = body("健康城市建设背景下综合医院的发展", P, P, "19 跟贴", "Copyright © 2019 某某网")
    assert "跟贴" not in counted


def test_institutions_one_a_line_under_no_date_are_links_joint_signers_over_a_date_stay() -> None:
    out = body("齐白石(已故)", P, P, "北京画院美术馆", "齐白石艺术国际研究中心", "传统中国绘画研究中心", "齐白石旧居纪念馆",
               "友情链接", "版权所有 北京画院 京ICP备11047018号")
    assert "研究中心" not in out and "纪念馆" not in out and P in out
    signed = body("关于做好某项工作的通知", P, P, "某某县人民政府办公室", "某某县财政局", "某某县教育局", "2024年1月18日",
                  "【打印本页】", "版权所有 某某县人民政府")
    assert "某某县财政局" in signed and "某某县教育局" in signed and "2024年1月18日" in signed


def test_headlines_ending_in_a_bang_under_the_footer_go_the_texts_own_closing_stays() -> None:
    out = body("关于做好某项工作的通知", P, P, "【打印本页】", "热门快报", "九合一大选最新消息看这里！",
               "引爆压力锅，四季度房价继续降？", "2018音乐节", "Copyright © 2018 某某新闻网")
    assert "最新消息看这里" not in out and "引爆压力锅" not in out
    closing = body("在全县工作会议上的讲话", P, P, "让我们携手共进，共创美好未来！", "谢谢大家！", "【打印本页】",
                   "Copyright © 2018 某某县人民政府")
    assert "共创美好未来！" in closing and "谢谢大家！" in closing


def test_a_page_cut_inside_its_text_keeps_its_last_lines_a_cut_footer_still_goes() -> None:
    """A stored excerpt ends inside the text, with no furniture under it: a line that ends on a
    clause mark or follows one, the paragraph indent of the text's prose, a list or poem under
    its `：` intro are the text's. The same short lines under a site's furniture, or a cut
    footer's bare links under the last sentence, still go."""
    head = ("关于做好某项工作的通知", "发布时间：2024-03-05", P)
    for tail in (("道路施工会给大家的出行带来不便，", "但短暂的维修换来的是", "日后的更安全、更畅通。",
                  "请大家互相转告通知，", "愿大家都能"),
                 ("　　" + P, "　　一、活动主题", "　　赓续文化血脉 筑牢信仰根基 谱写青春华章"),
                 ("一、人员编制：", "服务台班人员6名", "服务输送人员2名"),
                 ("附海子诗歌四首：", "《房屋》", "你在早上"),
                 (P, "城市轨道交通", "第四代移动通信", "用户3.4亿、光缆线路550"),
                 (P, "我将告诉每一个人", "陌生人， 我也为你祝福", "愿你有一个灿烂的前程", "愿你有情人终成眷属")):
        out = body(*head, *tail)
        assert all(x.strip().replace(" ", "") in out for x in tail[-2:]), tail
    under_furniture = body(*head, P, "扫一扫在手机打开当前页", "服务台班人员6名", "服务输送人员2名")
    assert "服务输送人员2名" not in under_furniture
    cut_footer = body(*head, P, "某某市教育局", "网站首页", "联系方式")
    assert "联系方式" not in cut_footer


def test_office_names_among_a_footers_furniture_go_a_signing_office_over_its_date_stays() -> None:
    card = ("健康科普", "预约挂号", "在线问诊", "主任药师", "药学部", "某某省中西医结合医院", "18天后有号", "去挂号",
            "版权所有：某某医生网")
    out = body("补佳乐副作用有哪些", "发布时间：2024-03-05", P, P, *card)
    assert "药学部" not in out and "中西医结合医院" not in out
    signed = body("关于做好某项工作的通知", "发布时间：2024-03-05", P, P, "【打印本页】", "某某县人民政府办公室",
                  "2024年1月18日", "【关闭窗口】")
    assert "某某县人民政府办公室" in signed and "2024年1月18日" in signed


def test_a_product_named_like_a_host_is_no_sites_promotion_and_the_text_under_it_stays() -> None:
    thesis = ["当前位置: article > 正文", "ASP.NET教师电子化信息库的设计与实现", "摘    要", P,
              "关键词档案管理;用户名/口令认证;ASP.NET;SQL Server 2005、", "2.1  系统开发环境", "本系统的开发环境是:",
              "技术平台:微软的.NET框架2.0版本", "开发语言:C#.NET"]
    out = body(*thesis)
    assert "用户名/口令认证" in out and "系统开发环境" in out and "C#.NET" in out
    promo = body("关于做好某项工作的通知", P, P, "本站网址abc.com，欢迎收藏本站")
    assert "abc.com" not in promo


def test_a_speech_under_a_sites_intro_stays_whole() -> None:
    out = body("五四青年节来历演讲稿(经典九篇)。", "五四青年节源于中国1919年的五四运动,五四运动是一次彻底的爱国运动。下面是小编整理的演讲稿,希望对大家有帮助。",
               "五四青年节来历演讲稿 篇1", "亲爱的朋友们：", "大家好！")
    assert "篇1" in out and "亲爱的朋友们：" in out and "大家好！" in out and "小编" not in out


def test_a_line_of_placeholders_at_the_end_of_a_cut_page_stays() -> None:
    out = body("关于做好某项工作的通知", "发布时间：2024-03-05", P, "X X X X X X X")
    assert "X X X X X X X" in out
    closed = body("关于做好某项工作的通知", "发布时间：2024-03-05", P, P, "分享 收藏 X")
    assert "收藏" not in closed


def test_a_cut_post_with_half_width_commas_keeps_its_last_line() -> None:
    """A scrape that kept the half-width comma (`很好,断下来了,跟进`) still shows a clause inside
    the line: the page was cut inside its text. A footer's bare links have no clause."""
    head = ("关于做好某项工作的通知", "发布时间：2024-03-05", P, P)
    assert "断下来了" in body(*head, "很好,断下来了,跟进")
    assert "联系方式" not in body(*head, "某某市教育局", "网站首页", "联系方式")


def test_a_cut_pages_last_headline_that_quotes_stays() -> None:
    """A page cut after a headline of its own (`陆运会「校庆同乐接力赛」反应热烈`): quotation marks
    belong to a text's wording; a footer's bare links have none."""
    head = ("活动消息", "发布时间：2024-03-05", P, P)
    assert "校庆同乐接力赛" in body(*head, "陆运会「校庆同乐接力赛」反应热烈")
    assert "网站地图" not in body(*head, "某某中学", "网站地图", "联系方式")


def test_a_sidebars_copy_of_the_title_does_not_stop_the_footer_a_file_name_does() -> None:
    """Only the title as a file's name (`….doc`) opens a document's preview below the text; a
    sidebar's or a comment header's copy of it is the page's furniture like its neighbours."""
    head = ("第三届某某数学建模竞赛", "发布时间：2024-03-05", P, P, "版权所有 某某网")
    side = body(*head, "第三届某某数学建模竞赛", "报名费100元", "参赛对象 全国")
    assert "报名费100元" not in side and "参赛对象" not in side
    preview = body(*head, "第三届某某数学建模竞赛Word文档下载推荐.doc", "1、竞赛规则", "2、评奖办法")
    assert "竞赛规则" in preview and "评奖办法" in preview


def test_a_papers_numbered_sections_under_its_keywords_stay() -> None:
    head = ("基于某某技术的考勤小程序设计", "发布时间：2024-03-05", P, "关键词:某某技术;考勤;小程序")
    out = body(*head, "2.引言", "2.1.研究背景")
    assert "2.引言" in out and "2.1.研究背景" in out
    assert "联系方式" not in body(*head, "某某市教育局", "网站首页", "联系方式")


def test_a_read_more_link_between_a_collections_items_does_not_start_the_footer() -> None:
    """A page of the year's news items in two languages, each with a read-more link: the next
    item's headline, under the link and the English report, is the text's; furniture below the text's last sentence is still the footer."""
    en = "Four students from class 5A were invited to a radio programme and talked about their school life."
    out = body("活动消息", "同学们获邀出席电台节目", P, "请按此了解活动详情 ...", en, en, "校庆同乐接力赛反应热烈",
               "Warm response to the 65th Anniversary Fun Relay Races")
    assert "校庆同乐接力赛反应热烈" in out and "了解活动详情" not in out
    out = body("活动消息", "同学们获邀出席电台节目", P, "请按此了解活动详情 ...", P, "【打印本页】", "网站地图 联系我们")
    assert "网站地图" not in out
    out = body("活动消息", "同学们获邀出席电台节目", P, P, "【打印本页】", "校友会 联系我们")
    assert "校友会" not in out


def test_a_cut_pages_last_subhead_under_a_paragraph_stays_a_label_line_there_goes() -> None:
    """A stored excerpt cut after a subhead: the page's last line, right under a paragraph."""
    p3 = "身为一个由 SQA 出身的开发者, 我察觉到一个十分奇怪, 而且不合理的现象: 我检查过周遭许多人的程式, 我发现绝大部份的人都不会在程式中做防呆的动作。"
    lines = ("2010/10/19", "程式内的防呆之道", p3, "普天同呆, 薄海翻腾", p3.replace("SQA", "QA"), "呆之一例")
    out = clean_text("\n\n".join(lines)).markdown  # (blank lines between, as a scrape has them)
    assert "呆之一例" in out
    out = body("程式内的防呆之道", "2010/10/19", P, P, "急救电话：120 投诉电话：0242-6018987")
    assert "投诉电话" not in out


def test_a_doc_sites_preview_label_goes_and_the_document_under_it_stays() -> None:
    out = body("某某真题答案.docx", "上传时间：2023-02-26", "页数：21", P, P, "【打印本页】", "关 键 词：", "资源描述：",
               "1、年全国通信专业技术人员职业水平考试通")
    assert "资源描述" not in out and "1、年全国通信专业技术人员职业水平考试通" in out
