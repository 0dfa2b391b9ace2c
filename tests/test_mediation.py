"""Third parties at a meeting or signing: mediators ("sous l'égide de") and witnesses ("en présence de")."""

from __future__ import annotations

import pytest
from events_docs import dated_rows
from spacy.language import Language


@pytest.mark.model
@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Les ministres grec et turc se sont rencontrés à Vienne en présence du chancelier autrichien.",
         {("AUT", "CONSULT", "GRC"), ("AUT", "CONSULT", "TUR")}),
        ("Le Tchad et le Niger ont signé un accord de sécurité sous le regard du président béninois.",
         {("BEN", "CONSULT", "TCD"), ("BEN", "CONSULT", "NER")}),
    ],
    ids=["presence-at-meeting", "watched-signing"],
)
def test_witness_consults_each_side(nlp: Language, text: str, expected: set[tuple[str, str, str]]) -> None:
    assert expected <= {(a, t, p) for a, t, p, _ in dated_rows(nlp, text)}


@pytest.mark.model
@pytest.mark.parametrize(
    "text",
    [
        # an attack watched by someone is not talks with them
        "L'armée birmane a bombardé le village en présence d'observateurs thaïlandais.",
    ],
    ids=["witnessed-attack"],
)
def test_witness_of_hostile_act_is_no_meeting(nlp: Language, text: str) -> None:
    assert not any(t == "CONSULT" for _, t, _, _ in dated_rows(nlp, text))
