"""Reported speech: the speaker's accusation beside the reported act.

"M. Okafor a souligné que la Syrie a acheté des drones à un pays voisin, en
violation des résolutions" gives the reported act (built
by the ordinary rules inside the quoted clause) and, because the clause is
an accusation, ACCUSE from the speaker to the subject of the clause. A
clause is an accusation when the reporting verb says so ("accuser",
"dénoncer"), when it holds a criticism cue ("violation", "inacceptable"),
or when the act it reports is hostile (an attack, a threat, a deployment).
"""

from __future__ import annotations

from spacy.tokens import Token

from pipeline.events.arguments import ActorIndex, parties_at
from pipeline.events.frame import Frame
from pipeline.events.lexicon import Lexicon
from pipeline.events.subjects import subject_of
from pipeline.events.verbal import governing_verbs

_CLAUSE_DEPS = ("ccomp", "parataxis", "xcomp")


def reported_clause(verb: Token) -> Token | None:
    """The head of the clause a reporting verb introduces ("que la Russie s'est procuré…").

    In an inverted quotation ("« Les navires ont violé nos eaux », a affirmé le
    porte-parole") the parser makes the reporting verb hang on the quoted clause.

    Example:
        >>> # "« Pékin ment », a dit le ministre" → "ment"
    """
    for child in verb.children:
        if child.dep_ in _CLAUSE_DEPS and child.pos_ in ("VERB", "AUX", "ADJ"):
            return child
    for child in verb.children:
        if child.dep_ != "advcl" or child.i > verb.i or child.pos_ != "VERB":
            continue
        # The quotation marks are looked for last: walking the subtree is the costly test.
        if any(t.text in ("«", '"', "“") for t in child.subtree):
            return child  # the quotation parsed as a fronted adverbial clause
    head = verb.head
    if verb.dep_ in ("parataxis", "ccomp") and head.i < verb.i and head.pos_ in ("VERB", "AUX", "ADJ"):
        return head
    return None


def inverted_speaker(verb: Token) -> Token | None:
    """The speaker after a reporting verb that follows its quotation.

    "« … », a affirmé le ministre": the parser often labels the inverted
    subject as an object.

    Example:
        >>> # "« … », a affirmé hier le ministre ukrainien" → "ministre"
    """
    for child in verb.children:
        if child.i > verb.i and child.dep_ in ("nsubj", "obj") and child.pos_ in ("NOUN", "PROPN"):
            return child
    return None


def is_accusation(verb: Token, clause: Token, frames: list[Frame], lexicon: Lexicon) -> bool:
    """True if the reported clause accuses its subject.

    Example:
        >>> # "souligne que la Russie viole les résolutions" → True ("violer")
    """
    if verb.lemma_.lower() in lexicon.cue("accusing_reporting_verbs"):
        return True
    words = {t.lemma_.lower() for t in clause.subtree} | {t.lower_ for t in clause.subtree}
    if words & lexicon.cue("criticism_cues"):
        return True
    inside = {t.i for t in clause.subtree}
    hostile = lexicon.cue("hostile_types")
    return any(f.trigger.i in inside and f.event_type.lower() in hostile for f in frames)


def accusation_frames(
    sentence_tokens: list[Token],
    frames: list[Frame],
    index: ActorIndex,
    lexicon: Lexicon,
    stop: frozenset[int],
) -> list[Frame]:
    """ACCUSE frames for reporting verbs whose clause accuses someone.

    Example:
        >>> # "Le ministre kényan a souligné que la Syrie a acheté des drones … en violation …"
        >>> #   → Frame(actors=[Kenya], partners=[Syrie], rule="reported_accusation")
    """
    found: list[Frame] = []
    for verb in sentence_tokens:
        if verb.pos_ != "VERB" or verb.lemma_.lower() not in lexicon.cue("reporting_verbs"):
            continue
        clause = reported_clause(verb)
        if clause is None or not is_accusation(verb, clause, frames, lexicon):
            continue
        speaker, _ = subject_of(verb)
        if speaker is None and clause.i < verb.i:
            speaker = inverted_speaker(verb)
        accused, _ = subject_of(clause)
        if speaker is None or accused is None:
            continue
        if speaker.lemma_.lower() in lexicon.cue("document_nouns") or _warning(verb, accused, lexicon):
            continue
        found.append(
            Frame(
                trigger=verb,
                event_type="ACCUSE",
                action=verb.lemma_.lower(),
                actors=parties_at(speaker, index, stop),
                partners=parties_at(accused, index, stop),
                rule="reported_accusation",
                confidence=0.6,
                anchors=governing_verbs(verb),
                arguments=[speaker, accused],
            )
        )
    return found


def _warning(verb: Token, accused: Token, lexicon: Lexicon) -> bool:
    """True for a warning about any future act, which accuses nobody yet.

    "Le ministre a prévenu que toute incursion serbe serait repoussée": the
    warning verb is a threat (pipeline.events.threats), and "toute incursion"
    names no act that happened.

    Example:
        >>> # "a averti que toute attaque turque recevrait une riposte" → True
    """
    if verb.lemma_.lower() in lexicon.cue("clause_warning_verbs"):
        return True
    return any(c.dep_ == "det" and c.lemma_.lower() in ("tout", "aucun", "nul") for c in accused.children)
