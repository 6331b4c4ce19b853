"""The contexts that rule a violent or disastrous reading of a word out: a match report ("the
striker attacked the defence", "shot a final-round 66"), a sports result told without "beat", a
vote, a deal between companies, criticism ("attacked the government over the tax law"), a figure
of speech ("a storm of criticism"), a quotation, a headline; and whether a word names a person,
with the words for people (victims, attackers, crowds) that the sense checks above share. The
lowest of the sense checks: :mod:`~newsfold.events.violence`, :mod:`~newsfold.events.disasters`
and :mod:`~newsfold.events.triggers` build on them.
"""

from __future__ import annotations

import re

from newsfold.events.parse import _Parse, _doing_subjects, _prep_objects
from newsfold.model import EventKind


#: People whose occupying a place is a protest ("students occupied the parliament").
_PROTESTING_PEOPLE = frozenset({"protester", "protestor", "demonstrator", "student", "activist", "worker", "farmer",
                                "crowd", "supporter", "opponent", "striker", "campaigner"})

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


#: What people are attacked in words for: "attacked the minister over his comments".
_WORDS_SAID = frozenset({"handling", "failure", "comment", "remark", "silence", "statement", "speech", "stance", "response",
                         "position", "record", "conduct", "decision", "vote", "tweet", "claim", "view"})
#: Doers of blows: what they attack is attacked bodily, whatever the reason given.
_PHYSICAL_DOERS = frozenset({"mob", "gunman", "man", "woman", "youth", "crowd", "gang", "assailant", "soldier", "police", "officer"})

_PLAYERS = frozenset({"visitor", "host", "guest", "home", "away", "striker", "forward", "winger", "midfielder", "defender", "bowler", "batsman", "batter", "opener",
                      "pitcher", "hitter", "quarterback", "guard", "centre", "center", "team", "side", "player", "captain",
                      "substitute", "playmaker", "attacker", "spinner", "seamer", "keeper", "goalkeeper"})


#: People who protest by what they do: "youths threw stones", "residents blocked the road".
_CROWDS = _PROTESTING_PEOPLE | frozenset({"youth", "rioter", "resident", "villager", "trucker", "driver", "fan", "mob", "teacher",
                                         "nurse", "doctor", "employee", "staff", "member", "people", "community", "union",
                                         "miner", "taxi", "motorist", "hundred", "thousand", "dozen", "group", "rider",
                                         "operator", "vendor", "trader", "hawker", "pensioner", "veteran"})
#: People who block roads or gather in protest, beyond the usual crowds: "coca growers blocked the
#: highway" (not people who "attack" a ministry in words: see :func:`_criticised`).
_BLOCKADERS = _CROWDS | frozenset({"grower", "fisherman", "herder", "labourer", "laborer", "inmate", "prisoner", "detainee",
                                   "relative", "parent", "commuter", "shopkeeper", "merchant", "peasant", "cultivator", "porter",
                                   "transporter"})

_HUMAN_NOUNS = frozenset({"member", "suspect", "people", "person", "man", "woman", "militant", "fighter", "individual", "leader",
                          "commander", "recruiter", "jihadist", "terrorist", "smuggler", "trafficker", "soldier", "officer",
                          "child", "citizen", "national", "migrant", "activist", "protester", "journalist", "gunman"})


#: Words for people, beside the victims of :data:`_VICTIMS`: whom a hanging kills.
_PEOPLE_WORDS = frozenset({"daughter", "son", "baby", "boy", "girl", "wife", "husband", "mother", "father", "brother", "sister",
                           "prisoner", "inmate", "teenager", "infant", "toddler", "friend", "girlfriend", "boyfriend", "suspect",
                           "spy", "dissident", "activist", "journalist", "convict", "detainee"})


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
    if lemma == "draw" and _split_score(parse, i) and not parse.kids(i, "dobj", "obj") and any(
            tokens[s].pos == "PROPN" or tokens[s].lemma.lower() in {"side", "team", "club"} for s in parse.kids(i, "nsubj")):
        return EventKind.SPORTS_RESULT  # "the sides drew 1-1 at Prenton Park in November" (not "drew 1,200 people")
    if lemma == "lose" and "to" in {tokens[p].text.lower() for p in parse.kids(i, "prep")} and _split_score(parse, i) \
            and any(tokens[s].pos == "PROPN" for s in parse.kids(i, "nsubj")):
        return EventKind.SPORTS_RESULT  # "Samoa lost 20-24 to Georgia in Tbilisi": the other side's win
    return None


def _quoted(parse: _Parse, i: int) -> bool:
    """Whether a word stands inside quotation marks in its sentence ('"We killed it in Europe," he said')."""
    before = [parse.tokens[k].text for k in parse.sentence_of(i) if k < i]
    double = sum(t in {'"', "“", "”", "''", "``"} for t in before)
    single = sum(t in {"‘", "'"} for t in before)
    return double % 2 == 1 or single % 2 == 1


_VICTIMS = frozenset({"people", "person", "civilian", "resident", "villager", "child", "woman", "man", "worker", "passenger",
                      "student", "tourist", "soldier", "officer", "member", "fighter", "migrant", "refugee", "pilgrim"})


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

_WINNING = frozenset({"beat", "defeat", "edge", "thrash", "win", "stun", "rout", "trounce", "hammer", "crush", "outclass", "thump"})


def _split_score(parse: _Parse, i: int) -> bool:
    """Whether a split score ("3-2", "3 - 2") stands within a few words after the verb."""
    window = parse.tokens[i + 1: i + 10]
    months = {"january", "february", "march", "april", "may", "june", "july", "august", "september", "october", "november",
              "december", "jan", "feb", "mar", "apr", "jun", "jul", "aug", "sep", "sept", "oct", "nov", "dec"}

    def a_date(k: int, end: int) -> bool:  # "on 9-10 August": days, not a score
        near = parse.tokens[max(0, k - 1): end + 2]
        # (the tagger's DATE on the score itself, "stunned France 24-20", is no date without a word of one)
        return any(t.text.lower() in months or t.ent_type == "DATE" and not re.fullmatch(r"[\d\-–]+", t.text) for t in near)

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
    # "retained his lightweight title", "won the ninth stage of the Vuelta": a prize of a contest, named
    # with a word of sport or a name ("the African Boxing Union lightweight title"), not "the title of the book"
    titled = titled or any(parse.tokens[o].lemma.lower() in _PRIZES | {"stage"} and not _prep_objects(parse, o, "as")
                           and (parse.kids(o, "amod", "compound") or parse.kids(o, "prep")) and _of_a_contest(parse, o)
                           and (parse.tokens[o].lemma.lower() not in {"crown", "gold"} or _a_sporting_prize(parse, o))
                           for o in parse.kids(i, "dobj"))
    return bool(words & _SPORTS_WORDS) or score or titled


def _a_sporting_prize(parse: _Parse, o: int) -> bool:
    """Whether a crown or a gold is named by a contest, a body or a class of sport ("the WBC crown",
    "Olympic gold", "the world heavyweight crown"; not "the smartphone crown", "its global sales crown")."""
    return any(parse.tokens[c].pos == "PROPN" or parse.tokens[c].lemma.lower() in _SPORTS_WORDS | _SPORTING_CLASSES
               for c in parse.kids(o, "amod", "compound"))


#: Words that name a class or level of sport before a prize: "the world lightweight crown".
_SPORTING_CLASSES = frozenset({"olympic", "world", "heavyweight", "lightweight", "middleweight", "welterweight", "featherweight",
                               "bantamweight", "flyweight", "cruiserweight", "super", "continental", "national", "european", "african",
                               "asian", "commonwealth", "grand", "slam"})


def _of_a_contest(parse: _Parse, o: int) -> bool:
    """Whether what a prize is "of", if anything, is a contest: a name or a word of sport ("the ninth
    stage of the Vuelta"; not "the title of the book", "the crown of the world's largest bank")."""
    owners = [x for p in parse.kids(o, "prep") if parse.tokens[p].text.lower() == "of" for x in parse.kids(p, "pobj")]
    return all(parse.tokens[x].pos == "PROPN" or parse.tokens[x].lemma.lower() in _SPORTS_WORDS for x in owners)


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


#: Who wounds people in an attack (a storm or a crash injures without one).
_ATTACKERS = frozenset({"gunman", "attacker", "assailant", "shooter", "bomber", "sniper", "militant", "terrorist", "insurgent",
                        "gunmen", "attackers", "knifeman"})
