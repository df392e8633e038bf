"""Filesystem helpers: atomic writes and the corpus walk. Inputs are never modified."""

from __future__ import annotations

import fnmatch
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


def selected(rel: str, include: tuple[str, ...] = (), exclude: tuple[str, ...] = ()) -> bool:
    """`--include`/`--exclude`: shell globs on the path relative to IN, or on the file name alone
    (`*.pdf` picks PDFs in every folder; `drafts/*` one folder). Exclude wins."""
    name = rel.rsplit("/", 1)[-1]

    def hit(pats: tuple[str, ...]) -> bool:
        return any(fnmatch.fnmatchcase(rel, p) or fnmatch.fnmatchcase(name, p) for p in pats)

    return (not include or hit(include)) and not hit(exclude)
