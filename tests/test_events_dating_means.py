"""Means and landmarks: "par un accord signé …" and "depuis la signature …" (pipeline.events.dating, narrative)."""

from __future__ import annotations

import pytest
from events_docs import Dated, dated_rows
from spacy.language import Language

pytestmark = pytest.mark.model


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("La crise s'est achevée en mars 2024 par un accord signé entre le Pérou et l'Équateur.",
         ("PER", "AGREE", "ECU", "2024-03")),
        ("Le conflit s'est terminé le 3 mai 2023 par une trêve conclue entre le Pérou et "
         "l'Équateur.",
         ("PER", "AGREE", "ECU", "2023-05-03")),
    ],
    ids=["accord-signe", "treve-conclue"],
)
def test_the_means_of_a_dated_act_takes_its_date(nlp: Language, text: str, expected: Dated) -> None:
    assert expected in dated_rows(nlp, text)


@pytest.mark.parametrize(
    ("text", "undated"),
    [
        ("Le régime péruvien s'est rapproché du Chili depuis la signature, en mai 2021, d'un "
         "traité avec le Chili. Selon Quito, le Pérou a fourni des obus au Chili.",
         ("PER", "AID", "CHL", "")),
    ],
    ids=["depuis-la-signature"],
)
def test_a_landmark_opens_no_episode(nlp: Language, text: str, undated: Dated) -> None:
    rows = dated_rows(nlp, text)
    assert {row for row in rows if row[:3] == undated[:3]} == {undated}
