"""Whom a warning is aimed at when the warning verb names nobody.

French threats often leave the warned party out of the verb and name it
inside what is threatened: "Israël a averti qu'il frappera à nouveau si
l'Iran tentait de se réarmer" → Israël → Iran; "le ministre a prévenu que son
pays continuerait d'agir au Liban tant que le Hezbollah ne serait pas
désarmé" → Liban and Hezbollah; "le général a prévenu que toute aventure
indienne recevrait une réponse ferme" → Inde (a demonym adjective). The
parties of the warning's clause (its "que" clause, its infinitive, its "si"
or "tant que" condition) other than the warner are the partners.

"Prévenir" also means "to prevent" ("prévenir une escalade"): verbs of the
cue list ``clause_warning_verbs`` are warnings only with a clause or as the
speech verb of a quotation ("« … », a prévenu le ministre").
"""

from __future__ import annotations

from collections.abc import Iterator

from spacy.tokens import Token

from pipeline.events.arguments import ActorIndex, Party, collapse
from pipeline.events.demonyms import demonym_modifiers
from pipeline.events.frame import Frame
from pipeline.events.lexicon import Lexicon

#: Dependents of a warning verb that state what is threatened or on what condition.
_CLAUSE_DEPS = frozenset({"ccomp", "xcomp", "advcl", "parataxis"})
#: Dependents that end the search (another speaker's incise, a relative on a noun).
_SUBJECT_DEPS = frozenset({"nsubj", "nsubj:pass"})


def _threatened_clauses(verb: Token) -> list[Token]:
    """Heads of the clauses a warning verb governs ("qu'il frappera…", "de répliquer…").

    Example:
        >>> # "a averti qu'Israël frappera si l'Iran…" → [frappera]
    """
    return [c for c in verb.children if c.dep_ in _CLAUSE_DEPS and c.pos_ in ("VERB", "AUX", "ADJ", "NOUN")]


def is_idle_warning(frame: Frame, lexicon: Lexicon) -> bool:
    """True for a clause-only warning verb used without clause or quotation.

    Example:
        >>> # "pour prévenir une escalade" → True; "a prévenu que Pékin riposterait" → False
    """
    verb = frame.trigger
    if frame.event_type != "THREATEN" or verb.lemma_.lower() not in lexicon.cue("clause_warning_verbs"):
        return False
    if _threatened_clauses(verb):
        return False
    # "« … », a prévenu le ministre": the speaker comes after the verb of a quotation.
    return not any(c.dep_ in _SUBJECT_DEPS and c.i > verb.i for c in verb.children)


def _clause_tokens(verb: Token) -> Iterator[Token]:
    """Tokens of the threatened clauses, with their conditions ("si", "tant que").

    A threat noun the verb takes as object names its target too: "a promis
    des représailles contre Varsovie", "brandir la menace de sanctions contre Cuba".
    """
    for head in _threatened_clauses(verb):
        yield from head.subtree
    for child in verb.children:
        if child.dep_ == "obj" and child.pos_ == "NOUN":
            yield from child.subtree


def _clause_parties(verb: Token, index: ActorIndex) -> list[Party]:
    """Actor mentions and demonym adjectives ("toute aventure indienne") inside the clauses."""
    tokens = list(_clause_tokens(verb))
    parties = [party for span in index.spans_in(tokens) for party in index.parties_of(span)]
    for token in tokens:
        if token.pos_ == "NOUN" and index.span_at(token) is None:
            parties.extend(
                Party(name, code, kind, adjective.idx, adjective.idx + len(adjective))
                for adjective, (name, code, kind) in demonym_modifiers(token, index.demonyms)
            )
    return collapse(parties)


def _coordinated_verbs(verb: Token) -> list[Token]:
    """Verbs coordinated with ``verb``, past an object the parser hung the conjunct on.

    Example:
        >>> # "a dénoncé des mesures et menacé de répliquer" (menacé: conj of mesures) → [dénoncé]
    """
    found = [c for c in verb.conjuncts if c.pos_ == "VERB"]
    if verb.dep_ == "conj" and verb.head.pos_ != "VERB":
        head = verb.head
        while head.pos_ != "VERB" and head.head.i != head.i:
            head = head.head
        if head.pos_ == "VERB":
            found.append(head)
    return found


def _sibling(frame: Frame, by_trigger: dict[int, Frame]) -> Frame | None:
    """The frame of a verb coordinated with the threat's verb, said by the same speaker."""
    for other in _coordinated_verbs(frame.trigger):
        sibling = by_trigger.get(other.i)
        if sibling is None or sibling is frame or not sibling.actors:
            continue
        if frame.actors and {a.key for a in frame.actors} != {a.key for a in sibling.actors}:
            continue  # another speaker's act says nothing of this threat
        return sibling
    return None


def threatened_parties(frames: list[Frame], index: ActorIndex, reactions: frozenset[str]) -> None:
    """Give a partnerless verbal threat its warner and the party it is aimed at.

    The subject of a coordinated verb is the warner ("a dénoncé … et menacé
    de …"); the parties the threat's clause names are the partners; failing
    them, the target of the coordinated accusation, rejection or hostile act
    ("a dénoncé les sanctions de l'UE et menacé de riposter" → UE).

    Example:
        >>> # "Pékin a averti qu'il riposterait si Manille poursuivait ses patrouilles"
        >>> #   → THREATEN Chine → Philippines
    """
    by_trigger = {frame.trigger.i: frame for frame in frames}
    for frame in frames:
        if frame.event_type != "THREATEN" or frame.partners or frame.trigger.pos_ != "VERB":
            continue
        sibling = _sibling(frame, by_trigger)
        if not frame.actors and sibling is not None:
            frame.actors = list(sibling.actors)
        if not frame.actors:
            continue
        marks = {a.key for a in frame.actors} | {a.code for a in frame.actors if a.code}
        targets = [p for p in _clause_parties(frame.trigger, index) if p.key not in marks and p.code not in marks]
        rule = "warned"
        if not targets and sibling is not None and sibling.event_type in reactions:
            targets = [p for p in sibling.partners if p.key not in marks and p.code not in marks]
            rule = "coordinated"
        if targets:
            frame.partners = targets
            frame.rule, frame.confidence = f"{frame.rule}_{rule}", frame.confidence - 0.15
