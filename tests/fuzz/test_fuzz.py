"""The mutation fuzzer in CI: a short run of the cases `make fuzz` runs 20,000 of."""

from __future__ import annotations

from tests.fuzz.run import fuzz

CASES = 2000  # ~35 s on 2 quiet cores; the issue mix (60 % TXT, 27.5 % DOCX, 12.5 % PDF). `make fuzz`: 20,000


def test_every_mutated_input_gives_a_result_or_a_typed_error_in_time():
    tally = fuzz(CASES, seed=1, jobs=2, seconds=10.0, memory_gb=2.0)
    assert sum(sum(c.values()) for c in tally.counts.values()) == CASES
    assert tally.bad() == 0, "\n".join(tally.failures)
    assert all(tally.counts[f]["converted"] for f in ("txt", "docx", "pdf")), tally.table()
