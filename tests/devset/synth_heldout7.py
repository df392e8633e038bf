"""HELD_OUT7: the held-out half of the seventh pair-split set (TUNING9's twins). Never read while tuning.

Ten pairs of templates were written together, modelled on what real pages carry and the earlier templates
rarely had: mega-menus and indexes of dozens of one-word items, hot lists of prose headlines ending in ！ or ？,
comment threads, lead and summary boxes, app download bars, credit lines split one text node a line, verse
lines under the title. Each pair is two imagined sites of one family (portal channels, research-report
previews, IT news, Traditional entertainment news, 融媒体 sites, sports portals, car channels, health-science
sites, 美文 sites, 三农 sites). A coin per pair (`synth_tuning9.COIN`, seed 9907) put one member in TUNING9 and
this one here: `a` here for pairs 1, 3, 6, 7, 9, `b` for pairs 2, 4, 5, 8, 10.

Whoever tunes the cleaner must not read this module or look at its pages: score it only through the TOTAL
line of `python -m tests.devset.synth_report --split held_out7`.

The ten sites here:

- w01a, a portal's news channel, one text node a line: a navigation of about a hundred items (columns, 地方
  频道, services), a `您所在的位置` breadcrumb, the date, `来源：` and `作者：` each split from their values,
  an A+/A-/print bar, a 跟帖 thread with regions and 支持/反对, a 热点排行 of exclaiming and asking headlines,
  video teasers and a footer;
- w02b, a research-report preview site, flattened PDF text: a menu, the issuing firm, researcher and date, a
  rating and file-size bar, a 【报告摘要】 box, a note that the copyright stays with the firm, a VIP download
  bar with a price, the firm's other reports and the licence;
- w03a, a gadget news site (GB18030): a menu, an author/责编/date line and a 原创/阅读 line, a share bar with
  a comment count, a related-reading link inside the text, a comment from an app with likes, 编辑推荐 prose
  headlines each followed by a comment count, the copyright;
- w04b, a Hong Kong-style entertainment site in Traditional script, Big5: a menu, 撰文 and 更新时间 lines, a
  font-size bar, a 图片来源 caption, 即时热话 and 最多人看 lists, a comment box and the copyright;
- w05b, a city 融媒体 site, a third of its pages one element a line: an open-the-app bar at the top, the date
  with a `来源：` label split from its value, an `编辑：` line, a 【内容提要】 box, 文字/摄影/审核 credits,
  a scan-to-download bar, 更多新闻 prose headlines, the footer;
- w06a, a sports portal (CRLF): an index of dozens of sports, a results ticker, a video link inside the text,
  热门赛事排行 prose headlines, a 楼主 comment with 支持 and the copyright;
- w07a, a car site: a menu, a 热门品牌 index of brand names, a local-price bar, a model strip inside the text,
  网友热评 with the commenter's province, 大家都在看 prose headlines and the footer;
- w08b, a health site (CRLF): a menu, the reviewing expert and an update line, a 内容摘要 box in prose, a
  温馨提示 disclaimer, 问诊/找医院 tools, 大家都在问 question headlines and a licence line;
- w09a, a 散文 site (UTF-8 with BOM): a menu, a `文/author` line, a line of verse after it (body), indented
  paragraphs, an authorisation note, 赞赏/收藏 buttons, 相关文章 and the footer;
- w10b, a farm site: a price index and a vegetable-price ticker, the 三农 hotline, a `发布日期/信息来源/浏览次数`
  line, an app prompt inside the text, the 致富经 services, 热门问答 headlines and the footer.
"""

from __future__ import annotations

from .synth import Template, bar

_NAVIGATION = (
    bar("瞭望首页", "要闻", "时政", "国际", "社会", "法治", "财经", "产经", "金融", "房产", "汽车", "科技", "数码",
           "教育", "文化", "文旅", "健康", "体育", "娱乐", "军事", "历史", "读书", "女性", "亲子", "公益", "视频",
           "图库", "直播", "专题", "评论"),
    bar("地方频道", "京津冀", "长三角", "大湾区", "成渝", "东北", "中原", "西北", "西南", "华中", "华南", "海峡",
           "港澳", "边疆", "城市观察", "县域经济", "乡村振兴", "地方领导"),
    bar("服务", "天气预报", "火车时刻", "航班查询", "快递查询", "违章查询", "公积金", "社保查询", "高考志愿",
           "万年历", "汇率换算", "彩票开奖", "老黄历", "招聘求职", "二手交易", "便民电话"),
    bar("瞭望产品", "瞭望客户端", "瞭望视频号", "瞭望播客", "瞭望读报", "瞭望云课堂", "瞭望问政", "瞭望商城",
           "瞭望邮局", "瞭望相册", "瞭望论坛", "瞭望开放平台", "个人中心", "退出登录"),
)

_SPORTS = bar("全部项目", "国内足球", "国际足球", "欧洲联赛", "亚洲赛事", "女足", "青训", "篮球联赛", "美职篮",
                 "女篮", "小球", "冰雪", "水上", "田赛", "径赛", "武术", "围棋", "象棋", "桥牌", "自行车", "铁人三项",
                 "攀岩", "冲浪", "滑板", "健身", "跑步", "骑行", "钓鱼", "极限", "奥运", "亚运", "全运", "赛历", "榜单")

_MAKES = bar("热门品牌", "远航", "澜途", "恒驰", "北辰", "星穹", "云雀", "凌风", "锐途", "长岭", "骁骑", "天晟",
                "和越", "飞翼", "宏图", "瑞祥", "全部品牌")

HELD_OUT7: tuple[Template, ...] = (
    Template(
        name="w01a-portal-navigation", kind="portal", site="神州瞭望网",
        why="a portal's news channel, one text node a line: a navigation of about a hundred items, a breadcrumb, "
            "date, `来源：` and `作者：` each split from their values, an A+/A-/print bar, a 跟帖 thread with "
            "regions and 支持/反对, a 热点排行 of prose headlines, video teasers and a footer",
        page_title="{title}_瞭望资讯_神州瞭望网",
        head=(*_NAVIGATION, "您所在的位置：¦瞭望首页¦›¦{col}"),
        block=("title", "meta", "tools"),
        meta=("{date}", "来源：¦{src}¦　¦作者：¦{author}"),
        tools=("A+¦ ¦A-¦ ¦打印¦ ¦纠错",),
        tail=("【责任编辑：¦{editor}¦】", "跟帖评论（{m}）", "{reviewer}¦ ¦[广东深圳网友]",
              "这样的讲话实在，接地气，希望以后多一些！", "{date2}¦ ¦支持({m})¦ ¦反对¦ ¦回复",
              "{author}¦ ¦[浙江温州网友]", "字字句句都是干货", "{date2}¦ ¦支持¦ ¦反对¦ ¦回复", "热点排行",
              "1¦ ¦暴雨过后这座城市交出了一份亮眼答卷！", "2¦ ¦明年起这些证件可以线上办了，你知道吗？",
              "3¦ ¦山区孩子第一次看到大海，笑得特别灿烂！", "4¦ ¦新能源车冬天掉电快怎么办？专家支招",
              "视频推荐", "航拍千年古村落", "非遗传承人的匠心", "凌晨四点的菜市场",
              "关于我们¦ ¦联系方式¦ ¦版权声明¦ ¦广告合作¦ ¦人才招聘", "互联网新闻信息服务许可证：{icp}",
              "神州瞭望网 版权所有 ©{since}-{year}"),
        cols=("时政要闻", "社会民生"), date_fmt="%Y-%m-%d %H:%M:%S", render="fragments",
    ),
    Template(
        name="w02b-report-preview-flat", kind="report", site="研值网",
        why="a research-report preview site, flattened PDF text: a menu, the issuing firm, researcher and date, "
            "a rating and file-size bar, a 【报告摘要】 box, a copyright-stays-with-the-firm note, a VIP download "
            "bar with a price, the firm's other reports and the licence",
        page_title="{title} - 研值网",
        head=("研值网¦ ¦首页¦ ¦行业报告¦ ¦券商研报¦ ¦数据¦ ¦会员", "当前位置：¦首页¦ » ¦{col}"),
        block=("title", "meta", "tools"),
        meta=("研究机构：北辰证券¦ ¦研究员：{author}¦ ¦报告日期：{date}",),
        tools=("投资评级：增持¦ ¦|¦ ¦共{pages}页¦ ¦|¦ ¦{kb}KB",
               "【报告摘要】{short}。我们认为相关举措将持续释放积极信号。"),
        foot=("温馨提示：研报版权归原发布机构所有，本站仅提供摘要与在线预览。",),
        related=("北辰证券其他研报", "{i}.¦{rtitle}"), related_n=(2, 4),
        tail=("VIP会员免费下载¦ ¦单篇购买 ¥{price}", "@related", "研值网 ©{year}¦ ¦浙ICP备{icp}号-2"),
        cols=("券商研报", "行业报告"), date_fmt="%Y年%m月%d日", render="flat",
    ),
    Template(
        name="w03a-digital-frontier", kind="tech", site="数码前沿",
        why="a gadget news site (GB18030): a menu, an author/责编/date line and a 原创/阅读 line, a share bar with a "
            "comment count, a related-reading link inside the text, a comment from an app with likes, 编辑推荐 "
            "prose headlines each followed by a comment count, the copyright",
        page_title="{title}_{col}_数码前沿",
        head=("数码前沿¦ ¦资讯¦ ¦评测¦ ¦导购¦ ¦笔记本¦ ¦平板¦ ¦智能穿戴¦ ¦影像¦ ¦社区",),
        block=("title", "meta", "tools"),
        meta=("作者：{author}¦　¦责编：{editor}¦　¦{date}", "原创¦ ¦|¦ ¦阅读 {n}"),
        tools=("分享至¦ ¦微信¦ ¦微博¦ ¦|¦ ¦评论 {m}",),
        inside=("【相关阅读】新品发布会全程回顾",),
        tail=("全部评论", "{reviewer}¦ ¦来自 安卓客户端", "期待已久，这次终于等到了吗？", "点赞({m})¦ ¦回复",
              "编辑推荐", "旗舰平板降价千元，现在入手是不是最佳时机？", "评论 {m}",
              "折叠屏手机越来越薄，耐用性到底怎么样！", "评论 {pages}",
              "数码前沿 版权所有 ©{since}-{year}¦ ¦粤ICP备{icp}号"),
        cols=("平板电脑", "智能手机"), date_fmt="%Y年%m月%d日 %H:%M", encoding="gb18030", wrap_title=0.3,
    ),
    Template(
        name="w04b-hk-showbiz-big5", kind="entertainment", site="娱乐前线",
        why="a Hong Kong-style entertainment site in Traditional script, Big5: a menu, 撰文 and 更新时间 lines, a "
            "font-size bar, a 图片来源 caption, 即时热话 and 最多人看 lists, a comment box and the copyright",
        page_title="{title} - 娱乐前线",
        head=("娱乐前线¦ ¦|¦ ¦即时娱乐¦ ¦|¦ ¦电影¦ ¦|¦ ¦剧集¦ ¦|¦ ¦音乐¦ ¦|¦ ¦专访¦ ¦|¦ ¦生活",),
        block=("title", "meta", "tools"),
        meta=("撰文：{author}", "更新时间：{date}"),
        tools=("字体大小：¦小¦ ¦中¦ ¦大",),
        inside=("（图片来源：资料图片）",),
        tail=("即时热话", "好消息！经典剧集宣布开拍续集，原班人马回归！", "歌手巡回演唱会加场，门票三分钟售罄！",
              "最多人看", "{prev}", "{next}", "发表意见", "{reviewer}¦ ¦{pages} 分钟前",
              "终于等到了，一定要去现场支持！", "讚好 {m}¦ ¦回覆", "© {year} 娱乐前线 版权所有，不得转载"),
        cols=("即时娱乐", "专访"), date_fmt="%Y-%m-%d %H:%M", no_title=0.3, script="traditional", encoding="big5",
    ),
    Template(
        name="w05b-city-media", kind="broadcast", site="临江发布",
        why="a city 融媒体 site, a third of its pages one element a line: an open-the-app bar at the top, the date "
            "with a `来源：` label split from its value, an `编辑：` line, a 【内容提要】 box, 文字/摄影/审核 "
            "credits, a scan-to-download bar, 更多新闻 prose headlines, the footer",
        page_title="{title}-临江发布",
        head=("打开临江新闻APP¦ ¦阅读体验更佳", "临江发布¦ ¦|¦ ¦临江广播电视台",
              "首页¦ ¦新闻¦ ¦电视¦ ¦广播¦ ¦融媒直播¦ ¦政务¦ ¦问政"),
        block=("title", "meta", "tools"),
        meta=("{date}¦ ¦来源：¦临江广播电视台", "编辑：¦{editor}"),
        tools=("【内容提要】{short}。详细内容请看报道。",),
        foot=("文字：{author}¦　¦摄影：{reviewer}¦　¦审核：{editor}",),
        tail=("看临江，用临江新闻APP¦ ¦扫码下载", "更多新闻", "临江大桥今天正式通车，过江只需五分钟！",
              "家门口的口袋公园建成了，周末去哪儿玩？", "临江广播电视台 版权所有¦ ¦{phone}"),
        cols=("临江新闻", "区县联播"), date_fmt="%Y年%m月%d日 %H:%M", fragments=0.34,
    ),
    Template(
        name="w06a-fans-sports", kind="sports", site="球迷天地",
        why="a sports portal (CRLF): an index of dozens of sports, a results ticker, a video link inside the text, "
            "热门赛事排行 prose headlines, a 楼主 comment with 支持 and the copyright",
        page_title="{title} - 球迷天地",
        head=("球迷天地¦ ¦|¦ ¦即时比分¦ ¦|¦ ¦赛程¦ ¦|¦ ¦论坛", _SPORTS, "最新赛果：¦联赛第{pages}轮¦ ¦{pages}-{m}",
              "球迷天地¦ ¦»¦ ¦{col}"),
        block=("title", "meta"),
        meta=("{src}¦ ¦{date}¦ ¦浏览 {n}",),
        inside=("【视频】赛后新闻发布会全程回放",),
        tail=("热门赛事排行", "补时阶段连进两球，主队上演惊天大逆转！", "全运会赛程出炉，哪些项目最值得关注？",
              "楼主 {author}", "{date2}¦ ¦支持({m})¦ ¦回复", "精彩不容错过，下一场继续加油！",
              "球迷天地 Copyright © {year}"),
        cols=("国内足球", "篮球联赛"), date_fmt="%Y/%m/%d %H:%M", newline="\r\n",
    ),
    Template(
        name="w07a-auto-observer", kind="auto", site="汽车观察网",
        why="a car site: a menu, a 热门品牌 index of brand names, a local-price bar, a model strip inside the "
            "text, 网友热评 with the commenter's province, 大家都在看 prose headlines and the footer",
        page_title="{title}_汽车观察网",
        head=("汽车观察网¦ ¦首页¦ ¦车型库¦ ¦找经销商¦ ¦降价¦ ¦评测¦ ¦视频¦ ¦新能源¦ ¦车友会", _MAKES),
        block=("title", "meta", "tools"),
        meta=("{date}¦　¦{src}",),
        tools=("点击获取本地最低价¦ ¦|¦ ¦贷款计算",),
        inside=("▶ 本文涉及车型：远航 E9¦ ¦厂商指导价 {pages}.28 万",),
        tail=("网友热评", "{reviewer}¦ ¦来自江苏的车友", "政策是好政策，关键看能不能落地。", "{m}赞¦ ¦回复",
              "大家都在看", "冬季开车出门前，这三件事一定要做！", "二手车保值率排行出炉，你的车上榜了吗？",
              "汽车观察网¦ ¦关于我们¦ ¦联系我们¦ ¦免责声明", "沪ICP备{icp}号"),
        cols=("行业资讯", "政策法规"), date_fmt="%Y-%m-%d",
    ),
    Template(
        name="w08b-health-know", kind="health", site="康知网",
        why="a health site (CRLF): a menu, the reviewing expert and an update line, a 内容摘要 box in prose, a "
            "温馨提示 disclaimer, 问诊/找医院 tools, 大家都在问 question headlines and a licence line",
        page_title="{title}_康知网",
        head=("康知网¦ ¦首页¦ ¦查疾病¦ ¦查症状¦ ¦查药品¦ ¦查医院¦ ¦健康号", "康知网¦ > ¦{col}¦ > ¦科普文章"),
        block=("title", "meta", "tools"),
        meta=("本文专家：{author}¦ ¦副主任医师¦ ¦{col}", "更新：{date}"),
        tools=("内容摘要：本文从病因、症状和日常调理三个方面，帮你理清思路。",),
        foot=("温馨提示：文中内容仅供参考，如有不适请及时到正规医院就诊。",),
        tail=("快速问诊¦ ¦找医院¦ ¦找医生", "大家都在问", "晚上总是睡不着，是不是缺了什么营养？",
              "孩子反复咳嗽要不要去医院？看完心里有数", "互联网医疗信息备案号：{icp}¦ ¦康知网 版权所有"),
        cols=("呼吸内科", "神经内科"), date_fmt="%Y-%m-%d", newline="\r\n",
    ),
    Template(
        name="w09a-lamp-essays", kind="essay", site="青灯散文网",
        why="a 散文 site (UTF-8 with BOM): a menu, a `文/author` line, a line of verse after it (body), indented "
            "paragraphs, an authorisation note, 赞赏/收藏 buttons, 相关文章 and the footer",
        page_title="{title} - 青灯散文网",
        head=("青灯散文网¦ ¦|¦ ¦抒情散文¦ ¦|¦ ¦哲理散文¦ ¦|¦ ¦游记¦ ¦|¦ ¦诗词¦ ¦|¦ ¦名家", "当前：¦{col}"),
        block=("title", "meta", "sub"),
        subtitle=("山一程，水一程", "一灯一卷一清欢", "春来江水绿，人在画中行", "且将新火试新茶"),
        meta=("文/{author}¦　¦{date}¦　¦人气：{n}",),
        related=("相关文章", "· {rtitle}"), related_n=(3, 5),
        foot=("本文由作者授权发布，转载请注明出处。",),
        tail=("赞赏作者¦ ¦收藏¦ ¦举报", "@related", "青灯散文网¦ ¦蜀ICP备{icp}号"),
        cols=("抒情散文", "游记"), date_fmt="%Y年%m月%d日", indent="　　", encoding="utf-8-sig",
    ),
    Template(
        name="w10b-harvest-farm", kind="agri", site="丰年农业网",
        why="a farm site: a price index and a vegetable-price ticker, the 三农 hotline, a "
            "`发布日期/信息来源/浏览次数` line, an app prompt inside the text, the 致富经 services, 热门问答 "
            "headlines and the footer",
        page_title="{short}_丰年农业网",
        head=("丰年农业网¦ ¦首页¦ ¦资讯¦ ¦行情¦ ¦技术¦ ¦商机¦ ¦专家", "农产品批发价格指数¦ ¦1{pages}.{m}¦ ¦↑0.{pages}%",
              "菜价：¦白菜 0.{pages}元/斤¦ ¦土豆 1.{pages}元/斤¦ ¦西红柿 2.{pages}元/斤", "三农服务热线：{phone}"),
        block=("title", "meta"),
        meta=("发布日期：{date}¦ ¦信息来源：{src}¦ ¦浏览次数：{n}",),
        inside=("长按识别二维码，下载丰年农业APP",),
        tail=("致富经¦ ¦种植技术¦ ¦养殖技术¦ ¦农机具¦ ¦农药化肥", "热门问答", "大棚蔬菜冬天怎么保温？老农分享三个妙招",
              "养羊一年能挣多少钱？听听养殖户怎么说", "丰年农业网 版权所有¦ ¦鲁ICP备{icp}号"),
        cols=("农业资讯", "种植技术"), date_fmt="%Y-%m-%d",
    ),
)
