"""DOCX reader (python-docx), and legacy Word formats through LibreOffice.

A DOCX is a ZIP of XML parts, so the archive is checked before anything is parsed: its
total uncompressed size and each member's compression ratio are capped (a zip bomb is
refused from the central directory alone, without inflating it), and the XML parser
python-docx uses never resolves entities. The body walk is in `docx_body`.
"""

from __future__ import annotations

import io
import os
import re
import shutil
import subprocess
import tempfile
import zipfile
from functools import lru_cache
from pathlib import Path
from typing import Any

from ..errors import CorruptInputError, EncryptedInputError, MissingDependencyError, UnsupportedFormatError
from ..model import Block, Document, Kind, Metadata, Provenance
from ..options import Options
from ..passes.wrapped import join_lines
from . import docx_body as body

MAX_TOTAL = 512 * 1024 * 1024  # bytes of XML a document may inflate to
MAX_RATIO = 200  # compressed -> uncompressed, for any member larger than MAX_SMALL
MAX_SMALL = 1024 * 1024
MAX_MEMBERS = 10_000
SOFFICE_TIMEOUT = 120
# Main parts python-docx refuses ("is not a Word file") but whose body is the same WordprocessingML:
# macro-enabled documents (.docm), templates (.dotx) and macro-enabled templates (.dotm). Their
# macros are another part, never read.
WORD_MAIN_TYPES = (
    "application/vnd.ms-word.document.macroEnabled.main+xml",
    "application/vnd.openxmlformats-officedocument.wordprocessingml.template.main+xml",
    "application/vnd.ms-word.template.macroEnabledTemplate.main+xml",
)
OTHER_PACKAGES = (  # what a ZIP named .docx often is instead: say so, not only "not a Word document"
    ("xl/workbook.xml", "unsupported: an Excel workbook (.xlsx), not a Word document"),
    ("ppt/presentation.xml", "unsupported: a PowerPoint presentation (.pptx), not a Word document"),
    ("META-INF/container.xml", "unsupported: an EPUB book, not a Word document"),
)
STRICT_NS = b"http://purl.oclc.org/ooxml/"  # ISO 29500 Strict: python-docx knows only Transitional


def open_archive(data: bytes, path: str) -> tuple[bytes, list[zipfile.ZipInfo], list[str]]:
    """The archive's bytes and directory, read once; when its directory is gone (a cut download),
    one made of the parts still there (`docx_repair`), with a warning; else the "damaged or
    truncated" error."""
    try:
        return data, zipfile.ZipFile(io.BytesIO(data)).infolist(), []
    except (zipfile.BadZipFile, EOFError, ValueError) as exc:
        from .docx_repair import salvage

        found = salvage(data, MAX_MEMBERS, MAX_TOTAL)
        if found is None:
            raise CorruptInputError(path, f"a damaged or truncated ZIP archive ({exc})") from exc
        try:
            return found[0], zipfile.ZipFile(io.BytesIO(found[0])).infolist(), [found[1]]
        except (zipfile.BadZipFile, EOFError, ValueError) as exc2:  # (salvage writes a sound ZIP)
            raise CorruptInputError(path, f"a damaged or truncated ZIP archive ({exc2})") from exc2


def check_archive(infos: list[zipfile.ZipInfo], path: str) -> None:
    """Refuse what is not a safe Word document, from the ZIP's directory alone."""
    names = {i.filename for i in infos}
    if "word/document.xml" not in names:
        what = next((w for part, w in OTHER_PACKAGES if part in names), "not a Word document")
        raise UnsupportedFormatError(path, f"a ZIP archive without word/document.xml: {what}")
    if len(infos) > MAX_MEMBERS:
        raise CorruptInputError(path, f"refused: {len(infos)} archive members (a zip bomb?)")
    total = sum(i.file_size for i in infos)
    if total > MAX_TOTAL:
        raise CorruptInputError(path, f"refused: it would inflate to {total / 1e6:.0f} MB (a zip bomb?)")
    for i in infos:
        if i.file_size > MAX_SMALL and i.file_size > MAX_RATIO * max(i.compress_size, 1):
            ratio = i.file_size // max(i.compress_size, 1)
            raise CorruptInputError(path, f"refused: {i.filename} is compressed {ratio}:1 (a zip bomb?)")


class DocxReader:
    name = "docx"
    priority = 90

    def accepts(self, head: bytes) -> bool:
        return head[:4] == b"PK\x03\x04" and b"mimetypeapplication/vnd.oasis" not in head[:100]

    def read(self, data: bytes, path: str, options: Options) -> Document:
        try:
            from docx.opc.exceptions import PackageNotFoundError
        except ImportError as exc:
            raise MissingDependencyError(path, "DOCX input needs python-docx, a dependency of docclean: "
                                               "reinstall it (pip install docclean)") \
                from exc
        data, infos, notes = open_archive(data, path)
        check_archive(infos, path)
        strict = UnsupportedFormatError(path, "unsupported: a Strict Open XML Word document (ISO 29500 Strict); "
                                              "save it as a Word Document (.docx)")
        try:
            d = _open(data)
        except (PackageNotFoundError, KeyError, zipfile.BadZipFile, ValueError, EOFError) as exc:
            if _is_strict(data):
                raise strict from exc
            why = re.sub(r"file '<_io\.BytesIO object at 0x[0-9a-f]+>' ", "", f"{type(exc).__name__}: {exc}")
            raise CorruptInputError(path, f"not a readable Word document ({why})") from exc
        except Exception as exc:  # lxml.etree.XMLSyntaxError and friends: a broken part
            raise CorruptInputError(path, f"a broken Word document ({type(exc).__name__}: {exc})"[:200]) from exc
        if d.element.tag.startswith("{" + STRICT_NS.decode()):  # opened, but no w: element would be found
            raise strict
        styles = _style_resolver(d)
        numbering = body.read_numbering(_numbering_element(d))
        walker = body.Walker(styles, numbering, path=path)
        walker.body(d.element.body)
        doc = Document(blocks=walker.blocks, meta=Metadata(format="docx", warnings=notes))
        doc.blocks += _footnotes(d, walker.footnote_ids)
        return doc


def _open(data: bytes) -> Any:
    """python-docx's `Document`, also for .docm/.dotx/.dotm: `docx.Document` refuses any main part
    type but the document's, while the package opens them all once the part class is registered."""
    from docx.opc.part import PartFactory
    from docx.package import Package
    from docx.parts.document import DocumentPart

    for ct in WORD_MAIN_TYPES:
        PartFactory.part_type_for.setdefault(ct, DocumentPart)
    part = Package.open(io.BytesIO(data)).main_document_part
    if not isinstance(part, DocumentPart):
        raise ValueError(f"its main part is {part.content_type}, not a Word document")
    return part.document


def _is_strict(data: bytes) -> bool:
    """Does the package name its parts in Strict's namespaces (`_rels/.rels` says so first)?"""
    try:
        with zipfile.ZipFile(io.BytesIO(data)) as zf:
            return STRICT_NS in zf.read("_rels/.rels")[:4096] or STRICT_NS in zf.read("word/document.xml")[:4096]
    except (KeyError, zipfile.BadZipFile, OSError, ValueError, EOFError):
        return False


def _numbering_element(d: Any) -> Any | None:
    try:
        return d.part.numbering_part.element
    except (KeyError, NotImplementedError):
        return None  # a document without automatic numbering


def _style_resolver(d: Any) -> Any:
    """styleId -> StyleInfo with the chain resolved: a style based on `Heading 2` is a heading."""
    from docx.styles.style import StyleFactory

    # Style objects are made for the styles the body uses, not for the hundred-odd a template
    # defines (python-docx's proxies, each reading its type, were a tenth of the reader's time).
    elements = d.styles.element.style_lst
    by_id = {el.styleId: el for el in elements}
    flag = body.w("default")
    default = next((s for s in (StyleFactory(el) for el in elements if el.get(flag) in ("1", "true"))
                    if s.type == 1), None)

    @lru_cache(maxsize=256)
    def resolve(style_id: str | None) -> body.StyleInfo:
        el = by_id.get(style_id) if style_id else None
        s = StyleFactory(el) if el is not None else None if style_id else default
        name = s.name if s is not None else "Normal"
        level = num = None
        seen = 0
        while s is not None and seen < 20:
            level = level or body.style_level(s.name or "")
            ppr = s.element.find(body.w("pPr"))
            if ppr is not None:
                if level is None or level == 0:
                    ol = ppr.find(body.w("outlineLvl"))
                    if ol is not None and (ol.get(body.w("val")) or "").isdigit() and int(ol.get(body.w("val"))) < 9:
                        level = int(ol.get(body.w("val"))) + 2
                num = num or body.num_props(ppr)
            s, seen = s.base_style, seen + 1
        return body.StyleInfo(name or "Normal", level or 0, num)

    return resolve


def _footnotes(d: Any, ids: list[str]) -> list[Block]:
    """`[^n]: text` for each footnote the body refers to, in order of reference."""
    part = next((p for p in d.part.package.iter_parts() if p.partname == "/word/footnotes.xml"), None)
    if not ids or part is None:
        return []
    from docx.oxml import parse_xml  # python-docx's parser: entities are never resolved

    root = parse_xml(part.blob)
    notes = {fn.get(body.w("id")): fn for fn in root.iter(body.w("footnote"))}
    out = []
    for fid in dict.fromkeys(ids):
        fn = notes.get(fid)
        if fn is None:
            continue
        sub = body.Walker(lambda _s: body.StyleInfo("footnote", 0), body.Numbering())
        sub.body(fn)
        text = join_lines(b.text for b in sub.blocks if b.text)
        out.append(Block(Kind.FOOTNOTE, text, prov=Provenance(style="footnote"), ref=fid))
    return out


ENCRYPTED_PACKAGE = "EncryptedPackage".encode("utf-16-le") + b"\x00\x00"


def _encrypted_package(data: bytes) -> bool:
    """Is this OLE2 file a password-protected DOCX/XLSX/PPTX? Office stores those as an OLE2 file
    whose directory holds an `EncryptedPackage` stream, so they looked like a legacy .doc ("needs
    LibreOffice", which cannot open them either). A directory entry starts on a 128-byte boundary
    with the name in UTF-16 and its length in bytes (34, with the terminator) at offset 64;
    the same word in a document's own UTF-16 text is not at such a place."""
    at = data.find(ENCRYPTED_PACKAGE)
    while at >= 0:
        if at % 128 == 0 and data[at + 64:at + 66] == b"\x22\x00":
            return True
        at = data.find(ENCRYPTED_PACKAGE, at + 1)
    return False


class LegacyWordReader:
    """`.doc`, `.wps`, `.rtf`, `.odt`: converted to DOCX by LibreOffice, then read as DOCX."""

    name = "legacy-word"
    priority = 80
    SIGNATURES = ((b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1", "doc"), (b"{\\rtf", "rtf"))

    def accepts(self, head: bytes) -> bool:
        return self.kind(head) is not None

    def kind(self, head: bytes) -> str | None:
        for sig, kind in self.SIGNATURES:
            if head.startswith(sig):
                return kind
        if head[:4] == b"PK\x03\x04" and b"mimetypeapplication/vnd.oasis.opendocument.text" in head[:100]:
            return "odt"
        return None

    def read(self, data: bytes, path: str, options: Options) -> Document:
        kind = self.kind(data[:100]) or "doc"
        if kind == "doc" and _encrypted_package(data):
            raise EncryptedInputError(path, "a password-protected Office document (an encrypted package): "
                                            "docclean does not open it; save a copy without the password")
        suffix = os.path.splitext(path)[1].lower().lstrip(".")
        label = suffix if kind == "doc" and suffix in ("wps", "wpt", "dot") else kind  # OLE2 holds all of them
        soffice = shutil.which("soffice") or shutil.which("libreoffice")
        if not soffice:
            raise MissingDependencyError(path, f"legacy .{label} input needs LibreOffice: install it so that "
                                               "'soffice' is on PATH (e.g. apt-get install libreoffice-writer)")
        with tempfile.TemporaryDirectory(prefix="docclean-") as tmp:
            src = Path(tmp) / f"input.{kind}"
            src.write_bytes(data)
            try:
                subprocess.run([soffice, "--headless", "--norestore", f"-env:UserInstallation=file://{tmp}/profile",
                                "--convert-to", "docx:MS Word 2007 XML", "--outdir", str(Path(tmp) / "out"), str(src)],
                               check=True, capture_output=True, timeout=SOFFICE_TIMEOUT)
            except subprocess.TimeoutExpired as exc:
                raise CorruptInputError(path, f"LibreOffice did not convert it within {SOFFICE_TIMEOUT} s") from exc
            except subprocess.CalledProcessError as exc:
                msg = exc.stderr.decode("utf-8", "replace").strip().splitlines()[-1:] or ["no message"]
                raise CorruptInputError(path, f"LibreOffice could not convert it ({msg[0]})") from exc
            out = Path(tmp) / "out" / "input.docx"
            if not out.is_file():
                raise CorruptInputError(path, f"LibreOffice could not read this .{kind} file")
            doc = DocxReader().read(out.read_bytes(), path, options)
        doc.meta.format = kind
        return doc
