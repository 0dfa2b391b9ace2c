"""Modality of an event: asserted, planned, cancelled, negated or hypothetical.

Read from the morphology (``Tense=Fut``, ``Mood=Cnd``) and from cue words
around the trigger and the verbs that govern it: "va signer", "prévoit de
fournir", "s'apprête à accueillir" (planned); "le sommet a été annulé"
(cancelled); "n'a jamais organisé" (negated); "pourrait signer", "n'exclut
pas une coopération" (hypothetical).
"""

from __future__ import annotations

from collections.abc import Iterable, Iterator

from spacy.tokens import Token

from pipeline.doc_context import DocContext
from pipeline.events.lexicon import Lexicon

ASSERTED, PLANNED, CANCELLED, NEGATED, HYPOTHETICAL = (
    "asserted", "planned", "cancelled", "negated", "hypothetical",
)


def _neighbourhood(anchors: Iterable[Token]) -> Iterator[Token]:
    """The anchors, their auxiliaries, adverbs, modifiers, and the verb a noun depends on."""
    for anchor in anchors:
        yield anchor
        for child in anchor.children:
            if child.dep_.startswith(("aux", "advmod", "amod", "cop", "det", "mark", "nmod")):
                yield child
        if anchor.pos_ in ("NOUN", "PROPN") and anchor.head.i != anchor.i:
            yield anchor.head


def is_negated(token: Token, lexicon: Lexicon, context: DocContext | None = None) -> bool:
    """True if "ne … pas/jamais/plus" or "aucun" bears on ``token``.

    ``context`` is the Doc's :class:`DocContext` (built from the token's Doc when None).

    Example:
        >>> # "Le Japon n'a jamais organisé de sommet" → True for "organisé"
    """
    context = context or DocContext(token.doc)
    adverbs = lexicon.cue("negation_adverbs")
    determiners = lexicon.cue("negation_determiners")
    children = context.children[token.i]
    lowers, deps = context.lowers, context.deps
    has_ne = any(lowers[c] in ("ne", "n'", "n’") for c in children)
    for child in children:
        lower = lowers[child]
        if lower == "plus" and not has_ne:
            continue  # "plus de la moitié de l'aide" is a quantity, not "ne … plus"
        if deps[child].startswith("advmod") and lower in adverbs:
            return True
        if deps[child] == "det" and lower in determiners:
            return True
    return False


def modality_of(anchors: list[Token], lexicon: Lexicon, context: DocContext | None = None) -> str:
    """The modality of the event whose trigger and governing verbs are ``anchors``.

    Precedence: cancelled, then "n'exclut pas" (hypothetical), negated,
    hypothetical, planned, asserted. ``context`` is the Doc's
    :class:`DocContext` (built from the anchors' Doc when None).

    Example:
        >>> # anchors of "fournir" in "Tokyo prévoit de fournir …" → "planned"
    """
    # The trigger's neighbourhood, then its governors': the second part is read again below.
    own = list(_neighbourhood(anchors[:1]))
    around = own + list(_neighbourhood(anchors[1:]))
    # Each Token attribute is a string look-up: read the words from the Doc's columns.
    context = context or DocContext(anchors[0].doc)
    lowers = [context.lowers[t.i] for t in around]
    lemma_list = [context.lemmas[t.i] for t in around]
    lemmas = set(lemma_list) | set(lowers)
    if lemmas & lexicon.cue("cancelled_words"):
        return CANCELLED
    verbs = [a for a in anchors if a.pos_ in ("VERB", "AUX", "ADJ")] or anchors[:1]
    negated = any(is_negated(v, lexicon, context) for v in verbs[:2])
    if negated and any(v.lemma_.lower() in lexicon.cue("not_excluding") for v in verbs):
        return HYPOTHETICAL
    if negated or _governed_by(anchors, lexicon.cue("negating_governors")):
        # "n'a jamais organisé", "le litige qui empêcha la signature d'un traité".
        return NEGATED
    if lemmas & lexicon.cue("hypothetical_words"):
        return HYPOTHETICAL
    if _conditional(around) and not _reported_conditional(anchors[0], lexicon):
        return HYPOTHETICAL
    depth = 4 if anchors[0].pos_ in ("VERB", "AUX") else 1
    if _within(anchors[0], lexicon.cue("hypothetical_frames"), depth):
        # "la perspective de voir la Corée du Nord fournir des missiles".
        return HYPOTHETICAL
    marks = lexicon.cue("hypothetical_marks")
    if any(lower in marks and context.deps[t.i] == "mark" for t, lower in zip(around, lowers, strict=True)):
        return HYPOTHETICAL
    # The trigger's own lemma is not a cue ("convenir" is an agreement, "convenir de
    # renforcer" plans the strengthening).
    governors = set(lemma_list[len(own):])
    governors |= {c.lemma_.lower() for c in anchors[0].children if c.dep_.startswith(("amod", "aux"))}
    governors -= _struck_by(anchors[0], lexicon.cue("hitting_verbs"))
    if governors & lexicon.cue("requesting_governors"):
        # "exhorter Pékin à livrer des armes": asked for, not done nor intended by Pékin.
        return HYPOTHETICAL
    planned = lexicon.cue("planned_governors") | lexicon.cue("planned_modifiers")
    if _future(around) or governors & planned:
        return PLANNED
    return ASSERTED


def _struck_by(trigger: Token, hitting: frozenset[str]) -> set[str]:
    """The hitting verb a hostile noun is the subject of: it says where the blow fell.

    "viser à signer" plans the signing, but "des frappes ont visé Alep" tells
    strikes that happened.

    Example:
        >>> # "frappes" in "des frappes ont visé Alep" → {"viser"}
    """
    head = trigger.head
    if trigger.pos_ == "NOUN" and trigger.dep_.startswith("nsubj") and head.lemma_.lower() in hitting:
        return {head.lemma_.lower()}
    return set()


def _governed_by(anchors: list[Token], lemmas: frozenset[str]) -> bool:
    """True if a verb of ``lemmas`` governs the trigger ("empêcher la signature")."""
    for anchor in anchors:
        head = anchor.head
        if head.i != anchor.i and head.pos_ == "VERB" and head.lemma_.lower() in lemmas:
            return True
    return any(a.pos_ == "VERB" and a.lemma_.lower() in lemmas for a in anchors[1:])


def _within(token: Token, lemmas: frozenset[str], depth: int = 4) -> bool:
    """True if a noun of ``lemmas`` dominates ``token`` within ``depth`` steps."""
    current = token
    for _ in range(depth):
        if current.head.i == current.i:
            return False
        current = current.head
        if current.pos_ == "NOUN" and current.lemma_.lower() in lemmas:
            return True
    return False


def _conditional(tokens: Iterable[Token]) -> bool:
    """True if a verb or auxiliary is in the conditional mood ("pourrait", "serait")."""
    return any("Cnd" in t.morph.get("Mood", []) for t in tokens if t.pos_ in ("VERB", "AUX"))


def _reported_conditional(verb: Token, lexicon: Lexicon) -> bool:
    """True for the conditional of reported facts: "selon Séoul, Pyongyang aurait livré…".

    A past conditional attributed to a source ("selon X", or under a verb of
    saying) reports an act as having happened; the guidelines annotate it
    as asserted. "si …, X aurait signé" stays hypothetical.

    Example:
        >>> # "Selon Washington, la Corée du Nord aurait livré des missiles" → True
    """
    auxiliaries = [c for c in verb.children if c.dep_.startswith("aux")]
    if not any("Cnd" in a.morph.get("Mood", []) for a in auxiliaries):
        return False
    if any(t.lower_ in lexicon.cue("hypothetical_marks") and t.dep_ == "mark" for t in verb.children):
        return False
    reported = verb.dep_ == "ccomp" and verb.head.lemma_.lower() in lexicon.cue("reporting_verbs")
    sources = lexicon.cue("source_prepositions")
    return reported or any(t.lower_ in sources for t in verb.sent)


def _future(tokens: Iterable[Token]) -> bool:
    """True for a simple future ("signera") or "aller" + infinitive ("va signer")."""
    for token in tokens:
        if token.pos_ in ("VERB", "AUX") and "Fut" in token.morph.get("Tense", []):
            return True
        if token.lemma_ == "aller" and token.dep_.startswith("aux"):
            return True
        if token.pos_ in ("VERB", "AUX") and _future_ending(token):
            return True
    return False


def _future_ending(token: Token) -> bool:
    """True for a finite verb with a future ending the tagger read as present.

    "renforceront", "signerons", "accueillerai"; "-ra" only where it cannot be
    a simple past of a verb in "-rer" ("déclara").

    Example:
        >>> # "Les deux pays renforceront leur coopération" → True for "renforceront"
    """
    # The tagger also reads "signera" as a participle: no participle ends like a future.
    forms = token.morph.get("VerbForm", [])
    if not ({"Fin", "Part"} & set(forms)) or "Cnd" in token.morph.get("Mood", []):
        return False
    text, lemma = token.lower_, token.lemma_.lower()
    if text == lemma or len(text) < 5:
        return False
    if text.endswith(("ront", "rons", "rai")):
        return True
    return text.endswith("ra") and not lemma.endswith("rer")
