"""Contract tests of :class:`newsfold.store.Store`, run against every available backend.

SQLite (a file under ``tmp_path``) always runs. PostgreSQL runs when ``NEWSFOLD_TEST_PG_URL``
names a database; each test then works in a schema of its own (dropped afterwards), so the
database may be shared and the tests may run in parallel.
"""

from __future__ import annotations

import os
import subprocess
import sys
import threading
from collections.abc import Iterator
from dataclasses import replace
from datetime import date
from pathlib import Path

import pytest
from sqlalchemy import Connection, create_engine, inspect, text, update

from newsfold.errors import MigrationError, StoreError
from newsfold.model import (
    Article,
    ArticleAnalysis,
    BriefSentence,
    Conflict,
    ConflictValue,
    Entity,
    Event,
    EventKind,
    EventMention,
    EventStatus,
    Figure,
    Fold,
    Mention,
    Sentence,
    Skipped,
    Span,
    Story,
    Topic,
)
from newsfold.store import Store, schema
from newsfold.store.migrations import MIGRATIONS, MigrationFunction, Migrations

from conftest import PG_URL, pg_schema  # noqa: F401  (target fixture lives in conftest)


# ---------------------------------------------------------------------------- backends


@pytest.fixture
def store(target: str) -> Iterator[Store]:
    """A freshly opened store on each backend."""
    with Store.open(target) as opened:
        yield opened


def _sqlalchemy_url(target: str) -> str:
    """The SQLAlchemy URL of a test target (a path means a SQLite file)."""
    return target if "://" in target else f"sqlite:///{target}"


def _table_names(target: str) -> set[str]:
    """The tables that exist in the target database."""
    engine = create_engine(_sqlalchemy_url(target))
    try:
        with engine.connect() as conn:
            return set(inspect(conn).get_table_names())
    finally:
        engine.dispose()


# ---------------------------------------------------------------------------- records


BODY = "Police arrested 7 suspects in Tétouan."


def _span(article_id: str, start: int, snippet: str) -> Span:
    return Span(article_id, start, start + len(snippet), snippet)


def make_analysis(
    article_id: str, *, body: str = BODY, copy_of: str | None = None
) -> ArticleAnalysis:
    """A small but complete analysis: every kind of nested record, unicode, None and floats."""
    article = Article(
        article_id=article_id,
        source=f"feeds/{article_id}.jsonl",
        title=f"Arrests «{article_id}»",
        text=body,
        url=f"https://example.org/{article_id}",
        outlet=None,
        published=date(2015, 10, 7),
        author="Ahmed Ben Saïd",
        metadata=(("lang_guess", '"fr"'), ("score", "0.25")),
        copy_of=copy_of,
    )
    trigger = _span(article_id, 7, "arrested")
    figure = Figure(7.0, "suspects", _span(article_id, 16, "7 suspects"), qualifier="about")
    event = EventMention(
        mention_id=f"m-{article_id}",
        article_id=article_id,
        kind=EventKind.ARREST,
        trigger=trigger,
        sentence=_span(article_id, 0, body),
        status=EventStatus.ASSERTED,
        date="2015-10-04",
        places=("Tétouan",),
        actors=("Police",),
        count=figure,
        confidence=0.1 + 0.2,  # a float that is not exact in binary: must come back equal
    )
    return ArticleAnalysis(
        article=article,
        sentences=(Sentence(0, len(body), 0, 8),),
        mentions=(Mention(_span(article_id, 30, "Tétouan"), "GPE", 0),),
        events=(event,),
        figures=(figure,),
    )


def make_corpus(tag: str) -> dict[str, tuple[object, ...]]:
    """A corpus (stories, topics, entities, events, conflicts); ``tag`` makes ids distinct."""
    span = _span("a1", 0, "Police arrested 7")
    story = Story(
        story_id=f"s-{tag}-2",
        title="Arrests in Morocco",
        documents=("a1", "a2"),
        topic_id=f"t-{tag}",
        first_seen="2015-10-04",
        last_seen="2015-10-07",
        brief=(BriefSentence("Seven people were arrested.", ("a1", "a2")),),
    )
    return {
        "stories": (story, replace(story, story_id=f"s-{tag}-1", brief=())),
        "topics": (Topic(f"t-{tag}", "Security", ("a1", "a2"), (f"s-{tag}-1", f"s-{tag}-2")),),
        "entities": (
            Entity(f"e-{tag}", "Tétouan", "GPE", ("Tetouan", "Tétouan"), ("a1",), 2,
                   lat=35.57845, lon=-5.36837, country="MA", feature="city"),
        ),  # fmt: skip
        "events": (
            Event(
                event_id=f"v-{tag}",
                kind=EventKind.ARREST,
                plover="COERCE",
                date="2015-10-04",
                locations=("Tétouan",),
                countries=("MA",),
                count=Figure(7.0, "suspects", span),
                actors=("Police",),
                targets=(),
                documents=("a1", "a2"),
                mentions=(span,),
                confidence=0.8,
            ),
        ),
        "conflicts": (
            Conflict(
                conflict_id=f"c-{tag}",
                event_id=f"v-{tag}",
                subject="arrests",
                attribute="arrested",
                kind="hard",
                values=(
                    ConflictValue(7.0, ("a1",), ("arrested 7",)),
                    ConflictValue("seven", ("a2",), ("seven people",), qualifier="about"),
                ),
            ),
        ),
    }


def _sorted_by_id(records: tuple[object, ...], key: str) -> tuple[object, ...]:
    return tuple(sorted(records, key=lambda r: getattr(r, key)))


# ---------------------------------------------------------------------------- migrations


def test_store_open_records_migrations(store: Store, target: str) -> None:
    applied = store.applied_migrations()
    assert list(applied) == MIGRATIONS.names
    assert all(applied.values())
    expected = {t.name for t in schema.metadata.sorted_tables}
    assert expected <= _table_names(target)


def test_store_reopen_applies_nothing(target: str) -> None:
    with Store.open(target) as first:
        before = first.applied_migrations()
        first.set_meta("k", "v")
    with Store.open(target) as second:
        assert second.applied_migrations() == before
        assert second.get_meta("k") == "v"
    engine = create_engine(_sqlalchemy_url(target))
    try:
        assert MIGRATIONS.pending(engine) == []
        assert MIGRATIONS.apply(engine) == []
    finally:
        engine.dispose()


def _create(table: str) -> MigrationFunction:
    """A migration that creates an empty table."""

    def migration(conn: Connection) -> None:
        conn.execute(text(f"CREATE TABLE {table} (x INTEGER)"))

    return migration


def test_store_failed_migration_keeps_earlier_ones(target: str) -> None:
    def broken(conn: Connection) -> None:
        conn.execute(text("CREATE TABLE m2_table (x INTEGER)"))
        raise RuntimeError("boom")

    first = Migrations()
    first.add("m1", _create("m1_table"))
    first.add("m2", broken)
    with pytest.raises(MigrationError) as info:
        Store.open(target, migrations=first)
    assert info.value.code == "NF-E302"
    assert "'m2'" in str(info.value) and "boom" in str(info.value)
    tables = _table_names(target)
    assert "m1_table" in tables
    assert "m2_table" not in tables  # rolled back, DDL included

    fixed = Migrations()
    fixed.add("m1", _create("m1_table"))  # already applied: must not run again
    fixed.add("m2", _create("m2_table"))
    fixed.add("m3", _create("m3_table"))
    with Store.open(target, migrations=fixed) as store:
        assert list(store.applied_migrations()) == ["m1", "m2", "m3"]
    assert {"m1_table", "m2_table", "m3_table"} <= _table_names(target)


def test_store_concurrent_opens_migrate_once(target: str) -> None:
    errors: list[Exception] = []

    def open_and_close() -> None:
        try:
            Store.open(target).close()
        except Exception as exc:  # noqa: BLE001 - handed to the main thread
            errors.append(exc)

    threads = [threading.Thread(target=open_and_close) for _ in range(4)]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()
    assert errors == []
    with Store.open(target) as store:
        assert list(store.applied_migrations()) == MIGRATIONS.names


_OPEN_AT = """
import sys, time
from newsfold.store import Store
path, start = sys.argv[1], float(sys.argv[2])
while time.time() < start:
    pass
with Store.open(path) as store:
    store.count_articles()
"""


@pytest.mark.slow
def test_store_two_processes_open_one_new_file_at_the_same_instant(tmp_path: Path) -> None:
    # switching a new file to WAL does not always wait on busy_timeout: two folds started at the
    # same moment on a new database used to fail, about one round in three, with "database is locked"
    import time

    for round_ in range(10):
        path = tmp_path / f"new{round_}.db"
        start = time.time() + 1.5  # both processes have imported newsfold by then
        procs = [subprocess.Popen([sys.executable, "-c", _OPEN_AT, str(path), str(start)], stderr=subprocess.PIPE, text=True)
                 for _ in range(2)]
        for proc in procs:
            _out, err = proc.communicate(timeout=60)
            assert proc.returncode == 0, err


def test_store_migrations_register_by_decorator() -> None:
    migrations = Migrations()

    @migrations
    def first(conn: Connection) -> None:
        pass

    @migrations(name="0002_second")
    def second(conn: Connection) -> None:
        pass

    assert migrations.names == ["first", "0002_second"]
    with pytest.raises(ValueError, match="already registered"):
        migrations.add("first", first)


# ---------------------------------------------------------------------------- articles


def test_store_put_analysis_upserts(store: Store) -> None:
    assert store.analysis_state("a1") is None
    store.put_analysis(make_analysis("a1"), content_hash="h1", pipeline_version="1")
    store.put_analysis(make_analysis("a2"), content_hash="h2", pipeline_version="1")
    assert store.analysis_state("a1") == ("h1", "1")

    changed = make_analysis("a1", body="Police arrested 9 suspects in Tétouan.")
    store.put_analysis(changed, content_hash="h1b", pipeline_version="2")

    assert store.count_articles() == 2
    assert store.known_states() == {"a1": ("h1b", "2"), "a2": ("h2", "1")}
    assert list(store.analyses()) == [changed, make_analysis("a2")]


def test_store_put_analyses_batches_in_order(store: Store) -> None:
    ids = [f"a{i:04d}" for i in range(1203)] + ["Z", "b", "é", "B"]  # > two chunks, odd ids
    pairs = [(make_analysis(i, body=i), f"h-{i}") for i in ids]
    pairs.append((make_analysis("a0001", body="last wins"), "h-last"))
    assert store.put_analyses(pairs, pipeline_version="1") == len(pairs)

    assert store.count_articles() == len(ids)
    assert store.analysis_state("a0001") == ("h-last", "1")
    stored = list(store.analyses())
    assert [a.article.article_id for a in stored] == sorted(ids)  # code point order
    assert next(a for a in stored if a.article.article_id == "a0001").article.text == "last wins"


def test_store_put_analyses_is_one_transaction(store: Store) -> None:
    def pairs() -> Iterator[tuple[ArticleAnalysis, str]]:
        for i in range(700):
            yield make_analysis(f"a{i}"), "h"
        raise RuntimeError("the pipeline crashed")

    with pytest.raises(RuntimeError):
        store.put_analyses(pairs(), pipeline_version="1")
    assert store.count_articles() == 0


def test_store_analyses_can_leave_out_copies(store: Store) -> None:
    store.put_analysis(make_analysis("a1"), content_hash="h", pipeline_version="1")
    store.put_analysis(make_analysis("a2", copy_of="a1"), content_hash="h", pipeline_version="1")
    assert [a.article.article_id for a in store.analyses()] == ["a1", "a2"]
    assert [a.article.article_id for a in store.analyses(include_copies=False)] == ["a1"]


def test_store_articles_round_trip(store: Store) -> None:
    analyses = [make_analysis("b"), make_analysis("a", copy_of="b")]
    plain = ArticleAnalysis(Article("c", "stdin", "", ""), (), (), ())  # every default
    for analysis in [*analyses, plain]:
        store.put_analysis(analysis, content_hash="h", pipeline_version="1")
    assert store.articles() == [analyses[1].article, analyses[0].article, plain.article]


def test_store_writes_while_reading(store: Store) -> None:
    for i in range(3):
        store.put_analysis(make_analysis(f"a{i}"), content_hash="h", pipeline_version="1")
    reader = store.analyses()
    assert next(reader).article.article_id == "a0"
    store.put_analysis(make_analysis("a9"), content_hash="h", pipeline_version="1")
    reader.close()  # an abandoned iterator gives its connection back
    assert store.count_articles() == 4


def test_store_concurrent_writers(target: str) -> None:
    with Store.open(target):
        pass  # migrate once, so that the writers below only write
    errors: list[Exception] = []

    def write(worker: int) -> None:
        try:
            with Store.open(target) as own:
                for i in range(15):
                    pairs = [(make_analysis(f"a{(i + k) % 10}"), f"w{worker}") for k in range(3)]
                    own.put_analyses(pairs, pipeline_version="1")
                    own.put_skipped(Skipped("feed.xml", "NF-E105", "broken", line=i % 4))
        except Exception as exc:  # noqa: BLE001 - handed to the main thread
            errors.append(exc)

    threads = [threading.Thread(target=write, args=(w,)) for w in range(4)]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()
    assert errors == []
    with Store.open(target) as check:
        assert check.count_articles() == 10
        assert len(check.skipped()) == 4


# ---------------------------------------------------------------------------- skipped inputs


def test_store_skipped_is_idempotent_and_sorted(store: Store) -> None:
    records = [
        Skipped("b.jsonl", "NF-E105", "broken JSON", line=12),
        Skipped("b.jsonl", "NF-E105", "broken JSON", line=3),
        Skipped("a.bin", "NF-E103", "binary"),
        Skipped("b.jsonl", "NF-E102", "empty"),
    ]
    for record in records * 2:
        store.put_skipped(record)
    store.put_skipped(Skipped("a.bin", "NF-E103", "binary data"))  # same key, new reason
    assert store.skipped() == [
        Skipped("a.bin", "NF-E103", "binary data"),
        Skipped("b.jsonl", "NF-E102", "empty"),
        Skipped("b.jsonl", "NF-E105", "broken JSON", line=3),
        Skipped("b.jsonl", "NF-E105", "broken JSON", line=12),
    ]


# ---------------------------------------------------------------------------- corpus


def test_store_replace_corpus_replaces(store: Store) -> None:
    store.replace_corpus(**make_corpus("old"))
    new = make_corpus("new")
    store.replace_corpus(**new)
    fold = store.load_fold()
    assert fold.stories == _sorted_by_id(new["stories"], "story_id")
    assert fold.topics == new["topics"]
    assert fold.entities == new["entities"]
    assert fold.events == new["events"]
    assert fold.conflicts == new["conflicts"]


def test_store_replace_corpus_accepts_iterators_and_empties(store: Store) -> None:
    store.replace_corpus(**make_corpus("old"))
    store.replace_corpus(**{name: iter(()) for name in make_corpus("x")})
    fold = store.load_fold()
    assert (fold.stories, fold.topics, fold.entities, fold.events, fold.conflicts) == ((),) * 5


def test_store_load_fold_round_trips(store: Store) -> None:
    analyses = [make_analysis("a2"), make_analysis("a1"), make_analysis("a3", copy_of="a1")]
    store.put_analyses([(a, "h") for a in analyses], pipeline_version="1")
    skipped = [
        Skipped("x.warc", "NF-E107", "unsupported"),
        Skipped("y.jsonl", "NF-E105", "bad", line=4),
    ]
    for record in skipped:
        store.put_skipped(record)
    corpus = make_corpus("c")
    store.replace_corpus(**corpus)

    assert store.load_fold() == Fold(
        articles=tuple(sorted((a.article for a in analyses), key=lambda a: a.article_id)),
        stories=_sorted_by_id(corpus["stories"], "story_id"),
        topics=corpus["topics"],
        entities=corpus["entities"],
        events=corpus["events"],
        conflicts=corpus["conflicts"],
        skipped=tuple(skipped),
    )


def test_store_failed_replace_corpus_keeps_the_old_one(store: Store) -> None:
    old = make_corpus("old")
    store.replace_corpus(**old)
    before = store.load_fold()
    new = make_corpus("new")

    unencodable = replace(new["stories"][0], documents={"a set"})  # type: ignore[arg-type]
    with pytest.raises(TypeError):
        store.replace_corpus(**{**new, "stories": (new["stories"][1], unencodable)})
    assert store.load_fold() == before

    duplicate = new["events"] * 2
    with pytest.raises(StoreError) as info:
        store.replace_corpus(**{**new, "events": duplicate})
    assert info.value.code == "NF-E301"
    assert store.load_fold() == before

    def crashing() -> Iterator[Entity]:
        yield from new["entities"]  # type: ignore[misc]
        raise RuntimeError("crash mid-way")

    with pytest.raises(RuntimeError):
        store.replace_corpus(**{**new, "entities": crashing()})
    assert store.load_fold() == before


def test_store_reports_a_corrupt_payload(store: Store, target: str) -> None:
    store.replace_corpus(**make_corpus("c"))
    engine = create_engine(_sqlalchemy_url(target))
    try:
        with engine.begin() as conn:
            conn.execute(update(schema.topics).values(payload='{"topic_id": 1}'))
    finally:
        engine.dispose()
    with pytest.raises(StoreError, match="cannot decode topics row"):
        store.load_fold()


# ---------------------------------------------------------------------------- meta


def test_store_meta(store: Store) -> None:
    assert store.get_meta("pipeline") is None
    assert store.get_meta("pipeline", "none") == "none"
    store.set_meta("pipeline", "1")
    store.set_meta("pipeline", "2")
    assert store.get_meta("pipeline") == "2"


# ---------------------------------------------------------------------------- opening


def test_store_path_with_missing_parents(tmp_path: Path) -> None:
    path = tmp_path / "not" / "yet" / "there" / "newsfold.db"
    with Store.open(path) as store:
        store.put_analysis(make_analysis("a1"), content_hash="h", pipeline_version="1")
    assert path.is_file()
    with Store.open(f"sqlite:///{tmp_path / 'url' / 'made' / 'x.db'}") as store:
        assert store.count_articles() == 0


def test_store_in_memory() -> None:
    with Store.open(":memory:") as store:
        store.put_analysis(make_analysis("a1"), content_hash="h", pipeline_version="1")
        assert store.known_states() == {"a1": ("h", "1")}


def test_store_unopenable_directory(tmp_path: Path) -> None:
    with pytest.raises(StoreError) as info:
        Store.open(tmp_path)
    assert not isinstance(info.value, MigrationError)
    assert info.value.code == "NF-E301"
    assert str(tmp_path) in str(info.value)


def test_store_unopenable_parent_is_a_file(tmp_path: Path) -> None:
    (tmp_path / "file").write_text("x")
    with pytest.raises(StoreError) as info:
        Store.open(tmp_path / "file" / "newsfold.db")
    assert info.value.code == "NF-E301"


@pytest.mark.parametrize(
    "url",
    [
        "postgresql://newsfold:hunter2@127.0.0.1:1/newsfold",  # nothing listens on port 1
        "mysql://newsfold:hunter2@localhost/newsfold",  # unsupported backend
    ],
)
def test_store_unopenable_url_masks_the_password(url: str) -> None:
    with pytest.raises(StoreError) as info:
        Store.open(url)
    assert info.value.code == "NF-E301"
    assert "hunter2" not in str(info.value)
    assert "newsfold:***@" in str(info.value)


def test_store_not_imported_by_newsfold() -> None:
    code = (
        "import sys, newsfold, newsfold.model, newsfold.codec, newsfold.errors\n"
        "assert 'sqlalchemy' not in sys.modules, 'sqlalchemy imported'\n"
    )
    src = str(Path(__file__).resolve().parents[1] / "src")
    env = {**os.environ, "PYTHONPATH": os.pathsep.join([src, os.environ.get("PYTHONPATH", "")])}
    subprocess.run([sys.executable, "-c", code], check=True, env=env)
