"""A support verb whose object is an event noun states that event, not its own.

"Le Canada a approuvé la livraison de chars à la Pologne": the approval is
the act of giving (AID, from the noun), not praise of Poland (SUPPORT, from
the verb); "La Russie a convoqué une réunion avec la Chine" is a meeting, not
a summons. The noun's frame, built with the verb as its support, stays.
"""

from __future__ import annotations

from pipeline.events.frame import Frame


def drop_support_verb_frames(frames: list[Frame], light_verbs: dict[str, str]) -> list[Frame]:
    """Frames without those of support verbs whose object noun made its own frame.

    Example:
        >>> # "X a approuvé la vente d'armes à Y" → [AID vente], not [SUPPORT approuver]
    """
    supported = {
        frame.trigger.head.i
        for frame in frames
        if frame.trigger.pos_ == "NOUN"
        and frame.trigger.dep_ == "obj"
        and frame.actors
        and frame.partners
    }
    if not supported:
        return frames
    return [
        frame for frame in frames
        if not (
            frame.trigger.i in supported
            and frame.trigger.pos_ == "VERB"
            and frame.trigger.lemma_.lower() in light_verbs
        )
    ]
