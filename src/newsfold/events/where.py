"""The places of an event: the place mentions of its sentence that its own words put it in
(:func:`_places`, :func:`_locative`), not where people went, came from or live, where it was
felt, the town a place is measured from or a suburb lies beside, nor a river named as a line of
the map; and venues, organisations named as buildings or sites (:func:`is_venue`,
:data:`VENUE_WORDS`).
"""

from __future__ import annotations

from newsfold import lexicon as lx
from newsfold.events.contexts import _a_person
from newsfold.events.disasters import _VEHICLE_MISHAPS, _mishap
from newsfold.events.parse import PLACE_LABELS, _LIGHT_VERBS, _MILITARY_CONTEXT, _POLICE_CONTEXT, _Parse, _mention_head
from newsfold.events.triggers import _ACCIDENTS, _RAMMING, _TAKING, _done_one_of
from newsfold.events.violence import _CUSTODIANS, _PLACE_NOUNS, _RAMMED_CROWDS
from newsfold.model import EventKind, Mention


_AWAY_PREPS = frozenset({"to", "from", "into", "toward", "towards", "with"})
#: Rooms and buildings one walks into on the spot (not a country one crosses into).
_VENUES = frozenset({"cafe", "café", "party", "building", "office", "mosque", "church", "synagogue", "temple", "school",
                     "restaurant", "shop", "store", "bank", "club", "bar", "nightclub", "home", "house", "hotel", "market",
                     "mall", "theatre", "theater", "cinema", "hospital", "station", "classroom", "courthouse", "meeting"})

_ATTRIBUTIVE = frozenset({"led", "lead", "backed", "back", "based", "base", "born", "funded", "fund", "made", "make", "sponsored", "sponsor", "linked", "link", "owned", "own", "run", "brokered", "broker"})

#: Words of an abduction, whose victims are taken "from" where it happened ("kidnapped 20 students
#: from a school in Kaduna").
_ABDUCTING = frozenset({"kidnap", "abduct", "kidnapping", "abduction", "snatch", "seize"})
#: Nouns of a robbery, whose loot is taken "from" where it happened.
_ROBBERY_NOUNS = frozenset({"robbery", "heist", "holdup", "stickup"})


#: Verbs that set an event beside others ("the shooting follows two last week in Atlanta", "the attack
#: mirrored one in Paris"): what they govern is the others'.
_LIKENING_VERBS = frozenset({"follow", "precede", "mirror", "echo", "resemble", "recall", "surpass", "eclipse", "rival"})
#: Verbs that tell where a person lives their life, not where a deed was done ("her daughter, who
#: was studying in South Wales"); not "attend", "visit" or "work" ("aid workers who were working in a village").
_LIFE_VERBS = frozenset({"live", "study", "reside", "grow", "hail", "settle", "emigrate", "immigrate"})

#: Verbs of a storm or a vehicle reaching a place: "a typhoon slammed into Cagayan".
_STRIKING_INTO = frozenset({"slam", "smash", "crash", "plough", "plow", "barrel", "sweep", "tear", "rip", "move", "roar"})


_PURPOSE_NOUNS = frozenset({"aim", "goal", "objective", "intention", "purpose", "view"})


def _votes_held_by(parse: _Parse, m: Mention) -> bool:
    """ "Kenya held a presidential election", "Ghana votes on Saturday": the country that votes."""
    idx = parse.within(m.span.start, m.span.end)
    head = _mention_head(parse, idx) if idx else None
    return head is not None and head.dep == "nsubj" and parse.tokens[head.head].lemma.lower() in {"hold", "vote", "go", "elect", "choose"}


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
        own = [m.span.text for m in places if (idx := parse.within(m.span.start, m.span.end))
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
            # (and where the sides fought "between" are: "fighting broke out between rebels and militias around Mwenga")
            scope |= {j for c in parse.kids(verb, "prep") if tokens[c].text.lower() == "between"
                      for side in parse.kids(c, "pobj") for x in [side, *parse.kids(side, "conj")]
                      for p in parse.kids(x, "prep") if tokens[p].text.lower() in {"in", "around", "near", "at"} for j in parse.subtree(p)}
            scope |= {j for c in parse.kids(verb, "prep") if tokens[c].text.lower() == "around" for o in parse.kids(c, "pobj")
                      for j in [o, *parse.kids(o, "compound")]}  # "around Mwenga"; not "around the anniversary of ... in Beijing"
            scope |= {j for c in parse.kids(verb, "prep") if tokens[c].text.lower() in {"in", "at", "near", "outside", "across", "on", "through"}
                      or kind is EventKind.DISASTER and tokens[c].text.lower() == "into"  # "a typhoon slammed into Cagayan"
                      for j in parse.subtree(c)}
            if tokens[i].dep == "nsubj" and kind in {EventKind.ATTACK, EventKind.DISASTER}:
                # "a fire destroyed a church hall in Otahuhu", "a bomb hit a bus in Kabul": where what it struck stood
                scope |= {j for o in parse.kids(verb, "dobj", "obj") for c in parse.kids(o, "prep")
                          if tokens[c].text.lower() in {"in", "at", "near", "outside"} for j in parse.subtree(c)}
        if tokens[i].dep == "pobj" and tokens[head].text.lower() == "under" and tokens[verb].lemma.lower() in {"come", "be"}:
            # "a police check post in Bannu came under attack": where what was attacked stood
            scope |= {j for s in parse.kids(verb, "nsubj", "nsubjpass") for j in parse.subtree(s)}
            scope |= {j for c in parse.kids(verb, "prep") if tokens[c].text.lower() in {"in", "at", "near", "outside"}
                      for j in parse.subtree(c)}
    out: list[str] = []
    located_from: list[str] = []
    homes: list[str] = []
    for m in places:
        idx = parse.within(m.span.start, m.span.end)
        # "workers in Peru's capital Lima", the name the parser hung elsewhere: the capital's name
        named = bool(idx) and idx[0] > 0 and idx[0] - 1 in scope and tokens[idx[0] - 1].lemma.lower() in {"capital", "city", "town", "port"} \
            and tokens[idx[0] - 1].pos == "NOUN" and tokens[idx[0]].dep == "appos"
        if not idx or not set(idx) & scope and not named:
            continue
        if named:
            out.append(m.span.text)
            continue
        if _located_from(parse, idx):
            located_from.append(m.span.text)
            continue
        head_tok = _mention_head(parse, idx)
        if head_tok.dep == "pobj" and tokens[head_tok.head].text.lower() == "of" and tokens[tokens[head_tok.head].head].lemma.lower() in _DWELLERS:
            homes.append(m.span.text)  # "residents of Diepsloot barricaded roads": there, unless the sentence says where
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
        # sentence names no nearer place ("at Bama, 70 km south-east of Maiduguri" is Bama's); but
        # where the people live, when they are named by it, first ("residents of Diepsloot, north of
        # Johannesburg"; not "two residents of Manchester were killed in Marbella")
        out = homes or located_from
    verb = i if tokens[i].pos in {"VERB", "AUX"} else (tokens[i].head if tokens[i].dep in {"dobj", "obj", "nsubjpass", "nsubj"} else None)
    if not out and verb is not None:
        # "Police in Medellín say they have broken up …": where the acting force is
        chain = [verb]
        while tokens[chain[-1]].dep in {"ccomp", "xcomp", "advcl", "conj", "pcomp"} and len(chain) < 5:
            chain.append(tokens[chain[-1]].head)
            if tokens[chain[-1]].pos == "ADP" and tokens[chain[-1]].dep == "prep":
                chain.append(tokens[chain[-1]].head)  # "committed suicide after being arrested, police in Palermo said"
        # when the deed's own subject is a force, another body telling of it is not where it acted: not
        # "police arrested two smugglers, prosecutors in Agrigento said" (but "a man stabbed three people,
        # police in Hamburg said" is Hamburg's)
        own_force = any(tokens[v].lemma.lower() in _POLICE_CONTEXT | _MILITARY_CONTEXT for v in parse.kids(verb, "nsubj"))
        for subj in [v for a in (chain[:1] if own_force else chain) for v in parse.kids(a, "nsubj")]:
            if tokens[subj].lemma.lower() not in _POLICE_CONTEXT | _MILITARY_CONTEXT | {"official", "authority", "force"}:
                continue
            # the tagger often takes a town before "police" for an organisation ("Staunton police")
            forces = [m for m in sent_mentions if m.label == "ORG" and " " not in m.span.text.strip()]
            for m in places + forces:
                idx = parse.within(m.span.start, m.span.end)
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
            idx = parse.within(m.span.start, m.span.end)
            if idx and any(tokens[idx[-1]].head == o and tokens[idx[-1]].dep in {"compound", "nmod", "poss"} for o in custodians):
                out.append(m.span.text)
    if not out and tokens[i].dep == "relcl" and any(tokens[c].text.lower() == "where" for c in parse.kids(i, "advmod")):
        # "violence broke out in the northern city of Thessaloniki, where 20,000 people marched"
        own = set(parse.subtree(i))
        for m in places:
            idx = parse.within(m.span.start, m.span.end)
            if idx and idx[0] in parse.subtree(tokens[i].head) and idx[0] not in own:
                out.append(m.span.text)  # what "where" stands for is a place, however it was reached ("moved to Paris, where")
    if not out and tokens[i].dep == "relcl":
        # "a pilot programme for the Kharkiv region that the government agreed in March": the
        # place of the thing agreed
        antecedent = tokens[i].head
        holders = [c for c in parse.kids(antecedent, "compound", "poss", "nmod")]  # "the Kharkiv region that ..."
        holders += [c for c in parse.kids(antecedent, "prep") if tokens[c].text.lower() in {"for", "in", "at", "near"}]
        for m in places:
            idx = parse.within(m.span.start, m.span.end)
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
                idx = parse.within(m.span.start, m.span.end)
                if (idx and idx[0] in parse.subtree(p) and _locative(parse, idx, kind) and not _reached_through_away_prep(parse, idx[0], p)
                        and not _river_as_a_line(parse, idx)):
                    out.append(m.span.text)
    return list(dict.fromkeys(out))


#: People a place name tells the home of ("a Michigan man", "a Texas woman").
#: Groups named after a place: "the Sinaloa cartel", "the Gulf clan".
_NAMED_GROUPS = frozenset({"cartel", "clan", "mafia", "syndicate", "gang", "tribe", "brigade", "militia"})
_PEOPLE_FROM = frozenset({"man", "woman", "boy", "girl", "teen", "teenager", "native", "couple", "mother", "father", "son",
                          "daughter", "husband", "wife", "grandmother", "grandfather", "citizen", "national"})


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
    if (head.dep in {"compound", "amod", "poss"} and tokens[head.head].dep == "nsubj" and trigger is not None
            and tokens[head.head].head == trigger and tokens[trigger].pos == "VERB" and kind in {EventKind.MILITARY_OPERATION, EventKind.ATTACK}
            and tokens[head.head].lemma.lower() in _ARMED_BODIES):
        return False  # "U.S. forces struck radar sites near Hodeidah": whose forces, not where (but "a Kabul suicide bomber")
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


#: Armed bodies named by the state they serve: "U.S. forces", "Israeli jets", "Russian troops".
_ARMED_BODIES = frozenset({"force", "troop", "army", "soldier", "military", "navy", "jet", "warplane", "aircraft", "drone",
                           "warship", "air"})

#: People named by the place they live in: "residents of Diepsloot barricaded roads", "villagers of
#: Kadawa were attacked" (of a protest, an attack, a killing, a disaster: there).
_DWELLERS = frozenset({"resident", "villager", "inhabitant", "townspeople", "townsfolk", "dweller"})
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
            if tok.text.lower() == "to" and parse.tokens[trigger].lemma.lower() == "set" and (
                    tok.head == trigger or parse.tokens[tok.head].lemma.lower() == "fire" and parse.tokens[tok.head].head == trigger):
                continue  # "set fire to a restaurant in Cottbus": what burned
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
