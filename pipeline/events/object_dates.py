"""A date right after the event a reaction is about dates that event, not the reaction.

"La Lettonie a imputé à Moscou le sabotage d'un câble en 2023":
the fire is of 2024, the accusation is undated. The parser often hangs such a
date on the verb; when the verb is an attitude (accuse, condemn, reject,
praise) and its object is another event whose phrase the date closes, the
date moves to that event.
"""

from __future__ import annotations

from pipeline.events.frame import Frame


def object_dates(frames: list[Frame], attitudes: frozenset[str]) -> None:
    """Move the date of an attitude to the object event it directly follows (in place).

    Example:
        >>> # "X a condamné l'attaque contre Y en 2019": condamné loses 2019, attaque gets it
    """
    by_trigger = {f.trigger.i: f for f in frames}
    for frame in frames:
        date = frame.date
        verb = frame.trigger
        if date is None or frame.event_type not in attitudes or verb.pos_ != "VERB":
            continue
        if date.attachment.i != verb.i or date.span.start < verb.i:
            continue  # "a condamné mardi l'attaque": the date comes first, it is the verb's
        for child in verb.children:
            target = by_trigger.get(child.i)
            if child.dep_ != "obj" or target is None or target.event_type in attitudes:
                continue
            between = verb.doc[child.right_edge.i + 1 : date.span.start]
            if child.right_edge.i < date.span.start and all(t.pos_ == "ADP" for t in between):
                target.date = target.date or date
                frame.date = None
                break
