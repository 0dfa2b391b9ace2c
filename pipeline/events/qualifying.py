"""Qualifying verbs: calling something by a critical name is an accusation.

"Ottawa a qualifié l'arrestation de « violation grave du droit »",
"le Kremlin a qualifié de provocation les exercices de l'OTAN": the subject
accuses whoever the qualified thing belongs to, when the name it gives holds
a criticism cue ("violation", "provocation", "inacceptable"…).
"""

from __future__ import annotations

from spacy.tokens import Token

from pipeline.events.arguments import ActorIndex, Party, case_of, parties_at
from pipeline.events.frame import Frame
from pipeline.events.lexicon import Lexicon
from pipeline.events.subjects import subject_parties_of
from pipeline.events.verbal import governing_verbs


def _predicates(verb: Token) -> list[Token]:
    """The "de …" / "comme …" names a qualifying verb gives (on the verb or its object)."""
    found: list[Token] = []
    for child in verb.children:
        heads = [child] + (list(child.children) if child.dep_ == "obj" else [])
        found.extend(t for t in heads if case_of(t) in ("de", "d'", "comme") and t.dep_ != "obj")
    return found


def _qualified(verb: Token, predicates: list[Token]) -> list[Token]:
    """The thing qualified: the verb's object, outside the predicate phrases."""
    inside = {t.i for p in predicates for t in p.subtree}
    return [c for c in verb.children if c.dep_ == "obj" and c.i not in inside]


def _targets(
    thing: Token, by_trigger: dict[int, Frame], index: ActorIndex, stop: frozenset[int]
) -> list[Party]:
    """Who the qualified thing belongs to: its own parties, or the actors of the event it names."""
    nested = by_trigger.get(thing.i)
    if nested is not None and nested.actors:
        return list(nested.actors)
    return parties_at(thing, index, stop)


def qualification_frames(
    sentence_tokens: list[Token],
    frames: list[Frame],
    index: ActorIndex,
    lexicon: Lexicon,
    stop: frozenset[int],
) -> list[Frame]:
    """ACCUSE frames for qualifying verbs with a critical name.

    Example:
        >>> # "Le Kremlin a qualifié de provocation les exercices de l'OTAN"
        >>> #   → Frame(actors=[Russie], partners=[OTAN], rule="qualified_accusation")
    """
    cues = lexicon.cue("criticism_cues")
    by_trigger = {f.trigger.i: f for f in frames}
    found: list[Frame] = []
    for verb in sentence_tokens:
        if verb.pos_ != "VERB" or verb.lemma_.lower() not in lexicon.cue("qualifying_verbs"):
            continue
        predicates = _predicates(verb)
        words = {t.lemma_.lower() for p in predicates for t in p.subtree}
        if not words & cues:
            continue
        actors = subject_parties_of(verb, index, stop)
        keys = {a.key for a in actors}
        qualified = _qualified(verb, predicates)
        partners = [
            p for thing in qualified
            for p in _targets(thing, by_trigger, index, stop) if p.key not in keys
        ]
        if actors and partners:
            found.append(
                Frame(
                    trigger=verb,
                    event_type="ACCUSE",
                    action=verb.lemma_.lower(),
                    actors=actors,
                    partners=partners,
                    rule="qualified_accusation",
                    confidence=0.6,
                    anchors=governing_verbs(verb),
                    arguments=qualified,
                )
            )
    return found
