"""The recipient of a delivery that names none: the giver's partner in the story.

A report on two states' ties tells their meetings and agreements, then a
delivery without repeating who gets it: "Bamako et Moscou ont signé un
accord de défense … Moscou s'est engagé à livrer des blindés" → Russie →
Mali; "Tokyo s'est engagé à financer la voie ferrée" in a story of Tokyo's
ties with Oulan-Bator → Japon → Mongolie. The recipient is the party the
giver has dealt with most often in the story's peaceful acts (meetings,
agreements, cooperation, aid, support), when one clearly leads. A gift
whose recipient is named but is no actor ("aux paramilitaires", "pour
renforcer sa présence") keeps no partner: the sentence said who it was.
"""

from __future__ import annotations

from collections import Counter

from spacy.tokens import Token

from pipeline.events.adversaries import party_marks
from pipeline.events.arguments import Party
from pipeline.events.frame import Frame
from pipeline.events.lexicon import Lexicon

#: Times the partner must have dealt with the giver before it is taken as the recipient.
MIN_DEALINGS = 2
#: How many times the next partner's count the leading partner needs.
DEALING_MARGIN = 2.0
#: Dependencies of an argument naming the recipient ("aux rebelles"), not a
#: measure or a frame ("à hauteur de", "au titre de").
_RECIPIENT_DEPS = frozenset({"obl:arg", "iobj"})
_DATIVE_CASES = frozenset({"à", "au", "aux"})


def _case(token: Token) -> str:
    """The preposition or marker word of a phrase ("aux" for "aux rebelles")."""
    return next((c.lower_ for c in token.children if c.dep_ in ("case", "mark")), "")


def names_recipient(anchors: list[Token]) -> bool:
    """True when a phrase on the gift or its support verb already says who or what it is for.

    Example:
        >>> # "fournir des armes aux rebelles" → True; "livrer des blindés" → False
        >>> # "proposer aux autorités un approvisionnement" → True
    """
    objects = [c for a in anchors for c in a.children if c.dep_ in ("obj", "acl", "amod")]
    # The parser hangs "aux rebelles" on the goods as often as on the verb.
    return any(_names_one(c, _RECIPIENT_DEPS) for a in anchors for c in a.children) or any(
        _names_one(c, _RECIPIENT_DEPS | {"nmod"}) for o in objects for c in o.children
    )


def _names_one(phrase: Token, deps: frozenset[str]) -> bool:
    """True for a dative argument or a "pour" purpose clause ("pour renforcer sa flotte")."""
    case = _case(phrase)
    if phrase.dep_ in deps and case in _DATIVE_CASES:
        return True
    return case == "pour" and phrase.pos_ == "VERB"


def dealings(frames: list[Frame], giver: list[Party], peaceful: frozenset[str]) -> Counter[str]:
    """How often each party shares a peaceful act with ``giver``, by key.

    Example:
        >>> # [CONSULT RUS ↔ MLI], [AGREE MLI ↔ RUS] → Counter({"MLI": 2})
    """
    marks = party_marks(giver)
    counts: Counter[str] = Counter()
    for frame in frames:
        if frame.event_type not in peaceful:
            continue
        # "Bamako et Moscou ont signé": co-actors of a shared act deal with each other too.
        sides = (frame.actors, frame.partners + frame.actors)
        for own, other in (sides, sides[::-1]):
            if party_marks(own) & marks:
                counts.update({p.key for p in other if not party_marks([p]) & marks})
    return counts


def story_counterpart(frames: list[Frame], giver: list[Party], peaceful: frozenset[str]) -> list[Party]:
    """The one party the giver deals with most in the story, if it clearly leads.

    Example:
        >>> # RUS meets MLI twice and AES once → [Mali]
    """
    ranked = dealings(frames, giver, peaceful).most_common(2)
    if not ranked or ranked[0][1] < MIN_DEALINGS:
        return []
    if len(ranked) > 1 and ranked[0][1] < DEALING_MARGIN * ranked[1][1]:
        return []
    named = [p for f in frames for p in f.partners + f.actors if p.key == ranked[0][0]]
    # The state itself rather than its leader ("Mongolie", not its president).
    named.sort(key=lambda p: p.kind != "state")
    return named[:1]


def counterpart_recipients(frames: list[Frame], lexicon: Lexicon) -> None:
    """Give each delivery with a giver but no recipient the giver's partner in the story.

    Args:
        frames: Every frame of the Doc, changed in place.
        lexicon: Trigger lexicon (cues ``benefit_types``, ``dealing_types``,
            ``delivery_classes``).

    Example:
        >>> # story Russie ⟷ Mali; "Moscou s'est engagé à livrer des blindés" → Russie → Mali
    """
    gifts = lexicon.upper_cue("benefit_types")
    peaceful = lexicon.upper_cue("dealing_types")
    classes = lexicon.cue("delivery_classes")
    for frame in frames:
        if frame.event_type not in gifts or not frame.actors or frame.partners:
            continue
        if frame.trigger.pos_ != "VERB" and not frame.rule.startswith("light_verb"):
            continue  # "ses approvisionnements", "avec l'aide de X": the owner is no giver
        trigger = lexicon.match(frame.trigger)
        if trigger is None or trigger.word_class not in classes or names_recipient([frame.trigger, *frame.anchors]):
            continue
        recipients = story_counterpart(frames, frame.actors, peaceful)
        if recipients:
            frame.partners = recipients
            frame.rule, frame.confidence = f"{frame.rule}_counterpart", frame.confidence - 0.25
