"""Labelled scraped pages: the dev set of issue 10, real (labels under `labels/`) or synthetic.

A label file (`labels/GROUP/STEM.tsv`) points into a page that lives elsewhere (the repo's
`samples/raw/` or `../shared/corpus/`), so it holds line numbers and labels, never the text:

    # source: samples/raw/002_784b25c4e5f64dfc.txt     (or shared:corpus/txt-dirty/...)
    # title: 全区超额完成市考指标任务动员会发言稿          (the expected title, or `-` for none)
    # date: 2022-02-24                                   (the expected front-matter date, or `-`)
    # note: free text, any number of these lines
    1-9	chrome
    10	title
    11	body
    12-13	meta

Line numbers are 1-based lines of the decoded text split on newlines (the numbering of
docclean's `Provenance.line`). Every non-blank line is covered by exactly one range. A
`chrome` or `meta` range is one *unit*: the UI line a reader sees, even when the page put
each of its fragments on a line of its own (`【字体：` / `大` / `中` / `小` / `】` is one
unit). `body` and `title` ranges are just runs. A piece of chrome (or meta) inside a body line (a
flattened doc-site line holding `3590 字范文` or `查看更多`) is a unit of its own, written
`LINE:FIRST-LAST` with 1-based inclusive columns of that line (`7:73-80	chrome`); the line
itself stays labelled body. Labels:

- chrome: site furniture that must not survive (banners, navigation, toolbars, share and
  print buttons, related links, disclaimers, captions, counts, ads);
- meta: publish time, `来源：`, `作者：`, `编辑：` lines: they leave the body, their values
  go to the front matter;
- title: the document's title (every copy of it: page title, on-page title);
- body: the document's own text, including subtitles, delivery lines and the closing
  date of an official document.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from pathlib import Path

LABELS = ("chrome", "meta", "title", "body")
DEVSET = Path(__file__).resolve().parent
ROOT = DEVSET.parents[1]
SHARED = ROOT.parent / "shared"


@dataclass(frozen=True)
class Unit:
    first: int  # 1-based, inclusive
    last: int
    label: str
    cols: tuple[int, int] | None = None  # 1-based inclusive columns of line `first`: a piece inside a body line


@dataclass(frozen=True)
class LabelledPage:
    """A page's bytes, its line labels and what the front matter should say."""

    name: str
    data: bytes
    units: tuple[Unit, ...]
    title: str | None
    date: str | None
    group: str = ""
    notes: tuple[str, ...] = field(default=())

    def label_of(self) -> dict[int, str]:
        """Line number -> label."""
        return {i: u.label for u in self.units if u.cols is None for i in range(u.first, u.last + 1)}


class LabelError(ValueError):
    """A label file that does not describe its page (overlaps, gaps, unknown labels)."""


def parse_labels(text: str) -> tuple[dict[str, str], list[Unit], list[str]]:
    """The header fields, the units and the notes of a label file."""
    head: dict[str, str] = {}
    notes: list[str] = []
    units: list[Unit] = []
    for n, line in enumerate(text.splitlines(), 1):
        if not line.strip():
            continue
        if line.startswith("#"):
            key, _, val = line[1:].strip().partition(":")
            if key.strip() == "note":
                notes.append(val.strip())
            else:
                head[key.strip()] = val.strip()
            continue
        span, _, label = line.partition("\t")
        label = label.strip()
        if label not in LABELS:
            raise LabelError(f"line {n}: unknown label {label!r}")
        span, _, cols = span.strip().partition(":")
        a, _, b = span.partition("-")
        if cols:
            if b:
                raise LabelError(f"line {n}: a piece lies inside one line, not a range ({span}:{cols})")
            c, _, d = cols.partition("-")
            units.append(Unit(int(a), int(a), label, (int(c), int(d or c))))
        else:
            units.append(Unit(int(a), int(b or a), label))
    return head, units, notes


def source_path(source: str) -> Path:
    """`shared:corpus/...` is under ../shared; anything else is relative to the repo."""
    if source.startswith("shared:"):
        return SHARED / source.removeprefix("shared:")
    return ROOT / source


def check(page: LabelledPage, lines: list[str]) -> None:
    """Every non-blank line labelled once, no label on a line past the end; pieces inside body lines."""
    seen: dict[int, int] = {}
    for u in page.units:
        if u.first > u.last or u.last > len(lines):
            raise LabelError(f"{page.name}: range {u.first}-{u.last} is outside the page ({len(lines)} lines)")
        if u.cols is not None:
            continue
        for i in range(u.first, u.last + 1):
            seen[i] = seen.get(i, 0) + 1
    twice = sorted(i for i, c in seen.items() if c > 1)
    missing = [i for i, line in enumerate(lines, 1) if line.strip() and i not in seen]
    if twice or missing:
        raise LabelError(f"{page.name}: lines labelled twice {twice[:10]}, unlabelled {missing[:10]}")
    body = {i for i, label in page.label_of().items() if label == "body"}
    for u in page.units:
        if u.cols is not None and (u.first not in body or u.label == "body"
                                   or not 1 <= u.cols[0] <= u.cols[1] <= len(lines[u.first - 1])):
            raise LabelError(f"{page.name}: piece {u.first}:{u.cols[0]}-{u.cols[1]} {u.label} must be chrome, meta"
                             " or title inside a body line")


def load(label_file: Path) -> LabelledPage | None:
    """The page a label file describes, or None when its source is not on this machine."""
    head, units, notes = parse_labels(label_file.read_text(encoding="utf-8"))
    src = source_path(head["source"])
    if not src.is_file():
        return None

    def opt(key: str) -> str | None:
        v = head.get(key, "-")
        return None if v in ("-", "") else v

    return LabelledPage(name=f"{label_file.parent.name}/{label_file.stem}", data=src.read_bytes(),
                        units=tuple(units), title=opt("title"), date=opt("date"),
                        group=label_file.parent.name, notes=tuple(notes))


def label_files() -> list[Path]:
    return sorted((DEVSET / "labels").glob("*/*.tsv"))


def real_pages() -> tuple[list[LabelledPage], list[Path]]:
    """Every labelled page present here, and the label files whose source is absent."""
    pages, absent = [], []
    for f in label_files():
        p = load(f)
        if p is None:
            absent.append(f)
        else:
            pages.append(p)
    return pages, absent
