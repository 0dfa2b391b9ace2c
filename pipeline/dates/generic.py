"""Habitual dates: a year-less date next to a yearly habit has no year.

"Pendant les mois d'été, et particulièrement entre le 15 juillet et le
15 août, le camping affiche complet" speaks of every summer: the French
TimeBank leaves the year of such dates X-filled (``XXXX-07-15``). A sentence
is habitual when it holds a generic date ("les mois d'été" → ``XXXX-SU``) or
a yearly set ("chaque année"); a weekly set ("le mercredi") says nothing
about the year and does not count.
"""

from __future__ import annotations

import bisect
import re
from collections.abc import Callable, Sequence
from dataclasses import replace

from pipeline.dates.recognise import Candidate
from pipeline.dates.vocab import fold
from pipeline.types import Timex

#: Kinds of candidates whose year, when the text gives none, comes from the anchor.
_YEARLESS_KINDS = frozenset({"date", "dayonly", "rangestart", "month"})
_YEAR = re.compile(r"(?:^|(?<=/))\d{4}(?=-)")


def _yearly(t: Timex) -> bool:
    """Whether ``t`` names a habit repeated every year ("chaque année", "l'été" in general)."""
    if t.type == "SET":
        return t.value == "P1Y" or bool(re.match(r"XXXX-(?!W)", t.value))
    return t.type == "DATE" and t.value.startswith("XXXX")


def _yearless(cand: Candidate) -> bool:
    """Whether the year of ``cand``'s value was guessed from the anchor."""
    return cand.kind in _YEARLESS_KINDS and not cand.groups.keys() & {"year", "rel"}


def generalise(
    found: Sequence[tuple[Candidate, Timex]],
    sentence_ends: Sequence[int],
    adjectives: frozenset[str] = frozenset(),
    placed: Callable[[Timex], bool] | None = None,
) -> list[Timex]:
    """X-fill the year of year-less dates in habitual sentences.

    An adjective of frequency says that a thing recurs, not that the
    sentence speaks of every year: "les manœuvres annuelles ont débuté le
    9 mars" is this year's 9 March and "l'assemblée annuelle aura lieu le
    15 mars" next 15 March, so a past- or future-tense date beside one keeps
    its year; only the present ("la fête annuelle a lieu le 15 août") speaks
    of every year.

    Args:
        found: Candidates with their normalised mentions, in text order.
        sentence_ends: Sorted offsets of sentence ends in the text.
        adjectives: Folded adjectives of frequency ("annuelles").
        placed: Whether a mention's sentence is in a past or a future tense.

    Example:
        >>> from pipeline.dates.finder import TimexFinder
        >>> text = "Chaque année, le 14 juillet, il défile."
        >>> [t.value for t in TimexFinder().find(text, "2003-05-02")]
        ['P1Y', 'XXXX-07-14']
    """
    def sentence(t: Timex) -> int:
        return bisect.bisect_left(sentence_ends, t.start)

    habitual = {sentence(t) for _, t in found if _yearly(t) and fold(t.text) not in adjectives}
    recurring = {sentence(t) for _, t in found if _yearly(t)} - habitual
    out = []
    for cand, t in found:
        told = sentence(t) in habitual or (sentence(t) in recurring and not (placed and placed(t)))
        if told and _yearless(cand) and t.type == "DATE":
            t = replace(t, value=_YEAR.sub("XXXX", t.value))
        out.append(t)
    return out
