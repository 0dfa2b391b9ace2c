"""Acts done at a meeting take the meeting's parties.

Two French constructions state an act with its parties only on the meeting:
the purpose clause ("X doit retrouver Y pour signer un accord": the signing
is between X and Y) and the occasion ("un accord a été conclu à l'issue
d'une rencontre entre X et Y", "… lors de leur sommet"). Both passes run on
the frames of the whole document, after the sentence rules.
"""

from __future__ import annotations

from spacy.tokens import Token

from pipeline.doc_context import DocContext, context_of
from pipeline.events.anaphora import antecedent, during_event, is_demonstrative
from pipeline.events.arguments import Party
from pipeline.events.frame import Frame, dyads
from pipeline.events.lexicon import Lexicon
from pipeline.morph import features

#: Marks of a purpose clause ("pour signer", "afin de conclure", "en vue de signer").
_PURPOSE_MARKS = frozenset({"pour", "afin", "vue"})


def _others(parties: list[Party], actors: list[Party]) -> list[Party]:
    keys = {a.key for a in actors}
    return [p for p in parties if p.key not in keys]


def _is_purpose(verb: Token) -> bool:
    """True for an infinitive introduced by "pour", "afin de", "en vue de"."""
    if verb.dep_ != "advcl" or "Inf" not in features(verb, "VerbForm"):
        return False
    return any(c.dep_ in ("mark", "case") and c.lower_ in _PURPOSE_MARKS for c in verb.children)


def purpose_partners(frames: list[Frame], symmetric: frozenset[str]) -> None:
    """A joint act stated as the purpose of a meeting is with the people met.

    Example:
        >>> # "Le ministre coréen doit retrouver son homologue japonais pour signer un
        >>> #   accord" → the signing: actor KOR, partner JPN (from "retrouver")
    """
    by_trigger = {frame.trigger.i: frame for frame in frames}
    for frame in frames:
        if frame.event_type not in symmetric or not frame.actors or frame.partners:
            continue
        if len(frame.actors) >= 2 or not _is_purpose(frame.trigger):
            continue
        meeting = by_trigger.get(frame.trigger.head.i)
        if meeting is None or meeting.event_type != "CONSULT":
            continue
        partners = _others(meeting.partners, frame.actors)
        if partners and {a.key for a in meeting.actors} == {a.key for a in frame.actors}:
            frame.partners = partners
            frame.rule, frame.confidence = f"{frame.rule}_purpose", frame.confidence - 0.1
            # The aim of a planned meeting is planned too, and happens then.
            if meeting.modality != "asserted":
                frame.modality = meeting.modality
            frame.date = frame.date or meeting.date
            _share_with_nouns(frame, frames)


def _share_with_nouns(frame: Frame, frames: list[Frame]) -> None:
    """The event noun the verb supports ("signer un accord") gets the same partners."""
    keys = {a.key for a in frame.actors}
    for other in frames:
        if other.trigger.head.i != frame.trigger.i or other.event_type != frame.event_type:
            continue
        if not other.partners and {a.key for a in other.actors} == keys:
            other.partners = list(frame.partners)
            other.modality, other.date = frame.modality, other.date or frame.date


#: Frames by the index of their trigger, and by the index of their trigger's head.
Neighbours = tuple[dict[int, list[Frame]], dict[int, list[Frame]]]


def _neighbours(frames: list[Frame]) -> Neighbours:
    """The frames of the Doc by trigger and by trigger head, read once for all tests."""
    at: dict[int, list[Frame]] = {}
    under: dict[int, list[Frame]] = {}
    for frame in frames:
        at.setdefault(frame.trigger.i, []).append(frame)
        under.setdefault(frame.trigger.head.i, []).append(frame)
    return at, under


def _supported(frame: Frame, neighbours: Neighbours, symmetric: frozenset[str]) -> bool:
    """True if a frame of the same type with parties states the same act ("signer un accord").

    Such a frame has its trigger on the frame's own trigger, or heads it;
    ``neighbours`` (:func:`_neighbours`) gives those without testing every frame.
    """
    at, under = neighbours
    others = under.get(frame.trigger.i, []) + at.get(frame.trigger.head.i, [])
    return any(
        other is not frame and other.event_type == frame.event_type and dyads(other, symmetric)
        for other in others
    )


def occasion_parties(
    frames: list[Frame], lexicon: Lexicon, symmetric: frozenset[str], context: DocContext | None = None
) -> None:
    """A joint act done during a meeting, with no parties at all, is the participants'.

    "L'accord a été conclu à l'issue d'une rencontre entre X et Y" → X–Y;
    "Un traité a été signé lors du sommet entre la Chine et l'Inde" → Chine–Inde;
    "lors de cette rencontre" goes back to the last meeting told.

    Example:
        >>> # frames [conclu (no parties), rencontre (X, Y)] → conclu gets X and Y
    """
    by_trigger = {frame.trigger.i: frame for frame in frames}
    neighbours = _neighbours(frames)
    if frames and context is None:
        context = context_of(frames[0].trigger.doc)  # one for all the frames
    for frame in frames:
        if frame.event_type not in symmetric or frame.actors or frame.partners:
            continue  # "conclu entre A et B à cette occasion" names its own parties
        if _supported(frame, neighbours, symmetric):
            continue  # "a signé un accord avec le Pérou": the noun has them
        noun = during_event(frame, lexicon, context)
        if noun is None:
            continue
        meeting = by_trigger.get(noun.i)
        if (meeting is None or not dyads(meeting, symmetric)) and is_demonstrative(noun, lexicon):
            meeting = antecedent(frames, frame, symmetric, "CONSULT")
        if meeting is None or meeting.event_type != "CONSULT" or not dyads(meeting, symmetric):
            continue
        frame.actors, frame.partners = list(meeting.actors), list(meeting.partners)
        frame.mutual = meeting.mutual
        frame.rule, frame.confidence = f"{frame.rule}_occasion", frame.confidence - 0.15


def invitation_partners(frames: list[Frame]) -> None:
    """A visit "à l'invitation de X": X invited the visitor.

    The invitation noun hangs on the visit (or, misparsed, on a word of its
    clause); its partner is whoever makes the visit.

    Example:
        >>> # "Elle se rendra à Rome à l'invitation du président italien" → REQUEST ITA → her
    """
    by_trigger = {frame.trigger.i: frame for frame in frames}
    for frame in frames:
        noun = frame.trigger
        if frame.event_type != "REQUEST" or noun.pos_ != "NOUN" or not frame.actors or frame.partners:
            continue
        if not any(c.dep_ == "case" and c.lower_ in ("à", "sur") for c in noun.children):
            continue
        visit = _governing_frame(noun, by_trigger)
        if visit is None or visit.event_type != "CONSULT":
            continue
        partners = _others(visit.actors, frame.actors)
        if partners:
            frame.partners = partners
            frame.rule, frame.confidence = f"{frame.rule}_invitation", frame.confidence - 0.1


def _governing_frame(token: Token, by_trigger: dict[int, Frame]) -> Frame | None:
    """The nearest frame whose trigger governs ``token`` (three steps up at most)."""
    for _ in range(3):
        if token.head.i == token.i:
            return None
        token = token.head
        if token.i in by_trigger:
            return by_trigger[token.i]
    return None
