"""The sentence-shape probes of ``benchmarks/probes``: well-formed answers that the texts support.

``benchmarks/probes.py`` folds every item alone and takes minutes; these tests check only what it
reads, and how it scores one folded item, so that a broken probe file fails here.
"""

from __future__ import annotations

import datetime as dt
from pathlib import Path
from typing import Any

import pytest

from conftest import ROOT, load_script

BENCHMARK = ROOT / "benchmarks" / "probes.py"
PROBE_FILES = sorted((ROOT / "benchmarks" / "probes").glob("*.json"))


def _bench() -> Any:
    return load_script(BENCHMARK, "probes_benchmark")


def test_there_is_a_dev_and_a_test_probe_file() -> None:
    roles = sorted(_bench().load_probes(p)["role"] for p in PROBE_FILES)
    assert roles.count("dev") >= 1 and roles.count("test") >= 1


@pytest.mark.parametrize("path", PROBE_FILES, ids=[p.stem for p in PROBE_FILES])
def test_a_probe_file_is_well_formed(path: Path) -> None:
    data = _bench().load_probes(path)
    ids = [p["id"] for p in data["probes"]]
    assert len(ids) == len(set(ids)), "an item id is used twice"
    for probe in data["probes"]:
        dt.date.fromisoformat(probe["published"])
        words = f"{probe.get('title') or ''}\n{probe['text']}"
        event_ids = [e["id"] for e in probe["events"]]
        assert len(event_ids) == len(set(event_ids)), probe["id"]
        for event in probe["events"]:
            for place in event["locations"]:
                assert place in words, f"{probe['id']} {event['id']}: {place!r} is not in the text"
            assert all(len(c) == 2 and c.isupper() for c in event.get("countries", [])), probe["id"]
            if isinstance(event.get("count"), dict):
                assert isinstance(event["count"]["value"], (int, float)), probe["id"]


def test_an_extra_event_in_an_event_free_item_counts_against_precision() -> None:
    bench = _bench()
    if not bench.SCORER.exists():
        pytest.skip(f"{bench.SCORER} is not present")
    score = bench.scorer()
    probe = {"id": "p1", "published": "2025-03-13", "text": "Shares crashed.", "events": []}
    fold = {"events": [{"id": "e1", "type": "DISASTER", "documents": ["p1"], "locations": [], "date": None}]}
    result = score.score_events({"events": [], "entities": []}, fold, score.Names([]))
    assert result["event_precision"] == 0.0  # the scorer alone would not count it against anything
    scored = bench.score_probe(score, probe, fold)
    assert scored["matched"] == 0 and len(scored["extra"]) == 1 and not scored["missed"]


def test_a_matching_prediction_is_found_with_its_figure_and_day() -> None:
    bench = _bench()
    if not bench.SCORER.exists():
        pytest.skip(f"{bench.SCORER} is not present")
    score = bench.scorer()
    probe = {"id": "p1", "published": "2025-03-13", "text": "Police arrested three men in Lyon on Tuesday.",
             "events": [{"id": "E1", "type": "ARREST", "date": "2025-03-11", "derivable": True, "locations": ["Lyon"],
                         "countries": ["FR"], "count": {"value": 3}}]}
    right = {"id": "e1", "type": "ARREST", "documents": ["p1"], "locations": ["Lyon"], "date": "2025-03-11", "count": {"value": 3}}
    wrong_day = {**right, "date": "2025-02-01"}
    assert bench.score_probe(score, probe, {"events": [right]})["matched"] == 1
    assert bench.score_probe(score, probe, {"events": [right]})["counts"] == (1, 1)
    missed = bench.score_probe(score, probe, {"events": [wrong_day]})
    assert missed["matched"] == 0 and len(missed["missed"]) == 1 and len(missed["extra"]) == 1
