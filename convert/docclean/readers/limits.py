"""Bounds on reading untrusted structure: a deadline for parsing, and caps on counts.

A hostile or broken file must fail with "too complex" rather than hang a run. Readers
call `check()` in their loops (cheap: one clock read); where a library's own parser may
loop for long (pdfminer on a page of millions of glyphs), a SIGALRM timer interrupts it,
when we are on the main thread and no one else uses the timer.
"""

from __future__ import annotations

import signal
import threading
import time
from collections.abc import Iterator
from contextlib import contextmanager
from typing import Any

from ..errors import TooComplexError

MAX_BLOCKS = 1_000_000  # paragraphs, table rows, list items: far past any real document
MAX_DEPTH = 200  # nesting of tables, text boxes, content controls, fields
MAX_CELLS = 1_000  # cells in one table row (Word allows 63 columns)
MAX_PAGE_CHARS = 200_000  # glyphs on one PDF page (a dense page has about 3,000; the layout pass is not free)

_state = threading.local()


def _end() -> tuple[float, str] | None:
    return getattr(_state, "end", None)


def check() -> None:
    """Raise TooComplexError when the current read has passed its deadline."""
    end = _end()
    if end is not None and time.monotonic() > end[0]:
        raise TooComplexError(end[1], "too complex: reading it took longer than the deadline")


def _alarm(_signum: int, _frame: Any) -> None:
    check()
    end = _end()  # the timer fired a little early: fail anyway, the work is past its time
    raise TooComplexError(end[1] if end else "<input>", "too complex: reading it took longer than the deadline")


@contextmanager
def deadline(seconds: float | None, path: str) -> Iterator[None]:
    """Give the reads inside `seconds`; nested deadlines keep the earlier end."""
    if not seconds:
        yield
        return
    outer = _end()
    end = time.monotonic() + seconds
    if outer is not None and outer[0] < end:
        yield
        return
    _state.end = (end, path)
    timer = (threading.current_thread() is threading.main_thread() and hasattr(signal, "setitimer")
             and signal.getsignal(signal.SIGALRM) in (signal.SIG_DFL, None)
             and signal.getitimer(signal.ITIMER_REAL)[0] == 0)
    try:
        if timer:  # (armed inside the `try`: a deadline shorter than the next line fires at once)
            signal.signal(signal.SIGALRM, _alarm)
            # It fires again every quarter second: a library that swallows the first exception
            # (some parsers catch Exception around each operator) gets it again.
            signal.setitimer(signal.ITIMER_REAL, seconds, 0.25)
        yield
    finally:
        # The alarm can fire here too (a deadline that ends as the read does): its exception
        # must not skip the disarming, or the timer goes on firing into whatever runs next
        # (the next file of a corpus worker). Signals are handled at calls: inside the `try`.
        while timer:
            try:
                signal.setitimer(signal.ITIMER_REAL, 0)
                signal.signal(signal.SIGALRM, signal.SIG_DFL)
                timer = False
            except TooComplexError:
                continue
        _state.end = outer


def bound(count: int, limit: int, what: str, path: str) -> None:
    """Raise TooComplexError when a structure holds more than `limit` of `what`."""
    if count > limit:
        raise TooComplexError(path, f"too complex: more than {limit:,} {what}")
