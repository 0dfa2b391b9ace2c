"""Reactions whose target only the context gives: answers and coordinated reactions.

Two classes of French leave a condemnation or a rejection without a named
partner:

- an answer to an act just aimed at the reactor: "Pékin a imposé des droits
  sur les fromages européens. La Commission a « vivement regretté » une
  décision « injustifiée »" → Union européenne → Chine;
- a reaction coordinated with an accusation that names its target: "Caracas
  a rejeté « toute pression » et accusé Washington de …" → the rejection is
  aimed at Washington too.

Precision guards: the earlier act is in the same paragraph, at most
:data:`ANSWER_REACH` sentences back, the latest one aimed at the reactor,
and its author is exactly one party other than the reactor.
"""

from __future__ import annotations

from spacy.tokens import Token

from pipeline.events.adversaries import party_marks, usable_side
from pipeline.events.arguments import Party
from pipeline.events.frame import Frame
from pipeline.events.reactions import near_paragraph, points_back, same_paragraph

#: Sentences back the act answered may be told.
ANSWER_REACH = 2
#: Reactions given a partner here.
REACTION_TYPES = frozenset({"ACCUSE", "REJECT"})
#: Acts that a reaction may answer when aimed at the reactor (with the hostile types).
ANSWERABLE = frozenset({"ACCUSE", "REQUEST", "THREATEN"})


def _sole_author(act: Frame, marks: set[str]) -> list[Party]:
    """The act's actors that are not the reactor, if they are exactly one party."""
    others = {a.key: a for a in act.actors if a.key not in marks and a.code not in marks}
    return list(others.values()) if len(others) == 1 else []


def _names_a_target(frame: Frame) -> bool:
    """True if the reaction's verb has a proper name as object ("accuse Kigali de …")."""
    return any(
        c.dep_ in ("obj", "iobj", "obl:arg") and c.pos_ == "PROPN" for c in frame.trigger.children
    )


def _told_with_target(frame: Frame, frames: list[Frame]) -> bool:
    """True if the same sentence already gives this actor's reaction of this type a partner.

    "Kinshasa accuse Kigali de soutenir le M23": the reported accusation has its
    target, and the bare verb frame is the same act, not an answer to an earlier one.
    """
    keys = {a.key for a in frame.actors}
    return any(
        f is not frame and f.sentence == frame.sentence and f.event_type == frame.event_type
        and f.partners and keys & {a.key for a in f.actors}
        for f in frames
    )


def answered_acts(frames: list[Frame], hostile: frozenset[str]) -> None:
    """Give a partnerless reaction the author of the act just aimed at the reactor.

    Example:
        >>> # [SANCTION Chine → UE], [ACCUSE Commission (UE), obj "décision"] → ACCUSE UE → Chine
    """
    answerable = hostile | ANSWERABLE
    for frame in frames:
        if frame.event_type not in REACTION_TYPES or frame.partners or not frame.actors:
            continue
        if _names_a_target(frame) or _told_with_target(frame, frames):
            continue  # "accuse Kigali de …": the target is named, another rule reads it
        marks = party_marks(frame.actors)
        aimed = [
            f
            for f in frames
            if 0 <= frame.sentence - f.sentence <= ANSWER_REACH
            and f.trigger.i < frame.trigger.i
            and f.event_type in answerable
            and f.actors
            and marks & party_marks(f.partners)
            and same_paragraph(f, frame)
        ]
        if not aimed:
            continue
        authors = _sole_author(aimed[-1], marks)
        if authors:
            frame.partners = authors
            frame.rule, frame.confidence = f"{frame.rule}_answered", frame.confidence - 0.2


def coordinated_reactions(frames: list[Frame], types: frozenset[str] = REACTION_TYPES) -> None:
    """A partnerless reaction shares the target of the hostile reaction it is coordinated with.

    ``types`` are the reactions that give and take a target (cue
    ``coordinated_reaction_types``): hostile ones only, since a request's
    addressee is not the one condemned ("a condamné les frappes et demandé au
    Conseil de se réunir").

    Example:
        >>> # "X a rejeté « toute pression » et accusé Y de …" → REJECT X → Y
        >>> # "X a expulsé deux diplomates et accusé Y de sabotage" → SANCTION X → Y
    """
    # A verb may carry several frames ("accusé": the accusation and the act it
    # reports), so every frame of a conjunct is a candidate sibling.
    by_trigger: dict[int, list[Frame]] = {}
    for frame in frames:
        by_trigger.setdefault(frame.trigger.i, []).append(frame)
    for frame in frames:
        if frame.event_type not in types or frame.partners or not frame.actors:
            continue
        if frame.trigger.pos_ != "VERB":
            continue
        targets = _coordinated_target(frame, by_trigger, types)
        if targets:
            frame.partners = targets
            frame.rule, frame.confidence = f"{frame.rule}_coordinated", frame.confidence - 0.15


def _coordinated_target(
    frame: Frame, by_trigger: dict[int, list[Frame]], types: frozenset[str]
) -> list[Party]:
    """The partners of the first reaction of the same speaker coordinated with this one.

    Example:
        >>> # "Caracas a rejeté « tout ultimatum » et accusé Washington" → [États-Unis]
    """
    keys = {a.key for a in frame.actors}
    for other in frame.trigger.conjuncts:
        if other.pos_ != "VERB":
            continue
        for sibling in by_trigger.get(other.i, []):
            if sibling.event_type not in types or {a.key for a in sibling.actors} != keys:
                continue  # another speaker's reaction names nobody for this one
            targets = [p for p in sibling.partners if p.key not in keys]
            if targets:
                return targets
    return []


#: Sentences back the accusation a rebuttal answers may be told.
REBUTTAL_REACH = 3


def _rebutted_claims(trigger: Token, accusing: set[str], claims: frozenset[str]) -> bool:
    """True for "rejeter ces critiques", "démentir ces informations": a claim noun pointing back.

    Example:
        >>> # "a rejeté ces accusations" → True; "a rejeté une offre" → False
    """
    objects = [c for c in trigger.children if c.dep_ == "obj" and c.pos_ == "NOUN"]
    return bool(objects) and all(
        (o.lemma_.lower() in accusing or o.lemma_.lower() in claims or o.lower_ in claims)
        and points_back(o)
        for o in objects
    )


def rebutted_accusations(frames: list[Frame], accusing: set[str], claims: frozenset[str]) -> None:
    """"X a rejeté ces critiques": the rebuttal answers the author of the latest accusation.

    The accused may be anyone, so only the accuser is taken, not the parties
    of the accusation (``accusing`` are the ACCUSE nouns of the lexicon,
    ``claims`` the nouns of reported claims: "informations", "allégations").

    Example:
        >>> # [ACCUSE Liban → Israël "frappes"], [REJECT Israël, obj "ces critiques"] → REJECT Israël → Liban
    """
    for frame in frames:
        if frame.event_type != "REJECT" or frame.partners or not frame.actors:
            continue
        if not _rebutted_claims(frame.trigger, accusing, claims):
            continue
        marks = party_marks(frame.actors)
        accusations = [
            f
            for f in frames
            if f.event_type == "ACCUSE"
            and 0 <= frame.sentence - f.sentence <= REBUTTAL_REACH
            and f.trigger.i < frame.trigger.i
            and f.actors
            and near_paragraph(f, frame)
        ]
        # The reactor's own accusations are skipped; the first other one decides.
        others = [f for f in accusations if not party_marks(f.actors) <= marks]
        authors = _sole_author(others[-1], marks) if others else []
        if authors and usable_side(authors[0]):
            frame.partners = authors
            frame.rule, frame.confidence = f"{frame.rule}_rebuttal", frame.confidence - 0.2
