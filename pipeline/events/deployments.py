"""Where troops go or leave: the place of a build-up or withdrawal names its partner.

"Le Maroc a déployé des blindés près de la frontière algérienne",
"manœuvres autour de Taïwan", "des unités non loin du port érythréen
d'Assab", "retirer ses troupes de la frontière finlandaise": the state
named (or qualified by a demonym) at the place is the side the move is
aimed at or leaves. French builds these places with an adverb
("près", "autour", "le long", "non loin") that the parser attaches
before the noun phrase, so the phrase is read through that adverb.
"""

from __future__ import annotations

from collections.abc import Iterator

from spacy.tokens import Token

from pipeline.events.arguments import ActorIndex, Party, case_of, parties_at
from pipeline.events.frame import Frame
from pipeline.events.launches import inside
from pipeline.events.lexicon import Lexicon
from pipeline.events.sides import requested
from pipeline.events.targets import (  # one reading of a target word for all hostile acts
    demonym_party,
    party_at,
)
from pipeline.morph import features

#: Dependencies that lead from a word to the phrase of its place.
_PLACE_DEPS = frozenset({"obj", "obl", "obl:mod", "obl:arg", "nmod", "dep"})
#: How far down the place phrase a state may sit ("non loin du port érythréen d'Assab").
_MAX_DEPTH = 3


def placed_partners(frames: list[Frame], index: ActorIndex, lexicon: Lexicon) -> None:
    """Give a build-up or withdrawal with no partner the state named at its place.

    Example:
        >>> # "Pékin a organisé des exercices autour de Taïwan." → MOBILIZE Chine → Taïwan
    """
    types = lexicon.upper_cue("placed_types")
    placed_actors(frames, index, lexicon)
    for frame in frames:
        if frame.event_type not in types or frame.partners or not frame.actors:
            continue
        if requested(frame, frames):
            continue  # "appeler Lima à retirer ses troupes": asked for, not done
        keys = {a.key for a in frame.actors}
        stop = {a.i for a in frame.anchors} | {frame.trigger.i}
        allowed = lexicon.cue(f"place_prepositions_{frame.event_type.lower()}")
        for token in _place_words(frame, lexicon, allowed, stop):
            party = party_at(token, index, lexicon) or _demonym_noun(token, lexicon)
            if party is not None and party.key not in keys:
                frame.partners = [party]
                frame.rule, frame.confidence = f"{frame.rule}_place", frame.confidence - 0.1
                break


def placed_actors(frames: list[Frame], index: ActorIndex, lexicon: Lexicon) -> None:
    """The place of a build-up is its partner, never its actor; the actor is the verb's subject.

    "La Chine a achevé trois jours de manœuvres autour de Taïwan": the
    genitive reading makes Taïwan the actor of the drills; it is where they
    happen (the partner), and the drills belong to the subject of the verb
    whose span of days they fill (Chine).

    Example:
        >>> # "Pékin a achevé deux jours d'exercices près du Japon." → actor Chine, partner Japon
    """
    types = lexicon.upper_cue("placed_types")
    adverbs = lexicon.cue("locative_adverbs")
    for frame in frames:
        if frame.event_type not in types:
            continue
        if not frame.actors:
            frame.actors = _span_subject(frame.trigger, index, lexicon)
        placed = [a for a in frame.actors if inside(a, frame.trigger, adverbs)]
        if not placed:
            continue
        frame.actors = [a for a in frame.actors if a not in placed] or _span_subject(frame.trigger, index, lexicon)
        if not frame.partners:
            frame.partners = placed
        frame.rule = f"{frame.rule}_placed_actor"


def _span_subject(trigger: Token, index: ActorIndex, lexicon: Lexicon) -> list[Party]:
    """The subject of the verb whose span of time a build-up fills ("achever deux jours de manœuvres")."""
    holder = trigger.head
    if trigger.dep_ != "nmod" or holder.lemma_.lower() not in lexicon.cue("span_nouns"):
        return []
    verb = holder.head
    if verb.pos_ != "VERB":
        return []
    return [p for c in verb.children if c.dep_ == "nsubj" for p in parties_at(c, index)]


def ship_manoeuvres(frames: list[Frame], lexicon: Lexicon) -> list[Frame]:
    """One manoeuvre of a ship or an aircraft is no drill: coercion when obstructive, else nothing.

    Drills are plural ("des manœuvres"); "une manœuvre de blocage", "une
    manœuvre dangereuse" is a move that coerces the partner; "une manœuvre
    politique" is no event at all. A singular drill stays one when called
    military ("une manœuvre militaire conjointe").

    Example:
        >>> # "Une frégate a effectué une manœuvre d'interception." → COERCE, action interception
    """
    drill = lexicon.cue("singular_drill_words")
    coercive = lexicon.cue("coercive_manoeuvre_words")
    kept: list[Frame] = []
    for frame in frames:
        trigger = frame.trigger
        if frame.event_type != "MOBILIZE" or trigger.lemma_.lower() != "manœuvre" or "Plur" in features(trigger, "Number"):
            kept.append(frame)
            continue
        words = [c for c in trigger.children if c.dep_ in ("amod", "nmod")]
        if any(w.lemma_.lower() in drill for w in words):
            kept.append(frame)
            continue
        blocking = [w for w in words if w.lemma_.lower() in coercive]
        if blocking:
            frame.event_type, frame.rule = "COERCE", f"{frame.rule}_manoeuvre"
            nouns = [w for w in blocking if w.pos_ == "NOUN"]
            frame.action = nouns[0].lemma_.lower() if nouns else frame.action
            kept.append(frame)
    return kept


def _place_words(frame: Frame, lexicon: Lexicon, allowed: frozenset[str], stop: set[int]) -> Iterator[Token]:
    """Words of the place phrases of a frame, nearest first.

    The first layer is the dependents of the trigger and of the verbs
    carrying it; each layer keeps phrases with no preposition (the object)
    or an allowed one, and reads through a locative adverb ("près de",
    "autour de"), also one on an adjective ("des unités massées près de …").
    """
    adverbs = lexicon.cue("locative_adverbs")
    water = lexicon.cue("water_nouns")
    layer = [frame.trigger] + [a for a in frame.anchors if a.pos_ == "VERB"]
    for _ in range(_MAX_DEPTH):
        layer = [c for t in layer for c in _place_children(t, adverbs, allowed, water) if c.i not in stop]
        if not layer:
            return
        yield from layer


def _place_children(
    token: Token, adverbs: frozenset[str], allowed: frozenset[str], water: frozenset[str]
) -> Iterator[Token]:
    """Dependents of ``token`` that head a place phrase, never a sea ("en mer du Japon")."""
    for child in token.children:
        if child.lemma_.lower() in water:
            continue  # a sea named after a state is not that state
        if child.dep_ == "amod":
            yield from _place_children(child, adverbs, allowed, water)  # "blindées près de …"
        elif child.dep_ in ("advmod", "dep") and child.lemma_.lower() in adverbs:
            # "autour de Taïwan": the parser hangs the adverb as advmod or as a bare dep.
            yield from (c for c in child.children if c.dep_ in _PLACE_DEPS and c.lemma_.lower() not in water)
        elif child.dep_ in _PLACE_DEPS and _allowed_case(child, allowed):
            yield child


def _allowed_case(token: Token, allowed: frozenset[str]) -> bool:
    """True for a phrase with no preposition or one of the ``allowed`` place prepositions."""
    case = case_of(token)
    return not case or case in allowed


def _demonym_noun(token: Token, lexicon: Lexicon) -> Party | None:
    """A demonym the parser read as a noun ("du port érythréen": érythréen as nmod)."""
    if token.dep_ not in ("nmod", "amod") or token.i < token.head.i:
        return None
    return demonym_party(token, lexicon)
