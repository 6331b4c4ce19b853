"""End to end: a folder of articles → fold.json that matches the contract, idempotently."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from conftest import EXAMPLES
from newsfold.export import dumps_fold, fold_to_dict, validate_fold, write_fold

pytestmark = pytest.mark.model


def test_pipeline_examples_fold_matches_schema(fold_dir):
    data, _ = fold_dir(EXAMPLES)
    validate_fold(data)
    ids = {d["id"] for d in data["documents"]}
    assert {"a01_tetouan_raid", "j01", "j02", "j03"} <= ids
    assert all(d["story"] for d in data["documents"])
    assert data["events"] and data["entities"] and data["stories"]


def test_pipeline_every_event_cites_its_sentences(fold_dir):
    data, _ = fold_dir(EXAMPLES)
    texts = {a["id"]: a for a in data["documents"]}
    for event in data["events"]:
        assert set(event["documents"]) <= set(texts)
        for m in event["mentions"]:
            assert m["document"] in event["documents"]
            assert m["end"] > m["start"]


def test_pipeline_mention_offsets_point_into_stored_text(nlp, tmp_path):
    from newsfold.pipeline import fold_paths
    from newsfold.store import Store

    with Store.open(tmp_path / "db.sqlite") as store:
        fold, _ = fold_paths([EXAMPLES], store, nlp=nlp)
        text = {a.article_id: a.text for a in fold.articles}
    for event in fold.events:
        for span in event.mentions:
            assert text[span.article_id][span.start:span.end] == span.text


def test_pipeline_syndicated_copy_is_marked_and_not_a_source(fold_dir):
    data, _ = fold_dir(EXAMPLES)
    copies = {d["id"]: d["copy_of"] for d in data["documents"] if d["copy_of"]}
    assert copies == {"a04_beja_floods_repost": "a03_beja_floods"}
    for event in data["events"]:
        # the copy reports what its original reports, but is never read as a source of its own
        assert ("a04_beja_floods_repost" in event["documents"]) == ("a03_beja_floods" in event["documents"])
        assert all(m["document"] != "a04_beja_floods_repost" for m in event["mentions"])
    for conflict in data["conflicts"]:
        for value in conflict["values"]:
            assert ("a04_beja_floods_repost" in value["documents"]) == ("a03_beja_floods" in value["documents"])
    story = {d["id"]: d["story"] for d in data["documents"]}
    assert story["a04_beja_floods_repost"] == story["a03_beja_floods"]


def test_pipeline_second_run_changes_nothing(nlp, tmp_path):
    from newsfold.pipeline import fold_paths
    from newsfold.store import Store

    db = tmp_path / "newsfold.db"
    with Store.open(db) as store:
        first, report1 = fold_paths([EXAMPLES], store, nlp=nlp)
    with Store.open(db) as store:
        second, report2 = fold_paths([EXAMPLES], store, nlp=nlp)
    assert report1.analysed == 14 and report2.analysed == 0 and report2.reused == 14
    assert dumps_fold(fold_to_dict(first)) == dumps_fold(fold_to_dict(second))


def test_pipeline_seed_ids_are_file_names(fold_dir):
    from conftest import SHARED

    seeds = SHARED / "seeds"
    if not seeds.is_dir():
        pytest.skip("../shared/seeds is not present")
    data, _ = fold_dir(seeds)
    ids = {d["id"] for d in data["documents"]}
    assert {p.stem for p in seeds.glob("*.txt")} <= ids


def test_pipeline_hostile_article_is_escaped_in_report(nlp, tmp_path):
    from newsfold.pipeline import fold_paths
    from newsfold.report import render_report
    from newsfold.store import Store

    src = tmp_path / "in"
    src.mkdir()
    (src / "evil.txt").write_text(
        "Police arrest <script>alert(1)</script> suspects\n\n"
        "Police arrested seven men in Rabat on Monday, officials said. <script>alert('x')</script>\n"
        '"><img src=x onerror=alert(1)> was written on a wall.\n',
        encoding="utf-8",
    )
    with Store.open(tmp_path / "db.sqlite") as store:
        fold, _ = fold_paths([src], store, nlp=nlp)
    data = fold_to_dict(fold)
    html = render_report(data, texts={a.article_id: a.text for a in fold.articles})
    assert "<script>alert" not in html
    assert "<img src=x" not in html
    assert "&lt;script&gt;alert" in html or "\\u003cscript\\u003ealert" in html


def test_pipeline_writes_fold_atomically(fold_dir, tmp_path):
    data, _ = fold_dir(EXAMPLES)
    path = write_fold(data, tmp_path / "out" / "fold.json")
    assert json.loads(path.read_text(encoding="utf-8")) == json.loads(dumps_fold(data))
    assert not list(Path(tmp_path / "out").glob("*.tmp"))


def test_pipeline_adding_articles_keeps_story_ids(nlp, tmp_path):
    import shutil

    from newsfold.pipeline import fold_paths
    from newsfold.store import Store

    first = tmp_path / "first"
    first.mkdir()
    for name in ("a01_tetouan_raid.txt", "a03_beja_floods.txt", "a08_nador_raid.txt"):
        shutil.copy(EXAMPLES / name, first / name)
    db = tmp_path / "db.sqlite"
    with Store.open(db) as store:
        before, _ = fold_paths([first], store, nlp=nlp)
    story_before = {d: s.story_id for s in before.stories for d in s.documents}
    with Store.open(db) as store:
        after, report = fold_paths([EXAMPLES], store, nlp=nlp)
    assert report.reused == 3
    story_after = {d: s.story_id for s in after.stories for d in s.documents}
    for doc, story_id in story_before.items():
        assert story_after[doc] == story_id
    assert story_after["a02_tetouan_cocaine"] == story_after["a01_tetouan_raid"]


def _grouping(fold) -> set[frozenset[str]]:
    return {frozenset(s.documents) for s in fold.stories}


def _fold_two_examples(nlp, tmp_path, monkeypatch) -> tuple[Path, Path, list[dict[str, str]]]:
    """Fold a01 (Tetouan raid) and a03 (Beja floods) into a new database; then record the
    stored grouping that every later fold hands to the story clustering."""
    import shutil

    from newsfold import cluster
    from newsfold.pipeline import fold_paths
    from newsfold.store import Store

    src = tmp_path / "src"
    src.mkdir()
    for name in ("a01_tetouan_raid.txt", "a03_beja_floods.txt"):
        shutil.copy(EXAMPLES / name, src / name)
    db = tmp_path / "db.sqlite"
    with Store.open(db) as store:
        fold_paths([src], store, nlp=nlp)
    seen: list[dict[str, str]] = []
    real = cluster.cluster_articles

    def spy(items, previous=None):
        seen.append(dict(previous or {}))
        return real(items, previous)

    monkeypatch.setattr(cluster, "cluster_articles", spy)
    return src, db, seen


def test_pipeline_new_articles_join_stored_stories_without_regrouping(nlp, tmp_path, monkeypatch):
    from newsfold.pipeline import Settings, fold_paths
    from newsfold.store import Store

    _src, db, seen = _fold_two_examples(nlp, tmp_path, monkeypatch)
    with Store.open(db) as store:
        incremental, _ = fold_paths([EXAMPLES], store, nlp=nlp)
    assert set(seen[0]) == {"a01_tetouan_raid", "a03_beja_floods"}  # the stored grouping was kept
    story_of = {d: s.story_id for s in incremental.stories for d in s.documents}
    assert story_of["a02_tetouan_cocaine"] == story_of["a01_tetouan_raid"]  # a new report joined its story
    with Store.open(db) as store:
        regrouped, _ = fold_paths([EXAMPLES], store, nlp=nlp, settings=Settings(recluster=True))
    assert seen[-1] == {}
    with Store.open(tmp_path / "fresh.sqlite") as store:
        fresh, _ = fold_paths([EXAMPLES], store, nlp=nlp)
    assert _grouping(regrouped) == _grouping(fresh)


def test_pipeline_changed_article_is_grouped_again(nlp, tmp_path, monkeypatch):
    import shutil

    from newsfold.pipeline import fold_paths
    from newsfold.store import Store

    src, db, seen = _fold_two_examples(nlp, tmp_path, monkeypatch)
    # the floods file is replaced by a report of the Tetouan raid: it must not stay in its old story
    shutil.copy(EXAMPLES / "a01_tetouan_raid.txt", src / "a03_beja_floods.txt")
    with Store.open(db) as store:
        fold, _ = fold_paths([src], store, nlp=nlp)
    assert set(seen[0]) == {"a01_tetouan_raid"}
    story_of = {d: s.story_id for s in fold.stories for d in s.documents}
    assert story_of["a03_beja_floods"] == story_of["a01_tetouan_raid"]


def test_pipeline_keep_ids_matches_by_overlap():
    from newsfold.model import Story
    from newsfold.pipeline import keep_ids

    old = [Story("s-old1", "t", ("a", "b")), Story("s-old2", "t", ("c",))]
    new = [Story("s-x", "t", ("a", "b", "d")), Story("s-y", "t", ("e",)), Story("s-z", "t", ("c", "f"))]
    assert [s.story_id for s in keep_ids(new, old, "story_id")] == ["s-old1", "s-y", "s-old2"]


def test_pipeline_main_event_points_are_the_articles_own_places():
    from markup import analysis
    from newsfold.canon import canonicalize
    from newsfold.merge import POINT_FEATURES
    from newsfold.model import Event, EventKind
    from newsfold.pipeline import _main_points
    from newsfold.places import default_gazetteer

    resolution = canonicalize([
        analysis("tx", "Police in [Paris|GPE], [Texas|GPE], arrested two men near [Dallas|GPE]."),
        analysis("fr", "Police in [Paris|GPE], [France|GPE], arrested two men near [Lyon|GPE]."),
    ], default_gazetteer())
    event = Event("e", EventKind.ARREST, None, None, ("Paris",), (), None, (), (), ("tx",), (), 0.8)
    (lat, lon), = _main_points(event, "tx", resolution, POINT_FEATURES).values()
    assert 33 < lat < 34 and -96 < lon < -95  # Paris, Texas, not Paris, France


def test_pipeline_article_edited_during_a_fold_is_grouped_again(nlp, tmp_path):
    from datetime import date

    from newsfold.model import Article
    from newsfold.pipeline import build_corpus, ingest_articles
    from newsfold.store import Store

    flood1 = ("Floods in Sindh province killed 40 people on Monday, officials in Karachi said. Rescue teams used boats "
              "to reach villages cut off by the Indus river. The disaster authority said thousands of homes were destroyed.")
    flood2 = ("Rescuers in Pakistan's Sindh province pulled bodies from flooded villages on Monday after the Indus burst "
              "its banks. At least 40 people died, the disaster authority in Karachi said, and army boats carried families.")
    flood3 = ("The death toll from Monday's floods in Sindh rose to 40, Pakistan's disaster authority said in Karachi. "
              "Army helicopters dropped food to villages along the Indus, where thousands of homes were washed away.")
    football = ("Barcelona beat Sevilla 3-1 at the Camp Nou on Saturday. Lewandowski scored twice and Pedri added a "
                "third as the Catalan side moved top of La Liga. The Sevilla coach said his team had defended poorly.")

    def article(aid: str, text: str) -> Article:
        return Article(aid, "x", text[:40], text, published=date(2022, 8, 22))

    with Store.open(tmp_path / "db.sqlite") as store:
        ingest_articles([article("a", flood1), article("b", flood2), article("c", football)], store, nlp=nlp)
        build_corpus(store)
        real, edited = store.analyses, []

        def analyses(**kw):  # another process replaces 'c' with a flood report while this one reads
            yield from real(**kw)
            if not edited:
                edited.append(True)
                ingest_articles([article("c", flood3)], store, nlp=nlp)

        store.analyses = analyses
        build_corpus(store)
        store.analyses = real
        build_corpus(store)
        assert sorted(s.documents for s in store.groups()[0]) == [("a", "b", "c")]


def _fold_texts(nlp, tmp_path, texts: dict[str, str]):
    """Fold plain-text reports (name → text) into a fresh database, as the CLI does."""
    from newsfold.pipeline import fold_paths
    from newsfold.store import Store

    src = tmp_path / "in"
    src.mkdir()
    for name, text in texts.items():
        (src / f"{name}.txt").write_text(text, encoding="utf-8")
    with Store.open(tmp_path / "db.sqlite") as store:
        fold, _ = fold_paths([src], store, nlp=nlp)
    return fold


def test_pipeline_two_reports_giving_the_suspect_two_ages_conflict(nlp, tmp_path):
    """One outlet says the woman arrested is 60, another names her and says 61: a hard conflict
    on the arrest, with each value's document and sentence; a third outlet agreeing adds no value."""
    from newsfold.brief import _conflict_sentence

    fold = _fold_texts(nlp, tmp_path, {
        "a": "Woman held over 1967 killings\n\nPolice in Staunton arrested a 60-year-old woman on Friday "
             "in the 1967 killings of two young women at an ice cream shop, officials said.\n",
        "b": "Arrest in old Staunton case\n\nPolice said 61-year-old Sharon Crowley was arrested in Staunton "
             "on Friday in the 1967 killings of two young women at an ice cream shop.\n"})
    ages = [c for c in fold.conflicts if c.attribute.startswith("age")]
    assert len(ages) == 1 and ages[0].kind == "hard"
    assert {(v.value, v.documents) for v in ages[0].values} == {(60, ("a",)), (61, ("b",))}
    assert _conflict_sentence(ages[0]).text.startswith("Sources disagree on the age of the arrested in the ")


def test_pipeline_attackers_named_again_by_their_number_are_no_toll_to_set_against_the_victims(nlp, tmp_path):
    """One outlet counts the victims of an attack, another tells that "the three" attackers were shot
    dead in it: no hard conflict of 7 against 3 killed."""
    fold = _fold_texts(nlp, tmp_path, {
        "a": "Seven killed in Tomball attack\n\nSeven people were killed and 48 injured in the attack in Tomball "
             "on Saturday night, police said.\n",
        "b": "Tomball attackers named\n\nThree men drove a van into pedestrians in Tomball on Saturday night. The three, "
             "who were wearing fake suicide vests, were shot dead during the attack in Tomball, police said.\n"})
    assert not [c for c in fold.conflicts if c.attribute == "killed" and c.kind == "hard"]


def test_pipeline_a_report_that_no_one_was_killed_conflicts_with_a_toll(nlp, tmp_path):
    """One outlet says a bomb killed 12 at a market, another that no one was killed there: the
    zero is a figure set against the toll (a hard conflict), never the event's count."""
    fold = _fold_texts(nlp, tmp_path, {
        "a": "Market bombed\n\nA bomb killed 12 people at a market in Tomball on Thursday, the governor said.\n",
        "b": "No deaths in market blast\n\nNo one was killed or injured in the bombing of the market "
             "in Tomball on Thursday, aid workers said.\n"})
    (event,) = [e for e in fold.events if e.documents == ("a", "b")]
    assert event.count is not None and event.count.value == 12
    (killed,) = [c for c in fold.conflicts if c.attribute == "killed"]
    assert killed.kind == "hard" and {(v.value, v.documents) for v in killed.values} == {(0, ("b",)), (12, ("a",))}
