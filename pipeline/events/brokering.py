"""Third parties acting between two sides: a mediation stated by a verb and "entre A et B".

"Le Maroc a facilité un échange de prisonniers entre Moscou et Kiev",
"Oslo a transmis des messages entre Bogota et Caracas", "la Suisse joue
les intermédiaires entre Erevan et Bakou": whoever does it consults each
side (spec: CONSULT covers mediating). The verbs are the lexicon's
``brokering_verbs``; a verb of the ``brokering_light_verbs`` class
("jouer", "servir") counts only with a mediator noun in its phrase
("intermédiaire", "médiateur").
"""

from __future__ import annotations

from collections.abc import Iterator

from spacy.tokens import Token

from pipeline.events.arguments import ActorIndex, case_of, collapse, parties_at
from pipeline.events.frame import Frame
from pipeline.events.lexicon import Lexicon, finite_infinitive
from pipeline.events.subjects import subject_parties_of
from pipeline.events.verbal import governing_verbs

#: Dependencies of the phrases an "entre" phrase may hang from, below the verb.
_PHRASE_DEPS = frozenset({"obj", "obl", "obl:arg", "obl:mod", "nmod", "xcomp"})


def between_phrases(verb: Token) -> Iterator[Token]:
    """Heads of the "entre X et Y" phrases of a verb, on it or inside its objects.

    Does not enter clauses of their own (another verb's phrases are its own).

    Example:
        >>> # "faciliter un échange de prisonniers entre Moscou et Kiev" → [Moscou]
    """
    todo = [verb]
    while todo:
        head = todo.pop()
        for child in head.children:
            if child.dep_ not in _PHRASE_DEPS or (child.pos_ in ("VERB", "AUX") and child is not verb):
                continue
            if case_of(child) == "entre":
                yield child
            else:
                todo.append(child)


def _mediator_word(verb: Token, nouns: frozenset[str]) -> Token | None:
    """The mediator noun in the phrases of "jouer"/"servir" ("jouer les intermédiaires")."""
    return next(
        (t for t in verb.subtree if t.i != verb.i and t.lemma_.lower() in nouns and t.pos_ == "NOUN"),
        None,
    )


def brokered_frames(verbs: list[Token], index: ActorIndex, lexicon: Lexicon, stop: frozenset[int]) -> list[Frame]:
    """CONSULT frames from whoever brokers between two sides to each side.

    The broker must not be one of the sides: "la Chine a négocié un accord
    entre la Chine et le Japon" is the two states' own talk.

    Example:
        >>> # "Le Qatar a facilité un échange entre Téhéran et Washington"
        >>> #   → Qatar–Iran, Qatar–États-Unis
    """
    verbs_of_brokering = lexicon.cue("brokering_verbs")
    light = lexicon.cue("brokering_light_verbs")
    nouns = lexicon.cue("mediator_nouns")
    found: list[Frame] = []
    for verb in verbs:
        # The tagger sometimes keeps the finite form as lemma ("joue" for "jouer").
        lemma = finite_infinitive(verb) or verb.lemma_.lower()
        word: Token | None = verb
        if lemma in light:
            word = _mediator_word(verb, nouns)
        elif lemma not in verbs_of_brokering:
            continue
        if word is None:
            continue
        sides = collapse([p for head in between_phrases(verb) for p in parties_at(head, index, stop)])
        brokers = subject_parties_of(verb, index, stop)
        keys = {p.key for p in brokers}
        if not sides or not brokers or keys & {p.key for p in sides}:
            continue
        found.append(
            Frame(
                trigger=word,
                event_type="CONSULT",
                action=word.lemma_.lower(),
                actors=brokers,
                partners=sides,
                rule="brokering",
                confidence=0.65,
                anchors=governing_verbs(verb),
                arguments=[verb],
            )
        )
    return found
