"""Infinitives after verbs with a dative: who acts, and towards whom.

Asking: "demander à Pékin de livrer" → Pékin delivers. The parse gives "de
livrer" to "demander" as an ``xcomp`` and the subject rules then lend it the
asker; but verbs of asking with a dative make the dative the one who acts
(the lexicon's ``requesting_governors``). Promising: "promettre à la Corée
du Nord de livrer" → the promiser delivers, to the one promised to.
"""

from __future__ import annotations

from spacy.tokens import Token

from pipeline.events.arguments import ActorIndex, Party, case_class, parties_at
from pipeline.events.frame import Frame
from pipeline.events.lexicon import Lexicon
from pipeline.events.subjects import subject_parties_of
from pipeline.morph import features

_DATIVE_DEPS = frozenset({"obl", "obl:arg", "iobj"})


def _dative(verb: Token) -> Token | None:
    """The "à X" or "auprès de X" argument of a verb ("à Pékin" in "demander à Pékin de …")."""
    for child in verb.children:
        if child.dep_ in _DATIVE_DEPS and case_class(child) == "à":
            return child
        if child.lower_ == "auprès":
            # "s'engager auprès de l'Ouzbékistan à financer…"
            return next((g for g in child.children if g.dep_.startswith("obl")), None)
    return None


def _infinitive_governor(verb: Token) -> tuple[Token, Token | None] | None:
    """The verb an infinitive complement depends on, and the dative it was misattached to.

    "promettre à la Corée du Nord de livrer" is sometimes parsed with "de
    livrer" under the dative: climb to the verb, remembering the dative.
    """
    if not any(c.dep_ == "mark" and c.lower_ in ("à", "de", "d'", "d’") for c in verb.children):
        return None
    if "Inf" not in features(verb, "VerbForm") or verb.dep_ not in ("xcomp", "acl"):
        return None
    token, through = verb.head, None
    for _ in range(3):
        if token.pos_ == "VERB":
            return token, through
        if token.head.i == token.i:
            return None
        through, token = token, token.head
    return None


def promised_parties(frames: list[Frame], index: ActorIndex, lexicon: Lexicon) -> None:
    """A promise made to someone is kept towards them: "promettre à X de livrer" → to X.

    The commitment verbs are the lexicon's ``planned_governors`` ("promettre",
    "s'engager", "proposer"); the act takes the promiser as actor when it has
    none, and the one promised to as partner when it has none.

    Example:
        >>> # "La Russie a promis à la Corée du Nord de livrer des avions" → livrer: RUS → PRK
    """
    committing = lexicon.cue("planned_governors") - lexicon.cue("requesting_governors")
    for frame in frames:
        if frame.partners:
            continue
        found = _infinitive_governor(frame.trigger)
        if found is None or found[0].lemma_.lower() not in committing:
            continue
        governor, through = found
        dative = _dative(governor)
        if dative is None or (through is not None and through.i not in {t.i for t in dative.subtree}):
            continue
        actors = frame.actors or _subject_parties(governor, index)
        keys = {p.key for p in actors}
        partners = [p for p in parties_at(dative, index) if p.key not in keys]
        if actors and partners:
            frame.actors, frame.partners = actors, partners
            frame.rule = f"{frame.rule}_promised"
            if through is not None and frame.modality == "asserted":
                frame.modality = "planned"  # the parse hid the promise from the modality rules


def requested_actors(frames: list[Frame], index: ActorIndex, lexicon: Lexicon) -> None:
    """Give the act asked for to the one it is asked of, not to the one who asks.

    Example:
        >>> # "Washington a demandé à Pékin de livrer des armes à la Russie"
        >>> #   → livrer: actor Chine (was États-Unis), partner Russie
    """
    requesting = lexicon.cue("requesting_governors")
    for frame in frames:
        # "demander à l'ONU d'adopter des sanctions": the support verb is the one asked for.
        verb = next((a for a in [frame.trigger, *frame.anchors] if _asked_for(a, requesting)), frame.trigger)
        governor = verb.head
        if not _asked_for(verb, requesting):
            continue
        if not any(c.dep_ == "mark" and c.lower_ in ("de", "d'", "d’") for c in verb.children):
            continue
        dative = _dative(governor)
        if dative is None or dative.i > verb.i:
            continue
        askees = parties_at(dative, index)
        askers = _subject_parties(governor, index) or subject_parties_of(governor, index, frozenset())
        if askees and _same(frame.actors, askers):
            keys = {p.key for p in askees}
            frame.actors = askees
            frame.partners = [p for p in frame.partners if p.key not in keys]
            frame.rule = f"{frame.rule}_requested"


def _asked_for(verb: Token, requesting: frozenset[str]) -> bool:
    """True for the infinitive of a verb of asking ("demander … de livrer")."""
    return verb.dep_ == "xcomp" and verb.head.lemma_.lower() in requesting


def _subject_parties(verb: Token, index: ActorIndex) -> list[Party]:
    """The parties of the verb's own subject."""
    for child in verb.children:
        if child.dep_ in ("nsubj", "nsubj:pass"):
            return parties_at(child, index)
    return []


def _same(first: list[Party], second: list[Party]) -> bool:
    return {p.key for p in first} == {p.key for p in second}
