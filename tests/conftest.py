"""Shared fixtures: the samples in the repo, and ../shared when it is beside the checkout."""

from __future__ import annotations

from pathlib import Path

import pytest
from docclean.options import Options
from docclean.passes import Context
from docclean.rules import load_rules

ROOT = Path(__file__).resolve().parents[1]
SAMPLES = ROOT / "samples"
SHARED = ROOT.parent / "shared"
SAMPLE_NAMES = sorted(p.stem for p in (SAMPLES / "raw").glob("*.txt"))


@pytest.fixture
def ctx() -> Context:
    return Context(Options(), load_rules())


def shared_path(*parts: str) -> Path:
    """A path under ../shared, or skip the test cleanly when this clone has none."""
    p = SHARED.joinpath(*parts)
    if not p.exists():
        pytest.skip(f"{p} is not here (a user's clone has no ../shared)")
    return p
