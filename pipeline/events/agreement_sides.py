"""Unattributed agreements of a conflict story bind the story's two sides.

A report on a two-sided crisis often recalls the truce or the accord that
once calmed it without naming who signed it: "L'accord de cessez-le-feu
conclu le 4 mai, sous l'égide de Nairobi, avait mis fin aux combats",
"avant qu'une trêve ne soit signée le 2 juin", "appliquer l'accord conclu
en 2021". When the story as a whole opposes one pair of parties, those two
signed it (AGREE between them, dated by the participle). A named
agreement ("l'accord de Lomé") may bind anyone: it is left alone.
"""

from __future__ import annotations

from spacy.tokens import Token

from pipeline.events.arguments import Party, case_of
from pipeline.events.disputants import dominant_pair
from pipeline.events.frame import Frame
from pipeline.events.lexicon import Lexicon
from pipeline.events.sides import conflict_sides, requested
from pipeline.morph import features


def _is_agreement(noun: Token, lexicon: Lexicon) -> bool:
    """True for a noun of agreement or of truce ("accord", "traité", "cessez-le-feu")."""
    entry = lexicon.match(noun)
    if entry is None:
        return False
    return entry.event_type == "AGREE" or entry.word_class in lexicon.cue("truce_classes")


def _named(noun: Token, possessives: frozenset[str]) -> bool:
    """True for an agreement named after a place or a party, or owned ("l'accord de Lomé", "leur accord").

    A possessive points back to parties the clause names, whose own frame has
    them. The word list backs up the Poss feature, which the parser may leave out.
    """
    return any(
        (c.dep_ == "nmod" and c.pos_ == "PROPN" and case_of(c) in ("de", "d'"))
        or (c.dep_ == "det" and ("Yes" in features(c, "Poss") or c.lower_ in possessives))
        for c in noun.children
    )


def _agrees(participle: Token, noun: Token) -> bool:
    """True unless the participle's gender or number contradicts the noun's ("ratification … signé")."""
    for feature in ("Gender", "Number"):
        mine, its = features(participle, feature), features(noun, feature)
        if mine and its and not set(mine) & set(its):
            return False
    return True


def _agreed_noun(verb: Token, noun: Token, lexicon: Lexicon) -> Token:
    """The agreement noun a participle hung on a noun of the act really qualifies.

    "la ratification de leur accord, signé en juillet": the parser hangs the
    participle on "ratification", but "signé" agrees with "accord".
    """
    if _agrees(verb, noun):
        return noun
    for child in noun.children:
        if child.dep_ == "nmod" and _is_agreement(child, lexicon) and _agrees(verb, child):
            return child
    return noun


def signed_agreement(verb: Token, lexicon: Lexicon) -> Token | None:
    """The agreement noun a signing verb recalls without its signatories, or None.

    Example:
        >>> # "l'accord conclu en 2021" → accord; "une trêve a été signée" → trêve;
        >>> #   "le Kenya a signé un accord" → None (the clause names a signatory)
    """
    entry = lexicon.match(verb)
    if entry is None or entry.word_class not in lexicon.cue("past_agreement_classes"):
        return None
    if any(c.dep_ == "nsubj" for c in verb.children):
        return None
    if verb.dep_ == "acl" and verb.head.pos_ == "NOUN":
        noun = _agreed_noun(verb, verb.head, lexicon)
    else:
        subjects = [c for c in verb.children if c.dep_ == "nsubj:pass"]
        if not subjects:
            return None
        noun = subjects[0]
    if not _is_agreement(noun, lexicon) and noun.dep_ == "nmod" and noun.head.pos_ == "NOUN":
        noun = noun.head  # "l'accord de paix conclu en 2021": the participle may hang on "paix"
    named = _named(noun, lexicon.cue("possessive_words"))
    return noun if _is_agreement(noun, lexicon) and not named else None


def _governing_clash(frames: list[Frame], frame: Frame, clashes: frozenset[str]) -> list[Party]:
    """The two parties of a clash that governs the signing ("A accuse B de violer l'accord signé …").

    A breach is charged by one signatory against the other.
    """
    for other in frames:
        if other.event_type not in clashes or len(other.actors) != 1 or len(other.partners) != 1:
            continue
        if frame.trigger in other.trigger.subtree and other.actors[0].key != other.partners[0].key:
            return [other.actors[0], other.partners[0]]
    return []


def story_sides(frames: list[Frame], frame: Frame, lexicon: Lexicon, symmetric: frozenset[str]) -> list[Party]:
    """The pair the story's fighting, else its clashes before ``frame``, opposes ([] when none dominates).

    Example:
        >>> # [ASSAULT Soudan → Soudan du Sud] ×3 → [Soudan, Soudan du Sud]
    """
    for types in ("truce_counting_types", "side_counting_types"):
        pair = conflict_sides(frames, lexicon.upper_cue(types), symmetric)
        if pair is not None:
            return list(pair)
    return dominant_pair(frames, frame, lexicon.upper_cue("clash_types"))


def agreement_sides(frames: list[Frame], lexicon: Lexicon, symmetric: frozenset[str]) -> None:
    """Give a signing that names no signatory the story's two sides.

    Example:
        >>> # [ASSAULT Soudan → Soudan du Sud] ×3 … "l'accord conclu le 4 mai"
        >>> #   → AGREE Soudan ↔ Soudan du Sud (conclure)
    """
    for frame in frames:
        if frame.event_type != "AGREE" or frame.actors or frame.partners:
            continue
        if frame.modality == "hypothetical" or frame.trigger.pos_ != "VERB":
            continue
        if signed_agreement(frame.trigger, lexicon) is None:
            continue
        # "appeler à ce qu'une trêve soit signée" asks for it; "appeler à appliquer
        # l'accord conclu en 2021" recalls a past signing (a participle on the noun).
        if frame.trigger.dep_ != "acl" and requested(frame, frames):
            continue
        pair = _governing_clash(frames, frame, lexicon.upper_cue("clash_types"))
        pair = pair or story_sides(frames, frame, lexicon, symmetric)
        if len(pair) != 2:
            continue
        frame.actors, frame.mutual = pair, True
        frame.rule, frame.confidence = f"{frame.rule}_story_sides", frame.confidence - 0.15
