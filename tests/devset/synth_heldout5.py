"""HELD_OUT5: the held-out half of the fifth pair-split set (TUNING7's twins). Never read it while tuning.

Each template here is the other member of a pair whose first member the coin (`synth_tuning7.COIN`,
seed 7107) sent to `synth_tuning7.py`: the same family of page, another imagined site, worded and
laid out its own way. The bar test measures this split with the other held-out ones, and only its
TOTAL line may be shown to anyone tuning the cleaner. Site names are invented and the wording is
the family's, never copied from one page. Each template is data (see `synth.Template`).
"""

from __future__ import annotations

from .synth import Template

HELD_OUT5: tuple[Template, ...] = (
    Template(
        name="v01b-wechat-county-account", kind="wechat", site="修水发布",
        why="a county 公众号 article: a follow prompt above the title, the account and date with no labels, a picture "
            "credit inside, one-line credits after a full-width bar, 往期精彩, and the share, 在看 and 写留言 labels",
        block=("title", "meta"),
        head=("点击上方“修水发布”¦ ¦可快速关注",),
        meta=("修水发布¦ ¦{date}",),
        inside=("（图源：修水县融媒体中心）", "↓↓↓"),
        foot=("来源｜县委组织部", "编辑｜{editor}", "审核｜{reviewer}"),
        related=("往期精彩", "▶¦ ¦{rtitle}"), related_n=(2, 4),
        tail=("@related", "分享¦ ¦收藏¦ ¦点赞¦ ¦在看", "写留言", "长按识别下方二维码¦ ¦关注修水发布"),
        cols=("要闻",), date_fmt="%Y-%m-%d %H:%M", blank="body", encoding="gb18030",
    ),
    Template(
        name="v02b-feed-reader-flat", kind="export", site="溪流阅读",
        why="a feed reader's saved item (CRLF): the feed's name, an ISO publish stamp, the original link and a "
            "reading-time estimate above the item's text, which the feed flattened into one line, and the reader's "
            "own note and buttons after it",
        page_title="{title}",
        head=("订阅源：江南县人民政府网¦ · ¦{col}",),
        block=("meta", "tools"),
        meta=("发布于：{date}",),
        tools=("原文链接：http://www.jiangnan.gov.example/xxgk/{pyear}/t{icp}.shtml", "约 {pages} 分钟读完"),
        tail=("—— 本条目由「溪流阅读」从订阅源抓取，排版可能与原网页不同 ——", "标记为已读¦ · ¦稍后读¦ · ¦加星¦ · ¦分享"),
        cols=("领导活动", "政务动态"), date_fmt="%Y-%m-%dT%H:%M:%S+08:00", render="flat", newline="\r\n",
    ),
    Template(
        name="v03b-print-citypaper", kind="print", site="南国都市网",
        why="a city paper's site in print view, with ASCII punctuation: the site's address beside its name, box-drawing "
            "rules around the text, paper and page number with the date, an author line, the page address and a "
            "no-reprint line after, bracketed print and close buttons",
        head=("南国都市网¦  ¦www.ngdsw.example", "━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━"),
        block=("title", "meta"),
        meta=("{paper}¦　¦{date}¦　¦第{pages}版", "作者：{author}"),
        tail=("━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━", "本文网址：https://www.ngdsw.example/content/{pyear}-{m}/{icp}.htm",
              "南国都市网版权所有，未经书面授权禁止转载", "[ 打印 ]¦　¦[ 关闭 ]"),
        date_fmt="%Y年%m月%d日", halfwidth=True,
    ),
    Template(
        name="v04a-gazetteer-library", kind="chronicle", site="青江地情网",
        why="a 数字方志馆 page of a 年鉴 entry (GB18030): the volume, category and page above the title, an intake "
            "date, the printed book's page markers inside the text, bracketed navigation and the compilers' line",
        page_title="{title} - 数字方志馆 - 青江地情网",
        head=("青江地情网¦ ¦青江数字方志馆", "地情概览¦ ¦方志馆藏¦ ¦年鉴库¦ ¦地方史¦ ¦名人录¦ ¦青江记忆",
              "当前阅读：¦《青江年鉴·{year}》¦—¦{col}"),
        block=("tools", "title", "meta"),
        tools=("卷册：青江年鉴（{year}）¦　¦类目：{col}¦　¦页码：{pages}",),
        meta=("入库时间：{date}",),
        inside=("·{pages}·", "·{m}·"),
        tail=("〔返回目录〕¦ ¦〔上一篇〕¦ ¦〔下一篇〕", "青江市地方志编纂委员会办公室¦ ¦编制", "本库资料仅供研究参考，转载请注明出处"),
        cols=("特载", "重要文献"), date_fmt="%Y年%m月%d日", encoding="gb18030",
    ),
    Template(
        name="v05a-enterprise-oa", kind="intranet", site="华源集团协同办公平台",
        why="a company's OA notice (UTF-8 with BOM), one form cell per line: the platform's version, a 待办 menu and the "
            "user's department, 发布单位/发布人/发布日期 cells, 公告类型 and 阅读范围, 已阅/未阅 counts, bracketed "
            "签收/转发 buttons, an opinion box and an internal-use footer",
        head=("华源集团协同办公平台¦ ¦V8.1", "待办(3)¦ ¦已办¦ ¦公文¦ ¦公告¦ ¦会议¦ ¦知识库¦ ¦个人设置",
              "{author}¦ ¦|¦ ¦集团党委办公室¦ ¦|¦ ¦注销"),
        block=("title", "meta", "tools"),
        meta=("发布单位：¦集团党委办公室¦    ¦发布人：¦{editor}¦    ¦发布日期：¦{date}",),
        tools=("公告类型：¦{col}¦    ¦阅读范围：¦集团总部及所属各单位", "已阅（{n}）¦ ¦未阅（{m}）"),
        tail=("相关附件：无", "【签收】¦ ¦【转发】¦ ¦【打印】¦ ¦【关闭】", "我的意见：", "提交",
              "Copyright © 华源集团信息中心¦ ¦内部系统，严禁外泄"),
        cols=("党建公告", "行政通知"), date_fmt="%Y-%m-%d", render="fragments", encoding="utf-8-sig",
    ),
    Template(
        name="v06a-museum-news", kind="venue", site="汉阳博物馆",
        why="a museum's news page: 预约参观/无障碍/EN links, an English name, a `·` breadcrumb, a bare date with its "
            "weekday, a photo credit inside, the opening hours, address and 公网安备 in the footer; some pages undated",
        page_title="{title}--汉阳博物馆",
        head=("预约参观¦ ¦|¦ ¦无障碍服务¦ ¦|¦ ¦EN", "汉阳博物馆", "HANYANG MUSEUM",
              "参观¦ ¦展览¦ ¦藏品¦ ¦学术¦ ¦教育¦ ¦文创¦ ¦关于我们", "首页¦ · ¦资讯¦ · ¦{col}"),
        block=("title", "meta"),
        meta=("{date}¦ ¦星期{wd}",), dated=0.85,
        inside=("（图为活动现场　摄影：{editor}）",),
        tail=("返回列表", "开放时间：9:00—17:00（16:00停止入馆），周一闭馆（法定节假日除外）",
              "地址：汉阳区琴台大道1号¦ ¦咨询电话：{phone}", "© 汉阳博物馆¦ ¦鄂ICP备{icp}号¦ ¦鄂公网安备{beian}号"),
        cols=("馆务动态", "党建工作"), date_fmt="%Y/%m/%d", blank="body",
    ),
    Template(
        name="v07b-webmail-view", kind="mail", site="云邮",
        why="a web mailbox's reading view copied as text (GB18030): the mailbox's own toolbar, the subject as the "
            "headline, 发件人/时间/收件人/附件 rows with full-width padding, the sender's phone signature, then the "
            "attachment bar and a quick-reply box",
        head=("邮箱首页¦ ¦|¦ ¦设置¦ ¦|¦ ¦换肤", "返回¦ ¦回复¦ ¦回复全部¦ ¦转发¦ ¦删除¦ ¦彻底删除¦ ¦举报¦ ¦拒收¦ ¦标记为...¦ ¦移动到..."),
        block=("title", "tools", "meta"),
        tools=("发件人：{author}<wx_{qq}@yun.example>",),
        meta=("时　间：{date}¦ ¦(星期{wd})", "收件人：我<jbq_zhk@yun.example>", "附　件：1 个 ({short}.doc)"),
        foot=("发自我的手机",),
        tail=("附件(1 个)", "{short}.doc¦ ¦({kb}K)¦ ¦预览¦ ¦下载¦ ¦收藏¦ ¦转存", "快捷回复", "点击此处可快速回复发件人..."),
        date_fmt="%Y年%m月%d日 %H:%M", encoding="gb18030",
    ),
    Template(
        name="v08b-knowledge-base", kind="clouddoc", site="知雀",
        why="a knowledge-base article (a blank line after every line): the product name, a `/` path through the team's "
            "library, author · date · read count, a like prompt and count, an empty comment box, 上一篇/下一篇 with "
            "titles, the product's footer",
        page_title="{title} · 知雀",
        head=("知雀", "{col}¦ / ¦公文写作素材库¦ / ¦{short}"),
        block=("title", "meta"),
        meta=("{author}¦ ¦·¦ ¦{date}¦ ¦·¦ ¦阅读 {n}",),
        tail=("若有收获，就点个赞吧", "{m} 人点赞", "评论", "暂无评论", "上一篇¦ ¦{prev}", "下一篇¦ ¦{next}",
              "关于知雀¦ ¦使用文档¦ ¦隐私协议¦ ¦© 知雀"),
        cols=("综合材料组", "办公室笔杆子"), date_fmt="%Y-%m-%d %H:%M", blank="all",
    ),
    Template(
        name="v09b-hk-chamber-big5", kind="association", site="香港贛商總會",
        why="a Hong Kong chamber of commerce's 會務活動 page in Traditional script, Big5, CRLF: a 繁/简/ENG switch, the "
            "English name, a `»` breadcrumb, a labelled date, a caption inside, 返回, an address, (852) phone and fax "
            "lines and a copyright",
        page_title="{title} | 香港赣商总会",
        head=("繁¦ ¦|¦ ¦简¦ ¦|¦ ¦ENG", "香港赣商总会", "The Hong Kong Jiangxi Chamber of Commerce",
              "本会简介¦ ¦会务活动¦ ¦会员专区¦ ¦商贸资讯¦ ¦联络我们", "会务活动¦ » ¦{col}"),
        block=("title", "meta"),
        meta=("日期：{date}",),
        inside=("（会长致辞现场）",),
        tail=("返回", "地址：香港九龙尖沙咀广东道28号赣商大厦12楼", "电话：(852) 2345 6789¦　¦传真：(852) 2345 6790",
              "版权所有 © {year} 香港赣商总会"),
        cols=("会务活动", "乡情交流"), date_fmt="%Y年%-m月%-d日", script="traditional", encoding="big5", newline="\r\n",
    ),
    Template(
        name="v10a-county-media-app", kind="app", site="爱修水",
        why="a county 融媒体 app's share page (a blank line after every line): the app's name and an open-in-app "
            "line, 来源 and date in one bar and an author line, 一审/二审/三审 after the text, read and like counts, an "
            "empty comment box, the centre's copyright notice written as a sentence, the app's slogan",
        head=("爱修水", "在爱修水APP内打开"),
        block=("title", "meta"),
        meta=("来源：{src}¦  ¦{date}", "作者：{author}"),
        foot=("一审：{editor}¦　¦二审：{reviewer}¦　¦三审：{author}",),
        tail=("阅读 {n}", "点赞 {m}", "评论", "暂无评论，快来抢沙发吧",
              "本稿件所含文字、图片和音视频资料，版权均属修水县融媒体中心所有，未经授权不得转载。", "爱修水¦ ¦修水人自己的客户端"),
        date_fmt="%Y-%m-%d", blank="all",
    ),
)
