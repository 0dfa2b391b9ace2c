"""An event frame: one trigger with the parties the rules found for it, before dyads.

A frame may name several actors or partners (coordination, lists, groups
read as members); :func:`dyads` turns it into the actor–partner pairs the
table wants (spec section 1).
"""

from __future__ import annotations

from dataclasses import dataclass, field

from spacy.tokens import Token

from pipeline.events.arguments import Party
from pipeline.events.dating import DateMention


@dataclass
class Frame:
    """A trigger and its parties.

    Attributes:
        trigger: The token that states the event.
        event_type: PLOVER type.
        action: Lemma written in the ``action`` column.
        actors: Who acts (several when coordinated: "A et B ont signé").
        partners: With or to whom.
        mutual: The actors are co-participants of a symmetric act ("entre A et B").
        rule: Name of the rule that built the frame.
        confidence: How much the rule and its evidence are trusted (0–1).
        anchors: Tokens whose modality and dates apply to the event (the
            trigger, the support verb of a nominal event, governing verbs).
        arguments: Tokens heading the argument phrases (kept out of nested searches).
        sentence: Index of the sentence in the Doc.
        modality: Modality read from the anchors.
        date: The date mention that governs the event, if any.

    Example:
        >>> # "Le Japon a rencontré la Chine et l'Inde" → actors [Japon],
        >>> #   partners [Chine, Inde], rule "verb_subject_object"
    """

    trigger: Token
    event_type: str
    action: str
    actors: list[Party] = field(default_factory=list)
    partners: list[Party] = field(default_factory=list)
    mutual: bool = False
    rule: str = ""
    confidence: float = 0.5
    anchors: list[Token] = field(default_factory=list)
    arguments: list[Token] = field(default_factory=list)
    sentence: int = -1
    modality: str = "asserted"
    date: DateMention | None = None


def dyads(frame: Frame, symmetric: frozenset[str]) -> list[tuple[Party, Party]]:
    """The (actor, partner) pairs a frame stands for.

    Coordination splits on either side; co-participants without a partner
    ("A et B ont signé un accord", "un sommet entre A, B et C") give rows
    from the first named participant to each of the others; in a directed
    act they do to each other ("un échange de prisonniers entre A et B",
    "A et B se sont accusés") each acts towards each other one.

    Example:
        >>> # actors [Japon], partners [Kazakhstan, Ouzbékistan] → two pairs
    """
    pairs: list[tuple[Party, Party]] = []
    if frame.actors and frame.partners:
        pairs = [(a, p) for a in frame.actors for p in frame.partners]
    elif len(frame.actors) >= 2 and (frame.mutual or frame.event_type in symmetric):
        pairs = _among(frame.actors, frame.event_type in symmetric)
    elif len(frame.partners) >= 2 and frame.mutual:
        pairs = _among(frame.partners, frame.event_type in symmetric)
    return [(a, p) for a, p in pairs if a.key != p.key]


def _among(parties: list[Party], symmetric: bool) -> list[tuple[Party, Party]]:
    """Pairs within one group: first-to-others when the pair is unordered, every
    ordered pair when each side acts on the other.

    Example:
        >>> # [A, B], symmetric → [(A, B)]; directed → [(A, B), (B, A)]
    """
    if symmetric:
        return [(parties[0], p) for p in parties[1:]]
    return [(a, b) for a in parties for b in parties if a is not b]
