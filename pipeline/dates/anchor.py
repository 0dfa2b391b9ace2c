"""Calendar arithmetic that resolves relative dates against an anchor day.

All functions are pure: they take the anchor (the article's date, or the
date the text is talking about) and return TIMEX3 value strings.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

_SEASON_START = {"SP": 3, "SU": 6, "FA": 9, "WI": 12}


@dataclass(frozen=True)
class Anchor:
    """The day relative expressions are resolved against.

    Attributes:
        day: The anchor day, or None when the article is undated.

    Example:
        >>> Anchor.parse("2025-12-20").shift_days(-1)
        '2025-12-19'
    """

    day: dt.date | None

    @classmethod
    def parse(cls, iso: str | None) -> Anchor:
        """Build from an ISO day (``"2025-12-20"``) or None."""
        if not iso:
            return cls(None)
        try:
            return cls(dt.date.fromisoformat(iso[:10]))
        except ValueError:
            return cls(None)

    def shift_days(self, days: int) -> str:
        """The day ``days`` after the anchor ("hier" is -1)."""
        if self.day is None:
            return "XXXX-XX-XX"
        return (self.day + dt.timedelta(days=days)).isoformat()

    def shift_months(self, months: int) -> str:
        """The month ``months`` after the anchor's ("le mois dernier" is -1)."""
        if self.day is None:
            return "XXXX-XX"
        index = self.day.year * 12 + self.day.month - 1 + months
        return f"{index // 12:04d}-{index % 12 + 1:02d}"

    def shift_years(self, years: int) -> str:
        """The year ``years`` after the anchor's ("l'an dernier" is -1)."""
        if self.day is None:
            return "XXXX"
        return f"{self.day.year + years:04d}"

    def shift_weeks(self, weeks: int) -> str:
        """The ISO week ``weeks`` after the anchor's (``2025-W45``)."""
        if self.day is None:
            return "XXXX-WXX"
        year, week, _ = (self.day + dt.timedelta(weeks=weeks)).isocalendar()
        return f"{year:04d}-W{week:02d}"

    def weekend(self, weeks: int = 0) -> str:
        """The week-end nearest the anchor, shifted by ``weeks`` (``2003-W05-WE``)."""
        if self.day is None:
            return "XXXX-WXX-WE"
        saturday = self.day + dt.timedelta(days=6 - self.day.isoweekday())
        if weeks < 0:
            # "le week-end dernier": the latest one over before the anchor.
            while (self.day - saturday).days < 2:
                saturday -= dt.timedelta(weeks=1)
            weeks += 1
        elif weeks > 0:
            while saturday <= self.day:
                saturday += dt.timedelta(weeks=1)
            weeks -= 1
        elif (saturday - self.day).days > 3:
            saturday -= dt.timedelta(weeks=1)
        year, week, _ = (saturday + dt.timedelta(weeks=weeks)).isocalendar()
        return f"{year:04d}-W{week:02d}-WE"

    def weekday(self, isoday: int, direction: int) -> str:
        """The weekday ``isoday`` (1 = lundi) nearest the anchor.

        Args:
            isoday: ISO weekday number.
            direction: -1 for the latest one on or before the anchor ("lundi"
                in a report), +1 for the first one on or after it ("lundi"
                in an announcement: on a Monday it is that very day), -2 for
                strictly before ("lundi dernier"), +2 for strictly after
                ("lundi prochain"), 0 for the nearest.
        """
        if self.day is None:
            return "XXXX-XX-XX"
        delta = isoday - self.day.isoweekday()
        if direction == 0:
            delta = min((delta, delta - 7, delta + 7), key=lambda d: (abs(d), -d))
        elif direction == 1:
            delta = delta if delta >= 0 else delta + 7
        elif direction == 2:
            delta = delta if delta > 0 else delta + 7
        elif direction == -2:
            delta = delta if delta < 0 else delta - 7
        else:
            delta = delta if delta <= 0 else delta - 7
        return (self.day + dt.timedelta(days=delta)).isoformat()

    def weekday_of_month_day(self, isoday: int, day: int) -> str:
        """"vendredi 12": the ``day``-th of a month near the anchor that falls on ``isoday``.

        Falls back to the anchor's month when no nearby month fits.
        """
        if self.day is None:
            return f"XXXX-XX-{day:02d}"
        fits = []
        for shift in (-1, 0, 1):
            index = self.day.year * 12 + self.day.month - 1 + shift
            if valid_day(index // 12, index % 12 + 1, day):
                candidate = dt.date(index // 12, index % 12 + 1, day)
                if candidate.isoweekday() == isoday:
                    fits.append(candidate)
        if not fits:
            return self.day_month(day, self.day.month) if valid_day(None, self.day.month, day) else "XXXX-XX-XX"
        return min(fits, key=lambda d: abs((d - self.day).days)).isoformat()  # type: ignore[operator]

    def month_day(self, day: int, direction: int) -> str:
        """A bare "le 12": that day in the anchor's month or a neighbour.

        ``direction`` +1 takes the first one on or after the anchor, -1 the
        latest one on or before it, 0 the anchor's month; "" when no such day
        exists nearby.

        Example:
            >>> Anchor.parse("2025-06-18").month_day(25, -1)
            '2025-05-25'
        """
        if self.day is None:
            return f"XXXX-XX-{day:02d}" if 1 <= day <= 31 else ""
        for shift in ((0, 1) if direction > 0 else (0, -1) if direction < 0 else (0,)):
            index = self.day.year * 12 + self.day.month - 1 + shift
            if valid_day(index // 12, index % 12 + 1, day):
                when = dt.date(index // 12, index % 12 + 1, day)
                if (when - self.day).days * direction >= 0:
                    return when.isoformat()
        return ""

    def day_month(self, day: int, month: int, direction: int = 0) -> str:
        """The year-less "le 9 janvier" placed in the year nearest the anchor.

        ``direction`` -1 keeps it on or before the anchor ("le 6 mai dernier"),
        +1 after it ("le 13 avril prochain"), 0 the nearest.
        """
        if self.day is None:
            return f"XXXX-{month:02d}-{day:02d}"
        year = self._nearest_year(month, day, direction)
        return f"{year:04d}-{month:02d}-{day:02d}"

    def month(self, month: int, direction: int = 0) -> str:
        """A year-less month ("juin prochain", "en mars") placed nearest the anchor."""
        if self.day is None:
            return f"XXXX-{month:02d}"
        return f"{self._nearest_year(month, 15, direction):04d}-{month:02d}"

    def season(self, code: str, direction: int) -> str:
        """A season ("l'été dernier", "cet hiver") as ``YYYY-SU``."""
        if self.day is None:
            return f"XXXX-{code}"
        start = _SEASON_START[code]
        year = self.day.year
        if direction < 0 and start >= self.day.month:
            year -= 1
        elif direction > 0 and start <= self.day.month:
            year += 1
        return f"{year:04d}-{code}"

    def feast(self, from_easter: int, direction: int) -> str:
        """A feast ``from_easter`` days after Easter Sunday nearest the anchor.

        ``direction`` as for :meth:`day_month` (+1: the coming one).

        Example:
            >>> Anchor.parse("2025-06-18").feast(49, 0)
            '2025-06-08'
        """
        if self.day is None:
            return "XXXX-XX-XX"
        best: tuple[int, dt.date] | None = None
        for year in (self.day.year - 1, self.day.year, self.day.year + 1):
            candidate = easter(year) + dt.timedelta(days=from_easter)
            gap = (candidate - self.day).days
            if (direction < 0 and gap > 0) or (direction > 0 and gap <= 0):
                continue
            if best is None or abs(gap) < best[0]:
                best = (abs(gap), candidate)
        assert best is not None
        return best[1].isoformat()

    def year_between(self, other: Anchor, month: int, day: int) -> int | None:
        """The year putting ``month``/``day`` between this anchor and ``other``, nearest this one.

        A story that names "le 29 janvier 2025" and goes on with "le
        2 octobre" in an article of 23 October 2025 tells of the days in
        between: 2 October 2025, not the 2 October nearer 29 January.

        Example:
            >>> Anchor.parse("2025-01-29").year_between(Anchor.parse("2025-10-23"), 10, 2)
            2025
        """
        if self.day is None or other.day is None:
            return None
        low, high = sorted((self.day, other.day))
        inside = [year for year in range(low.year, high.year + 1)
                  if low <= _safe_date(year, month, day) <= high]
        anchor = self.day
        return min(inside, key=lambda year: abs((_safe_date(year, month, day) - anchor).days), default=None)

    def _nearest_year(self, month: int, day: int, direction: int) -> int:
        """The year putting ``month``/``day`` nearest the anchor in a direction."""
        assert self.day is not None
        best: tuple[int, int] | None = None
        for year in (self.day.year - 1, self.day.year, self.day.year + 1):
            candidate = _safe_date(year, month, day)
            gap = (candidate - self.day).days
            if (direction < 0 and gap > 0) or (direction > 0 and gap <= 0):
                continue
            if best is None or abs(gap) < best[0]:
                best = (abs(gap), year)
        return best[1] if best else self.day.year


def easter(year: int) -> dt.date:
    """Easter Sunday of ``year`` (Gregorian calendar, Meeus/Jones/Butcher).

    Example:
        >>> easter(2024)
        datetime.date(2024, 3, 31)
    """
    a, b, c = year % 19, year // 100, year % 100
    d, e = divmod(b, 4)
    g = (8 * b + 13) // 25
    h = (19 * a + b - d - g + 15) % 30
    i, k = divmod(c, 4)
    leap = (32 + 2 * e + 2 * i - h - k) % 7
    m = (a + 11 * h + 22 * leap) // 451
    month, day = divmod(h + leap - 7 * m + 114, 31)
    return dt.date(year, month, day + 1)


def _safe_date(year: int, month: int, day: int) -> dt.date:
    """A date, with impossible days (30 février) clamped to the month's end."""
    for last in (day, 30, 29, 28):
        try:
            return dt.date(year, month, min(day, last))
        except ValueError:
            continue
    return dt.date(year, month, 1)


def valid_day(year: int | None, month: int, day: int) -> bool:
    """Whether ``day``/``month`` exist (in ``year`` if known).

    Example:
        >>> valid_day(None, 2, 30)
        False
    """
    try:
        dt.date(year or 2000, month, day)
    except ValueError:
        return False
    return True
