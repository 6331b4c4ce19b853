"""The ``.jsonl`` and ``.json`` readers: one article per JSON object.

Record fields: ``id``, ``title``, ``text`` or ``html``, ``url``, ``published`` (or ``date``),
``outlet`` (or ``source`` / ``site``), ``author``, ``language``.  Any other field is kept in
:attr:`Article.metadata` as ``(key, json.dumps(value, sort_keys=True))`` pairs sorted by key.
"""

from __future__ import annotations

import json
from collections.abc import Iterable, Iterator, Mapping
from pathlib import Path
from typing import Any

from newsfold.errors import EmptyInputError, InputError, MalformedInputError
from newsfold.ingest._bytes import (
    Item,
    Located,
    check_not_binary,
    decode_bytes,
    read_file_bytes,
    require_text,
)
from newsfold.ingest.clean import (
    clean_text,
    coerce_date,
    normalize_whitespace,
    parse_dateline,
    split_dateline,
    strip_invalid,
)
from newsfold.ingest.html import Extracted, extract_html, headline_from_text
from newsfold.model import Article

#: Keys read into :class:`Article` fields; everything else goes into ``metadata``.
_OUTLET_KEYS = ("outlet", "source", "site")
_DATE_KEYS = ("published", "date")
_KNOWN_KEYS = frozenset({"id", "title", "text", "html", "url", "author", "language", *_OUTLET_KEYS, *_DATE_KEYS})


def read_jsonl_bytes(data: bytes, *, source: str, stem: str) -> Iterator[Item]:
    """Read JSON Lines: one object per line; a bad line is an error item, the rest still yield.

    :param data: the raw bytes.
    :param source: the file name (or ``-``) to report.
    :param stem: the prefix of derived ids (``{stem}-{line}``).
    :returns: an iterator of located articles and per-line errors.
    :raises InputError: when the whole input is binary.
    """
    check_not_binary(data, source=source)
    seen_line = False
    for number, raw in enumerate(data.split(b"\n"), start=1):
        if not raw.strip():
            continue
        seen_line = True
        try:
            record = _decode_line(raw, source=source, line=number)
            yield Located(record_to_article(record, source=source, line=number, default_id=f"{stem}-{number}"), number)
        except InputError as err:
            yield err
    if not seen_line:
        yield EmptyInputError(source, "no JSON lines, only white space")


def _decode_line(raw: bytes, *, source: str, line: int) -> Mapping[str, Any]:
    """Decode and parse one JSON line into an object."""
    text = decode_bytes(raw, source=source, line=line, legacy=False)
    try:
        value = json.loads(text)
    except json.JSONDecodeError as err:
        raise MalformedInputError(source, f"broken JSON: {err.msg} (column {err.colno})", line) from err
    except (ValueError, RecursionError) as err:
        raise MalformedInputError(source, f"JSON that cannot be loaded: {err}", line) from err
    return _require_object(value, source=source, line=line)


def _require_object(value: object, *, source: str, line: int | None, what: str = "line") -> Mapping[str, Any]:
    """Refuse JSON values that are not objects."""
    if not isinstance(value, dict):
        raise MalformedInputError(source, f"the {what} is a JSON {type(value).__name__}, not an object", line)
    return value


def read_jsonl_file(path: str, *, max_bytes: int) -> Iterator[Item]:
    """Read a ``.jsonl`` file.

    :param path: the file.
    :param max_bytes: the largest size accepted, in bytes.
    :returns: an iterator of located articles and per-line errors.
    :raises InputError: when the whole file cannot be read.
    """
    data = read_file_bytes(path, max_bytes=max_bytes)
    return read_jsonl_bytes(data, source=path, stem=Path(path).stem)


def read_json_file(path: str, *, max_bytes: int) -> Iterator[Item]:
    """Read a ``.json`` file: one object, a list of objects, or ``{"articles": [...]}``.

    Records are numbered from 1 in the order they appear; derived ids are ``{stem}-{n}``.

    :param path: the file.
    :param max_bytes: the largest size accepted, in bytes.
    :returns: an iterator of located articles and per-record errors.
    :raises InputError: when the whole file cannot be read or parsed.
    """
    data = read_file_bytes(path, max_bytes=max_bytes)
    check_not_binary(data, source=path)
    text = require_text(decode_bytes(data, source=path), source=path)
    try:
        value = json.loads(text)
    except json.JSONDecodeError as err:
        raise MalformedInputError(path, f"broken JSON: {err.msg} (column {err.colno})", err.lineno) from err
    except (ValueError, RecursionError) as err:
        raise MalformedInputError(path, f"JSON that cannot be loaded: {err}") from err
    return _records(_record_list(value, source=path), source=path, stem=Path(path).stem)


def _record_list(value: object, *, source: str) -> list[object]:
    """The records of a parsed ``.json`` file."""
    if isinstance(value, dict) and isinstance(value.get("articles"), list):
        return list(value["articles"])
    if isinstance(value, dict):
        return [value]
    if isinstance(value, list):
        return value
    raise MalformedInputError(source, f"expected an object or a list of objects, found a JSON {type(value).__name__}")


def _records(values: Iterable[object], *, source: str, stem: str) -> Iterator[Item]:
    """Turn the records of a ``.json`` file into articles; a bad record is an error item."""
    for number, value in enumerate(values, start=1):
        try:
            record = _require_object(value, source=source, line=None, what=f"record {number}")
            article = record_to_article(record, source=source, line=None, default_id=f"{stem}-{number}", index=number)
            yield Located(article)
        except InputError as err:
            yield err


def record_to_article(
    record: Mapping[str, Any],
    *,
    source: str,
    line: int | None,
    default_id: str,
    index: int | None = None,
) -> Article:
    """Build an article from one JSON record.

    :param record: the parsed JSON object.
    :param source: the file name (or ``-``) to record as the article's source.
    :param line: the 1-based line of the record, for JSON Lines.
    :param default_id: the id to use when the record has none.
    :param index: the record's position, for messages about ``.json`` records.
    :returns: the article.
    :raises EmptyInputError: the record has neither ``text`` nor ``html`` (or they are blank).
    :raises MalformedInputError: a field has the wrong type.
    """
    where = _Where(source, line, index)
    title = where.string(record, "title")
    title_date = parse_dateline(title) if title else None
    if title_date is not None:
        title = None  # a scraped "title" that is only the page's date line ("Posted 12/19/2005 3:36 PM")
    found = _body(record, where, title)
    extras = dict(_extra_fields(record))
    raw_date = where.first(record, _DATE_KEYS, raw=True)
    published = coerce_date(raw_date) if raw_date is not None else None
    if raw_date is not None and published is None:
        extras["published"] = json.dumps(raw_date, sort_keys=True)  # kept, not lost
    return Article(
        article_id=where.identifier(record, default_id),
        source=source,
        title=title or found.title or headline_from_text(found.text),
        text=found.text,
        url=where.string(record, "url") or found.url,
        outlet=where.outlet(record) or found.sitename,
        published=published or found.published or title_date,
        author=where.string(record, "author") or found.author,
        language=where.string(record, "language") or "en",
        metadata=tuple(sorted(extras.items())),
    )


def _body(record: Mapping[str, Any], where: _Where, title: str | None) -> Extracted:
    """The record's cleaned text (from ``text``, else ``html``) and what the HTML says about it."""
    body = where.string(record, "text")
    if body and body.strip():
        dateline, rest = split_dateline(normalize_whitespace(body))
        text = clean_text(rest, title)
        require_text(text, source=where.source, line=where.line, what=f"{where.name()} (after removing furniture)")
        return Extracted(text=text, published=dateline)
    markup = where.string(record, "html")
    if markup and markup.strip():
        return extract_html(markup, source=where.source, line=where.line, title=title)
    raise EmptyInputError(where.source, f"{where.name()} has no 'text' or 'html'", where.line)


def _extra_fields(record: Mapping[str, Any]) -> Iterator[tuple[str, str]]:
    """Fields newsfold does not map to an :class:`Article` attribute, as JSON text."""
    for key, value in record.items():
        if key not in _KNOWN_KEYS:
            yield str(key), json.dumps(value, sort_keys=True)


class _Where:
    """Field access for one record, with errors that say where the record is."""

    def __init__(self, source: str, line: int | None, index: int | None) -> None:
        self.source, self.line, self.index = source, line, index

    def name(self) -> str:
        """The record, in words."""
        if self.index is not None:
            return f"record {self.index}"
        return "the record"

    def string(self, record: Mapping[str, Any], key: str) -> str | None:
        """A text field: strings as they are, numbers as text, blanks as ``None``."""
        value = record.get(key)
        if value is None:
            return None
        if isinstance(value, bool) or not isinstance(value, (str, int, float)):
            raise MalformedInputError(
                self.source, f"{self.name()}: field {key!r} should be a string, not {type(value).__name__}", self.line
            )
        text = strip_invalid(value if isinstance(value, str) else str(value))
        if key in {"text", "html"}:
            return text
        return " ".join(text.split()) or None

    def first(self, record: Mapping[str, Any], keys: Iterable[str], *, raw: bool = False) -> Any:
        """The first present field among ``keys`` (as text, or the raw JSON value)."""
        for key in keys:
            if record.get(key) is not None:
                return record[key] if raw else self.string(record, key)
        return None

    def outlet(self, record: Mapping[str, Any]) -> str | None:
        """The outlet: ``outlet``, ``source`` or ``site``; ``{"name": …}`` objects are accepted."""
        for key in _OUTLET_KEYS:
            value = record.get(key)
            if isinstance(value, dict):
                value = value.get("name")
            if value is not None:
                return self.string({key: value}, key)
        return None

    def identifier(self, record: Mapping[str, Any], default: str) -> str:
        """The record's id, or ``default`` when it has none."""
        value = self.string(record, "id")
        return " ".join(value.split()) if value else default


__all__ = ["read_json_file", "read_jsonl_bytes", "read_jsonl_file", "record_to_article"]
