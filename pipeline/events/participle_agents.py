"""Joint acts whose participants are the agent of a participle: "menés par A et B".

"Les exercices navals conjoints menés par Manille et Canberra", "le projet
commun conduit par Rome et Athènes": the symmetric act (COOPERATE,
CONSULT, AGREE) names its co-participants only as the agent of a past
participle set on its noun. With two parties or more they are the
mutual participants; one agent alone is a leader, not a pair.
"""

from __future__ import annotations

from spacy.tokens import Token

from pipeline.events.arguments import ActorIndex, Party, collapse, parties_at
from pipeline.events.frame import Frame, dyads


def _agents(noun: Token, index: ActorIndex) -> list[Party]:
    """Parties of the "par" agent of a participle on the noun or on one of its adjectives.

    Example:
        >>> # "des manœuvres conjointes conduites par Oslo et Helsinki" → [Norvège, Finlande]
    """
    holders = [noun, *(c for c in noun.children if c.dep_ in ("amod", "conj") and c.pos_ == "ADJ")]
    for holder in holders:
        for participle in holder.children:
            if participle.dep_ != "acl" or participle.pos_ != "VERB":
                continue
            for agent in participle.children:
                if agent.dep_ == "obl:agent":
                    return collapse(parties_at(agent, index))
    return []


def participle_agent_sides(frames: list[Frame], index: ActorIndex, symmetric: frozenset[str]) -> None:
    """Give a symmetric noun event with no pair the co-agents of its participle (frames changed in place).

    Example:
        >>> # "les exercices conjoints menés par Séoul et Tokyo" → Corée du Sud ↔ Japon
    """
    for frame in frames:
        if frame.event_type not in symmetric or frame.trigger.pos_ != "NOUN" or dyads(frame, symmetric):
            continue
        agents = _agents(frame.trigger, index)
        if len({a.key for a in agents}) >= 2:
            frame.actors, frame.partners, frame.mutual = agents, [], True
            frame.rule, frame.confidence = f"{frame.rule}_agents", frame.confidence - 0.1
