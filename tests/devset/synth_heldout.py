"""HELD_OUT: the half of the synthetic site templates kept out of every tuning decision."""

from __future__ import annotations

from .synth import Template

HELD_OUT: tuple[Template, ...] = ()
