"""Cross-document event merging: each real-world event once, with every source.

Mentions are first grouped inside each document, then across documents. Candidates are
found by blocking on (type class, place or country) — never by comparing all pairs — and
a pair merges only when type, date, places, actors and counts are compatible. Two police
operations against similar cells in different cities or years stay two events.
"""

from __future__ import annotations

import re

from collections import Counter, defaultdict
from collections.abc import Callable, Mapping, Sequence
from dataclasses import dataclass, field, replace
from datetime import date
from typing import Any

from newsfold import lexicon as lx
from newsfold.aliases import country_of
from newsfold.canon import Resolution
from newsfold.conflicts import role_of
from newsfold.dates import WEEKDAY_WORDS, WEEKDAYS, date_bounds, dates_compatible, precision
from newsfold.events import across_the_country, is_venue
from newsfold.ids import make_id
from newsfold.model import Event, EventKind, EventMention, EventStatus, Figure
from newsfold.names import fold
from newsfold.numbers import compatible
from newsfold.places import distance_km

#: Types that the scorer and analysts treat as one class of violence.
VIOLENCE = lx.VIOLENCE
#: Types whose counts identify the event (a different number of arrests is a different raid).
COUNT_IDENTIFIES = frozenset({EventKind.ARREST, EventKind.SEIZURE})
#: Types whose actors act in their own country (police arrest at home; armies strike abroad).
DOMESTIC = frozenset({EventKind.ARREST, EventKind.SEIZURE, EventKind.PROTEST, EventKind.ELECTION})
#: Events below this confidence are not reported.
MIN_CONFIDENCE = 0.5


def type_class(kind: EventKind) -> str:
    """The merge class of an event type: ATTACK, KILLING and MILITARY_OPERATION are one."""
    return "VIOLENCE" if kind in VIOLENCE else kind.value


@dataclass
class _Group:
    mentions: list[EventMention]
    places: set[str] = field(default_factory=set)  # canonical place names
    points: dict[str, tuple[float, float]] = field(default_factory=dict)  # towns and sites among them
    countries: set[str] = field(default_factory=set)
    named_countries: set[str] = field(default_factory=set)  # countries the text gives as where it happened
    actors: set[str] = field(default_factory=set)
    inherited_date: str | None = None  # the date of the operation this event is part of
    stories: frozenset[str] = frozenset()  # the stories its documents belong to, when known
    lead: bool = False  # its document's own news of this type class (the earliest recent report)
    # its article's country (see _set_context_country): shown for an event the text gives no
    # place, never used to merge ("Hayes was arrested" in a report from New Orleans)
    context_countries: set[str] = field(default_factory=set)
    areas: dict[str, tuple[float, float]] = field(default_factory=dict)  # regions below a country, by their middle
    reported: date | None = None  # the earliest publication of its documents: it happened before then
    homes: set[str] = field(default_factory=set)  # the countries its articles are about (one each, where clear)

    _cache: dict[str, tuple[int, Any]] = field(default_factory=dict, repr=False, compare=False)

    def _cached(self, name: str, compute: Callable[[], Any]) -> Any:
        """A value derived from the mentions, recomputed only when mentions were added."""
        hit = self._cache.get(name)
        if hit is None or hit[0] != len(self.mentions):
            hit = (len(self.mentions), compute())
            self._cache[name] = hit
        return hit[1]

    def absorb(self, other: _Group) -> None:
        """Take in another group's mentions, with its places, countries, actors and stories."""
        self.mentions += other.mentions
        self.places |= other.places
        self.points.update(other.points)
        self.countries |= other.countries
        self.named_countries |= other.named_countries
        self.actors |= other.actors
        self.stories |= other.stories
        self.context_countries |= other.context_countries
        self.areas.update(other.areas)
        self.reported = min((d for d in (self.reported, other.reported) if d), default=None)
        self.homes |= other.homes

    @property
    def kind(self) -> EventKind:
        def compute() -> EventKind:
            kinds = Counter(m.kind for m in self.mentions)
            lethal = Counter({k: n for k, n in kinds.items() if k in _LETHAL})
            # the attack or quake its dead are told of, however often the deaths are told
            return (lethal or kinds).most_common(1)[0][0]
        return self._cached("kind", compute)  # type: ignore[no-any-return]

    @property
    def date(self) -> str | None:
        def compute() -> str | None:
            dated = [m.date for m in self.mentions if m.date]
            if not dated:
                return None
            best = max(precision(d) for d in dated)
            return Counter(d for d in dated if precision(d) == best).most_common(1)[0][0]
        return self._cached("date", compute) or self.inherited_date  # type: ignore[no-any-return]

    @property
    def documents(self) -> set[str]:
        return {m.article_id for m in self.mentions}

    def counts(self) -> list[Figure]:
        # people named one by one ("a woman was killed") are no figure that identifies an event
        return self._cached("counts", lambda: [m.count for m in self.mentions if m.count is not None and not m.count.by_name])  # type: ignore[no-any-return]


@dataclass(frozen=True, slots=True)
class MergeResult:
    """Events that happened, planned/denied/conditional ones, and the mentions of each."""

    events: tuple[Event, ...]
    plots: tuple[Event, ...]
    members: dict[str, tuple[EventMention, ...]]


def merge_events(mentions: Sequence[EventMention], resolution: Resolution,
                 story_of: Mapping[str, str] | None = None,
                 published: Mapping[str, date | None] | None = None) -> MergeResult:
    """Merge event mentions into events.

    :param mentions: event mentions from every (non-copy) article.
    :param resolution: the canonical entities, for places, countries and actors.
    :param story_of: each document's story, when the articles are already grouped. Reports of
        one story that give their news no date may then meet on a shared place, or on being
        each article's own news of that type (see :func:`_same_story_news`).
    :param published: each document's publication date, where known: a report tells of no
        event dated after it was published, so it never joins one.

    Example::

        result = merge_events(all_mentions, canonicalize(analyses, gazetteer))
        [(e.kind, e.documents) for e in result.events]
    """
    asserted = [m for m in mentions if m.status is EventStatus.ASSERTED]
    other = [m for m in mentions if m.status is not EventStatus.ASSERTED]
    members: dict[str, tuple[EventMention, ...]] = {}
    events = []
    for event, ms in _merge(asserted, resolution, cross_document=True, story_of=story_of or {}, published=published or {}):
        if event.confidence >= MIN_CONFIDENCE:
            events.append(event)
            members[event.event_id] = ms
    plots = [e for e, _ in _merge(other, resolution, cross_document=False)]
    events.sort(key=lambda e: e.event_id)
    plots.sort(key=lambda e: e.event_id)
    return MergeResult(tuple(events), tuple(plots), members)


def _merge(mentions: Sequence[EventMention], resolution: Resolution, *, cross_document: bool,
           story_of: Mapping[str, str] | None = None,
           published: Mapping[str, date | None] | None = None) -> list[tuple[Event, tuple[EventMention, ...]]]:
    by_doc: dict[str, list[EventMention]] = defaultdict(list)
    for m in mentions:
        by_doc[m.article_id].append(m)
    doc_groups: list[_Group] = []
    article_country = _article_countries(resolution)
    for aid in sorted(by_doc):
        groups = _link_parts(_group_document(sorted(by_doc[aid], key=lambda m: (-m.confidence, m.trigger.start)), resolution,
                                             article_country.get(aid), reported=(published or {}).get(aid),
                                             undated=published is not None and aid in published and published[aid] is None))
        if story_of and aid in story_of:
            _mark_leads(groups, story_of[aid])
        for g in groups:
            g.reported = (published or {}).get(aid)
            g.homes = {article_country[aid]} if article_country.get(aid) else set()
        doc_groups += groups
    if not cross_document:
        return [(_to_event(g), tuple(g.mentions)) for g in doc_groups]
    merged: list[_Group] = []
    index: dict[tuple[str, str], list[int]] = defaultdict(list)
    for g in sorted(doc_groups, key=lambda g: (g.date or "9999", min(g.documents), min(m.trigger.start for m in g.mentions))):
        keys = _block_keys(g)
        candidates = sorted({i for k in keys for i in index.get(k, [])})
        best, best_score = None, 0.0
        for i in candidates:
            if merged[i].documents & g.documents:
                continue  # one document's distinct events stay distinct
            score = _compatibility(merged[i], g, cross=True)
            if score > best_score:
                best, best_score = i, score
        if best is None:
            merged.append(g)
            best = len(merged) - 1
        else:
            merged[best].absorb(g)
        for k in _block_keys(merged[best]):
            if best not in index[k]:
                index[k].append(best)
    return [(_to_event(g), tuple(g.mentions)) for g in merged]


def _group_document(mentions: list[EventMention], resolution: Resolution, article_country: str | None = None, *,
                    reported: date | None = None, undated: bool = False) -> list[_Group]:
    groups: list[_Group] = []
    lead: dict[EventKind, _Group] = {}
    for m in mentions:
        g = _Group([m], reported=reported)
        _annotate(g, m, resolution)
        same_sentence = [x for x in groups if any(y.sentence.start == m.sentence.start and y.kind is m.kind for y in x.mentions)
                         and not (x.places and g.places and not x.places & g.places)]
        for existing in same_sentence + groups:
            if existing not in same_sentence and m.distinct and not (m.date and precision(m.date) == 3 and m.date == existing.date):
                continue  # "another joint operation"
            if not existing.date and existing is lead.get(m.kind) and (
                    _year_recalled(m.date, reported) or undated and bool(m.date) and not _on_its_weekday(existing, m.date)):
                continue  # "a quake strikes a region hit by the 2004 tsunami": the year's event is not the article's news
            if _year_apart(m, [x for x in existing.mentions if x.sentence.start == m.sentence.start], reported):
                continue  # "a quake killed five in a region devastated by the tsunami of 2004"
            if _other_weekday(existing, m):
                continue  # "hundreds protested on Sunday", in an undated report of Wednesday's protest
            if _one_nationwide(existing, g):
                continue  # "rail workers across France went on strike … In Marseille, strikers marched": the strike and a march
            if not _magnitudes_may_agree(existing, g):
                continue  # "the same island was hit by a 6.1 quake in September", in a report of a 5.6 quake
            deed_named = existing.kind is not g.kind and (
                _toll_of_the_deed(existing, m) and existing is lead.get(existing.kind)
                or existing.kind is EventKind.KILLING and all(_toll_of_the_deed(g, x) for x in existing.mentions))  # (told first)
            if existing not in same_sentence and _other_victims(existing, g) and not deed_named:
                continue  # "his murder of a 74-year-old man in Cleveland", in a report of a man killing his daughter (but
                # "the strikes killed three civilians", after strikes on positions: their dead)
            bare_reference = (not g.places and not g.countries and not m.date and m.count is None and not m.background
                              and not m.distinct and g.kind is EventKind.ATTACK and existing.kind is EventKind.KILLING
                              and existing is lead.get(existing.kind) and EventKind.ATTACK not in lead)
            # "in Israel's operation in November 2012, the military launched strikes on Gaza": one
            # sentence tells the campaign and its strikes, of one month
            one_moment = (any(x.sentence.start == m.sentence.start for x in existing.mentions) and precision(m.date) == 2 and m.date == existing.date
                          and type_class(existing.kind) == type_class(m.kind) == "VIOLENCE")
            if existing.kind is not g.kind and not existing.places & g.places and not bare_reference and not one_moment and not deed_named:
                continue  # an attack and a military campaign in one article: two events unless one place; but "it is
                # unclear who fired the fatal shot" in a report of a killing is that killing
            if existing.kind is not g.kind and any(x.sentence.start == m.sentence.start for x in existing.mentions) and not one_moment:
                continue  # "captured Mosul in January and launched an attack on Feb. 19": two events
            if (not m.date and not m.background and all(x.background for x in existing.mentions) and existing not in same_sentence
                    and not (m.count and any(c.value == m.count.value for c in existing.counts()))):
                continue  # an undated report is the article's news, not the old event it recalls ("worst since 2019"),
                # even in the same place: a quake that "rocked a region devastated by the 2004 tsunami"
            # the article's undated lead, dated by a later sentence that names no other place: "a deputy
            # was shot at a gas station … Goforth had just finished filling up on Friday night when he was shot"
            dates_lead = bool(m.date) and not existing.date and not m.places and precision(m.date) == 3
            # "Police in Limpopo have arrested three suspects … The suspects were arrested in Seshego on Friday"
            people_again = (existing is lead.get(m.kind) and existing.kind is m.kind and m.kind in COUNT_IDENTIFIES
                            and (not existing.date or dates_compatible(existing.date, m.date, slack_days=0)) and _people_told_again(existing, m))
            elaborates = existing is lead.get(m.kind) and (not m.date or dates_lead or people_again) and not m.distinct and not m.background and (
                m.count is None or not existing.counts() or any(compatible((c.value, c.qualifier), (m.count.value, m.count.qualifier)) for c in existing.counts())
                or (m.kind in COUNT_IDENTIFIES | _LETHAL and all(m.count.value < c.value for c in existing.counts())))
            # "two of them in Spain"; "a landslide killed one man" in a report of a quake that killed five
            # (a village no gazetteer knows, "in Suka Makmur village a landslide killed one man", is in no other country)
            # (and "the students blocked the Iyin road", "the boat was intercepted near Barren Island": the lead, at a
            # road or an islet no gazetteer knows)
            unplaceable = (bool(g.places) and not g.countries and not g.points and not m.distinct and (
                m.count is not None and m.kind in _LETHAL | {EventKind.KILLING}  # a toll, not "a separate operation in a village"
                or m.count is None and existing.kind is m.kind and not _definite(m) and _unknown_places(m, resolution)
                and _doers_may_agree(existing, g)
                and (not existing.date or min(x.trigger.start for x in existing.mentions) < m.trigger.start)))
            # (not before a dated lead: "the drones struck a column near Mondoro on Friday", told after the attack on Boulkessi)
            if deed_named:
                ok = _compatibility(existing, g, cross=False, ignore_places=True) > 0  # its toll, in a town of its province
            elif elaborates and (m.kind in COUNT_IDENTIFIES or unplaceable) and existing.places and g.places and not existing.places & g.places and (
                    existing.countries & g.countries or unplaceable or people_again and not g.countries - existing.countries):
                ok = _compatibility(existing, g, cross=False, ignore_places=True) > 0  # one operation, several towns

            else:
                ok = _compatibility(existing, g, cross=False) > 0 and (existing in same_sentence or elaborates or _corroborates(existing, g))
            if ok:
                if deed_named and existing.kind is EventKind.KILLING:
                    existing.mentions = [replace(x, kind=g.kind) for x in existing.mentions]  # the strikes' dead, told first
                elif (bare_reference or deed_named) and existing.kind is not g.kind:
                    g.mentions = [replace(x, kind=existing.kind) for x in g.mentions]  # the killing, named by its shot
                existing.absorb(g)
                if not bare_reference:
                    _update_lead(lead, m, existing)
                break
        else:
            groups.append(g)
            _update_lead(lead, m, g)
    for g in list(groups):
        lethal = [lead[k] for k in _LETHAL if k in lead]
        main = min(lethal, key=lambda x: min(m.trigger.start for m in x.mentions)) if lethal else None
        if main is not None and g is not main and _victims_of(main, g):
            # a district's dead do not count the whole disaster
            main.mentions += [replace(m, count=None) for m in g.mentions] if _part_of_toll(main, g) else g.mentions
            main.countries |= g.countries
            main.actors |= g.actors
            groups.remove(g)
    for g in list(groups):
        # "The quake ... was felt as far away as the Black Sea coast": the article's quake named
        # again, undated, with only an area it reached, not a town where another one hit
        # "blamed the rhetoric in the U.S. for the attack", "the deadliest attack on Jews": named again,
        # with no place of its own or only the country around it
        main = lead.get(g.kind) or next((x for k, x in lead.items() if type_class(k) == type_class(g.kind)), None)
        if (main is not None and g is not main and any(_definite(x) for x in g.mentions)
                and (not g.points or places_meet(g.kind, main.places, g.places, main.points, g.points))
                and all(not x.date and not x.background and not x.distinct for x in g.mentions)
                and (_compatibility(main, g, cross=False, ignore_places=True) > 0
                     or g.kind is EventKind.DISASTER and not g.counts())):  # "the quake was felt in Oman and the UAE"
            main.mentions += g.mentions  # its places stay out: an area it reached is not where it hit
            main.actors |= g.actors
            groups.remove(g)
    groups = _join_recalled_years(groups)
    _set_context_country(groups, article_country)
    return groups


def _join_recalled_years(groups: list[_Group]) -> list[_Group]:
    """An older event an article names twice by its year is one: "in 2004 a massive tremor sparked
    a tsunami that killed 170,000" and "a region hit by the 2004 tsunami" (the same type of
    event, named by the same noun or hazard, or done to or by the same people: "Jeffs was arrested
    in 2006" twice; not "the 2022 floods" and "in 2022, militants killed")."""
    out: list[_Group] = []
    for g in groups:
        same = None if not _year_recalled(g.date, g.reported) else next(
            (x for x in out if x.date == g.date and type_class(x.kind) == type_class(g.kind)
             and (_naming_words(x) & _naming_words(g) or _targets(x) & _targets(g) or x.actors & g.actors)
             and (not x.places or not g.places or x.places & g.places)), None)
        if same is None:
            out.append(g)
        else:
            same.absorb(g)
    return out


def _year_recalled(when: str | None, reported: date | None) -> bool:
    """Whether a date is a year alone before the report's own (any year, in an undated report):
    how an older event is recalled ("the 2004 tsunami"), not how the day's news is dated."""
    return bool(when) and precision(when) == 1 and (reported is None or int(when[:4]) < reported.year)  # type: ignore[index]




def _on_its_weekday(g: _Group, when: str | None) -> bool:
    """Whether a group's sentences name the day of the week of a full date: "Saturday's attack"
    and "June 3, 2017" (a Saturday) may be one; "on Sunday" and "Oct. 10, 2002" (a Thursday) not.

    In a report known to have no date, only dates written out with their year resolve ("on Oct.
    10, 2002"), and its news is told with relative ones ("on Sunday") that stay unresolved: a
    dated event there is an older one it recalls, unless the news names that date's weekday."""
    if not when or precision(when) != 3:
        return False
    day = date.fromisoformat(when).weekday()
    return any(WEEKDAYS[w.lower()] == day for x in g.mentions for w in WEEKDAY_WORDS.findall(x.sentence.text))


def _weekday_only(m: EventMention) -> int | None:
    """The day of the week a mention is told on, in a report with no date ("on Sunday"), if that
    is all it says of its date."""
    return WEEKDAYS.get(m.date_text.lower()) if not m.date and m.date_text else None


def _other_weekday(g: _Group, m: EventMention) -> bool:
    """Whether a mention told on one day of the week is not the group's event told on another: in
    a report with no date, "hundreds protested on Sunday" is not the protest "on Wednesday, Sept.
    15, 2010", nor the one "on Friday". Full dates alone are left to the date rules."""
    told = {d for x in g.mentions if (d := _weekday_only(x)) is not None}
    dated = {date.fromisoformat(x.date).weekday() for x in g.mentions if x.date and precision(x.date) == 3}
    day = _weekday_only(m)
    if day is not None:
        return bool(told | dated) and day not in told | dated
    if m.date and precision(m.date) == 3 and told and not dated:
        return date.fromisoformat(m.date).weekday() not in told
    return False


def _year_apart(m: EventMention, mates: list[EventMention], reported: date | None = None) -> bool:
    """Within one sentence, an event recalled by its year alone and an undated one told with a
    place the recalled one lacks are two: "a quake in Aceh province killed five in a region
    devastated by the tsunami of 2004". What the dated event's own phrase tells has its date
    (see ``events.document._dated_by_their_noun``); an undated event with no place of its own may be the
    dated one named generally ("terror attacks, including the 2003 bombings in Casablanca"), and
    one named again with "the" is it ("survivors of the 2023 earthquake in Amizmiz, where the
    quake killed 40")."""
    if not mates:
        return False
    by_year = [_year_recalled(x.date, reported) for x in (m, *mates)]
    undated = [not x.date for x in (m, *mates)]
    if by_year[0] and all(undated[1:]):
        recalled, news = [m], mates
    elif undated[0] and all(by_year[1:]):
        recalled, news = mates, [m]
    else:
        return False
    if any(_definite(x) for x in news):
        return False
    places = {p for x in news for p in x.places}
    return bool(places) and not places & {p for x in recalled for p in x.places}


def _update_lead(lead: dict[EventKind, _Group], m: EventMention, g: _Group) -> None:
    """The article's own news of each type is the group of its earliest recent mention, whether
    that mention opened a group or joined one."""
    if m.background or (m.date and precision(m.date) == 1):
        return
    current = lead.get(m.kind)
    if current is None or m.trigger.start < min(x.trigger.start for x in current.mentions):
        lead[m.kind] = g


#: Deeds done where the article's news is, when the text names no other place: the suspect's
#: arrest, the victims' deaths, "the blaze", "the crash". Meetings and talks are often abroad.
_LOCAL_KINDS = frozenset({EventKind.ARREST, EventKind.SEIZURE, EventKind.KILLING, EventKind.ATTACK, EventKind.PROTEST,
                          EventKind.ELECTION, EventKind.DISASTER})


def _set_context_country(groups: list[_Group], article_country: str | None = None) -> None:
    """Give events with no place and no country of their own the article's country: the one
    country most of the article's places are in (``article_country``) when none of its recent
    events names another or it is among theirs, else the one country all of those name."""
    placed = [g for g in groups if g.countries and any(not m.background for m in g.mentions)]
    countries = {c for g in placed for c in g.countries}
    if article_country and (not countries or article_country in countries):
        countries = {article_country}  # most of its places: "the Quebec shooting", a word on "rhetoric in the U.S."
    if len(countries) != 1:
        return
    for g in groups:
        if g.kind is EventKind.DISASTER and not g.date and not g.counts():
            continue  # "an appeal for survivors of the earthquake": a disaster named from afar, perhaps abroad
        if not g.countries and not g.places and g.kind in _LOCAL_KINDS and (
                all(not m.background for m in g.mentions) or countries == {article_country}):
            # an older event the article recalls with no place is of the country the article is
            # about when most of its places lie there ("in 2014, students occupied the parliament")
            g.context_countries = set(countries)


#: Violence that kills: deaths told on their own in an article about it are its victims.
_LETHAL = frozenset({EventKind.ATTACK, EventKind.MILITARY_OPERATION, EventKind.DISASTER})


#: An article is about one country when at least this share of its places lie there.
ARTICLE_COUNTRY_SHARE = 0.6


def _article_countries(resolution: Resolution) -> dict[str, str]:
    """The one country each article's places are in, where there is one: at least two of its
    places, and ``ARTICLE_COUNTRY_SHARE`` of them, lie in it ("Taipei", "Kaohsiung" and "Taiwan"
    against one "Beijing"), or the only place it names does."""
    per: dict[str, Counter[str]] = defaultdict(Counter)
    seen: set[tuple[str, str]] = set()
    for (aid, _surface), e in resolution.by_surface.items():
        if e.country and e.type in {"GPE", "LOC", "FAC"} and e.feature != "site" and (aid, e.entity_id) not in seen:
            seen.add((aid, e.entity_id))
            per[aid][e.country] += 1
    out: dict[str, str] = {}
    for aid, counts in per.items():
        iso, n = counts.most_common(1)[0]
        if (n >= 2 or len(counts) == 1) and n >= ARTICLE_COUNTRY_SHARE * sum(counts.values()):
            out[aid] = iso  # (an article whose only place is "Vancouver" is about Canada too)
    return out


def _victims_of(main: _Group, g: _Group) -> bool:
    """Within one article, killings told with no place or date of their own, or with the
    attack's ("six men were killed", "began shooting, killing 11", "the deputy who was killed
    in Texas", "killed about 8:20 p.m. Friday"), are the victims of the article's own attack
    (or earthquake, or flood), not a second event, when the figures do not contradict it."""
    if g.kind is not EventKind.KILLING or main.kind not in _LETHAL or g.date and g.date != main.date:
        return False  # "Goforth was killed about 8:20 p.m. Friday": the day of the attack, or none
    if any(m.kind is not EventKind.KILLING or m.background or m.distinct for m in g.mentions):
        return False
    if g.countries and main.countries and not g.countries & main.countries:
        return False
    if any(_told_apart(x, m) for m in g.mentions for x in main.mentions):
        return False  # "Thursday's shooting came just weeks after a driver … fatally shot eight people"
    if main.kind is EventKind.DISASTER and _part_of_toll(main, g):
        return True  # "in neighbouring Central Aceh district, 10 people were killed": a part of the quake's toll
    if any(not is_venue(p) for p in g.places - main.places):
        return False  # killed in a town of its own; at a venue ("in the Tree of Life synagogue") it may be the attack's
    counts = main.counts()
    return all(any(compatible((c.value, c.qualifier), (n.value, n.qualifier)) for c in counts) for n in g.counts()) if counts else True


_APART = re.compile(r"\b(?:days|weeks|months|years|decades)\s+(?:after|before|earlier|later)\b", re.IGNORECASE)


def _part_of_toll(main: _Group, g: _Group) -> bool:
    """Deaths told with no cause or killer near the disaster, fewer than its toll, are a part
    of that toll ("10 people were killed in Central Aceh district"); not "three policemen were
    shot dead at a checkpoint", nor deaths told far away ("five soldiers were killed in Papua")."""
    if g.actors or not main.countries or not g.countries <= main.countries:
        return False  # killed by someone; or elsewhere (a district the gazetteer does not know is the article's country's)
    if any(_VIOLENCE_WORDS.search(m.sentence.text) or m.trigger.text.lower() not in _BARE_DEATHS for m in g.mentions):
        return False  # a cause or a killer of their own
    if g.points and main.points and not places_meet(main.kind, main.places, g.places, main.points, g.points):
        return False
    counts = main.counts()
    return bool(counts) and bool(g.counts()) and all(n.value < max(c.value for c in counts) for n in g.counts())


#: Words of deaths told with nothing of their cause ("10 people were killed", "12 died").
_BARE_DEATHS = frozenset({"killed", "died", "dead", "perished", "deaths", "death", "killing"})
#: Words that give deaths a violent cause or a killer of their own.
_VIOLENCE_WORDS = re.compile(r"\b(?:shot|shoot\w*|gun\w*|stab\w*|bomb\w*|attack\w*|militant\w*|soldiers?|troops?|police\w*|"
                             r"rebels?|fighting|clash\w*|murder\w*|blast|explosion|insurgent\w*|terror\w*)\b", re.IGNORECASE)


def _told_apart(a: EventMention, b: EventMention) -> bool:
    """Two mentions in one sentence set days, weeks or years apart by the words between them
    ("the shooting came just weeks after a driver … fatally shot eight people")."""
    if a.sentence.start != b.sentence.start or a.article_id != b.article_id:
        return False
    lo, hi = sorted((a.trigger.end, b.trigger.start)) if a.trigger.start < b.trigger.start else sorted((b.trigger.end, a.trigger.start))
    text = a.sentence.text[max(0, lo - a.sentence.start):max(0, hi - a.sentence.start)]
    return bool(_APART.search(text))


_DEFINITE = re.compile(r"\b(?:[Tt]he|[Tt]his|[Tt]hat)\s+(?:[A-Z][\w'-]+\s+|[a-z]+est\s+|most\s+[a-z]+\s+)?$")


def _people_told_again(g: _Group, m: EventMention) -> bool:
    """Whether a mention names the group's people again with "the": "three suspects were arrested
    … The suspects were arrested in Seshego on Friday" (not "two other suspects")."""
    known = _targets(g)
    if _ANOTHER_CASE.search(m.sentence.text):
        return False  # "in an unrelated case, the suspects in a heist were arrested"
    # the surnames of the people it names in full ("Gary Gomes"; not "15 protesters")
    surnames = {words[-1] for x in g.mentions for t in x.targets if len(words := t.split()) >= 2 and all(w[:1].isupper() for w in words)}
    return bool(m.targets) and all(
        (fold(t) in known or fold(t) in _THE_ARRESTED and bool(known or g.counts())) and re.search(rf"\bthe\s+{re.escape(t)}\b", m.sentence.text, re.IGNORECASE)
        or t in surnames  # "Gary Gomes, 35, was arrested … Gomes was arrested at …"
        for t in m.targets)


#: Words that name an operation's people again, whatever the first report called them: "police
#: arrested two men … The suspects were detained in Altamira".
_THE_ARRESTED = frozenset({"suspects", "suspect", "accused", "pair", "duo", "trio", "detainees", "arrested"})
#: Words that tell of another case than the article's lead.
_ANOTHER_CASE = re.compile(r"\b(?:unrelated|separate(?:ly)?|another|other)\b", re.IGNORECASE)


#: A strike named as the whole country's: "a one-day national strike", "a general strike".
_NATIONAL_STRIKE = re.compile(r"\b(?:national|general) strike\b", re.IGNORECASE)


def _nationwide(sentence: str) -> bool:
    """Whether a sentence tells its protest as the whole country's."""
    return across_the_country(sentence) or bool(_NATIONAL_STRIKE.search(sentence))


def _one_nationwide(a: _Group, b: _Group) -> bool:
    """Whether one of two protest groups is told as the whole country's and the other as a town's,
    in no place they share: a national strike and a march in the capital on its day are two events
    (but "doctors went on strike in Lagos as part of a national strike" and their march in Lagos are one)."""
    if a.kind is not EventKind.PROTEST or b.kind is not EventKind.PROTEST:
        return False
    wide_a, wide_b = (any(_nationwide(x.sentence.text) for x in g.mentions) for g in (a, b))
    return wide_a != wide_b and bool((b if wide_a else a).places) and not a.places & b.places


def _doers_may_agree(a: _Group, b: _Group) -> bool:
    """Whether two groups' doers, where both name some, share a word ("students" and "the
    students"; not "garment workers" and "villagers")."""
    if not (a.actors and b.actors):
        return True
    words = [{fold(w).rstrip("s") for x in g.actors for w in x.split()} - {"the", "a", "an", "of", "and"} for g in (a, b)]
    return bool(words[0] & words[1])


def _unknown_places(m: EventMention, resolution: Resolution) -> bool:
    """Whether the gazetteer knows none of a mention's places (a road, an islet, a village)."""
    return all((e := resolution.entity(m.article_id, p)) is None or e.lat is None for p in m.places)


def _toll_of_the_deed(deed: _Group, m: EventMention) -> bool:
    """Whether a killing is done by the group's deed named again as its doer: "the strikes killed
    three civilians in Razih district", after "the coalition carried out 12 air strikes in Saada
    province" (not "gunmen killed three", nor "a strike killed two", another one)."""
    if m.kind is not EventKind.KILLING or deed.kind not in _LETHAL_DEEDS or not m.actors or m.date or m.background or m.distinct:
        return False
    nouns = {fold(x.trigger.text).split()[-1].rstrip("s") for x in deed.mentions}
    return all(fold(a).split()[-1].rstrip("s") in nouns and re.search(r"(?i)\b(?:the|these|those|this|that)\s+" + re.escape(a), m.sentence.text)
               for a in m.actors)


#: Deeds whose dead a later sentence tells with the deed as the killer.
_LETHAL_DEEDS = frozenset({EventKind.ATTACK, EventKind.MILITARY_OPERATION})


def _definite(m: EventMention) -> bool:
    """The trigger is a noun named again with a definite article ("the quake", "this attack",
    "the Quebec shooting", "the deadliest attack")."""
    before = m.sentence.text[:max(0, m.trigger.start - m.sentence.start)]
    return bool(_DEFINITE.search(before[-40:]))


def _link_parts(groups: list[_Group]) -> list[_Group]:
    """A seizure with no date or place in an article about an arrest operation is part of it.

    "Investigators seized documents from the suspects": the seizure takes the operation's
    date, places and countries (it stays a separate SEIZURE event).
    """
    arrests = [g for g in groups if g.kind is EventKind.ARREST and (g.date or g.places)]
    if not arrests:
        return groups
    for g in groups:
        # "the fishermen were arrested near Delft Island on July 28, and their two boats were seized": the
        # seizure told in the arrest's sentence, with no place of its own, is where the arrest was
        told_with = next((a for a in arrests if a.places and {m.sentence.start for m in a.mentions} & {m.sentence.start for m in g.mentions}), None)
        if g.kind is EventKind.SEIZURE and not g.places and told_with is not None and dates_compatible(g.date, told_with.date):
            g.places |= told_with.places
            g.points.update(told_with.points)
            g.countries = set(told_with.countries)  # (not the country the article lent it)
    lead = arrests[0]
    for g in groups:
        if g.kind is EventKind.SEIZURE and not g.date and not g.places and not g.countries:
            g.places |= lead.places
            g.points.update(lead.points)
            g.countries |= lead.countries
            g.inherited_date = lead.date
    return groups


def _mark_leads(groups: list[_Group], story: str) -> None:
    """Record the document's story on its groups, and which group is its own news of each type
    class: the one whose first recent (not recalled) mention comes first."""
    first: dict[str, tuple[int, _Group]] = {}
    for g in groups:
        g.stories = frozenset({story})
        recent = [m.trigger.start for m in g.mentions if not m.background]
        if recent and not (g.date and precision(g.date) == 1):
            tc = type_class(g.kind)
            if tc not in first or min(recent) < first[tc][0]:
                first[tc] = (min(recent), g)
    for _start, g in first.values():
        g.lead = True


def _same_story_disaster(a: _Group, b: _Group) -> bool:
    """Two reports that each lead with a disaster in one country on the same day, of one story or
    told from towns a few hundred km apart: one quake or storm, told from the towns each outlet
    names ("Papua" and "Manokwari")."""
    if not (a.kind is b.kind is EventKind.DISASTER and a.lead and b.lead and precision(a.date) == 3 and precision(b.date) == 3
            and dates_compatible(a.date, b.date, slack_days=1) and a.countries & b.countries):
        return False
    hazards_a, hazards_b = _hazards(a), _hazards(b)
    if hazards_a and hazards_b and not hazards_a & hazards_b:
        return False  # a flood in Fez and a quake in Agadir the same day are two disasters
    return (len(a.stories) == 1 and a.stories == b.stories) or any(
        distance_km(*p, *q) <= SAME_DAY_DISASTER_KM for p in (*a.points.values(), *a.areas.values())
        for q in (*b.points.values(), *b.areas.values()))


#: Magnitudes that outlets and agencies give one earthquake seldom differ by more than this (5.9
#: and 6.1); within one article, two magnitudes further apart are two quakes.
SAME_QUAKE_MAGNITUDE = 0.25


def _magnitudes_may_agree(a: _Group, b: _Group) -> bool:
    """Whether two groups' earthquake magnitudes, when both give some, can be one quake's."""
    ma, mb = ({f.value for m in g.mentions for f in m.figures if f.what == "magnitude"} for g in (a, b))
    return not (ma and mb) or any(abs(x - y) <= SAME_QUAKE_MAGNITUDE + 1e-9 for x in ma for y in mb)


def _naming_words(g: _Group) -> set[str]:
    """The nouns that name a group's mentions, singular ("tsunami", "bombing"), and the hazards
    among them; not verbs of deeds or deaths ("killed", "hit")."""
    words = {w for m in g.mentions if not (w := m.trigger.text.lower().rstrip("s")).endswith("ed")
             and w not in _BARE_DEATHS and w not in _DEED_VERBS}
    return words | _hazards(g)


#: Verbs that name a deed of any kind, in their present forms.
_DEED_VERBS = frozenset({"hit", "strike", "struck", "kill", "die", "attack", "shoot", "shot", "rock"})


def _hazards(g: _Group) -> set[str]:
    """The kinds of hazard a disaster's mentions name by their trigger words."""
    return {h for m in g.mentions for w in m.trigger.text.lower().split() if (h := lx.HAZARD_WORDS.get(w.rstrip("s")) or lx.HAZARD_WORDS.get(w))}


#: How far apart the towns two outlets name for one day's disaster in one country may lie (km).
SAME_DAY_DISASTER_KM = 1000.0


def _same_story_news(a: _Group, b: _Group) -> bool:
    """Two undated reports in articles of one story, that are each article's own news of this
    type class: "six men were killed" in one report is the mosque shooting of the other."""
    return (len(a.stories) == 1 and a.stories == b.stories and a.lead and b.lead
            and (precision(a.date) == 0 or precision(b.date) == 0))


#: Two outlets' figures for the news of one story that differ by at most this share are one
#: operation told two ways (12 and 13 arrested), a conflict to show, not two operations.
NEAR_COUNTS = 0.25


def _counts_may_agree(a: _Group, b: _Group, *, near: bool = False) -> bool:
    """For arrests and seizures, whose figures identify the operation: some figures agree (or,
    with ``near``, differ only a little)."""
    if a.kind not in COUNT_IDENTIFIES and b.kind not in COUNT_IDENTIFIES:
        return True
    ca, cb = a.counts(), b.counts()
    return not (ca and cb) or any(compatible((x.value, x.qualifier), (y.value, y.qualifier)) or near and _near(x, y)
                                  for x in ca for y in cb)


def _near(x: Figure, y: Figure) -> bool:
    """Figures of one thing that differ by little: 12 and 13 arrested, not 2 and 3 boats (small
    numbers must agree) nor 12 guns and 13 boats."""
    return (role_of(x) == role_of(y) and min(x.value, y.value) >= 4
            and abs(x.value - y.value) <= NEAR_COUNTS * max(x.value, y.value))


#: Deeds done to a person, whom a full name identifies: one killing of Kathina Thomas, however
#: often an article tells it (a group's name, "Islamic State", may be the target of many operations).
_DEEDS_ON_PEOPLE = frozenset({EventKind.KILLING, EventKind.ATTACK})


def _same_person_same_date(a: _Group, b: _Group) -> bool:
    """Two reports of a deed on one fully named person, on the same date however coarse: "in 1957,
    a botched attempt to assassinate Frank Costello", told twice, is one attempt."""
    return bool(a.date) and a.date == b.date and {a.kind, b.kind} <= _DEEDS_ON_PEOPLE and bool(_named_targets(a) & _named_targets(b))


def _corroborates(g: _Group, new: _Group) -> bool:
    """Within one article: a mention joins an earlier group only on positive evidence.

    A shared place (or, for a mention that names only a country, the same country), the same
    figure or the same month or day; or, for a mention with no place and no date ("they had
    arrested 15 people"), the article's leading group of that type when the figures agree.
    Absence of contradiction alone is not enough.
    """
    if new.places & g.places:
        return True
    if not new.places and new.countries and new.countries <= g.countries:
        return True
    new_counts, counts = new.counts(), g.counts()
    if new_counts and any(c.value == n.value for c in counts for n in new_counts):
        return True
    if new.date and precision(new.date) >= 2 and g.date == new.date:
        return True
    if {g.kind, new.kind} <= _DEEDS_ON_PEOPLE and _named_targets(g) & _named_targets(new):
        return True  # "a stray bullet killed Kathina Thomas" and "that errant bullet killed Kathina Thomas"
    bare = not new.places and not new.countries and not new.date
    recalled = _year_recalled(g.date, g.reported)  # "the 2004 tsunami": a bare "the quake" is not that one
    return bare and (not new_counts or not counts) and not recalled


def _annotate(g: _Group, m: EventMention, resolution: Resolution) -> None:
    for surface in m.places:
        e = resolution.entity(m.article_id, surface)
        if e is None:
            continue
        if e.feature == "country" or (e.country and e.lat is not None and e.name == e.country):
            g.countries.add(e.country or "")
            g.named_countries.add(e.name)  # "the election in Taiwan": a place as the text gives it
        elif e.lat is not None or e.type in {"GPE", "LOC", "FAC"} or is_venue(surface):
            g.places.add(e.name)
            if e.lat is not None and e.lon is not None and e.feature in POINT_FEATURES:
                g.points[e.name] = (e.lat, e.lon)
            elif e.lat is not None and e.lon is not None and e.feature == "region":
                g.areas[e.name] = (e.lat, e.lon)  # a province's middle: near enough for a day's disaster
            if e.country and e.feature != "site":  # a site's country is its town's, guessed from the text
                g.countries.add(e.country)
        elif e.country:
            g.countries.add(e.country)
    for surface in m.actors:
        e = resolution.entity(m.article_id, surface)
        g.actors.add(e.name if e else surface)
        if m.kind in DOMESTIC and not m.places:
            # "Moroccan police arrested …": domestic security forces act in their own country
            for word in _ALIGNED.sub(" ", surface).replace("-", " ").split():
                iso = country_of(word)
                if iso and word[:1].isupper():
                    g.countries.add(iso)
    g.countries.discard("")


#: A country named only as a side taken: "the China-friendly Nationalists", "Iran-backed militias".
_ALIGNED = re.compile(r"\b[\w.]+-(?:friendly|backed|led|allied|funded|leaning|aligned|linked|supported|sponsored|born|based)\b", re.IGNORECASE)


def _targets(g: _Group) -> set[str]:
    return {fold(t) for m in g.mentions for t in m.targets}


#: Words of a victim's description that say nothing of who the victim is.
_UNTELLING = frozenset({"people", "person", "one", "two", "three", "others", "other", "victim", "victims", "year", "old", "s",
                        "of", "and", "or", "at", "least", "more", "than", "about", "some", "the", "a", "an", "their", "his", "her",
                        "fire"})  # (what "set fire to homes" was done to is the homes)
#: Things a deed was done to, not people: "set fire to dozens of homes and cars" in a report of a
#: massacre tells what else the attackers did, not of other victims (as folded by :func:`_victim_words`,
#: which cuts a final "s": "bus" is "bu").
_PROPERTY = frozenset({"home", "house", "car", "vehicle", "shop", "store", "building", "hut", "truck", "bu", "property", "dozen",
                       "farm", "field", "market", "stall", "church", "mosque", "school", "office", "village", "homestead"})


def _other_victims(a: _Group, b: _Group) -> bool:
    """Two killings or attacks told with victims whose descriptions share no word ("his baby
    daughter" and "a 74-year-old man"): two deeds. "his daughter" and "the baby daughter" share
    one; a victim told only as "people", or only by name, tells nothing."""
    if type_class(a.kind) != "VIOLENCE" or type_class(b.kind) != "VIOLENCE":
        return False
    words_a, words_b = _victim_words(a), _victim_words(b)
    if (a.kind is b.kind is EventKind.MILITARY_OPERATION and words_a & _COMBATANTS and words_b & _COMBATANTS
            and (not a.places or not b.places or a.places & b.places)):
        return False  # "seven militants" and "one soldier" killed: the two sides of one battle (two killings of
        # "terrorists" and of "soldiers" in a report of several clashes may be two)
    return bool(words_a and words_b) and not words_a & words_b


#: Victims who fought (as :func:`_victim_words` folds them): the dead of both sides of one fight.
_COMBATANTS = frozenset({"soldier", "troop", "militant", "insurgent", "rebel", "fighter", "gunman", "gunmen", "attacker",
                         "assailant", "jihadist", "terrorist", "bandit", "militiamen", "militiaman", "policeman", "policemen",
                         "officer", "police", "commando", "marine", "extremist", "guard", "serviceman", "servicemen"})


def _victim_words(g: _Group) -> set[str]:
    """The words that describe a group's victims, without their names (a named victim and a
    described one may well be one: "Goforth" and "a sheriff's deputy")."""
    return g._cached("victim_words", lambda: {  # type: ignore[no-any-return]
        fold(w).rstrip("s") for m in g.mentions for t in m.targets for w in t.split() if w.islower()} - _UNTELLING - _PROPERTY)


def _named_targets(g: _Group) -> set[str]:
    """The targets a group names by a full name ("Tavin Terrell Price"), not by a word ("police")."""
    return {fold(t) for m in g.mentions for t in m.targets
            if len(words := t.split()) >= 2 and all(w[:1].isupper() for w in words)}


#: An exact figure at least this large, on the same date, identifies a past event across reports
#: ("the 2009 floods, which killed 40"); small ones ("killed 3") coincide too often.
IDENTIFYING_FIGURE = 10


def _identifying_figure(a: _Group, b: _Group) -> bool:
    return any(x.value == y.value and x.value >= IDENTIFYING_FIGURE for x in a.counts() for y in b.counts())


def _block_keys(g: _Group) -> set[tuple[str, str]]:
    tc = type_class(g.kind)
    year = (g.date or "")[:4]
    figures = {(tc, f"figure:{year}:{c.value:g}") for c in g.counts() if c.value >= IDENTIFYING_FIGURE} if year else set()
    # a named target in a dated month ("the purchase of Kattegat Linjen in February"): reports
    # that give the event no place still meet the one that does
    named = {(tc, f"target:{g.date[:7]}:{fold(t)}") for m in g.mentions for t in m.targets
             if t[:1].isupper() and not _CALENDAR_WORD.match(t)} if precision(g.date) >= 2 and g.date else set()
    # a person's killing, or an attempt on them, in a year two reports recall ("the 1957 attempt to
    # assassinate Frank Costello"): they meet by the person's full name
    named |= {(tc, f"person:{g.date[:4]}:{t}") for t in _named_targets(g)} if g.date and g.kind in _DEEDS_ON_PEOPLE else set()
    stories = {(tc, f"story:{st}") for st in g.stories} if g.lead else set()
    return _block_keys_by_place_or_day(g, tc) | figures | named | stories


_CALENDAR_WORD = re.compile(r"(?i)^(mon|tues|wednes|thurs|fri|satur|sun)day$|^(jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*\.?$")


def _block_keys_by_place_or_day(g: _Group, tc: str) -> set[tuple[str, str]]:
    if precision(g.date) == 3 and g.date:
        from datetime import date as _d, timedelta

        day = _d.fromisoformat(g.date)
        near = {(tc, f"day:{(day + timedelta(days=k)).isoformat()}") for k in (-1, 0, 1)}
        return _place_keys(g, tc) | near
    return _place_keys(g, tc)


def _place_keys(g: _Group, tc: str) -> set[tuple[str, str]]:
    keys = {(tc, f"place:{fold(p)}") for p in g.places}
    if not keys:
        keys = {(tc, f"country:{c}") for c in g.countries}
    keys |= {(tc, f"country:{c}") for c in g.countries}
    return keys


#: Gazetteer features that are points on the ground (regions and countries are areas).
POINT_FEATURES = frozenset({"city", "county"})
#: Across reports, places named for one event may differ yet lie this close (km), by type
#: class: an earthquake or a flood is reported from the towns it hit; a raid, an attack or a
#: protest is in one town (a suburb and its city, at most).
NEAR_PLACES_KM: dict[str, float] = {"DISASTER": 150.0}
NEAR_PLACES_KM_DEFAULT = 15.0


def places_meet(kind: EventKind, a_places: set[str], b_places: set[str],
                a_points: dict[str, tuple[float, float]], b_points: dict[str, tuple[float, float]]) -> bool:
    """Whether two reports' places can be those of one event of this kind: a place in common,
    or two towns close enough ("Santa Rosa" and "Healdsburg" for one earthquake)."""
    if a_places & b_places:
        return True
    radius = NEAR_PLACES_KM.get(type_class(kind), NEAR_PLACES_KM_DEFAULT)
    return any(distance_km(*p, *q) <= radius for p in a_points.values() for q in b_points.values())


def _compatibility(a: _Group, b: _Group, *, cross: bool, ignore_places: bool = False) -> float:
    """0 when two groups cannot be one event; otherwise a score that grows with agreement."""
    if type_class(a.kind) != type_class(b.kind):
        return 0.0
    if not dates_compatible(a.date, b.date) or _after_its_report(a, b) or _after_its_report(b, a):
        return 0.0
    if cross and (_undated_news(a) and _recalled(b) or _undated_news(b) and _recalled(a)) and not any(
            x.value == y.value for x in a.counts() for y in b.counts()):
        return 0.0  # an undated report's own quake is not "the 2004 tsunami" another report recalls
    shared = bool(a.places & b.places) or cross and places_meet(a.kind, a.places, b.places, a.points, b.points)
    if cross and _same_story_news(a, b) and (shared or not (a.points and b.points)) and (
            not (a.countries and b.countries) or a.countries & b.countries) and _counts_may_agree(
            a, b, near=max(precision(a.date), precision(b.date)) == 3 or precision(a.date) == precision(b.date) == 0):
        # near figures: one operation told two ways, when one report gives the day or neither dates it
        return 0.5 + len(a.places & b.places)
    if cross and not shared and _same_story_disaster(a, b):
        return 1.0
    if cross and precision(a.date) == 0 and precision(b.date) == 0 and not shared:
        return 0.0
    same_figure = any(x.value == y.value for x in a.counts() for y in b.counts())
    same_day = precision(a.date) == 3 and precision(b.date) == 3 and dates_compatible(a.date, b.date, slack_days=1)
    venue_only = same_day and any(g.places and not g.points and all(is_venue(p) for p in g.places) for g in (a, b))
    if a.places and b.places and not shared and (cross or not same_figure) and not ignore_places and not venue_only:
        return 0.0  # in one article, the same figure with other places is one operation in several towns; a building
        # the gazetteer does not know ("the Tree of Life Synagogue") on the same day is no other place
    if a.countries and b.countries and not a.countries & b.countries:
        return 0.0
    if cross and not (same_day and shared) and not _counts_may_agree(a, b):
        return 0.0
    if cross and not shared and not _same_person_same_date(a, b) and not (precision(a.date) >= 2 and precision(b.date) >= 2 and (
            a.countries & b.countries or a.actors & b.actors or _targets(a) & _targets(b)
            or precision(a.date) == precision(b.date) == 3 and not (a.homes and b.homes and not a.homes & b.homes))
            ) and not (a.date and a.date == b.date and _identifying_figure(a, b)):
        return 0.0  # across documents: a shared place, or the same month and country, actor or target, the same
        # day told by reports about one country (not a quake in Papua and one in California on one Sunday),
        # or the same dated figure ("the 2009 floods, which killed 40" in two reports)
    if cross and precision(a.date) == 0 and precision(b.date) == 0:
        # neither report dates the event: a shared place is not enough, the figures, actors or the
        # named victim must agree ("Tavin Terrell Price was shot ... in the 3300 block of West Florence Avenue")
        same_count = any(x.value == y.value for x in a.counts() for y in b.counts())
        if not (same_count or a.actors & b.actors or _named_targets(a) & _named_targets(b)):
            return 0.0
    score = 1.0 + len(a.places & b.places) + len(a.actors & b.actors) * 0.5
    if a.date and b.date and a.date == b.date:
        score += 1.0
    return score


def _undated_news(g: _Group) -> bool:
    """An article's own news of its type that no sentence dates."""
    return g.lead and not g.date


def _recalled(g: _Group) -> bool:
    """An older event an article recalls by its year alone ("the 2004 tsunami"), not its news."""
    return not g.lead and _year_recalled(g.date, g.reported)


#: Days by which a date worked out from the text ("two weeks ago") may miss the true one.
REPORT_SLACK_DAYS = 7


def _after_its_report(a: _Group, b: _Group) -> bool:
    """Whether ``a`` is dated well after ``b``'s reports were published: no report tells of it."""
    bounds = date_bounds(a.date) if a.date and b.reported else None
    return bounds is not None and b.reported is not None and (bounds[0] - b.reported).days > REPORT_SLACK_DAYS


def _to_event(g: _Group) -> Event:
    mentions = sorted(g.mentions, key=lambda m: (m.article_id, m.trigger.start))
    kind = g.kind
    # a figure counts the event better than the victims a sentence names one by one ("at least 1")
    # a protest is counted by its crowd, not by its dead ("100,000 marched" over "three were killed")
    lead = max(mentions, key=lambda m: (m.count is not None, kind is EventKind.PROTEST and _crowd(m.count),
                                        not _named_victims(m.count), m.confidence, -m.trigger.start))
    count = lead.count or next((m.count for m in mentions if m.count), None)
    if kind is EventKind.PROTEST and not _crowd(count):
        count = None  # "three were killed" in a protest is a figure of it, not the size of the crowd
    ptype, pmode = lx.plover_of(kind, lead.trigger.text)
    docs = sorted({m.article_id for m in mentions})
    confidence = min(0.99, max(m.confidence for m in mentions) + 0.05 * (len(docs) - 1))
    actors = sorted(g.actors)
    targets = sorted({t for m in mentions for t in m.targets})
    statuses = Counter(m.status for m in mentions)
    return Event(
        event_id=make_id("v", kind.value, *sorted(m.mention_id for m in mentions)),
        kind=kind,
        plover=ptype,
        plover_mode=pmode,
        date=g.date,
        # towns first, then the countries the text names beside them (a country alone stays in countries)
        locations=tuple(sorted(g.places)) + (tuple(sorted(g.named_countries - g.places)) if g.places else ()),
        countries=tuple(sorted(g.countries or (g.context_countries if len(g.context_countries) == 1 else ()))),
        count=count,
        actors=tuple(actors),
        targets=tuple(targets),
        documents=tuple(docs),
        mentions=tuple(m.sentence for m in mentions),
        confidence=round(confidence, 2),
        status=statuses.most_common(1)[0][0],
    )


def _named_victims(count: Figure | None) -> bool:
    """Whether a count only names its people ("a woman was killed": at least 1), so that a told
    total counts the event better."""
    return count is not None and count.by_name


def _crowd(count: Figure | None) -> bool:
    """Whether a count is the size of a crowd ("5,000 teachers marched")."""
    return count is not None and count.what.split()[-1:] == ["protested"]
