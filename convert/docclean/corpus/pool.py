"""The local engine: a pool of worker processes, each watched on its own.

A worker gets its tasks over its own pipe, a few queued ahead, and converts them one at a
time in order, answering for a few quick ones at once. The parent waits on every pipe and
every process sentinel at once, so a worker that crashes (a segfault in a C library, an
`os._exit`) or runs past the timeout is seen within a turn (at most GATHER): the file it began
last (a count in shared memory says which) is recorded as failed, the process is killed and
replaced, the other tasks it held (converted and not yet answered, or not begun) go to the
others, and the other workers go on. Each worker also has an address-space limit, so a file
that eats memory fails alone with MemoryError.
"""

from __future__ import annotations

import contextlib
import math
import multiprocessing as mp
import os
import select
import signal
import time
from collections import deque
from collections.abc import Iterable, Iterator
from dataclasses import dataclass, field, replace
from multiprocessing.connection import Connection, wait
from typing import Any

from ..options import Options
from .engine import Engine
from .learn import Pilot
from .worker import Converted, Task, convert, failed, finish, read

BATCH_FILES = 16  # files a worker converts before finishing them together (`_serve`) ...
BATCH_SECONDS = 0.025  # ... or fewer, once this long has passed since the first of them began ...
BIG_FILE = 1 << 16  # ... and the files before an input this large are finished before it is converted


def _serve(conn: Connection, max_memory_mb: int, begun: Any) -> None:
    """Convert the tasks received, in order, answering with lists of records: up to BATCH_FILES
    quick files converted back to back, then finished together (`worker.finish`). `begun` (shared
    memory) counts the files this worker has begun, so the parent knows which one was running
    when it crashed or ran out of time, whatever answers were still held here."""
    # Ctrl-C reaches the whole process group: the parent ends the workers; a worker of its
    # own would only print a traceback per process.
    signal.signal(signal.SIGINT, signal.SIG_IGN)
    # numpy (MinHash, imported on a worker's first document) starts an OpenBLAS thread per core
    # at import unless told otherwise; a worker never multiplies matrices: one thread imports it
    # in ~2/3 of the CPU (~65 against ~100 ms) and reserves no thread buffers under the memory limit.
    os.environ.setdefault("OPENBLAS_NUM_THREADS", "1")
    if max_memory_mb > 0:
        try:
            import resource

            limit = max_memory_mb * 1024 * 1024
            resource.setrlimit(resource.RLIMIT_AS, (limit, limit))
        except (ImportError, ValueError, OSError):
            pass
    options: Options | None = None
    guessed = _Guess()
    todo: deque[tuple[Any, ...]] = deque()  # tasks received, in order
    waiting = _pipe_poll(conn)
    batch: list[Converted] = []  # converted, not yet finished
    since = 0.0  # when the batch's first file began
    while True:
        # Every message that came is read before the next file, so new options (the pilot's
        # learned chrome, renewed while files were queued here) reach the files not yet started:
        # with a deep queue, files converted with an older set were converted twice.
        while not todo or (waiting is not None and waiting.poll(0)):
            if not todo and batch:  # nothing more to do until the parent answers: what is done goes first
                conn.send(finish(batch))
                batch = []
            try:
                msg = conn.recv()
            except EOFError:
                return
            if msg is None:
                return
            if isinstance(msg, Options):
                options = msg  # for every file not yet started (its record says what it applied)
            else:
                todo.extend(msg)
        src, rel, out, sha, fmt, want_minhash, guess = todo.popleft()
        task = Task(src, rel, out, sha, fmt, guessed.options(options) if guess else options, want_minhash, guess)
        begun.value += 1
        data = read(task)
        if batch and not isinstance(data, Converted) and len(data) >= BIG_FILE:
            conn.send(finish(batch))  # a large file may take long: the quick ones before it do not wait
            batch = []
        if not batch:
            since = time.monotonic()
        done = data if isinstance(data, Converted) else convert(task, data)
        if guess and done.raw is not None:
            guessed.pilot.see(done.rec["edges"], done.rec["body"])
        batch.append(done)
        if len(batch) >= BATCH_FILES or time.monotonic() - since >= BATCH_SECONDS:
            conn.send(finish(batch))
            batch = []


class _Guess:
    """A worker's own pilot (`learn.Pilot`) over the files it converts in pass 1, its lines
    added to the parent's guess: the parent's pilot sees a result only after the worker's batch
    and the parent's nap (~16-50 files), and every file converted meanwhile without a site's
    new chrome was converted twice (70 of the bench's 2,000 files; with this, ~25). The output
    does not depend on it: pass 2 uses the set learned at the end, exactly."""

    def __init__(self) -> None:
        self.pilot = Pilot(frozenset(), enabled=True)
        self.given: Options | None = None  # the parent's options the last widened ones came from
        self.seen: frozenset[str] = frozenset()  # ... and the worker's lines then
        self.widened: Options | None = None

    def options(self, given: Options | None) -> Options | None:
        """`given` with this worker's learned lines too (made again only when either changed)."""
        mine = self.pilot.learned
        if given is None or mine <= given.learned_chrome:
            return given
        if given is not self.given or mine is not self.seen:
            self.given, self.seen = given, mine
            self.widened = replace(given, learned_chrome=given.learned_chrome | mine)
        return self.widened


def _pipe_poll(conn: Connection) -> Any:
    """A poll object on one pipe, kept: `Connection.poll` builds a selector on every call (~20 us);
    None where `select.poll` is missing."""
    if not hasattr(select, "poll"):
        return None
    p = select.poll()
    p.register(conn.fileno(), select.POLLIN)
    return p


def _send(w: _Worker, tasks: list[Task]) -> None:
    """Tasks as tuples in one message (their options only when they differ from the last sent:
    a frozen dataclass pickles through Python-level __getstate__, 18 us a Task, 1 us a tuple)."""
    batch: list[tuple[Any, ...]] = []
    for task in tasks:
        if task.options is not w.options:
            if batch:
                w.conn.send(batch)
                batch = []
            w.conn.send(task.options)
            w.options = task.options
        batch.append((task.src, task.rel, task.out, task.sha, task.fmt, task.want_minhash, task.guess))
    if batch:
        w.conn.send(batch)


@dataclass(slots=True)
class _Worker:
    proc: Any
    conn: Connection
    begun: Any  # shared with the process: how many files it has begun
    tasks: deque[Task] = field(default_factory=deque)  # sent and not answered, in order
    done: int = 0  # files it has answered
    seen: int = 0  # `begun` when `started` was set
    started: float = 0.0  # when its running file began, as the parent saw (within a turn)
    options: Options | None = None  # the options last sent to it
    answers: Any = None  # `_pipe_poll` of its pipe: is another answer waiting?

    def answered(self) -> bool:
        return self.conn.poll() if self.answers is None else bool(self.answers.poll(0))

    def clock(self, now: float) -> None:
        """Start the running file's clock now if the worker has begun another file since it was set."""
        if self.begun.value != self.seen:
            self.seen, self.started = self.begun.value, now

    def queued(self) -> int:
        """Its files running or not begun: the tasks not answered, less those converted and held
        for their batch's answer (which the parent refilling on unanswered tasks alone did not
        replace, so a worker ran out of work before the parent's next turn)."""
        return len(self.tasks) - max(0, self.begun.value - self.done - 1)

    def running(self) -> Task:
        """Take the file it was converting out of its queue: the one begun last (the files before
        it may be converted and not yet answered; none begun: the first)."""
        at = min(max(0, self.begun.value - self.done - 1), len(self.tasks) - 1)
        task = self.tasks[at]
        del self.tasks[at]
        return task


class _Waiter:
    """Waits on every busy worker's pipe and process sentinel at once, with one poll object
    kept across turns (`multiprocessing.connection.wait` builds and fills a selector on every
    call: ~30 us of the parent's CPU a turn, a turn a file). Where `select.poll` is missing,
    `wait` does it."""

    def __init__(self) -> None:
        self.poll: Any = None
        self.fds: dict[int, Any] = {}  # fd -> the Connection or sentinel it stands for

    def ready(self, workers: list[_Worker], timeout: float) -> set[Any]:
        """The pipes and sentinels of `workers` that are ready within `timeout` seconds."""
        if not hasattr(select, "poll"):
            return set(wait([w.conn for w in workers] + [w.proc.sentinel for w in workers], timeout=timeout))
        want = {w.conn.fileno(): w.conn for w in workers} | {w.proc.sentinel: w.proc.sentinel for w in workers}
        if want.keys() != self.fds.keys() or any(self.fds[fd] is not obj for fd, obj in want.items()):
            self.poll = select.poll()
            for fd in want:
                self.poll.register(fd, select.POLLIN)
            self.fds = want
        return {self.fds[fd] for fd, _ in self.poll.poll(max(0, math.ceil(timeout * 1000)))}


class LocalPool(Engine):
    """`jobs` worker processes, started with the first task and kept until `close()`.

    Each worker has tasks sent ahead, so it goes from one file to the next without waiting for
    the parent to read its answer and send more (with one in flight, a worker idled for the
    parent's whole turn: 10-20 % of a `--jobs 1` run). The running file's clock starts when the
    parent sees the worker begin it (an answer read, or the shared count of files begun moved
    since the last turn), so the timeout counts its own time (give or take a turn).

    Answers are gathered: the parent sleeps between turns and handles every answer that came
    meanwhile in one turn. Each turn cost the parent ~0.3-0.5 ms of CPU on the loaded shared
    machine, however little it did (a process woken on a busy core runs with cold caches), so
    a turn per file was most of its work, taken from the workers' cores at `--jobs 2`. Each
    worker has GATHER of work queued behind its running file (`depth`, from a moving average
    of the files' wall times), and the parent sleeps that long (`nap`); slow files get one
    queued behind them, as before. A run's last files are not gathered (the queues run down),
    so no worker waits for another at the end beyond its own queue.
    """

    DEPTH = 2  # tasks in flight per worker when files take GATHER or more (or none is timed yet)
    MAX_DEPTH = 32  # ... and at most, however small the files
    GATHER = 0.1  # seconds between the parent's turns while every worker has enough queued

    def __init__(self, jobs: int, timeout: float, max_memory_mb: int = 4096) -> None:
        self.jobs, self.timeout, self.max_memory_mb = max(1, jobs), timeout, max_memory_mb
        self.ctx = mp.get_context("fork") if "fork" in mp.get_all_start_methods() else mp.get_context()
        self.workers: list[_Worker] = []
        self.stop: list[str] = []
        self.per_file = 0.0  # the workers' seconds a file, leaning to the quick ones (`_learn`; 0: none yet)

    def _spawn(self) -> _Worker:
        parent, child = self.ctx.Pipe()
        begun = self.ctx.RawValue("Q", 0)
        proc = self.ctx.Process(target=_serve, args=(child, self.max_memory_mb, begun), daemon=True)
        proc.start()
        child.close()
        return _Worker(proc, parent, begun, answers=_pipe_poll(parent))

    def depth(self) -> int:
        """Tasks in flight per worker: enough for GATHER of work behind the running one."""
        if not self.per_file:
            return self.DEPTH  # nothing known yet: a slow file first must not hold many behind it
        return max(self.DEPTH, min(self.MAX_DEPTH, 1 + math.ceil(self.GATHER / self.per_file)))

    def nap(self, depth: int) -> float:
        """How long the parent may sleep between turns while each worker has `depth` tasks: GATHER,
        or less when MAX_DEPTH files queued behind the running one take less (never starve a worker).
        Nothing while no file's time is known: the first ones may be tiny."""
        return min(self.GATHER, (depth - 1) * self.per_file)

    def _learn(self, rec: dict[str, Any]) -> None:
        """A file's seconds into `per_file`, an average that falls fast and rises slowly, so it
        stays near the quick files' time: a queue sized from it lasts at least the nap. (A plain
        moving average jumped with each file slowed by the load, the parent then slept past the
        end of the queue, and the worker waited for work ~14 % of a `--jobs 1` run at load 12.)"""
        secs = rec.get("seconds")
        if secs is None:
            return
        pf = self.per_file
        self.per_file = secs if not pf else 0.5 * (pf + secs) if secs < pf else 0.95 * pf + 0.05 * secs

    def run(self, tasks: Iterable[Task]) -> Iterator[dict[str, Any]]:
        """Results as they finish (not in input order); the task list is read lazily."""
        it = iter(tasks)
        first = next(it, None)
        if first is None:
            return  # nothing to do: no worker is started
        todo: deque[Task] = deque([first])  # tasks to send before the rest of `it` (a dead worker's queue)
        # Workers ended by an interrupted run are started again; the rest are reused.
        self.workers = [w if w.proc.is_alive() and not w.conn.closed else self._spawn() for w in self.workers] \
            or [self._spawn() for _ in range(self.jobs)]
        workers = self.workers
        waiter = _Waiter()
        pending = True
        try:
            while True:
                now = time.monotonic()
                depth = self.depth()
                for w in workers:
                    new: list[Task] = []
                    held = len(w.tasks) - w.queued()
                    while len(w.tasks) - held < depth and (todo or pending):
                        nxt = todo.popleft() if todo else next(it, None)
                        if nxt is None:
                            pending = False
                            break
                        if not w.tasks:
                            w.seen, w.started = w.begun.value, now
                        w.tasks.append(nxt)
                        new.append(nxt)
                    if new:
                        _send(w, new)
                busy = [w for w in workers if w.tasks]
                if not busy:
                    return
                soonest = min(w.started for w in busy) + self.timeout
                nap = self.nap(depth)
                if nap and all(w.queued() >= depth for w in busy):  # every worker has `nap` of work queued
                    time.sleep(max(0.0, min(nap, soonest - now)))
                ready = waiter.ready(busy, max(0.0, soonest - time.monotonic()))
                for i, w in enumerate(workers):
                    if not w.tasks:
                        continue
                    if w.conn in ready:
                        got = False  # every answer already here, not only the first: they came during one sleep
                        while w.tasks and w.answered():
                            try:
                                recs = w.conn.recv()
                            except (EOFError, OSError):
                                break
                            for res in recs:  # the worker's next files, answered in order
                                w.tasks.popleft()
                                self._learn(res)
                            w.done += len(recs)
                            w.seen, w.started = w.begun.value, time.monotonic()
                            got = True
                            yield from recs
                        if got:
                            continue
                    if w.proc.sentinel in ready or not w.proc.is_alive():
                        yield failed(w.running(), f"the worker crashed (exit code {w.proc.exitcode})")
                        workers[i] = self._replace(w, todo)
                        continue
                    w.clock(time.monotonic())
                    if time.monotonic() - w.started > self.timeout:
                        yield failed(w.running(), f"timed out after {self.timeout:g} s")
                        workers[i] = self._replace(w, todo)
        finally:
            for w in workers:
                if w.tasks:  # the caller stopped (or was interrupted): end the busy ones now
                    self._end(w)
                    w.tasks.clear()

    def close(self) -> None:
        for w in self.workers:
            with contextlib.suppress(OSError, BrokenPipeError, ValueError):
                w.conn.send(None)
        for w in self.workers:
            w.proc.join(timeout=2)
            if w.proc.is_alive():
                w.proc.kill()
        self.workers = []

    def _replace(self, w: _Worker, todo: deque[Task]) -> _Worker:
        """End the worker (its running file is already failed); the files queued behind it go to others."""
        self._end(w)
        todo.extendleft(reversed(w.tasks))
        return self._spawn()

    @staticmethod
    def _end(w: _Worker) -> None:
        w.proc.kill()
        w.proc.join(timeout=5)
        w.conn.close()
