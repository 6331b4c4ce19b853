"""JSON shapes of single records, exactly as the fold of CONTRACT.md writes them.

Each record goes through :func:`newsfold.export.fold_to_dict` (on a fold holding only that
record), so the API and ``fold.json`` can never disagree about a field.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Mapping
from typing import Any

from newsfold.export import fold_to_dict
from newsfold.model import Article, Conflict, Entity, Event, Fold, Story

__all__ = [
    "article_dict",
    "cited_spans",
    "conflict_dict",
    "entity_dict",
    "event_dict",
    "story_dict",
]


def _fold(**records: Any) -> dict[str, Any]:
    parts: dict[str, Any] = {"articles": (), "stories": (), "topics": (), "entities": (), "events": (), "conflicts": ()}
    parts.update(records)
    return fold_to_dict(Fold(**parts))


def story_dict(story: Story) -> dict[str, Any]:
    """A story as in the fold's ``stories``."""
    result: dict[str, Any] = _fold(stories=(story,))["stories"][0]
    return result


def event_dict(event: Event) -> dict[str, Any]:
    """An event as in the fold's ``events`` (or ``plots`` for one that did not happen)."""
    data = _fold(events=(event,))
    result: dict[str, Any] = (data["events"] or data["plots"])[0]
    return result


def entity_dict(entity: Entity) -> dict[str, Any]:
    """An entity as in the fold's ``entities``."""
    result: dict[str, Any] = _fold(entities=(entity,))["entities"][0]
    return result


def conflict_dict(conflict: Conflict) -> dict[str, Any]:
    """A conflict as in the fold's ``conflicts``."""
    result: dict[str, Any] = _fold(conflicts=(conflict,))["conflicts"][0]
    return result


def article_dict(article: Article, story: str | None) -> dict[str, Any]:
    """A document as in the fold's ``documents`` (its story given by the caller)."""
    result: dict[str, Any] = _fold(articles=(article,))["documents"][0]
    result["story"] = story
    return result


def cited_spans(
    article: Article,
    events: Iterable[Mapping[str, Any]],
    conflicts: Iterable[Mapping[str, Any]] = (),
    stories: Iterable[Mapping[str, Any]] = (),
) -> list[dict[str, Any]]:
    """Every stretch of an article's text that the fold cites, sorted by position.

    - ``event``: an event mention in this document (its character offsets);
    - ``conflict``: a quote of a conflict value attributed to this document;
    - ``brief``: a sentence of a story brief that cites this document.

    Quotes and brief sentences carry no offsets in the fold; they are located in the text
    (first occurrence, white space compared loosely) and left out when not found.

    :param article: the document.
    :param events: event dicts (as :func:`event_dict` gives) that cite the document.
    :param conflicts: conflict dicts that may quote it.
    :param stories: story dicts whose brief may cite it.
    :returns: ``[{"start", "end", "text", "kind", "ref"}]``.
    """
    doc, body = article.article_id, article.text
    spans: dict[tuple[int, int, str, str], dict[str, Any]] = {}

    def add(start: int, end: int, kind: str, ref: str) -> None:
        if 0 <= start < end <= len(body):
            spans.setdefault((start, end, kind, ref), {"start": start, "end": end, "text": body[start:end], "kind": kind, "ref": ref})

    for ev in events:
        for m in ev.get("mentions", ()):
            if m.get("document") == doc:
                add(int(m["start"]), int(m["end"]), "event", str(ev["id"]))
    for c in conflicts:
        for value in c.get("values", ()):
            if doc in value.get("documents", ()):
                for quote in value.get("quotes", ()):
                    found = _locate(body, str(quote))
                    if found is not None:
                        add(found[0], found[1], "conflict", str(c.get("id")))
    for s in stories:
        for sentence in s.get("brief", ()):
            if doc in sentence.get("documents", ()):
                found = _locate(body, str(sentence.get("text", "")))
                if found is not None:
                    add(found[0], found[1], "brief", str(s.get("id")))
    return sorted(spans.values(), key=lambda s: (s["start"], s["end"], s["kind"], s["ref"]))


def _locate(body: str, snippet: str) -> tuple[int, int] | None:
    """Where ``snippet`` occurs in ``body``, with any run of white space matching any other."""
    words = snippet.split()
    if not words:
        return None
    at = body.find(snippet)
    if at >= 0:
        return at, at + len(snippet)
    pattern = r"\s+".join(re.escape(w) for w in words)
    found = re.search(pattern, body)
    return None if found is None else (found.start(), found.end())
