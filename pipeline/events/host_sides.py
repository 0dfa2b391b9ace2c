"""Talks a party offers to host without naming who would meet: the story's sides.

A report on a two-sided dispute often adds that a third state "propose
d'accueillir d'éventuels pourparlers", "s'est dit prêt à accueillir une
réunion" or "leur a proposé d'accueillir à Kuala Lumpur une réunion
extraordinaire": the meeting names no participants, yet a careful reader
knows they are the two parties the story opposes. The host then consults
each of them (CONSULT host ↔ side); a mediator named in the same sentence
("qui avait facilité un échange entre A et B") offers them to its own two
parties. An offer is not yet a plan: the other
side has to accept it, so the offered meeting is hypothetical (spec
section 1: "possible, conditional").
"""

from __future__ import annotations

from spacy.tokens import Token

from pipeline.events.adversaries import party_marks
from pipeline.events.agreement_sides import story_sides
from pipeline.events.arguments import Party
from pipeline.events.frame import Frame
from pipeline.events.lexicon import Lexicon

#: Rule suffix of the frames given the story's sides here.
SUFFIX = "_host_sides"


def _meeting_object(verb: Token, lexicon: Lexicon) -> Token | None:
    """The meeting noun a hosting verb takes as object ("accueillir des pourparlers"), or None."""
    for child in verb.children:
        if child.dep_ != "obj" or child.pos_ != "NOUN":
            continue
        entry = lexicon.match(child)
        if entry is not None and entry.event_type == "CONSULT":
            return child
    return None


def _offered(verb: Token, lexicon: Lexicon) -> bool:
    """True when the hosting verb is the infinitive of an offer ("propose d'accueillir", "prêt à accueillir")."""
    head = verb.head
    if verb.dep_ != "xcomp" or head.i == verb.i:
        return False
    return head.lemma_.lower() in lexicon.cue("offer_verbs") | lexicon.cue("readiness_adjectives")


def _unpaired_host(frame: Frame, frames: list[Frame], lexicon: Lexicon) -> bool:
    """True for a hosting verb with a host, whose meeting names no participant.

    The meeting noun's own frame ("des pourparlers entre A et B") must have
    found no partner either: then the sentence is silent on who meets.
    """
    verb = frame.trigger
    entry = lexicon.match(verb)
    if frame.event_type != "CONSULT" or verb.pos_ != "VERB" or entry is None:
        return False
    if entry.word_class not in lexicon.cue("hosting_classes") or not frame.actors or frame.partners:
        return False
    noun = _meeting_object(verb, lexicon)
    if noun is None or not _offered(verb, lexicon):
        return False
    return not any(f.trigger.i == noun.i and (f.partners or len(f.actors) > 1) for f in frames)


def _mediated_sides(frames: list[Frame], frame: Frame) -> list[Party]:
    """The two parties the host mediates between in the same sentence, else [].

    "Le Qatar, qui avait facilité un échange entre A et B, propose d'accueillir
    des pourparlers": a mediator offers its good offices to the parties it knows.
    """
    hosts = {a.key for a in frame.actors}
    for other in frames:
        if other is frame or other.sentence != frame.sentence or other.event_type != "CONSULT":
            continue
        if {a.key for a in other.actors} == hosts and len(other.partners) == 2:
            return list(other.partners)
    return []


def _offered_hosting(frame: Frame, lexicon: Lexicon) -> bool:
    """True for a meeting whose hosting is only offered ("a proposé d'accueillir une rencontre entre A et B")."""
    if frame.event_type != "CONSULT" or frame.modality not in ("planned", "asserted"):
        return False
    hosting = lexicon.cue("hosting_classes")
    for anchor in [frame.trigger, *frame.anchors]:
        entry = lexicon.match(anchor) if anchor.pos_ == "VERB" else None
        if entry is not None and entry.word_class in hosting and _offered(anchor, lexicon):
            return True
    return False


def host_sides(frames: list[Frame], lexicon: Lexicon, symmetric: frozenset[str]) -> None:
    """Give an offer to host talks the two sides the story opposes (frames changed in place).

    Example:
        >>> # [ASSAULT Iran → Israël] ×3 … "Le Qatar propose d'accueillir des pourparlers"
        >>> #   → CONSULT Qatar ↔ Iran, Qatar ↔ Israël (hypothetical)
    """
    for frame in frames:
        if _offered_hosting(frame, lexicon):
            frame.modality = "hypothetical"  # the parties have yet to accept the offer
        if not _unpaired_host(frame, frames, lexicon):
            continue
        pair = _mediated_sides(frames, frame) or story_sides(frames, frame, lexicon, symmetric)
        hosts = party_marks(frame.actors)
        sides = [p for p in pair if p.key not in hosts and (not p.code or p.code not in hosts)]
        if len(pair) != 2 or not sides:
            continue
        frame.partners = sides
        frame.rule, frame.confidence = f"{frame.rule}{SUFFIX}", frame.confidence - 0.15
