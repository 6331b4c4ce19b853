"""Readers: files and folders of news articles in, :class:`Article` records out.

=========================================  ===========================================
suffix                                     reader
=========================================  ===========================================
``.txt``                                   :mod:`newsfold.ingest.text` (title line, dateline, body)
``.html``, ``.htm``                        :mod:`newsfold.ingest.html` (trafilatura)
``.jsonl``, ``.json``, ``-`` (stdin)       :mod:`newsfold.ingest.jsonl` (one record per object)
``.rss``, ``.atom``, ``.xml``, ``.feed``   :mod:`newsfold.ingest.feed` (feedparser)
=========================================  ===========================================

:func:`read_articles` never raises for a bad input: each one becomes a :class:`Skipped`
with the code of its :class:`~newsfold.errors.InputError`, and the batch goes on.
:func:`read_path` is the strict variant for library users: it raises the first error.
"""

from __future__ import annotations

import os
import sys
from collections.abc import Callable, Iterable, Iterator
from pathlib import Path
from typing import IO

from newsfold.errors import (
    DuplicateInputError,
    InputError,
    MalformedInputError,
    UnreadableInputError,
    UnsupportedInputError,
)
from newsfold.ingest._bytes import Item, Located, read_stream_bytes
from newsfold.ingest.clean import clean_text, find_dateline
from newsfold.ingest.feed import read_feed_file
from newsfold.ingest.html import read_html_file
from newsfold.ingest.jsonl import read_json_file, read_jsonl_bytes, read_jsonl_file
from newsfold.ingest.text import read_text_file
from newsfold.model import Article, Skipped

#: The default size limit of one input, in bytes.
DEFAULT_MAX_BYTES = 20_000_000

#: The name that stands for JSON Lines on standard input.
STDIN = "-"

Reader = Callable[..., Iterable[Item]]

_READERS: dict[str, Reader] = {
    ".txt": read_text_file,
    ".html": read_html_file,
    ".htm": read_html_file,
    ".jsonl": read_jsonl_file,
    ".json": read_json_file,
    ".rss": read_feed_file,
    ".atom": read_feed_file,
    ".xml": read_feed_file,
    ".feed": read_feed_file,
}

#: The file suffixes newsfold reads (compared case-insensitively).
SUPPORTED_SUFFIXES: frozenset[str] = frozenset(_READERS)


def read_articles(
    paths: Iterable[str | os.PathLike[str]],
    *,
    max_bytes: int = DEFAULT_MAX_BYTES,
    stdin: IO[bytes] | None = None,
) -> Iterator[Article | Skipped]:
    """Read articles from files, folders and standard input, never stopping at a bad input.

    Files are dispatched on their suffix.  Folders are walked recursively in sorted order,
    skipping hidden files and folders and silently ignoring unknown suffixes; a file named
    explicitly with an unknown suffix is reported as skipped.  ``-`` reads JSON Lines from
    standard input.  A later article whose id was already read in this batch is skipped.

    :param paths: files, folders, or ``-``.
    :param max_bytes: the size limit of one input, in bytes.
    :param stdin: the binary stream that ``-`` reads (default: ``sys.stdin.buffer``).
    :returns: an iterator of articles and :class:`Skipped` records, in input order.
    """
    seen: dict[str, str] = {}
    for item in _batch_items(_as_list(paths), max_bytes=max_bytes, stdin=stdin):
        if isinstance(item, InputError):
            yield _skipped(item)
            continue
        problem = _duplicate(item, seen)
        yield item.article if problem is None else _skipped(problem)


def read_path(path: str | os.PathLike[str], *, max_bytes: int = DEFAULT_MAX_BYTES) -> Iterator[Article]:
    """Read the articles of one file or folder, raising at the first problem.

    :param path: a file or a folder (walked like :func:`read_articles` does).
    :param max_bytes: the size limit of one input, in bytes.
    :returns: an iterator of articles.
    :raises InputError: the first input, record or duplicate id that cannot be read
        (a :class:`~newsfold.errors.UnsupportedInputError` for an unknown suffix).
    """
    seen: dict[str, str] = {}
    for target in _targets(os.fspath(path)):
        if isinstance(target, InputError):
            raise target
        for item in _file_items(target, max_bytes=max_bytes):
            if isinstance(item, InputError):
                raise item
            problem = _duplicate(item, seen)
            if problem is not None:
                raise problem
            yield item.article


def _as_list(paths: Iterable[str | os.PathLike[str]] | str | os.PathLike[str]) -> list[str]:
    """The paths as strings; a single path given by mistake counts as a list of one."""
    if isinstance(paths, (str, os.PathLike)):
        return [os.fspath(paths)]
    return [os.fspath(path) for path in paths]


def _batch_items(paths: list[str], *, max_bytes: int, stdin: IO[bytes] | None) -> Iterator[Item]:
    """Every item of every input, errors included, in order."""
    for path in paths:
        if path == STDIN:
            yield from _caught(_stdin_items(stdin, max_bytes=max_bytes))
            continue
        for target in _targets(path):
            if isinstance(target, InputError):
                yield target
            else:
                yield from _caught(_file_items(target, max_bytes=max_bytes))


def _caught(items: Iterator[Item]) -> Iterator[Item]:
    """Run one input's reader, turning a raised :class:`InputError` into an error item."""
    try:
        yield from items
    except InputError as err:
        yield err


def _stdin_items(stdin: IO[bytes] | None, *, max_bytes: int) -> Iterator[Item]:
    """JSON Lines from standard input (or the given binary stream)."""
    stream = stdin if stdin is not None else sys.stdin.buffer
    data = read_stream_bytes(stream, source=STDIN, max_bytes=max_bytes)
    yield from _guard_parser(STDIN, lambda: read_jsonl_bytes(data, source=STDIN, stem="stdin"))


def _file_items(path: str, *, max_bytes: int) -> Iterator[Item]:
    """The items of one file, by its suffix."""
    reader = _READERS.get(Path(path).suffix.lower())
    if reader is None:
        raise UnsupportedInputError(path, f"no reader for {Path(path).suffix or 'files without a suffix'!r}")
    yield from _guard_parser(path, lambda: reader(path, max_bytes=max_bytes))


def _guard_parser(source: str, produce: Callable[[], Iterable[Item]]) -> Iterator[Item]:
    """Turn an unexpected exception from a third-party parser into :class:`MalformedInputError`.

    Coded input errors pass through untouched; ``MemoryError`` is never swallowed.
    """
    try:
        yield from produce()
    except (InputError, MemoryError):
        raise
    except Exception as err:  # a parser (trafilatura, lxml, feedparser, json) failed unexpectedly
        raise MalformedInputError(source, f"the parser failed: {type(err).__name__}: {err}") from err


def _targets(path: str) -> Iterator[str | InputError]:
    """The files a named path stands for, or the error that it cannot be used."""
    if os.path.isdir(path):
        yield from _walk(path)
    elif not os.path.lexists(path):
        yield UnreadableInputError(path, "no such file or directory")
    elif Path(path).suffix.lower() not in SUPPORTED_SUFFIXES:
        suffix = Path(path).suffix or "no suffix"
        expected = ", ".join(sorted(SUPPORTED_SUFFIXES))
        yield UnsupportedInputError(path, f"no reader for {suffix!r}; expected one of {expected}")
    else:
        yield path


def _walk(root: str) -> Iterator[str | InputError]:
    """Supported files under a folder, recursively, in sorted path order; hidden entries skipped."""
    problems: list[InputError] = []

    def note(err: OSError) -> None:
        problems.append(UnreadableInputError(err.filename or root, (err.strerror or "cannot be listed").lower()))

    found: list[tuple[tuple[str, ...], str]] = []
    for folder, dirnames, filenames in os.walk(root, onerror=note):
        dirnames[:] = sorted(name for name in dirnames if not name.startswith("."))
        for name in filenames:
            if name.startswith(".") or Path(name).suffix.lower() not in SUPPORTED_SUFFIXES:
                continue
            full = os.path.join(folder, name)
            if Path(name).suffix.lower() == ".json" and not _looks_like_articles(full):
                continue  # a data file beside the articles (a gold file, a config), like an unknown suffix
            found.append((Path(os.path.relpath(full, root)).parts, full))
    yield from problems
    yield from (full for _, full in sorted(found))


#: Keys of which a JSON object must have one to be taken for an article record.
ARTICLE_KEYS = frozenset({"id", "title", "text", "html", "url", "published", "articles", "outlet", "content", "body"})


def _looks_like_articles(path: str, *, peek: int = 1_000_000) -> bool:
    """Whether a ``.json`` file found in a folder holds article records.

    A JSON object whose keys say nothing of an article (``{"about": …, "documents": …}``) is
    a data file that happens to sit in the folder; it is left out of a folder walk, as files
    with unknown suffixes are. Named explicitly, every file is read and reported.
    """
    import json

    try:
        with open(path, "rb") as handle:
            data = handle.read(peek + 1)
        if len(data) > peek:
            return True  # too big to peek: let the reader decide and report
        value = json.loads(data.decode("utf-8-sig"))
    except (OSError, UnicodeDecodeError, ValueError, RecursionError):
        return True  # broken: the reader reports it
    if isinstance(value, dict):
        return bool(ARTICLE_KEYS & set(value))
    return True


def _duplicate(located: Located, seen: dict[str, str]) -> InputError | None:
    """The error for an article id already read in this batch; records the id otherwise."""
    article = located.article
    first = seen.get(article.article_id)
    if first is None:
        seen[article.article_id] = article.source
        return None
    reason = f"article id {article.article_id!r} was already read from {first}"
    return DuplicateInputError(article.source, reason, located.line)


def _skipped(err: InputError) -> Skipped:
    """The :class:`Skipped` record of an input error."""
    return Skipped(source=err.path, code=err.code, reason=err.reason, line=err.line)


__all__ = [
    "DEFAULT_MAX_BYTES",
    "STDIN",
    "SUPPORTED_SUFFIXES",
    "clean_text",
    "find_dateline",
    "read_articles",
    "read_path",
]
