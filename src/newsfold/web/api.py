"""The JSON API under ``/api``: stories, events, entities, conflicts, documents, search, ingest.

Lists take ``limit`` (1–200, default 50) and ``offset`` and answer
``{"total", "limit", "offset", "items"}``; records have the fold's shapes (CONTRACT.md).
Unknown query parameters and unknown body fields are refused with 422.
"""

from __future__ import annotations

import threading
from collections.abc import Callable
from datetime import date
from typing import Annotated, Any, Generic, Literal, TypeVar

from fastapi import APIRouter, Body, HTTPException, Path, Query, Request
from fastapi.responses import JSONResponse
from pydantic import BaseModel, ConfigDict, Field

from newsfold.errors import InputError
from newsfold.model import EventKind, EventStatus
from newsfold.store import Page, Store
from newsfold.web.shapes import (
    article_dict,
    cited_spans,
    conflict_dict,
    entity_dict,
    event_dict,
    story_dict,
)

__all__ = ["ApiState", "MAX_ARTICLES_PER_REQUEST", "build_router"]

T = TypeVar("T")

#: The most articles one ingest request may hold.
MAX_ARTICLES_PER_REQUEST = 1000
_MAX_TEXT = 2_000_000
_DATE = r"^\d{4}(-(0[1-9]|1[0-2])(-(0[1-9]|[12]\d|3[01]))?)?$"
_ID = r"^[A-Za-z0-9][A-Za-z0-9._:@+~-]{0,199}$"


class ApiState:
    """What the routes share: the store, how to get the NLP pipeline, and the ingest lock."""

    def __init__(self, store: Store, nlp: Callable[[], Any], settings: Any) -> None:
        self.store = store
        self.nlp = nlp
        self.settings = settings
        self.ingest_lock = threading.Lock()


# ---------------------------------------------------------------------------- models


class _Out(BaseModel):
    """Response records: the fold may grow fields, and they are passed on."""

    model_config = ConfigDict(extra="allow")


class ErrorDetail(BaseModel):
    code: str = Field(description="A stable error code: not_found, validation_error, payload_too_large, …")
    message: str = Field(description="What went wrong, in words.")


class ErrorOut(BaseModel):
    """The one shape of every error."""

    ok: Literal[False]
    error: ErrorDetail
    status: int = Field(description="The HTTP status, repeated.")


class Count(_Out):
    value: float
    what: str
    qualifier: str | None = None


class MentionOut(_Out):
    document: str
    start: int
    end: int
    text: str


class EventOut(_Out):
    id: str
    type: str
    plover: str | None
    plover_mode: str | None = None
    date: str | None
    locations: list[str]
    countries: list[str]
    count: Count | None
    actors: list[str]
    targets: list[str]
    documents: list[str]
    mentions: list[MentionOut]
    confidence: float
    status: str = "asserted"


class EntityOut(_Out):
    id: str
    name: str
    type: str
    aliases: list[str]
    documents: list[str]
    mentions: int
    lat: float | None
    lon: float | None
    country: str | None


class ConflictValueOut(_Out):
    value: float | str
    documents: list[str]
    quotes: list[str]
    qualifier: str | None = None
    date: str | None = None


class ConflictOut(_Out):
    id: str
    event: str | None
    subject: str
    attribute: str
    kind: str
    values: list[ConflictValueOut]


class BriefSentenceOut(_Out):
    text: str
    documents: list[str]


class StoryOut(_Out):
    id: str
    title: str
    documents: list[str]
    topic: str | None
    first_seen: str | None
    last_seen: str | None
    brief: list[BriefSentenceOut]


class DocumentOut(_Out):
    id: str
    title: str
    url: str | None
    outlet: str | None
    published: str | None
    language: str
    story: str | None
    copy_of: str | None = None


class CitedSpan(_Out):
    start: int
    end: int
    text: str
    kind: Literal["event", "conflict", "brief"]
    ref: str = Field(description="The event, conflict or story that cites this stretch.")


class DocumentDetail(DocumentOut):
    text: str
    spans: list[CitedSpan]


class SearchHitOut(_Out):
    id: str
    title: str
    outlet: str | None
    published: str | None
    story: str | None
    score: float
    snippet: str = Field(description="Plain text around the first match (not HTML).")


class PageOut(BaseModel, Generic[T]):
    total: int = Field(description="How many records match in all.")
    limit: int
    offset: int
    items: list[T]


class StoryDetail(BaseModel):
    story: StoryOut
    documents: list[DocumentOut]
    events: list[EventOut] = Field(description="Events reported by the story's documents.")
    plots: list[EventOut] = Field(description="Planned, denied or hypothetical events in them.")
    conflicts: list[ConflictOut]
    entities: list[EntityOut] = Field(description="Entities named in the story's documents.")


class EntityDetail(BaseModel):
    entity: EntityOut
    events: list[EventOut] = Field(description="Events whose places, actors or targets name it.")
    documents: list[DocumentOut]


class SkippedOut(BaseModel):
    id: str
    code: str
    reason: str


class IngestResult(BaseModel):
    ok: Literal[True]
    received: int
    analysed: int
    unchanged: int
    skipped: list[SkippedOut]
    articles: int
    stories: int
    events: int
    entities: int
    conflicts: int


class HealthOut(BaseModel):
    ok: bool
    articles: int
    migrations: list[str]


class ArticleIn(BaseModel):
    """One article to ingest (the fields of a JSON Lines record)."""

    model_config = ConfigDict(extra="forbid")

    id: str = Field(pattern=_ID, description="Unique id: letters, digits and . _ : @ + ~ - (at most 200).")
    title: str | None = Field(default=None, max_length=2000)
    text: str = Field(min_length=1, max_length=_MAX_TEXT)
    url: str | None = Field(default=None, max_length=4000)
    published: date | None = Field(default=None, description="Publication date, YYYY-MM-DD.")
    outlet: str | None = Field(default=None, max_length=500)


class _Paging(BaseModel):
    model_config = ConfigDict(extra="forbid")

    limit: int = Field(default=50, ge=1, le=200)
    offset: int = Field(default=0, ge=0, le=1_000_000_000)


class StoryQuery(_Paging):
    q: str | None = Field(default=None, min_length=1, max_length=500, description="Words to search for.")
    document: str | None = Field(default=None, max_length=500, description="Only the story holding this document.")


class EventQuery(_Paging):
    type: EventKind | None = None
    status: EventStatus | None = None
    place: str | None = Field(default=None, min_length=1, max_length=300, description="A place name or alias.")
    country: str | None = Field(default=None, pattern=r"^[A-Za-z]{2}$", description="ISO 3166-1 alpha-2.")
    entity: str | None = Field(default=None, min_length=1, max_length=300, description="An entity id.")
    date_from: str | None = Field(default=None, pattern=_DATE, description="YYYY, YYYY-MM or YYYY-MM-DD.")
    date_to: str | None = Field(default=None, pattern=_DATE, description="YYYY, YYYY-MM or YYYY-MM-DD (inclusive).")
    document: str | None = Field(default=None, max_length=500, description="Events reported by this document.")


class EntityQuery(_Paging):
    q: str | None = Field(default=None, min_length=1, max_length=300, description="Text in the name or an alias.")
    type: str | None = Field(default=None, min_length=1, max_length=40, description="PERSON, ORG, GPE, …")


class ConflictQuery(_Paging):
    kind: Literal["hard", "soft"] | None = None
    event: str | None = Field(default=None, max_length=300)


class SearchQuery(_Paging):
    q: str = Field(min_length=1, max_length=500, description="Words that must all occur (stemmed).")
    limit: int = Field(default=20, ge=1, le=200)


class DocumentQuery(_Paging):
    pass


_ERRORS: dict[int | str, dict[str, Any]] = {
    status: {"model": ErrorOut, "description": text}
    for status, text in (
        (400, "Malformed request body (not decodable)"),
        (404, "Not found"),
        (413, "Request too large"),
        (422, "Invalid request (unknown fields included)"),
        (500, "Internal error"),
        (503, "Database or NLP model not available"),
    )
}

_IdPath = Annotated[str, Path(min_length=1, max_length=500)]


def _page(page: Page[Any], convert: Callable[[Any], dict[str, Any]]) -> JSONResponse:
    return JSONResponse(
        {"total": page.total, "limit": page.limit, "offset": page.offset, "items": [convert(x) for x in page.items]}
    )


def _state(request: Request) -> ApiState:
    state: ApiState = request.app.state.newsfold
    return state


def _not_found(what: str, key: str) -> HTTPException:
    return HTTPException(status_code=404, detail=f"no {what} {key!r}")


# ---------------------------------------------------------------------------- routes


def build_router() -> APIRouter:
    """The ``/api`` routes."""
    router = APIRouter(prefix="/api", responses=_ERRORS)

    @router.get("/health", response_model=HealthOut, summary="Whether the store answers")
    def health(request: Request) -> JSONResponse:
        store = _state(request).store
        return JSONResponse({"ok": True, "articles": store.count_articles(), "migrations": list(store.applied_migrations())})

    @router.get("/stories", response_model=PageOut[StoryOut], summary="List or search stories")
    def list_stories(request: Request, query: Annotated[StoryQuery, Query()]) -> JSONResponse:
        """Stories, biggest first; with ``q``, those holding an article that matches, best first."""
        page = _state(request).store.find_stories(
            query=query.q, document=query.document, limit=query.limit, offset=query.offset
        )
        return _page(page, story_dict)

    @router.get("/stories/{story_id}", response_model=StoryDetail, summary="One story with its events, conflicts and sources")
    def get_story(request: Request, story_id: _IdPath) -> JSONResponse:
        return JSONResponse(story_detail(_state(request).store, story_id))

    @router.get("/events", response_model=PageOut[EventOut], summary="Events, filtered")
    def list_events(request: Request, query: Annotated[EventQuery, Query()]) -> JSONResponse:
        """Events by date (undated last); filters by type, status, place, country, entity, dates, document."""
        page = _state(request).store.find_events(
            type=query.type.value if query.type else None,
            status=query.status.value if query.status else None,
            place=query.place,
            country=query.country,
            entity=query.entity,
            date_from=query.date_from,
            date_to=query.date_to,
            documents=[query.document] if query.document is not None else None,
            limit=query.limit,
            offset=query.offset,
        )
        return _page(page, event_dict)

    @router.get("/events/{event_id}", response_model=EventOut, summary="One event")
    def get_event(request: Request, event_id: _IdPath) -> JSONResponse:
        event = _state(request).store.get_event(event_id)
        if event is None:
            raise _not_found("event", event_id)
        return JSONResponse(event_dict(event))

    @router.get("/entities", response_model=PageOut[EntityOut], summary="Entities with their aliases")
    def list_entities(request: Request, query: Annotated[EntityQuery, Query()]) -> JSONResponse:
        """Entities, most mentioned first; ``q`` matches the name or any alias."""
        page = _state(request).store.find_entities(query=query.q, type=query.type, limit=query.limit, offset=query.offset)
        return _page(page, entity_dict)

    @router.get("/entities/{entity_id}", response_model=EntityDetail, summary="One entity with its events")
    def get_entity(request: Request, entity_id: _IdPath) -> JSONResponse:
        return JSONResponse(entity_detail(_state(request).store, entity_id))

    @router.get("/conflicts", response_model=PageOut[ConflictOut], summary="Where the sources disagree")
    def list_conflicts(request: Request, query: Annotated[ConflictQuery, Query()]) -> JSONResponse:
        page = _state(request).store.find_conflicts(
            kind=query.kind, events=[query.event] if query.event is not None else None, limit=query.limit, offset=query.offset
        )
        return _page(page, conflict_dict)

    @router.get("/conflicts/{conflict_id}", response_model=ConflictOut, summary="One conflict")
    def get_conflict(request: Request, conflict_id: _IdPath) -> JSONResponse:
        conflict = _state(request).store.get_conflict(conflict_id)
        if conflict is None:
            raise _not_found("conflict", conflict_id)
        return JSONResponse(conflict_dict(conflict))

    @router.get("/documents", response_model=PageOut[DocumentOut], summary="Documents (articles), by id")
    def list_documents(request: Request, query: Annotated[DocumentQuery, Query()]) -> JSONResponse:
        store = _state(request).store
        page = store.list_articles(limit=query.limit, offset=query.offset)
        owners = store.story_ids_of(a.article_id for a in page.items)
        return _page(page, lambda a: article_dict(a, owners.get(a.article_id)))

    @router.get("/documents/{document_id}", response_model=DocumentDetail, summary="One document: text and the spans cited")
    def get_document(request: Request, document_id: _IdPath) -> JSONResponse:
        return JSONResponse(document_detail(_state(request).store, document_id))

    @router.get("/search", response_model=PageOut[SearchHitOut], summary="Full-text search over the articles")
    def search(request: Request, query: Annotated[SearchQuery, Query()]) -> JSONResponse:
        """Every word must occur (stemmed); best match first. SQLite FTS5 or PostgreSQL tsvector."""
        store = _state(request).store
        page = store.search_articles(query.q, limit=query.limit, offset=query.offset)
        owners = store.story_ids_of(h.article_id for h in page.items)
        return _page(page, lambda h: {
            "id": h.article_id, "title": h.title, "outlet": h.outlet, "published": h.published,
            "story": owners.get(h.article_id), "score": h.score, "snippet": h.snippet,
        })  # fmt: skip

    @router.post(
        "/articles",
        response_model=IngestResult,
        summary="Ingest articles and fold them in",
        description=(
            "A JSON list of articles (at most "
            f"{MAX_ARTICLES_PER_REQUEST}; the whole request is size-limited). New or changed articles "
            "are analysed, then the corpus (stories, entities, events, conflicts) is rebuilt. A record "
            "that cannot be read (for example no text left after removing page furniture) is listed "
            "under `skipped` and the rest are folded. Unknown fields are refused with 422; two records "
            "with one id, with 409."
        ),
        responses={409: {"model": ErrorOut, "description": "Two records of the request have the same id."}},
    )
    def ingest(
        request: Request,
        articles: Annotated[list[ArticleIn], Body(min_length=1, max_length=MAX_ARTICLES_PER_REQUEST)],
    ) -> JSONResponse:
        return JSONResponse(run_ingest(_state(request), articles))

    return router


# ---------------------------------------------------------------------------- details


def story_detail(store: Store, story_id: str) -> dict[str, Any]:
    """A story with its documents, events, plots, conflicts and entities (fold shapes)."""
    story = store.get_story(story_id)
    if story is None:
        raise _not_found("story", story_id)
    docs = list(story.documents)
    events = [event_dict(e) for e in store.find_events(documents=docs, limit=None).items]
    event_ids = [e["id"] for e in events]
    conflicts = store.find_conflicts(events=event_ids, limit=None).items if event_ids else ()
    documents = [article_dict(a, story.story_id) for d in docs if (a := store.get_article(d)) is not None]
    return {
        "story": story_dict(story),
        "documents": documents,
        "events": [e for e in events if e["status"] == "asserted"],
        "plots": [e for e in events if e["status"] != "asserted"],
        "conflicts": [conflict_dict(c) for c in conflicts],
        "entities": [entity_dict(e) for e in store.find_entities(documents=docs, limit=None).items],
    }


def entity_detail(store: Store, entity_id: str) -> dict[str, Any]:
    """An entity with the events that name it and the documents that mention it."""
    entity = store.get_entity(entity_id)
    if entity is None:
        raise _not_found("entity", entity_id)
    events = [event_dict(e) for e in store.find_events(entity=entity_id, limit=None).items]
    docs = sorted(set(entity.documents))
    owners = store.story_ids_of(docs)
    documents = [article_dict(a, owners.get(d)) for d in docs if (a := store.get_article(d)) is not None]
    return {"entity": entity_dict(entity), "events": events, "documents": documents}


def document_detail(store: Store, document_id: str) -> dict[str, Any]:
    """A document with its text and every stretch of it the fold cites."""
    article = store.get_article(document_id)
    if article is None:
        raise _not_found("document", document_id)
    story_id = store.story_ids_of([document_id]).get(document_id)
    events = [event_dict(e) for e in store.find_events(documents=[document_id], limit=None).items]
    conflicts = store.find_conflicts(events=[e["id"] for e in events], limit=None).items if events else ()
    story = store.get_story(story_id) if story_id else None
    stories = [story_dict(story)] if story is not None else []
    spans = cited_spans(article, events, [conflict_dict(c) for c in conflicts], stories)
    return {**article_dict(article, story_id), "text": article.text, "spans": spans}


def run_ingest(state: ApiState, records: list[ArticleIn]) -> dict[str, Any]:
    """Analyse the new articles, rebuild the corpus, and count what the store now holds."""
    from newsfold.ingest.jsonl import record_to_article
    from newsfold.pipeline import build_corpus, ingest_articles

    seen: dict[str, int] = {}
    for number, record in enumerate(records, start=1):
        if record.id in seen:
            raise HTTPException(  # well-formed, but the records conflict with each other
                status_code=409, detail=f"body.{number - 1}.id: duplicate id {record.id!r} (also record {seen[record.id]})"
            )
        seen[record.id] = number
    articles = []
    skipped = []
    for number, record in enumerate(records, start=1):
        raw = record.model_dump(mode="json", exclude_none=True)
        try:
            articles.append(record_to_article(raw, source="api", line=None, default_id=record.id, index=number))
        except InputError as err:
            skipped.append({"id": record.id, "code": err.code, "reason": err.message})
    store = state.store
    analysed = unchanged = 0
    if articles:
        with state.ingest_lock:  # one ingest at a time: the corpus is rebuilt as a whole
            report = ingest_articles(articles, store, settings=state.settings, nlp=state.nlp())
            analysed, unchanged = report.analysed, report.reused
            if report.analysed:
                build_corpus(store, settings=state.settings)
    return {
        "ok": True,
        "received": len(records),
        "analysed": analysed,
        "unchanged": unchanged,
        "skipped": skipped,
        "articles": store.count_articles(),
        "stories": store.find_stories(limit=1).total,
        "events": store.find_events(limit=1).total,
        "entities": store.find_entities(limit=1).total,
        "conflicts": store.find_conflicts(limit=1).total,
    }
