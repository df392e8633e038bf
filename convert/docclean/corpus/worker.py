"""The per-file work every engine runs: one input -> its output file and a record.

It is made of plain functions of picklable values, so the local pool and Ray run the very
same code and write the very same bytes. Whatever goes wrong becomes `status: failed` with a
one-line reason; nothing here raises.

A file is done in two steps: `convert` (read, convert, the record's fields; the output kept
in memory) and `finish` over a batch of converted files (write each output, then the
duplicate keys and the manifest lines of all). The local pool's workers convert several
small files back to back before finishing them together: run one after another, each step
keeps its code and data in the caches, where a file's conversion, output write, MinHash
(numpy), JSON line and pickling in turn each started cold (the same work, a tenth less CPU).
`process` is both steps for one file (Ray, one file per call).
"""

from __future__ import annotations

import contextlib
import hashlib
import json
import os
import time
from collections import Counter
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from ..api import convert_bytes
from ..errors import DoccleanError, OutputError
from ..files import temp_stem
from ..options import Options
from .dedupe import bands, minhash
from .manifest import LINE, content_hash
from .rows import iso_mtime, record

_CREATE = os.O_WRONLY | os.O_CREAT | os.O_EXCL | getattr(os, "O_CLOEXEC", 0)


@dataclass(frozen=True, slots=True)
class Task:
    src: str  # absolute input path
    rel: str  # input path relative to IN (the document id)
    out: str  # absolute output path (.md, or the JSON record for jsonl)
    sha: str  # content hash the parent saw; "" for a new input: the worker hashes the bytes it reads
    fmt: str  # "md" or "jsonl"
    options: Options
    want_minhash: bool = True
    # Pass 1: its learned chrome is a guess the worker may widen with the lines it has itself
    # seen recur (`pool._serve`); the record says what was applied, and pass 2 redoes a miss.
    guess: bool = False


@dataclass(slots=True)
class Converted:
    """A file converted and not yet finished: its record so far, its output's bytes and the
    body its duplicate keys come from (None for both when it failed)."""

    task: Task
    rec: dict[str, Any]
    raw: bytes | None = None
    text: str | None = None
    seconds: float = 0.0


def read(task: Task) -> bytes | Converted:
    """The input's bytes, or the failed file when it cannot be read. Four system calls where
    `open().read()` makes eight (a tty test, two fstat, a seek, a read at the end)."""
    try:
        fd = os.open(task.src, os.O_RDONLY | getattr(os, "O_CLOEXEC", 0))
        try:
            size = os.fstat(fd).st_size
            data = os.read(fd, size + 1)
            if len(data) > size:  # grown since the fstat: the rest too
                data += b"".join(iter(lambda: os.read(fd, 1 << 20), b""))
            return data
        finally:
            os.close(fd)
    except OSError as exc:
        return Converted(task, {"rel": task.rel, "sha": task.sha, "out": task.out, "status": "failed",
                                "error": f"cannot read: {exc.strerror or exc}"})


def convert(task: Task, data: bytes) -> Converted:
    """Convert one input's bytes into its record's fields and its output's bytes (not written yet)."""
    t0 = time.perf_counter()
    rec: dict[str, Any] = {"rel": task.rel, "sha": task.sha or content_hash(data), "out": task.out,
                           "status": "failed", "bytes_in": len(data)}
    done = Converted(task, rec)
    try:
        res = convert_bytes(data, task.src, task.options)
        text = res.body()
        m = res.meta
        if task.fmt == "jsonl":
            row = record(res, task.rel, task.rel, iso_mtime(Path(task.src)), None, {"path": task.rel}, text)
            payload = json.dumps(row, ensure_ascii=False) + "\n"
        else:
            payload = res.markdown
        done.raw, done.text = payload.encode("utf-8"), text
        rec.update(bytes_out=len(done.raw), format=m.format, encoding=m.encoding,
                   truncated=m.truncated, title=m.title, warnings=m.warnings,
                   removed=dict(Counter(r.rule for r in res.removals)),
                   applied=sorted(task.options.learned_chrome & set(res.document.edge_keys)),
                   edges=res.document.edge_keys, body=res.document.body_key)
    except Exception as exc:
        rec["error"] = _reason(exc)
    done.seconds = time.perf_counter() - t0
    return done


def finish(batch: list[Converted]) -> list[dict[str, Any]]:
    """The records of a batch of converted files: every output written, then every file's
    duplicate keys and manifest line (each kind of work for all files in a row)."""
    t0 = time.perf_counter()
    for d in batch:
        if d.raw is not None:
            try:
                write_output(d.task.out, d.raw)
            except Exception as exc:  # an OutputError (disk full, a folder in the way)
                d.rec["error"], d.raw = _reason(exc), None
            else:
                d.rec["status"] = "ok"
    for d in batch:
        if d.raw is not None and d.text is not None:
            try:
                d.rec["exact"] = hashlib.blake2b(d.text.encode("utf-8"), digest_size=12).hexdigest()
                if d.task.want_minhash:
                    d.rec["bands"] = bands(minhash(d.text))
            except Exception as exc:
                d.rec.update(status="failed", error=_reason(exc))
    share = (time.perf_counter() - t0) / max(1, len(batch))
    recs = []
    for d in batch:
        rec = d.rec
        rec["seconds"] = round(d.seconds + share, 4)
        if rec["status"] == "ok":  # its manifest line, made here in parallel rather than in the parent
            rec[LINE] = json.dumps(rec, ensure_ascii=False) + "\n"
        recs.append(rec)
    return recs


def process(task: Task) -> dict[str, Any]:
    """One file read, converted and finished."""
    data = read(task)
    return finish([data if isinstance(data, Converted) else convert(task, data)])[0]


def write_output(out: str, raw: bytes) -> None:
    """`raw` to `out` through a temporary beside it and a rename, so no reader sees half a file;
    not synced: the manifest's writer makes each batch durable before recording it (an fsync
    per file cost as much as the conversion). Leaner than `files.atomic_write`, whose extra
    Python and system calls were a tenth of a worker's time beyond the conversion: the
    temporary is named by the process id instead of mkstemp's random name (a worker writes
    one file at a time; a run removes the `.*.part` a killed one left), created with the mode
    a plain `open` gives (0666 less the umask) instead of 0600 and a chmod, and its folder is
    made only when the open finds it missing."""
    head, name = os.path.split(out)
    tmp = os.path.join(head, f".{temp_stem(name)}.{os.getpid()}.part")
    try:
        try:
            fd = os.open(tmp, _CREATE, 0o666)
        except FileNotFoundError:
            os.makedirs(head, exist_ok=True)
            fd = os.open(tmp, _CREATE, 0o666)
        except FileExistsError:  # left by a killed worker that had this process id
            os.unlink(tmp)
            fd = os.open(tmp, _CREATE, 0o666)
    except OSError as exc:
        raise OutputError(out, f"cannot write: {exc.strerror or exc}") from exc
    try:
        try:
            view = memoryview(raw)
            while view:
                view = view[os.write(fd, view):]
        finally:
            os.close(fd)
        os.replace(tmp, out)
    except BaseException as exc:
        with contextlib.suppress(OSError):
            os.unlink(tmp)
        if isinstance(exc, OSError):
            raise OutputError(out, f"cannot write: {exc.strerror or exc}") from exc
        raise


def failed(task: Task, reason: str) -> dict[str, Any]:
    """The record of a file whose worker never answered (crashed, killed, timed out)."""
    return {"rel": task.rel, "sha": task.sha, "out": task.out, "status": "failed", "error": reason,
            "seconds": None}


def _reason(exc: BaseException) -> str:
    if isinstance(exc, DoccleanError):
        return exc.reason
    if isinstance(exc, MemoryError):
        return "ran out of memory (the per-worker limit)"
    return f"internal error: {type(exc).__name__}: {exc}"[:300]  # a bug or a library failing on odd input

