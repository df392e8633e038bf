"""Start-up work kept between runs: compiled regex programs and parsed rule packs.

Compiling regexes was about half of a one-file conversion's start-up: every pattern with
the CJK class costs ~1.5 ms, because `re` builds its charset bitmap one code point at a
time in Python, and the page pass's lexicon alone has dozens of them. `re` cannot save a
compiled pattern (pickling one keeps only its source), but its compiler has two steps:
Python code turns the pattern into a list of opcodes (the slow part), then `_sre.compile`
builds the pattern object from that list in C and validates it. `compile` here keeps the
opcode lists in a file and, on a hit, does only the second step. Parsed YAML rule packs
are kept the same way, by a hash of the file's text (no YAML import or parse on a hit).

The result never depends on the cache: a program is kept only when the pattern it builds
equals `re.compile`'s (Pattern equality compares programs); the file is per interpreter
build (`sys.version` and `_sre.MAGIC` in its name) and starts with a hash of its content;
`_sre` rejects a program that is not well formed; and any surprise (no cache folder, a
damaged file, a read-only disk) falls back to `re.compile` / parsing the YAML. The folder is `$DOCCLEAN_CACHE_DIR`, else
`$XDG_CACHE_HOME/docclean` or `~/.cache/docclean`; `DOCCLEAN_CACHE_DIR=off` turns it off.
New entries are written once, at exit, atomically (tests/test_cache.py).
"""

from __future__ import annotations

import _sre
import atexit
import hashlib
import marshal
import os
import re
import sys
import tempfile
from collections.abc import Callable
from pathlib import Path

try:  # Python >= 3.11
    from re import _compiler, _parser
except ImportError:  # pragma: no cover - Python 3.10
    import sre_compile as _compiler  # type: ignore[no-redef]
    import sre_parse as _parser  # type: ignore[no-redef]

MAX_REGEXES = 1000  # past this (patterns of rule packs since edited), keep only the ones used
MAX_DATA = 64
_FORMAT = 1
_DIGEST = 16  # the file starts with a hash of the rest
# (flags after inline flags, opcodes, groups - 1, group index, index group): `_sre.compile`'s arguments,
# the opcodes as the bytes of an array (one object to read back, not ~400 ints per CJK class)
Program = tuple[int, bytes, int, dict[str, int], tuple[str | None, ...]]
_CODE = next(t for t in "IL" if memoryview(bytes(8)).cast(t).itemsize == _sre.CODESIZE)


def default_dir() -> Path | None:
    """The cache folder, or None when turned off."""
    env = os.environ.get("DOCCLEAN_CACHE_DIR")
    if env is not None:
        return None if env.strip().lower() in ("", "off", "0", "no") else Path(env)
    base = Path(os.environ.get("XDG_CACHE_HOME") or os.path.join(os.path.expanduser("~"), ".cache"))
    return base / "docclean" if base.is_absolute() else None  # no home: no cache, never one in the cwd


class Store:
    """One cache file: regex programs by (pattern, flags), parsed data by text hash."""

    def __init__(self, folder: Path | None) -> None:
        tag = f"{sys.version}|{sys.implementation.cache_tag}|{_sre.MAGIC}|{marshal.version}|{_FORMAT}"
        self.path = folder / f"startup-{hashlib.sha1(tag.encode()).hexdigest()[:16]}.marshal" if folder else None
        self._regexes: dict[tuple[str, int], Program] | None = None
        self._data: dict[str, bytes] = {}  # marshalled: every hit is a fresh copy
        self._used: set[tuple[str, int]] = set()
        self._used_data: set[str] = set()
        self._dirty = False

    def _load(self) -> dict[tuple[str, int], Program]:
        self._regexes = {}
        if self.path is None:
            return self._regexes
        try:
            raw = self.path.read_bytes()
            digest, payload = raw[:_DIGEST], raw[_DIGEST:]
            if hashlib.blake2b(payload, digest_size=_DIGEST).digest() == digest:  # not truncated nor garbled
                saved = marshal.loads(payload)
                regexes, data = saved["regexes"], saved["data"]
                if isinstance(regexes, dict) and isinstance(data, dict):
                    self._regexes, self._data = regexes, data
        except (OSError, EOFError, ValueError, TypeError, KeyError):
            pass  # no cache yet, or not one this build wrote: start empty, rewrite at exit
        return self._regexes

    def compile(self, pattern: str, flags: int = 0) -> re.Pattern[str]:
        """`re.compile(pattern, flags)`, from the cached program when there is one."""
        flags = int(flags)
        if self.path is None or not isinstance(pattern, str) or flags & re.DEBUG:
            return re.compile(pattern, flags)
        regexes = self._regexes if self._regexes is not None else self._load()
        key = (pattern, flags)
        prog = regexes.get(key)
        if prog is not None:
            try:
                compiled = _build(pattern, prog)
                self._used.add(key)
                return compiled
            except (RuntimeError, TypeError, ValueError, OverflowError):  # `_sre` refused it: compile afresh
                del regexes[key]
        # A miss compiles twice (here and in `_program`): once per pattern on a machine.
        compiled = re.compile(pattern, flags)  # a bad pattern raises its re.error here, as always
        try:
            prog = _program(pattern, flags)
            same = _build(pattern, prog) == compiled  # Pattern equality compares the programs
        except Exception:  # `re` internals this module does not know: no caching, nothing else changes
            same = False
        if same:
            regexes[key] = prog
            self._used.add(key)
            self._mark_dirty()
        return compiled

    def data(self, text: str, parse: Callable[[str], object]) -> object:
        """`parse(text)`, kept by a hash of `text` when the result is plain data."""
        if self._regexes is None:
            self._load()
        key = hashlib.blake2b(text.encode("utf-8"), digest_size=16).hexdigest()
        self._used_data.add(key)
        saved = self._data.get(key)
        if saved is not None:
            try:
                return marshal.loads(saved)
            except (EOFError, ValueError, TypeError):
                del self._data[key]
        value = parse(text)
        try:
            self._data[key] = marshal.dumps(value)
        except ValueError:  # dates and other objects marshal cannot write: parsed again next time
            return value
        self._mark_dirty()
        return value

    def _mark_dirty(self) -> None:
        if not self._dirty and self.path is not None:
            self._dirty = True
            atexit.register(self.save)

    def save(self) -> None:
        """Write the file if this process added entries (atomically: a reader sees old or new)."""
        if not self._dirty or self.path is None or self._regexes is None:
            return
        regexes, data = self._regexes, self._data
        if len(regexes) > MAX_REGEXES:
            regexes = {k: v for k, v in regexes.items() if k in self._used}
        if len(data) > MAX_DATA:
            data = {k: v for k, v in data.items() if k in self._used_data}
        try:
            self.path.parent.mkdir(parents=True, exist_ok=True)
            fd, tmp = tempfile.mkstemp(dir=self.path.parent, prefix=".startup-")
            try:
                payload = marshal.dumps({"regexes": regexes, "data": data})
                with os.fdopen(fd, "wb") as f:
                    f.write(hashlib.blake2b(payload, digest_size=_DIGEST).digest() + payload)
                os.replace(tmp, self.path)
            except BaseException:
                os.unlink(tmp)
                raise
        except OSError:
            return  # a read-only or full disk: the next run compiles again, nothing else changes
        self._dirty = False


def _program(pattern: str, flags: int) -> Program:
    """What `re._compiler.compile` passes to `_sre.compile` (its steps; a program is kept only
    when the pattern it builds equals `re.compile`'s, so a change in `re` cannot slip in)."""
    p = _parser.parse(pattern, flags)
    import array  # only on a miss: `memoryview` reads the bytes back

    code = array.array(_CODE, _compiler._code(p, flags)).tobytes()
    groupindex = dict(p.state.groupdict)
    indexgroup: list[str | None] = [None] * p.state.groups
    for name, i in groupindex.items():
        indexgroup[i] = name
    return flags | p.state.flags, code, p.state.groups - 1, groupindex, tuple(indexgroup)


def _build(pattern: str, prog: Program) -> re.Pattern[str]:
    flags, code, groups, groupindex, indexgroup = prog
    return _sre.compile(pattern, flags, memoryview(code).cast(_CODE).tolist(), groups, groupindex, indexgroup)


STORE = Store(default_dir())
rx = STORE  # `rx.compile(...)` lines up with the `re.compile(...)` it replaces

