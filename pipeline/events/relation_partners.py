"""The partner of a tie that a noun event acts on: "la suspension de la coopération avec X".

Breaking, freezing or resuming a tie names the other side only inside the
tie's own noun: "la rupture des relations avec Kiev", "le gel du dialogue
avec Pékin", "la suspension du partage de renseignements avec les agences
américaines". The "avec" phrase of the genitive (up to two "de" levels) is
then the event's partner.
"""

from __future__ import annotations

from collections.abc import Callable

from spacy.tokens import Token

from pipeline.events.arguments import ActorIndex, Party, case_of, parties_at
from pipeline.events.frame import Frame
from pipeline.events.lexicon import Lexicon

_GENITIVE = frozenset({"de", "du", "des", "d'", "d’"})
#: How many "de" levels lead from the event noun to the tie ("du partage de renseignements avec …").
_DEPTH = 2


def tie_partners(noun: Token, index: ActorIndex, lexicon: Lexicon, stop: frozenset[int]) -> list[Party]:
    """Parties of the "avec" phrase inside the genitive of ``noun``.

    Talks (cue class ``frozen_talk_types``) are no tie: "le gel des
    négociations avec X" is a cancelled meeting, which the talk noun's own
    frame carries.

    Example:
        >>> # "la suspension de la coopération avec le Mali" (token "suspension") → [Mali]
    """
    talks = lexicon.upper_cue("frozen_talk_types")
    return _within(noun, index, stop, _DEPTH, lambda tie: _type_of(tie, lexicon) in talks)


def _type_of(token: Token, lexicon: Lexicon) -> str:
    """The event type ``token`` triggers, or ""."""
    trigger = lexicon.match(token)
    return trigger.event_type if trigger is not None else ""


def _within(
    head: Token, index: ActorIndex, stop: frozenset[int], depth: int, is_talk: Callable[[Token], bool]
) -> list[Party]:
    """The "avec" partners under the genitive dependents of ``head``, ``depth`` levels down."""
    for child in head.children:
        if child.dep_ != "nmod" or child.i < head.i or child.pos_ != "NOUN" or case_of(child) not in _GENITIVE:
            continue
        if is_talk(child):
            return []
        found = [
            p for tie in child.children
            if tie.dep_ == "nmod" and tie.i > child.i and case_of(tie) == "avec"
            for p in parties_at(tie, index, stop)
        ]
        if not found and depth > 1:
            found = _within(child, index, stop, depth - 1, is_talk)
        if found:
            return found
    return []


def drop_severed_ties(frames: list[Frame], lexicon: Lexicon) -> list[Frame]:
    """Drop the tie a sanction breaks: "suspendre la coopération avec X" is no cooperation.

    A frame of a type in the cue class ``severed_tie_types`` whose trigger is
    the object or the genitive of a trigger of a ``severing_types`` frame
    names what is broken, not an act of its own.

    Example:
        >>> # "la rupture du dialogue avec Kigali" → the SANCTION stays, the CONSULT goes
    """
    # Cue words are read in lower case; event types are upper case.
    ties = lexicon.upper_cue("severed_tie_types")
    severing = lexicon.upper_cue("severing_types")
    breakers = {f.trigger.i for f in frames if f.event_type in severing}
    return [f for f in frames if not (f.event_type in ties and _broken_by(f.trigger, breakers))]


def _broken_by(tie: Token, breakers: set[int]) -> bool:
    """True if ``tie`` is the object or the "de" complement of one of the ``breakers``.

    An object hung on a noun ("suspendu vendredi sa coopération": the
    parser puts "coopération" under "vendredi") belongs to that noun's verb.
    """
    head = tie.head
    if tie.dep_ == "obj" and head.pos_ != "VERB" and head.head.i != head.i:
        head = head.head
    if head.i not in breakers or head.i == tie.i:
        return False
    return tie.dep_ == "obj" or (tie.dep_ == "nmod" and case_of(tie) in _GENITIVE)
