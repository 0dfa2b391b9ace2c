"""An invitation is dated on the day it is made, not on the day of the visit it asks for.

"Le président péruvien a invité son homologue chilien à Lima en mars":
"en mars" is when the guest is to come; the parser hangs it on "invité",
so the invitation would take the visit's month. A date told after the
invited party belongs to the invited visit; one told before it ("a invité
lundi son homologue à Lima") is the day of the invitation.
"""

from __future__ import annotations

from pipeline.events.expected import INVITING_VERBS
from pipeline.events.frame import Frame


def invitation_dates(frames: list[Frame]) -> None:
    """Take from an invitation the date of the visit it asks for (frames changed in place).

    Example:
        >>> # "A a invité B à Lima en mars" → the invitation: undated (the visit: March)
    """
    for frame in frames:
        verb = frame.trigger
        if frame.date is None or frame.event_type != "REQUEST" or not frame.partners:
            continue
        if verb.pos_ != "VERB" or verb.lemma_.lower() not in INVITING_VERBS:
            continue
        date = frame.date.span
        if date.start_char < verb.idx or date.end_char > verb.sent.end_char:
            continue  # "Lundi, A a invité B": the invitation's day (or a date of another sentence)
        if all(p.end <= date.start_char for p in frame.partners):
            frame.date = None
