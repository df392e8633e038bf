"""The page pass's cheap gates: a character test before a regex answers only when the regex
could not match without that character. Each gate's characters are checked against the
regex's own parse tree, so a separator added to a pattern without its gate fails here."""

from __future__ import annotations

import re

import pytest
from docclean import webfields, websuffix, webui
from docclean.literals import required
from docclean.page import lines
from docclean.rules import load_rules

from tests.regex_tree import holds_one_of


@pytest.mark.parametrize(("pattern", "chars"), [
    (websuffix.RE_TITLE_SEP, websuffix.TITLE_SEP_CHARS),
    (webui.RE_BREADCRUMB_SEP, webui.CRUMB_SEP_CHARS),
    (webfields.RE_FIELD_MARK, "：:】"),
    (lines.RE_WEB_ADDRESS, ".:"),
    (websuffix.RE_BRACKET_SUFFIX, "】"),
    (websuffix.RE_BRACKET_PREFIX, "】"),
])
def test_a_gate_holds_a_character_every_match_needs(pattern: re.Pattern[str], chars: str):
    assert holds_one_of(pattern, chars)


def test_the_check_fails_a_gate_that_misses_a_branch():
    assert not holds_one_of(websuffix.RE_TITLE_SEP, websuffix.TITLE_SEP_CHARS.replace("_", ""))
    assert not holds_one_of(re.compile(r"a|\w"), "a")


@pytest.mark.parametrize("name", ["RE_DATE", "RE_ISO_STAMP", "RE_ISSUE", "RE_PAPER_STAMP", "RE_DATED_TOKENS",
                                  "RE_WEEKDAY_DATE", "RE_DAY_FIRST", "RE_ORDINAL_DATE", "RE_DATED_COMMENTS",
                                  "RE_MINGUO_WEEKDAY_DATE", "RE_DATE_RANGE"])
def test_every_stamp_form_holds_a_year(name: str):
    """is_stamp_line answers False for a line without `19`, `20` or `民` (a Minguo year): each form it
    accepts needs one."""
    needs = required(getattr(webfields if hasattr(webfields, name) else webui, name).pattern)
    assert needs is not None and all("19" in n or "20" in n or "民" in n for n in needs)


def test_the_gated_judges_still_tell_apart():
    web = load_rules().web
    assert web is not None
    assert webfields.is_stamp_line("原创 某某 2021-10-12 07:24")
    assert not webfields.is_stamp_line("原创 某某 十月十二日")
    assert webui.is_banner("某某新闻网 | 权威发布", web)
    assert not webui.is_banner("某某新闻网权威发布", web)
    assert webui.is_breadcrumb("首页 > 要闻 > 正文", web)
    assert not webui.is_breadcrumb("首页要闻", web)  # (`首页要闻正文` reads as a trail that lost its marks)
    assert websuffix.split_site_suffix("某某县召开全县经济工作会议_某某新闻网", web) is not None
    assert websuffix.split_site_suffix("某某县召开全县经济工作会议某某新闻网", web) is None
    assert [m.label for m in webfields.label_marks("来源：某某日报 作者：某某", web)] == ["来源", "作者"]
    assert webfields.label_marks("他说：我们要继续努力", web) == []
    assert webui.is_count_line("12页 62474次阅读 106次下载")
    assert not webui.is_count_line("次阅读 次下载")
    assert webui.is_count_line("153阅读") and webui.is_count_line("浏览58964次")
    assert not webui.is_count_line("阅读") and not webui.is_count_line("浏览次")


def test_site_cut_without_a_separator_answers_as_split_site_suffix():
    from docclean.model import Block, Kind
    from docclean.page.lines import Group
    from docclean.page.titleline import elsewhere, head_words, site_cut

    web = load_rules().web
    assert web is not None
    texts = ["【工作总结】某某县召开全县经济工作会议", "某某县召开全县经济工作会议【某某吧】", "某某县召开全县经济工作会议_某某新闻网",
             "某某县召开全县经济工作会议", "某某新闻网 首页 要闻"]
    head = [Group([Block(Kind.LINE, t)]) for t in texts]
    got = [site_cut(g.text, g.blocks[0], head, web, "") for g in head]
    assert got == [split for g in head for split in
                   [websuffix.split_site_suffix(g.text, web, head_words(head, g.blocks[0]), elsewhere(head, g.blocks[0], ""))]]
    assert got[0] is not None and got[1] is not None and got[2] is not None and got[3] is None


def test_is_prose_by_halves_answers_as_the_whole_line_encoded():
    """A long line is judged by its first half when that half alone holds enough wide characters;
    the answer must be the whole line's: the share of three-byte characters against 0.4."""
    import random

    def whole(text: str) -> bool:
        t = text.strip()
        if len(t) < 16 or not webui.RE_PROSE_PUNCT.search(t):
            return False
        return (len(t.encode("utf-8")) - len(t)) / 2 >= 0.4 * len(t)

    pool = ["a", " ", "，", "中", "ā", "é", "😀", "1", ".", "。", "Ω"]
    rnd = random.Random(13)
    seen = set()
    for _ in range(5000):
        n = rnd.choice([16, webui.MIN_PROSE_HALF - 1, webui.MIN_PROSE_HALF, webui.MIN_PROSE_HALF + 1, 401, 1001])
        s = "".join(rnd.choices(pool, weights=[rnd.random() for _ in pool], k=n))
        assert webui.is_prose(s) == whole(s), s
        seen.add(whole(s))
    assert seen == {True, False}  # (both answers were met)
    assert webui.is_prose("中" * 150 + "，" + "a" * 150)  # the whole line just holds enough
    assert not webui.is_prose("中" * 100 + "，" + "a" * 200)


def test_a_breadcrumb_is_never_longer_than_its_gate():
    """Callers skip the separator scan of a line over MAX_CRUMB_LINE: no such line is a trail."""
    web = load_rules().web
    short = "首页 > 时政新闻 > 某某被骗上百万，警方提醒"
    assert webui.is_breadcrumb(short, web)
    assert not webui.is_breadcrumb("首页 > 时政新闻 > " + "某" * webui.MAX_CRUMB_LINE, web)


def test_mark_positions_are_the_field_mark_matches():
    """label_marks walks the marks `str.find` finds: the same places as RE_FIELD_MARK's matches."""
    assert set(webfields.FIELD_MARKS) == set(webfields.RE_FIELD_MARK.pattern[1:-1])
    for t in ["", "无标记的一行", "来源：某报 作者:某某【 编 辑 】某某", "：:】" * 3, "他说：“好。”" * 40 + "】"]:
        assert webfields.mark_positions(t) == [m.start() for m in webfields.RE_FIELD_MARK.finditer(t)]


def test_a_count_clock_or_date_token_opens_with_a_decimal():
    """is_ui_only fullmatches a token as a count, clock or date only when it opens with a digit:
    each pattern's first item is `\\d` (or `19|20`), and `\\d` is what isdecimal() accepts."""
    import sys

    digit = re.compile(r"\d")
    assert all(bool(digit.fullmatch(chr(i))) == chr(i).isdecimal() for i in range(sys.maxunicode + 1))
    for pattern in (webui.RE_COUNT, webui.RE_CLOCK, webui.RE_DATE):
        assert all(not pattern.match(c + "1234年5月6日") for c in "a中，-（ ")
        assert pattern.match("2024年5月6日" if pattern is webui.RE_DATE else "12:30")
    web = load_rules().web
    assert webui.is_ui_only("下载 12:30 2024-01-02 56次", web)
    assert not webui.is_ui_only("下载 某某某 另一个", web)


def test_the_document_own_line_and_the_date_gates():
    """weak_rule searches RE_DOC_OWN only in a line holding 附 or 号, and make_groups fullmatches
    RE_DATE only on a line opening with 19 or 20: every match holds them."""
    from docclean.page import edges

    assert holds_one_of(edges.RE_DOC_OWN, "附号")
    assert webui.RE_DATE.pattern.startswith("(?:19|20)")
    assert edges.RE_DOC_OWN.search("附件：") and edges.RE_DOC_OWN.search("某政发〔2024〕3号")


def test_an_image_name_holds_a_dot_or_tu_or_opens_with_an_image_word():
    """strong() fullmatches RE_IMAGE_NAME only on a line holding `.` or `图`, or opening with a
    letter `(?i:image|img|picture|photo)` opens with (its case-folded forms included; no astral
    character folds to a Latin one)."""
    words = re.compile(r"(?i:image|img|picture|photo)")
    assert {c for c in map(chr, range(0x10000)) if any(words.match(c + w) for w in ("mage", "mg", "icture", "hoto"))} \
        == set(lines.IMAGE_WORD_FIRST)
    from tests.fuzz.lines import fuzz_text

    texts = ["IMG_2034.JPG (86.2 KB, 下载次数: 0)", "截屏2022-11-15 下午1.25.57.jpg", "image", "Photo12", "ımage",
             "[图片]", "配图3", "请将照片命名为姓名.jpg"] + [x for seed in range(60) for x in fuzz_text(seed).split("\n")]
    matched = 0
    for t in texts:
        if lines.RE_IMAGE_NAME.fullmatch(t):
            matched += 1
            assert "." in t or "图" in t or t[:1] in lines.IMAGE_WORD_FIRST, t
    assert matched >= 6


def test_is_code_with_its_ascii_bound_answers_as_the_utf8_count():
    """is_code's first bound (each non-ASCII character at least half a wide one) answers False only
    where the UTF-8 count does: lines at the bound's edge (two-byte letters, CJK, emoji), fuzzed lines."""
    from tests.fuzz.lines import fuzz_text

    def reference(text: str) -> bool:
        t = text.strip()
        if not t or len(t) > lines.MAX_CODE_LINE:
            return False
        if lines.RE_CODE_START.match(t):
            return True
        if len(t) < lines.MIN_STATEMENT or (t[0] in "(（" and (webui.RE_DATE.search(t)
                                                              or lines.RE_BRACKETED_URL.fullmatch(t))):
            return False
        wide = (len(t.encode("utf-8")) - len(t)) / 2
        return len(t) - wide >= lines.MIN_CODE_ASCII * len(t) and lines.RE_CODE_END.search(t) is not None

    texts = [a + b for a in ("f(x);", "x = 1;", "foo(bar);", "ab;") for b in ("", "é", "éé", "ßüö", "中", "中文", "😀", "éé中")]
    texts += [x for seed in range(60) for x in fuzz_text(seed).split("\n")]
    assert any(reference(t) for t in texts) and not all(reference(t) for t in texts)
    for t in texts:
        assert lines.is_code(t) == reference(t), t
