"""Stamps and `label：value` fields of a scraped page's lines, judged from `rules/web.yaml`.

A publish stamp (`2017年5月24日(星期三)`, `原创 某某 2021-10-12 07:24`, `某某日报 2024年第25期`) and
a line of fields (`来源：某报 作者：某某`, `联系电话：…`) say what they are by their dates and labels;
`webui.py` judges the rest of a line (UI words, menus, banners, captions). Pure functions, as
there: the page pass decides where they apply.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from .cache import rx
from .weblexicon import WebRules, per_lexicon
from .webui import MAX_FREE_TOKEN, RE_CLOCK, RE_DATE, RE_ISO_STAMP, RE_SENTENCE_END, is_issuer, is_site_name

# `2017年5月24日(星期三)`: a date with its weekday is a page's stamp (a 落款 date never names the weekday)
RE_WEEKDAY_DATE = rx.compile(r"\s*(?:19|20)\d{2}\s*年\s*\d{1,2}\s*月\s*\d{1,2}\s*日"
                             r"\s*[（(]?\s*(?:星期|周|礼拜)[一二三四五六日天][）)]?\s*")
# `2019年09月11日 富达传媒 时政新闻 1665 0`: a full date opening a bar of short tokens (source, column, counts)
RE_DATED_TOKENS = rx.compile(r"(?:19|20)\d{2}年\d{1,2}月\d{1,2}日(?:\s+[^\s，。！？；：:,]{1,8}){2,5}")


RE_RELATIVE_STAMP = rx.compile(r"\W{0,2}(?:[^\s，。]{1,16}\s+)?(?:发表于|发布于|更新于|发布时间[:：]?)\s*"
                               r"\d{1,3}\s*(?:秒|分钟|小时|天|周|个月|年)(?:以)?前(?:\s*[|｜·]|\s*$)")


def is_stamp_line(text: str) -> bool:
    """A short line without a sentence that carries a publish time (`原创 某某 2021-10-12 07:24`)
    or a periodical's issue (`某某日报 2024年第25期`)."""
    t = text.strip()
    if len(t) <= 60 and "前" in t and RE_RELATIVE_STAMP.match(t) and not RE_SENTENCE_END.search(t):
        return True  # `发表于 4年以前 | 总阅读数:3660 次`: a post's age, no date
    if len(t) > 60 or ("19" not in t and "20" not in t) or RE_SENTENCE_END.search(t):
        return False  # (every form below holds a year, 19xx or 20xx: most lines have none)
    timed = RE_DATE.search(t) is not None and RE_CLOCK.search(t) is not None
    if re.search(r"[，,]", t) and not (timed and "，" not in t):
        return False  # `2021-10-12，全市召开大会` is a sentence; `发信站: 某站 (2013-12-05 18:43:00), 站内` a stamp
    return bool(timed or RE_ISO_STAMP.search(t) or RE_ISSUE.fullmatch(t) or RE_PAPER_STAMP.fullmatch(t)
                or (RE_DATE.search(t) is not None and RE_PAPER_PAGE.search(t) is not None)
                or RE_DATED_TOKENS.fullmatch(t) or RE_WEEKDAY_DATE.fullmatch(t))


def is_dated_bar(text: str) -> bool:
    """A bar of short tokens around a date, under a title (`2014年02月04日 作者 某某 分类 写作 3 条评论`):
    the publish line of a page whose labels the lexicon does not know. Never a closing date
    (`某某局 2024年3月5日`: two tokens) nor a sentence."""
    t = text.strip()
    if len(t) > 60 or RE_SENTENCE_END.search(t) or re.search(r"[，、,]", t) or not RE_DATE.search(t) \
            or RE_WEEKDAY.search(t):
        return False  # `2026年11月2日 星期一 设为首页`: a today-is widget, no publish date
    toks = t.split()
    return len(toks) >= MIN_BAR_TOKENS and all(len(x) <= MAX_FREE_TOKEN for x in toks if not RE_DATE.fullmatch(x))


MIN_BAR_TOKENS = 3
RE_WEEKDAY = rx.compile(r"星期[一二三四五六日天]|周[一二三四五六日]|礼拜[一二三四五六日天]")


# A periodical's issue, after its name at most: `2026年第29期`, `某某学报 2024年第3卷第2期`
# `《某某日报》（2021年01月16日 第4版）`: a digital edition's credit line, the paper and its date
RE_PAPER_STAMP = rx.compile(r"《([^《》]{2,20})》\s*[（(]\s*((?:19|20)\d{2}\s*年\s*\d{1,2}\s*月\s*\d{1,2}\s*日)"
                            r"\s*(?:第\s*\d{1,3}\s*版|[A-Z]?\d{1,3}\s*版)?\s*[）)]")
# a paper page beside a date: `2026年04月15日 星期三 第06版：理论周刊` is the edition's stamp
RE_PAPER_PAGE = rx.compile(r"第\s*\d{1,3}\s*版|(?<![A-Za-z])[A-Z]\d{1,3}\s*版")
RE_ISSUE = rx.compile(r"(?:\S{2,12}\s*)?(?:19|20)\d{2}\s*年\s*(?:第\s*\d{1,3}\s*卷\s*)?第\s*\d{1,3}\s*期")


@dataclass(frozen=True, slots=True)
class Fields:
    """A `label：value` line taken apart: values by kind, in order."""

    values: tuple[tuple[str, str], ...]  # (kind, value)
    date_label: str | None = None  # the label of the first date field (`发布时间`, `成文日期`)

    def get(self, kind: str) -> str | None:
        return next((v for k, v in self.values if k == kind and v), None)


MAX_VALUE = 40  # a field's value is a name, a date or a count, never a sentence


RE_FIELD_MARK = rx.compile(r"[：:】]")
MAX_LABEL = 12  # the longest label the lexicon holds (`Categories`: 10), spaces aside


@dataclass(frozen=True, slots=True)
class Mark:
    """A field label found in a line: where it starts, where its value starts, which label."""

    start: int
    end: int
    label: str


LABEL_BOUNDARY = " \t\u3000【[（(|｜/"


def label_marks(t: str, web: WebRules) -> list[Mark]:
    """Every `label：` and `【label】` in the line, labels from the lexicon (spaces inside a label,
    `来 源：`, `【 作  者 】`, are allowed). Found from each colon or `】` backwards, which is
    far cheaper to set up than one regex of several hundred spaced-out alternatives."""
    out: list[Mark] = []
    if "：" not in t and ":" not in t and "】" not in t:
        return out  # (no mark to look back from: most lines)
    ends = _label_ends(web)
    for at in mark_positions(t):
        end = at + 1
        if t[at] == "】":
            k = t.rfind("【", 0, at)
            label = re.sub(r"\s", "", t[k + 1:at]) if k >= 0 else ""
            if label in web.label_kind:
                out.append(Mark(k, end, label))
            continue
        i, chars, best = at, [], None
        while i > 0 and t[i - 1] in " \t\u3000":
            i -= 1  # `来源 ：`
        if i == 0 or (ends is not None and t[i - 1] not in ends):
            continue  # (no label nor label suffix ends with the character before the colon: `他说：`)
        while i > 0 and len(chars) < MAX_LABEL:
            c = t[i - 1]
            if c in " \t\u3000":
                if i > 1 and t[i - 2] in " \t\u3000" and len(chars) == 0:
                    break
                i -= 1
                continue
            chars.append(c)
            i -= 1
            label = "".join(reversed(chars))
            if label in web.label_kind and (i == 0 or t[i - 1] in LABEL_BOUNDARY):
                best = (i, label)
        if best is None and web.label_suffix_kind:  # `资料来源：`, `稿件作者：`: a label by its last word
            run = RE_LABEL_RUN.search(t, max(0, at - 2 * MAX_LABEL), at)  # a bounded look back
            if run is not None and _suffix_kind(run.group(1), web) is not None \
                    and not any(w in run.group(1) for w in web.event_words):  # `竞赛开始时间：` is the text's
                best = (run.start(1), run.group(1))
        if best is not None and (not out or best[0] >= out[-1].end):
            out.append(Mark(best[0], end, best[1]))
    return out


def mark_positions(t: str) -> list[int]:
    """Where RE_FIELD_MARK matches, in order, found by `str.find` per character: the class scan
    (`finditer`) costs ~60 instructions a character, a long paragraph's whole length for its one
    colon; `find` ~1."""
    at: list[int] = []
    for c in FIELD_MARKS:
        i = t.find(c)
        while i >= 0:
            at.append(i)
            i = t.find(c, i + 1)
    return sorted(at)


FIELD_MARKS = "：:】"  # RE_FIELD_MARK's characters


def _label_ends(web: WebRules) -> frozenset[str] | None:
    """The last characters of the lexicon's labels and label suffixes (None: a suffix is empty,
    any character may end a label). Kept by the lexicon's identity."""
    return per_lexicon(_LABEL_ENDS, web, _build_label_ends)


def _build_label_ends(web: WebRules) -> frozenset[str] | None:
    suffixes = [w for w, _ in web.label_suffix_kind]
    return None if not all(suffixes) else frozenset(w[-1] for w in [*web.label_kind, *suffixes] if w)


_LABEL_ENDS: dict[int, tuple[WebRules, frozenset[str] | None]] = {}


# Three to six CJK characters right before the colon, at the line's start or after a space or bracket
RE_LABEL_RUN = rx.compile(r"(?:^|(?<=[\s【\[（(|｜/]))([\u4e00-\u9fff]{3,6})[ \t\u3000]*$")


def label_kind(label: str, web: WebRules) -> str:
    """A known label's kind, else the kind its last word gives (`资料来源` -> publisher)."""
    return web.label_kind.get(label) or _suffix_kind(label, web) or "other"


def _suffix_kind(label: str, web: WebRules) -> str | None:
    return next((k for suffix, k in web.label_suffix_kind if label.endswith(suffix)), None)


def is_label_only(t: str, web: WebRules) -> bool:
    """`来源:` alone on its line: its value is on the next."""
    marks = label_marks(t.strip(), web)
    return len(marks) == 1 and marks[0].start == 0 and not t.strip()[marks[0].end:].strip()


# `来稿：某报　编辑：某某　审核：某某`: a label no list names opening a line of two or more known ones
RE_UNKNOWN_LEAD = rx.compile(r"[\u4e00-\u9fff]{2,4}\s*[：:]\s*[^\s：:，。！？；]{1,20}")
MIN_KNOWN_AFTER_UNKNOWN = 2
BULLETS = "•·●◆■▪►"
MAX_HEADLINE_VALUE = 100  # a headline's length, with room for a subtitle


def fields(text: str, web: WebRules, contact_ok: bool = False) -> Fields | None:
    """The line as `label：value` fields (a bare leading date or clock allowed), or None."""
    t = text.strip().rstrip("＊*★☆")
    if "：" not in t and ":" not in t and "】" not in t:
        return None  # every field has its colon or bracket: most lines are done here
    t = t.lstrip(BULLETS).lstrip()  # `• 资源ID:1456059 资源大小:7.21MB`: a record's fields rendered as a list
    for a, b in ("【】", "[]", "（）", "()"):
        if t.startswith(a) and t.count(a) == 1 and t.endswith(b) and ("：" in t or ":" in t):
            t = t[1:-1].strip()  # `（责任编辑：某某）`; a boxed label `【 正  文 】` stays boxed
    marks = label_marks(t, web)
    if not marks:
        return None
    lead = t[:marks[0].start].strip(" 【[（(|｜\u3000")
    unknown = len(marks) >= MIN_KNOWN_AFTER_UNKNOWN and RE_UNKNOWN_LEAD.fullmatch(lead) is not None
    if lead and not unknown and not (RE_DATE.fullmatch(lead.split()[0]) or RE_ISO_STAMP.match(lead)) \
            and not all(RE_DATE.fullmatch(x) or RE_CLOCK.fullmatch(x) for x in lead.split()):
        return None
    out: list[tuple[str, str]] = [("other" if unknown else "date", lead)] if lead else []
    date_label: str | None = "" if lead else None
    for m, nxt in zip(marks, [*marks[1:], None], strict=True):
        value = t[m.end:nxt.start if nxt else len(t)].strip(" 】]）)|｜/")
        kind = label_kind(m.label, web)
        if kind == "date" and date_label is None:
            date_label = m.label
        if kind in ("title", "original") and (len(value) > MAX_HEADLINE_VALUE or "。" in value):
            return None  # a headline has no full stop: the text glued to its label (`原标题:…决定作者 | …付钱。`)
        if kind not in ("title", "original", "citation") and (
                len(value) > MAX_VALUE or (RE_SENTENCE_END.search(value) and not is_word_list(value))):
            return None
        out.append((kind, value))
    if all(k == "contact" for k, _ in out) and not contact_ok:
        return None  # a contact line alone is a notice's own as often as a footer's
    return Fields(tuple(out), date_label)


def names_person(text: str, web: WebRules) -> bool:
    """A contact line that names a person (`联系人：王老师 电话：…`): a notice's own."""
    return any(m.label.endswith(web.person_labels) for m in label_marks(text.strip(), web))


def office_fields(text: str, web: WebRules) -> Fields | None:
    """`label：value` fields, or fields after the name of the office or site they belong to
    (`某某县政府 地址：府前路1号`), as a footer writes them."""
    f = fields(text, web, contact_ok=True)
    if f is not None:
        return f
    lead, _, rest = text.strip().partition(" ")
    if rest and (is_issuer(lead, web) or is_site_name(lead, web)):
        return fields(rest, web, contact_ok=True)
    return None


RE_LIST_SEP = rx.compile(r"[；;]")
MAX_LIST_ITEM = 12  # a keyword or a tag, not a clause


def is_word_list(value: str) -> bool:
    """`政府治理；基层治理；高质量发展；`: keywords or tags, not sentences joined by `；`."""
    items = [x.strip() for x in RE_LIST_SEP.split(value)]
    return len(items) >= 2 and all(len(x) <= MAX_LIST_ITEM and not RE_SENTENCE_END.search(x) for x in items)
