"""The candidate-rule survey's own pieces (tests/fuzz/candidates.py): the classes it reports and
the one library-free rule that warned on no clean file, on real bytes."""

from __future__ import annotations

from tests.fuzz.candidates import Page, char_class, mark_remnant, places


def test_character_classes_follow_the_codes_byte_ranges():
    assert char_class("的", "gb18030") == "GB2312 level 1"
    assert char_class("暨", "gb18030") == "GB2312 level 2"
    assert char_class("擴", "gb18030") == "GBK only"
    assert char_class("，", "gb18030") == "GB2312 symbol"
    assert char_class("\U00020000", "gb18030") == "GB18030 4-byte"
    assert char_class("的", "big5") == "Big5 common"  # AA BA
    assert (char_class("乂", "big5"), char_class("龘", "big5")) == ("Big5 rare", "Big5 rare")  # C940, F9D5
    assert char_class("﹛", "big5") == "Big5 symbol"
    assert char_class("\ue000", "gb18030") == "private use"
    assert (char_class("C", "big5"), char_class("~", "big5")) == ("ASCII letter", "ASCII punctuation")


def _page(data: bytes) -> Page:
    pg = Page("t", "big5", data)
    pg.places = places(data, "big5")
    return pg


def test_a_marks_trail_left_after_a_stray_byte_is_found_and_a_quote_before_a_letter_is_not():
    text = "不斷擴容升級。見那股澗水奔流，就是這樣的地方".encode("big5")
    at = text.index("。".encode("big5"))  # 。 is A1 43: a stray A1 before it reads A1 A1 (﹛) + C
    damaged = _page(text[:at] + b"\xa1" + text[at:])
    assert [q.prev + q.ch for q in damaged.places if mark_remnant(q, damaged)] == ["﹛C"]
    clean = _page("他說：“I’ve 看過了，這就是我想要的地方”".encode("big5"))
    assert not [q for q in clean.places if mark_remnant(q, clean)]
