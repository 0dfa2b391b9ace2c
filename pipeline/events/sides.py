"""The two sides of a conflict: truces between them and build-ups against each other.

A truce binds the two sides that fight, each towards the other: "un
cessez-le-feu entre Lima et Quito" is Pérou → Équateur and Équateur →
Pérou. Many sentences of a conflict story leave the sides unsaid ("Une
trêve avait été conclue le 3 mars", "Quito a massé des blindés à la
frontière"): when the document as a whole opposes exactly one pair of
parties, those are the sides. The pair must dominate the document's
hostile acts clearly, so that a story with several quarrels gives nothing.
"""

from __future__ import annotations

from collections import Counter

from pipeline.events.arguments import ActorIndex, Party, case_of, parties_at
from pipeline.events.frame import Frame, dyads
from pipeline.events.lexicon import Lexicon

#: The leading pair of hostile parties must be seen at least this often …
_MIN_PAIR_COUNT = 2
#: … and this many times as often as the next pair.
_DOMINANCE = 2


def is_truce(frame: Frame, lexicon: Lexicon) -> bool:
    """True for a frame stated by a word of the truce classes ("cessez-le-feu", "trêve").

    Example:
        >>> # frame of "une trêve entre A et B" → True; of "le retrait des troupes" → False
    """
    return _of_class(frame, lexicon, lexicon.cue("truce_classes"))


def truces_between(frames: list[Frame], index: ActorIndex, lexicon: Lexicon) -> None:
    """A truce "entre A et B" has A and B as its two sides, whoever announces it.

    "Le Chili a salué l'entrée en vigueur de la trêve entre le Pérou et
    l'Équateur" → Pérou ↔ Équateur (each side towards the other), not Chili.
    The "entre" phrase may hang on the noun that carries the truce
    ("l'entrée en vigueur", "la violation").
    """
    for frame in frames:
        if frame.trigger.pos_ != "NOUN" or not is_truce(frame, lexicon) or _brokered(frame, lexicon):
            continue
        holders = [frame.trigger]
        if frame.trigger.dep_ == "nmod" and frame.trigger.head.pos_ == "NOUN":
            holders.append(frame.trigger.head)
        sides = [
            party
            for holder in holders
            for child in holder.children
            if child.dep_ in ("nmod", "obl:mod", "obl") and case_of(child) == "entre"
            for party in parties_at(child, index)
        ]
        if len({p.key for p in sides}) >= 2:
            frame.actors, frame.partners, frame.mutual = sides, [], True
            frame.rule = f"{frame.rule}_truce_sides"


def conflict_sides(frames: list[Frame], types: frozenset[str], symmetric: frozenset[str]) -> tuple[Party, Party] | None:
    """The one pair of parties the document's hostile acts oppose, if one pair dominates.

    Example:
        >>> # frames Inde → Pakistan ASSAULT ×2, Pakistan → Inde ACCUSE → (Inde, Pakistan)
    """
    counts: Counter[tuple[str, str]] = Counter()
    seen: dict[str, Party] = {}
    for frame in frames:
        if frame.event_type not in types:
            continue
        for actor, partner in dyads(frame, symmetric):
            if _loose(actor) or _loose(partner):
                continue
            first, second = sorted((actor.key, partner.key))
            counts[(first, second)] += 1
            seen.setdefault(actor.key, actor)
            seen.setdefault(partner.key, partner)
    ranked = counts.most_common(2)
    if not ranked or ranked[0][1] < _MIN_PAIR_COUNT:
        return None
    if len(ranked) == 2 and ranked[0][1] < _DOMINANCE * ranked[1][1]:
        return None
    first, second = ranked[0][0]
    return seen[first], seen[second]


def state_sides(frames: list[Frame], types: frozenset[str], symmetric: frozenset[str]) -> tuple[Party, Party] | None:
    """The two sides of :func:`conflict_sides`, each named by its state when the story names it.

    A side is counted by its code, so "Gedion Timothewos" (ETH) may be the
    first mention read for Éthiopie; a side filled into a row is the state
    (or organisation) itself whenever one of the counted acts names it.

    Example:
        >>> # Gedion Timothewos (ETH) → Érythrée ACCUSE, Éthiopie → Érythrée MOBILIZE
        >>> #   → (Éthiopie, Érythrée)
    """
    pair = conflict_sides(frames, types, symmetric)
    if pair is None:
        return None
    named: dict[str, Party] = {}
    for frame in frames:
        if frame.event_type in types:
            for party in frame.actors + frame.partners:
                if party.kind != "person":
                    named.setdefault(party.key, party)  # a side is its state, not one official
    return named.get(pair[0].key, pair[0]), named.get(pair[1].key, pair[1])


def side_partners(frames: list[Frame], lexicon: Lexicon, symmetric: frozenset[str]) -> None:
    """Give build-ups and truces that leave a side unsaid the document's two sides.

    "Quito a massé des blindés à la frontière" in a story of the
    Pérou–Équateur conflict → Équateur → Pérou MOBILIZE; "Une trêve avait
    été conclue le 3 mars" → Pérou ↔ Équateur RETREAT.
    """
    taking = lexicon.upper_cue("side_taking_types")
    verbal = lexicon.upper_cue("side_taking_verb_types")
    # A truce binds those who fight; a build-up faces whoever the story opposes.
    fighting = conflict_sides(frames, lexicon.upper_cue("truce_counting_types"), symmetric)
    hostile = state_sides(frames, lexicon.upper_cue("side_counting_types"), symmetric)
    for frame in frames:
        truce = is_truce(frame, lexicon)
        if truce and fighting is not None and _third_party_truce(frame, fighting):
            # "Brasília a annoncé un cessez-le-feu entre les deux pays": the speaker is no side.
            frame.actors, frame.partners, frame.mutual = list(fighting), [], True
            frame.rule = f"{frame.rule}_truce_sides"
            continue
        if frame.partners or requested(frame, frames) or is_untargeted(frame, lexicon):
            continue
        pair = fighting if truce else hostile
        if pair is None:
            continue
        if truce and not frame.actors and _stated(frame) and frame.modality != "hypothetical":
            frame.actors, frame.mutual = list(pair), True
        elif (truce or _takes_sides(frame, taking, verbal)) and len(frame.actors) == 1:
            other = _other_side(frame.actors[0], pair)
            if other is None:
                continue
            frame.partners = [other]
        else:
            continue
        frame.rule, frame.confidence = f"{frame.rule}_sides", frame.confidence - 0.15


def _takes_sides(frame: Frame, taking: frozenset[str], verbal: frozenset[str]) -> bool:
    """True for an act that, aimed at nobody named, faces the other side of the story.

    Example:
        >>> # MOBILIZE "a massé des blindés" → True; THREATEN "a averti que …" → True;
        >>> #   THREATEN "face aux menaces de Quito" → False
    """
    return frame.event_type in taking or (frame.event_type in verbal and frame.trigger.pos_ == "VERB")


def is_untargeted(frame: Frame, lexicon: Lexicon) -> bool:
    """True for an act aimed at nobody, such as a weapons test ("un essai de missile").

    A test shows force to the world at large: the document's other side is
    not its partner, even in a story of one conflict.

    Example:
        >>> # frame of "Quito a procédé à un essai de missile" → True; of "a massé des blindés" → False
    """
    if frame.rule.endswith("_test"):  # a launch with no target (pipeline.events.launches)
        return True
    return _of_class(frame, lexicon, lexicon.cue("untargeted_classes"))


def _of_class(frame: Frame, lexicon: Lexicon, classes: frozenset[str]) -> bool:
    """True when the noun entry of the trigger's lemma or of the frame's action is of one of ``classes``."""
    entries = lexicon.nouns.get(frame.trigger.lemma_.lower(), []) + lexicon.nouns.get(frame.action, [])
    return any(entry.word_class in classes for entry in entries)


def _third_party_truce(frame: Frame, pair: tuple[Party, Party]) -> bool:
    """True for a truce frame given as done by a third party towards both sides of the conflict.

    A truce binds only those who fight: an announcer or a witness read as its
    actor ("Brasília a annoncé une trêve entre les deux pays") is no side.

    Example:
        >>> # Brésil → {Pérou, Équateur} RETREAT in a Pérou–Équateur story → True
    """
    sides = {p.key for p in pair}
    return (
        bool(frame.actors)
        and not {a.key for a in frame.actors} & sides
        and {p.key for p in frame.partners} == sides
    )


def requested(frame: Frame, frames: list[Frame]) -> bool:
    """True for an act someone asks or demands ("appeler Lima à retirer ses troupes"): not done.

    Example:
        >>> # frame of "retirer" under the REQUEST frame of "appeler" → True
    """
    # An ancestor test walks up from the trigger (a few Tokens) instead of
    # building the request's whole subtree for every pair of frames.
    trigger = frame.trigger
    return any(
        other.event_type == "REQUEST" and other is not frame
        and (other.trigger.i == trigger.i or other.trigger.is_ancestor(trigger))
        for other in frames
    )


def _brokered(frame: Frame, lexicon: Lexicon) -> bool:
    """True for a truce someone obtains for others ("Luanda a négocié une trêve entre …").

    That sentence is read as the broker's talks and the sides' agreement by
    other rules; the truce's own sides are not filled here. A truce someone
    only announces or confirms ("Brasília a annoncé une trêve entre Lima et
    Quito") binds its sides: the speaker is no side of it.
    """
    trigger = frame.trigger
    if trigger.head.lemma_.lower() in lexicon.cue("reporting_verbs"):
        return False
    return trigger.dep_ == "obj" and any(c.dep_ == "nsubj" for c in trigger.head.children)


def _stated(frame: Frame) -> bool:
    """True for a truce stated as a happening, not named inside an adverbial phrase.

    "Une trêve a été conclue", "l'accord de trêve signé" state it; "en
    violation de la trêve" only refers to one.
    """
    phrase = frame.trigger
    while phrase.dep_ == "nmod" and case_of(phrase) in ("de", "du", "des", "d'") and phrase.head.pos_ == "NOUN":
        phrase = phrase.head
    # "en violation de …", "depuis la fin de …": a phrase behind a preposition refers.
    return not phrase.dep_.startswith("obl") and not case_of(phrase)


def _loose(party: Party) -> bool:
    """True for a party too loose to be a side of a conflict: a person with no state."""
    return not party.code and party.kind == "person"


def _other_side(actor: Party, pair: tuple[Party, Party]) -> Party | None:
    """The side facing ``actor``, or None when the actor is neither side.

    A person speaks for the side of their state ("le ministre grec Nikos
    Dendias" is on the Grèce side of a Grèce–Turquie story).
    """
    first, second = (_marks(side) for side in pair)
    own = _marks(actor)
    if own & first and not own & second:
        return pair[1]
    if own & second and not own & first:
        return pair[0]
    return None


def _marks(party: Party) -> set[str]:
    """The key and the code a party is known by."""
    return {party.key, party.code} - {""}  # no code: the key alone
