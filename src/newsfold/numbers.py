"""Reading numbers written in news: "17", "1,300", "seven", "a dozen", "two hundred"."""

from __future__ import annotations

import re

UNITS = {"zero": 0, "one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7, "eight": 8,
         "nine": 9, "ten": 10, "eleven": 11, "twelve": 12, "thirteen": 13, "fourteen": 14, "fifteen": 15,
         "sixteen": 16, "seventeen": 17, "eighteen": 18, "nineteen": 19, "twenty": 20, "thirty": 30,
         "forty": 40, "fifty": 50, "sixty": 60, "seventy": 70, "eighty": 80, "ninety": 90, "dozen": 12,
         "a": 1, "an": 1}
SCALES = {"hundred": 100, "thousand": 1000, "million": 1_000_000, "billion": 1_000_000_000}
_DIGITS = re.compile(r"^\d{1,3}(?:,\d{3})+(?:\.\d+)?$|^\d+(?:\.\d+)?$")

#: Words before a number that qualify it, as written in the text.
QUALIFIERS = ("more than", "over", "at least", "nearly", "almost", "about", "around", "some", "up to",
              "approximately", "roughly", "less than", "fewer than", "at most", "close to", "an estimated",
              "as many as", "upwards of", "under", "just over", "just under", "estimated")


def parse_number(words: list[str]) -> float | None:
    """The value of a number written in digits or words, or ``None``.

    >>> parse_number(["1,300"]), parse_number(["seven"]), parse_number(["a", "dozen"])
    (1300.0, 7.0, 12.0)
    >>> parse_number(["two", "hundred"]), parse_number(["2.5", "million"])
    (200.0, 2500000.0)
    """
    words = [w.lower().strip() for w in words if w.strip() and w.lower() not in {"and", "-"}]
    if not words:
        return None
    total, current, seen = 0.0, 0.0, False
    for w in words:
        parts = w.split("-")
        if len(parts) == 2 and all(p in UNITS for p in parts):  # "twenty-one"
            current += UNITS[parts[0]] + UNITS[parts[1]]
            seen = True
        elif _DIGITS.match(w):
            current += float(w.replace(",", ""))
            seen = True
        elif w in UNITS:
            current += UNITS[w] if w not in {"a", "an"} else 1
            seen = seen or w not in {"a", "an"}
            if w == "dozen" and current > 12:  # "two dozen"
                current = (current - 12) * 12
        elif w in SCALES:
            current = (current or 1) * SCALES[w]
            if SCALES[w] >= 1000:
                total += current
                current = 0
            seen = True
        else:
            return None
    return total + current if seen else None


def qualifier_of(text_before: str) -> str | None:
    """The qualifier that ends ``text_before`` ("killed more than" → "more than")."""
    low = " ".join(text_before.lower().split())
    for q in sorted(QUALIFIERS, key=len, reverse=True):
        if low.endswith(q):
            return q
    return None


def interval(value: float, qualifier: str | None) -> tuple[float, float]:
    """The values a qualified figure allows: "more than 45" → (45, inf).

    >>> interval(45, "more than")[0] > 45, interval(41, None)
    (True, (41, 41))
    """
    inf = float("inf")
    if qualifier in {"more than", "over", "upwards of", "just over"}:
        return (value + 1e-9, inf)
    if qualifier in {"at least", "as many as"} and qualifier == "at least":
        return (value, inf)
    if qualifier in {"nearly", "almost", "close to", "just under"}:
        return (value * 0.85, value)
    if qualifier in {"about", "around", "some", "approximately", "roughly", "an estimated", "estimated"}:
        return (value * 0.9, value * 1.1)
    if qualifier in {"up to", "at most", "as many as"}:
        return (0.0, value)
    if qualifier in {"less than", "fewer than", "under"}:
        return (0.0, value - 1e-9)
    return (value, value)


def compatible(a: tuple[float, str | None], b: tuple[float, str | None]) -> bool:
    """True when two qualified figures can both be true ("at least 23" and 25)."""
    lo1, hi1 = interval(*a)
    lo2, hi2 = interval(*b)
    return lo1 <= hi2 and lo2 <= hi1
