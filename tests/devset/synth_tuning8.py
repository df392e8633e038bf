"""TUNING8: the tuning half of a sixth pair-split set of synthetic site templates.

Ten pairs of templates were written together, each pair two imagined sites of one family of page that
the earlier splits have none of, worded so that their chrome is known by what it is (a bar of short
items, a form of label/value cells, a player's controls, a footer of addresses and numbers, its place
on the page) more than by stock words: 关怀版 and 无障碍 views of a portal with their assistive toolbar,
政民互动 letter boards (a 来信 form above the department's reply), 在线访谈 pages, audio and video
文稿 pages, embassy sites, 群团 (工会, 妇联, 团委) sites, think-tank report pages, community pages in
Traditional script (Big5), RSS and read-later exports, and net-disk previews of a document as
flattened text. Each pair's members are named `kNNa-…` and `kNNb-…` in the order they were drafted.
A fair coin per pair, `random.Random(8808).random() < 0.5` drawn ten times in pair order (`COIN`; the
draws were 0.6301, 0.3512, 0.7248, 0.9086, 0.4840, 0.0658, 0.1063, 0.9233, 0.0749, 0.6409), put `a`
here on heads and `b` here on tails: heads for pairs 2, 5, 6, 7, 9, tails for 1, 3, 4, 8, 10. The
other member of each pair is in `synth_heldout6.py` (HELD_OUT6), which no one tuning the cleaner may
read. Every rendering, encoding, script and line ending a pair needs in both halves (flattened text,
one element per line, Big5, GB18030, a BOM, CRLF) was given to both members of one pair, so the coin
could not leave a half without it.

The ten sites here:

- k01b, a district portal's 关怀版 (elderly-care) view, one element per line: 退出关怀版 and a language
  switch, the assistive toolbar (声音, 语速, 阅读方式, 配色, 大鼠标, 十字线, 大字幕, 重置...), a `»`
  breadcrumb through the district's own columns, an unlabelled date and office bar, a 语音播报 button,
  返回标准版 and the 找错 and 公安备案 badges in the footer;
- k02a, a city's 政民互动 letter board (GB18030): 我要写信/信件查询/办理规则, the letter's own form
  (信件编号, 信件类别, 办理状态), 答复单位 and 答复时间 (the publish date), a "the writer asked that the
  letter not be shown" cell and a 答复内容 label above the reply, the department's 落款 and date closing
  the reply (body), a satisfaction vote, the 12345 hotline footer;
- k03b, a city portal's 在线访谈 page: an IPv6 badge by the site name, 访谈时间 (with its weekday)/访谈嘉宾/
  主持人 lines, a tab bar (文字实录, 图片直播, 视频回放, 网友留言), timestamp marks and a `[图片]` mark inside
  the text, 本期访谈结束 after, 往期访谈 with dates, a footer without labels; titles wrap on some pages;
- k04b, an audio-course app's 文稿 page: its menu, the course and lecture number, `author 主讲 · date`
  with dates like 2026.01.28, a player bar (00:00 / length, 1.0x) and 文稿/划重点/留言 tabs, a `N人划线`
  mark inside the text, 本讲完 after, learner counts, comments with likes, 上一讲/下一讲 and a price;
  blank lines between paragraphs, and half the pages stop at a 试读已结束 prompt;
- k05a, an embassy site (CRLF): the mission's Chinese and English names, a 中文/English/Español switch,
  the mission's own column bar, a bare date like 2026/01/28, 返回页首, links to the ministry's sites, an
  address in English, the consular-protection hotline and a copyright line; some pages show the title
  only in the <title> line;
- k06a, a city 总工会 site: the union's name and the 12351 hotline, its own columns (基层风采, 劳模工匠,
  普惠服务), a `->` breadcrumb, an unlabelled date/department/views bar, a bracketed photo caption with
  no 摄, 审核/签发 credits after the text, a sidebar of the union's services (会员卡, 金秋助学, 法律援助),
  `«`/`»` neighbours, an address footer with 技术支持; ASCII punctuation throughout;
- k07a, a think tank's report page: the institute's Chinese and English names, its columns, a `/`
  breadcrumb, 作者：课题组 with 执笔, 发布/阅读 on a second line, a 报告编号, the house disclaimer, a
  推荐引用 citation quoting the cut title, a PDF download line, 相关成果 with `·` items, an address
  footer with an e-mail;
- k08b, a Taiwan 社區發展協會 page in Traditional script, Big5: the association's menu (長青食堂,
  志工隊), a `::` breadcrumb, `張貼者：… 於 date` with dates like 2026/01/28, a `▲` caption, tags,
  a reply count, `< 上一篇 | 下一篇 >`, the 理事長/總幹事 line, the address and a 建置 credit;
- k09a, a read-later / RSS reader's export (UTF-8 with BOM, CRLF): the title first, `feed · date`, the
  original URL and the folder, a reading-time line after the text, the reader's own buttons and its
  export stamp with today's date; paragraphs indented with ideographic spaces;
- k10b, a net-disk share page previewing a .docx as flattened text: a <title> line naming the file with
  `.docx`, the owner's share bar, size and share time, 保存到网盘/下载/举报, a 仅预览 note, the
  client prompt and the footer links.

Site names and wording are invented in the manner of real sites of each family, never copied from one
page. Each template is data (see `synth.Template`): `¦` separates UI elements, `{key}` fields are filled
per page.
"""

from __future__ import annotations

import random

from .synth import Template

COIN_SEED = 8808
_coin = random.Random(COIN_SEED)
COIN: tuple[bool, ...] = tuple(_coin.random() < 0.5 for _ in range(10))  # heads: the pair's `a` is in TUNING8

TUNING8: tuple[Template, ...] = (
    Template(
        name="k01b-care-mode-district", kind="assist", site="桐江区人民政府",
        why="a district portal's 关怀版 view, one element per line: 退出关怀版 and a language switch, the assistive "
            "toolbar of short items (声音, 语速, 阅读方式, 配色, 大鼠标, 十字线, 大字幕, 重置), a `»` breadcrumb "
            "through the district's own columns, an unlabelled date and office bar, a 语音播报 button, 返回标准版 "
            "and the 找错 and 公安备案 badges",
        page_title="{title}-{col}-桐江区人民政府",
        head=("桐江区人民政府¦ ¦关怀版", "退出关怀版¦ ¦|¦ ¦简体¦ ¦|¦ ¦繁體",
              "声音¦ ¦语速¦ ¦阅读方式¦ ¦配色¦ ¦大鼠标¦ ¦十字线¦ ¦放大¦ ¦缩小¦ ¦大字幕¦ ¦重置¦ ¦退出服务",
              "走进桐江¦ ¦桐江动态¦ ¦政务公开¦ ¦办事服务¦ ¦互动交流", "首页¦ » ¦桐江动态¦ » ¦{col}"),
        block=("title", "meta", "tools"),
        meta=("{date}¦　¦{src}",),
        tools=("语音播报¦ ¦▶",),
        tail=("返回顶部¦ ¦返回标准版", "主办：桐江区人民政府办公室¦　¦承办：桐江区大数据发展中心",
              "政府网站找错¦ ¦浙公网安备{beian}号"),
        cols=("部门之窗", "镇街风采", "图说桐江"), date_fmt="%Y年%m月%d日", render="fragments",
    ),
    Template(
        name="k02a-letter-board", kind="interaction", site="安澜市政民互动平台",
        why="a 政民互动 letter board (GB18030): 我要写信/信件查询/办理规则, the letter's own form (信件编号, 信件类别, "
            "办理状态), 答复单位 and 答复时间 (the publish date), a hidden-letter cell and a 答复内容 "
            "label above the reply, the department's 落款 and date (body), a satisfaction vote, the 12345 footer",
        page_title="{short}-安澜市政民互动平台",
        head=("安澜市政民互动平台", "我要写信¦ ¦|¦ ¦信件查询¦ ¦|¦ ¦办理规则¦ ¦|¦ ¦满意度评价",
              "当前：¦市长信箱¦ - ¦信件详情"),
        block=("title", "meta", "tools"),
        meta=("信件编号：AL{icp}¦　¦信件类别：建议¦　¦办理状态：已办结", "答复单位：{office}¦　¦答复时间：{date}"),
        tools=("来信内容：¦来信人申请不予公开", "答复内容："),
        closing="{office}",
        tail=("您对本次答复：¦满意¦ ¦基本满意¦ ¦不满意¦ ¦（已有{m}人评价）", "返回信件列表",
              "安澜市人民政府办公室主办¦　¦安澜市12345政务服务便民热线中心承办", "热线：12345¦　¦传真：{phone}"),
        date_fmt="%Y-%m-%d", encoding="gb18030",
    ),
    Template(
        name="k03b-online-interview", kind="interview", site="屏山市人民政府",
        why="a city portal's 在线访谈 page: an IPv6 badge by the site name, 访谈时间 (with its weekday)/访谈嘉宾/主持人 lines, a tab bar "
            "(文字实录, 图片直播, 视频回放, 网友留言), timestamp marks and a `[图片]` mark inside the text, 本期访谈结束 "
            "after, 往期访谈 with dates, a footer of names and numbers without labels; titles wrap on some pages",
        page_title="{title}_在线访谈_屏山市人民政府",
        head=("屏山市人民政府¦ ¦IPv6", "在线访谈¦ ¦>¦ ¦{col}"),
        block=("title", "meta", "tools"),
        meta=("访谈时间：{date}（星期{wd}）{hm}", "访谈嘉宾：{author}¦ ¦{office}负责同志", "主持人：{editor}"),
        tools=("文字实录¦ ¦图片直播¦ ¦视频回放¦ ¦网友留言",),
        inside=("[{hm}]", "[图片]¦ ¦访谈现场"),
        related=("往期访谈", "{rtitle}¦ ¦{rdate}"), related_n=(3, 5),
        tail=("本期访谈到此结束，感谢各位网友的关注和参与！", "@related",
              "屏山市人民政府办公室¦　¦屏山市大数据中心", "{phone}¦　¦{icp}"),
        cols=("本期访谈", "往期回顾"), date_fmt="%Y年%-m月%-d日", wrap_title=0.3,
    ),
    Template(
        name="k04b-audio-course", kind="transcript", site="听学堂",
        why="an audio-course app's 文稿 page: its menu, the course and lecture number, `author 主讲 · date` with dates "
            "like 2026.01.28, a player bar and 文稿/划重点/留言 tabs, a `N人划线` mark inside the text, 本讲完 after, "
            "learner counts, comments with likes, 上一讲/下一讲 and a yearly price; blank lines between paragraphs, a "
            "试读已结束 prompt cutting half the pages",
        page_title="{title}-听学堂",
        head=("听学堂¦ ¦发现¦ ¦课程¦ ¦听书¦ ¦我的", "{col}¦ ¦·¦ ¦第{pages}讲"),
        block=("title", "meta", "tools"),
        meta=("{author}¦ ¦主讲¦ ¦·¦ ¦{date}",),
        tools=("▶¦ ¦00:00 / 18:42¦ ¦1.0x", "文稿¦ ¦|¦ ¦划重点¦ ¦|¦ ¦留言"),
        inside=("{m}人划线",),
        cut="— 试读已结束，订阅专栏解锁全部文稿 —",
        foot=("— 本讲完 —",),
        tail=("{n}人已学", "写留言", "{editor}¦ ¦{pages}赞", "老师讲得透彻，已经收藏反复听了", "上一讲¦ ¦下一讲",
              "订阅专栏¦ ¦¥{price}9/年"),
        cols=("公文写作三十讲", "基层治理十五讲"), date_fmt="%Y.%m.%d", blank="body",
    ),
    Template(
        name="k05a-embassy", kind="embassy", site="中华人民共和国驻阿兰达共和国大使馆",
        why="an embassy site (CRLF): the mission's Chinese and English names, a 中文/English/Español switch, the "
            "mission's own column bar, a bare date like 2026/01/28, 返回页首, links to the ministry's sites, an address "
            "in English, the consular-protection hotline and a copyright line; some pages show the title only in "
            "the <title> line",
        page_title="{title}",
        head=("中华人民共和国驻阿兰达共和国大使馆", "Embassy of the People's Republic of China in the Republic of Aranda",
              "中文¦ ¦|¦ ¦English¦ ¦|¦ ¦Español",
              "使馆信息¦ ¦大使活动¦ ¦使馆新闻¦ ¦领事服务¦ ¦中阿关系¦ ¦留学之窗¦ ¦经商动态", "{col}"),
        block=("title", "meta"),
        meta=("{date}",),
        tail=("返回页首", "相关链接：¦外交部¦ ¦中国领事服务网¦ ¦中国签证申请服务中心",
              "使馆地址：No. 18, Avenida Libertad, Ciudad de Aranda", "领事保护与协助电话：{phone}",
              "Copyright © 中华人民共和国驻阿兰达共和国大使馆"),
        cols=("大使活动", "使馆新闻"), date_fmt="%Y/%m/%d", no_title=0.3, newline="\r\n",
    ),
    Template(
        name="k06a-trade-union", kind="mass-org", site="澄江工会网",
        why="a city 总工会 site: the union's name and the 12351 hotline, its own columns (基层风采, 劳模工匠, 普惠服务), a "
            "`->` breadcrumb, an unlabelled date/department/views bar, a bracketed photo caption with no 摄, 审核/签发 "
            "credits after the text, a sidebar of the union's services (会员卡, 金秋助学, 法律援助), `«`/`»` neighbours, "
            "an address footer with 技术支持; ASCII punctuation throughout",
        page_title="{title}--澄江工会网",
        head=("澄江工会网¦ ¦|¦ ¦澄江市总工会主办", "职工服务热线¦ ¦12351",
              "工会动态¦ ¦基层风采¦ ¦劳模工匠¦ ¦维权服务¦ ¦普惠服务¦ ¦网上工会", "位置：¦工会动态¦ -> ¦{col}"),
        block=("title", "meta"),
        meta=("{date}¦　¦市总工会宣教部¦　¦浏览 {n}",),
        inside=("（图为劳模创新工作室成员交流技艺）",),
        foot=("审核：{reviewer}¦　¦签发：{editor}",),
        tail=("«¦ ¦{prev}", "»¦ ¦{next}", "工会会员服务卡¦ ¦|¦ ¦金秋助学¦ ¦|¦ ¦困难职工帮扶¦ ¦|¦ ¦法律援助¦ ¦|¦ ¦职工书屋",
              "澄江市总工会¦ ¦地址：澄江市解放路208号¦ ¦邮编：653100", "技术支持：澄江数智科技有限公司"),
        cols=("基层风采", "劳模工匠", "工会要闻"), date_fmt="%Y-%m-%d", halfwidth=True,
    ),
    Template(
        name="k07a-think-tank", kind="thinktank", site="南湖发展研究院",
        why="a think tank's report page: the institute's Chinese and English names, its columns, a `/` breadcrumb, "
            "作者：课题组 with 执笔, 发布/阅读 on a second line, a 报告编号, the house disclaimer, a 推荐引用 citation "
            "quoting the cut title, a PDF download line, 相关成果 with `·` items, an address footer with an e-mail",
        page_title="{title} | 南湖发展研究院",
        head=("南湖发展研究院¦ ¦Nanhu Institute for Development Studies",
              "研究院概况¦ ¦专家团队¦ ¦研究成果¦ ¦决策咨询¦ ¦学术活动¦ ¦南湖讲坛", "研究成果¦ / ¦{col}"),
        block=("title", "meta", "tools"),
        meta=("作者：课题组¦　¦执笔：{author}", "发布：{date}¦　¦阅读：{n}"),
        tools=("报告编号：NH-{pyear}-{pages}",),
        foot=("※ 本文观点仅代表作者本人，不代表本院立场。",),
        related=("相关成果", "·¦ ¦{rtitle}"), related_n=(2, 4),
        tail=("推荐引用：", "{author}. {short}[R]. 南湖发展研究院, {pyear}.", "下载全文（PDF，{kb}KB）", "@related",
              "南湖发展研究院¦ ¦地址：南湖市学府路66号¦ ¦电话：{phone}¦ ¦邮箱：nhi@nanhu.edu.example"),
        cols=("决策咨询报告", "专题研究"), date_fmt="%Y年%m月%d日",
    ),
    Template(
        name="k08b-tw-community-big5", kind="community", site="東興社區發展協會",
        why="a Taiwan 社區發展協會 page in Traditional script, Big5: the association's menu (長青食堂, 志工隊), a `::` "
            "breadcrumb, `張貼者：… 於 date` with dates like 2026/01/28, a `▲` caption, tags, a reply count, "
            "`< 上一篇 | 下一篇 >`, the 理事長/總幹事 line, the address and a 建置 credit",
        page_title="东兴社区发展协会 - {title}",
        head=("东兴社区发展协会", "关于协会¦ ¦社区简介¦ ¦活动花絮¦ ¦长青食堂¦ ¦志工队¦ ¦联络我们", "活动花絮¦ :: ¦{col}"),
        block=("title", "meta"),
        meta=("张贴者：{author}¦ ¦于¦ ¦{date}",),
        inside=("▲ 长辈们在活动中心合影留念",),
        tail=("标签：¦{col}¦ ¦社区营造", "{m} 则回应", "< 上一篇¦ ¦|¦ ¦下一篇 >", "理事长：{reviewer}¦　¦总干事：{editor}",
              "会址：中山路二段{pages}号（东兴活动中心）¦ ¦电话：{phone}", "本站由县社区营造中心协助建置"),
        cols=("社区活动", "长青关怀"), date_fmt="%Y/%m/%d", script="traditional", encoding="big5",
    ),
    Template(
        name="k09a-reader-export", kind="reader", site="拾页阅读",
        why="a read-later / RSS reader's export (UTF-8 with BOM, CRLF): the title first, `feed · date`, the original "
            "URL and the folder, a reading-time line after the text, the reader's own buttons and its export stamp "
            "with today's date; paragraphs indented with ideographic spaces",
        block=("title", "meta", "tools"),
        meta=("{paper}¦ ¦·¦ ¦{date}",),
        tools=("原文：https://www.{icp}.example/content/{n}.html", "收录于：稍后读¦ ¦/¦ ¦{col}"),
        foot=("全文约 {words} 字，阅读需要 {pages} 分钟",),
        tail=("标记为已读¦ ¦·¦ ¦加星标¦ ¦·¦ ¦分享", "—— 由拾页阅读导出于 {today} ——"),
        cols=("时政", "地方新闻"), date_fmt="%Y-%m-%d %H:%M", indent="　　", encoding="utf-8-sig",
        newline="\r\n",
    ),
    Template(
        name="k10b-netdisk-preview-flat", kind="netdisk", site="飞鸽云盘",
        why="a net-disk share page previewing a .docx as flattened text: a <title> line naming the file with `.docx`, "
            "the owner's share bar, size and share time, 保存到网盘/下载/举报, a 仅预览 note, the client prompt "
            "and the footer links",
        page_title="{title}.docx - 飞鸽云盘",
        head=("飞鸽云盘¦ ¦|¦ ¦分享文件", "{author}¦ ¦的分享"),
        block=("title", "meta", "tools"),
        meta=("{kb}KB¦ ¦|¦ ¦{date}¦ ¦分享",),
        tools=("保存到网盘¦ ¦下载¦ ¦举报",),
        foot=("文档预览仅显示部分格式，下载后查看完整文档",),
        tail=("下载客户端，享极速下载", "©{year} 飞鸽云盘¦ ¦用户协议¦ ¦隐私政策¦ ¦侵权投诉"),
        date_fmt="%Y-%m-%d %H:%M", render="flat",
    ),
)
