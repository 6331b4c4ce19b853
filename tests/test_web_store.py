"""Contract tests of the store's query methods (the web API's reads), on every backend.

Like tests/test_store.py: SQLite always; PostgreSQL when ``NEWSFOLD_TEST_PG_URL`` names a
database, each test in a throwaway schema of its own. The records are invented here.
"""

from __future__ import annotations

from collections.abc import Iterator
from datetime import date
from pathlib import Path
from typing import Any

import pytest
from sqlalchemy import create_engine, text

from newsfold.model import (
    Article,
    ArticleAnalysis,
    BriefSentence,
    Conflict,
    ConflictValue,
    Entity,
    Event,
    EventKind,
    EventStatus,
    Span,
    Story,
)
from newsfold.store import Store
from newsfold.store.migrations import PG_SEARCH_VECTOR, SEARCH_INDEX, SEARCH_TABLE

from conftest import PG_URL, pg_schema


# ---------------------------------------------------------------------------- backends


# ---------------------------------------------------------------------------- records

TEXTS = {
    "a1": ("Floods hit Béja", "Flash flooding killed 21 people in Béja on Monday. Rescuers searched the mud."),
    "a2": ("Police arrest smugglers in Tétouan", "Moroccan police arrested nine suspects in Tetouan and seized cocaine."),
    "a3": ("Cabinet approves fund", "The cabinet approved a fund to rebuild bridges damaged by the floods."),
    "a4": ("Floods hit Béja (repost)", "Flash flooding killed 21 people in Béja on Monday. Rescuers searched the mud."),
}


def analysis(article_id: str, *, body: str | None = None) -> ArticleAnalysis:
    title, text_ = TEXTS[article_id]
    article = Article(
        article_id=article_id, source=f"{article_id}.txt", title=title, text=body or text_,
        published=date(2024, 3, 18), outlet="Wire", copy_of="a1" if article_id == "a4" else None,
    )  # fmt: skip
    return ArticleAnalysis(article=article, sentences=(), mentions=(), events=())


def span(doc: str, phrase: str) -> Span:
    start = TEXTS[doc][1].index(phrase)
    return Span(doc, start, start + len(phrase), phrase)


def event(event_id: str, kind: EventKind, when: str | None, docs: tuple[str, ...], **extra: Any) -> Event:
    fields: dict[str, Any] = {
        "event_id": event_id, "kind": kind, "plover": None, "date": when, "locations": (), "countries": (),
        "count": None, "actors": (), "targets": (), "documents": docs, "mentions": (), "confidence": 0.5,
    }  # fmt: skip
    fields.update(extra)
    return Event(**fields)


STORIES = (
    Story("s1", "Floods in Béja", ("a1", "a3", "a4"), first_seen="2024-03-18", last_seen="2024-04-02",
          brief=(BriefSentence("Flash flooding killed 21 people in Béja on Monday.", ("a1",)),)),
    Story("s2", "Arrests in Tétouan", ("a2",), first_seen="2024-03-12", last_seen="2024-03-12"),
    Story("s3", "Nothing dated", ("a9",)),
)  # fmt: skip
ENTITIES = (
    Entity("e1", "Béja", "GPE", ("Beja", "Béja"), ("a1", "a3"), 5, lat=36.7, lon=9.2, country="TN"),
    Entity("e2", "Tétouan", "GPE", ("Tetouan", "Tétouan"), ("a2",), 3, lat=35.6, lon=-5.4, country="MA"),
    Entity("e3", "Moroccan police", "ORG", ("police", "Moroccan police"), ("a2",), 3),
    Entity("e4", "Kamel 100%_sure", "PERSON", ("Kamel",), ("a3",), 1),
)
EVENTS = (
    event("v1", EventKind.DISASTER, "2024-03-18", ("a1", "a3"), locations=("Béja",), countries=("TN",),
          mentions=(span("a1", "Flash flooding killed 21 people"),)),
    event("v2", EventKind.ARREST, "2024-03", ("a2",), locations=("Tétouan",), countries=("MA",),
          actors=("Moroccan police",)),
    event("v3", EventKind.KILLING, "2009", ("a1",), locations=("Béja",), countries=("TN",)),
    event("v4", EventKind.OTHER, None, ("a3",)),
    event("v5", EventKind.ATTACK, "2024-04-02", ("a2",), countries=("MA",), targets=("police",),
          status=EventStatus.PLOT),
)  # fmt: skip
CONFLICTS = (
    Conflict("c1", "v1", "Béja floods", "killed", "hard", (ConflictValue(21.0, ("a1",), ("killed 21",)),
                                                           ConflictValue(23.0, ("a3",), ("killed 23",)))),
    Conflict("c2", "v3", "2009 floods", "killed", "soft", (ConflictValue(40.0, ("a1",), ("40",)),)),
)  # fmt: skip


@pytest.fixture
def store(target: str) -> Iterator[Store]:
    with Store.open(target) as opened:
        opened.put_analyses(((analysis(a), "h") for a in TEXTS), pipeline_version="1")
        opened.replace_corpus(stories=STORIES, topics=(), entities=ENTITIES, events=EVENTS, conflicts=CONFLICTS)
        yield opened


def ids(records: Any) -> list[str]:
    out = []
    for r in records:
        for key in ("conflict_id", "story_id", "event_id", "entity_id", "article_id"):
            if hasattr(r, key):
                out.append(getattr(r, key))
                break
    return out


# ---------------------------------------------------------------------------- single records and lists


def test_web_store_get_records(store: Store) -> None:
    assert store.get_article("a2") == analysis("a2").article
    assert store.get_story("s1") == STORIES[0]
    assert store.get_event("v5") == EVENTS[4]
    assert store.get_entity("e1") == ENTITIES[0]
    assert store.get_conflict("c2") == CONFLICTS[1]
    for getter in (store.get_article, store.get_story, store.get_event, store.get_entity, store.get_conflict):
        assert getter("missing") is None


def test_web_store_list_articles_pages(store: Store) -> None:
    page = store.list_articles(limit=3)
    assert page.total == 4 and ids(page.items) == ["a1", "a2", "a3"] and page.limit == 3 and page.offset == 0
    assert ids(store.list_articles(limit=3, offset=3).items) == ["a4"]
    assert ids(store.list_articles(limit=None).items) == ["a1", "a2", "a3", "a4"]
    assert store.list_articles(limit=2, offset=10).items == ()


def test_web_store_find_stories(store: Store) -> None:
    page = store.find_stories()
    assert page.total == 3 and ids(page.items) == ["s1", "s2", "s3"]  # most documents, then earliest, undated last
    assert ids(store.find_stories(limit=1, offset=1).items) == ["s2"]
    assert ids(store.find_stories(document="a2").items) == ["s2"]
    assert store.find_stories(document="nope").total == 0
    found = store.find_stories(query="floods")
    assert found.total == 1 and ids(found.items) == ["s1"]
    assert ids(store.find_stories(query="cocaine").items) == ["s2"]
    assert store.find_stories(query="cocaine", limit=1, offset=1).items == ()
    assert store.find_stories(query="qqqzzz").total == 0
    assert store.story_ids_of(["a1", "a2", "a4", "zz"]) == {"a1": "s1", "a2": "s2", "a4": "s1"}
    assert store.story_ids_of([]) == {}


def test_web_store_find_events_filters(store: Store) -> None:
    def found(**kwargs: Any) -> list[str]:
        return ids(store.find_events(limit=None, **kwargs).items)

    assert found() == ["v3", "v2", "v1", "v5", "v4"]  # by date, undated last
    page = store.find_events(limit=2, offset=3)
    assert page.total == 5 and ids(page.items) == ["v5", "v4"]
    assert found(type="ARREST") == ["v2"]
    assert found(status="plot") == ["v5"] and found(status="asserted") == ["v3", "v2", "v1", "v4"]
    assert found(country="ma") == ["v2", "v5"]
    for form in ("Béja", "Beja", "beja"):
        assert found(place=form) == ["v3", "v1"]
    assert found(place="Atlantis") == []
    assert found(entity="e3") == ["v2", "v5"]  # as actor by name, as target by alias
    assert found(entity="e1") == ["v3", "v1"]
    assert found(entity="nope") == []
    assert found(documents=["a3"]) == ["v1", "v4"]
    assert found(documents=[]) == []
    # A date overlaps a bound at the coarser of the two precisions; undated never match.
    assert found(date_from="2024-03-10") == ["v2", "v1", "v5"]
    assert found(date_to="2024-03-05") == ["v3", "v2"]
    assert found(date_from="2010", date_to="2024-03-31") == ["v2", "v1"]
    assert found(date_from="2024-03", date_to="2024-03") == ["v2", "v1"]
    assert found(date_from="2024") == ["v2", "v1", "v5"]
    assert found(date_from="2024-03-19", date_to="2024-04-01") == ["v2"]
    assert found(country="MA", date_from="2024-04") == ["v5"]


def test_web_store_find_entities(store: Store) -> None:
    page = store.find_entities()
    assert page.total == 4 and ids(page.items) == ["e1", "e3", "e2", "e4"]  # mentions, then name
    assert ids(store.find_entities(query="tetouan").items) == ["e2"]  # an alias
    assert ids(store.find_entities(query="POLICE").items) == ["e3"]
    assert ids(store.find_entities(query="100%_").items) == ["e4"]  # LIKE wildcards are literal
    assert store.find_entities(query="%").total == 1 and store.find_entities(query="_s").total == 1
    assert ids(store.find_entities(type="GPE").items) == ["e1", "e2"]
    assert ids(store.find_entities(documents=["a2"]).items) == ["e3", "e2"]
    assert ids(store.find_entities(limit=1, offset=3).items) == ["e4"]


def test_web_store_find_conflicts(store: Store) -> None:
    assert ids(store.find_conflicts().items) == ["c1", "c2"]
    assert ids(store.find_conflicts(kind="soft").items) == ["c2"]
    assert ids(store.find_conflicts(events=["v3", "zz"]).items) == ["c2"]
    assert store.find_conflicts(events=[]).total == 0
    assert store.find_conflicts(limit=1, offset=1).total == 2


# ---------------------------------------------------------------------------- full-text search


def test_web_store_search_is_stemmed_ranked_and_paged(store: Store) -> None:
    page = store.search_articles("flooding")
    assert sorted(ids_of(page)) == ["a1", "a3", "a4"] and page.total == 3
    assert [h.score for h in page.items] == sorted((h.score for h in page.items), reverse=True)
    assert all("flood" in h.snippet.lower() for h in page.items)
    first, rest = store.search_articles("flooding", limit=1), store.search_articles("flooding", limit=5, offset=1)
    assert first.total == 3 and ids_of(first) + ids_of(rest) == ids_of(page)
    assert ids_of(store.search_articles("police cocaine")) == ["a2"]  # every word must occur
    assert store.search_articles("police floods").total == 0
    hit = store.search_articles("smugglers").items[0]
    assert (hit.article_id, hit.title, hit.outlet, hit.published) == ("a2", TEXTS["a2"][0], "Wire", "2024-03-18")


def ids_of(page: Any) -> list[str]:
    return [h.article_id for h in page.items]


@pytest.mark.parametrize("query", ['"', "'", "AND", "floods OR", "NEAR(floods", "floods*", "-floods", "a:b", "()", "",
                                   "'; DROP TABLE articles; --", "flood\x00s", "🙂"])  # fmt: skip
def test_web_store_search_treats_any_text_as_words(store: Store, query: str) -> None:
    page = store.search_articles(query)
    assert page.total == len(page.items)
    assert store.count_articles() == 4


def test_web_store_search_follows_writes(store: Store) -> None:
    store.put_analysis(analysis("a1", body="A storm damaged the harbour walls."), content_hash="h2", pipeline_version="1")
    assert ids_of(store.search_articles("rescuers mud")) == ["a4"]
    assert ids_of(store.search_articles("storm harbour")) == ["a1"]
    store.put_analyses([(analysis("a1"), "h3")], pipeline_version="1")
    assert sorted(ids_of(store.search_articles("rescuers mud"))) == ["a1", "a4"]
    assert store.search_articles("storm").total == 0
    store.rebuild_search_index()
    store.rebuild_search_index()
    assert sorted(ids_of(store.search_articles("rescuers mud"))) == ["a1", "a4"]
    assert store.search_articles("flooding").total == 3


def test_web_store_search_migration_indexes_existing_articles(target: str) -> None:
    """A database from before the search migration gets its articles indexed when opened."""
    with Store.open(target) as first:
        first.put_analyses(((analysis(a), "h") for a in TEXTS), pipeline_version="1")
    url = target if "://" in target else f"sqlite:///{target}"
    engine = create_engine(url.replace("postgresql://", "postgresql+psycopg://", 1))
    try:
        with engine.begin() as conn:  # undo 0002 as if it had never run
            if conn.dialect.name == "postgresql":
                conn.execute(text(f"DROP INDEX {SEARCH_INDEX}"))
            else:
                for suffix in ("ai", "au", "ad"):
                    conn.execute(text(f"DROP TRIGGER {SEARCH_TABLE}_{suffix}"))
                conn.execute(text(f"DROP TABLE {SEARCH_TABLE}"))
            conn.execute(text("DELETE FROM schema_migrations WHERE name = '0002_article_search'"))
    finally:
        engine.dispose()
    with Store.open(target) as second:
        assert "0002_article_search" in second.applied_migrations()
        assert sorted(ids_of(second.search_articles("flooding"))) == ["a1", "a3", "a4"]


def test_web_store_postgresql_search_uses_its_index(store: Store) -> None:
    if not store.url.startswith("postgresql"):
        pytest.skip("PostgreSQL only")
    with store._engine.begin() as conn:
        conn.execute(text("SET LOCAL enable_seqscan = off"))
        plan = "\n".join(
            row[0]
            for row in conn.execute(
                text(f"EXPLAIN SELECT article_id FROM articles WHERE {PG_SEARCH_VECTOR} @@ plainto_tsquery('english', 'floods')")
            )
        )
    assert SEARCH_INDEX in plan


# ---------------------------------------------------------------------------- examples/ into PostgreSQL


@pytest.mark.skipif(not PG_URL, reason="NEWSFOLD_TEST_PG_URL is not set")
def test_web_store_folds_examples_into_postgresql(nlp: Any, fold_dir: Any) -> None:
    """examples/ folded into PostgreSQL gives the SQLite fold, and the API answers the same."""
    from conftest import EXAMPLES

    from newsfold.export import fold_to_dict
    from newsfold.pipeline import fold_paths

    expected, out = fold_dir(EXAMPLES)
    assert PG_URL is not None
    for url in pg_schema(PG_URL):
        with Store.open(url) as pg:
            fold, report = fold_paths([EXAMPLES], pg, nlp=nlp)
            assert report.analysed == len(expected["documents"])
            assert fold_to_dict(fold) == expected
            assert fold_to_dict(pg.load_fold()) == expected
            with Store.open(out / "newsfold.db") as lite:
                same = ("find_stories", "find_events", "find_entities", "find_conflicts", "list_articles")
                for name in same:
                    assert getattr(pg, name)(limit=None) == getattr(lite, name)(limit=None), name
                assert pg.find_events(country="MA", limit=None) == lite.find_events(country="MA", limit=None)
                assert pg.find_stories(query="cocaine") == lite.find_stories(query="cocaine")
                assert set(ids_of(pg.search_articles("floods", limit=None))) == set(
                    ids_of(lite.search_articles("floods", limit=None))
                )
        _api_over(url, expected)


def _api_over(url: str, expected: dict[str, Any]) -> None:
    """The JSON API over PostgreSQL: stories and search."""
    pytest.importorskip("fastapi")
    httpx = pytest.importorskip("httpx")
    import anyio

    from newsfold.web import create_app

    app = create_app(url)

    async def get(path: str) -> Any:
        transport = httpx.ASGITransport(app=app)
        async with httpx.AsyncClient(transport=transport, base_url="http://testserver") as client:
            response = await client.get(path)
            assert response.status_code == 200, response.text
            return response.json()

    try:
        stories = anyio.run(get, "/api/stories?limit=200")
        assert sorted(s["id"] for s in stories["items"]) == sorted(s["id"] for s in expected["stories"])
        hits = anyio.run(get, "/api/search?q=floods")
        assert hits["total"] >= 3
        story = anyio.run(get, f"/api/stories/{expected['stories'][0]['id']}")
        assert story["story"] == expected["stories"][0]
    finally:
        app.state.newsfold.store.close()
