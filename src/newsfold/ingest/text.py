"""The ``.txt`` reader: title on the first line, an optional dateline near the top, then the body."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

from newsfold.errors import EmptyInputError
from newsfold.ingest._bytes import Located, load_text
from newsfold.ingest.clean import (
    clean_text,
    is_furniture,
    normalize_whitespace,
    split_dateline,
)
from newsfold.ingest.html import headline_from_text
from newsfold.model import Article

#: A first line longer than this is prose, not a title.
MAX_TITLE_CHARS = 200


def split_title(text: str) -> tuple[str | None, str]:
    """Split off the title: the first non-empty line that is not furniture.

    When the first line is too long to be a title, or nothing follows it, there is no
    title line and the whole text is the body.

    :param text: the text, white space already normalized.
    :returns: ``(title or None, body)``.
    """
    lines = text.split("\n")
    for index, line in enumerate(lines):
        if not line.strip() or is_furniture(line):
            continue
        rest = "\n".join(lines[index + 1 :])
        if len(line.strip()) > MAX_TITLE_CHARS or not rest.strip() or _reads_as_prose(line):
            return None, text
        return line.strip(), rest
    return None, text


#: A first line of at least this many words that ends its sentence is the lead, not a headline.
PROSE_WORDS = 12


def _reads_as_prose(line: str) -> bool:
    """A full sentence, ended by a full stop: "A former employee walked into a staff party … and
    shot a man." Headlines are shorter or end without a stop."""
    stripped = line.strip()
    return len(stripped.split()) >= PROSE_WORDS and stripped.endswith(".") and not stripped.endswith("..")


def parse_text(text: str, *, source: str, article_id: str) -> Article:
    """Turn the plain text of one article into an :class:`Article`.

    :param text: the decoded file content.
    :param source: the path to record as the article's source.
    :param article_id: the id to give the article.
    :returns: the article, with its dateline (if any) as ``published``.
    :raises EmptyInputError: nothing but furniture in the text.
    """
    published, text = split_dateline(normalize_whitespace(text))
    title, body = split_title(text)
    cleaned = clean_text(body, title)
    if not cleaned:
        raise EmptyInputError(source, "no article text left after removing page furniture")
    return Article(
        article_id=article_id,
        source=source,
        title=title or headline_from_text(cleaned),
        text=cleaned,
        published=published,
    )


def read_text_file(path: str, *, max_bytes: int) -> Iterator[Located]:
    """Read one ``.txt`` file as one article (id: the file name without its extension).

    :param path: the file.
    :param max_bytes: the largest size accepted, in bytes.
    :returns: an iterator over the one article.
    :raises InputError: any of the coded input failures.
    """
    text = load_text(path, max_bytes=max_bytes)
    yield Located(parse_text(text, source=path, article_id=Path(path).stem))


__all__ = ["parse_text", "read_text_file", "split_title"]
