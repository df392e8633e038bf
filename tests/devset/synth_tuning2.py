"""TUNING2: a second set of synthetic site templates anyone may look at while tuning the cleaner.

Each models a family of Chinese site that TUNING does not cover (central news sites, news
apps, self-media platforms, Q&A and 贴吧 threads, blogs, 个人图书馆, doc sites previewed one
paragraph per line, novel chapter pages, CNKI abstract pages, 信息公开 index tables, township
portals, 人大 sites, hospitals, companies, encyclopedias, Hong Kong, Macau and Taiwan sites).
Site names and wording are invented in the manner of those families, never copied from a
real page. The held-out half (`synth_heldout.py`) stays unread: nothing here was derived
from it. Each template is data (see `synth.Template`): `¦` separates UI elements, `{key}`
fields are filled per page.
"""

from __future__ import annotations

from .synth import Template

SLOGANS = ("坚持稳中求进 推动高质量发展", "凝心聚力谋发展 真抓实干开新局", "踔厉奋发 勇毅前行",
           "以钉钉子精神抓好各项工作落实")

TUNING2: tuple[Template, ...] = (
    Template(
        name="u01-central-news", kind="news", site="华夏视点网",
        why="a central news site's article page: 引题 over the title, 责编 in brackets, share bar, 相关新闻",
        page_title="{title}--{col}--华夏视点网",
        head=("华夏视点网¦ ¦>>¦ ¦{col}", "网站首页¦|¦时政¦|¦国际¦|¦财经¦|¦观点¦|¦地方¦|¦图片¦|¦视频",
              "华夏视点网>>{col}"),
        block=("sub", "title", "meta", "tools"),
        subtitle=SLOGANS,
        meta=("{date}¦  ¦来源：{paper}",),
        tools=("分享到：¦ ¦微信¦ ¦微博¦ ¦人人", "小字号"),
        inside=("（记者{author}、{editor}）",),
        related=("相关新闻", "{rtitle}"), related_n=(2, 5),
        tail=("（责编：{editor}、{reviewer}）", "分享让更多人看到", "@related",
              "华夏视点网版权所有，未经书面授权禁止使用",
              "Copyright © 1998-{year} by huaxiashidian.com. all rights reserved."),
        cols=("时政", "理论", "地方"), date_fmt="%Y年%m月%d日%H:%M",
    ),
    Template(
        name="u02-agency-fragments", kind="news", site="新闻通讯网",
        why="a news agency page scraped one element per line: 纠错 and 责任编辑 in one bracketed bar, GB18030",
        page_title="{title}-{site}",
        head=("新闻通讯网", "首页¦ ¦高层¦ ¦时政¦ ¦国际¦ ¦财经¦ ¦思客¦ ¦全媒体", "{col}"),
        meta=("{date}", "来源：¦{src}"),
        tools=("【¦纠错¦】",),
        inside=("新闻通讯网记者¦ ¦{author}¦ ¦摄",),
        tail=("【¦纠错¦】¦ ¦【责任编辑：{editor}¦】", "扫码查看手机版",
              "网站简介¦ ¦|¦ ¦联系我们¦ ¦|¦ ¦广告服务¦ ¦|¦ ¦法律声明",
              "Copyright © {since}-{year} 新闻通讯网¦ ¦版权所有"),
        cols=("时政", "地方频道", "高层"), date_fmt="%Y-%m-%d %H:%M:%S",
        render="fragments", encoding="gb18030",
    ),
    Template(
        name="u03-news-app", kind="news", site="湃流新闻",
        why="a news app's web page: reporter byline over the time, 字号, a 报料 line, 热新闻, paragraphs with blanks",
        page_title="{title}_湃流号·{col}_湃流新闻",
        head=("湃流新闻¦ ¦首页¦ ¦要闻¦ ¦深度¦ ¦湃客¦ ¦视频¦ ¦下载客户端", "{col}"),
        meta=("湃流新闻记者¦ ¦{author}", "{date}¦ ¦来源：湃流新闻¦ ¦上海"),
        tools=("字号",),
        inside=("图片来源：视觉中国", "（本文来自湃流新闻，更多原创资讯请下载“湃流新闻”APP）"),
        tail=("责任编辑：{editor}¦ ¦图片编辑：{reviewer}", "校对：{reviewer}",
              "湃流新闻报料：{phone}¦ ¦新闻线索请发：baoliao@example.cn", "湃流新闻，未经授权不得转载",
              "+1", "收藏", "我要举报", "#{col}", "@related", "查看更多"),
        related=("热新闻", "{rtitle}"), related_n=(3, 5),
        cols=("时事", "中国政库", "地方"), blank="body", wrap_title=0.3,
    ),
    Template(
        name="u04-selfmedia-sohu", kind="wechat", site="方圆号",
        why="a self-media platform's article: author, time and 发布于 province, 返回…查看更多, platform disclaimer",
        page_title="{title}_{col}_方圆网",
        head=("方圆网¦ ¦首页¦ ¦新闻¦ ¦体育¦ ¦汽车¦ ¦房产¦ ¦旅游¦ ¦教育¦ ¦时尚¦ ¦科技¦ ¦财经",
              "{author}¦ ¦文章¦ ¦{n}¦ ¦总阅读¦ ¦关注"),
        meta=("{date}¦ ¦发布于：¦北京",),
        inside=("声明：本文为原创内容，未经授权禁止转载",),
        tail=("返回方圆网，查看更多", "平台声明：该文观点仅代表作者本人，方圆号系信息发布平台，方圆网仅提供信息存储空间服务。",
              "阅读 ({n})", "@related", "我来说两句", "0人参与，0条评论", "登录并发表"),
        related=("推荐阅读", "{rtitle}"), related_n=(4, 6),
        cols=("政务", "教育", "职场"), date_fmt="%Y-%m-%d %H:%M", fragments=0.4,
    ),
    Template(
        name="u05-selfmedia-bai", kind="wechat", site="百川号",
        why="a self-media page with 领域创作者 under the author, 展开全文 cutting half the pages, 举报/反馈",
        page_title="{title}",
        head=("百川号¦ ¦百川一下", "首页¦ ¦新闻¦ ¦视频¦ ¦图片"),
        block=("title", "tools", "meta"),
        tools=("{author}", "{col}领域创作者"),
        meta=("{date}¦ ¦广东",),
        inside=("本文图片来自网络，如有侵权请联系删除",),
        cut="展开全文",
        tail=("举报/反馈", "作者最新文章", "@related", "相关文章", "换一换",
              "©{year} Baichuan¦ ¦使用百川前必读¦ ¦网站反馈¦ ¦京ICP证{icp}号"),
        related=("", "{rtitle}"), related_n=(2, 3),
        cols=("职场", "教育", "社会"), date_fmt="%Y-%m-%d %H:%M", fragments=0.4,
    ),
    Template(
        name="u06-column-zhihu", kind="blog", site="知识圈",
        why="a Q&A site's 专栏 article: author signature and 赞同 count above, 发布于…IP 属地 after the body",
        page_title="{title} - 知识圈",
        head=("首页¦ ¦知识学堂¦ ¦发现¦ ¦等你来答", "搜索¦ ¦提问¦ ¦消息¦ ¦私信¦ ¦创作中心"),
        block=("title", "tools"),
        tools=("{author}", "公文写作爱好者 / 机关笔杆子", "{n} 人赞同了该文章"),
        meta=("发布于 {date}・IP 属地江苏",), meta_at_end=True, dated=0.9,
        related=("推荐阅读", "{rtitle}"), related_n=(2, 4),
        tail=("赞同 {m}¦ ¦添加评论¦ ¦分享¦ ¦喜欢¦ ¦收藏¦ ¦申请转载", "文章被以下专栏收录", "机关写作那些事",
              "@related", "还没有评论，发表第一个评论吧"),
        cols=("写作",), date_fmt="%Y-%m-%d %H:%M", blank="body",
    ),
    Template(
        name="u07-saved-library", kind="blog", site="个人书馆",
        why="a saved-article library (360doc style): saver and 转藏 counts, a long platform disclaimer, 类似文章, CRLF",
        page_title="{title}",
        head=("个人书馆¦ ¦首页¦ ¦阅览室¦ ¦馆友¦ ¦我的书馆", "来自：¦{author}¦ ¦>¦ ¦馆藏分类",
              "配色：¦ ¦字号：¦ ¦大¦ ¦中¦ ¦小"),
        meta=("{author}¦ ¦{date}¦ ¦发布于山东¦ ¦|¦ ¦{n}¦ ¦阅读¦ ¦|¦ ¦{m}¦ ¦转藏",),
        tools=("大¦ ¦中¦ ¦小", "转藏¦ ¦全屏¦ ¦朗读¦ ¦分享"),
        tail=("本站是提供个人知识管理的网络存储空间，所有内容均由用户发布，不代表本站观点。请注意甄别内容中的联系方式、"
              "诱导购买等信息，谨防诈骗。如发现有害或侵权内容，请点击一键举报。",
              "转藏¦ ¦分享¦ ¦献花({m})", "+1", "来自：¦{author}¦ ¦>¦ ¦《待分类》", "举报", "@related",
              "发表评论：", "请遵守用户评论公约", "类似文章¦ ¦更多"),
        related=("猜你喜欢", "{rtitle}"), related_n=(3, 6),
        date_fmt="%Y-%m-%d", newline="\r\n",
    ),
    Template(
        name="u08-doc-preview", kind="doc", site="知库文档",
        why="a doc library that previews one paragraph per line: page numbers inside, VIP cut, 相关文档 with word counts",
        page_title="{title} - 知库文档",
        head=("知库文档¦ ¦文档¦ ¦精选¦ ¦VIP专区¦ ¦上传", "知库文档¦ ¦>¦ ¦{col}"),
        meta=("{author}¦ ¦上传于{date}",),
        tools=("{pages}页¦ ¦{n}次阅读¦ ¦{m}次下载", "VIP专享文档", "开通VIP¦ ¦免费下载此文档"),
        inside=("第 2 页 / 共 {pages} 页", "此文档下载收益归作者所有"),
        cut="试读已结束，还剩{pages}页未读，开通VIP查看全文",
        tail=("下载文档¦ ¦到电脑，方便使用", "本文档由用户上传，仅供学习交流，如有侵权请联系删除",
              "@related", "©{year} Zhiku¦ ¦使用知库前必读¦ ¦文库协议¦ ¦网站地图"),
        related=("相关文档", "{rtitle}¦ ¦{words}字"), related_n=(3, 5),
        cols=("党团工作", "总结汇报", "领导讲话"), date_fmt="%Y-%m-%d", dated=0.8, spaced_title=0.3,
        encoding="utf-8-sig",
    ),
)
