"""Real PDFs for the tests, drawn with reportlab at exact positions.

`make_pdf` takes pages of `Text(x, top, text, size, font)` items (top measured from the
top of the page, as pdfplumber does) and returns the PDF bytes. The Chinese font is the
Adobe CID font STSong-Light, which every PDF reader knows without embedding.
"""

from __future__ import annotations

import io
from dataclasses import dataclass

from reportlab.pdfbase import pdfmetrics
from reportlab.pdfbase.cidfonts import UnicodeCIDFont
from reportlab.pdfgen import canvas

pdfmetrics.registerFont(UnicodeCIDFont("STSong-Light"))
W, H = 595.0, 842.0
SONG, HEI = "STSong-Light", "Helvetica-Bold"


@dataclass(frozen=True)
class Text:
    x: float
    top: float
    text: str
    size: float = 12.0
    font: str = SONG


@dataclass(frozen=True)
class Box:
    """A stroked rectangle (table rulings are made of these)."""

    x0: float
    top: float
    x1: float
    bottom: float


def make_pdf(pages: list[list[Text | Box]], *, user_password: str | None = None,
             owner_password: str | None = None, image_pages: tuple[int, ...] = ()) -> bytes:
    buf = io.BytesIO()
    encrypt = None
    if user_password is not None or owner_password is not None:
        from reportlab.lib import pdfencrypt

        encrypt = pdfencrypt.StandardEncryption(user_password or "", owner_password or "owner", canPrint=1)
    c = canvas.Canvas(buf, pagesize=(W, H), encrypt=encrypt)
    for i, items in enumerate(pages):
        for it in items:
            if isinstance(it, Box):
                c.rect(it.x0, H - it.bottom, it.x1 - it.x0, it.bottom - it.top, stroke=1, fill=0)
                continue
            c.setFont(it.font, it.size)
            c.drawString(it.x, H - it.top - it.size * 0.88, it.text)  # baseline from the glyph top
        if i in image_pages:
            _draw_image(c)
        c.showPage()
    c.save()
    return buf.getvalue()


def _draw_image(c: canvas.Canvas) -> None:
    from PIL import Image
    from reportlab.lib.utils import ImageReader

    img = Image.new("L", (200, 280), 255)
    for x in range(20, 180):
        for y in range(40, 44):
            img.putpixel((x, y), 0)  # a "line of print" in the scan
    c.drawImage(ImageReader(img), 50, 100, width=495, height=693)


def body_lines(text: str, per_line: int, x: float = 72.0, top: float = 100.0, size: float = 12.0,
               leading: float = 20.0, indent_first: bool = True) -> list[Text]:
    """A justified-looking paragraph: `per_line` characters a line, first line indented two."""
    out, i, y = [], 0, top
    first = True
    while i < len(text):
        n = per_line - 2 if first and indent_first else per_line
        dx = 2 * size if first and indent_first else 0.0
        out.append(Text(x + dx, y, text[i:i + n], size))
        i += n
        y += leading
        first = False
    return out
