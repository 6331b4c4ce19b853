"""Held-out fold benchmark: newsfold's events, entities, conflicts and stories against hand-made gold.

Each file in ``benchmarks/heldout/*.json`` is a gold annotation in the format of
``../shared/eval/score.py`` (the seeds' ``gold.json``), written by the project for documents of
the public benchmark data in ``../shared/bench``, plus two keys: ``role``, ``"dev"`` or ``"test"`` (below), and ``source``, naming
where the documents lie:

- ``ecbplus`` — ``ecbplus/story_clustering.jsonl``; a document id is the record's ``id``
  ("36_4ecb"); its text is the record's ``title`` line and ``text``;
- ``multinews_val`` — ``multinews_sample/multinews_val_sample250.jsonl``; a document id is the
  cluster id and the document's position, "multinews-val-s012-d1"; its text is that source
  document with the corpus's " \\n \\n " paragraph marks made blank lines.

Only annotations are kept here (ids, event types, dates, places, figures, names): the texts stay
in ``../shared`` under their own licences, and without that folder the script says so and exits 0.

Every set is folded twice with default settings into a fresh SQLite store, as JSON Lines:
**undated** (no publication dates: only dates the text spells out resolve) and **dated** (each
document's ``published`` date from the gold, where the gold gives a day). Each fold is scored
with ``score.py``; the table gives event F1 (with precision and recall), count accuracy, alias
F1, hard-conflict F1 (none for a set without hard gold conflicts) and story B³ F1 per set and
mode, and their means over all sets, the dev sets and the test sets.

Usage::

    python benchmarks/events_heldout.py [--sets NAME,NAME] [--keep DIR]
    python benchmarks/events_heldout.py --print-docs NAME_OR_ID [NAME_OR_ID ...]

``--keep DIR`` leaves each fold's ``fold.json`` in ``DIR/<set>_<mode>/`` for inspection;
``--print-docs`` prints documents exactly as they are folded (the annotators' view): every
document of a set, or single documents by id.

The gold files were annotated by reading the texts only, never newsfold's output. A ``dev`` set
may be read event by event to find what newsfold gets wrong (a commit says when a rule came
from one); a ``test`` set is only run, never read for rules, so that it keeps measuring how
newsfold does on news nobody tuned it to.
"""

from __future__ import annotations

import argparse
import importlib.util
import json
import statistics
import sys
import tempfile
import time
from collections.abc import Iterable, Mapping, Sequence
from functools import lru_cache
from pathlib import Path
from typing import Any

sys.path.insert(0, str(Path(__file__).resolve().parent))
from _common import BENCH, code_state, log, read_annotation  # noqa: E402

HELDOUT = Path(__file__).resolve().parent / "heldout"
SCORER = BENCH.parent / "eval" / "score.py"
SOURCES: dict[str, Path] = {
    "ecbplus": BENCH / "ecbplus" / "story_clustering.jsonl",
    "multinews_val": BENCH / "multinews_sample" / "multinews_val_sample250.jsonl",
}
#: The figures each row shows, as (score.py key, column title).
COLUMNS = (("event_f1", "event F1"), ("event_precision", "P"), ("event_recall", "R"), ("count_accuracy", "count"),
           ("alias_pair_f1", "alias F1"), ("conflict_f1", "conflict"), ("stories_bcubed_f1", "stories"))


@lru_cache(maxsize=None)
def source_documents(source: str) -> dict[str, dict[str, str]]:
    """Every document of one source: id → ``{"title", "text"}`` (empty when the file is missing)."""
    path = SOURCES[source]
    if not path.exists():
        return {}
    out: dict[str, dict[str, str]] = {}
    with path.open(encoding="utf-8") as fh:
        for line in fh:
            if not line.strip():
                continue
            record = json.loads(line)
            if source == "ecbplus":
                out[record["id"]] = {"title": (record.get("title") or "").strip(), "text": record["text"]}
            else:
                for i, doc in enumerate(record["documents"]):
                    text = "\n\n".join(p.strip() for p in doc.replace("\r", "").split(" \n \n ") if p.strip())
                    out[f"{record['id']}-d{i}"] = {"title": "", "text": text}
    return out


def document_text(doc: Mapping[str, str]) -> str:
    """A document as it is folded: its title line (when it has one it does not open with) and text."""
    title, text = doc["title"], doc["text"]
    return text if not title or text.startswith(title) else f"{title}\n\n{text}"


def load_gold(path: Path) -> dict[str, Any]:
    """One gold file; raises ``ValueError`` naming the file when it is malformed."""
    gold = read_annotation(path, "gold")
    if gold.get("source") not in SOURCES:
        raise ValueError(f"{path.name}: 'source' must be one of {sorted(SOURCES)}")
    for key in ("documents", "events", "entities", "conflicts"):
        if not isinstance(gold.get(key), list):
            raise ValueError(f"{path.name}: '{key}' must be a list")
    return gold


def gold_sets(names: Iterable[str] | None = None) -> dict[str, dict[str, Any]]:
    """The gold files of ``benchmarks/heldout``, by set name (the file's stem); raises ``KeyError``
    naming any asked-for set that has no file."""
    wanted = set(names) if names else None
    paths = {p.stem: p for p in sorted(HELDOUT.glob("*.json"))}
    if wanted is not None and (unknown := sorted(wanted - set(paths))):
        raise KeyError(f"no held-out set named {', '.join(unknown)} (there are: {', '.join(paths)})")
    return {name: load_gold(p) for name, p in paths.items() if wanted is None or name in wanted}


def input_records(gold: Mapping[str, Any], *, dated: bool) -> list[dict[str, Any]]:
    """The set's documents as newsfold JSON Lines records; ``dated``: with the gold's day of publication."""
    docs = source_documents(gold["source"])
    records = []
    for d in gold["documents"]:
        if d["id"] not in docs:
            raise KeyError(f"document {d['id']} is not in {SOURCES[gold['source']].name}")
        published = d.get("published") if dated else None
        if published and len(str(published)) != 10:
            published = None  # a year or a month is no publication day
        records.append({"id": d["id"], "title": docs[d["id"]]["title"] or None,
                        "text": docs[d["id"]]["text"], "published": published})
    return records


def fold_records(records: Sequence[Mapping[str, Any]], keep: Path | None = None) -> dict[str, Any]:
    """Fold records with newsfold's defaults into a fresh store; the fold as its JSON export."""
    from newsfold.export import fold_to_dict
    from newsfold.pipeline import Settings, fold_paths
    from newsfold.store import Store

    with tempfile.TemporaryDirectory(prefix="nf-heldout-") as tmp:
        src = Path(tmp) / "input.jsonl"
        src.write_text("".join(json.dumps(r, ensure_ascii=False) + "\n" for r in records), encoding="utf-8")
        store = Store.open(Path(tmp) / "db.sqlite")
        try:
            fold, _report = fold_paths([src], store, settings=Settings(progress=False))
        finally:
            store.close()
    data = fold_to_dict(fold)
    if keep is not None:
        keep.mkdir(parents=True, exist_ok=True)
        (keep / "fold.json").write_text(json.dumps(data, ensure_ascii=False, indent=1), encoding="utf-8")
    return data


def scorer() -> Any:
    """``../shared/eval/score.py`` as a module."""
    spec = importlib.util.spec_from_file_location("newsfold_bench_score", SCORER)
    module = importlib.util.module_from_spec(spec)  # type: ignore[arg-type]
    spec.loader.exec_module(module)  # type: ignore[union-attr]
    return module


def format_table(rows: Sequence[tuple[str, str, str, Mapping[str, Any]]]) -> str:
    """One line per set and mode (rows are ``(set, role, mode, score)``), then each mode's mean
    over all sets, over the dev sets and over the test sets."""
    head = f"{'set':<18} {'mode':<8} " + " ".join(f"{title:>9}" for _key, title in COLUMNS) + f" {'gold ev':>8} {'pred ev':>8}"
    lines = [head, "-" * len(head)]

    def cell(value: Any) -> str:
        return f"{value:>9.3f}" if isinstance(value, float) else f"{'-':>9}"

    for name, role, mode, result in rows:
        lines.append(f"{name + ' (' + role + ')':<18} {mode:<8} " + " ".join(cell(result.get(key)) for key, _t in COLUMNS)
                     + f" {result.get('events_gold', 0):>8} {result.get('events_predicted_in_scope', 0):>8}")
    for label, roles in (("mean", {"dev", "test"}), ("mean dev", {"dev"}), ("mean test", {"test"})):
        for mode in ("undated", "dated"):
            chosen = [r for _n, role, m, r in rows if m == mode and role in roles]
            if chosen:
                means = {key: statistics.fmean(vals) for key, _t in COLUMNS
                         if (vals := [r[key] for r in chosen if isinstance(r.get(key), float)])}
                lines.append(f"{label:<18} {mode:<8} " + " ".join(cell(means.get(key)) for key, _t in COLUMNS))
    return "\n".join(lines)


def print_documents(targets: Sequence[str]) -> int:
    """``--print-docs``: the documents of the named sets, or the documents with the given ids."""
    sets = gold_sets()
    for target in targets:
        if target in sets:
            ids = [(sets[target]["source"], d["id"]) for d in sets[target]["documents"]]
        else:
            ids = [(source, target) for source in SOURCES if target in source_documents(source)]
            if not ids:
                log(f"no set or document named {target!r}")
                return 2
        for source, doc_id in ids:
            print(f"===== {doc_id} ({source})\n{document_text(source_documents(source)[doc_id])}\n")
    return 0


def main(argv: Sequence[str] | None = None) -> int:
    """Fold and score every held-out set (or those named), in both modes."""
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--sets", default=None, help="comma-separated set names (default: all)")
    parser.add_argument("--keep", type=Path, default=None, help="folder to keep each fold.json in")
    parser.add_argument("--print-docs", nargs="+", default=None, metavar="NAME_OR_ID")
    args = parser.parse_args(argv)
    if not SCORER.exists() or not any(p.exists() for p in SOURCES.values()):
        print(f"skipped: {SCORER.parent.parent} (the shared bench data and scorer) is not beside this checkout")
        return 0
    if args.print_docs:
        return print_documents(args.print_docs)
    try:
        sets = gold_sets(args.sets.split(",") if args.sets else None)
    except KeyError as exc:
        log(str(exc.args[0]))
        return 2
    score = scorer()
    rows: list[tuple[str, str, str, dict[str, Any]]] = []
    for name, gold in sets.items():
        if not source_documents(gold["source"]):
            log(f"[{name}] skipped: {SOURCES[gold['source']]} is missing")
            continue
        for mode in ("undated", "dated"):
            start = time.perf_counter()
            fold = fold_records(input_records(gold, dated=mode == "dated"), args.keep / f"{name}_{mode}" if args.keep else None)
            result = score.score(gold, fold)
            if not result.get("conflicts_gold_hard"):
                result["conflict_f1"] = None  # nothing to find: no figure, and none in the means
            rows.append((name, gold["role"], mode, result))
            log(f"[{name} {mode}] {len(gold['documents'])} documents: event F1 {result['event_f1']:.3f} "
                f"({time.perf_counter() - start:.0f} s)")
    print(format_table(rows))
    print(code_state())
    for mode in ("undated", "dated"):
        chosen = [r["event_f1"] for _n, _role, m, r in rows if m == mode]
        if chosen:
            print(f"SUMMARY {mode}: mean event F1 {statistics.fmean(chosen):.3f} over {len(chosen)} sets")
    return 0


if __name__ == "__main__":
    sys.exit(main())
