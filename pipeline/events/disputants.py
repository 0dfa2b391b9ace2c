"""The two parties an article's dispute opposes, counted over the whole story.

A report on a bilateral crisis keeps opposing the same two states: "Athènes
a convoqué l'ambassadeur turc … Ankara a rejeté les accusations grecques …
La Grèce a déployé des frégates face à la Turquie". When a third party later
calls on "les deux pays", "toutes les parties" or "deux alliés" far from any
hostile act, those addressees are that pair. The pair is read from the
frames already built: hostile acts and verbal clashes (accusations,
refusals) between two coded sides, counted whatever their direction.
"""

from __future__ import annotations

from collections import Counter

from pipeline.events.adversaries import party_marks, usable_side
from pipeline.events.arguments import Party
from pipeline.events.frame import Frame

#: Clashes a pair needs before it stands for the article's dispute.
MIN_CLASHES = 3
#: How many times the next pair's clashes the story's pair needs before a
#: reaction or a support that names no one is read against it: one clear
#: dispute only.
STORY_MARGIN = 2.0


def _pairs(frame: Frame) -> list[tuple[frozenset[str], Party, Party]]:
    """Unordered (doer, target) pairs of one clash, with a party for each side."""
    pairs = []
    for doer in frame.actors:
        for target in frame.partners:
            if usable_side(doer) and usable_side(target) and doer.key != target.key:
                if doer.code and doer.code == target.code:
                    continue
                pairs.append((frozenset({doer.code or doer.key, target.code or target.key}), doer, target))
    return pairs


def dominant_pair(
    frames: list[Frame], before: Frame | None, clash_types: frozenset[str], margin: float = 1.0
) -> list[Party]:
    """The two sides most often opposed before ``before``, if one pair clearly leads.

    The leading pair needs :data:`MIN_CLASHES` clashes and strictly more than
    any other pair, so a story with two equal conflicts gives nothing.
    ``before`` None counts the whole story; ``margin`` is how many times the
    next pair's count the leader needs (over 1 for a stricter reading).

    Example:
        >>> # [MOBILIZE GRC → TUR], [ACCUSE GRC → TUR], [REJECT TUR → GRC],
        >>> # [CONSULT FRA ↔ GRC] … "Washington a appelé les deux pays"
        >>> #   → [Grèce, Turquie]
    """
    counts: Counter[frozenset[str]] = Counter()
    sides: dict[frozenset[str], list[Party]] = {}
    for frame in frames:
        if frame.event_type not in clash_types or (before is not None and frame.trigger.i >= before.trigger.i):
            continue
        for pair, doer, target in _pairs(frame):
            counts[pair] += 1
            sides.setdefault(pair, [doer, target])
    ranked = counts.most_common(2)
    if not ranked or ranked[0][1] < MIN_CLASHES:
        return []
    if len(ranked) > 1 and (ranked[1][1] == ranked[0][1] or ranked[0][1] < margin * ranked[1][1]):
        return []
    return list(sides[ranked[0][0]])


def opponent(speakers: list[Party], pair: list[Party]) -> list[Party]:
    """The side of ``pair`` facing the speakers, when they all stand on the other side.

    A person speaks for their state: "le ministre grec" is on the Grèce side.

    Example:
        >>> # speakers [Taïwan], pair [Chine, Taïwan] → [Chine]; speakers [Japon] → []
    """
    if len(pair) != 2 or not speakers:
        return []
    own = party_marks(speakers)
    first, second = party_marks(pair[:1]), party_marks(pair[1:])
    if own & first and not own & second and own <= first:
        return pair[1:]
    if own & second and not own & first and own <= second:
        return pair[:1]
    return []


def aggressors(frames: list[Frame], pair: list[Party], hostile: frozenset[str]) -> list[Party]:
    """The sides of ``pair`` that commit hostile acts in the story.

    Both sides when they fight each other ("des combats", strikes both ways);
    one side when only it attacks, shoots or deploys. An act with no target
    named counts for its doer: in a two-sided story it faces the other side.

    Example:
        >>> # [ASSAULT CHN → ∅], [COERCE CHN → PHL], [ACCUSE PHL → CHN], pair [PHL, CHN] → [Chine]
    """
    return [side for side in pair if any(_strikes(f, side, pair) for f in frames if f.event_type in hostile)]


def _strikes(frame: Frame, side: Party, pair: list[Party]) -> bool:
    """True if ``side`` does the act, aimed at the other side or at no one named."""
    doers = party_marks(frame.actors)
    if not doers & party_marks([side]):
        return False
    other = party_marks([p for p in pair if p is not side])
    targets = party_marks(frame.partners) | (doers if frame.mutual else set())
    return not targets or bool(targets & other)

