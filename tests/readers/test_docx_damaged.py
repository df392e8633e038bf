"""Malformed but openable DOCX (python-docx documents edited inside the ZIP): read, or a typed error."""

from __future__ import annotations

import io
import re
import zipfile

import pytest
from docclean.api import convert_bytes
from docclean.errors import CorruptInputError, DoccleanError, EncryptedInputError

from tests.readers.docxgen import add_table, new_document, save


def _edit(data: bytes, part: str, fix) -> bytes:
    zin = zipfile.ZipFile(io.BytesIO(data))
    out = io.BytesIO()
    with zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as zout:
        for info in zin.infolist():
            body = zin.read(info.filename)
            zout.writestr(info.filename, fix(body) if info.filename == part else body)
    return out.getvalue()


def _numbered() -> bytes:
    doc = new_document()
    for t in ("第一项工作。", "第二项工作。"):
        doc.add_paragraph(t, style="List Number")
    add_table(doc, [["项目", "负责人"], ["道路", "张三"]])
    return save(doc)


@pytest.mark.parametrize(("part", "pattern", "value"), [
    ("word/numbering.xml", rb'w:ilvl="\d+"', b'w:ilvl="%9"'),
    ("word/numbering.xml", rb'<w:start w:val="\d+"/>', b'<w:start w:val="x"/>'),
    ("word/document.xml", rb'<w:ilvl w:val="\d+"/>', b'<w:ilvl w:val="1.5"/>'),
])
def test_malformed_integers_do_not_crash(part: str, pattern: bytes, value: bytes):
    data = _edit(_numbered(), part, lambda b: re.sub(pattern, value, b))
    md = convert_bytes(data, "x.docx").markdown
    assert "第一项工作" in md and "张三" in md


def test_grid_span_not_an_integer():
    def span(b: bytes) -> bytes:
        return b.replace(b"<w:tcPr>", b'<w:tcPr><w:gridSpan w:val="1.5"/>', 1)
    assert "张三" in convert_bytes(_edit(_numbered(), "word/document.xml", span), "x.docx").markdown


def test_chinese_counting_past_ten_thousand():
    def big(b: bytes) -> bytes:
        b = re.sub(rb'<w:numFmt w:val="\w+"/>', b'<w:numFmt w:val="chineseCounting"/>', b)
        return re.sub(rb'<w:start w:val="\d+"/>', b'<w:start w:val="10000"/>', b)
    md = convert_bytes(_edit(_numbered(), "word/numbering.xml", big), "x.docx").markdown
    assert "10000" in md and "第一项工作" in md


@pytest.mark.parametrize("edit", ["dup-part", "content-type", "truncated-xml"])
def test_broken_packages_give_a_result_or_a_typed_error(edit: str):
    data = _numbered()
    if edit == "dup-part":
        zin = zipfile.ZipFile(io.BytesIO(data))
        out = io.BytesIO()
        with pytest.warns(UserWarning), zipfile.ZipFile(out, "w") as zout:
            for info in zin.infolist():
                zout.writestr(info.filename, zin.read(info.filename))
            zout.writestr("word/styles.xml", zin.read("word/styles.xml"))
        data = out.getvalue()
    elif edit == "content-type":
        data = _edit(data, "[Content_Types].xml",
                     lambda b: b.replace(b"wordprocessingml.styles+xml", b"wordprocessingml.numbering+xml"))
    else:
        data = _edit(data, "word/document.xml", lambda b: b[: len(b) // 2])
    try:
        convert_bytes(data, "x.docx")
    except DoccleanError as exc:
        assert "\n" not in str(exc) and str(exc).startswith("x.docx: ")


def test_deeply_nested_tables_are_too_complex_or_read():
    def nest(b: bytes) -> bytes:
        n = 400
        inner = b"<w:tbl><w:tr><w:tc>" * n + b"<w:p><w:r><w:t>deep</w:t></w:r></w:p>" + b"</w:tc></w:tr></w:tbl>" * n
        return b.replace(b"<w:body>", b"<w:body>" + inner, 1)
    with pytest.raises(DoccleanError, match=r"too complex|damaged|broken"):
        convert_bytes(_edit(_numbered(), "word/document.xml", nest), "x.docx")


MAIN = b"application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml"


@pytest.mark.parametrize(("name", "content_type"), [
    ("speech.docm", b"application/vnd.ms-word.document.macroEnabled.main+xml"),
    ("speech.dotx", b"application/vnd.openxmlformats-officedocument.wordprocessingml.template.main+xml"),
    ("speech.dotm", b"application/vnd.ms-word.template.macroEnabledTemplate.main+xml"),
])
def test_macro_enabled_documents_and_templates_read_like_a_docx(name: str, content_type: bytes):
    """python-docx refused them ("not a readable Word document (ValueError: file '<_io.BytesIO
    object at 0x...>' is not a Word file ...)"): their body is the same WordprocessingML."""
    plain = _numbered()
    data = _edit(plain, "[Content_Types].xml", lambda b: b.replace(MAIN, content_type))
    assert content_type in zipfile.ZipFile(io.BytesIO(data)).read("[Content_Types].xml")
    got = convert_bytes(data, name)
    assert got.markdown == convert_bytes(plain, name).markdown
    assert "第二项工作" in got.markdown and "张三" in got.markdown and not got.meta.warnings


def test_a_zip_whose_main_part_is_a_workbook_is_a_clean_error_without_object_reprs():
    data = _edit(_numbered(), "[Content_Types].xml", lambda b: b.replace(
        MAIN, b"application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml"))
    with pytest.raises(DoccleanError, match=r"spreadsheetml\.sheet\.main\+xml, not a Word document") as err:
        convert_bytes(data, "book.docx")
    assert "BytesIO" not in str(err.value)


def test_strict_open_xml_is_named_as_unsupported():
    """ISO 29500 Strict namespaces: a "damaged DOCX (AttributeError ...)" before."""
    def strict(body: bytes) -> bytes:
        return (body.replace(b"http://schemas.openxmlformats.org/wordprocessingml/2006/main",
                             b"http://purl.oclc.org/ooxml/wordprocessingml/main")
                .replace(b"http://schemas.openxmlformats.org/officeDocument/2006/relationships",
                         b"http://purl.oclc.org/ooxml/officeDocument/relationships"))
    data = _numbered()
    for part in ("word/document.xml", "_rels/.rels"):
        data = _edit(data, part, strict)
        with pytest.raises(DoccleanError, match="unsupported: a Strict Open XML Word document"):
            convert_bytes(data, "strict.docx")


@pytest.mark.parametrize(("name", "said"), [("note.wps", ".wps"), ("note.doc", ".doc"), ("note.bin", ".doc")])
def test_an_ole2_file_is_named_by_its_own_kind_when_libreoffice_is_missing(name: str, said: str,
                                                                            monkeypatch: pytest.MonkeyPatch):
    """A WPS Office file said "legacy .doc input needs LibreOffice" (asked for LibreOffice: natively it is
    read, see tests/readers/test_doc.py)."""
    from docclean import Options

    from tests.hostile import _legacy_doc

    monkeypatch.setenv("PATH", "/nonexistent")
    with pytest.raises(DoccleanError, match=rf"legacy \{said} input needs LibreOffice"):
        convert_bytes(_legacy_doc(), name, Options(doc_engine="libreoffice"))


def test_a_password_protected_docx_is_named_as_such():
    """Office keeps an encrypted DOCX in an OLE2 file: it was "legacy .doc input needs LibreOffice"."""
    msoffcrypto = pytest.importorskip("msoffcrypto")  # the dev extra installs it
    from msoffcrypto.format.ooxml import OOXMLFile

    out = io.BytesIO()
    OOXMLFile(io.BytesIO(_numbered())).encrypt("secret", out)
    assert out.getvalue().startswith(b"\xd0\xcf\x11\xe0") and msoffcrypto
    with pytest.raises(EncryptedInputError, match="password-protected Office document"):
        convert_bytes(out.getvalue(), "locked.docx")


def test_the_words_encryptedpackage_in_a_legacy_docs_text_are_not_encryption():
    from tests.hostile import _legacy_doc

    text = "the EncryptedPackage stream".encode("utf-16-le")
    data = _legacy_doc()[:1536] + b"\x00" * 7 + text + b"\x00" * 64  # off a directory entry's place
    with pytest.raises(DoccleanError) as err:
        convert_bytes(data, "note.doc")
    assert not isinstance(err.value, EncryptedInputError)


@pytest.mark.parametrize(("part", "what"), [("xl/workbook.xml", "an Excel workbook"),
                                            ("ppt/presentation.xml", "a PowerPoint presentation"),
                                            ("META-INF/container.xml", "an EPUB book")])
def test_other_office_packages_named_docx_say_what_they_are(part: str, what: str):
    out = io.BytesIO()
    with zipfile.ZipFile(out, "w") as zf:
        zf.writestr("[Content_Types].xml", "<Types/>")
        zf.writestr(part, "<x/>")
    with pytest.raises(DoccleanError, match=f"unsupported: {what}"):
        convert_bytes(out.getvalue(), "report.docx")


def _long_docx() -> tuple[bytes, str]:
    doc = new_document()
    for i in range(200):
        doc.add_paragraph(f"第{i}项、各级各部门要认真贯彻落实会议精神，切实加强组织领导，确保各项任务落到实处。")
    data = save(doc)
    return data, convert_bytes(data, "a.docx").markdown


def test_a_docx_cut_after_its_text_is_read_whole_with_a_warning():
    """A truncated download has no ZIP directory: 'damaged or truncated ZIP archive' before, for a
    file whose every word was still there."""
    data, full = _long_docx()
    end = zipfile.ZipFile(io.BytesIO(data)).getinfo("word/_rels/document.xml.rels").header_offset
    for cut in (end + 40, len(data) // 2, len(data) * 6 // 10, len(data) - 10):
        got = convert_bytes(data[:cut], "a.docx")
        assert got.markdown == full
        assert any("truncated ZIP archive" in w and "parts read whole" in w for w in got.meta.warnings)


def test_a_docx_cut_inside_its_text_keeps_what_is_there_and_says_so():
    data, full = _long_docx()
    info = zipfile.ZipFile(io.BytesIO(data)).getinfo("word/document.xml")
    start = info.header_offset + 30 + len(info.filename) + len(info.extra)
    got = convert_bytes(data[:start + info.compress_size * 2 // 3], "a.docx")
    body = got.markdown
    assert "第0项" in body and "第199项" not in body
    assert full.startswith(body.rsplit("\n", 2)[0])  # what is kept is the document's own start
    assert any("its text is cut where the file ends" in w for w in got.meta.warnings)


@pytest.mark.parametrize("where", ["before", "namespaces"])
def test_a_docx_cut_before_its_text_is_still_the_clear_error(where: str):
    data, _ = _long_docx()
    info = zipfile.ZipFile(io.BytesIO(data)).getinfo("word/document.xml")
    cut = info.header_offset if where == "before" else info.header_offset + 30 + len(info.filename) + 40
    with pytest.raises(CorruptInputError, match="damaged or truncated ZIP archive"):
        convert_bytes(data[:cut], "a.docx")


def test_a_healthy_docx_has_its_zip_directory_read_once_by_docclean(monkeypatch):
    """The salvage check and the zip-bomb check share one read of the ZIP directory (each opened
    the archive): two reads in all, ours and python-docx's. A cut archive is still salvaged."""
    reads = []
    real = zipfile.ZipFile._RealGetContents

    def spy(self):  # the real read of the central directory, counted
        reads.append(1)
        return real(self)

    doc = new_document()
    doc.add_paragraph("同志们：今天召开全县项目建设工作会议。")
    data = save(doc)
    monkeypatch.setattr(zipfile.ZipFile, "_RealGetContents", spy)
    assert "今天召开全县项目建设工作会议" in convert_bytes(data, "a.docx").markdown
    assert len(reads) == 2
    monkeypatch.undo()
    cut = convert_bytes(data[: len(data) * 6 // 10], "cut.docx")  # (keep: the salvage path)
    assert any("truncated ZIP archive" in w for w in cut.meta.warnings)
