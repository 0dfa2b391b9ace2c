"""Gifts: money pledges and phrases of benefit ("pour X", "au profit de X") name the recipient."""

from __future__ import annotations

import pytest
from events_docs import build_doc, dated_rows
from spacy.language import Language
from spacy.tokens import Doc

from pipeline.events.arguments import ActorIndex, parties_at
from pipeline.events.frame import Frame
from pipeline.events.recipients import dative_parties


@pytest.mark.model
@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Le Portugal a promis 40 millions d'euros au Mozambique.", ("PRT", "AID", "MOZ")),
        ("La Norvège s'est engagée à verser 25 millions de dollars au Népal.", ("NOR", "AID", "NPL")),
        ("Le Koweït a débloqué 3 milliards de dollars au profit de la Jordanie.", ("KWT", "AID", "JOR")),
        ("L'Autriche a alloué une enveloppe de 15 millions d'euros à la Moldavie.", ("AUT", "AID", "MDA")),
        ("Le Danemark a annoncé une contribution de 90 millions d'euros pour le Burkina Faso.",
         ("DNK", "AID", "BFA")),
        ("La Belgique a livré des ambulances à destination de l'Arménie.", ("BEL", "AID", "ARM")),
        ("L'Irlande a accordé un prêt de 60 millions d'euros en faveur de la Géorgie.", ("IRL", "AID", "GEO")),
    ],
    ids=["promise-amount", "pay-amount", "release-for-benefit", "allot-envelope", "contribution-for",
         "destination", "in-favour"],
)
def test_gift_recipient_found(nlp: Language, text: str, expected: tuple[str, str, str]) -> None:
    assert expected in {(a, t, p) for a, t, p, _ in dated_rows(nlp, text)}


@pytest.mark.model
@pytest.mark.parametrize(
    "text",
    [
        # a purpose, not a beneficiary
        "Le Portugal a promis 40 millions d'euros pour la reconstruction des écoles.",
        # a promise that is not money
        "Le Portugal a promis une réponse au Mozambique.",
    ],
    ids=["purpose-phrase", "promise-no-money"],
)
def test_no_gift_without_recipient_or_money(nlp: Language, text: str) -> None:
    assert not any(t == "AID" for _, t, _, _ in dated_rows(nlp, text))


def _promise_doc(modifier: tuple[str, str, str], recipient_head: int) -> Doc:
    """"La Norvège a promis une aide <modifier> au Népal.", the dative on the modifier or the verb."""
    return build_doc(
        [
            ("La", "le", "DET", "det", 1),
            ("Norvège", "Norvège", "PROPN", "nsubj", 3),
            ("a", "avoir", "AUX", "aux:tense", 3),
            ("promis", "promettre", "VERB", "ROOT", 3),
            ("une", "un", "DET", "det", 5),
            ("aide", "aide", "NOUN", "obj", 3),
            (modifier[0], modifier[1], modifier[2], "amod", 5),
            ("au", "au", "ADP", "case", 8),
            ("Népal", "Népal", "PROPN", "obl:arg", recipient_head),
            (".", ".", "PUNCT", "punct", 3),
        ],
        [(1, 2, "Norvège", "NOR", "state"), (8, 9, "Népal", "NPL", "state")],
    )


@pytest.mark.parametrize(
    ("modifier", "recipient_head", "expected"),
    [
        (("accrue", "accroître", "VERB"), 6, ["NPL"]),  # "une aide accrue au Népal"
        (("nouvelle", "nouveau", "ADJ"), 6, ["NPL"]),  # "une aide nouvelle au Népal"
        (("accrue", "accroître", "VERB"), 3, ["NPL"]),  # on the support verb
        (("accrue", "accroître", "VERB"), 1, []),  # hung on the giver: no dative of the gift
    ],
    ids=["participle", "adjective", "support-verb", "elsewhere"],
)
def test_dative_parties_on_modifier_or_verb(
    modifier: tuple[str, str, str], recipient_head: int, expected: list[str]
) -> None:
    doc = _promise_doc(modifier, recipient_head)
    index = ActorIndex(doc)
    frame = Frame(trigger=doc[5], event_type="AID", action="aide", actors=parties_at(doc[1], index),
                  anchors=[doc[5], doc[3]])
    assert [p.code for p in dative_parties(frame, index)] == expected


@pytest.mark.model
@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("La Suède a promis une aide renforcée à l'armée malienne.", ("SWE", "AID", "MLI")),
        ("L'ambassadeur du Brésil, Paulo Nery, a apporté son soutien appuyé à l'Angola.",
         ("BRA", "SUPPORT", "AGO")),
        ("Le Canada a annoncé l'envoi de médicaments et de tentes au Pérou.", ("CAN", "AID", "PER")),
        ("Le Portugal a approuvé la vente au Chili de munitions et de drones.", ("PRT", "AID", "CHL")),
        ("Madrid a annoncé le versement de 40 millions d'euros à la Tunisie.", ("ESP", "AID", "TUN")),
    ],
    ids=["aid-participle", "support-participle", "sending-goods", "arms-sale", "payment"],
)
def test_gift_dative_and_delivery_nouns(nlp: Language, text: str, expected: tuple[str, str, str]) -> None:
    assert expected in {(a, t, p) for a, t, p, _ in dated_rows(nlp, text)}


@pytest.mark.model
@pytest.mark.parametrize(
    "text",
    [
        "Le Canada a annoncé l'envoi d'un émissaire au Pérou.",  # an envoy, not goods
        "La Suède a promis une aide renforcée à la reconstruction du port.",  # a purpose
    ],
    ids=["envoy-not-goods", "purpose-dative"],
)
def test_no_aid_for_envoys_or_purposes(nlp: Language, text: str) -> None:
    assert not any(t == "AID" and p for _, t, p, _ in dated_rows(nlp, text))
