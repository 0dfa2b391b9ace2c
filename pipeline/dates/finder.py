"""Recognise and normalise every temporal expression of a plain text.

:class:`TimexFinder` ties the recogniser and the normaliser together and
keeps track, from left to right, of the day the text is talking about, so
that "Dimanche 5 janvier … à 9 h 15" gives ``2003-01-05T09:15``.
"""

from __future__ import annotations

import re
import time
from collections.abc import Iterable
from pathlib import Path

from pipeline.dates.anchor import Anchor
from pipeline.dates.normalise import Context, Normaliser
from pipeline.dates.recognise import Recogniser
from pipeline.dates.vocab import DateVocab
from pipeline.types import Timex

_DAY = re.compile(r"^(\d{4}-\d\d-\d\d)")
#: Characters after which a named day stops being "the time the text is
#: talking about" (about two paragraphs of news text).
_REF_REACH = 400


class TimexFinder:
    """French TIMEX3 tagger over plain text; vocabulary loaded once.

    Example:
        >>> finder = TimexFinder()
        >>> [(t.text, t.value) for t in finder.find("Il est arrivé hier.", "2025-12-20")]
        [('hier', '2025-12-19')]
    """

    def __init__(self, models_dir: str | Path | None = None) -> None:
        vocab = DateVocab.load(models_dir or None)
        self.recogniser = Recogniser(vocab)
        self.normaliser = Normaliser(vocab)

    def find(self, text: str, anchor: str | None) -> list[Timex]:
        """All temporal expressions of ``text`` resolved against the ISO day ``anchor``.

        Args:
            text: Plain text (offsets of the result index it).
            anchor: The article's date as an ISO day, or None when unknown.
        """
        dct = Anchor.parse(anchor)
        ref, ref_at = dct, 0
        out: list[Timex] = []
        for cand in self.recogniser.find(text):
            if cand.start - ref_at > _REF_REACH:
                ref = dct
            norm = self.normaliser.normalise(cand, Context(dct, ref, text))
            if norm is None:
                continue
            out.append(Timex(cand.start, cand.end, text[cand.start : cand.end],
                             norm.type, norm.value, norm.mod))
            day = _DAY.match(norm.value) if norm.type in {"DATE", "TIME"} else None
            if day and "/" not in norm.value:
                ref, ref_at = Anchor.parse(day.group(1)), cand.end
        return out

    def words_per_second(self, texts: Iterable[str], anchor: str | None = None) -> float:
        """Throughput of :meth:`find` on ``texts`` (whitespace-separated words).

        Example:
            >>> TimexFinder().words_per_second(["Le 9 janvier 2003, hier."] * 50) > 0
            True
        """
        texts = list(texts)
        words = sum(len(t.split()) for t in texts)
        began = time.perf_counter()
        for text in texts:
            self.find(text, anchor)
        return words / max(time.perf_counter() - began, 1e-9)
