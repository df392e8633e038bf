"""HELD_OUT4: the held-out half of the pair split whose tuning half is `synth_tuning6.py`.

Do not read this file while tuning the cleaner. Each template here is the other member of a pair
whose first member is in TUNING6 (same family of page, a different imagined site, other wording
and layout); the recorded coin in `synth_tuning6.py` (`COIN`) decided which member came here. The
families and the coin are described there; the sites here are described only in their own `why`.
"""

from __future__ import annotations

from .synth import Template

LEADS = ("——写在全面推进现代化建设的关键之年", "锚定目标抓落实 奋楫争先开新局", "——来自县域经济一线的报告")

HELD_OUT4: tuple[Template, ...] = (
    Template(
        name="x01b-epaper-province", kind="news", site="南岭日报",
        why="a provincial paper's electronic edition, one element per line: 版面导航 and 上一期/下一期 in the head, a "
            "引题 above the title, an unlabelled date and 来源/作者 bar, A+/A- size buttons, a 资料图片 caption, 本版其他文章, "
            "the paper's counsel in the footer",
        page_title="{title}_南岭日报电子版",
        head=("南岭日报¦ ¦电子版", "数字报¦ ¦|¦ ¦南岭网¦ ¦|¦ ¦南岭+客户端",
              "版面导航¦ ¦{col}", "上一期¦ ¦下一期¦ ¦往期查询¦ ¦本版PDF"),
        block=("sub", "title", "meta", "tools"),
        subtitle=LEADS,
        meta=("{date}¦ ¦来源：南岭日报¦ ¦作者：{author}",),
        tools=("字号：¦A+¦ ¦A-",),
        inside=("（资料图片）",),
        related=("本版其他文章", "· {rtitle}"), related_n=(2, 4),
        tail=("上一篇¦ ¦|¦ ¦下一篇", "@related", "南岭日报社¦ ¦版权所有¦ ¦转载请注明来源",
              "本报常年法律顾问：南岭正和律师事务所", "粤ICP备{icp}号-1"),
        cols=("A02：要闻", "A04：时政", "A07：区域"), date_fmt="%Y.%m.%d", render="fragments",
    ),
    Template(
        name="x02a-microblog-article", kind="wechat", site="言微",
        why="a microblog's long-article page (UTF-8 with BOM): a 头条文章 label, the author with a 博主 badge line, a "
            "`date 来自 client` bar with a read count, a cut with an icon-font letter glued on, forward/comment/like counts, "
            "a 抢沙发 prompt, a 网文 licence in the footer; paragraphs with blank lines",
        page_title="{title} - 言微",
        head=("言微¦ ¦首页¦ ¦视频¦ ¦发现¦ ¦游戏¦ ¦注册¦ ¦登录", "头条文章"),
        block=("title", "tools", "meta"),
        tools=("{author}", "{col}博主¦ ¦言微认证"),
        meta=("{date}¦ ¦来自¦ ¦言微头条文章¦ ¦阅读¦ ¦{n}",),
        cut="...展开全文c",
        tail=("转发¦ ¦{m}¦ ¦评论¦ ¦{m}¦ ¦赞¦ ¦{n}", "按热度¦ ¦按时间", "还没有人评论，赶快来抢沙发吧",
              "言微客户端¦ ¦扫码下载", "帮助中心¦ ¦合作&服务¦ ¦举报中心¦ ¦关于言微", "京网文[{year}]{m}号"),
        cols=("政务", "职场"), date_fmt="%Y-%m-%d %H:%M", blank="body", encoding="utf-8-sig",
    ),
    Template(
        name="x03a-teaching-flat", kind="school", site="学海资源网",
        why="a teaching-resource site previewing a document as flattened text (GB18030): 资料类型/适用年级/适用地区 and "
            "格式/大小/下载 facts, 加入资料篮, 资料预览 header, a 预览已结束 note, 同类资料 with page counts",
        page_title="{title}-{col}-学海资源网",
        head=("学海资源网¦ ¦中小学教学资源共享平台", "首页¦ ¦教案¦ ¦课件¦ ¦试卷¦ ¦学案¦ ¦素材¦ ¦班会¦ ¦校本资源",
              "学海资源网 / {col} / 资料详情"),
        block=("title", "meta", "tools"),
        meta=("上传者：{author}¦ ¦上传时间：{date}",),
        tools=("资料类型：教案¦ ¦适用年级：{col}¦ ¦适用地区：全国", "文件格式：docx¦ ¦文件大小：{kb}KB¦ ¦下载：{m}次",
               "加入资料篮¦ ¦立即下载", "资料预览"),
        foot=("预览已结束，下载文档到电脑，使用更方便",),
        related=("同类资料", "{rtitle}¦ ¦{pages}页"), related_n=(2, 5),
        tail=("@related", "该资料来自用户分享，如有侵权请联系我们删除", "学海资源网¦ ¦服务条款¦ ¦联系客服¦ ¦鲁ICP备{icp}号"),
        cols=("九年级", "班主任工作"), date_fmt="%Y-%m-%d", render="flat", encoding="gb18030", spaced_title=0.3,
    ),
    Template(
        name="x04a-forum-floors", kind="forum", site="天边社区",
        why="an old forum thread (GB18030, CRLF, a blank line after every line): 楼主/时间 and 点击/回复 lines, "
            "复制地址, replies with 作者/时间/楼 headers that look like a publish line, a 言论规则 note",
        page_title="{title}_{col}_天边社区",
        head=("天边社区¦ ¦首页¦ ¦聚焦¦ ¦部落¦ ¦问答¦ ¦博客", "天边社区¦ > ¦{col}¦ > ¦浏览帖子"),
        block=("title", "meta", "tools"),
        meta=("楼主：{author}¦  ¦时间：{date}",),
        tools=("点击：{n}¦  ¦回复：{m}", "只看楼主¦ ¦复制地址¦ ¦收藏"),
        tail=("打赏¦ ¦评论¦ ¦举报", "作者：{editor}¦ ¦时间：{date2}¦ ¦1楼", "楼主好文，先顶后看",
              "作者：{reviewer}¦ ¦时间：{date2}¦ ¦2楼", "第二部分写得很实在，学习了", "请遵守言论规则，不得违反国家法律法规",
              "回复(Ctrl+Enter)", "天边社区¦ ¦关于我们¦ ¦广告服务¦ ¦联系我们¦ ¦意见反馈"),
        cols=("天边杂谈", "职场天地"), date_fmt="%Y-%m-%d %H:%M:%S", blank="all", encoding="gb18030", newline="\r\n",
    ),
    Template(
        name="x05b-public-texts", kind="blog", site="公版书库",
        why="a source-text wiki in Simplified script, one element per line: 阅读/编辑/查看历史 tabs, 发表日期 and 出处 lines, "
            "◄ ► neighbours, a delivery line, a public-domain note, 分类 with the year, a 最后修改 stamp, the CC licence",
        page_title="{title} — 公版书库",
        head=("公版书库¦ ¦Public Texts", "首页¦ ¦作者索引¦ ¦分类¦ ¦随机作品¦ ¦最近更改", "阅读¦ ¦编辑¦ ¦查看历史"),
        block=("title", "meta", "tools"),
        meta=("发表日期：{date}", "出处：{src}"),
        tools=("◄ {prev}¦ ¦{next} ►",),
        delivery="（{ddate}）",
        tail=("此作品为官方文件，不受著作权保护，属于公有领域。", "分类：¦{col}¦ ¦|¦ ¦{pyear}年作品", "此页面最后修改于{date2}。",
              "内容依 CC BY-SA 4.0 授权，除非另有注明。", "关于公版书库¦ ¦免责声明¦ ¦移动版"),
        cols=("讲话", "政府文件"), date_fmt="%Y年%m月%d日", render="fragments",
    ),
    Template(
        name="x06b-academic-flat", kind="doc", site="万象学术",
        why="an academic database's online-reading page with flattened full text: journal and issue in the head, "
            "作者/作者单位/刊名 and 出版时间, 关键词 and 分类号, 在线阅读/下载/引用 buttons, a 截止 note after the text, "
            "相似文献",
        page_title="{title} - 万象学术",
        head=("万象学术¦ ¦资源导航¦ ¦期刊¦ ¦学位¦ ¦会议¦ ¦专利¦ ¦标准", "《县域治理评论》¦ ¦{year}年第{pages}期"),
        block=("title", "tools", "meta"),
        tools=("作者：¦{author}¦ ¦{reviewer}", "作者单位：中共江岸县委党校", "刊名：¦县域治理评论",
               "关键词：¦基层工作¦ ¦{col}", "分类号：¦D63", "在线阅读¦ ¦下载¦ ¦引用¦ ¦收藏¦ ¦分享"),
        meta=("出版时间：{date}",),
        foot=("全文预览到此为止，完整内容请下载原文（共{pages}页）",),
        related=("相似文献", "{rtitle}¦ ¦[期刊论文]¦ ¦{rdate}"), related_n=(2, 4),
        tail=("@related", "万象学术¦ ¦客服热线：{phone}¦ ¦京ICP证{icp}号"),
        cols=("公共管理", "政治学"), date_fmt="%Y-%m-%d", render="flat", spaced_title=0.4,
    ),
    Template(
        name="x07a-legco-speech", kind="gov", site="海湾区立法会",
        why="a legislature president's speech page in Traditional script, Big5: 跳至主要内容, language and text-size "
            "switches, a breadcrumb with >, 日期 and 地点 lines, a delivery date line, 返回页首 and an 更新日期 tail",
        page_title="海湾区立法会 - 主席致辞 - {title}",
        head=("跳至主要内容", "海湾区立法会", "繁体版¦ ¦简体版¦ ¦English", "文字大小¦ ¦A¦ ¦A+¦ ¦A++",
              "首页¦ ¦>¦ ¦立法会主席¦ ¦>¦ ¦致辞及演辞"),
        block=("title", "meta"),
        meta=("日期：{date}", "地点：立法会综合大楼会议厅"),
        delivery="（{ddate}）",
        tail=("返回页首", "致辞及演辞目录", "重要告示¦ ¦|¦ ¦私隐政策¦ ¦|¦ ¦无障碍网页", "{year} ©",
              "本页最后更新日期：{date2}"),
        cols=("致辞",), date_fmt="%Y年%-m月%-d日", script="traditional", encoding="big5", wrap_title=0.3,
    ),
    Template(
        name="x08b-cache-news", kind="cache", site="北湖新闻网",
        why="another search engine's 快照 of a news site (GB18030, ASCII punctuation): 检索时间 and the original address, "
            "a 以原网页为准 note, then the news site's head, a 记者/来源/时间 bar, indented paragraphs, 责编 and related news",
        page_title="{title}_北湖新闻网[快照]",
        head=("网页快照¦ ¦（检索时间：{date2}）", "原网页地址：http://news.beihu.example/{pyear}/{icp}.shtml",
              "本页面为网页快照，内容可能与原网页不同，请以原网页为准。搜寻对其内容不承担任何责任。",
              "北湖新闻网¦ ¦北湖第一新闻门户", "新闻¦ ¦|¦ ¦本地¦ ¦|¦ ¦评论¦ ¦|¦ ¦图片"),
        meta=("记者：{author}¦  ¦来源：{paper}¦  ¦时间：{date}",),
        related=("相关新闻：", "{rtitle}¦ ¦{rdate}"), related_n=(2, 4),
        tail=("[责编：{editor}]", "@related", "北湖新闻网¦ ¦版权所有¦ ¦新闻热线：{phone}"),
        cols=("本地",), date_fmt="%Y-%m-%d %H:%M", halfwidth=True, indent="    ", encoding="gb18030",
    ),
    Template(
        name="x09b-mobile-gov", kind="mobile", site="东陵市人民政府",
        why="a city portal's mobile page, one element per line (CRLF): 返回/搜索 icons, a tab bar, a date and 来源 bar, "
            "a 字号 switch, 分享/收藏, 切换到电脑版, a 找错 link; some pages show only the page title",
        page_title="{title}-东陵市人民政府-手机版",
        head=("返回", "东陵市人民政府", "搜索", "首页¦ ¦资讯¦ ¦公开¦ ¦服务¦ ¦互动"),
        meta=("{date}¦ ¦来源：{src}",),
        tools=("字号¦ ¦大¦ ¦中¦ ¦小",),
        tail=("分享¦ ¦收藏", "切换到电脑版", "政府网站找错", "东陵市人民政府办公室主办¦ ¦网站标识码{icp}"),
        cols=("东陵要闻", "部门动态"), date_fmt="%Y年%m月%d日", render="fragments", newline="\r\n", no_title=0.3,
    ),
    Template(
        name="x10a-cadre-academy", kind="school", site="江北干部网络学院",
        why="a cadre e-learning academy's course page: 学员登录 bar, 课程中心 breadcrumb, 主讲人/课程时长/学时 facts, 开始学习 "
            "buttons, a 课程文稿 header and 上线时间, a delivery line, 课程评价 with stars, 相关课程, a 技术支持 phone",
        page_title="{title}-课程详情-江北干部网络学院",
        head=("江北干部网络学院¦ ¦学员登录¦ ¦管理员登录", "首页¦ ¦课程中心¦ ¦专题班¦ ¦学习排行¦ ¦考试中心¦ ¦个人中心",
              "课程中心 > {col} > 课程详情"),
        block=("title", "tools", "meta"),
        tools=("主讲人：{author}¦ ¦课程时长：{pages}分钟¦ ¦学时：1.0", "开始学习¦ ¦加入学习计划¦ ¦课程评价", "课程文稿"),
        meta=("上线时间：{date}",),
        delivery="——在{meeting}上的讲话（{ddate}）",
        related=("相关课程", "{rtitle}¦ ¦{pages}分钟"), related_n=(2, 4),
        tail=("课程评价（{m}）", "★★★★★¦ ¦4.{pages}分", "@related", "江北干部网络学院¦ ¦技术支持：{phone}"),
        cols=("领导讲话精选", "党性教育"), date_fmt="%Y/%m/%d",
    ),
)
