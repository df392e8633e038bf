"""TUNING4: twenty more synthetic site templates, all tuning material (no held-out half).

Families that TUNING, TUNING2 and TUNING3 have none or little of: a provincial 新闻发布会 page,
党建网 and 组工网 pages (a 动易-style CMS among them), a 学习-app article copied to text, a
纪委监委 site, a court's 裁判文书 page, a university 新闻网 with 供稿单位 and 三审 credits, a
人民网-like 地方频道, a 澎湃-like news app, a 头条-like self-media copy, a 知乎-like column, a
CSDN-like blog copy, a 公众号 mirror site, a 原创力-like doc site (flattened text), a 范文 site
with 小贴士 prompts, an 人大 议案 page, a Taiwan county's 新聞稿 (Big5), a Hong Kong-style
新聞公報 (完, then the date with its weekday and the local time), a Macau-style 新聞局 page
and an enterprise's 新闻中心.

Each was written to word its chrome the way real sites of its family do, in words the
cleaner's lexicon (rules/web.yaml) did not hold when they were written: 告诉好友, 上一条,
关联文书, 文章被以下专栏收录, 该用户很懒, `(责编：…、…)`, `当前栏目：`, `公众号：`, footers with
主办 and 承办 without a colon, `:::` access keys, Português... Site names are invented; the
wording is the family's, never copied from one page. Each template is data (see
`synth.Template`): `¦` separates UI elements, `{key}` fields are filled per page (`{short}` is
the title cut the way a CMS cuts it for a <title> line).
"""

from __future__ import annotations

from .synth import Template

SUBTITLES = ("——来自基层一线的观察", "——写在新一年开局之际", "——一线调研手记")  # a 副题 below the title
LEADS = ("奋力谱写中国式现代化新篇章", "凝心聚力抓落实 真抓实干开新局", "聚焦高质量发展 扛起新使命",
         "守正创新 勇毅前行")

TUNING4: tuple[Template, ...] = (
    Template(
        name="q01-press-conference", kind="gov", site="海东省人民政府新闻办公室",
        why="a provincial 新闻发布会 page: a today-is widget with the weather, 发布时间 and 发布地点 in one bar, "
            "实录/回放 tabs, a ▲ caption inside, 往期发布会 with dates, 主办/承办 footers without a colon",
        page_title="{title}_新闻发布会_海东省政府新闻办",
        head=("海东省人民政府新闻办公室¦ ¦海东发布", "今天是{today}¦　¦阴转小雨¦ ¦8℃～15℃",
              "首页¦ ¦发布会¦ ¦权威发布¦ ¦政策吹风¦ ¦图片直播¦ ¦视频回看¦ ¦发布人库", "发布会¦ ¦>¦ ¦{col}"),
        meta=("发布时间：{date}¦　¦发布地点：省政府新闻发布厅",),
        tools=("图文实录¦ ¦|¦ ¦视频回放¦ ¦|¦ ¦图片集锦",),
        inside=("▲发布会现场。{paper}全媒体记者 {author} 摄",),
        related=("往期发布会", "{rtitle}¦ ¦{rdate}"), related_n=(2, 4),
        tail=("发布会直播预告请留意“海东发布”微博、微信", "@related",
              "海东省人民政府新闻办公室主办¦　¦海东日报社承办", "建设维护：海东省大数据中心¦　¦青ICP备{icp}号"),
        cols=("省政府新闻发布会", "部门新闻发布会"), date_fmt="%Y年%m月%d日 %H:%M",
    ),
    Template(
        name="q02-party-building", kind="party", site="红岩先锋网",
        why="a city 党建网 (GB18030): a 党员/组织 login bar, `当前栏目：`, the publish fields each in 【】, 〖〗 "
            "buttons, 【责任编辑】 after the text, 上一条/下一条, a ◆ list",
        page_title="{title}_{col}_红岩先锋网",
        head=("红岩先锋网¦　¦西岭市智慧党建平台", "党员登录¦ ¦|¦ ¦组织登录¦ ¦|¦ ¦管理后台",
              "首页¦ ¦党建动态¦ ¦理论学习¦ ¦三会一课¦ ¦先锋风采¦ ¦党员e家¦ ¦书记谈党建", "当前栏目：{col}"),
        meta=("【来源：{src}】【作者：{author}】【时间：{date}】",),
        tools=("〖打印本文〗¦ ¦〖关闭窗口〗",),
        related=("党建要闻", "◆ {rtitle}"), related_n=(3, 5),
        tail=("【责任编辑：{editor}】", "上一条：{prev}", "下一条：{next}", "@related",
              "版权所有 © 红岩先锋网¦　¦中共西岭市委组织部¦ ¦西岭市党员教育中心", "渝ICP备{icp}号"),
        cols=("党建动态", "理论学习"), date_fmt="%Y-%m-%d", encoding="gb18030",
    ),
    Template(
        name="q03-zugong-cms", kind="party", site="清江组工网",
        why="a county 组工网 on an old 动易-style CMS: the <title> cut short with `...`, 设为首页/加入收藏 and 联系站长, "
            "作者/文章来源/点击数/更新时间 (unpadded date), 【发表评论】【告诉好友】 buttons, 上一篇文章/下一篇文章, "
            "a 网友评论 box; one element per line on some pages",
        page_title="{short}-清江组工网",
        head=("清江组工网¦ ¦中共清江县委组织部主办", "设为首页¦ ¦|¦ ¦加入收藏¦ ¦|¦ ¦联系站长",
              "网站首页¦ ¦组工动态¦ ¦干部工作¦ ¦基层党建¦ ¦人才工作¦ ¦自身建设¦ ¦党员教育",
              "您现在的位置：¦ ¦清江组工网¦ ¦>>¦ ¦{col}¦ ¦>>¦ ¦正文"),
        meta=("作者：{author}¦　¦文章来源：{src}¦　¦点击数：{n}¦　¦更新时间：{date}",),
        tail=("【发表评论】¦【加入收藏】¦【告诉好友】¦【打印此文】¦【关闭窗口】", "上一篇文章：{prev}", "下一篇文章：{next}",
              "网友评论：（只显示最新10条。评论内容只代表网友观点，与本站立场无关！）", "Copyright {since}-{year} 清江组工网",
              "鄂ICP备{icp}号"),
        cols=("组工动态", "基层党建", "干部工作"), date_fmt="%Y-%-m-%-d %H:%M:%S", fragments=0.3,
    ),
    Template(
        name="q04-study-app", kind="news", site="学习高地",
        why="a study app's article copied to text, no <title> line: an unlabelled paper/author/date bar, 语音播报 and "
            "A-/A+ buttons, an image note inside, 观点/收藏/分享/纠错 after, a 发表观点 prompt",
        head=("学习高地", "推荐¦ ¦要闻¦ ¦新思想¦ ¦综合¦ ¦快闪¦ ¦学理论¦ ¦本地"),
        meta=("{paper}¦　¦{author}¦　¦{date}",),
        tools=("语音播报¦ ¦|¦ ¦字号¦ ¦A-¦ ¦A+",),
        inside=("本文配图均由{paper}提供",),
        tail=("责任编辑：{editor}", "已学习¦ ¦|¦ ¦本篇已有{n}人学习", "观点¦ ¦|¦ ¦收藏¦ ¦|¦ ¦分享¦ ¦|¦ ¦纠错",
              "发表观点", "写下您的观点，与学友一起交流", "暂无观点"),
        date_fmt="%Y-%m-%d", dated=0.9,
    ),
    Template(
        name="q05-discipline-commission", kind="gov", site="江陵清风网",
        why="a city 纪委监委 site: the two bodies' names as a banner, 信访举报 links, a `/` breadcrumb, 信息来源 and 发布时间, "
            "a 【字号】 bar, 责任编辑/终审 after the text, a 清风 QR prompt, 来信地址 and 技术保障 in the footer; often one element per line",
        page_title="{title}-江陵清风网",
        head=("中共江陵市纪律检查委员会¦ ¦江陵市监察委员会", "信访举报¦ ¦|¦ ¦12388举报电话¦ ¦|¦ ¦网上举报须知",
              "首页¦ ¦工作动态¦ ¦审查调查¦ ¦纪法课堂¦ ¦廉洁文化¦ ¦以案说纪¦ ¦清风视频", "当前位置：¦首页¦ / ¦{col}"),
        meta=("信息来源：{src}¦    ¦发布时间：{date}",),
        tools=("【¦字号¦：¦大¦ ¦中¦ ¦小¦】",),
        foot=("责任编辑：{editor}¦　¦终审：{reviewer}",),
        tail=("扫码关注“清风江陵”微信公众号", "来信地址：江陵市纪委监委信访室¦ ¦邮编：434000",
              "中共江陵市纪委¦ ¦江陵市监委¦ ¦版权所有", "技术保障：江陵市大数据中心¦ ¦鄂ICP备{icp}号"),
        cols=("工作动态", "审查调查", "纪法课堂"), date_fmt="%Y-%m-%d %H:%M", fragments=0.5,
    ),
    Template(
        name="q06-court-judgment", kind="law", site="江岭法院网",
        why="a court's 裁判文书 page: 案由/审理程序 and 公开日期/浏览 rows, 下载全文/保存为PDF/打印文书 buttons, a 落款, "
            "a 技术处理 note, 关联文书 with dates, 诉讼服务热线 and 技术支持 in the footer",
        page_title="{title}_裁判文书_江岭法院网",
        head=("江岭法院网¦ ¦江岭市中级人民法院", "诉讼服务¦ ¦审判执行¦ ¦司法公开¦ ¦法院文化¦ ¦队伍建设¦ ¦法官说法",
              "首页 » 司法公开 » 裁判文书"),
        meta=("案由：{col}¦　¦审理程序：二审", "公开日期：{date}¦　¦浏览：{n}次"),
        tools=("下载全文¦ ¦|¦ ¦保存为PDF¦ ¦|¦ ¦打印文书",),
        closing="{office}",
        related=("关联文书", "{rtitle}¦ ¦{rdate}"), related_n=(1, 3),
        tail=("（本文书已依法对当事人信息进行技术处理）", "@related", "江岭法院网¦ ¦版权所有¦ ¦未经授权请勿转载",
              "诉讼服务热线：12368¦ ¦技术支持：江岭中院信息技术处"),
        cols=("行政诉讼", "民事二审"), date_fmt="%Y-%m-%d",
    ),
    Template(
        name="q07-university-news", kind="school", site="北岭大学新闻网",
        why="a university 新闻网: 发稿时间/阅读 bar, 文字/摄影 and 供稿单位/责任编辑/审核 after the text, a 一审一校 line, "
            "【关闭】, 上一条/下一条 and an address footer with 主办 in parentheses",
        page_title="{title} -北岭大学新闻网",
        head=("北岭大学新闻网¦ ¦NEWS OF BEILING UNIVERSITY",
              "学校主页¦ ¦|¦ ¦新闻网首页¦ ¦|¦ ¦综合新闻¦ ¦|¦ ¦学术动态¦ ¦|¦ ¦媒体北岭¦ ¦|¦ ¦北岭人物¦ ¦|¦ ¦图说北岭¦ ¦|¦ ¦投稿系统",
              "当前位置：{col}"),
        meta=("发稿时间：{date}¦　¦阅读：{n}",),
        inside=("（摄影：{editor}）",),
        foot=("文字：{author}¦　¦摄影：{editor}", "供稿单位：党委宣传部¦　¦责任编辑：{editor}¦　¦审核：{reviewer}",
              "一审一校：{editor}¦　¦二审二校：{reviewer}¦　¦三审三校：{author}"),
        tail=("【关闭】", "上一条：{prev}", "下一条：{next}",
              "地址：北岭市学府路1号¦ ¦邮编：150001¦ ¦北岭大学党委宣传部（新闻中心）主办", "黑ICP备{icp}号"),
        cols=("综合新闻", "学术动态"), date_fmt="%Y-%m-%d", wrap_title=0.2,
    ),
    Template(
        name="q08-people-local", kind="news", site="民声网",
        why="a 人民网-like 地方频道: `站>>频道>>栏目` without a home label, a 引题, an unlabelled `date | 来源` bar, "
            "小字号, `(责编：A、B)` after the text, a 客户端 promo, a 推荐阅读 list, a two-line copyright",
        page_title="{title}--海东频道--民声网",
        head=("民声网¦>>¦海东频道¦>>¦{col}", "民声网首页¦ ¦|¦ ¦海东频道¦ ¦|¦ ¦手机看新闻"),
        block=("sub", "title", "meta", "tools"),
        subtitle=LEADS,
        meta=("{date}¦  ¦|¦  ¦来源：民声网－海东频道",),
        tools=("小字号",),
        related=("推荐阅读", "{rtitle}"), related_n=(3, 5),
        tail=("(责编：{editor}、{reviewer})", "分享让更多人看到", "下载民声新闻客户端¦ ¦看海东新鲜事", "@related",
              "民声网海东频道版权所有，未经书面授权禁止使用",
              "Copyright © 1997-{year} by www.minsheng.example. all rights reserved"),
        cols=("海东要闻", "市州新闻"), date_fmt="%Y年%m月%d日%H:%M",
    ),
    Template(
        name="q09-news-app", kind="news", site="潮声新闻",
        why="a 澎湃-like news app copied to text (UTF-8 with BOM, blank lines between paragraphs): a 副题, the reporter line and "
            "a date/来源 line, a `资料图 X 图` caption, 图片编辑/校对 credits, a 报料 line, a tag line, +1/收藏/举报",
        page_title="{title}_潮声新闻-Tide",
        head=("潮声新闻¦ ¦打开APP", "要闻¦ ¦深度¦ ¦思想¦ ¦生活¦ ¦视频¦ ¦湃客"),
        block=("title", "sub", "meta", "tools"),
        subtitle=SUBTITLES,
        meta=("潮声新闻记者 {author}", "{date}¦ ¦来源：潮声新闻"),
        tools=("字号",),
        inside=("资料图 {paper} 图",),
        tail=("责任编辑：{editor}¦ ¦图片编辑：{reviewer}", "校对：{author}", "潮声新闻报料：{phone}",
              "#{col}", "{m}¦ ¦+1¦ ¦收藏¦ ¦我要举报", "潮声新闻，未经授权不得转载", "查看更多"),
        cols=("时事", "中国政库"), date_fmt="%Y-%m-%d %H:%M", blank="body", encoding="utf-8-sig",
    ),
    Template(
        name="q10-feed-copy", kind="wechat", site="头条之窗",
        why="a 头条/百家号-like self-media copy: `原创 date·author` as the publish bar, the author's follower counts "
            "and a 关注 button, a 不代表…立场 note, 相关推荐 with comment counts",
        page_title="{title} - 头条之窗",
        head=("头条之窗¦ ¦首页¦ ¦下载头条之窗", "登录"),
        block=("title", "meta", "tools"),
        meta=("原创¦ ¦{date}¦·¦{author}",),
        tools=("{author}¦ ¦{m}篇文章¦ ¦{n}粉丝¦ ¦关注",),
        related=("相关推荐", "{rtitle}¦ ¦{pages}评论"), related_n=(2, 4),
        tail=("本内容为作者独立观点，不代表头条之窗立场。如有异议，请与头条之窗联系。", "{m}¦ ¦评论¦ ¦{m}¦ ¦收藏", "@related",
              "头条之窗¦ ¦用户协议¦ ¦隐私政策¦ ¦侵权投诉"),
        date_fmt="%Y-%m-%d %H:%M", dated=0.9,
    ),
    Template(
        name="q11-qa-column", kind="blog", site="知言",
        why="a 知乎-like column, one element per line: 首发于 and 写文章 above, the author and a signature, 发布于 below the "
            "text, 著作权归作者所有, 申请转载 among the buttons, 文章被以下专栏收录",
        page_title="{title} - 知言",
        head=("首发于¦ ¦{col}", "切换模式¦ ¦写文章¦ ¦登录/注册"),
        block=("title", "tools"),
        tools=("{author}", "体制内笔杆子 · 公众号同名"),
        meta=("发布于 {date}",), meta_at_end=True,
        tail=("著作权归作者所有", "赞同 {m}¦ ¦添加评论¦ ¦分享¦ ¦喜欢¦ ¦收藏¦ ¦申请转载", "文章被以下专栏收录",
              "{col}¦ ¦体制内写作经验分享"),
        cols=("公文写作", "机关那些事"), date_fmt="%Y-%m-%d %H:%M", render="fragments",
    ),
    Template(
        name="q12-dev-blog", kind="blog", site="码农笔记",
        why="a CSDN-like blog copy: a 最新推荐文章于 line with a later date above the title, `原创 作者 于 date 发布 阅读量 收藏 "
            "点赞数`, "
            "分类专栏/文章标签, the 版权声明 and 本文链接, a tail of count/button pairs and 专栏目录",
        page_title="{title}_{author}的博客-码农笔记",
        head=("码农笔记¦ ¦博客¦ ¦下载¦ ¦学习¦ ¦社区¦ ¦云服务", "搜索¦ ¦登录¦ ¦会员中心¦ ¦消息¦ ¦创作中心¦ ¦发布",
              "最新推荐文章于 {date2} 发布"),
        block=("title", "meta", "tools"),
        meta=("原创¦ ¦{author}¦ ¦于¦ ¦{date}¦ ¦发布¦ ¦阅读量{n}¦ ¦收藏¦ ¦{m}¦ ¦点赞数¦ ¦{m}",),
        tools=("分类专栏：¦ ¦{col}¦ ¦文章标签：¦ ¦公文¦ ¦写作",
               "版权声明：本文为博主原创文章，遵循 CC 4.0 BY-SA 版权协议，转载请附上原文出处链接和本声明。",
               "本文链接：https://blog.mnbj.example/u{qq}/article/details/{icp}"),
        tail=("文章知识点与官方知识档案匹配，可进一步学习相关知识", "{author}¦ ¦关注¦ ¦关注", "{m}¦ ¦点赞", "踩", "{m}¦ ¦收藏",
              "觉得还不错?¦ ¦一键收藏", "{m}¦ ¦评论", "专栏目录", "关于我们¦ ¦招贤纳士¦ ¦商务合作¦ ¦寻求报道",
              "京ICP备{icp}号"),
        cols=("职场写作", "学习笔记"), date_fmt="%Y-%m-%d %H:%M:%S", fragments=0.3,
    ),
    Template(
        name="q13-wechat-mirror", kind="wechat", site="微文汇",
        why="a 公众号 mirror site: `当前：` breadcrumb, a `date | 公众号：名` bar, 微信号/功能介绍 of the account, a "
            "转载自 note and 阅读原文, 同公众号文章, a line on what the mirror does, a 昵称/验证码 comment form",
        page_title="{title} - 微文汇",
        head=("微文汇 - 优质公众号文章聚合", "首页¦ ¦时政¦ ¦职场¦ ¦写作¦ ¦公众号导航¦ ¦文章投稿", "当前：首页 > {col} > 正文"),
        meta=("{date}¦ ¦|¦ ¦公众号：机关笔记",),
        tools=("微信号：jiguanbiji{m}¦ ¦功能介绍：分享公文写作技巧与范文素材",),
        related=("同公众号文章", "{rtitle}"), related_n=(2, 4),
        tail=("本文转载自微信公众号「机关笔记」，版权归原作者所有，如有侵权请联系删除", "阅读原文", "@related",
              "微文汇仅做公众号文章的索引与推荐，文章版权归公众号作者所有。", "网友评论",
              "昵称：¦ ¦匿名网友¦ ¦验证码：¦ ¦看不清？换一张", "提交评论", "© {year} 微文汇¦ ¦沪ICP备{icp}号"),
        cols=("写作", "职场"), date_fmt="%Y-%m-%d", dated=0.9,
    ),
    Template(
        name="q14-doc-market-flat", kind="doc", site="原力文档",
        why="a 原创力-like doc market with flattened text (GB18030): a .docx <title>, 上传人/格式/页数/大小 facts, "
            "该用户很懒, a 文档星级 line, 预览已结束 and 加载剩余内容 after the text, 版权提示 and counts in the list",
        page_title="{title}.docx - 原力文档",
        head=("原力文档¦ ¦专业文档分享与交易平台", "首页¦ ¦分类¦ ¦精品¦ ¦会员¦ ¦上传赚钱"),
        meta=("上传人：{author}¦ ¦上传时间：{date}¦ ¦格式：DOCX¦ ¦页数：{pages}¦ ¦大小：{kb}KB",),
        tools=("该用户很懒，什么也没介绍", "文档星级：★★★★☆"),
        foot=("免费预览已结束，剩余{pages}页可下载查看", "点击加载剩余内容>"),
        related=("相关文档", "{rtitle}¦ ¦{pages}页¦ ¦{words}阅读"), related_n=(2, 5),
        tail=("下载文档¦ ¦收藏¦ ¦分享¦ ¦赏", "版权提示¦ ¦|¦ ¦免责声明",
              "本文档由用户上传，版权归属用户，原力文档负责整理代发布。如果您对本文档版权有争议请及时联系客服。", "@related",
              "原力文档¦ ¦皖ICP备{icp}号"),
        date_fmt="%Y-%m-%d", render="flat", encoding="gb18030", dated=0.9, spaced_title=0.3,
    ),
    Template(
        name="q15-fanwen-tips", kind="fanwen", site="笔端范文网",
        why="a 范文 site with a blank line after every line: a 【栏目】-prefixed <title>, an arrow breadcrumb, 投稿/时间/字数 "
            "bar, a 小贴士 prompt, 本文标题/本文地址 lines, 猜你还关注 numbered, a line on where its texts come from",
        page_title="【{col}】{title}_笔端范文网",
        head=("笔端范文网¦ ¦www.biduan.example", "首页¦ ¦工作总结¦ ¦心得体会¦ ¦讲话稿¦ ¦述职报告¦ ¦公文素材¦ ¦写作指导",
              "笔端范文网 → {col} → 正文"),
        meta=("投稿：{author}¦ ¦时间：{date}¦ ¦字数：{words}",),
        tools=("小贴士：本篇共{words}字，按Ctrl+D收藏本页，下次写材料更方便。",),
        related=("猜你还关注", "{i}. {rtitle}"), related_n=(3, 5),
        tail=("本文标题：{title}", "本文地址：http://www.biduan.example/html/{icp}.html", "@related",
              "笔端范文网所收录范文来自网友投稿与互联网公开资料，版权归原作者所有。",
              "Copyright©{since}-{year} 笔端范文网¦ ¦苏ICP备{icp}号"),
        cols=("讲话稿", "心得体会", "工作总结"), date_fmt="%Y-%m-%d", blank="all",
    ),
    Template(
        name="q16-npc-proposal", kind="gov", site="东川人大网",
        why="a provincial 人大 site's 议案 page: 案号/类别 and 领衔代表/附议代表 rows above the 发布日期 line, titles that wrap, "
            "办理情况/答复类型 and 上一个/下一个 after, 主管/主办 footer",
        page_title="{title}_议案建议_东川人大网",
        head=("东川人大网¦ ¦东川省人民代表大会常务委员会",
              "人大概况¦ ¦常委会工作¦ ¦立法工作¦ ¦监督工作¦ ¦代表工作¦ ¦议案建议¦ ¦人大制度理论",
              "您当前所在位置：首页 > 议案建议 > {col}"),
        block=("title", "tools", "meta"),
        tools=("案号：第{m}号¦　¦类别：{col}", "领衔代表：{author}¦　¦附议代表：{m}人"),
        meta=("发布日期：{date}¦　¦来源：常委会办公厅",),
        tail=("办理情况：已办结¦ ¦答复类型：A类", "上一个：{prev}", "下一个：{next}", "【打印】¦【关闭】",
              "主管：东川省人大常委会办公厅¦ ¦主办：东川省人大常委会信息中心", "东ICP备{icp}号"),
        cols=("代表议案", "代表建议"), date_fmt="%Y-%m-%d", wrap_title=0.5,
    ),
    Template(
        name="q17-tw-county-big5", kind="gov", site="嘉禾县政府",
        why="a Taiwan county's 新聞稿 in Big5: a `:::` access key, 發布單位/發布日期 one field a line, 友善列印/轉寄好友, "
            "a （圖／…提供） caption, 新聞聯絡人 with a phone, 點閱次數 and an 更新日期 after, 服務時間 in the footer",
        page_title="嘉禾县政府全球资讯网-新闻稿-{title}",
        head=("跳到主要内容区", "嘉禾县政府全球资讯网", ":::¦ ¦网站导览¦ ¦回首页¦ ¦English¦ ¦RSS¦ ¦常见问答",
              "首页¦ ¦>¦ ¦县政新闻¦ ¦>¦ ¦新闻稿"),
        meta=("发布单位：{col}", "发布日期：{date}"),
        tools=("友善列印¦ ¦转寄好友¦ ¦回上一页",),
        inside=("（图／{col}提供）",),
        tail=("新闻联络人：{author}¦ ¦电话：{phone}", "点阅次数：{n}", "更新日期：{date2}",
              "嘉禾县政府¦ ¦地址：嘉禾县府前路1号", "服务时间：周一至周五 8:00-17:00"),
        cols=("秘书处", "民政处", "农业处"), date_fmt="%Y-%m-%d", script="traditional", encoding="big5",
    ),
    Template(
        name="q18-hk-press-release", kind="gov", site="东湾特区政府新闻公报",
        why="a Hong Kong-style 新聞公報 in Traditional script with no <title> line: a language bar, the title, the text, "
            "完, then the date with its weekday and the local time, the archive links after",
        head=("东湾特区政府新闻公报", "中文¦ ¦|¦ ¦English¦ ¦|¦ ¦简体版¦ ¦|¦ ¦文字版¦ ¦|¦ ¦新闻公报订阅"),
        block=("title",),
        foot=("完",),
        meta=("{date}（星期{wd}）", "东湾时间{hm}"), meta_at_end=True,
        tail=("新闻公报首页¦ ¦|¦ ¦今日新闻公报¦ ¦|¦ ¦新闻公报档案", "列印本页", "版权告示¦ ¦|¦ ¦免责声明¦ ¦|¦ ¦私隐政策声明"),
        date_fmt="%Y年%-m月%-d日", script="traditional",
    ),
    Template(
        name="q19-macau-bureau", kind="gov", site="濠海特区政府新闻局",
        why="a Macau-style 新聞局 page in Traditional script, one element per line: Português among the languages, "
            "消息來源 and 發佈時間, 相關圖片 and 相關消息, 分享至 with its networks, 網頁更新日期",
        page_title="{title} - 濠海特区政府新闻局",
        head=("濠海特别行政区政府新闻局", "中文¦ ¦Português¦ ¦English", "新闻¦ ¦>¦ ¦{col}"),
        meta=("消息来源：{col}", "发布时间：{date}"),
        related=("相关消息", "{rtitle}"), related_n=(1, 3),
        tail=("相关图片", "分享至：¦Facebook¦微博¦微信¦Line", "返回¦ ¦列印", "@related",
              "濠海特别行政区政府新闻局¦ ¦版权所有", "网页更新日期：{date2}"),
        cols=("社会文化司", "经济财政司"), date_fmt="%Y-%m-%d %H:%M", script="traditional", render="fragments",
    ),
    Template(
        name="q20-enterprise-news", kind="enterprise", site="华投集团",
        why="an enterprise's 新闻中心: a CN/EN switch, 发布者 as a department with 日期 and 访问量, a ▲ caption with 供图, « and » arrows around "
            "the neighbours' titles, 投资者关系/廉洁举报 links in the footer",
        page_title="{title}-新闻中心-华投集团",
        head=("华投集团¦ ¦HUATOU GROUP", "CN¦ ¦/¦ ¦EN",
              "走进华投¦ ¦新闻中心¦ ¦产业布局¦ ¦科技创新¦ ¦党建文化¦ ¦社会责任¦ ¦人才发展", "新闻中心 / {col}"),
        meta=("发布者：党群工作部¦　¦日期：{date}¦　¦访问量：{n}",),
        inside=("▲ 活动现场（集团党群工作部供图）",),
        tail=("分享：", "« {prev}", "{next} »", "投资者关系¦ ¦供应商平台¦ ¦廉洁举报¦ ¦加入我们",
              "华投集团有限公司¦ ¦版权所有¦ ¦粤ICP备{icp}号"),
        cols=("集团要闻", "基层动态"), date_fmt="%Y.%m.%d", fragments=0.2,
    ),
)
