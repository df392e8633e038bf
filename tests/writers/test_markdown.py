"""Front matter: PyYAML's safe dumper writes it, so yaml.safe_load reads every title back."""

from __future__ import annotations

import re

import pytest
import yaml
from docclean import clean_text
from docclean.model import Block, Document, Kind, Metadata
from docclean.writers.markdown import front_matter, split_front_matter

TITLES = ["会议纪要: 第3次", "第#1号 文件", "标题\t含制表符", "yes", "on", "12:30", "2021", "- 开头是横线", "'引号' \"双引号\"",
          "null", "0x1F", "1e3", "---", "[方括号]", "标题 #注释"]


@pytest.mark.parametrize("title", TITLES)
def test_any_title_round_trips_through_safe_load(title: str):
    doc = Document([Block(Kind.TITLE, title, 1)], Metadata(title=title, date="2022-02-24", source="a: b.txt",
                                                           truncated=True, extra={"publisher": "yes"}))
    fm = front_matter(doc)
    data = yaml.safe_load(fm.strip().strip("-"))
    assert data["title"] == title
    assert str(data["date"]) == "2022-02-24" and data["source"] == "a: b.txt" and data["truncated"] is True
    assert data["publisher"] == "yes"
    assert list(data) == ["title", "date", "source", "truncated", "publisher"]  # OUTPUT.md's order
    read, rest = split_front_matter(fm + "# x\n")
    assert read["title"] == title and read["date"] == "2022-02-24" and rest == "# x\n"


def test_plain_values_stay_plain():
    fm = front_matter(Document([], Metadata(title="在全县市考指标推进暨项目建设工作会议上的讲话", date="2022-02-24",
                                            source="000_71e49de2abe18cdc.txt")))
    assert fm == "---\ntitle: 在全县市考指标推进暨项目建设工作会议上的讲话\ndate: 2022-02-24\nsource: 000_71e49de2abe18cdc.txt\n---\n"


def test_a_converted_output_reads_its_own_front_matter_back():
    """Converting an output again keeps the metadata (the text reader parses with safe_load)."""
    md = "---\ntitle: 'yes'\ndate: 2022-02-24\nsource: \"a\\tb.txt\"\n---\n# yes\n\n正文第一段内容。\n"
    res = clean_text(md)
    assert res.meta.title == "yes" and res.meta.date == "2022-02-24" and res.meta.source == "a\tb.txt"


def test_split_without_front_matter():
    assert split_front_matter("正文\n---\n") == ({}, "正文\n---\n")
    assert split_front_matter("---\n: : bad [\n---\n正文\n")[1].startswith("---")  # not YAML: text, not metadata


def test_libyaml_is_used_only_where_it_writes_what_the_python_emitter_writes():
    """front_matter picks libyaml's dumper for text it writes byte for byte like PyYAML's
    Python emitter; fuzzed titles (YAML indicators, resolver look-alikes, NEL, BOM, astral
    characters, controls) must come out the same either way."""
    import datetime as dt
    import random

    from docclean.writers.markdown import _dumper

    from tests.fuzz.lines import ALPHABET

    if not hasattr(yaml, "CSafeDumper"):
        pytest.skip("PyYAML without libyaml")
    kw = {"allow_unicode": True, "sort_keys": False, "width": 1 << 30, "default_flow_style": False}
    rng = random.Random(7)
    alpha = ALPHABET + "#:-?[]{}&*!|>'\"%@`,=~ \n\t\r\u2028\u2029\u0085\ufeff\U00020000\ue000\x7f\x9f"
    values = ["yes", "No", "~", "null", "1.5", "0x1F", "1_000", "2022-02-24", "12:30", "- a", "? x", "a: b",
              "a #b", "#x", " lead", "trail ", "<<", "=", "0_000_71e49de2abe18cdc.txt", ".inf", "-.5", "", "国 "]
    values += ["".join(rng.choice(alpha) for _ in range(rng.randrange(1, 30))) for _ in range(2000)]
    fast = 0
    for v in values:
        data = {"title": v, "date": dt.date(2022, 2, 24), "source": "a.txt", "truncated": True, "author": v}
        dumper = _dumper(data)
        fast += dumper is yaml.CSafeDumper
        assert yaml.dump(data, Dumper=dumper, **kw) == yaml.safe_dump(data, **kw), v
    assert fast > len(values) // 3  # most values take the fast path


def test_plain_blocks_are_what_pyyaml_writes():
    """The block written without PyYAML (plain keys and values, `true`, dates) is byte for byte
    PyYAML's, on YAML indicators, resolver look-alikes (`yes`, `1_000`, `12:30`, `.inf`, dates),
    CJK titles, file names and fuzzed text; and it does not refuse the common cases."""
    import datetime as dt
    import random

    from docclean.writers.markdown import _plain_block

    from tests.fuzz.lines import ALPHABET, fuzz_text

    kw = {"allow_unicode": True, "sort_keys": False, "width": 1 << 30, "default_flow_style": False}
    rng = random.Random(11)
    alpha = ALPHABET + "#:-?[]{}&*!|>'\"%@`,=~ ._()/+\n\t\u3000\u2028\ufeff\U00020000"
    values = [*TITLES, "yes", "No", "OFF", "~", "null", "Null", "1.5", "1.", "-.5", ".5e+3", "+.inf", ".NaN", "0x1F",
                       "0b101", "0777", "1_000", "190:20:30", "190:20:30.15", "2022-02-24", "2022-2-4 1:02:03",
                       "2001-12-14t21:59:43.10-05:00", "12:30", "- a", "-a", ".a", "...", "a.", "a-", "(a)", "<<", "=",
                       "0_000_71e49de2abe18cdc.txt", "000_71e49de2abe18cdc.txt", "report (1).docx", "a/b", "国 ",
                       " 国", "国  家", "", "y", "n", "on1", "第1-2页", "《标题》", "——", "…", "中·文", "１２３"]
    values += ["".join(rng.choice(alpha) for _ in range(rng.randrange(1, 20))) for _ in range(3000)]
    values += [line.strip() for seed in range(20) for line in fuzz_text(seed).split("\n")[:50]]
    plain = 0
    for v in values:
        for data in ({"title": v, "date": dt.date(2022, 2, 24), "source": "a.txt", "truncated": True},
                     {"title": "标题", "source": v}, {v: "x"} if v else {"x": v}):
            body = _plain_block(data)
            if body is not None:
                plain += 1
                assert body == yaml.safe_dump(data, **kw), (v, data)
                assert body == yaml.dump(data, Dumper=getattr(yaml, "CSafeDumper", yaml.SafeDumper), **kw), v
    assert plain > 1000  # many take it (the byte-identity checks above ran on them)
    assert _plain_block({"title": "在全县市考指标推进暨项目建设工作会议上的讲话", "date": dt.date(2022, 2, 24),
                         "source": "000_71e49de2abe18cdc.txt"}) is not None
    assert _plain_block({"title": "yes"}) is None and _plain_block({"title": "a: b"}) is None


def test_escape_marks_only_a_leading_number_with_a_dot_as_text():
    """`1. ` at a paragraph's start would be read as a list item: escaped (`1\\.`); a number
    elsewhere, a decimal, a date or `1.` glued to text stay as written."""
    from docclean.writers.markdown import escape

    assert escape("1. 总体要求") == "1\\. 总体要求"
    assert escape("12.") == "12\\."
    assert escape("2024.\n续") == "2024\\.\n续"
    assert escape("# 标题") == "\\# 标题" and escape("- 项") == "\\- 项"
    for kept in ("1.5亿元", "一、总体要求", "共有1. 项", "2024.5.1", "1、2、3", ""):
        assert escape(kept) == kept


def test_escape_asks_its_patterns_only_of_a_text_starting_as_one_of_their_matches():
    """The first-character test before the two patterns: every code point, followed by what
    completes each pattern, is escaped as the patterns alone escape it."""
    from docclean.writers.markdown import RE_NEEDS_ESCAPE, RE_ORDERED, escape

    def plain(text: str) -> str:
        if RE_NEEDS_ESCAPE.match(text):
            return "\\" + text
        return RE_ORDERED.sub(r"\1\\.", text) if RE_ORDERED.match(text) else text

    for cp in [*range(0xD800), *range(0xE000, 0x10000), 0x104A0, 0x1D7CE, 0x1E950, 0x20000]:  # (astral digits too)
        c = chr(cp)
        for t in (c + " 文", c + ". 文"):
            assert escape(t) == plain(t), repr(t)
    assert escape("") == ""


def test_the_first_character_test_is_the_escape_patterns_first_characters():
    """`escape`'s `_SYNTAX_FIRST` (and `isdecimal`) against the first characters the two
    patterns' parse trees allow: a syntax added to RE_NEEDS_ESCAPE without its first character
    in `_SYNTAX_FIRST` fails here."""
    from docclean.writers import markdown

    from tests.regex_tree import DIGIT, first_chars

    assert first_chars(markdown.RE_NEEDS_ESCAPE) == set(markdown._SYNTAX_FIRST)
    assert first_chars(markdown.RE_ORDERED) == {DIGIT}
    assert first_chars(re.compile(r"^(?:[#>|]|~~~)")) != set(markdown._SYNTAX_FIRST)  # the check can fail
