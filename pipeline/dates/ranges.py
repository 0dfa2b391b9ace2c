"""Ranges: "du 3 au 5 mars", "de janvier à mars 2024", "entre lundi et mercredi".

The French TimeBank marks a range as its two ends, each its own TIMEX3; the
tagger does the same, then makes the ends agree: a first end without a year
takes the second's ("janvier" in "de janvier à mars 2024" is January 2024),
and a second weekday never falls before the first ("de lundi à mercredi").
The event table wants one span of days instead (spec, section 5: "du 9 au
12 janvier 2003" is ``2003-01-09/2003-01-12``): :func:`join_day_spans` joins
the two ends of a "du … au …" range for it.
"""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Collection, Sequence
from dataclasses import replace

from pipeline.dates.recognise import Candidate
from pipeline.types import Timex

#: What opens a range, just before its first end ("du", "de", "entre", "depuis le").
_OPENER = re.compile(r"(?:\b(?:du|de|depuis|entre)|\bd['’]|à\s+partir\s+du)\s+(?:le\s+)?$", re.IGNORECASE)
#: What joins the two ends, the whole gap between them.
_JOINER = re.compile(r"\s*(?:au|à|jusqu['’]au|jusqu['’]à|et)\s+(?:le\s+)?", re.IGNORECASE)
#: "du … au …" (or "depuis le … jusqu'au …"): a stretch of days, one span for the event table.
_DAY_OPENER = re.compile(r"(?:\bdu|\bdepuis(?:\s+le)?)\s+$", re.IGNORECASE)
_DAY_JOINER = re.compile(r"\s*(?:au|jusqu['’]au)\s+", re.IGNORECASE)
#: "de 1998 à 2000": a stretch of years, one span; "entre 2020 et 2023"
#: places things somewhere inside the years and stays two mentions.
_YEAR_OPENER = re.compile(r"\b(?:de|depuis)\s+$", re.IGNORECASE)
_YEAR_JOINER = re.compile(r"\s*(?:à|jusqu['’]à|jusqu['’]en)\s+", re.IGNORECASE)
_YEAR = re.compile(r"\d{4}")
#: "les 7 et 8 juillet": two days in a row, one span too.
_PAIR_JOINER = re.compile(r"\s+et\s+", re.IGNORECASE)
_PLURAL = re.compile(r"les\s+\d", re.IGNORECASE)
#: "entre lundi et mardi" places a thing somewhere between two days, not on both.
_BETWEEN = re.compile(r"\bentre\s+$", re.IGNORECASE)
_DAY = re.compile(r"(?:\d{4}|XXXX)-\d\d-\d\d")
_DATED = re.compile(r"(\d{4})(-\d\d(?:-\d\d)?)")
#: Kinds whose year, when the text gives none, came from the anchor.
_YEARLESS = frozenset({"date", "month", "dayonly"})


def linked(text: str, first: Timex, second: Timex, opener: re.Pattern[str] = _OPENER,
           joiner: re.Pattern[str] = _JOINER) -> bool:
    """Whether two mentions are the ends of one range ("de 1995 à 2002").

    Example:
        >>> text = "de 1995 à 2002"
        >>> linked(text, Timex(3, 7, "1995", "DATE", "1995"), Timex(10, 14, "2002", "DATE", "2002"))
        True
    """
    before = text[max(0, first.start - 20) : first.start]
    return bool(opener.search(before)) and bool(joiner.fullmatch(text, first.end, second.start))


def settle_range_ends(found: Sequence[tuple[Candidate, Timex]], text: str) -> list[tuple[Candidate, Timex]]:
    """Make the two ends of each range agree (year of the first, order of weekdays).

    Example:
        >>> # "de janvier à mars 2024": janvier → 2024-01 (not the article's year)
    """
    out = list(found)
    for i in range(1, len(out)):
        (c1, t1), (c2, t2) = out[i - 1], out[i]
        if t1.type != t2.type or not linked(text, t1, t2):
            continue
        if c1.kind in _YEARLESS and not c1.groups.keys() & {"year", "rel"} and "year" in c2.groups:
            out[i - 1] = (c1, replace(t1, value=_year_of_end(t1.value, t2.value)))
        elif c2.kind == "weekday" and _DAY.fullmatch(t1.value) and _DAY.fullmatch(t2.value):
            out[i] = (c2, replace(t2, value=_not_before(t2.value, t1.value)))
    return out


def _year_of_end(first: str, second: str) -> str:
    """The first end in the second's year, or the year before if it would come after it."""
    a, b = _DATED.fullmatch(first), _DATED.fullmatch(second)
    if a is None or b is None:
        return first
    year = int(b.group(1)) - (a.group(2) > b.group(2)[: len(a.group(2))])
    return f"{year:04d}{a.group(2)}"


def _not_before(day: str, start: str) -> str:
    """``day`` moved on by whole weeks until it is not before ``start``."""
    if "X" in day + start:
        return day
    when, since = dt.date.fromisoformat(day), dt.date.fromisoformat(start)
    while when < since:
        when += dt.timedelta(weeks=1)
    return when.isoformat()


def join_day_spans(timexes: Sequence[Timex], text: str, weekdays: Collection[str] = ()) -> list[Timex]:
    """Join the two days of each "du … au …" range into one span mention (``start/end``).

    Example:
        >>> text = "du 9 au 12 janvier"
        >>> ends = [Timex(3, 4, "9", "DATE", "2003-01-09"), Timex(8, 18, "12 janvier", "DATE", "2003-01-12")]
        >>> [t.value for t in join_day_spans(ends, text)]
        ['2003-01-09/2003-01-12']

    So is a stretch of years ("de 1998 à 2000"). Two days in a row joined by "et" after a plural article ("les 7 et
    8 juillet") are a span as well, and so are two weekdays in a row named
    in ``weekdays`` ("samedi et dimanche": one weekend, one span); "les 3 et
    10 mars" and "lundi et jeudi" stay two days.
    """
    out: list[Timex] = []
    for t in timexes:
        first = out[-1] if out else None
        if first is not None and (_day_span(text, first, t) or _year_span(text, first, t)
                                  or _weekday_pair(text, first, t, weekdays)):
            out[-1] = Timex(first.start, t.end, text[first.start : t.end], "DATE", f"{first.value}/{t.value}")
        else:
            out.append(t)
    return out


def _day_span(text: str, first: Timex, second: Timex) -> bool:
    """Whether "du ``first`` au ``second``" or "les ``first`` et ``second``" is a stretch of days."""
    return (_in_order(first, second, _DAY)
            and (linked(text, first, second, _DAY_OPENER, _DAY_JOINER) or _day_pair(text, first, second)))


def _year_span(text: str, first: Timex, second: Timex) -> bool:
    """Whether "de ``first`` à ``second``" is a stretch of years ("de 1998 à 2000").

    Example:
        >>> text = "de 1998 à 2000"
        >>> _year_span(text, Timex(3, 7, "1998", "DATE", "1998"), Timex(10, 14, "2000", "DATE", "2000"))
        True
    """
    return _in_order(first, second, _YEAR) and linked(text, first, second, _YEAR_OPENER, _YEAR_JOINER)


def _in_order(first: Timex, second: Timex, value: re.Pattern[str]) -> bool:
    """Whether both are dates whose values fully match ``value``, ``first`` the earlier."""
    return (first.type == second.type == "DATE" and bool(value.fullmatch(first.value))
            and bool(value.fullmatch(second.value)) and first.value < second.value)


def _day_pair(text: str, first: Timex, second: Timex) -> bool:
    """Whether "les ``first`` et ``second``" are two days in a row ("les 7 et 8 juillet").

    Example:
        >>> text = "les 7 et 8 juillet"
        >>> _day_pair(text, Timex(0, 5, "les 7", "DATE", "2026-07-07"), Timex(9, 18, "8 juillet", "DATE", "2026-07-08"))
        True
    """
    return bool(_PLURAL.match(first.text)) and _next_day(text, first, second)


def _weekday_pair(text: str, first: Timex, second: Timex, weekdays: Collection[str]) -> bool:
    """Whether "``first`` et ``second``" are two weekdays in a row ("samedi et dimanche").

    Example:
        >>> text = "samedi et dimanche"
        >>> days = [Timex(0, 6, "samedi", "DATE", "2026-03-21"), Timex(10, 18, "dimanche", "DATE", "2026-03-22")]
        >>> _weekday_pair(text, *days, weekdays={"samedi", "dimanche"})
        True
    """
    return (first.text.lower() in weekdays and second.text.lower() in weekdays
            and not _BETWEEN.search(text, max(0, first.start - 10), first.start)
            and _next_day(text, first, second))


def _next_day(text: str, first: Timex, second: Timex) -> bool:
    """Whether ``second`` is the day after ``first``, the two joined by "et"."""
    if not (_DAY.fullmatch(first.value) and _DAY.fullmatch(second.value)) or "X" in first.value + second.value:
        return False
    if not _PAIR_JOINER.fullmatch(text, first.end, second.start):
        return False
    gap = dt.date.fromisoformat(second.value) - dt.date.fromisoformat(first.value)
    return gap.days == 1
