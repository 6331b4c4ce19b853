"""Story clustering: candidate pairs by blocking agree with the exact comparison."""

from __future__ import annotations

import dataclasses

import numpy as np
from scipy.sparse import csr_matrix

from newsfold import cluster


def _random_rows(n: int, seed: int = 3) -> csr_matrix:
    rng = np.random.default_rng(seed)
    dense = np.zeros((n, 400))
    for i in range(n):
        topic = i // 5  # groups of five near-identical rows
        dense[i, rng.choice(range(topic % 80 * 5, topic % 80 * 5 + 5), 3, replace=False)] = 1.0
        dense[i, rng.integers(0, 400)] += 0.3
    return cluster._normalize(csr_matrix(dense))


def test_cluster_blocking_finds_the_same_close_pairs_as_exact(monkeypatch):
    matrix = _random_rows(300)
    exact = {(a, b) for a, b, _s in cluster._similar_pairs(matrix, 0.5)}
    monkeypatch.setattr(cluster, "EXACT_UP_TO", 0)
    blocked = {(a, b) for a, b, _s in cluster._similar_pairs(matrix, 0.5)}
    assert exact and blocked == exact


def test_cluster_pairs_of_new_rows_are_the_full_pairs_that_touch_them(monkeypatch):
    matrix = _random_rows(300)
    new = [3, 50, 51, 299]
    touching = {p for p in cluster._similar_pairs(matrix, 0.5) if p[0] in new or p[1] in new}
    assert touching and set(cluster._similar_pairs(matrix, 0.5, only=new)) == touching
    monkeypatch.setattr(cluster, "EXACT_UP_TO", 0)
    assert {(a, b) for a, b, _s in cluster._similar_pairs(matrix, 0.5, only=new)} == {(a, b) for a, b, _s in touching}


def test_cluster_fixed_groups_take_new_rows_but_never_merge():
    # rows 0-1 and 2-3 are two earlier stories; 4 fits the first, 5 and 6 fit each other only
    pairs = [(0, 2, 0.9), (1, 3, 0.9), (0, 4, 0.6), (1, 4, 0.5), (5, 6, 0.7), (2, 5, 0.1)]
    groups = cluster.average_linkage(7, pairs, 0.3, fixed=[[0, 1], [2, 3]])
    assert sorted(groups.values()) == [[0, 1, 4], [2, 3], [5, 6]]
    # without the earlier stories, 0 and 2 (and 1 and 3) would have joined
    assert any({0, 2} <= set(g) for g in cluster.average_linkage(7, pairs, 0.3).values())


def test_cluster_new_row_joins_a_fixed_story_only_on_average():
    # row 4 is close to one member of a three-member story and far from the others: mean 0.2
    pairs = [(0, 4, 0.6)]
    groups = cluster.average_linkage(5, pairs, 0.3, fixed=[[0, 1, 2]])
    assert sorted(groups.values()) == [[0, 1, 2], [3], [4]]


def test_cluster_one_disagreeing_report_does_not_split_a_story():
    # two groups of three reports each, alike across (0.5 for every pair); one cross pair is
    # vetoed (one report's date was misread): a majority of the compared pairs agree, so one story
    inside = [(a, b, 0.99) for g in ((0, 1, 2), (3, 4, 5)) for a in g for b in g if a < b]
    across = [(a, b, 0.5) for a in (0, 1, 2) for b in (3, 4, 5)]
    one_veto = {(0, 3)}
    groups = cluster.average_linkage(6, inside + [p for p in across if p[:2] not in one_veto], 0.3, one_veto)
    assert sorted(groups.values()) == [[0, 1, 2, 3, 4, 5]]
    # when most reports disagree, the stories stay apart, even though the pairs that agree are
    # alike enough to carry the average (3 × 0.95 over 9 pairs)
    many = {(a, b) for a in (0, 1, 2) for b in (3, 4, 5) if a != 2}
    agreeing = [(2, b, 0.95) for b in (3, 4, 5)]
    assert sum(p[2] for p in agreeing) / 9 >= 0.3
    groups = cluster.average_linkage(6, inside + agreeing, 0.3, many)
    assert sorted(groups.values()) == [[0, 1, 2], [3, 4, 5]]
    # two single reports that clearly differ never join, however alike
    assert sorted(cluster.average_linkage(2, [(0, 1, 0.95)], 0.3, {(0, 1)}).values()) == [[0], [1]]
    # a tie is no majority: a pair of reports, one reading of the third against it and one not,
    # joins on the pair that agrees (2 and 0 alike, 2 and 1 vetoed)
    groups = cluster.average_linkage(3, [(0, 1, 0.9), (0, 2, 0.6)], 0.25, {(1, 2)})
    assert sorted(groups.values()) == [[0, 1, 2]]


def test_main_event_of_an_undated_article_is_not_its_spelled_out_history():
    # "Lauri Love, arrested in October 2013, won his appeal today": without a publication date
    # only the history has a date; the appeal (no resolvable date) is the article's news
    from datetime import date

    from newsfold.model import Event, EventKind, Span

    def event(eid: str, when: str | None, start: int, doc: str = "a") -> Event:
        return Event(eid, EventKind.ARREST, None, when, (), (), None, (), (), (doc,), (Span(doc, start, start + 5, "x"),), 0.9)

    history, news = event("e1", "2013-10", 10), event("e2", None, 60)
    assert cluster.main_events([history, news])["a"].event_id == "e2"
    # with a publication date, a dated event of the same week is the news, even if mentioned first
    fresh = event("e3", "2018-02-05", 10, "b")
    later = event("e4", None, 60, "b")
    assert cluster.main_events([fresh, later], {"b": date(2018, 2, 6)})["b"].event_id == "e3"
    # two events told in one sentence: "the cabinet approved a fund on Monday to rebuild after
    # the floods in March, which killed 23": the later one is the news, whatever the confidence
    floods = dataclasses.replace(event("e5", "2024-03-18", 10, "c"), confidence=0.95)
    fund = dataclasses.replace(event("e6", "2024-04-01", 10, "c"), kind=EventKind.OTHER, confidence=0.6)
    assert cluster.main_events([floods, fund], {"c": date(2024, 4, 2)})["c"].event_id == "e6"


def _article(aid: str, text: str, day: int) -> cluster.ClusterInput:
    from datetime import date

    return cluster.ClusterInput(aid, text.split(".")[0], text, date(2024, 3, day), (), None)


def test_cluster_articles_keeps_earlier_stories_and_attaches_new_articles():
    quake = "Earthquake strikes Vandria coast. A strong earthquake shook the Vandria coast, toppling houses in Port Elm."
    quake2 = "Vandria earthquake toll rises. Rescuers in Port Elm searched toppled houses after the earthquake on the coast."
    strike = "Dock workers strike in Lorn. Dock workers in Lorn walked out over pay, halting the harbour cranes."
    old = [_article("q1", quake, 2), _article("s1", strike, 3)]
    stories, _ = cluster_articles_ids(old)
    previous = {d: s.story_id for s in stories for d in s.documents}
    stories, _ = cluster_articles_ids(old + [_article("q2", quake2, 3)], previous)
    by_doc = {d: s for s in stories for d in s.documents}
    assert by_doc["q2"].documents == ("q1", "q2")
    assert by_doc["s1"].documents == ("s1",)


def cluster_articles_ids(items, previous=None):
    return cluster.cluster_articles(items, previous)


def test_cluster_articles_about_different_people_are_different_stories():
    # one striker's arrest and another's: alike in wording, each about someone the other never names
    one = cluster.ClusterInput("a", "Rovers striker Tamsin Kell arrested", "Rovers striker Tamsin Kell was arrested on "
                               "a drink-driving charge early on Sunday, the club said. Kell was released on bail.",
                               None, (), None, central=frozenset({"kell"}), people=frozenset({"kell"}))
    other = cluster.ClusterInput("b", "Rovers defender Ode Barra arrested", "Rovers defender Ode Barra was arrested on "
                                 "a drink-driving charge, the club said. Barra was released on bail.",
                                 None, (), None, central=frozenset({"barra"}), people=frozenset({"barra"}))
    same = cluster.ClusterInput("c", "Kell released on bail", "Rovers striker Kell, arrested on a drink-driving charge, "
                                "was released on bail, the club said. Kell will train on Monday.",
                                None, (), None, central=frozenset({"kell"}), people=frozenset({"kell"}))
    assert cluster._about_other_people(one, other)
    assert not cluster._about_other_people(one, same)
    assert not cluster._about_other_people(one, cluster.ClusterInput("d", "t", "x", None, (), None))  # nobody central


def test_cluster_articles_two_groups_about_different_people_are_two_stories(monkeypatch):
    # two aides of one disgraced governor die the same week; their obituaries share the
    # scandal's vocabulary, so every pair is alike, but each group is about its own man
    def obituary(aid: str, who: str, lead: str, also: str = "") -> cluster.ClusterInput:
        text = (f"{lead}. The former aide to Governor Pell in the Harbourgate bribery scandal died at home. "
                f"The Harbourgate scandal forced Governor Pell to resign after aides took harbour contract bribes. {also}")
        return cluster.ClusterInput(aid, lead, text, None, (), None, central=frozenset({who, "pell"}), people=frozenset({who, "pell"}))

    tove = [obituary("t1", "dunmore", "Harbourgate aide Tove Dunmore dies at 81"),
            obituary("t2", "dunmore", "Tove Dunmore, Pell's bagman in Harbourgate, dies"),
            obituary("t3", "dunmore", "Dunmore, who carried Harbourgate bribes, dead at 81")]
    abel = [obituary("a1", "ruskin", "Harbourgate aide Abel Ruskin dies at 77", "Ruskin testified against Dunmore."),
            obituary("a2", "ruskin", "Abel Ruskin, Pell's counsel in Harbourgate, dies"),
            obituary("a3", "ruskin", "Ruskin, who exposed Harbourgate, dead at 77")]
    stories, _ = cluster.cluster_articles(tove + abel)
    assert sorted(s.documents for s in stories) == [("a1", "a2", "a3"), ("t1", "t2", "t3")]
    # judged pair by pair, these texts are too alike to veto: without the group test, one story
    monkeypatch.setattr(cluster, "PROTAGONIST_GROUP", 100)
    stories, _ = cluster.cluster_articles(tove + abel)
    assert [s.documents for s in stories] == [("a1", "a2", "a3", "t1", "t2", "t3")]


def test_groups_sharing_their_protagonist_are_not_told_apart():
    kell = [frozenset({"kell"}), frozenset({"kell", "rovers"}), frozenset({"kell"})]
    later = [frozenset({"kell", "barra"}), frozenset({"barra"}), frozenset({"barra"})]
    assert not cluster.groups_about_other_people(kell, later)  # Kell is central to one later report: no stranger
    assert cluster.groups_about_other_people(kell, [frozenset({"barra"})] * 3)
    assert not cluster.groups_about_other_people(kell[:2], [frozenset({"barra"})] * 3)  # two reports are too few to judge


def test_a_venue_the_gazetteer_does_not_know_does_not_tell_a_story_from_its_town():
    from datetime import date

    from newsfold.model import Event, EventKind, Span

    def report(aid: str, places: tuple[str, ...], points: dict) -> cluster.ClusterInput:
        main = Event(f"v-{aid}", EventKind.ATTACK, None, None, places, (), None, (), (), (aid,), (Span(aid, 0, 5, "x"),), 0.9)
        return cluster.ClusterInput(aid, "t", "x", date(2024, 3, 2), (), main, main_points=points)

    town = report("a", ("Pittsburgh",), {"Pittsburgh": (40.44, -79.99)})
    venue = report("b", ("Tree of Life Synagogue",), {})
    elsewhere = report("c", ("Cleveland",), {"Cleveland": (41.50, -81.69)})
    other_venue = report("d", ("Beth Israel Temple",), {})
    assert cluster._same_story(town, venue)  # no point on one side: no evidence either way
    assert not cluster._same_story(town, elsewhere)  # two towns on the map, 185 km apart
    assert not cluster._same_story(venue, other_venue)  # two different names, neither on the map
