"""Where sources disagree: conflicting figures inside one merged event.

For each event reported by several documents, the figures each document gives for the same
role ("killed", "arrested") are compared as intervals ("more than 45" allows 46 and up), so
that "at least 23" and 25 agree while 17 and 15 do not. A disagreement is ``hard`` when the
figures describe the same fact; it is ``soft`` when they differ by time (a toll reported
later and higher, by documents published on different days while the event was recent) or by
scope (figures too far apart to tell one fact: a district's dead against a region's, or the
magnitudes of two earthquakes).
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Mapping, Sequence
from datetime import date

from newsfold.dates import date_bounds
from newsfold.ids import make_id
from newsfold.lexicon import LENGTH_UNITS
from newsfold.model import Conflict, ConflictValue, Event, EventMention, Figure
from newsfold.numbers import compatible

#: The roles of lengths as :func:`newsfold.events.figures._measures` names them.
MEASURE_UNITS = frozenset(LENGTH_UNITS.values())

#: Reports published within this many days of a recent event may be updates, not contradictions.
UPDATE_WINDOW_DAYS = 10


_PEOPLE = frozenset({"", "people", "person", "persons", "civilians", "residents", "men", "women", "suspects", "members",
                     "individuals", "villagers", "victims", "fighters", "militants", "others", "passengers"})
#: Roles whose figures grow as reports come in (a toll rises; an arrest count does not "update").
CUMULATIVE_ROLES = frozenset({"killed", "injured", "displaced", "missing", "dead", "evacuated"})


#: Qualifiers of a figure that only bounds the true one from below ("more than 26,000").
LOWER_BOUNDS = frozenset({"more than", "over", "at least", "upwards of", "just over"})
#: Two lower bounds further apart than this share are two figures, not one told loosely.
BOUNDS_APART = 0.1


def _agree(a: tuple[float, str | None], b: tuple[float, str | None]) -> bool:
    """Whether two qualified figures tell one figure: their intervals overlap, and they are not
    two lower bounds far apart ("more than 26,000" against "more than 31,000" dead are two
    tolls, though both could be true)."""
    if not compatible(a, b):
        return False
    if a[1] in LOWER_BOUNDS and b[1] in LOWER_BOUNDS:
        return abs(a[0] - b[0]) <= BOUNDS_APART * max(a[0], b[0])
    return True


def role_of(figure: Figure) -> str:
    """What a figure counts: its role and unit ("people killed" → "killed"; "kilograms seized" →
    "kilograms seized"). Counts of people share one unit whatever noun the outlet used."""
    words = figure.what.split()
    if not words:
        return "count"
    role, noun = words[-1], " ".join(words[:-1]).lower()
    return role if noun in _PEOPLE else f"{noun} {role}"


def find_conflicts(
    events: Sequence[Event],
    members: Mapping[str, Sequence[EventMention]],
    published: Mapping[str, date | None],
) -> tuple[Conflict, ...]:
    """Disagreeing figures inside each merged event.

    :param events: merged events.
    :param members: for each event id, its mentions (with their figures).
    :param published: publication date of each document, where known.
    """
    out: list[Conflict] = []
    for event in events:
        mentions = members.get(event.event_id, ())
        if len(event.documents) < 2:
            continue
        by_role: dict[str, dict[str, list[tuple[EventMention, Figure]]]] = defaultdict(lambda: defaultdict(list))
        for m in mentions:
            for figure in (m.count, *m.figures):
                if figure is not None and not figure.by_name:  # "a woman was killed" tells no toll
                    by_role[role_of(figure)][m.article_id].append((m, figure))
        for role, per_doc in sorted(by_role.items()):
            if role.startswith(AGE_ROLE) or _measure(role):
                # a report that gives the victims two ages tells of two people (two falls, two shots): no witness to one
                per_doc = {aid: pairs for aid, pairs in per_doc.items() if len({f.value for _m, f in pairs}) == 1}
            if len(per_doc) < 2:
                continue
            conflict = _conflict_for(event, role, per_doc, published)
            if conflict is not None:
                out.append(conflict)
    return tuple(sorted(out, key=lambda c: c.conflict_id))


def _conflict_for(
    event: Event, role: str, per_doc: Mapping[str, list[tuple[EventMention, Figure]]], published: Mapping[str, date | None]
) -> Conflict | None:
    values: dict[tuple[float, str | None], list[EventMention]] = defaultdict(list)
    for aid, pairs in per_doc.items():
        best, figure = max(pairs, key=lambda p: p[0].confidence)
        values[(figure.value, figure.qualifier)].append(best)
    keys = sorted(values, key=lambda k: (k[0], k[1] or ""))
    if len(keys) < 2:
        return None
    if all(_agree(a, b) for i, a in enumerate(keys) for b in keys[i + 1:]):
        return None
    if role.startswith(AGE_ROLE) and not _one_fact(role, [k[0] for k in keys]):
        return None  # a 19-year-old victim in one report and a 61-year-old in another: two victims
    if role.split()[-1] in CUMULATIVE_ROLES and _is_update(keys, values, event, published):
        kind = "soft"  # a toll that rose as reports came in
    elif not _one_fact(role, [k[0] for k in keys]):
        kind = "soft"  # figures too far apart to be one fact told two ways: other scopes, or another event
    else:
        kind = "hard"
    conflict_values = tuple(
        ConflictValue(
            value=int(v) if float(v).is_integer() else v,
            documents=tuple(sorted({m.article_id for m in values[(v, q)]})),
            quotes=tuple(m.sentence.text.strip() for m in sorted(values[(v, q)], key=lambda m: m.article_id)),
            qualifier=q,
            date=_pub(values[(v, q)], published),
        )
        for v, q in keys
    )
    subject = _subject(event)
    return Conflict(
        conflict_id=make_id("c", event.event_id, role),
        event_id=event.event_id,
        subject=subject,
        attribute=role,
        kind=kind,
        values=conflict_values,
    )


#: What the ages of an event's people are figures of ("age of the victim", "age of the arrested").
AGE_ROLE = "age of the"
#: Ages of an event's victim (or suspect) are of one person told two ways when no further apart:
#: a birthday between reports, a slip. Further apart, they are more likely two of its victims
#: ("a 31-year-old mother was shot in the arm"; "Zurana Horton, 34, was killed"), unnamed in one.
ONE_PERSON_YEARS = 2
#: Lengths (and repetitions) of one deed, told two ways, seldom differ by more than this factor:
#: "fell 150 metres" and "fell 200 metres"; 150 and 700 metres are two falls merged.
ONE_MEASURE_RATIO = 2.5


def _measure(role: str) -> bool:
    """Whether a role is a length or a repetition measuring a deed ("metres", "times shot"), or a
    number of its doers or means ("number of robbers", "number of boats")."""
    return role in MEASURE_UNITS or role.startswith(("times ", "number of "))


#: Figures of one fact seldom differ by more than this factor ("800" against "more than 10,000"
#: is about the most seen); "10 killed" in a district against "230,000" in a tsunami is two scopes.
ONE_FACT_RATIO = 15.0
#: Magnitudes of one earthquake, as agencies and outlets give them, differ by at most this much.
ONE_QUAKE_MAGNITUDES = 0.5


def _one_fact(role: str, values: list[float]) -> bool:
    """Whether disagreeing figures can be two tellings of one fact, not of two scopes or events."""
    low, high = min(values), max(values)
    if role == "magnitude":
        return high - low <= ONE_QUAKE_MAGNITUDES
    if role.startswith(AGE_ROLE):
        return high - low <= ONE_PERSON_YEARS
    if _measure(role):
        return low > 0 and high / low <= ONE_MEASURE_RATIO
    return low <= 0 or high / low <= ONE_FACT_RATIO


def _pub(ms: list[EventMention], published: Mapping[str, date | None]) -> str | None:
    dates = sorted(d for m in ms if (d := published.get(m.article_id)))
    return dates[0].isoformat() if dates else None


def _is_update(keys: list[tuple[float, str | None]], values: Mapping[tuple[float, str | None], list[EventMention]],
               event: Event, published: Mapping[str, date | None]) -> bool:
    """True when later reports of a recent event give higher figures: a toll that rose."""
    when: list[tuple[date, float]] = []
    for key in keys:
        for m in values[key]:
            d = published.get(m.article_id)
            if d is None:
                return False
            when.append((d, key[0]))
    days = {d for d, _ in when}
    if len(days) < 2:
        return False
    for day in days:  # two reports of one day that disagree contradict each other
        same_day = [k for k in keys for m in values[k] if published.get(m.article_id) == day]
        if any(not _agree(a, b) for i, a in enumerate(same_day) for b in same_day[i + 1:]):
            return False
    bounds = date_bounds(event.date)
    first = min(days)
    if bounds is None or (first - bounds[1]).days > UPDATE_WINDOW_DAYS:
        return False
    ordered = sorted(when)
    return all(b[1] >= a[1] for a, b in zip(ordered, ordered[1:])) and ordered[-1][1] > ordered[0][1]


def _subject(event: Event) -> str:
    where = ", ".join(event.locations[:2]) or ", ".join(event.countries[:2])
    label = event.kind.value.replace("_", " ").lower()
    parts = [p for p in (event.date[:4] if event.date else None, where, label) if p]
    return " ".join(parts)


#: Two reports published this close together that give incompatible figures contradict each other.
SAME_TIME_DAYS = 7


def figure_conflicts(figures: Sequence[Figure], published: Mapping[str, date | None]) -> tuple[Conflict, ...]:
    """Population figures that differ between documents (no event): usually soft.

    "1,300 Moroccans fighting abroad" (2015) and "nearly 2,000 Moroccans have fought" (2017)
    count different things at different times: a ``soft`` conflict, shown side by side with
    dates. Only reports published within a week of each other whose figures cannot both be
    true are ``hard``.
    """
    by_subject: dict[str, list[Figure]] = defaultdict(list)
    for f in figures:
        by_subject[f.what].append(f)
    out: list[Conflict] = []
    for subject, group in sorted(by_subject.items()):
        per_doc: dict[str, Figure] = {}
        for f in sorted(group, key=lambda f: (f.span.article_id, f.span.start)):
            per_doc.setdefault(f.span.article_id, f)
        if len(per_doc) < 2:
            continue
        values: dict[tuple[float, str | None], list[Figure]] = defaultdict(list)
        for f in per_doc.values():
            values[(f.value, f.qualifier)].append(f)
        keys = sorted(values, key=lambda k: (k[0], k[1] or ""))
        if len(keys) < 2 or all(_agree(a, b) for i, a in enumerate(keys) for b in keys[i + 1:]):
            continue
        pubs = [published.get(d) for d in per_doc]
        close = all(p is not None for p in pubs) and (max(pubs) - min(pubs)).days <= SAME_TIME_DAYS  # type: ignore[operator,type-var]
        kind = "hard" if close else "soft"
        out.append(Conflict(
            conflict_id=make_id("c", "figure", subject, *sorted(per_doc)),
            event_id=None,
            subject=subject,
            attribute="count",
            kind=kind,
            values=tuple(
                ConflictValue(
                    value=int(v) if float(v).is_integer() else v,
                    documents=tuple(sorted({f.span.article_id for f in values[(v, q)]})),
                    quotes=tuple(_sentence_quote(f) for f in values[(v, q)]),
                    qualifier=q,
                    date=min((f.date for f in values[(v, q)] if f.date), default=None),
                )
                for v, q in keys
            ),
        ))
    return tuple(out)


def _sentence_quote(f: Figure) -> str:
    return f.span.text
