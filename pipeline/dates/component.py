"""The ``fr_dates`` spaCy component: TIMEX3 mentions on ``doc._.timexes``.

The work is done on plain text by :class:`~pipeline.dates.finder.TimexFinder`
(fast, usable without spaCy); the component anchors it on ``doc._.doc_date``,
lets the parse tell the tense that places a year-less date
(:func:`~pipeline.dates.tense.doc_tense`) and mirrors the mentions as
``doc.spans["timex"]``.
"""

from __future__ import annotations

from functools import partial

from spacy.language import Language
from spacy.tokens import Doc

from pipeline.dates.finder import TimexFinder
from pipeline.dates.ranges import join_day_spans
from pipeline.dates.table_forms import count_from_dates, join_day_times
from pipeline.dates.tense import doc_tense
from pipeline.extensions import doc_text, register_extensions
from pipeline.types import Timex


def find_timexes(text: str, anchor: str | None, finder: TimexFinder | None = None) -> list[Timex]:
    """Temporal expressions of ``text``, normalised against the ISO day ``anchor``.

    Args:
        text: Plain text.
        anchor: The article's date (``"2025-12-20"``) or None.
        finder: A loaded tagger to reuse; a new one is built if omitted
            (loading the vocabulary costs a few milliseconds).

    Example:
        >>> [t.value for t in find_timexes("Ils se sont vus hier.", "2025-12-20")]
        ['2025-12-19']
    """
    return (finder or TimexFinder()).find(text, anchor)


class DateTagger:
    """Find and normalise dates, anchored on ``doc._.doc_date``."""

    def __init__(self, models_dir: str = "") -> None:
        register_extensions()
        self.models_dir = models_dir
        self.finder = TimexFinder(models_dir or None)

    def __call__(self, doc: Doc) -> Doc:
        parsed = doc.has_annotation("DEP")
        tense = partial(doc_tense, doc, vocab=self.finder.vocab) if parsed else None
        text = doc_text(doc)
        # The event table wants "du 9 au 12 janvier" as one span of days, "le
        # 3 mars à 10 h" as one time and "deux jours plus tard" as a date.
        weekdays = self.finder.vocab.weekdays.keys()
        timexes = join_day_spans(self.finder.find(text, doc._.doc_date, tense), text, weekdays)
        timexes = count_from_dates(join_day_times(timexes, text), text)
        doc._.timexes = timexes
        spans = []
        for t in timexes:
            span = doc.char_span(t.start, t.end, alignment_mode="expand")
            if span is not None:
                span._.timex = t
                spans.append(span)
        doc.spans["timex"] = spans
        return doc


@Language.factory("fr_dates", default_config={"models_dir": ""})
def make_date_tagger(nlp: Language, name: str, models_dir: str) -> DateTagger:
    """Build the date tagger (``nlp.add_pipe("fr_dates")``)."""
    return DateTagger(models_dir)
