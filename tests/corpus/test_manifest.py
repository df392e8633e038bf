"""The manifest's batch durability: every output of a batch synced, however many, in bounded
open files, skipping outputs already gone."""

from __future__ import annotations

import os
from pathlib import Path

import pytest
from docclean.corpus import manifest
from docclean.corpus.manifest import make_durable


def _open_fds() -> int:
    return len(os.listdir("/proc/self/fd"))


@pytest.mark.skipif(not Path("/proc/self/fd").is_dir(), reason="counts open files in /proc")
def test_make_durable_syncs_a_large_batch_in_bounded_open_files_and_skips_vanished_outputs(
        tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    paths = []
    for i in range(3 * manifest.SYNC_OPEN + 5):
        p = tmp_path / f"d{i % 3}" / f"{i}.md"
        p.parent.mkdir(exist_ok=True)
        p.write_text(f"第{i}篇\n", encoding="utf-8")
        paths.append(str(p))
    gone = paths[7]
    os.unlink(gone)  # deduplicated or its input vanished before its batch was synced
    synced: list[int] = []
    most = [0]
    real_fsync = os.fsync

    def fsync(fd: int) -> None:  # the real fsync, watched: how many files are open while it runs
        most[0] = max(most[0], _open_fds())
        synced.append(fd)
        real_fsync(fd)

    before = _open_fds()
    monkeypatch.setattr(os, "fsync", fsync)
    make_durable(paths)
    monkeypatch.undo()
    assert _open_fds() == before  # every file and folder closed again
    assert most[0] <= before + manifest.SYNC_OPEN + 1
    assert len(synced) == len(paths) - 1 + 3  # each output still there, then each of the 3 folders once
    assert all(Path(p).read_text(encoding="utf-8") == f"第{i}篇\n" for i, p in enumerate(paths) if p != gone)
