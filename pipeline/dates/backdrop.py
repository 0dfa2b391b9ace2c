"""Whether a year framing a story still holds in a later sentence.

"En 2025, la Malaisie avait refusé d'envoyer des observateurs." puts a
backdrop in the pluperfect: what it tells lies before the time the article is
told in. A next sentence back in the passé composé or the present ("Les
Philippines, qui ont pris la présidence le 1er janvier, maintiennent cette
ligne") has left the backdrop for the article's own time, so its year-less
dates are not of 2025. A next sentence still in the pluperfect or the
imperfect stays in it.
"""

from __future__ import annotations

import bisect
import re
from collections.abc import Sequence

from pipeline.dates.vocab import DateVocab, alternation


def backdrop_pattern(vocab: DateVocab) -> re.Pattern[str]:
    """A regex for the imperfect auxiliaries of a backdrop (``vocab.json``'s ``backdrop_auxiliaries``).

    Example:
        >>> rx = backdrop_pattern(DateVocab.load())
        >>> bool(rx.search("La Malaisie avait refusé")), bool(rx.search("Les Philippines ont pris"))
        (True, False)
    """
    return re.compile(rf"\b{alternation(vocab.words('backdrop_auxiliaries'))}\b", re.IGNORECASE)


def sentence_at(ends: Sequence[int], offset: int, length: int) -> tuple[int, int]:
    """Start and end offsets of the sentence holding ``offset``, given sentence ends.

    Example:
        >>> sentence_at([10, 20], 14, 30)
        (11, 20)
    """
    i = bisect.bisect_left(ends, offset)
    return (ends[i - 1] + 1 if i else 0), (ends[i] if i < len(ends) else length)


def keeps_backdrop(text: str, ends: Sequence[int], frame_at: int, date_at: int, backdrop: re.Pattern[str]) -> bool:
    """Whether the year framed at ``frame_at`` still holds for the date at ``date_at``.

    It does unless the framing sentence is a backdrop in the pluperfect or
    imperfect (an auxiliary ``backdrop`` matches) and the date's sentence,
    another one, is not.

    Example:
        >>> rx = backdrop_pattern(DateVocab.load())
        >>> text = "En 2025, X avait refusé. Y a pris la présidence le 1er janvier."
        >>> ends = [text.index(".")]
        >>> keeps_backdrop(text, ends, 7, text.index("le 1er"), rx)
        False
        >>> keeps_backdrop(text.replace("avait refusé", "a refusé"), [text.index(".") - 2], 7, 50, rx)
        True
    """
    frame = sentence_at(ends, frame_at, len(text))
    date = sentence_at(ends, date_at, len(text))
    if frame == date or not backdrop.search(text, *frame):
        return True
    return bool(backdrop.search(text, *date))
