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

from pipeline.events.adversaries import usable_side
from pipeline.events.arguments import Party
from pipeline.events.frame import Frame

#: Clashes a pair needs before it stands for the article's dispute.
MIN_CLASHES = 3


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


def dominant_pair(frames: list[Frame], before: Frame, clash_types: frozenset[str]) -> list[Party]:
    """The two sides most often opposed before ``before``, if one pair clearly leads.

    The leading pair needs :data:`MIN_CLASHES` clashes and strictly more than
    any other pair, so a story with two equal conflicts gives nothing.

    Example:
        >>> # [MOBILIZE GRC → TUR], [ACCUSE GRC → TUR], [REJECT TUR → GRC],
        >>> # [CONSULT FRA ↔ GRC] … "Washington a appelé les deux pays"
        >>> #   → [Grèce, Turquie]
    """
    counts: Counter[frozenset[str]] = Counter()
    sides: dict[frozenset[str], list[Party]] = {}
    for frame in frames:
        if frame.event_type not in clash_types or frame.trigger.i >= before.trigger.i:
            continue
        for pair, doer, target in _pairs(frame):
            counts[pair] += 1
            sides.setdefault(pair, [doer, target])
    ranked = counts.most_common(2)
    if not ranked or ranked[0][1] < MIN_CLASHES:
        return []
    if len(ranked) > 1 and ranked[1][1] == ranked[0][1]:
        return []
    return list(sides[ranked[0][0]])
