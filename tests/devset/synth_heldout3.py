"""HELD_OUT3: the held-out half of the fourth pair-split set of synthetic site templates.

Do not read this module while tuning the cleaner, nor look at its pages: the bar test measures
it (with HELD_OUT and HELD_OUT2) as sites the cleaner has never seen, and only its TOTAL line
may be reported. Its ten sites are the other members of the ten pairs whose tuning members are
in `synth_tuning5.py` (same families, a coin per pair, see COIN there): other imagined sites,
with their own wording, layouts, encodings and scrape quirks.

Site names are invented and the wording is the family's, never copied from one page. Each
template is data (see `synth.Template`): `¦` separates UI elements, `{key}` fields are filled
per page.
"""

from __future__ import annotations

from .synth import Template

EDITOR_NOTES = (
    "编者按：本文是作者在基层蹲点调研基础上形成的思考，现予刊发，供读者学习参考。",
    "编者按：如何把学习成果转化为推动工作的实际成效，是摆在各级干部面前的一道必答题。本刊约请作者撰文，以飨读者。",
    "编者按：新的一年，新的起点。本刊今天刊发这篇文章，与读者一道思考如何把蓝图变为现实。",
)

HELD_OUT3: tuple[Template, ...] = (
    Template(
        name="m01b-epaper-evening", kind="news", site="滨海晚报",
        why="an evening paper's 数字报 page scraped one element per line (GB18030): a 版次/版名 line and 放大/缩小 "
            "buttons above the title, 记者 and 刊发日期 as label-value lines below it, 本版其他文章 after",
        page_title="滨海晚报数字报-{title}",
        head=("滨海晚报数字报刊平台", "报纸首页¦ ¦版面导航¦ ¦标题导航¦ ¦往期查询¦ ¦报纸订阅"),
        block=("tools", "title", "meta"),
        tools=("A{pages}版¦：¦{col}", "【¦放大¦】¦【¦缩小¦】¦【¦默认¦】"),
        meta=("记者¦：¦{author}", "刊发日期¦：¦{date}"),
        related=("本版其他文章", "· {rtitle}"), related_n=(2, 4),
        tail=("@related", "【¦收藏本文¦】¦【¦打印¦】¦【¦回到顶部¦】",
              "滨海晚报社出品¦ ¦广告热线：{phone}¦ ¦新闻热线：{phone}", "本数字报内容版权归滨海晚报社所有"),
        cols=("城事", "时评", "民生"), date_fmt="%Y-%m-%d", render="fragments", encoding="gb18030",
    ),
    Template(
        name="m02a-theory-journal", kind="party", site="求索网",
        why="a theory journal's article page: an issue-number breadcrumb, 来源《刊》期号/作者/date in one bar, a font "
            "switch, an 编者按 that is the text's own (body), a delivery line on speeches, 本期目录 after",
        page_title="{title} - 求索网",
        head=("求索网¦ ¦《求索》杂志社主办", "首页¦ ¦最新一期¦ ¦往期杂志¦ ¦理论视野¦ ¦学习笔记¦ ¦图书推荐",
              "当前位置：首页 > 往期杂志 > {pyear}年第{pages}期"),
        block=("title", "meta", "tools", "sub"),
        meta=("来源：《求索》{pyear}/{pages}¦　¦作者：{author}¦　¦{date}",),
        tools=("【¦字号¦ ¦大¦ ¦中¦ ¦小¦】",),
        subtitle=EDITOR_NOTES,
        delivery="——{ddate}在{meeting}上",
        related=("本期目录", "{rtitle}"), related_n=(3, 6),
        tail=("责编：{editor}¦　¦审校：{reviewer}", "@related", "《求索》杂志社版权所有¦ ¦投稿邮箱：qiusuo@example.cn",
              "京ICP备{icp}号¦ ¦京公网安备{beian}号"),
        date_fmt="%Y-%m-%d",
    ),
    Template(
        name="m03a-gov-gazette", kind="gov", site="东川省人民政府公报",
        why="a 政府公报 page (GB18030): the year/issue/总期 line above the title, a 刊登日期 line on some pages only, "
            "a 落款 with the closing date, PDF and 返回本期目录 buttons, 本期上一篇/下一篇, 编辑部 and 邮发代号 after",
        page_title="{title}_{pyear}年第{pages}期_东川省人民政府公报",
        head=("东川省人民政府公报¦ ¦DONGCHUAN PROVINCIAL GOVERNMENT GAZETTE",
              "首页¦ ¦本期目录¦ ¦往期公报¦ ¦公报检索¦ ¦公报订阅"),
        block=("tools", "title", "meta"),
        tools=("{pyear}年第{pages}期¦（总第{n}期）",),
        meta=("刊登日期：{date}",),
        closing="{office}",
        tail=("【查看本期PDF版】¦ ¦【返回本期目录】", "本期上一篇：{prev}", "本期下一篇：{next}",
              "东川省人民政府办公厅主办¦ ¦东川省人民政府公报编辑部编辑", "订阅电话：{phone}¦ ¦邮发代号：{pages}-{m}"),
        date_fmt="%Y年%m月%d日", dated=0.6, encoding="gb18030",
    ),
    Template(
        name="m04b-traffic-police", kind="gov", site="临川交警",
        why="a traffic police detachment's 通告 page one element per line (BOM): a dotted date with the unit and a read "
            "count in one bar, a photo credit inside, the detachment's 落款, 违法举报 phone, 友情链接 and 技术支持 after",
        page_title="{title} - 临川交警",
        head=("临川市公安局交通警察支队", "交管动态¦ ¦通知通告¦ ¦事故预防¦ ¦车驾管服务¦ ¦违法处理¦ ¦交管12123",
              "您当前的位置¦：¦交管动态¦ - ¦{col}"),
        meta=("{date}¦ ¦临川交警¦ ¦阅读¦ ¦{n}",),
        inside=("（图：临川交警供图）",),
        closing="临川市公安局交通警察支队",
        tail=("交通违法举报电话¦：¦{phone}", "友情链接¦：¦公安部交通管理局¦ ¦交通安全综合服务管理平台",
              "临川市公安局交通警察支队¦ ¦版权所有", "技术支持¦：¦临川智慧交通科技有限公司"),
        cols=("通知通告", "交管动态"), date_fmt="%Y.%m.%d", render="fragments", encoding="utf-8-sig",
    ),
    Template(
        name="m05a-procuratorate", kind="law", site="鹤城市人民检察院",
        why="a city procuratorate's news page (GB18030): the 12309 portal in the head menu, a `＞` breadcrumb, "
            "时间/作者/来源/浏览量 in one bar, a 公众号 insert inside the text, 责任编辑 and 12309 lines after; titles wrap",
        page_title="{title}_{col}_鹤城市人民检察院",
        head=("鹤城市人民检察院¦ ¦HECHENG PEOPLE'S PROCURATORATE",
              "检务公开¦ ¦检察动态¦ ¦案件信息¦ ¦以案释法¦ ¦未成年人检察¦ ¦检察文化¦ ¦12309", "网站首页 ＞ {col}"),
        meta=("时间：{date}¦   ¦作者：{author}¦   ¦来源：鹤城市人民检察院¦   ¦浏览量：{n}",),
        inside=("【检察官说法】更多案例解读，请关注“鹤城检察”微信公众号",),
        tail=("责任编辑：{editor}¦　¦校对：{reviewer}", "12309中国检察网¦ ¦检察服务热线：12309", "鹤城市人民检察院 版权所有¦ ¦地址：鹤城市检察路1号",
              "黑ICP备{icp}号-2"),
        cols=("检察动态", "以案释法"), date_fmt="%Y-%m-%d", wrap_title=0.4, encoding="gb18030",
    ),
    Template(
        name="m06a-education-bureau", kind="school", site="平川市教育局",
        why="a city education bureau's 通知公告: a date-and-weather widget, a `»` breadcrumb, 文章来源/发布者/发布日期/浏览 "
            "in one bar, a 落款, 附件 download links with counts, 技术支持 by the 电教馆 in the footer",
        page_title="{title}-平川教育信息网",
        head=("平川教育信息网¦ ¦平川市教育局主办", "{today}¦ ¦多云¦ ¦6℃~14℃",
              "教育要闻¦ ¦通知公告¦ ¦政务公开¦ ¦招生考试¦ ¦教师发展¦ ¦办事指南", "您的位置：首页 » {col}"),
        meta=("文章来源：局办公室¦　¦发布者：{editor}¦　¦发布日期：{date}¦　¦浏览：{n}次",),
        closing="平川市教育局",
        tail=("附件下载：", "1.报名汇总表.xlsx¦ ¦（已下载{m}次）", "2.申报说明.pdf¦ ¦（已下载{m}次）", "【返回上页】¦ ¦【打印文章】",
              "平川市教育局主办¦ ¦技术支持：平川市电化教育馆", "地址：平川市教育路9号¦ ¦赣ICP备{icp}号"),
        cols=("通知公告", "教育要闻"), date_fmt="%Y年%-m月%-d日",
    ),
    Template(
        name="m07a-stock-notice-flat", kind="enterprise", site="财讯通",
        why="a market-data site's 公告 page with the PDF text flattened (GB18030): a quote strip in the head, "
            "证券代码/证券简称/公告编号 and 公告日期 above the text, a 风险提示 and the company's other announcements after",
        page_title="{title}_华远股份(600{m:0>3})公告正文_财讯通",
        head=("财讯通¦ ¦行情¦ ¦资讯¦ ¦数据中心¦ ¦研报¦ ¦股吧¦ ¦基金", "华远股份¦ ¦600{m:0>3}¦ ¦最新价¦ ¦{pages}.{m}¦ ¦涨跌幅¦ ¦+1.{pages}%"),
        block=("title", "tools", "meta"),
        tools=("证券代码：600{m:0>3}¦    ¦证券简称：华远股份¦    ¦公告编号：临{pyear}-0{pages}", "查看PDF原文¦ ¦下载公告"),
        meta=("公告日期：{date}",),
        related=("华远股份其他公告", "{rtitle}¦ ¦{rdate}"), related_n=(3, 5),
        tail=("风险提示：本页内容由财讯通根据公开信息整理，不构成投资建议。股市有风险，投资需谨慎。", "@related",
              "财讯通¦ ¦关于我们¦ ¦免责条款¦ ¦沪ICP证{icp}号"),
        date_fmt="%Y-%m-%d", render="flat", encoding="gb18030", spaced_title=0.3,
    ),
    Template(
        name="m08a-tender-notice", kind="notice", site="东岭市公共资源交易中心",
        why="a public resources trading centre's 招标公告: 投标人/代理机构/CA/专家 logins in the head, a four-level "
            "breadcrumb, 【信息时间 阅读次数】 with 我要打印/关闭 in one bracketed bar, 附件 files and 相关公告 after",
        page_title="{title}_东岭市公共资源交易中心",
        head=("东岭市公共资源交易中心", "投标人登录¦ ¦|¦ ¦代理机构登录¦ ¦|¦ ¦CA办理¦ ¦|¦ ¦专家登录",
              "首页¦ ¦交易信息¦ ¦政策法规¦ ¦服务指南¦ ¦诚信体系¦ ¦下载中心", "首页 > 交易信息 > 政府采购 > {col}"),
        meta=("【信息时间：{date}¦　¦阅读次数：{n}】¦　¦【我要打印】¦【关闭】",),
        related=("相关公告", "{rtitle}¦ ¦[{rdate}]"), related_n=(1, 3),
        tail=("附件：", "招标文件（正式稿）.zip", "工程量清单.xls", "@related",
              "东岭市公共资源交易中心主办¦ ¦地址：东岭市政务服务中心三楼", "服务热线：{phone}¦ ¦桂ICP备{icp}号"),
        cols=("招标公告", "更正公告", "中标结果公示"), date_fmt="%Y-%m-%d", fragments=0.3,
    ),
    Template(
        name="m09b-my-daily", kind="news", site="星光网",
        why="a Malaysian Chinese paper's site: ADVERTISEMENT labels in the head, between paragraphs and after, a "
            "Newsletter/登广告 bar, the reporter and the date on lines of their own, a 文章未完 prompt, 热门新闻 and a "
            "报业 copyright; one element per line on some pages",
        page_title="{title} | 星光网",
        head=("星光网¦ ¦SINGUANG", "Newsletter¦|¦联络我们¦|¦登广告¦|¦关于我们", "ADVERTISEMENT",
              "全国¦ ¦国际¦ ¦财经¦ ¦地方¦ ¦言路¦ ¦副刊¦ ¦娱乐¦ ¦体育", "{col}"),
        meta=("报道：{author}", "{date}"),
        inside=("ADVERTISEMENT", "文章未完，请继续往下阅读"),
        tail=("ADVERTISEMENT", "热门新闻", "{prev}", "{next}", "© 星光报业私人有限公司¦ ¦版权所有"),
        cols=("全国", "地方"), date_fmt="%Y/%m/%d %H:%M", fragments=0.4,
    ),
    Template(
        name="m10b-essay-library", kind="fanwen", site="满分作文库",
        why="an essay library page (BOM): the <title> with a 字 count, an unlabelled `date 高三 议论文 N字` bar, "
            "投稿/收藏/打印 buttons, a 扫码关注 prompt inside, a 会员 cut, 作文评语 and 猜你喜欢 after, indented paragraphs",
        page_title="{title}（{words}字）_满分作文库",
        head=("满分作文库¦ ¦让写作更简单", "搜作文¦ ¦输入作文题目或关键词", "首页¦ › ¦高中作文¦ › ¦{col}"),
        meta=("{date}¦ ¦高三¦ ¦议论文¦ ¦{words}字",),
        tools=("投稿¦ ¦收藏¦ ¦打印",),
        inside=("扫码关注公众号，回复“作文”领取历年满分作文合集",),
        cut="本文为会员专享作文，开通会员查看全文",
        related=("猜你喜欢", "{rtitle}（{words}字）"), related_n=(2, 4),
        tail=("作文评语", "文章观点鲜明，论据充分，语言富有感染力，值得一读。", "@related", "满分作文库¦ ¦联系我们¦ ¦粤ICP备{icp}号"),
        cols=("议论文", "材料作文"), date_fmt="%Y.%m.%d", indent="　　", encoding="utf-8-sig",
    ),
)
