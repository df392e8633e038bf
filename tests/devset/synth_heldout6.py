"""HELD_OUT6: the held-out half of the sixth pair-split set (TUNING8 is the other half).

NO ONE TUNING THE CLEANER MAY READ THIS MODULE. Its twins in `synth_tuning8.py` describe the ten
families; here each pair's other member is a different imagined site of the same family, worded and
laid out its own way. The coin (`synth_tuning8.COIN`, seed 8808) sent each member here: `a` here on
tails, `b` here on heads. Measure this split only through its TOTAL line.

Site names and wording are invented in the manner of real sites of each family, never copied from one
page. Each template is data (see `synth.Template`).
"""

from __future__ import annotations

from .synth import Template

HELD_OUT6: tuple[Template, ...] = (
    Template(
        name="k01a-assist-view-city", kind="assist", site="鹭州市人民政府",
        why="a city portal seen through its assistive view, one element per line: a 适老版/标准版 switch, a toolbar "
            "of short items worded the site's own way, a `▸` breadcrumb, an unlabelled-looking 时间/出处 bar, a "
            "read-aloud and zoom bar, a 纠错 link and a resolution hint in the footer",
        page_title="{title}_{col}_鹭州市人民政府",
        head=("鹭州市人民政府¦ ¦适老版¦ ¦|¦ ¦标准版",
              "纯文本通道¦ ¦语音导读¦ ¦页面缩放¦ ¦高对比度¦ ¦光标放大¦ ¦辅助线¦ ¦显示屏¦ ¦关闭辅助",
              "鹭州概览¦ ¦政务要闻¦ ¦政务公开¦ ¦政务服务¦ ¦政民互动¦ ¦专题专栏", "▸¦ ¦首页¦ ▸ ¦政务要闻¦ ▸ ¦{col}"),
        block=("title", "meta", "tools"),
        meta=("时间：{date}¦　¦出处：{src}",),
        tools=("朗读本文¦ ¦|¦ ¦字体放大¦ ¦|¦ ¦字体缩小",),
        tail=("文章纠错", "鹭州市人民政府办公厅¦ ¦版权所有¦ ¦网站识别码{icp}", "建议使用1920×1080分辨率浏览本站"),
        cols=("鹭州要闻", "区县动态", "部门动态"), date_fmt="%Y-%m-%d %H:%M:%S", render="fragments",
    ),
    Template(
        name="k02b-hotline-reply", kind="interaction", site="云岭县人民政府",
        why="a county's 民生诉求 reply page (GB18030, ASCII punctuation): label cells on lines of their own above the "
            "title, an 办结时间 line with the publish date and the office, a 公开意见 cell, a 回复内容 label, a star rating, the "
            "hotline in the footer",
        page_title="{short}--县长热线--云岭县人民政府",
        head=("云岭县人民政府", "县长热线¦ ¦|¦ ¦诉求查询¦ ¦|¦ ¦热点回应¦ ¦|¦ ¦数据统计", "诉求编号:¦ ¦YL{icp}", "诉求主题:"),
        block=("title", "meta", "tools"),
        meta=("办结时间:{date}¦ ¦承办单位:{office}",),
        tools=("公开意见:同意公开", "回复内容:"),
        tail=("群众评价:★★★★★", "返回", "县长热线:0871-12345¦ ¦(工作日 8:30-17:30)",
              "云岭县人民政府办公室¦ ¦主办"),
        date_fmt="%Y-%m-%d", halfwidth=True, encoding="gb18030",
    ),
    Template(
        name="k03a-news-talk-studio", kind="interview", site="湘楚网",
        why="a provincial news site's 政务访谈 studio page: today's date and the weather in the head, bracketed "
            "【本期嘉宾】/【访谈时间】/【访谈地点】 lines, a tab bar of its own, a picture mark inside the text, a "
            "message counter and a back link after",
        page_title="{title}-政务访谈-湘楚网",
        head=("{today}¦　¦晴转多云¦ ¦12～21℃", "湘楚网¦ ¦政务访谈", "访谈首页¦ ¦|¦ ¦访谈预告¦ ¦|¦ ¦历史访谈"),
        block=("title", "meta", "tools"),
        meta=("【本期嘉宾】{author}", "【访谈时间】{date}", "【访谈地点】湘楚网演播室"),
        tools=("图文直播¦ ¦|¦ ¦精彩图片¦ ¦|¦ ¦嘉宾介绍",),
        inside=("（现场图片）",),
        tail=("【网友留言】共{m}条", "我也说两句", "<<¦ ¦返回访谈首页", "湘楚网¦ ¦版权所有¦ ¦未经授权禁止复制"),
        cols=("政务访谈",), date_fmt="%Y年%m月%d日 %H:%M",
    ),
    Template(
        name="k04a-county-video", kind="transcript", site="长丰融媒",
        why="a county 融媒体中心 video page with its 文稿: the centre's slogan, a player's time and quality "
            "controls, an unlabelled date/channel line, a still caption inside, 摄像/剪辑/校对 credits, a play "
            "count, related videos with `▷`, an 出品 line; blank lines between paragraphs",
        page_title="{title}_长丰融媒",
        head=("长丰融媒¦ ¦看长丰·听长丰·读长丰", "首页¦ ¦长丰新闻¦ ¦视听长丰¦ ¦镇村动态¦ ¦专题"),
        block=("title", "meta", "tools"),
        meta=("{date}¦ ¦{col}",),
        tools=("00:00¦ ¦/¦ ¦03:27", "标清¦ ¦高清¦ ¦倍速", "文稿："),
        inside=("（视频截图）",),
        foot=("摄像：{author}¦　¦剪辑：{editor}¦　¦校对：{reviewer}",),
        related=("相关视频", "▷¦ ¦{rtitle}"), related_n=(2, 4),
        tail=("{n}次播放", "@related", "出品：长丰县融媒体中心"),
        cols=("视听长丰", "长丰新闻"), date_fmt="%Y-%m-%d %H:%M", blank="body",
    ),
    Template(
        name="k05b-consulate", kind="embassy", site="中华人民共和国驻贝拉港总领事馆",
        why="a consulate-general's site (CRLF): its Chinese and English names, a three-language switch, its own "
            "columns, a breadcrumb, a date in Chinese form with no label, a 24-hour emergency line, an address "
            "in English and a 版权所有 line; the on-page title has stray spaces on some pages",
        page_title="{title} — 中华人民共和国驻贝拉港总领事馆",
        head=("中华人民共和国驻贝拉港总领事馆", "Consulate-General of the People's Republic of China in Port Bella",
              "简体中文¦ ¦English¦ ¦Français",
              "总领馆概况¦ ¦总领事活动¦ ¦领区动态¦ ¦证件办理¦ ¦侨务工作¦ ¦教育科技", "首页¦ ¦>¦ ¦{col}"),
        block=("title", "meta"),
        meta=("{date}",),
        tail=("领事证件办理预约", "领区内中国公民遇紧急情况请拨打：{phone}（24小时）",
              "地址：1200 Harbour Road, Port Bella", "版权所有：中华人民共和国驻贝拉港总领事馆"),
        cols=("总领事活动", "领区动态"), date_fmt="%Y年%-m月%-d日", spaced_title=0.3, newline="\r\n",
    ),
    Template(
        name="k06b-youth-league", kind="mass-org", site="青春禾城",
        why="a city 团委 site: a login bar of its own (团员登录, 智慧团建), the league's columns, a `>>` breadcrumb, "
            "作者/发布者/date in one bar with dates like 2026/1/28, 编辑/校对 after the text, 推荐阅读 with `◆` "
            "items, the 12355 line and a sponsor footer",
        page_title="{title} - 青春禾城",
        head=("团员登录¦ ¦|¦ ¦智慧团建¦ ¦|¦ ¦青年之声", "共青团禾城市委员会¦ ¦青春禾城",
              "团情快递¦ ¦基层团建¦ ¦青春榜样¦ ¦志愿服务¦ ¦青少年权益", "团情快递¦ >> ¦{col}"),
        block=("title", "meta"),
        meta=("作者：{author}¦　¦发布者：团市委宣传部¦　¦{date}",),
        foot=("编辑：{editor}¦　¦校对：{reviewer}",),
        related=("推荐阅读", "◆¦ ¦{rtitle}"), related_n=(2, 4),
        tail=("@related", "12355青少年服务台¦ ¦|¦ ¦心理咨询¦ ¦|¦ ¦法律援助", "共青团禾城市委员会主办¦ ¦禾城青年网络文明志愿者协会协办"),
        cols=("基层团建", "青春榜样"), date_fmt="%Y/%-m/%-d %H:%M",
    ),
    Template(
        name="k07b-research-centre", kind="thinktank", site="西江区域发展研究中心",
        why="a university research centre's 决策参考 page: a search box in the head, a 期号 line above the title, "
            "来源/作者/日期 with the author's post in brackets, titles that wrap, the centre's reuse notice, a back "
            "link, its 公众号 and a submissions address",
        page_title="{title}-西江区域发展研究中心",
        head=("西江区域发展研究中心", "请输入关键词¦ ¦检索", "中心简介¦ ¦研究团队¦ ¦决策参考¦ ¦研究报告¦ ¦学术交流",
              "《决策参考》{pyear}年第{pages}期"),
        block=("title", "meta"),
        meta=("来源：西江研究中心¦　¦作者：{author}（中心研究员）¦　¦日期：{date}",),
        tail=("本中心成果，转载须经书面授权", "← 返回成果列表", "微信公众号：西江智库¦ ¦|¦ ¦投稿邮箱：xjrc@xijiang.edu.example"),
        cols=("决策参考",), date_fmt="%Y-%m-%d", wrap_title=0.3,
    ),
    Template(
        name="k08a-tw-village-office-big5", kind="community", site="溪洲村辦公處",
        why="a Taiwan 村辦公處 page in Traditional script, Big5, a blank line after every line: the 村長 and a "
            "service line in the head, its own menu (村長的話, 鄰長名錄), a `/` breadcrumb, 發布日期/點閱 in one bar, "
            "回頁首, office hours and an address",
        page_title="{title}｜溪洲村办公处",
        head=("溪洲村办公处", "村长：{author}¦ ¦服务专线：{phone}", "村长的话¦ ¦村政公告¦ ¦活动花絮¦ ¦邻长名录¦ ¦便民资讯",
              "首页¦ / ¦村政公告"),
        block=("title", "meta"),
        meta=("发布日期：{date}¦　¦点阅：{n}",),
        tail=("回页首", "服务时间：周一至周五 09:00-17:00", "村办公处地址：溪洲路{pages}号1楼"),
        date_fmt="%Y-%m-%d", blank="all", script="traditional", encoding="big5",
    ),
    Template(
        name="k09b-feed-archive", kind="reader", site="青鸟订阅",
        why="a feed reader's archived copy (UTF-8 with BOM, CRLF): whose feed it came from above the title, "
            "`发布于 date`, a full-text-fetch note with a word count, the original link after the text, tags and "
            "the archive stamp with today's date",
        head=("来自「{paper}」的订阅",),
        block=("title", "meta", "tools"),
        meta=("发布于 {date}",),
        tools=("[全文抓取]¦ ¦共 {words} 字",),
        foot=("[原文链接] https://news.example.cn/{pyear}/{n}.shtml",),
        tail=("#{col}¦ ¦#待整理", "—— 青鸟订阅 · 存档于 {today}"),
        cols=("本地", "要闻"), date_fmt="%Y年%m月%d日 %H:%M", encoding="utf-8-sig", newline="\r\n",
    ),
    Template(
        name="k10a-cloud-box-flat", kind="netdisk", site="云匣网盘",
        why="a cloud-drive share page whose preview is the document flattened: the 提取码 note, the sharer and a "
            "创建 date, an expiry date that is not the publish date, plain and paid download buttons, a note that "
            "the preview is transcoded text, a licence footer",
        page_title="{short}_免费高速下载|云匣网盘",
        head=("云匣网盘", "提取码已自动填写", "分享者：{author}"),
        block=("meta", "title", "tools"),
        meta=("{date}¦ ¦创建",),
        tools=("有效期至¦ ¦{date2}", "普通下载¦ ¦|¦ ¦SVIP极速下载¦ ¦|¦ ¦另存到我的云匣"),
        foot=("当前预览为转码文本，可能存在排版错乱",),
        tail=("云匣网盘¦ ¦©{year}¦ ¦京ICP证{icp}号",),
        date_fmt="%Y-%m-%d %H:%M", render="flat",
    ),
)
