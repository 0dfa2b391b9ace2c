"""The dateparser baseline: ``search_dates`` over the whole text, as a peer would use it.

Its results are mapped to TIMEX3 DATE values at the granularity the matched
string shows: a day if it names a day ("hier", "lundi", "9 janvier"), a month
if it names only a month ("janvier 2003"), a year if it is only a year.
"""

from __future__ import annotations

import datetime as dt
import re

from pipeline.types import Timex

_MONTH = re.compile(r"janv|f[ée]v|mars|avr|mai|juin|juil|ao[uû]t|sept|oct|nov|d[ée]c", re.I)
_YEAR_ONLY = re.compile(r"^\D*\d{4}\D*$")
_DAYLIKE = re.compile(r"\b(?:[0-3]?\d|1er)\b(?!\d)|hier|demain|aujourd|lundi|mardi|mercredi|"
                      r"jeudi|vendredi|samedi|dimanche", re.I)


def dateparser_timexes(text: str, anchor: str | None) -> list[Timex]:
    """Mentions found by ``dateparser.search.search_dates`` (French, base = ``anchor``).

    Example:
        >>> [t.value for t in dateparser_timexes("Il est venu le 9 janvier 2003.", None)]
        ['2003-01-09']
    """
    from dateparser.search import search_dates

    settings: dict[str, object] = {}
    if anchor:
        settings["RELATIVE_BASE"] = dt.datetime.fromisoformat(anchor[:10])
    found = search_dates(text, languages=["fr"], settings=settings) or []  # type: ignore[arg-type]
    out: list[Timex] = []
    cursor = 0
    for surface, when in found:
        start = text.find(surface, cursor)
        if start < 0:
            continue
        cursor = start + len(surface)
        out.append(Timex(start, cursor, surface, "DATE", _value(surface, when)))
    return out


def _value(surface: str, when: dt.datetime) -> str:
    """A day, month or year value depending on what the string names."""
    if _YEAR_ONLY.match(surface) and not _MONTH.search(surface):
        return f"{when.year:04d}"
    if _MONTH.search(surface) and not _DAYLIKE.search(_MONTH.sub(" ", surface)):
        return f"{when.year:04d}-{when.month:02d}"
    return when.date().isoformat()
