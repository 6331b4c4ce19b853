"""Where the streaming stages run: in this process, in a local process pool, or on Dask.

Every engine maps a function over batches of articles and yields the results *in input
order*, so the fold is the same whichever engine made it. Workers load the spaCy pipeline
once each (it is cached per process).

    ======================  ==============================================================
    ``LocalEngine(1)``      this process (the default)
    ``LocalEngine(n)``      a pool of ``n`` processes on this machine
    ``DaskEngine()``        a Dask ``LocalCluster`` on loopback, or an existing scheduler
    ======================  ==============================================================
"""

from __future__ import annotations

from collections.abc import Callable, Iterable, Iterator
from concurrent.futures import ProcessPoolExecutor
from typing import Any, Protocol, TypeVar

from newsfold.errors import ConfigError

T = TypeVar("T")
R = TypeVar("R")

#: Batches in flight per worker: enough to keep workers busy, bounded so memory stays flat.
IN_FLIGHT_PER_WORKER = 2


class Engine(Protocol):
    """Runs a function over batches, yielding results in input order."""

    def map(self, fn: Callable[[T], R], batches: Iterable[T]) -> Iterator[R]:
        """Apply ``fn`` to every batch; results come back in the order of ``batches``."""
        ...

    def close(self) -> None:
        """Release workers."""
        ...


class LocalEngine:
    """This process (``workers=1``) or a local process pool.

    :param workers: number of processes.
    """

    def __init__(self, workers: int = 1) -> None:
        if workers < 1:
            raise ConfigError(f"workers must be at least 1, not {workers}")
        self.workers = workers
        self._pool: ProcessPoolExecutor | None = None

    def map(self, fn: Callable[[T], R], batches: Iterable[T]) -> Iterator[R]:
        """Apply ``fn`` to every batch, in order, with at most a few batches in flight."""
        if self.workers == 1:
            for batch in batches:
                yield fn(batch)
            return
        if self._pool is None:
            import multiprocessing

            self._pool = ProcessPoolExecutor(self.workers, mp_context=multiprocessing.get_context("fork"))
        yield from _ordered(self._pool.submit, fn, batches, self.workers * IN_FLIGHT_PER_WORKER)

    def close(self) -> None:
        """Shut the pool down."""
        if self._pool is not None:
            self._pool.shutdown()
            self._pool = None


class DaskEngine:
    """Dask ``distributed``: a LocalCluster on loopback by default, or an existing scheduler.

    :param scheduler: address of a running scheduler (``tcp://host:8786``); ``None`` starts a
        LocalCluster on 127.0.0.1.
    :param workers: workers of the LocalCluster.
    """

    def __init__(self, scheduler: str | None = None, workers: int = 2) -> None:
        try:
            from dask.distributed import Client, LocalCluster
        except ImportError as exc:  # the optional extra is missing
            raise ConfigError('the Dask engine needs the "dask" extra: pip install "newsfold[dask]"') from exc
        self._cluster = None
        if scheduler is None:
            self._cluster = LocalCluster(n_workers=workers, threads_per_worker=1, host="127.0.0.1",
                                         dashboard_address=None, processes=True)
            self._client = Client(self._cluster)
        else:
            self._client = Client(scheduler)
        self.workers = max(1, len(self._client.scheduler_info().get("workers", {})) or workers)

    def map(self, fn: Callable[[T], R], batches: Iterable[T]) -> Iterator[R]:
        """Submit batches as Dask tasks and yield their results in order."""

        def submit(f: Callable[[T], R], batch: T) -> Any:
            return self._client.submit(f, batch, pure=False)

        yield from _ordered(submit, fn, batches, self.workers * IN_FLIGHT_PER_WORKER)

    def close(self) -> None:
        """Close the client (and the LocalCluster, if this engine started it)."""
        self._client.close()
        if self._cluster is not None:
            self._cluster.close()


def _ordered(submit: Callable[..., Any], fn: Callable[[T], R], batches: Iterable[T], window: int) -> Iterator[R]:
    """Keep ``window`` futures in flight and yield results in submission order."""
    from collections import deque

    pending: deque[Any] = deque()
    for batch in batches:
        pending.append(submit(fn, batch))
        if len(pending) >= window:
            yield pending.popleft().result()
    while pending:
        yield pending.popleft().result()


def make_engine(name: str = "local", *, workers: int = 1, scheduler: str | None = None) -> Engine:
    """An engine by name: ``"local"`` or ``"dask"``."""
    if name == "local":
        return LocalEngine(workers)
    if name == "dask":
        return DaskEngine(scheduler, workers=max(workers, 1))
    raise ConfigError(f"unknown engine {name!r}: use local or dask")
