"""Named, ordered schema migrations, recorded in the ``schema_migrations`` table.

Modelled on sqlite-utils' ``Migrations``: each migration is a function registered with a
decorator under a unique name; :meth:`Migrations.apply` runs those not yet recorded, in
registration order, each in its own transaction together with the row that records it. So
applying twice does nothing, and a migration that fails is rolled back while the ones before
it stay applied.

Example::

    migrations = Migrations()

    @migrations(name="0002_add_events_place")
    def _add_place(conn: Connection) -> None:
        conn.exec_driver_sql("ALTER TABLE events ADD COLUMN place TEXT")

    migrations.apply(engine)  # -> ["0002_add_events_place"] the first time, [] after

:data:`MIGRATIONS` holds the store's own migrations; :meth:`newsfold.store.Store.open` applies
them. New migrations are appended at the end of this module and never renamed or reordered.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from datetime import UTC, datetime
from typing import TypeVar, overload

from sqlalchemy import Connection, Engine, inspect, insert, select, text

from newsfold.errors import MigrationError
from newsfold.store import schema

__all__ = ["MIGRATIONS", "Migration", "MigrationFunction", "Migrations"]

#: A migration: it receives a connection inside the migration's transaction.
MigrationFunction = Callable[[Connection], None]
F = TypeVar("F", bound=MigrationFunction)

# Key of the PostgreSQL advisory lock that serialises concurrent migrators; an arbitrary
# constant (the first 8 bytes of sha256(b"newsfold.migrations") as a signed integer).
_PG_LOCK_KEY = 6_904_141_566_011_887_840


@dataclass(frozen=True, slots=True)
class Migration:
    """One registered migration.

    :param name: the unique name recorded in ``schema_migrations``.
    :param function: what the migration does, given a connection inside its transaction.
    """

    name: str
    function: MigrationFunction


class Migrations:
    """An ordered collection of named migrations.

    Transactions are begun with ``engine.begin()``; for SQLite pass an engine whose
    transactions take the write lock at once (``BEGIN IMMEDIATE``), as the store's writer
    does, so that two processes migrating at the same time queue instead of failing. On
    PostgreSQL an advisory lock serialises them.
    """

    def __init__(self) -> None:
        self._migrations: list[Migration] = []

    @overload
    def __call__(self, function: F, /) -> F: ...

    @overload
    def __call__(self, *, name: str | None = None) -> Callable[[F], F]: ...

    def __call__(
        self, function: F | None = None, /, *, name: str | None = None
    ) -> F | Callable[[F], F]:
        """Register a migration, as ``@migrations`` or ``@migrations(name="…")``.

        :param function: the migration, when used as a bare decorator.
        :param name: the name to record; defaults to the function's ``__name__``.
        :returns: the function unchanged (or a decorator that registers it).
        :raises ValueError: if the name is already registered.
        """

        def register(fn: F) -> F:
            self.add(name or fn.__name__, fn)
            return fn

        return register(function) if function is not None else register

    def add(self, name: str, function: MigrationFunction) -> None:
        """Append a migration under ``name``.

        :param name: the unique name recorded in ``schema_migrations``.
        :param function: what the migration does.
        :raises ValueError: if the name is already registered.
        """
        if name in self.names:
            raise ValueError(f"a migration named {name!r} is already registered")
        self._migrations.append(Migration(name, function))

    @property
    def names(self) -> list[str]:
        """The names of all registered migrations, in the order they apply."""
        return [m.name for m in self._migrations]

    def applied(self, engine: Engine) -> dict[str, str]:
        """The migrations recorded in the database, with when they were applied.

        :param engine: the database.
        :returns: ``{name: applied_at}`` (ISO 8601 UTC), empty for a fresh database.
        """
        with engine.connect() as conn:
            if not inspect(conn).has_table(schema.schema_migrations.name):
                return {}
            rows = conn.execute(
                select(schema.schema_migrations.c.name, schema.schema_migrations.c.applied_at)
            )
            return {name: applied_at for name, applied_at in rows}

    def pending(self, engine: Engine) -> list[str]:
        """The registered migrations not yet applied to the database, in order.

        :param engine: the database.
        :returns: their names.
        """
        done = self.applied(engine)
        return [name for name in self.names if name not in done]

    def apply(self, engine: Engine) -> list[str]:
        """Apply every pending migration, each in its own transaction.

        :param engine: the database (see the class notes on SQLite).
        :returns: the names of the migrations this call applied, in order.
        :raises MigrationError: when a migration fails; it is rolled back and the
            migrations before it stay applied.
        """
        if not self.pending(engine):  # the usual case: nothing to write
            return []
        _create_bookkeeping(engine)
        return [m.name for m in self._migrations if _apply_one(engine, m)]


def _create_bookkeeping(engine: Engine) -> None:
    """Create the ``schema_migrations`` table if it does not exist yet."""
    with engine.begin() as conn:
        _lock(conn)
        schema.schema_migrations.create(conn, checkfirst=True)


def _apply_one(engine: Engine, migration: Migration) -> bool:
    """Run one migration and record it, in one transaction; ``False`` if already applied."""
    with engine.begin() as conn:
        _lock(conn)
        table = schema.schema_migrations
        if conn.scalar(select(table.c.name).where(table.c.name == migration.name)) is not None:
            return False  # another process applied it while we waited for the lock
        try:
            migration.function(conn)
        # A migration is arbitrary code: whatever it raises is reported as a MigrationError
        # (with the original chained) and the transaction rolls back on the way out.
        except Exception as exc:
            raise MigrationError(f"migration {migration.name!r} failed: {exc}") from exc
        conn.execute(insert(table).values(name=migration.name, applied_at=_now()))
    return True


def _lock(conn: Connection) -> None:
    """Serialise migrators on PostgreSQL (SQLite: the writer's ``BEGIN IMMEDIATE`` does)."""
    if conn.dialect.name == "postgresql":
        conn.execute(text("SELECT pg_advisory_xact_lock(:key)"), {"key": _PG_LOCK_KEY})


def _now() -> str:
    """The current UTC time as ISO 8601 text."""
    return datetime.now(UTC).isoformat(timespec="seconds")


#: The store's migrations, applied by :meth:`newsfold.store.Store.open`.
MIGRATIONS = Migrations()


@MIGRATIONS(name="0001_initial")
def _initial(conn: Connection) -> None:
    """Create every table of :mod:`newsfold.store.schema` (the schema as of version 1)."""
    tables = [t for t in schema.metadata.sorted_tables if t is not schema.schema_migrations]
    schema.metadata.create_all(conn, tables=tables, checkfirst=False)


#: Name of the SQLite FTS5 table that indexes ``articles`` (title and text) for search.
SEARCH_TABLE = "articles_fts"
#: Name of the PostgreSQL GIN index over the articles' ``tsvector``.
SEARCH_INDEX = "ix_articles_search"
#: The expression the PostgreSQL index is built on; queries must use exactly this text.
PG_SEARCH_VECTOR = "to_tsvector('english'::regconfig, coalesce(title, '') || ' ' || text)"


@MIGRATIONS(name="0002_article_search")
def _article_search(conn: Connection) -> None:
    """Full-text search over the articles' title and text.

    - SQLite: an FTS5 table ``articles_fts`` (Porter stemming, diacritics folded) whose rowid
      is the article row's rowid, kept up to date by triggers on ``articles`` and filled
      with the articles already stored.
    - PostgreSQL: a GIN index on the ``tsvector`` of title and text (English configuration);
      PostgreSQL keeps it up to date itself.
    """
    if conn.dialect.name == "postgresql":
        conn.exec_driver_sql(f"CREATE INDEX {SEARCH_INDEX} ON articles USING GIN (({PG_SEARCH_VECTOR}))")
        return
    for statement in sqlite_search_ddl():
        conn.exec_driver_sql(statement)
    conn.exec_driver_sql(
        f"INSERT INTO {SEARCH_TABLE}(rowid, article_id, title, text) "
        "SELECT rowid, article_id, title, text FROM articles"
    )


def sqlite_search_ddl() -> list[str]:
    """The statements that create the SQLite search table and its triggers (see 0002)."""
    t = SEARCH_TABLE
    return [
        f"CREATE VIRTUAL TABLE {t} USING fts5("
        "article_id UNINDEXED, title, text, tokenize = 'porter unicode61 remove_diacritics 2')",
        f"CREATE TRIGGER {t}_ai AFTER INSERT ON articles BEGIN "
        f"INSERT OR REPLACE INTO {t}(rowid, article_id, title, text) "
        "VALUES (new.rowid, new.article_id, new.title, new.text); END",
        f"CREATE TRIGGER {t}_au AFTER UPDATE ON articles BEGIN "
        f"DELETE FROM {t} WHERE rowid = old.rowid; "
        f"INSERT OR REPLACE INTO {t}(rowid, article_id, title, text) "
        "VALUES (new.rowid, new.article_id, new.title, new.text); END",
        f"CREATE TRIGGER {t}_ad AFTER DELETE ON articles BEGIN "
        f"DELETE FROM {t} WHERE rowid = old.rowid; END",
    ]
