"""`OUT/_manifest.jsonl`: what each input was when it was converted, so a rerun skips it.

The first line names the tool version, the rules and the options; then one line per
converted file, appended (and flushed) as soon as its output is in place. A run killed with
kill -9 leaves at most a torn last line, which is ignored; the next run converts what has
no line yet. At the end of a run the manifest is rewritten compactly (last line wins).
"""

from __future__ import annotations

import hashlib
import json
import os
from pathlib import Path
from typing import IO, Any

from .. import __version__
from ..files import atomic_write
from ..options import Options
from ..rules import load_rules

NAME = "_manifest.jsonl"


def fingerprint(options: Options) -> str:
    """Tool version + every rule file's bytes + the options that change output."""
    h = hashlib.blake2b(digest_size=10)
    h.update(__version__.encode())
    for p in load_rules(options.rules_dir).sources:
        h.update(str(p.name).encode() + b"\0" + p.read_bytes())
    h.update(repr((options.script, options.cjk_latin_space, options.front_matter)).encode())
    return h.hexdigest()


def file_hash(path: Path) -> str:
    h = hashlib.blake2b(digest_size=16)
    with path.open("rb") as f:
        for chunk in iter(lambda: f.read(1 << 20), b""):
            h.update(chunk)
    return h.hexdigest()


class Manifest:
    def __init__(self, out_dir: Path, print_: str) -> None:
        self.path = out_dir / NAME
        self.print = print_
        self.entries: dict[str, dict[str, Any]] = {}
        self.learned: frozenset[str] = frozenset()
        self.duplicates: list[list[str]] | None = None  # the last run's groups, reused when nothing changed
        if self.path.is_file():
            self._load()
        self._fh: IO[str] | None = None

    def _load(self) -> None:
        lines = self.path.read_text(encoding="utf-8", errors="replace").split("\n")
        try:
            head = json.loads(lines[0])
        except (json.JSONDecodeError, IndexError):
            return
        if head.get("fingerprint") != self.print:
            return  # another tool version, other rules or options: everything is stale
        self.learned = frozenset(head.get("learned") or ())
        self.duplicates = head.get("duplicates")
        for line in lines[1:]:
            try:
                rec = json.loads(line)
            except json.JSONDecodeError:
                continue  # a line torn by a killed run
            if isinstance(rec, dict) and "rel" in rec:
                self.entries[rec["rel"]] = rec

    def unchanged(self, rel: str, sha: str) -> dict[str, Any] | None:
        rec = self.entries.get(rel)
        if rec and rec.get("sha") == sha and rec.get("status") in ("ok", "duplicate") and (
                rec.get("status") == "duplicate" or Path(rec["out"]).is_file()):
            return rec
        return None

    def append(self, rec: dict[str, Any]) -> None:
        """Record one finished file at once (flushed: a kill -9 right after keeps it)."""
        if self._fh is None:  # first record of this run: start from a clean, current file
            self.path.parent.mkdir(parents=True, exist_ok=True)
            atomic_write(self.path, self._header() + "".join(json.dumps(r, ensure_ascii=False) + "\n"
                                                             for r in self.entries.values()))
            self._fh = self.path.open("a", encoding="utf-8")
        self.entries[rec["rel"]] = rec
        self._fh.write(json.dumps(rec, ensure_ascii=False) + "\n")
        self._fh.flush()

    def _header(self) -> str:
        return json.dumps({"fingerprint": self.print, "learned": sorted(self.learned),
                           "duplicates": self.duplicates}, ensure_ascii=False) + "\n"

    def save(self) -> None:
        """Rewrite compactly: one line per input, sorted."""
        if self._fh is not None:
            self._fh.close()
            self._fh = None
        body = "".join(json.dumps(self.entries[k], ensure_ascii=False) + "\n" for k in sorted(self.entries))
        atomic_write(self.path, self._header() + body)

    def forget(self, rel: str) -> None:
        self.entries.pop(rel, None)


def remove_quietly(path: str | os.PathLike[str]) -> bool:
    try:
        Path(path).unlink()
        return True
    except FileNotFoundError:
        return False
