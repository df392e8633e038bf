"""Our own hostile set (issue 11): files a user or a scraper really hands over, built from real
bytes by real libraries (reportlab, python-docx, zlib, zipfile, gzip), each with the outcome
the CLI must give. `python -m tests.hostile` prints the table the README carries.

An outcome is `converted` (exit 0, Markdown out, and `warn` on stderr when given) or
`error` (exit 1, one line `docclean: error: PATH: REASON` matching `reason`).
"""

from __future__ import annotations

import gzip
import io
import os
import re
import subprocess
import sys
import zipfile
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
TEXT = (ROOT / "samples" / "raw" / "001_24bec596c64ccf90.txt").read_text(encoding="utf-8")
FULL = False  # `python -m tests.hostile`: the full sizes; the CI test (tests/test_hostile.py) runs smaller ones
PARA = "同志们：今天召开全县项目建设工作会议，主要目的是贯彻落实市上会议精神，安排部署下一阶段工作。"


@dataclass(frozen=True)
class Hostile:
    name: str  # the file's name (what the user passes)
    what: str  # one line for the README
    make: Callable[[Path], Path]  # writes the input under the folder, returns the path to pass
    outcome: str  # "converted" or "error"
    reason: str = ""  # regex the error line (or, converted, a warning) must match
    root_skip: bool = False  # meaningless as root (permissions)
    absent: str = ""  # a program whose presence on PATH changes the outcome (LibreOffice reads RTF)


def _bytes(data: bytes | Callable[[], bytes]) -> Callable[[Path], Path]:
    def make(path: Path) -> Path:
        path.write_bytes(data() if callable(data) else data)
        return path
    return make


def _pdf(text: str | None = PARA, encrypt: object = None, image_only: bool = False) -> bytes:
    from reportlab.lib.pagesizes import A4
    from reportlab.pdfbase import pdfmetrics
    from reportlab.pdfbase.cidfonts import UnicodeCIDFont
    from reportlab.pdfgen import canvas

    pdfmetrics.registerFont(UnicodeCIDFont("STSong-Light"))
    buf = io.BytesIO()
    c = canvas.Canvas(buf, pagesize=A4, encrypt=encrypt, pageCompression=0)
    if image_only:
        for k in range(30):  # drawn shapes only: what a scan's page holds for a text extractor
            c.rect(60, 780 - 20 * k, 400, 12, fill=1)
    else:
        c.setFont("STSong-Light", 12)
        for k in range(20):
            c.drawString(60, 780 - 24 * k, f"{PARA[:30]}{k}")
    c.showPage()
    c.save()
    return buf.getvalue()


def _libreoffice_pdf() -> bytes:
    """A real LibreOffice PDF (a committed sample): it writes pages' content first, fonts, then the
    page objects, page tree and catalog last."""
    return (ROOT / "samples" / "pdf" / "001_24bec596c64ccf90.pdf").read_bytes()


def _encrypted(user: str) -> bytes:
    from reportlab.lib.pdfencrypt import StandardEncryption

    return _pdf(encrypt=StandardEncryption(user, ownerPassword="owner", canPrint=0))


def _broken_xref() -> bytes:
    data = _pdf()
    return re.sub(rb"\n(\d{10}) 00000 n", lambda m: b"\n" + b"%010d" % (int(m.group(1)) + 7) + b" 00000 n", data)


def _docx() -> bytes:
    from tests.readers.docxgen import new_document, save

    doc = new_document()
    doc.add_paragraph(PARA)
    return save(doc)


def _docx_without(part: str) -> bytes:
    src = zipfile.ZipFile(io.BytesIO(_docx()))
    out = io.BytesIO()
    with zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as z:
        for info in src.infolist():
            if info.filename != part:
                z.writestr(info.filename, src.read(info.filename))
    return out.getvalue()


def _docx_bomb() -> bytes:
    """A DOCX whose document.xml inflates to 1 GB (about 1 MB on disk)."""
    src = zipfile.ZipFile(io.BytesIO(_docx()))
    out = io.BytesIO()
    with zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED, compresslevel=9) as z:
        for info in src.infolist():
            if info.filename == "word/document.xml":
                with z.open("word/document.xml", "w", force_zip64=True) as w:
                    w.write(src.read(info.filename).replace(b"<w:body>", b"<w:body><!--", 1)[:-200])
                    chunk = b" " * (1 << 20)
                    for _ in range(1024):
                        w.write(chunk)
                    w.write(b"--></w:body></w:document>")
            else:
                z.writestr(info.filename, src.read(info.filename))
    return out.getvalue()


def _docm() -> bytes:
    """The DOCX with a macro-enabled document's content type (what Word writes for .docm)."""
    src = zipfile.ZipFile(io.BytesIO(_docx()))
    out = io.BytesIO()
    with zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as z:
        for info in src.infolist():
            body = src.read(info.filename)
            if info.filename == "[Content_Types].xml":
                body = body.replace(b"application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml",
                                    b"application/vnd.ms-word.document.macroEnabled.main+xml")
            z.writestr(info.filename, body)
    return out.getvalue()


def _encrypted_docx() -> bytes:
    """The DOCX with a password, encrypted by msoffcrypto-tool (in the dev extra) as Office does."""
    from msoffcrypto.format.ooxml import OOXMLFile

    out = io.BytesIO()
    OOXMLFile(io.BytesIO(_docx())).encrypt("secret", out)
    return out.getvalue()


def _xlsx() -> bytes:
    out = io.BytesIO()
    with zipfile.ZipFile(out, "w") as z:
        z.writestr("[Content_Types].xml", "<Types/>")
        z.writestr("xl/workbook.xml", "<workbook/>")
    return out.getvalue()


def _zip_not_docx() -> bytes:
    out = io.BytesIO()
    with zipfile.ZipFile(out, "w") as z:
        z.writestr("notes.txt", PARA)
        z.writestr("photos/readme.md", "# 照片")
    return out.getvalue()


def _png() -> bytes:
    import struct
    import zlib

    def chunk(kind: bytes, body: bytes) -> bytes:
        return struct.pack(">I", len(body)) + kind + body + struct.pack(">I", zlib.crc32(kind + body))

    raw = b"".join(b"\x00" + bytes(range(48)) for _ in range(16))
    return (b"\x89PNG\r\n\x1a\n" + chunk(b"IHDR", struct.pack(">IIBBBBB", 16, 16, 8, 2, 0, 0, 0))
            + chunk(b"IDAT", zlib.compress(raw)) + chunk(b"IEND", b""))


def _jpeg() -> bytes:
    # A baseline JPEG's markers around noise: SOI, APP0/JFIF, a quantisation table, EOI.
    body = bytes((i * 37) % 256 for i in range(2048))
    return (b"\xff\xd8\xff\xe0\x00\x10JFIF\x00\x01\x01\x00\x00\x01\x00\x01\x00\x00"
            b"\xff\xdb\x00\x43\x00" + bytes(range(1, 65)) + body + b"\xff\xd9")


def _fifo(path: Path) -> Path:
    os.mkfifo(path)
    return path


def _symlink_loop(path: Path) -> Path:
    other = path.with_name("loop-b.txt")
    os.symlink(other.name, path)
    os.symlink(path.name, other)
    return path


def _unreadable(path: Path) -> Path:
    path.write_text(PARA, encoding="utf-8")
    path.chmod(0)
    return path


def _directory(path: Path) -> Path:
    path.mkdir()
    (path / "a.txt").write_text(PARA, encoding="utf-8")
    return path


def _vanished(path: Path) -> Path:
    path.write_text(PARA, encoding="utf-8")
    path.unlink()  # listed by the user (or a glob, or a corpus walk) and gone before the read
    return path


def _mixed() -> bytes:
    lines = TEXT.splitlines()[:40]
    return b"\n".join(ln.encode("gb18030") if i % 3 == 1 else ln.encode() for i, ln in enumerate(lines)) + b"\n"


def _legacy_doc() -> bytes:
    # An OLE2 compound file header (what Word 97-2003 writes), with an empty sector table.
    header = (b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1" + bytes(16) + b"\x3e\x00\x03\x00\xfe\xff\x09\x00\x06\x00"
              + bytes(10) + b"\x01\x00\x00\x00" + b"\xfe\xff\xff\xff" + bytes(4) + b"\x00\x10\x00\x00"
              + b"\xfe\xff\xff\xff" + bytes(4) + b"\xfe\xff\xff\xff" + bytes(4))
    return header.ljust(512, b"\xff") + bytes(1024)


HOSTILE: tuple[Hostile, ...] = (
    Hostile("empty.txt", "an empty file", _bytes(b""), "error", "the file is empty"),
    Hostile("blank.txt", "whitespace only (spaces, tabs, ideographic spaces)",
            _bytes(" \t\n\u3000\u3000\n\n".encode()), "error", "empty"),
    Hostile("nul-padded.txt", "a short page followed by 64 KB of NUL padding (a crashed download)",
            _bytes(PARA.encode() + b"\n" + bytes(65536)), "converted", "NUL"),
    Hostile("nul-inside.txt", "NUL bytes sprinkled in a UTF-8 page", _bytes(TEXT.encode().replace("。".encode(), "。".encode() + b"\x00")),
            "converted", "NUL bytes dropped"),
    Hostile("utf16-bom.txt", "UTF-16 with a BOM", _bytes(TEXT.encode("utf-16")), "converted"),
    Hostile("utf16le-nobom.txt", "UTF-16-LE without a BOM", _bytes(TEXT.encode("utf-16-le")), "converted",
            "no byte-order mark"),
    Hostile("utf16be-nobom.txt", "UTF-16-BE without a BOM", _bytes(TEXT.encode("utf-16-be")), "converted",
            "no byte-order mark"),
    Hostile("utf32.txt", "UTF-32 with a BOM", _bytes(TEXT.encode("utf-32")), "converted"),
    Hostile("utf32le-nobom.txt", "UTF-32-LE without a BOM", _bytes(TEXT.encode("utf-32-le")), "converted",
            "no byte-order mark"),
    Hostile("mixed.txt", "UTF-8 lines and GBK lines in one file", _bytes(_mixed), "converted", "mixed encodings"),
    Hostile("page.pdf", "a UTF-8 text page named .pdf", _bytes(TEXT.encode()), "converted", "named .pdf"),
    Hostile("page.docx", "a GBK text page named .docx", _bytes(TEXT.encode("gb18030")), "converted", "named .docx"),
    Hostile("page.doc", "an HTML page named .doc (a doc-sharing download)",
            _bytes(f"<html><head><meta charset='utf-8'><title>会议讲话</title></head><body><h1>会议讲话</h1>"
                   f"<p>{PARA}</p><p>{PARA}</p></body></html>".encode()), "converted", "named .doc"),
    Hostile("hz.txt", "HZ-GB-2312 text (7-bit ASCII, with commas: looked like CSV)",
            _bytes(lambda: (PARA + "\n").encode("hz") * 5), "converted"),
    Hostile("separators.txt", "lines ended by U+2028/U+2029 (an editor's export)",
            _bytes(f"会议讲话\u2028{PARA}\u2029{PARA}\n".encode()), "converted"),
    Hostile("speech.docm", "a macro-enabled Word document", _bytes(_docm), "converted"),
    Hostile("cut.docx", "a DOCX cut at 60 % (a truncated download: no ZIP directory)",
            _bytes(lambda: _docx()[: len(_docx()) * 6 // 10]), "converted", "truncated ZIP archive"),
    Hostile("locked.docx", "a password-protected DOCX (an OLE2 file, encrypted by msoffcrypto-tool)",
            _bytes(_encrypted_docx), "error", "password-protected"),
    Hostile("book.docx", "an Excel workbook named .docx", _bytes(_xlsx), "error", "Excel workbook"),
    Hostile("legacy.doc", "an OLE2 (Word 97-2003) file without LibreOffice", _bytes(_legacy_doc), "error",
            "LibreOffice|damaged"),
    Hostile("note.rtf", "an RTF file without LibreOffice",
            _bytes(b"{\\rtf1\\ansi\\ansicpg936 {\\fonttbl\\f0 SimSun;}\\f0 \\'bb\\'e1\\'d2\\'e9\\par}"), "error",
            "LibreOffice", absent="soffice"),
    Hostile("image.txt", "a PNG named .txt", _bytes(_png), "error", "binary"),
    Hostile("photo.pdf", "a JPEG named .pdf", _bytes(_jpeg), "error", "binary|not a PDF|damaged"),
    Hostile("archive.txt", "a ZIP named .txt", _bytes(_zip_not_docx), "error", "ZIP|binary|not a DOCX"),
    Hostile("text.gz.txt", "a gzip file named .txt", _bytes(lambda: gzip.compress(TEXT.encode())), "error", "binary"),
    Hostile("archive.docx", "a ZIP that is not a DOCX", _bytes(_zip_not_docx), "error", "not a DOCX|damaged|ZIP"),
    Hostile("bomb.docx", "a DOCX whose document.xml inflates to 1 GB", _bytes(_docx_bomb), "error", "zip bomb|too "),
    Hostile("nodoc.docx", "a DOCX without word/document.xml", _bytes(lambda: _docx_without("word/document.xml")),
            "error", "document.xml|damaged"),
    Hostile("open.pdf", "an encrypted PDF the empty password opens", _bytes(lambda: _encrypted("")), "converted"),
    Hostile("locked.pdf", "an encrypted PDF with a user password", _bytes(lambda: _encrypted("secret")), "error",
            "encrypted|password"),
    Hostile("scan.pdf", "a PDF with no text layer", _bytes(lambda: _pdf(image_only=True)), "error", "no text"),
    Hostile("cut-half.pdf", "a reportlab PDF cut at 60 % (its one page's content is past the cut)", _bytes(lambda: _pdf()[: len(_pdf()) * 6 // 10]),
            "error", "damaged or truncated"),
    Hostile("cut-lo.pdf", "a LibreOffice PDF cut at 90 % (its page objects, page tree and catalog are gone)",
            _bytes(lambda: _libreoffice_pdf()[: len(_libreoffice_pdf()) * 9 // 10]), "converted", "cut short"),
    Hostile("cut-tail.pdf", "a PDF cut before its xref table (every object intact, no trailer)",
            _bytes(lambda: _pdf()[: _pdf().rfind(b"\nxref")]), "converted", ""),
    Hostile("xref.pdf", "a PDF whose xref offsets are all wrong", _bytes(_broken_xref), "converted", ""),
    Hostile("long-line.txt", "one 100 MB line (CI: 10 MB)",
            _bytes(lambda: ("长" * 20 + "，").encode() * ((100 if FULL else 10) * 2**20 // 63)), "converted"),
    Hostile("many-lines.txt", "1,000,000 short lines (CI: 50,000)",
            _bytes(lambda: "短行。\n".encode() * (1_000_000 if FULL else 50_000)), "converted"),
    Hostile("folder", "a directory passed as FILE", _directory, "error", "is a directory"),
    Hostile("locked.txt", "an unreadable file (chmod 000)", _unreadable, "error", "Permission denied|cannot read",
            root_skip=True),
    Hostile("loop.txt", "a symlink loop", _symlink_loop, "error", "symbolic link that loops"),
    Hostile("fifo.txt", "a FIFO (would block a reader forever)", _fifo, "error", "not a regular file"),
    Hostile("-odd name 「会议」\t.txt", "a path with a leading dash, spaces, a tab and CJK brackets",
            _bytes(TEXT.encode()), "converted"),
    Hostile("gone.txt", "a file that vanishes before it is read", _vanished, "error", "no such file"),
)


def run_cli(path: Path, timeout: float = 300) -> subprocess.CompletedProcess[bytes]:
    """`docclean convert PATH` in a fresh process (`--` so a leading dash stays a name)."""
    return subprocess.run([sys.executable, "-m", "docclean", "convert", "--no-front-matter", "--", str(path)],
                          capture_output=True, timeout=timeout)


def check(h: Hostile, path: Path, proc: subprocess.CompletedProcess[bytes]) -> str:
    """'' when the CLI gave the expected outcome, else what went wrong."""
    err = proc.stderr.decode("utf-8", "replace")
    lines = [ln for ln in err.splitlines() if ln.strip()]
    if "Traceback" in err:
        return f"traceback: {lines[-1][:200] if lines else ''}"
    if h.outcome == "converted":
        if proc.returncode != 0:
            return f"exit {proc.returncode}: {err.strip()[:200]}"
        if not proc.stdout.strip():
            return "no output"
        if h.reason and not any(re.search(h.reason, ln) for ln in lines if ln.startswith("docclean: warning:")):
            return f"no warning matching {h.reason!r}: {err.strip()[:200]}"
        return ""
    errors = [ln for ln in lines if ln.startswith("docclean: error:")]
    if proc.returncode != 1:
        return f"exit {proc.returncode}: {err.strip()[:200]}"
    if len(errors) != 1 or len(lines) != len(errors) + sum(ln.startswith("docclean: warning:") for ln in lines):
        return f"not one error line: {err.strip()[:300]}"
    if str(path) not in errors[0] and path.name not in errors[0]:
        return f"the error does not name the file: {errors[0][:200]}"
    if not re.search(h.reason, errors[0]):
        return f"reason not matching {h.reason!r}: {errors[0][:200]}"
    return ""


def main() -> int:
    import tempfile
    import time

    global FULL
    FULL = True
    bad = 0
    print("| file | what | expected | got | seconds |\n| --- | --- | --- | --- | --- |")
    with tempfile.TemporaryDirectory() as tmp:
        for h in HOSTILE:
            if h.root_skip and os.geteuid() == 0:
                print(f"| `{h.name}` | {h.what} | {h.outcome} | skipped (root reads anything) | |")
                continue
            path = h.make(Path(tmp) / h.name)
            t0 = time.perf_counter()
            proc = run_cli(path)
            problem = check(h, path, proc)
            bad += bool(problem)
            err = proc.stderr.decode("utf-8", "replace").strip().splitlines()
            got = problem or (err[-1].split(": ", 2)[-1][:90] if err else "converted")
            print(f"| `{h.name!r}` | {h.what} | {h.outcome} | {'FAIL ' if problem else ''}{got} | "
                  f"{time.perf_counter() - t0:.1f} |")
    return 1 if bad else 0


if __name__ == "__main__":
    sys.exit(main())
