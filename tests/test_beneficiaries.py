"""A headline's beneficiary receives the article's pledges of money that name no recipient."""

from __future__ import annotations

import pytest
from events_docs import dated_rows
from spacy.language import Language

_TITLE_TOPIC = "Haïti : à Genève, les bailleurs promettent 900 millions de dollars\n\n"
_TITLE_RECIPIENT = "Les donateurs promettent 2 milliards d'euros pour le Yémen\n\n"


@pytest.mark.model
@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (_TITLE_TOPIC + "La Norvège a annoncé une contribution de 40 millions d'euros.", ("NOR", "AID", "HTI")),
        (_TITLE_TOPIC + "Madrid s'est engagé à verser 25 millions d'euros.", ("ESP", "AID", "HTI")),
        (_TITLE_RECIPIENT + "Le Canada a promis 80 millions de dollars, selon son ministre.", ("CAN", "AID", "YEM")),
    ],
    ids=["topic-contribution", "topic-pay", "title-recipient"],
)
def test_pledge_takes_headline_beneficiary(nlp: Language, text: str, expected: tuple[str, str, str]) -> None:
    assert expected in {(a, t, p) for a, t, p, _ in dated_rows(nlp, text)}


@pytest.mark.model
@pytest.mark.parametrize(
    "text",
    [
        # the title tells no gift: its topic is not a beneficiary
        "Haïti : la crise politique s'aggrave\n\nLa Norvège a annoncé une contribution de 40 millions d'euros.",
        # a delivery of arms is not a pledge of money
        _TITLE_TOPIC + "La Norvège a livré des blindés.",
    ],
    ids=["title-without-gift", "delivery-not-pledge"],
)
def test_no_headline_beneficiary(nlp: Language, text: str) -> None:
    assert not any(t == "AID" and p == "HTI" for _, t, p, _ in dated_rows(nlp, text))
