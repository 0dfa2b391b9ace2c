"""Recognise and normalise every temporal expression of a plain text.

:class:`TimexFinder` ties the recogniser and the normaliser together and
keeps track, from left to right, of the day the text is talking about, so
that "Dimanche 5 janvier … à 9 h 15" gives ``2003-01-05T09:15`` (for five
sentences), and of the last time named, which "à ce moment-là" takes over.
Year-less dates in habitual sentences lose their year at the end
(:mod:`pipeline.dates.generic`).
"""

from __future__ import annotations

import bisect
import re
import time
from collections.abc import Iterable
from pathlib import Path

from pipeline.dates.anchor import Anchor
from pipeline.dates.backdrop import backdrop_pattern, keeps_backdrop, sentence_at
from pipeline.dates.eves import settle_eves
from pipeline.dates.generic import generalise
from pipeline.dates.norm import TenseOracle
from pipeline.dates.normalise import Context, Norm, Normaliser
from pipeline.dates.origins import counts_from, origin_pattern
from pipeline.dates.ranges import settle_range_ends
from pipeline.dates.recognise import Candidate, Recogniser
from pipeline.dates.table_forms import in_aside
from pipeline.dates.tense import TextTense
from pipeline.dates.vocab import DateVocab
from pipeline.types import Timex

_DAY = re.compile(r"^(\d{4}-\d\d-\d\d)")
_YEAR = re.compile(r"^\d{4}(?!\d)")
_PERIOD = re.compile(r"^(\d{4})(?:-(\d\d))?(?:-(\d\d))?$")
#: A season, quarter or half of a named year ("l'été 2020" → ``2020-SU``): a
#: period of that year for "cette année-là", standing, like the year, for its middle.
_YEAR_PART = re.compile(r"^(\d{4})-(?:SP|SU|FA|WI|Q[1-4]|H[12])$")
#: Words that may open a sentence before a date that frames it ("En 1998,",
#: "Mais dès mars 2019,"): at most this many.
_FRAME_WORDS = 2
#: Sentences after which a named day stops being "the time the text is
#: talking about": a news story names its day once and then keeps to it for a
#: paragraph or two (about five sentences), whatever their length.
_REF_REACH = 5
#: A sentence end: final punctuation before a capital or a quote, or a line break.
_SENTENCE_END = re.compile(r"[.!?»]\s+(?=[A-ZÀ-Ý«\"])|\n")
#: Candidates that write a day out with its number ("le 7 février", "vendredi
#: 12", "07/02/2025", "du 9 au 12 mars"), unlike "mercredi" or "hier".
_WRITTEN_DAY = frozenset({"date", "dayonly", "wdday", "numeric", "isodate", "rangestart", "monthday"})


def frames_sentence(text: str, start: int, ends: list[int]) -> bool:
    """Whether the date at ``start`` opens its sentence and so sets the story's time.

    "En 1998, le club a été créé" tells a story of 1998; "la guerre de 1992"
    or "le mémorandum signé en 2019" name a year inside a noun phrase, which
    the next sentences do not keep to.

    Example:
        >>> text = "Le pacte signé en 2019 tient. En 2020, il a cédé."
        >>> frames_sentence(text, text.index("2020"), [text.index(".")])
        True
        >>> frames_sentence(text, text.index("2019"), [text.index(".")])
        False
    """
    opened, _ = sentence_at(ends, start, len(text))
    return len(text[opened:start].split()) <= _FRAME_WORDS


def _middle(year: str, month: str | None = None, day: str | None = None) -> Anchor:
    """The day standing for a named year, month or day ("2019" → 2019-07-01)."""
    if month is None:
        return Anchor.parse(f"{year}-07-01")
    return Anchor.parse(f"{year}-{month}-{day or '15'}")


class TimexFinder:
    """French TIMEX3 tagger over plain text; vocabulary loaded once.

    Example:
        >>> finder = TimexFinder()
        >>> [(t.text, t.value) for t in finder.find("Il est arrivé hier.", "2025-12-20")]
        [('hier', '2025-12-19')]
    """

    def __init__(self, models_dir: str | Path | None = None) -> None:
        vocab = DateVocab.load(models_dir or None)
        self.vocab = vocab
        self.recogniser = Recogniser(vocab)
        self.normaliser = Normaliser(vocab)
        self.text_tense = TextTense(vocab)
        self.origin = origin_pattern(vocab)
        self.backdrop = backdrop_pattern(vocab)

    def find(self, text: str, anchor: str | None, tense: TenseOracle | None = None) -> list[Timex]:
        """All temporal expressions of ``text`` resolved against the ISO day ``anchor``.

        Args:
            text: Plain text (offsets of the result index it).
            anchor: The article's date as an ISO day, or None when unknown.
            tense: Tells the tense governing a stretch of the text from a
                parse (see :func:`pipeline.dates.tense.doc_tense`); without
                it, verb forms near each date are read instead.
        """
        dct = Anchor.parse(anchor)
        ends = [m.start() for m in _SENTENCE_END.finditer(text)]

        def far(since: int, now: int) -> bool:
            """Whether more than ``_REF_REACH`` sentences separate two offsets."""
            return bisect.bisect_left(ends, now) - bisect.bisect_left(ends, since) > _REF_REACH

        def near(since: int, now: int) -> bool:
            """Whether two offsets are in the same or consecutive sentences."""
            return bisect.bisect_left(ends, now) - bisect.bisect_left(ends, since) <= 1

        ref, ref_at = dct, 0
        period, period_at = dct, 0
        dated: tuple[Anchor, int] | None = None
        year: tuple[int, int, int] | None = None
        previous: Norm | None = None
        out: list[tuple[Candidate, Timex]] = []
        for cand in self.recogniser.find(text):
            if far(ref_at, cand.start):
                ref = dct
            if far(period_at, cand.start):
                period = dct
            written = dated[0] if dated and near(dated[1], cand.start) else None
            framed = year and near(year[2], cand.start) and keeps_backdrop(text, ends, year[2], cand.start, self.backdrop)
            story, story_month = year[:2] if year and framed else (None, 0)
            norm = self.normaliser.normalise(
                cand, Context(dct, ref, text, period, previous, written, tense, story, story_month))
            if norm is None:
                continue
            out.append((cand, Timex(cand.start, cand.end, text[cand.start : cand.end],
                                    norm.type, norm.value, norm.mod)))
            if norm.type in {"DATE", "TIME"} and not norm.value.endswith("_REF"):
                previous = norm
            if self._origin(text, cand.start, ends):
                continue
            if norm.type in {"DATE", "TIME"} and _YEAR.match(norm.value) and frames_sentence(text, cand.start, ends):
                month = norm.value[5:7]
                year = int(norm.value[:4]), int(month) if month.isdigit() else 0, cand.end
            day = _DAY.match(norm.value) if norm.type in {"DATE", "TIME"} else None
            if day and "/" not in norm.value and not in_aside(text, cand.start):
                # A day in a relative aside ("la mission, qui a succédé à
                # l'Atmis le 1er janvier 2025, …") is background, not the day told.
                ref, ref_at = Anchor.parse(day.group(1)), cand.end
            if day and cand.kind in _WRITTEN_DAY:
                dated = Anchor.parse(day.group(1)), cand.end
            named = (_PERIOD.match(norm.value) or _YEAR_PART.match(norm.value)) if norm.type == "DATE" else None
            if named:
                period, period_at = _middle(*named.groups()), cand.end
        out = settle_eves(settle_range_ends(out, text), text, ends, self.vocab.anaphoric_days)
        if not dct.day:
            return [t for _, t in out]

        def placed(t: Timex) -> bool:
            """Whether the verb governing ``t`` is in a past or a future tense (parse first, else text cues)."""
            told = tense(t.start, t.end) if tense else None
            return (told if told is not None else self.text_tense(text, t.start, t.end)) != 0

        return generalise(out, ends, self.vocab.set_adjectives, placed)

    def _origin(self, text: str, start: int, ends: list[int]) -> bool:
        """Whether the date at ``start`` only starts a long count ("cinq ans après le putsch du…")."""
        opened, _ = sentence_at(ends, start, len(text))
        return counts_from(self.origin, text, opened, start)

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
