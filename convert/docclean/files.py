"""Filesystem helpers: atomic writes and the corpus walk. Inputs are never modified."""

from __future__ import annotations

import fnmatch
import os
import tempfile
from collections.abc import Iterator
from pathlib import Path

from .errors import OutputError


def _umask() -> int:
    """The process umask (reading it means setting it: set it straight back)."""
    mask = os.umask(0o022)
    os.umask(mask)
    return mask


# Read once at import: os.umask sets while it reads, which would race with threads later.
UMASK = _umask()


def atomic_write(path: Path, data: str | bytes, sync_dir: bool = True) -> None:
    """Write to a temporary file beside `path`, fsync it, then rename: readers never see half a file.

    mkstemp creates the file 0600; the output gets the mode a plain `open` would give it
    (0666 less the umask). The fsync before the rename means a crash leaves the old file
    or the new one, never an empty one; the directory is synced so the rename itself lasts
    (a corpus run passes `sync_dir=False` and syncs each output folder once, at the end:
    `sync_dirs`).
    """
    raw = data.encode("utf-8") if isinstance(data, str) else data
    try:
        path.parent.mkdir(parents=True, exist_ok=True)
        fd, tmp = tempfile.mkstemp(dir=path.parent, prefix=f".{path.name}.", suffix=".part")
    except OSError as exc:
        raise OutputError(path, f"cannot write: {exc.strerror or exc}") from exc
    try:
        with os.fdopen(fd, "wb") as f:
            f.write(raw)
            f.flush()
            os.fchmod(f.fileno(), 0o666 & ~UMASK)
            os.fsync(f.fileno())
        os.replace(tmp, path)
    except BaseException as exc:
        Path(tmp).unlink(missing_ok=True)
        if isinstance(exc, OSError):
            raise OutputError(path, f"cannot write: {exc.strerror or exc}") from exc
        raise
    if sync_dir:
        _sync_dir(path.parent)


def sync_dirs(root: Path) -> None:
    """fsync every folder under `root` (and `root`): the renames of a whole run made durable at once."""
    _sync_dir(root)
    for d in root.rglob("*"):
        if d.is_dir():
            _sync_dir(d)


def _sync_dir(folder: Path) -> None:
    try:
        dfd = os.open(folder, os.O_RDONLY)
    except OSError:
        return  # not every platform opens directories; the file itself is synced
    try:
        os.fsync(dfd)
    except OSError:
        pass  # some filesystems refuse fsync on a directory
    finally:
        os.close(dfd)


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
            if p.is_symlink() and not _inside(p, root):
                continue
            if not p.is_file():
                continue  # FIFOs, sockets, devices, broken links: not documents (a FIFO would block)
            yield p


def _inside(link: Path, root: Path) -> bool:
    """Does a symbolic link point inside `root`? A loop (RuntimeError on 3.11, OSError later)
    points nowhere: it is skipped like a broken link, never the end of the walk."""
    try:
        return link.resolve().is_relative_to(root)
    except (RuntimeError, OSError):
        return False


def selected(rel: str, include: tuple[str, ...] = (), exclude: tuple[str, ...] = ()) -> bool:
    """`--include`/`--exclude`: shell globs on the path relative to IN, or on the file name alone
    (`*.pdf` picks PDFs in every folder; `drafts/*` one folder). Exclude wins."""
    name = rel.rsplit("/", 1)[-1]

    def hit(pats: tuple[str, ...]) -> bool:
        return any(fnmatch.fnmatchcase(rel, p) or fnmatch.fnmatchcase(name, p) for p in pats)

    return (not include or hit(include)) and not hit(exclude)
