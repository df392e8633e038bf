"""TUNING5: the tuning half of a fourth pair-split set of synthetic site templates.

Ten pairs of templates were written together, each pair two imagined sites of one family that
the earlier splits lack or hold little of, worded and laid out differently from each other
and from every earlier tuning split: party dailies' 电子版 pages (版面 lines), theory journals
and channels, 政府公报 and policy-library pages, police 警情通报 and 通告 pages, procuratorates,
education bureaus and graduate schools, listed companies' and banks' announcements, 招投标
and 招聘 notices, Singapore and Malaysian Chinese newspapers, and 作文网 essay pages. Each
pair's members are named `mNNa-…` and `mNNb-…` in the order they were drafted. A coin per
pair, `random.Random(1122).random() < 0.5` drawn ten times in pair order (`COIN`), put `a`
here on heads and `b` here on tails; the other member is in `synth_heldout3.py` (HELD_OUT3),
which no one tuning the cleaner may read. The draws were 0.464, 0.605, 0.969, 0.265, 0.861,
0.959, 0.572, 0.977, 0.141, 0.420: heads for pairs 1, 4, 9 and 10, tails for the others.

The ten sites here:

- m01a, a party daily's 电子版: the issue date with its weekday and the 版面 line above a 引题
  and the title, `《报名》（date 第N版）` and 本版责编 after the text;
- m02b, a newspaper site's 理论 channel: the author with his institution in brackets, the date
  with 来源 on the next line, 我要纠错 and a font switch, a 上一页/1/2/3/下一页 pager cutting half
  the pages, `[ 责编：… ]` and 阅读排行 after, blank lines between paragraphs, a BOM;
- m03b, a policy library: label/value cells (发文机关, 发文字号, 公文种类, 主题分类, 成文日期)
  under the title, 发布日期 as a cell, a 落款 whose date repeats the 成文日期 cell, 政策解读 and
  相关政策; one cell per line on half the pages;
- m04a, a city police bureau's 警情通报: 网上报警 and 12389 links in the head, a `>>`
  breadcrumb, 发布单位 and 发布时间 in one bar, the bureau's 落款, a 反诈 prompt and 网警 badge;
- m05b, a Taiwan district prosecutors office's 新聞稿 in Traditional script, Big5: 發布日期 and
  資料來源 field lines, the 發言人 with a phone, 瀏覽人數, 更新日期 and 上班時間 after;
- m06b, a graduate school's 通知, one element per line with a blank line after each (GB18030):
  English/校内门户 links, a `/` breadcrumb, 发布者/发布时间/浏览次数 cells, dates like 2026/1/28,
  the school's 落款, 相关附件 and an address footer;
- m07b, a listed bank's 公告: a login bar and a 956xx service number, a `-` breadcrumb, a bare
  date under the title, the 董事会 落款 with its own date (body), an anti-fraud 温馨提示 and a
  金融许可证 line;
- m08b, an exam-training site's copy of a 事业单位 招聘公告 (GB18030, ASCII punctuation, a blank
  line after every line): 来源/编辑/date in one bar, a training ad and a 扫码进群 prompt inside
  the text, 报名入口/职位表下载 buttons and 相关招聘 after;
- m09a, a Singapore Chinese daily: 订阅/登录/电子报, `文／` byline and `发布／` with an AM/PM time,
  a share bar, an archive-photo caption and a 订阅 prompt inside, a company-registration copyright;
- m10a, a 作文网 essay page (GB18030, CRLF): a menu by school level, 作者/年级/字数/时间 in one
  bar, a 老师点评 after the essay, 上一篇作文/下一篇作文, 相关作文 and 热门标签.

Site names are invented and the wording is the family's, never copied from one page. Each
template is data (see `synth.Template`): `¦` separates UI elements, `{key}` fields are filled
per page.
"""

from __future__ import annotations

import random

from .synth import Template

COIN_SEED = 1122
_coin = random.Random(COIN_SEED)
COIN: tuple[bool, ...] = tuple(_coin.random() < 0.5 for _ in range(10))  # heads: the pair's `a` is in TUNING5

LEADS = ("聚力攻坚开新局 实干争先谱新篇", "奋楫扬帆正当时 乘势而上启新程", "把握新形势 展现新作为")

TUNING5: tuple[Template, ...] = (
    Template(
        name="m01a-epaper-daily", kind="news", site="江南日报数字报",
        why="a party daily's 电子版 page: the issue date with its weekday and the 版面 line above a 引题 and the title, "
            "上一版/下一版 and 版面导航, the `《报名》（date 第N版）` line and 本版责编 after the text",
        page_title="{title}--江南日报数字报",
        head=("江南日报¦ ¦JIANGNAN DAILY", "往期回顾¦ ¦|¦ ¦PDF版下载¦ ¦|¦ ¦数字报首页"),
        block=("meta", "tools", "sub", "title"),
        meta=("{date}¦ ¦星期{wd}",),
        tools=("第{pages}版：{col}", "上一版¦ ¦下一版¦ ¦版面导航"),
        subtitle=LEADS,
        tail=("《江南日报》（{date}¦ ¦第{pages}版）", "本版责编：{editor}¦ ¦{reviewer}", "上一篇¦ ¦下一篇¦ ¦返回本版目录",
              "江南日报社版权所有¦ ¦未经许可不得转载¦ ¦苏ICP备{icp}号"),
        cols=("要闻", "综合新闻", "理论评论"), date_fmt="%Y年%m月%d日",
    ),
    Template(
        name="m02b-theory-channel", kind="party", site="光华网理论频道",
        why="a newspaper site's 理论 channel: the author with his institution in brackets, the date and 来源 below, "
            "我要纠错 with a font switch, a 上一页/1/2/3/下一页 pager ending half the pages, `[ 责编：… ]` and 阅读排行 "
            "after; blank lines between paragraphs, a BOM",
        page_title="{title}_光华网",
        head=("光华网¦ ¦理论¦ ¦GUANGHUA.COM", "理论首页¦ ¦学术前沿¦ ¦党建研究¦ ¦经济视野¦ ¦文化观察¦ ¦专家访谈",
              "光华网 › 理论频道 › {col}"),
        block=("title", "meta", "tools"),
        meta=("作者：{author}（江东省社会科学院研究员）", "{date}¦ ¦来源：光华日报"),
        tools=("我要纠错¦ ¦字体：¦小¦ ¦大",),
        cut="上一页¦ ¦1¦ ¦2¦ ¦3¦ ¦下一页",
        tail=("[¦ 责编：{editor} ¦]", "阅读排行", "{prev}", "{next}", "光华网版权所有¦ ¦违法和不良信息举报：{phone}"),
        cols=("党建研究", "学术前沿"), date_fmt="%Y-%m-%d %H:%M", blank="body", encoding="utf-8-sig",
    ),
    Template(
        name="m03b-policy-library", kind="gov", site="政策通",
        why="a policy library's document page: label/value cells (发文机关, 发文字号, 公文种类, 主题分类, 成文日期) under "
            "the title, 发布日期 as a cell, a 落款 whose date repeats the 成文日期 cell, 政策解读 and 相关政策 after; one "
            "cell per line on half the pages",
        page_title="{title}｜政策通·政策文件库",
        head=("政策通¦ ¦政策文件库", "政策检索¦ ¦最新政策¦ ¦政策解读¦ ¦政策问答¦ ¦我的订阅", "请输入政策标题或文号¦ ¦检索"),
        block=("title", "tools", "meta"),
        tools=("发文机关¦：¦{office}¦　¦发文字号¦：¦政办发〔{pyear}〕{m}号", "公文种类¦：¦通知¦　¦主题分类¦：¦{col}",
               "成文日期¦：¦{cdate}"),
        meta=("发布日期¦：¦{date}",),
        closing="{office}",
        related=("相关政策", "{rtitle}¦ ¦{rdate}"), related_n=(2, 4),
        tail=("政策解读：¦暂无", "@related", "订阅本类政策¦ ¦分享¦ ¦打印", "政策通由东华政务数据服务中心运营¦ ¦京ICP备{icp}号"),
        cols=("财政金融", "城乡建设", "社会保障"), date_fmt="%Y-%m-%d", fragments=0.5,
    ),
    Template(
        name="m04a-police-bulletin", kind="gov", site="江州市公安局",
        why="a city police bureau's 警情通报 page: 网上报警 and 12389 links in the head, a `>>` breadcrumb, 发布单位 and "
            "发布时间 in one bar, the bureau's 落款 with its date, a 反诈 prompt and a 网警 badge after",
        page_title="{title}-江州市公安局",
        head=("江州市公安局¦ ¦JIANGZHOU PUBLIC SECURITY BUREAU", "网上报警¦ ¦|¦ ¦12389举报¦ ¦|¦ ¦出入境办事¦ ¦|¦ ¦户政服务",
              "首页¦ ¦警务公开¦ ¦警情通报¦ ¦警方提示¦ ¦办事指南¦ ¦警民互动¦ ¦警营文化", "首页 >> 警务公开 >> {col}"),
        meta=("发布单位：江州市公安局¦　¦发布时间：{date}",),
        closing="江州市公安局",
        tail=("【打印此页】¦ ¦【返回列表】", "反诈提醒：不听、不信、不转账，陌生来电多核实", "江州网警¦ ¦网络违法犯罪举报",
              "主办：江州市公安局¦ ¦网站标识码：3302{m}¦ ¦公安机关备案号：{beian}"),
        cols=("警情通报", "警方提示", "治安动态"), date_fmt="%Y-%m-%d %H:%M",
    ),
    Template(
        name="m05b-tw-prosecutors", kind="law", site="嘉峰地方检察署",
        why="a Taiwan district prosecutors office's 新聞稿 in Traditional script, Big5: a 新聞稿 label over the title, "
            "發布日期 and 資料來源 as field lines, the 發言人 with a phone after the text, 瀏覽人數, 更新日期 and 上班時間",
        page_title="{title}-台湾嘉峰地方检察署",
        head=("跳到主要内容区块", "台湾嘉峰地方检察署", "回首页¦ ¦网站导览¦ ¦English¦ ¦意见信箱",
              "首页¦ ¦/¦ ¦新闻与公告¦ ¦/¦ ¦新闻稿"),
        block=("tools", "title", "meta"),
        tools=("新闻稿",),
        meta=("发布日期：{date}", "资料来源：嘉峰地检署"),
        tail=("发言人：主任检察官{author}¦ ¦联络电话：{phone}", "浏览人数：{n}", "更新日期：{date2}", "回上一页¦ ¦友善列印",
              "台湾嘉峰地方检察署¦ ¦地址：嘉峰市中山路{m}号¦ ¦总机：{phone}", "上班时间：星期一至星期五 08:30-17:30"),
        date_fmt="%Y-%m-%d", script="traditional", encoding="big5",
    ),
    Template(
        name="m06b-graduate-school", kind="school", site="北川大学研究生院",
        why="a graduate school's 通知 page one element per line with a blank line after each (GB18030): English/校内门户 "
            "links, a `/` breadcrumb, 发布者/发布时间/浏览次数 cells, dates like 2026/1/28, the school's 落款, 相关附件 and "
            "an address footer",
        page_title="{title}-北川大学研究生院",
        head=("北川大学研究生院¦ ¦Graduate School of Beichuan University", "English¦ ¦|¦ ¦校内门户¦ ¦|¦ ¦北川大学",
              "首页¦ ¦招生工作¦ ¦培养管理¦ ¦学位工作¦ ¦导师队伍¦ ¦国际交流¦ ¦下载中心", "当前位置¦：¦首页¦ / ¦{col}"),
        meta=("发布者¦：¦培养办", "发布时间¦：¦{date}", "浏览次数¦：¦{n}"),
        closing="北川大学研究生院",
        tail=("相关附件¦：", "附件1¦：¦课程安排表.xls", "北川大学研究生院¦ ¦版权所有",
              "地址¦：¦北川市大学路{m}号¦ ¦邮编¦：¦610{m}"),
        cols=("通知公告", "培养动态"), date_fmt="%Y/%-m/%-d", render="fragments", blank="all", encoding="gb18030",
    ),
    Template(
        name="m07b-bank-notice", kind="enterprise", site="江海银行",
        why="a listed bank's 公告 page: a login bar and a 956xx service number in the head, a `-` breadcrumb, a bare date "
            "line under the title, the 董事会 落款 with its own date (body), an anti-fraud 温馨提示, 消费者权益保护 links "
            "and a 金融许可证 line after",
        page_title="{title}-江海银行",
        head=("江海银行¦ ¦JIANGHAI BANK", "个人网银登录¦ ¦企业网银登录¦ ¦手机银行下载¦ ¦客服热线 956{m:0>2}",
              "个人金融¦ ¦公司金融¦ ¦金融市场¦ ¦电子银行¦ ¦投资者关系¦ ¦关于江海", "首页 - 关于江海 - 江海公告"),
        meta=("{date}",),
        closing="江海银行股份有限公司董事会",
        tail=("返回列表", "温馨提示：江海银行工作人员不会以任何理由向您索要短信验证码和密码，谨防电信诈骗。",
              "网站地图¦ ¦|¦ ¦隐私保护¦ ¦|¦ ¦消费者权益保护¦ ¦|¦ ¦联系我们", "江海银行股份有限公司版权所有¦ ¦沪ICP备{icp}号",
              "金融许可证号：B0{m}H2310000{pages}"),
        date_fmt="%Y-%m-%d",
    ),
    Template(
        name="m08b-recruit-exam", kind="notice", site="公考在线",
        why="an exam-training site's copy of a 事业单位 招聘公告 (GB18030, ASCII punctuation, a blank line after every "
            "line): 来源/编辑/date in one bar, a training ad and a 扫码进群 prompt inside the text, 报名入口/职位表下载 "
            "buttons, 相关招聘 and a 以官方发布为准 notice after",
        page_title="{title}_事业单位招聘_公考在线",
        head=("公考在线¦ ¦一站式公职类考试服务平台", "公务员¦ ¦事业单位¦ ¦教师招聘¦ ¦医疗卫生¦ ¦银行招聘¦ ¦军队文职¦ ¦三支一扶",
              "公考在线 > 事业单位 > {col}"),
        meta=("来源：{src}¦  ¦编辑：{editor}¦  ¦{date}",),
        inside=("【备考推荐】事业单位笔试+面试全程班火热招生中，咨询电话：{phone}", "扫码加入考生交流群，获取最新招考资讯"),
        related=("相关招聘：", "{rtitle}"), related_n=(3, 5),
        tail=("报名入口¦ ¦职位表下载¦ ¦考试大纲¦ ¦历年真题", "@related",
              "声明：本站招考信息均转载自官方网站，报考请以官方发布为准。", "公考在线¦ ¦京ICP备{icp}号"),
        cols=("招聘公告", "报名时间"), date_fmt="%Y-%m-%d %H:%M", blank="all", halfwidth=True, encoding="gb18030",
    ),
    Template(
        name="m09a-sg-daily", kind="news", site="南洋晨报",
        why="a Singapore Chinese daily's article: 订阅/登录/电子报 and a 新加坡/中国/东南亚 menu, a `文／` byline and "
            "`发布／` with an AM/PM time, a WhatsApp/Telegram share bar, an archive-photo caption and a 订阅 prompt inside, "
            "相关新闻, 热门 and a company-registration copyright after; blank lines between paragraphs",
        page_title="{title} | 南洋晨报",
        head=("南洋晨报¦ ¦nanyang-morning.example", "订阅¦ ¦登录¦ ¦电子报",
              "即时¦ ¦新加坡¦ ¦中国¦ ¦东南亚¦ ¦国际¦ ¦财经¦ ¦言论¦ ¦副刊¦ ¦视频", "{col}"),
        block=("title", "meta", "tools"),
        meta=("文／{author}", "发布／{date}"),
        tools=("分享¦ ¦WhatsApp¦ ¦Telegram¦ ¦Facebook¦ ¦复制链接",),
        inside=("（南洋晨报档案照片）", "订阅南洋晨报，解锁更多独家报道"),
        related=("相关新闻", "{rtitle}"), related_n=(2, 4),
        tail=("@related", "热门", "新晨报业媒体有限公司版权所有（公司登记号：1984{icp}）",
              "关于我们¦ ¦隐私政策¦ ¦服务条款¦ ¦联系我们"),
        cols=("新加坡", "中国"), date_fmt="%Y年%-m月%-d日 %I:%M %p", blank="body",
    ),
    Template(
        name="m10a-essay-site", kind="fanwen", site="小作家作文网",
        why="a 作文网 essay page (GB18030, CRLF): a 作文 menu by school level, a breadcrumb down to 高三, "
            "作者/年级/字数/时间 in one bar, a 老师点评 after the essay, 上一篇作文/下一篇作文, 相关作文 and 热门标签",
        page_title="{title}_高三作文_小作家作文网",
        head=("小作家作文网¦ ¦www.xzj.example",
              "小学作文¦ ¦初中作文¦ ¦高中作文¦ ¦话题作文¦ ¦满分作文¦ ¦作文素材¦ ¦作文大全", "首页 > 高中作文 > 高三作文 > {col}"),
        meta=("作者：{author}¦ ¦年级：高三¦ ¦字数：{words}字¦ ¦时间：{date}",),
        related=("相关作文", "{rtitle}"), related_n=(3, 5),
        tail=("老师点评：本文结构清楚，层次分明，语言朴实有力，结尾呼应开头，是一篇不错的习作。", "上一篇作文：{prev}",
              "下一篇作文：{next}", "@related", "热门标签：¦ ¦{col}¦ ¦议论文¦ ¦高三", "本站作文均由网友投稿，如有侵权请来信告知。"),
        cols=("议论文", "话题作文"), date_fmt="%Y-%m-%d", encoding="gb18030", newline="\r\n",
    ),
)
