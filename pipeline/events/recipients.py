"""Recipients of a gift named by a phrase of benefit: "pour X", "au profit de X".

"Le Canada a annoncé une contribution de 200 millions de dollars pour le
Niger", "des livraisons de blindés à destination de l'Ukraine", "un prêt
en faveur de la Tunisie": the phrase names who receives the aid, but its
preposition is not one of a partner ("pour" is a purpose too often). Only
a phrase whose own head is an actor mention counts, so that "des armes
pour sa guerre en Ukraine" keeps no recipient.
"""

from __future__ import annotations

from collections.abc import Iterator

from spacy.tokens import Token

from pipeline.events.arguments import ActorIndex, Party, case_of, parties_at
from pipeline.events.frame import Frame

#: Dependencies under which a phrase of benefit hangs (on the trigger or its object).
_PHRASE_DEPS = ("obl", "nmod")
_OBJECT_DEPS = frozenset({"obj", "nmod", "nsubj:pass"})


def _benefit_phrases(head: Token, prepositions: frozenset[str], nouns: frozenset[str]) -> Iterator[Token]:
    """Heads named after a benefit preposition, or after a benefit noun, below ``head``.

    Example:
        >>> # "livrer des chars pour la Pologne" → [Pologne]; "au profit de la Pologne" → [Pologne]
    """
    for child in head.children:
        if not child.dep_.startswith(_PHRASE_DEPS):
            continue
        if case_of(child) in prepositions:
            yield child
        elif child.lemma_.lower() in nouns:
            # "au profit de X", "à destination de X": X hangs from the noun.
            yield from (g for g in child.children if g.dep_ == "nmod" and case_of(g) in ("de", "du", "des", "d'"))


def benefit_parties(frame: Frame, index: ActorIndex, prepositions: frozenset[str],
                    nouns: frozenset[str]) -> list[Party]:
    """The parties of the first phrase of benefit on the trigger, its anchors or its objects.

    Read whether or not the gift has a giver.

    Example:
        >>> # "Les donateurs promettent 2 milliards pour le Yémen" → [Yémen]
    """
    heads = [frame.trigger, *frame.anchors]
    heads += [c for h in list(heads) for c in h.children if c.dep_ in _OBJECT_DEPS and c.pos_ == "NOUN"]
    keys = {a.key for a in frame.actors}
    for head in heads:
        for phrase in _benefit_phrases(head, prepositions, nouns):
            if index.span_at(phrase) is None:
                continue  # "pour sa guerre en Ukraine": a purpose, not a beneficiary
            parties = [p for p in parties_at(phrase, index) if p.key not in keys]
            if parties:
                return parties
    return []


def benefit_recipients(frames: list[Frame], index: ActorIndex, types: frozenset[str],
                       prepositions: frozenset[str], nouns: frozenset[str]) -> None:
    """Give each gift that has a giver but no recipient the party of its phrase of benefit.

    Args:
        frames: The sentence's frames, changed in place.
        index: The Doc's actor mentions.
        types: Event types that have a recipient (AID).
        prepositions: Prepositions of benefit ("pour", "envers").
        nouns: Nouns of benefit whose genitive is the recipient ("profit", "destination").

    Example:
        >>> # "Oslo a promis 5 millions d'euros pour le Soudan" → partners [Soudan]
    """
    for frame in frames:
        if frame.event_type not in types or not frame.actors or frame.partners:
            continue
        recipients = benefit_parties(frame, index, prepositions, nouns)
        if recipients:
            frame.partners = recipients
            frame.rule, frame.confidence = f"{frame.rule}_benefit", frame.confidence - 0.05
