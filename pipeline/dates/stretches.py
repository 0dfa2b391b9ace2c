"""Stretches of time and repeated times: relative units, durations, sets, references.

"le mois dernier" → ``2025-11``, "il y a trois ans" → ``2022``, "depuis
vingt ans" → ``P20Y``, "tous les deux ans" → SET ``P2Y``, "désormais" →
``PRESENT_REF``.
"""

from __future__ import annotations

import datetime as dt

from pipeline.dates.norm import Context, Handler, Norm
from pipeline.dates.reader import Reader
from pipeline.dates.recognise import Candidate
from pipeline.dates.units import DURATION, MULTIPLE, shift


class Stretches(Reader):
    """Normalisation rules for units, durations and sets (one method per kind of candidate).

    Example:
        >>> from pipeline.dates.anchor import Anchor
        >>> from pipeline.dates.vocab import DateVocab
        >>> ctx = Context(Anchor.parse("2025-12-20"), Anchor.parse("2025-12-20"), "")
        >>> Stretches(DateVocab.load())._duration({"qty": "trois", "unit": "ans"}, ctx, None).value
        'P3Y'
    """

    def handlers(self) -> dict[str, Handler]:
        """Kind of candidate → method."""
        return {
            "every": self._every, "aboutdur": self._aboutdur, "coming": self._coming,
            "relunit": self._relunit, "ago": self._ago, "duration": self._duration,
            "lexduration": self._lexduration, "reference": self._reference, "set": self._set,
            "lastn": self._duration, "lastone": self._last_one, "whole": self._last_one, "unitmod": self._unitmod, "frequency": self._frequency,
        }

    def _unitmod(self, g: dict[str, str], ctx: Context, _: Candidate) -> Norm | None:
        """"en fin de semaine (prochaine)", "en début d'année": part of a unit."""
        value = shift(ctx.ref, self.v.units[g["unit"]], self.v.relative_after.get(g.get("rel", ""), 0))
        return Norm("DATE", value, self._mod(g)) if value else None

    def _frequency(self, g: dict[str, str], ctx: Context, _: Candidate) -> Norm | None:
        """"deux fois par an" → SET P1Y (the count is TIMEX3's freq, not the value)."""
        code = self.v.units[g["unit"]]
        if code not in DURATION or code == "WE":
            return None
        return Norm("SET", f"{'PT' if code.startswith('T') else 'P'}1{DURATION[code]}")

    def _relunit(self, g: dict[str, str], ctx: Context, cand: Candidate) -> Norm | None:
        unit, rel = g["unit"], g.get("rel", "")
        step = self.v.relative_after.get(rel, 0)
        # "cette année" is the article's. "le mois dernier" is deictic: it
        # counts from the speech time (the article's date), unless a date was
        # written out in this or the previous sentence ("le 7 février… le mois
        # dernier"); a weekday or "hier" named earlier does not move it. A
        # year is too long a step for that: "l'an dernier" after "le 2 mai
        # 2022" is still the year before the article's.
        # "l'année suivante" is anaphoric: from the last date named at all.
        # "la même année", "l'année même", "cette année-là" are the year just named.
        anaphoric = rel == "meme" or "same" in g or "there" in g or rel in self.v.anaphoric_relative
        if anaphoric and unit not in {"jour", "journee"}:
            anchor = ctx.period or ctx.ref
        elif anaphoric:
            anchor = ctx.ref
        else:
            anchor = (ctx.dated or ctx.dct) if rel and self.v.units.get(unit) != "Y" else ctx.dct
        if unit in self.v.parts_of_day:
            day = ctx.dct.shift_days(step) if g["det"] in {"ce", "cet", "cette"} else ctx.ref.shift_days(step)
            return self._with_part_of_day(day, {"pod": unit})
        code = self.v.units.get(unit, "")
        if code == "WE" and not rel and g["det"] in {"le", "du"}:
            return self._bare_weekend(ctx, cand)
        value = shift(anchor, code, step)
        return Norm("DATE", value, self._mod(g)) if value else None

    def _bare_weekend(self, ctx: Context, cand: Candidate) -> Norm:
        """"le week-end" alone: the last one in a past sentence, the coming one in a future one, a habit otherwise.

        "Il a plu pendant le week-end" → the last week-end; "Il se repose le
        week-end" → every week-end, as a bare "le mercredi" is every Wednesday.
        """
        side = self._tense(ctx, cand) if ctx.dct.day else 0
        if side == 0:
            return Norm("SET", "XXXX-WXX-WE")
        return Norm("DATE", _weekend_of(ctx.dct.weekday(6, side)))

    def _ago(self, g: dict[str, str], ctx: Context, _: Candidate) -> Norm | None:
        """"il y a trois ans" → the article's year minus three; "une dizaine d'années" is approximate."""
        if "count" in g:
            n: int | None = self.v.approx_counts[g["count"]]
            mod = "APPROX"
        else:
            n = self._int(g["qty"])
            mod = self.v.approx_words.get(g.get("approx", ""), "")
        if n is None:
            return Norm("TIME", "PAST_REF")
        code = self.v.units[g["unit"]]
        if code in MULTIPLE:
            # "il y a deux décennies" is twenty years back
            code, factor = MULTIPLE[code]
            n *= factor
        value = shift(ctx.dct, code, -n)
        return Norm("DATE", value, mod) if value else None

    def _last_one(self, g: dict[str, str], ctx: Context, cand: Candidate) -> Norm | None:
        """"la dernière décennie" → P10Y, "toute la journée" → P1D: one unit's length."""
        return self._duration({"qty": "1", "unit": g["unit"]}, ctx, cand)

    def _duration(self, g: dict[str, str], ctx: Context, _: Candidate | None) -> Norm | None:
        code = self.v.units[g["unit"]]
        # "douze à dix-huit mois" (a "low" amount before "à") has no single amount.
        qty = "X" if "low" in g else self._qty(g["qty"])
        if code in MULTIPLE:
            designator, factor = MULTIPLE[code]
            qty = qty if qty == "X" else str(int(float(qty)) * factor)
        else:
            designator = DURATION[code]
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
        return Norm("SET", self.v.sets[g["set"]])


def _weekend_of(saturday: str) -> str:
    """"2003-02-15" → "2003-W07-WE" (an ISO day, or an unknown one kept unknown)."""
    if saturday.startswith("X"):
        return "XXXX-WXX-WE"
    year, week, _ = dt.date.fromisoformat(saturday).isocalendar()
    return f"{year:04d}-W{week:02d}-WE"
