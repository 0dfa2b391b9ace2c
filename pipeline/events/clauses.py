"""Clause structure the parser gets wrong, repaired for the event rules.

Kept apart from :mod:`pipeline.events.verbal` so that the dating rules can
use it without importing the frame builders.
"""

from __future__ import annotations

from spacy.tokens import Token


def coordinated_head(verb: Token) -> Token:
    """The verb a conjunct is coordinated with, past infinitives the parser chose wrongly.

    "X a accusé Y de préparer la guerre et a averti Z": "a averti" has its own
    finite auxiliary, so it is coordinated with "accusé", not with "préparer".

    Example:
        >>> # "averti" (conj of "préparer") → "accusé"
    """
    head = verb.head
    finite = any("Fin" in c.morph.get("VerbForm", []) for c in verb.children if c.dep_.startswith("aux"))
    while (
        finite
        and head.dep_ in ("xcomp", "acl", "ccomp")
        and "Fin" not in head.morph.get("VerbForm", [])
        and head.head.i != head.i
        and head.head.pos_ in ("VERB", "AUX")
    ):
        head = head.head
    return head
