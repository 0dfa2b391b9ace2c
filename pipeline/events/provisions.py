"""What an agreement lays down: the events its text provides for, between its signatories.

An agreement often names its content as event nouns: "un protocole sur la
formation de pilotes maliens", "l'accord prévoit la réouverture de la
frontière et la libération des prisonniers". A bare complement names the
agreement's kind ("un accord de coopération", "l'accord de cessez-le-feu"):
the agreement itself, no content of its own. Each such
noun is an event of its own (spec section 1), planned and left undated (the
signing date is the agreement's, not the content's). Its parties are the
agreement's two sides: a symmetric content (partenariat, coopération) joins
them; a directed one goes to the side its phrase names ("pilotes maliens":
Mali receives the training) or, when it names neither, both ways ("la
réouverture de la frontière").
"""

from __future__ import annotations

from spacy.tokens import Token

from pipeline.events.arguments import ActorIndex, Party, case_class, parties_at
from pipeline.events.frame import Frame
from pipeline.events.lexicon import Lexicon

#: Directed content with more sides than this cannot be given a direction.
_DIRECTED_SIDES = 2
#: Symmetric content among more parties than this is a multilateral text: too vague.
_MAX_SIDES = 3


def _agreement_holder(noun: Token, lexicon: Lexicon) -> Token | None:
    """The agreement noun whose content ``noun`` states, or None.

    Two shapes: the noun hangs on the agreement noun ("un protocole sur la
    formation", "un accord de partenariat"), or it is the object of a
    provision verb whose subject is the agreement ("l'accord prévoit la
    réouverture"). Coordinated contents share their first one's holder, even
    when the parser hangs the second on the first one's genitive ("la
    réouverture de la frontière et la libération …").
    """
    while noun.dep_ == "conj" and noun.head.pos_ == "NOUN":
        noun = noun.head
        candidates = [noun, noun.head] if noun.dep_ == "nmod" else [noun]  # the genitive of an earlier content
        for candidate in candidates:
            holder = _direct_holder(candidate, lexicon)
            if holder is not None and _is_agreement(holder, lexicon):
                return holder
    return _direct_holder(noun, lexicon)


def _direct_holder(noun: Token, lexicon: Lexicon) -> Token | None:
    """The agreement candidate of a content noun that is not coordinated."""
    head = noun.head
    if noun.dep_ == "nmod" and case_class(noun) in lexicon.cue("provision_prepositions"):
        return head
    if noun.dep_ == "obj" and head.lemma_ in lexicon.cue("provision_verbs"):
        subjects = [c for c in head.children if c.dep_ == "nsubj"]
        if subjects and subjects[0].pos_ == "PRON" and head.dep_ == "acl:relcl":
            return head.head  # "un accord qui prévoit …": the antecedent
        return subjects[0] if subjects else None
    return None


def _is_agreement(noun: Token, lexicon: Lexicon) -> bool:
    """True for a noun that names an agreement text ("accord", "protocole", "le texte")."""
    if noun.lemma_ in lexicon.cue("provision_texts"):
        return True
    entry = lexicon.match(noun)
    return entry is not None and entry.event_type == "AGREE"


def _sides(holder: Token, agreements: list[Frame]) -> list[Party]:
    """The signatories of the agreement ``holder``: parties of its best-filled AGREE frame."""
    best: list[Party] = []
    for frame in agreements:
        tokens = {frame.trigger.i} | {a.i for a in frame.anchors}
        if holder.i not in tokens and frame.trigger.head.i != holder.i:
            continue  # "l'accord signé par A et B": the participle's frame counts too
        parties = _distinct(frame.actors + frame.partners)
        if len(parties) > len(best):
            best = parties
    return best


def _distinct(parties: list[Party]) -> list[Party]:
    """One party per code, in order of mention."""
    seen: set[str] = set()
    kept = []
    for party in parties:
        if party.key not in seen:
            seen.add(party.key)
            kept.append(party)
    return kept


def _named_sides(noun: Token, sides: list[Party], index: ActorIndex, places: frozenset[str]) -> list[Party]:
    """Sides the content's own phrase names ("pilotes maliens"), outside agents and coordinates.

    "la libération de soldats togolais détenus par le Ghana": Togo is named,
    the Ghana of the agent phrase is who holds them, not who receives;
    nor does a place after one of ``places`` ("de pilotes au Kenya").
    """
    codes = {
        party.key
        for child in noun.children
        if child.dep_ == "amod" or (child.dep_ == "nmod" and case_class(child) == "de")
        for party in parties_at(child, index, frozenset(_foreign_tokens(child, places)))
    }
    return [side for side in sides if side.key in codes]


def _foreign_tokens(phrase: Token, places: frozenset[str]) -> list[int]:
    """Tokens of ``phrase`` that name someone else than the content's beneficiary.

    Agent phrases ("détenus par le Ghana") name who acts; coordinated
    phrases ("… et la libération de X") belong to another content, and
    phrases of place (prepositions ``places``: "au Kenya") are no beneficiary.
    """
    return [
        t.i
        for head in phrase.subtree
        if head.i != phrase.i and (head.dep_ in ("obl:agent", "conj") or case_class(head) in places)
        for t in head.subtree
    ]


def agreement_provisions(frames: list[Frame], index: ActorIndex, lexicon: Lexicon, symmetric: frozenset[str]) -> None:
    """Give each content noun of an agreement the agreement's sides, planned and undated.

    Example:
        >>> # "Le Kenya et l'Ouganda ont signé un protocole sur la formation de
        >>> #   policiers ougandais" → AID Kenya → Ouganda, planned
    """
    agreements = [f for f in frames if f.event_type == "AGREE"]
    gifts = lexicon.upper_cue("benefit_types")
    places = lexicon.cue("provision_place_prepositions")
    for frame in frames:
        noun = frame.trigger
        if frame.event_type == "AGREE" or noun.pos_ != "NOUN":
            continue
        if not any(c.dep_ == "det" for c in noun.children):
            continue  # "un accord de coopération", "l'accord de cessez-le-feu": the agreement's kind, not a content
        holder = _agreement_holder(noun, lexicon)
        if holder is None or not _is_agreement(holder, lexicon):
            continue
        sides = _sides(holder, agreements)
        if not 2 <= len(sides) <= _MAX_SIDES:
            continue
        named = _named_sides(noun, sides, index, places)
        if not named and frame.event_type in gifts:
            continue  # "un accord de prêt": who lends to whom, the phrase does not say
        _give_sides(frame, sides, named, symmetric)


def _give_sides(frame: Frame, sides: list[Party], named: list[Party], symmetric: frozenset[str]) -> None:
    """Set the content frame's parties from the sides; planned, undated."""
    if frame.event_type in symmetric:
        frame.actors, frame.partners, frame.mutual = sides, [], True
    elif len(sides) != _DIRECTED_SIDES:
        return
    elif len(named) == 1:
        # "la formation de pilotes maliens": the named side receives it.
        frame.actors = [s for s in sides if s.key != named[0].key]
        frame.partners, frame.mutual = named, False
    else:
        # "la réouverture de la frontière": each side towards the other.
        frame.actors, frame.partners, frame.mutual = sides, [], True
    frame.modality, frame.date = "planned", None
    frame.rule, frame.confidence = "agreement_provision", 0.6
