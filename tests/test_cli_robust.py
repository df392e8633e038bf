"""Issue 11 through the CLI: warnings on stderr, and one line naming the file for every failure."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

from tests.conftest import SAMPLES

RAW = sorted((SAMPLES / "raw").glob("*.txt"))[1]


def run(*args: str) -> subprocess.CompletedProcess[bytes]:
    return subprocess.run([sys.executable, "-m", "docclean", *args], capture_output=True, timeout=120)


def test_damaged_utf8_page_converts_with_warnings_on_stderr_and_in_the_report(tmp_path: Path):
    data = RAW.read_bytes()
    mid = len(data) // 2
    page = tmp_path / "page.txt"
    page.write_bytes(data[:mid] + b"\xff\x00" + data[mid:])
    report = tmp_path / "r.json"
    p = run("convert", str(page), "-o", str(tmp_path / "page.md"), "--report", str(report))
    err = p.stderr.decode()
    assert p.returncode == 0
    assert f"docclean: warning: {page}: 1 NUL bytes dropped" in err
    assert "undecodable byte sequences dropped (utf-8; at byte" in err
    rep = json.loads(report.read_text(encoding="utf-8"))
    assert rep["encoding"] == "utf-8" and len(rep["warnings"]) == 2
    assert {"decode:invalid-bytes", "decode:nul-bytes"} <= set(rep["removed_by_rule"])


def test_gbk_page_with_a_cut_last_character_is_not_garbled(tmp_path: Path):
    text = RAW.read_text(encoding="utf-8").rstrip()
    page = tmp_path / "gbk.txt"
    page.write_bytes(text.encode("gb18030") + "尾".encode("gb18030")[:1] + b"\n")
    p = run("convert", str(page), "--no-front-matter")
    assert p.returncode == 0 and "undecodable" in p.stderr.decode()
    out = p.stdout.decode()
    assert "同志们" in out or "。" in out
    assert not any("\uac00" <= c <= "\ud7a3" for c in out)  # no Hangul: not read as UTF-16


def test_a_crashing_kind_of_docx_is_one_line_with_the_file_name(tmp_path: Path):
    import io
    import zipfile

    from tests.readers.docxgen import new_document, save

    doc = new_document()
    doc.add_paragraph("正文。")
    src = zipfile.ZipFile(io.BytesIO(save(doc)))
    buf = io.BytesIO()
    with zipfile.ZipFile(buf, "w") as z:
        for info in src.infolist():
            body = src.read(info.filename)
            if info.filename == "word/styles.xml":
                body = body.replace(b'w:type="paragraph"', b'w:type="nonsense"')
            z.writestr(info.filename, body)
    f = tmp_path / "odd.docx"
    f.write_bytes(buf.getvalue())
    p = run("convert", str(f))
    err = p.stderr.decode().strip()
    if p.returncode:
        assert p.returncode == 1 and len(err.splitlines()) == 1 and str(f) in err and "Traceback" not in err
    else:
        assert "正文" in p.stdout.decode()


def test_pdf_library_logs_never_reach_stderr_and_warnings_print_with_and_without_v(tmp_path: Path):
    """Damaged PDFs (wrong xref offsets, a self-referencing Info value pdfplumber cannot parse,
    fuzzed objects) through both engines: stderr holds only docclean's own lines."""
    import random
    import re

    from tests.fuzz.mutate import pdf_case
    from tests.hostile import _broken_xref, _pdf

    pdfs = {"xref.pdf": _broken_xref(), "meta.pdf": _pdf().replace(b"/Subject (unspecified)", b"/Subject 6 0 R        ")}
    cases = (pdf_case(random.Random(f"quiet:{i}")) for i in range(40))
    light = [c for c in cases if c.kind in ("flip", "xref-zero", "stream", "delete-obj", "truncate")][:4]
    for i, c in enumerate(light):  # the slow kinds (many glyphs, deep arrays) are the fuzz test's
        pdfs[f"fuzz{i}.pdf"] = c.data
    paths = []
    for name, data in pdfs.items():
        (tmp_path / name).write_bytes(data)
        paths.append(str(tmp_path / name))
    ours = re.compile(rf"^(docclean: (warning|error): |{re.escape(str(tmp_path))}/|\s)")
    for engine in ("pdfium", "pdfplumber"):
        for verbose in ([], ["-v"]):
            p = run("convert", "--pdf-engine", engine, *verbose, *paths, "-o", str(tmp_path / f"out-{engine}{verbose}"))
            lines = p.stderr.decode("utf-8", "replace").splitlines()
            noise = [ln for ln in lines if ln.strip() and not ours.match(ln)]
            assert not noise, (engine, verbose, noise)
            if engine == "pdfium":
                assert any(ln.startswith(f"docclean: warning: {paths[0]}: the PDF's cross-reference table is damaged")
                           for ln in lines), lines
