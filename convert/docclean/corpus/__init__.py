"""Corpus runs: many files, in parallel, incrementally, with learned chrome and duplicates."""

from .run import CorpusOptions, Summary, human_summary, run_corpus, stderr_progress

__all__ = ["CorpusOptions", "Summary", "human_summary", "run_corpus", "stderr_progress"]
