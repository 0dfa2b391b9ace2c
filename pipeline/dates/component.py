"""The ``fr_dates`` spaCy component: TIMEX3 mentions on ``doc._.timexes``."""

from __future__ import annotations

from spacy.language import Language
from spacy.tokens import Doc

from pipeline.extensions import register_extensions
from pipeline.types import Timex


def find_timexes(text: str, anchor: str | None) -> list[Timex]:
    """Placeholder until the normaliser lands (issue 4)."""
    return []


class DateTagger:
    """Find and normalise dates, anchored on ``doc._.doc_date``."""

    def __init__(self, models_dir: str = "") -> None:
        register_extensions()
        self.models_dir = models_dir

    def __call__(self, doc: Doc) -> Doc:
        timexes = find_timexes(doc.text, doc._.doc_date)
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
