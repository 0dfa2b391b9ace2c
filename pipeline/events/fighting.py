"""Fights two sides wage on each other: one attack row per direction.

A fight noun names a two-sided act. "Les combats entre le Tchad et le
Soudan", "des heurts ont opposé l'armée malienne aux rebelles touareg",
"le Pérou a bombardé l'Équateur, déclenchant deux semaines d'affrontements"
each say that both sides struck: the table wants Tchad → Soudan and
Soudan → Tchad (one row per direction), not a single row in the order the
names happen to be written. The nouns are the cue class ``two_sided_fights``;
"opposer" and its kin (``opposing_verbs``) name the sides of a fight noun
that is their subject or that they qualify.
"""

from __future__ import annotations

from spacy.tokens import Token

from pipeline.events.arguments import ActorIndex, Party, case_class, case_of, collapse, parties_at
from pipeline.events.demonyms import demonym_modifiers
from pipeline.events.frame import Frame
from pipeline.events.lexicon import Lexicon

#: Steps up the tree from a fight noun to the attack that set it off
#: ("a frappé …, déclenchant [quatre jours d'] affrontements": noun → jours → déclenchant → frappé).
_MAX_CLIMB = 4
#: Dependencies by which "opposer" names its sides ("opposer A à B", "opposer A et B").
_SIDE_DEPS = frozenset({"obj", "obl", "obl:arg", "iobj"})
#: Prepositions of the second side of "opposer A à B".
_SIDE_CASES = frozenset({"", "à", "au", "aux"})


def two_sided_fights(frames: list[Frame], index: ActorIndex, lexicon: Lexicon) -> None:
    """Make each fight noun an attack of each side on the other.

    The sides are the "entre A et B" participants, the phrases of an
    "opposer" verb, or else both sides of the attack the fight follows from.

    Example:
        >>> # "Des combats ont opposé le Tchad au Soudan" → Tchad → Soudan and Soudan → Tchad
    """
    fights = lexicon.cue("two_sided_fights")
    opposing = lexicon.cue("opposing_verbs")
    for frame in frames:
        if frame.event_type != "ASSAULT" or frame.trigger.lemma_.lower() not in fights:
            continue
        if frame.mutual and frame.actors and frame.partners:
            sides, rule = collapse(frame.actors + frame.partners), "fight_between"
        elif frame.actors or frame.partners:
            continue  # "l'offensive de l'armée contre les rebelles": one direction, as told
        else:
            sides, rule = _opposed_sides(frame.trigger, index, opposing), "fight_opposed"
            if len(sides) < 2:
                sides, rule = _sides_of_attack(frame, frames), "fight_sparked"
        if len(sides) >= 2:
            frame.actors, frame.partners, frame.mutual = sides, [], True
            frame.rule, frame.confidence = rule, frame.confidence - 0.1


def _opposing_verb(noun: Token, opposing: frozenset[str]) -> Token | None:
    """The "opposer" verb whose subject the fight noun is, or that qualifies it.

    Example:
        >>> # "des heurts ont opposé A à B" → opposé; "les combats opposant A et B" → opposant
    """
    if noun.dep_.startswith("nsubj") and noun.head.lemma_.lower() in opposing:
        return noun.head
    for child in noun.children:
        if child.dep_.startswith("acl") and child.lemma_.lower() in opposing:
            return child
    return None


def _opposed_sides(noun: Token, index: ActorIndex, opposing: frozenset[str]) -> list[Party]:
    """The parties "opposer" sets against each other around a fight noun.

    The parser often hangs "à B" on the first side ("opposé [l'armée de A [à B]]"):
    an "à" phrase on a side is a side too.
    """
    verb = _opposing_verb(noun, opposing)
    if verb is None:
        return []
    sides = [c for c in verb.children if c.dep_ in _SIDE_DEPS and case_of(c) in _SIDE_CASES]
    sides += [c for side in sides for c in side.children if c.dep_ == "nmod" and case_class(c) == "à"]
    parties: list[Party] = []
    for side in sides:
        parties.extend(parties_at(side, index) or _demonym_parties(side, index))
    return collapse(parties)


def _demonym_parties(head: Token, index: ActorIndex) -> list[Party]:
    """The states a side's demonym adjectives name ("l'armée tchadienne" → Tchad)."""
    return [
        Party(name, code, kind, adjective.idx, adjective.idx + len(adjective))
        for adjective, (name, code, kind) in demonym_modifiers(head, index.demonyms)
    ]


def _sides_of_attack(frame: Frame, frames: list[Frame]) -> list[Party]:
    """Both sides of the attack a partyless fight noun hangs under, if any.

    Example:
        >>> # "Le Pérou a bombardé l'Équateur, déclenchant des affrontements" → [Pérou, Équateur]
    """
    attacks = {
        f.trigger.i: f for f in frames if f.event_type == "ASSAULT" and f.actors and f.partners and f is not frame
    }
    token = frame.trigger
    for _ in range(_MAX_CLIMB):
        if token.head.i == token.i:
            return []
        token = token.head
        attack = attacks.get(token.i)
        if attack is not None:
            return collapse(attack.actors + attack.partners)
    return []
