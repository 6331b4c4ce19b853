"""The ``.html`` / ``.htm`` reader, and HTML-to-text helpers shared with the JSON and feed readers.

Whole pages go through :func:`trafilatura.bare_extraction` (main text plus metadata);
small fragments such as feed entries go through :func:`html_fragment_to_text`.
"""

from __future__ import annotations

import html as html_lib
import re
from collections.abc import Iterator
from dataclasses import dataclass
from datetime import date
from pathlib import Path

import lxml.etree
import lxml.html
import trafilatura
from trafilatura.settings import Document

from newsfold.errors import EmptyInputError, MalformedInputError
from newsfold.ingest._bytes import (
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
    split_dateline,
    strip_invalid,
)
from newsfold.model import Article

#: Block-level elements after which a fragment's text gets a paragraph break.
_BLOCKS = frozenset(
    {"p", "div", "br", "li", "ul", "ol", "h1", "h2", "h3", "h4", "h5", "h6", "blockquote", "pre", "table", "tr"}
    | {"section", "article", "header", "footer", "figure", "figcaption"}
)
_DROP = ("script", "style", "noscript", "template", "iframe", "object", "embed", "svg")
_TITLE = re.compile(r"<title[^>]*>(.*?)</title\s*>", re.IGNORECASE | re.DOTALL)
_TAG = re.compile(r"<[^>]*>")
_DOCUMENT = re.compile(r"<\s*(?:html|body)\b", re.IGNORECASE)
_XML_DECLARATION = re.compile(r"^\s*<\?xml[^>]*\?>", re.IGNORECASE)


@dataclass(frozen=True, slots=True)
class Extracted:
    """What trafilatura found in one HTML page: cleaned main text and metadata."""

    text: str
    title: str | None = None
    published: date | None = None
    author: str | None = None
    sitename: str | None = None
    url: str | None = None


def extract_html(markup: str, *, source: str, line: int | None = None, title: str | None = None) -> Extracted:
    """Extract the main text and metadata of an HTML page (or fragment) with trafilatura.

    The text is cleaned with :func:`~newsfold.ingest.clean.clean_text` (paragraphs separated
    by blank lines, furniture and a repeated title removed); a dateline at the top becomes
    the date when the page metadata has none.

    :param markup: the HTML.
    :param source: the name to report in errors.
    :param line: the line to report, for line-oriented inputs.
    :param title: a known title (from a JSON record), preferred over the page's own.
    :returns: the extracted text and metadata.
    :raises EmptyInputError: trafilatura finds no text.
    """
    page = markup if _DOCUMENT.search(markup) else f"<html><body>{markup}</body></html>"
    document = _bare_extraction(page, source=source, line=line)
    if document is None or not (document.text or "").strip():
        raise EmptyInputError(source, "no article text could be extracted from the HTML", line)
    title = title or _clean_field(document.title) or title_from_markup(markup)
    dateline, body = split_dateline(_paragraph_breaks(document.text or ""))
    text = clean_text(body, title)
    require_text(text, source=source, line=line, what="the HTML")
    return Extracted(
        text=text,
        title=title,
        published=coerce_date(document.date) or dateline,
        author=_clean_field(document.author),
        sitename=_clean_field(document.sitename),
        url=_clean_field(document.url),
    )


def _bare_extraction(markup: str, *, source: str, line: int | None) -> Document | None:
    """Run trafilatura on one page; ``None`` when it finds nothing."""
    result = trafilatura.bare_extraction(
        markup,
        with_metadata=True,
        include_comments=False,
        include_tables=True,
        include_images=False,
        include_links=False,
    )
    if result is None or isinstance(result, Document):
        return result
    raise MalformedInputError(source, f"unexpected trafilatura result of type {type(result).__name__}", line)


def _paragraph_breaks(text: str) -> str:
    """trafilatura separates paragraphs with one newline; newsfold uses a blank line."""
    return "\n\n".join(line for line in normalize_whitespace(text).split("\n") if line.strip())


def _clean_field(value: object) -> str | None:
    """A metadata string with white space collapsed, or ``None`` when blank or not a string."""
    if not isinstance(value, str):
        return None
    return " ".join(strip_invalid(value).split()) or None


def title_from_markup(markup: str) -> str | None:
    """The text of the page's ``<title>`` element, if any.

    :param markup: the HTML.
    :returns: the title with entities decoded and white space collapsed, or ``None``.
    """
    match = _TITLE.search(markup)
    if not match:
        return None
    return _clean_field(html_lib.unescape(_TAG.sub("", match.group(1))))


def headline_from_text(text: str, *, limit: int = 100) -> str:
    """A stand-in title: the first line of the text, shortened at a word boundary.

    :param text: a non-blank text.
    :param limit: the longest headline, in characters.
    :returns: the headline (ending with "…" when shortened).
    """
    first = next((line.strip() for line in text.split("\n") if line.strip()), "")
    if len(first) <= limit:
        return first
    cut = first[:limit].rsplit(" ", 1)[0].rstrip(" ,;:")
    return f"{cut or first[:limit]}…"


def html_fragment_to_text(fragment: str) -> str:
    """Plain text of a small HTML fragment (a feed entry), paragraphs separated by blank lines.

    :param fragment: HTML, or plain text with entities.
    :returns: the text, white space normalized (possibly empty).
    """
    fragment = _XML_DECLARATION.sub("", fragment)
    if not fragment.strip():
        return ""
    try:
        root = lxml.html.fragment_fromstring(fragment, create_parent="div")
    except (lxml.etree.ParserError, ValueError):
        return normalize_whitespace(html_lib.unescape(_TAG.sub(" ", fragment)))
    for element in list(root.iter(*_DROP)):
        element.drop_tree()
    for element in root.iter():
        tag = element.tag.lower() if isinstance(element.tag, str) else ""
        if tag in _BLOCKS:
            element.tail = ("\n" if tag == "br" else "\n\n") + (element.tail or "")
    text = root.text_content()
    text = re.sub(r"[ \t\u00a0]+", " ", text)
    return normalize_whitespace(re.sub(r"[ \t]*\n[ \t]*", "\n", text))


def read_html_file(path: str, *, max_bytes: int) -> Iterator[Located]:
    """Read one HTML page as one article (id: the file name without its extension).

    :param path: the ``.html`` / ``.htm`` file.
    :param max_bytes: the largest size accepted, in bytes.
    :returns: an iterator over the one article.
    :raises InputError: any of the coded input failures.
    """
    data = read_file_bytes(path, max_bytes=max_bytes)
    check_not_binary(data, source=path)
    markup = require_text(decode_bytes(data, source=path), source=path)
    extracted = extract_html(markup, source=path)
    yield Located(
        Article(
            article_id=Path(path).stem,
            source=path,
            title=extracted.title or headline_from_text(extracted.text),
            text=extracted.text,
            url=extracted.url,
            outlet=extracted.sitename,
            published=extracted.published,
            author=extracted.author,
        )
    )


__all__ = [
    "Extracted",
    "extract_html",
    "headline_from_text",
    "html_fragment_to_text",
    "read_html_file",
    "title_from_markup",
]
