"""The origin of the goods a sanction hits names its target.

"Ottawa a imposé des droits sur les panneaux solaires fabriqués au Vietnam" →
Union européenne → Chine: a tariff or ban aimed at goods is aimed at the
state they come from. Demonym adjectives on the goods ("des fromages
européens") are already read by :func:`pipeline.events.arguments.parties_at`;
this rule reads the participle of origin ("fabriqués en Chine", "importés
de Russie", "produits au Brésil").
"""

from __future__ import annotations

from spacy.tokens import Token

from pipeline.events.arguments import ActorIndex, Party, case_of, collapse, parties_at
from pipeline.events.demonyms import demonym_modifiers
from pipeline.events.frame import Frame
from pipeline.morph import features


def _reaches(token: Token, head: Token) -> bool:
    """True if ``token`` hangs under ``head`` without crossing a subject or a finite clause.

    The goods phrase often hangs on an amount ("des droits allant jusqu'à 30 %
    sur les fromages"); a subject or a finite verb on the way starts another act.
    """
    while token.i != head.i:
        if token.dep_.startswith("nsubj") or "Fin" in features(token, "VerbForm"):
            return False
        if token.head.i == token.i:
            return False
        token = token.head
    return True


def _goods_nouns(frame: Frame) -> list[Token]:
    """Nouns of the phrases "sur X" under a frame's trigger or light verb.

    Example:
        >>> # "imposer des droits pouvant atteindre 20 % sur les panneaux" → [véhicules]
    """
    found: list[Token] = []
    for head in [frame.trigger, *frame.anchors]:
        for token in head.subtree:
            if token.pos_ != "NOUN" or token.i == head.i or token in found:
                continue
            if case_of(token) == "sur" and _reaches(token, head):
                found.extend(c for c in [token, *token.conjuncts, *_listed_after(token)] if c not in found)
    return found


def _listed_after(goods: Token) -> list[Token]:
    """Nouns coordinated right after ``goods``, read on the words, not the parse.

    "sur certains vins et spiritueux australiens": the parser often
    hangs the second noun elsewhere, but the adjective of origin at the end of
    the list qualifies every item.
    """
    found: list[Token] = []
    for token in goods.doc[goods.i + 1 : goods.sent.end]:
        if token.pos_ == "NOUN":
            found.append(token)
        elif token.pos_ not in ("ADJ", "DET", "CCONJ") and token.text != ",":
            break
    return found if any(t.lower_ in ("et", "ou") for t in goods.doc[goods.i + 1 : goods.i + 8]) else []


def origin_parties(goods: Token, index: ActorIndex, participles: frozenset[str], prepositions: frozenset[str]) -> list[Party]:
    """The places the goods come from: a demonym or a participle of origin.

    Example:
        >>> # "les panneaux fabriqués au Vietnam", "des vins australiens" → [Viêt Nam], [Australie]
    """
    parties = [
        Party(name, code, kind, adjective.idx, adjective.idx + len(adjective))
        for adjective, (name, code, kind) in demonym_modifiers(goods, index.demonyms)
    ]
    for participle in goods.children:
        if participle.dep_ != "acl" or participle.lemma_.lower() not in participles:
            continue
        # "les voitures fabriquées au Mexique": the parser hangs the place on the
        # participle or, as often, on the goods noun right after the participle.
        hung = [c for c in goods.children if c.dep_ == "nmod" and c.i > participle.i]
        for place in [*participle.children, *hung]:
            if place.dep_.startswith(("obl", "nmod")) and case_of(place) in prepositions:
                parties.extend(parties_at(place, index))
    return parties


def goods_origin_partners(
    frames: list[Frame], index: ActorIndex, participles: frozenset[str], prepositions: frozenset[str]
) -> None:
    """A sanction with no partner targets the state its goods are made in.

    Example:
        >>> # "Ottawa a imposé des droits sur les panneaux solaires fabriqués au Vietnam."
        >>> #   → SANCTION Union européenne → Chine
    """
    for frame in frames:
        if frame.event_type != "SANCTION" or frame.partners or not frame.actors:
            continue
        keys = {a.key for a in frame.actors}
        found = [
            party
            for goods in _goods_nouns(frame)
            for party in origin_parties(goods, index, participles, prepositions)
            if party.key not in keys
        ]
        if found:
            frame.partners = collapse(found)
            frame.rule, frame.confidence = f"{frame.rule}_origin", frame.confidence - 0.1
