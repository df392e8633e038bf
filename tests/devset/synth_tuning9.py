"""TUNING9: the tuning half of a seventh pair-split set of synthetic site templates, modelled on real pages.

The cleaner reads the earlier templates far better than real pages, because real pages carry things the
templates rarely had. These ten pairs of templates were written to carry those phenomena, each pair two
imagined sites of one family of page no earlier split is made of: a portal's news channel under a rendered
mega-menu of a hundred items, research-report previews (flattened PDF text), IT and gadget news, Traditional
entertainment news, county 融媒体 (TV and radio) sites, sports portals, car channels, health-science sites,
美文 (essay and verse) sites and 三农 (farm news and prices) sites. What they carry, across the pairs:
mega-menus and league or brand indexes of dozens of one-word items; hot and recommended lists whose items read
like prose headlines (20-30 characters ending in ！ or ？); comment threads (a user name and place, a time, a
line of opinion, 回复/赞); lead and summary boxes above the text; pages rendered one text node a line, so a
credit line splits (`来源：` / the source); app download bars above, inside and below the text; short verse
lines under the title (body); a page <title> line first with the site's suffix. Each pair's members are named
`wNNa-…` and `wNNb-…` in the order they were drafted. A fair coin per pair, `random.Random(9907).random() <
0.5` drawn ten times in pair order (`COIN`; the draws were 0.9263, 0.1599, 0.7400, 0.4496, 0.0039, 0.5916,
0.9622, 0.1558, 0.6997, 0.4784), put `a` here on heads and `b` here on tails: heads for pairs 2, 4, 5, 8, 10,
tails for 1, 3, 6, 7, 9. The other member of each pair is in `synth_heldout7.py` (HELD_OUT7), which no one
tuning the cleaner may read. Every rendering, encoding, script and line ending a pair needs in both halves
(one element per line, flattened text, GB18030, Big5 Traditional, a BOM, CRLF) was given to both members of
one pair, so the coin could not leave a half without it.

The ten sites here:

- w01b, a portal's news channel, one text node a line: a mega-menu of about a hundred channels, sub-channels,
  city stations and the portal's apps, a breadcrumb ending in 正文, the publish line split into date,
  `来源：` and the source, a font and share bar, a photo credit inside the text, a comment thread (hot
  comments with place names, times, 举报/赞/回复), a 24-hour ranking of prose headlines ending in ！ or ？,
  picture teasers and a footer of links, a report phone, the copyright and the licence;
- w02a, a research-report preview site showing a PDF as flattened text: its market menu, a breadcrumb, the
  institution, analyst and date, a rating and page-count bar, a 核心观点 summary box quoting the cut title,
  the site's disclaimer, a download line, related reports and a scan-for-the-app line;
- w03b, an IT and gadget news site (GB18030): a product menu, a login bar, an `出处/作者/编辑` line, a
  comment count, an app prompt inside the text, tags after it, a comment thread with floors and 顶, a
  最热资讯 list of prose headlines each followed by its read count on its own line, and an idle-page notice;
- w04a, a Taiwan-style entertainment news site in Traditional script, Big5: the home and member bar, a
  channel menu, a `记者…／综合报导` desk line, a share bar, a `▲ …（图／…）` caption, a 热门新闻 list of
  exclaiming headlines, a 你可能也会喜欢 list, a comment box with likes and the copyright;
- w05a, a county 融媒体中心 site, a third of its pages one element a line: an app download bar at the top, a
  `来源：` line split from its source on those pages, a video player's time bar, a 【导读】 lead box, the
  reporter, camera and editor credits after the text, a bar to open the app, 推荐阅读 prose headlines and
  the licence footer;
- w06b, a sports portal (CRLF): a league index of dozens of short items, a live-score ticker, a
  `【点击进入比分直播】` link inside the text, a 体育热榜 of prose headlines, comments `发表于` a date with
  顶/踩/回复, a related list and the copyright;
- w07b, a car channel: the channel menu, a brand index A to Z, a 询底价/计算器/口碑 tool bar, a model card
  inside the text with a reference price, a 车友评论 thread with floors, a 热门车型 list and the footer;
- w08a, a health-science site (CRLF): the department menu, the reviewing doctor's line with title and
  department, a 【导读】 lead box in prose, the medical disclaimer, 问医生/挂号 tools, a 健康热榜 of
  question headlines and the drug-information licence line;
- w09b, a 美文 essay site (UTF-8 with BOM): the genre menu, a line of verse under the title (body) on every
  page, an author/投稿/阅读 line, a 喜欢就分享 prompt, previous and next pieces, 猜你喜欢 and the copyright;
- w10a, a 三农 site: a price ticker (corn, pigs, eggs), the agri-expert hotline, a `来源/点击` line, an app
  download line inside the text, the 农资/供求/问答 services, a 农事热榜 of question headlines and the
  footer.

Site names and wording are invented in the manner of real sites of each family, never copied from one page.
Each template is data (see `synth.Template`): `¦` separates UI elements, `{key}` fields are filled per page.
"""

from __future__ import annotations

import random

from .synth import Template, bar

COIN_SEED = 9907
_coin = random.Random(COIN_SEED)
COIN: tuple[bool, ...] = tuple(_coin.random() < 0.5 for _ in range(10))  # heads: the pair's `a` is in TUNING9


_PORTAL_MENU = (
    bar("华夏万象首页", "新闻", "体育", "财经", "娱乐", "科技", "汽车", "房产", "教育", "健康", "旅游", "时尚", "游戏",
           "视频", "图片", "读书", "历史", "文化", "军事", "公益", "彩票", "星座", "育儿", "家居", "美食", "更多"),
    bar("国内", "国际", "社会", "评论", "深度", "图片新闻", "专题", "直播", "辟谣", "数读", "人物", "政务"),
    bar("城市站", "北京", "上海", "天津", "重庆", "河北", "山西", "内蒙古", "辽宁", "吉林", "黑龙江", "江苏", "浙江",
           "安徽", "福建", "江西", "山东", "河南", "湖北", "湖南", "广东", "广西", "海南", "四川", "贵州", "云南", "西藏",
           "陕西", "甘肃", "青海", "宁夏", "新疆", "香港", "澳门", "台湾"),
    bar("万象产品", "万象新闻客户端", "万象视频", "万象邮箱", "万象博客", "万象微刊", "万象天气", "万象地图",
           "万象输入法", "万象网盘", "万象音乐", "万象阅读", "我的收藏", "意见反馈"),
)

_LEAGUES = bar("足球", "中超", "中甲", "英超", "西甲", "德甲", "意甲", "法甲", "欧冠", "亚冠", "世预赛", "国足", "篮球",
                  "NBA", "CBA", "WCBA", "综合", "网球", "排球", "乒乓球", "羽毛球", "田径", "游泳", "跳水", "体操",
                  "拳击", "赛车", "高尔夫", "棋牌", "电竞", "户外", "马拉松", "彩票", "数据库", "赛程", "积分榜")

_BRANDS = bar("按品牌找车", *"ABCDEFGHJKLMNOPQRSTWXYZ")

TUNING9: tuple[Template, ...] = (
    Template(
        name="w01b-portal-megamenu", kind="portal", site="华夏万象网",
        why="a portal's news channel, one text node a line: a mega-menu of about a hundred channels, city stations "
            "and apps, a breadcrumb ending in 正文, the publish line split into date, `来源：` and source, a font and "
            "share bar, a photo credit inside the text, hot comments (place, time, 举报/赞/回复), a 24-hour ranking "
            "of prose headlines ending in ！ or ？, picture teasers, a footer of links, phone, copyright and licence",
        page_title="{title}|{col}_万象新闻_华夏万象网",
        head=(*_PORTAL_MENU, "万象新闻", "万象新闻¦>¦{col}¦>¦正文"),
        block=("title", "meta", "tools"),
        meta=("{date}¦ ¦来源：¦{src}",),
        tools=("字号¦ ¦大¦ ¦中¦ ¦小", "分享到：¦ ¦微信¦ ¦微博¦ ¦QQ空间", "{m}条评论¦ ¦|¦ ¦{n}人参与"),
        inside=("（图片来源：万象视觉）",),
        tail=("责任编辑：¦{editor}", "网友评论¦ ¦登录¦|¦注册", "热门评论", "{author}¦ ¦湖南长沙",
              "支持！好政策就要一条一条落到实处，老百姓才有获得感。", "今天 {hm}¦ ¦举报¦ ¦赞{m}¦ ¦回复",
              "{reviewer}¦ ¦四川绵阳", "说到基层干部心坎里了", "{m}分钟前¦ ¦举报¦ ¦赞¦ ¦回复", "查看全部{m}条评论 >",
              "24小时点击排行",
              "01¦ ¦这项新规下月起施行，关系到每个家庭的钱袋子！",
              "02¦ ¦退休人员基本养老金上调方案公布，你的能涨多少？",
              "03¦ ¦外卖小哥深夜跳河救起落水老人，事后悄悄离开！",
              "04¦ ¦高铁调价后这些线路反而便宜了，你坐过吗？",
              "05¦ ¦连续高温多地用电负荷创新高，电够不够用？",
              "图片推荐", "秋日梯田层林尽染", "古镇灯会游人如织", "候鸟飞抵湿地越冬",
              "关于万象¦ ¦广告服务¦ ¦联系我们¦ ¦招聘信息¦ ¦网站地图¦ ¦帮助中心", "违法和不良信息举报电话：{phone}",
              "Copyright © 1999-{year} 华夏万象网 版权所有", "增值电信业务经营许可证 京B2-{icp}"),
        cols=("国内新闻", "社会新闻", "时政要闻"), date_fmt="%Y年%m月%d日 %H:%M", render="fragments",
    ),
    Template(
        name="w02a-research-report-flat", kind="report", site="慧研财经",
        why="a research-report preview site showing a PDF as flattened text: its market menu, a breadcrumb, the "
            "institution, analyst and date, a rating and page-count bar, a 核心观点 summary box quoting the cut "
            "title, the site's disclaimer, a download line, related reports, a scan-for-the-app line and licence",
        page_title="{short}-研报详情-慧研财经",
        head=("慧研财经¦ ¦行情¦ ¦研报¦ ¦公告¦ ¦数据中心¦ ¦下载APP", "研报中心¦ > ¦{col}¦ > ¦研报详情"),
        block=("title", "meta", "tools"),
        meta=("机构：东岳证券¦　¦分析师：{author}¦　¦发布日期：{date}",),
        tools=("评级：¦买入（维持）¦　¦页数：{pages}页¦　¦大小：{kb}KB",
               "核心观点：{short}，建议关注后续政策落地的节奏与力度。"),
        foot=("免责声明：本站研报均来自公开渠道，仅供投资者参考，不构成任何投资建议。",),
        related=("相关研报", "{rtitle}¦　¦{rdate}"), related_n=(3, 5),
        tail=("下载完整PDF（{kb}KB）¦ ¦加入研报夹", "@related", "扫码下载慧研财经APP，随时随地看研报",
              "慧研财经 © {year}¦ ¦沪ICP备{icp}号"),
        cols=("宏观研究", "策略研究", "行业研究"), date_fmt="%Y-%m-%d", render="flat",
    ),
    Template(
        name="w03b-gadget-news", kind="tech", site="极客快报",
        why="an IT and gadget news site (GB18030): a product menu, a login bar, an `出处/作者/编辑` line, a comment "
            "count, an app prompt inside the text, tags after it, a comment thread with floors and 顶, a 最热资讯 list "
            "of prose headlines each followed by its read count on its own line, an idle-page notice",
        page_title="{title} - 极客快报",
        head=("极客快报¦ ¦首页¦ ¦手机¦ ¦电脑¦ ¦家电¦ ¦汽车¦ ¦游戏¦ ¦评测¦ ¦软件下载", "搜索¦ ¦登录¦ ¦注册",
              "极客快报¦ > ¦{col}¦ > ¦正文"),
        block=("title", "meta", "tools"),
        meta=("{date}¦　¦出处：{src}¦　¦作者：{author}¦　¦编辑：{editor}",),
        tools=("[{m}条评论]¦ ¦收藏¦ ¦纠错",),
        inside=("下载极客快报客户端，看资讯更流畅",),
        tail=("话题标签：¦{col}¦ ¦热点", "网友评论", "{author}¦ ¦{m}楼", "太长了，有没有人总结一下重点？",
              "{m}分钟前¦ ¦回复¦ ¦顶({m})", "{reviewer}¦ ¦{pages}楼", "基层干部确实不容易，点个赞！",
              "{pages}小时前¦ ¦回复¦ ¦顶({pages})", "最热资讯",
              "手机续航焦虑终于有解？新一代快充实测来了", "阅读：", "{n}",
              "国产芯片再传喜讯，这次的突破有多大意义？", "阅读：", "{n}",
              "双十一家电价格战打响，哪些品类最值得入手！", "阅读：", "{n}",
              "关于我们¦ ¦隐私权说明¦ ¦加入我们¦ ¦广告刊例", "极客快报 版权所有¦ ¦豫ICP备{icp}号-1",
              "页面长时间未操作，点击任意位置即可刷新内容"),
        cols=("手机快讯", "业界动态", "科技前沿"), date_fmt="%Y-%m-%d %H:%M:%S", encoding="gb18030",
    ),
    Template(
        name="w04a-tw-showbiz-big5", kind="entertainment", site="星光新闻网",
        why="a Taiwan-style entertainment news site in Traditional script, Big5: the home and member bar, a channel "
            "menu, a `记者…／综合报导` desk line, a share bar, a `▲ …（图／…）` caption, a 热门新闻 list of exclaiming "
            "headlines, a 你可能也会喜欢 list, a comment box with likes and the copyright",
        page_title="{title} | 星光娱乐 | 星光新闻网",
        head=("回首页¦ ¦|¦ ¦手机版¦ ¦|¦ ¦会员中心", "最新¦ ¦热门¦ ¦影剧¦ ¦音乐¦ ¦综艺¦ ¦韩流¦ ¦日饭¦ ¦星座¦ ¦影音",
              "星光娱乐¦ ¦›¦ ¦{col}"),
        block=("title", "meta", "tools"),
        meta=("{date}", "记者{author}／综合报导"),
        tools=("分享¦ ¦LINE¦ ¦复制链接¦ ¦加入收藏",),
        inside=("▲ 活动现场画面（图／翻摄自网络）",),
        tail=("热门新闻", "独家！金曲歌王新专辑曝光，合作名单太惊人了！", "综艺节目收视再创新高，幕后功臣竟是他！",
              "人气女星街头被认出，亲切合照暖翻全场！", "看更多热门新闻", "你可能也会喜欢", "{prev}", "{next}",
              "留言¦（{m}）", "{author}¦ ¦{pages}小时前", "这篇写得很清楚，已经推给家人看！", "赞 {m}¦ ¦回复",
              "星光新闻网 © {year} All Rights Reserved."),
        cols=("华娱", "电视", "音乐"), date_fmt="%Y年%m月%d日 %H:%M", script="traditional", encoding="big5",
    ),
    Template(
        name="w05a-county-media-centre", kind="broadcast", site="青川融媒",
        why="a county 融媒体中心 site, a third of its pages one element a line: an app download bar at the top, a "
            "`来源：` line split from its source on those pages, a video time bar, a 【导读】 lead box, reporter, "
            "camera and editor credits after the text, a bar to open the app, 推荐阅读 prose headlines, the licence",
        page_title="{title}_青川融媒",
        head=("下载“爱青川”客户端，看直播更流畅¦ ¦立即打开", "青川融媒¦ ¦|¦ ¦青川县融媒体中心",
              "首页¦ ¦本地新闻¦ ¦青川电视¦ ¦青川广播¦ ¦专题¦ ¦直播"),
        block=("title", "meta", "tools"),
        meta=("来源：¦青川县融媒体中心¦　¦{date}",),
        tools=("▶¦ ¦00:00¦ ¦/¦ ¦02:58", "【导读】近日，{short}引发广泛关注，一起来看详细报道。"),
        foot=("记者：{author}¦　¦摄像：{reviewer}¦　¦编辑：{editor}",),
        tail=("打开爱青川APP，查看更多精彩内容", "推荐阅读", "青川这条乡村公路通车了，村民出行再也不用绕远路！",
              "秋收时节走进田间地头，今年的收成怎么样？", "青川县融媒体中心主办¦ ¦川ICP备{icp}号"),
        cols=("本地新闻", "乡镇动态"), date_fmt="%Y-%m-%d %H:%M", fragments=0.34,
    ),
    Template(
        name="w06b-sports-portal", kind="sports", site="竞速体育",
        why="a sports portal (CRLF): a league index of dozens of short items, a live-score ticker, a "
            "`【点击进入比分直播】` link inside the text, a 体育热榜 of prose headlines, comments `发表于` a date with "
            "顶/踩/回复, a related list and the copyright",
        page_title="{title}_竞速体育",
        head=("竞速体育¦ ¦首页¦ ¦直播¦ ¦视频¦ ¦社区", _LEAGUES, "比分直播¦ ¦中超 第{pages}轮¦ ¦完场¦ ¦{m}:2",
              "竞速体育¦ ¦>¦ ¦{col}"),
        block=("title", "meta", "tools"),
        meta=("{date}¦　¦{src}",),
        tools=("评论({m})¦ ¦分享",),
        inside=("【点击进入比分直播】",),
        related=("相关阅读", "·¦{rtitle}"), related_n=(2, 4),
        tail=("@related", "体育热榜", "主场逆转绝杀！这场比赛的最后三分钟太精彩了", "三十五岁老将宣布退役，球迷泪目送别！",
              "新赛季规则大改，这些变化你都知道吗？", "网友 {author}¦ ¦发表于 {date2}", "这才是真正的体育精神！",
              "顶[{m}]¦ ¦踩¦ ¦回复", "竞速体育 版权所有 ©{since}-{year}"),
        cols=("综合体育", "赛事新闻"), date_fmt="%Y-%m-%d %H:%M", newline="\r\n",
    ),
    Template(
        name="w07b-car-channel", kind="auto", site="车行天下",
        why="a car channel: the channel menu, a brand index A to Z, a 询底价/计算器/口碑 tool bar, a model card inside "
            "the text with a reference price, a 车友评论 thread with floors, a 热门车型 list and the footer",
        page_title="{title}-车行天下",
        head=("车行天下¦ ¦选车¦ ¦报价¦ ¦新车¦ ¦导购¦ ¦用车¦ ¦二手车¦ ¦论坛", _BRANDS, "车行天下¦ / ¦{col}¦ / ¦正文"),
        block=("title", "meta", "tools"),
        meta=("{date}¦ ¦来源：{src}¦ ¦作者：{author}",),
        tools=("询底价¦ ¦购车计算器¦ ¦车主口碑",),
        inside=("【推荐车型】¦澜岳 L7¦ ¦参考价：{pages}.98万起¦ ¦查看报价",),
        tail=("车友评论（{m}）", "车友{reviewer}¦ ¦{pages}楼", "写得在理，希望各地都能出台这样的措施。",
              "{pages}天前¦ ¦回复¦ ¦赞", "热门车型", "澜岳 L7¦ ¦星驰 S5¦ ¦远途 X3¦ ¦锐行 GT",
              "关于车行天下¦ ¦联系我们¦ ¦车商合作¦ ¦友情链接", "© {year} 车行天下¦ ¦粤ICP备{icp}号"),
        cols=("新车资讯", "行业新闻", "政策解读"), date_fmt="%Y年%m月%d日",
    ),
    Template(
        name="w08a-health-science", kind="health", site="杏林健康网",
        why="a health-science site (CRLF): the department menu, the reviewing doctor's line with title and "
            "department, a 【导读】 lead box in prose, the medical disclaimer, 问医生/挂号 tools, a 健康热榜 of "
            "question headlines and the drug-information licence line",
        page_title="{title} - 杏林健康网",
        head=("杏林健康网¦ ¦|¦ ¦权威健康科普平台", "首页¦ ¦内科¦ ¦外科¦ ¦儿科¦ ¦妇产科¦ ¦中医¦ ¦营养¦ ¦心理¦ ¦疾病百科"),
        block=("title", "meta", "tools"),
        meta=("审核专家：{author}¦ ¦主任医师¦ ¦{col}", "发布时间：{date}"),
        tools=("【导读】很多人都关心这个问题，本文用通俗的语言为你一一解读。",),
        foot=("免责声明：本文仅作健康科普，不能替代执业医师的面对面诊疗。",),
        tail=("在线问医生¦ ¦预约挂号¦ ¦查药品¦ ¦查疾病", "健康热榜", "每天走一万步真的有益吗？医生给出答案",
              "秋冬季节总是手脚冰凉，到底是哪里出了问题？", "体检报告上的箭头要不要紧？一文看懂",
              "互联网药品信息服务资格证书（京）-非经营性-{year}-{m}", "杏林健康网 版权所有"),
        cols=("心内科", "消化内科", "营养科"), date_fmt="%Y/%m/%d", newline="\r\n",
    ),
    Template(
        name="w09b-essay-site", kind="essay", site="墨香美文网",
        why="a 美文 essay site (UTF-8 with BOM): the genre menu, a line of verse under the title (body), an "
            "author/投稿/阅读 line, a 喜欢就分享 prompt, previous and next pieces, 猜你喜欢 and the copyright",
        page_title="{title}_墨香美文网",
        head=("墨香美文网", "首页¦ ¦散文¦ ¦诗歌¦ ¦随笔¦ ¦美文摘抄¦ ¦心情日记¦ ¦投稿"),
        block=("title", "sub", "meta"),
        subtitle=("灯火万家处，皆是来时路", "一程山水一程歌", "把日子过成诗，把初心写成行", "风起于青萍之末"),
        meta=("作者：{author}¦　¦来源：原创投稿¦　¦阅读：{n}次¦　¦{date}",),
        related=("猜你喜欢", "{rtitle}"), related_n=(3, 5),
        tail=("喜欢这篇文章？就分享给身边的朋友吧！", "上一篇：{prev}", "下一篇：{next}", "@related",
              "墨香美文网 版权所有 未经授权禁止转载"),
        cols=("散文", "随笔"), date_fmt="%Y-%m-%d", blank="body", encoding="utf-8-sig",
    ),
    Template(
        name="w10a-farm-news", kind="agri", site="田园农讯网",
        why="a 三农 site: a price ticker (corn, pigs, eggs), the agri-expert hotline, a `来源/点击` line, an app "
            "download line inside the text, the 农资/供求/问答 services, a 农事热榜 of question headlines, the footer",
        page_title="{title}-田园农讯网",
        head=("田园农讯网¦ ¦|¦ ¦农业新闻¦ ¦|¦ ¦农产品价格¦ ¦|¦ ¦农技¦ ¦|¦ ¦政策",
              "今日行情：¦玉米 1.{pages}元/斤¦ ¦生猪 {pages}.50元/公斤¦ ¦鸡蛋 4.{pages}元/斤", "农技专家热线：{phone}"),
        block=("title", "meta"),
        meta=("{date}¦ ¦来源：{src}¦ ¦点击：{n}",),
        inside=("下载田园农讯APP，每天看最新农产品价格",),
        tail=("农资商城¦ ¦供求信息¦ ¦农技问答¦ ¦农机补贴查询", "农事热榜", "今年玉米价格为何一路上涨？专家这样分析",
              "小麦冬前管理抓好这几点，来年增产有保障！", "田园农讯网¦ ¦京ICP备{icp}号¦ ¦联系电话：{phone}"),
        cols=("三农要闻", "政策解读"), date_fmt="%Y-%m-%d",
    ),
)
