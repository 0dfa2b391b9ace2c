"""Joint drills of deployed troops: the state that sends them holds the drills.

"Oslo a annoncé l'envoi de 300 soldats, qui participeront à des manœuvres
conjointes avec la Suède": the drills name their partner (Suède) but no
actor; the troops that take part in them are those the deployment sends,
so the deploying state (Norvège) is the one that drills with the partner.
The drills sit below the deployment in the parse (a relative clause or a
purpose phrase on the troops), which is what ties the two.
"""

from __future__ import annotations

from pipeline.events.frame import Frame
from pipeline.events.lexicon import Lexicon


def deployed_exercisers(frames: list[Frame], lexicon: Lexicon) -> None:
    """Give joint drills with no actor the actor of the deployment they hang under.

    Example:
        >>> # "Rome a annoncé l'envoi de deux frégates, qui prendront part à des
        >>> #   exercices conjoints avec la Grèce." → COOPERATE Italie ↔ Grèce
    """
    drilling = lexicon.cue("joint_drill_classes")
    for frame in frames:
        if frame.event_type != "COOPERATE" or frame.actors or not frame.partners:
            continue
        if not _is_drill(frame, lexicon, drilling):
            continue
        deployment = _governing_deployment(frame, frames)
        if deployment is None:
            continue
        partners = {p.key for p in frame.partners}
        actors = [a for a in deployment.actors if a.key not in partners]
        if actors:
            frame.actors = actors
            frame.rule, frame.confidence = f"{frame.rule}_deployed", frame.confidence - 0.1


def _is_drill(frame: Frame, lexicon: Lexicon, drilling: frozenset[str]) -> bool:
    """True when the frame's trigger is a drill word ("manœuvres", "exercice")."""
    entries = lexicon.nouns.get(frame.trigger.lemma_.lower(), [])
    return any(entry.word_class in drilling for entry in entries)


def _governing_deployment(frame: Frame, frames: list[Frame]) -> Frame | None:
    """The deployment with an actor whose trigger governs the drill's trigger, if any.

    "l'envoi de 300 soldats, qui participeront à des manœuvres": "manœuvres"
    lies below "envoi" (through the troops and their relative clause).
    """
    for other in frames:
        if other is frame or other.event_type != "MOBILIZE" or not other.actors:
            continue
        if other.trigger.is_ancestor(frame.trigger):
            return other
    return None
