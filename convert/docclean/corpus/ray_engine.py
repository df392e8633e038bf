"""The Ray engine: the same per-file `process` on a Ray cluster (`--engine ray`).

The local pool's design, carried over: one actor per slot, each converting one file at a
time, so a file's clock starts when its converter starts on it (never while it waits in a
queue, which on a busy or autoscaling cluster can be long). A file that runs past the
timeout has its actor killed and replaced; an actor that dies (a crash, Ray's memory
monitor) fails the file it held, with the reason; the others go on. The parent streams
the file list and keeps only one task per slot in flight, so memory stays flat.

Every actor first says which host it is on, whether it sees IN and OUT at the driver's
paths (the engine needs a filesystem shared at the same path), and the fingerprint of its
docclean and rules. A node that differs would write different bytes, so the run stops with
a clear error instead.
"""

from __future__ import annotations

import contextlib
import os
import signal
import socket
import threading
import time
from collections import deque
from collections.abc import Iterable, Iterator
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from ..errors import EngineError, MissingDependencyError
from ..options import Options
from .engine import Engine
from .manifest import fingerprint
from .worker import Task, failed, process

START_TIMEOUT = 600.0  # seconds to wait for the first converter (an autoscaler may add nodes)


class Converter:
    """What runs inside each Ray actor: `process`, one file per call."""

    def __init__(self, options: Options, src: str, dst: str) -> None:
        self.seen = {"host": socket.gethostname(), "fingerprint": fingerprint(options),
                     "src": os.path.isdir(src), "dst": os.access(dst, os.W_OK)}

    def hello(self) -> dict[str, Any]:
        return self.seen

    def process(self, task: Task) -> dict[str, Any]:
        return process(task)


@dataclass(slots=True)
class _Slot:
    actor: Any  # None once ended by an interrupted run
    hello: Any  # the hello() call until it answers; no file is sent before
    calls: deque[tuple[Task, Any]] = field(default_factory=deque)  # in order; the first is running
    started: float = 0.0  # when the first call started: sent, or when the one before it ended


def _ray() -> Any:
    try:
        import ray
    except ImportError:
        raise MissingDependencyError("--engine ray", "the Ray engine needs the 'ray' extra: "
                                     "pip install 'docclean[ray]'") from None
    return ray


class RayPool(Engine):
    """`run(tasks)` yields one record per task as they finish, like `LocalPool.run`.

    Each actor has up to DEPTH calls queued so it never waits for the driver between files;
    only the first is running, and its clock starts when the call before it answered.
    """

    DEPTH = 2

    def __init__(self, jobs: int | None, timeout: float, address: str | None, options: Options,
                 src: Path, dst: Path) -> None:
        self.jobs, self.timeout, self.address = jobs, timeout, address
        self.options, self.src, self.dst = options, str(src), str(dst)
        self.print = fingerprint(options)
        self.ray: Any = None
        self.started_here = False
        self.slots: list[_Slot] = []
        self.stop: list[str] = []

    def _start(self) -> None:
        ray = self.ray = _ray()
        self.started_here = self._connect(ray)
        self.actor_cls = ray.remote(num_cpus=1, max_restarts=0, max_task_retries=0)(Converter)
        n = self.jobs or max(1, int(ray.cluster_resources().get("CPU", 1)))
        self.slots = [self._spawn() for _ in range(n)]
        t0, hellos = time.monotonic(), {s.hello: s for s in self.slots}
        while not any(s.hello is None for s in self.slots):  # the first converter to answer
            done, _ = ray.wait(list(hellos), num_returns=1, timeout=5.0)
            for ref in done:
                self._hello(hellos.pop(ref))
            if not done and time.monotonic() - t0 > START_TIMEOUT:
                raise EngineError("--engine ray", f"no converter started within {START_TIMEOUT:g} s: "
                                  "does the cluster have free CPUs?")

    def run(self, tasks: Iterable[Task]) -> Iterator[dict[str, Any]]:
        it = iter(tasks)
        first = next(it, None)
        if first is None:
            return  # nothing to convert: Ray is not even started
        if not self.slots:
            self._start()
        self.slots = [s if s.actor is not None else self._spawn() for s in self.slots]
        ray, slots = self.ray, self.slots
        todo: deque[Task] = deque([first])  # tasks to send before the rest of `it`
        pending = True
        try:
            while True:
                now = time.monotonic()
                for s in slots:
                    while s.hello is None and len(s.calls) < self.DEPTH and (todo or pending):
                        nxt = todo.popleft() if todo else next(it, None)
                        if nxt is None:
                            pending = False
                            break
                        if not s.calls:
                            s.started = now
                        s.calls.append((nxt, s.actor.process.remote(nxt)))
                heads = {s.calls[0][1]: s for s in slots if s.calls}
                hellos = {s.hello: s for s in slots if s.hello is not None}
                if not heads and not (todo or pending):
                    return
                wait_for = min(s.started for s in heads.values()) + self.timeout - now if heads else 5.0
                refs = [*heads, *hellos]
                # at most a second: a KeyboardInterrupt raised inside Ray's wait can be lost there
                done, rest = ray.wait(refs, num_returns=1, timeout=min(1.0, max(0.0, wait_for)))
                if self.stop:
                    raise KeyboardInterrupt
                if done and rest:  # whatever else is ready too, without waiting
                    done += ray.wait(rest, num_returns=len(rest), timeout=0)[0]
                for ref in done:
                    if ref in hellos:
                        self._hello(hellos[ref])
                        continue
                    s = heads[ref]
                    task, _ = s.calls.popleft()
                    s.started = time.monotonic()
                    try:
                        rec = ray.get(ref)
                    except ray.exceptions.RayError as exc:
                        rec = failed(task, _reason(exc))
                        self._replace(s, todo)
                    yield rec
                now = time.monotonic()
                for s in slots:
                    if s.calls and now - s.started > self.timeout:
                        task, _ = s.calls.popleft()
                        yield failed(task, f"timed out after {self.timeout:g} s")
                        self._replace(s, todo)
        finally:
            for s in slots:
                if s.calls:  # the caller stopped (or was interrupted): answers would come too late
                    self._kill(s)
                    s.calls.clear()
                    s.actor = None  # a later run starts a fresh converter in its place

    def close(self) -> None:
        if self.ray is None:
            return
        for s in self.slots:
            self._kill(s)
        self.slots = []
        if self.started_here:
            self.ray.shutdown()
        self.ray = None

    def _kill(self, s: _Slot) -> None:
        """End a converter at once; after Ctrl-C, Ray's own processes may be gone already."""
        if s.actor is not None:
            with contextlib.suppress(Exception):  # Ray raises its own types when its processes are gone
                self.ray.kill(s.actor)

    def _connect(self, ray: Any) -> bool:
        """Join the given cluster (or `RAY_ADDRESS`), or start a local one; True if we started it."""
        if ray.is_initialized():
            return False  # the caller's own Ray session: use it, leave it running
        kw: dict[str, Any] = {"include_dashboard": False, "log_to_driver": False, "configure_logging": False}
        address = self.address or os.environ.get("RAY_ADDRESS")
        if address:
            _check_reachable(address)
        try:
            with _keep_signal_handlers():
                if address:
                    ray.init(address=address, **kw)
                else:
                    ray.init(num_cpus=self.jobs or os.cpu_count() or 1, object_store_memory=256 * 1024 * 1024, **kw)
        except (ConnectionError, RuntimeError, ValueError) as exc:
            raise EngineError("--engine ray", f"cannot start or join Ray ({self.address or 'local'}): "
                              f"{str(exc).splitlines()[0] if str(exc) else type(exc).__name__}") from exc
        return True

    def _spawn(self) -> _Slot:
        actor = self.actor_cls.remote(self.options, self.src, self.dst)
        return _Slot(actor, actor.hello.remote())

    def _replace(self, s: _Slot, todo: deque[Task]) -> None:
        """Kill the actor (the file it was on is already failed); its queued files go to others."""
        self._kill(s)
        todo.extendleft(reversed([t for t, _ in s.calls]))
        fresh = self._spawn()
        s.actor, s.hello, s.calls = fresh.actor, fresh.hello, fresh.calls

    def _hello(self, s: _Slot) -> None:
        try:
            seen = self.ray.get(s.hello)
        except self.ray.exceptions.RayError as exc:
            raise EngineError("--engine ray", f"a converter failed to start: {_reason(exc)}") from exc
        check_node(seen, self.src, self.dst, self.print)
        s.hello = None

def check_node(seen: dict[str, Any], src: str, dst: str, print_: str) -> None:
    """Refuse a node that cannot see the shared paths or would write other bytes."""
    host = seen["host"]
    if not (seen["src"] and seen["dst"]):
        raise EngineError("--engine ray", f"node {host} does not see {src} and a writable {dst}: "
                          "the Ray engine needs IN and OUT on a filesystem shared at the same path")
    if seen["fingerprint"] != print_:
        raise EngineError("--engine ray", f"node {host} runs another docclean or other rules "
                          f"(fingerprint {seen['fingerprint']}, here {print_}): "
                          "install the same version and rules on every node")

@contextlib.contextmanager
def _keep_signal_handlers() -> Iterator[None]:
    """ray.init puts its own SIGTERM handler (`sys.exit`) on the driver, and its core worker
    a C-level one that prints a stack dump: the caller's handlers (the corpus run's, which
    stop it in one line with the manifest saved) are put back."""
    if threading.current_thread() is not threading.main_thread():
        yield
        return
    saved = {sig: signal.getsignal(sig) for sig in (signal.SIGTERM, signal.SIGINT)}
    try:
        yield
    finally:
        for sig, handler in saved.items():
            if handler is not None:  # None: not set from Python, nothing to put back
                signal.signal(sig, handler)


def _check_reachable(address: str) -> None:
    """Ray retries an unreachable head for minutes; a plain `host:port` is tried here first."""
    host, sep, port = address.rpartition(":")
    if not sep or not port.isdigit() or "://" in address:
        return  # 'auto', 'local', ray:// client addresses: Ray resolves those itself
    try:
        socket.create_connection((host, int(port)), timeout=5).close()
    except OSError as exc:
        raise EngineError("--engine ray", f"no Ray head answers at {address}: {exc.strerror or exc}") from exc


def _reason(exc: Exception) -> str:
    """The record's one-line reason; Ray's own messages run to paragraphs of guesses."""
    name = type(exc).__name__
    if name == "OutOfMemoryError":  # ray.exceptions.OutOfMemoryError, for actors as for tasks
        return "ran out of memory (Ray's memory monitor killed the worker)"
    return f"the worker crashed (Ray: {name})"
