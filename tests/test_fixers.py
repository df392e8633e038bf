"""Each fixer: what it must change and what it must keep; fix_and_explain replays."""

from __future__ import annotations

import re

import pytest
from docclean import fixers as f
from docclean import tables

from tests.regex_tree import holds_one_of_strings


@pytest.mark.parametrize(("fixer", "before", "after"), [
    (f.remove_control_chars, "a\x00b\x07c\nd", "abc\nd"),
    (f.remove_zero_width, "扩大\u200b内\ufeff需\u00ad", "扩大内需"),
    (f.normalize_spaces, "X\u00a0\u00a0X\u3000Y\tZ", "X  X Y Z"),
    (f.map_lookalikes, "⽣活⼀⽅", "生活一方"),
    (f.map_lookalikes, "㈠加强领导", "（一）加强领导"),
    (f.halfwidth_alnum, "Ａ１级ｂ", "A1级b"),
    (f.cjk_punctuation, "同志们:今天,我们开会!好吗?是的;", "同志们：今天，我们开会！好吗？是的；"),
    (f.cjk_parentheses, "(一)加强领导(试行)", "（一）加强领导（试行）"),
    (f.cjk_parentheses, "(一）加强领导（九)项工作（…负责)", "（一）加强领导（九）项工作（…负责）"),
    (f.cjk_quotes, '他说"我们要努力"。', "他说“我们要努力”。"),
    (f.cjk_quotes, "所谓'三保'工作", "所谓‘三保’工作"),
    (f.cjk_ellipsis, "等等...还有。。。以及⋯⋯和…", "等等……还有……以及……和……"),
    (f.cjk_dash, "问题--根本", "问题——根本"),
    (f.remove_cjk_spaces, "讲 话稿和 “两 会” 。", "讲话稿和“两会”。"),
    (f.remove_cjk_spaces, "第一章\u3000总则", "第一章 总则"),
    (f.remove_cjk_spaces, "第三条   为了加强 管理", "第三条 为了加强管理"),
    (f.remove_cjk_latin_spaces, "2021 年 X 书记 3590 字", "2021年X书记3590字"),
    (f.add_cjk_latin_spaces, "2021年X书记", "2021 年 X 书记"),
    (f.collapse_spaces, " X    X  X ", "X X X"),
])
def test_fixer_changes(fixer, before, after):
    assert fixer(before) == after
    assert fixer(after) == after, "fixers are idempotent"


@pytest.mark.parametrize("keep", [
    "增长3.5%", "10:30开会", "http://a.b/c?d=1,2", "共1,000人", "The Art and Science of Book Publishing.",
    "Wait... what?", "拉萨—山南", "5—10年", "1-6月份", "X X X X", "e-mail: a@b.cn", "(see note)",
    'He said "yes".', "f(x) = (a+b）",
])
def test_fixers_keep_latin_context(keep):
    text, steps = f.fix_and_explain(keep)
    assert text == keep, steps


def test_english_sentence_inside_chinese_keeps_its_punctuation():
    text, _ = f.fix_and_explain("他说：Hello, world! 然后离开。")
    assert "Hello, world!" in text


def test_fix_and_explain_reports_steps_that_replay():
    messy = "同志们:\u200b今天 开会,增长3.5%(预计)..."
    fixed, steps = f.fix_and_explain(messy)
    assert fixed == "同志们：今天开会，增长3.5%（预计）……"
    assert "cjk_punctuation" in steps and "remove_zero_width" in steps
    assert f.apply_steps(messy, steps) == fixed
    assert f.fix_and_explain(fixed) == (fixed, [])


def test_long_dash_runs_keep_their_meaning():
    from docclean.fixers import cjk_dash

    assert cjk_dash("-" * 100_000) == "-" * 100_000  # no CJK beside it: left alone (and fast: make bench)
    assert cjk_dash("中" + "-" * 1000 + "文") == "中——文"
    assert cjk_dash("a--中") == "a——中" and cjk_dash("a--b") == "a--b"


def test_join_lines_on_many_lines():
    from docclean.passes.wrapped import join_lines

    assert join_lines(["一行"] * 50_000) == "一行" * 50_000
    assert join_lines(["inter-", "national", "trade", "中文", " "]) == "international trade中文"


# --- The fast forms are exact ---------------------------------------------------------------
# The fixers' patterns start with their literal and look behind afterwards, and skip a text
# by an `in` test when it cannot match: here each is checked against its plain form (as it
# was written before) on the samples, ../shared's texts and fuzzed lines.

def _plain_punct(e: str) -> str:
    """The rule written look-behind first: beside CJK on the left, or CJK ahead and no Latin word
    before it unless CJK stands before that word (`热爱X,把`)."""
    cjk = tables.CJK
    embedded = "|".join(f"(?<=[{cjk}][A-Za-z]{{{n}}})" for n in range(1, f.MAX_EMBEDDED_LATIN + 1))
    return f"(?<=[{cjk}]){e}|(?:(?<![A-Za-z])|{embedded}){e}(?= *[{cjk}])"


def _plain_forms() -> dict[str, tuple[re.Pattern[str], re.Pattern[str], str]]:
    CJK, LATIN, FW = tables.CJK, tables.LATIN, f._FW_PUNCT
    plain = {
        "cjk_space": (re.compile(f"(?<=[{CJK}]) +(?=[{CJK}])"), f._RE_CJK_SPACE, ""),
        "punct_space": (re.compile(f"(?<=[{FW}]) +| +(?=[{FW}])"), f._RE_PUNCT_SPACE, ""),
        "cjk_latin_space": (re.compile(f"(?<=[{CJK}]) +(?=[{LATIN}%])|(?<=[{LATIN}%]) +(?=[{CJK}])"),
                            f._RE_CJK_LATIN_SPACE, ""),
        "multi_space": (re.compile(r"(?<=\S) {2,}(?=\S)"), f._RE_MULTI_SPACE, " "),
        "dash": (re.compile(f"(?<=[{CJK}])(?:-{{2,}}|－{{2,}}|―{{2,}}|—―|―—)|(?<!-)-{{2,}}(?=[{CJK}])"
                            f"|(?<!－)－{{2,}}(?=[{CJK}])|(?<!―)―{{2,}}(?=[{CJK}])"), f._RE_DASH, "——"),
    }
    for h in f._PUNCT:
        e = re.escape(h)
        plain[f"punct {h}"] = (re.compile(_plain_punct(e)), f.punct_regex(h),
                               f._PUNCT[h])
    return plain


def _plain_punctuation(text: str, table: dict[str, str]) -> str:
    for h, full in table.items():
        e = re.escape(h)
        text = re.sub(_plain_punct(e), full, text)
    return text


@pytest.mark.parametrize("table", [
    {",": "，", ";": "；", ":": "：", "?": "？", "!": "！"},   # the shipped table
    {"!": "！", "?": "？", ":": "：", ",": "，"},              # another order: earlier marks are context
    {",": "，", "a": "Ａ", "(": "（"},                          # a letter and a bracket as marks
    {",": "，", "...": "……"},                                  # a mark of three characters
    {",": " "},                                                # a space as the full form
])
def test_punctuation_is_the_sequence_of_plain_regexes(texts, table):
    shipped = dict(f._PUNCT)
    try:
        f.set_punct_table(table)
        for t in texts:
            for line in (t, *t.split("\n")[:200]):
                assert f.cjk_punctuation(line) == _plain_punctuation(line, table), line
    finally:
        f.set_punct_table(shipped)


def _texts() -> list[str]:
    from tests.conftest import SAMPLES, SHARED
    from tests.fuzz.lines import fuzz_text

    out = [p.read_text(encoding="utf-8") for p in sorted((SAMPLES / "raw").glob("*.txt"))]
    out += [p.read_text(encoding="utf-8", errors="replace")
            for p in sorted((SHARED / "corpus").rglob("*.txt"))[:40]] if SHARED.exists() else []
    out += [fuzz_text(seed) for seed in range(300)]
    out += ["中 ", " 中", "  ", "中  。", "a  。", "，  中", "中 , 中", ",中", "a,中", "中:", "x- -中", "--中", "中--"]
    out += ["中---中", "a---中", "中----a", "-－－中", "中－－－", "――中", "中――――x", "中—―", "x—―中", "中―—",
            "―—中", "中―――—", "-中--", "中-", "—――中", "中―—―", "－－", "中－-－中"]  # dash runs
    return out


@pytest.fixture(scope="module")
def texts() -> list[str]:
    return _texts()


def test_fast_patterns_match_their_plain_forms(texts):
    for name, (plain, fast, repl) in _plain_forms().items():
        for t in texts:
            for line in (t, *t.split("\n")[:200]):
                assert fast.sub(repl, line) == plain.sub(repl, line), (name, line)


def test_halfwidth_alnum_is_the_table_translate(texts):
    """Translating only the runs of full-width letters and digits is the whole text's
    translate: the class the runs are made of is exactly the table's keys."""
    keys = {chr(k) for k in tables.FULLWIDTH_ALNUM}
    assert keys == {chr(c) for c in range(0x10000) if tables.RE_FULLWIDTH_ALNUM.match(chr(c))}
    for t in [*texts, "Ａ１中ｂ２　ｚ９", "ＡＢＣ", "中Ｚ", "ａ"]:
        for line in (t, *t.split("\n")[:200]):
            assert f.halfwidth_alnum(line) == line.translate(tables.FULLWIDTH_ALNUM), line


@pytest.mark.parametrize(("pattern", "needs"), [(f._RE_ELLIPSIS, f._ELLIPSIS_NEEDS), (f._RE_DASH, f._DASH_NEEDS)])
def test_every_match_holds_one_of_the_needs_written_beside_the_pattern(pattern, needs):
    """Read from the pattern's parse tree: a branch added to `_RE_ELLIPSIS` or `_RE_DASH`
    without its literal in the needs (or a need dropped) fails here, whatever the texts."""
    assert holds_one_of_strings(pattern, needs)
    for k in range(len(needs)):  # each need answers for a branch no other one does
        assert not holds_one_of_strings(pattern, needs[:k] + needs[k + 1:]), needs[k]
    assert not holds_one_of_strings(re.compile(r"\.{2,}|…+"), ("...", "…"))  # the check can fail


@pytest.mark.parametrize(("fixer", "needs", "mark"), [(f.cjk_ellipsis, f._ELLIPSIS_NEEDS, "……"),
                                                     (f.cjk_dash, f._DASH_NEEDS, "——")])
def test_each_need_between_chinese_gets_past_the_fixers_written_out_gate(fixer, needs, mark):
    """`cjk_ellipsis` and `cjk_dash` test their needs written out by hand (each first character
    first): a need alone between two ideographs is a match they replace, so a need added
    beside the pattern and not to the written-out test leaves it unchanged and fails here."""
    for n in needs:
        assert fixer("中" + n + "文") == "中" + mark + "文", n


def test_in_gates_skip_only_texts_the_pattern_cannot_change(texts):
    gates = [(f._RE_DASH, "——", lambda t: any(x in t for x in f._DASH_NEEDS)),
             (f._RE_ELLIPSIS, "", lambda t: any(x in t for x in f._ELLIPSIS_NEEDS)),
             (f._RE_CJK_LATIN_GAP, " ", lambda t: f._RE_LATIN_OR_PERCENT.search(t) is not None),
             (re.compile(r"(?<=\S) {2,}(?=\S)"), " ", lambda t: "  " in t)]
    assert all(any(c in n for c in "-－―") for n in f._DASH_NEEDS)  # cjk_dash's one-character tests first
    for rx, repl, gate in gates:
        for t in texts:
            for line in (t, *t.split("\n")[:200]):
                if not gate(line):
                    assert rx.sub(repl, line) == line, (rx.pattern, line)


def test_a_short_latin_word_inside_chinese_takes_full_width_punctuation_english_keeps_ascii() -> None:
    from docclean.fixers import cjk_punctuation

    assert cjk_punctuation("热爱X,把事关") == "热爱X，把事关"
    assert cjk_punctuation("使用App,提高效率") == "使用App，提高效率"
    assert cjk_punctuation("Hello, world! 然后") == "Hello, world! 然后"
    assert cjk_punctuation("1,000元") == "1,000元"


def test_pair_substitutions_from_their_bracket_are_re_sub(texts):
    """`sub_near` starts each search one character before the next `(` or `"`: the same matches,
    and the same calls, as `re.sub` trying every character, on texts thick with brackets and
    quotes, nested, unclosed and across newlines."""
    import random

    rng = random.Random(7)
    extra = ["".join(rng.choice('中a(（)）"”\n x，.') for _ in range(rng.randrange(1, 60))) for _ in range(800)]
    for pattern, literal in ((f._RE_PAREN_PAIR, "("), (f._RE_DQUOTE_PAIR, '"')):
        for t in [*texts, *extra]:
            for line in (t, *t.split("\n")[:200]):
                plain: list[tuple[int, int]] = []
                ours: list[tuple[int, int]] = []
                expected = pattern.sub(lambda m, seen=plain: (seen.append(m.span()), "<>")[1], line)
                got = f.sub_near(pattern, lambda m, seen=ours: (seen.append(m.span()), "<>")[1], line, literal, 1)
                assert got == expected and ours == plain, (pattern.pattern, line)
