"""A refusal to do something is aimed at the other party of what is refused.

"Quito a refusé de signer le texte proposé par la médiation brésilienne"
→ Ecuador rejects Brazil; "le Pérou refuse de s'associer aux propos de
Madrid" → Pérou rejects Espagne; "le Rwanda refuse de rencontrer
le président congolais" → Rwanda rejects RDC. The parse gives the refused
act as an infinitive (``xcomp``) of the refusing verb; the partner is read
from that act's frame when it is an event, else from its phrases.
"""

from __future__ import annotations

from spacy.tokens import Token

from pipeline.events.arguments import ActorIndex, Party, collapse, parties_at
from pipeline.events.frame import Frame
from pipeline.morph import features

#: Phrases of the refused infinitive that may name its other party.
_ACT_PHRASES = frozenset({"obj", "iobj", "obl", "obl:arg"})


def _phrase_parties(phrase: Token, index: ActorIndex) -> list[Party]:
    """Who a phrase of the refused act names, or else who authored it.

    "aux propos de Madrid" → Espagne; "le texte proposé par la
    médiation brésilienne" → Brazil (the agent of the participle). An event
    noun's own parties are wanted here, so no trigger stops the phrase.
    """
    found = parties_at(phrase, index)
    if found:
        return found
    agents = [g for c in phrase.children if c.dep_ == "acl" for g in c.children if g.dep_ == "obl:agent"]
    return [p for agent in agents for p in parties_at(agent, index)]


def _act_parties(infinitive: Token, nested: Frame | None, index: ActorIndex) -> list[Party]:
    """The parties of the refused act: its frame's, then those its phrases name."""
    found = (nested.partners + nested.actors) if nested is not None else []
    found += [p for c in infinitive.children if c.dep_ in _ACT_PHRASES for p in _phrase_parties(c, index)]
    return found


def refused_act_partners(frames: list[Frame], index: ActorIndex, types: frozenset[str]) -> None:
    """Give a partnerless refusal the other party of the act it refuses (in place).

    ``types`` are the upper-case event types this applies to (the lexicon's
    ``infinitive_target_types``).

    Example:
        >>> # "Le Rwanda a refusé de rencontrer le président congolais"
        >>> #   → REJECT Rwanda → RDC
    """
    by_trigger = {frame.trigger.i: frame for frame in frames}
    for frame in frames:
        verb = frame.trigger
        if frame.event_type not in types or frame.partners or not frame.actors or verb.pos_ != "VERB":
            continue
        keys = {a.key for a in frame.actors}
        for infinitive in verb.children:
            if infinitive.dep_ != "xcomp" or "Inf" not in features(infinitive, "VerbForm"):
                continue
            nested = by_trigger.get(infinitive.i)
            partners = [p for p in _act_parties(infinitive, nested, index) if p.key not in keys]
            if partners:
                frame.partners = collapse(partners)
                frame.rule, frame.confidence = f"{frame.rule}_refused_act", frame.confidence - 0.1
                break
