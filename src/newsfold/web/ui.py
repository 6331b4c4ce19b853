"""The browser UI: server-rendered pages over the same store as the API.

Pages: ``/`` (stories, searchable), ``/stories/{id}`` (brief with citations, timeline, map,
events, conflicts with quotes, entities, sources), ``/entities`` and ``/entities/{id}``
(aliases, events), ``/events`` (filters), ``/conflicts``, ``/documents/{id}`` (the text with
every cited stretch highlighted), ``/search`` and ``/api-docs``. The timeline, the map and
their styles are the offline report's (:mod:`newsfold.report`): the same layout code, the
same script and the same TopoJSON, served from this app, so nothing is fetched from the
network.
"""

from __future__ import annotations

import functools
import re
from collections.abc import Mapping, Sequence
from importlib import resources
from typing import Any

import jinja2

from newsfold.report import shared_templates
from fastapi import APIRouter, Request
from fastapi.responses import HTMLResponse, Response

from newsfold import __version__
from newsfold.model import EventKind
from newsfold.store import Page, Store
from newsfold.web.api import ApiState, document_detail, entity_detail, story_detail
from newsfold.web.shapes import conflict_dict, entity_dict, event_dict, story_dict
from newsfold.web.templates import TEMPLATES, WEB_CSS, WEB_JS

__all__ = ["build_ui_router", "render_error_page"]

PAGE_SIZE = 25
_DATE = re.compile(r"^\d{4}(-(0[1-9]|1[0-2])(-(0[1-9]|[12]\d|3[01]))?)?$")
_ENTITY_TYPES = ("PERSON", "ORG", "GPE", "LOC", "NORP", "FAC", "EVENT")

#: Content-Security-Policy of every page: the app's own scripts and styles only.
CSP = (
    "default-src 'self'; script-src 'self' 'unsafe-inline'; style-src 'self' 'unsafe-inline'; "
    "img-src 'self' data:; connect-src 'self'; font-src 'self'; object-src 'none'; "
    "base-uri 'none'; form-action 'self'; frame-ancestors 'none'"
)


@functools.lru_cache(maxsize=1)
def _env() -> jinja2.Environment:
    return jinja2.Environment(
        loader=jinja2.DictLoader({**shared_templates(), **TEMPLATES}),
        autoescape=True,
        undefined=jinja2.StrictUndefined,
        trim_blocks=True,
        lstrip_blocks=True,
    )


def _report_asset(name: str) -> str:
    return resources.files("newsfold.report").joinpath(name).read_text(encoding="utf-8")


def _report_context(fold: Mapping[str, Any], texts: Mapping[str, str], title: str) -> dict[str, Any]:
    """The offline report's view of a (partial) fold: timeline layout, places, anchors …"""
    from newsfold.report import _build_context

    return _build_context(fold, texts, title)


def _state(request: Request) -> ApiState:
    state: ApiState = request.app.state.newsfold
    return state


def _render(request: Request, name: str, status: int = 200, **context: Any) -> HTMLResponse:
    store = _state(request).store
    context.setdefault("title", "newsfold")
    context.setdefault("section", "")
    context.setdefault("search_q", "")
    html = _env().get_template(name).render(version=__version__, store_url=store.url, **context)
    return HTMLResponse(html, status_code=status)


def render_error_page(request: Request, status: int, code: str, message: str) -> Response:
    """The HTML page of an error (same code and message as the JSON shape)."""
    try:
        return _render(request, "error.html", status=status, title=f"{status}", code=code, message=message, status_code=status)
    except Exception:  # noqa: BLE001 - the error page must not fail in turn
        return HTMLResponse(f"<!DOCTYPE html><title>{status}</title><p>{status}</p>", status_code=status)


def _pager(request: Request, page: Page[Any]) -> dict[str, Any]:
    limit = page.limit or PAGE_SIZE
    prev = None
    if page.offset > 0:
        prev = str(request.url.include_query_params(offset=max(0, page.offset - limit)))
    nxt = None
    if page.offset + limit < page.total:
        nxt = str(request.url.include_query_params(offset=page.offset + limit))
    return {
        "total": page.total,
        "limit": limit,
        "first": page.offset + 1 if page.total else 0,
        "last": min(page.total, page.offset + len(page.items)),
        "prev": _relative(prev),
        "next": _relative(nxt),
    }


def _relative(url: str | None) -> str | None:
    """Path and query of an absolute URL (links stay on whatever host served the page)."""
    if url is None:
        return None
    return re.sub(r"^[a-z]+://[^/]+", "", url)


def _offset(value: str | None) -> int:
    try:
        return max(0, min(int(value or 0), 1_000_000_000))
    except ValueError:
        return 0


def _texts(store: Store, ids: Sequence[str]) -> dict[str, str]:
    texts = {}
    for doc_id in ids:
        article = store.get_article(doc_id)
        if article is not None:
            texts[doc_id] = article.text
    return texts


def _segments(text: str, spans: Sequence[Mapping[str, Any]]) -> list[dict[str, Any]]:
    """The text cut at every span boundary; each piece lists the kinds of span covering it."""
    trimmed = []
    for s in spans:  # marks stop at the words: no highlighted blank lines
        start, end = s["start"], s["end"]
        while start < end and text[start].isspace():
            start += 1
        while end > start and text[end - 1].isspace():
            end -= 1
        if start < end:
            trimmed.append({**s, "start": start, "end": end})
    spans = trimmed
    cuts = {0, len(text)}
    for s in spans:
        cuts.update((s["start"], s["end"]))
    bounds = sorted(c for c in cuts if 0 <= c <= len(text))
    out = []
    for lo, hi in zip(bounds, bounds[1:], strict=False):
        covering = [s for s in spans if s["start"] <= lo and hi <= s["end"]]
        out.append({
            "text": text[lo:hi],
            "kinds": sorted({s["kind"] for s in covering}),
            "refs": sorted({f"{s['kind']} {s['ref']}" for s in covering}),
        })  # fmt: skip
    return out


def _highlight(snippet: str, query: str) -> list[tuple[str, bool]]:
    """Split a snippet into (text, is_match) parts for the query's words (and their stems)."""
    words = [w for w in re.findall(r"[^\W_]+", query) if w]
    if not words:
        return [(snippet, False)]
    stems = sorted({w[: max(4, len(w) - 2)] if len(w) > 4 else w for w in words}, key=len, reverse=True)
    pattern = re.compile(r"(?<!\w)(?:" + "|".join(re.escape(s) for s in stems) + r")\w*", re.IGNORECASE)
    parts: list[tuple[str, bool]] = []
    at = 0
    for m in pattern.finditer(snippet):
        if m.start() > at:
            parts.append((snippet[at : m.start()], False))
        parts.append((m.group(), True))
        at = m.end()
    if at < len(snippet):
        parts.append((snippet[at:], False))
    return parts


def build_ui_router() -> APIRouter:
    """The HTML pages and their static assets."""
    router = APIRouter(include_in_schema=False)

    @router.get("/static/report.css")
    def report_css() -> Response:
        return Response(_report_asset("report.css"), media_type="text/css; charset=utf-8")

    @router.get("/static/report.js")
    def report_js() -> Response:
        return Response(_report_asset("report.js"), media_type="text/javascript; charset=utf-8")

    @router.get("/static/web.css")
    def web_css() -> Response:
        return Response(WEB_CSS, media_type="text/css; charset=utf-8")

    @router.get("/static/web.js")
    def web_js() -> Response:
        return Response(WEB_JS, media_type="text/javascript; charset=utf-8")

    @router.get("/favicon.ico")
    def favicon() -> Response:
        return Response(status_code=204)

    @router.get("/", response_class=HTMLResponse)
    def stories_page(request: Request, q: str | None = None, offset: str | None = None) -> HTMLResponse:
        store = _state(request).store
        q = (q or "").strip()[:500] or None
        page = store.find_stories(query=q, limit=PAGE_SIZE, offset=_offset(offset))
        counts = [
            (store.count_articles(), "documents", "/search"),
            (store.find_stories(limit=1).total, "stories", "/"),
            (store.find_events(limit=1).total, "events", "/events"),
            (store.find_entities(limit=1).total, "entities", "/entities"),
            (store.find_conflicts(limit=1).total, "conflicts", "/conflicts"),
        ]
        return _render(
            request, "stories.html", title="Stories", section="stories", q=q, page=page,
            stories=[story_dict(s) for s in page.items], counts=counts, pager_info=_pager(request, page),
        )  # fmt: skip

    @router.get("/stories/{story_id}", response_class=HTMLResponse)
    def story_page(request: Request, story_id: str) -> HTMLResponse:
        store = _state(request).store
        detail = story_detail(store, story_id)
        story = detail["story"]
        fold = {
            "documents": detail["documents"],
            "stories": [story],
            "events": detail["events"],
            "plots": detail["plots"],
            "entities": detail["entities"],
            "conflicts": detail["conflicts"],
        }
        r = _report_context(fold, _texts(store, story["documents"]), story["title"])
        return _render(request, "story.html", title=story["title"] or story["id"], section="stories", r=r)

    @router.get("/entities", response_class=HTMLResponse)
    def entities_page(
        request: Request, q: str | None = None, type: str | None = None, offset: str | None = None  # noqa: A002
    ) -> HTMLResponse:
        store = _state(request).store
        q = (q or "").strip()[:300] or None
        kind = (type or "").strip()[:40] or None
        page = store.find_entities(query=q, type=kind, limit=PAGE_SIZE, offset=_offset(offset))
        return _render(
            request, "entities.html", title="Entities", section="entities", q=q, type=kind, types=_ENTITY_TYPES,
            page=page, entities=[entity_dict(e) for e in page.items], pager_info=_pager(request, page),
        )  # fmt: skip

    @router.get("/entities/{entity_id}", response_class=HTMLResponse)
    def entity_page(request: Request, entity_id: str) -> HTMLResponse:
        store = _state(request).store
        detail = entity_detail(store, entity_id)
        entity = detail["entity"]
        events = detail["events"]
        names = {n for e in events for n in e["locations"]}
        docs = sorted({d for e in events for d in e["documents"]})
        places = [entity]
        if docs:
            places += [
                entity_dict(p)
                for p in store.find_entities(documents=docs, limit=None).items
                if p.name in names and p.entity_id != entity["id"]
            ]
        fold = {
            "documents": detail["documents"],
            "events": [e for e in events if e["status"] == "asserted"],
            "plots": [e for e in events if e["status"] != "asserted"],
            "entities": places,
        }
        r = _report_context(fold, _texts(store, [m["document"] for e in events for m in e["mentions"]]), entity["name"])
        aliases = [a for a in entity["aliases"] if a != entity["name"]]
        return _render(
            request, "entity.html", title=entity["name"], section="entities", entity=entity, aliases=aliases,
            documents=detail["documents"], r=r,
        )  # fmt: skip

    @router.get("/events", response_class=HTMLResponse)
    def events_page(
        request: Request,
        type: str | None = None,  # noqa: A002
        place: str | None = None,
        country: str | None = None,
        date_from: str | None = None,
        date_to: str | None = None,
        entity: str | None = None,
        offset: str | None = None,
    ) -> HTMLResponse:
        store = _state(request).store
        problems = []
        f: dict[str, Any] = {
            "type": (type or "").strip().upper() or None,
            "place": (place or "").strip()[:300] or None,
            "country": (country or "").strip().upper() or None,
            "date_from": (date_from or "").strip() or None,
            "date_to": (date_to or "").strip() or None,
            "entity": (entity or "").strip()[:300] or None,
        }
        if f["type"] and f["type"] not in EventKind.__members__:
            problems.append(f"unknown type {f['type']!r}")
            f["type"] = None
        if f["country"] and not re.fullmatch(r"[A-Z]{2}", f["country"]):
            problems.append(f"country {f['country']!r} is not a two-letter code")
            f["country"] = None
        for key in ("date_from", "date_to"):
            if f[key] and not _DATE.match(f[key]):
                problems.append(f"{key} {f[key]!r} is not YYYY, YYYY-MM or YYYY-MM-DD")
                f[key] = None
        page = store.find_events(limit=PAGE_SIZE, offset=_offset(offset), **f)
        fold = {"events": [event_dict(e) for e in page.items]}
        r = _report_context(fold, _texts(store, sorted({m.article_id for e in page.items for m in e.mentions})), "Events")
        return _render(
            request, "events.html", title="Events", section="events", f=f, types=list(EventKind.__members__),
            problems=problems, page=page, events=r["events"], pager_info=_pager(request, page),
        )  # fmt: skip

    @router.get("/conflicts", response_class=HTMLResponse)
    def conflicts_page(request: Request, offset: str | None = None) -> HTMLResponse:
        store = _state(request).store
        page = store.find_conflicts(limit=PAGE_SIZE, offset=_offset(offset))
        r = _report_context({"conflicts": [conflict_dict(c) for c in page.items]}, {}, "Conflicts")
        return _render(
            request, "conflicts.html", title="Conflicts", section="conflicts", page=page,
            conflicts=r["conflicts"], pager_info=_pager(request, page),
        )  # fmt: skip

    @router.get("/documents/{document_id}", response_class=HTMLResponse)
    def document_page(request: Request, document_id: str) -> HTMLResponse:
        doc = document_detail(_state(request).store, document_id)
        url = (doc.get("url") or "").strip()
        linkable = url.lower().startswith(("http://", "https://")) and not any(c.isspace() or ord(c) < 32 for c in url)
        return _render(
            request, "document.html", title=doc["title"] or doc["id"], doc=doc, url_is_link=linkable,
            segments=_segments(doc["text"], doc["spans"]),
        )  # fmt: skip

    @router.get("/search", response_class=HTMLResponse)
    def search_page(request: Request, q: str | None = None, offset: str | None = None) -> HTMLResponse:
        store = _state(request).store
        q = (q or "").strip()[:500] or None
        page: Page[Any] = Page(0, (), PAGE_SIZE, 0)
        hits = []
        if q:
            page = store.search_articles(q, limit=PAGE_SIZE, offset=_offset(offset))
            owners = store.story_ids_of(h.article_id for h in page.items)
            hits = [
                {"id": h.article_id, "title": h.title, "outlet": h.outlet, "published": h.published,
                 "story": owners.get(h.article_id), "parts": _highlight(h.snippet, q)}
                for h in page.items
            ]  # fmt: skip
        return _render(
            request, "search.html", title="Search", search_q=q or "", q=q, page=page, hits=hits,
            pager_info=_pager(request, page),
        )  # fmt: skip

    @router.get("/api-docs", response_class=HTMLResponse)
    def api_docs(request: Request) -> HTMLResponse:
        spec = request.app.openapi()
        operations = []
        for path, item in spec.get("paths", {}).items():
            for method, op in item.items():
                params = [p["name"] for p in op.get("parameters", [])]
                operations.append({
                    "method": method.upper(), "path": path, "summary": op.get("summary", ""),
                    "description": op.get("description", ""), "params": params,
                })  # fmt: skip
        return _render(
            request, "api_docs.html", title="API", section="api", operations=operations,
            openapi_version=spec.get("openapi", ""),
        )  # fmt: skip

    return router
