"""Deterministic generator of realistic synthetic news articles, as JSON Lines.

Every record is ``{id, title, text, published, outlet, url}``.  Articles come in groups:
one invented real-world event (an arrest, seizure, attack, flood, earthquake, protest,
election, acquisition, sports result or cooperation agreement) in a real city is reported
by one to five invented outlets, each with its own wording, paragraph order, spelling of
the people's names and sometimes its own figures (death tolls that rise, police and
organiser crowd estimates, rounded prices).  Articles carry wire datelines or date lines,
relative dates ("on Tuesday", "yesterday", "last week") consistent with their publication
date, background paragraphs about past events with years, and now and then a syndicated
copy of another outlet's story.  Each article is about 400 spaCy tokens long and its
paragraphs are separated by blank lines.

The output depends only on ``--n`` and ``--seed`` (a seeded :class:`random.Random`)::

    python benchmarks/generate.py --n 1000 --seed 1 --out /tmp/gen.jsonl

The module is importable (:func:`generate_articles`, :func:`write_jsonl`) so that the
throughput benchmark uses exactly the same articles.
"""

from __future__ import annotations

import argparse
import json
import random
import re
import sys
from collections.abc import Iterator, Sequence
from dataclasses import dataclass, field
from datetime import date, timedelta
from pathlib import Path
from typing import Any

# --------------------------------------------------------------------------- world data

#: (city, country, other spellings) -- real cities across several countries.
CITIES: tuple[tuple[str, str, tuple[str, ...]], ...] = (
    ("Tetouan", "Morocco", ("Tétouan", "Tetuan")),
    ("Nador", "Morocco", ()),
    ("Marrakesh", "Morocco", ("Marrakech",)),
    ("Casablanca", "Morocco", ()),
    ("Tangier", "Morocco", ("Tangiers",)),
    ("Sfax", "Tunisia", ()),
    ("Sousse", "Tunisia", ()),
    ("Beja", "Tunisia", ("Béja",)),
    ("Malaga", "Spain", ("Málaga",)),
    ("Seville", "Spain", ("Sevilla",)),
    ("Algeciras", "Spain", ()),
    ("Marseille", "France", ("Marseilles",)),
    ("Lyon", "France", ("Lyons",)),
    ("Kano", "Nigeria", ()),
    ("Maiduguri", "Nigeria", ()),
    ("Lagos", "Nigeria", ()),
    ("Mombasa", "Kenya", ()),
    ("Kisumu", "Kenya", ()),
    ("Izmir", "Turkey", ("İzmir",)),
    ("Gaziantep", "Turkey", ()),
    ("Surabaya", "Indonesia", ()),
    ("Medan", "Indonesia", ()),
    ("Cali", "Colombia", ()),
    ("Medellin", "Colombia", ("Medellín",)),
    ("Karachi", "Pakistan", ()),
    ("Peshawar", "Pakistan", ()),
    ("Davao", "Philippines", ("Davao City",)),
    ("Cebu", "Philippines", ("Cebu City",)),
    ("Naples", "Italy", ("Napoli",)),
    ("Palermo", "Italy", ()),
    ("Recife", "Brazil", ()),
    ("Santos", "Brazil", ()),
    ("Alexandria", "Egypt", ()),
    ("Aswan", "Egypt", ()),
)

#: country -> (adjective, capital, police agency (full, short), currency, region word)
COUNTRIES: dict[str, tuple[str, str, tuple[str, str], str, str]] = {
    "Morocco": ("Moroccan", "Rabat", ("Central Bureau of Judicial Investigation (BCIJ)", "BCIJ"), "dirhams", "North Africa"),
    "Tunisia": ("Tunisian", "Tunis", ("National Guard", "National Guard"), "dinars", "North Africa"),
    "Spain": ("Spanish", "Madrid", ("Civil Guard", "Civil Guard"), "euros", "southern Europe"),
    "France": ("French", "Paris", ("judicial police", "judicial police"), "euros", "western Europe"),
    "Nigeria": ("Nigerian", "Abuja", ("National Drug Law Enforcement Agency (NDLEA)", "NDLEA"), "naira", "West Africa"),
    "Kenya": ("Kenyan", "Nairobi", ("Directorate of Criminal Investigations (DCI)", "DCI"), "shillings", "East Africa"),
    "Turkey": ("Turkish", "Ankara", ("gendarmerie", "gendarmerie"), "lira", "the eastern Mediterranean"),
    "Indonesia": ("Indonesian", "Jakarta", ("National Narcotics Agency (BNN)", "BNN"), "rupiah", "Southeast Asia"),
    "Colombia": ("Colombian", "Bogota", ("National Police", "police"), "pesos", "South America"),
    "Pakistan": ("Pakistani", "Islamabad", ("Anti-Narcotics Force (ANF)", "ANF"), "rupees", "South Asia"),
    "Philippines": ("Philippine", "Manila", ("Philippine Drug Enforcement Agency (PDEA)", "PDEA"), "pesos", "Southeast Asia"),
    "Italy": ("Italian", "Rome", ("Carabinieri", "Carabinieri"), "euros", "southern Europe"),
    "Brazil": ("Brazilian", "Brasilia", ("Federal Police", "Federal Police"), "reais", "South America"),
    "Egypt": ("Egyptian", "Cairo", ("Anti-Narcotics General Administration", "anti-narcotics police"), "pounds", "North Africa"),
}

#: (name, domain, style): "wire" outlets open with an upper-case dateline, "dated" ones with a date line.
OUTLETS: tuple[tuple[str, str, str], ...] = (
    ("Maghreb Wire", "maghrebwire.example", "wire"),
    ("Global Dispatch", "globaldispatch.example", "wire"),
    ("Meridian News Agency", "meridian-news.example", "wire"),
    ("Coastal Herald", "coastalherald.example", "dated"),
    ("The Daily Ledger", "dailyledger.example", "plain"),
    ("Iberia Today", "iberiatoday.example", "dated"),
    ("Sahel Observer", "saheltimes.example", "plain"),
    ("Harbour Post", "harbourpost.example", "plain"),
    ("Continental Review", "contreview.example", "dated"),
    ("Equator Star", "equatorstar.example", "plain"),
    ("Atlas Chronicle", "atlaschronicle.example", "dated"),
    ("Southern Courier", "southerncourier.example", "wire"),
    ("Bosphorus Bulletin", "bosphorusbulletin.example", "plain"),
    ("Pacific Monitor", "pacificmonitor.example", "wire"),
    ("Andes Telegraph", "andestelegraph.example", "dated"),
    ("Nile Gazette", "nilegazette.example", "plain"),
    ("Mediterranean Times", "medtimes.example", "dated"),
    ("Evening Standardbearer", "standardbearer.example", "plain"),
)

#: First names; each group lists spellings of one name.
FIRST_NAMES: tuple[tuple[str, ...], ...] = (
    ("Mohamed", "Mohammed", "Muhammad"), ("Youssef", "Yousef", "Yusuf"), ("Hicham", "Hisham"),
    ("Abdelkader", "Abdelqader", "Abdul Qadir"), ("Fatima", "Fatma"), ("Karim", "Kareem"), ("Aicha", "Aisha", "Ayesha"),
    ("Omar", "Umar"), ("Leila", "Layla", "Laila"), ("Hassan", "Hasan"), ("Said", "Saeed", "Saïd"),
    ("Olusegun",), ("Chinedu",), ("Ngozi",), ("Amina", "Aminah"), ("Wanjiru",), ("Otieno",),
    ("Javier", "Xavier"), ("Carlos",), ("Lucia", "Lucía"), ("Mehmet", "Mehmed"), ("Ayse", "Ayşe"),
    ("Dmitri", "Dmitry"), ("Nikolai", "Nikolay"), ("Joao", "João"), ("Rafael", "Raphael"), ("Giuseppe",),
    ("Chiara",), ("Budi",), ("Siti",), ("Imran",), ("Farah", "Farrah"), ("Jose", "José"), ("Maria", "María"),
    ("Ahmed", "Ahmad"), ("Khaled", "Khalid"), ("Sophie", "Sofie"), ("Mariam", "Maryam"), ("Reza",), ("Emeka",),
)

_SURNAME_HEADS = ("Bou", "Ben", "El ", "Al-", "Ait ", "Mar", "Kan", "Dra", "Vel", "Ost", "Tor", "Lun", "Ser", "Ya",
                  "Oko", "Nwa", "Kip", "Mwa", "Cas", "Fer", "Del", "Sant", "Ra", "Ha", "Ka", "Za", "Sha", "Kha")
_SURNAME_CORES = ("zid", "kar", "sal", "dim", "rab", "lek", "mun", "var", "tes", "gor", "nab", "fir", "lom", "kour",
                  "hadd", "mah", "rez", "dour", "bell", "quin", "tah", "sour", "jad", "wan")
_SURNAME_TAILS = ("i", "y", "ane", "ou", "ez", "ov", "ic", "a", "eri", "aoui", "ema", "uk", "ani", "o", "ini", "ira")

_PARTIES = ("National Renewal Party", "Democratic Front", "Citizens' Movement", "Green Alliance", "Popular Union",
            "Party of Progress", "Liberal Assembly", "Labour Coalition", "Reform Bloc", "Justice and Unity Party")
_CO_HEADS = ("Atlas", "Meridian", "Sahel", "Orion", "Cedar", "Blue Harbor", "Nova", "Helix", "Pinnacle", "Sirocco",
             "Tamarind", "Corvus", "Aurora", "Granite", "Silverline", "Falcon", "Lotus", "Kestrel", "Harmattan")
_CO_TAILS = ("Logistics", "Foods", "Telecom", "Energy", "Pharma", "Shipping", "Cement", "Textiles", "Bank",
             "Insurance", "Software", "Motors", "Retail", "Agro", "Mining", "Airways")
_CLUB_PATTERNS = ("{c} United", "Sporting {c}", "Atletico {c}", "Real {c}", "{c} City", "Racing {c}", "{c} Stars",
                  "Olympic {c}", "{c} Rovers", "Union {c}")
_ARMED_GROUPS = ("Islamic State", "ISIS", "ISIL", "Daesh", "Boko Haram", "al-Shabaab", "the Northern Liberation Front",
                 "the People's Resistance Brigades", "the Black Crescent Movement")

WEEKDAYS = ("Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday")
MONTHS = ("January", "February", "March", "April", "May", "June", "July", "August", "September", "October",
          "November", "December")
_SMALL = ("zero", "one", "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten", "eleven", "twelve")

KINDS = ("arrest", "seizure", "attack", "flood", "earthquake", "protest", "election", "acquisition", "sports",
         "cooperation")
_KIND_WEIGHTS = (16, 12, 12, 7, 5, 10, 6, 10, 12, 10)

_TOKEN = re.compile(r"\w+(?:[’'.-]\w+)*|[^\w\s]")


def count_tokens(text: str) -> int:
    """A close approximation of the number of spaCy tokens of a text (words and punctuation)."""
    return len(_TOKEN.findall(text))


# --------------------------------------------------------------------------- people


@dataclass(frozen=True)
class Person:
    """An invented person: spellings of the first name and of the surname, canonical first."""

    first: tuple[str, ...]
    last: tuple[str, ...]

    def render(self, rng: random.Random) -> tuple[str, str]:
        """One outlet's spelling: ``(full name, surname)``; the canonical spelling most often."""
        first = self.first[0] if rng.random() < 0.65 or len(self.first) == 1 else rng.choice(self.first[1:])
        last = self.last[0] if rng.random() < 0.7 or len(self.last) == 1 else rng.choice(self.last[1:])
        return f"{first} {last}", last


def _surname_variants(name: str) -> tuple[str, ...]:
    """Transliteration variants of a surname (ou/u, i/y, doubled letters, el-/al- articles)."""
    variants = [name]
    rules = (("ou", "u"), ("y", "i"), ("i", "y"), ("k", "q"), ("dd", "d"), ("ll", "l"), ("sh", "ch"), ("ane", "an"),
             ("El ", "El-"), ("Al-", "Al "), ("Ben", "Ben "), ("ez", "es"), ("aoui", "awi"), ("kh", "k"))
    for old, new in rules:
        if old in name and len(variants) < 4:
            if old in ("y", "i"):  # only a final letter alternates
                if name.endswith(old):
                    variants.append(name[: -len(old)] + new)
                continue
            variants.append(name.replace(old, new, 1))
    return tuple(dict.fromkeys(v.strip() for v in variants))


def make_person(rng: random.Random) -> Person:
    """An invented person with spelling variants."""
    head = rng.choice(_SURNAME_HEADS)
    core = rng.choice(_SURNAME_CORES)
    tail = rng.choice(_SURNAME_TAILS)
    # "El Kari", "Al-Dimy": a detached or hyphenated article capitalizes the name after it.
    last = head + (core.capitalize() if head.endswith((" ", "-")) else core) + tail
    return Person(rng.choice(FIRST_NAMES), _surname_variants(last))


# --------------------------------------------------------------------------- events


@dataclass
class Event:
    """One invented real-world event and everything outlets may say about it."""

    kind: str
    day: date
    city: str
    city_variants: tuple[str, ...]
    country: str
    people: list[Person]
    facts: dict[str, Any] = field(default_factory=dict)


def _other_city(rng: random.Random, country: str, not_city: str) -> str:
    same = [c for c, k, _ in CITIES if k == country and c != not_city]
    return rng.choice(same) if same else rng.choice([c for c, _k, _v in CITIES if c != not_city])


def make_event(rng: random.Random, day: date) -> Event:
    """An invented event of a random type on ``day`` in a random city."""
    kind = rng.choices(KINDS, weights=_KIND_WEIGHTS)[0]
    city, country, variants = rng.choice(CITIES)
    people = [make_person(rng) for _ in range(5)]
    f: dict[str, Any] = {}
    f["past_year"] = day.year - rng.randint(1, 12)
    f["past_month"] = rng.choice(MONTHS)
    f["past_city"] = _other_city(rng, country, city)
    f["past_n"] = rng.randint(3, 60)
    f["lastweek_city"] = _other_city(rng, country, city)
    f["lastweek_n"] = rng.randint(2, 9)
    if kind == "arrest":
        f["n"] = rng.randint(3, 25)
        f["network"] = rng.choice(("drug trafficking network", "people-smuggling ring", "cell linked to Islamic State",
                                   "gang suspected of armed robberies", "fraud ring", "arms trafficking network",
                                   "car theft ring", "cyber-extortion gang"))
        f["raids"] = rng.randint(2, 9)
        f["item"] = rng.choice(("cash", "mobile phones", "forged passports", "firearms", "laptops", "ammunition"))
    elif kind == "seizure":
        f["qty"] = rng.choice((120, 250, 420, 600, 750, 900, 1200, 1800, 2400, 3100))
        f["unit"] = rng.choice(("kilograms", "tonnes")) if f["qty"] < 500 else "kilograms"
        f["item"] = rng.choice(("cocaine", "cannabis resin", "heroin", "methamphetamine", "cigarettes", "ivory",
                                "captagon pills", "counterfeit medicines"))
        f["place"] = rng.choice(("port", "container terminal", "border crossing", "warehouse", "fishing harbour",
                                 "airport cargo area"))
        f["n"] = rng.randint(1, 12)
        f["vessel"] = rng.choice(("a cargo ship", "a refrigerated lorry", "a fishing trawler", "a shipping container",
                                  "a speedboat", "a bus"))
    elif kind == "attack":
        f["dead"] = rng.randint(1, 30)
        f["injured"] = f["dead"] + rng.randint(2, 40)
        f["target"] = rng.choice(("a police checkpoint", "a crowded market", "a military convoy", "a bus station",
                                  "a village mosque", "an army barracks", "a hotel", "a government building"))
        f["weapon"] = rng.choice(("gunmen", "a suicide bomber", "a car bomb", "assailants armed with rifles",
                                  "a roadside bomb"))
        f["group"] = rng.choice(_ARMED_GROUPS)
    elif kind in ("flood", "earthquake"):
        f["dead"] = rng.randint(2, 80)
        f["injured"] = rng.randint(10, 300)
        f["displaced"] = rng.choice((300, 800, 1500, 2400, 5000, 12000, 20000))
        f["homes"] = rng.choice((40, 120, 300, 650, 1100, 2500))
        f["magnitude"] = rng.choice(("5.4", "5.8", "6.1", "6.3", "6.7", "7.0"))
        f["depth"] = rng.randint(8, 40)
        f["rain_mm"] = rng.randint(80, 300)
        f["hours"] = rng.choice((6, 12, 24, 36, 48))
    elif kind == "protest":
        f["police_est"] = rng.choice((800, 1500, 3000, 5000, 8000, 12000, 20000))
        f["org_est"] = f["police_est"] * rng.choice((2, 3, 4, 5))
        f["issue"] = rng.choice(("rising fuel prices", "a new tax on bread", "water shortages", "pension reform",
                                 "the closure of a textile factory", "police violence", "unpaid teacher salaries",
                                 "a planned mine near the city"))
        f["arrests"] = rng.randint(0, 40)
    elif kind == "election":
        f["parties"] = rng.sample(_PARTIES, 3)
        a = rng.randint(36, 58)
        b = rng.randint(18, min(a - 3, 40))
        f["pct"] = (a, b, max(2, 100 - a - b - rng.randint(2, 10)))
        f["turnout"] = rng.randint(31, 74)
        f["seats"] = rng.choice((31, 45, 51, 61, 75))
        f["office"] = rng.choice(("mayoral", "municipal", "regional", "provincial"))
    elif kind == "acquisition":
        f["buyer"] = f"{rng.choice(_CO_HEADS)} {rng.choice(_CO_TAILS)}"
        f["target"] = f"{rng.choice(_CO_HEADS)} {rng.choice(_CO_TAILS)}"
        while f["target"] == f["buyer"]:
            f["target"] = f"{rng.choice(_CO_HEADS)} {rng.choice(_CO_TAILS)}"
        f["price"] = rng.choice((45, 80, 120, 175, 240, 310, 450, 720, 1100))
        f["employees"] = rng.choice((300, 800, 1500, 2200, 4000, 6500))
        f["stake"] = rng.choice((51, 60, 75, 100, 100, 100))
    elif kind == "sports":
        home_c = city
        away_c = _other_city(rng, country, city)
        f["home"] = rng.choice(_CLUB_PATTERNS).format(c=home_c)
        f["away"] = rng.choice(_CLUB_PATTERNS).format(c=away_c)
        f["score"] = (rng.randint(1, 5), rng.randint(0, 3))
        if f["score"][0] <= f["score"][1]:
            f["score"] = (f["score"][1] + 1, f["score"][0])
        f["crowd"] = rng.choice((8000, 12000, 18500, 24000, 31000, 45000))
        f["competition"] = rng.choice(("league", "cup quarter-final", "cup semi-final", "derby", "league title decider"))
        f["minute"] = rng.randint(3, 88)
    elif kind == "cooperation":
        partner = rng.choice([c for c in COUNTRIES if c != country])
        f["partner"] = partner
        f["topic"] = rng.choice(("maritime security", "counter-terrorism", "migration", "renewable energy",
                                 "water management", "vocational training", "drug trafficking", "cybersecurity",
                                 "port investment", "health research"))
        f["fund"] = rng.choice((15, 30, 50, 75, 120, 200))
        f["years"] = rng.choice((3, 4, 5, 10))
        f["doc"] = rng.choice(("agreement", "memorandum of understanding", "cooperation pact", "accord"))
    return Event(kind, day, city, variants, country, people, f)


# --------------------------------------------------------------------------- wording helpers


def num(rng: random.Random, n: int) -> str:
    """A count in words (small numbers, often) or digits."""
    if n <= 12 and rng.random() < 0.6:
        return _SMALL[n]
    return f"{n:,}"


def when_phrase(rng: random.Random, event_day: date, published: date) -> str:
    """How an article published on ``published`` refers to ``event_day``."""
    days = (published - event_day).days
    weekday = WEEKDAYS[event_day.weekday()]
    if days == 0:
        return rng.choice((f"on {weekday}", f"on {weekday}", "today", f"early on {weekday}"))
    if days == 1:
        return rng.choice((f"on {weekday}", "yesterday", f"on {weekday}", f"late on {weekday}"))
    if days < 7:
        return f"on {weekday}"
    return f"on {MONTHS[event_day.month - 1]} {event_day.day}"


def _ordinal(n: int) -> str:
    suffix = "th" if 10 <= n % 100 <= 20 else {1: "st", 2: "nd", 3: "rd"}.get(n % 10, "th")
    return f"{n}{suffix}"


def _sentence_case(text: str) -> str:
    return text[:1].upper() + text[1:]


def _pick(rng: random.Random, options: Sequence[str], slots: dict[str, str]) -> str:
    return _sentence_case(rng.choice(options).format(**slots))


# Paragraph shapes: a role has several shapes; a shape is a list of sentences, each a list of
# alternative templates.  Slots shared by every kind are filled in `_slots`.

Shape = list[list[str]]

COMMON: dict[str, list[Shape]] = {
    "lastweek": [
        [["Last week, the {agency_short} detained {lw_n} people in {lw_city} in a separate case.",
          "In a separate operation last week, officers in {lw_city} arrested {lw_n} people.",
          "The news comes after {lw_n} people were detained in {lw_city} last week."],
         ["Officials have not said whether the two cases are linked.",
          "It was not clear whether the cases were connected.",
          "Authorities said the two investigations were being handled separately."]],
    ],
    "reaction": [
        [["{official}, the governor of the {city} region, said on social media that the authorities would \"spare no effort\".",
          "{official}, a regional official, said the government was following the situation closely.",
          "Speaking to local radio, {official}, a member of the city council, called for calm."],
         ["Opposition politicians were more critical.",
          "Residents interviewed by {outlet} were divided.",
          "Some local groups questioned the official account."],
         ["\"People here want answers, not promises,\" said one shopkeeper, who asked not to be named.",
          "\"We have heard this before,\" a resident told reporters.",
          "Several residents said they had long warned about the problem."]],
    ],
    "outlook": [
        [["Further details were expected in the coming days.",
          "Officials said more information would be released later this week.",
          "The ministry said it would publish a full report next month."],
         ["{outlet} was unable to independently verify all of the figures.",
          "The figures could not be independently confirmed.",
          "Some of the details could not be verified independently."]],
        [["The story is developing and will be updated.",
          "Authorities promised a statement after an initial assessment."],
         ["{outlet} has contacted the ministry for comment.",
          "A spokesperson did not immediately respond to a request for comment."]],
    ],
    "country": [
        [["{country} has seen a string of similar cases in recent years.",
          "The case has drawn wide attention in {country}.",
          "The news dominated television bulletins in {country}."],
         ["Analysts in {capital} say the government is under pressure to show results before the next budget.",
          "Officials in {capital} have repeatedly promised tougher measures.",
          "Commentators in {capital} said the episode would test the new government."]],
    ],
}

KIND_TEXT: dict[str, dict[str, list[Any]]] = {
    "arrest": {
        "title": ["{adj} police dismantle {network} in {city}", "{n_cap} arrested in {city} raids",
                  "Police break up {network} in {city}, {n} held", "{city}: {n} suspects detained in {network} probe",
                  "{adj} police arrest {n} over {network}"],
        "lead": [
            [["{adj} police arrested {n} suspects {when} in {city}, dismantling a {network}, the {agency} said.",
              "The {agency} said it had dismantled a {network} in {city} {when}, arresting {n} people.",
              "Police in {city} detained {n} people {when} in an operation against a {network}, {adj} authorities said.",
              "Officers from the {agency} broke up a {network} in the {adj} city of {city} {when}, detaining {n} suspects."],
             ["The suspects are being questioned.", "They were taken into custody for questioning.",
              "All of them were placed in police custody.", ""]],
        ],
        "detail": [
            [["Officers carried out {raids} simultaneous raids before dawn and seized {item} and several vehicles.",
              "During {raids} searches in and around {city}, investigators seized {item}, the statement said.",
              "The operation involved {raids} raids across the city, and officers recovered {item}."],
             ["Investigators had been monitoring the group for several months.",
              "The investigation began last year after a tip-off from a neighbouring country.",
              "Police said the group had operated for at least two years."]],
        ],
        "quote": [
            [["\"This network was well organised, but not well enough,\" {spokes}, a spokesman for the {agency_short}, told reporters.",
              "\"We will continue to pursue anyone involved,\" said {spokes}, speaking for the {agency_short}.",
              "{spokes}, a spokesperson for the {agency_short}, said: \"Further arrests are possible.\""],
             ["{spokes_last} did not give details of the charges.",
              "{spokes_last} declined to say how the group had been identified.",
              "According to {spokes_last}, the suspects face charges that carry long prison terms."]],
        ],
        "person": [
            [["Investigators named the alleged ringleader as {leader}, a {age}-year-old from {city}.",
              "The suspected leader, {leader}, was among those detained, according to the statement.",
              "Among those held was {leader}, whom police described as the head of the group."],
             ["{leader_last} had been on a wanted list since {past_year}.",
              "{leader_last}'s lawyer could not be reached for comment.",
              "Police said {leader_last} had recruited the others through a local gym."]],
        ],
        "background": [
            [["The operation is the largest of its kind in {country} since {past_month} {past_year}, when police arrested {past_n} people in {past_city}.",
              "In {past_year}, a similar network was dismantled in {past_city}, where {past_n} suspects were held.",
              "It recalls a {past_year} case in {past_city}, in which {past_n} people were convicted."],
             ["Observers say criminal groups have since adapted their methods.",
              "That case led to a reform of the country's organised-crime laws.",
              ""]],
        ],
    },
    "seizure": {
        "title": ["{adj} customs seize {qty} {unit} of {item} in {city}", "Record {item} haul at {city} {place}",
                  "{qty} {unit} of {item} seized in {city}", "Police intercept {item} shipment in {city}"],
        "lead": [
            [["{adj} authorities seized {qty} {unit} of {item} {when} at the {place} in {city}, the {agency} said.",
              "Customs officers in {city} seized {qty} {unit} of {item} hidden in {vessel} {when}, officials said.",
              "The {agency} said it had intercepted {qty} {unit} of {item} at the {city} {place} {when}.",
              "Police and customs agents confiscated {qty} {unit} of {item} {when} during a search of {vessel} in {city}."],
             ["{n_cap} people were arrested.", "Officers detained {n} suspects at the scene.",
              "The driver and {n} other people were detained.", ""]],
        ],
        "detail": [
            [["The {item} was concealed among crates of fruit and had an estimated street value of several million {currency}.",
              "Sniffer dogs alerted officers to a hidden compartment, the statement said.",
              "Scanners revealed packages hidden behind a false wall, officials said."],
             ["It was destined for markets in Europe, investigators believe.",
              "Investigators believe the shipment came from South America.",
              "The cargo had been declared as frozen fish."]],
        ],
        "quote": [
            [["\"This is a major blow to the traffickers,\" {spokes}, a customs spokesman, said.",
              "\"Our officers did outstanding work,\" said {spokes}, a spokesperson for the {agency_short}.",
              "{spokes}, who speaks for the {agency_short}, said the seizure followed weeks of surveillance."],
             ["{spokes_last} said the investigation would now focus on the buyers.",
              "{spokes_last} would not say who owned the cargo."]],
        ],
        "person": [
            [["A lorry driver identified as {leader} was among those held.",
              "Police named the owner of the shipping company as {leader}, who was questioned and released.",
              "The prosecutor's office said {leader}, a businessman from {city}, was being sought."],
             ["{leader_last} has denied any wrongdoing.", "{leader_last} could not be reached for comment."]],
        ],
        "background": [
            [["The haul is the biggest at the {place} since {past_month} {past_year}, when officers found {past_n} kilograms of drugs aboard a trawler in {past_city}.",
              "In {past_year}, a record {past_n} tonnes of cannabis were seized in {past_city}.",
              "Seizures have risen sharply since {past_year}, according to official figures."],
             ["Smugglers have increasingly turned to smaller ports as controls tightened."]],
        ],
    },
    "attack": {
        "title": ["{dead_cap} killed in attack on {target_short} in {city}", "Attack in {city} kills {dead}",
                  "{city} attack: {dead} dead, {injured} wounded", "Gunmen strike {target_short} in {city}"],
        "lead": [
            [["At least {dead} people were killed and {injured} wounded {when} when {weapon} attacked {target} in {city}, officials said.",
              "{weapon_cap} attacked {target} in {city} {when}, killing {dead} people and wounding {injured}, according to police.",
              "An attack on {target} in the {adj} city of {city} left {dead} people dead {when}, the interior ministry said.",
              "{dead_cap} people died {when} after {weapon} struck {target} in {city}."],
             ["The death toll could rise.", "Several of the wounded were in a critical condition.",
              "Ambulances took the injured to hospitals across the city.", ""]],
        ],
        "detail": [
            [["Witnesses described hearing a loud blast followed by gunfire.",
              "Security forces sealed off the area and began a search for the attackers.",
              "Images shared on social media showed burnt-out vehicles outside the building."],
             ["The army said it had killed two of the assailants.", "No arrests had been made by the evening.",
              "A curfew was imposed in the surrounding districts."]],
        ],
        "quote": [
            [["\"This cowardly act will not go unpunished,\" {spokes}, the interior ministry spokesman, said.",
              "{spokes}, a police spokesman, said officers had responded within minutes.",
              "\"We heard screaming everywhere,\" said {spokes}, a trader who was near the scene."],
             ["{spokes_last} said security would be reinforced.", "{spokes_last} called for calm."]],
        ],
        "person": [
            [["Officials blamed {group} for the attack, although no group had claimed responsibility by nightfall.",
              "{group} claimed responsibility in a statement posted online.",
              "Security sources said the attack bore the hallmarks of {group}."],
             ["A local commander of the group, {leader}, had threatened further attacks last month.",
              "Police said they were looking for a suspect named {leader}.",
              "Authorities named {leader} as the alleged organiser."]],
        ],
        "background": [
            [["It was the deadliest attack in {country} since {past_month} {past_year}, when {past_n} people were killed in {past_city}.",
              "In {past_year}, a bombing in {past_city} killed {past_n} people.",
              "The region has seen repeated attacks since {past_year}."],
             ["Security has been tightened several times since then."]],
        ],
    },
    "flood": {
        "title": ["Floods kill {dead} in {city}", "{city} floods: death toll rises to {dead}",
                  "Torrential rain leaves {dead} dead around {city}", "Thousands displaced as floods hit {city}"],
        "lead": [
            [["Flash floods triggered by torrential rain killed {dead} people in and around {city} {when}, the civil protection agency said.",
              "At least {dead} people died {when} after floods swept through {city}, officials said.",
              "Heavy rains caused floods that killed {dead} people in the {city} region {when}, according to the authorities.",
              "Floodwaters inundated parts of {city} {when}, leaving {dead} people dead and {injured} injured."],
             ["About {displaced} people were forced from their homes.", "Rescue teams were still searching for missing people.",
              "Roads and bridges were washed away.", ""]],
        ],
        "detail": [
            [["More than {rain_mm} millimetres of rain fell in {hours} hours, the weather service said.",
              "Meteorologists recorded {rain_mm} millimetres of rainfall in {hours} hours.",
              "Rivers burst their banks after {rain_mm} millimetres of rain in {hours} hours."],
             ["Some {homes} homes were damaged or destroyed.", "Electricity was cut in several districts.",
              "Schools were closed across the province."]],
        ],
        "quote": [
            [["\"The water rose so quickly that we could not save anything,\" said {spokes}, a resident.",
              "{spokes}, the head of the civil protection agency, said teams were working around the clock.",
              "\"We are facing an exceptional situation,\" {spokes}, the regional governor, told reporters."],
             ["{spokes_last} urged residents to stay away from rivers.", "{spokes_last} said more rain was forecast."]],
        ],
        "person": [
            [["Among the dead was {leader}, a teacher who was swept away while helping neighbours.",
              "Rescuers pulled a man identified as {leader} from the roof of his car.",
              "A local councillor, {leader}, said the drainage system had been neglected for years."],
             ["Neighbours described {leader_last} as a hero.", "{leader_last} called for an inquiry."]],
        ],
        "background": [
            [["The floods are the worst in the region since {past_month} {past_year}, when {past_n} people died in {past_city}.",
              "In {past_year}, floods in {past_city} killed {past_n} people.",
              "Experts have warned since {past_year} that the river basin is vulnerable."],
             ["Climate scientists say such downpours are becoming more frequent."]],
        ],
    },
    "earthquake": {
        "title": ["Earthquake near {city} kills {dead}", "Magnitude {magnitude} quake strikes {city}",
                  "{city} earthquake: {dead} dead", "Strong quake jolts {city}, {dead} killed"],
        "lead": [
            [["A magnitude {magnitude} earthquake struck near {city} {when}, killing {dead} people and injuring {injured}, officials said.",
              "At least {dead} people were killed {when} when a strong earthquake hit the {city} area, the authorities said.",
              "An earthquake of magnitude {magnitude} jolted {city} {when}, leaving {dead} people dead.",
              "The earthquake that shook {city} {when} killed {dead} people, according to the disaster agency."],
             ["Buildings collapsed in the old town.", "Aftershocks continued through the night.",
              "Thousands of people spent the night outdoors.", ""]],
        ],
        "detail": [
            [["The quake had a depth of {depth} kilometres, the seismological institute said.",
              "Its epicentre was about {depth} kilometres from the city centre.",
              "The tremor was felt as far away as {capital}."],
             ["Some {homes} buildings were damaged.", "About {displaced} people were left homeless.",
              "Hospitals in the area were overwhelmed."]],
        ],
        "quote": [
            [["\"Everything started shaking and the walls came down,\" said {spokes}, a shop owner.",
              "{spokes}, a spokesman for the disaster agency, said search teams were working through the rubble.",
              "\"Our priority is to reach the trapped,\" {spokes}, the regional governor, said."],
             ["{spokes_last} said the toll was likely to rise.", "{spokes_last} appealed for blood donations."]],
        ],
        "person": [
            [["Rescuers pulled a girl alive from the rubble of a house belonging to {leader}.",
              "Among the victims was {leader}, a doctor at the city hospital.",
              "{leader}, a seismologist, said the fault had been under stress for decades."],
             ["{leader_last}'s family said they were still waiting for news."]],
        ],
        "background": [
            [["The region was last hit by a major earthquake in {past_month} {past_year}, which killed {past_n} people around {past_city}.",
              "In {past_year}, an earthquake near {past_city} killed {past_n} people.",
              "Building codes were tightened after a deadly quake in {past_year}."],
             ["Critics say the rules are poorly enforced."]],
        ],
    },
    "protest": {
        "title": ["Thousands march in {city} over {issue}", "{city} protest against {issue} draws thousands",
                  "Protesters rally in {city}", "Anger over {issue} brings crowds to {city} streets"],
        "lead": [
            [["Thousands of people marched through {city} {when} to protest against {issue}.",
              "Protesters took to the streets of {city} {when}, denouncing {issue}.",
              "A large crowd rallied in central {city} {when} against {issue}, in one of the biggest demonstrations this year.",
              "Demonstrators gathered in {city} {when} to protest over {issue}."],
             ["Police put the crowd at {police_est}, while organisers said {org_est} people took part.",
              "Organisers said {org_est} people joined the march; police estimated {police_est}.",
              "The interior ministry counted {police_est} protesters."]],
        ],
        "detail": [
            [["Clashes broke out near the governor's office, and police fired tear gas.",
              "The march was largely peaceful, though a few shop windows were broken.",
              "Protesters chanted slogans and carried banners criticising the government."],
             ["Police said {arrests} people were arrested.", "{arrests_cap} people were detained, according to a rights group.",
              "Several officers were slightly injured."]],
        ],
        "quote": [
            [["\"We cannot live like this any more,\" said {spokes}, one of the organisers.",
              "{spokes}, a union leader, told the crowd that the protests would continue.",
              "\"The government is not listening,\" {spokes}, a teacher, said."],
             ["{spokes_last} called for a general strike next week.", "{spokes_last} said a new march was planned."]],
        ],
        "person": [
            [["The movement's best-known figure, {leader}, was briefly detained.",
              "{leader}, an opposition lawmaker, joined the march.",
              "Police said they were looking for {leader}, accused of inciting violence."],
             ["{leader_last} has denied wrongdoing.", "{leader_last} later addressed the crowd."]],
        ],
        "background": [
            [["Similar protests in {past_month} {past_year} forced the government to reverse a price rise.",
              "In {past_year}, demonstrations in {past_city} drew tens of thousands.",
              "The city has not seen protests of this size since {past_year}."],
             ["Those protests ended after weeks of negotiations."]],
        ],
    },
    "election": {
        "title": ["{party_a} wins {office} vote in {city}", "{city} election: {party_a} takes {pct_a} percent",
                  "{cand} elected in {city}", "Voters in {city} back {party_a}"],
        "lead": [
            [["The {party_a} won the {office} election in {city} {when} with {pct_a} percent of the vote, official results showed.",
              "Voters in {city} handed the {party_a} a clear victory in the {office} election {when}.",
              "{cand} of the {party_a} was elected {when} in {city}, taking {pct_a} percent of the vote.",
              "The {party_a} came first in {city}'s {office} election {when}, according to the electoral commission."],
             ["The {party_b} came second with {pct_b} percent.", "Its main rival, the {party_b}, won {pct_b} percent.",
              "The {party_c} trailed with {pct_c} percent."]],
        ],
        "detail": [
            [["Turnout was {turnout} percent, the electoral commission said.",
              "Official turnout stood at {turnout} percent.",
              "About {turnout} percent of registered voters cast a ballot."],
             ["The council has {seats} seats.", "The result gives the party a majority on the {seats}-seat council.",
              "Counting continued late into the night."]],
        ],
        "quote": [
            [["\"Tonight the people of {city} chose change,\" {spokes}, the party's campaign manager, said.",
              "{spokes}, an election observer, said voting had been orderly.",
              "\"We accept the result,\" said {spokes}, a spokesperson for the {party_b}."],
             ["{spokes_last} said the party would focus on housing and transport."]],
        ],
        "person": [
            [["The new mayor, {cand_full}, is a former schoolteacher.",
              "{cand_full}, who led the list, promised to tackle unemployment.",
              "{cand_full} thanked voters in a speech at the party's headquarters."],
             ["{cand_last} will take office next month."]],
        ],
        "background": [
            [["In {past_year}, the {party_b} won the city with a narrow majority.",
              "The last {office} election, in {past_month} {past_year}, was marred by allegations of fraud.",
              "Turnout has fallen at every local election since {past_year}."],
             ["Analysts see the result as a test for the national government."]],
        ],
    },
    "acquisition": {
        "title": ["{buyer} to buy {target} for ${price} million", "{buyer} agrees {target} takeover",
                  "{buyer} acquires {target}", "{target} sold to {buyer} in ${price}m deal"],
        "lead": [
            [["{buyer} said {when} it had agreed to acquire {target}, a company based in {city}, for ${price} million.",
              "{buyer} will buy a {stake} percent stake in {target} for ${price} million, the companies announced {when}.",
              "The {city}-based firm {target} has agreed to be acquired by {buyer} for ${price} million, the companies said {when}.",
              "{buyer} announced {when} that it would take over {target} in a deal worth ${price} million."],
             ["The deal is subject to regulatory approval.", "The transaction is expected to close by the end of the year.",
              "Shares in {buyer} rose on the news.", ""]],
        ],
        "detail": [
            [["{target} employs about {employees} people, mostly in {country}.",
              "The company has {employees} staff and operations in several countries.",
              "With {employees} employees, {target} is one of the largest employers in {city}."],
             ["The acquisition would create a leading player in {region}.",
              "Analysts said the price was at the upper end of expectations.",
              "Unions have asked for guarantees on jobs."]],
        ],
        "quote": [
            [["\"This is a transformational deal for us,\" {spokes}, the chief executive of {buyer}, said.",
              "{spokes}, the chief financial officer of {buyer}, said the deal would pay for itself within five years.",
              "\"We are excited to join a larger group,\" said {spokes}, the founder of {target}."],
             ["{spokes_last} said no job cuts were planned."]],
        ],
        "person": [
            [["{target} was founded in {past_year} by {leader}.",
              "The company's largest shareholder, {leader}, supports the deal.",
              "{leader}, an analyst at a bank in {capital}, called the price \"full but fair\"."],
             ["{leader_last} will stay on as an adviser."]],
        ],
        "background": [
            [["In {past_year}, {buyer} bought a smaller rival in {past_city}.",
              "{target} listed its shares in {past_year}.",
              "The sector has seen a wave of consolidation since {past_year}."],
             ["Competition authorities have blocked two similar deals."]],
        ],
    },
    "sports": {
        "title": ["{home} beat {away} {s1}-{s2}", "{home} edge {away} in {city}", "{home} win {competition} against {away}",
                  "{scorer_last} double lifts {home} past {away}"],
        "lead": [
            [["{home} beat {away} {s1}-{s2} {when} in the {competition} in {city}.",
              "{home} defeated {away} {s1}-{s2} in front of {crowd} fans in {city} {when}.",
              "A goal from {scorer} helped {home} beat {away} {s1}-{s2} {when}.",
              "{home} won the {competition} against {away} {s1}-{s2} {when}."],
             ["The result moves them to the top of the table.", "It was their fourth win in a row.",
              "{away} remain without a win this season.", ""]],
        ],
        "detail": [
            [["{scorer} opened the scoring in the {minute} minute.",
              "The first goal came in the {minute} minute, from {scorer}.",
              "{scorer} struck in the {minute} minute to settle the nerves."],
             ["The stadium was full, with an official attendance of {crowd}.", "A crowd of {crowd} watched the match.",
              "The match was played in heavy rain."]],
        ],
        "quote": [
            [["\"The boys showed real character,\" said {spokes}, the {home} coach.",
              "{spokes}, who coaches {away}, said his side had been unlucky.",
              "\"We have to be better than this,\" {spokes}, the {away} captain, told reporters."],
             ["{spokes_last} praised the fans.", "{spokes_last} criticised the referee."]],
        ],
        "person": [
            [["{leader}, the {away} goalkeeper, was sent off after an hour.",
              "{leader} came off the bench to add a late goal.",
              "Defender {leader} was carried off injured."],
             ["{leader_last} is expected to miss the next match."]],
        ],
        "background": [
            [["{home} last won this fixture in {past_year}.",
              "The two sides met in the {past_year} final, which {away} won.",
              "It was {home}'s biggest win over {away} since {past_year}."],
             ["The rivalry dates back decades."]],
        ],
    },
    "cooperation": {
        "title": ["{country} and {partner} sign {topic} {doc_short}", "{adj} and {partner_adj} ministers seal {topic} pact",
                  "New {topic} {doc_short} between {country} and {partner}", "{country}, {partner} agree to cooperate on {topic}"],
        "lead": [
            [["{country} and {partner} signed {a_doc_short} on {topic} in {city} {when}, the two governments said.",
              "Ministers from {country} and {partner} signed {a_doc} on {topic} {when} in {city}.",
              "{country} and {partner} agreed {when} to step up cooperation on {topic}, signing {a_doc} in {city}.",
              "The governments of {country} and {partner} sealed a {topic} {doc_short} in {city} {when}."],
             ["The deal runs for {years} years.", "It includes a joint fund of {fund} million euros.",
              "Officials described it as a milestone.", ""]],
        ],
        "detail": [
            [["The {doc} provides for a joint fund of {fund} million euros over {years} years.",
              "Under the {doc_short}, the two countries will share information and hold joint exercises.",
              "The text foresees {fund} million euros in funding and regular meetings of experts."],
             ["A joint committee will meet twice a year.", "Details of the funding were not disclosed.",
              "The first projects are due to start next year."]],
        ],
        "quote": [
            [["\"This {doc_short} opens a new chapter in our relations,\" said {spokes}, {adj} minister of foreign affairs.",
              "{spokes}, the {partner_adj} ambassador, said the agreement reflected \"shared priorities\".",
              "\"We face the same challenges,\" {spokes}, the {adj} interior minister, told a news conference."],
             ["{spokes_last} said further agreements would follow."]],
        ],
        "person": [
            [["The {doc_short} was signed by {leader} on behalf of {partner}.",
              "{leader}, the {partner_adj} minister, said the deal had taken two years to negotiate.",
              "Negotiations were led by {leader}, a senior diplomat."],
             ["{leader_last} is expected to visit {capital} later this year."]],
        ],
        "background": [
            [["The two countries signed a first cooperation agreement in {past_year}.",
              "Relations were strained in {past_year} after a diplomatic dispute.",
              "Cooperation on {topic} has grown since {past_year}."],
             ["Both sides say trust has since been restored."]],
        ],
    },
}

_EXTRA_CONTEXT: dict[str, list[Shape]] = {
    "arrest": [[["Prosecutors are expected to charge the suspects with membership of a criminal organisation.",
                 "The suspects will appear before an investigating judge in {city}."],
                ["Human rights groups have urged the authorities to respect due process.",
                 "Lawyers for some of the suspects said they would challenge the arrests."]]],
    "seizure": [[["The seized goods were destroyed under judicial supervision.",
                  "Samples were sent to a laboratory for analysis."],
                 ["The {agency_short} said it had seized more drugs this year than in any previous year.",
                  "Officials said controls at the {place} would be reinforced."]]],
    "attack": [[["The government declared three days of national mourning.",
                 "Foreign governments condemned the attack."],
                ["The United Nations called for the perpetrators to be brought to justice.",
                 "Funerals for several victims were held the same evening."]]],
    "flood": [[["The government declared a state of emergency in the province.",
                "The army deployed helicopters to reach isolated villages."],
               ["Aid agencies said clean water was the most urgent need.",
                "Officials promised compensation for farmers who lost crops."]]],
    "earthquake": [[["International rescue teams were due to arrive in the coming hours.",
                     "Neighbouring countries offered help."],
                    ["The government released emergency funds for reconstruction.",
                     "Engineers began inspecting schools and hospitals."]]],
    "protest": [[["Unions have called for a general strike.", "Students joined the protest in large numbers."],
                 ["The prime minister is due to meet union leaders.", "The government has so far refused to negotiate."]]],
    "election": [[["International observers said the vote was broadly free and fair.",
                   "The opposition alleged irregularities at several polling stations."],
                  ["Final results are due next week.", "The new council will meet for the first time next month."]]],
    "acquisition": [[["The companies will hold a joint investor call on Friday.",
                      "Advisers to the deal include two international banks."],
                     ["The combined group will have annual revenue of more than $1 billion.",
                      "Regulators in {country} must still approve the transaction."]]],
    "sports": [[["The two sides meet again in the return leg next month.",
                 "Fans celebrated in the streets of {city} after the final whistle."],
                ["The league title race remains open.", "Ticket prices for the next match have already risen."]]],
    "cooperation": [[["The agreement is part of a wider partnership between {region} and Europe.",
                      "Several business leaders attended the ceremony."],
                     ["Critics say previous agreements were never fully implemented.",
                      "Parliament in {capital} must still ratify the text."]]],
}


#: More facts per event type, each a paragraph used at most once per article (order shuffled).
_MORE_FACTS: dict[str, list[Shape]] = {
    "arrest": [
        [["The {agency_short} said the suspects had used encrypted messaging apps to coordinate their activities.",
          "According to investigators, the group laundered its profits through small businesses in {city}.",
          "Prosecutors said the network had links to groups in at least three other countries."],
         ["Bank accounts belonging to several suspects were frozen.", "Property worth several million {currency} was also confiscated.",
          "Financial investigators are now examining dozens of transfers."]],
        [["Neighbours said they had noticed unusual comings and goings at a rented villa on the outskirts of {city}.",
          "A resident of the district where one raid took place said officers arrived shortly after 4 a.m.",
          "Local media broadcast footage of handcuffed men being led to police vans."],
         ["\"We never imagined something like this here,\" one neighbour said.", "Police asked residents for any further information."]],
        [["Under {adj} law, the suspects can be held for up to 96 hours before being brought before a judge.",
          "The case has been referred to the public prosecutor in {city}.",
          "An investigating judge will decide whether the suspects remain in custody."],
         ["Their lawyers have not commented publicly.", "Hearings are expected to begin next month."]],
    ],
    "seizure": [
        [["The {place} handles thousands of containers every week, and only a small share can be inspected.",
          "Officials say traffickers exploit the heavy traffic at the {place} to hide shipments.",
          "Customs services have installed new scanners at the {place} since last year."],
         ["A new risk-analysis system helped flag the cargo, officials said.",
          "The shipment was selected for inspection after a tip-off from foreign partners."]],
        [["The prosecutor's office opened an investigation into drug trafficking and money laundering.",
          "Investigators are trying to trace the owners of the company that imported the goods.",
          "Authorities said the inquiry could extend to several countries."],
         ["The company named on the documents appears to exist only on paper.",
          "The importer's office in {city} was searched the same day."]],
        [["According to the {agency_short}, seizures of {item} have increased every year for the past five years.",
          "United Nations figures show that trafficking routes through {region} have expanded.",
          "Experts say the region has become a transit hub for drugs heading to Europe."],
         ["The authorities say more resources are needed.", "International cooperation has improved, officials say."]],
    ],
    "attack": [
        [["The wounded were taken to the main hospital in {city}, which appealed for blood donors.",
          "Doctors at the city hospital said several victims had gunshot wounds.",
          "Hospital officials said children were among the wounded."],
         ["Relatives gathered outside the hospital waiting for news.", "Medical staff were called back from leave."]],
        [["Security forces launched an operation to track down the attackers in the surrounding area.",
          "The army deployed reinforcements and set up checkpoints on roads leaving {city}.",
          "Police said they had detained several people for questioning."],
         ["Roads into the city were closed until further notice.", "A helicopter was seen circling over the area."]],
        [["The attack drew condemnation from neighbouring governments.",
          "The foreign ministry said several embassies had sent messages of solidarity.",
          "The president cut short a foreign visit and returned to {capital}."],
         ["An emergency meeting of the security council was called.", "Flags flew at half-mast on public buildings."]],
    ],
    "flood": [
        [["Aid agencies distributed food, blankets and drinking water to families in temporary shelters.",
          "Emergency shelters were opened in schools and sports halls across {city}.",
          "The Red Crescent said its volunteers had reached more than 40 villages."],
         ["Many families lost everything they owned.", "The need for clean water is growing, aid workers said."]],
        [["Farmers said large areas of crops had been destroyed just weeks before the harvest.",
          "Livestock losses were reported across the province.",
          "The main road to {capital} was cut for several hours."],
         ["The agriculture ministry promised compensation.", "Repairs are expected to take months."]],
        [["Residents accused the authorities of failing to clean drainage channels before the rainy season.",
          "Engineers said construction on flood plains had made the disaster worse.",
          "Local officials said the drainage network had not been upgraded in decades."],
         ["The government has ordered an inquiry.", "The mayor rejected the criticism."]],
    ],
    "earthquake": [
        [["Rescue teams with sniffer dogs searched through collapsed buildings for survivors.",
          "Volunteers dug through the rubble with their bare hands.",
          "Heavy machinery was brought in from neighbouring provinces."],
         ["Several people were pulled out alive.", "Hopes of finding more survivors were fading."]],
        [["Power and telephone lines were down in large parts of the region.",
          "Several roads were blocked by landslides triggered by the quake.",
          "The historic centre of {city} suffered serious damage."],
         ["Engineers began assessing the safety of public buildings.", "Schools will remain closed until inspections are complete."]],
        [["The government declared a state of emergency in the affected area.",
          "The prime minister visited {city} and promised help for reconstruction.",
          "An emergency fund was set up to help families rebuild their homes."],
         ["International aid offers poured in.", "Opposition politicians demanded faster help."]],
    ],
    "protest": [
        [["The protesters demanded that the government reverse its decision and open talks with unions.",
          "Organisers presented a list of demands to the regional governor.",
          "Many marchers carried placards calling for the resignation of the minister."],
         ["The government said it was open to dialogue.", "Officials have so far refused to make concessions."]],
        [["Shops in the city centre stayed closed during the march.",
          "Public transport was disrupted for several hours.",
          "Traffic was diverted around the main square."],
         ["The march ended in the early evening.", "The crowd dispersed peacefully after nightfall."]],
        [["Rights groups criticised the police response and called for an investigation.",
          "Amnesty International urged the authorities to respect the right to protest.",
          "Journalists covering the march said they had been pushed back by police."],
         ["The interior ministry defended the officers' conduct.", "An inquiry has been promised."]],
    ],
    "election": [
        [["The campaign was dominated by debates over housing, public transport and unemployment.",
          "During the campaign, the {party_a} promised to build new schools and cut local taxes.",
          "The winning candidate ran on a promise to clean up the city administration."],
         ["Opponents accused the party of making promises it could not keep.", "Voters said the cost of living was their main concern."]],
        [["The {party_b} conceded defeat late in the evening.",
          "Leaders of the {party_b} said they would study the results before deciding on their next steps.",
          "The {party_c} said it would not join any coalition."],
         ["Party members gathered at their headquarters in silence.", "Some members called for a change of leadership."]],
        [["Observers from civil-society groups were present at most polling stations.",
          "Voting took place without major incidents, the interior ministry said.",
          "Long queues formed outside polling stations in the morning."],
         ["Polls closed at 7 p.m. local time.", "Results were announced shortly after midnight."]],
    ],
    "acquisition": [
        [["{buyer} said the deal would give it access to new markets in {region}.",
          "The purchase is part of {buyer}'s strategy to expand outside its home market.",
          "Executives said the two companies' products complemented each other."],
         ["The combined company will keep its headquarters in {capital}.", "Some brands will be merged."]],
        [["Shares of {target} jumped after the announcement.",
          "Investors welcomed the deal, analysts said.",
          "The price represents a premium over {target}'s recent valuation."],
         ["Some shareholders said the offer undervalued the company.", "Trading volumes were unusually high."]],
        [["Competition regulators are expected to examine the deal closely.",
          "The transaction requires approval from regulators in several countries.",
          "Labour unions said they would seek guarantees for workers."],
         ["The review could take several months.", "Both companies said they expected approval."]],
    ],
    "sports": [
        [["{away} had chances to equalise before half-time but could not convert them.",
          "The visitors dominated possession in the first half without creating much.",
          "After the break, {home} took control of the game."],
         ["A late penalty appeal was turned down by the referee.", "The second half was scrappy."]],
        [["The win leaves {home} three points clear at the top of the league.",
          "{home} now have one of the best home records in the country.",
          "{away} have lost three of their last four matches."],
         ["The team's next match is away from home.", "Pressure is growing on the {away} coach."]],
        [["Supporters of both teams marched to the stadium before kick-off.",
          "Police said the match passed without incident.",
          "Tickets for the match sold out within hours."],
         ["Extra police officers were deployed around the stadium.", "Fireworks lit up the sky after the final whistle."]],
    ],
    "cooperation": [
        [["The ceremony was attended by senior officials and business leaders from both countries.",
          "The signing took place at the foreign ministry in {city}.",
          "Both delegations held talks for several hours before the ceremony."],
         ["A joint declaration was also published.", "The talks were described as cordial."]],
        [["The {doc_short} covers training, the exchange of experts and joint research projects.",
          "Under the text, officials from both countries will meet regularly to review progress.",
          "The two sides also agreed to set up a joint working group."],
         ["The first meeting is scheduled for next spring.", "Progress will be reviewed every year."]],
        [["Critics said similar agreements signed in the past had produced few results.",
          "Some opposition lawmakers said the agreement had been negotiated without public debate.",
          "Rights groups urged both governments to publish the full text."],
         ["The government rejected the criticism.", "Officials said the text would be published after ratification."]],
    ],
}

#: Paragraphs about the source and the public, for every event type.
_ANY_KIND: list[Shape] = [
    [["The information was first reported by local media and later confirmed by officials.",
      "The news spread quickly on social media.",
      "Details emerged gradually throughout the day."],
     ["Some early reports gave different figures.", "Officials urged the public not to share unverified information."]],
    [["In a statement issued later that day, the authorities in {city} gave more details.",
      "A written statement from the regional administration confirmed the main facts.",
      "Officials in {city} held a short news conference in the afternoon."],
     ["They did not take questions from reporters.", "They promised regular updates.",
      "The statement was also published on official social media accounts."],
     ["Opposition figures said the information given so far was incomplete.",
      "Local journalists said access to the area had been restricted.",
      "Several local associations asked for a public meeting."]],
    [["A correspondent for {outlet} in {city} said life in the city was slowly returning to normal.",
      "Reporters for {outlet} who visited {city} described a mix of anxiety and relief.",
      "In the streets of {city}, the news was the main topic of conversation."],
     ["Cafes and markets were busy again by the evening.", "Many people followed events on their phones.",
      "Some residents said they were tired of bad news."],
     ["\"We just want to get on with our lives,\" said a taxi driver.",
      "\"Everyone is talking about it,\" a student said.",
      "\"Nobody knows what will happen next,\" a pensioner said."]],
]


#: Event type -> family, for the paragraphs that families share.
_FAMILY = {"arrest": "crime", "seizure": "crime", "attack": "violence", "flood": "disaster", "earthquake": "disaster",
           "protest": "civic", "election": "civic", "acquisition": "business", "sports": "sports",
           "cooperation": "diplomacy"}

#: Paragraphs shared by the event types of one family, each used at most once per article.
_FAMILY_FACTS: dict[str, list[Shape]] = {
    "crime": [
        [["Organised crime has become a growing concern for the authorities in {country}.",
          "Officials in {capital} say criminal groups have become more sophisticated.",
          "Police in {country} have stepped up operations against trafficking networks this year."],
         ["A government report published last year estimated that such groups earn hundreds of millions of {currency} a year.",
          "Critics say the authorities focus on low-level couriers rather than the people who finance them.",
          "Security experts say corruption at ports and borders remains a serious obstacle."],
         ["The interior minister has promised new legislation.", "Parliament is due to debate a new law on money laundering.",
          "The government has doubled the budget of the specialised units."]],
        [["The operation was carried out with the support of prosecutors and specialised units.",
          "Officers from several regional directorates took part in the operation.",
          "The investigation was coordinated by a prosecutor specialising in organised crime."],
         ["Police said they had gathered evidence from telephone intercepts and surveillance.",
          "Investigators say they identified the suspects by following the movement of money.",
          "Officials said the investigation had taken more than a year."],
         ["Further arrests have not been ruled out.", "More suspects are being sought.",
          "The search for accomplices continues."]],
    ],
    "violence": [
        [["Security in the region has deteriorated over the past year.",
          "Attacks on security forces and civilians have become more frequent in the area.",
          "The area has been under a state of emergency for months."],
         ["Thousands of people have fled their villages.", "Many schools in the region have closed.",
          "Aid agencies say access to some districts is increasingly difficult."],
         ["The government says it is winning the fight against armed groups.",
          "Critics say the military response alone has failed.",
          "Local leaders have called for talks."]],
        [["Witnesses said the attackers arrived on motorcycles and opened fire without warning.",
          "A survivor said the explosion shattered windows hundreds of metres away.",
          "One witness said the attackers shouted slogans before fleeing."],
         ["\"I saw people running in every direction,\" a street vendor said.",
          "\"It lasted only a few minutes, but it felt like hours,\" a survivor told local television.",
          "Shopkeepers closed their shutters as news of the attack spread."],
         ["Forensic teams worked at the scene until late in the evening.", "The area was cordoned off.",
          "Investigators collected shell casings and fragments."]],
    ],
    "disaster": [
        [["The civil protection agency said it had deployed hundreds of rescuers, backed by the army.",
          "Emergency services said they had received thousands of calls for help.",
          "Volunteers from across the country travelled to the area to help."],
         ["Helicopters airlifted people stranded on rooftops.", "Boats were used to reach flooded neighbourhoods.",
          "Field hospitals were set up in the worst-affected districts."],
         ["Officials warned that the toll could rise as rescuers reach remote areas.",
          "Several people were still reported missing.", "The search continued overnight."]],
        [["Scientists say extreme weather and poorly regulated construction increase the risks.",
          "Experts have long warned that many buildings in the region do not meet safety standards.",
          "Urban planners say rapid growth has left many neighbourhoods exposed."],
         ["A national risk plan adopted years ago has never been fully funded.",
          "Insurance covers only a small share of the damage in the region.",
          "Most of the affected households have no insurance."],
         ["The government has promised to review its prevention policy.", "Donors are expected to pledge aid.",
          "A reconstruction plan will be presented next month."]],
    ],
    "civic": [
        [["The country has seen a wave of discontent over the cost of living.",
          "Inflation has eroded household incomes over the past two years.",
          "Youth unemployment remains high, especially in the regions."],
         ["Opinion polls show that trust in political parties is at a record low.",
          "Many young people say they see no future in the country.",
          "Prices of basic goods have risen sharply since last year."],
         ["The government says its reforms need time to work.", "The opposition blames the government's policies.",
          "Economists expect growth to remain weak."]],
        [["Local journalists said the atmosphere in {city} was tense but calm.",
          "Television channels broadcast live from the main square of {city}.",
          "Social media were full of images from the streets of {city}."],
         ["Many residents said they were worried about the future.", "Supporters of the government were less visible.",
          "Students and pensioners were among the most vocal."],
         ["The debate is likely to continue in parliament.", "National leaders have been cautious in their comments.",
          "The result will be watched closely in {capital}."]],
    ],
    "business": [
        [["The deal comes as companies in {region} look for scale to compete with international rivals.",
          "Mergers and acquisitions in the sector have picked up this year after a slow period.",
          "Rising interest rates have made large acquisitions more expensive."],
         ["Bankers expect more deals in the coming months.", "Private equity firms have also been active in the market.",
          "Several smaller players are said to be up for sale."],
         ["Analysts said the price reflected strong competition for assets.", "Some investors are more cautious.",
          "The market reaction was broadly positive."]],
        [["{target} reported higher revenue last year, helped by exports.",
          "The company has struggled with rising costs and weak demand.",
          "{target} was founded as a family business and grew rapidly in the past decade."],
         ["Its products are sold in more than 20 countries.", "Its main customers are in Europe and the Gulf.",
          "It recently opened a new plant near {city}."],
         ["Management will remain in place after the deal.", "The brand will be kept.",
          "Integration is expected to take two years."]],
    ],
    "sports": [
        [["The match was played at a full stadium in {city} under floodlights.",
          "Kick-off was delayed by 15 minutes because of crowds outside the stadium.",
          "The atmosphere in {city} was electric from the first minute."],
         ["Both sides made changes to their starting line-ups.", "The home side started strongly.",
          "The visitors were missing two injured players."],
         ["The referee showed six yellow cards.", "The game was stopped briefly after fans threw flares.",
          "Television coverage reached a large national audience."]],
        [["The club's president said the win was a reward for years of investment in young players.",
          "The result will ease the pressure on the {home} board.",
          "The victory was celebrated by fans late into the night."],
         ["Several players are attracting interest from foreign clubs.", "The club's finances have improved this season.",
          "A new training centre opened last year."],
         ["The season resumes after the international break.", "The next round is played next month.",
          "The draw for the next round takes place on Monday."]],
    ],
    "diplomacy": [
        [["Relations between {country} and {partner} have improved markedly in recent years.",
          "The two countries have stepped up contacts at ministerial level.",
          "Trade between {country} and {partner} has grown steadily."],
         ["Both governments want to attract more investment.", "Several visits by heads of state are planned.",
          "Business councils from both countries met in parallel."],
         ["Diplomats described the atmosphere as constructive.", "Officials said the next step would be a joint summit.",
          "A follow-up meeting is planned in {partner}."]],
        [["The {doc_short} is the latest in a series of agreements signed by {country} with partners in {region} and beyond.",
          "{country} has signed similar agreements with several European countries.",
          "The government in {capital} has made {topic} a priority of its foreign policy."],
         ["Officials hope the agreement will unlock funding from international donors.",
          "The European Union has welcomed closer regional cooperation.",
          "Experts say implementation will be the real test."],
         ["The text still needs to be ratified.", "Both parliaments must approve the deal.",
          "The agreement enters into force after ratification."]],
    ],
}


# --------------------------------------------------------------------------- articles


def _slots(rng: random.Random, event: Event, outlet: str, published: date) -> dict[str, str]:
    """The values one outlet uses for one event: its spellings, its figures, its relative dates."""
    f = event.facts
    adj, capital, (agency, agency_short), currency, region = COUNTRIES[event.country]
    city = event.city if not event.city_variants or rng.random() < 0.75 else rng.choice(event.city_variants)
    names = [p.render(rng) for p in event.people]
    s: dict[str, str] = {
        "city": city, "country": event.country, "adj": adj, "capital": capital, "agency": agency,
        "agency_short": agency_short, "currency": currency, "region": region, "outlet": outlet,
        "when": when_phrase(rng, event.day, published),
        "leader": names[0][0], "leader_last": names[0][1], "spokes": names[1][0], "spokes_last": names[1][1],
        "official": names[2][0], "age": str(rng.randint(24, 61)),
        "past_year": str(f["past_year"]), "past_month": f["past_month"], "past_city": f["past_city"],
        "past_n": num(rng, f["past_n"]), "lw_city": f["lastweek_city"], "lw_n": num(rng, f["lastweek_n"]),
    }
    disagree = rng.random() < 0.3  # this outlet reports a different figure
    late = (published - event.day).days  # tolls rise in later reports
    kind = event.kind
    if kind == "arrest":
        n = f["n"] + (rng.choice((-2, -1, 1, 2)) if disagree else 0)
        s.update(n=num(rng, max(2, n)), network=f["network"], raids=num(rng, f["raids"]), item=f["item"])
    elif kind == "seizure":
        qty = f["qty"] + (rng.choice((-50, 30, 80, 100)) if disagree else 0)
        s.update(qty=f"{qty:,}", unit=f["unit"], item=f["item"], place=f["place"], n=num(rng, f["n"]),
                 vessel=f["vessel"])
    elif kind in ("attack", "flood", "earthquake"):
        dead = f["dead"] + late * rng.randint(0, 3) + (rng.choice((-1, 1, 2, 4)) if disagree else 0)
        dead = max(1, dead)
        s.update(dead=num(rng, dead), injured=num(rng, f["injured"] + late * rng.randint(0, 5)),
                 )
        if kind != "attack":
            s.update(displaced=f"{f['displaced']:,}", homes=f"{f['homes']:,}",
                     magnitude=f["magnitude"] if not disagree else str(round(float(f["magnitude"]) + 0.2, 1)),
                     depth=str(f["depth"]), rain_mm=str(f["rain_mm"]), hours=str(f["hours"]))
        else:
            weapon = f["weapon"]
            target = f["target"]
            s.update(target=target, target_short=target.split(" ", 1)[1], weapon=weapon,
                     weapon_cap=_sentence_case(weapon), group=f["group"])
    elif kind == "protest":
        s.update(issue=f["issue"], police_est=f"{f['police_est']:,}", org_est=f"{f['org_est']:,}",
                 arrests=num(rng, f["arrests"] + (rng.randint(1, 6) if disagree else 0)))
        s["arrests_cap"] = _sentence_case(s["arrests"])
    elif kind == "election":
        a, b, c = f["pct"]
        if disagree:
            a, b = a + rng.choice((-1, 1)), b + rng.choice((-1, 1))
        s.update(party_a=f["parties"][0], party_b=f["parties"][1], party_c=f["parties"][2], pct_a=str(a),
                 pct_b=str(b), pct_c=str(c), turnout=str(f["turnout"] + (rng.choice((-2, 2)) if disagree else 0)),
                 seats=str(f["seats"]), office=f["office"], cand=names[3][0], cand_full=names[3][0],
                 cand_last=names[3][1])
    elif kind == "acquisition":
        price = f["price"] + (rng.choice((-20, 15, 30)) if disagree else 0)
        s.update(buyer=f["buyer"], target=f["target"], price=str(price), employees=f"{f['employees']:,}",
                 stake=str(f["stake"]))
    elif kind == "sports":
        s1, s2 = f["score"]
        s.update(home=f["home"], away=f["away"], s1=str(s1), s2=str(s2),
                 crowd=f"{f['crowd'] + (rng.choice((-1500, 2000)) if disagree else 0):,}",
                 competition=f["competition"], minute=_ordinal(f["minute"] + (1 if disagree else 0)),
                 scorer=names[3][0], scorer_last=names[3][1])
    elif kind == "cooperation":
        partner = f["partner"]
        doc = f["doc"]
        s.update(partner=partner, partner_adj=COUNTRIES[partner][0], topic=f["topic"], doc=doc,
                 doc_short=doc.split()[-1] if doc.startswith(("memorandum", "cooperation")) else doc,
                 fund=str(f["fund"] + (rng.choice((-5, 10)) if disagree else 0)), years=str(f["years"]))
        if s["doc_short"] == "understanding":
            s["doc_short"] = "memorandum"
        s["a_doc"] = ("an " if doc[0] in "aeiou" else "a ") + doc
        s["a_doc_short"] = ("an " if s["doc_short"][0] in "aeiou" else "a ") + s["doc_short"]
    for key in ("n", "dead"):
        if key in s:
            s[f"{key}_cap"] = _sentence_case(s[key])
    return s


def _paragraph(rng: random.Random, shapes: list[Shape], slots: dict[str, str]) -> str:
    shape = rng.choice(shapes)
    sentences = [_pick(rng, options, slots) for options in shape]
    return " ".join(s for s in sentences if s)


def _dateline(rng: random.Random, style: str, outlet: str, slots: dict[str, str], published: date) -> tuple[str, str]:
    """A prefix for the first paragraph and a date line above the text (either may be empty)."""
    if style == "wire":
        city = slots["city"].upper()
        sep = rng.choice(("—", "-", "–"))
        if rng.random() < 0.5:
            return f"{city}, {slots['country']} ({outlet}) {sep} ", ""
        return f"{city} {sep} ", ""
    if style == "dated":
        line = f"{WEEKDAYS[published.weekday()]}, {MONTHS[published.month - 1]} {published.day:02d}, {published.year}"
        return "", line
    return "", ""


def write_article(rng: random.Random, event: Event, outlet: tuple[str, str, str], published: date,
                  target_tokens: int) -> tuple[str, str]:
    """One outlet's article about ``event``: ``(title, text)``."""
    name, _domain, style = outlet
    slots = _slots(rng, event, name, published)
    kt = KIND_TEXT[event.kind]
    title = _pick(rng, kt["title"], slots)
    prefix, date_line = _dateline(rng, style, name, slots, published)
    lead = prefix + _paragraph(rng, kt["lead"], slots)
    paragraphs = [lead, _paragraph(rng, kt["detail"], slots)]
    secondary = [
        _paragraph(rng, kt["quote"], slots),
        _paragraph(rng, kt["person"], slots),
        _paragraph(rng, _EXTRA_CONTEXT[event.kind], slots),
        _paragraph(rng, COMMON["country"], slots),
        *(_paragraph(rng, [shape], slots) for shape in _ANY_KIND),
        *(_paragraph(rng, [shape], slots) for shape in _MORE_FACTS[event.kind]),
        *(_paragraph(rng, [shape], slots) for shape in _FAMILY_FACTS[_FAMILY[event.kind]]),
    ]
    if event.kind in ("arrest", "seizure"):
        secondary.append(_paragraph(rng, COMMON["lastweek"], slots))
    if event.kind in ("attack", "flood", "earthquake", "protest"):
        secondary.append(_paragraph(rng, COMMON["reaction"], slots))
    rng.shuffle(secondary)
    late = [_paragraph(rng, kt["background"], slots)]
    if rng.random() < 0.5:
        late.append(_paragraph(rng, COMMON["outlook"], slots))
    # Secondary facts (each at most once) until the target length, then background and outlook.
    body = paragraphs[:]
    for para in secondary:
        if count_tokens("\n\n".join(body + late)) >= target_tokens:
            break
        body.append(para)
    body.extend(late)
    text = "\n\n".join(p for p in body if p)
    if date_line:
        text = f"{date_line}\n\n{text}"
    return title, text


def _slug(text: str) -> str:
    return re.sub(r"[^a-z0-9]+", "-", text.lower()).strip("-")[:60]


def generate_articles(n: int, seed: int = 1, *, end: date = date(2024, 12, 31),
                      events_per_day: float = 3.0) -> Iterator[dict[str, Any]]:
    """``n`` article records, deterministically from ``seed``.

    Events are spread at about ``events_per_day`` per day, ending on ``end``; each is told by
    one to five outlets published on the day of the event or up to three days after it, and
    about one event in sixteen also has a syndicated copy of one of its reports.
    """
    rng = random.Random(seed)
    n_events = max(1, round(n / 3.1))
    start = end - timedelta(days=int(n_events / events_per_day) + 3)
    produced = 0
    event_index = 0
    while produced < n:
        offset = int(event_index / events_per_day)
        day = start + timedelta(days=offset)
        event_index += 1
        event = make_event(rng, day)
        k = rng.choices((1, 2, 3, 4, 5), weights=(12, 24, 30, 22, 12))[0]
        outlets = rng.sample(OUTLETS, k)
        reports: list[dict[str, Any]] = []
        for outlet in outlets:
            if produced >= n:
                break
            published = day + timedelta(days=rng.choices((0, 1, 2, 3), weights=(40, 40, 15, 5))[0])
            target = max(300, min(500, int(rng.gauss(385, 35))))  # ~400 spaCy tokens
            title, text = write_article(rng, event, outlet, published, target)
            produced += 1
            record = {
                "id": f"gen{seed}-{produced:07d}",
                "title": title,
                "text": text,
                "published": published.isoformat(),
                "outlet": outlet[0],
                "url": f"https://{outlet[1]}/{published:%Y/%m/%d}/{_slug(title)}",
            }
            reports.append(record)
            yield record
        if reports and produced < n and rng.random() < 1 / 16:
            original = rng.choice(reports)
            syndicator = rng.choice([o for o in OUTLETS if o[0] not in {r["outlet"] for r in reports}])
            copy_day = date.fromisoformat(original["published"]) + timedelta(days=rng.choice((0, 1)))
            text = original["text"]
            paragraphs = text.split("\n\n")
            if len(paragraphs) > 4 and rng.random() < 0.5:
                paragraphs = paragraphs[:-1]  # republished without the last paragraph
            text = "\n\n".join(paragraphs) + f"\n\nThis article was first published by {original['outlet']}."
            produced += 1
            yield {
                "id": f"gen{seed}-{produced:07d}",
                "title": original["title"] if rng.random() < 0.7 else original["title"] + f" | {syndicator[0]}",
                "text": text,
                "published": copy_day.isoformat(),
                "outlet": syndicator[0],
                "url": f"https://{syndicator[1]}/{copy_day:%Y/%m/%d}/{_slug(original['title'])}",
            }


def write_jsonl(path: str | Path, n: int, seed: int = 1) -> int:
    """Write ``n`` generated articles to ``path`` as JSON Lines; return the number written."""
    count = 0
    with open(path, "w", encoding="utf-8") as out:
        for record in generate_articles(n, seed):
            out.write(json.dumps(record, ensure_ascii=False) + "\n")
            count += 1
    return count


def main(argv: Sequence[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--n", type=int, default=1000, help="number of articles (default 1000)")
    parser.add_argument("--seed", type=int, default=1, help="random seed (default 1)")
    parser.add_argument("--out", default="-", help="output .jsonl file, or - for standard output (default)")
    args = parser.parse_args(argv)
    if args.n < 1:
        parser.error("--n must be at least 1")
    if args.out == "-":
        try:
            for record in generate_articles(args.n, args.seed):
                sys.stdout.write(json.dumps(record, ensure_ascii=False) + "\n")
            sys.stdout.flush()
        except BrokenPipeError:  # e.g. piped into head
            sys.stdout = None  # type: ignore[assignment]  # nothing left to flush at exit
        return 0
    written = write_jsonl(args.out, args.n, args.seed)
    print(f"wrote {written} articles to {args.out}", file=sys.stderr)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
