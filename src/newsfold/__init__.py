"""newsfold: fold many overlapping news reports into one record an analyst can trust.

Which stories they tell, which people, groups and places they name (under every spelling),
what happened — each event once, however many outlets report it — every fact traced to the
sentences that state it, and every disagreement between sources shown side by side.

Example::

    import newsfold
    fold = newsfold.fold(["news/"])
    print(len(fold.events), "events from", len(fold.articles), "articles")

Importing newsfold is cheap: spaCy, SQLAlchemy and the web stack load only when used.
"""

from __future__ import annotations

import os
from collections.abc import Iterable
from importlib.metadata import PackageNotFoundError, version
from typing import TYPE_CHECKING

from newsfold.errors import (
    ConfigError,
    ExportError,
    InputError,
    MigrationError,
    ModelNotInstalledError,
    NewsfoldError,
    StoreError,
)
from newsfold.model import Article, Conflict, Entity, Event, EventKind, Fold, Skipped, Story, Topic

try:
    __version__ = version("newsfold")
except PackageNotFoundError:  # running from a source tree
    __version__ = "0.0.0"

if TYPE_CHECKING:
    from newsfold.pipeline import Settings

__all__ = [
    "Article",
    "ConfigError",
    "Conflict",
    "Entity",
    "Event",
    "EventKind",
    "ExportError",
    "Fold",
    "InputError",
    "MigrationError",
    "ModelNotInstalledError",
    "NewsfoldError",
    "Skipped",
    "StoreError",
    "Story",
    "Topic",
    "__version__",
    "fold",
]


def fold(
    paths: Iterable[str | os.PathLike[str]] | str | os.PathLike[str],
    *,
    db: str | os.PathLike[str] | None = None,
    settings: Settings | None = None,
) -> Fold:
    """Fold the articles found at ``paths`` and return the whole fold.

    :param paths: files, folders, or ``-`` for JSON Lines on standard input.
    :param db: the database (SQLite path or SQLAlchemy URL); by default a private in-memory one.
    :param settings: run settings (:class:`newsfold.pipeline.Settings`).
    :returns: the fold of everything in the database.

    Example::

        fold = newsfold.fold("examples/")
        for event in fold.events:
            print(event.kind, event.date, event.documents)
    """
    from newsfold.pipeline import Settings, fold_paths
    from newsfold.store import Store

    if isinstance(paths, (str, os.PathLike)):
        paths = [paths]
    with Store.open(db if db is not None else ":memory:") as store:
        result, _report = fold_paths(paths, store, settings=settings or Settings())
    return result
