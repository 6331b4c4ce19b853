"""One self-contained, offline HTML report rendered from a fold.

The page is a single file: the stylesheet, the script, the data the script
needs and the Natural Earth 1:110m country outlines (TopoJSON from the
``world-atlas`` package, see ``NOTICE.md``) are all inlined, so it opens from
``file://`` with no network and fetches nothing.

Safety rules the page keeps:

* every piece of article-derived text reaches the HTML through Jinja2 with
  autoescape on and is never marked safe;
* the JSON blobs read by the script sit in ``<script type="application/json">``
  with ``<``, ``>``, ``&`` and ``'`` written as ``\\u003c`` and friends, so text such
  as ``</script>`` cannot end the element early;
* a document URL becomes a link only when it starts with ``http://`` or
  ``https://``; no inline event handler is ever built from data.

Example::

    from newsfold.report import write_report
    write_report(fold, "out/report.html", texts={"doc-1": "Full article text ..."})
"""

from __future__ import annotations

import calendar
import functools
import hashlib
import json
import math
import re
from collections.abc import Callable, Iterable, Mapping
from dataclasses import dataclass
from datetime import date
from importlib import resources
from os import PathLike
from pathlib import Path
from typing import TYPE_CHECKING, Any

from markupsafe import Markup

if TYPE_CHECKING:
    import jinja2

__all__ = ["render_report", "write_report"]

# Event types named in CONTRACT.md, in the order of the palette (report.css ty-N).
_KNOWN_TYPES: tuple[str, ...] = (
    "ARREST",
    "SEIZURE",
    "ATTACK",
    "KILLING",
    "MILITARY_OPERATION",
    "COOPERATION",
    "PROTEST",
    "DISASTER",
    "ELECTION",
    "ACQUISITION",
    "SPORTS_RESULT",
    "OTHER",
)
_PALETTE_SIZE = 12  # number of ty-N colour classes defined in report.css

# How much text around an event mention is shown when no sentence end is found.
_CONTEXT_CHARS = 300

# Timeline geometry, in SVG user units (the SVG scales to the page width).
_TL_WIDTH = 960
_TL_LEFT = 90  # room for the lane labels
_TL_RIGHT = 20
_TL_ROW = 18
_TL_MAX_ROWS = 30  # past this, marks share the last row rather than grow the figure

_DATE_RE = re.compile(r"^(\d{4})(?:-(\d{1,2})(?:-(\d{1,2}))?)?(?:[T ].*)?$")
# A sentence ends at . ! ? or … (maybe closing quotes/brackets) before white space,
# or at a line break.
_SENTENCE_END = re.compile(r"[.!?\u2026]+[\"'\u201d\u2019)\]]*(?=\s)|\n")
_ANCHOR_UNSAFE = re.compile(r"[^A-Za-z0-9_.-]")
# Turns a document id into {"id", "href", "title"} for a citation link.
_Cite = Callable[[Any], dict[str, Any]]

_MONTHS: tuple[str, ...] = ("Jan", "Feb", "Mar", "Apr", "May", "Jun")
_MONTHS += ("Jul", "Aug", "Sep", "Oct", "Nov", "Dec")


def render_report(
    fold: Mapping[str, Any],
    *,
    texts: Mapping[str, str] | None = None,
    title: str = "newsfold report",
) -> str:
    """Render a fold as one self-contained HTML page.

    :param fold: the fold as a CONTRACT-shaped dict (``documents``, ``stories``,
        ``topics``, ``entities``, ``events``, ``conflicts`` and optionally ``skipped``);
        missing sections render as empty.
    :param texts: optional map of document id to full article text; event mentions
        (character offsets) are then shown as the sentence that states them.
    :param title: the page title.
    :returns: the HTML page as a string; it references no external resource.

    Example::

        html = render_report({"documents": [], "stories": []}, title="Morocco arrests")
    """
    context = _build_context(fold, texts or {}, title)
    html: str = _template().render(**context)
    return html


def write_report(
    fold: Mapping[str, Any],
    path: str | PathLike[str],
    *,
    texts: Mapping[str, str] | None = None,
    title: str = "newsfold report",
) -> None:
    """Render a fold (see :func:`render_report`) and write it to ``path`` as UTF-8.

    :param fold: the fold as a CONTRACT-shaped dict.
    :param path: the HTML file to write; its parent directory must exist.
    :param texts: optional map of document id to full article text.
    :param title: the page title.

    Example::

        write_report(fold, "out/report.html")
    """
    html = render_report(fold, texts=texts, title=title)
    Path(path).write_text(html, encoding="utf-8")


# --------------------------------------------------------------------------- assets


def _asset(name: str) -> str:
    return resources.files(__name__).joinpath(name).read_text(encoding="utf-8")


@functools.lru_cache(maxsize=1)
def _template() -> jinja2.Template:
    # Imported here so that `import newsfold` stays cheap.
    import jinja2

    env = jinja2.Environment(
        loader=jinja2.DictLoader(shared_templates()),
        autoescape=True,
        undefined=jinja2.StrictUndefined,
        trim_blocks=True,
        lstrip_blocks=True,
        keep_trailing_newline=True,
    )
    return env.from_string(_asset("report.html"))


def shared_templates() -> dict[str, str]:
    """Templates the report shares with the web UI (``figures.html``: the timeline)."""
    return {"figures.html": _asset("figures.html")}


@functools.lru_cache(maxsize=1)
def _static_assets() -> tuple[Markup, Markup, Markup]:
    """The stylesheet, script and TopoJSON, ready to inline (ours, not data)."""
    css = _asset("report.css")
    js = _asset("report.js")
    for text, closer in ((css, "</style"), (js, "</script")):
        if closer in text.lower():  # pragma: no cover - guards our own files
            raise ValueError(f"report asset contains {closer!r}")
    topo = json.loads(_asset("countries-110m.json"))
    return Markup(css), Markup(js), _script_json(topo)


def _script_json(value: Any) -> Markup:
    """JSON that is safe inside ``<script type="application/json">``.

    ``<``, ``>``, ``&`` and ``'`` are written as JSON unicode escapes, so no data can
    close the element or open a comment; ``JSON.parse`` restores them. This is the
    same transformation as Jinja2's ``tojson`` filter; the result is marked safe
    only because nothing in it can be read as markup any more.
    """
    text = json.dumps(value, ensure_ascii=False, sort_keys=True, allow_nan=False)
    text = (
        text.replace("<", "\\u003c")
        .replace(">", "\\u003e")
        .replace("&", "\\u0026")
        .replace("'", "\\u0027")
        .replace("\u2028", "\\u2028")
        .replace("\u2029", "\\u2029")
    )
    return Markup(text)


# --------------------------------------------------------------------------- helpers


def _records(fold: Mapping[str, Any], key: str) -> list[Mapping[str, Any]]:
    value = fold.get(key)
    if not isinstance(value, list | tuple):
        return []
    return [item for item in value if isinstance(item, Mapping)]


def _strings(value: Any) -> list[str]:
    if isinstance(value, str):
        return [value]
    if not isinstance(value, list | tuple):
        return []
    return [str(item) for item in value if item is not None and str(item) != ""]


def _text(value: Any) -> str:
    if value is None:
        return ""
    if isinstance(value, float) and value.is_integer():
        return str(int(value))
    return str(value)


def _number(value: Any) -> float | None:
    if isinstance(value, bool):
        return None
    if isinstance(value, int | float):
        result = float(value)
    elif isinstance(value, str):
        try:
            result = float(value)
        except ValueError:
            return None
    else:
        return None
    return result if math.isfinite(result) else None


def _format_value(value: Any) -> str:
    if isinstance(value, bool) or value is None:
        return _text(value)
    if isinstance(value, int):
        return f"{value:,}"
    if isinstance(value, float):
        return f"{int(value):,}" if value.is_integer() else f"{value:,}"
    return str(value)


class _Anchors:
    """Turns data ids into HTML ids that are valid URL fragments and never collide."""

    def __init__(self) -> None:
        self._seen: dict[tuple[str, str], str] = {}

    def __call__(self, kind: str, raw: Any) -> str:
        key = (kind, _text(raw))
        found = self._seen.get(key)
        if found is not None:
            return found
        clean = _ANCHOR_UNSAFE.sub("_", key[1])[:60]
        if clean != key[1] or not clean:
            digest = hashlib.sha1(key[1].encode("utf-8")).hexdigest()[:8]
            clean = f"{clean}~{digest}"
        anchor = f"{kind}-{clean}"
        self._seen[key] = anchor
        return anchor


@dataclass(frozen=True, slots=True)
class _When:
    """A parsed fold date: the range of days it covers and its precision."""

    start: date
    end: date
    precision: str  # "day", "month" or "year"


def _parse_date(value: Any) -> _When | None:
    if not isinstance(value, str):
        return None
    match = _DATE_RE.match(value.strip())
    if match is None:
        return None
    year = int(match.group(1))
    try:
        if match.group(3):
            day = date(year, int(match.group(2)), int(match.group(3)))
            return _When(day, day, "day")
        if match.group(2):
            month = int(match.group(2))
            last_day = calendar.monthrange(year, month)[1]
            return _When(date(year, month, 1), date(year, month, last_day), "month")
        return _When(date(year, 1, 1), date(year, 12, 31), "year")
    except ValueError:
        return None


def _type_class(event_type: str) -> str:
    if event_type in _KNOWN_TYPES:
        index = _KNOWN_TYPES.index(event_type)
    else:
        index = (
            int(hashlib.sha1(event_type.encode("utf-8")).hexdigest(), 16)
            % _PALETTE_SIZE
        )
    return f"ty-{index}"


def _sentence_around(text: str, start: int, end: int) -> tuple[str, str, str]:
    """Split the sentence around ``text[start:end]`` into (before, mention, after)."""
    low = max(0, start - _CONTEXT_CHARS)
    begin = low
    for match in _SENTENCE_END.finditer(text, low, start):
        begin = match.end()
    while begin < start and text[begin].isspace():
        begin += 1
    high = min(len(text), end + _CONTEXT_CHARS)
    finish = high
    after_end = _SENTENCE_END.search(text, max(start, end - 1), high)
    if after_end is not None:
        finish = after_end.start() if after_end.group() == "\n" else after_end.end()
        finish = max(finish, end)
    before = ("\u2026" if begin == low and low > 0 else "") + text[begin:start]
    after = text[end:finish] + ("\u2026" if finish == high and high < len(text) else "")
    return before, text[start:end], after


def _mention_context(
    mention: Mapping[str, Any], texts: Mapping[str, str]
) -> dict[str, Any]:
    """Show the whole sentence where the full text is known and fits the offsets."""
    quoted = _text(mention.get("text"))
    document = _text(mention.get("document"))
    full = texts.get(document)
    start, end = mention.get("start"), mention.get("end")
    if (
        isinstance(full, str)
        and isinstance(start, int)
        and isinstance(end, int)
        and not isinstance(start, bool)
        and not isinstance(end, bool)
    ):
        if 0 <= start < end <= len(full) and (not quoted or full[start:end] == quoted):
            before, mark, after = _sentence_around(full, start, end)
            return {"before": before, "mark": mark, "after": after, "in_context": True}
        if quoted:
            # Offsets that drifted a little: trust the quoted text if found nearby.
            near = full.find(quoted, max(0, start - 200))
            if near >= 0 and abs(near - start) <= 200:
                before, mark, after = _sentence_around(full, near, near + len(quoted))
                return {
                    "before": before,
                    "mark": mark,
                    "after": after,
                    "in_context": True,
                }
    return {"before": "", "mark": quoted, "after": "", "in_context": False}


# --------------------------------------------------------------------------- sections


def _build_context(
    fold: Mapping[str, Any], texts: Mapping[str, str], title: str
) -> dict[str, Any]:
    anchor = _Anchors()
    documents = _records(fold, "documents")
    doc_by_id: dict[str, Mapping[str, Any]] = {}
    for doc in documents:
        doc_by_id.setdefault(_text(doc.get("id")), doc)
    story_ids = {_text(s.get("id")) for s in _records(fold, "stories")}
    event_ids = {_text(e.get("id")) for e in _records(fold, "events")}
    topics = {
        _text(t.get("id")): _text(t.get("title")) for t in _records(fold, "topics")
    }

    def cite(doc_id: Any) -> dict[str, Any]:
        key = _text(doc_id)
        doc = doc_by_id.get(key)
        return {
            "id": key,
            "href": "#" + anchor("doc", key) if doc is not None else None,
            "title": _text(doc.get("title")) if doc is not None else "",
        }

    css, js, topo = _static_assets()
    events, timeline, plots = _events_section(fold, texts, cite, anchor)
    entities, places, places_json = _entities_section(fold, anchor)
    conflicts = _conflicts_section(fold, cite, anchor, event_ids)
    skipped = _skipped_section(fold)
    stories = _stories_section(fold, cite, anchor, doc_by_id, topics)
    sources = _sources_section(documents, cite, anchor, story_ids)

    counts = [
        (len(documents), "document", "documents", "#sources"),
        (len(stories), "story", "stories", "#stories"),
        (len(topics), "topic", "topics", None),
        (len(events), "event", "events", "#timeline"),
        (len(entities), "entity", "entities", "#entities"),
        (len(places), "place", "places", "#map"),
        (len(conflicts), "conflict", "conflicts", "#conflicts"),
    ]
    if "skipped" in fold:
        counts.append(
            (
                len(skipped),
                "skipped input",
                "skipped inputs",
                "#skipped" if skipped else None,
            )
        )

    return {
        "title": title,
        "css": css,
        "js": js,
        "topo_json": topo,
        "places_json": places_json,
        "counts": [(n, one if n == 1 else many, href) for n, one, many, href in counts],
        "hard_conflicts": sum(1 for c in conflicts if c["kind"] == "hard"),
        "soft_conflicts": sum(1 for c in conflicts if c["kind"] == "soft"),
        "stories": stories,
        "events": events,
        "timeline": timeline,
        "plots": plots,
        "generator": _text(fold.get("generator")) or "newsfold",
        "entities": entities,
        "places": places,
        "conflicts": conflicts,
        "sources": sources,
        "skipped": skipped,
    }


def _stories_section(
    fold: Mapping[str, Any],
    cite: _Cite,
    anchor: _Anchors,
    doc_by_id: Mapping[str, Mapping[str, Any]],
    topics: Mapping[str, str],
) -> list[dict[str, Any]]:
    stories = []
    for story in _records(fold, "stories"):
        story_docs = []
        for doc_id in _strings(story.get("documents")):
            doc = doc_by_id.get(doc_id, {})
            story_docs.append(
                {
                    **cite(doc_id),
                    "outlet": _text(doc.get("outlet")),
                    "published": _text(doc.get("published")),
                }
            )
        story_docs.sort(key=lambda d: (d["published"] or "9999", d["id"]))
        brief = [
            {
                "text": _text(s.get("text")),
                "cites": [cite(d) for d in _strings(s.get("documents"))],
            }
            for s in _records(story, "brief")
        ]
        topic_id = _text(story.get("topic"))
        stories.append(
            {
                "anchor": anchor("story", story.get("id")),
                "id": _text(story.get("id")),
                "title": _text(story.get("title")) or "(untitled story)",
                "topic": topics.get(topic_id, topic_id),
                "first_seen": _text(story.get("first_seen")),
                "last_seen": _text(story.get("last_seen")),
                "brief": brief,
                "documents": story_docs,
            }
        )
    stories.sort(
        key=lambda s: (-len(s["documents"]), s["first_seen"] or "9999", s["id"])
    )
    return stories


def _events_section(
    fold: Mapping[str, Any], texts: Mapping[str, str], cite: _Cite, anchor: _Anchors
) -> tuple[list[dict[str, Any]], dict[str, Any], list[dict[str, Any]]]:
    """Reported events (sorted by date) with their timeline, and the ``plots`` list.

    ``plots`` (planned, denied or hypothetical events) is an export extension beyond
    CONTRACT.md; it is listed apart and kept off the time axis.
    """
    events = _sorted_events(
        [_event_record(raw, texts, cite, anchor) for raw in _records(fold, "events")]
    )
    plots = _sorted_events(
        [_event_record(raw, texts, cite, anchor) for raw in _records(fold, "plots")]
    )
    return events, _timeline(events), plots


def _event_record(
    raw: Mapping[str, Any], texts: Mapping[str, str], cite: _Cite, anchor: _Anchors
) -> dict[str, Any]:
    mentions = []
    for mention in _records(raw, "mentions"):
        start, end = mention.get("start"), mention.get("end")
        span = f"{start}\u2013{end}" if start is not None and end is not None else ""
        mentions.append(
            {
                **_mention_context(mention, texts),
                "doc": cite(mention.get("document")),
                "span": span,
            }
        )
    event_type = _text(raw.get("type")) or "OTHER"
    count = raw.get("count")
    count_text = ""
    if isinstance(count, Mapping) and count.get("value") is not None:
        parts = (
            _text(count.get("qualifier")),
            _format_value(count.get("value")),
            _text(count.get("what")),
        )
        count_text = " ".join(p for p in parts if p)
    confidence = _number(raw.get("confidence"))
    locations = _strings(raw.get("locations"))
    summary = [event_type.replace("_", " ").lower()]
    if count_text:
        summary.append(count_text)
    if locations:
        summary.append(", ".join(locations[:3]))
    return {
        "anchor": anchor("ev", raw.get("id")),
        "id": _text(raw.get("id")),
        "type": event_type,
        "type_class": _type_class(event_type),
        "plover": _text(raw.get("plover")),
        "status": _text(raw.get("status")),
        "date": _text(raw.get("date")),
        "when": _parse_date(raw.get("date")),
        "locations": locations,
        "countries": _strings(raw.get("countries")),
        "count": count_text,
        "actors": _strings(raw.get("actors")),
        "targets": _strings(raw.get("targets")),
        "documents": [cite(d) for d in _strings(raw.get("documents"))],
        "confidence": f"{confidence:.2f}" if confidence is not None else "",
        "mentions": mentions,
        "summary": " \u00b7 ".join(summary),
    }


def _sorted_events(events: list[dict[str, Any]]) -> list[dict[str, Any]]:
    """By date (coarse dates by their first day), undated last, then by id."""
    far = date.max.toordinal() + 1

    def key(event: dict[str, Any]) -> tuple[int, int, str, str]:
        when: _When | None = event["when"]
        if when is None:
            return (far, far, event["date"], event["id"])
        return (
            when.start.toordinal(),
            when.end.toordinal(),
            event["date"],
            event["id"],
        )

    return sorted(events, key=key)


def _timeline(events: list[dict[str, Any]]) -> dict[str, Any]:
    """Lay out the SVG time axis: dated marks packed in rows, then an undated lane."""
    dated = [e for e in events if e["when"] is not None]
    undated = [e for e in events if e["when"] is None]
    plot_left, plot_right = _TL_LEFT, _TL_WIDTH - _TL_RIGHT
    marks: list[dict[str, Any]] = []
    ticks: list[dict[str, Any]] = []
    axis_y = 24
    y = axis_y + 16
    rows_used = 0
    if dated:
        lo: int = min(e["when"].start.toordinal() for e in dated)
        hi: int = max(e["when"].end.toordinal() + 1 for e in dated)
        if hi - lo < 30:
            middle = (lo + hi) // 2
            lo, hi = middle - 15, middle + 15
        pad = max(1, (hi - lo) // 40)
        lo, hi = max(1, lo - pad), min(date.max.toordinal(), hi + pad)

        def x_of(ordinal: float) -> float:
            return plot_left + (ordinal - lo) / (hi - lo) * (plot_right - plot_left)

        ticks = [
            {"x": round(x_of(d.toordinal()), 1), "label": label}
            for d, label in _ticks(date.fromordinal(lo), date.fromordinal(hi))
        ]
        row_ends: list[float] = []
        for event in dated:
            when = event["when"]
            x0, x1 = x_of(when.start.toordinal()), x_of(when.end.toordinal() + 1)
            if when.precision == "day" or x1 - x0 < 10:
                centre = (x0 + x1) / 2
                x0, x1 = centre - 5, centre + 5
            # First row with room (3 units of gap); a new row, or the last when full.
            row = next((i for i, last in enumerate(row_ends) if last + 3 <= x0), None)
            if row is None:
                if len(row_ends) < _TL_MAX_ROWS:
                    row_ends.append(x1)
                row = len(row_ends) - 1
            row_ends[row] = max(row_ends[row], x1)
            marks.append(
                {
                    "event": event,
                    "shape": "circle" if when.precision == "day" else "bar",
                    "precision": when.precision,
                    "x": round(x0, 1),
                    "w": round(x1 - x0, 1),
                    "cx": round((x0 + x1) / 2, 1),
                    "y": y + row * _TL_ROW,
                }
            )
        rows_used = len(row_ends)
    dated_bottom = y + max(rows_used, 1) * _TL_ROW
    undated_top = dated_bottom + 10
    undated_marks: list[dict[str, Any]] = []
    if undated:
        per_row = max(1, int((plot_right - plot_left) // 16))
        for i, event in enumerate(undated):
            row, col = divmod(i, per_row)
            undated_marks.append(
                {
                    "event": event,
                    "cx": plot_left + 8 + col * 16,
                    "y": undated_top + 16 + row * _TL_ROW,
                }
            )
        undated_rows = (len(undated) - 1) // per_row + 1
    else:
        undated_rows = 0
    height = undated_top + (16 + undated_rows * _TL_ROW if undated else 0) + 8
    legend: dict[str, str] = {}
    for event in events:
        legend.setdefault(event["type"], event["type_class"])
    return {
        "width": _TL_WIDTH,
        "height": height,
        "plot_left": plot_left,
        "plot_right": plot_right,
        "axis_y": axis_y,
        "dated_top": y - 10,
        "dated_bottom": dated_bottom,
        "undated_top": undated_top,
        "ticks": ticks,
        "marks": marks,
        "undated_marks": undated_marks,
        "has_dated": bool(dated),
        "has_undated": bool(undated),
        "legend": sorted(legend.items()),
    }


def _ticks(first: date, last: date) -> list[tuple[date, str]]:
    """Round ticks (years, months or days) between two dates, about 12 at most."""
    span = last.toordinal() - first.toordinal()
    if span > 3 * 365:
        years = last.year - first.year + 1
        step = next(
            (s for s in (1, 2, 5, 10, 20, 50, 100, 200, 500) if years / s <= 12), 1000
        )
        start = first.year + (-first.year % step)
        if date(start, 1, 1) < first:
            start += step
        return [(date(y, 1, 1), str(y)) for y in range(start, last.year + 1, step)]
    if span > 62:
        months = (last.year - first.year) * 12 + last.month - first.month + 1
        step = next((s for s in (1, 2, 3, 6) if months / s <= 12), 12)
        result: list[tuple[date, str]] = []
        index = first.year * 12 + first.month - 1
        if date(first.year, first.month, 1) < first:
            index += 1
        index += -index % step
        while True:
            year, month = divmod(index, 12)
            if year > last.year or (year == last.year and month + 1 > last.month):
                break
            day = date(year, month + 1, 1)
            label = (
                _MONTHS[month] if month != 0 and result else f"{_MONTHS[month]} {year}"
            )
            result.append((day, label))
            index += step
        return result
    step = next((s for s in (1, 2, 7, 14) if span / s <= 12), 28)
    ordinal = first.toordinal()
    if step >= 7:  # weekly ticks fall on Mondays
        ordinal += -first.weekday() % 7
    days: list[tuple[date, str]] = []
    while ordinal <= last.toordinal():
        day = date.fromordinal(ordinal)
        label = f"{day.day} {_MONTHS[day.month - 1]}" + ("" if days else f" {day.year}")
        days.append((day, label))
        ordinal += step
    return days


def _entities_section(
    fold: Mapping[str, Any], anchor: _Anchors
) -> tuple[list[dict[str, Any]], list[dict[str, Any]], Markup]:
    events = _records(fold, "events")
    entities: list[dict[str, Any]] = []
    places: list[dict[str, Any]] = []
    for raw in _records(fold, "entities"):
        name = _text(raw.get("name")) or _text(raw.get("id"))
        aliases = [a for a in _strings(raw.get("aliases")) if a != name]
        mentions = _number(raw.get("mentions"))
        lat, lon = _number(raw.get("lat")), _number(raw.get("lon"))
        entity = {
            "anchor": anchor("ent", raw.get("id")),
            "id": _text(raw.get("id")),
            "name": name,
            "type": _text(raw.get("type")),
            "aliases": aliases,
            "documents": len(_strings(raw.get("documents"))),
            "mentions": int(mentions) if mentions is not None else 0,
            "country": _text(raw.get("country")).upper(),
            "lat": lat,
            "lon": lon,
            "within": _text(raw.get("within")),  # a site placed at its town's point
        }
        entities.append(entity)
        if (
            lat is not None
            and lon is not None
            and -90 <= lat <= 90
            and -180 <= lon <= 180
        ):
            names = {name.casefold(), *(a.casefold() for a in aliases)}
            entity["events"] = sum(
                1
                for event in events
                if any(
                    loc.casefold() in names for loc in _strings(event.get("locations"))
                )
            )
            places.append(entity)
    entities.sort(key=lambda e: (-e["mentions"], e["name"].casefold(), e["id"]))
    places.sort(key=lambda e: (-e["mentions"], e["name"].casefold(), e["id"]))
    highlighted = sorted(
        {e["country"] for e in entities if e["country"]}
        | {c.upper() for event in events for c in _strings(event.get("countries"))}
    )
    payload = {
        "places": [
            {
                "anchor": p["anchor"],
                "name": p["name"],
                "aliases": p["aliases"],
                "country": p["country"],
                "type": p["type"],
                "lat": p["lat"],
                "lon": p["lon"],
                "within": p["within"],
                "mentions": p["mentions"],
                "events": p["events"],
            }
            for p in places
        ],
        "countries": _numeric_country_codes(highlighted),
    }
    return entities, places, _script_json(payload)


def _numeric_country_codes(alpha2: Iterable[str]) -> list[str]:
    """ISO 3166-1 numeric codes (TopoJSON feature ids) for alpha-2 codes.

    Empty when pycountry is not installed: the map then shades no country.
    """
    try:
        import pycountry
    except ImportError:
        return []
    codes = []
    for code in alpha2:
        country = pycountry.countries.get(alpha_2=code) if len(code) == 2 else None
        if country is not None:
            codes.append(str(country.numeric))
    return sorted(codes)


def _conflicts_section(
    fold: Mapping[str, Any], cite: _Cite, anchor: _Anchors, event_ids: set[str]
) -> list[dict[str, Any]]:
    conflicts: list[dict[str, Any]] = []
    for raw in _records(fold, "conflicts"):
        kind = _text(raw.get("kind")).lower()
        values = []
        for value in _records(raw, "values"):
            values.append(
                {
                    "value": _format_value(value.get("value")),
                    "qualifier": _text(value.get("qualifier")),
                    "date": _text(value.get("date")),
                    "documents": [cite(d) for d in _strings(value.get("documents"))],
                    "quotes": _strings(value.get("quotes")),
                }
            )
        event_id = _text(raw.get("event"))
        conflicts.append(
            {
                "subject": _text(raw.get("subject")),
                "attribute": _text(raw.get("attribute")),
                "kind": kind if kind in ("hard", "soft") else "other",
                "kind_label": kind or "unknown",
                "event_id": event_id,
                "event_href": "#" + anchor("ev", event_id)
                if event_id in event_ids
                else None,
                "values": values,
            }
        )
    order = {"hard": 0, "soft": 1, "other": 2}
    conflicts.sort(key=lambda c: (order[c["kind"]], c["subject"], c["attribute"]))
    return conflicts


def _sources_section(
    documents: list[Mapping[str, Any]],
    cite: _Cite,
    anchor: _Anchors,
    story_ids: set[str],
) -> list[dict[str, Any]]:
    sources = []
    seen: set[str] = set()
    for doc in documents:
        doc_id = _text(doc.get("id"))
        if doc_id in seen:
            continue
        seen.add(doc_id)
        url = _text(doc.get("url")).strip()
        linkable = url.lower().startswith(("http://", "https://")) and not any(
            ch.isspace() or ord(ch) < 32 for ch in url
        )
        story = _text(doc.get("story"))
        sources.append(
            {
                "anchor": anchor("doc", doc_id),
                "id": doc_id,
                "title": _text(doc.get("title")),
                "outlet": _text(doc.get("outlet")),
                "published": _text(doc.get("published")),
                "language": _text(doc.get("language")),
                "url": url,
                "url_is_link": linkable,
                "copy_of": cite(doc.get("copy_of")) if doc.get("copy_of") else None,
                "story": story,
                "story_href": "#" + anchor("story", story)
                if story in story_ids
                else None,
            }
        )
    sources.sort(key=lambda d: (d["published"] or "9999", d["id"]))
    return sources


def _skipped_section(fold: Mapping[str, Any]) -> list[dict[str, str]]:
    value = fold.get("skipped")
    if not isinstance(value, list | tuple):
        return []
    rows = []
    for item in value:
        if isinstance(item, Mapping):
            source = item.get("source") or item.get("path") or item.get("id") or ""
            reason = (
                item.get("reason") or item.get("message") or item.get("error") or ""
            )
            rows.append(
                {
                    "source": _text(source),
                    "line": _text(item.get("line")),
                    "code": _text(item.get("code")),
                    "reason": _text(reason),
                }
            )
        else:
            rows.append({"source": _text(item), "line": "", "code": "", "reason": ""})
    return rows
