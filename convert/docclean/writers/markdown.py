"""Markdown per OUTPUT.md: front matter, `# title`, one paragraph per line, GFM tables."""

from __future__ import annotations

import re

from ..model import Block, Document, Kind

RE_NEEDS_ESCAPE = re.compile(r"^(?:[#>|]|[-+*](?:\s|$))")
RE_ORDERED = re.compile(r"^(\d+)\.(?=\s|$)")


def escape(text: str) -> str:
    """Escape a paragraph start that Markdown would read as syntax (`# `, `- `, `1. `, `> `)."""
    if RE_NEEDS_ESCAPE.match(text):
        return "\\" + text
    return RE_ORDERED.sub(r"\1\\.", text)


def _yaml_value(v: str) -> str:
    if re.search(r"^[\s'\"\[\]{}>|*&!%@`#-]|: |\s#|\s$", v) or v.lower() in ("true", "false", "null", "~"):
        return '"' + v.replace("\\", "\\\\").replace('"', '\\"') + '"'
    return v


def front_matter(doc: Document) -> str:
    m = doc.meta
    items: list[tuple[str, str]] = [(k, v) for k, v in
                                    (("title", m.title), ("date", m.date), ("source", m.source)) if v]
    lines = [f"{k}: {_yaml_value(v)}" for k, v in items]
    if m.truncated:
        lines.append("truncated: true")
    lines += [f"{k}: {_yaml_value(v)}" for k, v in m.extra.items()]
    return "---\n" + "\n".join(lines) + "\n---\n" if lines else ""


def _table(b: Block) -> str:
    if not b.rows:
        return b.text
    ncol = max(len(r) for r in b.rows)
    rows = [[c.replace("|", "\\|").replace("\n", " ") for c in r] + [""] * (ncol - len(r)) for r in b.rows]
    lines = ["| " + " | ".join(rows[0]) + " |", "| " + " | ".join(["---"] * ncol) + " |"]
    lines += ["| " + " | ".join(r) + " |" for r in rows[1:]]
    return "\n".join(lines)


def render_block(b: Block) -> str:
    if b.kind is Kind.TITLE:
        return f"# {b.text}"
    if b.kind is Kind.HEADING:
        return f"{'#' * max(2, min(b.level, 6))} {b.text}"
    if b.kind is Kind.TABLE:
        return _table(b)
    if b.kind is Kind.FOOTNOTE:
        return f"[^{b.ref}]: {b.text}"
    if b.kind is Kind.LIST:
        return ("  " * max(0, b.level - 1)) + ("1. " if b.ordered else "- ") + b.text
    return escape(b.text)


def render(doc: Document, with_front_matter: bool = True) -> str:
    parts: list[str] = []
    prev: Block | None = None
    for b in doc.blocks:
        if not (b.text or b.rows):
            continue
        out = render_block(b)
        # Consecutive table rows and list items stay together; everything else is one blank line apart.
        # (A table block with `rows` is a whole table; text table rows come one block per row.)
        tight = prev is not None and prev.kind is b.kind and (b.kind is Kind.LIST or (
            b.kind is Kind.TABLE and not b.rows and not prev.rows))
        parts.append(("\n" if tight else "\n\n" if parts else "") + out)
        prev = b
    body = "".join(parts).strip("\n")
    head = front_matter(doc) if with_front_matter else ""
    return head + body + "\n" if body else head
