"""What "les trois ministres" did: an act of a dated meeting's participants, named as such.

A report on a meeting often tells its other acts later, naming the
participants by a counted collective rather than by name: "Les ministres
du Mali, du Burkina Faso et du Niger se sont réunis jeudi … Les trois
ministres ont par ailleurs accusé l'Algérie". The collective points back to
the meeting, so the act was done there and takes the meeting's date
(GUIDELINES §7.2: a meeting's date dates what is done at it). A pronoun
("Il a appelé …") or a name does not say it speaks of the meeting, and a
collective of states ("les trois pays ont quitté la CEDEAO") names the
states at any time: neither is dated here.
"""

from __future__ import annotations

from spacy.tokens import Doc, Span, Token

from pipeline.events.frame import Frame
from pipeline.events.narrative import told_in_past

#: The event type of a meeting.
_MEETING = "CONSULT"


def participant_dates(
    frames: list[Frame], people: frozenset[str], later: frozenset[str] = frozenset()
) -> None:
    """Date an undated past act whose subject is a collective of a dated meeting's participants.

    Only an asserted act in the passé composé (a pluperfect goes back to
    another time), without an adverb of another time ("ensuite", "depuis"),
    whose subject is a counted collective headed by a noun of ``people``
    ("les deux dirigeants", "les trois ministres") standing for at least two
    parties, all of whom took part in an earlier dated asserted meeting: the
    latest such meeting gives its date.

    Args:
        frames: The frames of the document in text order (changed in place).
        people: Lemmas of participant nouns ("ministre", "dirigeant").
        later: Adverbs that place an act at another time.

    Example:
        >>> # "X a reçu mardi Y et Z. … Les deux dirigeants ont convenu d'une
        >>> #   trêve." → the truce agreement: Tuesday
    """
    meetings = [f for f in frames if f.event_type == _MEETING and f.date is not None and f.modality == "asserted"]
    if not meetings:
        return
    for frame in frames:
        if frame.date is not None or frame.modality != "asserted" or len(frame.actors) < 2:
            continue
        if not _collective_subject(frame, people) or not told_in_past(frame):
            continue
        if any(c.lower_ in later for a in frame.anchors for c in a.children):
            continue  # "ont ensuite signé": another time
        doers = {p.key for p in frame.actors}
        held = [m for m in meetings if m.sentence < frame.sentence and doers <= _present(m)]
        if held:
            frame.date = held[-1].date


def _present(meeting: Frame) -> set[str]:
    """Keys of everyone at a meeting: its actors and its partners."""
    return {p.key for p in meeting.actors + meeting.partners}


def _collective_subject(frame: Frame, people: frozenset[str]) -> bool:
    """True if the frame's actors are the members of one mention like "les trois ministres".

    Read from the actors' mention rather than the verb's subject: the parser
    may hang "les deux dirigeants" on a noun before it ("selon un communiqué
    de la diplomatie qatarie, les deux dirigeants ont convenu").
    """
    starts = {p.start for p in frame.actors}
    if len(starts) != 1:
        return False
    span = _actor_span(frame.trigger.doc, starts.pop())
    return span is not None and span._.actor_kind == "members" and _is_collective(span.root, people)


def _is_collective(noun: Token, people: frozenset[str]) -> bool:
    """True for a definite plural noun of participants ("les deux dirigeants", not "ses ministres")."""
    if noun.pos_ != "NOUN" or noun.lemma_.lower() not in people:
        return False
    doc = noun.doc
    before = doc[noun.left_edge.i - 1] if noun.left_edge.i > 0 else None
    return any(c.dep_ == "det" and c.lower_ == "les" for c in noun.children) or (
        before is not None and before.lower_ == "les"
    )


def _actor_span(doc: Doc, start_char: int) -> Span | None:
    """The actor mention starting at character ``start_char``, if any."""
    for span in doc.spans.get("actors", ()):
        if span.start_char == start_char:
            return span
    return None
