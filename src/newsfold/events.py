"""Typed event extraction from the dependency parse of one article (a streaming stage).

For each sentence, a trigger (a verb or noun of :mod:`newsfold.lexicon`, with the right
part of speech and, where needed, the right object) opens an :class:`EventMention`.
Its arguments come from the parse: actors (subject or "by" agent), targets, the count bound
to its role ("seven members were captured" → 7 arrested; "a blast killed 15" → 15 killed),
the places in the trigger's phrase, and the date of the nearest time expression, resolved
against the publication date. Planned, denied and conditional events are marked, not
reported as having happened.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass
from datetime import date, timedelta

from newsfold import lexicon as lx
from newsfold.aliases import country_name, country_of
from dataclasses import replace as _replace

from newsfold.dates import NUMBER_WORDS, WEEKDAY_WORDS, date_bounds, dates_compatible, find_dates
from newsfold.ids import make_id
from newsfold.model import AnnotatedArticle, EventKind, EventMention, EventStatus, Figure, Mention, Sentence, Span, Token
from newsfold.names import dateline_place, fold
from newsfold.numbers import parse_number, qualifier_of
from newsfold.person_ages import MAX_AGE, MIN_AGE

PLACE_LABELS = frozenset({"GPE", "LOC", "FAC"})
ACTOR_LABELS = frozenset({"PERSON", "ORG", "NORP", "GPE"})
_NON_COUNT_ENTS = frozenset({"DATE", "TIME", "PERCENT", "MONEY", "ORDINAL"})
_AWAY_PREPS = frozenset({"to", "from", "into", "toward", "towards", "with"})
#: Rooms and buildings one walks into on the spot (not a country one crosses into).
_VENUES = frozenset({"cafe", "café", "party", "building", "office", "mosque", "church", "synagogue", "temple", "school",
                     "restaurant", "shop", "store", "bank", "club", "bar", "nightclub", "home", "house", "hotel", "market",
                     "mall", "theatre", "theater", "cinema", "hospital", "station", "classroom", "courthouse", "meeting"})
#: Sentences that state totals over a period, not one event ("up from 46 in the whole of 2014").
_AGGREGATE = re.compile(r"\b(up from|down from|so far this year|in total|a total of|in the whole of|"
                        r"over the (?:past|last)|in recent (?:years|months|weeks)|every year|each year|per year|"
                        r"have regularly|has regularly|routinely|in all of|"
                        r"\d{1,3}(?:,\d{3})+\s+(?:[\w-]+\s+){0,3}(?:incidents|cases|crimes|offences|offenses))\b", re.I)
_PAST_TAGS = frozenset({"VBD", "VBN"})
_LIGHT_VERBS = frozenset({"launch", "mount", "conduct", "carry", "stage", "begin", "start", "undertake", "lead", "hold", "wage", "perpetrate", "commit", "claim", "execute", "declare"})
_ATTRIBUTIVE = frozenset({"led", "lead", "backed", "back", "based", "base", "born", "funded", "fund", "made", "make", "sponsored", "sponsor", "linked", "link", "owned", "own", "run", "brokered", "broker"})
_DISTINCT = frozenset({"another", "second", "third", "separate", "new", "further", "fresh"})
_PREVIOUS = frozenset({"previous", "earlier", "similar", "past", "prior", "former", "other", "recent"})
#: Police/military context words that make weak noun triggers ("operation", "raid") eventful.
_SECURITY_CONTEXT = frozenset({"police", "security", "force", "army", "military", "troop", "soldier", "officer",
                               "authority", "militant", "jihadist", "rebel", "insurgent", "coalition", "air",
                               "special", "counter", "terror", "terrorist", "anti", "joint", "gunman", "attacker"})


@dataclass
class _Parse:
    tokens: Sequence[Token]
    children: list[list[int]]

    @classmethod
    def of(cls, tokens: Sequence[Token]) -> _Parse:
        children: list[list[int]] = [[] for _ in tokens]
        for t in tokens:
            if t.head != t.i:
                children[t.head].append(t.i)
        return cls(tokens, children)

    def kids(self, i: int, *deps: str) -> list[int]:
        return [c for c in self.children[i] if not deps or self.tokens[c].dep in deps]

    def subtree(self, i: int) -> list[int]:
        out, stack = [], [i]
        while stack:
            j = stack.pop()
            out.append(j)
            stack.extend(self.children[j])
        return sorted(out)

    def sentence_of(self, i: int) -> list[int]:
        """Every token of the parse tree ``i`` belongs to: its sentence, as the parser cut it."""
        return self.subtree((self.ancestors(i, 100) or [i])[-1])

    def ancestors(self, i: int, limit: int = 6) -> list[int]:
        out = []
        while self.tokens[i].head != i and len(out) < limit:
            i = self.tokens[i].head
            out.append(i)
        return out


def extract_events(annotated: AnnotatedArticle) -> tuple[EventMention, ...]:
    """Every event mention in one annotated article, in text order.

    Example::

        mentions = extract_events(next(annotate([article])))
        [(m.kind, m.count and m.count.value) for m in mentions]
    """
    article = annotated.article
    parse = _Parse.of(annotated.tokens)
    anchor = article.published
    mentions_by_sentence: dict[int, list[Mention]] = {}
    for m in annotated.mentions:
        mentions_by_sentence.setdefault(m.sentence, []).append(m)
    out: list[EventMention] = []
    dateline = next((m.span.text for m in annotated.mentions if m.sentence <= 1 and m.label == "GPE"
                     and dateline_place(article.text[m.span.start:]) is not None and m.span.start < 200), None)
    dated_kinds: set[EventKind] = set()
    for s_index, sent in enumerate(annotated.sentences):
        sent_mentions = mentions_by_sentence.get(s_index, [])
        sent_dates = [(a + sent.start, b + sent.start, v) for a, b, v in find_dates(article.text[sent.start:sent.end], anchor)]
        attached: set[int] = set()
        found: list[tuple[int, EventKind]] = []
        for i in range(sent.token_start, sent.token_end):
            kind = _trigger_kind(parse, i)
            if kind is not None:
                found.append((i, kind))
        # Casualty verbs ("a blast killed 15") belong to the attack or disaster they name.
        told_by: dict[int, list[int]] = {}  # governing trigger → its casualty verbs
        for i, kind in list(found):
            if kind is EventKind.KILLING and (gov := _governing_trigger(parse, i, found)) is not None:
                attached.add(i)
                told_by.setdefault(gov, []).append(i)
        # A participle adjunct of the same kind tells the same deed: "arrested nine suspects …,
        # dismantling a network that used boats to move cocaine across the Strait".
        kinds_at = dict(found)
        for i, kind in found:
            t = parse.tokens[i]
            if t.dep == "advcl" and t.tag == "VBG" and _same_deed(kinds_at.get(t.head), kind, t.lemma.lower()):
                attached.add(i)
        asserted = [(i, kind) for i, kind in found if _status(parse, i) is EventStatus.ASSERTED]
        built: dict[int, EventMention] = {}
        for i, kind in found:
            if i in attached:
                continue
            mention = _build(article.article_id, article.text, parse, i, kind, sent, sent_mentions, sent_dates, anchor, asserted,
                             told_by.get(i, ()))
            if mention is not None:
                if not mention.places and kind in {EventKind.ARREST, EventKind.SEIZURE}:
                    mention = _with_cell_places(mention, annotated, parse, s_index, mentions_by_sentence)
                if (not mention.places and dateline is not None and s_index < 6 and _recent(mention.date, anchor) and kind not in dated_kinds
                        and (kind not in _NATIONAL_KINDS or _LOCAL_OFFICE.search(mention.sentence.text))
                        and not _elsewhere_named(article.text, sent_mentions, dateline) and not _TOLL_RISEN.search(mention.sentence.text)):
                    # (not a follow-up's "the death toll from the bombing rose to 14": filed from the hub, told of elsewhere)
                    mention = _replace(mention, places=(dateline,), confidence=round(mention.confidence - 0.05, 2))
                dated_kinds.add(kind)
                built[i] = mention
        out += [_dated_after_another(_deed_of_it(parse, m, out), out) for m in _dated_by_their_noun(parse, built).values()]
        if not found and (injured := _injuries_told_alone(article.article_id, article.text, parse, sent, sent_mentions,
                                                           sent_dates, anchor, out)) is not None:
            out.append(injured)
    out = _elaborated(annotated, parse, out, mentions_by_sentence)
    return tuple(_one_kind_of_blast(parse, _at_the_scene(article.text, out, dateline)))


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
        if not own and (scene or filed and m.kind is EventKind.ARREST and m.status is EventStatus.ASSERTED and not m.background):
            kinds = _SCENE_KINDS if scene else _SCENE_KINDS | {EventKind.SEIZURE}  # "found 1,500 kg of cocaine at the port of Rotterdam"
            before = [x for x in out if x.places and x.kind in kinds and x.trigger.start < m.trigger.start and not x.background
                      and [p for p in x.places if p != dateline]]
            # the deed told in the same sentence, else the article's lead deed (not a recalled one further up)
            same = [x for x in before if x.sentence.start == m.sentence.start]
            # (a place the text ties to the scene is an anchor like any other: "was arrested at the scene" is an
            # arrest told; one only guessed from the lead deed is not)
            if same or before and (scene or dates_compatible(before[0].date, m.date, slack_days=7)):
                m = _replace(m, places=(same or before)[-1 if same else 0].places, confidence=_anchored_more(m) if scene else m.confidence)
            elif filed and not before and (after := [x for x in mentions if x.kind is EventKind.SEIZURE and not x.background
                                                     and x.trigger.start > m.trigger.start and x.sentence.start - m.sentence.end < 400
                                                     and [p for p in x.places if p != dateline]
                                                     and dates_compatible(x.date, m.date, slack_days=7)]):
                m = _replace(m, places=after[0].places)  # "Nine were arrested ... Cash was seized from the premises in Madhapur"
        out.append(m)
    return out


def _anchored_more(m: EventMention) -> float:
    """The confidence of a mention that has just been given the place it lacked (one more anchor,
    as :func:`_build` counts them; and the dateline's discount, if the dateline placed it, undone)."""
    return min(0.95, round(m.confidence + 0.15 + (0.05 if m.places else 0.0), 2))


#: The dateline's town named as the place of what a sentence tells: "police in the capital arrested two".
_IN_THE_TOWN = re.compile(r"\b(?:in|of) the (?:capital|city|town)\b|\bunrelated\b", re.IGNORECASE)
_SCENE_KINDS = frozenset({EventKind.ATTACK, EventKind.KILLING, EventKind.MILITARY_OPERATION, EventKind.DISASTER, EventKind.PROTEST})


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
        if (m.kind is EventKind.ATTACK and i is not None and trigger_lemma(m) in _BLASTS and (m.date is None or m.date in days)
                and any(parse.tokens[d].lemma.lower() in {"the", "this", "that"} for d in parse.kids(i, "det"))):
            m = _replace(m, kind=EventKind.DISASTER)  # "the massive explosion that killed 220"; not "an explosion last month"
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


#: Blows that kill when dealt "to death" ("stabbed to death", "beaten to death"); not "burned" or
#: "crushed to death", which fires and stampedes do as often as people.
_DEADLY_BLOWS = frozenset({"stab", "beat", "shoot", "club", "bludgeon", "hack", "kick", "stone", "batter", "punch",
                           "strangle", "choke", "knife", "whip", "torture"})
def _people_taken(parse: _Parse, i: int) -> bool:
    """Whether what a verb of taking takes, in its own noun phrases (not "from" whom), is people
    and no goods but what comes with them: "seized three suspects", "seizing 12 Somali and 11
    Yemeni nationals as well as arms"; not "seized 30 kg of cocaine" nor "seized the town"."""
    tokens = parse.tokens
    nouns: list[int] = []
    todo = list(parse.kids(i, "dobj", "nsubjpass", "obj"))
    while todo:
        j = todo.pop()
        if tokens[j].pos in {"NOUN", "PROPN", "ADJ"}:
            nouns.append(j)
        todo += [c for c in parse.kids(j) if tokens[c].dep in {"conj", "amod", "compound", "appos"}]
    people = [j for j in nouns if _a_person(parse, j) or tokens[j].lemma.lower() in _HUMAN_NOUNS | _SEIZED_PEOPLE
              or tokens[j].ent_type == "NORP" and parse.kids(j, "nummod")]
    goods = [j for j in nouns if j not in people and tokens[j].lemma.lower() not in _SEIZED_THINGS and tokens[j].ent_type != "NORP"
             and tokens[j].dep != "amod"]
    return bool(people) and not goods


#: People who may be "seized" (taken into custody), beside the usual words for people.
_SEIZED_PEOPLE = frozenset({"national", "citizen", "crew", "crewman", "pirate", "smuggler", "gunman", "militant", "fighter",
                            "soldier", "fisherman", "sailor", "migrant", "hostage", "dealer", "trafficker"})
#: What is seized beside people in one breath ("seizing 12 nationals as well as arms").
_SEIZED_THINGS = frozenset({"arm", "arms", "weapon", "equipment", "ammunition", "drug", "cash", "money", "boat", "vehicle"})
#: Who fights fires: when they "attack" it, it is the blaze.
_FIREFIGHTERS = frozenset({"firefighter", "fireman", "firemen", "fire", "firefighting"})
#: Verbs of taking that, done by robbers, tell a robbery: "armed robbers stole diamonds".
_TAKING = frozenset({"steal", "snatch", "grab", "loot", "make", "seize", "board"})
#: What a vehicle does in an accident besides crashing: "the bus plunged into a ravine".
_VEHICLE_MISHAPS = frozenset({"plunge", "overturn", "veer", "skid", "topple", "flip", "plummet"})
#: What a company or a runner "beats" that is no rival: forecasts, a record, the deadline.
_BEATEN_MARKS = frozenset({"forecast", "estimate", "expectation", "target", "odds", "record", "deadline", "traffic", "heat",
                           "rush", "consensus", "projection"})
#: Words of an abduction, whose victims are taken "from" where it happened ("kidnapped 20 students
#: from a school in Kaduna").
_ABDUCTING = frozenset({"kidnap", "abduct", "kidnapping", "abduction", "snatch", "seize"})
#: Nouns of a robbery, whose loot is taken "from" where it happened.
_ROBBERY_NOUNS = frozenset({"robbery", "heist", "holdup", "stickup"})
#: Who takes by force: robbers, gunmen, bandits, and armed or masked men.
_ROBBERS = frozenset({"robber", "gunman", "gunmen", "bandit", "raider", "hijacker", "pirate"})


def _robbers_take(parse: _Parse, i: int) -> bool:
    """A verb of taking whose subject is robbers, in the past: "four armed robbers made off with
    $137 million of jewels", "gunmen stole the payroll", "pirates seized (boarded) a bulk carrier";
    not "thieves stole a bicycle" (a theft, no violence), "made a statement" nor "the robber will grab"."""
    t = parse.tokens[i]
    lemma = t.lemma.lower()
    if t.tag not in _PAST_TAGS or t.dep in {"amod", "acl"}:
        return False
    if lemma == "make" and not (any(parse.tokens[c].lemma.lower() == "off" for c in parse.kids(i, "prt", "prep"))):
        return False  # "made off with", not "made a statement"
    if lemma in {"seize", "board"} and not parse.kids(i, "dobj", "obj"):
        return False  # "software pirates seized on the leak"
    subjects = parse.kids(i, "nsubj") or (parse.kids(t.head, "nsubj") if t.dep == "conj" else [])
    for s in subjects:
        tok = parse.tokens[s]
        if tok.lemma.lower() in _ROBBERS or tok.text.lower() in _ROBBERS:
            return True
        if tok.lemma.lower() in {"man", "men"} and any(parse.tokens[a].lemma.lower() in {"armed", "masked"} for a in parse.kids(s, "amod")):
            return True
    return False


def _so_far(parse: _Parse, i: int) -> bool:
    """Whether a verb's clause counts up to now over several operations: "in their five operations
    so far"; not the running total of one crackdown ("have arrested 40 so far in the crackdown")."""
    subtree = parse.subtree(i)
    words = " ".join(parse.tokens[j].text.lower() for j in subtree)
    several = any(parse.tokens[j].tag == "NNS" and parse.kids(j, "nummod") and (
        parse.tokens[j].lemma.lower() in lx.NOUN_TRIGGERS or parse.tokens[j].lemma.lower() in {"operation", "raid", "mission", "patrol"})
                  for j in subtree if j != i)
    return several and bool(re.search(r"\b(?:so far|to date|thus far|in all|in total)\b", words))


#: Verbs by which a deed is done ("carried out", "committed", "pulled off" one of them).
_DOING_VERBS = frozenset({"carry", "commit", "stage", "pull", "launch", "mount", "conduct", "perpetrate", "execute"})
#: Words of a deed done by people: a "disaster" they are told in was no natural one.
_HUMAN_CAUSES = frozenset({"bomb", "bombing", "bomber", "attack", "attacker", "terrorist", "terrorism", "gunman", "shooting",
                           "hijack", "hijacker", "hijacking"})


def _done_one_of(parse: _Parse, i: int) -> int | None:
    """For a plural event noun in "<verb> one of the ... <noun>s", the verb: "carried out one of the
    biggest jewel heists in history" tells one heist, done then; not "it was one of the deadliest
    attacks" (a ranking of an event told elsewhere) nor "one of the attacks" told before."""
    tokens = parse.tokens
    tok = tokens[i]
    if tok.tag not in {"NNS", "NNPS"} or tok.dep != "pobj" or tokens[tok.head].text.lower() != "of":
        return None
    one = tokens[tok.head].head
    if tokens[one].text.lower() != "one" or tokens[one].dep not in {"dobj", "obj"}:
        return None
    verb = tokens[one].head
    return verb if tokens[verb].pos == "VERB" and tokens[verb].tag in _PAST_TAGS and tokens[verb].lemma.lower() in _DOING_VERBS else None


#: Makers of aircraft, and the pattern of aircraft models ("Tu-154", "An-26", "A320", "MD-80"): a
#: vehicle as surely as "plane" is.
_AIRCRAFT_MAKERS = frozenset({"boeing", "airbus", "antonov", "tupolev", "ilyushin", "embraer", "bombardier", "cessna", "sukhoi",
                              "yakovlev", "fokker", "learjet", "gulfstream", "beechcraft", "sikorsky", "dornier", "lockheed"})
_AIRCRAFT_MODEL = re.compile(r"(?:Tu|An|Il|Yak|Mi|Su|MD|DC|ATR|CRJ|ERJ|C|KC|CH|UH)-\d{1,3}[A-Z]?|(?:Tu|An|Il|Yak|MD|DC|ATR|CRJ|ERJ)\d{2,3}[A-Z]?"
                             r"|A\d{3}(?:neo|[A-Z])?", re.IGNORECASE)
_RELATIVE_PRONOUNS = frozenset({"which", "that", "who"})


def _doing_subjects(parse: _Parse, i: int) -> list[int]:
    """A verb's subjects, with a relative pronoun read as what it stands for: in "a plane that
    crashed near Smolensk", the plane."""
    subjects = parse.kids(i, "nsubj")
    if parse.tokens[i].dep == "relcl" and (not subjects or all(parse.tokens[s].text.lower() in _RELATIVE_PRONOUNS for s in subjects)):
        return [parse.tokens[i].head]
    if parse.tokens[i].dep == "acl" and parse.tokens[i].tag == "VBG" and not subjects:
        return [parse.tokens[i].head]  # "thousands of workers blocking a highway": the workers
    return subjects


def _a_vehicle(parse: _Parse, j: int) -> bool:
    """Whether token ``j`` names a vehicle: "plane", "train", or an aircraft's maker or model
    ("a Boeing 737", "the Tu-154")."""
    tok = parse.tokens[j]
    if tok.lemma.lower() in lx.VEHICLES or _AIRCRAFT_MODEL.fullmatch(tok.text):
        return True
    # a maker with its model ("a Boeing 737", "an Antonov An-26"), not its shares ("Boeing shares crashed")
    return tok.text.lower() in _AIRCRAFT_MAKERS and (bool(parse.kids(j, "nummod")) or any(
        parse.tokens[c].lemma.lower() in lx.VEHICLES or _AIRCRAFT_MODEL.fullmatch(parse.tokens[c].text) for c in parse.kids(j, "appos", "compound"))
        or tok.dep == "compound" and (parse.tokens[tok.head].lemma.lower() in lx.VEHICLES or bool(_AIRCRAFT_MODEL.fullmatch(parse.tokens[tok.head].text))))


#: Verbs of a fatal fall: "fell to his death", "died after falling 150 metres".
_FALLING = frozenset({"fall", "plunge", "tumble", "slip"})


def _fall_to_death(parse: _Parse, i: int) -> bool:
    """"The climber fell to his death", "plunged to their deaths"."""
    return any(parse.tokens[o].lemma.lower() == "death" for p in parse.kids(i, "prep") if parse.tokens[p].text.lower() == "to"
               for o in parse.kids(p, "pobj"))


#: Verbs of the police taking someone in for a deed ("arrested a woman in the 1967 killings").
_ARRESTING = frozenset({"arrest", "detain", "charge", "apprehend", "nab"})
#: Measures against a third party: agreeing on them is no cooperation with it ("agreed on sanctions").
_COERCIVE_MEASURES = frozenset({"sanction", "embargo", "boycott", "tariff", "blockade"})
#: Verbs that undo such a measure: agreeing to them is cooperation ("agreed to lift sanctions").
_UNDOING = frozenset({"lift", "end", "ease", "cut", "remove", "reduce", "drop", "suspend", "scrap", "relax", "waive", "cancel"})
#: People whose occupying a place is a protest ("students occupied the parliament").
_PROTESTING_PEOPLE = frozenset({"protester", "protestor", "demonstrator", "student", "activist", "worker", "farmer",
                                "crowd", "supporter", "opponent", "striker", "campaigner"})


#: Who takes a surrender into custody: "surrendered to police", "to FBI agents".
_CUSTODIANS = frozenset({"police", "authority", "officer", "agent", "detective", "deputy", "sheriff", "marshal", "fbi",
                         "investigator", "trooper", "constable", "gendarme"})


def _gave_up_to_police(parse: _Parse, i: int) -> bool:
    """A person giving themselves up: "turned himself in to police", "gave herself up", "surrendered
    to FBI agents"; not "rebels surrendered their weapons", "turned the evidence in", nor "the army
    surrendered the town"."""
    tokens = parse.tokens
    lemma = tokens[i].lemma.lower()
    particles = {tokens[c].lemma.lower() for c in parse.kids(i, "prt", "advmod")}
    reflexive = any(tokens[c].text.lower() in _REFLEXIVES for c in parse.kids(i, "dobj", "obj"))
    if lemma == "turn" and reflexive and "in" in particles | {tokens[c].text.lower() for c in parse.kids(i, "prep")}:
        return True
    if lemma == "give" and reflexive and "up" in particles:
        return True
    if lemma == "surrender" and not parse.kids(i, "dobj", "obj"):
        to = [o for p in parse.kids(i, "prep") if tokens[p].text.lower() == "to" for o in parse.kids(p, "pobj")]
        return any(tokens[x].lemma.lower() in _CUSTODIANS or "police" in tokens[x].text.lower()
                   for o in to for x in [o, *parse.kids(o, "compound")])
    return False


def _stormed_in_protest(parse: _Parse, i: int) -> bool:
    """Whether "storm" at ``i`` tells protesters forcing their way in ("a group of about 200
    communists stormed the Acropolis"); not gunmen or police storming a building."""
    tokens = parse.tokens
    doers = [x for d in _doing_subjects(parse, i) for x in [d, *(o for p in parse.kids(d, "prep") if tokens[p].text.lower() == "of"
                                                              for o in parse.kids(p, "pobj"))]]
    return any(tokens[d].lemma.lower() in _PROTESTING_PEOPLE | {"communist", "rioter", "mob", "youth", "anarchist"} for d in doers)


def _occupied_in_protest(parse: _Parse, i: int) -> bool:
    """Whether "occupy" at ``i`` tells protesters taking a place: "hundreds of students occupied
    the parliament"; not "troops occupied the town", nor who lives or works somewhere ("a
    dormitory occupied by students")."""
    tokens = parse.tokens
    if tokens[i].dep in {"acl", "relcl", "amod"} or parse.kids(i, "auxpass"):
        return False  # "a dormitory occupied by students", "the flat, occupied by three students": who lives there
    doers = parse.kids(i, "nsubj")
    doers += [o for d in doers for p in parse.kids(d, "prep") if tokens[p].text.lower() == "of" for o in parse.kids(p, "pobj")]
    return any(tokens[d].lemma.lower() in _PROTESTING_PEOPLE for d in doers)


#: Verbs of coming upon a thing, whose state a participle may tell ("found the car torched").
_FINDING = frozenset({"find", "discover", "locate", "recover", "spot"})


def _found_so(parse: _Parse, i: int) -> bool:
    """Whether participle ``i`` tells the state a vehicle was found in: "police found the car
    torched", "the getaway van was found burned out"; not "rioters torched a car"."""
    tokens = parse.tokens
    t = tokens[i]
    if t.tag != "VBN":
        return False
    head = tokens[t.head]
    if t.dep in {"acl", "amod"} and head.lemma.lower() in lx.VEHICLES:  # "found the car — torched and unoccupied —"
        return tokens[head.head].lemma.lower() in _FINDING and head.dep in {"dobj", "obj", "nsubjpass"}
    if parse.kids(i, "agent", "mark", "nsubj", "nsubjpass", "aux", "auxpass"):
        return False  # "recovered the van after it had been torched by arsonists": a deed told in its own clause
    if t.dep in {"oprd", "xcomp", "advcl", "ccomp", "acomp"} and head.lemma.lower() in _FINDING:  # "was found torched"
        return any(tokens[x].lemma.lower() in lx.VEHICLES for x in parse.kids(head.i, "dobj", "obj", "nsubjpass"))
    return False


#: Verbs of violence that are also words of play, and what players aim them at or who plays.
_PLAY_VERBS = frozenset({"attack", "fire", "shoot", "strike", "storm", "raid", "bomb", "hit"})
#: Times of a match: "attacked relentlessly after the break", "in the opening 20 minutes".
_MATCH_TIMES = frozenset({"minute", "half", "break", "interval", "period", "quarter", "game", "match", "opening", "start",
                          "restart", "spell", "session", "half-time", "halftime", "stoppage", "overtime", "innings"})
_PLAY_TARGETS = frozenset({"defence", "defense", "stump", "wicket", "goal", "box", "flank", "wing", "ball", "net", "basket",
                           "rim", "line", "backline", "area", "space", "post", "bar", "crossbar", "lead", "pitch", "green", "hole",
                           "birdie", "eagle", "bogey", "par", "round", "ace", "putt", "lap", "try", "pointer", "three-pointer",
                           "shot", "cross", "header", "volley", "effort", "free-kick", "penalty", "corner", "winner", "equaliser",
                           "equalizer", "six", "four", "boundary", "century", "ton", "fifty"})
#: What is attacked in words: "attacked the government over the tax law", "attacked the proposal".
_POLICIES = frozenset({"government", "policy", "proposal", "plan", "decision", "law", "bill", "budget", "move", "remark", "comment",
                       "statement", "report", "ruling", "handling", "strategy", "idea", "approach", "reform", "administration",
                       "record", "tax", "deal", "agreement", "measure", "verdict", "judgment", "judgement", "leadership", "media"})


def _at_play(parse: _Parse, i: int) -> bool:
    """Whether a verb of violence tells play in a match report: "the striker attacked the
    defence", "the visitors attacked relentlessly", "shot a final-round 66"; never when an
    attacker does it or a person is its object ("a gunman shot two fans after the match")."""
    tokens = parse.tokens
    if not _sports_context(parse, i):
        return False
    objects = parse.kids(i, "dobj", "obj", "nsubjpass")
    subjects = {tokens[c].lemma.lower() for c in _doing_subjects(parse, i)}
    golf = {t.lemma.lower() for t in tokens[max(0, i - 25): i + 25]} & {"birdie", "bogey", "stroke", "par", "putt", "fairway"}
    if objects and golf and any(tokens[o].pos == "NUM" for o in objects):
        return True  # "shot a final-round 66 to win by three strokes": a score, not two people shot
    if subjects & (_ATTACKERS | {"gunman", "fan", "supporter", "hooligan", "mob", "police", "man", "woman"}) or any(
            _a_person(parse, o) or tokens[o].lemma.lower() in _HUMAN_NOUNS for o in objects):
        return False
    if {tokens[o].lemma.lower() for o in objects} & _PLAY_TARGETS or subjects & _PLAYERS:
        return True
    if objects:
        return all(tokens[o].pos == "NUM" for o in objects)  # "shot a 66"
    # "the visitors attacked relentlessly (after the break)", with nothing attacked; not "shot at supporters"
    preps = [p for p in parse.kids(i, "prep", "agent")
             if not {tokens[o].lemma.lower() for o in parse.kids(p, "pobj")} & _MATCH_TIMES]
    return tokens[i].lemma.lower() == "attack" and tokens[i].tag != "VBN" and not preps


def _criticised(parse: _Parse, i: int) -> bool:
    """ "Attacked the government over the tax law", "attacked the minister for his failure to act":
    criticism; not "a mob attacked a man over remarks" (a doer of blows, whatever the reason)."""
    tokens = parse.tokens
    objects = {tokens[o].lemma.lower() for o in parse.kids(i, "dobj", "obj")}
    if objects & _POLICIES:
        return True
    doers = {tokens[s].lemma.lower() for s in _doing_subjects(parse, i)}
    reasons = _prep_objects(parse, i, "over") | _prep_objects(parse, i, "for")
    return bool(objects) and bool(reasons & (_POLICIES | _WORDS_SAID)) and not doers & (_ATTACKERS | _CROWDS | _PHYSICAL_DOERS)


#: Waters that flood when they overflow.
_WATERS = frozenset({"river", "stream", "nullah", "canal", "dam", "lake", "creek", "reservoir", "drain", "rivulet", "tributary",
                     "water", "sea", "tide", "levee", "embankment"})
#: What is "shot down" in words: "shot down reports that ...".
_CLAIMS = frozenset({"report", "rumour", "rumor", "claim", "suggestion", "speculation", "idea", "proposal", "story", "notion",
                     "talk", "bid", "plan", "motion", "request", "allegation"})
#: Words that make an "attack" one of words: "a scathing attack on the budget".
_WORDY = frozenset({"scathing", "verbal", "stinging", "withering", "blistering", "personal", "rhetorical", "written", "thinly-veiled"})
#: Words of bodily violence: an "attack" near them is no team's bowlers.
_BLOWS = frozenset({"gun", "gunman", "bomb", "kill", "wound", "injure", "police", "stab", "shoot", "knife", "hospital", "dead"})
#: What people are attacked in words for: "attacked the minister over his comments".
_WORDS_SAID = frozenset({"handling", "failure", "comment", "remark", "silence", "statement", "speech", "stance", "response",
                         "position", "record", "conduct", "decision", "vote", "tweet", "claim", "view"})
#: Doers of blows: what they attack is attacked bodily, whatever the reason given.
_PHYSICAL_DOERS = frozenset({"mob", "gunman", "man", "woman", "youth", "crowd", "gang", "assailant", "soldier", "police", "officer"})
#: What is killed in politics and business, not in violence.
_KILLABLE_PLANS = frozenset({"bill", "measure", "proposal", "plan", "deal", "idea", "project", "motion", "amendment", "legislation",
                             "reform", "merger", "bid", "talk", "initiative", "scheme", "story", "rumour", "rumor", "momentum",
                             "game", "contest", "match", "tie", "chance", "hope", "mood", "buzz", "engine", "light", "power",
                             "career", "prospect", "appetite", "demand", "sale", "growth", "deal-making"})
_PLAYERS = frozenset({"visitor", "host", "guest", "home", "away", "striker", "forward", "winger", "midfielder", "defender", "bowler", "batsman", "batter", "opener",
                      "pitcher", "hitter", "quarterback", "guard", "centre", "center", "team", "side", "player", "captain",
                      "substitute", "playmaker", "attacker", "spinner", "seamer", "keeper", "goalkeeper"})


#: People who protest by what they do: "youths threw stones", "residents blocked the road".
_CROWDS = _PROTESTING_PEOPLE | frozenset({"youth", "rioter", "resident", "villager", "trucker", "driver", "fan", "mob", "teacher",
                                         "nurse", "doctor", "employee", "staff", "member", "people", "community", "union",
                                         "miner", "taxi", "motorist", "hundred", "thousand", "dozen", "group", "rider",
                                         "operator", "vendor", "trader", "hawker", "pensioner", "veteran"})
_MISSILES_THROWN = frozenset({"stone", "rock", "bottle", "brick", "molotov", "projectile", "firecracker", "egg", "firework",
                              "fireworks",
                              "cocktail", "object", "flare"})
_THOROUGHFARES = frozenset({"road", "highway", "street", "motorway", "traffic", "railway", "rail", "bridge", "entrance",
                            "junction", "intersection", "border", "crossing", "port", "access", "route", "track", "line"})
_LAW_AND_ORDER = frozenset({"police", "officer", "policeman", "riot", "force", "troop", "soldier", "guard", "gendarme", "car", "vehicle"})


#: Words that make a strike one of labour: "a general strike", "a hunger strike", "a strike by teachers".
_LABOUR_STRIKES = frozenset({"general", "hunger", "labour", "labor", "shutter-down", "shutter", "nationwide", "national", "wildcat",
                             "transport", "rail", "teacher", "doctor", "nurse", "worker", "union", "trader", "trucker",
                             "24-hour", "48-hour", "one-day", "two-day", "three-day", "indefinite", "sit-down", "pay"})
_STRIKE_HOLDING = frozenset({"observe", "stage", "hold", "launch", "begin", "start", "join", "call", "declare", "mount", "end",
                             "continue", "extend", "paralyse", "paralyze", "cripple", "shut", "halt", "disrupt"})


def _labour_strike(parse: _Parse, i: int) -> bool:
    """A strike of workers, not of warplanes: "traders observed a shutter-down strike", "a general
    strike paralysed Athens", "a strike by doctors"; not "an air strike" nor "a drone strike"."""
    tokens = parse.tokens
    mods = {tokens[c].lemma.lower() for c in parse.kids(i, "amod", "compound", "nmod")}
    if mods & {"air", "drone", "missile", "military", "rocket", "airstrike", "aerial", "precision", "retaliatory", "pre-emptive",
               "preemptive", "nuclear", "israeli", "russian", "us", "u.s."} or _MILITARY_CONTEXT & {
            tokens[j].lemma.lower() for j in range(max(0, i - 12), min(len(tokens), i + 12))}:
        return False
    by = {tokens[o].lemma.lower() for p in parse.kids(i, "prep") if tokens[p].text.lower() == "by" for o in parse.kids(p, "pobj")}
    holder = tokens[tokens[i].head] if tokens[i].dep in {"dobj", "obj", "nsubj", "nsubjpass"} else None
    holders = {tokens[s].lemma.lower() for s in parse.kids(holder.i, "nsubj")} if holder is not None else set()
    # "traders observed a strike", "nurses began a strike at three hospitals": held by people who work
    if mods & _LABOUR_STRIKES or by & (_CROWDS | _LABOUR_STRIKES) or holders & (_CROWDS | _LABOUR_STRIKES):
        return True
    if any(tokens[p].text.lower() in {"on", "at"} and any(tokens[o].ent_type not in {"DATE", "TIME"} for o in parse.kids(p, "pobj"))
           for p in parse.kids(i, "prep")):
        return False  # "launched a strike on a building in Rafah": a blow struck (not "a strike on Saturday")
    return holder is not None and holder.lemma.lower() in _STRIKE_HOLDING and not holders


_PROTEST_ACTS = frozenset({"walk", "throw", "hurl", "pelt", "block", "barricade", "blockade"})


def _protest_act(parse: _Parse, i: int) -> EventKind | None:
    """A protest told by what the protesters did: "rail workers walked off the job", "youths threw
    stones at police", "residents have blocked the main road to the mine"; not "police blocked the
    road" nor "he threw a ball at the officer's feet"."""
    tokens = parse.tokens
    lemma = tokens[i].lemma.lower()
    subjects = _doing_subjects(parse, i) or (_doing_subjects(parse, tokens[i].head) if tokens[i].dep in {"conj", "advcl", "xcomp"} else [])
    doers = {tokens[s].lemma.lower() for s in subjects}  # "activists who glued themselves to the road and blocked traffic"
    if lemma == "walk" and ("job" in _prep_objects(parse, i, "off") or doers & _CROWDS and any(
            tokens[c].text.lower() == "out" for c in parse.kids(i, "prt", "advmod")) and not _sports_context(parse, i)):
        return EventKind.PROTEST  # "walked off the job", "nurses walked out"; not "the striker walked off the pitch"
    objects = {tokens[o].lemma.lower() for o in parse.kids(i, "dobj", "obj")}
    if (lemma in {"throw", "hurl"} and objects & _MISSILES_THROWN and _prep_objects(parse, i, "at") & _LAW_AND_ORDER
            or lemma == "pelt" and objects & _LAW_AND_ORDER):
        return EventKind.PROTEST  # a riot, which the news and the GUIDE type as a protest
    armed = any(_armed(parse, s) or tokens[s].lemma.lower() in _ATTACKERS or any(
        tokens[o].lemma.lower() in _ATTACKERS | {"gunman", "bandit"} for p in parse.kids(s, "prep") for o in parse.kids(p, "pobj"))
        for s in subjects)  # "a group of gunmen blocked the highway"
    many = any(tokens[s].tag in {"NNS", "NNPS"} or tokens[s].lemma.lower() in {"crowd", "group", "hundred", "thousand", "dozen", "mob"}
               for s in subjects)  # protesters, not "a truck driver blocked the road"
    if lemma in {"block", "barricade", "blockade"} and doers & _CROWDS and not doers & _LAW_AND_ORDER and objects & _THOROUGHFARES \
            and many and not armed:
        return EventKind.PROTEST
    return None


_RELIEF_WORDS = frozenset({"flood", "floodwater", "relief", "earthquake", "quake", "storm", "cyclone", "hurricane", "typhoon",
                           "evacuate", "evacuation", "humanitarian", "landslide", "wildfire", "disaster"})
_MILITARY_UNITS = frozenset({"troop", "soldier", "force", "marine", "paratrooper", "commando", "warship", "battalion",
                             "brigade", "unit", "jet", "warplane", "army", "navy", "sailor", "frigate", "destroyer"})


def _military_act(parse: _Parse, i: int) -> bool:
    """A military operation told by what the force did: "deployed 500 soldiers to the border",
    "navy commandos boarded a hijacked ship and freed its crew"; not "deployed a new app" nor
    "police freed the hostages" (a police operation)."""
    tokens = parse.tokens
    lemma = tokens[i].lemma.lower()
    objects = [tokens[o].lemma.lower() for o in parse.kids(i, "dobj", "obj")]
    sentence = {t.lemma.lower() for t in tokens[max(0, i - 25): i + 25]}
    if sentence & _RELIEF_WORDS:
        return False  # "soldiers rescued 200 villagers trapped by floodwaters", "deployed troops to help with relief"
    if lemma == "deploy":
        return bool(set(objects) & _MILITARY_UNITS) and not {"police", "policeman", "officer"} & set(objects)
    subjects = [j for s in _doing_subjects(parse, i) for j in [s, *parse.kids(s, "compound", "amod")]]
    military = {tokens[j].lemma.lower() for j in subjects} & (_MILITARY_UNITS | {"military", "naval", "special"})
    if lemma in {"free", "rescue"} and military:
        return any(tokens[o].lemma.lower() in {"crew", "hostage", "sailor", "captive", "seafarer", "passenger"} or _a_person(parse, o)
                   for o in parse.kids(i, "dobj", "obj"))
    if lemma == "board" and military:
        return any(tokens[o].lemma.lower() in lx.VESSELS | {"carrier", "freighter", "tanker", "dhow", "skiff"} for o in parse.kids(i, "dobj", "obj"))
    return False


#: Weapons one wounds with by hand: "injured four people with a knife".
_HAND_WEAPONS = frozenset({"knife", "machete", "axe", "ax", "sword", "gun", "pistol", "rifle", "handgun", "hammer", "cleaver",
                           "screwdriver", "blade", "firearm", "shotgun", "bat", "crossbow"})


def _armed(parse: _Parse, j: int) -> bool:
    """ "A man armed with a knife", "an armed man": someone who came armed."""
    return any(parse.tokens[c].lemma.lower() == "armed" or parse.tokens[c].text.lower() == "armed"
               for c in parse.kids(j, "acl", "amod"))


def _blown_up(parse: _Parse, i: int) -> bool:
    """ "Blew himself up", "blew up a bridge", "blew the car up": a bombing; not "blew up at
    reporters", "the deal blew up" or "blew up balloons"."""
    if not any(parse.tokens[c].text.lower() == "up" for c in parse.kids(i, "prt", "advmod")):
        return False
    objects = parse.kids(i, "dobj", "obj")
    if any(parse.tokens[o].lemma.lower() in {"himself", "herself", "themselves", "itself"} for o in objects):
        return True
    return any(parse.tokens[o].lemma.lower() in _BLOWN_TARGETS for o in objects) or any(
        parse.tokens[s].lemma.lower() in _ATTACKERS for s in _doing_subjects(parse, i))


#: What is blown up in attacks: the targets that make "blew up X" a bombing.
_BLOWN_TARGETS = frozenset({"bridge", "building", "car", "vehicle", "bus", "truck", "pipeline", "railway", "rail", "track",
                            "train", "station", "tower", "house", "home", "office", "checkpoint", "convoy", "mosque",
                            "church", "shrine", "dam", "plant", "embassy", "school", "depot", "tank", "jeep", "road"})


def _trigger_kind(parse: _Parse, i: int) -> EventKind | None:
    t = parse.tokens[i]
    lemma = t.lemma.lower()
    if lemma == "dead" and i > 0 and parse.tokens[i - 1].text.lower() == "shot" and parse.tokens[i - 1].pos == "NOUN" and (
            parse.kids(i, "dobj", "obj")):
        return EventKind.KILLING  # "gunmen riding a motorcycle shot dead a polio worker", which the parser reads as a "shot"
    if t.pos == "NOUN" and lemma == "round" and any(parse.tokens[c].lemma.lower() in {"first", "second", "opening", "final", "third"}
                                                    for c in parse.kids(i, "amod")) and _voting_context(parse, i) and not (
            _prep_objects(parse, i, "of") - {"voting", "vote", "election", "ballot", "poll", "balloting"}):
        return EventKind.ELECTION  # "after a fragmented first round on April 12, in which 35 candidates ran"
    if t.pos == "VERB" and t.tag in _PAST_TAGS and (kind := _result_told_otherwise(parse, i)) is not None:
        return kind  # "took the men's title", "stunned the top seed in the semifinals", "the first leg ended 1-1"
    if t.pos == "VERB" and lemma in _RAMMING and t.tag in _PAST_TAGS | {"VBG"} and _rammed_into_people(parse, i):
        return EventKind.ATTACK  # "a man drove a truck into a crowd", "ploughed his car into pedestrians"
    if t.pos == "VERB" and lemma == "fight" and t.tag == "VBG" and t.dep in {"csubj", "nsubj"} and not parse.kids(i, "dobj", "obj") \
            and _kills(parse, i):
        return EventKind.MILITARY_OPERATION  # "fighting in the capital left dozens dead" (read as a verb)
    if t.pos == "VERB" and lemma in _MUNITION_LANDING and t.tag in _PAST_TAGS and t.dep not in {"amod", "compound"} and any(
            _a_munition(parse, x, lemma) for x in parse.kids(i, "nsubj")) and not any(
            parse.tokens[o].lemma.lower() in _NOT_STRUCK for o in [*parse.kids(i, "dobj", "obj"), *(
                o for p in parse.kids(i, "prep") for o in parse.kids(p, "pobj"))]):
        # "a guided bomb hit a council building", "five mortar shells landed near the airport"; not "the
        # new drone hit the market", "the missile hit a record range"
        return EventKind.ATTACK
    if t.pos == "VERB" and lemma in _VEHICLE_MISHAPS and t.tag in _PAST_TAGS | {"VBZ"} and any(
            _a_vehicle(parse, s) for s in _doing_subjects(parse, i)):
        return EventKind.DISASTER  # "the bus plunged into a ravine", "a truck overturned": a road accident
    if t.pos == "VERB" and lemma in _DEADLY_BLOWS and "death" in _prep_objects(parse, i, "to") and any(
            _a_person(parse, c) or parse.tokens[c].lemma.lower() in _HUMAN_NOUNS for c in parse.kids(i, "dobj", "obj", "nsubjpass")):
        # "was beaten to death", "kicked to death"; "stabbed" or "shot to death" stays the attack that
        # killed, as the rest of the report names it ("the shooting"), of the same class
        return lx.VERB_TRIGGERS.get(lemma) if lx.VERB_TRIGGERS.get(lemma) in lx.VIOLENCE else EventKind.KILLING
    if t.pos == "VERB" and t.tag in _PAST_TAGS | {"VBZ", "VBP"} and _gave_up_to_police(parse, i):
        return EventKind.ARREST  # "turned himself in to police", "gave himself up", "surrendered to the FBI": taken into custody
    if t.pos == "NOUN" and lemma == "strike" and t.dep == "pobj" and parse.tokens[t.head].text.lower() == "on" and (
            parse.tokens[parse.tokens[t.head].head].lemma.lower() in {"go", "be", "remain", "stay", "come"}):
        return EventKind.PROTEST  # "hundreds of workers went on strike": a strike of labour, not an air strike
    if t.pos == "NOUN" and lemma == "strike" and _labour_strike(parse, i):
        return EventKind.PROTEST  # "traders observed a shutter-down strike", "a general strike paralysed Athens"
    if t.pos == "VERB" and lemma == "storm" and _stormed_in_protest(parse, i):
        return EventKind.PROTEST  # "about 200 communists stormed the Acropolis", "protesters stormed the embassy"
    if t.pos == "VERB" and lemma in _TAKING and _robbers_take(parse, i):
        return EventKind.ATTACK  # a robbery: violence against people, as the lexicon types "rob"
    if t.pos == "VERB" and lemma in _FALLING and t.tag in _PAST_TAGS | {"VBG", "VB", "VBP", "VBZ"} and _fall_to_death(parse, i):
        return EventKind.DISASTER  # a fatal fall, an accident as the news types it
    if t.pos == "VERB" and lemma in _PROTEST_ACTS and t.tag in _PAST_TAGS | {"VBG"} and (kind := _protest_act(parse, i)) is not None:
        return kind  # "workers walked off the job", "youths threw stones at police", "residents blocked the road"
    if t.pos == "VERB" and lemma in {"deploy", "free", "rescue", "board"} and t.tag in _PAST_TAGS | {"VBG"} and _military_act(parse, i):
        return EventKind.MILITARY_OPERATION  # "Ghana deployed 500 soldiers", "navy commandos freed the crew"
    if t.pos == "VERB" and lemma in {"explode", "blow"} and t.tag in _PAST_TAGS | {"VBZ", "VBG"} and not _bomb_told(parse, i) and any(
            parse.tokens[x].lemma.lower() in _PRESSURE_SOURCES for s in _doing_subjects(parse, i)
            for x in [s, *parse.kids(s, "compound")]):
        return EventKind.DISASTER  # "a petrol tanker exploded after crashing", "a gas cylinder exploded": an accident
    if t.pos == "VERB" and lemma == "drown":
        if parse.kids(i, "prt"):
            return None  # "the crowd drowned out the anthem"
        if parse.kids(i, "dobj", "obj"):
            return EventKind.KILLING  # "the woman drowned her two children"
    if lemma == "martyr" and t.dep == "amod":
        return None  # "the martyred leader's son": an epithet
    if t.pos == "VERB" and lemma == "blow" and t.tag in _PAST_TAGS | {"VBG"} and _blown_up(parse, i):
        return EventKind.ATTACK  # "a suicide bomber blew himself up outside a bank", "militants blew up a bridge"
    if t.pos in {"VERB", "AUX"} and lemma in lx.VERB_TRIGGERS:
        if lemma == "storm" and {"victory", "win", "title", "lead", "top", "success", "gold", "triumph", "power"} & (
                _prep_objects(parse, i, "to") | _prep_objects(parse, i, "into")):
            return EventKind.SPORTS_RESULT if _sports_context(parse, i) else None  # "stormed to victory in the marathon"
        if lemma in _PLAY_VERBS and _at_play(parse, i):
            return None  # "the striker attacked the defence", "the visitors attacked relentlessly", "shot a 66": play
        if lemma == "attack" and _criticised(parse, i):
            return None  # "the opposition attacked the government over the new tax law": words, not blows
        if lemma == "kill" and {parse.tokens[c].lemma.lower() for c in parse.kids(i, "dobj", "obj", "nsubjpass")} & _KILLABLE_PLANS:
            return None  # "senators killed a bill", "the deal was killed"
        if lemma == "kill" and {parse.tokens[o].lemma.lower() for p in parse.kids(i, "prt") if parse.tokens[p].text.lower() == "off"
                                for o in [*parse.kids(p, "pobj"), *parse.kids(i, "dobj", "obj")]} & _KILLABLE_PLANS:
            return None  # "a double strike killed off the contest" (the parser may hang the contest on "off")
        if lemma in {"kill", "maul", "trample", "gore"} and {parse.tokens[o].lemma.lower() for s in [
                *parse.kids(i, "nsubj"), *(o for a in parse.kids(i, "agent") for o in parse.kids(a, "pobj"))]
                for o in [s]} & _WILD_ANIMALS:
            return None  # "a farmer who was killed by a tiger": no deed of people
        if lemma == "kill" and any(parse.tokens[o].text.lower() == "it" for o in parse.kids(i, "dobj", "obj")) and _quoted(parse, i):
            return None  # 'the company had "killed it" abroad': a success
        if t.dep == "amod" and lemma == "elect":
            return None  # "holding elected office": an office, not a vote
        if lemma == "vote" and any(parse.tokens[j].lemma.lower() in _MEASURES for c in parse.kids(i, "prep", "xcomp", "dobj")
                                   for j in parse.subtree(c)):
            return None  # "voted in favour of a resolution", "voted to approve the budget": a decision, not an election
        if lemma == "jail" and any(parse.tokens[p].text.lower() == "for" and any(parse.tokens[o].ent_type == "DATE" or parse.tokens[o].lemma.lower() == "life" for o in parse.subtree(p))
                                   for p in parse.kids(i, "prep")):
            return None  # "was jailed for 12 years": a sentence served, not an arrest
        if lemma == "jail" and t.dep == "amod":
            return None  # "the jailed preacher Anjem Choudary": who he is, not an arrest the text tells
        if lemma == "jail" and any(parse.tokens[x].lemma.lower() in _COURTS for x in
                                   [*parse.kids(i, "nsubj"), *(o for a in parse.kids(i, "agent") for o in parse.kids(a, "pobj"))]):
            return None  # "a court in Sweden jailed three men": a sentence passed, not an arrest
        if lemma == "attack" and {parse.tokens[j].lemma.lower() for s in parse.kids(i, "nsubj") for j in [s, *parse.kids(s, "compound")]} & _FIREFIGHTERS:
            return None  # "fire crews attacked it from all sides": a blaze fought, no violence
        if lemma == "attack" and ({parse.tokens[c].lemma.lower() for c in parse.kids(i, "dobj", "obj", "nsubjpass")}
                                  | ({parse.tokens[t.head].lemma.lower()} if t.dep in {"acl", "relcl"} and t.tag == "VBN" else set())
                                  ) & _ABSTRACT_TARGETS:
            return None  # "efforts sometimes attacked by Palin", "attacked the plan": words, not violence
        if lemma == "vote" and parse.kids(i, "xcomp"):
            return None  # "the board voted to close the plant": a decision, not an election
        if lemma == "vote" and {parse.tokens[x].lemma.lower() for s in parse.kids(i, "nsubj")
                                for x in [s, *parse.kids(s, "conj")]} & _DECIDING_BODIES and not any(
                parse.tokens[p].text.lower() in {"for", "as"} and any(parse.tokens[o].ent_type == "PERSON" or parse.tokens[o].lemma.lower()
                                                                      in {"president", "speaker", "leader", "prime", "chief"}
                                                                      for o in parse.subtree(p)) for p in parse.kids(i, "prep")):
            return None  # "shareholders voted on Thursday to approve the merger", "lawmakers voted 62-41"
        if lemma == "execute" and ({parse.tokens[c].lemma.lower() for c in parse.kids(i, "dobj", "obj", "nsubjpass")} & _EXECUTED_THINGS
                                   or not parse.kids(i, "dobj", "obj", "nsubjpass") and t.dep != "acl"):
            return None  # "detectives executed a search warrant", "executed the plan", "executing better"
            # (not "Brown, executed in Texas on Thursday": the man it describes is the one executed)
        if lemma in {"capture", "seize"} and (caught := {parse.tokens[c].lemma.lower() for c in parse.kids(i, "dobj", "obj", "nsubjpass")}) \
                and caught <= _NOT_CAUGHT:
            return None  # "video capturing the moment", "seizing the inflection point", "captured the title"
        if lemma == "capture" and _on_camera(parse, i):
            return None  # "cellphone video captured the two boats", "a man captured on surveillance video"
        if any(parse.tokens[c].text.lower() in _REFLEXIVES for c in parse.kids(i, "dobj", "obj")):
            return None  # "before killing himself", "shot himself by accident": no deed against others
        if any(parse.tokens[c].text.lower() in {"verbally", "metaphorically", "figuratively"} for c in parse.kids(i, "advmod")):
            return None  # "he was verbally attacked": words, not a blow
        if lemma == "occupy" and not _occupied_in_protest(parse, i):
            return None  # "troops occupied the town", "the post he occupied": no protest
        if lemma in {"torch", "burn"} and _found_so(parse, i):
            return None  # "police found the car torched": the state of what was found, not a deed of its own
        if t.tag not in _PAST_TAGS and t.tag not in {"VBZ", "VBP", "VBG"}:
            if not any(parse.tokens[a].lemma.lower() in lx.PLOT_LEMMAS for a in parse.ancestors(i, 3)) and not _purpose_of_past_action(parse, i):
                return None  # bare infinitive with no plot verb: "to arrest"
        if t.tag in {"VBZ", "VBP"} and not any(parse.tokens[c].lemma == "have" for c in parse.kids(i, "aux")) and t.i > 0 and not _is_headline(parse, i) and i > 60:
            return None  # simple present: habitual or generic ("services cooperate closely")
        if lemma == "find" and _found_murdered(parse, i):
            return EventKind.KILLING  # "his mother and sister were found dead at home", in a report of a murder
        required = lx.OBJECT_REQUIRED.get(lemma)
        if required is not None:
            if lemma == "round":
                return lx.VERB_TRIGGERS[lemma] if any(parse.tokens[c].lemma == "up" for c in parse.kids(i, "prt")) else None
            if lemma in {"crash", "derail", "collide"}:  # "the plane crashed", "a train derailed"; not "markets crashed"
                return EventKind.DISASTER if any(_a_vehicle(parse, x) for s in _doing_subjects(parse, i)
                                                 for x in [s, *(c for c in parse.kids(s, "compound") if parse.tokens[c].text.lower() not in _AIRCRAFT_MAKERS)]) else None
            if lemma in {"sink", "capsize"}:  # a vessel going down; "a torpedo sank the ship" is an attack
                # ("capsized off Lampedusa": the parser may take the place for an object after "off")
                # "a duck boat sinking on a lake": the vessel the participle describes
                going_down = parse.kids(i, "nsubj") + ([t.head] if t.dep == "acl" and t.tag == "VBG" else [])
                if t.dep == "acl" and t.tag == "VBN" and not parse.kids(i, "agent"):
                    going_down.append(t.head)  # "after a wooden boat capsized on the Niger", read as a reduced relative
                carried = parse.tokens[t.head]
                if t.dep == "acl" and carried.dep in {"dobj", "obj"} and parse.tokens[carried.head].dep == "acl":
                    going_down.append(parse.tokens[carried.head].head)  # "a boat carrying 200 passengers capsized", misread
                return EventKind.DISASTER if (not parse.kids(i, "dobj", "obj") or parse.kids(i, "prt")) and any(
                    parse.tokens[x].lemma.lower() in lx.VESSELS for x in going_down) else None
            if lemma in {"hang", "strangle"}:  # "hanged his daughter", "was hanged", "strangled his wife"; not "hung a banner",
                # "hung him out to dry", "hanged himself", "strangled the economy"
                return EventKind.KILLING if not parse.kids(i, "prt") and any(
                    _a_person(parse, x) for x in parse.kids(i, "dobj", "obj", "nsubjpass")) else None
            if lemma == "erupt" and _named_volcano_erupts(parse, i):
                return EventKind.DISASTER  # "Kilauea erupted", not "Gaza erupted in violence"
            if lemma in _SHAKING_VERBS and not _shaken_by_nature(parse, i):
                return None  # "The Lightning rattled Montreal", "a flood of lawsuits rattled the company"
            if lx.VERB_TRIGGERS[lemma] is EventKind.DISASTER:
                return EventKind.DISASTER if _natural_subject(parse, i) else None
            if lemma == "agree":
                # "agreed on a pact", "agreed to cooperate"; "agreed to buy" is the purchase itself
                kids = parse.kids(i, "xcomp", "prep", "dobj", "ccomp")
                if any(_trigger_kind(parse, k) not in (None, EventKind.COOPERATION) for k in kids):
                    return None
                if not kids:
                    return None
                if any(parse.tokens[o].lemma.lower() in _COERCIVE_MEASURES for k in kids
                       for o in [k, *parse.kids(k, "pobj"), *([] if parse.tokens[k].lemma.lower() in _UNDOING else parse.kids(k, "dobj"))]):
                    return None  # "the EU agreed on new sanctions against Syria": a measure against a third party
                subjects = parse.kids(i, "nsubj") or (parse.kids(parse.tokens[i].head, "nsubj") if parse.tokens[i].dep == "conj" else [])
                parties = {"official", "government", "country", "side", "leader", "minister", "party", "state", "nation",
                           "delegation", "negotiator", "group", "company", "union", "council", "member", "president"}
                return EventKind.COOPERATION if any(
                    parse.tokens[x].ent_type in {"ORG", "GPE", "NORP"} or parse.tokens[x].lemma.lower() in parties
                    or any(parse.tokens[y].ent_type in {"GPE", "NORP", "ORG"} for y in parse.subtree(x))
                    for x in subjects) else None
            if lemma == "fire":
                preps = {parse.tokens[c].text.lower() for c in parse.kids(i, "prep")}
                objs = {parse.tokens[c].lemma.lower() for c in parse.kids(i, "dobj")}
                if {parse.tokens[j].lemma.lower() for c in parse.kids(i, "dobj") for j in parse.subtree(c)} & _CROWD_CONTROL:
                    # "police fired tear gas to disperse the protest": the protest's policing, not an attack;
                    # fired "at thousands of protesters", it tells the protest itself
                    at = {parse.tokens[j].lemma.lower() for p in parse.kids(i, "prep") if parse.tokens[p].text.lower() in {"at", "on", "into"}
                          for j in parse.subtree(p)}
                    return EventKind.PROTEST if at & (_PROTESTING_PEOPLE | {"crowd", "rioter", "march", "rally"}) else None
                return EventKind.ATTACK if preps & {"on", "at", "into"} or objs & {"shot", "shell", "rocket", "mortar", "missile", "bullet", "round", "grenade"} else None
            if lemma == "gun":
                return EventKind.KILLING if any(parse.tokens[c].lemma == "down" for c in parse.kids(i, "prt")) else None
            if lemma == "stone":
                return EventKind.ATTACK if parse.kids(i, "dobj", "nsubjpass") else None
            if lemma == "raid":
                return _operation_kind(parse, i, EventKind.ARREST)
            if lemma in _FINDING_VERBS:  # "found 30 rifles", "turned up 640 kg of cocaine": only by police
                if lemma == "turn" and not any(parse.tokens[c].lemma == "up" for c in parse.kids(i, "prt")):
                    return None
                return EventKind.SEIZURE if _contraband_found(parse, i) else None
            if lemma == "break":  # "broke up a network"
                objects = {parse.tokens[c].lemma.lower() for c in parse.kids(i, "dobj", "nsubjpass", "obj")}
                has_up = any(parse.tokens[c].lemma == "up" for c in parse.kids(i, "prt"))
                return lx.VERB_TRIGGERS[lemma] if has_up and objects & lx.OBJECT_REQUIRED[lemma] else None
            objects = {parse.tokens[c].lemma.lower() for c in parse.kids(i, "dobj", "nsubjpass", "obj")}
            if t.dep in {"acl", "relcl"} and t.tag == "VBN":
                objects.add(parse.tokens[t.head].lemma.lower())  # "the agreement signed last week"
            if lemma == "shoot" and any(parse.tokens[c].lemma.lower() == "down" for c in parse.kids(i, "prt", "advmod")) and \
                    objects & _CLAIMS:
                return None  # "the manager shot down reports that ...": denied
            if lemma == "shoot" and any(parse.tokens[c].lemma.lower() in {"dead", "fatally"} for c in parse.kids(i)):
                return EventKind.KILLING  # "shot dead", "fatally shot"
            if lemma == "target" and {parse.tokens[c].lemma.lower() for c in parse.kids(i, "nsubj")} & (_POLICE_CONTEXT | {"operation", "investigation", "probe", "sanction", "law", "measure", "campaign"}):
                return None  # "the operation targeted the gang": not an attack
            if lemma in {"target", "shoot"}:
                # "shot and wounded three people": the object the two verbs share
                objects |= {parse.tokens[o].lemma.lower() for c in parse.kids(i, "conj") for o in parse.kids(c, "dobj", "obj")
                            if parse.tokens[c].lemma.lower() in {"wound", "injure"}}  # "shot and killed a man" stays a killing
                return lx.VERB_TRIGGERS[lemma] if objects - _REFLEXIVES or parse.kids(i, "nsubjpass") else None
            if lemma in {"disperse", "intercept"}:  # "to disperse thousands of protesters", "intercepted a shipment of cocaine"
                objects |= {parse.tokens[o].lemma.lower() for c in parse.kids(i, "dobj", "nsubjpass", "obj")
                            for p in parse.kids(c, "prep") if parse.tokens[p].text.lower() == "of" for o in parse.kids(p, "pobj")}
            if not objects & required:
                return None
        if lemma in {"capture", "seize"} and _object_is_place(parse, i):
            return EventKind.MILITARY_OPERATION
        if lemma in {"capture", "nab", "apprehend"} and (caught := parse.kids(i, "dobj", "obj", "nsubjpass")) and all(
                _a_vehicle(parse, c) for c in caught):
            return EventKind.SEIZURE  # "three boats were captured": things taken, not people arrested
        if lemma == "seize" and _people_taken(parse, i):
            return EventKind.ARREST  # "troops seized three suspects", "seizing 12 Somali and 11 Yemeni nationals"
        if lemma in {"seize", "confiscate"}:
            objects = parse.kids(i, "dobj", "nsubjpass", "obj")
            heads = {parse.tokens[c].lemma.lower() for o in objects for c in [o, *parse.kids(o, "conj")]}
            if heads and heads <= _EVIDENCE:
                return None  # "investigators seized documents from the suspects": evidence, not contraband
        if lemma in _WINNING and not _sports_context(parse, i):
            if lemma in {"win", "sweep"} and t.tag in _PAST_TAGS and any(
                    parse.tokens[o].lemma.lower() in _WON_IN_A_VOTE for o in parse.kids(i, "dobj", "obj")):
                return EventKind.ELECTION  # "won the race for Ohio's 13th District, defeating Republican Rep. ..."
            return None
        if lemma in _WINNING - {"beat", "defeat", "edge", "thrash", "win"} and not (
                _split_score(parse, i) and any(t.pos == "PROPN" for t in parse.tokens[i + 1: i + 6])):
            return None  # "stunned co-hosts Australia 3-2"; not "the news stunned fans", "crushed the protest"
        if lemma in {"beat", "edge"} and {parse.tokens[c].lemma.lower() for c in parse.kids(i, "dobj", "obj")} & _BEATEN_MARKS:
            return None  # "the company beat forecasts": a mark, not a rival
        if lemma in {"buy", "purchase", "acquire", "merge"} and not _company_context(parse, i):
            return None
        if lemma == "strike":
            if _natural_subject(parse, i):
                return EventKind.DISASTER  # "an earthquake struck"
            if not {parse.tokens[j].lemma.lower() for j in range(max(0, i - 10), min(len(parse.tokens), i + 10))} & _MILITARY_CONTEXT:
                return None
        if lemma == "shoot" and any(parse.tokens[c].lemma.lower() == "dead" for c in parse.kids(i)):
            return EventKind.KILLING  # "shot dead"
        if lemma == "clash" and not _armed_sides(parse, i) and any(
                parse.tokens[d].lemma.lower() in _PROTESTING_PEOPLE | {"rioter", "youth", "fan"} for d in _doing_subjects(parse, i)):
            return EventKind.PROTEST  # "protesters clashed with police in Nairobi": the protest turned violent
        if lemma == "clash" and not _armed_sides(parse, i):
            return None  # "protesters clashed with police": the protest's; "the US and Russia clashed at the UN"
        if lemma in lx.CASUALTY_VERBS and _natural_cause(parse, i):
            return EventKind.DISASTER  # "torrential rains killed 31 people", "31 were killed in floods"
        if lemma in {"kill", "die"} and (violence := _violent_cause(parse, i)) is not None:
            return violence  # "three were killed in an air strike": the strike, told with its dead
        if lemma == "die":
            return EventKind.DISASTER if _natural_cause(parse, i) else None  # deaths with no told cause are no event
        return lx.VERB_TRIGGERS[lemma]
    if t.pos in {"NOUN", "PROPN"} and i >= 2 and parse.tokens[i - 1].text in {"-", "\u2010"}:
        first = parse.tokens[i - 2].lemma.lower()  # "run-off", "air-strike": one word split by the tokenizer
        lemma = next((w for w in (first + lemma, f"{first}-{lemma}") if w in lx.NOUN_TRIGGERS), lemma)
    if t.pos == "VERB" and lemma in {"wound", "injure"} and (t.tag in _PAST_TAGS or t.tag == "VBG"):
        subjects = parse.kids(i, "nsubj") or (parse.kids(t.head, "nsubj") if t.dep == "conj" else [])
        if any(parse.tokens[x].lemma.lower() in _ATTACKERS or _armed(parse, x) for x in subjects) or (
                subjects and (_prep_objects(parse, i, "with") | {w for o in parse.kids(i, "dobj", "obj")
                                                                  for w in _prep_objects(parse, o, "with")}) & _HAND_WEAPONS and any(
                    parse.tokens[o].lemma.lower() in _COUNTED_PEOPLE or _a_person(parse, o) for o in parse.kids(i, "dobj", "obj"))):
            return EventKind.ATTACK  # "a gunman shot and wounded three people", "a man injured four people with a knife"
    if t.pos == "VERB" and lemma == "take" and "street" in _prep_objects(parse, i, "to") and (
            t.tag in _PAST_TAGS or t.tag == "VBG") and not parse.kids(i, "dobj"):
        return EventKind.PROTEST  # "100,000 people took to the streets"; not "took the suspect to the street"
    if t.pos == "VERB" and lemma == "take" and t.tag in _PAST_TAGS and "custody" in _prep_objects(parse, i, "into") and not (
            {parse.tokens[c].lemma.lower() for c in parse.kids(i, "dobj", "nsubjpass")} & (lx.CONTRABAND | _EVIDENCE)):
        return EventKind.ARREST  # "police took him into custody", "was taken into custody"; not "took the rifle into custody"
    if t.pos in {"AUX", "VERB"} and lemma == "be" and t.tag in {"VBZ", "VBP"} and _held_in_custody(parse, i):
        return EventKind.ARREST  # "13 people are in custody", "the alleged shooter is in police custody"; not "was in custody at the time"
    if t.pos == "NOUN" and lemma in {"fire", "gunfire"} and t.dep != "compound" and _weapon_fire(parse, i) and (
            lemma == "gunfire" or parse.tokens[t.head].lemma.lower() in {"open", "return", "exchange", "trade"}) and not (
            _prep_objects(parse, t.head, "over") or _prep_objects(parse, i, "over")):
        return EventKind.ATTACK  # "a gunman opened fire at a mosque", "police returned fire", "troops exchanged fire"
    if t.pos in {"NOUN", "PROPN"} and lemma in {"explosion", "blast"} and (any(
            parse.tokens[c].lemma.lower() in _ACCIDENTAL_SOURCES for c in parse.kids(i, "compound", "amod")) or (
            _at_a_works(parse, i) and not _bomb_told(parse, i)) or _accidental_cause(parse, i)):
        return EventKind.DISASTER  # "a gas explosion ripped through an apartment block", "an explosion at a chemical plant": an accident
    if t.pos == "VERB" and lemma == "collapse" and t.tag in _PAST_TAGS | {"VBZ"} and any(
            parse.tokens[x].lemma.lower() in _STRUCTURES for s in _doing_subjects(parse, i)
            for x in [s, *(o for p in parse.kids(s, "prep") if parse.tokens[p].text.lower() == "of"
                           and parse.tokens[s].lemma.lower() in _STRUCTURE_PARTS for o in parse.kids(p, "pobj"))]):
        return EventKind.DISASTER  # "a three-storey building collapsed", "a portion of a building collapsed"; not "talks collapsed"
    if t.pos == "NOUN" and lemma in {"collapse", "cave-in"} and any(
            parse.tokens[o].lemma.lower() in _STRUCTURES
            for p in parse.kids(i, "prep") if parse.tokens[p].text.lower() == "of" for o in parse.kids(p, "pobj")):
        return EventKind.DISASTER  # "the collapse of a three-storey building"; not "the collapse of the talks"
    if t.pos == "VERB" and lemma in {"overflow", "overtop", "flood"} and t.tag in _PAST_TAGS and t.dep not in {"relcl", "advcl"} and not (
            _prep_objects(parse, i, "with")) and (
            any(parse.tokens[s].lemma.lower() in _WATERS or parse.tokens[s].pos == "PROPN" and lemma == "overflow"
                for s in parse.kids(i, "nsubj"))):
        return EventKind.DISASTER  # "the Danube overflowed", "Nullah Leh overflowed and submerged low-lying localities"
    if t.pos == "VERB" and lemma == "burst" and t.dep != "relcl" and any(parse.tokens[o].lemma.lower() in {"bank", "banks", "levee", "dam", "embankment"}
                                                  for o in parse.kids(i, "dobj", "obj")):
        return EventKind.DISASTER  # "the Danube burst its banks": a flood (not "the river, which burst its banks", told of one)
    if t.pos == "NOUN" and lemma == "outbreak" and any(
            parse.tokens[j].lemma.lower() in _DISEASES for j in [*parse.kids(i, "compound", "amod", "nmod"),
                                                                 *(o for p in parse.kids(i, "prep") if parse.tokens[p].text.lower() == "of"
                                                                   for o in parse.kids(p, "pobj"))]):
        return EventKind.DISASTER  # "a cholera outbreak in Lusaka", "an outbreak of Ebola"
    if t.pos in {"NOUN", "PROPN"} and lemma in lx.NOUN_TRIGGERS:
        kind = lx.NOUN_TRIGGERS[lemma]
        if t.dep == "compound" and lemma not in {"cooperation"}:
            return None  # "attack plans", "election officials"
        if lemma == "attack" and (_prep_objects(parse, i, "on") | _prep_objects(parse, i, "against")) & (_ABSTRACT_TARGETS | _POLICIES) \
                or lemma == "attack" and any(parse.tokens[c].lemma.lower() in _WORDY for c in parse.kids(i, "amod")):
            return None  # "a scathing attack on the budget": words, not blows
        if lemma == "attack" and (_sports_context(parse, i) and not {tk.lemma.lower() for tk in parse.tokens[max(0, i - 20): i + 20]} & _BLOWS
                                  or any(parse.tokens[c].lemma.lower() in {"bowling", "pace", "spin", "seam"}
                                         for c in parse.kids(i, "amod", "compound"))):
            return None  # "Verma took the Australian (bowling) attack apart": the bowlers
        if lemma == "shootout" and any(parse.tokens[j].lemma.lower() in {"penalty", "penalties", "goal", "goalkeeper", "match"}
                                       for j in parse.sentence_of(i)):
            return None  # "won on a penalty shootout", "lost on penalties after a shootout": a match, not gunfire
        if kind is EventKind.DISASTER and lemma not in _ACCIDENTS and _figure_of_speech(parse, i):
            return None  # "a flood of posts", "a storm of criticism", "an avalanche of lawsuits"
        if (kind is EventKind.DISASTER and t.text[:1].isupper() and t.ent_type != "EVENT" and parse.kids(i, "det")
                and not parse.kids(i, "compound") and _sports_context(parse, i)):
            return None  # "The Avalanche beat the Blues", "the Hurricanes won 3-2": a team
        if lemma in {"agreement", "accord", "pact", "treaty", "memorandum", "partnership"}:
            heads = ([parse.tokens[t.head].lemma.lower()] if t.head != i else []) + [parse.tokens[c].lemma.lower() for c in parse.kids(i, "acl", "relcl")]
            if not (set(heads) & {"sign", "seal", "conclude", "reach", "ink", "strike"} or
                    any(parse.tokens[c].lemma.lower() in {"cooperation", "security", "military", "trade", "peace", "defence", "defense"} for c in parse.kids(i, "compound", "amod"))):
                return None
        if lemma == "cooperation" and t.dep not in {"compound", "nsubj", "dobj", "pobj"}:
            return None
        if t.ent_type in {"DATE", "TIME"}:
            return None  # "March 2015", "a fire-sale Friday"
        if lemma == "march" and t.text == "March" and not any(parse.tokens[d].lemma.lower() in {"the", "a", "this", "that"}
                                                              for d in parse.kids(i, "det")):
            return None  # "In March, a gunman killed four": the month, which the tagger did not tag
        if t.ent_type in {"ORG", "WORK_OF_ART", "LAW", "PRODUCT"} and t.ent_iob == "I":
            return None  # a word of a name: "the Asia Pacific Economic Cooperation", "the Battle Creek Enquirer"
        if lemma in {"operation", "campaign", "raid"}:
            return _operation_kind(parse, i, kind)
        if lemma == "strike" and any(parse.tokens[c].lemma.lower() in {"general", "hunger", "labour", "labor", "national", "nationwide", "teacher", "worker", "union", "rail", "transport"} for c in parse.kids(i, "amod", "compound")):
            return EventKind.PROTEST  # "a general strike", "a hunger strike"
        if lemma in {"strike", "fighting", "battle", "crackdown", "assault"} and not _has_security_word(parse, i) and not (
                lemma in {"fighting", "battle"} and _kills(parse, i)):
            return None  # (but "fighting in the province last July left more than 1,000 people dead")
        if lemma == "clash":
            return kind if _armed_clash(parse, i) else None
        if lemma in {"deal", "purchase"} and not _company_context_noun(parse, i):
            return None
        if lemma in _ACCIDENTS and not _of_vehicles(parse, i) and not _died_in(parse, i):
            return None  # "a plane crash", "the crash of a bus", "two people died in a crash"; not "the 2008 market crash"
        if lemma in {"fire", "storm", "march", "rally", "poll", "win"} and not _weak_noun_anchored(parse, i):
            return None
        if _weapon_fire(parse, i):
            return EventKind.ATTACK  # "Palestinian sniper fire killed a civilian"
        return kind
    return None


#: Subjects that deny anyone is held: "no one is in custody".
_NOBODY = frozenset({"no one", "nobody", "none", "noone"})


def _held_in_custody(parse: _Parse, i: int) -> bool:
    """Whether "is/are in custody" at ``i`` tells that someone is held by the police: "13 people
    are in custody", "the suspect is in police custody"; not "no one is in custody", "the
    suspect is not in custody" nor "the children are in the custody of their grandmother"."""
    tokens = parse.tokens
    subjects = parse.kids(i, "nsubj")
    if not subjects or parse.kids(i, "neg"):
        return False
    for s in subjects:
        words = " ".join(tokens[k].text.lower() for k in parse.subtree(s))
        if words in _NOBODY or any(tokens[d].lemma.lower() in {"no", "none"} for d in parse.kids(s, "det", "neg")):
            return False
    for prep in parse.kids(i, "prep"):
        if tokens[prep].text.lower() != "in":
            continue
        for custody in parse.kids(prep, "pobj"):
            if tokens[custody].lemma.lower() != "custody":
                continue
            if parse.kids(custody, "poss") or any(tokens[p].text.lower() == "of" for p in parse.kids(custody, "prep")):
                return False  # "in his father's custody", "in the custody of their grandmother"
            return True
    return False


def _armed_clash(parse: _Parse, i: int) -> bool:
    """A clash between armed sides ("died in clashes with rebels near Goma", "security forces
    clashed with gunmen"); clashes of protesters with police are the protest's."""
    near = {parse.tokens[j].lemma.lower() for j in range(max(0, i - 12), min(len(parse.tokens), i + 12))}
    return bool(near & _ARMED_WORDS)


def _armed_sides(parse: _Parse, i: int) -> bool:
    """The sides of a clash told by its verb include an armed one: "security forces clashed with
    gunmen", "troops clashed with rebels" (its subject, or what it clashed with)."""
    tokens = parse.tokens
    sides = [*parse.kids(i, "nsubj"), *(c for p in parse.kids(i, "prep") if tokens[p].text.lower() == "with" for c in parse.kids(p, "pobj"))]
    words = {tokens[j].lemma.lower() for s in sides for j in parse.subtree(s)}
    return bool(words & _ARMED_WORDS - {"group", "air"})


_PLACE_NOUNS = frozenset({"city", "town", "village", "district", "area", "territory", "stronghold", "base", "neighbourhood",
                          "neighborhood", "airport", "province", "region", "side", "part", "bank", "outskirts", "centre",
                          "center", "control", "hill", "port", "border", "crossing", "road", "highway", "bridge", "street",
                          "coast", "coastline", "shore", "island", "islands", "mountain", "mountains", "valley", "heart",
                          "capital", "suburb", "suburbs", "countryside", "tip", "edge"})
_HUMAN_NOUNS = frozenset({"member", "suspect", "people", "person", "man", "woman", "militant", "fighter", "individual", "leader",
                          "commander", "recruiter", "jihadist", "terrorist", "smuggler", "trafficker", "soldier", "officer",
                          "child", "citizen", "national", "migrant", "activist", "protester", "journalist", "gunman"})
_POLICE_CONTEXT = frozenset({"police", "security", "authority", "interior", "gendarmerie", "gendarme", "arrest", "suspect",
                             "cell", "network", "ring", "gang", "smuggling", "trafficking", "investigator", "prosecutor",
                             "detain", "bureau", "brigade", "customs", "guard", "intelligence", "dismantle"})
_MILITARY_CONTEXT = frozenset({"army", "military", "troop", "soldier", "coalition", "air", "militia", "offensive", "rebel",
                               "insurgent", "airstrike", "artillery", "tank", "jet", "drone", "navy", "battalion", "division",
                               "frontline", "front", "capture", "recapture", "warplane", "warship", "commando", "gunship"})


def is_noun_trigger(tok: Token) -> bool:
    """A nominal trigger ("the attack", "its acquisition")."""
    return tok.pos in {"NOUN", "PROPN"}


#: What is captured or seized in a figure of speech, not by police or troops.
_NOT_CAUGHT = frozenset({"moment", "attention", "imagination", "essence", "mood", "spirit", "heart", "title", "award",
                         "prize", "market", "vote", "seat", "sound", "light", "carbon", "medal", "championship", "opportunity",
                         "chance", "initiative", "point", "momentum", "lead", "advantage", "day", "headline", "interest",
                         "feeling", "beauty", "victory", "crown", "trophy", "pole", "nomination", "share", "glimpse"})
#: (footage, video, photos, data and records are what police do seize: not here)
#: What records a scene: a capture by one of them is a picture, not an arrest.
_RECORDERS = frozenset({"video", "camera", "footage", "photo", "photograph", "image", "cellphone", "phone", "surveillance",
                        "lens", "photographer", "film", "tape", "webcam", "dashcam", "bodycam", "cctv", "drone"})


def _on_camera(parse: _Parse, i: int) -> bool:
    """A capture by or on a recording: its subject records ("video captured the boats") or it is
    "captured on video", "caught on camera"."""
    tokens = parse.tokens
    if any(tokens[x].lemma.lower() in _RECORDERS for s in parse.kids(i, "nsubj") for x in [s, *parse.kids(s, "compound")]):
        return True
    for p in parse.kids(i, "prep"):
        prep = tokens[p].text.lower()
        for o in parse.kids(p, "pobj"):
            # "on surveillance video", "by a traffic camera", "in a photo"; not "in a video store"
            words = [o, *parse.kids(o, "compound")] if prep in {"on", "by"} else [o] if prep == "in" else []
            if any(tokens[w].lemma.lower() in _RECORDERS for w in words):
                return True
    return False


#: Words for people, beside the victims of :data:`_VICTIMS`: whom a hanging kills.
_PEOPLE_WORDS = frozenset({"daughter", "son", "baby", "boy", "girl", "wife", "husband", "mother", "father", "brother", "sister",
                           "prisoner", "inmate", "teenager", "infant", "toddler", "friend", "girlfriend", "boyfriend", "suspect",
                           "spy", "dissident", "activist", "journalist", "convict", "detainee"})


#: Verbs that set an event beside others ("the shooting follows two last week in Atlanta", "the attack
#: mirrored one in Paris"): what they govern is the others'.
_LIKENING_VERBS = frozenset({"follow", "precede", "mirror", "echo", "resemble", "recall", "surpass", "eclipse", "rival"})
#: Verbs that tell where a person lives their life, not where a deed was done ("her daughter, who
#: was studying in South Wales"); not "attend", "visit" or "work" ("aid workers who were working in a village").
_LIFE_VERBS = frozenset({"live", "study", "reside", "grow", "hail", "settle", "emigrate", "immigrate"})


def _a_person(parse: _Parse, j: int) -> bool:
    """Whether token ``j`` names a person: a person's name or a word for people."""
    tok = parse.tokens[j]
    return tok.ent_type == "PERSON" or tok.lemma.lower() in _VICTIMS | _PEOPLE_WORDS or tok.text.lower() in {"him", "her", "them"}


#: What a disaster noun may be "of" and still be a disaster ("a flood of water", "an avalanche of snow").
_NATURAL_MATTER = frozenset({"water", "rain", "mud", "lava", "snow", "ice", "rock", "debris", "ash", "sea", "seawater",
                             "river", "magnitude", "force", "strength", "intensity", "category", "year", "century", "decade"})


def _figure_of_speech(parse: _Parse, i: int) -> bool:
    """Whether a disaster noun is a figure of speech: "of" a plural or abstract thing that is no
    natural matter ("a flood of posts", "a storm of criticism", "an avalanche of lawsuits"); not "a
    flood of muddy water", "a storm of magnitude 5", "the flood of 1993"."""
    tokens = parse.tokens
    for p in parse.kids(i, "prep"):
        if tokens[p].text.lower() != "of":
            continue
        for o in parse.kids(p, "pobj"):
            lemma = tokens[o].lemma.lower()
            if tokens[o].pos == "NOUN" and lemma not in _NATURAL_MATTER and (tokens[o].tag == "NNS" or lemma in _OUTCRIES):
                return True
    return False


#: Things that come in a "storm" or a "flood" in a figure of speech.
_OUTCRIES = frozenset({"criticism", "protest", "outrage", "anger", "controversy", "speculation", "publicity", "support",
                       "abuse", "praise", "condemnation", "indignation", "information", "misinformation", "money", "cash",
                       "investment", "interest", "traffic", "activity", "news", "content", "emotion", "grief"})


#: Words that make a report one of a killing, so that the people "found dead" in it were killed.
_MURDER_WORDS = frozenset({"murder", "murderer", "homicide", "slaying", "slay", "killer", "kill", "killing", "strangle",
                           "stab", "stabbing", "gunman", "shoot", "shooting"})


def _found_murdered(parse: _Parse, i: int) -> bool:
    """Whether "found" tells people found dead ("four people were found dead in a burning
    house") in a report that speaks of a killing anywhere ("murder", "homicide", "killed", "a
    gunman"); in a report of a storm, or of a death alone, the dead were not killed."""
    tokens = parse.tokens
    if not any(tokens[c].lemma.lower() == "dead" for c in parse.kids(i, "oprd", "acomp", "xcomp")):
        return False
    if not any(_a_person(parse, x) or tokens[x].pos == "PRON" for x in parse.kids(i, "nsubjpass", "dobj")):
        return False
    return any(tok.lemma.lower() in _MURDER_WORDS for tok in tokens if tok.i != i)


#: Disaster nouns that are disasters only when vehicles crash, collide or go down ("a ferry sinking").
_ACCIDENTS = frozenset({"crash", "collision", "sinking", "capsizing"})


def _of_vehicles(parse: _Parse, i: int) -> bool:
    """Whether a crash or collision noun is one of vehicles: named beside it ("a plane crash",
    "the crash of a bus", "a collision between two trains", "a head-on collision with a truck")."""
    tokens = parse.tokens
    near = [*parse.kids(i, "compound", "amod", "nmod"),
            *(o for p in parse.kids(i, "prep") if tokens[p].text.lower() in {"of", "between", "with", "involving"}
              for obj in parse.kids(p, "pobj") for o in [obj, *parse.kids(obj, "conj")]),
            *(o for a in parse.kids(i, "acl") if tokens[a].lemma.lower() == "involve"  # "a crash involving a lorry and two cars"
              for obj in parse.kids(a, "dobj", "obj") for o in [obj, *parse.kids(obj, "conj")])]
    return any(tokens[x].lemma.lower() in lx.VEHICLES for x in near)


def _named_volcano_erupts(parse: _Parse, i: int) -> bool:
    """"Kilauea erupted, sending lava into the streets", "Mount Etna erupted again": a proper name
    erupting in a sentence about a volcano, when nothing says it erupted into something else
    ("Gaza erupted in violence"); not "Trump erupted at reporters"."""
    tokens = parse.tokens
    if not any(tokens[x].pos == "PROPN" for x in parse.kids(i, "nsubj")):
        return False
    sentence = parse.sentence_of(i)  # the whole parse tree of its sentence
    if not any(tokens[j].lemma.lower() in lx.VOLCANIC_WORDS for j in sentence):
        return False
    return not any(tokens[o].pos == "NOUN" for p in parse.kids(i, "prep") if tokens[p].text.lower() in {"in", "into", "with"}
                   for o in parse.kids(p, "pobj"))


def _natural_subject(parse: _Parse, i: int) -> bool:
    """The verb's subject is a natural force or a disaster ("the quake struck", "rains killed")."""
    subjects = parse.kids(i, "nsubj", "agent")
    if parse.tokens[i].dep == "relcl" or (parse.tokens[i].dep == "acl" and parse.kids(i, "dobj")):
        # "the quake, which struck …"; "Heavy rains killed six people", read as rains that were killed
        subjects.append(parse.tokens[i].head)
    for c in subjects:
        # "a series of earthquakes rocked …": look through "of"
        heads = [c] + [p for prep in parse.kids(c, "prep") for p in parse.kids(prep, "pobj")] + parse.kids(c, "pobj")
        if parse.tokens[c].pos == "PROPN":  # "Typhoon Haiyan killed ...": the named storm's kind
            heads += [x for x in parse.kids(c, "compound") if parse.tokens[x].lemma.lower() in _NAMED_HAZARDS]
        for h in heads:
            lemma = parse.tokens[h].lemma.lower()
            if (lemma in lx.NATURAL_CAUSES or lx.NOUN_TRIGGERS.get(lemma) is EventKind.DISASTER) and not _weapon_fire(parse, h) \
                    and (lemma not in _ACCIDENTS or _of_vehicles(parse, h)):
                return True
            if (lemma in _MISHAP_NOUNS and not _hit_and_run(parse, h)
                    or lemma == "collapse" and _trigger_kind(parse, h) is EventKind.DISASTER):
                return True  # "the stampede killed six", "the collapse of the building killed 12"
    return False


#: What explodes by accident: "a gas explosion", "a boiler blast", "a mine explosion".
_ACCIDENTAL_SOURCES = frozenset({"gas", "boiler", "chemical", "industrial", "mine", "factory", "pipeline", "methane", "fuel",
                                 "tanker", "fireworks", "firework", "accidental", "refinery", "plant"})
#: Verbs of a storm or a vehicle reaching a place: "a typhoon slammed into Cagayan".
_STRIKING_INTO = frozenset({"slam", "smash", "crash", "plough", "plow", "barrel", "sweep", "tear", "rip", "move", "roar"})
#: What explodes by accident as a subject: "a petrol tanker exploded", "a gas cylinder exploded"
#: (not "a car exploded": a car bomb, as often as not).
_PRESSURE_SOURCES = frozenset({"tanker", "cylinder", "boiler", "transformer", "reactor", "gas", "pipeline", "petrol", "fuel",
                               "plant", "factory", "refinery", "warehouse", "depot", "mill", "chemical", "fireworks", "firework"})
#: Works where an explosion is an accident unless a bomb is told: "an explosion at a chemical plant".
_WORKS = frozenset({"plant", "factory", "mine", "refinery", "warehouse", "depot", "mill", "works", "facility", "pipeline",
                    "colliery", "quarry", "foundry", "smelter", "shipyard", "port"})
#: Structures whose collapse is a disaster.
_STRUCTURES = frozenset({"building", "bridge", "house", "home", "hotel", "block", "roof", "tower", "dam", "mine", "tunnel", "wall", "stadium", "school",
                         "pit", "shaft", "trench", "quarry", "canopy", "stage", "grandstand", "balcony", "footbridge", "pier",
                         "church", "mosque", "structure", "storey", "apartment", "flyover", "overpass", "scaffolding", "crane",
                         "ceiling", "mall", "factory"})
#: Parts of a structure: "a portion of a building collapsed".
_STRUCTURE_PARTS = frozenset({"portion", "part", "section", "wall", "floor", "roof", "side", "wing", "storey", "ceiling", "span"})
#: Diseases whose outbreak is an epidemic.
_DISEASES = frozenset({"cholera", "ebola", "measles", "diphtheria", "plague", "dengue", "malaria", "typhoid", "mpox",
                       "monkeypox", "meningitis", "polio", "anthrax", "marburg", "lassa", "yellow", "influenza", "flu",
                       "covid", "covid-19", "coronavirus", "virus", "disease", "epidemic", "salmonella", "legionnaires"})


#: What makes a blast an accident when it is named as the cause: "caused by a gas leak".
_ACCIDENT_CAUSES = frozenset({"leak", "nitrate", "fault", "circuit", "short-circuit", "spark", "negligence", "accident", "malfunction",
                              "overheating", "cylinder", "boiler", "gas", "fireworks", "firework", "chemical", "chemicals", "fuel",
                              "explosives", "dust", "methane", "lightning"})


def _accidental_cause(parse: _Parse, i: int) -> bool:
    """ "The blast, caused by ammonium nitrate stored at the port", "an explosion believed to have
    been caused by a gas leak": a cause that makes it an accident (not "caused by a bomb")."""
    holders = [i, parse.tokens[i].head] if parse.tokens[i].dep == "appos" else [i]  # "the August 4 blast, caused by", misread
    told = [j for h in holders for c in parse.kids(h, "acl", "relcl") for j in parse.subtree(c)]
    lemmas = {parse.tokens[j].lemma.lower() for j in told}
    return "cause" in lemmas and bool(lemmas & _ACCIDENT_CAUSES) and not lemmas & _BOMB_WORDS


def _after_clauses(parse: _Parse, i: int) -> list[int]:
    """The verbs of a word's "after" clauses: "died after being swept away", "died after his car hit a tree"."""
    tokens = parse.tokens
    out = [v for p in parse.kids(i, "prep") if tokens[p].text.lower() == "after" for v in parse.kids(p, "pcomp")]
    out += [c for c in parse.kids(i, "advcl") if any(tokens[m].text.lower() == "after" for m in parse.kids(c, "mark"))]
    return out


#: Verbs of being carried off by nature: "swept away", "washed away", "buried by a landslide".
_SWEPT = frozenset({"sweep", "wash", "carry", "bury", "drown", "electrocute", "trap", "engulf", "submerge"})
#: Words that make a driver who struck someone the doer of a crime: the car "fled", "manslaughter".
_DRIVER_CULPABLE = frozenset({"flee", "manslaughter", "murder", "homicide", "charge", "deliberately", "intentionally"})
#: Verbs of a vehicle striking someone: "hit by a bus", "run over by a lorry", "mowed down by a truck".
_RUN_DOWN = frozenset({"hit", "strike", "run", "mow", "knock", "crush", "ram"})
_ROAD_VEHICLES = frozenset({"car", "bus", "coach", "minibus", "truck", "lorry", "van", "vehicle", "motorcycle", "motorbike", "taxi",
                            "suv", "pickup", "trailer", "tractor", "matatu", "jeepney", "rickshaw", "jeep", "scooter", "train", "tram"})


def _mishap(parse: _Parse, v: int) -> bool:
    """An accident told by its verb: "(his truck) was swept off a flooded road", "being swept away",
    "their car hit a tree", "a bus plunged into a ravine"."""
    tokens = parse.tokens
    lemma = tokens[v].lemma.lower()
    if {tokens[j].lemma.lower() for j in parse.subtree(v)} & (_BOMB_WORDS | {"landmine", "mine", "shell", "gunfire", "bullet"}):
        return False  # "their car was hit by a drone", "their vehicle hit a roadside bomb": an attack
    if lemma in _SWEPT and (parse.kids(v, "auxpass", "prt") or tokens[v].tag == "VBN"):
        return True
    subjects = {tokens[s].lemma.lower() for s in parse.kids(v, "nsubj", "nsubjpass")}
    if subjects & _ROAD_VEHICLES and lemma in _VEHICLE_MISHAPS | {"hit", "strike", "crash", "collide", "slam", "smash", "skid", "roll"}:
        return True
    # "being hit by a speeding bus", "was run over by a truck"
    drivers = {tokens[o].lemma.lower() for a in parse.kids(v, "agent") for o in parse.kids(a, "pobj")}
    sentence = {tokens[j].lemma.lower() for j in parse.sentence_of(v)}
    # (not "hit by a car that fled the scene ... the driver is facing manslaughter charges": a crime)
    return bool(drivers & _ROAD_VEHICLES) and lemma in _RUN_DOWN and not sentence & _DRIVER_CULPABLE


def _died_in(parse: _Parse, i: int) -> bool:
    """ "Two people died in a crash", "were killed in a collision": a crash that kills is of vehicles."""
    tokens = parse.tokens
    prep = tokens[i].head
    return (tokens[i].dep == "pobj" and tokens[prep].text.lower() in {"in", "after"}
            and tokens[tokens[prep].head].lemma.lower() in {"kill", "die", "injure", "hurt", "wound"}
            and not {tokens[s].lemma.lower() for s in parse.kids(tokens[prep].head, "nsubj", "nsubjpass")} & _MONEYED)


#: Those a market crash hurts: "investors were hurt in the crash".
_MONEYED = frozenset({"investor", "shareholder", "saver", "market", "economy", "company", "bank", "business", "trader", "fund",
                      "pensioner", "homeowner", "stock", "share", "price"})


def _at_a_works(parse: _Parse, i: int) -> bool:
    """ "An explosion at a chemical plant", "a blast in a coal mine": where things explode by accident."""
    return any(parse.tokens[o].lemma.lower() in _WORKS for p in parse.kids(i, "prep") if parse.tokens[p].text.lower() in {"at", "in", "inside"}
               for o in parse.kids(p, "pobj"))


def _bomb_told(parse: _Parse, i: int) -> bool:
    """Whether the sentence of a blast tells of a bomb or an attacker ("a bomb exploded at a plant")."""
    sentence = range(max(0, i - 30), min(len(parse.tokens), i + 30))
    return any(parse.tokens[j].lemma.lower() in _BOMB_WORDS for j in sentence)


_BOMB_WORDS = frozenset({"bomb", "bomber", "explosive", "device", "ied", "grenade", "suicide", "attack", "attacker", "militant",
                         "terrorist", "sabotage", "rocket", "missile", "drone", "shell", "mortar", "strike", "insurgent"})

#: Fired or dropped munitions that strike by themselves: "a rocket struck a school".
_MUNITIONS = frozenset({"bomb", "shell", "mortar", "rocket", "missile", "drone", "grenade", "device", "ied", "projectile",
                        "munition", "shrapnel"})
#: What a thing "hits" in a figure of speech: "hit the market", "hit the headlines", "hit a record".
_NOT_STRUCK = frozenset({"market", "shelf", "store", "shop", "headline", "record", "high", "low", "peak", "mark", "note",
                         "jackpot", "road", "airwave", "screen", "target", "milestone", "range", "sale", "stride", "snag",
                         "deal", "goal", "agreement", "supply", "ocean", "sea", "pad", "orbit", "surface", "moon"})
#: Verbs of a munition striking: "hit", "struck", "landed", "slammed into".
_MUNITION_LANDING = frozenset({"hit", "strike", "land", "slam", "smash", "rain", "pound"})


def _a_munition(parse: _Parse, x: int, verb: str) -> bool:
    """Whether a subject is a fired or dropped munition: "a guided bomb", "five mortar shells", "an
    explosive device"; not the company Shell, nor "the rocket landed safely" (a rocket or a drone
    that lands is one only where the sentence tells of violence)."""
    tok = parse.tokens[x]
    lemma = tok.lemma.lower()
    if tok.pos != "NOUN" or lemma not in _MUNITIONS or not tok.text[:1].islower():
        return False
    if lemma == "device" and not any(parse.tokens[c].lemma.lower() in {"explosive", "improvised"} for c in parse.kids(x, "amod", "compound")):
        return False
    if verb == "land" and lemma in {"rocket", "drone", "missile"}:
        near = {t.lemma.lower() for t in parse.tokens[max(0, x - 20): x + 25]}
        return bool(near & (_BOMB_WORDS - {"rocket", "missile", "drone", "strike"} | set(lx.CASUALTY_VERBS) | {"wound", "injure", "damage"}))
    return True
#: Hazards that carry a name: "Typhoon Haiyan", "Hurricane Katrina", "Cyclone Idai".
_NAMED_HAZARDS = frozenset({"typhoon", "hurricane", "cyclone", "storm", "tropical"})
#: Verbs that tell a quake's shaking, and many other things ("the news rattled markets").
_SHAKING_VERBS = frozenset({"shake", "rattle"})


def _shaken_by_nature(parse: _Parse, i: int) -> bool:
    """A verb of shaking whose subject is itself a natural force, in lower case, or one in a series
    of them ("a quake shook Cobb", "a series of aftershocks rattled the city"); not a team ("The
    Lightning rattled Montreal"), a figure ("a flood of lawsuits"), the news or fear of one ("rumours
    of an eruption rattled tourists"), nor "shook off"."""
    tokens = parse.tokens
    if any(tokens[c].lemma.lower() in {"off", "up", "down", "out"} for c in parse.kids(i, "prt")):
        return False
    subjects = parse.kids(i, "nsubj") + ([tokens[i].head] if tokens[i].dep == "relcl" else [])
    for c in subjects:
        heads = [c] + ([p for prep in parse.kids(c, "prep") if tokens[prep].text.lower() == "of" for p in parse.kids(prep, "pobj")]
                       if tokens[c].lemma.lower() in _CAUSE_CONTAINERS else [])
        for h in heads:
            lemma = tokens[h].lemma.lower()
            if tokens[h].pos != "PROPN" and (tokens[h].text[:1].islower() or not parse.kids(h, "det")) and (
                    lemma in lx.NATURAL_CAUSES or lx.NOUN_TRIGGERS.get(lemma) is EventKind.DISASTER) and not _figure_of_speech(parse, h):
                return True
    return False


#: What makes "fire" the fire of weapons: "rocket fire", "sniper fire", "opened fire".
_WEAPONS = frozenset({"rocket", "gun", "sniper", "mortar", "artillery", "tank", "machine", "machine-gun", "automatic",
                      "small", "cross", "friendly", "enemy", "heavy", "live", "return", "rifle", "police", "army", "shell",
                      "missile", "cannon", "anti", "aircraft", "naval", "militant", "rebel"})


def _weapon_fire(parse: _Parse, h: int) -> bool:
    """``h`` is the fire of weapons, not a blaze: "hit by rocket fire", "traded gunfire", "opened fire"."""
    tok = parse.tokens[h]
    lemma = tok.lemma.lower()
    if lemma in {"gunfire", "crossfire", "shellfire", "gunshot"}:
        return True
    if lemma != "fire":
        return False
    if any(parse.tokens[c].lemma.lower() in _WEAPONS for c in parse.kids(h, "compound", "amod", "nmod")):
        return True
    opened = {"open", "return", "exchange", "trade"}  # "opened fire", even when parsed as "an opened fire"
    return (tok.dep in {"dobj", "obj"} and tok.head != h and parse.tokens[tok.head].lemma.lower() in opened
            or h > 0 and parse.tokens[h - 1].lemma.lower() in opened)


#: Words for an accident that kills: "killed in a road accident", "died in a mishap", "in the stampede".
_MISHAP_NOUNS = frozenset({"accident", "mishap", "pile-up", "pileup", "derailment", "stampede", "crush", "electrocution"})
#: Animals that kill people: their victims' deaths are no deed of people.
_WILD_ANIMALS = frozenset({"tiger", "leopard", "lion", "elephant", "bear", "shark", "crocodile", "alligator", "snake", "hippo",
                           "hippopotamus", "wolf", "buffalo", "bull", "jaguar", "cougar", "puma", "dog", "boar", "rhino"})
#: Verbs of driving a vehicle into people.
_RAMMING = frozenset({"drive", "plough", "plow", "ram", "smash", "slam", "steer", "crash", "mow"})
#: Those a vehicle is driven into in a ramming.
_RAMMED_CROWDS = frozenset({"crowd", "pedestrian", "people", "shopper", "worshipper", "worshiper", "protester", "demonstrator",
                     "reveller", "reveler", "spectator", "fan", "marcher", "passer-by", "passerby", "commuter", "tourist"})


def _rammed_into_people(parse: _Parse, i: int) -> bool:
    """ "Drove a truck into a crowd", "ploughed his car into pedestrians": a vehicle driven into people
    on purpose; not a driver who "lost control" and ploughed into them."""
    tokens = parse.tokens
    into = [o for p in parse.kids(i, "prep") if tokens[p].text.lower() in {"into", "through"} for o in parse.kids(p, "pobj")]
    into += [x for o in into for p in parse.kids(o, "prep") if tokens[p].text.lower() == "of" for x in parse.kids(p, "pobj")]
    if not any(tokens[o].lemma.lower() in _RAMMED_CROWDS for o in into):  # ("into a group of pedestrians")
        return False
    vehicle = [o for o in parse.kids(i, "dobj", "obj") if tokens[o].lemma.lower() in lx.VEHICLES]
    subjects = [tokens[s].lemma.lower() for s in parse.kids(i, "nsubj")]
    if not vehicle and not set(subjects) & (lx.VEHICLES | {"driver", "man", "attacker", "assailant", "suspect", "woman"}):
        return False
    sentence = {tokens[j].lemma.lower() for j in parse.sentence_of(i)}
    if sentence & {"control", "accident", "accidentally", "brake", "skid", "medical", "seizure", "crash", "avoid", "swerve"}:
        return False
    # "drove a van into pedestrians before stabbing people": the stabbing tells the attack, and where
    then = [v for c in parse.kids(i, "advcl", "conj", "prep") for v in [c, *parse.kids(c, "pcomp")]]
    return not any(tokens[v].lemma.lower() in {"stab", "shoot", "attack", "hack", "slash", "open"} for v in then)


#: What a winner takes: "took the men's title", "claimed gold".
_PRIZES = frozenset({"title", "crown", "gold", "trophy", "cup", "championship", "medal", "pennant", "belt"})
#: Rounds of a contest in which a win is a result: "stunned the top seed in the semifinals".
_ROUNDS = frozenset({"final", "semifinal", "semi-final", "semi", "quarterfinal", "quarter-final", "quarter", "round", "playoff",
                     "play-off", "decider", "tiebreak", "tie-break"})
#: What "ended 1-1": a match.
_MATCHES = frozenset({"match", "game", "leg", "tie", "fixture", "derby", "clash", "final", "semifinal", "encounter", "contest"})


def _result_told_otherwise(parse: _Parse, i: int) -> EventKind | None:
    """A sports result told without "beat" or "won": "took the men's title", "claimed the gold",
    "stunned top seed Maria Ionescu in the semifinals", "the first leg in Casablanca ended 1-1"."""
    tokens = parse.tokens
    lemma = tokens[i].lemma.lower()
    objects = {tokens[o].lemma.lower() for o in parse.kids(i, "dobj", "obj")}
    if lemma in {"take", "claim", "clinch", "retain", "defend", "lift", "seal", "bag", "scoop"} and objects & _PRIZES and (
            _sports_context(parse, i)) and not any(_prep_objects(parse, o, "of") | _prep_objects(parse, o, "as")
                                                   for o in parse.kids(i, "dobj", "obj")):
        return EventKind.SPORTS_RESULT  # (not "clinched the crown of the world's most valuable company")
    rounds = _prep_objects(parse, i, "in").union(*(_prep_objects(parse, o, "in") for o in parse.kids(i, "dobj", "obj")))
    if lemma in _WINNING and rounds & _ROUNDS and objects and _sports_context(parse, i):
        return EventKind.SPORTS_RESULT
    if lemma in {"end", "finish"} and any(tokens[s].lemma.lower() in _MATCHES for s in parse.kids(i, "nsubj")) and _split_score(parse, i):
        return EventKind.SPORTS_RESULT
    return None


def _kills(parse: _Parse, j: int) -> bool:
    """Whether a noun is the subject of a verb of killing: "fighting killed 30", "the battle left 1,000
    people dead", "fighting that claimed 40 lives"."""
    tokens = parse.tokens
    verbs = [tokens[j].head] if tokens[j].dep in {"nsubj", "csubj"} else []
    verbs += [r for r in parse.kids(j, "relcl")]  # "fighting that left 40 dead"
    for v in verbs:
        lemma = tokens[v].lemma.lower()
        objects = parse.kids(v, "dobj", "obj")
        # people counted: "killed 30", "claimed 40 lives", "left more than 1,000 people dead"; not "claimed
        # her life" (an illness), "killed the merger" (a lawsuit)
        counted = any(parse.kids(o, "nummod") or tokens[o].like_num or tokens[o].lemma.lower() in {"dozen", "hundred", "thousand"}
                      for o in objects) and not {tokens[o].lemma.lower() for o in objects} & _KILLABLE_PLANS
        if lemma in {"kill", "claim"} and counted:
            return True
        if lemma == "leave" and any(tokens[k].lemma.lower() in {"dead", "killed"} for k in parse.subtree(v)) and (
                counted or any(tokens[k].like_num for k in parse.subtree(v))):
            return True
    return False


def _quoted(parse: _Parse, i: int) -> bool:
    """Whether a word stands inside quotation marks in its sentence ('"We killed it in Europe," he said')."""
    before = [parse.tokens[k].text for k in parse.sentence_of(i) if k < i]
    double = sum(t in {'"', "“", "”", "''", "``"} for t in before)
    single = sum(t in {"‘", "'"} for t in before)
    return double % 2 == 1 or single % 2 == 1


def _hit_and_run(parse: _Parse, h: int) -> bool:
    """Whether an accident noun is a hit-and-run's ("a hit and run accident"): a driver who fled, a crime."""
    words = " ".join(parse.tokens[k].text.lower() for k in range(max(0, h - 6), h))
    return bool(re.search(r"\bhit\s*-?\s*and\s*-?\s*run\b", words))


#: Words that hold the cause after "of": "days of heavy rain", "a series of landslides".
_CAUSE_CONTAINERS = frozenset({"day", "week", "hour", "night", "month", "series", "spell", "period"})
#: Natural causes that are also words of violence or figures of speech when they follow "in"
#: ("killed in an exchange of fire", "a wave of attacks", "the heat of the battle").
_AMBIGUOUS_CAUSES = frozenset({"fire", "blaze", "wave", "heat", "storm"})


def _natural_cause(parse: _Parse, i: int) -> bool:
    """A casualty verb caused by a natural force: its subject ("rains killed"), a clause on the
    same moment ("died when floodwater swept through the camp") or the head of a cause phrase
    ("were killed in floods", "died after days of heavy rain"). Not circumstances ("during
    heavy rain"), not another event ("a week after floods killed 20")."""
    if _natural_subject(parse, i):
        return True
    if parse.tokens[i].lemma.lower() == "die" and any(
            parse.tokens[v].lemma.lower() in _FALLING for p in parse.kids(i, "prep") if parse.tokens[p].text.lower() == "after"
            for v in parse.kids(p, "pcomp")):
        return True  # "died after falling about 150 metres", "died after slipping and falling"
    if parse.tokens[i].lemma.lower() in {"die", "drown", "kill"} and any(
            _mishap(parse, v) for x in [i, *parse.kids(i, "conj")] for v in _after_clauses(parse, x)):
        # "died after his truck was swept off a flooded road", "were killed after being hit by a bus";
        # "two have died and another is fighting for life after their car hit a tree": the clause told once
        return True
    # "ten were killed (and at least 50 injured) when an earthquake razed villages"
    told = [i] + [x for c in parse.kids(i, "conj") for x in (c, *parse.kids(c, "acl"))]
    for c in [a for v in told for a in parse.kids(v, "advcl")]:
        if any(parse.tokens[m].text.lower() in {"when", "as"} for m in parse.kids(c, "mark", "advmod")) and _natural_subject(parse, c):
            return True
    if _disaster_antecedent(parse, i):
        return True
    # "were killed and 30 injured in a stampede": the cause may hang on the last of the verbs
    casualties = [i] + [x for c in parse.kids(i, "conj") for x in (c, *parse.kids(c, "acl"))
                        if parse.tokens[x].lemma.lower() in lx.CASUALTY_VERBS]  # ("and over 30 injured", parsed on "30")
    for prep in [p for v in casualties for p in parse.kids(v, "prep")]:
        if parse.tokens[prep].text.lower() not in {"in", "after", "from"}:
            continue
        for obj in parse.kids(prep, "pobj"):
            heads = [obj]
            if parse.tokens[obj].lemma.lower() in _CAUSE_CONTAINERS:
                heads += [p for of in parse.kids(obj, "prep") if parse.tokens[of].text.lower() == "of" for p in parse.kids(of, "pobj")]
            for h in heads:
                lemma = parse.tokens[h].lemma.lower()
                if lemma in _MISHAP_NOUNS and not _hit_and_run(parse, h):
                    return True  # "killed in two road accidents"; not "in a hit-and-run accident", a crime
                if not (lemma in lx.NATURAL_CAUSES or lx.NOUN_TRIGGERS.get(lemma) is EventKind.DISASTER) or _weapon_fire(parse, h):
                    continue
                if lemma in _ACCIDENTS and not _of_vehicles(parse, h) and not _died_in(parse, h):
                    continue  # "lost their savings in the market crash"
                if lemma in _AMBIGUOUS_CAUSES and (parse.kids(h, "acl", "relcl") or any(
                        parse.tokens[c].text.lower() == "of" for c in parse.kids(h, "prep"))):
                    continue  # "a fire set by arsonists", "a wave of attacks", "the heat of the battle"
                return True
    return False


def _disaster_antecedent(parse: _Parse, i: int) -> bool:
    """A casualty verb in a relative clause on a word for a disaster: "the worst disaster of 2003,
    in which 31,000 people were killed". When the parser hangs the clause on a date ("the worst
    disaster in December 2003, in which ..."), the noun just before the date is the antecedent."""
    tokens = parse.tokens
    if tokens[i].dep != "relcl":
        return False
    head = tokens[i].head
    antecedents = [head]
    if tokens[head].ent_type in {"DATE", "TIME"}:
        antecedents += [j for j in range(head - 1, max(-1, head - 6), -1) if tokens[j].pos == "NOUN"][:1]
    if any(tokens[j].lemma.lower() in _HUMAN_CAUSES for j in parse.sentence_of(i)):
        return False  # "the Lockerbie disaster in December 1988, in which 270 were killed" was a bombing
    # (a disaster's own noun, "the floods in March, which killed 23", is the event the deaths join)
    if any(tokens[h].lemma.lower() in {"disaster", "catastrophe"} for h in antecedents):
        return True
    # "the collapse of a concrete canopy at the station that killed 16": the clause hangs on what collapsed
    of = tokens[head].head
    return (tokens[head].dep == "pobj" and tokens[of].text.lower() == "of" and tokens[of].head != of
            and tokens[tokens[of].head].lemma.lower() in _MISHAP_NOUNS | {"collapse", "cave-in", "sinking", "capsizing"})


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


def _violent_cause(parse: _Parse, i: int) -> EventKind | None:
    """The kind of the attack or fighting a death is told in: "killed in an Israeli air strike",
    "died in clashes", "killed by a roadside bomb blast", "were killed and 48 injured in the
    attack"; ``None`` when no such noun is there."""
    told = [i] + [c for c in parse.kids(i, "conj") if parse.tokens[c].lemma.lower() in lx.CASUALTY_VERBS]
    # ("they killed 15 insurgents in clashes": the parser may hang the clashes on the dead)
    preps = [p for v in told for p in parse.kids(v, "prep", "agent")]
    preps += [p for v in told for o in parse.kids(v, "dobj", "obj") for p in parse.kids(o, "prep")]
    for prep in preps:
        if parse.tokens[prep].text.lower() not in {"in", "by", "during"}:
            continue
        for obj in parse.kids(prep, "pobj"):
            for h in [obj, *parse.kids(obj, "conj")]:
                lemma = parse.tokens[h].lemma.lower()
                kind = lx.NOUN_TRIGGERS.get(lemma)
                if kind in {EventKind.ATTACK, EventKind.MILITARY_OPERATION} and parse.tokens[h].ent_type not in {"DATE", "TIME"}:
                    return kind
                if parse.tokens[h].ent_type in {"DATE", "TIME"} or parse.tokens[h].text == "March":
                    continue  # "In March, a gunman killed four": the month
                if (kind is EventKind.PROTEST or lemma in {"unrest", "riot", "riots"}) and parse.tokens[prep].text.lower() != "by":
                    return EventKind.PROTEST  # "two people were killed in that unrest": the protest's dead
    return None


def _object_is_place(parse: _Parse, i: int) -> bool:
    for c in parse.kids(i, "dobj", "nsubjpass", "obj"):
        tok = parse.tokens[c]
        if tok.lemma.lower() in _HUMAN_NOUNS or tok.ent_type in {"PERSON", "NORP"}:
            return False
        if tok.ent_type in {"GPE", "LOC", "FAC"} or tok.lemma.lower() in _PLACE_NOUNS:
            return True
    return False


_VICTIMS = frozenset({"people", "person", "civilian", "resident", "villager", "child", "woman", "man", "worker", "passenger",
                      "student", "tourist", "soldier", "officer", "member", "fighter", "migrant", "refugee", "pilgrim"})
_ARMED_GROUPS = frozenset({"gunman", "militant", "rebel", "insurgent", "jihadist", "group", "fighter", "attacker", "bandit",
                           "militia", "terrorist", "assailant", "extremist"})
#: Words that make a clash one between armed sides.
_ARMED_WORDS = (_MILITARY_CONTEXT | _ARMED_GROUPS) - {"front", "capture", "recapture"}


def _operation_kind(parse: _Parse, i: int, default: EventKind) -> EventKind | None:
    """A police operation is an arrest operation; a military one a military operation; a rescue
    operation is neither."""
    if any(parse.tokens[c].lemma.lower() in _RELIEF for c in parse.kids(i, "compound", "amod")):
        return None  # "soldiers and police are leading rescue operations"
    subjects = {parse.tokens[c].lemma.lower() for c in parse.kids(i, "nsubj")}
    if parse.tokens[i].dep == "relcl":
        subjects.add(parse.tokens[parse.tokens[i].head].lemma.lower())
    if subjects & _ARMED_GROUPS:
        return EventKind.ATTACK  # "an armed group that has raided villages"
    if subjects & {"police", "officer", "agent", "investigator", "gendarme", "detective"}:
        return EventKind.ARREST
    if subjects & {"army", "troop", "soldier", "force", "military", "jet", "coalition"} and parse.tokens[i].pos in {"VERB", "AUX"}:
        return EventKind.MILITARY_OPERATION
    lo, hi = max(0, i - 15), min(len(parse.tokens), i + 15)
    words = {parse.tokens[j].lemma.lower() for j in range(lo, hi)}
    police = len(words & _POLICE_CONTEXT)
    military = len(words & _MILITARY_CONTEXT)
    if police == 0 and military == 0:
        return None
    if police >= military:
        return EventKind.ARREST
    return EventKind.ATTACK if parse.tokens[i].lemma.lower() == "raid" else EventKind.MILITARY_OPERATION


def _purpose_of_past_action(parse: _Parse, i: int) -> bool:
    """"mounted an operation to dismantle a network": the purpose of something done."""
    tok = parse.tokens[i]
    if tok.dep not in {"advcl", "xcomp", "acl", "relcl"}:
        return False
    head = parse.tokens[tok.head]
    while head.pos not in {"VERB", "AUX"} and head.head != head.i:
        head = parse.tokens[head.head]
    return head.tag in _PAST_TAGS and head.lemma.lower() not in lx.PLOT_LEMMAS and not parse.kids(head.i, "neg")


def _is_headline(parse: _Parse, i: int) -> bool:
    """The first sentence of a text, often a present-tense headline."""
    j = i
    while j > 0 and "\n\n" not in parse.tokens[j - 1].text and parse.tokens[j - 1].pos != "SPACE":
        j -= 1
    return j == 0


_SPORTS_WORDS = frozenset({"match", "game", "final", "goal", "cup", "league", "championship", "semifinal", "semi-final",
                           "birdie", "bogey", "putt", "fairway", "innings", "odi", "halftime", "equaliser", "equalizer",
                           "hat-trick", "winger", "scrum", "tiebreak", "halfback", "touchdown", "quarterback",
                           "marathon", "race", "prix", "medal", "wicket", "runner", "bowler", "batsman", "seed", "podium",
                           "tournament", "striker", "coach", "derby", "inning", "stadium", "trophy", "goalkeeper",
                           "midfielder", "penalty", "fixture", "club", "squad", "playoff", "kickoff", "half-time"})
_ELECTION_WORDS = frozenset({"election", "vote", "runoff", "ballot", "poll", "mayor", "candidate", "parliament", "seat",
                             "referendum", "campaign", "president", "presidency", "constituency", "voter", "democrat",
                             "republican", "congressional", "senate", "senator", "gubernatorial", "mayoral", "midterm",
                             "incumbent", "electorate", "by-election", "legislative"})


#: Bodies whose votes are decisions, not elections: "shareholders voted to approve the merger".
_DECIDING_BODIES = frozenset({"shareholder", "stockholder", "investor", "board", "director", "lawmaker", "legislator",
                              "senator", "congressman", "congresswoman", "councillor", "councilor", "committee", "council",
                              "senate", "house", "assembly", "parliament", "congress", "cabinet", "jury", "judge", "panel",
                              "mp", "delegate", "bondholder", "creditor", "union", "court"})
#: What a candidate wins in a vote: "won the race for governor", "won a second term".
_WON_IN_A_VOTE = frozenset({"race", "seat", "election", "vote", "majority", "primary", "runoff", "mandate", "presidency",
                            "governorship", "mayoralty", "by-election", "term", "nomination", "ballot", "constituency"})
_WINNING = frozenset({"beat", "defeat", "edge", "thrash", "win", "stun", "rout", "trounce", "hammer", "crush", "outclass", "thump"})


def _split_score(parse: _Parse, i: int) -> bool:
    """Whether a split score ("3-2", "3 - 2") stands within a few words after the verb."""
    window = parse.tokens[i + 1: i + 10]
    months = {"january", "february", "march", "april", "may", "june", "july", "august", "september", "october", "november",
              "december", "jan", "feb", "mar", "apr", "jun", "jul", "aug", "sep", "sept", "oct", "nov", "dec"}

    def a_date(k: int, end: int) -> bool:  # "on 9-10 August": days, not a score
        near = parse.tokens[max(0, k - 1): end + 2]
        return any(t.text.lower() in months or t.ent_type == "DATE" for t in near)

    return any(re.fullmatch(r"\d{1,3}-\d{1,3}", t.text) and not a_date(t.i, t.i) for t in window) or any(
        re.fullmatch(r"\d{1,3}", a.text) and b.text in {"-", "–"} and re.fullmatch(r"\d{1,3}", c.text) and not a_date(a.i, c.i)
        for a, b, c in zip(window, window[1:], window[2:]))


def _voting_context(parse: _Parse, i: int) -> bool:
    """Words of a vote near a word, and none of a match: "the first round, in which 35 candidates ran"."""
    window = {t.lemma.lower() for t in parse.tokens[max(0, i - 25): i + 25] if t.pos != "VERB"}
    return bool(window & {"vote", "voter", "candidate", "runoff", "ballot", "election", "poll", "electorate"}) and not window & _SPORTS_WORDS


def _sports_context(parse: _Parse, i: int) -> bool:
    window = parse.tokens[max(0, i - 25): i + 25]
    words = {t.lemma.lower() for t in window if t.pos != "VERB"}  # "a match", not "vehicles matching the descriptions"
    if words & _ELECTION_WORDS and not words & {"match", "game", "goal", "stadium", "cup"}:
        return False
    score = any(re.fullmatch(r"\d{1,3}-\d{1,3}", t.text) for t in window) or any(
        re.fullmatch(r"\d{1,3}", a.text) and b.text in {"-", "–"} and re.fullmatch(r"\d{1,3}", c.text)
        and not (d is not None and d.text.lower() in {"percent", "%", "per", "pct", "points", "years", "months"})
        for a, b, c, d in zip(window, window[1:], window[2:], [*window[3:], None]))  # "3-1", which the tokenizer may split
    # "won the Australian Open", "won the Masters": a contest by the name of its kind, won
    titled = any(parse.tokens[o].text in {"Open", "Masters", "Classic"} and parse.tokens[o].pos == "PROPN" for o in parse.kids(i, "dobj"))
    return bool(words & _SPORTS_WORDS) or score or titled


def _company_context(parse: _Parse, i: int) -> bool:
    """A purchase between companies: a company buys or is bought ("AMD agreed to buy ATI": the
    buyer is the subject of "agreed"); not "the family bought a house for $500,000"."""
    args = parse.kids(i, "nsubj", "dobj", "nsubjpass", "obj")
    if parse.tokens[i].dep == "xcomp":
        args += parse.kids(parse.tokens[i].head, "nsubj")
    if any(parse.tokens[a].lemma.lower() in {"it", "they", "we"} for a in args):
        # "the lender said it had agreed to acquire ...", "the two banks said they agreed to merge": the teller
        args += [s for a in parse.ancestors(i, 4) for s in parse.kids(a, "nsubj") if parse.tokens[s].lemma.lower() != "it"]
    words = {parse.tokens[j].lemma.lower() for a in args for j in parse.subtree(a)}
    ents = {parse.tokens[j].ent_type for a in args for j in parse.subtree(a)}
    return "ORG" in ents or bool(words & _COMPANY_WORDS)


#: Words for companies: what buys and is bought.
_COMPANY_WORDS = frozenset({"company", "firm", "stake", "rival", "group", "maker", "startup", "start-up", "bank", "share", "business",
                            "operator", "subsidiary", "lender", "insurer", "miner", "retailer", "carrier", "producer", "manufacturer",
                            "supplier", "platform", "brand", "chain", "conglomerate", "fintech", "airline", "developer", "unit"})


def _company_context_noun(parse: _Parse, i: int) -> bool:
    """"the $5 billion deal", "AMD's purchase of ATI": a deal between companies."""
    near = set(parse.subtree(i)) | {parse.tokens[i].head}
    words = {parse.tokens[j].lemma.lower() for j in near}
    ents = {parse.tokens[j].ent_type for j in near}
    return bool("MONEY" in ents or words & {"company", "firm", "stake", "share", "acquire", "buy", "billion", "million", "maker", "bank", "group"}) or (
        "ORG" in ents and parse.tokens[i].lemma.lower() == "purchase")


def _has_security_word(parse: _Parse, i: int) -> bool:
    near = parse.subtree(i) + [parse.tokens[i].head] + parse.kids(parse.tokens[i].head, "nsubj", "nsubjpass")
    words = {parse.tokens[j].lemma.lower() for j in near}
    window = {t.lemma.lower() for t in parse.tokens[max(0, i - 8): i + 8]}
    if (words | window) & _SECURITY_CONTEXT:
        return True
    if parse.tokens[i].lemma.lower() != "strike":
        return False
    # "an Israeli strike", "a Russian strike on Dnipro", "Israeli jets launched a strike on Gaza", "a drone
    # strike": a blow of war, by its maker, its weapon, or the state that launched it at a place
    makers = [c for c in parse.kids(i, "amod", "compound") if parse.tokens[c].ent_type == "NORP" or country_of(parse.tokens[c].text)]
    launched_by = [s for s in parse.kids(parse.tokens[i].head, "nsubj") if parse.tokens[i].dep in {"dobj", "obj"}
                   and parse.tokens[parse.tokens[i].head].lemma.lower() in _LIGHT_VERBS
                   and (parse.tokens[s].ent_type in {"GPE", "NORP"} or country_of(parse.tokens[s].text))]
    on_a_target = any(parse.tokens[p].text.lower() in {"on", "against"} for p in parse.kids(i, "prep"))
    return bool(makers or (words | window) & _WAR_MACHINES or launched_by and on_a_target)


#: Weapons and craft whose strikes are blows of war.
_WAR_MACHINES = frozenset({"jet", "warplane", "drone", "missile", "rocket", "bomber", "aircraft", "artillery", "navy", "warship",
                           "helicopter", "gunship", "airstrike", "f-16", "fighter"})


def _weak_noun_anchored(parse: _Parse, i: int) -> bool:
    sub = parse.subtree(i)
    head = parse.tokens[i].head
    if parse.tokens[i].dep in {"dobj", "obj"} and parse.tokens[head].lemma.lower() in _LIGHT_VERBS:
        sub = parse.subtree(head)  # "staged rallies in the Gaza Strip"
    return any(parse.tokens[j].ent_type in {"GPE", "LOC", "FAC", "DATE", "CARDINAL"} for j in sub) or parse.tokens[i].dep in {"nsubj", "nsubjpass"}


def _another_moment(parse: _Parse, i: int) -> bool:
    """Whether a verb is an adverbial clause with a doer of its own, set before or after the
    verb it hangs on: "he was stabbed the day after another follower killed a soldier"; not
    "a bomb exploded, killing ten", "was attacked as gunmen killed two", nor "... before police
    killed the gunman", the end of the attack."""
    tokens = parse.tokens
    if any(tokens[o].lemma.lower() in _ATTACKERS for o in parse.kids(i, "dobj", "obj")):
        return False  # "... before an off-duty policeman killed the shooter": the end of the same attack
    doers = parse.kids(i, "nsubj")
    same = {tokens[x].lemma.lower() for x in parse.kids(tokens[i].head, "nsubj", "nsubjpass")}
    if any(tokens[x].pos == "PRON" or tokens[x].lemma.lower() in same for x in doers):
        return False  # "gunmen attacked a church before they killed 40 worshippers": the same hands
    return tokens[i].dep == "advcl" and bool(doers) and any(
        tokens[c].text.lower() in {"after", "before", "since", "until", "till"} for c in parse.kids(i, "mark", "advmod", "prep"))


def _governing_trigger(parse: _Parse, i: int, found: list[tuple[int, EventKind]]) -> int | None:
    """For a casualty verb, the attack/disaster noun it reports on, if any."""
    if parse.tokens[i].lemma.lower() not in lx.CASUALTY_VERBS:
        return None
    triggers = {j: k for j, k in found if j != i and k in {EventKind.ATTACK, EventKind.DISASTER, EventKind.MILITARY_OPERATION}}
    for s in parse.kids(i, "nsubj", "agent", "csubj"):  # "Shelling by government forces killed 12" (a clause as subject)
        for j in parse.subtree(s):
            if j in triggers:
                return j
    head = parse.tokens[i].head
    if parse.tokens[i].dep in {"relcl", "acl", "advcl", "conj"} and head in triggers and not _another_moment(parse, i):
        return head
    first = i  # "a quake hit Iran, causing destruction and killing 10 people and injuring 80"
    while parse.tokens[first].dep == "conj" and parse.tokens[first].head != first:
        first = parse.tokens[first].head
    if first != i and parse.tokens[first].dep in {"advcl", "acl", "relcl"} and parse.tokens[first].head in triggers:
        return parse.tokens[first].head
    for clause in parse.kids(i, "advcl"):
        # "shelling by the RSF killed seven", read as a clause before the verb: the deed is its subject
        if clause < i and clause in triggers and parse.tokens[clause].tag == "VBG" and not parse.kids(clause, "mark", "nsubj", "aux") \
                and any(parse.tokens[c].text.lower() == "by" for c in parse.kids(clause, "prep", "agent")):
            return clause
    clauses = parse.kids(i, "advcl") + [a for c in parse.kids(i, "conj") for a in parse.kids(c, "advcl")]
    for clause in clauses:  # "14 were killed (and dozens injured) when a bomber detonated explosives"
        if any(parse.tokens[c].text.lower() in {"when", "as"} for c in parse.kids(clause, "mark", "advmod")):
            if clause in triggers:
                return clause
            # "four were killed when a man opened fire outside a nightclub": the deed is the clause's object
            done = [o for o in parse.kids(clause, "dobj", "obj") if o in triggers
                    and parse.tokens[clause].lemma.lower() in _LIGHT_VERBS | {"open", "set"}]  # not "as police fought battles"
            # "four militants were killed when the attack was repulsed": or its subject
            done += [s for s in parse.kids(clause, "nsubj", "nsubjpass") if s in triggers]
            if done:
                return done[0]
    if parse.tokens[i].dep in {"advcl", "conj"}:
        verb = head  # "a quake flattened buildings and sparked landslides, killing five": the subject of the first verb
        for _ in range(3):
            subjects = parse.kids(verb, "nsubj", "nsubjpass")
            for j in subjects:
                for k in parse.subtree(j):
                    if k in triggers:
                        return k
            if subjects or parse.tokens[verb].dep != "conj" or parse.tokens[verb].head == verb:
                break  # "a storm lashed the coast and gunmen raided a village, killing 10": the raid's
            verb = parse.tokens[verb].head
    subjects = parse.kids(i, "nsubj", "agent")
    if not subjects or all(parse.tokens[x].lemma.lower() in _VICTIMS or parse.tokens[x].text.lower() in {"which", "that"}
                           for x in subjects):
        # no agent in the parse ("since floods on Monday killed 23"), or a relative pronoun whose
        # antecedent the parse missed ("the floods in March, which killed 23"): the nearest event noun before it
        for k in range(i - 1, max(-1, i - 13), -1):
            if parse.tokens[k].text in {".", ";", "!", "?"}:
                break
            if k in triggers and parse.tokens[k].pos in {"NOUN", "PROPN"}:
                return k
    return None


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
                      and any(t.i in went for t in parse.tokens if m.span.start <= t.start < m.span.end)]
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
                t.i in police for t in parse.tokens if m.span.start <= t.start < m.span.end) for m in sent_mentions)]
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
    if not places and kind is EventKind.ELECTION:
        # "Cape Verde's ruling party won a majority in elections held on Sunday": a vote is the
        # country's the sentence names, when it names one country only
        nations = {country_of(m.span.text): m.span.text for m in sent_mentions if m.label == "GPE" and country_of(m.span.text)
                   and _mention_head(parse, [t.i for t in parse.tokens if m.span.start <= t.start < m.span.end] or [i]).dep
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
    if (tok.tag == "VBN" and tok.lemma.lower() in lx.CASUALTY_VERBS and any(parse.tokens[c].lemma.lower() == "have" for c in parse.kids(i, "aux"))
            and any(any(parse.tokens[m].text.lower() == "since" for m in parse.kids(c, "mark")) for c in parse.kids(i, "advcl"))):
        return None  # "9,000 people have been killed since the government launched its crackdown": a running toll
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
                 + _measures(article_id, text, parse, i, kind, subtree, casualty_verbs)),
    )


#: Any date will do to find where a sentence names a weekday; the day it resolves to is not kept.
_ANY_ANCHOR = date(2000, 1, 1)


def _weekday_told(parse: _Parse, i: int, subtree: list[int], sent: Sentence, text: str,
                  found: list[tuple[int, EventKind]]) -> str | None:
    """The day of the week an event's own clause gives it, in a report with no date ("hundreds
    protested on Sunday" → "Sunday"): no date, but not the day of "protests on Wednesday" either,
    nor of another clause ("the five killed in Denver were identified on Monday"), nor a name
    ("the Sunday Telegraph said")."""
    start, end = sent.start, sent.end
    if not WEEKDAY_WORDS.search(text, start, end):
        return None
    tokens = parse.tokens
    # its clause, and the one it is joined to: "hundreds protested on Sunday, and two were killed in that unrest"
    scope = set(subtree) | (set(parse.subtree(tokens[i].head)) if tokens[i].dep == "conj" and tokens[i].pos in {"VERB", "AUX"} else set())
    own = [(tokens[j].start, tokens[j].end) for j in scope]
    weekdays = [(a + start, b + start, v) for a, b, v in find_dates(text[start:end], _ANY_ANCHOR)
                if WEEKDAY_WORDS.search(text[a + start:b + start]) and any(s < b + start and a + start < e for s, e in own)
                and not text[b + start:b + start + 1].isalpha() and not re.match(r"\s+[A-Z]", text[b + start:b + start + 3])]
    _when, told = _date(parse, i, subtree, weekdays, text, found)
    day = WEEKDAY_WORDS.search(told) if told else None
    return day.group(1).capitalize() if day else None


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


_PURPOSE_NOUNS = frozenset({"aim", "goal", "objective", "intention", "purpose", "view"})
_COMMITTING = frozenset({"commit", "pledge", "promise", "dedicate", "devote"})


#: What makes an attempt one that was made and failed: "a botched attempt to kill him".
_FAILED = frozenset({"botched", "failed", "unsuccessful", "abortive", "bungled"})


def _failed_attempt(parse: _Parse, i: int) -> bool:
    """Whether the killing at ``i`` is told as an attempt that was made and failed: "a botched
    attempt to assassinate Costello", "a failed bid to kill the president"; not "a plan to kill
    him" nor "an attempt to kill him was foiled"."""
    tokens = parse.tokens
    for a in parse.ancestors(i, 3):
        if tokens[a].lemma.lower() in {"attempt", "bid", "try"} and tokens[a].pos == "NOUN":
            return any(tokens[m].text.lower() in _FAILED for m in parse.kids(a, "amod"))
    return False


def _status(parse: _Parse, i: int) -> EventStatus:
    tok = parse.tokens[i]
    chain = [i, *parse.ancestors(i, 4)]
    for k, j in enumerate(chain):
        if parse.tokens[j].dep == "relcl" and not any(parse.tokens[a].text.lower() == "to" for a in parse.kids(j, "aux")):
            # "the Tu-154, which crashed outside Smolensk, was trying to land": the clause tells a fact
            # (not "the measures to be voted on Thursday", which has yet to happen); but what it
            # tells of may be denied or rumoured ("denied reports of a bomb that exploded")
            antecedent = parse.tokens[j].head
            if parse.tokens[antecedent].dep not in {"nsubj", "nsubjpass"}:
                outer = [antecedent, *parse.ancestors(antecedent, 4)]
                if any(parse.tokens[a].lemma.lower() in lx.NEGATING_LEMMAS for a in outer[1:]):
                    return EventStatus.NEGATED
                if any(parse.tokens[b].text.lower() == "of" and parse.tokens[a].lemma.lower() in _UNREALISED for b, a in zip(outer, outer[1:])):
                    return EventStatus.HYPOTHETICAL
            chain = chain[:k + 1]
            break
    past = any(parse.tokens[c].tag in _PAST_TAGS for c in parse.kids(i, "relcl", "acl")) or any(
        parse.tokens[j].ent_type == "DATE" for j in parse.subtree(i))
    for k, j in enumerate(chain[1:-1], start=1):
        if past and parse.tokens[j].dep == "prep" and parse.tokens[j].text.lower() in {"of", "into", "behind"} and (
                parse.tokens[chain[k + 1]].lemma.lower() in _PRESUPPOSING):
            # "investigators seeking the cause of a plane crash that killed ...": the crash happened,
            # whatever they seek (not "planning for the aftermath of a strike on Iran")
            chain = chain[:k + 2]
            break
    done = _completed_participle(parse, i)
    for j in chain:
        lemma = parse.tokens[j].lemma.lower()
        if j != i and lemma in lx.NEGATING_LEMMAS:
            return EventStatus.NEGATED
        if j != i and lemma in lx.PLOT_LEMMAS and not done:
            return EventStatus.PLOT
    if not _names_a_year(parse, i) and any(parse.tokens[a].lemma.lower() in _BEFORE_WORDS or parse.tokens[a].lemma.lower() == "up" and any(
            parse.tokens[c].lemma.lower() in {"run", "lead", "build"} for c in parse.kids(a, "compound")) for a in parse.ancestors(i, 3)):
        return EventStatus.HYPOTHETICAL  # "in the run-up to Thursday's election", "ahead of Sunday's vote": yet to come
    if any(parse.tokens[a].lemma.lower() == "reward" for a in parse.ancestors(i, 6)):
        return EventStatus.HYPOTHETICAL  # "a reward for information leading to the arrest of the bomber"
    if tok.pos == "NOUN" and lx.NOUN_TRIGGERS.get(tok.lemma.lower()) is EventKind.ARREST and (
            tok.dep in {"dobj", "obj"} and parse.tokens[tok.head].lemma.lower() in _ORDERING
            or tok.dep == "pobj" and parse.tokens[tok.head].text.lower() == "for"
            and parse.tokens[parse.tokens[tok.head].head].lemma.lower() in _ORDERING | {"warrant", "call"}):
        return EventStatus.HYPOTHETICAL  # "ordered the arrest of the developer", "a warrant for the arrest of": yet to be
        # done (but "ordered the murder of two officers" tells a murder done on his orders)
    for below, j in zip(chain, chain[1:]):
        if j != i and parse.tokens[below].dep == "prep" and parse.tokens[below].text.lower() == "of" and (
                parse.tokens[j].lemma.lower() in _UNREALISED):
            return EventStatus.HYPOTHETICAL  # "rumours of an eruption", "fears of a tsunami", "warned of a flood"
    for below, j in zip(chain, chain[1:]):
        # "charged with murder", "11 counts of criminal homicide", "conspiracy to murder", "on suspicion
        # of murder": an accusation in court, not a deed the text reports
        if parse.tokens[j].lemma.lower() in _CHARGES and j != i and parse.tokens[below].dep in {"prep", "pobj", "xcomp", "acl", "pcomp", "acomp"} \
                and not (parse.tokens[below].dep == "prep" and parse.tokens[below].text.lower() in _DEED_REFERRING):
            return EventStatus.HYPOTHETICAL
        # "committing their police to joint operations", "pledged troops to a mission": what is promised
        if parse.tokens[j].lemma.lower() in _COMMITTING and parse.tokens[below].dep == "prep" and parse.tokens[below].text.lower() == "to":
            return EventStatus.HYPOTHETICAL
    if any(parse.tokens[c].dep == "neg" for c in parse.kids(i)) or any(parse.tokens[c].lemma.lower() in {"no", "never"} for c in parse.kids(i, "det", "neg", "advmod")):
        return EventStatus.NEGATED
    if tok.pos in {"VERB", "AUX"} and tok.lemma.lower() not in lx.CASUALTY_VERBS and any(
            _nobody(parse, s) for s in parse.kids(i, "nsubj", "nsubjpass")):
        return EventStatus.NEGATED  # "no one has been arrested" ("no one was killed" is a zero figure of its deed)
    if any(parse.tokens[c].text.lower() in lx.PLOT_MODIFIERS for c in parse.kids(i, "amod", "compound")):
        return EventStatus.PLOT
    if done:
        return EventStatus.ASSERTED
    verb = i if tok.pos in {"VERB", "AUX"} else tok.head
    if tok.dep == "pobj" and parse.tokens[tok.head].text.lower() in {"in", "at", "during"} and tok.lemma.lower() in _CONTESTS:
        verb = parse.tokens[tok.head].head  # "the two will face each other in a runoff in April": yet to come
    if any(parse.tokens[c].text.lower() in lx.MODALS for c in parse.kids(verb, "aux")):
        return EventStatus.HYPOTHETICAL
    if parse.tokens[verb].dep == "xcomp" and parse.tokens[parse.tokens[verb].head].lemma.lower() in _GOING_ON and any(
            parse.tokens[c].text.lower() in lx.MODALS for c in parse.kids(parse.tokens[verb].head, "aux")):
        return EventStatus.HYPOTHETICAL  # "the group will keep targeting ships": a threat, not a deed
    if any(parse.tokens[c].lemma.lower() == "if" for c in parse.kids(verb, "mark")):
        return EventStatus.HYPOTHETICAL
    return EventStatus.ASSERTED


#: Verbs of going on with a deed: "will keep targeting", "would continue attacking".
_GOING_ON = frozenset({"keep", "continue", "resume", "start", "begin", "go"})
#: Contests one takes part in: "will face each other in a runoff", "will meet in the final".
_CONTESTS = frozenset({"runoff", "election", "vote", "poll", "referendum", "final", "match", "game", "semifinal", "playoff", "race"})


#: Verbs of a figure changing: the subject of one is a statistic, not an event.
_TREND_VERBS = frozenset({"rise", "climb", "fall", "drop", "increase", "decrease", "decline", "double", "triple", "plunge", "dip",
                          "halve"})  # (not "grow", "surge": "protests grew across France" are protests)
#: Words for the many of a statistic: "the number of attacks rose".
_TALLY_WORDS = frozenset({"number", "rate", "total", "tally"})


def _votes_held_by(parse: _Parse, m: Mention) -> bool:
    """ "Kenya held a presidential election", "Ghana votes on Saturday": the country that votes."""
    idx = [t.i for t in parse.tokens if m.span.start <= t.start < m.span.end]
    head = _mention_head(parse, idx) if idx else None
    return head is not None and head.dep == "nsubj" and parse.tokens[head.head].lemma.lower() in {"hold", "vote", "go", "elect", "choose"}


def _a_hazard(parse: _Parse, j: int) -> bool:
    """Whether a word names a deed or a force of nature ("the quake", "Typhoon Haiyan"), not a person."""
    words = [parse.tokens[j], *(parse.tokens[c] for c in parse.kids(j, "compound"))]
    return any(t.lemma.lower() in lx.NOUN_TRIGGERS or t.lemma.lower() in _NAMED_HAZARDS for t in words)


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


def _nobody(parse: _Parse, j: int) -> bool:
    """Whether a subject names no one: "no one", "nobody", "none of the passengers", "no suspects"."""
    tok = parse.tokens[j]
    if tok.lemma.lower() in {"nobody", "none", "noone", "nothing"}:
        return True
    return any(parse.tokens[c].text.lower() == "no" for c in parse.kids(j, "det", "neg"))


def _names_a_year(parse: _Parse, i: int) -> bool:
    """Whether the event's own phrase names its year ("the 2016 election"): then it may well be
    past, whatever came before it."""
    return any(parse.tokens[j].ent_type == "DATE" and re.fullmatch(r"\d{4}", parse.tokens[j].text) for j in parse.subtree(i))


#: Nouns that take for granted the event they are "of": the cause, aftermath or victims of a crash.
_PRESUPPOSING = frozenset({"cause", "reason", "aftermath", "wake", "scene", "site", "victim", "survivor", "investigation",
                           "probe", "inquiry", "anniversary", "circumstance"})
#: Words for what may come, not what came: the event "of" them is feared, foreseen or rumoured.
_UNREALISED = frozenset({"rumour", "rumor", "prospect", "fear", "risk", "possibility", "danger", "spectre", "specter",
                         "likelihood", "chance", "warning", "warn", "forecast", "prediction", "scare"})
#: Verbs by which someone asks for a deed that is not yet done: "ordered the arrest of", "called for the release".
_ORDERING = frozenset({"order", "seek", "demand", "request", "urge", "call", "want", "authorise", "authorize", "approve"})
#: Words before an event that has not yet happened ("the run-up to the election", "ahead of the vote").
_BEFORE_WORDS = frozenset({"run-up", "lead-up", "ahead", "runup", "leadup", "build-up", "buildup", "eve"})
#: Prepositions by which a charge refers to a deed that happened ("charged with murder after a
#: stabbing in Leeds", "charged over the killing"), not names the crime charged.
_DEED_REFERRING = frozenset({"after", "following", "over", "since"})
#: Words of an accusation: the deed they name is alleged, in court, not reported.
_CHARGES = frozenset({"charge", "count", "conspiracy", "accuse", "indict", "indictment", "suspicion", "allegation", "plead",
                      "guilty", "statute", "penalty", "punishment"})  # and the law's words for a crime in general
#: Operations that help people, not police or military ones.
_RELIEF = frozenset({"rescue", "relief", "search", "recovery", "evacuation", "humanitarian", "cleanup", "aid", "salvage"})

#: What investigators take away as evidence: a seizure of it is no event of its own.
_EVIDENCE = frozenset({"document", "paper", "file", "record", "phone", "telephone", "computer", "laptop", "hard", "drive",
                       "evidence", "notebook", "letter", "correspondence", "sample"})

#: What police fire at a crowd to disperse it (ACLED and the gold code it as part of the protest).
_CROWD_CONTROL = frozenset({"tear", "teargas", "cannon", "rubber", "warning", "pepper", "stun", "flare"})

_FINDING_VERBS = frozenset({"find", "discover", "uncover", "unearth", "turn"})
#: What is contraband whoever finds it (a tablet, a pill or a cache may be anything).
_CONTRABAND_CORE = frozenset({"weapon", "gun", "rifle", "ammunition", "explosive", "drug", "cocaine", "heroin", "handgun",
                              "pistol", "arm", "cannabis", "hashish", "marijuana", "methamphetamine", "meth", "detonator",
                              "grenade", "firearm", "narcotic", "bomb", "captagon", "amphetamine", "ecstasy",
                              "fentanyl", "opium", "tramadol", "weapons", "arms"})


def _contraband_found(parse: _Parse, i: int) -> bool:
    """Police or customs found weapons or drugs: "officers found 30 rifles and a cache of
    grenades"; not "archaeologists discovered a clay tablet"."""
    objects = parse.kids(i, "dobj", "nsubjpass", "obj")
    heads = objects + [c for o in objects for c in parse.kids(o, "conj")]
    heads += [c for h in list(heads) for c in parse.kids(h, "compound", "amod")]  # "a weapons cache", "captagon pills"
    lemmas = {parse.tokens[h].lemma.lower() for h in heads}
    lemmas |= {parse.tokens[p].lemma.lower() for h in heads for prep in parse.kids(h, "prep")
               if parse.tokens[prep].text.lower() == "of" for p in parse.kids(prep, "pobj")}
    if not lemmas & _CONTRABAND_CORE:
        return False
    lo, hi = max(0, i - 15), min(len(parse.tokens), i + 15)
    return bool({parse.tokens[j].lemma.lower() for j in range(lo, hi)} & (_POLICE_CONTEXT | {"officer", "raid", "search", "soldier", "troop"}))


#: Participles that tell of something yet to happen.
_PROSPECTIVE_PARTICIPLES = frozenset({"schedule", "slate", "set", "due", "envisage", "envision", "foresee", "propose",
                                      "plan", "expect", "intend", "design", "pencil", "announce", "consider"})


def _same_deed(head: EventKind | None, kind: EventKind, lemma: str) -> bool:
    """Whether a participle adjunct ("…, dismantling a network") retells its head's deed: the
    same kind, or the breaking-up of the network a raid's arrests and seizures belong to. A
    seizure told by "seizing 3 tonnes" stays an event of its own."""
    police = {EventKind.ARREST, EventKind.SEIZURE}
    if lemma in {"dismantle", "break", "bust"}:
        return head in police and kind in police
    return head is kind and kind not in police


def _completed_participle(parse: _Parse, i: int) -> bool:
    """A deed told as done by a bare past participle: "the agreement signed last week in Kiev"
    (the agreement, and the signing) is a fact even inside "farmers hope [it] will let them sow"."""
    t = parse.tokens[i]
    if t.tag == "VBN" and t.dep == "acl":
        part: int | None = i
        noun = t.head
    elif t.pos in {"NOUN", "PROPN"}:
        part = next((c for c in parse.kids(i, "acl") if parse.tokens[c].tag == "VBN"), None)
        noun = i
    else:
        part = None
    if part is None or parse.kids(part, "neg", "aux", "auxpass"):
        return False
    if parse.tokens[part].lemma.lower() in lx.PLOT_LEMMAS | _PROSPECTIVE_PARTICIPLES:
        return False  # "an attack planned for next week", "a vote scheduled for May"
    if parse.tokens[noun].tag not in {"NN", "NNP"}:
        return False  # "all contracts signed by the city": a kind of thing, not one deed
    return not any(parse.tokens[c].text.lower() in lx.PLOT_MODIFIERS for c in parse.kids(noun, "amod", "compound"))


#: What a council or parliament votes on, as opposed to electing someone.
_MEASURES = frozenset({"resolution", "bill", "motion", "law", "measure", "amendment", "budget", "proposal", "sanction",
                       "treaty", "ban", "deal", "plan", "approve", "reject", "repeal", "condemn"})
#: Who wounds people in an attack (a storm or a crash injures without one).
_ATTACKERS = frozenset({"gunman", "attacker", "assailant", "shooter", "bomber", "sniper", "militant", "terrorist", "insurgent",
                        "gunmen", "attackers", "knifeman"})
_REFLEXIVES = frozenset({"himself", "herself", "themselves", "itself", "myself", "oneself"})
#: Verbs that tell an event happening, whose place is the event's ("killed in an attack in Kabul").
_HAPPENING_VERBS = frozenset({"occur", "happen", "take", "strike", "hit", "erupt", "break", "die", "kill", "wound", "injure",
                              "rip", "tear", "sweep", "rock", "engulf", "destroy", "flatten"})
#: Verbs of taking part in an election: where voters vote is where the election is held, unless
#: they vote from abroad.
_VOTING_VERBS = frozenset({"vote", "cast"})
_ABROAD = frozenset({"expatriate", "expat", "abroad", "overseas", "diaspora", "émigré", "emigre", "exile", "embassy", "consulate"})
#: Words that end the name of a building or site: an organisation so named is also a place
#: where something can happen ("Wasilla Bible Church", "West Coast Bank", "Tree of Life synagogue").
VENUE_WORDS = frozenset({"church", "mosque", "synagogue", "temple", "cathedral", "chapel", "school", "university", "college",
                         "hospital", "clinic", "hotel", "bank", "plant", "factory", "mall", "market", "station", "airport",
                         "stadium", "arena", "restaurant", "cafe", "café", "club", "bar", "embassy", "consulate", "prison",
                         "jail", "store", "shop", "center", "centre", "theater", "theatre", "museum", "warehouse", "academy"})
#: Events a venue can be the place of.
_VENUE_KINDS = frozenset({EventKind.ATTACK, EventKind.KILLING, EventKind.DISASTER, EventKind.PROTEST})


def _located_from(parse: _Parse, idx: list[int]) -> bool:
    """Whether a place is only the one another is located from: "north of Santa Rosa"."""
    head = _mention_head(parse, idx)
    of = parse.tokens[head.head]
    return head.dep == "pobj" and of.text.lower() == "of" and parse.tokens[of.head].lemma.lower() in _DIRECTIONS


#: Compass directions, by which a place is located from a town ("10 miles north of Santa Rosa").
_DIRECTIONS = frozenset({"north", "south", "east", "west", "northeast", "northwest", "southeast", "southwest",
                         "north-east", "north-west", "south-east", "south-west"})
#: Nouns that a place names the scope of a comparison in, not where it happened ("in U.S. history").
_COMPARISON_SCOPES = frozenset({"history", "memory"})


def is_venue(name: str) -> bool:
    """Whether a name is that of a building or site ("Wasilla Bible Church", "Kraft Foods plant")."""
    words = name.lower().split()
    return len(words) >= 2 and words[-1] in VENUE_WORDS


#: Verbs of noticing a disaster from afar: the places around them are where it was felt or seen.
_PERCEIVING_VERBS = frozenset({"feel", "notice", "sense", "hear"})


def _places(parse: _Parse, i: int, sent_mentions: list[Mention], subtree: list[int], kind: EventKind = EventKind.OTHER) -> list[str]:
    tokens = parse.tokens
    places = [m for m in sent_mentions if m.label in PLACE_LABELS]
    if kind in _VENUE_KINDS:  # "a fire at Wasilla Bible Church", "a shooting at the Kraft Foods plant"
        places += [m for m in sent_mentions if m.label == "ORG" and is_venue(m.span.text)]
    if not places and not any(m.label == "ORG" for m in sent_mentions):
        return []
    scope = set(subtree)
    head = tokens[i].head
    if kind is EventKind.DISASTER and tokens[i].dep in {"dobj", "obj", "nsubjpass"} and tokens[head].lemma.lower() in _PERCEIVING_VERBS:
        # "residents of Cobb felt the quake", "the earthquake in Haiti was felt in Cuba": only the
        # quake's own words say where it struck, not where it was felt
        listed = {j for c in parse.kids(i, "prep") if tokens[c].text.lower() in {"including", "like"} for j in parse.subtree(c)}
        own = [m.span.text for m in places if (idx := [t.i for t in tokens if m.span.start <= t.start < m.span.end])
               and set(idx) <= scope - listed and _locative(parse, idx, kind)]  # not "felt the quake, including Lakeport"
        return list(dict.fromkeys(own))
    if tokens[i].dep in {"dobj", "obj"} and tokens[head].lemma.lower() in _LIGHT_VERBS:
        # "launched a campaign with the aim of capturing Raqqa", "mounted an operation in Ceuta"
        scope |= {j for c in parse.kids(head) if c != i and tokens[c].dep not in {"nsubj", "nsubjpass", "conj", "cc", "ccomp"} for j in parse.subtree(c)}
    for j in list(scope):  # adverbial clauses tell of other moments: "before sending them to Syria"
        if (j != i and tokens[j].dep == "relcl" and i not in parse.subtree(j) and _a_person(parse, tokens[j].head)
                and tokens[j].lemma.lower() in _LIFE_VERBS):
            scope -= set(parse.subtree(j))  # "the murders of her daughter, who was studying in South Wales": her life, not the deed
            continue
        if j != i and tokens[j].dep == "advcl" and tokens[j].pos in {"VERB", "AUX"}:
            if any(tokens[c].text.lower() in {"when", "as", "while"} for c in parse.kids(j, "mark", "advmod")):
                continue  # "killed when a bomber detonated explosives at the market": the same moment
            if kind is EventKind.DISASTER and _mishap(parse, j):
                continue  # "died after his car hit a tree near Gympie": the accident that killed
            if tokens[j].tag == "VBG" and tokens[j].head == _done_one_of(parse, i) and not parse.kids(j, "mark", "advmod", "nsubj", "nsubjpass", "aux"):
                continue  # "carried out a heist, snatching rings from a boutique in Paris": how it was done
            scope -= set(parse.subtree(j))
    head = tokens[i].head
    if tokens[i].pos in {"NOUN", "PROPN"} and head != i and tokens[i].dep in {"nsubj", "nsubjpass", "dobj", "pobj", "attr"}:
        # a noun trigger inside a clause: "the bombing ... killed 15 in Marrakesh"
        verb = head if tokens[head].pos in {"VERB", "AUX"} else tokens[head].head
        # not the place of a verb the event is only the reason or topic of: "blamed the rhetoric in the
        # U.S. for the attack", "spoke in Ottawa about the shooting"
        if tokens[verb].lemma.lower() in _LIKENING_VERBS and parse.kids(verb, "dobj", "obj", "npadvmod"):
            pass  # "Monday's shooting follows two last week in Atlanta": the places of the others (not "riots followed in Lyon")
        elif (tokens[i].dep != "pobj" or tokens[verb].lemma.lower() in _HAPPENING_VERBS or tokens[verb].lemma.lower() in lx.CASUALTY_VERBS
                or kind is EventKind.PROTEST and tokens[verb].lemma.lower() in {"go", "be", "remain", "stay", "come"}  # "went on strike at a plant in Turin"
                or kind is EventKind.ELECTION and tokens[verb].lemma.lower() in {"win", "hold", "lose", "contest", "sweep"}  # "won the by-election in Rochdale"
                or kind is EventKind.ELECTION and tokens[verb].lemma.lower() in _VOTING_VERBS  # "voted in the election … in Taipei"
                and not {tokens[j].lemma.lower() for j in parse.subtree(verb)} & _ABROAD):  # not "expatriates cast ballots in London"
            scope |= {j for c in parse.kids(verb, "prep") if tokens[c].text.lower() in {"in", "at", "near", "outside", "across", "on", "through"}
                      or kind is EventKind.DISASTER and tokens[c].text.lower() == "into"  # "a typhoon slammed into Cagayan"
                      for j in parse.subtree(c)}
            if tokens[i].dep == "nsubj" and kind in {EventKind.ATTACK, EventKind.DISASTER}:
                # "a fire destroyed a church hall in Otahuhu", "a bomb hit a bus in Kabul": where what it struck stood
                scope |= {j for o in parse.kids(verb, "dobj", "obj") for c in parse.kids(o, "prep")
                          if tokens[c].text.lower() in {"in", "at", "near", "outside"} for j in parse.subtree(c)}
    out: list[str] = []
    located_from: list[str] = []
    for m in places:
        idx = [t.i for t in tokens if m.span.start <= t.start < m.span.end]
        if not idx or not set(idx) & scope:
            continue
        if _located_from(parse, idx):
            located_from.append(m.span.text)
            continue
        after = idx[-1] + 1
        if after + 1 < len(tokens) and tokens[after].text == "-" and (
                tokens[after + 1].lemma.lower() in _ATTRIBUTIVE
                or tokens[after + 1].text.islower() and tokens[after + 1].tag in {"JJ", "VBN", "VBG"}
                and tokens[after + 1].dep in {"amod", "compound"}):  # not "struck in Kabul - killing 12"
            if not (kind is EventKind.ACQUISITION and tokens[after + 1].lemma.lower() in {"based", "base"}):
                continue  # "US-led coalition", "Rabat-based group", "China-friendly party": a modifier, not where it happened
        if not _locative(parse, idx, kind, i):
            continue  # "a network known as Los Herederos", "linked to Syria"
        if _reached_through_away_prep(parse, idx[0], i) or _river_as_a_line(parse, idx):
            continue
        if tokens[tokens[idx[-1]].head].lemma.lower() in _COMPARISON_SCOPES:
            continue  # "the deadliest attack on Jews in U.S. history": the scope of a comparison
        out.append(m.span.text)
    if not out:
        # "a quake struck 10 miles north of Santa Rosa": the town it is located from, when the
        # sentence names no nearer place ("at Bama, 70 km south-east of Maiduguri" is Bama's)
        out = located_from
    verb = i if tokens[i].pos in {"VERB", "AUX"} else (tokens[i].head if tokens[i].dep in {"dobj", "obj", "nsubjpass", "nsubj"} else None)
    if not out and verb is not None:
        # "Police in Medellín say they have broken up …": where the acting force is
        chain = [verb]
        while tokens[chain[-1]].dep in {"ccomp", "xcomp", "advcl", "conj", "pcomp"} and len(chain) < 5:
            chain.append(tokens[chain[-1]].head)
            if tokens[chain[-1]].pos == "ADP" and tokens[chain[-1]].dep == "prep":
                chain.append(tokens[chain[-1]].head)  # "committed suicide after being arrested, police in Palermo said"
        for subj in [v for a in chain for v in parse.kids(a, "nsubj")]:
            if tokens[subj].lemma.lower() not in _POLICE_CONTEXT | _MILITARY_CONTEXT | {"official", "authority", "force"}:
                continue
            # the tagger often takes a town before "police" for an organisation ("Staunton police")
            forces = [m for m in sent_mentions if m.label == "ORG" and " " not in m.span.text.strip()]
            for m in places + forces:
                idx = [t.i for t in tokens if m.span.start <= t.start < m.span.end]
                # "police in Palermo", or the town's own force doing the deed: "Staunton police arrested …"
                # (not one telling of it: "Pittsburgh police said that Bowers killed …")
                own_force = (bool(idx) and tokens[subj].head == verb and tokens[idx[-1]].head == subj
                             and tokens[idx[-1]].dep in {"compound", "poss", "nmod"} and (m in places or tokens[subj].lemma.lower() == "police"))
                if m in forces and not own_force:
                    continue
                if idx and idx[0] in parse.subtree(subj) and (_in_prep(parse, idx[0]) or own_force) and not _suburb_of(parse, idx):
                    out.append(m.span.text)
    if not out and kind is EventKind.ARREST:
        # "turned himself in to Fort Lauderdale police", "surrendered to Lyon police": the town of the police
        custodians = [o for p in parse.kids(i, "prep") if tokens[p].text.lower() == "to" for o in parse.kids(p, "pobj")
                      if tokens[o].lemma.lower() in _CUSTODIANS]
        for m in places:
            idx = [t.i for t in tokens if m.span.start <= t.start < m.span.end]
            if idx and any(tokens[idx[-1]].head == o and tokens[idx[-1]].dep in {"compound", "nmod", "poss"} for o in custodians):
                out.append(m.span.text)
    if not out and tokens[i].dep == "relcl" and any(tokens[c].text.lower() == "where" for c in parse.kids(i, "advmod")):
        # "violence broke out in the northern city of Thessaloniki, where 20,000 people marched"
        own = set(parse.subtree(i))
        for m in places:
            idx = [t.i for t in tokens if m.span.start <= t.start < m.span.end]
            if idx and idx[0] in parse.subtree(tokens[i].head) and idx[0] not in own:
                out.append(m.span.text)  # what "where" stands for is a place, however it was reached ("moved to Paris, where")
    if not out and tokens[i].dep == "relcl":
        # "a pilot programme for the Kharkiv region that the government agreed in March": the
        # place of the thing agreed
        antecedent = tokens[i].head
        holders = [c for c in parse.kids(antecedent, "compound", "poss", "nmod")]  # "the Kharkiv region that ..."
        holders += [c for c in parse.kids(antecedent, "prep") if tokens[c].text.lower() in {"for", "in", "at", "near"}]
        for m in places:
            idx = [t.i for t in tokens if m.span.start <= t.start < m.span.end]
            if idx and any(idx[0] in parse.subtree(h) for h in holders) and _locative(parse, idx, kind):
                out.append(m.span.text)
    if not out and verb is not None and tokens[verb].pos in {"VERB", "AUX"}:
        # "arrested 13 men and seized a cache in Agadir": coordinated verbs share the place
        # only verbs that share one subject: "police arrested … and seized …", not "…, and reports claimed …"
        partners = [c for c in parse.kids(verb, "conj") if tokens[c].pos in {"VERB", "AUX"} and not parse.kids(c, "nsubj", "nsubjpass")]
        up = verb  # "walked into a party at a Vancouver business and shot and killed a man": up the chain
        while tokens[up].dep == "conj" and not parse.kids(up, "nsubj", "nsubjpass") and len(partners) < 6:
            up = tokens[up].head
            partners.append(up)
        for p in partners:
            if tokens[p].lemma.lower() in _PERCEIVING_VERBS:
                continue  # "struck Sonoma County and was felt in Sacramento"
            for m in places:
                idx = [t.i for t in tokens if m.span.start <= t.start < m.span.end]
                if (idx and idx[0] in parse.subtree(p) and _locative(parse, idx, kind) and not _reached_through_away_prep(parse, idx[0], p)
                        and not _river_as_a_line(parse, idx)):
                    out.append(m.span.text)
    return list(dict.fromkeys(out))


#: People a place name tells the home of ("a Michigan man", "a Texas woman").
#: Groups named after a place: "the Sinaloa cartel", "the Gulf clan".
_NAMED_GROUPS = frozenset({"cartel", "clan", "mafia", "syndicate", "gang", "tribe", "brigade", "militia"})
_PEOPLE_FROM = frozenset({"man", "woman", "boy", "girl", "teen", "teenager", "native", "couple", "mother", "father", "son",
                          "daughter", "husband", "wife", "grandmother", "grandfather", "citizen", "national"})


def _mention_head(parse: _Parse, idx: list[int]) -> Token:
    """The token of a mention (its tokens ``idx``) that the rest of the sentence hangs on."""
    tokens = parse.tokens
    return next((tokens[j] for j in idx if tokens[j].head not in idx), tokens[idx[-1]])


def _prep_objects(parse: _Parse, i: int, prep: str) -> set[str]:
    """The lemmas of what a word's preposition ``prep`` governs: "took him into custody" →
    {"custody"} for "into"."""
    return {parse.tokens[o].lemma.lower() for p in parse.kids(i, "prep") if parse.tokens[p].text.lower() == prep
            for o in parse.kids(p, "pobj")}


def _suburb_of(parse: _Parse, idx: list[int]) -> bool:
    """Whether a city is named only as the one a suburb lies beside: "the suburban Detroit
    accounting firm", "a Detroit suburb", "the suburbs of Detroit" (not "the suburb of Otahuhu",
    which names the suburb)."""
    tokens = parse.tokens
    head = _mention_head(parse, idx)
    noun = tokens[head.head]
    if head.dep in {"compound", "amod", "nmod"} and (noun.lemma.lower() == "suburb"
                                                    or any(tokens[c].lemma.lower() == "suburban" for c in parse.kids(noun.i, "amod"))):
        return True
    if head.dep == "pobj" and noun.text.lower() == "of" and tokens[noun.head].lemma.lower() == "suburb":
        suburb = noun.head  # "a suburb of Paris", "the suburbs of Detroit"; but "the suburb of Otahuhu" names it
        return not (tokens[suburb].tag == "NN" and any(tokens[d].lemma.lower() == "the" for d in parse.kids(suburb, "det")))
    return False


def _locative(parse: _Parse, idx: list[int], kind: EventKind, trigger: int | None = None) -> bool:
    """Whether a place mention (its tokens ``idx``) says where something happened; ``trigger``: the
    event's verb, when the mention is tested for it."""
    tokens = parse.tokens
    head = _mention_head(parse, idx)
    for _ in range(4):  # a mention cut out of a longer name ("Los Herederos" of "Los Herederos del Norte")
        if head.dep != "compound" or tokens[head.head].pos != "PROPN" or head.head in idx:
            break
        head = tokens[head.head]
    if kind is EventKind.SPORTS_RESULT and head.i not in idx and head.text.lower() in _CONTEST_WORDS:
        return True  # "won the Berlin Marathon": the host of the contest
    street = tokens[head.head]
    held = tokens[head.head] if head.dep == "compound" and tokens[head.head].lemma.lower() in _DIVISION_NOUNS else head
    if (kind in {EventKind.ARREST, EventKind.SEIZURE} and held.dep == "pobj" and tokens[held.head].text.lower() == "of"
            and tokens[tokens[held.head].head].lemma.lower() in _OFFICES_OF_PLACES):
        return False  # "detained a former governor of Taraba state": the office he held, not where (but the
        # mayor of a town is killed there, often enough)
    if head.dep == "poss" and street.pos == "PROPN" and street.ent_type in {"ORG", "WORK_OF_ART", ""} and not (
            street.lemma.lower() in lx.STREET_WORDS and street.dep == "pobj"
            and tokens[street.head].text.lower() in {"on", "in", "at", "along", "near", "outside"}):
        return False  # "a journalist who worked for London's Sunday Times": the paper's home, not where; but
        # "on Albany's First Street" is in Albany
    if _suburb_of(parse, idx):
        return False  # "the suburban Detroit accounting firm", "a Detroit suburb": near the city, not in it
    if (head.dep == "pobj" and tokens[head.head].text.lower() == "to" and trigger is not None and tokens[head.head].head == trigger
            and tokens[trigger].lemma.lower() in {"extradite", "deport"}):
        return True  # "was extradited to the United States": taken into custody there
    if head.dep == "poss" and street.ent_type == "PERSON":
        return False  # "Kenya's Janet Chelimo won": where she is from
    if head.dep == "compound" and tokens[head.head].lemma.lower() in _NAMED_GROUPS:
        return False  # "a member of the Sinaloa cartel": the group's name, not where it happened
    if head.dep in {"compound", "amod", "nmod"} and tokens[head.head].lemma.lower() in _PEOPLE_FROM and not _in_prep(parse, head.i):
        return False  # "a Michigan man shot …": where he is from, not where it happened
    if _in_prep(parse, head.i) or head.dep in {"compound", "poss", "nmod", "npadvmod", "amod"}:
        return True
    if (kind is EventKind.DISASTER and head.dep == "pobj" and tokens[head.head].text.lower() == "from"
            and tokens[tokens[head.head].head].lemma.lower() in {"takeoff", "take-off", "off"}):
        return True  # "crashed shortly after takeoff from Soldotna"
    if (kind in {EventKind.MILITARY_OPERATION, EventKind.ATTACK} and head.dep == "pobj" and trigger is not None
            and tokens[head.head].text.lower() in {"on", "upon"} and tokens[head.head].head == trigger
            and tokens[trigger].pos == "NOUN"):
        return True  # "air strikes on Gaza", "an assault on Mosul": the place struck
    if (head.dep == "nsubj" and head.head == trigger and tokens[trigger].pos == "VERB"
            and kind in {EventKind.MILITARY_OPERATION, EventKind.ATTACK}):
        return False  # "Knowles targeted the Walgreens", "Gaza fired rockets": who did it, not where
    if head.dep in {"dobj", "nsubjpass", "nsubj"} and kind in {EventKind.MILITARY_OPERATION, EventKind.ATTACK, EventKind.DISASTER}:
        return True
    if tokens[head.head].lemma.lower() in _PLACE_NOUNS:
        return True
    of = tokens[head.head]
    office = _PLACE_NOUNS | ({"mayor", "governor", "president", "council", "assembly", "parliament", "province", "state"}
                             if kind is EventKind.ELECTION else set())
    return head.dep == "pobj" and of.text.lower() == "of" and tokens[of.head].lemma.lower() in office


#: Last words of contests named after their hosts ("the Berlin Marathon", "the Monaco Grand Prix").
_CONTEST_WORDS = frozenset({"marathon", "open", "masters", "prix", "classic"})
#: Offices and belongings named "of" a place: "the governor of Taraba", "a citizen of Mali".
_OFFICES_OF_PLACES = frozenset({"governor", "mayor", "president", "minister", "premier", "leader", "chief", "chairman", "speaker",
                                "senator", "ambassador", "envoy", "king", "emir", "sultan", "archbishop", "bishop", "citizen",
                                "native", "national", "deputy", "lawmaker", "legislator"})
#: Words for a division of a country written after its name ("Taraba state").
_DIVISION_NOUNS = frozenset({"state", "province", "district", "region", "county", "governorate", "prefecture"})


def _in_prep(parse: _Parse, j: int) -> bool:
    for a in parse.ancestors(j, 5):
        if parse.tokens[a].dep == "prep" and parse.tokens[a].text.lower() != "of":
            return parse.tokens[a].text.lower() in {"in", "at", "near", "outside", "across", "throughout", "inside", "around",
                                                    "including", "like", "through", "along", "off"}
    return False


_COMPASS = frozenset({"north", "south", "east", "west", "northeast", "northwest", "southeast", "southwest",
                      "north-east", "north-west", "south-east", "south-west"})


def _river_as_a_line(parse: _Parse, idx: list[int]) -> bool:
    """A river named as a line of the map ("the districts west of the Tigris river"), not as
    where something happened ("bodies were pulled from the Tigris")."""
    tokens = parse.tokens
    after = idx[-1] + 1
    if after >= len(tokens) or tokens[after].text.lower() not in {"river", "rivers"} or tokens[after].dep != "pobj":
        return False
    of = tokens[tokens[after].head]
    return of.text.lower() == "of" and tokens[of.head].text.lower() in _COMPASS


def _reached_through_away_prep(parse: _Parse, j: int, trigger: int) -> bool:
    for a in parse.ancestors(j, 14):
        if a == trigger:
            return False
        tok = parse.tokens[a]
        if tok.dep == "prep" and tok.text.lower() in _AWAY_PREPS:
            objects = {parse.tokens[o].lemma.lower() for o in parse.kids(a, "pobj")}
            if tok.text.lower() == "with" and objects & _PURPOSE_NOUNS:
                continue  # "a campaign with the aim of capturing Raqqa": its target, not a companion
            if tok.text.lower() == "into" and objects & _VENUES:
                continue  # "walked into a cafe in Marrakesh and opened fire": a step, not a journey
            if tok.text.lower() in {"into", "through"} and objects & _RAMMED_CROWDS and parse.tokens[trigger].lemma.lower() in _RAMMING:
                continue  # "drove a truck into a crowd in Nice": where the crowd was
            if tok.text.lower() == "to" and "street" in objects:
                continue  # "took to the streets of Athens": where the crowd was
            if tok.text.lower() == "with" and parse.tokens[trigger].lemma.lower() in {"clash", "fight", "battle", "scuffle", "skirmish",
                                                                                   "shootout", "gunfight", "firefight"}:
                continue  # "protesters clashed with police in Nairobi": whom they fought, where
            if tok.text.lower() == "into" and (parse.tokens[trigger].lemma.lower() in _VEHICLE_MISHAPS | {"crash", "slam", "smash"}
                                               or tok.head != trigger and parse.tokens[tok.head].lemma.lower() in _STRIKING_INTO):
                continue  # "the bus plunged into a ravine in Peru": where it ended; "a typhoon slammed into Cagayan"
            if tok.text.lower() == "to" and parse.tokens[trigger].lemma.lower() in {"extradite", "deport", "transfer"}:
                continue  # "was extradited to the United States": where the custody is
            if tok.text.lower() == "from" and parse.tokens[trigger].lemma.lower() in _TAKING | _ROBBERY_NOUNS | _ABDUCTING:
                continue  # "robbers stole diamonds from a Paris store": where they were taken
            if tok.text.lower() == "from" and parse.tokens[tok.head].lemma.lower() in {"takeoff", "take-off", "off"} and (
                    parse.tokens[trigger].lemma.lower() in _ACCIDENTS | {"crash", "plunge", "plummet", "go"}):
                continue  # "crashed shortly after takeoff from Soldotna": near where it took off
            return True
        if tok.lemma.lower() in {"send", "travel", "join", "return", "recruit", "smuggle", "flee", "head"} and tok.pos in {"VERB", "AUX"}:
            return True  # a journey ("headed to Syria"), not "the head of Misrata's council"
    return False


def _phrase(parse: _Parse, j: int, sent_mentions: list[Mention]) -> str | None:
    """The entity mention or short noun phrase headed by token ``j``."""
    tok = parse.tokens[j]
    for m in sent_mentions:
        if m.span.start <= tok.start < m.span.end and m.label in ACTOR_LABELS | PLACE_LABELS:
            return m.span.text
    if tok.pos not in {"NOUN", "PROPN"}:
        return None
    mods = {k for c in parse.kids(j, "compound", "amod", "cc", "conj") if c < j for k in parse.subtree(c)}
    start = j
    while start - 1 in mods and parse.tokens[start - 1].pos != "SPACE" and "\n" not in parse.tokens[start - 1].text:
        start -= 1
    words = [parse.tokens[k].text for k in range(start, j + 1)]
    if tok.pos == "NOUN" and not mods and tok.lemma.lower() in {"it", "they", "which", "who", "group", "man", "people"}:
        return None
    return " ".join(words)


def _actors_targets(parse: _Parse, i: int, kind: EventKind, sent_mentions: list[Mention]) -> tuple[list[str], list[str]]:
    tokens = parse.tokens
    tok = tokens[i]
    actors: list[str] = []
    targets: list[str] = []
    verb = i
    if tok.pos in {"NOUN", "PROPN"}:
        # "arrests by police", "Moroccan police raid": modifiers and "by" agents
        for c in parse.kids(i, "amod", "compound", "poss"):
            p = _phrase(parse, c, sent_mentions)
            if p and (tokens[c].ent_type in {"ORG", "NORP", "PERSON"} or country_of(tokens[c].text)):
                actors.append(p)
        for prep in parse.kids(i, "prep"):
            if tokens[prep].text.lower() == "by":
                actors += [p for c in parse.kids(prep, "pobj") if (p := _phrase(parse, c, sent_mentions))]
            if tokens[prep].text.lower() in {"of", "against", "on"}:
                targets += [p for c in parse.kids(prep, "pobj") if (p := _phrase(parse, c, sent_mentions))]
        if tok.dep in {"dobj", "obj"} and tokens[tok.head].pos == "VERB" and tokens[tok.head].lemma.lower() in _LIGHT_VERBS:
            verb = tok.head  # "militants launched an attack"; not "the UN condemned the attack"
        else:
            return _dedupe(actors), _dedupe(targets)
    subjects = parse.kids(verb, "nsubj")
    if not subjects and tokens[verb].dep == "conj":
        subjects = parse.kids(tokens[verb].head, "nsubj")
    for s in subjects:
        actors += _with_conjuncts(parse, s, sent_mentions)
    for agent in parse.kids(verb, "agent"):
        for c in parse.kids(agent, "pobj"):
            actors += _with_conjuncts(parse, c, sent_mentions)
    if verb == i:
        objects = parse.kids(i, "dobj", "obj", "nsubjpass")
        if not objects and tok.dep == "conj" and tok.tag == "VBN" and parse.kids(tok.head, "auxpass"):
            objects = parse.kids(tok.head, "nsubjpass")  # "a pedestrian was struck and killed": the one killed
        for o in objects:
            targets += _with_conjuncts(parse, o, sent_mentions)
    if not actors and kind in {EventKind.ARREST, EventKind.SEIZURE}:
        # "arrested in a massive sweep by Italian police": the force named in the deed's own phrase
        for prep in parse.kids(verb, "prep"):
            for obj in parse.kids(prep, "pobj"):
                for by in parse.kids(obj, "prep"):
                    if tokens[by].text.lower() == "by":
                        actors += [p for c in parse.kids(by, "pobj") if tokens[c].lemma.lower() in _POLICE_CONTEXT
                                   and (p := _phrase(parse, c, sent_mentions))]
    return _dedupe(actors), _dedupe(targets)


def _with_conjuncts(parse: _Parse, j: int, sent_mentions: list[Mention]) -> list[str]:
    out = []
    for k in [j, *parse.kids(j, "conj")]:
        p = _phrase(parse, k, sent_mentions)
        if p:
            out.append(p)
    return out


def _dedupe(items: list[str]) -> list[str]:
    return list(dict.fromkeys(x for x in items if x and x.lower() not in {"it", "they", "he", "she", "which", "who", "that", "we"}))


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
                   or _nobody_hurt(article_id, text, parse, v, role))
            if fig is not None:
                by_role[role] = fig
    toll = _risen_toll(article_id, text, parse, i, found)
    if toll is not None and ("killed" not in by_role or toll.value > by_role["killed"].value):
        by_role["killed"] = toll  # the toll now, not the two "who died in hospital" that raised it
    if "killed" not in by_role and kind is EventKind.DISASTER and (bodies := _bodies_recovered(article_id, text, parse, i, found)):
        by_role["killed"] = bodies  # "rescuers recovered 11 bodies from a mining pit that collapsed"
    return sorted(by_role.values(), key=lambda f: (not f.what.endswith("killed"), f.span.start))


#: Events of a country or of companies, not of the town a report is filed from: "KATHMANDU -
#: Nepal's Election Commission declared the results of the March 5 election" (a vote of all Nepal).
_NATIONAL_KINDS = frozenset({EventKind.ELECTION, EventKind.ACQUISITION})
#: Words of a local vote, which the town a report is filed from does hold: "re-elected the mayor".
_LOCAL_OFFICE = re.compile(r"\b(?:mayor|mayoral|city council|county|councillor|councilor|municipal|alderman|borough)", re.IGNORECASE)
#: A sentence that tells a toll rising: "the death toll from the bombing rose to 14".
_TOLL_RISEN = re.compile(r"\b(?:death toll (?:from|in|of)|number of (?:people |those )?(?:killed|dead))\b[^.;]*?\b(?:rose|rises|risen|"
                         r"climbed|climbs|jumped|jumps|increased|reached|mounted|soared)\b|\bbring(?:s|ing)? the death toll\b",
                         re.IGNORECASE)
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


#: What is attacked only with words ("attacked the plan", "efforts attacked by critics").
_ABSTRACT_TARGETS = frozenset({"effort", "policy", "plan", "idea", "proposal", "decision", "remark", "comment", "statement",
                               "bill", "law", "record", "view", "position", "approach", "report", "claim", "leadership",
                               "stance", "strategy", "program", "programme", "budget", "reform", "rhetoric", "speech", "deal",
                               "agreement", "move", "handling", "response", "opponent", "rival", "critic", "media", "press"})
#: What is executed that is no person: "executed a search warrant", "executed the plan".
_EXECUTED_THINGS = frozenset({"warrant", "order", "plan", "search", "strategy", "contract", "deal", "trade", "policy",
                              "operation", "raid", "manoeuvre", "maneuver", "transaction", "agreement", "task", "mission",
                              "will", "decision", "command", "attack", "play", "program", "programme", "project"})
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
                         "metre", "meter", "dollar", "euro", "pound", "offence", "offense", "felony", "murder"})
#: People counted by sex or age, whose conjoined counts add up ("eight men and three women").
_KIN = frozenset({"man", "woman", "child", "boy", "girl", "adult", "teenager", "infant", "baby", "men", "women", "children"})
#: People counted together in one toll when the text lists them by kind.
_COUNTED_PEOPLE = _KIN | frozenset({"soldier", "officer", "policeman", "policemen", "civilian", "troop", "militant", "worker",
                                    "student", "pilgrim", "passenger", "tourist", "villager", "driver", "guard", "fighter",
                                    "rebel", "insurgent", "resident", "miner", "farmer", "teacher", "nurse", "journalist",
                                    "employee", "migrant", "worshipper", "protester", "demonstrator", "suspect", "person",
                                    "people", "member", "official", "trooper", "sailor", "crewman", "pilot", "firefighter",
                                    "paramedic", "doctor", "shopkeeper", "trader", "pedestrian", "motorist", "classmate",
                                    "colleague", "neighbour", "neighbor", "customer", "commuter", "shopper", "bystander", "pupil",
                                    "relative", "patron", "guest", "victim"})


_BOUND_WORDS = frozenset({"since", "until", "till", "before"})


def _bounded(before: str) -> bool:
    """Whether the words before a date make it a bound ("since 2019", "until March"), not a
    date ("not until Tuesday", "on or before March 3")."""
    words = before.lower().split()
    if not words or words[-1] not in _BOUND_WORDS:
        return False
    return not (len(words) > 1 and words[-2] in {"not", "or", "and", "just", "shortly", "hours", "days", "minutes"})


def _days_before_now(parse: _Parse, i: int, anchor: date) -> str | None:
    """The date of an event told as "three days after": "Three days after a suicide bombing
    killed 12 people, troops say they have struck back" (the main clause in the present tense,
    at publication): the bombing was three days before the article."""
    tokens = parse.tokens
    verb = i if tokens[i].pos in {"VERB", "AUX"} else tokens[i].head if tokens[i].dep in {"nsubj", "nsubjpass"} else None
    if verb is None or tokens[verb].dep != "advcl":
        return None
    marks = [c for c in parse.kids(verb, "mark") if tokens[c].text.lower() == "after"]
    if not marks:
        return None
    spans = [c for holder in (verb, marks[0]) for c in parse.kids(holder, "npadvmod") if tokens[c].lemma.lower() == "day"]
    if not spans:
        return None
    number = [tokens[c].text.lower() for c in parse.kids(spans[0], "nummod", "det")]
    days = parse_number(number) if number else None
    main = tokens[tokens[verb].head]
    present = main.tag in {"VBZ", "VBP"} or any(tokens[c].tag in {"VBZ", "VBP"} for c in parse.kids(main.i, "aux", "auxpass"))
    if days is None or not present or not 0 < days <= 31:
        return None
    return (anchor - timedelta(days=int(days))).isoformat()


def _date(parse: _Parse, i: int, subtree: list[int], sent_dates: list[tuple[int, int, str]], text: str,
          found_in_sentence: Sequence[object] = ()) -> tuple[str | None, str | None]:
    tokens = parse.tokens
    # "the deadliest since 2019", "until March": a point of comparison or a bound, not the event's
    # date, unless the event is told in a clause on that date ("since June 2023, when police arrested …")
    sent_dates = [d for d in sent_dates
                  if not _bounded(text[max(0, d[0] - 16):d[0]])
                  or any(tokens[j].start >= d[0] and tokens[j].end <= d[1] and i in parse.subtree(j)
                         for j in parse.ancestors(i, 6))]
    # "a quake strikes a region hit by the 2004 tsunami": a date that modifies another event's
    # noun is that event's
    others = {j for j, *_ in found_in_sentence if isinstance(j, int) and j != i and tokens[j].pos in {"NOUN", "PROPN"}}  # type: ignore[misc]
    # but the event's own doer is the event: "168,000 were killed by the 2004 tsunami", "the 2004
    # tsunami killed 168,000" (the killing is the tsunami's, and of its year)
    doers = others & _doers(parse, i)
    others -= doers
    if others:
        sent_dates = [d for d in sent_dates
                      if not any(d[0] <= t.start < d[1] and t.dep in {"nummod", "compound", "amod", "npadvmod"} and t.head in others
                                 for t in tokens)
                      and not (any(_right_after(tokens[j], d, text) for j in others) and not _hangs_on(parse, d, i))]
    if not sent_dates:
        return None, None
    if tokens[i].pos in {"NOUN", "PROPN"}:
        # "memories of the Bama motor park attack four years ago": the date right after the noun
        # is its own, wherever the parser hung it
        after = [d for d in sent_dates if _right_after(tokens[i], d, text)
                 and not any(_hangs_on(parse, d, j) for j, *_ in found_in_sentence if isinstance(j, int) and j != i)]  # type: ignore[misc]
        # (not "arrested a man in the shooting Tuesday": the parser hung Tuesday on the arrest)
        if after:
            return after[0][2], text[after[0][0]:after[0][1]]
    if any(tokens[a].lemma.lower() in _RECALLING_NOUNS for a in parse.ancestors(i, 3)) or any(
            tokens[a].lemma.lower() in _RECORDINGS and tokens[a].pos == "NOUN" for a in parse.ancestors(i, 4)):
        # ("jurors on Thursday watched video capturing the moment she is shot": Thursday is the watching's)
        # "a vigil Thursday to mark the three-month anniversary of the shooting": the date is the
        # remembering's, unless it sits inside the event's own phrase
        sent_dates = [d for d in sent_dates if any(tokens[j].start >= d[0] and tokens[j].end <= d[1] for j in subtree)]
        if not sent_dates:
            return None, None
    scope_tokens = subtree
    tok = tokens[i]
    if tok.pos in {"NOUN", "PROPN"} and tok.head != i and tokens[tok.head].lemma.lower() in _REACTION_VERBS:
        # "the agency on Friday condemned the bombing": Friday is when it condemned it; a date after
        # the deed is the deed's ("condemned the attack in Kabul on Thursday")
        scope_tokens = sorted(set(subtree) | {j for c in parse.kids(tok.head, "prep", "npadvmod", "advmod") if c > tok.head
                                              for j in parse.subtree(c)})
    elif tok.pos in {"NOUN", "PROPN"} and tok.head != i:
        scope_tokens = sorted(set(subtree) | {tok.head} | {j for c in parse.kids(tok.head, "prep", "npadvmod", "advmod") for j in parse.subtree(c)})
    elif tok.dep == "conj" and tok.head != i:
        scope_tokens = sorted(set(subtree) | {j for c in parse.kids(tok.head, "prep", "npadvmod") for j in parse.subtree(c)})
    if doers:  # "the 2004 tsunami", "the tsunami of 2004"; not a relative clause's "last week"
        scope_tokens = sorted(set(scope_tokens) | {j for d in doers for c in parse.kids(d, "nummod", "compound", "amod", "npadvmod")
                                                   for j in parse.subtree(c)}
                              | {j for d in doers for p in parse.kids(d, "prep") if tokens[p].text.lower() in {"of", "in"}
                                 for j in parse.subtree(p)})
    for a in parse.ancestors(i, 4):
        if tokens[a].ent_type == "DATE":
            scope_tokens = sorted(set(scope_tokens) | {a} | set(parse.kids(a, "compound", "nummod", "amod")))
            break
    # "the former governor, who left office in 2023, was taken into custody": a relative clause on
    # another of its words tells another moment (not on its doer: "Typhoon Haiyan, which made
    # landfall on Friday, killed ...")
    told_apart = {k for j in scope_tokens if tokens[j].dep == "relcl" and j != i and i not in parse.subtree(j)
                  and tokens[tokens[j].head].pos in {"NOUN", "PROPN"} and tokens[j].head != i
                  and not (tokens[j].head in _doers(parse, i) and _a_hazard(parse, tokens[j].head))
                  for k in parse.subtree(j)}  # (the doer's own clause is the deed's: "Typhoon Haiyan, which made landfall on Friday, killed")
    # "the protest, the third on the motorway this month": a rank among others, dated by theirs
    told_apart |= {k for c in parse.kids(i, "appos") if any(tokens[x].ent_type == "ORDINAL" or tokens[x].tag == "JJS"
                                                              for x in parse.subtree(c)) for k in parse.subtree(c)}
    spans = [(tokens[j].start, tokens[j].end) for j in scope_tokens if j not in told_apart]
    apart = [(tokens[j].start, tokens[j].end) for j in told_apart]
    sent_dates = [d for d in sent_dates if not any(s <= d[0] < e for s, e in apart)]
    inside = [d for d in sent_dates if any(s <= d[0] < e or d[0] <= s < d[1] for s, e in spans)]
    if not inside:
        others = {j for j, *_ in found_in_sentence if isinstance(j, int) and j != i}  # type: ignore[misc]
        if len(sent_dates) == 1 and not others and not _dates_the_telling(parse, sent_dates[0], i) \
                and not _in_another_clause(parse, sent_dates[0], i):
            inside = sent_dates  # one event and one date in the sentence
        else:
            return None, None
    best = max(inside, key=lambda d: (len(d[2]), -abs(d[0] - tok.start)))
    return best[2], text[best[0]:best[1]]


def _right_after(tok: Token, when: tuple[int, int, str], text: str) -> bool:
    """Whether a date follows the token with nothing but spaces between ("the attack four years ago")."""
    return tok.end <= when[0] and not text[tok.end:when[0]].strip()


def _hangs_on(parse: _Parse, when: tuple[int, int, str], i: int) -> bool:
    """Whether the parser hung the date on token ``i`` ("arrested a man in the shooting Tuesday":
    Tuesday is the arrest's)."""
    return any(t.head == i for t in parse.tokens if when[0] <= t.start < when[1])


def _doers(parse: _Parse, i: int) -> set[int]:
    """The subject of a verb and the noun of its passive's "by" phrase ("killed by the tsunami")."""
    tokens = parse.tokens
    if tokens[i].pos not in {"VERB", "AUX"}:
        return set()
    return set(parse.kids(i, "nsubj")) | {o for a in parse.kids(i, "agent") for o in parse.kids(a, "pobj")}


#: Recordings of a deed: a date on the recording or on watching it is not the deed's ("video of the shooting").
_RECORDINGS = frozenset({"video", "footage", "recording", "tape", "photo", "photograph", "image", "picture", "clip",
                         "livestream", "film"})
#: Nouns that recall an older event: a date on them is not that event's ("the anniversary of the shooting").
_RECALLING_NOUNS = frozenset({"anniversary", "commemoration", "remembrance"})
#: Verbs of reacting to a deed: a date on one is the reaction's ("condemned on Friday the bombing").
_REACTION_VERBS = frozenset({"condemn", "denounce", "deplore", "decry", "mourn", "praise", "hail", "welcome", "applaud",
                             "criticize", "criticise", "commemorate"})
#: Verbs of telling: a date on one dates the telling, not the deed told ("…, police said Monday").
_TELLING_VERBS = frozenset({"say", "tell", "announce", "report", "add", "confirm", "state", "disclose", "reveal", "testify",
                            "write", "explain", "note", "claim", "allege", "acknowledge", "admit", "insist", "argue",
                            "recall", "recount", "describe", "remember"})


def _in_another_clause(parse: _Parse, when: tuple[int, int, str], i: int) -> bool:
    """The date is in a clause of another verb, below the event's: "the election is a key test
    before Obama conducts a review in December" (December is the review's)."""
    tokens = parse.tokens
    inner = [t.i for t in tokens if when[0] <= t.start < when[1]]
    if not inner:
        return False
    own = {i, *parse.ancestors(i, 12)}
    verbs = [a for a in parse.ancestors(inner[0], 12) if tokens[a].pos in {"VERB", "AUX"}]
    if not verbs:
        return False
    if verbs[0] not in own:
        return True
    # or above it, when the event is told in a relative clause: "Miles, who is accused of gunning
    # down a deputy on Friday, spent four months in a hospital in 2012" (2012 is the stay's)
    path = [i, *parse.ancestors(i, 12)]
    return verbs[0] != i and any(tokens[j].dep == "relcl" and not any(tokens[a].text.lower() == "to" for a in parse.kids(j, "aux"))
                                 for j in path[:path.index(verbs[0])])  # (not "the last officer to be shot -- 1977")


def _dates_the_telling(parse: _Parse, when: tuple[int, int, str], i: int) -> bool:
    """The date hangs on a verb of telling that is not the event's own: "he emptied his pistol
    into the deputy's back, the district attorney said Monday" (Monday is when she said it)."""
    tokens = parse.tokens
    inner = [t for t in tokens if when[0] <= t.start < when[1]]
    heads = {t.head for t in inner if not when[0] <= tokens[t.head].start < when[1]}
    for _ in range(_PREPOSITION_STEPS):  # "told reporters on Monday", "shortly after noon Monday, police said"
        heads |= {tokens[h].head for h in heads if tokens[h].dep in {"prep", "pobj"}}
    # the parser hung the date on the teller: "a witness on Tuesday testified that the gunman shot her"
    heads |= {tokens[h].head for h in heads if tokens[h].dep in {"nsubj", "nsubjpass"} and tokens[h].pos in {"NOUN", "PROPN", "PRON"}}
    if any(h != i and tokens[h].lemma.lower() in _TELLING_NOUNS and i not in parse.subtree(h) for h in heads):
        return True  # "Wilson said at a Wednesday news conference"
    if any(h != i and tokens[h].pos in {"VERB", "AUX"} and _topic_of(parse, i, h) for h in heads):
        return True  # "as theories swirled Monday about why Goforth was killed"
    if any(h != i and _court_step(parse, h) and not _coordinated(parse, h, i) for h in heads):
        return True  # "pleaded not guilty Friday to murder charges in the shooting death of an officer"
    if any(h != i and tokens[h].lemma.lower() in _TOLL_RISING and any(tokens[s].lemma.lower() in {"toll", "number"}
                                                                       for s in parse.kids(h, "nsubj")) for h in heads):
        return True  # "the death toll in the collapse rose to 14 on Thursday": the day of the toll
    return any(h != i and (tokens[h].lemma.lower() in _TELLING_VERBS
                           or tokens[h].lemma.lower() in _REACTION_VERBS and when[0] < tokens[h].start) for h in heads)


#: How many preposition and object links a date may hang below the verb it dates ("after noon Monday").
_PREPOSITION_STEPS = 3
#: Steps of a case in court: a date on one is the court's, not the deed's ("pleaded not guilty Friday").
_COURT_VERBS = frozenset({"plead", "arraign", "sentence", "indict", "convict", "acquit"})
_COURTS = frozenset({"court", "judge", "tribunal", "hearing", "magistrate", "jury"})


def _court_step(parse: _Parse, h: int) -> bool:
    """Whether the verb at ``h`` is a step of a case in court: "pleaded", "was charged Monday in
    the killing", "charged him with murder", "appeared in court"; not "troops charged rebel
    positions" nor "appeared to have shot"."""
    tokens = parse.tokens
    lemma = tokens[h].lemma.lower()
    if tokens[h].pos not in {"VERB", "AUX"}:
        return False
    if lemma in _COURT_VERBS:
        return True
    if lemma == "charge":
        return bool(parse.kids(h, "auxpass", "nsubjpass")) or any(tokens[p].text.lower() == "with" for p in parse.kids(h, "prep"))
    if lemma == "appear":
        return any(tokens[o].lemma.lower() in _COURTS for p in parse.kids(h, "prep") if tokens[p].text.lower() in {"in", "before"}
                   for o in parse.kids(p, "pobj"))
    return False


def _coordinated(parse: _Parse, a: int, b: int) -> bool:
    """Whether two verbs are coordinated ("was arrested and charged Friday"): a date on one is both's."""
    tokens = parse.tokens
    return (tokens[a].dep == "conj" and tokens[a].head == b) or (tokens[b].dep == "conj" and tokens[b].head == a)


#: Nouns of telling whose date is when it was told ("a Wednesday news conference").
_TELLING_NOUNS = frozenset({"conference", "briefing", "statement", "interview", "speech", "announcement", "address",
                            "hearing", "testimony", "report", "release", "post", "tweet"})
#: Words that open a clause about a deed rather than telling it ("why he was killed").
_QUESTION_WORDS = frozenset({"why", "how", "whether"})


def _topic_of(parse: _Parse, i: int, verb: int) -> bool:
    """Whether the event at ``i`` is only asked about under ``verb``: "theories swirled about why
    Goforth was killed", "wondered how the fire started"."""
    tokens = parse.tokens
    for a in [i, *parse.ancestors(i, 6)]:
        if a == verb:
            return False
        if any(tokens[c].text.lower() in _QUESTION_WORDS for c in parse.kids(a, "advmod", "mark")):
            return verb in parse.ancestors(a, 8)
    return False


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
