"""Adapters for other pipelines; each imports its framework only when used (optional extras)."""
