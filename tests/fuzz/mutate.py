"""Seeded mutations of real inputs: TXT bytes, DOCX XML inside the ZIP, PDF objects and xref.

Every case is a function of (seed, index) alone, so a failure reported by `make fuzz`
is reproduced by `python -m tests.fuzz.run --seed S --only N`. Seeds are the committed
samples: `samples/raw/*.txt` re-encoded, DOCX built by python-docx from them, PDFs drawn
by reportlab from them plus the committed `samples/pdf/table.pdf`.
"""

from __future__ import annotations

import io
import random
import re
import warnings
import zipfile
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
ENCODINGS = ("utf-8", "gb18030", "big5", "utf-16")
LIGHT = ("nul", "byte", "cut-char", "cut-end", "cut-end-nl")  # one small damage: text must survive


@dataclass(frozen=True)
class Case:
    fmt: str  # txt / docx / pdf
    kind: str  # the mutation
    name: str
    data: bytes
    text: str | None = None  # for a lightly damaged TXT: the text it must keep (>= 99 %)
    encoding: str | None = None
    source: bytes | None = None  # for a repairable file (an xref offset zeroed): the undamaged file


@lru_cache(maxsize=1)
def seed_texts() -> tuple[str, ...]:
    from opencc import OpenCC

    texts = [p.read_text(encoding="utf-8") for p in sorted((ROOT / "samples" / "raw").glob("*.txt"))]
    trad = OpenCC("s2t")
    return tuple(texts) + tuple(trad.convert(t) for t in texts)


def _encode(text: str, enc: str) -> tuple[bytes, str]:
    data = text.encode(enc, errors="ignore")
    return data, data.decode(enc)


def txt_case(rng: random.Random) -> Case:
    enc = rng.choice(ENCODINGS)
    text = rng.choice(seed_texts())
    data, ref = _encode(text, enc)
    kind = rng.choice((*LIGHT, "dup", "flip", "insert-run", "delete-run", "dashes", "many"))
    light = kind in LIGHT and enc != "utf-16"
    at = rng.randrange(len(data))
    if kind == "nul":
        data = data[:at] + b"\x00" + data[at:]
    elif kind == "byte":
        data = data[:at] + bytes([rng.choice((0xFF, 0x80, 0xFE, 0xC0, 0xA1))]) + data[at:]
    elif kind == "cut-char":
        k = _wide_char(ref, rng)
        if k is None:
            light = False
        else:
            enc_char = ref[k].encode(enc)
            head = ref[:k].encode(enc)
            data = head + enc_char[:-1] + ref[k + 1:].encode(enc)
    elif kind in ("cut-end", "cut-end-nl"):
        body = ref.rstrip()
        k = max((i for i, c in enumerate(body) if ord(c) > 0x7F), default=None)
        if k is None:
            light = False
        else:
            data = body[:k].encode(enc) + body[k].encode(enc)[:1] + (b"\n" if kind == "cut-end-nl" else b"")
            ref = body[:k] + body[k + 1:]
    elif kind == "dup":
        n = rng.randrange(1, 200)
        data = data[:at] + data[at:at + n] * rng.randrange(2, 5) + data[at:]
    elif kind == "flip":
        for _ in range(rng.randrange(1, 8)):
            i = rng.randrange(len(data))
            data = data[:i] + bytes([data[i] ^ (1 << rng.randrange(8))]) + data[i + 1:]
    elif kind == "insert-run":
        data = data[:at] + bytes(rng.randrange(256) for _ in range(rng.randrange(1, 64))) + data[at:]
    elif kind == "delete-run":
        data = data[:at] + data[at + rng.randrange(1, 400):]
    elif kind == "dashes":
        data = data[:at] + b"-" * rng.choice((1000, 20_000, 100_000)) + data[at:]
    else:
        for _ in range(rng.randrange(2, 40)):
            i = rng.randrange(len(data))
            data = data[:i] + bytes([rng.randrange(256)]) + data[i + 1:]
    return Case("txt", kind, f"case-{enc}.txt", data, ref if light else None, enc)


def _wide_char(text: str, rng: random.Random) -> int | None:
    wide = [i for i, c in enumerate(text) if ord(c) > 0x7F]
    return rng.choice(wide) if wide else None


@lru_cache(maxsize=1)
def seed_docx() -> tuple[bytes, ...]:
    """python-docx documents: the samples as official documents, plus numbering and a table."""
    from tests.readers.docxgen import add_table, from_markdown, new_document, save

    out = []
    for md in sorted((ROOT / "samples" / "expected").glob("*.md"))[:3]:
        out.append(from_markdown(md.read_text(encoding="utf-8")))
    doc = new_document()
    for i in range(6):
        doc.add_paragraph(f"第{i}项工作安排。", style="List Number")
    add_table(doc, [["项目", "负责人"], ["道路", "张三"], ["桥梁", "李四"]])
    out.append(save(doc))
    return tuple(out)


RE_ATTR_INT = re.compile(rb'(w:(?:val|ilvl|gridSpan|start|numId|abstractNumId|id)=")([^"]*)(")')


def docx_case(rng: random.Random) -> Case:
    src = rng.choice(seed_docx())
    zin = zipfile.ZipFile(io.BytesIO(src))
    names = [i.filename for i in zin.infolist()]
    xml_names = [n for n in names if n.endswith((".xml", ".rels"))]
    target = rng.choice(xml_names)
    kind = rng.choice(("attr", "attr", "cut-tag", "dup-element", "flip", "truncate-xml", "dup-part",
                       "content-type", "deep", "many-paras"))
    out = io.BytesIO()
    with warnings.catch_warnings(), zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as zout:
        warnings.simplefilter("ignore")  # the duplicated part name is the point
        for n in names:
            body = zin.read(n)
            if n == target:
                body = _mutate_xml(body, kind, rng)
            if kind == "content-type" and n == "[Content_Types].xml":
                body = body.replace(b"wordprocessingml.styles+xml", b"wordprocessingml.numbering+xml", 1)
            zout.writestr(n, body)
            if kind == "dup-part" and n == target:
                zout.writestr(n, body)  # a duplicated part name
    return Case("docx", f"{kind}:{target}", "case.docx", out.getvalue())


def _mutate_xml(body: bytes, kind: str, rng: random.Random) -> bytes:
    if kind == "attr":
        hits = list(RE_ATTR_INT.finditer(body))
        if hits:
            m = rng.choice(hits)
            bad = rng.choice((b"%9", b"1.5", b"10000", b"-1", b"", b"99999999999", b"abc", b"\xe4\xb8\x80"))
            return body[:m.start(2)] + bad + body[m.end(2):]
    if kind == "cut-tag":
        i = rng.randrange(len(body))
        j = body.find(b">", i)
        return body[:i] + body[j + 1:] if j > 0 else body
    if kind == "dup-element":
        m = list(re.finditer(rb"<w:(p|tbl|tr|tc|lvl|style)\b.*?</w:\1>", body, re.S))
        if m:
            el = rng.choice(m)
            return body[:el.end()] + el.group(0) * rng.randrange(1, 4) + body[el.end():]
    if kind == "flip":
        i = rng.randrange(len(body))
        return body[:i] + bytes([body[i] ^ (1 << rng.randrange(8))]) + body[i + 1:]
    if kind == "truncate-xml":
        return body[: rng.randrange(len(body))]
    if kind == "deep" and b"<w:body>" in body:
        n = rng.choice((50, 300, 3000))
        nest = b"<w:tbl><w:tr><w:tc>" * n + b"<w:p><w:r><w:t>\xe6\xb7\xb1</w:t></w:r></w:p>" + b"</w:tc></w:tr></w:tbl>" * n
        return body.replace(b"<w:body>", b"<w:body>" + nest, 1)
    if kind == "many-paras" and b"<w:body>" in body:
        paras = b"<w:p><w:r><w:t>\xe4\xb8\x80\xe8\xa1\x8c</w:t></w:r></w:p>" * rng.choice((20_000, 50_000))
        return body.replace(b"<w:body>", b"<w:body>" + paras, 1)
    return body


@lru_cache(maxsize=1)
def seed_pdfs() -> tuple[bytes, ...]:
    """Small reportlab PDFs of the samples' first lines (uncompressed streams), and table.pdf."""
    from reportlab.lib.pagesizes import A4
    from reportlab.pdfbase import pdfmetrics
    from reportlab.pdfbase.cidfonts import UnicodeCIDFont
    from reportlab.pdfgen import canvas

    pdfmetrics.registerFont(UnicodeCIDFont("STSong-Light"))
    out = []
    for text in seed_texts()[:3]:
        buf = io.BytesIO()
        c = canvas.Canvas(buf, pagesize=A4, pageCompression=0)
        lines = [ln.strip() for ln in text.splitlines() if ln.strip()][:60]
        for page in range(0, len(lines), 30):
            c.setFont("STSong-Light", 11)
            for k, ln in enumerate(lines[page:page + 30]):
                c.drawString(60, 780 - 24 * k, ln[:40])
            c.showPage()
        c.save()
        out.append(buf.getvalue())
    out.append((ROOT / "samples" / "pdf" / "table.pdf").read_bytes())
    return tuple(out)


def pdf_case(rng: random.Random) -> Case:
    data = source = rng.choice(seed_pdfs())
    kind = rng.choice(("flip", "truncate", "xref-zero", "stream", "deep-array", "many-glyphs", "delete-obj"))
    if kind == "flip":
        for _ in range(rng.randrange(1, 10)):
            i = rng.randrange(len(data))
            data = data[:i] + bytes([data[i] ^ (1 << rng.randrange(8))]) + data[i + 1:]
    elif kind == "truncate":
        data = data[: rng.randrange(16, len(data))]
    elif kind == "xref-zero":
        offs = list(re.finditer(rb"\n(\d{10}) 00000 n", data))
        if offs:
            m = rng.choice(offs)
            data = data[:m.start(1)] + b"0000000000" + data[m.end(1):]
    elif kind == "stream":
        m = list(re.finditer(rb"stream\r?\n(.*?)endstream", data, re.S))
        if m:
            s = rng.choice(m)
            i = rng.randrange(s.start(1), max(s.start(1) + 1, s.end(1)))
            data = data[:i] + bytes(rng.randrange(256) for _ in range(rng.randrange(1, 32))) + data[i:]
    elif kind == "deep-array":
        i = data.find(b"stream")
        n = rng.choice((1000, 10_000, 100_000))
        data = data[:i] + b"[" * n + data[i:]
    elif kind == "many-glyphs":
        m = re.search(rb"(BT.*?)(ET)", data, re.S)
        if m:
            glyphs = b"(x) Tj " * rng.choice((20_000, 200_000))
            data = data[:m.start(2)] + glyphs + data[m.start(2):]
    else:
        objs = list(re.finditer(rb"\n\d+ 0 obj\b.*?endobj", data, re.S))
        if objs:
            o = rng.choice(objs)
            data = data[:o.start()] + data[o.end():]
    # One zeroed xref offset is repaired (readers/pdf_repair.py): the text must all be there, with a warning.
    return Case("pdf", kind, "case.pdf", data, source=source if kind == "xref-zero" and data != source else None)


MAKERS = {"txt": txt_case, "docx": docx_case, "pdf": pdf_case}
# The mix: 12,000 TXT, 5,500 DOCX, 2,500 PDF in 20,000.
SHARES = (("txt", 0.60), ("docx", 0.275), ("pdf", 0.125))


def case(seed: int, index: int, n: int) -> Case:
    """Case `index` of a run of `n`: the format by its share, the mutation from (seed, index)."""
    rng = random.Random(f"{seed}:{index}")
    at, fmt = index / max(1, n), "txt"
    acc = 0.0
    for f, share in SHARES:
        acc += share
        if at < acc:
            fmt = f
            break
    return MAKERS[fmt](rng)
