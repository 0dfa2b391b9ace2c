"""Acts of a dated meeting's participants named as a collective; offered acts left undated."""

from __future__ import annotations

import pytest
from events_docs import Dated, dated_rows
from spacy.language import Language

pytestmark = pytest.mark.model

MEETING = ("Les ministres des Affaires étrangères du Chili, du Pérou et de la Bolivie se sont réunis "
           "mercredi à Lima.\n\nLe Chili préside le groupe depuis deux ans. La région traverse une "
           "crise. Les exportations baissent.\n\n")


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (MEETING + "Les trois ministres ont aussi accusé l'Argentine d'ingérence.",
         ("CHL", "ACCUSE", "ARG", "2025-06-11")),
    ],
    ids=["three-ministers"],
)
def test_participants_act_at_the_meeting(nlp: Language, text: str, expected: Dated) -> None:
    assert expected in dated_rows(nlp, text)


@pytest.mark.parametrize(
    ("text", "undated"),
    [
        # a pluperfect goes back to another time
        (MEETING + "Les trois ministres avaient accusé l'Argentine d'ingérence.", ("CHL", "ACCUSE", "ARG", "")),
        # "ensuite" places the act later
        (MEETING + "Les trois ministres ont ensuite accusé l'Argentine d'ingérence.", ("CHL", "ACCUSE", "ARG", "")),
    ],
    ids=["pluperfect", "ensuite"],
)
def test_participants_elsewhere_stay_undated(nlp: Language, text: str, undated: Dated) -> None:
    assert undated in dated_rows(nlp, text)


@pytest.mark.parametrize(
    "text",
    [
        "La Turquie a proposé jeudi d'accueillir des pourparlers entre le Pérou et la Bolivie.",
        "Le Qatar a offert lundi d'accueillir des négociations entre le Chili et le Pérou.",
    ],
    ids=["proposer", "offrir"],
)
def test_offered_act_not_dated_by_the_offer(nlp: Language, text: str) -> None:
    rows = {r for r in dated_rows(nlp, text) if r[1] == "CONSULT"}
    assert rows and all(date == "" for *_, date in rows)
