"""What the dev set measures on one converted page, against its labels.

- chrome recall: a chrome or meta unit counts as removed when every one of its lines has a
  removal in the report (so the report explains it) and, for a unit of 4 or more
  characters, its text is not in the output body either (the owner's leak test: squashed
  substring of the body). A piece labelled inside a body line (`7:73-80`) counts when the
  report's removal spans cover it. A unit whose text repeats labelled title or body text (a
  share snippet quoting the opening sentence) is judged by the report alone.
- body lines lost: a body line with a sentence (split after 。！？；) that is not in the
  output, by the same squashed-substring test the owner's `content_loss` uses, with the
  pieces labelled inside the line cut out first. Both sides are compared squashed and NFKC-folded
  (`fold`), so a look-alike the contract maps (`㈠` -> `（一）`) is not a loss.
- stray blocks: output blocks that are not part of the labelled title and body text.
- title and date: the front matter against the label file's `title` and `date`.
"""

from __future__ import annotations

import re
import unicodedata
from dataclasses import dataclass, field
from itertools import product

from docclean.api import Result
from docclean.score import parse, squash

from .pages import LabelledPage, Unit, check

RE_SENTENCE = re.compile(r"[^。！？；]+[。！？；]*")
MIN_TEXT_TEST = 4  # shorter units (`大`, `】`) say nothing by being in the text: only the report counts


@dataclass
class PageScore:
    name: str
    group: str
    units: int = 0
    removed: int = 0
    leaked: list[int] = field(default_factory=list)  # first line of each unit still there
    leaked_units: list[Unit] = field(default_factory=list)
    body_lines: int = 0
    lost: list[int] = field(default_factory=list)  # body lines with a sentence missing from the output
    stray: list[str] = field(default_factory=list)  # output blocks that are not body
    title_ok: bool = True
    date_ok: bool = True
    got_title: str | None = None
    want_title: str | None = None
    got_date: str | None = None
    want_date: str | None = None

    @property
    def recall(self) -> float:
        return self.removed / self.units if self.units else 1.0


def _to_output_script(result: Result):
    """Source text as the output spells it: Traditional pages come out in Simplified."""
    if result.meta.script == "traditional" and result.markdown and _converted(result):
        from docclean.passes.script import to_simplified
        return to_simplified
    return str


def _converted(result: Result) -> bool:
    return result.changes.get("script", 0) > 0


def fold(t: str) -> str:
    """`squash`, then NFKC as a matching key only (never applied to output): the contract maps
    look-alike code points (`㈠` -> `（一）`, Kangxi radicals, full-width letters), so the source's
    spelling of a kept line must still be found in the output. `*` is dropped on both sides:
    `score.parse` reads a literal `**` in the output as bold markup and drops it. A run of dots or
    hyphens is one mark (`......` and `---` are the contract's `……` and `——`, which `squash` folds
    to `...` and `--`)."""
    return RE_DASH_RUN.sub("--", RE_DOT_RUN.sub("...", unicodedata.normalize("NFKC", squash(t)).replace("*", "").replace("―", "-")))


RE_DOT_RUN = re.compile(r"\.{3,}")
RE_DASH_RUN = re.compile(r"-{2,}")


def measure(page: LabelledPage, result: Result) -> PageScore:
    fix = _to_output_script(result)
    lines = result.original.split("\n")
    check(page, lines)
    _, blocks = parse(result.markdown)
    hay = fold("".join(t for _, t in blocks))
    removed_lines = {r.line for r in result.removals if r.line is not None}
    removed_at = {i for a, b, _ in result.removed_spans() if a is not None and b is not None for i in range(a, b)}
    starts = [0]
    for line in lines:
        starts.append(starts[-1] + len(line) + 1)
    pieces: dict[int, list[tuple[int, int]]] = {}
    for u in page.units:
        if u.cols is not None:
            pieces.setdefault(u.first, []).append(u.cols)
    s = PageScore(page.name, page.group, want_title=page.title, want_date=page.date,
                  got_title=result.meta.title, got_date=result.meta.date)

    def line_text(i: int) -> str:
        """Line i as the output spells it, without the pieces labelled inside it."""
        line = lines[i - 1]
        for c, d in sorted(pieces.get(i, ()), reverse=True):
            line = line[:c - 1] + line[d:]
        return fix(line)

    def text(u: Unit) -> str:
        if u.cols is not None:
            return fix(lines[u.first - 1][u.cols[0] - 1:u.cols[1]])
        return "".join(line_text(i) for i in range(u.first, u.last + 1) if i <= len(lines))

    def reported(u: Unit) -> bool:
        if u.cols is not None:
            base = starts[u.first - 1]
            line = lines[u.first - 1]
            return all(base + k in removed_at for k in range(u.cols[0] - 1, u.cols[1]) if not line[k].isspace())
        return all(i in removed_lines or not lines[i - 1].strip() for i in range(u.first, u.last + 1))

    def found(i: int, a: int, b: int) -> bool:
        """Sentence [a, b) of line i is in the output, with each piece labelled in it cut out or
        left in (a piece the cleaner left is a leak, counted as such, not a loss)."""
        line = lines[i - 1]
        inside = [(c, d) for c, d in pieces.get(i, ()) if c - 1 < b and d > a]
        for keep in product((False, True), repeat=len(inside)):
            cut = [p for p, kept in zip(inside, keep, strict=True) if not kept]
            q = fold(fix("".join(ch for k, ch in enumerate(line[a:b], a) if not any(c - 1 <= k < d for c, d in cut))))
            if not q or q in hay:
                return True
        return False

    body_text = [text(u) for u in page.units if u.label in ("body", "title") and u.cols is None]
    body = fold("".join(body_text))
    for u in page.units:
        if u.label in ("chrome", "meta"):
            s.units += 1
            t = fold(text(u))
            # a unit that repeats labelled text (a share snippet quoting the first sentence) is judged by the report
            gone = len(t) < MIN_TEXT_TEST or t not in hay or t in body
            if reported(u) and gone:
                s.removed += 1
            else:
                s.leaked.append(u.first)
                s.leaked_units.append(u)
            continue
        if u.label == "title" or u.cols is not None:
            continue
        for i in range(u.first, u.last + 1):
            if not lines[i - 1].strip():
                continue
            s.body_lines += 1
            if not all(found(i, a, b) for a, b in (m.span() for m in RE_SENTENCE.finditer(lines[i - 1]))):
                s.lost.append(i)
    title = fold(page.title or "")
    for level, t in blocks:
        q = fold(t)
        if q and q not in body and not (level == 1 and q == title):
            s.stray.append(t[:60])
    s.title_ok = fold(result.meta.title or "") == title
    s.date_ok = result.meta.date == page.date
    return s


@dataclass
class Summary:
    pages: int
    recall: float
    units: int
    leaked: int
    lost: int
    pages_losing: int
    stray_per_page: float
    title_right: float
    date_right: float


def summarise(scores: list[PageScore]) -> Summary:
    n = len(scores) or 1
    units = sum(s.units for s in scores)
    return Summary(
        pages=len(scores),
        recall=sum(s.removed for s in scores) / units if units else 1.0,
        units=units,
        leaked=sum(len(s.leaked) for s in scores),
        lost=sum(len(s.lost) for s in scores),
        pages_losing=sum(bool(s.lost) for s in scores),
        stray_per_page=sum(len(s.stray) for s in scores) / n,
        title_right=sum(s.title_ok for s in scores) / n,
        date_right=sum(s.date_ok for s in scores) / n,
    )


def table(scores: list[PageScore]) -> str:
    """Per page and in total, for humans."""
    rows = [f"{'page':40} {'recall':>7} {'leak':>5} {'lost':>5} {'stray':>5} title date"]
    for s in scores:
        rows.append(f"{s.name[:40]:40} {s.recall:7.3f} {len(s.leaked):5d} {len(s.lost):5d} {len(s.stray):5d}"
                    f" {'ok' if s.title_ok else 'NO':>5} {'ok' if s.date_ok else 'NO':>4}")
    t = summarise(scores)
    rows.append(f"{'TOTAL (' + str(t.pages) + ' pages)':40} {t.recall:7.3f} {t.leaked:5d} {t.lost:5d}"
                f" {t.stray_per_page:5.2f} {t.title_right:5.2f} {t.date_right:4.2f}")
    return "\n".join(rows)


def details(s: PageScore, page: LabelledPage, result: Result) -> str:
    """What went wrong on one page: leaked units, lost lines, stray blocks, title and date."""
    lines = result.original.split("\n")
    out = [f"== {s.name}"]
    if not s.title_ok:
        out.append(f"  title: got {s.got_title!r}, want {s.want_title!r}")
    if not s.date_ok:
        out.append(f"  date: got {s.got_date!r}, want {s.want_date!r}")
    for u in s.leaked_units:
        where = f"{u.first}:{u.cols[0]}-{u.cols[1]}" if u.cols else f"{u.first}-{u.last}"
        shown = lines[u.first - 1][u.cols[0] - 1:u.cols[1]] if u.cols else " / ".join(lines[u.first - 1:u.last])
        out.append(f"  leaked {u.label} {where}: {shown[:100]}")
    for i in s.lost:
        out.append(f"  LOST body line {i}: {lines[i - 1][:100]}")
    for t in s.stray:
        out.append(f"  stray block: {t}")
    return "\n".join(out)
