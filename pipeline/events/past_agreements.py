"""Agreements told by a past participle: "le traité signé en 1960", "l'accord conclu avec X".

A text often recalls an agreement through a participle on the agreement
noun, without saying who signed it: "Le Chili reproche à la Bolivie de
violer le traité signé en 1904" (the two states its clause names signed
it), "Le Maroc a suspendu l'accord de pêche signé avec l'Espagne" (the one
who suspends it and the "avec" party). Each gives an AGREE between the two,
dated by the participle's own date. When the clause names more than two
parties, nobody can tell the signatories: no row.
"""

from __future__ import annotations

from spacy.symbols import VERB
from spacy.tokens import Span, Token

from pipeline.events.arguments import ActorIndex, Party, case_of, collapse, parties_at
from pipeline.events.frame import Frame
from pipeline.events.lexicon import Lexicon
from pipeline.events.subjects import subject_parties_of
from pipeline.morph import features

#: How many parties a clause may name for them to be the agreement's two sides.
_SIDES = 2


def _qualified_noun(participle: Token) -> Token | None:
    """The noun a bare past participle qualifies: its head, or the object before it.

    "le traité signé en 1960" hangs the participle on the noun; "X a suspendu
    le traité, signé en 1960" is often parsed as a clause on the verb, the
    participle then qualifying the verb's object written just before it.
    """
    if "Part" not in features(participle, "VerbForm") or "Past" not in participle.morph.get("Tense", ["Past"]):
        return None
    if any(c.dep_.startswith(("aux", "nsubj")) for c in participle.children):
        return None  # "qui a été signé", "X a signé": a clause of its own
    if participle.dep_ == "acl":
        return participle.head
    if participle.dep_ == "advcl":
        objects = [c for c in participle.head.children if c.dep_ == "obj" and c.i < participle.i]
        return objects[-1] if objects else None
    return None


def _agreement_noun(participle: Token, lexicon: Lexicon) -> Token | None:
    """The agreement noun of "signé"/"conclu" ("le traité signé en 1960"), or None."""
    noun = _qualified_noun(participle)
    if noun is None:
        return None
    verb, entry = lexicon.match(participle), lexicon.match(noun)
    if verb is None or entry is None or verb.event_type != "AGREE" or entry.event_type != "AGREE":
        return None
    return noun if verb.word_class in lexicon.cue("past_agreement_classes") else None


def _with_parties(participle: Token, index: ActorIndex) -> list[Party]:
    """Parties of the participle's "avec" phrases ("signé avec l'Espagne")."""
    return [
        party
        for child in participle.children
        if child.dep_.startswith("obl") and case_of(child) == "avec"
        for party in parties_at(child, index)
    ]


def _clause_subject(noun: Token, index: ActorIndex) -> list[Party]:
    """The subject of the verb whose object is the agreement noun ("Le Maroc a suspendu l'accord")."""
    verb = noun.head
    if noun.dep_ not in ("obj", "nsubj:pass") or verb.pos_ != "VERB":
        return []
    return subject_parties_of(verb, index, frozenset())


def _clause_of(noun: Token) -> Token:
    """The top verb of the clause chain the noun belongs to, short of coordination.

    "Les deux hommes s'étaient alliés, mais l'accord signé en 2022 a brisé …":
    the second clause is coordinated, so the first one's parties are not read.
    """
    head = noun
    while head.dep_ not in ("ROOT", "conj", "parataxis") and head.head.i != head.i:
        head = head.head
    return head


def _clause_parties(participle: Token, noun: Token, index: ActorIndex) -> list[Party]:
    """Every party the noun's clause names outside the participle's phrase, one per code.

    "signé à Doha en mars": the participle's own phrases name places, not signatories.
    """
    own = {t.i for t in participle.subtree}
    clause = _clause_of(noun)
    parties: list[Party] = []
    for span in index.spans_in(t for t in clause.subtree if t.i not in own):
        parties.extend(index.parties_of(span))
    return collapse(parties)


def _sides(participle: Token, noun: Token, index: ActorIndex) -> list[Party]:
    """The two signatories of the agreement, or [] when the text does not tell them."""
    partners = _with_parties(participle, index)
    if partners:
        keys = {p.key for p in partners}
        others = [p for p in _clause_subject(noun, index) if p.key not in keys]
        return collapse(others + partners) if others else []
    parties = _clause_parties(participle, noun, index)
    return parties if len(parties) == _SIDES else []


def _suspended_with(frames: list[Frame], noun: Token, sides: list[Party], lexicon: Lexicon) -> None:
    """An act on the agreement by one signatory is done to the other ("X a suspendu le traité").

    Only for the ``agreement_act_types`` (suspending a treaty sanctions the
    other side).
    """
    types = lexicon.upper_cue("agreement_act_types")
    for frame in frames:
        if frame.event_type not in types or frame.partners or not frame.actors:
            continue
        if noun.head.i != frame.trigger.i or noun.dep_ != "obj":
            continue
        keys = {a.key for a in frame.actors}
        others = [p for p in sides if p.key not in keys]
        if len(others) == 1 and len(keys & {p.key for p in sides}) == 1:
            frame.partners = others
            frame.rule = f"{frame.rule}_signatory"


def past_agreement_frames(sentence: Span, frames: list[Frame], index: ActorIndex, lexicon: Lexicon) -> list[Frame]:
    """AGREE frames for agreement participles whose own frame names no pair.

    Example:
        >>> # "Le Ghana et le Togo ont célébré le traité signé en 1960" → [AGREE Ghana–Togo, signer]
    """
    paired = {f.trigger.i for f in frames if (f.actors and f.partners) or len(f.actors) >= _SIDES}
    found: list[Frame] = []
    # Parts of speech from the Doc's columns: a Token only for the sentence's verbs.
    pos, doc = index.context.pos, sentence.doc
    for i in range(sentence.start, sentence.end):
        if pos[i] != VERB or i in paired:
            continue
        token = doc[i]
        noun = _agreement_noun(token, lexicon)
        if noun is None or noun.i in paired:
            continue  # "le traité entre X et Y, signé en 1960": the noun's frame has them
        if any(case_of(c) in ("par", "entre") for c in token.children if c.dep_.startswith(("obl", "nmod"))):
            continue  # "signé par X et Y", "conclu entre X et Y": the phrase names the sides
        sides = _sides(token, noun, index)
        if len(sides) < _SIDES:
            continue
        _suspended_with(frames, noun, sides, lexicon)
        found.append(
            Frame(
                trigger=token,
                event_type="AGREE",
                action=token.lemma_.lower(),
                actors=sides,
                mutual=True,
                rule="past_agreement",
                confidence=0.45,
                anchors=[token],
                arguments=[noun],
            )
        )
    return found
