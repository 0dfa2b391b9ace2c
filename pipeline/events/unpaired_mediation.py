"""Mediators whose two sides the sentence leaves unsaid: the sides the story opposes.

"Le Ghana joue les intermédiaires depuis l'été", "Oslo et Berne, les deux
médiateurs, ont demandé…", "un accord conclu sous l'égide de Bruxelles":
no "entre A et B" names the sides. In a story of one conflict they are
its two parties (:func:`pipeline.events.sides.conflict_sides`, which
gives nothing unless one pair clearly dominates the hostile acts), so the
mediator consults each of them (spec: CONSULT covers mediating). Frames
are built sentence by sentence without partners, marked by their rule,
and given the sides once the whole document is read.
"""

from __future__ import annotations

from spacy.tokens import Token

from pipeline.events.arguments import ActorIndex, Party, parties_at
from pipeline.events.brokering import between_phrases
from pipeline.events.frame import Frame
from pipeline.events.lexicon import Lexicon, finite_infinitive
from pipeline.events.sides import conflict_sides
from pipeline.events.subjects import subject_parties_of
from pipeline.events.verbal import governing_verbs

#: Rule names of the frames whose sides are still to be found.
UNPAIRED = "mediator_unpaired"


def unpaired_frame(trigger: Token, mediators: list[Party], anchors: list[Token]) -> Frame:
    """A CONSULT frame from the mediators to sides not yet known.

    Example:
        >>> # "sous l'égide de Bruxelles" → Union européenne → (sides found later)
    """
    return Frame(
        trigger=trigger,
        event_type="CONSULT",
        action=trigger.lemma_.lower(),
        actors=mediators,
        rule=UNPAIRED,
        confidence=0.5,
        anchors=anchors,
        arguments=[trigger],
    )


def _played_role(verb: Token, nouns: frozenset[str]) -> Token | None:
    """The mediator noun object of "jouer"/"servir" ("jouer les intermédiaires", "servir de médiateur")."""
    return next(
        (c for c in verb.children if c.dep_ in ("obj", "obl:arg", "obl", "xcomp") and c.lemma_.lower() in nouns),
        None,
    )


def _apposed_parties(noun: Token, index: ActorIndex, stop: frozenset[int]) -> list[Party]:
    """The actors a mediator noun is set beside after a comma ("Oslo et Berne, les deux médiateurs").

    Example:
        >>> # "… Oslo et Berne, les deux médiateurs, …" → [Norvège, Suisse]
    """
    # The comma may be parsed as the noun's own child (when it is read as a conjunct).
    start = min([c.left_edge.i for c in noun.children if c.i < noun.i and c.dep_ != "punct"] + [noun.i])
    doc = noun.doc
    if start < 2 or doc[start - 1].text != ",":
        return []
    span = index.span_at(doc[start - 2])
    if span is None:
        return []
    head = span.root
    while head.dep_ == "conj" and head.head.i < head.i:
        head = head.head
    return parties_at(head, index, stop)


def unpaired_mediators(verbs: list[Token], nouns: list[Token], index: ActorIndex, lexicon: Lexicon,
                       stop: frozenset[int]) -> list[Frame]:
    """Mediator frames of one sentence that name no sides.

    Args:
        verbs: The sentence's verbs ("jouer les intermédiaires").
        nouns: The sentence's nouns (mediator nouns set beside actors).
        index: The Doc's actor mentions.
        lexicon: Trigger lexicon (``brokering_light_verbs``, ``mediator_nouns``).
        stop: Trigger token ids.

    Example:
        >>> # "Le Ghana joue les intermédiaires." → Ghana → (sides unknown)
    """
    light = lexicon.cue("brokering_light_verbs")
    mediator_nouns = lexicon.cue("mediator_nouns")
    found: list[Frame] = []
    for verb in verbs:
        if (finite_infinitive(verb) or verb.lemma_.lower()) not in light or next(between_phrases(verb), None):
            continue
        role = _played_role(verb, mediator_nouns)
        mediators = subject_parties_of(verb, index, stop) if role is not None else []
        if role is not None and mediators:
            found.append(unpaired_frame(role, mediators, governing_verbs(verb)))
    for noun in nouns:
        if noun.lemma_.lower() not in mediator_nouns or any(f.trigger.i == noun.i for f in found):
            continue
        if any(c.dep_ == "nmod" for c in noun.children):
            continue  # "les médiateurs de l'ONU", "médiateur entre A et B": said elsewhere
        mediators = _apposed_parties(noun, index, stop)
        if mediators:
            found.append(unpaired_frame(noun, mediators, [noun]))
    return found


def mediator_sides(frames: list[Frame], lexicon: Lexicon, symmetric: frozenset[str]) -> None:
    """Give the unpaired mediator frames the two sides the document opposes (frames changed in place).

    Example:
        >>> # a story of Mali–Niger clashes + "Le Ghana joue les intermédiaires"
        >>> #   → Ghana–Mali, Ghana–Niger
    """
    waiting = [f for f in frames if f.rule == UNPAIRED and not f.partners]
    if not waiting:
        return
    pair = conflict_sides(frames, lexicon.upper_cue("side_counting_types"), symmetric)
    if pair is None:
        return
    for frame in waiting:
        keys = {a.key for a in frame.actors}
        if keys & {p.key for p in pair}:
            continue  # a side does not mediate its own quarrel
        frame.partners = list(pair)
        frame.rule = f"{UNPAIRED}_sides"
