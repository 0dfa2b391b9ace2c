"""Calendar dates: days, months, years, seasons, feasts, quarters, decades, centuries.

"le 3 mars 2003" → ``2003-03-03``, "l'été dernier" → ``2025-SU``, "au
premier trimestre" → ``2025-Q1``. A year-less date is placed in the year
nearest the day the text is talking about, or on the side of it that
"dernier"/"prochain" names.
"""

from __future__ import annotations

import calendar
import datetime as dt
import re

from pipeline.dates.anchor import Anchor, valid_day
from pipeline.dates.norm import Context, Handler, Norm
from pipeline.dates.reader import Reader, roman
from pipeline.dates.recognise import Candidate

#: A decade just named and coordinated: the year that follows is a decade too.
_DECADE_BEFORE = re.compile(r"années\s+(?:19|20)?\d0(?:['’]?s)?\s*(?:,|et|ou|à)\s*$", re.IGNORECASE)
#: A month's name by its index from 0 (the vocabulary's first spelling of each).
_MONTH_NAMES = ("janvier", "fevrier", "mars", "avril", "mai", "juin", "juillet", "aout",
                "septembre", "octobre", "novembre", "decembre")


class CalendarDates(Reader):
    """Normalisation rules for calendar dates (one method per kind of candidate).

    Example:
        >>> from pipeline.dates.vocab import DateVocab
        >>> ctx = Context(Anchor.parse("2025-12-20"), Anchor.parse("2025-12-20"), "en 1998")
        >>> CalendarDates(DateVocab.load())._year({"year": "1998"}, ctx, None).value
        '1998'
    """

    def handlers(self) -> dict[str, Handler]:
        """Kind of candidate → method."""
        return {
            "rangestart": self._range_start, "date": self._date, "dayonly": self._date,
            "wdday": self._wdday, "night": self._night, "quarter": self._quarter,
            "numeric": self._numeric, "isodate": self._numeric, "monthday": self._monthday,
            "holiday": self._holiday, "month": self._month, "decade": self._decade,
            "century": self._century, "year": self._year, "newyear": self._new_year, "season": self._season,
            "rankweek": self._rank_in_month, "decadetail": self._decade_tail,
            "monthperiod": self._month_period,
        }

    def _range_start(self, g: dict[str, str], ctx: Context, cand: Candidate) -> Norm | None:
        """The elliptical first end of a range: "9" in "du 9 au 12 janvier" is 9 January.

        A first day after the second one lies in the month before ("du 28 au
        3 mars" starts on 28 February).
        """
        if self._day(g["day"]) > self._day(g["d2"]):
            month = self.v.months[g["month"]]
            index = (int(g["year"]) if "year" in g else 2001) * 12 + month - 2
            g = {**g, "month": _MONTH_NAMES[index % 12]}
            if "year" in g:
                g["year"] = str(index // 12)
        return self._date(g, ctx, cand)

    def _date(self, g: dict[str, str], ctx: Context, cand: Candidate) -> Norm | None:
        day, month = self._day(g["day"]), self.v.months[g["month"]]
        year = self._year_of(g["year"], ctx.dct) if "year" in g else None
        if not valid_day(year, month, day):
            return None
        if "pod1" in g:
            g = {**g, "pod": g["pod1"]}
        if g.get("det") in {"chaque", "tous les"}:
            # "chaque 14 juillet", "tous les 1er mai": that day of every year.
            return Norm("SET", f"XXXX-{month:02d}-{day:02d}")
        if year is not None:
            return self._with_part_of_day(f"{year:04d}-{month:02d}-{day:02d}", g)
        direction = self.v.relative_after.get(g.get("rel", ""), 0)
        if direction:
            # "le 6 mai dernier" counts from the speech time, like "le mois dernier".
            return self._with_part_of_day(ctx.dct.day_month(day, month, direction), g)
        # "mardi 3 mars au soir" is the evening of that day.
        return self._with_part_of_day(self._day_month(day, month, ctx, cand), g)

    def _day_month(self, day: int, month: int, ctx: Context, cand: Candidate) -> str:
        """A year-less day: nearest the day talked about, on the side of the article's date the tense gives.

        "a été signé le 3 décembre" in June is last December's, "sera signé
        le 3 mars" next March's; without a tense, the nearest one.
        """
        side = self._tense(ctx, cand) if ctx.dct.day else 0
        year = self._year_placed(day, month, ctx, side)
        value = ctx.ref.day_month(day, month) if year is None else f"{year:04d}-{month:02d}-{day:02d}"
        today = ctx.dct.shift_days(0)
        if (side < 0 and value > today) or (side > 0 and value < today):
            return ctx.dct.day_month(day, month, side)
        return value

    @staticmethod
    def _year_placed(day: int, month: int, ctx: Context, side: int = 0) -> int | None:
        """The year of a year-less day when the story tells it, else None.

        Between a day written earlier and the article's date lies the day a
        story goes on to ("le 29 janvier 2025… le 2 octobre"). A story of a
        past year ("En 1998, le club a été créé. Le 3 mars, il a gagné")
        keeps to that year, unless the sentence looks ahead; a month earlier
        in the calendar than the story's month comes the next year.
        """
        if ctx.ref != ctx.dct:
            return ctx.ref.year_between(ctx.dct, month, day)
        if ctx.year is not None and side <= 0 and ctx.dct.day and ctx.year < ctx.dct.day.year:
            # A story goes forward: "En octobre 2025, … en février" is February 2026.
            later = ctx.month and month < ctx.month and (ctx.year + 1, month) <= (ctx.dct.day.year, ctx.dct.day.month)
            return ctx.year + 1 if later else ctx.year
        return None

    def _holiday(self, g: dict[str, str], ctx: Context, cand: Candidate) -> Norm:
        """"Noël 2024" → 2024-12-25; "à Pâques" → the coming Easter in a future sentence, the last in a past one."""
        feast = g["feast"].replace("-", " ")
        direction = self._tense(ctx, cand)
        fixed = self.v.holidays.get(feast) or self.v.holidays.get(g["feast"])
        if fixed is None and "hday" in g:
            fixed = f"{self.v.months[g['hmonth']]:02d}-{self._day(g['hday']):02d}"
        if fixed is not None:
            month, day = (int(part) for part in fixed.split("-"))
            if "year" in g:
                return Norm("DATE", f"{g['year']}-{fixed}")
            return Norm("DATE", ctx.ref.day_month(day, month, direction))
        shift = self.v.movable_feasts.get(feast, self.v.movable_feasts.get(g["feast"], 0))
        anchor = Anchor.parse(f"{g['year']}-07-01") if "year" in g else ctx.ref
        return Norm("DATE", anchor.feast(shift, 0 if "year" in g else direction))

    def _wdday(self, g: dict[str, str], ctx: Context, _: Candidate) -> Norm | None:
        """"vendredi 12": the 12th nearest the article's date that is a Friday."""
        day = ctx.ref.weekday_of_month_day(self.v.weekdays[g["wd"]], self._day(g["day"]))
        return self._with_part_of_day(day, g)

    def _monthday(self, g: dict[str, str], ctx: Context, cand: Candidate) -> Norm | None:
        """"le 12": the 12th of the month being talked about.

        After a written day ("le 12 avril… le 14") it is that month; counted
        from the article's date, the coming 12th in a future sentence and the
        last one otherwise.
        """
        direction = 0 if ctx.ref != ctx.dct else 1 if self._future(ctx, cand) else -1
        day = ctx.ref.month_day(self._day(g["day"]), direction)
        return self._with_part_of_day(day, g) if day else None

    def _night(self, g: dict[str, str], ctx: Context, cand: Candidate) -> Norm | None:
        """"dans la nuit de samedi à dimanche" → the Saturday's night.

        "la nuit du 3 au 4 mai" is the night of the 3rd, "la nuit du 31 mars
        au 1er avril" that of 31 March.
        """
        if "day" in g:
            date = self._date({**g, "month": g.get("month1", g["month"])}, ctx, cand)
            return Norm("TIME", f"{date.value}TNI") if date else None
        isoday = self.v.weekdays[g["wd"]]
        day = ctx.dct.weekday(isoday, 1 if self._future(ctx, cand) else -1)
        return Norm("TIME", f"{day}TNI")

    def _quarter(self, g: dict[str, str], ctx: Context, _: Candidate) -> Norm:
        """"le premier trimestre 2003" → 2003-Q1, "le second semestre" → YYYY-H2."""
        n = self.v.ordinals[g["ord"]]
        code = "Q" if g["unit"] == "trimestre" else "H"
        n = min(n, 4 if code == "Q" else 2)
        year = g.get("year") or ctx.dct.shift_years(0)
        return Norm("DATE", f"{year}-{code}{n}")

    def _numeric(self, g: dict[str, str], ctx: Context, _: Candidate) -> Norm | None:
        day, month = int(g["day"]), int(g["month"])
        year = self._year_of(g["year"], ctx.dct)
        if not 1 <= month <= 12 or not valid_day(year, month, day):
            return None
        return Norm("DATE", f"{year:04d}-{month:02d}-{day:02d}")

    def _month(self, g: dict[str, str], ctx: Context, cand: Candidate) -> Norm | None:
        month = self.v.months[g["month"]]
        if "year" in g:
            return Norm("DATE", f"{self._year_of(g['year'], ctx.dct):04d}-{month:02d}", self._mod(g))
        if "yrel" in g:
            # "août de l'an dernier" counts from the article; "mai de cette
            # année-là", "mars de l'année suivante" from the year last narrated.
            story = self.v.story_year_relatives.get(g["yrel"])
            if story is None:
                year = ctx.dct.shift_years(self.v.year_relatives[g["yrel"]])
            else:
                year = (ctx.period or ctx.ref).shift_years(story)
            return Norm("DATE", f"{year}-{month:02d}", self._mod(g))
        direction = self.v.relative_after.get(g.get("rel", ""), 0)
        if direction:
            return Norm("DATE", ctx.dct.month(month, direction), self._mod(g))
        # "en décembre": placed by the story or nearest the time talked about,
        # on the side the tense gives.
        side = self._tense(ctx, cand) if ctx.dct.day else 0
        placed = self._year_placed(15, month, ctx, side)
        value = ctx.ref.month(month) if placed is None else f"{placed:04d}-{month:02d}"
        this = ctx.dct.shift_months(0)
        if (side < 0 and value > this) or (side > 0 and value < this):
            value = ctx.dct.month(month, side)
        return Norm("DATE", value, self._mod(g))

    def _decade(self, g: dict[str, str], ctx: Context, _: Candidate) -> Norm:
        digits = g["decade"]
        return Norm("DATE", digits[:3] if len(digits) == 4 else "19" + digits[0], self._mod(g))

    def _decade_tail(self, g: dict[str, str], ctx: Context, cand: Candidate) -> Norm | None:
        """"90" in "les années 80 et 90": a decade, only right after a decade."""
        if not _DECADE_BEFORE.search(ctx.text, max(0, cand.start - 30), cand.start):
            return None
        return self._decade(g, ctx, cand)

    def _month_period(self, g: dict[str, str], ctx: Context, cand: Candidate) -> Norm | None:
        """"la rentrée" → the September on the side of the article's date the tense gives."""
        month = _MONTH_NAMES[self.v.month_periods[g["period"]] - 1]
        return self._month({**g, "month": month}, ctx, cand)

    def _rank_in_month(self, g: dict[str, str], ctx: Context, cand: Candidate) -> Norm | None:
        """"la première semaine de mars" → the ISO week of 4 March; "la seconde quinzaine de juin" → June, END.

        A week of a month is the week holding its 4th, 11th… day (as ISO
        counts a year's first week); the last one holds its last day but three.
        A fortnight has no TIMEX3 value: the month with START or END.
        """
        norm = self._month({"month": g["month"], **({"year": g["year"]} if "year" in g else {})}, ctx, cand)
        if norm is None or not re.fullmatch(r"\d{4}-\d\d", norm.value):
            return None
        last = g["ord"].startswith("dernier")
        rank = self.v.ordinals.get(g["ord"], 1)
        if g["unit"] == "quinzaine":
            return Norm("DATE", norm.value, "END" if last or rank > 1 else "START")
        year, month = int(norm.value[:4]), int(norm.value[5:])
        length = calendar.monthrange(year, month)[1]
        day = length - 3 if last else 4 + 7 * (rank - 1)
        if day > length:
            return None
        iso = dt.date(year, month, day).isocalendar()
        return Norm("DATE", f"{iso[0]:04d}-W{iso[1]:02d}")

    def _century(self, g: dict[str, str], ctx: Context, _: Candidate) -> Norm | None:
        word = g["century"].upper()
        n = int(word) if word.isdigit() else roman(word)
        return Norm("DATE", f"{n - 1:02d}", self._mod(g)) if 0 < n <= 21 else None

    def _year(self, g: dict[str, str], ctx: Context, cand: Candidate | None) -> Norm:
        if cand is not None and g["year"].endswith("0") and _DECADE_BEFORE.search(ctx.text, max(0, cand.start - 30), cand.start):
            return Norm("DATE", g["year"][:3])  # "les années 1960 et 1970": a decade too
        return Norm("DATE", g["year"], self._mod(g))

    @staticmethod
    def _new_year(g: dict[str, str], ctx: Context, _: Candidate) -> Norm | None:
        """"entrer dans la nouvelle année" → the year the article's date opens, or the next from July."""
        day = ctx.dct.day
        return Norm("DATE", str(day.year + (day.month > 6))) if day else None

    def _season(self, g: dict[str, str], ctx: Context, cand: Candidate) -> Norm:
        """"l'été 2024", "cet hiver", "à la fin de l'été" (END of the coming or a generic summer)."""
        norm = self._season_value(g, ctx, cand)
        return Norm(norm.type, norm.value, self._mod(g))

    def _season_value(self, g: dict[str, str], ctx: Context, cand: Candidate) -> Norm:
        code = self.v.seasons[g["season"]]
        if "year" in g:
            return Norm("DATE", f"{g['year']}-{code}")
        if "rel" in g:
            return Norm("DATE", ctx.dct.season(code, self.v.relative_after[g["rel"]]))
        if g.get("det") in {"cet", "cette", "ce"}:
            return Norm("DATE", ctx.dct.season(code, 0))
        bounded = self._bounded(ctx, cand)
        side = self._tense(ctx, cand) if g.keys() & {"skip", "mod"} or bounded else 0
        if side or bounded:
            # "Il partira à l'automne": the coming one, not autumn in general;
            # "il a démissionné au printemps", "depuis l'été": the last one;
            # "évoquée pour l'automne": this year's.
            return Norm("DATE", ctx.dct.season(code, side))
        return Norm("DATE", f"XXXX-{code}")
