"""Days and times of day: weekdays, "hier", "la veille", "ce soir", "à 18 h 30", "à ce moment-là".

Deictic days ("hier") count from the article's date; anaphoric ones ("la
veille", a bare "18 h") from the day the text is talking about.
"""

from __future__ import annotations

import re

from pipeline.dates.norm import Context, Handler, Norm
from pipeline.dates.reader import Reader
from pipeline.dates.recognise import Candidate
from pipeline.dates.units import zone_offset


class DayTimes(Reader):
    """Normalisation rules for days and times of day (one method per kind of candidate).

    Example:
        >>> from pipeline.dates.anchor import Anchor
        >>> from pipeline.dates.vocab import DateVocab
        >>> ctx = Context(Anchor.parse("2025-12-20"), Anchor.parse("2025-12-20"), "")
        >>> DayTimes(DateVocab.load())._clock({"h": "18", "m": "30"}, ctx, None).value
        '2025-12-20T18:30'
    """

    def handlers(self) -> dict[str, Handler]:
        """Kind of candidate → method."""
        return {
            "weekday": self._weekday, "deictic": self._deictic, "anaphoric": self._anaphoric,
            "ordday": self._ordinal_day,
            "podmod": self._podmod, "clock": self._clock, "clockword": self._clockword,
            "sametime": self._sametime, "dawn": self._dawn, "podday": self._pod_day,
        }

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
            day = ctx.dct.weekday(isoday, 1 if self._future(ctx, cand) else -1)
        return self._with_part_of_day(day, g)

    def _deictic(self, g: dict[str, str], ctx: Context, cand: Candidate) -> Norm:
        if g["deictic"] == "aujourd'hui" and len(g) == 1 and _opens_sentence(ctx.text, cand):
            # "Aujourd'hui, la ville a changé": a sentence-opening "aujourd'hui,"
            # contrasts the present with the past ("nowadays"), not a day.
            return Norm("TIME", "PRESENT_REF")
        return self._with_part_of_day(ctx.dct.shift_days(self.v.deictic_days[g["deictic"]]), g)

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

    def _dawn(self, g: dict[str, str], ctx: Context, _: Candidate) -> Norm:
        """"à l'aube", "à la tombée de la nuit": that part of the day being talked about."""
        return Norm("TIME", f"{ctx.ref.shift_days(0)}T{self.v.dawn_dusk[g['pod']]}")

    def _pod_day(self, g: dict[str, str], ctx: Context, cand: Candidate) -> Norm:
        """"dans la soirée de mardi" → that Tuesday's evening, "la matinée d'hier" → yesterday's morning."""
        if "deictic" in g:
            day = ctx.dct.shift_days(self.v.deictic_days[g["deictic"]])
        else:
            day = ctx.dct.weekday(self.v.weekdays[g["wd"]], 1 if self._future(ctx, cand) else -1)
        return self._with_part_of_day(day, {"pod": g["pod"]})

    def _ordinal_day(self, g: dict[str, str], ctx: Context, _: Candidate) -> Norm:
        """"la deuxième journée (de grève)": the day the text is talking about."""
        return Norm("DATE", ctx.ref.shift_days(0))

    def _anaphoric(self, g: dict[str, str], ctx: Context, _: Candidate) -> Norm:
        return self._with_part_of_day(ctx.ref.shift_days(self.v.anaphoric_days[g["ana"]]), g)

    def _clock(self, g: dict[str, str], ctx: Context, _: Candidate | None) -> Norm | None:
        hour, minute = int(g["h"]), int(g.get("m", "0"))
        frac = g.get("frac", "")
        if frac:
            # "8 heures et demie" 08:30, "et quart" 08:15, "9 heures moins le quart" 08:45
            minute = {"et demie": 30, "et quart": 15}.get(frac, 45)
            hour -= frac.startswith("moins")
        if g.get("half") in {"soir", "apres-midi"} and hour < 12:
            hour += 12  # "9 heures du soir" is 21:00
        mod = "APPROX" if "approx" in g else ""
        day = ctx.dct.shift_days(self.v.deictic_days[g["deictic"]]) if "deictic" in g else None
        day = day or ctx.ref.shift_days(0)
        zone = zone_offset(self.v.time_zones.get(g.get("tz", ""), ""), day)
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
            # "à cette époque" with no time named before it: some past time.
            return Norm("TIME", "PAST_REF") if g["same"].endswith("epoque") else None
        if g["same"] == "la meme epoque" and re.fullmatch(r"\d{4}", before.value) and ctx.dct.day:
            return Norm("DATE", f"{before.value}-{ctx.dct.day.month:02d}")
        return before


def _opens_sentence(text: str, cand: Candidate) -> bool:
    """Whether ``cand`` starts a sentence and is followed by a comma."""
    before = text[max(0, cand.start - 3) : cand.start].rstrip(" «\"")
    return (not before or before[-1] in ".!?\n") and text[cand.end : cand.end + 1] == ","
