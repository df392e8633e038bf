"""Filesystem helpers: atomic writes and the corpus walk. Inputs are never modified."""

from __future__ import annotations

import errno
import fnmatch
import os
import stat
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


def atomic_write(path: Path, data: str | bytes) -> None:
    """Write to a temporary file beside `path`, fsync it, then rename: readers never see half a file.
    A device or pipe (`/dev/null`, `/dev/stdout`, a FIFO) is written into instead, never replaced.

    mkstemp creates the file 0600; the output gets the mode a plain `open` would give it
    (0666 less the umask). The fsync before the rename means a crash leaves the old file
    or the new one, never an empty one; the directory is synced so the rename itself lasts.
    (A corpus worker writes its own way: `corpus/worker.py`, made durable by the manifest writer.)
    """
    raw = data.encode("utf-8") if isinstance(data, str) else data
    if _special(path):
        _write_through(path, raw)
        return
    try:
        path.parent.mkdir(parents=True, exist_ok=True)
        fd, tmp = tempfile.mkstemp(dir=path.parent, prefix=f".{temp_stem(path.name)}.", suffix=".part")
    except (FileExistsError, NotADirectoryError) as exc:  # mkdir's "File exists" for `-o file/x.md`
        blocker = next((q for q in path.parents if q.is_file()), path.parent)
        raise OutputError(path, f"cannot write: {blocker} is a file, not a folder") from exc
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
    _sync_dir(path.parent)


TEMP_STEM_BYTES = 100  # a name's bytes kept in its temporary's: NAME_MAX is 255, and NAME.md may use 252


def temp_stem(name: str) -> str:
    """`name`, cut to TEMP_STEM_BYTES of UTF-8 on a character boundary, for a temporary's name:
    `.NAME.xxxxxxxx.part` of a long CJK name (3 bytes a character) passed the 255-byte limit, so an
    output whose own name fits failed with 'File name too long'. Names of 40 characters or fewer
    are returned as they are (at most 160 bytes): the corpus worker calls this for every file."""
    if len(name) <= 40:
        return name
    return name.encode("utf-8", "surrogateescape")[:TEMP_STEM_BYTES].decode("utf-8", "ignore")


def _special(path: Path) -> bool:
    """Is `path` a device, FIFO or socket (`-o /dev/null`, `--report /dev/stderr`, a named pipe)?
    A rename would put a regular file in its place: as root, `-o /dev/null` replaced /dev/null."""
    try:
        mode = os.stat(path).st_mode
    except OSError:
        return False
    return not (stat.S_ISREG(mode) or stat.S_ISDIR(mode))


def _write_through(path: Path, raw: bytes) -> None:
    """Write into a device or pipe as `cat > path` would: there is no file to replace atomically."""
    try:
        with open(path, "wb") as f:
            f.write(raw)
    except OSError as exc:
        raise OutputError(path, f"cannot write: {exc.strerror or exc}") from exc


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


NOT_REGULAR = "not a regular file"  # a FIFO, socket or device: opening a FIFO would block the run
BROKEN_LINK = "broken link"
LINK_LOOP = "link loop"


def walk(root: Path, exclude: Path | None = None, skipped: list[tuple[Path, str]] | None = None) -> Iterator[Path]:
    """Files under `root` in a stable order, skipping hidden files, `exclude` and links leaving root.

    What is not a document (FIFOs, sockets, devices, broken links, link loops) is never opened:
    it goes to `skipped` with a one-line reason, for the run to list with its failures.
    os.scandir's entries carry the file type, so a plain file costs no stat call (a corpus
    rerun with nothing to do spends much of its time here)."""
    root = root.resolve()

    def visit(folder: str) -> Iterator[Path]:
        try:
            with os.scandir(folder) as it:
                entries = sorted((e for e in it if not e.name.startswith(".")), key=lambda e: e.name)
        except OSError:
            return  # unreadable folder: os.walk skipped these too
        dirs = []
        for e in entries:
            link = e.is_symlink()
            if link:
                dead = _dead_link(e.path)
                if dead:
                    if skipped is not None:
                        skipped.append((Path(e.path), dead))
                    continue
                if not _inside(Path(e.path), root):
                    continue
            if e.is_dir():  # follows a link that stays inside root, as os.walk listed it (not entered)
                if not link and (exclude is None or Path(e.path).resolve() != exclude):
                    dirs.append(e.path)
            elif e.is_file():
                yield Path(e.path)
            elif skipped is not None:  # (DirEntry's type tests stat, never open: a FIFO cannot block here)
                skipped.append((Path(e.path), NOT_REGULAR))
        for d in dirs:
            yield from visit(d)

    yield from visit(str(root))


def _dead_link(path: str) -> str | None:
    """BROKEN_LINK or LINK_LOOP when a symbolic link leads to no file, else None."""
    try:
        os.stat(path)
    except OSError as exc:
        return LINK_LOOP if exc.errno == errno.ELOOP else BROKEN_LINK
    return None


def _inside(link: Path, root: Path) -> bool:
    """Does a symbolic link point inside `root`?"""
    try:
        return link.resolve().is_relative_to(root)
    except (RuntimeError, OSError):  # a loop made after `_dead_link` looked: nowhere
        return False


def selected(rel: str, include: tuple[str, ...] = (), exclude: tuple[str, ...] = ()) -> bool:
    """`--include`/`--exclude`: shell globs on the path relative to IN, or on the file name alone
    (`*.pdf` picks PDFs in every folder; `drafts/*` one folder). Exclude wins."""
    name = rel.rsplit("/", 1)[-1]

    def hit(pats: tuple[str, ...]) -> bool:
        return any(fnmatch.fnmatchcase(rel, p) or fnmatch.fnmatchcase(name, p) for p in pats)

    return (not include or hit(include)) and not hit(exclude)


def shown(name: str) -> str:
    """A path as one printable line: a newline or tab in a file name is shown as `\\n`, `\\t`, and
    bytes that are not UTF-8 (kept by Python as surrogates) as `\\xff`."""
    if name.isprintable():
        return name
    out = []
    for c in name:
        if c.isprintable():
            out.append(c)
        elif "\udc80" <= c <= "\udcff":
            out.append(f"\\x{ord(c) - 0xDC00:02x}")
        else:
            out.append(repr(c)[1:-1])
    return "".join(out)
