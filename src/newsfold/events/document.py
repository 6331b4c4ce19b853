"""The passes over a whole article once its sentences are read: an arrest placed where the
arrested operated; the lead deed placed and dated by the next sentences that name it again;
"at the scene"; one kind for every bare mention of an accidental blast; deeds dated by the dated
event noun they are told in or as days after another deed; a killing by "it" as the deed of the
thing named before; the wounded a sentence counts alone; and the participle adjunct that retells
its head's deed.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import replace as _replace
from datetime import date, timedelta

from newsfold import lexicon as lx
from newsfold.aliases import country_of
from newsfold.dates import NUMBER_WORDS, date_bounds, dates_compatible, find_dates
from newsfold.events.build import _build
from newsfold.events.figures import _nobody_hurt, _number_in_args
from newsfold.events.parse import PLACE_LABELS, _PAST_TAGS, _Parse
from newsfold.events.triggers import _trigger_kind
from newsfold.events.violence import _bomb_told
from newsfold.events.where import _PERCEIVING_VERBS, _in_prep, _reached_through_away_prep
from newsfold.model import AnnotatedArticle, EventKind, EventMention, EventStatus, Mention, Sentence
from newsfold.names import fold


#: Who does the deeds the lead of an article reports, as the next sentences name them again: "The
#: attackers set homes in Kadawa village ablaze".
_DOERS_AGAIN = frozenset({"attacker", "gunman", "gunmen", "assailant", "militant", "bandit", "raider", "bomber", "jet",
                          "insurgent", "rebel", "jihadist", "terrorist", "shooter", "suspect"})
#: Kinds whose lead deed a later sentence may place more finely.
_PLACED_AGAIN = frozenset({EventKind.ATTACK, EventKind.KILLING, EventKind.DISASTER, EventKind.MILITARY_OPERATION, EventKind.PROTEST})
#: Prepositions that lead away from where a deed was: "fled into a forest", "a bus to Lahore".
_AWAY = frozenset({"to", "into", "toward", "towards", "from", "by", "for", "than", "like", "about", "with", "after", "before", "as",
                   "since"})


def _elaborated(annotated: AnnotatedArticle, parse: _Parse, mentions: list[EventMention],
                mentions_by_sentence: dict[int, list[Mention]]) -> list[EventMention]:
    """The article's lead deed with the places and the day that the next two sentences give it
    when they name it again: "An air strike on a village in the Magway region killed 17 ... The
    strike on Kyaung Gon village took place on Monday" (Kyaung Gon, Monday); "The quake, centred
    in the Pütürge district, ..."; "The attackers set homes in Kadawa village ablaze". Only a
    sentence that names the deed (by its noun, with "the") or its doers ("the gunmen") again
    counts, and only for what it says of the deed itself: where the deed's own words put it, or
    where its verb of happening or doing does ("took place", "hit", "set ablaze"), not where the
    gunmen "were arrested", "were trained" or "are hiding", nor where the strike "was condemned";
    and not a sentence that tells of something else ("in a separate attack", "also attacked a
    church in Jos on Friday")."""
    lead = next((m for m in mentions if m.status is EventStatus.ASSERTED and not m.background and not m.distinct), None)
    if lead is None or lead.kind not in _PLACED_AGAIN or not lead.places:
        return mentions  # (a deed the article does not place is not placed by a later sentence alone)
    starts = [s.start for s in annotated.sentences]
    if lead.sentence.start not in starts:
        return mentions
    first = starts.index(lead.sentence.start)
    places: list[str] = list(lead.places)
    day: tuple[str, str] | None = None
    text = annotated.article.text
    own_triggers = {m.trigger.start: m for m in mentions}
    for k in range(first + 1, min(first + 3, len(annotated.sentences))):
        sent = annotated.sentences[k]
        found = _names_it_again(parse, sent, lead.kind)
        if _OTHER_HAPPENING.search(text[sent.start:sent.end]) or found is None:
            continue
        subject, verb = found
        own = own_triggers.get(parse.tokens[verb].start)
        if any(parse.tokens[c].lemma.lower() in {"also", "again"} for c in parse.kids(verb, "advmod")) or (
                own is not None and own.date and not dates_compatible(own.date, lead.date, slack_days=1)):
            continue  # a deed of its own: "The gunmen also attacked a church in Jos on Friday"; but "The jets bombed Kyauk Taw village"
        said = set(_own_words(parse, subject, of_a_deed=parse.tokens[subject].lemma.lower() in lx.NOUN_TRIGGERS))
        if parse.tokens[verb].lemma.lower() in _DEED_VERBS:
            said |= set(_own_words(parse, verb))
        for m in mentions_by_sentence.get(k, []):
            if m.label not in PLACE_LABELS or country_of(m.span.text) or m.span.text in places:
                continue
            idx = next((t.i for t in parse.tokens[sent.token_start:sent.token_end] if t.start == m.span.start), None)
            if idx is not None and idx in said and _where_it_was(parse, idx):
                places.append(m.span.text)
        if lead.date is None and day is None and parse.tokens[verb].lemma.lower() in _DEED_VERBS:
            for a, b, value in find_dates(text[sent.start:sent.end], annotated.article.published):
                at = [t.i for t in parse.tokens[sent.token_start:sent.token_end] if sent.start + a <= t.start < sent.start + b]
                if (at and set(at) <= said and _recent(value, annotated.article.published)
                        and not _BOUND_BEFORE.search(text[max(sent.start, sent.start + a - 12):sent.start + a])
                        and not re.match(r"\s*['’]s\b", text[sent.start + b:sent.start + b + 3])):
                    day = (value, text[sent.start + a:sent.start + b])
                    break
    if places == list(lead.places) and day is None:
        return mentions
    better = _replace(lead, places=tuple(places))
    if day is not None:
        better = _replace(better, date=day[0], date_text=day[1])
    return [better if m is lead else m for m in mentions]


#: Verbs by which a sentence tells where and when the deed it names again happened or was done.
_DEED_VERBS = frozenset({"take", "happen", "occur", "hit", "strike", "target", "set", "bomb", "raid", "storm", "destroy",
                         "burn", "torch", "damage", "level", "flatten", "shell", "centre", "center", "rock", "jolt",
                         "detonate", "explode", "begin", "start", "tear", "rip", "sweep", "bury"})
#: Words that bound a date rather than give it: "the third since March 2", "two days after Friday's".
_BOUND_BEFORE = re.compile(r"\b(?:since|after|before|until|till)\s+(?:the\s+)?$", re.IGNORECASE)


def _own_words(parse: _Parse, i: int, *, of_a_deed: bool = False) -> list[int]:
    """A word's subtree without the clauses about something else hung on it (relative and
    adverbial clauses, clausal complements), except a participle that describes it ("The quake,
    centred in the Pütürge district"), a relative clause of where ("a monastery where families
    were sheltering in the village of Kyaung Kone"), or, of a deed (``of_a_deed``), a relative
    clause that tells of it ("The blaze, which began in bushland at Binalong Bay"), unless it
    tells of other deeds ("the quakes that struck off Manokwari"); of people, a relative clause
    tells who they are ("the attackers, who were trained in Quetta"), not where they did it."""
    out = []
    stack = [i]
    while stack:
        j = stack.pop()
        out.append(j)
        for c in parse.kids(j):
            t = parse.tokens[c]
            if t.dep in {"advcl", "ccomp", "conj", "parataxis"} and c != i:
                continue
            if t.dep == "relcl" and not any(parse.tokens[w].lemma.lower() in {"where"} for w in parse.kids(c, "advmod")) and not (
                    of_a_deed and j == i and _trigger_kind(parse, c) is None):
                continue
            if t.dep == "acl" and _trigger_kind(parse, c) is not None:
                continue
            stack.append(c)
    return out


def _names_it_again(parse: _Parse, sent: Sentence, kind: EventKind) -> tuple[int, int] | None:
    """The subject and the verb of a sentence's main clause when its subject is the deed of that
    kind, or its doers, named with "the" ("The strike on Kyaung Gon village took place on
    Monday, they said"); ``None`` otherwise (not "police found him north of the building where
    the shootings took place": the shootings are not what the sentence is about)."""
    root = next((i for i in range(sent.token_start, sent.token_end) if parse.tokens[i].head == i), None)
    if root is None:
        return None
    heads = {root} | ({c for c in parse.kids(root, "ccomp")} if parse.tokens[root].lemma.lower() in _SAYING_VERBS else set())
    for i in range(sent.token_start, sent.token_end):
        t = parse.tokens[i]
        if t.dep not in {"nsubj", "nsubjpass"} or t.head not in heads or not any(
                parse.tokens[d].lemma.lower() in {"the", "this"} for d in parse.kids(i, "det")):
            continue
        lemma = t.lemma.lower()
        said = lx.NOUN_TRIGGERS.get(lemma)
        if (said is not None and (said is kind or {said, kind} <= lx.VIOLENCE | {EventKind.ATTACK})
                or kind in lx.VIOLENCE and (lemma in _DOERS_AGAIN or t.text.lower() in _DOERS_AGAIN)):
            return i, t.head
    return None


#: Verbs of saying whose clause tells the news itself: "The strike took place on Monday, they said".
_SAYING_VERBS = frozenset({"say", "tell", "report", "add", "confirm", "state"})


def _where_it_was(parse: _Parse, i: int) -> bool:
    """Whether a place token is told as where something was, not where someone went or came
    from ("fled into a forest near X", "a bus to Lahore", "felt as far away as Adana"): no
    preposition above it leads away, and no verb of feeling or going is above it."""
    for j in [i, *parse.ancestors(i, limit=12)]:
        t = parse.tokens[j]
        if (t.dep == "prep" and t.text.lower() in _AWAY or t.lemma.lower() in _PERCEIVING_VERBS | _GOING_VERBS
                or t.lemma.lower() in _DISTANCE_UNITS):
            return False  # (nor a place it is measured from: "13 miles east of Cloverdale")
    return True


#: Units a place is measured from: "13 miles east of Cloverdale" is not in Cloverdale.
_DISTANCE_UNITS = frozenset({"mile", "kilometre", "kilometer", "km", "metre", "meter", "yard"})
#: Verbs of going: where people went or were taken is not where the deed was.
_GOING_VERBS = frozenset({"flee", "head", "travel", "escape", "arrive", "return", "send", "fly", "evacuate", "rush"})


_SCENE = re.compile(r"\b(?:at|near|from) the (?:scene|spot|site)\b|\bon the spot\b", re.IGNORECASE)


def _at_the_scene(text: str, mentions: list[EventMention], dateline: str | None) -> list[EventMention]:
    """"Troops arrested two suspects at the scene", "he died on the spot": where the deed of its
    sentence was, or else the article's lead deed, when the sentence names no place of its own
    (the dateline is no place of its own). An arrest the article tells after its lead deed and
    places only at the dateline is placed there too ("ATHENS — Farmers blocked the highway near
    Larissa ... five protesters were detained"): where the deed was, not where the report was filed."""
    out: list[EventMention] = []
    for m in mentions:
        own = [p for p in m.places if p != dateline]
        scene = bool(_SCENE.search(text[m.sentence.start:m.sentence.end]))
        filed = bool(m.places) and not own and not _OTHER_HAPPENING.search(m.sentence.text) and not _IN_THE_TOWN.search(
            m.sentence.text)  # placed at the dateline alone (not "separately", nor "police in the capital")
        if not own and (scene or filed and m.kind in _FILED_KINDS and m.status is EventStatus.ASSERTED and not m.background):
            kinds = _SCENE_KINDS if scene else _SCENE_KINDS | {EventKind.SEIZURE}  # "found 1,500 kg of cocaine at the port of Rotterdam"
            before = [x for x in out if x.places and x.kind in kinds and x.trigger.start < m.trigger.start and not x.background
                      and [p for p in x.places if p != dateline]]
            # the deed told in the same sentence, else the article's lead deed (not a recalled one further up)
            same = [x for x in before if x.sentence.start == m.sentence.start]
            # (a place the text ties to the scene is an anchor like any other: "was arrested at the scene" is an
            # arrest told; one only guessed from the lead deed is not)
            if not scene and m.kind in _FILED_DEEDS and not same:
                before = [x for x in before if x.kind in _FILED_LEADS and m.sentence.start - x.sentence.end < _FILED_REACH
                          and (not m.date or not x.date or m.date == x.date) and not _LATER.search(m.sentence.text)]
                before = before[:1] if before and before[0] is _first_lead(out, dateline) else []
            if same or before and (scene or dates_compatible(before[0].date, m.date, slack_days=7)):
                m = _replace(m, places=(same or before)[-1 if same else 0].places, confidence=_anchored_more(m) if scene else m.confidence)
            elif filed and not before and (after := [x for x in mentions if x.kind is EventKind.SEIZURE and not x.background
                                                     and x.trigger.start > m.trigger.start and x.sentence.start - m.sentence.end < 400
                                                     and [p for p in x.places if p != dateline]
                                                     and dates_compatible(x.date, m.date, slack_days=7)]):
                m = _replace(m, places=after[0].places)  # "Nine were arrested ... Cash was seized from the premises in Madhapur"
        out.append(m)
    return out


def _caught_with_the_haul(mentions: list[EventMention], dateline: str | None) -> list[EventMention]:
    """An arrest told with no place and no day of its own right after a seizure is where and when
    the haul was seized: "Customs officers at Suvarnabhumi Airport seized 87 live turtles from two
    passengers on Thursday … Both were arrested" (not an arrest told before the seizure, nor one
    several sentences on, nor one told as another matter: "separately")."""
    out: list[EventMention] = []
    for m in mentions:
        if (m.kind is EventKind.ARREST and m.status is EventStatus.ASSERTED and not m.background and not m.date and not m.distinct
                and not [p for p in m.places if p != dateline] and not _OTHER_HAPPENING.search(m.sentence.text)
                and not _LATER.search(m.sentence.text) and not re.search(r"\bafter\b", m.sentence.text, re.IGNORECASE)):
            hauls = [x for x in out if x.kind is EventKind.SEIZURE and x.status is EventStatus.ASSERTED and not x.background
                     and x.sentence.start < m.sentence.start and m.sentence.start - x.sentence.end < _HAUL_REACH
                     and [p for p in x.places if p != dateline]]
            if hauls:
                haul = hauls[-1]
                m = _replace(m, places=tuple(p for p in haul.places if p != dateline), date=haul.date, date_text=haul.date_text,
                             confidence=_anchored_more(m))
        out.append(m)
    return out


#: Deeds an article tells after its lead deed, placed only at the dateline, that happened where the
#: lead deed did: its arrests ("five protesters were detained"), its dead ("Four soldiers were killed")
#: and the deed told again ("a gang of armed men ambushed the van outside a bank").
_FILED_KINDS = frozenset({EventKind.ARREST, EventKind.KILLING, EventKind.ATTACK})

#: Of those, the deeds whose dead or whose retelling must follow the article's lead deed closely: in
#: the next sentence or so, on its day, and only a deed of violence or a riot ("Four soldiers were
#: killed, it said", "Two inmates were killed"; not "On Tuesday, a bomb exploded in a market", nor the
#: dead of a typhoon's article's police raid, nor a shooting after a seizure).
_FILED_DEEDS = frozenset({EventKind.KILLING, EventKind.ATTACK})
_FILED_LEADS = frozenset({EventKind.ATTACK, EventKind.KILLING, EventKind.MILITARY_OPERATION, EventKind.PROTEST})
_FILED_REACH = 300
#: Words that tell a deed of another moment than the lead's: "two days later", "afterwards".
_LATER = re.compile(r"\b(?:later|afterwards|subsequently|since|earlier|previously)\b", re.IGNORECASE)


def _first_lead(mentions: list[EventMention], dateline: str | None) -> EventMention | None:
    """The article's first deed of violence or riot placed by its own words (not the dateline): its lead."""
    return next((x for x in mentions if x.kind in _FILED_LEADS and not x.background and [p for p in x.places if p != dateline]),
                None)


#: How far after a seizure's sentence (characters) an arrest told with nothing of its own is of its haul.
_HAUL_REACH = 300


def _anchored_more(m: EventMention) -> float:
    """The confidence of a mention that has just been given the place it lacked (one more anchor,
    as :func:`_build` counts them; and the dateline's discount, if the dateline placed it, undone)."""
    return min(0.95, round(m.confidence + 0.15 + (0.05 if m.places else 0.0), 2))


#: The dateline's town named as the place of what a sentence tells: "police in the capital arrested two".
_IN_THE_TOWN = re.compile(r"\b(?:in|of) the (?:capital|city|town)\b|\bunrelated\b", re.IGNORECASE)
#: A place named again as "the same" one: "an aftershock hit the same area", "at the same spot".
_SAME_PLACE = re.compile(r"\bthe same (?:area|province|region|state|county|district|town|village|city|neighbou?rhood|"
                         r"street|spot|place|site|venue|location|stretch|junction|building|market|stadium)\b", re.IGNORECASE)


def _in_the_same_place(mentions: list[EventMention], dateline: str | None) -> list[EventMention]:
    """A deed told "in the same area" ("an aftershock hit the same area forty minutes later", "two
    buses were swept into the river at the same spot in 2024") is where the last deed the article
    placed before it was, when its sentence names no place of its own."""
    out: list[EventMention] = []
    for m in mentions:
        if not [p for p in m.places if p != dateline] and _SAME_PLACE.search(m.sentence.text):
            before = [x for x in out if x.trigger.start < m.trigger.start and [p for p in x.places if p != dateline]]
            if before:
                m = _replace(m, places=tuple(p for p in before[-1].places if p != dateline))
        out.append(m)
    return out


_SCENE_KINDS = frozenset({EventKind.ATTACK, EventKind.KILLING, EventKind.MILITARY_OPERATION, EventKind.DISASTER, EventKind.PROTEST})


#: A fire told as set on purpose: "concluded the fire had been set deliberately", "an arson attack".
_SET_ON_PURPOSE = re.compile(r"\b(?:(?:set|started|lit) (?:deliberately|intentionally|on purpose)|(?:deliberately|intentionally) "
                             r"(?:set|started|lit)|arson attack|act of arson)\b", re.IGNORECASE)
#: Words that leave the cause open: "arson has not been ruled out", "investigating whether it was set deliberately".
_CAUSE_OPEN = re.compile(r"\b(?:not|no evidence|no sign|whether|ruled out|rule out|possible|possibly|may|might|could|suspect(?:ed)?|if)\b",
                         re.IGNORECASE)


def _fire_set_on_purpose(mentions: list[EventMention], text: str) -> list[EventMention]:
    """An article that tells its fire was set on purpose ("Investigators found traces of accelerant
    and concluded the fire had been set deliberately") tells an arson attack wherever it names
    that fire, not a disaster (but "arson has not been ruled out" leaves it a fire)."""
    if not _SET_ON_PURPOSE.search(text):
        return mentions
    told = [t for t in re.finditer(r"[^.!?]*", text) if _SET_ON_PURPOSE.search(t.group()) and not _CAUSE_OPEN.search(t.group())
            and not re.search(r"\b(?:19|20)\d\d\b", t.group())]  # (not "was hit by an arson attack in 2019")
    fires = [m for m in mentions if m.kind is EventKind.DISASTER and m.trigger.text.lower().rstrip("s") in _FIRES]
    if not told or not fires:
        return mentions
    arson: set[int] = set()
    for t in told:
        arson |= {id(m) for m in fires if t.start() <= m.trigger.start < t.end()}  # the fire its own sentence names
        if _THE_FIRE.search(t.group()) and not _OTHER_HAPPENING.search(t.group()):
            arson.add(id(fires[0]))  # "the fire had been set deliberately": the article's fire (not "a separate fire")
    if not arson:
        return mentions
    lead = fires[0]
    return [_replace(m, kind=EventKind.ATTACK) if id(m) in arson or id(lead) in arson and m in fires and _definite_fire(m, text) else m
            for m in mentions]


_THE_FIRE = re.compile(r"\bthe (?:fire|blaze|inferno)\b", re.IGNORECASE)


def _definite_fire(m: EventMention, text: str) -> bool:
    """Whether a fire mention names the article's fire again ("the blaze broke out")."""
    return bool(re.search(r"\bthe\s+(?:\w+\s+)?$", text[max(0, m.trigger.start - 20):m.trigger.start], re.IGNORECASE))


_FIRES = frozenset({"fire", "blaze", "inferno", "gut", "gutted", "burn", "burned", "burnt"})


def _one_kind_of_blast(parse: _Parse, mentions: list[EventMention]) -> list[EventMention]:
    """An article that tells its explosion was an accident ("the blast, caused by ammonium nitrate")
    tells it so wherever it names it: its other bare mentions ("the massive explosion that killed
    220") are that accident, not a bombing, unless their own sentence tells of a bomb."""
    if not any(m.kind is EventKind.DISASTER for m in mentions):
        return mentions
    at = {t.start: t.i for t in parse.tokens}

    def trigger_lemma(m: EventMention) -> str:
        i = at.get(m.trigger.start)
        return parse.tokens[i].lemma.lower() if i is not None else ""

    def index(m: EventMention) -> int | None:
        return at.get(m.trigger.start)

    accidents = [m for m in mentions if m.kind is EventKind.DISASTER and trigger_lemma(m) in _BLASTS]
    bombings = [m for m in mentions if m.kind is EventKind.ATTACK and trigger_lemma(m) in _BLASTS
                and (i := index(m)) is not None and _bomb_told(parse, i)]
    if not accidents or bombings:
        return mentions  # no accident told, or a bomb told too: each mention keeps its own reading
    days = {m.date for m in accidents}
    out = []
    for m in mentions:
        i = index(m)
        if m.kind is EventKind.ATTACK and i is not None and trigger_lemma(m) in _BLASTS and (
                (m.date is None or m.date in days) and any(parse.tokens[d].lemma.lower() in {"the", "this", "that"} for d in parse.kids(i, "det"))
                or any(parse.tokens[a].lemma.lower() == "similar" for a in parse.kids(i, "amod"))):
            # "the massive explosion that killed 220", "a similar explosion in January 2025"; not "an explosion last month"
            m = _replace(m, kind=EventKind.DISASTER)
        out.append(m)
    return out


_BLASTS = frozenset({"explosion", "blast", "explode"})


#: "arrested 12 days after the shooting", "two weeks before the attack": a span of days from a deed named by its noun.
_DAYS_FROM = re.compile(r"\b(\d{1,3}|a|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve)\s+(days?|weeks?)\s+"
                        r"(after|before)\s+(?:the|that|this)\s+([a-z]+)\b", re.IGNORECASE)


def _elsewhere_named(text: str, sent_mentions: list[Mention], dateline: str) -> bool:
    """Whether the sentence names a place other than the dateline and the countries ("WARSAW — Border
    guards detained four men near Bialowieza"): the report is filed from the dateline, the deed
    was where the sentence says, even when the parse did not tie it to the deed. A place that
    begins a longer name ("the Oklahoma City Thunder") is no place named."""
    return any(m.label in {"GPE", "LOC", "FAC"} and fold(dateline) not in fold(m.span.text)
               and country_of(m.span.text) is None and not re.match(r" [A-Z]", text[m.span.end:m.span.end + 2])
               for m in sent_mentions)


def _dated_after_another(m: EventMention, before: Sequence[EventMention]) -> EventMention:
    """An undated deed told as so many days after or before another the article has dated to the
    day: "Timmons, who was arrested 12 days after the shooting" (the shooting of May 29) is of
    June 10. The other deed is found by its noun among the article's earlier events."""
    if m.date is not None:
        return m
    found = _DAYS_FROM.search(m.sentence.text)
    if found is None or found.group(4).lower() == m.trigger.text.lower():
        return m
    word, unit, way, noun = found.groups()
    n = int(word) if word.isdigit() else NUMBER_WORDS.get(word.lower())
    kind = lx.NOUN_TRIGGERS.get(noun.lower()) or lx.NOUN_TRIGGERS.get(noun.lower().rstrip("s"))
    named = [x for x in before if x.date and len(x.date) == 10 and x.status is EventStatus.ASSERTED and (
        x.trigger.text.lower() == noun.lower() or x.kind is kind or {x.kind, kind} <= lx.VIOLENCE)]
    days = {x.date for x in named}
    if not n or len(days) != 1:
        return m  # no such deed dated to the day, or several days: no date
    step = timedelta(days=n * (7 if unit.lower().startswith("week") else 1))
    day = date.fromisoformat(days.pop()) + (step if way.lower() == "after" else -step)
    return _replace(m, date=day.isoformat(), date_text=found.group(0))


#: Adverbs that put a deed after the event it is told with ("for which police later arrested two").
_AFTERWARDS = frozenset({"later", "subsequently", "afterwards", "afterward", "eventually", "since"})


def _dated_by_their_noun(parse: _Parse, built: dict[int, EventMention]) -> dict[int, EventMention]:
    """Deeds told inside a dated event's noun phrase are of its date: "the 2009 floods, which
    killed 40 people", "a tsunami that killed 170,000" (in a sentence dated 2004); but not a deed
    of another kind, or one done later ("the 2016 attack, for which police later arrested two")."""
    dated_nouns = [(j, m) for j, m in built.items() if m.date and parse.tokens[j].pos in {"NOUN", "PROPN"}]
    out = dict(built)
    for i, m in built.items():
        if m.date:
            continue
        owner = next((y for j, y in dated_nouns if j != i and i in parse.subtree(j)), None)
        if owner is not None and (m.kind is owner.kind or m.kind is EventKind.KILLING) and not any(
                parse.tokens[c].lemma.lower() in _AFTERWARDS for c in parse.kids(i, "advmod")):
            out[i] = _replace(m, date=owner.date, date_text=owner.date_text, background=owner.background)
    return out


#: Words that set what a sentence tells apart from the article's news ("in a separate incident").
_OTHER_HAPPENING = re.compile(r"\b(?:separate|separately|unrelated|elsewhere|meanwhile|another|season|accidents?)\b", re.IGNORECASE)
#: The most confidence a sentence that tells only of the wounded may have: it never stands for an
#: event of its own (:data:`newsfold.merge.MIN_CONFIDENCE`), only adds its figure to the article's.
INJURIES_ALONE_CONFIDENCE = 0.45
_VIOLENT_OR_DISASTER = frozenset({EventKind.ATTACK, EventKind.KILLING, EventKind.DISASTER, EventKind.MILITARY_OPERATION})


def _injuries_told_alone(article_id: str, text: str, parse: _Parse, sent: Sentence, sent_mentions: list[Mention],
                         sent_dates: list[tuple[int, int, str]], anchor: date | None,
                         before: list[EventMention]) -> EventMention | None:
    """A sentence that names no event but counts the wounded ("19 people were wounded — all
    men") tells of the violent event or disaster the article last reported: a mention of that
    event's kind with the figure, too unsure to be reported alone."""
    last = next((m for m in reversed(before) if m.kind in _VIOLENT_OR_DISASTER and not m.background
                 and m.status is EventStatus.ASSERTED), None)
    if last is None:
        return None
    for i in range(sent.token_start, sent.token_end):
        t = parse.tokens[i]
        if not (t.pos == "VERB" and t.lemma.lower() in {"wound", "injure", "hurt"} and t.tag in _PAST_TAGS):
            continue
        figure = _number_in_args(article_id, text, parse, i, ("nsubjpass",), "injured") or _nobody_hurt(article_id, text, parse, i, "injured")
        if figure is None or figure.by_name:
            continue  # "19 people were wounded", "no one was hurt"; not "he was wounded", "wounded soldiers"
        if _OTHER_HAPPENING.search(text[sent.start:sent.end]) or parse.kids(i, "advcl") or any(
                parse.tokens[p].text.lower() in {"in", "during", "by", "from", "after", "at", "on"}
                and not {parse.tokens[o].lemma.lower() for o in parse.kids(p, "pobj")} <= {"addition", "total", "all"}
                for p in parse.kids(i, "prep")):
            continue  # a cause, a place or a time of their own: "hurt when a stand collapsed", "injured in road accidents"
        mention = _build(article_id, text, parse, i, last.kind, sent, sent_mentions, sent_dates, anchor, [(i, last.kind)])
        if mention is not None and any(f.what.endswith("injured") for f in mention.figures):
            return _replace(mention, confidence=min(mention.confidence, INJURIES_ALONE_CONFIDENCE))
    return None


def _recent(when: str | None, anchor: date | None, days: int = 14) -> bool:
    """True when an event date is unknown or within ``days`` of the publication date."""
    if when is None:
        return True
    bounds = date_bounds(when)
    if bounds is None or anchor is None:
        return False
    return (anchor - bounds[1]).days <= days


_CELL_SUBJECTS = frozenset({"suspect", "member", "cell", "group", "network", "ring", "gang", "they", "man", "men", "individual",
                            "militant", "recruiter", "smuggler", "trafficker", "people"})
_CELL_VERBS = frozenset({"active", "operate", "base", "live", "recruit", "work", "reside", "hide", "run"})


def _with_cell_places(mention: EventMention, annotated: AnnotatedArticle, parse: _Parse, s_index: int,
                      mentions_by_sentence: dict[int, list[Mention]]) -> EventMention:
    """"The suspects had been active in Casablanca and Tangier": where the arrested operated."""
    for k in range(s_index, min(s_index + 3, len(annotated.sentences))):
        sent = annotated.sentences[k]
        places = [m for m in mentions_by_sentence.get(k, []) if m.label in PLACE_LABELS]
        if not places:
            continue
        for t in range(sent.token_start, sent.token_end):
            tok = parse.tokens[t]
            if tok.lemma.lower() not in _CELL_VERBS:
                continue
            clause = tok.head if tok.dep in {"acomp", "attr"} else t
            subjects = parse.kids(clause, "nsubj", "nsubjpass") or ([tok.head] if tok.dep in {"relcl", "acl"} else [])
            if not any(parse.tokens[x].lemma.lower() in _CELL_SUBJECTS for x in subjects):
                continue
            # "had been active in Casablanca": the place may hang on the copula, not the adjective
            scope = set(parse.subtree(t)) | ({j for p in parse.kids(clause, "prep") for j in parse.subtree(p)} if clause != t else set())
            found = []
            for m in places:
                idx = [j for j in sorted(scope) if m.span.start <= parse.tokens[j].start < m.span.end]
                if idx and _in_prep(parse, idx[0]) and not _reached_through_away_prep(parse, idx[0], clause):
                    found.append(m.span.text)
            if found:
                return _replace(mention, places=tuple(dict.fromkeys(found)))
    return mention


#: Nouns of bodies that are "it" too: "the army said it had killed two".
_BODIES = frozenset({"army", "military", "group", "police", "government", "ministry", "force", "coalition", "navy",
                     "state", "regime", "militia", "organisation", "organization", "agency", "company", "movement"})
#: Kinds of event a thing can be the killer in: "It killed 612 people" after "a quake struck".
_DEEDS_OF_THINGS = frozenset({EventKind.ATTACK, EventKind.DISASTER, EventKind.MILITARY_OPERATION})


def _deed_of_it(parse: _Parse, m: EventMention, before: Sequence[EventMention]) -> EventMention:
    """A killing whose killer is "it" is the deed of the thing named before, not of a person: in
    "A powerful quake hit the region in 1990. It killed 612 people", a disaster. People are "he",
    "she" or "they"; "it" is a quake, a bomb, a strike: the last such event the article told."""
    if m.kind is not EventKind.KILLING or not re.search(r"\bit\b", m.sentence.text, re.IGNORECASE):
        return m
    tokens = parse.tokens
    i = next((t.i for t in tokens if t.start == m.trigger.start), None)
    it = next((s for s in parse.kids(i, "nsubj") if tokens[s].text.lower() == "it"), None) if i is not None else None
    if i is None or it is None:
        return m
    # "the army said it had killed two", "Islamic State said it executed a hostage": "it" is a body
    if tokens[i].dep in {"ccomp", "xcomp", "advcl", "relcl", "conj"} or any(
            tokens[k].ent_type in {"ORG", "GPE", "NORP"} or tokens[k].lemma.lower() in _BODIES
            for k in range(max(0, it - 30), it) if tokens[k].start >= m.sentence.start):
        return m
    earlier = next((e for e in reversed(before) if e.kind in _DEEDS_OF_THINGS), None)
    return m if earlier is None else _replace(m, kind=earlier.kind)


def _same_deed(head: EventKind | None, kind: EventKind, lemma: str) -> bool:
    """Whether a participle adjunct ("…, dismantling a network") retells its head's deed: the
    same kind, or the breaking-up of the network a raid's arrests and seizures belong to. A
    seizure told by "seizing 3 tonnes" stays an event of its own."""
    police = {EventKind.ARREST, EventKind.SEIZURE}
    if lemma in {"dismantle", "break", "bust"}:
        return head in police and kind in police
    return head is kind and kind not in police
