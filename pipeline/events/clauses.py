"""Clause structure the parser gets wrong, repaired for the event rules.

Kept apart from :mod:`pipeline.events.verbal` so that the dating rules can
use it without importing the frame builders.
"""

from __future__ import annotations

from spacy.tokens import Token

from pipeline.morph import features


def coordinated_head(verb: Token) -> Token:
    """The verb a conjunct is coordinated with, past infinitives the parser chose wrongly.

    "X a accusé Y de préparer la guerre et a averti Z": "a averti" has its own
    finite auxiliary, so it is coordinated with "accusé", not with "préparer".

    Example:
        >>> # "averti" (conj of "préparer") → "accusé"
    """
    head = verb.head
    finite = any("Fin" in features(c, "VerbForm") for c in verb.children if c.dep_.startswith("aux"))
    # "a appelé X à tirer les conséquences et demandé à Y …": nor an infinitive's.
    subordinate = _finite_not_participle(head) or "Inf" in features(head, "VerbForm")
    if _bare_participle(verb) and subordinate and head.dep_ in ("ccomp", "advcl"):
        # "X avait affirmé que Y aura Z, et menacé W": a bare participle shares the auxiliary
        # of a participle, never a future or a present; the parser hung it on the subordinate.
        host = head.head
        if host.i != head.i and host.pos_ == "VERB" and "Part" in features(host, "VerbForm"):
            return host
    while (
        finite
        and head.dep_ in ("xcomp", "acl", "ccomp")
        and "Fin" not in features(head, "VerbForm")
        and head.head.i != head.i
        and head.head.pos_ in ("VERB", "AUX")
    ):
        head = head.head
    return head


def _bare_participle(verb: Token) -> bool:
    """True for a past participle with no auxiliary of its own ("et menacé le Danemark")."""
    if "Part" not in features(verb, "VerbForm") or "Past" not in features(verb, "Tense"):
        return False
    return not any(c.dep_.startswith("aux") for c in verb.children)


def _finite_not_participle(verb: Token) -> bool:
    """True for a finite verb that stands alone ("aura", "continue"), not "a signé"."""
    return "Fin" in features(verb, "VerbForm") and not any(
        c.dep_.startswith("aux") for c in verb.children
    )
