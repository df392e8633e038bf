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
)
