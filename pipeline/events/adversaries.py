"""The sides of the conflict a passage is telling: the pair it last opposed.

Appeals "aux deux parties", "aux belligérants", "à la retenue" and
condemnations of "ces frappes" need the parties of the current conflict.
The most reliable place to read them is the latest hostile act whose doer
and target are both known ("Les missiles du Nord visaient Séoul et
Washington" → Corée du Nord, Corée du Sud, États-Unis): that pair is joined
as adversaries, unlike two states merely named together ("s'est rapprochée
de Rabat et de Tunis"). A party that is a person without a code (an
unidentified spokesman) never stands for a side.
"""

from __future__ import annotations

from pipeline.events.arguments import Party, collapse
from pipeline.events.frame import Frame

#: Sentences back the adversaries may have been opposed.
ADVERSARY_REACH = 12


def usable_side(party: Party) -> bool:
    """True unless the party is a person we cannot tie to a state or organisation.

    Example:
        >>> usable_side(Party("Jean Dupont", "", "person", 0, 11))
        False
    """
    return bool(party.code) or party.kind != "person"


def party_marks(parties: list[Party]) -> set[str]:
    """Keys and codes of parties: a person answers for their state ("Maduro" for VEN)."""
    return {p.key for p in parties} | {p.code for p in parties if p.code}


def _opposed(frame: Frame) -> list[Party]:
    """The doers and targets of a hostile act, if both sides are usable and distinct."""
    doers = [a for a in frame.actors if usable_side(a)]
    marks = party_marks(doers)
    targets = [p for p in frame.partners if usable_side(p) and p.key not in marks and p.code not in marks]
    return collapse(doers + targets) if doers and targets else []


def latest_adversaries(
    frames: list[Frame], before: Frame, hostile: frozenset[str], reach: int = ADVERSARY_REACH
) -> list[Party]:
    """The parties of the latest hostile act with both sides known, told before ``before``.

    A later hostile act by someone outside that pair means the story moved to
    another conflict: then nothing is returned rather than a stale pair.

    Example:
        >>> # [THREATEN PRK → KOR, USA] … [REQUEST CHN "toutes les parties"]
        >>> #   → [Corée du Nord, Corée du Sud, États-Unis]
    """
    earlier = [
        f
        for f in frames
        if f.event_type in hostile
        and f.actors
        and 0 <= before.sentence - f.sentence <= reach
        and f.trigger.i < before.trigger.i
    ]
    later_doers: set[str] = set()
    for frame in reversed(earlier):
        pair = _opposed(frame)
        if pair:
            return pair if later_doers <= party_marks(pair) else []
        later_doers |= {a.code or a.key for a in frame.actors if usable_side(a)}
    return []
