"""Tests for newsfold.report: the self-contained offline HTML report.

The fold and article texts below are invented for these tests.
"""

from __future__ import annotations

import json
import re
import shutil
import subprocess
from html.parser import HTMLParser
from pathlib import Path
from typing import Any

import pytest

from newsfold.report import render_report, write_report

HOSTILE_SCRIPT = "<script>alert(1)</script>"
HOSTILE_ATTR = '"><img src=x onerror=alert(1)>'

TEXTS: dict[str, str] = {
    "d1": (
        "Harbour officials in Porto said on Tuesday that "
        "a fire destroyed two warehouses. "
        "Firefighters arrived within minutes. Nobody was hurt, the officials said."
    ),
    "d2": (
        "A blaze tore through warehouses at the Porto harbour. "
        "Three warehouses were lost, "
        "according to the port authority. The cause is unknown."
    ),
    "d3": (
        "The Lisbon city council approved a new cycling race for the spring. "
        "Riders will cross the old town twice."
    ),
    "d4": (
        "Organisers said 120 riders finished the Lisbon race in 2024. "
        "A year earlier 95 riders had finished."
    ),
    "d5": (
        f"Hostile text {HOSTILE_SCRIPT} and {HOSTILE_ATTR} in the body. "
        "Police arrested 2 people."
    ),
}


def _mention(doc: str, phrase: str) -> dict[str, Any]:
    start = TEXTS[doc].index(phrase)
    return {"document": doc, "start": start, "end": start + len(phrase), "text": phrase}


def make_fold() -> dict[str, Any]:
    """A small fold: 2 stories, 4 documents (+1 hostile), events, 2 places."""
    documents = [
        {
            "id": "d1",
            "title": "Fire at Porto harbour",
            "url": "https://example.org/porto-fire",
            "outlet": "Harbour Daily",
            "published": "2024-03-05",
            "language": "en",
            "story": "s-fire",
        },
        {
            "id": "d2",
            "title": "Warehouses burn in Porto",
            "url": "http://example.net/blaze",
            "outlet": "Coast Courier",
            "published": "2024-03-06",
            "language": "en",
            "story": "s-fire",
        },
        {
            "id": "d3",
            "title": "Council backs cycling race",
            "url": None,
            "outlet": "City Bulletin",
            "published": "2024-01-20",
            "language": "en",
            "story": "s-race",
        },
        {
            "id": "d4",
            "title": "Lisbon race numbers",
            "url": "ftp://example.com/not-a-link",
            "outlet": None,
            "published": None,
            "language": "en",
            "story": "s-race",
            "copy_of": "d3",
        },
        {
            "id": "d5",
            "title": f"Hostile {HOSTILE_SCRIPT} {HOSTILE_ATTR}",
            "url": "javascript:alert(1)",
            "outlet": HOSTILE_ATTR,
            "published": "2024-02-01",
            "language": "en",
            "story": "s-race",
        },
    ]
    stories = [
        {
            "id": "s-fire",
            "title": "Warehouse fire in Porto",
            "documents": ["d1", "d2"],
            "topic": "t-1",
            "first_seen": "2024-03-05",
            "last_seen": "2024-03-06",
            "brief": [
                {
                    "text": "A fire destroyed warehouses at the Porto harbour.",
                    "documents": ["d1", "d2"],
                },
                {"text": "Nobody was hurt.", "documents": ["d1"]},
            ],
        },
        {
            "id": "s-race",
            "title": "Lisbon cycling race",
            "documents": ["d3", "d4", "d5"],
            "topic": "t-1",
            "first_seen": "2024-01-20",
            "last_seen": "2024-02-01",
            "brief": [
                {"text": "Lisbon approved a spring cycling race.", "documents": ["d3"]},
                {
                    "text": f"A hostile sentence {HOSTILE_SCRIPT}.",
                    "documents": ["d5", "d-missing"],
                },
            ],
        },
    ]
    topics = [
        {
            "id": "t-1",
            "title": "Portugal",
            "documents": ["d1", "d2", "d3", "d4", "d5"],
            "stories": ["s-fire", "s-race"],
        }
    ]
    entities = [
        {
            "id": "e-porto",
            "name": "Porto",
            "type": "GPE",
            "aliases": ["Oporto"],
            "documents": ["d1", "d2"],
            "mentions": 6,
            "lat": 41.15,
            "lon": -8.61,
            "country": "PT",
        },
        {
            "id": "e-lisbon",
            "name": "Lisbon",
            "type": "GPE",
            "aliases": ["Lisboa"],
            "documents": ["d3", "d4"],
            "mentions": 3,
            "lat": 38.72,
            "lon": -9.14,
            "country": "PT",
        },
        {
            "id": "e-council",
            "name": "Lisbon city council",
            "type": "ORG",
            "aliases": [],
            "documents": ["d3"],
            "mentions": 1,
            "lat": None,
            "lon": None,
            "country": None,
        },
        {
            "id": "e-hostile",
            "name": f"Evil {HOSTILE_SCRIPT}",
            "type": "PERSON",
            "aliases": [HOSTILE_ATTR],
            "documents": ["d5"],
            "mentions": 1,
            "lat": 10.0,
            "lon": 10.0,
            "country": "NG",
        },
    ]
    events = [
        {
            "id": "v-fire",
            "type": "DISASTER",
            "plover": None,
            "date": "2024-03-05",
            "locations": ["Porto"],
            "countries": ["PT"],
            "count": {"value": 2, "what": "warehouses destroyed"},
            "actors": [],
            "targets": [],
            "documents": ["d1", "d2"],
            "mentions": [
                _mention("d1", "a fire destroyed two warehouses"),
                _mention("d2", "Three warehouses were lost"),
            ],
            "confidence": 0.9,
        },
        {
            "id": "v-approve",
            "type": "OTHER",
            "plover": None,
            "date": "2024-01",
            "locations": ["Lisbon"],
            "countries": ["PT"],
            "count": None,
            "actors": ["Lisbon city council"],
            "targets": [],
            "documents": ["d3"],
            "mentions": [_mention("d3", "approved a new cycling race")],
            "confidence": 0.6,
        },
        {
            "id": "v-race-2024",
            "type": "SPORTS_RESULT",
            "plover": None,
            "date": "2024",
            "locations": ["Lisbon"],
            "countries": ["PT"],
            "count": {"value": 120, "what": "riders finished"},
            "actors": [],
            "targets": [],
            "documents": ["d4"],
            "mentions": [_mention("d4", "120 riders finished the Lisbon race")],
            "confidence": 0.7,
        },
        {
            "id": "v-race-2023",
            "type": "SPORTS_RESULT",
            "plover": None,
            "date": "2023",
            "locations": ["Lisbon"],
            "countries": ["PT"],
            "count": {"value": 95, "what": "riders finished"},
            "actors": [],
            "targets": [],
            "documents": ["d4"],
            "mentions": [_mention("d4", "95 riders had finished")],
            "confidence": 0.7,
        },
        {
            "id": "v-undated",
            "type": "ARREST",
            "plover": "COERCE",
            "date": None,
            "locations": [],
            "countries": [],
            "count": {"value": 2, "what": "people arrested"},
            "actors": ["Police"],
            "targets": [HOSTILE_ATTR],
            "documents": ["d5"],
            "mentions": [_mention("d5", "Police arrested 2 people")],
            "confidence": 0.5,
        },
    ]
    conflicts = [
        {
            "event": "v-fire",
            "subject": "Porto harbour fire",
            "attribute": "warehouses destroyed",
            "kind": "hard",
            "values": [
                {
                    "value": 2,
                    "documents": ["d1"],
                    "quotes": ["a fire destroyed two warehouses"],
                },
                {
                    "value": 3,
                    "documents": ["d2"],
                    "quotes": ["Three warehouses were lost"],
                },
            ],
        },
        {
            "event": "v-race-2024",
            "subject": "Lisbon race",
            "attribute": "riders finished",
            "kind": "soft",
            "values": [
                {
                    "value": 120,
                    "date": "2024",
                    "documents": ["d4"],
                    "quotes": ["120 riders finished the Lisbon race in 2024"],
                },
                {
                    "value": 95,
                    "date": "2023",
                    "documents": ["d4", "d5"],
                    "quotes": ["A year earlier 95 riders had finished", HOSTILE_ATTR],
                },
            ],
        },
    ]
    plots = [
        {
            "id": "v-plot",
            "type": "ATTACK",
            "date": "2024-04",
            "status": "plot",
            "count": {"value": 3, "what": "sites targeted", "qualifier": "at least"},
            "documents": ["d2"],
            "mentions": [_mention("d2", "The cause is unknown")],
        }
    ]
    return {
        "generator": "newsfold 0.0-test",
        "plots": plots,
        "documents": documents,
        "stories": stories,
        "topics": topics,
        "entities": entities,
        "events": events,
        "conflicts": conflicts,
        "skipped": [
            {
                "source": "broken.html",
                "code": "NF-E103",
                "reason": "not text",
                "line": None,
            }
        ],
    }


@pytest.fixture(scope="module")
def html() -> str:
    return render_report(make_fold(), texts=TEXTS, title="Test report")


def _json_blocks(page: str) -> dict[str, str]:
    pattern = re.compile(
        r'<script type="application/json" id="([^"]+)">(.*?)</script>', re.S
    )
    return {m.group(1): m.group(2) for m in pattern.finditer(page)}


class _TagCollector(HTMLParser):
    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.tags: list[tuple[str, list[str]]] = []

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        self.tags.append((tag, [name for name, _ in attrs]))


def _tags(page: str) -> list[tuple[str, list[str]]]:
    parser = _TagCollector()
    parser.feed(page)
    parser.close()
    return parser.tags


def _unescape_json(raw: str) -> Any:
    # The escapes \u003c etc. are valid JSON already; undo them by hand as a reader
    # and check json.loads gives the same result either way.
    unescaped = (
        raw.replace("\\u003c", "<")
        .replace("\\u003e", ">")
        .replace("\\u0026", "&")
        .replace("\\u0027", "'")
    )
    value = json.loads(unescaped)
    assert value == json.loads(raw)
    return value


def test_report_contains_each_section(html: str) -> None:
    assert html.startswith("<!DOCTYPE html>")
    assert "<title>Test report</title>" in html
    for section in ("stories", "timeline", "map", "entities", "conflicts", "sources"):
        assert f'<section id="{section}"' in html
    counts = re.search(r'<ul class="counts" id="counts">(.*?)</ul>', html, re.S)
    assert counts is not None
    text = re.sub(r"<[^>]+>", " ", counts.group(1))
    text = re.sub(r"\s+", " ", text)
    for expected in (
        "5 documents",
        "2 stories",
        "5 events",
        "4 entities",
        "2 conflicts",
        "1 skipped input",
    ):
        assert expected in text
    assert "broken.html" in html and "NF-E103" in html
    # Stories: titles, first/last seen, brief sentences cited with links to the sources.
    assert "Warehouse fire in Porto" in html and "2024-03-05" in html
    assert '<a class="cite" href="#doc-d1"' in html
    assert '<tr id="doc-d1">' in html
    assert '<span class="cite missing">[d-missing]</span>' in html
    # Entities: name, aliases, country.
    assert "Oporto" in html and "Lisbon city council" in html


def test_report_references_no_external_resource(html: str) -> None:
    doc_urls = {"https://example.org/porto-fire", "http://example.net/blaze"}
    for attr, url in re.findall(
        r'\b(src|href|action|xlink:href)\s*=\s*["\']?\s*(https?:[^"\'\s>]*)', html, re.I
    ):
        assert attr.lower() == "href" and url in doc_urls, (attr, url)
    assert "@import" not in html
    assert not re.search(r"url\(\s*['\"]?\s*(https?:)?//", html, re.I)
    assert "<link" not in html and "<iframe" not in html
    # Beyond the two document links, the page names no http(s) address at all.
    remaining = html
    for url in doc_urls:
        remaining = remaining.replace(url, "")
    assert "http://" not in remaining and "https://" not in remaining
    # Document URLs become links only for http(s); other schemes stay text.
    assert 'href="https://example.org/porto-fire"' in html
    assert 'href="ftp:' not in html and 'href="javascript:' not in html
    assert "ftp://example.com/not-a-link" in html


def test_report_escapes_hostile_text(html: str) -> None:
    assert HOSTILE_SCRIPT not in html
    assert HOSTILE_ATTR not in html
    assert "<img" not in html
    assert "onerror=alert(1)>" not in html
    # It is there, escaped, in the text of the page ...
    assert "&lt;script&gt;alert(1)&lt;/script&gt;" in html
    assert "&#34;&gt;&lt;img src=x onerror=alert(1)&gt;" in html
    # ... and in the JSON for the map, as unicode escapes.
    blocks = _json_blocks(html)
    assert "\\u003cscript\\u003ealert(1)\\u003c/script\\u003e" in blocks["nf-places"]
    # Parsed as a browser would tokenise it: only our elements, no handler attributes.
    tags = _tags(html)
    assert [t for t, _ in tags if t == "script"] == [
        "script"
    ] * 3  # two JSON blocks, one script
    assert "img" not in {t for t, _ in tags}
    assert not [(t, a) for t, attrs in tags for a in attrs if a.startswith("on")]
    assert html.count("</script>") == 3


def test_report_embedded_json_parses_back(html: str) -> None:
    blocks = _json_blocks(html)
    assert set(blocks) == {"nf-topology", "nf-places"}
    for raw in blocks.values():
        assert "<" not in raw and ">" not in raw and "&" not in raw
    data = _unescape_json(blocks["nf-places"])
    names = [p["name"] for p in data["places"]]
    assert names == ["Porto", "Lisbon", f"Evil {HOSTILE_SCRIPT}"]
    porto = data["places"][0]
    assert porto["lat"] == 41.15 and porto["lon"] == -8.61 and porto["mentions"] == 6
    assert porto["aliases"] == ["Oporto"] and porto["country"] == "PT"
    assert porto["events"] == 1
    assert data["places"][2]["aliases"] == [HOSTILE_ATTR]
    # Portugal (620) and Nigeria (566) are shaded when pycountry is installed.
    assert data["countries"] in ([], ["566", "620"])


def test_report_embeds_topojson(html: str) -> None:
    topo = _unescape_json(_json_blocks(html)["nf-topology"])
    shipped = json.loads(
        (
            Path(__file__).parents[1] / "src/newsfold/report/countries-110m.json"
        ).read_text()
    )
    assert topo == shipped
    assert topo["type"] == "Topology"
    assert "transform" in topo and len(topo["arcs"]) > 100
    assert len(topo["objects"]["countries"]["geometries"]) > 150
    # The map is built by script, with a fallback without it.
    assert 'id="nf-map"' in html and "<noscript>" in html
    assert '<table class="places">' in html


def test_report_timeline_orders_events_and_has_undated_lane(html: str) -> None:
    order = re.findall(r'<li class="event" id="ev-([^"]+)">', html)
    dated = ["v-race-2023", "v-approve", "v-race-2024", "v-fire"]
    assert order == [*dated, "v-undated", "v-plot"]  # plots are listed after
    timeline = re.search(r'<svg class="timeline".*?</svg>', html, re.S)
    assert timeline is not None
    svg = timeline.group(0)
    assert ">undated</text>" in svg
    # One mark per event, each linking to its entry in the list.
    assert len(re.findall(r'<a href="#ev-[^"]+" class="mark ', svg)) == 5
    assert "p-day" in svg and "p-month" in svg and "p-year" in svg and "p-none" in svg
    assert "tick-label" in svg


@pytest.mark.parametrize(
    ("dates", "expected"),
    [
        (["2024-03-02", "2024-03-04"], ["26 Feb", "4 Mar"]),  # weekly, on Mondays
        (["2024-01-10", "2024-06"], ["Feb 2024", "Mar", "Jun"]),  # monthly
        (["1998", "2024-05-01"], ["2000", "2010", "2020"]),  # yearly
        (["0001-01-01", "9999-12"], ["1000", "9000"]),  # extremes do not overflow
    ],
)
def test_report_timeline_ticks_scale_with_span(
    dates: list[str], expected: list[str]
) -> None:
    events = [{"id": f"v-{i}", "type": "OTHER", "date": d} for i, d in enumerate(dates)]
    page = render_report({"events": events})
    labels = re.findall(r'<text class="tick-label"[^>]*>([^<]*)</text>', page)
    for label in expected:
        assert label in labels


def test_report_shows_mentions_as_sentences(html: str) -> None:
    # With texts, a mention is shown inside the one sentence that states it.
    quotes = re.findall(r'<blockquote class="quote">(.*?)</blockquote>', html, re.S)
    assert (
        "Harbour officials in Porto said on Tuesday that "
        "<mark>a fire destroyed two warehouses</mark>." in quotes
    )
    assert (
        "<mark>Three warehouses were lost</mark>, according to the port authority."
        in quotes
    )
    # Without texts, the quoted mention text is shown alone.
    bare = render_report(make_fold())
    assert "<mark>a fire destroyed two warehouses</mark></blockquote>" in bare


def test_report_conflicts_side_by_side(html: str) -> None:
    section = html[
        html.index('<section id="conflicts"') : html.index('<section id="sources"')
    ]
    hard = section.index("conflict kind-hard")
    soft = section.index("conflict kind-soft")
    assert hard < soft
    assert "contradiction" in section and "differs by time or scope" in section
    assert section.count('<div class="value">') == 4
    assert "as of 2023" in section and "as of 2024" in section
    assert "Three warehouses were lost" in section
    assert '<a href="#ev-v-fire">' in section


def test_report_lists_export_extras(html: str) -> None:
    # `plots`, `copy_of`, count qualifiers and `generator` come from newsfold's export.
    section = html[
        html.index('<section id="timeline"') : html.index('<section id="map"')
    ]
    plots = section[section.index("Planned, denied or hypothetical") :]
    assert '<li class="event" id="ev-v-plot">' in plots
    assert '<span class="badge status">plot</span>' in plots
    assert "at least 3 sites targeted" in plots
    timeline = section[section.index('<svg class="timeline"') : section.index("</svg>")]
    assert "ev-v-plot" not in timeline
    assert "near-copy of" in html and "Made by newsfold 0.0-test." in html


def test_report_empty_fold_renders() -> None:
    page = render_report({})
    for section in ("stories", "timeline", "map", "entities", "conflicts", "sources"):
        assert f'<section id="{section}"' in page
    assert "skipped" not in page.split("</header>")[0].split('id="counts"')[1]


def test_report_tolerates_odd_values() -> None:
    fold = make_fold()
    fold["events"].append(
        {
            "id": "v odd/1",
            "type": "NEW_KIND",
            "date": "2024-13-40",
            "mentions": [
                {"document": "d1", "start": 5000, "end": 5010, "text": "gone"}
            ],
        }
    )
    fold["entities"].append(
        {"id": "e-bad", "name": "Nowhere", "lat": "abc", "lon": 500}
    )
    page = render_report(fold, texts=TEXTS)
    assert 'id="ev-v_odd_1~' in page  # ids are made safe as fragments
    assert (
        "2024-13-40" in page
    )  # an invalid date is shown as given and laid in the undated lane
    assert "<mark>gone</mark>" in page
    data = _unescape_json(_json_blocks(page)["nf-places"])
    assert "Nowhere" not in [p["name"] for p in data["places"]]


def test_report_puts_a_site_at_its_town_and_says_so() -> None:
    fold = make_fold()
    fold["entities"].append({"id": "e-quay", "name": "Ribeira Quay", "type": "FAC", "aliases": ["Ribeira Quay"],
                             "documents": ["d1"], "mentions": 2, "lat": 41.15, "lon": -8.61, "country": "PT",
                             "within": "Porto"})
    page = render_report(fold, texts=TEXTS)
    quay = next(p for p in _unescape_json(_json_blocks(page)["nf-places"])["places"] if p["name"] == "Ribeira Quay")
    assert quay["within"] == "Porto" and (quay["lat"], quay["lon"]) == (41.15, -8.61)
    assert "in Porto: the town&#39;s point" in page or "in Porto: the town's point" in page
    porto = next(p for p in _unescape_json(_json_blocks(page)["nf-places"])["places"] if p["name"] == "Porto")
    assert porto["within"] == ""  # a town is shown at its own point


def test_report_write_report(tmp_path: Path) -> None:
    out = tmp_path / "report.html"
    write_report(make_fold(), out, texts=TEXTS)
    assert out.read_text(encoding="utf-8") == render_report(make_fold(), texts=TEXTS)


def test_report_renders_in_chromium(tmp_path: Path) -> None:
    chromium = shutil.which("chromium")
    if chromium is None:
        pytest.skip("chromium is not installed")
    page = tmp_path / "report.html"
    write_report(make_fold(), page, texts=TEXTS)
    result = subprocess.run(
        [
            chromium,
            "--headless",
            "--no-sandbox",
            "--disable-gpu",
            "--disable-background-networking",
            "--disable-component-update",
            f"--user-data-dir={tmp_path / 'profile'}",
            "--dump-dom",
            page.as_uri(),
        ],
        capture_output=True,
        text=True,
        timeout=180,
        check=False,
    )
    assert result.returncode == 0, result.stderr[-2000:]
    dom = result.stdout
    assert 'data-nf-map="ok"' in dom
    assert 'data-nf-places="3"' in dom
    assert dom.count('class="country') > 150
    assert len(re.findall(r'<a class="place" href="#ent-', dom)) == 3
    # The hostile entity is a tooltip text, never an element.
    assert "<img" not in dom
