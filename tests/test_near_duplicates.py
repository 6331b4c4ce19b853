"""Tests of near-duplicate detection (newsfold.near_duplicates).

The articles are invented: an invented dam failure at the invented Lake Orrin, invented
officials, invented towns.
"""

from __future__ import annotations

import random
from datetime import date

import pytest

import newsfold.near_duplicates as near
from newsfold.model import Article
from newsfold.near_duplicates import find_copy_groups, jaccard, mark_copies, shingles

ORIGINAL = """Engineers at the Lake Orrin dam opened two emergency sluices on Sunday night after the
water level rose faster than forecast, the regional water board said in a statement.

The board said the level had climbed by 1.8 metres in 36 hours following four days of
heavy rain over the Tessel hills, and that the main spillway was already running at
capacity when the decision was taken shortly before midnight.

About 1,200 residents of the villages of Brannock and Low Fennet were told to move to
higher ground as a precaution. Buses were sent to the two schools used as shelters, and
the board said no injuries had been reported by Monday morning.

Board chairwoman Ilse Marrow told reporters that the dam itself was sound and that the
sluices had been opened to protect it, not because of any damage. She said inspectors would
walk the crest of the dam twice a day until the rain stopped.

Farmers downstream said several fields near the river had flooded overnight. One of them,
Corwin Adeyami, said the water reached the door of his barn but that his cattle had been
moved in time.

The board said it expected the level to start falling on Tuesday if the forecast held,
and that residents would be told when it was safe to return. A hotline for families in
Brannock and Low Fennet has been set up at the town hall in Orrinford.

The dam, built in 1962, was last refurbished eleven years ago, when its gates and
monitoring sensors were replaced under a national programme."""

SYNDICATED = (
    "ORRINFORD (Harbour Wire) - Engineers at the Lake Orrin dam opened two emergency sluices late on Sunday.\n\n"
    + ORIGINAL.split("\n\n", 1)[1]
    + "\n\nThis report was first published by the Orrin Valley Courier and is republished with permission. "
    "Copyright belongs to the original publisher."
)

SAME_EVENT_OTHER_WRITER = """Hundreds of people spent Sunday night in school halls after officials at Lake Orrin
released water from the dam to ease pressure from days of rain.

"We heard the sirens at about eleven and packed what we could," said Mabel Tovey, a
retired teacher from Low Fennet, who was sheltering with her two grandchildren.

The water board has insisted the structure is safe. Critics, including local councillor
Aram Pettifer, say the board was slow to warn villages downstream and should have begun
releasing water days earlier, when the forecast first showed heavy rain over the hills.

Fields along the river were under water by dawn. The board expects the level to fall
from Tuesday, but says families should not go home until they are told it is safe.
Orrinford town hall is running a hotline for those affected."""


def article(article_id: str, text: str, published: date | None = None, **fields: object) -> Article:
    """An article with the given id, text and date."""
    return Article(
        article_id=article_id,
        source=f"{article_id}.txt",
        title=article_id,
        text=text,
        published=published,
        **fields,  # type: ignore[arg-type]
    )


def test_syndicated_copy_is_marked_as_copy_of_the_earlier_original() -> None:
    original = article("zz-courier", ORIGINAL, date(2021, 4, 11))
    copy = article("aa-wire", SYNDICATED, date(2021, 4, 12))
    other = article("mm-herald", SAME_EVENT_OTHER_WRITER, date(2021, 4, 11))
    assert jaccard(shingles(ORIGINAL), shingles(SYNDICATED)) >= 0.8
    marked = mark_copies([copy, other, original])
    assert [a.article_id for a in marked] == ["aa-wire", "mm-herald", "zz-courier"]
    assert marked[0].copy_of == "zz-courier"
    assert marked[1].copy_of is None
    assert marked[2].copy_of is None
    assert marked[0].text == SYNDICATED  # nothing else changes
    assert find_copy_groups([copy, other, original]) == [["zz-courier", "aa-wire"]]


def test_two_articles_on_the_same_event_are_not_copies() -> None:
    a = article("a", ORIGINAL, date(2021, 4, 11))
    b = article("b", SAME_EVENT_OTHER_WRITER, date(2021, 4, 11))
    assert jaccard(shingles(ORIGINAL), shingles(SAME_EVENT_OTHER_WRITER)) < 0.1
    assert mark_copies([a, b]) == [a, b]
    assert find_copy_groups([a, b]) == []


def test_unknown_date_counts_as_latest() -> None:
    undated = article("a-first-by-id", ORIGINAL, None)
    dated = article("b-dated", SYNDICATED, date(2021, 4, 12))
    marked = {a.article_id: a for a in mark_copies([undated, dated])}
    assert marked["a-first-by-id"].copy_of == "b-dated"
    assert marked["b-dated"].copy_of is None


def test_ties_go_to_the_smaller_id() -> None:
    for published in (None, date(2021, 4, 11)):
        pair = [article("y", SYNDICATED, published), article("x", ORIGINAL, published)]
        marked = {a.article_id: a for a in mark_copies(pair)}
        assert marked["x"].copy_of is None
        assert marked["y"].copy_of == "x"


def test_exact_copies_and_a_group_of_three() -> None:
    texts = [
        ("c", ORIGINAL, date(2021, 4, 13)),
        ("a", ORIGINAL, date(2021, 4, 11)),
        ("b", SYNDICATED, date(2021, 4, 12)),
    ]
    marked = mark_copies([article(i, t, d) for i, t, d in texts])
    assert {a.article_id: a.copy_of for a in marked} == {"a": None, "b": "a", "c": "a"}


def test_copy_status_is_computed_afresh() -> None:
    original = article("o", ORIGINAL, date(2021, 4, 11), copy_of="stale")
    copy = article("c", SYNDICATED, date(2021, 4, 12))
    alone = article("x", SAME_EVENT_OTHER_WRITER, copy_of="gone")
    marked = {a.article_id: a for a in mark_copies([original, copy, alone])}
    assert marked["o"].copy_of is None
    assert marked["c"].copy_of == "o"
    assert marked["x"].copy_of is None
    again = mark_copies(list(marked.values()))
    assert all(a is b for a, b in zip(again, marked.values(), strict=True))  # idempotent, nothing rebuilt


def test_deterministic_and_order_independent() -> None:
    items = [
        article("one", ORIGINAL, date(2021, 4, 11)),
        article("two", SYNDICATED, date(2021, 4, 12)),
        article("three", SAME_EVENT_OTHER_WRITER, date(2021, 4, 11)),
    ]
    first = {a.article_id: a.copy_of for a in mark_copies(items)}
    again = {a.article_id: a.copy_of for a in mark_copies(list(reversed(items)))}
    assert first == again == {"one": None, "two": "one", "three": None}


def test_empty_and_short_texts() -> None:
    items = [article("e1", ""), article("e2", "   "), article("s1", "Dam opened."), article("s2", "dam OPENED!")]
    assert {a.article_id: a.copy_of for a in mark_copies(items)} == {"e1": None, "e2": None, "s1": None, "s2": "s1"}
    assert mark_copies([]) == []


def test_shingles_are_normalized() -> None:
    assert shingles("Caf\u00e9  NOIR", size=2) == shingles("cafe noir", size=2) == frozenset({b"cafe noir"})
    assert shingles("") == frozenset()
    assert len(shingles("a b c d e f g")) == 3


def test_threshold_must_be_a_fraction() -> None:
    with pytest.raises(ValueError):
        mark_copies([], threshold=0.0)
    with pytest.raises(ValueError):
        find_copy_groups([], threshold=1.5)


def test_lsh_never_compares_all_pairs(monkeypatch: pytest.MonkeyPatch) -> None:
    rng = random.Random(7)
    vocabulary = [f"w{i}" for i in range(3000)]
    items = [article(f"r{i:03d}", " ".join(rng.choice(vocabulary) for _ in range(120))) for i in range(300)]
    items.append(article("r999", items[5].text + " one extra closing sentence here", date(2021, 1, 2)))
    calls: list[int] = []
    real = near.jaccard

    def counting(a: frozenset[bytes], b: frozenset[bytes]) -> float:
        calls.append(1)
        return real(a, b)

    monkeypatch.setattr(near, "jaccard", counting)
    groups = find_copy_groups(items)
    assert groups == [["r999", "r005"]]
    assert len(calls) < len(items)  # all pairs would be 45,150 comparisons
