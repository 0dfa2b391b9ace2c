"""Targets of hostile acts read from the phrase they hit, and blows two sides trade.

A strike, a seizure or a deployment often names no state as its object
but a thing in a place: "l'Inde a frappé des sites au Pakistan",
"bombarder une raffinerie dans la région de Kismayo", "des frappes
israéliennes ont visé des dépôts du Hezbollah", "des sanctions visant la
flotte russe". The side that takes the blow is the state, city (standing
for its state) or demonym found down that phrase. And "l'Inde et le
Pakistan ont échangé des tirs", "les deux pays se sont livré une guerre"
are attacks each side makes on the other, not an exchange or a delivery.
"""

from __future__ import annotations

from collections.abc import Iterator

from spacy.tokens import Token

from pipeline.actors.normalize import fold, pieces
from pipeline.events.arguments import ActorIndex, Party, case_of
from pipeline.events.frame import Frame
from pipeline.events.lexicon import Lexicon

#: Dependencies by which the phrase of a target hangs on its trigger or on a word of that phrase.
_DOWN_DEPS = frozenset({"obj", "obl", "obl:arg", "obl:mod", "nmod", "iobj"})
#: How far down a target phrase a place may sit ("des dépôts d'armes de la force Radwan du Hezbollah").
_MAX_DEPTH = 4


def hit_targets(frames: list[Frame], index: ActorIndex, lexicon: Lexicon) -> None:
    """Give a hostile act with no partner the party named down the phrase it hits.

    Example:
        >>> # "La Turquie a frappé des sites en Syrie." → ASSAULT Turquie → Syrie
    """
    types = lexicon.upper_cue("hit_target_types")
    off = lexicon.cue("off_target_prepositions")
    hitting = lexicon.cue("hitting_verbs")
    blows = lexicon.cue("exchanged_blow_nouns")
    for frame in frames:
        if frame.event_type not in types or frame.partners or not frame.actors:
            continue
        keys = {a.key for a in frame.actors}
        stop = {a.i for a in frame.anchors} | {frame.trigger.i}
        for token in _walk(_roots(frame.trigger, hitting), off, stop):
            party = party_at(token, index, lexicon)
            if party is not None and party.key not in keys:
                frame.partners = [party]
                frame.rule, frame.confidence = f"{frame.rule}_hit", frame.confidence - 0.1
                if frame.event_type == "MOBILIZE" and _landed(frame.trigger, hitting, blows):
                    frame.event_type = "ASSAULT"  # "des tirs de roquettes ont touché Sdérot"
                break


def _roots(trigger: Token, hitting: frozenset[str]) -> list[Token]:
    """Heads of the phrases an act hits: its own arguments, or those of the verb that carries it.

    "frapper des sites", "les frappes ont visé des sites" (the noun is the
    subject of a hitting verb), "des sanctions visant la flotte" (a hitting
    participle on the noun).
    """
    roots = [c for c in trigger.children if c.dep_ in _DOWN_DEPS]
    if trigger.pos_ != "NOUN":
        return roots
    head = trigger.head
    if trigger.dep_.startswith("nsubj") and head.lemma_ in hitting:
        roots.extend(c for c in head.children if c.dep_ in _DOWN_DEPS)
    for child in trigger.children:
        if child.dep_ == "acl" and child.lemma_ in hitting:
            roots.extend(c for c in child.children if c.dep_ in _DOWN_DEPS)
    return roots


def _landed(trigger: Token, hitting: frozenset[str], blows: frozenset[str]) -> bool:
    """True for a shot noun that hit or aimed at something: an attack, not a weapons test.

    Example:
        >>> # "des tirs de roquettes ont visé Sdérot" → True; "un tir de missile en mer" → False
    """
    if trigger.lemma_ not in blows:
        return False
    if trigger.dep_.startswith("nsubj") and trigger.head.lemma_ in hitting:
        return True
    return any(c.dep_ == "acl" and c.lemma_ in hitting for c in trigger.children)


def _walk(roots: list[Token], off: frozenset[str], stop: set[int]) -> Iterator[Token]:
    """Words of the target phrases, nearest first, never through an off-target preposition.

    Only nominal dependents are followed, so a relative clause or another
    verb's arguments ("… qui ravitaillait des pêcheurs") stay out.
    """
    layer = [r for r in roots if r.i not in stop and case_of(r) not in off]
    for _ in range(_MAX_DEPTH):
        if not layer:
            return
        yield from layer
        layer = [
            c
            for t in layer
            for c in t.children
            if c.dep_ in _DOWN_DEPS and c.i not in stop and case_of(c) not in off
        ]


def party_at(token: Token, index: ActorIndex, lexicon: Lexicon) -> Party | None:
    """The party a word of a target phrase names: an actor, a demonym on it, or a city."""
    span = index.span_at(token)
    if span is not None:
        parties = index.parties_of(span)
        if len(parties) == 1:
            return parties[0]
        return None
    # "des sanctions contre des entreprises américaines": a company, not its state.
    named_by_state = token.lemma_.lower() not in lexicon.cue("non_state_nouns")
    for child in token.children:
        if child.dep_ != "amod" or not named_by_state:
            continue
        found = demonym_party(child, lexicon)
        if found is not None:
            return found
    if token.pos_ == "PROPN" and token.text[:1].isupper():
        city = lexicon.cities.get(fold(token.text))
        if city is not None:
            return Party(city[0], city[1], "state", token.idx, token.idx + len(token.text))
    return None


def traded_blows(frames: list[Frame], lexicon: Lexicon) -> list[Frame]:
    """Blows two sides trade are attacks of each on the other; the trading verb gives no row.

    Example:
        >>> # "L'Inde et le Pakistan ont échangé des tirs" → ASSAULT Inde → Pakistan and back
    """
    verbs = lexicon.cue("blow_exchange_verbs")
    blows = lexicon.cue("exchanged_blow_nouns")
    by_trigger = {frame.trigger.i: frame for frame in frames}
    dropped: set[int] = set()
    for frame in frames:
        verb = frame.trigger
        if verb.pos_ != "VERB" or verb.lemma_ not in verbs or len(frame.actors) < 2:
            continue
        for child in verb.children:
            if child.dep_ != "obj" or child.lemma_ not in blows:
                continue
            nested = by_trigger.get(child.i)
            if nested is None or nested.actors or nested.partners:
                continue
            nested.event_type = "ASSAULT"
            nested.actors, nested.mutual = list(frame.actors), True
            nested.anchors = [*nested.anchors, *(a for a in frame.anchors if a not in nested.anchors)]
            nested.rule, nested.confidence = "traded_blows", frame.confidence
            dropped.add(id(frame))
            break
    return [frame for frame in frames if id(frame) not in dropped]


def demonym_party(word: Token, lexicon: Lexicon) -> Party | None:
    """The party the demonym ``word`` names, spanning that word ("érythréen" → Érythrée), if any."""
    found = lexicon.demonyms.get(tuple(pieces(word.text)))
    if found is None:
        return None
    return Party(found[0], found[1], found[2], word.idx, word.idx + len(word.text))
