"""Calendar units: a unit of the anchor shifted by a step, and TIMEX3 duration designators."""

from __future__ import annotations

import datetime as dt

from pipeline.dates.anchor import Anchor

#: Unit codes of the vocabulary → TIMEX3 duration designators (``None`` = not a unit of time).
DURATION = {"Y": "Y", "M": "M", "W": "W", "D": "D", "TH": "H", "TM": "M", "TS": "S", "WE": "WE"}
#: Units written as a multiple of another ("une décennie" = 10 years).
MULTIPLE = {"DE": ("Y", 10), "CE": ("Y", 100), "Q": ("M", 3), "H": ("M", 6)}


def shift(anchor: Anchor, code: str, step: int) -> str:
    """The calendar unit ``code`` of the anchor, ``step`` units away.

    Example:
        >>> shift(Anchor.parse("2025-12-20"), "Q", -1)   # "le trimestre dernier"
        '2025-Q3'
    """
    if code == "Y":
        return anchor.shift_years(step)
    if code == "M":
        return anchor.shift_months(step)
    if code == "W":
        return anchor.shift_weeks(step)
    if code == "WE":
        return anchor.weekend(step)
    if code == "D":
        return anchor.shift_days(step)
    if code in {"Q", "H"} and anchor.day is not None:
        months = 3 if code == "Q" else 6
        index = anchor.day.year * 12 + anchor.day.month - 1 + step * months
        return f"{index // 12:04d}-{code}{index % 12 // months + 1}"
    if code == "CE" and anchor.day is not None:
        return f"{(anchor.day.year - 1) // 100 + step:02d}"
    if code == "DE" and anchor.day is not None:
        return f"{anchor.day.year // 10 + step:03d}"
    return ""


def zone_offset(zone: str, day: str) -> str:
    """TIMEX3 zone suffix: "Z", "+1", or French legal time on ``day`` ("+1"/"+2").

    The French TimeBank writes offsets as bare hours ("T20:30+1").

    Example:
        >>> zone_offset("FR", "2025-07-14")
        '+2'
    """
    if zone != "FR":
        return zone
    try:
        when = dt.date.fromisoformat(day)
    except ValueError:
        return ""
    # Summer time runs from the last Sunday of March to the last Sunday of October.
    start, end = _last_sunday(when.year, 3), _last_sunday(when.year, 10)
    return "+2" if start <= when < end else "+1"


def _last_sunday(year: int, month: int) -> dt.date:
    last = dt.date(year, month, 31)
    return last - dt.timedelta(days=last.isoweekday() % 7)
