"""The ``fr_actors`` spaCy component: coded actor mentions on ``doc.spans["actors"]``."""

from __future__ import annotations

from spacy.language import Language
from spacy.tokens import Doc

from pipeline.extensions import register_extensions


class ActorTagger:
    """Placeholder until the actor dictionary lands (issue 2/5)."""

    def __init__(self, models_dir: str = "") -> None:
        register_extensions()
        self.models_dir = models_dir

    def __call__(self, doc: Doc) -> Doc:
        doc.spans["actors"] = []
        return doc


@Language.factory("fr_actors", default_config={"models_dir": ""})
def make_actor_tagger(nlp: Language, name: str, models_dir: str) -> ActorTagger:
    """Build the actor tagger (``nlp.add_pipe("fr_actors")``)."""
    return ActorTagger(models_dir)
