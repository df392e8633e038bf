"""`OUT/_manifest.jsonl`: what each input was when it was converted, so a rerun skips it.

The first line names the tool version, the rules and the options; then one line per
converted file, appended in batches (every BATCH files or BATCH_SECONDS): the batch's outputs
are made durable first (fsynced), then its lines are written and flushed, so every line
names an output that survives a crash. A writer thread does both, in order, so neither the
run nor its workers wait for the disk. A run killed with kill -9 loses at most the batches
not yet written and leaves at most a torn last line, which is ignored; a run stopped by a
signal drops them too rather than wait for their fsyncs; the next run converts what has no
line yet. At the end of a run the manifest is rewritten compactly (last line wins).
"""

from __future__ import annotations

import contextlib
import hashlib
import json
import os
import queue
import threading
import time
from pathlib import Path
from typing import IO, Any

from .. import __version__
from ..files import _sync_dir, atomic_write
from ..options import Options
from ..rules import load_rules
from .dedupe import Index, bands

NAME = "_manifest.jsonl"
LINE = "_line"  # a worker's record holds its own manifest line under this key (not in the line)
BATCH = 256  # lines per manifest write (and per round of fsyncs of the outputs)
SYNC_OPEN = 64  # outputs held open at once while a batch is made durable
BATCH_SECONDS = 1.0  # ... or fewer, when this long has passed since the last write


def fingerprint(options: Options) -> str:
    """Tool version + every rule file's bytes + the options that change output."""
    h = hashlib.blake2b(digest_size=10)
    h.update(__version__.encode())
    for p in load_rules(options.rules_dir).sources:
        h.update(str(p.name).encode() + b"\0" + p.read_bytes())
    h.update(repr((options.script, options.cjk_latin_space, options.front_matter)).encode())
    return h.hexdigest()


def content_hash(data: bytes) -> str:
    """What `file_hash` gives for a file holding `data`."""
    return hashlib.blake2b(data, digest_size=16).hexdigest()


def file_hash(path: str | os.PathLike[str]) -> str:
    h = hashlib.blake2b(digest_size=16)
    with open(path, "rb") as f:
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
        self._fh: IO[str] | None = None  # the file being appended to; only the writer thread touches it
        self._jobs: queue.Queue[tuple[list[str], list[str], str, bool] | None] = queue.Queue()
        self._writer: threading.Thread | None = None
        self._failed: BaseException | None = None  # what stopped the writer, raised in the run
        self._started = False  # the first batch of this run has been handed to the writer
        self._batch: list[dict[str, Any]] = []  # appended records not yet in the file
        self._index: Index | None = None  # duplicate keys, kept from the first change of this run on
        self.dirty = True  # the entries differ from the file (False when they are just what was loaded)
        self._lines: dict[str, str] = {}  # each entry's JSON line, made once (a line costs ~35 us)
        self._loaded_head = ""
        self._since = time.monotonic()
        if self.path.is_file():
            self._load()
            self._loaded_head = self._header()

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
                self._lines[rec["rel"]] = line + "\n"
        self.dirty = False

    def unchanged(self, rel: str, sha: str) -> dict[str, Any] | None:
        """The record of an input converted before with these bytes, if its output is still whole
        (its size as recorded: a crash can leave an output that was never synced empty)."""
        rec = self.entries.get(rel)
        if not rec or rec.get("sha") != sha:
            return None
        if rec.get("status") == "duplicate":
            return rec
        if rec.get("status") != "ok":
            return None
        try:
            size = os.stat(rec["out"]).st_size
        except OSError:
            return None
        return rec if rec.get("bytes_out", size) == size else None

    @property
    def index(self) -> Index:
        """The duplicate keys of every entry, built once and then kept in step with the entries
        (a rerun with nothing changed never builds it: it reuses the last run's groups)."""
        if self._index is None:
            self._index = Index.of((k, r["exact"], band_keys(r)) for k, r in self.entries.items()
                                   if r.get("exact"))
        return self._index

    def append(self, rec: dict[str, Any]) -> None:
        """Record one finished file; it reaches the file with its batch (`commit`)."""
        line = rec.pop(LINE, None)
        self.entries[rec["rel"]] = rec
        if line is None:
            self._lines.pop(rec["rel"], None)
        else:
            self._lines[rec["rel"]] = line
        self.dirty = True
        if rec.get("exact"):
            self.index.add(rec["rel"], rec["exact"], band_keys(rec))
        else:
            self.index.remove(rec["rel"])
        self._batch.append(rec)
        if len(self._batch) >= BATCH or time.monotonic() - self._since >= BATCH_SECONDS:
            self.commit()

    def commit(self) -> None:
        """Hand the batch to the writer: its outputs made durable, then its lines appended."""
        self._since = time.monotonic()
        if self._failed is not None:
            raise self._failed
        if not self._batch:
            return
        outs, rels = [r["out"] for r in self._batch], [r["rel"] for r in self._batch]
        if not self._started:  # first write of this run: start from a clean, current file
            text, whole = self._header() + "".join(self._line(k) for k in self.entries), True
            self._started = True
        else:
            text, whole = "".join(self._line(r["rel"]) for r in self._batch), False
        self._batch.clear()
        if self._writer is None:
            # Started after the pool has forked its first workers; a replacement forked later
            # copies only the main thread and never touches this one's file or queue.
            self._writer = threading.Thread(target=self._write, name="docclean-manifest", daemon=True)
            self._writer.start()
        self._jobs.put((outs, rels, text, whole))

    def _write(self) -> None:
        while (job := self._jobs.get()) is not None:
            outs, _, text, whole = job
            try:
                if self._failed is None:
                    make_durable(outs)
                    if whole:
                        self.path.parent.mkdir(parents=True, exist_ok=True)
                        atomic_write(self.path, text)
                        self._fh = self.path.open("a", encoding="utf-8")
                    elif self._fh is not None:
                        self._fh.write(text)
                        self._fh.flush()
            except BaseException as exc:  # an OutputError (disk full): the run raises it at its next batch
                self._failed = exc

    def _stop(self, abandon: bool = False) -> None:
        """Let the writer finish every batch handed to it, then end it. `abandon`: batches it
        has not started are dropped instead, and their entries forgotten (a rerun redoes them)."""
        if self._writer is not None:
            if abandon:
                with contextlib.suppress(queue.Empty):
                    while (job := self._jobs.get_nowait()) is not None:
                        for rel in job[1]:
                            self.forget(rel)
            self._jobs.put(None)
            self._writer.join()
            self._writer = None
            self._jobs = queue.Queue()
        if self._fh is not None:
            self._fh.close()
            self._fh = None
        self._started = False
        if self._failed is not None:
            failed, self._failed = self._failed, None
            raise failed

    def save_stopped(self) -> None:
        """`save` for a run stopped by a signal: what is not yet durable is dropped, not waited for."""
        for r in self._batch:
            self.forget(r["rel"])
        self._batch.clear()
        self._stop(abandon=True)
        self.save()

    def _line(self, rel: str) -> str:
        line = self._lines.get(rel)
        if line is None:
            line = self._lines[rel] = json.dumps(self.entries[rel], ensure_ascii=False) + "\n"
        return line

    def changed(self, rel: str) -> None:
        """An entry was edited in place (its status): its line is made again."""
        self._lines.pop(rel, None)
        self.dirty = True

    def _header(self) -> str:
        return json.dumps({"fingerprint": self.print, "learned": sorted(self.learned),
                           "duplicates": self.duplicates}, ensure_ascii=False) + "\n"

    def save(self) -> None:
        """Rewrite compactly: one line per input, sorted (the last batch's outputs made durable first).
        A rerun that changed nothing leaves the file as it is."""
        if not self.dirty and self._header() == self._loaded_head:
            self._stop()
            return
        self._stop()
        if self._batch:
            make_durable([r["out"] for r in self._batch])
            self._batch.clear()
        body = "".join(self._line(k) for k in sorted(self.entries))
        atomic_write(self.path, self._header() + body)

    def forget(self, rel: str) -> None:
        self._lines.pop(rel, None)
        if self.entries.pop(rel, None) is not None:
            self.dirty = True
            if self._index is not None:  # one built later is built from the entries
                self._index.remove(rel)

    def clear(self) -> None:
        """Forget every entry (`--force`)."""
        self.entries.clear()
        self._lines.clear()
        self._index = None
        self.dirty = True


def make_durable(paths: list[str]) -> None:
    """fsync a batch of outputs the workers wrote unsynced, then each of their folders once (the
    renames). Writeback of the whole batch is started first (`POSIX_FADV_DONTNEED` on Linux
    starts it for dirty pages and drops only clean ones), so each fsync mostly waits for data
    already on its way: half the CPU of fsyncing the files one by one from cold (0.21 -> 0.08-0.11
    ms a file on the shared machine), the parent's largest cost per file.
    Not syncfs(2): it flushes every process's dirty data on the filesystem, so its cost is
    other programs' writes (seconds on a busy machine); an fsync costs this file's own."""
    folders: set[str] = set()
    for at in range(0, len(paths), SYNC_OPEN):  # a bounded number of files open at once
        fds: list[int] = []
        try:
            for p in paths[at:at + SYNC_OPEN]:
                try:
                    fd = os.open(p, os.O_RDONLY | getattr(os, "O_CLOEXEC", 0))
                except OSError:
                    continue  # gone already (deduplicated, or its input vanished): nothing to keep
                fds.append(fd)
                folders.add(os.path.dirname(p))
                if hasattr(os, "posix_fadvise"):
                    with contextlib.suppress(OSError):
                        os.posix_fadvise(fd, 0, 0, os.POSIX_FADV_DONTNEED)
            for fd in fds:
                with contextlib.suppress(OSError):
                    os.fsync(fd)
        finally:
            for fd in fds:
                os.close(fd)
    for d in sorted(folders):
        _sync_dir(Path(d))


def band_keys(rec: dict[str, Any]) -> list[int] | None:
    """A record's LSH band keys; a manifest written before workers sent them holds the signature."""
    return rec["bands"] if "bands" in rec else bands(rec.get("minhash"))


def remove_quietly(path: str | os.PathLike[str]) -> bool:
    try:
        Path(path).unlink()
        return True
    except FileNotFoundError:
        return False
