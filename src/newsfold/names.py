"""Name normalization shared by the entity stages: folding, keys and transliteration skeletons."""

from __future__ import annotations

import re
import unicodedata

from anyascii import anyascii

_APOSTROPHES = str.maketrans({"’": "'", "‘": "'", "ʼ": "'", "`": "'", "ʿ": "", "ʾ": ""})
_NON_WORD = re.compile(r"[^a-z0-9]+")
_ARTICLE = re.compile(r"^(the|la|le|les|el|al)\s+", re.I)


#: Titles written short, with a full stop or without ("Mr Khan", "Lt. Gerry Scherlinck"): no words
#: of their own, so a name follows them.
TITLE_ABBREVIATIONS = frozenset({"mr", "mrs", "ms", "dr", "gen", "col", "lt", "capt", "sgt", "prof", "sen", "rep", "gov", "rev",
                                 "const", "det", "insp", "supt", "cpl", "maj", "adm", "cmdr", "pres", "atty", "lieut"})
#: Titles and ranks written before a person's name ("Mr Khan", "Deputy Darren Goforth"): no part
#: of the name.
PERSON_TITLES = TITLE_ABBREVIATIONS | frozenset({
    "general", "colonel", "president", "minister", "sheikh", "king", "prince", "judge", "captain", "sir", "lord", "mayor",
    "governor", "premier", "senator", "queen", "pope", "reverend",
    # police ranks: "Deputy Darren Goforth", "Officer Rose"
    "officer", "deputy", "sheriff", "sergeant", "detective", "trooper", "constable", "inspector", "lieutenant", "corporal",
    "superintendent", "commissioner", "ambassador", "councilman", "councilwoman", "councillor", "chancellor"})


def fold(text: str) -> str:
    """Case-, accent- and punctuation-insensitive form of a name.

    >>> fold("  The Tétouan-Ville ")
    'tetouan ville'
    """
    text = unicodedata.normalize("NFKC", text).translate(_APOSTROPHES)
    text = anyascii(text).casefold().replace("'", "")
    text = _NON_WORD.sub(" ", text).strip()
    return re.sub(r"^the\s+", "", text)


def squash(text: str) -> str:
    """:func:`fold` without spaces: ``"Deir ez-Zor"`` and ``"Deir Ezzor"`` agree.

    >>> squash("Deir ez-Zor") == squash("Deir Ezzor")
    True
    """
    return fold(text).replace(" ", "")


# Usual Arabic/Berber-to-Latin alternations, applied in order to a folded token.
_SKELETON_RULES: tuple[tuple[re.Pattern[str], str], ...] = (
    (re.compile(r"^(al|el|ul)(?=[a-z]{3,})"), ""),  # article glued on: "alBaghdadi"
    (re.compile(r"ou"), "u"),
    (re.compile(r"oo"), "u"),
    (re.compile(r"ee"), "i"),
    (re.compile(r"q"), "k"),
    (re.compile(r"ck"), "k"),
    (re.compile(r"c(?=[aou])"), "k"),
    (re.compile(r"ph"), "f"),
    (re.compile(r"dh"), "d"),
    (re.compile(r"th"), "t"),
    (re.compile(r"kh"), "k"),
    (re.compile(r"gh"), "g"),
    (re.compile(r"sch"), "sh"),
    (re.compile(r"ch"), "sh"),
    (re.compile(r"dj"), "j"),
    (re.compile(r"x"), "ks"),
    (re.compile(r"w"), "u"),
    (re.compile(r"y"), "i"),
    (re.compile(r"z"), "s"),
    (re.compile(r"([a-z])\1+"), r"\1"),  # doubled letters
    (re.compile(r"(?<=[a-z]{3})e$"), ""),  # final -e: Khiame / Khyam
    (re.compile(r"(?<=[a-z])[aeiou]+"), "a"),  # inner vowels alternate: e/i/a
)


def skeleton_token(token: str) -> str:
    """A transliteration skeleton of one folded token.

    >>> skeleton_token("khyam") == skeleton_token("khiame")
    True
    >>> skeleton_token("abdelhaq") == skeleton_token("abdelhak")
    True
    """
    for pattern, repl in _SKELETON_RULES:
        token = pattern.sub(repl, token)
    return token


_PARTICLES = frozenset({"al", "el", "ul", "bin", "ben", "ibn", "abu", "abou", "de", "del", "la", "le", "van", "von", "da", "di"})


def skeleton(name: str, *, keep_particles: bool = True) -> tuple[str, ...]:
    """Token-wise transliteration skeleton of a name, with "al-"/"el-" articles unified.

    >>> skeleton("Abu Bakr al-Baghdadi") == skeleton("Abu Bakr Al Baghdadi")
    True
    """
    tokens = fold(name).split()
    out = []
    for tok in tokens:
        if tok in {"al", "el", "ul"}:
            continue  # the Arabic article, written detached
        if not keep_particles and tok in _PARTICLES:
            continue
        out.append(skeleton_token(tok))
    return tuple(out)


def joined_skeleton(name: str) -> str:
    """The skeleton of a name with its words run together, doubled letters across a word's end
    collapsed too: one key for names that outlets split differently.

    >>> joined_skeleton("Mehdi Iran Nejad") == joined_skeleton("Mehdi Irannejad")
    True
    >>> joined_skeleton("Abu Bakr al-Baghdadi") == joined_skeleton("Abubakr Al Baghdadi")
    True
    """
    return re.sub(r"([a-z])\1+", r"\1", "".join(skeleton(name)))


def initials(name: str) -> str:
    """Initials of the significant words of a name (stop words dropped).

    An acronym among the words gives all its letters: "US Geological Survey" is the USGS.

    >>> initials("Central Bureau of Judicial Investigation"), initials("US Geological Survey"), initials("THE NEW YORK TIMES")
    ('cbji', 'usgs', 'nyt')
    """
    stop = {"of", "the", "and", "for", "in", "on", "de", "des", "du", "la", "le", "d", "l", "et", "y", "del", "a", "to", "al", "el"}
    out = []
    written_in_capitals = name.isupper()  # "THE NEW YORK TIMES": every word looks like an acronym
    for word in name.split():
        if not written_in_capitals and fold(word) not in stop and is_acronym(word) and len(acronym_letters(word)) <= 3:
            out.append(acronym_letters(word))
        else:
            out.extend(w[0] for w in fold(word).split() if w not in stop)
    return "".join(out)


def is_acronym(text: str) -> bool:
    """True for ``BCIJ``, ``U.N.``, ``ISIL``, ``JTF2``: short, mostly capital letters (a unit's
    number may follow)."""
    letters = re.sub(r"(?<=[A-Z])\d{1,2}$", "", text.replace(".", "").replace("-", ""))
    return 2 <= len(letters) <= 8 and letters.isalpha() and sum(c.isupper() for c in letters) >= max(2, len(letters) - 1)


def acronym_letters(text: str) -> str:
    """The letters of an acronym, lower case, with a unit's number: ``"U.N."`` → ``"un"``,
    ``"JTF2"`` → ``"jtf2"``."""
    return "".join(c for c in text.casefold() if c.isalnum())


#: An acronym in brackets, as a text defines it after the name it stands for: "(BCIJ)", "( LCC )".
ACRONYM_DEFINITION = re.compile(r"\(\s*([A-Z][A-Za-z.\-]{1,9}\d{0,2})\s*\)")


def spelled_within(acronym: str, word: str) -> bool:
    """Whether one word holds an acronym's letters in order, from its first (a one-word name
    defined by its acronym).

    >>> spelled_within("KMT", "Kuomintang"), spelled_within("MAS", "Smith")
    (True, False)
    """
    letters, folded = acronym_letters(acronym), fold(word)
    it = iter(folded)
    return len(letters) >= 3 and len(folded) >= 5 and folded[:1] == letters[:1] and all(c in it for c in letters)


def singular_key(name: str) -> str:
    """Folded name with a plural ``-s`` dropped from each long word (Investigations →
    Investigation), in American spelling (Defence → Defense, Recognised → Recognized).

    >>> singular_key("Ministry of Defence") == singular_key("Ministry of Defense")
    True
    """
    words = []
    for w in fold(name).split():
        w = american_spelling(w)
        words.append(w[:-1] if len(w) > 4 and w.endswith("s") and not w.endswith("ss") else w)
    return " ".join(words)


#: British spellings whose American form no rule gives.
_AMERICAN_WORDS = {"defence": "defense", "offence": "offense", "licence": "license", "pretence": "pretense",
                   "centre": "center", "centres": "centers", "theatre": "theater", "theatres": "theaters", "metre": "meter",
                   "metres": "meters", "litre": "liter", "fibre": "fiber", "calibre": "caliber", "programme": "program",
                   "programmes": "programs", "catalogue": "catalog", "judgement": "judgment", "aluminium": "aluminum",
                   "tyre": "tire", "tyres": "tires", "manoeuvre": "maneuver", "grey": "gray", "jewellery": "jewelry",
                   "travelled": "traveled", "counsellor": "counselor", "councillor": "councilor", "enrolment": "enrollment"}
#: Spellings that tell two things apart: the British Labour Party and the Australian Labor Party.
_SPELLINGS_THAT_NAME = frozenset({"labour"})
#: "-ise", "-isation" → "-ize", "-ization" (Organisation, Recognised); "-our" → "-or" (Harbour, Colour).
_ISE = re.compile(r"(?<=[a-z]{3})is(e|ed|es|er|ers|ing|ation|ations)$")
_OUR = re.compile(r"(?<=[a-z]{2}[^aeiou])our(s|ed|ing|ite|ites|able)?$")


def american_spelling(word: str) -> str:
    """A folded word in American spelling, for matching names only: both spellings map to one
    form, so that "Harbour Authority" and "Harbor Authority" agree; but the British Labour Party
    is not Australia's Labor Party.

    >>> [american_spelling(w) for w in ("organisation", "harbour", "centre", "tour", "rise", "labour")]
    ['organization', 'harbor', 'center', 'tour', 'rise', 'labour']
    """
    if word in _AMERICAN_WORDS:
        return _AMERICAN_WORDS[word]
    if word in _SPELLINGS_THAT_NAME:
        return word
    word = _ISE.sub(r"iz\1", word)
    return _OUR.sub(r"or\1", word)


_DATELINE = re.compile(
    r"^\s*(?P<place>[A-ZÀ-Ý][A-ZÀ-Ý'’.\- ]{1,40}[A-ZÀ-Ý])(?:\s*\([^)\n]{1,40}\))?"
    r"(?:,\s*[A-Z][\w .'’-]{1,30}?){0,2}(?:\s*\([^)\n]{1,40}\))?\s*(?:(?:[-–—]{1,2}|:)\s+|[–—](?=[A-Z\"“]))"
)


def dateline_place(text: str) -> tuple[int, int, int] | None:
    """The place of a wire dateline that opens a text: ``"MAIDUGURI, Nigeria - A suicide…"``.

    :returns: ``(start, end, body_start)``: the place's span and where the story begins.

    >>> dateline_place("BOGOTÁ - Colombian police said")
    (0, 6, 9)
    >>> dateline_place("KABUL, Afghanistan (AP) — Taliban fighters")  # the agency after the country
    (0, 5, 26)
    >>> dateline_place("UMAG, Croatia, July 26 (Reuters) - Ferreyra won")  # the country and the day
    (0, 4, 35)
    >>> dateline_place("MIAMI—When the Heat won")  # a dash with no space around it
    (0, 5, 6)
    >>> dateline_place("Police in Bogota said") is None
    True
    """
    m = _DATELINE.match(text)
    if not m:
        return None
    place = m.group("place")
    if sum(c.isalpha() for c in place) < 3 or place != place.upper():
        return None
    return m.start("place"), m.end("place"), m.end()
