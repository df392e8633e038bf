"""HELD_OUT2: the held-out half of the third pair-split set of synthetic site templates.

DO NOT READ THIS FILE WHILE TUNING THE CLEANER. Its pages measure the cleaner on sites no
tuning decision has seen; `python -m tests.devset.synth_report --split held_out2 | tail -1`
prints their total and nothing else should be looked at.

Each template is the twin of one in `synth_tuning3.py` (same pair number `pNN`, same kind of
page, other wording and layout); the coin that split each pair is recorded there (`COIN`).
Site names and wording are invented in the manner of real sites, never copied from a page.
"""

from __future__ import annotations

from .synth import Template

SUBTITLES = ("踔厉奋发开新局 笃行实干谱华章", "聚焦主责主业 狠抓工作落实", "守正创新 担当作为",
             "以实干实绩检验学习成效")

HELD_OUT2: tuple[Template, ...] = (
    Template(
        name="p01b-district-portal", kind="gov", site="云溪区人民政府",
        why="a district portal with the site name before the title, 日期 and 稿源 on lines of their own, bracketed "
            "size buttons, a photo credit inside the text, a 相关稿件 list",
        page_title="云溪区人民政府_{title}",
        head=("欢迎访问云溪区人民政府网！", "{today}¦ ¦|¦ ¦智能问答¦ ¦|¦ ¦关怀版",
              "云溪首页¦ ¦机构概况¦ ¦政务动态¦ ¦公开目录¦ ¦办事大厅¦ ¦民生热线", "位置：¦云溪区人民政府¦ » ¦{col}"),
        meta=("日期：{date}", "稿源：{src}"),
        tools=("字体：¦【大】¦【中】¦【小】¦  ¦打印¦  ¦收藏",),
        inside=("（区融媒体中心¦ ¦{author}／摄）",),
        related=("相关稿件", "◆ {rtitle}"), related_n=(2, 4),
        tail=("【纠错】¦ ¦【返回顶部】", "用手机扫描二维码¦ ¦继续浏览本页", "@related",
              "云溪区人民政府版权所有¦ ¦未经授权不得复制或建立镜像", "政府网站找错¦ ¦党政机关",
              "闽ICP备{icp}号-1¦ ¦网站识别码3502{m}¦ ¦闽公网安备{beian}号"),
        cols=("区直动态", "街道动态", "领导活动"), date_fmt="%Y年%m月%d日", dated=0.9,
    ),
    Template(
        name="p02a-province-fragments", kind="gov", site="北岭省人民政府",
        why="a provincial portal scraped one element per line (GB18030): 时间/来源/作者 as label and value, A+/A/A- "
            "sizes, a delivery line, 责任编辑 in brackets after the text",
        page_title="{title}_北岭省人民政府网",
        head=("北岭省人民政府", "政务微博¦ ¦政务微信¦ ¦移动客户端¦ ¦无障碍",
              "首页¦ ¦北岭要闻¦ ¦政务公开¦ ¦办事服务¦ ¦互动交流¦ ¦走进北岭", "首页¦>¦政务公开¦>¦{col}"),
        meta=("时间：¦{date}", "来源：¦{paper}", "作者：¦{author}"),
        tools=("字号：¦A+¦A¦A-", "打印", "收藏"),
        inside=("图为会议现场。¦{paper}全媒体记者¦{author}¦摄",),
        delivery="——{ddate}在{meeting}上",
        tail=("【责任编辑：¦{editor}¦】", "扫码在手机上查看", "【¦返回顶部¦】",
              "省政府办公厅主办¦ ¦北岭省大数据局承办", "黑ICP备{icp}号¦ ¦黑公网安备{beian}号¦ ¦标识码：2300000{m}"),
        cols=("省政府常务会议", "政府工作报告", "省领导活动"), date_fmt="%Y-%m-%d %H:%M",
        render="fragments", encoding="gb18030",
    ),
    Template(
        name="p03a-news-portal", kind="news", site="江东在线",
        why="a city news portal: 稿源/作者/编辑 bar, photo captions, an ad and a topic link inside the text, 网友评论 "
            "and a numbered 热门排行 after, blank lines between paragraphs, wrapping titles",
        page_title="{title}_江东在线",
        head=("江东在线¦ ¦江东人的网上家园", "首页¦ ¦新闻¦ ¦政务¦ ¦民生¦ ¦房产¦ ¦汽车¦ ¦教育¦ ¦文旅¦ ¦健康",
              "江东在线¦ ¦>¦ ¦新闻中心¦ ¦>¦ ¦{col}"),
        meta=("{date}¦　¦稿源：{paper}¦　¦作者：{author}¦　¦编辑：{editor}",),
        inside=("↑会议现场。（{paper}记者¦ ¦{author}¦ ¦摄）", "广告¦ ¦江东在线APP全新改版，下载领好礼",
                "▼ 点击进入专题：聚焦{col}"),
        related=("热门排行", "{i}¦ ¦{rtitle}"), related_n=(4, 6),
        tail=("【我要纠错】¦ ¦责任编辑：{editor}", "网友评论", "已有{m}人参与¦ ¦请登录后发表评论",
              "@related", "关于我们¦ ¦·¦ ¦广告服务¦ ¦·¦ ¦招聘信息¦ ¦·¦ ¦联系方式",
              "江东在线版权所有，未经许可不得转载¦ ¦新闻热线：{phone}"),
        cols=("本地新闻", "社会", "要闻"), blank="body", fragments=0.2, wrap_title=0.3,
    ),
    Template(
        name="p04a-fanwen", kind="fanwen", site="公文写作之家",
        why="a 范文 site: 栏目/时间/热度 strip, a 本文共…字 note, a 登录后查看全文 cut, copy/download buttons, "
            "a numbered 猜你喜欢 list, 客服 hours and a VIP prompt",
        page_title="{title}-公文写作之家",
        head=("公文写作之家¦ ¦专业的公文范文写作网站",
              "首页¦ ¦公文范文¦ ¦领导讲话¦ ¦工作汇报¦ ¦党团范文¦ ¦心得体会¦ ¦合同协议¦ ¦会员中心", "首页¦ ¦›¦ ¦{col}"),
        meta=("栏目：{col}¦　¦时间：{date}¦　¦热度：{n}℃",),
        tools=("本文共{words}字，阅读约需{m}分钟", "复制全文¦ ¦下载Word¦ ¦收藏本文"),
        inside=("想要获取更多原创范文，请在本站搜索“{col}”",),
        cut="温馨提示：当前仅显示部分内容，登录后查看全文",
        related=("猜你喜欢", "{i}. {rtitle}"), related_n=(4, 6),
        tail=("@related", "本站文章由网友上传分享，仅供学习参考，如有侵权，请发送邮件告知，我们将在24小时内处理。",
              "在线客服¦ ¦（工作日 9:00-18:00）", "开通VIP会员¦ ¦全站范文免费下载",
              "Copyright © {year} 公文写作之家¦ ¦粤ICP备{icp}号"),
        cols=("领导讲话", "工作汇报", "党团范文"), date_fmt="%Y-%m-%d", dated=0.75,
    ),
    Template(
        name="p05b-doc-flat", kind="doc", site="文秀网",
        why="a doc site with flattened text (GB18030) under a facts box: 文档格式/大小/页数 lines above 上传时间, a "
            "全文结束 marker, 下载地址 mirrors and points after",
        page_title="{title}.doc-文秀网",
        head=("文秀网¦ ¦www.wenxiu.example", "资料大全¦ ¦精品文档¦ ¦最新上传¦ ¦用户中心¦ ¦充值"),
        block=("title", "tools", "meta"),
        tools=("文档格式：.doc", "文档大小：{kb}K", "文档页数：{pages}页"),
        meta=("上传时间：{date}",),
        foot=("（全文结束）",),
        tail=("下载地址：¦ ¦本地下载¦ ¦电信下载¦ ¦联通下载", "所需积分：{price}分¦ ¦您的积分：0分",
              "本站资源均来自互联网或会员上传，仅供学习交流使用。", "文秀网¦ ¦Powered by WXCMS¦ ¦晋ICP备{icp}号"),
        date_fmt="%Y/%m/%d %H:%M", render="flat", encoding="gb18030", dated=0.8,
    ),
    Template(
        name="p06b-speech-twice", kind="speech", site="发言稿范本站",
        why="a bare speech site with no <title> line: the title twice (heading, then again above the text), 更新 and "
            "字数 lines, indented paragraphs, CRLF",
        block=("title", "meta", "tools", "title"),
        meta=("更新：{date}",),
        tools=("字数：{words}",),
        tail=("本页网址：¦ ¦复制", "←上一篇：{prev}", "→下一篇：{next}"),
        date_fmt="%Y.%m.%d", indent="　　", newline="\r\n", dated=0.9,
    ),
    Template(
        name="p07a-law-db", kind="law", site="律典法规库",
        why="a law database: 发文机关/公布日期 lines, 施行日期/效力位阶/时效状态 lines, tabs, a 落款, 关联法规 with "
            "bracketed levels, download/print after",
        page_title="{title} - 律典法规库",
        head=("律典法规库¦ ¦专业法律检索平台", "法规¦ ¦案例¦ ¦文书¦ ¦期刊¦ ¦律所", "首页¦ ¦>¦ ¦法规¦ ¦>¦ ¦{col}"),
        meta=("发文机关：{office}", "公布日期：{date}"),
        tools=("施行日期：{date2}", "效力位阶：{col}", "时效状态：现行有效", "全文¦ ¦关联法规¦ ¦修订历史"),
        closing="{office}",
        related=("关联法规", "【{col}】{rtitle}"),
        tail=("@related", "下载¦ ¦打印¦ ¦分享¦ ¦收藏", "律典法规库由律典科技运营¦ ¦服务热线：{phone}", "沪ICP备{icp}号-2"),
        cols=("地方规范性文件", "部门规章"), date_fmt="%Y年%m月%d日", fragments=0.3,
    ),
    Template(
        name="p08a-university-fragments", kind="school", site="江州大学",
        why="a university news page one element per line: a caption, the 来源/作者/发布时间 block after the body, then "
            "责任编辑, 浏览量, 上一条/下一条",
        page_title="{title}-江州大学新闻网",
        head=("江州大学新闻网", "首页¦ ¦江大要闻¦ ¦综合新闻¦ ¦学术动态¦ ¦媒体江大¦ ¦校园人物¦ ¦图说江大",
              "您当前的位置：¦首页¦>¦{col}"),
        inside=("图为座谈会现场",),
        meta=("来源：党委宣传部", "作者：{author}", "发布时间：{date}"), meta_at_end=True,
        tail=("责任编辑：{editor}", "浏览量：{n}", "上一条：{prev}", "下一条：{next}", "江州大学党委宣传部主办",
              "地址：江州市大学路1号¦ ¦邮编：330031", "赣ICP备{icp}号"),
        cols=("江大要闻", "综合新闻"), date_fmt="%Y-%m-%d", render="fragments",
    ),
    Template(
        name="p09a-tw-county-big5", kind="gov", site="嘉南县政府",
        why="a Taiwan county portal in Traditional script, Big5: 發布單位/發布日期 lines, 點閱數 and 友善列印 before "
            "the text, 回上一頁, an address and service-hours footer",
        page_title="嘉南县政府-{title}",
        head=("跳到主要内容区块", "嘉南县政府全球资讯网", "网站导览¦ | ¦回首页¦ | ¦English¦ | ¦常见问答",
              "首页¦ / ¦县政新闻¦ / ¦{col}"),
        meta=("发布单位：行政处", "发布日期：{date}"),
        tools=("点阅数：{n}", "友善列印¦ ¦转寄好友¦ ¦分享"),
        tail=("回上一页", "本网站著作权属于嘉南县政府", "地址：600嘉南县太保市祥和一路东段1号¦ ¦总机：{phone}",
              "服务时间：周一至周五 上午8:00至下午5:00"),
        cols=("县政新闻", "施政报告"), date_fmt="%Y-%m-%d", script="traditional", encoding="big5",
    ),
    Template(
        name="p10a-wechat-copy", kind="wechat", site="公号文摘",
        why="a copy of a WeChat article (UTF-8 with BOM): 原创 and the account under the title, a 点击蓝字关注 line, "
            "in-text QR prompts, -END-, 编辑|审核, a 在看 prompt",
        page_title="{title}",
        head=("公号文摘¦ ¦收录优质公众号文章",),
        meta=("原创¦ ¦{author}¦ ¦笔杆子研习社¦ ¦{date}",),
        tools=("↑ 点击蓝字“笔杆子研习社”关注，获取更多材料",),
        inside=("· 长按识别下方二维码，加入材料交流群 ·", "（图片来自网络）"),
        related=("推荐阅读", "◎ {rtitle}"),
        tail=("-END-", "编辑 | {editor}¦ ¦审核 | {reviewer}",
              "声明：文章来源于网络，版权归原作者所有，如涉侵权请联系删除。", "@related",
              "觉得好看，请点个“在看”", "分享¦ ¦收藏¦ ¦{m}赞"),
        blank="body", dated=0.9, encoding="utf-8-sig",
    ),
    Template(
        name="p11a-forum-discuz", kind="forum", site="青藤社区",
        why="a Discuz-style board: 查看/回复 counts and 返回列表 over the title, the author's 发表于 line, an attachment "
            "line inside the post, a signature, replies on 板凳 and 地板, the editor toolbar, GMT+8 and query stats",
        page_title="{title} - {col} - 青藤社区",
        head=("青藤社区¦ ¦切换到窄版", "请登录后使用快捷导航¦ ¦没有帐号？立即注册",
              "青藤社区¦ › ¦版块¦ › ¦{col}¦ › ¦查看帖子", "查看:¦ ¦{n}¦ ¦|¦ ¦回复:¦ ¦{m}"),
        block=("tools", "title", "meta"),
        tools=("返回列表¦ ¦发新帖",),
        meta=("{author}¦ ¦发表于¦ ¦{date}¦ ¦|¦ ¦电梯直达",),
        inside=("附件：{col}资料.docx¦ ¦({kb} KB, 下载次数: {m})",),
        tail=("签名：笔耕不辍，天道酬勤", "板凳¦ ¦{editor}¦ ¦发表于 {date2}", "楼主辛苦了，正好用得上",
              "地板¦ ¦{reviewer}¦ ¦发表于 {date2}", "学习了，支持一下",
              "高级模式¦ ¦B¦ ¦Color¦ ¦Image¦ ¦Link¦ ¦Quote", "您需要登录后才可以回帖¦ ¦登录¦ ¦|¦ ¦立即注册",
              "Archiver¦|¦手机版¦|¦青藤社区", "GMT+8, {date2}¦ ¦Processed in 0.0{m} second(s), {pages} queries."),
        cols=("写作交流", "公考天地", "资料共享"), date_fmt="%Y-%m-%d %H:%M",
    ),
    Template(
        name="p12a-blog-portal", kind="blog", site="墨韵博客",
        why="an old portal blog: profile sidebar lines (访问/积分/排名) above the post, a bracketed date stamp, 分类 "
            "and 标签 lines, slash-separated counts, 上一篇/下一篇 labels alone, 博主推荐, an empty comment area",
        page_title="{title} - {author}的墨韵博客",
        head=("墨韵博客¦ ¦写博客¦ ¦找博客¦ ¦登录", "{author}的博客¦ ¦http://blog.moyun.example/u/{m}",
              "首页¦ ¦博文¦ ¦相册¦ ¦留言板¦ ¦关于我", "个人资料", "{author}¦ ¦加好友¦ ¦发纸条¦ ¦写留言",
              "访问：{n}¦ ¦积分：{m}¦ ¦排名：{pages}"),
        meta=("[{date}]",),
        tools=("分类：工作笔记",),
        foot=("标签：{col}¦ ¦公文¦ ¦材料",),
        related=("博主推荐", "{rtitle}"), related_n=(2, 4),
        tail=("阅读 ({n})¦ ¦/¦ ¦评论 ({m})¦ ¦/¦ ¦转载 (0)¦ ¦/¦ ¦收藏", "上一篇¦ ¦{prev}", "下一篇¦ ¦{next}", "@related",
              "发表评论", "还没有人发表评论，来坐第一个沙发", "墨韵博客¦ ¦服务条款¦ ¦客服中心¦ ¦©{year}"),
        cols=("讲话", "随笔"), date_fmt="%Y-%m-%d %H:%M", blank="body", wrap_title=0.2,
    ),
    Template(
        name="p13a-novel-chapter", kind="blog", site="墨香书阁",
        why="a novel chapter page (GB18030): a breadcrumb ending in the chapter title, book/author/字数 and chapter "
            "navigation above and below, a 最新网址 ad inside the text, a 本章未完 cut, key-help and disclaimer lines",
        page_title="{title}_宦海沉浮_墨香书阁",
        head=("墨香书阁¦ ¦免费小说阅读网", "首页¦ ¦玄幻¦ ¦武侠¦ ¦都市¦ ¦历史¦ ¦科幻¦ ¦完本¦ ¦排行",
              "墨香书阁¦ > ¦宦海沉浮¦ > ¦{title}"),
        meta=("更新时间：{date}",), dated=0.5,
        tools=("宦海沉浮¦ ¦作者：{author}¦ ¦字数：{words}", "上一章¦ ¦返回目录¦ ¦下一章¦ ¦加入书架¦ ¦投推荐票"),
        inside=("最新网址：www.moxiang.example，手机请访问 m.moxiang.example",),
        cut="本章未完，点击下一页继续阅读",
        tail=("上一章¦ ¦返回目录¦ ¦下一章¦ ¦加入书架¦ ¦投推荐票",
              "温馨提示：按 回车[Enter]键 返回书目，按 ←键 返回上一页， 按 →键 进入下一页。",
              "《宦海沉浮》最新章节由网友提供，仅供预览，如发现内容违规请举报。", "Copyright © {year} 墨香书阁 All Rights Reserved"),
        date_fmt="%Y-%m-%d %H:%M:%S", indent="　　", blank="all", encoding="gb18030",
    ),
    Template(
        name="p14a-macau-daily", kind="news", site="澳海日报",
        why="a Macau daily's site in Traditional script (UTF-8): today's date and 版次 in the head, the date with its "
            "weekday, a 字體 switch, 上一篇/下一篇 within the page, 返回本版目錄",
        page_title="澳海日报 - {title}",
        head=("澳海日报¦ ¦电子版", "{today}", "澳闻¦ ¦港闻¦ ¦中国¦ ¦国际¦ ¦经济¦ ¦体育¦ ¦副刊", "第A{pages}版：{col}"),
        meta=("{date}¦ ¦星期{wd}",),
        tools=("【字体：¦大¦ ¦中¦ ¦小】",),
        tail=("上一篇：{prev}", "下一篇：{next}", "返回本版目录", "版权所有¦ ¦澳海日报有限公司¦ ¦不得转载"),
        cols=("澳闻", "中国新闻"), date_fmt="%Y年%m月%d日", script="traditional",
    ),
    Template(
        name="p15b-enterprise", kind="institution", site="东方港务集团",
        why="a state-owned company's news page (UTF-8 with BOM): 信息来源/作者/发布时间 bar, a T/T/T size switch, an 审核 "
            "line after the text, 分享到, 友情链接 and a 举报 mailbox in the tail",
        page_title="东方港务集团有限公司-{title}",
        head=("东方港务集团¦ ¦EASTPORT GROUP",
              "集团首页¦ ¦集团概况¦ ¦新闻中心¦ ¦业务板块¦ ¦党的建设¦ ¦企业文化¦ ¦人才招聘¦ ¦信息公开", "新闻中心¦ ¦—¦ ¦{col}"),
        meta=("信息来源：{col}¦ ¦作者：{author}¦ ¦发布时间：{date}",),
        tools=("字号：¦T¦ ¦T¦ ¦T",),
        foot=("审核：{reviewer}",),
        tail=("分享到：¦微信¦ ¦微博¦ ¦QQ", "友情链接¦ ¦国务院国资委¦ ¦交通运输部¦ ¦中国港口协会",
              "党风廉政举报邮箱：jw@eastport.example", "版权所有 ©{year} 东方港务集团有限公司¦ ¦辽ICP备{icp}号"),
        cols=("集团要闻", "基层动态"), date_fmt="%Y-%m-%d %H:%M", encoding="utf-8-sig",
    ),
    Template(
        name="p16a-press-release", kind="gov", site="海城市人民政府新闻办公室",
        why="a city press office's release with no <title> line: a 新闻稿 number under the title, （完） and a contact "
            "line after the text, then the issue date with 发布 at the very end",
        head=("海城市人民政府新闻办公室", "新闻发布¦ ¦新闻发布会¦ ¦政策解读¦ ¦图片新闻"),
        block=("title", "tools"),
        tools=("（新闻稿 第{m}号）",),
        foot=("（完）", "新闻联络人：{editor}¦ ¦电话：{phone}"),
        meta=("海城市人民政府新闻办公室¦ ¦{date}发布",), meta_at_end=True,
        tail=("返回列表", "主办：海城市人民政府新闻办公室¦ ¦鲁ICP备{icp}号"),
        date_fmt="%Y年%m月%d日",
    ),
    Template(
        name="p17b-bureau-notice", kind="gov", site="清江县教育局",
        why="a county bureau's 通知 page (GB18030, CRLF): 发文日期 and 发文单位 lines above the title, 浏览次数, the "
            "notice's own 落款 (office and date), 附件下载 and 扫一扫 after",
        page_title="清江县教育局--{title}",
        head=("清江县教育局", "首页¦ ¦教育动态¦ ¦通知公告¦ ¦政策法规¦ ¦招生考试¦ ¦办事指南", "首页 >> 通知公告"),
        block=("meta", "title", "tools"),
        meta=("发文日期：{date}", "发文单位：{office}"),
        tools=("浏览次数：{n}",),
        closing="{office}",
        tail=("附件下载：", "扫一扫分享本页", "清江县教育局¦ ¦版权所有¦ ¦地址：清江县城关镇教育路3号",
              "技术支持：清江县信息中心¦ ¦赣ICP备{icp}号"),
        date_fmt="%Y年%m月%d日", encoding="gb18030", newline="\r\n",
    ),
    Template(
        name="p18a-no-title-news", kind="news", site="西岭新闻网",
        why="a news page that shows no on-page title, only the <title> line with the site suffixed: the text starts "
            "after a time/source bar and a size switch, 责编 and a 版权声明 after",
        page_title="{title}_西岭新闻网",
        head=("西岭新闻网¦ ¦西岭日报社主办", "新闻¦ ¦时政¦ ¦县区¦ ¦民生¦ ¦文化¦ ¦视频", "当前位置：西岭新闻网 >> {col}"),
        meta=("发布时间：{date}¦   ¦来源：西岭日报",),
        tools=("【大¦ ¦中¦ ¦小】",),
        tail=("责编：{editor}", "版权声明：凡注明“来源：西岭新闻网”的作品，版权均属西岭新闻网所有，转载请注明出处。",
              "西岭日报社¦ ¦新闻热线：{phone}"),
        cols=("时政", "县区"), date_fmt="%Y-%m-%d %H:%M", no_title=1.0,
    ),
    Template(
        name="p19b-renda", kind="party", site="桐城区人大",
        why="a district 人大 site (CRLF): titles wrapping or spaced as if pasted from a PDF, a delivery line, 发布时间 "
            "and 点击 on lines of their own, 责任编辑 and 上一篇/下一篇 after",
        page_title="桐城区人大常委会 - {title}",
        head=("桐城区人大常委会", "网站首页¦ ¦人大要闻¦ ¦常委会工作¦ ¦代表工作¦ ¦法治建设¦ ¦学习园地", "位置：首页 → {col}"),
        meta=("发布时间：{date}", "点击：{n}"),
        delivery="——{ddate}在{meeting}上",
        tail=("责任编辑：{editor}", "上一篇：{prev}", "下一篇：{next}", "桐城区人大常委会办公室¦ ¦版权所有", "皖ICP备{icp}号"),
        cols=("人大要闻", "领导讲话"), date_fmt="%Y-%m-%d %H:%M", wrap_title=0.4, spaced_title=0.3, newline="\r\n",
    ),
    Template(
        name="p20a-qa-fragments", kind="forum", site="有问必答网",
        why="a Q&A page one element per line: the question as the title, 提问者 and time, a 满意回答 bar with the "
            "answerer's level and rate, 有用/追问, another answer, 相关问题 with answer counts",
        page_title="{title}_有问必答网",
        head=("有问必答网¦ ¦首页¦ ¦问答¦ ¦专栏¦ ¦悬赏¦ ¦登录", "有问必答网¦ > ¦{col}"),
        meta=("提问者：{author}¦ ¦{date}",),
        tools=("满意回答", "回答者：{editor}¦ ¦等级：{pages}级¦ ¦采纳率：{m}%"),
        related=("相关问题", "{rtitle}¦ ¦{m}个回答"), related_n=(2, 4),
        tail=("有用({m})¦ ¦没用¦ ¦追问", "其他回答(2)", "{reviewer}¦ ¦{date2}", "楼上说得全面，补充一点：材料要结合实际",
              "@related", "有问必答网¦ ¦帮助¦ ¦意见反馈¦ ¦京ICP备{icp}号"),
        cols=("政务服务", "公文写作"), date_fmt="%Y-%m-%d %H:%M", render="fragments",
    ),
)
