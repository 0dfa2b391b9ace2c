"""Reactions stated in a relative clause on a noun that sums up the main clause.

French news often sums up an act with a noun in apposition and tells the
reaction to it in a relative clause: "Oslo a gelé les avoirs du fonds, une
décision que Riga a qualifiée d'« ingérence »", "Lima a proposé de servir
de médiateur, une offre que Quito a déclinée", "Berne a suggéré une trêve,
une idée que Bakou a jugée « prématurée »", "Ankara a décrété une zone
d'exclusion, une mesure que la Grèce ne reconnaît pas". The one who reacts is
the subject of the relative clause; the reaction is aimed at the subject of
the main clause (the author of the decision or the offer).

The type comes from the reacting verb: a trigger of a reaction type
("décliner", "rejeter", "condamner", "saluer") keeps its own; a verb of
judgement with a critical or dismissive name ("qualifier de", "juger
prématuré") accuses the author of an act and rejects a proposal; a verb of
acceptance under negation ("ne reconnaît pas") rejects.
"""

from __future__ import annotations

from spacy.tokens import Token

from pipeline.events.arguments import ActorIndex, Party
from pipeline.events.frame import Frame
from pipeline.events.lexicon import Lexicon
from pipeline.events.modality import is_negated
from pipeline.events.subjects import subject_parties_of

#: Types a reacting trigger keeps when it answers a summed-up act.
REACTION_TYPES = frozenset({"ACCUSE", "REJECT", "SUPPORT"})
#: Labels of a relative clause on its noun.
_RELATIVE_DEPS = frozenset({"acl", "acl:relcl"})
#: Determiners that open a summing-up apposition ("…, une décision que …").
_SUMMARY_DETERMINERS = frozenset({"un", "une", "ce", "cet", "cette", "ces", "des"})


def _summary_noun(verb: Token, nouns: frozenset[str]) -> Token | None:
    """The summing-up noun a relative clause hangs on: "…, une offre que X a déclinée".

    The noun opens a phrase set off by a comma ("une décision", "cette
    offre"); the parser sometimes reads "offre" as a verb, so its form is
    what is tested.

    Example:
        >>> # "déclinée" in "…, une offre que Quito a déclinée" → "offre"
    """
    noun = verb.head
    if verb.dep_ not in _RELATIVE_DEPS or noun.i >= verb.i:
        return None
    if noun.lower_ not in nouns and noun.lemma_.lower() not in nouns:
        return None
    if not any(c.lower_ in ("que", "qu'", "qu’") for c in verb.children):
        return None
    i = noun.i - 1
    while i > 0 and noun.doc[i].pos_ in ("DET", "ADJ"):
        i -= 1
    opening = noun.doc[i + 1] if i + 1 < noun.i else None
    if opening is None or opening.lower_ not in _SUMMARY_DETERMINERS or noun.doc[i].text != ",":
        return None
    return noun


def _summed_clause(noun: Token) -> Token | None:
    """The verb of the clause the noun sums up: the first verb above it.

    Example:
        >>> # "Lima a proposé …, une offre que …" → "proposé"
    """
    if noun.head.i == noun.i:
        # The noun parsed as the root, the summed-up clause hung under it.
        before = [c for c in noun.children if c.i < noun.i and c.pos_ in ("VERB", "AUX")]
        return before[-1] if before else None
    token = noun.head
    while token.pos_ not in ("VERB", "AUX") and token.head.i != token.i:
        token = token.head
    # A root is the main clause's predicate whatever its tag ("gelé" read as an adjective).
    clausal = token.pos_ in ("VERB", "AUX") or token.dep_ == "ROOT"
    return token if clausal and token.i < noun.i else None


def _reaction_type(verb: Token, noun: Token, index: ActorIndex, lexicon: Lexicon) -> str:
    """The type of the reaction, or "" if the relative clause states none.

    Example:
        >>> # "une idée que Bakou a jugée « prématurée »" → "REJECT"
    """
    lemma = verb.lemma_.lower()
    trigger = lexicon.match(verb)
    if trigger is not None and trigger.event_type in REACTION_TYPES:
        return trigger.event_type
    if lemma in lexicon.cue("accepting_verbs") and is_negated(verb, lexicon, index.context):
        return "REJECT"
    if lemma not in lexicon.cue("qualifying_verbs") | lexicon.cue("judging_verbs"):
        return ""
    names = {t.lemma_.lower() for c in verb.children if c.i > verb.i for t in c.subtree}
    if not names & (lexicon.cue("criticism_cues") | lexicon.cue("verdict_cues")):
        return ""
    proposals = lexicon.cue("proposal_nouns")
    proposal = noun.lower_ in proposals or noun.lemma_.lower() in proposals
    return "REJECT" if proposal else "ACCUSE"


def _reaction(verb: Token, index: ActorIndex, lexicon: Lexicon, stop: frozenset[int]) -> Frame | None:
    """The reaction frame of one relative clause, if it answers a summed-up act."""
    noun = _summary_noun(verb, lexicon.cue("summary_nouns"))
    clause = _summed_clause(noun) if noun is not None else None
    if noun is None or clause is None:
        return None
    event_type = _reaction_type(verb, noun, index, lexicon)
    actors = subject_parties_of(verb, index, stop) if event_type else []
    keys = {a.key for a in actors}
    partners: list[Party] = [p for p in subject_parties_of(clause, index, stop) if p.key not in keys]
    if not actors or not partners:
        return None
    # "ne reconnaît pas" is the rejection itself, asserted: its negation is not the row's.
    negated_acceptance = verb.lemma_.lower() in lexicon.cue("accepting_verbs")
    return Frame(
        trigger=verb,
        event_type=event_type,
        action=verb.lemma_.lower(),
        actors=actors,
        partners=partners,
        rule="summary_reaction",
        confidence=0.55,
        anchors=[noun] if negated_acceptance else [verb],
        arguments=[noun],
    )


def summary_reactions(
    frames: list[Frame], verbs: list[Token], index: ActorIndex, lexicon: Lexicon, stop: frozenset[int]
) -> list[Frame]:
    """The sentence's frames, with reactions to a summed-up act in place of the verbs' own frames.

    Example:
        >>> # "Lima a proposé une médiation, une offre que Quito a déclinée"
        >>> #   → adds Frame(REJECT, actors=[Équateur], partners=[Pérou]), drops "déclinée"'s own frame
    """
    found = [frame for verb in verbs if (frame := _reaction(verb, index, lexicon, stop)) is not None]
    if not found:
        return frames
    replaced = {f.trigger.i for f in found}
    return [f for f in frames if f.trigger.i not in replaced] + found
