"""Turn a recognised candidate into a TIMEX3 type, value and mod.

One small method per kind of candidate; all calendar arithmetic is
delegated to :class:`~pipeline.dates.anchor.Anchor`. Deictic expressions
("hier", "cette année") are resolved against the article's date; anaphoric
ones ("la veille", "l'année précédente", a bare "18 h") against the time the
text is talking about, i.e. the last day it named.
"""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Callable
from dataclasses import dataclass

from pipeline.dates.anchor import Anchor, valid_day
from pipeline.dates.recognise import Candidate
from pipeline.dates.vocab import DateVocab, alternation

#: Unit codes of the vocabulary → TIMEX3 duration designators (``None`` = not a unit of time).
_DURATION = {"Y": "Y", "M": "M", "W": "W", "D": "D", "TH": "H", "TM": "M", "TS": "S", "WE": "WE"}
_MULTIPLE = {"DE": ("Y", 10), "CE": ("Y", 100), "Q": ("M", 3), "H": ("M", 6)}
_ROMAN = {"I": 1, "V": 5, "X": 10}
#: Verb forms that put a sentence in the future ("se tiendra", "va signer"),
#: by their stems so that "Ankara" or "Sahara" are not futures.
_FUTURE = re.compile(
    r"\b(?:\w*(?:er|ir|dr|tr|vr|ur|rr)(?:a|ont)|va|vont|devrait|devraient|doit|doivent|prévue?)\b",
    re.IGNORECASE,
)


@dataclass(frozen=True)
class Norm:
    """A normalised value: TIMEX3 type, value and mod.

    Example:
        >>> Norm("DATE", "2025-12", "MID").value
        '2025-12'
    """

    type: str
    value: str
    mod: str = ""


@dataclass(frozen=True)
class Context:
    """What a candidate is resolved against.

    Attributes:
        dct: The article's date.
        ref: The day the text is currently talking about (defaults to ``dct``).
        text: The whole text, for tense cues around the candidate.
        period: The last date named at any granularity ("en 2019" gives the
            middle of 2019), for "l'année suivante"; defaults to ``ref``.
        previous: The last date or time mentioned nearby, for "à ce moment-là".
        dated: A day written out as a date ("le 7 février") in the same or
            the previous sentence, which "le mois dernier" then counts from.
    """

    dct: Anchor
    ref: Anchor
    text: str
    period: Anchor | None = None
    previous: Norm | None = None
    dated: Anchor | None = None


class Normaliser:
    """Compute TIMEX3 values for candidates (vocabulary loaded once).

    Example:
        >>> from pipeline.dates.recognise import Recogniser
        >>> vocab = DateVocab.load()
        >>> cand = Recogniser(vocab).find("hier")[0]
        >>> ctx = Context(Anchor.parse("2025-12-20"), Anchor.parse("2025-12-20"), "hier")
        >>> Normaliser(vocab).normalise(cand, ctx)
        Norm(type='DATE', value='2025-12-19', mod='')
    """

    def __init__(self, vocab: DateVocab) -> None:
        self.v = vocab
        self._past = re.compile(rf"\b{alternation(vocab.words('past_auxiliaries'))}\b", re.IGNORECASE)
        self._handlers: dict[str, Callable[[dict[str, str], Context, Candidate], Norm | None]] = {
            "range": self._range, "date": self._date, "dayonly": self._date,
            "wdday": self._wdday, "night": self._night, "quarter": self._quarter,
            "podmod": self._podmod, "every": self._every, "aboutdur": self._aboutdur, "numeric": self._numeric,
            "isodate": self._numeric, "monthday": self._monthday, "coming": self._coming, "holiday": self._holiday,
            "month": self._month, "decade": self._decade, "century": self._century,
            "year": self._year, "season": self._season, "weekday": self._weekday,
            "deictic": self._deictic, "anaphoric": self._anaphoric, "relunit": self._relunit,
            "ago": self._ago, "duration": self._duration, "lexduration": self._lexduration,
            "clock": self._clock, "clockword": self._clockword, "reference": self._reference,
            "set": self._set, "lastn": self._duration, "unitmod": self._unitmod,
            "frequency": self._frequency, "sametime": self._sametime,
        }

    def normalise(self, cand: Candidate, ctx: Context) -> Norm | None:
        """The TIMEX3 reading of ``cand``, or None if it is not temporal after all."""
        return self._handlers[cand.kind](cand.groups, ctx, cand)

    # --- numbers -----------------------------------------------------------

    def _int(self, word: str) -> int | None:
        """"dix-huit" → 18, "12" → 12, "plusieurs" → None."""
        if word.replace(",", "").replace(".", "").isdigit():
            return int(float(word.replace(",", ".")))
        total = 0
        for part in re.split(r"[-\s]+", word):
            if part == "et":
                continue
            n = self.v.numbers.get(part)
            if n is None:
                return None
            if n in (100, 1000):
                total = max(total, 1) * n
            elif n == 20 and total == 4:
                total = 80
            else:
                total += n
        return total

    def _qty(self, word: str) -> str:
        """Quantity for a duration value: "30,4" → "30.4", "plusieurs" → "X"."""
        if re.fullmatch(r"\d+[,.]\d+", word):
            return word.replace(",", ".")
        n = self._int(word)
        return "X" if n is None else str(n)

    def _day(self, word: str) -> int:
        """"1er"/"premier" → 1."""
        return 1 if word.startswith(("1 er", "1er", "premier")) else int(word)

    def _year_of(self, word: str, dct: Anchor) -> int:
        """Four-digit or two-digit year ("98" → 1998, "03" → 2003)."""
        digits = word.strip("'’")
        if len(digits) == 4:
            return int(digits)
        # The latest reading at most ten years after the article ("98" in 1999).
        latest = (dct.day.year if dct.day else 2000) + 10
        return 2000 + int(digits) if 2000 + int(digits) <= latest else 1900 + int(digits)

    def _mod(self, groups: dict[str, str]) -> str:
        """TIMEX3 mod of the "mod" group: "la fin de" → END, "en début" → START."""
        words = groups.get("mod", "")
        if words in self.v.modifiers:
            return self.v.modifiers[words]
        return next((self.v.modifiers[w] for w in words.split() if w in self.v.modifiers), "")

    # --- calendar dates ----------------------------------------------------

    def _range(self, g: dict[str, str], ctx: Context, _: Candidate) -> Norm | None:
        month, year = self.v.months[g["m2"]], g.get("y2")
        ends = []
        for day in (g["d1"], g["d2"]):
            d = self._day(day)
            if not valid_day(int(year) if year else None, month, d):
                return None
            ends.append(f"{year}-{month:02d}-{d:02d}" if year else ctx.ref.day_month(d, month))
        return Norm("DATE", "/".join(ends))

    def _date(self, g: dict[str, str], ctx: Context, cand: Candidate) -> Norm | None:
        day, month = self._day(g["day"]), self.v.months[g["month"]]
        year = self._year_of(g["year"], ctx.dct) if "year" in g else None
        if not valid_day(year, month, day):
            return None
        if "pod1" in g:
            g = {**g, "pod": g["pod1"]}
        if year is not None:
            return self._with_part_of_day(f"{year:04d}-{month:02d}-{day:02d}", g)
        direction = self.v.relative_after.get(g.get("rel", ""), 0)
        # "le 6 mai dernier" counts from the speech time, like "le mois dernier";
        # "mardi 3 mars au soir" is the evening of that day.
        anchor = ctx.dct if direction else ctx.ref
        return self._with_part_of_day(anchor.day_month(day, month, direction), g)

    def _holiday(self, g: dict[str, str], ctx: Context, cand: Candidate) -> Norm:
        """"Noël 2024" → 2024-12-25; "à Pâques" → the coming Easter in a future sentence, the last in a past one."""
        feast = g["feast"].replace("-", " ")
        direction = _tense(ctx.text, cand, self._past)
        fixed = self.v.holidays.get(feast) or self.v.holidays.get(g["feast"])
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
        direction = 0 if ctx.ref != ctx.dct else 1 if _future(ctx.text, cand, self._past) else -1
        day = ctx.ref.month_day(self._day(g["day"]), direction)
        return self._with_part_of_day(day, g) if day else None

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

    def _month(self, g: dict[str, str], ctx: Context, _: Candidate) -> Norm | None:
        month = self.v.months[g["month"]]
        if "year" in g:
            return Norm("DATE", f"{self._year_of(g['year'], ctx.dct):04d}-{month:02d}", self._mod(g))
        if "yrel" in g:
            # "août de l'an dernier", "mars de l'année prochaine"
            year = ctx.dct.shift_years(self.v.year_relatives[g["yrel"]])
            return Norm("DATE", f"{year}-{month:02d}", self._mod(g))
        direction = self.v.relative_after.get(g.get("rel", ""), 0)
        anchor = ctx.dct if direction else ctx.ref
        return Norm("DATE", anchor.month(month, direction), self._mod(g))

    def _decade(self, g: dict[str, str], ctx: Context, _: Candidate) -> Norm:
        digits = g["decade"]
        return Norm("DATE", digits[:3] if len(digits) == 4 else "19" + digits[0], self._mod(g))

    def _century(self, g: dict[str, str], ctx: Context, _: Candidate) -> Norm | None:
        word = g["century"].upper()
        n = int(word) if word.isdigit() else _roman(word)
        return Norm("DATE", f"{n - 1:02d}", self._mod(g)) if 0 < n <= 21 else None

    def _year(self, g: dict[str, str], ctx: Context, _: Candidate) -> Norm:
        return Norm("DATE", g["year"], self._mod(g))

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
        if g.keys() & {"skip", "mod"} and _future(ctx.text, cand, self._past):
            # "Il partira à l'automne": the coming one, not autumn in general.
            return Norm("DATE", ctx.dct.season(code, 1))
        return Norm("DATE", f"XXXX-{code}")

    # --- days and times ----------------------------------------------------

    def _weekday(self, g: dict[str, str], ctx: Context, cand: Candidate) -> Norm:
        isoday = self.v.weekdays[g["wd"]]
        habitual = g.get("det") == "le" and not g.keys() & {"rel", "pod"}
        if g.get("det") in {"chaque", "tous les", "les"} or "plural" in g or habitual:
            # "chaque lundi", "les jeudis", and a bare "le mercredi" are habits.
            return Norm("SET", f"XXXX-WXX-{isoday}")
        if "rel" in g:
            forward = self.v.relative_after[g["rel"]] > 0
            day = ctx.dct.weekday(isoday, 2 if forward else -2)
        elif g.get("det") == "ce":
            day = ctx.dct.weekday(isoday, 0)
        else:
            day = ctx.dct.weekday(isoday, 1 if _future(ctx.text, cand, self._past) else -1)
        return self._with_part_of_day(day, g)

    def _with_part_of_day(self, day: str, g: dict[str, str]) -> Norm:
        """Add "soir", "matin", "midi" or "à 10 h" to a day."""
        if "clock" in g:
            return Norm("TIME", f"{day}T{_clock(g['clock'])}")
        pod = g.get("pod", "")
        if pod in self.v.clock_words:
            return Norm("TIME", f"{day}T{self.v.clock_words[pod]}")
        if pod in self.v.parts_of_day and self.v.parts_of_day[pod] != "DT":
            return Norm("TIME", f"{day}T{self.v.parts_of_day[pod]}")
        return Norm("DATE", day)

    def _deictic(self, g: dict[str, str], ctx: Context, cand: Candidate) -> Norm:
        if g["deictic"] == "aujourd'hui" and len(g) == 1 and _opens_sentence(ctx.text, cand):
            # "Aujourd'hui, la ville a changé": a sentence-opening "aujourd'hui,"
            # contrasts the present with the past ("nowadays"), not a day.
            return Norm("TIME", "PRESENT_REF")
        return self._with_part_of_day(ctx.dct.shift_days(self.v.deictic_days[g["deictic"]]), g)

    def _night(self, g: dict[str, str], ctx: Context, cand: Candidate) -> Norm | None:
        """"dans la nuit de samedi à dimanche" → the Saturday's night.

        "la nuit du 3 au 4 mai" is the night of the 3rd.
        """
        if "day" in g:
            date = self._date(g, ctx, cand)
            return Norm("TIME", f"{date.value}TNI") if date else None
        isoday = self.v.weekdays[g["wd"]]
        day = ctx.dct.weekday(isoday, 1 if _future(ctx.text, cand, self._past) else -1)
        return Norm("TIME", f"{day}TNI")

    def _podmod(self, g: dict[str, str], ctx: Context, _: Candidate) -> Norm:
        """"en fin de matinée", "en soirée": a part of the day being talked about.

        "en milieu de journée" is the part of the day TIMEX3 calls ``MI``.
        """
        if g["pod"] == "journee" and self._mod(g):
            # "en fin de journée" is the evening, "en début de journée" the morning.
            part = {"MID": "MI", "END": "EV", "START": "MO"}[self._mod(g)]
            return Norm("TIME", f"{ctx.ref.shift_days(0)}T{part}")
        norm = self._with_part_of_day(ctx.ref.shift_days(0), {"pod": g["pod"]})
        return Norm(norm.type, norm.value, self._mod(g))

    def _anaphoric(self, g: dict[str, str], ctx: Context, _: Candidate) -> Norm:
        return self._with_part_of_day(ctx.ref.shift_days(self.v.anaphoric_days[g["ana"]]), g)

    def _clock(self, g: dict[str, str], ctx: Context, _: Candidate) -> Norm | None:
        hour, minute = int(g["h"]), int(g.get("m", "0"))
        if g.get("half") in {"soir", "apres-midi"} and hour < 12:
            hour += 12  # "9 heures du soir" is 21:00
        mod = "APPROX" if "approx" in g else ""
        day = ctx.dct.shift_days(self.v.deictic_days[g["deictic"]]) if "deictic" in g else None
        day = day or ctx.ref.shift_days(0)
        zone = _offset(self.v.time_zones.get(g.get("tz", ""), ""), day)
        return Norm("TIME", f"{day}T{hour:02d}:{minute:02d}{zone}", mod)

    def _clockword(self, g: dict[str, str], ctx: Context, _: Candidate) -> Norm:
        mod = "APPROX" if "approx" in g else ""
        return Norm("TIME", f"{ctx.ref.shift_days(0)}T{self.v.clock_words[g['cw']]}", mod)

    def _sametime(self, g: dict[str, str], ctx: Context, _: Candidate) -> Norm | None:
        """"à ce moment-là", "à la même époque": the time the text just named.

        "à la même époque" after a year ("l'année dernière à la même époque")
        is the article's time of year in that year.
        """
        before = ctx.previous
        if before is None:
            return None
        if g["same"].endswith("epoque") and re.fullmatch(r"\d{4}", before.value) and ctx.dct.day:
            return Norm("DATE", f"{before.value}-{ctx.dct.day.month:02d}")
        return before

    # --- relative units ----------------------------------------------------

    def _unitmod(self, g: dict[str, str], ctx: Context, _: Candidate) -> Norm | None:
        """"en fin de semaine (prochaine)", "en début d'année": part of a unit."""
        value = _shift(ctx.ref, self.v.units[g["unit"]], self.v.relative_after.get(g.get("rel", ""), 0))
        return Norm("DATE", value, self._mod(g)) if value else None

    def _frequency(self, g: dict[str, str], ctx: Context, _: Candidate) -> Norm | None:
        """"deux fois par an" → SET P1Y (the count is TIMEX3's freq, not the value)."""
        code = self.v.units[g["unit"]]
        if code not in _DURATION or code == "WE":
            return None
        return Norm("SET", f"{'PT' if code.startswith('T') else 'P'}1{_DURATION[code]}")

    def _relunit(self, g: dict[str, str], ctx: Context, _: Candidate) -> Norm | None:
        unit, rel = g["unit"], g.get("rel", "")
        step = self.v.relative_after.get(rel, 0)
        # "cette année" is the article's. "le mois dernier" is deictic: it
        # counts from the speech time (the article's date), unless a date was
        # written out in this or the previous sentence ("le 7 février… le mois
        # dernier"); a weekday or "hier" named earlier does not move it.
        # "l'année suivante" is anaphoric: from the last date named at all.
        anaphoric = rel == "meme" or rel in self.v.anaphoric_relative
        if anaphoric and unit not in {"jour", "journee"}:
            anchor = ctx.period or ctx.ref
        elif anaphoric or "there" in g:
            anchor = ctx.ref
        else:
            anchor = (ctx.dated or ctx.dct) if rel else ctx.dct
        if unit in self.v.parts_of_day:
            day = ctx.dct.shift_days(step) if g["det"] in {"ce", "cet", "cette"} else ctx.ref.shift_days(step)
            return self._with_part_of_day(day, {"pod": unit})
        code = self.v.units.get(unit, "")
        value = _shift(anchor, code, step)
        return Norm("DATE", value, self._mod(g)) if value else None

    def _ago(self, g: dict[str, str], ctx: Context, _: Candidate) -> Norm | None:
        n = self._int(g["qty"])
        if n is None:
            return Norm("TIME", "PAST_REF")
        value = _shift(ctx.dct, self.v.units[g["unit"]], -n)
        return Norm("DATE", value, self.v.approx_words.get(g.get("approx", ""), "")) if value else None

    def _duration(self, g: dict[str, str], ctx: Context, _: Candidate) -> Norm | None:
        code = self.v.units[g["unit"]]
        qty = self._qty(g["qty"])
        if code in _MULTIPLE:
            designator, factor = _MULTIPLE[code]
            qty = qty if qty == "X" else str(int(float(qty)) * factor)
        else:
            designator = _DURATION[code]
        if "half" in g and qty != "X":
            # "deux ans et demi" → P2.5Y
            qty = f"{float(qty) + 0.5:g}"
        prefix = "PT" if code.startswith("T") else "P"
        mod = self.v.approx_words.get(g.get("approx", ""), "")
        return Norm("DURATION", f"{prefix}{qty}{designator}", mod)

    def _coming(self, g: dict[str, str], ctx: Context, cand: Candidate) -> Norm | None:
        """"les semaines à venir" → PXW, like "les prochaines semaines"."""
        return self._duration({"qty": "X", "unit": g["unit"]}, ctx, cand)

    def _aboutdur(self, g: dict[str, str], ctx: Context, cand: Candidate) -> Norm | None:
        """"une dizaine d'années" → P10Y, approximately."""
        count = str(self.v.approx_counts[g["count"]])
        norm = self._duration({"qty": count, "unit": g["unit"]}, ctx, cand)
        return Norm(norm.type, norm.value, "APPROX") if norm else None

    def _every(self, g: dict[str, str], ctx: Context, cand: Candidate) -> Norm | None:
        """"tous les deux ans" → SET P2Y."""
        norm = self._duration(g, ctx, cand)
        return Norm("SET", norm.value) if norm else None

    def _lexduration(self, g: dict[str, str], ctx: Context, _: Candidate) -> Norm | None:
        value = self.v.lexical_durations.get(g["lex"], "")
        return Norm("DURATION", value) if value else None

    def _reference(self, g: dict[str, str], ctx: Context, _: Candidate) -> Norm:
        return Norm("TIME", self.v.references[g["ref"]])

    def _set(self, g: dict[str, str], ctx: Context, _: Candidate) -> Norm:
        value = self.v.sets[g["set"]]
        return Norm("SET", value)


def _shift(anchor: Anchor, code: str, step: int) -> str:
    """The calendar unit ``code`` of the anchor, ``step`` units away."""
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


def _offset(zone: str, day: str) -> str:
    """TIMEX3 zone suffix: "Z", "+1", or French legal time on ``day`` ("+1"/"+2").

    The French TimeBank writes offsets as bare hours ("T20:30+1").
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


def _opens_sentence(text: str, cand: Candidate) -> bool:
    """Whether ``cand`` starts a sentence and is followed by a comma."""
    before = text[max(0, cand.start - 3) : cand.start].rstrip(" «\"")
    return (not before or before[-1] in ".!?\n") and text[cand.end : cand.end + 1] == ","


def _clock(word: str) -> str:
    """"10 h 30" → "10:30"."""
    hour, _, minute = re.sub(r"heures?", "h", word).partition("h")
    return f"{int(hour):02d}:{int(minute.strip() or 0):02d}"


def _roman(word: str) -> int:
    """"XX" → 20, "XIX" → 19."""
    total = 0
    for i, char in enumerate(word):
        n = _ROMAN[char]
        total += -n if i + 1 < len(word) and _ROMAN[word[i + 1]] > n else n
    return total


def _tense(text: str, cand: Candidate, past: re.Pattern[str]) -> int:
    """+1 if the verb nearest ``cand`` is a future, -1 if the sentence has a compound past, else 0."""
    if _future(text, cand, past):
        return 1
    start = max(text.rfind(".", 0, cand.start), cand.start - 80, 0)
    end = text.find(".", cand.end)
    return -1 if past.search(text, start, end if end >= 0 else len(text)) else 0


def _future(text: str, cand: Candidate, past: re.Pattern[str]) -> bool:
    """Whether the verb nearest ``cand`` in its sentence is a future.

    The nearest tense cue wins, so that a relative clause further on does
    not decide for the main verb: in "ont lancé vendredi les manœuvres, qui
    doivent durer cinq jours" the past "ont" is next to "vendredi".

    Args:
        text: The whole text.
        cand: The weekday candidate.
        past: Compound-past auxiliaries ("ont", "a", "était").
    """
    left = max(text.rfind(".", 0, cand.start), cand.start - 80, 0)
    right = text.find(".", cand.end)
    right = min(cand.end + 80, right if right >= 0 else len(text))

    def gap(cue: re.Match[str]) -> int:
        return cand.start - cue.end() if cue.end() <= cand.start else cue.start() - cand.end

    futures = [gap(m) for m in _FUTURE.finditer(text, left, right)]
    pasts = [gap(m) for m in past.finditer(text, left, right)]
    return bool(futures) and (not pasts or min(futures) <= min(pasts))
