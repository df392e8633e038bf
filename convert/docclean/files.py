"""Filesystem helpers: atomic writes and the corpus walk. Inputs are never modified."""

from __future__ import annotations

import os
import tempfile
from collections.abc import Iterator
from pathlib import Path


def atomic_write(path: Path, data: str | bytes) -> None:
    """Write to a temporary file beside `path`, then rename: readers never see half a file."""
    path.parent.mkdir(parents=True, exist_ok=True)
    raw = data.encode("utf-8") if isinstance(data, str) else data
    fd, tmp = tempfile.mkstemp(dir=path.parent, prefix=f".{path.name}.", suffix=".part")
    try:
        with os.fdopen(fd, "wb") as f:
            f.write(raw)
        os.replace(tmp, path)
    except BaseException:
        Path(tmp).unlink(missing_ok=True)
        raise


def walk(root: Path, exclude: Path | None = None) -> Iterator[Path]:
    """Files under `root` in a stable order, skipping hidden files, `exclude` and links leaving root."""
    root = root.resolve()
    for dirpath, dirnames, filenames in os.walk(root):
        here = Path(dirpath)
        dirnames[:] = sorted(d for d in dirnames if not d.startswith(".")
                             and (exclude is None or (here / d).resolve() != exclude))
        for name in sorted(filenames):
            p = here / name
            if name.startswith("."):
                continue
            if p.is_symlink() and not p.resolve().is_relative_to(root):
                continue
            if not p.is_file():
                continue  # FIFOs, sockets, devices, broken links: not documents (a FIFO would block)
            yield p
