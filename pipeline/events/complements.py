"""Complements of trigger verbs the parse leaves far from them.

Who controls an infinitive hung under an adverb or a noun ("afin de signer",
"l'engagement de soutenir"), the "que" clause of a refusal, the "de" phrase
a withdrawal is from, and places that belong to a nested event.
"""

from __future__ import annotations

from spacy.tokens import Token

from pipeline.events.arguments import ActorIndex, Party, case_of
from pipeline.events.lexicon import Lexicon
from pipeline.events.subjects import subject_parties_of
from pipeline.morph import features


def controller_parties(
    verb: Token, index: ActorIndex, lexicon: Lexicon, stop: frozenset[int]
) -> list[Party]:
    """The subject of the verb that controls an infinitive the parser hung elsewhere.

    "s'est rendu à Astana afin de signer …" (the infinitive under "afin"),
    "a pris l'engagement de soutenir l'Ukraine" (under the object noun).

    Example:
        >>> # "Le Japon a pris l'engagement de soutenir l'Ukraine" → [Japon] for "soutenir"
    """
    head = verb.head
    if head.lower_ in lexicon.cue("purpose_adverbs") and head.head.pos_ in ("VERB", "AUX"):
        return subject_parties_of(head.head, index, stop)
    infinitive = "Inf" in features(verb, "VerbForm")
    if infinitive and verb.dep_ == "acl" and head.dep_ == "obj" and head.head.pos_ == "VERB":
        return subject_parties_of(head.head, index, stop)
    return []


def inside_nested(token: Token, verb: Token, stop: frozenset[int]) -> bool:
    """True if a trigger other than ``verb`` lies between ``token`` and ``verb``."""
    for ancestor in token.ancestors:
        if ancestor.i == verb.i:
            return False
        if ancestor.i in stop:
            return True
    return False


def clause_arguments(verb: Token) -> tuple[list[Token], list[Token]]:
    """Subjects, then objects and obliques, of the "que" clause a verb governs.

    Example:
        >>> # "refuse que son pays participe à la mission de l'OTAN" → ([pays], [mission])
    """
    clauses = [c for c in verb.children if c.dep_ == "ccomp" and c.pos_ in ("VERB", "AUX")]
    args = [arg for clause in clauses for arg in clause.children]
    subjects = [a for a in args if a.dep_ in ("nsubj", "nsubj:pass")]
    objects = [a for a in args if a.dep_ in ("obj", "obl", "obl:arg", "iobj")]
    return subjects, objects


def withdrawn_from(verb: Token) -> list[Token]:
    """The "de" phrases of a withdrawal: on the verb or under its object.

    Example:
        >>> # "retirer une partie des soldats de la frontière finlandaise" → [frontière]
    """
    found = [c for c in verb.children if c.dep_.startswith("obl") and case_of(c) in ("de", "d'", "du", "des")]
    for obj in (c for c in verb.children if c.dep_ == "obj"):
        # The first "de" under the object is what is withdrawn ("une partie des troupes").
        found.extend(
            t for t in obj.subtree
            if t.dep_ == "nmod" and t.head.i != obj.i and case_of(t) in ("de", "d'", "du", "des")
        )
    return found
