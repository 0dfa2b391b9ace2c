"""Verbs of agreeing that finish an activity: "conclure deux semaines d'exercices".

"Conclure" concludes an agreement ("conclure un accord avec X") or ends
something under way ("Oslo a conclu vendredi dix jours de manœuvres",
"le ministre a conclu sa tournée"). With a span of time or an activity as
object it is the second sense, which is no AGREE: the frame is dropped and
the activity, if it is an event, keeps its own frame.
"""

from __future__ import annotations

from pipeline.events.frame import Frame
from pipeline.events.lexicon import Lexicon


def drop_finished_activities(frames: list[Frame], lexicon: Lexicon) -> list[Frame]:
    """The frames without the AGREE ones of a finishing verb whose object is an activity.

    Example:
        >>> # "Lima a conclu deux semaines d'exercices avec Quito" → no AGREE (conclure)
        >>> # "Lima a conclu un accord avec Quito" → AGREE kept
    """
    verbs = lexicon.cue("finishing_verbs")
    activities = lexicon.cue("finished_activity_nouns")
    return [
        frame
        for frame in frames
        if not (
            frame.event_type == "AGREE"
            and frame.trigger.pos_ == "VERB"
            and frame.trigger.lemma_.lower() in verbs
            and any(c.dep_ == "obj" and c.lemma_.lower() in activities for c in frame.trigger.children)
        )
    ]
