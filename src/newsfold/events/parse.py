"""The dependency parse of one article as the event stage reads it: :class:`_Parse` (each token's
children, subtrees, ancestors and sentence), the small helpers every part of the stage uses on it
(the lemmas a preposition governs, the head token of a mention, a verb's doers with a relative
pronoun read as what it stands for), and the labels and word lists that several parts share.
"""

from __future__ import annotations

from bisect import bisect_left
from collections.abc import Sequence
from dataclasses import dataclass, field

from newsfold.model import Token


PLACE_LABELS = frozenset({"GPE", "LOC", "FAC"})
ACTOR_LABELS = frozenset({"PERSON", "ORG", "NORP", "GPE"})

_PAST_TAGS = frozenset({"VBD", "VBN"})
_LIGHT_VERBS = frozenset({"launch", "mount", "conduct", "carry", "stage", "begin", "start", "undertake", "lead", "hold", "wage", "perpetrate", "commit", "claim", "execute", "declare"})


@dataclass
class _Parse:
    tokens: Sequence[Token]
    children: list[list[int]]
    starts: list[int] = field(default_factory=list)  # each token's first character, in order

    @classmethod
    def of(cls, tokens: Sequence[Token]) -> _Parse:
        children: list[list[int]] = [[] for _ in tokens]
        for t in tokens:
            if t.head != t.i:
                children[t.head].append(t.i)
        return cls(tokens, children, [t.start for t in tokens])

    def within(self, start: int, end: int) -> list[int]:
        """The tokens that begin inside the characters ``[start, end)``: the words of a mention."""
        return list(range(bisect_left(self.starts, start), bisect_left(self.starts, end)))

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


_RELATIVE_PRONOUNS = frozenset({"which", "that", "who"})


def _doing_subjects(parse: _Parse, i: int) -> list[int]:
    """A verb's subjects, with a relative pronoun read as what it stands for: in "a plane that
    crashed near Smolensk", the plane."""
    subjects = parse.kids(i, "nsubj")
    if parse.tokens[i].dep == "relcl" and (not subjects or all(parse.tokens[s].text.lower() in _RELATIVE_PRONOUNS for s in subjects)):
        return [parse.tokens[i].head]
    if parse.tokens[i].dep == "acl" and parse.tokens[i].tag == "VBG" and not subjects:
        return [parse.tokens[i].head]  # "thousands of workers blocking a highway": the workers
    if (parse.tokens[i].dep == "conj" and not subjects and not parse.kids(i, "nsubjpass", "auxpass")
            and parse.tokens[parse.tokens[i].head].pos == "VERB"):  # (not "left the stadium and was attacked by masked men")
        return _doing_subjects(parse, parse.tokens[i].head)  # "a tanker overturned and exploded": the tanker
    return subjects


_POLICE_CONTEXT = frozenset({"police", "security", "authority", "interior", "gendarmerie", "gendarme", "arrest", "suspect",
                             "cell", "network", "ring", "gang", "smuggling", "trafficking", "investigator", "prosecutor",
                             "detain", "bureau", "brigade", "customs", "guard", "intelligence", "dismantle"})
_MILITARY_CONTEXT = frozenset({"army", "military", "troop", "soldier", "coalition", "air", "militia", "offensive", "rebel",
                               "insurgent", "airstrike", "artillery", "tank", "jet", "drone", "navy", "battalion", "division",
                               "frontline", "front", "capture", "recapture", "warplane", "warship", "commando", "gunship"})


def _mention_head(parse: _Parse, idx: list[int]) -> Token:
    """The token of a mention (its tokens ``idx``) that the rest of the sentence hangs on."""
    tokens = parse.tokens
    return next((tokens[j] for j in idx if tokens[j].head not in idx), tokens[idx[-1]])


def _prep_objects(parse: _Parse, i: int, prep: str) -> set[str]:
    """The lemmas of what a word's preposition ``prep`` governs: "took him into custody" →
    {"custody"} for "into"."""
    return {parse.tokens[o].lemma.lower() for p in parse.kids(i, "prep") if parse.tokens[p].text.lower() == prep
            for o in parse.kids(p, "pobj")}
