"""Throughput of a whole newsfold fold compared with bare spaCy, in one process.

For each size N (``--sizes 250,500,1000``; 1000 by default) the script generates N synthetic
articles with :mod:`generate` (same seed, so runs are comparable), then

(a) times bare ``nlp.pipe`` over exactly the texts newsfold would parse (read with
    newsfold's own readers, untimed), with the pipeline object newsfold uses
    (``newsfold.nlp.load_model()``), ``batch_size=32``, ``n_process=1``;
(b) times the whole fold, ``newsfold.pipeline.fold_paths([jsonl], Store.open(tmp/"db.sqlite"))``,
    in a fresh SQLite store; reading, copy marking, NLP, extraction, storing and the corpus
    stages are all inside.

Per-stage times are measured from outside: the stage functions that ``fold_paths`` looks
up at call time (``ingest_articles``, ``analyse``, ``annotate``, ``mark_copies``,
``canonicalize``, ``merge_events`` …) and the store's methods are wrapped with timers for
the duration of the fold; nothing in ``src/`` is changed.  Times are inclusive (a generator's
time is the time spent inside its ``next()``); "spaCy inside the fold" is the time of
``annotate`` minus the time of ``doc_to_annotated``.

The last line is machine-readable::

    ratio=R articles_per_hour=A exponent=E peak_rss_mb=M

``ratio`` is fold articles/s divided by bare ``nlp.pipe`` articles/s and ``articles_per_hour``
is the fold's, both for the largest size; ``exponent`` is the least-squares slope of
log(fold time) against log(N) (``nan`` with one size); ``peak_rss_mb`` is the process's peak
resident set size (``resource.getrusage``), which includes every size run before.

Examples::

    python benchmarks/throughput.py                       # N = 1000
    python benchmarks/throughput.py --sizes 250,500,1000
    python benchmarks/throughput.py --sizes 10000 --workers 2
    python benchmarks/throughput.py --sizes 1000 --profile /tmp/fold.prof   # + a cProfile run
"""

from __future__ import annotations

import argparse
import contextlib
import dataclasses
import gc
import importlib
import math
import os
import resource
import sys
import tempfile
import time
from collections import defaultdict
from collections.abc import Callable, Iterator, Sequence
from pathlib import Path
from typing import Any

sys.path.insert(0, str(Path(__file__).resolve().parent))

from generate import write_jsonl  # noqa: E402

#: Articles folded once, untimed, before the measurements (imports, gazetteer, caches).
WARMUP_ARTICLES = 40
BATCH_SIZE = 32


# --------------------------------------------------------------------------- stage timers


class StageTimer:
    """Accumulated wall time and call counts per stage name."""

    def __init__(self) -> None:
        self.seconds: dict[str, float] = defaultdict(float)
        self.cpu: dict[str, float] = defaultdict(float)
        self.calls: dict[str, int] = defaultdict(int)
        self.active: list[str] = []  # plain (non-generator) stages being run, outermost first

    def wrap(self, name: str, func: Callable[..., Any], *, generator: bool = False) -> Callable[..., Any]:
        """``func`` with its time added to ``name`` (for a generator: the time inside ``next()``)."""
        timer = self

        if generator:
            def timed_gen(*args: Any, **kwargs: Any) -> Iterator[Any]:
                timer.calls[name] += 1
                start, cpu = time.perf_counter(), time.process_time()
                it = iter(func(*args, **kwargs))
                timer.seconds[name] += time.perf_counter() - start
                timer.cpu[name] += time.process_time() - cpu
                while True:
                    start, cpu = time.perf_counter(), time.process_time()
                    try:
                        item = next(it)
                    except StopIteration:
                        timer.seconds[name] += time.perf_counter() - start
                        timer.cpu[name] += time.process_time() - cpu
                        return
                    timer.seconds[name] += time.perf_counter() - start
                    timer.cpu[name] += time.process_time() - cpu
                    yield item

            return timed_gen

        def timed(*args: Any, **kwargs: Any) -> Any:
            # A stage called from inside another one it is also called outside of is counted apart.
            label = name
            for parent in _NESTED.get(name, ()):
                if parent in timer.active:
                    label = f"{name} (in {parent})"
                    break
            timer.calls[label] += 1
            timer.active.append(name)
            start, cpu = time.perf_counter(), time.process_time()
            try:
                return func(*args, **kwargs)
            finally:
                timer.seconds[label] += time.perf_counter() - start
                timer.cpu[label] += time.process_time() - cpu
                timer.active.pop()

        return timed


#: Stages that may also be called inside another stage: counted under "name (in parent)" there.
_NESTED: dict[str, tuple[str, ...]] = {"store.load_fold": ("build_corpus",)}

#: (label, module, attribute, is a generator) -- functions fold_paths looks up at call time.
MODULE_STAGES: tuple[tuple[str, str, str, bool], ...] = (
    ("read_articles", "newsfold.ingest", "read_articles", True),
    ("ingest_articles", "newsfold.pipeline", "ingest_articles", False),
    ("mark_copies", "newsfold.near_duplicates", "mark_copies", False),
    ("analyse", "newsfold.pipeline", "analyse", True),
    ("annotate", "newsfold.nlp", "annotate", True),
    ("doc_to_annotated", "newsfold.nlp.annotate", "doc_to_annotated", False),
    ("correct_labels", "newsfold.canon", "correct_labels", False),
    ("extract_events", "newsfold.events", "extract_events", False),
    ("build_corpus", "newsfold.pipeline", "build_corpus", False),
    ("canonicalize", "newsfold.canon", "canonicalize", False),
    ("merge_events", "newsfold.merge", "merge_events", False),
    ("find_conflicts", "newsfold.conflicts", "find_conflicts", False),
    ("main_events", "newsfold.cluster", "main_events", False),
    ("cluster_articles", "newsfold.cluster", "cluster_articles", False),
    ("write_brief", "newsfold.brief", "write_brief", False),
    ("keep_ids", "newsfold.pipeline", "keep_ids", False),
)

#: (label, Store method, is a generator).
STORE_STAGES: tuple[tuple[str, str, bool], ...] = (
    ("store.put_skipped", "put_skipped", False),
    ("store.articles", "articles", False),
    ("store.known_states", "known_states", False),
    ("store.put_analyses", "put_analyses", False),
    ("store.analyses", "analyses", True),
    ("store.replace_corpus", "replace_corpus", False),
    ("store.load_fold", "load_fold", False),
)


@contextlib.contextmanager
def instrumented(store: Any, timer: StageTimer) -> Iterator[None]:
    """Wrap the stage functions and the store's methods with timers; restore them afterwards."""
    saved: list[tuple[Any, str, Any]] = []
    try:
        for label, module_name, attr, is_gen in MODULE_STAGES:
            module = sys.modules.get(module_name) or importlib.import_module(module_name)
            original = getattr(module, attr, None)
            if original is None:
                continue
            saved.append((module, attr, original))
            setattr(module, attr, timer.wrap(label, original, generator=is_gen))
        for label, method, is_gen in STORE_STAGES:
            original = getattr(store, method, None)
            if original is None:
                continue
            saved.append((store, method, None))  # instance attribute: deleted on restore
            setattr(store, method, timer.wrap(label, original, generator=is_gen))
        yield
    finally:
        for owner, attr, original in reversed(saved):
            if original is None:
                with contextlib.suppress(AttributeError):
                    delattr(owner, attr)
            else:
                setattr(owner, attr, original)


# --------------------------------------------------------------------------- measuring


@dataclasses.dataclass
class Result:
    n: int
    texts: int
    read_s: float
    nlp_s: float
    fold_s: float
    nlp_cpu: float
    fold_cpu: float  # this process plus reaped worker processes
    stages: dict[str, float]
    stages_cpu: dict[str, float]
    calls: dict[str, int]
    counts: dict[str, int]
    rss_mb: float

    @property
    def ratio(self) -> float:
        return self.nlp_s / self.fold_s if self.fold_s else float("nan")

    @property
    def fold_rate(self) -> float:
        return self.n / self.fold_s

    @property
    def cpu_ratio(self) -> float:
        return self.nlp_cpu / self.fold_cpu if self.fold_cpu else float("nan")

    @property
    def nlp_rate(self) -> float:
        return self.texts / self.nlp_s


def peak_rss_mb(who: int = resource.RUSAGE_SELF) -> float:
    """Peak resident set size in MB of this process (or of its largest waited-for child process).

    ru_maxrss is in KB on Linux and in bytes on macOS.
    """
    peak = resource.getrusage(who).ru_maxrss
    return peak / (1024 * 1024) if sys.platform == "darwin" else peak / 1024


def make_settings(max_bytes: int, workers: int | None) -> tuple[Any, str | None]:
    """newsfold Settings for a run, with ``workers`` when newsfold supports it."""
    from newsfold.pipeline import Settings

    names = {f.name for f in dataclasses.fields(Settings)}
    kwargs: dict[str, Any] = {"batch_size": BATCH_SIZE}
    note = None
    # The default max_bytes (20 MB) refuses one JSONL file of ~8,000 generated articles.
    if "max_bytes" in names:
        kwargs["max_bytes"] = max(Settings().max_bytes, max_bytes)
    if workers is not None:
        if "workers" in names:
            kwargs["workers"] = workers
        else:
            note = (f"note: --workers {workers} ignored: newsfold.pipeline.Settings has no 'workers' field "
                    "(workers are not supported yet); the fold runs in one process")
    return Settings(**kwargs), note


def read_texts(jsonl: Path, max_bytes: int) -> list[str]:
    """The texts newsfold parses for this input, read with newsfold's readers."""
    from newsfold.ingest import read_articles
    from newsfold.model import Skipped

    return [a.text for a in read_articles([jsonl], max_bytes=max_bytes) if not isinstance(a, Skipped)]


def cpu_seconds(who: tuple[int, ...] = (resource.RUSAGE_SELF, resource.RUSAGE_CHILDREN)) -> float:
    """CPU seconds (user + system) of this process and of its reaped child processes."""
    total = 0.0
    for w in who:
        usage = resource.getrusage(w)
        total += usage.ru_utime + usage.ru_stime
    return total


def bare_pipe(nlp: Any, texts: Sequence[str]) -> tuple[float, float]:
    """Wall and CPU seconds for bare ``nlp.pipe`` over ``texts`` (documents dropped as they come)."""
    start, cpu = time.perf_counter(), cpu_seconds()
    for _doc in nlp.pipe(texts, batch_size=BATCH_SIZE, n_process=1):
        pass
    return time.perf_counter() - start, cpu_seconds() - cpu


def fold_once(jsonl: Path, db: Path, settings: Any, nlp: Any,
              timer: StageTimer | None) -> tuple[float, float, Any, Any]:
    """Wall and CPU seconds for ``fold_paths([jsonl], Store.open(db))`` (opening excluded), fold, report."""
    from newsfold.pipeline import fold_paths
    from newsfold.store import Store

    for stale in (db, db.with_name(db.name + "-wal"), db.with_name(db.name + "-shm"), db.with_name(db.name + "-journal")):
        stale.unlink(missing_ok=True)  # always a fresh store: a reused one would skip the analyses
    store = Store.open(db)
    try:
        with instrumented(store, timer) if timer is not None else contextlib.nullcontext():
            start, cpu, kids = time.perf_counter(), cpu_seconds(), cpu_seconds((resource.RUSAGE_CHILDREN,))
            fold, report = fold_paths([jsonl], store, settings=settings, nlp=nlp)
            seconds, cpu = time.perf_counter() - start, cpu_seconds() - cpu
            if timer is not None:  # worker processes, counted once the pool has been shut down
                timer.cpu["worker processes"] = cpu_seconds((resource.RUSAGE_CHILDREN,)) - kids
    finally:
        store.close()
    return seconds, cpu, fold, report


def measure(n: int, seed: int, workdir: Path, nlp: Any, workers: int | None, stages: bool) -> Result:
    """Generate ``n`` articles, time bare nlp.pipe and the whole fold over them."""
    jsonl = workdir / f"gen-{n}.jsonl"
    write_jsonl(jsonl, n, seed)
    size = jsonl.stat().st_size
    settings, _note = make_settings(size + 1, workers)
    start = time.perf_counter()
    texts = read_texts(jsonl, settings.max_bytes)
    read_s = time.perf_counter() - start
    gc.collect()
    nlp_s, nlp_cpu = bare_pipe(nlp, texts)
    gc.collect()
    timer = StageTimer() if stages else None
    fold_s, fold_cpu, fold, report = fold_once(jsonl, workdir / f"db-{n}.sqlite", settings, nlp, timer)
    counts = {
        "read": report.read, "analysed": report.analysed, "skipped": len(report.skipped),
        "copies": sum(1 for a in fold.articles if a.copy_of), "stories": len(fold.stories),
        "topics": len(fold.topics), "entities": len(fold.entities), "events": len(fold.events),
        "conflicts": len(fold.conflicts),
    }
    return Result(n, len(texts), read_s, nlp_s, fold_s, nlp_cpu, fold_cpu, dict(timer.seconds) if timer else {},
                  dict(timer.cpu) if timer else {}, dict(timer.calls) if timer else {}, counts, peak_rss_mb())


def growth_exponent(results: Sequence[Result], *, cpu: bool = False) -> float:
    """Least-squares slope of log(fold seconds) against log(N); nan with fewer than two sizes."""
    points = [(math.log(r.n), math.log(r.fold_cpu if cpu else r.fold_s)) for r in results]
    if len({x for x, _ in points}) < 2:
        return float("nan")
    mx = sum(x for x, _ in points) / len(points)
    my = sum(y for _, y in points) / len(points)
    sxx = sum((x - mx) ** 2 for x, _ in points)
    sxy = sum((x - mx) * (y - my) for x, y in points)
    return sxy / sxx


# --------------------------------------------------------------------------- reporting

#: (label, indent, exclusive "other" children): how the stages nest inside fold_paths.
_TREE: tuple[tuple[str, int], ...] = (
    ("read_articles", 1), ("store.put_skipped", 1),
    ("ingest_articles", 1), ("store.articles", 2), ("mark_copies", 2), ("store.known_states", 2),
    ("analyse", 2), ("annotate", 3), ("  spaCy nlp.pipe (annotate - doc_to_annotated)", 4), ("doc_to_annotated", 4),
    ("correct_labels", 3), ("extract_events", 3), ("store.put_analyses", 2), ("  ingest other", 2),
    ("build_corpus", 1), ("store.analyses", 2), ("canonicalize", 2), ("merge_events", 2), ("find_conflicts", 2),
    ("main_events", 2), ("cluster_articles", 2), ("write_brief", 2), ("store.load_fold (in build_corpus)", 2),
    ("keep_ids", 2), ("store.replace_corpus", 2),
    ("  build_corpus other", 2),
    ("store.load_fold", 1), ("worker processes", 1), ("  fold_paths other", 1),
)


def _derived(s: dict[str, float], total: float) -> dict[str, float]:
    s = dict(s)
    s["  spaCy nlp.pipe (annotate - doc_to_annotated)"] = s.get("annotate", 0.0) - s.get("doc_to_annotated", 0.0)
    s["  ingest other"] = s.get("ingest_articles", 0.0) - sum(
        s.get(k, 0.0) for k in ("store.articles", "mark_copies", "store.known_states", "analyse", "store.put_analyses"))
    s["  build_corpus other"] = s.get("build_corpus", 0.0) - sum(
        s.get(k, 0.0) for k in ("store.analyses", "canonicalize", "merge_events", "find_conflicts", "main_events",
                                "cluster_articles", "write_brief", "store.replace_corpus",
                                "store.load_fold (in build_corpus)", "keep_ids"))
    s["  fold_paths other"] = total - sum(
        s.get(k, 0.0) for k in ("read_articles", "store.put_skipped", "ingest_articles", "build_corpus", "store.load_fold",
                                "worker processes"))
    return s


def stage_table(r: Result) -> list[str]:
    s = _derived(r.stages, r.fold_s)
    c = _derived(r.stages_cpu, r.fold_cpu)
    lines = [f"  {'stage (inclusive)':<52} {'wall s':>8} {'% wall':>7} {'cpu s':>8} {'% cpu':>6} "
             f"{'cpu ms/art':>10} {'calls':>6}"]
    lines.append(f"  {'fold_paths':<52} {r.fold_s:8.2f} {100.0:6.1f}% {r.fold_cpu:8.2f} {100.0:5.1f}% "
                 f"{1000 * r.fold_cpu / r.n:10.2f} {1:>6}")
    for label, depth in _TREE:
        if label not in s and label not in c or label == "worker processes" and not c.get(label):
            continue
        if label.startswith("  spaCy") and "annotate" not in r.stages:
            continue
        sec, cpu = s.get(label, 0.0), c.get(label, 0.0)
        name = ("  " * depth) + label.strip()
        calls = r.calls.get(label, "")
        lines.append(f"  {name:<52} {sec:8.2f} {100 * sec / r.fold_s:6.1f}% {cpu:8.2f} {100 * cpu / r.fold_cpu:5.1f}% "
                     f"{1000 * cpu / r.n:10.2f} {calls!s:>6}")
    if r.counts.get("analysed", 0) < r.n:
        lines.append(f"  WARNING: only {r.counts.get('analysed')} of {r.n} articles were analysed (the rest were reused)")
    if "analyse" not in s:
        lines.append("  (analyse ran in worker processes: its time is inside 'ingest other', which here is the "
                     "parent's wait for analyse_batch results; per-stage NLP times are not visible from this process)")
        lines.append(f"  fold time beyond bare-equivalent spaCy: n/a with workers; bare nlp.pipe {r.nlp_s:.2f} s")
        return lines
    nlp_in_fold, nlp_cpu_in_fold = s["  spaCy nlp.pipe (annotate - doc_to_annotated)"], c.get(
        "  spaCy nlp.pipe (annotate - doc_to_annotated)", 0.0)
    lines.append(f"  fold time beyond spaCy: wall {r.fold_s - nlp_in_fold:.2f} s "
                 f"({100 * (r.fold_s - nlp_in_fold) / r.fold_s:.1f}% of the fold), cpu {r.fold_cpu - nlp_cpu_in_fold:.2f} s "
                 f"({100 * (r.fold_cpu - nlp_cpu_in_fold) / r.fold_cpu:.1f}%); spaCy inside the fold wall "
                 f"{nlp_in_fold:.2f} s / cpu {nlp_cpu_in_fold:.2f} s vs bare nlp.pipe wall {r.nlp_s:.2f} s / cpu {r.nlp_cpu:.2f} s")
    return lines


def run_profile(n: int, seed: int, workdir: Path, nlp: Any, workers: int | None, out: str, top: int) -> None:
    """One extra fold of ``n`` articles under cProfile; stats saved to ``out`` and summarized."""
    import cProfile
    import io
    import pstats

    jsonl = workdir / f"gen-{n}.jsonl"
    if not jsonl.exists():
        write_jsonl(jsonl, n, seed)
    settings, _ = make_settings(jsonl.stat().st_size + 1, workers)
    profiler = cProfile.Profile()
    from newsfold.pipeline import fold_paths
    from newsfold.store import Store

    db = workdir / f"db-profile-{n}.sqlite"
    db.unlink(missing_ok=True)
    store = Store.open(db)
    try:
        profiler.enable()
        fold_paths([jsonl], store, settings=settings, nlp=nlp)
        profiler.disable()
    finally:
        store.close()
    profiler.dump_stats(out)
    for sort, title in (("tottime", "own time"), ("cumulative", "cumulative time, newsfold functions")):
        buf = io.StringIO()
        stats = pstats.Stats(profiler, stream=buf).strip_dirs().sort_stats(sort)
        if sort == "cumulative":
            stats.print_stats(r"newsfold|pipeline|canon|events|merge|cluster|brief|store|near_dup|annotate", top)
        else:
            stats.print_stats(top)
        print(f"\n--- cProfile of a {n}-article fold, top {top} by {title} (saved to {out}) ---")
        text = buf.getvalue()
        print(text[text.find("   ncalls"):].rstrip() if "   ncalls" in text else text.rstrip())


def main(argv: Sequence[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--sizes", default="1000", help="comma-separated article counts (default 1000)")
    parser.add_argument("--seed", type=int, default=1, help="generator seed (default 1)")
    parser.add_argument("--workers", type=int, default=None, help="passed to Settings(workers=…) when supported")
    parser.add_argument("--no-stages", action="store_true", help="do not time the stages (plain fold_paths)")
    parser.add_argument("--no-warmup", action="store_true", help="skip the untimed warm-up fold")
    parser.add_argument("--profile", metavar="FILE", help="also fold the largest size under cProfile, saving stats to FILE")
    parser.add_argument("--profile-top", type=int, default=35, help="rows of the profile summaries (default 35)")
    parser.add_argument("--keep", metavar="DIR", help="keep the generated files and databases in DIR")
    args = parser.parse_args(argv)
    try:
        sizes = sorted({int(s) for s in args.sizes.split(",") if s.strip()})
    except ValueError:
        parser.error("--sizes takes comma-separated integers, e.g. 250,500,1000")
    if not sizes or min(sizes) < 1:
        parser.error("--sizes needs positive integers")

    import newsfold
    from newsfold.nlp import load_model

    _settings, note = make_settings(0, args.workers)
    print(f"newsfold {getattr(newsfold, '__version__', '?')}, Python {sys.version.split()[0]}, "
          f"{os.cpu_count()} CPUs, sizes {sizes}, seed {args.seed}, batch_size {BATCH_SIZE}, n_process=1")
    if note:
        print(note)
    start = time.perf_counter()
    nlp = load_model()
    print(f"load_model(): {time.perf_counter() - start:.2f} s, pipes {nlp.pipe_names}")

    with contextlib.ExitStack() as stack:
        if args.keep:
            workdir = Path(args.keep)
            workdir.mkdir(parents=True, exist_ok=True)
        else:
            workdir = Path(stack.enter_context(tempfile.TemporaryDirectory(prefix="newsfold-bench-")))
        if not args.no_warmup:
            warm = workdir / "warmup"
            warm.mkdir(exist_ok=True)
            wj = warm / "warm.jsonl"
            write_jsonl(wj, WARMUP_ARTICLES, args.seed + 1000)
            settings, _ = make_settings(0, args.workers)
            bare_pipe(nlp, read_texts(wj, settings.max_bytes))
            seconds, _cpu, _f, _r = fold_once(wj, warm / "db.sqlite", settings, nlp, None)
            print(f"warm-up fold of {WARMUP_ARTICLES} articles (untimed; imports, gazetteer, caches): {seconds:.2f} s")

        results: list[Result] = []
        for n in sizes:
            gc.collect()
            r = measure(n, args.seed, workdir, nlp, args.workers, not args.no_stages)
            results.append(r)
            print(f"\n=== N={n} ===")
            print(f"  generated {n} articles ({(workdir / f'gen-{n}.jsonl').stat().st_size / 1e6:.1f} MB), "
                  f"{r.texts} texts read by newsfold in {r.read_s:.2f} s")
            print(f"  bare nlp.pipe: {r.nlp_s:.2f} s = {r.nlp_rate:.1f} articles/s (cpu {r.nlp_cpu:.2f} s)")
            print(f"  fold_paths:    {r.fold_s:.2f} s = {r.fold_rate:.1f} articles/s = "
                  f"{3600 * r.fold_rate:,.0f} articles/hour (cpu {r.fold_cpu:.2f} s incl. reaped workers)")
            print(f"  fold/nlp.pipe throughput ratio: {r.ratio:.3f} wall, {r.cpu_ratio:.3f} cpu")
            print("  fold: " + ", ".join(f"{k}={v}" for k, v in r.counts.items()))
            print(f"  peak RSS so far: {r.rss_mb:.0f} MB")
            if r.stages:
                print("\n".join(stage_table(r)))

        exponent = growth_exponent(results)
        cpu_exponent = growth_exponent(results, cpu=True)
        last = results[-1]
        print("\n=== summary (wall time; cpu time alongside, less sensitive to other load on the machine) ===")
        print(f"  {'N':>7} {'nlp.pipe s':>10} {'fold s':>9} {'ratio':>6} {'fold art/h':>11} "
              f"{'nlp cpu s':>9} {'fold cpu s':>10} {'cpu ratio':>9} {'peak RSS MB':>11}")
        for r in results:
            print(f"  {r.n:>7} {r.nlp_s:10.2f} {r.fold_s:9.2f} {r.ratio:6.3f} {3600 * r.fold_rate:11,.0f} "
                  f"{r.nlp_cpu:9.2f} {r.fold_cpu:10.2f} {r.cpu_ratio:9.3f} {r.rss_mb:11.0f}")
        if len(results) >= 2:
            for a, b in zip(results, results[1:]):
                local = math.log(b.fold_s / a.fold_s) / math.log(b.n / a.n)
                local_cpu = math.log(b.fold_cpu / a.fold_cpu) / math.log(b.n / a.n)
                print(f"  local exponent {a.n}->{b.n}: wall {local:.3f}, cpu {local_cpu:.3f}")
            print(f"  fitted exponent: wall {exponent:.3f}, cpu {cpu_exponent:.3f}")
        load = os.getloadavg()[0] if hasattr(os, "getloadavg") else float("nan")
        print(f"  load average (1 min) at the end: {load:.2f} on {os.cpu_count()} CPUs"
              + ("  -- other processes were competing: wall times are inflated" if load > (os.cpu_count() or 1) else ""))
        targets = (f"  targets: ratio >= 0.80 ({'met' if last.ratio >= 0.8 else 'NOT met'}); "
                   f">= 50,000 articles/hour with 2 workers (measured {3600 * last.fold_rate:,.0f} with "
                   f"{'workers=' + str(args.workers) if args.workers and not note else '1 process'}); "
                   f"exponent <= 1.1 ({'n/a' if math.isnan(exponent) else 'met' if exponent <= 1.1 else 'NOT met'})")
        print(targets)

        rss = peak_rss_mb()  # before profiling: cProfile itself more than doubles the fold's peak RSS
        if args.profile:
            run_profile(sizes[-1], args.seed, workdir, nlp, args.workers, args.profile, args.profile_top)
            print(f"\n  peak RSS after the cProfile run: {peak_rss_mb():.0f} MB (not reported below: "
                  f"the profiler inflates memory)")

    children = peak_rss_mb(resource.RUSAGE_CHILDREN)
    if children:
        print(f"  peak RSS: this process {rss:.0f} MB; largest worker process {children:.0f} MB "
              "(peak_rss_mb below is this process's, as resource.getrusage(RUSAGE_SELF) reports it)")
    exp_text = "nan" if math.isnan(exponent) else f"{exponent:.3f}"
    print(f"ratio={last.ratio:.3f} articles_per_hour={3600 * last.fold_rate:.0f} exponent={exp_text} peak_rss_mb={rss:.0f}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
