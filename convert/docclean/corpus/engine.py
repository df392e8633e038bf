"""What an engine is: it converts tasks with `worker.process` somewhere, and yields one
record per task as they finish (in any order). Workers start with the first task and live
until `close()`, so both passes of a run share them; `with engine:` closes it."""

from __future__ import annotations

from abc import ABC, abstractmethod
from collections.abc import Iterable, Iterator
from typing import Any

from .worker import Task


class Engine(ABC):
    stop: list[str]  # set by the run: non-empty once SIGTERM or Ctrl-C came (`run._stop_on_sigterm`)

    @abstractmethod
    def run(self, tasks: Iterable[Task]) -> Iterator[dict[str, Any]]: ...

    @abstractmethod
    def close(self) -> None: ...

    def __enter__(self) -> Engine:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()
