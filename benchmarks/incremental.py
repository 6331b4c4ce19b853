"""Incremental story grouping: fold a corpus in batches, as news arrives, and compare with one fold.

Usage::

    python benchmarks/incremental.py [--dataset ecbplus|multinews] [--batches 4] [--limit N]

The records (common bench schema ``{id, date, title, text, cluster}``; see
``benchmarks/stories.py``) are sorted by date (ties: id) and cut into ``--batches`` equal
parts. Each part is folded into one SQLite store in turn with default settings, so from the
second part on, the stored stories are kept and new articles join them or open new ones
(:func:`newsfold.cluster.cluster_articles` with ``previous``). Then the same store is folded
once more with ``Settings(recluster=True)``, which groups every article afresh from the same
stored analyses: the baseline, run in the same process on the same data.

Printed per batch: articles so far, seconds spent in story grouping
(:func:`~newsfold.cluster.cluster_articles`, timed by a wrapper) and B³ F1 against the gold
clusters. At the end: B³ of the incremental grouping vs the full regrouping, the ratio of the
last batch's grouping time to the full regrouping's, and how many articles grouped in an
earlier batch kept their story id (they all should: only a re-fold with ``--recluster`` may move
them). Timings are wall seconds on a possibly busy machine; compare the ratios.
"""

from __future__ import annotations

import argparse
import sys
import tempfile
import time
from collections.abc import Sequence
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
from stories import DATASETS, bcubed, load_records, log, write_input  # noqa: E402


def main(argv: Sequence[str] | None = None) -> int:
    """Run the benchmark; exit status 0 (also when the data is missing)."""
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--dataset", choices=list(DATASETS), default="ecbplus")
    parser.add_argument("--batches", type=int, default=4)
    parser.add_argument("--limit", type=int, default=None, help="keep the first N records (file order)")
    args = parser.parse_args(argv)
    path = DATASETS[args.dataset]
    if not path.exists():
        print(f"{args.dataset}: skipped (data not found at {path})")
        return 0
    records = sorted(load_records(path, args.limit), key=lambda r: (r.get("date") or "", r["id"]))
    gold = {r["id"]: str(r["cluster"]) for r in records}

    from newsfold import cluster
    from newsfold.pipeline import Settings, fold_paths
    from newsfold.store import Store

    timings: list[float] = []
    real = cluster.cluster_articles

    def timed(items, previous=None):  # type: ignore[no-untyped-def]
        t0 = time.perf_counter()
        try:
            return real(items, previous)
        finally:
            timings.append(time.perf_counter() - t0)

    cluster.cluster_articles = timed  # type: ignore[assignment]
    size = -(-len(records) // args.batches)
    print(f"{args.dataset}: {len(records)} documents, {len(set(gold.values()))} gold clusters, "
          f"{args.batches} batches in date order")
    print(f"{'batch':>5} {'articles':>8} {'group s':>8} {'B3 F1 so far':>12}")
    earlier: dict[str, str] = {}
    moved = kept = 0
    with tempfile.TemporaryDirectory(prefix="nf-incr-") as tmp:
        db = Path(tmp) / "db.sqlite"
        last_incremental = 0.0
        for b in range(args.batches):
            part = records[b * size:(b + 1) * size]
            if not part:
                break
            src = Path(tmp) / f"batch{b}.jsonl"
            write_input(part, src)
            timings.clear()
            with Store.open(db) as store:
                fold, _ = fold_paths([src], store, settings=Settings(progress=False))
            story_of = {d: s.story_id for s in fold.stories for d in s.documents}
            for d, sid in earlier.items():
                if story_of.get(d) == sid:
                    kept += 1
                else:
                    moved += 1
            earlier = story_of
            last_incremental = sum(timings)
            seen = {d: g for d, g in gold.items() if d in story_of}
            f1 = bcubed({d: story_of[d] for d in seen}, seen)[2]
            print(f"{b + 1:>5} {len(story_of):>8} {last_incremental:>8.2f} {f1:>12.3f}", flush=True)
            log(f"batch {b + 1} folded")
        incremental = {d: sid for d, sid in earlier.items() if d in gold}
        timings.clear()
        with Store.open(db) as store:
            full_fold, _ = fold_paths([Path(tmp) / "batch0.jsonl"], store, settings=Settings(progress=False, recluster=True))
        full_seconds = sum(timings)
        full = {d: s.story_id for s in full_fold.stories for d in s.documents if d in gold}
    cluster.cluster_articles = real  # type: ignore[assignment]
    inc_scores, full_scores = bcubed(incremental, gold), bcubed(full, gold)
    print(f"incremental: B3 P {inc_scores[0]:.3f} R {inc_scores[1]:.3f} F1 {inc_scores[2]:.3f}; "
          f"full regrouping: P {full_scores[0]:.3f} R {full_scores[1]:.3f} F1 {full_scores[2]:.3f}")
    ratio = last_incremental / full_seconds if full_seconds else float("nan")
    print(f"story ids kept across batches: {kept}/{kept + moved}")
    print(f"SUMMARY incremental F1 {inc_scores[2]:.3f} vs full {full_scores[2]:.3f}; last-batch grouping time / "
          f"full regrouping time = {ratio:.2f} ({last_incremental:.2f}s / {full_seconds:.2f}s)")
    return 0


if __name__ == "__main__":
    sys.exit(main())
