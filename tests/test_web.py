"""The web app: JSON API, error shape, limits, OpenAPI fuzzing, HTML pages, and a real browser.

The store is the fold of ``examples/`` (the session's ``fold_dir``), copied so that tests
which ingest never touch the shared one. Requests go in process through httpx's ASGI
transport; the end-to-end test (``slow``) starts ``newsfold serve`` on a free loopback port
and drives Debian's Chromium through Playwright.
"""

from __future__ import annotations

import json
import os
import re
import shutil
import socket
import subprocess
import sys
import time
import urllib.request
from collections.abc import AsyncIterator, Iterator
from pathlib import Path
from typing import Any

import pytest

fastapi = pytest.importorskip("fastapi", reason="the web extra is not installed")
httpx = pytest.importorskip("httpx", reason="httpx is not installed")

import anyio  # noqa: E402  (after the skips: comes with the web extra)

from conftest import EXAMPLES  # noqa: E402

HOSTILE_TITLE = '"><img src=x onerror=alert(1)>'
HOSTILE_TEXT = "<script>alert('xss')</script> Police in Zorvik arrested 3 smugglers on Monday, officials said."


# ---------------------------------------------------------------------------- helpers


class Client:
    """A synchronous client for an ASGI app (httpx's ASGI transport, one event loop per call)."""

    def __init__(self, app: Any) -> None:
        self.app = app

    def request(self, method: str, url: str, **kwargs: Any) -> httpx.Response:
        async def go() -> httpx.Response:
            transport = httpx.ASGITransport(app=self.app, raise_app_exceptions=False)
            async with httpx.AsyncClient(transport=transport, base_url="http://testserver") as client:
                return await client.request(method, url, **kwargs)

        return anyio.run(go)

    def get(self, url: str, **kwargs: Any) -> httpx.Response:
        return self.request("GET", url, **kwargs)

    def post(self, url: str, **kwargs: Any) -> httpx.Response:
        return self.request("POST", url, **kwargs)


def copy_db(source: Path, target_dir: Path) -> Path:
    """Copy a SQLite database (and its WAL files, if any) into ``target_dir``."""
    target_dir.mkdir(parents=True, exist_ok=True)
    for suffix in ("", "-wal", "-shm"):
        if Path(f"{source}{suffix}").exists():
            shutil.copy(f"{source}{suffix}", target_dir / f"{source.name}{suffix}")
    return target_dir / source.name


def assert_error(response: httpx.Response, status: int, code: str | None = None) -> dict[str, Any]:
    """The response is an error in the one shape, with this status (and code)."""
    assert response.status_code == status, response.text
    assert response.headers["content-type"].startswith("application/json")
    body = response.json()
    assert set(body) == {"ok", "error", "status"}
    assert body["ok"] is False and body["status"] == status
    assert set(body["error"]) == {"code", "message"}
    assert isinstance(body["error"]["message"], str) and body["error"]["message"]
    if code is not None:
        assert body["error"]["code"] == code
    return body


def all_items(client: Client, url: str, limit: int = 3) -> list[dict[str, Any]]:
    """Every item of a paginated list, fetched ``limit`` at a time; totals must agree."""
    items: list[dict[str, Any]] = []
    total = None
    sep = "&" if "?" in url else "?"
    while True:
        page = client.get(f"{url}{sep}limit={limit}&offset={len(items)}").json()
        assert total is None or page["total"] == total
        total = page["total"]
        assert page["limit"] == limit and page["offset"] == len(items)
        items += page["items"]
        if not page["items"]:
            break
    assert len(items) == total
    return items


# ---------------------------------------------------------------------------- fixtures


@pytest.fixture(scope="session")
def examples(fold_dir: Any) -> tuple[dict[str, Any], Path]:
    """The fold of examples/ and its SQLite database."""
    fold, out = fold_dir(EXAMPLES)
    return fold, out / "newsfold.db"


@pytest.fixture(scope="session")
def app(examples: tuple[dict[str, Any], Path], tmp_path_factory: pytest.TempPathFactory, nlp: Any) -> Iterator[Any]:
    from newsfold.web import create_app

    db = copy_db(examples[1], tmp_path_factory.mktemp("web-ro"))
    application = create_app(db, nlp=nlp)
    yield application
    application.state.newsfold.store.close()


@pytest.fixture(scope="session")
def client(app: Any) -> Client:
    return Client(app)


@pytest.fixture
def fresh_app(examples: tuple[dict[str, Any], Path], tmp_path: Path, nlp: Any) -> Iterator[Any]:
    """An app over a private copy of the examples' store (for tests that write)."""
    from newsfold.web import create_app

    application = create_app(copy_db(examples[1], tmp_path / "db"), nlp=nlp)
    yield application
    application.state.newsfold.store.close()


@pytest.fixture
def fold(examples: tuple[dict[str, Any], Path]) -> dict[str, Any]:
    return examples[0]


# ---------------------------------------------------------------------------- API: reading


def test_web_health_and_openapi(client: Client, fold: dict[str, Any]) -> None:
    health = client.get("/api/health").json()
    assert health == {"ok": True, "articles": len(fold["documents"]), "migrations": health["migrations"]}
    assert "0002_article_search" in health["migrations"]
    spec = client.get("/openapi.json").json()
    for path in ("/api/stories", "/api/stories/{story_id}", "/api/events", "/api/entities", "/api/entities/{entity_id}",
                 "/api/conflicts", "/api/documents", "/api/documents/{document_id}", "/api/search", "/api/articles"):
        assert path in spec["paths"], path
    assert not any(p.startswith("/stories") for p in spec["paths"])  # the HTML pages are not API
    error = spec["components"]["schemas"]["ErrorOut"]
    assert set(error["properties"]) == {"ok", "error", "status"}
    # No page may pull Swagger UI or ReDoc from a CDN.
    assert client.get("/docs").status_code == 404


def test_web_stories_are_the_folds_stories_page_by_page(client: Client, fold: dict[str, Any]) -> None:
    items = all_items(client, "/api/stories", limit=2)
    assert sorted(items, key=lambda s: s["id"]) == sorted(fold["stories"], key=lambda s: s["id"])
    sizes = [len(s["documents"]) for s in items]
    assert sizes == sorted(sizes, reverse=True)  # biggest first
    one = client.get(f"/api/stories?document={fold['documents'][0]['id']}").json()
    assert one["total"] == 1 and fold["documents"][0]["id"] in one["items"][0]["documents"]


def test_web_story_search_finds_stories_by_their_articles(client: Client, fold: dict[str, Any], app: Any) -> None:
    store = app.state.newsfold.store
    page = client.get("/api/stories?q=cocaine").json()
    assert page["total"] >= 1
    for story in page["items"]:
        texts = [store.get_article(d).text.lower() + store.get_article(d).title.lower() for d in story["documents"]]
        assert any("cocaine" in t for t in texts)
    assert client.get("/api/stories?q=zzzqqqxxx").json() == {"total": 0, "limit": 50, "offset": 0, "items": []}


def test_web_story_detail(client: Client, fold: dict[str, Any]) -> None:
    story = max(fold["stories"], key=lambda s: len(s["documents"]))
    detail = client.get(f"/api/stories/{story['id']}").json()
    assert detail["story"] == story
    assert [d["id"] for d in detail["documents"]] == story["documents"]
    docs = set(story["documents"])
    expected = {e["id"] for e in fold["events"] if docs & set(e["documents"])}
    assert {e["id"] for e in detail["events"]} == expected
    by_id = {e["id"]: e for e in fold["events"]}
    assert all(e == by_id[e["id"]] for e in detail["events"])
    assert {c["id"] for c in detail["conflicts"]} == {c["id"] for c in fold["conflicts"] if c["event"] in expected}
    assert all(docs & set(e["documents"]) for e in detail["entities"])


def test_web_events_filters_match_the_fold(client: Client, fold: dict[str, Any]) -> None:
    events = fold["events"] + fold["plots"]
    assert sorted(e["id"] for e in all_items(client, "/api/events")) == sorted(e["id"] for e in events)

    def ids(url: str) -> set[str]:
        return {e["id"] for e in all_items(client, url)}

    for kind in sorted({e["type"] for e in events}):
        assert ids(f"/api/events?type={kind}") == {e["id"] for e in events if e["type"] == kind}
    assert ids("/api/events?country=ma") == {e["id"] for e in events if "MA" in e["countries"]}
    assert ids("/api/events?status=asserted") == {e["id"] for e in fold["events"]}
    # A place by any of its aliases.
    place = next(p for p in fold["entities"] if p["lat"] is not None and any(p["name"] in e["locations"] for e in events))
    expected = {e["id"] for e in events if p_in(place, e["locations"])}
    for form in {place["name"], *place["aliases"]}:
        assert ids(f"/api/events?place={form}") == expected
    assert ids(f"/api/events?entity={place['id']}") >= expected
    # Dates: a range overlaps the event's date at the event's precision; undated never match.
    dated = sorted(e["date"] for e in events if e["date"])
    lo, hi = dated[0], dated[-1]
    assert ids(f"/api/events?date_from={lo}&date_to={hi}") == {e["id"] for e in events if e["date"]}
    month = next(d for d in dated if len(d) >= 7)[:7]
    in_month = {e["id"] for e in events if e["date"] and (e["date"][:7] == month or month.startswith(e["date"]))}
    assert ids(f"/api/events?date_from={month}-01&date_to={month}-31") == in_month
    # Filters combine.
    assert ids(f"/api/events?country=MA&date_from={month}") <= ids("/api/events?country=MA")


def p_in(place: dict[str, Any], names: list[str]) -> bool:
    return any(n == place["name"] or n in place["aliases"] for n in names)


def test_web_entities_with_aliases(client: Client, fold: dict[str, Any]) -> None:
    items = all_items(client, "/api/entities", limit=10)
    assert sorted(items, key=lambda e: e["id"]) == sorted(fold["entities"], key=lambda e: e["id"])
    assert [e["mentions"] for e in items] == sorted((e["mentions"] for e in items), reverse=True)
    entity = next(e for e in fold["entities"] if len(e["aliases"]) > 1)
    alias = next(a for a in entity["aliases"] if a != entity["name"])
    found = client.get("/api/entities", params={"q": alias}).json()["items"]
    assert entity["id"] in {e["id"] for e in found}
    people = client.get("/api/entities?type=PERSON&limit=200").json()
    assert people["total"] == sum(1 for e in fold["entities"] if e["type"] == "PERSON")
    detail = client.get(f"/api/entities/{entity['id']}").json()
    assert detail["entity"] == entity
    assert {d["id"] for d in detail["documents"]} == set(entity["documents"])


def test_web_conflicts_and_documents_with_cited_spans(client: Client, fold: dict[str, Any]) -> None:
    conflicts = all_items(client, "/api/conflicts")
    assert sorted(c["id"] for c in conflicts) == sorted(c["id"] for c in fold["conflicts"])
    assert all(c["values"] and all(v["quotes"] for v in c["values"]) for c in conflicts)
    hard = client.get("/api/conflicts?kind=hard").json()
    assert hard["total"] == sum(1 for c in fold["conflicts"] if c["kind"] == "hard")
    assert client.get(f"/api/conflicts/{conflicts[0]['id']}").json() == conflicts[0]

    docs = all_items(client, "/api/documents", limit=5)
    assert docs == fold["documents"]
    event = fold["events"][0]
    doc_id = event["mentions"][0]["document"]
    detail = client.get(f"/api/documents/{doc_id}").json()
    assert detail["id"] == doc_id and detail["text"]
    assert {k: detail[k] for k in fold["documents"][0]} == next(d for d in fold["documents"] if d["id"] == doc_id)
    for span in detail["spans"]:
        assert detail["text"][span["start"] : span["end"]] == span["text"]
    cited = {(s["start"], s["end"]) for s in detail["spans"] if s["kind"] == "event" and s["ref"] == event["id"]}
    assert {(m["start"], m["end"]) for m in event["mentions"] if m["document"] == doc_id} <= cited
    assert {s["kind"] for s in detail["spans"]} >= {"event"}


def test_web_search(client: Client, app: Any) -> None:
    store = app.state.newsfold.store
    page = client.get("/api/search?q=floods&limit=2").json()
    assert page["total"] >= 3 and len(page["items"]) == 2
    hits = all_items(client, "/api/search?q=floods", limit=2)
    scores = [h["score"] for h in hits]
    assert scores == sorted(scores, reverse=True)
    for hit in hits:
        article = store.get_article(hit["id"])
        assert "flood" in (article.title + article.text).lower()
        assert hit["snippet"] and "flood" in hit["snippet"].lower()
    # Search syntax and quotes are words, never operators or SQL.
    for q in ['"', "AND OR NOT", "floods)", "NEAR(floods beja", "'; DROP TABLE articles; --", "*", "ﬂoods ✓"]:
        response = client.get("/api/search", params={"q": q})
        assert response.status_code == 200, (q, response.text)
    assert store.count_articles() > 0


# ---------------------------------------------------------------------------- API: errors and limits


def test_web_error_shape_404_405_422(client: Client) -> None:
    assert_error(client.get("/api/stories/no-such-story"), 404, "not_found")
    assert_error(client.get("/api/events/no-such-event"), 404, "not_found")
    assert_error(client.get("/api/documents/nope"), 404, "not_found")
    assert_error(client.get("/no/such/page"), 404, "not_found")
    assert_error(client.request("DELETE", "/api/stories"), 405, "method_not_allowed")
    body = assert_error(client.get("/api/stories?limit=10&colour=red"), 422, "validation_error")
    assert "colour" in body["error"]["message"]
    assert_error(client.get("/api/events?date_from=2024-13-01"), 422, "validation_error")
    assert_error(client.get("/api/events?limit=0"), 422, "validation_error")
    assert_error(client.get("/api/search"), 422, "validation_error")
    body = assert_error(client.post("/api/articles", json=[{"id": "a", "text": "Some text.", "author": "me"}]), 422)
    assert "author" in body["error"]["message"] and "unknown field" in body["error"]["message"]
    assert_error(client.post("/api/articles", json={"id": "a", "text": "not a list"}), 422, "validation_error")
    assert_error(client.post("/api/articles", json=[{"id": "bad id with spaces", "text": "x"}]), 422)
    body = assert_error(
        client.post("/api/articles", json=[{"id": "d1", "text": "One."}, {"id": "d1", "text": "Two."}]), 409, "conflict"
    )
    assert "duplicate" in body["error"]["message"]
    assert_error(client.post("/api/articles", content=b"{not json", headers={"content-type": "application/json"}), 422)


def test_web_request_size_limit_is_413(client: Client) -> None:
    big = json.dumps([{"id": "big", "text": "word " * 1_100_000}]).encode()
    assert len(big) > 5_000_000
    assert_error(client.post("/api/articles", content=big, headers={"content-type": "application/json"}), 413, "payload_too_large")

    async def chunks() -> AsyncIterator[bytes]:  # no Content-Length: read up to the limit, then refused
        for _ in range(6):
            yield b" " * 1_000_000

    assert_error(client.post("/api/articles", content=chunks(), headers={"content-type": "application/json"}), 413)


def test_web_unexpected_failure_is_a_500_in_the_shape(fresh_app: Any, monkeypatch: pytest.MonkeyPatch) -> None:
    store = fresh_app.state.newsfold.store

    def boom(**kwargs: Any) -> Any:
        raise RuntimeError("secret internals")

    monkeypatch.setattr(store, "find_stories", boom)
    body = assert_error(Client(fresh_app).get("/api/stories"), 500, "internal_error")
    assert "secret" not in body["error"]["message"]


def test_web_unavailable_database_is_a_503(fresh_app: Any, monkeypatch: pytest.MonkeyPatch) -> None:
    from newsfold.errors import StoreError

    def down(*args: Any, **kwargs: Any) -> Any:
        raise StoreError("the database went away")

    monkeypatch.setattr(fresh_app.state.newsfold.store, "count_articles", down)
    assert_error(Client(fresh_app).get("/api/health"), 503, "NF-E301")


# ---------------------------------------------------------------------------- API: ingest


def test_web_ingest_folds_new_articles_and_escapes_them(fresh_app: Any) -> None:
    client = Client(fresh_app)
    before = client.get("/api/health").json()["articles"]
    records = [
        {"id": "web-1", "title": HOSTILE_TITLE, "text": HOSTILE_TEXT, "published": "2024-05-06", "outlet": "Test Wire",
         "url": "javascript:alert(1)"},
        {"id": "web-2", "title": "Nothing to read", "text": "   "},
    ]  # fmt: skip
    result = client.post("/api/articles", json=records).json()
    assert result["ok"] is True and result["received"] == 2
    assert result["analysed"] == 1 and result["articles"] == before + 1
    assert [s["id"] for s in result["skipped"]] == ["web-2"] and result["skipped"][0]["code"] == "NF-E102"
    assert result["stories"] >= 1 and result["events"] >= 1
    # Ingesting the same again analyses nothing.
    again = client.post("/api/articles", json=records[:1]).json()
    assert again["analysed"] == 0 and again["unchanged"] == 1 and again["articles"] == before + 1

    # The search index follows the new article at once.
    hits = client.get("/api/search?q=Zorvik smugglers").json()
    assert [h["id"] for h in hits["items"]] == ["web-1"]
    doc = client.get("/api/documents/web-1").json()
    assert doc["text"].startswith("<script>") and doc["outlet"] == "Test Wire" and doc["published"] == "2024-05-06"

    # Article text is always escaped in the UI.
    for url in ("/documents/web-1", "/search?q=Zorvik", f"/stories/{doc['story']}", "/events?place=Zorvik"):
        page = client.get(url, headers={"accept": "text/html"})
        assert page.status_code == 200, url
        assert "<script>alert(" not in page.text and "<img src=x" not in page.text, url
        assert 'href="javascript:' not in page.text
    html = client.get("/documents/web-1").text
    assert "&lt;script&gt;alert(" in html and "&#34;&gt;&lt;img src=x onerror=alert(1)&gt;" in html


# ---------------------------------------------------------------------------- UI (in process)


def test_web_ui_pages_render(client: Client, fold: dict[str, Any]) -> None:
    story = max(fold["stories"], key=lambda s: len(s["documents"]))
    entity = next(e for e in fold["entities"] if len(e["aliases"]) > 1 and e["lat"] is not None)
    pages = {
        "/": [story["title"], 'class="story-list"'],
        f"/stories/{story['id']}": ['class="brief"', 'svg class="timeline"', 'id="nf-map"', 'id="nf-topology"',
                                   'class="cite"', 'id="sources"', "/static/report.js"],
        "/entities": [entity["name"]],
        f"/entities/{entity['id']}": ['id="aliases"', *(a for a in entity["aliases"] if a != entity["name"])],
        "/events?country=MA": ['class="events"'],
        "/conflicts": ["conflict kind-"],
        f"/documents/{story['documents'][0]}": ['id="doc-text"', "<mark class="],
        "/search?q=floods": ['class="hits"', "<mark>"],
        "/api-docs": ["/api/events", "/openapi.json"],
    }  # fmt: skip
    for url, needles in pages.items():
        response = client.get(url, headers={"accept": "text/html"})
        assert response.status_code == 200, url
        assert response.headers["content-type"].startswith("text/html")
        csp = response.headers["content-security-policy"]
        assert "default-src 'self'" in csp and "frame-ancestors 'none'" in csp
        for needle in needles:
            assert needle in response.text, (url, needle)
        # Offline: no page refers to another host.
        assert not re.search(r'(src|href)="(https?:)?//', response.text.replace('href="https://', "")), url
    for asset in ("/static/report.css", "/static/report.js", "/static/web.css", "/static/web.js"):
        assert client.get(asset).status_code == 200


def test_web_ui_errors_are_pages_for_browsers_and_json_otherwise(client: Client) -> None:
    page = client.get("/stories/no-such-story", headers={"accept": "text/html,application/xhtml+xml"})
    assert page.status_code == 404 and page.headers["content-type"].startswith("text/html")
    assert "not_found" in page.text and "no story" in page.text
    assert_error(client.get("/stories/no-such-story"), 404, "not_found")
    assert_error(client.get("/api/stories/nope", headers={"accept": "text/html"}), 404, "not_found")
    bad = client.get("/events?date_from=yesterday&country=Morocco", headers={"accept": "text/html"})
    assert bad.status_code == 200 and "Ignored" in bad.text


def test_web_serve_refuses_a_missing_database(tmp_path: Path) -> None:
    result = subprocess.run(
        [sys.executable, "-m", "newsfold", "serve", "--db", str(tmp_path / "missing.db")],
        capture_output=True, text=True, timeout=60, check=False,
    )  # fmt: skip
    assert result.returncode == 4 and "no database" in result.stderr


# ---------------------------------------------------------------------------- OpenAPI fuzzing


def test_web_openapi_schemathesis(examples: tuple[dict[str, Any], Path], tmp_path: Path, nlp: Any) -> None:
    """Every operation, fuzzed from the OpenAPI document (bounded, derandomized)."""
    schemathesis = pytest.importorskip("schemathesis")
    from hypothesis import HealthCheck, Phase, given, settings
    from schemathesis import GenerationMode

    from newsfold.web import create_app

    app = create_app(copy_db(examples[1], tmp_path / "db"), nlp=nlp)
    schema = schemathesis.openapi.from_asgi("/openapi.json", app)
    operations = [result.ok() for result in schema.get_all_operations()]
    assert len(operations) >= 12
    for operation in operations:
        examples_per_mode = 4 if operation.method.upper() == "POST" else 12
        has_input = any(True for _ in operation.iter_parameters()) or operation.method.upper() == "POST"
        modes = (GenerationMode.POSITIVE, GenerationMode.NEGATIVE) if has_input else (GenerationMode.POSITIVE,)
        for mode in modes:

            @settings(
                max_examples=examples_per_mode, derandomize=True, database=None, deadline=None,
                phases=[Phase.explicit, Phase.generate], suppress_health_check=list(HealthCheck),
            )  # fmt: skip
            @given(case=operation.as_strategy(generation_mode=mode))
            def check(case: Any) -> None:
                case.call_and_validate()

            check()
    app.state.newsfold.store.close()


# ---------------------------------------------------------------------------- a real browser


def _free_port() -> int:
    with socket.socket(socket.AF_INET, socket.SOCK_STREAM) as sock:
        sock.bind(("127.0.0.1", 0))
        return int(sock.getsockname()[1])


@pytest.fixture
def live_server(examples: tuple[dict[str, Any], Path], tmp_path: Path) -> Iterator[str]:
    """``newsfold serve`` in a subprocess, on a free loopback port; yields its base URL."""
    db = copy_db(examples[1], tmp_path / "db")
    port = _free_port()
    log = (tmp_path / "serve.log").open("w")
    process = subprocess.Popen(
        [sys.executable, "-m", "newsfold", "serve", "--db", str(db), "--port", str(port)],
        stdout=log, stderr=subprocess.STDOUT, env={**os.environ, "PYTHONUNBUFFERED": "1"},
    )  # fmt: skip
    base = f"http://127.0.0.1:{port}"
    try:
        deadline = time.monotonic() + 60
        while True:
            try:
                with urllib.request.urlopen(f"{base}/api/health", timeout=2) as response:
                    if response.status == 200:
                        break
            except OSError:
                pass
            if process.poll() is not None or time.monotonic() > deadline:
                log.close()
                pytest.fail(f"newsfold serve did not start: {(tmp_path / 'serve.log').read_text()[-2000:]}")
            time.sleep(0.2)
        yield base
    finally:
        process.terminate()
        try:
            process.wait(timeout=10)
        except subprocess.TimeoutExpired:
            process.kill()
            process.wait()
        log.close()


@pytest.mark.slow
def test_web_ui_in_chromium(live_server: str, tmp_path: Path, fold: dict[str, Any]) -> None:
    chromium = shutil.which("chromium")
    if chromium is None:
        pytest.skip("chromium is not installed")
    sync_api = pytest.importorskip("playwright.sync_api", reason="the playwright package is not installed")

    outside: list[str] = []
    problems: list[str] = []
    shots = tmp_path / "screenshots"
    shots.mkdir()
    with sync_api.sync_playwright() as pw:
        browser = pw.chromium.launch(
            executable_path=chromium,
            headless=True,
            args=["--headless", "--no-sandbox", "--disable-gpu", "--disable-background-networking",
                  "--disable-component-update"],
        )  # fmt: skip
        try:
            page = browser.new_page(viewport={"width": 1280, "height": 900})

            def only_local(route: Any) -> None:
                url = route.request.url
                if url.startswith(live_server) or url.startswith("data:"):
                    route.continue_()
                else:
                    outside.append(url)
                    route.abort()

            page.route("**/*", only_local)
            page.on("console", lambda m: problems.append(m.text) if m.type == "error" else None)
            page.on("pageerror", lambda e: problems.append(str(e)))

            # Stories list -> the biggest story.
            page.goto(live_server + "/")
            story = max(fold["stories"], key=lambda s: len(s["documents"]))
            page.locator(f'[data-story="{story["id"]}"] h3 a').click()
            page.wait_for_url(f"**/stories/{story['id']}")
            page.wait_for_selector('svg#nf-map[data-nf-map="ok"]', timeout=15_000)
            assert page.locator("svg#nf-map path.country").count() > 150
            places = page.locator("svg#nf-map a.place circle").count()
            assert places >= 1 and int(page.get_attribute("svg#nf-map", "data-nf-places") or 0) == places
            assert page.locator("svg.timeline a.mark").count() >= 1
            assert page.locator("ol.brief li").count() == len(story["brief"])
            assert page.locator("#sources tbody tr").count() == len(story["documents"])
            box = page.locator("svg#nf-map").bounding_box()
            assert box is not None and box["width"] > 500 and box["height"] > 200
            page.screenshot(path=str(shots / "story.png"), full_page=True)

            # Zoom to the places, then the entity page of a place, with its aliases.
            page.click("#nf-map-fit")
            page.locator("svg#nf-map").screenshot(path=str(shots / "story-map-zoomed.png"))
            page.locator("table.places tbody tr a").first.click()
            page.wait_for_selector("h1")
            assert "/entities/" in page.url
            page.wait_for_selector('svg#nf-map[data-nf-map="ok"]', timeout=15_000)
            page.screenshot(path=str(shots / "entity.png"), full_page=True)

            # Search from the navigation bar, then open a hit: its cited stretches are marked.
            page.fill("nav form input[name=q]", "floods")
            page.press("nav form input[name=q]", "Enter")
            page.wait_for_selector("ol.hits li")
            assert page.locator("ol.hits li").count() >= 3
            page.screenshot(path=str(shots / "search.png"), full_page=True)
            page.locator("ol.hits li a").first.click()
            page.wait_for_selector("#doc-text")
            assert page.locator("#doc-text mark").count() >= 1
            page.screenshot(path=str(shots / "document.png"), full_page=True)
        finally:
            browser.close()
    assert outside == [], f"the UI tried to reach the network: {outside}"
    assert problems == [], problems
    for name in ("story.png", "story-map-zoomed.png", "entity.png", "search.png", "document.png"):
        assert (shots / name).stat().st_size > 10_000
    print(f"screenshots in {shots}")
