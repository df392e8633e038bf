"""A datatrove `PipelineStep`: clean each Document's text in a datatrove pipeline.

    from datatrove.pipeline.readers import JsonlReader
    from datatrove.pipeline.writers import JsonlWriter
    from docclean.integrations.datatrove import DoccleanStep

    pipeline = [JsonlReader("in/"), DoccleanStep(), JsonlWriter("out/")]

Needs the 'datatrove' extra (`pip install 'docclean[datatrove]'`). The rules are loaded once
per task (a `Cleaner`), the text becomes the cleaned Markdown body, and what docclean knows
(title, date, removed spans as {start, end, rule}) goes into `metadata["docclean"]`.
"""

from __future__ import annotations

from collections.abc import Iterator
from typing import Any

from ..api import Cleaner
from ..corpus.rows import docclean_fields
from ..options import Options

try:
    from datatrove.pipeline.base import PipelineStep
except ImportError as exc:  # a clear message instead of a bare ModuleNotFoundError deep in a pipeline
    raise ImportError("docclean.integrations.datatrove needs the 'datatrove' extra: "
                      "pip install 'docclean[datatrove]'") from exc


class DoccleanStep(PipelineStep):  # type: ignore[misc]
    """Clean `doc.text`; drop documents left empty unless `keep_empty`."""

    name = "docclean"
    type = "🧹 - CLEAN"

    def __init__(self, options: Options | None = None, keep_empty: bool = False) -> None:
        super().__init__()
        self.options = options or Options()
        self.keep_empty = keep_empty

    def run(self, data: Iterator[Any], rank: int = 0, world_size: int = 1) -> Iterator[Any]:
        cleaner = Cleaner(self.options)
        for doc in data:
            self.stat_update("documents")
            with self.track_time():
                res = cleaner.clean(doc.text or "", str(doc.id))
            doc.text = res.body()
            doc.metadata["docclean"] = docclean_fields(res)
            self.stat_update("removed", value=len(res.removals))
            if not doc.text.strip() and not self.keep_empty:
                self.stat_update("dropped_empty")
                continue
            yield doc
