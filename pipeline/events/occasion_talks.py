"""Talks named as a setting or a state are held by the clause's subject.

French news often states a meeting only as the setting of something else the
subject does ("« Nous tiendrons », a déclaré le ministre lors d'un entretien
téléphonique avec son homologue", "au cours d'une rencontre avec…") or as a
state the subject is in ("le ministre est en contact avec Washington", "a
indiqué être en contact permanent avec…", "le ministre, en visite à Pékin,").
The noun then names its partner but not its actor, who is the clause's
subject or the phrase the state describes.
"""

from __future__ import annotations

from collections.abc import Collection

from spacy.tokens import Token

from pipeline.events.arguments import ActorIndex, Party, parties_at
from pipeline.events.support import clause_subject

_SUBJECTS = frozenset({"nsubj", "nsubj:pass"})


def is_occasion(noun: Token, during: Collection[str]) -> bool:
    """True when the noun is introduced by "lors de", "au cours de", "pendant", "en marge de"….

    The parser hangs the noun either on the preposition itself ("lors" as its
    head, "pendant" as its case) or under the locution's noun ("cours", "marge",
    "issue"), so both shapes count.

    Example:
        >>> # "lors d'un entretien avec son homologue" → True for "entretien"
        >>> # "un entretien avec son homologue a eu lieu" → False
    """
    if any(c.dep_ == "case" and c.lower_ in during for c in noun.children):
        return True
    head = noun.head
    return head.i != noun.i and head.lower_ in during and noun.dep_ in ("obl:arg", "obl:mod", "nmod", "obl")


def is_state(noun: Token) -> bool:
    """True for a bare noun after "en" stating a state: "en contact", "en négociation".

    Example:
        >>> # "le ministre est en contact avec Rabat" → True for "contact"
        >>> # "en marge du sommet" → False ("sommet" has a determiner)
    """
    children = list(noun.children)
    return any(c.dep_ == "case" and c.lower_ == "en" for c in children) and not any(
        c.dep_ == "det" for c in children
    )


def setting_actors(
    noun: Token, index: ActorIndex, stop: frozenset[int], during: Collection[str]
) -> list[Party]:
    """The subject that holds talks named as its setting or its state; [] otherwise.

    Example:
        >>> # "Le ministre qatari est en contact avec Washington." → [Qatar]
    """
    if is_state(noun):
        subjects = [c for c in noun.children if c.dep_ in _SUBJECTS]
        if subjects:
            return parties_at(subjects[0], index, stop)
        if noun.head.i != noun.i and noun.head.pos_ in ("NOUN", "PROPN"):
            # "le ministre, en visite à Pékin, a salué…": the phrase it describes.
            return parties_at(noun.head, index, stop | {noun.i})
        return clause_subject(noun, index, stop)
    if is_occasion(noun, during):
        return clause_subject(noun, index, stop)
    return []
