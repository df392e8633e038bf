"""The per-file function every engine runs: one input -> its output file and a record.

It is a plain function of picklable values, so the local pool and Ray run the very same
code and write the very same bytes. Whatever goes wrong becomes `status: failed` with a
one-line reason; nothing here raises.
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


def process(task: Task) -> dict[str, Any]:
    t0 = time.perf_counter()
    rec: dict[str, Any] = {"rel": task.rel, "sha": task.sha, "out": task.out, "status": "failed"}
    try:
        with open(task.src, "rb") as f:
            data = f.read()
        rec["bytes_in"] = len(data)
        if not rec["sha"]:
            rec["sha"] = content_hash(data)
        res = convert_bytes(data, task.src, task.options)
        # The body rendered again is cheaper than finding the end of the front matter in the
        # Markdown, which needs a YAML parse (a title may hold `---`).
        text = res.body()
        m = res.meta
        if task.fmt == "jsonl":
            row = record(res, task.rel, task.rel, iso_mtime(Path(task.src)), None, {"path": task.rel}, text)
            payload = json.dumps(row, ensure_ascii=False) + "\n"
        else:
            payload = res.markdown
        raw = payload.encode("utf-8")
        write_output(task.out, raw)
        rec.update(status="ok", bytes_out=len(raw), format=m.format, encoding=m.encoding,
                   truncated=m.truncated, title=m.title, warnings=m.warnings,
                   removed=dict(Counter(r.rule for r in res.removals)),
                   applied=sorted(task.options.learned_chrome & set(res.document.edge_keys)),
                   edges=res.document.edge_keys, body=res.document.body_key,
                   exact=hashlib.blake2b(text.encode("utf-8"), digest_size=12).hexdigest())
        if task.want_minhash:
            rec["bands"] = bands(minhash(text))
    except DoccleanError as exc:
        rec["error"] = exc.reason
    except MemoryError:
        rec["error"] = "ran out of memory (the per-worker limit)"
    except Exception as exc:  # a bug or a library failing on odd input: this file fails alone
        rec["error"] = f"internal error: {type(exc).__name__}: {exc}"[:300]
    rec["seconds"] = round(time.perf_counter() - t0, 4)
    if rec["status"] == "ok":  # its manifest line, made here in parallel rather than in the parent
        rec[LINE] = json.dumps(rec, ensure_ascii=False) + "\n"
    return rec


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
    tmp = os.path.join(head, f".{name}.{os.getpid()}.part")
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
