"""Damaged GB18030/Big5 lines put back in step (legacy.py): the repair keeps the text, and a
clean line is never changed."""

from __future__ import annotations

import pytest
from docclean.legacy import legacy_line, segment
from rapidfuzz.distance import LCSseq

LINES = ("这是一次大手笔的收购，占据　　“行业第一”宝座，在全球市场影响很大",
         "各级各部门要认真贯彻落实会议精神　　“切实加强组织领导”确保各项任务落到实处")


def test_a_repair_does_not_read_private_use_characters_to_save_a_drop():
    """A stray 0xA1 just before `，占据　　`: the shifted reading meets a private-use pair
    (GB18030's reading of a lead byte and 0xA1 0xA1's first half) and the repair must drop
    the stray byte, not one before the damage. A private-use character scored like a rare one
    and the early drop won: six characters lost (a 600-character page fell under 99 % kept)."""
    text = LINES[0]
    data = text.encode("gb18030")
    space = data.index("　".encode("gb18030"))
    for at in range(space - 4, space):
        damaged = data[:at] + b"\xa1" + data[at:]
        enc, out, dropped = legacy_line(damaged, "gb18030")
        assert enc == "gb18030" and dropped, at
        assert LCSseq.similarity(text, out) >= len(text) - 2, (at, out)
        assert not any("\ue000" <= c <= "\uf8ff" for c in out), (at, out)


@pytest.mark.parametrize("text", LINES)
def test_a_clean_line_is_read_as_it_is(text: str):
    data = text.encode("gb18030")
    assert segment(data, "gb18030")[:2] == (text, [])
    assert legacy_line(data, "gb18030") == ("gb18030", text, [])


# --- stray_rare: a rare letter where a byte went astray, in a page read without a codec error

def _page(enc: str) -> str:
    """About 3,000 characters of sample 000 (a speech: every character in the everyday sets),
    Traditional for Big5."""
    from tests.conftest import SAMPLES
    from tests.fuzz.matrix import page

    text = sorted((SAMPLES / "raw").glob("*.txt"))[0].read_text(encoding="utf-8")[:3000]
    return page(text, enc, True)


def _decode(data: bytes) -> tuple[str, list[str]]:
    from docclean.encoding import decode

    d = decode(data, "page.txt")
    return d.text, [w for w in d.warnings if "may hide" in w]


# A lead byte put in before a Latin word: it pairs with the word's first letter into a rare
# character (GBK's 95 57, Big5's F9 57), the rest of the word follows it.
STRAY = {"gb18030": b"\x95", "big5": b"\xf9"}


@pytest.mark.parametrize("enc", ["gb18030", "big5"])
def test_a_stray_lead_byte_read_as_a_rare_letter_is_reported_where_it_is(enc: str):
    line = "请各单位下载Word模板，按时填报。" if enc == "gb18030" else "請各單位下載Word範本，按時填報。"
    head = (_page(enc) + line[:6]).encode(enc)
    damaged = head + STRAY[enc] + (line[6:] + "\n").encode(enc)
    text, notes = _decode(damaged)
    assert notes == [f"1 places read as valid {enc} may hide a lost or extra byte (at byte {len(head)}): "
                     "kept as read, check them"]
    assert (STRAY[enc] + b"W").decode(enc) + "ord" in text  # a warning, never a change
    clean_text, clean_notes = _decode(head + (line[6:] + "\n").encode(enc))
    assert clean_notes == [] and clean_text.endswith(line + "\n")


@pytest.mark.parametrize("enc", ["gb18030", "big5"])
def test_real_rare_letters_are_not_reported(enc: str):
    """What real text has: a rare letter before a character (何鸿燊), one used more than once
    before a Latin letter (a name: 何燊Jack, twice), a common character before a stranded
    capital (B超, A級); and a page dense with rare letters (classical text, a name list)
    is not "within the common set" at all."""
    from docclean.legacy import rare_letters

    from tests.fuzz.matrix import page

    rare = rare_letters(enc)
    name = "燊"  # in neither everyday set, in both encodings (a given name: 何鸿燊)
    assert rare.fullmatch(name) and rare.fullmatch((STRAY[enc] + b"W").decode(enc))
    body = _page(enc)
    for extra in (f"何鸿{name}先生说。\n", f"何{name}Jack发言。何{name}Jack再次发言。\n", "做B超检查，评为A级。\n"):
        extra = page(extra, enc, True)  # Traditional for Big5
        text, notes = _decode((body + extra).encode(enc))
        assert notes == [] and text.endswith(extra), (extra, notes)
    dense = "".join(ch for ch in map(chr, range(0x4E00, 0x9FA6)) if rare.fullmatch(ch))[:40]
    lead = (body[:2000] + dense + "\n").encode(enc, "ignore")
    _, notes = _decode(lead + STRAY[enc] + "Word模板。\n".encode(enc, "ignore"))
    assert notes == []


# --- stray_letter: a character that lost its trail byte pairs with the next one's lead, and
# that one's ASCII trail byte is left standing as a lone letter (報代 -> 野N in Big5)

LONE = {"big5": ("請各單位按時填報代表名單。", "代"), "gb18030": ("請各單位按時填報選舉名單。", "選")}
# ... where the character in step is an everyday one but not among the most common: what is read
# is a character outside GB2312's level 1 (議篇 -> 躅g, 報靜 -> 堨o)
LEVEL_ONE = {"big5": ("請各位審閱會議篇目。", "篇"), "gb18030": ("請按時填報靜態數據。", "靜")}


@pytest.mark.parametrize("enc,table", [(e, t) for e in ("gb18030", "big5") for t in ("common", "level one")])
def test_a_trail_byte_left_standing_as_a_letter_is_reported_where_it_is(enc: str, table: str):
    line, target = (LONE if table == "common" else LEVEL_ONE)[enc]
    k = line.index(target)
    head = (_page(enc) + line[:k - 1]).encode(enc)
    lost = head + line[k - 1].encode(enc)[:1] + (line[k:] + "\n").encode(enc)  # 報 lost its trail byte
    text, notes = _decode(lost)
    assert len(notes) == 1 and notes[0].endswith("): kept as read, check them"), notes
    places = [int(n) for n in notes[0].split("(at byte ")[1].split(")")[0].split(", ")]
    assert len(head) in places and all(abs(p - len(head)) <= 2 for p in places), places  # here, nowhere else
    assert text.endswith(lost[len(head):].decode(enc))  # a warning, never a change
    clean_text, clean_notes = _decode(head + (line[k - 1:] + "\n").encode(enc))
    assert clean_notes == [] and clean_text.endswith(line + "\n")


@pytest.mark.parametrize("enc", ["gb18030", "big5"])
def test_real_lone_letters_are_not_reported(enc: str):
    """What clean files have (each found in ../shared): a common character before the letter
    (中G一期, 在n年前, 人T喔), a character ending on an ASCII byte (劣V類: 劣 is A5 48 in Big5),
    a bracket closed on its line (叭[口迷]), a letter standing alone more than once (X市长, X书记),
    a tilde dragging a syllable (好喔~再見), a quotation mark (it’s)."""
    from tests.fuzz.matrix import page

    body = _page(enc)
    for extra in ("海上風電渤中G一期等重大項目。\n", "開發原則早在n年前就被定下。\n", "設計的機器人T喔！\n",
                  "深入開展劣V類水體剿滅。\n", "唵嘛呢叭[口迷]吽。\n", "秘書長X市長、X書記作了講話。\n",
                  "那就這樣好喔~再見。\n", "他說：it’s fine。\n"):
        extra = page(extra, enc, True)
        text, notes = _decode((body + extra).encode(enc))
        assert notes == [] and text.endswith(extra), (extra, notes)
