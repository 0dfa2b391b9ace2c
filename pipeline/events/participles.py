"""Passive participles on event nouns: "la guerre menée par la Russie contre l'Ukraine".

The participle's agent does the act the noun names, and its "contre"/"à"
phrase is who it is done to.
"""

from __future__ import annotations

from spacy.tokens import Token

from pipeline.events.arguments import ActorIndex, Party, case_of, collapse, parties_at
from pipeline.morph import features

#: Prepositions of the one an act is done to, on a participle ("menée contre l'Ukraine").
_TARGET_CASES = frozenset({"contre", "envers", "avec", "à", "au", "aux"})


def agent_participle(noun: Token, stop: frozenset[int] = frozenset()) -> Token | None:
    """The passive participle with a "par" agent that describes an event noun.

    Either the noun's own ``acl`` or, when the parser hung it on a noun
    further left ("un facilitateur de la guerre menée par la Russie"), the
    participle right after the noun.

    Example:
        >>> # "guerre" in "la guerre menée par la Russie contre l'Ukraine" → "menée"
    """
    doc = noun.doc
    candidates = [c for c in noun.children if c.dep_ == "acl"]
    if noun.i + 1 < len(doc) and doc[noun.i + 1].dep_ == "acl" and doc[noun.i + 1].head in noun.ancestors:
        candidates.append(doc[noun.i + 1])
    for participle in candidates:
        if participle.i in stop or "Part" not in features(participle, "VerbForm"):
            continue
        if any(g.dep_ == "obl:agent" for g in participle.children):
            return participle
    return None


def participle_parties(
    participle: Token, index: ActorIndex, stop: frozenset[int] = frozenset()
) -> tuple[list[Party], list[Party]]:
    """Agent and target of a passive participle on an event noun.

    The parser often hangs the target under the agent ("par la Russie contre
    l'Ukraine" with "Ukraine" under "Russie"), so the agent's own
    prepositional modifiers count too.

    Example:
        >>> # "menée" in "la guerre menée par la Russie contre l'Ukraine" → ([Russie], [Ukraine])
    """
    agents: list[Party] = []
    targets: list[Party] = []
    for child in participle.children:
        if child.dep_ == "obl:agent":
            agents.extend(parties_at(child, index, stop))
            heads = [g for g in child.children if g.dep_ in ("nmod", "obl", "conj")]
        elif child.dep_.startswith("obl"):
            heads = [child]
        else:
            continue
        for head in heads:
            if case_of(head) in _TARGET_CASES:
                targets.extend(parties_at(head, index, stop))
    return collapse(agents), collapse(targets)
