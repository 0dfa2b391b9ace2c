"""Reactions with no target named, read against the two sides of the story.

A report on a two-sided crisis lets its parties condemn without naming
whom: "Taipei a dénoncé une « provocation irresponsable »", "Le président
a condamné les exercices", "Caracas dénonce une « menace coloniale »".
When the speaker is one side of the pair the whole article keeps opposing
(:func:`pipeline.events.disputants.dominant_pair`), the target is the other
side. A third party that only voices concern ("Le secrétaire général s'est
dit « profondément préoccupé »", "Le Japon a exprimé sa préoccupation") is
concerned by those who attack: both sides of a fight, or the one side that
alone strikes, shoots or deploys.

These passes run after the nearer readings (the act just told, a named
object), so they only fill what those left empty.
"""

from __future__ import annotations

from spacy.tokens import Token

from pipeline.events.adversaries import party_marks
from pipeline.events.arguments import Party
from pipeline.events.disputants import STORY_MARGIN, aggressors, dominant_pair, opponent
from pipeline.events.frame import Frame

#: Word classes of a reaction stated by a clause ("a dénoncé", "s'est dit préoccupé").
_CLAUSE_POS = frozenset({"VERB", "ADJ"})


def _names_no_object(trigger: Token) -> bool:
    """True when nothing is condemned by name: no object, or no noun or name as object.

    Example:
        >>> # "s'est dit préoccupé" → True; "a exprimé sa préoccupation" (trigger the noun) → True
    """
    # "estiment que …": the reported clause says what the concern is about.
    return not any(
        (c.dep_ == "obj" and c.pos_ in ("NOUN", "PROPN", "PRON")) or c.dep_ == "ccomp" for c in trigger.children
    )


def _open_reaction(frame: Frame, reactions: frozenset[str]) -> bool:
    """True for a reaction with a speaker and no partner yet."""
    return frame.event_type in reactions and bool(frame.actors) and not frame.partners


def story_reactions(
    frames: list[Frame],
    reactions: frozenset[str],
    hostile: frozenset[str],
    clashes: frozenset[str],
    force: frozenset[str] = frozenset(),
    sided: frozenset[str] = frozenset(),
) -> None:
    """Give the story's sides to condemnations and concerns that name no target.

    ``reactions`` are the types filled (ACCUSE), ``clashes`` the acts and words
    that count towards the pair, ``force`` the acts that make an aggressor
    (``hostile`` when empty): a sanction answers, it makes no aggressor.
    ``sided`` are types filled only when a side speaks (REJECT: "Kaboul a
    démenti", "Minsk a rejeté toute responsabilité"): a third party's refusal
    is no concern about the fighting.

    Example:
        >>> # story Chine ⟷ Taïwan; [ACCUSE Taïwan "a dénoncé une provocation"] → Taïwan → Chine
        >>> # [ACCUSE ONU "s'est dit préoccupé"], Chine alone strikes → ONU → Chine
    """
    if not any(_open_reaction(f, reactions | sided) for f in frames):
        return
    pair = dominant_pair(frames, None, clashes, STORY_MARGIN)
    attackers = aggressors(frames, pair, force or hostile) if pair else []
    for frame in frames:
        if not _open_reaction(frame, reactions | sided):
            continue
        clause = frame.trigger.pos_ in _CLAUSE_POS
        own_side = opponent(frame.actors, pair)
        if own_side and clause:
            frame.partners, tag = own_side, "story_side"
        elif frame.event_type in reactions and attackers and not own_side and _names_no_object(frame.trigger) and _third_party(frame, pair):
            frame.partners, tag = list(attackers), "story_concern"
        else:
            continue
        frame.rule, frame.confidence = f"{frame.rule}_{tag}", frame.confidence - 0.25


def _third_party(frame: Frame, pair: list[Party]) -> bool:
    """True when no speaker belongs to either side of the pair."""
    return not party_marks(frame.actors) & party_marks(pair)
