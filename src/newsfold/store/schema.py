"""The store's tables, as SQLAlchemy Core metadata shared by SQLite and PostgreSQL.

This module describes the *current* schema. The first migration
(:mod:`newsfold.store.migrations`) creates it; any later change to a table here must come
with a new migration that makes the same change to existing databases (and the first
migration must then keep creating the tables as they were).

Layout:

- ``schema_migrations`` — which migrations ran, and when.
- ``articles`` — one row per article: the article's fields as columns (for queries and for
  :meth:`~newsfold.store.Store.articles`), the state that decides whether it must be analysed
  again (``content_hash``, ``pipeline_version``), and the whole
  :class:`~newsfold.model.ArticleAnalysis` as codec JSON in ``analysis``.
- ``skipped_inputs`` — inputs that could not be read; ``line`` is ``-1`` when there is none,
  so that it can be part of the primary key.
- ``stories``, ``topics``, ``entities``, ``events``, ``conflicts`` — the corpus-level results,
  each row one record as codec JSON in ``payload`` plus a few columns to query by.
- ``meta`` — free key/value settings of the store.

Payloads are ``TEXT`` holding JSON (not a JSON column type) so that both backends store and
return exactly the text the codec wrote. Timestamps and dates are ISO 8601 text.
"""

from __future__ import annotations

from sqlalchemy import Column, Index, Integer, MetaData, Table, Text
from sqlalchemy.dialects import postgresql
from sqlalchemy.types import TypeEngine

__all__ = [
    "CORPUS_TABLES",
    "Key",
    "articles",
    "conflicts",
    "entities",
    "events",
    "meta",
    "metadata",
    "schema_migrations",
    "skipped_inputs",
    "stories",
    "topics",
]

# Fixed constraint and index names, so that later migrations can refer to them by name.
metadata = MetaData(
    naming_convention={
        "ix": "ix_%(table_name)s_%(column_0_name)s",
        "uq": "uq_%(table_name)s_%(column_0_name)s",
        "ck": "ck_%(table_name)s_%(constraint_name)s",
        "fk": "fk_%(table_name)s_%(column_0_name)s_%(referred_table_name)s",
        "pk": "pk_%(table_name)s",
    }
)


def _key_type() -> TypeEngine[str]:
    """Text compared code point by code point on every backend.

    SQLite compares text bytewise (its ``BINARY`` collation); PostgreSQL would use the
    database's locale. The ``C`` collation makes PostgreSQL agree with SQLite and with
    Python's ``sorted``, so ``ORDER BY`` on ids gives the same order everywhere.
    """
    return Text().with_variant(postgresql.TEXT(collation="C"), "postgresql")


#: The column type for ids and other sort keys.
Key: TypeEngine[str] = _key_type()

schema_migrations = Table(
    "schema_migrations",
    metadata,
    Column("name", Key, primary_key=True),
    Column("applied_at", Text, nullable=False),
)

articles = Table(
    "articles",
    metadata,
    Column("article_id", Key, primary_key=True),
    Column("content_hash", Text, nullable=False),
    Column("pipeline_version", Text, nullable=False),
    Column("source", Text, nullable=False),
    Column("title", Text, nullable=False),
    Column("url", Text),
    Column("outlet", Text),
    Column("published", Text),  # ISO date
    Column("author", Text),
    Column("language", Text, nullable=False),
    Column("metadata", Text, nullable=False),  # codec JSON of Article.metadata
    Column("copy_of", Key),
    Column("text", Text, nullable=False),
    Column("analysis", Text, nullable=False),  # codec JSON of the ArticleAnalysis
    Column("updated_at", Text, nullable=False),
)

skipped_inputs = Table(
    "skipped_inputs",
    metadata,
    Column("source", Key, primary_key=True),
    Column("line", Integer, primary_key=True, autoincrement=False),  # -1: no line
    Column("code", Key, primary_key=True),
    Column("reason", Text, nullable=False),
    Column("first_seen", Text, nullable=False),
)

stories = Table(
    "stories",
    metadata,
    Column("story_id", Key, primary_key=True),
    Column("topic_id", Key),
    Column("first_seen", Text),
    Column("last_seen", Text),
    Column("payload", Text, nullable=False),
)

topics = Table(
    "topics",
    metadata,
    Column("topic_id", Key, primary_key=True),
    Column("payload", Text, nullable=False),
)

entities = Table(
    "entities",
    metadata,
    Column("entity_id", Key, primary_key=True),
    Column("name", Text, nullable=False),
    Column("type", Text, nullable=False),
    Column("country", Text),
    Column("payload", Text, nullable=False),
    Index(None, "name"),
)

events = Table(
    "events",
    metadata,
    Column("event_id", Key, primary_key=True),
    Column("kind", Text, nullable=False),
    Column("date", Text),
    Column("payload", Text, nullable=False),
    Index(None, "kind"),
    Index(None, "date"),
)

conflicts = Table(
    "conflicts",
    metadata,
    Column("conflict_id", Key, primary_key=True),
    Column("event_id", Key),
    Column("kind", Text, nullable=False),
    Column("payload", Text, nullable=False),
)

meta = Table(
    "meta",
    metadata,
    Column("key", Key, primary_key=True),
    Column("value", Text, nullable=False),
)

#: The tables that :meth:`~newsfold.store.Store.replace_corpus` rewrites as a whole.
CORPUS_TABLES: tuple[Table, ...] = (stories, topics, entities, events, conflicts)
