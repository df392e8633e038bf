"""TUNING3: the tuning half of a third pair-split set of synthetic site templates.

Twenty pairs of templates were written together, each pair two sites of the same kind of
page (county and provincial portals, news portals, 范文 and doc sites, speech sites, law
databases, schools, Taiwan and Hong Kong sites, self-media copies, forums, blogs, novels,
hospitals and companies, press releases, 信息公开 notices with a 落款, pages with only a
<title> line, 政协/人大 pages with wrapping titles...), worded differently from each other
and from TUNING and TUNING2. Each pair's members are named `pNNa-…` and `pNNb-…` in the
order they were drafted; a fair coin per pair, `random.Random(2026).random() < 0.5` drawn
twenty times in pair order (`COIN`), put `a` here on heads and `b` here on tails; the other
member is in `synth_heldout2.py` (HELD_OUT2), which no one tuning the cleaner may read.

Site names and wording are invented in the manner of real sites of each family, never
copied from a page. Each template is data (see `synth.Template`): `¦` separates UI
elements, `{key}` fields are filled per page.
"""

from __future__ import annotations

import random

from .synth import Template

COIN_SEED = 2026
_coin = random.Random(COIN_SEED)
COIN: tuple[bool, ...] = tuple(_coin.random() < 0.5 for _ in range(20))  # heads: the pair's `a` is in TUNING3

SUBTITLES = ("立足新起点 奋进新征程", "锚定目标不放松 实干笃行谱新篇", "以高质量党建引领高质量发展",
             "稳字当头 进中求好")

TUNING3: tuple[Template, ...] = (
    Template(
        name="p01a-county-portal", kind="gov", site="青岚县人民政府",
        why="a county portal on a current CMS: 信息来源/发布日期/阅读次数 in one bar, a 字号-print-close toolbar, a 落款, "
            "a 网站标识码 tail; sometimes one element per line",
        page_title="{title}-青岚县人民政府门户网站",
        head=("青岚县人民政府门户网站", "网站支持IPv6¦ ¦适老化无障碍服务¦ ¦简¦|¦繁",
              "首页¦ ¦新闻中心¦ ¦政府信息公开¦ ¦在线服务¦ ¦政民互动¦ ¦魅力青岚",
              "站内搜索¦ ¦请输入搜索内容", "您所在的位置：¦首页¦ > ¦新闻中心¦ > ¦{col}"),
        meta=("信息来源：{src}¦　¦发布日期：{date}¦　¦阅读次数：{n}",),
        tools=("【字号：¦大¦ ¦中¦ ¦小¦】¦　¦【我要打印】¦　¦【关闭】",),
        closing="{office}",
        tail=("手机扫码阅读本文", "上一篇：{prev}", "下一篇：{next}", "@gap",
              "主办：青岚县人民政府办公室¦　¦承办：青岚县融媒体中心",
              "网站标识码：3311{m}¦　¦浙ICP备{icp}号¦　¦浙公网安备{beian}号",
              "网站地图¦ | ¦联系我们¦ | ¦我要纠错"),
        cols=("部门动态", "乡镇动态", "政策文件"), date_fmt="%Y-%m-%d %H:%M:%S", dated=0.85, fragments=0.3,
    ),
    Template(
        name="p02b-province-fragments", kind="gov", site="海川省人民政府",
        why="a provincial portal scraped one element per line (GB18030): the date alone, 稿源 as label and value, "
            "审核 and 校对 after the body, the site name before the title",
        page_title="海川省人民政府门户网站 - {title}",
        head=("海川省人民政府门户网站", "简体¦ ¦繁體¦ ¦EN¦ ¦长者版¦ ¦个人登录¦ ¦法人登录",
              "网站首页¦ ¦政务要闻¦ ¦信息公开¦ ¦网上办事¦ ¦政民互动¦ ¦数据开放¦ ¦走进海川",
              "当前位置¦：¦网站首页¦ >> ¦{col}"),
        meta=("{date}", "稿源：¦{paper}"),
        tools=("【¦大¦中¦小¦】", "分享至微信", "打印本文"),
        inside=("▲¦{paper}记者¦{author}¦摄影",),
        tail=("审核：¦{reviewer}", "校对：¦{editor}", "关闭本页", "在手机上浏览本页",
              "海川省人民政府办公厅¦ ¦版权所有", "琼ICP备{icp}号-2¦ ¦琼公网安备 {beian}号¦ ¦网站标识码：4600000{m}"),
        cols=("海川要闻", "省长活动", "政府文件"), date_fmt="%Y年%m月%d日 %H:%M",
        render="fragments", encoding="gb18030",
    ),
    Template(
        name="p03b-news-portal", kind="news", site="长河网",
        why="a provincial news site: a slogan 引题 above the title, 时间 and 来源 on one line, a T/T size switch, an image "
            "credit and a 客户端 ad inside the text, 原标题 and 编辑/审核 after it; some pages show no on-page title",
        page_title="{title} - {col} - 长河网",
        head=("长河网¦ ¦CHANGHE.NEWS", "要闻¦ ¦|¦ ¦时评¦ ¦|¦ ¦区县¦ ¦|¦ ¦图片¦ ¦|¦ ¦视听¦ ¦|¦ ¦专题¦ ¦|¦ ¦长河号",
              "长河网首页 > {col}"),
        block=("sub", "title", "meta", "tools"),
        subtitle=SUBTITLES,
        meta=("时间：{date}¦  ¦来源：{paper}",),
        tools=("字号¦ ¦T¦ ¦T",),
        inside=("图片由{paper}提供", "【长河新闻客户端】权威发布，第一时间推送，扫码即刻下载"),
        tail=("原标题：{title}", "编辑：{editor}¦ ¦审核：{reviewer}", "更多新闻", "{prev}", "{next}",
              "长河网简介¦ ¦联系我们¦ ¦举报中心",
              "Copyright © {since}-{year} changhe.news¦ ¦互联网新闻信息服务许可证编号：{icp}"),
        cols=("区县新闻", "长河时评", "要闻"), blank="body", no_title=0.2,
    ),
    Template(
        name="p04b-fanwen-halfwidth", kind="fanwen", site="材料帮",
        why="a 范文 site scraped with ASCII punctuation: 发布者/发布日期 in one line, a points box, a 展开阅读全文 cut, "
            "上一篇/下一篇 and 最新范文 with dates",
        page_title="{title}【精选】 - 材料帮",
        head=("材料帮 - 写材料，上材料帮",
              "首页¦ | ¦总结¦ | ¦计划¦ | ¦讲话¦ | ¦报告¦ | ¦心得¦ | ¦发言¦ | ¦主持词¦ | ¦VIP", "材料帮 > {col}"),
        block=("title", "meta", "tools"),
        meta=("发布者：{author}¦ ¦发布日期：{date}",),
        tools=("【下载本文】需要{price}积分",),
        cut="展开阅读全文∨",
        related=("最新范文", "· {rtitle}（{rdate}）"), related_n=(3, 5),
        tail=("上一篇：{prev}", "下一篇：{next}", "@related", "投诉建议¦ ¦版权申诉¦ ¦联系客服",
              "材料帮 版权所有 ©{since}-{year}¦ ¦冀ICP备{icp}号-1"),
        cols=("讲话", "心得", "报告"), date_fmt="%Y年%m月%d日", halfwidth=True, dated=0.8,
    ),
    Template(
        name="p05a-doc-flat", kind="doc", site="百文库",
        why="a doc-sharing site with flattened text (GB18030): 贡献者 line with a level, page/size/ticket facts, a 文档预览 "
            "header, a 还剩…页未读 line after the text, 相关推荐 with page counts",
        page_title="{title}_百文库",
        head=("百文库¦ ¦海量文档免费下载", "首页¦ ¦教育专区¦ ¦高校与高职¦ ¦行业资料¦ ¦党政工作¦ ¦VIP",
              "百文库¦ > ¦党政工作¦ > ¦{col}"),
        block=("title", "meta", "tools"),
        meta=("贡献者：{author}¦ ¦等级：LV{pages}¦ ¦上传于：{date}",),
        tools=("共{pages}页¦ ¦{kb}KB¦ ¦下载需{price}下载券", "文档预览"),
        foot=("还剩{pages}页未读，继续阅读",),
        related=("相关推荐", "{rtitle}¦ ¦共{pages}页"), related_n=(3, 6),
        tail=("@related", "下载文档¦ ¦打印¦ ¦分享到微信", "百文库¦ ¦关于我们¦ ¦用户协议¦ ¦侵权投诉¦ ¦豫ICP备{icp}号"),
        cols=("讲话致辞", "工作总结"), date_fmt="%Y-%m-%d", render="flat", encoding="gb18030", dated=0.85,
        spaced_title=0.4,
    ),
    Template(
        name="p06a-speech-bare", kind="speech", site="领导讲话稿网",
        why="a bare speech site: a bare date and 来源：互联网 under the title, ASCII punctuation, a blank line after "
            "every line, [返回列表] and 上篇/下篇 after, CRLF",
        page_title="{title}-领导讲话稿网",
        meta=("{date}¦  ¦来源：互联网",),
        tail=("[返回列表]¦ ¦[打印本页]", "上篇：{prev}", "下篇：{next}", "领导讲话稿网¦ ¦讲话稿下载"),
        date_fmt="%Y-%m-%d", blank="all", halfwidth=True, newline="\r\n", dated=0.8,
    ),
    Template(
        name="p07b-law-center", kind="law", site="法规中心",
        why="a law site: 发布部门/发文字号/发布日期 in one row and 实施日期/时效性/效力级别 in another, a 落款, "
            "法规沿革 and a 纠错 prompt, a 以政府公报为准 notice",
        page_title="{title}_法规中心",
        head=("法规中心¦ ¦FAGUI CENTER",
              "首页¦ ¦|¦ ¦中央法规¦ ¦|¦ ¦地方法规¦ ¦|¦ ¦司法解释¦ ¦|¦ ¦法规解读", "检索¦ ¦高级检索"),
        meta=("发布部门：{office}¦   ¦发文字号：〔{pyear}〕{m}号¦   ¦发布日期：{date}",),
        tools=("实施日期：{date2}¦   ¦时效性：有效¦   ¦效力级别：{col}",),
        closing="{office}",
        tail=("法规沿革¦ ¦暂无", "如发现本法规有错误，请点此纠错", "本站法规仅供参考，请以政府公报为准",
              "©{year} 法规中心¦ ¦蜀ICP备{icp}号"),
        cols=("地方政府规章", "地方工作文件"), date_fmt="%Y.%m.%d",
    ),
    Template(
        name="p08b-college-fragments", kind="school", site="南山职业技术学院",
        why="a vocational college page one element per line: 文/图 and 初审/复审/终审 credits and the 发布时间 bar "
            "after the body, a bracketed 点击 count, a caption",
        page_title="{title}-南山职业技术学院",
        head=("南山职业技术学院¦ ¦NANSHAN POLYTECHNIC",
              "学院首页¦ ¦学院概况¦ ¦院系专业¦ ¦招生就业¦ ¦校园文化¦ ¦数字校园", "首页¦ ¦»¦ ¦{col}¦ ¦»¦ ¦正文"),
        inside=("（图为活动现场）",),
        foot=("文/{author}¦ ¦图/{editor}", "初审：{editor}¦ ¦复审：{reviewer}¦ ¦终审：{reviewer}"),
        meta=("发布时间：{date}¦ ¦点击：[{n}]",), meta_at_end=True,
        tail=("【打印此页】¦ ¦【关闭窗口】", "上一篇：{prev}", "下一篇：{next}",
              "版权所有：南山职业技术学院¦ ¦地址：南山市职教园区学院路6号", "粤ICP备{icp}号"),
        cols=("学院新闻", "系部动态"), date_fmt="%Y/%m/%d %H:%M", render="fragments",
    ),
    Template(
        name="p09b-tw-city-big5", kind="gov", site="海港市政府",
        why="a Taiwan city news page in Traditional script, Big5: 資料來源 and 更新日期 lines, a 字級 switch in the head, "
            "相關連結, 瀏覽人次 and 列印/回上頁 after",
        page_title="{title} - 海港市政府",
        head=("海港市政府", "无障碍¦ ¦网站导览¦ ¦English¦ ¦日本语", "市府新闻¦ ¦>¦ ¦{col}", "字级：¦小¦ ¦中¦ ¦大"),
        meta=("资料来源：新闻处", "更新日期：{date}"),
        related=("相关连结", "{rtitle}"), related_n=(1, 3),
        tail=("@related", "浏览人次：{n}", "列印¦ ¦回上页¦ ¦回首页",
              "海港市政府版权所有¦ ¦隐私权及安全政策¦ ¦政府网站资料开放宣告", "最佳浏览解析度1024x768以上"),
        cols=("市政新闻", "施政报告"), date_fmt="%Y/%m/%d", script="traditional", encoding="big5", fragments=0.3,
    ),
    Template(
        name="p10b-selfmedia-copy", kind="wechat", site="政研号",
        why="a self-media article on a portal (UTF-8 with BOM): the author with a +关注 button over the 发布于 line, an "
            "in-text follow prompt, 本文来源 and a 免责声明, 作者其他文章",
        page_title="{title}_政研号",
        head=("政研号¦ ¦首页¦ ¦推荐¦ ¦时政¦ ¦理论¦ ¦基层¦ ¦文化", "登录¦ ¦写文章"),
        block=("title", "tools", "meta"),
        tools=("{author}¦ ¦+关注",),
        meta=("{date}¦ ¦发布于¦ ¦湖南",),
        inside=("关注“政研号”，读懂基层治理",),
        related=("作者其他文章", "{rtitle}"), related_n=(2, 4),
        tail=("本文来源：{src}", "免责声明：本文仅代表作者个人观点，与政研号无关。", "@related",
              "点赞({m})¦ ¦评论¦ ¦转发", "政研号¦ ¦用户协议¦ ¦侵权投诉¦ ¦湘ICP备{icp}号"),
        date_fmt="%Y-%m-%d %H:%M", encoding="utf-8-sig", fragments=0.3,
    ),
    Template(
        name="p11b-bbs-text", kind="forum", site="清风BBS",
        why="a text-mode BBS post (GB18030, CRLF): 发信人/信区 and 发信站 header lines, a -- and ※ 来源 line with a "
            "masked IP after the text, bracketed 回复/同主题 links and a 同主题文章 list",
        page_title="清风BBS - {col}版 - {title}",
        head=("清风BBS¦ ¦首页¦ ¦分区¦ ¦热门话题¦ ¦在线用户",
              "{col}版¦ ¦[本篇作者:{author}]¦ ¦[进入讨论区]¦ ¦[返回顶部]"),
        meta=("发信人: {author} (笔杆子), 信区: {col}", "发信站: 清风BBS ({date}), 站内"),
        foot=("--", "※ 来源:·清风BBS bbs.qingfeng.example·[FROM: 10.{pages}.*.*]"),
        related=("同主题文章", "○ Re: {rtitle}"), related_n=(2, 4),
        tail=("[回复本文]¦ ¦[同主题阅读]¦ ¦[同作者阅读]¦ ¦[转寄]¦ ¦[删除]", "@related", "清风BBS¦ ¦站务公告¦ ¦联系站长"),
        cols=("公文写作", "职场人生", "公务员"), date_fmt="%Y-%m-%d %H:%M:%S", encoding="gb18030", newline="\r\n",
    ),
    Template(
        name="p12b-blog-wordpress", kind="blog", site="半亩方塘",
        why="a self-hosted WordPress blog: a date/作者/分类/评论数 byline, a 阅读更多 cut, 固定链接 and 文章导航 after, a "
            "发表回复 form with its 必填项 labels, a 热门文章 widget, Powered by",
        page_title="{title} – 半亩方塘",
        head=("半亩方塘", "一个基层公务员的读书与写作笔记", "首页¦ ¦归档¦ ¦关于¦ ¦留言", "跳至内容"),
        block=("title", "meta"),
        meta=("{date}¦ ¦作者¦ ¦{author}¦ ¦分类¦ ¦{col}¦ ¦{m} 条评论",),
        cut="阅读更多 »",
        tail=("此条目发表在{col}分类目录。将固定链接加入收藏夹。", "文章导航", "← {prev}", "{next} →", "发表回复",
              "您的电子邮箱地址不会被公开。 必填项已用 * 标注", "评论 *", "显示名称 *", "电子邮件 *",
              "在此浏览器中保存我的显示名称、邮箱地址和网站地址，以便下次评论时使用。", "发表评论", "@related",
              "自豪地采用 WordPress"),
        related=("热门文章", "{rtitle}"), related_n=(3, 5),
        cols=("读书笔记", "写作"), date_fmt="%Y年%m月%d日", blank="body",
    ),
    Template(
        name="p13b-novel-vip", kind="blog", site="云起书院",
        why="a paid-novel chapter page: book and author line, 本章字数 and 更新时间 on one line, a 订阅 cut, a 作者的话 "
            "box and ticket prompts after, paragraphs with blanks",
        page_title="{title}_{author}《基层笔记》_云起书院",
        head=("云起书院¦ ¦男生¦ ¦女生¦ ¦出版¦ ¦排行¦ ¦完本¦ ¦免费¦ ¦作家专区", "基层笔记¦ ¦/¦ ¦{author}¦ ¦著"),
        block=("title", "meta", "tools"),
        meta=("本章字数：{words}¦ ¦更新时间：{date}",),
        tools=("目录¦ ¦设置¦ ¦书架¦ ¦手机阅读",),
        cut="本章为VIP章节，订阅后可继续阅读",
        tail=("作者的话", "求月票，求推荐，感谢各位书友支持！", "投月票¦ ¦打赏¦ ¦推荐票¦ ¦章评({m})", "上一章¦ ¦目录¦ ¦下一章",
              "云起书院提醒您：抵制不良书籍，拒绝盗版，享受健康阅读"),
        date_fmt="%Y-%m-%d %H:%M", dated=0.6, blank="body",
    ),
    Template(
        name="p14b-hk-gov-news", kind="news", site="香海政府新闻网",
        why="a Hong Kong government news site in Traditional script (UTF-8, CRLF): 類別 and date lines, 繁/简/ENG and "
            "text-size switches, a photo caption inside, 分享 and 列印 after, 最後修訂日期",
        page_title="香海政府新闻网 - {title}",
        head=("跳至主要内容", "香海政府新闻网", "繁¦ ¦简¦ ¦ENG¦ ¦文字大小¦ ¦A¦ ¦A¦ ¦A",
              "首页¦ ¦财经¦ ¦城市¦ ¦环境¦ ¦健康¦ ¦社会¦ ¦运输"),
        meta=("类别：{col}", "{date}"),
        tools=("分享¦ ¦Facebook¦ ¦X¦ ¦WhatsApp¦ ¦电邮",),
        inside=("相片：出席会议的官员与嘉宾合照。",),
        tail=("列印本页", "相关新闻", "{prev}", "{next}", "重要告示¦ ¦私隐政策¦ ¦无障碍辨识¦ ¦网站指南", "最后修订日期：{date2}"),
        cols=("城市", "社会"), date_fmt="%Y年%m月%d日 %H:%M", script="traditional", newline="\r\n",
    ),
    Template(
        name="p15a-hospital", kind="institution", site="滨江市中心医院",
        why="a city hospital's news page: 就医指南/预约挂号 head, a 作者/科室/审核/发布时间/阅读 bar, a photo credit, a "
            "健康科普 list, 急救 and 投诉 phones in the tail",
        page_title="{title}_新闻动态_滨江市中心医院",
        head=("滨江市中心医院¦ ¦三级甲等", "就医指南¦ ¦预约挂号¦ ¦科室导航¦ ¦名医风采¦ ¦护理天地¦ ¦党建文化¦ ¦招聘信息",
              "当前位置：医院首页 > 新闻动态 > {col}"),
        meta=("撰稿：{author}¦ ¦科室：党委办公室¦ ¦审核：{reviewer}¦ ¦发布时间：{date}¦ ¦阅读：{n}",),
        inside=("（{author}¦ ¦摄）",),
        related=("健康科普", "· {rtitle}"), related_n=(2, 4),
        tail=("@related", "急救电话：120¦ ¦投诉电话：{phone}", "微信预约¦ ¦支付宝预约¦ ¦114预约",
              "版权所有：滨江市中心医院¦ ¦浙ICP备{icp}号"),
        cols=("医院要闻", "党建工作", "院务公开"), date_fmt="%Y-%m-%d", fragments=0.3,
    ),
    Template(
        name="p16b-press-bureau", kind="gov", site="南江省新闻出版局",
        why="a provincial bureau's news page whose 发布日期/来源/浏览 bar follows the text after a 【完】, then 相关附件 "
            "and a print bar; titles wrap",
        page_title="{title}--南江省新闻出版局",
        head=("南江省新闻出版局¦ ¦南江省版权局", "首页¦ ¦机构职能¦ ¦新闻动态¦ ¦政务公开¦ ¦办事服务¦ ¦互动交流",
              "新闻动态 >> {col}"),
        block=("title",),
        foot=("【完】",),
        meta=("发布日期：{date}¦　¦来源：{src}¦　¦阅读量：{n}",), meta_at_end=True,
        tail=("相关附件：无", "【打印】¦ ¦【收藏】¦ ¦【关闭】", "南江省新闻出版局主办¦ ¦承办：南江省出版信息中心",
              "网站标识码：4400000{m}¦ ¦粤ICP备{icp}号"),
        cols=("局内动态", "行业要闻"), date_fmt="%Y-%m-%d", wrap_title=0.3,
    ),
    Template(
        name="p17a-xxgk-notice", kind="gov", site="湖阳市人民政府",
        why="a 信息公开 notice: a 索引号/分类/文号/有效性 table and 发布机构/生成日期 above the title, a 落款, 附件 and "
            "相关解读 after; one cell per line on some pages",
        page_title="{title}_湖阳市人民政府",
        head=("湖阳市人民政府¦ ¦政府信息公开平台", "首页¦ ¦公开指南¦ ¦公开制度¦ ¦公开目录¦ ¦公开年报¦ ¦依申请公开",
              "您的位置：¦首页¦ » ¦公开目录¦ » ¦{col}"),
        block=("tools", "meta", "title"),
        tools=("索引号：¦{icp}-{pyear}-{m}¦ ¦分类：¦{col}", "文号：¦湖政发〔{pyear}〕{m}号¦ ¦有效性：¦有效"),
        meta=("发布机构：¦{office}¦ ¦生成日期：¦{date}",),
        closing="{office}",
        tail=("附件：无", "相关解读：¦图解：{prev}", "【打印本页】¦ ¦【关闭窗口】",
              "主办单位：湖阳市人民政府办公室¦ ¦网站标识码：4309{m}", "湘ICP备{icp}号¦ ¦湘公网安备{beian}号"),
        cols=("市政府文件", "通知公告"), date_fmt="%Y-%m-%d", fragments=0.4,
    ),
    Template(
        name="p18b-no-title-party", kind="news", site="赤诚党建网",
        why="a party-building page mostly scraped without its heading: the <title> line with column and site, the "
            "作者/发布时间 line, then the indented text; 分享到 and 推荐阅读 with dates after (GB18030)",
        page_title="{title}-{col}-赤诚党建网",
        head=("赤诚党建网¦ ¦党员教育¦ ¦支部建设¦ ¦党风廉政¦ ¦理论武装", "您当前位置：首页-{col}"),
        block=("meta", "title", "tools"),
        meta=("作者：{author}¦  ¦出处：{src}¦  ¦发布时间：{date}",),
        tools=("分享到",),
        related=("推荐阅读", "{rtitle}¦ ¦{rdate}"), related_n=(2, 4),
        tail=("@related", "赤诚党建网¦ ¦版权所有¦ ¦陕ICP备{icp}号"),
        cols=("党课讲稿", "支部建设"), date_fmt="%Y-%m-%d", no_title=0.8, indent="　　", encoding="gb18030",
    ),
    Template(
        name="p19a-zhengxie", kind="party", site="沅江政协",
        why="a 政协 site: titles often wrapping over two lines, a delivery line, 时间/来源/作者 with a [大 中 小] switch in "
            "one line, 打印/关闭, 主办 and address footer",
        page_title="{title}-沅江政协",
        head=("沅江政协¦ ¦中国人民政治协商会议沅江市委员会",
              "首页¦ ¦政协要闻¦ ¦协商议政¦ ¦民主监督¦ ¦提案工作¦ ¦委员之家¦ ¦文史天地", "首页 > {col} > 正文"),
        meta=("时间：{date}¦　¦来源：市政协办公室¦　¦作者：{author}¦　¦字号：[大 中 小]",),
        delivery="——{ddate}在{meeting}上",
        tail=("【打印本页】¦　¦【关闭本页】", "主办：政协沅江市委员会办公室¦ ¦地址：沅江市人民中路9号", "湘ICP备{icp}号-1"),
        cols=("政协要闻", "领导讲话"), date_fmt="%Y-%m-%d", wrap_title=0.6,
    ),
    Template(
        name="p20b-answer-fragments", kind="forum", site="问道社区",
        why="a Q&A thread one element per line: the question, 关注者/被浏览 counts, the answerer with a signature and "
            "赞同 count, 编辑于…IP 属地 after the answer, 查看全部回答",
        page_title="{title} - 问道社区",
        head=("问道社区¦ ¦首页¦ ¦会员¦ ¦发现¦ ¦等你来答", "{col}¦ ¦话题"),
        block=("title", "tools"),
        tools=("关注者¦ ¦{m}¦ ¦被浏览¦ ¦{n}", "关注问题¦ ¦写回答¦ ¦邀请回答", "{author}", "基层写材料十年", "{m} 人赞同了该回答"),
        meta=("编辑于 {date}・IP 属地四川",), meta_at_end=True, dated=0.9,
        tail=("赞同 {m}¦ ¦{m} 条评论¦ ¦分享¦ ¦收藏¦ ¦喜欢", "查看全部 {m} 个回答", "问道社区¦ ¦用户协议¦ ¦隐私政策¦ ¦侵权举报"),
        cols=("公文写作", "公务员"), date_fmt="%Y-%m-%d %H:%M", render="fragments",
    ),
)
