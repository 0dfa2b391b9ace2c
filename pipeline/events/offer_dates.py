"""An offered act is not dated by the offer: "a proposé lundi d'accueillir des pourparlers".

Monday is when the offer was made; the talks it offers to host wait on an
answer and have no date of their own (GUIDELINES §7.2: the date is the one
that governs the event). A date on the offered infinitive itself ("a
proposé d'accueillir les pourparlers le 3 mai") still dates it.
"""

from __future__ import annotations

from spacy.tokens import Token

from pipeline.events.frame import Frame
from pipeline.morph import features

#: How many heads up from the offering verb a date may hang and still be the offer's.
_REACH = 3


def undate_offers(frames: list[Frame], offers: frozenset[str]) -> None:
    """Drop from an offered act the date that only the offering verb carries.

    Args:
        frames: The frames of the document (changed in place).
        offers: Lemmas of offering verbs ("proposer", "offrir").

    Example:
        >>> # "X a proposé jeudi d'accueillir une rencontre" → the hosting: undated
    """
    for frame in frames:
        if frame.date is None:
            continue
        offer = _offering_verb(frame, offers)
        if offer is not None and _dates_verb(frame.date.attachment, offer):
            frame.date = None


def _offering_verb(frame: Frame, offers: frozenset[str]) -> Token | None:
    """The verb of offer that carries the frame through an infinitive ("a proposé d'accueillir")."""
    for below, anchor in zip(frame.anchors, frame.anchors[1:], strict=False):
        if anchor.pos_ == "VERB" and anchor.lemma_.lower() in offers:
            return anchor if "Inf" in features(below, "VerbForm") and below.head.i == anchor.i else None
    return None


def _dates_verb(attachment: Token, offer: Token) -> bool:
    """True if the date hangs on the offering verb or above it, not on the offered act."""
    current = offer
    for _ in range(_REACH):
        if current.i == attachment.i:
            return True
        if current.head.i == current.i:
            return False
        current = current.head
    return False
