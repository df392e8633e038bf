"""Chinese web pages made in the test, styled like the sites scraped corpora come from.

Each page has a real layout (navigation, breadcrumb, sidebar, share bar, related links,
footer, scripts and styles) around an article with headings, paragraphs, a list and a
table. `Page.body` is what a careful editor keeps; `Page.chrome` is what must go.
"""

from __future__ import annotations

from dataclasses import dataclass, field


@dataclass(frozen=True)
class Page:
    name: str
    html: str
    title: str
    body: list[str]  # paragraphs, headings, list items and table cells of the article
    chrome: list[str]  # site text that is not the article
    headings: list[str] = field(default_factory=list)
    items: list[str] = field(default_factory=list)
    cells: list[str] = field(default_factory=list)

    def gold(self) -> str:
        """The Markdown a careful editor would make of the article (OUTPUT.md)."""
        parts = [f"# {self.title}", PARAS[0]]  # the 来源/发布时间 line becomes front matter
        if self.headings:
            rows = [CELLS[i:i + 2] for i in range(0, len(CELLS), 2)]
            table = "\n".join(["| " + " | ".join(rows[0]) + " |", "| --- | --- |"]
                              + ["| " + " | ".join(r) + " |" for r in rows[1:]])
            parts += [f"## {self.headings[0]}", PARAS[1], PARAS[2], f"### {self.headings[1]}",
                      "\n".join(f"- {t}" for t in ITEMS), table, PARAS[3]]
        else:
            parts += PARAS[1:]
        front = f"title: {self.title}\n" + ("date: 2024-03-15\npublisher: 某某日报\n" if self.headings else "")
        return f"---\n{front}---\n" + "\n\n".join(parts) + "\n"

    def encoded(self, charset: str) -> bytes:
        """The page in another charset, declared in its <meta> as real sites do."""
        return self.html.replace('charset="utf-8"', f'charset="{charset}"').encode(charset)


PARAS = [
    "今年以来，全市上下坚持稳中求进工作总基调，完整、准确、全面贯彻新发展理念，经济运行总体平稳、稳中有进，"
    "主要指标好于预期，高质量发展取得新的成效。",
    "从生产看，规模以上工业增加值同比增长百分之六点二，其中装备制造业增长百分之九点一，高技术制造业增长百分之十一点四，"
    "新动能对工业增长的贡献持续提升。",
    "从需求看，社会消费品零售总额同比增长百分之七点五，网上零售额增长百分之十二点三，固定资产投资保持较快增长，"
    "重点项目建设有序推进，民间投资信心逐步恢复。",
    "下一步，各地各部门要聚焦年度目标任务，狠抓政策落实，着力扩大有效需求，持续优化营商环境，"
    "确保全年经济社会发展目标任务圆满完成。",
]
INFO = "来源：某某日报\u3000发布时间：2024-03-15 09:30\u3000浏览次数：1024"
ITEMS = ["加快推进重大项目建设，确保按期开工投产", "落实减税降费政策，切实减轻企业负担", "强化要素保障，做好用地用能服务"]
CELLS = ["指标", "增速", "规模以上工业增加值", "6.2%", "社会消费品零售总额", "7.5%"]
CHROME = ["首页", "新闻中心", "政务公开", "办事服务", "互动交流", "当前位置：首页 > 新闻中心 > 本地要闻",
          "分享到：微信 微博 QQ空间", "【打印本页】【关闭窗口】", "相关阅读", "主办单位：某某市人民政府办公室",
          "网站标识码：1234000001", "热点排行", "扫一扫在手机打开当前页"]
RELATED = ["市领导调研重点项目建设情况", "我市召开安全生产工作会议", "全市营商环境优化提升大会召开"]


def _nav() -> str:
    links = "".join(f'<li><a href="/{i}">{t}</a></li>' for i, t in enumerate(CHROME[:5]))
    return f'<div class="header"><div class="logo">某某市人民政府</div><ul class="nav">{links}</ul></div>'


def _article(title: str, h2: str, h3: str) -> str:
    items = "".join(f"<li>{t}</li>" for t in ITEMS)
    rows = [CELLS[i:i + 2] for i in range(0, len(CELLS), 2)]
    table = "<table>" + "".join(
        "<tr>" + "".join(f"<{'th' if r == 0 else 'td'}>{c}</{'th' if r == 0 else 'td'}>" for c in row) + "</tr>"
        for r, row in enumerate(rows)) + "</table>"
    return (f"<h1>{title}</h1>"
            f'<div class="info">{INFO}</div>'
            f"<p>{PARAS[0]}</p><h2>{h2}</h2><p>{PARAS[1]}</p><p>{PARAS[2]}</p>"
            f"<h3>{h3}</h3><ul>{items}</ul>{table}<p>{PARAS[3]}</p>")


def _sidebar() -> str:
    rel = "".join(f'<li><a href="/n/{i}.html">{t}</a></li>' for i, t in enumerate(RELATED))
    return f'<div class="sidebar"><h3>{CHROME[11]}</h3><ul>{rel}</ul><p>{CHROME[12]}</p></div>'


def _footer() -> str:
    return (f'<div class="footer"><p>{CHROME[9]}</p><p>{CHROME[10]}</p>'
            '<p>Copyright &copy; 2024 All Rights Reserved</p></div>')


def _page(head_title: str, inner: str) -> str:
    return ('<!DOCTYPE html><html lang="zh-CN"><head><meta charset="utf-8">'
            f"<title>{head_title}</title><style>.nav li{{float:left}}</style>"
            '<script>var _hmt = _hmt || [];</script></head><body>' + inner
            + '<script>document.write("统计代码")</script></body></html>')


def news_page() -> Page:
    """A news portal: nav, breadcrumb, share bar, related links and a long footer."""
    title = "一季度全市经济运行稳中向好"
    inner = (_nav() + f'<div class="crumb">{CHROME[5]}</div><div class="main"><div class="article">'
             + _article(title, "一、工业生产较快增长", "（一）重点工作安排")
             + f'<div class="share">{CHROME[6]}</div></div>' + _sidebar() + f"<h4>{CHROME[8]}</h4>"
             + "<ul>" + "".join(f'<li><a href="/r/{i}">{t}</a></li>' for i, t in enumerate(RELATED)) + "</ul>"
             + "</div>" + _footer())
    return Page(
        "news", _page(f"{title}_某某新闻网", inner), title, _body(), CHROME[5:7] + RELATED + CHROME[9:11],
        ["一、工业生产较快增长", "（一）重点工作安排"], ITEMS, CELLS)


def gov_page() -> Page:
    """A government portal: table-less layout, print/close buttons, site identifier code."""
    title = "关于做好2024年稳增长工作的通知"
    inner = (_nav() + '<div class="wrap"><div class="position">' + CHROME[5] + "</div>"
             '<div id="zoom" class="TRS_Editor">' + _article(title, "二、扩大有效需求", "（二）具体措施")
             + "</div>" + f'<div class="btns">{CHROME[7]}</div></div>' + _footer())
    return Page("gov", _page(f"{title} - 某某市人民政府", inner), title, _body(), [CHROME[7], *CHROME[9:11]],
                ["二、扩大有效需求", "（二）具体措施"], ITEMS, CELLS)


def docs_page() -> Page:
    """A documentation site: a table of contents in a side menu, article in <main>."""
    title = "数据接口使用说明"
    toc = "".join(f'<li><a href="#s{i}">{t}</a></li>' for i, t in enumerate(["快速开始", "接口列表", "常见问题"]))
    inner = (f'<nav class="menu"><ul>{toc}</ul></nav><main><article>'
             + _article(title, "一、接口概述", "（一）调用步骤") + "</article></main>"
             + '<footer><p>本文档最后更新于2024年3月</p><p>上一篇：安装指南　下一篇：错误码</p></footer>')
    return Page("docs", _page(f"{title} | 某某开放平台文档", inner), title, _body(),
                ["上一篇：安装指南", "本文档最后更新于2024年3月"], ["一、接口概述", "（一）调用步骤"], ITEMS, CELLS)


def legacy_page() -> Page:
    """An old CMS: nested layout tables, paragraphs split by <br>, full-width indents, <font>."""
    title = "全县春季农业生产工作会议召开"
    text = "<br>".join(f"&nbsp;&nbsp;&nbsp;&nbsp;<font size=3>{p}</font><br>" for p in PARAS)
    crumb = CHROME[5]
    inner = ('<table width="100%"><tr><td>' + _nav() + "</td></tr><tr><td>"
             f'<table width="980"><tr><td class="crumb">{crumb}</td></tr>'
             f'<tr><td align="center"><b><font size=5>{title}</font></b></td></tr>'
             f'<tr><td class="content">{text}</td></tr>'
             f'<tr><td>{CHROME[7]}</td></tr></table></td><td width="200">{_sidebar()}</td></tr>'
             f"<tr><td>{_footer()}</td></tr></table>")
    return Page("legacy", _page(f"{title}-某某县人民政府网", inner), title, list(PARAS),
                [crumb, CHROME[7], *RELATED, *CHROME[9:11]])


def _body() -> list[str]:
    return [*PARAS, *ITEMS]


def pages() -> list[Page]:
    return [news_page(), gov_page(), docs_page(), legacy_page()]
