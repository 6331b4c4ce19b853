"""The date of an event: the time expression of its own clause, resolved against the publication
date (:func:`_date`), and not one that dates the telling ("police said Monday"), a reaction, a
step in court, a recording, or a deed of another clause; the weekday of a report with no date;
and a deed told "three days after" dated back from the day of publication.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from datetime import date, timedelta

from newsfold import lexicon as lx
from newsfold.dates import WEEKDAY_WORDS, find_dates
from newsfold.events.figures import _TOLL_RISING
from newsfold.events.parse import _Parse
from newsfold.events.triggers import _COURTS, _NAMED_HAZARDS
from newsfold.model import EventKind, Sentence, Token
from newsfold.numbers import parse_number


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


def _a_hazard(parse: _Parse, j: int) -> bool:
    """Whether a word names a deed or a force of nature ("the quake", "Typhoon Haiyan"), not a person."""
    words = [parse.tokens[j], *(parse.tokens[c] for c in parse.kids(j, "compound"))]
    return any(t.lemma.lower() in lx.NOUN_TRIGGERS or t.lemma.lower() in _NAMED_HAZARDS for t in words)


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
        head = tok.head
        if tok.dep == "pobj" and tokens[head].dep == "agent":
            head = tokens[head].head  # "a bus was swept into the river by a landslide early Tuesday": the doer's deed's day
        scope_tokens = sorted(set(subtree) | {tok.head, head} | {j for c in parse.kids(head, "prep", "npadvmod", "advmod")
                                                               for j in parse.subtree(c)})
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
    return any(parse.tokens[j].head == i for j in parse.within(when[0], when[1]))


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
    inner = parse.within(when[0], when[1])
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
    inner = [tokens[j] for j in parse.within(when[0], when[1])]
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
