"""The accused of a punishment: "Moscou a expulsé deux diplomates accusés d'espionnage".

A passive participle of accusation with no agent ("accusé de", "soupçonné
de") on the one a sanction, arrest or strike falls on tells why the punisher
acted: the punisher is the accuser. "Le Rwanda a rompu ses relations avec
la Belgique, accusée d'ingérence" → Rwanda → Belgique (ACCUSE) besides the
rupture itself. With an agent ("accusés par Kiev"), the agent accuses, and
the frame's own reading stands.
"""

from __future__ import annotations

from spacy.tokens import Token

from pipeline.events.arguments import ActorIndex, Party, case_of, parties_at
from pipeline.events.frame import Frame
from pipeline.events.subjects import is_past_participle, preceding_noun_phrase


def _accused_noun(participle: Token) -> Token | None:
    """The noun an agentless past participle describes ("diplomates" in "diplomates accusés de").

    Example:
        >>> # "la Belgique, accusée de …" → "Belgique"
    """
    if not is_past_participle(participle):
        return None
    if any(_names_accuser(c) for c in participle.children):
        return None  # "accusés par Kiev", "ont accusé": someone else is named as accuser
    if participle.dep_ == "acl" and participle.head.pos_ in ("NOUN", "PROPN"):
        return participle.head
    before = participle.doc[participle.i - 1] if participle.i > 0 else None
    if before is not None and before.text == ",":
        # "… avec la Belgique, accusée de …": hung on the verb, it still describes the noun before it.
        return preceding_noun_phrase(participle)
    return None


def _names_accuser(child: Token) -> bool:
    """True for a subject, an auxiliary or a "par" agent ("d'espionnage" is often mislabelled an agent)."""
    if child.dep_ == "obl:agent":
        return case_of(child) == "par"
    return child.dep_ in ("nsubj", "nsubj:pass") or child.dep_.startswith("aux")


def _punisher(frames: list[Frame], accused: list[Party], types: frozenset[str]) -> list[Party]:
    """The actors of a punishment whose target is one of the accused, if exactly one act fits."""
    keys = {p.key for p in accused}
    acts = [f for f in frames if f.event_type in types and f.actors and keys & {p.key for p in f.partners}]
    return list(acts[0].actors) if len(acts) == 1 else []


def punished_accused(frames: list[Frame], index: ActorIndex, types: frozenset[str]) -> None:
    """Give an agentless "accusé de" on a punished party the punisher as accuser.

    ``types`` are the punishments (upper case: ``SANCTION``, ``COERCE`` …).

    Example:
        >>> # [SANCTION Russie → Royaume-Uni "expulsé"], [ACCUSE ∅ "accusés" on "diplomates britanniques"]
        >>> #   → ACCUSE Russie → Royaume-Uni
    """
    for frame in frames:
        if frame.event_type != "ACCUSE" or frame.actors or frame.trigger.pos_ != "VERB":
            continue
        noun = _accused_noun(frame.trigger)
        accused = parties_at(noun, index) if noun is not None else []
        actors = _punisher(frames, accused, types) if accused else []
        keys = {a.key for a in actors}
        accused = [p for p in accused if p.key not in keys]
        if actors and accused:
            frame.actors, frame.partners = actors, accused
            frame.rule, frame.confidence = f"{frame.rule}_punished", frame.confidence - 0.2
