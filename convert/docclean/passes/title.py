"""The title: the first substantive line, kept once (a repeated copy is dropped, even when
spaces or a line wrap run through it)."""

from __future__ import annotations

from itertools import islice

from ..cache import rx
from ..model import K_LINE, K_PARAGRAPH, K_TITLE, Block, Document, Reason
from ..page.edges import RE_PIECE
from ..page.titleblock import RE_DATE_ALONE
from ..page.titlelike import MIN_FIELD_COLONS, RE_COLON
from ..tables import RE_IDEO
from .base import Context, Pass

MAX_TITLE = 80
LOOKAHEAD = 3  # a duplicate must start within this many non-blank lines after the title
RE_NOT_TITLE_END = rx.compile(r"[：:，,；;、。]$")
RE_QUESTION = rx.compile(r"\s*(?:Q|问)\s*[:：]")
RE_ANSWER = rx.compile(r"\s*(?:A|答)\s*[:：]")
FOLD = str.maketrans(",;:?!()", "，；：？！（）")
FOLD_CHAR = {chr(k): chr(v) for k, v in FOLD.items()}  # FOLD for one character, by a dict lookup


def _is_title(text: str, ctx: Context) -> bool:
    """The first line may be the title: not a sentence, a salutation, a point, a collection's piece
    heading (`某某心得体会篇1`: the page's own title went) nor a bar of fields (`来源：… | 被引量：…`)."""
    return (2 <= len(text) <= MAX_TITLE and RE_IDEO.search(text) is not None
            and not RE_NOT_TITLE_END.search(text) and "。" not in text
            and RE_PIECE.search(text) is None and len(RE_COLON.findall(text)) < MIN_FIELD_COLONS
            and not ctx.rules.headings.salutation.match(text)
            and not ctx.rules.headings.point_start.match(text))


def run(doc: Document, ctx: Context) -> Document:
    existing = next((b for b in doc.blocks if b.kind is K_TITLE), None)
    if existing is None:
        lines = [b for b in islice((b for b in doc.blocks if b.text), 3)]
        dateline = lines[0] if lines and lines[0].kind in (K_LINE, K_PARAGRAPH) \
            and RE_DATE_ALONE.fullmatch(lines[0].text.strip()) else None
        lines = lines[1:3] if dateline is not None else lines[:2]  # `民国101年10月03日 星期三` over the heading
        first = lines[0] if lines else None
        if first is None or first.kind not in (K_LINE, K_PARAGRAPH) or not _is_title(first.text, ctx) \
                or (len(lines) == 2 and RE_QUESTION.match(first.text) and RE_ANSWER.match(lines[1].text)) \
                or _under_stamp(doc, first):
            return doc  # (`Q: …？` over `A: …`: an interview's first turn, no title)
        first.kind, first.level = K_TITLE, 1
        if dateline is not None:  # the title first, its dateline under it (by identity: blocks compare by value)
            del doc.blocks[next(i for i, b in enumerate(doc.blocks) if b is first)]
            doc.blocks.insert(next(i for i, b in enumerate(doc.blocks) if b is dateline), first)
        existing = first
        doc.changes[PASS.name] += 1
    doc.changes[PASS.name] += _drop_copies(doc, existing)
    return doc


def _under_stamp(doc: Document, first: Block) -> bool:
    """Whether the page's publish fields went from right above the first line (`来源:某某日报
    时间:2013-10-14` / a deck): the scrape began under the headline, and a title never stands under
    its stamp of fields (`来源:… 时间:…`). (A date alone over a headline is a dateline.)"""
    line = first.prov.line
    return line is not None and any(r.reason is Reason.METADATA and r.line == line - 1 and RE_COLON.search(r.text)
                                    for r in doc.removals) \
        and not any(r.line is not None and r.line < line and r.reason is not Reason.METADATA for r in doc.removals)


def _drop_copies(doc: Document, title: Block) -> int:
    """Remove a copy of the title at the start of the next lines (whitespace-insensitive)."""
    # (FOLD maps one character to one, none of them whitespace: the title folded whole reads
    # position for position as its characters folded one by one)
    target = [c for c in title.text.translate(FOLD) if not c.isspace()]
    # (by identity: `index` compared every block before it field by field; none before the
    # title equals it, being empty or no title)
    start = next(i for i, b in enumerate(doc.blocks) if b is title) + 1
    following = list(islice((b for b in islice(doc.blocks, start, None) if b.text), LOOKAHEAD))
    k = 0
    consumed: list[tuple[Block, int]] = []
    for b in following:
        if b.kind not in (K_LINE, K_TITLE, K_PARAGRAPH):
            return 0
        j = 0
        t = b.text
        while j < len(t) and k < len(target):
            if t[j].isspace():
                j += 1
            elif FOLD_CHAR.get(t[j], t[j]) == target[k]:  # (only up to where it diverges: a line may be long)
                j += 1
                k += 1
            else:
                break
        if k == len(target):
            if j < len(t) and not t[j].isspace():
                return 0  # the title's words open a longer sentence: that is body text
            consumed.append((b, j))
            break
        if j < len(t) or j == 0:
            return 0  # the line diverges from the title: not a copy
        consumed.append((b, j))
    if k < len(target):
        return 0
    for b, j in consumed:
        doc.remove(b.text[:j], "title.duplicate", Reason.DUPLICATE_TITLE, b.prov)
        b.text = b.text[j:].strip()
    return 1


PASS = Pass("title", "detect the title; drop repeated copies of it", run)
