"""One error shape for every failure, and the request size limit.

Every error the app answers, whatever raised it, is::

    {"ok": false, "error": {"code": "not_found", "message": "no story 's-1'"}, "status": 404}

with the same ``status`` as the HTTP status line. Codes: ``bad_request`` (400),
``not_found`` (404), ``method_not_allowed`` (405), ``payload_too_large`` (413),
``unsupported_media_type`` (415), ``validation_error`` (422), ``internal_error`` (500), a
newsfold error code such as ``NF-E301`` (503: the database or the NLP model is not
available), and ``http_error`` for any other status.

HTML pages of the UI answer their errors with an HTML page holding the same code and message
when the browser asks for HTML (``Accept: text/html``); everything else gets the JSON.
"""

from __future__ import annotations

import json
import logging
from collections.abc import Awaitable, Callable, MutableMapping
from typing import Any

from fastapi import FastAPI, Request
from fastapi.exceptions import RequestValidationError
from fastapi.responses import JSONResponse, Response
from starlette.exceptions import HTTPException as StarletteHTTPException

from newsfold.errors import ModelNotInstalledError, NewsfoldError, StoreError

__all__ = ["BodyLimitMiddleware", "error_body", "install_error_handlers"]

log = logging.getLogger("newsfold.web")

Scope = MutableMapping[str, Any]
Message = MutableMapping[str, Any]
Receive = Callable[[], Awaitable[Message]]
Send = Callable[[Message], Awaitable[None]]
ASGIApp = Callable[[Scope, Receive, Send], Awaitable[None]]

_CODES = {
    400: "bad_request",
    404: "not_found",
    405: "method_not_allowed",
    409: "conflict",
    413: "payload_too_large",
    415: "unsupported_media_type",
    422: "validation_error",
    500: "internal_error",
}

#: Renders an HTML error page for the UI: ``(request, status, code, message) -> Response``.
HtmlErrorPage = Callable[[Request, int, str, str], Response]


def error_body(status: int, code: str, message: str) -> dict[str, Any]:
    """The JSON body of an error."""
    return {"ok": False, "error": {"code": code, "message": message}, "status": status}


def _error_json(status: int, code: str, message: str, headers: dict[str, str] | None = None) -> JSONResponse:
    return JSONResponse(error_body(status, code, message), status_code=status, headers=headers)


def _validation_message(exc: RequestValidationError) -> str:
    """All validation problems in one line: ``where: what``, unknown fields named."""
    parts = []
    for err in exc.errors()[:20]:
        loc = [str(p) for p in err.get("loc", ())]
        where = ".".join(loc) if loc else "request"
        if err.get("type") == "extra_forbidden":
            parts.append(f"{where}: unknown field {loc[-1]!r} is not allowed" if loc else "unknown field")
        else:
            parts.append(f"{where}: {err.get('msg', 'invalid')}")
    more = len(exc.errors()) - 20
    if more > 0:
        parts.append(f"and {more} more")
    return "; ".join(parts) or "invalid request"


def install_error_handlers(app: FastAPI, html_page: HtmlErrorPage | None = None) -> None:
    """Answer every error of ``app`` in the one shape (HTML pages for UI requests)."""

    def respond(request: Request, status: int, code: str, message: str, headers: dict[str, str] | None = None) -> Response:
        if html_page is not None and _wants_html(request):
            return html_page(request, status, code, message)
        return _error_json(status, code, message, headers)

    async def http_error(request: Request, exc: Exception) -> Response:
        assert isinstance(exc, StarletteHTTPException)
        status = exc.status_code
        message = exc.detail if isinstance(exc.detail, str) else json.dumps(exc.detail)
        if status == 404 and message == "Not Found":
            message = f"nothing at {request.url.path}"
        headers = dict(exc.headers) if exc.headers else None
        return respond(request, status, _CODES.get(status, "http_error"), message, headers)

    async def validation_error(request: Request, exc: Exception) -> Response:
        assert isinstance(exc, RequestValidationError)
        return respond(request, 422, "validation_error", _validation_message(exc))

    async def newsfold_error(request: Request, exc: Exception) -> Response:
        assert isinstance(exc, NewsfoldError)
        if isinstance(exc, StoreError | ModelNotInstalledError):
            log.error("newsfold error: %s", exc)
            return respond(request, 503, exc.code, exc.message)
        log.exception("newsfold error", exc_info=exc)
        return respond(request, 500, exc.code, exc.message)

    app.add_exception_handler(StarletteHTTPException, http_error)
    app.add_exception_handler(RequestValidationError, validation_error)
    app.add_exception_handler(NewsfoldError, newsfold_error)


def _wants_html(request: Request) -> bool:
    path = request.url.path
    if path.startswith("/api/") or path == "/api" or path.startswith("/static/") or path.startswith("/openapi"):
        return False
    return "text/html" in request.headers.get("accept", "")


class BodyLimitMiddleware:
    """Refuse request bodies larger than ``max_bytes`` with 413, and any crash with 500.

    A declared ``Content-Length`` over the limit is refused before reading; a body without
    one (chunked) is read up to the limit and then handed on whole. An exception that escapes
    the app before the response started becomes a 500 in the error shape (logged, never
    shown to the client).
    """

    def __init__(self, app: ASGIApp, *, max_bytes: int) -> None:
        self.app = app
        self.max_bytes = max_bytes

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        if scope["type"] != "http":
            await self.app(scope, receive, send)
            return
        started = False

        async def tracking_send(message: Message) -> None:
            nonlocal started
            if message["type"] == "http.response.start":
                started = True
            await send(message)

        try:
            declared = _content_length(scope)
            if declared is not None and declared > self.max_bytes:
                await self._too_large(send, declared)
                return
            if declared is None and scope.get("method") in ("POST", "PUT", "PATCH"):
                body, ok = await _read_limited(receive, self.max_bytes)
                if not ok:
                    await self._too_large(send, None)
                    return
                receive = _replay(body, receive)
            await self.app(scope, receive, tracking_send)
        except Exception:
            log.exception("unhandled error in %s %s", scope.get("method"), scope.get("path"))
            if started:
                raise
            response = _error_json(500, "internal_error", "internal server error")
            await response(scope, receive, send)

    async def _too_large(self, send: Send, declared: int | None) -> None:
        size = f"{declared} bytes" if declared is not None else "the body"
        message = f"request too large: {size} over the limit of {self.max_bytes} bytes"
        response = _error_json(413, "payload_too_large", message, {"Connection": "close"})
        await response({"type": "http"}, _no_receive, send)


def _content_length(scope: Scope) -> int | None:
    for name, value in scope.get("headers", ()):
        if name == b"content-length":
            try:
                return int(value)
            except ValueError:
                return None
    return None


async def _read_limited(receive: Receive, limit: int) -> tuple[bytes, bool]:
    chunks: list[bytes] = []
    size = 0
    while True:
        message = await receive()
        if message["type"] == "http.disconnect":
            break
        chunk = message.get("body", b"")
        size += len(chunk)
        if size > limit:
            return b"", False
        chunks.append(chunk)
        if not message.get("more_body", False):
            break
    return b"".join(chunks), True


def _replay(body: bytes, receive: Receive) -> Receive:
    sent = False

    async def replay() -> Message:
        nonlocal sent
        if not sent:
            sent = True
            return {"type": "http.request", "body": body, "more_body": False}
        return await receive()

    return replay


async def _no_receive() -> Message:  # pragma: no cover - a JSON response never reads
    return {"type": "http.disconnect"}
