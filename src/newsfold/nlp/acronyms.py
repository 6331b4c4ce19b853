"""Names the tagger missed, found where the text defines them: "the Local Co-ordination
Committees (LCC)", "the UN Human Rights Council (UNHRC)", "the ruling Kuomintang (KMT)".

A parenthesised acronym right after a run of capitalised words whose initials spell it is a
definition (the approach of Schwartz and Hearst's abbreviation finder, kept to names): both the
long form and the acronym are names, whatever the statistical tagger made of them.
"""

from __future__ import annotations

import bisect
import re

from newsfold.aliases import lookup
from newsfold.model import Mention, Sentence, Span
from newsfold.names import ACRONYM_DEFINITION, acronym_letters, fold, is_acronym, spelled_within

#: Words a name may hold in lower case ("Bureau of Alcohol", "Ministry for the Interior").
_JOINERS = frozenset({"of", "for", "and", "the", "on", "de", "du", "des", "la", "le", "del", "al", "el", "in", "to", "&"})
_WORD = re.compile(r"[^\s(),;:\"“”]+")
#: How far back a long form may start (characters).
_REACH = 160


def defined_names(text: str, article_id: str, mentions: list[Mention], sentences: list[Sentence]) -> list[Mention]:
    """The article's mentions with each defined name and its acronym as one mention each.

    A tagged mention that lies inside a defined long form ("UN" in "UN Human Rights Council") is
    replaced by the long form; the long form keeps a tagged label that covers it exactly, and is
    otherwise an organisation.

    >>> from newsfold.model import Sentence
    >>> text = "Activists of the Local Co-ordination Committees (LCC) said 20 died."
    >>> [(m.span.text, m.label) for m in defined_names(text, "a", [], [Sentence(0, len(text), 0, 12)])]
    [('Local Co-ordination Committees', 'ORG'), ('LCC', 'ORG')]
    """
    out = list(mentions)
    starts = [s.start for s in sentences]
    for match in ACRONYM_DEFINITION.finditer(text):
        acronym = match.group(1)
        if not is_acronym(acronym):
            continue
        long_start = _long_form_start(text, match.start(), acronym_letters(acronym))
        if long_start is None:
            continue
        long_end = len(text[:match.start()].rstrip())
        single = " " not in text[long_start:long_end]
        # a tagged name that holds the long form is the long form ("Texas Department of Public Safety")
        exact = next((m for m in out if m.span.start <= long_start and m.span.end >= long_end), None)
        if single and (exact is None or exact.label == "PERSON" or exact.span.end != long_end):
            continue  # one word is a name only when tagged so, and not a person's ("Evo Morales (MAS)")
        if (known := lookup(acronym)) is not None and fold(known.name) != fold(text[long_start:long_end]):
            continue  # "police arrested Amber Pasztor (AP)": the agency's credit, not her initials
        label = exact.label if exact is not None else "ORG"
        sentence = max(0, bisect.bisect_right(starts, long_start) - 1)
        if exact is None:
            # a tagged name that begins before it and ends inside is its start: "U.S. Immigration" in
            # "U.S. Immigration and Customs Enforcement (ICE)"
            long_start = min([long_start] + [m.span.start for m in out if m.span.start < long_start < m.span.end <= long_end])
            out = [m for m in out if m.span.end <= long_start or m.span.start >= long_end]
            out.append(Mention(Span(article_id, long_start, long_end, text[long_start:long_end]), label, sentence))
        a_start, a_end = match.start(1), match.end(1)
        if not any(m.span.start == a_start and m.span.end == a_end for m in out):
            out.append(Mention(Span(article_id, a_start, a_end, acronym), label, sentence))
    out.sort(key=lambda m: m.span.start)
    return out


def _long_form_start(text: str, before: int, letters: str) -> int | None:
    """Where the long form of an acronym starts, in the words just before ``before``: the
    shortest run of capitalised words (with lower-case joiners inside) whose initials spell the
    acronym, or one capitalised word that holds its letters in order ("Kuomintang", KMT)."""
    window_start = max(0, before - _REACH)
    window = text[window_start:before]
    if re.search(r"[.!?;\n]\s*$", window) or not window.strip():
        return None
    words = list(_WORD.finditer(window))
    run: list[re.Match[str]] = []
    for w in reversed(words):
        token = w.group(0)
        if token[:1].isupper() or (token.lower() in _JOINERS and run):
            run.insert(0, w)
        else:
            break
    while run and run[0].group(0).lower() in _JOINERS:
        run.pop(0)
    for n in range(1, len(run) + 1):
        tail = [w.group(0) for w in run[-n:]]
        if tail[0].lower() in _JOINERS:
            continue
        if _spells(letters, tail):
            return window_start + run[-n].start()
    return None


def _spells(letters: str, words: list[str]) -> bool:
    """Whether the words' initials spell the letters: an acronym word gives all its letters
    ("UN Human Rights Council", UNHRC), a joiner may give its initial or none, and one long word
    gives them in order ("Kuomintang", KMT)."""
    if len(words) == 1:
        return words[0][:1].isupper() and not is_acronym(words[0]) and spelled_within(letters, words[0])
    return _initials_match(letters, words)


def _initials_match(letters: str, words: list[str]) -> bool:
    if not words:
        return not letters
    word, rest = words[0], words[1:]
    if word.lower() in _JOINERS:
        return _initials_match(letters, rest) or (letters[:1] == word[0].lower() and _initials_match(letters[1:], rest))
    own = acronym_letters(word) if is_acronym(word) else word[0].lower()
    return letters.startswith(own) and _initials_match(letters[len(own):], rest)
