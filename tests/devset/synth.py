"""Synthetic scraped pages for issue 10: site templates (data) rendered around the repo's documents.

A `Template` describes one imagined site: the wording and layout of its head chrome, title
block, publish lines, chrome inside the body and tail chrome, plus how the page was scraped
(normal lines, one UI element per line, or a doc site's flattened text), its script and its
encoding. `generate` renders one document into such a page and, since it knows what it
emitted, labels every line exactly (chrome, meta, title, body) as a `LabelledPage`, so the
dev set's `measure` applies unchanged.

Wording inside templates: `¦` separates the UI elements of one line (a page scraped one
element per line puts each on its own line; otherwise they are joined as written), and
`{key}` fields are filled per page (see `_values`). The templates live in `synth_tuning.py`
(TUNING: the half anyone may look at while tuning) and `synth_heldout.py` (HELD_OUT: never
read or looked at while tuning; the bar test measures only it). The split pairs templates by
kind, one of each pair per half, so the held-out half tests unseen wording and layout, not
unseen kinds of page: government portals (plain lines, and one element per line), news
portals, 范文 sites, doc-sharing sites with flattened text, speech sites, law databases,
institutions' news pages, Traditional-script sites (Big5 among them), self-media pages,
forums, and sites with a layout quirk of their own. Each template's `why` says what it adds;
the held-out ones are described only in their own module. A third split, TUNING2
(`synth_tuning2.py`, `pages("tuning2")`), adds families of site TUNING lacks (self-media, Q&A,
贴吧, blogs, novel and encyclopedia pages, CNKI abstracts, 信息公开 tables, Hong Kong and Macau
sites...); it is tuning material too, written without reading HELD_OUT, and is not in the balance
of the other two. A second balanced split, TUNING3 (`synth_tuning3.py`) and HELD_OUT2
(`synth_heldout2.py`, never read while tuning), holds twenty more pairs of sites, one of each
pair per half by a recorded coin; the bar test measures HELD_OUT and HELD_OUT2 together. TUNING4
(`synth_tuning4.py`) is twenty more sites of families the others lack (发布会, 党建 and 组工, 纪委,
courts, 学习/头条/知乎/CSDN-like copies, 公众号 mirrors, 人大 议案, Taiwan, Hong Kong and Macau
press pages...), all tuning material, with no held-out half. A third balanced split, TUNING5
(`synth_tuning5.py`) and HELD_OUT3 (`synth_heldout3.py`, never read while tuning), holds ten pairs
of sites of families the others lack (电子版 papers, theory journals, 公报 and policy libraries,
police, procuratorates, education bureaus and graduate schools, listed companies' and banks'
announcements, 招投标 and 招聘 notices, Singapore and Malaysian papers, 作文网), one of each pair
per half by a recorded coin. TUNING6
(`synth_tuning6.py`) and HELD_OUT4 (`synth_heldout4.py`, never read while tuning) are ten more pairs of
sites of families the others lack (数字报, social long posts, 课件 and 教案 previews, forums with quotes,
source-text wikis, journals, legislatures, 网页快照 copies, mobile pages, 网络学院 course texts), one
of each pair per half by a recorded coin. TUNING7 (`synth_tuning7.py`) is the tuning half of ten more pairs
(公众号 select-all copies, notes-app and reader exports, 打印版 views, 方志 and 年鉴 pages, intranet notices,
museums and libraries, forwarded e-mails, shared online documents, trade associations, news-client share
pages), split by a recorded coin from their twins in HELD_OUT5 (`synth_heldout5.py`, never read while
tuning). TUNING8 (`synth_tuning8.py`) is the tuning half of ten more pairs (关怀版 views with assistive toolbars,
政民互动 letter boards, 在线访谈, audio and video 文稿, embassies, 群团 sites, think tanks, Traditional-script
community pages, reader exports, net-disk previews), split by a recorded coin from their twins in HELD_OUT6
(`synth_heldout6.py`, never read while tuning). TUNING9 (`synth_tuning9.py`) is the tuning half of ten more pairs
modelled on what real pages carry and the templates rarely had (mega-menus, hot lists of prose headlines, comment
threads, lead boxes, app bars, credit lines split one text node a line, verse lines under the title), on sites of
families the others lack (portal channels, research-report previews, IT, entertainment, 融媒体, sports, car,
health-science, 美文 and 三农 sites), split by a recorded coin from their twins in HELD_OUT7 (`synth_heldout7.py`,
never read while tuning). The bar test measures every held-out split together.
"""

from __future__ import annotations

import random
import re
from dataclasses import dataclass, replace
from datetime import datetime, timedelta
from functools import cache

from .pages import ROOT, SHARED, LabelledPage, Unit

SEP = "¦"
SPLITS = ("tuning", "held_out", "tuning2", "tuning3", "held_out2", "tuning4", "tuning5", "held_out3", "tuning6",
          "held_out4", "tuning7", "held_out5", "tuning8", "held_out6", "tuning9", "held_out7")
# never looked at while tuning
HELD_OUT_SPLITS = ("held_out", "held_out2", "held_out3", "held_out4", "held_out5", "held_out6", "held_out7")
# Tuning splits the cleaner has not been tuned on yet: their first read sets their floors, and they join the
# stress pages (whose floors were measured on tuned splits) once the cleaner has been tuned on them.
FIRST_READ_SPLITS = ("tuning7", "tuning8", "tuning9")
RE_NUMBERED = re.compile(r"^(第[一二三四五六七八九十百]+[，、部章节条]|[一二三四五六七八九十]+、|（[一二三四五六七八九十]+）|\d+[、.．])")
RE_ESCAPE = re.compile(r"^\\([#>+*|\-])|^(\d+)\\\.")
RE_MEETING = re.compile(r"在(.{4,40}?)上的(?:讲话|发言|报告|致辞)")


def bar(*words: str) -> str:
    """One UI line of many short items (a mega-menu, an index), spaced as a scraper joins them: one item a line on
    a page scraped one element per line, else a line of items with spaces between."""
    return f"{SEP} {SEP}".join(words)


@dataclass(frozen=True)
class Template:
    """One imagined site. Every string may use `{key}` fields and `¦` between UI elements."""

    name: str
    kind: str  # gov, news, fanwen, doc, speech, law, school, wechat, forum, blog, enterprise, institution, party
    site: str
    why: str  # why it is in its half of the split
    page_title: str = ""  # the scraped <title> line, e.g. "{title}_{site}"; "" = none
    head: tuple[str, ...] = ()  # chrome above the title block
    block: tuple[str, ...] = ("title", "meta", "tools")  # order of the title block's parts
    meta: tuple[str, ...] = ()  # publish lines (one meta unit each); lines with {date} carry the date
    dated: float = 1.0  # share of pages that show a publish date at all
    meta_at_end: bool = False  # the publish lines follow the body (press releases)
    tools: tuple[str, ...] = ()  # chrome between the publish lines and the body (toolbars)
    subtitle: tuple[str, ...] = ()  # the document's own subtitle lines (body), one drawn per page; block part "sub"
    inside: tuple[str, ...] = ()  # chrome that lands between body paragraphs (captions, ads, tips)
    cut: str = ""  # a "log in to read on" line: when set, half the pages stop there
    foot: tuple[str, ...] = ()  # chrome right after the body, before a publish bar at the end (a press release's 完)
    tail: tuple[str, ...] = ()  # chrome after the body; "@related" expands to header + links
    related: tuple[str, str] = ("", "")  # header line and link-line format ({rtitle}, {rdate}, {i})
    related_n: tuple[int, int] = (3, 6)
    delivery: str = ""  # a delivery line of the document's own, e.g. "——{ddate}在{meeting}上"
    closing: str = ""  # the issuing office line of a 落款; the closing date follows it
    cols: tuple[str, ...] = ("要闻",)  # column names for {col}
    date_fmt: str = "%Y-%m-%d %H:%M"
    wrap_title: float = 0.0  # share of pages whose on-page title wraps over two lines
    spaced_title: float = 0.0  # share of pages whose on-page title has stray spaces (text from a PDF)
    no_title: float = 0.0  # share of pages that show no on-page title, only the page title line
    render: str = "lines"  # lines | fragments | flat
    fragments: float = 0.0  # share of a "lines" site's pages scraped one element per line anyway
    blank: str = "none"  # none | all (a blank line after every line) | body (between paragraphs)
    indent: str = ""  # body paragraph indentation
    halfwidth: bool = False  # the scrape turned ，：；（）！？ into ASCII
    script: str = "simplified"  # simplified | traditional (OpenCC s2t over the whole page)
    encoding: str = "utf-8"  # utf-8 | utf-8-sig | gb18030 | big5
    newline: str = "\n"


@dataclass(frozen=True)
class Body:
    """A clean document: its title and its lines (headings and paragraphs, in order)."""

    name: str
    title: str
    lines: tuple[str, ...]


def parse_markdown(name: str, text: str) -> list[Body]:
    """A clean Markdown document as bodies: the whole, and each sub-document of a compilation."""
    text = re.sub(r"\A---\n.*?\n---\n", "", text, flags=re.S)
    title, lines, heads = "", [], []
    for raw in text.split("\n"):
        s = raw.strip()
        if not s:
            continue
        h = re.match(r"(#{1,6})\s+(.*)", s)
        if h and len(h.group(1)) == 1 and not title:
            title = h.group(2).strip()
            continue
        if h:
            s = h.group(2).strip()
            if len(h.group(1)) == 2 and not RE_NUMBERED.match(s):
                heads.append(len(lines))
        else:
            s = RE_ESCAPE.sub(lambda e: e.group(1) or f"{e.group(2)}.", s)
        lines.append(s)
    out = [Body(name, title, tuple(lines))]
    if len(heads) >= 2:  # a compilation: each sub-document under its own title
        for k, (a, b) in enumerate(zip(heads, [*heads[1:], len(lines)], strict=True)):
            if b - a > 3:
                out.append(Body(f"{name}#{k + 1}", lines[a], tuple(lines[a + 1:b])))
    return out


@cache
def bodies(include_reference: bool = False) -> tuple[Body, ...]:
    """The bodies of `samples/expected/*.md`; with `include_reference`, also ../shared's reference texts."""
    files = sorted((ROOT / "samples" / "expected").glob("*.md"))
    if include_reference:
        files += sorted(p for p in (SHARED / "corpus" / "reference").glob("*.md") if p.name != "SOURCES.md")
    out: list[Body] = []
    for f in files:
        out += parse_markdown(f.stem.split("_")[0], f.read_text(encoding="utf-8"))
    return tuple(out)


def reference_available() -> bool:
    return any(p.name != "SOURCES.md" for p in (SHARED / "corpus" / "reference").glob("*.md"))


# --- per-page values -------------------------------------------------------------------

NAMES = ("王明远", "李晓燕", "张立群", "刘海涛", "陈思雨", "杨建国", "赵文静", "黄志强", "周丽华", "吴俊杰",
         "徐春梅", "孙浩然", "胡晓东", "朱雅琴", "高振宇", "林静怡", "何继平", "郭子豪", "马晓丽", "罗建华")
SOURCES = ("新华社", "人民日报", "光明日报", "经济日报", "中国政府网", "本站原创", "网络整理", "县政府办公室",
           "市发展改革委", "学习时报", "江淮日报", "云岭日报", "湘江晚报", "北方日报", "南国都市报")
PAPERS = ("江淮日报", "云岭日报", "湘江晚报", "北方日报", "南国都市报", "东海日报", "西部商报")
# related-link titles: tuning pages draw from the even ones, held-out pages from the odd ones
RELATED = ("2025年度组织生活会个人对照检查材料", "在全市安全生产工作会议上的讲话", "县委书记在乡村振兴推进会上的讲话",
           "关于加强基层党组织建设的调研报告", "2026年政府工作报告学习心得体会", "市长在优化营商环境大会上的讲话提纲",
           "党课讲稿：坚定理想信念 勇担时代使命", "2025年上半年工作总结和下半年工作计划", "主题教育专题民主生活会发言材料",
           "在全县经济工作会议上的讲话（全文）", "关于印发2026年重点工作任务清单的通知", "乡镇年度工作总结范文（通用5篇）",
           "全面从严治党主体责任落实情况报告", "在庆祝建党105周年大会上的讲话", "关于开展安全生产大检查的实施方案",
           "教师节表彰大会校长讲话稿", "2026年一季度经济运行情况分析", "在全区招商引资工作推进会上的发言",
           "关于进一步规范公文处理工作的通知", "政协委员履职心得：用心用情建言资政", "2025年度述职述廉报告（范文）",
           "在全市文明城市创建动员大会上的讲话", "村党支部书记抓基层党建工作述职报告", "关于2025年度法治政府建设情况的报告",
           "在全县秋冬季森林防火工作会议上的讲话", "街道办事处2026年工作要点", "领导干部任前廉政谈话提纲",
           "在全市人才工作会议上的主持词", "关于进一步做好稳就业工作的实施意见", "青年干部座谈会发言材料汇编（6篇）")

OFFICES = ("中共XX县委办公室", "XX市人民政府办公室", "XX县人民政府", "XX区发展和改革局", "XX市人民代表大会常务委员会")


def _dt(rng: random.Random, lo: int = 2012, hi: int = 2026) -> datetime:
    start = datetime(lo, 1, 1)
    return start + timedelta(days=rng.randrange((datetime(hi, 12, 31) - start).days),
                             minutes=rng.randrange(7 * 60, 22 * 60))


def _related(t: Template) -> tuple[str, ...]:
    return RELATED[1::2] if split_of(t.name) in HELD_OUT_SPLITS else RELATED[::2]


def _shortened(title: str) -> str:
    """The title as a CMS cuts it for a <title> line or a list: 18 characters and `...`."""
    return title if len(title) <= 20 else title[:18] + "..."


def _cn_date(d: datetime) -> str:
    return f"{d.year}年{d.month}月{d.day}日"


def _values(t: Template, body: Body, rng: random.Random, published: datetime) -> dict[str, str]:
    later = published + timedelta(days=rng.randrange(1, 60))
    before = published - timedelta(days=rng.randrange(1, 20))
    today = datetime(2026, 11, rng.randrange(1, 28))
    others = [b for b in _related(t) if b != body.title]
    rng.shuffle(others)
    meeting = RE_MEETING.search(body.title)
    return {
        "site": t.site, "title": body.title, "col": rng.choice(t.cols), "short": _shortened(body.title),
        "date": published.strftime(t.date_fmt), "date2": later.strftime(t.date_fmt),
        "wd": "一二三四五六日"[published.weekday()], "hm": f"{published.hour}时{published.minute:02d}分",
        "ddate": _cn_date(before), "cdate": _cn_date(before),
        "meeting": meeting.group(1) if meeting else rng.choice(("全县干部大会", "全市工作会议", "全区动员大会")),
        "today": f"{today.year}年{today.month}月{today.day}日 星期{'一二三四五六日'[today.weekday()]}",
        "pyear": str(published.year), "year": str(rng.randrange(2024, 2027)), "since": str(rng.randrange(2003, 2016)),
        "src": rng.choice(SOURCES), "paper": rng.choice(PAPERS),
        "author": rng.choice(NAMES), "editor": rng.choice(NAMES), "reviewer": rng.choice(NAMES),
        "n": str(rng.randrange(37, 99999)), "m": str(rng.randrange(0, 300)),
        "kb": f"{rng.randrange(12, 480)}.{rng.randrange(10)}", "pages": str(rng.randrange(2, 40)),
        "words": str(rng.randrange(1200, 9800)), "price": str(rng.choice((3, 5, 8, 10, 15))),
        "qq": str(rng.randrange(10**8, 10**10)), "phone": f"0{rng.randrange(10, 999)}-{rng.randrange(10**6, 10**7)}",
        "icp": str(rng.randrange(10**7, 10**8)), "beian": str(rng.randrange(10**13, 10**14)),
        "prev": others[0], "next": others[1], "office": rng.choice(OFFICES),
    }


# --- rendering ---------------------------------------------------------------------------

@dataclass
class _Page:
    """Lines with the unit each belongs to, built top to bottom."""

    lines: list[str]
    units: list[tuple[int, int, str]]
    blank_all: bool

    def add(self, texts: list[str], label: str) -> None:
        texts = [x for x in texts if x.strip()]
        if not texts:
            return
        first = len(self.lines) + 1
        self.lines += texts
        self.units.append((first, len(self.lines), label))
        if self.blank_all:
            self.lines.append("")

    def gap(self, n: int = 1) -> None:
        self.lines += [""] * n


def _ui(line: str, fragments: bool) -> list[str]:
    """One UI line: its elements on lines of their own, or joined as written."""
    if fragments:
        return [p.strip() for p in line.split(SEP) if p.strip()]
    return [line.replace(SEP, "")]


def _on_page_title(t: Template, title: str, rng: random.Random) -> list[str]:
    """The title as the page shows it: whole, wrapped over two lines, or with stray spaces (PDF text)."""
    if len(title) > 12 and rng.random() < t.wrap_title:
        k = rng.randrange(6, len(title) - 4)
        return [title[:k], title[k:]]
    if len(title) > 8 and rng.random() < t.spaced_title:
        for k in sorted(rng.sample(range(2, len(title) - 2), 2), reverse=True):
            title = title[:k] + " " + title[k:]
    return [title]


def _wrap(text: str, width: int) -> list[str]:
    return [text[i:i + width] for i in range(0, len(text), width)] or [""]


def generate(t: Template, body: Body, rng: random.Random) -> LabelledPage:
    """One page of site `t` around `body`, every line labelled."""
    years = [int(y) for y in re.findall(r"(20\d\d)年", body.title) if 2012 <= int(y) <= 2026]
    published = _dt(rng, max(years, default=2012))
    v = _values(t, body, rng, published)
    frag = t.render == "fragments" or (t.render == "lines" and rng.random() < t.fragments)
    dated = rng.random() < t.dated
    page = _Page([], [], t.blank == "all")

    def chrome(lines: tuple[str, ...], label: str = "chrome") -> None:
        for line in lines:
            if line == "@related":
                head, fmt = t.related
                page.add(_ui(head.format_map(v), frag), "chrome")
                for i, rtitle in enumerate(rng.sample(_related(t), rng.randint(*t.related_n))):
                    rv = {**v, "rtitle": rtitle, "rdate": _dt(rng).strftime("%Y-%m-%d"), "i": str(i + 1),
                          "words": str(rng.randrange(1200, 9800)), "pages": str(rng.randrange(2, 40))}
                    page.add(_ui(fmt.format_map(rv), frag), "chrome")
            elif line == "@gap":
                page.gap(rng.randint(1, 4))
            else:
                page.add(_ui(line.format_map(v), frag), label)

    def meta() -> bool:
        lines = tuple(m for m in t.meta if dated or "{date}" not in m)
        chrome(lines, "meta")
        return any("{date}" in m for m in lines)

    if t.page_title:
        page.add([t.page_title.format_map(v)], "title")
    chrome(t.head)
    has_date = False
    shown = not (t.page_title and rng.random() < t.no_title)
    for part in t.block:
        if part == "title" and shown:
            page.add(_on_page_title(t, body.title, rng), "title")
        elif part == "meta" and not t.meta_at_end:
            has_date = meta()
        elif part == "tools":
            chrome(t.tools)
        elif part == "sub" and t.subtitle and not (t.delivery and RE_MEETING.search(body.title)):
            page.add([rng.choice(t.subtitle).format_map(v)], "body")
    text = list(body.lines)
    if t.delivery and RE_MEETING.search(body.title):
        text.insert(0, t.delivery.format_map(v))
    cut = bool(t.cut) and rng.random() < 0.5 and len(text) > 6
    if cut:
        text = text[:max(3, len(text) * 3 // 5)]
    elif t.closing:
        text += [t.closing.format_map(v), v["cdate"]]
    if t.render == "flat":
        width = rng.randrange(26, 41)
        page.add([" ".join(w for line in [body.title, *text] for w in _wrap(line, width))], "body")
    else:
        spots = {rng.randrange(1, len(text)): line for line in rng.sample(t.inside, min(2, len(t.inside)))} \
            if t.inside and len(text) > 2 else {}
        for i, line in enumerate(text):
            if i in spots:
                chrome((spots[i],))
            page.add([t.indent + line], "body")
            if t.blank == "body":
                page.gap()
    if cut:
        chrome((t.cut,))
    chrome(t.foot)
    if t.meta_at_end:
        has_date = meta()
    chrome(t.tail)
    return _finish(t, body, page, published if has_date else None, frag)


def _finish(t: Template, body: Body, page: _Page, published: datetime | None, frag: bool) -> LabelledPage:
    lines = page.lines
    while lines and not lines[-1].strip():
        lines.pop()
    if t.halfwidth:
        lines = [x.translate(HALFWIDTH) for x in lines]
    title = body.title.translate(HALFWIDTH) if t.halfwidth else body.title
    if t.script == "traditional":
        lines = [to_traditional(x, t.encoding) for x in lines]
        title = to_simplified(to_traditional(title, t.encoding))
    text = t.newline.join(lines) + t.newline
    return LabelledPage(
        name=f"{t.name}/{body.name}", data=text.encode(t.encoding), group=f"synth:{t.name}",
        units=tuple(Unit(a, b, label) for a, b, label in page.units),
        title=title, date=published.date().isoformat() if published else None,
        notes=(f"kind={t.kind}", f"render={'fragments' if frag else t.render}", f"encoding={t.encoding}", f"script={t.script}"))


HALFWIDTH = str.maketrans({"，": ",", "：": ":", "；": ";", "（": "(", "）": ")", "！": "!", "？": "?"})
BIG5_FALLBACK = {"©": "(C)", "®": "(R)", "»": ">", "›": ">", "·": "．"}


@cache
def _opencc(config: str):  # opencc has no type hints
    import opencc
    return opencc.OpenCC(config)


def to_traditional(text: str, encoding: str) -> str:
    """OpenCC s2t; for Big5, characters Big5 lacks take their Taiwan-standard form (爲 -> 為)."""
    out = _opencc("s2t").convert(text)
    if encoding != "big5":
        return out
    chars = []
    for ch in out:
        try:
            ch.encode("big5")
        except UnicodeEncodeError:
            ch = _opencc("t2tw").convert(ch)
            try:
                ch.encode("big5")
            except UnicodeEncodeError:
                ch = BIG5_FALLBACK.get(ch, "?")
        chars.append(ch)
    return "".join(chars)


def to_simplified(text: str) -> str:
    return _opencc("t2s").convert(text)


# --- the API -----------------------------------------------------------------------------

@cache
def _splits() -> dict[str, tuple[Template, ...]]:
    from .synth_heldout import HELD_OUT
    from .synth_heldout2 import HELD_OUT2
    from .synth_heldout3 import HELD_OUT3
    from .synth_heldout4 import HELD_OUT4
    from .synth_heldout5 import HELD_OUT5
    from .synth_heldout6 import HELD_OUT6
    from .synth_heldout7 import HELD_OUT7
    from .synth_tuning import TUNING
    from .synth_tuning2 import TUNING2
    from .synth_tuning3 import TUNING3
    from .synth_tuning4 import TUNING4
    from .synth_tuning5 import TUNING5
    from .synth_tuning6 import TUNING6
    from .synth_tuning7 import TUNING7
    from .synth_tuning8 import TUNING8
    from .synth_tuning9 import TUNING9
    return {"tuning": TUNING, "held_out": HELD_OUT, "tuning2": TUNING2, "tuning3": TUNING3, "held_out2": HELD_OUT2,
            "tuning4": TUNING4, "tuning5": TUNING5, "held_out3": HELD_OUT3, "tuning6": TUNING6, "held_out4": HELD_OUT4,
            "tuning7": TUNING7, "held_out5": HELD_OUT5, "tuning8": TUNING8,
            "held_out6": HELD_OUT6, "tuning9": TUNING9,
            "held_out7": HELD_OUT7}


def templates() -> list[Template]:
    """Every template, in the order of SPLITS."""
    return [t for split in SPLITS for t in _splits()[split]]


def split_of(name: str) -> str:
    for split, ts in _splits().items():
        if any(t.name == name for t in ts):
            return split
    raise KeyError(name)


def split_templates(split: str) -> list[Template]:
    if split not in SPLITS:
        raise ValueError(f"split must be one of {SPLITS}, not {split!r}")
    return [t for t in templates() if split_of(t.name) == split]


def pages(split: str, seed: int = 0, per_template: int = 3, reference: bool = False) -> list[LabelledPage]:
    """`per_template` pages of every template of `split`, each on a different body where possible.

    Deterministic for a seed (string seeds of `random.Random` do not depend on PYTHONHASHSEED)."""
    pool = bodies(reference and reference_available())
    out = []
    for t in split_templates(split):
        order = random.Random(f"{seed}:{t.name}:order").sample(range(len(pool)), len(pool))
        for k in range(per_template):
            body = pool[order[k % len(pool)]]
            page = generate(t, body, random.Random(f"{seed}:{t.name}:{k}"))
            out.append(replace(page, name=f"{t.name}/{k}:{body.name}"))
    return out


def decode(page: LabelledPage, t: Template) -> list[str]:
    """The page's lines as the generator wrote them (for the sanity tests)."""
    text = page.data.decode(t.encoding)
    return text.replace("\r\n", "\n").split("\n")


def template(name: str) -> Template:
    for t in templates():
        if t.name == name:
            return t
    raise KeyError(name)


