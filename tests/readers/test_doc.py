"""Word 97-2003 `.doc`/`.wps` read natively (readers/doc.py, doc_body.py), without LibreOffice.

The fixtures (tests/fixtures/doc, made by its make_fixtures.py) are DOCX built by python-docx and
saved as .doc by LibreOffice, with LibreOffice's own text export of each .doc: the native reading
must give what the DOCX original gives, and the text LibreOffice reads from the same .doc.
"""

from __future__ import annotations

import io
import random
import re
import time
from pathlib import Path

import olefile
import pytest
from docclean import Options, convert_bytes, convert_path
from docclean.errors import CorruptInputError, DoccleanError, EncryptedInputError, UnsupportedFormatError
from docclean.model import Kind
from docclean.readers import read_document
from docclean.readers.doc import Word, open_word

from .docxgen import FOOTER_TEXT, HEADER_TEXT

FIXTURES = Path(__file__).resolve().parents[1] / "fixtures" / "doc"
NATIVE = Options(doc_engine="native")
SAME_AS_DOCX = ("speech", "table", "fields", "revisions", "numbering")


def fixture(name: str) -> bytes:
    return (FIXTURES / name).read_bytes()


def native(name: str) -> str:
    return convert_path(FIXTURES / name, NATIVE).markdown


def with_stream(data: bytes, name: str, edit: dict[int, bytes]) -> bytes:
    """The file with bytes of one stream replaced in place (olefile writes a stream of the same size)."""
    ole = olefile.OleFileIO(io.BytesIO(data), write_mode=True)
    stream = bytearray(ole.openstream(name).read())
    for at, new in edit.items():
        stream[at:at + len(new)] = new
    ole.write_stream(name, bytes(stream))
    ole.fp.seek(0)
    return ole.fp.read()


@pytest.mark.parametrize("name", SAME_AS_DOCX)
def test_a_doc_reads_as_its_docx_original(name: str) -> None:
    """Title, headings (Title / Heading 1 / Heading 2 by their built-in style ids), paragraphs,
    a table (a cell of two paragraphs, an empty cell), a footnote, a field's result, a numbered
    list, a text box, a nested table, tracked changes: the same Markdown as the DOCX it was saved from."""
    docx = convert_path(FIXTURES / f"{name}.docx").markdown
    assert native(f"{name}.doc") == docx.replace(f"{name}.docx", f"{name}.doc")


@pytest.mark.parametrize("name", ["speech", "table", "fields"])  # (its export keeps tracked deletions)
def test_a_doc_reads_as_libreoffice_reads_it(name: str) -> None:
    """LibreOffice's text export of the same .doc, a line per paragraph or cell: the same characters
    in the same order (its footnote mark is the number, ours `[^1]`; footnote texts it leaves out)."""
    lo = re.sub(r"\s", "", (FIXTURES / f"{name}.lo.txt").read_text(encoding="utf-8-sig"))
    doc = read_document(fixture(f"{name}.doc"), f"{name}.doc", NATIVE)
    body = "".join(c for b in doc.blocks if b.kind is not Kind.FOOTNOTE
                   for c in [b.text, *(cell for row in b.rows or [] for cell in row)])
    assert re.sub(r"\s", "", re.sub(r"\[\^(\d+)\]", r"\1", body)) == lo


def test_blocks_keep_their_kind_and_style() -> None:
    doc = read_document(fixture("fields.doc"), "fields.doc", NATIVE)
    kinds = [(b.kind, b.level, b.prov.style) for b in doc.blocks[:3]]
    assert kinds == [(Kind.TITLE, 1, "Title"), (Kind.HEADING, 2, "Heading 1"), (Kind.PARAGRAPH, 0, "Normal")]
    assert doc.meta.format == "doc" and doc.meta.warnings == []
    table = next(b for b in read_document(fixture("table.doc"), "t.doc", NATIVE).blocks if b.kind is Kind.TABLE)
    assert table.rows == [["序号", "项目名称", "牵头单位", "进展"],
                          ["1", "城区道路改造工程", "县住建局", "已完成主体工程剩余绿化工程年底前完成"],
                          ["2", "污水处理厂扩建", "县生态环境局", ""]]


def test_headers_footers_and_field_codes_are_in_the_file_but_not_in_the_body() -> None:
    """What is removed is really there (the header story, a field's code) and what is kept too."""
    w = open_word(fixture("speech.doc"), "speech.doc")
    main, ftn, hdd = w.ccp[:3]
    stories = w.text(main + ftn, main + ftn + hdd)
    assert HEADER_TEXT in stories and FOOTER_TEXT in stories and "PAGE" in stories
    md = native("speech.doc")
    assert HEADER_TEXT not in md and FOOTER_TEXT not in md and "— 1 —" not in md
    w = open_word(fixture("fields.doc"), "fields.doc")
    assert "HYPERLINK" in w.text(0, w.ccp[0]) and "NUMPAGES" in w.text(0, w.ccp[0])
    md = native("fields.doc")
    assert "HYPERLINK" not in md and "NUMPAGES" not in md and "详见中国政府网，本文共1页。" in md


def test_a_soft_line_break_and_a_tab_join_as_in_docx() -> None:
    assert "联系人：张三电话：0571-12345678传真：0571-87654321" in native("fields.doc")
    assert "Plain Latin text: the State Council, 2024." in native("fields.doc")


def test_compressed_and_unicode_pieces() -> None:
    """A piece of 8-bit text is cp1252 (0x93/0x94 are curly quotes; 0x81, undefined there, reads as
    Latin-1), a piece of UTF-16LE text is two bytes a character; a CP no piece covers reads as NUL
    (dropped later) with a warning."""
    wd = b"\x93ab\x94\x81" + b"\0" * 5 + "中文".encode("utf-16-le")
    w = Word("x.doc", wd, b"", b"", 0, [7], [], pieces=[(0, 5, 0, True), (5, 7, 10, False)])
    assert w.text(0, 7) == "\u201cab\u201d\x81中文" and w.text(1, 6) == "ab\u201d\x81中" and not w.warnings
    assert w.fc_of(6) == 12 and w.fc_of(2) == 2 and w.fc_of(9) is None
    assert w.text(5, 9) == "中文\0\0" and "2 characters of the text are missing" in w.warnings[0]


def test_a_wps_file_is_read_natively_without_a_name_warning() -> None:
    res = convert_path(FIXTURES / "fields.wps", NATIVE)
    assert res.markdown == native("fields.doc").replace("fields.doc", "fields.wps")
    assert res.meta.warnings == []


def test_auto_takes_the_native_reader_without_libreoffice(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("PATH", "/nonexistent")
    assert convert_path(FIXTURES / "table.doc").markdown == native("table.doc")
    with pytest.raises(ValueError, match="doc_engine must be one of auto, native, libreoffice"):
        Options(doc_engine="word")


def test_cli_doc_engine(tmp_path: Path) -> None:
    from docclean.cli import main

    out = tmp_path / "t.md"
    assert main(["convert", "--doc-engine", "native", str(FIXTURES / "table.doc"), "-o", str(out)]) == 0
    assert out.read_text(encoding="utf-8") == native("table.doc")


def test_an_encrypted_doc_says_so() -> None:
    """fEncrypted (RC4 or XOR-obfuscated: the text is not readable) set in a real file's FIB."""
    data = fixture("table.doc")
    flags = int.from_bytes(open_word(data, "t.doc").wd[0x0A:0x0C], "little")
    locked = with_stream(data, "WordDocument", {0x0A: (flags | 0x0100).to_bytes(2, "little")})
    with pytest.raises(EncryptedInputError, match="password-protected Word 97-2003 document"):
        convert_bytes(locked, "locked.doc", NATIVE)


def test_a_word_95_document_is_named_unsupported() -> None:
    old = with_stream(fixture("table.doc"), "WordDocument", {2: (104).to_bytes(2, "little")})
    with pytest.raises(UnsupportedFormatError, match=r"Word 6\.0/95 document"):
        convert_bytes(old, "old.doc", NATIVE)


def test_a_damaged_word_stream_is_a_typed_error() -> None:
    no_magic = with_stream(fixture("table.doc"), "WordDocument", {0: b"\0\0"})
    with pytest.raises(CorruptInputError, match="no Word header"):
        convert_bytes(no_magic, "bad.doc", NATIVE)
    with pytest.raises(CorruptInputError, match="damaged OLE2"):
        convert_bytes(fixture("table.doc")[:1000], "cut.doc", NATIVE)


# Cut files and flipped bytes: a Result or a DoccleanError, quickly (the fuzz harness's rule).
CASES = 300


def _mutations() -> list[tuple[str, bytes]]:
    rng = random.Random(7)
    seeds = [fixture(f"{n}.doc") for n in SAME_AS_DOCX]
    out = []
    for i in range(CASES):
        data = bytearray(rng.choice(seeds))
        kind = ("cut", "flip", "sector", "stream")[i % 4]
        if kind == "cut":
            data = data[:rng.randrange(512, len(data))]
        elif kind == "flip":
            for _ in range(rng.randrange(1, 20)):
                data[rng.randrange(len(data))] ^= 1 << rng.randrange(8)
        elif kind == "sector":  # a 512-byte sector zeroed or filled with noise
            at = rng.randrange(1, len(data) // 512) * 512
            data[at:at + 512] = bytes(rng.randrange(256) for _ in range(512)) if rng.random() < 0.5 else bytes(512)
        else:  # bytes flipped inside the WordDocument or table stream (past the OLE layer)
            ole = olefile.OleFileIO(io.BytesIO(bytes(data)))
            name = rng.choice(["WordDocument", "1Table"])
            size = ole.get_size(name)
            ole.close()
            edit = {rng.randrange(size): bytes([rng.randrange(256)]) for _ in range(rng.randrange(1, 30))}
            data = bytearray(with_stream(bytes(data), name, edit))
        out.append((kind, bytes(data)))
    return out


def test_cut_and_flipped_docs_give_a_result_or_a_typed_error_quickly() -> None:
    outcomes: dict[str, int] = {}
    slowest = 0.0
    for kind, data in _mutations():
        t0 = time.perf_counter()
        try:
            convert_bytes(data, "case.doc", Options(doc_engine="native", deadline=10))
            outcomes["converted"] = outcomes.get("converted", 0) + 1
        except DoccleanError:
            outcomes["error"] = outcomes.get("error", 0) + 1
        except Exception as exc:  # pragma: no cover - the failure this test is for
            pytest.fail(f"{kind}: {type(exc).__name__}: {exc}")
        slowest = max(slowest, time.perf_counter() - t0)
    assert outcomes.get("converted") and outcomes.get("error"), outcomes
    assert slowest < 5, slowest


def test_tracked_deletions_text_boxes_and_nested_tables() -> None:
    """A deletion made with change tracking on is still in the text stream (the CHPX marks it):
    it must not come back; an insertion stays. A text box's text follows the paragraph that
    anchors it; a table nested in a cell is flattened into the cell, as the DOCX reader does."""
    data = fixture("revisions.doc")
    w = open_word(data, "r.doc")
    assert "本方案自二〇二三年印发之日起施行。" in w.text(0, w.ccp[0])
    blocks = [b.text or b.rows for b in read_document(data, "r.doc", NATIVE).blocks]
    assert blocks[1:3] == ["本方案自印发之日起施行。", "请认真学习以下材料。"]
    assert blocks[3] == "框内说明文字。"
    assert [["单位", "说明"], ["县财政局", "预算决算"]] in blocks
    assert "框内说明文字" not in w.text(0, w.ccp[0])  # the box is its own story, read through its anchor


def test_automatic_numbering_is_read_from_the_list_tables() -> None:
    """Word's numbers are not in the text: the LVL of the paragraph's list (sprmPIlfo/sprmPIlvl ->
    PlfLfo -> PlfLst) gives the format; a plain `1.` body list becomes Markdown list items."""
    from docclean.readers.doc_props import read_lists

    w = open_word(fixture("revisions.doc"), "r.doc")
    assert "1." not in w.text(0, w.ccp[0])
    formats = {lv[0] for lv in read_lists(w).values()}
    assert {"decimal", "bullet"} <= {f for f, _t, _s in formats}
    items = [b for b in read_document(fixture("revisions.doc"), "r.doc", NATIVE).blocks if b.kind is Kind.LIST]
    assert [(b.text, b.ordered, b.level) for b in items] == [("提高思想认识", True, 1), ("加强组织领导", True, 1),
                                                             ("强化督促检查", True, 1)]
    blocks = read_document(fixture("numbering.doc"), "n.doc", NATIVE).blocks
    assert [b.text for b in blocks[1:5]] == ["一、总体要求", "（一）工作目标", "（二）工作措施", "二、保障措施"]
    assert [(b.kind, b.text, b.level) for b in blocks[5:]] == [(Kind.LIST, "第一项任务", 1), (Kind.LIST, "要点甲", 2),
                                                               (Kind.LIST, "第二项任务", 1)]
    assert [b.ordered for b in blocks[5:]] == [True, False, True]


@pytest.mark.parametrize("name", ["speech", "table"])
def test_a_cut_download_is_read_from_its_word_stream_with_a_warning(name: str) -> None:
    """Cut at 90 %, the OLE directory (at the end of the file) is gone and olefile cannot open it:
    the WordDocument stream is found by its FIB and its text read without the structure; the
    Markdown is the whole file's (the pipeline finds the title; the table's cells and rows come
    from the cell marks alone), with a warning."""
    data = fixture(f"{name}.doc")
    with pytest.raises(OSError):
        olefile.OleFileIO(io.BytesIO(data[:len(data) * 9 // 10]))
    res = convert_bytes(data[:len(data) * 9 // 10], f"{name}.doc", NATIVE)
    assert res.markdown == native(f"{name}.doc")
    assert any("truncated OLE2 file: its text read from the Word stream" in w for w in res.meta.warnings)


def test_a_download_cut_inside_its_text_keeps_the_text_before_the_cut() -> None:
    data = fixture("speech.doc")
    res = convert_bytes(data[:len(data) * 8 // 10], "speech.doc", NATIVE)
    whole = convert_path(FIXTURES / "speech.doc", NATIVE).body()
    assert len(res.body()) > len(whole) // 2 and whole.startswith(res.body().rstrip()[:-20])
    assert any("characters of the text are missing" in w for w in res.meta.warnings)


def test_salvage_finds_no_word_stream_in_other_data() -> None:
    """The FIB must be at a (mini) sector boundary with Word 97's field counts and a text range that
    holds exactly the characters it counts: an OLE2 file cut before its Word stream is an error."""
    from docclean.readers.doc import salvage

    data = fixture("speech.doc")
    fib = data.index(open_word(data, "s.doc").wd[:64])
    assert salvage(data, "s.doc") is not None
    assert salvage(data[:fib + 600], "s.doc") is None  # its text is past the cut
    assert salvage(data[:fib] + b"\0" + data[fib:], "s.doc") is None  # off a sector boundary
    with pytest.raises(CorruptInputError, match="damaged OLE2"):
        convert_bytes(data[:fib], "s.doc", NATIVE)


def _visible(raw: str) -> str:
    from docclean.readers.doc_body import _kept

    return "".join(raw[a:b] for a, b in _kept(raw, []))


def test_fields_keep_their_result_and_never_their_code() -> None:
    """Nested fields (a PAGE inside a result), a field with no result (no separator: nothing of
    it shown), marks with no partner (damage: the mark goes, the text stays)."""
    assert _visible("详见\x13 HYPERLINK \"http://x\" \x14中国政府网\x15。") == "详见中国政府网。"
    assert _visible("第\x13 IF \x13 PAGE \x141\x15 \x14\x13 PAGE \x142\x15页\x15。") == "第2页。"
    assert _visible("前\x13 TC \"目录项\" \x15后") == "前后"
    assert _visible("甲\x15乙\x14丙\x13丁") == "甲乙丙丁"
    assert _visible("\x13" * 500 + "正文") == "正文"  # deeper than MAX_DEPTH: no error, the text stays


def test_a_hostile_character_count_is_bounded_by_the_stream() -> None:
    """A piece table claiming two billion characters over a small stream: the story is cut at what
    the stream can hold (no allocation past the file's size), with a warning."""
    from docclean.readers.doc_body import Body

    wd = ("\x01" * 100_000 + "正文。\r").encode("utf-16-le")
    w = Word("h.doc", wd, b"", b"", 0, [2**31 - 1], [], pieces=[(0, 2**31 - 1, 0, False)])
    assert [b.text for b in Body(w).blocks()] == ["正文。"]
    assert "characters of the text are missing" in w.warnings[0]


def test_a_damaged_style_sheet_or_piece_table_degrades_with_a_warning() -> None:
    """What the text does without (styles) is dropped with a warning; a piece table that cannot be
    read leaves the text in fcMin..fcMac of the Word stream, read with a warning."""
    from docclean.readers.doc import CLX, PLFLST, STSHF

    data = fixture("table.doc")
    w = open_word(data, "t.doc")
    stsh = w.fclcb[STSHF][0]
    broken = with_stream(data, "1Table", {stsh + 2 + 4 + 2: b"\xff\xff" * 4})  # past the STSHI: an STD's size
    res = convert_bytes(broken, "t.doc", NATIVE)
    assert "| 2 | 污水处理厂扩建 | 县生态环境局 |  |" in res.markdown  # the styles' loss costs no text
    lists = w.fclcb[PLFLST]
    lvl = lists[0] + lists[1]  # the first LVL: no grpprls, and a name longer than the stream
    cut_lvl = with_stream(data, "1Table", {lvl + 24: b"\0\0", lvl + 28: b"\xff\xff"})
    res = convert_bytes(cut_lvl, "t.doc", NATIVE)
    assert "a damaged part (list tables, Short): the text is read without it" in res.meta.warnings
    assert res.body() == convert_bytes(data, "t.doc", NATIVE).body()
    no_clx = with_stream(data, "1Table", {w.fclcb[CLX][0]: b"\x07"})  # neither a Prc nor the Pcdt
    res = convert_bytes(no_clx, "table.doc", NATIVE)
    assert res.markdown == native("table.doc")
    assert any("piece table is unreadable: its text read from fcMin..fcMac" in x for x in res.meta.warnings)


def test_a_piece_table_that_steps_back_is_unreadable_not_a_loop() -> None:
    """A Prc whose size is negative would send the CLX walk back to an earlier Prc forever."""
    from docclean.readers.doc import CLX, _pieces

    clx = b"\x01\x02\x00ab" + b"\x01\xf8\xff"  # a Prc of 2 bytes, then one of -8: back to the first
    w = Word("x.doc", b"", clx, b"", 0, [1], [(0, 0)] * CLX + [(0, len(clx))])
    with pytest.raises(CorruptInputError, match="piece table is unreadable"):
        _pieces(w)
