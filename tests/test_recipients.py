"""Gifts: money pledges and phrases of benefit ("pour X", "au profit de X") name the recipient."""

from __future__ import annotations

import pytest
from events_docs import dated_rows
from spacy.language import Language


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
