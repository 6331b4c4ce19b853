"""The held-out gold of ``benchmarks/heldout``: well-formed, and naming documents that exist.

The benchmark itself (``benchmarks/events_heldout.py``) folds the sets and takes minutes; these
tests only check what it reads, so that a broken gold file fails here, not in a late benchmark run.
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest

from conftest import ROOT, load_script

BENCHMARK = ROOT / "benchmarks" / "events_heldout.py"
TYPES = {"ARREST", "SEIZURE", "ATTACK", "KILLING", "MILITARY_OPERATION", "COOPERATION", "PROTEST",
         "DISASTER", "ELECTION", "ACQUISITION", "SPORTS_RESULT"}


def _bench() -> Any:
    return load_script(BENCHMARK, "events_heldout_benchmark")


GOLD_FILES = sorted((ROOT / "benchmarks" / "heldout").glob("*.json"))


@pytest.mark.parametrize("path", GOLD_FILES, ids=[p.stem for p in GOLD_FILES])
def test_a_gold_file_is_well_formed(path: Path) -> None:
    gold = _bench().load_gold(path)
    ids = [d["id"] for d in gold["documents"]]
    assert len(ids) == len(set(ids)), "a document is listed twice"
    for level in ("stories", "topics"):
        grouped = [d for group in gold.get(level, []) for d in group["docs"]]
        if grouped:
            assert sorted(grouped) == sorted(ids), f"{level} must put every document in exactly one group"
    event_ids = [e["id"] for e in gold["events"]]
    assert len(event_ids) == len(set(event_ids))
    for e in gold["events"]:
        assert e["type"] in TYPES, e["id"]
        assert set(e["docs"]) <= set(ids) and set(e.get("main_in", [])) <= set(e["docs"]), e["id"]
        assert isinstance(e["locations"], list) and all(len(c) == 2 and c.isupper() for c in e.get("countries", [])), e["id"]
    for c in gold["conflicts"]:
        assert c["kind"] in {"hard", "soft"} and len(c["values"]) >= 2
        assert all(set(v["docs"]) <= set(ids) and isinstance(v["value"], (int, float)) for v in c["values"])
    for e in gold["entities"]:
        assert e["aliases"] and all(isinstance(a, str) and a.strip() for a in e["aliases"]), e["canonical"]


@pytest.mark.parametrize("path", GOLD_FILES, ids=[p.stem for p in GOLD_FILES])
def test_every_gold_document_is_in_the_shared_bench_data(path: Path) -> None:
    bench = _bench()
    gold = bench.load_gold(path)
    if not bench.source_documents(gold["source"]):
        pytest.skip(f"{bench.SOURCES[gold['source']]} is not present")
    undated = bench.input_records(gold, dated=False)
    dated = bench.input_records(gold, dated=True)
    assert [r["id"] for r in undated] == [d["id"] for d in gold["documents"]]
    assert all(r["text"].strip() for r in undated) and not any(r["published"] for r in undated)
    assert all(r["published"] is None or len(r["published"]) == 10 for r in dated)


def test_a_malformed_gold_file_is_named(tmp_path: Path) -> None:
    bad = tmp_path / "broken.json"
    bad.write_text('{"role": "dev", "source": "ecbplus", "documents": []}', encoding="utf-8")
    with pytest.raises(ValueError, match="broken.json: 'events' must be a list"):
        _bench().load_gold(bad)
    bad.write_text('{"role": "dev", "source": "elsewhere"}', encoding="utf-8")
    with pytest.raises(ValueError, match="broken.json: 'source' must be one of"):
        _bench().load_gold(bad)
    bad.write_text('{"role": "tuning", "source": "ecbplus"}', encoding="utf-8")
    with pytest.raises(ValueError, match="broken.json: 'role' must be 'dev' or 'test'"):
        _bench().load_gold(bad)


def test_a_document_is_printed_for_annotators_with_its_title_line_once() -> None:
    text_of = _bench().document_text
    assert text_of({"title": "Quake hits Vell", "text": "A quake hit Vell on Monday."}) == "Quake hits Vell\n\nA quake hit Vell on Monday."
    assert text_of({"title": "Quake hits Vell", "text": "Quake hits Vell\nA quake hit Vell."}) == "Quake hits Vell\nA quake hit Vell."
    assert text_of({"title": "", "text": "A quake hit Vell."}) == "A quake hit Vell."


def test_only_a_publication_day_is_given_to_the_dated_fold(monkeypatch: pytest.MonkeyPatch) -> None:
    bench = _bench()
    docs = {"a": {"title": "", "text": "One."}, "b": {"title": "", "text": "Two."}, "c": {"title": "", "text": "Three."}}
    monkeypatch.setattr(bench, "source_documents", lambda source: docs)
    gold = {"role": "dev", "source": "ecbplus", "documents": [{"id": "a", "published": "2011-11-11"}, {"id": "b", "published": "2011-11"},
                                               {"id": "c", "published": None}]}
    assert [r["published"] for r in bench.input_records(gold, dated=True)] == ["2011-11-11", None, None]
    gold["documents"].append({"id": "missing", "published": None})
    with pytest.raises(KeyError, match="missing"):
        bench.input_records(gold, dated=False)


def test_an_unknown_set_is_named() -> None:
    with pytest.raises(KeyError, match="no held-out set named nosuch"):
        _bench().gold_sets(["nosuch"])


def test_a_set_without_hard_conflicts_has_no_conflict_figure_in_the_means() -> None:
    table = _bench().format_table([("a", "dev", "dated", {"event_f1": 0.5, "conflict_f1": None}),
                                   ("b", "dev", "dated", {"event_f1": 0.7, "conflict_f1": 0.4})])
    mean = next(line for line in table.splitlines() if line.startswith("mean ") and "dated" in line)
    assert "0.600" in mean and "0.400" in mean  # event F1 over both sets, conflict F1 over b alone
