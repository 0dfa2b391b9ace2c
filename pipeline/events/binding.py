"""Who a pronoun cannot stand for: the other arguments of its own clause.

French, like English, does not let a personal pronoun refer to a phrase of
its own clause: in "Reçu par le Premier ministre, il a signé avec lui un
accord", "il" is not the Prime Minister (he is the agent of the participle
whose understood subject is "il"), and "lui" is not whoever "il" is. These
tests work on tokens only; :func:`pipeline.events.pronouns.resolve_pronoun`
uses them to drop such candidates.
"""

from __future__ import annotations

from spacy.tokens import Token

from pipeline.morph import features

_SUBJECTS = frozenset({"nsubj", "nsubj:pass"})
#: Adjunct clauses whose missing subject is the main clause's subject.
_CONTROLLED = frozenset({"advcl", "acl"})


def clause_verb(pronoun: Token) -> Token | None:
    """The verb the pronoun is an argument of ("signé" for "il" and "lui" in "il a signé avec lui")."""
    head = pronoun.head
    if head.i == pronoun.i or head.pos_ not in ("VERB", "AUX"):
        return None
    return head


def is_subject(pronoun: Token) -> bool:
    """True for a subject pronoun ("il a signé")."""
    return pronoun.dep_ in _SUBJECTS


def _finite(verb: Token) -> bool:
    forms = [verb] + [c for c in verb.children if c.dep_.startswith("aux")]
    return any("Fin" in features(t, "VerbForm") for t in forms)


def in_controlled_clause(candidate: Token, pronoun: Token) -> bool:
    """True if ``candidate`` sits in a subjectless non-finite clause on the pronoun's verb.

    "Reçu par Fumio Kishida, il a signé": "Reçu" has no subject of its own,
    so "il" is its understood subject and Kishida, its agent, is someone else.
    "Quand Poutine est arrivé, il a parlé" has a finite clause with its own
    subject: Poutine stays a candidate.

    Example:
        >>> # candidate "ministre" (agent of "Reçu"), pronoun "il" → True
    """
    verb = clause_verb(pronoun)
    if verb is None or not is_subject(pronoun):
        return False
    token = candidate
    while token.head.i != token.i:
        if token.head.i == verb.i:
            return (
                token.dep_ in _CONTROLLED
                and token.pos_ in ("VERB", "AUX")
                and not _finite(token)
                and not any(c.dep_ in _SUBJECTS for c in token.children)
            )
        token = token.head
    return False


def clause_subject(pronoun: Token) -> Token | None:
    """The subject of the pronoun's verb when the pronoun is another argument of it.

    Example:
        >>> # "lui" in "il a signé avec lui" → "il"
    """
    verb = clause_verb(pronoun)
    if verb is None or is_subject(pronoun):
        return None
    for child in verb.children:
        if child.dep_ in _SUBJECTS and child.i != pronoun.i:
            if child.lower_ == "qui" and verb.dep_ == "acl:relcl":
                return verb.head  # "son homologue, qui l'a invité": the antecedent
            return child
    return None
