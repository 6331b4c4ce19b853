"""The RSS / Atom reader (``.rss``, ``.atom``, ``.xml``, ``.feed``): one article per entry.

feedparser only ever sees the file's *bytes*, wrapped in a stream: given a string it would
fetch URLs or open local paths named by the content.
"""

from __future__ import annotations

import html as html_lib
import io
import time
from collections.abc import Iterator, Mapping
from datetime import date
from typing import Any

import feedparser

from newsfold.errors import EmptyInputError, InputError, MalformedInputError
from newsfold.ids import content_hash
from newsfold.ingest._bytes import Item, Located, check_not_binary, read_file_bytes
from newsfold.ingest.clean import (
    clean_text,
    normalize_whitespace,
    split_dateline,
    strip_invalid,
)
from newsfold.ingest.html import headline_from_text, html_fragment_to_text
from newsfold.model import Article

_HTML_TYPES = frozenset({"text/html", "application/xhtml+xml", "html", "xhtml"})


def parse_feed_bytes(data: bytes, *, source: str) -> Iterator[Item]:
    """Parse an RSS or Atom document; entries without text are error items, the rest yield.

    A broken feed (feedparser's ``bozo`` flag) is refused as a whole only when it yields no
    article at all; otherwise its readable entries are kept.

    :param data: the raw bytes of the feed.
    :param source: the file name to report and record.
    :returns: an iterator of located articles and per-entry errors (entries are named by number).
    :raises MalformedInputError: the feed is broken and has no readable entry.
    :raises EmptyInputError: the feed parses but holds no entries.
    """
    check_not_binary(data, source=source)
    parsed = _feedparser(data, source=source)
    entries = list(parsed.get("entries") or [])
    outlet = _plain(parsed.get("feed", {}).get("title"))
    items = list(_entry_items(entries, source=source, outlet=outlet))
    if parsed.get("bozo") and not any(isinstance(item, Located) for item in items):
        problem = parsed.get("bozo_exception")
        raise MalformedInputError(source, f"not a readable RSS/Atom feed: {problem or 'parse error'}")
    if not entries:
        raise EmptyInputError(source, "the feed has no entries")
    yield from items


def _feedparser(data: bytes, *, source: str) -> feedparser.FeedParserDict:
    """Run feedparser on bytes (as a stream: never a URL or a path)."""
    try:
        return feedparser.parse(io.BytesIO(data), sanitize_html=True, resolve_relative_uris=False)
    except ValueError as err:  # e.g. UnicodeEncodeError on "&#xD800;" in feedparser's loose parser
        raise MalformedInputError(source, f"feedparser could not parse the feed: {type(err).__name__}: {err}") from err


def _entry_items(entries: list[Mapping[str, Any]], *, source: str, outlet: str | None) -> Iterator[Item]:
    """One article or entry error per feed entry."""
    for number, entry in enumerate(entries, start=1):
        try:
            yield Located(entry_to_article(entry, source=source, outlet=outlet, number=number), None)
        except InputError as err:
            yield err


def entry_to_article(entry: Mapping[str, Any], *, source: str, outlet: str | None, number: int) -> Article:
    """Build an article from one feed entry.

    The id is :func:`~newsfold.ids.content_hash` of the entry's id/guid, else of its link,
    else of its title and text.

    :param entry: a feedparser entry.
    :param source: the feed file, recorded as the article's source.
    :param outlet: the feed's title.
    :param number: the entry's position in the feed (1-based), for messages.
    :returns: the article.
    :raises EmptyInputError: the entry has no text.
    """
    title = _plain(entry.get("title"))
    raw = _entry_body(entry)
    dateline, body = split_dateline(raw)
    text = clean_text(body, title)
    if not text:
        label = f" ({title})" if title else ""
        raise EmptyInputError(source, f"entry {number}{label} has no text")
    link = _plain(entry.get("link"))
    key = _plain(entry.get("id")) or link
    return Article(
        article_id=content_hash(key) if key else content_hash(title or "", text),
        source=source,
        title=title or headline_from_text(text),
        text=text,
        url=link,
        outlet=outlet,
        published=_entry_date(entry) or dateline,
        author=_plain(entry.get("author")),
    )


def _entry_body(entry: Mapping[str, Any]) -> str:
    """The entry's full content when present, else its summary, as plain text."""
    for part in entry.get("content") or []:
        text = _part_text(part.get("value"), part.get("type"))
        if text.strip():
            return text
    detail = entry.get("summary_detail") or {}
    return _part_text(entry.get("summary"), detail.get("type", "text/html"))


def _part_text(value: object, kind: object) -> str:
    """Plain text of one content part, whatever its declared type."""
    if not isinstance(value, str):
        return ""
    if isinstance(kind, str) and kind.lower() not in _HTML_TYPES and "<" not in value:
        return normalize_whitespace(html_lib.unescape(value))
    return html_fragment_to_text(value)


def _entry_date(entry: Mapping[str, Any]) -> date | None:
    """The entry's published date, else its updated date."""
    for key in ("published_parsed", "updated_parsed", "created_parsed"):
        value = entry.get(key)
        if isinstance(value, time.struct_time):
            try:
                return date(value.tm_year, value.tm_mon, value.tm_mday)
            except ValueError:
                continue
    return None


def _plain(value: object) -> str | None:
    """A feed string with markup removed and white space collapsed, or ``None``."""
    if not isinstance(value, str):
        return None
    text = html_fragment_to_text(value) if "<" in value else html_lib.unescape(value)
    return " ".join(strip_invalid(text).split()) or None


def read_feed_file(path: str, *, max_bytes: int) -> Iterator[Item]:
    """Read an RSS/Atom file.

    :param path: the feed file.
    :param max_bytes: the largest size accepted, in bytes.
    :returns: an iterator of located articles and per-entry errors.
    :raises InputError: when the whole file cannot be read or parsed.
    """
    data = read_file_bytes(path, max_bytes=max_bytes)
    return parse_feed_bytes(data, source=path)


__all__ = ["entry_to_article", "parse_feed_bytes", "read_feed_file"]
