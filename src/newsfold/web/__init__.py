"""newsfold over HTTP: a JSON API (with its OpenAPI document) and a browser UI.

Needs the ``web`` extra (``pip install 'newsfold[web]'``: FastAPI and uvicorn). ``import
newsfold`` does not import this package.

Example::

    from newsfold.web import create_app
    app = create_app("out/newsfold.db")          # or "postgresql://…"
    # uvicorn.run(app, host="127.0.0.1", port=8000)  — or: newsfold serve --db out/newsfold.db

Routes: ``/api/…`` (see :mod:`newsfold.web.api`), ``/openapi.json``, and the HTML pages of
:mod:`newsfold.web.ui`. Every error has one JSON shape (:mod:`newsfold.web.errors`); request
bodies over ``max_body_bytes`` get 413.
"""

from __future__ import annotations

import os
from collections.abc import AsyncIterator, Callable, MutableMapping
from contextlib import asynccontextmanager
from typing import Any

from fastapi import FastAPI

from newsfold import __version__

__all__ = ["DEFAULT_MAX_BODY_BYTES", "create_app"]

#: The largest request body accepted, in bytes (5 MB).
DEFAULT_MAX_BODY_BYTES = 5_000_000

_SECURITY_HEADERS = [
    (b"x-content-type-options", b"nosniff"),
    (b"referrer-policy", b"no-referrer"),
    (b"x-frame-options", b"DENY"),
]


def create_app(
    db_url: str | os.PathLike[str],
    *,
    nlp: Any = None,
    max_body_bytes: int = DEFAULT_MAX_BODY_BYTES,
    settings: Any = None,
) -> FastAPI:
    """The newsfold web app over the store at ``db_url``.

    :param db_url: a SQLite path or URL, or a ``postgresql://`` URL (as for ``--db``). The
        store is opened (and migrated) now, so a bad URL fails here.
    :param nlp: a loaded spaCy pipeline for ingest (default: the English pipeline, loaded
        on the first ingest).
    :param max_body_bytes: the largest request body accepted; larger ones get 413.
    :param settings: :class:`newsfold.pipeline.Settings` for ingest (default settings).
    :returns: the FastAPI app; the store closes when the app shuts down.
    :raises newsfold.errors.StoreError: if the database cannot be opened.
    """
    from newsfold.pipeline import Settings
    from newsfold.store import Store
    from newsfold.web.api import ApiState, build_router
    from newsfold.web.errors import BodyLimitMiddleware, install_error_handlers
    from newsfold.web.ui import CSP, build_ui_router, render_error_page

    store = Store.open(db_url)

    def load_nlp() -> Any:
        if nlp is not None:
            return nlp
        from newsfold.nlp import load_model

        return load_model()

    @asynccontextmanager
    async def lifespan(app: FastAPI) -> AsyncIterator[None]:
        yield
        store.close()

    app = FastAPI(
        title="newsfold",
        version=__version__,
        description=(
            "Stories, entities, events and conflicts folded from many news articles, with every "
            "fact traced to the sentences that state it. Lists are paginated with limit/offset; "
            'every error is {"ok": false, "error": {"code", "message"}, "status"}.'
        ),
        docs_url=None,  # Swagger UI and ReDoc load scripts from a CDN: see /api-docs instead
        redoc_url=None,
        lifespan=lifespan,
    )
    app.state.newsfold = ApiState(store, load_nlp, settings or Settings())
    app.include_router(build_router())
    app.include_router(build_ui_router())
    install_error_handlers(app, render_error_page)
    app.add_middleware(_SecurityHeaders, csp=CSP.encode())
    app.add_middleware(BodyLimitMiddleware, max_bytes=max_body_bytes)
    return app


class _SecurityHeaders:
    """Add a Content-Security-Policy and a few hardening headers to every response."""

    def __init__(self, app: Callable[..., Any], *, csp: bytes) -> None:
        self.app = app
        self.headers = [(b"content-security-policy", csp), *_SECURITY_HEADERS]

    async def __call__(self, scope: MutableMapping[str, Any], receive: Any, send: Any) -> None:
        if scope["type"] != "http":
            await self.app(scope, receive, send)
            return

        async def with_headers(message: MutableMapping[str, Any]) -> None:
            if message["type"] == "http.response.start":
                message["headers"] = list(message.get("headers", [])) + self.headers
            await send(message)

        await self.app(scope, receive, with_headers)
