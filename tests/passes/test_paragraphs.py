"""Paragraph recovery: flattened and hard-wrapped text are reflowed, line-per-paragraph kept."""

from __future__ import annotations

import re

from docclean import clean_text
from docclean.passes.flattened import split_flattened

# A paragraph set 20 cells wide with a 2-cell indent, as a PDF would lay it out.
P1 = "今天举办全市学习会，围绕进一步做好人大办公室工作进行学习、交流和研讨，很有必要。昨天围绕当前经济形势安排了两场讲座。"
P2 = "近年来，在市委和各级党委的正确领导下，全市各级人大紧紧围绕建设目标，依法履行职责，积极主动作为，做了大量工作。"
P3 = "一、切实提高思想认识"
P4 = "扎实推进经济高质量发展，产业是基础，项目是根本。全县各级党员干部必须始终坚持将项目建设作为推动发展的关节点。"


# Real paragraphs are several lines long; make these so, with a short last line.


def _lengthen(p: str) -> str:
    p = p[:-1] + "，" + p
    while not 1 <= (len(p) - 18) % 20 <= 14:  # the last line (after an 18-cell first line) is short
        p = p[:-2] + "。"
    return p


P1, P2, P4 = (_lengthen(p) for p in (P1, P2, P4))


def wrap(par: str, width: int = 20, indent: int = 2) -> list[str]:
    lines, first = [], width - indent
    lines.append(par[:first])
    rest = par[first:]
    while rest:
        lines.append(rest[:width])
        rest = rest[width:]
    return lines


def flattened(*pars: str) -> str:
    return " ".join(line for p in pars for line in wrap(p))


def blocks(md: str) -> list[str]:
    return [b.strip() for b in md.split("---\n")[-1].split("\n\n") if b.strip()]


def test_flattened_text_is_split_and_reflowed():
    text = "标题\n" + flattened(P1, P2, P3, P4, P2, P1) + "\n"
    got = blocks(clean_text(text).markdown)
    assert got[1:] == [P1, P2, "## " + P3, P4, P2, P1]


def test_full_line_ending_a_sentence_does_not_end_a_paragraph():
    # P1 wraps so that a full line ends in '。' in the middle of the paragraph.
    par = "一二三四五六七八九十一二三四五六七。" + "甲乙丙丁戊己庚辛壬癸甲乙丙丁戊己庚辛壬。" + "这是下一句的开头部分，后面还有更多的内容要说。"
    text = "标题\n" + flattened(par, P2, P4, P1) + "\n"
    got = blocks(clean_text(text).markdown)
    assert got[1:] == [par, P2, P4, P1]


def test_split_keeps_spaces_between_latin_words_and_closes_spurious_ones():
    line = flattened(P1, P2, P4, P1).replace("全市学习会", "全市 2021 年学习会") + " The Art and Science 之书"
    segs = split_flattened(line)
    assert segs is not None
    assert any("全市2021年学习会" in s for s in segs)
    assert any("The Art and Science" in s for s in segs)


def test_ordinary_long_line_is_not_taken_for_a_flattened_page():
    assert split_flattened(P1 * 5) is None
    assert split_flattened("标签： 经济 社会 文化 生态 政治 党建 " + P1 * 3) is None


def test_hard_wrapped_text_with_indents_is_rejoined():
    lines = []
    for p in (P1, P2, P4):
        first, *rest = wrap(p)
        lines += ["\u3000\u3000" + first, *rest]
    text = "标题\n" + "\n".join(lines) + "\n"
    got = blocks(clean_text(text).markdown)
    assert got[1:] == [P1, P2, P4]


def test_one_paragraph_per_line_is_kept_as_is():
    text = "标题\n" + "\n".join([P1, "同志们：", P2, P4]) + "\n"
    assert blocks(clean_text(text).markdown)[1:] == [P1, "同志们：", P2, P4]


def _expected_blocks(name: str) -> list[str]:
    import re

    from tests.conftest import SAMPLES
    body = (SAMPLES / "expected" / f"{name}.md").read_text(encoding="utf-8").split("---\n")[-1]
    return [re.sub(r"^#+ ", "", b) for b in body.split("\n\n") if b.strip()]


def test_paragraphs_joined_by_spaces_are_split_back_and_the_first_piece_is_the_title():
    blocks = _expected_blocks("004_89e926f9da817b36")
    r = clean_text("某某文库 - 海量文档\n" + " ".join(blocks) + "\n")
    out = [b for b in r.markdown.split("---\n")[-1].split("\n\n") if b.strip()]
    assert [re.sub(r"^#+ ", "", b) for b in out] == blocks
    assert out[0] == "# " + blocks[0] and r.meta.title == blocks[0]


def test_spaces_inside_sentences_do_not_make_paragraphs():
    # gaps inside sentences (a Latin word, a name) are no paragraph breaks: the line stays one paragraph
    text = "今天 我们召开会议 主要任务是 总结去年工作 安排部署 今年的重点任务 动员全县上下 凝心聚力 " * 4
    r = clean_text("会议纪要\n" + text.strip() + "\n")
    body = r.markdown.split("---\n")[-1]
    assert len([b for b in body.split("\n\n") if b.strip()]) == 2  # the title and one paragraph
