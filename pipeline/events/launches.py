"""Launches of missiles, rockets and drones: an attack when aimed, a weapons test when not.

"Le Pakistan a tiré deux missiles de croisière" and "Téhéran a lancé un
missile balistique en direction du golfe d'Oman" name no target: the
contract reads them as weapons tests (MOBILIZE). "Moscou a lancé une
soixantaine de drones et cinq missiles sur la Moldavie" lands on a
state: an attack (ASSAULT). The parser hangs the target on the last
coordinated load ("cinq missiles … sur la Moldavie"), and a quantity
noun ("une soixantaine de drones", "une salve de roquettes") often stands
between the verb and the weapon, so both are read through. A sea named
after a state ("la mer du Japon", "le golfe du Mexique") is where a test
falls, never its target.
"""

from __future__ import annotations

from spacy.tokens import Token

from pipeline.events.arguments import ActorIndex, Party, case_of
from pipeline.events.frame import Frame
from pipeline.events.lexicon import Lexicon
from pipeline.events.targets import party_at

#: Dependencies by which a load hangs on its verb or on a quantity noun.
_LOAD_DEPS = frozenset({"obj", "nmod", "conj"})
#: Dependencies by which a target phrase hangs on a load or on the verb.
_AIM_DEPS = frozenset({"nmod", "obl", "obl:mod", "obl:arg"})


def launch_kinds(frames: list[Frame], index: ActorIndex, lexicon: Lexicon) -> None:
    """Read a launch of weapons as an attack on its target, or as a test without one.

    Example:
        >>> # "Pyongyang a tiré un missile en mer." → MOBILIZE (test), no target
        >>> # "Moscou a lancé cent drones et dix missiles sur la Moldavie." → ASSAULT → Moldavie
    """
    verbs = lexicon.cue("launch_verbs")
    weapons = lexicon.cue("weapon_nouns")
    water = lexicon.cue("water_nouns")
    aims = lexicon.cue("aim_prepositions")
    around = lexicon.cue("locative_adverbs")
    for frame in frames:
        trigger = frame.trigger
        if frame.event_type != "ASSAULT" or trigger.pos_ != "VERB" or trigger.lemma_ not in verbs:
            continue
        loads = weapon_loads(trigger, weapons)
        if not loads:
            continue
        frame.partners = [p for p in frame.partners if not inside(p, trigger, water)]
        if frame.partners and all(inside(p, trigger, around) for p in frame.partners):
            # "tirer des missiles autour de l'île": a show of force around it, not a hit.
            frame.event_type, frame.rule = "MOBILIZE", f"{frame.rule}_around"
            continue
        if not frame.partners:
            keys = {a.key for a in frame.actors}
            frame.partners = _aimed_at(loads, index, lexicon, aims, water, keys)
        if frame.partners:
            continue
        frame.event_type = "MOBILIZE"  # nothing hit: a weapons test
        frame.rule = f"{frame.rule}_test"


def weapon_loads(verb: Token, weapons: frozenset[str]) -> list[Token]:
    """The weapons a launching verb sends, through quantity nouns and coordination.

    Example:
        >>> # "lancé une centaine de drones et vingt missiles" → [drones, missiles]
    """
    loads: list[Token] = []
    # A coordinated load may hang on the verb itself ("lancé … de drones et six missiles").
    layer = [c for c in verb.children if c.dep_ == "obj" or (c.dep_ == "conj" and c.pos_ == "NOUN")]
    for _ in range(3):  # "une salve de missiles", "une centaine de drones et vingt missiles"
        nxt: list[Token] = []
        for token in layer:
            if token.lemma_.lower() in weapons:
                loads.append(token)
            nxt.extend(c for c in token.children if c.dep_ in _LOAD_DEPS and case_of(c) not in ("sur", "contre", "vers"))
        layer = nxt
    return loads


def _aimed_at(
    loads: list[Token],
    index: ActorIndex,
    lexicon: Lexicon,
    aims: frozenset[str],
    water: frozenset[str],
    keys: set[str],
) -> list[Party]:
    """The party a phrase "sur/contre/vers X" on a load or its verb names, if not at sea."""
    holders = list(loads) + [loads[0].head]
    for holder in holders:
        for child in holder.children:
            if child.dep_ not in _AIM_DEPS or case_of(child) not in aims or child.lemma_.lower() in water:
                continue
            party = party_at(child, index, lexicon)
            if party is not None and party.key not in keys:
                return [party]
    return []


def inside(party: Party, head: Token, words: frozenset[str]) -> bool:
    """True when the party was read below one of ``words`` on its way up to ``head``.

    Example:
        >>> # party Japon of "tiré … vers la mer du Japon", words {"mer"} → True
        >>> # party Taïwan of "manœuvres autour de Taïwan", words {"autour"} → True
    """
    span = head.doc.char_span(party.start, party.end, alignment_mode="expand")
    if span is None:
        return False
    token = span.root
    while token.i != head.i and token.head.i != token.i:
        if token.lemma_.lower() in words:
            return True
        token = token.head
    return False
