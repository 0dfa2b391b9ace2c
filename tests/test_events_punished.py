"""Accusers the parse hides: punishers of the accused, participles past an object's modifiers,
participles coordinated with the object of the main verb."""

from __future__ import annotations

import pytest
from events_docs import dated_rows
from spacy.language import Language

pytestmark = pytest.mark.model


def _rows(nlp: Language, text: str) -> set[tuple[str, str, str]]:
    return {(a, t, p) for a, t, p, _ in dated_rows(nlp, text)}


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("En mars, la Pologne avait expulsé trois diplomates biélorusses accusés d'ingérence.",
         ("POL", "ACCUSE", "BLR")),
        ("Le Mali avait répondu en rompant ses relations avec la Côte d'Ivoire, accusée d'abriter "
         "des opposants, et en fermant sa frontière.", ("MLI", "ACCUSE", "CIV")),
    ],
    ids=["expelled-diplomats", "rupture-with-state"],
)
def test_agentless_accused_participle_takes_the_punisher(
    nlp: Language, text: str, expected: tuple[str, str, str]
) -> None:
    assert expected in _rows(nlp, text)


def test_named_accuser_is_not_replaced(nlp: Language) -> None:
    text = "La Hongrie a expulsé deux journalistes slovaques accusés par la Serbie d'espionnage."
    assert ("HUN", "ACCUSE", "SVK") not in _rows(nlp, text)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Le 3 mai, le Canada avait imposé des taxes pouvant atteindre 20 % sur les voitures "
         "produites au Mexique, accusant Mexico de dumping.", ("CAN", "ACCUSE", "MEX")),
        ("Le ministère chilien a adressé à l'ambassadeur péruvien une lettre de protestation, la "
         "deuxième du mois, et exigé que Lima retire ses soldats.", ("CHL", "REQUEST", "PER")),
    ],
    ids=["participle-past-infinitive", "participle-on-object"],
)
def test_hidden_main_subject_acts(nlp: Language, text: str, expected: tuple[str, str, str]) -> None:
    assert expected in _rows(nlp, text)
