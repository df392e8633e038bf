"""The per-file function every engine runs: one input -> its output file and a record.

It is a plain function of picklable values, so the local pool and Ray run the very same
code and write the very same bytes. Whatever goes wrong becomes `status: failed` with a
one-line reason; nothing here raises.
"""

from __future__ import annotations

import hashlib
import json
import time
from collections import Counter
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from ..api import convert_bytes
from ..errors import DoccleanError
from ..files import atomic_write
from ..options import Options
from .dedupe import bands, minhash
from .manifest import content_hash
from .rows import iso_mtime, record


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
        atomic_write(Path(task.out), raw, durable=False)  # the manifest's batch makes it durable
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
    return rec


def failed(task: Task, reason: str) -> dict[str, Any]:
    """The record of a file whose worker never answered (crashed, killed, timed out)."""
    return {"rel": task.rel, "sha": task.sha, "out": task.out, "status": "failed", "error": reason,
            "seconds": None}
