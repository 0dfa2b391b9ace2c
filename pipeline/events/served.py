"""The people a gift serves, named inside its object: "la formation de policiers haïtiens".

A pledge often pays for a service done to people rather than for a state:
"Séoul financera la formation d'ingénieurs kazakhs", "Paris paiera
l'équipement de soldats ukrainiens", "l'UE prend en charge l'accueil de
réfugiés syriens". The state helped is the one those people belong to,
named by the genitive of the service noun (an actor mention or a demonym
on its head). Only nouns of service (the lexicon's ``served_nouns``) open
the genitive, so that "financer la construction d'une centrale russe"
keeps no recipient: there the genitive names a thing, not the helped.

A purpose clause of the same kind ("150 millions pour équiper la police
haïtienne", the lexicon's ``served_verbs``) names them by its object; when
that object is no known actor ("pour équiper la force multinationale"),
the gift still has a recipient of its own, which no guess may replace.
"""

from __future__ import annotations

from spacy.tokens import Token

from pipeline.events.arguments import ActorIndex, Party, case_class, parties_at
from pipeline.events.frame import Frame
from pipeline.events.recipients import give_recipients

#: Dependencies of the service noun below the gift ("financer la formation", "formation de …").
_SERVICE_DEPS = frozenset({"obj", "nmod", "nsubj:pass"})
#: Dependencies of a purpose clause below the gift ("pour équiper …").
_PURPOSE_DEPS = frozenset({"advcl", "acl"})


def _dependents(frame: Frame, deps: frozenset[str], pos: str, lemmas: frozenset[str]) -> list[Token]:
    """Children of the gift's trigger and anchors by ``deps``, of part of speech ``pos``, among ``lemmas``.

    Example:
        >>> # "financer la formation de …", deps {"obj"}, "NOUN", {"formation"} → [formation]
    """
    return [
        c for h in (frame.trigger, *frame.anchors) for c in h.children
        if c.dep_ in deps and c.pos_ == pos and c.lemma_.lower() in lemmas
    ]


def _service_nouns(frame: Frame, nouns: frozenset[str]) -> list[Token]:
    """The trigger itself when it is a service noun, else its service-noun objects.

    Example:
        >>> # "financer la formation d'ingénieurs kazakhs" → [formation]
    """
    found = [h for h in (frame.trigger, *frame.anchors) if h.pos_ == "NOUN" and h.lemma_.lower() in nouns]
    return found + _dependents(frame, _SERVICE_DEPS, "NOUN", nouns)


def served_objects(frame: Frame, verbs: frozenset[str]) -> list[Token]:
    """Objects of the gift's purpose clauses of service: "pour équiper la police".

    Example:
        >>> # "une enveloppe de 150 millions pour équiper la FRG" → [FRG]
    """
    clauses = _dependents(frame, _PURPOSE_DEPS, "VERB", verbs)
    return [o for clause in clauses for o in clause.children if o.dep_ == "obj" and o.pos_ in ("NOUN", "PROPN")]


def served_parties(frame: Frame, index: ActorIndex, nouns: frozenset[str],
                   verbs: frozenset[str] = frozenset()) -> list[Party]:
    """The parties named by the gift's service noun or purpose clause, the giver left out.

    Example:
        >>> # "Paris paiera la formation de policiers haïtiens" → [Haïti]
        >>> # "Paris a promis 5 millions pour former des policiers haïtiens" → [Haïti]
    """
    keys = {a.key for a in frame.actors}
    phrases = [
        c for noun in _service_nouns(frame, nouns) for c in noun.children
        if c.dep_ == "nmod" and case_class(c) == "de"  # "de", "d'", "du", "des": the genitive
    ]
    for phrase in phrases + served_objects(frame, verbs):
        parties = [p for p in parties_at(phrase, index) if p.key not in keys]
        if parties:
            return parties
    return []


def served_recipients(
    frames: list[Frame], index: ActorIndex, types: frozenset[str], nouns: frozenset[str], verbs: frozenset[str]
) -> None:
    """Give each gift with a giver but no recipient the people its service noun names.

    Args:
        frames: The sentence's frames, changed in place.
        index: The Doc's actor mentions.
        types: Event types whose partner receives the act (AID).
        nouns: Nouns of a service done to people ("formation", "entraînement").
        verbs: Verbs of a service done to people ("former", "équiper").

    Example:
        >>> # "Séoul financera la formation d'ingénieurs kazakhs et ouzbeks" → [Kazakhstan, Ouzbékistan]
    """
    give_recipients(frames, types, lambda frame: served_parties(frame, index, nouns, verbs), "served", 0.1)
