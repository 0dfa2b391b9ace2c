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

#: Imperfect auxiliaries of a pluperfect ("avait refusé", "étaient venus"),
#: which also mark an imperfect backdrop ("était alors président").
_BACKDROP = re.compile(r"\b(?:avai(?:en)?t|[ée]tai(?:en)?t)\b", re.IGNORECASE)


def sentence_at(ends: Sequence[int], offset: int, length: int) -> tuple[int, int]:
    """Start and end offsets of the sentence holding ``offset``, given sentence ends.

    Example:
        >>> sentence_at([10, 20], 14, 30)
        (11, 20)
    """
    i = bisect.bisect_left(ends, offset)
    return (ends[i - 1] + 1 if i else 0), (ends[i] if i < len(ends) else length)


def keeps_backdrop(text: str, ends: Sequence[int], frame_at: int, date_at: int) -> bool:
    """Whether the year framed at ``frame_at`` still holds for the date at ``date_at``.

    It does unless the framing sentence is a backdrop in the pluperfect or
    imperfect and the date's sentence, another one, is not.

    Example:
        >>> text = "En 2025, X avait refusé. Y a pris la présidence le 1er janvier."
        >>> ends = [text.index(".")]
        >>> keeps_backdrop(text, ends, 7, text.index("le 1er"))
        False
        >>> keeps_backdrop(text.replace("avait refusé", "a refusé"), [text.index(".") - 2], 7, 50)
        True
    """
    frame = sentence_at(ends, frame_at, len(text))
    date = sentence_at(ends, date_at, len(text))
    if frame == date or not _BACKDROP.search(text, *frame):
        return True
    return bool(_BACKDROP.search(text, *date))
