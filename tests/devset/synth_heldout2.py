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
)
