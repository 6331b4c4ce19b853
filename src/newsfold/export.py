"""The fold's public forms: the JSON of CONTRACT.md (validated against the shipped schema) and CSV."""

from __future__ import annotations

import csv
import functools
import io
import json
from importlib import resources
from pathlib import Path
from typing import Any

from newsfold import __version__
from newsfold.errors import ExportError
from newsfold.model import Conflict, Entity, Event, EventStatus, Figure, Fold

#: ACLED-like CSV columns of the event export.
CSV_COLUMNS = ("event_id", "event_date", "year", "event_type", "sub_event_type", "plover_type", "plover_mode",
               "actor1", "actor2", "location", "country", "latitude", "longitude", "count", "count_what",
               "count_qualifier", "fatalities", "sources", "source_count", "notes", "confidence")


def fold_to_dict(fold: Fold) -> dict[str, Any]:
    """The fold as the JSON object of CONTRACT.md (plus the added ``plots`` and ``skipped``)."""
    story_of = {d: s.story_id for s in fold.stories for d in s.documents}
    events = [e for e in fold.events if e.status is EventStatus.ASSERTED]
    plots = [e for e in fold.events if e.status is not EventStatus.ASSERTED]
    return {
        "generator": f"newsfold {__version__}",
        "documents": [
            {
                "id": a.article_id,
                "title": a.title,
                "url": a.url,
                "outlet": a.outlet,
                "published": a.published.isoformat() if a.published else None,
                "language": a.language,
                "story": story_of.get(a.article_id),
                "copy_of": a.copy_of,
            }
            for a in sorted(fold.articles, key=lambda a: a.article_id)
        ],
        "stories": [
            {
                "id": s.story_id,
                "title": s.title,
                "documents": list(s.documents),
                "topic": s.topic_id,
                "first_seen": s.first_seen,
                "last_seen": s.last_seen,
                "brief": [{"text": b.text, "documents": list(b.documents)} for b in s.brief],
            }
            for s in fold.stories
        ],
        "topics": [
            {"id": t.topic_id, "title": t.title, "documents": list(t.documents), "stories": list(t.stories)}
            for t in fold.topics
        ],
        "entities": [_entity(e) for e in fold.entities],
        "events": [_event(e) for e in events],
        "plots": [_event(e) for e in plots],
        "conflicts": [_conflict(c) for c in fold.conflicts],
        "skipped": [{"source": s.source, "line": s.line, "code": s.code, "reason": s.reason} for s in fold.skipped],
    }


def _entity(e: Entity) -> dict[str, Any]:
    return {
        "id": e.entity_id, "name": e.name, "type": e.type, "aliases": list(e.aliases),
        "documents": list(e.documents), "mentions": e.mentions, "lat": e.lat, "lon": e.lon, "country": e.country,
        "within": e.within,  # a site's town: its point and country are the town's
    }


def _count(f: Figure | None) -> dict[str, Any] | None:
    if f is None:
        return None
    value: float | int = int(f.value) if float(f.value).is_integer() else f.value
    out: dict[str, Any] = {"value": value, "what": f.what}
    if f.qualifier:
        out["qualifier"] = f.qualifier
    return out


def _event(e: Event) -> dict[str, Any]:
    return {
        "id": e.event_id, "type": e.kind.value, "plover": e.plover, "plover_mode": e.plover_mode, "date": e.date,
        "locations": list(e.locations), "countries": list(e.countries), "count": _count(e.count),
        "actors": list(e.actors), "targets": list(e.targets), "documents": list(e.documents),
        "mentions": [{"document": s.article_id, "start": s.start, "end": s.end, "text": s.text} for s in e.mentions],
        "confidence": e.confidence, "status": e.status.value,
    }


def _conflict(c: Conflict) -> dict[str, Any]:
    values = []
    for v in c.values:
        value = int(v.value) if isinstance(v.value, float) and v.value.is_integer() else v.value
        item: dict[str, Any] = {"value": value, "documents": list(v.documents), "quotes": list(v.quotes)}
        if v.qualifier:
            item["qualifier"] = v.qualifier
        if v.date:
            item["date"] = v.date
        values.append(item)
    return {"id": c.conflict_id, "event": c.event_id, "subject": c.subject, "attribute": c.attribute, "kind": c.kind, "values": values}


@functools.lru_cache(maxsize=1)
def fold_schema() -> dict[str, Any]:
    """The JSON Schema of the fold, shipped as ``newsfold/data/fold.schema.json``."""
    return json.loads(resources.files("newsfold.data").joinpath("fold.schema.json").read_text("utf-8"))


def validate_fold(data: dict[str, Any]) -> None:
    """Check a fold dict against the shipped schema and the contract's cross-references.

    :raises ExportError: naming the first problem found.
    """
    import jsonschema

    try:
        jsonschema.validate(data, fold_schema())
    except jsonschema.ValidationError as exc:
        where = "/".join(str(p) for p in exc.absolute_path)
        raise ExportError(f"fold does not match its schema at /{where}: {exc.message}") from exc
    doc_ids = {d["id"] for d in data["documents"]}
    for section in ("stories", "topics", "entities", "events"):
        for item in data[section]:
            missing = set(item.get("documents", [])) - doc_ids
            if missing:
                raise ExportError(f"{section} {item['id']} cites unknown documents {sorted(missing)}")
    event_ids = {e["id"] for e in data["events"]} | {e["id"] for e in data.get("plots", [])}
    for c in data["conflicts"]:
        if c["event"] is not None and c["event"] not in event_ids:
            raise ExportError(f"conflict {c.get('id')} refers to unknown event {c['event']}")


def dumps_fold(data: dict[str, Any]) -> str:
    """The fold as stable, pretty JSON text (byte-identical for the same fold)."""
    return json.dumps(data, ensure_ascii=False, indent=2, sort_keys=False) + "\n"


def write_fold(data: dict[str, Any], path: str | Path) -> Path:
    """Validate and write ``fold.json`` atomically (a temporary file renamed into place)."""
    validate_fold(data)
    target = Path(path)
    target.parent.mkdir(parents=True, exist_ok=True)
    tmp = target.with_suffix(target.suffix + ".tmp")
    tmp.write_text(dumps_fold(data), encoding="utf-8")
    tmp.replace(target)
    return target


def events_csv(fold: Fold, entities_by_name: dict[str, Entity] | None = None) -> str:
    """Events as ACLED-like CSV: one row per event, sources joined by ``;``.

    ``sources`` lists every document that reports the event, syndicated copies included;
    ``source_count`` counts independent sources only (documents that are no copy).
    """
    if entities_by_name is None:
        entities_by_name = {e.name: e for e in fold.entities}
    copies = {a.article_id for a in fold.articles if a.copy_of}
    buf = io.StringIO()
    writer = csv.writer(buf, lineterminator="\n")
    writer.writerow(CSV_COLUMNS)
    for e in fold.events:
        if e.status is not EventStatus.ASSERTED:
            continue
        place = entities_by_name.get(e.locations[0]) if e.locations else None
        fatalities = int(e.count.value) if e.count and e.count.what.split()[-1:] == ["killed"] else ""
        writer.writerow([
            e.event_id, e.date or "", (e.date or "")[:4], e.kind.value, e.plover_mode or "", e.plover or "",
            e.plover_mode or "", e.actors[0] if e.actors else "", e.actors[1] if len(e.actors) > 1 else (e.targets[0] if e.targets else ""),
            "; ".join(e.locations), "; ".join(e.countries), place.lat if place else "", place.lon if place else "",
            _count(e.count)["value"] if e.count else "", e.count.what if e.count else "", e.count.qualifier or "" if e.count else "",
            fatalities, "; ".join(e.documents), sum(d not in copies for d in e.documents),
            e.mentions[0].text.strip() if e.mentions else "", e.confidence,
        ])
    return buf.getvalue()
