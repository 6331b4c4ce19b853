"""The store: one SQLite file by default, or PostgreSQL, through SQLAlchemy Core.

One code path serves both backends; the few differences (upsert syntax, locks, snapshot
reads, SQLite connection settings) sit in small helpers at the bottom of this module.
Records are kept as codec JSON (:mod:`newsfold.codec`), so what is read back equals exactly
what was written.

Example::

    with Store.open("newsfold.db") as store:
        store.put_analysis(analysis, content_hash="3f2a…", pipeline_version="1")
        fold = store.load_fold()

This package imports SQLAlchemy; ``import newsfold`` does not import it, so import the store
only where it is used.
"""

from __future__ import annotations

import json
import os
import re
from collections.abc import Iterable, Iterator, Mapping, Sequence
from contextlib import contextmanager
from dataclasses import dataclass
from datetime import UTC, datetime
from itertools import islice
from pathlib import Path
from types import TracebackType
from typing import Any, Generic, Self, TypeVar

from sqlalchemy import (
    URL,
    Connection,
    Engine,
    Table,
    create_engine,
    delete,
    event,
    func,
    insert,
    make_url,
    select,
)
from sqlalchemy import Integer, Select, Text, and_, cast, exists, false, literal, literal_column, or_, text, true
from sqlalchemy.sql.elements import ColumnElement
from sqlalchemy.dialects import postgresql, sqlite
from sqlalchemy.exc import ArgumentError, DBAPIError, SQLAlchemyError
from sqlalchemy.pool import StaticPool

from newsfold import codec
from newsfold.errors import MigrationError, StoreError
from newsfold.model import (
    Article,
    ArticleAnalysis,
    Conflict,
    Entity,
    Event,
    Fold,
    Skipped,
    Story,
    Topic,
)
from newsfold.store import schema
from newsfold.store.migrations import MIGRATIONS, PG_SEARCH_VECTOR, SEARCH_TABLE, Migrations

__all__ = ["Page", "SearchHit", "Store"]

T = TypeVar("T")

# Rows per round trip when streaming reads or batching writes: large enough to amortise the
# round trip, small enough that memory stays flat however big the corpus is.
_CHUNK = 500

# How long a SQLite connection waits for another process's write lock before giving up.
_SQLITE_BUSY_TIMEOUT_MS = 30_000

# Execution option read by the SQLite "begin" hook: how to begin a transaction.
_BEGIN_OPTION = "newsfold_sqlite_begin"

_SUPPORTED_BACKENDS = ("sqlite", "postgresql")
_NO_LINE = -1  # skipped_inputs.line for an input without a line (NULL cannot be in a key)


class Store:
    """Where newsfold keeps per-article analyses and the folded corpus.

    Open one with :meth:`open`; it is a context manager that closes itself. Writes are
    transactional: each method call commits entirely or not at all.

    :param engine: a SQLAlchemy engine prepared by :meth:`open` (use :meth:`open`).
    """

    def __init__(self, engine: Engine) -> None:
        self._engine = engine
        # Writes take SQLite's write lock when they begin, so that two writers queue
        # (busy_timeout) instead of one failing when it upgrades a read lock.
        self._writer = engine.execution_options(**{_BEGIN_OPTION: "IMMEDIATE"})
        self.url: str = engine.url.render_as_string(hide_password=True)
        """The database URL, with any password masked."""

    # ------------------------------------------------------------------ lifecycle

    @classmethod
    def open(cls, target: str | os.PathLike[str], *, migrations: Migrations = MIGRATIONS) -> Self:
        """Open (creating if needed) a store and bring its schema up to date.

        :param target: a file path, meaning a SQLite database at that path (missing parent
            directories are created), or a database URL used as given: ``sqlite:///…``,
            ``postgresql://…`` (run through psycopg 3) or ``postgresql+psycopg://…``.
            ``":memory:"`` opens a private in-memory SQLite database (not for writing while
            an :meth:`analyses` iterator is open: it has a single connection).
        :param migrations: the migrations to apply; the store's own by default (tests
            pass others).
        :returns: the open store.
        :raises StoreError: if the target cannot be opened (the message shows the URL with
            its password masked).
        :raises MigrationError: if a schema migration fails.

        >>> with Store.open(":memory:") as store:
        ...     store.count_articles()
        0
        """
        url = _resolve_url(target)
        shown = url.render_as_string(hide_password=True)
        try:
            engine = _create_engine(url)
        except (SQLAlchemyError, ImportError) as exc:  # ImportError: the driver is missing
            raise StoreError(f"cannot open {shown}: {_describe(exc)}") from exc
        store = cls(engine)
        try:
            if migrations.pending(store._engine):  # a plain read: no write lock when current
                migrations.apply(store._writer)
        except MigrationError as exc:
            store.close()
            raise MigrationError(f"{shown}: {exc.message}") from exc
        except SQLAlchemyError as exc:
            store.close()
            raise StoreError(f"cannot open {shown}: {_describe(exc)}") from exc
        return store

    def close(self) -> None:
        """Close every connection of the store; it cannot be used afterwards."""
        self._engine.dispose()

    def __enter__(self) -> Self:
        """Use the store in a ``with`` block; it is closed at the end."""
        return self

    def __exit__(
        self,
        exc_type: type[BaseException] | None,
        exc: BaseException | None,
        tb: TracebackType | None,
    ) -> None:
        """Close the store."""
        self.close()

    def __repr__(self) -> str:
        return f"Store({self.url!r})"

    def applied_migrations(self) -> dict[str, str]:
        """The schema migrations recorded in the database.

        :returns: ``{name: applied_at}`` with ISO 8601 UTC times.
        """
        with self._errors("reading migrations"):
            return MIGRATIONS.applied(self._engine)

    # ------------------------------------------------------------------ articles

    def analysis_state(self, article_id: str) -> tuple[str, str] | None:
        """What the stored analysis of an article was made from.

        :param article_id: the article.
        :returns: ``(content_hash, pipeline_version)``, or ``None`` if it is not stored.
        """
        t = schema.articles
        stmt = select(t.c.content_hash, t.c.pipeline_version).where(t.c.article_id == article_id)
        with self._errors("reading an analysis state"), self._engine.connect() as conn:
            row = conn.execute(stmt).first()
        return None if row is None else (row.content_hash, row.pipeline_version)

    def known_states(self) -> dict[str, tuple[str, str]]:
        """The analysis state of every stored article, in one query.

        :returns: ``{article_id: (content_hash, pipeline_version)}``.
        """
        t = schema.articles
        stmt = select(t.c.article_id, t.c.content_hash, t.c.pipeline_version)
        with self._errors("reading analysis states"), self._engine.connect() as conn:
            return {r.article_id: (r.content_hash, r.pipeline_version) for r in conn.execute(stmt)}

    def put_analysis(
        self, analysis: ArticleAnalysis, *, content_hash: str, pipeline_version: str
    ) -> None:
        """Store an article's analysis, replacing any earlier one for the same article id.

        :param analysis: the analysis (it holds the article).
        :param content_hash: the hash of the content it was made from.
        :param pipeline_version: the version of the pipeline that made it.
        """
        self.put_analyses([(analysis, content_hash)], pipeline_version=pipeline_version)

    def put_analyses(
        self, items: Iterable[tuple[ArticleAnalysis, str]], *, pipeline_version: str
    ) -> int:
        """Store many analyses in one transaction, in batches (memory stays bounded).

        When an article id occurs more than once, the last analysis wins.

        :param items: ``(analysis, content_hash)`` pairs.
        :param pipeline_version: the version of the pipeline that made them.
        :returns: how many pairs were read from ``items``.
        """
        count = 0
        with self._errors("writing analyses"), self._writer.begin() as conn:
            now = _now()
            for batch in _batches(items, _CHUNK):
                rows = [_article_row(a, h, pipeline_version, now) for a, h in batch]
                _upsert(conn, schema.articles, rows)
                count += len(batch)
        return count

    def analyses(self, *, include_copies: bool = True) -> Iterator[ArticleAnalysis]:
        """Every stored analysis, sorted by article id, read in chunks.

        The rows are streamed (a server-side cursor on PostgreSQL), so memory does not grow
        with the corpus; the connection stays open until the iterator is exhausted or closed.

        :param include_copies: also yield articles marked as near-duplicates (``copy_of``).
        :returns: an iterator of analyses.
        """
        t = schema.articles
        stmt = select(t.c.article_id, t.c.analysis).order_by(t.c.article_id)
        if not include_copies:
            stmt = stmt.where(t.c.copy_of.is_(None))
        with self._errors("reading analyses"), self._engine.connect() as conn:
            # Closing the result (also when the caller stops early) closes the cursor.
            with conn.execute(stmt, execution_options={"yield_per": _CHUNK}) as result:
                for row in result:
                    yield _decode(ArticleAnalysis, row.analysis, f"analysis of {row.article_id}")

    def articles(self) -> list[Article]:
        """Every stored article, sorted by id (read from columns, not from the analyses).

        :returns: the articles.
        """
        with self._errors("reading articles"), self._engine.connect() as conn:
            return _read_articles(conn)

    def count_articles(self) -> int:
        """How many articles are stored.

        :returns: the number of rows of ``articles``.
        """
        stmt = select(func.count()).select_from(schema.articles)
        with self._errors("counting articles"), self._engine.connect() as conn:
            return int(conn.scalar(stmt) or 0)

    # ------------------------------------------------------------------ skipped inputs

    def put_skipped(self, skipped: Skipped) -> None:
        """Record an input that could not be read; recording it again changes nothing.

        The key is ``(source, line, code)``; a repeat updates the reason and keeps the time
        it was first seen.

        :param skipped: the skipped input.
        """
        row = {
            "source": skipped.source,
            "line": _NO_LINE if skipped.line is None else skipped.line,
            "code": skipped.code,
            "reason": skipped.reason,
            "first_seen": _now(),
        }
        with self._errors("recording a skipped input"), self._writer.begin() as conn:
            _upsert(conn, schema.skipped_inputs, [row], update=("reason",))

    def skipped(self) -> list[Skipped]:
        """Every recorded skipped input, sorted by source, line and code.

        :returns: the skipped inputs (inputs without a line sort first in their source).
        """
        with self._errors("reading skipped inputs"), self._engine.connect() as conn:
            return _read_skipped(conn)

    # ------------------------------------------------------------------ corpus

    def replace_corpus(
        self,
        *,
        stories: Iterable[Story],
        topics: Iterable[Topic],
        entities: Iterable[Entity],
        events: Iterable[Event],
        conflicts: Iterable[Conflict],
    ) -> None:
        """Replace the whole corpus-level result in one transaction.

        Every row of ``stories``, ``topics``, ``entities``, ``events`` and ``conflicts`` is
        deleted and the new records inserted. If anything fails on the way (a record that
        cannot be encoded, a duplicate id, a crash), the previous corpus stays as it was.

        :param stories: the new stories.
        :param topics: the new topics.
        :param entities: the new entities.
        :param events: the new events.
        :param conflicts: the new conflicts.
        :raises StoreError: if the database refuses the write (for example a duplicate id).
        :raises TypeError: if a record holds a value the codec cannot encode.
        """
        sources: list[tuple[Table, Iterable[Any]]] = [
            (schema.stories, stories),
            (schema.topics, topics),
            (schema.entities, entities),
            (schema.events, events),
            (schema.conflicts, conflicts),
        ]
        with self._errors("replacing the corpus"), self._writer.begin() as conn:
            _lock_tables(conn, schema.CORPUS_TABLES)
            for table in schema.CORPUS_TABLES:
                conn.execute(delete(table))
            for table, records in sources:
                for batch in _batches(records, _CHUNK):
                    conn.execute(insert(table), [_CORPUS_ROWS[table.name](r) for r in batch])

    def load_fold(self) -> Fold:
        """Read the whole fold back: articles, corpus records and skipped inputs.

        All is read from one consistent snapshot, each part sorted by id.

        :returns: the fold.
        """
        with self._errors("loading the fold"), self._engine.begin() as conn:
            _snapshot(conn)
            return Fold(
                articles=tuple(_read_articles(conn)),
                stories=_read_payloads(conn, schema.stories, Story),
                topics=_read_payloads(conn, schema.topics, Topic),
                entities=_read_payloads(conn, schema.entities, Entity),
                events=_read_payloads(conn, schema.events, Event),
                conflicts=_read_payloads(conn, schema.conflicts, Conflict),
                skipped=tuple(_read_skipped(conn)),
            )

    def groups(self) -> tuple[tuple[Story, ...], tuple[Topic, ...]]:
        """The stored stories and topics only (what incremental folding needs to keep their ids)."""
        with self._errors("reading stories"), self._engine.begin() as conn:
            _snapshot(conn)
            return _read_payloads(conn, schema.stories, Story), _read_payloads(conn, schema.topics, Topic)

    # ------------------------------------------------------------------ meta

    def get_meta(self, key: str, default: str | None = None) -> str | None:
        """Read a setting from the ``meta`` table.

        :param key: the setting.
        :param default: what to return when it is not set.
        :returns: its value, or ``default``.
        """
        t = schema.meta
        with self._errors("reading meta"), self._engine.connect() as conn:
            value = conn.scalar(select(t.c.value).where(t.c.key == key))
        return default if value is None else str(value)

    def set_meta(self, key: str, value: str) -> None:
        """Write a setting to the ``meta`` table, replacing any earlier value.

        :param key: the setting.
        :param value: its value.
        """
        with self._errors("writing meta"), self._writer.begin() as conn:
            _upsert(conn, schema.meta, [{"key": key, "value": value}])

    # ------------------------------------------------------------------ queries (web API)
    #
    # Read-only queries for browsing a stored fold page by page. Every list comes back as a
    # :class:`Page` (the total matching rows, and the rows of the requested slice); every
    # filter runs in SQL, with the few dialect differences (JSON arrays, full-text search)
    # in the ``_q_*`` helpers at the bottom of this module.

    def get_article(self, article_id: str) -> Article | None:
        """One stored article, or ``None``.

        :param article_id: the article's id.
        :returns: the article (read from its columns).
        """
        t = schema.articles
        stmt = select(*(t.c[name] for name in _ARTICLE_COLUMNS)).where(t.c.article_id == article_id)
        with self._errors("reading an article"), self._engine.connect() as conn:
            row = conn.execute(stmt).first()
        return None if row is None else _article_from_row(row._mapping)

    def get_story(self, story_id: str) -> Story | None:
        """One story, or ``None``."""
        return self._get_record(schema.stories, Story, story_id)

    def get_event(self, event_id: str) -> Event | None:
        """One event (or plot), or ``None``."""
        return self._get_record(schema.events, Event, event_id)

    def get_entity(self, entity_id: str) -> Entity | None:
        """One entity, or ``None``."""
        return self._get_record(schema.entities, Entity, entity_id)

    def get_conflict(self, conflict_id: str) -> Conflict | None:
        """One conflict, or ``None``."""
        return self._get_record(schema.conflicts, Conflict, conflict_id)

    def list_articles(self, *, limit: int | None = 50, offset: int = 0) -> Page[Article]:
        """Stored articles, sorted by id.

        :param limit: the most to return (``None``: all).
        :param offset: how many to skip first.
        :returns: the page.
        """
        t = schema.articles
        stmt = select(*(t.c[name] for name in _ARTICLE_COLUMNS)).order_by(t.c.article_id)
        with self._errors("listing articles"), self._engine.begin() as conn:
            _snapshot(conn)
            total = int(conn.scalar(select(func.count()).select_from(t)) or 0)
            rows = conn.execute(_q_slice(stmt, limit, offset))
            items = tuple(_article_from_row(row._mapping) for row in rows)
        return Page(total, items, limit, offset)

    def find_stories(
        self,
        *,
        query: str | None = None,
        document: str | None = None,
        limit: int | None = 50,
        offset: int = 0,
    ) -> Page[Story]:
        """Stories, biggest first (most documents, then earliest, then id).

        :param query: full-text search words (see :meth:`search_articles`): only stories
            holding a matching article, best match first.
        :param document: only the stories that hold this article.
        :param limit: the most to return (``None``: all).
        :param offset: how many to skip first.
        :returns: the page.
        """
        t = schema.stories
        with self._errors("finding stories"), self._engine.begin() as conn:
            _snapshot(conn)
            where = []
            if document is not None:
                where.append(_q_json_has_any(conn, t.c.payload, "documents", [document]))
            if query is not None:
                ranked = [aid for aid, _score in _q_search(conn, query, None, 0)]
                owner = _q_story_of(conn, ranked, where)
                order = list(dict.fromkeys(owner[aid] for aid in ranked if aid in owner))
                chosen = order[offset:] if limit is None else order[offset : offset + limit]
                found = _q_records(conn, t, Story, chosen)
                return Page(len(order), tuple(found[i] for i in chosen), limit, offset)
            total = int(conn.scalar(select(func.count()).select_from(t).where(*where)) or 0)
            size = _q_json_length(conn, t.c.payload, "documents")
            stmt = (
                select(t.c.story_id, t.c.payload)
                .where(*where)
                .order_by(size.desc(), t.c.first_seen.is_(None), t.c.first_seen, t.c.story_id)
            )
            items = tuple(
                _decode(Story, row.payload, f"stories row {row.story_id}")
                for row in conn.execute(_q_slice(stmt, limit, offset))
            )
        return Page(total, items, limit, offset)

    def story_ids_of(self, article_ids: Iterable[str]) -> dict[str, str]:
        """The story that holds each of the given articles (articles in none are left out).

        :param article_ids: the articles.
        :returns: ``{article_id: story_id}``.
        """
        ids = sorted(set(article_ids))
        with self._errors("finding stories of articles"), self._engine.connect() as conn:
            return _q_story_of(conn, ids, [])

    def find_events(
        self,
        *,
        type: str | None = None,  # noqa: A002 - the fold's own word
        status: str | None = None,
        place: str | None = None,
        country: str | None = None,
        entity: str | None = None,
        date_from: str | None = None,
        date_to: str | None = None,
        documents: Iterable[str] | None = None,
        limit: int | None = 50,
        offset: int = 0,
    ) -> Page[Event]:
        """Events (and plots), by date (undated last), then id; every filter narrows.

        :param type: the event type (``ARREST``, ``ATTACK`` …).
        :param status: ``asserted``, ``plot``, ``negated`` or ``hypothetical``.
        :param place: a place name or any alias of a stored entity with that name (case
            folded as the database folds it): events located there.
        :param country: an ISO 3166-1 alpha-2 code among the event's countries.
        :param entity: an entity id: events whose locations, actors or targets name it
            (by its canonical name or any alias).
        :param date_from: ``YYYY``, ``YYYY-MM`` or ``YYYY-MM-DD``: events whose date
            overlaps the period from there on (undated events are left out).
        :param date_to: the same, for the end of the period (inclusive).
        :param documents: events reported by any of these articles.
        :param limit: the most to return (``None``: all).
        :param offset: how many to skip first.
        :returns: the page.
        """
        t = schema.events
        with self._errors("finding events"), self._engine.begin() as conn:
            _snapshot(conn)
            where: list[Any] = []
            if type is not None:
                where.append(t.c.kind == type)
            if status is not None:
                where.append(func.coalesce(_q_json_text(conn, t.c.payload, "status"), "asserted") == status)
            if country is not None:
                where.append(_q_json_has_any(conn, t.c.payload, "countries", [country.upper()]))
            if place is not None:
                forms = _q_entity_forms(conn, name=place) | {place}
                where.append(_q_json_has_any(conn, t.c.payload, "locations", sorted(forms)))
            if entity is not None:
                forms = _q_entity_forms(conn, entity_id=entity)
                where.append(
                    or_(*(_q_json_has_any(conn, t.c.payload, key, sorted(forms))
                          for key in ("locations", "actors", "targets")))
                    if forms else false()
                )  # fmt: skip
            if documents is not None:
                where.append(_q_json_has_any(conn, t.c.payload, "documents", sorted(set(documents))))
            for bound, op in ((date_from, "ge"), (date_to, "le")):
                if bound is not None:
                    where.append(_q_date_bound(t.c.date, bound, op))
            total = int(conn.scalar(select(func.count()).select_from(t).where(*where)) or 0)
            stmt = (
                select(t.c.event_id, t.c.payload)
                .where(*where)
                .order_by(t.c.date.is_(None), t.c.date, t.c.event_id)
            )
            items = tuple(
                _decode(Event, row.payload, f"events row {row.event_id}")
                for row in conn.execute(_q_slice(stmt, limit, offset))
            )
        return Page(total, items, limit, offset)

    def find_entities(
        self,
        *,
        query: str | None = None,
        type: str | None = None,  # noqa: A002 - the fold's own word
        documents: Iterable[str] | None = None,
        limit: int | None = 50,
        offset: int = 0,
    ) -> Page[Entity]:
        """Entities, most mentioned first, then by name and id.

        :param query: text found in the canonical name or in any alias (case folded as the
            database folds it).
        :param type: the entity type (``PERSON``, ``ORG``, ``GPE`` …).
        :param documents: entities named in any of these articles.
        :param limit: the most to return (``None``: all).
        :param offset: how many to skip first.
        :returns: the page.
        """
        t = schema.entities
        with self._errors("finding entities"), self._engine.begin() as conn:
            _snapshot(conn)
            where: list[Any] = []
            if type is not None:
                where.append(t.c.type == type)
            if query is not None:
                pattern = "%" + re.sub(r"([\\%_])", r"\\\1", query.lower()) + "%"
                aliases = _q_json_array(conn, t.c.payload, "aliases")
                where.append(
                    or_(
                        func.lower(t.c.name).like(pattern, escape="\\"),
                        exists(select(1).select_from(aliases).where(
                            func.lower(aliases.c.value).like(pattern, escape="\\"))),
                    )
                )  # fmt: skip
            if documents is not None:
                where.append(_q_json_has_any(conn, t.c.payload, "documents", sorted(set(documents))))
            total = int(conn.scalar(select(func.count()).select_from(t).where(*where)) or 0)
            mentions = _q_json_int(conn, t.c.payload, "mentions")
            stmt = (
                select(t.c.entity_id, t.c.payload)
                .where(*where)
                .order_by(mentions.desc(), t.c.name, t.c.entity_id)
            )
            items = tuple(
                _decode(Entity, row.payload, f"entities row {row.entity_id}")
                for row in conn.execute(_q_slice(stmt, limit, offset))
            )
        return Page(total, items, limit, offset)

    def find_conflicts(
        self,
        *,
        kind: str | None = None,
        events: Iterable[str] | None = None,
        limit: int | None = 50,
        offset: int = 0,
    ) -> Page[Conflict]:
        """Conflicts, hard before soft, then by id.

        :param kind: ``hard`` or ``soft``.
        :param events: only conflicts about these events.
        :param limit: the most to return (``None``: all).
        :param offset: how many to skip first.
        :returns: the page.
        """
        t = schema.conflicts
        where: list[Any] = []
        if kind is not None:
            where.append(t.c.kind == kind)
        if events is not None:
            where.append(t.c.event_id.in_(sorted(set(events))))
        stmt = select(t.c.conflict_id, t.c.payload).where(*where).order_by(t.c.kind, t.c.conflict_id)
        with self._errors("finding conflicts"), self._engine.begin() as conn:
            _snapshot(conn)
            total = int(conn.scalar(select(func.count()).select_from(t).where(*where)) or 0)
            items = tuple(
                _decode(Conflict, row.payload, f"conflicts row {row.conflict_id}")
                for row in conn.execute(_q_slice(stmt, limit, offset))
            )
        return Page(total, items, limit, offset)

    def search_articles(self, query: str, *, limit: int | None = 20, offset: int = 0) -> Page[SearchHit]:
        """Full-text search over the articles' titles and texts, best match first.

        Every word of ``query`` must occur (stemmed: "floods" finds "flooding"); punctuation
        and search operators are ignored, so any user text is safe to pass. SQLite uses its
        FTS5 index (also folding diacritics), PostgreSQL its English ``tsvector`` index
        (which also drops stop words), so rankings may differ a little between them.

        :param query: the words to find.
        :param limit: the most to return (``None``: all).
        :param offset: how many to skip first.
        :returns: the page of hits, each with a short plain-text snippet.
        """
        with self._errors("searching articles"), self._engine.begin() as conn:
            _snapshot(conn)
            total = _q_search_count(conn, query)
            ranked = _q_search(conn, query, limit, offset) if total else []
            t = schema.articles
            rows = {
                r.article_id: r
                for r in conn.execute(
                    select(t.c.article_id, t.c.title, t.c.outlet, t.c.published, t.c.text).where(
                        t.c.article_id.in_([aid for aid, _ in ranked])
                    )
                )
            }
        words = _q_words(query)
        hits = tuple(
            SearchHit(aid, row.title, row.outlet, row.published, score, _q_snippet(row.text, words))
            for aid, score in ranked
            if (row := rows.get(aid)) is not None
        )
        return Page(total, hits, limit, offset)

    def rebuild_search_index(self) -> None:
        """Rebuild the full-text index from the stored articles (SQLite; PostgreSQL needs
        nothing: its index is maintained by the database). Safe to run at any time."""
        if self._engine.dialect.name == "postgresql":
            return
        with self._errors("rebuilding the search index"), self._writer.begin() as conn:
            conn.exec_driver_sql(f"DELETE FROM {SEARCH_TABLE}")
            conn.exec_driver_sql(
                f"INSERT INTO {SEARCH_TABLE}(rowid, article_id, title, text) "
                "SELECT rowid, article_id, title, text FROM articles"
            )

    def _get_record(self, table: Table, cls: type[T], key: str) -> T | None:
        """One record of a corpus table by its id, or ``None``."""
        (column,) = table.primary_key.columns
        with self._errors(f"reading {table.name}"), self._engine.connect() as conn:
            payload = conn.scalar(select(table.c.payload).where(column == key))
        return None if payload is None else _decode(cls, payload, f"{table.name} row {key}")

    # ------------------------------------------------------------------ helpers

    @contextmanager
    def _errors(self, action: str) -> Iterator[None]:
        """Turn database errors raised inside the block into :class:`StoreError`."""
        try:
            yield
        except SQLAlchemyError as exc:
            raise StoreError(f"{action} failed on {self.url}: {_describe(exc)}") from exc


# ---------------------------------------------------------------------- rows


def _article_row(
    analysis: ArticleAnalysis, content_hash: str, pipeline_version: str, now: str
) -> dict[str, Any]:
    """The ``articles`` row of an analysis."""
    a = analysis.article
    return {
        "article_id": a.article_id,
        "content_hash": content_hash,
        "pipeline_version": pipeline_version,
        "source": a.source,
        "title": a.title,
        "url": a.url,
        "outlet": a.outlet,
        "published": None if a.published is None else a.published.isoformat(),
        "author": a.author,
        "language": a.language,
        "metadata": codec.dumps(a.metadata),
        "copy_of": a.copy_of,
        "text": a.text,
        "analysis": codec.dumps(analysis),
        "updated_at": now,
    }


_ARTICLE_COLUMNS = (
    "article_id", "source", "title", "text", "url", "outlet", "published", "author",
    "language", "metadata", "copy_of",
)  # fmt: skip


def _article_from_row(row: Mapping[str, Any]) -> Article:
    """Rebuild an :class:`Article` from the columns of its ``articles`` row."""
    what = f"article {row['article_id']}"
    data = {name: row[name] for name in _ARTICLE_COLUMNS}
    try:
        data["metadata"] = json.loads(row["metadata"])
        return codec.from_data(Article, data)
    except (TypeError, ValueError) as exc:
        raise StoreError(f"cannot decode {what}: {exc}") from exc


def _story_row(story: Story) -> dict[str, Any]:
    """The ``stories`` row of a story."""
    return {
        "story_id": story.story_id,
        "topic_id": story.topic_id,
        "first_seen": story.first_seen,
        "last_seen": story.last_seen,
        "payload": codec.dumps(story),
    }


def _topic_row(topic: Topic) -> dict[str, Any]:
    """The ``topics`` row of a topic."""
    return {"topic_id": topic.topic_id, "payload": codec.dumps(topic)}


def _entity_row(entity: Entity) -> dict[str, Any]:
    """The ``entities`` row of an entity."""
    return {
        "entity_id": entity.entity_id,
        "name": entity.name,
        "type": entity.type,
        "country": entity.country,
        "payload": codec.dumps(entity),
    }


def _event_row(ev: Event) -> dict[str, Any]:
    """The ``events`` row of an event."""
    return {
        "event_id": ev.event_id,
        "kind": str(ev.kind),
        "date": ev.date,
        "payload": codec.dumps(ev),
    }


def _conflict_row(conflict: Conflict) -> dict[str, Any]:
    """The ``conflicts`` row of a conflict."""
    return {
        "conflict_id": conflict.conflict_id,
        "event_id": conflict.event_id,
        "kind": conflict.kind,
        "payload": codec.dumps(conflict),
    }


_CORPUS_ROWS: dict[str, Any] = {
    "stories": _story_row,
    "topics": _topic_row,
    "entities": _entity_row,
    "events": _event_row,
    "conflicts": _conflict_row,
}


# ---------------------------------------------------------------------- reads


def _read_articles(conn: Connection) -> list[Article]:
    """Every article, sorted by id."""
    t = schema.articles
    stmt = select(*(t.c[name] for name in _ARTICLE_COLUMNS)).order_by(t.c.article_id)
    with conn.execute(stmt, execution_options={"yield_per": _CHUNK}) as result:
        return [_article_from_row(row._mapping) for row in result]


def _read_skipped(conn: Connection) -> list[Skipped]:
    """Every skipped input, sorted by source, line and code."""
    t = schema.skipped_inputs
    stmt = select(t.c.source, t.c.line, t.c.code, t.c.reason).order_by(
        t.c.source, t.c.line, t.c.code
    )
    return [
        Skipped(
            source=r.source,
            code=r.code,
            reason=r.reason,
            line=None if r.line == _NO_LINE else r.line,
        )
        for r in conn.execute(stmt)
    ]


def _read_payloads(conn: Connection, table: Table, cls: type[T]) -> tuple[T, ...]:
    """Every record of a corpus table, decoded, sorted by its id (the primary key)."""
    (key,) = table.primary_key.columns
    stmt = select(key, table.c.payload).order_by(key)
    with conn.execute(stmt, execution_options={"yield_per": _CHUNK}) as result:
        return tuple(_decode(cls, row.payload, f"{table.name} row {row[0]}") for row in result)


def _decode(cls: type[T], payload: str, what: str) -> T:
    """Decode a stored payload, reporting a bad one as :class:`StoreError`."""
    try:
        return codec.loads(cls, payload)
    except (TypeError, ValueError) as exc:
        raise StoreError(f"cannot decode {what}: {exc}") from exc


# ---------------------------------------------------------------------- dialect differences


def _upsert(
    conn: Connection,
    table: Table,
    rows: Sequence[Mapping[str, Any]],
    update: Sequence[str] | None = None,
) -> None:
    """Insert rows, or update them where the primary key exists: ``INSERT … ON CONFLICT``.

    Atomic on both backends, so concurrent writers never fail on a duplicate key. Within
    one call the last row for a key wins; rows go in key order so that two PostgreSQL
    writers lock keys in the same order and cannot deadlock.

    :param update: the columns to overwrite on conflict; default: every non-key column.
    """
    keys = [c.name for c in table.primary_key.columns]
    unique = {tuple(row[k] for k in keys): row for row in rows}
    if not unique:
        return
    dialect_insert = postgresql.insert if conn.dialect.name == "postgresql" else sqlite.insert
    stmt = dialect_insert(table)
    columns = update if update is not None else [c.name for c in table.c if c.name not in keys]
    stmt = stmt.on_conflict_do_update(
        index_elements=keys, set_={name: stmt.excluded[name] for name in columns}
    )
    conn.execute(stmt, [unique[k] for k in sorted(unique)])


def _lock_tables(conn: Connection, tables: Iterable[Table]) -> None:
    """Keep other writers off ``tables`` until the transaction ends; readers carry on.

    SQLite needs nothing: the writer's ``BEGIN IMMEDIATE`` already holds the write lock.
    """
    if conn.dialect.name == "postgresql":
        names = ", ".join(conn.dialect.identifier_preparer.format_table(t) for t in tables)
        conn.exec_driver_sql(f"LOCK TABLE {names} IN EXCLUSIVE MODE")


def _snapshot(conn: Connection) -> None:
    """Make every read of this transaction see the same snapshot.

    SQLite transactions already do; PostgreSQL's default (read committed) does not.
    """
    if conn.dialect.name == "postgresql":
        conn.exec_driver_sql("SET TRANSACTION ISOLATION LEVEL REPEATABLE READ, READ ONLY")


# ---------------------------------------------------------------------- opening


def _resolve_url(target: str | os.PathLike[str]) -> URL:
    """The database URL for a path or URL (see :meth:`Store.open`)."""
    raw = os.fspath(target)
    if raw == ":memory:":
        return URL.create("sqlite")
    if isinstance(target, os.PathLike) or "://" not in raw:
        return _sqlite_file_url(Path(raw).expanduser())
    try:
        url = make_url(raw)
    except ArgumentError as exc:
        raise StoreError(f"not a database URL: {_mask(raw)}") from exc
    if url.drivername in ("postgresql", "postgres"):
        url = url.set(drivername="postgresql+psycopg")
    backend = url.get_backend_name()
    if backend not in _SUPPORTED_BACKENDS:
        shown = url.render_as_string(hide_password=True)
        raise StoreError(f"unsupported database {shown}: use a path, sqlite:/// or postgresql://")
    database = url.database or ""
    if backend == "sqlite" and not _is_memory(url) and not database.startswith("file:"):
        _sqlite_file_url(Path(database))  # creates the parent directories
    return url


def _sqlite_file_url(path: Path) -> URL:
    """The URL of a SQLite file, after creating its parent directories."""
    try:
        path.parent.mkdir(parents=True, exist_ok=True)
    except OSError as exc:
        raise StoreError(f"cannot create the directory of {path}: {exc}") from exc
    return URL.create("sqlite", database=str(path))


def _is_memory(url: URL) -> bool:
    """Whether a SQLite URL names an in-memory database."""
    return url.database in (None, "", ":memory:")


def _create_engine(url: URL) -> Engine:
    """An engine for ``url``, with SQLite set up for safe concurrent use."""
    if url.get_backend_name() == "postgresql":
        # Fail within seconds on an unreachable server rather than hang (unless the URL says).
        connect_args = {} if "connect_timeout" in url.query else {"connect_timeout": 10}
        return create_engine(url, pool_pre_ping=True, connect_args=connect_args)
    if _is_memory(url):  # one shared connection, or each connection would be a new database
        engine = create_engine(
            url, poolclass=StaticPool, connect_args={"check_same_thread": False}
        )
    else:
        engine = create_engine(url)
    event.listen(engine, "connect", _sqlite_on_connect)
    event.listen(engine, "begin", _sqlite_on_begin)
    return engine


def _sqlite_on_connect(dbapi_connection: Any, connection_record: Any) -> None:
    """Set up each new SQLite connection.

    - Hand ``BEGIN`` over to SQLAlchemy (``isolation_level = None`` stops the driver from
      emitting its own), so that DDL is transactional and reads are repeatable.
    - Wait for locks (``busy_timeout``), log ahead (WAL: readers never block the writer),
      and enforce foreign keys.
    """
    dbapi_connection.isolation_level = None
    cursor = dbapi_connection.cursor()
    try:
        cursor.execute(f"PRAGMA busy_timeout = {_SQLITE_BUSY_TIMEOUT_MS}")
        _switch_to_wal(cursor)
        cursor.execute("PRAGMA foreign_keys = ON")
    finally:
        cursor.close()


def _switch_to_wal(cursor: Any) -> None:
    """``PRAGMA journal_mode = WAL``, retried: switching a new database file to WAL takes an
    exclusive lock without waiting on ``busy_timeout``, so a second process opening the same
    new file at that moment gets "database is locked" at once (seen with two folds started
    together). Retried with a growing pause, up to the busy timeout."""
    import sqlite3
    import time

    deadline = time.monotonic() + _SQLITE_BUSY_TIMEOUT_MS / 1000
    pause = 0.02
    while True:
        try:
            cursor.execute("PRAGMA journal_mode = WAL")
            return
        except sqlite3.OperationalError as exc:
            if "locked" not in str(exc) and "busy" not in str(exc) or time.monotonic() + pause > deadline:
                raise
            time.sleep(pause)
            pause = min(pause * 2, 0.5)


def _sqlite_on_begin(conn: Connection) -> None:
    """Begin a SQLite transaction; the store's writer asks for ``BEGIN IMMEDIATE``."""
    mode = conn.get_execution_options().get(_BEGIN_OPTION, "DEFERRED")
    conn.exec_driver_sql(f"BEGIN {mode}")


# ---------------------------------------------------------------------- small helpers


def _batches(items: Iterable[T], size: int) -> Iterator[list[T]]:
    """Split ``items`` into lists of at most ``size``."""
    iterator = iter(items)
    while batch := list(islice(iterator, size)):
        yield batch


def _now() -> str:
    """The current UTC time as ISO 8601 text."""
    return datetime.now(UTC).isoformat(timespec="seconds")


def _describe(exc: BaseException) -> str:
    """A short description of a database error, without the SQL and its parameters."""
    if isinstance(exc, DBAPIError) and exc.orig is not None:
        return f"{type(exc.orig).__name__}: {str(exc.orig).strip()}"
    if isinstance(exc, ImportError):
        return f"{exc} (for PostgreSQL install psycopg: pip install 'psycopg[binary]')"
    return str(exc)


def _mask(raw: str) -> str:
    """Hide the password of a URL-like string that SQLAlchemy cannot parse."""
    return re.sub(r"(://[^:/@]*:)[^@]*@", r"\1***@", raw)


# ---------------------------------------------------------------------- queries (web API)


@dataclass(frozen=True, slots=True)
class Page(Generic[T]):
    """One page of a longer list.

    :param total: how many rows match in all.
    :param items: the rows of this page.
    :param limit: the page size asked for (``None``: no limit).
    :param offset: how many matching rows come before this page.
    """

    total: int
    items: tuple[T, ...]
    limit: int | None = None
    offset: int = 0


@dataclass(frozen=True, slots=True)
class SearchHit:
    """An article found by :meth:`Store.search_articles`.

    :param score: relevance, higher is better (comparable only within one search).
    :param snippet: plain text around the first matching word (escape it to show it).
    """

    article_id: str
    title: str
    outlet: str | None
    published: str | None
    score: float
    snippet: str


_MAX_SEARCH_WORDS = 32
_SNIPPET_CHARS = 160
_JSON_KEY = re.compile(r"^[a-z_]+$")


def _q_slice(stmt: Select[Any], limit: int | None, offset: int) -> Select[Any]:
    """``stmt`` with LIMIT/OFFSET (no LIMIT when ``limit`` is ``None``)."""
    if offset:
        stmt = stmt.offset(offset)
    return stmt if limit is None else stmt.limit(limit)


def _q_key(key: str) -> str:
    """A JSON key of our own payloads, checked before it is written into SQL."""
    if not _JSON_KEY.match(key):  # pragma: no cover - keys are constants of this module
        raise ValueError(f"bad JSON key {key!r}")
    return key


def _q_jsonb(column: ColumnElement[Any], key: str) -> ColumnElement[Any]:
    """PostgreSQL: ``CAST(column AS jsonb) -> 'key'``."""
    return cast(column, postgresql.JSONB).op("->", return_type=postgresql.JSONB)(
        literal_column(f"'{_q_key(key)}'")
    )


def _q_json_array(conn: Connection, column: ColumnElement[Any], key: str) -> Any:
    """The elements of the JSON array ``payload.key`` as a table with a ``value`` column."""
    if conn.dialect.name == "postgresql":
        fn = func.jsonb_array_elements_text(_q_jsonb(column, key))
    else:
        fn = func.json_each(column, literal_column(f"'$.{_q_key(key)}'"))
    return fn.table_valued("value").alias()


def _q_json_has_any(
    conn: Connection, column: ColumnElement[Any], key: str, values: Sequence[str]
) -> ColumnElement[bool]:
    """Whether the JSON array ``payload.key`` holds any of ``values``."""
    if not values:
        return false()
    elements = _q_json_array(conn, column, key)
    return exists(select(1).select_from(elements).where(elements.c.value.in_(list(values))))


def _q_json_text(conn: Connection, column: ColumnElement[Any], key: str) -> ColumnElement[Any]:
    """The JSON scalar ``payload.key`` as text."""
    if conn.dialect.name == "postgresql":
        return cast(column, postgresql.JSONB).op("->>", return_type=Text)(literal_column(f"'{_q_key(key)}'"))
    return func.json_extract(column, literal_column(f"'$.{_q_key(key)}'"), type_=Text)


def _q_json_int(conn: Connection, column: ColumnElement[Any], key: str) -> ColumnElement[Any]:
    """The JSON number ``payload.key`` as an integer."""
    if conn.dialect.name == "postgresql":
        return cast(_q_json_text(conn, column, key), Integer)
    return func.json_extract(column, literal_column(f"'$.{_q_key(key)}'"), type_=Integer)


def _q_json_length(conn: Connection, column: ColumnElement[Any], key: str) -> ColumnElement[Any]:
    """The length of the JSON array ``payload.key``."""
    if conn.dialect.name == "postgresql":
        return func.jsonb_array_length(_q_jsonb(column, key), type_=Integer)
    return func.json_array_length(column, literal_column(f"'$.{_q_key(key)}'"), type_=Integer)


def _q_date_bound(column: ColumnElement[Any], bound: str, op: str) -> ColumnElement[bool]:
    """Whether a fold date (``YYYY``, ``YYYY-MM`` or ``YYYY-MM-DD``) overlaps a bound.

    Both dates are cut to the shorter precision and compared as text, so ``2015-10``
    overlaps ``from 2015-10-20`` and ``to 2015-10-03``; undated rows never match.
    """
    mine = func.substr(column, 1, len(bound))
    theirs = func.substr(literal(bound, Text), 1, func.length(column))
    return and_(column.is_not(None), mine >= theirs if op == "ge" else mine <= theirs)


def _q_entity_forms(conn: Connection, *, name: str | None = None, entity_id: str | None = None) -> set[str]:
    """Every name (canonical and aliases) of the entities with this id, or named so."""
    t = schema.entities
    if entity_id is not None:
        stmt = select(t.c.payload).where(t.c.entity_id == entity_id)
    else:
        lowered = (name or "").lower()
        aliases = _q_json_array(conn, t.c.payload, "aliases")
        stmt = select(t.c.payload).where(
            or_(
                func.lower(t.c.name) == lowered,
                exists(select(1).select_from(aliases).where(func.lower(aliases.c.value) == lowered)),
            )
        )
    forms: set[str] = set()
    for payload in conn.scalars(stmt):
        entity = _decode(Entity, payload, "entities row")
        forms.add(entity.name)
        forms.update(entity.aliases)
    return forms


def _q_story_of(conn: Connection, article_ids: Sequence[str], where: Sequence[Any]) -> dict[str, str]:
    """``{article_id: story_id}`` for the stories (matching ``where``) that hold them."""
    if not article_ids:
        return {}
    t = schema.stories
    docs = _q_json_array(conn, t.c.payload, "documents")
    found: dict[str, str] = {}
    for batch in _batches(article_ids, _CHUNK):
        stmt = (
            select(docs.c.value, t.c.story_id)
            .select_from(t)
            .join(docs, true())
            .where(docs.c.value.in_(batch), *where)
            .order_by(t.c.story_id)
        )
        for article_id, story_id in conn.execute(stmt):
            found.setdefault(article_id, story_id)
    return found


def _q_records(conn: Connection, table: Table, cls: type[T], keys: Sequence[str]) -> dict[str, T]:
    """Records of a corpus table by id."""
    (column,) = table.primary_key.columns
    if not keys:
        return {}
    stmt = select(column, table.c.payload).where(column.in_(list(keys)))
    return {row[0]: _decode(cls, row.payload, f"{table.name} row {row[0]}") for row in conn.execute(stmt)}


def _q_words(query: str) -> list[str]:
    """The words of a search query (letters and digits; everything else separates)."""
    return [w for w in re.findall(r"[^\W_]+", query)][:_MAX_SEARCH_WORDS]


def _q_search(conn: Connection, query: str, limit: int | None, offset: int) -> list[tuple[str, float]]:
    """``(article_id, score)`` of the matching articles, best first (higher score is better)."""
    words = _q_words(query)
    if not words:
        return []
    pg = conn.dialect.name == "postgresql"
    page = (" LIMIT ALL" if pg else " LIMIT -1") if limit is None else " LIMIT :limit"
    page += " OFFSET :offset"
    params: dict[str, Any] = {"offset": offset} if limit is None else {"limit": limit, "offset": offset}
    if pg:
        sql = (
            f"SELECT article_id, ts_rank({PG_SEARCH_VECTOR}, q) AS score "
            "FROM articles, plainto_tsquery('english'::regconfig, :q) AS q "
            f"WHERE {PG_SEARCH_VECTOR} @@ q ORDER BY score DESC, article_id{page}"
        )
        params["q"] = " ".join(words)
    else:
        sql = (
            f"SELECT article_id, -bm25({SEARCH_TABLE}) AS score FROM {SEARCH_TABLE} "
            f"WHERE {SEARCH_TABLE} MATCH :q ORDER BY score DESC, article_id{page}"
        )
        params["q"] = " ".join(f'"{w}"' for w in words)
    return [(row.article_id, float(row.score)) for row in conn.execute(text(sql), params)]


def _q_search_count(conn: Connection, query: str) -> int:
    """How many articles match a search query."""
    words = _q_words(query)
    if not words:
        return 0
    if conn.dialect.name == "postgresql":
        sql = f"SELECT count(*) FROM articles WHERE {PG_SEARCH_VECTOR} @@ plainto_tsquery('english'::regconfig, :q)"
        q = " ".join(words)
    else:
        sql = f"SELECT count(*) FROM {SEARCH_TABLE} WHERE {SEARCH_TABLE} MATCH :q"
        q = " ".join(f'"{w}"' for w in words)
    return int(conn.scalar(text(sql), {"q": q}) or 0)


def _q_snippet(body: str, words: Sequence[str]) -> str:
    """Plain text around the first occurrence of any search word (or of its stem)."""
    best: int | None = None
    for word in words:
        stem = word[: max(4, len(word) - 2)]
        for needle in (word, stem):
            found = re.search(rf"(?<!\w){re.escape(needle)}", body, re.IGNORECASE)
            if found is not None:
                best = found.start() if best is None else min(best, found.start())
                break
    start = 0 if best is None else max(0, best - _SNIPPET_CHARS // 3)
    if start:
        space = body.find(" ", start)
        start = space + 1 if 0 <= space < best else start  # type: ignore[operator]
    piece = " ".join(body[start : start + _SNIPPET_CHARS].split())
    before = "\u2026 " if start > 0 else ""
    after = " \u2026" if start + _SNIPPET_CHARS < len(body) else ""
    return before + piece + after
