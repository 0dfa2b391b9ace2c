"""The clause a dependent clause happens in: a relative of place or occasion, a participle.

Some dependent clauses tell an act done at the time of the clause they hang
from, and repeat no date: "Le 3 mai, le ministre s'était rendu à Kiev, où il
avait accusé la Russie …" (at Kiev, during the visit), "X a participé mardi
à un sommet, lors duquel il a critiqué Y", "Le porte-parole a déclaré mardi
que …, accusant l'Otan de …". A relative with "qui" is left out: "X a
rencontré lundi Y, qui avait accusé Z" tells an earlier act of Y.
"""

from __future__ import annotations

from spacy.tokens import Token

from pipeline.events.subjects import commented_clause
from pipeline.morph import features

#: Relative words of place: the act is done where (and when) the host clause happens.
_WHERE = frozenset({"où"})
#: Endings of the "lequel" relative pronouns ("lors duquel", "au cours de laquelle").
_WHICH_ENDINGS = ("quel", "quelle", "quels", "quelles")
#: Labels a dependent clause takes on its host (a noun or a verb, as the parser chooses).
_RELATIVE_LABELS = frozenset({"acl:relcl", "advcl", "acl"})
#: Labels of a clause that reports what its verb says: its governor is the speech.
_REPORTED = frozenset({"ccomp", "parataxis"})


def clause_hosts(verb: Token, during: frozenset[str] = frozenset()) -> list[Token]:
    """The verbs whose date the dependent clause of ``verb`` shares, nearest first.

    Args:
        verb: The event's verb.
        during: Words of "lors de", "au cours de" ("lors", "cours").

    Example:
        >>> # "Le 3 mai, X s'était rendu à Kiev, où il avait accusé Y" : accusé → [rendu]
        >>> # "X a déclaré mardi que Y suivait la crise, accusant Z" : accusant → [suivait, déclaré]
        >>> # "X a écrit au président Y, accusant Z" (accusant under "président") → [écrit]
    """
    if verb.pos_ != "VERB" or verb.head.i == verb.i:
        return []
    if _adverbial_participle(verb):
        return _participle_hosts(verb)
    commented = commented_clause(verb)
    if commented is not None:
        # "X a écrit mardi au président Y, accusant Z …" parsed with the participle under
        # "président": it still comments on "écrit", and is done then.
        return [commented]
    if verb.dep_ in _RELATIVE_LABELS and _occasion_relative(verb, during):
        host = _verb_above(verb.head)
        return [host] if host is not None else []
    return []


def _adverbial_participle(verb: Token) -> bool:
    """True for a present participle hung on a clause: ", accusant l'Otan de …"."""
    forms, tenses = features(verb, "VerbForm"), features(verb, "Tense")
    return verb.dep_ == "advcl" and "Part" in forms and "Pres" in tenses


def _participle_hosts(verb: Token) -> list[Token]:
    """The participle's governor, and the speech verb above a reported governor."""
    head = verb.head
    if head.pos_ not in ("VERB", "AUX"):
        return []
    hosts = [head]
    if head.dep_ in _REPORTED and head.head.i != head.i and head.head.pos_ == "VERB":
        # "a déclaré mardi que la Russie suivait …, accusant": the parser often hangs the
        # participle on the reported verb; the speaker accuses when he speaks.
        hosts.append(head.head)
    return hosts


def _occasion_relative(verb: Token, during: frozenset[str]) -> bool:
    """True if the clause opens with "où" or "lors duquel" / "au cours de laquelle"."""
    for child in verb.children:
        if child.i > verb.i:
            break
        if child.lower_ in _WHERE:
            return True
        if child.lower_ in during and any(
            t.lower_.endswith(_WHICH_ENDINGS) for t in child.subtree if t.i != child.i
        ):
            return True
        if child.lower_.endswith(_WHICH_ENDINGS) and any(c.lower_ in during for c in child.children):
            return True
    return False


def _verb_above(token: Token) -> Token | None:
    """The first verb at or above ``token``, through the nouns of its phrase."""
    current = token
    for _ in range(4):
        if current.pos_ == "VERB":
            return current
        if current.pos_ not in ("NOUN", "PROPN") or current.head.i == current.i:
            return None
        current = current.head
    return None
