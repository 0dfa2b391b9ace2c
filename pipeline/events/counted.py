"""Acts counted by a batch noun, whose target hangs on the batch noun.

French counts sanctions and strikes in batches: "un nouveau paquet de
sanctions contre le Belarus", "un train de sanctions visant des armateurs
iraniens", "une vague de frappes contre des dépôts". The parser hangs the
target on the batch noun ("paquet"), not on the act ("sanctions"), so the
act's own phrase holds no partner. The batch nouns are the cue class
``batch_nouns``; the target is a partner-preposition phrase of the batch noun
("contre", "à l'encontre de") or the object of a hitting participle on it
("visant", "ciblant").
"""

from __future__ import annotations

from spacy.tokens import Token

from pipeline.events.arguments import ActorIndex, Party, case_of, collapse, parties_at
from pipeline.events.frame import Frame
from pipeline.events.lexicon import Lexicon
from pipeline.events.targets import party_at

#: Dependencies of a target phrase under the batch noun or its participle.
_TARGET_DEPS = frozenset({"nmod", "obl", "obl:arg", "obl:mod", "obj"})
#: Prepositions that mark what a batch of hostile acts is aimed at.
_AIM_CASES = frozenset({"contre", "encontre"})
#: How far down a participle's object a named party may sit ("des armateurs iraniens").
_MAX_DEPTH = 3


def batch_of(trigger: Token, batch_nouns: frozenset[str]) -> Token | None:
    """The batch noun that counts an act noun, if any.

    Example:
        >>> # "un paquet de sanctions" → paquet; "des sanctions" → None
    """
    head = trigger.head
    if trigger.pos_ != "NOUN" or trigger.dep_ != "nmod" or head.i == trigger.i:
        return None
    return head if head.lemma_.lower() in batch_nouns and case_of(trigger) in ("de", "d'") else None


def _aimed_parties(batch: Token, index: ActorIndex, stop: frozenset[int]) -> list[Party]:
    """Parties of the "contre" phrases of the batch noun ("un paquet de sanctions contre X")."""
    return [
        party
        for child in batch.children
        if child.dep_ in _TARGET_DEPS and case_of(child) in _AIM_CASES
        for party in parties_at(child, index, stop)
    ]


def _hit_parties(batch: Token, index: ActorIndex, lexicon: Lexicon, stop: frozenset[int]) -> list[Party]:
    """The first party down the object of a hitting participle on the batch noun.

    Example:
        >>> # "un paquet de sanctions visant des armateurs iraniens" → [Iran]
    """
    hitting = lexicon.cue("hitting_verbs")
    layer = [
        c for p in batch.children if p.dep_ == "acl" and p.lemma_.lower() in hitting
        for c in p.children if c.dep_ in _TARGET_DEPS
    ]
    for _ in range(_MAX_DEPTH):
        for token in layer:
            party = party_at(token, index, lexicon) if token.i not in stop else None
            if party is not None:
                return [party]
        layer = [c for t in layer for c in t.children if c.dep_ in _TARGET_DEPS]
    return []


def aimed_targets(noun: Token, index: ActorIndex, lexicon: Lexicon, stop: frozenset[int]) -> list[Party]:
    """What a noun of hostile acts is aimed at: its "contre X" or "visant X" phrase.

    Example:
        >>> # "des sanctions visant la Syrie" → [Syrie]
    """
    return _aimed_parties(noun, index, stop) or _hit_parties(noun, index, lexicon, stop)


def counted_targets(frames: list[Frame], index: ActorIndex, lexicon: Lexicon) -> None:
    """Give a hostile act counted by a batch noun the target of that batch noun.

    Only types that take a target read down the phrase they hit
    (``hit_target_types``: sanctions, strikes…) are completed.

    Example:
        >>> # "Le Canada a adopté un paquet de sanctions contre le Belarus." → Canada → Belarus
    """
    types = lexicon.upper_cue("hit_target_types")
    batches = lexicon.cue("batch_nouns")
    for frame in frames:
        if frame.event_type not in types or frame.partners:
            continue
        batch = batch_of(frame.trigger, batches)
        if batch is None:
            continue
        stop = frozenset({frame.trigger.i, batch.i} | {a.i for a in frame.anchors})
        keys = {a.key for a in frame.actors}
        found = _aimed_parties(batch, index, stop) or _hit_parties(batch, index, lexicon, stop)
        partners = [p for p in collapse(found) if p.key not in keys]
        if partners:
            frame.partners = partners
            frame.rule, frame.confidence = f"{frame.rule}_batch", frame.confidence - 0.1
