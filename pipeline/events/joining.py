"""Joining an organisation is agreeing with it: "la Suède a rejoint l'OTAN".

"rejoindre", "adhérer à" and "intégrer" are AGREE acts only when
what is joined is an organisation or a group ("rejoindre l'Alliance", "adhérer
à l'Union européenne"); "rejoindre Paris" is a journey and "rejoindre le camp
de la Russie" a side taken, so a state or a person as partner is dropped.
("adhésion" stays out of the lexicon: "les négociations d'adhésion avec
l'UE" are talks, and a trigger there would take their partner.)
"""

from __future__ import annotations

from pipeline.events.frame import Frame
from pipeline.events.lexicon import Lexicon

#: Party kinds one can join.
JOINABLE_KINDS = frozenset({"org", "group"})


def organisation_joins(frames: list[Frame], lexicon: Lexicon) -> None:
    """Keep only organisations as partners of the joining triggers (class in ``joining_classes``).

    Example:
        >>> # "La Suède a rejoint l'OTAN" → partners [OTAN]; "Le ministre a rejoint Paris" → no row
    """
    classes = lexicon.cue("joining_classes")
    for frame in frames:
        trigger = lexicon.match(frame.trigger)
        if trigger is None or trigger.word_class not in classes:
            continue
        frame.partners = [p for p in frame.partners if p.kind in JOINABLE_KINDS]
        if not frame.partners:
            frame.actors = []  # no row: joining nothing known is no event of the table
