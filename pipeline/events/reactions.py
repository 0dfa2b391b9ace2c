"""A condemnation of "une provocation" answers the hostile act just told.

"La Corée du Nord a tiré plusieurs missiles. Séoul a « fermement condamné »
une « provocation »" → Corée du Sud → Corée du Nord. The object of the
condemnation names the act, not its author; the author is the actor of the
closest hostile act before it in the same paragraph. Precision guard: that
act must have exactly one actor other than the one who reacts.

A definite or demonstrative noun ("cette incursion", "les exercices")
points back across a paragraph break too; a generic act noun ("une
décision", "des mesures", ``act_nouns``) stands for any hostile act, and
"protester contre …" names the act as an oblique.
(:func:`pipeline.events.anaphora.untargeted_concerns` covers reactions with no
object at all.)
"""

from __future__ import annotations

from spacy.tokens import Token

from pipeline.events.adversaries import usable_side
from pipeline.events.arguments import Party
from pipeline.events.frame import Frame
from pipeline.extensions import doc_text

#: Sentences back the hostile act may be told.
REACTION_REACH = 2
#: Types of reaction this rule gives a partner to.
REACTION_TYPES = frozenset({"ACCUSE", "PROTEST"})
#: Determiners that point back to an act already told ("cette incursion", "les exercices").
BACK_POINTERS = frozenset({"ce", "cet", "cette", "ces", "le", "la", "l'", "l’", "les"})


def _act_nouns(trigger: Token) -> list[Token]:
    """The nouns naming what is condemned: object, or "contre" oblique ("protester contre ce tir")."""
    return [
        c
        for c in trigger.children
        if c.pos_ == "NOUN"
        and (c.dep_ == "obj" or (c.dep_.startswith("obl") and any(k.lower_ == "contre" for k in c.children)))
    ]


def _act_objects(trigger: Token, offences: frozenset[str]) -> bool:
    """True if the reaction's object is an offence noun ("une provocation", "cette attaque").

    Example:
        >>> # "a condamné une provocation" → True; "a condamné le texte" → False
    """
    objects = _act_nouns(trigger)
    return bool(objects) and all(o.lemma_.lower() in offences for o in objects)


def points_back(noun: Token) -> bool:
    """True if the noun has a definite or demonstrative determiner ("cette incursion")."""
    return any(d.dep_ == "det" and d.lower_ in BACK_POINTERS for d in noun.children)


def _points_back(trigger: Token) -> bool:
    """True if every condemned noun has a definite or demonstrative determiner."""
    nouns = _act_nouns(trigger)
    return bool(nouns) and all(points_back(n) for n in nouns)


def same_paragraph(earlier: Frame, frame: Frame) -> bool:
    """True if no line break separates the two triggers."""
    text = doc_text(frame.trigger.doc)[earlier.trigger.idx : frame.trigger.idx]
    return "\n" not in text


def near_paragraph(earlier: Frame, frame: Frame) -> bool:
    """True if the two triggers are in the same paragraph or in consecutive ones."""
    text = doc_text(frame.trigger.doc)[earlier.trigger.idx : frame.trigger.idx]
    return len([block for block in text.split("\n") if block.strip()]) <= 2


def _sole_author(act: Frame, keys: set[str]) -> list[Party]:
    """The act's actors other than ``keys``, if they are exactly one party with a known side."""
    others = {a.key: a for a in act.actors if a.key not in keys and usable_side(a)}
    return list(others.values()) if len(others) == 1 else []


def _matching_act(earlier: list[Frame], trigger: Token) -> Frame:
    """The latest act named by the same noun ("les exercices" → the drill), else the latest act."""
    nouns = {n.lemma_.lower() for n in _act_nouns(trigger)}
    same = [f for f in earlier if f.trigger.lemma_.lower() in nouns]
    return (same or earlier)[-1]


def offence_reactions(
    frames: list[Frame], hostile: frozenset[str], offences: frozenset[str], acts: frozenset[str] = frozenset()
) -> None:
    """Give a condemnation of an offence noun the author of the last hostile act.

    ``acts`` are generic act nouns ("décision", "mesures") that stand for any hostile act.

    Example:
        >>> # [ASSAULT PRK → ∅], [ACCUSE KOR, obj "provocation", no partner] → ACCUSE KOR → PRK
    """
    for frame in frames:
        if frame.event_type not in REACTION_TYPES or frame.partners or not frame.actors:
            continue
        if not _act_objects(frame.trigger, offences | acts):
            continue
        keys = {a.key for a in frame.actors}
        # "cette incursion", "les exercices" refer back across a paragraph break.
        close = near_paragraph if _points_back(frame.trigger) else same_paragraph
        earlier = [
            f
            for f in frames
            if 0 <= frame.sentence - f.sentence <= REACTION_REACH
            and f.trigger.i < frame.trigger.i
            and f.event_type in hostile
            and f.actors
            and close(f, frame)
        ]
        if not earlier:
            continue
        authors = _sole_author(_matching_act(earlier, frame.trigger), keys)
        if authors:
            frame.partners = authors
            frame.rule, frame.confidence = f"{frame.rule}_offence", frame.confidence - 0.2
