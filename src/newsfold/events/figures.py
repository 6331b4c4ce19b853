"""The figures of an event: the count bound to its role ("seven members were captured" → 7
arrested; "a blast killed 15" → 15 killed), the casualties one per role (tolls that rose, bodies
recovered, no one hurt), people counted one by one, the price of a deal and the size of a crowd,
the ages of those involved, a quake's magnitude and the lengths that measure the deed; and
:func:`extract_figures`, the population figures of an article not bound to any of its events.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import replace as _replace

from newsfold import lexicon as lx
from newsfold.aliases import country_name, country_of
from newsfold.dates import find_dates
from newsfold.events.parse import _Parse
from newsfold.events.triggers import _COUNTED_PEOPLE, _governing_trigger
from newsfold.events.violence import _NOBODY
from newsfold.model import AnnotatedArticle, EventKind, EventMention, Figure, Span
from newsfold.numbers import parse_number, qualifier_of
from newsfold.person_ages import MAX_AGE, MIN_AGE


_NON_COUNT_ENTS = frozenset({"DATE", "TIME", "PERCENT", "MONEY", "ORDINAL"})


_MAGNITUDE = re.compile(
    r"(?i)\bmagnitude(?:\s+of)?\s*-?\s*(?P<a>\d\s?\.\s?\d)\b|\b(?P<b>\d\s?\.\s?\d)\s*-?\s*magnitude\b"
    r"|\bmeasuring\s+(?P<c>\d\s?\.\s?\d)\b|\b(?P<d>\d\s?\.\s?\d)\s+on\s+the\s+richter"
    r"|\b(?P<e>\d\s?\.\s?\d)\s*(?:,|and|or)\s*(?P<f>\d\s?\.\s?\d)\s*-?\s*magnitude\b")  # "the 7.6 and 7.5 magnitude quakes"


def _magnitude(article_id: str, text: str, sentence: Span, kind: EventKind) -> tuple[Figure, ...]:
    """An earthquake's magnitude, where its sentence gives one: "a magnitude 7.6 quake",
    "a 6.1-magnitude earthquake", "measuring 7.3", "5.6 on the Richter scale"; of "the 7.6 and
    7.5 magnitude quakes", the stronger, the main shock's."""
    if kind is not EventKind.DISASTER:
        return ()
    m = _MAGNITUDE.search(sentence.text)
    if m is None:
        return ()
    group = next(g for g in ("a", "b", "c", "d", "e") if m.group(g))
    if group == "e" and float(re.sub(r"\s", "", m.group("f"))) > float(re.sub(r"\s", "", m.group("e"))):
        group = "f"  # of two, the main shock's: the stronger
    value = float(re.sub(r"\s", "", m.group(group)))
    start = sentence.start + m.start(group)
    end = sentence.start + m.end(group)
    return (Figure(value=value, what="magnitude", span=Span(article_id, start, end, text[start:end])),)


#: An age as a phrase gives it: "a 36-year-old Australian climber", "the 21 - year - old".
_AGE_WORDS = re.compile(r"\b(\d{1,3})\s*-?\s*years?\s*-?\s*old\b")
#: Parts of a phrase that tell of someone else: "the son of a 60-year-old", "the 21-year-old's
#: daughter", "a man who shot a 19-year-old", and the others of "a man and a 12-year-old boy".
_OTHER_PEOPLES_PARTS = frozenset({"prep", "poss", "relcl", "acl", "conj", "cc"})
#: Verbs whose subject is the one who died, in a disaster: "a 36-year-old climber died after falling".
_SUBJECT_DIED = frozenset({"die", "fall"})


def _participant_ages(article_id: str, text: str, parse: _Parse, i: int, kind: EventKind) -> tuple[Figure, ...]:
    """The ages a sentence gives the one arrested, the victim or the attacker of its event, named
    or not: "police arrested a 60-year-old woman" (the arrested: 60), "the 21-year-old hanged his
    daughter" (the attacker: 21), "Kevin Johnson, 25, was shot" (the victim: 25). Reports that
    give one person two ages disagree, as reports of a named person's age do (:mod:`newsfold.person_ages`),
    but here the phrase need not name anyone. One person per role: "a man and a boy" give none."""
    tokens = parse.tokens
    tok = tokens[i]
    lemma = tok.lemma.lower()
    phrases: list[tuple[str, int]] = []
    if kind in {EventKind.ARREST, EventKind.KILLING, EventKind.ATTACK}:
        target = "arrested" if kind is EventKind.ARREST else "victim"
        if tok.pos in {"NOUN", "PROPN"}:
            phrases += [(target, o) for prep in parse.kids(i, "prep") if tokens[prep].text.lower() == "of"
                        for o in parse.kids(prep, "pobj")]
        else:
            died = lemma == "die"
            phrases += [(target, o) for o in parse.kids(i, "dobj", "obj", "nsubjpass")]
            phrases += [("victim" if died else "attacker" if kind is not EventKind.ARREST else "", s) for s in parse.kids(i, "nsubj")]
            phrases += [("attacker" if kind is not EventKind.ARREST else "", o) for a in parse.kids(i, "agent") for o in parse.kids(a, "pobj")]
    elif kind is EventKind.DISASTER and lemma in _SUBJECT_DIED and tok.pos == "VERB":
        phrases += [("victim", s) for s in parse.kids(i, "nsubj")]
    out: dict[str, Figure] = {}
    for role, j in phrases:
        if not role or parse.kids(j, "conj"):
            continue
        excluded = {k for c in parse.kids(j, *_OTHER_PEOPLES_PARTS) for k in parse.subtree(c)}
        own = [k for k in parse.subtree(j) if k not in excluded]
        start, end = tokens[min(own)].start, tokens[max(own)].end
        ages = [(int(m.group(1)), m.start(1), m.end(1)) for m in _AGE_WORDS.finditer(text, start, end)]
        if not ages and tokens[j].ent_type == "PERSON":
            after = re.match(r"\s*,\s*(?:aged\s+)?(\d{1,3})\s*,", text[tokens[j].end:tokens[j].end + 16])
            if after:  # "Kevin Johnson, 25, was arrested"
                ages = [(int(after.group(1)), tokens[j].end + after.start(1), tokens[j].end + after.end(1))]
        if len({a for a, _s, _e in ages}) != 1 or not MIN_AGE <= ages[0][0] <= MAX_AGE:
            continue
        age, a, b = ages[0]
        out.setdefault(role, Figure(value=float(age), what=f"age of the {role}", span=Span(article_id, a, b, text[a:b])))
    return tuple(out.values())


#: Deeds counted in times done to someone: "shot 11 times", "stabbed 20 times".
_REPEATED_DEEDS = {"shoot": "times shot", "stab": "times stabbed", "strike": "times struck", "hit": "times hit"}
#: What follows a length that places something from somewhere: "20 miles north of", "30 km from".
_OFFSET = re.compile(r"\s*(?:\(.{0,20}\)\s*)?(?:(?:north|south|east|west)(?:-?(?:north|south|east|west))*(?:ward)?\b|from\b|of\b|outside\b|"
                     r"off\b|offshore\b|inland\b|away from\b|short of\b|beyond\b|deep\b|below\b|underground\b)")
#: What follows a length that is a size: "10 metres high", "six feet tall", "2 km long".
_SIZE = re.compile(r"\s*(?:-\s*)?(?:high|tall|wide|long|deep|thick|across|in (?:height|length|diameter|width))\b")
#: What comes before a length that is a depth: "at a depth of 10 km".
_DEPTH = re.compile(r"\bdepth\s+of\s+(?:about\s+|some\s+|around\s+)?$", re.IGNORECASE)
#: Head steps from a measure to the deed it measures ("falling about 150 metres" → falling → after → died).
MEASURE_STEPS = 4


def _measures(article_id: str, text: str, parse: _Parse, i: int, kind: EventKind, scope: list[int],
              casualty_verbs: Sequence[int] = ()) -> tuple[Figure, ...]:
    """The lengths and repetitions that measure the deed itself, as written: "died after falling
    about 150 metres" (metres: 150), "shot a gunner from 2,475 metres away" (metres: 2,475), "was
    shot 11 times" (times shot: 11). Reports that measure one deed differently disagree; a length
    the sentence gives something else ("a town 20 miles away") is not the deed's."""
    if kind not in {EventKind.ATTACK, EventKind.KILLING, EventKind.DISASTER}:
        return ()
    tokens = parse.tokens
    deeds = {i, *casualty_verbs}
    out: dict[str, Figure] = {}
    for k in scope:
        if not tokens[k].like_num or k + 1 >= len(tokens) or (k > 0 and tokens[k - 1].like_num):
            continue
        if k > 1 and tokens[k - 1].text in {".", ","} and tokens[k - 2].like_num:
            continue  # "2 . 6 metres", as ECB+ texts write 2.6: not 6
        unit = tokens[k + 1]
        what = lx.LENGTH_UNITS.get(unit.text.lower())
        if what is None and unit.lemma.lower() == "time" and kind is not EventKind.DISASTER:
            # "was shot 11 times"; not "a quake that hit the region three times this year"
            what = next((_REPEATED_DEEDS[tokens[d].lemma.lower()] for d in deeds if tokens[d].lemma.lower() in _REPEATED_DEEDS
                         and unit.head == d), None)
        if what is None or not any(_reaches(parse, start, deeds) for start in (k, k + 1)):
            continue
        after = text[unit.end:unit.end + 24].lower()
        if what in lx.LENGTH_UNITS.values() and (_OFFSET.match(after) or _SIZE.match(after)
                                              or _DEPTH.search(text[max(0, tokens[k].start - 24):tokens[k].start])):
            continue  # "struck 20 miles north of Santa Rosa", "30 km from Kano", "at a depth of 10 km": where, not how
            # far; "waves up to 10 metres high", "a man six feet tall": a size
        value = parse_number([tokens[k].text])
        if value is None or value <= 0:
            continue
        qualifier = qualifier_of(text[max(0, tokens[k].start - 20):tokens[k].start])
        out.setdefault(what, Figure(value=value, what=what, span=Span(article_id, tokens[k].start, unit.end,
                                                                      text[tokens[k].start:unit.end]), qualifier=qualifier))
    return tuple(out.values())


#: Kinds of event whose doers and means outlets count ("four robbers", "two boats").
_COUNTED_DEEDS = frozenset({EventKind.ATTACK, EventKind.KILLING, EventKind.MILITARY_OPERATION, EventKind.ARREST,
                            EventKind.SEIZURE, EventKind.DISASTER})
#: The doers and means of a deed whose numbers outlets give, and may give differently: "four
#: robbers", "two boats", "fired 11 shots" (counted only as doers or means: see
#: :func:`_a_doer_or_means`). A list, not any noun: counts of homes, villages or sources differ by
#: scope far more often than they contradict.
_COUNTED_PARTS = frozenset({"gunman", "robber", "attacker", "assailant", "bomber", "hijacker", "pirate", "raider",
                            "intruder", "kidnapper", "shooter", "thief", "burglar", "militant", "insurgent", "terrorist",
                            "bomb", "grenade", "rocket", "missile", "shell", "drone", "knife", "gun", "pistol", "rifle",
                            "handgun", "shotgun", "explosive", "vehicle", "car", "truck", "boat", "ship", "plane", "jet",
                            "helicopter", "aircraft", "train", "bus", "shot", "bullet", "round"})
#: Numbers that tell a large or unknown amount, not a count ("dozens of gunmen").
_VAGUE_NUMBERS = frozenset({"dozens", "hundreds", "thousands", "millions", "scores", "several", "many", "few"})


#: What is fired and counted as the deed's means: "fired eight shots", "300 rounds".
_SHOTS = frozenset({"shot", "bullet", "round"})


def _a_doer_or_means(parse: _Parse, n: int) -> bool:
    """Whether a counted noun tells who did the deed or with what: its subject ("four robbers
    stole"), what they came "in", "with" or "from" ("pirates in two boats"), or shots fired
    ("fired eight shots"); not what it was done to ("shot dead two robbers"), nor "two rounds of
    questioning"."""
    tok = parse.tokens[n]
    if tok.dep == "conj" and tok.head != n:
        return _a_doer_or_means(parse, tok.head)  # "two gunmen and three other gunmen attacked"
    if tok.dep in {"nsubj", "nsubjpass"}:
        return tok.dep == "nsubj" or tok.lemma.lower() in _SHOTS
    if tok.dep == "pobj":
        return parse.tokens[tok.head].text.lower() in {"in", "with", "from", "aboard", "on"}
    return tok.dep in {"dobj", "obj"} and tok.lemma.lower() in _SHOTS and not any(
        parse.tokens[p].text.lower() == "of" for p in parse.kids(n, "prep"))


def _participant_counts(article_id: str, text: str, parse: _Parse, kind: EventKind, scope: Sequence[int],
                        deeds: set[int], told: Sequence[Figure | None]) -> tuple[Figure, ...]:
    """How many of a deed's doers or means its sentence counts, as written: "Four armed robbers
    stole diamonds" (number of robbers: 4), "pirates in two boats attacked a tanker" (number of
    boats: 2), "fired eight shots". Outlets that count one deed's robbers or boats differently
    disagree on a fact (see :mod:`newsfold.conflicts`).

    ``scope`` is the clause the deed owns, ``deeds`` its words (the trigger, its casualty verbs,
    the verb a trigger noun is told by) and ``told`` the figures it already has: a toll or an
    arrest count is not counted again. A sentence that gives one noun two numbers gives none."""
    if kind not in _COUNTED_DEEDS:
        return ()
    tokens = parse.tokens
    taken = [(f.span.start, f.span.end) for f in told if f is not None]
    out: dict[str, Figure | None] = {}
    for k in scope:
        tok = tokens[k]
        if tok.dep != "nummod" or not tok.like_num or tok.ent_type in _NON_COUNT_ENTS or tok.text.lower() in _VAGUE_NUMBERS:
            continue
        noun = tokens[tok.head]
        if noun.tag != "NNS" or noun.lemma.lower() not in _COUNTED_PARTS or noun.i < k or (k > 0 and tokens[k - 1].like_num):
            continue
        if any(s < noun.end and tok.start < e for s, e in taken) or (noun.i not in deeds and not _reaches(parse, noun.i, deeds)):
            continue
        if not _a_doer_or_means(parse, noun.i):
            continue  # "shot dead two robbers", "stole three cars", "grounded 300 planes": what the deed was done to
        value = parse_number([tok.text])
        if value is None or value <= 1 or not float(value).is_integer():
            continue
        what = f"number of {noun.text.lower()}"
        out[what] = None if what in out else Figure(
            value=value, what=what, span=Span(article_id, tok.start, noun.end, text[tok.start:noun.end]),
            qualifier=qualifier_of(text[max(0, tok.start - 20):tok.start]))
    return tuple(f for f in out.values() if f is not None)


def _reaches(parse: _Parse, j: int, targets: set[int]) -> bool:
    """Whether ``j`` hangs on one of ``targets`` within :data:`MEASURE_STEPS` steps up the parse."""
    for _ in range(MEASURE_STEPS):
        head = parse.tokens[j].head
        if head == j:
            return False
        j = head
        if j in targets:
            return True
    return False


def _left_how(parse: _Parse, v: int) -> str | None:
    """What "left" says of the people it counts: "left 15 dead" (killed), "left 30 wounded"
    (injured); "left 14 others trapped" or "left hundreds homeless" is no casualty figure."""
    words = {parse.tokens[k].lemma.lower() for k in parse.subtree(v) if k > v}
    if words & {"dead", "die", "kill"}:
        return "killed"
    if words & {"injured", "injure", "wounded", "wound", "hurt"}:
        return "injured"
    return None


def _casualties(article_id: str, text: str, parse: _Parse, i: int, kind: EventKind,
                found: list[tuple[int, EventKind]]) -> list[Figure]:
    """The casualty figures of a violent event or a disaster, one per role, the dead first:
    "a blast killed 15 and wounded 30", "in which 41 people died"."""
    tokens = parse.tokens
    if not (kind in {EventKind.ATTACK, EventKind.DISASTER, EventKind.MILITARY_OPERATION} or tokens[i].lemma.lower() in lx.CASUALTY_VERBS):
        return []
    candidates = [j for j, _k in found if tokens[j].lemma.lower() in lx.CASUALTY_VERBS]
    candidates += [t.i for t in tokens[max(0, i - 40): i + 40] if t.lemma.lower() in lx.CASUALTY_VERBS and t.pos == "VERB"]
    by_role: dict[str, Figure] = {}
    governed: set[int] = set()
    for v in sorted(dict.fromkeys(candidates)):
        role = lx.CASUALTY_VERBS[tokens[v].lemma.lower()]
        if tokens[v].lemma.lower() == "leave":
            role = _left_how(parse, v)  # "left 15 dead", "left 14 others trapped"
            if role is None:
                continue
        # "killing six and wounding 19": coordinated with the trigger, or with a casualty verb of it
        # (or left unlabelled by the parser: "killed at least six people, injured almost 50")
        coordinated = tokens[v].dep in {"conj", "dep"} and (tokens[v].head == i or tokens[v].head in governed)
        if v == i or coordinated or _governing_trigger(parse, v, [(i, kind)]) == i:
            governed.add(v)
        if role not in by_role and v in governed:
            # the victims are the object of an active verb ("a 6.7-strength quake killed 26,000"), the
            # subject only of a passive or intransitive one ("15 were killed", "41 people died")
            fig = (_number_in_args(article_id, text, parse, v, ("dobj", "obj", "nsubjpass"), role)
                   or (None if parse.kids(v, "dobj", "obj") else _number_in_args(article_id, text, parse, v, ("nsubj",), role))
                   or _raised_count(article_id, text, parse, v, role)
                   or _nobody_hurt(article_id, text, parse, v, role)
                   # "left more than 120 people dead", parsed as people who are dead
                   or next((f for c in parse.kids(v, "oprd", "ccomp", "xcomp") if tokens[v].lemma.lower() == "leave"
                            if (f := _number_in_args(article_id, text, parse, c, ("nsubj",), role)) is not None), None))
            if fig is not None:
                by_role[role] = fig
    toll = _risen_toll(article_id, text, parse, i, found)
    if toll is not None and ("killed" not in by_role or toll.value > by_role["killed"].value):
        by_role["killed"] = toll  # the toll now, not the two "who died in hospital" that raised it
    if "killed" not in by_role and kind is EventKind.DISASTER and (bodies := _bodies_recovered(article_id, text, parse, i, found)):
        by_role["killed"] = bodies  # "rescuers recovered 11 bodies from a mining pit that collapsed"
    return sorted(by_role.values(), key=lambda f: (not f.what.endswith("killed"), f.span.start))


def _bodies_recovered(article_id: str, text: str, parse: _Parse, i: int, found: list[tuple[int, EventKind]]) -> Figure | None:
    """The dead of a disaster told by the bodies recovered: "rescuers recovered 11 bodies from a pit
    that collapsed", "seven bodies were found after a bus was swept into the river". The bodies are
    the disaster's when it is named inside the sentence's telling of them or is its one disaster."""
    tokens = parse.tokens
    sentence = set(parse.sentence_of(i))
    disasters = [j for j, k in found if j in sentence and k is EventKind.DISASTER]
    for b in sorted(sentence):
        if tokens[b].lemma.lower() != "body" or tokens[b].tag != "NNS" or not parse.kids(b, "nummod"):
            continue
        if any(tokens[k].lemma.lower() in {"more", "another", "additional", "further", "other"} for k in parse.subtree(b)):
            continue  # "pulled five more bodies from the rubble": not the whole toll
        verb = tokens[b].head
        if tokens[verb].lemma.lower() not in {"recover", "find", "pull", "retrieve", "exhume", "discover"}:
            continue
        if i in parse.subtree(verb) or disasters == [i] or len({k for j, k in found if j in sentence}) == 1:
            fig = _number_of(article_id, text, parse, b, "killed")
            return None if fig is None else _replace(fig, what="people killed")  # the dead, as other reports count them
    return None


#: Bands counted by "of" and a number: "a gang of five".
_BANDS = frozenset({"gang", "group", "cell", "ring", "band", "network", "team", "crew", "family", "squad"})
#: Verbs by which a toll is told to have reached a figure: "the death toll rose to 14".
_TOLL_RISING = frozenset({"rise", "climb", "jump", "increase", "reach", "hit", "mount", "grow", "stand", "soar", "surge"})


def _risen_toll(article_id: str, text: str, parse: _Parse, i: int, found: list[tuple[int, EventKind]]) -> Figure | None:
    """The dead of an event told as a toll that reached a figure: "the death toll from the quake
    rose to nine", "bringing the death toll to eight", "the number of people killed when the bus
    plunged into a ravine rose to 26". The toll is the event's when the event is named inside
    it, or when the event is the sentence's one violent deed or disaster."""
    tokens = parse.tokens
    sentence = set(parse.sentence_of(i))
    violent = [j for j, k in found if j in sentence and k in {EventKind.ATTACK, EventKind.DISASTER, EventKind.MILITARY_OPERATION}]
    for t in sorted(sentence):
        lemma = tokens[t].lemma.lower()
        if lemma == "toll":
            if not any(tokens[c].lemma.lower() in {"death", "casualty"} for c in parse.kids(t, "compound", "amod")):
                continue
        elif lemma == "number":
            counted = [o for p in parse.kids(t, "prep") if tokens[p].text.lower() == "of" for o in parse.kids(p, "pobj")]
            if not any(tokens[o].lemma.lower() in {"dead", "death", "fatality"} or any(
                    tokens[v].lemma.lower() in {"kill", "die"} for v in parse.kids(o, "acl", "relcl")) for o in counted):
                continue
        else:
            continue
        verb = tokens[t].head
        if tokens[t].dep in {"nsubj", "nsubjpass"} and tokens[verb].lemma.lower() in _TOLL_RISING:
            preps = [p for p in parse.kids(verb, "prep") if tokens[p].text.lower() in {"to", "at"}]
        elif tokens[t].dep in {"dobj", "obj"} and tokens[verb].lemma.lower() in {"bring", "take", "push", "raise"}:
            preps = [p for p in parse.kids(verb, "prep") if tokens[p].text.lower() == "to"]  # "bringing the death toll to eight"
        else:
            continue
        if not (i in parse.subtree(t) or violent == [i]):
            continue
        told = " ".join(tokens[k].text.lower() for k in parse.subtree(verb))
        if re.search(r"\b(?:since|this year|to date|this season|in all)\b", told):
            continue  # "brings to 31 the number killed in shootings since January": a running tally, no one event's toll
        for p in preps:
            for n in parse.kids(p, "pobj"):
                if tokens[n].like_num:
                    fig = _number_of(article_id, text, parse, n, "killed")
                    if fig is not None:
                        return fig
    return None


def _elided_passive_count(article_id: str, text: str, parse: _Parse, i: int, role: str) -> Figure | None:
    """The count of a passive whose auxiliary the text leaves out after another passive: "18
    people had been injured and 12 arrested" (the parser hangs "arrested" on the number, or
    takes the number for its subject)."""
    tokens = parse.tokens
    tok = tokens[i]
    if tok.tag not in {"VBN", "VBD"}:
        return None
    if tok.dep == "acl" and tokens[tok.head].like_num and tokens[tok.head].dep == "conj":
        return _number_of(article_id, text, parse, tok.head, role)
    if tok.dep == "conj" and parse.kids(tok.head, "auxpass") and not parse.kids(i, "dobj", "obj", "aux"):
        bare = [s for s in parse.kids(i, "nsubj") if tokens[s].like_num]
        return _number_of(article_id, text, parse, bare[0], role) if bare else None
    return None


def _nobody_hurt(article_id: str, text: str, parse: _Parse, v: int, role: str) -> Figure | None:
    """A zero: "no one was killed", "nobody was hurt or killed", "none of the passengers died".
    It is a figure a report gives, to set against another report's toll, not a count of victims."""
    tokens = parse.tokens
    verb = v
    if not parse.kids(verb, "nsubjpass", "nsubj") and tokens[verb].dep == "conj":
        verb = tokens[verb].head  # "no one was killed or injured": the subject of both
    for s in parse.kids(verb, "nsubjpass", "nsubj"):
        words = " ".join(tokens[k].text.lower() for k in parse.subtree(s))
        if {"else", "other", "others", "further", "more"} & set(words.split()):
            return None  # "no one else was hurt": none beyond those counted, not zero
        none_of = tokens[s].lemma.lower() == "none" and any(tokens[p].text.lower() == "of" for p in parse.kids(s, "prep"))
        if words in _NOBODY or none_of or (tokens[s].lemma.lower() == "one" and any(
                tokens[d].lemma.lower() == "no" for d in parse.kids(s, "det"))):
            sub = parse.subtree(s)
            span = Span(article_id, tokens[sub[0]].start, tokens[sub[-1]].end, text[tokens[sub[0]].start:tokens[sub[-1]].end])
            return Figure(0.0, f"people {role}", span, None)
    return None


def _count(article_id: str, text: str, parse: _Parse, i: int, kind: EventKind, found: list[tuple[int, EventKind]]) -> Figure | None:
    """The figure an event is counted by, when it is no casualty figure: people arrested, goods
    seized, a crowd."""
    tokens = parse.tokens
    tok = tokens[i]
    role = {EventKind.ARREST: "arrested", EventKind.SEIZURE: "seized", EventKind.KILLING: "killed"}.get(kind)
    if kind in {EventKind.ATTACK, EventKind.DISASTER, EventKind.MILITARY_OPERATION}:
        return None  # their figures are casualties
    if kind is EventKind.PROTEST:
        return _crowd_size(article_id, text, parse, i)
    if kind is EventKind.ACQUISITION:
        return _deal_value(article_id, text, parse, i)
    if tok.pos in {"VERB", "AUX"} or tok.lemma.lower() == "dead" and tok.pos == "ADJ":  # (the "shot dead" the parser misread)
        held = ("nsubj",) if tok.lemma.lower() == "be" else ()  # "13 people are in custody"
        # "18 people were injured and 12 arrested": the number the elided clause's participle hangs on
        elided = _elided_passive_count(article_id, text, parse, i, role or "")
        return (_number_in_args(article_id, text, parse, i, ("dobj", "obj", "nsubjpass", *held), role or "")
                or _raised_count(article_id, text, parse, i, role or "") or elided)
    for prep in parse.kids(i, "prep"):
        if tokens[prep].text.lower() == "of":
            for c in parse.kids(prep, "pobj"):
                fig = _number_of(article_id, text, parse, c, role or "")
                if fig is not None:
                    return fig
    if (kind is EventKind.ARREST and tok.lemma.lower() in {"arrest", "detention"} and tok.tag == "NNS" and parse.kids(i, "nummod")
            and tok.dep in {"dobj", "obj"} and tokens[tok.head].lemma.lower() in {"make", "carry"}):
        fig = _number_of(article_id, text, parse, i, role or "")  # "police made nine arrests": nine people
        return _replace(fig, what="people arrested") if fig is not None else None
    return None


#: A sum of money as news writes it: "$5.4 billion", "US $ 5.4 billion", "$334m", "£910,000", "2 million euros".
_MONEY = re.compile(
    r"(?P<cur>US\s?\$|NT\s?\$|C\$|A\$|\$|€|£)\s?(?P<num>\d[\d,]*(?:\s?\.\s?\d+)?)\s?(?P<scale>billion|bn|million|mln|m|thousand)?\b"
    r"|(?P<num2>\d[\d,]*(?:\s?\.\s?\d+)?)\s?(?P<scale2>billion|million|thousand)?\s(?P<cur2>dollars|euros|pounds)\b", re.IGNORECASE)
_SCALES = {"billion": 1e9, "bn": 1e9, "million": 1e6, "mln": 1e6, "m": 1e6, "thousand": 1e3}
_CURRENCIES = {"us$": "$", "$": "$", "dollars": "$", "€": "€", "euros": "€", "£": "£", "pounds": "£", "nt$": "NT$", "c$": "C$", "a$": "A$"}
#: Words before a sum that make it the price of a purchase: "buy ATI for $5.4 billion", "paying $334m".
_PRICE_BEFORE = re.compile(r"(?:\bfor|\bpaying|\bpay|\bpaid|\bpays|\bworth|\bvalued at)\s+(?:(?:about|around|approximately|roughly|some|nearly|"
                           r"almost|more than|over|an estimated|a reported|a total of|a|an)\s+)*$", re.IGNORECASE)
#: Words after a sum that make it the price of a deal ("a $5.4 billion deal") or a part of another
#: sum ("$281m in cash", "$7.3 billion in annual sales").
_DEAL_AFTER = re.compile(r"\s*(?:-\s*)?(?:deal|takeover|acquisition|purchase|buyout|transaction|merger|offer|bid)\b", re.IGNORECASE)
_NOT_THE_PRICE_AFTER = re.compile(r"\s*(?:in (?:cash|stock|shares)\b(?! and (?:stock|shares|cash))|in (?:annual )?(?:revenue|sales|funding|debt)"
                                  r"|a year|per share|a share|annually)", re.IGNORECASE)


def _deal_value(article_id: str, text: str, parse: _Parse, i: int) -> Figure | None:
    """The price of an acquisition, where the sentence ties one to the deal: "agreed to buy ATI
    for around $5.4 billion", "in a US $5.4 billion deal", "AMD is paying $334 million for
    SeaMicro"; not a part of it ("$281 million in cash") nor the buyer's sales."""
    tokens = parse.tokens
    # the deal's own phrase first ("agreed to buy DoubleClick for $3.1 billion", not the $1.65 billion
    # "which paid … for YouTube"), then its sentence ("the acquisition of SeaMicro for $334m")
    others = {k for c in parse.kids(i, "relcl", "acl", "advcl", "ccomp", "conj") for k in parse.subtree(c)}
    own = [(tokens[k].start, tokens[k].end) for k in parse.subtree(i) if k not in others]
    root = i
    while tokens[root].head != root:
        root = tokens[root].head
    sentence = parse.subtree(root)
    start, end = tokens[min(sentence)].start, tokens[max(sentence)].end
    found = list(_MONEY.finditer(text, start, end))
    inside = [m for m in found if any(a <= m.start() < b for a, b in own)]
    theirs = {k for r in sentence if tokens[r].dep == "relcl" and r != i and i not in parse.subtree(r)
              for k in parse.subtree(r)} if not inside else set()
    outside = [m for m in found if m not in inside and not any(tokens[k].start <= m.start() < tokens[k].end for k in theirs)]
    for m in inside + outside:
        before, after = text[max(0, m.start() - 40):m.start()], text[m.end():m.end() + 40]
        if not (_PRICE_BEFORE.search(before) or _DEAL_AFTER.match(after)) or _NOT_THE_PRICE_AFTER.match(after):
            continue
        number = re.sub(r"[\s,]", "", m.group("num") or m.group("num2"))
        scale = (m.group("scale") or m.group("scale2") or "").lower()
        currency = _CURRENCIES.get(re.sub(r"\s", "", (m.group("cur") or m.group("cur2") or "")).lower())
        if currency is None:
            continue
        value = float(number) * _SCALES.get(scale, 1.0)
        return Figure(value=value, what=f"{currency} paid", span=Span(article_id, m.start(), m.end(), text[m.start():m.end()]),
                      qualifier=qualifier_of(before))
    return None


#: People at a protest who are not its crowd.
_NOT_THE_CROWD = frozenset({"police", "officer", "policeman", "trooper", "soldier", "guard", "reporter", "journalist",
                            "photographer", "official", "observer", "monitor", "medic", "counter-protester"})
#: Verbs by which a crowd takes part in a protest ("10,000 joined the march", "took part in the rally").
_JOINING_VERBS = frozenset({"join", "take", "participate", "attend"})


#: Passive verbs of telling or believing whose subject is the victims of the deed they complement:
#: "144 people were reported killed", "12 were said to have been arrested", "30 are feared killed".
_RAISING_VERBS = frozenset({"report", "say", "believe", "fear", "confirm", "think", "know", "understand", "presume",
                            "estimate", "expect", "rumor", "rumour", "claim", "allege"})


def _raised_count(article_id: str, text: str, parse: _Parse, v: int, role: str) -> Figure | None:
    """The figure of a passive deed told through a verb of telling: the subject of "were reported"
    counts the dead of "144 people were reported killed" (the parser hangs the deed below it)."""
    tokens = parse.tokens
    head = tokens[v].head
    if tokens[v].dep != "xcomp" or head == v or tokens[v].tag != "VBN" or tokens[head].lemma.lower() not in _RAISING_VERBS:
        return None
    return _number_in_args(article_id, text, parse, head, ("nsubjpass",), role)  # a passive's subject only


def _crowd_size(article_id: str, text: str, parse: _Parse, i: int) -> Figure | None:
    """How many took part in a protest: "5,000 teachers marched", "2,000 people protesting",
    "a protest by 800 farmers", "a rally of 10,000". Casualties at a protest are no crowd."""
    tokens = parse.tokens
    tok = tokens[i]
    if tok.pos in {"VERB", "AUX"}:
        if tok.dep == "acl":  # "people protesting": the noun it describes
            return _number_of(article_id, text, parse, tok.head, "protested")
        if tok.tag == "VBN" and parse.kids(i, "auxpass"):
            return None
        if not parse.kids(i, "nsubj") and tok.dep in {"xcomp", "advcl"} and tokens[tok.head].pos == "VERB":
            i = tok.head  # "100,000 people took to the streets to protest": the subject of the going out
        return _number_in_args(article_id, text, parse, i, ("nsubj",), "protested")
    for prep in parse.kids(i, "prep"):
        if tokens[prep].text.lower() in {"by", "of"}:
            for c in parse.kids(prep, "pobj"):
                fig = _number_of(article_id, text, parse, c, "protested")
                if fig is not None:
                    return fig
    verb = tok.head if tok.dep in {"dobj", "obj"} else tokens[tok.head].head if tok.dep == "pobj" else None
    if verb is not None and tokens[verb].lemma.lower() in _JOINING_VERBS and tokens[verb].pos == "VERB":
        # "10,000 people joined the march", "more than 10,000 took part in the protest"; not "two
        # reporters took photos at the protest" nor "fifty police officers attended the protest"
        if tokens[verb].lemma.lower() == "take" and not any(tokens[c].lemma.lower() == "part" for c in parse.kids(verb, "dobj")):
            return None
        subjects = parse.kids(verb, "nsubj")
        if any(tokens[x].lemma.lower() in _NOT_THE_CROWD for s in subjects for x in [s, *parse.kids(s, "compound")]):
            return None
        return _number_in_args(article_id, text, parse, verb, ("nsubj",), "protested")
    return None


def _number_in_args(article_id: str, text: str, parse: _Parse, verb: int, deps: tuple[str, ...], role: str) -> Figure | None:
    for a in parse.kids(verb, *deps):
        fig = _number_of(article_id, text, parse, a, role)
        if fig is not None:
            return fig
    return None


def _number_of(article_id: str, text: str, parse: _Parse, j: int, role: str) -> Figure | None:
    """The number that counts noun ``j`` ("seven members") or that ``j`` is ("killed 15")."""
    tokens = parse.tokens
    num_tokens: list[int] = []
    noun = j
    if tokens[j].like_num or tokens[j].lemma.lower() == "dozen":
        num_tokens = [j]
        noun = j
    else:
        for c in parse.kids(j, "nummod"):
            num_tokens = [c]
            break
        if not num_tokens and tokens[j].lemma.lower() in _BANDS:
            # "arrested a gang of five", "a cell of seven": the band's number, of people
            num_tokens = [o for p in parse.kids(j, "prep") if tokens[p].text.lower() == "of"
                          for o in parse.kids(p, "pobj") if tokens[o].like_num][:1]
            if num_tokens:
                noun = j = num_tokens[0]
        if not num_tokens:
            # "13 of the suspects" → the number heads the phrase; "dozens" → no count; "a woman" → one
            return _single_people(article_id, text, parse, j, role) if role in _PEOPLE_ROLES else None
    n = num_tokens[0]
    share = [q for q in parse.kids(n, "quantmod") if tokens[q].like_num]
    if share and any(tokens[q].text.lower() == "of" for q in parse.kids(n, "quantmod")):
        n = share[0]  # "four of five members": four
    if tokens[n].ent_type in _NON_COUNT_ENTS and not _bare_count_tagged_date(parse, n, role):
        return None
    if n > 0 and tokens[n - 1].text.lower() in {"no", "not"}:
        return None  # "no one was killed": nobody, not one
    parts = [k for k in parse.subtree(n) if tokens[k].like_num or tokens[k].lemma.lower() in {"dozen", "hundred", "thousand", "million", "a", "an"}]
    parts = [k for k in parts if k <= n + 2 and k >= n - 3]
    # one number is one run of number words: "four of five" is four, not nine
    joined = set(parts) | {k for k in range(n - 3, n + 3) if 0 <= k < len(tokens) and tokens[k].text.lower() in {"and", "-", ","}}
    lo = hi = n
    while lo - 1 in joined:
        lo -= 1
    while hi + 1 in joined:
        hi += 1
    parts = [k for k in parts if lo <= k <= hi]
    words = [tokens[k].text for k in sorted(parts)] or [tokens[n].text]
    if spaced := _SPACED_THOUSANDS.match(text, tokens[min(parts or [n])].start):
        # "230 , 000" in pre-tokenized text: one number, not 230 and 000
        words = [spaced.group().replace(" ", "")] + [tokens[k].text for k in sorted(parts) if tokens[k].start >= spaced.end()]
    value = parse_number(words)
    if value is None or value <= 0:
        return None
    following = tokens[n + 1].text.lower() if n + 1 < len(tokens) else ""
    if "magnitude" in tokens[n].text.lower() or following in {"-", "magnitude"} and n + 2 < len(tokens) and tokens[n + 2].lemma.lower() == "magnitude":
        return None  # "a 5.4-magnitude earthquake"
    if role in {"killed", "arrested", "injured"} and (not float(value).is_integer() or tokens[noun].lemma.lower() in _NOT_PEOPLE):
        return None  # "2.5 killed"; "two hate crimes" counts charges, not victims
    first = min(parts or [n])
    last = max(parts or [n])
    before = text[max(0, tokens[first].start - 20): tokens[first].start]
    qualifier = qualifier_of(before.rstrip())
    if tokens[n].dep in {"quantmod", "npadvmod"} and parse.kids(n, "cc"):
        return None  # "between 19 and 37": a range of ages, not a count
    if any(tokens[k].lemma.lower() == "between" for k in range(max(0, first - 2), first)):
        return None
    if noun != j or tokens[j].like_num:
        noun_word = "" if tokens[j].like_num else tokens[j].text
    else:
        noun_word = tokens[j].text
    what = " ".join(w for w in (noun_word, role) if w).strip() or role
    start = tokens[first].start
    end = tokens[max(last, j)].end
    if noun_word and tokens[j].lemma.lower() in _COUNTED_PEOPLE and qualifier is None:
        # "killed eight men and three women", "three police officers and two civilians": one toll;
        # "seven officers and their driver": and one more
        for c in parse.kids(j, "conj"):
            more = _number_of(article_id, text, parse, c, role)
            if more is None and tokens[c].tag == "NN" and tokens[c].lemma.lower() in _COUNTED_PEOPLE and any(
                    tokens[d].text.lower() in {"a", "an", "one", "their", "his", "her", "its"} for d in parse.kids(c, "det", "nummod", "poss")):
                more = Figure(value=1.0, what=role, span=Span(article_id, tokens[c].start, tokens[c].end, tokens[c].text))
            if more is None or more.qualifier is not None or tokens[c].lemma.lower() not in _COUNTED_PEOPLE:
                break
            value += more.value
            end = max(end, more.span.end)
            what = role
    if qualifier:
        start = max(0, start - len(qualifier) - 1) if text[max(0, start - len(qualifier) - 1):start].strip().lower() == qualifier else start
    # "The three, who wore fake suicide vests, were shot dead": people told before, named again by
    # their number (often the attackers), no toll of the event to set against another report's
    told_before = (role in {"killed", "injured"} and tokens[j].like_num and noun == j
                   and any(tokens[d].text.lower() in {"the", "both"} for d in parse.kids(j, "det", "predet")))
    return Figure(value=value, what=what, span=Span(article_id, start, end, text[start:end]), qualifier=qualifier,
                  by_name=told_before)


#: Roles whose figures count people, who may be counted one by one ("killed a woman").
_PEOPLE_ROLES = frozenset({"killed", "injured", "arrested"})
#: Singular nouns that name a group, not one person ("killed a family").
_COLLECTIVES = frozenset({"family", "group", "crowd", "community", "village", "staff", "crew", "team", "force", "unit",
                          "cell", "network", "gang", "ring", "squad", "platoon", "battalion", "population", "class",
                          "congregation", "household", "couple", "pair", "dozen", "score", "number", "lot", "handful",
                          "majority", "rest", "other", "half", "third", "quarter", "part", "fraction", "everyone", "anyone", "someone", "nobody", "people", "police",
                          "civilian", "militia", "army", "public", "audience", "party", "tribe", "clan",
                          # animals
                          "dog", "cat", "horse", "cow", "animal", "pet", "bird", "sheep", "goat", "pig", "bear",
                          "wolf", "lion", "tiger", "elephant", "deer", "puppy", "kitten", "livestock", "cattle"})
#: Verbs and nouns whose object is a person, so that "a woman" or "him" counts one.
_DEEDS_ON_PEOPLE = frozenset({"kill", "murder", "assassinate", "slay", "execute", "behead", "shoot", "stab", "injure",
                              "strangle", "lynch",
                              "wound", "hurt", "arrest", "detain", "apprehend", "nab", "capture", "extradite", "gun",
                              "take", "killing", "murder", "assassination", "execution", "beheading", "arrest",
                              "detention", "extradition", "stabbing", "shooting", "slaying"})
_ONE_DETERMINERS = frozenset({"a", "an", "the", "one", "this", "that", "another"})
#: Verbs whose subject is the one who died ("Duncan Rait died after falling"), not a killer.
_DEATHS_OF_SUBJECT = frozenset({"die"})


def _bare_count_tagged_date(parse: _Parse, n: int, role: str) -> bool:
    """A lone number of people the tagger took for a date ("killing 10 people and injuring 80")."""
    tokens = parse.tokens
    alone = all(not (0 <= k < len(tokens)) or tokens[k].ent_type != "DATE" for k in (n - 1, n + 1))
    return (role in _PEOPLE_ROLES and tokens[n].ent_type == "DATE" and tokens[n].text.isdigit() and len(tokens[n].text) <= 3
            and alone and tokens[n].dep in {"dobj", "obj", "nsubjpass"})


def _single_people(article_id: str, text: str, parse: _Parse, j: int, role: str) -> Figure | None:
    """One person, or a few told one by one, as a count of at least that many: "killed a woman"
    (1), "Deputy Darren Goforth was shot dead" (1), "arrested him" (1), "killed a man and his son"
    (2). Plurals, groups ("a family") and the unnamed many ("civilians") are no count."""
    tokens = parse.tokens
    head = tokens[j].head
    if tokens[head].dep == "prep" or tokens[head].pos == "ADP":
        head = tokens[head].head  # "the killing of a woman"
    died = tokens[head].lemma.lower() in _DEATHS_OF_SUBJECT and tokens[j].dep == "nsubj"
    if tokens[head].lemma.lower() not in _DEEDS_ON_PEOPLE and not died:
        return None  # "raided the ranch", "claimed the life of": a place or a thing
    if tokens[j].dep in {"nsubj", "agent"} and not died:
        return None  # "Jenkin killed …": the killer, not a victim ("Jenkin died": the dead)
    # "ex - girlfriend" comes out of the tokenizer as three conjuncts: one person
    people = [j, *(k for k in _conjuncts(parse, j) if tokens[k].text != "-" and tokens[k - 1].text != "-")]
    first_dets = {tokens[c].text.lower() for c in parse.kids(j, "det", "nummod")}
    first_owned = bool(parse.kids(j, "poss"))  # "his mother"
    for k in people:
        tok = tokens[k]
        if tok.tag == "PRP":
            if tok.text.lower() not in {"him", "her", "he", "she"}:
                return None
        elif tok.ent_type == "PERSON" and tok.tag == "NNP":
            pass
        elif tok.tag == "JJ" and tok.lemma.lower() == "old" and {tokens[c].text.lower() for c in parse.kids(k, "det")} & _ONE_DETERMINERS:
            pass  # "killing a 19-year-old"
        elif tok.tag == "NN" and tok.ent_type in {"", "PERSON"}:
            dets = {tokens[c].text.lower() for c in parse.kids(k, "det", "nummod")}
            # "his mother and ex-girlfriend": a bare conjunct shares the first one's determiner
            own = dets & _ONE_DETERMINERS or parse.kids(k, "poss") or (k != j and not dets and tokens[k].tag == "NN" and (
                first_owned or bool(first_dets & _ONE_DETERMINERS)))
            if tok.lemma.lower() in _COLLECTIVES | _NOT_PEOPLE or not own:
                return None
        else:
            return None
    first = min(min(parse.subtree(k)) for k in people)
    last = max(people)
    start, end = tokens[first].start, tokens[last].end
    noun_word = "" if tokens[j].tag == "PRP" or tokens[j].ent_type == "PERSON" else tokens[j].text
    what = " ".join(w for w in (noun_word, role) if w)
    # "at least": the sentence names these victims, not every victim ("a French national was also killed")
    return Figure(value=float(len(people)), what=what, span=Span(article_id, start, end, text[start:end]), qualifier="at least",
                  by_name=True)


def _conjuncts(parse: _Parse, j: int) -> list[int]:
    """The words joined to ``j`` by "and": "a man and his son" → [son]. Walked with a stack, not
    by recursion: spaCy chains each conjunct to the one before, and a list may be long."""
    out: list[int] = []
    stack, seen = list(reversed(parse.kids(j, "conj"))), {j}
    while stack:
        c = stack.pop()
        if c in seen:
            continue
        seen.add(c)
        out.append(c)
        stack.extend(reversed(parse.kids(c, "conj")))
    return out


#: A number written with its thousands apart, as tokenized corpora print it ("230 , 000").
_SPACED_THOUSANDS = re.compile(r"\d{1,3}(?: , \d{3})+(?![\d.,])")
#: Nouns counted near a casualty word that are not people ("multiple counts of two hate crimes").
_NOT_PEOPLE = frozenset({"crime", "charge", "count", "case", "year", "day", "week", "month", "hour", "minute", "time",
                         "incident", "attack", "shot", "round", "bullet", "percent", "mile", "kilometre", "kilometer",
                         "metre", "meter", "dollar", "euro", "pound", "offence", "offense", "felony", "murder",
                         # places searched ("police raided 12 homes"), not people held
                         "home", "house", "property", "premise", "premises", "building", "address", "flat", "apartment",
                         "office", "shop", "warehouse", "farm", "compound", "hideout", "location", "site"})


#: Verbs that say the same thing about a population figure ("have fought", "joined", "went to fight").
FIGURE_VERB_CLASSES: dict[str, str] = {
    **dict.fromkeys(["fight", "join", "travel", "go", "leave", "head", "enlist", "serve"], "gone to fight"),
    **dict.fromkeys(["return", "come"], "returned"),
    **dict.fromkeys(["flee", "displace", "evacuate", "uproot"], "displaced"),
    **dict.fromkeys(["live", "reside", "shelter", "stay", "house", "host", "settle"], "living there"),
}
_POPULATION_NOUNS = frozenset({"fighter", "militant", "jihadist", "refugee", "migrant", "resident", "recruit", "volunteer",
                               "national", "citizen", "returnee", "supporter", "displaced", "asylum-seeker", "evacuee"})


def extract_figures(annotated: AnnotatedArticle, events: Sequence[EventMention]) -> tuple[Figure, ...]:
    """Population figures not bound to an event: "nearly 2,000 Moroccans have fought in Syria".

    Each figure records what it counts (the people and what they did, from a small verb
    class table) and when it holds (the sentence's date, else the publication date), so that
    figures from different times or scopes can be shown side by side as soft conflicts.
    """
    article = annotated.article
    parse = _Parse.of(annotated.tokens)
    used = {(e.count.span.start, e.count.span.end) for e in events if e.count is not None}
    out: list[Figure] = []
    for sent in annotated.sentences:
        dates = find_dates(article.text[sent.start:sent.end], article.published)
        when = dates[0][2] if dates else (article.published.isoformat() if article.published else None)
        for i in range(sent.token_start, sent.token_end):
            tok = parse.tokens[i]
            if tok.dep != "nummod" or tok.ent_type in _NON_COUNT_ENTS:
                continue
            noun = parse.tokens[tok.head]
            people = noun.ent_type == "NORP" or country_of(noun.text) is not None or noun.lemma.lower() in _POPULATION_NOUNS
            if not people or noun.tag not in {"NNS", "NNPS"}:
                continue
            figure = _number_of(article.article_id, article.text, parse, noun.i, "")
            if figure is None or any(figure.span.start < e and s < figure.span.end for s, e in used):
                continue
            verb = _figure_verb(parse, noun.i)
            if verb is None:
                continue
            iso = country_of(noun.text)
            subject = f"people from {country_name(iso)}" if iso else f"{noun.lemma.lower()}s"
            what = f"{subject} {FIGURE_VERB_CLASSES[verb]}"
            out.append(_replace(figure, what=what, date=when))
    return tuple(out)


def _figure_verb(parse: _Parse, noun: int) -> str | None:
    """The verb that says what the counted people did, if it is in the verb class table."""
    tok = parse.tokens[noun]
    candidates = [c for c in parse.kids(noun, "acl", "relcl")]
    if tok.dep in {"nsubj", "nsubjpass", "dobj", "attr"}:
        candidates.append(tok.head)
    for c in candidates:
        lemma = parse.tokens[c].lemma.lower()
        if lemma in FIGURE_VERB_CLASSES:
            return lemma
        for x in parse.kids(c, "xcomp", "advcl"):
            if parse.tokens[x].lemma.lower() in FIGURE_VERB_CLASSES:
                return parse.tokens[x].lemma.lower()
    return None
