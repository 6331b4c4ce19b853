"""One event mention from one trigger (:func:`_build`): the trigger's own clause, and from it the
event's places, date, actors and targets, figures and status, with the confidence its anchors
give it; and the checks that make a trigger no event of its own (a statistic, a tally over
several events told again, a running total).
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from datetime import date

from newsfold import lexicon as lx
from newsfold.aliases import country_of
from newsfold.dates import date_bounds, precision
from newsfold.events.disasters import _MISHAP_NOUNS, _after_clauses, _mishap
from newsfold.events.figures import _casualties, _count, _magnitude, _measures, _participant_ages, _participant_counts
from newsfold.events.parse import PLACE_LABELS, _LIGHT_VERBS, _PAST_TAGS, _Parse, _mention_head
from newsfold.events.participants import _actors_targets
from newsfold.events.status import _failed_attempt, _status
from newsfold.events.triggers import _MUNITION_LANDING, _done_one_of, is_noun_trigger
from newsfold.events.when import _date, _days_before_now, _weekday_told
from newsfold.events.where import _places, _votes_held_by
from newsfold.ids import make_id
from newsfold.model import EventKind, EventMention, EventStatus, Figure, Mention, Span


#: Sentences that state totals over a period, not one event ("up from 46 in the whole of 2014").
_AGGREGATE = re.compile(r"\b(up from|down from|so far this year|in total|a total of|in the whole of|"
                        r"over the (?:past|last)|in recent (?:years|months|weeks)|every year|each year|per year|"
                        r"have regularly|has regularly|routinely|in all of|"
                        r"\d{1,3}(?:,\d{3})+\s+(?:[\w-]+\s+){0,3}(?:incidents|cases|crimes|offences|offenses))\b", re.I)

_DISTINCT = frozenset({"another", "second", "third", "separate", "new", "further", "fresh"})
_PREVIOUS = frozenset({"previous", "earlier", "similar", "past", "prior", "former", "other", "recent"})


def _so_far(parse: _Parse, i: int) -> bool:
    """Whether a verb's clause counts up to now over several operations: "in their five operations
    so far"; not the running total of one crackdown ("have arrested 40 so far in the crackdown")."""
    subtree = parse.subtree(i)
    words = " ".join(parse.tokens[j].text.lower() for j in subtree)
    several = any(parse.tokens[j].tag == "NNS" and parse.kids(j, "nummod") and (
        parse.tokens[j].lemma.lower() in lx.NOUN_TRIGGERS or parse.tokens[j].lemma.lower() in {"operation", "raid", "mission", "patrol"})
                  for j in subtree if j != i)
    return several and bool(re.search(r"\b(?:so far|to date|thus far|in all|in total)\b", words))


#: Verbs of the police taking someone in for a deed ("arrested a woman in the 1967 killings").
_ARRESTING = frozenset({"arrest", "detain", "charge", "apprehend", "nab"})


#: Determiners by which a plural event noun names events told before: "those protests", "both attacks".
_SEVERAL_TOLD = frozenset({"those", "these", "both"})


def _several_told_again(parse: _Parse, j: int) -> bool:
    """Whether ``j`` is a plural event noun naming events told before ("those protests", "both
    attacks") or told apart ("in three separate armed attacks", "in two separate road accidents"):
    a tally over them belongs to none of them alone."""
    tok = parse.tokens[j]
    return (tok.tag in {"NNS", "NNPS"} and (tok.lemma.lower() in lx.NOUN_TRIGGERS or tok.lemma.lower() in {"unrest", "riot"} | _MISHAP_NOUNS)
            and (any(parse.tokens[c].text.lower() in _SEVERAL_TOLD for c in parse.kids(j, "det", "predet"))
                 or any(parse.tokens[c].lemma.lower() in _TOLD_APART for c in parse.kids(j, "amod"))))


#: Words that tell events apart: "in three separate attacks".
_TOLD_APART = frozenset({"separate", "different", "unrelated", "distinct"})


#: Words of police cases: "in two separate investigations" (not "in three different villages").
_CASES = frozenset({"investigation", "operation", "raid", "case", "incident", "probe", "bust", "inquiry", "sting"})


def _over_cases_told_apart(parse: _Parse, i: int) -> bool:
    """Whether a deed is told as a sum over cases told apart: "seized 40 kilograms of fentanyl and
    arrested five people in two separate investigations" (the words of the cases need not be
    events'); the verbs joined to it share the phrase."""
    tokens = parse.tokens
    verbs = [i, *parse.kids(i, "conj")] + ([tokens[i].head] if tokens[i].dep == "conj" else [])
    return any(tokens[o].tag == "NNS" and tokens[o].lemma.lower() in _CASES and parse.kids(o, "nummod")
               and any(tokens[a].lemma.lower() in _TOLD_APART for a in parse.kids(o, "amod"))
               for v in verbs for p in parse.kids(v, "prep") if tokens[p].text.lower() in {"in", "during", "across", "over"}
               for o in parse.kids(p, "pobj"))


#: "Seized a record 294 tons": a haul set against all others, of a year, a tally.
_A_RECORD = re.compile(r"\ba record(?: high of)?\s+(?:of\s+)?\d", re.IGNORECASE)
#: A whole year of arrests or seizures ("extradited more than 200 people last year").
_OVER_A_YEAR = re.compile(r"\b(?:last|this|the past)\s+year\b(?!['’]s)", re.IGNORECASE)
#: So many arrests or seizures in a year are its tally, not one operation's.
YEAR_TALLY_MIN = 50


#: Words that make a strike or a protest the whole country's: "a general strike", "nationwide protests".
_NATIONWIDE = frozenset({"general", "nationwide", "national", "countrywide"})


def _nationwide(parse: _Parse, i: int) -> bool:
    """Whether a protest is told as the whole country's: "staged a 24-hour general strike", "a
    nationwide strike", "protested nationwide". Like a vote, it is then in the one country its
    sentence names ("Argentina's largest union federation staged a general strike"), if any."""
    tokens = parse.tokens
    words = [*parse.kids(i, "amod", "compound", "advmod")]
    if tokens[i].dep in {"dobj", "obj"} and tokens[tokens[i].head].lemma.lower() in _LIGHT_VERBS | {"go", "call"}:
        words += parse.kids(tokens[i].head, "advmod")
    return any(tokens[w].lemma.lower() in _NATIONWIDE for w in words)


def _since_long_ago(parse: _Parse, i: int) -> bool:
    """Whether a verb is counted "since" a year or the start of one: a running toll of many deeds
    ("since 2001", "since the start of the year"), not since a day of this week."""
    for p in parse.kids(i, "prep"):
        if parse.tokens[p].text.lower() != "since":
            continue
        for o in parse.kids(p, "pobj"):
            if re.fullmatch(r"\d{4}s?", parse.tokens[o].text):
                return True  # "since 2001"
            if parse.tokens[o].lemma.lower() in {"start", "beginning"} and any(
                    parse.tokens[y].lemma.lower() in {"year", "decade", "century"} or re.fullmatch(r"\d{4}", parse.tokens[y].text)
                    for q in parse.kids(o, "prep") if parse.tokens[q].text.lower() == "of" for y in parse.kids(q, "pobj")):
                return True  # "since the start of the year" (not "since the start of the protests")
    return False


def _build(
    article_id: str,
    text: str,
    parse: _Parse,
    i: int,
    kind: EventKind,
    sent: object,
    sent_mentions: list[Mention],
    sent_dates: list[tuple[int, int, str]],
    anchor: date | None,
    found: list[tuple[int, EventKind]],
    casualty_verbs: Sequence[int] = (),
) -> EventMention | None:
    tok = parse.tokens[i]
    subtree = _clause_scope(parse, i, found)
    # "floods on Monday killed 23": the casualty verb's own clause dates and places the event too
    subtree = sorted(set(subtree) | {j for v in casualty_verbs for j in _clause_scope(parse, v, found)})
    if kind is EventKind.DISASTER and tok.lemma.lower() in {"die", "drown", "kill"}:
        # "two have died and another is fighting for life after their car hit a tree on the Bruce Highway
        # late on Friday": the accident's clause, told once after the last verb, places and dates the deaths
        subtree = sorted(set(subtree) | {j for c in parse.kids(i, "conj") for v in _after_clauses(parse, c) if _mishap(parse, v)
                                         for j in parse.subtree(v)})
    status = _status(parse, i)
    failed = kind is EventKind.KILLING and status is EventStatus.PLOT and _failed_attempt(parse, i)
    if failed:  # "a botched attempt to assassinate Costello": an attack that happened, with no one killed
        kind, status = EventKind.ATTACK, EventStatus.ASSERTED
    places = _places(parse, i, sent_mentions, subtree, kind)
    if not places and (done := _done_one_of(parse, i)) is not None:
        # "robbers carried out one of the biggest heists in history, snatching rings from a boutique
        # in Paris": the one heist is where the verb that did it was done
        places = _places(parse, i, sent_mentions, _clause_scope(parse, done, found), kind)
    if not places and kind is EventKind.PROTEST and tok.dep in {"advcl", "xcomp"} and any(
            parse.tokens[a].text.lower() == "to" for a in parse.kids(i, "aux")) and parse.tokens[tok.head].pos == "VERB":
        # "thousands gathered in Nairobi on Monday to protest against the bill": where they gathered
        head = tok.head
        scope = [j for j in _clause_scope(parse, head, found) if j not in set(parse.subtree(i))]
        places = _places(parse, head, sent_mentions, scope, kind)
        if not places:  # "drove their tractors into Brussels to protest": where they went to protest
            went = {o for p in parse.kids(head, "prep") if parse.tokens[p].text.lower() in {"into", "to"} for o in parse.kids(p, "pobj")}
            places = [m.span.text for m in sent_mentions if m.label in PLACE_LABELS
                      and any(j in went for j in parse.within(m.span.start, m.span.end))]
    if not places:
        # "14 students were arrested during a protest at Aleppo University": where that event was
        triggers = {j for j, _k in found}
        for prep in parse.kids(i, "prep"):
            if parse.tokens[prep].text.lower() in {"during", "amid", "at"}:
                for o in parse.kids(prep, "pobj"):
                    if o in triggers:
                        places = _places(parse, o, sent_mentions, parse.subtree(o), kind)
    if not places and kind in {EventKind.KILLING, EventKind.ATTACK} and tok.pos == "NOUN" and tok.dep == "pobj":
        # "Staunton police arrested a woman in the 1967 killings": a deed police arrest someone for,
        # told with no place of its own, is of the town whose police made the arrest
        prep = parse.tokens[tok.head]
        verb = prep.head
        if prep.text.lower() in {"in", "for", "over"} and parse.tokens[verb].lemma.lower() in _ARRESTING and verb != i:
            # the town of the police ("Staunton police", "police in Staunton"), not where the arrest
            # was made ("arrested a man in Malaga over the 2005 killing of a journalist")
            police = {j for subj in parse.kids(verb, "nsubj") for j in parse.subtree(subj)}
            arrest_places = _places(parse, verb, sent_mentions, _clause_scope(parse, verb, found), EventKind.ARREST)
            places = [p for p in arrest_places if any(m.span.text == p and any(
                j in police for j in parse.within(m.span.start, m.span.end)) for m in sent_mentions)]
    actors, targets = _actors_targets(parse, i, kind, sent_mentions)
    casualties = [] if failed else _casualties(article_id, text, parse, i, kind, found)
    # an attack or a disaster is counted by its dead; the wounded are a figure of it, no count
    # (a zero, "no one was killed", is a figure to weigh against other reports, never a count)
    dead = [f for f in casualties if f.what.endswith("killed") and f.value > 0]
    count = dead[0] if dead else None if casualties else _count(article_id, text, parse, i, kind, found)
    when, when_text = _date(parse, i, subtree, sent_dates, text, found)
    # "two soldiers were killed and three were wounded in Kandahar on Monday": the wounded's place
    # and day, told once at the end, are the deed's
    for c in parse.kids(i, "conj") if tok.pos == "VERB" else ():
        if parse.tokens[c].lemma.lower() in {"wound", "injure", "hurt"} and parse.tokens[c].tag in _PAST_TAGS:
            scope = _clause_scope(parse, c, found)
            places = places or _places(parse, c, sent_mentions, scope, kind)
            if when is None:
                when, when_text = _date(parse, c, scope, sent_dates, text, found)
    if (when is None and tok.pos == "VERB" and tok.dep == "conj" and tok.tag in _PAST_TAGS and parse.tokens[tok.head].pos == "VERB"
            and parse.tokens[tok.head].tag in _PAST_TAGS and not parse.kids(i, "nsubj", "nsubjpass") and not parse.kids(tok.head, "auxpass")):
        # "students on Monday boycotted lectures and marched to Government House": the day of the first
        # verb is the day of the verb that shares its subject (not of a passive: "he was born in 1980 and ...")
        head = tok.head
        when, when_text = _date(parse, head, [j for j in parse.subtree(head) if j not in set(parse.subtree(i))], sent_dates, text, found)
    if not places and tok.dep == "advcl" and tok.tag == "VBG" and not parse.kids(i, "mark", "aux", "nsubj", "nsubjpass"):
        # "a suicide bomber blew himself up outside a bank in Jalalabad, killing 14": the deed the
        # participle tells the outcome of was where the killing was
        places = _places(parse, tok.head, sent_mentions, _clause_scope(parse, tok.head, found), kind)
    if not places and kind is EventKind.ARREST:
        # "a boy has been arrested on suspicion of murder after a man was stabbed to death in Leeds":
        # with no place of its own, the arrest is where the deed it follows was
        triggers = {j for j, _k in found}
        deeds = [c for c in parse.kids(i, "advcl") if c in triggers
                 and any(parse.tokens[m].text.lower() in {"after", "following"} for m in parse.kids(c, "mark"))]
        deeds += [o for p in parse.kids(i, "prep") if parse.tokens[p].text.lower() in {"after", "over", "following"}
                  for o in parse.kids(p, "pobj", "pcomp") if o in triggers]
        # "arrested 45 activists who blocked traffic on the M25": where they were doing it
        deeds += [d for o in parse.kids(i, "dobj", "obj", "nsubjpass") for r in parse.kids(o, "relcl")
                  for d in [r, *parse.kids(r, "conj")] if d in triggers]
        for d in deeds:
            places = places or _places(parse, d, sent_mentions, _clause_scope(parse, d, found), dict(found).get(d, kind))
    if not places and kind is EventKind.PROTEST and tok.pos == "NOUN" and tok.dep == "pobj" and (
            parse.tokens[tok.head].text.lower() in {"during", "amid"}) and parse.tokens[parse.tokens[tok.head].head].pos == "VERB":
        # "police in Abidjan arrested 31 people during a protest by market traders": where the arrests were
        verb = parse.tokens[tok.head].head
        places = _places(parse, verb, sent_mentions, [j for j in _clause_scope(parse, verb, found) if j not in set(parse.subtree(i))],
                         dict(found).get(verb, kind))
    if not places and kind is EventKind.SPORTS_RESULT:
        # "beating Sweden 3-2 in overtime in the final in Ottawa": the one town the sentence names as where
        # (not the countries, nor the towns the teams are named after: "the Miami Heat beat ...")
        towns = [m.span.text for m in sent_mentions if m.label in {"GPE", "LOC", "FAC"} and country_of(m.span.text) is None
                 and (head := _mention_head(parse, parse.within(m.span.start, m.span.end) or [i])).dep == "pobj"
                 and parse.tokens[head.head].text.lower() in {"in", "at"}]
        if len(set(towns)) == 1:
            places = towns[:1]
    if not places and kind is EventKind.PROTEST:
        # "workers at Puna Litio's processing plant in Salta staged a 24-hour strike": where the protesters are
        verb = i if tok.pos in {"VERB", "AUX"} else tok.head if tok.dep in {"dobj", "obj"} else None
        where_they_are = [j for s in (parse.kids(verb, "nsubj") if verb is not None else []) for p in parse.kids(s, "prep")
                          if parse.tokens[p].text.lower() in {"at", "in"} for j in parse.subtree(p)]
        if where_they_are:
            places = _places(parse, i, sent_mentions, where_they_are, kind)
    if not places and (kind is EventKind.ELECTION or kind is EventKind.PROTEST and _nationwide(parse, i)):
        # "Cape Verde's ruling party won a majority in elections held on Sunday": a vote is the
        # country's the sentence names, when it names one country only
        nations = {country_of(m.span.text): m.span.text for m in sent_mentions if m.label == "GPE" and country_of(m.span.text)
                   and _mention_head(parse, parse.within(m.span.start, m.span.end) or [i]).dep
                   in {"poss", "compound", "pobj", "amod", "nmod"} or _votes_held_by(parse, m)}  # not "the United States said ..."
        if len(nations) == 1:
            places = list(nations.values())
    if when is None and anchor is not None:
        when = _days_before_now(parse, i, anchor)
    if when is None and anchor is None:
        when_text = _weekday_told(parse, i, subtree, sent, text, found)
    if status is EventStatus.ASSERTED and when and anchor is not None:
        bounds = date_bounds(when)
        if bounds is not None and bounds[0] > anchor:
            status = EventStatus.HYPOTHETICAL  # "expected to close next year": not yet happened
    is_noun = tok.pos in {"NOUN", "PROPN"}
    anchored = bool(places) + bool(when) + bool(count and not count.by_name) + bool(actors) + bool(targets and is_noun_trigger(tok))
    if is_noun and anchored == 0 and kind not in {EventKind.DISASTER}:
        return None  # a generic mention: "arrests of suspected recruiters"
    if (not places and not when and not (count and count.value > 0) and tok.pos == "VERB"
            and tok.lemma.lower() in _MUNITION_LANDING and kind is EventKind.ATTACK):
        return None  # "one missile struck the vessel, causing minor damage": a step of the attack told before
    if _several_told_again(parse, i) or any(_several_told_again(parse, o) for p in parse.kids(i, "prep", "agent")
                                            if parse.tokens[p].text.lower() in {"in", "during", "by"} for o in parse.kids(p, "pobj")):
        return None  # "these attacks", "three people were killed in those protests": several events told again, a total of theirs
    if count is not None and kind in {EventKind.ARREST, EventKind.SEIZURE} and _over_cases_told_apart(parse, i):
        return None  # "arrested five people in two separate investigations": the cases are told one by one
    if (is_noun and tok.tag in {"NNS", "NNPS"} and not count and not places and _done_one_of(parse, i) is None
            and not (kind is EventKind.ELECTION and when)):  # "parliamentary elections held on Sunday" are one vote
        return None  # "making major arrests", "suffered attacks in the past"
    if tok.tag == "VBN" and any(parse.tokens[c].lemma.lower() == "have" for c in parse.kids(i, "aux")) and _so_far(parse, i):
        return None  # "in their five operations so far, they have confiscated 14 rifles": a running tally of several
    if (tok.tag == "VBN" and not places and not when and any(parse.tokens[c].lemma.lower() == "have" for c in parse.kids(i, "aux"))
            and any(parse.tokens[p].text.lower() == "of" for s in parse.kids(i, "nsubjpass", "nsubj") for p in parse.kids(s, "prep"))):
        return None  # "Twenty of the members of the council have been killed": a tally of a group's losses over time
    if (tok.tag == "VBN" and count is None and any(parse.tokens[c].lemma.lower() == "have" for c in parse.kids(i, "aux"))
            and any(parse.tokens[c].text.lower() == "since" and any(re.fullmatch(r"\d{4}s?", parse.tokens[y].text) or parse.tokens[y].lemma.lower()
                                                                      in {"year", "decade", "century"} for y in parse.kids(c, "pobj"))
                    for c in parse.kids(i, "prep"))):
        return None  # "a group that has raided villages around Lake Chad since 2018": a habit over years
    if tok.tag == "VBN" and tok.dep == "acl" and parse.tokens[tok.head].tag in {"NNS", "NNPS"} and any(
            parse.tokens[c].lemma.lower() in {"all", "any", "every", "such"} for c in parse.kids(tok.head, "det", "predet")):
        return None  # "to publish all contracts signed by the city": a kind of thing, not one deed
    if kind is EventKind.ARREST and count is not None and count.value > 3 and count.what.split()[0].lower().rstrip("s") in {
            "cell", "plot", "network", "ring", "gang", "group"}:
        return None  # "dismantled 168 terrorist cells": a tally over years, not one operation
    sentence_text = text[getattr(sent, "start"):getattr(sent, "end")]
    if _AGGREGATE.search(sentence_text) and (count is None or count.value > 3):
        return None  # a total over a period, not one event
    if (count is not None and kind in {EventKind.ARREST, EventKind.SEIZURE} and (when is None or precision(when) == 1)
            and _OVER_A_YEAR.search(when_text or "") and (_A_RECORD.search(sentence_text) or count.value >= YEAR_TALLY_MIN)):
        return None  # "seized a record 294 tons of drugs", "extradited more than 200 people last year": a year's tally
    if (tok.tag == "VBN" and tok.lemma.lower() in lx.CASUALTY_VERBS and any(parse.tokens[c].lemma.lower() == "have" for c in parse.kids(i, "aux"))
            and any(any(parse.tokens[m].text.lower() == "since" for m in parse.kids(c, "mark")) for c in parse.kids(i, "advcl"))):
        return None  # "9,000 people have been killed since the government launched its crackdown": a running toll
    if tok.tag == "VBN" and tok.lemma.lower() in lx.CASUALTY_VERBS and count is not None and _since_long_ago(parse, i):
        return None  # "more than 40 drivers have been killed since the start of the year", "with more than 90 killed since 2001"
    if _a_trend(parse, i):
        return None  # "homicides climbed to a 25-year high, with 790 people killed", "seizures fell by a fifth": figures of many
    modifiers = parse.kids(i, "amod", "advmod") + [m for p in parse.kids(i, "prep") for o in parse.kids(p, "pobj") for m in parse.kids(o, "amod")]
    if any(parse.tokens[c].lemma.lower() in _PREVIOUS for c in modifiers) and not when:
        return None  # "a similar previous raid": another, unidentified event
    confidence = min(0.95, 0.35 + 0.15 * anchored + (0.1 if not is_noun else 0.0))
    distinct = any(parse.tokens[c].lemma.lower() in _DISTINCT for c in parse.kids(i, "det", "amod")) or any(
        parse.tokens[c].text.lower() == "another" for o in parse.kids(i, "dobj", "nsubj") for c in parse.kids(o, "det"))
    # "attacked another school"; "another follower killed Lee Rigby": another deed, by another hand
    start_char = getattr(sent, "start")
    end_char = getattr(sent, "end")
    sentence_span = Span(article_id, start_char, end_char, text[start_char:end_char])
    trigger = Span(article_id, tok.start, tok.end, tok.text)
    background = bool(when and anchor and when[:4] < f"{anchor.year:04d}" and int(when[:4]) < anchor.year - 0)
    return EventMention(
        mention_id=make_id("m", article_id, str(tok.start), kind.value),
        article_id=article_id,
        kind=kind,
        trigger=trigger,
        sentence=sentence_span,
        status=status,
        date=when,
        date_text=when_text,
        places=tuple(places),
        actors=tuple(actors),
        targets=tuple(targets),
        count=count,
        background=background,
        confidence=round(confidence, 2),
        distinct=distinct,
        figures=(tuple(f for f in casualties if f is not count) + _magnitude(article_id, text, sentence_span, kind)
                 + _participant_ages(article_id, text, parse, i, kind)
                 + _measures(article_id, text, parse, i, kind, subtree, casualty_verbs)
                 + _counted_parts(article_id, text, parse, i, kind, subtree, casualty_verbs, (count, *casualties), found)),
    )


def _counted_parts(article_id: str, text: str, parse: _Parse, i: int, kind: EventKind, subtree: list[int],
                   casualty_verbs: Sequence[int], told: Sequence[Figure | None],
                   found: list[tuple[int, EventKind]]) -> tuple[Figure, ...]:
    """The numbers of a deed's doers and means (:func:`~newsfold.events.figures._participant_counts`),
    looked for in its clause: for a trigger noun, the clause of the verb that tells it ("two gunmen
    opened fire", "three bombers set off their vests")."""
    deeds, scope = {i, *casualty_verbs}, set(subtree)
    if parse.tokens[i].pos == "NOUN" and parse.tokens[i].dep in {"dobj", "nsubj", "nsubjpass"}:
        deeds.add(parse.tokens[i].head)
        scope |= set(_clause_scope(parse, parse.tokens[i].head, found))
    return _participant_counts(article_id, text, parse, kind, sorted(scope), deeds, told)


def _clause_scope(parse: _Parse, i: int, found: list[tuple[int, EventKind]]) -> list[int]:
    """The trigger's own clause: its subtree without coordinated clauses and nested events."""
    tokens = parse.tokens
    excluded: set[int] = set()
    for j in parse.subtree(i):
        if j == i:
            continue
        tok = tokens[j]
        if tok.dep in {"conj", "ccomp", "parataxis"} and tok.pos in {"VERB", "AUX"} and tokens[tok.head].i in parse.subtree(i):
            excluded.update(parse.subtree(j))
    own = next((kind for k, kind in found if k == i), None)
    others = {k for k, kind in found if k != i and kind is not own}
    for k in others:
        if k in parse.subtree(i) and i not in parse.subtree(k):
            excluded.update(parse.subtree(k))
    return [j for j in parse.subtree(i) if j not in excluded]


#: Verbs of a figure changing: the subject of one is a statistic, not an event.
_TREND_VERBS = frozenset({"rise", "climb", "fall", "drop", "increase", "decrease", "decline", "double", "triple", "plunge", "dip",
                          "halve"})  # (not "grow", "surge": "protests grew across France" are protests)
#: Words for the many of a statistic: "the number of attacks rose".
_TALLY_WORDS = frozenset({"number", "rate", "total", "tally"})


def _a_trend(parse: _Parse, i: int) -> bool:
    """Whether the word tells a statistic: the plural subject of a verb of change ("homicides
    climbed", "cocaine seizures at the port fell by a fifth", "the number of attacks rose"), or a
    casualty told with one ("climbed last year, with more than 790 people killed"); not "the death
    toll from the earthquake rose" nor "attacks rose after the bombing in Kabul"."""
    tokens = parse.tokens

    def many(s: int) -> bool:
        tok = tokens[s]
        plural = tok.tag in {"NNS", "NNPS"} or tok.text.lower().endswith("s") and tok.text.lower()[:-1] in lx.NOUN_TRIGGERS
        return plural and (tok.lemma.lower() in lx.NOUN_TRIGGERS or tok.text.lower()[:-1] in lx.NOUN_TRIGGERS) or tok.lemma.lower() in _TALLY_WORDS

    for a in parse.ancestors(i, 3):
        if tokens[a].pos != "VERB" or tokens[a].lemma.lower() not in _TREND_VERBS:
            continue
        subjects = [x for x in parse.kids(a, "nsubj") if many(x)]
        if i not in subjects and any(tokens[d].lemma.lower() in {"the", "this", "that", "these", "those"} for d in parse.kids(i, "det")):
            return False  # "the number of dead from the floods in Kerala rose": those floods happened
        if any(i in parse.subtree(x) for x in subjects):
            return True  # the statistic's own noun
        with_ = [p for p in parse.kids(a, "prep") if tokens[p].text.lower() == "with"]
        return bool(subjects) and any(i in parse.subtree(p) for p in with_)  # "..., with 790 people killed"
    return False
