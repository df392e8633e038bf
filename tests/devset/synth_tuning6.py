"""TUNING6: the tuning half of a fourth pair-split set of synthetic site templates.

Ten pairs of templates were written together, each pair two imagined sites of one family of page
that the earlier splits have little or none of, worded and laid out differently from each other
and from every tuning module: 数字报 (e-paper) article pages, social long posts (微博 头条文章
and 小红书-like notes), teaching-resource sites previewing a document as flattened text, old
forums with floors and quoted posts, 维基文库-like source-text wikis, journal article pages,
legislature pages in Traditional script (Big5), search-engine 网页快照 copies wrapping a portal,
mobile (`m.`) pages scraped one element per line, and 干部网络学院 / 党员教育 course-text pages.
Each pair's members are named `xNNa-…` and `xNNb-…` in the order they were drafted. A fair coin
per pair, `random.Random(6064).random() < 0.5` drawn ten times in pair order (`COIN`; the draws
were 0.2695, 0.8412, 0.9550, 0.5456, 0.4545, 0.4842, 0.7504, 0.1615, 0.1530, 0.7562), put `a`
here on heads and `b` here on tails: heads for pairs 1, 5, 6, 8, 9, tails for 2, 3, 4, 7, 10.
The other member of each pair is in `synth_heldout4.py` (HELD_OUT4), which no one tuning the
cleaner may read.

The ten sites here:

- x01a, a city paper's 数字报 (GB18030): the issue date with its weekday and the page (`第03版：
  综合新闻`) above the title, a 本报记者/通讯员 byline, the paper's own 编者按 (body) under it,
  放大/缩小/默认, 本版新闻, the paper's 法律顾问 in the footer; paragraphs indented;
- x02b, a 小红书-like note: the author with 关注 above, a title, short paragraphs with blank
  lines, a `#话题[话题]#` tag line, `编辑于 date 省份` after, bare like/collect/comment counts, a
  说点什么 box, 营业执照 and 算法 links in the footer; one element per line on some pages;
- x03b, a 课件 site (UTF-8, CRLF) previewing a 党课 deck as flattened text: 课件编号/格式/大小 and a
  更新时间 line, 课件简介, 文字内容 header, a 仅供预览 note after the text, 相关课件;
- x04b, an old forum (GB18030, ASCII punctuation): 作者/发表于 line, 浏览/回复 with 只看楼主, a
  加精 notice inside the post, replies that quote the first post (`以下是引用…在…的发言：`);
- x05a, a 维基文库-like wiki in Traditional script: 跳到导航, the slogan line, a header template
  with 作者 and date, 姊妹计划, 收录于, a 落款, a public-domain licence box, 分类, a 最后编辑于
  stamp with a later date, the CC licence line;
- x06a, a journal's own site: authors and their institution under the title, 出版日期, 摘要 not
  shown but 关键词/中图分类号/文献标志码/文章编号/基金项目/DOI lines, 引用本文 quoting the title,
  view and download counts and 本刊相关文章 after the text (no 参考文献 or 作者简介: a paper's own
  references are its text, not the site's), a 下载PDF bar; titles wrap on some pages;
- x07b, a Taiwan 縣議會 news page in Traditional script, Big5, one element per line: 刊登日期 and
  新聞來源, 點閱數, Facebook/Line/Plurk share buttons, 回列表, 相關照片, 服務專線;
- x08a, a search engine's 网页快照 of a city portal (UTF-8 with BOM): the cache notice with the
  crawl date (not the publish date), the highlighted search words, then the portal's own head,
  publish bar and tail;
- x09a, a news site's mobile page, one element per line: `<` back arrow, 打开, a channel bar, a
  `paper date` bar with no labels, an 打开APP cut on half the pages, 热门推荐, 电脑版/触屏版;
- x10b, a 党员教育 platform's 微党课 text (UTF-8 with BOM, CRLF): 主讲/发布/播放 bar, 时长 and 文字稿,
  学习积分 prompt, 学习心得 comments, 推荐课程.

Site names and wording are invented in the manner of real sites of each family, never copied
from one page. Each template is data (see `synth.Template`): `¦` separates UI elements, `{key}`
fields are filled per page.
"""

from __future__ import annotations

import random

from .synth import Template

COIN_SEED = 6064
_coin = random.Random(COIN_SEED)
COIN: tuple[bool, ...] = tuple(_coin.random() < 0.5 for _ in range(10))  # heads: the pair's `a` is in TUNING6

EDITOR_NOTES = ("编者按：开局之年，如何把蓝图变为实景？本报今起推出系列报道，敬请关注。",
                "编者按：本文为作者在会上的讲话，现予刊发，供各地各部门学习参考。",
                "编者按：抓落实，关键在干部。今天刊发这篇讲话，与读者共同思考。")

TUNING6: tuple[Template, ...] = (
    Template(
        name="x01a-epaper-city", kind="news", site="江州日报",
        why="a city paper's 数字报 article (GB18030): the issue date with its weekday and the page number above "
            "the title, a 本报记者/通讯员 byline under it, the paper's own 编者按 kept as body, 放大/缩小/默认, "
            "本版新闻, a 法律顾问 line in the footer; paragraphs indented with ideographic spaces",
        page_title="江州日报数字报-{title}",
        head=("江州日报数字报", "首页¦ ¦往期回顾¦ ¦版面导航¦ ¦PDF下载¦ ¦江州新闻网¦ ¦掌上江州"),
        block=("meta", "title", "tools", "sub"),
        meta=("{date}¦ ¦星期{wd}¦　¦{col}",),
        tools=("本报记者　{author}　通讯员　{editor}", "放大¦ ¦缩小¦ ¦默认"),
        subtitle=EDITOR_NOTES,
        related=("本版新闻", "{rtitle}"), related_n=(2, 5),
        tail=("上一篇¦ ¦下一篇¦ ¦返回本版", "@related", "江州日报社主办¦　¦未经授权，不得转载本报作品",
              "本报法律顾问：江州明理律师事务所", "地址：江州市新华路99号¦ ¦邮编：332000¦ ¦赣ICP备{icp}号"),
        cols=("第01版：要闻", "第03版：综合新闻", "第06版：理论周刊"), date_fmt="%Y年%m月%d日",
        indent="　　", encoding="gb18030",
    ),
    Template(
        name="x02b-note-app", kind="wechat", site="拾光笔记",
        why="a 小红书-like note: the author with 关注 above, short paragraphs with blank lines, a `#话题[话题]#` tag "
            "line, `编辑于 date 省份` after the text, bare like/collect/comment counts, a 说点什么 box, 营业执照 "
            "and 算法 links in the footer; one element per line on some pages",
        page_title="{title} - 拾光笔记",
        head=("拾光笔记¦ ¦发现¦ ¦直播¦ ¦发布¦ ¦通知", "{author}¦ ¦关注"),
        block=("title",),
        meta=("编辑于¦ ¦{date}¦ ¦江苏",), meta_at_end=True,
        foot=("#{col}[话题]#¦ ¦#体制内[话题]#¦ ¦#材料写作[话题]#",),
        tail=("共 {m} 条评论", "这是一片荒地，点击评论", "说点什么...", "{n}¦ ¦{m}¦ ¦{m}",
              "沪ICP备{icp}号¦ ¦营业执照¦ ¦个性化推荐算法网信算备{beian}号", "© {since}-{year} 拾光笔记"),
        cols=("公文写作", "笔杆子日常"), date_fmt="%Y-%m-%d", blank="body", fragments=0.3, dated=0.9,
    ),
    Template(
        name="x03b-courseware-flat", kind="school", site="课件之家",
        why="a 课件 site previewing a 党课 deck as flattened text (UTF-8, CRLF): 课件编号/格式/大小 and 更新时间, "
            "课件简介 and a 文字内容 header above the text, a 仅供预览 note after it, 相关课件 with page counts",
        page_title="{title}PPT课件 - 课件之家",
        head=("课件之家¦ ¦免费课件下载", "首页¦ ¦党课课件¦ ¦培训课件¦ ¦教学课件¦ ¦PPT模板¦ ¦会员中心", "课件之家 » {col}"),
        block=("title", "tools", "meta"),
        tools=("课件编号：KJ{icp}¦ ¦课件格式：PPTX¦ ¦课件大小：{kb}MB¦ ¦幻灯片：{pages}张",),
        meta=("更新时间：{date}¦ ¦上传会员：{author}",),
        foot=("以上为文字内容预览，完整课件含图片动画，请下载后查看",),
        related=("相关课件", "{rtitle}PPT¦ ¦{pages}张"), related_n=(2, 4),
        tail=("免费下载¦ ¦（本课件需登录后下载）", "@related", "课件之家所有资源均来自网友上传，如有侵权请发邮件告知，我们将及时删除。",
              "Copyright © {since}-{year} 课件之家¦ ¦闽ICP备{icp}号"),
        cols=("党课课件", "培训课件"), date_fmt="%Y-%m-%d", render="flat", newline="\r\n", spaced_title=0.3,
    ),
    Template(
        name="x04b-forum-quote", kind="forum", site="猫眼社区",
        why="an old forum (GB18030, ASCII punctuation): 作者/发表于 line, 浏览/回复 with 只看楼主, a 加精 notice inside the "
            "post, replies that quote the first post (`以下是引用…在…的发言：`), a 发表回复 box",
        page_title="{title}-{col}-猫眼社区",
        head=("猫眼社区¦ ¦首页¦ ¦社区¦ ¦精华¦ ¦排行¦ ¦搜索", "登录¦ ¦注册¦ ¦找回密码", "当前位置：¦猫眼社区¦ » ¦{col}"),
        block=("title", "meta", "tools"),
        meta=("作者：{author}¦  ¦发表于：{date}",),
        tools=("浏览：{n}¦ ¦回复：{m}¦ ¦[只看楼主]¦ ¦[打印]¦ ¦[收藏]",),
        inside=("【此帖已被版主加为精华】",),
        tail=("[打赏]¦ ¦[回复]¦ ¦[引用]¦ ¦[举报]", "{editor}¦ ¦回复于¦ ¦{date2}",
              "以下是引用{author}在{date}的发言：", "好文，我们单位也是这么抓的，收藏学习。",
              "{reviewer}¦ ¦回复于¦ ¦{date2}", "顶！楼主辛苦", "发表回复", "请注意文明发言，禁止发布广告",
              "猫眼社区¦ ¦网站声明¦ ¦版主申请¦ ¦联系管理员"),
        cols=("公务员之家", "笔杆子沙龙", "机关杂谈"), date_fmt="%Y-%m-%d %H:%M:%S", halfwidth=True, encoding="gb18030",
    ),
    Template(
        name="x05a-wikisource-trad", kind="blog", site="万卷文库",
        why="a 维基文库-like wiki in Traditional script (UTF-8): 跳到导航/跳到搜索, the slogan line, a header template with "
            "作者 and date, 姊妹计划 and 收录于 lines, a 落款, a public-domain licence box, 分类, a 最后编辑于 stamp with "
            "a later date, the CC licence line and the footer links",
        page_title="{title} - 万卷文库，自由的图书馆",
        head=("跳到导航¦ ¦跳到搜索", "万卷文库，自由的图书馆"),
        block=("title", "meta", "tools"),
        meta=("作者：{office}¦ ¦{date}",),
        tools=("姊妹计划：¦ ¦数据项", "本作品收录于《{col}》"),
        closing="{office}",
        tail=("本作品来自中华人民共和国政府的官方文件，依据著作权法第五条，不适用于著作权法，在全世界都属于公有领域。",
              "分类：¦{col}¦ ¦|¦ ¦{pyear}年作品", "本页面最后编辑于{date2}。",
              "本站的全部文字在知识共享 署名-相同方式共享 4.0协议之条款下提供，附加条款亦可能应用。",
              "隐私政策¦ ¦关于万卷文库¦ ¦免责声明¦ ¦手机版视图"),
        cols=("政府工作报告", "领导人讲话"), date_fmt="%Y年%-m月%-d日", script="traditional",
    ),
    Template(
        name="x06a-journal-site", kind="doc", site="基层治理研究",
        why="a journal's own article page: authors and institution under the title, 出版日期, 关键词/中图分类号/文献标志码/"
            "文章编号/基金项目/DOI lines, 引用本文 quoting the title, view/download counts and 本刊相关文章 after the text, a "
            "下载PDF bar; "
            "titles wrap on some pages",
        page_title="{title}--《基层治理研究》",
        head=("基层治理研究¦ ¦JOURNAL OF GRASSROOTS GOVERNANCE", "首页¦ ¦期刊介绍¦ ¦编委会¦ ¦投稿须知¦ ¦过刊浏览¦ ¦联系我们",
              "作者登录¦ ¦审稿登录¦ ¦编辑登录"),
        block=("title", "tools", "meta"),
        tools=("{author}¦ ¦{reviewer}", "（中共江城市委党校，江城 430000）",
               "关键词：¦{col}；¦基层治理；¦营商环境", "中图分类号：¦D630¦ ¦文献标志码：¦A¦ ¦文章编号：¦1009-{icp}",
               "基金项目：省哲学社会科学规划项目（{year}ZD{m}）",
               "引用本文：{author}，{reviewer}．{title}[J]．基层治理研究，{year}（{pages}）：1-9．",
               "DOI：¦10.{m}/j.issn.1009-{icp}.{year}.0{pages}"),
        meta=("出版日期：{date}",),
        related=("本刊相关文章", "{rtitle}¦ ¦{year}（{pages}）"), related_n=(2, 4),
        tail=("浏览次数：{n}¦ ¦PDF下载次数：{m}", "@related",
              "下载PDF¦ ¦HTML全文¦ ¦导出引用¦ ¦EndNote¦ ¦BibTeX",
              "版权所有 © 《基层治理研究》编辑部¦ ¦地址：江城市学院路3号¦ ¦电话：{phone}",
              "本系统由江城数刊科技有限公司设计开发"),
        cols=("政府治理", "党的建设"), date_fmt="%Y-%m-%d", wrap_title=0.3,
    ),
    Template(
        name="x07b-tw-council-big5", kind="gov", site="青山縣議會",
        why="a Taiwan 縣議會 news page in Traditional script, Big5, one element per line: 刊登日期 and 新聞來源 lines, "
            "點閱數, Facebook/Line/Plurk share buttons, 回列表, 相關照片, 服務專線 and a browser note in the footer",
        page_title="{title}-青山县议会全球资讯网",
        head=("跳到主要内容区", "青山县议会全球资讯网",
              "议会简介¦ ¦议员介绍¦ ¦议事资讯¦ ¦新闻发布¦ ¦为民服务¦ ¦影音专区", "首页¦ ¦/¦ ¦新闻发布¦ ¦/¦ ¦{col}"),
        meta=("刊登日期：¦{date}", "新闻来源：¦秘书处议事组"),
        tools=("点阅数：¦{n}", "友善列印¦ ¦Facebook分享¦ ¦Line分享¦ ¦Plurk分享"),
        tail=("相关照片", "回列表", "青山县议会¦ ¦地址：青山县府后路2号¦ ¦服务专线：{phone}",
              "建议使用Chrome、Edge、Firefox等浏览器浏览本网站"),
        cols=("议会新闻", "议长致词"), date_fmt="%Y-%m-%d", render="fragments", script="traditional", encoding="big5",
    ),
    Template(
        name="x08a-search-cache", kind="cache", site="西陵市人民政府",
        why="a search engine's 网页快照 of a city portal (UTF-8 with BOM): the cache notice with the crawl date (not the "
            "publish date), the highlighted search words, then the portal's own head, publish bar and tail",
        page_title="{title}_西陵市人民政府 - 度搜快照",
        head=("这是度搜快照。度搜快照是网页在{date2}的存档，当前页面可能已经更新，请点击此处访问当前页面。",
              "以下搜索词已高亮显示：¦讲话¦ ¦工作会议",
              "度搜和网页 www.xiling.gov.example 的作者无关，不对其内容负责。", "西陵市人民政府",
              "首页¦ ¦今日西陵¦ ¦政务公开¦ ¦办事服务¦ ¦互动交流", "首页 > 政务公开 > {col}"),
        meta=("发布日期：{date}¦  ¦信息来源：{src}",),
        tail=("【打印】¦ ¦【关闭】", "西陵市人民政府办公室主办¦ ¦鄂ICP备{icp}号"),
        cols=("领导讲话", "政务动态"), date_fmt="%Y-%m-%d %H:%M", encoding="utf-8-sig",
    ),
    Template(
        name="x09a-mobile-news", kind="mobile", site="江城手机台",
        why="a news site's mobile page, one element per line: a `<` back arrow and 打开, a channel bar, an unlabelled "
            "`paper date` bar, an 打开APP cut on half the pages, 热门推荐 with read counts, 电脑版/触屏版/回到顶部",
        page_title="{title}-江城手机台",
        head=("<", "江城手机台", "打开", "推荐¦ ¦要闻¦ ¦本地¦ ¦视频¦ ¦直播¦ ¦更多"),
        block=("title", "meta"),
        meta=("{paper}¦ ¦{date}",),
        cut="打开APP，阅读全文 >",
        related=("热门推荐", "{rtitle}¦ ¦{words}阅读"), related_n=(2, 4),
        tail=("举报", "@related", "电脑版¦ ¦|¦ ¦触屏版¦ ¦|¦ ¦回到顶部", "©{year} 江城广播电视台"),
        date_fmt="%Y/%m/%d %H:%M", render="fragments",
    ),
    Template(
        name="x10b-party-course", kind="school", site="红色课堂",
        why="a 党员教育 platform's 微党课 text (UTF-8 with BOM, CRLF): a 主讲/发布/播放 bar, 时长 and a 文字稿 header, a "
            "学习积分 prompt after the text, 学习心得 comments with their own dates, 推荐课程",
        page_title="{title}_微党课_红色课堂",
        head=("红色课堂¦ ¦党员教育平台", "微党课¦ ¦专题学习¦ ¦党史天地¦ ¦先锋榜样¦ ¦我的积分", "登录¦ ¦|¦ ¦注册"),
        block=("title", "meta", "tools"),
        meta=("主讲：{author}¦　¦发布：{date}¦　¦播放：{n}次",),
        tools=("▶ 播放¦ ¦时长 {pages}分钟", "文字稿"),
        foot=("学完本课并答题可获得学习积分2分",),
        related=("推荐课程", "{rtitle}¦ ¦主讲：{editor}"), related_n=(2, 4),
        tail=("点赞 {m}¦ ¦收藏¦ ¦分享", "学习心得（{m}）", "{editor}¦ ¦{date2}", "深受教育，要把讲的落到工作中。",
              "我来说两句", "@related", "红色课堂¦ ¦关于平台¦ ¦使用帮助¦ ¦京ICP备{icp}号"),
        cols=("微党课",), date_fmt="%Y-%m-%d", encoding="utf-8-sig", newline="\r\n",
    ),
)
