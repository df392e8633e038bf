"""A <title> line's site suffix (`标题_栏目_某某网`, `标题 - 某某网`, `【工作总结】标题`): where
the title ends and the site's name and columns begin."""

from __future__ import annotations

import re

from .cache import rx
from .weblexicon import WebRules
from .webui import is_issuer, is_site_name

# `标题_站名`, `标题 - 站名`, `标题——站名`, `标题 -某大学`
RE_TITLE_SEP = rx.compile(r"\s*(?:_|\s[-–—|｜]\s|[|｜]|--|——|(?<=\S)[-–—](?=\S)|(?<=\s)-(?=\S))\s*")
# `标题【某某吧】`, `【工作总结】标题`: a column or site in brackets at either end of a <title> line
RE_BRACKET_SUFFIX = rx.compile(r"(?P<title>.{8,}?)\s*(?P<cut>【[^【】]{1,8}】)$")
RE_BRACKET_PREFIX = rx.compile(r"(?P<cut>【[^【】]{1,8}】)\s*(?P<title>.{8,})$")
TITLE_SEP_CHARS = "_-–—|｜"  # every RE_TITLE_SEP match holds one
MAX_COLUMN = 10
MIN_PREFIXED_TITLE = 8  # a column name between a title and its site: `标题_理论学习_某某网`


def shown_elsewhere(part: str, elsewhere: str) -> bool:
    """A suffix the page prints on another line (`华辰能源集团有限公司` in its copyright line):
    the site's name, whatever its wording. Its Chinese core decides (`…公司HUACHEN ENERGY`)."""
    m = RE_CJK_CORE.match(part.strip().strip("《》〈〉【】"))  # `——《基层治理研究》`: a journal's name
    return m is not None and m.group() in elsewhere


RE_CJK_CORE = rx.compile(r"[\u4e00-\u9fff]{4,}")
RE_LATIN_TAIL = rx.compile(r"\s*[A-Za-z][A-Za-z.,&'’ -]*$")  # an office's or company's English name after its own


def split_bracketed(title: str) -> tuple[str, str] | None:
    """`标题【某某吧】`, `【工作总结】标题`: a column or site in brackets at either end of a <title> line."""
    if "】" not in title:
        return None  # (both forms close their bracket: most lines)
    for rx_ in (RE_BRACKET_SUFFIX, RE_BRACKET_PREFIX):
        if (m := rx_.fullmatch(title.strip())) is not None and "【" not in m.group("title"):
            return m.group("title").strip(), m.group("cut")
    return None


def split_site_suffix(title: str, web: WebRules, known: tuple[str, ...] = (),
                      elsewhere: str = "") -> tuple[str, str] | None:
    """`标题_栏目_某某网` -> (`标题`, `_栏目_某某网`) when a part after a separator is a site's
    name (by its wording, or one the page shows elsewhere) and the parts before it are short."""
    t = title.strip()
    seps = list(RE_TITLE_SEP.finditer(t)) if any(c in t for c in TITLE_SEP_CHARS) else []  # (most lines: none)
    if not seps:
        return split_bracketed(t)
    parts = [t[: seps[0].start()]] + [t[a.end(): b.start() if b else len(t)]
                                       for a, b in zip(seps, [*seps[1:], None], strict=True)]
    if (len(parts) >= 2 and len(parts[0].strip()) >= 4
            and (is_site_name(parts[0].strip(), web) or parts[0].strip() in known)
            and all(x.group().strip() in ("-", "_", "|", "｜") for x in seps)
            and all(len(x.strip()) <= MAX_COLUMN for x in parts[1:-1])
            and len(parts[-1].strip()) >= MIN_PREFIXED_TITLE):
        head = t[:seps[-1].end()]  # `某某镇人民政府-标题`, `某某BBS - 栏目 - 标题`: the site's name before the title
        return t[seps[-1].end():].strip(), head
    if len(parts[0].strip()) < 4:
        return None
    for k in range(1, len(parts)):
        p = parts[k].strip()
        site = is_site_name(p, web) or p in known or re.match(r"(?i)powered by", p) or shown_elsewhere(p, elsewhere) \
            or is_issuer(RE_LATIN_TAIL.sub("", p), web)  # `标题 - 某某新闻局`, `标题 - 某某公司 SOME CO.`
        if site and all(len(x.strip()) <= MAX_COLUMN for x in parts[1:k]):
            return parts[0].strip(), t[seps[0].start():]
        if len(p) > MAX_COLUMN:
            return None
    return None
