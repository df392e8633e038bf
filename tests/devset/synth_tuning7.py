"""TUNING7: the tuning half of a fifth pair-split set of synthetic site templates.

Ten pairs of templates were written together, each pair two imagined sites of one family of page
that the earlier splits have none of, worded so that their chrome is known by what it is (its
shape, its place on the page, its repetition) more than by stock words: text copied out of a
公众号 article in a browser, notes-app and reader exports of a web page, 打印版 (print) views,
党史方志 and 年鉴 pages, intranet notices (校内门户 and OA), museum and library news, forwarded
e-mails, shared online documents, trade associations and chambers of commerce, and news-client
share pages. Each pair's members are named `vNNa-…` and `vNNb-…` in the order they were drafted.
A fair coin per pair, `random.Random(7107).random() < 0.5` drawn ten times in pair order (`COIN`;
the draws were 0.0276, 0.3709, 0.1974, 0.7587, 0.8172, 0.6393, 0.3043, 0.0418, 0.3360, 0.6970),
put `a` here on heads and `b` here on tails: heads for pairs 1, 2, 3, 7, 8, 9, tails for 4, 5, 6,
10. The other member of each pair is in `synth_heldout5.py` (HELD_OUT5), which no one tuning the
cleaner may read.

The ten sites here:

- v01a, a 公众号 article copied from the browser with select-all: no <title> line, the title, a
  `原创 author 公众号 date 省份` byline, 收录于合集 and 听全文, a `▲` photo caption inside, a
  来稿/编辑/审核 credit line, then the page's own UI text (预览时标签不可点, 阅读原文, 阅读 count,
  向上滑动看下一个, 知道了, 使用完整服务, and the run of `：，。视频小程序赞…听过` labels); blank
  lines between paragraphs, one element per line on some pages;
- v02a, a notes app's 网页剪藏 export: the note title, the clipped URL, a 剪藏于 stamp with a
  later date than the page's own, a 标签 line, then the clipped government page (its name,
  `>` breadcrumb, title again, 发布时间/信息来源 bar, a footer with 网站标识码) and the clipper's
  signature; blank lines between paragraphs;
- v03a, a county portal's 打印版 view (GB18030): 网页打印版 and 点击打印/返回原文 above, the
  publish bar in brackets with a click count, a rule of dashes after the text, 本文链接 and
  打印日期 (today's date with its weekday) below; titles wrap on some pages;
- v04b, a 党史方志网 page of a 年鉴 entry whose text is flattened: the sponsor line under the
  site name, a `››` breadcrumb to the 年鉴 volume, 录入/审核/上线时间 with dates like 2026.01.28,
  the entry's page in the printed 年鉴, a 仅供查阅 note, 上一条目/下一条目;
- v05b, a university 信息门户 (intranet) notice: a 欢迎您 login bar with a staff number, a `/`
  breadcrumb, 发布部门/发布人/发布时间 with dates like 2026/1/28, 阅读对象 and 已读 counts, 附件,
  a 仅限校内访问 warning, 技术支持 footer; one element per line on some pages;
- v06b, a Taiwan county library's 最新消息 page in Traditional script, Big5: an opening-hours
  widget in the head, 公告日期/公告單位 fields, 瀏覽人次 and share buttons, 回上一頁, an address
  footer and an accessibility-mark line;
- v07a, an Outlook-style forwarded e-mail (CRLF): the 原始邮件 rule, 发件人/发送时间/收件人/抄送/
  主题/附件 headers with ASCII colons, the forwarded document's own title and text, then a `--`
  signature block and a confidentiality notice;
- v08a, a shared online document (UTF-8 with BOM): the app's menu bar, the owner and 修改于
  stamp, 只读/申请编辑权限 and 目录, a word count after the text, a 创建/可查看 line and the app's
  footer; blank lines between paragraphs;
- v09a, a city trade association's 协会动态 page (GB18030): 会员登录/入会申请/证书查询, an English
  name line, a `＞` breadcrumb, 时间/作者/浏览 with dates like 2026.01.28, a 供图 credit inside,
  上一篇/下一篇, 主管单位/业务指导 and 秘书处电话 in the footer;
- v10b, a provincial news client's share page, one element per line: the app's slogan and 立即打开,
  a `号` channel and the date with no labels, 点击查看大图 inside, the platform's 仅代表作者观点
  disclaimer after the text, 人看过, comments with likes, 猜你喜欢 with view counts, a download
  prompt; some pages show no date.

Site names and wording are invented in the manner of real sites of each family, never copied
from one page. Each template is data (see `synth.Template`): `¦` separates UI elements, `{key}`
fields are filled per page.
"""

from __future__ import annotations

import random

from .synth import Template

COIN_SEED = 7107
_coin = random.Random(COIN_SEED)
COIN: tuple[bool, ...] = tuple(_coin.random() < 0.5 for _ in range(10))  # heads: the pair's `a` is in TUNING7

TUNING7: tuple[Template, ...] = (
    Template(
        name="v01a-wechat-select-all", kind="wechat", site="钱塘机关党建",
        why="a 公众号 article copied from the browser with select-all: no <title> line, a `原创 author 公众号 date 省份` "
            "byline, 收录于合集 and 听全文, a `▲` caption inside, a 来稿/编辑/审核 credit line, then the page's own UI "
            "text (预览时标签不可点, 阅读原文, 向上滑动看下一个, 知道了, 使用完整服务, the `：，。视频小程序赞…听过` labels)",
        block=("title", "meta", "tools"),
        meta=("原创¦ ¦{author}¦ ¦钱塘机关党建¦ ¦{date}¦ ¦浙江",),
        tools=("收录于合集¦ ¦#{col}¦ ¦{m}个", "听全文"),
        inside=("▲ 会议现场", "▲ 图为{col}现场，{editor} 摄"),
        foot=("来稿：{src}¦　¦编辑：{editor}¦　¦审核：{reviewer}",),
        tail=("预览时标签不可点", "阅读原文", "阅读¦ ¦{n}", "钱塘机关党建", "向上滑动看下一个", "知道了",
              "微信扫一扫可打开此内容，¦使用完整服务",
              "：¦，¦。¦视频¦小程序¦赞¦，轻点两下取消赞¦在看¦，轻点两下取消在看¦分享¦留言¦收藏¦听过"),
        cols=("学习贯彻", "机关党建", "基层动态"), date_fmt="%Y年%m月%d日 %H:%M", blank="body", fragments=0.4,
    ),
    Template(
        name="v02a-notes-clip", kind="export", site="云笺笔记",
        why="a notes app's 网页剪藏 export: the note title, the clipped URL, a 剪藏于 stamp later than the page's own "
            "date, a 标签 line, then the clipped portal page (its name, breadcrumb, title again, publish bar, a footer "
            "with 网站标识码) and the clipper's signature; blank lines between paragraphs",
        page_title="{title}",
        head=("https://www.jbq.gov.example/zwgk/ldjh/{pyear}/art_{icp}.html", "剪藏于¦ ¦{date2}",
              "标签：¦讲话稿¦ ¦{col}", "江北区人民政府", "首页¦ ¦>¦ ¦政务公开¦ ¦>¦ ¦{col}"),
        block=("title", "meta"),
        meta=("发布时间：{date}¦　　¦信息来源：{src}",),
        tail=("网站地图¦ ¦|¦ ¦联系我们¦ ¦|¦ ¦使用帮助", "主办单位：江北区人民政府办公室¦　¦网站标识码：{icp}",
              "— 由云笺网页剪藏保存 —"),
        cols=("领导讲话", "政务要闻"), date_fmt="%Y-%m-%d", blank="body",
    ),
    Template(
        name="v03a-print-county", kind="print", site="临川县人民政府",
        why="a county portal's 打印版 view (GB18030): 网页打印版 and 点击打印/返回原文 above, the publish bar in brackets "
            "with a click count, a rule of dashes after the text, 本文链接 and 打印日期 (today, with its weekday) "
            "below; titles wrap on some pages",
        head=("临川县人民政府¦ ¦网页打印版", "点击打印¦ ¦|¦ ¦返回原文"),
        block=("title", "meta"),
        meta=("（发布日期：{date}¦　　¦信息来源：{src}¦　　¦点击数：{n}）",),
        tail=("--------------------------------------------------------------------------------",
              "本文链接：http://www.linchuan.gov.example/art/{pyear}/art_{icp}.html", "打印日期：{today}"),
        cols=("工作动态",), date_fmt="%Y年%m月%d日", wrap_title=0.3, encoding="gb18030",
    ),
    Template(
        name="v04b-history-yearbook-flat", kind="chronicle", site="溪山党史方志网",
        why="a 党史方志网 page of a 年鉴 entry whose text is flattened: the sponsor line under the site name, a `››` "
            "breadcrumb to the volume, 录入/审核/上线时间 with dates like 2026.01.28, the entry's page in the printed "
            "年鉴, a 仅供查阅 note, 上一条目/下一条目",
        page_title="{short}_年鉴选登_溪山党史方志网",
        head=("溪山党史方志网", "中共溪山市委党史研究室（溪山市地方志研究室）主办",
              "首页¦ ¦党史研究¦ ¦方志编修¦ ¦年鉴选登¦ ¦地情资料¦ ¦史志动态", "年鉴选登¦ ›› ¦《溪山年鉴（{year}）》¦ ›› ¦{col}"),
        block=("title", "meta", "tools"),
        meta=("录入：{author}¦　¦审核：{reviewer}¦　¦上线时间：{date}",),
        tools=("条目出处：《溪山年鉴（{year}）》第{pages}页",),
        foot=("【本条目内容仅供查阅，引用请以纸质年鉴为准】",),
        tail=("上一条目：{prev}", "下一条目：{next}",
              "溪山党史方志网¦ ¦版权所有¦ ¦地址：溪山市人民路1号市委大院5号楼¦ ¦浙ICP备{icp}号"),
        cols=("特载", "专文"), date_fmt="%Y.%m.%d", render="flat",
    ),
    Template(
        name="v05b-campus-portal", kind="intranet", site="江城理工大学信息门户",
        why="a university 信息门户 (intranet) notice: a 欢迎您 login bar with a staff number, a `/` breadcrumb, "
            "发布部门/发布人/发布时间 with dates like 2026/1/28, 阅读对象 and 已读 counts, 附件, a 仅限校内访问 "
            "warning, a 技术支持 footer; one element per line on some pages",
        page_title="{title} - 江城理工大学信息门户",
        head=("江城理工大学信息门户¦ ¦|¦ ¦欢迎您，{author}（工号：{icp}）¦ ¦[退出]",
              "我的事务¦ ¦校内通知¦ ¦办事大厅¦ ¦个人数据¦ ¦通讯录", "校内通知¦ / ¦{col}¦ / ¦正文"),
        block=("title", "meta", "tools"),
        meta=("发布部门：党委办公室¦　¦发布人：{editor}¦　¦发布时间：{date}",),
        tools=("阅读对象：全体教职工¦　¦已读：{n}人",),
        foot=("附件（0）",),
        tail=("本信息仅限校内访问，请勿外传", "返回列表¦ ¦|¦ ¦打印", "技术支持：网络与信息化中心¦ ¦服务热线：{phone}"),
        cols=("党政通知", "会议纪要", "校园动态"), date_fmt="%Y/%-m/%-d %H:%M", fragments=0.3,
    ),
    Template(
        name="v06b-tw-library-big5", kind="venue", site="南岸縣立圖書館",
        why="a Taiwan county library's 最新消息 page in Traditional script, Big5: an opening-hours widget in the "
            "head, 公告日期/公告單位 fields, 瀏覽人次 and share buttons, 回上一頁, an address footer and an "
            "accessibility-mark line",
        page_title="南岸县立图书馆-{title}",
        head=("回首页¦ ¦网站导览¦ ¦English¦ ¦意见信箱", "南岸县立图书馆",
              "今日开馆¦ ¦08:30-21:00¦ ¦（每周一及国定假日休馆）",
              "馆藏查询¦ ¦借阅服务¦ ¦推广活动¦ ¦数位资源¦ ¦馆务资讯", "最新消息¦ > ¦{col}"),
        block=("title", "meta", "tools"),
        meta=("公告日期：{date}", "公告单位：馆务组"),
        tools=("浏览人次：{n}", "分享至：¦Facebook¦ ¦LINE¦ ¦Email"),
        tail=("回上一页", "本馆地址：南岸县中正路100号¦ ¦总机：{phone}", "本网站通过AA等级无障碍网页检测"),
        cols=("馆务资讯", "活动消息"), date_fmt="%Y-%m-%d", script="traditional", encoding="big5",
    ),
    Template(
        name="v07a-mail-forward", kind="mail", site="江北区政府办综合科",
        why="an Outlook-style forwarded e-mail (CRLF): the 原始邮件 rule, 发件人/发送时间/收件人/抄送/主题/附件 headers "
            "with ASCII colons, the forwarded document's own title and text, then a `--` signature block and a "
            "confidentiality notice",
        head=("-----原始邮件-----", "发件人: 江北区政府办综合科 <zhk@jbq.gov.example>"),
        block=("meta", "tools", "title"),
        meta=("发送时间: {date}",),
        tools=("收件人: 各科室;¦ ¦各街道办事处", "抄送: {editor}", "主题: 转发：{short}", "附件: {short}.docx ({kb}KB)"),
        tail=("--", "{author}", "江北区人民政府办公室¦ ¦综合科", "电话：{phone}",
              "本邮件及其附件可能含有工作秘密，仅供指定收件人使用。如您误收本邮件，请立即删除并告知发件人。"),
        date_fmt="%Y年%-m月%-d日 %H:%M", newline="\r\n",
    ),
    Template(
        name="v08a-shared-doc", kind="clouddoc", site="蜂巢文档",
        why="a shared online document (UTF-8 with BOM): the app's menu bar, the owner and 修改于 stamp, 只读/申请编辑权限 "
            "and 目录, a word count after the text, a 创建/可查看 line and the app's footer; blank lines between "
            "paragraphs",
        page_title="{title} - 蜂巢文档",
        head=("蜂巢文档¦ ¦|¦ ¦登录¦ ¦免费使用", "文件¦ ¦编辑¦ ¦查看¦ ¦插入¦ ¦格式¦ ¦工具"),
        block=("title", "meta", "tools"),
        meta=("{author}¦ ¦修改于¦ ¦{date}",),
        tools=("只读¦ ¦|¦ ¦申请编辑权限", "目录", "分享¦ ¦下载¦ ¦打印¦ ¦···"),
        foot=("字数：{words}",),
        tail=("文档由 {author} 创建¦ ¦·¦ ¦{m}人可查看", "举报¦ ¦|¦ ¦帮助中心¦ ¦|¦ ¦蜂巢文档 © {year}", "使用 App 打开，体验更佳"),
        date_fmt="%Y年%m月%d日 %H:%M", blank="body", encoding="utf-8-sig",
    ),
    Template(
        name="v09a-trade-association", kind="association", site="江州市建筑业协会",
        why="a city trade association's 协会动态 page (GB18030): 会员登录/入会申请/证书查询, an English name line, a `＞` "
            "breadcrumb, 时间/作者/浏览 with dates like 2026.01.28, a 供图 credit inside, 上一篇/下一篇, 主管单位/业务指导 "
            "and 秘书处电话 in the footer",
        page_title="{title}-协会动态-江州市建筑业协会",
        head=("会员登录¦ ¦|¦ ¦入会申请¦ ¦|¦ ¦证书查询", "江州市建筑业协会", "JIANGZHOU CONSTRUCTION INDUSTRY ASSOCIATION",
              "协会概况¦ ¦协会动态¦ ¦政策法规¦ ¦会员风采¦ ¦行业自律¦ ¦培训教育¦ ¦党建园地", "协会动态¦ ＞ ¦{col}"),
        block=("title", "meta"),
        meta=("时间：{date}¦　¦作者：秘书处¦　¦浏览：{n}",),
        inside=("（协会秘书处¦ ¦供图）",),
        tail=("上一篇：{prev}", "下一篇：{next}", "主管单位：江州市住房和城乡建设局¦　¦业务指导：江州市民政局",
              "协会地址：江州市建设路18号建筑大厦6楼¦　¦秘书处电话：{phone}", "赣ICP备{icp}号-1"),
        cols=("协会要闻", "会员动态"), date_fmt="%Y.%m.%d", encoding="gb18030",
    ),
    Template(
        name="v10b-news-client-share", kind="app", site="荆楚云端",
        why="a provincial news client's share page, one element per line: the app's slogan and 立即打开, a `号` channel "
            "and the date with no labels, 点击查看大图 inside, the platform's 仅代表作者观点 disclaimer after the text, "
            "人看过, comments with likes, 猜你喜欢 with view counts, a download prompt; some pages show no date",
        page_title="{title}",
        head=("荆楚云端¦ ¦更懂湖北的新闻客户端¦ ¦立即打开",),
        block=("title", "meta"),
        meta=("{col}¦ ¦{date}",),
        dated=0.8,
        inside=("点击查看大图",),
        foot=("本文为荆楚云端{col}作者上传并发布，仅代表作者观点。荆楚云端仅提供信息发布平台。",),
        related=("猜你喜欢", "{rtitle}¦ ¦{words}浏览"), related_n=(2, 4),
        tail=("{n}人看过", "精彩评论", "{editor}¦ ¦{m}赞", "说得实在，干货满满", "@related",
              "下载荆楚云端客户端¦ ¦阅读更多深度好文"),
        cols=("江汉号", "政务号", "县域号"), date_fmt="%Y-%m-%d %H:%M", render="fragments",
    ),
)
