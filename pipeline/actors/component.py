"""The ``fr_actors`` spaCy component: coded actor mentions on ``doc.spans["actors"]``.

Each span carries ``span._.actor`` (canonical name), ``span._.actor_code``
(ISO alpha-3 or a group code), ``span._.actor_kind`` (``state``, ``person``,
``org``, ``group`` or ``members``) and, for ``members``, ``span._.members``
as ``(actor, code)`` pairs.
"""

from __future__ import annotations

from spacy.language import Language
from spacy.tokens import Doc, Span

from pipeline.actors.coref import Resolver
from pipeline.actors.counted import collective_nouns, counted_collectives, load_counts
from pipeline.actors.descriptions import Descriptions
from pipeline.actors.dictionary import ActorDictionary
from pipeline.actors.leaders import drop_leaders, leader_verbs
from pipeline.actors.match import Lexed, PieceCache, Trie
from pipeline.actors.mentions import find_mentions
from pipeline.actors.resolved import Resolved, sentence_index
from pipeline.actors.shared import SharedNames, settle_shared
from pipeline.extensions import register_extensions
from pipeline.paths import models_dir as models_root


class ActorTagger:
    """Tag, normalise and resolve actor mentions (dictionary loaded once).

    Example:
        >>> tagger = ActorTagger()
        >>> doc = tagger(nlp("Le Kremlin a reçu le ministre japonais."))  # doctest: +SKIP
        >>> [(s.text, s._.actor) for s in doc.spans["actors"]]             # doctest: +SKIP
        [('Kremlin', 'Russie'), ('ministre japonais', 'Japon')]
    """

    def __init__(self, models_dir: str = "") -> None:
        register_extensions()
        self.models_dir = models_dir
        self.book = ActorDictionary.load(models_dir or None)
        self.trie = Trie(self.book.surfaces)
        self.actors = {**self.book.states, **self.book.orgs}
        #: Token texts folded once for all documents (bounded).
        self.pieces = PieceCache()
        # "les trois pays": number words, and the nouns of the "deux …" collectives.
        self.counts = load_counts(models_root(models_dir or None) / "actors")
        self.counted_nouns = collective_nouns(t.phrase for t in self.book.titles)
        # "l'organisation régionale", "la présidence": their words, read once.
        self.descriptions = Descriptions.of(self.book.titles, self.book.armed)
        # "congolais" for either Congo: the document's other names decide.
        self.shared = SharedNames.load(self.book, models_root(models_dir or None) / "actors")
        # "le mouvement, dirigé par X": the leader's verbs, read once.
        self.leaders = leader_verbs(self.book.titles)

    def resolve(self, doc: Doc) -> list[Resolved]:
        """The document's resolved mentions, without touching the Doc."""
        lexed = Lexed(doc, self.trie, self.actors, self.pieces)
        mentions = find_mentions(lexed)
        # The token columns matching read are shared by the later steps.
        sentence_of = sentence_index(doc, lexed.texts)
        resolver = Resolver(doc, self.book, self.descriptions, sentence_of, lexed.folded)
        resolved = settle_shared(resolver.resolve(mentions), lexed.folded, self.shared)
        resolved = drop_leaders(doc, resolved, self.leaders)
        counted = counted_collectives(doc, resolved, self.counts, self.counted_nouns, lexed.lowers, sentence_of)
        return sorted(resolved + counted, key=lambda r: r.start) if counted else resolved

    def __call__(self, doc: Doc) -> Doc:
        spans: list[Span] = []
        for r in self.resolve(doc):
            span = Span(doc, r.start, r.end)
            # Each ``span._`` builds a new accessor object: one for the four writes.
            ext = span._
            ext.actor = r.actor
            ext.actor_code = r.code
            ext.actor_kind = r.kind
            ext.members = list(r.members) if r.members else None
            spans.append(span)
        doc.spans["actors"] = spans
        return doc


@Language.factory("fr_actors", default_config={"models_dir": ""})
def make_actor_tagger(nlp: Language, name: str, models_dir: str) -> ActorTagger:
    """Build the actor tagger (``nlp.add_pipe("fr_actors")``)."""
    return ActorTagger(models_dir)
