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

from pipeline.doc_context import DocContext, context_of
from pipeline.events.lexicon import Lexicon
from pipeline.events.present_forms import future_spelling
from pipeline.morph import features

ASSERTED, PLANNED, CANCELLED, NEGATED, HYPOTHETICAL = (
    "asserted", "planned", "cancelled", "negated", "hypothetical",
)


def _neighbourhood(anchors: Iterable[int], context: DocContext) -> Iterator[int]:
    """The anchors, their auxiliaries, adverbs, modifiers, and the verb a noun depends on (indices)."""
    deps, pos_, heads = context.deps, context.pos_, context.heads
    for anchor in anchors:
        yield anchor
        for child in context.children[anchor]:
            if deps[child].startswith(("aux", "advmod", "amod", "cop", "det", "mark", "nmod")):
                yield child
        if pos_[anchor] in ("NOUN", "PROPN") and heads[anchor] != anchor:
            yield heads[anchor]


def is_negated(token: Token, lexicon: Lexicon, context: DocContext | None = None) -> bool:
    """True if "ne … pas/jamais/plus" or "aucun" bears on ``token``.

    ``context`` is the Doc's :class:`DocContext` (built from the token's Doc when None).

    Example:
        >>> # "Le Japon n'a jamais organisé de sommet" → True for "organisé"
    """
    context = context or context_of(token.doc)
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
    # Each Token attribute is a string look-up: the rules read the Doc's columns.
    context = context or context_of(anchors[0].doc)
    lemma_of, pos_ = context.lemmas, context.pos_
    first = [anchors[0].i]
    indices = [a.i for a in anchors]
    # The trigger's neighbourhood, then its governors': the second part is read again below.
    own = list(_neighbourhood(first, context))
    around = own + list(_neighbourhood(indices[1:], context))
    lowers = [context.lowers[i] for i in around]
    lemma_list = [lemma_of[i] for i in around]
    lemmas = set(lemma_list) | set(lowers)
    if lemmas & lexicon.cue("cancelled_words"):
        return CANCELLED
    verbs = [a for a in anchors if pos_[a.i] in ("VERB", "AUX", "ADJ")] or anchors[:1]
    negated = any(is_negated(v, lexicon, context) for v in verbs[:2])
    if negated and any(lemma_of[v.i] in lexicon.cue("not_excluding") for v in verbs):
        return HYPOTHETICAL
    if negated or _governed_by(indices, lexicon.cue("negating_governors"), context):
        # "n'a jamais organisé", "le litige qui empêcha la signature d'un traité".
        return NEGATED
    if lemmas & lexicon.cue("hypothetical_words"):
        return HYPOTHETICAL
    if _conditional(around, context) and not _reported_conditional(anchors[0], lexicon):
        return HYPOTHETICAL
    depth = 4 if pos_[first[0]] in ("VERB", "AUX") else 1
    if _within(first[0], lexicon.cue("hypothetical_frames"), context, depth):
        # "la perspective de voir la Corée du Nord fournir des missiles".
        return HYPOTHETICAL
    marks = lexicon.cue("hypothetical_marks")
    if any(lower in marks and context.deps[i] == "mark" for i, lower in zip(around, lowers, strict=True)):
        return HYPOTHETICAL
    # The trigger's own lemma is not a cue ("convenir" is an agreement, "convenir de
    # renforcer" plans the strengthening).
    governors = set(lemma_list[len(own):])
    governors |= {
        lemma_of[c] for c in context.children[first[0]] if context.deps[c].startswith(("amod", "aux"))
    }
    governors -= _struck_by(first[0], lexicon.cue("hitting_verbs"), context)
    if governors & lexicon.cue("requesting_governors"):
        # "exhorter Pékin à livrer des armes": asked for, not done nor intended by Pékin.
        return HYPOTHETICAL
    planned = lexicon.cue("planned_governors") | lexicon.cue("planned_modifiers")
    if _future(around, context) or governors & planned:
        return PLANNED
    return ASSERTED


def _struck_by(trigger: int, hitting: frozenset[str], context: DocContext) -> set[str]:
    """The hitting verb a hostile noun is the subject of: it says where the blow fell.

    "viser à signer" plans the signing, but "des frappes ont visé Alep" tells
    strikes that happened.

    Example:
        >>> # "frappes" in "des frappes ont visé Alep" → {"viser"}
    """
    head = context.heads[trigger]
    lemma = context.lemmas[head]
    if context.pos_[trigger] == "NOUN" and context.deps[trigger].startswith("nsubj") and lemma in hitting:
        return {lemma}
    return set()


def _governed_by(anchors: list[int], lemmas: frozenset[str], context: DocContext) -> bool:
    """True if a verb of ``lemmas`` governs the trigger ("empêcher la signature")."""
    heads, pos_, lemma_of = context.heads, context.pos_, context.lemmas
    for anchor in anchors:
        head = heads[anchor]
        if head != anchor and pos_[head] == "VERB" and lemma_of[head] in lemmas:
            return True
    return any(pos_[a] == "VERB" and lemma_of[a] in lemmas for a in anchors[1:])


def _within(token: int, lemmas: frozenset[str], context: DocContext, depth: int = 4) -> bool:
    """True if a noun of ``lemmas`` dominates token ``token`` within ``depth`` steps."""
    current = token
    for _ in range(depth):
        head = context.heads[current]
        if head == current:
            return False
        current = head
        if context.pos_[current] == "NOUN" and context.lemmas[current] in lemmas:
            return True
    return False


def _conditional(tokens: Iterable[int], context: DocContext) -> bool:
    """True if a verb or auxiliary is in the conditional mood ("pourrait", "serait")."""
    pos_ = context.pos_
    return any("Cnd" in context.feature(i, "Mood") for i in tokens if pos_[i] in ("VERB", "AUX"))


def _reported_conditional(verb: Token, lexicon: Lexicon) -> bool:
    """True for the conditional of reported facts: "selon Séoul, Pyongyang aurait livré…".

    A past conditional attributed to a source ("selon X", or under a verb of
    saying) reports an act as having happened; the guidelines annotate it
    as asserted. "si …, X aurait signé" stays hypothetical.

    Example:
        >>> # "Selon Washington, la Corée du Nord aurait livré des missiles" → True
    """
    auxiliaries = [c for c in verb.children if c.dep_.startswith("aux")]
    if not any("Cnd" in features(a, "Mood") for a in auxiliaries):
        return False
    if any(t.lower_ in lexicon.cue("hypothetical_marks") and t.dep_ == "mark" for t in verb.children):
        return False
    reported = verb.dep_ == "ccomp" and verb.head.lemma_.lower() in lexicon.cue("reporting_verbs")
    sources = lexicon.cue("source_prepositions")
    return reported or any(t.lower_ in sources for t in verb.sent)


def _future(tokens: Iterable[int], context: DocContext) -> bool:
    """True for a simple future ("signera") or "aller" + infinitive ("va signer")."""
    pos_, lemmas, deps = context.pos_, context.lemmas, context.deps
    for i in tokens:
        verb = pos_[i] in ("VERB", "AUX")
        # "accueille" tagged Fut is a present (of the narrative): a future has a future ending.
        if verb and "Fut" in context.feature(i, "Tense") and future_spelling(context.lowers[i]):
            return True
        # The column holds lower-cased lemmas: the exact one is read for "aller" alone.
        if lemmas[i] == "aller" and deps[i].startswith("aux") and context.doc[i].lemma_ == "aller":
            return True
        if verb and _future_ending(i, context):
            return True
    return False


def _future_ending(i: int, context: DocContext) -> bool:
    """True for a finite verb (token ``i``) with a future ending the tagger read as present.

    "renforceront", "signerons", "accueillerai"; "-ra" only where it cannot be
    a simple past of a verb in "-rer" ("déclara").

    Example:
        >>> # "Les deux pays renforceront leur coopération" → True for "renforceront"
    """
    # The tagger also reads "signera" as a participle: no participle ends like a future.
    forms = context.feature(i, "VerbForm")
    if not ({"Fin", "Part"} & set(forms)) or "Cnd" in context.feature(i, "Mood"):
        return False
    text, lemma = context.lowers[i], context.lemmas[i]
    if text == lemma or len(text) < 5:
        return False
    if text.endswith(("ront", "rons", "rai")):
        return True
    return text.endswith("ra") and not lemma.endswith("rer")
