"""Sentence-shape probes: newsfold's events on short invented news items with hand-made answers.

Each file in ``benchmarks/probes/*.json`` holds invented news items (a headline, two to six
sentences, a day of publication) written to exercise the common shapes of news sentences: wire
leads, passives, attribution, datelines, relative clauses, tolls told apart, and traps (plans,
denials, fears, figurative "attack" or "crash", sentencing for an old crime). Each item carries
its answer: every event of ``GUIDE.md``'s types it reports as having happened, with type, place,
day and headline figure. The items were written by people who never saw newsfold's code or output.

Every item is folded **alone** (a fresh store, its day of publication given), so one item's
events never meet another's, and scored with ``../shared/eval/score.py``'s event matching
(same type class, place, date and figure). Unlike the held-out sets, a predicted event of any of
the eleven types counts against precision even in an item whose answer has none of that type:
a trap item that yields an event is a false positive. The table gives micro precision, recall
and F1, the share of items read exactly (every event found, nothing extra), count and date
accuracy of matched events, and recall by gold type.

A ``dev`` file may be read item by item (``--show``) to find what newsfold gets wrong; a ``test``
file is only run, so that it keeps measuring newsfold on shapes nobody fitted rules to.

Usage::

    python benchmarks/probes.py [--files dev,test] [--show]
"""

from __future__ import annotations

import argparse
import sys
import time
from collections import Counter
from collections.abc import Iterable, Mapping, Sequence
from pathlib import Path
from typing import Any

sys.path.insert(0, str(Path(__file__).resolve().parent))
from _common import code_state, log, read_annotation  # noqa: E402
from events_heldout import SCORER, fold_records, scorer  # noqa: E402

PROBES = Path(__file__).resolve().parent / "probes"
#: The event types of the annotation guide; a prediction of any other type is not scored.
TYPES = frozenset({"ARREST", "SEIZURE", "ATTACK", "KILLING", "MILITARY_OPERATION", "COOPERATION", "PROTEST",
                   "DISASTER", "ELECTION", "ACQUISITION", "SPORTS_RESULT"})


def load_probes(path: Path) -> dict[str, Any]:
    """One probe file; raises ``ValueError`` naming the file and item when it is malformed."""
    data = read_annotation(path, "probe file")
    if not isinstance(data.get("probes"), list) or not data["probes"]:
        raise ValueError(f"{path.name}: 'probes' must be a non-empty list")
    for probe in data["probes"]:
        for key, kind in (("id", str), ("text", str), ("events", list)):
            if not isinstance(probe.get(key), kind):
                raise ValueError(f"{path.name}: item {probe.get('id')!r} needs '{key}'")
        for event in probe["events"]:
            if event.get("type") not in TYPES or not isinstance(event.get("locations"), list):
                raise ValueError(f"{path.name}: item {probe['id']}: event {event.get('id')!r} is malformed")
    return data


def probe_files(names: Iterable[str] | None = None) -> dict[str, dict[str, Any]]:
    """The probe files by name (the file's stem); raises ``KeyError`` naming an unknown one."""
    paths = {p.stem: p for p in sorted(PROBES.glob("*.json"))}
    wanted = set(names) if names else set(paths)
    if unknown := sorted(wanted - set(paths)):
        raise KeyError(f"no probe file named {', '.join(unknown)} (there are: {', '.join(paths)})")
    return {name: load_probes(p) for name, p in paths.items() if name in wanted}


def probe_gold(probe: Mapping[str, Any]) -> dict[str, Any]:
    """One item's answer in ``score.py``'s gold format (its events all in its one document)."""
    events = [{**e, "docs": [probe["id"]], "main_in": [probe["id"]]} for e in probe["events"]]
    return {"documents": [{"id": probe["id"], "published": probe.get("published")}], "events": events,
            "entities": probe.get("entities", []), "conflicts": []}


def score_probe(score: Any, probe: Mapping[str, Any], fold: Mapping[str, Any]) -> dict[str, Any]:
    """Matches, misses and extra predictions of one folded item."""
    gold = probe_gold(probe)
    predicted = [p for p in fold.get("events", []) if p.get("type") in TYPES]
    result = score.score_events(gold, {"events": predicted}, score.Names(gold["entities"]))
    match: dict[str, str] = result["_match"]
    by_id = {p.get("id"): p for p in predicted}
    missed = [e for e in gold["events"] if e["id"] not in match and not e.get("optional")]
    extra = [p for p in predicted if p.get("id") not in set(match.values())]
    counts = dates = counted = dated = 0
    for gid, pid in match.items():
        g, p = next(e for e in gold["events"] if e["id"] == gid), by_id[pid]
        if g.get("count"):
            counted += 1
            counts += bool(score.count_values(g["count"]) & score.count_values(p.get("count")))
        if g.get("date") and g.get("derivable", True):
            dated += 1
            dates += p.get("date") is not None and score.overlaps(
                score.date_range(g.get("date"), g.get("date_range")), score.date_range(p.get("date")))
    return {"matched": len(match), "missed": missed, "extra": extra, "counts": (counts, counted),
            "dates": (dates, dated), "match": match, "predicted": predicted}


def fold_probe(probe: Mapping[str, Any]) -> dict[str, Any]:
    """One item folded alone, with its day of publication."""
    published = probe.get("published")
    record = {"id": probe["id"], "title": probe.get("title") or None, "text": probe["text"],
              "published": published if published and len(str(published)) == 10 else None}
    return fold_records([record])


def summarise(name: str, role: str, results: Sequence[tuple[Mapping[str, Any], Mapping[str, Any]]]) -> str:
    """The table row and the recall by type of one probe file."""
    tp = sum(r["matched"] for _p, r in results)
    fn = sum(len(r["missed"]) for _p, r in results)
    fp = sum(len(r["extra"]) for _p, r in results)
    precision = tp / (tp + fp) if tp + fp else 0.0
    recall = tp / (tp + fn) if tp + fn else 0.0
    f1 = 2 * precision * recall / (precision + recall) if precision + recall else 0.0
    exact = sum(not r["missed"] and not r["extra"] for _p, r in results) / len(results)
    counts = [sum(r["counts"][i] for _p, r in results) for i in (0, 1)]
    dates = [sum(r["dates"][i] for _p, r in results) for i in (0, 1)]
    traps = [r for p, r in results if not p["events"]]
    lines = [f"{name} ({role}): {len(results)} items, {tp + fn} gold events, {tp + fp} predicted",
             f"  event P {precision:.3f}  R {recall:.3f}  F1 {f1:.3f}   items exact {exact:.3f}   "
             f"count {counts[0]}/{counts[1]}   date {dates[0]}/{dates[1]}   "
             f"event-free items clean {sum(not r['extra'] for r in traps)}/{len(traps)}"]
    found: Counter[str] = Counter()
    total: Counter[str] = Counter()
    for probe, r in results:
        missed = {e["id"] for e in r["missed"]}
        for e in probe["events"]:
            if e.get("optional") and e["id"] not in r["match"]:
                continue
            total[e["type"]] += 1
            found[e["type"]] += e["id"] not in missed
    lines.append("  recall by type: " + ", ".join(f"{t} {found[t]}/{total[t]}" for t in sorted(total)))
    extra_types = Counter(p.get("type") for _p, r in results for p in r["extra"])
    lines.append("  extra by type: " + ", ".join(f"{t} {n}" for t, n in extra_types.most_common()))
    lines.append(f"SUMMARY {name}: event F1 {f1:.3f} (P {precision:.3f}, R {recall:.3f}), items exact {exact:.3f}")
    return "\n".join(lines)


def show(probe: Mapping[str, Any], result: Mapping[str, Any]) -> str:
    """An item read wrongly: its text, what was missed and what was predicted."""
    def brief(e: Mapping[str, Any]) -> str:
        count = e.get("count")
        value = count.get("value") if isinstance(count, Mapping) else count
        return f"{e.get('type')} {e.get('date')} {e.get('locations')} {e.get('countries')} count={value}"

    lines = [f"--- {probe['id']} ({probe.get('published')}) {probe.get('shapes', '')}",
             (probe.get("title") or "") + " | " + probe["text"]]
    lines += [f"  MISSED  {brief(e)}" for e in result["missed"]]
    lines += [f"  EXTRA   {brief(p)}" for p in result["extra"]]
    lines += [f"  ok      {brief(p)}" for p in result["predicted"] if p not in result["extra"]]
    return "\n".join(lines)


def main(argv: Sequence[str] | None = None) -> int:
    """Fold and score every item of the probe files (or those named)."""
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--files", default=None, help="comma-separated probe file names (default: all)")
    parser.add_argument("--show", action="store_true", help="print every item of a dev file read wrongly")
    args = parser.parse_args(argv)
    if not SCORER.exists():
        print(f"skipped: {SCORER} is not beside this checkout")
        return 0
    try:
        files = probe_files(args.files.split(",") if args.files else None)
    except (KeyError, ValueError) as exc:
        log(str(exc.args[0]))
        return 2
    score = scorer()
    for name, data in files.items():
        start = time.perf_counter()
        results = [(probe, score_probe(score, probe, fold_probe(probe))) for probe in data["probes"]]
        log(f"[{name}] {len(results)} items folded in {time.perf_counter() - start:.0f} s")
        if args.show and data["role"] == "dev":
            for probe, result in results:
                if result["missed"] or result["extra"]:
                    print(show(probe, result))
        print(summarise(name, data["role"], results))
    print(code_state())
    return 0


if __name__ == "__main__":
    sys.exit(main())
