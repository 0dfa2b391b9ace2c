"""The ``fr_events`` spaCy component: event rows on ``doc._.events``."""

from __future__ import annotations

from spacy.language import Language
from spacy.tokens import Doc

from pipeline.extensions import register_extensions


class EventExtractor:
    """Placeholder until the event rules land (issue 2/5)."""

    def __init__(self, models_dir: str = "") -> None:
        register_extensions()
        self.models_dir = models_dir

    def __call__(self, doc: Doc) -> Doc:
        doc._.events = []
        return doc


@Language.factory("fr_events", default_config={"models_dir": ""})
def make_event_extractor(nlp: Language, name: str, models_dir: str) -> EventExtractor:
    """Build the event extractor (``nlp.add_pipe("fr_events")``)."""
    return EventExtractor(models_dir)
