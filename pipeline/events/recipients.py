"""Recipients of a gift named by a phrase of benefit: "pour X", "au profit de X".

"Le Canada a annoncé une contribution de 200 millions de dollars pour le
Niger", "des livraisons de blindés à destination de l'Ukraine", "un prêt
en faveur de la Tunisie": the phrase names who receives the aid, but its
preposition is not one of a partner ("pour" is a purpose too often). Only
a phrase whose own head is an actor mention counts, so that "des armes
pour sa guerre en Ukraine" keeps no recipient.
"""

from __future__ import annotations

from collections.abc import Callable, Iterator

from spacy.tokens import Token

from pipeline.events.arguments import ActorIndex, Party, case_class, case_of, parties_at
from pipeline.events.frame import Frame

#: Dependencies under which a phrase of benefit hangs (on the trigger or its object).
_PHRASE_DEPS = ("obl", "nmod")
_OBJECT_DEPS = frozenset({"obj", "nmod", "nsubj:pass"})


def _benefit_phrases(head: Token, prepositions: frozenset[str], nouns: frozenset[str]) -> Iterator[Token]:
    """Heads named after a benefit preposition, or after a benefit noun, below ``head``.

    Example:
        >>> # "livrer des chars pour la Pologne" → [Pologne]; "au profit de la Pologne" → [Pologne]
    """
    for child in head.children:
        if not child.dep_.startswith(_PHRASE_DEPS):
            continue
        if case_of(child) in prepositions:
            yield child
        elif child.lemma_.lower() in nouns:
            # "au profit de X", "à destination de X": X hangs from the noun.
            yield from (g for g in child.children if g.dep_ == "nmod" and case_of(g) in ("de", "du", "des", "d'"))


def benefit_parties(frame: Frame, index: ActorIndex, prepositions: frozenset[str],
                    nouns: frozenset[str]) -> list[Party]:
    """The parties of the first phrase of benefit on the trigger, its anchors or its objects.

    Read whether or not the gift has a giver.

    Example:
        >>> # "Les donateurs promettent 2 milliards pour le Yémen" → [Yémen]
    """
    heads = [frame.trigger, *frame.anchors]
    heads += [c for h in list(heads) for c in h.children if c.dep_ in _OBJECT_DEPS and c.pos_ == "NOUN"]
    keys = {a.key for a in frame.actors}
    for head in heads:
        for phrase in _benefit_phrases(head, prepositions, nouns):
            if index.span_at(phrase) is None:
                continue  # "pour sa guerre en Ukraine": a purpose, not a beneficiary
            parties = [p for p in parties_at(phrase, index) if p.key not in keys]
            if parties:
                return parties
    return []


def benefit_recipients(frames: list[Frame], index: ActorIndex, types: frozenset[str],
                       prepositions: frozenset[str], nouns: frozenset[str]) -> None:
    """Give each gift that has a giver but no recipient the party of its phrase of benefit.

    Args:
        frames: The sentence's frames, changed in place.
        index: The Doc's actor mentions.
        types: Event types that have a recipient (AID).
        prepositions: Prepositions of benefit ("pour", "envers").
        nouns: Nouns of benefit whose genitive is the recipient ("profit", "destination").

    Example:
        >>> # "Oslo a promis 5 millions d'euros pour le Soudan" → partners [Soudan]
    """
    give_recipients(
        frames, types, lambda frame: benefit_parties(frame, index, prepositions, nouns), "benefit", 0.05
    )


def give_recipients(
    frames: list[Frame], types: frozenset[str], find: Callable[[Frame], list[Party]], tag: str, cost: float
) -> None:
    """Give each act of ``types`` with an actor but no partner what ``find`` reads for it.

    The found partners are tagged ``tag`` in the frame's rule and cost ``cost`` of confidence.

    Example:
        >>> # "Oslo a promis 5 millions pour le Soudan", with ``find`` reading "pour le Soudan"
        >>> # give_recipients(frames, frozenset({"AID"}), find, "benefit", 0.05) → partners [Soudan]
    """
    for frame in frames:
        if frame.event_type not in types or not frame.actors or frame.partners:
            continue
        found = find(frame)
        if found:
            frame.partners = found
            frame.rule, frame.confidence = f"{frame.rule}_{tag}", frame.confidence - cost


#: Dependencies of a dative phrase or clitic below a verb, noun or participle.
_DATIVE_DEPS = frozenset({"obl:arg", "obl", "obl:mod", "nmod", "iobj"})
#: Modifiers of a gift noun that may carry its dative ("une aide accrue à X").
_MODIFIER_DEPS = frozenset({"amod", "acl"})


def _dative_heads(frame: Frame) -> list[Token]:
    """The trigger, its participle or adjective modifiers, and its support verbs.

    Example:
        >>> # "promettre une aide accrue à X" → [aide, accrue, promettre]
    """
    trigger = frame.trigger
    modifiers = [c for c in trigger.children if c.dep_ in _MODIFIER_DEPS and c.pos_ in ("VERB", "ADJ")]
    return [trigger, *modifiers, *(a for a in frame.anchors if a.pos_ in ("VERB", "AUX") and a != trigger)]


def dative_parties(frame: Frame, index: ActorIndex) -> list[Party]:
    """The parties of the first dative phrase or object clitic on the gift's heads.

    Example:
        >>> # "Washington a réaffirmé son soutien appuyé à Manille" → [Philippines]
        >>> # "on accuse Téhéran de leur fournir des drones" → whoever "leur" stands for
    """
    keys = {a.key for a in frame.actors}
    for head in _dative_heads(frame):
        for child in head.children:
            # The parser reads "leur" in "de leur fournir des missiles" as a direct object.
            clitic = child.pos_ == "PRON" and child.lower_ in ("lui", "leur") and head.pos_ == "VERB"
            if child.dep_ not in _DATIVE_DEPS and not (clitic and child.dep_ == "obj"):
                continue
            # "à", "au", "aux": the dative preposition, contracted or not.
            if not clitic and (case_class(child, index.context) != "à" or index.span_at(child) is None):
                continue  # "une aide à la reconstruction": a purpose, not a recipient
            parties = [p for p in parties_at(child, index) if p.key not in keys]
            if parties:
                return parties
    return []


def dative_recipients(frames: list[Frame], index: ActorIndex, types: frozenset[str]) -> None:
    """Give each gift or support with an actor but no partner the party of its dative.

    The parser often hangs the "à" phrase on a participle of the noun
    ("une aide accrue à l'armée libanaise") or reads an object clitic as
    the verb's direct object ("de leur fournir des missiles"), so the frame
    rules miss it.

    Args:
        frames: The sentence's frames, changed in place.
        index: The Doc's actor mentions.
        types: Event types whose partner receives the act (AID, SUPPORT).

    Example:
        >>> # "Oslo a apporté son soutien appuyé à Kiev" → partners [Ukraine]
    """
    for frame in frames:
        if frame.event_type not in types or not frame.actors or frame.partners:
            continue
        recipients = dative_parties(frame, index)
        if recipients:
            frame.partners = recipients
            frame.rule, frame.confidence = f"{frame.rule}_dative", frame.confidence - 0.1
