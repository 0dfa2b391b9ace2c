"""Counter-attacks whose target only the story before them gives.

"Riposter", "répliquer" often stand without an object: "Des soldats
thaïlandais ont ouvert le feu sur des postes cambodgiens. L'armée
cambodgienne a riposté dans la nuit" → Cambodge → Thaïlande. The target is
the author of the latest attack told on the one who strikes back.

Precision guards, as for verbal answers (:mod:`pipeline.events.answers`):
the attack answered is in the same paragraph, at most
:data:`RIPOSTE_REACH` sentences back, aimed at the riposter, and its author
is exactly one party other than the riposter.
"""

from __future__ import annotations

from pipeline.events.answers import party_marks
from pipeline.events.frame import Frame
from pipeline.events.reactions import same_paragraph

#: Sentences back the attack answered may be told.
RIPOSTE_REACH = 2


def _is_speech(frame: Frame) -> bool:
    """True for "riposter" used as a verb of saying.

    Example:
        >>> # "« C'est faux », a riposté le ministre" → True; "l'armée a riposté" → False
    """
    verb = frame.trigger
    return any(
        c.dep_ in ("ccomp", "parataxis") or (c.dep_.startswith("nsubj") and c.i > verb.i) for c in verb.children
    )


def answered_attacks(frames: list[Frame], riposte_verbs: frozenset[str]) -> None:
    """Give a targetless counter-attack the author of the attack it answers.

    Example:
        >>> # [ASSAULT Thaïlande → Cambodge], [ASSAULT Cambodge, "riposté"] → Cambodge → Thaïlande
    """
    for frame in frames:
        if frame.event_type != "ASSAULT" or frame.partners or not frame.actors:
            continue
        if frame.trigger.lemma_.lower() not in riposte_verbs or _is_speech(frame):
            continue
        marks = party_marks(frame.actors)
        aimed = [
            f
            for f in frames
            if 0 <= frame.sentence - f.sentence <= RIPOSTE_REACH
            and f.trigger.i < frame.trigger.i
            and f.event_type == "ASSAULT"
            and f.actors
            and marks & party_marks(f.partners)
            and same_paragraph(f, frame)
        ]
        if not aimed:
            continue
        authors = {a.key: a for a in aimed[-1].actors if a.key not in marks and a.code not in marks}
        if len(authors) == 1:
            frame.partners = list(authors.values())
            frame.rule, frame.confidence = f"{frame.rule}_riposte", frame.confidence - 0.2
