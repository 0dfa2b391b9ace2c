"""Turn a recognised candidate into a TIMEX3 type, value and mod.

The rules come in three families, one module each: calendar dates
(:mod:`~pipeline.dates.calendar_dates`), days and times of day
(:mod:`~pipeline.dates.day_times`), and units, durations and sets
(:mod:`~pipeline.dates.stretches`). This module only dispatches a candidate
to the rule for its kind. Calendar arithmetic lives in
:class:`~pipeline.dates.anchor.Anchor`.
"""

from __future__ import annotations

from pipeline.dates.calendar_dates import CalendarDates
from pipeline.dates.day_times import DayTimes
from pipeline.dates.norm import Context, Handler, Norm
from pipeline.dates.recognise import Candidate
from pipeline.dates.stretches import Stretches
from pipeline.dates.vocab import DateVocab

__all__ = ["Context", "Norm", "Normaliser"]


class Normaliser:
    """Compute TIMEX3 values for candidates (vocabulary loaded once).

    Example:
        >>> from pipeline.dates.anchor import Anchor
        >>> from pipeline.dates.recognise import Recogniser
        >>> vocab = DateVocab.load()
        >>> cand = Recogniser(vocab).find("hier")[0]
        >>> ctx = Context(Anchor.parse("2025-12-20"), Anchor.parse("2025-12-20"), "hier")
        >>> Normaliser(vocab).normalise(cand, ctx)
        Norm(type='DATE', value='2025-12-19', mod='')
    """

    def __init__(self, vocab: DateVocab) -> None:
        self._handlers: dict[str, Handler] = {}
        for family in (CalendarDates(vocab), DayTimes(vocab), Stretches(vocab)):
            self._handlers.update(family.handlers())

    def normalise(self, cand: Candidate, ctx: Context) -> Norm | None:
        """The TIMEX3 reading of ``cand``, or None if it is not temporal after all."""
        return self._handlers[cand.kind](cand.groups, ctx, cand)
