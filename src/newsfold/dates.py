"""Resolving time expressions against an article's publication date.

A resolved date is a string of the precision the text supports: ``"2011"``, ``"2015-09"``
or ``"2015-10-04"``. Without an anchor, relative expressions ("on Wednesday", "last week")
resolve to ``None`` — never to the run date.
"""

from __future__ import annotations

import calendar
import re
from datetime import date, timedelta

MONTHS = {name.lower(): i for i, name in enumerate(calendar.month_name) if name}
MONTHS.update({name.lower(): i for i, name in enumerate(calendar.month_abbr) if name})
MONTHS["sept"] = 9
WEEKDAYS = {name.lower(): i for i, name in enumerate(calendar.day_name)}
#: A day of the week named in a text: "on Sunday", "Saturday's attack".
WEEKDAY_WORDS = re.compile(r"\b(" + "|".join(WEEKDAYS) + r")\b", re.IGNORECASE)
NUMBER_WORDS = {"a": 1, "an": 1, "one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7,
                "eight": 8, "nine": 9, "ten": 10, "eleven": 11, "twelve": 12, "several": None, "few": None}

_MONTH_RE = r"(jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?|aug(?:ust)?|sept?(?:ember)?|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?)\.?"
_YEAR_RE = r"((?:1[89]|20)\d\d)"
#: A holiday named without a year is the last one only this many days back.
RECENT_HOLIDAY_DAYS = 60
#: Holidays on a fixed day, as news names them ("on Christmas Eve, 2012", "on New Year's Day").
HOLIDAYS = {"christmas eve": (12, 24), "christmas day": (12, 25), "new year's eve": (12, 31), "new year's day": (1, 1),
            "new year’s eve": (12, 31), "new year’s day": (1, 1), "boxing day": (12, 26), "halloween": (10, 31),
            "valentine's day": (2, 14), "valentine’s day": (2, 14), "fourth of july": (7, 4), "bastille day": (7, 14)}
_HOLIDAY_RE = r"((?i:" + "|".join(re.escape(h) for h in sorted(HOLIDAYS, key=len, reverse=True)) + r"))"
_PATTERNS: list[tuple[re.Pattern[str], str]] = [
    (re.compile(rf"\b{_YEAR_RE}-(\d\d)-(\d\d)\b"), "iso"),
    # "Oct. 10, 2002", also as tokenized corpora print it: "Oct. 10 , 2002"
    (re.compile(rf"\b{_MONTH_RE}\s+(\d{{1,2}})(?:st|nd|rd|th)?(?:\s?,)?\s+{_YEAR_RE}\b", re.I), "mdy"),
    (re.compile(rf"\b(\d{{1,2}})(?:st|nd|rd|th)?\s+(?:of\s+)?{_MONTH_RE}(?:\s?,)?\s+{_YEAR_RE}\b", re.I), "dmy"),
    (re.compile(rf"\b{_MONTH_RE}(?:\s?,)?\s+(?:of\s+)?{_YEAR_RE}\b", re.I), "my"),
    (re.compile(rf"\b{_MONTH_RE}\s+(?:of\s+)?(last|this|next)\s+year\b", re.I), "m_rel_year"),
    (re.compile(rf"\b{_MONTH_RE}\s+(\d{{1,2}})(?:st|nd|rd|th)?\b", re.I), "md"),
    (re.compile(rf"\b(\d{{1,2}})(?:st|nd|rd|th)?\s+(?:(?:and|to|-|–)\s+\d{{1,2}}(?:st|nd|rd|th)?\s+)?(?:of\s+)?{_MONTH_RE}\b", re.I), "dm"),
    (re.compile(rf"\b{_HOLIDAY_RE}(?:\s?,)?\s+(?:of\s+)?{_YEAR_RE}\b"), "holiday_y"),
    (re.compile(rf"\b{_HOLIDAY_RE}"), "holiday"),
    (re.compile(r"\b(yesterday|today|tonight|this morning|this afternoon|this evening|last night)\b", re.I), "deictic"),
    (re.compile(r"\b(?:(last|next|this)\s+)?(monday|tuesday|wednesday|thursday|friday|saturday|sunday)\b", re.I), "weekday"),
    (re.compile(r"\b(last|next|this|past)\s+(week|month|year)\b", re.I), "rel_unit"),
    (re.compile(r"\b(a|an|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|\d+)\s+(day|week|month|year)s?\s+ago\b", re.I), "ago"),
    (re.compile(rf"\b(last|this|next|early|late|mid-?)\s*{_MONTH_RE}\b", re.I), "rel_month"),
    (re.compile(rf"\b{_MONTH_RE}\b", re.I), "month"),
    (re.compile(rf"(?<![\d,.$€£])\b{_YEAR_RE}s?\b(?!\d|,\d)"), "year"),
]


def resolve_date(text: str, anchor: date | None) -> str | None:
    """Resolve the first time expression in ``text`` against ``anchor`` (publication date).

    >>> resolve_date("on Sunday", date(2015, 10, 7))
    '2015-10-04'
    >>> resolve_date("in September", date(2015, 10, 7))
    '2015-09'
    >>> resolve_date("a 2011 bombing", None)
    '2011'
    >>> resolve_date("last week", None) is None
    True
    """
    found = find_dates(text, anchor)
    return found[0][2] if found else None


def find_dates(text: str, anchor: date | None) -> list[tuple[int, int, str]]:
    """Every resolvable time expression in ``text``: ``(start, end, value)``, in text order.

    Overlapping matches keep the most specific pattern (the earlier one in the list).
    """
    taken: list[tuple[int, int]] = []
    out: list[tuple[int, int, str]] = []
    for pattern, kind in _PATTERNS:
        for m in pattern.finditer(text):
            if any(m.start() < e and s < m.end() for s, e in taken):
                continue
            if kind == "month" and m.group(0).lower().rstrip(".") in {"may", "mar", "march", "jan", "sun"} and not _month_context(text, m.start()):
                continue  # "may" the modal verb, "march" the protest
            if kind == "m_rel_year" and m.group(1).lower().rstrip(".") in {"may", "mar", "march", "jan"} and not m.group(1)[:1].isupper():
                continue  # "inflation may this year reach 5%", "the Pride march last year"
            value = _resolve(kind, m, anchor)
            if kind == "weekday" and anchor is not None and not m.group(1) and _future_context(text, m.start()):
                value = _weekday_ahead(anchor, WEEKDAYS[m.group(2).lower()])  # "a vote will be held Thursday"
            taken.append((m.start(), m.end()))
            if value:
                out.append((m.start(), m.end(), value))
    out.sort()
    return out


#: Words before a day name in its clause that put the day ahead: "will be held Thursday",
#: "is to be voted on Thursday", "is due to arrive on Monday".
_FUTURE = re.compile(r"\b(?:will|shall|won't|is to(?! blame)|are to(?! blame)|is due|are due|is expected|are expected|scheduled|is set to|are set to)\b[^.;!?,]*$", re.I)


def _future_context(text: str, start: int) -> bool:
    """The clause before position ``start`` speaks of the future."""
    before = text[max(0, start - 60):start]
    return bool(_FUTURE.search(before)) and not re.search(r"\b(?:said|says|told|announced|reported)\b[^.;!?]*$", before[-25:])


def _weekday_ahead(anchor: date, weekday: int) -> str:
    """The next such weekday after ``anchor``."""
    return (anchor + timedelta(days=(weekday - anchor.weekday()) % 7 or 7)).isoformat()


def _month_context(text: str, start: int) -> bool:
    before = text[max(0, start - 6):start].lower()
    return bool(re.search(r"\b(in|since|by|of|until|last|early|late|mid)\s*$", before))


def _month(token: str) -> int:
    key = token.lower().rstrip(".")
    return MONTHS[key] if key in MONTHS else MONTHS[key[:3]]


def _resolve(kind: str, m: re.Match[str], anchor: date | None) -> str | None:
    g = m.groups()
    try:
        if kind == "iso":
            return date(int(g[0]), int(g[1]), int(g[2])).isoformat()
        if kind == "mdy":
            return date(int(g[2]), _month(g[0]), int(g[1])).isoformat()
        if kind == "dmy":
            return date(int(g[2]), _month(g[1]), int(g[0])).isoformat()
        if kind == "my":
            return f"{int(g[1]):04d}-{_month(g[0]):02d}"
        if kind == "year":
            return g[0]
        if kind == "holiday_y":
            return date(int(g[1]), *HOLIDAYS[g[0].lower()]).isoformat()
    except ValueError:
        return None
    if anchor is None:
        return None
    if kind == "md":
        return _past_day(anchor, _month(g[0]), int(g[1]))
    if kind == "dm":
        return _past_day(anchor, _month(g[1]), int(g[0]))
    if kind == "holiday":
        # with no year, only a recent one: "a year later, he was arrested on New Year's Day" is another year's
        day = _past_day(anchor, *HOLIDAYS[g[0].lower()])
        return day if day is not None and (anchor - date.fromisoformat(day)).days <= RECENT_HOLIDAY_DAYS else None
    if kind == "month":
        return _past_month(anchor, _month(g[0]))
    if kind == "m_rel_year":  # "in April last year", "March of this year"
        return f"{anchor.year + {'last': -1, 'this': 0, 'next': 1}[g[1].lower()]:04d}-{_month(g[0]):02d}"
    if kind == "rel_month":
        return _relative_month(anchor, g[0].lower(), _month(g[1]))
    if kind == "deictic":
        word = g[0].lower()
        day = anchor - timedelta(days=1) if word in {"yesterday", "last night"} else anchor
        return day.isoformat()
    if kind == "weekday":
        return _weekday(anchor, (g[0] or "").lower(), WEEKDAYS[g[1].lower()])
    if kind == "rel_unit":
        return _relative_unit(anchor, g[0].lower(), g[1].lower())
    if kind == "ago":
        n = NUMBER_WORDS.get(g[0].lower()) if not g[0].isdigit() else int(g[0])
        return _ago(anchor, n, g[1].lower()) if n else None
    return None


def _past_day(anchor: date, month: int, day: int) -> str | None:
    year = anchor.year if (month, day) <= (anchor.month, anchor.day) or month - anchor.month <= 1 and month >= anchor.month else anchor.year - 1
    try:
        return date(year, month, day).isoformat()
    except ValueError:
        return None


def _past_month(anchor: date, month: int) -> str:
    year = anchor.year if month <= anchor.month + 1 else anchor.year - 1
    return f"{year:04d}-{month:02d}"


def _relative_month(anchor: date, word: str, month: int) -> str:
    if word == "last":
        year = anchor.year if month < anchor.month else anchor.year - 1
    elif word == "next":
        year = anchor.year if month > anchor.month else anchor.year + 1
    else:
        year = anchor.year
    return f"{year:04d}-{month:02d}"


def _weekday(anchor: date, word: str, weekday: int) -> str:
    delta = (anchor.weekday() - weekday) % 7
    if word == "next":
        delta = -((weekday - anchor.weekday()) % 7 or 7)
    elif word == "last" and delta == 0:
        delta = 7
    return (anchor - timedelta(days=delta)).isoformat()


def _relative_unit(anchor: date, word: str, unit: str) -> str:
    step = {"last": -1, "past": -1, "next": 1, "this": 0}[word]
    if unit == "year":
        return f"{anchor.year + step:04d}"
    if unit == "month":
        month = anchor.month + step
        year = anchor.year + (month - 1) // 12
        return f"{year:04d}-{(month - 1) % 12 + 1:02d}"
    day = anchor + timedelta(weeks=step)
    return f"{day.year:04d}-{day.month:02d}"


def _ago(anchor: date, n: int, unit: str) -> str:
    if unit == "year":
        return f"{anchor.year - n:04d}"
    if unit == "month":
        month = anchor.month - n
        year = anchor.year + (month - 1) // 12
        return f"{year:04d}-{(month - 1) % 12 + 1:02d}"
    days = n * (7 if unit == "week" else 1)
    return (anchor - timedelta(days=days)).isoformat()


def date_bounds(value: str | None) -> tuple[date, date] | None:
    """First and last day covered by ``"YYYY"``, ``"YYYY-MM"`` or ``"YYYY-MM-DD"``."""
    if not value:
        return None
    parts = value.split("-")
    try:
        if len(parts) == 1:
            y = int(parts[0])
            return date(y, 1, 1), date(y, 12, 31)
        if len(parts) == 2:
            y, mo = int(parts[0]), int(parts[1])
            return date(y, mo, 1), date(y, mo, calendar.monthrange(y, mo)[1])
        d = date.fromisoformat(value)
        return d, d
    except ValueError:
        return None


def dates_compatible(a: str | None, b: str | None, *, slack_days: int = 3) -> bool:
    """True when two dates may denote the same day (unknown is compatible with anything)."""
    ba, bb = date_bounds(a), date_bounds(b)
    if ba is None or bb is None:
        return True
    slack = timedelta(days=slack_days)
    return ba[0] - slack <= bb[1] and bb[0] - slack <= ba[1]


def precision(value: str | None) -> int:
    """0 unknown, 1 year, 2 month, 3 day."""
    return 0 if not value else len(value.split("-"))
