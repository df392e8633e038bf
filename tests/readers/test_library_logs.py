"""`readers.library_logs`: a parser's ERROR records become the read's notes, each read its own
(the handler is kept for the thread's next read, its notes never carried over)."""

from __future__ import annotations

import logging

from docclean.readers import library_logs


def test_each_read_has_its_own_notes_and_nested_reads_their_own_handler():
    log = logging.getLogger("charset_normalizer")
    with library_logs() as first:
        log.error("first   read")
        with library_logs() as inner:  # a read inside a read: its own notes (the outer read hears it too)
            log.error("inner read")
        log.warning("not a note")
    with library_logs() as second:
        log.error("second read")
    assert first == ["charset_normalizer: first read", "charset_normalizer: inner read"]
    assert inner == ["charset_normalizer: inner read"]
    assert second == ["charset_normalizer: second read"]
    assert not any(type(h).__name__ == "_Notes" for h in log.handlers)  # none left behind
    assert log.propagate
