"""Mentions the event table reads whole where the French TimeBank reads parts.

The tagger follows the French TimeBank, which marks "le 18 novembre 2025 à
6 h 30" as two mentions and "deux jours plus tard" as a duration. The event
table's contract wants one time of day (``2025-11-18T06:30``) and the day two
days after the date just given (spec, section 5). These functions rewrite a
tagger's mentions that way for the ``fr_dates`` component; the tagger itself,
and the TimeBank benchmark, keep the TimeBank's reading.
"""

from __future__ import annotations

import bisect
import re
from collections.abc import Sequence

from pipeline.dates.anchor import Anchor
from pipeline.dates.units import shift
from pipeline.types import Timex

#: A time of day right after a date: "à 6h30", "- 09:41", "à 18 h 05".
_CLOCK_AFTER = re.compile(r"\s*(?:à|-|–)?\s*(?P<h>[01]?\d|2[0-3])\s*[h:]\s*(?P<m>[0-5]\d)\b(?!\s*%)")
#: What turns a duration into a date counted from the date just given.
_LATER = re.compile(r"\s+(?:(?P<later>plus\s+tard|après)|(?P<earlier>plus\s+tôt|auparavant|avant))\b"
                    r"(?!\s+(?:l[ea]\b|l['’]|les\b|du\b|des\b|de\b|d['’]|que\b|qu['’]"
                    # "après une série de survols", "avant son départ": after an event, a preposition
                    r"|une?\b|son\b|sa\b|ses\b|leurs?\b|ce\b|cet(?:te)?\b|ces\b|avoir\b|être\b))",
                    re.IGNORECASE)
#: "depuis" right before a date: a bound, not the story's time.
_SINCE = re.compile(r"\bdepuis\s+(?:l['’]\s*|le\s+|la\s+|les\s+)?$", re.IGNORECASE)
#: An aside opened by a relative pronoun, still open at a date: "le
#: Somaliland, qui a fait sécession en 1991": background, not the story's time.
_ASIDE = re.compile(r",\s*(?:qui|que|qu['’]|dont|où)\s[^,;:.!?()«»]*$", re.IGNORECASE)
#: How far back an aside's opening is looked for (characters).
_ASIDE_REACH = 160
_CLOCK_VALUE = re.compile(r"T\d\d:\d\d")
_GAP = re.compile(r"\s*,?\s*")
_COUNT = re.compile(r"^P(?P<n>\d+)(?P<unit>[YMWD])$")
#: A count of hours or minutes ("quelques heures", "trois heures"), or a
#: vague one of days, weeks or months ("quelques semaines", "PXW").
_VAGUE = re.compile(r"^P(?:T(?P<clock>\d+|X)[HM]|X(?P<unit>[DWM]))$")
#: What a vague count after a date keeps of it (characters of its value):
#: "quelques heures plus tard" is that day, "quelques semaines plus tard"
#: that month as far as the text lets one know, "quelques mois plus tard" that year.
_KEEPS = {"D": 7, "W": 7, "M": 4}
_DAY = re.compile(r"^\d{4}-\d\d-\d\d$")
_YEARISH = re.compile(r"^(?P<year>\d{4})(?:-(?P<month>\d\d)(?:-(?P<day>\d\d))?)?")
#: The granularity a unit needs from the date it counts from (characters of its value).
_NEEDS = {"D": 10, "W": 10, "M": 7, "Y": 4}
#: Sentences a counted date may look back for the date it counts from.
_LOOK_BACK = 2
#: The same within a paragraph: a narrative paragraph keeps to the day it
#: opened with ("Tout commence le 1er janvier 2024. […] quelques jours plus
#: tard") until it names another, across about five sentences.
_PARAGRAPH_LOOK_BACK = 5
_SENTENCE_END = re.compile(r"[.!?»]\s+(?=[A-ZÀ-Ý«\"])|\n")


def join_day_times(timexes: Sequence[Timex], text: str) -> list[Timex]:
    """Join a day and the time of day written right after or before it into one time.

    "le 3 mars 2025 à 06h30" and "22 h 20 GMT mercredi" are one time each.

    Example:
        >>> text = "Publié le 3 mars 2025 à 06h30"
        >>> [t.value for t in join_day_times([Timex(7, 21, "le 3 mars 2025", "DATE", "2025-03-03")], text)]
        ['2025-03-03T06:30']
    """
    out: list[Timex] = []
    swallowed = -1
    for t in timexes:
        if t.start < swallowed:
            continue  # the time now part of the day before it
        day = t.type == "DATE" and _DAY.match(t.value)
        clock = _CLOCK_AFTER.match(text, t.end) if day else None
        if clock:
            value = f"{t.value}T{int(clock['h']):02d}:{clock['m']}"
            t = Timex(t.start, clock.end(), text[t.start : clock.end()], "TIME", value)
            swallowed = clock.end()
        elif day and out and _time_before(out[-1], t, text):
            time = out.pop()
            t = Timex(time.start, t.end, text[time.start : t.end], "TIME",
                      t.value + time.value[time.value.index("T"):], time.mod)
        out.append(t)
    return out


def _time_before(time: Timex, day: Timex, text: str) -> bool:
    """Whether ``time`` is a clock time written right before the one-word day ``day`` ("à 22 h mercredi")."""
    return (time.type == "TIME" and _CLOCK_VALUE.search(time.value) is not None
            and day.text.isalpha() and _GAP.fullmatch(text, time.end, day.start) is not None)


def count_from_dates(timexes: Sequence[Timex], text: str) -> list[Timex]:
    """Turn "N jours plus tard", "dix ans plus tôt" into the date counted from the date just given.

    Only a day, month or year written in the same or the two sentences
    before counts, and only at the granularity the unit needs ("neuf jours
    plus tard" needs a day). "deux jours avant le sommet" counts from an event
    and stays a duration.

    Example:
        >>> text = "Le 13 juin, ils ont frappé ; neuf jours plus tard, ils ont bombardé."
        >>> found = [Timex(0, 10, "Le 13 juin", "DATE", "2025-06-13"), Timex(29, 39, "neuf jours", "DURATION", "P9D")]
        >>> [(t.text, t.value) for t in count_from_dates(found, text)]
        [('Le 13 juin', '2025-06-13'), ('neuf jours plus tard', '2025-06-22')]
    """
    ends = [m.start() for m in _SENTENCE_END.finditer(text)]
    out: list[Timex] = []
    for t in timexes:
        count = _COUNT.match(t.value) if t.type == "DURATION" else None
        vague = _VAGUE.match(t.value) if t.type == "DURATION" and not count else None
        later = _LATER.match(text, t.end) if count or vague else None
        base = _base(out, t, ends, text) if later else None
        value = None
        if count and later and base:
            sign = 1 if later["later"] else -1
            value = _counted(base, count["unit"], sign * int(count["n"]))
        elif vague and later and base:
            value = _near(base, vague, bool(later["later"]))
        if value and later:
            t = Timex(t.start, later.end(), text[t.start : later.end()], "DATE", value)
        out.append(t)
    return out


def _near(base: str, vague: re.Match[str], later: bool) -> str | None:
    """The date "quelques heures / semaines plus tard" stands for, at the grain the count allows.

    Hours after a night ("la nuit de samedi à dimanche… quelques heures plus
    tard") are the next day.

    Example:
        >>> _near("2026-04-11TNI", _VAGUE.match("PTXH"), True)
        '2026-04-12'
        >>> _near("2025-03-14", _VAGUE.match("PXW"), True)
        '2025-03'
    """
    parts = _YEARISH.match(base)
    if parts is None:
        return None
    value = parts.group()[: 10 if vague["clock"] else _KEEPS[vague["unit"]]]
    if vague["clock"] and later and base.endswith("TNI") and _DAY.match(value):
        return Anchor.parse(value).shift_days(1)
    return value


def _base(before: Sequence[Timex], t: Timex, ends: Sequence[int], text: str) -> str | None:
    """The last dated value before ``t`` within :data:`_LOOK_BACK` sentences.

    A date after "depuis" ("la plus grave depuis l'été dernier") is a point
    of comparison, not the time of the story, which "plus tard" counts from;
    nor is a bare year in a relative aside ("le 2 mai, le Kosovo, qui avait
    fait sécession en 2008, a protesté ; quelques jours plus tard…" counts
    from the 2nd of May).
    """
    for prior in reversed(before):
        if not _within_reach(prior, t, ends, text):
            return None
        if (prior.type in {"DATE", "TIME"} and _YEARISH.match(prior.value) and "/" not in prior.value
                and not _SINCE.search(text, max(0, prior.start - 12), prior.start)
                and not (len(prior.value) == 4 and in_aside(text, prior.start))):
            return prior.value
    return None


def in_aside(text: str, start: int) -> bool:
    """Whether ``start`` lies in a relative aside still open ("le Somaliland, qui a fait sécession en 1991").

    Example:
        >>> text = "La mission, qui a succédé à l'Atmis le 1er janvier 2025, manque de fonds."
        >>> in_aside(text, text.index("le 1er"))
        True
    """
    return bool(_ASIDE.search(text, max(0, start - _ASIDE_REACH), start))


def _within_reach(prior: Timex, t: Timex, ends: Sequence[int], text: str) -> bool:
    """Whether ``prior`` is close enough before ``t`` for "plus tard" to count from it.

    Example:
        >>> text = "Le 2 mai, X a signé. Y a réagi. Z a fui. W a suivi, deux jours plus tard."
        >>> _within_reach(Timex(0, 8, "Le 2 mai", "DATE", "2025-05-02"), Timex(58, 67, "deux jours", "DURATION", "P2D"),
        ...               [m.start() for m in _SENTENCE_END.finditer(text)], text)
        True
    """
    sentences = bisect.bisect_left(ends, t.start) - bisect.bisect_left(ends, prior.start)
    reach = _LOOK_BACK if "\n" in text[prior.end : t.start] else _PARAGRAPH_LOOK_BACK
    return sentences <= reach


def _counted(base: str, unit: str, step: int) -> str | None:
    """``base`` moved ``step`` units, or None if ``base`` is too coarse for the unit."""
    parts = _YEARISH.match(base)
    if parts is None or len(parts.group()) < _NEEDS[unit]:
        return None
    anchor = Anchor.parse(f"{parts['year']}-{parts['month'] or '07'}-{parts['day'] or '01'}")
    if unit == "W":
        return anchor.shift_days(7 * step)
    return shift(anchor, unit, step)
