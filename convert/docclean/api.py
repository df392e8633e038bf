"""The typed Python API: `convert_path`, `convert_bytes`, `clean_text` -> `Result`."""

from __future__ import annotations

import os
from collections import Counter
from dataclasses import dataclass
from pathlib import Path
from typing import BinaryIO

from .errors import InputError
from .model import Document, Metadata, Removal
from .options import Options
from .passes import PIPELINE, Context
from .readers import read_document
from .readers.text import TextReader
from .rules import RuleSet, load_rules
from .writers.markdown import render_parts

MAX_INPUT = 2 * 2**30  # a document is read whole; past this it is not a document


@dataclass(frozen=True, slots=True)
class Result:
    """The Markdown, what is known about the document, what was removed and what each pass changed."""

    markdown: str
    meta: Metadata
    removals: tuple[Removal, ...]
    changes: dict[str, int]
    document: Document
    original: str = ""  # the reader's text before any pass: removal spans point into it
    rules_dir: Path | None = None  # the rule packs laid over the defaults, for `why`
    head_len: int = 0  # the front matter's length at the start of `markdown` (0: none)

    def removed_spans(self) -> list[tuple[int | None, int | None, str]]:
        """Each removal as (start, end, rule) in `original`; None where the text is not found there."""
        starts = [0]
        for line in self.original.split("\n"):
            starts.append(starts[-1] + len(line) + 1)
        out: list[tuple[int | None, int | None, str]] = []
        taken: set[int] = set()
        for r in self.removals:
            base = starts[r.line - 1] if r.line and r.line <= len(starts) - 1 else 0
            at = self.original.find(r.text, base)
            while at in taken and at >= 0:
                at = self.original.find(r.text, at + 1)
            if at < 0:
                at = self.original.find(r.text)
            if at < 0:
                out.append((None, None, r.rule))
            else:
                taken.add(at)
                out.append((at, at + len(r.text), r.rule))
        return out

    def removed_records(self) -> list[dict[str, object]]:
        """`removed_spans` as typed records for JSONL and Parquet: {start, end, rule} (ints or null)."""
        return [{"start": a, "end": b, "rule": r} for a, b, r in self.removed_spans()]

    def body(self) -> str:
        """The Markdown without the front matter (rendered once, with it)."""
        return self.markdown[self.head_len:]

    def report(self) -> dict[str, object]:
        """The `--report` JSON: every removed span with its rule and line, and per-pass counts."""
        m = self.meta
        reasons = Counter(r.reason.value for r in self.removals)
        rules = Counter(r.rule for r in self.removals)
        return {
            "source": m.source, "format": m.format, "encoding": m.encoding, "title": m.title,
            "date": m.date, "truncated": m.truncated, "script": m.script, "warnings": m.warnings,
            "changes": self.changes, "removed_by_reason": dict(reasons), "removed_by_rule": dict(rules),
            "removals": [r.to_json() for r in self.removals],
            "why": self.why(),
        }

    def why(self) -> dict[str, str]:
        """Each rule that removed something, with one line on what it removes."""
        from .explain import explain
        rules = load_rules(self.rules_dir)
        return {rule: explain(rule, rules) for rule in dict.fromkeys(r.rule for r in self.removals)}


def _finish(doc: Document, options: Options, rules: RuleSet | None = None) -> Result:
    ctx = Context(options, rules or load_rules(options.rules_dir))
    original = "\n".join(b.text if not b.rows else " | ".join(c for r in b.rows for c in r) for b in doc.blocks)
    for p in PIPELINE:
        doc.changes.setdefault(p.name, 0)
        doc = p.run(doc, ctx)
    head, body = render_parts(doc, options.front_matter)
    return Result(head + body, doc.meta, tuple(doc.removals), dict(doc.changes), doc, original, options.rules_dir,
                  len(head))


def _checked_options(options: object) -> Options:
    """`options` as an `Options`: anything else (a dict of flags) would surface much later as a
    reader's "damaged file" error that blames the input."""
    if options is None:
        return Options()
    if not isinstance(options, Options):
        raise TypeError(f"options must be a docclean.Options, not {type(options).__name__} "
                        "(e.g. Options(script='keep'))")
    return options


def _checked_bytes(data: object, what: str) -> bytes:
    if isinstance(data, bytes | bytearray | memoryview):
        return bytes(data)
    hint = "a path: use convert_path" if isinstance(data, os.PathLike) else \
        "text: use clean_text" if isinstance(data, str) else "bytes"
    raise TypeError(f"{what} takes a file's bytes, not {type(data).__name__} ({hint})")


def convert_bytes(data: bytes, name: str = "<stdin>", options: Options | None = None,
                  rules: RuleSet | None = None) -> Result:
    """Convert a document given as bytes; `name` is used in errors and as `source`."""
    options = _checked_options(options)
    data = _checked_bytes(data, "convert_bytes")
    doc = read_document(data, name, options)
    if not any(b.text.strip() or b.rows for b in doc.blocks):
        raise InputError(name, "no text in it (empty, or only whitespace)")
    doc.meta.source = doc.meta.source or (os.path.basename(name) if not name.startswith("<") else None)
    return _finish(doc, options, rules)


def convert_path(path: str | bytes | os.PathLike[str] | os.PathLike[bytes] | BinaryIO,
                 options: Options | None = None) -> Result:
    """Convert one file: a path (str, bytes or path-like) or a file object opened in binary mode.
    Raises a `DoccleanError` subclass naming the file and the reason."""
    options = _checked_options(options)
    if hasattr(path, "read"):  # an open file (or BytesIO): its bytes, named by its own name
        data = path.read()
        if isinstance(data, str):
            raise TypeError("convert_path needs a file opened in binary mode ('rb'): a text-mode file has "
                            "already been decoded, perhaps in the wrong encoding")
        name = getattr(path, "name", None)
        return convert_bytes(data, os.fsdecode(name) if isinstance(name, str | bytes) else "<stream>", options)
    if not isinstance(path, str | bytes | os.PathLike):
        raise TypeError(f"convert_path takes a path or a binary file object, not {type(path).__name__}")
    p = Path(os.fsdecode(path))
    if not p.exists():
        if p.is_symlink():  # exists() follows the link: say why it leads nowhere
            raise InputError(p, "a symbolic link that loops or points to a missing file")
        raise InputError(p, "no such file")
    if p.is_dir():
        raise InputError(p, "is a directory, not a file (use 'docclean corpus' for folders)")
    if not p.is_file():
        raise InputError(p, "not a regular file (a FIFO, socket or device would block or never end)")
    try:
        if p.stat().st_size > MAX_INPUT:
            raise InputError(p, f"too large: {p.stat().st_size / 2**30:.1f} GB (at most {MAX_INPUT // 2**30} GB)")
        data = p.read_bytes()
    except OSError as exc:
        raise InputError(p, f"cannot read: {exc.strerror or exc}") from exc
    return convert_bytes(data, str(p), options)


def clean_text(text: str, options: Options | None = None, source: str | None = None) -> Result:
    """Clean text already decoded (a scraped page, a string from another tool). Empty or
    blank text gives an empty result: one empty row must not stop a `datasets.map`."""
    return Cleaner(options).clean(text, source)


class Cleaner:
    """Rules loaded and checked once, then any number of texts: the object to hand to
    `datasets.map`, a datatrove step or a Ray actor.

        cleaner = Cleaner(Options(script="keep"))
        ds = ds.map(cleaner.map, fn_kwargs={"text_field": "text"})
    """

    def __init__(self, options: Options | None = None) -> None:
        self.options = _checked_options(options)
        self.rules = load_rules(self.options.rules_dir)

    def clean(self, text: str, source: str | None = None) -> Result:
        if not isinstance(text, str):
            hint = "use convert_bytes or Cleaner.convert for a file's bytes" if isinstance(
                text, bytes | bytearray) else "pass the text as a str"
            raise TypeError(f"clean_text takes a str, not {type(text).__name__}: {hint}")
        if not text.strip():
            doc = Document(blocks=[], meta=Metadata(source=source, format="txt", encoding="utf-8"))
            return _finish(doc, self.options, self.rules)
        doc = TextReader().read(text.encode("utf-8"), source or "<text>", self.options)
        doc.meta.source = doc.meta.source or source
        return _finish(doc, self.options, self.rules)

    def convert(self, data: bytes, name: str = "<bytes>") -> Result:
        """A whole file's bytes in any supported format (see `convert_bytes`)."""
        return convert_bytes(_checked_bytes(data, "Cleaner.convert"), name, self.options, self.rules)

    def map(self, example: dict[str, object], text_field: str = "text") -> dict[str, object]:
        """For `datasets.map`: the cleaned body in `text_field`, and `docclean_title` and
        `docclean_removed` (a list of {start, end, rule}) beside it; other fields untouched."""
        res = self.clean(str(example.get(text_field) or ""))
        return {text_field: res.body(), "docclean_title": res.meta.title or "",
                "docclean_removed": res.removed_records()}
