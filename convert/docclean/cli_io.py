"""The command line's own files and streams: where outputs may go, and closed or full std streams.

Found by a user trial: `-o` naming the input overwrote it, `--report` naming the output replaced
the Markdown, three inputs called `a.txt` in different folders left one `a.txt.md`, and a closed
stdin, stdout or stderr gave an "internal error" (or, with stderr closed, `-v` lines in the
Markdown on stdout). These checks run before anything is written.
"""

from __future__ import annotations

import os
import sys
from collections.abc import Iterable
from dataclasses import dataclass
from pathlib import Path

from .errors import InputError, OutputError
from .files import shown

FileId = tuple[int, int]


def file_id(path: Path) -> FileId | None:
    """(device, inode): one file whatever the path that names it (a link, a hard link, `x/../a`);
    None when it does not exist (writing it then replaces nothing)."""
    try:
        st = os.stat(path)
    except OSError:
        return None
    return st.st_dev, st.st_ino


def identified(paths: Iterable[Path]) -> list[tuple[Path, FileId | None]]:
    """Each input with its identity, one stat each: what both the output checks and the
    skipping of a file named twice need."""
    return [(p, file_id(p)) for p in paths]


def input_ids(paths: Iterable[tuple[Path, FileId | None]]) -> dict[FileId, Path]:
    """The inputs by identity, made once: each output is then one stat and one lookup, not a
    comparison with every input (10,000 inputs would have been 10^8 stat calls)."""
    return {i: p for p, i in paths if i is not None}


@dataclass(frozen=True, slots=True)
class Place:
    """What writing a path would touch: the file there (device, inode), or, while there is none,
    the absolute path. Made once for a path written to again and again (the --report of a
    loop over inputs is compared with each output without a stat)."""

    id: FileId | None
    path: str

    @classmethod
    def of(cls, path: Path) -> Place:
        return cls(file_id(path), os.path.abspath(path))

    def same(self, other: Place) -> bool:
        return self.id == other.id if self.id is not None or other.id is not None else self.path == other.path


def check_target(target: Path, inputs: dict[FileId, Path], place: Place | None = None) -> None:
    """Refuse an output that is one of the inputs: docclean never modifies its input (`place`:
    the target's, when the caller has it)."""
    p = inputs.get((place or Place.of(target)).id)  # type: ignore[arg-type]
    if p is not None:
        raise OutputError(target, f"is the input {shown(str(p))}: docclean never overwrites its input "
                                  "(choose another output)")


def same_place(a: Path, b: Path) -> bool:
    """Would writing `a` and `b` touch one file (the same file, or the same path not made yet)?"""
    return Place.of(a).same(Place.of(b))


def check_report(report: str | None, output: str | None, inputs: dict[FileId, Path]) -> None:
    """`--report R.json` may be neither an input nor the Markdown's own output file."""
    if not report or report == "-":
        return
    if Path(report).is_dir():  # found before converting, not after the Markdown is out
        raise OutputError(report, "is a folder: --report names a file (R.json)")
    check_target(Path(report), inputs)
    if output and output != "-" and same_place(Path(output), Path(report)):
        raise OutputError(report, "is also the -o output: the report would replace the Markdown")


def unique_target(out_dir: Path, p: Path, taken: set[Path]) -> Path:
    """OUT/NAME.md for input `p`: `a.md`, then `a.txt.md` for a second `a`, then `a.txt.2.md`, ...
    (inputs from different folders may share a name; none may replace another's output)."""
    for name in (p.stem + ".md", p.name + ".md"):
        if out_dir / name not in taken:
            return out_dir / name
    k = 2
    while out_dir / f"{p.name}.{k}.md" in taken:
        k += 1
    return out_dir / f"{p.name}.{k}.md"


def guard_stderr() -> None:
    """With stderr closed (`2>&-`), `print(file=sys.stderr)` would write to stdout, into the Markdown."""
    if sys.stderr is None:
        sys.stderr = open(os.devnull, "w", encoding="utf-8")  # noqa: SIM115 (lives as long as the process)


def read_stdin() -> bytes:
    """Standard input's bytes, or a one-line error when it is closed (`<&-`)."""
    if sys.stdin is None:
        raise InputError("<stdin>", "standard input is closed: give a FILE")
    try:
        return sys.stdin.buffer.read()
    except OSError as exc:
        raise InputError("<stdin>", f"cannot read: {exc.strerror or exc}") from exc


def write_stdout(data: bytes) -> None:
    """Write the Markdown to stdout; a closed or full stdout is one line naming `<stdout>`, not the
    input. A reader that went away (`| head`) stays a quiet BrokenPipeError, as for every tool."""
    if sys.stdout is None:
        raise OutputError("<stdout>", "standard output is closed: use -o FILE")
    try:
        sys.stdout.buffer.write(data)
        sys.stdout.buffer.flush()
    except BrokenPipeError:
        raise
    except OSError as exc:
        raise OutputError("<stdout>", f"cannot write: {exc.strerror or exc}") from exc
