"""The ``fr_events`` spaCy component: event rows on ``doc._.events``."""

from __future__ import annotations

from spacy.language import Language
from spacy.tokens import Doc

from pipeline.actors.dictionary import ActorDictionary
from pipeline.events.asides import mend_asides
from pipeline.events.build import extract_events
from pipeline.events.cities import city_table
from pipeline.events.demonyms import demonym_table
from pipeline.events.lexicon import Lexicon, resolve_models_dir
from pipeline.extensions import register_extensions


class EventExtractor:
    """Find who did what with whom, and when, over the French dependency parse.

    The lexicon (``models/events``) is read once here; the rules are pure
    functions of the Doc and the lexicon (see :mod:`pipeline.events.build`).

    Example:
        >>> nlp.add_pipe("fr_events")                             # doctest: +SKIP
        >>> nlp("Le Japon a condamné la Corée du Nord.")._.events  # doctest: +SKIP
    """

    def __init__(self, models_dir: str = "", book: ActorDictionary | None = None) -> None:
        register_extensions()
        self.models_dir = models_dir
        self.lexicon = Lexicon.load(models_dir or None)
        # The actor dictionary is shared with fr_actors when it runs before us.
        book = book or ActorDictionary.load(models_dir or None)
        self.lexicon.demonyms = demonym_table(book)
        self.lexicon.cities = city_table(book, resolve_models_dir(models_dir or None) / "actors" / "cities.tsv")

    def __call__(self, doc: Doc) -> Doc:
        mend_asides(doc, self.lexicon.cue("aside_phrases"))  # "a de son côté déployé": verb gets its clause back
        doc._.events = extract_events(doc, self.lexicon)
        return doc


@Language.factory("fr_events", default_config={"models_dir": ""})
def make_event_extractor(nlp: Language, name: str, models_dir: str) -> EventExtractor:
    """Build the event extractor (``nlp.add_pipe("fr_events")``)."""
    actors = nlp.get_pipe("fr_actors") if "fr_actors" in nlp.pipe_names else None
    return EventExtractor(models_dir, getattr(actors, "book", None))
