"""A story's brief: sentences chosen across sources, each citing them, and the disagreements."""

from __future__ import annotations

import re

from newsfold.brief import MAX_CONFLICT_SENTENCES, write_brief
from newsfold.model import Conflict, ConflictValue, Sentence, Story

TEXTS = {
    "a": "A gunman opened fire at a car wash in Los Angeles on Friday, killing a 19-year-old man. "
         "Police arrested three men on Tuesday in connection with the shooting. "
         "Kevin Johnson, 25, was among those arrested, police said.",
    "b": "Three men were arrested on Tuesday over the killing of a teenager at a Los Angeles car wash. "
         "Kevin Deon Johnson, 24, was named by prosecutors. "
         "The victim's mother spoke at a news conference about the shooting.",
}


def sentences_of(text: str) -> tuple[Sentence, ...]:
    return tuple(Sentence(m.start(), m.end(), 0, 0) for m in re.finditer(r"[^.]+\.", text))


def conflict(cid: str, kind: str, attribute: str, subject: str, values: list[tuple[int, str]]) -> Conflict:
    return Conflict(cid, None, subject, attribute, kind,
                    tuple(ConflictValue(v, (d,), (f"{subject} {v}",)) for v, d in values))


def test_brief_states_each_hard_disagreement_before_any_soft_one():
    story = Story("s1", "Car wash killing", ("a", "b"))
    conflicts = [
        conflict("c3", "soft", "killed", "2015 Los Angeles attack", [(1, "a"), (2, "b")]),
        conflict("c2", "hard", "arrested", "2015 Los Angeles arrest", [(3, "a"), (4, "b")]),
        conflict("c1", "hard", "age", "Kevin Deon Johnson", [(24, "b"), (25, "a")]),
    ]
    brief = write_brief(story, TEXTS, {d: sentences_of(t) for d, t in TEXTS.items()}, [], conflicts)
    stated = [s.text for s in brief if s.text.startswith(("Sources disagree", "Reports differ"))]
    assert len(stated) == MAX_CONFLICT_SENTENCES == 2
    assert stated == ["Sources disagree on the age of Kevin Deon Johnson: 24 (b) vs 25 (a).",
                      "Sources disagree on the number arrested in the 2015 Los Angeles arrest: 3 (a) vs 4 (b)."]
    assert 3 <= len(brief) <= 6
    assert all(s.documents and set(s.documents) <= {"a", "b"} for s in brief)  # every sentence cites its sources


def test_brief_an_acquisitions_two_prices_read_as_sums_of_money():
    from newsfold.brief import _conflict_sentence

    c = Conflict("c-1", "v-1", "2006 acquisition", "$ paid", "hard",
                 (ConflictValue(4.2e9, ("b",), ("… for $4.2 billion",)), ConflictValue(5.4e9, ("a",), ("… for $5.4 billion",))))
    assert _conflict_sentence(c).text == "Sources disagree on the price paid in the 2006 acquisition: $4.2 billion (b) vs $5.4 billion (a)."
