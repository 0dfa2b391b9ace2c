"""The records the normaliser works with: a value (:class:`Norm`) and what it is resolved against (:class:`Context`)."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass

from pipeline.dates.anchor import Anchor
from pipeline.dates.recognise import Candidate

#: A tense oracle: the direction in time (-1 past, +1 future, 0 present) of
#: the verb governing the characters ``start:end``, or None when it cannot tell.
TenseOracle = Callable[[int, int], "int | None"]


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
        tense: Tells the tense of the verb governing a stretch of text from a
            parse, when there is one (see :mod:`pipeline.dates.tense`).
        year: The year of the last date named in the same or the previous
            sentence ("En 1998, le club a été créé. Le 3 mars, …"), which a
            year-less date of a story told in the past belongs to; only a
            date that opens its sentence sets it.
        month: The month of that date (0 when it named a year only): a
            year-less month earlier in the calendar comes in the next year
            ("En octobre 2025, … En février, il s'est rendu à Alger").
    """

    dct: Anchor
    ref: Anchor
    text: str
    period: Anchor | None = None
    previous: Norm | None = None
    dated: Anchor | None = None
    tense: TenseOracle | None = None
    year: int | None = None
    month: int = 0


#: A normalisation rule: the candidate's named groups, the context, the candidate.
Handler = Callable[[dict[str, str], Context, Candidate], "Norm | None"]
