"""Leaders named inside the description of an actor are no party of their own.

"Le mouvement rebelle, dirigé par Corneille Nangaa, a démenti…": the man
who leads the movement is a detail of its description, and the clause has
one party, the movement. Left as a mention, the leader becomes a second
actor or a partner of the movement's own statement. A mention is dropped
when it is the agent (``obl:agent``) of a participle of leading
(``titles.tsv`` class ``leader_verb``: "dirigé", "présidé", "conduit") that
modifies (``acl``) a word of another actor mention. A participle hung on a
word that is no mention ("la délégation, conduite par le ministre russe")
keeps its agent: the leader is then the only clue to the party.
"""

from __future__ import annotations

from collections.abc import Iterable

from spacy.tokens import Doc, Token

from pipeline.actors.dictionary import Title
from pipeline.actors.resolved import Resolved

#: The ``titles.tsv`` class of the verbs whose agent leads the noun they modify.
LEADER_VERB = "leader_verb"


def leader_verbs(titles: Iterable[Title]) -> frozenset[str]:
    """The lemmas of the leading verbs among the title words.

    Example:
        >>> sorted(leader_verbs([Title("diriger", "leader_verb"), Title("président", "person_head")]))
        ['diriger']
    """
    return frozenset(t.phrase for t in titles if t.cls == LEADER_VERB)


def _root(doc: Doc, r: Resolved) -> Token:
    """The token of a mention whose head lies outside it ("Corneille" in "Corneille Nangaa")."""
    for token in doc[r.start : r.end]:
        if not r.start <= token.head.i < r.end or token.head.i == token.i:
            return token
    return doc[r.start]


def _leads_a_mention(doc: Doc, r: Resolved, covered: dict[int, int], verbs: frozenset[str]) -> bool:
    """Whether mention ``r`` is the agent of a leading participle on another mention."""
    root = _root(doc, r)
    if root.dep_ != "obl:agent":
        return False
    verb = root.head
    if verb.lemma_ not in verbs or verb.dep_ != "acl":
        return False
    owner = covered.get(verb.head.i)
    return owner is not None and owner != r.start


def drop_leaders(doc: Doc, resolved: list[Resolved], verbs: frozenset[str]) -> list[Resolved]:
    """``resolved`` without the leaders named in another mention's description.

    Example:
        >>> # "Le mouvement, dirigé par Ali Saleh, a démenti": "Ali Saleh" goes
        >>> drop_leaders(doc, [mouvement, ali_saleh], frozenset({"diriger"}))  # doctest: +SKIP
        [mouvement]
    """
    if not verbs or len(resolved) < 2:
        return resolved
    # Token index -> start of the mention covering it.
    covered = {i: r.start for r in resolved for i in range(r.start, r.end)}
    return [r for r in resolved if not _leads_a_mention(doc, r, covered, verbs)]
