"""Answers to what was just told: a denial answers its accuser, support goes to the victim.

"Manille accuse Pékin d'avoir éperonné un navire. Pékin a rejeté toute
responsabilité" → Chine → Philippines (REJECT); "Kinshasa accuse Kigali de
soutenir le M23, ce que le Rwanda dément" → Rwanda → RDC; "Un navire chinois
a percuté un bateau philippin. Washington a apporté son soutien à son allié"
→ États-Unis → Philippines (SUPPORT). The partner is given by the earlier
sentence only; the rules run on the document's frames after the sentence
rules, looking a couple of sentences back.
"""

from __future__ import annotations

from pipeline.events.adversaries import party_marks
from pipeline.events.arguments import Party
from pipeline.events.counterpart_recipients import dealings
from pipeline.events.disputants import STORY_MARGIN, aggressors, dominant_pair
from pipeline.events.frame import Frame
from pipeline.morph import features

#: How many sentences back the accusation or the hostile act may be.
RESPONSE_REACH = 2
#: How far back "son allié" may find the victim.
ALLY_REACH = 8
_POSSESSIVES = frozenset({"son", "sa", "ses", "leur", "leurs"})


def _earlier(frames: list[Frame], frame: Frame, reach: int = RESPONSE_REACH) -> list[Frame]:
    """Frames told before ``frame``, in its sentence or up to ``reach`` sentences before."""
    return [f for f in frames if 0 <= frame.sentence - f.sentence <= reach and f.trigger.i < frame.trigger.i]


def _to_an_ally(frame: Frame, allies: frozenset[str]) -> bool:
    """True for support given "à son allié", "à ses partenaires" (a possessive ally noun)."""
    for anchor in frame.anchors:
        for child in anchor.children:
            possessive = any(d.dep_ == "det" and d.lower_ in _POSSESSIVES for d in child.children)
            if child.lemma_.lower() in allies and possessive:
                return True
    return False


def denied_accusers(frames: list[Frame], hostile: frozenset[str]) -> None:
    """A rejection with no partner answers the last accusation made against its actor.

    With no accusation told, it answers the victim of the actor's own hostile
    act: "Des navires chinois ont aspergé deux bâtiments philippins. Pékin a
    rejeté toute responsabilité" → Chine → Philippines.

    Example:
        >>> # frames [ACCUSE PHL → CHN], [REJECT CHN, no partner] → REJECT CHN → PHL
    """
    for frame in frames:
        if frame.event_type != "REJECT" or frame.partners or not frame.actors:
            continue
        if any(c.pos_ == "VERB" and "Inf" in features(c, "VerbForm") for c in frame.trigger.children):
            continue  # "a refusé de commenter": declining to act answers no one
        keys = {a.key for a in frame.actors}
        earlier = _earlier(frames, frame)
        accusations = [f for f in earlier if f.event_type == "ACCUSE" and keys & {p.key for p in f.partners}]
        blamed = [f for f in earlier if f.event_type in hostile and keys & {a.key for a in f.actors}]
        answered = _others(accusations[-1].actors, keys) if accusations else []
        if not answered and blamed:
            answered = _others(blamed[-1].partners, keys)
        if answered:
            frame.partners = answered
            frame.rule, frame.confidence = f"{frame.rule}_answer", frame.confidence - 0.15


def supported_victims(
    frames: list[Frame],
    hostile: frozenset[str],
    allies: frozenset[str],
    clashes: frozenset[str] = frozenset(),
    peaceful: frozenset[str] = frozenset(),
) -> None:
    """Support with no partner goes to the victim of the hostile act just told.

    Only a support whose actor is neither the doer nor the victim: "X a
    apporté son soutien à son allié" after "Y a attaqué Z" → X → Z. With no
    such act near, a third party's "soutien" or "solidarité" goes to the
    victim of the story's dispute (see :func:`story_victim`); ``clashes`` are
    the acts that count towards that dispute, ``peaceful`` the dealings that
    make a side the supporter's friend.

    Example:
        >>> # frames [ASSAULT CHN → PHL], [SUPPORT USA, no partner] → SUPPORT USA → PHL
    """
    for frame in frames:
        if frame.event_type != "SUPPORT" or frame.partners or not frame.actors:
            continue
        keys = {a.key for a in frame.actors}
        # "à son allié" names the victim of the story however far back it was told.
        to_ally = _to_an_ally(frame, allies)
        reach = ALLY_REACH if to_ally else RESPONSE_REACH
        acts = [
            f for f in _earlier(frames, frame, reach) if f.event_type in hostile and f.actors and f.partners
        ]
        if acts:
            act = acts[-1]
            if keys & {p.key for p in act.actors + act.partners}:
                continue
            frame.partners = list(act.partners)
            frame.rule, frame.confidence = f"{frame.rule}_victim", frame.confidence - 0.2
        elif clashes and (to_ally or frame.trigger.pos_ == "NOUN"):
            # "L'UE a réaffirmé son soutien": a stance, not praise of a named act ("a salué").
            victims = story_victim(frames, frame, hostile, clashes, peaceful)
            if victims:
                frame.partners = victims
                frame.rule, frame.confidence = f"{frame.rule}_story_victim", frame.confidence - 0.25


def story_victim(
    frames: list[Frame], before: Frame, hostile: frozenset[str], clashes: frozenset[str], peaceful: frozenset[str]
) -> list[Party]:
    """The side of the story's dispute that suffers it, for a third party told after.

    The dispute is the pair the story has opposed so far; its victim is the
    side that is not the only one attacking. When both sides strike, it is
    the side the supporter deals with peacefully (``peaceful`` acts: visits,
    aid) anywhere in the story. Nothing when an actor of ``before`` belongs
    to the pair.

    Example:
        >>> # [COERCE RUS → MDA], [ACCUSE MDA → RUS] ×3 … "L'UE a réaffirmé jeudi son soutien" → [Moldavie]
    """
    pair = dominant_pair(frames, before, clashes, STORY_MARGIN)
    if len(pair) != 2 or party_marks(before.actors) & party_marks(pair):
        return []
    attackers = aggressors([f for f in frames if f.trigger.i < before.trigger.i], pair, hostile)
    if len(attackers) == 1:
        return [side for side in pair if side is not attackers[0]]
    # Both sides strike (expulsions answered by expulsions): the side the
    # supporter deals with in the story, if only one.
    counts = dealings(frames, before.actors, peaceful)
    friends = [side for side in pair if counts[side.key] > 0]
    return friends if len(friends) == 1 else []


def _others(parties: list[Party], keys: set[str]) -> list[Party]:
    return [p for p in parties if p.key not in keys]
