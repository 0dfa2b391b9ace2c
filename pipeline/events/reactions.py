"""A condemnation of "une provocation" answers the hostile act just told.

"La Corée du Nord a tiré plusieurs missiles. Séoul a « fermement condamné »
une « provocation »" → Corée du Sud → Corée du Nord. The object of the
condemnation names the act, not its author; the author is the actor of the
closest hostile act before it in the same paragraph. Precision guard: that
act must have exactly one actor other than the one who reacts.
(:func:`pipeline.events.anaphora.untargeted_concerns` covers reactions with no
object at all.)
"""

from __future__ import annotations

from spacy.tokens import Token

from pipeline.events.arguments import Party
from pipeline.events.frame import Frame

#: Sentences back the hostile act may be told.
REACTION_REACH = 2
#: Types of reaction this rule gives a partner to.
REACTION_TYPES = frozenset({"ACCUSE", "PROTEST"})


def _act_objects(trigger: Token, offences: frozenset[str]) -> bool:
    """True if the reaction's object is an offence noun ("une provocation", "cette attaque").

    Example:
        >>> # "a condamné une provocation" → True; "a condamné le texte" → False
    """
    objects = [c for c in trigger.children if c.dep_ == "obj" and c.pos_ == "NOUN"]
    return bool(objects) and all(o.lemma_.lower() in offences for o in objects)


def same_paragraph(earlier: Frame, frame: Frame) -> bool:
    """True if no line break separates the two triggers."""
    text = frame.trigger.doc.text[earlier.trigger.idx : frame.trigger.idx]
    return "\n" not in text


def _sole_author(act: Frame, keys: set[str]) -> list[Party]:
    """The act's actors other than ``keys``, if they are exactly one party."""
    others = {a.key: a for a in act.actors if a.key not in keys}
    return list(others.values()) if len(others) == 1 else []


def offence_reactions(frames: list[Frame], hostile: frozenset[str], offences: frozenset[str]) -> None:
    """Give a condemnation of an offence noun the author of the last hostile act.

    Example:
        >>> # [ASSAULT PRK → ∅], [ACCUSE KOR, obj "provocation", no partner] → ACCUSE KOR → PRK
    """
    for frame in frames:
        if frame.event_type not in REACTION_TYPES or frame.partners or not frame.actors:
            continue
        if not _act_objects(frame.trigger, offences):
            continue
        keys = {a.key for a in frame.actors}
        earlier = [
            f
            for f in frames
            if 0 <= frame.sentence - f.sentence <= REACTION_REACH
            and f.trigger.i < frame.trigger.i
            and f.event_type in hostile
            and f.actors
            and same_paragraph(f, frame)
        ]
        if not earlier:
            continue
        authors = _sole_author(earlier[-1], keys)
        if authors:
            frame.partners = authors
            frame.rule, frame.confidence = f"{frame.rule}_offence", frame.confidence - 0.2
