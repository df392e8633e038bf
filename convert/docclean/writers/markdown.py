"""Markdown per OUTPUT.md: front matter, `# title`, one paragraph per line, GFM tables."""

from __future__ import annotations

import datetime as dt
import re

from ..cache import rx
from ..model import K_FOOTNOTE, K_HEADING, K_LIST, K_TABLE, K_TITLE, Block, Document

RE_NEEDS_ESCAPE = rx.compile(r"^(?:[#>|]|[-+*](?:\s|$))")
RE_ORDERED = rx.compile(r"^(\d+)\.(?=\s|$)")
_SYNTAX_FIRST = "#>|-+*"  # what RE_NEEDS_ESCAPE's match starts with (an empty text is "in" it: matched as before)
RE_ISO_DATE = rx.compile(r"^\d{4}-\d{2}-\d{2}$")
RE_FRONT = rx.compile(r"\A---\n(.*?\n)?---[ \t]*(?:\n|\Z)", re.S)


def escape(text: str) -> str:
    """Escape a paragraph start that Markdown would read as syntax (`# `, `- `, `1. `, `> `)."""
    first = text[:1]
    if first not in _SYNTAX_FIRST and not first.isdecimal():
        return text  # (each pattern's first character: `\\d` is what `isdecimal` says yes to; most paragraphs)
    if RE_NEEDS_ESCAPE.match(text):
        return "\\" + text
    # (`match` first: a template with a group reference sends every `sub` call through `re`'s
    # Python code, ~9k instructions a paragraph; the pattern is anchored, so it finds the same)
    return RE_ORDERED.sub(r"\1\\.", text) if RE_ORDERED.match(text) else text


def _plain_date(v: str) -> str | dt.date:
    """An ISO date is written as a YAML date (`date: 2022-02-24`, unquoted); other text stays a string."""
    try:
        return dt.date.fromisoformat(v) if RE_ISO_DATE.match(v) else v
    except ValueError:
        return v


def front_matter(doc: Document) -> str:
    """The YAML block, keys in OUTPUT.md's order, each only when known. PyYAML's safe dumper
    quotes exactly what YAML needs (`:`, `#`, tabs, `yes`, digits), so any title reads back."""
    m = doc.meta
    data: dict[str, object] = {k: v for k, v in (("title", m.title), ("date", m.date), ("source", m.source)) if v}
    if "date" in data:
        data["date"] = _plain_date(str(data["date"]))
    if m.truncated:
        data["truncated"] = True
    data.update(m.extra)
    if not data:
        return ""
    body = _plain_block(data)
    if body is None:
        import yaml  # ~15 ms of start-up: only for values that need quoting

        body = yaml.dump(data, Dumper=_dumper(data), allow_unicode=True, sort_keys=False, width=1 << 30,
                         default_flow_style=False)
    return "---\n" + body + "---\n"


# Text the dumper writes as it is (a plain scalar): letters, digits, CJK and its punctuation,
# spaces inside, and `_ . ( ) / -` (never first: `-`, `.` start indicators and `---`/`...`).
# Nothing YAML reads as syntax (`:`, `#`, quotes, brackets, `!&*|>%@`, tabs, breaks).
_PLAIN_CHARS = ("A-Za-z0-9_()/\u00b7\u2014\u2018\u2019\u201c\u201d\u2026"  # · — ‘ ’ “ ” …
                "\u3001-\u303f\u3400-\u4dbf\u4e00-\u9fff\uff01-\uff5e")  # CJK, its punctuation, full-width forms
_RE_PLAIN = rx.compile(f"[{_PLAIN_CHARS}](?:[{_PLAIN_CHARS}. -]*[{_PLAIN_CHARS}.-])?")
_RE_KEY = rx.compile("[A-Za-z_][A-Za-z0-9_]{0,63}")
# What PyYAML's resolver (yaml/resolver.py, YAML 1.1) reads as a bool, float, int, merge, null,
# timestamp or value: such text must be quoted to stay a string, so PyYAML writes it.
_RE_IMPLICIT = rx.compile(r"""
    yes|Yes|YES|no|No|NO|true|True|TRUE|false|False|FALSE|on|On|ON|off|Off|OFF
    |[-+]?(?:[0-9][0-9_]*)\.[0-9_]*(?:[eE][-+][0-9]+)?|\.[0-9][0-9_]*(?:[eE][-+][0-9]+)?
    |[-+]?[0-9][0-9_]*(?::[0-5]?[0-9])+\.[0-9_]*|[-+]?\.(?:inf|Inf|INF)|\.(?:nan|NaN|NAN)
    |[-+]?0b[0-1_]+|[-+]?0[0-7_]+|[-+]?(?:0|[1-9][0-9_]*)|[-+]?0x[0-9a-fA-F_]+|[-+]?[1-9][0-9_]*(?::[0-5]?[0-9])+
    |<<|~|null|Null|NULL|=
    |[0-9][0-9][0-9][0-9]-[0-9][0-9]-[0-9][0-9]
    |[0-9][0-9][0-9][0-9]-[0-9][0-9]?-[0-9][0-9]?(?:[Tt]|[\ \t]+)[0-9][0-9]?:[0-9][0-9]:[0-9][0-9](?:\.[0-9]*)?
     (?:[\ \t]*(?:Z|[-+][0-9][0-9]?(?::[0-9][0-9])?))?
    """, re.X)


def _plain(v: str) -> bool:
    return _RE_PLAIN.fullmatch(v) is not None and _RE_IMPLICIT.fullmatch(v) is None


def _plain_block(data: dict[str, object]) -> str | None:
    """The block PyYAML writes for `data` when every key and value is written as it is (plain
    text, `true`, a date), without importing PyYAML; None when something needs its quoting
    (tests/writers/test_markdown.py compares the two on fuzzed values)."""
    lines = []
    for k, v in data.items():
        if v is True or v is False:
            text = "true" if v else "false"
        elif type(v) is dt.date:
            text = v.isoformat()
        elif type(v) is str and _plain(v):
            text = v
        else:
            return None
        if type(k) is not str or not _RE_KEY.fullmatch(k) or _RE_IMPLICIT.fullmatch(k):
            return None  # a key past 128 characters is written as a complex key (`? ...`)
        lines.append(f"{k}: {text}\n")
    return "".join(lines)


def _dumper(data: dict[str, object]) -> type:
    """libyaml's dumper (4x faster: the Python emitter was a tenth of the TXT path) when it is
    built and every key and value is text it writes byte for byte as the Python one does
    (tests/writers/test_markdown.py compares the two); else PyYAML's own SafeDumper."""
    import yaml

    fast = getattr(yaml, "CSafeDumper", None)
    if fast is not None and all(_c_safe(k) and _c_safe(v) for k, v in data.items()):
        return fast
    return yaml.SafeDumper


def _c_safe(v: object) -> bool:
    """Past printable BMP text the two emitters differ (libyaml escapes NEL and astral
    characters in double quotes where PyYAML single-quotes them). `isprintable` refuses
    every control, format, separator (U+2028/9), private-use, surrogate and unassigned code
    point, more than needed but never less; astral characters are refused by `max`."""
    if isinstance(v, bool | dt.date):
        return True
    return isinstance(v, str) and v.isprintable() and (v.isascii() or max(v) <= "\uffff")


def split_front_matter(markdown: str) -> tuple[dict[str, object], str]:
    """(front matter as read by yaml.safe_load, the rest). Text without a YAML block gives ({}, text)."""
    m = RE_FRONT.match(markdown)
    if not m:
        return {}, markdown
    import yaml

    try:
        # libyaml's loader when PyYAML has it (4x faster; corpus workers read every output's block)
        data = yaml.load(m.group(1) or "", Loader=getattr(yaml, "CSafeLoader", yaml.SafeLoader))
    except yaml.YAMLError:
        return {}, markdown  # a `---` rule that only looks like front matter: it is text
    if data is None:
        return {}, markdown[m.end():]
    if not isinstance(data, dict):
        return {}, markdown
    return {str(k): v.isoformat() if isinstance(v, dt.date) else v for k, v in data.items()}, markdown[m.end():]


def _table(b: Block) -> str:
    if not b.rows:
        return b.text
    ncol = max(len(r) for r in b.rows)
    rows = [[c.replace("|", "\\|").replace("\n", " ") for c in r] + [""] * (ncol - len(r)) for r in b.rows]
    lines = ["| " + " | ".join(rows[0]) + " |", "| " + " | ".join(["---"] * ncol) + " |"]
    lines += ["| " + " | ".join(r) + " |" for r in rows[1:]]
    return "\n".join(lines)


def render_block(b: Block) -> str:
    if b.kind is K_TITLE:
        return f"# {b.text}"
    if b.kind is K_HEADING:
        return f"{'#' * max(2, min(b.level, 6))} {b.text}"
    if b.kind is K_TABLE:
        return _table(b)
    if b.kind is K_FOOTNOTE:
        return f"[^{b.ref}]: {b.text}"
    if b.kind is K_LIST:
        return ("  " * max(0, b.level - 1)) + ("1. " if b.ordered else "- ") + b.text
    return escape(b.text)


def render(doc: Document, with_front_matter: bool = True) -> str:
    head, body = render_parts(doc, with_front_matter)
    return head + body


def render_parts(doc: Document, with_front_matter: bool = True) -> tuple[str, str]:
    """The front matter (or "") and the body after it: `render` is their concatenation, and the
    body alone is what row outputs want (rendered once, not again without the head)."""
    parts: list[str] = []
    prev: Block | None = None
    for b in doc.blocks:
        if not (b.text or b.rows):
            continue
        out = render_block(b)
        # Consecutive table rows and list items stay together; everything else is one blank line apart.
        # (A table block with `rows` is a whole table; text table rows come one block per row.)
        tight = prev is not None and prev.kind is b.kind and (b.kind is K_LIST or (
            b.kind is K_TABLE and not b.rows and not prev.rows))
        parts.append(("\n" if tight else "\n\n" if parts else "") + out)
        prev = b
    body = "".join(parts).strip("\n")
    head = front_matter(doc) if with_front_matter else ""
    return head, body + "\n" if body else ""
