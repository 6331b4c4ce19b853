"""Canonical entities across documents: one entity per real thing, with every spelling.

Surface forms are grouped by keys, never by comparing all pairs:

* the shipped alias table (Daesh → Islamic State, Irak → Iraq, Moroccan → Morocco);
* the gazetteer for places (Marrakech and Marrakesh are the same GeoNames record);
* acronyms defined in the text ("Central Bureau of Judicial Investigation (BCIJ)") or whose
  letters are the initials of a name in the same document, in any word order;
* partial names resolved to the full name in the same document, or across the corpus when
  only one full name fits (Caillet → Romain Caillet);
* transliteration skeletons (Khyam / Khiame, Abdelhaq / Abdelhak) guarded by a string
  similarity check, so that different people who share most letters stay apart.
"""

from __future__ import annotations

import re
from collections import Counter, defaultdict
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, replace

from rapidfuzz import fuzz

from newsfold.aliases import country_of, lookup
from newsfold.ids import make_id
from newsfold.model import AnnotatedArticle, ArticleAnalysis, Entity, Mention, Span
from newsfold.names import acronym_letters, dateline_place, fold, initials, is_acronym, singular_key, skeleton, squash
from newsfold.places import Gazetteer, Place

PLACE_LABELS = frozenset({"GPE", "LOC", "FAC"})
#: Labels the small model gives to places by mistake.
MISLABELS = frozenset({"ORG", "PERSON", "PRODUCT", "WORK_OF_ART", "NORP", "EVENT"})
#: A mislabelled name is taken for a place only if the place is at least this big.
RELABEL_MIN_POPULATION = 100_000
#: The same, for a name in a sentence that names other places.
RELABEL_NEAR_PLACES = 15_000
#: rapidfuzz ratio that two spellings with one skeleton must reach (Khyam/Khiame: 73).
SPELLING_GUARD = 70


def correct_labels(annotated: AnnotatedArticle, gazetteer: Gazetteer) -> AnnotatedArticle:
    """Relabel mentions that the gazetteer knows as places (a city tagged PERSON is a place).

    Names in the alias table as organisations keep their label; demonyms stay NORP.
    """
    fixed: list[Mention] = []
    changed = False
    place_sentences = {m.sentence for m in annotated.mentions if m.label in PLACE_LABELS}
    for m in annotated.mentions:
        label = m.label
        if label in MISLABELS and not is_acronym(m.span.text):
            entry = lookup(m.span.text)
            if entry is None or entry.iso:
                cands = gazetteer.candidates(m.span.text)
                # beside other places ("Ceuta and Melilla") a smaller town is believable
                floor = RELABEL_NEAR_PLACES if m.sentence in place_sentences else RELABEL_MIN_POPULATION
                if cands and (cands[0].feature == "country" or cands[0].population >= floor):
                    if not (label == "NORP" and country_of(m.span.text) and not entry):
                        label = "GPE"
        elif label in PLACE_LABELS and lookup(m.span.text) is not None and lookup(m.span.text).iso is None:  # type: ignore[union-attr]
            label = lookup(m.span.text).type  # type: ignore[union-attr]
        if label != m.label:
            changed = True
            m = replace(m, label=label)
        fixed.append(m)
    dateline = _dateline_mention(annotated, gazetteer)
    if dateline is not None:
        fixed = [m for m in fixed if not (m.span.start < dateline.span.end and dateline.span.start < m.span.end)]
        fixed.append(dateline)
        fixed.sort(key=lambda m: m.span.start)
        changed = True
    return replace(annotated, mentions=tuple(fixed)) if changed else annotated


def dateline_of(text: str) -> tuple[int, int] | None:
    """The span of the dateline place in the first paragraphs of a text, if there is one."""
    offset = 0
    for paragraph in text.split("\n\n")[:3]:
        lead = len(paragraph) - len(paragraph.lstrip())
        found = dateline_place(paragraph)
        if found is not None:
            return offset + found[0], offset + found[1]
        offset += len(paragraph) + 2
        del lead
    return None


def _dateline_mention(annotated: AnnotatedArticle, gazetteer: Gazetteer) -> Mention | None:
    text = annotated.article.text
    span = dateline_of(text)
    if span is None:
        return None
    start, end = span
    surface = text[start:end]
    if not gazetteer.candidates(surface):
        return None
    sentence = next((n for n, s in enumerate(annotated.sentences) if s.start <= start < s.end), 0)
    return Mention(Span(annotated.article.article_id, start, end, surface), "GPE", sentence)


@dataclass(frozen=True, slots=True)
class Resolution:
    """What canonicalization learned: the entities, and which entity each surface names."""

    entities: tuple[Entity, ...]
    by_surface: dict[tuple[str, str], Entity]  # (article_id, folded surface) -> entity
    by_name: dict[str, Entity]  # folded surface -> entity, when unambiguous in the corpus

    def entity(self, article_id: str, surface: str) -> Entity | None:
        """The entity a surface form names in one article (or, failing that, in the corpus)."""
        key = fold(surface)
        return self.by_surface.get((article_id, key)) or self.by_name.get(key)


class _UnionFind:
    def __init__(self) -> None:
        self.parent: dict[str, str] = {}

    def find(self, x: str) -> str:
        self.parent.setdefault(x, x)
        while self.parent[x] != x:
            self.parent[x] = self.parent[self.parent[x]]
            x = self.parent[x]
        return x

    def union(self, a: str, b: str) -> None:
        ra, rb = self.find(a), self.find(b)
        if ra != rb:
            lo, hi = sorted((ra, rb))
            self.parent[hi] = lo


@dataclass
class _Occurrence:
    article_id: str
    surface: str
    label: str
    key: str
    place: Place | None = None


def canonicalize(analyses: Sequence[ArticleAnalysis], gazetteer: Gazetteer) -> Resolution:
    """Group the entity mentions of a corpus into canonical entities.

    :param analyses: every analysed article (copies are skipped by the caller).
    :param gazetteer: resolves places to coordinates and countries.
    :returns: the entities sorted by id, and lookups from surface forms to them.
    """
    occurrences: list[_Occurrence] = []
    uf = _UnionFind()
    for analysis in analyses:
        occurrences += _document_occurrences(analysis, gazetteer, uf)
    _link_across_documents(occurrences, uf)
    groups: dict[str, list[_Occurrence]] = defaultdict(list)
    for occ in occurrences:
        groups[uf.find(occ.key)].append(occ)
    entities: list[Entity] = []
    by_surface: dict[tuple[str, str], Entity] = {}
    surface_owner: dict[str, set[str]] = defaultdict(set)
    for root, occs in groups.items():
        entity = _make_entity(root, occs, gazetteer)
        entities.append(entity)
        for occ in occs:
            by_surface[(occ.article_id, fold(occ.surface))] = entity
            surface_owner[fold(occ.surface)].add(entity.entity_id)
    by_id = {e.entity_id: e for e in entities}
    by_name = {s: by_id[next(iter(ids))] for s, ids in surface_owner.items() if len(ids) == 1}
    entities.sort(key=lambda e: e.entity_id)
    return Resolution(tuple(entities), by_surface, by_name)


def _label_class(label: str) -> str:
    return "PLACE" if label in PLACE_LABELS else label


def _document_occurrences(analysis: ArticleAnalysis, gazetteer: Gazetteer, uf: _UnionFind) -> list[_Occurrence]:
    aid = analysis.article.article_id
    mentions = list(analysis.mentions)
    demonym_countries = [iso for m in mentions if m.label == "NORP" and (iso := country_of(m.span.text))]
    place_names = [m.span.text for m in mentions if m.label in PLACE_LABELS]
    resolved = gazetteer.resolve(place_names, context_countries=demonym_countries)
    persons = [m.span.text for m in mentions if m.label == "PERSON"]
    full_names = [p for p in persons if len(p.split()) >= 2]
    out: list[_Occurrence] = []
    for m in mentions:
        surface = m.span.text
        entry = lookup(surface)
        label = m.label
        place = None
        if entry is not None and not (label == "PERSON" and not entry.iso):
            key = f"country:{entry.iso}" if entry.iso else f"known:{fold(entry.name)}"
            label = "GPE" if entry.iso else entry.type
        elif label == "NORP" and (iso := country_of(surface)):
            key = f"country:{iso}"
        elif label in PLACE_LABELS and surface in resolved:
            place = resolved[surface]
            key = f"place:{place.place_id}" if place.feature != "country" else f"country:{place.country}"
        elif label == "PERSON":
            full = _full_name(surface, full_names)
            key = "person:" + " ".join(skeleton(full))
        else:
            key = f"name:{_label_class(label)}:{singular_key(surface)}"
        if not key.split(":", 2)[-1].strip():
            continue
        out.append(_Occurrence(aid, surface, label, key, place))
    _link_acronyms(analysis, out, uf)
    return out


def _full_name(surface: str, full_names: list[str]) -> str:
    """"Khyam" → "Abdelhaq Khyam" when exactly one full name in the document ends so."""
    tokens = fold(surface).split()
    if len(tokens) >= 2 and not tokens[0] in {"mr", "mrs", "ms", "dr", "gen", "col", "president", "minister"}:
        return surface
    tail = tokens[-1:] if tokens else []
    fits = {f for f in full_names if fold(f).split()[-len(tail):] == tail and fold(f) != fold(surface)} if tail else set()
    return fits.pop() if len(fits) == 1 else surface


_DEFINITION = re.compile(r"\(\s*([A-Z][A-Za-z.\-]{1,9})\s*\)")


def _link_acronyms(analysis: ArticleAnalysis, occs: list[_Occurrence], uf: _UnionFind) -> None:
    text = analysis.article.text
    longs = [o for o in occs if not is_acronym(o.surface) and len(o.surface.split()) >= 2 and o.label not in PLACE_LABELS | {"PERSON"}]
    acronyms = [o for o in occs if is_acronym(o.surface)]
    for o in occs + acronyms:
        uf.find(o.key)
    # "Central Bureau of Judicial Investigation (BCIJ)": an explicit definition
    for m in _DEFINITION.finditer(text):
        acr = m.group(1)
        before = text[max(0, m.start() - 120): m.start()].rstrip()
        for o in longs:
            if before.endswith(o.surface) and _letters_fit(acr, o.surface, strict=False):
                uf.union(o.key, f"name:ORG:{singular_key(acr)}" if not lookup(acr) else _key_of(acr, occs))
    # an acronym whose letters are the initials of a long name in the same document, any order
    for a in acronyms:
        for o in longs:
            if _letters_fit(a.surface, o.surface, strict=True):
                uf.union(a.key, o.key)


def _key_of(surface: str, occs: list[_Occurrence]) -> str:
    for o in occs:
        if o.surface == surface:
            return o.key
    return f"name:ORG:{singular_key(surface)}"


def _letters_fit(acronym: str, name: str, *, strict: bool) -> bool:
    letters = acronym_letters(acronym)
    ini = initials(name)
    if sorted(letters) == sorted(ini):
        return True
    if strict:
        return False
    common = sum((Counter(letters) & Counter(ini)).values())
    return common >= max(2, int(0.6 * len(letters)))


def _link_across_documents(occs: list[_Occurrence], uf: _UnionFind) -> None:
    """Surnames to full names and spelling variants, blocked by keys (near-linear)."""
    person_keys = {o.key for o in occs if o.key.startswith("person:")}
    by_last: dict[str, set[str]] = defaultdict(set)
    for key in person_keys:
        toks = key[len("person:"):].split()
        if len(toks) >= 2:
            by_last[toks[-1]].add(key)
    for key in person_keys:
        toks = key[len("person:"):].split()
        if len(toks) == 1 and len(by_last.get(toks[0], ())) == 1:
            uf.union(key, next(iter(by_last[toks[0]])))
    # Different spellings that share a key must also look alike: guard against false merges.
    by_key: dict[str, list[_Occurrence]] = defaultdict(list)
    for o in occs:
        by_key[o.key].append(o)
    for key, group in by_key.items():
        if not key.startswith("person:"):
            continue
        forms = sorted({fold(o.surface) for o in group})
        if len(forms) > 1 and not _spellings_agree(forms):
            for o in group:  # split: each spelling keeps its own key
                o.key = f"{key}|{fold(o.surface)}"
                uf.find(o.key)
    # names with the same singular form in the same class ("Investigations"/"Investigation") share keys already


def _spellings_agree(forms: list[str]) -> bool:
    """Spellings of one name: each pair close enough token by token."""
    base = forms[0]
    for other in forms[1:]:
        a, b = base.split(), other.split()
        if len(a) == len(b):
            if any(fuzz.ratio(x, y) < SPELLING_GUARD - 10 or x[0] != y[0] for x, y in zip(a, b, strict=True)):
                return False
        elif fuzz.token_set_ratio(base, other) < 100:  # a surname alone vs the full name
            return False
    return True


def _make_entity(root: str, occs: list[_Occurrence], gazetteer: Gazetteer) -> Entity:
    labels = Counter(o.label for o in occs)
    places = [o.place for o in occs if o.place is not None]
    country_key = next((o.key for o in occs if o.key.startswith("country:")), None)
    known_key = next((o.key for o in occs if o.key.startswith("known:")), None)
    surfaces = Counter(o.surface for o in occs)
    place: Place | None = None
    if country_key:
        etype = "GPE"
        place = gazetteer.country(country_key.split(":", 1)[1])
        name = place.name if place else surfaces.most_common(1)[0][0]
    elif known_key:
        entry = lookup(next(o.surface for o in occs if o.key == known_key))
        etype = entry.type if entry else labels.most_common(1)[0][0]
        name = entry.name if entry else surfaces.most_common(1)[0][0]
    elif places:
        place = Counter(places).most_common(1)[0][0]
        etype = next((lab for lab, _ in labels.most_common() if lab in PLACE_LABELS), "GPE")
        name = _preferred_surface(surfaces, prefer=place.name)
    else:
        etype = labels.most_common(1)[0][0]
        name = _preferred_surface(surfaces, prefer=None, full=etype in {"PERSON", "ORG"})
    aliases = sorted(set(surfaces), key=lambda s: (-surfaces[s], s))
    documents = tuple(sorted({o.article_id for o in occs}))
    return Entity(
        entity_id=make_id("e", etype, root),
        name=name,
        type=etype,
        aliases=tuple(aliases),
        documents=documents,
        mentions=len(occs),
        lat=place.lat if place else None,
        lon=place.lon if place else None,
        country=place.country if place else None,
        feature=place.feature if place else None,
    )


def _preferred_surface(surfaces: Counter[str], *, prefer: str | None, full: bool = False) -> str:
    if prefer and prefer in surfaces:
        return prefer
    if prefer:
        written = [x for x in surfaces if not (x.isupper() and len(x) > 3)]  # "KYIV" in a dateline
        if not written:
            return prefer
        top = max(written, key=lambda x: (surfaces[x], x))
        if squash(top) == squash(prefer):
            return top  # "Deir Ezzor" for "Deir ez-Zor": the text's own writing
        # a foreign spelling of the gazetteer's name ("Tarragone") gives way to it; a usual
        # English name that differs more ("Fez" for "Fes") is kept
        return prefer if fuzz.ratio(fold(top), fold(prefer)) >= 80 else top
    ranked = sorted(surfaces, key=lambda s: (is_acronym(s), -(len(s.split()) if full else 0), -surfaces[s], s))
    return ranked[0]


def place_names(resolution: Resolution, article_id: str, surfaces: Iterable[str]) -> list[Entity]:
    """The place entities that the given surface forms name in one article."""
    out = []
    for s in surfaces:
        e = resolution.entity(article_id, s)
        if e is not None and (e.lat is not None or e.type in PLACE_LABELS or e.country):
            out.append(e)
    return out
