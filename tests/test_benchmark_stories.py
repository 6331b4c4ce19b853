"""The story benchmark's reach: what a clustering of texts by their words can score at best."""

from __future__ import annotations

from typing import Any

from conftest import ROOT, load_script


def _bench() -> Any:
    return load_script(ROOT / "benchmarks" / "stories.py", "stories_benchmark")


RECORDS = [
    {"id": "a", "cluster": 1, "title": "Flood hits Vellmar", "text": "A flood hit Vellmar on Monday, drowning farms near the river."},
    {"id": "b", "cluster": 1, "title": "Vellmar flood", "text": "Farms near the river drowned as the flood hit Vellmar."},
    {"id": "c", "cluster": 1, "title": "", "text": "Sign in to comment. Cookies keep this site working."},
    {"id": "d", "cluster": 2, "title": "Derby won", "text": "Ostbury won the derby three goals to one."},
]


def test_the_reach_cuts_a_gold_story_where_its_articles_share_no_words() -> None:
    bench = _bench()
    gold = {r["id"]: str(r["cluster"]) for r in RECORDS}
    cut = {"a": "1", "b": "1", "c": "x", "d": "2"}  # the empty page alone
    assert bench.similarity_reach(RECORDS) == bench.bcubed(cut, gold)[2] < 1.0
    singletons = {r["id"]: r["id"] for r in RECORDS}
    assert bench.similarity_reach(RECORDS, min_similarity=1.01) == bench.bcubed(singletons, gold)[2]  # no pair is that alike


def test_a_skipped_input_is_alone_in_the_reach() -> None:
    bench = _bench()
    gold = {r["id"]: str(r["cluster"]) for r in RECORDS}
    assert bench.similarity_reach(RECORDS, frozenset({"b"})) == bench.bcubed({"a": "1", "b": "y", "c": "x", "d": "2"}, gold)[2]
