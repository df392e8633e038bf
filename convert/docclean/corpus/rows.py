"""Rows in, rows out: JSONL (`.jsonl`, `.jsonl.gz`) and Parquet datasets cleaned row by row.

Every output row has one stable, typed layout, the same for files and rows, dolma-style:

    id        the row's own id (kept as it is), or `<file>:<row number>`
    text      the cleaned Markdown body (no front matter)
    source    the row's `source`, or the input file's path relative to IN
    added     the row's `added`, or the input file's modification time (ISO 8601, UTC):
              not the run's clock, so a rerun writes the same bytes
    created   the row's `created`, or the document's own date, or null
    metadata  the row's metadata, untouched (for a file: {"path": ...})
    docclean  {title, date, encoding, format, truncated, original_length,
               removed: [{start, end, rule}]}   (start/end index the original text; null when not found)

Parquet output has exactly this schema (`docclean` below); JSONL rows carry the same keys.
pyarrow is the optional 'parquet' extra and zstandard the 'zstd' extra.
"""

from __future__ import annotations

import datetime as dt
import gzip
import io
import json
import os
import tempfile
from collections.abc import Iterator
from pathlib import Path
from typing import IO, Any

from ..api import Cleaner, Result
from ..errors import CorruptInputError, InputError, MissingDependencyError
from ..files import temp_stem

ROW_SUFFIXES = (".jsonl", ".jsonl.gz", ".parquet")
OUT_FORMATS = ("jsonl", "parquet")
COMPRESSIONS = ("none", "gz", "zst")
BATCH = 1000


def is_rows_file(path: Path) -> bool:
    return path.name.lower().endswith(ROW_SUFFIXES)


def stem(path: Path) -> str:
    name = path.name
    for suf in ROW_SUFFIXES:
        if name.lower().endswith(suf):
            return name[: -len(suf)]
    return path.stem


def iso_mtime(path: Path) -> str:
    return dt.datetime.fromtimestamp(path.stat().st_mtime, dt.timezone.utc).strftime("%Y-%m-%dT%H:%M:%SZ")


def record(res: Result, doc_id: object, source: str, added: str, created: object = None,
           metadata: object = None, body: str | None = None) -> dict[str, Any]:
    """One output row (the layout in the module docstring); `body`: `res.body()` if made already."""
    return {"id": doc_id, "text": res.body() if body is None else body, "source": source, "added": added,
            "created": created if created is not None else res.meta.date,
            "metadata": metadata, "docclean": docclean_fields(res)}


def docclean_fields(res: Result) -> dict[str, Any]:
    """What docclean knows about a document, with the typed `removed` records (`docclean_type`)."""
    m = res.meta
    return {"title": m.title, "date": m.date, "encoding": m.encoding, "format": m.format,
            "truncated": m.truncated, "original_length": len(res.original), "removed": res.removed_records()}


def read_rows(path: Path) -> Iterator[dict[str, Any]]:
    """The rows of a JSONL (optionally gzipped) or Parquet file, one at a time (Parquet by batches)."""
    name = path.name.lower()
    if name.endswith(".parquet"):
        pq = _pyarrow_parquet(path)
        try:
            pf = pq.ParquetFile(path)
            for batch in pf.iter_batches(batch_size=BATCH):
                yield from batch.to_pylist()
        except (OSError, ValueError) as exc:  # pyarrow's ArrowInvalid is a ValueError (a file too short)
            raise CorruptInputError(path, f"not a readable Parquet file ({exc})") from exc
        return
    opener = gzip.open if name.endswith(".gz") else open
    try:
        with opener(path, "rt", encoding="utf-8") as f:
            for n, line in enumerate(f, start=1):
                if not line.strip():
                    continue
                try:
                    row = json.loads(line)
                except json.JSONDecodeError as exc:
                    raise CorruptInputError(path, f"line {n} is not JSON ({exc.msg})") from exc
                if not isinstance(row, dict):
                    raise CorruptInputError(path, f"line {n} is not a JSON object")
                yield row
    except (OSError, EOFError, UnicodeDecodeError) as exc:
        raise CorruptInputError(path, f"cannot read rows ({exc})") from exc


def clean_rows(path: Path, rel: str, cleaner: Cleaner, text_field: str = "text") -> Iterator[dict[str, Any]]:
    """Each row of `path` cleaned; `id`, `metadata`, `source`, `added`, `created` kept when present."""
    added = iso_mtime(path)
    for n, row in enumerate(read_rows(path)):
        if text_field not in row:
            raise InputError(path, f"row {n + 1} has no '{text_field}' field (see --text-field)")
        text = row[text_field]
        res = cleaner.clean(text if isinstance(text, str) else "" if text is None else str(text), rel)
        yield record(res, row.get("id", f"{rel}:{n}"), str(row.get("source") or rel), str(row.get("added") or added),
                     row.get("created"), row.get("metadata"))


def out_name(rel: Path, fmt: str, compress: str) -> Path:
    base = rel.with_name(stem(rel))
    if fmt == "parquet":
        return base.with_name(base.name + ".parquet")
    return base.with_name(base.name + ".jsonl" + ("" if compress == "none" else f".{compress}"))


def write_rows(rows: Iterator[dict[str, Any]], out: Path, fmt: str, compress: str = "none") -> int:
    """Write rows atomically (a temporary beside `out`, then a rename); returns how many."""
    out.parent.mkdir(parents=True, exist_ok=True)
    fd, tmp = tempfile.mkstemp(dir=out.parent, prefix=f".{temp_stem(out.name)}.", suffix=".part")
    os.close(fd)
    try:
        n = _parquet(rows, Path(tmp)) if fmt == "parquet" else _jsonl(rows, Path(tmp), compress)
        os.replace(tmp, out)
        return n
    except BaseException:
        Path(tmp).unlink(missing_ok=True)
        raise


def _jsonl(rows: Iterator[dict[str, Any]], path: Path, compress: str) -> int:
    n = 0
    with _text_sink(path, compress) as f:
        for r in rows:
            f.write(json.dumps(r, ensure_ascii=False) + "\n")
            n += 1
    return n


def _text_sink(path: Path, compress: str) -> IO[str]:
    if compress == "gz":
        return io.TextIOWrapper(gzip.GzipFile(path, "wb", mtime=0), encoding="utf-8")  # mtime 0: same bytes
    if compress == "zst":
        try:
            import zstandard
        except ImportError as exc:
            raise MissingDependencyError(path, "zstd output needs the 'zstd' extra: pip install 'docclean[zstd]'") \
                from exc
        raw = open(path, "wb")  # noqa: SIM115 - closed by the wrapper
        return io.TextIOWrapper(zstandard.ZstdCompressor().stream_writer(raw), encoding="utf-8")
    return open(path, "w", encoding="utf-8")


def docclean_type() -> Any:
    """The Arrow type of the `docclean` column: the same in every file, whatever the rows."""
    import pyarrow as pa

    span = pa.struct([("start", pa.int64()), ("end", pa.int64()), ("rule", pa.string())])
    return pa.struct([("title", pa.string()), ("date", pa.string()), ("encoding", pa.string()),
                      ("format", pa.string()), ("truncated", pa.bool_()), ("original_length", pa.int64()),
                      ("removed", pa.list_(span))])


def _parquet(rows: Iterator[dict[str, Any]], path: Path) -> int:
    pa = _pyarrow(path)
    import pyarrow.parquet as pq

    fixed = {"text": pa.string(), "source": pa.string(), "added": pa.string(), "created": pa.string(),
             "docclean": docclean_type()}
    writer = None
    schema = None
    n = 0
    try:
        for chunk in _chunks(rows):
            for r in chunk:
                if r["created"] is not None and not isinstance(r["created"], str):
                    r["created"] = str(r["created"])
            if schema is None:  # id and metadata keep the first batch's types; the rest is fixed
                meta_type = pa.array([r["metadata"] for r in chunk]).type
                if pa.types.is_struct(meta_type) and meta_type.num_fields == 0:
                    meta_type = pa.null()  # only {}: Parquet has no empty struct
                schema = pa.schema([("id", pa.array([r["id"] for r in chunk]).type), ("text", fixed["text"]),
                                    ("source", fixed["source"]), ("added", fixed["added"]),
                                    ("created", fixed["created"]), ("metadata", meta_type),
                                    ("docclean", fixed["docclean"])])
                writer = pq.ParquetWriter(path, schema)
            if schema.field("metadata").type == pa.null():
                for r in chunk:
                    r["metadata"] = r["metadata"] or None
            try:
                table = pa.Table.from_pylist(chunk, schema=schema)
            except (pa.ArrowInvalid, pa.ArrowTypeError) as exc:
                raise CorruptInputError(path, f"rows change their id or metadata types ({exc})") from exc
            assert writer is not None
            writer.write_table(table)
            n += len(chunk)
        if writer is None:  # no rows: an empty file with the fixed columns
            schema = pa.schema([("id", pa.string()), *fixed.items(), ("metadata", pa.null())])
            pq.write_table(schema.empty_table(), path)
    finally:
        if writer is not None:
            writer.close()
    return n


def _chunks(rows: Iterator[dict[str, Any]]) -> Iterator[list[dict[str, Any]]]:
    buf: list[dict[str, Any]] = []
    for r in rows:
        buf.append(r)
        if len(buf) >= BATCH:
            yield buf
            buf = []
    if buf:
        yield buf


def _pyarrow(path: Path) -> Any:
    try:
        import pyarrow
    except ImportError as exc:
        raise MissingDependencyError(path, "Parquet needs the 'parquet' extra: pip install 'docclean[parquet]'") \
            from exc
    return pyarrow


def _pyarrow_parquet(path: Path) -> Any:
    _pyarrow(path)
    import pyarrow.parquet

    return pyarrow.parquet


SHARD = "shard-"  # OUT/shard-00000.jsonl, ...: a file corpus's documents as rows (written by `run._shards`)


def shard_name(n: int) -> str:
    return f"{SHARD}{n:05d}.jsonl"


def finish_shards(dst: Path, fmt: str, compress: str) -> list[Path]:
    """A file corpus's JSONL shards as Parquet or compressed JSONL (shards of an earlier run
    in another form are removed first, so OUT holds one form)."""
    for old in [*dst.glob(f"{SHARD}*.parquet"), *dst.glob(f"{SHARD}*.jsonl.gz"), *dst.glob(f"{SHARD}*.jsonl.zst")]:
        old.unlink()
    if fmt == "jsonl" and compress == "none":
        return sorted(dst.glob(f"{SHARD}*.jsonl"))
    made = []
    for shard in sorted(dst.glob(f"{SHARD}*.jsonl")):
        suffix = ".parquet" if fmt == "parquet" else f".jsonl.{compress}"
        target = shard.with_name(shard.name[: -len(".jsonl")] + suffix)
        write_rows(read_rows(shard), target, fmt, compress)
        shard.unlink()
        made.append(target)
    return made
