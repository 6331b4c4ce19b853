"""Trigger lexicons for event extraction, and the PLOVER mapping of each event type.

Lemmas are matched on the dependency parse (see :mod:`newsfold.events.triggers`), never as bare
keywords: a verb trigger must be a verb, a noun trigger a noun, and several need a
fitting object ("dismantle" a cell, "sign" an agreement).
"""

from __future__ import annotations

from newsfold.model import EventKind as K

#: Kinds of event that are violence, one class when reports are merged and scored.
VIOLENCE = frozenset({K.ATTACK, K.KILLING, K.MILITARY_OPERATION})

#: Words that end a street's name ("Lake Street", "117th St").
STREET_WORDS = frozenset({"street", "st", "avenue", "ave", "boulevard", "blvd", "road", "rd", "drive", "dr", "lane",
                          "ln", "way", "place", "court", "highway", "parkway", "terrace"})

#: Verb lemma → event type.
VERB_TRIGGERS: dict[str, K] = {
    "arrest": K.ARREST, "detain": K.ARREST, "apprehend": K.ARREST, "nab": K.ARREST,
    "capture": K.ARREST, "dismantle": K.ARREST, "bust": K.ARREST, "round": K.ARREST,
    "extradite": K.ARREST, "jail": K.ARREST,
    "seize": K.SEIZURE, "confiscate": K.SEIZURE, "impound": K.SEIZURE, "intercept": K.SEIZURE,
    "recover": K.SEIZURE, "turn": K.SEIZURE, "find": K.SEIZURE, "discover": K.SEIZURE, "uncover": K.SEIZURE, "unearth": K.SEIZURE,
    "attack": K.ATTACK, "bomb": K.ATTACK, "shell": K.ATTACK, "ambush": K.ATTACK, "stab": K.ATTACK,
    "bombard": K.ATTACK, "strafe": K.ATTACK,
    "strike": K.ATTACK, "storm": K.ATTACK, "target": K.ATTACK, "shoot": K.ATTACK, "torch": K.ATTACK,
    "kill": K.KILLING, "murder": K.KILLING, "assassinate": K.KILLING, "execute": K.KILLING,
    "behead": K.KILLING, "slay": K.KILLING, "massacre": K.KILLING, "strangle": K.KILLING, "lynch": K.KILLING,
    "die": K.DISASTER,  # only with a natural cause ("died when floodwater swept through"), handled in code
    "sink": K.DISASTER, "capsize": K.DISASTER,  # only a vessel going down ("the ferry capsized"), handled in code
    "crash": K.DISASTER, "derail": K.DISASTER, "collide": K.DISASTER,  # only vehicles ("the plane crashed"), in code
    "hang": K.KILLING,  # only a person hanged ("hanged his daughter", "was hanged"), handled in code
    "recapture": K.MILITARY_OPERATION, "retake": K.MILITARY_OPERATION, "liberate": K.MILITARY_OPERATION,
    "invade": K.MILITARY_OPERATION, "besiege": K.MILITARY_OPERATION,
    "neutralise": K.MILITARY_OPERATION, "neutralize": K.MILITARY_OPERATION,  # only fighters ("neutralised 40 terrorists"), in code
    "clash": K.MILITARY_OPERATION,  # only between armed sides (in code)
    "protest": K.PROTEST, "demonstrate": K.PROTEST, "rally": K.PROTEST, "march": K.PROTEST, "riot": K.PROTEST,
    "occupy": K.PROTEST,  # only by protesters ("students occupied the parliament"), handled in code
    "disperse": K.PROTEST,  # "police dispersed the protesters": the protest, seen from the police side
    "elect": K.ELECTION, "vote": K.ELECTION, "re-elect": K.ELECTION, "reelect": K.ELECTION,
    "acquire": K.ACQUISITION, "buy": K.ACQUISITION, "purchase": K.ACQUISITION, "takeover": K.ACQUISITION, "merge": K.ACQUISITION,
    "beat": K.SPORTS_RESULT, "defeat": K.SPORTS_RESULT, "thrash": K.SPORTS_RESULT, "edge": K.SPORTS_RESULT,
    "stun": K.SPORTS_RESULT, "rout": K.SPORTS_RESULT, "trounce": K.SPORTS_RESULT, "hammer": K.SPORTS_RESULT,
    "crush": K.SPORTS_RESULT, "outclass": K.SPORTS_RESULT, "thump": K.SPORTS_RESULT,  # only in a match report, in code
    "martyr": K.KILLING,  # "three policemen were martyred", as South Asian papers write of those killed
    "drown": K.DISASTER,  # "16 passengers drowned after a boat capsized": an accident, as the news tells it
    "cooperate": K.COOPERATION, "collaborate": K.COOPERATION, "sign": K.COOPERATION, "seal": K.COOPERATION,
    "conclude": K.COOPERATION, "ink": K.COOPERATION,
    "hit": K.DISASTER, "flood": K.DISASTER, "erupt": K.DISASTER, "rock": K.DISASTER, "jolt": K.DISASTER,
    "ravage": K.DISASTER, "devastate": K.DISASTER, "batter": K.DISASTER, "lash": K.DISASTER,
    "shake": K.DISASTER, "rattle": K.DISASTER,  # "a quake shook eastern Sonoma County": with a natural subject only
    "raid": K.ARREST, "break": K.ARREST, "win": K.SPORTS_RESULT,
    "agree": K.COOPERATION, "fire": K.ATTACK, "explode": K.ATTACK, "detonate": K.ATTACK, "kidnap": K.ATTACK,
    "abduct": K.ATTACK, "gun": K.KILLING, "stone": K.ATTACK, "loot": K.ATTACK,
    "rob": K.ATTACK, "carjack": K.ATTACK, "hijack": K.ATTACK,  # robbery is violence against people
    "approve": K.OTHER, "adopt": K.OTHER, "pass": K.OTHER,  # a decision of state: only with its object (below)
}

#: Noun lemma → event type.
NOUN_TRIGGERS: dict[str, K] = {
    "arrest": K.ARREST, "detention": K.ARREST, "roundup": K.ARREST, "dismantling": K.ARREST,
    "crackdown": K.ARREST, "bust": K.ARREST, "extradition": K.ARREST,
    "seizure": K.SEIZURE, "haul": K.SEIZURE, "confiscation": K.SEIZURE,
    "attack": K.ATTACK, "bombing": K.ATTACK, "blast": K.ATTACK, "explosion": K.ATTACK, "assault": K.ATTACK,
    "airstrike": K.ATTACK, "strike": K.ATTACK, "shelling": K.ATTACK, "ambush": K.ATTACK, "bombardment": K.ATTACK,
    "shooting": K.ATTACK, "stabbing": K.ATTACK, "raid": K.ATTACK, "rampage": K.ATTACK,
    "killing": K.KILLING, "murder": K.KILLING, "assassination": K.KILLING, "execution": K.KILLING,
    "beheading": K.KILLING, "massacre": K.KILLING, "slaying": K.KILLING, "homicide": K.KILLING,
    "shootout": K.ATTACK, "gunfight": K.ATTACK, "gunbattle": K.ATTACK, "firefight": K.ATTACK,
    "strangulation": K.KILLING, "lynching": K.KILLING,
    "offensive": K.MILITARY_OPERATION, "battle": K.MILITARY_OPERATION, "fighting": K.MILITARY_OPERATION,
    "clash": K.MILITARY_OPERATION,
    "siege": K.MILITARY_OPERATION, "incursion": K.MILITARY_OPERATION, "invasion": K.MILITARY_OPERATION,
    "campaign": K.MILITARY_OPERATION, "operation": K.MILITARY_OPERATION, "counteroffensive": K.MILITARY_OPERATION,
    "protest": K.PROTEST, "demonstration": K.PROTEST, "rally": K.PROTEST, "march": K.PROTEST,
    "riot": K.PROTEST, "sit-in": K.PROTEST, "walkout": K.PROTEST, "bandh": K.PROTEST, "hartal": K.PROTEST, "stayaway": K.PROTEST,
    "go-slow": K.PROTEST,
    "earthquake": K.DISASTER, "quake": K.DISASTER, "flood": K.DISASTER, "flooding": K.DISASTER,
    "landslide": K.DISASTER, "mudslide": K.DISASTER, "wildfire": K.DISASTER, "bushfire": K.DISASTER, "fire": K.DISASTER,
    "blaze": K.DISASTER, "hurricane": K.DISASTER, "cyclone": K.DISASTER, "typhoon": K.DISASTER,
    "tsunami": K.DISASTER, "storm": K.DISASTER, "eruption": K.DISASTER, "avalanche": K.DISASTER,
    "tornado": K.DISASTER, "drought": K.DISASTER, "aftershock": K.DISASTER, "tremor": K.DISASTER,
    "downpour": K.DISASTER, "rainstorm": K.DISASTER, "heatwave": K.DISASTER, "stampede": K.DISASTER,
    "crash": K.DISASTER, "collision": K.DISASTER, "sinking": K.DISASTER, "capsizing": K.DISASTER, "pileup": K.DISASTER, "pile-up": K.DISASTER, "derailment": K.DISASTER,
    "election": K.ELECTION, "referendum": K.ELECTION, "runoff": K.ELECTION, "poll": K.ELECTION,
    "by-election": K.ELECTION, "byelection": K.ELECTION, "bypoll": K.ELECTION, "by-poll": K.ELECTION,
    "win": K.SPORTS_RESULT,  # a noun only with a date, place or score ("Sunday's 2-1 cup final win")
    "acquisition": K.ACQUISITION, "takeover": K.ACQUISITION, "merger": K.ACQUISITION, "purchase": K.ACQUISITION,
    "deal": K.ACQUISITION, "buyout": K.ACQUISITION, "kidnapping": K.ATTACK, "abduction": K.ATTACK,
    "robbery": K.ATTACK, "heist": K.ATTACK, "holdup": K.ATTACK, "stickup": K.ATTACK, "carjacking": K.ATTACK,
    "hijacking": K.ATTACK, "ram-raid": K.ATTACK,
    "agreement": K.COOPERATION, "accord": K.COOPERATION, "pact": K.COOPERATION, "treaty": K.COOPERATION,
    "memorandum": K.COOPERATION, "cooperation": K.COOPERATION, "partnership": K.COOPERATION,
}

#: What police seize: the objects that make "recovered", "found" or "uncovered" a seizure.
CONTRABAND = frozenset({"weapon", "gun", "rifle", "ammunition", "explosive", "drug", "cocaine", "heroin", "cash",
                        "handgun", "pistol", "round", "kilogram", "kg", "tonne", "ton", "arm", "cannabis",
                        "hashish", "marijuana", "methamphetamine", "meth", "cache", "stockpile", "detonator",
                        "grenade", "firearm", "narcotic", "pill", "tablet", "counterfeit"})

#: Verbs that need an object of a given kind to count as triggers.
OBJECT_REQUIRED: dict[str, frozenset[str]] = {
    "dismantle": frozenset({"cell", "network", "ring", "group", "gang", "cartel", "operation", "camp", "structure", "organisation", "organization", "syndicate", "branch"}),
    "sign": frozenset({"agreement", "accord", "pact", "deal", "treaty", "memorandum", "protocol", "convention", "declaration", "contract"}),
    "seal": frozenset({"agreement", "accord", "pact", "deal", "treaty", "memorandum", "protocol", "partnership"}),
    "conclude": frozenset({"agreement", "accord", "pact", "deal", "treaty", "memorandum"}),
    "ink": frozenset({"agreement", "accord", "pact", "deal", "treaty", "memorandum"}),
    "recover": CONTRABAND,
    # "intercepted a shipment of cocaine", "intercepted 2 tonnes of hashish"; not "intercepted the missile", "the hand was intercepted"
    "intercept": CONTRABAND | frozenset({"shipment", "consignment", "package", "parcel", "cargo", "container", "load", "haul",
                                         "smuggler", "contraband", "truck", "lorry", "van", "car", "vehicle", "boat",
                                         "vessel", "speedboat", "dinghy"}),
    "find": CONTRABAND, "discover": CONTRABAND, "uncover": CONTRABAND, "unearth": CONTRABAND,
    "turn": CONTRABAND,  # only "turn up", handled in code
    "hit": frozenset(),  # only with a disaster noun as subject, handled in code
    "rock": frozenset(), "jolt": frozenset(), "ravage": frozenset(), "devastate": frozenset(), "batter": frozenset(),
    "lash": frozenset(), "shake": frozenset(), "rattle": frozenset(),
    "raid": frozenset(),  # police (arrest) or military, by context, handled in code
    "break": frozenset({"cell", "network", "ring", "group", "gang", "cartel", "operation", "camp", "structure",
                        "organisation", "organization", "syndicate", "branch"}),  # only "break up", handled in code
    "flood": frozenset(), "erupt": frozenset(),  # only with a natural subject ("the river flooded")
    "sink": frozenset(), "capsize": frozenset(), "hang": frozenset(), "strangle": frozenset(), "crash": frozenset(), "derail": frozenset(),
    "collide": frozenset(),
    "agree": frozenset(),  # "agreed to cooperate", "agreed on a pact": handled in code
    "fire": frozenset(),  # "fired on protesters", "fired mortars at": handled in code
    "gun": frozenset(),  # only "gunned down"
    "stone": frozenset(),
    "win": frozenset({"cup", "title", "final", "match", "championship", "trophy", "league", "medal", "race", "game",
                      "tournament", "derby", "semifinal", "semi-final", "series", "premiership", "crown", "marathon",
                      "prix", "open", "classic", "masters", "stage", "grand", "slam", "gold", "silver", "bronze", "pennant", "bowl"}),
    "round": frozenset(),  # only "round up"
    "disperse": frozenset({"protester", "demonstrator", "crowd", "protest", "demonstration", "rally", "march", "rioter",
                           "gathering", "mob", "marcher", "sit-in"}),
    "target": frozenset(),
    "shoot": frozenset(),
    # "the cabinet approved a 180-million-dinar fund", "parliament passed the budget"
    **{verb: frozenset({"fund", "budget", "law", "bill", "package", "decree", "resolution", "reform", "loan", "amendment",
                        "constitution", "ordinance", "statute"}) for verb in ("approve", "adopt", "pass")},
}

#: Nouns that are triggers only with an anchor (date, place, count) or a military/police context.
WEAK_NOUNS = frozenset({"operation", "campaign", "strike", "raid", "fire", "storm", "poll", "march", "rally", "win",
                        "agreement", "accord", "pact", "treaty", "memorandum", "cooperation", "partnership",
                        "fighting", "battle", "detention", "assault", "crackdown", "attack", "arrest"})

#: Governing lemmas that make an event a plot, not a fact.
PLOT_LEMMAS = frozenset({"plan", "plot", "planning", "plotting", "intention", "threat", "bid", "expect", "schedule", "propose", "intend", "prepare", "aim", "seek", "want", "try", "attempt", "threaten",
                         "conspire", "scheme", "vow", "hope", "mastermind", "foil", "thwart", "prevent", "avert",
                         "incite", "urge", "call", "advise", "instruct", "encourage"})
#: Governing lemmas that deny the event.
NEGATING_LEMMAS = frozenset({"deny", "refute", "dismiss", "reject", "fail"})
#: Modifiers that make a noun trigger a plot.
PLOT_MODIFIERS = frozenset({"planned", "planning", "plotting", "plotted", "foiled", "thwarted", "potential", "possible", "future", "imminent", "attempted", "would-be",
                            "proposed", "mooted", "rumoured", "rumored", "prospective", "contemplated"})
MODALS = frozenset({"could", "would", "may", "might", "should", "will", "shall", "can", "must"})

#: Kinds of natural hazard, by the words that name them.
HAZARD_WORDS: dict[str, str] = {
    **dict.fromkeys(["quake", "earthquake", "tremor", "aftershock", "temblor", "jolt", "rock", "shake", "tsunami"], "quake"),
    **dict.fromkeys(["flood", "flooding", "floodwater", "rain", "downpour", "rainstorm", "mudslide", "landslide"], "flood"),
    **dict.fromkeys(["storm", "hurricane", "cyclone", "typhoon", "tornado", "blizzard", "snowstorm", "snow", "lash"], "storm"),
    **dict.fromkeys(["fire", "wildfire", "blaze", "bushfire"], "fire"),
    **dict.fromkeys(["eruption", "erupt", "volcano"], "eruption"),
    **dict.fromkeys(["heatwave", "heat", "drought"], "heat"),
}

#: Craft whose sinking is a disaster: "the ferry capsized", "the duck boat sank".
VESSELS = frozenset({"boat", "ship", "ferry", "vessel", "yacht", "barge", "trawler", "dinghy", "raft", "canoe", "tanker",
                     "freighter", "steamer", "submarine", "sub", "catamaran", "dhow", "kayak", "liner", "tugboat", "schooner", "skiff",
                     "speedboat", "cutter", "frigate", "warship"})
#: What crashes, collides or derails in an accident: "the plane crashed", "a bus crash".
VEHICLES = VESSELS | frozenset({"plane", "jet", "aircraft", "airliner", "jetliner", "airplane", "aeroplane", "helicopter",
                                "chopper", "glider", "car", "bus", "coach", "minibus", "train", "tram", "truck", "lorry", "van",
                                "vehicle", "motorcycle", "motorbike", "taxi", "suv", "pickup", "trailer", "tractor", "bike",
                                "bicycle", "cab", "locomotive", "convoy", "drone", "matatu", "jeepney", "rickshaw",
                                "tuk-tuk", "autorickshaw", "minivan", "jeep", "scooter", "moped", "microbus"})
#: Words of a volcano at work: a named mountain erupting beside one of them is an eruption.
VOLCANIC_WORDS = frozenset({"volcano", "volcanic", "lava", "magma", "ash", "crater", "eruption", "fissure", "vent", "mount",
                            "mt", "summit", "caldera", "pyroclastic"})
#: Subjects of casualty verbs that make the event a disaster ("torrential rains killed 31").
NATURAL_CAUSES = frozenset({"rain", "rains", "storm", "flood", "floodwater", "quake", "earthquake", "tremor", "landslide",
                            "mudslide", "fire", "blaze", "wildfire", "heat", "heatwave", "cyclone", "hurricane", "typhoon",
                            "tsunami", "avalanche", "lightning", "snow", "cold", "drought", "downpour", "torrent", "wave",
                            "bushfire", "flashflood", "mudflow", "flooding", "deluge", "tornado", "blizzard", "sandstorm",
                            "hailstorm", "monsoon", "rockfall", "rockslide", "boulder"})
#: Verbs whose object counts casualties of an attack or disaster.
CASUALTY_VERBS = {"kill": "killed", "die": "killed", "injure": "injured", "wound": "injured", "claim": "killed",
                  "leave": "killed", "hurt": "injured", "displace": "displaced", "martyr": "killed", "drown": "killed",
                  "neutralise": "killed", "neutralize": "killed"}  # armies' word for fighters killed

#: PLOVER type and mode for each event type (PLOVER 0.5; None where none applies).
PLOVER: dict[K, tuple[str | None, str | None]] = {
    K.ARREST: ("COERCE", "arrest"),
    K.SEIZURE: ("COERCE", "seize"),
    K.ATTACK: ("ASSAULT", None),
    K.KILLING: ("ASSAULT", "firearms"),
    K.MILITARY_OPERATION: ("ASSAULT", None),
    K.COOPERATION: ("COOPERATE", None),
    K.PROTEST: ("PROTEST", "demonstrate"),
    K.DISASTER: (None, None),
    K.ELECTION: (None, None),
    K.ACQUISITION: (None, None),
    K.SPORTS_RESULT: (None, None),
    K.OTHER: (None, None),
}

#: Finer PLOVER modes of ASSAULT, chosen from the trigger lemma.
ASSAULT_MODES = {
    "bomb": "bombing", "bombing": "bombing", "blast": "bombing", "explosion": "bombing",
    "airstrike": "aerial", "strike": "aerial", "shell": "bombing", "shelling": "bombing",
    "shoot": "firearms", "shooting": "firearms", "stab": "beat", "stabbing": "beat", "fire": "firearms",
    "kidnap": "abduct", "abduct": "abduct", "kidnapping": "abduct", "abduction": "abduct",
    "explode": "bombing", "detonate": "bombing",
    "behead": "execution", "beheading": "execution", "execute": "execution", "execution": "execution",
    "assassinate": "firearms", "assassination": "firearms", "massacre": "firearms",
}


def plover_of(kind: K, trigger_lemma: str) -> tuple[str | None, str | None]:
    """PLOVER type and mode for an event type, refined by its trigger.

    >>> plover_of(K.ATTACK, "bombing")
    ('ASSAULT', 'bombing')
    >>> plover_of(K.COOPERATION, "agree")
    ('AGREE', None)
    """
    ptype, mode = PLOVER[kind]
    forms = _lemma_forms(trigger_lemma)
    if ptype == "ASSAULT":
        mode = next((ASSAULT_MODES[f] for f in forms if f in ASSAULT_MODES), mode)
    if kind is K.COOPERATION and forms & {"agree", "agreement", "accord", "pact", "treaty", "memorandum", "sign", "seal", "conclude", "ink"}:
        ptype = "AGREE"
    return ptype, mode


def _lemma_forms(word: str) -> set[str]:
    """A word and its likely lemmas: "concluded" → {"concluded", "conclude", "conclud"}."""
    w = word.lower()
    forms = {w}
    for suffix, repl in (("ings", ""), ("ing", ""), ("ing", "e"), ("ied", "y"), ("ed", ""), ("ed", "e"), ("d", ""), ("es", ""), ("s", "")):
        if w.endswith(suffix) and len(w) - len(suffix) >= 3:
            forms.add(w[: -len(suffix)] + repl)
    return forms


#: Units of length a deed is measured in, as written ("fell 150 metres"), and the role each names.
LENGTH_UNITS = {"metre": "metres", "metres": "metres", "meter": "metres", "meters": "metres", "m": "metres",
                "foot": "feet", "feet": "feet", "ft": "feet", "mile": "miles", "miles": "miles",
                "kilometre": "kilometres", "kilometres": "kilometres", "kilometer": "kilometres", "kilometers": "kilometres",
                "km": "kilometres", "yard": "yards", "yards": "yards"}
