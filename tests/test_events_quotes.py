"""Quoted first-person acts take the speaker as actor and the speech's date."""

from __future__ import annotations

import pytest
from events_docs import Dated, dated_rows
from spacy.language import Language

pytestmark = pytest.mark.model


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("« Nous soutenons pleinement l'Ukraine », a affirmé jeudi le chancelier allemand.",
         ("DEU", "SUPPORT", "UKR", "2025-06-12")),
        ("« Nous soutenons le Maroc », a déclaré le roi de Jordanie.",
         ("JOR", "SUPPORT", "MAR", "")),
    ],
    ids=["inverted-speaker-dated", "undated-speech"],
)
def test_quote_speaker_acts(nlp: Language, text: str, expected: Dated) -> None:
    assert expected in dated_rows(nlp, text)


def test_third_person_quote_keeps_its_own_subject(nlp: Language) -> None:
    text = "« La Chine soutient la Russie », a affirmé jeudi le président ukrainien."
    assert {r[0] for r in dated_rows(nlp, text) if r[1] == "SUPPORT"} <= {"CHN"}
